"""Settings, keys, the environment badge and the session-only banner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.gui.conftest import TEST_KEY, DialogKit, MemoryKeyring, resolver_for
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.core.secrets import SecretStore
from uploader_gui.emulator import Emulator
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.environment_badge import LOOKS, EnvironmentBadge, badge_text
from uploader_gui.gui.main_window import MSG_ENV_LOCKED, MainWindow
from uploader_gui.gui.settings_dialog import DEMO_KEY, SettingsDialog


def dialog_for(
    qtbot: object,
    store: SecretStore,
    settings: AppSettings,
    emulator: Emulator | None = None,
    prefs: UploadPreferences | None = None,
) -> SettingsDialog:
    dialog = SettingsDialog(prefs or UploadPreferences(), store, settings, resolver_for(emulator))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    return dialog


def choose(dialog: SettingsDialog, kind: EnvironmentKind) -> None:
    dialog.select_environment(kind)
    assert dialog.kind is kind


def test_key_is_saved_in_the_store_not_in_settings(
    qtbot: object,
    store: SecretStore,
    memory_keyring: MemoryKeyring,
    app_settings: AppSettings,
    tmp_path: Path,
) -> None:
    dialog = dialog_for(qtbot, store, app_settings)
    assert dialog.secret_edit.echoMode() is QLineEdit.EchoMode.Password
    choose(dialog, EnvironmentKind.SANDBOX)
    qtbot.keyClicks(dialog.secret_edit, "sandbox-secret-123")  # type: ignore[attr-defined]
    choose(dialog, EnvironmentKind.PRODUCTION)
    qtbot.keyClicks(dialog.secret_edit, "prod-secret-456")  # type: ignore[attr-defined]
    dialog.chunk_spin.setValue(16)
    dialog.parallel_spin.setValue(3)
    dialog.accept()
    assert store.get_api_key("sandbox") == "sandbox-secret-123"
    assert store.get_api_key("production") == "prod-secret-456"
    assert ("uploader-gui", "api-key:production") in memory_keyring.passwords
    prefs = app_settings.load()
    assert (prefs.environment, prefs.chunk_size, prefs.parallel_files) == (
        EnvironmentKind.PRODUCTION,
        16 * MIB,
        3,
    )
    ini = (tmp_path / "settings.ini").read_text()
    assert "secret" not in ini


def test_upload_token_instead_of_a_key(
    qtbot: object, store: SecretStore, app_settings: AppSettings
) -> None:
    dialog = dialog_for(qtbot, store, app_settings)
    choose(dialog, EnvironmentKind.SANDBOX)
    dialog.token_check.setChecked(True)
    assert dialog.secret_label.text() == "Upload token"
    qtbot.keyClicks(dialog.secret_edit, "to1tcmSFHeYY5Kzy")  # type: ignore[attr-defined]
    dialog.accept()
    assert store.get_upload_token("sandbox") == "to1tcmSFHeYY5Kzy"
    assert store.get_api_key("sandbox") is None
    assert app_settings.uses_upload_token("sandbox")


def test_demo_needs_no_key(
    qtbot: object, store: SecretStore, app_settings: AppSettings, emulator: Emulator
) -> None:
    dialog = dialog_for(qtbot, store, app_settings, emulator)
    choose(dialog, EnvironmentKind.DEMO)
    assert dialog.secret_edit.text() == DEMO_KEY and dialog.secret_edit.isReadOnly()
    assert dialog.connection().api_key == DEMO_KEY


def test_custom_url_must_be_safe(
    qtbot: object, store: SecretStore, app_settings: AppSettings
) -> None:
    dialog = dialog_for(qtbot, store, app_settings)
    choose(dialog, EnvironmentKind.CUSTOM)
    assert dialog.url_edit.isVisibleTo(dialog)
    dialog.url_edit.setText("http://uploads.example.com")
    dialog.accept()
    assert dialog.result() == 0  # not accepted: plain http away from this computer is refused
    assert "https" in dialog.test_result.text()


@pytest.mark.parametrize(
    ("key", "ok", "words"),
    [(TEST_KEY, True, "the API key works"), ("not-the-key", False, "The API key was refused")],
)
def test_test_connection_says_what_is_wrong(
    kit: DialogKit, emulator: Emulator, key: str, ok: bool, words: str
) -> None:
    qtbot = kit.qtbot
    dialog = dialog_for(qtbot, kit.store, kit.settings, emulator)
    choose(dialog, EnvironmentKind.CUSTOM)
    dialog.url_edit.setText(emulator.base_url)
    dialog.url_edit.editingFinished.emit()
    dialog.secret_edit.setText(key)
    with qtbot.waitSignal(dialog.checker.finished, timeout=20_000) as blocker:
        dialog.test_button.click()
    assert blocker.args[0] is ok
    assert words in dialog.test_result.text()
    assert dialog.test_button.isEnabled()


def test_test_connection_without_a_server(
    qtbot: object, store: SecretStore, app_settings: AppSettings
) -> None:
    dialog = dialog_for(qtbot, store, app_settings)
    choose(dialog, EnvironmentKind.CUSTOM)
    dialog.url_edit.setText("http://127.0.0.1:9")  # nothing listens on the discard port
    dialog.url_edit.editingFinished.emit()
    dialog.secret_edit.setText("some-key-123")
    with qtbot.waitSignal(dialog.checker.finished, timeout=40_000):  # type: ignore[attr-defined]
        dialog.test_button.click()
    assert "Cannot reach the server" in dialog.test_result.text()


def test_badges_differ_by_colour_and_words(qtbot: object) -> None:
    badge = EnvironmentBadge()
    qtbot.addWidget(badge)  # type: ignore[attr-defined]
    seen = {}
    for kind, url in (
        (EnvironmentKind.PRODUCTION, "https://ws.api.video"),
        (EnvironmentKind.SANDBOX, "https://sandbox.api.video"),
        (EnvironmentKind.DEMO, "http://127.0.0.1:5000"),
        (EnvironmentKind.CUSTOM, "https://uploads.example.com"),
    ):
        env = Environment(kind, url)
        badge.set_environment(env)
        seen[kind] = (badge.text(), LOOKS[kind].background)
        assert LOOKS[kind].background in badge.styleSheet()
        assert url in badge.toolTip()
    assert seen[EnvironmentKind.PRODUCTION][0] == "Production"
    assert "Sandbox" in seen[EnvironmentKind.SANDBOX][0]
    assert "Local demo" in seen[EnvironmentKind.DEMO][0]
    assert seen[EnvironmentKind.CUSTOM][0] == "Custom server: uploads.example.com"
    assert len({text for text, _ in seen.values()}) == 4
    assert len({colour for _, colour in seen.values()}) == 4
    assert badge_text(Environment(EnvironmentKind.SANDBOX, "x")) != "Production"


def test_window_shows_badge_and_asks_for_a_key(
    make_window: Callable[..., MainWindow], store: SecretStore
) -> None:
    window = make_window(prefs=UploadPreferences(environment=EnvironmentKind.SANDBOX))
    assert window.badge.text() == "Sandbox · test only"
    assert window.badge.isVisibleTo(window)
    assert window.setup_banner.isVisible()
    assert "API key for Sandbox" in window.setup_banner.label.text()
    assert not window.session_banner.isVisible()  # the store is persistent
    store.set_api_key("sandbox", "sandbox-key-1")
    window.apply_preferences(UploadPreferences(environment=EnvironmentKind.SANDBOX))
    assert not window.setup_banner.isVisible()
    assert window.manager.connection is not None
    assert window.manager.connection.api_key == "sandbox-key-1"
    assert "sandbox-key-1" not in repr(window.manager.connection)


def test_session_only_banner_when_no_keyring(
    make_window: Callable[..., MainWindow], session_store: SecretStore
) -> None:
    assert not session_store.persistent
    window = make_window(secret_store=session_store)
    assert window.session_banner.isVisible()
    assert "kept for this session only" in window.session_banner.label.text()


def test_switching_environment_is_locked_while_uploading(
    qtbot: object, store: SecretStore, app_settings: AppSettings
) -> None:
    dialog = SettingsDialog(
        UploadPreferences(),
        store,
        app_settings,
        resolver_for(None),
        lock_environment=MSG_ENV_LOCKED,
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.env_combo.isEnabled()
    assert "no upload is in progress" in dialog.env_help.text()
