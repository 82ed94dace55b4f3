"""Helpers shared by the engine's integration tests: a file that looks like a video, the bytes
the emulator serves back, an event recorder, and readings of the emulator's per-video request
log."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from uploader_gui.core.events import UploadEvent
from uploader_gui.emulator import Emulator, LoggedRequest

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


# -- the emulator's request log ------------------------------------------------------------------


def log_mark(emulator: Emulator, video_id: str) -> int:
    """The order number of the newest request logged for the video (0 when none): whatever a
    later run sends is logged after it."""
    log = emulator.requests_for(video_id)
    return log[-1].seq if log else 0


def planning_read(emulator: Emulator, video_id: str, after: int) -> LoggedRequest:
    """The first ``/status`` read of the video logged after ``after``: the one a resumed run
    planned from (the engine reads ``/status`` once before it plans, and a killed or stopped
    run reads none mid-upload, so late requests of the earlier run are chunks only)."""
    reads = [e for e in emulator.requests_for(video_id) if e.kind == "status" and e.seq > after]
    assert reads, f"no /status read of {video_id} after #{after}"
    return reads[0]


def chunks_after(emulator: Emulator, video_id: str, read: LoggedRequest) -> list[LoggedRequest]:
    """The chunks the server judged after ``read`` (a late chunk of an earlier run among them,
    if the kernel delivered one then)."""
    return [e for e in emulator.requests_for(video_id) if e.is_chunk and e.seq > read.seq]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two inclusive byte ranges share a byte."""
    return a[0] <= b[1] and b[0] <= a[1]


def held_by(read: LoggedRequest, chunk: LoggedRequest) -> bool:
    """Whether ``chunk`` carried a byte or a part that ``read`` said the server already held."""
    span = chunk.span
    if span is not None:
        return any(overlaps(span, held) for held in read.received)
    return chunk.part is not None and chunk.part in read.received_parts


def resent_since_planning(emulator: Emulator, video_id: str, after: int) -> list[LoggedRequest]:
    """The chunks sent after the resumed run planned (its first ``/status`` read after
    ``after``) that carried what that read said the server held: none, when the run sent only
    what was missing. Ranges compare by overlap, so plans with other chunk sizes compare too.
    A late chunk of the earlier run cannot show here: it was not held when the read answered,
    and no run sends a range twice unless the server's answer was lost."""
    read = planning_read(emulator, video_id, after)
    return [c for c in chunks_after(emulator, video_id, read) if held_by(read, c)]


class StillRecording:
    """Plays a recorder that is still writing: the file's modification time moves every
    tenth of a second until :meth:`stop` (the recording ended), so the upload never takes it
    as ended while the test is still acting on it, however long each step takes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._touch, daemon=True)
        self._thread.start()

    def _touch(self) -> None:
        tick = time.time_ns()
        while not self._stopped.wait(0.1):
            tick += 1_000_000
            with contextlib.suppress(OSError):  # moved away by the test: nothing to touch
                os.utime(self.path, ns=(tick, tick))

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(60)
