"""What a broken or hostile server cannot make the client do: follow it elsewhere with the key,
route local traffic through a proxy, take unbounded memory, or hold a request for ever (over
plain HTTP and over TLS, as the real api.video speaks)."""

from __future__ import annotations

import os
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.server import (
    Answer,
    HostileServer,
    gzip_bomb,
    hostile_server,
    json_answer,
    padded_json,
    redirect,
    write_test_certificates,
)
from uploader_gui.cli.words import error_words
from uploader_gui.core.api_client import (
    MAX_ANSWER_BYTES,
    ApiClient,
    StallError,
    TimedOutError,
)
from uploader_gui.core.chunk_body import ChunkBody
from uploader_gui.core.errors import (
    InvalidInputError,
    NetworkError,
    ServerError,
    SourceChangedError,
)
from uploader_gui.core.metadata import VideoMetadata

KEY = "SECRET-API-KEY-1234"
TOKEN = "to1R5NaN+/9bFx="


@pytest.fixture
def elsewhere() -> Iterator[HostileServer]:
    """Another host a hostile answer points to; it must never hear from the client."""
    yield from hostile_server()


def _chunk(tmp_path: Path) -> Callable[[dict[str, str]], ChunkBody]:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\0" * 4096)
    return lambda fields: ChunkBody(clip, 0, 4096, fields=fields)


CALLS: dict[str, tuple[str, str, Callable[[ApiClient, Path], Any], bool]] = {
    "login": ("POST", "/auth/api-key", lambda c, _p: c.check_connection(), False),
    "create": ("POST", "/videos", lambda c, _p: c.create_video(VideoMetadata(title="t")), False),
    "status": ("GET", "/videos/vi1/status", lambda c, _p: c.get_status("vi1"), False),
    "video": ("GET", "/videos/vi1", lambda c, _p: c.get_video("vi1"), False),
    "chunk": (
        "POST",
        "/videos/vi1/source",
        lambda c, p: c.upload_chunk("vi1", _chunk(p), "bytes 0-4095/4096"),
        False,
    ),
    "token chunk": (
        "POST",
        "/upload",
        lambda c, p: c.upload_chunk(None, _chunk(p), "bytes 0-4095/4096"),
        True,
    ),
    "token check": ("POST", "/upload", lambda c, _p: c.check_connection(), True),
}


def _client(server: HostileServer, token: bool, **kw: Any) -> ApiClient:
    if token:
        return ApiClient(server.base_url, upload_token=TOKEN, **kw)
    return ApiClient(server.base_url, api_key=KEY, **kw)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("call", sorted(CALLS))
def test_no_redirect_is_followed_so_no_secret_goes_elsewhere(
    hostile: HostileServer, elsewhere: HostileServer, tmp_path: Path, call: str, status: int
) -> None:
    method, path, run, token = CALLS[call]
    hostile.on(method, path, redirect(status, f"{elsewhere.base_url}{path}"))
    with _client(hostile, token) as client, pytest.raises(InvalidInputError) as raised:
        run(client, tmp_path)
    assert "does not follow redirects" in error_words(raised.value)
    assert elsewhere.base_url.removeprefix("http://") in error_words(raised.value)
    assert not raised.value.retryable  # refused once, not hammered
    assert elsewhere.seen == []


@pytest.mark.parametrize("variable", ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"])
def test_this_computers_server_is_never_reached_through_a_proxy(
    hostile: HostileServer, elsewhere: HostileServer, monkeypatch: Any, variable: str
) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, elsewhere.base_url)  # "elsewhere" plays the proxy
    with _client(hostile, False) as client:
        assert client.create_video(VideoMetadata(title="t"))["videoId"] == "vi1"
    assert elsewhere.seen == [] and hostile.requests("POST", "/videos")


def test_the_real_api_goes_through_the_systems_proxy(
    elsewhere: HostileServer, monkeypatch: Any
) -> None:
    """Companies reach api.video through their proxy: a remote host still uses it."""
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.setenv("http_proxy", elsewhere.base_url)
    with ApiClient("http://api.example.invalid", api_key=KEY) as client:
        assert client.create_video(VideoMetadata(title="t"))["videoId"] == "vi1"
    assert [s.path for s in elsewhere.seen] == ["/auth/api-key", "/videos"]


@pytest.mark.parametrize(
    "answer",
    [padded_json(200, {"ingest": {}}, 4 * MAX_ANSWER_BYTES), gzip_bomb(200, 200 * 2**20)],
    ids=["padded", "gzip bomb"],
)
def test_an_answer_is_read_only_up_to_a_bound(hostile: HostileServer, answer: Answer) -> None:
    hostile.on("GET", "/videos/vi1/status", answer)
    tracemalloc.start()
    try:
        with (
            _client(hostile, False) as client,
            pytest.raises(ServerError, match="answer_too_large"),
        ):
            client.get_status("vi1")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * MAX_ANSWER_BYTES  # the bound, not the answer's size


@pytest.mark.parametrize("call", ["status", "create", "login", "chunk"])
def test_an_answer_that_trickles_is_given_up_as_a_whole(
    hostile: HostileServer, tmp_path: Path, call: str
) -> None:
    """One byte every 0.2 s passes every per-read timeout; the whole answer has a deadline."""
    method, path, run, token = CALLS[call]
    slow = json_answer(200 if call != "create" else 201, {"videoId": "vi1", "ingest": {}})
    slow.trickle = 0.2  # about 40 s for the whole answer
    hostile.on(method, path, slow)
    if call == "chunk":
        client = ApiClient(hostile.base_url, api_key=KEY, stall_seconds=1.0, timeout=1.0)
    else:
        client = _client(hostile, token, timeout=1.0)
    with client, pytest.raises(TimedOutError):
        run(client, tmp_path)


# -- over TLS ------------------------------------------------------------------------------------

#: How much later than its deadline a request may end on a loaded machine. The faults below
#: would hold a request for minutes: well beyond this.
LATE = 10.0


@pytest.fixture
def tls_hostile(monkeypatch: pytest.MonkeyPatch) -> Iterator[HostileServer]:
    """The hostile server over HTTPS, its certificate authority trusted by the client the way
    one is on Linux: OpenSSL's ``SSL_CERT_FILE``, which truststore reads there."""
    if sys.platform != "linux":
        pytest.skip("truststore reads SSL_CERT_FILE on Linux only")
    pytest.importorskip("cryptography", reason="makes the test certificates")
    server = HostileServer(tls=True)
    server.start()
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(server.ca_file))
        yield server
    finally:
        server.stop()


def test_tls_is_verified_against_the_test_authority(
    tls_hostile: HostileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tests below talk verified TLS: the server's authority is trusted, another is not."""
    with _client(tls_hostile, False) as client:
        assert client.create_video(VideoMetadata(title="t"))["videoId"] == "vi1"
    other_ca, _, _ = write_test_certificates(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(other_ca))
    with _client(tls_hostile, False) as client, pytest.raises(NetworkError) as raised:
        client.create_video(VideoMetadata(title="t"))
    assert "CERTIFICATE_VERIFY_FAILED" in (raised.value.detail or "")
    assert len(tls_hostile.requests("POST", "/videos")) == 1


@pytest.mark.parametrize("part", ["headers", "body"])
@pytest.mark.parametrize("call", ["status", "create", "login", "chunk"])
def test_an_answer_that_trickles_over_tls_ends_at_its_deadline(
    tls_hostile: HostileServer, tmp_path: Path, call: str, part: str
) -> None:
    """One TLS record of one byte every 0.5 s passes every per-read timeout; the whole answer,
    headers first or body only, still has its deadline."""
    method, path, run, token = CALLS[call]
    slow = padded_json(201 if call == "create" else 200, {"videoId": "vi1", "ingest": {}}, 200)
    slow.trickle = 0.5  # over a minute for the whole answer
    slow.head_at_once = part == "body"
    tls_hostile.on(method, path, slow)
    if call == "chunk":
        client = ApiClient(tls_hostile.base_url, api_key=KEY, stall_seconds=1.0, timeout=1.0)
        deadline = 2.0  # a chunk's answer has twice its stall window
    else:
        client = _client(tls_hostile, token, timeout=1.0)
        deadline = 1.0
    started = time.monotonic()
    with client, pytest.raises(TimedOutError):
        run(client, tmp_path)
    assert time.monotonic() - started < deadline + LATE
    assert tls_hostile.requests(method, path)  # it was the answer that was held


@pytest.mark.parametrize("trickle", [None, 0.5], ids=["silent", "trickle"])
@pytest.mark.parametrize(("call", "error"), [("login", TimedOutError), ("token chunk", StallError)])
def test_a_tls_handshake_that_never_ends_is_given_up(
    tls_hostile: HostileServer,
    tmp_path: Path,
    call: str,
    error: type[NetworkError],
    trickle: float | None,
) -> None:
    """A server that takes the connection but never finishes the handshake, saying nothing
    or a byte at a time, has the connect timeout for the whole handshake."""
    _, _, run, token = CALLS[call]
    tls_hostile.stall_handshakes(trickle)
    started = time.monotonic()
    with (
        _client(tls_hostile, token, timeout=2.0, stall_seconds=2.0) as client,
        pytest.raises(error),
    ):
        run(client, tmp_path)
    assert time.monotonic() - started < 2.0 + LATE
    assert tls_hostile.handshake_held.is_set()
    assert tls_hostile.seen == []  # no request got through


# -- a chunk's file bytes on the wire ----------------------------------------------------------


@pytest.mark.parametrize("tls", [False, True], ids=["plain", "tls"])
def test_a_chunk_arrives_byte_for_byte_however_its_blocks_go(
    hostile: HostileServer,
    tls_hostile: HostileServer,
    tmp_path: Path,
    tls: bool,
) -> None:
    """A slice from the middle of the file, in blocks smaller than the chunk: the server gets
    exactly those bytes between the form's head and its closing boundary, plain or over TLS."""
    server = tls_hostile if tls else hostile
    clip = tmp_path / "clip.mp4"
    data = os.urandom(3 * 1024 * 1024 + 4567)
    clip.write_bytes(data)
    start, length = 1234, 2 * 1024 * 1024 + 99
    server.on("POST", "/videos/vi1/source", json_answer(201, {"videoId": "vi1"}))
    bodies: list[ChunkBody] = []

    def make_body(fields: dict[str, str]) -> ChunkBody:
        bodies.append(ChunkBody(clip, start, length, fields=fields, block_size=256 * 1024))
        return bodies[-1]

    with _client(server, False) as client:
        client.upload_chunk("vi1", make_body, f"bytes {start}-{start + length - 1}/{len(data)}")
    (seen,) = server.requests("POST", "/videos/vi1/source")
    head, _, rest = seen.body.partition(b"\r\n\r\n")
    assert b'name="file"' in head
    assert rest[:length] == data[start : start + length]
    assert rest[length:].startswith(b"\r\n--") and rest.endswith(b"--\r\n")


@pytest.mark.parametrize("tls", [False, True], ids=["plain", "tls"])
def test_a_file_cut_short_while_its_chunk_goes_is_a_changed_source(
    hostile: HostileServer, tls_hostile: HostileServer, tmp_path: Path, tls: bool
) -> None:
    server = tls_hostile if tls else hostile
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(os.urandom(2 * 1024 * 1024))
    server.on("POST", "/videos/vi1/source", json_answer(201, {"videoId": "vi1"}))

    def make_body(fields: dict[str, str]) -> ChunkBody:
        body = ChunkBody(clip, 0, 2 * 1024 * 1024, fields=fields, block_size=256 * 1024)
        with clip.open("r+b") as f:
            f.truncate(1024 * 1024)  # the recorder cut the file before these bytes left
        return body

    with _client(server, False) as client, pytest.raises(SourceChangedError):
        client.upload_chunk("vi1", make_body, "bytes 0-2097151/2097152")
