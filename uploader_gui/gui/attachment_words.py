"""The window's words for captions, chapters and thumbnails, and for how sending them went.

Core says why an attachment was not sent as an :class:`AttachmentProblem`; this is the one
place the window turns one into words, each through Qt's translation function, so the row and
the details panel say the same thing in the creator's language.
"""

from __future__ import annotations

from collections.abc import Mapping

from uploader_gui.core.attachments import (
    Attachment,
    AttachmentKind,
    AttachmentProblem,
    AttachmentResult,
    AttachmentState,
)
from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate

#: The translation context of every phrase here.
CONTEXT = "Attachment"

#: One phrase per problem; ``%1`` is the line of the file it is about (see :func:`problem_words`).
PROBLEMS: Mapping[AttachmentProblem, str] = {
    AttachmentProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "Attachment", "cannot be read (moved, deleted, or no permission)"
    ),
    AttachmentProblem.EMPTY: QT_TRANSLATE_NOOP(
        "Attachment", "empty: there is no cue or chapter in it"
    ),
    AttachmentProblem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Attachment", "too large (api.video takes files of up to 8.39 MB)"
    ),
    AttachmentProblem.NOT_SUBTITLES: QT_TRANSLATE_NOOP("Attachment", "not a subtitle file"),
    AttachmentProblem.BAD_CUE_TIME: QT_TRANSLATE_NOOP(
        "Attachment",
        "a cue's time cannot be used: it must end after it starts, with minutes and seconds "
        "up to 59",
    ),
    AttachmentProblem.BAD_CHAPTER_LINE: QT_TRANSLATE_NOOP(
        "Attachment", "not a chapter: write a time, then a title, e.g. “1:05 The idea”"
    ),
    AttachmentProblem.CHAPTERS_NOT_AT_ZERO: QT_TRANSLATE_NOOP(
        "Attachment", "the first chapter must start at 0:00"
    ),
    AttachmentProblem.CHAPTERS_NOT_IN_ORDER: QT_TRANSLATE_NOOP(
        "Attachment", "each chapter must start after the one above it"
    ),
    AttachmentProblem.NOT_AN_IMAGE: QT_TRANSLATE_NOOP(
        "Attachment", "not a JPEG, PNG or WebP image"
    ),
    AttachmentProblem.REFUSED: QT_TRANSLATE_NOOP("Attachment", "refused by api.video: %1"),
    AttachmentProblem.VIDEO_GONE: QT_TRANSLATE_NOOP(
        "Attachment", "not sent: the video no longer exists on api.video"
    ),
    AttachmentProblem.NEEDS_API_KEY: QT_TRANSLATE_NOOP(
        "Attachment",
        "not sent: captions, chapters and thumbnails need an API key, not an upload token",
    ),
}
MSG_SKIPPED_FOR_TOKEN = QT_TRANSLATE_NOOP(
    "Attachment",
    "Captions, chapters and thumbnails were skipped: sending them needs an API key, not an "
    "upload token. They go once an API key is set for this environment.",
)
MSG_AT_LINE = QT_TRANSLATE_NOOP("Attachment", "%1 (line %2)")
MSG_NO_REASON = QT_TRANSLATE_NOOP("Attachment", "no reason given")
MSG_ONE_FAILED = QT_TRANSLATE_NOOP("Attachment", "%1: %2")
MSG_MORE_FAILED = QT_TRANSLATE_NOOP("Attachment", "%1: %2 (and more: see the details)")


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def kind_words(attachment: Attachment) -> str:
    """``Captions``, ``Chapters``, ``Thumbnail``."""
    if attachment.kind is AttachmentKind.CAPTION:
        return translate("Attachment", "Captions")
    if attachment.kind is AttachmentKind.CHAPTERS:
        return translate("Attachment", "Chapters")
    return translate("Attachment", "Thumbnail")


def source_words(attachment: Attachment) -> str:
    """The file's name, or ``frame at 00:01:05.000`` for a frame picked by time."""
    if attachment.path is not None:
        return attachment.path.name
    return fill(translate("Attachment", "frame at %1"), attachment.timecode or "")


def problem_words(result: AttachmentResult) -> str:
    """Why an attachment was not sent: ``not a subtitle file``."""
    problem = result.problem or AttachmentProblem.REFUSED
    words = fill(tr(PROBLEMS[problem]), result.detail or tr(MSG_NO_REASON))
    if result.line is not None:
        words = fill(tr(MSG_AT_LINE), words, str(result.line))
    return words


def state_words(result: AttachmentResult | None) -> str:
    """``Waiting``, ``Sent``, or ``Failed: why``."""
    if result is not None and skipped_for_token(result):
        return translate("Attachment", "Skipped")
    if result is None or result.state is AttachmentState.PENDING:
        return translate("Attachment", "Waiting")
    if result.state is AttachmentState.SENT:
        return translate("Attachment", "Sent")
    return fill(translate("Attachment", "Failed: %1"), problem_words(result))


def skipped_for_token(result: AttachmentResult) -> bool:
    """Left unsent because the upload used an upload token: not a failure of the file."""
    return (
        result.state is AttachmentState.PENDING
        and result.problem is AttachmentProblem.NEEDS_API_KEY
    )


def failed(item: QueueItem) -> list[AttachmentResult]:
    """The file's attachments whose last sending failed, in the order they were added."""
    results = [item.attachment_results.get(a.key) for a in item.attachments]
    return [r for r in results if r is not None and r.state is AttachmentState.FAILED]


def attachment_detail(item: QueueItem) -> str:
    """What the row says about the file's attachments: the first failure in words,
    ``talk.fr.srt: not a subtitle file``; else one note when they were skipped for want of an
    API key; else nothing."""
    failures = failed(item)
    if not failures:
        held = item.attachment_results.values()
        return tr(MSG_SKIPPED_FOR_TOKEN) if any(skipped_for_token(r) for r in held) else ""
    first = failures[0]
    template = tr(MSG_ONE_FAILED) if len(failures) == 1 else tr(MSG_MORE_FAILED)
    return fill(template, source_words(first.attachment), problem_words(first))
