"""This process's footprint: resident memory, threads and open handles.

Long sessions are judged by these figures (a window left uploading for hours must not grow), so
they are read the same way by the app's diagnostics and by anything that watches it. Linux reads
them exactly from ``/proc``; elsewhere what the standard library offers is used and the rest is
left unknown (None) rather than guessed.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ProcessStats:
    #: Resident memory now; on systems without /proc, the peak so far.
    rss_bytes: int | None
    threads: int
    #: Open file descriptors (sockets, files, pipes); None where they cannot be counted.
    handles: int | None


def read_process_stats(pid: int | str = "self") -> ProcessStats:
    """The figures of ``pid`` (this process by default; another one on Linux only)."""
    proc = Path("/proc") / str(pid)
    if (proc / "status").exists():
        return _from_proc(proc)
    return _from_stdlib()


def _from_proc(proc: Path) -> ProcessStats:
    rss: int | None = None
    threads = 0
    for line in (proc / "status").read_text(encoding="ascii", errors="replace").splitlines():
        key, _, value = line.partition(":")
        if key == "VmRSS":
            rss = int(value.split()[0]) * 1024  # reported in kB
        elif key == "Threads":
            threads = int(value.strip())
    try:
        handles: int | None = len(os.listdir(proc / "fd"))
    except OSError:
        handles = None
    return ProcessStats(rss_bytes=rss, threads=threads, handles=handles)


def _from_stdlib() -> ProcessStats:
    rss: int | None = None
    if sys.platform != "win32":
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rss = peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere
    return ProcessStats(rss_bytes=rss, threads=threading.active_count(), handles=None)
