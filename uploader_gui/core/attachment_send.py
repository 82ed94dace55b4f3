"""Sending a file's captions, chapters and thumbnail once its video is uploaded, durably.

Each attachment recorded in the store (:meth:`UploadStore.add_attachments`) is read, checked,
converted and sent; each one sent is committed to the store before anyone hears of it, so an
interrupted run sends, next time, only what is still pending, and never one twice. Network
failures, rate limits and server errors are retried with the engine's backoff until the
control is cancelled (quitting leaves the rest pending). A local problem or a refusal ends that
attachment alone: the video and the other attachments are not touched.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.attachment_files import file_part
from uploader_gui.core.attachments import (
    Attachment,
    AttachmentError,
    AttachmentKind,
    AttachmentProblem,
    AttachmentResult,
    AttachmentState,
)
from uploader_gui.core.errors import AuthError, QuotaError, UploadError
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.store import UploadStore
from uploader_gui.core.upload_control import UploadControl

log = logging.getLogger(__name__)

#: The server's words kept for a refusal.
_DETAIL_LIMIT = 300


@dataclass(frozen=True)
class AttachmentRun:
    """What one pass over a file's attachments did."""

    results: tuple[AttachmentResult, ...]
    #: Cancelled before every pending attachment was sent (the rest stay pending).
    interrupted: bool = False


def send_attachments(
    store: UploadStore,
    client: ApiClient,
    file_id: int,
    video_id: str,
    control: UploadControl,
    *,
    policy: RetryPolicy | None = None,
) -> AttachmentRun:
    """Send the file's pending attachments to ``video_id`` (see the module's rules). Results
    come in the order the attachments were added, earlier ones (sent or failed in an earlier
    run) included, so a front can say what the video has."""
    policy = policy or RetryPolicy()
    results: list[AttachmentResult] = []
    interrupted = False
    for record in store.attachments(file_id):
        attachment = record.attachment
        if record.state is not AttachmentState.PENDING:
            results.append(
                AttachmentResult(
                    attachment,
                    record.state,
                    earlier=True,
                    problem=record.problem,
                    line=record.line,
                    detail=record.detail,
                )
            )
            continue
        if interrupted or control.cancelled:
            interrupted = True
            results.append(AttachmentResult(attachment, AttachmentState.PENDING))
            continue
        if client.uses_upload_token:
            # Left pending: a later run with an API key can still send it.
            results.append(
                AttachmentResult(
                    attachment, AttachmentState.PENDING, problem=AttachmentProblem.NEEDS_API_KEY
                )
            )
            continue
        result = _send_one(
            store, client, file_id, video_id, attachment, control=control, policy=policy
        )
        if result is None:
            interrupted = True
            results.append(AttachmentResult(attachment, AttachmentState.PENDING))
            continue
        results.append(result)
    return AttachmentRun(tuple(results), interrupted)


def _send_one(
    store: UploadStore,
    client: ApiClient,
    file_id: int,
    video_id: str,
    attachment: Attachment,
    *,
    control: UploadControl,
    policy: RetryPolicy,
) -> AttachmentResult | None:
    """Send one attachment until it is sent or refused; None when cancelled meanwhile."""
    slot = attachment.key
    try:
        part = file_part(attachment) if attachment.path is not None else None
    except AttachmentError as refused:
        log.info("Not sending %s of upload %d: %s", slot, file_id, refused)
        return _failed(store, file_id, attachment, refused.problem, line=refused.line)
    attempt = 0
    while True:
        if control.cancelled:
            return None
        attempt += 1
        store.bump_attachment_attempts(file_id, slot)
        try:
            if part is None:
                client.pick_thumbnail(video_id, attachment.timecode or "")
            else:
                client.upload_attachment(
                    video_id, _endpoint(attachment), part.filename, part.data, part.content_type
                )
        except UploadError as exc:
            if exc.retryable and not isinstance(exc, AuthError):
                retry_after = exc.retry_after if isinstance(exc, QuotaError) else None
                delay = policy.rate_limit_delay(retry_after, attempt)
                log.info(
                    "Sending %s of upload %d failed (%s); again in %.1f s",
                    slot,
                    file_id,
                    exc,
                    delay,
                )
                control.sleep(delay)
                continue
            problem = (
                AttachmentProblem.VIDEO_GONE if exc.status == 404 else AttachmentProblem.REFUSED
            )
            detail = (exc.detail or str(exc))[:_DETAIL_LIMIT]
            log.info("%s of upload %d refused: %s (%s)", slot, file_id, exc, exc.detail)
            return _failed(store, file_id, attachment, problem, detail=detail)
        store.mark_attachment(file_id, slot, AttachmentState.SENT)
        return AttachmentResult(attachment, AttachmentState.SENT)


def _endpoint(attachment: Attachment) -> str:
    if attachment.kind is AttachmentKind.THUMBNAIL:
        return "thumbnail"
    folder = "captions" if attachment.kind is AttachmentKind.CAPTION else "chapters"
    return f"{folder}/{attachment.language}"


def _failed(
    store: UploadStore,
    file_id: int,
    attachment: Attachment,
    problem: AttachmentProblem,
    *,
    line: int | None = None,
    detail: str | None = None,
) -> AttachmentResult:
    store.mark_attachment(
        file_id, attachment.key, AttachmentState.FAILED, problem=problem, line=line, detail=detail
    )
    return AttachmentResult(
        attachment, AttachmentState.FAILED, problem=problem, line=line, detail=detail
    )
