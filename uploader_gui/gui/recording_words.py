"""The window's words for uploads while recording.

Core reports typed values (:class:`~uploader_gui.core.events.RecordingStatus`,
:class:`~uploader_gui.core.recording_problems.RecordingReport`); this module says them for a
creator, through Qt's translation function, with named placeholders a translation may move.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from uploader_gui.core.recording_problems import RecordingProblem, RecordingReport, StaleVideo
from uploader_gui.core.recording_upload import INCOMPLETE_TITLE
from uploader_gui.gui.unit_words import size_words


def status_words(sent: int, *, waiting: bool) -> str:
    """``Recording · 1.20 GiB sent, waiting for more`` (or ``…, sending``)."""
    template = (
        QCoreApplication.translate("Recording", "Recording · {size} sent, waiting for more")
        if waiting
        else QCoreApplication.translate("Recording", "Recording · {size} sent, sending")
    )
    return template.format(size=size_words(sent))


def checking_words() -> str:
    """A file written moments before it was added, watched for a moment to tell whether it
    is still being recorded."""
    return QCoreApplication.translate("Recording", "Checking…")


def waiting_words() -> str:
    """A recording queued and not started yet."""
    return QCoreApplication.translate("Recording", "Waiting · still recording")


def stale_words(stale: StaleVideo | None) -> str:
    """What became of the incomplete video whose bytes no longer matched the file."""
    if stale is StaleVideo.DELETED:
        return QCoreApplication.translate("Recording", "Its incomplete video was deleted.")
    if stale is StaleVideo.MARKED:
        return QCoreApplication.translate(
            "Recording",
            "Its incomplete video could not be deleted, so its title now begins with “{mark}”.",
        ).format(mark=INCOMPLETE_TITLE.strip())
    if stale is StaleVideo.LEFT:
        return QCoreApplication.translate(
            "Recording",
            "Its incomplete video could not be deleted or renamed (it was never completed): "
            "delete it on api.video.",
        )
    return ""


def _joined(first: str, stale: StaleVideo | None) -> str:
    more = stale_words(stale)
    return f"{first} {more}" if more else first


def problem_words(
    problem: RecordingProblem, sent: int, on_disk: int, stale: StaleVideo | None = None
) -> str:
    """Why an upload while recording stopped, and what to do."""
    sent_text = size_words(max(0, sent))
    if problem is RecordingProblem.VANISHED:
        return QCoreApplication.translate(
            "Recording",
            "The file disappeared before the recording ended ({sent} sent). Nothing was lost: "
            "put it back and choose Retry to continue.",
        ).format(sent=sent_text)
    if problem is RecordingProblem.SHRANK:
        return _joined(
            QCoreApplication.translate(
                "Recording",
                "The file became shorter while it was recorded ({on_disk} on disk, {sent} "
                "already sent), so what was sent no longer matches it. The file was left as it "
                "is: upload it again once the recording is finished.",
            ).format(on_disk=size_words(max(0, on_disk)), sent=sent_text),
            stale,
        )
    if problem is RecordingProblem.TOO_LARGE:
        return QCoreApplication.translate(
            "Recording",
            "The recording grew past what one api.video video can hold ({sent} sent). Record "
            "in shorter pieces.",
        ).format(sent=sent_text)
    if problem is RecordingProblem.CHANGED_AFTER_END:
        return _joined(
            QCoreApplication.translate(
                "Recording",
                "The file changed after its upload had completed. Is it still being recorded? "
                "Upload it again once it is finished, with a longer settle time in the settings "
                "if the recorder pauses.",
            ),
            stale,
        )
    return _joined(
        QCoreApplication.translate(
            "Recording",
            "The recorder rewrote the start of the file when it stopped, so the {sent} sent "
            "while it recorded no longer matched it. Uploading the finished file as a new "
            "video did not succeed.",
        ).format(sent=sent_text),
        stale,
    )


def report_words(report: RecordingReport) -> str:
    """:func:`problem_words` for a whole report."""
    return problem_words(report.problem, report.sent, report.on_disk, report.stale)


def sent_again_words(report: RecordingReport) -> str:
    """Said of a recording that was uploaded again, whole, as a new video."""
    if report.problem is RecordingProblem.CHANGED_AFTER_END:
        first = QCoreApplication.translate(
            "Recording",
            "The file changed after its upload had completed, so it was uploaded again as a "
            "new video once it stopped changing.",
        )
    else:
        first = QCoreApplication.translate(
            "Recording",
            "The recorder rewrote the start of the file when it stopped: the finished file was "
            "uploaded again as a new video.",
        )
    return _joined(first, report.stale)
