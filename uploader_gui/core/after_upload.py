"""What a watched folder does with a file once it is uploaded: keep it, move it to a folder, or
delete it. Nothing is touched before the server confirms every byte (a DONE outcome is only
given then), a delete waits until the video can be watched, and a file that changed since it
was sent is left where it is whatever was asked.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from uploader_gui.core.store import FileRecord, SourceState, UploadStore


class AfterUploadKind(StrEnum):
    KEEP = "keep"
    MOVE = "move"
    DELETE = "delete"


@dataclass(frozen=True)
class AfterUpload:
    kind: AfterUploadKind = AfterUploadKind.KEEP
    #: Where files go, for MOVE.
    folder: Path | None = None


class AfterUploadSyntaxError(ValueError):
    """The text is none of ``keep``, ``delete`` or ``move:FOLDER``: each front says so in its
    own words (the core holds no sentences)."""


def parse_after_upload(text: str) -> AfterUpload:
    """``keep``, ``delete`` or ``move:FOLDER``; :class:`AfterUploadSyntaxError` else."""
    if text in ("keep", "delete"):
        return AfterUpload(AfterUploadKind(text))
    if text.startswith("move:") and text[5:].strip():
        return AfterUpload(AfterUploadKind.MOVE, Path(text[5:]).expanduser().absolute())
    raise AfterUploadSyntaxError(text)


def watched_destination(
    after: AfterUpload, folders: Sequence[Path], *, recursive: bool
) -> Path | None:
    """The watched folder a ``move`` would put files back into, if any: the folder itself, or
    (sub-folders being watched) one inside it. Such a move would offer each moved file to the
    watch again, so it is refused before watching starts."""
    if after.kind is not AfterUploadKind.MOVE or after.folder is None:
        return None
    target = after.folder.resolve()
    for folder in folders:
        watched = folder.resolve()
        if target == watched or (recursive and target.is_relative_to(watched)):
            return folder
    return None


class AfterUploadDone(StrEnum):
    """What became of the file (stable identifiers)."""

    KEPT = "kept"
    MOVED = "moved"
    DELETED = "deleted"
    #: Not deleted: the video could not be watched yet when following it ended.
    NOT_PLAYABLE = "not_playable"
    #: Left in place: it changed since it was sent (or is gone).
    CHANGED = "changed"
    #: The move or delete failed (``error`` says why).
    FAILED = "failed"


@dataclass(frozen=True)
class AfterUploadResult:
    done: AfterUploadDone
    #: Where it went, for MOVED.
    to: Path | None = None
    #: The system's words, for FAILED.
    error: str = ""


def after_upload(
    store: UploadStore, record: FileRecord, action: AfterUpload, *, playable: bool
) -> AfterUploadResult:
    """Apply ``action`` to the file of ``record``, an upload the server confirmed whole."""
    if action.kind is AfterUploadKind.KEEP:
        return AfterUploadResult(AfterUploadDone.KEPT)
    if store.check_source(record) is not SourceState.UNCHANGED:
        return AfterUploadResult(AfterUploadDone.CHANGED)
    try:
        if action.kind is AfterUploadKind.DELETE:
            if not playable:
                return AfterUploadResult(AfterUploadDone.NOT_PLAYABLE)
            record.path.unlink()
            return AfterUploadResult(AfterUploadDone.DELETED)
        assert action.folder is not None
        action.folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(action.folder / record.path.name)
        shutil.move(os.fspath(record.path), os.fspath(target))
        return AfterUploadResult(AfterUploadDone.MOVED, target)
    except OSError as exc:
        return AfterUploadResult(AfterUploadDone.FAILED, error=exc.strerror or str(exc))


def _free_name(path: Path) -> Path:
    """``path``, or ``name (2).ext``… when a file of that name is there already."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate
