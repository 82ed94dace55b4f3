"""Each fault knob does what its documentation says."""

from __future__ import annotations

import threading
import time

import pytest
import requests

from tests.conftest import ManualClock
from uploader_gui.emulator import Emulator

from .helpers import CHUNK, MIB, assert_problem, create_video, send_chunk, session, status


def test_drop_mid_body_records_nothing(emulator: Emulator) -> None:
    vid = create_video(emulator)
    emulator.faults.drop_mid_body_every = 2
    assert send_chunk(emulator, vid, b"a" * CHUNK, "part 1/*").status_code == 201
    with pytest.raises(requests.ConnectionError):
        send_chunk(emulator, vid, b"b" * CHUNK, "part 2/*")
    assert status(emulator, vid)["ingest"]["receivedParts"]["parts"] == [1]
    # The resend is the third upload request: not dropped, and accepted as new.
    assert send_chunk(emulator, vid, b"b" * CHUNK, "part 2/*").status_code == 201
    assert emulator.upload_requests == 3


def test_lost_acknowledgement_then_blind_resend(emulator: Emulator) -> None:
    vid = create_video(emulator)
    total = 2 * CHUNK
    emulator.faults.lose_ack_every = 1
    with pytest.raises(requests.ConnectionError):
        send_chunk(emulator, vid, b"a" * CHUNK, f"bytes 0-{CHUNK - 1}/{total}")
    emulator.faults.lose_ack_every = 0
    ingest = status(emulator, vid)["ingest"]
    assert ingest["receivedBytes"] == [{"from": 0, "to": CHUNK - 1, "total": total}]
    resend = send_chunk(emulator, vid, b"a" * CHUNK, f"bytes 0-{CHUNK - 1}/{total}")
    assert_problem(resend, 400, "video-content-range-by-bytes-range-overlap")


def test_server_errors_record_nothing(emulator: Emulator) -> None:
    vid = create_video(emulator)
    emulator.faults.server_error_every = 1
    first = send_chunk(emulator, vid, b"a" * 10, "part 1/1")
    assert_problem(first, 500, "server-error")
    second = send_chunk(emulator, vid, b"a" * 10, "part 1/1")
    assert_problem(second, 503, "service-unavailable")
    assert "ingest" not in status(emulator, vid)
    emulator.faults.server_error_every = 0
    assert send_chunk(emulator, vid, b"a" * 10, "part 1/1").status_code == 201


def test_rate_limit_answers_429_with_retry_after(emulator: Emulator, clock: ManualClock) -> None:
    emulator.faults.rate_limit_uploads = 2
    emulator.faults.rate_limit_window = 1.0
    vid = create_video(emulator)
    s = session()
    first = send_chunk(emulator, vid, b"a" * CHUNK, "part 1/*", s)
    assert first.status_code == 201
    assert first.headers["X-RateLimit-Limit"] == "2"
    assert first.headers["X-RateLimit-Remaining"] == "1"
    assert send_chunk(emulator, vid, b"b" * CHUNK, "part 2/*", s).status_code == 201
    limited = send_chunk(emulator, vid, b"c" * 10, "part 3/3", s)
    assert_problem(limited, 429, "too-many-requests")
    assert limited.headers["X-RateLimit-Remaining"] == "0"
    wait = int(limited.headers["X-RateLimit-Retry-After"])
    assert 0 <= wait <= 1
    assert status(emulator, vid)["ingest"]["receivedParts"]["parts"] == [1, 2]
    clock.advance(1.05)
    assert send_chunk(emulator, vid, b"c" * 10, "part 3/3", s).status_code == 201


def test_latency_delays_every_answer(emulator: Emulator) -> None:
    emulator.faults.latency = 0.3
    started = time.monotonic()
    requests.get(f"{emulator.base_url}/nowhere", timeout=10)
    assert time.monotonic() - started >= 0.3


def test_bandwidth_caps_body_reading(emulator: Emulator) -> None:
    vid = create_video(emulator)
    emulator.faults.bandwidth = 4 * MIB
    started = time.monotonic()
    assert send_chunk(emulator, vid, bytes(2 * MIB), None).status_code == 201
    elapsed = time.monotonic() - started
    assert 0.4 <= elapsed < 5, elapsed


def test_wait_idle_lasts_until_the_request_being_received_is_done(emulator: Emulator) -> None:
    """Tests wait on this (not on a clock) before counting requests: a client that stopped
    mid-request may still have bytes on their way."""
    video_id = create_video(emulator)
    emulator.faults.bandwidth = 2 * MIB  # a 5 MiB chunk takes about 2.5 s to arrive
    answers: list[int] = []
    sender = threading.Thread(
        target=lambda: answers.append(
            send_chunk(emulator, video_id, b"x" * CHUNK, f"bytes 0-{CHUNK - 1}/*").status_code
        )
    )
    sender.start()
    assert emulator.wait_busy(10), "the request never arrived"
    assert emulator.wait_idle(0.05) is False
    assert emulator.wait_idle(30) is True
    assert emulator.in_flight == 0
    sender.join(30)
    assert answers == [201]
