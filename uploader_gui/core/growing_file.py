"""Watching a file that is still being written: has it grown enough, or has it settled?

The file is looked at (one ``stat``) every :func:`poll_interval` seconds, sleeping in between
through the caller's ``sleep``, which a cancel or a stop cuts at once: waiting for a recording
costs no CPU and never holds up Ctrl+C. A stat is what works on every system and on network
shares, where change notifications often do not arrive.

"Settled" means unchanged (size, modification time and file id) for ``settle`` seconds, measured
from the last change seen, not from when the wait began.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

#: The shortest and longest pause between two looks at the file (seconds).
MIN_POLL = 0.05
MAX_POLL = 0.5


def written_within(path: Path, settle: float, now: float) -> bool:
    """Whether ``path`` was written less than ``settle`` seconds before ``now`` (wall clock):
    a recording, or a copy, still under way, to upload while it grows. A file that cannot be
    looked at counts as finished (its upload then says what is wrong)."""
    try:
        return now - os.stat(path).st_mtime < settle
    except OSError:
        return False


#: How long a file written recently is watched before it is taken as still being written:
#: recorders write several times a second, and a file just exported or copied no longer changes.
GROWTH_WATCH = 1.5


def still_growing(
    paths: Iterable[Path],
    settle: float,
    now: float,
    wait: Callable[[float], object] = time.sleep,
) -> set[Path]:
    """Those of ``paths`` being written now: written less than ``settle`` seconds before ``now``
    and changing (size or modification time) during one watch of :data:`GROWTH_WATCH` seconds
    (at most the settle time; ``wait`` sleeps it). A video that was just exported or copied was
    written recently too, but it no longer changes: it goes up the ordinary way, with its
    chunks in parallel, instead of part by part behind a settle time. A file that cannot be
    looked at counts as finished (its upload then says what is wrong)."""
    before = {p: _stamp(p) for p in paths if written_within(p, settle, now)}
    recent = {p: stamp for p, stamp in before.items() if stamp is not None}
    if not recent:
        return set()
    wait(min(GROWTH_WATCH, settle))
    return {p for p, stamp in recent.items() if _stamp(p) not in (None, stamp)}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def poll_interval(settle: float) -> float:
    """A fifth of the settle time, kept within [:data:`MIN_POLL`, :data:`MAX_POLL`]: the end
    is noticed at most half a second late, and a short settle (tests) is still seen in time."""
    return min(MAX_POLL, max(MIN_POLL, settle / 5))


class FileChange(StrEnum):
    #: The file holds the bytes asked for.
    GREW = "grew"
    #: It has not changed for the settle time: the recording ended.
    SETTLED = "settled"
    #: It is shorter than it has been.
    SHRANK = "shrank"
    #: It cannot be found or read any more.
    VANISHED = "vanished"


@dataclass(frozen=True)
class Observation:
    change: FileChange
    #: The file's size when this was seen (-1 once it vanished).
    size: int


class GrowingFile:
    """One file being written. Not thread-safe: one upload asks, from its own thread."""

    def __init__(
        self,
        path: Path,
        settle: float,
        *,
        sleep: Callable[[float], None],
        checkpoint: Callable[[], None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self.settle = settle
        self._sleep = sleep
        self._checkpoint = checkpoint
        self._clock = clock
        self._poll = poll_interval(settle)
        self._seen: tuple[int, int, int] | None = None
        self._changed_at = clock()
        #: The largest size seen so far.
        self.largest = 0
        #: How many changes (size, modification time or file id) were seen so far.
        self.changes = 0

    def look(self) -> Observation | None:
        """One look: SHRANK or VANISHED, else None (the size is then :attr:`largest`)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return Observation(FileChange.VANISHED, -1)
        if st.st_size < self.largest:
            return Observation(FileChange.SHRANK, st.st_size)
        key = (st.st_size, st.st_mtime_ns, st.st_ino)
        if key != self._seen:
            self.changes += self._seen is not None
            self._seen = key
            self._changed_at = self._clock()
        self.largest = st.st_size
        return None

    def wait_for(self, size: int, on_wait: Callable[[int], None] | None = None) -> Observation:
        """Return once the file holds at least ``size`` bytes (GREW), once it has not changed
        for the settle time (SETTLED), or as soon as it shrinks or vanishes. ``on_wait(size)``
        is called once, when the bytes are not there yet and waiting begins. Cancel and pause
        act through ``checkpoint`` and ``sleep``."""
        told = False
        while True:
            self._checkpoint()
            problem = self.look()
            if problem is not None:
                return problem
            if self.largest >= size:
                return Observation(FileChange.GREW, self.largest)
            quiet = self._clock() - self._changed_at
            if quiet >= self.settle:
                return Observation(FileChange.SETTLED, self.largest)
            if not told and on_wait is not None:
                told = True
                on_wait(self.largest)
            self._sleep(min(self._poll, self.settle - quiet))
