"""``upload FOLDER``: a folder named on the command line stands for the videos in it.

The walk is the window's (:func:`~uploader_gui.core.folder_scan.scan_paths`): sub-folders
included, hidden files and system clutter passed over in silence, each file once however it is
reached (named twice, through a link, in two folders given), at most
:data:`~uploader_gui.core.folder_scan.DEFAULT_LIMIT` files. On top of the window's rules, a
name that is still being written (``.part``, ``.crdownload``, ``~``…) is skipped, as a watched
folder skips it: the command uploads once, so a half-copied file would stay half-uploaded.
Files named one by one are left as they are: their checks and failures are the upload's own.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from uploader_gui.core.folder_scan import scan_paths
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.watch_rules import LeftAlone, left_alone_by_name


@dataclass
class Expanded:
    """What the command's paths stand for."""

    #: The files to upload, in the order given (a folder's in the window's order), each once.
    files: list[Path] = field(default_factory=list)
    #: Files in a folder that are not uploaded, and why (not a video, a temporary name).
    skipped: list[tuple[Path, Reason | LeftAlone]] = field(default_factory=list)
    #: What stops part of a folder from being uploaded (an unreadable sub-folder, an empty or
    #: too large video, too many files): failures, the rest still goes.
    problems: list[tuple[Path, Reason]] = field(default_factory=list)
    #: Folders that hold no video at all.
    empty: list[Path] = field(default_factory=list)


def _as_given(path: Path, root: Path, given: Path) -> Path:
    """``path`` (found under the absolute ``root``) written from the folder as it was typed,
    so what is said about it reads as the creator wrote it: ``clips/talk.mp4``."""
    try:
        return given / path.relative_to(root)
    except ValueError:
        return path


def expand(paths: Sequence[Path]) -> Expanded:
    """Replace each folder in ``paths`` with the videos in it."""
    result = Expanded()
    seen: set[str] = set()

    def take(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            result.files.append(path)

    for given in paths:
        if not given.is_dir():
            take(given)
            continue
        scan = scan_paths([given])
        root = given.absolute()
        found = False
        for check in scan.accepted:
            path = _as_given(check.path, root, given)
            by_name = left_alone_by_name(check.path, root)
            if by_name is not None:
                result.skipped.append((path, by_name))
                continue
            found = True
            take(path)
        for check in scan.rejected:
            path = _as_given(check.path, root, given)
            reason = check.reason or Reason(Why.CANNOT_UPLOAD)
            if reason.why is Why.NOT_A_VIDEO:
                result.skipped.append((path, reason))
            else:
                result.problems.append((path, reason))
        if not found:
            result.empty.append(given)
    return result
