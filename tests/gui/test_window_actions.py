"""The window's actions: when each may be used, and what the rows' context menu offers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.gui.app_settings import UploadPreferences
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState


def test_the_actions_follow_the_selection_and_the_queue(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: QtBot
) -> None:
    window = make_window()  # Production without a key: the files wait
    window.add_paths([video_file(f"clip {i}.mp4", MIB) for i in range(2)])
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert window.act_pause_all.isEnabled() and not window.act_resume_all.isEnabled()
    assert not window.act_clear_done.isEnabled()
    window.table.selectRow(0)
    assert window.act_pause.isEnabled() and not window.act_resume.isEnabled()
    assert window.act_down.isEnabled() and not window.act_up.isEnabled()
    window.act_pause.trigger()
    qtbot.waitUntil(lambda: window.model.item(0).state is ItemState.PAUSED)
    assert window.act_resume.isEnabled() and not window.act_pause.isEnabled()
    qtbot.waitUntil(window.act_resume_all.isEnabled)  # the queue-wide ones follow shortly
    window.act_down.trigger()
    assert [i.name for i in window.model.items] == ["clip 1.mp4", "clip 0.mp4"]
    assert window.selected_ids() == [window.model.item(1).id]  # the moved file stays chosen
    assert window.act_up.isEnabled() and not window.act_down.isEnabled()


def context_menu(window: MainWindow) -> QMenu | None:
    """The rows' context menu last opened (a function: each call looks again)."""
    return window.window_actions.context_menu


# A menu pops up: Qt's offscreen platform cannot size, raise or give it the keyboard (this
# marker replaces the suite's own, so it names the size warning again).
@pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)
def test_the_context_menu_offers_the_row_actions(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: QtBot
) -> None:
    window = make_window()
    window.add_paths([video_file("clip.mp4", MIB)])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.apply_preferences(UploadPreferences(environment=EnvironmentKind.SANDBOX))
    window.table.selectRow(0)
    assert window.model.item(0).state is ItemState.ELSEWHERE
    assert window.act_move_here.isEnabled()
    outside = window.table.viewport().rect().bottomRight()
    window.table.customContextMenuRequested.emit(outside)
    assert context_menu(window) is None  # not on a row: no menu
    on_row = window.table.visualRect(window.model.index(0, 0)).center()
    window.table.customContextMenuRequested.emit(on_row)
    menu = context_menu(window)
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Pause",
        "Resume",
        "Cancel",
        "Retry",
        "Still recording",
        "Upload to Sandbox instead",
        "Move up",
        "Move down",
        "Move to top",
        "Move to bottom",
        "Edit details…",
        "Remove",
    ]
    menu.close()
