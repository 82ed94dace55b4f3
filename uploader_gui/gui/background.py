"""The window's one pattern for work that must not run on the GUI thread.

``Background.run(work, done)`` runs ``work()`` on one of a few threads of its own and then
``done(result)`` on the GUI thread. Checking a drop, fetching a thumbnail and testing a key all
go through it.

Plain Python threads, not ``QRunnable`` on a ``QThreadPool``: PySide's pool keeps a reference to
every runnable it started, so a window open for hours would keep each finished job, its
arguments and its closures. Here a job is let go as soon as it has run.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")

_Job = tuple[Callable[[], Any], Callable[[Any], None]]


class Background(QObject):
    """Runs jobs on ``threads`` threads (one: in the order given), started on first use."""

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, threads: int = 1, name: str = "") -> None:
        super().__init__(parent)
        self._size = max(1, threads)
        self._name = name or "background"
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._closed = False
        self._finished.connect(self._deliver)

    def run(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """``work()`` off the GUI thread, then ``done(result)`` on it. An exception in
        ``work`` is a bug: it is logged and ``done`` is not called (work that can fail in
        expected ways says so in its result)."""
        if self._closed:
            return
        if len(self._threads) < self._size:
            thread = threading.Thread(
                target=self._loop, name=f"{self._name} {len(self._threads) + 1}", daemon=True
            )
            self._threads.append(thread)
            thread.start()
        self._jobs.put((work, done))

    def shutdown(self, wait_s: float = 3.0) -> bool:
        """Take no more jobs, drop the ones not started, and wait up to ``wait_s`` for those
        running. Their ``done`` is no longer called. False if some did not end in time."""
        self._closed = True
        while True:
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join(wait_s)
        return not any(t.is_alive() for t in self._threads)

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            self._run_one(*job)
            job = None  # let the finished job go while waiting for the next one

    def _run_one(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        try:
            result = work()
        except Exception:
            log.exception("Background work failed")
            return
        if not self._closed:
            self._finished.emit((done, result))

    def _deliver(self, pair: tuple[Callable[[Any], None], Any]) -> None:
        done, result = pair
        if not self._closed:
            done(result)
