"""The "already uploaded" question: one box at a time, so an answer never goes to the wrong
file, and a question whose file was cancelled or removed meanwhile goes away.

A folder of thirty files uploaded before must not mean thirty questions: while other files of
the queue are still to come, the box offers "Do the same for the other N". A remembered answer
holds until the queue has nothing left to do (:meth:`DuplicatePrompt.forget_answer`). "Open"
remembered means "skip" for the others: one web page opens, not thirty."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from uploader_gui.core.duplicates import PreviousUpload
from uploader_gui.gui import status_words as words
from uploader_gui.gui.engine_jobs import DuplicateChoice
from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, Counted, fill, translate

#: The translation context of the question's words.
CONTEXT = "DuplicatePrompt"
MSG_DUPLICATE_TITLE = QT_TRANSLATE_NOOP("DuplicatePrompt", "Already uploaded")
MSG_DUPLICATE_TEXT = QT_TRANSLATE_NOOP("DuplicatePrompt", "“%1”: %2")
MSG_DUPLICATE_INFO = QT_TRANSLATE_NOOP(
    "DuplicatePrompt", "Upload it again as a new video, skip it, or open the video already there."
)

Reply = Callable[[DuplicateChoice], None]
#: How many other files of the queue may still turn out to be uploaded before.
CountOthers = Callable[[QueueItem], int]


class DuplicatePrompt(QObject):
    """Asks about files uploaded before, one question on screen at a time."""

    def __init__(
        self,
        window: QWidget,
        *,
        open_url: Callable[[str], None],
        count_others: CountOthers | None = None,
    ) -> None:
        """``count_others(item)``: files besides ``item`` still to be checked (none: the box
        never offers to answer for others)."""
        super().__init__(window)
        self._window = window
        self._open_url = open_url
        self._count_others = count_others
        self._questions: list[tuple[QueueItem, PreviousUpload, Reply]] = []
        #: The answer given once for every later file, until :meth:`forget_answer`.
        self.remembered: DuplicateChoice | None = None
        #: The question on screen, its buttons, its "same for the others" box, and its row.
        self.box: QMessageBox | None = None
        self.buttons: dict[DuplicateChoice, QPushButton] = {}
        self.same_for_others: QCheckBox | None = None
        self.item_id: int | None = None

    def ask(self, item: QueueItem, previous: PreviousUpload, reply: Reply) -> None:
        """Queue the question; ``reply`` is called once with the creator's choice."""
        if self.remembered is not None:
            reply(self.remembered)
            return
        self._questions.append((item, previous, reply))
        if self.box is None:
            self._next()

    def forget_answer(self) -> None:
        """The queue has nothing left to do: the next file uploaded before is asked about."""
        self.remembered = None

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
        self.same_for_others = None
        self.item_id = None

    def _others(self, item: QueueItem) -> int:
        later = len(self._questions)
        if self._count_others is None:
            return later
        return max(later, self._count_others(item))

    def _answer_the_rest(self, choice: DuplicateChoice) -> None:
        """The creator chose once for all: the questions in line get the same answer."""
        self.remembered = DuplicateChoice.SKIP if choice is DuplicateChoice.OPEN else choice
        waiting, self._questions = self._questions, []
        for _item, _previous, reply in waiting:
            reply(self.remembered)

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
        others = self._others(item)
        same = None
        if others > 0:
            same = QCheckBox(
                Counted.tr(
                    "Do the same for the other %n file(s) if they were uploaded before",
                    "DuplicatePrompt",
                    others,
                ),
                box,
            )
            box.setCheckBox(same)
        buttons = {
            DuplicateChoice.UPLOAD_AGAIN: again,
            DuplicateChoice.SKIP: skip,
            DuplicateChoice.OPEN: show,
        }

        def clicked(button: object) -> None:
            choice = next((c for c, b in buttons.items() if b is button), DuplicateChoice.SKIP)
            for_all = same is not None and same.isChecked()
            self._clear()
            if choice is DuplicateChoice.OPEN and previous.links.player:
                self._open_url(previous.links.player)
            reply(choice)
            if for_all:
                self._answer_the_rest(choice)
            QTimer.singleShot(0, self._next)

        box.buttonClicked.connect(clicked)
        self.box = box
        self.buttons = buttons
        self.same_for_others = same
        self.item_id = item.id
        box.open()
