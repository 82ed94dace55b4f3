"""Hearing from the system that the network is back, so waiting uploads go on at once.

Qt's ``QNetworkInformation`` follows the system's own view of connectivity (NetworkManager or
GLib on Linux, the network list manager on Windows, SystemConfiguration on macOS). When it
turns to online, uploads waiting out a backoff are nudged. It adds to the engine's own probe
of the API host (:mod:`uploader_gui.core.network_watch`), which works where the system says
nothing; where no backend can be loaded, this watch simply stays silent.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkInformation

log = logging.getLogger(__name__)

_ONLINE = QNetworkInformation.Reachability.Online


class OnlineWatch(QObject):
    """Emits ``online`` when the system's connectivity turns to online.

    Signals:
        online(): the system reports the network reachable again.
    """

    online = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last: QNetworkInformation.Reachability | None = None
        self.backend = ""

    def start(self) -> bool:
        """Follow the system's connectivity; False when this system offers no way to."""
        feature = QNetworkInformation.Feature.Reachability
        if not QNetworkInformation.loadBackendByFeatures(feature):
            log.info("No network information backend: the engine's probe alone wakes uploads")
            return False
        info = QNetworkInformation.instance()
        self.backend = info.backendName()
        self._last = info.reachability()
        info.reachabilityChanged.connect(self.changed)
        log.info("Following the network through %s (now %s)", self.backend, self._last.name)
        return True

    def changed(self, reachability: QNetworkInformation.Reachability) -> None:
        """Emits ``online`` on a change to online (not on every report while online)."""
        was, self._last = self._last, reachability
        if reachability == _ONLINE and was != _ONLINE:
            self.online.emit()
