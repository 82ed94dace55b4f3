"""Starting at login on macOS and Windows, as far as each can be checked for real here.

The macOS LaunchAgent is only a file, so it is written into a temporary home and read back
with plistlib on any system, through the Watched folders dialog too. The Windows ``Run`` value's
command line is a pure function, read back here by the rules Windows splits it with; the
registry write itself runs on Windows only, against the real ``Run`` key, under a value name of
its own that the test removes again.
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

import pytest

from uploader_gui import APP_NAME
from uploader_gui.gui import autostart
from uploader_gui.gui.app import parse_args
from uploader_gui.gui.app_settings import AppSettings
from uploader_gui.gui.watch_settings import WatchSettings
from uploader_gui.gui.watched_folders_dialog import WatchedFoldersDialog


def test_each_system_has_its_login_entry() -> None:
    assert isinstance(autostart.login_item("darwin"), autostart.LaunchAgent)
    assert isinstance(autostart.login_item("win32"), autostart.RunKey)
    assert isinstance(autostart.login_item("linux"), autostart.XdgAutostart)
    assert isinstance(autostart.login_item("freebsd14"), autostart.XdgAutostart)
    assert autostart.login_item("cygwin") is None
    assert all(autostart.supported(p) for p in ("darwin", "win32", "linux"))
    assert not autostart.supported("cygwin")


# -- macOS -----------------------------------------------------------------------------------


def read_agent(path: Path) -> dict[str, object]:
    with path.open("rb") as f:
        job = plistlib.load(f)
    assert isinstance(job, dict)
    return job


def test_the_launch_agent_starts_the_app_hidden_once_at_login(tmp_path: Path) -> None:
    home = tmp_path / "home of someone"
    agent = autostart.LaunchAgent(home)
    assert agent.path == home / "Library" / "LaunchAgents" / "video.api.uploader.plist"
    assert not agent.is_enabled()
    agent.disable()  # nothing to remove: no error

    program = "/Applications/api.video Uploader.app/Contents/MacOS/uploader-gui"
    agent.enable([program])  # the folders are made as needed
    assert agent.is_enabled()
    job = read_agent(agent.path)
    assert job["Label"] == autostart.LAUNCH_AGENT_LABEL
    assert job["ProgramArguments"] == [program, autostart.HIDDEN_FLAG]
    assert job["RunAtLoad"] is True
    assert "KeepAlive" not in job  # quitting the app must stay quitting
    assert list(agent.path.parent.iterdir()) == [agent.path]  # no partial file left

    agent.enable(["/usr/local/bin/python3", "-m", "uploader_gui"])  # replaced, not appended
    args = read_agent(agent.path)["ProgramArguments"]
    assert args == ["/usr/local/bin/python3", "-m", "uploader_gui", "--hidden"]
    assert isinstance(args, list) and parse_args(args[-1:]).hidden

    agent.disable()
    assert not agent.path.exists() and not agent.is_enabled()
    agent.disable()


def the_account_home() -> Path:
    if sys.platform == "win32":
        raise OSError("the user database is POSIX")
    else:
        import pwd

        return Path(pwd.getpwuid(os.getuid()).pw_dir)


@pytest.mark.skipif(sys.platform == "win32", reason="the user database is POSIX")
def test_the_home_of_the_launch_agent_is_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    account_home = the_account_home()
    assert autostart.home_folder({"HOME": str(tmp_path)}) == tmp_path
    assert autostart.home_folder({"HOME": f"{tmp_path}/x/../y/"}) == tmp_path / "y"
    # Relative, empty, unset or the root: never the current folder, nor /Library/LaunchAgents.
    for odd in ("relative/home", "~", "", "/", "//"):
        assert autostart.home_folder({"HOME": odd}) == account_home, odd
    assert autostart.home_folder({}) == account_home

    monkeypatch.setenv("HOME", "relative/home")
    path = autostart.LaunchAgent().path
    assert path.is_absolute()
    assert path == account_home / "Library" / "LaunchAgents" / "video.api.uploader.plist"


def test_the_dialog_writes_and_removes_the_launch_agent(
    app_settings: AppSettings, qtbot: object, tmp_path: Path
) -> None:
    agent = autostart.LaunchAgent(tmp_path / "home")
    dialog = WatchedFoldersDialog(app_settings, login_item=agent)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.login_check.isVisibleTo(dialog)
    assert not dialog.login_check.isChecked()
    dialog.login_check.setChecked(True)
    dialog.accept()
    assert dialog.result() == WatchedFoldersDialog.DialogCode.Accepted
    args = read_agent(agent.path)["ProgramArguments"]
    assert args == [*autostart.start_command(), autostart.HIDDEN_FLAG]

    again = WatchedFoldersDialog(app_settings, login_item=agent)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.login_check.isChecked()
    again.login_check.setChecked(False)
    again.accept()
    assert not agent.path.exists()


def test_the_dialog_says_when_the_login_entry_cannot_be_written(
    app_settings: AppSettings, qtbot: object, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.write_text("a file where the home should be")
    dialog = WatchedFoldersDialog(app_settings, login_item=autostart.LaunchAgent(home))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.settle_spin.setValue(25)
    dialog.login_check.setChecked(True)
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.result() != WatchedFoldersDialog.DialogCode.Accepted
    assert app_settings.recording_settle != 25.0  # nothing saved
    assert app_settings.watch() == WatchSettings()


# -- Windows ---------------------------------------------------------------------------------


def split_windows(line: str) -> list[str]:
    """A command line split as Windows does (``CommandLineToArgvW`` and the C runtime): the
    program up to its closing quote with no escapes, then arguments where 2n backslashes before
    a quote are n backslashes and the quote opens or closes, 2n+1 are n and a literal quote,
    and other backslashes are literal."""
    if line.startswith('"'):
        end = line.index('"', 1)
        args, i = [line[1:end]], end + 1
    else:
        end = next((j for j, c in enumerate(line) if c in " \t"), len(line))
        args, i = [line[:end]], end
    while True:
        while i < len(line) and line[i] in " \t":
            i += 1
        if i == len(line):
            return args
        current: list[str] = []
        quoted = False
        while i < len(line) and (quoted or line[i] not in " \t"):
            if line[i] == "\\":
                n = len(line[i:]) - len(line[i:].lstrip("\\"))
                i += n
                if i < len(line) and line[i] == '"':
                    current.append("\\" * (n // 2))
                    if n % 2:
                        current.append('"')
                        i += 1
                else:
                    current.append("\\" * n)
            elif line[i] == '"':
                if quoted and line[i + 1 : i + 2] == '"':
                    current.append('"')
                    i += 2
                else:
                    quoted = not quoted
                    i += 1
            else:
                current.append(line[i])
                i += 1
        args.append("".join(current))


ODD_ARGUMENTS = [
    "plain",
    "with space",
    'say "hi"',
    "C:\\folder with space\\",
    "C:\\no\\space\\",
    'ends in a quote"',
    'back\\\\slash"quote\\"',
    "",
    "tab\there",
    "\\\\server\\share\\",
]


def test_the_run_value_quotes_the_program_and_every_argument() -> None:
    exe = "C:\\Program Files\\api.video Uploader\\uploader-gui.exe"
    assert autostart.windows_command_line([exe]) == f'"{exe}" --hidden'
    pythonw = "C:\\Python311\\pythonw.exe"
    assert autostart.windows_command_line([pythonw, "-m", "uploader_gui"]) == (
        '"C:\\Python311\\pythonw.exe" -m uploader_gui --hidden'
    )
    assert autostart.windows_command_line(["C:\\a b\\p.exe", "x y", 'q"', "d\\ e\\"]) == (
        '"C:\\a b\\p.exe" "x y" "q\\"" "d\\ e\\\\" --hidden'
    )
    line = autostart.windows_command_line([exe, *ODD_ARGUMENTS])
    assert split_windows(line) == [exe, *ODD_ARGUMENTS, "--hidden"]
    for bad in ("", 'C:\\odd"name.exe'):  # a quote would end the program's name early
        with pytest.raises(ValueError):
            autostart.windows_command_line([bad])


def test_the_start_command_has_no_console(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    python = tmp_path / "python.exe"
    python.touch()
    monkeypatch.setattr(sys, "executable", str(python))
    assert autostart.start_command("win32") == [str(python), "-m", "uploader_gui"]
    pythonw = tmp_path / "pythonw.exe"
    pythonw.touch()
    assert autostart.start_command("win32") == [str(pythonw), "-m", "uploader_gui"]

    # The frozen Windows bundle: the windowed program, even when its console twin is running.
    console = tmp_path / "uploader-gui-console.exe"
    console.touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(console))
    assert autostart.start_command("win32") == [str(console)]  # no windowed one beside it
    windowed = tmp_path / "uploader-gui.exe"
    windowed.touch()
    assert autostart.start_command("win32") == [str(windowed)]
    monkeypatch.setattr(sys, "executable", str(windowed))
    assert autostart.start_command("win32") == [str(windowed)]
    # The frozen macOS app: the program inside the bundle.
    inside = tmp_path / "api.video Uploader.app" / "Contents" / "MacOS" / "uploader-gui"
    monkeypatch.setattr(sys, "executable", str(inside))
    assert autostart.start_command("darwin") == [str(inside)]


def windows_argv(line: str) -> list[str]:
    """How Windows itself splits ``line`` (``CommandLineToArgvW``)."""
    if sys.platform != "win32":
        raise OSError("Windows only")
    else:
        import ctypes
        from ctypes import wintypes

        shell32 = ctypes.windll.shell32
        shell32.CommandLineToArgvW.restype = ctypes.POINTER(wintypes.LPWSTR)
        count = ctypes.c_int()
        argv = shell32.CommandLineToArgvW(line, ctypes.byref(count))
        try:
            return [str(argv[i]) for i in range(count.value)]
        finally:
            ctypes.windll.kernel32.LocalFree(argv)


@pytest.mark.skipif(sys.platform != "win32", reason="the registry exists only on Windows")
def test_the_run_value_is_written_and_removed_for_real() -> None:
    entry = autostart.RunKey(f"{APP_NAME}-test-{os.getpid()}")
    command = [*autostart.start_command(), *ODD_ARGUMENTS]
    try:
        assert not entry.is_enabled()
        entry.enable(command)
        assert entry.is_enabled()
        line = entry.command_line()
        assert line == autostart.windows_command_line(command)
        assert windows_argv(line) == [*command, autostart.HIDDEN_FLAG]
        assert split_windows(line) == [*command, autostart.HIDDEN_FLAG]
    finally:
        entry.disable()
    assert not entry.is_enabled() and entry.command_line() is None
    entry.disable()  # removing twice is no error
