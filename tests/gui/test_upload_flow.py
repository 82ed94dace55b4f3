"""Real uploads through the window's own path (drop → model → worker → engine → emulator)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication

from tests.gui.conftest import Harness
from uploader_gui.core.chunk_schedule import LAST_CHUNK_SIZE
from uploader_gui.core.limits import MIB
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState, QueueItem, StripState

WAIT_MS = 60_000


def drop(window: MainWindow, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    assert window.handle_drop(mime)


def state_of(item: QueueItem) -> ItemState:
    """``item.state`` read through a call, for conditions waited on after an assert: the type
    checker would otherwise keep the state that assert narrowed it to."""
    return item.state


def test_dropped_videos_arrive_intact_with_their_details(harness: Harness) -> None:
    h = harness
    h.prefs.parallel_files = 1
    h.emulator.faults.bandwidth = 2 * MIB  # the first file takes a while: time to edit the second
    window = h.window()
    first = h.video_file("First.mp4", 6 * MIB)
    path = h.video_file("Summer_trip.mp4", 11 * MIB)
    drop(window, first, path)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    item = window.model.item(1)
    # The second file waits its turn, so its details can still be edited in the panel.
    window.table.selectRow(1)
    assert window.details.item is item and not window.details.tags_edit.isReadOnly()
    h.qtbot.keyClicks(window.details.tags_edit, "travel, summer, travel")
    window.details.public_check.setChecked(False)
    assert item.tags == ["travel", "summer"] and not item.public
    assert item.state is ItemState.WAITING
    h.emulator.faults.bandwidth = 0
    h.qtbot.waitUntil(lambda: state_of(item) is ItemState.READY, timeout=WAIT_MS)
    # The details stay editable (sent to the video); the MP4 choice is fixed from the start.
    assert not window.details.tags_edit.isReadOnly()
    assert not window.details.mp4_check.isEnabled()
    assert item.video_id
    stored = h.emulator.source_path(item.video_id)
    assert stored is not None and stored.read_bytes() == path.read_bytes()
    assert item.links.player and item.links.embed and "<iframe" in item.links.embed
    video = next(v for v in h.emulator.videos() if v["videoId"] == item.video_id)
    assert video["title"] == "Summer trip"
    assert video["tags"] == ["travel", "summer"] and video["public"] is False
    states, _, sizes = item.counters.strip()
    assert len(states) == 3 and set(states) == {StripState.DONE}
    # Two halves for the two connections to finish together, then the small completing chunk.
    half = (11 * MIB - LAST_CHUNK_SIZE) // 2
    assert sizes == [half, half, LAST_CHUNK_SIZE]
    # The details panel offers the links once the video is ready.
    assert window.details.links.isVisibleTo(window)
    assert window.details.link_field.text() == item.links.player
    window.details.copy_link_button.click()
    assert QGuiApplication.clipboard().text() == item.links.player
    assert window.model.data(window.model.index(1, 2)).startswith("Ready to watch")


def test_pause_holds_the_upload_and_resume_finishes_it(harness: Harness) -> None:
    h = harness
    h.emulator.faults.bandwidth = 2 * MIB
    window = h.window()
    drop(window, h.video_file("long.mp4", 11 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.counters.bytes_done() > 0, timeout=WAIT_MS)
    window.manager.pause([item.id])
    assert item.state is ItemState.PAUSED
    assert window.model.data(window.model.index(0, 2)) == "Paused"
    time.sleep(1.5)
    h.qtbot.wait(100)
    # The last chunk only goes once all others are acknowledged, and not while paused.
    assert item.state is ItemState.PAUSED
    assert h.emulator.source_path(str(item.video_id)) is None
    h.emulator.faults.bandwidth = 0
    window.manager.resume([item.id])
    h.qtbot.waitUntil(lambda: state_of(item) is ItemState.READY, timeout=WAIT_MS)
    assert h.emulator.source_path(str(item.video_id)) is not None


def test_cancel_then_retry_uploads_a_fresh_video(harness: Harness) -> None:
    h = harness
    h.emulator.faults.bandwidth = 2 * MIB
    window = h.window()
    path = h.video_file("cancel me.mp4", 11 * MIB)
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.counters.bytes_done() > 0, timeout=WAIT_MS)
    first_video = item.video_id
    window.manager.cancel([item.id])
    h.qtbot.waitUntil(lambda: item.state is ItemState.CANCELLED, timeout=WAIT_MS)
    assert not window.manager.busy
    h.emulator.faults.bandwidth = 0
    window.table.selectRow(0)
    assert window.act_retry.isEnabled()
    window.act_retry.trigger()
    h.qtbot.waitUntil(lambda: item.state is ItemState.READY, timeout=WAIT_MS)
    assert item.video_id != first_video
    stored = h.emulator.source_path(str(item.video_id))
    assert stored is not None and stored.read_bytes() == path.read_bytes()


def test_refused_key_fails_with_a_sentence(harness: Harness) -> None:
    h = harness
    window = h.window(key="wrong-key")
    drop(window, h.video_file("a.mp4", 6 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state is ItemState.FAILED, timeout=WAIT_MS)
    assert item.state_text().startswith("Failed — The API key was refused")
    assert "wrong-key" not in item.state_text()


def test_close_while_uploading_asks_first(harness: Harness) -> None:
    h = harness
    h.emulator.faults.bandwidth = 1 * MIB
    window = h.window()
    questions: list[str] = []
    answer = [False]

    def ask(title: str, text: str) -> bool:
        questions.append(title)
        return answer[0]

    window.ask = ask
    drop(window, h.video_file("big.mp4", 11 * MIB))
    h.qtbot.waitUntil(lambda: window.manager.busy)
    window.close()
    assert questions == ["Uploads are still running"]
    assert window.isVisible()
    answer[0] = True
    window.close()
    assert questions == ["Uploads are still running"] * 2
    assert not window.isVisible()


def test_closing_an_idle_window_does_not_ask(harness: Harness) -> None:
    window = harness.make_window()
    asked: list[str] = []

    def ask(title: str, text: str) -> bool:
        asked.append(title)
        return False

    window.ask = ask
    window.close()
    assert not asked and not window.isVisible()


def test_a_dropped_connection_shows_the_wait_and_still_finishes(harness: Harness) -> None:
    h = harness
    h.emulator.faults.drop_mid_body_every = 2
    window = h.window()
    seen: list[str] = []
    window.manager.item_changed.connect(
        lambda item_id: seen.append(window.model.find(item_id).state_text())  # type: ignore[union-attr]
    )
    path = h.video_file("flaky.mp4", 11 * MIB)
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state is ItemState.READY, timeout=WAIT_MS)
    waits = [s for s in seen if s.startswith("Waiting for network")]
    assert waits, seen
    assert "(attempt 1: connection lost)" in waits[0]
    stored = h.emulator.source_path(str(item.video_id))
    assert stored is not None and stored.read_bytes() == path.read_bytes()
