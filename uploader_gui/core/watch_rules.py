"""Which files a watched folder leaves alone, by name alone: hidden files and the temporary
names that downloads, copies and editors write before renaming the finished file into place.

A pure function of the path, so the rules are the same for a file found at start-up and one
that arrives later. Whether a file is a video at all is judged by its content when it is taken
in (:func:`~uploader_gui.core.file_checks.check_file`), not here.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from uploader_gui.core.folder_scan import JUNK_NAMES

#: Endings of names written while a file is still on its way (browsers, sync and copy tools).
TEMPORARY_SUFFIXES = frozenset(
    {".part", ".partial", ".crdownload", ".download", ".tmp", ".temp", ".filepart", ".!sync"}
)


class LeftAlone(StrEnum):
    """Why a watched folder does not upload a file (stable identifiers)."""

    HIDDEN = "hidden"
    TEMPORARY = "temporary"
    NOT_A_VIDEO = "not_a_video"
    #: Uploaded before (the upload list, or the file's fingerprint on api.video, says so).
    UPLOADED_BEFORE = "uploaded_before"
    #: It cannot be read (no permission, a read error).
    UNREADABLE = "unreadable"
    #: A video that cannot be uploaded as it is (too large, not a regular file).
    CANNOT_UPLOAD = "cannot_upload"


def left_alone_by_name(path: Path, root: Path) -> LeftAlone | None:
    """Why ``path`` (inside the watched folder ``root``) is left alone by its name, if it is:
    a hidden file or one in a hidden folder under ``root``, system clutter, or a temporary
    name (``.part``, ``.crdownload``, ``.tmp``…, a ``~`` prefix or suffix)."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = (path.name,)
    if any(part.startswith(".") for part in parts) or path.name.casefold() in JUNK_NAMES:
        return LeftAlone.HIDDEN
    name = path.name
    if name.startswith("~") or name.endswith("~") or path.suffix.casefold() in TEMPORARY_SUFFIXES:
        return LeftAlone.TEMPORARY
    return None
