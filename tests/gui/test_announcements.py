"""A screen reader hears when a file's upload changes state, and only then."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Harness
from uploader_gui.core.limits import MIB
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState
from uploader_gui.gui.state_announcer import worth_telling

WAIT_MS = 30_000


def _listen(window: MainWindow) -> list[str]:
    """What the window announces from now on (each event is still passed on to Qt)."""
    heard: list[str] = []

    def post(event: QAccessibleEvent) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        assert event.object() is window.table
        heard.append(event.message())
        QAccessible.updateAccessibility(event)

    window.announcer.post = post
    return heard


def test_a_state_change_is_announced_and_a_refresh_is_not(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: QtBot
) -> None:
    window = make_window()  # Production without a key: the file waits
    window.add_paths([video_file("clip.mp4", MIB)])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    heard = _listen(window)
    item = window.model.item(0)
    window.manager.pause([item.id])
    assert heard == ["clip.mp4: Paused"]
    # The same words show briefly in the status bar, for those who read rather than listen.
    assert window.statusBar().currentMessage() == "clip.mp4: Paused"
    # Refreshes and changes that leave the state as it was say nothing more.
    for _ in range(5):
        window.manager.refresh()
        window.manager.item_changed.emit(item.id)
    assert heard == ["clip.mp4: Paused"]
    window.manager.resume([item.id])  # back to waiting its turn: nothing to act on
    window.manager.cancel([item.id])
    assert heard == ["clip.mp4: Paused", "clip.mp4: Cancelled"]


def test_an_upload_is_told_when_it_starts_and_ends_not_at_each_tick(harness: Harness) -> None:
    h = harness
    h.emulator.faults.bandwidth = 8 * MIB
    window = h.window()
    refreshes: list[None] = []
    window.manager.refreshed.connect(lambda: refreshes.append(None))
    heard = _listen(window)
    window.add_paths([h.video_file("trip.mp4", 11 * MIB)])
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state is ItemState.READY, timeout=WAIT_MS)
    assert heard[0] == "trip.mp4: Uploading"
    assert heard[-1].startswith("trip.mp4: Ready to watch")
    assert len(heard) == len(set(heard)) <= 4  # uploading, processing, ready: no repeats
    assert len(refreshes) > len(heard)  # the progress moved many times, told never


def test_which_changes_are_worth_telling() -> None:
    assert worth_telling(None, ItemState.UPLOADING)
    assert worth_telling(ItemState.PAUSED, ItemState.UPLOADING)
    assert not worth_telling(ItemState.RETRYING, ItemState.UPLOADING)  # a retry that worked
    assert worth_telling(ItemState.UPLOADING, ItemState.FAILED)
    assert not worth_telling(ItemState.READY, ItemState.READY)
    assert not worth_telling(ItemState.UPLOADING, ItemState.VERIFYING)
