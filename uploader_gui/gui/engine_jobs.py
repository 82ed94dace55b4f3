"""How the window asks the engine to upload one file.

Kept apart from the manager so the manager can be driven by a stand-in engine in unit tests,
while the window and the self-test always go through this real path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.duplicates import PreviousUpload, find_previous_uploads, with_fingerprint
from uploader_gui.core.durable_upload import OutcomeKind, durable_options, run_one
from uploader_gui.core.encoding_watch import WatchOutcome, watch_encoding
from uploader_gui.core.environments import Environment
from uploader_gui.core.errors import (
    MSG_FILE_READ_ERROR,
    CancelledError,
    InvalidInputError,
    UploadError,
)
from uploader_gui.core.events import Phase, PhaseChanged, UploadEvent, encoding_phase
from uploader_gui.core.fingerprint import fingerprint
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.core.upload import (
    MSG_CANCELLED,
    FileUpload,
    UploadControl,
    UploadOptions,
    UploadResult,
)
from uploader_gui.gui.upload_worker import Outcome, UploadJob

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Connection:
    """Where uploads go and with which credential (a key, or a delegated upload token)."""

    environment: Environment
    api_key: str | None = None
    upload_token: str | None = None

    def __repr__(self) -> str:  # never show a secret in a log line or a traceback
        cred = "upload token" if self.upload_token else ("API key" if self.api_key else "none")
        return f"Connection({self.environment.label}, {self.environment.base_url}, {cred})"

    @property
    def usable(self) -> bool:
        return bool(self.api_key or self.upload_token)

    def client(self) -> ApiClient:
        if self.upload_token:
            return ApiClient(self.environment.base_url, upload_token=self.upload_token)
        return ApiClient(self.environment.base_url, api_key=self.api_key)


@dataclass(frozen=True)
class FileJob:
    """Everything one upload needs, copied from the queue item when it starts."""

    path: Path
    metadata: VideoMetadata
    video_id: str | None = None
    #: The file's row in the upload store, when the queue is kept on disk.
    store_id: int | None = None
    #: Ask api.video whether this file was uploaded before (off once the creator said "again").
    check_duplicates: bool = True


class DuplicateChoice(Enum):
    UPLOAD_AGAIN = "upload"
    SKIP = "skip"
    #: Skip, and open the earlier video in the browser.
    OPEN = "open"


#: Asks the creator what to do about an earlier upload; called on the upload thread and blocks
#: until answered (or the upload is cancelled: then SKIP).
AskDuplicate = Callable[[PreviousUpload, UploadControl], DuplicateChoice]

#: How long the remaining qualities are followed once a video is watchable. The row is done
#: (and no longer holds the queue) as soon as it is watchable; this only fills in "1080p ready".
FOLLOW_QUALITIES_FOR = 120.0


def engine_job(
    connection: Connection,
    spec: FileJob,
    options: UploadOptions,
    control: UploadControl,
    store: UploadStore | None = None,
    *,
    ask_duplicate: AskDuplicate | None = None,
) -> UploadJob:
    """A job that runs the real engine against ``connection`` (blocking, on a pool thread),
    then follows encoding until every quality is ready (for at most
    :data:`FOLLOW_QUALITIES_FOR` once the video is watchable).

    With a ``store`` (and the file's ``spec.store_id``) the upload goes through the durable
    layer: every acknowledged chunk is saved before it is shown, network failures are retried
    for ever, and a file interrupted by quitting continues at the next start.

    With an API key the file's fingerprint goes into the video's metadata, and, for a new
    video, ``ask_duplicate`` is asked first when api.video already has a complete video of the
    same file.
    """

    def run(listener: Callable[[UploadEvent], None]) -> Outcome:
        client = connection.client()
        try:
            job = spec
            if not client.uses_upload_token:
                fp = _fingerprint_of(spec, store)
                job = replace(spec, metadata=with_fingerprint(spec.metadata, fp))
                if spec.video_id is None and spec.check_duplicates and ask_duplicate is not None:
                    skipped = _earlier_upload(client, fp, control, listener, ask_duplicate)
                    if skipped is not None:
                        _forget_skipped(store, spec.store_id, skipped.skipped)
                        return skipped
            if store is not None and job.store_id is not None:
                result = _run_durable(
                    store, client, job, options=options, control=control, listener=listener
                )
            else:
                result = FileUpload(
                    client,
                    job.path,
                    job.metadata,
                    options,
                    listener=listener,
                    control=control,
                    video_id=job.video_id,
                ).run()
            outcome = Outcome(video_id=result.video_id, links=result.links)
            if client.uses_upload_token:
                return outcome  # a token cannot read /status: encoding cannot be followed
            watched = follow_encoding(client, result.video_id, control, listener)
            playable = True if watched.progress.playable else None
            return replace(outcome, playable=playable, detail=watched.progress.detail)
        finally:
            client.close()

    return run


def _fingerprint_of(spec: FileJob, store: UploadStore | None) -> str:
    """The stored fingerprint (read when the file was queued) or, without a store, a fresh one
    (about 1 MiB read, whatever the file size). Raises a typed error if the file is unreadable."""
    if store is not None and spec.store_id is not None:
        return store.get(spec.store_id).fingerprint
    try:
        return fingerprint(spec.path)
    except OSError as exc:
        raise InvalidInputError(MSG_FILE_READ_ERROR.format(error=exc.strerror or exc)) from exc


def _earlier_upload(
    client: ApiClient,
    fp: str,
    control: UploadControl,
    listener: Callable[[UploadEvent], None],
    ask: AskDuplicate,
) -> Outcome | None:
    """An outcome that points at the earlier video when the creator chose not to upload again;
    None to go on. A failed lookup never stops an upload: it is logged and the upload goes on."""
    listener(PhaseChanged(Phase.CHECKING))
    try:
        earlier = find_previous_uploads(client, fp)
    except UploadError as exc:
        log.warning("Could not look for an earlier upload: %s", exc)
        return None
    if not earlier:
        return None
    previous = earlier[0]
    choice = ask(previous, control)
    if control.cancelled:
        raise CancelledError(MSG_CANCELLED)
    if choice is DuplicateChoice.UPLOAD_AGAIN:
        return None
    return Outcome(video_id=previous.video_id, links=previous.links, skipped=previous.skipped())


def _forget_skipped(store: UploadStore | None, store_id: int | None, why: str) -> None:
    """A skipped file leaves the queue on disk (it would otherwise come back at the next start)
    and stays in the history with the reason."""
    if store is None or store_id is None:
        return
    try:
        store.set_state(store_id, FileState.CANCELLED, why)
    except Exception:
        log.exception("Could not record the skipped file in the upload list")


def _run_durable(
    store: UploadStore,
    client: ApiClient,
    spec: FileJob,
    *,
    options: UploadOptions,
    control: UploadControl,
    listener: Callable[[UploadEvent], None],
) -> UploadResult:
    """The durable layer's outcome, turned back into the engine's result or typed errors."""
    assert spec.store_id is not None
    store.update_metadata(spec.store_id, spec.metadata)
    try:
        outcome = run_one(
            store,
            client,
            spec.store_id,
            options=durable_options(options),
            listener=listener,
            control=control,
        )
    except ValueError as exc:  # queued with another kind of credential: a sentence already
        raise InvalidInputError(str(exc)) from exc
    if outcome.kind is OutcomeKind.DONE and outcome.result is not None:
        return outcome.result
    if outcome.kind in (OutcomeKind.CANCELLED, OutcomeKind.STOPPED):
        raise CancelledError(outcome.message or MSG_CANCELLED)
    raise InvalidInputError(outcome.message or "The upload stopped.")


def follow_encoding(
    client: ApiClient,
    video_id: str,
    control: UploadControl,
    listener: Callable[[UploadEvent], None],
    *,
    qualities_for: float = FOLLOW_QUALITIES_FOR,
) -> WatchOutcome:
    """Ask ``/status`` (with backoff, bounded) until every quality is ready, telling the
    listener "Processing", then "Ready to watch · 720p ready" as qualities finish, for at most
    ``qualities_for`` seconds once watchable. The upload itself is already complete, so this
    never raises for a failed status request."""
    return watch_encoding(
        lambda: client.get_status(video_id),
        on_change=lambda p: listener(encoding_phase(p)),
        until_all_qualities=True,
        stopped=lambda: control.cancelled,
        sleep=control.sleep,
        qualities_wait=qualities_for,
    )
