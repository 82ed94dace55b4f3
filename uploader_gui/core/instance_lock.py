"""One running uploader per upload store, so two copies never send the same queue twice.

The lock is an operating-system lock on an open file (``flock`` on macOS and Linux, a byte-range
lock on Windows). The system drops it when the process ends, however it ends, so a crash, a
forced quit or a power cut never leaves a stale lock that the user would have to delete by hand.
The file itself stays; only the lock on it matters. It holds the owner's process id for messages.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from uploader_gui.core.reasons import Reason, Why

# Windows byte-range locks are mandatory: nobody else may read a locked byte. Locking a byte far
# past the process id keeps the id readable (locking past the end of a file is allowed).
_WINDOWS_LOCK_OFFSET = 1 << 20


class AlreadyRunningError(RuntimeError):
    """Another process holds the lock."""

    def __init__(self) -> None:
        super().__init__(str(Why.ALREADY_RUNNING))
        self.reason = Reason(Why.ALREADY_RUNNING)


class InstanceLock:
    """An exclusive, non-blocking lock on ``path``; use :meth:`acquire` or ``with``.

    Two ``InstanceLock`` objects on the same path exclude each other even in one process.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it; False at once if someone does. Idempotent."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            return False
        self._fd = fd
        with contextlib.suppress(OSError):
            # Only informative: a failure to write the id must not lose the lock.
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def holder_pid(self) -> int | None:
        """The process id written by the current holder, when it can be read (for messages)."""
        try:
            text = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return int(text) if text.isdigit() else None

    def __enter__(self) -> InstanceLock:
        if not self.acquire():
            raise AlreadyRunningError()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
