"""A passing message in the status bar is shortened with "…" before it meets the queue's
summary, never cut mid-letter against it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from uploader_gui.core.limits import MIB
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.status_line import GAP, StatusLine


def test_a_long_message_ends_in_an_ellipsis_a_gap_before_the_summary(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: QtBot
) -> None:
    window = make_window()
    window.add_paths([video_file(f"clip {n}.mp4", MIB) for n in range(3)])
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.resize(640, 480)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    assert isinstance(bar, StatusLine)
    window.summary_label.setText("2 uploading · 1 waiting · 513 MB of 584 MB · about 2 s left")
    long = "A very long file name for a very long talk recorded in one take.mp4: Uploading"
    bar.showMessage(long)
    qtbot.waitUntil(lambda: window.summary_label.geometry().left() > 0)
    room = bar.message_rect()
    assert room.right() <= window.summary_label.geometry().left() - GAP + 1
    shown = bar.shown_message()
    assert shown.endswith("…") and long.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= room.width()
    assert bar.currentMessage() == long  # the whole message is kept (and read out)
    # A short one is shown whole.
    bar.showMessage("Link copied.")
    assert bar.shown_message() == "Link copied."
    bar.grab()  # painted without error, with and without a message
    bar.clearMessage()
    bar.grab()
