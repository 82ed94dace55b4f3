"""Sizes, speeds, times and counts as the window writes them."""

from __future__ import annotations

import math

from uploader_gui.core.units import format_duration, format_size, format_speed, plural


def test_sizes_in_binary_units() -> None:
    assert format_size(0) == "0 bytes"
    assert format_size(1) == "1 byte"
    assert format_size(1023) == "1023 bytes"
    assert format_size(1024) == "1.00 KiB"
    assert format_size(11 * 1024**2) == "11.0 MiB"
    assert format_size(256 * 1024**2) == "256 MiB"
    assert format_size(30 * 1024**3) == "30.0 GiB"


def test_speeds_and_unknowns() -> None:
    assert format_speed(23.7 * 1024**2) == "23.7 MiB/s"
    assert format_speed(0) == ""
    assert format_speed(math.nan) == ""


def test_durations_read_as_spoken() -> None:
    assert format_duration(0.3) == "1 s"
    assert format_duration(4.4) == "4 s"
    assert format_duration(185) == "3 min 5 s"
    assert format_duration(600) == "10 min"
    assert format_duration(2 * 3600 + 600) == "2 h 10 min"
    assert format_duration(50 * 3600) == "2 d 2 h"
    assert format_duration(-1) == ""
    assert format_duration(math.inf) == ""


def test_counts() -> None:
    assert plural(1, "file") == "1 file"
    assert plural(2, "file") == "2 files"
    assert plural(1, "upload has", "uploads have") == "1 upload has"
    assert plural(1234, "video") == "1,234 videos"
