"""The command line's arguments: what ``uploader-gui upload`` accepts, and their checks."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from uploader_gui import APP_NAME, __version__
from uploader_gui.cli.safe_text import visible
from uploader_gui.cli.status import EXIT_USAGE
from uploader_gui.cli.words import error_words
from uploader_gui.core.encoding_watch import (
    PLAYABLE_WAIT,
)
from uploader_gui.core.language_tag import normalise_language
from uploader_gui.core.limits import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_PARALLEL_CHUNKS,
    DEFAULT_PARALLEL_FILES,
    DEFAULT_SETTLE_SECONDS,
    DEFAULT_STALL_SECONDS,
    MAX_CHUNK_SIZE,
    MAX_STALL_SECONDS,
    MIB,
    MIN_CHUNK_SIZE,
    MIN_STALL_SECONDS,
)
from uploader_gui.core.rate_limit import parse_rate
from uploader_gui.core.size_input import parse_size
from uploader_gui.core.thumbnails import MAX_THUMBNAIL_BYTES, parse_timecode
from uploader_gui.core.title_template import PLACEHOLDERS, unknown_fields
from uploader_gui.core.units import format_size

#: ``--settle``: the default, and the bounds (fractions of a second allowed, for scripts).
DEFAULT_SETTLE = DEFAULT_SETTLE_SECONDS
MIN_SETTLE = 0.2
MAX_SETTLE = 3600.0
MSG_CHUNK_BOUNDS = "The chunk size must be between {low} and {high}."


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        # The message quotes what was typed, which may hold a file name's control characters.
        self.exit(EXIT_USAGE, f"{self.prog}: error: {visible(message)}\n")


def _chunk_size(text: str) -> int:
    try:
        size = parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(error_words(exc)) from None
    if not MIN_CHUNK_SIZE <= size <= MAX_CHUNK_SIZE:
        raise argparse.ArgumentTypeError(
            MSG_CHUNK_BOUNDS.format(
                low=format_size(MIN_CHUNK_SIZE), high=format_size(MAX_CHUNK_SIZE)
            )
        )
    return size


def _rate(text: str) -> float:
    try:
        return parse_rate(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(error_words(exc)) from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of seconds.") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("Use a number of seconds above 0.")
    return value


def _settle(text: str) -> float:
    value = _seconds(text)
    if not MIN_SETTLE <= value <= MAX_SETTLE:
        raise argparse.ArgumentTypeError(
            f"Use a number of seconds from {MIN_SETTLE} to {MAX_SETTLE:.0f}."
        )
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number.") from None
    if not 1 <= value <= 16:
        raise argparse.ArgumentTypeError("Use a number from 1 to 16.")
    return value


def _stall_timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of seconds.") from None
    if not MIN_STALL_SECONDS <= value <= MAX_STALL_SECONDS:
        raise argparse.ArgumentTypeError(
            f"Use a number of seconds from {MIN_STALL_SECONDS:.0f} to {MAX_STALL_SECONDS:.0f}."
        )
    return value


MSG_UNKNOWN_FIELD = "{fields} is not a title field; the fields are {known}."
MSG_UNKNOWN_FIELDS = "{fields} are not title fields; the fields are {known}."


def title_pattern(text: str) -> str:
    """``--title``: a pattern whose every word in braces is a known field."""
    unknown = unknown_fields(text)
    if unknown:
        raise argparse.ArgumentTypeError(
            (MSG_UNKNOWN_FIELD if len(unknown) == 1 else MSG_UNKNOWN_FIELDS).format(
                fields=", ".join(unknown), known=", ".join(PLACEHOLDERS)
            )
        )
    return text


#: The caption and chapters language of a file whose name gives none, unless told.
DEFAULT_CAPTION_LANGUAGE = "en"
MSG_NOT_A_LANGUAGE = (
    "“{text}” is not a language tag: use letters and dashes, such as en, fr or pt-BR."
)
MSG_NO_TRACK_FILE = "“{text}” is not a file (write PATH, or PATH:LANG such as talk.srt:fr)."
MSG_NOT_THUMBNAIL = (
    "“{text}” is neither an image file nor a time in the video "
    "(such as 00:01:05, 00:01:05.500 or 65)."
)


@dataclass(frozen=True)
class TrackSpec:
    """``--captions`` or ``--chapters``: a file and the language given with it, if any."""

    path: Path
    language: str | None


def _language(text: str) -> str:
    try:
        return normalise_language(text)
    except ValueError:
        raise argparse.ArgumentTypeError(MSG_NOT_A_LANGUAGE.format(text=text)) from None


def _track(text: str) -> TrackSpec:
    """``PATH`` or ``PATH:LANG``; a path that exists as written wins (a colon in its name)."""
    path = Path(text)
    language: str | None = None
    if not path.is_file() and ":" in text:
        head, _, tail = text.rpartition(":")
        if head:
            language = _language(tail)
            path = Path(head)
    if not path.is_file():
        raise argparse.ArgumentTypeError(MSG_NO_TRACK_FILE.format(text=text))
    return TrackSpec(path, language)


def _thumbnail(text: str) -> Path | str:
    """An image file, else a timecode (``HH:MM:SS.mmm``)."""
    path = Path(text)
    if path.is_file():
        return path
    try:
        return parse_timecode(text)
    except ValueError:
        raise argparse.ArgumentTypeError(MSG_NOT_THUMBNAIL.format(text=text)) from None


def _mib(size: int) -> str:
    """``16MiB``: a size as ``--chunk-size`` accepts it, so the help can be copied."""
    return f"{size // MIB}MiB" if size % MIB == 0 else f"{size}"


def chunk_size_help() -> str:
    """``--chunk-size``'s help: its bounds and default, from ``core/limits.py``."""
    return (
        f"bytes per request: {_mib(MIN_CHUNK_SIZE)} to {_mib(MAX_CHUNK_SIZE)} "
        f"(default {_mib(DEFAULT_CHUNK_SIZE)})"
    )


def parallel_help() -> str:
    """``--parallel``'s help, with the default the window uses too."""
    return f"files at once (default {DEFAULT_PARALLEL_FILES})"


def add_video_options(parser: argparse.ArgumentParser) -> None:
    """The options ``upload`` and ``watch`` share after ``--title``: the videos' description,
    tags and privacy, and how many bytes and files go at once."""
    parser.add_argument("--description", default="")
    parser.add_argument("--tag", action="append", default=[], help="may be repeated")
    parser.add_argument("--private", action="store_true", help="make the videos private")
    parser.add_argument(
        "--chunk-size",
        type=_chunk_size,
        default=DEFAULT_CHUNK_SIZE,
        metavar="SIZE",
        help=chunk_size_help(),
    )
    parser.add_argument(
        "--parallel",
        type=_positive,
        default=DEFAULT_PARALLEL_FILES,
        metavar="N",
        help=parallel_help(),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{APP_NAME} upload",
        description="Upload video files to api.video and print their links.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        type=Path,
        help="a video file, or a folder: its videos are uploaded, sub-folders included, as "
        "when a folder is dropped on the window (hidden files, temporary names and files that "
        "are not videos are skipped, and said)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue every unfinished upload of this environment (files may be added too)",
    )
    parser.add_argument(
        "--new-video",
        action="store_true",
        help="upload a file that changed since it was queued as a new video, instead of "
        "stopping (its old, unfinished video is left alone)",
    )
    parser.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="upload even a file already uploaded to this account",
    )
    parser.add_argument(
        "--wait-playable",
        action="store_true",
        help="after uploading, wait until api.video can play the video (needs an API key)",
    )
    parser.add_argument(
        "--wait-timeout",
        type=_seconds,
        default=PLAYABLE_WAIT,
        metavar="SECONDS",
        help=f"give up waiting for playback after this long (default {PLAYABLE_WAIT:.0f})",
    )
    parser.add_argument("--env", choices=["production", "sandbox"], default="production")
    parser.add_argument("--base-url", help="another server, e.g. the local emulator")
    parser.add_argument(
        "--title",
        type=title_pattern,
        help="video title, which may hold the fields "
        f"{', '.join(PLACEHOLDERS)} (default: the file name)",
    )
    add_video_options(parser)
    parser.add_argument(
        "--parallel-chunks",
        type=_positive,
        default=DEFAULT_PARALLEL_CHUNKS,
        metavar="N",
        help=f"chunks of one file at once (default {DEFAULT_PARALLEL_CHUNKS})",
    )
    parser.add_argument(
        "--fixed-chunks",
        action="store_true",
        help="keep every chunk at --chunk-size (by default chunks grow on a fast link to stay "
        "under api.video's requests-per-minute limit, and the end of a file is cut for the "
        "connections to finish together)",
    )
    parser.add_argument(
        "--limit-rate",
        type=_rate,
        metavar="SPEED",
        help="cap the total upload speed, e.g. 5MB/s, 800kB/s or 2MiB/s",
    )
    parser.add_argument(
        "--stall-timeout",
        type=_stall_timeout,
        metavar="SECONDS",
        help="send a chunk again on a new connection once nothing has moved for this long "
        f"(default {DEFAULT_STALL_SECONDS:.0f}; a slow link only slows it, it is not a stall)",
    )
    parser.add_argument(
        "--upload-token",
        metavar="TOKEN",
        help="upload with a delegated token instead of a key; - reads it from the first line of "
        "standard input, and without this option the APIVIDEO_UPLOAD_TOKEN environment "
        "variable gives it (a token written on the command line can be seen by other users "
        "of this computer)",
    )
    parser.add_argument(
        "--captions",
        action="append",
        default=[],
        type=_track,
        metavar="PATH[:LANG]",
        help="send this subtitle file (SubRip .srt or WebVTT .vtt) as the video's captions in "
        "LANG; without LANG, the language in its name (talk.fr.srt) or --caption-language. "
        "May be repeated, one per language",
    )
    parser.add_argument(
        "--chapters",
        action="append",
        default=[],
        type=_track,
        metavar="PATH[:LANG]",
        help="send these chapters: a list of “0:00 Intro” lines (.txt) or a WebVTT file",
    )
    parser.add_argument(
        "--thumbnail",
        type=_thumbnail,
        metavar="PATH|TIMECODE",
        help="the video's thumbnail: a JPEG, PNG or WebP image of up to "
        f"{_mib(MAX_THUMBNAIL_BYTES)}, or the frame at a time such as 00:01:05, 00:01:05.500 "
        "or 65 (seconds)",
    )
    parser.add_argument(
        "--no-sidecars",
        action="store_true",
        help="do not send the captions, chapters and thumbnail found next to each video "
        "(talk.srt, talk.fr.vtt, talk.chapters.txt, talk.jpg...)",
    )
    parser.add_argument(
        "--caption-language",
        type=_language,
        default=DEFAULT_CAPTION_LANGUAGE,
        metavar="LANG",
        help="the language of captions and chapters whose file name gives none "
        f"(default {DEFAULT_CAPTION_LANGUAGE})",
    )
    parser.add_argument(
        "--while-recording",
        action="store_true",
        help="the file is still being recorded: send it as it grows, and finish once it has "
        "not changed for --settle seconds (needs an API key)",
    )
    parser.add_argument(
        "--settle",
        type=_settle,
        metavar="SECONDS",
        help=f"with --while-recording: how long the file must stay unchanged to count as "
        f"finished (default {DEFAULT_SETTLE:.0f})",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--log-file", type=Path, help="write details of errors here")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser
