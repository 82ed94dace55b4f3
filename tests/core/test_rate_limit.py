"""The shared bandwidth cap, on a fake clock, and reading a speed as a person types it."""

from __future__ import annotations

import pytest

from uploader_gui.core.limits import KIB, MIB
from uploader_gui.core.rate_limit import RateLimiter, parse_rate


def current_rate(limiter: RateLimiter) -> float | None:
    """``limiter.bytes_per_second`` read through a call: after an assignment the type checker
    takes the property to hold the assigned value, though the setter turns 0 into None."""
    return limiter.bytes_per_second


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5MB/s", 5_000_000),
        ("5 MB/s", 5_000_000),
        ("800kB/s", 800_000),
        ("800KB", 800_000),
        ("1.5GB/s", 1_500_000_000),
        ("2MiB/s", 2 * MIB),
        ("512KiB/s", 512 * KIB),
        ("5M", 5 * MIB),  # bare prefixes are binary, as in curl --limit-rate
        ("100k", 100 * KIB),
        ("250000", 250_000),
        ("250000B/s", 250_000),
        ("3Mbps", None),
        ("fast", None),
        ("0", None),
        ("-5MB/s", None),
        ("5 MB/h", None),
    ],
)
def test_parse_rate(text: str, expected: float | None) -> None:
    if expected is None:
        with pytest.raises(ValueError, match="bad_rate"):
            parse_rate(text)
    else:
        assert parse_rate(text) == expected


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def send(limiter: RateLimiter, clock: FakeClock, total: int, block: int) -> float:
    """Send ``total`` bytes in blocks, waiting as told; return the time the last block left."""
    sent = 0
    while sent < total:
        n = min(block, total - sent)
        clock.now += limiter.reserve(n)
        sent += n
    return clock.now


def test_a_long_transfer_keeps_to_the_rate_within_one_block() -> None:
    clock = FakeClock()
    limiter = RateLimiter(5_000_000, clock=clock)
    start = clock.now
    total = 150_000_000  # 30 s worth
    end = send(limiter, clock, total, MIB)
    # The first block goes at once, so the last one leaves one block's time before 30 s.
    last_block = total % MIB or MIB
    assert end - start == pytest.approx((total - last_block) / 5_000_000, rel=1e-9)


def test_uploads_sharing_a_limiter_share_the_rate() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2_000_000, clock=clock)
    # Two uploads ask at the same moment: the second waits for the first one's share.
    assert limiter.reserve(1_000_000) == 0
    assert limiter.reserve(1_000_000) == pytest.approx(0.5)
    clock.now += 0.5
    assert limiter.reserve(1_000_000) == pytest.approx(0.5)
    assert limiter.reserve(1_000_000) == pytest.approx(1.0)


def test_idle_time_earns_only_a_little_credit() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1_000_000, burst_seconds=0.25, clock=clock)
    assert limiter.reserve(100_000) == 0
    clock.now += 60  # a long pause between chunks
    waits = [limiter.reserve(100_000) for _ in range(10)]
    # 0.25 s of credit covers the first 2.5 blocks; then the rate applies again.
    assert waits[:3] == [0, 0, 0]
    assert waits[-1] == pytest.approx(0.65)


def test_no_limit_and_a_changed_limit() -> None:
    clock = FakeClock()
    limiter = RateLimiter(None, clock=clock)
    assert all(limiter.reserve(MIB) == 0 for _ in range(100))
    limiter.bytes_per_second = 1_000_000
    assert limiter.reserve(500_000) == 0
    assert limiter.reserve(500_000) == pytest.approx(0.5)
    limiter.bytes_per_second = 0  # off again
    assert current_rate(limiter) is None
    assert limiter.reserve(10 * MIB) == 0
