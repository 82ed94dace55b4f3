"""How far one file's upload is, read from the engine's events, the same way for every front.

Three kinds of bytes are kept apart, because a creator should never be told more than is true:

* **confirmed**: chunks the server acknowledged; they survive anything;
* **in flight**: bytes of chunks whose request is still running; they may yet be lost;
* **to send again**: bytes an attempt had sent before it failed (a dropped connection, a stall).
  The chunk starts again from its first byte, so these go once more; until the new attempt has
  caught up with them, the bar keeps them instead of dropping back, and the fronts say
  "N MiB to send again".

The bar (:attr:`ProgressSnapshot.shown`) never reaches the whole size before every chunk is
confirmed: bytes that left the computer are not yet bytes the server kept.

Thread-safe: the upload's threads feed events, a front reads snapshots from another thread.
``version`` grows on every change so a reader can skip work when nothing moved. Every event and
every snapshot costs the same whatever the number of chunks (the sums are kept as they change),
since the engine reports each block of bytes sent.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRange,
    ChunkRetrying,
    UploadEvent,
    UploadPlanned,
    VideoCreated,
)


@dataclass(frozen=True)
class ProgressSnapshot:
    total: int = 0
    confirmed: int = 0
    in_flight: int = 0
    to_send_again: int = 0
    #: Every chunk is acknowledged by the server.
    complete: bool = False

    @property
    def shown(self) -> int:
        """What a bar shows: confirmed bytes plus, per chunk in progress, the furthest any of
        its attempts got; one byte short of the whole until the server confirmed it all."""
        value = self.confirmed + self.in_flight + self.to_send_again
        if self.total <= 0:
            return value
        return min(value, self.total if self.complete else self.total - 1)


class FileProgress:
    """One file's bytes, fed with :meth:`observe` (the engine's listener may call it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.version = 0
        self.total_bytes = 0
        self.video_id: str | None = None
        self._sizes: list[int] = []
        #: The planned chunks' byte ranges, to know a chunk again in a new plan.
        self._ranges: list[tuple[int, int]] = []
        #: Bytes of the running attempt, per chunk.
        self._sent: list[int] = []
        #: The furthest a failed attempt got, per chunk (0 when none failed).
        self._lost: list[int] = []
        self._acked = bytearray()
        self._acked_count = 0
        self._confirmed = 0
        self._in_flight = 0
        self._again = 0

    # -- feeding -------------------------------------------------------------------------

    def observe(self, event: UploadEvent) -> None:
        with self._lock:
            if self._apply(event):
                self.version += 1

    def _apply(self, event: UploadEvent) -> bool:
        """Update for ``event`` (the lock held); whether anything changed."""
        if isinstance(event, UploadPlanned):
            self._plan(event.total_bytes, event.chunks, event.already_done)
        elif isinstance(event, BytesSent):
            i = event.chunk_index
            if not self._open(i):
                return False
            self._set(i, min(max(0, event.chunk_sent), self._sizes[i]), self._lost[i])
        elif isinstance(event, ChunkAcknowledged):
            i = event.chunk_index
            if not self._open(i):
                return False
            self._set(i, 0, 0)
            self._acked[i] = 1
            self._acked_count += 1
            self._confirmed += self._sizes[i]
        elif isinstance(event, ChunkRetrying):
            targets = range(len(self._sizes)) if event.chunk_index is None else [event.chunk_index]
            for i in targets:
                if self._open(i) and self._sent[i]:
                    self._set(i, 0, max(self._lost[i], self._sent[i]))
        elif isinstance(event, VideoCreated):
            self.video_id = event.video_id
        else:
            return False
        return True

    def _plan(self, total_bytes: int, chunks: tuple[ChunkRange, ...], done: frozenset[int]) -> None:
        """A layout (again, when the chunks not sent yet are cut anew while the file uploads):
        a chunk under way keeps its index and range, and with them its bytes sent so far and to
        send again, so the bar does not fall back. (A run that ended forgets its layout first:
        see :meth:`_forget_layout`.)"""
        before = {
            (index, span): (sent, lost)
            for index, (span, sent, lost) in enumerate(
                # No ranges after a run ended (see _forget_layout): nothing to keep.
                zip(self._ranges, self._sent, self._lost, strict=False)
            )
            if self.total_bytes == total_bytes and (sent or lost)
        }
        self.total_bytes = total_bytes
        self._ranges = [(c.start, c.end) for c in chunks]
        self._sizes = [c.size for c in chunks]
        self._sent = [0] * len(chunks)
        self._lost = [0] * len(chunks)
        self._acked = bytearray(1 if c.index in done else 0 for c in chunks)
        self._acked_count = sum(self._acked)
        self._confirmed = sum(c.size for c in chunks if c.index in done)
        self._in_flight = self._again = 0
        for c in chunks:
            kept = before.get((c.index, (c.start, c.end)))
            if kept is not None and self._open(c.index):
                self._set(c.index, *kept)

    def _forget_layout(self) -> None:
        """The run ended: the next plan is a new run's, whose chunks start again from what the
        server holds (call with the lock held)."""
        self._ranges = []

    def _set(self, index: int, sent: int, lost: int) -> None:
        """Chunk ``index`` now has ``sent`` bytes in its running attempt and ``lost`` as the
        furthest a failed one got; the sums follow."""
        old_sent, old_lost = self._sent[index], self._lost[index]
        self._in_flight += sent - old_sent
        self._again += max(0, lost - sent) - max(0, old_lost - old_sent)
        self._sent[index], self._lost[index] = sent, lost

    def _open(self, index: int) -> bool:
        """A planned chunk not yet acknowledged."""
        return 0 <= index < len(self._sizes) and not self._acked[index]

    # -- reading -------------------------------------------------------------------------

    def snapshot(self) -> ProgressSnapshot:
        with self._lock:
            return ProgressSnapshot(
                total=self.total_bytes,
                confirmed=self._confirmed,
                in_flight=self._in_flight,
                to_send_again=self._again,
                complete=bool(self._sizes) and self._acked_count == len(self._sizes),
            )

    def bytes_shown(self) -> int:
        return self.snapshot().shown
