"""A bandwidth cap shared by several uploads, and reading one as a person writes it.

One :class:`RateLimiter` given to several uploads (through ``UploadOptions.rate_limiter``) caps
their sum: each block of a chunk body reserves its bytes before it is handed to the network, and
waits if the reservations are ahead of the allowed rate. The limit can change while uploads run.

The schedule is a virtual clock (the time at which everything reserved so far would have left at
exactly the allowed rate). A little credit (:data:`BURST_SECONDS`) may build up while nothing is
sent, so the pauses between requests do not pull the average below the limit, but never more,
so the rate over any long stretch stays within a block of the limit.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable

from uploader_gui.core.reasons import ReasonError, Why, because

#: Unused allowance (in seconds of sending) that may be saved up while idle.
BURST_SECONDS = 0.25

_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:([kKmMgG])(i?)(B?)|(B?))\s*(?:/\s*s|ps)?\s*$")
_POWERS = {"k": 1, "m": 2, "g": 3}


def parse_rate(text: str) -> float:
    """Bytes per second in ``text``.

    ``kB``, ``MB``, ``GB`` are decimal (1 MB/s = 1,000,000 bytes/s), ``KiB``, ``MiB``, ``GiB``
    binary; a bare ``k``, ``M`` or ``G`` is binary, as in curl's ``--limit-rate``. The ``/s`` is
    optional. Raises ``ReasonError`` (a ValueError) saying why otherwise, or for zero.
    """
    match = _RATE.match(text)
    if not match:
        raise ReasonError(because(Why.BAD_RATE, text=text))
    number, prefix, binary, byte = match.group(1), match.group(2), match.group(3), match.group(4)
    value = float(number)
    if prefix:
        power = _POWERS[prefix.lower()]
        value *= (1000 if byte and not binary else 1024) ** power
    if value <= 0:
        raise ReasonError(because(Why.BAD_RATE, text=text))
    return value


class RateLimiter:
    """At most ``bytes_per_second`` for all the uploads sharing this object (``None``: no cap).

    Thread-safe. :meth:`reserve` never sleeps; the caller waits the answer (in small steps, so
    pause and cancel still act at once).
    """

    def __init__(
        self,
        bytes_per_second: float | None,
        *,
        burst_seconds: float = BURST_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._burst = burst_seconds
        self._rate = self._checked(bytes_per_second)
        self._next: float | None = None

    @staticmethod
    def _checked(rate: float | None) -> float | None:
        if rate is None or rate <= 0:
            return None
        return float(rate)

    @property
    def bytes_per_second(self) -> float | None:
        return self._rate

    @bytes_per_second.setter
    def bytes_per_second(self, rate: float | None) -> None:
        with self._lock:
            self._rate = self._checked(rate)
            self._next = None

    def reserve(self, nbytes: int) -> float:
        """Claim ``nbytes``; return how many seconds to wait before sending them."""
        with self._lock:
            rate = self._rate
            if rate is None or nbytes <= 0:
                return 0.0
            now = self._clock()
            start = now if self._next is None else max(self._next, now - self._burst)
            self._next = start + nbytes / rate
            return max(0.0, start - now)
