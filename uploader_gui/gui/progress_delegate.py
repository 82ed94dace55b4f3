"""Paints the progress column (a slim bar and the percentage beside it) without a widget per
row, so thousands of rows repaint cheaply. The bar's colour follows the state: blue while
moving, green when done, amber when waiting on something, red when failed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.queue_model import FractionRole, ItemRole
from uploader_gui.gui.theme import colours

#: On the selection's colour the bar is white (the track half see-through), in both schemes.
SELECTED_TRACK = QColor(255, 255, 255, 80)
SELECTED_FILL = QColor(255, 255, 255)
BAR_HEIGHT = 6.0
TEXT_WIDTH = 44


class ProgressDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fraction = index.data(FractionRole)
        item = index.data(ItemRole)
        if not isinstance(fraction, float) or not isinstance(item, QueueItem):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The row's own background and selection first.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(
            rect.left() + 6,
            rect.center().y() - BAR_HEIGHT / 2 + 1,
            max(10, rect.width() - TEXT_WIDTH - 12),
            BAR_HEIGHT,
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # On the selection's colour the bar turns white, so it stays visible.
        painter.setPen(Qt.PenStyle.NoPen)
        scheme = colours()
        painter.setBrush(SELECTED_TRACK if selected else QColor(scheme.track))
        painter.drawRoundedRect(bar, 3, 3)
        if fraction > 0:
            width = max(BAR_HEIGHT, bar.width() * fraction)
            filled = QRectF(bar.left(), bar.top(), width, bar.height())
            painter.setBrush(SELECTED_FILL if selected else scheme.fill(item.state))
            painter.drawRoundedRect(filled, 3, 3)
        palette = option.palette
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        text_rect = QRectF(rect.right() - TEXT_WIDTH - 4, rect.top(), TEXT_WIDTH, rect.height())
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{fraction * 100:.0f} %",
        )
        painter.restore()
