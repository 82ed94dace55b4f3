"""Sizes, speeds and times left as the window shows them, in the creator's language.

The same quantities and roundings as the command line (:mod:`uploader_gui.core.units`: binary
sizes, three significant digits, a countdown that never says "0 s"), with the unit names
translated (``Mio`` in French) and the number written the creator's way (``1,50`` in French).
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
    decimals = 0 if value >= 100 else 1 if value >= 10 else 2
    number = locale.toString(value, "f", decimals)
    return fill(translate("Units", "%1 %2"), number, translate(CONTEXT, _UNITS[unit]))


def speed_words(bytes_per_second: float) -> str:
    """Upload speed (``2.40 MiB/s``); empty when there is nothing meaningful to show."""
    if not math.isfinite(bytes_per_second) or bytes_per_second <= 0:
        return ""
    return fill(translate("Units", "%1/s"), size_words(bytes_per_second))


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
