"""The command line, run as a real process against the emulator on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.conftest import ManualClock
from tests.core.engine_helpers import served_bytes, write_video
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator

ROOT = Path(__file__).resolve().parents[1]
KEY = "test-key"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own upload store (the command line inherits the variable)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(folder))
    return folder


def cli_env(key: str | None = KEY) -> dict[str, str]:
    """The environment of a command under test: this test's key (or none), and no keyring."""
    env = {k: v for k, v in os.environ.items() if k != "APIVIDEO_API_KEY"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    if key is not None:
        env["APIVIDEO_API_KEY"] = key
    return env


def start_cli(
    args: list[str],
    *,
    runner: tuple[str, ...] = ("-m", "uploader_gui"),
    stderr: int = subprocess.PIPE,
) -> subprocess.Popen[str]:
    """The command ``args`` started, its output on pipes as text; ``runner`` replaces
    ``-m uploader_gui`` (a wrapper that sets up signals first)."""
    return subprocess.Popen(
        [sys.executable, *runner, *args],
        cwd=ROOT,
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
    )


def cli(*args: str, key: str | None = KEY) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "uploader_gui", "upload", *args],
        cwd=ROOT,
        env=cli_env(key),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def json_lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def finals(lines: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The last object printed for each file."""
    last: dict[str, dict[str, Any]] = {}
    for obj in lines:
        last[Path(obj["file"]).name] = obj
    return last


def assert_clean_errors(stderr: str) -> None:
    assert "Traceback" not in stderr
    for line in stderr.splitlines():
        assert ": error: " in line


def test_several_files_upload_and_report_json(emulator: Emulator, tmp_path: Path) -> None:
    a = write_video(tmp_path / "a.mp4", 12 * MIB + 3)
    b = write_video(tmp_path / "b.mp4", 2 * MIB)
    run = cli(str(a), str(b), "--base-url", emulator.base_url, "--chunk-size", "5MiB", "--json")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    lines = json_lines(run.stdout)
    assert any(obj["event"] == "progress" for obj in lines)
    last = finals(lines)
    for path in (a, b):
        final = last[path.name]
        assert final["event"] == "done"
        assert final["bytes"] == path.stat().st_size
        assert final["videoId"] in final["playerUrl"]
        assert served_bytes(emulator, final["videoId"]) == path.read_bytes()
    assert len(emulator.videos()) == 2


def test_bad_files_fail_alone_and_the_rest_go(emulator: Emulator, tmp_path: Path) -> None:
    good = write_video(tmp_path / "good.mp4", 3 * MIB)
    empty = tmp_path / "empty.mp4"
    empty.touch()
    folder = tmp_path / "folder"
    folder.mkdir()
    missing = tmp_path / "missing.mp4"
    run = cli(
        str(missing), str(empty), str(good), str(folder), "--base-url", emulator.base_url, "--json"
    )
    assert run.returncode == 1
    assert_clean_errors(run.stderr)
    errors = run.stderr.splitlines()
    assert len(errors) == 3
    assert any(e == "missing.mp4: error: The file does not exist." for e in errors)
    assert any("empty.mp4: error:" in e and "empty" in e for e in errors)
    assert "folder: error: no video files in this folder" in errors
    last = finals(json_lines(run.stdout))
    assert last["good.mp4"]["event"] == "done"
    assert last["empty.mp4"]["event"] == "failed"
    assert last["empty.mp4"]["videoId"] is None
    assert len(emulator.videos()) == 1


def test_plain_lines_when_not_a_terminal(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 6 * MIB)
    run = cli(str(clip), "--base-url", emulator.base_url, "--chunk-size", "5MiB", "--title", "Mine")
    assert run.returncode == 0, run.stderr
    assert "clip.mp4: 100%" in run.stdout
    video = emulator.videos()[0]
    assert f"clip.mp4: uploaded 6.29 MB → {video['assets']['player']}" in run.stdout
    assert video["title"] == "Mine"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--chunk-size", "5XB"], "is not a size"),
        (["--chunk-size", "1MiB"], "between 5.24 MB and 210 MB"),
        (["--parallel", "0"], "from 1 to 16"),
        (["--parallel-chunks", "17"], "from 1 to 16"),
        (["--limit-rate", "5Mbit"], "is not a speed"),
        (["--base-url", "http://example.com"], "Plain http is only allowed"),
        (["--env", "staging"], "invalid choice"),
        (["--stall-timeout", "soon"], "is not a number of seconds"),
        (["--stall-timeout", "1"], "from 5 to 600"),
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_path: Path, args: list[str], words: str) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    run = cli(str(clip), *args)
    assert run.returncode == 2
    assert len(run.stderr.splitlines()) == 1
    assert words in run.stderr


def test_limit_rate_and_parallel_chunks(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "capped.mp4", 12 * MIB)
    started = time.monotonic()
    run = cli(
        str(clip), "--base-url", emulator.base_url, "--json", "--chunk-size", "5MiB",
        "--parallel-chunks", "3", "--fixed-chunks", "--limit-rate", "8MB/s",
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert run.returncode == 0, run.stderr
    done = finals(json_lines(run.stdout))["capped.mp4"]
    assert served_bytes(emulator, done["videoId"]) == clip.read_bytes()
    # 12 MiB at 8 MB/s takes at least 1.4 s once the first block has gone.
    assert elapsed > 1.4


def test_no_files_and_no_key_are_usage_errors(emulator: Emulator, tmp_path: Path) -> None:
    assert cli().returncode == 2
    clip = write_video(tmp_path / "clip.mp4", 1000)
    run = cli(str(clip), "--base-url", emulator.base_url, key=None)
    assert run.returncode == 2
    assert "No API key" in run.stderr and "APIVIDEO_API_KEY" in run.stderr


def test_wrong_key(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    log = tmp_path / "upload.log"
    run = cli(str(clip), "--base-url", emulator.base_url, "--log-file", str(log), key="not-the-key")
    assert run.returncode == 1
    assert_clean_errors(run.stderr)
    assert "The API key was refused" in run.stderr
    assert emulator.videos() == []
    assert "clip.mp4 failed" in log.read_text()
    assert "not-the-key" not in log.read_text()


#: Runs ``python -m uploader_gui ARGS`` with Ctrl+C acted on, whatever the parent ignored.
INTERRUPTIBLE = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.executable, [sys.executable, '-m', 'uploader_gui', *sys.argv[1:]])"
)


#: A link slow enough that 40 MiB take over a minute: a starved test still interrupts the upload
#: while it runs (at 2 MiB/s a loaded run once saw it finish first).
SLOW_LINK = MIB // 2


def test_ctrl_c_exits_130_and_leaves_the_file_to_resume(emulator: Emulator, tmp_path: Path) -> None:
    # About 80 s of sending: still running when the interrupt comes, however late a loaded
    # machine lets this test read the first progress line and send it.
    clip = write_video(tmp_path / "clip.mp4", 40 * MIB)
    emulator.faults.bandwidth = SLOW_LINK
    args = ["upload", str(clip), "--base-url", emulator.base_url, "--chunk-size", "5MiB", "--json"]
    # As in a terminal: a suite started in the background (``make test &``, CI runners) hands
    # its children Ctrl+C ignored, and Python then keeps ignoring it, rightly.
    with start_cli(args, runner=("-c", INTERRUPTIBLE)) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if json.loads(line)["event"] == "progress":
                break
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in stderr
    assert "interrupted" in stderr
    # The interrupt stopped the upload: the server holds only part of the file.
    emulator.wait_idle()
    (video,) = emulator.videos()
    spans = [r.span for r in emulator.requests_for(video["videoId"]) if r.is_chunk and r.accepted]
    held = sum(span[1] - span[0] + 1 for span in spans if span is not None)
    assert held < clip.stat().st_size
    emulator.faults.bandwidth = 0
    again = cli(*args[1:])
    assert again.returncode == 0, again.stderr
    final = finals(json_lines(again.stdout))["clip.mp4"]
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()
    assert len(emulator.videos()) == 1


#: Starts the command with SIGTERM and SIGHUP handled by default (as from a terminal) or, with
#: ``ignore`` as first argument, ignored (as under ``nohup``), whatever the suite inherited.
WITH_STOP_SIGNALS = (
    "import os, signal, sys; "
    "how = signal.SIG_IGN if sys.argv[1] == 'ignore' else signal.SIG_DFL; "
    "[signal.signal(s, how) for s in (signal.SIGTERM, signal.SIGHUP)]; "
    "os.execv(sys.executable, [sys.executable, '-m', 'uploader_gui', *sys.argv[2:]])"
)


def _slow_upload(
    emulator: Emulator, clip: Path, signals: list[int], how: str
) -> tuple[subprocess.Popen[str], str, list[str]]:
    """Start ``upload clip --json`` on a slow link, send ``signals`` once progress shows, and
    return the finished process, its stderr and its stdout lines. With ``how == "ignore"``
    the link is fast again once they are sent, so a run that ignored them ends soon."""
    emulator.faults.bandwidth = SLOW_LINK
    args = ["upload", str(clip), "--base-url", emulator.base_url, "--chunk-size", "5MiB", "--json"]
    lines: list[str] = []
    with start_cli(args, runner=("-c", WITH_STOP_SIGNALS, how)) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if json.loads(line)["event"] == "progress":
                break
        for signum in signals:
            proc.send_signal(signum)
        if how == "ignore":  # an ignored signal is dropped when sent: nothing more to wait for
            emulator.faults.bandwidth = 0
        stdout, stderr = proc.communicate(timeout=120)
    return proc, stderr, lines + stdout.splitlines()


@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)], ids=["term", "hup"]
)
def test_sigterm_and_sighup_stop_like_ctrl_c(
    emulator: Emulator, tmp_path: Path, signum: int, status: int
) -> None:
    # 40 MiB on the slow link: still running when the signal comes, however late it is sent.
    clip = write_video(tmp_path / "clip.mp4", 40 * MIB)
    proc, stderr, _ = _slow_upload(emulator, clip, [signum], "default")
    emulator.faults.bandwidth = 0
    assert proc.returncode == status, stderr
    assert "Traceback" not in stderr
    assert "stopped" in stderr
    # The signal stopped the upload: the server holds only part of the file.
    emulator.wait_idle()
    (video,) = emulator.videos()
    spans = [r.span for r in emulator.requests_for(video["videoId"]) if r.is_chunk and r.accepted]
    held = sum(span[1] - span[0] + 1 for span in spans if span is not None)
    assert held < clip.stat().st_size
    again = cli(str(clip), "--base-url", emulator.base_url, "--chunk-size", "5MiB", "--json")
    assert again.returncode == 0, again.stderr
    final = finals(json_lines(again.stdout))["clip.mp4"]
    assert final["videoId"] == video["videoId"]
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()
    assert len(emulator.videos()) == 1


def test_stop_signals_inherited_as_ignored_stay_ignored(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 40 * MIB)
    proc, stderr, lines = _slow_upload(emulator, clip, [signal.SIGTERM, signal.SIGHUP], "ignore")
    assert proc.returncode == 0, stderr
    final = finals(json_lines("\n".join(lines)))["clip.mp4"]
    assert final["event"] == "done"
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()


def make_token(emulator: Emulator, ttl: int) -> str:
    answer = requests.post(
        f"{emulator.base_url}/upload-tokens", json={"ttl": ttl}, auth=(KEY, ""), timeout=10
    )
    answer.raise_for_status()
    return str(answer.json()["token"])


def test_upload_token(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 11 * MIB)
    token = make_token(emulator, 0)
    run = cli(
        str(clip),
        "--base-url",
        emulator.base_url,
        "--upload-token",
        token,
        "--chunk-size",
        "5MiB",
        "--json",
        key=None,
    )
    assert run.returncode == 0, run.stderr
    final = finals(json_lines(run.stdout))["clip.mp4"]
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()
    assert len(emulator.videos()) == 1


def test_expired_upload_token(emulator: Emulator, clock: ManualClock, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    token = make_token(emulator, 1)
    clock.advance(1.5)
    run = cli(str(clip), "--base-url", emulator.base_url, "--upload-token", token, key=None)
    assert run.returncode == 1
    assert run.stderr.strip() == (
        "uploader-gui upload: error: The upload token was refused: "
        "it may have expired or been deleted."
    )
    assert emulator.videos() == []


def test_token_upload_whose_last_answer_was_lost_says_where_the_links_are(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 11 * MIB)
    token = make_token(emulator, 0)
    # The token check, then three chunks: the fourth request (the completing chunk) is recorded
    # but its answer never arrives, so the retry is told "already uploaded" and no Video with
    # links comes back.
    emulator.faults.lose_ack_every = 4
    args = ("--base-url", emulator.base_url, "--upload-token", token, "--chunk-size", "5MiB")
    run = cli(str(clip), *args, "--json", key=None)
    assert run.returncode == 0, run.stderr
    final = finals(json_lines(run.stdout))["clip.mp4"]
    assert final["playerUrl"] is None
    assert "api.video dashboard" in final["note"]
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()
    assert len(emulator.videos()) == 1


def test_json_lines_name_retries_and_progress_with_identifiers(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 11 * MIB)
    emulator.faults.server_error_every = 2  # every other chunk is refused once, 500 or 503
    run = cli(str(clip), "--base-url", emulator.base_url, "--chunk-size", "5MiB", "--json")
    assert run.returncode == 0, run.stderr
    lines = json_lines(run.stdout)
    retries = [e for e in lines if e["event"] == "retrying"]
    assert retries and all(e["reason"] == "server_error" for e in retries)
    assert {e["status"] for e in retries} <= {500, 503}
    states = [e["state"] for e in lines if e["event"] == "state"]
    assert states[0] == "checking" and "retrying" in states and states[-1] == "uploaded"
    progress = [e for e in lines if e["event"] == "progress"]
    # The bar is what was confirmed, sent, or is to go again, one byte short until the end.
    assert progress and all(
        e["bytes"] == min(e["confirmed"] + e["inFlight"] + e["toSendAgain"], e["total"] - 1)
        for e in progress[:-1]
    )
    assert progress[-1]["bytes"] == progress[-1]["confirmed"] == clip.stat().st_size
    assert finals(lines)["clip.mp4"]["event"] == "done"
