"""The window's small writes to the upload store, made on a thread of their own.

Pausing, cancelling, removing or reordering files writes to the SQLite store. On a slow or
network disk (or a disk that is full and retries) such a write can take long enough to freeze
the window, so the window hands them here: one thread runs them in the order given, a failure is
logged and never reaches the window. An upload that starts waits for the writes handed over
before it (:meth:`StoreWriter.drain`, on the upload's thread), so the store never sees an older
decision land after a newer one.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class StoreWriter:
    """Runs jobs one after another on a thread started on first use."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], object] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, job: Callable[[], object]) -> None:
        """Run ``job`` after every job submitted before it. After :meth:`close` it runs at once
        on the caller's thread (the app is quitting: nothing is left to wait for it)."""
        with self._lock:
            if self._closed:
                closed = True
            else:
                closed = False
                if self._thread is None:
                    self._thread = threading.Thread(
                        target=self._loop, name="store writer", daemon=True
                    )
                    self._thread.start()
                self._jobs.put(job)
        if closed:
            self._run(job)

    def drain(self, timeout: float | None = None) -> bool:
        """Block until every job submitted so far has run (False after ``timeout``). From the
        writer's own thread, returns at once."""
        if threading.current_thread() is self._thread:
            return True
        done = threading.Event()
        self.submit(done.set)
        return done.wait(timeout)

    def close(self, timeout: float | None = None) -> bool:
        """Run what is left, then stop the thread. False if it did not finish in time."""
        with self._lock:
            if self._closed:
                return True
            self._closed = True
            thread = self._thread
            if thread is not None:
                self._jobs.put(None)
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            self._run(job)

    @staticmethod
    def _run(job: Callable[[], object]) -> None:
        try:
            job()
        except Exception:  # a failing disk is logged, never a crash
            log.exception("Could not update the upload list on disk")
