"""The headless command line: ``uploader-gui upload FILE...``.

Same engine and the same durable queue as the window. Every file is written to the upload store
before anything is sent, so a crash, a kill or Ctrl-C loses nothing: running the same command
again continues each unfinished file, or one that failed after its video was created, into its
existing video, and ``upload --resume`` continues every unfinished upload of the environment.
Each file succeeds or fails on its own: a missing file or a refused upload is one line on
stderr and the other files still go. Exit status: 0 when every file is uploaded and confirmed,
1 when any failed, 2 for a command-line mistake, 130 on Ctrl-C (the files are left to resume).

Progress: a live display in a terminal, plain lines otherwise, or with ``--json`` one JSON
object per line (the last one for each file says ``"event": "done"`` or ``"failed"``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TextIO

from uploader_gui import APP_NAME, __version__
from uploader_gui.core import environments
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.duplicates import (
    MSG_TOKEN_NO_CHECK,
    PreviousUpload,
    duplicate_refusal,
)
from uploader_gui.core.durable_upload import (
    AlreadyRunningError,
    DurableControl,
    take_queue_lock,
)
from uploader_gui.core.encoding_watch import (
    MSG_STOPPED_WATCHING,
    PLAYABLE_WAIT,
    EncodingProgress,
)
from uploader_gui.core.errors import UploadError
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRetrying,
    EarlierUploadUnknown,
    Phase,
    PhaseChanged,
    RetryCause,
    RetryReason,
    UploadEvent,
    UploadPlanned,
    VideoCreated,
    encoding_phase,
)
from uploader_gui.core.limits import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_PARALLEL_CHUNKS,
    MAX_CHUNK_SIZE,
    MIB,
    MIN_CHUNK_SIZE,
)
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.rate_limit import RateLimiter, parse_rate
from uploader_gui.core.size_input import parse_size
from uploader_gui.core.store import (
    UploadStore,
    default_store_path,
)
from uploader_gui.core.units import format_size
from uploader_gui.core.upload import UploadOptions
from uploader_gui.core.upload_session import (
    EarlierChoice,
    FileOutcome,
    FileOutcomeKind,
    Follow,
    UploadSession,
)

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

API_KEY_VARIABLE = "APIVIDEO_API_KEY"
MSG_NO_KEY = (
    "No API key for {env}: set " + API_KEY_VARIABLE + ", save a key in the app, "
    "or pass --upload-token."
)
MSG_CHUNK_BOUNDS = "The chunk size must be between {low} and {high}."
MSG_UNEXPECTED = "Unexpected error ({kind}): {message}"

#: Plain-text progress lines are printed at most every this many percent.
PLAIN_STEP_PERCENT = 10


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _chunk_size(text: str) -> int:
    try:
        size = parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
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
        raise argparse.ArgumentTypeError(str(exc)) from None


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
        "under api.video's requests-per-minute limit)",
    )
    parser.add_argument(
        "--limit-rate",
        type=_rate,
        metavar="SPEED",
        help="cap the total upload speed, e.g. 5MB/s, 800kB/s or 2MiB/s",
    )
    parser.add_argument(
        "--upload-token", metavar="TOKEN", help="upload with a delegated token instead of a key"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--log-file", type=Path, help="write details of errors here")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


# -- progress reporting ----------------------------------------------------------------------------


@dataclass
class _FileProgress:
    """Bytes of one file known to be sent: acknowledged chunks plus the ones in flight."""

    size: int = 0
    chunk_sizes: dict[int, int] = field(default_factory=dict)
    acked: set[int] = field(default_factory=set)
    in_flight: dict[int, int] = field(default_factory=dict)
    video_id: str | None = None

    @property
    def complete(self) -> bool:
        """Every chunk is acknowledged by the server."""
        return bool(self.chunk_sizes) and self.acked.issuperset(self.chunk_sizes)

    def update(self, event: UploadEvent) -> None:
        if isinstance(event, UploadPlanned):
            self.size = event.total_bytes
            self.chunk_sizes = {c.index: c.size for c in event.chunks}
            self.acked = set(event.already_done)
        elif isinstance(event, BytesSent):
            self.in_flight[event.chunk_index] = event.chunk_sent
        elif isinstance(event, ChunkAcknowledged):
            self.acked.add(event.chunk_index)
            self.in_flight.pop(event.chunk_index, None)
        elif isinstance(event, VideoCreated):
            self.video_id = event.video_id

    @property
    def sent(self) -> int:
        """Never the whole size before every chunk is acknowledged: bytes that left the
        computer are not yet bytes the server kept."""
        done = sum(self.chunk_sizes.get(i, 0) for i in self.acked)
        total = done + sum(v for k, v in self.in_flight.items() if k not in self.acked)
        if self.chunk_sizes and not self.complete:
            return min(total, self.size - 1)
        return total


_RETRY_CAUSE_WORDS = {
    RetryCause.CONNECTION_LOST: "connection lost",
    RetryCause.TIMED_OUT: "no answer in time",
    RetryCause.STALLED: "stalled",
    RetryCause.RATE_LIMITED: "rate limited",
    RetryCause.SERVER_ERROR: "server error",
    RetryCause.UNREADABLE_ANSWER: "unreadable answer",
}
_PHASE_WORDS = {
    Phase.CHECKING: "Checking for an earlier upload",
    Phase.CREATING: "Creating the video",
    Phase.UPLOADING: "",
    Phase.PAUSED: "Paused",
    Phase.WAITING_NETWORK: "Waiting for the network",
    Phase.RETRYING: "Retrying",
    Phase.VERIFYING: "Verifying",
    Phase.UPLOADED: "Uploaded",
    Phase.PROCESSING: "Processing",
    Phase.PLAYABLE: "Ready to watch",
}


def retry_words(reason: RetryReason) -> str:
    """``connection lost``, ``server error 503``, ``nothing moved for 60 s``."""
    if reason.cause is RetryCause.SERVER_ERROR and reason.status:
        return f"server error {reason.status}"
    if reason.cause is RetryCause.STALLED and reason.stalled_for is not None:
        return f"nothing moved for {reason.stalled_for:.0f} s"
    return _RETRY_CAUSE_WORDS[reason.cause]


def phase_words(event: PhaseChanged) -> str:
    """The live display's state column (empty while simply uploading)."""
    if event.encoding is not None:
        return event.encoding.words()
    words = _PHASE_WORDS[event.phase]
    return f"{words} ({retry_words(event.retry)})" if event.retry is not None else words


def _reason_fields(reason: RetryReason) -> dict[str, Any]:
    """A retry's reason for the JSON lines: stable identifiers and numbers, no sentences."""
    fields: dict[str, Any] = {"reason": reason.cause.value}
    if reason.status is not None:
        fields["status"] = reason.status
    if reason.stalled_for is not None:
        fields["stalledFor"] = round(reason.stalled_for, 3)
    return fields


class Reporter:
    """Base: keeps the numbers; subclasses decide how they look. Thread-safe."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out = out
        self.err = err
        self.lock = threading.Lock()
        self.files: dict[Path, _FileProgress] = {}

    def start(self) -> None:
        """Called before any upload begins."""

    def stop(self) -> None:
        """Called after every upload ended."""

    def listener(self, path: Path) -> Callable[[UploadEvent], None]:
        with self.lock:
            progress = self.files.setdefault(path, _FileProgress())

        def listen(event: UploadEvent) -> None:
            if isinstance(event, PhaseChanged) and event.encoding is not None:
                self.encoding(path, event.encoding)
            elif isinstance(event, EarlierUploadUnknown):
                self.note(MSG_LOOKUP_FAILED.format(name=path.name, error=event.error))
            else:
                with self.lock:
                    progress.update(event)
                    self.show(path, progress, event)

        return listen

    def show(self, path: Path, progress: _FileProgress, event: UploadEvent) -> None:
        """Display one event (called with the lock held)."""

    def done(self, path: Path, result: FileOutcome, *, playable: bool = False) -> None:
        """The file is uploaded and confirmed (and, with ``playable``, watchable)."""
        raise NotImplementedError

    def failed(self, path: Path, message: str) -> None:
        raise NotImplementedError

    def encoding(self, path: Path, progress: EncodingProgress) -> None:
        """A new reading while following the encoding of an uploaded file."""

    def note(self, text: str) -> None:
        """Something worth saying once that is not an error."""
        with self.lock:
            print(f"{APP_NAME} upload: note: {text}", file=self.err, flush=True)

    def _progress(self, path: Path) -> _FileProgress:
        return self.files.setdefault(path, _FileProgress())


class PlainReporter(Reporter):
    """Lines a log file or a pipe can keep."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        super().__init__(out, err)
        self._last_step: dict[Path, int] = {}

    def show(self, path: Path, progress: _FileProgress, event: UploadEvent) -> None:
        name = path.name
        if isinstance(event, VideoCreated):
            self._line(f"{name}: video {event.video_id}")
        elif isinstance(event, ChunkRetrying):
            self._line(f"{name}: retrying in {event.delay:.0f} s ({retry_words(event.reason)})")
        elif isinstance(event, PhaseChanged) and event.phase is Phase.VERIFYING:
            self._line(f"{name}: verifying")
        elif isinstance(event, BytesSent | ChunkAcknowledged) and progress.size:
            percent = progress.sent * 100 // progress.size
            step = percent // PLAIN_STEP_PERCENT
            if step > self._last_step.get(path, 0):
                self._last_step[path] = step
                self._line(
                    f"{name}: {percent}% ({format_size(progress.sent)} of "
                    f"{format_size(progress.size)})"
                )

    def _line(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def done(self, path: Path, result: FileOutcome, *, playable: bool = False) -> None:
        with self.lock:
            link = result.links.player or result.video_id
            self._line(f"{path.name}: uploaded {format_size(result.size)} → {link}")
            if result.links_note:
                self._line(f"{path.name}: {result.links_note}")
            if playable:
                self._line(f"{path.name}: ready to watch")

    def encoding(self, path: Path, progress: EncodingProgress) -> None:
        with self.lock:
            self._line(f"{path.name}: {progress.words()}")

    def failed(self, path: Path, message: str) -> None:
        with self.lock:
            print(f"{path.name}: error: {message}", file=self.err, flush=True)


class JsonReporter(Reporter):
    """One object per line on stdout, for scripts. Errors also go to stderr as one line."""

    #: Progress lines at most every this many bytes per file (plus one per chunk).
    PROGRESS_STEP = 1024 * 1024

    def __init__(self, out: TextIO, err: TextIO) -> None:
        super().__init__(out, err)
        self._last_bytes: dict[Path, int] = {}

    def _emit(self, obj: dict[str, Any]) -> None:
        self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.out.flush()

    def show(self, path: Path, progress: _FileProgress, event: UploadEvent) -> None:
        base = {"file": str(path)}
        if isinstance(event, VideoCreated):
            self._emit({"event": "videoCreated", **base, "videoId": event.video_id})
        elif isinstance(event, UploadPlanned):
            self._emit(
                {
                    "event": "planned",
                    **base,
                    "total": event.total_bytes,
                    "chunks": len(event.chunks),
                    "alreadyDone": sorted(event.already_done),
                }
            )
        elif isinstance(event, ChunkRetrying):
            self._emit(
                {
                    "event": "retrying",
                    **base,
                    "chunk": event.chunk_index,
                    "attempt": event.attempt,
                    "delay": round(event.delay, 3),
                    **_reason_fields(event.reason),
                }
            )
        elif isinstance(event, PhaseChanged) and event.encoding is None:
            fields = _reason_fields(event.retry) if event.retry is not None else {}
            self._emit({"event": "state", **base, "state": event.phase.value, **fields})
        elif isinstance(event, BytesSent | ChunkAcknowledged):
            sent = progress.sent
            last = self._last_bytes.get(path, 0)
            if sent != last and (
                isinstance(event, ChunkAcknowledged) or sent - last >= self.PROGRESS_STEP
            ):
                self._last_bytes[path] = sent
                self._emit({"event": "progress", **base, "bytes": sent, "total": progress.size})

    def done(self, path: Path, result: FileOutcome, *, playable: bool = False) -> None:
        links = result.links
        final: dict[str, Any] = {
            "event": "done",
            "file": str(path),
            "videoId": result.video_id,
            "bytes": result.size,
            "playerUrl": links.player or None,
            "embedCode": links.embed or None,
            "mp4Url": links.mp4 or None,
            "thumbnailUrl": links.thumbnail or None,
        }
        if playable:
            final.update(playable=True, hlsUrl=links.hls or None)
        if result.links_note:
            final["note"] = result.links_note
        with self.lock:
            self._emit(final)

    def encoding(self, path: Path, progress: EncodingProgress) -> None:
        with self.lock:
            self._emit(
                {
                    "event": "encoding",
                    "file": str(path),
                    "playable": progress.playable,
                    "state": encoding_phase(progress).phase.value,
                    "qualities": dict(progress.qualities),
                }
            )

    def failed(self, path: Path, message: str) -> None:
        with self.lock:
            progress = self._progress(path)
            self._emit(
                {
                    "event": "failed",
                    "file": str(path),
                    "videoId": progress.video_id,
                    "bytes": progress.sent,
                    "playerUrl": None,
                    "error": message,
                }
            )
            print(f"{path.name}: error: {message}", file=self.err, flush=True)


class RichReporter(Reporter):
    """A live display with one bar per file, for a person at a terminal."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        super().__init__(out, err)
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        self._console = Console(file=out)
        self._err_console = Console(file=err, stderr=True)
        self._bars = Progress(
            TextColumn("[bold]{task.fields[name]}"),
            BarColumn(),
            DownloadColumn(binary_units=True),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[state]}"),
            console=self._console,
        )
        self._tasks: dict[Path, Any] = {}

    def start(self) -> None:
        self._bars.start()

    def stop(self) -> None:
        self._bars.stop()

    def _task(self, path: Path) -> Any:
        if path not in self._tasks:
            self._tasks[path] = self._bars.add_task(
                "", total=None, name=path.name, state="Starting"
            )
        return self._tasks[path]

    def show(self, path: Path, progress: _FileProgress, event: UploadEvent) -> None:
        task = self._task(path)
        if isinstance(event, UploadPlanned):
            self._bars.update(task, total=event.total_bytes, completed=progress.sent)
        elif isinstance(event, BytesSent | ChunkAcknowledged):
            self._bars.update(task, completed=progress.sent)
        elif isinstance(event, PhaseChanged):
            self._bars.update(task, state=phase_words(event))

    def done(self, path: Path, result: FileOutcome, *, playable: bool = False) -> None:
        with self.lock:
            state = "Ready to watch" if playable else "Uploaded"
            self._bars.update(self._task(path), completed=result.size, state=state)
            link = result.links.player or result.video_id
            self._bars.console.print(f"{path.name}: {link}", markup=False, highlight=False)

    def failed(self, path: Path, message: str) -> None:
        with self.lock:
            task = self._task(path)
            self._bars.update(task, total=max(1, self.files.get(path, _FileProgress()).size))
            self._bars.update(task, state="Failed")
            self._bars.stop_task(task)
            self._err_console.print(f"{path.name}: error: {message}", markup=False, highlight=False)

    def encoding(self, path: Path, progress: EncodingProgress) -> None:
        with self.lock:
            self._bars.update(self._task(path), state=progress.words())

    def note(self, text: str) -> None:
        with self.lock:
            self._err_console.print(f"note: {text}", markup=False, highlight=False)


# -- the command -----------------------------------------------------------------------------------

MSG_NEEDS_FILES = "give at least one FILE, or --resume to continue unfinished uploads"
MSG_WAIT_NEEDS_KEY = "--wait-playable needs an API key: an upload token cannot follow encoding"
MSG_SOURCE_CHANGED = (
    "changed since it was queued, so nothing more was sent to its video {video}; "
    "add --new-video to upload it as a new video."
)
MSG_NOT_PLAYABLE = "uploaded as {video}, but it is not watchable yet: {why}"
MSG_NOTHING_TO_RESUME = "Nothing to resume for {env}."
MSG_LOOKUP_FAILED = (
    "could not check whether {name} was uploaded before ({error}); uploading it anyway."
)
MSG_CHECK_GAVE_UP = (
    "The upload token could not be checked: {attempts} tries failed (the last: {reason}). "
    "Nothing was sent; run the command again later."
)
MSG_LOG_FILE = "cannot write the log file {path}: {error}"
MSG_DATA_FOLDER = "cannot open the upload list in the folder {folder}: {error}"
#: Attempts of the upload-token check before a server problem ends the command, and the waits
#: between them (seconds, doubling).
TOKEN_CHECK_ATTEMPTS = 4
TOKEN_CHECK_FIRST_WAIT = 1.0
MSG_METADATA_KEPT = (
    "the title, description, tags and privacy given now are not applied to uploads already "
    "started ({names}); they continue with the values they were started with."
)
MSG_SOURCE_GONE = (
    "“{name}” is no longer at {path} or cannot be read, so nothing more of it was sent. "
    "Put it back and name it again to continue it; --resume skips it from now on."
)


@dataclass(frozen=True)
class _Target:
    environment: environments.Environment

    @property
    def base_url(self) -> str:
        return self.environment.base_url

    @property
    def env_name(self) -> str:
        return self.environment.keyring_name


def _target(args: argparse.Namespace) -> _Target:
    if args.base_url:
        url = environments.validate_base_url(args.base_url)
        env = environments.Environment(environments.EnvironmentKind.CUSTOM, url)
    else:
        env = environments.sandbox() if args.env == "sandbox" else environments.production()
    return _Target(env)


def _api_key(env_name: str) -> str | None:
    key = os.environ.get(API_KEY_VARIABLE, "").strip()
    if key:
        return key
    try:
        from uploader_gui.core.secrets import get_api_key
    except ImportError:
        return None
    try:
        return get_api_key(env_name)
    except Exception as exc:  # a broken keyring must not stop a command that has other ways
        log.info("Keyring unavailable: %s", exc)
        return None


def _metadata(args: argparse.Namespace, path: Path) -> VideoMetadata:
    return VideoMetadata(
        title=args.title or path.stem or path.name,
        description=args.description,
        tags=list(args.tag),
        public=not args.private,
    )


@dataclass(frozen=True)
class _Job:
    """One stored file to upload or continue, and the name the user knows it by."""

    path: Path
    file_id: int


@dataclass
class _Run:
    """What every file of one command shares."""

    args: argparse.Namespace
    session: UploadSession
    reporter: Reporter
    control: DurableControl


def _metadata_given(args: argparse.Namespace) -> bool:
    return bool(args.title or args.description or args.tag or args.private)


def _queue(run: _Run) -> tuple[list[_Job], bool]:
    """Write every file to the store before anything is sent. Returns the jobs in order and
    whether every named file could be queued."""
    jobs: dict[int, _Job] = {}
    ok = True
    kept_metadata: list[str] = []
    if run.args.resume:
        for record in run.session.pending():
            jobs[record.id] = _Job(record.path, record.id)
    for path in dict.fromkeys(run.args.files):
        try:
            admission = run.session.admit(
                path, _metadata(run.args, path), metadata_given=_metadata_given(run.args)
            )
        except UploadError as exc:
            run.reporter.failed(path, str(exc))
            ok = False
            continue
        except Exception as exc:
            log.exception("Could not queue %s", path)
            run.reporter.failed(path, MSG_UNEXPECTED.format(kind=type(exc).__name__, message=exc))
            ok = False
            continue
        if admission.metadata_kept:
            kept_metadata.append(path.name)
        jobs[admission.file_id] = _Job(path, admission.file_id)
    if kept_metadata:
        run.reporter.note(MSG_METADATA_KEPT.format(names=", ".join(kept_metadata)))
    return list(jobs.values()), ok


def _never_again(_earlier: PreviousUpload) -> EarlierChoice:
    """The command line does not upload a file again unless told (--allow-duplicate)."""
    return EarlierChoice.SKIP


def _upload_one(run: _Run, job: _Job) -> bool:
    args = run.args
    try:
        outcome = run.session.run_file(
            job.file_id,
            listener=run.reporter.listener(job.path),
            on_earlier=None if args.allow_duplicate else _never_again,
            new_video_if_changed=args.new_video,
            follow=Follow(playable_wait=args.wait_timeout) if args.wait_playable else None,
        )
    except Exception as exc:
        log.exception("Unexpected failure uploading %s", job.path)
        run.reporter.failed(job.path, MSG_UNEXPECTED.format(kind=type(exc).__name__, message=exc))
        return False
    return _report(run, job.path, outcome)


def _report(run: _Run, path: Path, outcome: FileOutcome) -> bool:
    """Tell how one file ended; True when it is uploaded (and watchable, when asked)."""
    kind = outcome.kind
    if kind is FileOutcomeKind.STOPPED or run.control.cancelled:
        return False  # Ctrl-C: the file continues at the next run, nothing to say per file
    if kind is FileOutcomeKind.DONE:
        watched = outcome.encoding
        if not run.args.wait_playable:
            run.reporter.done(path, outcome)
            return True
        if watched is not None and watched.reached:
            run.reporter.done(path, outcome, playable=True)
            return True
        why = (watched.message if watched is not None else "") or MSG_STOPPED_WATCHING
        message = MSG_NOT_PLAYABLE.format(video=outcome.video_id, why=why)
    elif kind is FileOutcomeKind.EARLIER_UPLOAD and outcome.earlier is not None:
        message = duplicate_refusal(path.name, outcome.earlier)
    elif kind is FileOutcomeKind.SOURCE_CHANGED:
        message = MSG_SOURCE_CHANGED.format(video=outcome.video_id or "(not created yet)")
    elif kind is FileOutcomeKind.SOURCE_MISSING:
        message = MSG_SOURCE_GONE.format(name=path.name, path=path.parent)
    else:
        message = outcome.message or kind.value
    log.info("%s failed (%s): %s", path, kind.value, message)
    run.reporter.failed(path, message)
    return False


def _setup_logging(log_file: Path | None, secrets: list[str]) -> None:
    """Log details to ``log_file`` (if given), with the key and token masked. Raises OSError
    when the file cannot be opened."""
    if log_file is None:
        logging.getLogger().addHandler(logging.NullHandler())
        return
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    try:
        from uploader_gui.core.secrets import RedactingFilter
    except ImportError:
        pass
    else:
        redactor = RedactingFilter()
        for secret in secrets:
            redactor.add(secret)
        handler.addFilter(redactor)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _make_reporter(as_json: bool, out: TextIO, err: TextIO) -> Reporter:
    if as_json:
        return JsonReporter(out, err)
    if out.isatty():
        return RichReporter(out, err)
    return PlainReporter(out, err)


def _error(err: TextIO, message: str) -> None:
    print(f"{APP_NAME} upload: error: {message}", file=err)


def _client(args: argparse.Namespace, target: _Target, err: TextIO) -> ApiClient | int:
    """The client for this run, or the exit status when there is none."""
    if args.upload_token:
        if args.wait_playable:
            _error(err, MSG_WAIT_NEEDS_KEY)
            return EXIT_USAGE
        secret = args.upload_token
    else:
        secret = _api_key(target.env_name)
        if not secret:
            _error(err, MSG_NO_KEY.format(env=target.env_name))
            return EXIT_USAGE
    try:
        _setup_logging(args.log_file, [secret])
    except OSError as exc:
        _error(err, MSG_LOG_FILE.format(path=args.log_file, error=exc.strerror or exc))
        return EXIT_USAGE
    if args.upload_token:
        return ApiClient(target.base_url, upload_token=secret)
    return ApiClient(target.base_url, api_key=secret)


def _check_token(client: ApiClient, sleep: Callable[[float], None] = time.sleep) -> None:
    """One cheap request, so a dead token is said once instead of after a whole chunk per
    file. A busy or failing server is asked again a few times before the command gives up;
    a refused token ends it at once."""
    wait = TOKEN_CHECK_FIRST_WAIT
    for attempt in range(1, TOKEN_CHECK_ATTEMPTS + 1):
        try:
            client.check_connection()
            return
        except UploadError as exc:
            if not exc.retryable:
                raise
            if attempt == TOKEN_CHECK_ATTEMPTS:
                reason = f"HTTP {exc.status}" if exc.status else str(exc).rstrip(".")
                raise UploadError(
                    MSG_CHECK_GAVE_UP.format(attempts=attempt, reason=reason), detail=exc.detail
                ) from exc
            log.info("Upload token check failed (%s), asking again in %.0f s", exc, wait)
            retry_after = getattr(exc, "retry_after", None)
            sleep(max(wait, retry_after or 0.0))
            wait *= 2


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not args.files and not args.resume:
        _error(err, MSG_NEEDS_FILES)
        return EXIT_USAGE
    try:
        target = _target(args)
    except ValueError as exc:
        _error(err, str(exc))
        return EXIT_USAGE
    client = _client(args, target, err)
    if isinstance(client, int):
        return client
    with client:
        try:
            store = UploadStore()
        except OSError as exc:  # an unwritable data folder, or a file in its place
            folder = default_store_path().parent
            _error(err, MSG_DATA_FOLDER.format(folder=folder, error=exc.strerror or exc))
            return EXIT_FAILED
        except Exception as exc:  # a store from a newer app
            _error(err, str(exc))
            return EXIT_FAILED
        try:
            try:
                lock = take_queue_lock(store)
            except AlreadyRunningError as exc:
                _error(err, str(exc))
                return EXIT_FAILED
            try:
                return _run_locked(
                    args, target=target, client=client, store=store, out=out, err=err
                )
            finally:
                lock.release()
        finally:
            store.close()


def _run_locked(
    args: argparse.Namespace,
    *,
    target: _Target,
    client: ApiClient,
    store: UploadStore,
    out: TextIO,
    err: TextIO,
) -> int:
    if client.uses_upload_token:
        try:
            _check_token(client)
        except UploadError as exc:
            _error(err, str(exc))
            return EXIT_FAILED
    options = UploadOptions(
        chunk_size=args.chunk_size,
        parallel_chunks=args.parallel_chunks,
        adaptive_chunks=False if args.fixed_chunks else None,
        rate_limiter=RateLimiter(args.limit_rate) if args.limit_rate else None,
    )
    reporter = _make_reporter(args.json, out, err)
    control = DurableControl()
    session = UploadSession(store, client, target.environment, options=options, control=control)
    work = _Run(args=args, session=session, reporter=reporter, control=control)
    if client.uses_upload_token and not args.allow_duplicate:
        reporter.note(MSG_TOKEN_NO_CHECK)
    jobs, queued_all = _queue(work)
    if not jobs:
        if queued_all:
            reporter.note(MSG_NOTHING_TO_RESUME.format(env=target.environment.label))
        return EXIT_OK if queued_all else EXIT_FAILED
    results: list[bool] = []
    reporter.start()
    try:
        with ThreadPoolExecutor(args.parallel, thread_name_prefix="file") as pool:
            futures = [pool.submit(_upload_one, work, job) for job in jobs]
            try:
                results = [f.result() for f in futures]
            except KeyboardInterrupt:
                # Stopped, not cancelled: the files stay in the queue for the next run.
                work.control.stop()
                for f in futures:
                    f.cancel()
                raise
    finally:
        reporter.stop()
    return EXIT_OK if queued_all and all(results) else EXIT_FAILED


def main(argv: Sequence[str], *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """``argv[0]`` is the verb (``upload``); returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv[1:]))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return run(args, out, err)
    except KeyboardInterrupt:
        print(f"{APP_NAME} upload: interrupted", file=err)
        return EXIT_INTERRUPTED
    except Exception as exc:
        log.exception("The upload command failed")
        message = MSG_UNEXPECTED.format(kind=type(exc).__name__, message=exc)
        print(f"{APP_NAME} upload: error: {message}", file=err)
        return EXIT_FAILED
