"""Names and a server's words are shown as they are: never read as HTML, and with the invisible
characters that could disguise them written out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import TEST_KEY, DialogKit, Harness, resolver_for
from tests.gui.test_upload_flow import WAIT_MS, drop
from tests.hostile.server import HostileServer, hostile_server, problem
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.core.store import UploadStore
from uploader_gui.gui.app_settings import UploadPreferences
from uploader_gui.gui.engine_jobs import DuplicateChoice
from uploader_gui.gui.logging_setup import CrashReporter
from uploader_gui.gui.main_window import TAB_HISTORY, MainWindow
from uploader_gui.gui.notifier import tray_body
from uploader_gui.gui.queue_item import ItemState
from uploader_gui.gui.queue_model import COL_NAME, COL_STATE
from uploader_gui.gui.settings_dialog import SettingsDialog
from uploader_gui.gui.shown_text import shown, tooltip

PLAIN = Qt.TextFormat.PlainText
#: A file name Qt would read as HTML (a name cannot hold "/", so the tag stays open).
MARKUP_NAME = "<b>bold.mp4"
#: Shows as "evilmp4.png" when the right-to-left override does its work.
DISGUISED_NAME = "evil\u202egnp.mp4"
#: What a hostile server could say about a refused upload.
SERVER_TITLE = "<b>Invalid</b> request"
SERVER_DETAIL = '<a href="https://evil.example">Click to fix your key</a>'


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    yield from hostile_server()


def test_invisible_and_control_characters_are_written_out() -> None:
    assert shown(DISGUISED_NAME) == "evil\\u202egnp.mp4"
    assert shown("a\x1bb\nc\x00\u2066d\u2069") == "a\\x1bb\\nc\\x00\\u2066d\\u2069"
    assert shown("x\udcff.mp4") == "x\\udcff.mp4"  # a name that was not valid text on disk
    # Ordinary text, accents, right-to-left words and joined emoji stay as they are.
    for text in ("Plage d'été 2026.mp4", "שלום.mp4", "👨\u200d👩\u200d👧 trip.mp4", "a b"):
        assert shown(text) == text
    assert shown(shown(DISGUISED_NAME)) == shown(DISGUISED_NAME)
    assert tooltip("<b>x</b> & y") == "<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>"
    assert tooltip("") == ""


def test_dropped_names_show_literally_in_the_list_and_the_details(
    make_window: Callable[..., MainWindow], video_file: Callable[..., Path], qtbot: Any
) -> None:
    window = make_window()  # Production without a key: nothing starts, the queue just fills
    marked, disguised = video_file(MARKUP_NAME, MIB), video_file(DISGUISED_NAME, MIB)
    drop(window, marked, disguised)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    model = window.model
    rows = {model.item(r).name: r for r in range(2)}

    window.table.selectRow(rows[MARKUP_NAME])
    label = window.details.name_label
    assert label.textFormat() == PLAIN and label.text() == MARKUP_NAME
    assert window.details.state_label.textFormat() == PLAIN
    cell = model.index(rows[MARKUP_NAME], COL_NAME)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == MARKUP_NAME
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold.mp4" in tip and "<b>bold" not in tip

    window.table.selectRow(rows[DISGUISED_NAME])
    assert label.text() == "evil\\u202egnp.mp4"
    cell = model.index(rows[DISGUISED_NAME], COL_NAME)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "evil\\u202egnp.mp4"
    assert "\u202e" not in cell.data(Qt.ItemDataRole.ToolTipRole)
    # What is uploaded is the file itself, under its real name.
    assert model.item(rows[DISGUISED_NAME]).path == disguised


def test_the_already_uploaded_question_shows_the_name_and_title_as_they_are(
    harness: Harness,
) -> None:
    h = harness
    window = h.window()
    path = h.video_file(MARKUP_NAME, 6 * MIB)
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    first = window.model.item(0)
    h.qtbot.waitUntil(lambda: first.state.finished and not window.manager.busy, timeout=WAIT_MS)
    assert first.state is ItemState.READY, first.state_text()
    window.manager.remove([first.id])
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.duplicate_box is not None, timeout=WAIT_MS)
    box = window.duplicate_box
    assert box is not None
    assert box.textFormat() == PLAIN
    assert box.text().startswith(f"“{MARKUP_NAME}”: Already uploaded on")
    assert f"“{first.title}”" in box.text() and "<b>" in first.title  # the server's title
    window.duplicate_buttons[DuplicateChoice.SKIP].click()


def test_a_servers_error_with_markup_shows_literally(
    harness: Harness, hostile: HostileServer, tmp_path: Path
) -> None:
    hostile.on("POST", "/videos", problem(400, SERVER_TITLE, SERVER_DETAIL + "\u202e"))
    harness.store.set_api_key(f"custom:{hostile.base_url}", TEST_KEY)
    prefs = UploadPreferences(environment=EnvironmentKind.CUSTOM, custom_url=hostile.base_url)
    upload_store = UploadStore(tmp_path / "uploads.sqlite3")
    window = harness.make_window(prefs=prefs, upload_store=upload_store)
    qtbot, video_file = harness.qtbot, harness.video_file
    told: list[str] = []
    window.notifier.notified.connect(lambda _title, text: told.append(text))
    drop(window, video_file("clip.mp4", MIB))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    qtbot.waitUntil(lambda: item.state is ItemState.FAILED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)  # told once the queue is idle

    cell = window.model.index(0, COL_STATE).data(Qt.ItemDataRole.DisplayRole)
    assert SERVER_TITLE in cell and SERVER_DETAIL + "\\u202e" in cell
    assert "&lt;a href=" in window.model.index(0, COL_STATE).data(Qt.ItemDataRole.ToolTipRole)
    window.table.selectRow(0)
    state = window.details.state_label
    assert state.textFormat() == PLAIN and SERVER_DETAIL in state.text()
    assert any(SERVER_DETAIL + "\\u202e" in text for text in told)
    # Where notifications read markup, the body goes escaped; elsewhere as it is.
    assert tray_body(told[0], markup=True).count("&lt;a href=") == 1
    assert tray_body(told[0], markup=False) == told[0]
    # The history keeps the reason, and shows it the same way.
    window.tabs.setCurrentIndex(TAB_HISTORY)
    history = window.history.table
    qtbot.waitUntil(lambda: history.rowCount() == 1)
    result = history.item(0, 4)
    assert result is not None and SERVER_DETAIL + "\\u202e" in result.text()
    assert "&lt;a href=" in result.toolTip() and "\u202e" not in result.toolTip()


def test_message_boxes_and_settings_show_their_words_as_plain_text(
    make_window: Callable[..., MainWindow],
    kit: DialogKit,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.last_skipped = [(Path(MARKUP_NAME), "not a video")]
    window.skipped_notice.show_message(f"{DISGUISED_NAME} skipped", "Show why")
    assert window.skipped_notice.label.textFormat() == PLAIN
    assert window.skipped_notice.label.text() == "evil\\u202egnp.mp4 skipped"
    window.show_skipped()
    assert window.skipped_box.textFormat() == PLAIN
    assert f"{MARKUP_NAME}: not a video" in window.skipped_box.detailedText()
    window.skipped_box.close()

    formats: list[Qt.TextFormat] = []

    def answer(box: QMessageBox) -> int:
        formats.append(box.textFormat())
        return int(QMessageBox.StandardButton.No.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window._ask("Cancel every upload?", "<b>sure</b>?")
    assert formats == [PLAIN]

    dialog = SettingsDialog(
        UploadPreferences(environment=EnvironmentKind.PRODUCTION),
        kit.store,
        kit.settings,
        resolver_for(None),
    )
    kit.qtbot.addWidget(dialog)
    dialog._tested(False, SERVER_DETAIL + "\u202e")
    result = dialog.test_result
    assert result.textFormat() == PLAIN
    assert result.text() == f"✕ {SERVER_DETAIL}\\u202e"
    assert dialog.find_key.textFormat() == Qt.TextFormat.RichText  # the app's own link

    reporter = CrashReporter(Path("uploader-gui.log"))
    reporter.window = window
    reporter._show_dialog(f"OSError: {SERVER_DETAIL}\u202e", "Traceback")
    crash = reporter._box
    assert crash.textFormat() == PLAIN
    assert crash.informativeText() == f"OSError: {SERVER_DETAIL}\\u202e"
    crash.close()
