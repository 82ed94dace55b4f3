"""Desktop notifications: what a batch of uploads came to, once the queue has nothing left to do.

Creators start a long upload and go elsewhere; the news should find them, without a message
per file (a folder of 35 videos is one piece of news: "35 videos ready to watch"). A batch that
ended with one video tells that video's news itself, with its link. Notifications go through
the system tray when the desktop has one, else to the desktop's notification service
(:mod:`desktop_notifications`; stock GNOME has no tray). Every notification is also emitted as
the ``notified`` signal, whatever shows it, so the window (and its tests) can see exactly what
was said. A setting turns them off.

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
from uploader_gui.gui.desktop_notifications import DesktopNotifications, bus_available
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, Counted, fill, translate

log = logging.getLogger(__name__)

#: The translation context of the tray messages.
CONTEXT = "Notifier"
TITLE_READY = QT_TRANSLATE_NOOP("Notifier", "Ready to watch")
TITLE_FAILED = QT_TRANSLATE_NOOP("Notifier", "Upload failed")
TITLE_DONE = QT_TRANSLATE_NOOP("Notifier", "All uploads finished")
#: The batch ended, but some files wait for the person (paused, or not started).
TITLE_SOME = QT_TRANSLATE_NOOP("Notifier", "Uploads finished, some still waiting")
#: The endings a batch tells about.
_ENDINGS = (ItemState.READY, ItemState.UPLOADED, ItemState.FAILED, ItemState.SKIPPED)
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
        self,
        icon: QIcon | None = None,
        parent: QObject | None = None,
        *,
        use_tray: bool = True,
        desktop: DesktopNotifications | None = None,
    ) -> None:
        """``desktop`` shows the notifications where there is no tray (default: the desktop's
        notification service when a session bus is there; ``use_tray=False`` also means none
        of it, for tests of the words alone)."""
        super().__init__(parent)
        self.enabled = True
        self.tray: QSystemTrayIcon | None = None
        if use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip(APP_DISPLAY_NAME)
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.messageClicked.connect(self.activated)
            self.tray.show()
        if desktop is None and use_tray and self.tray is None and bus_available():
            desktop = DesktopNotifications(SHOW_MS)
        self.desktop = desktop if self.tray is None else None
        # What was already counted, so a state seen twice is told once.
        self._told: dict[int, ItemState] = {}
        #: The endings since the last notification: each file with how it ended.
        self._batch: list[tuple[QueueItem, ItemState]] = []

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
        elif self.desktop is not None:
            self.desktop.send(title, tray_body(message, markup=True), warning=warning)
        return True

    # -- what the queue tells -------------------------------------------------------------
    def item_changed(self, item: QueueItem) -> None:
        """Count a file that ended (ready, uploaded, failed, already there) into the batch,
        once; it is told when the queue is idle (:meth:`queue_idle`)."""
        state = item.state
        if state not in _ENDINGS:
            self._told.pop(item.id, None)  # retried: its next ending is news again
            return
        if self._told.get(item.id) is state:
            return
        self._told[item.id] = state
        if self.enabled:
            self._batch.append((item, state))

    def queue_idle(self, items: Iterable[QueueItem]) -> None:
        """Nothing is uploading any more: one notification for what ended since the last."""
        batch, self._batch = self._batch, []
        if not batch:
            return
        if len(batch) == 1 and batch[0][1] in (ItemState.READY, ItemState.FAILED):
            self._tell_one(*batch[0])
            return
        counts: dict[ItemState, int] = {}
        for _item, state in batch:
            counts[state] = counts.get(state, 0) + 1
        ready, uploaded, there, failed = (
            counts.get(state, 0)
            for state in (ItemState.READY, ItemState.UPLOADED, ItemState.SKIPPED, ItemState.FAILED)
        )
        parts = [
            text
            for n, text in (
                (ready, Counted.tr("%n video(s) ready to watch", "Notifier", ready)),
                (uploaded, Counted.tr("%n video(s) uploaded", "Notifier", uploaded)),
                (there, Counted.tr("%n already there", "Notifier", there)),
                (failed, Counted.tr("%n failed", "Notifier", failed)),
            )
            if n
        ]
        waiting = any(i.state in (ItemState.WAITING, ItemState.PAUSED) for i in items)
        self.notify(
            translate(CONTEXT, TITLE_SOME if waiting else TITLE_DONE),
            fill(translate("Notifier", "%1."), translate("Notifier", ", ").join(parts)),
            warning=bool(failed),
        )

    def _tell_one(self, item: QueueItem, state: ItemState) -> None:
        if state is ItemState.READY:
            link = f"\n{shown(item.links.player)}" if item.links.player else ""
            ready = fill(translate("Notifier", "“%1” is ready to watch."), shown(item.title))
            self.notify(translate(CONTEXT, TITLE_READY), ready + link)
            return
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

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
