"""The last word on an upload: the server's ``/status`` must show every byte.

Nothing is called done on the strength of a completing answer alone: a proxy can invent one,
and a server may still be assembling the last chunk when it answers. So ``/status`` is read a
few times, a short pause apart, until it holds the whole file; if it never does, the upload is
not confirmed and says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from uploader_gui.core.errors import ServerError
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.ingest_status import is_complete
from uploader_gui.core.reasons import Why

#: How many times ``/status`` is read before giving up, and the pause between two readings.
VERIFY_TRIES = 5
VERIFY_PAUSE = 0.5


def confirm_complete(
    read_status: Callable[[], Mapping[str, Any]],
    size: int,
    plan: tuple[ChunkRange, ...],
    pause: Callable[[float], None],
) -> Mapping[str, Any]:
    """The ``/status`` answer that shows all ``size`` bytes (in ``plan``'s parts, for the part
    form); raises :class:`ServerError` when none of :data:`VERIFY_TRIES` readings does."""
    for attempt in range(VERIFY_TRIES):
        status = read_status()
        if is_complete(status, size, plan):
            return status
        if attempt + 1 < VERIFY_TRIES:
            pause(VERIFY_PAUSE)
    raise ServerError(Why.NOT_CONFIRMED)
