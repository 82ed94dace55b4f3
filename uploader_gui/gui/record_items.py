"""A queue row for a file kept in the upload store, with its captions, chapters and thumbnail
as they were saved (those sent or failed keep how they went)."""

from __future__ import annotations

from collections.abc import Iterable

from uploader_gui.core.attachments import AttachmentResult, AttachmentState
from uploader_gui.core.environments import Environment
from uploader_gui.core.store import AttachmentRecord, FileRecord
from uploader_gui.gui.queue_item import ItemState, QueueItem


def record_item(
    record: FileRecord,
    environment: Environment,
    attachments: Iterable[AttachmentRecord],
    state: ItemState,
) -> QueueItem:
    meta = record.metadata
    item = QueueItem(
        path=record.path,
        size=record.size,
        title=meta.title,
        description=meta.description,
        tags=list(meta.tags),
        public=meta.public,
        mp4_support=meta.mp4_support,
        state=state,
        video_id=record.video_id,
        started=record.video_id is not None,
        store_id=record.id,
        environment=environment,
        # Uploads while recording are the ones queued in the part form.
        recording=record.range_form == "part",
    )
    for held in attachments:
        item.attachments.append(held.attachment)
        if held.state is not AttachmentState.PENDING:
            item.attachment_results[held.attachment.key] = AttachmentResult(
                held.attachment,
                held.state,
                problem=held.problem,
                line=held.line,
                detail=held.detail,
            )
    return item
