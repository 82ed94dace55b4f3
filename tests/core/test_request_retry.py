"""What a failed request costs: retried or not, after how long, counted or not, and why."""

from __future__ import annotations

from typing import Any

import pytest

from uploader_gui.core.api_client import StallError, TimedOutError
from uploader_gui.core.completion_check import VERIFY_TRIES, confirm_complete
from uploader_gui.core.errors import (
    AuthError,
    InvalidInputError,
    NetworkError,
    QuotaError,
    ServerError,
)
from uploader_gui.core.events import ChunkRange, RetryCause, RetryReason
from uploader_gui.core.reasons import Why
from uploader_gui.core.request_retry import RetryBudget, retry_reason
from uploader_gui.core.retry_policy import RetryPolicy

POLICY = RetryPolicy(base_delay=1.0, max_delay=30.0, rng=lambda: 1.0)


@pytest.mark.parametrize(
    "error", [AuthError(Why.BAD_API_KEY), InvalidInputError(Why.CANNOT_UPLOAD)]
)
def test_what_trying_again_cannot_fix_is_raised_at_once(error: Exception) -> None:
    budget = RetryBudget(POLICY)
    with pytest.raises(type(error)) as raised:
        budget.after(error)  # type: ignore[arg-type]
    assert raised.value is error and budget.failures == 0


def test_failures_count_and_back_off_to_the_cap() -> None:
    budget = RetryBudget(POLICY)
    delays = [budget.after(NetworkError(Why.NO_NETWORK)).delay for _ in range(7)]
    assert delays == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert budget.failures == 7


def test_a_rate_limit_waits_what_the_server_said_and_is_no_failure() -> None:
    budget = RetryBudget(POLICY, max_attempts=1)
    step = budget.after(QuotaError(Why.RATE_LIMITED, retry_after=12.0, status=429))
    assert step.delay == 12.0 + POLICY.rate_limit_margin and budget.failures == 0
    assert step.reason == RetryReason(RetryCause.RATE_LIMITED, status=429)
    assert not step.waiting_for_network


def test_a_break_while_paused_is_no_failure() -> None:
    budget = RetryBudget(POLICY, max_attempts=1)
    step = budget.after(NetworkError(Why.NO_NETWORK), paused_meanwhile=True)
    assert step.delay == 0.0 and budget.failures == 0 and step.waiting_for_network


def test_the_last_allowed_failure_says_how_many_attempts() -> None:
    budget = RetryBudget(POLICY, max_attempts=3)
    budget.after(ServerError(Why.SERVER_ERROR, status=503))
    budget.after(ServerError(Why.SERVER_ERROR, status=503))
    with pytest.raises(ServerError) as raised:
        budget.after(ServerError(Why.SERVER_ERROR, status=503))
    assert raised.value.status == 503
    gave_up = raised.value.reason
    assert gave_up.why is Why.GAVE_UP and gave_up.number("attempts") == 3
    assert gave_up.cause is not None and gave_up.cause.why is Why.SERVER_ERROR


@pytest.mark.parametrize(
    ("error", "reason", "down"),
    [
        (NetworkError(Why.NO_NETWORK), RetryReason(RetryCause.CONNECTION_LOST), True),
        (TimedOutError(Why.TIMED_OUT), RetryReason(RetryCause.TIMED_OUT), True),
        (
            StallError(Why.STALLED, seconds=60.0),
            RetryReason(RetryCause.STALLED, stalled_for=60.0),
            False,
        ),
        (
            ServerError(Why.SERVER_ERROR, status=502),
            RetryReason(RetryCause.SERVER_ERROR, status=502),
            False,
        ),
        (ServerError(Why.UNREADABLE_ANSWER), RetryReason(RetryCause.UNREADABLE_ANSWER), False),
    ],
)
def test_each_error_has_its_typed_reason(error: Any, reason: RetryReason, down: bool) -> None:
    assert retry_reason(error) == reason
    assert RetryBudget(POLICY).after(error).waiting_for_network is down


MIB = 2**20
PLAN = (ChunkRange(0, 0, 5 * MIB - 1), ChunkRange(1, 5 * MIB, 8 * MIB - 1))


def status(*ranges: tuple[int, int]) -> dict[str, Any]:
    return {"ingest": {"receivedBytes": [{"from": a, "to": b} for a, b in ranges]}}


def test_completion_is_what_status_shows_once_it_holds_every_byte() -> None:
    answers = [status((0, 5 * MIB - 1)), status((0, 5 * MIB - 1)), status((0, 8 * MIB - 1))]
    pauses: list[float] = []
    final = confirm_complete(lambda: answers.pop(0), 8 * MIB, PLAN, pauses.append)
    assert final == status((0, 8 * MIB - 1)) and len(pauses) == 2 and not answers


def test_a_status_that_never_holds_the_whole_file_is_not_confirmed() -> None:
    reads: list[int] = []

    def read() -> dict[str, Any]:
        reads.append(1)
        return status((0, 8 * MIB - 2))  # one byte short

    with pytest.raises(ServerError) as raised:
        confirm_complete(read, 8 * MIB, PLAN, lambda s: None)
    assert raised.value.reason.why is Why.NOT_CONFIRMED
    assert len(reads) == VERIFY_TRIES
