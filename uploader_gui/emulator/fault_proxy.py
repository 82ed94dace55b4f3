"""`FaultProxy`: a TCP relay on 127.0.0.1 that plays what a laptop's network does to a client.

Tests and benchmarks put it between a client and the emulator (or any TCP server) and switch it
while traffic flows, from any thread:

* ``refuse()``: the network is down. The listening socket stops listening, so a new connection
  gets "connection refused" (one waiting to be accepted is reset), and every open connection is
  reset (RST).
* ``reset_all()``: every open connection is reset; new ones are handled as before.
* ``black_hole()``: new connections are accepted and never answered. What the client sends is
  read and thrown away, or with ``drain=False`` not read at all (its writes stall once the
  kernel's buffers are full).
* ``freeze_open()``: every connection open now stops passing bytes both ways, kept open and never
  closed (a closed lid, a Wi-Fi hand-over, a NAT that forgot the connection), while new
  connections pass normally.
* ``restore()``: back to passing. New connections reach the server again and frozen ones carry on
  with the bytes they held (a test that wants them gone resets them first). Black-holed
  connections stay silent until the client gives up, ``reset_all()`` or ``close()``.

One thread serves every socket with a selector, and a switch runs on that thread between two
socket operations: once the call returns the switch has taken effect (after ``freeze_open()``
no further byte passes on the frozen connections). ``stats`` counts what happened and
``wait_until`` blocks on it, so a test orders events without sleeping. ``close()`` resets what
is still open and leaves no thread or socket behind.

Bytes are relayed through one buffer per direction and connection (1 MiB by default), read and
written without blocking; Nagle's algorithm is off on both legs so small writes pass when they
are written.
"""

from __future__ import annotations

import contextlib
import errno
import selectors
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Literal, TypeVar, cast

#: Bytes buffered per direction and connection.
BUFFER_SIZE = 1024 * 1024
#: Reads in a row on one socket before other sockets get a turn.
_BURST = 16
#: Connections waiting to be accepted.
_BACKLOG = 128
#: Seconds a switch waits for the proxy's thread to apply it (it never takes that long).
_COMMAND_TIMEOUT = 30.0
#: SO_LINGER on, timeout 0: close() sends RST instead of FIN.
_LINGER_RST = struct.pack("ii", 1, 0)
_READ, _WRITE = selectors.EVENT_READ, selectors.EVENT_WRITE

#: How new connections are handled: passed to the server, black-holed (read and discarded, or
#: not read), or refused (not listening).
Mode = Literal["pass", "black_hole", "black_hole_silent", "refuse"]

T = TypeVar("T")


@dataclass(frozen=True)
class ProxyStats:
    """What the proxy has seen since it started (a snapshot)."""

    #: How new connections are handled now.
    mode: Mode = "pass"
    #: Connections accepted (passed or black-holed).
    accepted: int = 0
    #: Connections open now: passing, connecting to the server, frozen or black-holed.
    open: int = 0
    #: Open connections frozen now.
    frozen: int = 0
    #: Connections accepted into the black hole.
    black_holed: int = 0
    #: Bytes forwarded from clients to the server.
    bytes_up: int = 0
    #: Bytes forwarded from the server to clients.
    bytes_down: int = 0
    #: Bytes read from black-holed connections and thrown away.
    bytes_discarded: int = 0
    #: Connections reset by a switch (``reset_all``, ``refuse``).
    resets: int = 0
    #: Connections reset because the server could not be reached.
    upstream_failures: int = 0
    #: Connections reset because one side reset or broke off while bytes were relayed (the
    #: reset is passed on to the other side).
    peer_resets: int = 0


class _Pipe:
    """One direction of a connection: bytes read from ``src`` wait in ``buf[start:end]`` until
    ``dst`` takes them."""

    __slots__ = ("buf", "dst", "end", "eof", "shut", "src", "start", "up", "view")

    def __init__(self, src: socket.socket, dst: socket.socket, size: int, *, up: bool) -> None:
        self.src, self.dst, self.up = src, dst, up
        self.buf = bytearray(size)
        self.view = memoryview(self.buf)
        self.start = self.end = 0
        self.eof = False  # src has no more to send
        self.shut = False  # dst was told so

    @property
    def pending(self) -> bool:
        return self.start < self.end

    @property
    def reads(self) -> bool:
        return not self.eof and not self.pending

    @property
    def done(self) -> bool:
        return self.eof and not self.pending


_State = Literal["connecting", "open", "black_hole", "black_hole_silent"]


class _Link:
    """A client connection and, when it is passed on, its connection to the server."""

    __slots__ = ("client", "closed", "down", "frozen", "masks", "server", "state", "up")

    def __init__(self, client: socket.socket, state: _State) -> None:
        self.client = client
        self.server: socket.socket | None = None
        self.state: _State = state
        self.frozen = False
        self.closed = False
        self.up: _Pipe | None = None
        self.down: _Pipe | None = None
        #: The selector interest registered per socket (absent or 0: not registered).
        self.masks: dict[socket.socket, int] = {}

    def sockets(self) -> list[socket.socket]:
        return [s for s in (self.client, self.server) if s is not None]


class _Command:
    __slots__ = ("done", "error", "fn", "result")

    def __init__(self, fn: Callable[[], object]) -> None:
        self.fn = fn
        self.done = threading.Event()
        self.result: object = None
        self.error: BaseException | None = None


class FaultProxy:
    """A TCP relay from ``host:port`` to ``target_host:target_port`` with live network faults.

    ``host`` is an IPv4 address (loopback by default) and ``port`` 0 picks a free one, read from
    ``port`` once started. ``buffer_size`` bytes are held per direction and connection. Use it
    as a context manager, or call ``start()`` and ``close()``. Every switch may be called from
    any thread while it runs.
    """

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        buffer_size: int = BUFFER_SIZE,
    ) -> None:
        self.target = (target_host, target_port)
        self.host = host
        self.port = port
        self.buffer_size = buffer_size
        self._target_addr: tuple[socket.AddressFamily, tuple[str, int]] | None = None
        self._listener: socket.socket | None = None
        self._selector: selectors.DefaultSelector | None = None
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._links: set[_Link] = set()
        self._mode: Mode = "pass"
        self._listening = False
        self._stopping = False
        #: Where black-holed bytes are read to (by the proxy's thread only).
        self._scratch = bytearray(buffer_size)
        self._commands: deque[_Command] = deque()
        self._commands_lock = threading.Lock()
        self._accepting_commands = False
        self._stats = ProxyStats()
        self._changed = threading.Condition()
        self._errors: list[BaseException] = []

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        """Listen and relay from a background thread; returns once the port is listening."""
        if self._thread is not None:
            return self
        family, _, _, _, address = socket.getaddrinfo(
            self.target[0], self.target[1], type=socket.SOCK_STREAM
        )[0]
        self._target_addr = (family, (str(address[0]), int(address[1])))
        self._listener = self._listen()
        self.port = int(self._listener.getsockname()[1])
        self._selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        for s in (self._wake_r, self._wake_w):
            s.setblocking(False)
        self._selector.register(self._listener, _READ, "listener")
        self._selector.register(self._wake_r, _READ, "wake")
        self._listening = True
        self._mode = "pass"
        self._stopping = False
        with self._commands_lock:
            self._accepting_commands = True
        self._thread = threading.Thread(
            target=self._run, name=f"fault proxy :{self.port}", daemon=True
        )
        self._thread.start()
        return self

    def _listen(self) -> socket.socket:
        """The listening socket, bound to an explicit port: a socket bound to port 0 gives its
        port back when it stops listening, and ``refuse()`` must keep it. A free port is found
        by binding a first socket to port 0; both share it (SO_REUSEADDR, neither listening
        yet) until the first is closed, so no other socket can take it in between."""
        probe: socket.socket | None = None
        if self.port == 0:
            probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((self.host, 0))
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            port = probe.getsockname()[1] if probe is not None else self.port
            listener.bind((self.host, port))
            listener.listen(_BACKLOG)
            listener.setblocking(False)
        except OSError:
            listener.close()
            raise
        finally:
            if probe is not None:
                probe.close()
        return listener

    def close(self) -> None:
        """Reset every open connection, stop listening and end the thread. Safe to call twice."""
        thread = self._thread
        if thread is None:
            return
        if thread is not threading.current_thread():
            with contextlib.suppress(RuntimeError):  # the loop has ended already
                self._call(self._stop)
            thread.join(timeout=_COMMAND_TIMEOUT)
        self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- what tests read --------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def stats(self) -> ProxyStats:
        with self._changed:
            return self._stats

    @property
    def errors(self) -> tuple[BaseException, ...]:
        """Unexpected errors met while relaying (each cost its connection a reset); a clean
        run has none. Ordinary network errors (a peer's reset, a closed pipe) are not here."""
        with self._changed:
            return tuple(self._errors)

    def wait_until(self, condition: Callable[[ProxyStats], bool], timeout: float = 30.0) -> bool:
        """Block until ``condition(stats)`` holds (checked at every change). False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: condition(self._stats), timeout)

    # -- switches ---------------------------------------------------------------------------

    def refuse(self) -> int:
        """Network down: stop listening (new connections are refused) and reset every open
        connection. Returns how many were reset."""
        return self._call(self._refuse)

    def reset_all(self) -> int:
        """Reset (RST) every open connection, whatever its state. New connections are handled
        as before. Returns how many were reset."""
        return self._call(self._reset_all)

    def black_hole(self, *, drain: bool = True) -> None:
        """Accept new connections and never answer: read what they send and throw it away, or
        with ``drain=False`` read nothing. Open connections are left as they are."""
        self._call(lambda: self._set_mode("black_hole" if drain else "black_hole_silent"))

    def freeze_open(self) -> int:
        """Stop every open connection passing bytes, both ways, without closing it (the bytes
        it holds stay held); new connections are handled as before. Returns how many were
        frozen."""
        return self._call(self._freeze_open)

    def restore(self) -> None:
        """Pass new connections to the server again and let frozen ones carry on."""
        self._call(self._restore)

    # -- running switches on the proxy's thread ---------------------------------------------

    def _call(self, fn: Callable[[], T]) -> T:
        if threading.current_thread() is self._thread:
            return fn()
        command = _Command(fn)
        with self._commands_lock:
            if not self._accepting_commands or self._wake_w is None:
                raise RuntimeError("the fault proxy is not running")
            self._commands.append(command)
            with contextlib.suppress(BlockingIOError):  # a wake-up is pending already
                self._wake_w.send(b"\0")
        if not command.done.wait(_COMMAND_TIMEOUT):
            raise TimeoutError("the fault proxy did not apply the switch")
        if command.error is not None:
            raise command.error
        return cast(T, command.result)

    def _run_commands(self) -> None:
        assert self._wake_r is not None
        try:
            while self._wake_r.recv(4096):
                pass
        except BlockingIOError:
            pass
        while True:
            with self._commands_lock:
                if not self._commands:
                    return
                command = self._commands.popleft()
            try:
                command.result = command.fn()
            except Exception as exc:  # handed to the caller
                command.error = exc
            command.done.set()

    def _stop(self) -> None:
        self._stopping = True

    def _set_mode(self, mode: Mode) -> None:
        listener, selector = self._listener, self._selector
        assert listener is not None and selector is not None
        if mode == "refuse" and self._listening:
            selector.unregister(listener)
            # Leaves LISTEN but keeps the port; a connection not accepted yet is reset.
            listener.shutdown(socket.SHUT_RD)
            self._listening = False
        elif mode != "refuse" and not self._listening:
            listener.listen(_BACKLOG)
            selector.register(listener, _READ, "listener")
            self._listening = True
        self._mode = mode
        self._update_stats()

    def _refuse(self) -> int:
        self._set_mode("refuse")
        return self._reset_all()

    def _restore(self) -> None:
        self._set_mode("pass")
        for link in list(self._links):
            if link.frozen:
                link.frozen = False
                self._service(link)
        self._update_stats()

    def _reset_all(self) -> int:
        links = list(self._links)
        for link in links:
            self._drop(link, reset=True)
        self._update_stats(resets=len(links))
        return len(links)

    def _freeze_open(self) -> int:
        count = 0
        for link in self._links:
            if not link.frozen:
                link.frozen = True
                self._register(link)
                count += 1
        self._update_stats()
        return count

    # -- the loop ---------------------------------------------------------------------------

    def _run(self) -> None:
        selector = self._selector
        assert selector is not None
        try:
            while not self._stopping:
                for key, mask in selector.select():
                    tag = key.data
                    if tag == "wake":
                        self._run_commands()
                    elif tag == "listener":
                        self._accept()
                    else:
                        link = cast(_Link, tag)
                        # A switch earlier in this batch may have frozen or closed it.
                        if not link.closed and not link.frozen:
                            self._on_ready(link, cast(socket.socket, key.fileobj), mask)
        except Exception as exc:  # the loop itself failed: recorded, then everything closed
            self._record_error(exc)
        finally:
            self._shutdown()

    def _shutdown(self) -> None:
        with self._commands_lock:
            self._accepting_commands = False
            left = list(self._commands)
            self._commands.clear()
        for link in list(self._links):
            self._drop(link, reset=True)
        for s in (self._listener, self._wake_r, self._wake_w):
            if s is not None:
                s.close()
        if self._selector is not None:
            self._selector.close()
        self._listener = self._wake_r = self._wake_w = None
        self._selector = None
        self._update_stats()
        for command in left:
            command.error = RuntimeError("the fault proxy is closed")
            command.done.set()

    def _accept(self) -> None:
        listener = self._listener
        assert listener is not None
        for _ in range(_BACKLOG):
            try:
                client, _ = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                if exc.errno in (errno.ECONNABORTED, errno.EPROTO):
                    continue
                raise
            client.setblocking(False)
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._mode == "pass":
                link = _Link(client, "connecting")
                self._links.add(link)
                if not self._connect(link):
                    continue
            else:
                link = _Link(client, cast(_State, self._mode))
                self._links.add(link)
            self._register(link)
            self._update_stats(
                accepted=1, black_holed=int(link.state in ("black_hole", "black_hole_silent"))
            )

    def _connect(self, link: _Link) -> bool:
        """Start connecting to the server; False (and the client reset) when that failed."""
        assert self._target_addr is not None
        family, address = self._target_addr
        server = socket.socket(family, socket.SOCK_STREAM)
        server.setblocking(False)
        server.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        link.server = server
        err = server.connect_ex(address)
        if err not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK):
            self._drop(link, reset=True)
            self._update_stats(accepted=1, upstream_failures=1)
            return False
        return True

    def _on_ready(self, link: _Link, sock: socket.socket, mask: int) -> None:
        try:
            if link.state == "connecting":
                self._connected(link)
            elif link.state == "black_hole":
                self._discard(link)
            elif link.state == "open":
                assert link.up is not None and link.down is not None
                source, sink = (link.up, link.down) if sock is link.client else (link.down, link.up)
                if mask & _WRITE:
                    self._flush(sink)
                if mask & _READ:
                    self._pump(source)
            if not link.closed:
                self._service(link)
        except (ConnectionError, TimeoutError):
            # A peer reset or broke off under us: pass the reset on.
            self._drop(link, reset=True)
            self._update_stats(peer_resets=1)
        except Exception as exc:  # a fault of the proxy: recorded, the connection reset
            self._record_error(exc)
            self._drop(link, reset=True)
            self._update_stats()

    def _connected(self, link: _Link) -> None:
        server = link.server
        assert server is not None
        if server.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR):
            self._drop(link, reset=True)
            self._update_stats(upstream_failures=1)
            return
        link.state = "open"
        link.up = _Pipe(link.client, server, self.buffer_size, up=True)
        link.down = _Pipe(server, link.client, self.buffer_size, up=False)

    def _discard(self, link: _Link) -> None:
        discarded = 0
        for _ in range(_BURST):
            try:
                n = link.client.recv_into(self._scratch)
            except (BlockingIOError, InterruptedError):
                break
            if n == 0:
                self._drop(link, reset=False)
                break
            discarded += n
        self._update_stats(bytes_discarded=discarded)

    def _pump(self, pipe: _Pipe) -> None:
        """Read what ``pipe.src`` has and pass it on, while ``dst`` keeps up."""
        for _ in range(_BURST):
            if not pipe.reads:
                return
            try:
                n = pipe.src.recv_into(pipe.view)
            except (BlockingIOError, InterruptedError):
                return
            if n == 0:
                pipe.eof = True
            pipe.start, pipe.end = 0, n
            if not self._flush(pipe):
                return

    def _flush(self, pipe: _Pipe) -> bool:
        """Write what the pipe holds; True once it is all written."""
        sent_total = 0
        try:
            while pipe.pending:
                try:
                    sent = pipe.dst.send(pipe.view[pipe.start : pipe.end])
                except (BlockingIOError, InterruptedError):
                    return False
                pipe.start += sent
                sent_total += sent
        finally:
            if sent_total:
                if pipe.up:
                    self._update_stats(bytes_up=sent_total)
                else:
                    self._update_stats(bytes_down=sent_total)
        if pipe.eof and not pipe.shut:
            pipe.shut = True
            # The other side may be gone already; its own pipe will see it.
            with contextlib.suppress(OSError):
                pipe.dst.shutdown(socket.SHUT_WR)
        return True

    def _service(self, link: _Link) -> None:
        """Close a connection both of whose directions are finished, else register what it
        waits for."""
        up, down = link.up, link.down
        if link.state == "open" and up is not None and down is not None and up.done and down.done:
            self._drop(link, reset=False)
            self._update_stats()
            return
        self._register(link)

    def _register(self, link: _Link) -> None:
        selector = self._selector
        assert selector is not None
        for sock, mask in self._wanted(link).items():
            old = link.masks.get(sock, 0)
            if mask == old:
                continue
            if old == 0:
                selector.register(sock, mask, link)
            elif mask == 0:
                selector.unregister(sock)
            else:
                selector.modify(sock, mask, link)
            link.masks[sock] = mask

    @staticmethod
    def _wanted(link: _Link) -> dict[socket.socket, int]:
        client, server = link.client, link.server
        wanted = {client: 0} if server is None else {client: 0, server: 0}
        if link.frozen or link.state == "black_hole_silent":
            return wanted
        if link.state == "black_hole":
            wanted[client] = _READ
        elif link.state == "connecting":
            assert server is not None
            wanted[server] = _WRITE
        else:
            up, down = link.up, link.down
            assert server is not None and up is not None and down is not None
            wanted[client] = (_READ if up.reads else 0) | (_WRITE if down.pending else 0)
            wanted[server] = (_READ if down.reads else 0) | (_WRITE if up.pending else 0)
        return wanted

    def _drop(self, link: _Link, *, reset: bool) -> None:
        """Close both sockets of a connection: with RST when ``reset``, else with FIN."""
        if link.closed:
            return
        link.closed = True
        self._links.discard(link)
        selector = self._selector
        for sock in link.sockets():
            if link.masks.get(sock, 0) and selector is not None:
                selector.unregister(sock)
            if reset:
                # A socket the peer reset already may refuse it: closing is enough then.
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RST)
            sock.close()
        link.masks.clear()

    # -- bookkeeping ------------------------------------------------------------------------

    def _update_stats(self, **added: int) -> None:
        """Add to the counters, refresh the gauges and wake whoever waits on them."""
        with self._changed:
            current = self._stats
            counts = {name: getattr(current, name) + n for name, n in added.items() if n}
            self._stats = replace(
                current,
                mode=self._mode,
                open=len(self._links),
                frozen=sum(1 for link in self._links if link.frozen),
                **counts,
            )
            self._changed.notify_all()

    def _record_error(self, exc: BaseException) -> None:
        with self._changed:
            self._errors.append(exc)
