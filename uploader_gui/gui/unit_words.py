"""Sizes, speeds and times left as the window shows them, in the creator's language.

Sizes and times as the command line writes them (:mod:`uploader_gui.core.units`: binary sizes,
three significant digits, a countdown that never says "0 s"), with the unit names translated
(``Mio`` in French) and the number written the creator's way (``1,50`` in French). Speeds are
in Mbit/s everywhere in the window (the queue, the status line, the speed limit), the way
people know their connection's speed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale

from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, Counted, fill, translate

CONTEXT = "Units"
_UNITS = (
    QT_TRANSLATE_NOOP("Units", "KiB"),
    QT_TRANSLATE_NOOP("Units", "MiB"),
    QT_TRANSLATE_NOOP("Units", "GiB"),
    QT_TRANSLATE_NOOP("Units", "TiB"),
)


def size_words(num_bytes: float) -> str:
    """``1536`` → ``1.50 KiB`` (``1,50 Kio`` in French); whole bytes below 1 KiB."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if num_bytes < 1024:
        n = max(0, int(num_bytes))
        return Counted.tr("%n byte(s)", "Units", n)
    value = float(num_bytes)
    unit = -1
    while value >= 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    number = locale.toString(value, "f", _decimals(value))
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
            translate("Units", "%1 kbit/s"), locale.toString(kilobits, "f", _decimals(kilobits))
        )
    return fill(
        translate("Units", "%1 Mbit/s"), locale.toString(megabits, "f", _decimals(megabits))
    )


def _decimals(value: float) -> int:
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
