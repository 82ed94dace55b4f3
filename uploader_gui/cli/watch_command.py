"""``uploader-gui watch FOLDER...``: upload every video that appears in the folders, once, until
stopped (Ctrl+C, SIGTERM, SIGHUP: the uploads under way stop and continue at the next start).

The decisions are the core's (:mod:`uploader_gui.core.folder_uploads`); this presents them with
the same reporters as ``upload``: progress, a ``done`` or ``failed`` line per file, and with
``--json`` a ``watching`` line once the files already there were offered and a ``leftAlone``
line for each file not uploaded (hidden, temporary, not a video, uploaded before).
"""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TextIO

from uploader_gui import APP_NAME
from uploader_gui.cli import command
from uploader_gui.cli.arguments import (
    DEFAULT_SETTLE,
    _Parser,
    _settle,
    add_video_options,
    title_pattern,
)
from uploader_gui.cli.reporters import JsonReporter, Reporter, say
from uploader_gui.cli.status import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE
from uploader_gui.cli.words import reason_words
from uploader_gui.core.after_upload import (
    AfterUpload,
    AfterUploadDone,
    AfterUploadResult,
    AfterUploadSyntaxError,
    parse_after_upload,
    watched_destination,
)
from uploader_gui.core.api_client import ApiClient, UnreachableError
from uploader_gui.core.durable_upload import AlreadyRunningError, DurableControl, take_queue_lock
from uploader_gui.core.environments import Environment
from uploader_gui.core.folder_uploads import FolderUploads
from uploader_gui.core.folder_watch import POLL_SECONDS, FolderEvents
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import UploadStore, default_store_path
from uploader_gui.core.title_template import DEFAULT_PATTERN, PLACEHOLDERS, render_title
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_session import FileOutcome, FileOutcomeKind, UploadSession
from uploader_gui.core.watch_rules import LeftAlone

MSG_NOT_A_FOLDER = "{folder} is not a folder"
MSG_WATCH_NEEDS_KEY = (
    "watch needs an API key: it looks files up on api.video so that none is uploaded twice"
)
MSG_MOVE_INTO_WATCHED = (
    "--after-upload move:{folder} {where} the watched folder {watched}, so every moved file "
    "would be found there again; move them to a folder outside it."
)
MSG_UNREACHABLE = "{reason} Nothing was watched; run the command again once the server answers."
MSG_POLLING = "the system sends no folder events here; looking every {seconds:.0f} s instead"
_LEFT_ALONE_WORDS = {
    LeftAlone.HIDDEN: "hidden",
    LeftAlone.TEMPORARY: "a temporary name",
    LeftAlone.NOT_A_VIDEO: "not a video",
    LeftAlone.UPLOADED_BEFORE: "uploaded before",
    LeftAlone.UNREADABLE: "it cannot be read (check its permissions)",
    LeftAlone.CANNOT_UPLOAD: "it cannot be uploaded as it is (too large, or not a regular file)",
}
#: Left alone without a word in plain text: files nobody meant to upload.
_SILENT = frozenset({LeftAlone.HIDDEN, LeftAlone.TEMPORARY})
MSG_WATCHING = "Watching {count} {folders}{sub}: {names}. Press Ctrl+C to stop."
#: How often the main thread looks up from waiting, so a stop signal is acted on at once.
WAKE_SECONDS = 0.2


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{APP_NAME} watch",
        description="Upload every video that appears in the folders, once, until stopped.",
    )
    parser.add_argument("folders", nargs="+", metavar="FOLDER", type=Path)
    parser.add_argument(
        "--settle",
        type=_settle,
        default=DEFAULT_SETTLE,
        metavar="SECONDS",
        help="a file written less than this long ago is still being written: it is uploaded "
        f"while it grows, and finished once unchanged this long (default {DEFAULT_SETTLE:.0f})",
    )
    parser.add_argument("--recursive", action="store_true", help="watch subfolders too")
    parser.add_argument(
        "--poll",
        action="store_true",
        help=f"look at the folders every {POLL_SECONDS:g} s (network drives)",
    )
    parser.add_argument(
        "--after-upload",
        type=_after_upload,
        default=AfterUpload(),
        metavar="keep|move:DIR|delete",
        help="once the server holds every byte: keep the file (default), move it to DIR, or "
        "delete it (once the video can be watched); a file changed since it was sent is kept",
    )
    parser.add_argument("--env", choices=["production", "sandbox"], default="production")
    parser.add_argument("--base-url", help="another server, e.g. the local emulator")
    parser.add_argument(
        "--title",
        type=title_pattern,
        default=DEFAULT_PATTERN,
        help=f"title pattern: {', '.join(PLACEHOLDERS)} (default: the file's name)",
    )
    add_video_options(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--log-file", type=Path, help="write details of errors here")
    return parser


MSG_AFTER_UPLOAD = "Use keep, delete or move:FOLDER."


def _after_upload(text: str) -> AfterUpload:
    try:
        return parse_after_upload(text)
    except AfterUploadSyntaxError:
        raise argparse.ArgumentTypeError(MSG_AFTER_UPLOAD) from None


_AFTER_WORDS = {
    AfterUploadDone.KEPT: "kept",
    AfterUploadDone.MOVED: "moved to {to}",
    AfterUploadDone.DELETED: "deleted, its video being watchable",
    AfterUploadDone.NOT_PLAYABLE: "kept: its video cannot be watched yet, so it was not deleted",
    AfterUploadDone.CHANGED: "kept where it is: it changed since it was sent",
    AfterUploadDone.FAILED: "could not be moved or deleted ({error})",
}


def _after(reporter: Reporter, path: Path, result: AfterUploadResult) -> None:
    if isinstance(reporter, JsonReporter):
        line: dict[str, object] = {
            "event": "afterUpload",
            "file": str(path),
            "result": result.done.value,
        }
        if result.to is not None:
            line["to"] = str(result.to)
        if result.error:
            line["error"] = result.error
        reporter.line(line)
        return
    words = _AFTER_WORDS[result.done].format(to=result.to, error=result.error)
    if result.done in (AfterUploadDone.MOVED, AfterUploadDone.DELETED):
        with reporter.lock:
            say(reporter.out, f"{path.name}: {words}")
    else:
        reporter.note(f"{path.name}: {words}")


class _Numbers:
    """Numbers the files of this watch 1, 2, 3… as they are taken (``{n}``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next = 1

    def take(self) -> int:
        with self._lock:
            number, self._next = self._next, self._next + 1
            return number


def _left_alone(reporter: Reporter, path: Path, reason: LeftAlone) -> None:
    if isinstance(reporter, JsonReporter):
        reporter.line({"event": "leftAlone", "file": str(path), "reason": reason.value})
    elif reason not in _SILENT:
        reporter.note(f"{path.name} is skipped: {_LEFT_ALONE_WORDS[reason]}")


def _watching(reporter: Reporter, folders: Sequence[Path], recursive: bool) -> None:
    """The line that says the watch has begun, and how to end it."""
    if isinstance(reporter, JsonReporter):
        reporter.line({"event": "watching", "folders": [str(f) for f in folders]})
        return
    line = MSG_WATCHING.format(
        count=len(folders),
        folders="folder" if len(folders) == 1 else "folders",
        sub=" and their subfolders" if recursive else "",
        names=", ".join(str(f) for f in folders),
    )
    with reporter.lock:
        say(reporter.out, line)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    for folder in args.folders:
        if not folder.is_dir():
            command._error(err, MSG_NOT_A_FOLDER.format(folder=folder), "watch")
            return EXIT_USAGE
    inside = watched_destination(args.after_upload, args.folders, recursive=args.recursive)
    if inside is not None:
        message = MSG_MOVE_INTO_WATCHED.format(
            folder=args.after_upload.folder,
            watched=inside.absolute(),
            where="is" if args.after_upload.folder.resolve() == inside.resolve() else "is inside",
        )
        command._error(err, message, "watch")
        return EXIT_USAGE
    try:
        target = command._environment(args)
    except ValueError as exc:
        command._error(err, str(exc), "watch")
        return EXIT_USAGE
    key = command._api_key(target.keyring_name)
    if not key:
        command._error(err, MSG_WATCH_NEEDS_KEY, "watch")
        return EXIT_USAGE
    try:
        command._setup_logging(args.log_file, [key], err)
    except OSError as exc:
        command._error(err, command.MSG_LOG_FILE.format(path=args.log_file, error=exc), "watch")
        return EXIT_USAGE
    with ApiClient(target.base_url, api_key=key) as client:
        try:
            if command.stops_when_unreachable(target):
                command._reach(client)
        except UnreachableError as exc:
            reason = reason_words(exc.reason)
            command._error(err, MSG_UNREACHABLE.format(reason=reason), "watch")
            return EXIT_FAILED
        try:
            store = UploadStore()
        except Exception as exc:
            folder = default_store_path().parent
            command._error(err, command.MSG_DATA_FOLDER.format(folder=folder, error=exc), "watch")
            return EXIT_FAILED
        try:
            try:
                lock = take_queue_lock(store)
            except AlreadyRunningError as exc:
                command._error(err, str(exc), "watch")
                return EXIT_FAILED
            try:
                return _watch(args, client, store, target, out=out, err=err)
            finally:
                lock.release()
        finally:
            store.close()


def _watch(
    args: argparse.Namespace,
    client: ApiClient,
    store: UploadStore,
    target: Environment,
    *,
    out: TextIO,
    err: TextIO,
) -> int:
    options = UploadOptions(chunk_size=args.chunk_size)
    control = DurableControl()
    session = UploadSession(store, client, target, options=options, control=control)
    reporter = command._make_reporter(args.json, out, err)
    reporter.command = "watch"
    # What `upload`'s way of telling an outcome reads from its arguments.
    args.wait_playable = False
    work = command._Run(args=args, session=session, reporter=reporter, control=control)
    numbers = _Numbers()

    def metadata_for(path: Path) -> VideoMetadata:
        return VideoMetadata(
            title=render_title(args.title, path, numbers.take()),
            description=args.description,
            tags=list(args.tag),
            public=not args.private,
        )

    def told(path: Path, outcome: FileOutcome) -> None:
        if outcome.kind is not FileOutcomeKind.STOPPED and not control.cancelled:
            command._report(work, path, outcome)

    uploads = FolderUploads(
        session,
        settle=args.settle,
        metadata_for=metadata_for,
        listener_for=lambda path, recording: reporter.listener(path, recording=recording),
        on_outcome=told,
        on_left_alone=lambda path, reason: _left_alone(reporter, path, reason),
        parallel=args.parallel,
        after=args.after_upload,
        on_after=lambda path, result: _after(reporter, path, result),
    )
    events = FolderEvents(args.folders, uploads.offer, recursive=args.recursive, polling=args.poll)
    stopped = threading.Event()
    reporter.start()
    try:
        try:
            events.start()
        except OSError as exc:
            command._error(err, f"cannot watch the folders: {exc.strerror or exc}", "watch")
            return EXIT_FAILED
        if events.polling and not args.poll:
            reporter.note(MSG_POLLING.format(seconds=POLL_SECONDS))
        for root, path in events.existing():
            uploads.offer(root, path)
        _watching(reporter, events.folders, args.recursive)
        while not stopped.wait(WAKE_SECONDS):
            pass
        return EXIT_INTERRUPTED  # never reached: only a stop signal ends the watch
    except KeyboardInterrupt:
        control.stop()
        command._ignore_stop_signals()
        raise
    finally:
        events.stop()
        control.stop()
        uploads.close()
        reporter.stop()


def main(argv: Sequence[str], *, out: TextIO, err: TextIO) -> int:
    """``argv[0]`` is ``watch``; returns the exit status."""
    try:
        args = build_parser().parse_args(list(argv[1:]))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        with command._stop_signals_as_interrupt():
            return run(args, out, err)
    except command._StopSignalError as stop:
        status, _words = command._STOP_SIGNALS[signal.Signals(stop.signum).name]
        with suppress(OSError, ValueError):
            say(err, f"{APP_NAME} watch: stopped; {command.MSG_RUN_AGAIN}")
        return status
    except KeyboardInterrupt:
        with suppress(OSError, ValueError):
            say(err, f"{APP_NAME} watch: interrupted; {command.MSG_RUN_AGAIN}")
        return EXIT_INTERRUPTED
