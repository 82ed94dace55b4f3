"""What the engine tells its listeners while a file uploads.

Plain frozen dataclasses, delivered through a callback from the thread doing the work. Listeners
must be quick (bump a counter, queue a signal); they never block the upload.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ChunkRange:
    """One planned request: ``index`` is 0-based; ``start``/``end`` are inclusive byte offsets."""

    index: int
    start: int
    end: int

    @property
    def size(self) -> int:
        return self.end - self.start + 1


@dataclass(frozen=True)
class VideoCreated:
    video_id: str


@dataclass(frozen=True)
class UploadPlanned:
    """The chunks of this file, and which ones the server already has (when resuming)."""

    total_bytes: int
    chunks: tuple[ChunkRange, ...]
    already_done: frozenset[int] = frozenset()


@dataclass(frozen=True)
class BytesSent:
    """Bytes of one chunk left the computer. ``chunk_sent`` counts within that chunk; after a
    retry it starts again from 0, so listeners must not sum these across attempts."""

    chunk_index: int
    chunk_sent: int


@dataclass(frozen=True)
class ChunkAcknowledged:
    chunk_index: int


@dataclass(frozen=True)
class ChunkRetrying:
    """A chunk failed and will be sent again after ``delay`` seconds."""

    chunk_index: int | None
    attempt: int
    delay: float
    reason: str


@dataclass(frozen=True)
class StateChanged:
    """A coarse state for the whole file, worded for a person (``detail`` may be empty)."""

    state: str
    detail: str = ""


@dataclass(frozen=True)
class UploadCompleted:
    video_id: str
    video: Mapping[str, Any] = field(default_factory=dict)


UploadEvent = (
    VideoCreated
    | UploadPlanned
    | BytesSent
    | ChunkAcknowledged
    | ChunkRetrying
    | StateChanged
    | UploadCompleted
)
Listener = Callable[[UploadEvent], None]
