"""The window's background work: off the GUI thread, answered on it, and never kept."""

from __future__ import annotations

import gc
import threading
import weakref
from functools import partial
from typing import Any

from PySide6.QtCore import QThread

from uploader_gui.gui.background import Background


class Payload:
    """Something a job holds on to, to see whether the job is let go."""


def test_work_runs_off_the_gui_thread_and_its_answer_comes_back_on_it(qtbot: Any) -> None:
    work = Background(threads=1, name="test")
    answers: list[tuple[int, bool]] = []
    ran_on: list[str] = []

    def job(n: int) -> int:
        ran_on.append(threading.current_thread().name)
        return n * 2

    def answer(result: int) -> None:
        answers.append((result, QThread.currentThread().isMainThread()))

    for n in range(20):
        work.run(partial(job, n), answer)
    qtbot.waitUntil(lambda: len(answers) == 20)
    assert answers == [(n * 2, True) for n in range(20)]  # in order, on the GUI thread
    assert set(ran_on) == {"test 1"}
    assert work.shutdown(5)


def test_a_finished_job_is_let_go(qtbot: Any) -> None:
    work = Background(threads=2)
    payload = Payload()
    ref = weakref.ref(payload)
    done: list[object] = []
    work.run(partial(bool, payload), done.append)
    del payload
    qtbot.waitUntil(lambda: done == [True])
    gc.collect()
    assert ref() is None, "the background kept a finished job"
    assert work.shutdown(5)


def test_a_failing_job_is_logged_and_the_next_one_runs(qtbot: Any) -> None:
    work = Background()
    done: list[int] = []

    def broken() -> int:
        raise RuntimeError("a bug")

    work.run(broken, done.append)
    work.run(lambda: 7, done.append)
    qtbot.waitUntil(lambda: done == [7])
    assert work.shutdown(5)


def test_after_shutdown_no_answer_arrives(qtbot: Any) -> None:
    work = Background()
    release = threading.Event()
    done: list[int] = []
    work.run(lambda: release.wait(5) and 1, done.append)
    work.run(lambda: 2, done.append)  # never started: dropped
    release.set()
    assert work.shutdown(5)
    qtbot.wait(50)
    assert done == []
    work.run(lambda: 3, done.append)  # refused once shut down
    qtbot.wait(50)
    assert done == []
