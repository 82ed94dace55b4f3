"""A folder of files uploaded before asks once when the creator says "the same for the
others", against the emulator."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import Harness
from tests.gui.test_upload_flow import WAIT_MS, drop
from uploader_gui.core.limits import MIB
from uploader_gui.gui.engine_jobs import DuplicateChoice
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState


def upload_then_drop_again(h: Harness, window: MainWindow, paths: list[Path]) -> int:
    """Upload ``paths``, clear the list and drop them again, until the first question shows;
    returns how many videos the server had then."""
    drop(window, *paths)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == len(paths))
    h.qtbot.waitUntil(
        lambda: all(i.state.finished for i in window.model.items) and not window.manager.busy,
        timeout=WAIT_MS,
    )
    count = len(h.emulator.videos())
    window.manager.remove(window.manager.all_ids())
    drop(window, *paths)
    h.qtbot.waitUntil(lambda: window.duplicate_box is not None, timeout=WAIT_MS)
    return count


def test_one_answer_for_a_folder_of_duplicates(harness: Harness) -> None:
    h = harness
    window = h.window()
    paths = [h.video_file(f"Clip {n}.mp4", 2 * MIB) for n in range(5)]
    count = upload_then_drop_again(h, window, paths)
    boxes: list[object] = [window.duplicate_box]
    same = window.duplicate_prompt.same_for_others
    assert same is not None and same.text() == (
        "Do the same for the other 4 files if they were uploaded before"
    )
    same.setChecked(True)
    window.duplicate_buttons[DuplicateChoice.SKIP].click()
    h.qtbot.waitUntil(
        lambda: (
            all(i.state is ItemState.SKIPPED for i in window.model.items)
            and not window.manager.busy
        ),
        timeout=WAIT_MS,
    )
    assert window.duplicate_box is None and len(h.emulator.videos()) == count
    # The answer held for that queue only: the next file uploaded before is asked about.
    assert window.duplicate_prompt.remembered is None
    window.manager.remove(window.manager.all_ids())
    drop(window, paths[0])
    h.qtbot.waitUntil(lambda: window.duplicate_box is not None, timeout=WAIT_MS)
    assert window.duplicate_box is not boxes[0]
    assert window.duplicate_prompt.same_for_others is None  # no other file to answer for
    window.duplicate_buttons[DuplicateChoice.SKIP].click()
    h.qtbot.waitUntil(lambda: window.model.item(0).state is ItemState.SKIPPED, timeout=WAIT_MS)


def test_upload_again_for_all_sends_every_file_once_more(harness: Harness) -> None:
    h = harness
    window = h.window()
    paths = [h.video_file(f"Take {n}.mp4", 2 * MIB) for n in range(3)]
    count = upload_then_drop_again(h, window, paths)
    same = window.duplicate_prompt.same_for_others
    assert same is not None
    same.setChecked(True)
    window.duplicate_buttons[DuplicateChoice.UPLOAD_AGAIN].click()
    h.qtbot.waitUntil(
        lambda: (
            all(i.state is ItemState.READY for i in window.model.items) and not window.manager.busy
        ),
        timeout=WAIT_MS,
    )
    assert len(h.emulator.videos()) == count + 3
