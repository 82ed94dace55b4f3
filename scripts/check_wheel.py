"""Runs an installed ``uploader-gui`` the way a person would, from a clean environment that holds
the app's wheel and its locked runtime dependencies only (``scripts/check-wheel`` makes it).

Checks: the package comes from that environment, not a source tree; development tools are absent;
``--version``; the window's ``--self-test`` (offscreen: the window opens and uploads a generated
file to the built-in demo server, which needs every runtime dependency the window has); and a
command-line upload to the emulator started from the same environment. Every run gets an empty
home, so nothing of the person's queue, settings or keyring is touched.

Usage: ``venv/bin/python -I scripts/check_wheel.py venv/bin/uploader-gui``
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

KEY = "wheel-check-key-0123456789"
TIMEOUT = 180


def main(argv: list[str]) -> int:
    exe = Path(argv[1])
    import uploader_gui

    where = Path(uploader_gui.__file__).resolve()
    if "site-packages" not in where.parts:
        return fail(f"uploader_gui was imported from {where}, not from the installed wheel")
    for tool in ("pytest", "mypy", "PyInstaller", "requests_toolbelt"):
        if importlib.util.find_spec(tool) is not None:
            return fail(f"{tool} is installed: the check must run without development tools")
    with tempfile.TemporaryDirectory(prefix="wheel-check-") as tmp:
        scratch = Path(tmp)
        env = isolated_env(scratch)
        out = run([exe, "--version"], env)
        print(f"ok  --version: {out.strip()}")
        out = run([exe, "--self-test"], env)
        print(f"ok  --self-test: {out.strip().splitlines()[-1]}")
        cli_upload(exe, scratch, env)
    return 0


def cli_upload(exe: Path, scratch: Path, env: dict[str, str]) -> None:
    from uploader_gui.gui.demo_server import write_sample_video

    video = scratch / "wheel check.mp4"
    write_sample_video(video, 11 * 2**20, random_body=True)
    server = subprocess.Popen(
        [
            *(sys.executable, "-I", "-m", "uploader_gui.emulator"),
            *("--data-dir", str(scratch / "srv"), "--api-key", KEY, "--encoding-delay", "0"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
        if match is None:
            raise SystemExit(fail(f"the emulator did not start: {line!r}"))
        out = run(
            [exe, "upload", video, "--base-url", match.group(1), "--json", "--chunk-size", "5MiB"],
            dict(env, APIVIDEO_API_KEY=KEY),
        )
        events = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
        done = [e for e in events if e.get("event") == "done"]
        if not done or done[0].get("bytes") != video.stat().st_size:
            raise SystemExit(fail(f"the upload did not report every byte done: {out!r}"))
        print(f"ok  upload from the command line: {done[0]['bytes']} bytes, one video")
    finally:
        server.terminate()
        server.wait(15)


def run(command: list[object], env: dict[str, str]) -> str:
    result = subprocess.run(
        [str(c) for c in command],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )
    if result.returncode != 0 or result.stderr.strip():
        raise SystemExit(
            fail(
                f"{' '.join(str(c) for c in command[1:])} exited {result.returncode}\n"
                f"stdout: {result.stdout[-1500:]}\nstderr: {result.stderr[-1500:]}"
            )
        )
    return result.stdout


def isolated_env(scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("QT_QPA_PLATFORM", None)
    home = scratch / "home"
    for sub in ("config", "data", "cache", "state", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        TMPDIR=str(home / "tmp"),
    )
    return env


def fail(message: str) -> int:
    print(f"FAILED: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
