"""The settings dialog does not get in the way: no error before anything is typed, the focus
stays on "Test connection", long messages leave the link in sight, and the unusual words are
explained."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TEST_KEY, DialogKit
from tests.gui.test_settings_and_environments import choose, dialog_for
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator


def test_a_custom_address_is_not_called_wrong_before_it_is_typed(kit: DialogKit) -> None:
    dialog = dialog_for(kit.qtbot, kit.store, kit.settings)
    choose(dialog, EnvironmentKind.CUSTOM)
    assert not dialog.test_result.isVisibleTo(dialog)
    dialog.url_edit.setText("http://uploads.example.com")
    dialog.url_edit.editingFinished.emit()
    assert dialog.test_result.isVisibleTo(dialog) and "https" in dialog.test_result.text()


def test_test_connection_keeps_the_focus(kit: DialogKit, emulator: Emulator) -> None:
    qtbot = kit.qtbot
    dialog = dialog_for(qtbot, kit.store, kit.settings, emulator)
    choose(dialog, EnvironmentKind.CUSTOM)
    dialog.url_edit.setText(emulator.base_url)
    dialog.url_edit.editingFinished.emit()
    dialog.secret_edit.setText(TEST_KEY)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.test_button.setFocus()
    part_size = dialog.chunk_spin.value()
    with qtbot.waitSignal(dialog.checker.finished, timeout=20_000):
        qtbot.keyClick(dialog.test_button, " ")  # Space presses the focused button
        assert QApplication.focusWidget() is dialog.test_button
        qtbot.keyClicks(QApplication.focusWidget(), "9")
    assert QApplication.focusWidget() is dialog.test_button
    assert dialog.chunk_spin.value() == part_size
    assert "the API key works" in dialog.test_result.text()


def test_a_long_message_leaves_the_dashboard_link_in_sight(kit: DialogKit) -> None:
    dialog = dialog_for(kit.qtbot, kit.store, kit.settings)
    choose(dialog, EnvironmentKind.CUSTOM)
    dialog.show()
    kit.qtbot.waitExposed(dialog)
    long_host = "uploads." + "very-long-name-" * 12 + "example.com"
    dialog.url_edit.setText(f"http://{long_host}")
    dialog.url_edit.editingFinished.emit()
    QApplication.processEvents()
    for label in (dialog.test_result, dialog.find_key, dialog.store_label):
        assert label.isVisible()
        # Every wrapped line fits in the label, and the label fits in the dialog.
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        bottom = label.mapTo(dialog, QPoint(0, label.height())).y()
        assert bottom <= dialog.height(), label.text()


def test_upload_token_and_password_store_are_explained(kit: DialogKit) -> None:
    dialog = dialog_for(kit.qtbot, kit.store, kit.settings)
    assert "without your API key" in dialog.token_check.toolTip()
    assert dialog.token_check.whatsThis() == dialog.token_check.toolTip()
    assert "Secret Service" in dialog.store_label.toolTip()
    assert "password store" in dialog.store_label.toolTip()


def test_the_part_size_is_written_in_megabytes_like_every_size(kit: DialogKit) -> None:
    dialog = dialog_for(kit.qtbot, kit.store, kit.settings)
    box = dialog.chunk_spin
    box.setValue(16)  # whole MiB, as api.video counts parts
    assert box.text() == "16.8 MB"
    box.setValue(box.minimum())
    assert box.text() == "5.24 MB"
    box.lineEdit().setText("20 MB")
    box.interpretText()
    assert box.value() == 19 and box.text() == "19.9 MB"  # the nearest whole MiB
    dialog.accept()
    assert kit.settings.load().chunk_size == 19 * MIB
