"""Starting the app at login, hidden in the tray, watching its folders.

Each system keeps its own list of what starts at login, and each has a :class:`LoginItem` here
that writes or removes this app's entry in it, always starting the app with :data:`HIDDEN_FLAG`:

* Linux and other freedesktop systems (:class:`XdgAutostart`): a ``.desktop`` file in the
  autostart folder (``$XDG_CONFIG_HOME/autostart``, by default ``~/.config/autostart``), which
  every desktop reads at login.
* macOS (:class:`LaunchAgent`): a property list in ``~/Library/LaunchAgents``, which launchd
  loads at the next login by itself (no ``launchctl`` call is needed, and none is made: loading
  it now would start a second copy of the app at once).
* Windows (:class:`RunKey`): a value under the per-user ``Run`` key of the registry, whose data
  is the command line Explorer runs at login. :mod:`winreg` exists only there, so it is
  imported only there.

:func:`login_item` picks the one for this system, or ``None`` where none applies.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from uploader_gui import APP_DISPLAY_NAME, APP_NAME

#: Start without showing the window (in the tray, when the desktop has one).
HIDDEN_FLAG = "--hidden"
FILE_NAME = f"{APP_NAME}.desktop"
#: launchd's name for the job, reverse-DNS as launchd asks; the same as the macOS bundle's
#: identifier, so the entry is recognisably this app's in System Settings › Login Items.
LAUNCH_AGENT_LABEL = "video.api.uploader"
#: The per-user list of programs Explorer starts at login (under ``HKEY_CURRENT_USER``).
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class LoginItem(Protocol):
    """This app's entry in the system's list of what starts at login."""

    def is_enabled(self) -> bool:
        """Whether the entry is there now (whoever wrote it)."""
        ...

    def enable(self, command: Sequence[str]) -> None:
        """Write the entry so that ``command`` plus :data:`HIDDEN_FLAG` runs at login.
        Raises OSError when it cannot be written."""
        ...

    def disable(self) -> None:
        """Remove the entry; no error when it is not there. Raises OSError otherwise."""
        ...


def login_item(platform: str = sys.platform) -> LoginItem | None:
    """The login entry of this system, or ``None`` where this app knows none (Cygwin, whose
    Python has no registry access and whose desktop, if any, is not the Windows one)."""
    if platform == "darwin":
        return LaunchAgent()
    if platform == "win32":
        return RunKey()
    if platform.startswith("cygwin"):
        return None
    return XdgAutostart()


def supported(platform: str = sys.platform) -> bool:
    """Whether starting at login can be switched on here."""
    return login_item(platform) is not None


def start_command(platform: str = sys.platform) -> list[str]:
    """How this app is started again, without a console window: the bundled program when
    frozen, else on Windows ``pythonw`` running the package (the installed ``uploader-gui.exe``
    is a console program there, which would open a terminal at every login), elsewhere the
    installed ``uploader-gui`` command when there is one, else this interpreter running the
    package."""
    executable = Path(sys.executable)
    if getattr(sys, "frozen", False):
        # The Windows bundle also holds a console twin; login must start the windowed one.
        windowed = executable.with_name(executable.name.replace("-console", "", 1))
        return [str(windowed if windowed.is_file() else executable)]
    if platform == "win32":
        pythonw = executable.with_name("pythonw" + executable.suffix)
        return [str(pythonw if pythonw.is_file() else executable), "-m", "uploader_gui"]
    found = shutil.which(APP_NAME)
    if found:
        return [str(Path(found).absolute())]
    return [sys.executable, "-m", "uploader_gui"]


def _replace_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".new")
    partial.write_bytes(data)
    os.replace(partial, path)


# -- Linux and other freedesktop systems -----------------------------------------------------


def autostart_file(environ: Mapping[str, str] = os.environ) -> Path:
    """Where the login entry is written: ``$XDG_CONFIG_HOME/autostart/uploader-gui.desktop``,
    ``~/.config/autostart/…`` when the variable is unset or not an absolute path (as the
    freedesktop specification says to ignore a relative one)."""
    config = environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / FILE_NAME


def _exec_argument(arg: str) -> str:
    """One argument of a desktop entry's ``Exec`` line, quoted as the specification asks."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the login entry that starts ``command`` hidden."""
    line = " ".join(_exec_argument(a) for a in [*command, HIDDEN_FLAG])
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_DISPLAY_NAME}\n"
        f"Exec={line}\n"
        f"Icon={APP_NAME}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class XdgAutostart:
    """The freedesktop autostart entry. The folder is read from ``environ`` once, when made."""

    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self.path = autostart_file(environ)

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        _replace_atomically(self.path, desktop_entry(command).encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# -- macOS -----------------------------------------------------------------------------------


def home_folder(environ: Mapping[str, str] = os.environ) -> Path:
    """The person's home: ``$HOME`` when it is an absolute path other than the root, else the
    account's home from the user database. launchd reads the agents of the account's home, so a
    relative, empty or root ``$HOME`` (a shell that lost it, a service account) must not send
    the file into the current folder or into ``/Library/LaunchAgents``, which is every user's."""
    given = environ.get("HOME", "")
    if given and os.path.isabs(given):
        path = Path(os.path.normpath(given))
        if path != Path(path.anchor):
            return path
    if sys.platform == "win32":  # no user database, and no launchd to read the file either
        return Path.home()
    else:
        import pwd

        return Path(pwd.getpwuid(os.getuid()).pw_dir)


def launch_agent_file(home: Path) -> Path:
    return home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def launch_agent(command: Sequence[str]) -> bytes:
    """The property list that has launchd start ``command`` hidden once at login. It has no
    ``KeepAlive``: quitting the app must not have launchd start it again."""
    job = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": [*command, HIDDEN_FLAG],
        "RunAtLoad": True,
        # Only in a graphical login: the app has a window and a tray icon to show.
        "LimitLoadToSessionType": "Aqua",
    }
    return plistlib.dumps(job, fmt=plistlib.FMT_XML)


class LaunchAgent:
    """The macOS login entry. ``home`` defaults to :func:`home_folder`."""

    def __init__(self, home: Path | None = None) -> None:
        self.path = launch_agent_file(home if home is not None else home_folder())

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        _replace_atomically(self.path, launch_agent(command))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# -- Windows ---------------------------------------------------------------------------------


def _quoted_argument(arg: str) -> str:
    """One argument as the Microsoft C runtime (and ``CommandLineToArgvW``) reads it back:
    bare when it has no space, tab or quote; else in quotes, with each quote escaped by a
    backslash and the backslashes that end up before a quote doubled (elsewhere backslashes
    are taken literally, as in every Windows path)."""
    if arg and not any(c in arg for c in ' \t\n\v"'):
        return arg
    out: list[str] = ['"']
    backslashes = 0
    for c in arg:
        if c == "\\":
            backslashes += 1
            continue
        if c == '"':
            out.append("\\" * (backslashes * 2 + 1) + '"')
        else:
            out.append("\\" * backslashes + c)
        backslashes = 0
    out.append("\\" * (backslashes * 2) + '"')
    return "".join(out)


def windows_command_line(command: Sequence[str]) -> str:
    """The command line of a ``Run`` value: ``command`` plus :data:`HIDDEN_FLAG`.

    The program is always quoted: unquoted, ``C:\\Program Files\\…`` could run
    ``C:\\Program.exe``. Windows reads the program's name up to the closing quote with no
    escapes at all, which is fine since a Windows path cannot hold a quote; one that does is
    refused with ValueError rather than written as a line that would start something else."""
    program, *arguments = command
    if not program or '"' in program:
        raise ValueError(f"not a program path: {program!r}")
    return " ".join(['"' + program + '"', *map(_quoted_argument, [*arguments, HIDDEN_FLAG])])


def _run_value(name: str) -> str | None:
    """The data of the ``Run`` value ``name``, ``None`` when there is none."""
    if sys.platform != "win32":
        raise OSError("the registry exists only on Windows")
    else:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                data, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(data)


def _set_run_value(name: str, data: str | None) -> None:
    """Write the ``Run`` value ``name`` (a plain string, as Explorer expects), or delete it when
    ``data`` is ``None``."""
    if sys.platform != "win32":
        raise OSError("the registry exists only on Windows")
    else:
        import winreg

        access = winreg.KEY_SET_VALUE
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, access) as key:
            if data is not None:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, data)
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, name)


class RunKey:
    """The Windows login entry: the value ``name`` under :data:`RUN_KEY` of the current user."""

    def __init__(self, name: str = APP_NAME) -> None:
        self.name = name

    def is_enabled(self) -> bool:
        return _run_value(self.name) is not None

    def command_line(self) -> str | None:
        """The command line written, ``None`` when there is none."""
        return _run_value(self.name)

    def enable(self, command: Sequence[str]) -> None:
        _set_run_value(self.name, windows_command_line(command))

    def disable(self) -> None:
        _set_run_value(self.name, None)
