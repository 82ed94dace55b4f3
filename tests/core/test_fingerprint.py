"""The content fingerprint: stable for equal content, different for any sampled change, and
cheap (a bounded number of bytes read) however large the file."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import BinaryIO, cast

import pytest

from uploader_gui.core.fingerprint import (
    MIDDLE_SAMPLES,
    SAMPLE_SIZE,
    fingerprint,
    fingerprint_stream,
    sample_ranges,
)
from uploader_gui.core.limits import GIB, MIB


class CountingReader:
    """A file wrapper that counts the bytes handed out."""

    def __init__(self, inner: BinaryIO) -> None:
        self.inner = inner
        self.bytes_read = 0
        self.reads = 0

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.inner.seek(offset, whence)

    def read(self, size: int = -1) -> bytes:
        data = self.inner.read(size)
        self.bytes_read += len(data)
        self.reads += 1
        return data


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def patterned(size: int) -> bytes:
    return random.Random(size).randbytes(size)


def test_equal_content_gives_equal_fingerprints(tmp_path: Path) -> None:
    data = patterned(3 * MIB + 17)
    a = fingerprint(write(tmp_path / "a.mp4", data))
    b = fingerprint(write(tmp_path / "b.mov", data))
    assert a == b
    assert a.startswith("v1:")
    assert len(a) == len("v1:") + 32


def test_changed_byte_in_each_sample_changes_the_fingerprint(tmp_path: Path) -> None:
    size = 3 * MIB + 17
    data = patterned(size)
    original = fingerprint(write(tmp_path / "a.mp4", data))
    ranges = sample_ranges(size)
    assert len(ranges) == MIDDLE_SAMPLES + 2
    for offset, length in ranges:
        for place in (offset, offset + length - 1):
            changed = bytearray(data)
            changed[place] ^= 0x01
            assert fingerprint(write(tmp_path / "b.mp4", bytes(changed))) != original, place


def test_small_file_is_read_whole(tmp_path: Path) -> None:
    data = patterned(200 * 1024)
    original = fingerprint(write(tmp_path / "a.mp4", data))
    for place in range(0, len(data), 997):
        changed = bytearray(data)
        changed[place] ^= 0xFF
        assert fingerprint(write(tmp_path / "b.mp4", bytes(changed))) != original, place


def test_size_change_changes_the_fingerprint(tmp_path: Path) -> None:
    data = patterned(2 * MIB)
    original = fingerprint(write(tmp_path / "a.mp4", data))
    assert fingerprint(write(tmp_path / "b.mp4", data + b"\0")) != original
    assert fingerprint(write(tmp_path / "c.mp4", data[:-1])) != original


def test_same_samples_but_other_size_differ(tmp_path: Path) -> None:
    """Two sparse files, all zeros, differ only in length: the size alone must tell them apart."""
    a, b = tmp_path / "a.mp4", tmp_path / "b.mp4"
    for path, size in ((a, 64 * MIB), (b, 64 * MIB + SAMPLE_SIZE)):
        with path.open("wb") as f:
            f.truncate(size)
    assert fingerprint(a) != fingerprint(b)


def test_large_sparse_file_reads_only_the_samples(tmp_path: Path) -> None:
    path = tmp_path / "huge.mp4"
    size = 30 * GIB
    with path.open("wb") as f:
        f.truncate(size)
        f.seek(size - 5)
        f.write(b"tail!")
    with path.open("rb") as raw:
        counter = CountingReader(raw)
        value = fingerprint_stream(cast(BinaryIO, counter), size)
    assert counter.bytes_read == (MIDDLE_SAMPLES + 2) * SAMPLE_SIZE
    assert counter.bytes_read <= 2 * MIB
    assert value == fingerprint(path)


def test_shorter_stream_than_announced_is_an_error() -> None:
    with pytest.raises(OSError, match="ended"):
        fingerprint_stream(io.BytesIO(b"x" * 1000), 2000)


def test_empty_file(tmp_path: Path) -> None:
    empty = fingerprint(write(tmp_path / "empty.mp4", b""))
    assert empty.startswith("v1:")
    assert empty != fingerprint(write(tmp_path / "one.mp4", b"\0"))


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        fingerprint(tmp_path / "nope.mp4")
