"""Attachments left pending by an earlier run are sent at the next start; with an upload token
they are told as skipped (an API key is needed), not as failing; the History brings a video back
into the queue to add captions."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import Harness
from tests.gui.test_attachments_flow import SRT, VTT, result_state, section_lines, served
from tests.gui.test_saved_queue import upload_token_for
from tests.gui.test_upload_flow import WAIT_MS, drop
from uploader_gui.core.attachments import Attachment, AttachmentKind, AttachmentState
from uploader_gui.core.limits import MIB
from uploader_gui.core.store import UploadStore
from uploader_gui.gui.app_settings import AppSettings
from uploader_gui.gui.attachment_words import MSG_SKIPPED_FOR_TOKEN
from uploader_gui.gui.queue_item import ItemState


def test_attachments_pending_when_the_window_closed_go_at_the_next_start(
    harness: Harness, tmp_path: Path
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    h.emulator.faults.fail_attachments_matching = "/captions/en"  # api.video busy for captions
    first = h.window(upload_store=store)
    video = h.video_file("talk.mp4", 2 * MIB)
    (video.parent / "talk.srt").write_bytes(SRT)
    drop(first, video)
    h.qtbot.waitUntil(lambda: bool(store.with_attachments_to_send()), timeout=WAIT_MS)
    first.close_without_asking()
    record = store.with_attachments_to_send()[0]
    assert record.video_id is not None
    assert served(h.emulator, record.video_id, "captions/en.vtt").status_code == 404
    h.emulator.faults.fail_attachments_matching = ""
    second = h.window(upload_store=store)
    h.qtbot.waitUntil(lambda: second.model.rowCount() == 1, timeout=WAIT_MS)
    item = second.model.item(0)
    assert item.video_id == record.video_id and item.state is ItemState.UPLOADED
    h.qtbot.waitUntil(
        lambda: result_state(item, "caption:en") is AttachmentState.SENT, timeout=WAIT_MS
    )
    assert served(h.emulator, record.video_id, "captions/en.vtt").text == VTT
    assert store.with_attachments_to_send() == []
    second.manager.shutdown(5000)


def test_with_an_upload_token_sidecars_are_skipped_with_one_note(
    harness: Harness, app_settings: AppSettings
) -> None:
    h = harness
    env_name = f"custom:{h.emulator.base_url}"
    h.store.set_upload_token(env_name, upload_token_for(h.emulator.base_url))
    app_settings.set_uses_upload_token(env_name, True)
    window = h.window()
    video = h.video_file("talk.mp4", 2 * MIB)
    (video.parent / "talk.srt").write_bytes(SRT)
    (video.parent / "talk.chapters.txt").write_text("0:00 Intro\n0:01 More\n")
    drop(window, video)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state is ItemState.UPLOADED, timeout=WAIT_MS)
    h.qtbot.waitUntil(lambda: not window.manager.active_ids(), timeout=WAIT_MS)
    window.table.selectRow(0)
    lines = section_lines(window)
    assert len(lines) == 2 and all(line.endswith("— Skipped") for line in lines)
    assert item.detail == MSG_SKIPPED_FOR_TOKEN
    note = window.details.attachments.problem_label
    assert note.text() == MSG_SKIPPED_FOR_TOKEN and "5f6b7a" in note.styleSheet()
    assert "Failed" not in item.state_text()


def test_the_history_brings_a_video_back_to_add_captions(harness: Harness, tmp_path: Path) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = h.window(upload_store=store)
    video = h.video_file("talk.mp4", 2 * MIB)
    drop(window, video)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    h.qtbot.waitUntil(lambda: window.model.item(0).state is ItemState.READY, timeout=WAIT_MS)
    h.qtbot.waitUntil(lambda: not window.manager.active_ids(), timeout=WAIT_MS)
    window.manager.remove(window.manager.all_ids())
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    window.show_history(True)
    window.history.refresh()
    window.history.table.selectRow(0)
    edits = window.history.edits
    assert edits is not None and edits.attachments_button.isEnabled()
    edits.attachments_button.click()
    assert window.model.rowCount() == 1
    item = window.model.item(0)
    assert window.details.item is item and item.state is ItemState.UPLOADED
    captions = video.parent / "later.fr.srt"
    captions.write_bytes(SRT)
    window.manager.set_attachment(item.id, Attachment(AttachmentKind.CAPTION, captions, "fr"))
    h.qtbot.waitUntil(
        lambda: result_state(item, "caption:fr") is AttachmentState.SENT, timeout=WAIT_MS
    )
    assert served(h.emulator, str(item.video_id), "captions/fr.vtt").text == VTT
