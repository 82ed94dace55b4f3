"""The window's words for watched folders: the indicator, what became of a file after its
upload, a folder that cannot be watched. Core reports typed values; they are said here."""

from __future__ import annotations

from pathlib import Path

from uploader_gui.core.after_upload import AfterUploadDone, AfterUploadResult
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.translations import Counted, fill, translate


def watching_words(count: int) -> str:
    """``Watching 2 folders``."""
    return Counted.tr("Watching %n folder(s)", "Watch", count)


def unwatchable_words(folder: str, why: str) -> str:
    return fill(
        translate("Watch", "The folder “%1” cannot be watched (%2). Check that it exists."),
        shown(folder),
        why,
    )


def after_words(path: Path, result: AfterUploadResult) -> str:
    """What became of an uploaded file from a watched folder."""
    name = shown(path.name)
    done = result.done
    if done is AfterUploadDone.MOVED:
        return fill(
            translate("Watch", "“%1” was uploaded and moved to %2."),
            name,
            shown(str(result.to.parent if result.to else "")),
        )
    if done is AfterUploadDone.DELETED:
        return fill(translate("Watch", "“%1” was uploaded and deleted from this computer."), name)
    if done is AfterUploadDone.NOT_PLAYABLE:
        return fill(
            translate(
                "Watch", "“%1” was kept: its video could not be watched yet, so it was not deleted."
            ),
            name,
        )
    if done is AfterUploadDone.CHANGED:
        return fill(
            translate("Watch", "“%1” was kept where it is: it changed since it was sent."), name
        )
    if done is AfterUploadDone.FAILED:
        return fill(
            translate("Watch", "“%1” could not be moved or deleted (%2)."), name, result.error
        )
    return fill(translate("Watch", "“%1” was uploaded and kept."), name)
