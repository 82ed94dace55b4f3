"""Uploading one file: create the video, send its chunks (several at once), survive faults,
and return only once the server confirms it holds every byte.

The work is synchronous and runs in the caller's thread plus a small pool for parallel chunks.
Pause, resume and cancel come from another thread through :class:`UploadControl`; they take
effect between blocks of a chunk, so even a 200 MiB chunk reacts at once.

Rules kept here:

* The video id is reported (:class:`VideoCreated`) before any byte is sent, so a caller can
  store it and resume later with ``video_id=``; a file never gets a second video.
* The chunk that completes the file is sent last, after every other one is acknowledged, so the
  server's completion answer is the full Video.
* A retried chunk that the server says it already has (its answer was lost) is checked against
  ``/status`` instead of failing.
* Nothing restarts from zero: a failed chunk is sent again alone.
* On a fast link to api.video the chunks not sent yet grow, so requests stay under the
  per-minute upload limit (:mod:`chunk_sizing`); listeners then get a second
  :class:`UploadPlanned` whose ``already_done`` holds every chunk acknowledged so far, and chunks
  already handed out keep their index.
* An optional :class:`RateLimiter` caps the bytes per second of every upload that shares it.
* A slow link is slow, not broken: a chunk request is given up only when nothing moves for the
  stall window (``UploadOptions.stall_seconds``); that is announced as a retry whose cause is
  :attr:`RetryCause.STALLED` and the chunk is sent again. Body blocks shrink to a fraction of a
  second of the measured speed, so pause and progress keep reacting on a slow link.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, Literal

from uploader_gui.core.api_client import (
    ApiClient,
    StallError,
    request_never_left,
)
from uploader_gui.core.chunk_body import BLOCK_SIZE, ChunkBody, file_identity
from uploader_gui.core.chunk_plan import content_range, plan_chunks
from uploader_gui.core.chunk_schedule import ChunkSchedule
from uploader_gui.core.chunk_sizing import (
    ThroughputMeter,
    grown_chunk_size,
    uploads_per_minute_for,
)
from uploader_gui.core.duplicates import FINGERPRINT_KEY, videos_with_metadata
from uploader_gui.core.errors import (
    MSG_FILE_CHANGED,
    MSG_FILE_MISSING,
    MSG_FILE_UNREADABLE,
    MSG_FILE_VANISHED,
    MSG_NO_LINKS_WITH_TOKEN,
    MSG_NOT_A_FILE,
    CancelledError,
    InvalidInputError,
    NetworkError,
    QuotaError,
    ServerError,
    SourceChangedError,
    UploadError,
)
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRange,
    ChunkRetrying,
    Listener,
    Phase,
    PhaseChanged,
    RetryCause,
    RetryReason,
    UploadCompleted,
    UploadEvent,
    UploadPlanned,
    VideoCreated,
)
from uploader_gui.core.ingest_status import (
    chunks_received,
    guess_chunk_size,
    guess_part_size,
    is_complete,
    parts_match,
    received_chunks,
    received_parts,
    received_ranges,
)
from uploader_gui.core.limits import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_PARALLEL_CHUNKS,
    KIB,
    MAX_CHUNK_SIZE,
    MIN_CHUNK_SIZE,
    UPLOADS_PER_MINUTE,
)
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.problems import MSG_REFUSED, AlreadyReceivedError
from uploader_gui.core.rate_limit import RateLimiter
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.video_links import VideoLinks, links_in, links_of

log = logging.getLogger(__name__)

MSG_CANCELLED = "The upload was cancelled."
MSG_NOT_CONFIRMED = (
    "The server did not confirm that it received the whole file. Try the upload again."
)
MSG_PARTS_UNKNOWN = (
    "The server's record of the parts already sent fits no part size, so the upload cannot be "
    "continued safely. Upload the file again as a new video."
)
MSG_GAVE_UP = "{message} Gave up after {attempts} attempts."
MSG_CREATE_LOST = (
    "The connection dropped while the video was being created. Check the video list on "
    "api.video before trying again, so the video is not created twice."
)
MSG_FIRST_CHUNK_LOST = (
    "The connection dropped just after the start of the file was sent with the upload token, "
    "so api.video may already have made a video of it. Check the video list on api.video "
    "before trying again, so the video is not created twice."
)

#: After a lost answer to creating a video, a video with the file's fingerprint created this
#: many seconds around now (either side: clocks differ) may be the one that request made.
CREATED_LOOKUP_WINDOW = 10 * 60
#: How many times the final check asks ``/status`` before giving up (the server may still be
#: assembling the last chunk when it answers).
VERIFY_TRIES = 5
VERIFY_PAUSE = 0.5
#: Longest single sleep while waiting for the bandwidth cap, so pause and cancel act at once.
THROTTLE_STEP = 0.25
#: Under a bandwidth cap a block holds about this many seconds of sending (at least
#: :data:`MIN_CAPPED_BLOCK`), so a low cap still gives smooth sending and progress.
CAPPED_BLOCK_SECONDS = 0.125
MIN_CAPPED_BLOCK = 16 * KIB
#: On a slow link a block holds about this many seconds of one connection's measured speed
#: (at least :data:`MIN_SLOW_BLOCK`), so pause, cancel and progress keep reacting quickly.
SLOW_BLOCK_SECONDS = 0.25
MIN_SLOW_BLOCK = 64 * KIB


@dataclass(frozen=True)
class UploadOptions:
    #: The wished chunk size; the smallest used when chunks adapt (see ``adaptive_chunks``).
    chunk_size: int = DEFAULT_CHUNK_SIZE
    #: Chunks of one file in flight at once.
    parallel_chunks: int = DEFAULT_PARALLEL_CHUNKS
    range_form: Literal["bytes", "part"] = "bytes"
    #: Attempts per request before the file fails; ``None`` keeps trying for ever (rate-limit
    #: waits never count).
    max_attempts: int | None = 8
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    #: Grow the chunks on a fast link so requests stay under the per-minute upload limit
    #: (bytes form only). ``None``: on for api.video's production and sandbox addresses.
    adaptive_chunks: bool | None = None
    #: The limit to stay under; ``None``: the environment's (production's for other servers).
    uploads_per_minute: int | None = None
    #: A bandwidth cap; give the same object to several uploads to cap their sum.
    rate_limiter: RateLimiter | None = None
    #: Seconds a chunk request may go without a byte moving before it is given up and sent
    #: again; ``None``: the client's (:data:`~uploader_gui.core.api_client.DEFAULT_STALL_SECONDS`).
    stall_seconds: float | None = None

    def request_limit(self, base_url: str) -> int | None:
        """Upload requests per minute to stay under, or ``None`` when chunks do not adapt."""
        known = uploads_per_minute_for(base_url)
        if self.adaptive_chunks is False or self.range_form != "bytes":
            return None
        if self.adaptive_chunks is None and known is None:
            return None
        return self.uploads_per_minute or known or UPLOADS_PER_MINUTE["production"]


class _RetryWaits:
    """Where retry waits sleep, so that a cancel ends them and a nudge cuts them short.

    Nudges are counted, and a wait ends once the count has moved past a mark: by default the
    count when the wait began, or the one taken when the failed attempt began. So a nudge that
    lands between a request failing and its wait starting (the network came back just then) is
    kept for that wait, while a nudge from long before leaves later waits whole.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._nudges = 0
        #: Threads inside :meth:`wait` now.
        self._waiting = 0

    def nudge(self) -> None:
        with self._cond:
            self._nudges += 1
            self._cond.notify_all()

    def wake(self) -> None:
        """Have every wait look at its ``stopped`` again (a cancel or a brake was pulled)."""
        with self._cond:
            self._cond.notify_all()

    def mark(self) -> int:
        with self._cond:
            return self._nudges

    def wait(self, seconds: float, stopped: Callable[[], bool], since: int | None = None) -> None:
        deadline = time.monotonic() + seconds
        with self._cond:
            seen = self._nudges if since is None else since
            self._waiting += 1
            self._cond.notify_all()  # for :meth:`until_waiting`
            try:
                while self._nudges == seen and not stopped():
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return
                    self._cond.wait(left)
            finally:
                self._waiting -= 1

    def until_waiting(self, count: int, timeout: float) -> bool:
        """Block until at least ``count`` threads wait here (False after ``timeout``): how a
        caller knows a wait has begun, so a nudge given now is sure to end it."""
        with self._cond:
            return self._cond.wait_for(lambda: self._waiting >= count, timeout)

    @property
    def waiting(self) -> int:
        with self._cond:
            return self._waiting


class UploadControl:
    """Pause, resume, cancel and nudge for one upload (or several), safe to call from any
    thread."""

    def __init__(self) -> None:
        self._running = threading.Event()
        self._running.set()
        self._cancelled = threading.Event()
        self._waits = _RetryWaits()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()
        self._waits.wake()

    def nudge(self) -> None:
        """Try again now: end every retry wait in progress instead of sitting out its backoff
        (the computer woke up, the network came back). The engine backs off again if it must;
        waits begun after the nudge run their course."""
        self._waits.nudge()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait_resumed(self, timeout: float) -> bool:
        """Block until resumed or cancelled (or ``timeout``); True when no longer paused."""
        return self._running.wait(timeout)

    def nudge_mark(self) -> int:
        """A mark for :meth:`sleep`: nudges given after this moment end that sleep."""
        return self._waits.mark()

    def until_waiting(self, count: int = 1, timeout: float = 10.0) -> bool:
        """Block until at least ``count`` retry waits under this control have begun (False
        after ``timeout``); see :meth:`sleep`."""
        return self._waits.until_waiting(count, timeout)

    @property
    def waiting(self) -> int:
        """Retry waits under this control in progress now."""
        return self._waits.waiting

    def sleep(self, seconds: float, since: int | None = None) -> None:
        """Wait ``seconds``, cut short by a cancel or a :meth:`nudge` given after ``since``
        (a :meth:`nudge_mark`; by default, after the sleep began)."""
        self._waits.wait(seconds, lambda: self.cancelled, since)


@dataclass(frozen=True)
class UploadResult:
    """A file the server confirmed holding in full.

    The links come from the Video the server sent back. An upload token cannot read a video:
    when the answer to its completing chunk was lost and the retry was told "already uploaded",
    all that is known is the video id, so the links are ``None``; :attr:`links_note` then holds
    the sentence to show instead.
    """

    video_id: str
    size: int
    #: The Video as api.video describes it (``assets`` holds the links).
    video: dict[str, Any]

    @property
    def has_links(self) -> bool:
        return links_of(self.video) is not None

    @property
    def links(self) -> VideoLinks:
        """The video's links (empty when the server gave none)."""
        return links_in(self.video)

    @property
    def links_note(self) -> str | None:
        """Why there are no links to show, or ``None`` when there are."""
        return None if self.has_links else MSG_NO_LINKS_WITH_TOKEN


class _AbortedError(Exception):
    """Another chunk of the same file failed: stop this one quietly."""


def check_readable_file(path: Path) -> tuple[int, int]:
    """Size and mtime of a file that can be uploaded, or a plain reason why it cannot."""
    try:
        if path.is_dir():
            raise InvalidInputError(MSG_NOT_A_FILE)
        identity = file_identity(path)
        with open(path, "rb"):
            pass
    except FileNotFoundError:
        raise InvalidInputError(MSG_FILE_MISSING) from None
    except PermissionError:
        raise InvalidInputError(MSG_FILE_UNREADABLE) from None
    except IsADirectoryError:
        raise InvalidInputError(MSG_NOT_A_FILE) from None
    return identity


def _retry_reason(error: UploadError) -> RetryReason:
    if isinstance(error, StallError):
        return RetryReason(RetryCause.STALLED, stalled_for=error.seconds)
    if isinstance(error, QuotaError):
        return RetryReason(RetryCause.RATE_LIMITED, status=error.status)
    if isinstance(error, ServerError):
        if error.status:
            return RetryReason(RetryCause.SERVER_ERROR, status=error.status)
        return RetryReason(RetryCause.UNREADABLE_ANSWER)
    detail = (error.detail or "").lower()
    if isinstance(error, NetworkError) and "timed out" in detail:
        return RetryReason(RetryCause.TIMED_OUT)
    return RetryReason(RetryCause.CONNECTION_LOST)


def _surely_not_received(
    error: NetworkError, bodies: Sequence[ChunkBody], chunk: ChunkRange
) -> bool:
    """True when the failed request cannot have been acted on: no connection was made, or the
    connection broke before the chunk's last byte left (a server does not act on half a body)."""
    if request_never_left(error):
        return True
    return bool(bodies) and bodies[-1].sent < chunk.size


def _created_at(video: Mapping[str, Any]) -> float | None:
    """A Video's ``createdAt`` as seconds since the epoch, or ``None`` when unreadable."""
    text = video.get("createdAt")
    if not isinstance(text, str):
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when.timestamp() if when.tzinfo is not None else None


class FileUpload:
    """One file to one video. Call :meth:`run` once, from a worker thread.

    Give ``video_id`` to resume an upload started earlier (with the same chunk size): with an
    API key the server's ``/status`` tells which chunks to skip. With an upload token there is no
    ``/status`` to ask: ``already_received`` (inclusive byte ranges the server acknowledged, as
    the caller recorded them) says what to skip; without it every chunk is offered and those the
    server says it has are skipped.

    With an upload token and no ``video_id``, the server creates the video on the first chunk,
    so :class:`VideoCreated` comes after that chunk's bytes; the other chunks wait for it.

    ``sleep`` replaces the waits between retries (tests pass a function that returns at once).
    Events reach ``listener`` from the threads doing the work; a listener that raises is logged
    and otherwise ignored.
    """

    def __init__(
        self,
        client: ApiClient,
        path: Path,
        metadata: VideoMetadata,
        options: UploadOptions = UploadOptions(),
        *,
        listener: Listener | None = None,
        control: UploadControl | None = None,
        video_id: str | None = None,
        sleep: Callable[[float], None] | None = None,
        already_received: Sequence[tuple[int, int]] = (),
    ) -> None:
        self._client = client
        self._path = Path(path)
        self._metadata = metadata
        self._options = options
        self._listener = listener
        self._control = control or UploadControl()
        self._video_id = video_id
        self._known_ranges = tuple(already_received)
        self._sleep = sleep
        self._emit_lock = threading.RLock()
        self._pause_lock = threading.Lock()
        self._pausers = 0
        self._pause_epoch = 0
        self._abort = threading.Event()
        self._identity: tuple[int, int] = (0, 0)
        self._size = 0
        self._total_parts = 0
        self._form: Literal["bytes", "part"] = options.range_form
        self._schedule: ChunkSchedule | None = None
        self._acked: set[int] = set()
        self._meter = ThroughputMeter()
        #: This file's acknowledged bytes per second, once measured (sizes body blocks).
        self._speed: float | None = None
        # A token upload cannot read /status, so resuming it relies on the layout being the
        # one its chunk size gives: its chunks never change size mid-way.
        self._request_limit = (
            None if client.uses_upload_token else options.request_limit(client.base_url)
        )

    @property
    def video_id(self) -> str | None:
        return self._video_id

    # -- the whole file ----------------------------------------------------------------------

    def run(self) -> UploadResult:
        self._identity = check_readable_file(self._path)
        self._size = self._identity[0]
        chunk_size = self._options.chunk_size
        schedule = ChunkSchedule(self._size, chunk_size, small_last=self._form == "bytes")
        self._checkpoint()
        token = self._client.uses_upload_token
        if self._video_id is None and not token:
            self._state(Phase.CREATING)
            video = self._create_video()
            self._video_id = str(video["videoId"])
            self._emit(VideoCreated(self._video_id))
        elif self._video_id is not None:
            self._emit(VideoCreated(self._video_id))
            if not token:
                status = self._call(lambda: self._client.get_status(self._vid()))
                schedule = self._schedule_for_resume(status, schedule)
            elif self._known_ranges:
                schedule = self._schedule_from_known(schedule)
        self._schedule = schedule
        self._total_parts = len(schedule.chunks)
        self._emit(UploadPlanned(self._size, schedule.chunks, schedule.done))
        self._state(Phase.UPLOADING)
        self._client.upload_started()
        try:
            completion = self._send_all(schedule)
        finally:
            self._client.upload_ended()
        self._check_source()
        return self._finish(schedule.chunks, completion)

    def _schedule_for_resume(
        self, status: Mapping[str, Any], fresh: ChunkSchedule
    ) -> ChunkSchedule:
        """Continue the way the upload started: the server refuses a change of form (part or
        bytes), and new chunks must not overlap the ones it has.

        In the bytes form the server's ranges are kept as they are and the gaps are cut anew.
        Part numbers only line up with the part size they were sent with (see :meth:`_part_plan`).
        """
        if received_parts(status):
            self._form = "part"
        elif received_ranges(status):
            self._form = "bytes"
            return ChunkSchedule.around(
                self._size, self._options.chunk_size, received_chunks(status)
            )
        else:
            return fresh
        plan = self._part_plan(status)
        self._request_limit = None
        return ChunkSchedule.from_plan(self._size, plan, chunks_received(status, plan))

    def _schedule_from_known(self, fresh: ChunkSchedule) -> ChunkSchedule:
        """A token cannot ask ``/status``: the caller's record of the ranges the server
        acknowledged stands in for it. In the bytes form they are kept as they are and the
        gaps cut anew; in the part form only whole parts of the usual layout count."""
        known = [(a, b) for a, b in self._known_ranges if 0 <= a <= b < self._size]
        if self._form == "bytes":
            return ChunkSchedule.around(self._size, self._options.chunk_size, known)
        ranges = {"ingest": {"receivedBytes": [{"from": a, "to": b} for a, b in known]}}
        plan = fresh.chunks
        return ChunkSchedule.from_plan(self._size, plan, chunks_received(ranges, plan))

    def _part_plan(self, status: Mapping[str, Any]) -> tuple[ChunkRange, ...]:
        """The part layout the server's record fits: the caller's chunk size when it does (a
        server may merge neighbouring parts into one byte range, so the first range alone is
        no measure), else the size the received parts and ranges show together. A layout
        that fits nothing is refused: it would skip parts or send some twice."""
        plan = plan_chunks(self._size, self._options.chunk_size)
        if parts_match(status, plan):
            return plan
        for guessed in (guess_part_size(status, self._size), guess_chunk_size(status, self._size)):
            if guessed is None or not MIN_CHUNK_SIZE <= guessed <= MAX_CHUNK_SIZE:
                continue
            other = plan_chunks(self._size, guessed)
            if parts_match(status, other):
                log.info("Resuming %s with the part size it started with: %d", self._path, guessed)
                return other
        raise InvalidInputError(MSG_PARTS_UNKNOWN, detail=repr(status.get("ingest")))

    def _create_video(self) -> dict[str, Any]:
        def create() -> dict[str, Any]:
            try:
                return self._client.create_video(self._metadata)
            except NetworkError as exc:
                if request_never_left(exc):
                    raise
                # The server may have created it: trying again could make a second video.
                found = self._find_created_video()
                if found is None:
                    raise InvalidInputError(MSG_CREATE_LOST, detail=exc.detail) from exc
                log.info(
                    "The answer to creating %s was lost; continuing in %s",
                    self._path,
                    found.get("videoId"),
                )
                return found

        video = self._call(create)
        if not video.get("videoId"):
            raise ServerError("The server did not say which video it created.")
        return video

    def _find_created_video(self) -> dict[str, Any] | None:
        """The video a creation whose answer was lost made, if the file's fingerprint in its
        metadata finds one: the newest one created in the last few minutes, with this title
        and no byte received yet. ``None`` when there is no fingerprint or no such video."""
        fingerprint = self._metadata.metadata.get(FINGERPRINT_KEY)
        if not fingerprint:
            return None
        try:
            page = self._call(
                lambda: {"data": videos_with_metadata(self._client, FINGERPRINT_KEY, fingerprint)}
            )
            videos: list[dict[str, Any]] = page["data"]
            now = time.time()
            for video in videos:
                video_id = video.get("videoId")
                created = _created_at(video)
                if (
                    not isinstance(video_id, str)
                    or not video_id
                    or video.get("title") != self._metadata.title
                    or created is None
                    or abs(now - created) > CREATED_LOOKUP_WINDOW
                ):
                    continue
                status = self._call(partial(self._client.get_status, video_id))
                ingest = status.get("ingest")
                if isinstance(ingest, Mapping) and ingest.get("receivedBytes"):
                    continue  # another upload of the same file, already under way
                return video
        except CancelledError:
            raise
        except UploadError as exc:
            log.info("Could not look for the video whose creation answer was lost: %s", exc)
        return None

    def _send_all(self, schedule: ChunkSchedule) -> dict[str, Any]:
        """Send what ``schedule`` has left; the last chunk goes alone, after all others.
        Returns the server's answer to that last one."""
        if self._video_id is None:
            # A token upload learns its video id from the first answer: nothing may go in
            # parallel before that, or each chunk would start a video of its own.
            first = schedule.take() or schedule.take_last()
            if first is None:
                return {}
            answer = self._send_chunk(first)
            if not schedule.pending():
                return answer
        self._send_parallel(schedule)
        last = schedule.take_last()
        return self._send_chunk(last) if last is not None else {}

    def _send_parallel(self, schedule: ChunkSchedule) -> None:
        """Send every chunk but the last, ``parallel_chunks`` at a time."""
        workers = max(1, min(self._options.parallel_chunks, len(schedule.pending()) - 1))
        if workers == 1:
            while (chunk := schedule.take()) is not None:
                self._send_chunk(chunk)
            return

        def worker() -> None:
            while not self._abort.is_set() and (chunk := schedule.take()) is not None:
                self._send_chunk(chunk)

        with ThreadPoolExecutor(workers, thread_name_prefix="chunk") as pool:
            futures: list[Future[None]] = [pool.submit(worker) for _ in range(workers)]
            finished, _ = wait(futures, return_when=FIRST_EXCEPTION)
            if any(f.exception() is not None for f in finished):
                self._abort.set()
            wait(futures)
        self._abort.clear()
        errors = [f.exception() for f in futures if f.exception() is not None]
        real = [e for e in errors if not isinstance(e, _AbortedError)]
        if real:
            # A cancel wins over the errors it caused in the other chunks.
            cancelled = [e for e in real if isinstance(e, CancelledError)]
            raise (cancelled or real)[0]  # type: ignore[misc]

    def _finish(self, plan: tuple[ChunkRange, ...], completion: dict[str, Any]) -> UploadResult:
        """Honest completion: the server's ``/status`` must show every byte.

        An upload token cannot read ``/status``; there the completing chunk's answer (the full
        Video, given only once the source is complete) is the confirmation.
        """
        video_id = self._vid()
        self._state(Phase.VERIFYING)
        if self._client.uses_upload_token:
            video: Mapping[str, Any] = completion or {"videoId": video_id}
        else:
            for attempt in range(VERIFY_TRIES):
                status = self._call(lambda: self._client.get_status(video_id))
                if is_complete(status, self._size, plan):
                    break
                if attempt + 1 < VERIFY_TRIES:
                    self._wait(VERIFY_PAUSE)
            else:
                raise ServerError(MSG_NOT_CONFIRMED)
            video = (
                completion
                if "assets" in completion
                else self._call(lambda: self._client.get_video(video_id))
            )
        self._state(Phase.UPLOADED)
        self._emit(UploadCompleted(video_id, video))
        return UploadResult(video_id=video_id, size=self._size, video=dict(video))

    # -- one chunk -------------------------------------------------------------------------------

    def _send_chunk(self, chunk: ChunkRange) -> dict[str, Any]:
        header = content_range(chunk, self._size, self._total_parts, self._form)

        bodies: list[ChunkBody] = []

        def make_body(fields: dict[str, str]) -> ChunkBody:
            body = ChunkBody(
                self._path,
                chunk.start,
                chunk.size,
                fields=fields,
                checkpoint=self._checkpoint,
                on_progress=lambda sent: self._emit(BytesSent(chunk.index, sent)),
                throttle=self._throttle if self._options.rate_limiter is not None else None,
                block_size=self._block_size(),
            )
            bodies.append(body)
            return body

        def attempt() -> dict[str, Any]:
            self._check_source()
            # After a 429 every chunk waits out the same window, not just the refused one.
            self._wait(self._client.upload_wait())
            self._meter.started()
            try:
                return self._client.upload_chunk(
                    self._video_id, make_body, header, stall_seconds=self._options.stall_seconds
                )
            except AlreadyReceivedError as exc:
                return self._already_received(chunk, exc)
            except NetworkError as exc:
                if self._video_id is None and not _surely_not_received(exc, bodies, chunk):
                    # A token's first chunk starts a video; sent again, it would start another.
                    raise InvalidInputError(MSG_FIRST_CHUNK_LOST, detail=exc.detail) from exc
                raise

        answer = self._call(attempt, chunk)
        if self._video_id is None:
            new_id = answer.get("videoId")
            if not new_id:
                raise ServerError("The server did not say which video the upload went to.")
            self._video_id = str(new_id)
            self._emit(VideoCreated(self._video_id))
        self._acked.add(chunk.index)
        self._emit(ChunkAcknowledged(chunk.index))
        self._adapt(chunk)
        return answer

    def _adapt(self, chunk: ChunkRange) -> None:
        """Grow the chunks not sent yet when the link is fast enough to hit the request limit."""
        speed = self._meter.acknowledged(chunk.size)
        if speed is not None:
            self._speed = speed
        schedule, limit = self._schedule, self._request_limit
        if speed is None or schedule is None or limit is None or self._form != "bytes":
            return
        size = grown_chunk_size(schedule.chunk_size, speed, limit, self._client.active_uploads)
        if size is None or not schedule.recut(size):
            return
        log.info("%s goes at %.0f bytes/s: chunks of %d bytes from now on", self._path, speed, size)
        with self._emit_lock:
            # Held across reading the layout and telling it, so an acknowledgement from another
            # chunk is either in ``done`` or told after the new layout.
            done = frozenset(schedule.done | self._acked)
            self._emit(UploadPlanned(self._size, schedule.chunks, done))

    def _block_size(self) -> int:
        """1 MiB on a fast link (fewer Python calls per byte); on a slow link or under a low
        cap, a fraction of a second of sending, so a block never holds up a pause for long."""
        size = BLOCK_SIZE
        limiter = self._options.rate_limiter
        rate = limiter.bytes_per_second if limiter is not None else None
        if rate is not None:
            size = min(size, max(MIN_CAPPED_BLOCK, int(rate * CAPPED_BLOCK_SECONDS)))
        if self._speed is not None:
            per_connection = self._speed / max(1, self._options.parallel_chunks)
            size = min(size, max(MIN_SLOW_BLOCK, int(per_connection * SLOW_BLOCK_SECONDS)))
        return size

    def _throttle(self, nbytes: int) -> None:
        """Wait until the shared bandwidth cap lets ``nbytes`` more go."""
        limiter = self._options.rate_limiter
        delay = limiter.reserve(nbytes) if limiter is not None else 0.0
        if delay <= 0:
            return
        until = time.monotonic() + delay
        while (left := until - time.monotonic()) > 0:
            self._control.sleep(min(left, THROTTLE_STEP))
            self._checkpoint()

    def _already_received(self, chunk: ChunkRange, error: AlreadyReceivedError) -> dict[str, Any]:
        """The server refused a chunk as a duplicate: an earlier attempt did arrive, only its
        answer was lost. Believe it only if ``/status`` agrees (a token cannot ask; there the
        refusal itself is the evidence)."""
        log.info("Chunk %d already on the server (%s); checking", chunk.index, error.detail)
        if self._client.uses_upload_token or self._video_id is None:
            return {"videoId": self._video_id} if self._video_id else {}
        video_id = self._video_id
        status = self._client.get_status(video_id)
        plan = (chunk,)
        if chunk.index in chunks_received(status, plan) or (
            error.whole_source and is_complete(status, self._size, ())
        ):
            return {"videoId": video_id}
        raise InvalidInputError(
            MSG_REFUSED.format(reason=error.detail), detail=error.detail, status=error.status
        )

    # -- retries ---------------------------------------------------------------------------------

    def _call(
        self, request: Callable[[], dict[str, Any]], chunk: ChunkRange | None = None
    ) -> dict[str, Any]:
        """Run ``request`` until it succeeds, retrying what can be retried."""
        failures = 0
        waits = 0
        policy = self._options.retry
        while True:
            self._checkpoint()
            epoch = self._pause_epoch
            # A nudge given from here on (while this attempt runs and fails) ends its wait.
            mark = self._control.nudge_mark()
            try:
                result = request()
                if waits:
                    self._state(Phase.UPLOADING)
                return result
            except UploadError as exc:
                if not exc.retryable:
                    raise
                error = exc
            waits += 1
            if isinstance(error, QuotaError):
                delay = policy.rate_limit_delay(error.retry_after, waits)
            elif epoch != self._pause_epoch:
                # The connection broke while the upload was paused: not a failure to count.
                delay = 0.0
            else:
                failures += 1
                limit = self._options.max_attempts
                if limit is not None and failures >= limit:
                    raise type(error)(
                        MSG_GAVE_UP.format(message=error.message, attempts=failures),
                        detail=error.detail,
                        status=error.status,
                    ) from error
                delay = policy.delay(failures)
            self._announce_retry(chunk, failures or waits, delay, error)
            self._wait(delay, since=mark)

    def _announce_retry(
        self, chunk: ChunkRange | None, attempt: int, delay: float, error: UploadError
    ) -> None:
        reason = _retry_reason(error)
        log.info("Retrying %s chunk %s in %.1f s: %s", self._path.name, chunk, delay, error.detail)
        self._emit(ChunkRetrying(chunk.index if chunk else None, attempt, delay, reason))
        waiting_for_network = isinstance(error, NetworkError) and not isinstance(error, StallError)
        phase = Phase.WAITING_NETWORK if waiting_for_network else Phase.RETRYING
        self._state(phase, reason)

    def _wait(self, seconds: float, since: int | None = None) -> None:
        if seconds > 0:
            if self._sleep is not None:
                self._sleep(seconds)
            else:
                self._control.sleep(seconds, since)
        self._checkpoint()

    # -- checks between blocks -------------------------------------------------------------------

    def _checkpoint(self) -> None:
        """Raise on cancel (or when a sibling chunk failed); block while paused."""
        control = self._control
        if control.cancelled:
            raise CancelledError(MSG_CANCELLED)
        if self._abort.is_set():
            raise _AbortedError
        if not control.paused:
            return
        with self._pause_lock:
            self._pausers += 1
            if self._pausers == 1:
                self._pause_epoch += 1
                self._state(Phase.PAUSED)
        try:
            while control.paused and not self._abort.is_set():
                control.wait_resumed(0.25)
        finally:
            with self._pause_lock:
                self._pausers -= 1
                if self._pausers == 0 and not control.cancelled:
                    self._state(Phase.UPLOADING)
        if control.cancelled:
            raise CancelledError(MSG_CANCELLED)
        if self._abort.is_set():
            raise _AbortedError

    def _check_source(self) -> None:
        try:
            identity = file_identity(self._path)
        except FileNotFoundError:
            raise SourceChangedError(MSG_FILE_VANISHED) from None
        except OSError as exc:
            raise SourceChangedError(MSG_FILE_VANISHED, detail=str(exc)) from exc
        if identity != self._identity:
            raise SourceChangedError(
                MSG_FILE_CHANGED, detail=f"was {self._identity}, now {identity} (size, mtime)"
            )

    # -- events ---------------------------------------------------------------------------------

    def _vid(self) -> str:
        assert self._video_id is not None
        return self._video_id

    def _state(self, phase: Phase, retry: RetryReason | None = None) -> None:
        self._emit(PhaseChanged(phase, retry))

    def _emit(self, event: UploadEvent) -> None:
        if self._listener is None:
            return
        with self._emit_lock:
            try:
                self._listener(event)
            except Exception:
                log.exception("An upload listener failed on %r; the upload goes on", event)
