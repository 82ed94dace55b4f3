"""The main toolbar keeps every button in sight at any width a laptop gives it.

Qt folds the buttons that do not fit into an overflow arrow, where a person does not see them
(Settings last of all, in the longer languages, at 1024 px). So the toolbar shows its words
beside the icons while they all fit; when they do not, the icons alone, but for the first few
actions that keep their words as room allows. A button without words still says what it does
through its tooltip and its accessible name."""

from __future__ import annotations

from collections.abc import Sequence

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

    def __init__(self, bar: QToolBar, words_first: Sequence[QAction] = ()) -> None:
        """``words_first``: the actions that keep their words, in this order, when not all
        of them can (the ones a person looks for by name)."""
        super().__init__(bar)
        self._bar = bar
        self._words_first = tuple(words_first)
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

    def _button_width(self, action: QAction, style: Qt.ToolButtonStyle) -> int:
        self._probe.setToolButtonStyle(style)
        self._probe.setText(action.iconText())
        self._probe.setIcon(action.icon())
        return self._probe.sizeHint().width()

    def _widths(self) -> tuple[int, dict[QAction, tuple[int, int]]]:
        """The toolbar's room taken by other than buttons (margins, spacing, separators), and
        each shown button's width with its words and with its icon alone."""
        bar = self._bar
        style = bar.style()
        self._probe.setIconSize(bar.iconSize())
        self._probe.setFont(bar.font())
        shown = [a for a in bar.actions() if a.isVisible()]
        fixed = 0
        buttons: dict[QAction, tuple[int, int]] = {}
        for action in shown:
            if action.isSeparator():
                fixed += style.pixelMetric(QStyle.PixelMetric.PM_ToolBarSeparatorExtent, None, bar)
            else:
                buttons[action] = (
                    self._button_width(action, _WORDS),
                    self._button_width(action, _ICONS),
                )
        layout = bar.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            fixed += margins.left() + margins.right() + layout.spacing() * max(0, len(shown) - 1)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_ToolBarFrameWidth, None, bar)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ToolBarItemMargin, None, bar)
        return fixed + 2 * (frame + margin) + SPARE_PX, buttons

    def words_width(self) -> int:
        """How wide the toolbar must be to show every button with its words."""
        fixed, buttons = self._widths()
        return fixed + sum(words for words, _ in buttons.values())

    def fit(self) -> None:
        """Words beside the icons if they all fit in the toolbar's width; else the icons
        alone, with the words kept on the first actions given as room allows. Each button is
        named for assistive technology either way."""
        bar = self._bar
        fixed, buttons = self._widths()
        room = bar.width() - fixed - sum(icon for _, icon in buttons.values())
        all_words = sum(words - icon for words, icon in buttons.values()) <= room
        worded: set[QAction] = set(buttons) if all_words else set()
        if not all_words:
            for action in self._words_first:
                words, icon = buttons.get(action, (0, 0))
                if action in buttons and words - icon <= room:
                    worded.add(action)
                    room -= words - icon
        bar_style = _WORDS if all_words else _ICONS
        if bar.toolButtonStyle() != bar_style:
            bar.setToolButtonStyle(bar_style)
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton) and button is not self._probe:
                wanted = _WORDS if action in worded else _ICONS
                if button.toolButtonStyle() != wanted:
                    button.setToolButtonStyle(wanted)
                button.setAccessibleName(action.iconText())
