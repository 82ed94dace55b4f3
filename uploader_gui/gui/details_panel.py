"""The selected file: its title and options before the upload, its links after it, and the
progress of each part while it moves."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from uploader_gui.core.title_template import parse_tags
from uploader_gui.gui.attachment_section import AttachmentSection
from uploader_gui.gui.chunk_strip import ChunkStrip
from uploader_gui.gui.details_save_state import SaveStateLine
from uploader_gui.gui.problem_words import no_links_words
from uploader_gui.gui.queue_item import ItemState, QueueItem, default_title
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.theme import set_tone
from uploader_gui.gui.theme_colours import Tone
from uploader_gui.gui.title_guard import TitleGuard
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate
from uploader_gui.gui.unit_words import duration_words, size_words, speed_words

#: The translation context of the panel's words.
CONTEXT = "DetailsPanel"
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "DetailsPanel",
    "The upload has started: changes to the title, description, tags and privacy are sent to "
    "the video as you make them. The MP4 choice stays as it was.",
)
MSG_UPLOADED_WITH = QT_TRANSLATE_NOOP("DetailsPanel", "The video was uploaded with these details.")
MSG_EDITS_SENT = QT_TRANSLATE_NOOP(
    "DetailsPanel",
    "Changes to the title, description, tags and privacy are sent to the video as you make them.",
)
MSG_SKIPPED_LINKS = QT_TRANSLATE_NOOP(
    "DetailsPanel",
    "This file was already on api.video, so it was not sent again: these links lead to that "
    "video. Choose Retry to upload it anyway.",
)
PLACEHOLDER_DESCRIPTION = QT_TRANSLATE_NOOP("DetailsPanel", "Optional: what is this video about?")
PLACEHOLDER_TAGS = QT_TRANSLATE_NOOP("DetailsPanel", "Comma-separated, e.g. travel, 2026")
#: Largest size of the thumbnail in the panel (16:9).
THUMBNAIL_SIZE = QSize(288, 162)


def tr(text: str) -> str:
    return translate(CONTEXT, text)


class DetailsPanel(QFrame):
    """Signals:
    copied(text): a link or the embed code went to the clipboard (for a status message).
    edited(item): the title, description, tags or privacy of the shown file changed.
    """

    copied = Signal(str)
    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setMinimumWidth(300)
        self._item: QueueItem | None = None
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        # The file's name and its state (a failure's reason may quote the server) are shown as
        # they are, never read as HTML.
        self.name_label = QLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setObjectName("detailsName")
        self.name_label.setWordWrap(True)
        self.name_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name_label)
        self.state_label = QLabel(self)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        set_tone(self.state_label, Tone.MUTED)
        layout.addWidget(self.state_label)

        self.strip = ChunkStrip(self)
        layout.addWidget(self.strip)
        self.strip_label = QLabel(self)
        self.strip_label.setTextFormat(Qt.TextFormat.PlainText)
        self.strip_label.setStyleSheet("font-size: 11px;")
        set_tone(self.strip_label, Tone.MUTED)
        layout.addWidget(self.strip_label)

        # Links, once the video exists.
        self.links = QWidget(self)
        links_layout = QVBoxLayout(self.links)
        links_layout.setContentsMargins(0, 6, 0, 6)
        self.thumbnail_label = QLabel(self.links)
        self.thumbnail_label.setObjectName("detailsThumbnail")
        self.thumbnail_label.setAccessibleName(translate("DetailsPanel", "Thumbnail"))
        self.thumbnail_label.setMaximumSize(THUMBNAIL_SIZE)
        self.thumbnail_label.hide()
        links_layout.addWidget(self.thumbnail_label)
        heading = QLabel("<b>" + translate("DetailsPanel", "Your video") + "</b>", self.links)
        heading.setTextFormat(Qt.TextFormat.RichText)  # the app's own words, nothing else
        links_layout.addWidget(heading)
        self.link_field = QLineEdit(self.links)
        self.link_field.setReadOnly(True)
        self.link_field.setAccessibleName(translate("DetailsPanel", "Player link"))
        links_layout.addWidget(self.link_field)
        row = QHBoxLayout()
        self.copy_link_button = QPushButton(translate("DetailsPanel", "Copy link"), self.links)
        self.copy_link_button.setToolTip(
            translate("DetailsPanel", "Copy the player link, to paste in a message or a post")
        )
        self.copy_link_button.clicked.connect(self._copy_link)
        self.copy_embed_button = QPushButton(
            translate("DetailsPanel", "Copy embed code"), self.links
        )
        self.copy_embed_button.setToolTip(
            translate("DetailsPanel", "Copy the <iframe> code that puts the player on a page")
        )
        self.copy_embed_button.clicked.connect(self._copy_embed)
        self.copy_hls_button = QPushButton(translate("DetailsPanel", "Copy HLS URL"), self.links)
        self.copy_hls_button.setToolTip(
            translate("DetailsPanel", "Copy the stream address for your own player")
        )
        self.copy_hls_button.clicked.connect(self._copy_hls)
        self.open_button = QPushButton(translate("DetailsPanel", "Open in browser"), self.links)
        self.open_button.clicked.connect(self._open)
        # Two by two, so the longer words of other languages fit the panel's width.
        row.addWidget(self.copy_link_button)
        row.addWidget(self.copy_embed_button)
        row.addStretch(1)
        links_layout.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.copy_hls_button)
        row2.addWidget(self.open_button)
        row2.addStretch(1)
        links_layout.addLayout(row2)
        self.skipped_label = QLabel(tr(MSG_SKIPPED_LINKS), self.links)
        self.skipped_label.setTextFormat(Qt.TextFormat.PlainText)
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setStyleSheet("font-size: 11px;")
        set_tone(self.skipped_label, Tone.MUTED)
        links_layout.addWidget(self.skipped_label)
        layout.addWidget(self.links)
        self._shown_thumbnail: bytes = b""

        # What api.video will show, editable until the upload starts.
        self.form_box = QWidget(self)
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 6, 0, 0)
        self.title_edit = QLineEdit(self.form_box)
        self.title_edit.setPlaceholderText(translate("DetailsPanel", "The title viewers see"))
        self.description_edit = QPlainTextEdit(self.form_box)
        self.description_edit.setPlaceholderText(tr(PLACEHOLDER_DESCRIPTION))
        self.description_edit.setFixedHeight(70)
        self.description_edit.setTabChangesFocus(True)  # Tab moves on; it never types a tab
        self.tags_edit = QLineEdit(self.form_box)
        self.tags_edit.setPlaceholderText(tr(PLACEHOLDER_TAGS))
        self.public_check = QCheckBox(translate("DetailsPanel", "Public"), self.form_box)
        # What "public" means, on a line of its own that wraps: a check box's words never do.
        self.public_hint = QLabel(
            translate("DetailsPanel", "Anyone with the link can watch it."), self.form_box
        )
        self.public_hint.setWordWrap(True)
        set_tone(self.public_hint, Tone.MUTED)
        self.mp4_check = QCheckBox(
            translate("DetailsPanel", "Also make a downloadable MP4"), self.form_box
        )
        form.addRow(translate("DetailsPanel", "Title"), self.title_edit)
        self.title_guard = TitleGuard(self.title_edit, self.form_box)
        form.addRow(self.title_guard.label)
        form.addRow(translate("DetailsPanel", "Description"), self.description_edit)
        form.addRow(translate("DetailsPanel", "Tags"), self.tags_edit)
        # The whole width, so longer words in other languages still fit the panel.
        form.addRow(self.public_check)
        form.addRow(self.public_hint)
        form.addRow(self.mp4_check)
        layout.addWidget(self.form_box)
        self.save_state = SaveStateLine(self)
        layout.addWidget(self.save_state)
        self.attachments = AttachmentSection(self)
        layout.addWidget(self.attachments)
        self.locked_label = QLabel(MSG_LOCKED, self)
        self.locked_label.setTextFormat(Qt.TextFormat.PlainText)
        self.locked_label.setWordWrap(True)
        self.locked_label.setStyleSheet("font-size: 11px;")
        set_tone(self.locked_label, Tone.MUTED)
        layout.addWidget(self.locked_label)
        layout.addStretch(1)

        self.title_edit.textEdited.connect(self._store)
        self.description_edit.textChanged.connect(self._store)
        self.tags_edit.textEdited.connect(self._store)
        self.public_check.toggled.connect(self._store)
        self.mp4_check.toggled.connect(self._store)
        self.show_item(None)

    @property
    def item(self) -> QueueItem | None:
        return self._item

    def show_item(self, item: QueueItem | None) -> None:
        """Fill the panel from ``item`` (or show a hint when nothing is selected)."""
        self._item = item
        self._loading = True
        try:
            if item is None:
                self.name_label.setText(translate("DetailsPanel", "No file selected"))
                self.state_label.setText(
                    translate("DetailsPanel", "Select a file in the list to see its details.")
                )
                self.form_box.hide()
                self.links.hide()
                self.locked_label.hide()
                self.strip.clear()
                self.strip.hide()
                self.strip_label.hide()
                self.attachments.show_item(None)
                return
            self.form_box.show()
            self.title_guard.reset()
            self.title_edit.setText(item.title)
            self.description_edit.setPlainText(item.description)
            self.tags_edit.setText(", ".join(item.tags))
            self.public_check.setChecked(item.public)
            self.mp4_check.setChecked(item.mp4_support)
            self.update_state()
        finally:
            self._loading = False

    def update_state(self) -> None:
        """Refresh what changes during the upload (state, links, chunk strip)."""
        item = self._item
        if item is None:
            return
        self.name_label.setText(shown(item.name))
        self.state_label.setText(shown(self._progress_line(item)))
        editable = item.editable
        # Title, description, tags and privacy stay editable: once the video exists they are
        # sent to it. Only the MP4 choice is fixed when the upload starts.
        self.mp4_check.setEnabled(editable)
        self.save_state.show_item(item)
        self.locked_label.setVisible(not editable)
        if item.links.player:
            locked_text = tr(MSG_EDITS_SENT)
        elif item.state is ItemState.UPLOADED:
            # An upload token gets no answer with links when the last one was lost.
            locked_text = tr(MSG_UPLOADED_WITH) + " " + no_links_words()
        else:
            locked_text = tr(MSG_LOCKED)
        self.locked_label.setText(locked_text)
        has_link = bool(item.links.player)
        self.links.setVisible(has_link)
        if has_link and self.link_field.text() != item.links.player:
            self.link_field.setText(item.links.player)
            self.link_field.setCursorPosition(0)  # show where the link goes, not its tail
        self.copy_embed_button.setEnabled(bool(item.links.embed))
        self.copy_hls_button.setEnabled(bool(item.links.hls))
        self.skipped_label.setVisible(item.state is ItemState.SKIPPED)
        self._show_thumbnail(item.thumbnail)
        self.attachments.show_item(item)
        self.update_strip()

    def _show_thumbnail(self, data: bytes) -> None:
        if data == self._shown_thumbnail:
            return
        self._shown_thumbnail = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.thumbnail_label.setPixmap(
                pixmap.scaled(
                    THUMBNAIL_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.thumbnail_label.show()
        else:
            self.thumbnail_label.clear()
            self.thumbnail_label.hide()

    @staticmethod
    def _progress_line(item: QueueItem) -> str:
        parts = [item.state_text()]
        if item.state is ItemState.UPLOADING and item.bytes_done:
            parts.append(
                fill(
                    translate("DetailsPanel", "%1 of %2"),
                    size_words(item.bytes_done),
                    size_words(item.size),
                )
            )
            if item.speed > 0:
                parts.append(speed_words(item.speed))
            left = item.seconds_left
            if left is not None:
                parts.append(fill(translate("DetailsPanel", "%1 left"), duration_words(left)))
        else:
            parts.append(size_words(item.size))
        return " · ".join(parts)

    def update_strip(self) -> None:
        item = self._item
        if item is None:
            return
        states, fills, sizes = item.counters.strip()
        show = bool(states) and item.state not in (ItemState.READY, ItemState.SKIPPED)
        self.strip.setVisible(show)
        self.strip_label.setVisible(show)
        if show:
            paused = item.state is ItemState.PAUSED
            self.strip.set_chunks(states, fills, sizes, paused=paused)
            self.strip_label.setText(self.strip.summary())

    def _store(self) -> None:
        item = self._item
        if self._loading or item is None:
            return
        before = (item.title, item.description, item.tags, item.public)
        item.title = self.title_guard.title(item.title or default_title(item.path))
        item.description = self.description_edit.toPlainText()
        item.tags = parse_tags(self.tags_edit.text())
        item.public = self.public_check.isChecked()
        if item.editable:
            item.mp4_support = self.mp4_check.isChecked()
        if (item.title, item.description, item.tags, item.public) != before:
            self.edited.emit(item)

    def _copy_link(self) -> None:
        if self._item is not None and self._item.links.player:
            QGuiApplication.clipboard().setText(self._item.links.player)
            self.copied.emit(translate("DetailsPanel", "Link copied."))

    def _copy_embed(self) -> None:
        if self._item is not None and self._item.links.embed:
            QGuiApplication.clipboard().setText(self._item.links.embed)
            self.copied.emit(translate("DetailsPanel", "Embed code copied."))

    def _copy_hls(self) -> None:
        if self._item is not None and self._item.links.hls:
            QGuiApplication.clipboard().setText(self._item.links.hls)
            self.copied.emit(translate("DetailsPanel", "HLS URL copied."))

    def _open(self) -> None:
        if self._item is not None and self._item.links.player:
            QDesktopServices.openUrl(QUrl(self._item.links.player))
