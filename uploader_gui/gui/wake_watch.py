"""Noticing that the computer slept, so waiting uploads try again at once.

A timer that ticks every few seconds by the wall clock: while the computer sleeps it does not
tick, so when it wakes the time since the last tick is far longer than the interval. (The
monotonic clock is of no use here: on some systems it stands still during sleep.) A wall-clock
change, such as a time-zone or NTP correction, may look the same; the only cost is an early
retry.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

#: How often the clock is compared.
TICK_MS = 5_000
#: A gap longer than this (in seconds) means the computer was asleep, not just busy.
SLEPT_AFTER = 30.0


class WakeWatch(QObject):
    """Emits ``woke(seconds_asleep)`` after the computer has been asleep.

    Signals:
        woke(float): the computer woke after about that many seconds.
    """

    woke = Signal(float)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
        interval_ms: int = TICK_MS,
        slept_after: float = SLEPT_AFTER,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._slept_after = max(slept_after, 2 * interval_ms / 1000)
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def check(self) -> float | None:
        """Compare the clock with the last check; the gap when it says the computer slept."""
        now = self._clock()
        gap = now - self._last
        self._last = now
        if gap > self._slept_after:
            self.woke.emit(gap)
            return gap
        return None
