"""Pause, resume, cancel and "try again now" for uploads, from any thread.

The engine checks its control between blocks of a chunk, so even a 200 MiB chunk reacts at
once, and its retry waits sleep here, so a cancel ends them and a nudge cuts them short.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class _RetryWaits:
    """Where retry waits sleep, so that a cancel ends them and a nudge cuts them short.

    Nudges are counted, and a wait ends once the count has moved past a mark: by default the
    count when the wait began, or the one taken when the failed attempt began. So a nudge that
    lands between a request failing and its wait starting (the network came back just then) is
    kept for that wait, while a nudge from long before leaves later waits whole.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._nudges = 0
        #: Threads inside :meth:`wait` now.
        self._waiting = 0

    def nudge(self) -> None:
        with self._cond:
            self._nudges += 1
            self._cond.notify_all()

    def wake(self) -> None:
        """Have every wait look at its ``stopped`` again (a cancel or a brake was pulled)."""
        with self._cond:
            self._cond.notify_all()

    def mark(self) -> int:
        with self._cond:
            return self._nudges

    def wait(self, seconds: float, stopped: Callable[[], bool], since: int | None = None) -> None:
        deadline = time.monotonic() + seconds
        with self._cond:
            seen = self._nudges if since is None else since
            self._waiting += 1
            self._cond.notify_all()  # for :meth:`until_waiting`
            try:
                while self._nudges == seen and not stopped():
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return
                    self._cond.wait(left)
            finally:
                self._waiting -= 1

    def until_waiting(self, count: int, timeout: float) -> bool:
        """Block until at least ``count`` threads wait here (False after ``timeout``): how a
        caller knows a wait has begun, so a nudge given now is sure to end it."""
        with self._cond:
            return self._cond.wait_for(lambda: self._waiting >= count, timeout)

    @property
    def waiting(self) -> int:
        with self._cond:
            return self._waiting


class UploadControl:
    """Pause, resume, cancel and nudge for one upload (or several), safe to call from any
    thread."""

    def __init__(self) -> None:
        self._running = threading.Event()
        self._running.set()
        self._cancelled = threading.Event()
        self._waits = _RetryWaits()
        self._hooks_lock = threading.Lock()
        self._hooks: dict[int, Callable[[], None]] = {}
        self._next_hook = 0

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()
        self._waits.wake()
        with self._hooks_lock:
            hooks = list(self._hooks.values())
            self._hooks.clear()
        for hook in hooks:
            hook()

    def on_cancel(self, hook: Callable[[], None]) -> Callable[[], None]:
        """Run ``hook`` (from the cancelling thread) when this control is cancelled, at once if
        it is already; returns the function that takes it back. How a request blocked on the
        network is cut the moment the upload is cancelled or stopped, rather than when its
        answer's deadline ends it."""
        with self._hooks_lock:
            if not self._cancelled.is_set():
                key = self._next_hook
                self._next_hook += 1
                self._hooks[key] = hook
                return lambda: self._take_back(key)
        hook()
        return lambda: None

    def _take_back(self, key: int) -> None:
        with self._hooks_lock:
            self._hooks.pop(key, None)

    def nudge(self) -> None:
        """Try again now: end every retry wait in progress instead of sitting out its backoff
        (the computer woke up, the network came back). The engine backs off again if it must;
        waits begun after the nudge run their course."""
        self._waits.nudge()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait_resumed(self, timeout: float) -> bool:
        """Block until resumed or cancelled (or ``timeout``); True when no longer paused."""
        return self._running.wait(timeout)

    def nudge_mark(self) -> int:
        """A mark for :meth:`sleep`: nudges given after this moment end that sleep."""
        return self._waits.mark()

    def until_waiting(self, count: int = 1, timeout: float = 10.0) -> bool:
        """Block until at least ``count`` retry waits under this control have begun (False
        after ``timeout``); see :meth:`sleep`."""
        return self._waits.until_waiting(count, timeout)

    @property
    def waiting(self) -> int:
        """Retry waits under this control in progress now."""
        return self._waits.waiting

    def sleep(
        self, seconds: float, since: int | None = None, until: threading.Event | None = None
    ) -> None:
        """Wait ``seconds``, cut short by a cancel or a :meth:`nudge` given after ``since``
        (a :meth:`nudge_mark`; by default, after the sleep began), or once ``until`` is set
        and :meth:`wake_waits` called: how one wait is ended without ending the others."""
        if until is None:
            self._waits.wait(seconds, lambda: self.cancelled, since)
        else:
            self._waits.wait(seconds, lambda: self.cancelled or until.is_set(), since)

    def wake_waits(self) -> None:
        """Have every wait look again whether it should end (see ``until`` in :meth:`sleep`);
        a wait with nothing new goes on."""
        self._waits.wake()
