"""Watched folders: every video that appears in a folder, or is there when watching starts and
was never uploaded, is uploaded once, through the same session as any upload.

The rules, decided here for both fronts:

* Hidden files and temporary names are left alone (:mod:`watch_rules`), and so is a file that
  is not a video by its content. A file that is empty or not yet recognisable is looked at
  again at its next event, since a copy starts as an empty file.
* A file written in the last ``settle`` seconds is still being written (a recording, a copy):
  it is uploaded while it grows (:mod:`recording_upload`). Any other file is uploaded as usual.
* Nothing is uploaded twice: a file the upload list holds as done, or skipped, and unchanged is
  left alone (even after a restart: the list is on disk); one it does not know is looked up on
  api.video by its fingerprint first (after a lost list). A file being uploaded is not taken
  again for the events its writing raises meanwhile.
* Unfinished uploads of files in the folders continue into their videos.
* Once uploaded, a file is kept, moved or deleted as asked (:mod:`after_upload`): only after
  the server confirmed every byte, a delete only once the video can be watched, and never a
  file that changed since it was sent.

Events arrive on the watcher's thread; :meth:`FolderUploads.offer` only queues, the uploads
run on a pool of ``parallel`` threads.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from uploader_gui.core.after_upload import (
    AfterUpload,
    AfterUploadKind,
    AfterUploadResult,
    after_upload,
)
from uploader_gui.core.duplicates import PreviousUpload
from uploader_gui.core.environments import Environment
from uploader_gui.core.errors import UploadError
from uploader_gui.core.events import Listener
from uploader_gui.core.file_checks import FileCheck, check_file
from uploader_gui.core.growing_file import still_growing
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Why
from uploader_gui.core.store import FileState, SourceState, UploadStore
from uploader_gui.core.upload_session import (
    EarlierChoice,
    FileOutcome,
    FileOutcomeKind,
    Follow,
    UploadSession,
)
from uploader_gui.core.watch_rules import LeftAlone, left_alone_by_name

log = logging.getLogger(__name__)

#: Told when a file is left alone, once per file and reason.
OnLeftAlone = Callable[[Path, LeftAlone], None]
#: Told how each upload ended.
OnOutcome = Callable[[Path, FileOutcome], None]
#: Told what became of a file after its upload (moved, deleted, or why not).
OnAfter = Callable[[Path, AfterUploadResult], None]
#: The listener for one file's events (``recording`` when it is uploaded while it grows).
ListenerFor = Callable[[Path, bool], Listener]


def uploaded_before(store: UploadStore, environment: Environment, path: Path) -> bool:
    """Whether the upload list holds this file, as it is now, as uploaded or skipped."""
    for record in store.find(path, environment):
        if record.state not in (FileState.DONE, FileState.CANCELLED):
            continue
        if store.check_source(record) is SourceState.UNCHANGED:
            return record.state is FileState.DONE or record.video_id is None
    return False


def looked_at(
    store: UploadStore, environment: Environment, path: Path
) -> tuple[LeftAlone | None, FileCheck | None]:
    """A file a watched folder offers (its name already passed :func:`left_alone_by_name`),
    looked at for ``environment``: the check of a file to upload, or why it is left alone.
    Neither means "not yet": an empty file may be a copy that has just begun, and is looked at
    again at its next event. Reads the disk and the store: never on a window's GUI thread."""
    if uploaded_before(store, environment, path):
        return LeftAlone.UPLOADED_BEFORE, None
    check = check_file(path)
    if check.ok:
        return None, check
    if not check.size:
        return None, None
    why = check.reason.why if check.reason is not None else None
    if why is Why.NOT_A_VIDEO:
        return LeftAlone.NOT_A_VIDEO, None
    if why in (Why.FILE_UNREADABLE, Why.FILE_READ_ERROR):
        return LeftAlone.UNREADABLE, None
    return LeftAlone.CANNOT_UPLOAD, None


def _skip(_earlier: PreviousUpload) -> EarlierChoice:
    """A watched folder never uploads a file again that api.video already has."""
    return EarlierChoice.SKIP


class FolderUploads:
    """Takes the files a folder watch offers and uploads each once."""

    def __init__(
        self,
        session: UploadSession,
        *,
        settle: float,
        metadata_for: Callable[[Path], VideoMetadata],
        listener_for: ListenerFor,
        on_outcome: OnOutcome,
        on_left_alone: OnLeftAlone,
        parallel: int = 2,
        after: AfterUpload | None = None,
        on_after: OnAfter | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.session = session
        self._settle = settle
        self._metadata_for = metadata_for
        self._listener_for = listener_for
        self._on_outcome = on_outcome
        self._on_left_alone = on_left_alone
        self._clock = clock
        self._after = after if after is not None else AfterUpload()
        self._on_after = on_after
        self._lock = threading.Lock()
        #: Files offered and not yet decided or uploading now.
        self._busy: set[Path] = set()
        #: Offered again while busy: looked at once more when the current turn ends.
        self._again: set[Path] = set()
        self._told: set[tuple[Path, LeftAlone]] = set()
        self._pool = ThreadPoolExecutor(parallel, thread_name_prefix="watched")
        self._closed = False

    def offer(self, root: Path, path: Path) -> None:
        """A file in the watched folder ``root`` appeared or changed (any thread)."""
        path = path.absolute()
        reason = left_alone_by_name(path, root)
        if reason is not None:
            self._tell(path, reason)
            return
        with self._lock:
            if self._closed:
                return
            if path in self._busy:
                self._again.add(path)
                return
            self._busy.add(path)
            self._pool.submit(self._turn, path)

    def close(self) -> None:
        """Take nothing more; wait for the uploads under way (stop the session's control
        first for them to end now)."""
        with self._lock:
            self._closed = True
        self._pool.shutdown(wait=True)

    @property
    def busy(self) -> int:
        with self._lock:
            return len(self._busy)

    # -- one file -------------------------------------------------------------------------

    def _turn(self, path: Path) -> None:
        """Look at ``path``, and again while events came for it meanwhile."""
        again = True
        while again:
            uploaded = False
            try:
                uploaded = self._consider(path)
            except Exception:
                log.exception("Could not upload %s from a watched folder", path)
            finally:
                with self._lock:
                    # The events of a file written while it uploaded are not news once it is up.
                    again = path in self._again and not self._closed and not uploaded
                    self._again.discard(path)
                    if not again:
                        self._busy.discard(path)

    def _consider(self, path: Path) -> bool:
        """Upload ``path`` if it should be; True when an upload ran to its end (done or not)."""
        if self.session.control.cancelled:
            return False
        reason, check = looked_at(self.session.store, self.session.environment, path)
        if reason is not None:
            self._tell(path, reason)
        if check is None:
            return False
        growing = bool(still_growing([path], self._settle, self._clock()))
        settle = self._settle if growing else None
        try:
            admission = self.session.admit(
                path, self._metadata_for(path), metadata_given=False, recording_settle=settle
            )
        except UploadError as exc:
            log.info("%s is left alone: %s", path, exc)
            return False
        recording = self.session.is_recording(admission.file_id)
        outcome = self.session.run_file(
            admission.file_id,
            listener=self._listener_for(path, recording),
            on_earlier=_skip,
            # A file changed since an earlier run queued it is a new version: a new video.
            new_video_if_changed=True,
            # A file is deleted only once its video can be watched.
            follow=Follow() if self._after.kind is AfterUploadKind.DELETE else None,
        )
        if outcome.earlier is not None:
            self._tell(path, LeftAlone.UPLOADED_BEFORE)
            return False
        self._on_outcome(path, outcome)
        if outcome.kind is FileOutcomeKind.DONE and self._after.kind is not AfterUploadKind.KEEP:
            record = self.session.store.get(outcome.file_id)
            result = after_upload(
                self.session.store, record, self._after, playable=outcome.playable
            )
            if self._on_after is not None:
                self._on_after(path, result)
        return outcome.kind is not FileOutcomeKind.STOPPED

    def _tell(self, path: Path, reason: LeftAlone) -> None:
        with self._lock:
            if (path, reason) in self._told:
                return
            self._told.add((path, reason))
        self._on_left_alone(path, reason)
