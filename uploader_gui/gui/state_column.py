"""The queue's State column as wide as the states it shows, the Name column taking the rest.

A state says what a creator is waiting for ("Processing · encoding 720p", "Retrying in 12 s"):
cut short it says nothing, while a file name stays recognisable with its middle left out. So
the State column grows to the longest words of the rows in view, as far as leaves the Name
column a fair share, and gives the room back when those words are gone. Once the creator drags
the column to a width of their own, it stays there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from uploader_gui.gui.queue_layout import CELL_PADDING
from uploader_gui.gui.queue_model import COL_NAME, COL_STATE

#: The Name column keeps at least this much of the list's width, and this many pixels.
NAME_SHARE = 0.3
NAME_MIN_PX = 160
#: The State column never narrower than this.
STATE_MIN_PX = 140
#: It gives room back only when its words shrank by more than this (no flicker as digits move).
SHRINK_SLACK_PX = 24
#: How often the width follows the states as they change, at most.
REFIT_MS = 250
#: Rows measured at most: those in view (the work follows what is shown, not the queue's
#: length), and no more than this on a very tall screen.
MEASURED_ROWS = 200


class StateColumnFit(QObject):
    """Keeps ``table``'s State column as wide as its longest state, within the room the Name
    column leaves (see :data:`NAME_SHARE`)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFIT_MS)
        self._later.timeout.connect(self.fit)
        model = table.model()
        for signal in (
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._soon)
        table.verticalScrollBar().valueChanged.connect(self._soon)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        #: The creator dragged the column: their width is kept.
        self.chosen = False
        self._setting = False
        table.horizontalHeader().sectionResized.connect(self._resized)
        self.fit()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column == COL_STATE and not self._setting:
            self.chosen = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _soon(self, *_args: object) -> None:
        # Rows change several times a second while files move: one fit per interval.
        if not self._later.isActive():
            self._later.start()

    def wanted_width(self) -> int:
        """The width that shows every state's words whole (and the column's title)."""
        table = self._table
        model = table.model()
        metrics = QFontMetrics(table.font())
        title = str(model.headerData(COL_STATE, Qt.Orientation.Horizontal) or "")
        widest = QFontMetrics(table.horizontalHeader().font()).horizontalAdvance(title)
        count = model.rowCount()
        first = max(0, table.rowAt(0))
        last = table.rowAt(table.viewport().height() - 1)
        last = count - 1 if last < 0 else last
        rows = range(first, min(last + 1, first + MEASURED_ROWS, count))
        texts = {model.data(model.index(row, COL_STATE)) for row in rows}
        for text in texts:  # most rows say the same few words: each measured once
            if isinstance(text, str):
                widest = max(widest, metrics.horizontalAdvance(text))
        return max(widest + CELL_PADDING, STATE_MIN_PX)

    def room(self) -> int:
        """The widest the State column may be: what is left once the other columns and the
        Name column's share are taken."""
        table = self._table
        total = table.viewport().width()
        others = sum(
            table.columnWidth(col)
            for col in range(table.model().columnCount())
            if col not in (COL_NAME, COL_STATE) and not table.isColumnHidden(col)
        )
        name = max(NAME_MIN_PX, int(total * NAME_SHARE))
        return max(STATE_MIN_PX, total - others - name)

    def fit(self) -> None:
        """Set the State column's width for the states shown now (unless the creator chose
        one)."""
        if self.chosen:
            return
        table = self._table
        room = self.room()
        width = min(self.wanted_width(), room)
        current = table.columnWidth(COL_STATE)
        if width > current or width < current - SHRINK_SLACK_PX or current > room:
            self._setting = True
            try:
                table.setColumnWidth(COL_STATE, width)
            finally:
                self._setting = False
