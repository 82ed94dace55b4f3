"""Sharing the end of a file among the connections: the pieces keep api.video's rules and bring
the connections to the earliest common finish that those rules allow."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from uploader_gui.core.chunk_tail import Lane, tail_shares
from uploader_gui.core.limits import MIB, MIN_CHUNK_SIZE

FREE = Lane(0.0, 1.0)


def busy(*lefts: int) -> list[Lane]:
    """Connections going at one byte per second (so seconds are bytes) with ``lefts`` to go."""
    return [Lane(float(left), 1.0) for left in lefts]


def finish(pieces: list[int], others: list[Lane], asking: Lane = FREE) -> float:
    """When the last connection is done: the one asking takes ``pieces[0]``, the others take
    the rest in the order they free up; those without a piece finish what they have."""
    lanes = sorted(others, key=lambda lane: lane.busy_for)
    ends = [asking.ready(pieces[0])]
    rest = iter(pieces[1:])
    ends += [lane.ready(next(rest, 0)) for lane in lanes]
    return max(ends)


def best_finish(remaining: int, lefts: list[int], minimum: int) -> int:
    """The earliest finish any cut allows, for connections at one unit per second, found by
    trying every set of connections taking a piece and every finishing line."""
    for line in range(remaining + max(lefts) + 1):
        for k in range(1, len(lefts) + 1):
            for takers in combinations(range(len(lefts)), k):
                if 0 not in takers:
                    continue  # the one asking (free, first) always takes its piece
                room = [line - lefts[i] for i in takers]
                idle = [lefts[i] for i in range(len(lefts)) if i not in takers]
                if min(room) < minimum or any(left > line for left in idle):
                    continue
                if k * minimum <= remaining <= sum(room):
                    return line
    raise AssertionError("no cut at all")


def test_idle_connections_share_what_is_left_evenly() -> None:
    assert tail_shares(40 * MIB, FREE, busy(0, 0, 0)) == [10 * MIB] * 4
    # Rounding goes to the connection asking now.
    assert tail_shares(40 * MIB + 3, FREE, busy(0, 0, 0)) == [10 * MIB + 3] + [10 * MIB] * 3


def test_the_round_already_in_flight_leaves_the_rest_to_the_one_asking() -> None:
    # Three connections just started 16 MiB each: the fourth takes all of the last 16 MiB.
    assert tail_shares(16 * MIB, FREE, busy(16 * MIB, 16 * MIB, 16 * MIB)) == [16 * MIB]


def test_connections_that_free_up_later_take_less() -> None:
    # Others have 4, 8 and 8 MiB left; 12 MiB are to share. Three pieces would need 15 MiB;
    # two bring everyone home by 9 MiB: 7 for the one asking, the 5 MiB minimum for the next.
    assert tail_shares(12 * MIB, FREE, busy(8 * MIB, 4 * MIB, 8 * MIB)) == [7 * MIB, 5 * MIB]
    # Others have 4, 8 and 12 MiB left; 24 MiB are to share. The one with 8 left takes the
    # minimum and finishes last, at 13; the one asking and the one with 4 left are done at 11.5.
    shares = tail_shares(24 * MIB, FREE, busy(4 * MIB, 8 * MIB, 12 * MIB))
    assert shares == [23 * MIB // 2, 15 * MIB // 2, 5 * MIB]


def test_a_faster_connection_takes_more() -> None:
    # 30 MiB between the one asking (1 MiB/s) and an idle one twice as fast: 10 and 20 MiB.
    shares = tail_shares(30 * MIB, Lane(0.0, MIB), [Lane(0.0, 2 * MIB)])
    assert shares == [10 * MIB, 20 * MIB]
    # The same, the fast one still busy for 5 s: both are done 13 1/3 s from now, with
    # 13 1/3 and 16 2/3 MiB.
    first, second = tail_shares(30 * MIB, Lane(0.0, MIB), [Lane(5.0, 2 * MIB)])
    assert abs(first - 40 * MIB / 3) <= 2 and first + second == 30 * MIB


def test_a_slow_connection_at_the_very_end_takes_nothing() -> None:
    """At 0.5 MiB/s the one asking would need 10 s for the smallest piece; a connection at
    5 MiB/s, free in a second, sends all 10 MiB within 3 s. Unless nobody else is sure to come
    back for them (``may_pass``)."""
    slow, fast = Lane(0.0, MIB / 2), Lane(1.0, 5 * MIB)
    assert tail_shares(10 * MIB, slow, [fast]) == [0, 10 * MIB]
    assert tail_shares(10 * MIB, slow, [fast], may_pass=False) == [5 * MIB, 5 * MIB]
    # A little slower is no reason to stop: speeds are estimates.
    assert tail_shares(10 * MIB, Lane(0.0, 0.9 * MIB), [Lane(0.0, MIB)])[0] > 0


def test_a_connection_busy_beyond_the_finish_gets_nothing() -> None:
    assert tail_shares(15 * MIB, FREE, busy(0, 0, 30 * MIB)) == [5 * MIB] * 3


def test_too_little_to_cut_is_one_piece() -> None:
    assert tail_shares(2 * MIN_CHUNK_SIZE - 1, FREE, busy(0, 0, 0)) == [2 * MIN_CHUNK_SIZE - 1]
    assert tail_shares(3 * MIB, FREE, busy(0)) == [3 * MIB]
    assert tail_shares(40 * MIB, FREE, []) == [40 * MIB]


def test_the_count_of_pieces_can_be_capped() -> None:
    assert tail_shares(40 * MIB, FREE, busy(0, 0, 0), max_pieces=2) == [20 * MIB] * 2
    assert tail_shares(40 * MIB, FREE, busy(0, 0, 0), max_pieces=0) == [40 * MIB]


lanes = st.builds(
    Lane,
    busy_for=st.floats(min_value=0, max_value=300.0),
    speed=st.floats(min_value=0.1 * MIB, max_value=100 * MIB),
)


@settings(max_examples=300, deadline=None)
@given(
    remaining=st.integers(min_value=1, max_value=300 * MIB),
    asking_speed=st.floats(min_value=0.1 * MIB, max_value=100 * MIB),
    others=st.lists(lanes, max_size=15),
    cap=st.none() | st.integers(min_value=0, max_value=16),
)
def test_pieces_keep_the_rules(
    remaining: int, asking_speed: float, others: list[Lane], cap: int | None
) -> None:
    pieces = tail_shares(remaining, Lane(0.0, asking_speed), others, max_pieces=cap)
    assert sum(pieces) == remaining
    taken = pieces if pieces[0] else pieces[1:]  # a first 0: the one asking takes nothing
    assert 1 <= len(taken) <= max(1, min(1 + len(others), 16 if cap is None else cap))
    if len(taken) > 1:
        assert all(p >= MIN_CHUNK_SIZE for p in taken)
    assert tail_shares(remaining, Lane(0.0, asking_speed), others, may_pass=False)[0] > 0


@settings(max_examples=300, deadline=None)
@given(
    remaining=st.integers(min_value=5, max_value=40),
    lefts=st.lists(st.integers(min_value=0, max_value=25), max_size=3),
)
def test_no_cut_finishes_earlier(remaining: int, lefts: list[int]) -> None:
    """Connections of one speed, in units where the minimum piece is 5: they are done no later
    than with the best cut there is (give or take the rounding, a unit per piece)."""
    pieces = tail_shares(remaining, FREE, busy(*lefts), minimum=5)
    assert sum(pieces) == remaining
    if len(pieces) > 1:
        assert min(pieces) >= 5
    best = best_finish(remaining, [0, *lefts], 5)
    assert finish(pieces, busy(*lefts)) <= best + len(pieces) - 1
