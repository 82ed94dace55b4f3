"""Text contrast measured on a render, as WCAG 2 defines it.

For each text on screen (a label, a button's or a check box's words, a table cell), the
window is rendered once and the text's area cut out of the render: the background is the area's
most frequent colour, the text's colour the pixel that stands out most from it (the core of a
glyph, where anti-aliasing leaves the full colour). The ratio between them is what a person
sees; it is checked against the colour the widget was asked to draw as well, so a render that
missed the text cannot pass as contrast.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TypeGuard

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QWidget,
)

from uploader_gui.gui.theme_colours import READABLE, contrast

#: WCAG 2 AA for body text.
AA = READABLE


def ratio(a: QColor, b: QColor) -> float:
    return contrast(a, b)


@dataclass
class Measure:
    what: str
    background: QColor
    text: QColor
    #: The colour the widget paints its words in (its palette, set by the style sheet).
    meant: QColor

    @property
    def seen(self) -> float:
        return ratio(self.background, self.text)

    @property
    def planned(self) -> float:
        return ratio(self.background, self.meant)

    def __str__(self) -> str:
        return (
            f"{self.what}: {self.seen:.2f}:1 seen, {self.planned:.2f}:1 planned"
            f" ({self.text.name()} on {self.background.name()}, meant {self.meant.name()})"
        )


def measure_area(image: QImage, rect: QRect, what: str, meant: QColor) -> Measure | None:
    """The contrast of the text inside ``rect`` of ``image`` (None: an empty area)."""
    rect = rect.intersected(image.rect())
    if rect.width() < 2 or rect.height() < 2:
        return None
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    background = QColor(counts.most_common(1)[0][0])
    text = max((QColor(rgb) for rgb in counts), key=lambda c: ratio(background, c))
    return Measure(what, background, text, meant)


def _text_rect(widget: QWidget) -> QRect:
    """Where the widget's words are, in its own coordinates (a check box's box left out, a
    button's frame shaved off)."""
    if isinstance(widget, QCheckBox):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        return widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, widget)
    if isinstance(widget, QAbstractButton):
        return widget.rect().adjusted(4, 4, -4, -4)
    assert isinstance(widget, QLabel)
    return widget.contentsRect()


def _meant(widget: QWidget) -> QColor:
    return widget.palette().color(widget.foregroundRole())


def texts(root: QWidget) -> list[QLabel | QAbstractButton]:
    """The visible, enabled widgets of ``root`` that show words (disabled controls are exempt
    in WCAG; pictures are not text)."""
    found: list[QLabel | QAbstractButton] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if _shows_words(widget):
            found.append(widget)
    return found


def _shows_words(widget: QWidget) -> TypeGuard[QLabel | QAbstractButton]:
    if isinstance(widget, QLabel):
        return bool(widget.text()) and widget.pixmap().isNull()
    # Buttons with an icon (the toolbar's) are left out: the icon is no text.
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip()) and widget.icon().isNull()
    return False


def measure_widgets(root: QWidget) -> list[Measure]:
    """Every text of ``root`` measured on one render of it."""
    image = root.grab().toImage()
    measures = []
    for widget in texts(root):
        rect = _text_rect(widget)
        top_left = widget.mapTo(root, rect.topLeft())
        what = f"{type(widget).__name__} {widget.text()[:40]!r}"
        m = measure_area(image, QRect(top_left, rect.size()), what, _meant(widget))
        if m is not None:
            measures.append(m)
    return measures


def measure_cells(root: QWidget, table: QTableView, columns: list[int]) -> list[Measure]:
    """The words of each row's ``columns`` cells, on the same kind of render."""
    image = root.grab().toImage()
    model = table.model()
    measures = []
    for row in range(model.rowCount()):
        for col in columns:
            index = model.index(row, col)
            rect = table.visualRect(index).adjusted(2, 2, -2, -2)
            top_left = table.viewport().mapTo(root, rect.topLeft())
            selected = table.selectionModel().isSelected(index)
            m = measure_area(
                image, QRect(top_left, rect.size()), _cell_name(index), _cell_colour(table, index)
            )
            if m is not None and selected:
                m.what += " (selected)"
            if m is not None:
                measures.append(m)
    return measures


def _cell_name(index: QModelIndex) -> str:
    return f"row {index.row()} column {index.column()} {str(index.data())[:40]!r}"


def _cell_colour(table: QTableView, index: QModelIndex) -> QColor:
    if table.selectionModel().isSelected(index):
        return table.palette().color(QPalette.ColorRole.HighlightedText)
    brush = index.data(9)  # Qt.ItemDataRole.ForegroundRole
    if isinstance(brush, QColor):
        return brush
    return table.palette().color(QPalette.ColorRole.Text)


def low(measures: list[Measure]) -> list[str]:
    """The texts below AA, seen or as planned."""
    return [str(m) for m in measures if min(m.seen, m.planned) < AA]
