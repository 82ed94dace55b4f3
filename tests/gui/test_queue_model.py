"""The queue model: Qt's model rules, the words people read, and moves that keep ids right."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRange,
    ChunkRetrying,
    RetryCause,
    RetryReason,
    UploadPlanned,
)
from uploader_gui.gui.queue_item import (
    ItemState,
    ProgressCounters,
    QueueItem,
    StripState,
    default_title,
)
from uploader_gui.gui.queue_model import (
    COL_LEFT,
    COL_NAME,
    COL_PROGRESS,
    COL_SIZE,
    COL_SPEED,
    COL_STATE,
    FractionRole,
    ItemRole,
    QueueModel,
)

MIB = 1024 * 1024


def items(n: int) -> list[QueueItem]:
    return [QueueItem(path=Path(f"/videos/clip {i}.mp4"), size=(i + 1) * MIB) for i in range(n)]


def test_model_follows_qt_rules(qtmodeltester: object) -> None:
    model = QueueModel()
    model.add(items(5))
    model.item(1).state = ItemState.UPLOADING
    model.item(1).bytes_done = MIB
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    model.move(model.item(0).id, 1)
    model.remove(model.item(2).id)
    model.add(items(2))
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]


def test_columns_show_plain_words() -> None:
    model = QueueModel()
    item = QueueItem(path=Path("/v/Holiday_in_Rome.mp4"), size=3 * 1024 * MIB)
    model.add([item])
    item.state = ItemState.UPLOADING
    item.bytes_done = 1024 * MIB
    item.speed = 10 * MIB
    item.eta = 2048 / 10  # the queue's estimate, set with its summary

    def text(col: int) -> str:
        return str(model.data(model.index(0, col), Qt.ItemDataRole.DisplayRole))

    assert text(COL_NAME) == "Holiday_in_Rome.mp4"
    assert text(COL_SIZE) == "3.22 GB"
    assert text(COL_STATE) == "Uploading"
    assert text(COL_PROGRESS) == "33 %"
    assert text(COL_SPEED) == "83.9 Mbit/s"  # 10 MiB/s
    assert text(COL_LEFT) == "3 min 25 s"
    assert model.data(model.index(0, COL_PROGRESS), FractionRole) == 1 / 3
    assert model.data(model.index(0, 0), ItemRole) is item
    assert item.title == "Holiday in Rome"
    assert model.headerData(COL_LEFT, Qt.Orientation.Horizontal) == "Time left"


def test_state_texts() -> None:
    item = QueueItem(path=Path("/v/a.mp4"), size=MIB)
    now = time.monotonic()
    item.state = ItemState.RETRYING
    item.retry_at = now + 12
    item.retry_attempt = 3
    item.retry_reason = RetryReason(RetryCause.CONNECTION_LOST)
    assert item.state_text(now) == "Retrying in 12 s (attempt 3: connection lost)"
    item.state = ItemState.OFFLINE
    assert (
        item.state_text(now)
        == "Waiting for network · retrying in 12 s (attempt 3: connection lost)"
    )
    item.state = ItemState.FAILED
    item.detail = "The API key was refused."
    assert item.state_text() == "Failed — The API key was refused."
    item.state = ItemState.READY
    item.detail = ""
    assert item.state_text() == "Ready to watch"
    item.detail = "720p ready"
    assert item.state_text() == "Ready to watch · 720p ready"
    assert item.fraction == 1.0
    item.state = ItemState.SKIPPED
    item.detail = "Skipped: already uploaded on 29 Nov 2026 as “x”."
    assert item.state_text() == item.detail and item.state.finished and item.state.retryable


def test_move_keeps_rows_and_ids_in_step() -> None:
    model = QueueModel()
    queue = items(4)
    model.add(queue)
    a, b, c, d = (i.id for i in queue)
    assert model.move(c, -1)
    assert [i.id for i in model.items] == [a, c, b, d]
    assert model.row_of(c) == 1 and model.row_of(b) == 2
    assert not model.move(a, -1)
    assert model.move(a, 1)
    assert [i.id for i in model.items] == [c, a, b, d]
    assert not model.move(d, 1)
    model.remove(a)
    assert model.row_of(a) == -1 and model.row_of(b) == 1 and model.find(d) is queue[3]
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 3


def test_counters_paint_each_chunk_as_it_goes() -> None:
    c = ProgressCounters()
    chunks = tuple(ChunkRange(i, i * 5 * MIB, (i + 1) * 5 * MIB - 1) for i in range(3))
    c.observe(UploadPlanned(15 * MIB, chunks, frozenset({0})))
    c.observe(BytesSent(1, MIB))
    c.observe(BytesSent(2, 2 * MIB))
    c.observe(ChunkRetrying(2, 1, 1.0, RetryReason(RetryCause.CONNECTION_LOST)))
    c.observe(ChunkAcknowledged(1))
    states, fills, sizes = c.strip()
    assert list(states) == [StripState.DONE, StripState.DONE, StripState.RETRYING]
    assert fills == [1.0, 1.0, 0.0] and sizes == [5 * MIB] * 3
    # Bytes to send again keep the bar where it was.
    assert c.bytes_done() == 12 * MIB
    c.stopped(failed=True)
    assert c.strip()[0][2] == StripState.FAILED
    # The next run's plan starts from what the server holds, not from the stopped attempts.
    c.observe(UploadPlanned(15 * MIB, chunks, frozenset({0, 1})))
    assert c.bytes_done() == 10 * MIB
    assert list(c.strip()[0]) == [StripState.DONE, StripState.DONE, StripState.WAITING]


def test_a_layout_cut_anew_mid_run_keeps_the_chunk_being_sent() -> None:
    c = ProgressCounters()
    chunks = tuple(ChunkRange(i, i * 5 * MIB, (i + 1) * 5 * MIB - 1) for i in range(4))
    c.observe(UploadPlanned(20 * MIB, chunks, frozenset()))
    c.observe(BytesSent(0, 3 * MIB))
    recut = (
        *chunks[:1],
        ChunkRange(1, 5 * MIB, 12 * MIB - 1),
        ChunkRange(2, 12 * MIB, 20 * MIB - 1),
    )
    c.observe(UploadPlanned(20 * MIB, recut, frozenset()))
    states, fills, sizes = c.strip()
    assert list(states) == [StripState.SENDING, StripState.WAITING, StripState.WAITING]
    assert fills == [0.6, 0.0, 0.0] and sizes == [5 * MIB, 7 * MIB, 8 * MIB]
    assert c.bytes_done() == 3 * MIB


def test_a_row_says_what_goes_again_after_a_lost_connection() -> None:
    item = QueueItem(path=Path("/v/a.mp4"), size=15 * MIB, state=ItemState.OFFLINE)
    chunks = tuple(ChunkRange(i, i * 5 * MIB, (i + 1) * 5 * MIB - 1) for i in range(3))
    item.counters.observe(UploadPlanned(15 * MIB, chunks))
    item.counters.observe(BytesSent(0, 3 * MIB))
    item.counters.observe(ChunkRetrying(None, 1, 4.0, RetryReason(RetryCause.CONNECTION_LOST)))
    item.take_progress()
    item.retry_attempt, item.retry_reason = 1, RetryReason(RetryCause.CONNECTION_LOST)
    assert item.bytes_done == 3 * MIB  # the bar does not fall back to 0 %
    assert item.state_text() == (
        "Waiting for network · retrying (attempt 1: connection lost) · 3.15 MB to send again"
    )
    item.state = ItemState.UPLOADING
    item.counters.observe(BytesSent(0, MIB))
    item.take_progress()
    assert item.state_text() == "Uploading · 2.10 MB to send again"
    item.counters.observe(BytesSent(0, 3 * MIB))
    item.take_progress()
    assert item.state_text() == "Uploading"


def test_default_title_reads_like_a_name() -> None:
    assert default_title(Path("my_trip__to_Rome.MOV")) == "my trip to Rome"
    assert default_title(Path("noext")) == "noext"
