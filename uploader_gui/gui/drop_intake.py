"""What a drop (or "Add videos") is for, and how its files are saved before they are shown.

A drop belongs to the environment in use when it was made, with that environment's title
template, even if another is chosen while its files are being checked. Accepted files are
saved to the upload store on the scanning thread (reading each one's fingerprint costs disk
time), never on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData

from uploader_gui.core.environments import Environment
from uploader_gui.core.file_checks import FileCheck
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import AuthKind, UploadStore
from uploader_gui.core.title_template import DropNumbers, MetadataTemplate
from uploader_gui.core.upload_session import earlier_upload_to_continue
from uploader_gui.gui.engine_jobs import EnvironmentAccess

log = logging.getLogger(__name__)

#: Saves a drop's accepted files to the upload store and returns their row ids in the same
#: order (None: not saved).
Persist = Callable[[list[FileCheck]], "list[int | None]"]


@dataclass(frozen=True)
class DropTag:
    """What a drop was made for: the files are titled and numbered with the template of the
    environment in use when they were dropped."""

    environment: Environment | None
    template: MetadataTemplate
    numbers: DropNumbers = field(default_factory=DropNumbers, compare=False)
    #: A file written less than this many seconds ago is still being recorded: it uploads
    #: while it grows (None: every file is taken as finished).
    settle: float | None = None

    def metadata(self, path: Path) -> VideoMetadata:
        return self.template.metadata_for(path, self.numbers.number(path))


def local_paths(mime: QMimeData) -> list[Path]:
    """Local files and folders in a drop; web links and other data are ignored."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def persist_for_drop(
    store: UploadStore | None,
    access: EnvironmentAccess | None,
    chunk_size: int,
    drop: DropTag,
) -> Persist | None:
    """Saves each accepted file of ``drop`` to ``store``, on the scanning thread, for the
    environment and kind of credential of ``access``, with the drop's template. None when the
    queue is not kept (no store, no environment yet)."""
    if store is None or access is None:
        return None
    env = access.environment
    auth: AuthKind = "upload_token" if access.upload_token else "api_key"

    def persist(checks: list[FileCheck]) -> list[int | None]:
        try:
            rows: list[int | None] = [None] * len(checks)
            new: list[int] = []
            for n, check in enumerate(checks):
                # A file whose upload failed after its video was made carries on in that row
                # (and video) instead of starting a second one, as ``upload FILE`` does.
                earlier = earlier_upload_to_continue(store, check.path, env, auth)
                if earlier is not None:
                    rows[n] = earlier.id
                else:
                    new.append(n)
            added = store.add_files(
                [(checks[n].path, drop.metadata(checks[n].path)) for n in new],
                environment=env,
                auth_kind=auth,
                chunk_size=chunk_size,
            )
            for n, row in zip(new, added, strict=True):
                rows[n] = row
            return rows
        except Exception:  # the files are saved again when they start
            log.exception("Could not save %d files to the upload list", len(checks))
            return [None] * len(checks)

    return persist
