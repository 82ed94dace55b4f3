"""What a broken or hostile server cannot make the client do: follow it elsewhere with the key,
route local traffic through a proxy, take unbounded memory, or hold a request for ever."""

from __future__ import annotations

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
)
from uploader_gui.core.api_client import (
    MAX_ANSWER_BYTES,
    ApiClient,
    TimedOutError,
)
from uploader_gui.core.chunk_body import ChunkBody
from uploader_gui.core.errors import InvalidInputError, ServerError
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
    assert "does not follow redirects" in str(raised.value)
    assert elsewhere.base_url.removeprefix("http://") in str(raised.value)
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
        with _client(hostile, False) as client, pytest.raises(ServerError, match="far larger"):
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
