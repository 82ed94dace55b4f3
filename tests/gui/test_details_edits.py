"""Details edited while a file uploads and after, and the History's edit, delete and restore,
through the window's own path against the emulator."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.gui.conftest import Harness
from tests.gui.test_upload_flow import WAIT_MS, drop, state_of
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.emulator import Emulator
from uploader_gui.gui.app_settings import UploadPreferences
from uploader_gui.gui.bulk_edit import BulkChange
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState, QueueItem


def served(emulator: Emulator, video_id: str) -> dict[str, Any]:
    return next((v for v in emulator.videos() if v["videoId"] == video_id), {})


def updates(emulator: Emulator, video_id: str) -> int:
    return sum(1 for r in emulator.requests_for(video_id) if r.kind == "update")


def video_of(item: QueueItem) -> str | None:
    """``item.video_id`` read through a call, for a wait after an assert narrowed it."""
    return item.video_id


def assert_sent_once(h: Harness, emulator: Emulator, video_id: str) -> None:
    """One ``PATCH /videos/{id}`` reached the server (its log entry is written just after its
    answer, so it is waited for), and no other once the server is idle."""
    h.qtbot.waitUntil(lambda: updates(emulator, video_id) >= 1, timeout=WAIT_MS)
    assert emulator.wait_idle()
    assert updates(emulator, video_id) == 1


def uploaded(h: Harness, window: MainWindow, name: str = "Talk.mp4") -> QueueItem:
    drop(window, h.video_file(name, 2 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state is ItemState.READY, timeout=WAIT_MS)
    window.table.selectRow(0)
    return item


def edit_offline(h: Harness, window: MainWindow, title: str) -> tuple[str, Emulator]:
    """Upload a file, stop the emulator, retitle the video until the panel says it was not
    saved. Returns the video and an emulator on the same port and data, not started."""
    item = uploaded(h, window)
    video_id = item.video_id
    assert video_id is not None
    port, data_dir = h.emulator.port, h.emulator.data_dir
    h.emulator.stop()
    retype(h, window, title)
    label = window.details.save_state.label
    h.qtbot.waitUntil(lambda: label.text().startswith("Not saved"), timeout=WAIT_MS)
    return video_id, Emulator(data_dir, port=port)


def retype(h: Harness, window: MainWindow, text: str) -> None:
    window.details.title_edit.selectAll()
    h.qtbot.keyClicks(window.details.title_edit, text)


def test_edits_while_uploading_and_after_reach_the_video(harness: Harness) -> None:
    h = harness
    h.emulator.faults.bandwidth = 1 * MIB  # slow enough to edit while the bytes go
    window = h.window()
    drop(window, h.video_file("Talk.mp4", 11 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    window.table.selectRow(0)
    h.qtbot.waitUntil(lambda: item.video_id is not None, timeout=WAIT_MS)
    video_id = item.video_id
    assert video_id is not None and item.state is ItemState.UPLOADING
    assert not window.details.title_edit.isReadOnly()
    retype(h, window, "Final talk")
    h.qtbot.keyClicks(window.details.tags_edit, "news, talk")
    h.qtbot.waitUntil(
        lambda: served(h.emulator, video_id).get("tags") == ["news", "talk"], timeout=WAIT_MS
    )
    assert served(h.emulator, video_id)["title"] == "Final talk"
    h.qtbot.waitUntil(lambda: window.details.save_state.label.text() == "Saved")
    assert item.state is ItemState.UPLOADING  # edited while the bytes were still going
    h.emulator.faults.bandwidth = 0
    h.qtbot.waitUntil(lambda: state_of(item) is ItemState.READY, timeout=WAIT_MS)
    window.details.public_check.click()
    h.qtbot.waitUntil(lambda: served(h.emulator, video_id).get("public") is False, timeout=WAIT_MS)
    assert served(h.emulator, video_id)["title"] == "Final talk"


def test_an_edit_made_offline_is_sent_once_when_the_network_is_back(
    harness: Harness, tmp_path: Path
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = h.window(upload_store=store)
    video_id, again = edit_offline(h, window, "Edited offline")
    save_state = window.details.save_state
    assert "network is back" in save_state.label.text()
    assert save_state.try_again_button.isVisibleTo(window)
    assert [r.metadata.title for r in store.details_due()] == ["Edited offline"]
    again.start()
    try:
        window.online_watch.online.emit()
        h.qtbot.waitUntil(lambda: save_state.label.text() == "Saved", timeout=WAIT_MS)
        assert served(again, video_id)["title"] == "Edited offline"
        assert_sent_once(h, again, video_id)
        assert store.details_due() == []
    finally:
        window.manager.shutdown(5000)
        again.stop()


def test_a_video_gone_or_a_refusal_is_told_in_words(harness: Harness, tmp_path: Path) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = h.window(upload_store=store)
    item = uploaded(h, window)
    assert item.video_id is not None
    assert h.emulator.delete_video(item.video_id)
    retype(h, window, "Too late")
    label = window.details.save_state.label
    h.qtbot.waitUntil(lambda: label.text().startswith("Not saved"), timeout=WAIT_MS)
    assert label.text() == "Not saved: the video is no longer on api.video (it was deleted)."
    # A change api.video refuses (400) quotes its words.
    window.history.refresh()
    edits = window.history.edits
    assert edits is not None
    window.history.table.selectRow(0)
    edits.edit_details = lambda m: VideoMetadata(title="x", tags=[3])  # type: ignore[list-item]
    edits.edit_button.click()
    h.qtbot.waitUntil(lambda: edits.status_label.text() != "Saving…", timeout=WAIT_MS)
    assert edits.status_label.text().startswith("The details were not saved: ")


def test_history_edits_deletes_and_restores_a_video(harness: Harness, tmp_path: Path) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = h.window(upload_store=store)
    item = uploaded(h, window)
    video_id = item.video_id
    assert video_id is not None
    history = window.history
    edits = history.edits
    assert edits is not None
    history.refresh()
    assert history.table.rowCount() == 1
    history.table.selectRow(0)
    edits.edit_details = lambda m: VideoMetadata(
        title="Renamed", description="Later", tags=["x"], public=False
    )
    edits.edit_button.click()
    h.qtbot.waitUntil(lambda: served(h.emulator, video_id).get("title") == "Renamed")
    assert served(h.emulator, video_id)["tags"] == ["x"]
    h.qtbot.waitUntil(lambda: edits.status_label.text() == "The video's details were saved.")
    asked: list[str] = []

    def ask(title: str, text: str) -> bool:
        asked.append(text)
        return True

    edits.ask = ask
    history.table.selectRow(0)
    edits.delete_button.click()
    h.qtbot.waitUntil(lambda: [v["videoId"] for v in h.emulator.discarded_videos()] == [video_id])
    assert "90 days" in asked[0] and "Renamed" in asked[0]
    h.qtbot.waitUntil(lambda: history.table.rowCount() == 0)
    edits.deleted_check.setChecked(True)
    assert history.table.rowCount() == 1
    result_cell = history.table.item(0, 4)
    assert result_cell is not None
    assert result_cell.text().startswith("Deleted — can be restored until")
    history.table.selectRow(0)
    assert not edits.restore_button.isHidden() and edits.restore_button.isEnabled()
    edits.restore_button.click()
    h.qtbot.waitUntil(lambda: served(h.emulator, video_id).get("title") == "Renamed")
    assert h.emulator.discarded_videos() == []
    h.qtbot.waitUntil(lambda: history.table.rowCount() == 0)
    edits.deleted_check.setChecked(False)
    assert history.table.rowCount() == 1


def test_several_rows_get_privacy_tags_and_a_title_pattern_at_once(harness: Harness) -> None:
    h = harness
    h.prefs.parallel_files = 3
    window = h.window()
    drop(window, *(h.video_file(f"part_{i}.mp4", 2 * MIB) for i in (1, 2, 3)))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    items = [window.model.item(row) for row in range(3)]
    h.qtbot.waitUntil(lambda: all(i.state is ItemState.READY for i in items), timeout=WAIT_MS)
    window.table.selectAll()
    window.bulk_edit.ask = lambda count: BulkChange(
        title_pattern="Lecture {n}", tags=["physics"], public=False
    )
    assert window.bulk_edit.action.isEnabled()
    assert window.bulk_edit.run() == 3
    for number, item in enumerate(items, start=1):
        video_id = item.video_id
        assert video_id is not None

        def arrived(video_id: str = video_id, number: int = number) -> bool:
            video = served(h.emulator, video_id)
            return (video.get("title"), video.get("tags"), video.get("public")) == (
                f"Lecture {number}",
                ["physics"],
                False,
            )

        h.qtbot.waitUntil(arrived, timeout=WAIT_MS)
        assert_sent_once(h, h.emulator, video_id)


def test_an_edit_not_sent_before_quitting_goes_at_the_next_start(
    harness: Harness, tmp_path: Path
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    first = h.window(upload_store=store)
    video_id, again = edit_offline(h, first, "Sent next time")
    first.close_without_asking()
    again.start()
    try:
        h.emulator = again
        second = h.window(upload_store=store)
        h.qtbot.waitUntil(
            lambda: served(again, video_id).get("title") == "Sent next time", timeout=WAIT_MS
        )
        h.qtbot.waitUntil(lambda: store.details_due() == [])
        assert_sent_once(h, again, video_id)
        second.manager.shutdown(5000)
    finally:
        again.stop()


def test_an_edit_made_while_the_video_is_created_reaches_it(
    harness: Harness, tmp_path: Path
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    h.emulator.faults.hold_create_answer = 3.0  # the video exists; the window does not know yet
    window = h.window(upload_store=store)
    drop(window, h.video_file("Draft.mp4", 2 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    window.table.selectRow(0)
    # The upload's thread starts once the window has handled the drop: wait with the window's
    # events going.
    h.qtbot.waitUntil(lambda: h.emulator.wait_held_create(0.05), timeout=WAIT_MS)
    assert item.started and item.video_id is None
    retype(h, window, "Named in time")
    label = window.details.save_state.label
    assert label.text() == "Kept for when the video is created."
    h.qtbot.waitUntil(lambda: video_of(item) is not None, timeout=WAIT_MS)
    video_id = str(video_of(item))
    h.qtbot.waitUntil(
        lambda: served(h.emulator, video_id).get("title") == "Named in time", timeout=WAIT_MS
    )
    h.qtbot.waitUntil(lambda: label.text() == "Saved", timeout=WAIT_MS)
    assert item.store_id is not None
    assert store.get(item.store_id).metadata.title == "Named in time"


def test_an_edit_waits_for_the_videos_own_environment(harness: Harness, tmp_path: Path) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = h.window(upload_store=store)
    item = uploaded(h, window)
    video_id = str(item.video_id)
    window.apply_preferences(UploadPreferences(environment=EnvironmentKind.SANDBOX))
    window.table.selectRow(0)
    retype(h, window, "Kept for its place")
    label = window.details.save_state.label
    h.qtbot.waitUntil(lambda: label.text().startswith("This video is on"), timeout=WAIT_MS)
    assert h.emulator.wait_idle() and updates(h.emulator, video_id) == 0
    window.apply_preferences(h.prefs)
    h.qtbot.waitUntil(lambda: label.text() == "Saved", timeout=WAIT_MS)
    assert served(h.emulator, video_id)["title"] == "Kept for its place"
    assert_sent_once(h, h.emulator, video_id)


def test_a_row_removed_right_after_an_edit_sends_it_and_leaves_nothing_behind(
    harness: Harness,
) -> None:
    """Removing a row before typing has paused still sends its edit, and the row's timer and
    save state go with it (a window open for hours shows thousands of files)."""
    h = harness
    window = h.window()
    item = uploaded(h, window)
    video_id = video_of(item)
    assert video_id is not None
    sync = window.details_sync
    sync.delay_ms = 60_000  # typing "never" pauses: only the removal can send it
    retype(h, window, "Kept title")
    assert item.id in sync._timers
    window.manager.model.remove(item.id)
    h.qtbot.waitUntil(
        lambda: served(h.emulator, video_id).get("title") == "Kept title", timeout=WAIT_MS
    )
    assert item.id not in sync._timers and sync.status(item.id) is None


def test_an_emptied_title_is_refused_at_once_and_the_old_one_kept(harness: Harness) -> None:
    h = harness
    window = h.window()
    item = uploaded(h, window)
    video_id = item.video_id
    assert video_id is not None
    before = item.title
    edit, guard = window.details.title_edit, window.details.title_guard
    edit.setFocus()
    edit.selectAll()
    h.qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "" and item.title == before
    assert guard.label.isVisibleTo(window) and "needs a title" in guard.label.text()
    h.qtbot.keyClick(edit, Qt.Key.Key_Return)  # leaving it empty puts the title back
    assert edit.text() == before
    h.qtbot.keyClicks(edit, " again")
    assert not guard.label.isVisibleTo(window) and item.title == before + " again"
    h.qtbot.waitUntil(
        lambda: served(h.emulator, video_id).get("title") == item.title, timeout=WAIT_MS
    )


def test_a_stored_edit_that_cannot_be_sent_is_not_tried_at_every_start(
    harness: Harness, tmp_path: Path
) -> None:
    """An empty title kept by an earlier version, or one api.video refuses: tried once, then
    no longer due."""
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    first = h.window(upload_store=store)
    item = uploaded(h, first)
    assert item.store_id is not None and item.video_id is not None
    first.close_without_asking()
    assert store.edit_details(item.store_id, VideoMetadata(title=""))
    assert [r.id for r in store.details_due()] == [item.store_id]
    second = h.window(upload_store=store)
    h.qtbot.waitUntil(lambda: store.details_due() == [], timeout=WAIT_MS)
    assert served(h.emulator, item.video_id).get("title") == item.title
    second.manager.shutdown(5000)


def test_recently_deleted_lists_the_latest_deletion_first(harness: Harness, tmp_path: Path) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    environment = Environment(EnvironmentKind.CUSTOM, h.emulator.base_url)
    deleted_at = {"Made first": 300.0, "Made second": 100.0, "Made third": 200.0}
    for n, (title, when) in enumerate(deleted_at.items()):
        file_id = store.add_file(
            h.video_file(f"{n}.mp4", MIB),
            environment=environment,
            auth_kind="api_key",
            metadata=VideoMetadata(title=title),
        )
        store.set_video_id(file_id, f"vi{n}")
        store.set_state(file_id, FileState.DONE)
        store.mark_discarded(file_id, time.time() - when)
    window = h.window(upload_store=store)
    history, edits = window.history, window.history.edits
    assert edits is not None
    edits.deleted_check.setChecked(True)
    history.refresh()
    cells = [history.table.item(row, 0) for row in range(history.table.rowCount())]
    titles = [cell.text() if cell is not None else "" for cell in cells]
    assert titles == ["Made second", "Made third", "Made first"]
