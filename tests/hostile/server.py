"""A fake api.video that answers wrongly on purpose: the broken proxies, misbehaving gateways
and malicious servers the faithful emulator must never play.

Each test scripts the answers it needs, per method and path prefix, and reads back what the
client sent (headers and bodies, so a leaked key shows). Anything not scripted is answered as a
plain, well-behaved api.video would for the few calls an upload makes, so a test only scripts
the one thing that goes wrong.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Seen:
    """One request as the server got it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    """What to send back. ``trickle`` sends the whole answer, status line and headers
    included, one byte every that many seconds; ``hang_up`` closes the connection without
    answering. ``then`` runs once the answer is written (the client may be reading it)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float | None = None
    hang_up: bool = False
    then: Callable[[], None] | None = None


Responder = Callable[[Seen], Answer]
#: How many bytes of a request's body to read before answering, given its headers (None: all).
BodyReader = Callable[[dict[str, str]], int | None]


def json_answer(status: int, value: Any, **headers: str) -> Answer:
    data = json.dumps(value).encode()
    return Answer(status, data, {"Content-Type": "application/json", **headers})


def raw_answer(status: int, body: bytes, content_type: str = "application/json") -> Answer:
    return Answer(status, body, {"Content-Type": content_type})


def redirect(status: int, location: str) -> Answer:
    return Answer(status, b"", {"Location": location})


def padded_json(status: int, value: dict[str, Any], size: int) -> Answer:
    """A valid JSON object padded with whitespace to ``size`` bytes."""
    data = json.dumps(value).encode()
    return Answer(
        status,
        data[:-1] + b" " * max(0, size - len(data)) + b"}",
        {"Content-Type": "application/json"},
    )


def gzip_bomb(status: int, size: int) -> Answer:
    """``size`` bytes of JSON whitespace, gzip-encoded into a few kilobytes."""
    data = b"{" + b" " * (size - 2) + b"}"
    return Answer(
        status,
        gzip.compress(data, 9),
        {
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
        },
    )


def problem(status: int, title: str, detail: str = "") -> Answer:
    body = {"type": "https://docs.api.video/reference/x", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    return Answer(status, json.dumps(body).encode(), {"Content-Type": "application/problem+json"})


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up on a hostile answer is what the tests want: not an error."""


class HostileServer:
    """Started on 127.0.0.1 by :meth:`start`; scripts with :meth:`on`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._script: list[tuple[str, str, Responder, BodyReader | None]] = []
        self.seen: list[Seen] = []
        self._videos = 0
        self._httpd: ThreadingHTTPServer | None = None
        self._stopping = threading.Event()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def on(
        self,
        method: str,
        path: str,
        responder: Responder | Answer,
        *,
        reads: BodyReader | None = None,
    ) -> None:
        """Answer ``method`` requests whose path starts with ``path`` with ``responder`` (the
        latest script for a path wins). ``reads`` says how much of each body to read before
        the responder is called (the ``Seen`` then holds that part): the rest is left unread,
        as by a server that answers early or hangs up in the middle of a body, and the
        connection is closed after the answer."""
        answer = responder
        respond: Responder = (lambda _seen: answer) if isinstance(answer, Answer) else answer
        with self._lock:
            self._script.insert(0, (method.upper(), path, respond, reads))

    def requests(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        """The requests seen with this method and exactly this path (None: any)."""
        with self._lock:
            return [
                s
                for s in self.seen
                if (method is None or s.method == method) and (path is None or s.path == path)
            ]

    def start(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                url = urlsplit(self.path)
                headers = dict(self.headers)
                length = int(self.headers.get("Content-Length") or 0)
                respond, reads = server._script_for(self.command, url.path)
                wanted = reads(headers) if reads is not None else None
                if wanted is not None and wanted < length:
                    length = max(0, wanted)
                    self.close_connection = True  # the rest of the body is left unread
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, url.path, url.query, headers, body)
                with server._lock:
                    server.seen.append(seen)
                answer = respond(seen)
                if answer.hang_up:
                    self.close_connection = True
                    return
                self._write(answer)
                if answer.then is not None:
                    answer.then()

            def _write(self, answer: Answer) -> None:
                head = [f"HTTP/1.1 {answer.status} Whatever"]
                head += [f"{name}: {value}" for name, value in answer.headers.items()]
                head.append(f"Content-Length: {len(answer.body)}")
                top = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
                if answer.trickle is None:
                    try:
                        self.wfile.write(top)
                        self.wfile.write(answer.body)  # not joined: no copy of a huge body
                    except OSError:
                        self.close_connection = True  # the client stopped reading, rightly
                    return
                raw = top + answer.body
                try:
                    for i in range(len(raw)):
                        self.wfile.write(raw[i : i + 1])
                        self.wfile.flush()
                        # The fault itself, paced; a stopping server ends it at once.
                        if server._stopping.wait(answer.trickle):
                            return
                except OSError:
                    self.close_connection = True  # the client gave up, as it should

            do_GET = do_POST = do_PATCH = do_DELETE = _any  # noqa: N815 (http.server's names)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def _script_for(self, method: str, path: str) -> tuple[Responder, BodyReader | None]:
        with self._lock:
            return next(
                (
                    (respond, reads)
                    for m, prefix, respond, reads in self._script
                    if m == method and path.startswith(prefix)
                ),
                (self._plain, None),
            )

    def _plain(self, seen: Seen) -> Answer:
        """A well-behaved answer for the calls an upload makes."""
        if seen.path in ("/auth/api-key", "/auth/refresh"):
            token = {"access_token": "AT", "refresh_token": "RT", "expires_in": 3600}
            return json_answer(200, token)
        if seen.method == "POST" and seen.path == "/videos":
            with self._lock:
                self._videos += 1
                number = self._videos
            return json_answer(201, {"videoId": f"vi{number}", "title": "t"})
        if seen.method == "GET" and seen.path == "/videos":
            return json_answer(200, {"data": [], "pagination": {"itemsTotal": 0}})
        return json_answer(404, {"title": "not scripted", "status": 404})


def hostile_server() -> Iterator[HostileServer]:
    server = HostileServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
