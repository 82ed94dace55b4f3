"""One line under the details: whether the edits reached the video ("Saved", "Saving…",
"Not saved: why" with Try again)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from uploader_gui.gui.details_sync import DetailsSync, SavePhase
from uploader_gui.gui.edit_words import MSG_KEPT, MSG_OTHER_PLACE, MSG_SAVING, result_words
from uploader_gui.gui.edit_words import tr as edit_tr
from uploader_gui.gui.environment_words import place
from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.translations import fill, translate


class SaveStateLine(QWidget):
    """Shows :meth:`DetailsSync.status` of the shown file; hidden when nothing was edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsSaveState")
        #: Set by the window; None: edits are not sent (the panel alone, in tests).
        self.sync: DetailsSync | None = None
        self._item: QueueItem | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a reason may quote the server
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.try_again_button = QPushButton(translate("VideoEdits", "Try again"), self)
        self.try_again_button.setToolTip(
            translate("VideoEdits", "Send the title, description, tags and privacy again")
        )
        self.try_again_button.clicked.connect(self._try_again)
        layout.addWidget(self.try_again_button)
        self.hide()

    def set_sync(self, sync: DetailsSync) -> None:
        """Follow ``sync``: the line changes as the shown file's edits go."""
        self.sync = sync
        sync.changed.connect(self._changed)

    def _changed(self, item_id: int) -> None:
        if self._item is not None and self._item.id == item_id:
            self.show_item(self._item)

    def show_item(self, item: QueueItem | None) -> None:
        self._item = item
        sync = self.sync
        status = sync.status(item.id) if sync is not None and item is not None else None
        if status is None:
            self.hide()
            return
        failed = status.phase is SavePhase.NOT_SAVED
        if status.phase is SavePhase.KEPT:
            text = edit_tr(MSG_KEPT)
        elif status.phase is SavePhase.ELSEWHERE and item is not None:
            where = place(item.environment) if item.environment is not None else ""
            text = fill(edit_tr(MSG_OTHER_PLACE), where)
        elif status.phase is SavePhase.SAVING:
            text = edit_tr(MSG_SAVING)
        elif status.result is not None:
            text = result_words(status.result)
        else:
            text = ""
        self.label.setText(text)
        waiting = status.phase in (SavePhase.KEPT, SavePhase.ELSEWHERE)
        colour = "#a3321f" if failed else "#5f6b7a" if waiting else "#3d6b3d"
        self.label.setStyleSheet(f"color: {colour};")
        self.try_again_button.setVisible(failed)
        self.show()

    def _try_again(self) -> None:
        if self.sync is not None and self._item is not None:
            self.sync.try_again(self._item.id)
