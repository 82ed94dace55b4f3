"""``upload --while-recording``: a file sent while it is written, over real HTTP to the emulator.

The tests write to the file themselves and wait on what the command says (its JSON lines) and on
the server's own record, never on a sleep. Parts are 5 MiB, so a few MiB of writing moves the
upload on by a part.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.core.engine_helpers import StillRecording, served_bytes, write_video
from tests.test_cli import KEY, assert_clean_errors, cli, finals, json_lines, start_cli
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator

PART = 5 * MIB
#: How long the file stays unchanged before the recording counts as ended. While a test acts,
#: :class:`StillRecording` keeps the file changing, so a slow machine never ends it early.
SETTLE = "3"
#: Generous bound for a line the command owes now.
WAIT = 60.0


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own upload store (the command line inherits the variable)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(folder))
    return folder


class Lines:
    """The JSON lines of a running command, each with the moment it arrived."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.seen: list[tuple[float, dict[str, Any]]] = []
        self._new: queue.Queue[None] = queue.Queue()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.strip():
                self.seen.append((time.monotonic(), json_lines(line)[0]))
                self._new.put(None)
        self._new.put(None)

    def wait(self, wanted: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """The first line that ``wanted`` accepts, waiting for it if need be."""
        deadline = time.monotonic() + WAIT
        looked = 0
        while True:
            for _at, obj in self.seen[looked:]:
                if wanted(obj):
                    return obj
            looked = len(self.seen)
            if not self._thread.is_alive() and looked == len(self.seen):
                _status, err = self.finish()
                raise AssertionError(
                    f"the command ended without that line: {self.objects()}, {err}"
                )
            try:
                self._new.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no such line came: {self.objects()}") from None

    def waiting_after(self, sent: int) -> dict[str, Any]:
        """The line saying that ``sent`` bytes are acknowledged and it waits for more."""
        return self.wait(
            lambda o: (
                o["event"] == "recording" and o["state"] == "waiting_for_more" and o["sent"] == sent
            )
        )

    def finish(self) -> tuple[int, str]:
        """The exit status and stderr, once the command ended."""
        self._thread.join(WAIT)  # stdout ended
        assert self.proc.stderr is not None
        err = self.proc.stderr.read()
        status = self.proc.wait(WAIT)
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()
        return status, err

    def objects(self) -> list[dict[str, Any]]:
        return [obj for _at, obj in self.seen]

    def arrived(self, event: str) -> float:
        return next(at for at, obj in self.seen if obj["event"] == event)


def record(emulator: Emulator, clip: Path, *extra: str, settle: str = SETTLE) -> Lines:
    args = [
        "upload", str(clip), "--base-url", emulator.base_url, "--while-recording",
        "--settle", settle, "--chunk-size", "5MiB", "--json", *extra,
    ]  # fmt: skip
    return Lines(start_cli(args))


def append(path: Path, size: int) -> None:
    with open(path, "ab") as f:
        f.write(os.urandom(size))


def parts_sent(emulator: Emulator, video_id: str) -> list[str]:
    """The ``Content-Range`` of every chunk the server took for the video, in order."""
    out = []
    for request in emulator.requests_for(video_id):
        if request.is_chunk and request.accepted and request.range is not None:
            total = "*" if request.range.total is None else request.range.total
            out.append(f"part {request.range.part}/{total}")
    return out


def parts_refused(emulator: Emulator, video_id: str) -> list[Any]:
    return [r for r in emulator.requests_for(video_id) if r.is_chunk and not r.accepted]


def test_a_growing_file_goes_up_as_it_is_written(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "recording.mp4", PART + MIB)
    recorder = StillRecording(clip)
    lines = record(emulator, clip)
    lines.waiting_after(PART)
    video_id = lines.wait(lambda o: o["event"] == "videoCreated")["videoId"]
    # The first part left while the file was still being written, as an open-ended part.
    assert parts_sent(emulator, video_id) == ["part 1/*"]
    status = requests.get(
        f"{emulator.base_url}/videos/{video_id}/status", auth=(KEY, ""), timeout=10
    ).json()
    assert status["ingest"]["receivedParts"] == {"parts": [1], "total": None}
    append(clip, 7 * MIB)  # 13 MiB: part 2 is whole, with a byte after it
    lines.waiting_after(2 * PART)
    assert parts_sent(emulator, video_id) == ["part 1/*", "part 2/*"]
    append(clip, MIB + 5)  # 14 MiB and 5 bytes: the rest is the final part
    recorder.stop()
    last_write = time.monotonic()
    status_code, err = lines.finish()
    assert status_code == 0, err
    assert err == ""
    # Complete only once the file had not changed for the settle time.
    assert lines.arrived("done") - last_write >= float(SETTLE)
    done = finals(lines.objects())[clip.name]
    assert done["event"] == "done" and done["videoId"] == video_id
    assert done["bytes"] == clip.stat().st_size
    assert parts_sent(emulator, video_id) == ["part 1/*", "part 2/*", "part 3/3"]
    assert parts_refused(emulator, video_id) == []
    assert served_bytes(emulator, video_id) == clip.read_bytes()
    assert len(emulator.videos()) == 1


def test_stopped_and_killed_runs_continue_the_same_video(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "obs.mp4", PART + MIB)
    # A long settle: only a stop can end this run, and it must end the wait at once.
    first = record(emulator, clip, settle="600")
    first.waiting_after(PART)
    video_id = first.wait(lambda o: o["event"] == "videoCreated")["videoId"]
    stopped_at = time.monotonic()
    first.proc.send_signal(signal.SIGTERM)
    status_code, err = first.finish()
    assert status_code == 143, err
    assert time.monotonic() - stopped_at < 10
    assert "run the same command again to continue where it stopped" in err
    assert "Traceback" not in err

    append(clip, 6 * MIB)  # 12 MiB
    second = record(emulator, clip, settle="600")
    assert second.wait(lambda o: o["event"] == "videoCreated")["videoId"] == video_id
    second.waiting_after(2 * PART)
    second.proc.kill()
    second.finish()
    assert emulator.wait_idle()

    append(clip, 2 * MIB)  # 14 MiB
    # --resume finds it (the kill left it uploading), with a settle time given now.
    third = cli(
        "--resume", "--base-url", emulator.base_url, "--while-recording", "--settle", "0.5",
        "--json",
    )  # fmt: skip
    assert third.returncode == 0, third.stderr
    done = finals(json_lines(third.stdout))[clip.name]
    assert done["event"] == "done" and done["videoId"] == video_id
    # Every part once, none refused as already sent.
    assert parts_sent(emulator, video_id) == ["part 1/*", "part 2/*", "part 3/3"]
    assert parts_refused(emulator, video_id) == []
    assert served_bytes(emulator, video_id) == clip.read_bytes()
    assert len(emulator.videos()) == 1


def test_a_start_rewritten_at_the_end_makes_a_new_complete_video(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "camera.mp4", 2 * PART + MIB)
    recorder = StillRecording(clip)
    lines = record(emulator, clip)
    lines.waiting_after(2 * PART)
    stale_id = lines.wait(lambda o: o["event"] == "videoCreated")["videoId"]
    # The recorder stops and moves its index to the front: bytes already sent change.
    with open(clip, "r+b") as f:
        f.seek(4096)
        f.write(os.urandom(4096))
    recorder.stop()
    status_code, err = lines.finish()
    assert status_code == 0, err
    assert "rewrote the start of “camera.mp4”" in err
    assert f"its incomplete video {stale_id} was deleted" in err
    done = finals(lines.objects())[clip.name]
    assert done["event"] == "done"
    assert done["videoId"] != stale_id
    assert done["recording"]["problem"] == "rewritten"
    assert done["recording"]["staleVideo"] == "deleted"
    # Only the new, complete video is left, holding the finished file.
    assert [v["videoId"] for v in emulator.videos()] == [done["videoId"]]
    assert served_bytes(emulator, done["videoId"]) == clip.read_bytes()


def test_a_file_that_shrinks_stops_in_words(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "screen.mp4", 2 * PART + MIB)
    recorder = StillRecording(clip)
    lines = record(emulator, clip)
    lines.waiting_after(2 * PART)
    os.truncate(clip, 3 * MIB)
    recorder.stop()
    status_code, err = lines.finish()
    assert status_code == 1
    assert_clean_errors(err)
    assert "“screen.mp4” became shorter while it was recorded (3.15 MB on disk" in err
    assert "was deleted" in err
    failed = finals(lines.objects())[clip.name]
    assert failed["event"] == "failed"
    assert failed["recording"]["problem"] == "shrank"
    # No incomplete video with bytes that are not the file's is left, and the file is kept.
    assert emulator.videos() == []
    assert clip.stat().st_size == 3 * MIB


def test_a_file_that_vanishes_stops_and_continues_when_it_is_back(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "talk.mp4", PART + MIB)
    recorder = StillRecording(clip)
    lines = record(emulator, clip)
    lines.waiting_after(PART)
    video_id = lines.wait(lambda o: o["event"] == "videoCreated")["videoId"]
    away = tmp_path / "moved-away.mp4"
    clip.rename(away)
    recorder.stop()
    status_code, err = lines.finish()
    assert status_code == 1
    assert_clean_errors(err)
    assert "“talk.mp4” disappeared before the recording ended (5.24 MB sent" in err
    assert finals(lines.objects())[clip.name]["recording"]["problem"] == "vanished"

    away.rename(clip)
    again = cli(
        str(clip), "--base-url", emulator.base_url, "--while-recording", "--settle", "0.3",
        "--chunk-size", "5MiB", "--json",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    done = finals(json_lines(again.stdout))[clip.name]
    assert done["videoId"] == video_id
    assert parts_sent(emulator, video_id) == ["part 1/*", "part 2/2"]
    assert served_bytes(emulator, video_id) == clip.read_bytes()


def test_plain_output_says_it_is_recording(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "short.mp4", 2 * MIB)
    run = cli(
        str(clip), "--base-url", emulator.base_url, "--while-recording", "--settle", "0.3",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "short.mp4: Recording · 0 bytes sent, waiting for more" in run.stdout
    assert "short.mp4: uploaded 2.10 MB" in run.stdout
    video_id = emulator.videos()[0]["videoId"]
    assert parts_sent(emulator, video_id) == ["part 1/1"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--settle", "5"], "--settle goes with --while-recording"),
        (["--while-recording", "--settle", "0.01"], "from 0.2 to 3600"),
        (["--while-recording", "--settle", "soon"], "is not a number of seconds"),
        (["--while-recording", "--upload-token", "to1abc"], "needs an API key"),
    ],
)
def test_recording_usage_errors(
    emulator: Emulator, tmp_path: Path, args: list[str], words: str
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    run = cli(str(clip), "--base-url", emulator.base_url, *args)
    assert run.returncode == 2
    assert words in run.stderr
    assert len(run.stderr.splitlines()) == 1


def test_a_rewritten_recording_sends_its_captions_to_the_new_video(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "lecture.mp4", 2 * PART + MIB)
    (tmp_path / "lecture.en.srt").write_bytes(b"1\n00:00:01,000 --> 00:00:02,000\nHello\n")
    recorder = StillRecording(clip)
    lines = record(emulator, clip)
    lines.waiting_after(2 * PART)
    stale_id = lines.wait(lambda o: o["event"] == "videoCreated")["videoId"]
    with open(clip, "r+b") as f:
        f.seek(4096)
        f.write(os.urandom(4096))
    recorder.stop()
    status_code, err = lines.finish()
    assert status_code == 0, err
    done = finals(lines.objects())[clip.name]
    assert done["videoId"] != stale_id
    attached = [o for o in lines.objects() if o["event"] == "attached"]
    assert [(o["kind"], o["language"]) for o in attached] == [("caption", "en")]
    url = f"{emulator.base_url}/vod/{done['videoId']}/captions/en.vtt"
    captions = requests.get(url, timeout=10)
    assert captions.status_code == 200
    assert "Hello" in captions.text


@pytest.mark.parametrize("again", [["--while-recording", "--settle", "0.3"], []])
def test_a_finished_recording_is_not_uploaded_twice(
    emulator: Emulator, tmp_path: Path, again: list[str]
) -> None:
    clip = write_video(tmp_path / "done.mp4", MIB)
    recorder = StillRecording(clip)
    first = record(emulator, clip, settle="1")
    first.waiting_after(0)
    append(clip, MIB)  # it grew after it was queued
    recorder.stop()
    status_code, err = first.finish()
    assert status_code == 0, err
    video_id = finals(first.objects())[clip.name]["videoId"]
    assert served_bytes(emulator, video_id) == clip.read_bytes()
    # The same command again (or without --while-recording) once the recording is uploaded.
    second = cli(str(clip), "--base-url", emulator.base_url, "--json", *again)
    assert [v["videoId"] for v in emulator.videos()] == [video_id], second.stdout


def test_captions_given_after_a_recording_was_uploaded_go_to_its_video(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "late.mp4", MIB)
    recorder = StillRecording(clip)
    first = record(emulator, clip, settle="1")
    first.waiting_after(0)
    append(clip, MIB)  # it grew after it was queued
    recorder.stop()
    status_code, err = first.finish()
    assert status_code == 0, err
    video_id = finals(first.objects())[clip.name]["videoId"]

    subs = tmp_path / "subs.srt"
    subs.write_bytes(b"1\n00:00:01,000 --> 00:00:02,000\nLate\n")
    again = cli(
        str(clip), "--base-url", emulator.base_url, "--json", "--captions", f"{subs}:en",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    lines = json_lines(again.stdout)
    assert [(o["kind"], o["language"]) for o in lines if o["event"] == "attached"] == [
        ("caption", "en")
    ]
    assert [v["videoId"] for v in emulator.videos()] == [video_id]
    url = f"{emulator.base_url}/vod/{video_id}/captions/en.vtt"
    assert "Late" in requests.get(url, timeout=10).text
