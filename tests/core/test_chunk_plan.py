"""The chunk planner: every byte exactly once, within api.video's bounds, for any size."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uploader_gui.core.chunk_plan import content_range, effective_chunk_size, plan_chunks
from uploader_gui.core.errors import InvalidInputError
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.limits import (
    GIB,
    MAX_CHUNK_SIZE,
    MAX_PARTS,
    MAX_TOTAL_BYTES,
    MIB,
    MIN_CHUNK_SIZE,
)
from uploader_gui.core.reasons import Why

sizes = st.integers(min_value=1, max_value=50_000_000_000)
wishes = st.integers(min_value=1, max_value=400 * MIB)


@given(sizes, wishes)
def test_ranges_cover_the_file_exactly_once(total: int, wished: int) -> None:
    plan = plan_chunks(total, wished)
    assert plan[0].start == 0
    assert plan[-1].end == total - 1
    for before, after in itertools.pairwise(plan):
        assert after.start == before.end + 1
    assert sum(c.size for c in plan) == total
    assert [c.index for c in plan] == list(range(len(plan)))


@given(sizes, wishes)
def test_sizes_and_count_stay_within_the_limits(total: int, wished: int) -> None:
    plan = plan_chunks(total, wished)
    assert len(plan) <= MAX_PARTS
    for chunk in plan[:-1]:
        assert MIN_CHUNK_SIZE <= chunk.size <= MAX_CHUNK_SIZE
    assert 1 <= plan[-1].size <= MAX_CHUNK_SIZE


@given(sizes, wishes)
def test_a_file_within_one_chunk_is_one_request(total: int, wished: int) -> None:
    plan = plan_chunks(total, wished)
    assert (len(plan) == 1) == (total <= effective_chunk_size(total, wished))


def test_wished_size_is_kept_when_legal() -> None:
    plan = plan_chunks(12 * MIB, 5 * MIB)
    assert [c.size for c in plan] == [5 * MIB, 5 * MIB, 2 * MIB]


def test_too_small_and_too_large_wishes_are_clamped() -> None:
    assert effective_chunk_size(GIB, 1) == MIN_CHUNK_SIZE
    assert effective_chunk_size(GIB, GIB) == MAX_CHUNK_SIZE


def test_chunk_size_grows_when_parts_would_exceed_the_limit() -> None:
    # 10,001 minimum-size chunks would be one too many: the size grows in whole MiB.
    # (Only reachable beyond the bytes-form total limit, so the planner itself refuses it.)
    total = MIN_CHUNK_SIZE * MAX_PARTS + 1
    assert effective_chunk_size(total, MIN_CHUNK_SIZE) == 6 * MIB
    assert effective_chunk_size(MIN_CHUNK_SIZE * MAX_PARTS, MIN_CHUNK_SIZE) == MIN_CHUNK_SIZE


def test_thirty_gib_at_minimum_chunks() -> None:
    plan = plan_chunks(30 * GIB, MIN_CHUNK_SIZE)
    assert len(plan) == 6144


@pytest.mark.parametrize("total", [0, -1])
def test_empty_file_is_refused_in_words(total: int) -> None:
    with pytest.raises(InvalidInputError) as refused:
        plan_chunks(total, MIN_CHUNK_SIZE)
    assert refused.value.reason.why is Why.FILE_EMPTY


def test_file_beyond_the_api_limit_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="file_too_large"):
        plan_chunks(MAX_TOTAL_BYTES + 1, MAX_CHUNK_SIZE)


def test_content_range_forms() -> None:
    chunk = ChunkRange(index=1, start=5 * MIB, end=10 * MIB - 1)
    assert content_range(chunk, 12 * MIB, 3, "bytes") == "bytes 5242880-10485759/12582912"
    assert content_range(chunk, 12 * MIB, 3, "part") == "part 2/3"
    assert content_range(chunk, 12 * MIB, None, "part") == "part 2/*"
    whole = plan_chunks(1000, MIN_CHUNK_SIZE)[0]
    assert content_range(whole, 1000, 1, "bytes") == "bytes 0-999/1000"
