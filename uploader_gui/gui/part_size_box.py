"""The part size in Settings, written in the window's one size convention (decimal MB).

api.video counts parts in MiB (at least 5 MiB) and the setting is kept in whole MiB, so the
box steps one MiB at a time but shows each step as the window writes every other size: 16 MiB
reads "16.8 MB". A size typed in MB is taken to the nearest whole MiB within the limits.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from uploader_gui.core.limits import MIB
from uploader_gui.core.units import KILO
from uploader_gui.gui.translations import translate
from uploader_gui.gui.unit_words import decimals_for

#: Bytes in one MB of the window's convention.
MB = KILO * KILO


class PartSizeBox(QSpinBox):
    """A whole number of MiB (:meth:`value`), shown and typed in MB."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSuffix(" " + translate("Units", "MB"))

    def textFromValue(self, value: int) -> str:  # noqa: N802  (Qt's name)
        megabytes = value * MIB / MB
        return QLocale().toString(megabytes, "f", decimals_for(megabytes))

    def valueFromText(self, text: str) -> int:  # noqa: N802
        number, ok = QLocale().toDouble(text.removesuffix(self.suffix()).strip())
        if not ok:
            return self.value()
        return round(number * MB / MIB)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Any number may be typed (a decimal one too); it becomes whole MiB when done."""
        body = text.removesuffix(self.suffix()).strip()
        _number, ok = QLocale().toDouble(body)
        if ok:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos
