"""SIGTERM, SIGINT and SIGHUP close the window the ordinary way: uploads stopped, the Local
demo's temporary files removed, the shell's exit status."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.gui.test_app_entry import ROOT, headless_env
from tests.test_cli import INTERRUPTIBLE
from uploader_gui.gui.quit_signals import QuitOnSignals

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")


def test_a_signal_reaches_the_gui_thread_once_and_handlers_are_given_back(qtbot: Any) -> None:
    # Acted on whatever this run inherited (``nohup`` hands SIGHUP ignored).
    inherited = signal.signal(signal.SIGHUP, signal.SIG_DFL)
    seen: list[int] = []
    try:
        quit_on = QuitOnSignals(seen.append)
        try:
            os.kill(os.getpid(), signal.SIGHUP)
            qtbot.waitUntil(lambda: seen == [signal.SIGHUP])
            os.kill(os.getpid(), signal.SIGHUP)  # a second one while quitting changes nothing
            quit_on._read()  # what the socket notifier does once the loop turns
            assert seen == [signal.SIGHUP]
        finally:
            quit_on.close()
        assert signal.getsignal(signal.SIGHUP) == signal.SIG_DFL
    finally:
        signal.signal(signal.SIGHUP, inherited)


def test_an_ignored_signal_stays_ignored(qtbot: Any) -> None:
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        quit_on = QuitOnSignals(lambda n: None)
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
        quit_on.close()
    finally:
        signal.signal(signal.SIGHUP, previous)


def _wait_for(check: Any, proc: subprocess.Popen[str], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)  # polling another process's files: there is no event to wait on


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_the_window_quits_cleanly_on_a_signal(tmp_path: Path, sig: signal.Signals) -> None:
    env = headless_env(tmp_path)
    env["QT_QPA_PLATFORM"] = "offscreen"
    temp = tmp_path / "temp"
    temp.mkdir()
    env["TMPDIR"] = str(temp)
    diagnostics = tmp_path / "diagnostics.jsonl"
    args = ["--demo", "--demo-files", "3", "--demo-speed", "4", "--diagnostics", str(diagnostics)]
    proc = subprocess.Popen(
        # Ctrl+C acted on, even when the suite runs as a background job (which ignores it).
        [sys.executable, "-c", INTERRUPTIBLE, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Up, with uploads running: the demo's folder and the scratch store exist.
        _wait_for(
            lambda: any(temp.glob("uploader-scratch-*")) and any(temp.glob("uploader-gui-demo-*")),
            proc,
        )
        _wait_for(lambda: diagnostics.exists() and diagnostics.read_text().count("\n") >= 1, proc)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 128 + sig, (proc.returncode, err)
    assert "Traceback" not in err
    assert list(temp.iterdir()) == []  # nothing left behind: no demo folder, no scratch store
    log = next((tmp_path / "state").rglob("uploader-gui.log")).read_text()
    assert f"Quitting on signal {sig.name}" in log
