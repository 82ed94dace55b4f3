"""An upload token cannot read ``/status``, so what proves a token upload complete is the
server's own answer: the whole Video for the completing chunk, or a refusal of its retry
because the whole source is in. A refusal of a chunk never sent, or a completing answer that is
not the video, is never taken for "done"."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.core.engine_helpers import write_video
from tests.hostile.server import Answer, HostileServer, Seen, json_answer, problem
from tests.test_cli import cli, finals, json_lines
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.errors import InvalidInputError, ServerError
from uploader_gui.core.events import ChunkAcknowledged, UploadEvent
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_result import UploadResult

TOKEN = "to1TokenForTests"
CHUNK = 5 * MIB
SIZE = 2 * CHUNK + 1234  # three chunks: two whole ones and a short last one
OVERLAP = "The range 5242880-10485759/11486954 overlaps with a previous one."


class TokenServer:
    """Plays ``POST /upload?token=`` for one video ``vi1``, keeping the byte ranges it really
    holds. ``refuse`` holds the chunk starts refused as overlapping (without keeping them);
    ``whole_video`` says whether the completing answer is the whole Video or only its id. A
    chunk sent again is refused as a real api.video does."""

    def __init__(
        self, server: HostileServer, *, refuse: set[int], whole_video: bool = True
    ) -> None:
        self.held: list[range] = []
        self.refuse = refuse
        self.whole_video = whole_video
        self._lock = threading.Lock()
        server.on("POST", "/upload", self.chunk)

    def chunk(self, seen: Seen) -> Answer:
        form = seen.headers.get("Content-Range")
        if form is None:  # the command line's check of the token: good, but no file
            return problem(400, "There is no uploaded file in the request.")
        first, _, rest = form.removeprefix("bytes ").partition("-")
        last = rest.partition("/")[0]
        start, end = int(first), int(last) + 1
        with self._lock:
            again = any(r.start == start for r in self.held)
            if not again and start not in self.refuse:
                self.held.append(range(start, end))
        if again and end == SIZE:
            return problem(400, "The source of the video is already uploaded.")
        if again or start in self.refuse:
            return problem(400, OVERLAP)
        if end < SIZE:
            return json_answer(201, {"videoId": "vi1"})
        if not self.whole_video:
            return json_answer(201, {"videoId": "vi1"})
        player = "https://embed.api.video/vod/vi1"
        return json_answer(201, {"videoId": "vi1", "assets": {"player": player}})

    def holds(self) -> int:
        with self._lock:
            return sum(len(r) for r in self.held)


def token_upload(
    server: HostileServer, tmp_path: Path, *, video_id: str | None = None
) -> tuple[FileUpload, list[UploadEvent]]:
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    events: list[UploadEvent] = []
    client = ApiClient(server.base_url, upload_token=TOKEN)
    upload = FileUpload(
        client,
        clip,
        VideoMetadata(title="clip"),
        UploadOptions(chunk_size=CHUNK, parallel_chunks=1, max_attempts=3),
        listener=events.append,
        video_id=video_id,
        sleep=lambda _s: None,
    )
    return upload, events


def acked(events: list[UploadEvent]) -> set[int]:
    return {e.chunk_index for e in events if isinstance(e, ChunkAcknowledged)}


def test_a_chunk_never_sent_refused_as_received_is_not_taken(
    hostile: HostileServer, tmp_path: Path
) -> None:
    server = TokenServer(hostile, refuse={CHUNK})
    upload, events = token_upload(hostile, tmp_path)
    with pytest.raises(InvalidInputError) as raised:
        upload.run()
    assert raised.value.reason == Reason(Why.REFUSED_UNSENT)
    assert not raised.value.retryable
    assert acked(events) == {0}  # only what the server answered for
    assert server.holds() == CHUNK < SIZE


def test_a_completing_answer_that_is_not_the_video_is_not_done(
    hostile: HostileServer, tmp_path: Path
) -> None:
    TokenServer(hostile, refuse=set(), whole_video=False)
    upload, events = token_upload(hostile, tmp_path)
    with pytest.raises(ServerError) as raised:
        upload.run()
    assert raised.value.reason == Reason(Why.TOKEN_NOT_CONFIRMED)
    # The completing chunk is not recorded as acknowledged, so a later run sends it again and
    # the server's answer can settle it.
    assert acked(events) == {0, 1}


def test_a_resumed_upload_may_find_a_chunk_there_but_still_needs_the_whole_video(
    hostile: HostileServer, tmp_path: Path
) -> None:
    # An earlier run may have sent the middle chunk without recording its answer: the refusal
    # is plausible, but only the whole Video in the completing answer proves the file whole.
    TokenServer(hostile, refuse={CHUNK}, whole_video=False)
    upload, _ = token_upload(hostile, tmp_path, video_id="vi1")
    with pytest.raises(ServerError, match="not_confirmed"):
        upload.run()


def test_a_resumed_upload_completed_by_the_whole_video_is_done(
    hostile: HostileServer, tmp_path: Path
) -> None:
    TokenServer(hostile, refuse={CHUNK})
    upload, _ = token_upload(hostile, tmp_path, video_id="vi1")
    result = upload.run()
    assert isinstance(result, UploadResult)
    assert result.video_id == "vi1" and result.has_links


def test_the_command_line_never_says_done_for_a_refused_chunk(
    hostile: HostileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(tmp_path / "data"))
    server = TokenServer(hostile, refuse={CHUNK})
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    run = cli(
        str(clip),
        *("--base-url", hostile.base_url, "--upload-token", TOKEN),
        *("--chunk-size", "5MiB", "--json"),
        key=None,
    )
    assert run.returncode == 1, run.stderr
    final = finals(json_lines(run.stdout))["clip.mp4"]
    assert final["event"] == "failed"
    assert final["bytes"] == server.holds() == CHUNK
    assert "never been sent" in final["error"]
    assert "Traceback" not in run.stderr


def test_a_command_line_upload_not_confirmed_is_settled_by_the_next_run(
    hostile: HostileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first run's completing answer is only the video's id: not done, and the completing
    # chunk is not recorded. The next run sends it again; the server refuses it because it
    # holds the whole source, which settles it, and no byte was stored twice.
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(tmp_path / "data"))
    server = TokenServer(hostile, refuse=set(), whole_video=False)
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    args = (str(clip), "--base-url", hostile.base_url, "--upload-token", TOKEN, "--json")
    first = cli(*args, "--chunk-size", "5MiB", key=None)
    assert first.returncode == 1, first.stderr
    failed = finals(json_lines(first.stdout))["clip.mp4"]
    assert failed["event"] == "failed" and "did not confirm" in failed["error"]
    assert server.holds() == SIZE

    second = cli(*args, key=None)
    assert second.returncode == 0, second.stderr
    done = finals(json_lines(second.stdout))["clip.mp4"]
    assert done["event"] == "done" and done["videoId"] == "vi1"
    assert sorted((r.start, r.stop) for r in server.held) == [
        (0, CHUNK),
        (CHUNK, 2 * CHUNK),
        (2 * CHUNK, SIZE),
    ]
