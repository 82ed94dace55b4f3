"""Which chunk of a file goes next, and re-cutting the chunks not yet sent.

The layout starts as :func:`~uploader_gui.core.chunk_plan.plan_chunks` cuts it (or, when
resuming a byte-range upload, as the byte ranges the server already holds plus the gaps between
them). Chunks are handed out in file order. In the bytes form the chunks not handed out yet may
be cut again with another size while the upload runs (see :mod:`chunk_sizing`); the server only
asks that ranges do not overlap and that every range but the file's last is at least 5 MiB, so a
resumed upload can keep whatever the server already has and fill the gaps with any size.

In the bytes form the file's last chunk is kept small (:data:`LAST_CHUNK_SIZE`): it can only go
once all others are acknowledged, alone on the line, so a full-size last chunk would leave the
other connections idle for a whole chunk's time.

Indices are positions in the layout. Re-cutting changes only the chunks after the last one handed
out, so the index of a chunk in flight never changes. The last chunk still to send is kept back
until every other one is acknowledged: the server's answer to it is the complete Video.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from uploader_gui.core.chunk_plan import effective_chunk_size, plan_chunks
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.limits import MAX_CHUNK_SIZE, MIB, MIN_CHUNK_SIZE

#: The most the chunk that completes a byte-range upload carries, when the file allows it.
LAST_CHUNK_SIZE = 1 * MIB


def cut_length(length: int, size: int, *, to_end: bool) -> int:
    """How much of a ``length``-byte stretch the next chunk takes, aiming at ``size``.

    A stretch that does not end the file may not leave a piece under the 5 MiB minimum: the
    chunk takes that remainder along when it fits in 200 MiB, else it leaves exactly 5 MiB.
    """
    if length <= size:
        return length
    rest = length - size
    if rest >= MIN_CHUNK_SIZE or to_end:
        return size
    return length if length <= MAX_CHUNK_SIZE else length - MIN_CHUNK_SIZE


def split_last(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` with the last one split so that the final piece is :data:`LAST_CHUNK_SIZE`,
    when what stays before it is still a valid (≥ 5 MiB) chunk."""
    if not ranges:
        return ranges
    start, end = ranges[-1]
    if end - start + 1 < MIN_CHUNK_SIZE + LAST_CHUNK_SIZE:
        return ranges
    split = end + 1 - LAST_CHUNK_SIZE
    return [*ranges[:-1], (start, split - 1), (split, end)]


def cut(start: int, stop: int, size: int, *, to_end: bool) -> list[tuple[int, int]]:
    """Inclusive ranges covering ``[start, stop)`` in chunks of about ``size``."""
    ranges: list[tuple[int, int]] = []
    while start < stop:
        n = cut_length(stop - start, size, to_end=to_end)
        ranges.append((start, start + n - 1))
        start += n
    return ranges


class ChunkSchedule:
    """The chunk layout of one file and what is left to send. Thread-safe."""

    def __init__(self, total_size: int, chunk_size: int, *, small_last: bool = False) -> None:
        """A fresh upload: the file cut evenly (see :func:`plan_chunks`); with ``small_last``
        (byte ranges only) the last chunk is split to :data:`LAST_CHUNK_SIZE`."""
        self.total_size = total_size
        self.chunk_size = effective_chunk_size(total_size, chunk_size)
        self._small_last = small_last
        self._lock = threading.Lock()
        self._ranges = [(c.start, c.end) for c in plan_chunks(total_size, chunk_size)]
        if small_last:
            self._ranges = split_last(self._ranges)
        #: Chunks the server had before this upload started, by index.
        self._done: set[int] = set()
        #: Chunks handed out for sending (in flight or acknowledged) or done, by index.
        self._handed: set[int] = set()
        #: Index of the next chunk to hand out (every chunk before it is handed or done).
        self._next = 0

    @classmethod
    def from_plan(
        cls, total_size: int, plan: tuple[ChunkRange, ...], done: Iterable[int]
    ) -> ChunkSchedule:
        """A fixed layout, of which the chunks ``done`` are on the server already."""
        schedule = cls(total_size, plan[0].size if plan else MIN_CHUNK_SIZE)
        schedule._ranges = [(c.start, c.end) for c in plan]
        schedule._mark_done(set(done))
        return schedule

    @classmethod
    def around(
        cls, total_size: int, chunk_size: int, received: Iterable[tuple[int, int]]
    ) -> ChunkSchedule:
        """Resuming a byte-range upload: the server's ``received`` ranges as they are, and the
        gaps between them cut to ``chunk_size``."""
        schedule = cls(total_size, chunk_size, small_last=True)
        size = schedule.chunk_size
        ranges: list[tuple[int, int]] = []
        done: set[int] = set()
        pos = 0
        for first, last in sorted(received):
            start, end = max(first, pos), min(last, total_size - 1)
            if end < start:
                continue
            ranges.extend(cut(pos, start, size, to_end=False))
            done.add(len(ranges))
            ranges.append((start, end))
            pos = end + 1
        ranges.extend(split_last(cut(pos, total_size, size, to_end=True)))
        schedule._ranges = ranges
        schedule._mark_done(done)
        return schedule

    def _mark_done(self, done: set[int]) -> None:
        self._done = set(done)
        self._handed = set(done)
        self._next = 0
        self._skip_handed()

    def _skip_handed(self) -> None:
        while self._next < len(self._ranges) and self._next in self._handed:
            self._next += 1

    # -- reading ---------------------------------------------------------------------------

    @property
    def chunks(self) -> tuple[ChunkRange, ...]:
        with self._lock:
            return tuple(ChunkRange(i, a, b) for i, (a, b) in enumerate(self._ranges))

    @property
    def done(self) -> frozenset[int]:
        """Chunks the server had before this upload started."""
        with self._lock:
            return frozenset(self._done)

    def pending(self) -> list[ChunkRange]:
        """Chunks not handed out yet, in order."""
        with self._lock:
            return [
                ChunkRange(i, a, b)
                for i, (a, b) in enumerate(self._ranges)
                if i not in self._handed
            ]

    # -- handing out -----------------------------------------------------------------------

    def take(self) -> ChunkRange | None:
        """The next chunk to send, or ``None`` when only the last one is left (or none)."""
        with self._lock:
            remaining = [i for i in range(self._next, len(self._ranges)) if i not in self._handed]
            if len(remaining) <= 1:
                return None
            index = remaining[0]
            self._handed.add(index)
            self._skip_handed()
            return ChunkRange(index, *self._ranges[index])

    def take_last(self) -> ChunkRange | None:
        """The one chunk left, to send once all others are acknowledged."""
        with self._lock:
            remaining = [i for i in range(self._next, len(self._ranges)) if i not in self._handed]
            if not remaining:
                return None
            index = remaining[-1]
            self._handed.update(remaining)
            self._skip_handed()
            return ChunkRange(index, *self._ranges[index])

    # -- re-cutting ------------------------------------------------------------------------

    def recut(self, chunk_size: int) -> bool:
        """Cut the chunks not handed out yet to ``chunk_size`` (kept within the API's bounds).

        Runs of consecutive unsent chunks are merged and cut again; chunks handed out or held
        by the server stay as they are (chunks after them are renumbered). True when the layout
        changed.
        """
        size = effective_chunk_size(self.total_size, chunk_size)
        with self._lock:
            if size == self.chunk_size:
                return False
            self.chunk_size = size
            ranges: list[tuple[int, int]] = []
            handed: set[int] = set()
            done: set[int] = set()
            run_start: int | None = None
            for i, (start, end) in enumerate(self._ranges):
                if i not in self._handed:
                    if run_start is None:
                        run_start = start
                    continue
                if run_start is not None:
                    ranges.extend(cut(run_start, start, size, to_end=False))
                    run_start = None
                if i in self._done:
                    done.add(len(ranges))
                handed.add(len(ranges))
                ranges.append((start, end))
            if run_start is not None:
                tail = cut(run_start, self.total_size, size, to_end=True)
                ranges.extend(split_last(tail) if self._small_last else tail)
            changed = ranges != self._ranges
            self._ranges, self._handed, self._done = ranges, handed, done
            self._next = 0
            self._skip_handed()
            return changed
