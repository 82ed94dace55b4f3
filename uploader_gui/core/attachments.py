"""What goes with a video besides its bytes: captions, chapters and a thumbnail.

Each attachment is sent once the video is uploaded, recorded in the store like the chunks (so
an interrupted run sends what is missing and never the same one twice), and judged on its own:
a bad caption file never costs the video. Problems are typed (:class:`AttachmentProblem`);
each front words them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class AttachmentKind(StrEnum):
    """Stable identifiers (the command line's JSON lines carry them)."""

    CAPTION = "caption"
    CHAPTERS = "chapters"
    THUMBNAIL = "thumbnail"


class AttachmentProblem(StrEnum):
    """Why an attachment was not sent (stable identifiers, as :class:`AttachmentKind`)."""

    #: The file is gone or cannot be read.
    UNREADABLE = "unreadable"
    #: The file has no bytes, or no cue and no chapter in it.
    EMPTY = "empty"
    #: The file is larger than api.video takes (8 MiB), or than a text track can sensibly be.
    TOO_LARGE = "too_large"
    #: Neither SubRip nor WebVTT (binary, another format, no cue timing line).
    NOT_SUBTITLES = "not_subtitles"
    #: A cue ends before it starts, or its time cannot be read (``line`` says where).
    BAD_CUE_TIME = "bad_cue_time"
    #: A line of a chapter list has no time, or no title (``line`` says where).
    BAD_CHAPTER_LINE = "bad_chapter_line"
    #: The first chapter does not start at 0:00.
    CHAPTERS_NOT_AT_ZERO = "chapters_not_at_zero"
    #: A chapter starts at or before the one above it (``line`` says where).
    CHAPTERS_NOT_IN_ORDER = "chapters_not_in_order"
    #: Not a JPEG, PNG or WebP image (judged by its first bytes, not its name).
    NOT_AN_IMAGE = "not_an_image"
    #: api.video refused it (``detail`` holds the server's words).
    REFUSED = "refused"
    #: The video no longer exists on api.video.
    VIDEO_GONE = "video_gone"
    #: An upload token cannot add captions, chapters or a thumbnail: that needs an API key.
    NEEDS_API_KEY = "needs_api_key"


class AttachmentError(ValueError):
    """A local check refused an attachment; ``line`` is the 1-based line it is about."""

    def __init__(self, problem: AttachmentProblem, *, line: int | None = None) -> None:
        super().__init__(problem.value if line is None else f"{problem.value} (line {line})")
        self.problem = problem
        self.line = line


@dataclass(frozen=True)
class Attachment:
    """One caption (a file and its language), chapters list, thumbnail image, or thumbnail
    frame picked by ``timecode`` (``HH:MM:SS.mmm``; then ``path`` is None)."""

    kind: AttachmentKind
    path: Path | None = None
    language: str | None = None
    timecode: str | None = None

    @property
    def key(self) -> str:
        """One per video and slot: a language has one caption and one chapters list, a video
        one thumbnail. A second attachment with the same key replaces the first."""
        if self.kind is AttachmentKind.THUMBNAIL:
            return self.kind.value
        return f"{self.kind.value}:{self.language}"

    @property
    def source(self) -> str:
        """The file's path, or the timecode picked."""
        return str(self.path) if self.path is not None else (self.timecode or "")


class AttachmentState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class AttachmentResult:
    """How one attachment of a file ended in a run."""

    attachment: Attachment
    state: AttachmentState
    #: Sent by an earlier run (nothing was sent now).
    earlier: bool = False
    problem: AttachmentProblem | None = None
    #: The line of the file the problem is about.
    line: int | None = None
    #: The server's words for :attr:`AttachmentProblem.REFUSED` (cut, secrets masked).
    detail: str | None = None
