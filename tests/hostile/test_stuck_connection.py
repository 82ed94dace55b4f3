"""A request stuck on its connection (nothing moves for the stall window) is told from an
outage by a probe on a fresh connection: if the host answers, the chunk goes again at once on a
new connection; if not, the upload waits for the network and goes on when the host is back."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.engine_helpers import Recorder, write_video
from tests.hostile.server import Answer, HostileServer, Seen, json_answer
from tests.hostile.test_answers import KEY, SIZE, _OneVideo
from tests.test_cli import cli, json_lines
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.events import ChunkRetrying, Phase, PhaseChanged, RetryCause
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.network_watch import NetworkWatch
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_options import UploadOptions

#: A backoff the test could never sit out: only the probe may end the wait.
LONG_BACKOFF = RetryPolicy(base_delay=300.0, max_delay=300.0, rng=lambda: 1.0)


class StuckOnce(_OneVideo):
    """The first chunk request is taken and never answered (a frozen connection); later ones
    are answered as usual."""

    def __init__(self, server: HostileServer, video_id: str) -> None:
        super().__init__(server, video_id)
        self.release = threading.Event()
        self._calls = 0

    def source(self, seen: Seen) -> Answer:
        self._calls += 1
        if self._calls == 1:
            self.release.wait(120)  # held until the test ends
            return json_answer(500, {})
        return super().source(seen)


@pytest.fixture
def stuck(hostile: HostileServer) -> Iterator[StuckOnce]:
    video = StuckOnce(hostile, "vi1")
    yield video
    video.release.set()


def _upload(
    hostile: HostileServer, tmp_path: Path, watch: NetworkWatch | None, rec: Recorder
) -> None:
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    options = UploadOptions(retry=LONG_BACKOFF, stall_seconds=1.0, network_watch=watch)
    with ApiClient(hostile.base_url, api_key=KEY, timeout=10) as client:
        upload = FileUpload(client, clip, VideoMetadata(title="t"), options, listener=rec)
        result: list[object] = []
        worker = threading.Thread(target=lambda: result.append(upload.run()))
        worker.start()
        worker.join(60)
    assert result, "the upload sat out its backoff"


def test_a_stuck_connection_is_replaced_at_once_when_the_host_answers(
    hostile: HostileServer, tmp_path: Path, stuck: StuckOnce
) -> None:
    rec = Recorder()
    _upload(hostile, tmp_path, None, rec)  # the real probe: the host answers
    (retry,) = rec.of(ChunkRetrying)
    assert retry.reason.cause is RetryCause.STALLED and retry.delay == 0
    phases = [e.phase for e in rec.of(PhaseChanged)]
    assert Phase.RETRYING in phases and Phase.WAITING_NETWORK not in phases


def test_a_stall_while_the_host_is_unreachable_waits_for_the_network(
    hostile: HostileServer, tmp_path: Path, stuck: StuckOnce
) -> None:
    reachable = threading.Event()
    watch = NetworkWatch(lambda _url: reachable.is_set(), interval=0.05)
    rec = Recorder()
    rec.on(
        PhaseChanged,
        lambda e: reachable.set() if e.phase is Phase.WAITING_NETWORK else None,
    )
    _upload(hostile, tmp_path, watch, rec)  # done only if woken: the backoff is 5 minutes
    (retry,) = rec.of(ChunkRetrying)
    assert retry.reason.cause is RetryCause.STALLED and retry.delay >= 300


def test_the_command_lines_stall_timeout_is_the_engines(
    hostile: HostileServer, tmp_path: Path, stuck: StuckOnce, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(tmp_path / "data"))
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    run = cli(str(clip), "--base-url", hostile.base_url, "--stall-timeout", "5", "--json")
    assert run.returncode == 0, run.stderr
    retries = [line for line in json_lines(run.stdout) if line["event"] == "retrying"]
    assert [r.get("stalledFor") for r in retries] == [5.0]
