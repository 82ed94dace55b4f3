"""Every control a person can reach or press tells a screen reader what it is."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import resolver_for
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.video_links import VideoLinks
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.chunk_strip import ChunkStrip
from uploader_gui.gui.details_panel import DetailsPanel
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState, QueueItem, StripState
from uploader_gui.gui.settings_dialog import SettingsDialog

#: A name a screen reader can say: at least one letter or digit ("✕" alone is not one).
_SAYABLE = re.compile(r"\w", re.UNICODE)


def _is_qt_part(widget: QWidget, root: QWidget) -> bool:
    """Parts Qt builds inside its own widgets and names through them: scroll bars, the header
    (its sections are the column names), a table's corner button, the toolbar's overflow
    arrow, the tab bar (each tab is named by its words), a line edit's clear button, and a
    combo box's drop-down list (a window of its own, named by the combo box). A widget that
    hands its focus to another (a tab widget to its tab bar) is named through that one."""
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, (QScrollBar, QHeaderView))
        or isinstance(widget.parent(), QLineEdit)
        or widget.window() is not root.window()
        or widget.focusProxy() is not None
    )


def _needs_a_name(widget: QWidget, root: QWidget) -> bool:
    """Focusable (Tab or click), or pressed or dragged with the mouse (buttons, sliders), and
    not hidden on its own: a widget hidden by itself (a notice's action before it has words)
    is never shown as it is, while the children of a hidden section (the details panel's
    links) are checked, since they show as they are."""
    if widget.isHidden() or _is_qt_part(widget, root):
        return False
    focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    return focusable or isinstance(widget, (QAbstractButton, QAbstractSlider))


def unnamed(root: QWidget) -> list[str]:
    """Controls under ``root`` with no name a screen reader can say.

    The name is the one Qt gives assistive technology (``QAccessibleInterface.text(Name)``),
    so a button's own words, a form row's label (its buddy) and ``setAccessibleName`` all
    count, the way they count for Orca or NVDA; a tooltip does not, and neither does a name
    made only of symbols."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _needs_a_name(widget, root):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not _SAYABLE.search(name or ""):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {name!r}")
    return missing


def test_every_control_of_the_window_has_a_name(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: QtBot
) -> None:
    window = make_window()
    window.add_paths([video_file("clip.mp4", 1024)])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    assert unnamed(window) == []
    assert window.table.accessibleName() == "Upload queue"


def test_every_control_of_the_settings_dialog_has_a_name(
    qtbot: QtBot, store: SecretStore, app_settings: AppSettings
) -> None:
    dialog = SettingsDialog(UploadPreferences(), store, app_settings, resolver_for(None))
    qtbot.addWidget(dialog)
    assert unnamed(dialog) == []


def test_the_details_panel_with_links_has_names(qtbot: QtBot) -> None:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    item = QueueItem(path=Path("/videos/clip.mp4"), size=10, started=True)
    item.state = ItemState.READY
    item.links = VideoLinks(player="https://embed.api.video/vod/vi1", hls="https://x/h.m3u8")
    panel.show_item(item)
    assert unnamed(panel) == []


def test_the_chunk_strip_tells_its_value(qtbot: QtBot) -> None:
    strip = ChunkStrip()
    qtbot.addWidget(strip)
    states = bytes([StripState.DONE] * 12 + [StripState.SENDING] * 2 + [StripState.WAITING] * 19)
    strip.set_chunks(states, [1.0] * 33, [1] * 33)
    face = QAccessible.queryAccessibleInterface(strip)
    assert face is not None
    assert face.text(QAccessible.Text.Name) == "Progress of each part"
    assert face.text(QAccessible.Text.Description) == "12 of 33 parts sent, 2 sending"
    strip.set_chunks(states, [1.0] * 33, [1] * 33, paused=True)
    assert "sending" not in face.text(QAccessible.Text.Description)
