"""The command line's arguments: what ``uploader-gui upload`` accepts, and their checks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from uploader_gui import APP_NAME, __version__
from uploader_gui.cli.safe_text import visible
from uploader_gui.cli.status import EXIT_USAGE
from uploader_gui.cli.words import error_words
from uploader_gui.core.encoding_watch import (
    PLAYABLE_WAIT,
)
from uploader_gui.core.limits import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_PARALLEL_CHUNKS,
    DEFAULT_STALL_SECONDS,
    MAX_CHUNK_SIZE,
    MAX_STALL_SECONDS,
    MIB,
    MIN_CHUNK_SIZE,
    MIN_STALL_SECONDS,
)
from uploader_gui.core.rate_limit import parse_rate
from uploader_gui.core.size_input import parse_size
from uploader_gui.core.units import format_size

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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{APP_NAME} upload",
        description="Upload video files to api.video and print their links.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", type=Path)
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
    parser.add_argument("--title", help="video title (default: the file name)")
    parser.add_argument("--description", default="")
    parser.add_argument("--tag", action="append", default=[], help="may be repeated")
    parser.add_argument("--private", action="store_true", help="make the videos private")
    parser.add_argument(
        "--chunk-size",
        type=_chunk_size,
        default=DEFAULT_CHUNK_SIZE,
        metavar="SIZE",
        help=f"bytes per request: 5MiB to 200MiB (default {DEFAULT_CHUNK_SIZE // MIB}MiB)",
    )
    parser.add_argument(
        "--parallel", type=_positive, default=2, metavar="N", help="files at once (default 2)"
    )
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
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--log-file", type=Path, help="write details of errors here")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser
