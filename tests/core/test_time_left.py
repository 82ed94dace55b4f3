"""One estimate for each file's time left and the queue's: the last file ends when the queue
does, whatever the speeds and the files still waiting."""

from __future__ import annotations

import random

import pytest

from uploader_gui.core.time_left import Sending, estimate


def test_one_file_alone_takes_its_bytes_over_its_speed() -> None:
    left = estimate([Sending(1000, 10.0)])
    assert left.per_file[0] == pytest.approx(100.0) and left.total == pytest.approx(100.0)


def test_a_file_speeds_up_when_the_other_finishes_and_agrees_with_the_total() -> None:
    # Alone, the slower file would say 171 s while the queue says 115.5 s: the first file
    # finishes at 60 s and hands its speed to the second.
    left = estimate([Sending(60, 1.0), Sending(171, 1.0)])
    first, second = left.per_file
    assert first == pytest.approx(60.0)
    assert second == pytest.approx(115.5) == left.total


def test_a_waiting_file_takes_the_slot_of_the_first_to_finish() -> None:
    left = estimate([Sending(100, 10.0), Sending(400, 10.0)], [100])
    # The first ends at 10 s; the waiting file takes its 10 B/s and ends at 20 s; then the
    # second file, 400 - 200 = 200 B left, has all 20 B/s: 10 s more.
    assert left.per_file[0] == pytest.approx(10.0)
    assert left.per_file[1] == pytest.approx(30.0)
    assert left.total == pytest.approx(30.0)


def test_without_any_speed_there_is_no_estimate() -> None:
    left = estimate([Sending(100, 0.0), Sending(50, 0.0)], [10])
    assert left.per_file == (None, None) and left.total is None
    assert estimate([]).total is None


def test_a_file_without_speed_yet_gets_a_time_from_the_others() -> None:
    left = estimate([Sending(100, 10.0), Sending(100, 0.0)])
    assert left.per_file[0] == pytest.approx(10.0)
    assert left.per_file[1] == pytest.approx(20.0) == left.total


def test_many_random_queues_never_promise_a_file_after_the_queue() -> None:
    rng = random.Random(17)
    for _ in range(300):
        sending = [
            Sending(rng.randrange(0, 10**9), rng.choice([0.0, rng.uniform(1e4, 1e7)]))
            for _ in range(rng.randrange(1, 6))
        ]
        waiting = [rng.randrange(0, 10**9) for _ in range(rng.randrange(0, 8))]
        left = estimate(sending, waiting)
        if left.total is None:
            assert all(s.speed <= 0 for s in sending)
            continue
        times = [t for t in left.per_file if t is not None]
        assert len(times) == len(sending)
        assert max(times) <= left.total * (1 + 1e-9)
        if not waiting and all(s.speed > 0 for s in sending):
            assert max(times) == pytest.approx(left.total)
