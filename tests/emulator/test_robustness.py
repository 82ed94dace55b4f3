"""Bad input never makes the emulator answer 500."""

from __future__ import annotations

import socket
import string
import threading
import time

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uploader_gui.emulator import Emulator

from .helpers import TIMEOUT, create_video, send_chunk, session

HEADER_TEXT = st.text(alphabet=string.printable.strip() + " ", max_size=40).map(str.lstrip)
RANGE_LIKE = st.builds(
    lambda kind, a, b, t: f"{kind} {a}-{b}/{t}" if kind == "bytes" else f"{kind} {a}/{t}",
    st.sampled_from(["bytes", "part"]),
    st.integers(0, 2**70),
    st.integers(0, 2**70),
    st.one_of(st.just("*"), st.integers(0, 2**70).map(str)),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(header=st.one_of(HEADER_TEXT, RANGE_LIKE))
def test_any_content_range_is_answered_without_server_error(
    emulator: Emulator, header: str
) -> None:
    vid = create_video(emulator)
    r = send_chunk(emulator, vid, b"0123456789", header)
    assert r.status_code in (201, 400), (header, r.text)
    if r.status_code == 400:
        assert r.headers["Content-Type"].startswith("application/problem+json")


@pytest.mark.parametrize(
    "body",
    [b"", b"{", b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000, b'{"title": null}', b"null"],
)
def test_malformed_json_is_a_400(emulator: Emulator, body: bytes) -> None:
    r = session().post(
        f"{emulator.base_url}/videos",
        data=body,
        headers={"Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    assert r.status_code == 400, r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")


def test_deleting_a_video_mid_upload_does_not_resurrect_it(emulator: Emulator) -> None:
    vid = create_video(emulator)
    s = session()
    emulator.faults.bandwidth = 200_000  # ~1 s for the body below
    result: dict[str, requests.Response] = {}

    def upload() -> None:
        result["r"] = send_chunk(emulator, vid, b"a" * 200_000, None)

    worker = threading.Thread(target=upload)
    worker.start()
    assert emulator.wait_busy(), "the upload did not reach the server"
    assert s.delete(f"{emulator.base_url}/videos/{vid}", timeout=TIMEOUT).status_code == 204
    worker.join(timeout=10)
    assert result["r"].status_code == 404
    assert emulator.videos() == []


def test_client_leaving_mid_body_records_nothing(emulator: Emulator) -> None:
    vid = create_video(emulator)
    head = (
        f"POST /videos/{vid}/source HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Authorization: Basic dGVzdC1rZXk6\r\n"  # "test-key:"
        "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 10000000\r\n\r\n"
        '--b\r\nContent-Disposition: form-data; name="file"; filename="a.mp4"\r\n\r\n'
    ).encode()
    with socket.create_connection(("127.0.0.1", emulator.port), timeout=5) as sock:
        sock.sendall(head + bytes(100_000))
        assert emulator.wait_busy(), "the request never reached the server"
    deadline = time.monotonic() + 5
    incoming = emulator.data_dir / "incoming"
    while any(incoming.iterdir()):
        assert time.monotonic() < deadline, "the half-received body was not removed"
        time.sleep(0.05)
    r = session().get(f"{emulator.base_url}/videos/{vid}/status", timeout=TIMEOUT)
    assert "ingest" not in r.json()
    assert send_chunk(emulator, vid, b"whole", None).status_code == 201


def test_oversized_json_body_is_a_400(emulator: Emulator) -> None:
    r = session().post(
        f"{emulator.base_url}/videos",
        data=b'{"title": "' + b"x" * (2 * 1024 * 1024) + b'"}',
        headers={"Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    assert r.status_code == 400, r.text
    assert r.json()["type"].endswith("/invalid-payload")
