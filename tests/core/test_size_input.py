"""Sizes as people type them."""

from __future__ import annotations

import pytest

from uploader_gui.core.limits import GIB, KIB, MIB
from uploader_gui.core.size_input import parse_size


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("5MiB", 5 * MIB),
        ("50 MiB", 50 * MIB),
        ("1GiB", GIB),
        ("1.5GiB", GIB + GIB // 2),
        ("64k", 64 * KIB),
        ("10MB", 10 * MIB),
        ("52428800", 52_428_800),
        ("12 bytes", 12),
    ],
)
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "abc", "5XB", "-5MiB", "1.5", "MiB", "5 MiB MiB"])
def test_not_sizes(text: str) -> None:
    with pytest.raises(ValueError, match="bad_size"):
        parse_size(text)
