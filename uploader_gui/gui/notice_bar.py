"""A calm, one-line notice across the top of the window, with an optional action and close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.translations import translate


class NoticeBar(QFrame):
    """Signals:
    action_clicked(): the button beside the text was pressed.
    extra_clicked(): the second button (when one is given) was pressed.
    dismissed(): the person closed the notice.
    """

    action_clicked = Signal()
    extra_clicked = Signal()
    dismissed = Signal()

    def __init__(self, tone: str = "info", *, closable: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        # "info", "warning" or "error": the app's style sheet colours each kind.
        self.setProperty("kind", tone)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel(self)
        # Notices quote what went wrong (a store's or a setting's error), shown as it is.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(self)
        self.button.hide()
        self.button.clicked.connect(self.action_clicked)
        layout.addWidget(self.button)
        self.extra_button = QPushButton(self)
        self.extra_button.hide()
        self.extra_button.clicked.connect(self.extra_clicked)
        layout.addWidget(self.extra_button)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("NoticeBar", "Dismiss"))
        # The cross is a picture, not a word: a screen reader says what it does instead.
        self.close_button.setAccessibleName(translate("NoticeBar", "Dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.setVisible(closable)
        self.close_button.clicked.connect(self._dismiss)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, action: str = "", extra: str = "") -> None:
        """Show ``text`` with a button ``action`` and a second one ``extra`` (either may be
        empty: no button)."""
        self.label.setText(shown(text))
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.extra_button.setText(extra)
        self.extra_button.setVisible(bool(extra))
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
