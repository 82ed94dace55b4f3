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
    h.emulator.faults.bandwidth = 1 * MIB  # per connection: the two files take a while
    h.prefs.parallel_files = 2
    window = h.window()
    drop(window, h.video_file("Short.mp4", 6 * MIB), h.video_file("Long.mp4", 14 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    short, long = window.model.items

    def both_timed() -> bool:
        window._update_chrome()
        return all(i.seconds_left is not None for i in (short, long))

    h.qtbot.waitUntil(both_timed, timeout=WAIT_MS)
    summary = window.manager.summary()
    assert summary.seconds_left is not None
    last = max(i.seconds_left or 0.0 for i in (short, long))
    assert last == pytest.approx(summary.seconds_left)
    assert (short.seconds_left or 0.0) < last
    # The same words in the long file's row and in the status line (one pass sets both).
    window._update_chrome()
    words = duration_words(long.seconds_left or 0.0)
    row = window.model.row_of(long.id)
    assert window.model.index(row, COL_LEFT).data() == words
    assert f"about {words} left" in window.summary_label.text()
    h.emulator.faults.bandwidth = 0
    h.qtbot.waitUntil(
        lambda: all(i.state.finished for i in window.model.items) and not window.manager.busy,
        timeout=WAIT_MS,
    )
    assert [i.state for i in window.model.items] == [ItemState.READY, ItemState.READY]
