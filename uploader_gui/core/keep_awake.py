"""Keeping the computer awake while uploads run, where the system allows it.

A laptop that goes to sleep halfway through a long upload loses the connection, and the
creator comes back to a file that is still waiting. While at least one upload holds the
:class:`KeepAwake`, the system is asked not to sleep; when the last one lets go, the request is
withdrawn. Each system has its own way of asking, tried in order until one works:

* Linux: logind's ``Inhibit`` on the system bus (sleep and idle; the request lasts as long as
  the file descriptor it returns stays open), else the desktop's ``org.freedesktop.ScreenSaver``
  on the session bus, else the ``systemd-inhibit`` command;
* macOS: a ``caffeinate -i -w <our pid>`` child, which also ends if the app dies;
* Windows: ``SetThreadExecutionState`` on a small thread of its own (the state belongs to the
  thread that set it).

When none works, that is said once in the log and in :attr:`KeepAwake.state`; uploads
run as before.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from uploader_gui import APP_DISPLAY_NAME

log = logging.getLogger(__name__)

WHY = "Uploading videos"
#: How long one request to the system may take before that way is given up.
CALL_TIMEOUT = 2.0
#: A helper command that has not exited after this long is taken to hold the request.
COMMAND_SETTLE = 0.3

#: Undoes one successful request.
Release = Callable[[], None]


class AwakeState(StrEnum):
    """Whether the computer is kept awake (stable identifiers; the fronts word them)."""

    UNKNOWN = "unknown"  # not asked yet
    KEEPING = "keeping"
    UNAVAILABLE = "unavailable"  # no way to keep this system awake works


@dataclass(frozen=True)
class Backend:
    """One way of asking the system not to sleep: ``acquire`` raises when it cannot."""

    name: str
    acquire: Callable[[], Release]


class KeepAwake:
    """Reference-counted by holder: the system is asked not to sleep while any holder holds.

    ``hold``/``let_go`` are idempotent per holder (holding twice is one hold), safe from any
    thread, and return at once: asking the system is a D-Bus call or a helper process that can
    take a second or two (``CALL_TIMEOUT``), and the window calls ``hold`` on its own thread the
    moment a file starts, so the asking happens on a small thread of this object's own, which
    brings the system in line with the latest wish (a hold and a let-go in quick succession may
    ask nothing at all). :meth:`settled` waits for it. The backends are tried in order on each
    first hold; the one that works is used.
    """

    def __init__(self, backends: Sequence[Backend] | None = None) -> None:
        self._backends = list(platform_backends() if backends is None else backends)
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._holders: set[Hashable] = set()
        self._release: Release | None = None
        self._enabled = True
        self._told_unavailable = False
        self._state = AwakeState.UNKNOWN
        self._stale = False  # the wish changed since the system was last brought in line
        self._asking = False  # the thread is talking to the system
        self._thread: threading.Thread | None = None
        self.backend_name = ""

    # -- what the window reads -------------------------------------------------------------
    @property
    def state(self) -> AwakeState:
        """Kept awake, or not possible here (each front words it), or not asked yet."""
        with self._lock:
            return self._state

    @property
    def active(self) -> bool:
        """Whether the system is being asked not to sleep right now."""
        with self._lock:
            return self._release is not None

    @property
    def holders(self) -> int:
        with self._lock:
            return len(self._holders)

    @property
    def enabled(self) -> bool:
        with self._lock:
            return self._enabled

    # -- holding -----------------------------------------------------------------------------
    def hold(self, holder: Hashable) -> None:
        with self._lock:
            self._holders.add(holder)
            self._wish_changed()

    def let_go(self, holder: Hashable) -> None:
        with self._lock:
            self._holders.discard(holder)
            self._wish_changed()

    def set_enabled(self, enabled: bool) -> None:
        """The creator's setting; turning it off withdraws the request as soon as it can."""
        with self._lock:
            self._enabled = enabled
            self._wish_changed()

    def close(self, timeout: float = 2 * CALL_TIMEOUT + 1) -> None:
        """Let every holder go and wait (bounded) for the request to be withdrawn: the app
        is quitting, and a request left standing would outlive the reason for it."""
        with self._lock:
            self._holders.clear()
            self._wish_changed()
        self.settled(timeout)

    def settled(self, timeout: float | None = None) -> bool:
        """Wait until the system is in line with the holders; False if ``timeout`` passed."""
        with self._changed:
            return self._changed.wait_for(lambda: not (self._stale or self._asking), timeout)

    def _wish_changed(self) -> None:
        """(lock held) Wake the asking thread, starting it on first need."""
        want = self._enabled and bool(self._holders)
        if want == (self._release is not None) and not self._asking:
            return  # already in line: nothing to ask
        self._stale = True
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="keep awake", daemon=True)
            self._thread.start()
        self._changed.notify_all()

    def _run(self) -> None:
        """Bring the system request in line with the latest wish, then wait for the next one.
        The thread ends once nothing has been wished for a while and starts again when needed."""
        with self._lock:
            while True:
                if not self._changed.wait_for(lambda: self._stale, timeout=60.0):
                    self._thread = None
                    return
                self._stale = False
                want = self._enabled and bool(self._holders)
                if want == (self._release is not None):
                    self._changed.notify_all()
                    continue
                self._asking = True
                release = self._release
                self._lock.release()
                try:
                    if want:
                        acquired = self._acquire()
                    else:
                        acquired = None
                        if release is not None:
                            _withdraw(release)
                finally:
                    self._lock.acquire()
                self._release = acquired
                self._asking = False
                self._changed.notify_all()

    def _acquire(self) -> Release | None:
        """(lock not held) The first backend that works, its state recorded."""
        for backend in self._backends:
            try:
                release = backend.acquire()
            except Exception as exc:
                log.debug("Keeping awake with %s failed: %s", backend.name, exc)
                continue
            with self._lock:
                if backend.name != self.backend_name:
                    log.info("Keeping this computer awake while uploading (%s)", backend.name)
                self.backend_name = backend.name
                self._state = AwakeState.KEEPING
            return release
        with self._lock:
            if not self._told_unavailable:
                self._told_unavailable = True
                log.warning("Sleep can't be prevented on this system: uploads stop if it sleeps.")
            self._state = AwakeState.UNAVAILABLE
        return None


def _withdraw(release: Release) -> None:
    try:
        release()
    except Exception:
        log.warning("Could not withdraw the keep-awake request", exc_info=True)


def platform_backends() -> list[Backend]:
    """The ways this system may offer, most reliable first."""
    platform = sys.platform  # a plain string, so type checkers keep every branch
    if platform.startswith("linux"):
        backends = [
            Backend("logind", _login1_inhibit),
            Backend("screen saver", _screensaver_inhibit),
        ]
        if shutil.which("systemd-inhibit"):
            backends.append(Backend("systemd-inhibit", _systemd_inhibit_command))
        return backends
    if platform == "darwin":
        return [Backend("caffeinate", _caffeinate)]
    if platform == "win32":
        return [Backend("SetThreadExecutionState", _windows_execution_state)]
    return []


# -- Linux -----------------------------------------------------------------------------------


def _login1_inhibit() -> Release:
    """logind hands back a file descriptor: the request stands until it is closed."""
    from jeepney import DBusAddress, new_method_call  # type: ignore[import-untyped]
    from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

    login1 = DBusAddress(
        "/org/freedesktop/login1",
        bus_name="org.freedesktop.login1",
        interface="org.freedesktop.login1.Manager",
    )
    conn = open_dbus_connection(bus="SYSTEM", enable_fds=True)
    try:
        message = new_method_call(
            login1, "Inhibit", "ssss", ("sleep:idle", APP_DISPLAY_NAME, WHY, "block")
        )
        reply = conn.send_and_get_reply(message, timeout=CALL_TIMEOUT)
    finally:
        conn.close()
    _raise_for_error(reply)
    handle: Any = reply.body[0]
    fd: int = handle.to_raw_fd() if hasattr(handle, "to_raw_fd") else int(handle)
    return lambda: os.close(fd)


SCREENSAVER_NAME = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"


def _screensaver_inhibit(bus: str = "SESSION") -> Release:
    """The desktop's inhibitor: a cookie, withdrawn with ``UnInhibit``. Desktops drop the
    request when the asking connection closes, so the connection stays open while it holds."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    address = DBusAddress(SCREENSAVER_PATH, bus_name=SCREENSAVER_NAME, interface=SCREENSAVER_NAME)
    conn = open_dbus_connection(bus=bus)
    try:
        reply = conn.send_and_get_reply(
            new_method_call(address, "Inhibit", "ss", (APP_DISPLAY_NAME, WHY)),
            timeout=CALL_TIMEOUT,
        )
        _raise_for_error(reply)
        cookie = int(reply.body[0])
    except BaseException:
        conn.close()
        raise

    def release() -> None:
        try:
            conn.send_and_get_reply(
                new_method_call(address, "UnInhibit", "u", (cookie,)), timeout=CALL_TIMEOUT
            )
        finally:
            conn.close()

    return release


def _raise_for_error(reply: Any) -> None:
    from jeepney import MessageType

    if reply.header.message_type is MessageType.error:
        raise OSError(f"D-Bus error: {reply.header.fields} {reply.body}")


def _systemd_inhibit_command() -> Release:
    """``systemd-inhibit`` holding ``cat``: it ends when we close its input, or when we die."""
    argv = [
        "systemd-inhibit",
        "--what=sleep:idle",
        f"--who={APP_DISPLAY_NAME}",
        f"--why={WHY}",
        "--mode=block",
        "cat",
    ]
    return _child_holding(argv, closes_with_stdin=True)


# -- macOS -----------------------------------------------------------------------------------


def _caffeinate() -> Release:
    return _child_holding(["caffeinate", "-i", "-w", str(os.getpid())], closes_with_stdin=False)


def _child_holding(argv: list[str], *, closes_with_stdin: bool) -> Release:
    """A helper process that holds the request while it runs; one that exits at once failed."""
    child = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        code = child.wait(COMMAND_SETTLE)
    except subprocess.TimeoutExpired:
        pass
    else:
        raise OSError(f"{argv[0]} exited at once with status {code}")

    def release() -> None:
        if closes_with_stdin and child.stdin is not None:
            child.stdin.close()
        else:
            child.terminate()
        try:
            child.wait(CALL_TIMEOUT)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if child.stdin is not None and not child.stdin.closed:
            child.stdin.close()

    return release


# -- Windows ---------------------------------------------------------------------------------

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001


def _windows_execution_state() -> Release:
    """The execution state belongs to the thread that sets it, so a thread of its own sets it,
    waits, and clears it."""
    import ctypes

    kernel32: Any = getattr(ctypes, "windll").kernel32  # noqa: B009 (Windows only)
    done = threading.Event()
    started = threading.Event()
    result: list[int] = []

    def hold() -> None:
        result.append(int(kernel32.SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED)))
        started.set()
        if result[0]:
            done.wait()
            kernel32.SetThreadExecutionState(ES_CONTINUOUS)

    thread = threading.Thread(target=hold, name="keep-awake", daemon=True)
    thread.start()
    started.wait(CALL_TIMEOUT)
    if not result or not result[0]:
        raise OSError("SetThreadExecutionState refused")

    def release() -> None:
        done.set()
        thread.join(CALL_TIMEOUT)

    return release
