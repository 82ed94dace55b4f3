"""The queue on any screen: columns as wide as their longest likely words in the person's font
and language, file names cut in the middle with their extension kept ("Day 1 – inte…camera.mp4":
the end of a name often tells takes and parts apart),
and the details panel below the queue instead of beside it when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from uploader_gui.gui.progress_delegate import TEXT_WIDTH
from uploader_gui.gui.queue_model import COL_LEFT, COL_NAME, COL_PROGRESS, COL_SIZE, COL_SPEED
from uploader_gui.gui.unit_words import duration_words, size_words, speed_words

#: Below this window width the details panel moves under the queue, so file names keep room.
NARROW_WIDTH = 1100
#: A file extension is kept when it is this short (".mp4", ".webm", ".mpeg").
MAX_EXTENSION = 6
#: Room around a cell's words (the style's margins), in pixels.
CELL_PADDING = 18
#: The progress column's bar, at least, beside its percentage.
BAR_ROOM = 70
#: The details panel's width beside the queue.
PANEL_WIDTH = 330


def elide_keeping_extension(name: str, metrics: QFontMetrics, width: int) -> str:
    """``name`` cut in the middle to fit ``width``: its start and the end of its stem (where
    "take 2" or "part 3" is written) kept either side of the ellipsis, its extension whole."""
    if metrics.horizontalAdvance(name) <= width:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or not 0 < len(extension) <= MAX_EXTENSION:
        return metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width)
    tail = dot + extension
    room = width - metrics.horizontalAdvance(tail)
    if room <= metrics.horizontalAdvance("…") + 2 * metrics.averageCharWidth():
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
    cut = metrics.elidedText(stem, Qt.TextElideMode.ElideMiddle, room)
    return (cut if "…" in cut else cut + "…") + tail


class NameDelegate(QStyledItemDelegate):
    """Draws a file name cut in its middle, extension kept; the tooltip has the whole path."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is None or not option.text:
            return
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        option.text = elide_keeping_extension(
            option.text,
            option.fontMetrics,
            text_rect.width() - 2 * margin,
        )


def fit_columns(table: QTableView) -> None:
    """Each number column as wide as its header or its widest likely value, whichever is
    wider; the name takes what is left, the state column follows its words
    (:mod:`state_column`) and can be dragged."""
    header = table.horizontalHeader()
    metrics = QFontMetrics(table.font())
    bold = QFontMetrics(header.font())
    model = table.model()
    samples = {
        COL_SIZE: size_words(999.99 * 1024**3),
        COL_SPEED: speed_words(999.9e6 / 8),
        COL_LEFT: duration_words(23 * 3600 + 59 * 60),
    }
    for col, sample in samples.items():
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        width = max(metrics.horizontalAdvance(sample), bold.horizontalAdvance(title))
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(col, width + CELL_PADDING)
    title = str(model.headerData(COL_PROGRESS, Qt.Orientation.Horizontal) or "")
    table.setColumnWidth(
        COL_PROGRESS, max(bold.horizontalAdvance(title) + CELL_PADDING, TEXT_WIDTH + BAR_ROOM)
    )
    header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
    table.setItemDelegateForColumn(COL_NAME, NameDelegate(table))
    # The state's words end with their detail ("Ready to watch · 360p ready"): cut at the end.
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


class NarrowLayout(QObject):
    """Puts the splitter's second part (the details) below the first when ``window`` is
    narrower than :data:`NARROW_WIDTH`, beside it otherwise."""

    def __init__(self, window: QWidget, splitter: QSplitter) -> None:
        super().__init__(window)
        self._window = window
        self._splitter = splitter
        window.installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.update()
        return False

    @property
    def narrow(self) -> bool:
        return self._window.width() < NARROW_WIDTH

    def update(self) -> None:
        wanted = Qt.Orientation.Vertical if self.narrow else Qt.Orientation.Horizontal
        if self._splitter.orientation() == wanted:
            return
        self._splitter.setOrientation(wanted)
        # The queue keeps the larger share; the panel scrolls within its part.
        if self.narrow:
            height = max(self._splitter.height(), 300)
            self._splitter.setSizes([height * 3 // 5, height * 2 // 5])
        else:
            width = max(self._splitter.width(), 2 * PANEL_WIDTH)
            self._splitter.setSizes([width - PANEL_WIDTH, PANEL_WIDTH])
