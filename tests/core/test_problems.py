"""api.video's refusals become typed errors with sentences a creator can act on."""

from __future__ import annotations

import json

import pytest
import requests

from uploader_gui.cli.words import error_words
from uploader_gui.core.errors import (
    AuthError,
    InvalidInputError,
    QuotaError,
    ServerError,
    UploadError,
)
from uploader_gui.core.problems import AlreadyReceivedError, error_for

BASE = "https://docs.api.video/reference/"


def answer(
    status: int, body: object = None, headers: dict[str, str] | None = None
) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(body).encode() if body is not None else b"<html>oops</html>"
    response.headers.update(headers or {})
    return response


def test_401_names_the_credential() -> None:
    assert "API key" in error_words(error_for(answer(401, {"title": "x"})))
    error = error_for(answer(401, {"title": "x"}), upload_token=True)
    assert isinstance(error, AuthError) and "upload token" in error_words(error)


def test_429_carries_retry_after() -> None:
    error = error_for(
        answer(429, {"title": "Too many requests."}, {"X-RateLimit-Retry-After": "7"})
    )
    assert isinstance(error, QuotaError) and error.retry_after == 7.0 and error.retryable


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_is_a_retryable_server_error(status: int) -> None:
    error = error_for(answer(status))
    assert isinstance(error, ServerError) and error.retryable and str(status) in error_words(error)


def test_part_already_sent_is_recognised() -> None:
    body = {
        "type": BASE + "video-content-range-by-part-part-already-sent",
        "title": 'The "part" value collides with a previous one you already sent for this video.',
        "detail": "The part number 2 has already been sent.",
        "status": 400,
    }
    error = error_for(answer(400, body))
    assert isinstance(error, AlreadyReceivedError) and not error.whole_source


def test_overlapping_range_is_recognised() -> None:
    body = {"title": "The range 0-5242879 overlaps with a previous one.", "status": 400}
    assert isinstance(error_for(answer(400, body)), AlreadyReceivedError)


def test_source_already_uploaded_is_recognised() -> None:
    body = {
        "type": BASE + "video-source-already-uploaded",
        "title": "The source of the video is already uploaded.",
    }
    error = error_for(answer(400, body))
    assert isinstance(error, AlreadyReceivedError) and error.whole_source


def test_other_4xx_keep_the_server_words() -> None:
    body = {"title": "The uploaded file is too large.", "detail": "At most 200 MiB.", "status": 400}
    error = error_for(answer(400, body))
    assert type(error) is InvalidInputError
    assert (
        error_words(error)
        == "api.video refused the upload: The uploaded file is too large. At most 200 MiB."
    )
    assert not error.retryable


def test_404_of_a_video() -> None:
    body = {"type": BASE + "resource-not-found", "name": "videoId", "status": 404}
    assert "no longer exists" in error_words(error_for(answer(404, body)))
    assert "server address" in error_words(error_for(answer(404)))


def test_every_error_is_an_upload_error_with_a_sentence() -> None:
    for status in (400, 401, 403, 404, 409, 429, 500):
        error = error_for(answer(status, {"title": "T"}))
        assert isinstance(error, UploadError)
        assert error_words(error).endswith((".", ")", "T"))
