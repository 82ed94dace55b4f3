"""The queue kept on disk: quitting mid-upload and opening the app again continues the same
video where the server is; pauses, removals and order survive a restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.engine_helpers import served_bytes
from tests.gui.conftest import TEST_KEY, Harness
from tests.gui.test_upload_flow import WAIT_MS, drop
from uploader_gui.core.limits import MIB
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.gui.app_settings import AppSettings
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
    assert "continue where they stopped" in asked[0]
    assert store.get(item.store_id).state is FileState.WAITING
    # Let the server finish reading whatever was already on its way, so the count below only
    # holds the second session's requests.
    h.emulator.faults.bandwidth = 0
    assert h.emulator.wait_idle()
    sent_before = h.emulator.upload_requests

    second = h.window(upload_store=store)
    h.qtbot.waitUntil(lambda: second.model.rowCount() == 1)
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
    h.qtbot.waitUntil(lambda: reopened.model.rowCount() == 2)
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
