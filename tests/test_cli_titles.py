"""``--title`` is a pattern with the window's fields, for ``upload`` as for ``watch``; a word
in braces that is no field is refused before anything is sent, naming the fields."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.core.engine_helpers import write_video
from tests.test_cli import ROOT, cli, cli_env, finals, json_lines
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator

FIELDS = "the fields are {name}, {file}, {folder}, {date}, {n}."


def test_upload_refuses_an_unknown_field_before_sending(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 2 * MIB)
    run = cli(str(clip), "--base-url", emulator.base_url, "--title", "{nmae} at {date}")
    assert run.returncode == 2
    assert run.stderr == (
        f"uploader-gui upload: error: argument --title: {{nmae}} is not a title field; {FIELDS}\n"
    )
    assert emulator.videos() == []
    two = cli(str(clip), "--base-url", emulator.base_url, "--title", "{nmae} {Name}")
    assert "{nmae}, {Name} are not title fields" in two.stderr
    assert emulator.videos() == []


def test_upload_fills_the_fields_per_file(emulator: Emulator, tmp_path: Path) -> None:
    first = write_video(tmp_path / "talk_one.mp4", 2 * MIB)
    second = write_video(tmp_path / "talk_two.mp4", 2 * MIB + 1)
    run = cli(
        str(first), str(second), "--base-url", emulator.base_url, "--json",
        "--title", "{n}: {name} ({file}, {folder})",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    last = finals(json_lines(run.stdout))
    titles = {v["videoId"]: v["title"] for v in emulator.videos()}
    assert titles[last["talk_one.mp4"]["videoId"]] == f"1: talk one (talk_one, {tmp_path.name})"
    assert titles[last["talk_two.mp4"]["videoId"]] == f"2: talk two (talk_two, {tmp_path.name})"


def test_watch_refuses_an_unknown_field(emulator: Emulator, tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable, "-m", "uploader_gui", "watch", str(tmp_path),
            "--base-url", emulator.base_url, "--title", "Show {nmae}",
        ],
        cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 2
    assert run.stderr == (
        f"uploader-gui watch: error: argument --title: {{nmae}} is not a title field; {FIELDS}\n"
    )
