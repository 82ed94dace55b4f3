"""The window from the keyboard alone: Tab through its regions, and the shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from uploader_gui.core.limits import MIB
from uploader_gui.core.video_links import VideoLinks
from uploader_gui.gui.main_window import TAB_HISTORY, TAB_QUEUE, MainWindow
from uploader_gui.gui.queue_item import ItemState

LINK = "https://embed.api.video/vod/vi42"


def _window_with_rows(
    make_window: Callable[..., MainWindow],
    video_file: Callable[..., Path],
    qtbot: QtBot,
    count: int = 2,
) -> MainWindow:
    """Production without a key: the files wait in the queue, nothing moves on its own."""
    window = make_window()
    window.add_paths([video_file(f"clip {i}.mp4", MIB) for i in range(count)])
    qtbot.waitUntil(lambda: window.model.rowCount() == count)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _with_link(window: MainWindow, row: int) -> None:
    """The row's file as it is once uploaded: ready, with its player link."""
    item = window.model.item(row)
    item.state = ItemState.READY
    item.started = True
    item.links = VideoLinks(player=LINK, embed="<iframe></iframe>", hls=LINK + ".m3u8")
    window.model.refresh_item(item.id)
    window.manager.item_changed.emit(item.id)


def _key(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key pressed and let go on ``widget``, as the keyboard sends it; then the modifier is
    let go too, or Qt would go on thinking it held (and ``selectRow`` add to the selection in
    the tests that follow)."""
    qtbot.keyClick(widget, key, modifier)  # type: ignore[no-untyped-call]
    if modifier != Qt.KeyboardModifier.NoModifier:
        qtbot.keyRelease(widget, Qt.Key.Key_Control)  # type: ignore[no-untyped-call]
        assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def _select(window: MainWindow, row: int) -> None:
    """Only ``row``, whatever modifier key the keyboard clicks before left Qt thinking held
    (``selectRow`` would add to the selection while Ctrl seems down)."""
    flags = QItemSelectionModel.SelectionFlag
    window.table.selectionModel().setCurrentIndex(
        window.model.index(row, 0), flags.ClearAndSelect | flags.Rows
    )


def _press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    """``key`` to the widget with the keyboard; returns the one that has it afterwards."""
    focused = QApplication.focusWidget()
    assert focused is not None
    _key(qtbot, focused, key, modifier)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def test_tab_leaves_the_queue_and_reaches_the_links(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: QtBot
) -> None:
    window = _window_with_rows(make_window, video_file, qtbot)
    _with_link(window, 0)
    _select(window, 0)
    details = window.details
    assert details.links.isVisible()
    window.table.setFocus()
    assert QApplication.focusWidget() is window.table
    # One Tab leaves the list (it used to walk the cells), then the details in reading order.
    seen = [_press(qtbot, Qt.Key.Key_Tab) for _ in range(10)]
    assert seen[0] is details.title_edit
    expected = [
        details.title_edit,
        details.description_edit,  # Tab moves on from the description, never types a tab
        details.tags_edit,
        details.public_check,  # privacy can change after the upload too
        details.link_field,
        details.copy_link_button,
        details.copy_embed_button,
        details.copy_hls_button,
        details.open_button,
    ]
    # The ready file's MP4 choice is locked (disabled), so Tab passes it by.
    assert seen[: len(expected)] == expected
    # Shift+Tab goes back the same way, and from the list to the tabs and the toolbar.
    window.table.setFocus()
    back = [_press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) for _ in range(3)]
    assert back[0] is window.tabs.tabBar()
    assert back[1] is window.change_button
    assert back[2] in window.window_actions.toolbar_buttons(window.toolbar)


def test_tab_goes_from_the_toolbar_to_the_environment_to_the_list(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: QtBot
) -> None:
    window = _window_with_rows(make_window, video_file, qtbot)
    _select(window, 0)
    # The ones on screen and usable (a narrow window folds the last ones into its overflow).
    buttons = [
        b
        for b in window.window_actions.toolbar_buttons(window.toolbar)
        if b.isEnabled() and b.isVisible()
    ]
    buttons[0].setFocus()
    seen = [_press(qtbot, Qt.Key.Key_Tab) for _ in range(len(buttons) + 2)]
    assert seen[: len(buttons) - 1] == buttons[1:]
    assert seen[len(buttons) - 1 :] == [window.change_button, window.tabs.tabBar(), window.table]


def test_ctrl_c_in_the_list_copies_the_link_else_the_name(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: QtBot
) -> None:
    window = _window_with_rows(make_window, video_file, qtbot)
    _with_link(window, 0)
    clipboard = QGuiApplication.clipboard()
    window.table.setFocus()
    _select(window, 0)
    clipboard.clear()
    _key(qtbot, window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == LINK
    # A row with no link yet: Ctrl+C keeps copying what the list shows.
    _select(window, 1)
    _key(qtbot, window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "clip 1.mp4"


def test_pause_resume_and_retry_from_the_keyboard(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: QtBot
) -> None:
    window = _window_with_rows(make_window, video_file, qtbot, count=1)
    window.table.setFocus()
    _select(window, 0)
    item = window.model.item(0)
    assert window.act_pause.isEnabled(), item.state
    _key(qtbot, window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: item.state is ItemState.PAUSED)
    _key(qtbot, window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: item.state is ItemState.WAITING)
    window.act_cancel.trigger()
    qtbot.waitUntil(lambda: item.state is ItemState.CANCELLED)
    _key(qtbot, window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: item.state is ItemState.WAITING)


def test_history_and_add_folder_have_keys(
    make_window: Callable[..., MainWindow],
    video_file: Callable[..., Path],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window_with_rows(make_window, video_file, qtbot, count=1)
    window.table.setFocus()
    _key(qtbot, window.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == TAB_HISTORY
    focused = QApplication.focusWidget()
    assert focused is not None
    _key(qtbot, focused, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == TAB_QUEUE
    asked: list[bool] = []

    def chooser(*args: object) -> str:
        asked.append(True)
        return ""  # the person closed the folder chooser

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", chooser)
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _key(qtbot, window.table, Qt.Key.Key_O, both)
    assert asked == [True]


def test_help_lists_the_shortcuts_the_log_and_the_version(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    help_menu = window.help_menu
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    help_menu.show_shortcuts()
    box = help_menu.box
    assert box is not None
    for line in ("Ctrl+Shift+O\tAdd folder", "Ctrl+P\tPause or resume", "Ctrl+R\tRetry"):
        assert line in box.text()
    assert "Ctrl+C\tCopy link" in box.text() and "Ctrl+H\tHistory" in box.text()
    box.close()
    help_menu.log_path = tmp_path / "uploader-gui.log"
    help_menu.show_logs()
    assert help_menu.box is not None and str(tmp_path / "uploader-gui.log") in help_menu.box.text()
    help_menu.box.close()
    help_menu.show_about()
    assert help_menu.box is not None and "0." in help_menu.box.text()
    help_menu.box.close()
