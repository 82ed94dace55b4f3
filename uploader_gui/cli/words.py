"""The command line's words for core's reasons, in English.

Core reports why something failed as a :class:`~uploader_gui.core.reasons.Reason` (a stable
identifier and its facts); this is the one place the command line turns one into a sentence.
The window words the same reasons through Qt's translations (``gui/problem_words.py``); the two
lists are kept complete by ``tests/test_reason_words.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from uploader_gui import APP_DISPLAY_NAME
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.events import RetryCause
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.units import format_size

#: One template per reason; ``{name}`` placeholders are the reason's facts (and the extra words
#: :func:`reason_words` derives from them: ``size`` and ``limit`` as sizes, ``looks_like``…).
TEMPLATES: Mapping[Why, str] = {
    Why.BAD_API_KEY: "The API key was refused. Check that it is the key for this environment.",
    Why.BAD_UPLOAD_TOKEN: "The upload token was refused: it may have expired or been deleted.",
    Why.FORBIDDEN: "api.video refused access for this account: {reason}",
    Why.RATE_LIMITED: "api.video asked us to slow down; waiting before the next request.",
    Why.SERVER_ERROR: "The server had a problem ({status}). It will be tried again.",
    Why.VIDEO_NOT_FOUND: "The video no longer exists on api.video (it may have been deleted).",
    Why.UNKNOWN_ADDRESS: "The server does not offer this request; check the server address.",
    Why.REFUSED: "api.video refused the upload: {reason}",
    Why.UNREADABLE_ANSWER: "The server sent an answer the uploader cannot read.",
    Why.ANSWER_TOO_LARGE: "The server sent an answer far larger than any api.video answer.",
    Why.REDIRECTED: (
        "The server tried to send the request elsewhere ({where}). The uploader does not follow "
        "redirects, so your key stays with this server: check the server address."
    ),
    Why.NEEDS_ONE_CREDENTIAL: "Give either an API key or an upload token.",
    Why.NO_NETWORK: "Cannot reach the server. Check the internet connection.",
    Why.UNREACHABLE: (
        "Cannot reach the server at {address}: {cause}. Check the address "
        "(--base-url or --env) and the internet connection."
    ),
    Why.TIMED_OUT: "The server did not answer in time. Check the internet connection.",
    Why.STALLED: (
        "Nothing moved for {seconds} s: the connection stalled. Check the internet connection."
    ),
    Why.GAVE_UP: "{cause} Gave up after {attempts} attempts.",
    Why.FILE_VANISHED: "The file was moved or deleted during the upload.",
    Why.FILE_CHANGED: (
        "The file changed on disk during the upload; upload it again when it is final."
    ),
    Why.FILE_EMPTY: "The file is empty (0 bytes).",
    Why.FILE_MISSING: "The file does not exist.",
    Why.FILE_UNREADABLE: "The file cannot be read (permission denied).",
    Why.NOT_A_FILE: "This is a folder, not a file.",
    Why.NOT_A_VIDEO: "This doesn't look like a video file ({what}).",
    Why.FILE_TOO_LARGE: "The file is {size}; api.video accepts videos of up to {limit}.",
    Why.NOT_REGULAR_FILE: "This is a {what}, not a regular file, so it cannot be uploaded.",
    Why.LINK_LOOP: "This link leads round in a circle and never reaches a file.",
    Why.FILE_READ_ERROR: "The file cannot be read ({error}).",
    Why.FOLDER_UNREADABLE: "This folder cannot be opened ({error}).",
    Why.TOO_MANY_FILES: "Only the first {limit} files were added; add the rest separately.",
    Why.CANNOT_UPLOAD: "This file cannot be uploaded.",
    Why.CANCELLED: "The upload was cancelled.",
    Why.OTHER_VIDEO: "The server answered with another video than the one uploaded.",
    Why.FIRST_CHUNK_LOST: (
        "The connection dropped just after the start of the file was sent with the upload "
        "token, so api.video may already have made a video of it. Check the video list on "
        "api.video before trying again, so the video is not created twice."
    ),
    Why.REFUSED_UNSENT: (
        "The server refused part of the file as already received, although it had never been "
        "sent, so the upload is not complete. Try again later."
    ),
    Why.TOKEN_NOT_CONFIRMED: (
        "The server did not confirm that it received the whole file, and an upload token "
        "cannot ask it. Try the upload again: what the server already has is not sent twice."
    ),
    Why.NOT_CONFIRMED: (
        "The server did not confirm that it received the whole file. Try the upload again."
    ),
    Why.CREATE_LOST: (
        "The connection dropped while the video was being created. Check the video list on "
        "api.video before trying again, so the video is not created twice."
    ),
    Why.CREATE_UNKNOWN: (
        "The server's answer to creating the video could not be read, so it may have been "
        "created. Check the video list on api.video before trying again, so the video is not "
        "created twice."
    ),
    Why.PARTS_UNKNOWN: (
        "The server's record of the parts already sent fits no part size, so the upload cannot "
        "be continued safely. Upload the file again as a new video."
    ),
    Why.NO_LINKS_WITH_TOKEN: (
        "Links are not available with an upload token; find the video in your api.video dashboard."
    ),
    Why.CHANGED_SINCE_QUEUED: (
        "“{name}” changed since it was queued, so nothing more of it was sent. "
        "Upload it again as a new video if the new version is the one you want."
    ),
    Why.MISSING_SINCE_QUEUED: (
        "“{name}” is no longer at {path} or cannot be read, so nothing more of it was sent. "
        "Put it back to continue, or remove it from the queue."
    ),
    Why.STORE_FAILED: (
        "The upload list could not be saved ({error}), so the upload was stopped to keep its "
        "progress honest. Free some disk space and continue."
    ),
    Why.PARTS_MISMATCH: (
        "“{name}” cannot be continued safely: the server's record of its parts does not match "
        "the part size it was started with, so nothing more was sent."
    ),
    Why.REPLACED: "Replaced by an upload of the changed file as a new video.",
    Why.RECORDING_NEEDS_KEY: (
        "Uploading while recording needs an API key: an upload token cannot ask api.video "
        "which parts it already holds."
    ),
    Why.RECORDING_STOPPED: "The recording could not be uploaded as it was written.",
    Why.WRONG_CREDENTIAL: (
        "“{name}” was queued to upload with {wanted}, but {given} was given to continue it."
    ),
    Why.ALREADY_RUNNING: (
        f"{APP_DISPLAY_NAME} is already running and uploading this queue. "
        "Switch to that window, or wait until it has finished."
    ),
    Why.STORE_TOO_NEW: (
        f"The upload list at {{path}} was saved by a newer version of {APP_DISPLAY_NAME}. "
        "Install that version again to continue those uploads; the file was left as it is."
    ),
    Why.STORE_UNAVAILABLE: (
        "the upload list there cannot be opened or written (a read-only or full disk, or no "
        "permission)"
    ),
    Why.STORE_RECOVERED: (
        "The saved upload list could not be read, so a new one was started. "
        "The old file was kept as {path}."
    ),
    Why.STOPPED_WATCHING: (
        "The upload is complete; api.video is still encoding it. Open the link later to watch it."
    ),
    Why.ENCODING_FAILED: "api.video could not encode this video ({qualities} failed).",
    Why.TOKEN_NO_CHECK: (
        "With an upload token, api.video cannot tell whether a file was uploaded before, "
        "so duplicates are not checked."
    ),
    Why.SKIPPED_EARLIER: "Skipped: already uploaded on {date} as “{title}”.",
    Why.URL_USER_INFO: (
        "The address must not contain a user name or password; give the API key separately."
    ),
    Why.URL_PORT: "“{url}” has no usable port: a port is a number from 1 to 65535.",
    Why.URL_QUERY: (
        "The address must not contain “?” or “#” parts; give only the server and, if needed, "
        "a path."
    ),
    Why.URL_SCHEME: "“{url}” is not a web address (it should start with https://).",
    Why.URL_PLAIN_HTTP: (
        "Plain http is only allowed for this computer (127.0.0.1 or localhost); "
        "use an https:// address."
    ),
    Why.BAD_SIZE: "“{text}” is not a size; write it like 50MiB, 1GiB or a number of bytes.",
    Why.BAD_RATE: (
        "“{text}” is not a speed; write it like 5MB/s, 800kB/s, 2MiB/s or a number of bytes "
        "per second."
    ),
    Why.KEYRING_UNAVAILABLE: (
        "No system keyring is available, so API keys are kept in memory only and will be "
        "asked for again next time the app starts."
    ),
    Why.KEYRING_FAILED: (
        "The system keyring stopped working ({error}), so API keys are kept in memory only and "
        "will be asked for again next time the app starts."
    ),
    Why.UNEXPECTED: "Something unexpected went wrong ({kind}).",
    Why.RETRYING: "Waiting to send again ({cause}).",
    Why.EARLIER_TEXT: "{text}",
}

_LOOKS_LIKE = {
    "image": "an image",
    "audio": "an audio file",
    "document": "a document",
    "archive": "an archive",
    "program": "a program",
    "database": "a database",
    "text": "text",
    "other": "a file of another kind",
}
_SPECIAL_FILES = {
    "fifo": "named pipe",
    "device": "device",
    "socket": "socket",
    "special": "special file",
}
#: Why a request is sent again, in a few words (``RetryCause``).
RETRY_CAUSE_WORDS: Mapping[RetryCause, str] = {
    RetryCause.CONNECTION_LOST: "connection lost",
    RetryCause.UNREACHABLE: "the server cannot be reached",
    RetryCause.TIMED_OUT: "no answer in time",
    RetryCause.STALLED: "stalled",
    RetryCause.RATE_LIMITED: "rate limited",
    RetryCause.SERVER_ERROR: "server error",
    RetryCause.UNREADABLE_ANSWER: "unreadable answer",
}
#: What stopped the first connection to a server (``Why.UNREACHABLE``'s ``cause``).
_UNREACHABLE_CAUSES = {
    "refused": "nothing answers there (connection refused)",
    "name": "that name is not found",
    "tls": "its secure connection (TLS) failed",
    "timeout": "it did not answer",
}
_CREDENTIALS = {"api_key": "an API key", "upload_token": "an upload token"}


def reason_words(reason: Reason) -> str:
    """The sentence for ``reason``."""
    facts: dict[str, object] = dict(reason.facts)
    why = reason.why
    if why is Why.FILE_TOO_LARGE:
        facts["size"] = format_size(reason.number("size"))
        facts["limit"] = format_size(reason.number("limit"))
    elif why is Why.TOO_MANY_FILES:
        facts["limit"] = f"{reason.number('limit'):,}"
    elif why is Why.STALLED:
        facts["seconds"] = f"{float(reason.fact('seconds', 0)):g}"
    elif why is Why.NOT_A_VIDEO:
        facts["what"] = _looks_like(reason)
    elif why is Why.NOT_REGULAR_FILE:
        facts["what"] = _SPECIAL_FILES.get(reason.text("what"), "special file")
    elif why is Why.WRONG_CREDENTIAL:
        facts["wanted"] = _CREDENTIALS.get(reason.text("wanted"), reason.text("wanted"))
        facts["given"] = _CREDENTIALS.get(reason.text("given"), reason.text("given"))
    elif why is Why.SKIPPED_EARLIER:
        facts["date"] = day_words(reason.text("created_at"))
    elif why is Why.GAVE_UP:
        cause = reason.cause
        facts["cause"] = reason_words(cause) if cause is not None else ""
    elif why is Why.RETRYING:
        known = {str(c): words for c, words in RETRY_CAUSE_WORDS.items()}
        facts["cause"] = known.get(reason.text("cause"), "a failed attempt")
    elif why is Why.UNREACHABLE:
        facts["cause"] = _UNREACHABLE_CAUSES.get(reason.text("cause"), "it did not answer")
    return TEMPLATES[why].format(**facts)


def _looks_like(reason: Reason) -> str:
    kind = reason.text("looks_like")
    if not kind:
        return "its format is not one we recognise"
    words = _LOOKS_LIKE.get(kind, _LOOKS_LIKE["other"])
    name = reason.text("format")
    return f"it looks like {words} ({name})" if name else f"it looks like {words}"


def day_words(created_at: str) -> str:
    """``29 Nov 2026`` from api.video's ISO 8601 time, or ``an earlier day``."""
    try:
        when = datetime.fromisoformat(created_at)
    except ValueError:
        return "an earlier day"
    return f"{when.day} {when.strftime('%b %Y')}"


def error_words(error: BaseException) -> str:
    """The sentence for an error that carries a reason (the engine's typed errors, an
    unusable address or size), else the error's own text (the system's words)."""
    reason = getattr(error, "reason", None)
    if isinstance(reason, Reason):
        return reason_words(reason)
    return str(error)


_ENVIRONMENTS = {
    EnvironmentKind.PRODUCTION: "Production",
    EnvironmentKind.SANDBOX: "Sandbox",
    EnvironmentKind.DEMO: "Local demo",
}


def environment_words(environment: Environment) -> str:
    """``Production``, ``Sandbox``, ``Local demo``, or ``the server at https://…``: as the
    creator chose it, never the name the keyring keeps it under."""
    if environment.kind is EnvironmentKind.CUSTOM:
        return f"the server at {environment.base_url}"
    return _ENVIRONMENTS[environment.kind]
