"""One progress model for both fronts: confirmed, in flight, and bytes to send again."""

from __future__ import annotations

import threading

from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRange,
    ChunkRetrying,
    RetryCause,
    RetryReason,
    UploadPlanned,
    VideoCreated,
)
from uploader_gui.core.file_progress import FileProgress, ProgressSnapshot
from uploader_gui.core.limits import MIB

LOST = RetryReason(RetryCause.CONNECTION_LOST)
CHUNKS = tuple(ChunkRange(i, i * 5 * MIB, (i + 1) * 5 * MIB - 1) for i in range(3))


def planned(done: frozenset[int] = frozenset()) -> FileProgress:
    progress = FileProgress()
    progress.observe(UploadPlanned(15 * MIB, CHUNKS, done))
    return progress


def test_confirmed_and_in_flight_bytes_are_told_apart() -> None:
    p = planned(frozenset({0}))
    p.observe(BytesSent(1, MIB))
    p.observe(BytesSent(2, 2 * MIB))
    assert p.snapshot() == ProgressSnapshot(15 * MIB, 5 * MIB, 3 * MIB, 0, complete=False)
    assert p.snapshot().shown == 8 * MIB


def test_a_lost_connection_keeps_the_bar_and_says_what_goes_again() -> None:
    p = planned()
    p.observe(BytesSent(0, 4 * MIB))
    p.observe(BytesSent(1, 3 * MIB))
    before = p.snapshot().shown
    p.observe(ChunkRetrying(None, 1, 2.0, LOST))  # every request in flight broke
    after = p.snapshot()
    assert after.shown == before == 7 * MIB
    assert (after.in_flight, after.to_send_again) == (0, 7 * MIB)
    # The new attempt catches up: what it sends is no longer "to send again".
    p.observe(BytesSent(0, MIB))
    assert p.snapshot().to_send_again == 6 * MIB and p.snapshot().shown == 7 * MIB
    p.observe(BytesSent(0, 5 * MIB))
    p.observe(ChunkAcknowledged(0))
    snap = p.snapshot()
    assert (snap.confirmed, snap.to_send_again, snap.shown) == (5 * MIB, 3 * MIB, 8 * MIB)


def test_a_second_failure_of_the_same_chunk_keeps_the_furthest_attempt() -> None:
    p = planned()
    p.observe(BytesSent(2, 4 * MIB))
    p.observe(ChunkRetrying(2, 1, 1.0, LOST))
    p.observe(BytesSent(2, MIB))
    p.observe(ChunkRetrying(2, 2, 2.0, LOST))
    assert p.snapshot().to_send_again == 4 * MIB


def test_the_whole_file_is_shown_only_once_every_chunk_is_confirmed() -> None:
    p = planned()
    for chunk in CHUNKS:
        p.observe(BytesSent(chunk.index, chunk.size))
    assert p.snapshot().shown == 15 * MIB - 1  # sent is not kept
    for chunk in CHUNKS:
        p.observe(ChunkAcknowledged(chunk.index))
    assert p.snapshot().complete and p.snapshot().shown == 15 * MIB


def test_odd_events_cannot_push_the_count_past_the_truth() -> None:
    p = planned()
    p.observe(BytesSent(0, 50 * MIB))  # more than the chunk holds
    p.observe(BytesSent(9, MIB))  # a chunk that is not in the plan
    p.observe(ChunkAcknowledged(1))
    p.observe(ChunkAcknowledged(1))  # offered twice
    snap = p.snapshot()
    assert (snap.confirmed, snap.in_flight) == (5 * MIB, 5 * MIB)
    p.observe(ChunkRetrying(1, 1, 1.0, LOST))  # an acknowledged chunk is never lost again
    assert p.snapshot().to_send_again == 0


def test_a_new_plan_starts_from_what_the_server_holds() -> None:
    p = planned()
    p.observe(VideoCreated("vi1"))
    p.observe(BytesSent(1, MIB))
    p.observe(UploadPlanned(15 * MIB, CHUNKS, frozenset({0, 1})))
    snap = p.snapshot()
    assert (snap.confirmed, snap.in_flight, snap.to_send_again) == (10 * MIB, 0, 0)
    assert p.video_id == "vi1"


def test_chunks_in_progress_keep_their_bytes_when_the_rest_is_cut_anew() -> None:
    """The end of the file cut again mid-upload: the chunks being sent keep their index and
    range, and the bar keeps what they have sent (it never falls back)."""
    p = planned()
    p.observe(BytesSent(0, 4 * MIB))
    p.observe(BytesSent(1, 3 * MIB))
    p.observe(ChunkRetrying(1, 1, 0.5, LOST))
    before = p.bytes_shown()
    recut = (
        CHUNKS[0],
        CHUNKS[1],
        ChunkRange(2, 10 * MIB, 12 * MIB - 1),
        ChunkRange(3, 12 * MIB, 15 * MIB - 1),
    )
    p.observe(UploadPlanned(15 * MIB, recut, frozenset()))
    snap = p.snapshot()
    assert (snap.in_flight, snap.to_send_again) == (4 * MIB, 3 * MIB)
    assert p.bytes_shown() == before
    p.observe(BytesSent(2, MIB))
    assert p.snapshot().in_flight == 5 * MIB


def test_feeding_from_several_threads_loses_nothing() -> None:
    chunks = tuple(ChunkRange(i, i * MIB, (i + 1) * MIB - 1) for i in range(400))
    p = FileProgress()
    p.observe(UploadPlanned(400 * MIB, chunks))

    def feed(start: int) -> None:
        for i in range(start, 400, 4):
            p.observe(BytesSent(i, MIB))
            p.observe(ChunkAcknowledged(i))

    threads = [threading.Thread(target=feed, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert p.snapshot().complete and p.snapshot().shown == 400 * MIB
