"""Uploaded videos shown in the queue again, for their captions, chapters and thumbnail.

Two cases: a video uploaded in an earlier run whose attachments were still pending when the
window closed is taken up at the next start (as the command line's ``--resume`` does), and the
History tab's "Captions & thumbnail…" brings an uploaded video back into the list, where the
details panel's captions section adds to it. Either way the file is not uploaded again: only
its attachments are sent (see :meth:`UploadManager.send_attachments`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from uploader_gui.core.environments import Environment
from uploader_gui.core.store import AttachmentRecord, FileRecord, UploadStore
from uploader_gui.core.video_links import links_in
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.record_items import record_item
from uploader_gui.gui.store_writer import StoreWriter
from uploader_gui.gui.upload_manager import UploadManager

if TYPE_CHECKING:
    from uploader_gui.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def finished_item(record: FileRecord, attachments: Iterable[AttachmentRecord]) -> QueueItem | None:
    """A row for an uploaded file (None when its environment is unknown or it has no video)."""
    environment = Environment.from_saved(record.environment, record.base_url)
    if environment is None or record.video_id is None:
        return None
    item = record_item(record, environment, attachments, ItemState.UPLOADED)
    item.links = links_in(record.result)
    item.bytes_done = record.size
    return item


class FinishedRows(QObject):
    """Brings uploaded videos back into the queue for their attachments."""

    _read = Signal(object, object)

    def __init__(self, manager: UploadManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self._runner = StoreWriter()
        self._read.connect(self._take_up)

    def connect_window(self, window: MainWindow) -> None:
        """Pending attachments are taken up once the saved files of the environment in use
        are read; the History's "Captions & thumbnail…" shows the video's row in the queue."""
        window.session.saved_queue_loaded.connect(lambda _n: self.take_up_pending())
        edits = window.history.edits
        if edits is not None:
            edits.attachments_wanted.connect(lambda record: self._open_in_queue(window, record))

    def _open_in_queue(self, window: MainWindow, record: FileRecord) -> None:
        store = self.manager.store
        item = self.show(store, record) if store is not None else None
        if item is None:
            return
        window.show_history(False)
        window.table.selectRow(window.model.row_of(item.id))
        window.details.attachments.setFocus()

    def take_up_pending(self) -> None:
        """Read (off the GUI thread) the uploaded files whose attachments are not all sent,
        then send them, for the environment in use."""
        store = self.manager.store
        if store is None or not self.manager.persisting:
            return

        def job() -> None:
            records = store.with_attachments_to_send()
            held = {r.id: store.attachments(r.id) for r in records}
            self._read.emit(records, held)

        self._runner.submit(job)

    def show(self, store: UploadStore, record: FileRecord) -> QueueItem | None:
        """The row of an uploaded file in the queue (added when not there yet)."""
        for item in self.manager.model.items:
            if item.store_id == record.id:
                return item
        made = finished_item(record, store.attachments(record.id))
        if made is not None:
            self.manager.model.add([made])
        return made

    def shutdown(self, timeout: float = 5.0) -> None:
        self._runner.close(timeout)

    def _take_up(
        self, records: list[FileRecord], held: Mapping[int, list[AttachmentRecord]]
    ) -> None:
        shown = {i.store_id for i in self.manager.model.items if i.store_id is not None}
        items = []
        for record in records:
            if record.id in shown:
                continue
            item = finished_item(record, held.get(record.id, []))
            if item is not None and self.manager.belongs_here(item):
                items.append(item)
        self.manager.model.add(items)
        for item in items:
            log.info("Sending the attachments left pending of %s", item.name)
            self.manager.send_attachments(item.id)
