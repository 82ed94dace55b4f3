"""Taking files out of the list can be undone for a while.

"Remove finished" and Delete take away the rows that carry the videos' links. The videos stay
in History when the app keeps a list, but a slip of the finger should not send anyone there:
for some seconds a notice offers Undo (and Ctrl+Z does the same), which puts the finished rows
back where they were. Unfinished files removed are stopped at once (their uploads cancelled),
so only finished ones come back; a ready video whose last qualities are being followed goes on
being followed while Undo is offered, so it comes back as it is now and keeps updating.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from uploader_gui.gui.notice_bar import NoticeBar
from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.queue_model import QueueModel
from uploader_gui.gui.translations import Counted, translate
from uploader_gui.gui.upload_manager import UploadManager

#: How long the notice offers Undo (milliseconds).
UNDO_MS = 12_000

#: The translation context of the notice's words.
CONTEXT = "RemovalUndo"


class RemovalUndo(QObject):
    """Removes rows through ``remove`` and keeps the finished ones for a while to put back."""

    def __init__(
        self,
        window: QWidget,
        model: QueueModel,
        manager: UploadManager,
        bar: NoticeBar,
        *,
        keeps_history: Callable[[], bool],
    ) -> None:
        """``manager`` takes the rows out and puts them back; ``keeps_history()`` whether
        finished videos are listed in History (the notice says so)."""
        super().__init__(window)
        self._model = model
        self._manager = manager
        self._keeps_history = keeps_history
        self.bar = bar
        bar.action_clicked.connect(self.undo)
        bar.dismissed.connect(self._expire)
        #: The rows to put back, with where they were.
        self.kept: list[tuple[int, QueueItem]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_MS)
        self.timer.timeout.connect(self._expire)
        self.action = QAction(translate(CONTEXT, "Undo remove"), window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        window.addAction(self.action)

    def remove(self, ids: list[int]) -> None:
        """Take ``ids`` out of the list; the finished ones can be put back for a while."""
        kept = [
            (row, item)
            for item_id in ids
            if (row := self._model.row_of(item_id)) >= 0
            and (item := self._model.item(row)).state.finished
        ]
        if kept:
            # This offer replaces the earlier one, whose rows can no longer be put back. A
            # removal that keeps nothing leaves the earlier offer (and its rows' follow-ups).
            self._manager.let_go_aside()
        self._manager.remove(ids, undoable=bool(kept))
        if not kept:
            return
        self.kept = kept
        n = len(kept)
        text = (
            Counted.tr(
                "%n finished video(s) taken out of the list. They stay in History.",
                "RemovalUndo",
                n,
            )
            if self._keeps_history()
            else Counted.tr("%n finished video(s) taken out of the list.", "RemovalUndo", n)
        )
        self.bar.show_message(text, translate(CONTEXT, "Undo"))
        self.action.setEnabled(True)
        self.timer.start()

    def undo(self) -> None:
        """Put the finished rows back where they were."""
        kept, self.kept = self.kept, []
        for row, item in sorted(kept, key=lambda pair: pair[0]):
            if self._model.find(item.id) is None:
                self._manager.put_back(row, item)
                if item.thumbnail:
                    self._model.set_thumbnail(item.id, item.thumbnail)
        self._expire()

    def _expire(self) -> None:
        self._manager.let_go_aside()
        self.kept = []
        self.timer.stop()
        self.action.setEnabled(False)
        self.bar.hide()
