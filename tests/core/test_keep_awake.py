"""Keeping the computer awake: counting holders, falling back, and the desktop's D-Bus service."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator

import pytest

from uploader_gui.core.keep_awake import (
    SCREENSAVER_NAME,
    SCREENSAVER_PATH,
    WHY,
    AwakeState,
    Backend,
    KeepAwake,
    Release,
    _screensaver_inhibit,
)


class FakeSystem:
    """Counts requests and withdrawals; can be told to refuse."""

    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.requests = 0
        self.withdrawals = 0

    def acquire(self) -> Release:
        if self.refuse:
            raise OSError("not here")
        self.requests += 1

        def release() -> None:
            self.withdrawals += 1

        return release

    def holding(self) -> bool:
        # A method, not a property: a type checker would keep what an earlier assert narrowed
        # a property to, though every hold and let-go changes the answer.
        return self.requests > self.withdrawals


def test_first_holder_asks_and_last_one_withdraws() -> None:
    system = FakeSystem()
    awake = KeepAwake([Backend("fake", system.acquire)])
    awake.hold(1)
    awake.hold(2)
    awake.hold(2)  # holding twice is one hold
    assert awake.settled(5)
    assert (system.requests, awake.active, awake.holders) == (1, True, 2)
    awake.let_go(1)
    assert awake.settled(5)
    assert system.holding()
    awake.let_go(1)  # letting go twice is harmless
    assert awake.settled(5)
    assert system.holding()
    awake.let_go(2)
    assert awake.settled(5)
    assert (system.requests, system.withdrawals, awake.active) == (1, 1, False)
    awake.hold(3)
    assert awake.settled(5)
    assert system.requests == 2 and awake.state is AwakeState.KEEPING
    awake.close()
    assert not system.holding() and awake.holders == 0


def test_turning_the_setting_off_withdraws_and_on_asks_again() -> None:
    system = FakeSystem()
    awake = KeepAwake([Backend("fake", system.acquire)])
    awake.set_enabled(False)
    awake.hold("a")
    assert awake.settled(5)
    assert system.requests == 0 and not awake.active
    awake.set_enabled(True)
    assert awake.settled(5)
    assert system.holding()
    awake.set_enabled(False)
    assert awake.settled(5)
    assert not system.holding() and awake.holders == 1


def test_falls_back_to_the_next_way_and_says_once_when_none_works(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken, second = FakeSystem(refuse=True), FakeSystem()
    awake = KeepAwake([Backend("broken", broken.acquire), Backend("second", second.acquire)])
    awake.hold(1)
    assert awake.settled(5)
    assert second.holding() and awake.backend_name == "second"

    nothing = KeepAwake([Backend("broken", broken.acquire)])
    with caplog.at_level(logging.WARNING, logger="uploader_gui.core.keep_awake"):
        for n in range(3):
            nothing.hold(n)
            assert nothing.settled(5)
            nothing.let_go(n)
    assert nothing.state is AwakeState.UNAVAILABLE and not nothing.active
    assert sum("can't be prevented" in r.getMessage() for r in caplog.records) == 1
    assert KeepAwake([]).state is AwakeState.UNKNOWN


def test_holding_returns_before_the_system_answers() -> None:
    """The window holds on its own thread when a file starts: a slow system (a D-Bus call, a
    helper process) must not freeze it. The request is made on the object's own thread."""
    asked, answer = threading.Event(), threading.Event()
    withdrawn = threading.Event()

    def slow_acquire() -> Release:
        asked.set()
        answer.wait(30)
        return withdrawn.set

    awake = KeepAwake([Backend("slow", slow_acquire)])
    awake.hold(1)
    assert asked.wait(5)
    assert not answer.is_set() and not awake.settled(0)  # hold returned while the system thinks
    answer.set()
    assert awake.settled(5) and awake.active
    awake.let_go(1)
    awake.hold(2)  # a let-go then a hold: held in the end, whichever the thread saw first
    assert awake.settled(5) and awake.active
    awake.close()
    assert withdrawn.is_set() and not awake.active


def test_holds_from_many_threads_balance() -> None:
    system = FakeSystem()
    awake = KeepAwake([Backend("fake", system.acquire)])

    def churn(base: int) -> None:
        for n in range(200):
            awake.hold((base, n % 3))
            awake.let_go((base, n % 3))

    threads = [threading.Thread(target=churn, args=(b,)) for b in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert awake.settled(5)
    assert not system.holding() and awake.holders == 0


# -- the desktop's screen saver, for real on the test session bus ---------------------------


class ScreenSaverService:
    """A minimal org.freedesktop.ScreenSaver on the session bus, recording what it was asked."""

    def __init__(self) -> None:
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

        self.calls: list[tuple[str, tuple[object, ...]]] = []
        self.conn = open_dbus_connection(bus="SESSION")
        reply = self.conn.send_and_get_reply(message_bus.RequestName(SCREENSAVER_NAME), timeout=5)
        if reply.body[0] != 1:  # another screen saver owns the name
            self.conn.close()
            pytest.skip("a screen saver already runs on this session bus")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return  # type: ignore[import-untyped]

        while not self._stop.is_set():
            try:
                msg = self.conn.receive(timeout=0.1)
            except TimeoutError:
                continue
            except OSError:
                return
            header = msg.header
            if header.message_type is not MessageType.method_call:
                continue
            member = header.fields.get(HeaderFields.member)
            path = header.fields.get(HeaderFields.path)
            self.calls.append((str(member), tuple(msg.body)))
            if path == SCREENSAVER_PATH and member == "Inhibit":
                self.conn.send(new_method_return(msg, "u", (41,)))
            elif path == SCREENSAVER_PATH and member == "UnInhibit":
                self.conn.send(new_method_return(msg))
            else:
                self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.conn.close()


@pytest.fixture
def screensaver() -> Iterator[ScreenSaverService]:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("no D-Bus session bus (run the tests inside dbus-run-session)")
    service = ScreenSaverService()
    yield service
    service.close()


def test_screensaver_inhibits_while_held_and_uninhibits_after(
    screensaver: ScreenSaverService,
) -> None:
    awake = KeepAwake([Backend("screen saver", _screensaver_inhibit)])
    awake.hold(1)
    awake.hold(2)
    assert awake.settled(5)
    assert awake.active
    awake.let_go(1)
    assert awake.settled(5)
    assert [name for name, _ in screensaver.calls] == ["Inhibit"]
    assert screensaver.calls[0][1][1] == WHY
    awake.let_go(2)
    assert awake.settled(5)
    assert screensaver.calls[-1] == ("UnInhibit", (41,))
    assert not awake.active


def test_no_screensaver_on_the_bus_means_no_backend() -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("no D-Bus session bus (run the tests inside dbus-run-session)")
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus="SESSION") as conn:
        bus = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
        )
        owned = conn.send_and_get_reply(
            new_method_call(bus, "NameHasOwner", "s", (SCREENSAVER_NAME,)), timeout=5
        )
    if owned.body[0]:
        pytest.skip("a screen saver runs on this session bus")
    awake = KeepAwake([Backend("screen saver", _screensaver_inhibit)])
    awake.hold(1)
    assert awake.settled(5)
    assert not awake.active and awake.state is AwakeState.UNAVAILABLE
