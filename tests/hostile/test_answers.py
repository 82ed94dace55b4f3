"""Answers that lie, overflow or cannot be read: every field the engine reads is untrusted, and
a request that creates something is never repeated when its outcome is unknown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.core.engine_helpers import write_video
from tests.hostile.server import (
    Answer,
    HostileServer,
    Seen,
    json_answer,
    padded_json,
    problem,
    raw_answer,
)
from uploader_gui.core.api_client import MAX_ANSWER_BYTES, ApiClient
from uploader_gui.core.duplicates import FINGERPRINT_KEY
from uploader_gui.core.errors import InvalidInputError, QuotaError, ServerError
from uploader_gui.core.events import RetryCause, RetryReason
from uploader_gui.core.ingest_status import received_parts, received_ranges
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.problems import MAX_RETRY_AFTER
from uploader_gui.core.reasons import Why
from uploader_gui.core.request_retry import retry_reason
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_options import UploadOptions

KEY = "SECRET-API-KEY-1234"
SIZE = 4096


def in_seconds(seconds: float) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds), usegmt=True)


@pytest.mark.parametrize(
    ("header", "value", "expected"),
    [
        ("X-RateLimit-Retry-After", "12", 12.0),
        ("Retry-After", "12", 12.0),
        ("X-RateLimit-Retry-After", "1e9", MAX_RETRY_AFTER),
        ("X-RateLimit-Retry-After", "1e10", MAX_RETRY_AFTER),
        ("X-RateLimit-Retry-After", "1e400", None),
        ("X-RateLimit-Retry-After", "-5", None),
        ("X-RateLimit-Retry-After", "nan", None),
        ("X-RateLimit-Retry-After", "soon", None),
        ("Retry-After", in_seconds(3600), MAX_RETRY_AFTER),
        ("Retry-After", in_seconds(-3600), None),
    ],
)
def test_a_wait_the_server_asks_for_is_bounded(
    hostile: HostileServer, header: str, value: str, expected: float | None
) -> None:
    hostile.on("GET", "/videos/vi1/status", json_answer(429, {"title": "slow"}, **{header: value}))
    with ApiClient(hostile.base_url, api_key=KEY) as client, pytest.raises(QuotaError) as raised:
        client.get_status("vi1")
    assert raised.value.retry_after == expected


def test_an_http_date_in_a_minute_is_about_a_minute(hostile: HostileServer) -> None:
    hostile.on("GET", "/videos/vi1/status", json_answer(429, {}, **{"Retry-After": in_seconds(30)}))
    with ApiClient(hostile.base_url, api_key=KEY) as client, pytest.raises(QuotaError) as raised:
        client.get_status("vi1")
    assert raised.value.retry_after is not None and 0 < raised.value.retry_after <= 30


def test_nonsense_numbers_in_status_are_left_out(hostile: HostileServer) -> None:
    body = (
        b'{"ingest": {"receivedBytes": [{"from": 0, "to": Infinity}, {"from": 0, "to": 1.5},'
        b' {"from": "0", "to": 9}, {"from": 9, "to": 3}, {"from": true, "to": 4},'
        b' {"from": 0, "to": 1' + b"0" * 400 + b'}, {"from": 0, "to": 99}],'
        b' "receivedParts": {"parts": [1, 0, -2, 2.0, "3", Infinity, 1' + b"0" * 400 + b", 4]}}}"
    )
    hostile.on("GET", "/videos/vi1/status", raw_answer(200, body))
    with ApiClient(hostile.base_url, api_key=KEY) as client:
        status = client.get_status("vi1")
    assert received_ranges(status) == [(0, 99)]
    assert received_parts(status) == {1, 4}


@pytest.mark.parametrize("lifetime", [b"1" + b"0" * 400, b"Infinity", b"-1", b'"soon"', b"1e999"])
def test_a_nonsense_token_lifetime_is_no_crash(hostile: HostileServer, lifetime: bytes) -> None:
    login = b'{"access_token": "AT", "refresh_token": "RT", "expires_in": ' + lifetime + b"}"
    hostile.on("POST", "/auth/api-key", raw_answer(200, login))
    with ApiClient(hostile.base_url, api_key=KEY) as client:
        assert client.create_video(VideoMetadata(title="t"))["videoId"] == "vi1"

    assert len(hostile.requests("POST", "/auth/api-key")) == 1


def test_an_unreadable_success_is_not_called_a_server_error(hostile: HostileServer) -> None:
    hostile.on("GET", "/videos/vi1/status", raw_answer(200, b"<html>ok</html>", "text/html"))
    with ApiClient(hostile.base_url, api_key=KEY) as client, pytest.raises(ServerError) as raised:
        client.get_status("vi1")
    assert retry_reason(raised.value) == RetryReason(RetryCause.UNREADABLE_ANSWER)
    assert "201" not in str(raised.value) and "200" not in str(raised.value)


def _upload(
    server: HostileServer,
    tmp_path: Path,
    *,
    fingerprint: str = "",
    forgotten_before: float | None = None,
) -> FileUpload:
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    extra = {FINGERPRINT_KEY: fingerprint} if fingerprint else {}
    client = ApiClient(server.base_url, api_key=KEY)
    return FileUpload(
        client,
        clip,
        VideoMetadata(title="t", metadata=extra),
        UploadOptions(max_attempts=3),
        sleep=lambda _s: None,
        forgotten_before=forgotten_before,
    )


UNKNOWN_CREATES = {
    "201 with HTML": raw_answer(201, b"<html>Created</html>", "text/html"),
    "201 truncated": raw_answer(201, b'{"videoId": "vi'),
    "201 with a JSON array": raw_answer(201, b'["vi1"]'),
    "201 with an object id": json_answer(201, {"videoId": {"$oid": "vi1"}}),
    "201 with an empty id": json_answer(201, {"videoId": ""}),
    "502 from a gateway": raw_answer(502, b"<html>Bad Gateway</html>", "text/html"),
    "504 from a gateway": raw_answer(504, b"", "text/plain"),
    "504 from a gateway in JSON": json_answer(504, {"message": "Endpoint request timed out"}),
    "201 far too large": padded_json(201, {"videoId": "vi1"}, 4 * MAX_ANSWER_BYTES),
}


@pytest.mark.parametrize("answer", sorted(UNKNOWN_CREATES))
def test_a_create_of_unknown_outcome_is_never_repeated(
    hostile: HostileServer, tmp_path: Path, answer: str
) -> None:
    hostile.on("POST", "/videos", UNKNOWN_CREATES[answer])
    upload = _upload(hostile, tmp_path)
    with pytest.raises(InvalidInputError) as raised:
        upload.run()
    assert raised.value.reason.why is Why.CREATE_UNKNOWN
    assert len(hostile.requests("POST", "/videos")) == 1  # not created again
    assert not raised.value.retryable


@pytest.mark.parametrize(
    "answer",
    [
        problem(500, "Internal error"),
        problem(503, "Service unavailable"),
        raw_answer(503, b"<html>Down for maintenance</html>", "text/html"),
    ],
    ids=["api.video 500", "api.video 503", "a 503 page"],
)
def test_a_create_that_surely_did_nothing_is_tried_again(
    hostile: HostileServer, tmp_path: Path, answer: Answer
) -> None:
    """A failure api.video explains itself (problem+json), or a 503 (the service took nothing
    on), created nothing: trying again is safe."""
    hostile.on("POST", "/videos", answer)
    with pytest.raises(ServerError, match=r"gave_up\(attempts=3\)"):
        _upload(hostile, tmp_path).run()
    assert len(hostile.requests("POST", "/videos")) == 3


class _OneVideo:
    """Plays the rest of a plain upload of one small file into ``video_id``."""

    def __init__(self, server: HostileServer, video_id: str) -> None:
        self.video_id = video_id
        self.received = False
        # Paths are prefixes and the latest script wins: the longer paths come last.
        server.on("GET", f"/videos/{video_id}", self.video)
        server.on("GET", f"/videos/{video_id}/status", self.status)
        server.on("POST", f"/videos/{video_id}/source", self.source)

    def source(self, seen: Seen) -> Answer:
        self.received = True
        return json_answer(201, {"videoId": self.video_id})

    def status(self, seen: Seen) -> Answer:
        held = [{"from": 0, "to": SIZE - 1}] if self.received else []
        return json_answer(200, {"ingest": {"status": "uploaded", "receivedBytes": held}})

    def video(self, seen: Seen) -> Answer:
        player = f"https://embed.api.video/vod/{self.video_id}"
        return json_answer(200, {"videoId": self.video_id, "assets": {"player": player}})


def test_a_create_of_unknown_outcome_adopts_the_video_it_made(
    hostile: HostileServer, tmp_path: Path
) -> None:
    hostile.on("POST", "/videos", raw_answer(201, b"<html>Created</html>", "text/html"))
    made = {
        "videoId": "vi7",
        "title": "t",
        "createdAt": datetime.now(UTC).isoformat(),
        "metadata": [{"key": FINGERPRINT_KEY, "value": "fp1"}],
    }
    hostile.on("GET", "/videos", json_answer(200, {"data": [made], "pagination": {}}))
    _OneVideo(hostile, "vi7")
    result = _upload(hostile, tmp_path, fingerprint="fp1").run()
    assert result.video_id == "vi7"
    assert len(hostile.requests("POST", "/videos")) == 1


RESET = datetime.now(UTC) - timedelta(hours=1)  # when this computer's upload list was lost


@pytest.mark.parametrize(
    "case",
    [
        (RESET - timedelta(days=2), "uploading", "t", True),
        (RESET - timedelta(minutes=1), "uploading", "t", True),
        (RESET - timedelta(days=2), "uploaded", "t", False),
        (RESET + timedelta(minutes=30), "uploading", "t", False),
        (RESET + timedelta(minutes=1), "uploading", "t", False),
        (RESET - timedelta(days=2), "uploading", "another title", False),
    ],
    ids=["unfinished", "just before", "finished", "made since", "just after", "retitled"],
)
def test_after_the_upload_list_was_lost_an_unfinished_video_is_continued(
    hostile: HostileServer, tmp_path: Path, case: tuple[datetime, str, str, bool]
) -> None:
    """Only an unfinished video of this file (fingerprint and title) made before the list was
    lost may be the forgotten upload; anything else gets a new video."""
    made, ingest, title, continued = case
    candidate = {
        "videoId": "vi7",
        "title": title,
        "createdAt": made.isoformat(),
        "metadata": [{"key": FINGERPRINT_KEY, "value": "fp1"}],
    }
    hostile.on("GET", "/videos", json_answer(200, {"data": [candidate], "pagination": {}}))
    forgotten = _OneVideo(hostile, "vi7")
    new = _OneVideo(hostile, "vi1")

    def status(seen: Seen) -> Answer:
        if forgotten.received:
            return forgotten.status(seen)
        return json_answer(200, {"ingest": {"status": ingest, "receivedBytes": []}})

    hostile.on("GET", "/videos/vi7/status", status)
    upload = _upload(hostile, tmp_path, fingerprint="fp1", forgotten_before=RESET.timestamp())
    result = upload.run()
    assert result.video_id == ("vi7" if continued else "vi1")
    assert len(hostile.requests("POST", "/videos")) == (0 if continued else 1)
    assert (forgotten.received, new.received) == (continued, not continued)


def test_links_come_only_from_an_answer_about_this_video(
    hostile: HostileServer, tmp_path: Path
) -> None:
    video = _OneVideo(hostile, "vi1")

    def evil_source(seen: Seen) -> Answer:
        video.received = True
        assets = {"player": "https://evil.example/vod/x", "mp4": "https://evil.example/x.mp4"}
        return json_answer(201, {"videoId": "viOTHER", "assets": assets})

    hostile.on("POST", "/videos/vi1/source", evil_source)
    result = _upload(hostile, tmp_path).run()
    assert result.video_id == "vi1"
    assert "evil.example" not in repr(result.video)
    assert result.video["assets"]["player"] == "https://embed.api.video/vod/vi1"


@pytest.mark.parametrize(
    "answer",
    [
        raw_answer(201, b"<html>ok</html>", "text/html"),
        json_answer(201, {"videoId": ["vi1"]}),
        raw_answer(502, b"Bad Gateway", "text/plain"),
    ],
    ids=["html", "odd id", "gateway"],
)
def test_a_token_uploads_first_chunk_of_unknown_outcome_is_not_sent_again(
    hostile: HostileServer, tmp_path: Path, answer: Answer
) -> None:
    hostile.on("POST", "/upload", answer)
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    with ApiClient(hostile.base_url, upload_token="to1") as client:
        upload = FileUpload(
            client,
            clip,
            VideoMetadata(title="t"),
            UploadOptions(max_attempts=3),
            sleep=lambda _s: None,
        )
        with pytest.raises(InvalidInputError, match="first_chunk_lost"):
            upload.run()
    assert len(hostile.requests("POST", "/upload")) == 1
