"""The command line's words for captions, chapters and thumbnails, and how they went."""

from __future__ import annotations

from uploader_gui.core.attachments import (
    Attachment,
    AttachmentKind,
    AttachmentProblem,
    AttachmentResult,
)

_PROBLEM_WORDS = {
    AttachmentProblem.UNREADABLE: "cannot be read (moved, deleted, or no permission)",
    AttachmentProblem.EMPTY: "empty: there is no cue or chapter in it",
    AttachmentProblem.TOO_LARGE: "too large (api.video takes files of up to 8.39 MB)",
    AttachmentProblem.NOT_SUBTITLES: "not a subtitle file",
    AttachmentProblem.BAD_CUE_TIME: (
        "a cue's time cannot be used{where}: it must end after it starts, "
        "with minutes and seconds up to 59"
    ),
    AttachmentProblem.BAD_CHAPTER_LINE: (
        "not a chapter{where}: write a time, then a title, e.g. “1:05 The idea”"
    ),
    AttachmentProblem.CHAPTERS_NOT_AT_ZERO: "the first chapter must start at 0:00",
    AttachmentProblem.CHAPTERS_NOT_IN_ORDER: (
        "each chapter must start after the one above it{where}"
    ),
    AttachmentProblem.NOT_AN_IMAGE: "not a JPEG, PNG or WebP image",
    AttachmentProblem.REFUSED: "refused by api.video: {detail}",
    AttachmentProblem.VIDEO_GONE: "not sent: the video no longer exists on api.video",
    AttachmentProblem.NEEDS_API_KEY: (
        "not sent: captions, chapters and thumbnails need an API key, not an upload token"
    ),
}


def source_name(attachment: Attachment) -> str:
    """The file's name, or ``frame at 00:01:05.000`` for a frame picked by time."""
    if attachment.path is not None:
        return attachment.path.name
    return f"frame at {attachment.timecode}"


def what(attachment: Attachment) -> str:
    """``caption fr``, ``chapters en``, ``thumbnail``."""
    if attachment.kind is AttachmentKind.THUMBNAIL:
        return "thumbnail"
    return f"{attachment.kind.value} {attachment.language}"


def failure_line(result: AttachmentResult) -> str:
    """One line: ``talk.fr.srt: not a subtitle file``."""
    problem = result.problem or AttachmentProblem.REFUSED
    where = f" (line {result.line})" if result.line is not None else ""
    words = _PROBLEM_WORDS[problem].format(where=where, detail=result.detail or "no reason given")
    return f"{source_name(result.attachment)}: {words}"


def sent_line(result: AttachmentResult) -> str:
    """``caption fr attached (talk.fr.srt)``; ``… (sent before)`` for an earlier run's."""
    when = ", sent before" if result.earlier else ""
    return f"{what(result.attachment)} attached ({source_name(result.attachment)}{when})"
