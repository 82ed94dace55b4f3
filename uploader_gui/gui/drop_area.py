"""The empty state: one large, obvious place to drop videos, with buttons for those who
prefer a file dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from uploader_gui.gui.translations import translate


class DropArea(QFrame):
    """Signals:
    add_files_requested(): "Add videos…" was pressed.
    add_folder_requested(): "Add folder…" was pressed.
    """

    add_files_requested = Signal()
    add_folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropArea")
        self._set_highlight(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(2)
        icon = QLabel("⬆", self)
        icon.setObjectName("dropIcon")
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(icon)
        self.title = QLabel(translate("DropArea", "Drop videos here"), self)
        self.title.setObjectName("dropTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.title)
        hint = QLabel(
            translate(
                "DropArea",
                "Files or whole folders. Large videos are sent in parts and survive a lost "
                "connection.",
            ),
            self,
        )
        hint.setObjectName("dropHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        outer.addWidget(hint)
        or_label = QLabel(translate("DropArea", "or"), self)
        or_label.setObjectName("dropHint")
        or_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addSpacing(12)
        outer.addWidget(or_label)
        outer.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add_files_button = QPushButton(translate("DropArea", "Add videos…"), self)
        self.add_files_button.setDefault(True)
        self.add_files_button.setMinimumWidth(140)
        self.add_files_button.clicked.connect(self.add_files_requested)
        self.add_folder_button = QPushButton(translate("DropArea", "Add folder…"), self)
        self.add_folder_button.setMinimumWidth(140)
        self.add_folder_button.clicked.connect(self.add_folder_requested)
        buttons.addWidget(self.add_files_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.add_folder_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(3)

    def set_highlight(self, on: bool) -> None:
        """Shown while something is dragged over the window."""
        self._set_highlight(on)

    def _set_highlight(self, on: bool) -> None:
        # The app's style sheet draws the area and its highlight (see ``theme_colours``).
        self.setProperty("highlight", on)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()
