"""The details panel's "Captions & chapters" section: what goes with the selected video besides
its bytes, how sending each went, and the means to change it.

The section only shows the item and asks the upload manager to act; the manager records the
change and does any disk work off the GUI thread (the file chooser only picks a name).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from uploader_gui.core.attachments import Attachment, AttachmentKind, AttachmentProblem
from uploader_gui.core.language_tag import normalise_language
from uploader_gui.core.thumbnails import parse_timecode
from uploader_gui.gui.app_settings import DEFAULT_CAPTION_LANGUAGE
from uploader_gui.gui.attachment_words import (
    attachment_detail,
    failed,
    kind_words,
    source_words,
    state_words,
)
from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.theme import set_tone
from uploader_gui.gui.theme_colours import Tone
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate
from uploader_gui.gui.upload_manager import UploadManager

CONTEXT = "AttachmentSection"
MSG_NONE = QT_TRANSLATE_NOOP(
    "AttachmentSection",
    "None yet. Files named like the video (talk.srt, talk.fr.vtt, talk.chapters.txt, "
    "talk.jpg) are added with it.",
)
MSG_BAD_LANGUAGE = QT_TRANSLATE_NOOP(
    "AttachmentSection", "“%1” is not a language tag: write one like en, fr or pt-BR."
)
MSG_BAD_TIMECODE = QT_TRANSLATE_NOOP(
    "AttachmentSection",
    "“%1” is not a time in the video: write one like 00:01:05, 00:01:05.500 or 65 (seconds).",
)
#: Problems that sending again cannot mend.
_FINAL = frozenset({AttachmentProblem.VIDEO_GONE, AttachmentProblem.NEEDS_API_KEY})
#: Where a list row keeps the slot of its attachment.
KEY_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def row_words(attachment: Attachment, state: str) -> str:
    """``Captions · fr · talk.fr.srt — Sent``."""
    parts = [kind_words(attachment)]
    if attachment.language:
        parts.append(attachment.language)
    parts.append(shown(source_words(attachment)))
    return fill(translate("AttachmentSection", "%1 — %2"), " · ".join(parts), state)


def chosen_track(path: Path, language: str) -> Attachment:
    """A chosen file as captions, or as chapters when its name says so (``talk.chapters.txt``)
    or it is a plain text list."""
    name = path.name.lower()
    chapters = ".chapters." in name or name.startswith("chapters.") or name.endswith(".txt")
    kind = AttachmentKind.CHAPTERS if chapters else AttachmentKind.CAPTION
    return Attachment(kind, path, language)


class AttachmentSection(QGroupBox):
    """Lists the selected file's captions, chapters and thumbnail; removes one not sent yet,
    adds a subtitle or chapters file in a language, picks the thumbnail (an image or a frame
    at a time), and sends a failed one again once its file is fixed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # A title's "&" marks a shortcut letter: doubled, it is shown as it is written.
        title = translate("AttachmentSection", "Captions & chapters")
        super().__init__(title.replace("&", "&&"), parent)
        self.setObjectName("attachmentSection")
        self.manager: UploadManager | None = None
        self._item: QueueItem | None = None
        self._shown: object = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("AttachmentSection", "Captions, chapters, thumbnail"))
        self.list.setMaximumHeight(64)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.list)
        self.none_label = QLabel(tr(MSG_NONE), self)
        self.none_label.setWordWrap(True)
        self.none_label.setStyleSheet("font-size: 11px;")
        set_tone(self.none_label, Tone.MUTED)
        layout.addWidget(self.none_label)
        self.problem_label = QLabel(self)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("font-size: 11px;")
        set_tone(self.problem_label, Tone.ERROR)
        layout.addWidget(self.problem_label)

        row = QHBoxLayout()
        self.remove_button = QPushButton(translate("AttachmentSection", "Remove"), self)
        self.remove_button.setToolTip(
            translate("AttachmentSection", "Do not send the selected one with the video")
        )
        self.remove_button.clicked.connect(self._remove)
        self.retry_button = QPushButton(translate("AttachmentSection", "Try again"), self)
        self.retry_button.setToolTip(
            translate(
                "AttachmentSection",
                "Send what failed again, once its file is fixed (the video is not sent again)",
            )
        )
        self.retry_button.clicked.connect(self._retry)
        row.addWidget(self.remove_button)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)

        row2 = QHBoxLayout()
        self.add_button = QPushButton(translate("AttachmentSection", "Add subtitles…"), self)
        self.add_button.setToolTip(
            translate(
                "AttachmentSection",
                "Choose an SRT or WebVTT subtitle file, or a chapters list, in the language beside",
            )
        )
        self.add_button.clicked.connect(self._add_track)
        self.language_edit = QLineEdit(DEFAULT_CAPTION_LANGUAGE, self)
        self.language_edit.setAccessibleName(translate("AttachmentSection", "Language"))
        self.language_edit.setToolTip(
            translate("AttachmentSection", "The language of the file you add: en, fr, pt-BR…")
        )
        self.language_edit.setMaximumWidth(64)
        # Named in sight too, not only for a screen reader: "en" alone does not say what it is.
        self.language_label = QLabel(translate("AttachmentSection", "Language:"), self)
        self.language_label.setBuddy(self.language_edit)
        # A push button makes room for its menu's arrow beside its words (a tool button in a
        # layout draws the arrow over them), in either scheme and at any scale.
        self.thumbnail_button = QPushButton(translate("AttachmentSection", "Thumbnail"), self)
        menu = QMenu(self.thumbnail_button)
        menu.addAction(translate("AttachmentSection", "Image file…"), self._choose_image)
        menu.addAction(translate("AttachmentSection", "Frame at a time…"), self._choose_frame)
        self.thumbnail_button.setMenu(menu)
        # The language first, read before the button that uses it; the thumbnail on a line of
        # its own, so both rows keep their words whole in longer languages.
        row2.addWidget(self.language_label)
        row2.addWidget(self.language_edit)
        row2.addWidget(self.add_button)
        row2.addStretch(1)
        layout.addLayout(row2)
        row3 = QHBoxLayout()
        row3.addWidget(self.thumbnail_button)
        row3.addStretch(1)
        layout.addLayout(row3)
        self.show_item(None)

    def show_item(self, item: QueueItem | None) -> None:
        """Show ``item``'s attachments and how each went."""
        self._item = item
        self.setVisible(item is not None)
        if item is None:
            self._shown = None
            return
        # The panel is refreshed several times a second while files move: the list is only
        # rebuilt when what it says changed, so a selection or a click is never lost.
        look = (
            item.id,
            item.attaching,
            item.attach_after,
            item.detail,
            tuple((a, item.attachment_results.get(a.key)) for a in item.attachments),
        )
        if look == self._shown:
            self._update_buttons()
            return
        self._shown = look
        current = self.list.currentItem()
        kept = current.data(KEY_ROLE) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for attachment in item.attachments:
            state = state_words(item.attachment_results.get(attachment.key))
            if item.attaching and attachment.key not in item.attachment_results:
                state = translate("AttachmentSection", "Sending…")
            entry = QListWidgetItem(row_words(attachment, state), self.list)
            entry.setData(KEY_ROLE, attachment.key)
            entry.setToolTip(entry.text())
            if attachment.key == kept:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(item.attachments))
        self.none_label.setVisible(not item.attachments)
        note = attachment_detail(item)
        self.problem_label.setVisible(bool(note))
        self.problem_label.setText(note)
        # Skipped for want of an API key is a note, not a failure: told in grey.
        colour = "#b3261e" if failed(item) else "#5f6b7a"
        self.problem_label.setStyleSheet(f"color: {colour}; font-size: 11px;")
        self._update_buttons()

    def _update_buttons(self) -> None:
        item, manager = self._item, self.manager
        key = self._selected_key()
        can_remove = (
            item is not None
            and manager is not None
            and key is not None
            and manager.can_remove_attachment(item, key)
        )
        self.remove_button.setEnabled(can_remove)
        # Sending again cannot help when the video is gone or the credential cannot attach.
        self.retry_button.setVisible(
            item is not None and any(r.problem not in _FINAL for r in failed(item))
        )
        self.retry_button.setEnabled(
            item is not None and not item.attaching and not item.attach_after
        )

    def _selected_key(self) -> str | None:
        current = self.list.currentItem()
        return str(current.data(KEY_ROLE)) if current is not None else None

    def _remove(self) -> None:
        key = self._selected_key()
        if self._item is not None and self.manager is not None and key is not None:
            self.manager.remove_attachment(self._item.id, key)

    def _retry(self) -> None:
        if self._item is not None and self.manager is not None:
            self.manager.send_attachments_soon(self._item.id)

    def _language(self) -> str | None:
        text = self.language_edit.text().strip() or DEFAULT_CAPTION_LANGUAGE
        try:
            return normalise_language(text)
        except ValueError:
            self.problem_label.setText(fill(tr(MSG_BAD_LANGUAGE), text))
            self.problem_label.show()
            return None

    def _start_folder(self) -> str:
        return str(self._item.path.parent) if self._item is not None else ""

    def _add_track(self) -> None:
        language = self._language()
        if language is None or self._item is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("AttachmentSection", "Choose subtitles or chapters"),
            self._start_folder(),
            translate("AttachmentSection", "Subtitles and chapters (*.srt *.vtt *.txt)"),
        )
        if name:
            self.add(chosen_track(Path(name), language))

    def _choose_image(self) -> None:
        if self._item is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("AttachmentSection", "Choose a thumbnail"),
            self._start_folder(),
            translate("AttachmentSection", "Images (*.jpg *.jpeg *.png *.webp)"),
        )
        if name:
            self.add(Attachment(AttachmentKind.THUMBNAIL, Path(name)))

    def _choose_frame(self) -> None:
        if self._item is None:
            return
        text, ok = QInputDialog.getText(
            self,
            translate("AttachmentSection", "Thumbnail from the video"),
            translate("AttachmentSection", "The frame at (e.g. 00:01:05 or 65 seconds):"),
        )
        if not ok or not text.strip():
            return
        try:
            timecode = parse_timecode(text.strip())
        except ValueError:
            self.problem_label.setText(fill(tr(MSG_BAD_TIMECODE), text.strip()))
            self.problem_label.show()
            return
        self.add(Attachment(AttachmentKind.THUMBNAIL, timecode=timecode))

    def add(self, attachment: Attachment) -> None:
        """Give the selected file ``attachment`` (in its slot, replacing what was there)."""
        if self._item is not None and self.manager is not None:
            self.manager.set_attachment(self._item.id, attachment)
