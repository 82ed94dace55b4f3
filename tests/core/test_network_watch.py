"""Uploads waiting for the network go on the moment the host answers again, not when a backoff
chosen while offline ends; a stuck connection is told from an outage by a fresh one."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from requests.adapters import HTTPAdapter

from tests.core.engine_helpers import Recorder, write_video
from tests.core.test_upload_emulator import assert_intact
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.events import ChunkAcknowledged, ChunkRetrying, Phase, PhaseChanged
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.network_watch import NetworkWatch, host_answers
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_result import UploadResult
from uploader_gui.emulator import Emulator

KEY = "test-key"
#: A backoff far longer than the test may take: only the watch can end the wait in time.
LONG_BACKOFF = RetryPolicy(base_delay=300.0, max_delay=300.0, rng=lambda: 1.0)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that takes connections (the kernel's backlog) and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def test_the_probe_asks_for_an_answer_not_only_a_connection(
    emulator: Emulator, silent_port: int
) -> None:
    assert host_answers(emulator.base_url)
    assert not host_answers(f"http://127.0.0.1:{silent_port}", timeout=0.5)
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        closed = unused.getsockname()[1]
    assert not host_answers(f"http://127.0.0.1:{closed}")
    assert not host_answers("http://")


def test_a_wait_is_woken_once_the_host_answers_and_not_after_it_ended() -> None:
    up = threading.Event()
    probed = threading.Event()

    def probe(_url: str) -> bool:
        probed.set()
        return up.is_set()

    watch = NetworkWatch(probe, interval=0.01)
    woken = threading.Event()
    with watch.waiting("http://h", woken.set):
        assert probed.wait(5)  # probed while down: not woken
        assert not woken.is_set()
        up.set()
        assert woken.wait(5)
    late: list[str] = []
    with watch.waiting("http://other", lambda: late.append("x")):
        pass
    assert watch.answers("http://other")
    assert late == []  # its wait had ended: nothing to wake


def test_a_host_that_always_answers_wakes_only_waits_that_found_it_down() -> None:
    """A server that hangs up on requests but answers the probe is no outage: such a wait runs
    its backoff. One whose connection was refused is woken by the first answer."""
    probes = threading.Semaphore(0)

    def probe(_url: str) -> bool:
        probes.release()
        return True

    watch = NetworkWatch(probe, interval=0.01)
    hung_up, refused = threading.Event(), threading.Event()
    with watch.waiting("http://h", hung_up.set), watch.waiting("http://h", refused.set, down=True):
        assert refused.wait(5)
        for _ in range(3):  # three more rounds of probing, all answered
            assert probes.acquire(timeout=5)
        assert not hung_up.is_set()


def test_an_outage_ends_seconds_after_the_network_returns(
    emulator: Emulator, tmp_path: Path
) -> None:
    """The server goes away after the first chunk; once the upload sits in a five-minute
    backoff the server comes back, and the upload finishes within seconds."""
    clip = write_video(tmp_path / "clip.mp4", 16 * MIB + 5)
    emulator.faults.bandwidth = float(5 * MIB)
    control = UploadControl()
    rec = Recorder()
    acked = threading.Event()
    rec.on(ChunkAcknowledged, lambda _e: acked.set())
    found_down = threading.Event()

    def probe(url: str) -> bool:
        answers = host_answers(url)
        if not answers:
            found_down.set()
        return answers

    watch = NetworkWatch(probe, interval=0.2)
    options = UploadOptions(
        chunk_size=5 * MIB, parallel_chunks=1, retry=LONG_BACKOFF, network_watch=watch
    )
    results: list[UploadResult] = []
    with ApiClient(emulator.base_url, api_key=KEY, timeout=10) as client:
        upload = FileUpload(
            client, clip, VideoMetadata(title="t"), options, listener=rec, control=control
        )
        worker = threading.Thread(target=lambda: results.append(upload.run()))
        worker.start()
        assert acked.wait(60)
        emulator.stop()
        assert control.until_waiting(1, timeout=60), "the upload never waited"
        assert found_down.wait(60), "the watch never found the server down"
        emulator.faults.bandwidth = 0
        back = time.monotonic()
        emulator.start()
        worker.join(120)
        took = time.monotonic() - back
    assert results, "the upload did not finish"
    assert_intact(emulator, results[0], clip)
    waits = rec.of(ChunkRetrying)
    assert waits and max(w.delay for w in waits) >= 300  # the backoff alone: five minutes
    assert took < 60  # the watch woke it (about 1.5 s; generous for a loaded machine)
    assert [e for e in rec.of(PhaseChanged) if e.phase is Phase.WAITING_NETWORK]


def test_connections_keep_alive(emulator: Emulator) -> None:
    """A pooled connection that died silently (a Wi-Fi hand-over, a NAT that forgot it) is
    found by TCP keep-alive in seconds of silence, not the system's hours."""
    with ApiClient(emulator.base_url, api_key=KEY, timeout=10) as client:
        client.check_connection()
        adapter = client._session.get_adapter(emulator.base_url)
        assert isinstance(adapter, HTTPAdapter)
        pools = adapter.poolmanager.pools
        connections = [
            c
            for key in pools.keys()  # noqa: SIM118 (not a dict: no iteration)
            for c in list(pools[key].pool.queue)
            if c is not None and c.sock is not None
        ]
        assert connections, "the connection was not kept for the next request"
        for connection in connections:
            sock = connection.sock
            assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
            if hasattr(socket, "TCP_KEEPIDLE"):
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 10
