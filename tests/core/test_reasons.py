"""Reasons as data: kept in the store and read back, a sentence of an earlier version kept as
it was, and written for logs without ever being a sentence."""

from __future__ import annotations

import pytest

from uploader_gui.core.errors import NetworkError, ServerError
from uploader_gui.core.reasons import Reason, ReasonError, Why, because


@pytest.mark.parametrize(
    "reason",
    [
        Reason(Why.BAD_API_KEY),
        because(Why.FILE_TOO_LARGE, size=31 * 2**30, limit=30 * 2**30),
        because(Why.MISSING_SINCE_QUEUED, name="vidéo “été”.mp4", path="/home/me/Vidéos"),
        Reason(Why.GAVE_UP, {"attempts": 3}, cause=because(Why.SERVER_ERROR, status=503)),
        because(Why.STALLED, seconds=1.5),
    ],
    ids=lambda r: str(r.why),
)
def test_a_reason_survives_the_store(reason: Reason) -> None:
    assert Reason.from_saved(reason.saved()) == reason


@pytest.mark.parametrize("saved", ["The API key was refused.", "{}", "[1, 2]", '{"why": "nope"}'])
def test_words_saved_by_an_earlier_version_are_kept_as_they_were(saved: str) -> None:
    assert Reason.from_saved(saved) == because(Why.EARLIER_TEXT, text=saved)


def test_errors_carry_their_reason_and_log_it_as_identifiers() -> None:
    error = ServerError(because(Why.SERVER_ERROR, status=502), status=502)
    assert error.reason.why is Why.SERVER_ERROR and error.reason.number("status") == 502
    assert str(error) == "server_error(status=502)"
    assert NetworkError(Why.NO_NETWORK).reason == Reason(Why.NO_NETWORK)
    gave_up = Reason(Why.GAVE_UP, {"attempts": 2}, cause=Reason(Why.NO_NETWORK))
    assert str(gave_up) == "gave_up(attempts=2) <- no_network"


def test_a_reason_error_is_a_value_error() -> None:
    with pytest.raises(ValueError) as caught:
        raise ReasonError(because(Why.BAD_SIZE, text="big"))
    assert isinstance(caught.value, ReasonError) and caught.value.reason.text("text") == "big"


def test_facts_are_read_safely() -> None:
    reason = because(Why.TOO_MANY_FILES, limit=10)
    assert reason.number("limit") == 10 and reason.number("absent") == 0
    assert reason.text("limit") == "10" and reason.text("absent") == ""
    with pytest.raises(TypeError):
        reason.facts["limit"] = 11  # type: ignore[index]
