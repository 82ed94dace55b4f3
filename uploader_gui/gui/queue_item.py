"""One file in the window's queue: what the person chose, and how its upload is going.

The upload thread only touches :class:`ProgressCounters` (under its lock); everything else on
:class:`QueueItem` belongs to the GUI thread. The refresh timer copies counters into the
displayed fields, so painting never waits for a worker and a worker never waits for painting.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from uploader_gui.core.attachments import Attachment, AttachmentResult
from uploader_gui.core.environments import Environment
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRetrying,
    RetryReason,
    UploadEvent,
    UploadPlanned,
)
from uploader_gui.core.file_progress import FileProgress
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.title_template import tidy_name
from uploader_gui.core.video_links import VideoLinks
from uploader_gui.gui import recording_words
from uploader_gui.gui import status_words as words
from uploader_gui.gui.environment_words import place
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP
from uploader_gui.gui.unit_words import size_words

if TYPE_CHECKING:
    from uploader_gui.gui.queue_tally import QueueTally


class ItemState(Enum):
    """How a row stands. Each value is the source of its words, marked for translation (see
    :func:`status_words.state_word`)."""

    WAITING = QT_TRANSLATE_NOOP("Status", "Waiting")
    UPLOADING = QT_TRANSLATE_NOOP("Status", "Uploading")
    #: Asking api.video whether the same file was uploaded before.
    CHECKING = QT_TRANSLATE_NOOP("Status", "Checking for an earlier upload")
    PAUSED = QT_TRANSLATE_NOOP("Status", "Paused")
    #: The same file is already on api.video: the creator is asked whether to send it again.
    ASKING = QT_TRANSLATE_NOOP("Status", "Waiting for your answer")
    RETRYING = QT_TRANSLATE_NOOP("Status", "Retrying")
    OFFLINE = QT_TRANSLATE_NOOP("Status", "Waiting for network")
    VERIFYING = QT_TRANSLATE_NOOP("Status", "Verifying")
    PROCESSING = QT_TRANSLATE_NOOP("Status", "Processing")
    READY = QT_TRANSLATE_NOOP("Status", "Ready to watch")
    #: Complete on the server, but encoding could not be followed (an upload token cannot ask).
    UPLOADED = QT_TRANSLATE_NOOP("Status", "Uploaded")
    FAILED = QT_TRANSLATE_NOOP("Status", "Failed")
    CANCELLED = QT_TRANSLATE_NOOP("Status", "Cancelled")
    #: Not sent: the same file is already on api.video (the links lead to that video).
    SKIPPED = QT_TRANSLATE_NOOP("Status", "Already uploaded")
    #: Queued for another environment than the one in use: it waits for that one, never goes
    #: anywhere else unless the creator moves it.
    ELSEWHERE = QT_TRANSLATE_NOOP("Status", "Waits for its environment")

    @property
    def active(self) -> bool:
        """A worker is attached to the file (even if paused or backing off)."""
        return self in _ACTIVE

    @property
    def finished(self) -> bool:
        return self in (
            ItemState.READY,
            ItemState.UPLOADED,
            ItemState.FAILED,
            ItemState.CANCELLED,
            ItemState.SKIPPED,
        )

    @property
    def sending(self) -> bool:
        """Bytes are (or will soon be) on their way: counts against the parallel limit."""
        return self in (
            ItemState.UPLOADING,
            ItemState.CHECKING,
            ItemState.RETRYING,
            ItemState.OFFLINE,
            ItemState.VERIFYING,
        )

    @property
    def retryable(self) -> bool:
        return self in (ItemState.FAILED, ItemState.CANCELLED, ItemState.SKIPPED)


_ACTIVE = frozenset(
    {
        ItemState.UPLOADING,
        ItemState.CHECKING,
        ItemState.PAUSED,
        ItemState.ASKING,
        ItemState.RETRYING,
        ItemState.OFFLINE,
        ItemState.VERIFYING,
        ItemState.PROCESSING,
    }
)

#: States of a file whose bytes are all on the server (whatever encoding is still doing).
COMPLETE_STATES = frozenset({ItemState.READY, ItemState.UPLOADED, ItemState.PROCESSING})
#: Files that will not be sent, left out of the byte totals.
NOT_SENT_STATES = frozenset({ItemState.CANCELLED, ItemState.SKIPPED})
#: The fields the queue's running totals are made of (see :mod:`queue_tally`).
_TALLIED = frozenset({"state", "size", "bytes_done"})

#: States whose detail follows the state word ("Ready to watch · 720p ready").
_WITH_DETAIL = frozenset({ItemState.PROCESSING, ItemState.READY, ItemState.ASKING})


class StripState:
    """What the chunk strip paints for one part of a file."""

    WAITING = 0
    SENDING = 1
    DONE = 2
    RETRYING = 3
    FAILED = 4


def _planned_state(done: int, sent: int, lost: int) -> int:
    """How the strip paints a chunk of a new layout."""
    if done:
        return StripState.DONE
    if sent:
        return StripState.SENDING
    return StripState.RETRYING if lost else StripState.WAITING


class ProgressCounters(FileProgress):
    """A file's bytes (see :class:`~uploader_gui.core.file_progress.FileProgress`), plus what
    the chunk strip paints for each chunk. The upload thread feeds it, the refresh timer reads
    it."""

    def __init__(self) -> None:
        super().__init__()
        self._states = bytearray()

    def _apply(self, event: UploadEvent) -> bool:
        retried: list[int] = []
        if isinstance(event, ChunkRetrying):
            if event.chunk_index is None:
                retried = [i for i, sent in enumerate(self._sent) if sent and self._open(i)]
            elif self._open(event.chunk_index):
                retried = [event.chunk_index]
        changed = super()._apply(event)
        if isinstance(event, UploadPlanned):
            # A chunk under way when the layout is cut anew keeps its place (and its bytes).
            self._states = bytearray(
                _planned_state(done, sent, lost)
                for done, sent, lost in zip(self._acked, self._sent, self._lost, strict=True)
            )
        elif isinstance(event, BytesSent) and changed:
            self._states[event.chunk_index] = StripState.SENDING
        elif isinstance(event, ChunkAcknowledged) and changed:
            self._states[event.chunk_index] = StripState.DONE
        for i in retried:
            self._states[i] = StripState.RETRYING
        return changed or bool(retried)

    def stopped(self, failed: bool) -> None:
        """The upload ended early: chunks in flight become failed (or waiting, when paused or
        cancelled, since they will simply be sent again)."""
        with self._lock:
            mark = StripState.FAILED if failed else StripState.WAITING
            for i, state in enumerate(self._states):
                if state in (StripState.SENDING, StripState.RETRYING):
                    self._states[i] = mark
                    self._set(i, 0, max(self._lost[i], self._sent[i]))
            self._forget_layout()
            self.version += 1

    def bytes_done(self) -> int:
        return self.bytes_shown()

    def strip(self) -> tuple[bytes, list[float], list[int]]:
        """States, fill fractions and sizes per chunk, copied for painting."""
        with self._lock:
            fills = [
                1.0 if done else (sent / size if size else 1.0)
                for sent, size, done in zip(self._sent, self._sizes, self._acked, strict=True)
            ]
            return bytes(self._states), fills, list(self._sizes)


@dataclass
class SpeedMeter:
    """A moving average over the last few seconds, so one slow chunk does not swing the ETA."""

    window: float = 8.0
    _samples: deque[tuple[float, int]] = field(default_factory=deque)

    def add(self, now: float, bytes_done: int) -> None:
        if self._samples and bytes_done < self._samples[-1][1]:
            self._samples.clear()  # a chunk was restarted: old samples mean nothing now
        self._samples.append((now, bytes_done))
        while len(self._samples) > 2 and now - self._samples[0][0] > self.window:
            self._samples.popleft()

    def reset(self) -> None:
        self._samples.clear()

    @property
    def speed(self) -> float:
        if len(self._samples) < 2:
            return 0.0
        (t0, b0), (t1, b1) = self._samples[0], self._samples[-1]
        return (b1 - b0) / (t1 - t0) if t1 > t0 else 0.0


_ids = itertools.count(1)


@dataclass
class QueueItem:
    """A file in the queue. Metadata is editable until the upload starts."""

    path: Path
    size: int
    title: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)
    public: bool = True
    mp4_support: bool = True
    id: int = field(default_factory=lambda: next(_ids))
    state: ItemState = ItemState.WAITING
    detail: str = ""
    retry_at: float | None = None
    retry_attempt: int = 0
    #: Why the file waits to send again (while retrying or offline).
    retry_reason: RetryReason | None = None
    bytes_done: int = 0
    #: Bytes a failed attempt had sent that go once more (see ``core.file_progress``).
    to_send_again: int = 0
    speed: float = 0.0
    #: Seconds left, from the queue's estimate (see :attr:`seconds_left`).
    eta: float | None = None
    started: bool = False
    #: Waiting, and cannot start: the environment in use has no key yet.
    needs_key: bool = False
    video_id: str | None = None
    links: VideoLinks = field(default_factory=VideoLinks)
    #: The thumbnail image (PNG/JPEG bytes) once it was fetched; empty until then.
    thumbnail: bytes = b""
    #: The creator chose to upload this file although it was uploaded before.
    duplicate_ok: bool = False
    #: The next start goes to a new video (the creator retried a cancelled or skipped file).
    fresh_video: bool = False
    #: The next start goes to a new video if the file changed (the creator retried it).
    new_video_if_changed: bool = False
    #: The file's row in the upload store (None while the queue lives in memory only).
    store_id: int | None = None
    #: Its row in the scratch store its uploads run on when the queue is not kept.
    scratch_id: int | None = None
    #: Where the file goes: the environment in use when it was added (None: not chosen yet,
    #: it goes to the first one with a credential).
    environment: Environment | None = None
    #: Captions, chapters and a thumbnail to send once the video is uploaded (found next to
    #: the file, or chosen in the panel), one per slot (:attr:`Attachment.key`).
    attachments: list[Attachment] = field(default_factory=list)
    #: How each attachment went in the last run, by slot.
    attachment_results: dict[str, AttachmentResult] = field(default_factory=dict)
    #: The video is uploaded and only its attachments are being sent again.
    attaching: bool = False
    #: An attachment was given while its uploaded video was still followed: sent when that ends.
    attach_after: bool = False
    #: What the row last said about encoding ("1080p ready"), shown again once no attachment
    #: problem is told in its place.
    encoding_words: str = ""
    #: Uploaded while it is still being recorded (it grows as it is sent, and is complete
    #: once it stops changing for the settle time).
    recording: bool = False
    #: Written moments before it was added: watched for a moment to tell a recording under way
    #: from a finished export ("Checking…"); it starts once that is known.
    judging_growth: bool = False
    #: While recording: every full part on disk is sent, and the upload waits for more.
    recording_waiting: bool = False
    #: While recording: the bytes api.video acknowledged.
    recording_sent: int = 0
    #: Taken from a watched folder: a file api.video already has is skipped without asking.
    watched: bool = False
    counters: ProgressCounters = field(default_factory=ProgressCounters)
    meter: SpeedMeter = field(default_factory=SpeedMeter)
    seen_version: int = -1

    #: The queue's running totals this row counts in, set by the model while it holds the row.
    tally: QueueTally | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.title:
            self.title = default_title(self.path)

    def __setattr__(self, name: str, value: object) -> None:
        """Every change of a counted field reaches the queue's totals, wherever it is made."""
        object.__setattr__(self, name, value)
        if name in _TALLIED:
            tally = self.__dict__.get("tally")
            if tally is not None:
                tally.changed(self)

    @property
    def name(self) -> str:
        return self.path.name

    def metadata(self) -> VideoMetadata:
        return VideoMetadata(
            title=self.title,
            description=self.description,
            tags=list(self.tags),
            public=self.public,
            mp4_support=self.mp4_support,
        )

    def take_progress(self) -> None:
        """Read the upload thread's counters into what the row shows."""
        snap = self.counters.snapshot()
        self.bytes_done = snap.shown
        self.to_send_again = snap.to_send_again

    def settle_progress(self) -> None:
        """The upload ended without finishing: the row keeps only what the server acknowledged.
        Bytes in flight or to send again are held nowhere, and the next attempt sends them."""
        self.bytes_done = self.counters.snapshot().confirmed
        self.to_send_again = 0

    @property
    def editable(self) -> bool:
        """Title and options can change only before the video exists on the server."""
        return not self.started

    @property
    def fraction(self) -> float:
        if self.state in (ItemState.READY, ItemState.UPLOADED, ItemState.PROCESSING):
            return 1.0
        return min(1.0, self.bytes_done / self.size) if self.size else 0.0

    @property
    def seconds_left(self) -> float | None:
        """This file's time left, from the queue's one estimate (set with the queue's
        summary, so the file's and the queue's times agree)."""
        if self.state is not ItemState.UPLOADING or self.speed <= 0:
            return None
        return self.eta

    def state_text(self, now: float | None = None) -> str:
        """The state column, in words a creator understands (see :mod:`status_words`)."""
        state = self.state
        if state in (ItemState.RETRYING, ItemState.OFFLINE):
            wait = None
            if self.retry_at is not None:
                wait = max(0.0, self.retry_at - (time.monotonic() if now is None else now))
            text = words.retrying_words(
                offline=state is ItemState.OFFLINE,
                wait=wait,
                attempt=self.retry_attempt,
                reason=self.retry_reason,
            )
            return self._with_again(text)
        if state is ItemState.UPLOADING and self.recording:
            # The parts confirmed, or more while the last part is on its way.
            sent = max(self.recording_sent, self.bytes_done)
            return recording_words.status_words(sent, waiting=self.recording_waiting)
        if state is ItemState.UPLOADING:
            return self._with_again(words.state_word(state.value))
        if state is ItemState.WAITING and self.judging_growth:
            return recording_words.checking_words()
        if state is ItemState.WAITING and self.recording:
            return recording_words.waiting_words()
        if state is ItemState.FAILED and self.detail:
            return words.failed_words(self.detail)
        if state in _WITH_DETAIL and self.detail:
            return words.with_detail(words.state_word(state.value), self.detail)
        if state is ItemState.SKIPPED and self.detail:
            return self.detail
        if state is ItemState.ELSEWHERE and self.environment is not None:
            return words.waits_for_words(place(self.environment))
        if state is ItemState.WAITING and self.needs_key:
            return words.waits_for_key_words()
        return words.state_word(state.value)

    def _with_again(self, text: str) -> str:
        """``… · 12.6 MB to send again`` while a failed attempt's bytes go once more."""
        again = self.to_send_again
        if not again:
            return text
        return words.with_detail(text, words.to_send_again_words(size_words(again)))


def default_title(path: Path) -> str:
    """``holiday_in_rome.mp4`` → ``holiday in rome``: the name a person would type."""
    return tidy_name(path)
