"""Sizes, speeds and durations as people read them.

One convention for sizes, everywhere a person reads one (the window and the command line's
words): decimal units, 1 MB = 1,000,000 bytes, as the system's file chooser and file manager
(GNOME Files, macOS Finder) show the same file, and as the Mbit/s of connection speeds count.
api.video's own limits are binary (5 MiB parts, 30 GiB files); they are shown in the same
decimal units (5.24 MB), never in a second convention. Sizes a person types (``--chunk-size
16MiB``, ``5MB/s``) may use either: :mod:`size_input` reads both exactly. One helper per
quantity so the window and the command line agree.
"""

from __future__ import annotations

import math

_UNITS = ("bytes", "kB", "MB", "GB", "TB")
#: Bytes in a kilobyte: decimal, as file managers and connection speeds count.
KILO = 1000


def format_size(num_bytes: float) -> str:
    """``1536`` → ``"1.54 kB"``; whole bytes below 1 kB (``"512 bytes"``, ``"1 byte"``)."""
    if num_bytes < KILO:
        n = max(0, int(num_bytes))
        return "1 byte" if n == 1 else f"{n} bytes"
    value = float(num_bytes)
    unit = 0
    while value >= KILO and unit < len(_UNITS) - 1:
        value /= KILO
        unit += 1
    # Three significant digits read well in a column: 9.87 MB, 98.7 MB, 987 MB.
    if value >= 100:
        text = f"{value:.0f}"
    elif value >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {_UNITS[unit]}"


def format_speed(bytes_per_second: float) -> str:
    """Upload speed in Mbit/s (kbit/s below one), the unit connections are sold in; empty
    when there is nothing meaningful to show."""
    if not math.isfinite(bytes_per_second) or bytes_per_second <= 0:
        return ""
    megabits = bytes_per_second * 8 / 1_000_000
    if megabits < 1:
        return f"{megabits * 1000:.0f} kbit/s"
    return f"{megabits:.0f} Mbit/s" if megabits >= 100 else f"{megabits:.1f} Mbit/s"


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
