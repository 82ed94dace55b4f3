"""Deciding what a failed request costs: whether to try again, after how long, and why.

Kept apart from sending so the rules can be read (and tested) on their own:

* Only errors that say trying again can help (network, 5xx, 429) are retried; any other is
  raised at once.
* A rate limit waits what the server said (``Retry-After``) and never counts as a failure.
* A connection that broke while the upload was paused is not a failure either: nothing was
  wrong with the network, the pause stopped the bytes.
* Every other failure counts; with ``max_attempts`` the last one is raised saying how many
  attempts were made, otherwise waits grow (capped) and the upload keeps trying.
"""

from __future__ import annotations

from dataclasses import dataclass

from uploader_gui.core.api_client import StallError, TimedOutError, UnreachableError
from uploader_gui.core.errors import NetworkError, QuotaError, ServerError, UploadError
from uploader_gui.core.events import RetryCause, RetryReason
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.retry_policy import RetryPolicy


@dataclass(frozen=True)
class RetryStep:
    """One decision to try again: after ``delay`` seconds, as attempt number ``attempt``."""

    delay: float
    attempt: int
    reason: RetryReason
    #: The connection is down (as opposed to a server that refused for now, or a stall).
    waiting_for_network: bool


class RetryBudget:
    """The failures of one request, from its first attempt until it succeeds."""

    def __init__(self, policy: RetryPolicy, max_attempts: int | None = None) -> None:
        self._policy = policy
        self._max_attempts = max_attempts
        self.failures = 0
        self.waits = 0

    def after(self, error: UploadError, *, paused_meanwhile: bool = False) -> RetryStep:
        """What to do after ``error``; raises it (or a "gave up" copy) when not to retry."""
        if not error.retryable:
            raise error
        self.waits += 1
        if isinstance(error, QuotaError):
            delay = self._policy.rate_limit_delay(error.retry_after, self.waits)
        elif paused_meanwhile:
            delay = 0.0
        else:
            self.failures += 1
            limit = self._max_attempts
            if limit is not None and self.failures >= limit:
                raise type(error)(
                    Reason(Why.GAVE_UP, {"attempts": self.failures}, cause=error.reason),
                    detail=error.detail,
                    status=error.status,
                ) from error
            delay = self._policy.delay(self.failures)
        down = isinstance(error, NetworkError) and not isinstance(error, StallError)
        return RetryStep(delay, self.failures or self.waits, retry_reason(error), down)


def retry_reason(error: UploadError) -> RetryReason:
    """Why a request is tried again, as a typed reason each front words itself."""
    if isinstance(error, StallError):
        return RetryReason(RetryCause.STALLED, stalled_for=error.seconds)
    if isinstance(error, QuotaError):
        return RetryReason(RetryCause.RATE_LIMITED, status=error.status)
    if isinstance(error, ServerError):
        if error.status:
            return RetryReason(RetryCause.SERVER_ERROR, status=error.status)
        return RetryReason(RetryCause.UNREADABLE_ANSWER)
    if isinstance(error, UnreachableError):
        return RetryReason(RetryCause.UNREACHABLE)
    if isinstance(error, TimedOutError):
        return RetryReason(RetryCause.TIMED_OUT)
    return RetryReason(RetryCause.CONNECTION_LOST)
