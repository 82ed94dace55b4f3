"""Notifications where the desktop has no system tray (stock GNOME): the freedesktop
notification service on the session bus (``org.freedesktop.Notifications``).

Qt's tray icon is the usual way, but GNOME shows no tray, so there the news would never reach
anyone. The service is asked directly instead, over D-Bus with jeepney (as the keep-awake
request is): each message goes from a short-lived thread, so a slow or missing service never
holds the window. Whether the service exists is asked once; without it nothing more is tried.
The body is read as simple markup by these servers: the caller escapes it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import Any

from uploader_gui import APP_DISPLAY_NAME, APP_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
#: How long a call to the bus may take (seconds).
CALL_TIMEOUT = 3.0
#: Urgency hint values of the notification specification.
NORMAL, CRITICAL = 1, 2


def bus_available() -> bool:
    """Whether a session bus is there to ask (Linux and the BSDs, inside a desktop session)."""
    return not sys.platform.startswith(("win", "darwin", "cygwin")) and bool(
        os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    )


class DesktopNotifications:
    """Sends notifications to the desktop's notification service, one thread per message."""

    def __init__(self, expire_ms: int) -> None:
        self._expire_ms = expire_ms
        self._lock = threading.Lock()
        #: None until the service was asked for; then whether it answers.
        self.available: bool | None = None
        #: The threads sending, so a test (or shutdown) can wait for them.
        self.threads: list[threading.Thread] = []

    def send(self, title: str, body: str, *, warning: bool = False) -> None:
        """Show ``title`` and ``body`` (already escaped as markup) without waiting."""
        if self.available is False:
            return
        thread = threading.Thread(
            target=self._send, args=(title, body, warning), name="desktop-notification", daemon=True
        )
        self.threads = [t for t in self.threads if t.is_alive()] + [thread]
        thread.start()

    def _send(self, title: str, body: str, warning: bool) -> None:
        with self._lock:  # one at a time, in the order given
            if self.available is False:
                return
            try:
                notify(title, body, urgency=CRITICAL if warning else NORMAL, expire=self._expire_ms)
                self.available = True
            except Exception as exc:
                # No service on this desktop (or no bus): the window still shows everything.
                log.info("Desktop notifications are not available: %s", exc)
                self.available = False


def notify(title: str, body: str, *, urgency: int = NORMAL, expire: int = -1) -> int:
    """One ``Notify`` call; returns the service's id for the notification. Raises OSError
    when the service is missing or refuses."""
    from jeepney import DBusAddress, MessageType, new_method_call  # type: ignore[import-untyped]
    from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

    address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
    hints: dict[str, Any] = {"urgency": ("y", urgency), "desktop-entry": ("s", APP_NAME)}
    conn = open_dbus_connection(bus="SESSION")
    try:
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (APP_DISPLAY_NAME, 0, APP_NAME, title, body, [], hints, expire),
        )
        reply = conn.send_and_get_reply(message, timeout=CALL_TIMEOUT)
    finally:
        conn.close()
    if reply.header.message_type is MessageType.error:
        raise OSError(f"D-Bus error: {reply.body}")
    return int(reply.body[0])
