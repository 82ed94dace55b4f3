"""Runs a frozen build the way a person would, and fails on anything unexpected.

Checks, in order: ``--version`` prints the package's version; ``--check-keyring`` stores and
reads back a secret in the system keyring (``--keyring``); ``--self-test`` uploads through the
window offscreen; the same self-test on a real X server with the time to the first window
(``--x11``, needs Xvfb and xwininfo); and a command-line upload to the emulator. Every run has
its own empty home, config, data and temp folders, and any output on stderr fails the check:
a frozen app that warns on start-up is broken in a way users will see.

Usage: python packaging/smoke_test.py BUNDLE_DIR [--keyring] [--x11] [--figures FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bundle_rules as rules  # noqa: E402

from benchmarks.app_env import emulator_process, isolated_env, private_x_server  # noqa: E402

#: stderr lines that are not the app's doing. Empty on purpose: add a pattern only with the
#: reason it is harmless.
STDERR_ALLOWED: tuple[re.Pattern[str], ...] = ()
TIMEOUT = 180.0
WINDOW_TITLE = "api.video Uploader"
CLI_FILE_SIZE = 6 * 2**20
CLI_KEY = "smoke-test-key-0123456789"


class SmokeTestError(Exception):
    pass


def executable(bundle: Path) -> Path:
    """The program that prints: on Windows the console twin of the windowed app."""
    if sys.platform == "win32":
        return bundle / f"{rules.CONSOLE_EXE_NAME}.exe"
    else:
        return bundle / rules.EXE_NAME


def unexpected_stderr(text: str) -> list[str]:
    return [
        line
        for line in text.splitlines()
        if line.strip() and not any(p.search(line) for p in STDERR_ALLOWED)
    ]


def run(
    name: str, argv: Sequence[str | Path], env: dict[str, str], *, expect: str
) -> tuple[str, float]:
    """Runs the program; fails unless it exits 0 with ``expect`` on stdout and a quiet stderr."""
    started = time.perf_counter()
    proc = subprocess.run(
        [str(a) for a in argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    elapsed = time.perf_counter() - started
    noise = unexpected_stderr(proc.stderr)
    if proc.returncode != 0 or expect not in proc.stdout or noise:
        raise SmokeTestError(
            f"{name}: exit {proc.returncode}, expected {expect!r} on stdout\n"
            f"--- stdout ---\n{proc.stdout}--- stderr ---\n{proc.stderr}"
        )
    print(f"ok  {name} ({elapsed:.2f} s): {proc.stdout.strip().splitlines()[-1]}")
    return proc.stdout, elapsed


def check_version(exe: Path, scratch: Path) -> float:
    expect = f"{WINDOW_TITLE} {rules.read_version()}"
    times = [run("--version", [exe, "--version"], isolated_env(scratch), expect=expect)[1]]
    times += [run("--version", [exe, "--version"], isolated_env(scratch), expect=expect)[1]]
    return min(times)


def check_keyring(exe: Path, scratch: Path) -> str:
    out, _ = run(
        "--check-keyring",
        [exe, "--check-keyring"],
        isolated_env(scratch),
        expect="Keyring check passed",
    )
    return out.splitlines()[0].removeprefix("Keyring: ")


def check_self_test(exe: Path, scratch: Path, **env: str) -> float:
    """The self-test on ``env["DISPLAY"]``, else on Qt's offscreen platform (on every system,
    so a CI machine's desktop session, or lack of one, does not matter)."""
    if "DISPLAY" not in env:
        env["QT_QPA_PLATFORM"] = "offscreen"
    label = "--self-test" + (f" on {env['DISPLAY']}" if "DISPLAY" in env else " offscreen")
    return run(
        label, [exe, "--self-test"], isolated_env(scratch, **env), expect="Self-test passed"
    )[1]


def _xquery(*argv: str) -> str:
    return subprocess.run(list(argv), capture_output=True, text=True, check=False).stdout


def _viewable_window(display: str) -> str | None:
    """The id of the main window (the app's title and WM_CLASS) once it is viewable."""
    marker = f'"{WINDOW_TITLE}": ("{rules.EXE_NAME}" '
    for line in _xquery("xwininfo", "-root", "-tree", "-display", display).splitlines():
        if marker in line:
            window = line.split()[0]
            if "IsViewable" in _xquery("xwininfo", "-id", window, "-display", display):
                return window
    return None


def time_to_window(exe: Path, scratch: Path, display: str) -> float:
    """Seconds from launch until the main window is shown on ``display``; it must carry the
    app's icon (read from the bundle's resources)."""
    env = isolated_env(scratch, DISPLAY=display)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "--demo"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        while time.perf_counter() - started < 60:
            if proc.poll() is not None:
                raise SmokeTestError(f"--demo exited early ({proc.returncode})")
            window = _viewable_window(display)
            if window is not None:
                elapsed = time.perf_counter() - started
                break
            time.sleep(0.02)
        else:
            raise SmokeTestError("--demo showed no window within 60 s")
        icon = _xquery("xprop", "-display", display, "-id", window, "_NET_WM_ICON")
        if "_NET_WM_ICON(CARDINAL)" not in icon:
            raise SmokeTestError("the window has no icon: are resources/icons in the bundle?")
        print(f"ok  first window, with its icon, on {display} after {elapsed:.2f} s")
        return elapsed
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        if unexpected_stderr(err):
            raise SmokeTestError(f"--demo wrote to stderr:\n{err}")


def check_cli_upload(exe: Path, scratch: Path) -> float:
    """The frozen command line uploads a file to the emulator (run from the source tree)."""
    from uploader_gui.gui.demo_server import write_sample_video

    video = scratch / "cli-sample.mp4"
    write_sample_video(video, CLI_FILE_SIZE, random_body=True)
    try:
        with emulator_process([sys.executable], scratch / "emulator", CLI_KEY, cwd=ROOT) as url:
            out, elapsed = run(
                "upload (command line)",
                [exe, "upload", video, "--base-url", url, "--json", "--chunk-size", "5MiB"],
                isolated_env(scratch, APIVIDEO_API_KEY=CLI_KEY),
                expect='"event": "done"',
            )
    except RuntimeError as exc:
        raise SmokeTestError(str(exc)) from exc
    events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if not any(e.get("event") == "done" for e in events):
        raise SmokeTestError(f"upload: no done event in {out!r}")
    return elapsed


def check_links(bundle: Path) -> None:
    """Every symbolic link in the bundle leads to a file (a pruned library leaves none behind)."""
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    if dangling:
        raise SmokeTestError(f"dangling links in the bundle: {[str(p) for p in dangling]}")
    print("ok  no dangling links in the bundle")


def bundle_size(bundle: Path) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder build (dist/uploader-gui)")
    parser.add_argument("--keyring", action="store_true", help="require a working keyring")
    parser.add_argument("--x11", action="store_true", help="also run on a private Xvfb")
    parser.add_argument("--figures", type=Path, help="write the measured figures here (JSON)")
    args = parser.parse_args(argv)
    exe = executable(args.bundle)
    if not exe.is_file():
        print(f"No executable at {exe}", file=sys.stderr)
        return 2
    figures: dict[str, object] = {"bundle_mib": round(bundle_size(args.bundle) / 2**20, 1)}
    scratch = Path(tempfile.mkdtemp(prefix="uploader-gui-smoke-"))
    try:
        check_links(args.bundle)
        figures["version_s"] = round(check_version(exe, scratch), 2)
        if args.keyring:
            figures["keyring"] = check_keyring(exe, scratch)
        figures["self_test_offscreen_s"] = round(check_self_test(exe, scratch), 2)
        if args.x11:
            with private_x_server() as display:
                figures["self_test_x11_s"] = round(
                    check_self_test(exe, scratch, DISPLAY=display), 2
                )
                if shutil.which("xwininfo") and shutil.which("xprop"):
                    figures["first_window_s"] = round(time_to_window(exe, scratch, display), 2)
                else:
                    print("--  first window not timed: x11-utils (xwininfo, xprop) not installed")
        figures["cli_upload_s"] = round(check_cli_upload(exe, scratch), 2)
    except (SmokeTestError, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("Smoke test passed: " + json.dumps(figures))
    if args.figures:
        args.figures.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
