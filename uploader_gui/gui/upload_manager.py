"""Owns the queue's uploads: starts files in order, up to the chosen number at once, and turns
the workers' counters into what the table shows.

Workers only bump counters; one timer (every ``REFRESH_MS``) computes speed and time left for
every moving file and emits a single ``dataChanged``, so the window stays smooth with thousands
of rows and several fast uploads.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, QTimer, Signal

from uploader_gui.core import time_left
from uploader_gui.core.attachments import Attachment, AttachmentResult, AttachmentState
from uploader_gui.core.duplicates import PreviousUpload
from uploader_gui.core.durable_upload import DurableControl
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.events import (
    AttachmentsSent,
    ChunkRetrying,
    EarlierUploadUnknown,
    Phase,
    PhaseChanged,
    RecordingStatus,
    UploadCompleted,
    UploadEvent,
    UploadPlanned,
    VideoCreated,
)
from uploader_gui.core.keep_awake import KeepAwake
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.rate_limit import RateLimiter
from uploader_gui.core.store import AttachmentRecord, FileRecord, FileState, UploadStore
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_session import FileOutcome, FileOutcomeKind
from uploader_gui.core.video_links import VideoLinks, links_in
from uploader_gui.gui import recording_words
from uploader_gui.gui import status_words as words
from uploader_gui.gui.app_settings import DEFAULT_PARALLEL, DEFAULT_RECORDING_SETTLE
from uploader_gui.gui.attachment_words import attachment_detail
from uploader_gui.gui.duplicate_bridge import DuplicateBridge
from uploader_gui.gui.engine_jobs import (
    DuplicateChoice,
    EnvironmentAccess,
    FileJob,
    UploadJob,
    engine_job,
)
from uploader_gui.gui.file_scan import GrowthVerdict
from uploader_gui.gui.problem_words import reason_words
from uploader_gui.gui.queue_item import (
    COMPLETE_STATES,
    NOT_SENT_STATES,
    ItemState,
    ProgressCounters,
    QueueItem,
    SpeedMeter,
)
from uploader_gui.gui.queue_model import QueueModel
from uploader_gui.gui.record_items import record_item
from uploader_gui.gui.store_writer import StoreWriter
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate
from uploader_gui.gui.upload_worker import UploadWorker

log = logging.getLogger(__name__)

REFRESH_MS = 250
MSG_STOPPED = QT_TRANSLATE_NOOP("UploadManager", "The upload stopped.")
MSG_NO_SCRATCH = QT_TRANSLATE_NOOP(
    "UploadManager", "The upload could not start: no room for its working files (%1)."
)

JobFactory = Callable[[FileJob, UploadControl], UploadJob]
#: Shows the duplicate question for an item (GUI thread, must not block) and later calls the
#: reply with the creator's choice.
AskDuplicateInWindow = Callable[
    [QueueItem, PreviousUpload, Callable[[DuplicateChoice], None]], None
]

#: What the table shows for each phase of the engine.
ITEM_STATE_OF_PHASE: Mapping[Phase, ItemState] = {
    Phase.CHECKING: ItemState.CHECKING,
    Phase.CREATING: ItemState.UPLOADING,
    Phase.UPLOADING: ItemState.UPLOADING,
    Phase.PAUSED: ItemState.PAUSED,
    Phase.WAITING_NETWORK: ItemState.OFFLINE,
    Phase.RETRYING: ItemState.RETRYING,
    Phase.VERIFYING: ItemState.VERIFYING,
    # Complete on the server; the row becomes Processing or Ready as encoding is followed.
    Phase.UPLOADED: ItemState.VERIFYING,
    Phase.PROCESSING: ItemState.PROCESSING,
    Phase.PLAYABLE: ItemState.READY,
}


_BACKING_OFF = (ItemState.RETRYING, ItemState.OFFLINE)


@dataclass(frozen=True)
class QueueSummary:
    counts: dict[ItemState, int]
    done_bytes: int
    total_bytes: int
    speed: float
    #: Seconds until every file now sending or waiting is sent (None: no speed measured yet),
    #: from the same estimate as each file's own time left (:mod:`core.time_left`).
    seconds_left: float | None = None


#: How long a worker that announced its end may take to return (it has nothing left to do).
ENDING_WAIT_MS = 1000


def _skip_earlier(_previous: PreviousUpload, _control: UploadControl) -> DuplicateChoice:
    return DuplicateChoice.SKIP


class UploadManager(QObject):
    """Schedules the queue's files, each on a thread of its own.

    A file that is ready to watch no longer holds the queue, even while its worker still
    follows the remaining qualities: the environment may change (that following then stops
    quietly) and the queue counts as done.

    Signals:
        refreshed(): after each timer tick, for live views (chunk strip, totals).
        item_changed(item_id): an item's state or links changed.
        busy_changed(busy): whether any upload holds the queue (see :attr:`busy`).
    """

    refreshed = Signal()
    item_changed = Signal(int)
    #: Whether a file was uploaded before could not be checked (its name); it uploads anyway.
    lookup_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        model: QueueModel,
        parent: QObject | None = None,
        *,
        job_factory: JobFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.connection: EnvironmentAccess | None = None
        #: The queue on disk; None keeps the queue for this run only.
        self.store: UploadStore | None = None
        #: One bandwidth cap for every upload this window runs; its rate may change at any time.
        self.rate_limiter = RateLimiter(None)
        self.options = UploadOptions(rate_limiter=self.rate_limiter)
        self._parallel = DEFAULT_PARALLEL
        self._job_factory = job_factory
        self._workers: dict[int, tuple[UploadWorker, DurableControl]] = {}
        #: Workers that gave their outcome and whose threads are ending: kept until Qt says
        #: they have (a thread object must outlive its thread), then let go.
        self._ending: set[UploadWorker] = set()
        self._remove_when_stopped: set[int] = set()
        #: Ready rows taken out of the list while their encoding is still followed, kept
        #: following for as long as the removal can be undone (see :meth:`put_back`).
        self._aside: dict[int, QueueItem] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        #: Asks about a file uploaded before; None uploads without looking (see the window).
        self.ask_duplicate: AskDuplicateInWindow | None = None
        self._duplicates = DuplicateBridge(self)
        self._duplicates.asked.connect(self._on_duplicate)
        self._was_busy = False
        #: Asks the system not to sleep while bytes are on their way (None: never asks).
        self.keep_awake: KeepAwake | None = None
        self._awake_for: set[int] = set()
        self._shut_down = False
        #: Upload threads made but not started yet (see :meth:`_launch_soon`).
        self._to_launch: list[UploadWorker] = []
        self._scratch: UploadStore | None = None
        #: Running uploads whose rows are in the scratch store (by item id).
        self._on_scratch: dict[int, bool] = {}
        #: Writes to the store from the window's actions, off the GUI thread.
        self.writer = StoreWriter()
        #: A recording has ended once its file is unchanged this long (seconds).
        self.recording_settle = DEFAULT_RECORDING_SETTLE

    # -- configuration -------------------------------------------------------------------
    @property
    def parallel(self) -> int:
        return self._parallel

    def set_parallel(self, count: int) -> None:
        self._parallel = max(1, count)
        self.schedule()

    def set_speed_limit(self, bytes_per_second: float | None) -> None:
        """Cap all uploads together (None: no cap), including those already running."""
        self.rate_limiter.bytes_per_second = bytes_per_second

    def set_connection(self, connection: EnvironmentAccess | None) -> None:
        """Use ``connection`` for the files of its environment from now on; files queued for
        another environment wait for theirs (they are never sent here)."""
        self.connection = connection
        for item in self.model.items:
            self._place(item)
        self.schedule()

    def belongs_here(self, item: QueueItem) -> bool:
        """Whether ``item`` goes to the environment in use now."""
        connection = self.connection
        if connection is None:
            return False
        return item.environment is None or item.environment == connection.environment

    def _place(self, item: QueueItem) -> None:
        """Waiting files of the environment in use wait to start; the others wait for theirs."""
        if item.state not in (ItemState.WAITING, ItemState.ELSEWHERE):
            return
        state = ItemState.WAITING if self.belongs_here(item) else ItemState.ELSEWHERE
        connection = self.connection
        needs_key = state is ItemState.WAITING and not (connection and connection.usable)
        if state is not item.state or needs_key is not item.needs_key:
            item.needs_key = needs_key
            self._set_state(item, state)

    def move_here(self, ids: Iterable[int]) -> int:
        """Send files queued for another environment to the one in use instead: a deliberate
        choice of the creator. Only files with no video yet can move (a started upload
        continues in its own environment). Returns how many moved."""
        connection = self.connection
        if connection is None:
            return 0
        moved = 0
        for item in self._items(ids):
            if item.state is not ItemState.ELSEWHERE or item.video_id is not None:
                continue
            item.environment = connection.environment
            if item.store_id is not None:
                # Its saved row names the other environment; it is saved again on start.
                self.forget_saved(item.store_id)
                item.store_id = None
            self._place(item)
            moved += 1
        self.schedule()
        return moved

    @property
    def persisting(self) -> bool:
        """Whether uploads are kept in the store. The Local demo's are not: its server lives
        only as long as the app, so there is nothing to continue next time."""
        connection = self.connection
        return (
            self.store is not None
            and connection is not None
            and connection.environment.kind is not EnvironmentKind.DEMO
        )

    @property
    def history_store(self) -> UploadStore | None:
        """Where the finished uploads are listed: the kept list, or, while none is kept (the
        Local demo), this run's own, so finished videos are in History either way."""
        if self.persisting or self._scratch is None:
            return self.store
        return self._scratch

    @property
    def busy(self) -> bool:
        """Whether an upload holds the queue: any worker except those only following the
        qualities of a video that is already ready to watch."""
        return any(not self._following(i) for i in self._workers)

    def _following(self, item_id: int) -> bool:
        """A worker that only follows encoding (its row is ready, or already gone)."""
        item = self.model.find(item_id)
        return item is None or item.state is ItemState.READY

    def following_ids(self) -> list[int]:
        """Ready videos in the list whose remaining qualities are still being followed."""
        return [i for i in self._workers if self._following(i) and self.model.find(i)]

    def stop_following(self) -> None:
        """Stop following encoding quietly (another environment is about to be shown): the
        videos are ready and stay in the history; their rows leave the list."""
        self.let_go_aside()
        self.remove(self.following_ids())

    def nudge_waiting(self) -> int:
        """Retry now, instead of at the end of the backoff, every upload waiting to retry (the
        computer woke up or the network came back). Returns how many were nudged."""
        nudged = 0
        for item_id, (_, control) in self._workers.items():
            item = self.model.find(item_id)
            if item is None or item.state not in _BACKING_OFF:
                continue
            control.nudge()
            item.retry_at = time.monotonic()  # no countdown left to show
            nudged += 1
        if nudged:
            log.info("Retrying %d waiting uploads now", nudged)
        return nudged

    def _update_busy(self) -> None:
        """Tell listeners when the queue starts or stops being held, and ask the system to stay
        awake exactly while bytes are on their way (paused files and encoding do not count)."""
        busy = self.busy
        if busy != self._was_busy:
            self._was_busy = busy
            self.busy_changed.emit(busy)
        awake = self.keep_awake
        if awake is None:
            return
        want = {i for i in self._workers if (item := self.model.find(i)) and item.state.sending}
        if self._shut_down:
            want = set()  # the app is quitting: late reports must not ask again
        for item_id in want - self._awake_for:
            awake.hold((id(self), item_id))
        for item_id in self._awake_for - want:
            awake.let_go((id(self), item_id))
        self._awake_for = want

    def active_ids(self) -> list[int]:
        return list(self._workers)

    # -- adding --------------------------------------------------------------------------
    def add_files(
        self,
        files: Iterable[tuple[Path, int]],
        store_ids: Mapping[Path, int] | None = None,
        metadata: Mapping[Path, VideoMetadata] | None = None,
        environment: Environment | None = None,
        attachments: Mapping[Path, list[Attachment]] | None = None,
        *,
        recording: Collection[Path] = (),
        watched: Collection[Path] = (),
        checking: Collection[Path] = (),
    ) -> list[QueueItem]:
        """Queue files (path, size) in order; already queued, unfinished paths are skipped.
        Those in ``recording`` are still being written: they upload while they grow; those in
        ``checking`` were written moments ago and wait for :meth:`growth_judged` to say
        which; those in ``watched`` come from a watched folder (one api.video already has is
        skipped).
        ``store_ids`` are their rows in the upload store, when they were saved already;
        ``metadata`` what each file starts with (from the environment's template);
        ``environment`` where they go (by default the one in use now); ``attachments`` the
        captions, chapters and thumbnail found next to each file, sent after its upload."""
        if environment is None and self.connection is not None:
            environment = self.connection.environment
        queued = {i.path for i in self.model.items if not i.state.finished}
        listed = {i.store_id: i for i in self.model.items if i.store_id is not None}
        ids = store_ids or {}
        metas = metadata or {}
        items = []
        duplicates = []
        again: list[int] = []
        for path, size in files:
            shown = listed.get(ids[path]) if path in ids else None
            if shown is not None and shown.state.finished:
                again.append(shown.id)  # its failed upload carries on (see drop_intake)
                continue
            if path in queued:
                if path in ids:
                    duplicates.append(ids[path])
                continue
            queued.add(path)
            item = QueueItem(path=path, size=size, store_id=ids.get(path), environment=environment)
            meta = metas.get(path)
            if meta is not None:
                item.title = meta.title or item.title
                item.tags = list(meta.tags)
                item.public = meta.public
                item.description = meta.description
            item.attachments = list((attachments or {}).get(path, []))
            item.recording = path in recording
            item.judging_growth = path in checking and not item.recording
            item.watched = path in watched
            items.append(item)
        for store_id in duplicates:
            self.forget_saved(store_id)
        for item in items:
            self._place(item)
        self.model.add(items)
        if again:
            self.retry(again)
        self.schedule()
        return items

    def growth_judged(self, verdict: GrowthVerdict) -> None:
        """The files that were checking now know how they upload: those still being written
        while they grow, the others the ordinary way. They may start now."""
        for item in self.model.items:
            if item.judging_growth and item.path in verdict.checked:
                item.judging_growth = False
                item.recording = item.path in verdict.growing
                self.model.refresh_item(item.id)
                self.item_changed.emit(item.id)
        self.schedule()

    def load_records(
        self,
        records: Iterable[FileRecord],
        attachments: Mapping[int, list[AttachmentRecord]] | None = None,
    ) -> list[QueueItem]:
        """Show files saved in the upload store (at start-up, or after switching environment),
        each bound to the environment it was saved for, unless it is shown already:
        interrupted ones wait to continue where the server is, paused ones stay paused.
        ``attachments`` are each row's captions, chapters and thumbnail as saved."""
        shown = {i.store_id for i in self.model.items if i.store_id is not None}
        items = []
        for r in records:
            environment = Environment.from_saved(r.environment, r.base_url)
            if r.id in shown or environment is None:
                continue
            state = ItemState.PAUSED if r.state is FileState.PAUSED else ItemState.WAITING
            item = record_item(r, environment, (attachments or {}).get(r.id, []), state)
            self._place(item)
            items.append(item)
        self.model.add(items)
        self.schedule()
        return items

    def clear(self) -> None:
        """Empty the list (only while nothing is attached to a worker); the store keeps all."""
        for item in list(self.model.items):
            if item.id not in self._workers:
                self.model.remove(item.id)

    # -- actions on items ----------------------------------------------------------------
    def pause(self, ids: Iterable[int]) -> None:
        for item in self._items(ids):
            pair = self._workers.get(item.id)
            if pair is not None:
                pair[1].pause()
                self._set_state(item, ItemState.PAUSED)
            elif item.state is ItemState.WAITING:
                self._set_state(item, ItemState.PAUSED)
                self._save_state(item, FileState.PAUSED)

    def resume(self, ids: Iterable[int]) -> None:
        for item in self._items(ids):
            if item.state is not ItemState.PAUSED:
                continue
            pair = self._workers.get(item.id)
            if pair is not None:
                pair[1].resume()
                item.meter.reset()
                self._set_state(item, ItemState.UPLOADING)
            else:
                self._set_state(item, ItemState.WAITING)
                self._save_state(item, FileState.WAITING)
                self._place(item)
        self.schedule()

    def cancel(self, ids: Iterable[int]) -> None:
        for item in self._items(ids):
            if item.state is ItemState.PROCESSING:
                continue  # the upload is complete; api.video is encoding it
            pair = self._workers.get(item.id)
            if pair is not None:
                pair[1].cancel()  # the worker reports back; the state changes then
            elif not item.state.finished:
                self._set_state(item, ItemState.CANCELLED)
                self._save_state(item, FileState.CANCELLED)

    def retry(self, ids: Iterable[int]) -> None:
        for item in self._items(ids):
            if not item.state.retryable or item.id in self._workers:
                continue
            if item.state is ItemState.SKIPPED:
                item.duplicate_ok = True  # "Retry" on a skipped file means: send it anyway
                item.links = VideoLinks()
                item.thumbnail = b""
            if item.state in NOT_SENT_STATES:
                # Cancelled means "not this one": a fresh video (the old row stays in the
                # history; the new one is written when the upload starts, off this thread).
                item.video_id = None
                item.started = False
                item.fresh_video = item.store_id is not None or item.scratch_id is not None
            else:
                # A file that changed since it was queued goes to a new video, never into the
                # old one (the upload's thread finds out).
                item.new_video_if_changed = True
                self._save_state(item, FileState.WAITING)
            item.counters = ProgressCounters()
            item.meter = SpeedMeter()
            item.seen_version = -1
            item.bytes_done = 0
            item.detail = item.encoding_words = ""
            item.retry_at = None
            item.retry_attempt = 0
            self._set_state(item, ItemState.WAITING)
            self._place(item)
        self.schedule()

    def can_switch_recording(self, item: QueueItem, on: bool) -> bool:
        """Whether "Still recording" may be switched ``on`` (or off) for the row now: never
        while its upload runs or once it is complete; off only before it ever started (a
        recording begun goes on until its file settles)."""
        if item.id in self._workers or item.state in COMPLETE_STATES:
            return False
        if item.state is ItemState.SKIPPED or item.recording == on:
            return False
        return on or not item.started

    def set_recording(self, ids: Iterable[int], on: bool) -> int:
        """Switch the rows to upload while their files are recorded (or back); how many
        changed. A row whose video was begun as a finished file goes to a new video."""
        changed = 0
        for item in self._items(ids):
            if not self.can_switch_recording(item, on):
                continue
            item.recording = on
            if on and item.video_id is not None:
                item.video_id = None
                item.started = False
                item.fresh_video = item.store_id is not None or item.scratch_id is not None
            changed += 1
            self.model.refresh_item(item.id)
            self.item_changed.emit(item.id)
        if changed:
            self.schedule()
        return changed

    # -- captions, chapters and thumbnails ----------------------------------------------
    def set_attachment(self, item_id: int, attachment: Attachment) -> None:
        """Give the file a caption, chapters or thumbnail (replacing what held its slot): sent
        after the upload, or now when the video is already uploaded."""
        item = self.model.find(item_id)
        if item is None:
            return
        item.attachments = [a for a in item.attachments if a.key != attachment.key]
        item.attachments.append(attachment)
        item.attachment_results.pop(attachment.key, None)
        if item.id in self._workers:
            # Its running upload took the list it had when it started: this one goes after.
            item.attach_after = True
        elif item.state in COMPLETE_STATES and item.video_id is not None:
            self.send_attachments(item_id)
        self._attachments_changed(item)

    def send_attachments_soon(self, item_id: int) -> None:
        """:meth:`send_attachments` now, or, while the uploaded video's encoding is still
        followed (its worker is busy), as soon as that ends."""
        item = self.model.find(item_id)
        if item is not None and not self.send_attachments(item_id):
            item.attach_after = item.id in self._workers and not item.attaching
            if item.attach_after:
                log.info("Attachments of %s go once its encoding is no longer followed", item.id)
                # A failed one is no longer told as failed: it goes again.
                for key, held in list(item.attachment_results.items()):
                    if held.state is AttachmentState.FAILED:
                        del item.attachment_results[key]
            self._attachments_changed(item)

    def remove_attachment(self, item_id: int, key: str) -> None:
        """Take back an attachment that was not sent yet (one on the video stays there)."""
        item = self.model.find(item_id)
        if item is None:
            return
        if not self.can_remove_attachment(item, key):
            return
        item.attachments = [a for a in item.attachments if a.key != key]
        item.attachment_results.pop(key, None)
        saved = self._attachment_row(item)
        if item.started and saved is not None:
            # Already recorded with the file by its upload: forgotten there, off this thread.
            self._store_write(partial(saved[0].remove_attachment, saved[1], key))
        self._attachments_changed(item)

    def can_remove_attachment(self, item: QueueItem, key: str) -> bool:
        """Whether an attachment can still be taken back: not sent, and either its file's
        upload has not begun or the row its upload records it in is known."""
        held = item.attachment_results.get(key)
        if held is not None and held.state is AttachmentState.SENT:
            return False
        return not item.started or self._attachment_row(item) is not None

    def _attachment_row(self, item: QueueItem) -> tuple[UploadStore, int] | None:
        """The store and row the file's upload records its attachments in, when known."""
        if self.persisting and self.store is not None and item.store_id is not None:
            return self.store, item.store_id
        if not self.persisting and self._scratch is not None and item.scratch_id is not None:
            return self._scratch, item.scratch_id
        return None

    def send_attachments(self, item_id: int) -> bool:
        """Send the uploaded video's unsent attachments (a failed one again, after the creator
        fixed its file) without uploading the video again. False when that cannot happen now:
        the video is not uploaded yet, or its file is busy."""
        item = self.model.find(item_id)
        connection = self.connection
        if (
            item is None
            or connection is None
            or not connection.usable
            or item.id in self._workers
            or item.state not in COMPLETE_STATES
            or item.video_id is None
            or not self.belongs_here(item)
        ):
            return False
        for attachment in item.attachments:
            held = item.attachment_results.get(attachment.key)
            if held is not None and held.state is AttachmentState.FAILED:
                del item.attachment_results[attachment.key]
        item.attaching = True
        item.detail = attachment_detail(item) or item.encoding_words
        self._start(item, connection)
        self.model.refresh_item(item.id)
        self.item_changed.emit(item.id)
        return True

    @staticmethod
    def _take_results(item: QueueItem, results: Iterable[AttachmentResult]) -> None:
        """How each attachment went; one the row did not list (recorded by an earlier run of
        the file) is listed from now on."""
        listed = {a.key for a in item.attachments}
        for result in results:
            if result.attachment.key not in listed:
                item.attachments.append(result.attachment)
                listed.add(result.attachment.key)
            item.attachment_results[result.attachment.key] = result

    def _attachments_changed(self, item: QueueItem) -> None:
        if item.state in COMPLETE_STATES:
            item.detail = attachment_detail(item) or item.encoding_words
        self.model.refresh_item(item.id)
        self.item_changed.emit(item.id)

    def remove(self, ids: Iterable[int], *, undoable: bool = False) -> None:
        """Take ``ids`` out of the list, stopping their uploads. ``undoable``: the removal
        may be undone (:meth:`put_back`), so a ready video whose last qualities are followed
        goes on being followed until :meth:`let_go_aside`, and comes back up to date."""
        for item in self._items(ids):
            pair = self._workers.get(item.id)
            if pair is not None and self._following(item.id):
                # Ready: only its last qualities were followed. The row goes now; the video
                # stays in the history.
                if undoable:
                    self._aside[item.id] = item
                else:
                    pair[1].cancel()
                self.model.remove(item.id)
            elif pair is not None:
                self._remove_when_stopped.add(item.id)
                pair[1].cancel()
            else:
                self.model.remove(item.id)
                if item.store_id is not None and not item.state.finished:
                    # Finished files stay in the store: they are the history.
                    self.forget_saved(item.store_id)
        self.schedule()

    def put_back(self, row: int, item: QueueItem) -> None:
        """Put a removed row back at ``row``, still following what it was waiting for."""
        self._aside.pop(item.id, None)
        if self.model.find(item.id) is None:
            self.model.insert(row, item)
        self.item_changed.emit(item.id)

    def let_go_aside(self) -> None:
        """The removal can no longer be undone: stop following the rows set aside."""
        aside, self._aside = self._aside, {}
        for item_id in aside:
            pair = self._workers.get(item_id)
            if pair is not None:
                pair[1].cancel()

    def move(self, ids: Iterable[int], delta: int) -> None:
        """Move the given rows one step, keeping their relative order."""
        rows = sorted((self.model.row_of(i), i) for i in ids)
        if delta > 0:
            rows.reverse()
        for _, item_id in rows:
            if not self.model.move(item_id, delta):
                break
        self._save_order()

    def move_to_end(self, ids: Iterable[int], *, top: bool) -> None:
        """Move the given rows to the top (or the bottom) of the list, keeping their order."""
        rows = sorted(r for i in ids if (r := self.model.row_of(i)) >= 0)
        chosen = [self.model.item(r).id for r in rows]
        if top:
            for target, item_id in enumerate(chosen):
                self.model.move_to(item_id, target)
        else:
            # From the last chosen up, each to the last place still free at the bottom.
            last = self.model.rowCount() - 1
            for offset, item_id in enumerate(reversed(chosen)):
                self.model.move_to(item_id, last - offset)
        self._save_order()

    def _save_order(self) -> None:
        store = self.store
        if store is not None:
            order = [i.store_id for i in self.model.items if i.store_id is not None]
            self._store_write(partial(store.reorder, order))

    def all_ids(self) -> list[int]:
        return [i.id for i in self.model.items]

    # -- scheduling ----------------------------------------------------------------------
    def schedule(self) -> None:
        """Start waiting files, in queue order, until the parallel limit is reached."""
        connection = self.connection
        if connection is None or not connection.usable or self._shut_down:
            return
        if not self.model.tally.counts.get(ItemState.WAITING):
            return  # nothing to start: no need to walk a long queue of paused or done rows
        running = sum(1 for i in self._workers if (it := self.model.find(i)) and it.state.sending)
        for item in list(self.model.items):
            if running >= self._parallel:
                break
            if (
                item.state is ItemState.WAITING
                and not item.judging_growth
                and item.id not in self._workers
                and self.belongs_here(item)
            ):
                self._start(item, connection)
                running += 1

    def _start(self, item: QueueItem, connection: EnvironmentAccess) -> None:
        if not self.belongs_here(item):  # never sent to another environment than its own
            self._place(item)
            return
        item.environment = connection.environment
        persisting = self.persisting
        store = self.store if persisting else self._scratch_store(item)
        if store is None:
            return
        # The row this file has in the store its upload runs on: the queue on disk, or (the
        # Local demo) the scratch store, kept across attempts so a changed file is noticed.
        row = item.store_id if persisting else item.scratch_id
        control = DurableControl()
        spec = FileJob(
            path=item.path,
            metadata=item.metadata(),
            video_id=item.video_id,
            store_id=row,
            check_duplicates=not item.duplicate_ok,
            fresh_video=item.fresh_video and row is not None,
            new_video_if_changed=item.new_video_if_changed,
            follow_credential=persisting and row is not None and not item.started,
            attachments=tuple(item.attachments),
            attachments_only=item.attaching,
            recording_settle=self.recording_settle if item.recording else None,
        )
        item.fresh_video = item.new_video_if_changed = False
        self._on_scratch[item.id] = not persisting
        if self._job_factory is not None:
            job = self._job_factory(spec, control)
        else:
            ask = self._duplicates.asker(item.id) if self.ask_duplicate is not None else None
            if item.watched:
                ask = _skip_earlier  # a watched folder never uploads a file twice
            job = engine_job(
                connection,
                spec,
                self.options,
                control,
                store,
                ask_duplicate=ask,
                settle=self.writer.drain,
            )
        worker = UploadWorker(item.id, item.counters, job)
        worker.milestone.connect(self._on_event)
        worker.ended.connect(self._on_ended)
        worker.finished.connect(self._ended)
        self._workers[item.id] = (worker, control)
        item.started = True
        item.meter.reset()
        if not item.attaching:  # a video already uploaded keeps its state meanwhile
            self._set_state(item, ItemState.UPLOADING)
        log.info("Starting upload %s: %s", item.id, item.path.name)
        self._launch_soon(worker)
        if not self._timer.isActive():
            self._timer.start()
        self._update_busy()

    def _launch_soon(self, worker: UploadWorker) -> None:
        """Start ``worker``'s thread once the window's thread has finished what it is doing.

        Files usually start several at once (a drop, a resume), each thread straight into
        work that holds the interpreter; started in the middle of the window's handling of the
        drop, they stretch it into a stall the creator sees (the median worst tick at a drop of
        four files fell from 34 to 26 ms with this, benchmarks/gui_stall.py). A control stopped
        or cancelled meanwhile is seen by the job as soon as it runs."""
        self._to_launch.append(worker)
        if len(self._to_launch) == 1:
            QTimer.singleShot(0, self._launch)

    def _launch(self) -> None:
        workers, self._to_launch = self._to_launch, []
        if self._shut_down:
            return  # never started: shutdown has nothing to wait for
        for worker in workers:
            worker.start()

    def shutdown(self, wait_ms: int = 5000) -> bool:
        """Stop every upload and wait for the threads; False if some did not stop within
        ``wait_ms`` (they are still waited for: none is left running).

        With a store, files are stopped, not cancelled: they continue at the next start."""
        for _, control in self._workers.values():
            control.stop()  # not cancelled: with a store, the file continues at the next start
        self._timer.stop()
        self._shut_down = True
        self._update_busy()
        deadline = QDeadlineTimer(wait_ms)
        threads = [worker for worker, _ in self._workers.values()] + list(self._ending)
        stopped = all(worker.wait(deadline) for worker in threads)
        if not stopped:
            # A thread object destroyed while its thread runs aborts the process, and the
            # window is about to go: wait for the stragglers (they stop at their next block,
            # or when their connection gives up).
            log.warning("Uploads are still stopping; waiting for them before quitting")
            for worker in threads:
                worker.wait()
        self.writer.close()
        if self._scratch is not None:
            self._scratch.close()
            shutil.rmtree(self._scratch.path.parent, ignore_errors=True)
            self._scratch = None
        return stopped

    # -- worker reports (GUI thread) -----------------------------------------------------
    def _on_event(self, item_id: int, event: UploadEvent) -> None:
        item = self._listed_or_aside(item_id)
        if item is None:
            return
        paused = item.state is ItemState.PAUSED
        changed_slot = False
        if isinstance(event, VideoCreated):
            item.video_id = event.video_id
        elif isinstance(event, UploadPlanned):
            item.take_progress()
        elif isinstance(event, RecordingStatus):
            item.recording = True
            item.recording_waiting = event.waiting
            item.recording_sent = event.sent
            item.size = max(item.size, event.on_disk)
        elif isinstance(event, EarlierUploadUnknown):
            self.lookup_failed.emit(item.name)
        elif isinstance(event, ChunkRetrying):
            item.retry_at = time.monotonic() + max(0.0, event.delay)
            item.retry_attempt = event.attempt
            item.retry_reason = event.reason
            item.take_progress()
            if not paused:
                item.state = ItemState.RETRYING
        elif isinstance(event, PhaseChanged):
            state = ITEM_STATE_OF_PHASE[event.phase]
            if not (paused and state is ItemState.UPLOADING):
                if state in _BACKING_OFF:
                    item.retry_reason = event.retry or item.retry_reason
                    if item.retry_at is None:
                        item.retry_at = time.monotonic()
                item.state = state
                if state in (ItemState.PROCESSING, ItemState.READY):
                    item.encoding_words = (
                        words.encoding_detail(event.encoding) if event.encoding else ""
                    )
                    item.detail = attachment_detail(item) or item.encoding_words
                    item.bytes_done = item.size
                    changed_slot = True
        elif isinstance(event, AttachmentsSent):
            self._take_results(item, event.results)
            if item.state in COMPLETE_STATES:
                item.detail = attachment_detail(item) or item.encoding_words
        elif isinstance(event, UploadCompleted):
            item.video_id = event.video_id
            item.links = item.links.updated(links_in(event.video))
        self.model.refresh_item(item_id)
        self.item_changed.emit(item_id)
        if changed_slot:
            self.schedule()  # encoding runs on api.video: the next file can start
        self._update_busy()

    def _on_ended(self, item_id: int, outcome: FileOutcome) -> None:
        """A worker's final word: the row shows how its file ended."""
        item = self._listed_or_aside(item_id)
        on_scratch = self._on_scratch.pop(item_id, False)
        if item is not None:
            if outcome.file_id:
                # Written by the upload's thread when it had none, or a new row for a new
                # video: kept for the store the upload ran on, whatever is in use now.
                if on_scratch:
                    item.scratch_id = outcome.file_id
                else:
                    item.store_id = outcome.file_id
            self._show_end(item, outcome)
        self._finish(item_id)

    def _show_end(self, item: QueueItem, outcome: FileOutcome) -> None:
        kind = outcome.kind
        self._take_results(item, outcome.attachments)
        if item.attaching:
            # Only the attachments were sent: the video's state is what it was.
            item.attaching = False
            item.detail = attachment_detail(item) or item.encoding_words
            return
        if kind is FileOutcomeKind.DONE:
            item.video_id = outcome.video_id
            item.links = item.links.updated(outcome.links)
            item.size = outcome.size or item.size  # a recording's final size
            item.bytes_done = item.size
            item.recording_waiting = False
            item.recording = False  # the recording ended: the file is whole on the server
            watched = outcome.encoding
            if watched is not None:
                item.encoding_words = words.encoding_detail(watched.progress)
            item.state = ItemState.READY if outcome.playable else ItemState.UPLOADED
            item.detail = attachment_detail(item) or item.encoding_words
            if outcome.recording is not None and not attachment_detail(item):
                item.detail = recording_words.sent_again_words(outcome.recording)
            log.info("Upload %s finished: video %s", item.id, outcome.video_id)
        elif kind is FileOutcomeKind.EARLIER_UPLOAD and outcome.earlier is not None:
            item.video_id = outcome.video_id
            item.links = item.links.updated(outcome.links)
            item.state = ItemState.SKIPPED
            item.detail = words.earlier_upload_words(outcome.earlier, skipped=True)
            log.info("Upload %s skipped: already video %s", item.id, outcome.video_id)
        elif kind in (FileOutcomeKind.CANCELLED, FileOutcomeKind.STOPPED):
            item.state = ItemState.CANCELLED
            item.detail = ""
            item.settle_progress()
        else:
            item.state = ItemState.FAILED
            if outcome.recording is not None:
                item.detail = recording_words.report_words(outcome.recording)
            elif outcome.reason is not None:
                item.detail = reason_words(outcome.reason)
            else:
                item.detail = translate("UploadManager", MSG_STOPPED)
            item.settle_progress()

    def _on_duplicate(
        self, item_id: int, previous: PreviousUpload, reply: Callable[[DuplicateChoice], None]
    ) -> None:
        """An upload thread found an earlier video of the file and waits for the answer."""
        item = self.model.find(item_id)
        ask = self.ask_duplicate
        if item is None or ask is None or item_id not in self._workers:
            reply(DuplicateChoice.SKIP)
            return
        item.detail = words.earlier_upload_words(previous, skipped=False)
        self._set_state(item, ItemState.ASKING)
        self.schedule()  # the question holds no bandwidth: the next file may start

        def answered(choice: DuplicateChoice) -> None:
            current = self.model.find(item_id)
            if current is not None and current.state is ItemState.ASKING:
                current.detail = ""
                if choice is DuplicateChoice.UPLOAD_AGAIN:
                    current.duplicate_ok = True
                    self._set_state(current, ItemState.UPLOADING)
            reply(choice)

        ask(item, previous, answered)

    def _ended(self) -> None:
        """A worker's thread has ended (after its final word reached ``_finish``)."""
        worker = self.sender()
        # Qt emits ``finished`` just before the thread returns: wait for that instant before
        # letting go, since destroying a thread object whose thread still runs aborts.
        if isinstance(worker, UploadWorker) and worker.wait(ENDING_WAIT_MS):
            self._ending.discard(worker)

    def _finish(self, item_id: int) -> None:
        pair = self._workers.pop(item_id, None)
        if pair is not None:
            self._ending.add(pair[0])
        item = self._listed_or_aside(item_id)
        self._aside.pop(item_id, None)  # followed to its end: nothing left to let go
        if item is not None:
            item.speed = 0.0
            item.retry_at = None
        if item_id in self._remove_when_stopped:
            self._remove_when_stopped.discard(item_id)
            self.model.remove(item_id)
            # A file that was sent in full (it finished before it stopped) stays in the history.
            if item is not None and item.store_id is not None and item.state not in COMPLETE_STATES:
                self.forget_saved(item.store_id)
        else:
            self.model.refresh_item(item_id)
            self.item_changed.emit(item_id)
        if item is not None and item.attach_after and not self._shut_down:
            item.attach_after = False
            if item.state in COMPLETE_STATES:
                self.send_attachments(item_id)
            else:  # the upload did not end: what was given goes with its next attempt
                self._attachments_changed(item)
        self.schedule()
        if not self._workers:
            self._timer.stop()
        self._update_busy()
        if not self._workers:
            self.refreshed.emit()

    # -- the one refresh timer -----------------------------------------------------------
    def refresh(self) -> None:
        now = time.monotonic()
        lo = hi = -1
        for item_id in self._workers:
            row = self.model.row_of(item_id)
            if row < 0:
                continue
            item = self.model.item(row)
            version = item.counters.version
            moved = version != item.seen_version
            if moved:
                item.seen_version = version
                item.take_progress()
                if item.state in _BACKING_OFF and (item.retry_at or 0) <= now:
                    item.state = ItemState.UPLOADING
                    item.retry_reason = None
            if item.state is ItemState.UPLOADING:
                item.meter.add(now, item.bytes_done)
                item.speed = item.meter.speed
            elif item.speed:
                item.speed = 0.0
                item.meter.reset()
            lo = row if lo < 0 else min(lo, row)
            hi = max(hi, row)
        if lo >= 0:
            self.model.refresh_rows(lo, hi)
        self._update_busy()
        self.refreshed.emit()

    def summary(self) -> QueueSummary:
        """Counts per state, bytes done of bytes to send, the overall speed and the time left;
        each sending file's own time left is set from the same estimate.

        The counts and bytes are the model's running tally (see :mod:`queue_tally`), and only
        files with a worker send, so the cost follows what is being sent, not the queue's
        length: waiting files are read in queue order only until each sending file has the
        one that takes its place; the rest count as one lump."""
        tally = self.model.tally
        speed = 0.0
        sending: list[tuple[int, QueueItem]] = []
        for item_id in self._workers:
            row = self.model.row_of(item_id)
            if row < 0:
                continue
            item = self.model.item(row)
            speed += item.speed
            if item.state.sending:
                sending.append((row, item))
        sending.sort(key=lambda pair: pair[0])
        left = time_left.estimate(
            [
                time_left.Sending(
                    max(0, i.size - i.bytes_done),
                    i.speed if i.state is ItemState.UPLOADING else 0.0,
                )
                for _, i in sending
            ],
            self._next_waiting(len(sending)),
        )
        for (_, item), seconds in zip(sending, left.per_file, strict=True):
            item.eta = seconds
        return QueueSummary(
            dict(tally.counts), tally.done_bytes, tally.total_bytes, speed, left.total
        )

    def _next_waiting(self, successors: int) -> list[int]:
        """Bytes left of the waiting files in queue order: the first ``successors + 1`` one
        by one, the others as one lump (they only add to the whole)."""
        tally = self.model.tally
        if not tally.counts.get(ItemState.WAITING):
            return []
        first: list[int] = []
        for item in self.model.items:
            if item.state is ItemState.WAITING:
                first.append(max(0, item.size - item.bytes_done))
                if len(first) > successors:
                    break
        rest = tally.waiting_left - sum(first)
        return [*first, rest] if rest > 0 else first

    # -- the upload store ----------------------------------------------------------------
    def _store_write(self, call: Callable[[], object]) -> None:
        """A store write, made on the store writer's thread (see :mod:`store_writer`)."""
        self.writer.submit(call)

    def _scratch_store(self, item: QueueItem) -> UploadStore | None:
        """Where uploads whose queue is not kept (the Local demo) run: a throw-away store in a
        temporary folder, so they take the same durable path as every other upload. Removed
        when the window shuts down. None, with ``item`` failed and why, when it cannot be
        made (a full or read-only disk)."""
        if self._scratch is None:
            try:
                folder = Path(tempfile.mkdtemp(prefix="uploader-scratch-"))
                self._scratch = UploadStore(folder / "uploads.sqlite3")
            except Exception as exc:
                log.exception("Could not make the scratch upload list")
                item.detail = fill(
                    translate("UploadManager", MSG_NO_SCRATCH),
                    str(getattr(exc, "strerror", None) or exc),
                )
                self._set_state(item, ItemState.FAILED)
                return None
        return self._scratch

    def forget_saved(self, store_id: int) -> None:
        """Drop a saved row that never made it into the list (or left it unfinished)."""
        store = self.store
        if store is not None:
            self._store_write(partial(store.remove, store_id))

    def _save_state(self, item: QueueItem, state: FileState) -> None:
        store, store_id = self.store, item.store_id
        if store is not None and store_id is not None:
            self._store_write(partial(store.set_state, store_id, state))

    # -- helpers -------------------------------------------------------------------------
    def _listed_or_aside(self, item_id: int) -> QueueItem | None:
        """The row of ``item_id``, in the list or set aside by a removal that can be undone
        (kept up to date, so it comes back as it is now)."""
        item = self.model.find(item_id)
        return item if item is not None else self._aside.get(item_id)

    def _items(self, ids: Iterable[int]) -> list[QueueItem]:
        return [it for i in ids if (it := self.model.find(i)) is not None]

    def _set_state(self, item: QueueItem, state: ItemState) -> None:
        item.state = state
        if state not in _BACKING_OFF:
            item.retry_at = None
            item.retry_reason = None
        self.model.refresh_item(item.id)
        self.item_changed.emit(item.id)
        self._update_busy()
