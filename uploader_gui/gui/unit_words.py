"""Sizes, speeds and times left as the window shows them, in the creator's language.

Sizes and times as the command line writes them (:mod:`uploader_gui.core.units`), with the
unit names translated (``Mo`` in French) and the number written the creator's way (``1,50`` in
French).

The one convention for sizes: **decimal units, 1 MB = 1,000,000 bytes** (kB, MB, GB, TB), in
every part of the window (the queue, the details, the status line, the History, the messages,
the part size in Settings) and in the command line's words. It is what the system's file
chooser and file manager show for the same file, and it counts as connection speeds do, so a
size and a speed can be compared. api.video's binary limits (5 MiB parts) are written in it
too (5.24 MB). Speeds are in Mbit/s everywhere (the queue, the status line, the speed limit),
the way people know their connection's speed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale

from uploader_gui.core.units import KILO
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, Counted, fill, translate

CONTEXT = "Units"
_UNITS = (
    QT_TRANSLATE_NOOP("Units", "kB"),
    QT_TRANSLATE_NOOP("Units", "MB"),
    QT_TRANSLATE_NOOP("Units", "GB"),
    QT_TRANSLATE_NOOP("Units", "TB"),
)


def size_words(num_bytes: float) -> str:
    """``1536`` → ``1.54 kB`` (``1,54 ko`` in French); whole bytes below 1 kB."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if num_bytes < KILO:
        n = max(0, int(num_bytes))
        return Counted.tr("%n byte(s)", "Units", n)
    value = float(num_bytes)
    unit = -1
    while value >= KILO and unit < len(_UNITS) - 1:
        value /= KILO
        unit += 1
    number = locale.toString(value, "f", decimals_for(value))
    return fill(translate("Units", "%1 %2"), number, translate(CONTEXT, _UNITS[unit]))


def speed_words(bytes_per_second: float) -> str:
    """Upload speed in Mbit/s (``83.9 Mbit/s``; ``640 kbit/s`` below one), the unit internet
    connections are sold in; empty when there is nothing meaningful to show."""
    if not math.isfinite(bytes_per_second) or bytes_per_second <= 0:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    megabits = bytes_per_second * 8 / 1_000_000
    if megabits < 1:
        kilobits = megabits * 1000
        return fill(
            translate("Units", "%1 kbit/s"), locale.toString(kilobits, "f", decimals_for(kilobits))
        )
    return fill(
        translate("Units", "%1 Mbit/s"), locale.toString(megabits, "f", decimals_for(megabits))
    )


def decimals_for(value: float) -> int:
    """Three significant digits read well in a column: 9.87, 98.7, 987."""
    return 0 if value >= 100 else 1 if value >= 10 else 2


def duration_words(seconds: float) -> str:
    """A remaining time as a person would say it (``45 s``, ``3 min 5 s``, ``2 h 10 min``);
    empty when unknown."""
    if not math.isfinite(seconds) or seconds < 0:
        return ""
    total = max(1, round(seconds))
    if total < 60:
        return fill(translate("Units", "%1 s"), str(total))
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        if minutes < 10 and secs:
            return fill(translate("Units", "%1 min %2 s"), str(minutes), str(secs))
        return fill(translate("Units", "%1 min"), str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        if minutes:
            return fill(translate("Units", "%1 h %2 min"), str(hours), str(minutes))
        return fill(translate("Units", "%1 h"), str(hours))
    days, hours = divmod(hours, 24)
    if hours:
        return fill(translate("Units", "%1 d %2 h"), str(days), str(hours))
    return fill(translate("Units", "%1 d"), str(days))
