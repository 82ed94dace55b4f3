"""A video's thumbnail: an image file api.video takes, or a frame picked by its time.

api.video takes JPEG, PNG and WebP images of up to 8 MiB. The type is told by the file's first
bytes, not its name, so a PNG named ``.jpg`` goes as what it is and a renamed document is
refused before any byte is sent. A frame is picked by a timecode, sent as ``HH:MM:SS.mmm``.
"""

from __future__ import annotations

import re
from pathlib import Path

from uploader_gui.core.attachments import AttachmentError, AttachmentProblem
from uploader_gui.core.file_checks import read_small_file

#: api.video's largest thumbnail image.
MAX_THUMBNAIL_BYTES = 8 * 1024 * 1024

#: Media type -> the extension the file is sent with.
_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}

_CLOCK = re.compile(r"(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?")
_SECONDS = re.compile(r"(\d+)(?:\.(\d{1,3}))?")


def image_type(head: bytes) -> str | None:
    """The media type of a JPEG, PNG or WebP image from its first 12 bytes, else None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def read_thumbnail(path: Path) -> tuple[bytes, str, str]:
    """The image's bytes, media type and extension; raises the typed problem."""
    try:
        size = path.stat().st_size
        if size > MAX_THUMBNAIL_BYTES:
            raise AttachmentError(AttachmentProblem.TOO_LARGE)
        data = read_small_file(path, MAX_THUMBNAIL_BYTES)
    except OSError:  # unreadable, gone, or not a plain file (a named pipe would never end)
        raise AttachmentError(AttachmentProblem.UNREADABLE) from None
    if not data:
        raise AttachmentError(AttachmentProblem.EMPTY)
    if len(data) > MAX_THUMBNAIL_BYTES:  # it grew since it was measured
        raise AttachmentError(AttachmentProblem.TOO_LARGE)
    kind = image_type(data[:12])
    if kind is None:
        raise AttachmentError(AttachmentProblem.NOT_AN_IMAGE)
    return data, kind, _EXTENSIONS[kind]


def parse_timecode(text: str) -> str:
    """``00:01:05``, ``0:01:05.5``, ``65`` or ``65.5`` as ``HH:MM:SS.mmm``; ValueError for
    anything else (minutes and seconds past 59, a time past 99 hours)."""
    text = text.strip()
    clock = _CLOCK.fullmatch(text)
    if clock is not None:
        hours, minutes, seconds, fraction = clock.groups()
        if int(minutes) > 59 or int(seconds) > 59:
            raise ValueError(text)
        millis = ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000
    else:
        plain = _SECONDS.fullmatch(text)
        if plain is None:
            raise ValueError(text)
        whole, fraction = plain.groups()
        millis = int(whole) * 1000
    millis += int((fraction or "0").ljust(3, "0"))
    seconds, ms = divmod(millis, 1000)
    minutes, s = divmod(seconds, 60)
    hours, m = divmod(minutes, 60)
    if hours > 99:
        raise ValueError(text)
    return f"{hours:02d}:{m:02d}:{s:02d}.{ms:03d}"
