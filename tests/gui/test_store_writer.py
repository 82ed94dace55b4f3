"""The window's store writes run off the GUI thread, in order, and never crash the window."""

from __future__ import annotations

import threading
from functools import partial

from uploader_gui.gui.store_writer import StoreWriter


def test_jobs_run_in_order_on_another_thread() -> None:
    writer = StoreWriter()
    seen: list[tuple[int, str]] = []

    def note(n: int) -> None:
        seen.append((n, threading.current_thread().name))

    for n in range(200):
        writer.submit(partial(note, n))
    assert writer.drain(10)
    assert [n for n, _ in seen] == list(range(200))
    assert {name for _, name in seen} == {"store writer"}
    assert writer.close(10)


def test_a_failing_job_is_logged_and_the_next_ones_still_run() -> None:
    writer = StoreWriter()
    after: list[int] = []

    def disk_full() -> None:
        raise OSError(28, "No space left on device")

    writer.submit(disk_full)
    writer.submit(lambda: after.append(1))
    assert writer.drain(10) and after == [1]
    assert writer.close(10)


def test_a_slow_write_does_not_hold_the_caller() -> None:
    writer = StoreWriter()
    release = threading.Event()
    writer.submit(lambda: release.wait(10))
    assert not writer.drain(0.05)  # still writing, and the caller was not held meanwhile
    release.set()
    assert writer.drain(10) and writer.close(10)


def test_after_closing_a_write_runs_at_once() -> None:
    writer = StoreWriter()
    writer.submit(lambda: None)
    assert writer.close(10)
    done: list[str] = []
    writer.submit(lambda: done.append(threading.current_thread().name))
    assert done == [threading.current_thread().name]
    assert writer.drain(1)
