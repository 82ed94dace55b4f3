"""Sharing from the command line: waiting until a video plays, and not uploading a file twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.engine_helpers import served_bytes, write_video
from tests.test_cli import assert_clean_errors, cli, finals, json_lines, make_token
from uploader_gui.cli.words import reason_words
from uploader_gui.core.limits import MIB
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.emulator import Emulator


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(folder))
    return folder


def test_wait_playable_reports_encoding_and_the_hls_link(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 2 * MIB)
    run = cli(str(clip), "--base-url", emulator.base_url, "--wait-playable", "--json")
    assert run.returncode == 0, run.stderr
    lines = json_lines(run.stdout)
    encoding = [obj for obj in lines if obj["event"] == "encoding"]
    assert encoding and encoding[-1]["playable"] is True
    assert encoding[-1]["state"] == "playable"
    assert encoding[-1]["qualities"] and set(encoding[-1]["qualities"].values()) <= {
        "waiting",
        "encoding",
        "encoded",
    }
    final = finals(lines)["clip.mp4"]
    assert final["event"] == "done"
    assert final["playable"] is True
    video = emulator.videos()[0]
    assert final["hlsUrl"] == video["assets"]["hls"]
    assert final["videoId"] in final["hlsUrl"]


def test_wait_playable_plain_lines(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 2 * MIB)
    run = cli(str(clip), "--base-url", emulator.base_url, "--wait-playable")
    assert run.returncode == 0, run.stderr
    assert "clip.mp4: ready to watch" in run.stdout
    assert "clip.mp4: Ready to watch" in run.stdout


def test_never_playable_exits_1_with_the_honest_message(emulator: Emulator, tmp_path: Path) -> None:
    emulator.encoding_delay = 3600
    clip = write_video(tmp_path / "clip.mp4", 2 * MIB)
    run = cli(
        str(clip), "--base-url", emulator.base_url, "--wait-playable", "--wait-timeout", "1.5",
        "--json",
    )  # fmt: skip
    assert run.returncode == 1
    assert_clean_errors(run.stderr)
    final = finals(json_lines(run.stdout))["clip.mp4"]
    assert final["event"] == "failed"
    assert "not watchable yet" in final["error"]
    assert "still encoding" in final["error"]
    # The bytes are all there: only playback is missing.
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()


def test_wait_playable_needs_an_api_key(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    run = cli(
        str(clip), "--base-url", emulator.base_url, "--upload-token", "abc", "--wait-playable",
        key=None,
    )  # fmt: skip
    assert run.returncode == 2
    assert "--wait-playable needs an API key" in run.stderr


def test_a_duplicate_is_refused_and_the_other_files_go(emulator: Emulator, tmp_path: Path) -> None:
    first = write_video(tmp_path / "first.mp4", 2 * MIB)
    other = write_video(tmp_path / "other.mp4", MIB)
    assert cli(str(first), "--base-url", emulator.base_url, "--title", "Holiday").returncode == 0
    earlier = emulator.videos()[0]

    run = cli(str(first), str(other), "--base-url", emulator.base_url, "--json")
    assert run.returncode == 1
    errors = run.stderr.splitlines()
    assert len(errors) == 1
    assert errors[0].startswith("first.mp4: error: “first.mp4” was already uploaded on ")
    assert "as “Holiday”" in errors[0] and earlier["assets"]["player"] in errors[0]
    assert "--allow-duplicate" in errors[0]
    last = finals(json_lines(run.stdout))
    assert last["first.mp4"]["event"] == "failed"
    assert last["other.mp4"]["event"] == "done"
    assert len(emulator.videos()) == 2

    run = cli(str(first), "--base-url", emulator.base_url, "--allow-duplicate", "--json")
    assert run.returncode == 0, run.stderr
    again = finals(json_lines(run.stdout))["first.mp4"]
    assert again["videoId"] != earlier["videoId"]
    assert served_bytes(emulator, again["videoId"]) == first.read_bytes()
    assert len(emulator.videos()) == 3


def test_with_an_upload_token_duplicates_cannot_be_checked(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = write_video(tmp_path / "a.mp4", MIB)
    b = write_video(tmp_path / "b.mp4", MIB)
    token = make_token(emulator, 0)
    args = ["--base-url", emulator.base_url, "--upload-token", token, "--json"]
    assert cli(str(a), *args, key=None).returncode == 0
    run = cli(str(a), str(b), *args, key=None)
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [
        f"uploader-gui upload: note: {reason_words(Reason(Why.TOKEN_NO_CHECK))}"
    ]
    assert len(emulator.videos()) == 3
