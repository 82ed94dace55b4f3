"""Taking rows out can be undone, finished videos stay in History, and files jump to the top
or the bottom of the queue in one step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence

from tests.conftest import ManualClock
from tests.gui.conftest import Harness
from tests.gui.test_upload_flow import WAIT_MS, drop
from uploader_gui.core.limits import MIB
from uploader_gui.gui.main_window import TAB_HISTORY, MainWindow
from uploader_gui.gui.queue_item import ItemState


def names(window: MainWindow) -> list[str]:
    return [i.name for i in window.model.items]


def select_rows(window: MainWindow, *rows: int) -> None:
    selection = window.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(window.model.index(row, 0), flags)


def test_removed_finished_rows_come_back_with_undo_and_stay_in_history(
    harness: Harness,
) -> None:
    h = harness
    window = h.window()
    drop(window, *(h.video_file(f"Part {n}.mp4", 2 * MIB) for n in range(3)))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    h.qtbot.waitUntil(
        lambda: (
            all(i.state is ItemState.READY for i in window.model.items) and not window.manager.busy
        ),
        timeout=WAIT_MS,
    )
    window._update_chrome()  # "Remove finished" is enabled with the status line
    before = list(window.model.items)
    undo = window.removal_undo
    assert not undo.action.isEnabled()
    assert undo.action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)

    window.act_clear_done.trigger()
    assert window.model.rowCount() == 0
    assert window.undo_notice.isVisibleTo(window) and undo.action.isEnabled()
    assert window.undo_notice.label.text() == (
        "3 finished videos taken out of the list. They stay in History."
    )
    window.undo_notice.button.click()
    assert list(window.model.items) == before and not window.undo_notice.isVisibleTo(window)
    assert all(i.links.player for i in window.model.items)

    # Delete on the middle row, then Ctrl+Z: it comes back in its place.
    select_rows(window, 1)
    window.act_remove.trigger()
    assert names(window) == ["Part 0.mp4", "Part 2.mp4"]
    undo.action.trigger()
    assert list(window.model.items) == before and not undo.action.isEnabled()

    # Once the notice is gone, the rows are gone; History still lists every video.
    window._update_chrome()
    window.act_clear_done.trigger()
    undo.timer.timeout.emit()
    assert not undo.action.isEnabled() and not window.undo_notice.isVisibleTo(window)
    undo.undo()
    assert window.model.rowCount() == 0
    window.tabs.setCurrentIndex(TAB_HISTORY)
    assert sorted(r.name for r in window.history.records) == [i.name for i in before]


def test_move_to_top_and_bottom_in_one_step(harness: Harness) -> None:
    h = harness
    window = h.make_window(h.emulator, prefs=h.prefs)  # no key: the files wait in the queue
    drop(window, *(h.video_file(f"{c}.mp4", 1 * MIB) for c in "ABCDEF"))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 6)
    assert names(window) == ["A.mp4", "B.mp4", "C.mp4", "D.mp4", "E.mp4", "F.mp4"]
    assert window.act_top.shortcut() == QKeySequence("Ctrl+Home")
    assert window.act_bottom.shortcut() == QKeySequence("Ctrl+End")

    select_rows(window, 3, 5)
    assert window.act_top.isEnabled() and window.act_bottom.isEnabled()
    window.act_top.trigger()
    assert names(window) == ["D.mp4", "F.mp4", "A.mp4", "B.mp4", "C.mp4", "E.mp4"]
    # They stay selected; at the top already, "Move to top" has nothing to do.
    assert window.selected_ids() == [window.model.item(0).id, window.model.item(1).id]
    assert not window.act_top.isEnabled() and window.act_bottom.isEnabled()

    select_rows(window, 0, 3)
    window.act_bottom.trigger()
    assert names(window) == ["F.mp4", "A.mp4", "C.mp4", "E.mp4", "D.mp4", "B.mp4"]
    assert not window.act_bottom.isEnabled() and window.act_top.isEnabled()


def test_undo_brings_a_ready_row_back_still_following_its_encoding(
    harness: Harness, clock: ManualClock
) -> None:
    h = harness
    h.emulator.encoding_delay = 4.5  # 360p, 720p, 1080p each take 1.5 s of the emulator's clock
    window = h.window()
    first, second = (h.video_file(f"Take {n}.mp4", 6 * MIB) for n in (1, 2))
    drop(window, first, second)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    items = list(window.model.items)
    # Sent whole: encoding starts, and stands still with the emulator's clock.
    h.qtbot.waitUntil(lambda: all(i.state is ItemState.PROCESSING for i in items), timeout=WAIT_MS)
    clock.advance(1.6)  # 360p is ready, the better qualities are not (the clock stays here)
    h.qtbot.waitUntil(
        lambda: all(i.state is ItemState.READY for i in items) and not window.manager.busy,
        timeout=WAIT_MS,
    )
    # Watchable, the better qualities still followed.
    assert sorted(window.manager.following_ids()) == sorted(i.id for i in items)
    assert all(i.state_text() != "Ready to watch · 1080p ready" for i in items)
    undo = window.removal_undo

    # Taken out and put back at once: the row keeps following what it waits for.
    select_rows(window, 0)
    window.act_remove.trigger()
    assert names(window) == ["Take 2.mp4"]
    undo.action.trigger()
    assert names(window) == ["Take 1.mp4", "Take 2.mp4"]
    assert items[0].id in window.manager.following_ids()

    # Taken out, then an unfinished file removed too (nothing to put back): the first removal
    # can still be undone, and its row is still followed meanwhile.
    select_rows(window, 1)
    window.act_remove.trigger()
    assert undo.action.isEnabled()
    undo.timer.stop()  # the offer's time limit is not what this test is about
    h.emulator.faults.bandwidth = 256 * 1024  # the draft stays unfinished
    drop(window, h.video_file("Draft.mp4", 6 * MIB))
    h.qtbot.waitUntil(lambda: names(window) == ["Take 1.mp4", "Draft.mp4"])
    draft = window.model.item(1)
    window.manager.pause([draft.id])
    select_rows(window, 1)
    window.act_remove.trigger()
    # Its upload stops first (it was sending): the row leaves once it has.
    h.qtbot.waitUntil(lambda: names(window) == ["Take 1.mp4"], timeout=WAIT_MS)
    assert undo.action.isEnabled()
    assert items[1].id in window.manager.active_ids()  # still followed, out of the list

    # Its last qualities finish while it is out of the list: it comes back as it is now.
    clock.advance(5.0)
    h.qtbot.waitUntil(lambda: not window.manager.active_ids(), timeout=WAIT_MS)
    undo.action.trigger()
    assert names(window) == ["Take 1.mp4", "Take 2.mp4"]
    assert [i.state_text() for i in window.model.items] == ["Ready to watch · 1080p ready"] * 2
