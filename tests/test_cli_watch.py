"""``watch FOLDER``: videos that arrive in a folder are uploaded once, over real HTTP to the
emulator. The tests wait on the command's JSON lines, never on a sleep."""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from tests.core.engine_helpers import StillRecording, served_bytes, write_video
from tests.test_cli import start_cli
from tests.test_cli_recording import (
    PART,
    Lines,
    append,
    data_dir,  # noqa: F401 - each test's own store
    parts_sent,
)
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator

SETTLE = "3"


def watch(emulator: Emulator, folder: Path, *extra: str) -> Lines:
    # Enough workers that a file is taken the moment it appears (one waiting for the others
    # longer than the settle time would count as finished).
    args = [
        "watch", str(folder), "--base-url", emulator.base_url, "--json", "--settle", SETTLE,
        "--parallel", "4", "--chunk-size", "5MiB", *extra,
    ]  # fmt: skip
    lines = Lines(start_cli(args))
    lines.wait(lambda o: o["event"] == "watching")
    return lines


def done(lines: Lines, path: Path) -> dict[str, object]:
    return lines.wait(lambda o: o["event"] == "done" and o["file"] == str(path))


def left_alone(lines: Lines, path: Path, reason: str) -> None:
    lines.wait(
        lambda o: o["event"] == "leftAlone" and o["file"] == str(path) and o["reason"] == reason
    )


def stop(lines: Lines) -> None:
    lines.proc.send_signal(signal.SIGTERM)
    status, err = lines.finish()
    assert status == 143, err
    assert "Traceback" not in err


def test_videos_arriving_in_every_way_are_uploaded_once(emulator: Emulator, tmp_path: Path) -> None:
    folder = tmp_path / "recordings"
    folder.mkdir()
    # Already there when watching starts: a finished video, and what is left alone.
    old = write_video(folder / "old.mp4", 2 * MIB)
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    write_video(folder / ".hidden.mp4", MIB)
    write_video(folder / "clip.mp4.part", MIB)
    write_video(folder / "~lock.mp4", MIB)
    (folder / "notes.txt").write_text("not a video\n" * 100)

    lines = watch(emulator, folder)
    assert done(lines, old)["bytes"] == old.stat().st_size
    left_alone(lines, folder / ".hidden.mp4", "hidden")
    left_alone(lines, folder / "clip.mp4.part", "temporary")
    left_alone(lines, folder / "~lock.mp4", "temporary")
    left_alone(lines, folder / "notes.txt", "not_a_video")

    # Copied in.
    source = write_video(tmp_path / "elsewhere.mp4", 3 * MIB)
    copied = folder / "copied.mp4"
    shutil.copyfile(source, copied)
    # Written under a temporary name, then renamed into place.
    partial = write_video(folder / "incoming.mp4.crdownload", 2 * MIB)
    left_alone(lines, partial, "temporary")
    incoming = folder / "incoming.mp4"
    partial.rename(incoming)
    # Written slowly, as a recorder does: it goes up while it grows.
    slow = write_video(folder / "slow.mp4", MIB)
    recorder = StillRecording(slow)  # the recorder keeps writing until it stops
    try:
        lines.wait(lambda o: o["event"] == "recording" and o["file"] == str(slow))
        append(slow, 5 * MIB)
        lines.wait(
            lambda o: (
                o["event"] == "recording"
                and o["file"] == str(slow)
                and o["state"] == "waiting_for_more"
                and o["sent"] == PART
            )
        )
        append(slow, MIB)
    finally:
        recorder.stop()

    for path in (copied, incoming, slow):
        video_id = str(done(lines, path)["videoId"])
        assert served_bytes(emulator, video_id) == path.read_bytes()
    slow_video = str(done(lines, slow)["videoId"])
    assert parts_sent(emulator, slow_video) == ["part 1/*", "part 2/2"]
    stop(lines)
    assert len(emulator.videos()) == 4

    # A restart uploads nothing again, and still leaves the rest alone.
    again = watch(emulator, folder)
    for path in (old, copied, incoming, slow):
        left_alone(again, path, "uploaded_before")
    left_alone(again, folder / "notes.txt", "not_a_video")
    stop(again)
    assert len(emulator.videos()) == 4
    assert not any(o["event"] in ("done", "failed") for o in again.objects())


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--settle", "0"], "Use a number of seconds above 0"),
        (["--parallel", "0"], "from 1 to 16"),
        (["--after-upload", "move:"], "Use keep, delete or move:FOLDER."),
        (["--after-upload", "shred"], "Use keep, delete or move:FOLDER."),
    ],
)
def test_watch_usage_errors(tmp_path: Path, args: list[str], words: str) -> None:
    watched = start_cli(["watch", str(tmp_path), *args])
    _out, err = watched.communicate(timeout=60)
    assert watched.returncode == 2
    assert words in err


def test_watching_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    watched = start_cli(["watch", str(tmp_path / "nowhere")])
    _out, err = watched.communicate(timeout=60)
    assert watched.returncode == 2
    assert "is not a folder" in err


def test_after_upload_moves_or_deletes_only_what_the_server_holds(
    emulator: Emulator, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    done_folder = tmp_path / "sent"
    clip = write_video(folder / "clip.mp4", 2 * MIB)
    before = clip.read_bytes()
    an_hour_ago = time.time() - 3600
    os.utime(clip, (an_hour_ago, an_hour_ago))
    lines = watch(emulator, folder, "--after-upload", f"move:{done_folder}")
    video_id = str(done(lines, clip)["videoId"])
    moved = lines.wait(lambda o: o["event"] == "afterUpload" and o["file"] == str(clip))
    assert moved["result"] == "moved" and moved["to"] == str(done_folder / "clip.mp4")
    assert not clip.exists()
    assert (done_folder / "clip.mp4").read_bytes() == before == served_bytes(emulator, video_id)
    stop(lines)

    other = write_video(folder / "other.mp4", MIB)
    os.utime(other, (an_hour_ago, an_hour_ago))
    lines = watch(emulator, folder, "--after-upload", "delete")
    done(lines, other)
    deleted = lines.wait(lambda o: o["event"] == "afterUpload" and o["file"] == str(other))
    assert deleted["result"] == "deleted"
    assert not other.exists()
    stop(lines)
    assert len(emulator.videos()) == 2


def test_polled_folders_and_their_subfolders(emulator: Emulator, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    (folder / "day1").mkdir(parents=True)
    inner = write_video(folder / "day1" / "inner.mp4", MIB)
    an_hour_ago = time.time() - 3600
    os.utime(inner, (an_hour_ago, an_hour_ago))
    lines = watch(emulator, folder, "--recursive", "--poll")
    done(lines, inner)
    (folder / "day2").mkdir()
    late = write_video(tmp_path / "late.mp4", MIB)
    arrived = late.rename(folder / "day2" / "late.mp4")
    video_id = str(done(lines, arrived)["videoId"])
    assert served_bytes(emulator, video_id) == arrived.read_bytes()
    stop(lines)
    assert len(emulator.videos()) == 2
