"""The History tab's changes to a video: its details, deleting it (api.video keeps it 90 days)
and bringing it back from "Recently deleted"."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from uploader_gui.core.environments import Environment
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import FileRecord, FileState, UploadStore
from uploader_gui.core.title_template import parse_tags
from uploader_gui.core.video_details import DISCARD_KEEP_DAYS, EditResult, EditState
from uploader_gui.gui.details_sync import DetailsSync, RecordAction
from uploader_gui.gui.edit_words import MSG_OTHER_PLACE, MSG_SAVING, why_not_words
from uploader_gui.gui.edit_words import tr as edit_tr
from uploader_gui.gui.environment_words import place
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate

if TYPE_CHECKING:
    from uploader_gui.gui.history_view import HistoryView

CONTEXT = "HistoryEdits"
MSG_DELETE_TITLE = QT_TRANSLATE_NOOP("HistoryEdits", "Delete this video?")
MSG_DELETE = QT_TRANSLATE_NOOP(
    "HistoryEdits",
    "“%1” will be deleted from api.video and its links will stop working.\n\n"
    "You can restore it from Recently deleted for %2 days.",
)
MSG_DELETED_UNTIL = QT_TRANSLATE_NOOP("HistoryEdits", "Deleted — can be restored until %1")
MSG_DONE = {
    RecordAction.EDIT: QT_TRANSLATE_NOOP("HistoryEdits", "The video's details were saved."),
    RecordAction.DELETE: QT_TRANSLATE_NOOP(
        "HistoryEdits", "The video was deleted. Restore it from Recently deleted."
    ),
    RecordAction.RESTORE: QT_TRANSLATE_NOOP("HistoryEdits", "The video was restored."),
}
MSG_FAILED = {
    RecordAction.EDIT: QT_TRANSLATE_NOOP("HistoryEdits", "The details were not saved: %1"),
    RecordAction.DELETE: QT_TRANSLATE_NOOP("HistoryEdits", "The video was not deleted: %1"),
    RecordAction.RESTORE: QT_TRANSLATE_NOOP("HistoryEdits", "The video was not restored: %1"),
}


def tr(text: str) -> str:
    return translate(CONTEXT, text)


class VideoDetailsDialog(QDialog):
    """The title, description, tags and privacy of an uploaded video."""

    def __init__(self, metadata: VideoMetadata, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HistoryEdits", "Edit video details"))
        self._metadata = metadata
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(metadata.title, self)
        self.description_edit = QPlainTextEdit(metadata.description, self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(90)
        self.tags_edit = QLineEdit(", ".join(metadata.tags), self)
        self.public_check = QCheckBox(translate("HistoryEdits", "Public"), self)
        self.public_check.setChecked(metadata.public)
        form.addRow(translate("HistoryEdits", "Title"), self.title_edit)
        form.addRow(translate("HistoryEdits", "Description"), self.description_edit)
        form.addRow(translate("HistoryEdits", "Tags"), self.tags_edit)
        form.addRow(self.public_check)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.title_edit.textChanged.connect(lambda t: self.save_button.setEnabled(bool(t.strip())))
        layout.addWidget(buttons)

    def metadata(self) -> VideoMetadata:
        return VideoMetadata(
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText(),
            tags=parse_tags(self.tags_edit.text()),
            public=self.public_check.isChecked(),
            panoramic=self._metadata.panoramic,
            mp4_support=self._metadata.mp4_support,
            metadata=dict(self._metadata.metadata),
        )


class HistoryEdits(QObject):
    """Edit, Delete and Restore buttons and the "Recently deleted" filter of the History.

    Signals:
    attachments_wanted(record): show the video in the queue, to add captions or a thumbnail.
    """

    attachments_wanted = Signal(object)

    def __init__(self, view: HistoryView, sync: DetailsSync) -> None:
        super().__init__(view)
        self.view = view
        self.sync = sync
        #: Replaced in tests: asks a yes/no question.
        self.ask: Callable[[str, str], bool] = self._ask
        #: Replaced in tests: shows the details dialog, returns the edited details or None.
        self.edit_details: Callable[[VideoMetadata], VideoMetadata | None] = self._edit_details
        self._discarded: dict[int, float] = {}
        #: Where each row being changed went (to say which environment to switch to).
        self._places: dict[int, Environment | None] = {}
        row = QHBoxLayout()
        self.deleted_check = QCheckBox(translate("HistoryEdits", "Recently deleted"), view)
        self.deleted_check.setToolTip(
            translate("HistoryEdits", "Show the videos deleted in the last 90 days")
        )
        self.edit_button = QPushButton(translate("HistoryEdits", "Edit details…"), view)
        self.delete_button = QPushButton(translate("HistoryEdits", "Delete…"), view)
        self.restore_button = QPushButton(translate("HistoryEdits", "Restore"), view)
        self.attachments_button = QPushButton(
            translate("HistoryEdits", "Captions & thumbnail…"), view
        )
        self.attachments_button.setToolTip(
            translate(
                "HistoryEdits",
                "Show the video in the queue, where captions, chapters and a new thumbnail "
                "can be added",
            )
        )
        for widget in (
            self.edit_button,
            self.attachments_button,
            self.delete_button,
            self.restore_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.deleted_check)
        layout = view.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, row)
        self.status_label = QLabel(view)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # may quote the server
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.status_label)
        self.deleted_check.toggled.connect(lambda _on: view.refresh())
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.restore_button.clicked.connect(self._restore)
        self.attachments_button.clicked.connect(self._attachments)
        sync.record_done.connect(self._done)

    def shown_records(self, store: UploadStore, records: list[FileRecord]) -> list[FileRecord]:
        """The rows of the filter chosen: the others newest first, or the deleted videos
        latest deletion first (the one just deleted is the one most likely wanted back)."""
        self._discarded = store.discarded()
        deleted = self.deleted_check.isChecked()
        shown = [r for r in records if (r.id in self._discarded) == deleted]
        if deleted:
            shown.sort(key=lambda r: -self._discarded[r.id])
        return shown

    def deleted_words(self, record: FileRecord) -> str | None:
        """Until when a deleted video can be restored; None for one not deleted."""
        when = self._discarded.get(record.id)
        if when is None:
            return None
        until = time.strftime("%Y-%m-%d", time.localtime(when + DISCARD_KEEP_DAYS * 86400))
        return fill(tr(MSG_DELETED_UNTIL), until)

    def update_buttons(self) -> None:
        record = self.view.selected()
        has_video = (
            record is not None and record.video_id is not None and record.state is FileState.DONE
        )
        deleted = self.deleted_check.isChecked()
        self.edit_button.setVisible(not deleted)
        self.attachments_button.setVisible(not deleted)
        self.attachments_button.setEnabled(has_video)
        self.delete_button.setVisible(not deleted)
        self.restore_button.setVisible(deleted)
        self.edit_button.setEnabled(has_video)
        self.delete_button.setEnabled(has_video)
        self.restore_button.setEnabled(has_video)

    def _say(self, text: str, *, failed: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #a3321f;" if failed else "color: #3d6b3d;")
        self.status_label.show()

    def _edit(self) -> None:
        record = self.view.selected()
        if record is None:
            return
        metadata = self.edit_details(record.metadata)
        if metadata is not None and metadata != record.metadata:
            self._change(RecordAction.EDIT, record, metadata)

    def _delete(self) -> None:
        record = self.view.selected()
        if record is None:
            return
        text = fill(tr(MSG_DELETE), shown(record.metadata.title), str(DISCARD_KEEP_DAYS))
        if self.ask(tr(MSG_DELETE_TITLE), text):
            self._change(RecordAction.DELETE, record)

    def _attachments(self) -> None:
        record = self.view.selected()
        if record is not None:
            self.attachments_wanted.emit(record)

    def _restore(self) -> None:
        record = self.view.selected()
        if record is not None:
            self._change(RecordAction.RESTORE, record)

    def _change(
        self, action: RecordAction, record: FileRecord, metadata: VideoMetadata | None = None
    ) -> None:
        self._places[record.id] = Environment.from_saved(record.environment, record.base_url)
        if self.sync.change_record(action, record, metadata):
            self._say(edit_tr(MSG_SAVING))

    def _done(self, action: RecordAction, file_id: int, result: EditResult | None) -> None:
        if result is None:
            env = self._places.get(file_id)
            self._say(fill(edit_tr(MSG_OTHER_PLACE), place(env) if env else ""), failed=True)
            return
        if result.state is EditState.SAVED:
            self._say(tr(MSG_DONE[action]))
        else:
            self._say(fill(tr(MSG_FAILED[action]), why_not_words(result)), failed=True)
        self.view.refresh()

    def _ask(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.view)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the creator's words
        delete = box.addButton(
            translate("HistoryEdits", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _edit_details(self, metadata: VideoMetadata) -> VideoMetadata | None:
        dialog = VideoDetailsDialog(metadata, self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.metadata()
