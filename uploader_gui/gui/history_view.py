"""Finished and failed uploads, kept in the upload store: find last month's video and its link
without opening the dashboard."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uploader_gui.core.environments import Environment
from uploader_gui.core.store import FileRecord, FileState, UploadStore
from uploader_gui.core.video_links import VideoLinks, links_in
from uploader_gui.gui.environment_words import place
from uploader_gui.gui.history_edits import HistoryEdits
from uploader_gui.gui.problem_words import reason_words
from uploader_gui.gui.shown_text import shown, tooltip
from uploader_gui.gui.theme import OnThemeChange, colours, set_tone
from uploader_gui.gui.theme_colours import Tone
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate
from uploader_gui.gui.unit_words import size_words

if TYPE_CHECKING:
    from uploader_gui.gui.details_sync import DetailsSync

log = logging.getLogger(__name__)

#: Rows shown at most (newest first); searching reaches older ones.
HISTORY_LIMIT = 500
SEARCH_DELAY_MS = 200
#: The translation context of the history's words.
CONTEXT = "HistoryView"
HEADERS = (
    QT_TRANSLATE_NOOP("HistoryView", "Title"),
    QT_TRANSLATE_NOOP("HistoryView", "File"),
    QT_TRANSLATE_NOOP("HistoryView", "Finished"),
    QT_TRANSLATE_NOOP("HistoryView", "Size"),
    QT_TRANSLATE_NOOP("HistoryView", "Result"),
    QT_TRANSLATE_NOOP("HistoryView", "Environment"),
)
MSG_NO_STORE = QT_TRANSLATE_NOOP(
    "HistoryView",
    "The history lives in the saved upload list. The local demo and sessions without a saved "
    "list keep none.",
)
MSG_EMPTY = QT_TRANSLATE_NOOP(
    "HistoryView", "Finished and failed uploads appear here, with their links."
)
MSG_NO_MATCH = QT_TRANSLATE_NOOP("HistoryView", "Nothing matches “%1”.")
_RESULT_WORDS = {
    FileState.DONE: QT_TRANSLATE_NOOP("HistoryView", "Uploaded"),
    FileState.FAILED: QT_TRANSLATE_NOOP("HistoryView", "Failed"),
    FileState.CANCELLED: QT_TRANSLATE_NOOP("HistoryView", "Cancelled"),
}


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def record_links(record: FileRecord) -> VideoLinks:
    return links_in(record.result)


def result_words(record: FileRecord) -> str:
    source = _RESULT_WORDS.get(record.state)
    words = tr(source) if source else str(record.state)
    if record.state is not FileState.DONE and record.last_error:
        words = fill(translate("HistoryView", "%1 — %2"), words, reason_words(record.last_error))
    return words


def environment_words(record: FileRecord) -> str:
    """Where the file went, as the badge names it (Production, Sandbox, a custom server)."""
    env = Environment.from_saved(record.environment, record.base_url)
    return place(env) if env is not None else record.environment


class HistoryView(QWidget):
    """Signals:
    copied(text): a link went to the clipboard (for a status message).
    """

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: UploadStore | None = None
        self.records: list[FileRecord] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            translate("HistoryView", "Search titles and file names")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("HistoryView", "Search the history"))
        top.addWidget(self.search_edit, 1)
        self.copy_link_button = QPushButton(translate("HistoryView", "Copy link"), self)
        self.copy_embed_button = QPushButton(translate("HistoryView", "Copy embed code"), self)
        self.open_button = QPushButton(translate("HistoryView", "Open in browser"), self)
        for b in (self.copy_link_button, self.copy_embed_button, self.open_button):
            top.addWidget(b)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.setAccessibleName(translate("HistoryView", "Upload history"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 220), (2, 140), (3, 80), (4, 200), (5, 140)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.hint = QLabel(MSG_EMPTY, self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was searched for
        set_tone(self.hint, Tone.MUTED)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        #: Edit, delete and restore; set by the window (see :meth:`set_sync`).
        self.edits: HistoryEdits | None = None

        # A failure's words are coloured for the scheme when listed: listed again on a change.
        OnThemeChange(self, self.refresh)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.copy_link_button.clicked.connect(self._copy_link)
        self.copy_embed_button.clicked.connect(self._copy_embed)
        self.open_button.clicked.connect(self._open)
        self._update_buttons()

    def set_sync(self, sync: DetailsSync) -> None:
        """Offer editing, deleting and restoring videos, sent through ``sync``."""
        self.edits = HistoryEdits(self, sync)

    def set_store(self, store: UploadStore | None) -> None:
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        """Read the history again (search words match the title or the file name)."""
        text = self.search_edit.text().strip()
        store = self.store
        records: list[FileRecord] = []
        if store is not None:
            try:
                records = store.history(text, limit=HISTORY_LIMIT)
                if self.edits is not None:
                    records = self.edits.shown_records(store, records)
            except Exception:
                log.exception("Could not read the upload history")
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            when = record.finished_at or record.updated_at
            cells = (
                record.metadata.title,
                record.name,
                time.strftime("%Y-%m-%d %H:%M", time.localtime(when)),
                size_words(record.size),
                (self.edits and self.edits.deleted_words(record)) or result_words(record),
                environment_words(record),
            )
            for col, value in enumerate(cells):
                # Titles, names and a failure's reason (the server's words) are shown as
                # they are; a tooltip is escaped, since Qt reads one that looks like HTML as HTML.
                cell = QTableWidgetItem(shown(value))
                cell.setToolTip(tooltip(str(record.path) if col == 1 else value))
                if col == 4 and record.state is FileState.FAILED:
                    cell.setForeground(colours().tone(Tone.ERROR))
                self.table.setItem(row, col, cell)
        if store is None:
            self.hint.setText(tr(MSG_NO_STORE))
        elif not records:
            self.hint.setText(fill(tr(MSG_NO_MATCH), shown(text)) if text else tr(MSG_EMPTY))
        self.hint.setVisible(store is None or not records)
        self._update_buttons()

    def selected(self) -> FileRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()]

    def _update_buttons(self) -> None:
        if self.edits is not None:
            self.edits.update_buttons()
        links = self._links()
        self.copy_link_button.setEnabled(bool(links.player))
        self.open_button.setEnabled(bool(links.player))
        self.copy_embed_button.setEnabled(bool(links.embed))

    def _links(self) -> VideoLinks:
        record = self.selected()
        return record_links(record) if record is not None else VideoLinks()

    def _copy_link(self) -> None:
        if link := self._links().player:
            QGuiApplication.clipboard().setText(link)
            self.copied.emit(translate("HistoryView", "Link copied."))

    def _copy_embed(self) -> None:
        if code := self._links().embed:
            QGuiApplication.clipboard().setText(code)
            self.copied.emit(translate("HistoryView", "Embed code copied."))

    def _open(self) -> None:
        if link := self._links().player:
            QDesktopServices.openUrl(QUrl(link))
