"""The command line on the durable queue: killed, started again, nothing lost or sent twice."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.core.engine_helpers import (
    chunks_after,
    log_mark,
    planning_read,
    resent_since_planning,
    served_bytes,
    write_video,
)
from tests.test_cli import KEY, ROOT, cli, finals, json_lines, start_cli
from uploader_gui.core.durable_upload import take_queue_lock
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.core.store import STORE_FILE_NAME, FileRecord, FileState, UploadStore
from uploader_gui.emulator import Emulator

#: 12 MiB in 5 MiB chunks: three requests, sent one at a time so the kill point is known.
SIZE = 12 * MIB
CHUNKS = 3
CHUNK_ARGS = ("--chunk-size", "5MiB", "--parallel-chunks", "1", "--json")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(folder))
    return folder


def _custom(emulator: Emulator) -> Environment:
    return Environment(EnvironmentKind.CUSTOM, emulator.base_url)


def upload_then_kill(emulator: Emulator, clip: Path) -> None:
    """Start ``upload clip`` on a slow link and SIGKILL it once the first chunk is acknowledged
    and the second is on its way."""
    upload_while(emulator, clip, lambda _clip: None, kill=True)
    assert len(emulator.videos()) == 1


def planned(lines: list[dict[str, Any]]) -> dict[str, Any]:
    return next(obj for obj in lines if obj["event"] == "planned")


def assert_resumed(emulator: Emulator, clip: Path, run: subprocess.CompletedProcess[str]) -> None:
    """One video with the file's exact bytes, and only the chunks the server lacked sent."""
    assert run.returncode == 0, run.stderr
    lines = json_lines(run.stdout)
    already = planned(lines)["alreadyDone"]
    assert 0 in already
    final = finals(lines)[clip.name]
    assert final["event"] == "done"
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()
    assert len(emulator.videos()) == 1


def assert_sent_only_the_missing(emulator: Emulator, video_id: str, mark: int) -> None:
    """The resumed run sent no byte that the server held when it planned (its first ``/status``
    read after ``mark``), and it sent something. Read from the video's log, not from a request
    count: the killed run's last chunk may reach the server whenever the kernel delivers it,
    before the resumed run planned or after."""
    read = planning_read(emulator, video_id, mark)
    assert read.received, "the server held nothing when the resumed run planned"
    assert chunks_after(emulator, video_id, read)
    assert resent_since_planning(emulator, video_id, mark) == []


def assert_left_alone(emulator: Emulator, video_id: str, mark: int) -> None:
    """No run after ``mark`` began to upload to the video (each would have read its ``/status``
    first) and no byte of the file's new version went to it. A chunk may still show: the
    killed run's last one, delivered late by the kernel, which declares the old size."""
    later = [e for e in emulator.requests_for(video_id) if e.seq > mark]
    assert [e for e in later if not e.is_chunk] == []
    assert all(e.range is not None and e.range.total == SIZE for e in later), later


def only_video(emulator: Emulator) -> str:
    (video,) = emulator.videos()
    return str(video["videoId"])


def test_killed_then_same_command_continues_the_same_video(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    upload_then_kill(emulator, clip)
    video_id = only_video(emulator)
    mark = log_mark(emulator, video_id)
    run = cli(str(clip), "--base-url", emulator.base_url, *CHUNK_ARGS)
    assert_resumed(emulator, clip, run)
    assert_sent_only_the_missing(emulator, video_id, mark)


def test_killed_while_its_video_was_being_created_continues_that_video(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Killed (a power cut, SIGKILL) after ``POST /videos`` left and before its answer was
    stored: the next run finds the video that request made, by the file's fingerprint, and
    uploads into it instead of making a second one."""
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    emulator.faults.hold_create_answer = 30.0  # the video is made; its answer is slow to leave
    args = ["upload", str(clip), "--base-url", emulator.base_url, *CHUNK_ARGS]
    proc = start_cli(args, stderr=subprocess.DEVNULL)
    try:
        # The server's own state: the video is made and its answer held.
        assert emulator.wait_held_create(timeout=60)
    finally:
        proc.kill()
        out, _ = proc.communicate(timeout=30)
    emulator.faults.hold_create_answer = 0.0
    assert "videoCreated" not in out  # the answer never reached the killed run
    made = only_video(emulator)
    run = cli(str(clip), "--base-url", emulator.base_url, *CHUNK_ARGS)
    assert run.returncode == 0, run.stderr
    final = finals(json_lines(run.stdout))[clip.name]
    assert final["event"] == "done" and final["videoId"] == made
    assert only_video(emulator) == made
    assert served_bytes(emulator, made) == clip.read_bytes()


def test_resume_alone_continues_every_unfinished_upload(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    upload_then_kill(emulator, clip)
    video_id = only_video(emulator)
    mark = log_mark(emulator, video_id)
    run = cli("--resume", "--base-url", emulator.base_url, "--json")
    assert_resumed(emulator, clip, run)
    assert_sent_only_the_missing(emulator, video_id, mark)
    # Nothing is left to resume.
    again = cli("--resume", "--base-url", emulator.base_url, "--json")
    assert again.returncode == 0, again.stderr
    assert again.stdout == ""
    assert "Nothing to resume" in again.stderr


def test_changed_source_is_refused_then_sent_as_a_new_video(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    upload_then_kill(emulator, clip)
    old_id = only_video(emulator)
    write_video(clip, SIZE + MIB)
    mark = log_mark(emulator, old_id)
    run = cli(str(clip), "--base-url", emulator.base_url, *CHUNK_ARGS)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"clip.mp4: error: changed since it was queued, so nothing more was sent to its video "
        f"{old_id}; add --new-video to upload it as a new video."
    ]
    # --resume leaves it alone from now on (it was reported), and naming it again without
    # --new-video is refused again: the old video never gets the new bytes.
    resumed = cli("--resume", "--base-url", emulator.base_url)
    assert resumed.returncode == 0 and "Nothing to resume" in resumed.stderr
    assert cli(str(clip), "--base-url", emulator.base_url, *CHUNK_ARGS).returncode == 1
    assert_left_alone(emulator, old_id, mark)
    assert len(emulator.videos()) == 1
    assert emulator.source_path(old_id) is None

    run = cli(str(clip), "--base-url", emulator.base_url, "--new-video", *CHUNK_ARGS)
    assert run.returncode == 0, run.stderr
    final = finals(json_lines(run.stdout))["clip.mp4"]
    assert final["videoId"] != old_id
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()
    assert len(emulator.videos()) == 2
    assert emulator.source_path(old_id) is None
    # The replaced entry is finished: a plain --resume has nothing left to do.
    assert cli("--resume", "--base-url", emulator.base_url).returncode == 0


def test_every_file_is_queued_before_the_network(
    emulator: Emulator, tmp_path: Path, data_dir: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    emulator.faults.latency = 5.0  # every answer is late: the queue must not wait for one
    env = {k: v for k, v in os.environ.items() if k != "APIVIDEO_API_KEY"}
    env.update(APIVIDEO_API_KEY=KEY, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    args = ["upload", str(clip), "--base-url", emulator.base_url]
    records: list[FileRecord] = []
    with subprocess.Popen(
        [sys.executable, "-m", "uploader_gui", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as proc:
        deadline = time.monotonic() + 4
        while not records and time.monotonic() < deadline:
            time.sleep(0.1)
            if (data_dir / STORE_FILE_NAME).exists():
                with UploadStore() as store:
                    records = store.find(clip, _custom(emulator))
        proc.kill()
        proc.wait(timeout=10)
    emulator.faults.latency = 0.0
    assert [(r.state, r.video_id) for r in records] == [(FileState.WAITING, None)]
    assert emulator.videos() == []


def test_a_second_instance_is_refused(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    with UploadStore() as store:
        lock = take_queue_lock(store)
        try:
            run = cli(str(clip), "--base-url", emulator.base_url)
        finally:
            lock.release()
    assert run.returncode == 1
    assert len(run.stderr.splitlines()) == 1
    assert "already running" in run.stderr
    assert emulator.videos() == []
    run = cli(str(clip), "--base-url", emulator.base_url)
    assert run.returncode == 0, run.stderr
    with UploadStore() as store:
        assert [r.state for r in store.find(clip, _custom(emulator))] == [FileState.DONE]


def upload_while(emulator: Emulator, clip: Path, change: Any, *, kill: bool) -> int | None:
    """Run ``upload clip`` on a slow link and call ``change(clip)`` once the first chunk is
    acknowledged and the second is on its way; then SIGKILL the run (``kill``) or let it end.
    Returns its exit status (None when killed)."""
    emulator.faults.bandwidth = MIB
    args = ["upload", str(clip), "--base-url", emulator.base_url, *CHUNK_ARGS]
    changed = False
    with start_cli(args, stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            event = json.loads(line)
            if event["event"] == "progress" and event["bytes"] >= 6 * MIB:
                change(clip)
                changed = True
                if kill:
                    proc.kill()
                break
        proc.communicate(timeout=60)
    emulator.faults.bandwidth = 0
    assert changed, "the upload ended before the file could be changed"
    assert emulator.wait_idle()
    return None if kill else proc.returncode


def _appended(clip: Path) -> None:
    with open(clip, "ab") as f:
        f.write(os.urandom(MIB))


def _copied_back_with_times(clip: Path) -> None:
    """``rm clip; cp -p backup clip``: the same bytes, size and mtime, another file."""
    backup = clip.with_name("backup.mp4")
    shutil.copy2(clip, backup)
    with open(clip, "rb"):  # held, so the copy cannot be given the freed inode number
        clip.unlink()
        shutil.copy2(backup, clip)


@pytest.mark.parametrize("kill", [False, True], ids=["run_ends", "killed"])
@pytest.mark.parametrize(
    "change", [_appended, _copied_back_with_times], ids=["appended", "copied_back"]
)
def test_a_file_changed_during_the_upload_is_refused_next_time(
    emulator: Emulator, tmp_path: Path, change: Any, kill: bool
) -> None:
    """The next run says the file changed and starts no second video without --new-video."""
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    first = upload_while(emulator, clip, change, kill=kill)
    assert first in (None, 1)
    video_id = only_video(emulator)
    assert emulator.source_path(video_id) is None
    run = cli(str(clip), "--base-url", emulator.base_url, *CHUNK_ARGS)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"clip.mp4: error: changed since it was queued, so nothing more was sent to its video "
        f"{video_id}; add --new-video to upload it as a new video."
    ]
    assert only_video(emulator) == video_id
    assert emulator.source_path(video_id) is None
    run = cli(str(clip), "--base-url", emulator.base_url, "--new-video", *CHUNK_ARGS)
    assert run.returncode == 0, run.stderr
    final = finals(json_lines(run.stdout))["clip.mp4"]
    assert final["videoId"] != video_id
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()
    assert len(emulator.videos()) == 2


def test_a_damaged_store_is_said_on_stderr(
    emulator: Emulator, tmp_path: Path, data_dir: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / STORE_FILE_NAME).write_bytes(b"not a database, " * 512)
    run = cli(str(clip), "--base-url", emulator.base_url, "--json")
    assert run.returncode == 0, run.stderr
    (aside,) = data_dir.glob(STORE_FILE_NAME + ".damaged-*")
    assert run.stderr.splitlines() == [
        f"uploader-gui upload: note: The saved upload list could not be read, so a new one was "
        f"started. The old file was kept as {aside}."
    ]
    assert finals(json_lines(run.stdout))["clip.mp4"]["event"] == "done"
    # Said once: the new store is healthy.
    again = cli(str(clip), "--base-url", emulator.base_url, "--json", "--allow-duplicate")
    assert "could not be read" not in again.stderr


def test_after_a_damaged_store_the_unfinished_video_is_continued(
    emulator: Emulator, tmp_path: Path, data_dir: Path
) -> None:
    """The store that knew of the upload is lost: the next run finds the file's unfinished
    video on the server by its fingerprint and continues it instead of making a second one."""
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    upload_then_kill(emulator, clip)
    video_id = only_video(emulator)
    mark = log_mark(emulator, video_id)
    for journal in data_dir.glob(STORE_FILE_NAME + "-*"):
        journal.unlink()  # the killed run's write-ahead log would otherwise mend the store
    (data_dir / STORE_FILE_NAME).write_bytes(b"not a database, " * 512)
    run = cli(str(clip), "--base-url", emulator.base_url, *CHUNK_ARGS)
    assert "could not be read, so a new one was started" in run.stderr
    assert_resumed(emulator, clip, run)
    assert finals(json_lines(run.stdout))["clip.mp4"]["videoId"] == video_id
    assert_sent_only_the_missing(emulator, video_id, mark)
