"""The fault proxy over real sockets on 127.0.0.1: each switch as a client and a server see it.

Most tests play the server themselves (a listening socket the test accepts from), so both ends
of a relayed connection are in hand. Events are ordered on the proxy's own counters
(``wait_until``), never on sleeps; the few checks that nothing arrives wait a short, bounded
time for bytes that must not come.
"""

from __future__ import annotations

import hashlib
import os
import select
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from uploader_gui.emulator import Emulator, FaultProxy, ProxyStats

from .helpers import MIB, TIMEOUT, session

#: How long a check that nothing arrives waits (bytes that pass take microseconds).
QUIET = 0.3


@pytest.fixture
def upstream() -> Iterator[socket.socket]:
    """A listening socket standing for the server; the test accepts from it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(TIMEOUT)
    yield server
    server.close()


@pytest.fixture
def proxy(upstream: socket.socket) -> Iterator[FaultProxy]:
    with FaultProxy("127.0.0.1", upstream.getsockname()[1]) as px:
        yield px
    assert px.errors == ()
    assert not [t for t in threading.enumerate() if t.name.startswith("fault proxy")]


def connect(proxy: FaultProxy) -> socket.socket:
    return socket.create_connection(("127.0.0.1", proxy.port), timeout=TIMEOUT)


def pair(proxy: FaultProxy, upstream: socket.socket) -> tuple[socket.socket, socket.socket]:
    """A client connected through the proxy and the server's end of the same connection."""
    client = connect(proxy)
    server, _ = upstream.accept()
    server.settimeout(TIMEOUT)
    return client, server


def recv_exactly(sock: socket.socket, n: int) -> bytes:
    out = bytearray()
    while len(out) < n:
        block = sock.recv(n - len(out))
        assert block, f"closed after {len(out)} of {n} bytes"
        out += block
    return bytes(out)


def quiet(sock: socket.socket) -> bool:
    """Nothing to read on ``sock`` for a short while (neither bytes nor a close)."""
    readable, _, _ = select.select([sock], [], [], QUIET)
    return not readable


def wait(proxy: FaultProxy, condition: Callable[[ProxyStats], bool]) -> None:
    assert proxy.wait_until(condition, TIMEOUT), proxy.stats


def assert_reset(sock: socket.socket) -> None:
    with pytest.raises(ConnectionResetError):
        sock.recv(1)


def hard_close(sock: socket.socket) -> None:
    """Close with RST, as a process killed mid-connection would look to its peer."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def exchange(client: socket.socket, server: socket.socket, up: bytes, down: bytes) -> None:
    client.sendall(up)
    assert recv_exactly(server, len(up)) == up
    server.sendall(down)
    assert recv_exactly(client, len(down)) == down


# -- passing -------------------------------------------------------------------------------------


def test_bytes_pass_both_ways_and_are_counted(proxy: FaultProxy, upstream: socket.socket) -> None:
    assert proxy.base_url == f"http://127.0.0.1:{proxy.port}"
    client, server = pair(proxy, upstream)
    with client, server:
        exchange(client, server, b"ping", b"pong!")
        wait(proxy, lambda s: (s.accepted, s.open, s.bytes_up, s.bytes_down) == (1, 1, 4, 5))
        # A large body arrives whole and in order while the other way stays usable.
        body = os.urandom(48 * MIB)
        sender = threading.Thread(target=client.sendall, args=(body,))
        sender.start()
        got = hashlib.sha256(recv_exactly(server, len(body))).digest()
        sender.join()
        assert got == hashlib.sha256(body).digest()
        exchange(client, server, b"again", b"ok")
        wait(proxy, lambda s: s.bytes_up == 4 + len(body) + 5)


def test_a_half_close_is_passed_on_and_the_connection_ends_cleanly(
    proxy: FaultProxy, upstream: socket.socket
) -> None:
    client, server = pair(proxy, upstream)
    with client, server:
        client.sendall(b"request")
        client.shutdown(socket.SHUT_WR)
        assert recv_exactly(server, 7) == b"request"
        assert server.recv(1) == b""  # the client's FIN, passed on
        server.sendall(b"answer")
        server.close()
        assert recv_exactly(client, 6) == b"answer"
        assert client.recv(1) == b""
        wait(proxy, lambda s: s.open == 0)
    assert proxy.stats.resets == proxy.stats.peer_resets == 0


def test_a_peer_reset_is_passed_on(proxy: FaultProxy, upstream: socket.socket) -> None:
    client, server = pair(proxy, upstream)
    with client:
        exchange(client, server, b"a", b"b")
        hard_close(server)
        assert_reset(client)
        wait(proxy, lambda s: s.open == 0 and s.peer_resets == 1)


def test_an_unreachable_server_resets_the_client(upstream: socket.socket) -> None:
    port = upstream.getsockname()[1]
    upstream.close()  # nothing listens there any more
    with FaultProxy("127.0.0.1", port) as proxy:
        # The reset may come before the client's connect() returns.
        with pytest.raises(ConnectionResetError), connect(proxy) as client:
            client.recv(1)
        wait(proxy, lambda s: s.upstream_failures == 1 and s.open == 0)
        assert proxy.errors == ()


# -- resetting and refusing ----------------------------------------------------------------------


def test_reset_all_resets_every_open_connection_and_new_ones_pass(
    proxy: FaultProxy, upstream: socket.socket
) -> None:
    pairs = [pair(proxy, upstream) for _ in range(3)]
    for client, server in pairs:
        exchange(client, server, b"x", b"y")
    assert proxy.reset_all() == 3
    for client, server in pairs:
        assert_reset(client)  # both ends see a reset, not a clean close
        assert_reset(server)
        client.close()
        server.close()
    stats = proxy.stats
    assert (stats.resets, stats.open, stats.mode) == (3, 0, "pass")
    client, server = pair(proxy, upstream)
    with client, server:
        exchange(client, server, b"after", b"fine")


def test_refuse_is_a_network_down_until_restored(
    proxy: FaultProxy, upstream: socket.socket
) -> None:
    client, server = pair(proxy, upstream)
    exchange(client, server, b"x", b"y")
    port = proxy.port
    assert proxy.refuse() == 1
    assert_reset(client)
    assert_reset(server)
    client.close()
    server.close()
    assert proxy.stats.mode == "refuse"
    for _ in range(3):
        with pytest.raises(ConnectionRefusedError):
            connect(proxy)
    assert proxy.refuse() == 0  # refusing twice changes nothing
    proxy.restore()
    assert proxy.port == port
    client, server = pair(proxy, upstream)
    with client, server:
        exchange(client, server, b"back", b"again")
    assert proxy.stats.accepted == 2


# -- the black hole ------------------------------------------------------------------------------


def test_a_black_hole_takes_everything_and_never_answers(
    proxy: FaultProxy, upstream: socket.socket
) -> None:
    proxy.black_hole()
    with connect(proxy) as client:
        body = os.urandom(16 * MIB)
        client.sendall(body)  # it all goes: the proxy reads it
        wait(proxy, lambda s: s.black_holed == 1 and s.bytes_discarded == len(body))
        assert quiet(client)
        upstream.setblocking(False)
        with pytest.raises(BlockingIOError):
            upstream.accept()  # the server never heard of it
        assert proxy.stats.bytes_up == 0
        # The network coming back does not revive a black-holed connection...
        proxy.restore()
        assert quiet(client)
    # ... but new connections pass.
    upstream.settimeout(TIMEOUT)
    client, server = pair(proxy, upstream)
    with client, server:
        exchange(client, server, b"up", b"down")
    # Every client has closed: so has the proxy, the black-holed connection included.
    wait(proxy, lambda s: s.open == 0)


def test_a_silent_black_hole_reads_nothing(proxy: FaultProxy) -> None:
    proxy.black_hole(drain=False)
    with connect(proxy) as client:
        wait(proxy, lambda s: s.black_holed == 1)
        client.setblocking(False)
        block = bytes(MIB)
        for _ in range(1024):  # far more than the kernel buffers between client and proxy
            try:
                client.send(block)
            except BlockingIOError:
                break
        else:
            pytest.fail("the client's writes never stalled")
        assert proxy.stats.bytes_discarded == 0
        assert proxy.reset_all() == 1
        client.setblocking(True)
        with pytest.raises(ConnectionResetError):
            while client.recv(MIB):
                pass


# -- freezing ------------------------------------------------------------------------------------


def test_freeze_holds_open_connections_both_ways_while_new_ones_pass(
    proxy: FaultProxy, upstream: socket.socket
) -> None:
    client, server = pair(proxy, upstream)
    with client, server:
        exchange(client, server, b"before", b"freeze")
        assert proxy.freeze_open() == 1
        frozen = proxy.stats
        assert (frozen.frozen, frozen.open) == (1, 1)
        client.sendall(b"held up")
        server.sendall(b"held down")
        # A new connection passes at once.
        new_client, new_server = pair(proxy, upstream)
        with new_client, new_server:
            exchange(new_client, new_server, b"new", b"fine")
            wait(proxy, lambda s: s.bytes_up == frozen.bytes_up + 3)
        # The frozen one passed nothing and is not closed either way.
        assert quiet(server) and quiet(client)
        stats = proxy.stats
        assert (stats.bytes_up, stats.bytes_down) == (frozen.bytes_up + 3, frozen.bytes_down + 4)
        assert stats.frozen == 1 and stats.resets == 0
        # Restored, it carries on with what it held.
        proxy.restore()
        assert recv_exactly(server, 7) == b"held up"
        assert recv_exactly(client, 9) == b"held down"
        exchange(client, server, b"and on", b"ok")
        assert proxy.stats.frozen == 0


def test_a_freeze_stops_a_transfer_mid_stream(proxy: FaultProxy, upstream: socket.socket) -> None:
    """A large upload frozen part way: the server gets nothing more until the restore, then
    every byte, in order."""
    client, server = pair(proxy, upstream)
    body = os.urandom(64 * MIB)
    received = bytearray()
    with client, server:
        sender = threading.Thread(target=client.sendall, args=(body,))
        sender.start()
        while len(received) < 8 * MIB:
            received += server.recv(MIB)
        proxy.freeze_open()
        passed = proxy.stats.bytes_up
        # What the proxy had written before the freeze may still be on its way: read it.
        while len(received) < passed:
            received += server.recv(passed - len(received))
        assert quiet(server)
        assert proxy.stats.bytes_up == passed < len(body)
        proxy.restore()
        while len(received) < len(body):
            received += server.recv(MIB)
        sender.join()
    assert bytes(received) == body


def test_frozen_connections_can_then_be_reset(proxy: FaultProxy, upstream: socket.socket) -> None:
    """A NAT that forgot the connection: frozen, then reset when the client tries again."""
    client, server = pair(proxy, upstream)
    with client, server:
        exchange(client, server, b"x", b"y")
        proxy.freeze_open()
        assert proxy.reset_all() == 1
        assert_reset(client)
        assert_reset(server)
        assert proxy.stats.frozen == 0


# -- life cycle ----------------------------------------------------------------------------------


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_close_resets_what_is_open_and_leaves_nothing_behind(upstream: socket.socket) -> None:
    threads, fds = threading.active_count(), open_fds()
    proxy = FaultProxy("127.0.0.1", upstream.getsockname()[1]).start()
    passing = pair(proxy, upstream)
    frozen = pair(proxy, upstream)
    proxy.freeze_open()
    proxy.black_hole()
    holed = connect(proxy)
    wait(proxy, lambda s: s.open == 3)
    proxy.close()
    proxy.close()  # twice is fine
    for sock in (*passing, *frozen, holed):
        assert_reset(sock)
        sock.close()
    assert (threading.active_count(), open_fds()) == (threads, fds)
    assert proxy.stats.open == 0 and proxy.errors == ()
    with pytest.raises(RuntimeError, match="not running"):
        proxy.refuse()


def test_switches_from_many_threads_at_once(proxy: FaultProxy, upstream: socket.socket) -> None:
    switches: list[Callable[[], object]] = [
        proxy.freeze_open,
        proxy.restore,
        proxy.reset_all,
        proxy.black_hole,
        proxy.refuse,
    ]
    failures: list[BaseException] = []

    def flip(offset: int) -> None:
        try:
            for n in range(40):
                switches[(n + offset) % len(switches)]()
        except BaseException as exc:  # reported below
            failures.append(exc)

    workers = [threading.Thread(target=flip, args=(i,)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert failures == []
    proxy.restore()
    client, server = pair(proxy, upstream)
    with client, server:
        exchange(client, server, b"still", b"works")


# -- in front of the emulator --------------------------------------------------------------------


def test_http_to_the_emulator_through_the_proxy(emulator: Emulator) -> None:
    with FaultProxy("127.0.0.1", emulator.port) as proxy:
        s = session()
        made = s.post(f"{proxy.base_url}/videos", json={"title": "via proxy"}, timeout=TIMEOUT)
        assert made.status_code == 201, made.text
        assert [v["title"] for v in emulator.videos()] == ["via proxy"]
        assert proxy.stats.accepted == 1 and proxy.stats.open == 1  # kept alive
        proxy.refuse()
        with pytest.raises(requests.ConnectionError):
            s.get(f"{proxy.base_url}/videos", timeout=TIMEOUT)
        proxy.restore()
        assert s.get(f"{proxy.base_url}/videos", timeout=TIMEOUT).json()["data"]
        stats = proxy.stats
        assert stats.accepted == 2 and stats.resets == 1
        assert stats.bytes_up > 0 and stats.bytes_down > 0
        assert proxy.errors == ()
