"""Sizes, speeds and durations as people read them.

Binary units throughout (1 MiB = 1,048,576 bytes), because operating systems and api.video's
chunk limits count that way; one helper per quantity so the window and the command line agree.
"""

from __future__ import annotations

import math

_UNITS = ("bytes", "KiB", "MiB", "GiB", "TiB")


def format_size(num_bytes: float) -> str:
    """``1536`` → ``"1.5 KiB"``; whole bytes below 1 KiB (``"512 bytes"``, ``"1 byte"``)."""
    if num_bytes < 1024:
        n = max(0, int(num_bytes))
        return "1 byte" if n == 1 else f"{n} bytes"
    value = float(num_bytes)
    unit = 0
    while value >= 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    # Three significant digits read well in a column: 9.87 MiB, 98.7 MiB, 987 MiB.
    if value >= 100:
        text = f"{value:.0f}"
    elif value >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {_UNITS[unit]}"


def format_speed(bytes_per_second: float) -> str:
    """Upload speed; empty when there is nothing meaningful to show."""
    if not math.isfinite(bytes_per_second) or bytes_per_second <= 0:
        return ""
    return f"{format_size(bytes_per_second)}/s"


def format_duration(seconds: float) -> str:
    """A remaining time, rounded as a person would say it: ``"45 s"``, ``"3 min 5 s"``,
    ``"2 h 10 min"``; empty when unknown."""
    if not math.isfinite(seconds) or seconds < 0:
        return ""
    # A countdown never shows "0 s" while something is still moving.
    total = max(1, round(seconds))
    if total < 60:
        return f"{total} s"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if minutes < 10 and secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"
