"""The Help menu: what the app is, its keyboard shortcuts, and where its log is written.

The shortcuts are listed from the actions themselves, so the list can never disagree with the
keys that work; the log's place is the one the app opened at start (see ``logging_setup``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from uploader_gui import APP_DISPLAY_NAME, __version__
from uploader_gui.gui.translations import fill, translate


def shortcut_lines(actions: list[QAction]) -> list[str]:
    """ "Ctrl+Shift+O	Add folder", one per action with a key, in the system's spelling."""
    lines = []
    for action in actions:
        key = action.shortcut()
        if key.isEmpty():
            continue
        words = action.text().replace("&", "").removesuffix("…")
        lines.append(f"{key.toString(QKeySequence.SequenceFormat.NativeText)}\t{words}")
    return lines


class HelpMenu:
    """Adds the Help menu to ``window``'s menu bar; each entry opens a small box, kept in
    ``box`` while it is on screen (the window stays usable behind it)."""

    def __init__(self, window: QMainWindow, actions: list[QAction], log_path: Path | None) -> None:
        self._window = window
        self._actions = actions
        self.log_path = log_path
        self.box: QMessageBox | None = None
        menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
        self.shortcuts = menu.addAction(translate("HelpMenu", "Keyboard shortcuts"))
        self.shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.logs = menu.addAction(translate("HelpMenu", "Where the logs are"))
        self.logs.triggered.connect(self.show_logs)
        menu.addSeparator()
        self.about = menu.addAction(fill(translate("HelpMenu", "About %1"), APP_DISPLAY_NAME))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.triggered.connect(self.show_about)

    def _open_box(self, title: str, text: str, details: str = "") -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a log path may hold any character
        if details:
            box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.box = box
        return box

    def show_shortcuts(self) -> None:
        lines = [
            *shortcut_lines(self._actions),
            translate("HelpMenu", "Tab\tMove between the toolbar, the list and the details"),
        ]
        self._open_box(translate("HelpMenu", "Keyboard shortcuts"), "\n".join(lines)).open()

    def show_logs(self) -> None:
        path = self.log_path
        if path is None:
            self._open_box(
                translate("HelpMenu", "Where the logs are"),
                translate("HelpMenu", "No log file is kept this time."),
            ).open()
            return
        box = self._open_box(
            translate("HelpMenu", "Where the logs are"),
            fill(translate("HelpMenu", "The log is written to:\n%1"), str(path)),
            translate(
                "HelpMenu", "It never holds your API key. Send it along when you report a problem."
            ),
        )
        folder = box.addButton(
            translate("HelpMenu", "Open folder"), QMessageBox.ButtonRole.ActionRole
        )
        assert isinstance(folder, QPushButton)
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        box.open()

    def show_about(self) -> None:
        self._open_box(
            fill(translate("HelpMenu", "About %1"), APP_DISPLAY_NAME),
            f"{APP_DISPLAY_NAME} {__version__}",
            translate(
                "HelpMenu",
                "Uploads your videos to api.video, and picks up where it stopped when the "
                "connection drops or the computer sleeps.",
            ),
        ).open()
