"""Upload threads, and the chunk senders they start, give way to the window's thread."""

from __future__ import annotations

import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from pytestqt.qtbot import QtBot

from uploader_gui.core.upload_session import FileOutcome, FileOutcomeKind
from uploader_gui.gui.queue_item import ProgressCounters
from uploader_gui.gui.thread_priority import NICE_STEPS
from uploader_gui.gui.upload_worker import UploadWorker

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's"
)


def nice_of_this_thread() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_an_upload_and_its_chunk_senders_run_below_the_window(qtbot: QtBot) -> None:
    window_nice = nice_of_this_thread()
    seen: dict[str, int] = {}

    def job(listener: object) -> FileOutcome:
        seen["upload"] = nice_of_this_thread()
        with ThreadPoolExecutor(1, thread_name_prefix="chunk") as pool:
            seen["chunk"] = pool.submit(nice_of_this_thread).result()
        return FileOutcome(1, FileOutcomeKind.DONE)

    worker = UploadWorker(1, ProgressCounters(), job)
    with qtbot.waitSignal(worker.ended, timeout=10_000):
        worker.start()
    assert worker.wait(10_000)
    expected = min(19, window_nice + NICE_STEPS)
    assert seen == {"upload": expected, "chunk": expected}
    assert nice_of_this_thread() == window_nice  # the window's own thread is untouched
