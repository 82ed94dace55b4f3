"""What ``upload`` and ``watch`` say when stopped: that running the same command again
continues where it stopped (nothing is lost), for Ctrl+C as for SIGTERM."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.core.engine_helpers import write_video
from tests.test_cli import INTERRUPTIBLE, SLOW_LINK, start_cli
from tests.test_cli_recording import Lines
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator

AGAIN = "run the same command again to continue where it stopped"


def test_ctrl_c_during_upload_says_how_to_continue(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 40 * MIB)
    emulator.faults.bandwidth = SLOW_LINK
    args = ["upload", str(clip), "--base-url", emulator.base_url, "--chunk-size", "5MiB", "--json"]
    lines = Lines(start_cli(args, runner=("-c", INTERRUPTIBLE)))
    lines.wait(lambda o: o["event"] == "progress")
    lines.proc.send_signal(signal.SIGINT)
    status, err = lines.finish()
    assert status == 130
    assert err == f"uploader-gui upload: interrupted; {AGAIN}\n"


def test_ctrl_c_and_sigterm_stopping_watch_say_how_to_continue(
    emulator: Emulator, tmp_path: Path
) -> None:
    args = ["watch", str(tmp_path), "--base-url", emulator.base_url, "--json"]
    for how, status, words in (
        (signal.SIGINT, 130, "interrupted"),
        (signal.SIGTERM, 143, "stopped"),
    ):
        lines = Lines(start_cli(args, runner=("-c", INTERRUPTIBLE)))
        lines.wait(lambda o: o["event"] == "watching")
        lines.proc.send_signal(how)
        assert lines.finish() == (status, f"uploader-gui watch: {words}; {AGAIN}\n")
