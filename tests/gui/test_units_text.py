"""Sizes, speeds, times and counts as the window writes them."""

from __future__ import annotations

import math

import pytest

from uploader_gui.core.units import format_duration, format_size, format_speed
from uploader_gui.gui.translations import Counted
from uploader_gui.gui.unit_words import duration_words, size_words, speed_words


def test_sizes_in_decimal_units_as_file_managers_show_them() -> None:
    assert format_size(0) == "0 bytes"
    assert format_size(1) == "1 byte"
    assert format_size(999) == "999 bytes"
    assert format_size(1000) == "1.00 kB"
    assert format_size(11_500_000) == "11.5 MB"
    assert format_size(11 * 1024**2) == "11.5 MB"
    assert format_size(256_000_000) == "256 MB"
    assert format_size(30 * 1024**3) == "32.2 GB"


def test_speeds_in_megabits_and_unknowns() -> None:
    assert format_speed(23.7 * 1024**2) == "199 Mbit/s"
    assert format_speed(1_250_000) == "10.0 Mbit/s"
    assert format_speed(50_000) == "400 kbit/s"
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


def test_counts_take_the_english_plural_forms() -> None:
    assert Counted.tr("%n byte(s)", "Units", 1) == "1 byte"
    assert Counted.tr("%n video(s) uploaded", "Notifier", 2) == "2 videos uploaded"
    assert Counted.tr("Added %n video(s) to the queue.", "MainWindow", 1) == (
        "Added 1 video to the queue."
    )
    assert Counted.tr("Welcome back: %n waiting upload(s) trying again now.", "MainWindow", 3) == (
        "Welcome back: 3 waiting uploads are trying again now."
    )


@pytest.mark.parametrize(
    "size", [0, 1, 999, 1000, 1024, 11 * 1024**2, 256 * 10**6, 30 * 1024**3, 1000 * 1024**2]
)
def test_the_window_writes_sizes_as_the_command_line_does_in_english(size: int) -> None:
    assert size_words(size) == format_size(size)


def test_the_window_gives_speeds_in_megabits() -> None:
    assert speed_words(23.7 * 1024**2) == "199 Mbit/s"
    assert speed_words(1_250_000) == "10.0 Mbit/s"
    assert speed_words(80_000) == "640 kbit/s"
    assert speed_words(0) == "" and speed_words(math.nan) == ""


@pytest.mark.parametrize("seconds", [0.3, 4.4, 185, 600, 2 * 3600 + 600, 50 * 3600, -1, math.inf])
def test_the_window_writes_times_as_the_command_line_does_in_english(seconds: float) -> None:
    assert duration_words(seconds) == format_duration(seconds)
