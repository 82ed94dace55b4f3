"""``watch`` in plain text (no ``--json``): a line when watching begins, saying how to stop,
and a line for each file it skips with why (hidden and temporary files pass in silence);
odd names are shown with their control characters written out."""

from __future__ import annotations

import queue
import signal
import subprocess
import threading
from pathlib import Path

from tests.core.engine_helpers import write_video
from tests.test_cli import cli, start_cli
from tests.test_cli_recording import data_dir  # noqa: F401 - each test's own store
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator

WAIT = 60.0


class PlainLines:
    """The lines a running command writes to stdout and stderr (merged), as they come."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.seen: list[str] = []
        self._new: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._new.put(line.rstrip("\n"))
        self._new.put(None)

    def wait(self, wanted: str) -> str:
        """The first line holding ``wanted``, waiting for it if need be."""
        for old in self.seen:
            if wanted in old:
                return old
        while True:
            try:
                line = self._new.get(timeout=WAIT)
            except queue.Empty:
                raise AssertionError(f"no line with {wanted!r}: {self.seen}") from None
            if line is None:
                raise AssertionError(f"ended without {wanted!r}: {self.seen}")
            self.seen.append(line)
            if wanted in line:
                return line

    def stop(self) -> list[str]:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(WAIT)
        while (line := self._new.get(timeout=WAIT)) is not None:
            self.seen.append(line)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return self.seen


def test_plain_watch_says_it_started_and_why_it_skips(emulator: Emulator, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    done = write_video(one / "done.mp4", 2 * MIB)
    assert cli(str(done), "--base-url", emulator.base_url).returncode == 0
    (one / "notes.mp4").write_text("not a video, only words\n" * 50)
    (one / ".hidden.mp4").write_bytes(b"x" * 100)
    (two / "copy.mp4.part").write_bytes(b"x" * 100)
    args = ["watch", str(one), str(two), "--base-url", emulator.base_url, "--settle", "1"]
    lines = PlainLines(start_cli(args, stderr=subprocess.STDOUT))
    start = lines.wait("Watching")
    assert start == f"Watching 2 folders: {one}, {two}. Press Ctrl+C to stop."
    lines.wait("notes.mp4")
    lines.wait("done.mp4")
    (two / "odd\x1b[2J.mp4").write_text("words again\n" * 50)
    lines.wait("odd")
    seen = lines.stop()
    assert "uploader-gui watch: note: notes.mp4 is skipped: not a video" in seen
    assert "uploader-gui watch: note: done.mp4 is skipped: uploaded before" in seen
    assert "uploader-gui watch: note: odd\\x1b[2J.mp4 is skipped: not a video" in seen
    assert not any("hidden" in line or ".part" in line for line in seen), seen
    assert not any("\x1b" in line for line in seen)
    assert seen[-1] == (
        "uploader-gui watch: stopped; run the same command again to continue where it stopped"
    )
