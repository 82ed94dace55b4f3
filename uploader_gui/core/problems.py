"""Turning api.video's answers into typed errors with a reason a creator can act on.

The server explains refusals as problem details (``type``, ``title``, ``detail``); those words
are kept in the error's ``detail`` and, for refusals only the creator can fix, as the
``reason`` fact of the error's :class:`~uploader_gui.core.reasons.Reason`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from uploader_gui.core.errors import (
    AuthError,
    InvalidInputError,
    OutcomeUnknownError,
    QuotaError,
    ServerError,
    UploadError,
)
from uploader_gui.core.reasons import Reason, Why, because
from uploader_gui.core.redaction import redact

log = logging.getLogger(__name__)

#: The longest wait a server's ``Retry-After`` is followed for: api.video's rate limits are
#: counted per minute, so a minute always lets the next request through.
MAX_RETRY_AFTER = 60.0


# Words of the 400 answers that mean "you sent this already": after an answer lost on the way
# back, the server has what a retry tries to send again.
_ALREADY_SENT_MARKERS = ("already-sent", "already been sent", "collides", "overlap")
_ALREADY_UPLOADED_MARKERS = ("source-already-uploaded", "already uploaded", "already been uploaded")


class AlreadyReceivedError(InvalidInputError):
    """The server already has this chunk (``whole_source`` when it has the complete file).

    The engine handles it by asking ``/status``; it never reaches a person.
    """

    def __init__(self, why: Reason | Why, *, whole_source: bool, **kw: Any) -> None:
        super().__init__(why, **kw)
        self.whole_source = whole_source


def problem_of(response: requests.Response) -> dict[str, Any]:
    """The problem-details object of an answer, or ``{}`` when it has none."""
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def reason_of(problem: dict[str, Any]) -> str:
    """Title and detail of a problem as one sentence or two."""
    title = str(problem.get("title") or "").strip()
    detail = str(problem.get("detail") or "").strip()
    if title and detail and detail != title:
        return f"{title} {detail}"
    return title or detail


def retry_after_of(response: requests.Response) -> float | None:
    """Seconds the server asks to wait before trying again, as a number it could mean.

    api.video's limits are per minute, so a longer wait is cut to :data:`MAX_RETRY_AFTER`;
    nonsense (negative, not a number, infinite, unreadable) counts as not said, so the usual
    growing backoff applies instead of hammering the server or waiting for ever. Both forms of
    the header are read: seconds, and an HTTP date."""
    value = response.headers.get("X-RateLimit-Retry-After") or response.headers.get("Retry-After")
    if value is None:
        return None
    seconds = _seconds_of(value.strip()[:64])
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        log.info("Ignored a wait the server asked for that means nothing: %r", value[:64])
        return None
    if seconds > MAX_RETRY_AFTER:
        log.info("The server asked to wait %.0f s; waiting %.0f s", seconds, MAX_RETRY_AFTER)
        return MAX_RETRY_AFTER
    return seconds


def _seconds_of(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    return (when - datetime.now(UTC)).total_seconds()


def error_for(
    response: requests.Response, *, upload_token: bool = False, secrets: Iterable[str] = ()
) -> UploadError:
    """The typed error for an answer that is not a success.

    ``secrets`` (the key or token the request carried) are masked in the server's words: a
    server may quote the request back, and the message is printed where others may read it
    (a terminal shared on screen, a CI log).
    """
    status = response.status_code
    problem = problem_of(response)
    reason = reason_of(problem) or f"HTTP {status} {response.reason or ''}".strip()
    # Cut before masking (an answer may be megabytes), with room for a whole secret.
    reason = redact(reason[:8192], secrets)[:2048]
    kind = str(problem.get("type") or "")
    words = f"{kind} {reason}".lower()
    if status == 401:
        message = Why.BAD_UPLOAD_TOKEN if upload_token else Why.BAD_API_KEY
        return AuthError(message, detail=reason, status=status)
    if status == 403:
        return AuthError(because(Why.FORBIDDEN, reason=reason), detail=reason, status=status)
    if status == 429:
        return QuotaError(
            Why.RATE_LIMITED, retry_after=retry_after_of(response), detail=reason, status=status
        )
    if status >= 500:
        # Without api.video's own problem answer (a ``type`` and a ``title``), a proxy or
        # gateway spoke: the request may well have reached api.video and been acted on. A 503
        # says the service took nothing on, whoever sends it.
        explained = bool(problem.get("type")) and bool(problem.get("title"))
        kind_of = ServerError if explained or status == 503 else OutcomeUnknownError
        return kind_of(because(Why.SERVER_ERROR, status=status), detail=reason, status=status)
    if status == 404:
        if problem.get("name") == "videoId" or "resource-not-found" in kind:
            return InvalidInputError(Why.VIDEO_NOT_FOUND, detail=reason, status=status)
        return InvalidInputError(Why.UNKNOWN_ADDRESS, detail=reason, status=status)
    if status == 400 and any(m in words for m in _ALREADY_UPLOADED_MARKERS):
        return AlreadyReceivedError(
            because(Why.REFUSED, reason=reason), whole_source=True, detail=reason, status=status
        )
    if status == 400 and any(m in words for m in _ALREADY_SENT_MARKERS):
        return AlreadyReceivedError(
            because(Why.REFUSED, reason=reason), whole_source=False, detail=reason, status=status
        )
    return InvalidInputError(because(Why.REFUSED, reason=reason), detail=reason, status=status)
