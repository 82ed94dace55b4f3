"""A video always has a title: the details panel refuses an emptied one at once.

api.video refuses a video without a title, so an emptied title sent later would only come back
refused (and, kept as due, be tried again at every start). The window says so while the field
is empty, keeps the title the video had, and puts it back in the field when the person leaves
it empty."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from uploader_gui.gui.theme import set_tone
from uploader_gui.gui.theme_colours import Tone
from uploader_gui.gui.translations import translate


class TitleGuard(QObject):
    """Watches a title field; :meth:`title` is the title to keep for what it holds now."""

    def __init__(self, edit: QLineEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self._edit = edit
        self._kept = ""
        self.label = QLabel(
            translate(
                "TitleGuard",
                "A video needs a title: the one it had is kept until you type another.",
            ),
            parent,
        )
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 11px;")
        set_tone(self.label, Tone.ERROR)
        self.label.hide()
        edit.editingFinished.connect(self._left)

    def title(self, previous: str) -> str:
        """The typed title, or ``previous`` while the field is empty (the label says why)."""
        typed = self._edit.text().strip()
        self.label.setVisible(not typed)
        if typed:
            return typed
        self._kept = previous
        return previous

    def reset(self) -> None:
        """Another file is shown: nothing to say about this one."""
        self._kept = ""
        self.label.hide()

    def _left(self) -> None:
        # The field left empty: the title the video keeps is shown again.
        if not self._edit.text().strip() and self._kept:
            self._edit.setText(self._kept)
