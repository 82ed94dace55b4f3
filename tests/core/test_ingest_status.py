"""Reading /status: which chunks the server holds, and when the file counts as complete."""

from __future__ import annotations

from typing import Any

from uploader_gui.core.chunk_plan import plan_chunks
from uploader_gui.core.ingest_status import (
    chunks_received,
    guess_chunk_size,
    guess_part_size,
    is_complete,
    parts_match,
    received_ranges,
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
