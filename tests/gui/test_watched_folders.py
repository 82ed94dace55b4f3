"""Watched folders in the window: set in the settings, a file copied in becomes a row and
uploads once (over real HTTP to the emulator), a restart uploads nothing twice, and starting at
login writes and removes a real XDG autostart entry (macOS and Windows: test_autostart.py).

The tests wait on the watcher's own signals, the rows and the server, never on a sleep.
"""

from __future__ import annotations

import os
import shlex
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGroupBox
from pytestqt.qtbot import QtBot

from tests.core.engine_helpers import StillRecording, served_bytes
from tests.gui.conftest import Harness
from tests.gui.test_long_words import cut
from tests.gui.test_small_screens import overlaps
from tests.gui.test_upload_flow import WAIT_MS, state_of
from uploader_gui.core.after_upload import AfterUpload, AfterUploadKind
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.gui import autostart
from uploader_gui.gui.app import parse_args
from uploader_gui.gui.app_settings import AppSettings
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState
from uploader_gui.gui.watch_settings import WatchedFolder, WatchSettings
from uploader_gui.gui.watched_folders_dialog import WatchedFoldersDialog


def finished_copy(source: Path, target: Path) -> Path:
    """``source`` put at ``target`` as a finished file: copied beside it with its times (an
    hour old), then renamed into place at once, as copy tools do."""
    old = time.time() - 3600
    os.utime(source, (old, old))
    staging = source.with_name(f"staging-{target.name}")
    shutil.copy2(source, staging)
    staging.rename(target)
    return target


def scanned(window: MainWindow, qtbot: object, count: int = 1) -> None:
    """Wait until the watcher looked at what the folders held when watching began."""
    watcher = window.watch.watcher
    qtbot.waitUntil(lambda: watcher.scans >= count, timeout=WAIT_MS)  # type: ignore[attr-defined]


def test_a_file_copied_into_a_watched_folder_uploads_once(
    harness: Harness, app_settings: AppSettings, tmp_path: Path
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    moved = tmp_path / "sent"
    app_settings.set_watch(
        WatchSettings(
            (WatchedFolder(inbox, None, "{name} from the inbox"),),
            AfterUpload(AfterUploadKind.MOVE, moved),
        )
    )
    window = h.window(upload_store=store)
    assert window.watch_button.isVisible()
    assert window.watch_button.text() == "Watching 1 folder"
    scanned(window, h.qtbot)
    assert window.model.rowCount() == 0
    # Left alone: a hidden file, an unfinished download, a file that is no video.
    source = h.video_file("take one.mp4", 6 * MIB)
    finished_copy(source, inbox / ".hidden.mp4")
    finished_copy(source, inbox / "big.mp4.crdownload")
    (inbox / "notes.txt").write_text("not a video\n" * 100)
    finished_copy(source, inbox / "take one.mp4")
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT_MS)
    item = window.model.item(0)
    assert item.watched and not item.recording  # a finished copy uploads as usual
    assert item.title == "take one from the inbox"
    h.qtbot.waitUntil(
        lambda: state_of(item) in (ItemState.READY, ItemState.UPLOADED), timeout=WAIT_MS
    )
    assert item.video_id is not None
    assert served_bytes(h.emulator, item.video_id) == source.read_bytes()
    # Moved only once every byte was confirmed; the status bar says where.
    said = f"“take one.mp4” was uploaded and moved to {moved}."
    h.qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=WAIT_MS)
    assert (moved / "take one.mp4").read_bytes() == source.read_bytes()
    assert not (inbox / "take one.mp4").exists()
    assert window.model.rowCount() == 1
    assert len(h.emulator.videos()) == 1
    window.close()

    # The same file again, kept where it was this time: the restart must not send it twice.
    app_settings.set_watch(WatchSettings((WatchedFolder(inbox),)))
    shutil.move(moved / "take one.mp4", inbox / "take one.mp4")
    assert h.emulator.wait_idle()
    requests_before = h.emulator.upload_requests
    second = h.window(upload_store=store)
    scanned(second, h.qtbot)
    h.qtbot.waitUntil(lambda: not second.session.reading)
    assert second.model.rowCount() == 0
    assert h.emulator.upload_requests == requests_before
    assert len(h.emulator.videos()) == 1
    env = second.environment
    assert env is not None
    done = [r for r in store.find(inbox / "take one.mp4", env) if r.state is FileState.DONE]
    assert len(done) == 1


def test_a_file_still_written_into_a_watched_folder_uploads_as_a_recording(
    harness: Harness, app_settings: AppSettings, tmp_path: Path
) -> None:
    h = harness
    inbox = tmp_path / "obs"
    inbox.mkdir()
    app_settings.set_recording_settle(1.0)
    app_settings.set_watch(WatchSettings((WatchedFolder(inbox),)))
    window = h.window(upload_store=UploadStore(tmp_path / "uploads.sqlite3"))
    scanned(window, h.qtbot)
    clip = inbox / "live.mkv"
    shutil.copyfile(h.video_file("live.mkv", 6 * MIB), clip)
    recorder = StillRecording(clip)  # the recorder keeps writing to it
    try:
        h.qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT_MS)
        item = window.model.item(0)
        assert item.recording and item.watched
        # A video exported just now and moved in whole, no longer written: the ordinary way,
        # chunks in parallel. (One copied in is written while it is seen: a recording, rightly.)
        exported = tmp_path / "export.mp4"
        shutil.copyfile(h.video_file("export.mp4", 6 * MIB), exported)
        os.replace(exported, inbox / "export.mp4")
        h.qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT_MS)
        assert not window.model.item(1).recording and window.model.item(1).watched
    finally:
        recorder.stop()
    h.qtbot.waitUntil(
        lambda: state_of(item) in (ItemState.READY, ItemState.UPLOADED), timeout=WAIT_MS
    )
    assert item.video_id is not None
    assert served_bytes(h.emulator, item.video_id) == clip.read_bytes()
    ranges = [r.range for r in h.emulator.requests_for(item.video_id) if r.is_chunk and r.accepted]
    assert all(r is not None and r.part is not None for r in ranges)  # sent in part form
    h.qtbot.waitUntil(
        lambda: state_of(window.model.item(1)) in (ItemState.READY, ItemState.UPLOADED),
        timeout=WAIT_MS,
    )
    assert len(h.emulator.videos()) == 2


def test_the_settings_keep_watched_folders_and_start_at_login(
    app_settings: AppSettings, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not isinstance(autostart.login_item(), autostart.XdgAutostart):
        pytest.skip("the login entry is an XDG autostart file on freedesktop systems only")
    config = tmp_path / "config home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    entry = config / "autostart" / "uploader-gui.desktop"
    inbox = tmp_path / "Screen recordings"
    inbox.mkdir()

    dialog = WatchedFoldersDialog(app_settings)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.add_folder(inbox)
    assert not dialog.add_folder(inbox)  # listed once
    combo = dialog.table.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)
    dialog.move_radio.setChecked(True)
    dialog.login_check.setChecked(True)
    dialog.accept()  # no folder to move to: refused, nothing saved
    assert dialog.error_label.isVisibleTo(dialog)
    assert app_settings.watch() == WatchSettings()
    assert not entry.exists()
    dialog.move_edit.setText(str(tmp_path / "done"))
    dialog.settle_spin.setValue(25)
    dialog.accept()
    assert app_settings.watch() == WatchSettings(
        (WatchedFolder(inbox, EnvironmentKind.SANDBOX),),
        AfterUpload(AfterUploadKind.MOVE, tmp_path / "done"),
    )
    assert app_settings.recording_settle == 25.0
    # A real login entry, whose command starts the app hidden.
    text = entry.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "Type=Application" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    command = shlex.split(exec_line.removeprefix("Exec="))
    assert command[-1] == autostart.HIDDEN_FLAG
    assert parse_args(command[-1:]).hidden

    again = WatchedFoldersDialog(app_settings)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.folders_listed() == [inbox]
    assert again.login_check.isChecked()
    again.login_check.setChecked(False)
    again.remove_selected()  # nothing selected: nothing removed
    again.table.selectRow(0)
    again.remove_selected()
    again.keep_radio.setChecked(True)
    again.accept()
    assert not entry.exists()
    assert app_settings.watch() == WatchSettings()


def test_the_login_entry_follows_the_xdg_rules(tmp_path: Path) -> None:
    home = Path.home()
    default = home / ".config" / "autostart" / "uploader-gui.desktop"
    assert autostart.autostart_file({}) == default
    assert autostart.autostart_file({"XDG_CONFIG_HOME": "relative/dir"}) == default
    given = tmp_path / "cfg"
    assert autostart.autostart_file({"XDG_CONFIG_HOME": str(given)}) == (
        given / "autostart" / "uploader-gui.desktop"
    )
    text = autostart.desktop_entry(["/opt/My Apps/uploader-gui", "50%"])
    assert 'Exec="/opt/My Apps/uploader-gui" 50%% --hidden' in text
    entry = autostart.XdgAutostart({"XDG_CONFIG_HOME": str(given)})
    entry.enable(["/usr/bin/uploader-gui"])
    assert entry.is_enabled()
    assert "Exec=/usr/bin/uploader-gui --hidden" in entry.path.read_text()
    entry.disable()
    assert not entry.is_enabled()
    entry.disable()  # removing twice is no error


def test_the_indicator_opens_the_watched_folders_and_follows_them(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()  # Production without a key: nothing uploads
    assert not window.watch_button.isVisible()
    inbox = tmp_path / "inbox"
    inbox.mkdir()

    def add_and_save() -> None:
        dialog = window.watched_dialog
        assert dialog is not None
        dialog.add_folder(inbox)
        dialog.accept()

    QTimer.singleShot(0, add_and_save)
    window.watch_button.click()  # the indicator opens the dialog (clicked while still hidden)
    assert window.watched_dialog is None
    assert window.watch_button.isVisible()
    assert window.watch_button.text() == "Watching 1 folder"

    seen: list[str] = []

    def look_and_close() -> None:
        dialog = window.settings_dialog
        assert dialog is not None
        boxes = [b.title() for b in dialog.findChildren(QGroupBox)]
        seen.extend(boxes)
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    window.open_settings()
    assert "Watched folders" in seen


def test_the_watched_folders_dialog_fits_a_short_screen(
    qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> None:
    app_settings.set_watch(
        WatchSettings(tuple(WatchedFolder(tmp_path / f"folder {i}") for i in range(6)))
    )
    dialog = WatchedFoldersDialog(app_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    screen = dialog.screen().availableGeometry()  # the offscreen screen: 800 px high
    assert dialog.height() <= screen.height()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and dialog.rect().contains(buttons.geometry())
    assert overlaps(dialog) == []
    assert cut(dialog) == []
