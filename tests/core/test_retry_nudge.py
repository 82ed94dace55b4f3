"""A nudge ends a retry wait at once; without one the wait runs its course."""

from __future__ import annotations

import threading
import time

import pytest

from uploader_gui.core.retry_nudge import NudgeableControl, NudgeableDurableControl


def _sleep_in_thread(control: NudgeableControl | NudgeableDurableControl) -> threading.Thread:
    thread = threading.Thread(target=control.sleep, args=(30.0,))
    thread.start()
    time.sleep(0.05)
    assert thread.is_alive()
    return thread


@pytest.mark.parametrize("kind", [NudgeableControl, NudgeableDurableControl])
def test_a_nudge_ends_a_long_wait(kind: type[NudgeableControl]) -> None:
    control = kind()
    thread = _sleep_in_thread(control)
    started = time.monotonic()
    control.nudge()
    thread.join(2)
    assert not thread.is_alive() and time.monotonic() - started < 1
    assert not control.cancelled


def test_cancel_and_stop_end_a_wait() -> None:
    control = NudgeableControl()
    thread = _sleep_in_thread(control)
    control.cancel()
    thread.join(2)
    assert not thread.is_alive()
    durable = NudgeableDurableControl()
    thread = _sleep_in_thread(durable)
    durable.stop()
    thread.join(2)
    assert not thread.is_alive() and durable.stopping


def test_without_a_nudge_the_wait_is_whole_and_old_nudges_do_not_count() -> None:
    control = NudgeableControl()
    control.nudge()  # before the wait began: the next wait is not cut short by it
    started = time.monotonic()
    control.sleep(0.2)
    assert time.monotonic() - started >= 0.19
