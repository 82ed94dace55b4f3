"""How the command shows progress and results: plain lines, JSON lines, or a live display."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from uploader_gui import APP_NAME
from uploader_gui.cli.attachment_words import failure_line, sent_line
from uploader_gui.cli.recording_words import status_words
from uploader_gui.cli.safe_text import json_line, visible
from uploader_gui.cli.words import RETRY_CAUSE_WORDS, reason_words
from uploader_gui.core.attachments import AttachmentResult, AttachmentState
from uploader_gui.core.encoding_watch import EncodingProgress, EncodingStep
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRetrying,
    EarlierUploadUnknown,
    Phase,
    PhaseChanged,
    RecordingStatus,
    RetryCause,
    RetryReason,
    UploadEvent,
    UploadPlanned,
    VideoCreated,
    encoding_phase,
)
from uploader_gui.core.file_progress import FileProgress
from uploader_gui.core.recording_problems import RecordingReport
from uploader_gui.core.units import format_size
from uploader_gui.core.upload_session import (
    FileOutcome,
)

if TYPE_CHECKING:
    from rich.progress import Task

#: Plain-text progress lines are printed at most every this many percent.
PLAIN_STEP_PERCENT = 10
MSG_LOOKUP_FAILED = (
    "could not check whether {name} was uploaded before ({error}); uploading it anyway."
)


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
    return RETRY_CAUSE_WORDS[reason.cause]


_ENCODING_STEP_WORDS = {
    EncodingStep.UNKNOWN: "",
    EncodingStep.WAITING: "waiting to encode",
    EncodingStep.ENCODING: "encoding {quality}",
    EncodingStep.READY: "{quality} ready",
}


def encoding_words(progress: EncodingProgress) -> str:
    """``Processing · encoding 360p``, ``Ready to watch · 1080p ready``."""
    state = _PHASE_WORDS[Phase.PLAYABLE if progress.playable else Phase.PROCESSING]
    detail = _ENCODING_STEP_WORDS[progress.step].format(quality=progress.quality)
    return f"{state} · {detail}" if detail else state


def phase_words(event: PhaseChanged) -> str:
    """The live display's state column (empty while simply uploading)."""
    if event.encoding is not None:
        return encoding_words(event.encoding)
    words = _PHASE_WORDS[event.phase]
    return f"{words} ({retry_words(event.retry)})" if event.retry is not None else words


def say(stream: TextIO, line: str) -> None:
    """Print one line of the command's own output, with whatever came from a file name or a
    server made visible (see :mod:`uploader_gui.cli.safe_text`)."""
    print(visible(line), file=stream, flush=True)


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

    #: The command whose lines these are (``upload``, ``watch``), named in its notes.
    command = "upload"

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out = out
        self.err = err
        self.lock = threading.Lock()
        self.files: dict[Path, FileProgress] = {}
        #: Files uploaded while they are recorded.
        self.recording: set[Path] = set()

    def start(self) -> None:
        """Called before any upload begins."""

    def stop(self) -> None:
        """Called after every upload ended."""

    def listener(self, path: Path, *, recording: bool = False) -> Callable[[UploadEvent], None]:
        """The listener for one file's events; ``recording`` when it grows as it is sent (its
        total is not known until it ends)."""
        with self.lock:
            progress = self.files.setdefault(path, FileProgress())
            if recording:
                self.recording.add(path)

        def listen(event: UploadEvent) -> None:
            if isinstance(event, RecordingStatus):
                with self.lock:
                    self.recording_status(path, event)
            elif isinstance(event, PhaseChanged) and event.encoding is not None:
                self.encoding(path, event.encoding)
            elif isinstance(event, EarlierUploadUnknown):
                self.note(MSG_LOOKUP_FAILED.format(name=path.name, error=reason_words(event.error)))
            else:
                with self.lock:
                    progress.observe(event)
                    self.show(path, progress, event)

        return listen

    def show(self, path: Path, progress: FileProgress, event: UploadEvent) -> None:
        """Display one event (called with the lock held)."""

    def recording_status(self, path: Path, status: RecordingStatus) -> None:
        """A file being recorded started or stopped waiting for more (the lock held)."""

    def done(self, path: Path, result: FileOutcome, *, playable: bool = False) -> None:
        """The file is uploaded and confirmed (and, with ``playable``, watchable)."""
        raise NotImplementedError

    def failed(self, path: Path, message: str, *, recording: RecordingReport | None = None) -> None:
        """The file did not make it; ``recording`` says why an upload while recording
        stopped."""
        raise NotImplementedError

    def attachments(self, path: Path, results: tuple[AttachmentResult, ...]) -> bool:
        """Say what was attached to the file's video and what was not (each on one line);
        True when nothing failed. Called before :meth:`done`."""
        ok = True
        for result in results:
            if result.state is AttachmentState.SENT:
                self.attached(path, result)
            elif result.state is AttachmentState.FAILED or result.problem is not None:
                ok = False
                self.attachment_failed(path, result)
        return ok

    def attached(self, path: Path, result: AttachmentResult) -> None:
        with self.lock:
            say(self.out, f"{path.name}: {sent_line(result)}")

    def attachment_failed(self, path: Path, result: AttachmentResult) -> None:
        with self.lock:
            say(self.err, failure_line(result))

    def encoding(self, path: Path, progress: EncodingProgress) -> None:
        """A new reading while following the encoding of an uploaded file."""

    def note(self, text: str) -> None:
        """Something worth saying once that is not an error."""
        with self.lock:
            say(self.err, f"{APP_NAME} {self.command}: note: {text}")

    def _progress(self, path: Path) -> FileProgress:
        return self.files.setdefault(path, FileProgress())


class PlainReporter(Reporter):
    """Lines a log file or a pipe can keep."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        super().__init__(out, err)
        self._last_step: dict[Path, int] = {}

    def show(self, path: Path, progress: FileProgress, event: UploadEvent) -> None:
        name = path.name
        if isinstance(event, VideoCreated):
            self._line(f"{name}: video {event.video_id}")
        elif isinstance(event, ChunkRetrying):
            again = progress.snapshot().to_send_again
            more = f", {format_size(again)} to send again" if again else ""
            self._line(
                f"{name}: retrying in {event.delay:.0f} s ({retry_words(event.reason)}){more}"
            )
        elif isinstance(event, PhaseChanged) and event.phase is Phase.VERIFYING:
            self._line(f"{name}: verifying")
        elif (
            isinstance(event, BytesSent | ChunkAcknowledged)
            and progress.total_bytes
            and path not in self.recording
        ):
            sent, size = progress.bytes_shown(), progress.total_bytes
            percent = sent * 100 // size
            step = percent // PLAIN_STEP_PERCENT
            if step > self._last_step.get(path, 0):
                self._last_step[path] = step
                self._line(f"{name}: {percent}% ({format_size(sent)} of {format_size(size)})")

    def _line(self, text: str) -> None:
        say(self.out, text)

    def recording_status(self, path: Path, status: RecordingStatus) -> None:
        if status.waiting:
            self._line(f"{path.name}: {status_words(status)}")

    def done(self, path: Path, result: FileOutcome, *, playable: bool = False) -> None:
        with self.lock:
            link = result.links.player or result.video_id
            self._line(f"{path.name}: uploaded {format_size(result.size)} → {link}")
            if result.links_note is not None:
                self._line(f"{path.name}: {reason_words(result.links_note)}")
            if playable:
                self._line(f"{path.name}: ready to watch")

    def encoding(self, path: Path, progress: EncodingProgress) -> None:
        with self.lock:
            self._line(f"{path.name}: {encoding_words(progress)}")

    def failed(self, path: Path, message: str, *, recording: RecordingReport | None = None) -> None:
        with self.lock:
            say(self.err, f"{path.name}: error: {message}")


class JsonReporter(Reporter):
    """One object per line on stdout, for scripts. Errors also go to stderr as one line."""

    #: Progress lines at most every this many bytes per file (plus one per chunk).
    PROGRESS_STEP = 1024 * 1024

    def __init__(self, out: TextIO, err: TextIO) -> None:
        super().__init__(out, err)
        self._last_bytes: dict[Path, int] = {}

    def line(self, obj: dict[str, Any]) -> None:
        """One line that is about the command, not a file's progress (the lock taken)."""
        with self.lock:
            self._emit(obj)

    def _emit(self, obj: dict[str, Any]) -> None:
        self.out.write(json_line(obj) + "\n")
        self.out.flush()

    def show(self, path: Path, progress: FileProgress, event: UploadEvent) -> None:
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
                    "toSendAgain": progress.snapshot().to_send_again,
                }
            )
        elif isinstance(event, PhaseChanged) and event.encoding is None:
            fields = _reason_fields(event.retry) if event.retry is not None else {}
            self._emit({"event": "state", **base, "state": event.phase.value, **fields})
        elif isinstance(event, BytesSent | ChunkAcknowledged):
            snap = progress.snapshot()
            sent = snap.shown
            last = self._last_bytes.get(path, 0)
            if sent != last and (
                isinstance(event, ChunkAcknowledged) or sent - last >= self.PROGRESS_STEP
            ):
                self._last_bytes[path] = sent
                self._emit(
                    {
                        "event": "progress",
                        **base,
                        "bytes": sent,
                        "total": snap.total,
                        "confirmed": snap.confirmed,
                        "inFlight": snap.in_flight,
                        "toSendAgain": snap.to_send_again,
                    }
                )

    def recording_status(self, path: Path, status: RecordingStatus) -> None:
        self._emit(
            {
                "event": "recording",
                "file": str(path),
                "state": "waiting_for_more" if status.waiting else "recording",
                "sent": status.sent,
                "onDisk": status.on_disk,
            }
        )

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
        if result.links_note is not None:
            final["note"] = reason_words(result.links_note)
        if result.recording is not None:
            final["recording"] = _recording_fields(result.recording)
        with self.lock:
            self._emit(final)

    def attached(self, path: Path, result: AttachmentResult) -> None:
        with self.lock:
            self._emit({"event": "attached", "file": str(path), **_attachment_fields(result)})

    def attachment_failed(self, path: Path, result: AttachmentResult) -> None:
        line = failure_line(result)
        problem = result.problem.value if result.problem is not None else None
        fields = {**_attachment_fields(result), "problem": problem, "line": result.line}
        with self.lock:
            self._emit({"event": "attachmentFailed", "file": str(path), **fields, "error": line})
            say(self.err, line)

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

    def failed(self, path: Path, message: str, *, recording: RecordingReport | None = None) -> None:
        with self.lock:
            progress = self._progress(path)
            final: dict[str, Any] = {
                "event": "failed",
                "file": str(path),
                "videoId": progress.video_id,
                "bytes": progress.snapshot().confirmed,
                "playerUrl": None,
                "error": message,
            }
            if recording is not None:
                final["recording"] = _recording_fields(recording)
            self._emit(final)
            say(self.err, f"{path.name}: error: {message}")


def _attachment_fields(result: AttachmentResult) -> dict[str, Any]:
    attachment = result.attachment
    return {
        "kind": attachment.kind.value,
        "language": attachment.language,
        "source": attachment.source,
        "earlier": result.earlier,
    }


def _recording_fields(report: RecordingReport) -> dict[str, Any]:
    """Why an upload while recording stopped, for the JSON lines: identifiers and numbers."""
    return {
        "problem": report.problem.value,
        "sent": report.sent,
        "onDisk": report.on_disk,
        "videoId": report.video_id,
        "staleVideo": report.stale.value if report.stale is not None else None,
    }


def _field_column(field: str, style: str = "") -> Any:
    """A live-display column showing one task field as plain text: never read as rich markup
    (a file named ``[bold red]x.mp4`` or ``[link=…]`` shows as named) and made visible."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class FieldColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(visible(str(task.fields.get(field, ""))), style=style)

    return FieldColumn()


class RichReporter(Reporter):
    """A live display with one bar per file, for a person at a terminal."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        super().__init__(out, err)
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        # Nothing printed is read as markup, emoji codes or something to highlight: the lines
        # hold file names and server words, shown exactly as they are.
        self._console = Console(file=out, markup=False, emoji=False, highlight=False)
        self._err_console = Console(
            file=err, stderr=True, markup=False, emoji=False, highlight=False
        )
        self._bars = Progress(
            _field_column("name", "bold"),
            BarColumn(),
            DownloadColumn(binary_units=True),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            _field_column("state"),
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

    def show(self, path: Path, progress: FileProgress, event: UploadEvent) -> None:
        task = self._task(path)
        if isinstance(event, UploadPlanned):
            self._bars.update(task, total=event.total_bytes, completed=progress.bytes_shown())
        elif isinstance(event, BytesSent | ChunkAcknowledged):
            self._bars.update(task, completed=progress.bytes_shown())
        elif isinstance(event, PhaseChanged):
            self._bars.update(task, state=phase_words(event))

    def done(self, path: Path, result: FileOutcome, *, playable: bool = False) -> None:
        with self.lock:
            state = "Ready to watch" if playable else "Uploaded"
            self._bars.update(self._task(path), completed=result.size, state=state)
            link = result.links.player or result.video_id
            self._console.print(visible(f"{path.name}: {link}"))

    def recording_status(self, path: Path, status: RecordingStatus) -> None:
        self._bars.update(self._task(path), state=status_words(status))

    def failed(self, path: Path, message: str, *, recording: RecordingReport | None = None) -> None:
        with self.lock:
            task = self._task(path)
            self._bars.update(task, total=max(1, self.files.get(path, FileProgress()).total_bytes))
            self._bars.update(task, state="Failed")
            self._bars.stop_task(task)
            self._err_console.print(visible(f"{path.name}: error: {message}"))

    def encoding(self, path: Path, progress: EncodingProgress) -> None:
        with self.lock:
            self._bars.update(self._task(path), state=encoding_words(progress))

    def attached(self, path: Path, result: AttachmentResult) -> None:
        with self.lock:
            self._console.print(visible(f"{path.name}: {sent_line(result)}"))

    def attachment_failed(self, path: Path, result: AttachmentResult) -> None:
        with self.lock:
            self._err_console.print(visible(failure_line(result)))

    def note(self, text: str) -> None:
        with self.lock:
            self._err_console.print(visible(f"note: {text}"))
