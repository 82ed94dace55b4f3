"""The chunk strip's painting, and the manager's scheduling driven by a stand-in engine."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from uploader_gui.core.encoding_watch import EncodingProgress, WatchOutcome
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.errors import NetworkError
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRange,
    ChunkRetrying,
    Phase,
    PhaseChanged,
    RetryCause,
    RetryReason,
    UploadEvent,
    UploadPlanned,
)
from uploader_gui.core.reasons import Why
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_session import FileOutcome, FileOutcomeKind
from uploader_gui.core.video_links import VideoLinks
from uploader_gui.gui.chunk_strip import ChunkStrip, strip_colour
from uploader_gui.gui.engine_jobs import EnvironmentAccess, FileJob, UploadJob
from uploader_gui.gui.queue_item import ItemState, QueueItem, StripState
from uploader_gui.gui.queue_model import QueueModel
from uploader_gui.gui.upload_manager import ITEM_STATE_OF_PHASE, UploadManager

MIB = 1024 * 1024


def colour_at(strip: ChunkStrip, x: int) -> QColor:
    image = strip.grab().toImage()
    return image.pixelColor(x, image.height() // 2)


def test_strip_paints_each_chunk_in_its_state(qtbot: Any) -> None:
    strip = ChunkStrip()
    qtbot.addWidget(strip)
    strip.resize(404, 20)
    states = bytes([StripState.DONE, StripState.SENDING, StripState.RETRYING, StripState.WAITING])
    strip.set_chunks(states, [1.0, 1.0, 0.0, 0.0], [MIB] * 4)
    assert colour_at(strip, 50) == strip_colour(StripState.DONE)
    assert colour_at(strip, 150) == strip_colour(StripState.SENDING)
    assert colour_at(strip, 250) == strip_colour(StripState.RETRYING)
    assert colour_at(strip, 350) == strip_colour(StripState.WAITING)
    assert strip.summary() == "1 of 4 parts sent, 1 sending, 1 to send again"


def test_strip_with_more_chunks_than_pixels_shows_trouble(qtbot: Any) -> None:
    strip = ChunkStrip()
    qtbot.addWidget(strip)
    strip.resize(200, 20)
    n = 6000  # a 30 GiB file in 5 MiB parts
    states = bytearray([StripState.DONE] * n)
    states[4000] = StripState.FAILED
    strip.set_chunks(bytes(states), [1.0] * n, [5 * MIB] * n)
    image = strip.grab().toImage()
    row = [image.pixelColor(x, 10) for x in range(image.width())]
    assert strip_colour(StripState.FAILED) in row  # one failed part in 6,000 is still visible
    assert row.count(strip_colour(StripState.DONE)) > 150


def test_every_engine_phase_has_a_row_state() -> None:
    assert set(ITEM_STATE_OF_PHASE) == set(Phase)
    assert ITEM_STATE_OF_PHASE[Phase.CHECKING] is ItemState.CHECKING
    assert ITEM_STATE_OF_PHASE[Phase.WAITING_NETWORK] is ItemState.OFFLINE
    assert ITEM_STATE_OF_PHASE[Phase.PLAYABLE] is ItemState.READY


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        (RetryReason(RetryCause.CONNECTION_LOST), "connection lost"),
        (RetryReason(RetryCause.SERVER_ERROR, status=503), "server error 503"),
        (RetryReason(RetryCause.STALLED, stalled_for=60.0), "nothing moved for 1 min"),
        (RetryReason(RetryCause.RATE_LIMITED, status=429), "rate limited"),
    ],
)
def test_a_retry_reason_is_worded_by_the_window(reason: RetryReason, words: str) -> None:
    item = QueueItem(path=Path("a.mp4"), size=1, state=ItemState.RETRYING)
    item.retry_attempt, item.retry_reason = 2, reason
    assert item.state_text() == f"Retrying (attempt 2: {words})"


class FakeEngine:
    """Jobs that report like the engine and finish when the test says so."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.release: dict[str, threading.Event] = {}
        self.fail: dict[str, Exception] = {}

    def __call__(self, spec: FileJob, control: UploadControl) -> UploadJob:
        name = spec.path.name
        self.started.append(name)
        gate = self.release.setdefault(name, threading.Event())

        def run(listener: Callable[[UploadEvent], None]) -> FileOutcome:
            chunks = (ChunkRange(0, 0, MIB - 1), ChunkRange(1, MIB, 2 * MIB - 1))
            listener(UploadPlanned(2 * MIB, chunks))
            listener(PhaseChanged(Phase.UPLOADING))
            listener(BytesSent(0, MIB // 2))
            if name in self.fail:
                # The first chunk is in; the second had a quarter sent when its connection broke.
                listener(BytesSent(0, MIB))
                listener(ChunkAcknowledged(0))
                listener(BytesSent(1, MIB // 4))
                listener(ChunkRetrying(1, 3, 12.0, RetryReason(RetryCause.CONNECTION_LOST)))
                gate.wait(10)
                raise self.fail[name]
            gate.wait(10)
            listener(BytesSent(0, MIB))
            listener(ChunkAcknowledged(0))
            listener(ChunkAcknowledged(1))
            return FileOutcome(
                0,
                FileOutcomeKind.DONE,
                video_id=f"vi-{name}",
                links=VideoLinks(player=f"https://embed/{name}"),
                encoding=WatchOutcome(EncodingProgress(playable=True), reached=True),
            )

        return run


def make_manager(qtbot: Any, engine: FakeEngine, parallel: int = 2) -> UploadManager:
    model = QueueModel()
    manager = UploadManager(model, job_factory=engine)
    manager.set_parallel(parallel)
    env = Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:9")
    manager.set_connection(EnvironmentAccess(env, api_key="k"))
    return manager


def test_parallel_limit_order_and_outcomes(qtbot: Any) -> None:
    engine = FakeEngine()
    manager = make_manager(qtbot, engine, parallel=2)
    try:
        items = manager.add_files((Path(f"/v/{n}.mp4"), 2 * MIB) for n in "abcd")
        assert engine.started == ["a.mp4", "b.mp4"]
        manager.move([items[3].id], -1)  # d before c: d goes next
        # The refresh timer turns the worker's counters into what the table shows.
        qtbot.waitUntil(lambda: items[0].bytes_done == MIB // 2)
        engine.release["a.mp4"].set()
        qtbot.waitUntil(lambda: items[0].state is ItemState.READY)
        assert engine.started == ["a.mp4", "b.mp4", "d.mp4"]
        assert items[0].links.player == "https://embed/a.mp4" and items[0].fraction == 1.0
        for name in ("b.mp4", "c.mp4", "d.mp4"):
            engine.release.setdefault(name, threading.Event()).set()
        qtbot.waitUntil(lambda: all(i.state is ItemState.READY for i in items))
        assert engine.started == ["a.mp4", "b.mp4", "d.mp4", "c.mp4"]
        assert not manager.busy
    finally:
        for gate in engine.release.values():
            gate.set()
        manager.shutdown(5000)


def test_finished_uploads_let_go_of_their_jobs(qtbot: Any) -> None:
    """A window that uploads for hours keeps nothing of the uploads it finished: each job (its
    file, its connection, its closures) is freed once its outcome has reached the window."""
    engine = FakeEngine()
    jobs: list[weakref.ref[UploadJob]] = []

    def factory(spec: FileJob, control: UploadControl) -> UploadJob:
        job = engine(spec, control)
        jobs.append(weakref.ref(job))
        return job

    manager = UploadManager(QueueModel(), job_factory=factory)
    manager.set_parallel(2)
    env = Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:9")
    manager.set_connection(EnvironmentAccess(env, api_key="k"))
    try:
        names = [f"{n}.mp4" for n in "abcdefgh"]
        for name in names:
            engine.release[name] = threading.Event()
            engine.release[name].set()
        items = manager.add_files((Path(f"/v/{name}"), 2 * MIB) for name in names)
        qtbot.waitUntil(lambda: all(i.state is ItemState.READY for i in items))
        assert len(jobs) == len(names)

        def alive() -> int:
            gc.collect()
            return sum(1 for ref in jobs if ref() is not None)

        qtbot.waitUntil(lambda: alive() == 0)
    finally:
        manager.shutdown(5000)


def test_quitting_waits_for_an_upload_slow_to_stop(qtbot: Any) -> None:
    """An upload that does not stop within the quit wait (a chunk mid-way on a slow link) is
    still waited for: a thread object destroyed while its thread runs would abort the app."""
    engine = FakeEngine()
    manager = make_manager(qtbot, engine, parallel=1)
    items = manager.add_files([(Path("/v/slow.mp4"), 2 * MIB)])
    qtbot.waitUntil(lambda: items[0].bytes_done == MIB // 2)
    threads = [worker for worker, _ in manager._workers.values()]
    # The job ignores the stop and ends only when its gate opens, well after the quit wait.
    opener = threading.Timer(0.5, engine.release["slow.mp4"].set)
    opener.start()
    assert manager.shutdown(50) is False
    assert threads and not any(t.isRunning() for t in threads)
    opener.join()


def test_uploads_start_once_the_window_is_free_and_never_after_quitting(qtbot: Any) -> None:
    """Threads of files started together begin after the window has handled the drop; a quit
    before that starts none of them (nothing runs past the window)."""
    engine = FakeEngine()
    ran: list[str] = []

    def factory(spec: FileJob, control: UploadControl) -> UploadJob:
        job = engine(spec, control)

        def run(listener: Callable[[UploadEvent], None]) -> FileOutcome:
            ran.append(spec.path.name)
            return job(listener)

        return run

    manager = UploadManager(QueueModel(), job_factory=factory)
    manager.set_parallel(2)
    env = Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:9")
    manager.set_connection(EnvironmentAccess(env, api_key="k"))
    items = manager.add_files((Path(f"/v/{n}.mp4"), 2 * MIB) for n in "ab")
    threads = [worker for worker, _ in manager._workers.values()]
    assert [i.state for i in items] == [ItemState.UPLOADING] * 2
    assert len(threads) == 2 and not any(t.isRunning() or t.isFinished() for t in threads)
    assert manager.shutdown(5000) is True
    for _ in range(3):  # the window's events go on (the launch was queued): nothing starts
        QCoreApplication.processEvents()
    assert ran == [] and not any(t.isRunning() or t.isFinished() for t in threads)

    again = make_manager(qtbot, engine, parallel=2)
    try:
        later = again.add_files((Path(f"/v/{n}.mp4"), 2 * MIB) for n in "cd")
        qtbot.waitUntil(lambda: all(i.bytes_done == MIB // 2 for i in later))
    finally:
        for gate in engine.release.values():
            gate.set()
        again.shutdown(5000)


def test_retry_countdown_then_failure_reason(qtbot: Any) -> None:
    engine = FakeEngine()
    engine.fail["x.mp4"] = NetworkError(Why.NO_NETWORK)
    manager = make_manager(qtbot, engine)
    try:
        (item,) = manager.add_files([(Path("/v/x.mp4"), 2 * MIB)])
        qtbot.waitUntil(lambda: item.state is ItemState.RETRYING)
        assert item.state_text().startswith("Retrying in 1")
        assert item.state_text().endswith("(attempt 3: connection lost) · 262 kB to send again")
        engine.release["x.mp4"].set()
        qtbot.waitUntil(lambda: item.state is ItemState.FAILED)
        assert item.state_text() == (
            "Failed — Cannot reach the server. Check the internet connection."
        )
        states, _, _ = item.counters.strip()
        assert StripState.FAILED in states
        # The row keeps what the server acknowledged, not the quarter that was lost with the
        # connection.
        assert (item.bytes_done, item.to_send_again) == (MIB, 0)
        manager.retry([item.id])
        assert engine.started == ["x.mp4", "x.mp4"]
    finally:
        for gate in engine.release.values():
            gate.set()
        manager.shutdown(5000)


def test_nothing_starts_without_a_credential(qtbot: Any) -> None:
    engine = FakeEngine()
    manager = UploadManager(QueueModel(), job_factory=engine)
    env = Environment(EnvironmentKind.PRODUCTION, "https://ws.api.video")
    manager.set_connection(EnvironmentAccess(env))
    manager.add_files([(Path("/v/a.mp4"), MIB)])
    assert engine.started == []
    assert manager.model.item(0).state is ItemState.WAITING
