"""The main toolbar keeps every button in sight at any width a laptop gives it.

Qt folds the buttons that do not fit into an overflow arrow, where a person does not see them
(Settings last of all, in the longer languages, at 1024 px). So the toolbar shows its words
beside the icons while they all fit, and the icons alone when they do not: each button then
still says what it does through its tooltip and its accessible name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStyle, QToolBar, QToolButton

#: Room kept spare so a button never lands on the very edge (the toolbar's frame and
#: margins differ a few pixels between styles).
SPARE_PX = 12

_WORDS = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
_ICONS = Qt.ToolButtonStyle.ToolButtonIconOnly
_REFIT_ON = {
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.StyleChange,
    QEvent.Type.FontChange,
    QEvent.Type.LanguageChange,
    QEvent.Type.ActionAdded,
    QEvent.Type.ActionRemoved,
}


class ToolbarFit(QObject):
    """Chooses, whenever the toolbar's width or words change, between words beside icons and
    icons alone, so that nothing goes into the overflow arrow."""

    def __init__(self, bar: QToolBar) -> None:
        super().__init__(bar)
        self._bar = bar
        # A button that is never shown, dressed as each action in turn to measure how wide it
        # is with its words, whatever the toolbar shows at the moment.
        self._probe = QToolButton(bar)
        self._probe.setObjectName("toolbarMeasure")
        self._probe.hide()
        self._probe.setAutoRaise(True)
        self._probe.setToolButtonStyle(_WORDS)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.fit)
        bar.installEventFilter(self)
        for action in bar.actions():
            action.changed.connect(self._later.start)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._bar and event.type() in _REFIT_ON:
            if event.type() is QEvent.Type.ActionAdded:
                added = getattr(event, "action", lambda: None)()
                if isinstance(added, QAction):
                    added.changed.connect(self._later.start)
            if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
                self.fit()  # at once, so the buttons are never drawn in the overflow
            else:
                self._later.start()
        return False

    def words_width(self) -> int:
        """How wide the toolbar must be to show every button with its words."""
        bar = self._bar
        style = bar.style()
        self._probe.setIconSize(bar.iconSize())
        self._probe.setFont(bar.font())
        shown = [a for a in bar.actions() if a.isVisible()]
        width = 0
        for action in shown:
            if action.isSeparator():
                width += style.pixelMetric(QStyle.PixelMetric.PM_ToolBarSeparatorExtent, None, bar)
                continue
            self._probe.setText(action.iconText())
            self._probe.setIcon(action.icon())
            width += self._probe.sizeHint().width()
        layout = bar.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            width += margins.left() + margins.right() + layout.spacing() * max(0, len(shown) - 1)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_ToolBarFrameWidth, None, bar)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ToolBarItemMargin, None, bar)
        return width + 2 * (frame + margin) + SPARE_PX

    def fit(self) -> None:
        """Words beside the icons if they all fit in the toolbar's width, else icons alone;
        each button named for assistive technology either way."""
        bar = self._bar
        wanted = _WORDS if self.words_width() <= bar.width() else _ICONS
        if bar.toolButtonStyle() != wanted:
            bar.setToolButtonStyle(wanted)
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton) and button is not self._probe:
                button.setAccessibleName(action.iconText())
