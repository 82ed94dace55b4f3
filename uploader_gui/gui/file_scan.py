"""Checks dropped files and walks dropped folders off the GUI thread, so dropping a camera card
with thousands of files never freezes the window. The same thread saves the accepted files to
the upload store (reading each one's fingerprint costs disk time too)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from uploader_gui.core.folder_scan import ScanResult, scan_paths
from uploader_gui.gui.drop_intake import DropTag, Persist

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScanOutcome:
    """One drop, checked: ``store_ids`` maps the files saved to the store to their rows."""

    result: ScanResult
    store_ids: dict[Path, int] = field(default_factory=dict)
    #: What the drop was for, as given to :meth:`FileScanner.scan`.
    drop: DropTag | None = None


class _Signals(QObject):
    done = Signal(object)


class _ScanTask(QRunnable):
    def __init__(
        self,
        paths: list[Path],
        signals: _Signals,
        stop: threading.Event,
        persist: Persist | None,
        drop: DropTag | None,
    ) -> None:
        super().__init__()
        self._drop = drop
        self._paths = paths
        self._signals = signals
        self._stop = stop
        self._persist = persist

    def run(self) -> None:
        store_ids: dict[Path, int] = {}
        try:
            result = scan_paths(self._paths, cancelled=self._stop.is_set)
            if self._persist is not None and not self._stop.is_set():
                rows = self._persist(result.accepted)
                for check, row in zip(result.accepted, rows, strict=True):
                    if row is not None:
                        store_ids[check.path] = row
        except Exception:  # the drop must end with a result, whatever went wrong
            log.exception("Checking dropped files failed")
            result = ScanResult()
        self._signals.done.emit(ScanOutcome(result, store_ids, self._drop))


class FileScanner(QObject):
    """Signals:
    finished(ScanOutcome): accepted and rejected files of one drop, in the order dropped.
    """

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # drops are checked in the order they were made
        self._stop = threading.Event()
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def scan(
        self, paths: list[Path], persist: Persist | None = None, drop: DropTag | None = None
    ) -> None:
        signals = _Signals(self)
        signals.done.connect(self._done)
        self._pending += 1
        self._pool.start(_ScanTask(paths, signals, self._stop, persist, drop))

    def _done(self, result: ScanOutcome) -> None:
        self._pending -= 1
        sender = self.sender()
        if sender is not None:
            sender.deleteLater()
        self.finished.emit(result)

    def shutdown(self, wait_ms: int = 3000) -> None:
        self._stop.set()
        self._pool.waitForDone(wait_ms)
