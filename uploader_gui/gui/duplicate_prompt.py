"""The "already uploaded" question: one box at a time, so an answer never goes to the wrong
file, and a question whose file was cancelled or removed meanwhile goes away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from uploader_gui.core.duplicates import PreviousUpload
from uploader_gui.gui import status_words as words
from uploader_gui.gui.engine_jobs import DuplicateChoice
from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate

#: The translation context of the question's words.
CONTEXT = "DuplicatePrompt"
MSG_DUPLICATE_TITLE = QT_TRANSLATE_NOOP("DuplicatePrompt", "Already uploaded")
MSG_DUPLICATE_TEXT = QT_TRANSLATE_NOOP("DuplicatePrompt", "“%1”: %2")
MSG_DUPLICATE_INFO = QT_TRANSLATE_NOOP(
    "DuplicatePrompt", "Upload it again as a new video, skip it, or open the video already there."
)

Reply = Callable[[DuplicateChoice], None]


class DuplicatePrompt(QObject):
    """Asks about files uploaded before, one question on screen at a time."""

    def __init__(self, window: QWidget, *, open_url: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._open_url = open_url
        self._questions: list[tuple[QueueItem, PreviousUpload, Reply]] = []
        #: The question on screen, its buttons, and the row it is about.
        self.box: QMessageBox | None = None
        self.buttons: dict[DuplicateChoice, QPushButton] = {}
        self.item_id: int | None = None

    def ask(self, item: QueueItem, previous: PreviousUpload, reply: Reply) -> None:
        """Queue the question; ``reply`` is called once with the creator's choice."""
        self._questions.append((item, previous, reply))
        if self.box is None:
            self._next()

    def dismiss(self) -> None:
        """Close the question on screen without an answer (its file went away)."""
        box = self.box
        self._clear()
        if box is not None:
            box.blockSignals(True)
            box.close()
            box.deleteLater()
        QTimer.singleShot(0, self._next)

    def _clear(self) -> None:
        self.box = None
        self.buttons = {}
        self.item_id = None

    def _next(self) -> None:
        if not self._questions or self.box is not None:
            return
        item, previous, reply = self._questions.pop(0)
        box = QMessageBox(self._window)
        box.setWindowTitle(translate(CONTEXT, MSG_DUPLICATE_TITLE))
        box.setIcon(QMessageBox.Icon.Question)
        # The file's name and the earlier video's title (the server's) are shown as they are.
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            shown(
                fill(
                    translate(CONTEXT, MSG_DUPLICATE_TEXT),
                    item.name,
                    words.earlier_upload_words(previous, skipped=False),
                )
            )
        )
        box.setInformativeText(translate(CONTEXT, MSG_DUPLICATE_INFO))
        again = box.addButton(
            translate("DuplicatePrompt", "Upload again"), QMessageBox.ButtonRole.AcceptRole
        )
        skip = box.addButton(
            translate("DuplicatePrompt", "Skip"), QMessageBox.ButtonRole.RejectRole
        )
        show = box.addButton(
            translate("DuplicatePrompt", "Open"), QMessageBox.ButtonRole.ActionRole
        )
        box.setDefaultButton(skip)
        box.setEscapeButton(skip)
        buttons = {
            DuplicateChoice.UPLOAD_AGAIN: again,
            DuplicateChoice.SKIP: skip,
            DuplicateChoice.OPEN: show,
        }

        def clicked(button: object) -> None:
            choice = next((c for c, b in buttons.items() if b is button), DuplicateChoice.SKIP)
            self._clear()
            if choice is DuplicateChoice.OPEN and previous.links.player:
                self._open_url(previous.links.player)
            reply(choice)
            QTimer.singleShot(0, self._next)

        box.buttonClicked.connect(clicked)
        self.box = box
        self.buttons = buttons
        self.item_id = item.id
        box.open()
