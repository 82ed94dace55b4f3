"""A nudge ("try again now") ends a retry wait at once; without one the wait runs its course.
The durable layer's waits answer the caller's nudge and cancel, and its own brake."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from tests.core.engine_helpers import Recorder
from tests.core.test_durable_upload import QUICK, queue
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.durable_upload import (
    DurableControl,
    RunOutcome,
    RunOutcomeKind,
    _RunControl,
    run_one,
)
from uploader_gui.core.events import ChunkRetrying
from uploader_gui.core.limits import MIB
from uploader_gui.core.reasons import Why
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.store import UploadStore
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.emulator import Emulator

#: A backoff far longer than any test here may take.
LONG_WAIT = 30.0
#: Every retry waits 20 s unless nudged.
SLOW_RETRIES = dataclasses.replace(
    QUICK, parallel_chunks=1, retry=RetryPolicy(base_delay=20.0, max_delay=20.0, rng=lambda: 1.0)
)


def _sleep_in_thread(control: UploadControl) -> threading.Thread:
    """A thread in a long retry wait under ``control``, returned once the wait has begun."""
    before = control.waiting
    thread = threading.Thread(target=control.sleep, args=(LONG_WAIT,), daemon=True)
    thread.start()
    assert control.until_waiting(before + 1), "the wait did not begin"
    return thread


def _ends_at_once(thread: threading.Thread) -> None:
    started = time.monotonic()
    thread.join(2)
    assert not thread.is_alive() and time.monotonic() - started < 1


@pytest.mark.parametrize("kind", [UploadControl, DurableControl])
def test_a_nudge_ends_a_long_wait(kind: type[UploadControl]) -> None:
    control = kind()
    thread = _sleep_in_thread(control)
    control.nudge()
    _ends_at_once(thread)
    assert not control.cancelled


def test_a_nudge_ends_every_wait_in_progress() -> None:
    control = UploadControl()
    threads = [_sleep_in_thread(control) for _ in range(3)]
    control.nudge()
    for thread in threads:
        _ends_at_once(thread)


def test_cancel_and_stop_end_a_wait() -> None:
    control = UploadControl()
    thread = _sleep_in_thread(control)
    control.cancel()
    _ends_at_once(thread)
    durable = DurableControl()
    thread = _sleep_in_thread(durable)
    durable.stop()
    _ends_at_once(thread)
    assert durable.stopping


def test_without_a_nudge_the_wait_is_whole_and_old_nudges_do_not_count() -> None:
    control = UploadControl()
    control.nudge()  # before the wait began: the next wait is not cut short by it
    started = time.monotonic()
    control.sleep(0.2)
    assert time.monotonic() - started >= 0.19


def test_pause_does_not_end_a_wait() -> None:
    control = UploadControl()
    control.pause()
    started = time.monotonic()
    control.sleep(0.2)
    assert time.monotonic() - started >= 0.19


# -- the durable layer's own control ---------------------------------------------------------


@pytest.mark.parametrize("kind", [UploadControl, DurableControl])
def test_the_durable_layer_waits_end_on_the_callers_nudge(kind: type[UploadControl]) -> None:
    outer = kind()
    inner = _RunControl(outer)
    thread = _sleep_in_thread(inner)
    outer.nudge()
    _ends_at_once(thread)
    assert not inner.cancelled and not outer.cancelled


def test_the_durable_layer_waits_end_on_the_callers_cancel_and_on_its_brake() -> None:
    outer = DurableControl()
    inner = _RunControl(outer)
    thread = _sleep_in_thread(inner)
    outer.stop()
    _ends_at_once(thread)

    outer = DurableControl()
    inner, sibling = _RunControl(outer), _RunControl(outer)
    braked, spared = _sleep_in_thread(inner), _sleep_in_thread(sibling)
    inner.halt()
    _ends_at_once(braked)
    # The brake is this file's alone: another file under the same control keeps waiting.
    assert sibling.waiting == 1 and not outer.cancelled and not sibling.cancelled
    spared.join(0.1)
    assert spared.is_alive() and sibling.waiting == 1
    outer.nudge()
    _ends_at_once(spared)


def test_the_durable_layer_ignores_a_nudge_given_before_its_wait() -> None:
    outer = UploadControl()
    inner = _RunControl(outer)
    outer.nudge()
    started = time.monotonic()
    inner.sleep(0.2)
    assert time.monotonic() - started >= 0.19


# -- through the engine, against the emulator ------------------------------------------------


def _run_in_thread(run: Callable[[], RunOutcome]) -> tuple[threading.Thread, list[RunOutcome]]:
    outcomes: list[RunOutcome] = []
    thread = threading.Thread(target=lambda: outcomes.append(run()), daemon=True)
    thread.start()
    return thread, outcomes


def _wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_a_nudged_durable_upload_retries_at_once(
    store: UploadStore, emulator: Emulator, client: ApiClient, make_file: Callable[..., Path]
) -> None:
    file_id = queue(store, emulator, make_file(MIB, "a.mp4"))
    emulator.faults.server_error_every = 1
    control = DurableControl()
    rec = Recorder()
    thread, outcomes = _run_in_thread(
        lambda: run_one(store, client, file_id, options=SLOW_RETRIES, listener=rec, control=control)
    )
    try:
        _wait_for(lambda: bool(rec.of(ChunkRetrying)))
        emulator.faults.server_error_every = 0
        assert control.until_waiting(), "the 20 s wait did not begin"
        nudged = time.monotonic()
        control.nudge()
        thread.join(10)
        assert not thread.is_alive(), "the nudge did not end the wait"
        assert time.monotonic() - nudged < 5
    finally:
        control.stop()
        thread.join(10)
    assert outcomes[0].kind is RunOutcomeKind.DONE, outcomes[0].reason
    assert len(rec.of(ChunkRetrying)) == 1


def test_a_store_failure_stops_a_waiting_upload_at_once(
    store: UploadStore, emulator: Emulator, client: ApiClient, make_file: Callable[..., Path]
) -> None:
    file_id = queue(store, emulator, make_file(MIB, "a.mp4"))
    emulator.faults.server_error_every = 1

    def disk_full(file_id: int, index: int) -> NoReturn:
        raise sqlite3.OperationalError("database or disk is full")

    store.bump_attempts = disk_full  # type: ignore[method-assign]
    control = DurableControl()
    started = time.monotonic()
    thread, outcomes = _run_in_thread(
        lambda: run_one(store, client, file_id, options=SLOW_RETRIES, control=control)
    )
    try:
        thread.join(10)
        assert not thread.is_alive(), "the upload sat out its backoff"
        assert time.monotonic() - started < 5
        assert not control.cancelled  # the caller's control, shared with other files, is untouched
    finally:
        control.stop()
        thread.join(10)
    assert outcomes[0].kind is RunOutcomeKind.FAILED
    assert outcomes[0].reason is not None and outcomes[0].reason.why is Why.STORE_FAILED


def test_a_nudge_during_the_failed_attempt_is_kept_for_its_wait() -> None:
    control = UploadControl()
    mark = control.nudge_mark()  # the attempt begins
    control.nudge()  # the network comes back while the attempt is failing
    started = time.monotonic()
    control.sleep(LONG_WAIT, since=mark)  # its backoff then begins: it ends at once
    assert time.monotonic() - started < 1
    started = time.monotonic()
    control.sleep(0.2, since=control.nudge_mark())  # a later attempt's wait is whole
    assert time.monotonic() - started >= 0.19


def test_a_nudge_between_a_failure_and_its_wait_retries_at_once(
    store: UploadStore, emulator: Emulator, client: ApiClient, make_file: Callable[..., Path]
) -> None:
    """The wake-up arrives after the request failed and before its 20 s backoff began: the
    upload tries again at once instead of sitting the backoff out."""
    file_id = queue(store, emulator, make_file(MIB, "a.mp4"))
    emulator.faults.server_error_every = 1
    control = DurableControl()
    retries: list[ChunkRetrying] = []

    def listener(event: object) -> None:
        if isinstance(event, ChunkRetrying):
            # Told before the wait starts: the server is fine again, and the computer says so.
            retries.append(event)
            emulator.faults.server_error_every = 0
            control.nudge()

    started = time.monotonic()
    outcome = run_one(
        store, client, file_id, options=SLOW_RETRIES, listener=listener, control=control
    )
    assert outcome.kind is RunOutcomeKind.DONE, outcome.reason
    assert len(retries) == 1 and retries[0].delay >= 20
    assert time.monotonic() - started < SLOW_RETRIES.retry.base_delay / 2
