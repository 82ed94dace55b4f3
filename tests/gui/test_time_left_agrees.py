"""The time left of the last file and of the whole queue are one estimate, so they agree."""

from __future__ import annotations

import pytest

from tests.gui.conftest import Harness
from tests.gui.test_upload_flow import WAIT_MS, drop
from uploader_gui.core.limits import MIB
from uploader_gui.gui.queue_item import ItemState
from uploader_gui.gui.queue_model import COL_LEFT
from uploader_gui.gui.unit_words import duration_words


def test_the_last_files_time_left_is_the_queues(harness: Harness) -> None:
    h = harness
    h.prefs.parallel_files = 2
    window = h.window()
    # The app's own cap, not the emulator's: paced at the sender, the bytes each file has sent
    # grow steadily, where a server reading slowly lets loopback's socket buffers swallow whole
    # chunks at once (no speed can be measured until the next chunk starts).
    window.manager.set_speed_limit(2 * MIB)
    drop(window, h.video_file("Short.mp4", 10 * MIB), h.video_file("Long.mp4", 50 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    short, long = window.model.items

    def both_timed() -> bool:
        window._update_chrome()
        # Once each file has sent a part of its own, its speed is measured, not guessed.
        return all(i.seconds_left is not None and i.bytes_done >= 2 * MIB for i in (short, long))

    h.qtbot.waitUntil(both_timed, timeout=WAIT_MS)
    summary = window.manager.summary()
    assert summary.seconds_left is not None
    last = max(i.seconds_left or 0.0 for i in (short, long))
    assert last == pytest.approx(summary.seconds_left)
    assert (short.seconds_left or 0.0) < last, (short.speed, long.speed)
    # The same words in the long file's row and in the status line (one pass sets both).
    window._update_chrome()
    words = duration_words(long.seconds_left or 0.0)
    row = window.model.row_of(long.id)
    assert window.model.index(row, COL_LEFT).data() == words
    assert f"about {words} left" in window.summary_label.text()
    window.manager.set_speed_limit(None)
    h.qtbot.waitUntil(
        lambda: all(i.state.finished for i in window.model.items) and not window.manager.busy,
        timeout=WAIT_MS,
    )
    assert [i.state for i in window.model.items] == [ItemState.READY, ItemState.READY]
