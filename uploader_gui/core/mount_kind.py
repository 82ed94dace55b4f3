"""Whether a file's inode number means anything from one run to the next.

On a local disk the inode number stays with the file for its life, so a new number says the
file was deleted and written again. Some file systems make the numbers up instead: FUSE ones
such as sshfs or rclone (without their ``use_ino`` option), VirtualBox shared folders, and CIFS
mounted with ``noserverino`` hand out a new number whenever the file is looked up afresh, so
after a remount or a restart the same file has another. There the inode is no evidence of a
change, and the size, times and sampled content decide alone.

Only Linux tells the file system of a path cheaply (``/proc/self/mountinfo``); elsewhere the
inode is trusted, as the file systems people upload from there (APFS, NTFS) keep it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

MOUNTINFO = Path("/proc/self/mountinfo")
#: File system types whose inode numbers are made up per lookup or per mount. ``fuseblk``
#: (ntfs-3g, exfat on FUSE) keeps the numbers of the disk and is not among them.
_MADE_UP_PREFIXES = ("fuse.",)
_MADE_UP_TYPES = frozenset({"fuse", "vboxsf", "9p"})


def inodes_are_stable(path: Path, mountinfo: Path | None = None) -> bool:
    """False when ``path`` lives on a file system known to renumber its files (see the
    module), or on a CIFS share mounted with ``noserverino``; True otherwise, and whenever the
    mount table (``mountinfo``, by default this process's) cannot be read."""
    try:
        table = mountinfo if mountinfo is not None else MOUNTINFO
        text = table.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True
    where = os.path.abspath(path)
    best: tuple[str, str, str] | None = None  # mount point, type, super options
    for line in text.splitlines():
        mount = _parse(line)
        if mount is None or not _contains(mount[0], where):
            continue
        if best is None or len(mount[0]) >= len(best[0]):
            best = mount
    if best is None:
        return True
    _point, fs_type, options = best
    if fs_type in _MADE_UP_TYPES or fs_type.startswith(_MADE_UP_PREFIXES):
        return False
    return not (fs_type in ("cifs", "smb3") and "noserverino" in options.split(","))


def _parse(line: str) -> tuple[str, str, str] | None:
    """Mount point, file system type and super options of one ``mountinfo`` line."""
    head, sep, tail = line.partition(" - ")
    fields = head.split()
    rest = tail.split()
    if not sep or len(fields) < 5 or len(rest) < 1:
        return None
    point = _unescape(fields[4])
    options = rest[2] if len(rest) >= 3 else ""
    return point, rest[0], options


def _unescape(text: str) -> str:
    """The kernel writes a space, tab, newline and backslash in a path as octal escapes."""
    for code in ("040", "011", "012", "134"):
        text = text.replace("\\" + code, chr(int(code, 8)))
    return text


def _contains(point: str, path: str) -> bool:
    return point in ("/", path) or path.startswith(point.rstrip("/") + "/")
