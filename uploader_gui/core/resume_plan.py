"""Planning the rest of an upload begun earlier: which chunks are left, and in which form.

Kept apart from sending because these are pure decisions on what the server (or, for an upload
token, the caller's own record) says it holds, and a wrong one costs bytes twice or a video
with holes. The rules:

* Continue the way the upload started. The server refuses a change of form (``part N/M`` or
  ``bytes a-b/total``), and new chunks must not overlap the ones it has.
* In the bytes form the server's ranges are kept as they are and the gaps are cut anew.
* Part numbers only line up with the part size they were sent with: the caller's chunk size
  when the server's record fits it, else the size the record shows; a record that fits no size
  is refused rather than guessed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from uploader_gui.core.chunk_plan import RangeForm, plan_chunks
from uploader_gui.core.chunk_schedule import ChunkSchedule
from uploader_gui.core.errors import InvalidInputError
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.ingest_status import (
    chunks_received,
    guess_chunk_size,
    guess_part_size,
    parts_match,
    received_chunks,
    received_parts,
    received_ranges,
)
from uploader_gui.core.limits import MAX_CHUNK_SIZE, MIN_CHUNK_SIZE
from uploader_gui.core.reasons import Why

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ResumePlan:
    """What is left to send, and how."""

    schedule: ChunkSchedule
    form: RangeForm
    #: The chunks are laid out by parts the server already numbered: they must keep their size
    #: (no growing the chunks for a fast link).
    fixed_layout: bool = False


def plan_from_status(
    status: Mapping[str, Any], size: int, chunk_size: int, fresh: ChunkSchedule, form: RangeForm
) -> ResumePlan:
    """The rest of an upload from the server's ``/status`` (an API key can ask it)."""
    if received_parts(status):
        plan = part_layout(status, size, chunk_size)
        return ResumePlan(
            ChunkSchedule.from_plan(size, plan, chunks_received(status, plan)), "part", True
        )
    if received_ranges(status):
        return ResumePlan(ChunkSchedule.around(size, chunk_size, received_chunks(status)), "bytes")
    return ResumePlan(fresh, form)


def plan_from_known(
    known: Sequence[tuple[int, int]],
    size: int,
    chunk_size: int,
    fresh: ChunkSchedule,
    form: RangeForm,
) -> ChunkSchedule:
    """The rest of an upload token's upload: a token cannot ask ``/status``, so the caller's
    record of the ranges the server acknowledged stands in for it. In the bytes form they are
    kept as they are and the gaps cut anew; in the part form only whole parts of the usual
    layout count."""
    ranges = [(a, b) for a, b in known if 0 <= a <= b < size]
    if form == "bytes":
        return ChunkSchedule.around(size, chunk_size, ranges)
    record = {"ingest": {"receivedBytes": [{"from": a, "to": b} for a, b in ranges]}}
    plan = fresh.chunks
    return ChunkSchedule.from_plan(size, plan, chunks_received(record, plan))


def part_layout(status: Mapping[str, Any], size: int, chunk_size: int) -> tuple[ChunkRange, ...]:
    """The part layout the server's record fits: ``chunk_size`` when it does (a server may
    merge neighbouring parts into one byte range, so the first range alone is no measure),
    else the size the received parts and ranges show together. A layout that fits nothing is
    refused: it would skip parts or send some twice."""
    plan = plan_chunks(size, chunk_size)
    if parts_match(status, plan):
        return plan
    for guessed in (guess_part_size(status, size), guess_chunk_size(status, size)):
        if guessed is None or not MIN_CHUNK_SIZE <= guessed <= MAX_CHUNK_SIZE:
            continue
        other = plan_chunks(size, guessed)
        if parts_match(status, other):
            log.info("Resuming with the part size the upload started with: %d", guessed)
            return other
    raise InvalidInputError(Why.PARTS_UNKNOWN, detail=repr(status.get("ingest")))
