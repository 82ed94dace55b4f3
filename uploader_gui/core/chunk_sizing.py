"""Growing chunks on a fast link, so the request rate stays under api.video's upload limits.

api.video counts every chunk as one upload request: 100 a minute in production, 40 in the
sandbox (:data:`~uploader_gui.core.limits.UPLOADS_PER_MINUTE`). At 16 MiB a chunk, anything
faster than about 27 MiB/s (production) or 11 MiB/s (sandbox) would run into 429 answers, and
every 429 costs a wait. So the engine measures how fast the file is really going and, when the
chunks would come faster than :data:`HEADROOM` of the limit allows, cuts the rest of the file in
larger chunks (up to 200 MiB). Chunks only grow: a smaller size would never be needed for the
limit, and the user's chunk size is the smallest wished.

The budget is shared: uploads running at the same time through one client split it evenly.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from uploader_gui.core.environments import PRODUCTION_URL, SANDBOX_URL
from uploader_gui.core.limits import MAX_CHUNK_SIZE, MIB, UPLOADS_PER_MINUTE

#: Share of the per-minute limit the engine plans to use, leaving room for retries, the
#: last chunk and measurement error.
HEADROOM = 0.8
#: Re-cut only when the needed size is this much larger than the current one, so chunks do
#: not change on every measurement.
GROW_STEP = 1.25
#: Bytes to acknowledge before the measured speed is trusted.
MIN_MEASURED = 8 * MIB


def uploads_per_minute_for(base_url: str) -> int | None:
    """api.video's upload limit for its production or sandbox address; ``None`` elsewhere."""
    url = base_url.rstrip("/")
    if url == PRODUCTION_URL:
        return UPLOADS_PER_MINUTE["production"]
    if url == SANDBOX_URL:
        return UPLOADS_PER_MINUTE["sandbox"]
    return None


def needed_chunk_size(bytes_per_second: float, uploads_per_minute: int, sharing: int = 1) -> int:
    """The chunk size (whole MiB) at which ``bytes_per_second`` makes at most ``HEADROOM`` of
    this upload's share of ``uploads_per_minute`` requests."""
    budget = uploads_per_minute * HEADROOM / max(1, sharing)
    needed = bytes_per_second * 60.0 / budget
    return max(MIB, math.ceil(needed / MIB) * MIB)


def grown_chunk_size(
    current: int, bytes_per_second: float, uploads_per_minute: int, sharing: int = 1
) -> int | None:
    """The larger chunk size to switch to, or ``None`` to keep ``current``."""
    if current >= MAX_CHUNK_SIZE:
        return None
    needed = needed_chunk_size(bytes_per_second, uploads_per_minute, sharing)
    if needed < current * GROW_STEP:
        return None
    return min(needed, MAX_CHUNK_SIZE)


class ThroughputMeter:
    """Bytes acknowledged per second since the first chunk started. Thread-safe."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._start: float | None = None
        self._bytes = 0

    def started(self) -> None:
        with self._lock:
            if self._start is None:
                self._start = self._clock()

    def acknowledged(self, nbytes: int) -> float | None:
        """Count ``nbytes``; return the speed so far once it can be trusted."""
        with self._lock:
            self._bytes += nbytes
            if self._start is None or self._bytes < MIN_MEASURED:
                return None
            elapsed = self._clock() - self._start
            return self._bytes / elapsed if elapsed > 0 else None
