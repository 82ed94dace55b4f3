"""Uploading while recording, in the window: a file still being written when it is added goes
up as it grows, the row says so, and it completes with ``part N/N`` once the file settles.

The test writes to the file itself and waits on the row and on the server's own record, never
on a sleep. Parts are 5 MiB, so a few MiB of writing moves the upload on by a part.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from tests.core.engine_helpers import StillRecording, served_bytes, write_video
from tests.gui.conftest import Harness
from tests.gui.test_upload_flow import WAIT_MS, drop, state_of
from tests.test_cli_recording import append, parts_refused, parts_sent
from uploader_gui.core.durable_upload import enqueue
from uploader_gui.core.environments import production
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.recording_problems import RecordingProblem, RecordingReport, StaleVideo
from uploader_gui.core.store import UploadStore
from uploader_gui.gui import recording_words
from uploader_gui.gui.app_settings import AppSettings
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState

PART = 5 * MIB
#: Short, so the test does not wait long once the writing stops; :class:`StillRecording`
#: keeps the file changing while the test acts, so a slow machine never ends it early.
SETTLE = 3.0


def test_a_file_just_written_is_listed_at_once_while_it_is_checked(
    harness: Harness, app_settings: AppSettings, tmp_path: Path
) -> None:
    """A finished export, just written: its row is there as soon as the drop is checked,
    saying "Checking…" and not started; the watch then finds it finished, and it goes up the
    ordinary way."""
    h = harness
    app_settings.set_recording_settle(SETTLE)
    app_settings.set_detect_recordings(True)
    clip = write_video(tmp_path / "export.mp4", 2 * MIB)
    window = h.window()
    listed: list[tuple[str, bool]] = []
    window.scanner.finished.connect(
        lambda _outcome: listed.extend(
            (i.state_text(), i.video_id is None and not i.recording) for i in window.model.items
        )
    )
    os.utime(clip)  # just written, however long the window took to build
    drop(window, clip)
    h.qtbot.waitUntil(lambda: bool(listed), timeout=WAIT_MS)
    assert listed == [("Checking…", True)]
    item = window.model.item(0)
    h.qtbot.waitUntil(
        lambda: state_of(item) in (ItemState.READY, ItemState.UPLOADED), timeout=WAIT_MS
    )
    assert not item.recording and not item.judging_growth
    video_id = item.video_id
    assert video_id is not None
    assert not any(p.endswith("/*") for p in parts_sent(h.emulator, video_id))


def test_a_growing_file_uploads_as_it_is_written(
    harness: Harness, app_settings: AppSettings, tmp_path: Path
) -> None:
    h = harness
    app_settings.set_recording_settle(SETTLE)
    app_settings.set_detect_recordings(True)
    clip = write_video(tmp_path / "stream.mkv", PART + MIB)
    recorder = StillRecording(clip)
    try:
        window = h.window()
        drop(window, clip)
        h.qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT_MS)
        item = window.model.item(0)
        # Written just now, and still growing while it is watched: taken as a recording.
        h.qtbot.waitUntil(lambda: item.recording, timeout=WAIT_MS)
        h.qtbot.waitUntil(
            lambda: item.recording_waiting and item.recording_sent == PART, timeout=WAIT_MS
        )
        # The first part left while the file was still being written, as an open-ended part.
        video_id = item.video_id
        assert video_id is not None
        assert parts_sent(h.emulator, video_id) == ["part 1/*"]
        assert state_of(item) is ItemState.UPLOADING
        assert item.state_text() == "Recording · 5.24 MB sent, waiting for more"
        append(clip, 7 * MIB)  # 13 MiB: part 2 is whole, with a byte after it
        h.qtbot.waitUntil(
            lambda: item.recording_waiting and item.recording_sent == 2 * PART, timeout=WAIT_MS
        )
        append(clip, MIB + 5)  # the rest is the final part
    finally:
        recorder.stop()
    last_write = time.monotonic()
    h.qtbot.waitUntil(
        lambda: state_of(item) in (ItemState.READY, ItemState.UPLOADED), timeout=WAIT_MS
    )
    # Complete only once the file had not changed for the settle time.
    assert time.monotonic() - last_write >= SETTLE
    assert item.video_id == video_id
    assert item.size == clip.stat().st_size
    assert not window.model.item(0).recording  # ended: no longer "Still recording"
    assert parts_sent(h.emulator, video_id) == ["part 1/*", "part 2/*", "part 3/3"]
    assert parts_refused(h.emulator, video_id) == []
    assert served_bytes(h.emulator, video_id) == clip.read_bytes()
    assert len(h.emulator.videos()) == 1


def test_still_recording_is_switched_on_a_waiting_row(
    make_window: Callable[..., MainWindow], qtbot: object, tmp_path: Path
) -> None:
    # Production without a key: nothing starts, so the row only changes by hand.
    window = make_window()
    clip = write_video(tmp_path / "finished.mp4", MIB)
    old = time.time() - 3600
    os.utime(clip, (old, old))  # written an hour ago: a finished file
    window.add_paths([clip])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)  # type: ignore[attr-defined]
    item = window.model.item(0)
    assert not item.recording
    window.table.selectRow(0)
    action = window.window_actions.still_recording
    window.window_actions.update_for_selection()
    assert action.isEnabled() and not action.isChecked()
    action.trigger()
    assert window.model.item(0).recording
    assert item.state_text() == "Waiting · still recording"
    window.window_actions.update_for_selection()
    assert action.isChecked() and action.isEnabled()  # not started: may be switched back
    action.trigger()
    assert not window.model.item(0).recording
    # The details panel's check box is the same switch.
    check = window.recording_check
    assert check is not None and check.isEnabled() and not check.isChecked()
    check.setChecked(True)
    assert window.model.item(0).recording and action.isChecked()
    check.setChecked(False)
    assert not window.model.item(0).recording
    # A row whose upload began stays a recording until its file settles.
    item.recording, item.started = True, True
    window.window_actions.update_for_selection()
    assert action.isChecked() and not action.isEnabled()
    assert check.isChecked() and not check.isEnabled()


def test_recording_problems_are_said_in_words(qtbot: object) -> None:
    vanished = recording_words.report_words(
        RecordingReport(RecordingProblem.VANISHED, 10 * MIB, -1, "vi1")
    )
    assert "disappeared" in vanished and "10.5 MB sent" in vanished
    shrank = recording_words.report_words(
        RecordingReport(RecordingProblem.SHRANK, 10 * MIB, 2 * MIB, "vi1", StaleVideo.DELETED)
    )
    assert "shorter" in shrank and "incomplete video was deleted" in shrank
    again = recording_words.sent_again_words(
        RecordingReport(RecordingProblem.REWRITTEN, 5 * MIB, 9 * MIB, "vi1", StaleVideo.MARKED)
    )
    assert "uploaded again as a new video" in again and "[incomplete, replaced]" in again


def test_a_saved_recording_is_listed_as_one_after_a_restart(
    make_window: Callable[..., MainWindow], qtbot: object, tmp_path: Path
) -> None:
    store = UploadStore(tmp_path / "uploads.sqlite3")
    clip = write_video(tmp_path / "obs.mkv", MIB)
    row = enqueue(
        store,
        clip,
        environment=production(),
        auth_kind="api_key",
        metadata=VideoMetadata(title="obs"),
        recording_settle=SETTLE,
    )
    store.set_video_id(row, "vi_recording")
    # Production without a key: nothing starts, the saved row is only listed.
    window = make_window(upload_store=store)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)  # type: ignore[attr-defined]
    item = window.model.item(0)
    assert item.recording and item.video_id == "vi_recording"
    assert item.state_text() == "Waiting · still recording"
    # Its recording goes on into the same video: it cannot be switched to a new one.
    assert not window.manager.can_switch_recording(item, True)
    assert not window.manager.can_switch_recording(item, False)
