"""The entry point: self-test, version, and a plain line when there is no screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from uploader_gui import __version__
from uploader_gui.gui.app import MSG_NO_SCREEN, main, needs_screen

ROOT = Path(__file__).resolve().parents[2]


def run(
    args: list[str], env: dict[str, str], timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "uploader_gui", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def headless_env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    # Logs and settings of the child go to the test's folder, not the developer's home.
    env["HOME"] = str(tmp_path)
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    return env


def test_self_test_uploads_through_the_window_and_exits_0(tmp_path: Path) -> None:
    result = run(["--self-test"], headless_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().startswith("Self-test passed")
    assert result.stderr == ""
    log = next((tmp_path / "state").rglob("uploader-gui.log")).read_text()
    assert "finished: video" in log


def test_no_screen_gives_one_plain_line(tmp_path: Path) -> None:
    result = run([], headless_env(tmp_path), timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == MSG_NO_SCREEN
    assert "Aborted" not in result.stderr and "qt.qpa" not in result.stderr


def test_version(capsys: object) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert out.strip() == f"api.video Uploader {__version__}"


def test_needs_screen_reads_the_environment(monkeypatch: object) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)  # type: ignore[attr-defined]
    assert needs_screen() is sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")  # type: ignore[attr-defined]
    assert not needs_screen()


def test_the_app_has_its_icon(qtbot: object) -> None:
    from uploader_gui.gui.app_icon import app_icon, icon_candidates

    assert any(p.is_file() for p in icon_candidates())
    assert not app_icon().isNull()
