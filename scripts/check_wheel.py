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
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

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
    with app_env().emulator_process(
        [sys.executable, "-I"], scratch / "srv", KEY, env=env
    ) as base_url:
        out = run(
            [exe, "upload", video, "--base-url", base_url, "--json", "--chunk-size", "5MiB"],
            dict(env, APIVIDEO_API_KEY=KEY),
        )
    events = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    done = [e for e in events if e.get("event") == "done"]
    if not done or done[0].get("bytes") != video.stat().st_size:
        raise SystemExit(fail(f"the upload did not report every byte done: {out!r}"))
    print(f"ok  upload from the command line: {done[0]['bytes']} bytes, one video")


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


def app_env() -> ModuleType:
    """``benchmarks/app_env.py``, loaded by path: the source tree stays off ``sys.path``."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "app_env.py"
    spec = importlib.util.spec_from_file_location("app_env", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def isolated_env(scratch: Path) -> dict[str, str]:
    env: dict[str, str] = app_env().isolated_env(scratch)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


def fail(message: str) -> int:
    print(f"FAILED: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
