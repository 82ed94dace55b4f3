"""Details edited after a video exists reach it: ``PATCH /videos/{id}``, debounced and sent
off the GUI thread, kept in the upload store until they are sent.

An edit made while the video is being created waits for its id; one made while offline is sent
when the network returns (and, being kept in the store, at the next start). The History tab's
changes (details, delete, restore) go the same way, one after another on one thread, so the
store and the server never see an older change after a newer one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import FileRecord, UploadStore
from uploader_gui.core.video_details import (
    EditResult,
    EditState,
    delete_video,
    restore_video,
    update_details,
)
from uploader_gui.gui.engine_jobs import EnvironmentAccess
from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.store_writer import StoreWriter
from uploader_gui.gui.upload_manager import UploadManager

if TYPE_CHECKING:
    from uploader_gui.gui.details_panel import DetailsPanel
    from uploader_gui.gui.environment_session import EnvironmentSession
    from uploader_gui.gui.history_view import HistoryView

log = logging.getLogger(__name__)

#: How long typing pauses before the edit is sent.
EDIT_DELAY_MS = 800
#: How soon an edit that could not reach api.video is tried again (the network coming back
#: tries at once).
RETRY_MS = 30_000


class SavePhase(Enum):
    #: Before the video exists: creation uses the details.
    KEPT = "kept"
    SAVING = "saving"
    SAVED = "saved"
    NOT_SAVED = "not_saved"
    #: The video is in another environment than the one in use: sent once that one is.
    ELSEWHERE = "elsewhere"


@dataclass(frozen=True)
class SaveStatus:
    phase: SavePhase
    result: EditResult | None = None


class RecordAction(Enum):
    """A History change."""

    EDIT = "edit"
    DELETE = "delete"
    RESTORE = "restore"


class DetailsSync(QObject):
    """Signals (GUI thread):
    changed(item_id): a queue row's save status changed (see :meth:`status`).
    record_done(action, file_id, result): a History change ended; ``result`` is None when
        the video's environment is not the one in use.
    """

    changed = Signal(int)
    record_done = Signal(object, int, object)
    _item_sent = Signal(int, object, object)

    def __init__(self, manager: UploadManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.delay_ms = EDIT_DELAY_MS
        self._runner = StoreWriter()
        self._timers: dict[int, QTimer] = {}
        self._status: dict[int, SaveStatus] = {}
        #: Rows whose latest edit has not reached their video (offline, refused, not created).
        self._due: set[int] = set()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.send_due)
        self._item_sent.connect(self._on_item_sent)
        manager.item_changed.connect(self._item_changed)
        manager.model.rowsAboutToBeRemoved.connect(self._rows_leaving)

    def _rows_leaving(self, _parent: object, first: int, last: int) -> None:
        """A row that leaves the list takes its timer and save state along (a window open for
        hours must not keep one of each for every file it ever showed); an edit still waiting
        for typing to pause is sent now rather than lost."""
        for row in range(first, last + 1):
            item_id = self.manager.model.item(row).id
            timer = self._timers.pop(item_id, None)
            if timer is not None:
                if timer.isActive():
                    self._send_item(item_id)
                timer.stop()
                timer.deleteLater()
            self._status.pop(item_id, None)

    def connect_window(
        self, details: DetailsPanel, history: HistoryView, session: EnvironmentSession
    ) -> None:
        """Edits in the details panel and the History tab go through this; edits kept from an
        earlier run go once the saved files of the environment in use are read."""
        details.save_state.set_sync(self)
        details.edited.connect(self.edited)
        history.set_sync(self)
        session.saved_queue_loaded.connect(lambda _n: self._environment_read())

    def _environment_read(self) -> None:
        """The environment in use is settled: what waited for it goes now."""
        self.send_stored()
        self.send_due()

    # -- queue rows ------------------------------------------------------------------------
    def status(self, item_id: int) -> SaveStatus | None:
        return self._status.get(item_id)

    def edited(self, item: QueueItem) -> None:
        """The row's details changed in the window: sent once typing pauses (kept for
        creation before the video exists)."""
        if not item.started and item.video_id is None:
            return  # the upload takes them when it starts
        self._due.add(item.id)
        if item.video_id is None:
            # Kept in the store now, so that a video created after a restart has them too;
            # once its id is known they are sent (see :meth:`_item_changed`).
            row, metadata = self._row(item), item.metadata()
            if row is not None:
                self._runner.submit(partial(row[0].edit_details, row[1], metadata))
            self._set(item.id, SaveStatus(SavePhase.KEPT))
            return
        self._set(item.id, SaveStatus(SavePhase.SAVING))
        timer = self._timers.get(item.id)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(partial(self._send_item, item.id))
            self._timers[item.id] = timer
        timer.start(self.delay_ms)

    def try_again(self, item_id: int) -> None:
        if item_id in self._due:
            self._send_item(item_id)

    def send_due(self) -> None:
        """Send again every row's edit that could not reach api.video (the network is back,
        or the retry time came). A refused one waits for "Try again"."""
        for item_id in list(self._due):
            item = self.manager.model.find(item_id)
            status = self._status.get(item_id)
            if item is None:
                self._due.discard(item_id)
            elif item.video_id is not None and status is not None and _worth_again(status):
                self._send_item(item_id)

    def send_stored(self) -> None:
        """Send the edits the store kept from an earlier run (made offline, or not sent before
        the window closed), for videos of the environment in use; read off the GUI thread."""
        store, connection = self.manager.store, self._connection()
        if store is None or connection is None:
            return
        # Rows in the list are sent by :meth:`send_due`, with their state shown.
        listed = {i.store_id for i in self.manager.model.items if i.store_id is not None}

        def job() -> None:
            for record in store.details_due():
                if (
                    record.video_id is None
                    or record.id in listed
                    or record.base_url != connection.environment.base_url
                ):
                    continue
                with connection.client() as client:
                    result = update_details(client, record.video_id, record.metadata)
                if result.state is EditState.SAVED:
                    store.details_sent(record.id, record.metadata)
                elif result.refused_for_good:
                    store.details_refused(record.id, record.metadata)
                log.info("Stored edit of upload %d: %s", record.id, result.state)

        self._runner.submit(job)

    def shutdown(self, timeout: float = 5.0) -> None:
        self._runner.close(timeout)

    def _send_item(self, item_id: int) -> None:
        timer = self._timers.get(item_id)
        if timer is not None:
            timer.stop()
        item = self.manager.model.find(item_id)
        connection = self._connection()
        if item is None or item.video_id is None:
            return
        self._set(item_id, SaveStatus(SavePhase.SAVING))
        metadata, video_id = item.metadata(), item.video_id
        row = self._row(item)
        # Never sent to another environment than the video's own: kept until that one is used.
        current = self.manager.connection
        elsewhere = (
            current is not None
            and item.environment is not None
            and item.environment != current.environment
        )

        def job() -> None:
            if row is not None:
                row[0].edit_details(row[1], metadata)  # durable before it is sent
            result: EditResult | None
            if elsewhere:
                result = None
            elif connection is None:
                result = EditResult(EditState.RETRY_LATER)
            else:
                result = self._call(connection, lambda c: update_details(c, video_id, metadata))
            if result is not None and result.state is EditState.SAVED and row is not None:
                row[0].details_sent(row[1], metadata)
            elif result is not None and result.refused_for_good and row is not None:
                # Told in the panel ("Not saved", Try again); not sent again at every start.
                row[0].details_refused(row[1], metadata)
            self._item_sent.emit(item_id, metadata, result)

        self._runner.submit(job)

    def _on_item_sent(
        self, item_id: int, metadata: VideoMetadata, result: EditResult | None
    ) -> None:
        item = self.manager.model.find(item_id)
        if item is None:
            return
        if item.metadata() != metadata:
            return  # edited again meanwhile: that newer edit's answer tells
        if result is None:
            self._set(item_id, SaveStatus(SavePhase.ELSEWHERE))
            return
        if result.state is EditState.SAVED:
            self._due.discard(item_id)
            self._set(item_id, SaveStatus(SavePhase.SAVED, result))
            return
        self._set(item_id, SaveStatus(SavePhase.NOT_SAVED, result))
        if result.state is EditState.RETRY_LATER:
            self._retry.start()

    def _item_changed(self, item_id: int) -> None:
        """A video was created for a row edited meanwhile: its edit goes now."""
        item = self.manager.model.find(item_id)
        status = self._status.get(item_id)
        kept = status is not None and status.phase is SavePhase.KEPT
        if kept and item is not None and item.video_id is not None:
            self._send_item(item_id)

    def _set(self, item_id: int, status: SaveStatus) -> None:
        if self.manager.model.find(item_id) is None:
            return  # the row left the list: nobody shows its state
        self._status[item_id] = status
        self.changed.emit(item_id)

    def _row(self, item: QueueItem) -> tuple[UploadStore, int] | None:
        store = self.manager.store
        if self.manager.persisting and store is not None and item.store_id is not None:
            return store, item.store_id
        return None

    def _connection(self) -> EnvironmentAccess | None:
        connection = self.manager.connection
        return connection if connection is not None and connection.usable else None

    @staticmethod
    def _call(connection: EnvironmentAccess, call: Callable[[ApiClient], EditResult]) -> EditResult:
        try:
            with connection.client() as client:
                return call(client)
        except Exception:  # a bug or an unusable address: told, never a crash
            log.exception("Changing a video failed")
            return EditResult(EditState.RETRY_LATER)

    # -- History rows ----------------------------------------------------------------------
    def change_record(
        self, action: RecordAction, record: FileRecord, metadata: VideoMetadata | None = None
    ) -> bool:
        """Edit, delete or restore a History row's video, off the GUI thread; ends with
        :attr:`record_done`. False when the row has no video."""
        store, video_id = self.manager.store, record.video_id
        if video_id is None:
            return False
        connection = self._connection()
        if connection is None or connection.environment.base_url != record.base_url:
            self.record_done.emit(action, record.id, None)
            return True
        file_id = record.id

        def job() -> None:
            if action is RecordAction.EDIT and metadata is not None:
                if store is not None:
                    store.edit_details(file_id, metadata)
                result = self._call(connection, lambda c: update_details(c, video_id, metadata))
                if result.state is EditState.SAVED and store is not None:
                    store.details_sent(file_id, metadata)
            elif action is RecordAction.DELETE:
                result = self._call(connection, lambda c: delete_video(c, video_id))
                if result.state in (EditState.SAVED, EditState.VIDEO_GONE) and store is not None:
                    store.mark_discarded(file_id, time.time())
            else:
                result = self._call(connection, lambda c: restore_video(c, video_id))
                if result.state is EditState.SAVED and store is not None:
                    store.mark_discarded(file_id, None)
            self.record_done.emit(action, file_id, result)

        self._runner.submit(job)
        return True


def _worth_again(status: SaveStatus) -> bool:
    """An edit that could not go (offline, or for another environment) goes again without
    being asked; a refused one waits for "Try again"."""
    if status.phase is SavePhase.ELSEWHERE:
        return True
    result = status.result
    return result is not None and result.state is EditState.RETRY_LATER
