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
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

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
        #: Per base URL, the wake-up of each registered wait.
        self._waits: dict[str, dict[int, Callable[[], None]]] = {}
        self._next = 0
        self._thread: threading.Thread | None = None

    @contextlib.contextmanager
    def waiting(self, base_url: str, wake: Callable[[], None]) -> Iterator[None]:
        """While the block runs, ``wake`` is called (once) when ``base_url``'s host answers."""
        with self._cond:
            key = self._next
            self._next += 1
            self._waits.setdefault(base_url, {})[key] = wake
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

    def _run(self) -> None:
        while True:
            with self._cond:
                # Nobody waiting: sleep until somebody is. Then give the network the interval
                # before the first probe (it has only just failed).
                self._cond.wait_for(lambda: bool(self._waits))
                self._cond.wait(self._interval)
                hosts = list(self._waits)
            for base_url in hosts:
                if not self._probe(base_url):
                    continue
                with self._cond:
                    woken = list(self._waits.pop(base_url, {}).values())
                if woken:
                    log.info("%s answers again: %d waiting uploads go on now", base_url, len(woken))
                for wake in woken:
                    wake()


#: The watch the engine uses unless told otherwise: one probe per host for the whole process.
SHARED_WATCH = NetworkWatch()
