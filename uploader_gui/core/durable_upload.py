"""Uploads that survive a crash, a restart or a long outage: where the queue on disk meets the
upload engine.

Both fronts (window and command line) go through here instead of driving
:class:`~uploader_gui.core.upload.FileUpload` themselves, so the persistence rules live in one
place:

* A file is written to the store (path, size, time, fingerprint, environment, settings) before
  anything touches the network.
* The video id is stored the moment it is known, forced to disk: losing it would make a second
  video for the same file.
* Every acknowledged chunk is committed before the caller hears of it, so progress shown is
  never ahead of what a restart will find.
* A file is only continued if it is still the file that was queued. A changed or missing file is
  reported and nothing more is sent to its video; the user decides (see :func:`requeue_as_new`).
* Durable runs retry network failures for ever with a capped backoff: closing the lid or losing
  the connection for an hour only delays the upload.
* One process at a time works on a store (:class:`~uploader_gui.core.instance_lock.InstanceLock`).

If the store itself cannot be written (disk full, for instance), the upload is stopped: going on
would show progress that a restart cannot find, or worse, lose the video id.

The fronts reach it through :class:`~uploader_gui.core.upload_session.UploadSession`, after
taking the store's lock at start-up::

    lock = take_queue_lock(store)         # AlreadyRunningError if another copy has it
    file_id = enqueue(store, path, environment=env, auth_kind="api_key", metadata=meta)
    outcome = run_one(store, client, file_id, listener=on_event, control=control)
    pending = resumable(store, env)       # what a crash or a restart left

``DurableControl.stop()`` is for quitting: the file continues at the next start, whereas
``cancel()`` records it as cancelled.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.chunk_plan import RangeForm, plan_chunks
from uploader_gui.core.duplicates import FINGERPRINT_KEY, with_fingerprint
from uploader_gui.core.environments import Environment
from uploader_gui.core.errors import CancelledError, UploadError
from uploader_gui.core.events import (
    ChunkAcknowledged,
    ChunkRetrying,
    Listener,
    Phase,
    PhaseChanged,
    UploadCompleted,
    UploadEvent,
    UploadPlanned,
    VideoCreated,
)
from uploader_gui.core.file_checks import check_readable_file
from uploader_gui.core.instance_lock import AlreadyRunningError, InstanceLock
from uploader_gui.core.limits import DEFAULT_CHUNK_SIZE
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason, ReasonError, Why, because
from uploader_gui.core.recording_problems import RecordingError, RecordingProblem, RecordingReport
from uploader_gui.core.recording_upload import RecordingUpload
from uploader_gui.core.store import (
    AuthKind,
    ChunkState,
    FileRecord,
    FileState,
    SourceState,
    UploadStore,
)
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_result import UploadResult

log = logging.getLogger(__name__)


#: How often a paused upload looks whether this layer has stopped it (seconds).
_POLL = 0.1


def durable_options(base: UploadOptions | None = None) -> UploadOptions:
    """``base`` (or the defaults) set to retry for ever, with the capped backoff of its
    ``retry`` policy between attempts. Chunk size and form come from each stored file."""
    return dataclasses.replace(base or UploadOptions(), max_attempts=None)


def auth_kind_of(client: ApiClient) -> AuthKind:
    return "upload_token" if client.uses_upload_token else "api_key"


# -- queueing ------------------------------------------------------------------------------------


def enqueue(
    store: UploadStore,
    path: Path,
    *,
    environment: Environment,
    auth_kind: AuthKind,
    metadata: VideoMetadata,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    range_form: RangeForm = "bytes",
    recording_settle: float | None = None,
) -> int:
    """Queue one file and return its id. Nothing is sent; a file that cannot be read is refused
    with a plain reason (:class:`~uploader_gui.core.errors.InvalidInputError`).
    ``recording_settle`` queues it to upload while it is recorded (in the part form), ended
    once unchanged for that many seconds."""
    check_readable_file(Path(path))
    file_id = store.add_file(
        Path(path),
        environment=environment,
        auth_kind=auth_kind,
        metadata=metadata,
        chunk_size=chunk_size,
        range_form="part" if recording_settle is not None else range_form,
    )
    if recording_settle is not None:
        store.mark_recording(file_id, recording_settle)
    return file_id


def requeue_as_new(store: UploadStore, file_id: int, *, replaced: bool = False) -> int:
    """Queue the file as it is now, for a new video, with the settings of ``file_id``.

    The answer to "changed since it was queued": the old entry keeps its video and its history,
    and the new content never lands in the old video. With ``replaced`` the old entry leaves
    the queue, recorded as replaced (it would otherwise come back at every start).
    """
    old = store.get(file_id)
    extra = {k: v for k, v in old.metadata.metadata.items() if k != FINGERPRINT_KEY}
    new_id = enqueue(
        store,
        old.path,
        environment=old.target,
        auth_kind=old.auth_kind,
        metadata=dataclasses.replace(old.metadata, metadata=extra),
        chunk_size=old.chunk_size,
        range_form=old.range_form,
    )
    store.add_attachments(new_id, [held.attachment for held in store.attachments(file_id)])
    if replaced:
        store.set_state(file_id, FileState.CANCELLED, Reason(Why.REPLACED))
    return new_id


def resumable(
    store: UploadStore,
    environment: Environment,
    *,
    auth_kind: AuthKind | None = None,
    include_paused: bool = False,
) -> list[FileRecord]:
    """The files to continue at start-up, in queue order: waiting ones and those interrupted
    while uploading. Files the user paused stay paused unless ``include_paused``."""
    return [
        record
        for record in store.unfinished()
        if record.environment == environment.keyring_name
        and record.base_url == environment.base_url
        and (auth_kind is None or record.auth_kind == auth_kind)
        and (include_paused or record.state is not FileState.PAUSED)
    ]


# -- outcomes and controls -----------------------------------------------------------------------


class RunOutcomeKind(StrEnum):
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    #: Stopped with :meth:`DurableControl.stop`; the file continues at the next start.
    STOPPED = "stopped"
    #: The file on disk is not the one queued: ask the user (see :func:`requeue_as_new`).
    SOURCE_CHANGED = "source_changed"
    #: The file is no longer where it was queued, or cannot be read.
    SOURCE_MISSING = "source_missing"


@dataclass(frozen=True)
class RunOutcome:
    file_id: int
    kind: RunOutcomeKind
    #: Why it did not end done (None when it did, or when it was only stopped).
    reason: Reason | None = None
    result: UploadResult | None = None
    #: Why an upload while recording stopped, for the front to word.
    recording: RecordingReport | None = None
    #: The new entry the recording was queued as, when what was sent is no longer the file.
    requeued: int | None = None


class DurableControl(UploadControl):
    """Pause, resume, cancel, and :meth:`stop`: leave now without cancelling, as when the app
    closes, so the file is continued at the next start instead of being dropped."""

    def __init__(self) -> None:
        super().__init__()
        self._stopping = threading.Event()

    def stop(self) -> None:
        self._stopping.set()
        self.cancel()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()


class _RunControl(UploadControl):
    """The caller's control, plus a private brake this layer pulls when the store fails (it
    must not cancel the caller's control, which other files may share).

    Retry waits sleep with the caller's control, so its cancel and its nudge ("try again now")
    end them at once, and so does the brake.
    """

    def __init__(self, outer: UploadControl) -> None:
        super().__init__()
        self._outer = outer
        self._waits = outer._waits

    def halt(self) -> None:
        super().cancel()

    def on_cancel(self, hook: Callable[[], None]) -> Callable[[], None]:
        """``hook`` runs on the brake or on the caller's cancel, whichever comes first."""
        mine = super().on_cancel(hook)
        theirs = self._outer.on_cancel(hook)

        def take_back() -> None:
            mine()
            theirs()

        return take_back

    @property
    def halted(self) -> bool:
        return super().cancelled

    @property
    def paused(self) -> bool:
        return self._outer.paused and not self.halted

    @property
    def cancelled(self) -> bool:
        return self.halted or self._outer.cancelled

    def wait_resumed(self, timeout: float) -> bool:
        return self._outer.wait_resumed(min(timeout, _POLL)) or self.halted


# -- the listener that writes before it tells ----------------------------------------------------


class _RefusedError(Exception):
    """Going on would put the wrong bytes in the video."""

    def __init__(self, why: Reason) -> None:
        super().__init__(str(why))
        self.reason = why


class _Recorder:
    """Writes each event's lasting part to the store, then passes the event on."""

    def __init__(
        self,
        store: UploadStore,
        record: FileRecord,
        control: _RunControl,
        listener: Listener | None,
    ) -> None:
        self._store = store
        self._record = record
        self._control = control
        self._listener = listener
        self._video_id = record.video_id
        self._acked: set[int] = set()
        self._planned = False
        #: The file grows as it is sent: its layout is a part more each time.
        self._growing = store.recording_settle(record.id) is not None
        self._written_state: tuple[FileState, Reason | None] | None = None
        self.store_error: Exception | None = None
        #: Why this layer stopped an upload that would have gone wrong, for the user.
        self.refusal: Reason | None = None
        self.completed = False

    def __call__(self, event: UploadEvent) -> None:
        if self.store_error is not None or self.refusal is not None:
            return
        try:
            forward = self._persist(event)
        except _RefusedError as refused:
            log.warning("Stopping the upload of %s: %s", self._record.path, refused)
            self.refusal = refused.reason
            self._control.halt()
            return
        except Exception as exc:  # sqlite3.Error, OSError: anything that loses the record
            log.exception("Could not save %r for %s; stopping the upload", event, self._record.path)
            self.store_error = exc
            self._control.halt()
            return
        if forward is not None and self._listener is not None:
            self._listener(forward)

    def _persist(self, event: UploadEvent) -> UploadEvent | None:
        file_id = self._record.id
        if isinstance(event, VideoCreated):
            if event.video_id != self._video_id:
                self._store.set_video_id(file_id, event.video_id)
                self._video_id = event.video_id
        elif isinstance(event, UploadPlanned):
            record = self._record
            if (
                record.range_form == "part"
                and not self._growing
                and event.chunks != plan_chunks(record.size, record.chunk_size)
            ):
                # Part numbers only mean something in the layout they were sent with: another
                # one would skip parts the server never got, or send some twice. The engine
                # resumes in the stored layout whenever the server's record fits it, so this
                # stops only a store and a server that disagree.
                raise _RefusedError(because(Why.PARTS_MISMATCH, name=record.name))
            done = self._already_done(event)
            # The layout may be re-cut while the upload runs; the wished size stays the
            # user's, and a resumed byte-range upload fills its gaps with it.
            self._store.record_plan(
                file_id,
                event.chunks,
                chunk_size=record.chunk_size,
                range_form=record.range_form,
                acked=done,
            )
            self._acked = set(done)
            self._planned = True
            if done != event.already_done:
                return UploadPlanned(event.total_bytes, event.chunks, done)
        elif isinstance(event, ChunkAcknowledged):
            if event.chunk_index in self._acked:
                return None  # offered again and refused as a duplicate: not news
            self._store.mark_chunk_acked(file_id, event.chunk_index)
            self._acked.add(event.chunk_index)
        elif isinstance(event, ChunkRetrying):
            if event.chunk_index is not None and self._planned:
                self._store.bump_attempts(file_id, event.chunk_index)
        elif isinstance(event, PhaseChanged):
            self._write_state(event)
        elif isinstance(event, UploadCompleted):
            self._store.mark_done(file_id, event.video)
            self.completed = True
        return event

    def _already_done(self, event: UploadPlanned) -> frozenset[int]:
        """With an API key the server's ``/status`` (already in the event) is the truth. An
        upload token cannot ask, so the chunks this store saw acknowledged count too, as long
        as the plan is the one they were acknowledged in."""
        if self._record.auth_kind != "upload_token":
            return event.already_done
        stored = self._store.chunks(self._record.id)
        if [c.range for c in stored] != list(event.chunks):
            return event.already_done
        return event.already_done | self._store.acked_chunks(self._record.id)

    def _write_state(self, event: PhaseChanged) -> None:
        """Paused files stay paused at the next start; a file waiting to retry keeps why (the
        phase and cause identifiers, for the log and the history)."""
        if event.phase is Phase.PAUSED:
            wanted: tuple[FileState, Reason | None] = (FileState.PAUSED, None)
        elif event.retry is not None:
            wanted = (
                FileState.UPLOADING,
                because(Why.RETRYING, phase=event.phase.value, cause=event.retry.cause.value),
            )
        else:
            wanted = (FileState.UPLOADING, None)
        if wanted != self._written_state:
            self._store.set_state(self._record.id, *wanted)
            self._written_state = wanted


# -- running -------------------------------------------------------------------------------------


def check_queued_source(store: UploadStore, record: FileRecord) -> RunOutcome | None:
    """None when the file on disk is still the one queued. Otherwise the file is recorded as
    failed, so nothing more of it is sent, and the outcome says whether it changed or is
    missing."""
    if store.recording_settle(record.id) is not None:
        # A recording grows: the engine checks the bytes it sent (their digests) instead.
        state = SourceState.UNCHANGED if record.path.is_file() else SourceState.MISSING
    else:
        state = store.check_source(record)
    if state is SourceState.UNCHANGED:
        return None
    if state is SourceState.MISSING:
        message = because(Why.MISSING_SINCE_QUEUED, name=record.name, path=str(record.path.parent))
        kind = RunOutcomeKind.SOURCE_MISSING
    else:
        message = because(Why.CHANGED_SINCE_QUEUED, name=record.name)
        kind = RunOutcomeKind.SOURCE_CHANGED
    store.set_state(record.id, FileState.FAILED, message)
    return RunOutcome(record.id, kind, message)


def run_one(
    store: UploadStore,
    client: ApiClient,
    file_id: int,
    *,
    options: UploadOptions | None = None,
    listener: Listener | None = None,
    control: UploadControl | None = None,
    sleep: Callable[[float], None] | None = None,
    source_checked: bool = False,
) -> RunOutcome:
    """Upload (or continue) one stored file and record how it ended.

    The file is first checked to be the one queued (:func:`check_queued_source`) unless the
    caller just did (``source_checked``). With an API key the video is created with the file's
    fingerprint in its metadata, so a later upload of the same file can find it.

    ``options`` gives parallelism and retry policy (default :func:`durable_options`); chunk
    size and form always come from the store, since a resumed upload must keep them. Events reach
    ``listener`` only after their lasting part is saved. Errors of the upload become a FAILED
    outcome with its reason; a bug or an unusable store is raised.

    Retry waits end early when ``control`` is nudged or cancelled, or when the store fails.
    ``sleep`` replaces them (tests pass one that returns at once) and then answers for that.
    """
    record = store.get(file_id)
    if record.state is FileState.DONE:
        result = UploadResult(record.video_id or "", record.size, dict(record.result or {}))
        return RunOutcome(file_id, RunOutcomeKind.DONE, result=result)
    given = auth_kind_of(client)
    if given != record.auth_kind:
        raise ReasonError(
            because(Why.WRONG_CREDENTIAL, name=record.name, wanted=record.auth_kind, given=given)
        )
    if not source_checked:
        problem = check_queued_source(store, record)
        if problem is not None:
            return problem
    metadata = record.metadata
    if record.auth_kind == "api_key":
        metadata = with_fingerprint(metadata, record.fingerprint)

    base = options if options is not None else durable_options()
    engine_options = dataclasses.replace(
        base, chunk_size=record.chunk_size, range_form=record.range_form
    )
    outer = control if control is not None else UploadControl()
    run_control = _RunControl(outer)
    recorder = _Recorder(store, record, run_control, listener)
    known: tuple[tuple[int, int], ...] = ()
    if record.auth_kind == "upload_token" and record.video_id:
        # A token cannot ask /status, so the store's acknowledgements stand in for it.
        known = tuple(
            (c.start, c.end) for c in store.chunks(file_id) if c.state is ChunkState.ACKED
        )
    store.set_state(file_id, FileState.UPLOADING)
    common: dict[str, Any] = {
        "listener": recorder,
        "control": run_control,
        "video_id": record.video_id,
        "sleep": sleep,
        "created_since": record.creating_since,
        "on_creating": lambda: store.mark_creating(file_id, time.time()),
        "forgotten_before": store.forgotten_before if record.creating_since is None else None,
    }
    settle = store.recording_settle(file_id)
    #: Set once a recording's video is about to be dealt with as stale (see ``discarding``).
    requeued: list[int | None] = []

    def discarding(problem: RecordingProblem) -> None:
        """Before a recording's video is deleted or marked, the store says what comes next, so
        a stop in the middle leaves neither this row to continue into a video that is gone nor
        the recording unqueued: a rewritten recording is queued again as a new video first
        (again while recording when it changed after it ended); a shrunk one is cancelled."""
        if problem in (RecordingProblem.REWRITTEN, RecordingProblem.CHANGED_AFTER_END):
            new_id = requeue_as_new(store, file_id, replaced=True)
            if problem is RecordingProblem.CHANGED_AFTER_END and settle is not None:
                store.mark_recording(new_id, settle)
            requeued.append(new_id)
        else:
            store.set_state(file_id, FileState.CANCELLED, Reason(Why.REPLACED))
            requeued.append(None)

    upload: FileUpload
    if settle is not None:
        upload = RecordingUpload(
            client,
            record.path,
            metadata,
            engine_options,
            settle=settle,
            sent=store.sent_parts(file_id),
            on_part_sent=lambda n, a, b, digest: store.record_sent_part(file_id, n, a, b, digest),
            on_discarding=discarding,
            **common,
        )
    else:
        upload = FileUpload(
            client, record.path, metadata, engine_options, already_received=known, **common
        )
    try:
        result = upload.run()
    except CancelledError as exc:
        if requeued:
            # Stopped while the stale video was being dealt with: the recording's new entry is
            # taken back and this one continues, to find the change again and finish the job.
            if requeued[0] is not None:
                store.remove(requeued[0])
            requeued.clear()
        if recorder.refusal is not None:
            store.set_state(file_id, FileState.FAILED, recorder.refusal)
            return RunOutcome(file_id, RunOutcomeKind.FAILED, recorder.refusal)
        if recorder.store_error is not None:
            return _store_failed(store, file_id, recorder.store_error)
        if isinstance(outer, DurableControl) and outer.stopping:
            state = FileState.PAUSED if outer.paused else FileState.WAITING
            store.set_state(file_id, state)
            return RunOutcome(file_id, RunOutcomeKind.STOPPED)
        store.set_state(file_id, FileState.CANCELLED, exc.reason)
        return RunOutcome(file_id, RunOutcomeKind.CANCELLED, exc.reason)
    except RecordingError as exc:
        # A shrunk or rewritten recording's video was dealt with: that row is not continued.
        # A vanished one's is kept, to continue if the file comes back.
        report = exc.report
        log.info("Upload of %s while recording stopped: %s (%s)", record.path, exc, exc.detail)
        kept = report.problem in (RecordingProblem.VANISHED, RecordingProblem.TOO_LARGE)
        store.set_state(file_id, FileState.FAILED if kept else FileState.CANCELLED, exc.reason)
        return RunOutcome(
            file_id,
            RunOutcomeKind.FAILED,
            exc.reason,
            recording=report,
            requeued=requeued[0] if requeued else None,
        )
    except UploadError as exc:
        log.info("Upload of %s failed: %s (%s)", record.path, exc, exc.detail)
        store.set_state(file_id, FileState.FAILED, exc.reason)
        return RunOutcome(file_id, RunOutcomeKind.FAILED, exc.reason)
    except Exception as exc:
        # A bug, not the network: retrying at every start would hit it again.
        log.exception("Upload of %s stopped by an unexpected error", record.path)
        _try_set_state(
            store, file_id, FileState.FAILED, because(Why.UNEXPECTED, kind=type(exc).__name__)
        )
        raise
    except BaseException:
        # Ctrl+C or the process exiting: like quitting, the file continues at the next start
        # (unless its recording was already left for a new entry).
        if not requeued:
            _try_set_state(store, file_id, FileState.WAITING, None)
        raise
    if settle is not None:
        try:
            # The finished recording is the file that was uploaded.
            store.refresh_source(file_id, result.size)
        except OSError:
            log.info("%s: could not read the finished recording again", record.path)
    if recorder.store_error is not None and not recorder.completed:
        # The server has it all; saving the news is still worth one more try.
        try:
            store.mark_done(file_id, result.video)
        except Exception:
            return _store_failed(store, file_id, recorder.store_error)
    return RunOutcome(file_id, RunOutcomeKind.DONE, result=result)


def _store_failed(store: UploadStore, file_id: int, error: Exception) -> RunOutcome:
    message = because(Why.STORE_FAILED, error=_error_words(error))
    _try_set_state(store, file_id, FileState.FAILED, message)
    return RunOutcome(file_id, RunOutcomeKind.FAILED, message)


def _error_words(error: Exception) -> str:
    """The system's own words for a failure (``strerror`` when it has them)."""
    return str(getattr(error, "strerror", None) or error or type(error).__name__)


def _try_set_state(
    store: UploadStore, file_id: int, state: FileState, error: Reason | None
) -> None:
    try:
        store.set_state(file_id, state, error)
    except Exception:
        log.exception("Could not record that upload %d is %s", file_id, state)


def take_queue_lock(store: UploadStore) -> InstanceLock:
    """Take the store's lock for as long as the app runs (release it when quitting); raises
    :class:`AlreadyRunningError` when another process works on this queue."""
    lock = InstanceLock(store.lock_path)
    if not lock.acquire():
        raise AlreadyRunningError()
    return lock


__all__ = [
    "AlreadyRunningError",
    "DurableControl",
    "RunOutcome",
    "RunOutcomeKind",
    "auth_kind_of",
    "check_queued_source",
    "durable_options",
    "enqueue",
    "requeue_as_new",
    "resumable",
    "run_one",
    "take_queue_lock",
]
