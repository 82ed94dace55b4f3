"""Whether the desktop is light or dark, and when that changes.

Qt 6.5+ knows it on most desktops (``QStyleHints.colorScheme``). Where it says "Unknown" on
Linux, the desktop portal's ``org.freedesktop.appearance color-scheme`` setting tells it; it is
asked asynchronously over D-Bus, so a slow or missing portal never holds up the window, and a
missing one is simply no answer (light, the default of every desktop). Portals older than
version 2 of the Settings interface (before 2023) have no ``ReadOne``; they are asked again
with ``Read``.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

try:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
except ImportError:  # a build without QtDBus: Qt's own answer is all there is
    QDBusConnection = None  # type: ignore[assignment,misc]

from uploader_gui.gui.theme_colours import Scheme

log = logging.getLogger(__name__)

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_SETTINGS = "org.freedesktop.portal.Settings"
APPEARANCE = "org.freedesktop.appearance"
COLOR_SCHEME = "color-scheme"
UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"


def scheme_from_portal(value: object) -> Scheme | None:
    """The portal's answer (1 prefers dark, 2 prefers light, 0 no preference), possibly wrapped
    in variants by older portals; anything else is no answer."""
    for _ in range(3):  # ``Read`` wraps the value twice, ``ReadOne`` once
        if isinstance(value, list | tuple) and len(value) == 1:
            value = value[0]
        elif hasattr(value, "variant"):
            value = value.variant()
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return {1: Scheme.DARK, 2: Scheme.LIGHT}.get(value)


def scheme_from_qt(scheme: Qt.ColorScheme) -> Scheme | None:
    return {Qt.ColorScheme.Dark: Scheme.DARK, Qt.ColorScheme.Light: Scheme.LIGHT}.get(scheme)


class SystemScheme(QObject):
    """The system's scheme (None while unknown). Signals: changed()."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._portal: Scheme | None = None
        self._watcher: QObject | None = None
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._qt_changed)
        if (
            sys.platform.startswith("linux")
            and QDBusConnection is not None
            and self._from_qt() is None
        ):
            self._ask_portal()

    @property
    def scheme(self) -> Scheme | None:
        return self._from_qt() or self._portal

    @staticmethod
    def _from_qt() -> Scheme | None:
        return scheme_from_qt(QGuiApplication.styleHints().colorScheme())

    def _qt_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.changed.emit()

    def _ask_portal(self) -> None:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        self._read(bus, "ReadOne")
        bus.connect(  # type: ignore[call-overload]  # PySide takes the slot's name as text
            PORTAL_SERVICE,
            PORTAL_PATH,
            PORTAL_SETTINGS,
            "SettingChanged",
            self,
            "1_portal_setting_changed(QDBusMessage)",  # Qt's SLOT() form
        )

    def _read(self, bus: QDBusConnection, method: str) -> None:
        call = QDBusMessage.createMethodCall(PORTAL_SERVICE, PORTAL_PATH, PORTAL_SETTINGS, method)
        call.setArguments([APPEARANCE, COLOR_SCHEME])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(call, 2000), self)
        watcher.finished.connect(self._portal_answered)
        watcher.setProperty("method", method)
        self._watcher = watcher

    def _portal_answered(self, watcher: QObject) -> None:
        assert isinstance(watcher, QDBusPendingCallWatcher)
        reply = watcher.reply()
        method = watcher.property("method")
        watcher.deleteLater()
        self._watcher = None
        if (
            method == "ReadOne"
            and reply.type() == QDBusMessage.MessageType.ErrorMessage
            and reply.errorName() == UNKNOWN_METHOD
        ):
            self._read(QDBusConnection.sessionBus(), "Read")  # an older portal
            return
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            log.debug("No colour scheme from the desktop portal: %s", reply.errorMessage())
            return
        self._set_portal(scheme_from_portal(reply.arguments()))

    @Slot("QDBusMessage")
    def _portal_setting_changed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) == 3 and arguments[:2] == [APPEARANCE, COLOR_SCHEME]:
            self._set_portal(scheme_from_portal(arguments[2]))

    def _set_portal(self, scheme: Scheme | None) -> None:
        if scheme != self._portal:
            self._portal = scheme
            if self._from_qt() is None:
                self.changed.emit()
