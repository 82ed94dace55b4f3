"""Checks dropped files and walks dropped folders off the GUI thread, so dropping a camera card
with thousands of files never freezes the window. The same thread saves the accepted files to
the upload store (reading each one's fingerprint costs disk time too).

A file written moments before it was added may be a recording under way or a finished export:
telling them apart takes a short watch (:data:`.growing_file.GROWTH_WATCH`). The drop's rows
are listed before that watch ("Checking…"), and its answer follows as :class:`GrowthVerdict`."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from uploader_gui.core.attachments import Attachment
from uploader_gui.core.folder_scan import ScanResult, scan_paths
from uploader_gui.core.growing_file import still_growing, written_within
from uploader_gui.core.sidecars import find_sidecars
from uploader_gui.gui.app_settings import DEFAULT_CAPTION_LANGUAGE
from uploader_gui.gui.background import Background
from uploader_gui.gui.drop_intake import DropTag, Persist

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class ScanOutcome:
    """One drop, checked: ``store_ids`` maps the files saved to the store to their rows."""

    result: ScanResult
    store_ids: dict[Path, int] = field(default_factory=dict)
    #: What the drop was for, as given to :meth:`FileScanner.scan`.
    drop: DropTag | None = None
    #: Captions, chapters and thumbnails found next to the accepted files.
    sidecars: dict[Path, list[Attachment]] = field(default_factory=dict)
    #: Accepted files written within the settle time: whether each is still being written
    #: is told by the :class:`GrowthVerdict` that follows (they wait for it to start).
    checking: frozenset[Path] = frozenset()
    #: When the files were looked at (wall clock), for the watch that follows.
    looked_at: float = 0.0


@dataclass(frozen=True)
class GrowthVerdict:
    """Of the files a drop was checking, those still being written (they upload while they
    grow); the others are finished and go up the ordinary way."""

    checked: frozenset[Path]
    growing: frozenset[Path]


def check_drop(
    paths: list[Path], stop: threading.Event, persist: Persist | None, drop: DropTag | None
) -> ScanOutcome:
    """Check and walk one drop, then save its accepted files (blocking)."""
    store_ids: dict[Path, int] = {}
    sidecars: dict[Path, list[Attachment]] = {}
    checking: set[Path] = set()
    now = time.time()
    try:
        result = scan_paths(paths, cancelled=stop.is_set)
        for check in result.accepted:
            if stop.is_set():
                break
            # Listing the video's folder is disk work: done here, never on the GUI thread.
            found = find_sidecars(check.path.absolute(), DEFAULT_CAPTION_LANGUAGE)
            if found:
                sidecars[check.path] = found
        settle = drop.settle if drop is not None else None
        if settle is not None and not stop.is_set():
            now = time.time()
            checking = {c.path for c in result.accepted if written_within(c.path, settle, now)}
        if persist is not None and not stop.is_set():
            rows = persist(result.accepted)
            for check, row in zip(result.accepted, rows, strict=True):
                if row is not None:
                    store_ids[check.path] = row
    except Exception:  # the drop must end with a result, whatever went wrong
        log.exception("Checking dropped files failed")
        result = ScanResult()
    return ScanOutcome(result, store_ids, drop, sidecars, frozenset(checking), now)


def judge_growth(outcome: ScanOutcome, stop: threading.Event) -> GrowthVerdict:
    """Watch the files ``outcome`` was checking for a moment: which are still being written
    (blocking, :data:`.growing_file.GROWTH_WATCH` at most)."""
    settle = outcome.drop.settle if outcome.drop is not None else None
    growing: set[Path] = set()
    if settle is not None and outcome.checking and not stop.is_set():
        try:
            growing = still_growing(outcome.checking, settle, outcome.looked_at, stop.wait)
        except Exception:  # a file that cannot be watched goes up as a finished one
            log.exception("Watching recently written files failed")
    return GrowthVerdict(outcome.checking, frozenset(growing))


class FileScanner(QObject):
    """Signals:
    finished(ScanOutcome): accepted and rejected files of one drop, in the order dropped.
    judged(GrowthVerdict): which of a drop's recently written files are still being written
    (after its ``finished``, for a drop that was checking some).
    """

    finished = Signal(object)
    judged = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One thread: drops are checked in the order they were made.
        self._work = Background(self, name="drop check")
        self._stop = threading.Event()
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def scan(
        self, paths: list[Path], persist: Persist | None = None, drop: DropTag | None = None
    ) -> None:
        self._pending += 1
        # The watch runs next on the same thread, once the rows are listed; it reads the
        # outcome the check left here (the two run one after the other, never together).
        checked: list[ScanOutcome] = []

        def check() -> ScanOutcome:
            outcome = check_drop(paths, self._stop, persist, drop)
            checked.append(outcome)
            return outcome

        def judge() -> GrowthVerdict | None:
            if not checked or not checked[0].checking:
                return None
            return judge_growth(checked[0], self._stop)

        self._work.run(check, self._done)
        self._work.run(judge, self._judged)

    def in_turn(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Run ``work`` on the drop thread after the drops given so far, and ``done`` on the
        GUI thread after theirs. A read of the saved queue made this way sees the rows those
        drops saved, and the window lists their files before it reads the answer."""
        self._work.run(work, done)

    def _done(self, result: ScanOutcome) -> None:
        self.finished.emit(result)

    def _judged(self, verdict: GrowthVerdict | None) -> None:
        self._pending -= 1  # busy until every file of the drop knows how it uploads
        if verdict is not None:
            self.judged.emit(verdict)

    def shutdown(self, wait_ms: int = 3000) -> None:
        self._stop.set()
        self._work.shutdown(wait_ms / 1000)
