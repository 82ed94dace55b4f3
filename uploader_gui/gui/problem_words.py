"""The window's words for core's reasons, in the creator's language.

Core says why something failed as a :class:`~uploader_gui.core.reasons.Reason` (a stable
identifier and its facts); this is the one place the window turns one into a sentence, each
through Qt's translation function. Placeholders are named (``{name}``, ``{size}``) so a
translation may move them; the facts are formatted here (sizes, dates, kinds of file) in the
creator's language before they are put in.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from uploader_gui import APP_DISPLAY_NAME
from uploader_gui.core.keep_awake import AwakeState
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.recording_problems import RecordingProblem
from uploader_gui.gui.recording_words import problem_words as recording_problem_words
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, translate
from uploader_gui.gui.unit_words import size_words

#: The translation context of every sentence here.
CONTEXT = "Problem"

#: One sentence per reason (``EARLIER_TEXT``, a sentence saved by an earlier version, is shown
#: as it was written).
TEMPLATES: Mapping[Why, str] = {
    Why.BAD_API_KEY: QT_TRANSLATE_NOOP(
        "Problem",
        "The API key was refused. Check that it is the key for this environment.",
    ),
    Why.BAD_UPLOAD_TOKEN: QT_TRANSLATE_NOOP(
        "Problem",
        "The upload token was refused: it may have expired or been deleted.",
    ),
    Why.FORBIDDEN: QT_TRANSLATE_NOOP(
        "Problem",
        "api.video refused access for this account: {reason}",
    ),
    Why.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "Problem",
        "api.video asked us to slow down; waiting before the next request.",
    ),
    Why.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "Problem",
        "The server had a problem ({status}). It will be tried again.",
    ),
    Why.VIDEO_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Problem",
        "The video no longer exists on api.video (it may have been deleted).",
    ),
    Why.UNKNOWN_ADDRESS: QT_TRANSLATE_NOOP(
        "Problem",
        "The server does not offer this request; check the server address.",
    ),
    Why.REFUSED: QT_TRANSLATE_NOOP(
        "Problem",
        "api.video refused the upload: {reason}",
    ),
    Why.UNREADABLE_ANSWER: QT_TRANSLATE_NOOP(
        "Problem",
        "The server sent an answer the uploader cannot read.",
    ),
    Why.ANSWER_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Problem",
        "The server sent an answer far larger than any api.video answer.",
    ),
    Why.REDIRECTED: QT_TRANSLATE_NOOP(
        "Problem",
        "The server tried to send the request elsewhere ({where}). The uploader does "
        "not follow redirects, so your key stays with this server: check the server "
        "address.",
    ),
    Why.NEEDS_ONE_CREDENTIAL: QT_TRANSLATE_NOOP(
        "Problem",
        "Give either an API key or an upload token.",
    ),
    Why.NO_NETWORK: QT_TRANSLATE_NOOP(
        "Problem",
        "Cannot reach the server. Check the internet connection.",
    ),
    Why.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Problem",
        "Cannot reach the server at {address}. Check the server address and the internet "
        "connection.",
    ),
    Why.TIMED_OUT: QT_TRANSLATE_NOOP(
        "Problem",
        "The server did not answer in time. Check the internet connection.",
    ),
    Why.STALLED: QT_TRANSLATE_NOOP(
        "Problem",
        "Nothing moved for {seconds} s: the connection stalled. Check the internet connection.",
    ),
    Why.GAVE_UP: QT_TRANSLATE_NOOP(
        "Problem",
        "{cause} Gave up after {attempts} attempts.",
    ),
    Why.FILE_VANISHED: QT_TRANSLATE_NOOP(
        "Problem",
        "The file was moved or deleted during the upload.",
    ),
    Why.FILE_CHANGED: QT_TRANSLATE_NOOP(
        "Problem",
        "The file changed on disk during the upload; upload it again when it is final.",
    ),
    Why.FILE_EMPTY: QT_TRANSLATE_NOOP(
        "Problem",
        "The file is empty (0 bytes).",
    ),
    Why.FILE_MISSING: QT_TRANSLATE_NOOP(
        "Problem",
        "The file does not exist.",
    ),
    Why.FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Problem",
        "The file cannot be read (permission denied).",
    ),
    Why.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Problem",
        "This is a folder, not a file.",
    ),
    Why.NOT_A_VIDEO: QT_TRANSLATE_NOOP(
        "Problem",
        "This doesn't look like a video file ({what}).",
    ),
    Why.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Problem",
        "The file is {size}; api.video accepts videos of up to {limit}.",
    ),
    Why.NOT_REGULAR_FILE: QT_TRANSLATE_NOOP(
        "Problem",
        "This is a {what}, not a regular file, so it cannot be uploaded.",
    ),
    Why.LINK_LOOP: QT_TRANSLATE_NOOP(
        "Problem",
        "This link leads round in a circle and never reaches a file.",
    ),
    Why.FILE_READ_ERROR: QT_TRANSLATE_NOOP(
        "Problem",
        "The file cannot be read ({error}).",
    ),
    Why.FOLDER_UNREADABLE: QT_TRANSLATE_NOOP(
        "Problem",
        "This folder cannot be opened ({error}).",
    ),
    Why.TOO_MANY_FILES: QT_TRANSLATE_NOOP(
        "Problem",
        "Only the first {limit} files were added; add the rest separately.",
    ),
    Why.CANNOT_UPLOAD: QT_TRANSLATE_NOOP(
        "Problem",
        "This file cannot be uploaded.",
    ),
    Why.CANCELLED: QT_TRANSLATE_NOOP(
        "Problem",
        "The upload was cancelled.",
    ),
    Why.OTHER_VIDEO: QT_TRANSLATE_NOOP(
        "Problem",
        "The server answered with another video than the one uploaded.",
    ),
    Why.FIRST_CHUNK_LOST: QT_TRANSLATE_NOOP(
        "Problem",
        "The connection dropped just after the start of the file was sent with the "
        "upload token, so api.video may already have made a video of it. Check the "
        "video list on api.video before trying again, so the video is not created "
        "twice.",
    ),
    Why.REFUSED_UNSENT: QT_TRANSLATE_NOOP(
        "Problem",
        "The server refused part of the file as already received, although it had "
        "never been sent, so the upload is not complete. Try again later.",
    ),
    Why.TOKEN_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "Problem",
        "The server did not confirm that it received the whole file, and an upload "
        "token cannot ask it. Try the upload again: what the server already has is "
        "not sent twice.",
    ),
    Why.NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "Problem",
        "The server did not confirm that it received the whole file. Try the upload again.",
    ),
    Why.CREATE_LOST: QT_TRANSLATE_NOOP(
        "Problem",
        "The connection dropped while the video was being created. Check the video "
        "list on api.video before trying again, so the video is not created twice.",
    ),
    Why.CREATE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Problem",
        "The server's answer to creating the video could not be read, so it may have "
        "been created. Check the video list on api.video before trying again, so the "
        "video is not created twice.",
    ),
    Why.PARTS_UNKNOWN: QT_TRANSLATE_NOOP(
        "Problem",
        "The server's record of the parts already sent fits no part size, so the "
        "upload cannot be continued safely. Upload the file again as a new video.",
    ),
    Why.NO_LINKS_WITH_TOKEN: QT_TRANSLATE_NOOP(
        "Problem",
        "Links are not available with an upload token; find the video in your api.video dashboard.",
    ),
    Why.CHANGED_SINCE_QUEUED: QT_TRANSLATE_NOOP(
        "Problem",
        "“{name}” changed since it was queued, so nothing more of it was sent. Upload "
        "it again as a new video if the new version is the one you want.",
    ),
    Why.MISSING_SINCE_QUEUED: QT_TRANSLATE_NOOP(
        "Problem",
        "“{name}” is no longer at {path} or cannot be read, so nothing more of it was "
        "sent. Put it back to continue, or remove it from the queue.",
    ),
    Why.STORE_FAILED: QT_TRANSLATE_NOOP(
        "Problem",
        "The upload list could not be saved ({error}), so the upload was stopped to "
        "keep its progress honest. Free some disk space and continue.",
    ),
    Why.PARTS_MISMATCH: QT_TRANSLATE_NOOP(
        "Problem",
        "“{name}” cannot be continued safely: the server's record of its parts does "
        "not match the part size it was started with, so nothing more was sent.",
    ),
    Why.REPLACED: QT_TRANSLATE_NOOP(
        "Problem",
        "Replaced by an upload of the changed file as a new video.",
    ),
    Why.RECORDING_NEEDS_KEY: QT_TRANSLATE_NOOP(
        "Problem",
        "Uploading while recording needs an API key: an upload token cannot ask api.video "
        "which parts it already holds.",
    ),
    Why.RECORDING_STOPPED: QT_TRANSLATE_NOOP(
        "Problem",
        "The recording could not be uploaded as it was written.",
    ),
    Why.WRONG_CREDENTIAL: QT_TRANSLATE_NOOP(
        "Problem",
        "“{name}” was queued to upload with {wanted}, but {given} was given to continue it.",
    ),
    Why.ALREADY_RUNNING: QT_TRANSLATE_NOOP(
        "Problem",
        "{app} is already running and uploading this queue. Switch to that window, or "
        "wait until it has finished.",
    ),
    Why.STORE_TOO_NEW: QT_TRANSLATE_NOOP(
        "Problem",
        "The upload list at {path} was saved by a newer version of {app}. Install "
        "that version again to continue those uploads; the file was left as it is.",
    ),
    Why.STORE_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problem",
        "the upload list there cannot be opened or written (a read-only or full disk, "
        "or no permission)",
    ),
    Why.STORE_RECOVERED: QT_TRANSLATE_NOOP(
        "Problem",
        "The saved upload list could not be read, so a new one was started. The old "
        "file was kept as {path}.",
    ),
    Why.STOPPED_WATCHING: QT_TRANSLATE_NOOP(
        "Problem",
        "The upload is complete; api.video is still encoding it. Open the link later to watch it.",
    ),
    Why.ENCODING_FAILED: QT_TRANSLATE_NOOP(
        "Problem",
        "api.video could not encode this video ({qualities} failed).",
    ),
    Why.TOKEN_NO_CHECK: QT_TRANSLATE_NOOP(
        "Problem",
        "With an upload token, api.video cannot tell whether a file was uploaded "
        "before, so duplicates are not checked.",
    ),
    Why.SKIPPED_EARLIER: QT_TRANSLATE_NOOP(
        "Problem",
        "Skipped: already uploaded on {date} as “{title}”.",
    ),
    Why.URL_USER_INFO: QT_TRANSLATE_NOOP(
        "Problem",
        "The address must not contain a user name or password; give the API key separately.",
    ),
    Why.URL_PORT: QT_TRANSLATE_NOOP(
        "Problem",
        "“{url}” has no usable port: a port is a number from 1 to 65535.",
    ),
    Why.URL_QUERY: QT_TRANSLATE_NOOP(
        "Problem",
        "The address must not contain “?” or “#” parts; give only the server and, if "
        "needed, a path.",
    ),
    Why.URL_SCHEME: QT_TRANSLATE_NOOP(
        "Problem",
        "“{url}” is not a web address (it should start with https://).",
    ),
    Why.URL_PLAIN_HTTP: QT_TRANSLATE_NOOP(
        "Problem",
        "Plain http is only allowed for this computer (127.0.0.1 or localhost); use "
        "an https:// address.",
    ),
    Why.BAD_SIZE: QT_TRANSLATE_NOOP(
        "Problem",
        "“{text}” is not a size; write it like 50MiB, 1GiB or a number of bytes.",
    ),
    Why.BAD_RATE: QT_TRANSLATE_NOOP(
        "Problem",
        "“{text}” is not a speed; write it like 5MB/s, 800kB/s, 2MiB/s or a number of "
        "bytes per second.",
    ),
    Why.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Problem",
        "No system keyring is available, so API keys are kept in memory only and will "
        "be asked for again next time the app starts.",
    ),
    Why.KEYRING_FAILED: QT_TRANSLATE_NOOP(
        "Problem",
        "The system keyring stopped working ({error}), so API keys are kept in memory "
        "only and will be asked for again next time the app starts.",
    ),
    Why.UNEXPECTED: QT_TRANSLATE_NOOP(
        "Problem",
        "Something unexpected went wrong ({kind}). The details are in the log file.",
    ),
    Why.RETRYING: QT_TRANSLATE_NOOP(
        "Problem",
        "Waiting to send again ({cause}).",
    ),
}

_LOOKS_LIKE = {
    "image": QT_TRANSLATE_NOOP("Problem", "it looks like an image ({format})"),
    "audio": QT_TRANSLATE_NOOP("Problem", "it looks like an audio file ({format})"),
    "document": QT_TRANSLATE_NOOP("Problem", "it looks like a document ({format})"),
    "archive": QT_TRANSLATE_NOOP("Problem", "it looks like an archive ({format})"),
    "program": QT_TRANSLATE_NOOP("Problem", "it looks like a program ({format})"),
    "database": QT_TRANSLATE_NOOP("Problem", "it looks like a database ({format})"),
    "other": QT_TRANSLATE_NOOP("Problem", "it looks like a file of another kind ({format})"),
}
_LOOKS_LIKE_BARE = {
    "image": QT_TRANSLATE_NOOP("Problem", "it looks like an image"),
    "audio": QT_TRANSLATE_NOOP("Problem", "it looks like an audio file"),
    "document": QT_TRANSLATE_NOOP("Problem", "it looks like a document"),
    "archive": QT_TRANSLATE_NOOP("Problem", "it looks like an archive"),
    "program": QT_TRANSLATE_NOOP("Problem", "it looks like a program"),
    "database": QT_TRANSLATE_NOOP("Problem", "it looks like a database"),
    "text": QT_TRANSLATE_NOOP("Problem", "it looks like text"),
    "other": QT_TRANSLATE_NOOP("Problem", "it looks like a file of another kind"),
}
_SPECIAL_FILES = {
    "fifo": QT_TRANSLATE_NOOP("Problem", "named pipe"),
    "device": QT_TRANSLATE_NOOP("Problem", "device"),
    "socket": QT_TRANSLATE_NOOP("Problem", "socket"),
    "special": QT_TRANSLATE_NOOP("Problem", "special file"),
}
_CREDENTIALS = {
    "api_key": QT_TRANSLATE_NOOP("Problem", "an API key"),
    "upload_token": QT_TRANSLATE_NOOP("Problem", "an upload token"),
}
_RETRY_CAUSES = {
    "connection_lost": QT_TRANSLATE_NOOP("Problem", "connection lost"),
    "unreachable": QT_TRANSLATE_NOOP("Problem", "the server cannot be reached"),
    "timed_out": QT_TRANSLATE_NOOP("Problem", "no answer in time"),
    "stalled": QT_TRANSLATE_NOOP("Problem", "stalled"),
    "rate_limited": QT_TRANSLATE_NOOP("Problem", "rate limited"),
    "server_error": QT_TRANSLATE_NOOP("Problem", "server error"),
    "unreadable_answer": QT_TRANSLATE_NOOP("Problem", "unreadable answer"),
}
_AWAKE = {
    AwakeState.KEEPING: QT_TRANSLATE_NOOP(
        "Problem", "This computer is kept awake while uploads run"
    ),
    AwakeState.UNAVAILABLE: QT_TRANSLATE_NOOP("Problem", "Sleep can't be prevented on this system"),
}


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def reason_words(reason: Reason) -> str:
    """The sentence for ``reason`` in the creator's language."""
    why = reason.why
    if why is Why.EARLIER_TEXT:
        return reason.text("text")
    if why is Why.RECORDING_STOPPED:
        recorded = _recording_words(reason)
        if recorded:
            return recorded
    facts: dict[str, object] = dict(reason.facts)
    facts["app"] = APP_DISPLAY_NAME
    if why is Why.FILE_TOO_LARGE:
        facts["size"] = size_words(reason.number("size"))
        facts["limit"] = size_words(reason.number("limit"))
    elif why is Why.TOO_MANY_FILES:
        facts["limit"] = QLocale().toString(reason.number("limit"))
    elif why is Why.STALLED:
        facts["seconds"] = QLocale().toString(float(reason.fact("seconds", 0)), "g", 6)
    elif why is Why.NOT_A_VIDEO:
        facts["what"] = _looks_like(reason)
    elif why is Why.NOT_REGULAR_FILE:
        facts["what"] = tr(_SPECIAL_FILES.get(reason.text("what"), _SPECIAL_FILES["special"]))
    elif why is Why.WRONG_CREDENTIAL:
        facts["wanted"] = _credential(reason.text("wanted"))
        facts["given"] = _credential(reason.text("given"))
    elif why is Why.SKIPPED_EARLIER:
        facts["date"] = day_words(reason.text("created_at"))
    elif why is Why.GAVE_UP:
        cause = reason.cause
        facts["cause"] = reason_words(cause) if cause is not None else ""
    elif why is Why.RETRYING:
        words = _RETRY_CAUSES.get(reason.text("cause"))
        facts["cause"] = tr(words) if words else reason.text("cause")
    return tr(TEMPLATES[why]).format(**facts)


def _recording_words(reason: Reason) -> str:
    """The specific words for an upload while recording that stopped, from its typed problem
    ("" when the reason does not name one the window knows)."""
    try:
        problem = RecordingProblem(reason.text("problem"))
    except ValueError:
        return ""
    return recording_problem_words(problem, reason.number("sent"), reason.number("on_disk"))


def error_words(error: BaseException) -> str:
    """The sentence for an error that carries a reason (the engine's typed errors, an unusable
    address), else the error's own text (the system's words)."""
    reason = getattr(error, "reason", None)
    if isinstance(reason, Reason):
        return reason_words(reason)
    return str(error)


def no_links_words() -> str:
    """Why a video uploaded with an upload token shows no links."""
    return reason_words(Reason(Why.NO_LINKS_WITH_TOKEN))


def already_running_words() -> str:
    return reason_words(Reason(Why.ALREADY_RUNNING))


def token_no_check_words() -> str:
    return reason_words(Reason(Why.TOKEN_NO_CHECK))


def awake_words(state: AwakeState) -> str:
    """Whether the computer is kept awake, in a few words ("" before it was asked)."""
    source = _AWAKE.get(state)
    return tr(source) if source else ""


def day_words(created_at: str) -> str:
    """The day of an ISO 8601 time in the creator's language ("29 Nov 2026", "29 nov. 2026"),
    or "an earlier day" when it cannot be read."""
    when = QDateTime.fromString(created_at, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(created_at, Qt.DateFormat.ISODate)
    day = when.date() if when.isValid() else QDate()
    if not day.isValid():
        return translate("Problem", "an earlier day")
    # The order and marks of a short date are the translator's ("29. Nov. 2026" in German).
    return QLocale().toString(day, translate("Problem", "d MMM yyyy", "a date format"))


def _looks_like(reason: Reason) -> str:
    kind = reason.text("looks_like")
    if not kind:
        return translate("Problem", "its format is not one we recognise")
    name = reason.text("format")
    if name and kind in _LOOKS_LIKE:
        return tr(_LOOKS_LIKE[kind]).format(format=name)
    return tr(_LOOKS_LIKE_BARE.get(kind, _LOOKS_LIKE_BARE["other"]))


def _credential(kind: str) -> str:
    source = _CREDENTIALS.get(kind)
    return tr(source) if source else kind
