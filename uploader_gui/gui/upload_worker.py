"""The thin bridge between the synchronous engine and the window.

A :class:`UploadWorker` runs one file's upload on a thread of its own. Byte-level events only
bump the item's :class:`ProgressCounters`; the few coarse events (video created, retrying, phase
changes) and the outcome cross to the GUI thread as queued signals, as values, never as
exceptions.
"""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QThread, Signal

from uploader_gui.core.errors import CancelledError, UploadError
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    UploadEvent,
)
from uploader_gui.core.reasons import Why, because
from uploader_gui.core.upload_session import FileOutcome, FileOutcomeKind
from uploader_gui.gui.engine_jobs import UploadJob
from uploader_gui.gui.queue_item import ProgressCounters
from uploader_gui.gui.thread_priority import give_way_to_the_window

log = logging.getLogger(__name__)


class UploadWorker(QThread):
    """One file's upload on a thread of its own.

    Signals (delivered on the GUI thread, queued):
        milestone(item_id, UploadEvent): a coarse engine event.
        ended(item_id, FileOutcome): the worker's final word, whatever the end (a bug in the
            job too ends as a FAILED outcome, never a silent thread).

    Qt's ``finished`` follows once the thread has really ended. The window keeps the worker
    until then and no longer: a thread object must outlive its thread, and one kept for ever
    would keep its job, file and connection too. (Not a ``QRunnable`` on a ``QThreadPool``:
    PySide's pool keeps references to the runnables it started, so a window that uploads for
    hours would keep every one of them.)
    """

    milestone = Signal(int, object)
    ended = Signal(int, object)

    def __init__(self, item_id: int, counters: ProgressCounters, job: UploadJob) -> None:
        super().__init__()
        self.setObjectName(f"upload {item_id}")
        self.item_id = item_id
        self._counters = counters
        self._job: UploadJob | None = job

    def on_event(self, event: UploadEvent) -> None:
        """The engine's listener: cheap, never blocks, runs on the upload thread. Bytes only
        move the counters; the rest also crosses to the GUI thread."""
        self._counters.observe(event)
        if not isinstance(event, BytesSent | ChunkAcknowledged):
            self.milestone.emit(self.item_id, event)

    def run(self) -> None:
        job, self._job = self._job, None  # the job's closures are let go as soon as it ends
        if job is None:
            return
        # A tracer set for Python's threads (a debugger, coverage) follows into this one, which
        # Qt started rather than Python's threading module.
        tracer = threading.gettrace()
        if tracer is not None:
            sys.settrace(tracer)
        give_way_to_the_window()
        try:
            outcome = job(self.on_event)
        except CancelledError:
            outcome = FileOutcome(0, FileOutcomeKind.CANCELLED)
        except UploadError as exc:
            log.info("Upload %s stopped: %s", self.item_id, exc)
            outcome = FileOutcome(0, FileOutcomeKind.FAILED, exc.reason)
        except Exception as exc:  # a bug must end as a readable failure, never a silent thread
            log.exception("Unexpected error in upload %s", self.item_id)
            unexpected = because(Why.UNEXPECTED, kind=type(exc).__name__)
            outcome = FileOutcome(0, FileOutcomeKind.FAILED, unexpected)
        if outcome.kind is not FileOutcomeKind.DONE:
            self._counters.stopped(failed=outcome.kind is not FileOutcomeKind.CANCELLED)
        self.ended.emit(self.item_id, outcome)
