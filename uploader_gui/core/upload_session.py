"""One upload session: the rules both fronts follow to take a queued file to a finished video.

The window and the command line are presentations of this. Given the queue on disk, a client
for the file's environment and a control, :meth:`UploadSession.run_file` decides and does, in
this order, and answers with one typed :class:`FileOutcome`:

1. A file already done answers at once. A file whose bytes on disk are no longer the ones
   queued never sends another byte to its video: it is replaced by a new entry when the caller
   allows it (``new_video_if_changed``), else reported as changed or missing.
2. A new video (no video id yet, an API key) is first looked up on api.video by the file's
   fingerprint; when a complete earlier upload exists, ``on_earlier`` decides (the window asks
   the creator, the command line refuses unless told otherwise). A lookup that fails never
   costs the upload; a refused key ends the file with that reason.
3. The file is uploaded through the durable layer (:func:`~uploader_gui.core.durable_upload.
   run_one`): every acknowledged chunk saved before it is reported, network failures retried
   for ever, the video id kept, so a crash, a kill or quitting loses nothing.
4. Its captions, chapters and thumbnail recorded in the store are sent to the video
   (:func:`~uploader_gui.core.attachment_send.send_attachments`), each at most once and each
   on its own: a bad caption file is a failed attachment in the outcome, never a failed
   video. A run stopped meanwhile leaves the rest pending for the next one.
5. When asked (``follow``), encoding is followed until the video can be watched, or every
   quality is ready, for a bounded time. An upload token cannot read a video's status, so it is
   never followed.

Listeners get the engine's typed events (:mod:`uploader_gui.core.events`), plus
:class:`~uploader_gui.core.events.PhaseChanged` for the lookup and for encoding.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.attachment_send import send_attachments
from uploader_gui.core.attachments import Attachment, AttachmentResult, AttachmentState
from uploader_gui.core.duplicates import PreviousUpload, find_previous_uploads
from uploader_gui.core.durable_upload import (
    DurableControl,
    RunOutcome,
    RunOutcomeKind,
    auth_kind_of,
    check_queued_source,
    durable_options,
    enqueue,
    requeue_as_new,
    resumable,
    run_one,
)
from uploader_gui.core.encoding_watch import (
    PLAYABLE_WAIT,
    WatchOutcome,
    watch_encoding,
)
from uploader_gui.core.environments import Environment
from uploader_gui.core.errors import AuthError, InvalidInputError, UploadError
from uploader_gui.core.events import (
    AttachmentsSent,
    EarlierUploadUnknown,
    Listener,
    Phase,
    PhaseChanged,
    UploadEvent,
    encoding_phase,
)
from uploader_gui.core.file_checks import check_file
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.recording_problems import RecordingProblem, RecordingReport
from uploader_gui.core.store import AuthKind, FileRecord, FileState, SourceState, UploadStore
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.video_links import VideoLinks

log = logging.getLogger(__name__)


class FileOutcomeKind(StrEnum):
    """How one file ended in a session (stable identifiers)."""

    #: The server holds the whole file (and, when followed, it may be watchable).
    DONE = "done"
    #: Not sent: a complete earlier upload of the same file exists (see ``earlier``).
    EARLIER_UPLOAD = "earlier_upload"
    FAILED = "failed"
    CANCELLED = "cancelled"
    #: Stopped by quitting or Ctrl-C: the file continues at the next start.
    STOPPED = "stopped"
    #: The file on disk is not the one queued; nothing more was sent to its video.
    SOURCE_CHANGED = "source_changed"
    #: The file is no longer where it was queued, or cannot be read.
    SOURCE_MISSING = "source_missing"


class EarlierChoice(StrEnum):
    """What to do about a complete earlier upload of the same file."""

    UPLOAD_AGAIN = "upload_again"
    SKIP = "skip"


#: Decides about an earlier upload; runs on the upload's thread and may block (the window asks
#: the creator and waits). Answer SKIP when the session's control is cancelled meanwhile.
OnEarlier = Callable[[PreviousUpload], EarlierChoice]


@dataclass(frozen=True)
class Follow:
    """How long to follow encoding once the upload is complete."""

    #: Follow until every quality is ready (else until the video can be watched).
    all_qualities: bool = False
    #: Give up when the video is not watchable after this many seconds.
    playable_wait: float = PLAYABLE_WAIT
    #: Once watchable, follow the remaining qualities for at most this many seconds.
    qualities_wait: float = 120.0


@dataclass(frozen=True)
class FileOutcome:
    """The one answer for a file, whichever front asked."""

    file_id: int
    kind: FileOutcomeKind
    #: Why the file did not end as DONE (None otherwise, and for a stop or a cancel).
    reason: Reason | None = None
    video_id: str | None = None
    #: Bytes the server holds, for DONE.
    size: int = 0
    links: VideoLinks = field(default_factory=VideoLinks)
    #: Why a DONE file has no links (an upload token's lost completing answer), else None.
    links_note: Reason | None = None
    #: The earlier upload, for EARLIER_UPLOAD.
    earlier: PreviousUpload | None = None
    #: How following encoding ended, when it was followed.
    encoding: WatchOutcome | None = None
    #: The entry this one replaced because its file changed (``file_id`` is the new entry).
    replaced: int | None = None
    #: Each caption, chapters list and thumbnail of the file, and how it went (for DONE).
    attachments: tuple[AttachmentResult, ...] = ()
    #: Why an upload while recording stopped; with REWRITTEN and DONE, the finished file was
    #: uploaded again as a new video (``replaced`` is the recording's entry).
    recording: RecordingReport | None = None

    @property
    def playable(self) -> bool:
        return self.encoding is not None and self.encoding.progress.playable

    @property
    def attachments_failed(self) -> tuple[AttachmentResult, ...]:
        """The attachments that were not sent (failed, or still pending for a reason)."""
        return tuple(
            r
            for r in self.attachments
            if r.state is AttachmentState.FAILED or r.problem is not None
        )


@dataclass(frozen=True)
class Admission:
    """A file taken into the queue for a run."""

    file_id: int
    #: An earlier, unfinished upload of the same file is continued (into its video, if any).
    continues: bool = False
    #: The metadata given now could not be applied: the continued video already exists.
    metadata_kept: bool = False


def earlier_upload_to_continue(
    store: UploadStore,
    path: Path,
    environment: Environment,
    auth: AuthKind,
    *,
    attachments_to_send: bool = False,
) -> FileRecord | None:
    """The newest upload of ``path`` that adding the file again carries on instead of starting
    a new video: unfinished, for this environment and kind of credential. A failed upload that
    already has a video is carried on too while the file is there, so a token that expired
    mid-upload, or a file moved away and put back, never leaves a partial video behind and
    starts a second one. (A changed file is taken up as well, so that it is refused again, or
    sent to a new video when asked: its old video never gets the new bytes.) With
    ``attachments_to_send``, an uploaded file whose captions, chapters or thumbnail were not all
    sent (a run stopped meanwhile) is carried on too, to send them, while it is still the file
    uploaded."""
    for record in store.find(path, environment):
        if record.base_url != environment.base_url or record.auth_kind != auth:
            continue
        if not record.state.finished:
            return record
        if (
            attachments_to_send
            and record.state is FileState.DONE
            and store.has_attachments_to_send(record.id)
            and store.check_source(record) is SourceState.UNCHANGED
        ):
            # Only the same file: a video edited since goes up as itself, not as "done" here.
            return record
        if (
            record.state is FileState.FAILED
            and record.video_id is not None
            and store.check_source(record) is not SourceState.MISSING
        ):
            return record
    return None


class UploadSession:
    """Runs queued files of one store with one client (one environment and credential).

    Thread-safe for running several files at once: each call works on its own file; the
    store serialises its writes.
    """

    def __init__(
        self,
        store: UploadStore,
        client: ApiClient,
        environment: Environment,
        *,
        options: UploadOptions | None = None,
        control: UploadControl | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.environment = environment
        self.auth: AuthKind = auth_kind_of(client)
        self.options = durable_options(options)
        self.control = control if control is not None else UploadControl()

    # -- taking files in ---------------------------------------------------------------

    def admit(
        self,
        path: Path,
        metadata: VideoMetadata,
        *,
        metadata_given: bool = True,
        attachments: Sequence[Attachment] = (),
        recording_settle: float | None = None,
    ) -> Admission:
        """Queue ``path`` for this session, or take up its earlier unfinished upload.

        The file is checked (a plain reason as :class:`InvalidInputError` when it cannot be
        uploaded) and read once for its fingerprint, when it is new. An earlier upload of the
        same file to this environment with this kind of credential is continued rather than
        started again (see :func:`earlier_upload_to_continue`); ``metadata`` replaces its
        stored metadata
        while its video does not exist yet. ``metadata_given`` says whether the caller chose
        the metadata (else it is a default that must not count as "not applied").

        ``attachments`` (captions, chapters, a thumbnail) are recorded with the file, to be sent
        once its video is uploaded; one already sent to a continued video is not sent again
        (see :meth:`UploadStore.add_attachments`). An uploaded file whose attachments were not
        all sent is continued, to send them.

        ``recording_settle`` uploads the file while it is recorded (see
        :mod:`~uploader_gui.core.recording_upload`), ended once unchanged for that many
        seconds; an earlier upload while recording of it is continued with that settle time.
        An upload begun otherwise continues as it began."""
        check = check_file(path)
        if not check.ok:
            raise InvalidInputError(check.reason or Reason(Why.CANNOT_UPLOAD))
        record = earlier_upload_to_continue(
            self.store, path, self.environment, self.auth, attachments_to_send=True
        )
        if record is None and attachments:
            record = self._uploaded_needing(path, attachments)
        if record is not None:
            if recording_settle is not None and self.store.recording_settle(record.id):
                self.store.mark_recording(record.id, recording_settle)
            if record.state is FileState.FAILED:
                self.store.set_state(record.id, FileState.WAITING)
            self.store.add_attachments(record.id, attachments)
            if record.video_id is None:
                self.store.update_metadata(record.id, metadata)
                return Admission(record.id, continues=True)
            return Admission(record.id, continues=True, metadata_kept=metadata_given)
        file_id = enqueue(
            self.store,
            path,
            environment=self.environment,
            auth_kind=self.auth,
            metadata=metadata,
            chunk_size=self.options.chunk_size,
            recording_settle=recording_settle,
        )
        self.store.add_attachments(file_id, attachments)
        return Admission(file_id)

    def _uploaded_needing(self, path: Path, attachments: Sequence[Attachment]) -> FileRecord | None:
        """The newest upload of ``path`` here, when it is complete, still the file on disk, and
        some of ``attachments`` were never sent to its video (new ones, a failed one given
        again): the file is taken up to send just those, not uploaded a second time."""
        for record in self.store.find(path, self.environment):
            if record.base_url != self.environment.base_url or record.auth_kind != self.auth:
                continue
            if record.state is not FileState.DONE or record.video_id is None:
                return None
            if self.store.check_source(record) is not SourceState.UNCHANGED:
                return None
            return record if self.store.unsent(record.id, attachments) else None
        return None

    def pending(self, *, recording_settle: float | None = None) -> list[FileRecord]:
        """The files an earlier run left unfinished here, in queue order (paused ones
        excluded), then the uploaded ones whose attachments were not all sent.
        ``recording_settle`` becomes the settle time of those uploaded while recording."""
        unfinished = resumable(self.store, self.environment, auth_kind=self.auth)
        if recording_settle is not None:
            for record in unfinished:
                if self.is_recording(record.id):
                    self.store.mark_recording(record.id, recording_settle)
        attaching = [
            record
            for record in self.store.with_attachments_to_send()
            if record.environment == self.environment.keyring_name
            and record.base_url == self.environment.base_url
            and record.auth_kind == self.auth
        ]
        return unfinished + attaching

    def is_recording(self, file_id: int) -> bool:
        """Whether the file is uploaded while it is recorded (it grows as it is sent)."""
        return self.store.recording_settle(file_id) is not None

    # -- running -----------------------------------------------------------------------

    def run_file(
        self,
        file_id: int,
        *,
        listener: Listener | None = None,
        control: UploadControl | None = None,
        on_earlier: OnEarlier | None = None,
        new_video_if_changed: bool = False,
        follow: Follow | None = None,
    ) -> FileOutcome:
        """Take one stored file as far as it can go (see the module's steps). ``control``
        replaces the session's for this file (the window has one per row). ``on_earlier``
        None uploads without looking for an earlier upload. Never raises for an upload
        problem: it is the outcome; a bug or an unusable store is raised."""
        control = control if control is not None else self.control
        tell = listener if listener is not None else _ignore
        record = self.store.get(file_id)
        replaced_id: int | None = None
        if record.state is not FileState.DONE:
            problem = check_queued_source(self.store, record)
            if problem is not None and (
                problem.kind is RunOutcomeKind.SOURCE_MISSING or not new_video_if_changed
            ):
                return FileOutcome(
                    file_id, _KINDS[problem.kind], problem.reason, video_id=record.video_id
                )
            if problem is not None:
                replaced_id, file_id = file_id, requeue_as_new(self.store, file_id, replaced=True)
                record = self.store.get(file_id)
        # Whether the file on disk is still the one checked above when the upload starts.
        source_checked = True
        # A recording queued once it has ended is the file an earlier upload of it finished
        # with (its video gets the finished file's fingerprint): it is looked for like any file.
        if record.video_id is None and on_earlier is not None and not self.client.uses_upload_token:
            earlier = self._earlier_upload(record.fingerprint, record.video_id, tell)
            if isinstance(earlier, FileOutcome):
                self.store.set_state(file_id, FileState.FAILED, earlier.reason)
                return dataclasses.replace(earlier, file_id=file_id)
            if earlier is not None:
                choice = on_earlier(earlier)
                if control.cancelled:
                    return self._ended_by(control, file_id)
                # The question may have stayed on screen a long while: the file may have
                # changed meanwhile, so it is checked again before its first byte goes.
                source_checked = False
                if choice is EarlierChoice.SKIP:
                    self.store.set_state(file_id, FileState.CANCELLED, earlier.skipped())
                    return FileOutcome(
                        file_id,
                        FileOutcomeKind.EARLIER_UPLOAD,
                        video_id=earlier.video_id,
                        links=earlier.links,
                        earlier=earlier,
                    )
        outcome = run_one(
            self.store,
            self.client,
            file_id,
            options=self.options,
            listener=listener,
            control=control,
            source_checked=source_checked,
        )
        report = outcome.recording
        if report is not None and report.problem in _SENT_AGAIN:
            # What was sent is no longer the file (its video was dealt with): the recording
            # goes again as a new video, whole when it has ended, or again while recording
            # when it changed after it was taken as ended.
            settle = self.store.recording_settle(file_id)
            if outcome.requeued is not None:  # queued again before its video was dealt with
                replaced_id, file_id = file_id, outcome.requeued
            else:
                replaced_id, file_id = file_id, requeue_as_new(self.store, file_id, replaced=True)
                if report.problem is RecordingProblem.CHANGED_AFTER_END and settle is not None:
                    self.store.mark_recording(file_id, settle)
            outcome = run_one(
                self.store,
                self.client,
                file_id,
                options=self.options,
                listener=listener,
                control=control,
            )
        if outcome.kind is not RunOutcomeKind.DONE or outcome.result is None:
            return FileOutcome(
                file_id,
                _KINDS[outcome.kind],
                outcome.reason,
                video_id=report_video(outcome) or record.video_id,
                recording=outcome.recording or report,
                replaced=replaced_id,
            )
        result = outcome.result
        done = FileOutcome(
            file_id,
            FileOutcomeKind.DONE,
            video_id=result.video_id,
            size=result.size,
            links=result.links,
            links_note=result.links_note,
            replaced=replaced_id,
            recording=report,
        )
        sent = send_attachments(self.store, self.client, file_id, result.video_id, control)
        done = dataclasses.replace(done, attachments=sent.results)
        if sent.results:
            tell(AttachmentsSent(sent.results))
        if sent.interrupted and isinstance(control, DurableControl) and control.stopping:
            return FileOutcome(file_id, FileOutcomeKind.STOPPED, video_id=result.video_id)
        if follow is None or self.client.uses_upload_token or control.cancelled:
            return done
        watched = watch_encoding(
            lambda: self.client.get_status(result.video_id),
            on_change=lambda progress: tell(encoding_phase(progress)),
            until_all_qualities=follow.all_qualities,
            stopped=lambda: control.cancelled,
            sleep=control.sleep,
            playable_wait=follow.playable_wait,
            qualities_wait=follow.qualities_wait,
        )
        return dataclasses.replace(done, encoding=watched)

    def _earlier_upload(
        self, fingerprint: str, video_id: str | None, tell: Listener
    ) -> PreviousUpload | FileOutcome | None:
        """The newest complete earlier upload of the file, None when there is none or the
        lookup failed (told as :class:`EarlierUploadUnknown`), or a FAILED outcome when the key
        was refused (the upload would be refused just the same)."""
        tell(PhaseChanged(Phase.CHECKING))
        try:
            found = find_previous_uploads(self.client, fingerprint, exclude=video_id)
        except AuthError as exc:
            return FileOutcome(0, FileOutcomeKind.FAILED, exc.reason)
        except UploadError as exc:
            log.warning("Could not look for an earlier upload: %s (%s)", exc, exc.detail)
            tell(EarlierUploadUnknown(exc.reason))
            return None
        return found[0] if found else None

    def _ended_by(self, control: UploadControl, file_id: int) -> FileOutcome:
        """Stopped (quitting: the file continues at the next start) or cancelled (recorded, so
        it does not come back)."""
        if isinstance(control, DurableControl) and control.stopping:
            return FileOutcome(file_id, FileOutcomeKind.STOPPED)
        self.store.set_state(file_id, FileState.CANCELLED, Reason(Why.CANCELLED))
        return FileOutcome(file_id, FileOutcomeKind.CANCELLED)


#: The problems after which a recording is uploaded again as a new video.
_SENT_AGAIN = frozenset({RecordingProblem.REWRITTEN, RecordingProblem.CHANGED_AFTER_END})

_KINDS = {
    RunOutcomeKind.DONE: FileOutcomeKind.DONE,
    RunOutcomeKind.FAILED: FileOutcomeKind.FAILED,
    RunOutcomeKind.CANCELLED: FileOutcomeKind.CANCELLED,
    RunOutcomeKind.STOPPED: FileOutcomeKind.STOPPED,
    RunOutcomeKind.SOURCE_CHANGED: FileOutcomeKind.SOURCE_CHANGED,
    RunOutcomeKind.SOURCE_MISSING: FileOutcomeKind.SOURCE_MISSING,
}


def report_video(outcome: RunOutcome) -> str | None:
    """The video an upload while recording was sending to, when it stopped."""
    return outcome.recording.video_id if outcome.recording is not None else None


def _ignore(_event: UploadEvent) -> None:
    """The listener when none is given."""
