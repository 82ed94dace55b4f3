"""Controls whose waits can be cut short: "try again now".

Between retries the engine waits with a capped backoff (up to 30 s). When the computer wakes
from sleep or the network comes back, the upload should not sit out the rest of a wait that
was chosen while the network was down: :meth:`nudge` ends the current wait (and any wait
begun before it) at once; the engine then tries again, and backs off again if it must.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from uploader_gui.core.durable_upload import DurableControl
from uploader_gui.core.upload import UploadControl


class Nudge:
    """A wait that ends at its deadline, when ``stopped()`` turns true, or on :meth:`poke`."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._pokes = 0

    def poke(self) -> None:
        with self._cond:
            self._pokes += 1
            self._cond.notify_all()

    def wait(self, seconds: float, stopped: Callable[[], bool]) -> bool:
        """True when poked (or stopped) before ``seconds`` passed."""
        deadline = time.monotonic() + seconds
        with self._cond:
            seen = self._pokes
            while self._pokes == seen and not stopped():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True


class NudgeableControl(UploadControl):
    """An :class:`UploadControl` whose waits end early on :meth:`nudge`."""

    def __init__(self) -> None:
        super().__init__()
        self._nudge = Nudge()

    def nudge(self) -> None:
        self._nudge.poke()

    def cancel(self) -> None:
        super().cancel()
        self._nudge.poke()

    def sleep(self, seconds: float) -> None:
        self._nudge.wait(seconds, lambda: self.cancelled)


class NudgeableDurableControl(DurableControl):
    """A :class:`DurableControl` (stop to continue next time) whose waits end early on
    :meth:`nudge`. The durable layer polls its own control in short steps, so its retry waits
    are handed this control's :meth:`sleep` directly (``run_one(..., sleep=control.sleep)``)."""

    def __init__(self) -> None:
        super().__init__()
        self._nudge = Nudge()

    def nudge(self) -> None:
        self._nudge.poke()

    def cancel(self) -> None:
        super().cancel()
        self._nudge.poke()

    def sleep(self, seconds: float) -> None:
        self._nudge.wait(seconds, lambda: self.cancelled)
