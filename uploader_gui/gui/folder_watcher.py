"""The window's watched folders: core's folder events (watchdog, polling as the fallback) judged
by core's rules, on a thread of their own, and handed to the window as files to queue.

Every look at the disk and the upload list happens on the watcher's one worker thread: the
events of a file being written are coalesced (one look at a time per file), a file taken is
saved to the upload list there (reading its fingerprint), and the window only hears
:attr:`FolderWatcher.picked` for it. A file taken once is not taken again in this run until the
window :meth:`releases <FolderWatcher.release>` it (its upload ended); after a restart the
upload list says what was uploaded, so nothing goes twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from uploader_gui.core.after_upload import AfterUpload, after_upload
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.file_checks import check_file
from uploader_gui.core.folder_uploads import looked_at
from uploader_gui.core.folder_watch import FolderEvents
from uploader_gui.core.growing_file import still_growing
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import AuthKind, UploadStore
from uploader_gui.core.title_template import MetadataTemplate
from uploader_gui.core.upload_session import earlier_upload_to_continue
from uploader_gui.core.watch_rules import left_alone_by_name
from uploader_gui.gui.store_writer import StoreWriter

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WatchTarget:
    """One watched folder, resolved: where its files go, with which kind of credential (their
    rows in the upload list are written for it), titled by ``template``."""

    folder: Path
    environment: Environment
    auth: AuthKind
    template: MetadataTemplate
    chunk_size: int


@dataclass(frozen=True)
class Pickup:
    """A file the watcher took, for the window to queue."""

    path: Path
    folder: Path
    size: int
    metadata: VideoMetadata
    environment: Environment
    #: Its row in the upload list (None when the list is not kept).
    store_id: int | None
    #: Written within the settle time: it uploads while it grows.
    recording: bool


class FolderWatcher(QObject):
    """Signals:
    picked(Pickup): a file to queue (GUI thread).
    unwatchable(str, str): a folder that cannot be watched, and the system's words why.
    after_done(object, object): a file's after-upload action ended (path, AfterUploadResult).
    scanned(): the files the folders held when watching began were all looked at (after
        the ``picked`` of each one taken).
    """

    picked = Signal(object)
    unwatchable = Signal(str, str)
    after_done = Signal(object, object)
    scanned = Signal()

    def __init__(self, store: UploadStore | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._work = StoreWriter()
        self._lock = threading.Lock()
        #: Files with a look waiting on the worker (any thread adds, the worker removes).
        self._pending: set[Path] = set()
        # Only the worker thread touches what follows.
        self._targets: dict[Path, WatchTarget] = {}
        self._events: list[FolderEvents] = []
        self._taken: set[Path] = set()
        self._settle = 10.0
        self._numbers: dict[Path, int] = {}
        self._closed = False
        #: How many times the folders' files were looked at when watching began (GUI thread).
        self.scans = 0
        self.scanned.connect(self._count_scan)

    def _count_scan(self) -> None:
        self.scans += 1

    # -- from the window (GUI thread) ---------------------------------------------------------
    def watch(self, targets: Sequence[WatchTarget], settle: float) -> None:
        """Watch these folders from now on (instead of any before), and look at the files they
        hold already."""
        self._work.submit(partial(self._start, list(targets), settle))

    def release(self, path: Path) -> None:
        """The upload of ``path`` ended: its next change is news again."""
        self._work.submit(partial(self._taken.discard, path))

    def after_upload(self, path: Path, store_id: int, action: AfterUpload, playable: bool) -> None:
        """Keep, move or delete an uploaded file as asked (core's rules: only a file unchanged
        since it was sent, a delete only once the video plays); :attr:`after_done` tells how."""
        self._work.submit(partial(self._after, path, store_id, action, playable))

    def close(self) -> None:
        """Stop watching and wait for the worker (the app is quitting)."""
        self._work.submit(partial(self._start, [], self._settle))
        self._work.submit(self._closing)
        self._work.close(15)

    # -- the worker thread -------------------------------------------------------------------
    def _closing(self) -> None:
        self._closed = True

    def _start(self, targets: list[WatchTarget], settle: float) -> None:
        for events in self._events:
            events.stop()
        self._events = []
        self._targets = {t.folder: t for t in targets}
        self._settle = settle
        self._taken.clear()
        if self._closed:
            return
        for target in targets:
            events = FolderEvents([target.folder], self._offer)
            try:
                events.start()
            except OSError as exc:
                log.warning("Cannot watch %s: %s", target.folder, exc)
                self.unwatchable.emit(str(target.folder), exc.strerror or str(exc))
                continue
            self._events.append(events)
            for root, path in events.existing():
                self._offer(root, path)
        # After the looks just queued: the window hears it once their files are in its list.
        self._work.submit(self.scanned.emit)

    def _offer(self, root: Path, path: Path) -> None:
        """A file appeared or changed (watchdog's thread, or this one)."""
        path = path.absolute()
        with self._lock:
            if path in self._pending:
                return
            self._pending.add(path)
        self._work.submit(partial(self._look, root, path))

    def _look(self, root: Path, path: Path) -> None:
        with self._lock:
            self._pending.discard(path)
        target = self._targets.get(root)
        if target is None or path in self._taken or self._closed:
            return
        if left_alone_by_name(path, root) is not None:
            return
        env = target.environment
        # The Local demo's uploads are not kept (its server lives only as long as the app).
        store = self._store if env.kind is not EnvironmentKind.DEMO else None
        if store is not None:
            reason, check = looked_at(store, env, path)
            if check is None:
                if reason is not None:
                    log.info("Watched file %s left alone: %s", path, reason)
                return
        else:
            check = check_file(path)
            if not check.ok:
                return
        # An upload token cannot upload while recording (it cannot ask which parts arrived):
        # with one, every file goes as an ordinary upload.
        recording = target.auth == "api_key" and bool(
            still_growing([path], self._settle, time.time())
        )
        number = self._numbers.setdefault(root, 0) + 1
        self._numbers[root] = number
        metadata = target.template.metadata_for(path, number)
        store_id: int | None = None
        if store is not None:
            earlier = earlier_upload_to_continue(store, path, env, target.auth)
            if earlier is not None:
                store_id = earlier.id
            else:
                store_id = store.add_files(
                    [(path, metadata)],
                    environment=env,
                    auth_kind=target.auth,
                    chunk_size=target.chunk_size,
                )[0]
        self._taken.add(path)
        log.info("Watched folder %s: taking %s (recording=%s)", root, path.name, recording)
        self.picked.emit(Pickup(path, root, check.size, metadata, env, store_id, recording))

    def _after(self, path: Path, store_id: int, action: AfterUpload, playable: bool) -> None:
        if self._store is None:
            return
        try:
            record = self._store.get(store_id)
        except KeyError:
            return
        result = after_upload(self._store, record, action, playable=playable)
        log.info("After the upload of %s: %s", path, result.done)
        self.after_done.emit(path, result)
