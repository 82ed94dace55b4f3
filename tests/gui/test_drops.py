"""Drops and the empty state: videos are queued, everything else is listed once, not added."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from uploader_gui.core.limits import MIB
from uploader_gui.gui.drop_intake import local_paths
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState


def mime_for(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_empty_window_invites_a_drop(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert window.windowTitle() == "api.video Uploader"
    assert window.stack.currentWidget() is window.drop_area
    assert window.drop_area.title.text() == "Drop videos here"
    assert window.drop_area.add_files_button.text() == "Add videos…"
    assert window.drop_area.add_folder_button.text() == "Add folder…"


def test_real_drop_event_of_files_and_a_folder_with_rejects(
    make_window: Callable[..., MainWindow],
    video_file: Callable[..., Path],
    tmp_path: Path,
    qtbot: object,
) -> None:
    window = make_window()  # Production without a key: nothing starts, the queue just fills
    one = video_file("one.mp4", MIB)
    folder = tmp_path / "card"
    (folder / "DCIM").mkdir(parents=True)
    from uploader_gui.gui.demo_server import write_sample_video

    write_sample_video(folder / "clip 2.mov", MIB)
    write_sample_video(folder / "clip 10.mov", MIB)
    write_sample_video(folder / "DCIM" / "deep.mp4", MIB)
    (folder / "notes.txt").write_text("shot list\n")
    (folder / "empty.mp4").write_bytes(b"")
    mime = mime_for(one, folder)
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)  # type: ignore[attr-defined]
    names = [i.name for i in window.model.items]
    assert names == ["one.mp4", "clip 2.mov", "clip 10.mov", "deep.mp4"]
    assert all(i.state is ItemState.WAITING for i in window.model.items)
    assert window.stack.currentWidget() is window.splitter
    assert window.skipped_notice.isVisible()
    assert window.skipped_notice.label.text() == "2 files skipped because they cannot be uploaded."
    skipped = dict((p.name, why) for p, why in window.last_skipped)
    assert set(skipped) == {"notes.txt", "empty.mp4"}
    assert all(skipped.values())
    window.skipped_notice.button.click()
    assert "notes.txt" in window.skipped_box.detailedText()
    window.skipped_box.close()
    # Dropping the same files again does not queue them twice.
    window.handle_drop(mime_for(one))
    qtbot.wait(300)  # type: ignore[attr-defined]
    assert window.model.rowCount() == 4
    window.skipped_notice.close_button.click()
    assert not window.skipped_notice.isVisible()


def test_non_file_drops_are_refused(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/video.mp4")])
    assert local_paths(web) == []
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        web,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    text = QMimeData()
    text.setText("hello")
    assert not window.handle_drop(text)


def test_queue_actions_follow_the_selection(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: object
) -> None:
    window = make_window()
    files = [video_file(f"v{i}.mp4", MIB) for i in range(3)]
    window.add_paths(files)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)  # type: ignore[attr-defined]
    window.table.clearSelection()
    window.table.selectRow(2)
    assert window.act_up.isEnabled() and not window.act_down.isEnabled()
    window.act_up.trigger()
    assert [i.name for i in window.model.items] == ["v0.mp4", "v2.mp4", "v1.mp4"]
    assert window.selected_ids() == [window.model.item(1).id]
    window.act_pause.trigger()
    assert window.model.item(1).state is ItemState.PAUSED
    assert window.act_resume.isEnabled()
    window.act_resume.trigger()
    assert window.model.item(1).state is ItemState.WAITING
    window.act_cancel.trigger()
    assert window.model.item(1).state is ItemState.CANCELLED
    assert window.act_retry.isEnabled()
    window.act_remove.trigger()
    assert [i.name for i in window.model.items] == ["v0.mp4", "v1.mp4"]
    window.act_clear_done.trigger()  # nothing finished: nothing removed
    assert window.model.rowCount() == 2
