"""Reading /status: which chunks the server holds, and when the file counts as complete."""

from __future__ import annotations

from typing import Any

import pytest

from uploader_gui.core.chunk_plan import plan_chunks
from uploader_gui.core.ingest_status import (
    chunks_received,
    guess_chunk_size,
    guess_part_size,
    is_complete,
    parts_match,
    received_chunks,
    received_ranges,
    reported_size,
)
from uploader_gui.core.limits import MIB

TOTAL = 12 * MIB
PLAN = plan_chunks(TOTAL, 5 * MIB)


def status(ranges: list[tuple[int, int]], **ingest: Any) -> dict[str, Any]:
    received = [{"from": a, "to": b, "total": TOTAL} for a, b in ranges]
    return {"ingest": {"status": "uploading", "receivedBytes": received, **ingest}}


def test_ranges_are_sorted_and_merged() -> None:
    s = status([(5 * MIB, 10 * MIB - 1), (0, 5 * MIB - 1), (11 * MIB, 12 * MIB - 1)])
    assert received_ranges(s) == [(0, 10 * MIB - 1), (11 * MIB, 12 * MIB - 1)]


def test_chunks_received_by_byte_range() -> None:
    s = status([(0, 5 * MIB - 1), (10 * MIB, TOTAL - 1)])
    assert chunks_received(s, PLAN) == {0, 2}


def test_chunks_received_by_part_number() -> None:
    s = {"ingest": {"receivedParts": {"parts": [2, 3], "total": 3}}}
    assert chunks_received(s, PLAN) == {1, 2}


def test_a_partly_covered_chunk_is_not_received() -> None:
    s = status([(0, 5 * MIB - 2)])
    assert chunks_received(s, PLAN) == frozenset()


def test_nothing_yet() -> None:
    assert chunks_received({}, PLAN) == frozenset()
    assert chunks_received({"ingest": None}, PLAN) == frozenset()
    assert not is_complete({}, TOTAL, PLAN)


def test_complete_needs_every_byte_and_the_right_size() -> None:
    whole = [(0, TOTAL - 1)]
    assert is_complete(status(whole, filesize=TOTAL), TOTAL, PLAN)
    assert not is_complete(status(whole, filesize=TOTAL + 1), TOTAL, PLAN)
    assert not is_complete(status([(0, TOTAL - 2)]), TOTAL, PLAN)
    parts = {"ingest": {"receivedParts": {"parts": [1, 2, 3], "total": 3}}}
    assert is_complete(parts, TOTAL, PLAN)
    assert not is_complete({"ingest": {"receivedParts": {"parts": [1, 3]}}}, TOTAL, PLAN)


def test_guess_chunk_size_from_the_first_range() -> None:
    assert guess_chunk_size(status([(0, 8 * MIB - 1)]), TOTAL) == 8 * MIB
    assert guess_chunk_size(status([(0, TOTAL - 1)]), TOTAL) is None
    assert guess_chunk_size(status([(5 * MIB, 10 * MIB - 1)]), TOTAL) is None


def merged_parts(parts: list[int], ranges: list[tuple[int, int]]) -> dict[str, Any]:
    """A part upload as a server that merges neighbouring parts reports it."""
    return status(ranges, receivedParts={"parts": parts, "total": None})


def test_merged_parts_fit_their_own_part_size_only() -> None:
    # Parts 1 and 2 of 5 MiB arrived: one merged range of 10 MiB.
    s = merged_parts([1, 2], [(0, 10 * MIB - 1)])
    assert parts_match(s, PLAN)
    assert not parts_match(s, plan_chunks(TOTAL, 10 * MIB))
    assert guess_part_size(s, TOTAL) == 5 * MIB
    assert guess_chunk_size(s, TOTAL) == 10 * MIB  # the first range alone misleads
    assert not parts_match(merged_parts([4], [(0, MIB)]), PLAN)  # no part 4 in three


def test_part_size_needs_parts_from_one() -> None:
    assert guess_part_size(merged_parts([2], [(5 * MIB, 10 * MIB - 1)]), TOTAL) is None
    assert guess_part_size(merged_parts([1, 2, 3], [(0, TOTAL - 1)]), TOTAL) is None


def test_part_numbers_never_outvote_missing_bytes() -> None:
    """Parts 1 and 2 counted in a 10 MiB layout look like a whole file; the bytes say not."""
    s = merged_parts([1, 2], [(0, 10 * MIB - 1)])
    assert not is_complete(s, TOTAL, plan_chunks(TOTAL, 10 * MIB))
    wrong_total = {"ingest": {"receivedParts": {"parts": [1, 2], "total": 3}}}
    assert not is_complete(wrong_total, TOTAL, plan_chunks(TOTAL, 10 * MIB))


# -- both shapes of receivedBytes ----------------------------------------------------------------
# api.video's reference lists one range per stored chunk; a server may also merge neighbours.
# Every reading must come out the same whichever shape, order or overlap the server uses.

FIRST_TWO = [(0, 5 * MIB - 1), (5 * MIB, 10 * MIB - 1)]
ALL_THREE = [*FIRST_TWO, (10 * MIB, TOTAL - 1)]

#: The first two chunks held, as servers may list them.
TWO_HELD = {
    "per chunk": FIRST_TWO,
    "merged": [(0, 10 * MIB - 1)],
    "per chunk, out of order": FIRST_TWO[::-1],
    "overlapping": [(4 * MIB, 10 * MIB - 1), (0, 6 * MIB - 1)],
    "listed twice": FIRST_TWO + FIRST_TWO,
}
#: The whole file held.
ALL_HELD = {
    "per chunk": ALL_THREE,
    "merged": [(0, TOTAL - 1)],
    "per chunk, out of order": [ALL_THREE[2], ALL_THREE[0], ALL_THREE[1]],
    "overlapping": [(0, 6 * MIB - 1), (9 * MIB, TOTAL - 1), (5 * MIB, 10 * MIB - 1)],
}


@pytest.mark.parametrize("ranges", TWO_HELD.values(), ids=TWO_HELD.keys())
def test_a_partial_upload_reads_the_same_in_every_shape(ranges: list[tuple[int, int]]) -> None:
    s = status(ranges)
    assert received_ranges(s) == [(0, 10 * MIB - 1)]
    assert chunks_received(s, PLAN) == {0, 1}
    assert not is_complete(s, TOTAL, PLAN)


@pytest.mark.parametrize("ranges", ALL_HELD.values(), ids=ALL_HELD.keys())
def test_a_complete_upload_reads_the_same_in_every_shape(ranges: list[tuple[int, int]]) -> None:
    s = status(ranges, filesize=TOTAL)
    assert received_ranges(s) == [(0, TOTAL - 1)]
    assert chunks_received(s, PLAN) == {0, 1, 2}
    assert is_complete(s, TOTAL, PLAN)
    # A hole is a hole in any shape.
    holed = [r for r in ranges if r != (5 * MIB, 10 * MIB - 1)]
    if holed != ranges:
        assert not is_complete(status(holed), TOTAL, PLAN)


def test_received_chunks_keeps_each_listed_chunk_but_merges_overlaps() -> None:
    assert received_chunks(status(FIRST_TWO[::-1])) == FIRST_TWO
    assert received_chunks(status([(0, 10 * MIB - 1)])) == [(0, 10 * MIB - 1)]
    overlapping = status([(4 * MIB, 10 * MIB - 1), (0, 6 * MIB - 1)])
    assert received_chunks(overlapping) == [(0, 10 * MIB - 1)]


def test_the_chunk_size_shows_in_the_per_chunk_shape_whatever_the_order() -> None:
    assert guess_chunk_size(status(ALL_THREE[::-1]), TOTAL) == 5 * MIB
    assert guess_chunk_size(status(FIRST_TWO[::-1]), TOTAL) == 5 * MIB


# -- part uploads in both shapes ---------------------------------------------------------------

BIG = 23 * MIB  # five parts of 5 MiB, the last 3 MiB
BIG_PLAN = plan_chunks(BIG, 5 * MIB)


def parts_status(parts: list[int], ranges: list[tuple[int, int]]) -> dict[str, Any]:
    received = [{"from": a, "to": b} for a, b in ranges]
    return {"ingest": {"receivedBytes": received, "receivedParts": {"parts": parts}}}


@pytest.mark.parametrize(
    "ranges",
    [FIRST_TWO, [(0, 10 * MIB - 1)], FIRST_TWO[::-1]],
    ids=["per chunk", "merged", "per chunk, out of order"],
)
def test_parts_fit_their_size_in_either_shape(ranges: list[tuple[int, int]]) -> None:
    s = parts_status([2, 1], ranges)
    assert parts_match(s, BIG_PLAN)
    assert not parts_match(s, plan_chunks(BIG, 10 * MIB))
    assert guess_part_size(s, BIG) == 5 * MIB
    assert chunks_received(s, BIG_PLAN) == {0, 1}


@pytest.mark.parametrize(
    "ranges",
    [FIRST_TWO, [(0, 10 * MIB - 1)], [(15 * MIB, 20 * MIB - 1), *FIRST_TWO]],
    ids=["per chunk", "merged", "the part after the hole listed too"],
)
def test_parts_after_a_hole_may_go_unlisted_in_the_ranges(ranges: list[tuple[int, int]]) -> None:
    """Parts 1, 2 and 4 held: part 4's offset is unknown to a server until part 3 is here, so
    it may list only the run from part 1. The record still fits the 5 MiB layout."""
    s = parts_status([1, 2, 4], ranges)
    assert parts_match(s, BIG_PLAN)
    assert chunks_received(s, BIG_PLAN) == {0, 1, 3}
    assert guess_part_size(s, BIG) == 5 * MIB
    assert not is_complete(s, BIG, BIG_PLAN)


def test_ranges_that_are_not_whole_listed_parts_do_not_fit() -> None:
    # The run from part 1 must be listed whole: parts 1 and 2 are 0-10 MiB in 5 MiB parts.
    assert not parts_match(parts_status([1, 2], [(0, 5 * MIB - 1)]), BIG_PLAN)
    # A range over a part the server does not list.
    assert not parts_match(parts_status([1, 3], [(0, 15 * MIB - 1)]), BIG_PLAN)
    # A range that ends inside a part.
    assert not parts_match(parts_status([1, 2], [(0, 7 * MIB - 1)]), BIG_PLAN)
    # Parts after a hole listed, but their range is not where they would be.
    assert not parts_match(parts_status([1, 3], [(0, 5 * MIB - 1), (9 * MIB, 14 * MIB)]), BIG_PLAN)


def test_reported_size_is_the_filesize_else_the_end_of_the_ranges() -> None:
    assert reported_size({"ingest": {"filesize": 12}}) == 12
    ranges = [{"from": 0, "to": 9}, {"from": 10, "to": 19}]
    assert reported_size({"ingest": {"receivedBytes": ranges}}) == 20
    assert reported_size({"ingest": {"filesize": "12"}}) is None
    assert reported_size({"ingest": {"filesize": -1}}) is None
    assert reported_size({"ingest": None}) is None
    assert reported_size({}) is None
