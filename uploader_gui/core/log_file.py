"""Log files that give up quietly when the disk refuses them.

A log is for whoever investigates later; it must never get in the creator's way. Python's own
handlers print a "--- Logging error ---" block with a traceback to the terminal at every record
they cannot write (a full disk, a removed drive, a read-only folder), in the middle of the
command's output or on the console of a window. These handlers stop at the first refusal and
call ``on_give_up`` once, so the front can say it in one plain line.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from typing import Any


class _GivesUpQuietly(logging.Handler):
    def __init__(
        self, *args: Any, on_give_up: Callable[[BaseException], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._on_give_up = on_give_up
        self.given_up = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.given_up:
            super().emit(record)

    def flush(self) -> None:
        if not self.given_up:
            super().flush()  # a refusal here reaches handleError through emit
            return
        with contextlib.suppress(OSError, ValueError):
            super().flush()

    def close(self) -> None:
        # What the buffer still holds cannot be written either: closing must not raise.
        with contextlib.suppress(OSError, ValueError):
            super().close()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        error = sys.exc_info()[1]
        if self.given_up or not isinstance(error, OSError | ValueError):
            return  # a malformed record (a bug in a log call) loses that record only
        self.given_up = True
        if self._on_give_up is not None:
            self._on_give_up(error)


class QuietFileHandler(_GivesUpQuietly, logging.FileHandler):
    """A :class:`logging.FileHandler` that stops at the first write the disk refuses."""


class QuietRotatingFileHandler(_GivesUpQuietly, RotatingFileHandler):
    """A :class:`RotatingFileHandler` that stops at the first write the disk refuses."""
