"""SIGTERM, SIGINT and SIGHUP close the window the ordinary way: uploads stopped, the Local
demo's temporary files removed, the shell's exit status."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
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


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_the_window_quits_cleanly_on_a_signal(tmp_path: Path, sig: signal.Signals) -> None:
    env = headless_env(tmp_path)
    env["QT_QPA_PLATFORM"] = "offscreen"
    temp = tmp_path / "temp"
    temp.mkdir()
    env["TMPDIR"] = str(temp)
    # The window's diagnostics, a line a second on its standard output: each line is a moment
    # to look, without polling.
    args = ["--demo", "--demo-files", "3", "--demo-speed", "4", "--diagnostics", "/dev/stdout"]
    errors = tmp_path / "stderr.txt"
    with open(errors, "w") as err_file:
        proc = subprocess.Popen(
            # Ctrl+C acted on, even when the suite runs as a background job (which ignores it).
            [sys.executable, "-c", INTERRUPTIBLE, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err_file,
            text=True,
        )
        try:
            assert proc.stdout is not None
            # Up, with uploads running: the demo's folder and the scratch store exist.
            for _line in proc.stdout:
                if any(temp.glob("uploader-scratch-*")) and any(temp.glob("uploader-gui-demo-*")):
                    break
            else:
                raise AssertionError(f"the window ended first: {errors.read_text()}")
            proc.send_signal(sig)
            proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    err = errors.read_text()
    assert proc.returncode == 128 + sig, (proc.returncode, err)
    assert "Traceback" not in err
    assert list(temp.iterdir()) == []  # nothing left behind: no demo folder, no scratch store
    log = next((tmp_path / "state").rglob("uploader-gui.log")).read_text()
    assert f"Quitting on signal {sig.name}" in log
