"""Several rows at once: one title pattern, the same tags or the same privacy for every
selected file. Files whose video exists get the change sent to it, as an edit in the panel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from uploader_gui.core.title_template import DEFAULT_PATTERN, parse_tags, render_title
from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.translations import Counted, translate

if TYPE_CHECKING:
    from uploader_gui.gui.main_window import MainWindow

CONTEXT = "BulkEdit"


@dataclass(frozen=True)
class BulkChange:
    """What changes on every selected file; None leaves that detail as each file has it."""

    title_pattern: str | None = None
    tags: list[str] | None = None
    public: bool | None = None

    def apply(self, items: list[QueueItem]) -> list[QueueItem]:
        """Change ``items`` (``{n}`` counts them in order); returns those that changed."""
        changed = []
        for number, item in enumerate(items, start=1):
            before = (item.title, list(item.tags), item.public)
            if self.title_pattern is not None:
                item.title = render_title(self.title_pattern, item.path, number)
            if self.tags is not None:
                item.tags = list(self.tags)
            if self.public is not None:
                item.public = self.public
            if (item.title, item.tags, item.public) != before:
                changed.append(item)
        return changed


class BulkEditDialog(QDialog):
    """Asks which details change on the selected files, and to what."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(Counted.tr("Edit %n file(s)", "BulkEdit", count))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate("BulkEdit", "Only the details you tick change; the others stay as they are."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title_check = QCheckBox(translate("BulkEdit", "Title"), self)
        self.title_edit = QLineEdit(DEFAULT_PATTERN, self)
        self.title_edit.setToolTip(
            translate(
                "BulkEdit",
                "{name}: the tidied file name, {file}: the file name, {folder}: its folder, "
                "{date}: today, {n}: 1, 2, 3… in the order of the list",
            )
        )
        self.tags_check = QCheckBox(translate("BulkEdit", "Tags"), self)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(
            translate("BulkEdit", "Comma-separated; empty removes every tag")
        )
        self.privacy_combo = QComboBox(self)
        self.privacy_combo.addItem(translate("BulkEdit", "Leave as it is"), None)
        self.privacy_combo.addItem(translate("BulkEdit", "Public"), True)
        self.privacy_combo.addItem(translate("BulkEdit", "Private"), False)
        form.addRow(self.title_check, self.title_edit)
        form.addRow(self.tags_check, self.tags_edit)
        form.addRow(translate("BulkEdit", "Privacy"), self.privacy_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title_edit.textEdited.connect(lambda _t: self.title_check.setChecked(True))
        self.tags_edit.textEdited.connect(lambda _t: self.tags_check.setChecked(True))

    def change(self) -> BulkChange:
        public = self.privacy_combo.currentData()
        return BulkChange(
            title_pattern=self.title_edit.text().strip() or DEFAULT_PATTERN
            if self.title_check.isChecked()
            else None,
            tags=parse_tags(self.tags_edit.text()) if self.tags_check.isChecked() else None,
            public=public if isinstance(public, bool) else None,
        )


class BulkEdit:
    """The "Edit details of the selection…" action (Ctrl+E)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: Replaced in tests: asks what to change on ``count`` files (None: cancelled).
        self.ask: Callable[[int], BulkChange | None] = self._ask
        self.action = QAction(translate("BulkEdit", "Edit details…"), window)
        self.action.setToolTip(
            translate("BulkEdit", "Set the title, tags or privacy of every selected file at once")
        )
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.triggered.connect(lambda _checked=False: self.run())
        window.addAction(self.action)

    def run(self) -> int:
        """Ask, then change the selected files; returns how many changed."""
        items = self.window.selected_items()
        if not items:
            return 0
        change = self.ask(len(items))
        if change is None:
            return 0
        changed = change.apply(items)
        for item in changed:
            self.window.details_sync.edited(item)
            self.window.model.refresh_item(item.id)
        current = self.window.details.item
        if current is not None and current in changed:
            self.window.details.show_item(current)
        return len(changed)

    def _ask(self, count: int) -> BulkChange | None:
        dialog = BulkEditDialog(count, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.change()
