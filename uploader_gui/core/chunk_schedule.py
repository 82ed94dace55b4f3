"""Which chunk of a file goes next, and re-cutting the chunks not yet sent.

The layout starts as :func:`~uploader_gui.core.chunk_plan.plan_chunks` cuts it (or, when
resuming a byte-range upload, as the byte ranges the server already holds plus the gaps between
them). Chunks are handed out in file order. In the bytes form the chunks not handed out yet may
be cut again with another size while the upload runs (see :mod:`chunk_sizing`); the server only
asks that ranges do not overlap and that every range but the file's last is at least 5 MiB, so a
resumed upload can keep whatever the server already has and fill the gaps with any size.

In the bytes form the file's last chunk is kept small (:data:`LAST_CHUNK_SIZE`): it can only go
once all others are acknowledged, alone on the line, so every byte in it is sent while the other
connections are idle.

Also in the bytes form, once what is left fits in one more chunk per connection, it is cut so the
connections finish together (:mod:`chunk_tail`): :meth:`ChunkSchedule.take` is told how many
connections share the file and which one asks, and estimates when each chunk in flight will be
done from when it left and how fast its connection's last chunk went. A layout whose parts are
numbered (the part form), or that must keep its chunk size, is never cut that way.

Indices are positions in the layout. Re-cutting changes only the chunks after the last one handed
out, so the index of a chunk in flight never changes. The last chunk still to send is kept back
until every other one is acknowledged: the server's answer to it is the complete Video.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

from uploader_gui.core.chunk_plan import effective_chunk_size, plan_chunks
from uploader_gui.core.chunk_tail import Lane, tail_shares
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.limits import KIB, MAX_CHUNK_SIZE, MAX_PARTS, MIN_CHUNK_SIZE

#: The most the chunk that completes a byte-range upload carries, when the file allows it: a
#: few blocks, a moment even on a slow link (api.video's own sample ends on a 60 KB part).
LAST_CHUNK_SIZE = 64 * KIB
#: A piece of the file's end already laid out is kept when the share computed for it is within
#: this fraction of its size: estimates move a little with every chunk, the layout need not.
TAIL_TOLERANCE = 1 / 32
#: An end that the connections will have sent within this many seconds (by the speeds known so
#: far) is left as laid out: the most an uneven end could cost is less than what more requests
#: and announcements of a new layout cost on a fast link.
TAIL_MIN_SECONDS = 1.0


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

    def __init__(
        self,
        total_size: int,
        chunk_size: int,
        *,
        small_last: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """A fresh upload: the file cut evenly (see :func:`plan_chunks`); with ``small_last``
        (byte ranges only) the last chunk is split to :data:`LAST_CHUNK_SIZE`, and the end of
        the file is shared among the connections as they take it."""
        self.total_size = total_size
        self.chunk_size = effective_chunk_size(total_size, chunk_size)
        self._small_last = small_last
        #: Whether the end of the file may be cut again for the connections to share.
        self._shared_end = small_last
        self._clock = clock
        self._lock = threading.Lock()
        #: Chunks in flight, by index: when their current attempt left, and on which lane.
        self._flight: dict[int, tuple[float, int | None]] = {}
        #: Bytes per second of each lane's latest chunk, from its attempt to the answer.
        self._lane_speeds: dict[int | None, float] = {}
        #: Lanes told to stop: the others finish the file sooner without them.
        self._retired: set[int | None] = set()
        #: Counts the changes of layout, so a caller can tell that it should announce one.
        self._revision = 0
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
        """A fixed layout, of which the chunks ``done`` are on the server already. It is never
        re-cut at the end (parts keep the size they were numbered with)."""
        schedule = cls(total_size, plan[0].size if plan else MIN_CHUNK_SIZE)
        schedule._shared_end = False
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
    def revision(self) -> int:
        """Grows whenever the layout changes (:meth:`recut`, or the end shared out in
        :meth:`take`)."""
        with self._lock:
            return self._revision

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

    def keep_layout(self) -> None:
        """Never cut the end of the file again in :meth:`take` (chunks go as laid out)."""
        with self._lock:
            self._shared_end = False

    def useful_connections(self, wanted: int) -> int:
        """How many of ``wanted`` connections the chunks left can keep busy (at least one): in
        a layout whose end is shared out, as many pieces as the bytes before the last chunk
        allow; else the chunks before the last one."""
        with self._lock:
            remaining = [i for i in range(self._next, len(self._ranges)) if i not in self._handed]
            if len(remaining) <= 1:
                return 1
            before_last = remaining[:-1]
            pieces = len(before_last)
            if self._shared_end:
                total = sum(self._ranges[i][1] - self._ranges[i][0] + 1 for i in before_last)
                pieces = max(pieces, total // MIN_CHUNK_SIZE)
            return max(1, min(wanted, pieces))

    # -- handing out -----------------------------------------------------------------------

    def take(self, connections: int = 1, lane: int | None = None) -> ChunkRange | None:
        """The next chunk to send, or ``None`` when only the last one is left (or none).

        ``connections`` is how many share this file's chunks (the one asking included), and
        ``lane`` which of them asks (how fast each goes is learnt per lane). In a byte-range
        layout, once what is left fits in one more chunk for each of them, it is cut again so
        they all finish together (see :mod:`chunk_tail`); :attr:`revision` then grows. There a
        lane may also be told to stop (``None``) while chunks are left, when the others (one at
        least busy) finish them sooner without it: a slow connection at the very end.
        """
        with self._lock:
            if connections > 1 and self._shared_end and not self._share_tail(connections, lane):
                self._retired.add(lane)
                return None
            remaining = [i for i in range(self._next, len(self._ranges)) if i not in self._handed]
            if len(remaining) <= 1:
                return None
            index = remaining[0]
            self._handed.add(index)
            self._flight[index] = (self._clock(), lane)
            self._skip_handed()
            return ChunkRange(index, *self._ranges[index])

    def sending(self, index: int) -> None:
        """An attempt of chunk ``index`` leaves now (a retry starts its clock again)."""
        with self._lock:
            if index in self._flight:
                self._flight[index] = (self._clock(), self._flight[index][1])

    def acknowledged(self, index: int) -> None:
        """The server acknowledged chunk ``index``: its lane's speed is that chunk's."""
        with self._lock:
            flight = self._flight.pop(index, None)
            if flight is None or not 0 <= index < len(self._ranges):
                return
            started, lane = flight
            seconds = self._clock() - started
            start, end = self._ranges[index]
            if seconds > 0:
                self._lane_speeds[lane] = (end - start + 1) / seconds

    def _lanes(self, connections: int, lane: int | None) -> tuple[Lane, list[Lane]]:
        """The connection asking and the others, as :func:`tail_shares` sees them. Until a
        lane's speed is known it is taken to go at the others' average; until no speed at all
        is known, the chunks in flight are taken to have all their bytes still to send."""
        speeds = self._lane_speeds
        known = bool(speeds)
        usual = sum(speeds.values()) / len(speeds) if known else 1.0
        now = self._clock()
        others = []
        for index, (started, carrier) in self._flight.items():
            start, end = self._ranges[index]
            speed = speeds.get(carrier, usual)
            elapsed = now - started if known else 0.0
            others.append(Lane(max(0.0, (end - start + 1) / speed - elapsed), speed))
        idle = connections - 1 - len(others) - len(self._retired)
        others += [Lane(0.0, usual)] * max(0, idle)
        asking = Lane(0.0, speeds.get(lane, usual))
        return asking, others

    def _share_tail(self, connections: int, lane: int | None) -> bool:
        """Cut the end of the file for ``connections`` finishing together, when what is left
        fits in one more chunk each; ``lane`` asks. False when that lane should take nothing
        more (caller holds the lock)."""
        run = range(self._next, len(self._ranges))
        if len(run) < 2 or any(i in self._handed for i in run):
            return True  # nothing to share, or ranges the server holds lie in between (a resume)
        start = self._ranges[self._next][0]
        left = self.total_size - start
        last = min(LAST_CHUNK_SIZE, left)
        wanted = min(connections, (left - 1) // MIN_CHUNK_SIZE)
        if wanted and (left - last) // MIN_CHUNK_SIZE < wanted:
            # The completing chunk may be as small as a byte: a smaller one than usual lets
            # every connection have a piece of at least the minimum (10 MiB + 1 byte on two
            # connections is two halves and a byte, not 10 MiB − 63 KiB on one of them).
            last = left - wanted * MIN_CHUNK_SIZE
        remaining = left - last
        if remaining < MIN_CHUNK_SIZE:
            return True
        kept = self._next + 1  # the chunks before the run, and the last one
        asking, others = self._lanes(connections, lane)
        if self._lane_speeds:
            lanes = [asking, *others]
            work = remaining + sum(other.busy_for * other.speed for other in others)
            if work / sum(lane.speed for lane in lanes) < TAIL_MIN_SECONDS:
                return True
        shares = tail_shares(
            remaining,
            asking,
            others,
            max_pieces=MAX_PARTS - kept,
            # Only a lane busy with a chunk is sure to come back for what this one leaves.
            may_pass=bool(self._flight),
        )
        # A share that a chunk and the minimum would not cover means coming back for more:
        # not the end yet. (A chunk may take up to the minimum more along, as in :func:`cut`.)
        longest = self.chunk_size + MIN_CHUNK_SIZE - 1
        if shares[0] > longest:
            return True
        if max(shares) > longest:
            # The others are not at their end yet: chunks as usual until they are, after this
            # lane's share (if it takes one).
            pieces = shares[:1] if shares[0] else []
            rest = cut(start + sum(pieces), start + remaining, self.chunk_size, to_end=False)
            pieces += [end - begin + 1 for begin, end in rest]
        else:
            pieces = [share for share in shares if share > 0]
        first_start, first_end = self._ranges[self._next]
        close = abs(first_end - first_start + 1 - pieces[0]) <= pieces[0] * TAIL_TOLERANCE
        if not (close and self._ranges[-1][0] == start + remaining):
            # (else what is laid out already fits; the rest is looked at when it is taken)
            ranges = self._ranges[: self._next]
            for piece in pieces:
                ranges.append((start, start + piece - 1))
                start += piece
            ranges.append((start, self.total_size - 1))
            self._ranges = ranges
            self._revision += 1
        return shares[0] > 0

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
            if changed:
                self._revision += 1
            return changed
