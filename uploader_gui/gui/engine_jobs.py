"""How the window asks the core upload session to upload one file.

Kept apart from the manager so the manager can be driven by a stand-in engine in unit tests,
while the window, the demo and the self-test always go through this real path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.attachments import Attachment
from uploader_gui.core.duplicates import PreviousUpload
from uploader_gui.core.durable_upload import enqueue, requeue_as_new
from uploader_gui.core.environments import Environment
from uploader_gui.core.events import UploadEvent
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import AuthKind, UploadStore
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_session import (
    EarlierChoice,
    FileOutcome,
    Follow,
    UploadSession,
)

#: Runs one upload to the end (blocking), reporting through the listener.
UploadJob = Callable[[Callable[[UploadEvent], None]], FileOutcome]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EnvironmentAccess:
    """Where uploads go and with which credential (a key, or a delegated upload token)."""

    environment: Environment
    api_key: str | None = None
    upload_token: str | None = None

    def __repr__(self) -> str:  # never show a secret in a log line or a traceback
        cred = "upload token" if self.upload_token else ("API key" if self.api_key else "none")
        return f"EnvironmentAccess({self.environment.kind}, {self.environment.base_url}, {cred})"

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
    #: Upload to a new video, not into the stored row's (the creator cancelled or skipped it
    #: before, and now asks again): the row stays in the history and a new one is made.
    fresh_video: bool = False
    #: The creator asked again after a failure: if the file changed since it was queued, it
    #: goes to a new video (never into the old one) instead of stopping again.
    new_video_if_changed: bool = False
    #: The stored row was saved but never started in this window: if the environment's
    #: credential changed since (a key instead of an upload token, or the reverse), the row
    #: is replaced by one for the credential in use.
    follow_credential: bool = False
    #: Captions, chapters and a thumbnail to record with the file (a failed one given again
    #: is sent again; one already sent is not).
    attachments: tuple[Attachment, ...] = ()
    #: The video is uploaded: only its attachments are sent (encoding is not followed again).
    attachments_only: bool = False
    #: Upload while the file is still recorded, ended once unchanged for this many seconds
    #: (None: the file is finished, or continues as it began).
    recording_settle: float | None = None


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
#: What the window follows after an upload: every quality, for a bounded time.
WINDOW_FOLLOW = Follow(all_qualities=True, qualities_wait=FOLLOW_QUALITIES_FOR)


def engine_job(
    connection: EnvironmentAccess,
    spec: FileJob,
    options: UploadOptions,
    control: UploadControl,
    store: UploadStore,
    *,
    ask_duplicate: AskDuplicate | None = None,
    settle: Callable[[], object] | None = None,
) -> UploadJob:
    """A job that runs the file through the core upload session against ``connection``
    (blocking, on the upload's own thread): the durable layer saves every acknowledged chunk
    before it is shown and retries network failures for ever, a file interrupted by quitting
    continues at the next start, and encoding is followed for a while once the upload is
    complete.

    A file without a row in ``store`` yet (its drop-time row went with an environment change,
    or the queue is not kept: the Local demo's scratch store) is written there first, on this
    thread. For a new video with an API key, ``ask_duplicate`` is asked when api.video already
    has a complete video of the same file. ``settle`` runs first, on the upload's thread: the
    window passes its store writer's drain, so its earlier writes land before this job's.
    """

    def run(listener: Callable[[UploadEvent], None]) -> FileOutcome:
        if settle is not None:
            settle()
        with connection.client() as client:
            session = UploadSession(
                store, client, connection.environment, options=options, control=control
            )
            file_id = spec.store_id
            if file_id is not None and spec.follow_credential:
                file_id = _row_for_credential(store, file_id, connection.environment, session.auth)
            if file_id is not None and spec.fresh_video:
                file_id = requeue_as_new(store, file_id)
            if file_id is None:
                file_id = enqueue(
                    store,
                    spec.path,
                    environment=connection.environment,
                    auth_kind=session.auth,
                    metadata=spec.metadata,
                    chunk_size=options.chunk_size,
                    recording_settle=spec.recording_settle,
                )
                if spec.video_id is not None:
                    store.set_video_id(file_id, spec.video_id)
            elif spec.video_id is None:
                store.update_metadata(file_id, spec.metadata)  # edited before it started
            if spec.recording_settle is not None and _may_record(store, file_id):
                store.mark_recording(file_id, spec.recording_settle)
            if spec.attachments:
                store.add_attachments(file_id, spec.attachments)
            on_earlier = None
            if spec.check_duplicates and ask_duplicate is not None:
                ask = ask_duplicate

                def on_earlier(previous: PreviousUpload) -> EarlierChoice:
                    choice = ask(previous, control)
                    again = choice is DuplicateChoice.UPLOAD_AGAIN
                    return EarlierChoice.UPLOAD_AGAIN if again else EarlierChoice.SKIP

            return session.run_file(
                file_id,
                listener=listener,
                control=control,
                on_earlier=on_earlier,
                new_video_if_changed=spec.new_video_if_changed,
                follow=None if spec.attachments_only else WINDOW_FOLLOW,
            )

    return run


def _may_record(store: UploadStore, file_id: int) -> bool:
    """Whether the row may become an upload while recording: only before its video exists (a
    video begun as a finished file continues as it began; the window sends a file switched to
    recording to a new video)."""
    try:
        return store.get(file_id).video_id is None
    except KeyError:
        return False


def _row_for_credential(
    store: UploadStore, file_id: int, environment: Environment, auth: AuthKind
) -> int | None:
    """``file_id`` if its row goes to ``environment`` with this kind of credential; else the
    row is removed (it was never started with the other one) and None says to make a new one.
    Run on the upload's thread: a store read on the GUI thread would freeze the window on a
    slow disk."""
    try:
        record = store.get(file_id)
    except KeyError:
        return None
    if (
        record.auth_kind == auth
        and record.environment == environment.keyring_name
        and record.base_url == environment.base_url
    ):
        return file_id
    store.remove(file_id)
    return None
