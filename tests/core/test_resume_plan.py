"""Planning the rest of an upload from what the server (or the caller's record) holds."""

from __future__ import annotations

from typing import Any

import pytest

from uploader_gui.core.chunk_schedule import ChunkSchedule
from uploader_gui.core.errors import InvalidInputError
from uploader_gui.core.resume_plan import part_layout, plan_from_known, plan_from_status

MIB = 2**20
SIZE = 23 * MIB  # 5 MiB chunks: four whole ones and 3 MiB


def status(ranges: list[tuple[int, int]], parts: list[int] | None = None) -> dict[str, Any]:
    ingest: dict[str, Any] = {"receivedBytes": [{"from": a, "to": b} for a, b in ranges]}
    if parts is not None:
        ingest["receivedParts"] = {"parts": parts}
    return {"ingest": ingest}


def fresh(chunk: int = 5 * MIB) -> ChunkSchedule:
    return ChunkSchedule(SIZE, chunk, small_last=True)


def left(schedule: ChunkSchedule) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in schedule.chunks if c.index not in schedule.done]


def test_nothing_received_keeps_the_fresh_plan_and_form() -> None:
    schedule = fresh()
    plan = plan_from_status(status([]), SIZE, 5 * MIB, schedule, "bytes")
    assert plan.schedule is schedule and plan.form == "bytes" and not plan.fixed_layout


def test_byte_ranges_are_kept_and_only_the_gaps_are_sent() -> None:
    held = [(0, 5 * MIB - 1), (10 * MIB, 12 * MIB - 1)]  # a chunk of another size in the middle
    plan = plan_from_status(status(held), SIZE, 5 * MIB, fresh(), "part")
    assert plan.form == "bytes" and not plan.fixed_layout
    gaps = left(plan.schedule)
    assert gaps[0][0] == 5 * MIB and gaps[-1][1] == SIZE - 1
    for a, b in gaps:  # nothing the server holds is sent again, every other byte is
        assert all(b < x or a > y for x, y in held)
    assert sum(b - a + 1 for a, b in gaps) == SIZE - 7 * MIB


def test_parts_continue_in_the_part_form_with_their_size() -> None:
    # Started with 6 MiB parts; the caller now asks for 5 MiB: parts keep their numbering.
    held = status([(0, 12 * MIB - 1)], parts=[1, 2])
    plan = plan_from_status(held, SIZE, 5 * MIB, fresh(), "bytes")
    assert plan.form == "part" and plan.fixed_layout
    assert left(plan.schedule)[0] == (12 * MIB, 18 * MIB - 1)


def test_a_part_record_that_fits_no_size_is_refused() -> None:
    odd = status([(0, 7 * MIB - 1), (9 * MIB, 10 * MIB)], parts=[1, 3])
    with pytest.raises(InvalidInputError, match="parts_unknown"):
        part_layout(odd, SIZE, 5 * MIB)


def test_an_upload_token_resumes_from_the_callers_record() -> None:
    known = [(0, 5 * MIB - 1), (-4, 3), (SIZE, SIZE + 9)]  # impossible ranges are ignored
    schedule = plan_from_known(known, SIZE, 5 * MIB, fresh(), "bytes")
    assert left(schedule)[0][0] == 5 * MIB
    parts = plan_from_known([(0, 7 * MIB)], SIZE, 5 * MIB, fresh(), "part")
    # Only whole parts of the usual layout count: the first, not the partial second.
    assert left(parts)[0] == (5 * MIB, 10 * MIB - 1)


# -- both shapes of receivedBytes ----------------------------------------------------------------

PER_CHUNK = [(0, 5 * MIB - 1), (5 * MIB, 10 * MIB - 1), (15 * MIB, 20 * MIB - 1)]
BYTE_SHAPES = {
    "per chunk": PER_CHUNK,
    "merged": [(0, 10 * MIB - 1), (15 * MIB, 20 * MIB - 1)],
    "per chunk, out of order": [PER_CHUNK[2], PER_CHUNK[0], PER_CHUNK[1]],
    "overlapping": [(15 * MIB, 20 * MIB - 1), (0, 6 * MIB - 1), (4 * MIB, 10 * MIB - 1)],
}


@pytest.mark.parametrize("ranges", BYTE_SHAPES.values(), ids=BYTE_SHAPES.keys())
def test_a_byte_upload_resumes_the_same_in_every_shape(ranges: list[tuple[int, int]]) -> None:
    plan = plan_from_status(status(ranges), SIZE, 5 * MIB, fresh(), "bytes")
    assert plan.form == "bytes" and not plan.fixed_layout
    gaps = left(plan.schedule)
    assert gaps[0] == (10 * MIB, 15 * MIB - 1)
    assert gaps[1][0] == 20 * MIB and gaps[-1][1] == SIZE - 1
    assert sum(b - a + 1 for a, b in gaps) == SIZE - 15 * MIB
    done = [(c.start, c.end) for c in plan.schedule.chunks if c.index in plan.schedule.done]
    assert sum(b - a + 1 for a, b in done) == 15 * MIB


PART_SHAPES = {
    "per chunk": [(0, 5 * MIB - 1), (5 * MIB, 10 * MIB - 1)],
    "merged": [(0, 10 * MIB - 1)],
    "per chunk, with the part after the hole": [
        (15 * MIB, 20 * MIB - 1),
        (0, 5 * MIB - 1),
        (5 * MIB, 10 * MIB - 1),
    ],
}


@pytest.mark.parametrize("ranges", PART_SHAPES.values(), ids=PART_SHAPES.keys())
def test_a_part_upload_with_a_hole_sends_the_missing_parts(ranges: list[tuple[int, int]]) -> None:
    """Parts 1, 2 and 4 held: only parts 3 and 5 are left, in the part form."""
    plan = plan_from_status(status(ranges, parts=[4, 1, 2]), SIZE, 5 * MIB, fresh(), "bytes")
    assert plan.form == "part" and plan.fixed_layout
    assert left(plan.schedule) == [(10 * MIB, 15 * MIB - 1), (20 * MIB, SIZE - 1)]


@pytest.mark.parametrize("ranges", PART_SHAPES.values(), ids=PART_SHAPES.keys())
def test_a_part_upload_with_a_hole_keeps_its_size_when_told_another(
    ranges: list[tuple[int, int]],
) -> None:
    plan = plan_from_status(status(ranges, parts=[1, 2, 4]), SIZE, 8 * MIB, fresh(), "part")
    assert left(plan.schedule) == [(10 * MIB, 15 * MIB - 1), (20 * MIB, SIZE - 1)]
