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
* In the bytes form, once less than a round of chunks is left, the rest is cut so the
  connections finish together (:mod:`chunk_tail`; each worker is one lane whose speed the
  schedule learns); announced the same way, before any chunk of the new layout leaves. Token
  uploads and ``adaptive_chunks=False`` keep their layout.
* An optional :class:`RateLimiter` caps the bytes per second of every upload that shares it.
* A slow link is slow, not broken: a chunk request is given up only when nothing moves for the
  stall window (``UploadOptions.stall_seconds``); that is announced as a retry whose cause is
  :attr:`RetryCause.STALLED` and the chunk is sent again. Body blocks shrink to a fraction of a
  second of the measured speed, so pause and progress keep reacting on a slow link.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from uploader_gui.core.api_client import (
    ApiClient,
    StallError,
    cancellable,
    request_never_left,
)
from uploader_gui.core.chunk_body import BLOCK_SIZE, ChunkBody, FileIdentity, file_identity
from uploader_gui.core.chunk_plan import RangeForm, content_range
from uploader_gui.core.chunk_schedule import ChunkSchedule
from uploader_gui.core.chunk_sizing import (
    ThroughputMeter,
    grown_chunk_size,
)
from uploader_gui.core.completion_check import confirm_complete
from uploader_gui.core.errors import (
    CancelledError,
    InvalidInputError,
    NetworkError,
    OutcomeUnknownError,
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
    RetryReason,
    UploadCompleted,
    UploadEvent,
    UploadPlanned,
    VideoCreated,
)
from uploader_gui.core.file_checks import check_readable_file
from uploader_gui.core.fingerprint import fingerprint
from uploader_gui.core.ingest_status import (
    chunks_received,
    is_complete,
)
from uploader_gui.core.limits import (
    KIB,
)
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.network_watch import SHARED_WATCH
from uploader_gui.core.problems import AlreadyReceivedError
from uploader_gui.core.reasons import Why, because
from uploader_gui.core.request_retry import RetryBudget
from uploader_gui.core.resume_plan import plan_from_known, plan_from_status
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_result import UploadResult
from uploader_gui.core.video_creation import create_video, find_unfinished_video
from uploader_gui.core.video_id import video_id_of
from uploader_gui.core.video_links import links_of

log = logging.getLogger(__name__)


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


class _AbortedError(Exception):
    """Another chunk of the same file failed: stop this one quietly."""


def _surely_not_received(
    error: NetworkError, bodies: Sequence[ChunkBody], chunk: ChunkRange
) -> bool:
    """True when the failed request cannot have been acted on: no connection was made, or the
    connection broke before the chunk's last byte left (a server does not act on half a body)."""
    if request_never_left(error):
        return True
    return bool(bodies) and bodies[-1].sent < chunk.size


class FileUpload:
    """One file to one video. Call :meth:`run` once, from a worker thread.

    Give ``video_id`` to resume an upload started earlier (with the same chunk size): with an
    API key the server's ``/status`` tells which chunks to skip. With an upload token there is no
    ``/status`` to ask: ``already_received`` (inclusive byte ranges the server acknowledged, as
    the caller recorded them) says what to skip; without it every chunk is offered and those the
    server says it has are skipped.

    With an upload token and no ``video_id``, the server creates the video on the first chunk,
    so :class:`VideoCreated` comes after that chunk's bytes; the other chunks wait for it.

    ``created_since`` is when an earlier run asked to create this file's video without
    storing the answer: that video is looked for before another is made. ``on_creating`` runs
    before each request to create the video leaves (the durable layer records it first).
    ``forgotten_before`` is when this computer lost its record of earlier uploads (a damaged
    store started again): an unfinished video of this file made before then is continued,
    with an API key, instead of making a second one.

    ``sleep`` replaces the waits between retries (tests pass a function that returns at once).
    Events reach ``listener`` from the threads doing the work; a listener that raises is logged
    and otherwise ignored.
    """

    def __init__(
        self,
        client: ApiClient,
        path: Path,
        metadata: VideoMetadata,
        options: UploadOptions | None = None,
        *,
        listener: Listener | None = None,
        control: UploadControl | None = None,
        video_id: str | None = None,
        sleep: Callable[[float], None] | None = None,
        already_received: Sequence[tuple[int, int]] = (),
        created_since: float | None = None,
        on_creating: Callable[[], None] | None = None,
        forgotten_before: float | None = None,
    ) -> None:
        self._client = client
        self._path = Path(path)
        self._metadata = metadata
        self._options = options = options if options is not None else UploadOptions()
        self._listener = listener
        self._control = control or UploadControl()
        self._video_id = video_id
        self._known_ranges = tuple(already_received)
        #: An earlier run sent to this video: any chunk may be on the server already.
        self._resumed = video_id is not None
        self._created_since = created_since
        self._on_creating = on_creating
        self._forgotten_before = forgotten_before
        self._watch = options.network_watch or SHARED_WATCH
        self._sleep = sleep
        self._emit_lock = threading.RLock()
        self._pause_lock = threading.Lock()
        self._pausers = 0
        self._pause_epoch = 0
        self._abort = threading.Event()
        self._identity: FileIdentity | None = None
        #: The content fingerprint of the file when the run started.
        self._samples = ""
        self._size = 0
        self._total_parts = 0
        self._form: RangeForm = options.range_form
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
        self._size = self._identity.size
        self._samples = self._read_samples()
        chunk_size = self._options.chunk_size
        schedule = ChunkSchedule(self._size, chunk_size, small_last=self._form == "bytes")
        self._checkpoint()
        token = self._client.uses_upload_token
        if self._video_id is None and not token and self._forgotten_before is not None:
            self._state(Phase.CREATING)
            self._video_id = self._forgotten_video(self._forgotten_before)
        if self._video_id is None and not token:
            self._state(Phase.CREATING)
            created = video_id_of(self._create_video())
            if created is None:  # create_video refuses such an answer; kept for the types
                raise InvalidInputError(Why.CREATE_UNKNOWN)
            self._video_id = created
            self._emit(VideoCreated(created))
        elif self._video_id is not None:
            self._emit(VideoCreated(self._video_id))
            if not token:
                status = self._call(lambda: self._client.get_status(self._vid()))
                resumed = plan_from_status(status, self._size, chunk_size, schedule, self._form)
                schedule, self._form = resumed.schedule, resumed.form
                if resumed.fixed_layout:
                    self._request_limit = None  # parts keep the size they were numbered with
            elif self._known_ranges:
                schedule = plan_from_known(
                    self._known_ranges, self._size, chunk_size, schedule, self._form
                )
        if token or self._options.adaptive_chunks is False:
            # A token upload keeps its layout (as for growing chunks), and so does an upload
            # asked to keep its chunk size.
            schedule.keep_layout()
        self._schedule = schedule
        self._total_parts = len(schedule.chunks)
        self._emit(UploadPlanned(self._size, schedule.chunks, schedule.done))
        self._state(Phase.UPLOADING)
        self._client.upload_started()
        try:
            completion = self._send_all(schedule)
        finally:
            self._client.upload_ended()
        self._check_content()
        return self._finish(schedule.chunks, completion)

    def _create_video(self) -> dict[str, Any]:
        return create_video(
            self._client,
            self._metadata,
            self._call,
            name=str(self._path),
            earlier_attempt=self._created_since,
            on_sending=self._on_creating,
        )

    def _forgotten_video(self, before: float) -> str | None:
        """The id of this file's unfinished video from an upload this computer forgot (see
        ``forgotten_before``), to continue in; None to create one."""
        found = find_unfinished_video(self._client, self._metadata, self._call, before=before)
        video_id = video_id_of(found) if found is not None else None
        if video_id is not None:
            log.info("%s: continuing its unfinished video %s, made before", self._path, video_id)
        return video_id

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
        if last is None:
            return {}
        # The completing chunk makes the server assemble the video: the bytes sent so far
        # must still be the file's.
        self._check_content()
        return self._send_chunk(last)

    def _send_parallel(self, schedule: ChunkSchedule) -> None:
        """Send every chunk but the last, ``parallel_chunks`` at a time (the end of the file
        cut so they finish together, in the bytes form: see :meth:`ChunkSchedule.take`)."""
        workers = schedule.useful_connections(self._options.parallel_chunks)
        if workers == 1:
            while (chunk := schedule.take()) is not None:
                self._send_chunk(chunk)
            return

        def worker(lane: int) -> None:
            while not self._abort.is_set():
                chunk = self._take(schedule, workers, lane)
                if chunk is None:
                    return
                self._send_chunk(chunk)

        with ThreadPoolExecutor(workers, thread_name_prefix="chunk") as pool:
            futures: list[Future[None]] = [pool.submit(worker, lane) for lane in range(workers)]
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

    def _take(self, schedule: ChunkSchedule, connections: int, lane: int) -> ChunkRange | None:
        """The next chunk for ``lane``, one of ``connections``; a layout cut again for the end
        of the file is announced before any chunk of it is sent (or acknowledged)."""
        with self._emit_lock:
            revision = schedule.revision
            chunk = schedule.take(connections, lane)
            if schedule.revision != revision:
                log.info("%s: the end cut for %d connections to share", self._path, connections)
                self._announce_layout(schedule)
            return chunk

    def _announce_layout(self, schedule: ChunkSchedule) -> None:
        """A second :class:`UploadPlanned` for a layout cut again while the upload runs."""
        with self._emit_lock:
            # Held across reading the layout and telling it, so an acknowledgement from another
            # chunk is either in ``done`` or told after the new layout.
            done = frozenset(schedule.done | self._acked)
            self._emit(UploadPlanned(self._size, schedule.chunks, done))

    def _finish(self, plan: tuple[ChunkRange, ...], completion: dict[str, Any]) -> UploadResult:
        """Honest completion: the server's ``/status`` must show every byte.

        An upload token cannot read ``/status``; there the completing chunk's answer (the full
        Video, given only once the source is complete) is the confirmation.
        """
        video_id = self._vid()
        self._state(Phase.VERIFYING)
        if self._client.uses_upload_token:
            # The completing answer's links are taken only when it speaks of this video.
            video: Mapping[str, Any] = (
                completion if video_id_of(completion) == video_id else {"videoId": video_id}
            )
        else:
            confirm_complete(
                lambda: self._call(lambda: self._client.get_status(video_id)),
                self._size,
                plan,
                self._wait,
            )
            whole = links_of(completion) is not None and video_id_of(completion) == video_id
            video = (
                completion  # the whole Video of this upload came back
                if whole
                else self._call(lambda: self._client.get_video(video_id))
            )
            if video_id_of(video) != video_id:
                raise ServerError(Why.OTHER_VIDEO, detail=f"asked for {video_id}")
        self._state(Phase.UPLOADED)
        self._emit(UploadCompleted(video_id, video))
        return UploadResult(video_id=video_id, size=self._size, video=dict(video))

    # -- one chunk -------------------------------------------------------------------------------

    def _content_range(self, chunk: ChunkRange) -> str:
        """The ``Content-Range`` of ``chunk`` (an upload of a growing file says ``part n/*``)."""
        return content_range(chunk, self._size, self._total_parts, self._form)

    def _data_observer(self, chunk: ChunkRange) -> Callable[[int, bytes], None] | None:
        """What sees the bytes of one attempt of ``chunk`` as they leave; None here (an upload
        of a growing file keeps digests of what it sent)."""
        return None

    def _send_chunk(self, chunk: ChunkRange) -> dict[str, Any]:
        header = self._content_range(chunk)

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
                on_data=self._data_observer(chunk),
                block_size=self._block_size(),
            )
            bodies.append(body)
            return body

        # Whether an attempt of this chunk may have reached the server already: one that left
        # whole and whose answer was lost, or one an earlier run of this video made.
        maybe_delivered = self._resumed
        # Whether the server said it already holds the whole source (the completing chunk's
        # answer was lost, and its retry was refused as a duplicate).
        whole_source = False

        def attempt() -> dict[str, Any]:
            nonlocal maybe_delivered, whole_source
            self._check_source()
            # After a 429 every chunk waits out the same window, not just the refused one.
            self._wait(self._client.upload_wait())
            self._meter.started()
            if self._schedule is not None:
                self._schedule.sending(chunk.index)
            try:
                return self._client.upload_chunk(
                    self._video_id, make_body, header, stall_seconds=self._options.stall_seconds
                )
            except AlreadyReceivedError as exc:
                whole_source = exc.whole_source
                return self._already_received(chunk, exc, maybe_delivered=maybe_delivered)
            except (NetworkError, OutcomeUnknownError) as exc:
                unknown = isinstance(exc, OutcomeUnknownError) or (
                    isinstance(exc, NetworkError) and not _surely_not_received(exc, bodies, chunk)
                )
                if self._video_id is None and unknown:
                    # A token's first chunk starts a video; sent again, it would start another.
                    raise InvalidInputError(Why.FIRST_CHUNK_LOST, detail=exc.detail) from exc
                maybe_delivered = maybe_delivered or unknown
                raise

        answer = self._call(attempt, chunk)
        if self._video_id is None:
            new_id = video_id_of(answer)
            if new_id is None:
                # The server took the start of the file and may have made a video of it:
                # sending it again could make another.
                raise InvalidInputError(Why.FIRST_CHUNK_LOST, detail="no video id in the answer")
            self._video_id = new_id
            self._emit(VideoCreated(self._video_id))
        if self._client.uses_upload_token and chunk.start + chunk.size == self._size:
            self._prove_token_completion(answer, whole_source=whole_source)
        self._acked.add(chunk.index)
        if self._schedule is not None:
            self._schedule.acknowledged(chunk.index)
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
        self._announce_layout(schedule)

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

    def _already_received(
        self, chunk: ChunkRange, error: AlreadyReceivedError, *, maybe_delivered: bool
    ) -> dict[str, Any]:
        """The server refused a chunk as a duplicate: an earlier attempt did arrive, only its
        answer was lost. Believe it only if ``/status`` agrees. A token cannot ask: there the
        refusal is believed only when an earlier attempt may indeed have delivered the chunk
        (``maybe_delivered``), and the completing answer must still prove the whole file
        (:meth:`_prove_token_completion`)."""
        log.info("Chunk %d already on the server (%s); checking", chunk.index, error.detail)
        if self._client.uses_upload_token or self._video_id is None:
            if not maybe_delivered:
                # Never sent before, so the server cannot hold it: a refusal taken as a receipt
                # here would leave a hole in the video.
                raise InvalidInputError(
                    Why.REFUSED_UNSENT, detail=error.detail, status=error.status
                )
            return {"videoId": self._video_id} if self._video_id else {}
        video_id = self._video_id
        status = self._client.get_status(video_id)
        plan = (chunk,)
        if chunk.index in chunks_received(status, plan) or (
            error.whole_source and is_complete(status, self._size, ())
        ):
            return {"videoId": video_id}
        raise InvalidInputError(
            because(Why.REFUSED, reason=error.detail or ""),
            detail=error.detail,
            status=error.status,
        )

    def _prove_token_completion(self, answer: Mapping[str, Any], *, whole_source: bool) -> None:
        """An upload token cannot read ``/status``, so the completing chunk's answer is the
        proof: api.video gives the whole Video (with its links) only once every byte of the
        source is in, and only ``{"videoId"}`` while parts are missing. The other proof is the
        server refusing the completing chunk's retry because it holds the whole source already.
        Anything else is not done, whatever the status code said."""
        video_id = self._vid()
        if whole_source or (video_id_of(answer) == video_id and links_of(answer) is not None):
            return
        log.warning(
            "The completing answer for %s is not the whole video (fields: %s)",
            video_id,
            ", ".join(sorted(str(k) for k in answer)[:20]),
        )
        raise ServerError(Why.TOKEN_NOT_CONFIRMED, detail="the completing answer is not the video")

    # -- retries ---------------------------------------------------------------------------------

    def _call(
        self, request: Callable[[], dict[str, Any]], chunk: ChunkRange | None = None
    ) -> dict[str, Any]:
        """Run ``request`` until it succeeds, retrying what can be retried (see
        :mod:`request_retry`)."""
        budget = RetryBudget(self._options.retry, self._options.max_attempts)
        while True:
            self._checkpoint()
            epoch = self._pause_epoch
            # A nudge given from here on (while this attempt runs and fails) ends its wait.
            mark = self._control.nudge_mark()
            try:
                with cancellable(self._control.on_cancel):
                    result = request()
                if budget.waits:
                    self._state(Phase.UPLOADING)
                return result
            except UploadError as exc:
                if self._control.cancelled or self._abort.is_set():
                    self._checkpoint()  # cut by the cancel (or a sibling's failure): no retry
                step = budget.after(exc, paused_meanwhile=epoch != self._pause_epoch)
                delay = step.delay
                # A connection that failed may be the network going down: the wait is ended
                # when the host answers again after being found unreachable (at once when it
                # refused the connection). A server that hangs up but answers the probe is
                # no outage, and keeps its backoff.
                down = isinstance(exc, NetworkError) and request_never_left(exc)
                probe = step.waiting_for_network
                if isinstance(exc, StallError) and self._watch.can_probe(self._client.base_url):
                    # Stuck: the connection, or the network? A fresh connection tells.
                    if self._watch.answers(self._client.base_url):
                        delay = 0.0  # the host answers: send again at once, on a new one
                    else:
                        down = probe = True
                log.info(
                    "Retrying %s chunk %s in %.1f s: %s",
                    self._path.name,
                    chunk,
                    delay,
                    exc.detail,
                )
            self._emit(
                ChunkRetrying(chunk.index if chunk else None, step.attempt, delay, step.reason)
            )
            self._state(Phase.WAITING_NETWORK if probe else Phase.RETRYING, step.reason)
            if probe and self._watch.can_probe(self._client.base_url):
                # Woken the moment the host answers again, not when the backoff ends; only
                # this wait (another chunk may be sitting out a rate limit).
                back = threading.Event()
                answered = functools.partial(self._answered, back)
                with self._watch.waiting(self._client.base_url, answered, down=down):
                    self._wait(delay, since=mark, until=back)
            else:
                self._wait(delay, since=mark)

    def _answered(self, back: threading.Event) -> None:
        """The host answers again: end the wait ``back`` belongs to (and no other)."""
        back.set()
        self._control.wake_waits()

    def _wait(
        self, seconds: float, since: int | None = None, until: threading.Event | None = None
    ) -> None:
        if seconds > 0:
            if self._sleep is not None:
                self._sleep(seconds)
            else:
                self._control.sleep(seconds, since, until)
        self._checkpoint()

    # -- checks between blocks -------------------------------------------------------------------

    def _checkpoint(self) -> None:
        """Raise on cancel (or when a sibling chunk failed); block while paused."""
        control = self._control
        if control.cancelled:
            raise CancelledError(Why.CANCELLED)
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
            raise CancelledError(Why.CANCELLED)
        if self._abort.is_set():
            raise _AbortedError

    def _check_source(self) -> None:
        """Raise :class:`SourceChangedError` when the file is no longer the one the run started
        from (see :class:`FileIdentity`): its size, times, inode or device moved."""
        try:
            identity = file_identity(self._path)
        except FileNotFoundError:
            raise SourceChangedError(Why.FILE_VANISHED) from None
        except OSError as exc:
            raise SourceChangedError(Why.FILE_VANISHED, detail=str(exc)) from exc
        before = self._identity
        if before is None or identity == before:
            return
        if identity._replace(ctime_ns=before.ctime_ns) == before and (
            not self._samples or self._read_samples() == self._samples
        ):
            # Only the change time moved: a permission change, a new hard link, a sync client's
            # extended attributes. The content samples are the same, so it is the same file.
            log.info("%s: only its change time moved; the content is the same", self._path)
            self._identity = identity
            return
        raise SourceChangedError(Why.FILE_CHANGED, detail=before.differences(identity))

    def _check_content(self) -> None:
        """:meth:`_check_source`, then the sampled content read again and compared with the run's
        start: a file system whose times say little (a change time that is the creation time on
        Windows, or coarse on some shares) still cannot pass off new bytes as the old ones.
        About 1 MiB is read, whatever the size of the file."""
        self._check_source()
        if self._samples and self._read_samples() != self._samples:
            raise SourceChangedError(Why.FILE_CHANGED, detail="the sampled content differs")

    def _read_samples(self) -> str:
        try:
            return fingerprint(self._path)
        except FileNotFoundError:
            raise SourceChangedError(Why.FILE_VANISHED) from None
        except OSError as exc:
            raise SourceChangedError(Why.FILE_CHANGED, detail=str(exc)) from exc

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
