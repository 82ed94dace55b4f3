"""Quitting cleanly when the system asks: SIGTERM (logout, shutdown, ``kill``), SIGINT (Ctrl+C
in the terminal that started the window) and SIGHUP (that terminal closed).

Python runs a signal handler only when the interpreter gets control, and the Qt event loop
keeps it in C++ for as long as nothing happens: a plain handler would wait for the next mouse
move. So the signal's number is written to a socket (``signal.set_wakeup_fd``) that a
``QSocketNotifier`` watches, and the window is then closed the ordinary way on the GUI thread:
uploads are stopped (not cancelled, so a kept queue continues at the next start), the keep-awake
request is released, and the Local demo's temporary folder is removed. The exit status is the
shell's convention, 128 + the signal's number. A signal the window was started with ignored
(``nohup``, or Ctrl+C for a job started in the background) stays ignored.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

#: The signals that mean "quit now", where the system has them.
QUIT_SIGNALS = tuple(
    sig
    for sig in (
        getattr(signal, "SIGTERM", None),
        getattr(signal, "SIGINT", None),
        getattr(signal, "SIGHUP", None),
    )
    if sig is not None
)


class QuitOnSignals(QObject):
    """Calls ``on_quit(signal_number)`` on the GUI thread when a quit signal arrives; once
    only: a second signal while quitting is ignored. Must be made on the main thread."""

    def __init__(self, on_quit: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_quit = on_quit
        self._fired = False
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous_handlers: dict[int, object] = {}
        for sig in QUIT_SIGNALS:
            if signal.getsignal(sig) is signal.SIG_IGN:
                continue  # ignored on purpose (``nohup``, a background job's Ctrl+C): kept so
            try:
                self._previous_handlers[sig] = signal.signal(sig, _note)
            except (OSError, ValueError):  # not settable here (e.g. off the main thread)
                log.warning("Cannot handle signal %s", sig)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:
            return
        for number in data:
            if number in QUIT_SIGNALS and not self._fired:
                self._fired = True
                log.info("Quitting on signal %s", signal.Signals(number).name)
                self._on_quit(number)

    def close(self) -> None:
        """Give the signals back to what handled them before."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous_handlers.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(sig, handler)  # type: ignore[arg-type]
        self._reader.close()
        self._writer.close()


def _note(signum: int, frame: object) -> None:
    """The Python-level handler: nothing to do, the wake-up socket already carries the number
    (a handler must exist, or the default action would end the process at once)."""
