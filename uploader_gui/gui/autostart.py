"""Starting the app at login, hidden in the tray, watching its folders.

On Linux and other freedesktop systems this is a ``.desktop`` file in the autostart folder
(``$XDG_CONFIG_HOME/autostart``, by default ``~/.config/autostart``), which every desktop reads
at login. It starts the app with :data:`HIDDEN_FLAG`. Elsewhere (Windows, macOS) the option is
not offered: :func:`supported` says so, and the README tells how to do it by hand.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from uploader_gui import APP_DISPLAY_NAME, APP_NAME

#: Start without showing the window (in the tray, when the desktop has one).
HIDDEN_FLAG = "--hidden"
FILE_NAME = f"{APP_NAME}.desktop"


def supported(platform: str = sys.platform) -> bool:
    """Whether starting at login can be switched on here (freedesktop systems)."""
    return not platform.startswith(("win", "darwin", "cygwin"))


def autostart_file(environ: Mapping[str, str] = os.environ) -> Path:
    """Where the login entry is written: ``$XDG_CONFIG_HOME/autostart/uploader-gui.desktop``,
    ``~/.config/autostart/…`` when the variable is unset or not an absolute path (as the
    freedesktop specification says to ignore a relative one)."""
    config = environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / FILE_NAME


def start_command() -> list[str]:
    """How this app is started again: the bundled program when frozen, the installed
    ``uploader-gui`` command when there is one, else this interpreter running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    found = shutil.which(APP_NAME)
    if found:
        return [str(Path(found).absolute())]
    return [sys.executable, "-m", "uploader_gui"]


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


def is_enabled(environ: Mapping[str, str] = os.environ) -> bool:
    return autostart_file(environ).is_file()


def set_enabled(
    on: bool, environ: Mapping[str, str] = os.environ, command: Sequence[str] | None = None
) -> None:
    """Write or remove the login entry. Raises OSError when the folder cannot be written."""
    path = autostart_file(environ)
    if not on:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    text = desktop_entry(command if command is not None else start_command())
    partial = path.with_name(path.name + ".new")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
