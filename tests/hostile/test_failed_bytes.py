"""A file that fails part way counts only the bytes the server acknowledged: never the chunks
sent whole but unanswered, half sent, or refused, whatever the bar showed meanwhile."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from tests.core.engine_helpers import write_video
from tests.hostile.server import Answer, HostileServer, Seen, json_answer, problem
from tests.test_cli import cli, json_lines
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.chunk_schedule import ChunkSchedule
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.events import ChunkRange, UploadEvent
from uploader_gui.core.file_progress import FileProgress
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Why
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.store import ChunkState, FileState, UploadStore
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_session import FileOutcomeKind, UploadSession

KEY = "SECRET-API-KEY-1234"
CHUNK = 5 * MIB
#: Five chunks of 5 MiB and the completing 1 MiB one, which is never reached.
SIZE = 5 * CHUNK + MIB
PLAN = ChunkSchedule(SIZE, CHUNK, small_last=True).chunks
#: Long enough for a loaded machine; a wait that runs out only makes the test fail.
PATIENCE = 60.0


def span(chunk: ChunkRange) -> tuple[int, int]:
    return (chunk.start, chunk.end)


def held_bytes(ranges: list[tuple[int, int]]) -> int:
    return sum(end - start + 1 for start, end in ranges)


class RefusedMidway:
    """api.video taking the chunks of ``vi1`` (sent three at a time) until one is refused,
    with a chunk in every state at that moment: 0 and 1 acknowledged, 2 received whole but
    not answered, 3 read only half, and 4 refused with a 400 problem once 2 and 3 are there.
    Only when that refusal is written are 2 and 3 cut off, unanswered. Every event here is the
    server's own, so nothing depends on timing."""

    ACKED = (0, 1)
    UNANSWERED = 2
    HALF_READ = 3
    REFUSED = 4

    def __init__(self, server: HostileServer) -> None:
        assert [c.size for c in PLAN] == [CHUNK] * 5 + [MIB]
        self._lock = threading.Lock()
        #: The byte ranges acknowledged, as the server recorded them.
        self.accepted: list[tuple[int, int]] = []
        self.received_whole = threading.Event()
        self.half_read = threading.Event()
        self.refused = threading.Event()
        server.on("POST", "/videos/vi1/source", self.source, reads=self.reads)

    @staticmethod
    def chunk_of(seen_headers: dict[str, str]) -> int:
        found = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", seen_headers.get("Content-Range", ""))
        assert found is not None, seen_headers
        start, end = int(found[1]), int(found[2])
        (chunk,) = [c for c in PLAN if span(c) == (start, end)]
        return chunk.index

    def reads(self, headers: dict[str, str]) -> int | None:
        return CHUNK // 2 if self.chunk_of(headers) == self.HALF_READ else None

    def source(self, seen: Seen) -> Answer:
        index = self.chunk_of(seen.headers)
        if index in self.ACKED:
            with self._lock:
                self.accepted.append(span(PLAN[index]))
            return json_answer(201, {"videoId": "vi1"})
        if index == self.REFUSED:
            assert self.received_whole.wait(PATIENCE) and self.half_read.wait(PATIENCE)
            refusal = problem(400, "The chunk is invalid.", "Content-Range does not fit.")
            refusal.then = self.refused.set
            return refusal
        if index not in (self.UNANSWERED, self.HALF_READ):
            return problem(400, f"Chunk {index} was not expected before the others.")
        # The unanswered and the half-read chunk (or a resend of one after the refusal).
        (self.received_whole if index == self.UNANSWERED else self.half_read).set()
        self.refused.wait(PATIENCE)
        return Answer(hang_up=True)

    @property
    def acknowledged(self) -> list[tuple[int, int]]:
        with self._lock:
            return sorted(self.accepted)


def test_the_command_lines_failed_line_counts_only_acknowledged_bytes(
    hostile: HostileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(tmp_path / "data"))
    server = RefusedMidway(hostile)
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    run = cli(
        str(clip), "--base-url", hostile.base_url, "--json", "--chunk-size", "5MiB",
        "--fixed-chunks", "--parallel-chunks", "3", key=KEY,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert "The chunk is invalid." in run.stderr
    lines = json_lines(run.stdout)
    (failed,) = [e for e in lines if e["event"] == "failed"]
    assert failed["videoId"] == "vi1"
    # Exactly what the server kept: chunks 0 and 1, as it recorded their ranges.
    assert server.acknowledged == [span(PLAN[0]), span(PLAN[1])]
    assert failed["bytes"] == held_bytes(server.acknowledged) == 2 * CHUNK < SIZE
    # The refused chunk went out whole and the other two at least in part: the bar had shown
    # more than the server kept, which the failed line must not report.
    assert {s.headers["Content-Range"] for s in hostile.requests("POST", "/videos/vi1/source")} >= {
        f"bytes {c.start}-{c.end}/{SIZE}" for c in PLAN[:5]
    }
    assert max(e["bytes"] for e in lines if e["event"] == "progress") > failed["bytes"]


def test_the_sessions_progress_of_a_failed_file_counts_only_acknowledged_bytes(
    hostile: HostileServer, tmp_path: Path
) -> None:
    """The window's path: the core session, read through the progress model both fronts use."""
    server = RefusedMidway(hostile)
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    options = UploadOptions(
        chunk_size=CHUNK,
        parallel_chunks=3,
        adaptive_chunks=False,
        retry=RetryPolicy(base_delay=0.05, max_delay=0.2),
    )
    progress = FileProgress()
    shown: list[int] = []

    def listener(event: UploadEvent) -> None:
        progress.observe(event)
        shown.append(progress.bytes_shown())

    with (
        UploadStore(tmp_path / "data" / "uploads.sqlite3") as store,
        ApiClient(hostile.base_url, api_key=KEY) as client,
    ):
        session = UploadSession(
            store, client, Environment(EnvironmentKind.CUSTOM, hostile.base_url), options=options
        )
        file_id = session.admit(clip, VideoMetadata(title="t")).file_id
        outcome = session.run_file(file_id, listener=listener)
        assert outcome.kind is FileOutcomeKind.FAILED
        assert outcome.reason is not None and outcome.reason.why is Why.REFUSED
        assert "The chunk is invalid." in outcome.reason.text("reason")
        record = store.get(file_id)
        stored = sorted(
            (c.start, c.end) for c in store.chunks(file_id) if c.state is ChunkState.ACKED
        )
    assert record.state is FileState.FAILED
    snapshot = progress.snapshot()
    assert server.acknowledged == [span(PLAN[0]), span(PLAN[1])]
    assert snapshot.confirmed == held_bytes(server.acknowledged) == 2 * CHUNK < SIZE
    assert not snapshot.complete
    # The store, from which a later run resumes, holds the same ranges as the server.
    assert stored == server.acknowledged
    assert max(shown) > snapshot.confirmed
