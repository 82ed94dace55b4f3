"""Settings → Watched folders: the folders whose new videos upload by themselves, where each
one's videos go and how they are titled, how long a file must stay unchanged to count as
finished, what becomes of a file once it is uploaded, and starting the app at login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from uploader_gui.core.after_upload import AfterUpload, AfterUploadKind
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.title_template import DEFAULT_PATTERN
from uploader_gui.gui import autostart
from uploader_gui.gui.app_settings import (
    MAX_RECORDING_SETTLE,
    MIN_RECORDING_SETTLE,
    AppSettings,
)
from uploader_gui.gui.scrolling_form import fit_to_screen, scrolling_body
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.theme import set_tone
from uploader_gui.gui.theme_colours import Tone
from uploader_gui.gui.translations import fill, translate
from uploader_gui.gui.watch_settings import FOLDER_ENVIRONMENTS, WatchedFolder, WatchSettings
from uploader_gui.gui.watch_words import watching_words


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_tone(label, Tone.MUTED)
    return label


class WatchedFoldersDialog(QDialog):
    """Edits the watched folders; :meth:`accept` saves them (and the login entry)."""

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        login_item: autostart.LoginItem | None = None,
    ) -> None:
        """``login_item`` is where starting at login is written: this system's list unless
        another is given (the macOS one is tested on any system that way)."""
        super().__init__(parent)
        self._login_item = login_item if login_item is not None else autostart.login_item()
        self.setWindowTitle(translate("WatchedFolders", "Watched folders"))
        self.setMinimumWidth(640)
        self._settings = settings
        watch = settings.watch()
        layout, outer = scrolling_body(self, self.windowTitle())
        layout.addWidget(
            _note(
                translate(
                    "WatchedFolders",
                    "Every video that appears in these folders, or is there already and was "
                    "never uploaded, is uploaded once while the app runs. Hidden files, "
                    "unfinished downloads and other files are left alone.",
                ),
                self,
            )
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("WatchedFolders", "Folder"),
                translate("WatchedFolders", "Videos go to"),
                translate("WatchedFolders", "Title"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)  # a few folders in sight
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("WatchedFolders", "Add folder…"), self)
        self.add_button.clicked.connect(self._choose_folder)
        self.remove_button = QPushButton(translate("WatchedFolders", "Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            _note(
                translate(
                    "WatchedFolders",
                    "Title: {name} is the file's name, {folder} its folder, {date} the day "
                    "it is uploaded, {n} its number.",
                ),
                self,
            )
        )
        for folder in watch.folders:
            self.add_folder(folder.path, folder.environment, folder.title_pattern)

        recording = QGroupBox(translate("WatchedFolders", "Files still being written"), self)
        form = QFormLayout(recording)
        self.settle_spin = QSpinBox(recording)
        self.settle_spin.setRange(int(MIN_RECORDING_SETTLE), int(MAX_RECORDING_SETTLE))
        self.settle_spin.setSuffix(translate("WatchedFolders", " s"))
        self.settle_spin.setValue(round(settings.recording_settle))
        self.settle_spin.setMaximumWidth(120)
        form.addRow(translate("WatchedFolders", "Finished after"), self.settle_spin)
        form.addRow(
            "",
            _note(
                translate(
                    "WatchedFolders",
                    "A file written more recently than this is taken as still being recorded "
                    "or copied: it is sent as it grows, and completed once it has not changed "
                    "for this long.",
                ),
                recording,
            ),
        )
        self.detect_check = QCheckBox(
            translate(
                "WatchedFolders",
                "Files I add that are still being written also upload while they grow",
            ),
            recording,
        )
        self.detect_check.setChecked(settings.detect_recordings)
        form.addRow("", self.detect_check)
        layout.addWidget(recording)
        layout.addWidget(self._build_after(watch.after))

        self.login_check = QCheckBox(
            translate("WatchedFolders", "Start at login, hidden in the tray, watching"), self
        )
        self.login_check.setChecked(self._login_item is not None and self._login_item.is_enabled())
        self.login_check.setVisible(self._login_item is not None)
        layout.addWidget(self.login_check)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, Tone.ERROR)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        # Shown whole where the screen is tall enough, else the form scrolls.
        fit_to_screen(self, 680)

    def _build_after(self, after: AfterUpload) -> QGroupBox:
        box = QGroupBox(translate("WatchedFolders", "Once a file is uploaded"), self)
        form = QVBoxLayout(box)
        self.keep_radio = QRadioButton(translate("WatchedFolders", "Keep it where it is"), box)
        self.move_radio = QRadioButton(translate("WatchedFolders", "Move it to a folder"), box)
        self.delete_radio = QRadioButton(
            translate("WatchedFolders", "Delete it from this computer"), box
        )
        group = QButtonGroup(box)
        for radio in (self.keep_radio, self.move_radio, self.delete_radio):
            group.addButton(radio)
        form.addWidget(self.keep_radio)
        form.addWidget(self.move_radio)
        move_row = QHBoxLayout()
        self.move_edit = QLineEdit(box)
        self.move_edit.setPlaceholderText(translate("WatchedFolders", "Folder for uploaded files"))
        choose = QPushButton(translate("WatchedFolders", "Choose…"), box)
        choose.clicked.connect(self._choose_move_folder)
        move_row.addSpacing(24)
        move_row.addWidget(self.move_edit, 1)
        move_row.addWidget(choose)
        form.addLayout(move_row)
        form.addWidget(self.delete_radio)
        form.addWidget(
            _note(
                translate(
                    "WatchedFolders",
                    "Nothing is moved or deleted before api.video holds every byte. A file is "
                    "deleted only once its video can be watched, and a file that changed since "
                    "it was sent is always kept.",
                ),
                box,
            )
        )
        if after.kind is AfterUploadKind.MOVE:
            self.move_radio.setChecked(True)
        elif after.kind is AfterUploadKind.DELETE:
            self.delete_radio.setChecked(True)
        else:
            self.keep_radio.setChecked(True)
        if after.folder is not None:
            self.move_edit.setText(str(after.folder))
        return box

    # -- the folders ---------------------------------------------------------------------
    def add_folder(
        self,
        path: Path,
        environment: EnvironmentKind | None = None,
        title_pattern: str = DEFAULT_PATTERN,
    ) -> bool:
        """Add a row for ``path`` (False when it is listed already)."""
        if path in self.folders_listed():
            return False
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(shown(str(path)))
        item.setData(Qt.ItemDataRole.UserRole, str(path))  # the path as given, unescaped
        item.setToolTip(shown(str(path)))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, item)
        combo = QComboBox(self.table)
        names = {
            None: translate("WatchedFolders", "The environment in use"),
            EnvironmentKind.SANDBOX: translate("WatchedFolders", "Sandbox"),
            EnvironmentKind.PRODUCTION: translate("WatchedFolders", "Production"),
        }
        for kind in FOLDER_ENVIRONMENTS:
            combo.addItem(names[kind], kind.value if kind else "")
        combo.setCurrentIndex(FOLDER_ENVIRONMENTS.index(environment))
        self.table.setCellWidget(row, 1, combo)
        self.table.setItem(row, 2, QTableWidgetItem(title_pattern))
        return True

    def folders_listed(self) -> list[Path]:
        paths = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                paths.append(Path(str(item.data(Qt.ItemDataRole.UserRole))))
        return paths

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, translate("WatchedFolders", "Watch a folder"))
        if name:
            self.add_folder(Path(name).absolute())

    def _choose_move_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, translate("WatchedFolders", "Move uploaded files to")
        )
        if name:
            self.move_edit.setText(str(Path(name).absolute()))
            self.move_radio.setChecked(True)

    # -- saving --------------------------------------------------------------------------
    def result_settings(self) -> WatchSettings | None:
        """What the dialog holds, or None (with the reason shown) when it cannot be saved."""
        folders = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            value = str(combo.currentData() or "")
            kind = EnvironmentKind(value) if value else None
            title_item = self.table.item(row, 2)
            pattern = (title_item.text() if title_item else "").strip() or DEFAULT_PATTERN
            folders.append(WatchedFolder(self.folders_listed()[row], kind, pattern))
        after = AfterUpload()
        if self.delete_radio.isChecked():
            after = AfterUpload(AfterUploadKind.DELETE)
        elif self.move_radio.isChecked():
            text = self.move_edit.text().strip()
            if not text or not Path(text).expanduser().is_absolute():
                self._show_error(
                    translate("WatchedFolders", "Choose the folder uploaded files are moved to.")
                )
                return None
            target = Path(text).expanduser()
            if target in {f.path for f in folders}:
                self._show_error(
                    translate(
                        "WatchedFolders",
                        "Uploaded files cannot be moved into a watched folder: choose another.",
                    )
                )
                return None
            after = AfterUpload(AfterUploadKind.MOVE, target)
        return WatchSettings(tuple(folders), after)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def accept(self) -> None:
        watch = self.result_settings()
        if watch is None:
            return
        item = self._login_item
        if item is not None and self.login_check.isChecked() != item.is_enabled():
            try:
                if self.login_check.isChecked():
                    item.enable(autostart.start_command())
                else:
                    item.disable()
            except OSError as exc:
                self._show_error(
                    fill(
                        translate("WatchedFolders", "Starting at login could not be set up (%1)."),
                        exc.strerror or str(exc),
                    )
                )
                return
        self._settings.set_watch(watch)
        self._settings.set_recording_settle(float(self.settle_spin.value()))
        self._settings.set_detect_recordings(self.detect_check.isChecked())
        super().accept()


def add_watch_section(dialog: QDialog, settings: AppSettings) -> QGroupBox:
    """A "Watched folders" section in the settings ``dialog`` (above its buttons): how many
    folders are watched, and a button that opens this dialog (saved on its own)."""
    box = QGroupBox(translate("WatchedFolders", "Watched folders"), dialog)
    row = QHBoxLayout(box)
    summary = QLabel(box)
    summary.setWordWrap(True)

    def show_count() -> None:
        count = len(settings.watch().folders)
        summary.setText(
            watching_words(count) if count else translate("WatchedFolders", "No folder is watched.")
        )

    show_count()
    button = QPushButton(translate("WatchedFolders", "Watched folders…"), box)

    def edit() -> None:
        WatchedFoldersDialog(settings, dialog).exec()
        show_count()

    button.clicked.connect(edit)
    row.addWidget(summary, 1)
    row.addWidget(button)
    area = dialog.findChild(QScrollArea, "formScroll")
    body = area.widget() if area is not None else None
    form = body.layout() if body is not None else None
    if isinstance(form, QVBoxLayout):  # the settings' scrolling form: last in it
        form.addWidget(box)
        fit_to_screen(dialog, dialog.minimumWidth())
    else:
        layout = dialog.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(max(0, layout.count() - 1), box)
    return box
