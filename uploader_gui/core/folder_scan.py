"""What a drop of files and folders contains: the videos to queue, and what was left out and why.

People drop whole camera cards and project folders, so the walk must be quick on thousands of
files, never follow a symbolic link round in circles, stay quiet about the clutter operating
systems leave behind (``.DS_Store``, ``Thumbs.db``), and turn every problem into a line the user
can read instead of an exception. Paths are listed in the order given; inside a folder, its own
files come first in natural order ("clip 2" before "clip 10"), then its sub-folders.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from uploader_gui.core.file_checks import FileCheck, check_file
from uploader_gui.core.reasons import Why, because

DEFAULT_LIMIT = 20_000

#: Files and folders that operating systems and tools create by themselves, compared in lower
#: case. Anything whose name starts with a dot is skipped as well.
JUNK_NAMES = frozenset(
    {
        "thumbs.db",
        "ehthumbs.db",
        "ehthumbs_vista.db",
        "desktop.ini",
        "$recycle.bin",
        "system volume information",
        "lost+found",
        "icon\r",
    }
)
_WINDOWS_HIDDEN = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 2) | getattr(
    stat, "FILE_ATTRIBUTE_SYSTEM", 4
)
_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True)
class ScanResult:
    """Checked files, in order. ``truncated`` when the limit stopped the walk (a rejected entry
    says so); ``cancelled`` when the caller asked to stop."""

    accepted: list[FileCheck] = field(default_factory=list)
    rejected: list[FileCheck] = field(default_factory=list)
    truncated: bool = False
    cancelled: bool = False


def natural_key(name: str) -> tuple[tuple[str | int, ...], str]:
    """Sort key that orders numbers by value and ignores case: "Clip 2" < "clip 10"."""
    parts = _DIGITS.split(name.casefold())
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts)), name


def is_junk(entry: os.DirEntry[str]) -> bool:
    """Hidden files and operating-system clutter, skipped silently inside folders."""
    name = entry.name
    if name.startswith(".") or name.casefold() in JUNK_NAMES:
        return True
    if os.name == "nt":
        try:
            attributes: int = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
        except OSError:
            return False
        return bool(attributes & _WINDOWS_HIDDEN)
    return False


def _folder_problem(path: Path, exc: OSError) -> FileCheck:
    if isinstance(exc, PermissionError):
        error = "permission denied"
    elif isinstance(exc, FileNotFoundError):
        error = "it was moved or deleted"
    else:
        error = exc.strerror or type(exc).__name__
    reason = because(Why.FOLDER_UNREADABLE, error=error)
    return FileCheck(path=path, ok=False, size=0, reason=reason, kind=None)


class _StopScanError(Exception):
    """Unwinds the walk when the limit is reached or the caller cancels."""


class _Scan:
    def __init__(self, limit: int, cancelled: Callable[[], bool] | None) -> None:
        self.limit = limit
        self.cancelled = cancelled
        self.accepted: list[FileCheck] = []
        self.rejected: list[FileCheck] = []
        self.seen_files: set[str] = set()
        self.seen_dirs: set[tuple[int, int]] = set()
        self.examined = 0
        self.truncated = False
        self.was_cancelled = False

    def _check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            self.was_cancelled = True
            raise _StopScanError

    def add_file(self, path: Path, real: str, where: Path) -> None:
        """Check one file; ``where`` is the folder named if the limit stops the scan here."""
        if real in self.seen_files:
            return
        self._check_cancelled()
        if self.examined >= self.limit:
            self.truncated = True
            reason = because(Why.TOO_MANY_FILES, limit=self.limit)
            self.rejected.append(FileCheck(path=where, ok=False, size=0, reason=reason, kind=None))
            raise _StopScanError
        self.seen_files.add(real)
        self.examined += 1
        result = check_file(path)
        (self.accepted if result.ok else self.rejected).append(result)

    def _enter_dir(self, path: Path) -> bool:
        """Whether ``path`` is a folder not walked yet (this is what stops symlink loops)."""
        try:
            st = os.stat(path)
        except OSError as exc:
            self.rejected.append(_folder_problem(path, exc))
            return False
        key = (st.st_dev, st.st_ino)
        if key in self.seen_dirs:
            return False
        self.seen_dirs.add(key)
        return True

    def _list(self, path: Path) -> Iterator[tuple[os.DirEntry[str], bool]]:
        with os.scandir(path) as it:
            for entry in it:
                if is_junk(entry):
                    continue
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False  # check_file will say what is wrong with it
                yield entry, is_dir

    def walk(self, root: Path) -> None:
        if not self._enter_dir(root):
            return
        stack = [(root, os.path.realpath(root))]
        while stack:
            folder, real_folder = stack.pop()
            self._check_cancelled()
            try:
                entries = sorted(self._list(folder), key=lambda e: natural_key(e[0].name))
            except OSError as exc:
                self.rejected.append(_folder_problem(folder, exc))
                continue
            subfolders: list[tuple[Path, str]] = []
            for entry, is_dir in entries:
                path = Path(entry.path)
                symlink = entry.is_symlink()
                real = os.path.realpath(path) if symlink else os.path.join(real_folder, entry.name)
                if is_dir:
                    if self._enter_dir(path):
                        subfolders.append((path, real))
                else:
                    self.add_file(path, real, folder)
            stack.extend(reversed(subfolders))

    def add(self, path: Path) -> None:
        path = path.absolute()
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError:
            is_dir = False  # check_file will say what is wrong with it
        if is_dir:
            self.walk(path)
        else:
            self.add_file(path, os.path.realpath(path), path)


def scan_paths(
    paths: Iterable[Path],
    *,
    limit: int = DEFAULT_LIMIT,
    cancelled: Callable[[], bool] | None = None,
) -> ScanResult:
    """Check every file in ``paths``, walking folders; each file appears once.

    At most ``limit`` files are checked, so an accidental drop of a home folder ends quickly.
    ``cancelled`` is asked before each file and folder; when it returns True the files checked so
    far are returned.
    """
    scan = _Scan(limit, cancelled)
    try:
        for path in paths:
            scan.add(Path(path))
    except _StopScanError:
        pass
    return ScanResult(
        accepted=scan.accepted,
        rejected=scan.rejected,
        truncated=scan.truncated,
        cancelled=scan.was_cancelled,
    )
