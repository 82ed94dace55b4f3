"""Typed errors that carry the sentence a creator can act on.

The engine raises these; the window and the command line show ``str(error)`` as it is, so every
message is written for a person, not a developer. Texts shared by several places live here.
"""

from __future__ import annotations


class UploadError(Exception):
    """Base of every error the engine reports. ``retryable`` tells the scheduler whether trying
    the same thing again later can help."""

    retryable = False

    def __init__(self, message: str, *, detail: str | None = None, status: int | None = None):
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.status = status

    def __str__(self) -> str:
        return self.message


class AuthError(UploadError):
    """The key or token was refused: only the user can fix it."""


class QuotaError(UploadError):
    """Rate limit or account limit. ``retry_after`` in seconds when the server said."""

    retryable = True

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
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


# Messages used in more than one place.
MSG_BAD_API_KEY = "The API key was refused. Check that it is the key for this environment."
MSG_BAD_UPLOAD_TOKEN = "The upload token was refused: it may have expired or been deleted."
MSG_RATE_LIMITED = "api.video asked us to slow down; waiting before the next request."
MSG_NO_NETWORK = "Cannot reach the server. Check the internet connection."
MSG_SERVER_ERROR = "The server had a problem ({status}). It will be tried again."
MSG_FILE_VANISHED = "The file was moved or deleted during the upload."
MSG_FILE_CHANGED = "The file changed on disk during the upload; upload it again when it is final."
MSG_FILE_EMPTY = "The file is empty (0 bytes)."
MSG_FILE_MISSING = "The file does not exist."
MSG_FILE_UNREADABLE = "The file cannot be read (permission denied)."
MSG_NOT_A_FILE = "This is a folder, not a file."
MSG_NOT_A_VIDEO = "This doesn't look like a video file ({what})."
MSG_FILE_TOO_LARGE = "The file is {size}; api.video accepts videos of up to {limit}."
MSG_NOT_REGULAR_FILE = "This is a {what}, not a regular file, so it cannot be uploaded."
MSG_LINK_LOOP = "This link leads round in a circle and never reaches a file."
MSG_FILE_READ_ERROR = "The file cannot be read ({error})."
MSG_FOLDER_UNREADABLE = "This folder cannot be opened ({error})."
MSG_TOO_MANY_FILES = "Only the first {limit:,} files were added; add the rest separately."
MSG_NO_LINKS_WITH_TOKEN = (
    "Links are not available with an upload token; find the video in your api.video dashboard."
)
