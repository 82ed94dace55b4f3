"""Captions, chapters and thumbnails through the window's own path: found next to a dropped
video, listed in the details panel, sent after the upload to the emulator, and sent again
alone once a broken file is fixed."""

from __future__ import annotations

from pathlib import Path

import requests

from tests.gui.conftest import Harness
from tests.gui.test_upload_flow import WAIT_MS, drop, state_of
from uploader_gui.core.attachments import Attachment, AttachmentKind, AttachmentState
from uploader_gui.core.limits import MIB
from uploader_gui.core.store import UploadStore
from uploader_gui.emulator import Emulator
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState, QueueItem, StripState

#: A SubRip file as Windows tools write it: a BOM, CRLF line ends, comma decimals.
SRT = (
    b"\xef\xbb\xbf1\r\n00:00:01,000 --> 00:00:02,500\r\nHello there\r\n\r\n"
    b"2\r\n00:00:03,000 --> 00:00:04,000\r\nSecond cue\r\n"
)
VTT = (
    "WEBVTT\n\n"
    "00:00:01.000 --> 00:00:02.500\nHello there\n\n"
    "00:00:03.000 --> 00:00:04.000\nSecond cue\n"
)


def served(emulator: Emulator, video_id: str, what: str) -> requests.Response:
    return requests.get(f"{emulator.base_url}/vod/{video_id}/{what}", timeout=10)


def result_state(item: QueueItem, key: str) -> AttachmentState | None:
    held = item.attachment_results.get(key)
    return held.state if held is not None else None


def section_lines(window: MainWindow) -> list[str]:
    shown = window.details.attachments.list
    return [shown.item(n).text() for n in range(shown.count())]


def test_a_dropped_video_takes_its_subtitles_along_as_webvtt(harness: Harness) -> None:
    h = harness
    window = h.window()
    video = h.video_file("talk.mp4", 6 * MIB)
    (video.parent / "talk.srt").write_bytes(SRT)
    drop(window, video)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    assert [a.key for a in item.attachments] == ["caption:en"]
    window.table.selectRow(0)
    assert section_lines(window) == ["Captions · en · talk.srt — Waiting"]
    h.qtbot.waitUntil(
        lambda: result_state(item, "caption:en") is AttachmentState.SENT, timeout=WAIT_MS
    )
    # Told as soon as it is sent, while api.video still encodes the video.
    h.qtbot.waitUntil(lambda: not window.manager.active_ids(), timeout=WAIT_MS)
    assert state_of(item) is ItemState.READY
    answer = served(h.emulator, str(item.video_id), "captions/en.vtt")
    assert answer.status_code == 200 and answer.text == VTT
    assert section_lines(window) == ["Captions · en · talk.srt — Sent"]
    assert not window.details.attachments.remove_button.isEnabled()  # it is on the video


def test_an_attachment_removed_before_the_upload_is_not_sent(harness: Harness) -> None:
    h = harness
    h.prefs.parallel_files = 1
    h.emulator.faults.bandwidth = 2 * MIB  # the first file takes a while: the second waits
    window = h.window()
    first = h.video_file("first.mp4", 6 * MIB)
    second = h.video_file("second.mp4", 6 * MIB)
    (second.parent / "second.fr.srt").write_bytes(SRT)
    (second.parent / "second.chapters.txt").write_text("0:00 Intro\n0:05 The idea\n")
    drop(window, first, second)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    item = window.model.item(1)
    assert item.state is ItemState.WAITING
    window.table.selectRow(1)
    section = window.details.attachments
    assert section_lines(window) == [
        "Captions · fr · second.fr.srt — Waiting",
        "Chapters · en · second.chapters.txt — Waiting",
    ]
    section.list.setCurrentRow(0)
    assert section.remove_button.isEnabled()
    section.remove_button.click()
    assert [a.key for a in item.attachments] == ["chapters:en"]
    assert section_lines(window) == ["Chapters · en · second.chapters.txt — Waiting"]
    h.emulator.faults.bandwidth = 0
    h.qtbot.waitUntil(
        lambda: result_state(item, "chapters:en") is AttachmentState.SENT, timeout=WAIT_MS
    )
    assert "caption:fr" not in item.attachment_results
    assert served(h.emulator, str(item.video_id), "captions/fr.vtt").status_code == 404
    chapters = served(h.emulator, str(item.video_id), "chapters/en.vtt")
    assert chapters.status_code == 200 and "00:00:00.000 --> 00:00:05.000\nIntro\n" in chapters.text


def test_a_broken_sidecar_is_told_on_the_row_and_sent_alone_once_fixed(harness: Harness) -> None:
    h = harness
    window = h.window()
    video = h.video_file("talk.mp4", 6 * MIB)
    broken = video.parent / "talk.fr.srt"
    broken.write_text("these are just some notes, not subtitles\n")
    drop(window, video)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    window.table.selectRow(0)
    h.qtbot.waitUntil(
        lambda: result_state(item, "caption:fr") is AttachmentState.FAILED, timeout=WAIT_MS
    )
    # The video is uploaded whatever its caption file holds.
    h.qtbot.waitUntil(lambda: not window.manager.active_ids(), timeout=WAIT_MS)
    assert state_of(item) is ItemState.READY
    stored = h.emulator.source_path(str(item.video_id))
    assert stored is not None and stored.read_bytes() == video.read_bytes()
    row_text = window.model.data(window.model.index(0, 2))
    assert row_text.startswith("Ready to watch")
    assert "talk.fr.srt: not a subtitle file" in row_text
    section = window.details.attachments
    assert section_lines(window) == ["Captions · fr · talk.fr.srt — Failed: not a subtitle file"]
    assert section.problem_label.isVisibleTo(window)
    assert section.retry_button.isVisibleTo(window) and section.retry_button.isEnabled()
    assert served(h.emulator, str(item.video_id), "captions/fr.vtt").status_code == 404

    broken.write_bytes(SRT)  # the creator fixes the file, then asks again
    section.retry_button.click()
    h.qtbot.waitUntil(
        lambda: result_state(item, "caption:fr") is AttachmentState.SENT, timeout=WAIT_MS
    )
    h.qtbot.waitUntil(lambda: not window.manager.active_ids(), timeout=WAIT_MS)
    assert state_of(item) is ItemState.READY
    answer = served(h.emulator, str(item.video_id), "captions/fr.vtt")
    assert answer.status_code == 200 and answer.text == VTT
    # Only the caption went: the video was not uploaded a second time.
    assert [v["videoId"] for v in h.emulator.videos()] == [item.video_id]
    row_text = window.model.data(window.model.index(0, 2))
    # The row speaks of encoding again, as before the caption failed.
    assert "not a subtitle file" not in row_text and row_text.endswith("p ready"), row_text
    assert section_lines(window) == ["Captions · fr · talk.fr.srt — Sent"]
    assert not section.retry_button.isVisibleTo(window)


def test_try_again_as_soon_as_the_failure_is_told_sends_it_once_encoding_is_followed(
    harness: Harness,
) -> None:
    """The failure is told before encoding is followed to its end: asked again then, the file
    goes as soon as the video's worker is free (or at once if it already is)."""
    h = harness
    window = h.window()
    video = h.video_file("early.mp4", 6 * MIB)
    broken = video.parent / "early.chapters.txt"
    broken.write_text("0:10 Not at the start\n")
    drop(window, video)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    window.table.selectRow(0)
    h.qtbot.waitUntil(
        lambda: result_state(item, "chapters:en") is AttachmentState.FAILED, timeout=WAIT_MS
    )
    assert "the first chapter must start at 0:00" in section_lines(window)[0]
    broken.write_text("0:00 Start\n0:10 Later\n")
    window.details.attachments.retry_button.click()
    h.qtbot.waitUntil(
        lambda: result_state(item, "chapters:en") is AttachmentState.SENT, timeout=WAIT_MS
    )
    h.qtbot.waitUntil(lambda: not window.manager.active_ids(), timeout=WAIT_MS)
    assert state_of(item) is ItemState.READY
    chapters = served(h.emulator, str(item.video_id), "chapters/en.vtt")
    assert chapters.status_code == 200 and "Later" in chapters.text
    assert [v["videoId"] for v in h.emulator.videos()] == [item.video_id]


def test_subtitles_added_while_the_video_uploads_follow_it(harness: Harness) -> None:
    h = harness
    h.emulator.faults.bandwidth = 2 * MIB
    window = h.window()
    video = h.video_file("busy.mp4", 6 * MIB)
    drop(window, video)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.counters.bytes_done() > 0, timeout=WAIT_MS)
    chosen = video.parent / "subtitles-es.srt"
    chosen.write_bytes(SRT)
    window.table.selectRow(0)
    window.details.attachments.add(Attachment(AttachmentKind.CAPTION, chosen, "es"))
    assert section_lines(window) == ["Captions · es · subtitles-es.srt — Waiting"]
    h.emulator.faults.bandwidth = 0
    h.qtbot.waitUntil(
        lambda: result_state(item, "caption:es") is AttachmentState.SENT, timeout=WAIT_MS
    )
    answer = served(h.emulator, str(item.video_id), "captions/es.vtt")
    assert answer.status_code == 200 and answer.text == VTT
    assert len(h.emulator.videos()) == 1


def test_a_thumbnail_frame_chosen_after_the_upload_is_sent_at_once(harness: Harness) -> None:
    h = harness
    window = h.window()
    drop(window, h.video_file("clip.mp4", 6 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: not window.manager.active_ids(), timeout=WAIT_MS)
    assert state_of(item) is ItemState.READY
    window.table.selectRow(0)
    window.details.attachments.add(Attachment(AttachmentKind.THUMBNAIL, timecode="00:00:01.500"))
    h.qtbot.waitUntil(
        lambda: result_state(item, "thumbnail") is AttachmentState.SENT, timeout=WAIT_MS
    )
    assert h.emulator.picked_thumbnail(str(item.video_id)) == "00:00:01.500"
    assert len(h.emulator.videos()) == 1


def test_an_upload_continued_after_a_restart_lists_and_sends_its_captions(
    harness: Harness, tmp_path: Path
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    h.emulator.faults.bandwidth = 2 * MIB
    first = h.window(upload_store=store)
    video = h.video_file("talk.mp4", 11 * MIB)
    (video.parent / "talk.de.srt").write_bytes(SRT)
    drop(first, video)
    h.qtbot.waitUntil(lambda: first.model.rowCount() == 1)
    item = first.model.item(0)
    h.qtbot.waitUntil(lambda: StripState.DONE in item.counters.strip()[0], timeout=WAIT_MS)
    first.close()  # the upload stops; it continues with its captions the next time
    h.emulator.faults.bandwidth = 0

    second = h.window(upload_store=store)
    h.qtbot.waitUntil(lambda: not second.session.reading)
    again = second.model.item(0)
    assert [a.key for a in again.attachments] == ["caption:de"]
    second.table.selectRow(0)
    assert section_lines(second) == ["Captions · de · talk.de.srt — Waiting"]
    h.qtbot.waitUntil(
        lambda: result_state(again, "caption:de") is AttachmentState.SENT, timeout=WAIT_MS
    )
    answer = served(h.emulator, str(again.video_id), "captions/de.vtt")
    assert answer.status_code == 200 and answer.text == VTT
    assert len(h.emulator.videos()) == 1
