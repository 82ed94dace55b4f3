"""Desktop notifications: a video is ready to watch, an upload failed, the whole queue is done.

Creators start a long upload and go elsewhere; the news should find them. Notifications go
through the system tray when the desktop has one. Every notification is also emitted as the
``notified`` signal, whether or not a tray exists, so the window (and its tests) can see exactly
what was said. A setting turns them off.

A notification names a file and may quote the server (a title, a failure's reason): those words
go through :func:`~uploader_gui.gui.shown_text.shown` first. Freedesktop notification servers
(Linux and the BSDs) read the body as simple markup (``<b>``, ``<a href>``, ``<img>``), so
there the body is also escaped as HTML before it goes to the tray; elsewhere (Windows, macOS)
the body is plain text and goes as it is. ``notified`` carries the words as the person reads
them, unescaped.
"""

from __future__ import annotations

import html
import logging
import sys
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from uploader_gui import APP_DISPLAY_NAME
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, Counted, fill, translate

log = logging.getLogger(__name__)

#: The translation context of the tray messages.
CONTEXT = "Notifier"
TITLE_READY = QT_TRANSLATE_NOOP("Notifier", "Ready to watch")
TITLE_FAILED = QT_TRANSLATE_NOOP("Notifier", "Upload failed")
TITLE_DONE = QT_TRANSLATE_NOOP("Notifier", "All uploads finished")
#: How long the tray shows a message (ms; desktops may cap it).
SHOW_MS = 8000
#: Whether the tray's notifications read their body as markup (freedesktop notifications do).
BODY_IS_MARKUP = not sys.platform.startswith(("win", "darwin", "cygwin"))


def tray_body(message: str, *, markup: bool = BODY_IS_MARKUP) -> str:
    """``message`` as the tray must be given it to show it literally: escaped as HTML where the
    notification server reads markup, unchanged elsewhere."""
    return html.escape(message, quote=False) if markup else message


class Notifier(QObject):
    """Signals:
    notified(title, message): a notification was given (emitted before the tray shows it).
    activated(): the person clicked the tray icon or a message.
    """

    notified = Signal(str, str)
    activated = Signal()

    def __init__(
        self, icon: QIcon | None = None, parent: QObject | None = None, *, use_tray: bool = True
    ) -> None:
        super().__init__(parent)
        self.enabled = True
        self.tray: QSystemTrayIcon | None = None
        if use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip(APP_DISPLAY_NAME)
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.messageClicked.connect(self.activated)
            self.tray.show()
        # What was already announced, so a state seen twice is told once.
        self._told: dict[int, ItemState] = {}
        self._since_summary: list[ItemState] = []

    def notify(self, title: str, message: str, *, warning: bool = False) -> bool:
        """Tell the person, unless notifications are off. True when a notification went out."""
        if not self.enabled:
            return False
        log.info("Notification: %s: %s", title, message)
        self.notified.emit(title, message)
        if self.tray is not None and self.tray.supportsMessages():
            kind = (
                QSystemTrayIcon.MessageIcon.Warning
                if warning
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.tray.showMessage(title, tray_body(message), kind, SHOW_MS)
        return True

    # -- what the queue tells -------------------------------------------------------------
    def item_changed(self, item: QueueItem) -> None:
        """Announce a video that became ready to watch, or an upload that failed, once."""
        state = item.state
        if self._told.get(item.id) is state or state not in (ItemState.READY, ItemState.FAILED):
            if state not in (ItemState.READY, ItemState.FAILED):
                self._told.pop(item.id, None)  # retried: its next ending is news again
            return
        self._told[item.id] = state
        self._since_summary.append(state)
        if state is ItemState.READY:
            link = f"\n{shown(item.links.player)}" if item.links.player else ""
            ready = fill(translate("Notifier", "“%1” is ready to watch."), shown(item.title))
            self.notify(translate(CONTEXT, TITLE_READY), ready + link)
        else:
            failed = (
                fill(
                    translate("Notifier", "“%1” could not be uploaded: %2"),
                    shown(item.name),
                    shown(item.detail),
                )
                if item.detail
                else fill(translate("Notifier", "“%1” could not be uploaded."), shown(item.name))
            )
            self.notify(translate(CONTEXT, TITLE_FAILED), failed, warning=True)

    def queue_idle(self, items: Iterable[QueueItem]) -> None:
        """Nothing is uploading any more: sum up what happened since the last summary."""
        if not self._since_summary:
            return
        self._since_summary = []
        counts: dict[ItemState, int] = {}
        for item in items:
            counts[item.state] = counts.get(item.state, 0) + 1
        if counts.get(ItemState.WAITING) or counts.get(ItemState.PAUSED):
            return  # not done: some files wait for the person
        parts = []
        ready = counts.get(ItemState.READY, 0) + counts.get(ItemState.UPLOADED, 0)
        skipped = counts.get(ItemState.SKIPPED, 0)
        failed = counts.get(ItemState.FAILED, 0)
        if ready:
            parts.append(Counted.tr("%n video(s) uploaded", "Notifier", ready))
        if skipped:
            parts.append(Counted.tr("%n already there", "Notifier", skipped))
        if failed:
            parts.append(Counted.tr("%n failed", "Notifier", failed))
        if parts:
            self.notify(
                translate(CONTEXT, TITLE_DONE),
                fill(translate("Notifier", "%1."), translate("Notifier", ", ").join(parts)),
                warning=bool(counts.get(ItemState.FAILED)),
            )

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
