"""The queue kept on disk: quitting mid-upload and opening the app again continues the same
video where the server is; pauses, removals and order survive a restart."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.core.engine_helpers import served_bytes
from tests.gui.conftest import TEST_KEY, Harness
from tests.gui.test_upload_flow import WAIT_MS, drop
from uploader_gui.core.environments import Environment, EnvironmentKind, production, sandbox
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import FileRecord, FileState, UploadStore
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState, StripState


def test_quit_mid_upload_then_continue_the_same_video(harness: Harness, tmp_path: Path) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    h.prefs.chunk_size = 5 * MIB
    h.emulator.faults.bandwidth = 2 * MIB
    first = h.window(upload_store=store)
    path = h.video_file("Long interview.mp4", 16 * MIB)
    drop(first, path)
    h.qtbot.waitUntil(lambda: first.model.rowCount() == 1)
    item = first.model.item(0)
    assert item.store_id is not None  # saved at the drop, before any byte is sent
    h.qtbot.waitUntil(lambda: StripState.DONE in item.counters.strip()[0], timeout=WAIT_MS)
    video_id = item.video_id
    asked: list[str] = []
    first.ask = lambda title, text: asked.append(text) or True  # type: ignore[func-returns-value]
    first.close()
    assert "continues where it stopped the next time you open" in asked[0]
    assert store.get(item.store_id).state is FileState.WAITING
    # Let the server finish reading whatever was already on its way, so the count below only
    # holds the second session's requests.
    h.emulator.faults.bandwidth = 0
    assert h.emulator.wait_idle()
    sent_before = h.emulator.upload_requests

    second = h.window(upload_store=store)
    h.qtbot.waitUntil(lambda: not second.session.reading)  # read off the GUI thread
    assert second.model.rowCount() == 1
    again = second.model.item(0)
    assert again.video_id == video_id and again.store_id == item.store_id
    assert again.editable is False  # the video exists: its title can no longer change here
    h.qtbot.waitUntil(lambda: again.state is ItemState.READY, timeout=WAIT_MS)
    assert again.video_id == video_id
    assert len(h.emulator.videos()) == 1  # no second video for the same file
    stored = h.emulator.source_path(video_id or "")
    assert stored is not None and stored.read_bytes() == path.read_bytes()
    assert h.emulator.upload_requests - sent_before < 4  # not all four parts again
    assert store.get(item.store_id).state is FileState.DONE


def test_pause_remove_and_order_survive_a_restart(
    harness: Harness, tmp_path: Path, make_window: Callable[..., MainWindow]
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    # Production without a key: nothing starts, so the queue only changes by hand.
    window = make_window(upload_store=store)
    files = [h.video_file(f"clip {i}.mp4", MIB) for i in range(3)]
    window.add_paths(files)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    a, b, c = window.model.items
    window.manager.pause([a.id])
    window.manager.move([c.id], -1)
    window.manager.remove([b.id])
    window.close()

    reopened = make_window(upload_store=store)
    h.qtbot.waitUntil(lambda: not reopened.session.reading)
    names = [(i.name, i.state) for i in reopened.model.items]
    assert names == [("clip 0.mp4", ItemState.PAUSED), ("clip 2.mp4", ItemState.WAITING)]


def test_removing_a_running_upload_forgets_it(harness: Harness, tmp_path: Path) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    h.emulator.faults.bandwidth = 2 * MIB
    window = h.window(upload_store=store)
    drop(window, h.video_file("oops.mp4", 11 * MIB))
    h.qtbot.waitUntil(lambda: window.manager.busy)
    item = window.model.item(0)
    store_id = item.store_id
    assert store_id is not None
    window.table.selectRow(0)
    window.act_remove.trigger()
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=WAIT_MS)
    assert not window.manager.busy
    assert window.manager.writer.drain(10)  # the window's store writes are off its thread
    with pytest.raises(KeyError):
        store.get(store_id)
    assert window.stack.currentWidget() is window.drop_area


def upload_token_for(base_url: str) -> str:
    """A delegated upload token from the emulator, made the way a developer would."""
    import requests

    with requests.Session() as http:
        http.auth = (TEST_KEY, "")
        answer = http.post(f"{base_url}/upload-tokens", json={"ttl": 0}, timeout=10)
        answer.raise_for_status()
        return str(answer.json()["token"])


def test_a_waiting_file_follows_a_change_of_credential(
    harness: Harness, tmp_path: Path, app_settings: AppSettings
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = h.window(key="", upload_store=store)  # no key yet: the file waits
    drop(window, h.video_file("token.mp4", 6 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    saved = item.store_id
    assert saved is not None and store.get(saved).auth_kind == "api_key"
    env_name = f"custom:{h.emulator.base_url}"
    h.store.set_upload_token(env_name, upload_token_for(h.emulator.base_url))
    app_settings.set_uses_upload_token(env_name, True)
    window.apply_preferences(app_settings.load())
    h.qtbot.waitUntil(lambda: item.state.finished, timeout=WAIT_MS)
    assert item.state is ItemState.UPLOADED, item.state_text()  # a token cannot follow encoding
    # The row saved for a key was replaced by one for the token (SQLite may reuse its id).
    rows = store.history()
    assert len(rows) == 1 and not store.unfinished()
    assert rows[0].auth_kind == "upload_token" and rows[0].id == item.store_id


def test_without_a_kept_queue_a_retried_changed_file_goes_to_a_new_video(
    harness: Harness,
) -> None:
    """No upload list on disk (as in the Local demo): the upload still runs on a scratch row
    kept across attempts, so a file edited mid-upload never lands in its old video."""
    h = harness
    h.prefs.chunk_size = 5 * MIB
    h.emulator.faults.bandwidth = 2 * MIB
    window = h.window(upload_store=None)
    path = h.video_file("Edit.mp4", 16 * MIB)
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.video_id is not None and item.bytes_done > 0, timeout=WAIT_MS)
    first_video = item.video_id
    assert first_video is not None
    path.write_bytes(path.read_bytes()[: 12 * MIB] + b"re-exported" * 1000)  # edited meanwhile
    h.qtbot.waitUntil(lambda: item.state is ItemState.FAILED, timeout=WAIT_MS)
    h.emulator.faults.bandwidth = 0
    window.manager.retry([item.id])
    h.qtbot.waitUntil(lambda: item.state in (ItemState.UPLOADED, ItemState.READY), timeout=WAIT_MS)
    assert item.video_id is not None and item.video_id != first_video
    assert served_bytes(h.emulator, item.video_id) == path.read_bytes()
    assert h.emulator.source_path(first_video) is None  # the old video never got the new bytes


def test_dropping_a_failed_file_again_continues_its_video(harness: Harness, tmp_path: Path) -> None:
    """As ``upload FILE`` does: a file whose upload failed after its video was made carries on
    in that video when it is added again, instead of leaving a partial video and a second one."""
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    h.prefs.chunk_size = 5 * MIB
    h.emulator.faults.bandwidth = 2 * MIB
    window = h.window(upload_store=store)
    path = h.video_file("Moved.mp4", 16 * MIB)
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: StripState.DONE in item.counters.strip()[0], timeout=WAIT_MS)
    video_id = item.video_id
    away = path.with_name("elsewhere.bin")
    path.rename(away)  # moved away mid-upload: the upload stops with a reason
    h.qtbot.waitUntil(lambda: item.state is ItemState.FAILED, timeout=WAIT_MS)
    away.rename(path)  # put back as it was
    h.emulator.faults.bandwidth = 0
    drop(window, path)
    h.qtbot.waitUntil(lambda: item.state in (ItemState.UPLOADED, ItemState.READY), timeout=WAIT_MS)
    assert window.model.rowCount() == 1 and item.video_id == video_id
    assert len(h.emulator.videos()) == 1
    assert served_bytes(h.emulator, video_id or "") == path.read_bytes()


# -- reading the saved queue off the GUI thread ------------------------------------------------

ELSEWHERE_URL = "https://uploads.example.com"


class HeldReads:
    """Holds every read of the store's unfinished files until ``release`` is set."""

    def __init__(self, store: UploadStore, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.calls = 0
        original = store.unfinished

        def held() -> list[FileRecord]:
            self.calls += 1
            assert self.release.wait(10), "the test never let the read finish"
            return original()

        monkeypatch.setattr(store, "unfinished", held)


def save_for(store: UploadStore, env: Environment, name: str, folder: Path) -> None:
    path = folder / name
    path.write_bytes(b"saved")
    store.add_files([(path, VideoMetadata(title=name))], environment=env, auth_kind="api_key")


def test_a_switch_while_a_read_runs_lists_only_the_environment_chosen_last(
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = make_window(upload_store=store)  # Production, with nothing saved yet
    qtbot.waitUntil(lambda: not window.session.reading)
    elsewhere = Environment(EnvironmentKind.CUSTOM, ELSEWHERE_URL)
    save_for(store, sandbox(), "for sandbox.mp4", tmp_path)
    save_for(store, elsewhere, "for custom.mp4", tmp_path)
    reads = HeldReads(store, monkeypatch)

    window.apply_preferences(UploadPreferences(environment=EnvironmentKind.SANDBOX))
    qtbot.waitUntil(lambda: reads.calls == 1)  # Sandbox's read is under way, held
    custom = UploadPreferences(environment=EnvironmentKind.CUSTOM, custom_url=ELSEWHERE_URL)
    window.apply_preferences(custom)  # chosen before Sandbox's files were read
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(window.session.saved_queue_loaded) as loaded:
        reads.release.set()
    assert loaded.args == [1]
    assert [i.name for i in window.model.items] == ["for custom.mp4"]
    assert reads.calls == 2

    # Sandbox's files were not lost, only not listed for the wrong choice: they show when
    # Sandbox is chosen again.
    with qtbot.waitSignal(window.session.saved_queue_loaded):
        window.apply_preferences(UploadPreferences(environment=EnvironmentKind.SANDBOX))
    names = sorted(i.name for i in window.model.items)
    assert names == ["for custom.mp4", "for sandbox.mp4"]


def test_a_switch_during_the_start_up_read_reads_nothing_twice(
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    store = UploadStore(tmp_path / "uploads.sqlite3")
    save_for(store, sandbox(), "for sandbox.mp4", tmp_path)
    save_for(store, production(), "for production.mp4", tmp_path)
    reads = HeldReads(store, monkeypatch)
    window = make_window(upload_store=store)
    qtbot.waitUntil(lambda: reads.calls == 1)
    # The start-up read lists every environment's files, so the switch waits for it.
    window.apply_preferences(UploadPreferences(environment=EnvironmentKind.SANDBOX))
    with qtbot.waitSignal(window.session.saved_queue_loaded) as loaded:
        reads.release.set()
    assert loaded.args == [2] and reads.calls == 1
    assert sorted(i.name for i in window.model.items) == ["for production.mp4", "for sandbox.mp4"]
    assert not window.session.reading


def test_a_saved_queue_that_cannot_be_read_is_told_in_the_status_bar(
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = UploadStore(tmp_path / "uploads.sqlite3")
    save_for(store, production(), "saved.mp4", tmp_path)

    def unreadable() -> list[FileRecord]:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "unfinished", unreadable)
    window = make_window(upload_store=store)
    qtbot.waitUntil(lambda: not window.session.reading)
    message = window.statusBar().currentMessage()
    assert message.startswith("Could not read the unfinished uploads saved on this computer")
    assert "disk I/O error" not in message  # the details go to the log, not to the creator
    assert "Could not read the saved upload list" in caplog.text
    assert "disk I/O error" in caplog.text
    assert window.model.rowCount() == 0 and window.isVisible()
    # The window carries on: files can still be added.
    window.add_paths([tmp_path / "saved.mp4"])
    qtbot.waitUntil(lambda: not window.scanner.busy)


def test_closing_while_a_read_runs_lists_nothing_afterwards(
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    store = UploadStore(tmp_path / "uploads.sqlite3")
    save_for(store, production(), "saved.mp4", tmp_path)
    reads = HeldReads(store, monkeypatch)
    window = make_window(upload_store=store)
    qtbot.waitUntil(lambda: reads.calls == 1)
    loaded: list[int] = []
    window.session.saved_queue_loaded.connect(loaded.append)
    # The read ends while the window is closing (closing waits a moment for it).
    threading.Timer(0.2, reads.release.set).start()
    window.close()
    QApplication.processEvents()
    assert loaded == [] and window.model.rowCount() == 0
    assert not window.session.reading
