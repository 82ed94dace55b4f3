"""Bandwidth cap, growing chunks, resuming over a mixed layout and 429s, against the emulator
over real HTTP on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.core.engine_helpers import (
    Recorder,
    log_mark,
    resent_since_planning,
    served_bytes,
    write_video,
)
from tests.core.test_upload_emulator import make_upload_token
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.chunk_body import ChunkBody
from uploader_gui.core.chunk_schedule import LAST_CHUNK_SIZE
from uploader_gui.core.errors import CancelledError, QuotaError
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRetrying,
    RetryCause,
    UploadEvent,
    UploadPlanned,
)
from uploader_gui.core.limits import MIB, MIN_CHUNK_SIZE
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.rate_limit import RateLimiter
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_result import UploadResult
from uploader_gui.emulator import Emulator

KEY = "test-key"


@pytest.fixture
def client(emulator: Emulator) -> Iterator[ApiClient]:
    with ApiClient(emulator.base_url, api_key=KEY, timeout=10) as api:
        yield api


def upload(
    client: ApiClient,
    path: Path,
    options: UploadOptions,
    listener: Recorder | None = None,
    **kwargs: object,
) -> UploadResult:
    meta = VideoMetadata(title=path.stem)
    return FileUpload(client, path, meta, options, listener=listener, **kwargs).run()  # type: ignore[arg-type]


def assert_intact(emulator: Emulator, result: UploadResult, path: Path) -> None:
    assert served_bytes(emulator, result.video_id) == path.read_bytes()


class SendLog:
    """File bytes handed to the network over time, summed over chunks and files, leaving out
    the last chunk of each file (it waits for the others' answers, so the line is idle before
    it whatever the cap)."""

    def __init__(self, last_chunk: int) -> None:
        self._last_chunk = last_chunk
        self._lock = threading.Lock()
        self._latest: dict[tuple[int, int], int] = {}
        self.points: list[tuple[float, int]] = []

    def listener(self, file_no: int) -> Recorder:
        rec = Recorder()

        def on_sent(event: UploadEvent) -> None:
            assert isinstance(event, BytesSent)
            if event.chunk_index == self._last_chunk:
                return
            with self._lock:
                self._latest[(file_no, event.chunk_index)] = event.chunk_sent
                self.points.append((time.monotonic(), sum(self._latest.values())))

        rec.on(BytesSent, on_sent)
        return rec

    def rate(self) -> float:
        (t0, b0), (t1, b1) = self.points[0], self.points[-1]
        return (b1 - b0) / (t1 - t0)


def test_a_shared_bandwidth_cap_holds_for_two_files_together(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    # Each file: two 5 MiB chunks in parallel, then a 1 MiB last one.
    files = [write_video(tmp_path / f"clip{i}.mp4", 11 * MIB) for i in range(2)]
    limit = 10_000_000
    options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=2, rate_limiter=RateLimiter(limit))
    log = SendLog(last_chunk=2)
    results: dict[int, UploadResult] = {}

    def run(i: int) -> None:
        results[i] = upload(client, files[i], options, log.listener(i))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results) == [0, 1]
    for i, result in results.items():
        assert_intact(emulator, result, files[i])
    # 20 MiB through four connections at 10 MB/s, where unlimited takes a fraction of a second.
    # The rate is measured from the first block handed over to the last, so it is measured
    # over most of the bytes (the first blocks go before the first point). Never above the
    # cap; below it only as far as a loaded machine (or one under coverage) falls behind.
    assert log.points[-1][1] - log.points[0][1] >= 15 * MIB
    assert 0.5 * limit <= log.rate() <= 1.02 * limit


def sent_ranges(emulator: Emulator, video_id: str) -> list[tuple[int, int]]:
    """The byte ranges of the chunks the server recorded for the video, in its order."""
    return [
        (entry.range.start, entry.range.end)
        for entry in emulator.requests_for(video_id)
        if entry.kind == "source" and entry.accepted and entry.range is not None
    ]


def assert_sent_as_planned(emulator: Emulator, result: UploadResult, rec: Recorder) -> None:
    """Every chunk of the last layout announced went once, and only those; each piece but the
    completing one is at least 5 MiB, and the completing one went last."""
    final = rec.of(UploadPlanned)[-1]
    assert isinstance(final, UploadPlanned)
    planned = [(c.start, c.end) for c in final.chunks]
    sent = sent_ranges(emulator, result.video_id)
    assert sorted(sent) == planned
    assert sent[-1] == planned[-1]
    assert all(c.size >= MIN_CHUNK_SIZE for c in final.chunks[:-1])
    acked = sorted(e.chunk_index for e in rec.of(ChunkAcknowledged))
    assert acked == list(range(len(planned)))


def test_a_file_under_one_round_is_cut_for_every_connection(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    """40 MiB in 16 MiB chunks would keep three of four connections busy (16, 16, 8), and the
    last of them short. The first chunk handed out already sees that nothing is in flight and
    cuts the file in four even pieces, announced before a byte of them leaves."""
    video = write_video(tmp_path / "short.mp4", 40 * MIB + 77)
    rec = Recorder()
    result = upload(client, video, UploadOptions(chunk_size=16 * MIB, parallel_chunks=4), rec)
    assert_intact(emulator, result, video)
    assert_sent_as_planned(emulator, result, rec)
    first, recut = rec.of(UploadPlanned)[:2]
    assert isinstance(first, UploadPlanned) and isinstance(recut, UploadPlanned)
    assert [c.size // MIB for c in first.chunks[:3]] == [16, 16, 7]
    assert all(abs(c.size - 10 * MIB) < MIB for c in recut.chunks[:4])
    assert recut.chunks[-1].size == LAST_CHUNK_SIZE
    assert rec.events.index(recut) < rec.events.index(rec.of(BytesSent)[0])


def test_the_end_cut_again_mid_upload_arrives_intact(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    """Three connections capped at 4 MiB/s each take 8 MiB chunks of a 40 MiB file; once the
    first is acknowledged, what is left (16 MiB) is less than one more round, and is cut again
    for the three to share. Whatever the timing decides, the server gets every byte once."""
    emulator.faults.bandwidth = 4 * MIB
    video = write_video(tmp_path / "middle.mp4", 40 * MIB + 5)
    rec = Recorder()
    result = upload(client, video, UploadOptions(chunk_size=8 * MIB, parallel_chunks=3), rec)
    emulator.faults.bandwidth = 0
    assert_intact(emulator, result, video)
    assert_sent_as_planned(emulator, result, rec)
    # The chunks handed out before a layout was announced again kept their place in it.
    plans = rec.of(UploadPlanned)
    final = plans[-1]
    assert isinstance(final, UploadPlanned)
    for plan in plans:
        assert isinstance(plan, UploadPlanned)
        assert all(final.chunks[c.index] == c for c in plan.chunks if c.index in final.already_done)


def test_chunks_grow_on_a_fast_link(emulator: Emulator, client: ApiClient, tmp_path: Path) -> None:
    video = write_video(tmp_path / "fast.mp4", 40 * MIB + 77)
    options = UploadOptions(chunk_size=5 * MIB, adaptive_chunks=True, uploads_per_minute=60)
    rec = Recorder()
    result = upload(client, video, options, rec)
    assert_intact(emulator, result, video)
    plans = rec.of(UploadPlanned)
    assert len(plans) >= 2
    final = plans[-1]
    assert isinstance(final, UploadPlanned)
    assert max(c.size for c in final.chunks) > 5 * MIB
    # Fewer requests than 5 MiB chunks would have needed (nine).
    assert emulator.upload_requests == len(final.chunks) < 9
    acked = sorted(e.chunk_index for e in rec.of(ChunkAcknowledged))
    assert acked == list(range(len(final.chunks)))


def test_chunks_do_not_grow_on_another_server(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "other.mp4", 40 * MIB)
    rec = Recorder()
    result = upload(client, video, UploadOptions(chunk_size=5 * MIB), rec)
    assert_intact(emulator, result, video)
    assert_sent_as_planned(emulator, result, rec)
    # Only the end may be cut again, and then no piece takes more than the minimum along.
    for plan in rec.of(UploadPlanned):
        assert isinstance(plan, UploadPlanned)
        assert max(c.size for c in plan.chunks) < 5 * MIB + MIN_CHUNK_SIZE


def test_fixed_chunks_when_adapting_is_off(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "fixed.mp4", 20 * MIB)
    rec = Recorder()
    options = UploadOptions(chunk_size=5 * MIB, adaptive_chunks=False)
    result = upload(client, video, options, rec)
    assert_intact(emulator, result, video)
    assert len(rec.of(UploadPlanned)) == 1
    assert emulator.upload_requests == 4


def test_resume_keeps_the_servers_chunks_and_cuts_the_rest_anew(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "long.mp4", 41 * MIB + 5)
    control = UploadControl()
    first = Recorder()
    first.on(
        ChunkAcknowledged,
        lambda _e: control.cancel() if len(first.of(ChunkAcknowledged)) >= 3 else None,
    )
    started = FileUpload(
        client,
        video,
        VideoMetadata(title="long"),
        UploadOptions(chunk_size=5 * MIB, parallel_chunks=1, adaptive_chunks=False),
        listener=first,
        control=control,
    )
    with pytest.raises(CancelledError):
        started.run()
    assert started.video_id is not None
    assert emulator.upload_requests == 3
    mark = log_mark(emulator, started.video_id)

    again = Recorder()
    options = UploadOptions(chunk_size=7 * MIB, adaptive_chunks=True, uploads_per_minute=60)
    result = upload(client, video, options, again, video_id=started.video_id)
    assert_intact(emulator, result, video)
    assert len(emulator.videos()) == 1
    plan = again.of(UploadPlanned)[0]
    assert isinstance(plan, UploadPlanned)
    kept = [c for c in plan.chunks if c.index in plan.already_done]
    # The server may list its three 5 MiB ranges as one: either way the first 15 MiB stay.
    assert kept[0].start == 0 and kept[-1].end == 15 * MIB - 1
    assert sum(c.size for c in kept) == 15 * MIB
    later = [c for c in plan.chunks if c.index not in plan.already_done]
    assert later[0].start == 15 * MIB and later[0].size == 7 * MIB
    assert all(c.size >= MIN_CHUNK_SIZE for c in plan.chunks[:-1])
    # Only the missing bytes went again, compared as ranges across the two chunk sizes.
    assert resent_since_planning(emulator, started.video_id, mark) == []


def test_resuming_after_the_end_was_shared_sends_only_what_is_missing(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    """An upload stopped after its end was cut for four connections (40 MiB: four pieces of
    about 10 MiB) continues from the server's ranges, whatever pieces it holds, and sends
    nothing twice."""
    emulator.faults.bandwidth = 8 * MIB
    video = write_video(tmp_path / "shared.mp4", 40 * MIB + 3)
    control = UploadControl()
    first = Recorder()
    first.on(ChunkAcknowledged, lambda _e: control.cancel())
    options = UploadOptions(chunk_size=16 * MIB, parallel_chunks=4)
    started = FileUpload(
        client, video, VideoMetadata(title="shared"), options, listener=first, control=control
    )
    with pytest.raises(CancelledError):
        started.run()
    emulator.faults.bandwidth = 0
    assert started.video_id is not None
    assert emulator.wait_idle()
    recut = first.of(UploadPlanned)[-1]
    assert isinstance(recut, UploadPlanned) and len(recut.chunks) == 5
    mark = log_mark(emulator, started.video_id)

    again = Recorder()
    result = upload(client, video, options, again, video_id=started.video_id)
    assert_intact(emulator, result, video)
    assert len(emulator.videos()) == 1
    assert resent_since_planning(emulator, started.video_id, mark) == []
    assert_sent_as_planned_since(emulator, started.video_id, mark, again)


def assert_sent_as_planned_since(
    emulator: Emulator, video_id: str, mark: int, rec: Recorder
) -> None:
    """The resumed run sent each chunk of its last layout that the server lacked when it
    planned, once."""
    planned, final = rec.of(UploadPlanned)[0], rec.of(UploadPlanned)[-1]
    assert isinstance(planned, UploadPlanned) and isinstance(final, UploadPlanned)
    held = {(c.start, c.end) for c in planned.chunks if c.index in planned.already_done}
    sent = [
        (entry.range.start, entry.range.end)
        for entry in emulator.requests_for(video_id)
        if entry.seq > mark and entry.kind == "source" and entry.accepted and entry.range
    ]
    missing = [(c.start, c.end) for c in final.chunks if (c.start, c.end) not in held]
    assert sorted(sent) == missing
    assert all(c.size >= MIN_CHUNK_SIZE for c in final.chunks[:-1])


def test_a_429_costs_its_wait_and_holds_back_the_other_chunks(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    emulator.faults.rate_limit_uploads = 3
    emulator.faults.rate_limit_window = 1.0
    video = write_video(tmp_path / "limited.mp4", 30 * MIB)
    rec = Recorder()
    options = UploadOptions(
        chunk_size=5 * MIB,
        parallel_chunks=2,
        adaptive_chunks=False,
        retry=RetryPolicy(rate_limit_margin=0.1),
    )
    started = time.monotonic()
    result = upload(client, video, options, rec, sleep=time.sleep)
    elapsed = time.monotonic() - started
    assert_intact(emulator, result, video)
    retries = rec.of(ChunkRetrying)
    assert retries and all(r.reason.cause is RetryCause.RATE_LIMITED for r in retries)
    assert all(r.delay <= 1.1 for r in retries)
    # Six chunks, three a second: two windows. At most the chunks already in flight when the
    # first 429 came are refused in each window; nothing piles up behind them.
    refused = emulator.upload_requests - 6
    assert refused <= 2
    assert elapsed < 3.5


def test_after_a_429_every_upload_through_the_client_waits_the_same_window(
    emulator: Emulator, tmp_path: Path
) -> None:
    emulator.faults.rate_limit_uploads = 1
    emulator.faults.rate_limit_window = 30.0
    video = write_video(tmp_path / "two.mp4", 10 * MIB)
    now = [1000.0]
    with ApiClient(emulator.base_url, api_key=KEY, clock=lambda: now[0]) as api:
        video_id = str(api.create_video(VideoMetadata(title="two"))["videoId"])

        def body(start: int) -> Callable[[dict[str, str]], ChunkBody]:
            return lambda fields: ChunkBody(video, start, 5 * MIB, fields=fields)

        assert api.upload_wait() == 0
        api.upload_chunk(video_id, body(0), f"bytes 0-{5 * MIB - 1}/{10 * MIB}")
        with pytest.raises(QuotaError) as refused:
            api.upload_chunk(video_id, body(5 * MIB), f"bytes {5 * MIB}-{10 * MIB - 1}/{10 * MIB}")
        retry_after = refused.value.retry_after
        assert retry_after is not None and 25 <= retry_after <= 30
        assert api.upload_wait() == pytest.approx(retry_after)
        now[0] += 10
        assert api.upload_wait() == pytest.approx(retry_after - 10)
        now[0] += 30
        assert api.upload_wait() == 0


def test_token_uploads_keep_their_layout(emulator: Emulator, tmp_path: Path) -> None:
    # Resuming a token upload cannot ask the server which ranges it has, so it relies on the
    # layout its chunk size gives: chunks must not grow mid-way, whatever the speed, nor the
    # end be cut again for the connections.
    token = make_upload_token(emulator)
    video = write_video(tmp_path / "token.mp4", 40 * MIB)
    options = UploadOptions(chunk_size=5 * MIB, adaptive_chunks=True, uploads_per_minute=60)
    rec = Recorder()
    with ApiClient(emulator.base_url, upload_token=token) as api:
        result = upload(api, video, options, rec)
    assert_intact(emulator, result, video)
    assert len(rec.of(UploadPlanned)) == 1
    assert emulator.upload_requests == 8


def test_a_low_cap_sends_in_small_blocks(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "small.mp4", 400_000)
    rec = Recorder()
    options = UploadOptions(rate_limiter=RateLimiter(500_000))
    started = time.monotonic()
    result = upload(client, video, options, rec)
    assert_intact(emulator, result, video)
    # 400 kB at 500 kB/s in blocks of about 62 kB: progress every 128 KiB, not once at the end.
    assert time.monotonic() - started > 0.6
    assert len(rec.of(BytesSent)) >= 3
