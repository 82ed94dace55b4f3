"""``upload FOLDER``: the folder's videos are uploaded as when it is dropped on the window
(sub-folders included, hidden files passed over), what is skipped is said, and each file goes
once however often it is named."""

from __future__ import annotations

from pathlib import Path

from tests.core.engine_helpers import write_video
from tests.test_cli import cli, finals, json_lines
from tests.test_cli_attachments import served
from uploader_gui.cli.folder_args import expand
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator

SRT = "1\n00:00:01,000 --> 00:00:02,000\nHello\n"


def test_a_folder_uploads_its_videos_once_and_says_what_it_skipped(
    emulator: Emulator, tmp_path: Path
) -> None:
    lib = tmp_path / "lib"
    (lib / "sub").mkdir(parents=True)
    (lib / ".cache").mkdir()
    write_video(lib / "clip 2.mp4", 2 * MIB)
    write_video(lib / "clip 10.mp4", 2 * MIB + 1)
    write_video(lib / "sub" / "deep.mp4", 2 * MIB + 2)
    write_video(lib / ".cache" / "hidden.mp4", 2 * MIB + 3)
    write_video(lib / ".hidden.mp4", 2 * MIB + 4)
    write_video(lib / "copying.mp4.part", 2 * MIB + 5)
    (lib / "clip 2.srt").write_text(SRT)
    (lib / "notes.txt").write_text("words, no video\n" * 40)
    run = cli(
        str(lib), str(lib / "clip 2.mp4"), "--base-url", emulator.base_url, "--json",
        "--title", "{n} {name}",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    last = finals(json_lines(run.stdout))
    assert set(last) == {"clip 2.mp4", "clip 10.mp4", "deep.mp4"}
    assert all(obj["event"] == "done" for obj in last.values())
    titles = sorted(v["title"] for v in emulator.videos())
    assert titles == ["1 clip 2", "2 clip 10", "3 deep"]  # the window's order, each once
    assert run.stderr.splitlines() == [
        f"uploader-gui upload: note: {lib / 'copying.mp4.part'} is skipped: its name says it "
        "is still being written (a temporary name)",
        f"uploader-gui upload: note: {lib / 'notes.txt'} is skipped: This doesn't look like a "
        "video file (it looks like text)",
    ]
    # The captions next to a video went with it, and were not called "not a video".
    video_id = last["clip 2.mp4"]["videoId"]
    assert served(emulator, video_id, "captions/en.vtt").startswith("WEBVTT")


def test_a_folder_without_videos_fails_and_the_rest_goes(
    emulator: Emulator, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".DS_Store").write_bytes(b"\0" * 10)
    clip = write_video(tmp_path / "clip.mp4", 2 * MIB)
    run = cli(str(empty), str(clip), "--base-url", emulator.base_url)
    assert run.returncode == 1
    assert "empty: error: no video files in this folder" in run.stderr.splitlines()
    assert [v["title"] for v in emulator.videos()] == ["clip"]


def test_explicit_attachments_are_refused_with_a_folder(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    srt = lib / "talk.srt"
    srt.write_text(SRT)
    run = cli(str(lib), "--captions", str(srt))
    assert run.returncode == 2
    assert "go with one FILE at a time" in run.stderr


def test_each_file_is_taken_once_however_it_is_reached(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    clip = write_video(lib / "clip.mp4", 1000)
    (tmp_path / "link").symlink_to(lib)
    given = expand([clip, lib, tmp_path / "link", lib / "clip.mp4"])
    assert given.files == [clip]
    assert (given.skipped, given.problems, given.empty) == ([], [], [])
