"""The window in another language: the catalogue chosen at start, its words on the controls,
core's reasons worded in it, and the language setting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import resolver_for
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
    because(Why.EARLIER_TEXT, text="A sentence saved by an earlier version."),
]
_WITH_FACTS = {s.why for s in SAMPLES}
#: Said differently in the window: the log file named where to look, numbers in the creator's
#: way of writing them.
OWN_WORDS = {Why.UNEXPECTED, Why.TOO_MANY_FILES}
ALL_REASONS = SAMPLES + [Reason(why) for why in Why if why not in _WITH_FACTS]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The French catalogues loaded on top of the English one, as at a French start."""
    default = QLocale()
    translators = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(default)


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
    default = QLocale()
    translators = install_translators(qapp, language)
    try:
        for reason in ALL_REASONS:
            words = reason_words(reason)
            assert words and "{" not in words, (language, reason)
            if reason.why is not Why.EARLIER_TEXT:
                assert words != cli_words(reason), (language, reason)
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(default)


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
    assert {"en", "fr"} <= set(shipped_languages())


def test_the_language_is_chosen_in_the_settings_and_kept(
    qtbot: QtBot, app_settings: AppSettings, store: SecretStore
) -> None:
    prefs = UploadPreferences(environment=EnvironmentKind.PRODUCTION)
    dialog = SettingsDialog(prefs, store, app_settings, resolver_for(None))
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0].startswith("System language") and "Français" in names
    combo.setCurrentIndex(names.index("Français"))
    dialog.accept()
    assert app_settings.language == "fr" and app_settings.load().language == "fr"
