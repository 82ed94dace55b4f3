"""A demo queue that never runs dry (``--demo --demo-files N --demo-soak``): finished files leave
the queue and new sample files take their place, so the window stays as busy after an hour as in
its first minute. Long-session checks (``make soak``) run the window this way; the demo server's
copies of finished videos are deleted, so the disk does not fill.

Making files and deleting the server's copies are disk work, done on a thread of their own; the
GUI thread only looks at the queue and hands the new files to the window.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from uploader_gui.gui.demo_server import DemoServer
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState

log = logging.getLogger(__name__)

CHECK_MS = 1000
#: States after which a sample file has nothing left to do.
_DONE = frozenset({ItemState.READY, ItemState.UPLOADED})
_GAVE_UP = frozenset({ItemState.FAILED, ItemState.CANCELLED, ItemState.SKIPPED})


class DemoWorkload(QObject):
    #: New sample files, made on the disk thread, for the GUI thread to queue.
    files_made = Signal(list)

    def __init__(self, window: MainWindow, demo: DemoServer, target: int) -> None:
        super().__init__(window)
        self._window = window
        self._demo = demo
        self._target = max(1, target)
        #: Sample files made so far (the next file's number).
        self._made = 0
        self._making = 0
        #: Files handed to the window that are not rows yet (the window checks them first).
        self._handed: set[Path] = set()
        self.completed = 0
        self.failed = 0
        self._disk = ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo workload")
        self.files_made.connect(self._queue_files)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._top_up)

    def start(self, already_made: int) -> None:
        self._made = already_made
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._disk.shutdown(wait=True, cancel_futures=True)

    def counts(self) -> dict[str, int]:
        return {"completed": self.completed, "failed": self.failed}

    def _top_up(self) -> None:
        items = list(self._window.model.items)
        self._handed -= {i.path for i in items}
        finished = [i for i in items if i.state in _DONE or i.state in _GAVE_UP]
        for item in finished:
            if item.state in _DONE:
                self.completed += 1
            else:
                self.failed += 1
                log.warning("Demo workload: %s ended as %s", item.name, item.state.name)
        if finished:
            self._window.manager.remove([i.id for i in finished])
            gone = [(i.path, i.video_id) for i in finished]
            self._disk.submit(self._clean_up, gone)
        waiting = len(items) - len(finished) + self._making + len(self._handed)
        missing = self._target - waiting
        if missing > 0:
            first = self._made
            self._made += missing
            self._making += missing
            self._disk.submit(self._make, first, missing)

    def _make(self, first: int, count: int) -> None:
        try:
            paths = self._demo.make_sample_files(count, first=first)
        except OSError as exc:
            log.warning("Demo workload: could not make sample files: %s", exc)
            paths = []
        self.files_made.emit([paths, count])

    def _queue_files(self, made: list[object]) -> None:
        paths, count = made
        assert isinstance(paths, list) and isinstance(count, int)
        self._making -= count
        if paths:
            self._handed.update(p for p in paths if isinstance(p, Path))
            self._window.add_paths(paths)

    def _clean_up(self, gone: list[tuple[Path, str | None]]) -> None:
        emulator = self._demo.emulator
        for path, video_id in gone:
            path.unlink(missing_ok=True)
            if video_id and emulator is not None:
                emulator.delete_video(video_id)
