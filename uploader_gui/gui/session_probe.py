"""Diagnostics of a running window (``--diagnostics FILE``): how late the event loop answers and
how much the process holds, one JSON line a second, so a long session can be judged from outside
(``benchmarks/soak.py`` reads the file; so could a support request).

A 10 ms timer runs on the GUI thread; every tick that arrives late means the window could not
have repainted or answered a click for that long. The GUI thread only counts; reading the
process's figures and writing the file happen on a thread of their own, so the probe adds no
disk I/O to the window's thread.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer

from uploader_gui.core.process_stats import read_process_stats

log = logging.getLogger(__name__)

TICK_MS = 10
REPORT_MS = 1000
#: Lateness at or below this many milliseconds is counted, not listed (it is below notice).
LISTED_ABOVE_MS = 5.0

#: Figures of the window at the time of a report (rows, uploads in flight, ...).
Counts = Callable[[], dict[str, int]]


class SessionProbe(QObject):
    def __init__(self, path: Path, counts: Counts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counts = counts
        self._started = time.monotonic()
        self._last_tick = time.perf_counter()
        self._ticks = 0
        self._late: list[float] = []
        self._lines: queue.SimpleQueue[dict[str, Any] | None] = queue.SimpleQueue()
        self._writer = threading.Thread(
            target=self._write, args=(path,), name="diagnostics writer", daemon=True
        )
        self._tick = QTimer(self)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._report = QTimer(self)
        self._report.setInterval(REPORT_MS)
        self._report.timeout.connect(self._on_report)

    def start(self) -> None:
        self._writer.start()
        self._last_tick = time.perf_counter()
        self._tick.start()
        self._report.start()

    def stop(self) -> None:
        self._tick.stop()
        self._report.stop()
        self._lines.put(None)
        self._writer.join(timeout=5)

    def _on_tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._last_tick) * 1000 - TICK_MS
        self._last_tick = now
        self._ticks += 1
        if late > LISTED_ABOVE_MS:
            self._late.append(round(late, 1))

    def _on_report(self) -> None:
        record: dict[str, Any] = {
            "t": round(time.monotonic() - self._started, 2),
            "ticks": self._ticks,
            "late_ms": self._late,
            **self._counts(),
        }
        self._ticks = 0
        self._late = []
        self._lines.put(record)

    def _write(self, path: Path) -> None:
        try:
            with open(path, "a", encoding="utf-8") as out:
                while (record := self._lines.get()) is not None:
                    stats = read_process_stats()
                    record.update(rss=stats.rss_bytes, threads=stats.threads, handles=stats.handles)
                    out.write(json.dumps(record) + "\n")
                    out.flush()
        except OSError as exc:
            log.warning("Diagnostics stopped: cannot write %s: %s", path, exc)
