"""What every request carries, the retry timing, and the metadata payload."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from uploader_gui import APP_NAME, __version__
from uploader_gui.core.api_client import ApiClient, TimedOutError, request_never_left
from uploader_gui.core.errors import InvalidInputError, NetworkError
from uploader_gui.core.events import RetryCause, RetryReason
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.request_retry import retry_reason
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.upload import FileUpload


class _Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        _Recorder.seen.append({"path": self.path, "headers": dict(self.headers), "body": body})
        if self.path == "/videos" and body.get("title") == "drop":
            self.close_connection = True
            return
        if self.path == "/auth/api-key":
            answer = {"access_token": "AT1", "refresh_token": "RT1", "expires_in": 3600}
        else:
            answer = {"videoId": "vi1", "title": body.get("title")}
        data = json.dumps(answer).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def server() -> Iterator[str]:
    _Recorder.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_every_request_names_the_app_and_uses_the_bearer_token(server: str) -> None:
    with ApiClient(server, api_key="KEY") as client:
        video = client.create_video(VideoMetadata(title="T"))
    assert video["videoId"] == "vi1"
    login, create = _Recorder.seen
    assert login["path"] == "/auth/api-key" and login["body"] == {"apiKey": "KEY"}
    for request in (login, create):
        assert request["headers"]["AV-Origin-App"] == f"{APP_NAME}:{__version__}"
        assert request["headers"]["User-Agent"].startswith(f"{APP_NAME}/{__version__} ")
    assert "Authorization" not in login["headers"]
    assert create["headers"]["Authorization"] == "Bearer AT1"


def test_exactly_one_credential() -> None:
    with pytest.raises(ValueError, match="needs_one_credential"):
        ApiClient("http://127.0.0.1:1")
    with pytest.raises(ValueError, match="needs_one_credential"):
        ApiClient("http://127.0.0.1:1", api_key="a", upload_token="b")


def test_metadata_payload() -> None:
    meta = VideoMetadata(title="T", description="D", tags=["a"], public=False, metadata={"k": "v"})
    assert meta.to_payload() == {
        "title": "T",
        "description": "D",
        "tags": ["a"],
        "public": False,
        "panoramic": False,
        "mp4Support": True,
        "metadata": [{"key": "k", "value": "v"}],
    }
    assert "tags" not in VideoMetadata(title="x").to_payload()


def test_backoff_grows_is_capped_and_jittered() -> None:
    low = RetryPolicy(base_delay=1, max_delay=30, rng=lambda: 0.0)
    high = RetryPolicy(base_delay=1, max_delay=30, rng=lambda: 1.0)
    assert [low.delay(n) for n in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 4.0]
    assert [high.delay(n) for n in (1, 2, 3, 10)] == [1.0, 2.0, 4.0, 30.0]
    assert high.rate_limit_delay(12.0, 1) == 12.5
    assert low.rate_limit_delay(None, 3) == 2.0


def test_refused_connection_is_known_not_to_have_reached_the_server() -> None:
    with (
        ApiClient("http://127.0.0.1:9", api_key="k", timeout=2) as client,
        pytest.raises(NetworkError) as info,
    ):
        client.check_connection()
    assert request_never_left(info.value)


def test_a_server_that_never_answers_is_a_typed_timeout() -> None:
    # A listening socket nobody reads: the kernel completes the connection, no answer comes.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        port = silent.getsockname()[1]
        with (
            ApiClient(f"http://127.0.0.1:{port}", api_key="k", timeout=0.5) as client,
            pytest.raises(TimedOutError) as info,
        ):
            client.check_connection()
    assert retry_reason(info.value) == RetryReason(RetryCause.TIMED_OUT)


def test_a_creation_lost_on_the_way_back_is_not_repeated(server: str, tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"x" * 1000)
    with ApiClient(server, api_key="KEY") as client:
        with pytest.raises(NetworkError) as info:
            client.create_video(VideoMetadata(title="drop"))
        assert not request_never_left(info.value)
        upload = FileUpload(client, clip, VideoMetadata(title="drop"), sleep=lambda _s: None)
        with pytest.raises(InvalidInputError, match=r"create_(lost|unknown)"):
            upload.run()
    creations = [r for r in _Recorder.seen if r["path"] == "/videos"]
    assert len(creations) == 2  # one per attempt above: the engine did not try again
