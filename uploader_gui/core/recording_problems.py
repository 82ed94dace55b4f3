"""Why an upload while recording could not finish as it began, as typed values.

The engine says what happened (the file shrank, vanished, or the bytes already sent changed)
with the numbers that matter; each front words it. What became of the incomplete video is
typed too, since "deleted" and "kept, renamed as incomplete" call for different advice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from uploader_gui.core.errors import SourceChangedError
from uploader_gui.core.reasons import Reason, Why


class RecordingProblem(StrEnum):
    """Stable identifiers (the command line's JSON lines carry them)."""

    #: The file became shorter than it had been: the bytes already sent may no longer be its.
    SHRANK = "shrank"
    #: The file is gone (moved, renamed or deleted) before the recording ended.
    VANISHED = "vanished"
    #: The bytes already sent changed on disk (a recorder that rewrites the start of the file
    #: when it stops, such as an MP4 moving its index to the front).
    REWRITTEN = "rewritten"
    #: The file changed again after the final part completed the video (a recorder that
    #: paused for longer than the settle time, or rewrote the file late): that video was
    #: dealt with like a rewritten one.
    CHANGED_AFTER_END = "changed_after_end"
    #: The recording outgrew api.video's limit of parts or bytes.
    TOO_LARGE = "too_large"


class StaleVideo(StrEnum):
    """What became of the incomplete video whose bytes no longer match the file."""

    DELETED = "deleted"
    #: It could not be deleted: its title now says it is incomplete.
    MARKED = "marked"
    #: Neither worked (the reason is in the log); it was never completed, so it holds no
    #: complete video with stale bytes.
    LEFT = "left"


@dataclass(frozen=True)
class RecordingReport:
    """What stopped an upload while recording. ``sent`` bytes were acknowledged by then,
    ``on_disk`` is the file's size when it was noticed (-1 once it is gone), ``stale`` what
    became of the incomplete video when it was dealt with."""

    problem: RecordingProblem
    sent: int
    on_disk: int
    video_id: str | None = None
    stale: StaleVideo | None = None


class RecordingError(SourceChangedError):
    """An upload while recording stopped; :attr:`report` says why, as typed values."""

    def __init__(self, report: RecordingReport) -> None:
        super().__init__(
            Reason(
                Why.RECORDING_STOPPED,
                {"problem": report.problem.value, "sent": report.sent, "on_disk": report.on_disk},
            ),
            detail=f"{report.sent} bytes sent, {report.on_disk} on disk",
        )
        self.report = report
