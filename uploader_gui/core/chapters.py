"""A chapter list in YouTube's style (``0:00 Intro``) made into the chapters WebVTT api.video
takes.

One chapter per line: a time (``M:SS``, ``MM:SS`` or ``H:MM:SS``, a fraction allowed), then
its title, maybe after a dash, a colon or a bar (``0:00 - Intro``, ``1:02:03 | Q&A``); a
leading bullet is allowed. Blank lines and lines starting with ``#`` are skipped. The first
chapter starts at 0:00 and each one after the one above, as players show them in order.

Each chapter ends where the next begins. The video's length is not known when the list is sent
(it is being encoded), so the last chapter ends at 24 hours, api.video's longest video; a
player stops it at the video's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uploader_gui.core.attachments import AttachmentError, AttachmentProblem
from uploader_gui.core.subtitles import decode_text, escape_text, format_time

#: Where the last chapter ends: api.video's longest video (24 hours).
LAST_CHAPTER_END = 24 * 3600 * 1000

_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?"
    r"(?:\s*[-–—:|]\s*|\s+)(.*\S)\s*$"
)


@dataclass(frozen=True)
class Chapter:
    start: int  # milliseconds
    title: str


def parse_chapter_list(text: str) -> list[Chapter]:
    """The chapters of a list, checked (see the module's rules); raises the typed problem."""
    chapters: list[Chapter] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            raise AttachmentError(AttachmentProblem.BAD_CHAPTER_LINE, line=number)
        hours, minutes, seconds, fraction, title = match.groups()
        if (hours is not None and int(minutes) > 59) or int(seconds) > 59:
            raise AttachmentError(AttachmentProblem.BAD_CHAPTER_LINE, line=number)
        start = ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000
        start += int((fraction or "0").ljust(3, "0"))
        if not chapters and start != 0:
            raise AttachmentError(AttachmentProblem.CHAPTERS_NOT_AT_ZERO, line=number)
        if chapters and start <= chapters[-1].start:
            raise AttachmentError(AttachmentProblem.CHAPTERS_NOT_IN_ORDER, line=number)
        chapters.append(Chapter(start, title))
    if not chapters:
        raise AttachmentError(AttachmentProblem.EMPTY)
    return chapters


def chapters_webvtt(chapters: list[Chapter]) -> str:
    """The chapters as WebVTT cues, each ending where the next starts."""
    out = ["WEBVTT", ""]
    for n, chapter in enumerate(chapters):
        if n + 1 < len(chapters):
            end = chapters[n + 1].start
        else:
            end = max(LAST_CHAPTER_END, chapter.start + 1000)
        out += [
            f"Chapter {n + 1}",
            f"{format_time(chapter.start)} --> {format_time(end)}",
            escape_text(chapter.title),
            "",
        ]
    return "\n".join(out)


def chapter_list_to_webvtt(data: bytes) -> bytes:
    """A chapter list file's bytes as chapters WebVTT in UTF-8."""
    return chapters_webvtt(parse_chapter_list(decode_text(data))).encode("utf-8")
