"""Reading ``GET /videos/{id}/status``: which chunks the server holds, and whether all of them.

Pure functions over the decoded answer, so resuming and the final check can be tested without a
server. They read both ``receivedBytes`` and ``receivedParts`` because the server fills the one
matching the form the upload used. ``receivedBytes`` is read whatever its shape: one range per
stored chunk (as api.video's reference shows it) or neighbours merged, in any order, touching or
overlapping. The answer is untrusted: an entry that is not a plain whole number in range (a
float, ``Infinity``, a string, a 400-digit number, a range that ends before it starts) is left
out, as if the server had not said it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from uploader_gui.core.events import ChunkRange

#: Past any file api.video takes; larger numbers are nonsense.
_MAX_OFFSET = 2**50
#: More parts than any upload has (api.video takes at most 10,000 parts).
_MAX_PART = 1_000_000


def _whole(value: Any, limit: int) -> int | None:
    """``value`` if it is a whole number from 0 to ``limit`` (JSON gives floats and booleans
    too, which are refused)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= limit:
        return value
    return None


def _byte_range(item: Any) -> tuple[int, int] | None:
    if not isinstance(item, Mapping):
        return None
    start, end = _whole(item.get("from"), _MAX_OFFSET), _whole(item.get("to"), _MAX_OFFSET)
    if start is None or end is None or end < start:
        return None
    return start, end


def _ingest(status: Mapping[str, Any]) -> Mapping[str, Any]:
    ingest = status.get("ingest")
    return ingest if isinstance(ingest, Mapping) else {}


def received_ranges(status: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The received inclusive byte ranges, sorted and merged."""
    return _sorted_ranges(status, merge_adjacent=True)


def received_chunks(status: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The received inclusive byte ranges as the server lists them (one per chunk it took),
    sorted; only overlapping ones are merged."""
    return _sorted_ranges(status, merge_adjacent=False)


def _sorted_ranges(status: Mapping[str, Any], *, merge_adjacent: bool) -> list[tuple[int, int]]:
    raw = _ingest(status).get("receivedBytes") or []
    ranges: list[tuple[int, int]] = []
    for item in raw if isinstance(raw, list) else []:
        if (pair := _byte_range(item)) is not None:
            ranges.append(pair)
    ranges.sort()
    merged: list[tuple[int, int]] = []
    reach = 1 if merge_adjacent else 0
    for start, end in ranges:
        if merged and start <= merged[-1][1] + reach:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def received_parts(status: Mapping[str, Any]) -> set[int]:
    """The received 1-based part numbers."""
    raw = _ingest(status).get("receivedParts") or {}
    parts = raw.get("parts") if isinstance(raw, Mapping) else None
    out: set[int] = set()
    for part in parts if isinstance(parts, list) else []:
        if (number := _whole(part, _MAX_PART)) is not None and number >= 1:
            out.add(number)
    return out


def received_parts_total(status: Mapping[str, Any]) -> int | None:
    """The number of parts the server says the upload has (known once the final part
    ``part N/N`` arrived), or None: not said, or not a whole number from 1 to :data:`_MAX_PART`."""
    raw = _ingest(status).get("receivedParts")
    total = _whole(raw.get("total"), _MAX_PART) if isinstance(raw, Mapping) else None
    return total if total is not None and total >= 1 else None


def reported_size(status: Mapping[str, Any]) -> int | None:
    """The size of the whole source as the server holds it: its ``filesize``, else the end of
    the byte ranges it lists; None when it says neither (or says nonsense)."""
    filesize = _whole(_ingest(status).get("filesize"), _MAX_OFFSET)
    if filesize is not None:
        return filesize
    ranges = received_ranges(status)
    return max(end for _, end in ranges) + 1 if ranges else None


def _covered(ranges: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def chunks_received(status: Mapping[str, Any], plan: Iterable[ChunkRange]) -> frozenset[int]:
    """Indices of the planned chunks the server already holds, by byte range or part number."""
    ranges = received_ranges(status)
    parts = received_parts(status)
    return frozenset(
        c.index for c in plan if _covered(ranges, c.start, c.end) or (c.index + 1) in parts
    )


def guess_chunk_size(status: Mapping[str, Any], total_size: int) -> int | None:
    """The chunk size an earlier byte-range upload of this file used, if its ranges show it:
    the length of the range starting at 0, when that range is not the whole file."""
    raw = _ingest(status).get("receivedBytes") or []
    for item in raw if isinstance(raw, list) else []:
        pair = _byte_range(item)
        if pair is None:
            continue
        start, end = pair
        if start == 0 and end < total_size - 1:
            return end + 1
    return None


def _merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def parts_match(status: Mapping[str, Any], plan: tuple[ChunkRange, ...]) -> bool:
    """Whether the received part numbers make sense in ``plan``: every number is one of its
    parts, and, when the server also lists byte ranges, those ranges are whole parts it lists.

    A server may list each part as its own range or merge neighbouring ones, so ranges are
    compared merged. It may also leave out the parts after a missing one (their offset is
    unknown until the gap is filled), but not the run from part 1: when part 1 is listed, the
    range starting at 0 must span exactly the run of listed parts from part 1. That is what
    tells a part size from another: parts 1 and 2 of 5 MiB held as 0-10 MiB do not fit a
    10 MiB layout, where they would be 0-20 MiB.
    """
    parts = received_parts(status)
    if any(p < 1 or p > len(plan) for p in parts):
        return False
    ranges = received_ranges(status)
    if not ranges:
        return True
    listed = [plan[p - 1] for p in sorted(parts)]
    claimed = _merge((c.start, c.end) for c in listed)
    starts = {c.start for c in listed}
    ends = {c.end for c in listed}
    for start, end in ranges:
        if start not in starts or end not in ends or not _covered(claimed, start, end):
            return False
    return 1 not in parts or claimed[0] in ranges


def guess_part_size(status: Mapping[str, Any], total_size: int) -> int | None:
    """The part size an earlier part upload of this file used: the range starting at 0 holds
    parts 1 to k (k consecutive numbers from 1), so it is k parts long."""
    parts = received_parts(status)
    run = 0
    while (run + 1) in parts:
        run += 1
    if run == 0:
        return None
    for start, end in received_ranges(status):
        if start == 0 and end < total_size - 1 and (end + 1) % run == 0:
            return (end + 1) // run
    return None


def is_complete(status: Mapping[str, Any], total_size: int, plan: tuple[ChunkRange, ...]) -> bool:
    """Whether the server holds every byte of the file.

    A reported ``filesize`` must equal the local size. When the server lists byte ranges they
    must cover the file, whatever the part numbers say: parts counted in a wrong layout would
    otherwise pass for a complete file. Only a server that lists parts alone is judged by them:
    every planned part number, and no other total than the plan's.
    """
    ingest = _ingest(status)
    filesize = ingest.get("filesize")
    if filesize is not None and filesize != total_size:
        return False
    ranges = received_ranges(status)
    if ranges:
        return _covered(ranges, 0, total_size - 1)
    parts = received_parts(status)
    raw = ingest.get("receivedParts")
    total = raw.get("total") if isinstance(raw, Mapping) else None
    if isinstance(total, int) and total != len(plan):
        return False
    return bool(plan) and all((c.index + 1) in parts for c in plan)
