"""The window's words for how a file stands: states, retry reasons, encoding, earlier uploads.

Core reports typed phases and reasons (:mod:`uploader_gui.core.events`, ``EncodingProgress``,
``PreviousUpload``); this module is the one place the window turns them into sentences, each
through Qt's translation function so a translator can give them in the creator's language.
Placeholders are named (``{time}``, ``{quality}``) so a translation may move them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from uploader_gui.core.duplicates import PreviousUpload
from uploader_gui.core.encoding_watch import EncodingProgress, EncodingStep
from uploader_gui.core.events import RetryCause, RetryReason
from uploader_gui.gui.problem_words import day_words
from uploader_gui.gui.unit_words import duration_words

#: The translation context of every word here (the row states' source words are marked with
#: it where they are defined, in ``queue_item.ItemState``).
CONTEXT = "Status"


def state_word(source: str) -> str:
    """A row state's words ("Waiting", "Ready to watch") from its marked source words."""
    return QCoreApplication.translate(CONTEXT, source)


def retry_words(reason: RetryReason) -> str:
    """A few words for why a request is sent again ("connection lost", "server error 503")."""
    cause = reason.cause
    if cause is RetryCause.SERVER_ERROR and reason.status:
        return QCoreApplication.translate("Status", "server error {status}").format(
            status=reason.status
        )
    if cause is RetryCause.STALLED and reason.stalled_for is not None:
        return QCoreApplication.translate("Status", "nothing moved for {time}").format(
            time=duration_words(reason.stalled_for)
        )
    words = {
        RetryCause.CONNECTION_LOST: QCoreApplication.translate("Status", "connection lost"),
        RetryCause.UNREACHABLE: QCoreApplication.translate(
            "Status", "the server cannot be reached"
        ),
        RetryCause.TIMED_OUT: QCoreApplication.translate("Status", "no answer in time"),
        RetryCause.STALLED: QCoreApplication.translate("Status", "stalled"),
        RetryCause.RATE_LIMITED: QCoreApplication.translate("Status", "rate limited"),
        RetryCause.SERVER_ERROR: QCoreApplication.translate("Status", "server error"),
        RetryCause.UNREADABLE_ANSWER: QCoreApplication.translate("Status", "unreadable answer"),
    }
    return words[cause]


def retrying_words(
    *, offline: bool, wait: float | None, attempt: int, reason: RetryReason | None
) -> str:
    """``Retrying in 4 s (attempt 2: connection lost)``, or, offline, ``Waiting for network ·
    retrying in 4 s (…)``. ``wait`` is the seconds left (None: no time is known)."""
    if wait is None:
        head = (
            QCoreApplication.translate("Status", "Waiting for network · retrying")
            if offline
            else QCoreApplication.translate("Status", "Retrying")
        )
    elif wait < 0.5:
        head = (
            QCoreApplication.translate("Status", "Waiting for network · retrying now")
            if offline
            else QCoreApplication.translate("Status", "Retrying now")
        )
    else:
        template = (
            QCoreApplication.translate("Status", "Waiting for network · retrying in {time}")
            if offline
            else QCoreApplication.translate("Status", "Retrying in {time}")
        )
        head = template.format(time=duration_words(wait))
    cause = retry_words(reason) if reason is not None else ""
    if attempt and cause:
        why = QCoreApplication.translate("Status", "attempt {n}: {cause}").format(
            n=attempt, cause=cause
        )
    elif attempt:
        why = QCoreApplication.translate("Status", "attempt {n}").format(n=attempt)
    else:
        why = cause
    if not why:
        return head
    return QCoreApplication.translate("Status", "{what} ({why})").format(what=head, why=why)


def to_send_again_words(size: str) -> str:
    """``12.6 MB to send again``: a failed attempt's bytes that go once more."""
    return QCoreApplication.translate("Status", "{size} to send again").format(size=size)


def encoding_detail(progress: EncodingProgress) -> str:
    """``1080p ready``, ``encoding 360p``, ``waiting to encode``, or nothing yet."""
    step = progress.step
    if step is EncodingStep.READY:
        return QCoreApplication.translate("Status", "{quality} ready").format(
            quality=progress.quality
        )
    if step is EncodingStep.ENCODING:
        return QCoreApplication.translate("Status", "encoding {quality}").format(
            quality=progress.quality
        )
    if step is EncodingStep.WAITING:
        return QCoreApplication.translate("Status", "waiting to encode")
    return ""


def earlier_upload_words(previous: PreviousUpload, *, skipped: bool) -> str:
    """What the row says of an earlier video of the same file: while asking, or once skipped."""
    title = previous.title or previous.video_id
    template = (
        QCoreApplication.translate("Status", "Skipped: already uploaded on {date} as “{title}”.")
        if skipped
        else QCoreApplication.translate("Status", "Already uploaded on {date} as “{title}”.")
    )
    return template.format(date=day_words(previous.created_at), title=title)


def with_detail(state: str, detail: str) -> str:
    """``Ready to watch · 720p ready``."""
    return QCoreApplication.translate("Status", "{state} · {detail}").format(
        state=state, detail=detail
    )


def failed_words(detail: str) -> str:
    """``Failed — why``."""
    return QCoreApplication.translate("Status", "Failed — {why}").format(why=detail)


def waits_for_words(place: str) -> str:
    """``Waits for Sandbox``: a file queued for another environment than the one in use."""
    return QCoreApplication.translate("Status", "Waits for {place}").format(place=place)


def waits_for_key_words() -> str:
    """A file of the environment in use that cannot start: no API key is given for it yet."""
    return QCoreApplication.translate("Status", "Waiting for your API key (add it in Settings)")
