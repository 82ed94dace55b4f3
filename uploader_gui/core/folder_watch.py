"""Files appearing or changing in watched folders, from the system's own notifications.

watchdog gives the events (inotify, FSEvents, ReadDirectoryChangesW); when they cannot be had
(too many watches, a folder where the system sends none) the folders are polled instead, which
also works on network drives. Files already there when watching starts are listed once by
:meth:`FolderEvents.existing`.

Events are reported as ``on_file(root, path)``: a file created, written, closed or renamed into
a watched folder (the new name). Several events come for one file while it is written; the
caller decides what they mean.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

log = logging.getLogger(__name__)

#: Seconds between two looks at a polled folder.
POLL_SECONDS = 2.0

OnFile = Callable[[Path, Path], None]


class _Handler(FileSystemEventHandler):
    def __init__(self, root: Path, recursive: bool, on_file: OnFile) -> None:
        self._root = root
        self._recursive = recursive
        self._on_file = on_file

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("deleted", "opened", "closed_no_write"):
            return
        raw = event.dest_path if event.event_type == "moved" else event.src_path
        if not raw:
            return
        path = Path(os.fsdecode(raw))
        if not path.is_relative_to(self._root):
            return  # moved out of the folder
        if event.is_directory:
            if event.event_type == "moved" and self._recursive:
                # A folder moved in brings its files without an event for each.
                for found in _files_under(path, recursive=True):
                    self._on_file(self._root, found)
            return
        self._on_file(self._root, path)


def _files_under(folder: Path, *, recursive: bool) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        log.info("Cannot list %s: %s", folder, exc)
        return
    for entry in entries:
        try:
            if entry.is_file(follow_symlinks=True):
                yield Path(entry.path)
            elif recursive and entry.is_dir(follow_symlinks=False):
                yield from _files_under(Path(entry.path), recursive=True)
        except OSError:
            continue


class FolderEvents:
    """Watches ``folders`` (and their subfolders with ``recursive``) until :meth:`stop`."""

    def __init__(
        self,
        folders: Sequence[Path],
        on_file: OnFile,
        *,
        recursive: bool = False,
        polling: bool = False,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.folders = [Path(f).absolute() for f in folders]
        self._on_file = on_file
        self._recursive = recursive
        self._polling = polling
        self._poll_seconds = poll_seconds
        self._observer: BaseObserver | None = None

    @property
    def polling(self) -> bool:
        """Whether the folders are polled (the system's notifications could not be had)."""
        return self._polling

    def start(self) -> None:
        """Start watching; falls back to polling when the system refuses its notifications.
        Raises OSError when a folder cannot be watched either way."""
        if not self._polling:
            try:
                self._observer = self._started(Observer())
                return
            except OSError as exc:
                log.warning("Folder notifications unavailable (%s); polling instead", exc)
                self._polling = True
        self._observer = self._started(PollingObserver(timeout=self._poll_seconds))

    def _started(self, observer: BaseObserver) -> BaseObserver:
        try:
            for folder in self.folders:
                handler = _Handler(folder, self._recursive, self._on_file)
                observer.schedule(handler, str(folder), recursive=self._recursive)
            observer.start()
        except BaseException:
            observer.unschedule_all()
            raise
        return observer

    def existing(self) -> Iterator[tuple[Path, Path]]:
        """The files in the folders now, as (watched folder, file)."""
        for folder in self.folders:
            for path in _files_under(folder, recursive=self._recursive):
                yield folder, path

    def stop(self) -> None:
        observer, self._observer = self._observer, None
        if observer is not None:
            observer.stop()
            observer.join(timeout=10)
