"""Fetches video thumbnails off the GUI thread, so a slow CDN never stalls the window.

api.video publishes the thumbnail a little after the video becomes watchable, so a missing one
is asked for again a few times before giving up quietly (the row simply has no picture).
"""

from __future__ import annotations

import logging
import threading
from functools import partial

import requests
from PySide6.QtCore import QObject, Signal

from uploader_gui.core.api_client import USER_AGENT
from uploader_gui.gui.background import Background

log = logging.getLogger(__name__)

#: Attempts per thumbnail, the pause between them, and the request timeout (seconds).
ATTEMPTS = 4
RETRY_PAUSE = 2.0
TIMEOUT = 10.0
#: Larger answers are not thumbnails (api.video's are a few tens of KiB).
MAX_BYTES = 4 * 1024 * 1024
#: The first bytes of the image formats api.video serves.
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"RIFF", b"GIF8")


def fetch_image(url: str, stop: threading.Event, pause: float = RETRY_PAUSE) -> bytes:
    """The image at ``url``, or empty bytes when it cannot be had (after :data:`ATTEMPTS`)."""
    for attempt in range(ATTEMPTS):
        if stop.is_set():
            return b""
        try:
            response = requests.get(
                url, timeout=TIMEOUT, headers={"User-Agent": USER_AGENT}, stream=True
            )
            with response:
                if response.ok:
                    data = response.raw.read(MAX_BYTES + 1, decode_content=True)
                    if len(data) <= MAX_BYTES and data.startswith(_IMAGE_MAGIC):
                        return bytes(data)
                    log.info("The thumbnail at %s is not a usable image", url)
                    return b""
        except requests.RequestException as exc:
            log.info("Thumbnail %s not fetched (attempt %d): %s", url, attempt + 1, exc)
        stop.wait(pause)
    return b""


class ThumbnailLoader(QObject):
    """Signals:
    loaded(item_id, url, data): the image bytes (empty when it could not be fetched).
    """

    loaded = Signal(int, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = Background(self, threads=2, name="thumbnail")
        self._stop = threading.Event()
        self._asked: set[tuple[int, str]] = set()

    def fetch(self, item_id: int, url: str) -> bool:
        """Fetch ``url`` for ``item_id`` once; False when it was already asked for."""
        key = (item_id, url)
        if not url or key in self._asked:
            return False
        self._asked.add(key)
        self._work.run(
            partial(fetch_image, url, self._stop),
            lambda data: self.loaded.emit(item_id, url, data),
        )
        return True

    def shutdown(self, wait_ms: int = 3000) -> None:
        self._stop.set()
        self._work.shutdown(wait_ms / 1000)
