"""Slow links and stalled ones, against the emulator: slow is not a failure, stuck is.

A link slower than a body block per connect timeout used to fail every attempt (the connect
timeout bounded each 1 MiB write), and nothing told a stuck request from a slow one. Now a
chunk request fails only when nothing moves for the stall window, and says so.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.core.engine_helpers import Recorder, served_bytes
from uploader_gui.cli.words import error_words
from uploader_gui.core.api_client import ApiClient, StallError
from uploader_gui.core.chunk_body import ChunkBody
from uploader_gui.core.events import ChunkRetrying, Phase, PhaseChanged, RetryCause, VideoCreated
from uploader_gui.core.limits import DEFAULT_STALL_SECONDS, KIB, MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.emulator import Emulator

KEY = "test-key"
QUICK_RETRY = RetryPolicy(base_delay=0.05, max_delay=0.2)


def test_a_300_kb_per_s_link_completes_with_a_2_s_timeout(
    emulator: Emulator, make_file: Callable[..., Path]
) -> None:
    # One chunk of 1.5 MiB: several 1 MiB-block writes' worth, 5 s at this speed.
    path = make_file(1536 * KIB, "slow.mp4", seed=3)
    emulator.faults.bandwidth = 300_000
    rec = Recorder()
    started = time.monotonic()
    with ApiClient(emulator.base_url, api_key=KEY, timeout=2) as client:
        assert client.stall_seconds == DEFAULT_STALL_SECONDS
        result = FileUpload(
            client,
            path,
            VideoMetadata(title="slow"),
            UploadOptions(chunk_size=5 * MIB, max_attempts=2, retry=QUICK_RETRY),
            listener=rec,
        ).run()
    elapsed = time.monotonic() - started
    assert rec.of(ChunkRetrying) == []
    assert elapsed >= 1536 * KIB / 300_000 * 0.8  # the cap was really in the way
    assert served_bytes(emulator, result.video_id) == path.read_bytes()
    assert len(emulator.videos()) == 1


def test_a_stall_is_detected_named_retried_and_the_upload_completes(
    emulator: Emulator, make_file: Callable[..., Path]
) -> None:
    path = make_file(6 * MIB + 4321, "stuck.mp4", seed=4)
    rec = Recorder()
    stalled_at: list[float] = []
    # The server stops reading anything once the video exists, until the stall is announced.
    rec.on(VideoCreated, lambda _e: setattr(emulator.faults, "latency", 30.0))

    def on_state(event: object) -> None:
        assert isinstance(event, PhaseChanged)
        if event.retry is not None and event.retry.cause is RetryCause.STALLED:
            stalled_at.append(time.monotonic())
            emulator.faults.latency = 0.0

    rec.on(PhaseChanged, on_state)
    started = time.monotonic()
    with ApiClient(emulator.base_url, api_key=KEY, timeout=10) as client:
        result = FileUpload(
            client,
            path,
            VideoMetadata(title="stuck"),
            UploadOptions(
                chunk_size=5 * MIB,
                parallel_chunks=1,
                max_attempts=4,
                retry=QUICK_RETRY,
                stall_seconds=1.0,
            ),
            listener=rec,
        ).run()
    assert stalled_at, "the stall was not announced"
    # Caught after about one window (and a probe of the host), not after the 10 s timeout or
    # the 30 s latency.
    assert 0.9 <= stalled_at[0] - started < 12
    stalls = [e for e in rec.of(PhaseChanged) if e.retry is not None]
    # The whole server is held, the probe's fresh connection too: it waits for the network,
    # and goes on once the server answers again.
    assert stalls[0].phase is Phase.WAITING_NETWORK and stalls[0].retry is not None
    assert stalls[0].retry.cause is RetryCause.STALLED and stalls[0].retry.stalled_for == 1.0
    retries = rec.of(ChunkRetrying)
    assert retries and all(r.reason.cause is RetryCause.STALLED for r in retries)
    assert served_bytes(emulator, result.video_id) == path.read_bytes()
    assert len(emulator.videos()) == 1


@pytest.fixture
def deaf_server() -> Iterator[str]:
    """Accepts connections and never reads a byte: every body write stalls."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, name="deaf server")
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


def test_a_body_nobody_reads_fails_as_a_stall_after_one_window(
    deaf_server: str, make_file: Callable[..., Path]
) -> None:
    path = make_file(8 * MIB, "deaf.mp4")
    with ApiClient(deaf_server, upload_token="to1", timeout=30, stall_seconds=0.5) as client:
        started = time.monotonic()
        with pytest.raises(StallError) as stalled:
            client.upload_chunk(
                None,
                lambda fields: ChunkBody(path, 0, 8 * MIB, fields=fields),
                f"bytes 0-{8 * MIB - 1}/{8 * MIB}",
            )
        elapsed = time.monotonic() - started
    assert 0.4 <= elapsed < 5  # one window, not the 30 s timeout
    assert stalled.value.seconds == 0.5 and stalled.value.retryable
    assert error_words(stalled.value).startswith("Nothing moved for 0.5 s")
    assert "no byte taken" in (stalled.value.detail or "")  # caught while writing
