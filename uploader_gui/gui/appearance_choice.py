"""The Settings choice of look: as the system, light or dark (applied when saved)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from uploader_gui.gui.theme import Appearance
from uploader_gui.gui.translations import translate


class AppearanceBox(QGroupBox):
    """A box with one combo; ``appearance`` is what it shows."""

    def __init__(self, current: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(translate("AppearanceBox", "Appearance"), parent)
        form = QFormLayout(self)
        self.combo = QComboBox(self)
        for appearance, words in (
            (Appearance.SYSTEM, translate("AppearanceBox", "As the system")),
            (Appearance.LIGHT, translate("AppearanceBox", "Light")),
            (Appearance.DARK, translate("AppearanceBox", "Dark")),
        ):
            self.combo.addItem(words, appearance.value)
        self.combo.setCurrentIndex(max(self.combo.findData(current.value), 0))
        form.addRow(translate("AppearanceBox", "Colours"), self.combo)

    @property
    def appearance(self) -> Appearance:
        return Appearance.parse(self.combo.currentData())
