"""A fake api.video that answers wrongly on purpose: the broken proxies, misbehaving gateways
and malicious servers the faithful emulator must never play.

Each test scripts the answers it needs, per method and path prefix, and reads back what the
client sent (headers and bodies, so a leaked key shows). Anything not scripted is answered as a
plain, well-behaved api.video would for the few calls an upload makes, so a test only scripts
the one thing that goes wrong.

``HostileServer(tls=True)`` speaks HTTPS, as api.video does, with a certificate authority made
for it at start (:attr:`HostileServer.ca_file`), and can hold the TLS handshake itself
(:meth:`HostileServer.stall_handshakes`).
"""

from __future__ import annotations

import datetime
import gzip
import ipaddress
import json
import shutil
import socket
import ssl
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
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
    included, one byte every that many seconds (with ``head_at_once``, the status line and
    headers come at once and only the body trickles); ``hang_up`` closes the connection
    without answering. ``then`` runs once the answer is written (the client may be reading
    it)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float | None = None
    head_at_once: bool = False
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


def write_test_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A certificate authority made for one test server, and a certificate it signed for
    127.0.0.1: returns the authority's PEM file (what the client is told to trust), the
    server's certificate chain and its private key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hostile test authority")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, chain_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "key.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    chain_file.write_bytes(
        leaf.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM)
    )
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, chain_file, key_file


class _QuietServer(ThreadingHTTPServer):
    def __init__(self, owner: HostileServer, handler: type[BaseHTTPRequestHandler]) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up on a hostile answer is what the tests want: not an error."""

    def finish_request(self, request: Any, client_address: Any) -> None:
        """Over TLS, the handshake happens here, in the connection's own thread (a client
        that is slow to shake hands holds no one else up), or is held as scripted."""
        owner = self.owner
        if owner.tls_context is None:
            super().finish_request(request, client_address)
            return
        if owner.handshake_stalled:
            owner._hold_handshake(request)
            return
        with owner.tls_context.wrap_socket(request, server_side=True) as tls:
            super().finish_request(tls, client_address)


class HostileServer:
    """Started on 127.0.0.1 by :meth:`start`; scripts with :meth:`on`. With ``tls``, it
    speaks HTTPS with a certificate from an authority made at start (:attr:`ca_file`)."""

    def __init__(self, tls: bool = False) -> None:
        self._lock = threading.Lock()
        self._script: list[tuple[str, str, Responder, BodyReader | None]] = []
        self.seen: list[Seen] = []
        self._videos = 0
        self._httpd: ThreadingHTTPServer | None = None
        self._stopping = threading.Event()
        self.tls = tls
        self.tls_context: ssl.SSLContext | None = None
        self._folder: Path | None = None
        self.handshake_stalled = False
        self._handshake_trickle: float | None = None
        #: Set once a connection whose handshake is held has been accepted.
        self.handshake_held = threading.Event()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def ca_file(self) -> Path:
        """The PEM file of the authority that signed this server's certificate."""
        assert self._folder is not None, "a TLS server, started"
        return self._folder / "ca.pem"

    def stall_handshakes(self, trickle: float | None = None) -> None:
        """From now on, accept connections but never finish their TLS handshake: say nothing
        at all, or with ``trickle``, send the server's first handshake bytes one every that
        many seconds (each read the client makes gets something, the handshake never ends)."""
        self.handshake_stalled = True
        self._handshake_trickle = trickle

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
                    if answer.head_at_once:
                        self.wfile.write(top)
                        raw = answer.body
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

        if self.tls:
            self._folder = Path(tempfile.mkdtemp(prefix="hostile-tls-"))
            _, chain_file, key_file = write_test_certificates(self._folder)
            self.tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self.tls_context.load_cert_chain(chain_file, key_file)
        self._httpd = _QuietServer(self, Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)

    def _hold_handshake(self, sock: socket.socket) -> None:
        """Keep a connection's TLS handshake from ending until the server stops (see
        :meth:`stall_handshakes`)."""
        self.handshake_held.set()
        trickle = self._handshake_trickle
        if trickle is None:
            self._stopping.wait()
            return
        # A real handshake, run in memory: only its bytes' way to the client is slowed.
        assert self.tls_context is not None
        incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        tls = self.tls_context.wrap_bio(incoming, outgoing, server_side=True)
        while not self._stopping.is_set():
            try:
                tls.do_handshake()
            except ssl.SSLWantReadError:
                pass
            else:
                return  # not with a client that gives up in time
            pending = outgoing.read()
            for i in range(len(pending)):
                sock.sendall(pending[i : i + 1])
                if self._stopping.wait(trickle):
                    return
            if not pending:
                data = sock.recv(65536)
                if not data:
                    return  # the client gave up
                incoming.write(data)

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


def hostile_server(tls: bool = False) -> Iterator[HostileServer]:
    server = HostileServer(tls=tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()
