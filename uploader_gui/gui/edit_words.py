"""What the window says about a change to a video: saved, saving, or why it was not saved."""

from __future__ import annotations

from uploader_gui.core.reasons import Why
from uploader_gui.core.video_details import EditResult, EditState
from uploader_gui.gui.problem_words import reason_words
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate

CONTEXT = "VideoEdits"
MSG_SAVED = QT_TRANSLATE_NOOP("VideoEdits", "Saved")
MSG_SAVING = QT_TRANSLATE_NOOP("VideoEdits", "Saving…")
MSG_NOT_SAVED = QT_TRANSLATE_NOOP("VideoEdits", "Not saved: %1")
MSG_KEPT = QT_TRANSLATE_NOOP("VideoEdits", "Kept for when the video is created.")
MSG_OTHER_PLACE = QT_TRANSLATE_NOOP(
    "VideoEdits", "This video is on %1: switch to it to change the video."
)
_WHY = {
    EditState.RETRY_LATER: QT_TRANSLATE_NOOP(
        "VideoEdits", "api.video can't be reached now. It is sent when the network is back."
    ),
    EditState.VIDEO_GONE: QT_TRANSLATE_NOOP(
        "VideoEdits", "the video is no longer on api.video (it was deleted)."
    ),
    EditState.NEEDS_API_KEY: QT_TRANSLATE_NOOP(
        "VideoEdits", "changing a video needs an API key; an upload token can only upload."
    ),
    EditState.EMPTY_TITLE: QT_TRANSLATE_NOOP("VideoEdits", "a video needs a title."),
    EditState.REFUSED: QT_TRANSLATE_NOOP("VideoEdits", "api.video refused the change."),
}
MSG_REFUSED_BECAUSE = QT_TRANSLATE_NOOP("VideoEdits", "api.video refused the change: %1")


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def why_not_words(result: EditResult) -> str:
    """Why a change did not reach the video, in a sentence."""
    reason = result.reason
    if result.state is EditState.REFUSED and reason is not None:
        if reason.why is Why.REFUSED:  # the server's own words, quoted
            return fill(tr(MSG_REFUSED_BECAUSE), reason.text("reason"))
        return reason_words(reason)
    return tr(_WHY.get(result.state, _WHY[EditState.REFUSED]))


def result_words(result: EditResult) -> str:
    """``Saved``, or ``Not saved: why``."""
    if result.state is EditState.SAVED:
        return tr(MSG_SAVED)
    return fill(tr(MSG_NOT_SAVED), why_not_words(result))
