"""The window's light or dark look: the system's scheme or the one chosen in Settings, applied
to the whole app at start and again whenever the system's scheme or the choice changes.

The system's own palette is kept when it already is of the wanted scheme (so the desktop's
look stays); otherwise the app takes the scheme's palette from :mod:`theme_colours`, with the
Fusion style, which follows a palette on every system. Text colours come from the app's style
sheet through each label's *tone*, so no widget names a colour.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from uploader_gui.gui.system_scheme import SystemScheme
from uploader_gui.gui.theme_colours import (
    SCHEMES,
    Colours,
    Scheme,
    Tone,
    palette,
    readable,
    style_sheet,
)


class Appearance(enum.Enum):
    """The choice in Settings."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @classmethod
    def parse(cls, value: object) -> Appearance:
        """A stored value, the system's for anything unknown."""
        try:
            return cls(str(value or "").strip().lower())
        except ValueError:
            return cls.SYSTEM


def scheme_of(p: QPalette) -> Scheme:
    """Dark when the palette's window is darker than its text."""
    window = p.color(QPalette.ColorRole.Window).lightness()
    text = p.color(QPalette.ColorRole.WindowText).lightness()
    return Scheme.DARK if window < text else Scheme.LIGHT


class Theme(QObject):
    """Applies the look; one per app (see :func:`theme`). Signals: changed()."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._appearance = Appearance.SYSTEM
        self._own_palette = app.palette()
        self._own_style = app.style().name()
        self._scheme: Scheme | None = None
        self.system = SystemScheme(self)
        self.system.changed.connect(self._system_changed)

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    @property
    def scheme(self) -> Scheme:
        if self._appearance is Appearance.LIGHT:
            return Scheme.LIGHT
        if self._appearance is Appearance.DARK:
            return Scheme.DARK
        return self.system.scheme or scheme_of(self._own_palette)

    @property
    def colours(self) -> Colours:
        return SCHEMES[self._scheme or self.scheme]

    def set_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self.apply()

    def apply(self) -> None:
        """Palette, style and style sheet for the current scheme; every window repaints."""
        scheme = self.scheme
        if scheme is self._scheme:
            return
        self._scheme = scheme
        colours = SCHEMES[scheme]
        if scheme_of(self._own_palette) is scheme:
            self._app.setStyle(self._own_style)
            self._app.setPalette(readable(self._own_palette, colours))
        else:
            self._app.setStyle(QStyleFactory.create("Fusion"))
            self._app.setPalette(palette(colours))
        self._app.setStyleSheet(style_sheet(colours))
        for window in self._app.topLevelWidgets():
            window.update()
        self.changed.emit()

    def _system_changed(self) -> None:
        if self._appearance is not Appearance.SYSTEM:
            return
        # Qt refreshes the system's palette when the desktop changes scheme: keep the new one.
        if self._app.style().name() == self._own_style:
            self._app.setPalette(QPalette())
            self._own_palette = self._app.palette()
        self.apply()


def theme() -> Theme:
    """The app's theme (a child of the application), made the first time it is asked for."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the theme needs a QApplication"
    found = app.findChild(Theme)
    return found if isinstance(found, Theme) else Theme(app)


def colours() -> Colours:
    """The colours of the scheme shown now, for parts the app paints itself."""
    return theme().colours


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Colours a label or a flat button by what it says; the style sheet gives the colour."""
    widget.setProperty("tone", tone.value if tone is not None else "")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class OnThemeChange(QObject):
    """Calls ``refresh`` whenever the window turns light or dark, for as long as ``parent``
    lives (the connection ends with it)."""

    def __init__(self, parent: QObject, refresh: Callable[[], None]) -> None:
        super().__init__(parent)
        self._refresh = refresh
        theme().changed.connect(self._changed)

    def _changed(self) -> None:
        self._refresh()
