"""The watched folders as the window keeps them: which folders, where each one's videos go and
how they are titled, and what becomes of a file once it is uploaded.

Kept in ``QSettings`` beside the other choices; a value that cannot be read falls back to its
default, and a folder without a path is dropped, so a damaged settings file never stops the
app. The rules applied to each file are core's (:mod:`~uploader_gui.core.folder_uploads`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from uploader_gui.core.after_upload import AfterUpload, AfterUploadKind
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.title_template import DEFAULT_PATTERN

_FOLDERS = "watch/folders"
_AFTER = "watch/after_upload"
_AFTER_FOLDER = "watch/after_upload_folder"
#: The environments a folder may be bound to; None is "the one in use".
FOLDER_ENVIRONMENTS = (None, EnvironmentKind.SANDBOX, EnvironmentKind.PRODUCTION)


@dataclass(frozen=True)
class WatchedFolder:
    path: Path
    #: Where its videos go: sandbox or production, or None for the environment in use.
    environment: EnvironmentKind | None = None
    #: The title of each video ({name}, {folder}, {date}, {n}).
    title_pattern: str = DEFAULT_PATTERN


@dataclass(frozen=True)
class WatchSettings:
    folders: tuple[WatchedFolder, ...] = ()
    after: AfterUpload = field(default_factory=AfterUpload)


def load_watch(q: QSettings) -> WatchSettings:
    folders: list[WatchedFolder] = []
    seen: set[Path] = set()
    count = q.beginReadArray(_FOLDERS)
    for i in range(count):
        q.setArrayIndex(i)
        text = str(q.value("path", "") or "").strip()
        if not text or not Path(text).is_absolute() or Path(text) in seen:
            continue
        seen.add(Path(text))
        try:
            kind: EnvironmentKind | None = EnvironmentKind(str(q.value("environment", "")))
        except ValueError:
            kind = None
        if kind not in FOLDER_ENVIRONMENTS:
            kind = None
        pattern = str(q.value("title", DEFAULT_PATTERN) or DEFAULT_PATTERN)
        folders.append(WatchedFolder(Path(text), kind, pattern))
    q.endArray()
    return WatchSettings(tuple(folders), _after(q))


def _after(q: QSettings) -> AfterUpload:
    try:
        kind = AfterUploadKind(str(q.value(_AFTER, AfterUploadKind.KEEP.value)))
    except ValueError:
        return AfterUpload()
    if kind is AfterUploadKind.MOVE:
        target = str(q.value(_AFTER_FOLDER, "") or "").strip()
        if not target or not Path(target).is_absolute():
            return AfterUpload()
        return AfterUpload(kind, Path(target))
    return AfterUpload(kind)


def save_watch(q: QSettings, watch: WatchSettings) -> None:
    q.remove(_FOLDERS)
    q.beginWriteArray(_FOLDERS, len(watch.folders))
    for i, folder in enumerate(watch.folders):
        q.setArrayIndex(i)
        q.setValue("path", str(folder.path))
        q.setValue("environment", folder.environment.value if folder.environment else "")
        q.setValue("title", folder.title_pattern)
    q.endArray()
    q.setValue(_AFTER, watch.after.kind.value)
    q.setValue(_AFTER_FOLDER, str(watch.after.folder) if watch.after.folder else "")
    q.sync()
