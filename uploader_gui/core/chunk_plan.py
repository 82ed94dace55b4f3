"""How a file is cut into upload requests.

A pure function of the file size and the wished chunk size, so a resumed upload finds the same
chunks again and the bounds can be checked exhaustively by property tests.

A file no larger than one chunk goes as one request that still carries
``Content-Range: bytes 0-(n-1)/n``: the server then records the range, ``/status`` can confirm
it like any other upload, and a retried request after a lost answer is recognised as
"overlaps" instead of being a fresh upload. One code path for every size.
"""

from __future__ import annotations

from typing import Literal

from uploader_gui.core.errors import InvalidInputError
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.limits import (
    MAX_CHUNK_SIZE,
    MAX_PARTS,
    MAX_TOTAL_BYTES,
    MIB,
    MIN_CHUNK_SIZE,
)
from uploader_gui.core.reasons import Why, because

RangeForm = Literal["bytes", "part"]


def effective_chunk_size(total_size: int, wished: int) -> int:
    """The chunk size actually used: ``wished`` kept within the API's bounds, and grown (in whole
    MiB) when the file would otherwise need more than the allowed number of parts."""
    size = min(max(wished, MIN_CHUNK_SIZE), MAX_CHUNK_SIZE)
    if -(-total_size // size) > MAX_PARTS:
        needed = -(-total_size // MAX_PARTS)
        size = min(-(-needed // MIB) * MIB, MAX_CHUNK_SIZE)
    return size


def plan_chunks(total_size: int, chunk_size: int) -> tuple[ChunkRange, ...]:
    """Cut ``total_size`` bytes into consecutive inclusive ranges.

    Every range but the last is exactly the effective chunk size (≥ 5 MiB, ≤ 200 MiB); the last
    holds the rest. Raises :class:`InvalidInputError` for an empty or oversized file.
    """
    if total_size <= 0:
        raise InvalidInputError(Why.FILE_EMPTY)
    if total_size > MAX_TOTAL_BYTES:
        raise InvalidInputError(because(Why.FILE_TOO_LARGE, limit=MAX_TOTAL_BYTES))
    size = effective_chunk_size(total_size, chunk_size)
    return tuple(
        ChunkRange(index=i, start=start, end=min(start + size, total_size) - 1)
        for i, start in enumerate(range(0, total_size, size))
    )


def content_range(
    chunk: ChunkRange, total_size: int, total_parts: int | None, form: RangeForm
) -> str:
    """The ``Content-Range`` value for one chunk.

    In the part form ``total_parts=None`` gives ``part n/*``, for a file whose final size is not
    known yet; the last part must then name the total (``part N/N``).
    """
    if form == "bytes":
        return f"bytes {chunk.start}-{chunk.end}/{total_size}"
    return f"part {chunk.index + 1}/{'*' if total_parts is None else total_parts}"
