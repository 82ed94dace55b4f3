"""What the engine tells its listeners while a file uploads.

Plain frozen dataclasses, delivered through a callback from the thread doing the work. Listeners
must be quick (bump a counter, queue a signal); they never block the upload.

Events carry typed phases and reasons, never sentences: each front words them in its own
language (the window through Qt's translations, the command line in English), and none has to
read meaning back out of text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from uploader_gui.core.attachments import AttachmentResult
from uploader_gui.core.encoding_watch import EncodingProgress
from uploader_gui.core.reasons import Reason


class Phase(StrEnum):
    """Where one file's upload stands. The values are stable identifiers (the command line's
    JSON lines carry them), not words for a person."""

    #: Asking api.video whether the same file was uploaded before.
    CHECKING = "checking"
    CREATING = "creating"
    UPLOADING = "uploading"
    PAUSED = "paused"
    #: Requests fail to connect or break: sending again once the network answers.
    WAITING_NETWORK = "waiting_network"
    #: The server refused for now (an error, a rate limit) or a request stalled: sending
    #: again after a pause.
    RETRYING = "retrying"
    #: Every byte was sent; asking the server whether it holds them all.
    VERIFYING = "verifying"
    #: The server holds the whole file.
    UPLOADED = "uploaded"
    #: api.video is encoding the video (``encoding`` tells how far).
    PROCESSING = "processing"
    #: The video can be watched (``encoding`` tells which qualities are ready).
    PLAYABLE = "playable"


class RetryCause(StrEnum):
    """Why a request is sent again (stable identifiers, as :class:`Phase`)."""

    CONNECTION_LOST = "connection_lost"
    #: No connection was ever made to the server in this run (not one that dropped).
    UNREACHABLE = "unreachable"
    TIMED_OUT = "timed_out"
    #: Nothing moved for the stall window (``RetryReason.stalled_for`` seconds).
    STALLED = "stalled"
    RATE_LIMITED = "rate_limited"
    #: The server answered with an error status (``RetryReason.status``).
    SERVER_ERROR = "server_error"
    #: The server answered something that could not be read.
    UNREADABLE_ANSWER = "unreadable_answer"


@dataclass(frozen=True)
class RetryReason:
    cause: RetryCause
    #: The HTTP status, for :attr:`RetryCause.SERVER_ERROR`.
    status: int | None = None
    #: Seconds without progress, for :attr:`RetryCause.STALLED`.
    stalled_for: float | None = None


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
    """A request failed and will be sent again after ``delay`` seconds (``chunk_index`` is
    None for a request that is not a chunk, such as creating the video)."""

    chunk_index: int | None
    attempt: int
    delay: float
    reason: RetryReason


@dataclass(frozen=True)
class PhaseChanged:
    """The whole file entered ``phase``. ``retry`` says why, for the waiting phases;
    ``encoding`` how far api.video is, for :attr:`Phase.PROCESSING` and :attr:`Phase.PLAYABLE`."""

    phase: Phase
    retry: RetryReason | None = None
    encoding: EncodingProgress | None = None


@dataclass(frozen=True)
class EarlierUploadUnknown:
    """Whether the file was uploaded before could not be found out (``error`` says why, from
    the client's error); the upload goes on regardless."""

    error: Reason


@dataclass(frozen=True)
class UploadCompleted:
    video_id: str
    video: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordingStatus:
    """An upload while recording: ``waiting`` when every full part on disk is sent and it waits
    for the file to grow (or to settle, which ends the recording); ``sent`` bytes acknowledged,
    ``on_disk`` the file's size when this was said."""

    waiting: bool
    sent: int
    on_disk: int


@dataclass(frozen=True)
class AttachmentsSent:
    """The file's captions, chapters and thumbnail were dealt with (sent, or failed and why),
    told as soon as that is so: encoding is followed after, for a while."""

    results: tuple[AttachmentResult, ...]


def encoding_phase(progress: EncodingProgress) -> PhaseChanged:
    """The phase a reading of api.video's encoding puts the file in."""
    return PhaseChanged(Phase.PLAYABLE if progress.playable else Phase.PROCESSING, None, progress)


UploadEvent = (
    VideoCreated
    | UploadPlanned
    | BytesSent
    | ChunkAcknowledged
    | ChunkRetrying
    | PhaseChanged
    | EarlierUploadUnknown
    | UploadCompleted
    | RecordingStatus
    | AttachmentsSent
)
Listener = Callable[[UploadEvent], None]
