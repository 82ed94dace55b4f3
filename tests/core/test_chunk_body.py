"""The streamed multipart body: right bytes, bounded memory, prompt cancel."""

from __future__ import annotations

import itertools
import os
import tracemalloc
from pathlib import Path

import pytest
from requests_toolbelt.multipart.decoder import MultipartDecoder

from uploader_gui.core.chunk_body import BLOCK_SIZE, ChunkBody
from uploader_gui.core.errors import CancelledError, SourceChangedError
from uploader_gui.core.limits import MIB
from uploader_gui.core.reasons import Why


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / 'clip ü "quoted".mp4'
    path.write_bytes(os.urandom(3 * MIB + 123))
    return path


def drain(body: ChunkBody, size: int = -1) -> bytes:
    parts = []
    while block := body.read(size):
        parts.append(bytes(block))  # a FileSlice's bytes, when the body hands out slices
    return b"".join(parts)


def test_body_is_a_valid_multipart_form_with_the_slice(source: Path) -> None:
    start, length = MIB + 7, MIB + 1000
    body = ChunkBody(source, start, length, fields={"videoId": "vi123"})
    raw = drain(body, 8192)
    assert len(raw) == len(body)
    decoded = MultipartDecoder(raw, body.content_type)
    assert len(decoded.parts) == 2
    field, file_part = decoded.parts
    assert field.content == b"vi123"
    assert b'name="videoId"' in field.headers[b"Content-Disposition"]
    disposition = file_part.headers[b"Content-Disposition"].decode("utf-8")
    assert 'name="file"' in disposition
    assert "clip ü %22quoted%22.mp4" in disposition
    assert file_part.content == source.read_bytes()[start : start + length]


def test_a_file_name_with_control_characters_or_undecodable_bytes_makes_a_valid_header(
    tmp_path: Path,
) -> None:
    path = tmp_path / "clear\x1b[2J\ttab\x7f \udcff ü\u202e.mp4"
    path.write_bytes(b"video")
    raw = drain(ChunkBody(path, 0, 5))
    head = raw.split(b"\r\n\r\n")[0].decode("utf-8")
    quoted = "clear%1B[2J%09tab%7F %FF ü\u202e.mp4"
    assert f'Content-Disposition: form-data; name="file"; filename="{quoted}"' in head.splitlines()
    assert not any(ord(c) < 0x20 or ord(c) == 0x7F for c in head.replace("\r\n", ""))


def test_no_read_returns_more_than_a_block(source: Path) -> None:
    body = ChunkBody(source, 0, source.stat().st_size)
    sizes = []
    while block := body.read(1 << 30):
        sizes.append(len(block))
    assert max(sizes) <= BLOCK_SIZE
    assert sum(sizes) == len(body)


def test_memory_stays_near_one_block_for_a_large_slice(tmp_path: Path) -> None:
    big = tmp_path / "sparse.bin"
    with open(big, "wb") as f:
        f.truncate(64 * MIB)
    body = ChunkBody(big, 0, 64 * MIB)
    tracemalloc.start()
    try:
        total = 0
        while block := body.read(-1):
            total += len(block)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == len(body)
    assert peak < 4 * BLOCK_SIZE


def test_progress_is_reported_first_then_sampled_and_at_the_end(source: Path) -> None:
    """A report for the first block, then at most one per interval, and the last always."""
    seen: list[int] = []
    now = [0.0]
    length = source.stat().st_size
    block = 64 * 1024

    def clock() -> float:
        now[0] += 0.03  # each block takes 30 ms: one report every fourth block
        return now[0]

    body = ChunkBody(
        source,
        0,
        length,
        on_progress=seen.append,
        block_size=block,
        report_interval=0.1,
        clock=clock,
    )
    drain(body)
    blocks = -(-length // block)
    assert seen[0] == block and seen[-1] == length
    assert seen == sorted(seen)
    assert all(b - a == 4 * block for a, b in itertools.pairwise(seen[:-1]))
    assert len(seen) == 1 + (blocks - 1) // 4 + (1 if (blocks - 1) % 4 else 0)


def test_cancel_stops_within_one_block(source: Path) -> None:
    calls = 0

    def checkpoint() -> None:
        nonlocal calls
        calls += 1
        if calls > 3:
            raise CancelledError(Why.CANCELLED)

    body = ChunkBody(source, 0, source.stat().st_size, checkpoint=checkpoint)
    with pytest.raises(CancelledError):
        drain(body)
    assert body.sent == 3 * BLOCK_SIZE


def test_a_file_that_shrinks_is_reported_as_changed(source: Path) -> None:
    body = ChunkBody(source, 0, source.stat().st_size)
    body.read()
    body.read()
    with open(source, "r+b") as f:
        f.truncate(1000)
    with pytest.raises(SourceChangedError, match="file_changed"):
        drain(body)


def test_a_file_that_vanished_before_sending_is_reported(source: Path) -> None:
    body = ChunkBody(source, 0, 100)
    source.unlink()
    with pytest.raises(SourceChangedError, match="file_vanished"):
        drain(body)
