"""A per-video log of the requests that shape an upload, for tests to read.

A global request count cannot tell a test what one run sent: a killed client's last chunk may
reach the server after the test counted, and the kernel decides when. The log says, for each
video, which create, token upload, source chunk and ``/status`` read the server saw, in the
order its state saw them, and what it answered; a test compares byte ranges instead of counting.

Entries are ordered by ``seq``, taken when the server judged the request (a chunk accepted or
refused, a status answer computed), not when its answer was written: a chunk accepted before a
``/status`` read sorts before it even if its answer left later. Each video keeps its newest
``cap`` entries, so a long session cannot grow the log without bound; a deleted video's entries
go with it.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from dataclasses import dataclass
from typing import Literal

from .content_range import ContentRange

#: Entries kept per video (the oldest are dropped first).
DEFAULT_CAP = 4096

#: ``create``: ``POST /videos``; ``source``: ``POST /videos/{id}/source``; ``upload``:
#: ``POST /upload?token=``; ``status``: ``GET /videos/{id}/status``; ``caption``, ``chapters``:
#: ``POST /videos/{id}/captions/{language}`` and ``…/chapters/{language}``; ``thumbnail``:
#: ``POST`` or ``PATCH /videos/{id}/thumbnail``; ``update``: ``PATCH /videos/{id}``.
RequestKind = Literal[
    "create", "source", "upload", "status", "caption", "chapters", "thumbnail", "update"
]


@dataclass(frozen=True)
class LoggedRequest:
    """One request to a video, as the server judged and answered it."""

    seq: int
    kind: RequestKind
    method: str
    path: str
    #: The ``Content-Range`` of a chunk as parsed; None when absent or malformed.
    range: ContentRange | None = None
    #: Bytes of the file part a chunk carried (None when the body was not read to the end).
    size: int | None = None
    #: A chunk recorded, a video created, a status read answered.
    accepted: bool = False
    #: The answer's HTTP status; None when no answer was written (the connection was cut,
    #: by the client or by an injected fault).
    status: int | None = None
    #: For a status read: the inclusive byte ranges its ``receivedBytes`` listed.
    received: tuple[tuple[int, int], ...] = ()
    #: For a status read in the part form: the part numbers its ``receivedParts`` listed.
    received_parts: tuple[int, ...] = ()

    @property
    def is_chunk(self) -> bool:
        return self.kind in ("source", "upload")

    @property
    def span(self) -> tuple[int, int] | None:
        """The inclusive byte range of a chunk in the bytes form, else None."""
        if self.range is None or self.range.kind != "bytes":
            return None
        return (self.range.start, self.range.end)

    @property
    def part(self) -> int | None:
        """The part number of a chunk in the part form, else None."""
        if self.range is None or self.range.kind != "part":
            return None
        return self.range.part


class RequestLog:
    """Thread-safe: written from the server's event loop, read from test threads."""

    def __init__(self, cap: int = DEFAULT_CAP) -> None:
        if cap < 1:
            raise ValueError("the request log keeps at least one entry per video")
        self.cap = cap
        self._lock = threading.Lock()
        self._seq = itertools.count(1)
        self._by_video: dict[str, deque[LoggedRequest]] = {}

    def next_seq(self) -> int:
        """The next order number, emulator-wide."""
        with self._lock:
            return next(self._seq)

    def add(self, video_id: str, entry: LoggedRequest) -> None:
        with self._lock:
            entries = self._by_video.get(video_id)
            if entries is None:
                entries = self._by_video[video_id] = deque(maxlen=self.cap)
            entries.append(entry)

    def for_video(self, video_id: str) -> list[LoggedRequest]:
        """The video's entries in ``seq`` order (a copy)."""
        with self._lock:
            entries = list(self._by_video.get(video_id, ()))
        return sorted(entries, key=lambda e: e.seq)

    def forget(self, video_id: str) -> None:
        with self._lock:
            self._by_video.pop(video_id, None)
