"""Tells a screen reader when a file's upload changes state ("clip.mp4: Ready to watch").

A sighted person sees the row change; a person using Orca, NVDA or VoiceOver hears nothing
unless the change is announced. Only changes a person acts on are told: progress ticks, the
back-and-forth of a retry and the quick checks between phases are not, so the reader is never
flooded while a folder uploads. The same words also show briefly in the window's status bar
(:attr:`StateAnnouncer.echo`), so what a screen reader says can be read too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.translations import fill, translate

#: States worth telling whenever a file reaches them.
_TOLD = frozenset(
    {
        ItemState.PAUSED,
        ItemState.ASKING,
        ItemState.OFFLINE,
        ItemState.PROCESSING,
        ItemState.READY,
        ItemState.UPLOADED,
        ItemState.FAILED,
        ItemState.CANCELLED,
        ItemState.SKIPPED,
    }
)
#: States an upload passes through and leaves by itself: coming back to Uploading from one of
#: them is not news (a retry that worked), starting or resuming is.
_IN_PASSING = frozenset(
    {ItemState.CHECKING, ItemState.RETRYING, ItemState.OFFLINE, ItemState.VERIFYING}
)
#: States that need the person now: said before whatever the reader is saying.
_URGENT = frozenset({ItemState.FAILED, ItemState.ASKING})


def worth_telling(before: ItemState | None, after: ItemState) -> bool:
    """Whether a file going from ``before`` (None: not seen yet) to ``after`` is announced."""
    if before is after:
        return False
    if after is ItemState.UPLOADING:
        return before not in _IN_PASSING
    return after in _TOLD


class StateAnnouncer:
    """Remembers the last state of each file and announces the changes that matter, as
    accessibility events on ``source`` (the queue table)."""

    def __init__(self, source: QObject) -> None:
        self._source = source
        self._last: dict[int, ItemState] = {}
        #: Replaced in tests, to see what is announced; Qt passes it to the screen reader.
        self.post: Callable[[QAccessibleEvent], None] = QAccessible.updateAccessibility
        #: Also given each announcement's words (the window shows them in its status bar).
        self.echo: Callable[[str], None] | None = None

    def item_changed(self, item: QueueItem) -> None:
        """Called whenever something about ``item`` changed; announces only a new state."""
        before = self._last.get(item.id)
        self._last[item.id] = item.state
        if not worth_telling(before, item.state):
            return
        text = fill(translate("StateAnnouncer", "%1: %2"), shown(item.name), item.state_text())
        event = QAccessibleAnnouncementEvent(self._source, text)
        if item.state in _URGENT:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        self.post(event)
        if self.echo is not None:
            self.echo(text)

    def forget(self, item_id: int) -> None:
        """The file left the queue."""
        self._last.pop(item_id, None)
