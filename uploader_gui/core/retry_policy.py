"""How long to wait before trying a failed request again.

Capped exponential backoff with jitter: quick at first so a blip costs little, slower later so
a long outage is not hammered, and jittered so several chunks or files that failed together do
not come back in lockstep.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RetryPolicy:
    base_delay: float = 1.0
    max_delay: float = 30.0
    #: Extra wait after ``X-RateLimit-Retry-After``, so the window has surely reset.
    rate_limit_margin: float = 0.5
    rng: Callable[[], float] = field(default=random.random, compare=False)

    def delay(self, attempt: int) -> float:
        """Seconds to wait after the ``attempt``-th failure (1-based): between half and all of
        ``base · 2^(attempt-1)``, never more than ``max_delay``."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** max(0, attempt - 1))
        return float(ceiling * (0.5 + 0.5 * self.rng()))

    def rate_limit_delay(self, retry_after: float | None, attempt: int) -> float:
        if retry_after is None:
            return self.delay(attempt)
        return retry_after + self.rate_limit_margin * self.rng()
