"""The "Still recording" check box of the details panel: the same switch as the rows' context
menu action, shown beside the file's other options. It mirrors the action (checked, enabled)
and acts through it, so the rules for when a file may be switched live in one place
(:meth:`UploadManager.can_switch_recording`)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget


def add_recording_check(form_box: QWidget, action: QAction) -> QCheckBox | None:
    """A check box for ``action`` at the end of the panel's form (None without a form)."""
    form = form_box.layout()
    if not isinstance(form, QFormLayout):
        return None
    check = QCheckBox(action.text(), form_box)
    check.setToolTip(action.toolTip())

    def follow() -> None:
        check.blockSignals(True)
        check.setChecked(action.isChecked())
        check.setEnabled(action.isEnabled())
        check.blockSignals(False)

    def clicked(on: bool) -> None:
        if on != action.isChecked() and action.isEnabled():
            action.trigger()  # toggles the action, then applies it to the selection
        follow()

    action.changed.connect(follow)
    check.toggled.connect(clicked)
    follow()
    form.addRow(check)
    return check
