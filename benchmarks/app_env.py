"""The environment to run the app in when measuring or checking it from outside: its own empty
home, settings, data, cache and temp folders (on every system's variables), and no screen unless
the caller gives one. So a soak, a smoke test or a wheel check never touches the person's queue,
settings or keyring, and starts like a first run.

Plain standard library: ``scripts/check_wheel.py`` loads this file by path from an environment
that must not see the source tree.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

#: Variables that would lead the app to the person's screen.
SCREEN_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def isolated_env(scratch: Path, **extra: str) -> dict[str, str]:
    """``os.environ`` with the home and every per-user folder inside ``scratch``, the screen
    variables removed, then ``extra`` on top."""
    env = {k: v for k, v in os.environ.items() if k not in SCREEN_VARIABLES}
    home = scratch / "home"
    for sub in ("config", "data", "cache", "state", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "data"),
        LOCALAPPDATA=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        TMPDIR=str(home / "tmp"),
        TEMP=str(home / "tmp"),
        TMP=str(home / "tmp"),
    )
    env.update(extra)
    return env


@contextmanager
def emulator_process(
    python: Sequence[str],
    data_dir: Path,
    api_key: str,
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Iterator[str]:
    """The emulator in a child process (``python -m uploader_gui.emulator``, encoding at once)
    for as long as the ``with`` block; yields its base URL. RuntimeError if it does not start."""
    arguments = ("--data-dir", str(data_dir), "--api-key", api_key, "--encoding-delay", "0")
    server = subprocess.Popen(
        [*python, "-m", "uploader_gui.emulator", *arguments],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
        if match is None:
            raise RuntimeError(f"the emulator did not start: {line!r}")
        yield match.group(1)
    finally:
        server.terminate()
        server.wait(15)


@contextmanager
def private_x_server(size: str = "1280x800x24") -> Iterator[str]:
    """A private Xvfb for as long as the ``with`` block; yields its display (``:N``).
    RuntimeError if Xvfb is missing or does not start.

    ``-displayfd`` lets the server pick a free display itself (no race with another run picking
    the same number). ``-noreset`` keeps it from resetting whenever its last client leaves: a
    client connecting during such a reset is refused, so an app started just after a short-lived
    one (a self-test, an ``xwininfo``) would fail with "could not connect to display"."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is not installed (make system-deps installs it)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as announced:
            number = announced.readline().strip()  # written once the server accepts clients
        if not number.isdigit():
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
