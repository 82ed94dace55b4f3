"""The queue's totals (files per state, bytes done of bytes to send), kept as rows change.

The window shows these totals several times a second. Counting them by walking the queue made
each refresh cost as much as the queue is long: with 5,000 rows waiting, the window's thread
spent 30 ms a refresh on it, more than the upload itself cost it. Instead every row tells the
tally when a counted field changes (:meth:`QueueItem.__setattr__`), and the tally adjusts its
sums by the difference, so reading them costs the same for 5 rows as for 50,000.
"""

from __future__ import annotations

from uploader_gui.gui.queue_item import COMPLETE_STATES, NOT_SENT_STATES, ItemState, QueueItem


class QueueTally:
    """Files per state, and bytes done of bytes to send (cancelled and skipped files are not
    sent, so they count in neither; finished ones count whole). GUI thread only, like the
    rows themselves."""

    def __init__(self) -> None:
        self.counts: dict[ItemState, int] = {}
        self.total_bytes = 0
        self.done_bytes = 0
        #: Bytes the waiting files have left to send (the time left counts them).
        self.waiting_left = 0
        #: What each row adds to the sums now: its state, bytes to send, bytes done, and
        #: bytes left if it waits.
        self._parts: dict[int, tuple[ItemState, int, int, int]] = {}

    def add(self, item: QueueItem) -> None:
        self._take(self._parts.pop(item.id, None))
        self._give(item.id, _part(item))

    def remove(self, item: QueueItem) -> None:
        self._take(self._parts.pop(item.id, None))

    def changed(self, item: QueueItem) -> None:
        """A counted field of a row in the queue changed."""
        if item.id in self._parts:
            self.add(item)

    def _give(self, item_id: int, part: tuple[ItemState, int, int, int]) -> None:
        state, total, done, waiting = part
        self._parts[item_id] = part
        self.counts[state] = self.counts.get(state, 0) + 1
        self.total_bytes += total
        self.done_bytes += done
        self.waiting_left += waiting

    def _take(self, part: tuple[ItemState, int, int, int] | None) -> None:
        if part is None:
            return
        state, total, done, waiting = part
        left = self.counts[state] - 1
        if left:
            self.counts[state] = left
        else:
            del self.counts[state]
        self.total_bytes -= total
        self.done_bytes -= done
        self.waiting_left -= waiting


def _part(item: QueueItem) -> tuple[ItemState, int, int, int]:
    state = item.state
    if state in NOT_SENT_STATES:
        return state, 0, 0, 0
    done = item.size if state in COMPLETE_STATES else item.bytes_done
    waiting = max(0, item.size - item.bytes_done) if state is ItemState.WAITING else 0
    return state, item.size, done, waiting
