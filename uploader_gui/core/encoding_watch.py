"""Following a video from "upload complete" to "ready to watch", and on to every quality.

A creator wants the moment their link works, not the moment the last byte left. api.video
encodes after the upload: ``GET /videos/{id}/status`` says when the video becomes ``playable``
(its first quality is encoded) and how each quality is doing. This module reads that answer
into a typed reading (playable or not, and the step: which quality is ready or being encoded)
and asks again with a growing pause, for a bounded time, so the window and the command line
share one honest reading and each words it in its own way.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.errors import UploadError
from uploader_gui.core.reasons import Reason, Why, because

log = logging.getLogger(__name__)

#: First pause between two status requests, the largest pause, and the growth between them.
POLL_FIRST = 1.0
POLL_MAX = 15.0
POLL_GROWTH = 1.5
#: How long to wait for the video to become watchable before saying we stopped watching.
PLAYABLE_WAIT = 6 * 3600.0
#: How long to keep reporting the remaining qualities once the video can be watched.
QUALITIES_WAIT = 30 * 60.0
#: Consecutive failed status requests after which following stops.
MAX_ERRORS = 5


class EncodingStep(StrEnum):
    """How far encoding is, beyond playable or not (stable identifiers, not words)."""

    #: api.video has not said which qualities it will make yet.
    UNKNOWN = "unknown"
    #: Qualities are announced; none is being encoded yet.
    WAITING = "waiting"
    #: A quality is being encoded (:attr:`EncodingProgress.quality`: the smallest of them).
    ENCODING = "encoding"
    #: A quality can be watched (:attr:`EncodingProgress.quality`: the best of them).
    READY = "ready"


@dataclass(frozen=True)
class EncodingProgress:
    """One reading of ``encoding`` in ``/status``."""

    playable: bool = False
    #: ``(quality, status)`` in the server's order, e.g. ``("720p", "encoded")``.
    qualities: tuple[tuple[str, str], ...] = ()

    @property
    def ready(self) -> tuple[str, ...]:
        return _unique(q for q, s in self.qualities if s == "encoded")

    @property
    def failed(self) -> tuple[str, ...]:
        return _unique(q for q, s in self.qualities if s == "failed")

    @property
    def settled(self) -> bool:
        """Every quality the server announced has ended (encoded or failed)."""
        return (
            self.playable
            and bool(self.qualities)
            and all(s in ("encoded", "failed") for _, s in self.qualities)
        )

    @property
    def step(self) -> EncodingStep:
        if self.ready:
            return EncodingStep.READY
        if self._encoding:
            return EncodingStep.ENCODING
        return EncodingStep.WAITING if self.qualities else EncodingStep.UNKNOWN

    @property
    def quality(self) -> str | None:
        """The quality :attr:`step` speaks of: the best one ready, else the smallest one being
        encoded; None for the other steps."""
        ready = self.ready
        if ready:
            return max(ready, key=_quality_rank)
        busy = self._encoding
        return min(busy, key=_quality_rank) if busy else None

    @property
    def _encoding(self) -> tuple[str, ...]:
        return _unique(q for q, s in self.qualities if s == "encoding")


def _unique(values: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _quality_rank(quality: str) -> int:
    digits = "".join(ch for ch in quality if ch.isdigit())
    return int(digits) if digits else 0


def read_encoding(status: Mapping[str, Any]) -> EncodingProgress:
    """The encoding part of a ``/status`` answer; anything unreadable counts as not yet."""
    encoding = status.get("encoding") if isinstance(status, Mapping) else None
    if not isinstance(encoding, Mapping):
        return EncodingProgress()
    qualities = []
    raw = encoding.get("qualities")
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, Mapping):
            quality, state = entry.get("quality"), entry.get("status")
            if isinstance(quality, str) and isinstance(state, str):
                qualities.append((quality, state))
    return EncodingProgress(playable=encoding.get("playable") is True, qualities=tuple(qualities))


@dataclass(frozen=True)
class WatchOutcome:
    """How following ended: the last reading, and whether we stopped before the goal."""

    progress: EncodingProgress
    #: True when the goal was reached (playable, or every quality when asked for all).
    reached: bool
    #: Why we stopped early (time up, encoding failed); None otherwise.
    reason: Reason | None = None


def watch_encoding(
    get_status: Callable[[], Mapping[str, Any]],
    *,
    on_change: Callable[[EncodingProgress], None] | None = None,
    until_all_qualities: bool = False,
    stopped: Callable[[], bool] = lambda: False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    playable_wait: float = PLAYABLE_WAIT,
    qualities_wait: float = QUALITIES_WAIT,
    poll_first: float = POLL_FIRST,
    poll_max: float = POLL_MAX,
) -> WatchOutcome:
    """Ask ``get_status()`` with a growing pause until the video is playable (or, with
    ``until_all_qualities``, until every quality is done). ``on_change`` hears each new
    reading. Stops early, with an honest message, on ``stopped()``, after ``playable_wait``
    seconds without a playable video, ``qualities_wait`` seconds after it became playable, or
    after :data:`MAX_ERRORS` failed requests in a row. Never raises for a failed request."""
    start = clock()
    playable_at: float | None = None
    pause = poll_first
    errors = 0
    last: EncodingProgress | None = None
    progress = EncodingProgress()
    while not stopped():
        try:
            progress = read_encoding(get_status())
            errors = 0
        except UploadError as exc:
            errors += 1
            log.info("Could not read the encoding status: %s", exc)
            if errors >= MAX_ERRORS:
                return WatchOutcome(progress, progress.playable, exc.reason)
        else:
            if progress != last:
                last = progress
                if on_change is not None:
                    on_change(progress)
            if progress.playable and playable_at is None:
                playable_at = clock()
            if progress.playable and (not until_all_qualities or progress.settled):
                return WatchOutcome(progress, True)
            if progress.qualities and all(s == "failed" for _, s in progress.qualities):
                failed = ", ".join(progress.failed)
                return WatchOutcome(progress, False, because(Why.ENCODING_FAILED, qualities=failed))
        now = clock()
        if playable_at is None and now - start >= playable_wait:
            return WatchOutcome(progress, False, Reason(Why.STOPPED_WATCHING))
        if playable_at is not None and now - playable_at >= qualities_wait:
            return WatchOutcome(progress, True)
        sleep(pause)
        pause = min(poll_max, pause * POLL_GROWTH)
    return WatchOutcome(progress, progress.playable)


def wait_playable(
    client: ApiClient,
    video_id: str,
    *,
    on_change: Callable[[EncodingProgress], None] | None = None,
    timeout: float = PLAYABLE_WAIT,
    sleep: Callable[[float], None] = time.sleep,
) -> WatchOutcome:
    """For ``--wait-playable``: follow ``video_id`` through ``client`` (an
    :class:`~uploader_gui.core.api_client.ApiClient` with an API key) until it can be watched,
    at most ``timeout`` seconds. ``outcome.reached`` tells whether it can."""
    return watch_encoding(
        lambda: client.get_status(video_id),
        on_change=on_change,
        sleep=sleep,
        playable_wait=timeout,
    )
