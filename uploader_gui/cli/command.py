"""The headless command line: ``uploader-gui upload FILE...``.

Same engine and the same durable queue as the window. Every file is written to the upload store
before anything is sent, so a crash, a kill or Ctrl-C loses nothing: running the same command
again continues each unfinished file, or one that failed after its video was created, into its
existing video, and ``upload --resume`` continues every unfinished upload of the environment.
Each file succeeds or fails on its own: a missing file or a refused upload is one line on
stderr and the other files still go. Exit status: 0 when every file is uploaded and confirmed,
1 when any failed, 2 for a command-line mistake, 130 on Ctrl-C, 143 on SIGTERM and 129 when the
terminal is closed (SIGHUP). Those three stop the same way: the uploads in flight stop, nothing
is cancelled, and running the command again continues each file into its video. A signal the
command was started with ignored (``nohup``, some background jobs) stays ignored.

A store that could not be read is set aside and a new one started; the command says so on
stderr, since the uploads it held are no longer known to continue.

Progress: a live display in a terminal, plain lines otherwise, or with ``--json`` one JSON
object per line (the last one for each file says ``"event": "done"`` or ``"failed"``).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from uploader_gui import APP_NAME
from uploader_gui.cli.arguments import DEFAULT_SETTLE, TrackSpec, build_parser
from uploader_gui.cli.attachment_words import failure_line
from uploader_gui.cli.folder_args import Expanded, expand
from uploader_gui.cli.recording_words import (
    MSG_NEEDS_RECORDING,
    MSG_RECORDING_NEEDS_KEY,
    problem_words,
    rewritten_note,
)
from uploader_gui.cli.reporters import JsonReporter, PlainReporter, Reporter, RichReporter, say
from uploader_gui.cli.status import (
    EXIT_FAILED,
    EXIT_HANGUP,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
)
from uploader_gui.cli.words import day_words, environment_words, error_words, reason_words
from uploader_gui.core import environments
from uploader_gui.core.api_client import ApiClient, UnreachableError
from uploader_gui.core.attachment_files import check_before_upload
from uploader_gui.core.attachments import Attachment, AttachmentKind
from uploader_gui.core.duplicates import PreviousUpload
from uploader_gui.core.durable_upload import (
    AlreadyRunningError,
    DurableControl,
    take_queue_lock,
)
from uploader_gui.core.errors import UploadError
from uploader_gui.core.log_file import QuietFileHandler
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.rate_limit import RateLimiter
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.recording_problems import RecordingProblem
from uploader_gui.core.sidecars import FolderNames, find_sidecars, language_in_name
from uploader_gui.core.store import (
    UploadStore,
    default_store_path,
)
from uploader_gui.core.title_template import render_title
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_session import (
    EarlierChoice,
    FileOutcome,
    FileOutcomeKind,
    Follow,
    UploadSession,
)
from uploader_gui.core.watch_rules import LeftAlone

log = logging.getLogger(__name__)

API_KEY_VARIABLE = "APIVIDEO_API_KEY"
UPLOAD_TOKEN_VARIABLE = "APIVIDEO_UPLOAD_TOKEN"
#: ``--upload-token -``: the token is the first line of standard input.
FROM_STDIN = "-"
MSG_NO_KEY = (
    "No API key for {env}: set " + API_KEY_VARIABLE + ", save a key in the app, "
    "or give an upload token (" + UPLOAD_TOKEN_VARIABLE + " or --upload-token)."
)
MSG_NO_TOKEN_ON_STDIN = (
    "--upload-token - reads the token from standard input, but its first line is empty."
)
MSG_UNEXPECTED = "Unexpected error ({kind}): {message}"
#: Said after every stop (Ctrl+C, SIGTERM, a closed terminal): nothing is lost, and the way on.
MSG_RUN_AGAIN = "run the same command again to continue where it stopped"

# -- the command -----------------------------------------------------------------------------------

MSG_NEEDS_FILES = "give at least one FILE, or --resume to continue unfinished uploads"
#: How often the main thread looks up from waiting for the uploads, so Ctrl-C, SIGTERM and
#: SIGHUP are acted on at once whichever thread the kernel delivered them to.
SIGNAL_CHECK_SECONDS = 0.2


MSG_WAIT_NEEDS_KEY = "--wait-playable needs an API key: an upload token cannot follow encoding"
MSG_TOKEN_FROM_VARIABLE = " (the upload token comes from " + UPLOAD_TOKEN_VARIABLE + ")"
MSG_SOURCE_CHANGED = (
    "changed since it was queued, so nothing more was sent to its video {video}; "
    "add --new-video to upload it as a new video."
)
MSG_NOT_PLAYABLE = "uploaded as {video}, but it is not watchable yet: {why}"
MSG_NOTHING_TO_RESUME = "Nothing to resume for {env}."
MSG_CHECK_GAVE_UP = (
    "The upload token could not be checked: {attempts} tries failed (the last: {reason}). "
    "Nothing was sent; run the command again later."
)
MSG_LOG_FILE = "cannot write the log file {path}: {error}"
MSG_LOG_FILE_FULL = (
    f"{APP_NAME} upload: note: the log file {{path}} cannot be written ({{error}}); "
    "nothing more is logged, the uploads go on"
)
MSG_DATA_FOLDER = "cannot open the upload list in the folder {folder}: {error}"
#: Attempts of the upload-token check before a server problem ends the command, and the waits
#: between them (seconds, doubling).
TOKEN_CHECK_ATTEMPTS = 4
TOKEN_CHECK_FIRST_WAIT = 1.0
MSG_METADATA_KEPT = (
    "the title, description, tags and privacy given now are not applied to uploads already "
    "started ({names}); they continue with the values they were started with."
)
MSG_DUPLICATE_REFUSED = (
    "“{name}” was already uploaded on {date} as “{title}” ({link}); skipped. "
    "Add --allow-duplicate to upload it again."
)
MSG_SOURCE_GONE = (
    "“{name}” is no longer at {path} or cannot be read, so nothing more of it was sent. "
    "Put it back and name it again to continue it; --resume skips it from now on."
)


MSG_ATTACH_ONE_FILE = (
    "--captions, --chapters and --thumbnail go with one FILE at a time (without --resume); "
    "to send several videos, name each one in its own command, or put talk.srt, "
    "talk.chapters.txt and talk.jpg next to talk.mp4"
)
MSG_ATTACH_NEEDS_KEY = (
    "--captions, --chapters and --thumbnail need an API key: an upload token can only send "
    "the video"
)
MSG_SIDECARS_NEED_KEY = (
    "captions, chapters and thumbnails next to the videos are not sent with an upload token "
    "(they need an API key): {names}"
)


def _explicit_attachments(args: argparse.Namespace) -> bool:
    return bool(args.captions or args.chapters or args.thumbnail is not None)


def _track(kind: AttachmentKind, spec: TrackSpec, default: str) -> Attachment:
    language = spec.language or language_in_name(spec.path) or default
    return Attachment(kind, spec.path.absolute(), language)


def _attachments(
    args: argparse.Namespace, path: Path, uses_token: bool, folders: FolderNames
) -> list[Attachment]:
    """What goes with ``path``'s video: the sidecars found next to it (unless
    ``--no-sidecars``), each replaced by what the options name for the same slot."""
    chosen: dict[str, Attachment] = {}
    if not args.no_sidecars and not uses_token:
        for found in find_sidecars(path.absolute(), args.caption_language, folders):
            chosen[found.key] = found
    for attachment in _named_attachments(args):
        chosen[attachment.key] = attachment
    return list(chosen.values())


def _named_attachments(args: argparse.Namespace) -> list[Attachment]:
    """The captions, chapters and thumbnail the options name (a later one for the same slot
    replaces an earlier one)."""
    chosen: dict[str, Attachment] = {}
    for spec in args.captions:
        attachment = _track(AttachmentKind.CAPTION, spec, args.caption_language)
        chosen[attachment.key] = attachment
    for spec in args.chapters:
        attachment = _track(AttachmentKind.CHAPTERS, spec, args.caption_language)
        chosen[attachment.key] = attachment
    if isinstance(args.thumbnail, Path):
        chosen["thumbnail"] = Attachment(AttachmentKind.THUMBNAIL, args.thumbnail.absolute())
    elif isinstance(args.thumbnail, str):
        chosen["thumbnail"] = Attachment(AttachmentKind.THUMBNAIL, timecode=args.thumbnail)
    return list(chosen.values())


#: A server never reached in this run is tried this many times, the waits between doubling
#: from the first, before the command stops: a mistyped address is said in seconds, not after
#: minutes of "connection lost" (a connection that worked and then dropped is waited for).
REACH_ATTEMPTS = 3
REACH_FIRST_WAIT = 1.0
MSG_UNREACHABLE_STOP = (
    "{reason} Nothing was sent in this run; run the command again once the server answers."
)


def stops_when_unreachable(target: environments.Environment) -> bool:
    """Whether a first connection that cannot be made ends the run at once: for an address
    typed with --base-url, where a typo is the likely cause. api.video's own addresses are
    right, so there it is the network (a laptop still joining Wi-Fi, a watcher started at
    login): the run waits for it, as for a connection lost later."""
    return target.kind is environments.EnvironmentKind.CUSTOM


def _reach(client: ApiClient, sleep: Callable[[float], None] = time.sleep) -> None:
    """Make the first connection to the server, a few quick times; raises
    :class:`UnreachableError` when none could be made. Any answer, even a refusal of the
    credential, proves the address: what it means is told where it matters (per file, or
    by the token check)."""
    wait = REACH_FIRST_WAIT
    for attempt in range(1, REACH_ATTEMPTS + 1):
        try:
            client.check_connection()
            return
        except UnreachableError:
            if attempt == REACH_ATTEMPTS:
                raise
            log.info("The server did not answer a first connection; again in %.0f s", wait)
            sleep(wait)
            wait *= 2
        except UploadError:
            return


def _named_attachments_fine(args: argparse.Namespace, err: TextIO) -> bool:
    """Check the captions, chapters and thumbnail named on the command line before anything
    is sent: a broken one is a mistake to fix first (each said on one line)."""
    fine = True
    for attachment in _named_attachments(args):
        broken = check_before_upload(attachment)
        if broken is not None:
            _error(err, failure_line(broken) + "; nothing was sent")
            fine = False
    return fine


class TokenCheckGaveUpError(Exception):
    """The upload token could not be checked after every try (the message says so)."""


def duplicate_refusal(name: str, previous: PreviousUpload) -> str:
    """The command line's sentence when it declines to upload ``name`` again."""
    return MSG_DUPLICATE_REFUSED.format(
        name=name,
        date=day_words(previous.created_at),
        title=previous.shown_title,
        link=previous.links.player or previous.video_id,
    )


def _environment(args: argparse.Namespace) -> environments.Environment:
    """Where this command uploads: ``--base-url``, else ``--env``."""
    if args.base_url:
        url = environments.validate_base_url(args.base_url)
        return environments.Environment(environments.EnvironmentKind.CUSTOM, url)
    return environments.sandbox() if args.env == "sandbox" else environments.production()


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


def _upload_token(args: argparse.Namespace, stdin: TextIO) -> str | None:
    """The upload token: ``--upload-token``, its first line of standard input for ``-``, else
    the environment variable; None when there is none. Raises ValueError when ``-`` finds an
    empty line. The other two ways keep the token out of the process list, where any user of
    the computer can read a command's arguments."""
    given: str | None = args.upload_token
    if given == FROM_STDIN:
        token = stdin.readline().strip()
        if not token:
            raise ValueError(MSG_NO_TOKEN_ON_STDIN)
        return token
    if given:
        return given
    return os.environ.get(UPLOAD_TOKEN_VARIABLE, "").strip() or None


def _metadata(args: argparse.Namespace, path: Path, number: int) -> VideoMetadata:
    """The video's fields; ``number`` is the file's place in the command (``{n}``)."""
    title = render_title(args.title, path, number) if args.title else path.stem or path.name
    return VideoMetadata(
        title=title,
        description=args.description,
        tags=list(args.tag),
        public=not args.private,
    )


@dataclass(frozen=True)
class _Job:
    """One stored file to upload or continue, and the name the user knows it by."""

    path: Path
    file_id: int
    #: Queued by this run (not an earlier upload continued).
    new: bool = False


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
        for record in run.session.pending(recording_settle=_settle(run.args)):
            jobs[record.id] = _Job(record.path, record.id)
    uses_token = run.session.client.uses_upload_token
    unsent_sidecars: list[str] = []
    given = expand(run.args.files)
    folders = FolderNames()
    ok = _tell_folders(run, given, folders) and ok
    for number, path in enumerate(given.files, start=1):
        if uses_token and not run.args.no_sidecars:
            unsent_sidecars += [
                a.path.name
                for a in find_sidecars(path.absolute(), run.args.caption_language, folders)
                if a.path is not None
            ]
        attachments: list[Attachment] = []
        for attachment in _attachments(run.args, path, uses_token, folders):
            broken = check_before_upload(attachment)
            if broken is None:
                attachments.append(attachment)
            else:  # found next to the video (a named one was refused before): said now
                run.reporter.attachment_failed(path, broken)
                ok = False
        try:
            admission = run.session.admit(
                path,
                _metadata(run.args, path, number),
                metadata_given=_metadata_given(run.args),
                attachments=attachments,
                recording_settle=_settle(run.args),
            )
        except UploadError as exc:
            run.reporter.failed(path, reason_words(exc.reason))
            ok = False
            continue
        except Exception as exc:
            log.exception("Could not queue %s", path)
            run.reporter.failed(path, MSG_UNEXPECTED.format(kind=type(exc).__name__, message=exc))
            ok = False
            continue
        if admission.metadata_kept:
            kept_metadata.append(path.name)
        jobs[admission.file_id] = _Job(path, admission.file_id, new=not admission.continues)
    if kept_metadata:
        run.reporter.note(MSG_METADATA_KEPT.format(names=", ".join(kept_metadata)))
    if unsent_sidecars:
        run.reporter.note(MSG_SIDECARS_NEED_KEY.format(names=", ".join(unsent_sidecars)))
    return list(jobs.values()), ok


MSG_SKIPPED = "{path} is skipped: {why}"
MSG_NO_VIDEOS = "no video files in this folder"
MSG_TEMPORARY_NAME = "its name says it is still being written (a temporary name)"


def _tell_folders(run: _Run, given: Expanded, folders: FolderNames) -> bool:
    """Say what the folders named hold that is not uploaded; False when part of one cannot
    be (a file or sub-folder that cannot be read, too many files) or one holds no video."""
    going_with: set[Path] = set()
    for path in given.files if given.skipped else ():
        for found in find_sidecars(path.absolute(), run.args.caption_language, folders):
            if found.path is not None:
                going_with.add(found.path)
    for path, why in given.skipped:
        if path.absolute() in going_with:
            continue  # a caption, chapters or thumbnail that goes with a video
        words = MSG_TEMPORARY_NAME if isinstance(why, LeftAlone) else reason_words(why)
        run.reporter.note(MSG_SKIPPED.format(path=path, why=words.rstrip(".")))
    for path, reason in given.problems:
        run.reporter.failed(path, reason_words(reason))
    for folder in given.empty:
        run.reporter.failed(folder, MSG_NO_VIDEOS)
    return not given.problems and not given.empty


def _settle(args: argparse.Namespace) -> float | None:
    """With ``--while-recording``, how long the file must stay unchanged to be finished."""
    if not args.while_recording:
        return None
    return args.settle if args.settle is not None else DEFAULT_SETTLE


def _never_again(_earlier: PreviousUpload) -> EarlierChoice:
    """The command line does not upload a file again unless told (--allow-duplicate)."""
    return EarlierChoice.SKIP


def _upload_one(run: _Run, job: _Job) -> bool:
    args = run.args
    try:
        outcome = run.session.run_file(
            job.file_id,
            listener=run.reporter.listener(
                job.path, recording=run.session.is_recording(job.file_id)
            ),
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
    report = outcome.recording
    if report is not None and kind is FileOutcomeKind.DONE:
        run.reporter.note(rewritten_note(path.name, report))
    if report is not None and kind is not FileOutcomeKind.DONE:
        message = problem_words(path.name, report)
        again = outcome.reason
        if (
            report.problem is RecordingProblem.REWRITTEN
            and again is not None
            and again.why is not Why.RECORDING_STOPPED
        ):
            message += f" ({reason_words(again)})"
    elif kind is FileOutcomeKind.DONE:
        # What was attached is said first: the file's last line is its "done".
        attached = run.reporter.attachments(path, outcome.attachments)
        watched = outcome.encoding
        if not run.args.wait_playable:
            run.reporter.done(path, outcome)
            return attached
        if watched is not None and watched.reached:
            run.reporter.done(path, outcome, playable=True)
            return attached
        stopped = watched.reason if watched is not None else None
        why = reason_words(stopped or Reason(Why.STOPPED_WATCHING))
        message = MSG_NOT_PLAYABLE.format(video=outcome.video_id, why=why)
    elif kind is FileOutcomeKind.EARLIER_UPLOAD and outcome.earlier is not None:
        message = duplicate_refusal(path.name, outcome.earlier)
    elif kind is FileOutcomeKind.SOURCE_CHANGED:
        message = MSG_SOURCE_CHANGED.format(video=outcome.video_id or "(not created yet)")
    elif kind is FileOutcomeKind.SOURCE_MISSING:
        message = MSG_SOURCE_GONE.format(name=path.name, path=path.parent)
    else:
        fallback = Why.CANCELLED if kind is FileOutcomeKind.CANCELLED else Why.CANNOT_UPLOAD
        message = reason_words(outcome.reason or Reason(fallback))
    log.info("%s failed (%s): %s", path, kind.value, message)
    run.reporter.failed(path, message, recording=report)
    return False


def _setup_logging(log_file: Path | None, secrets: list[str], err: TextIO) -> None:
    """Log details to ``log_file`` (if given), with the key and token masked. Raises OSError
    when the file cannot be opened; a file that later cannot be written is said once on
    ``err`` and logging stops (the upload goes on)."""
    if log_file is None:
        logging.getLogger().addHandler(logging.NullHandler())
        return

    def give_up(error: BaseException) -> None:
        reason = getattr(error, "strerror", None) or error
        with suppress(OSError, ValueError):
            say(err, MSG_LOG_FILE_FULL.format(path=log_file, error=reason))

    handler = QuietFileHandler(log_file, encoding="utf-8", on_give_up=give_up)
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


def _error(err: TextIO, message: str, command: str = "upload") -> None:
    """One line on standard error, named for the command that was run."""
    say(err, f"{APP_NAME} {command}: error: {message}")


def _client(
    args: argparse.Namespace, target: environments.Environment, err: TextIO, stdin: TextIO
) -> ApiClient | int:
    """The client for this run, or the exit status when there is none."""
    try:
        token = _upload_token(args, stdin)
    except ValueError as exc:
        _error(err, error_words(exc))
        return EXIT_USAGE
    if token:
        if _explicit_attachments(args):
            _error(err, MSG_ATTACH_NEEDS_KEY)
            return EXIT_USAGE
        if args.wait_playable:
            origin = "" if args.upload_token else MSG_TOKEN_FROM_VARIABLE
            _error(err, MSG_WAIT_NEEDS_KEY + origin)
            return EXIT_USAGE
        secret = token
    else:
        key = _api_key(target.keyring_name)
        if not key:
            _error(err, MSG_NO_KEY.format(env=environment_words(target)))
            return EXIT_USAGE
        secret = key
    try:
        _setup_logging(args.log_file, [secret], err)
    except OSError as exc:
        _error(err, MSG_LOG_FILE.format(path=args.log_file, error=exc.strerror or exc))
        return EXIT_USAGE
    if token:
        return ApiClient(target.base_url, upload_token=secret)
    return ApiClient(target.base_url, api_key=secret)


def _check_token(client: ApiClient, sleep: Callable[[float], None] = time.sleep) -> None:
    """One cheap request, so a dead token is said once instead of after a whole chunk per
    file. A busy or failing server is asked again a few times before the command gives up;
    a refused token ends it at once, and a server never reached ends it after
    :data:`REACH_ATTEMPTS` (raising :class:`UnreachableError`)."""
    wait = TOKEN_CHECK_FIRST_WAIT
    for attempt in range(1, TOKEN_CHECK_ATTEMPTS + 1):
        try:
            client.check_connection()
            return
        except UnreachableError:
            if attempt >= REACH_ATTEMPTS:
                raise
            sleep(wait)
            wait *= 2
        except UploadError as exc:
            if not exc.retryable:
                raise
            if attempt == TOKEN_CHECK_ATTEMPTS:
                reason = f"HTTP {exc.status}" if exc.status else reason_words(exc.reason)
                raise TokenCheckGaveUpError(
                    MSG_CHECK_GAVE_UP.format(attempts=attempt, reason=reason.rstrip("."))
                ) from exc
            log.info("Upload token check failed (%s), asking again in %.0f s", exc, wait)
            retry_after = getattr(exc, "retry_after", None)
            sleep(max(wait, retry_after or 0.0))
            wait *= 2


def run(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None = None) -> int:
    if not args.files and not args.resume:
        _error(err, MSG_NEEDS_FILES)
        return EXIT_USAGE
    if _explicit_attachments(args) and (
        len(set(args.files)) != 1 or args.resume or any(p.is_dir() for p in args.files)
    ):
        _error(err, MSG_ATTACH_ONE_FILE)
        return EXIT_USAGE
    if _explicit_attachments(args) and not _named_attachments_fine(args, err):
        return EXIT_USAGE
    if args.settle is not None and not args.while_recording:
        _error(err, MSG_NEEDS_RECORDING)
        return EXIT_USAGE
    try:
        target = _environment(args)
    except ValueError as exc:
        _error(err, error_words(exc))
        return EXIT_USAGE
    client = _client(args, target, err, stdin or sys.stdin)
    if isinstance(client, int):
        return client
    with client:
        try:
            store = UploadStore()
        except OSError as exc:  # an unwritable data folder, or a file in its place
            folder = default_store_path().parent
            _error(
                err, MSG_DATA_FOLDER.format(folder=folder, error=exc.strerror or error_words(exc))
            )
            return EXIT_FAILED
        except Exception as exc:  # a store from a newer app
            _error(err, error_words(exc))
            return EXIT_FAILED
        if store.recovery is not None:
            # The uploads the old store held will not be continued: the user must hear it.
            say(err, f"{APP_NAME} upload: note: {reason_words(store.recovery)}")
        try:
            try:
                lock = take_queue_lock(store)
            except AlreadyRunningError as exc:
                _error(err, error_words(exc))
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
    target: environments.Environment,
    client: ApiClient,
    store: UploadStore,
    out: TextIO,
    err: TextIO,
) -> int:
    if args.while_recording and client.uses_upload_token:
        _error(err, MSG_RECORDING_NEEDS_KEY)
        return EXIT_USAGE
    try:
        if client.uses_upload_token:
            _check_token(client)  # reaches the server too
    except UnreachableError as exc:
        _error(err, MSG_UNREACHABLE_STOP.format(reason=reason_words(exc.reason)))
        return EXIT_FAILED
    except TokenCheckGaveUpError as exc:
        _error(err, str(exc))
        return EXIT_FAILED
    except UploadError as exc:
        _error(err, reason_words(exc.reason))
        return EXIT_FAILED
    options = UploadOptions(
        chunk_size=args.chunk_size,
        parallel_chunks=args.parallel_chunks,
        adaptive_chunks=False if args.fixed_chunks else None,
        rate_limiter=RateLimiter(args.limit_rate) if args.limit_rate else None,
        stall_seconds=args.stall_timeout,
    )
    reporter = _make_reporter(args.json, out, err)
    control = DurableControl()
    session = UploadSession(store, client, target, options=options, control=control)
    work = _Run(args=args, session=session, reporter=reporter, control=control)
    if client.uses_upload_token and not args.allow_duplicate:
        reporter.note(reason_words(Reason(Why.TOKEN_NO_CHECK)))
    jobs, queued_all = _queue(work)
    if not jobs:
        if queued_all:
            reporter.note(MSG_NOTHING_TO_RESUME.format(env=environment_words(target)))
        return EXIT_OK if queued_all else EXIT_FAILED
    if not client.uses_upload_token and stops_when_unreachable(target):
        # After the files are queued (a run killed while waiting for a slow first answer
        # keeps them); those this run queued are taken out again when the address never
        # answers, or they would wait for a mistyped address.
        try:
            _reach(client)
        except UnreachableError as exc:
            for job in jobs:
                if job.new:
                    store.remove(job.file_id)
            _error(err, MSG_UNREACHABLE_STOP.format(reason=reason_words(exc.reason)))
            return EXIT_FAILED
    results: list[bool] = []
    reporter.start()
    pool = ThreadPoolExecutor(args.parallel, thread_name_prefix="file")
    futures: list[Future[bool]] = []
    all_done = threading.Event()
    left = [len(jobs)]
    left_lock = threading.Lock()

    def one_done(_future: Future[bool]) -> None:
        with left_lock:
            left[0] -= 1
            if left[0] == 0:
                all_done.set()

    ignored: dict[int, Any] = {}
    try:
        # An interrupt may land anywhere in here, even while the files are being handed out:
        # the uploads are always told to stop before the pool is waited for, or they would
        # run to their end first.
        for job in jobs:
            future = pool.submit(_upload_one, work, job)
            futures.append(future)
            future.add_done_callback(one_done)
        # Never one endless wait: a signal the kernel hands to an upload thread is only acted
        # on once the main thread runs Python again. An event, not ``concurrent.futures.wait``,
        # which an interrupt can leave holding the futures' locks.
        while not all_done.wait(SIGNAL_CHECK_SECONDS):
            pass
        results = [f.result() for f in futures]
    except KeyboardInterrupt:
        # Stopped, not cancelled: the files stay in the queue for the next run. Further stop
        # signals are ignored while the uploads end, so the store and the queue lock are
        # only let go once nothing writes to them.
        work.control.stop()
        ignored = _ignore_stop_signals()
        for f in futures:
            f.cancel()
        raise
    finally:
        pool.shutdown(wait=True)
        reporter.stop()
        for signum, handler in ignored.items():
            signal.signal(signum, handler)
    return EXIT_OK if queued_all and all(results) else EXIT_FAILED


def _ignore_stop_signals() -> dict[int, Any]:
    """Ignore Ctrl-C, SIGTERM and SIGHUP from now on (main thread only); the handlers before."""
    previous: dict[int, Any] = {}
    if threading.current_thread() is not threading.main_thread():
        return previous
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            previous[signum] = signal.signal(signum, signal.SIG_IGN)
    return previous


class _StopSignalError(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where Ctrl-C would be, so both stop the same way."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


#: The signals that stop the command like Ctrl-C, with their exit status and words.
_STOP_SIGNALS: dict[str, tuple[int, str]] = {
    "SIGTERM": (EXIT_TERMINATED, "stopped (SIGTERM)"),
    "SIGHUP": (EXIT_HANGUP, "stopped (the terminal was closed)"),
}


def _raise_stop(signum: int, _frame: FrameType | None) -> None:
    raise _StopSignalError(signum)


@contextmanager
def _stop_signals_as_interrupt() -> Iterator[None]:
    """While the command runs, SIGTERM and SIGHUP raise in the main thread as Ctrl-C does,
    instead of ending the process where it stands (exit 143 with nothing said). A signal
    inherited as ignored is left ignored: whoever started the command asked for that."""
    installed: dict[int, signal.Handlers | Callable[[int, FrameType | None], object] | int | None]
    installed = {}
    if threading.current_thread() is threading.main_thread():
        for name in _STOP_SIGNALS:
            signum = getattr(signal, name, None)  # SIGHUP does not exist on Windows
            if signum is None:
                continue
            previous = signal.getsignal(signum)
            if previous is signal.SIG_IGN:
                continue
            signal.signal(signum, _raise_stop)
            installed[signum] = previous
    try:
        yield
    finally:
        for signum, previous in installed.items():
            signal.signal(signum, previous if previous is not None else signal.SIG_DFL)


def main(
    argv: Sequence[str],
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """``argv[0]`` is the verb (``upload``); returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    stdin = stdin or sys.stdin
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv[1:]))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        with _stop_signals_as_interrupt():
            return run(args, out, err, stdin)
    except _StopSignalError as stop:
        status, words = _STOP_SIGNALS[signal.Signals(stop.signum).name]
        with suppress(OSError, ValueError):  # a closed terminal may take no more words
            say(err, f"{APP_NAME} upload: {words}; {MSG_RUN_AGAIN}")
        return status
    except KeyboardInterrupt:
        with suppress(OSError, ValueError):
            say(err, f"{APP_NAME} upload: interrupted; {MSG_RUN_AGAIN}")
        return EXIT_INTERRUPTED
    except Exception as exc:
        log.exception("The upload command failed")
        message = MSG_UNEXPECTED.format(kind=type(exc).__name__, message=exc)
        _error(err, message)
        return EXIT_FAILED
