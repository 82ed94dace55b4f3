"""Helpers shared by the engine's integration tests: a file that looks like a video, the bytes
the emulator serves back, and an event recorder."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from uploader_gui.core.events import UploadEvent

#: One kind of engine event (``VideoCreated``, ``ChunkAcknowledged``...).
E = TypeVar("E", bound=UploadEvent)

#: The start of an MP4 file (an ``ftyp`` box), so content checks accept the test files.
MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"


def write_video(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that starts like an MP4; the rest is random, so a misplaced
    chunk cannot go unnoticed."""
    with open(path, "wb") as f:
        f.write(MP4_HEAD[:size])
        remaining = size - min(size, len(MP4_HEAD))
        while remaining > 0:
            block = min(remaining, 1 << 20)
            f.write(os.urandom(block))
            remaining -= block
    return path


def served_bytes(emulator: object, video_id: str, timeout: float = 10.0) -> bytes:
    """The source the emulator assembled for ``video_id`` (waits while it assembles)."""
    deadline = time.monotonic() + timeout
    while True:
        path = emulator.source_path(video_id)  # type: ignore[attr-defined]
        if path is not None:
            return Path(path).read_bytes()
        if time.monotonic() > deadline:
            raise AssertionError(f"the emulator has no assembled source for {video_id}")
        time.sleep(0.05)


class Recorder:
    """Collects events (from any thread); ``on`` runs a hook for a given event type."""

    def __init__(self) -> None:
        self.events: list[UploadEvent] = []
        self._lock = threading.Lock()
        self._hooks: list[tuple[type[Any], Callable[[Any], object]]] = []

    def on(self, kind: type[E], hook: Callable[[E], object]) -> None:
        self._hooks.append((kind, hook))

    def __call__(self, event: UploadEvent) -> None:
        with self._lock:
            self.events.append(event)
        for kind, hook in self._hooks:
            if isinstance(event, kind):
                hook(event)

    def of(self, kind: type[E]) -> list[E]:
        with self._lock:
            return [e for e in self.events if isinstance(e, kind)]


def resume_all(
    store: Any,
    client: Any,
    environment: Any,
    *,
    options: Any = None,
    listener_for: Callable[[Any], Any] | None = None,
) -> list[Any]:
    """What a front does with what a crash or a restart left: every pending file of the
    environment that the client can upload, in queue order, through the durable layer."""
    from uploader_gui.core.durable_upload import auth_kind_of, resumable, run_one

    return [
        run_one(
            store,
            client,
            record.id,
            options=options,
            listener=listener_for(record) if listener_for is not None else None,
        )
        for record in resumable(store, environment, auth_kind=auth_kind_of(client))
    ]
