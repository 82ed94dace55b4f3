"""Captions, chapters and thumbnails are checked before the video is sent: a broken one named
on the command line stops the command before anything is uploaded (exit 2); a broken one
found next to the video is said at once, and the video still goes (exit 1 at the end)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.engine_helpers import served_bytes, write_video
from tests.test_cli import cli, finals, json_lines
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator


@pytest.mark.parametrize(
    "case",
    [
        ("--captions", "talk.srt", b"\x00" + os.urandom(2000), "talk.srt: not a subtitle file"),
        ("--chapters", "talk.chapters.txt", b"Intro at the start\n", "talk.chapters.txt: "),
        ("--thumbnail", "cover.jpg", b"GIF89a" + bytes(100), "cover.jpg: "),
    ],
)
def test_a_broken_named_attachment_stops_before_anything_is_sent(
    emulator: Emulator, tmp_path: Path, case: tuple[str, str, bytes, str]
) -> None:
    option, name, content, words = case
    video = write_video(tmp_path / "talk.mp4", 2 * MIB)
    broken = tmp_path / "extra" / name
    broken.parent.mkdir()
    broken.write_bytes(content)
    run = cli(str(video), "--base-url", emulator.base_url, option, str(broken))
    assert run.returncode == 2
    (line,) = run.stderr.splitlines()
    assert line.startswith(f"uploader-gui upload: error: {words}")
    assert line.endswith("; nothing was sent")
    assert emulator.videos() == []
    assert emulator.upload_requests == 0


def test_a_broken_sidecar_is_said_before_the_upload_and_the_video_goes(
    emulator: Emulator, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "talk.mp4", 6 * MIB)
    (tmp_path / "talk.fr.srt").write_bytes(os.urandom(3000) + b"\x00")
    run = cli(str(video), "--base-url", emulator.base_url, "--chunk-size", "5MiB", "--json")
    assert run.returncode == 1
    assert run.stderr == "talk.fr.srt: not a subtitle file\n"
    lines = json_lines(run.stdout)
    events = [o["event"] for o in lines]
    assert events.count("attachmentFailed") == 1
    # Said before the video was created, not after it was uploaded.
    assert events.index("attachmentFailed") < events.index("videoCreated")
    final = finals(lines)["talk.mp4"]
    assert final["event"] == "done"
    assert served_bytes(emulator, final["videoId"]) == video.read_bytes()
