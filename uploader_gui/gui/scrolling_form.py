"""A dialog whose form scrolls when the screen is too short for it, so on a small laptop
screen nothing overlaps and the Save button stays in sight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

#: How much of the screen's height a dialog may take at first.
SCREEN_SHARE = 0.9


def scrolling_body(dialog: QDialog, name: str) -> tuple[QVBoxLayout, QVBoxLayout]:
    """``(form, outer)``: lay the form's parts in ``form`` (it scrolls, and a screen reader
    calls it ``name``), the buttons in ``outer`` (below the scroll area, always shown)."""
    outer = QVBoxLayout(dialog)
    area = QScrollArea(dialog)
    area.setObjectName("formScroll")
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget(area)
    body.setObjectName("formBody")
    form = QVBoxLayout(body)
    form.setContentsMargins(0, 0, 0, 0)
    area.setWidget(body)
    outer.addWidget(area, 1)
    return form, outer


def fit_to_screen(dialog: QDialog, min_width: int) -> None:
    """The whole form when the screen has room, else as tall as the screen allows."""
    area = dialog.findChild(QScrollArea, "formScroll")
    widget = area.widget() if area is not None else None
    assert area is not None and widget is not None
    body = widget.sizeHint()
    outer = dialog.layout()
    rest = outer.sizeHint().height() - area.sizeHint().height() if outer is not None else 0
    width = max(min_width, body.width() + area.verticalScrollBar().sizeHint().width() + 24)
    height = body.height() + max(rest, 0) + 16
    screen = dialog.screen()
    if screen is not None and screen.availableGeometry().height() > 0:
        available = screen.availableGeometry()
        height = min(height, int(available.height() * SCREEN_SHARE))
        width = min(width, available.width())
    dialog.resize(width, height)
