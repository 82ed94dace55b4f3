"""From upload to shareable, through the window against the emulator: encoding words, links,
thumbnail, notifications, history, templates, and the "already uploaded" question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidget

from tests.gui.conftest import Harness
from tests.gui.test_saved_queue import upload_token_for
from tests.gui.test_upload_flow import WAIT_MS, drop, state_of
from uploader_gui.core.duplicates import FINGERPRINT_KEY
from uploader_gui.core.fingerprint import fingerprint
from uploader_gui.core.limits import MIB
from uploader_gui.core.reasons import Why
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.core.title_template import MetadataTemplate
from uploader_gui.gui.app_settings import AppSettings
from uploader_gui.gui.engine_jobs import DuplicateChoice
from uploader_gui.gui.main_window import TAB_HISTORY, MainWindow
from uploader_gui.gui.notifier import TITLE_FAILED, TITLE_READY
from uploader_gui.gui.problem_words import token_no_check_words
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.queue_model import COL_NAME


def record_notifications(window: MainWindow) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    window.notifier.notified.connect(lambda title, text: told.append((title, text)))
    return told


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    cell = table.item(row, column)
    assert cell is not None, f"no cell at row {row}, column {column}"
    return cell.text()


def upload_one(h: Harness, window: MainWindow, path: Path) -> QueueItem:
    drop(window, path)
    h.qtbot.waitUntil(lambda: any(i.path == path for i in window.model.items))
    item = next(i for i in window.model.items if i.path == path and not i.state.finished)
    h.qtbot.waitUntil(lambda: item.state.finished and not window.manager.busy, timeout=WAIT_MS)
    return item


def test_a_finished_video_shows_its_qualities_thumbnail_links_and_tells_the_tray(
    harness: Harness,
) -> None:
    h = harness
    h.emulator.encoding_delay = 4.5  # 360p, 720p, 1080p each take 1.5 s: time to see them
    window = h.window()
    told = record_notifications(window)
    seen: list[str] = []
    window.manager.item_changed.connect(
        lambda i: seen.append(window.model.find(i).state_text())  # type: ignore[union-attr]
    )
    item = upload_one(h, window, h.video_file("Beach_day.mp4", 6 * MIB))
    assert item.state is ItemState.READY, item.state_text()
    # Watchable is done: the news does not wait for the better qualities, which are still
    # followed in the background.
    assert [t for t, _ in told] == [TITLE_READY]
    assert item.state_text() != "Ready to watch · 1080p ready"
    assert window.manager.following_ids() == [item.id]
    h.qtbot.waitUntil(lambda: not window.manager.active_ids(), timeout=WAIT_MS)
    # Processing, then ready to watch, then each better quality as it finishes.
    assert any(s.startswith("Processing") for s in seen), seen
    readies = [s for s in seen if s.startswith("Ready to watch ·")]
    assert readies[0] == "Ready to watch · 360p ready", seen
    assert item.state_text() == "Ready to watch · 1080p ready"
    # The links, the HLS address and the thumbnail, in the row and in the panel.
    assert item.links.hls.endswith("/hls/manifest.m3u8") and item.links.player
    h.qtbot.waitUntil(lambda: bool(item.thumbnail), timeout=WAIT_MS)
    assert item.thumbnail.startswith(b"\x89PNG")
    row = window.model.row_of(item.id)
    icon = window.model.index(row, COL_NAME).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    window.table.selectRow(row)
    panel = window.details
    assert panel.thumbnail_label.isVisibleTo(window)
    assert not panel.thumbnail_label.pixmap().isNull()
    panel.copy_hls_button.click()
    assert QGuiApplication.clipboard().text() == item.links.hls
    panel.copy_embed_button.click()
    assert QGuiApplication.clipboard().text() == item.links.embed
    window.act_copy_link.trigger()
    assert QGuiApplication.clipboard().text() == item.links.player
    # One video in the batch: its own news, once, with the link (no summary besides).
    assert told == [(TITLE_READY, f"“Beach day” is ready to watch.\n{item.links.player}")]


def test_failures_are_notified_and_the_setting_silences_everything(harness: Harness) -> None:
    h = harness
    window = h.window(key="wrong-key")
    told = record_notifications(window)
    item = upload_one(h, window, h.video_file("a.mp4", 6 * MIB))
    assert item.state is ItemState.FAILED
    h.qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert told[0][0] == TITLE_FAILED and "“a.mp4” could not be uploaded: The API key" in told[0][1]
    assert len(told) == 1

    h.prefs.notifications = False
    quiet = h.window()
    assert not quiet.notifier.enabled
    silent = record_notifications(quiet)
    done = upload_one(h, quiet, h.video_file("b.mp4", 6 * MIB))
    assert done.state is ItemState.READY and silent == []


def test_history_lists_finished_uploads_searchably_with_links(
    harness: Harness, tmp_path: Path
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = h.window(upload_store=store)
    first = upload_one(h, window, h.video_file("Lecture_01.mp4", 6 * MIB))
    upload_one(h, window, h.video_file("Garden tour.mp4", 6 * MIB))
    window.tabs.setCurrentIndex(TAB_HISTORY)
    history = window.history
    assert [r.metadata.title for r in history.records] == ["Garden tour", "Lecture 01"]
    assert cell_text(history.table, 0, 4) == "Uploaded"
    history.search_edit.setText("lecture")
    h.qtbot.waitUntil(lambda: len(history.records) == 1)
    assert history.records[0].state is FileState.DONE
    history.table.selectRow(0)
    assert history.copy_link_button.isEnabled()
    history.copy_link_button.click()
    assert QGuiApplication.clipboard().text() == first.links.player
    history.search_edit.setText("nothing like this")
    h.qtbot.waitUntil(lambda: not history.records)
    assert "Nothing matches" in history.hint.text() and not history.copy_link_button.isEnabled()
    # Clearing finished files from the queue keeps their history.
    window.act_clear_done.trigger()
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=WAIT_MS)
    history.search_edit.clear()
    h.qtbot.waitUntil(lambda: len(history.records) == 2)
    store.close()


def test_a_drop_takes_the_environments_template_and_stays_editable(harness: Harness) -> None:
    h = harness
    h.emulator.faults.bandwidth = 1 * MIB  # slow enough to edit the second file first
    h.prefs.parallel_files = 1
    window = h.window()
    assert window.environment is not None
    window.settings.set_template(
        window.environment.keyring_name,
        MetadataTemplate("{folder} – {name} #{n}", ("class", "2026"), public=False),
    )
    one, two = h.video_file("intro_part.mp4", 6 * MIB), h.video_file("second.mp4", 6 * MIB)
    drop(window, one, two)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    a, b = window.model.items
    assert (a.title, b.title) == ("videos – intro part #1", "videos – second #2")
    assert a.tags == b.tags == ["class", "2026"] and not a.public and not b.public
    window.table.selectRow(1)
    window.details.title_edit.clear()
    h.qtbot.keyClicks(window.details.title_edit, "My own title")
    assert b.title == "My own title" and b.state is ItemState.WAITING
    h.emulator.faults.bandwidth = 0
    h.qtbot.waitUntil(lambda: not window.manager.busy and b.state.finished, timeout=WAIT_MS)
    videos = {v["videoId"]: v for v in h.emulator.videos()}
    first, second = videos[str(a.video_id)], videos[str(b.video_id)]
    assert first["title"] == "videos – intro part #1" and second["title"] == "My own title"
    assert first["tags"] == ["class", "2026"] and first["public"] is False
    # The fingerprint rides along, for the next "already uploaded?" question.
    assert {"key": FINGERPRINT_KEY, "value": fingerprint(one)} in first["metadata"]


def answer_when_asked(h: Harness, window: MainWindow, choice: DuplicateChoice) -> None:
    h.qtbot.waitUntil(lambda: window.duplicate_box is not None, timeout=WAIT_MS)
    box = window.duplicate_box
    assert box is not None and "Already uploaded on" in box.text()
    window.duplicate_buttons[choice].click()


def test_already_uploaded_asks_and_each_answer_does_what_it_says(harness: Harness) -> None:
    h = harness
    window = h.window()
    opened: list[str] = []
    window.open_url = opened.append
    path = h.video_file("Wedding.mp4", 6 * MIB)
    original = upload_one(h, window, path)
    assert original.state is ItemState.READY and window.duplicate_box is None
    count = len(h.emulator.videos())

    # Skip: nothing is sent, and the row leads to the video already there.
    window.manager.remove([original.id])
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state is ItemState.ASKING, timeout=WAIT_MS)
    assert item.state_text().startswith("Waiting for your answer · Already uploaded on")
    answer_when_asked(h, window, DuplicateChoice.SKIP)
    h.qtbot.waitUntil(lambda: item.state is ItemState.SKIPPED, timeout=WAIT_MS)
    assert item.links.player == original.links.player and item.video_id == original.video_id
    assert item.state_text().startswith("Skipped: already uploaded on")
    assert len(h.emulator.videos()) == count and opened == []

    # Open: the earlier video opens in the browser; still nothing is sent.
    window.manager.remove([item.id])
    drop(window, path)
    answer_when_asked(h, window, DuplicateChoice.OPEN)
    h.qtbot.waitUntil(lambda: window.model.item(0).state is ItemState.SKIPPED, timeout=WAIT_MS)
    assert opened == [original.links.player] and len(h.emulator.videos()) == count

    # Upload again: a second, complete video of the same file.
    window.manager.remove([window.model.item(0).id])
    drop(window, path)
    answer_when_asked(h, window, DuplicateChoice.UPLOAD_AGAIN)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    again = window.model.item(0)
    h.qtbot.waitUntil(lambda: again.state is ItemState.READY, timeout=WAIT_MS)
    assert again.video_id != original.video_id and len(h.emulator.videos()) == count + 1
    stored = h.emulator.source_path(str(again.video_id))
    assert stored is not None and stored.read_bytes() == path.read_bytes()


def test_retry_on_a_skipped_file_uploads_it_without_asking_again(harness: Harness) -> None:
    h = harness
    window = h.window()
    path = h.video_file("Talk.mp4", 6 * MIB)
    original = upload_one(h, window, path)
    window.manager.remove([original.id])
    drop(window, path)
    answer_when_asked(h, window, DuplicateChoice.SKIP)
    h.qtbot.waitUntil(lambda: window.model.item(0).state is ItemState.SKIPPED, timeout=WAIT_MS)
    item = window.model.item(0)
    window._update_chrome()
    assert not window.act_retry_all.isEnabled()  # "all failed" never means "skipped ones"
    window.act_retry_all.trigger()
    assert item.state is ItemState.SKIPPED
    window.manager.retry([item.id])
    h.qtbot.waitUntil(lambda: state_of(item) is ItemState.READY, timeout=WAIT_MS)
    assert window.duplicate_box is None and item.video_id != original.video_id


def test_an_upload_token_uploads_without_a_lookup_and_says_why(
    harness: Harness, app_settings: AppSettings
) -> None:
    h = harness
    path = h.video_file("Token clip.mp4", 6 * MIB)
    env_name = f"custom:{h.emulator.base_url}"
    h.store.set_upload_token(env_name, upload_token_for(h.emulator.base_url))
    app_settings.set_uses_upload_token(env_name, True)
    window = h.make_window(h.emulator, prefs=h.prefs)
    listings_before = h.emulator.videos()
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert token_no_check_words() in window.statusBar().currentMessage()
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state.finished, timeout=WAIT_MS)
    assert item.state is ItemState.UPLOADED and window.duplicate_box is None
    assert len(h.emulator.videos()) == len(listings_before) + 1


def test_a_skipped_file_leaves_the_saved_queue_and_shows_in_the_history(
    harness: Harness, tmp_path: Path
) -> None:
    h = harness
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = h.window(upload_store=store)
    path = h.video_file("Concert.mp4", 6 * MIB)
    original = upload_one(h, window, path)
    window.manager.remove([original.id])  # out of the list, still in the history
    drop(window, path)
    answer_when_asked(h, window, DuplicateChoice.SKIP)
    h.qtbot.waitUntil(lambda: window.model.item(0).state is ItemState.SKIPPED, timeout=WAIT_MS)
    assert store.unfinished() == []
    row, done = store.history()
    assert row.state is FileState.CANCELLED
    assert row.last_error is not None and row.last_error.why is Why.SKIPPED_EARLIER
    assert done.state is FileState.DONE and done.video_id == original.video_id
    window.tabs.setCurrentIndex(TAB_HISTORY)
    assert cell_text(window.history.table, 0, 4).startswith("Cancelled — Skipped: already")
    store.close()


def test_without_a_saved_list_the_history_says_why_it_is_empty(harness: Harness) -> None:
    window = harness.window()
    window.tabs.setCurrentIndex(TAB_HISTORY)
    assert window.history.records == [] and window.history.hint.isVisibleTo(window)
    assert "keep none" in window.history.hint.text()


def test_cancelling_a_file_while_asked_closes_the_question(harness: Harness) -> None:
    h = harness
    window = h.window()
    path = h.video_file("Asked.mp4", 6 * MIB)
    original = upload_one(h, window, path)
    count = len(h.emulator.videos())
    window.manager.remove([original.id])
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.duplicate_box is not None, timeout=WAIT_MS)
    item = window.model.item(0)
    window.manager.cancel([item.id])
    h.qtbot.waitUntil(lambda: item.state is ItemState.CANCELLED, timeout=WAIT_MS)
    h.qtbot.waitUntil(lambda: window.duplicate_box is None)
    assert len(h.emulator.videos()) == count


def test_a_failed_lookup_is_told_and_the_file_still_uploads(harness: Harness) -> None:
    h = harness
    h.emulator.faults.listing_unavailable = True  # api.video cannot list videos just now
    window = h.window()
    told: list[str] = []
    window.manager.lookup_failed.connect(told.append)
    drop(window, h.video_file("Busy day.mp4", 6 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state in (ItemState.READY, ItemState.UPLOADED), timeout=WAIT_MS)
    assert told == ["Busy day.mp4"] and window.duplicate_box is None
    assert len(h.emulator.videos()) == 1
