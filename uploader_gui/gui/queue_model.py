"""The queue as a Qt table model: one row per file, no widget per row, so thousands stay smooth."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QPixmap

from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.queue_tally import QueueTally
from uploader_gui.gui.shown_text import shown, tooltip
from uploader_gui.gui.theme import colours
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, translate
from uploader_gui.gui.unit_words import duration_words, size_words, speed_words

COL_NAME, COL_SIZE, COL_STATE, COL_PROGRESS, COL_SPEED, COL_LEFT = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("QueueModel", "Name"),
    QT_TRANSLATE_NOOP("QueueModel", "Size"),
    QT_TRANSLATE_NOOP("QueueModel", "State"),
    QT_TRANSLATE_NOOP("QueueModel", "Progress"),
    QT_TRANSLATE_NOOP("QueueModel", "Speed"),
    QT_TRANSLATE_NOOP("QueueModel", "Time left"),
)

#: The item behind a row, for views and delegates.
ItemRole = Qt.ItemDataRole.UserRole + 1
#: 0.0–1.0 for the progress bar delegate.
FractionRole = Qt.ItemDataRole.UserRole + 2
#: Raw values to sort by (bytes, seconds) instead of their text.
SortRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex

#: The thumbnail beside a file name once the video has one (16:9, fits a 30 px row).
THUMBNAIL_ICON = QSize(40, 22)


class QueueModel(QAbstractTableModel):
    """Rows are :class:`QueueItem`; the upload manager adds, moves and refreshes them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []
        self._rows: dict[int, int] = {}
        self._icons: dict[int, QIcon] = {}
        #: Files per state and bytes, kept as rows change (the window reads it every tick).
        self.tally = QueueTally()

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return translate("QueueModel", HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == ItemRole:
            return item
        if role == FractionRole:
            return item.fraction
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == SortRole:
            return self._sort_value(item, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip is read as HTML when it looks like HTML: names and server words are
            # escaped, so they show literally.
            if col == COL_NAME:
                return tooltip(str(item.path))
            if col == COL_STATE:
                return tooltip(item.state_text())
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NAME:
            return self._icons.get(item.id)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE:
            # States that need a glance: done in green, trouble in red, waiting in amber.
            return colours().state(item.state)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_SIZE, COL_SPEED, COL_LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(item: QueueItem, col: int) -> str | None:
        if col == COL_NAME:
            return shown(item.name)
        if col == COL_SIZE:
            return size_words(item.size)
        if col == COL_STATE:
            return shown(item.state_text())  # a failure's reason may quote the server
        if col == COL_PROGRESS:
            return f"{item.fraction * 100:.0f} %"
        if col == COL_SPEED:
            return speed_words(item.speed) if item.state is ItemState.UPLOADING else ""
        if col == COL_LEFT:
            left = item.seconds_left
            return duration_words(left) if left is not None else ""
        return None

    @staticmethod
    def _sort_value(item: QueueItem, col: int) -> Any:
        if col == COL_SIZE:
            return item.size
        if col == COL_PROGRESS:
            return item.fraction
        if col == COL_SPEED:
            return item.speed
        if col == COL_LEFT:
            left = item.seconds_left
            return -1.0 if left is None else left
        return QueueModel._display(item, col)

    # -- items ---------------------------------------------------------------------------
    @property
    def items(self) -> Sequence[QueueItem]:
        return self._items

    def item(self, row: int) -> QueueItem:
        return self._items[row]

    def row_of(self, item_id: int) -> int:
        """The row of an item, or -1 once it was removed."""
        return self._rows.get(item_id, -1)

    def find(self, item_id: int) -> QueueItem | None:
        row = self._rows.get(item_id, -1)
        return self._items[row] if row >= 0 else None

    def add(self, items: Iterable[QueueItem]) -> None:
        new = list(items)
        if not new:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._items.extend(new)
        for item in new:
            item.tally = self.tally
            self.tally.add(item)
        self._reindex(first)
        self.endInsertRows()

    def insert(self, row: int, item: QueueItem) -> None:
        """Put ``item`` back at ``row`` (or at the end if the list is shorter now)."""
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self._reindex(row)
        self.endInsertRows()

    def remove(self, item_id: int) -> None:
        row = self._rows.get(item_id, -1)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._items[row]
        item.tally = None
        self.tally.remove(item)
        del self._items[row]
        del self._rows[item_id]
        self._icons.pop(item_id, None)
        self._reindex(row)
        self.endRemoveRows()

    def move(self, item_id: int, delta: int) -> bool:
        """Move one row up (-1) or down (+1); False at either end."""
        row = self._rows.get(item_id, -1)
        target = row + delta
        if row < 0 or not 0 <= target < len(self._items) or delta not in (-1, 1):
            return False
        # Qt's destination is the row *before which* the moved row lands.
        dest = target if delta < 0 else target + 1
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._items[row], self._items[target] = self._items[target], self._items[row]
        self._reindex(min(row, target))
        self.endMoveRows()
        return True

    def move_to(self, item_id: int, target: int) -> bool:
        """Move one row to ``target`` in one step; False if it is already there."""
        row = self._rows.get(item_id, -1)
        if row < 0 or not 0 <= target < len(self._items) or target == row:
            return False
        # Qt's destination is the row *before which* the moved row lands.
        dest = target if target < row else target + 1
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._items.insert(target, self._items.pop(row))
        self._reindex(min(row, target))
        self.endMoveRows()
        return True

    def set_thumbnail(self, item_id: int, data: bytes) -> bool:
        """Show ``data`` (an image) beside the item's name; False if it is not an image."""
        pixmap = QPixmap()
        if not data or not pixmap.loadFromData(data):
            return False
        self._icons[item_id] = QIcon(
            pixmap.scaled(
                THUMBNAIL_ICON,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.refresh_item(item_id)
        return True

    def has_thumbnail(self, item_id: int) -> bool:
        return item_id in self._icons

    def refresh_rows(self, first: int, last: int) -> None:
        """One ``dataChanged`` covering every row that moved since the last refresh."""
        if self._items and 0 <= first <= last < len(self._items):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))

    def refresh_item(self, item_id: int) -> None:
        row = self._rows.get(item_id, -1)
        if row >= 0:
            self.refresh_rows(row, row)

    def _reindex(self, start: int) -> None:
        for i in range(start, len(self._items)):
            self._rows[self._items[i].id] = i
