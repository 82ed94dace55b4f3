"""The engine through a network that misbehaves: the fault proxy between it and the emulator,
over real sockets on 127.0.0.1.

Faults are switched on the engine's own events and the proxy's counters, never on sleeps. Every
story ends like the other engine tests: one video, holding exactly the file's bytes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.engine_helpers import Recorder, served_bytes, write_video
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.events import (
    ChunkAcknowledged,
    ChunkRetrying,
    Phase,
    PhaseChanged,
    RetryCause,
)
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_result import UploadResult
from uploader_gui.emulator import Emulator, FaultProxy

KEY = "test-key"
#: Generous: how long a test waits on the proxy before it calls the run stuck.
WAIT = 30.0


@pytest.fixture
def video(tmp_path: Path) -> Path:
    return write_video(tmp_path / "trip.mp4", 17 * MIB + 4321)


@pytest.fixture
def proxy(emulator: Emulator) -> Iterator[FaultProxy]:
    with FaultProxy(emulator.host, emulator.port) as px:
        yield px
    assert px.errors == ()


@pytest.fixture
def client(proxy: FaultProxy) -> Iterator[ApiClient]:
    with ApiClient(proxy.base_url, api_key=KEY, timeout=10) as api:
        yield api


def assert_intact(emulator: Emulator, result: UploadResult, path: Path) -> None:
    assert result.size == path.stat().st_size
    assert served_bytes(emulator, result.video_id) == path.read_bytes()
    assert len(emulator.videos()) == 1


def test_an_outage_mid_upload_ends_with_one_intact_video(
    emulator: Emulator, proxy: FaultProxy, client: ApiClient, video: Path
) -> None:
    """Once the first chunk is acknowledged the network goes down: every open connection is
    reset (the other chunk's among them) and new ones are refused. It comes back once the
    engine has met the refusal three times; the upload carries on and completes."""
    lock = threading.Lock()
    outage: dict[str, int] = {}

    def network_down(_event: ChunkAcknowledged) -> None:
        with lock:
            if "reset" not in outage:
                outage["accepted"] = proxy.stats.accepted
                outage["reset"] = proxy.refuse()
                outage["waits"] = 0

    def wait_out(_seconds: float) -> None:
        """The engine's pause before trying again; the third one during the outage ends it."""
        with lock:
            if proxy.stats.mode == "refuse":
                outage["waits"] += 1
                if outage["waits"] == 3:
                    proxy.restore()

    rec = Recorder()
    rec.on(ChunkAcknowledged, network_down)
    options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=2, max_attempts=8)
    result = FileUpload(
        client, video, VideoMetadata(title="Trip"), options, listener=rec, sleep=wait_out
    ).run()

    assert_intact(emulator, result, video)
    assert outage["reset"] >= 1, "no connection was open when the network went down"
    assert outage["waits"] >= 3 and proxy.stats.mode == "pass"
    assert proxy.stats.accepted > outage["accepted"], "nothing reconnected after the outage"
    retries = rec.of(ChunkRetrying)
    assert len(retries) >= 3
    assert {r.reason.cause for r in retries} == {RetryCause.CONNECTION_LOST}
    assert Phase.WAITING_NETWORK in {e.phase for e in rec.of(PhaseChanged)}


def test_frozen_connections_are_given_up_and_their_chunks_sent_on_new_ones(
    emulator: Emulator, proxy: FaultProxy, client: ApiClient, video: Path
) -> None:
    """A laptop lid closed mid-chunk: the connections open then pass nothing more and are
    never closed. The engine calls them stalled after its window and sends what they carried
    again on new connections, which pass."""
    frozen: list[int] = []

    def freeze_mid_upload() -> None:
        if proxy.wait_until(lambda s: s.bytes_up >= 8 * MIB, WAIT):
            frozen.append(proxy.freeze_open())

    watcher = threading.Thread(target=freeze_mid_upload)
    watcher.start()
    rec = Recorder()
    options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=2, stall_seconds=1.0)
    try:
        result = FileUpload(
            client, video, VideoMetadata(title="Lid"), options, listener=rec, sleep=lambda _s: None
        ).run()
    finally:
        watcher.join()

    assert_intact(emulator, result, video)
    assert frozen and frozen[0] >= 1
    stalls = [r for r in rec.of(ChunkRetrying) if r.reason.cause is RetryCause.STALLED]
    assert stalls, [r.reason for r in rec.of(ChunkRetrying)]
    assert proxy.stats.frozen >= 1  # still held, never closed by the proxy
