"""Where the desktop has no tray, notifications go to the freedesktop notification service on
the session bus: here a stand-in service on the tests' private bus receives the real call."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from jeepney import HeaderFields, MessageType, new_method_return  # type: ignore[import-untyped]
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

from uploader_gui.gui.desktop_notifications import SERVICE, DesktopNotifications, bus_available
from uploader_gui.gui.notifier import Notifier

pytestmark = pytest.mark.skipif(not bus_available(), reason="no session bus to test with")


class NotificationService:
    """Owns ``org.freedesktop.Notifications`` and keeps every ``Notify`` call it receives."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.received = threading.Event()
        self._stop = threading.Event()
        self._conn = open_dbus_connection(bus="SESSION")
        reply = self._conn.send_and_get_reply(message_bus.RequestName(SERVICE), timeout=5)
        assert reply.body[0] == 1, "another notification service owns the name"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._conn.receive(timeout=0.2)
            except TimeoutError:
                continue
            fields = message.header.fields
            if (
                message.header.message_type is MessageType.method_call
                and fields.get(HeaderFields.member) == "Notify"
            ):
                self._conn.send(new_method_return(message, "u", (7,)))
                self.calls.append((fields.get(HeaderFields.signature), message.body))
                self.received.set()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._conn.close()


@pytest.fixture
def service() -> Any:
    running = NotificationService()
    yield running
    running.close()


def test_a_notification_reaches_the_desktop_service_escaped(service: NotificationService) -> None:
    notifier = Notifier(use_tray=False, desktop=DesktopNotifications(8000))
    assert notifier.notify("All uploads finished", "“<b>Cats</b> & dogs” failed.", warning=True)
    assert service.received.wait(timeout=10)
    signature, body = service.calls[0]
    assert signature == "susssasa{sv}i"
    app, replaces, _icon, title, text, actions, hints, expire = body
    assert (app, replaces, title, actions, expire) == (
        "api.video Uploader",
        0,
        "All uploads finished",
        [],
        8000,
    )
    # The service reads markup: the words arrive escaped, and show as they were written.
    assert text == "“&lt;b&gt;Cats&lt;/b&gt; &amp; dogs” failed."
    assert hints["urgency"] == ("y", 2)
    assert notifier.desktop is not None
    for thread in notifier.desktop.threads:
        thread.join(timeout=10)
    assert notifier.desktop.available is True


def test_without_a_service_it_gives_up_quietly_after_one_try() -> None:
    desktop = DesktopNotifications(8000)
    desktop.send("Ready to watch", "“Cats” is ready to watch.")
    for thread in desktop.threads:
        thread.join(timeout=10)
    assert desktop.available is False
    desktop.send("Ready to watch", "again")
    assert all(not t.is_alive() for t in desktop.threads) and len(desktop.threads) == 1
