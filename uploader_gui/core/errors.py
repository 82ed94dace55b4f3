"""Typed errors that carry why, as a :class:`~uploader_gui.core.reasons.Reason`.

The engine raises these; the window and the command line each word ``error.reason`` in their
own language (``str(error)`` is for logs only). ``retryable`` and the class say what the engine
may do about it; the reason says what the creator can.
"""

from __future__ import annotations

from uploader_gui.core.reasons import Reason, Why


class UploadError(Exception):
    """Base of every error the engine reports. ``retryable`` tells the scheduler whether trying
    the same thing again later can help."""

    retryable = False

    def __init__(
        self, why: Reason | Why, *, detail: str | None = None, status: int | None = None
    ) -> None:
        self.reason = why if isinstance(why, Reason) else Reason(why)
        super().__init__(str(self.reason))
        self.detail = detail
        self.status = status

    def __str__(self) -> str:
        return str(self.reason)


class AuthError(UploadError):
    """The key or token was refused: only the user can fix it."""


class QuotaError(UploadError):
    """Rate limit or account limit. ``retry_after`` in seconds when the server said."""

    retryable = True

    def __init__(
        self, why: Reason | Why, *, retry_after: float | None = None, **kw: object
    ) -> None:
        super().__init__(why, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class InvalidInputError(UploadError):
    """The server refused what was sent (a 4xx other than auth and rate limits), or a local
    file cannot be uploaded as it is."""


class NetworkError(UploadError):
    """The connection failed, timed out or stalled."""

    retryable = True


class ServerError(UploadError):
    """The server answered 5xx or something unreadable."""

    retryable = True


class OutcomeUnknownError(ServerError):
    """An answer that says nothing the client can trust about what the server did: an error
    page that is not api.video's own (a proxy or gateway answered), or a success whose body
    cannot be read. Repeatable requests are simply sent again; a request that creates
    something is not, since it may have been acted on."""


class SourceChangedError(InvalidInputError):
    """The file on disk changed or vanished while it was being uploaded."""


class CancelledError(UploadError):
    """The user cancelled this upload."""
