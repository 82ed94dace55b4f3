"""Light, dark or the system's scheme: the setting, the system's answer (Qt's, else the desktop
portal's over D-Bus, here a stand-in portal on the tests' private bus), and the window following
a change of either."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QSize
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusVariant,
    QDBusVirtualObject,
)
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import resolver_for
from uploader_gui.core.secrets import SecretStore
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.icon_tint import is_dark_line_art
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.settings_dialog import SettingsDialog
from uploader_gui.gui.system_scheme import (
    APPEARANCE,
    COLOR_SCHEME,
    PORTAL_PATH,
    PORTAL_SERVICE,
    PORTAL_SETTINGS,
    UNKNOWN_METHOD,
    SystemScheme,
    scheme_from_portal,
)
from uploader_gui.gui.theme import Appearance, OnThemeChange, Theme, theme
from uploader_gui.gui.theme_colours import Scheme


class Portal(QDBusVirtualObject):
    """Answers ``Settings.ReadOne`` for the colour scheme as a desktop portal does; with
    ``old``, only ``Read`` (the value in a variant in a variant), as portals before version 2 of
    the interface do."""

    def __init__(self, value: int, *, old: bool = False) -> None:
        super().__init__()
        self.value = value
        self.old = old
        self.asked: list[str] = []

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        method = message.member()
        self.asked.append(method)
        if message.arguments() != [APPEARANCE, COLOR_SCHEME]:
            return False
        if method == ("Read" if self.old else "ReadOne"):
            reply = message.createReply()
            value = QDBusVariant(self.value)
            reply.setArguments([QDBusVariant(value) if self.old else value])
        else:
            reply = message.createErrorReply(UNKNOWN_METHOD, f"No such method '{method}'")
        return connection.send(reply)


@pytest.fixture
def portal_bus(qapp: QApplication) -> Iterator[QDBusConnection]:
    """A second connection to the session bus, for the stand-in portal."""
    bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "stand-in-portal")
    if not bus.isConnected():
        pytest.skip("no session bus")
    yield bus
    bus.unregisterService(PORTAL_SERVICE)
    bus.unregisterObject(PORTAL_PATH)
    QDBusConnection.disconnectFromBus("stand-in-portal")


@pytest.fixture(autouse=True)
def _back_to_the_system(qapp: QApplication) -> Iterator[None]:
    yield
    theme().system._set_portal(None)
    theme().set_appearance(Appearance.SYSTEM)


def shown(source: SystemScheme | Theme) -> Scheme | None:
    """The scheme now (a call, so a type checker reads it afresh after each change)."""
    return source.scheme


def _announce(bus: QDBusConnection, value: int) -> None:
    signal = QDBusMessage.createSignal(PORTAL_PATH, PORTAL_SETTINGS, "SettingChanged")
    signal.setArguments([APPEARANCE, COLOR_SCHEME, QDBusVariant(value)])
    assert bus.send(signal)


def test_the_portal_tells_a_dark_desktop_and_its_change(
    portal_bus: QDBusConnection, qtbot: QtBot
) -> None:
    portal = Portal(1)
    assert portal_bus.registerVirtualObject(PORTAL_PATH, portal)
    assert portal_bus.registerService(PORTAL_SERVICE)
    system = SystemScheme()
    with qtbot.waitSignal(system.changed, timeout=5000):
        pass
    assert portal.asked == ["ReadOne"]
    assert shown(system) is Scheme.DARK
    with qtbot.waitSignal(system.changed, timeout=5000):
        _announce(portal_bus, 2)
    assert shown(system) is Scheme.LIGHT
    with qtbot.waitSignal(system.changed, timeout=5000):
        _announce(portal_bus, 0)  # no preference
    assert shown(system) is None


def test_an_older_portal_is_asked_with_read(portal_bus: QDBusConnection, qtbot: QtBot) -> None:
    portal = Portal(1, old=True)
    assert portal_bus.registerVirtualObject(PORTAL_PATH, portal)
    assert portal_bus.registerService(PORTAL_SERVICE)
    system = SystemScheme()
    with qtbot.waitSignal(system.changed, timeout=5000):
        pass
    assert portal.asked == ["ReadOne", "Read"]
    assert shown(system) is Scheme.DARK


def test_without_a_portal_the_scheme_is_unknown_and_nothing_breaks(qtbot: QtBot) -> None:
    system = SystemScheme()
    qtbot.waitUntil(lambda: system._watcher is None, timeout=5000)
    assert shown(system) is None


@pytest.mark.parametrize(
    ("value", "scheme"),
    [
        (1, Scheme.DARK),
        (2, Scheme.LIGHT),
        (0, None),
        (7, None),
        ([QDBusVariant(1)], Scheme.DARK),
        (QDBusVariant(QDBusVariant(2)), Scheme.LIGHT),  # ``Read``, the older call
        ("1", None),
        (True, None),
        ([], None),
    ],
)
def test_portal_answers(value: object, scheme: Scheme | None) -> None:
    assert scheme_from_portal(value) is scheme


def test_the_system_setting_follows_the_desktop(qapp: QApplication) -> None:
    t = theme()
    t.set_appearance(Appearance.SYSTEM)
    assert shown(t) is Scheme.LIGHT  # the offscreen desktop is light
    t.system._set_portal(Scheme.DARK)
    assert shown(t) is Scheme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    t.set_appearance(Appearance.LIGHT)  # the person's choice wins
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    t.set_appearance(Appearance.SYSTEM)
    assert shown(t) is Scheme.DARK
    t.system._set_portal(Scheme.LIGHT)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_the_choice_is_kept(app_settings: AppSettings) -> None:
    assert app_settings.load().appearance is Appearance.SYSTEM
    app_settings.save(UploadPreferences(appearance=Appearance.DARK))
    assert app_settings.load().appearance is Appearance.DARK
    assert Appearance.parse("purple") is Appearance.SYSTEM
    assert Appearance.parse(None) is Appearance.SYSTEM


def test_the_settings_offer_the_choice(
    qtbot: QtBot, app_settings: AppSettings, store: SecretStore
) -> None:
    dialog = SettingsDialog(
        UploadPreferences(appearance=Appearance.LIGHT), store, app_settings, resolver_for(None)
    )
    qtbot.addWidget(dialog)
    combo = dialog.appearance_box.combo
    assert combo.currentData() == Appearance.LIGHT.value
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "light", "dark"]
    combo.setCurrentIndex(combo.findData(Appearance.DARK.value))
    dialog.accept()
    assert dialog.result_prefs.appearance is Appearance.DARK
    assert app_settings.load().appearance is Appearance.DARK


def _ink(icon: QIcon) -> int:
    """The average lightness of an icon's visible pixels."""
    image = icon.pixmap(QSize(16, 16)).toImage()
    seen = [
        image.pixelColor(x, y).lightness()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() >= 128
    ]
    assert seen
    return sum(seen) // len(seen)


def test_line_icons_turn_light_in_a_dark_window(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(prefs=UploadPreferences(appearance=Appearance.DARK))
    down = window.window_actions.down.icon()
    assert _ink(down) > 150
    folder = window.window_actions.add_folder.icon()  # a coloured icon is left as it is
    assert not is_dark_line_art(folder.pixmap(QSize(16, 16)).toImage())
    window.apply_preferences(UploadPreferences(appearance=Appearance.LIGHT))
    assert _ink(window.window_actions.down.icon()) < 110


def test_a_follower_of_the_scheme_ends_with_its_owner(qapp: QApplication) -> None:
    calls: list[int] = []
    owner = QObject()
    OnThemeChange(owner, lambda: calls.append(1))
    theme().set_appearance(Appearance.DARK)
    assert calls == [1]
    shiboken6.delete(owner)
    theme().set_appearance(Appearance.LIGHT)
    assert calls == [1]
