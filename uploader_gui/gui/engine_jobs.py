"""How the window asks the engine to upload one file.

Kept apart from the manager so the manager can be driven by a stand-in engine in unit tests,
while the window and the self-test always go through this real path.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.durable_upload import OutcomeKind, durable_options, run_one
from uploader_gui.core.environments import Environment
from uploader_gui.core.errors import CancelledError, InvalidInputError, UploadError
from uploader_gui.core.events import StateChanged, UploadEvent
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import UploadStore
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


#: How often, and for how long, the window follows encoding after the upload.
PROCESSING_POLL_FIRST = 1.0
PROCESSING_POLL_MAX = 15.0
PROCESSING_FOLLOW_FOR = 6 * 3600.0
#: Consecutive failed status requests after which the window stops following encoding.
PROCESSING_MAX_ERRORS = 5

STATE_PROCESSING = "Processing"


def engine_job(
    connection: Connection,
    spec: FileJob,
    options: UploadOptions,
    control: UploadControl,
    store: UploadStore | None = None,
) -> UploadJob:
    """A job that runs the real engine against ``connection`` (blocking, on a pool thread),
    then follows encoding until the video can be watched.

    With a ``store`` (and the file's ``spec.store_id``) the upload goes through the durable
    layer: every acknowledged chunk is saved before it is shown, network failures are retried
    for ever, and a file interrupted by quitting continues at the next start.
    """

    def run(listener: Callable[[UploadEvent], None]) -> Outcome:
        client = connection.client()
        try:
            if store is not None and spec.store_id is not None:
                result = _run_durable(
                    store, client, spec, options=options, control=control, listener=listener
                )
            else:
                result = FileUpload(
                    client,
                    spec.path,
                    spec.metadata,
                    options,
                    listener=listener,
                    control=control,
                    video_id=spec.video_id,
                ).run()
            outcome = Outcome(
                video_id=result.video_id,
                player_url=result.player_url or "",
                embed_code=result.embed_code or "",
                mp4_url=result.mp4_url or "",
                thumbnail_url=result.thumbnail_url or "",
            )
            if client.uses_upload_token:
                return outcome  # a token cannot read /status: encoding cannot be followed
            playable = follow_encoding(client, result.video_id, control, listener)
            return replace(outcome, playable=playable)
        finally:
            client.close()

    return run


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
    clock: Callable[[], float] = time.monotonic,
) -> bool | None:
    """Ask ``/status`` until the video is playable: True then, None when we stopped watching
    (cancelled, too many errors, or too long). The upload itself is already complete."""
    deadline = clock() + PROCESSING_FOLLOW_FOR
    pause = PROCESSING_POLL_FIRST
    errors = 0
    last_detail: str | None = None
    while not control.cancelled and clock() < deadline:
        try:
            status = client.get_status(video_id)
            errors = 0
        except UploadError as exc:
            errors += 1
            log.info("Could not read the encoding status of %s: %s", video_id, exc)
            if errors >= PROCESSING_MAX_ERRORS:
                return None
            status = {}
        encoding = status.get("encoding") if isinstance(status, dict) else None
        if isinstance(encoding, dict):
            if encoding.get("playable") is True:
                return True
            detail = encoding_detail(encoding)
            if detail != last_detail:
                listener(StateChanged(STATE_PROCESSING, detail))
                last_detail = detail
        control.sleep(pause)
        pause = min(PROCESSING_POLL_MAX, pause * 1.5)
    return None


def encoding_detail(encoding: dict[str, object]) -> str:
    """``"2 of 5 sizes ready"`` from an encoding status; empty until the first one is ready."""
    qualities = encoding.get("qualities")
    if not isinstance(qualities, list) or not qualities:
        return ""
    done = sum(1 for q in qualities if isinstance(q, dict) and q.get("status") == "encoded")
    return f"{done} of {len(qualities)} sizes ready" if done else ""
