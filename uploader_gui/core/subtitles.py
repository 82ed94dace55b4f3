"""Subtitle files made into the WebVTT api.video takes, keeping every cue's times and text.

People have SubRip (``.srt``) files, written by many tools on many systems: a byte-order mark,
Windows line ends, comma decimals, Windows-1252 accents, ``<font>`` tags, cues out of order.
:func:`to_webvtt` reads such a file (or a WebVTT one) and writes WebVTT:

* text: UTF-8 (with or without a BOM), UTF-16 with a BOM, else Windows-1252; line ends of any
  system;
* times: ``H:MM:SS,mmm`` with a comma or a dot, hours of any length (WebVTT allows more than
  two digits), a fraction of one to three digits read as a decimal;
* cues sorted by start time (WebVTT asks for that order; overlapping cues stay as they are);
* cue text: SubRip's ``<i>``, ``<b>``, ``<u>`` kept, other tags (``<font …>``) and ``{\\an8}``
  style codes dropped, ``&`` and ``<`` escaped, blank lines inside a cue removed (in WebVTT a
  blank line ends the cue), an arrow ``-->`` inside the text escaped.

A WebVTT file is checked (its header, at least one cue, readable times) and sent as it is, only
re-encoded as UTF-8 with ``\\n`` line ends, so its styles, regions and notes survive.
Refusals are typed (:class:`~uploader_gui.core.attachments.AttachmentError`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uploader_gui.core.attachments import AttachmentError, AttachmentProblem

#: Largest subtitle or chapters file read (api.video's own limit for files is 8 MiB).
MAX_TEXT_BYTES = 8 * 1024 * 1024

_TIME = r"(\d+):(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
_VTT_TIME = r"(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})"
_VTT_TIMING = re.compile(rf"^{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t].*)?$")
_HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
_KEPT_TAGS = re.compile(r"</?([ibu])>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_STYLE_CODE = re.compile(r"\{\\[^{}]*\}")
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#[0-9]+|#[xX][0-9A-Fa-f]+);")
#: Control characters that never appear in a text file (tab, line ends and form feed do).
_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Cue:
    """One cue: times in milliseconds, text as WebVTT cue text (one or more lines)."""

    start: int
    end: int
    text: str


def decode_text(data: bytes) -> str:
    """The file's text with ``\\n`` line ends; refuses an empty or binary file."""
    if len(data) > MAX_TEXT_BYTES:
        raise AttachmentError(AttachmentProblem.TOO_LARGE)
    if data.startswith(b"\xef\xbb\xbf"):
        text = _decode(data[3:], "utf-8")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode(data, "utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Windows' own encoding for subtitle files written there; its five unassigned
            # bytes are read as Latin-1 so a stray one costs one character, not the file.
            text = data.decode("cp1252", errors="replace")
            if "\ufffd" in text:
                text = data.decode("latin-1")
    text = text.lstrip("\ufeff")
    if _BINARY.search(text):
        raise AttachmentError(AttachmentProblem.NOT_SUBTITLES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise AttachmentError(AttachmentProblem.EMPTY)
    return text


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise AttachmentError(AttachmentProblem.NOT_SUBTITLES) from None


def _millis(hours: str, minutes: str, seconds: str, fraction: str | None) -> int:
    frac = int((fraction or "0").ljust(3, "0"))
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + frac


def _timing(line: str) -> tuple[int, int] | None:
    match = _TIMING.match(line)
    if match is None:
        return None
    g = match.groups()
    return _millis(*g[0:4]), _millis(*g[4:8])


def format_time(millis: int) -> str:
    """A WebVTT timestamp, ``HH:MM:SS.mmm`` (hours grow past two digits when needed)."""
    seconds, ms = divmod(millis, 1000)
    minutes, s = divmod(seconds, 60)
    hours, m = divmod(minutes, 60)
    return f"{hours:02d}:{m:02d}:{s:02d}.{ms:03d}"


def cue_text(raw_lines: list[str]) -> str:
    """SubRip cue text as WebVTT cue text (see the module's rules)."""
    lines = []
    for raw in raw_lines:
        line = _STYLE_CODE.sub("", raw).rstrip()
        if not line.strip():
            continue
        lines.append(_escape(line))
    return "\n".join(lines)


def escape_text(text: str) -> str:
    """Plain text (a chapter title) as WebVTT cue text: no tags, nothing read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape(line: str) -> str:
    out: list[str] = []
    pos = 0
    for match in _ANY_TAG.finditer(line):
        out.append(_escape_plain(line[pos : match.start()]))
        kept = _KEPT_TAGS.fullmatch(match.group(0))
        if kept is not None:
            out.append(match.group(0).lower())
        pos = match.end()
    out.append(_escape_plain(line[pos:]))
    return "".join(out)


def _escape_plain(text: str) -> str:
    pieces: list[str] = []
    pos = 0
    for match in _ENTITY.finditer(text):
        pieces.append(text[pos : match.start()].replace("&", "&amp;"))
        pieces.append(match.group(0))
        pos = match.end()
    pieces.append(text[pos:].replace("&", "&amp;"))
    return "".join(pieces).replace("<", "&lt;").replace(">", "&gt;")


def parse_srt(text: str) -> list[Cue]:
    """The cues of a SubRip text, in the file's order. A cue's text runs from its timing line
    to the next timing line, less the next cue's number and the blank lines around it, so a
    number or a blank line inside a cue's text is kept as text."""
    lines = text.split("\n")
    timings = [(i, t) for i, line in enumerate(lines) if (t := _timing(line)) is not None]
    if not timings:
        raise AttachmentError(AttachmentProblem.NOT_SUBTITLES)
    cues: list[Cue] = []
    for n, (index, (start, end)) in enumerate(timings):
        stop = timings[n + 1][0] if n + 1 < len(timings) else len(lines)
        body = lines[index + 1 : stop]
        if n + 1 < len(timings):
            body = _without_next_number(body)
        if end < start:
            raise AttachmentError(AttachmentProblem.BAD_CUE_TIME, line=index + 1)
        cues.append(Cue(start, end, cue_text(body)))
    _check_times(lines, timings)
    return cues


def _without_next_number(body: list[str]) -> list[str]:
    """Drop trailing blank lines, then the next cue's number when a blank line (or nothing)
    stands before it."""
    while body and not body[-1].strip():
        body = body[:-1]
    if body and body[-1].strip().isdigit() and (len(body) == 1 or not body[-2].strip()):
        body = body[:-1]
    return body


def _check_times(lines: list[str], timings: list[tuple[int, tuple[int, int]]]) -> None:
    """Minutes and seconds past 59 are a broken time, not a long one."""
    for index, _times in timings:
        match = _TIMING.match(lines[index])
        assert match is not None
        g = match.groups()
        if int(g[1]) > 59 or int(g[2]) > 59 or int(g[5]) > 59 or int(g[6]) > 59:
            raise AttachmentError(AttachmentProblem.BAD_CUE_TIME, line=index + 1)


def write_webvtt(cues: list[Cue]) -> str:
    """A WebVTT file of ``cues``, sorted by start time (a stable sort: cues starting together
    keep their order)."""
    out = ["WEBVTT", ""]
    for cue in sorted(cues, key=lambda c: c.start):
        out.append(f"{format_time(cue.start)} --> {format_time(cue.end)}")
        if cue.text:
            out.append(cue.text)
        out.append("")
    return "\n".join(out)


def check_webvtt(text: str) -> None:
    """A WebVTT text's header, at least one cue, and readable cue times; raises the problem."""
    first = text.split("\n", 1)[0]
    if not _HEADER.match(first):
        raise AttachmentError(AttachmentProblem.NOT_SUBTITLES)
    cues = 0
    for index, line in enumerate(text.split("\n")):
        if "-->" not in line:
            continue
        match = _VTT_TIMING.match(line)
        if match is None:
            raise AttachmentError(AttachmentProblem.BAD_CUE_TIME, line=index + 1)
        g = match.groups()
        if any(int(v) > 59 for v in (g[1], g[2], g[5], g[6])):
            raise AttachmentError(AttachmentProblem.BAD_CUE_TIME, line=index + 1)
        if _millis(g[0] or "0", *g[1:4]) > _millis(g[4] or "0", *g[5:8]):
            raise AttachmentError(AttachmentProblem.BAD_CUE_TIME, line=index + 1)
        cues += 1
    if not cues:
        raise AttachmentError(AttachmentProblem.EMPTY)


def to_webvtt(data: bytes) -> bytes:
    """A subtitle file's bytes (SubRip or WebVTT, told by content) as WebVTT in UTF-8."""
    text = decode_text(data)
    if text.startswith("WEBVTT"):
        check_webvtt(text)
        return (text if text.endswith("\n") else text + "\n").encode("utf-8")
    return write_webvtt(parse_srt(text)).encode("utf-8")
