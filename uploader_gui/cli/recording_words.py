"""The command line's words for uploads while recording: what the engine reports as typed
values (:mod:`uploader_gui.core.recording_problems`), said for a person."""

from __future__ import annotations

from uploader_gui.core.events import RecordingStatus
from uploader_gui.core.limits import MAX_PARTS, MAX_VIDEO_SIZE
from uploader_gui.core.recording_problems import (
    RecordingProblem,
    RecordingReport,
    StaleVideo,
)
from uploader_gui.core.recording_upload import INCOMPLETE_TITLE
from uploader_gui.core.units import format_size

MSG_NEEDS_RECORDING = "--settle goes with --while-recording"
MSG_RECORDING_NEEDS_KEY = (
    "--while-recording needs an API key: with an upload token an interrupted recording "
    "could not be continued"
)

_STALE_WORDS = {
    StaleVideo.DELETED: "its incomplete video {video} was deleted",
    StaleVideo.MARKED: (
        "its incomplete video {video} could not be deleted, so its title now begins with "
        f"“{INCOMPLETE_TITLE.strip()}”"
    ),
    StaleVideo.LEFT: (
        "its incomplete video {video} could not be deleted or renamed (it was never completed); "
        "delete it on api.video"
    ),
}


def status_words(status: RecordingStatus) -> str:
    """``Recording · 1.20 GiB sent, waiting for more`` (or ``…, sending``)."""
    doing = "waiting for more" if status.waiting else "sending"
    return f"Recording · {format_size(status.sent)} sent, {doing}"


def stale_words(report: RecordingReport) -> str:
    if report.stale is None:
        return ""
    return _STALE_WORDS[report.stale].format(video=report.video_id)


def rewritten_note(name: str, report: RecordingReport) -> str:
    """Said when a rewritten recording was uploaded again as a new video."""
    if report.problem is RecordingProblem.CHANGED_AFTER_END:
        return (
            f"“{name}” changed after its upload had completed ({changed_after(report)}), so it "
            f"was uploaded again, as a new video, once it stopped changing; {stale_words(report)}."
        )
    return (
        f"the recorder rewrote the start of “{name}” when it stopped, so the "
        f"{format_size(report.sent)} sent while it recorded no longer matched it. The finished "
        f"file was uploaded again as a new video; {stale_words(report)}."
    )


def changed_after(report: RecordingReport) -> str:
    """``5.00 MiB uploaded, 7.00 MiB on disk now``."""
    now = f"{format_size(report.on_disk)} on disk now" if report.on_disk >= 0 else "gone now"
    return f"{format_size(report.sent)} uploaded, {now}"


def problem_words(name: str, report: RecordingReport) -> str:
    """Why an upload while recording stopped, and what to do."""
    sent = format_size(report.sent)
    if report.problem is RecordingProblem.VANISHED:
        where = f" to video {report.video_id}" if report.video_id else ""
        return (
            f"“{name}” disappeared before the recording ended ({sent} sent{where}). Nothing "
            "was lost: put it back and run the same command again to continue."
        )
    if report.problem is RecordingProblem.SHRANK:
        stale = stale_words(report)
        return (
            f"“{name}” became shorter while it was recorded ({format_size(max(0, report.on_disk))}"
            f" on disk, {sent} already sent), so what was sent no longer matches it"
            f"{'; ' + stale if stale else ''}. The file on disk was left as it is: upload it "
            "again once the recording is finished."
        )
    if report.problem is RecordingProblem.TOO_LARGE:
        return (
            f"“{name}” grew past what one api.video video can hold ({sent} sent; at most "
            f"{format_size(MAX_VIDEO_SIZE)}, in {MAX_PARTS:,} parts). Record in shorter pieces, "
            "or give a larger --chunk-size."
        )
    stale = stale_words(report)
    if report.problem is RecordingProblem.CHANGED_AFTER_END:
        return (
            f"“{name}” changed after its upload had completed ({changed_after(report)})"
            f"{'; ' + stale if stale else ''}. Is it still being recorded? Upload it again "
            "once it is finished, with a longer --settle if the recorder pauses."
        )
    return (
        f"the recorder rewrote the start of “{name}” when it stopped, so the {sent} sent while "
        f"it recorded no longer matched it{'; ' + stale if stale else ''}. Uploading the "
        "finished file as a new video did not succeed."
    )
