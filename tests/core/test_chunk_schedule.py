"""Handing out chunks and cutting the unsent rest again: the rules the server enforces hold for
every layout (contiguous, no overlap, every range but the file's last ≥ 5 MiB, ≤ 200 MiB)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from uploader_gui.core.chunk_schedule import LAST_CHUNK_SIZE, ChunkSchedule, cut
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.limits import MAX_CHUNK_SIZE, MIB, MIN_CHUNK_SIZE


def assert_valid(chunks: tuple[ChunkRange, ...], total: int) -> None:
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert chunks[0].start == 0 and chunks[-1].end == total - 1
    for a, b in itertools.pairwise(chunks):
        assert b.start == a.end + 1
    for c in chunks[:-1]:
        assert MIN_CHUNK_SIZE <= c.size <= MAX_CHUNK_SIZE, c
    assert 0 < chunks[-1].size <= MAX_CHUNK_SIZE


sizes = st.integers(min_value=MIN_CHUNK_SIZE, max_value=MAX_CHUNK_SIZE)


@settings(max_examples=200, deadline=None)
@given(
    total=st.integers(min_value=1, max_value=3 * MAX_CHUNK_SIZE),
    first=sizes,
    second=sizes,
    taken=st.integers(min_value=0, max_value=40),
    small_last=st.booleans(),
)
def test_recut_keeps_the_rules_and_the_chunks_handed_out(
    total: int, first: int, second: int, taken: int, small_last: bool
) -> None:
    schedule = ChunkSchedule(total, first, small_last=small_last)
    handed = []
    for _ in range(taken):
        chunk = schedule.take()
        if chunk is None:
            break
        handed.append(chunk)
    schedule.recut(second)
    chunks = schedule.chunks
    assert_valid(chunks, total)
    for chunk in handed:
        assert chunks[chunk.index] == chunk
    rest = []
    while (chunk := schedule.take()) is not None:
        rest.append(chunk)
    last = schedule.take_last()
    assert last is not None and last.end == total - 1
    assert schedule.take_last() is None
    assert sorted(c.index for c in [*handed, *rest, last]) == list(range(len(chunks)))


@settings(max_examples=200, deadline=None)
@given(
    total=st.integers(min_value=MIN_CHUNK_SIZE, max_value=3 * MAX_CHUNK_SIZE),
    old=sizes,
    new=sizes,
    data=st.data(),
)
def test_resuming_keeps_the_servers_ranges_and_fills_the_gaps(
    total: int, old: int, new: int, data: st.DataObject
) -> None:
    earlier = ChunkSchedule(total, old).chunks
    received = [c for c in earlier if data.draw(st.booleans())]
    schedule = ChunkSchedule.around(total, new, [(c.start, c.end) for c in received])
    chunks = schedule.chunks
    assert_valid(chunks, total)
    kept = {(c.start, c.end) for c in received}
    assert {(chunks[i].start, chunks[i].end) for i in schedule.done} == kept
    # Everything else goes out, and nothing the server has goes again.
    out = []
    while (chunk := schedule.take()) is not None:
        out.append(chunk)
    last = schedule.take_last()
    out += [last] if last else []
    assert not {(c.start, c.end) for c in out} & kept
    assert sum(c.size for c in out) + sum(c.size for c in received) == total


def test_the_last_chunk_is_held_back() -> None:
    schedule = ChunkSchedule(12 * MIB, 5 * MIB)
    assert [c.size for c in schedule.chunks] == [5 * MIB, 5 * MIB, 2 * MIB]
    assert schedule.take() == ChunkRange(0, 0, 5 * MIB - 1)
    assert schedule.take() == ChunkRange(1, 5 * MIB, 10 * MIB - 1)
    assert schedule.take() is None
    assert schedule.take_last() == ChunkRange(2, 10 * MIB, 12 * MIB - 1)


def test_the_last_byte_range_is_kept_small() -> None:
    sizes = [c.size for c in ChunkSchedule(22 * MIB, 8 * MIB, small_last=True).chunks]
    assert sizes == [8 * MIB, 8 * MIB, 6 * MIB - LAST_CHUNK_SIZE, LAST_CHUNK_SIZE]
    # Splitting would leave a chunk under 5 MiB: left as it is.
    sizes = [c.size for c in ChunkSchedule(20 * MIB, 8 * MIB, small_last=True).chunks]
    assert sizes == [8 * MIB, 8 * MIB, 4 * MIB]
    # The part form keeps every part the same size.
    sizes = [c.size for c in ChunkSchedule(22 * MIB, 8 * MIB).chunks]
    assert sizes == [8 * MIB, 8 * MIB, 6 * MIB]


def test_growing_mid_upload_renumbers_only_what_is_unsent() -> None:
    schedule = ChunkSchedule(100 * MIB, 10 * MIB)
    schedule.take()
    schedule.take()
    assert schedule.recut(30 * MIB)
    assert [(c.start // MIB, (c.end + 1) // MIB) for c in schedule.chunks] == [
        (0, 10), (10, 20), (20, 50), (50, 80), (80, 100),
    ]  # fmt: skip
    assert not schedule.recut(30 * MIB)
    small = ChunkSchedule(100 * MIB, 10 * MIB, small_last=True)
    small.take()
    small.recut(30 * MIB)
    assert [(c.start // MIB, (c.end + 1) // MIB) for c in small.chunks] == [
        (0, 10), (10, 40), (40, 70), (70, 99), (99, 100),
    ]  # fmt: skip


def test_a_gap_is_never_cut_into_a_piece_under_the_minimum() -> None:
    # 12 MiB between two ranges the server has, cut at 10 MiB: one 12 MiB chunk, not 10 + 2.
    assert cut(0, 12 * MIB, 10 * MIB, to_end=False) == [(0, 12 * MIB - 1)]
    # At the end of the file a small last piece is fine.
    assert cut(0, 12 * MIB, 10 * MIB, to_end=True) == [(0, 10 * MIB - 1), (10 * MIB, 12 * MIB - 1)]
    # Too long to take along: leave exactly the minimum.
    pieces = cut(0, MAX_CHUNK_SIZE + 2 * MIB, MAX_CHUNK_SIZE, to_end=False)
    assert [b - a + 1 for a, b in pieces] == [MAX_CHUNK_SIZE - 3 * MIB, MIN_CHUNK_SIZE]


# -- the end of the file shared among the connections ------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def simulate(
    total: int,
    chunk_size: int,
    connections: int,
    *,
    share: bool = True,
    speeds: Sequence[float] | None = None,
    latency: float = 0.1,
    lanes: list[int] | None = None,
) -> tuple[float, ChunkSchedule, list[ChunkRange]]:
    """Connections starting together and sending a file through a schedule, on a clock of
    their own: each request costs ``latency`` plus its bytes at the connection's speed (2 MiB/s
    unless ``speeds`` says). Returns when the completing chunk is done, the schedule and the
    chunks in the order they were handed out (``lanes`` gets the connection of each). Every
    layout seen on the way keeps the API's rules and the chunks already handed out."""
    clock = FakeClock()
    schedule = ChunkSchedule(total, chunk_size, small_last=True, clock=clock)
    speed = speeds or [2 * MIB] * connections
    handed: list[ChunkRange] = []
    # (time free, connection, chunk just finished)
    queue: list[tuple[float, int, ChunkRange | None]] = [(0.0, n, None) for n in range(connections)]
    end = 0.0
    while queue:
        queue.sort(key=lambda item: (item[0], item[1]))
        at, n, finished = queue.pop(0)
        clock.now = at
        if finished is not None:
            schedule.acknowledged(finished.index)
            end = max(end, at)
        chunk = schedule.take(connections if share else 1, n)
        layout = schedule.chunks
        assert_valid(layout, total)
        assert all(layout[c.index] == c for c in handed)
        if chunk is not None:
            handed.append(chunk)
            if lanes is not None:
                lanes.append(n)
            queue.append((at + latency + chunk.size / speed[n], n, chunk))
    last = schedule.take_last()
    if last is not None:
        handed.append(last)
        end += latency + last.size / max(speed)
    assert sorted(c.index for c in handed) == list(range(len(schedule.chunks)))
    return end, schedule, handed


def test_idle_connections_at_the_end_get_a_share() -> None:
    """100 MiB in 16 MiB chunks on four connections: after the first round, 36 MiB are left;
    in 16 MiB chunks two connections would wait while two send, then 4 MiB would go alone.
    Cut in four, they all finish together."""
    end, _, handed = simulate(100 * MIB, 16 * MIB, 4)
    sizes = [c.size for c in handed]
    assert sizes[:4] == [16 * MIB] * 4
    assert all(abs(s - 9 * MIB) < MIB for s in sizes[4:8])
    assert sizes[8:] == [LAST_CHUNK_SIZE]
    # Two rounds of requests and the completing one, the bytes at four times one's speed.
    ideal = 100 * MIB / (4 * 2 * MIB) + 3 * 0.1
    assert end <= ideal + 0.1
    old_end, _, _ = simulate(100 * MIB, 16 * MIB, 4, share=False)
    assert old_end > ideal + 5


def test_a_file_smaller_than_one_round_is_cut_for_every_connection() -> None:
    _, schedule, handed = simulate(40 * MIB, 16 * MIB, 4)
    assert len(handed) == 5
    assert all(abs(c.size - 10 * MIB) < MIB for c in handed[:4])
    assert schedule.useful_connections(4) == 1  # nothing left
    fresh = ChunkSchedule(40 * MIB, 16 * MIB, small_last=True)
    assert fresh.useful_connections(4) == 4  # the 16 MiB layout alone would keep only three
    assert fresh.useful_connections(8) == 7  # as many pieces of 5 MiB as fit before the last
    assert ChunkSchedule(40 * MIB, 16 * MIB).useful_connections(4) == 2  # parts stay as laid out


@settings(max_examples=60, deadline=None)
# Two minimum pieces and a byte: a 64 KiB completing chunk would leave room for one piece only.
@example(total=10 * MIB + 1, chunk=MIN_CHUNK_SIZE, connections=2)
@given(
    total=st.integers(min_value=1, max_value=700 * MIB),
    chunk=st.integers(min_value=MIN_CHUNK_SIZE, max_value=64 * MIB),
    connections=st.integers(min_value=1, max_value=8),
)
def test_sharing_the_end_keeps_the_rules_and_never_loses_time(
    total: int, chunk: int, connections: int
) -> None:
    """Whatever the file, chunk size and number of connections, every layout on the way is
    valid and keeps the chunks handed out (checked in ``simulate``), and the file is done no
    later than with chunks handed out as first laid out, give or take a request's latency."""
    end, _, _ = simulate(total, chunk, connections)
    old_end, _, _ = simulate(total, chunk, connections, share=False)
    assert end <= old_end + 0.1


def test_a_faster_connection_is_given_more() -> None:
    """Speeds are learnt per connection: one going at half the others' speed gets a smaller
    share of the end, so all four finish together."""
    speeds = [MIB, 2 * MIB, 2 * MIB, 2 * MIB]
    lanes: list[int] = []
    end, _, handed = simulate(170 * MIB, 16 * MIB, 4, speeds=speeds, lanes=lanes)
    last_pieces = {lane: chunk.size for lane, chunk in zip(lanes, handed, strict=False)}
    slow, fast = last_pieces[0], [last_pieces[lane] for lane in (1, 2, 3)]
    assert slow < min(fast) - 4 * MIB
    # Seven MiB/s in all: the bytes alone take 24.3 s.
    assert end < 170 / 7 * 1.03
    old_end, _, _ = simulate(170 * MIB, 16 * MIB, 4, speeds=speeds, share=False)
    assert old_end > end + 5


def test_a_slow_connection_stops_before_the_very_end() -> None:
    """When the one slow connection frees up with 16.5 MiB left and the others are about to,
    it takes none: at half their speed even the smallest piece would finish last."""
    speeds = [MIB, 2 * MIB, 2 * MIB, 2 * MIB]
    lanes: list[int] = []
    end, _, _ = simulate(130 * MIB, 16 * MIB, 4, speeds=speeds, lanes=lanes)
    assert lanes.count(0) == 1  # its first chunk only
    assert end < 130 / 7 * 1.05
    old_end, _, _ = simulate(130 * MIB, 16 * MIB, 4, speeds=speeds, share=False)
    assert old_end > end + 10


def test_what_the_chunks_in_flight_still_have_to_send_counts() -> None:
    """The first chunk acknowledged gives the speed. When the other three started at the same
    time, what is left is cut evenly; when they started later (a retry), the connection asking
    takes more, since they still have half their chunk to send."""
    for restarted, first in ((0.0, 9 * MIB), (4.0, 15 * MIB)):
        clock = FakeClock()
        schedule = ChunkSchedule(100 * MIB, 16 * MIB, small_last=True, clock=clock)
        taken = [schedule.take(4, lane) for lane in range(4)]
        assert all(c is not None and c.size == 16 * MIB for c in taken)
        clock.now = restarted
        for index in (1, 2, 3):
            schedule.sending(index)
        clock.now = 8.0
        before = schedule.revision
        schedule.acknowledged(0)
        chunk = schedule.take(4, 0)
        assert chunk is not None and chunk.index == 4
        assert abs(chunk.size - first) < MIB // 4
        assert schedule.revision == before + 1


def test_an_end_sent_within_a_second_is_left_as_laid_out() -> None:
    """On a fast link the uneven end costs less than more requests and a new layout."""
    speeds = [100 * MIB] * 4
    end, schedule, _ = simulate(1024 * MIB, 50 * MIB, 4, speeds=speeds, latency=0.001)
    assert schedule.revision == 0
    assert end < 1024 / 400 + 0.5
    # The same file on a slow link gets its end shared out.
    _, slow, _ = simulate(1024 * MIB, 50 * MIB, 4)
    assert slow.revision > 0


def test_a_fixed_layout_is_never_cut_again() -> None:
    plan = ChunkSchedule(40 * MIB, 16 * MIB).chunks
    schedule = ChunkSchedule.from_plan(40 * MIB, plan, [])
    taken = [schedule.take(4), schedule.take(4)]
    assert taken == list(plan[:2])
    assert schedule.take(4) is None
    assert schedule.chunks == plan and schedule.revision == 0


def test_a_resume_shares_only_an_end_with_nothing_of_the_servers_in_it() -> None:
    # The server holds 10-20 MiB: what lies before it goes as laid out.
    schedule = ChunkSchedule.around(40 * MIB, 16 * MIB, [(10 * MIB, 20 * MIB - 1)])
    before = schedule.chunks
    first = schedule.take(4)
    assert first is not None and first.size == 10 * MIB
    assert schedule.chunks == before
    # Past it, the rest of the file is shared out.
    second = schedule.take(4)
    assert second is not None and second.start == 20 * MIB
    assert second.size < 16 * MIB and schedule.chunks != before
