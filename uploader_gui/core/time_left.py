"""How long the uploads of a queue still take: one estimate for every file and the whole.

A file's own "bytes left / its speed" and the queue's "bytes left / total speed" answer two
different questions and disagree (one file "2 min 51 s", all of them "about 2 min"), because
the first ignores that a file speeds up when another one finishes and frees the connection.
Here both come from one model, so the last file ends exactly when the queue does:

* the queue sends at the total speed measured now, for as long as anything is left;
* a file that finishes hands its speed to the next waiting file (the upload slot it used);
* with nothing left waiting, its speed is shared among the files still sending, in proportion
  to their own speeds (the connection is what limits them).

The whole therefore takes ``bytes left / total speed``; each sending file's time comes from
playing the model forward (a sending file with no speed yet takes the first slot freed).
Waiting files get no time of their own (their start depends on the queue order, which the
creator may still change).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

#: A file this close to its end is counted as finished (floating-point crumbs).
_DONE = 1e-6


@dataclass(frozen=True)
class Sending:
    """A file being sent now: bytes it still has to send and its measured speed (bytes/s)."""

    remaining: int
    speed: float


@dataclass(frozen=True)
class TimeLeft:
    """Seconds left for each sending file (None without a speed yet) and for the queue."""

    per_file: tuple[float | None, ...]
    total: float | None


def estimate(sending: Sequence[Sending], waiting: Sequence[int] = ()) -> TimeLeft:
    """The time left for ``sending`` (in that order) and the whole queue, where ``waiting``
    holds the sizes of the files still to start, in the order they start."""
    speed = sum(s.speed for s in sending if s.speed > 0)
    if speed <= 0:
        return TimeLeft(tuple(None for _ in sending), None)
    remaining = sum(max(0, s.remaining) for s in sending) + sum(max(0, w) for w in waiting)
    # Files sending with no speed yet (just started, or retrying) take the next free slot,
    # before any waiting file: they already hold their place. Entries: (bytes, index of the
    # sending file, or -1 for a waiting one).
    queue = deque((max(0, s.remaining), i) for i, s in enumerate(sending) if s.speed <= 0)
    queue.extend((max(0, w), -1) for w in waiting)
    # Each slot: [bytes left, speed, index of the sending file or -1].
    slots = [
        [float(max(0, s.remaining)), s.speed, float(i)]
        for i, s in enumerate(sending)
        if s.speed > 0
    ]
    per_file: list[float | None] = [None] * len(sending)
    untimed = len(sending)
    now = 0.0
    while slots and untimed:
        step = min(slot[0] / slot[1] for slot in slots)
        now += step
        for slot in slots:
            slot[0] -= slot[1] * step
        kept = []
        freed = 0.0
        for slot in slots:
            if slot[0] > _DONE * max(1.0, slot[1]):
                kept.append(slot)
                continue
            if slot[2] >= 0:
                per_file[int(slot[2])] = now
                untimed -= 1
            if queue:
                size, index = queue.popleft()
                kept.append([float(size), slot[1], float(index)])
            else:
                freed += slot[1]
        if freed and kept:
            share = sum(slot[1] for slot in kept)
            for slot in kept:
                slot[1] += freed * slot[1] / share
        slots = kept
    return TimeLeft(tuple(per_file), remaining / speed)
