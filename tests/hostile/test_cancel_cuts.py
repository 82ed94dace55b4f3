"""A cancel, a quit or Ctrl+C cuts the request in progress at once: a server that trickles its
answer (or takes nothing) holds up the stop for no time, instead of until the request's
deadline, and the file stays to be continued."""

from __future__ import annotations

import json
import signal
import threading
import time
from pathlib import Path

import pytest

from tests.core.engine_helpers import write_video
from tests.hostile.server import Answer, HostileServer, Seen, json_answer
from tests.test_cli import INTERRUPTIBLE, start_cli
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.durable_upload import DurableControl, _RunControl
from uploader_gui.core.errors import CancelledError
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions

KEY = "SECRET-API-KEY-1234"
#: Each request's deadline: the stop must come long before it.
DEADLINE = 60.0
#: How long a stop may take on a loaded machine; far below the deadline.
PROMPT = 15.0


class Trickle:
    """Answers ``method path`` one byte every half second (minutes for the whole answer),
    and says when the request has arrived."""

    def __init__(self, server: HostileServer, method: str, path: str, status: int) -> None:
        self.arrived = threading.Event()
        self._answer = json_answer(status, {"videoId": "vi1", "title": "t", "pad": "x" * 400})
        self._answer.trickle = 0.5
        server.on(method, path, self.respond)

    def respond(self, seen: Seen) -> Answer:
        self.arrived.set()
        return self._answer


CALLS = {
    "create": ("POST", "/videos", 201, None),
    "status": ("GET", "/videos/vi1/status", 200, "vi1"),
    "chunk": ("POST", "/videos/vi1/source", 201, None),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_a_cancel_cuts_a_trickling_request_at_once(
    hostile: HostileServer, tmp_path: Path, call: str
) -> None:
    method, path, status, video_id = CALLS[call]
    trickle = Trickle(hostile, method, path, status)
    clip = write_video(tmp_path / "clip.mp4", 4096)
    control = UploadControl()
    outcome: list[BaseException | None] = []

    def run() -> None:
        with ApiClient(hostile.base_url, api_key=KEY, timeout=DEADLINE) as client:
            upload = FileUpload(
                client,
                clip,
                VideoMetadata(title="t"),
                UploadOptions(stall_seconds=DEADLINE),
                control=control,
                video_id=video_id,
            )
            try:
                upload.run()
                outcome.append(None)
            except BaseException as exc:  # handed to the test's thread
                outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert trickle.arrived.wait(30)
    started = time.monotonic()
    control.cancel()
    worker.join(PROMPT)
    assert not worker.is_alive(), "the cancel waited for the request's deadline"
    assert time.monotonic() - started < PROMPT
    (raised,) = outcome
    assert isinstance(raised, CancelledError)


def test_ctrl_c_while_the_answer_trickles_exits_at_once_and_keeps_the_file(
    hostile: HostileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(data))
    trickle = Trickle(hostile, "POST", "/videos", 201)
    clip = write_video(tmp_path / "clip.mp4", 4096)
    args = ["upload", str(clip), "--base-url", hostile.base_url, "--json"]
    with start_cli(args, runner=("-c", INTERRUPTIBLE)) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if json.loads(line).get("state") == "creating":
                break
        assert trickle.arrived.wait(30)
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        took = time.monotonic() - started
    assert proc.returncode == 130, stderr
    assert took < PROMPT
    assert "Traceback" not in stderr
    # Left to continue: the next run looks for the video this create may have made.
    with UploadStore(data / "uploads.sqlite3") as store:
        (record,) = store.unfinished()
    assert record.state is FileState.WAITING
    assert record.creating_since is not None


def test_a_hook_runs_once_on_cancel_and_not_after_it_is_taken_back() -> None:
    control = UploadControl()
    cut: list[str] = []
    take_back = control.on_cancel(lambda: cut.append("a"))
    control.on_cancel(lambda: cut.append("b"))()  # taken back at once: never runs
    control.cancel()
    control.cancel()
    assert cut == ["a"]
    take_back()  # after the fact: harmless
    control.on_cancel(lambda: cut.append("late"))  # already cancelled: runs at once
    assert cut == ["a", "late"]


def test_a_durable_run_is_cut_by_its_brake_and_by_the_callers_cancel() -> None:
    outer = DurableControl()
    braked, stopped = _RunControl(outer), _RunControl(outer)
    cut: list[str] = []
    braked.on_cancel(lambda: cut.append("braked"))
    stopped.on_cancel(lambda: cut.append("stopped"))
    braked.halt()  # one file's store failed: only its own requests are cut
    assert cut == ["braked"]
    outer.stop()  # quitting: every file's requests are cut
    assert sorted(cut) == ["braked", "braked", "stopped"]
