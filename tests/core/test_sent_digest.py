"""Digests of parts sent while recording: taken while the bytes leave, read back from disk."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from uploader_gui.core.limits import MIB
from uploader_gui.core.sent_digest import WINDOW, PartDigest, digest_on_disk, windows

PART = 5 * MIB


def test_the_first_part_is_whole_and_the_others_are_sampled_at_both_ends() -> None:
    assert windows(1, 0, PART - 1) == [(0, PART)]
    assert windows(2, PART, 2 * PART - 1) == [(PART, PART + WINDOW), (2 * PART - WINDOW, 2 * PART)]
    # A part too small for two windows is hashed whole.
    assert windows(3, 0, 2 * WINDOW - 1) == [(0, 2 * WINDOW)]


@settings(max_examples=30, deadline=None)
@given(block=st.integers(min_value=1, max_value=3 * WINDOW), part=st.sampled_from([1, 2]))
def test_fed_in_any_blocks_it_equals_the_digest_read_from_disk(
    tmp_path_factory: object, block: int, part: int
) -> None:
    folder = tmp_path_factory.mktemp("digest")  # type: ignore[attr-defined]
    path = Path(folder) / "clip.bin"
    data = os.urandom(2 * WINDOW + 12345)
    start = 1000 if part == 2 else 0
    end = len(data) - 1
    path.write_bytes(data)
    digest = PartDigest(part, start, end)
    for offset in range(start, end + 1, block):
        digest.feed(offset, data[offset : min(offset + block, end + 1)])
    assert digest.complete
    assert digest.value() == digest_on_disk(path, part, start, end)


def test_a_change_in_what_was_sent_shows_and_a_shorter_file_is_no_match(tmp_path: Path) -> None:
    path = tmp_path / "clip.bin"
    data = bytearray(os.urandom(2 * PART))
    path.write_bytes(data)
    first = digest_on_disk(path, 1, 0, PART - 1)
    second = digest_on_disk(path, 2, PART, 2 * PART - 1)
    data[100] ^= 0xFF  # the header, rewritten
    data[2 * PART - 10] ^= 0xFF  # the end of part 2
    path.write_bytes(data)
    assert digest_on_disk(path, 1, 0, PART - 1) != first
    assert digest_on_disk(path, 2, PART, 2 * PART - 1) != second
    path.write_bytes(data[: PART + 10])
    assert digest_on_disk(path, 2, PART, 2 * PART - 1) is None


def test_an_attempt_cut_short_is_not_complete() -> None:
    digest = PartDigest(2, 0, 4 * WINDOW - 1)
    digest.feed(0, b"x" * WINDOW)
    assert not digest.complete
