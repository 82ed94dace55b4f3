"""Waiting for the network actively, instead of sitting out a backoff chosen while offline.

When uploads wait after a connection error, one thread checks every :data:`PROBE_INTERVAL`
seconds whether the API host answers again: a TCP connection, then one light request
(``HEAD /`` with no credential, over TLS for https). The moment it does, every upload waiting
on that host is woken, so bytes move again seconds after the network returns rather than up to
half a minute later. The backoff still decides for server errors (5xx, 429 with its
``Retry-After``): a server that answers but refuses is not helped by trying sooner.

The probe carries no key or token, so it may go straight to the host: behind a proxy that
forbids direct connections it never succeeds, and uploads simply wait out their backoff as
before. A stuck request (no byte moving for the stall window) is judged with the same probe
on a fresh connection: if the host answers, the connection was stuck, not the network, and the
chunk is sent again at once (see :mod:`uploader_gui.core.upload`).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from uploader_gui.core.environments import is_loopback_host

log = logging.getLogger(__name__)

#: Seconds between two probes of a host while uploads wait for it.
PROBE_INTERVAL = 1.5
#: The most one probe may take (connecting, the TLS handshake, the answer's first bytes).
PROBE_TIMEOUT = 3.0


def host_answers(base_url: str, timeout: float = PROBE_TIMEOUT) -> bool:
    """Whether the host of ``base_url`` takes a connection and answers one light request
    (any HTTP status line will do) within ``timeout`` seconds."""
    parts = urlsplit(base_url)
    host = parts.hostname
    if not host:
        return False
    secure = parts.scheme == "https"
    try:
        port = parts.port or (443 if secure else 80)
    except ValueError:
        return False
    request = f"HEAD / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode("ascii")
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.settimeout(timeout)
            if secure:
                # Nothing secret goes out, and only "does it answer" is asked: the certificate
                # is the real requests' business, so it is not checked here.
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
                with context.wrap_socket(raw, server_hostname=host) as tls:
                    tls.sendall(request)
                    return tls.recv(5) == b"HTTP/"
            raw.sendall(request)
            return raw.recv(5) == b"HTTP/"
    except (OSError, UnicodeError):
        return False


@dataclass
class _Wait:
    wake: Callable[[], None]
    #: The host was found unreachable during (or just before) this wait.
    down: bool


class NetworkWatch:
    """Wakes uploads waiting for a host as soon as it answers again (see the module).

    Uploads register for the length of their wait with :meth:`waiting`; one daemon thread
    probes each host somebody waits for, and sleeps when nobody waits. Thread-safe.
    """

    def __init__(
        self,
        probe: Callable[[str], bool] = host_answers,
        interval: float = PROBE_INTERVAL,
    ) -> None:
        self._probe = probe
        self._interval = interval
        self._cond = threading.Condition()
        #: Per base URL, each registered wait.
        self._waits: dict[str, dict[int, _Wait]] = {}
        self._next = 0
        self._thread: threading.Thread | None = None

    @contextlib.contextmanager
    def waiting(
        self, base_url: str, wake: Callable[[], None], *, down: bool = False
    ) -> Iterator[None]:
        """While the block runs, ``wake`` is called (once) when ``base_url``'s host answers
        after being unreachable: ``down`` says it was found so already (a connection refused,
        a probe that failed); otherwise a probe must first find it down. A server that hangs
        up on requests but answers the probe is no outage: its wait runs its course."""
        with self._cond:
            key = self._next
            self._next += 1
            self._waits.setdefault(base_url, {})[key] = _Wait(wake, down)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="network-watch", daemon=True)
                self._thread.start()
            self._cond.notify_all()
        try:
            yield
        finally:
            with self._cond:
                waits = self._waits.get(base_url, {})
                waits.pop(key, None)
                if not waits:
                    self._waits.pop(base_url, None)

    def answers(self, base_url: str) -> bool:
        """One probe of ``base_url``'s host now (on a fresh connection)."""
        return self._probe(base_url)

    @staticmethod
    def can_probe(base_url: str) -> bool:
        """Whether a probe can tell anything: not when the requests go through a proxy (the
        system's or the environment's), since the probe goes straight to the host and would
        call a working network down. This computer's own server is never proxied."""
        host = urlsplit(base_url).hostname or ""
        if is_loopback_host(host):
            return True
        return not requests.utils.get_environ_proxies(base_url)

    def _run(self) -> None:
        while True:
            try:
                self._round()
            except Exception:  # a bug here must not end waking for the whole process
                log.exception("The network watch failed a round; it goes on")
                time.sleep(self._interval)

    def _round(self) -> None:
        """Sleep until somebody waits, give the network the interval (it has only just
        failed; a wait registering meanwhile does not shorten it), then probe each host."""
        with self._cond:
            self._cond.wait_for(lambda: bool(self._waits))
            deadline = time.monotonic() + self._interval
            while (left := deadline - time.monotonic()) > 0:
                self._cond.wait(left)
            hosts = list(self._waits)
        for base_url in hosts:
            answers = self._probe(base_url)
            with self._cond:
                waits = self._waits.get(base_url, {})
                if not answers:
                    for wait in waits.values():
                        wait.down = True
                    continue
                woken = [key for key, wait in waits.items() if wait.down]
                wakes = [waits.pop(key).wake for key in woken]
            if wakes:
                log.info("%s answers again: %d waiting uploads go on now", base_url, len(wakes))
            for wake in wakes:
                wake()


#: The watch the engine uses unless told otherwise: one probe per host for the whole process.
SHARED_WATCH = NetworkWatch()
