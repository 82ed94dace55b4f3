"""Reading an attachment's file into the body api.video takes, with its local checks.

Captions become WebVTT (:mod:`~uploader_gui.core.subtitles`), a chapter list becomes chapters
WebVTT (:mod:`~uploader_gui.core.chapters`), an image is checked by its first bytes
(:mod:`~uploader_gui.core.thumbnails`). Everything is read at once: api.video takes at most
8 MiB for each, and a larger file is refused before it is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from uploader_gui.core.attachments import (
    Attachment,
    AttachmentError,
    AttachmentKind,
    AttachmentProblem,
    AttachmentResult,
    AttachmentState,
)
from uploader_gui.core.chapters import chapter_list_to_webvtt
from uploader_gui.core.file_checks import read_small_file
from uploader_gui.core.subtitles import MAX_TEXT_BYTES, check_webvtt, decode_text, to_webvtt
from uploader_gui.core.thumbnails import read_thumbnail

VTT_TYPE = "text/vtt"


@dataclass(frozen=True)
class FilePart:
    """The multipart ``file`` of an attachment request."""

    data: bytes
    filename: str
    content_type: str


def read_text_file(path: Path) -> bytes:
    """A text track's bytes (at most :data:`MAX_TEXT_BYTES`); raises the typed problem."""
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise AttachmentError(AttachmentProblem.TOO_LARGE)
        data = read_small_file(path, MAX_TEXT_BYTES)
    except OSError:  # unreadable, gone, or not a plain file (a named pipe would never end)
        raise AttachmentError(AttachmentProblem.UNREADABLE) from None
    if not data:
        raise AttachmentError(AttachmentProblem.EMPTY)
    if len(data) > MAX_TEXT_BYTES:  # it grew since it was measured
        raise AttachmentError(AttachmentProblem.TOO_LARGE)
    return data


def file_part(attachment: Attachment) -> FilePart:
    """The body to send for a caption, a chapters list or a thumbnail image."""
    path = attachment.path
    if path is None:
        raise ValueError("a frame picked by timecode has no file")
    if attachment.kind is AttachmentKind.THUMBNAIL:
        data, content_type, extension = read_thumbnail(path)
        return FilePart(data, f"thumbnail.{extension}", content_type)
    raw = read_text_file(path)
    name = f"{attachment.language}.vtt"
    if attachment.kind is AttachmentKind.CAPTION:
        return FilePart(to_webvtt(raw), name, VTT_TYPE)
    if path.suffix.lower() == ".vtt" or raw.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
        text = decode_text(raw)
        check_webvtt(text)
        return FilePart(
            (text if text.endswith("\n") else text + "\n").encode("utf-8"), name, VTT_TYPE
        )
    return FilePart(chapter_list_to_webvtt(raw), name, VTT_TYPE)


def check_before_upload(attachment: Attachment) -> AttachmentResult | None:
    """Read and convert an attachment's file as it will be when sent, before the video goes:
    a broken caption is said in seconds, not after an hour's upload. None when it is fine (or
    has no file: a frame picked by timecode is checked by api.video, which knows the video's
    length); else the failed result, as sending it would give."""
    if attachment.path is None:
        return None
    try:
        file_part(attachment)
    except AttachmentError as exc:
        return AttachmentResult(
            attachment, AttachmentState.FAILED, problem=exc.problem, line=exc.line
        )
    return None
