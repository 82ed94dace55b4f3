"""The upload rules of api.video's source endpoints, applied to one video's `Source`.

`check_chunk` raises the 400 api.video documents for each broken rule; `record_chunk` then
accepts it. The caller runs both without yielding to the event loop in between, so chunks that
arrive concurrently are judged one at a time against an up-to-date state.

One choice the docs leave open: a part sent as ``part n/*`` declares that more parts follow, so
it must be at least 5 MiB like any part that is not the last. The last part of a progressive
upload is sent as ``part n/n`` (as every official client does).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from .content_range import ContentRange
from .errors import ApiError
from .limits import MAX_PARTS, MAX_REQUEST, MAX_TO_BYTE, MAX_TOTAL_BYTES, MIN_CHUNK
from .state import Chunk, Source


def check_chunk(source: Source, cr: ContentRange | None, size: int) -> None:
    """Raise the ApiError for the first rule this chunk breaks, if any."""
    if source.complete:
        raise ApiError("video-source-already-uploaded", name="file")
    if size == 0:
        raise ApiError("uploaded-file-empty", name="file")
    if cr is None:
        if source.mode is not None:
            raise ApiError("video-content-range-already-initiated", name="Content-Range")
        if size > MAX_REQUEST:
            raise ApiError("uploaded-file-too-large", name="file")
        return
    if cr.kind == "part":
        _check_part(source, cr, size)
    else:
        _check_bytes(source, cr, size)


def _check_part(source: Source, cr: ContentRange, size: int) -> None:
    name = "Content-Range"
    n, total = cr.part, cr.total
    if n == 0:
        raise ApiError("video-content-range-by-part-part-zero", name=name)
    if n > MAX_PARTS:
        raise ApiError(
            "video-content-range-by-part-part-too-high-allowed",
            name=name,
            detail=f"The maximum number of parts allowed for a video is {MAX_PARTS}.",
        )
    if total == 0:
        raise ApiError("video-content-range-by-part-total-parts-zero", name=name)
    if total is not None and total > MAX_PARTS:
        raise ApiError("video-content-range-by-part-total-parts-too-high", name=name)
    if total is not None and n > total:
        raise ApiError(
            "video-content-range-by-part-part-too-high-total",
            name=name,
            detail=f"The maximum number of parts allowed for a video is {total}.",
        )
    if size > MAX_REQUEST:
        raise ApiError("uploaded-file-too-large", name="file")
    if source.mode == "bytes":
        raise ApiError("video-content-range-started-with-bytes", name=name)
    if total is not None and source.total is not None and total != source.total:
        raise ApiError(
            "video-content-range-by-part-different-total-parts",
            name=name,
            detail=f'The "total_parts" you already set for this video is {source.total}.',
        )
    if total is not None:
        for chunk in source.chunks:
            if chunk.key > total or (chunk.open and chunk.key >= total):
                raise ApiError(
                    "video-content-range-by-part-total-parts-too-low",
                    name=name,
                    detail=f"The part number {chunk.key} has already been sent.",
                )
    if total is None and source.total is not None and n > source.total:
        raise ApiError(
            "video-content-range-by-part-part-too-high-total",
            name=name,
            detail=f"The maximum number of parts allowed for a video is {source.total}.",
        )
    if any(chunk.key == n for chunk in source.chunks):
        raise ApiError(
            "video-content-range-by-part-part-already-sent",
            name=name,
            detail=f"The part number {n} has already been sent.",
        )
    is_last = total is not None and n == total
    if size < MIN_CHUNK and not is_last:
        raise ApiError(
            "video-content-range-by-part-uploaded-file-too-small",
            name="file",
            detail="The uploaded file is too small. It must be greater than or equal to "
            "5 MiB (5,242,880 bytes), except if it is the last part.",
        )


def _check_bytes(source: Source, cr: ContentRange, size: int) -> None:
    name = "Content-Range"
    total = cr.total
    if cr.start > cr.end:
        raise ApiError("video-content-range-by-bytes-from-byte-too-high", name=name)
    if cr.end > MAX_TO_BYTE:
        raise ApiError("video-content-range-by-bytes-to-byte-too-high-allowed", name=name)
    if total == 0:
        raise ApiError("video-content-range-by-bytes-total-bytes-zero", name=name)
    if total is not None and total > MAX_TOTAL_BYTES:
        raise ApiError("video-content-range-by-bytes-total-bytes-too-high", name=name)
    known_total = total if total is not None else source.total
    if known_total is not None and cr.end >= known_total:
        raise ApiError(
            "video-content-range-by-bytes-to-byte-too-high-total",
            name=name,
            detail=f'The "total_bytes" you set for this video is {known_total}.',
        )
    if cr.length > MAX_REQUEST:
        raise ApiError("video-content-range-by-bytes-range-too-large", name=name)
    if size != cr.length:
        raise ApiError(
            "video-content-range-by-bytes-range-mismatch",
            name=name,
            detail=f"The size of the file you sent is {size} bytes but the range length "
            f"you set is {cr.length}.",
        )
    if source.mode == "part":
        raise ApiError("video-content-range-started-with-part", name=name)
    if total is not None and source.total is not None and total != source.total:
        raise ApiError(
            "video-content-range-by-bytes-different-total-bytes",
            name=name,
            detail=f'The "total_bytes" you already set for this video is {source.total}.',
        )
    for chunk in source.chunks:
        if total is not None and chunk.end >= total:
            raise ApiError(
                "video-content-range-by-bytes-total-bytes-too-low",
                name=name,
                detail=f"The range {chunk.start}-{chunk.end} has already been sent.",
            )
        if chunk.start <= cr.end and cr.start <= chunk.end:
            raise ApiError(
                "video-content-range-by-bytes-range-overlap",
                name=name,
                detail=f"The range {cr.start}-{cr.end} overlaps with the range "
                f"{chunk.start}-{chunk.end} you already sent.",
            )
    is_last = known_total is not None and cr.end + 1 == known_total
    if cr.length < MIN_CHUNK and not is_last:
        raise ApiError(
            "video-content-range-by-bytes-range-too-small",
            name=name,
            detail="It must be greater than or equal to 5,242,880 (5 MiB), except if it is "
            "the last chunk.",
        )


def chunk_file_name(cr: ContentRange | None) -> str:
    """Where a chunk's body is kept inside the video's chunk directory."""
    if cr is None:
        return "single.bin"
    if cr.kind == "part":
        return f"part-{cr.part:05d}.bin"
    return f"bytes-{cr.start:015d}.bin"


def record_chunk(source: Source, cr: ContentRange | None, size: int, file: str) -> bool:
    """Accept a chunk that passed `check_chunk`; return True when the source is now complete."""
    if cr is None:
        source.mode = "single"
        source.total = size
        source.chunks.append(Chunk(key=0, size=size, file=file, start=0, end=size - 1))
    elif cr.kind == "part":
        source.mode = "part"
        if cr.total is not None:
            source.total = cr.total
        source.chunks.append(Chunk(key=cr.part, size=size, file=file, open=cr.total is None))
        source.chunks.sort(key=lambda c: c.key)
    else:
        source.mode = "bytes"
        if cr.total is not None:
            source.total = cr.total
        source.chunks.append(Chunk(key=cr.start, size=size, file=file, start=cr.start, end=cr.end))
        source.chunks.sort(key=lambda c: c.key)
    source.complete = _is_complete(source)
    if source.complete:
        source.filesize = sum(c.size for c in source.chunks)
        if source.mode == "part":
            offset = 0
            for chunk in source.chunks:
                chunk.start, chunk.end = offset, offset + chunk.size - 1
                offset += chunk.size
    return source.complete


def _is_complete(source: Source) -> bool:
    if source.total is None:
        return False
    if source.mode == "part":
        return [c.key for c in source.chunks] == list(range(1, source.total + 1))
    return sum(c.size for c in source.chunks) == source.total


def assemble(chunk_dir: Path, chunks: list[Chunk], target: Path) -> None:
    """Concatenate the chunk files in order into `target`, streaming (run in a worker thread)."""
    partial = target.with_suffix(".partial")
    with partial.open("wb") as out:
        for chunk in chunks:
            with (chunk_dir / chunk.file).open("rb") as src:
                shutil.copyfileobj(src, out, 1024 * 1024)
    partial.replace(target)
    shutil.rmtree(chunk_dir, ignore_errors=True)


def received_bytes(source: Source) -> list[dict[str, Any]]:
    """The byte ranges the server holds, as ``ingest.receivedBytes`` lists them: one range per
    stored chunk, in file order, never merged with its neighbours (api.video's reference lists
    0-134217727, 134217728-268435455 and 268435456-273579400 of 273579401 for three chunks).

    In the part form a part's offset is known only when every earlier part is here, so only the
    run of parts starting at part 1 is listed until the upload is complete.
    """
    spans: list[tuple[int, int]] = []
    if source.mode == "part" and not source.complete:
        offset = 0
        for expected, chunk in enumerate(source.chunks, start=1):
            if chunk.key != expected:
                break
            spans.append((offset, offset + chunk.size - 1))
            offset += chunk.size
    else:
        spans = [(chunk.start, chunk.end) for chunk in source.chunks]
    total = source.filesize if source.mode == "part" else source.total
    out: list[dict[str, Any]] = []
    for start, end in spans:
        item: dict[str, Any] = {"from": start, "to": end}
        if total is not None:
            item["total"] = total
        out.append(item)
    return out
