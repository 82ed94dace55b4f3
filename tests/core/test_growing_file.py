"""Watching a file that is still being written, on a clock that moves only when it is slept on:
no test waits for real time."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from uploader_gui.core.growing_file import (
    GROWTH_WATCH,
    MAX_POLL,
    MIN_POLL,
    FileChange,
    GrowingFile,
    poll_interval,
    still_growing,
)


class Clock:
    """Time that passes only through :meth:`sleep`, which may act on the file meanwhile."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []
        self.during: list[Callable[[], object]] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        if self.during:
            self.during.pop(0)()


def watch(path: Path, clock: Clock, settle: float = 2.0) -> GrowingFile:
    return GrowingFile(path, settle, sleep=clock.sleep, clock=clock)


def test_poll_interval_is_bounded() -> None:
    assert poll_interval(0.2) == MIN_POLL
    assert poll_interval(1.0) == pytest.approx(0.2)
    assert poll_interval(10.0) == MAX_POLL


def test_returns_once_the_bytes_are_there(tmp_path: Path) -> None:
    path = tmp_path / "rec.mp4"
    path.write_bytes(b"x" * 10)
    clock = Clock()
    grown = watch(path, clock)
    waits: list[int] = []
    clock.during = [lambda: path.write_bytes(b"x" * 15), lambda: path.write_bytes(b"x" * 30)]
    seen = grown.wait_for(20, waits.append)
    assert (seen.change, seen.size) == (FileChange.GREW, 30)
    assert waits == [10]  # told once, when waiting began
    assert all(0 < s <= poll_interval(2.0) for s in clock.sleeps)  # never a busy loop


def test_settles_after_the_settle_time_since_the_last_change(tmp_path: Path) -> None:
    path = tmp_path / "rec.mp4"
    path.write_bytes(b"x" * 10)
    clock = Clock()
    grown = watch(path, clock, settle=2.0)
    started = clock.now
    # A change just as it would have settled (same size, new content and time: a rewrite)
    # starts the settle time again.
    nothing: list[Callable[[], object]] = [lambda: None] * 4
    clock.during = [*nothing, lambda: _rewrite(path)]
    seen = grown.wait_for(1000)
    assert (seen.change, seen.size) == (FileChange.SETTLED, 10)
    assert clock.now - started >= 2.0 + 5 * poll_interval(2.0) - 1e-9


def _rewrite(path: Path) -> None:
    stat = path.stat()
    path.write_bytes(b"y" * 10)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_shrinking_and_vanishing_are_said_at_once(tmp_path: Path) -> None:
    path = tmp_path / "rec.mp4"
    path.write_bytes(b"x" * 10)
    clock = Clock()
    grown = watch(path, clock)
    clock.during = [lambda: path.write_bytes(b"x" * 4)]
    seen = grown.wait_for(1000)
    assert (seen.change, seen.size) == (FileChange.SHRANK, 4)
    path.unlink()
    assert grown.wait_for(1000).change is FileChange.VANISHED


def test_a_cancel_ends_the_wait(tmp_path: Path) -> None:
    path = tmp_path / "rec.mp4"
    path.write_bytes(b"x" * 10)
    clock = Clock()
    cancelled = False

    def checkpoint() -> None:
        if cancelled:
            raise RuntimeError("cancelled")

    def cancel() -> None:
        nonlocal cancelled
        cancelled = True

    grown = GrowingFile(path, 600.0, sleep=clock.sleep, checkpoint=checkpoint, clock=clock)
    clock.during = [cancel]
    with pytest.raises(RuntimeError, match="cancelled"):
        grown.wait_for(1000)
    assert len(clock.sleeps) == 1


# -- telling a recording under way from a file just finished ---------------------------------


def test_only_a_recent_file_that_changes_while_watched_is_still_growing(tmp_path: Path) -> None:
    """A video just exported or copied is recent but still: it is not a recording. One that a
    recorder writes to during the watch is; an old one is not even watched."""
    exported, recording, old = (tmp_path / n for n in ("export.mp4", "rec.mkv", "old.mp4"))
    for path in (exported, recording, old):
        path.write_bytes(b"\0" * 1000)
    os.utime(old, (1_000_000, 1_000_000))
    waited: list[float] = []

    def recorder_writes(seconds: float) -> None:
        waited.append(seconds)
        with recording.open("ab") as f:
            f.write(b"\1" * 500)

    now = time.time()
    found = still_growing([exported, recording, old], 10.0, now, recorder_writes)
    assert found == {recording}
    assert waited == [GROWTH_WATCH]  # one watch for the whole batch
    assert still_growing([old], 10.0, now, recorder_writes) == set()
    assert waited == [GROWTH_WATCH]  # nothing recent: nothing to watch
    assert still_growing([tmp_path / "gone.mp4"], 10.0, now, recorder_writes) == set()
