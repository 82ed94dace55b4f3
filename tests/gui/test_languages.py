"""The window in another language: the catalogue chosen at start, its words on the controls,
core's reasons worded in it, and the language setting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import resolver_for
from tests.gui.test_long_words import cut
from uploader_gui.cli.words import TEMPLATES as CLI_TEMPLATES
from uploader_gui.cli.words import reason_words as cli_words
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.limits import GIB
from uploader_gui.core.reasons import Reason, Why, because
from uploader_gui.core.secrets import SecretStore
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.problem_words import TEMPLATES as WINDOW_TEMPLATES
from uploader_gui.gui.problem_words import reason_words
from uploader_gui.gui.settings_dialog import SettingsDialog
from uploader_gui.gui.translations import (
    Counted,
    chosen_language,
    fill,
    install_translators,
    language_name,
    remove_translators,
    shipped_languages,
)
from uploader_gui.gui.unit_words import duration_words, size_words

#: One reason of each kind, with the facts it carries.
SAMPLES = [
    because(Why.FORBIDDEN, reason="Plan limit reached."),
    because(Why.SERVER_ERROR, status=503),
    because(Why.REFUSED, reason="The chunk is invalid."),
    because(Why.REDIRECTED, where="https://elsewhere.example"),
    because(Why.STALLED, seconds=60.0),
    Reason(Why.GAVE_UP, {"attempts": 3}, cause=Reason(Why.NO_NETWORK)),
    because(Why.NOT_A_VIDEO, looks_like="image", format="JPEG"),
    because(Why.NOT_A_VIDEO, looks_like="text", format=""),
    because(Why.FILE_TOO_LARGE, size=31 * GIB, limit=30 * GIB),
    because(Why.NOT_REGULAR_FILE, what="fifo"),
    because(Why.FILE_READ_ERROR, error="Input/output error"),
    because(Why.FOLDER_UNREADABLE, error="permission denied"),
    because(Why.TOO_MANY_FILES, limit=10_000),
    because(Why.CHANGED_SINCE_QUEUED, name="talk.mp4"),
    because(Why.MISSING_SINCE_QUEUED, name="talk.mp4", path="/videos"),
    because(Why.STORE_FAILED, error="disk full"),
    because(Why.PARTS_MISMATCH, name="talk.mp4"),
    because(Why.WRONG_CREDENTIAL, name="talk.mp4", wanted="api_key", given="upload_token"),
    because(Why.STORE_TOO_NEW, path="/data/uploads.sqlite3"),
    because(Why.STORE_RECOVERED, path="/data/uploads.sqlite3.damaged"),
    because(Why.ENCODING_FAILED, qualities="1080p, 720p"),
    because(Why.SKIPPED_EARLIER, title="Beach", created_at="2026-11-29T10:00:00+00:00", link="x"),
    because(Why.URL_PORT, url="https://host:0"),
    because(Why.URL_SCHEME, url="ftp://host"),
    because(Why.URL_PLAIN_HTTP, url="http://host"),
    because(Why.BAD_SIZE, text="big"),
    because(Why.BAD_RATE, text="fast"),
    because(Why.KEYRING_FAILED, error="locked"),
    because(Why.UNEXPECTED, kind="KeyError"),
    because(Why.RETRYING, phase="retrying", cause="server_error"),
    because(Why.UNREACHABLE, address="https://videos.example", cause="name"),
    because(Why.EARLIER_TEXT, text="A sentence saved by an earlier version."),
]
_WITH_FACTS = {s.why for s in SAMPLES}
#: Said differently in the window: the log file named where to look, numbers in the creator's
#: way of writing them, and the terminal's options to check for a server never reached.
OWN_WORDS = {Why.UNEXPECTED, Why.TOO_MANY_FILES, Why.UNREACHABLE}
ALL_REASONS = SAMPLES + [Reason(why) for why in Why if why not in _WITH_FACTS]


@contextmanager
def speaking(qapp: QApplication, language: str) -> Iterator[None]:
    """The catalogues of ``language`` loaded on top of the English one, as at a start in it;
    the app back in English afterwards."""
    default = QLocale()
    translators = install_translators(qapp, language)
    try:
        yield
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(default)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    with speaking(qapp, "fr"):
        yield


def test_each_reason_has_words_in_both_fronts() -> None:
    assert set(CLI_TEMPLATES) == set(Why)
    assert set(WINDOW_TEMPLATES) == set(Why) - {Why.EARLIER_TEXT}


@pytest.mark.parametrize("reason", ALL_REASONS, ids=lambda r: str(r.why))
def test_every_reason_reads_as_a_sentence(reason: Reason) -> None:
    assert cli_words(reason) and "{" not in cli_words(reason)
    if reason.why not in OWN_WORDS:
        assert reason_words(reason) == cli_words(reason), "the window's English is the terminal's"


@pytest.mark.parametrize("language", [c for c in shipped_languages() if c != "en"])
def test_every_reason_reads_in_each_language(qapp: QApplication, language: str) -> None:
    with speaking(qapp, language):
        for reason in ALL_REASONS:
            words = reason_words(reason)
            assert words and "{" not in words, (language, reason)
            if reason.why is not Why.EARLIER_TEXT:
                assert words != cli_words(reason), (language, reason)


def test_facts_are_written_the_french_way(french: None) -> None:
    assert size_words(1536) == "1,54\u00a0ko"
    assert duration_words(185) == "3\u00a0min 5\u00a0s"
    assert Counted.tr("%n byte(s)", "Units", 2) == "2 octets"
    assert Counted.tr("Added %n video(s) to the queue.", "MainWindow", 1) == (
        "1 vidéo ajoutée à la file d’attente."
    )
    too_large = reason_words(because(Why.FILE_TOO_LARGE, size=31 * GIB, limit=30 * GIB))
    assert "33,3\u00a0Go" in too_large and "32,2\u00a0Go" in too_large
    skipped = reason_words(
        because(Why.SKIPPED_EARLIER, title="Plage", created_at="2026-11-29T10:00:00+00:00")
    )
    assert "29" in skipped and "2026" in skipped and "Plage" in skipped


def test_the_window_speaks_french(
    french: None, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    actions = window.window_actions
    assert actions.add_files.text() == "Ajouter des vidéos…"
    assert actions.pause.text() == "Pause" and actions.resume.text() == "Reprendre"
    assert actions.retry.text() == "Réessayer" and actions.settings.text() == "Paramètres…"
    assert window.drop_area.title.text() == "Déposez vos vidéos ici"
    assert window.drop_area.add_folder_button.text() == "Ajouter un dossier…"
    assert [window.tabs.tabText(i) for i in range(2)] == ["File d’attente", "Historique"]
    headers = [
        window.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(window.model.columnCount())
    ]
    assert headers == ["Nom", "Taille", "État", "Avancement", "Vitesse", "Restant"]
    assert window.badge.text() == "Production"
    assert window.setup_banner.label.text() == (
        "Ajoutez votre clé API api.video pour commencer les envois."
    )
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "File d’&attente", "Affic&hage", "A&ide"]


def test_a_french_row_says_its_state_in_french(
    french: None, make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    from uploader_gui.gui.queue_item import ItemState, QueueItem

    item = QueueItem(path=tmp_path / "clip.mp4", size=10)
    item.state = ItemState.READY
    assert item.state_text() == "Prête à regarder"
    item.state = ItemState.FAILED
    item.detail = reason_words(Reason(Why.NO_NETWORK))
    assert item.state_text().startswith("Échec — Impossible de joindre le serveur")


def test_placeholders_are_filled_in_one_pass() -> None:
    assert fill("%1 sur %2", "50 %2", "100") == "50 %2 sur 100"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %3", "a") == "a and %3"


def test_the_language_follows_the_system_unless_one_is_chosen() -> None:
    shipped = ["en", "fr"]
    assert chosen_language("", ["fr-CA", "en-US"], shipped) == "fr"
    assert chosen_language("", ["de-DE", "fr-FR"], shipped) == "fr"
    assert chosen_language("", ["ja-JP"], shipped) == "en"
    assert chosen_language("en", ["fr-FR"], shipped) == "en"
    assert chosen_language("xx", ["fr-FR"], shipped) == "fr"
    assert {"en", "fr", "ja", "pt_BR"} <= set(shipped_languages())


@pytest.mark.parametrize(
    ("system", "shown"),
    [
        (["pt-BR", "en-US"], "pt_BR"),
        (["pt_BR"], "pt_BR"),
        (["pt"], "pt_BR"),  # Portuguese with no region: the Brazilian catalogue, not English
        (["pt-PT", "en-GB"], "pt_BR"),
        (["ja-JP", "en-US"], "ja"),
        (["ja"], "ja"),
        (["zh-Hant-TW", "ja-JP"], "ja"),
        (["ko-KR"], "en"),
    ],
)
def test_a_regional_catalogue_is_found_from_the_system_language(
    system: list[str], shown: str
) -> None:
    shipped = ["de", "en", "es", "fr", "ja", "pt_BR"]
    assert chosen_language("", system, shipped) == shown
    assert chosen_language("pt_BR", ["ja-JP"], shipped) == "pt_BR"


def test_each_language_is_named_in_itself() -> None:
    names = [language_name(code) for code in ["de", "en", "es", "fr", "ja", "pt_BR"]]
    assert names == ["Deutsch", "English", "Español", "Français", "日本語", "Português (Brasil)"]


#: A few controls of the window, each in the two languages added after the European ones.
WINDOW_WORDS = {
    "pt_BR": {
        "add_files": "Adicionar vídeos…",
        "resume": "Retomar",
        "retry": "Tentar novamente",
        "drop": "Solte seus vídeos aqui",
        "tabs": ["Fila", "Histórico"],
        "headers": ["Nome", "Tamanho", "Estado", "Progresso", "Velocidade", "Restante"],
        "menus": ["&Arquivo", "&Fila", "&Exibir", "Aj&uda"],
        "ready": "Pronto para assistir",
    },
    "ja": {
        "add_files": "動画を追加…",
        "resume": "再開",
        "retry": "再試行",
        "drop": "ここに動画をドロップ",
        "tabs": ["キュー", "履歴"],
        "headers": ["名前", "サイズ", "状態", "進捗", "速度", "残り時間"],
        "menus": ["ファイル(&F)", "キュー(&Q)", "表示(&V)", "ヘルプ(&H)"],
        "ready": "視聴可能",
    },
}


@pytest.fixture(params=sorted(WINDOW_WORDS))
def added_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Brazilian Portuguese, then Japanese, loaded as at a start in that language."""
    with speaking(qapp, request.param):
        yield request.param


def test_the_window_speaks_each_added_language(
    added_language: str, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    from uploader_gui.gui.queue_item import ItemState, QueueItem

    words = WINDOW_WORDS[added_language]
    window = make_window()
    actions = window.window_actions
    assert actions.add_files.text() == words["add_files"]
    assert actions.resume.text() == words["resume"] and actions.retry.text() == words["retry"]
    assert window.drop_area.title.text() == words["drop"]
    assert [window.tabs.tabText(i) for i in range(2)] == words["tabs"]
    headers = [
        window.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(window.model.columnCount())
    ]
    assert headers == words["headers"]
    assert [a.text() for a in window.menuBar().actions()] == words["menus"]
    item = QueueItem(path=tmp_path / "clip.mp4", size=10)
    item.state = ItemState.READY
    assert item.state_text() == words["ready"]
    window.resize(1296, 765)
    assert cut(window) == [], "a control is too narrow for its words"


def test_the_settings_have_room_in_each_added_language(
    added_language: str, qtbot: QtBot, app_settings: AppSettings, store: SecretStore
) -> None:
    dialog = SettingsDialog(UploadPreferences(), store, app_settings, resolver_for(None))
    qtbot.addWidget(dialog)
    dialog.show()
    assert cut(dialog) == []


def test_facts_are_written_the_brazilian_way(qapp: QApplication) -> None:
    with speaking(qapp, "pt_BR"):
        assert size_words(1536) == "1,54 kB"
        assert Counted.tr("Added %n video(s) to the queue.", "MainWindow", 1) == (
            "1 vídeo adicionado à fila."
        )
        assert Counted.tr("Added %n video(s) to the queue.", "MainWindow", 3) == (
            "3 vídeos adicionados à fila."
        )


def test_facts_are_written_the_japanese_way(qapp: QApplication) -> None:
    """One form whatever the count, durations without spaces, dates year first."""
    with speaking(qapp, "ja"):
        assert duration_words(185) == "3分5秒"
        for count in (1, 3):
            assert Counted.tr("Added %n video(s) to the queue.", "MainWindow", count) == (
                f"{count} 本の動画をキューに追加しました。"
            )
        skipped = reason_words(
            because(Why.SKIPPED_EARLIER, title="海", created_at="2026-11-29T10:00:00+00:00")
        )
        assert "2026年11月29日" in skipped and "「海」" in skipped


def test_the_language_is_chosen_in_the_settings_and_kept(
    qtbot: QtBot, app_settings: AppSettings, store: SecretStore
) -> None:
    prefs = UploadPreferences(environment=EnvironmentKind.PRODUCTION)
    dialog = SettingsDialog(prefs, store, app_settings, resolver_for(None))
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0].startswith("System language") and "Français" in names
    assert {"Português (Brasil)", "日本語"} <= set(names)
    combo.setCurrentIndex(names.index("Français"))
    dialog.accept()
    assert app_settings.language == "fr" and app_settings.load().language == "fr"


def test_brazilian_portuguese_is_chosen_in_the_settings_and_kept(
    qtbot: QtBot, app_settings: AppSettings, store: SecretStore
) -> None:
    prefs = UploadPreferences(environment=EnvironmentKind.PRODUCTION)
    dialog = SettingsDialog(prefs, store, app_settings, resolver_for(None))
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    combo.setCurrentIndex(combo.findText("Português (Brasil)"))
    dialog.accept()
    assert app_settings.load().language == "pt_BR"
    assert chosen_language(app_settings.language, ["en-US"], shipped_languages()) == "pt_BR"
