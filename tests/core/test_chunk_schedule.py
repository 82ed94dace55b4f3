"""Handing out chunks and cutting the unsent rest again: the rules the server enforces hold for
every layout (contiguous, no overlap, every range but the file's last ≥ 5 MiB, ≤ 200 MiB)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
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
    assert sizes == [8 * MIB, 8 * MIB, 5 * MIB, LAST_CHUNK_SIZE]
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
