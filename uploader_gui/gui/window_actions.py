"""The window's actions: what they do, where they show (toolbar, menus, the rows' context menu)
and when each may be used.

The window composes one :class:`WindowActions`; the actions call back into it through
:class:`ActionTarget`, so this module needs nothing of the window but those few methods, and
the enabling rules can be read in one place."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QTableView, QToolBar, QToolButton

from uploader_gui.core.environments import Environment
from uploader_gui.gui.environment_words import place
from uploader_gui.gui.icon_tint import readable_icon
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.queue_model import QueueModel
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.theme import OnThemeChange
from uploader_gui.gui.toolbar_fit import ToolbarFit
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate
from uploader_gui.gui.upload_manager import UploadManager


class ActionTarget(Protocol):
    """What the actions need of the window."""

    @property
    def manager(self) -> UploadManager: ...

    @property
    def model(self) -> QueueModel: ...

    @property
    def table(self) -> QTableView: ...

    @property
    def environment(self) -> Environment | None: ...

    def selected_ids(self) -> list[int]: ...

    def selected_items(self) -> list[QueueItem]: ...

    def current_item(self) -> QueueItem | None: ...

    def choose_files(self) -> None: ...

    def choose_folder(self) -> None: ...

    def move_selection(self, delta: int) -> None: ...

    def move_selection_to_end(self, *, top: bool) -> None: ...

    def remove_with_undo(self, ids: list[int]) -> None: ...

    def move_here(self) -> None: ...

    def cancel_all(self) -> None: ...

    def open_settings(self) -> None: ...

    def copy_current_link(self) -> None: ...

    def show_history(self, on: bool) -> None: ...

    def close(self) -> bool: ...


#: The translation context of the actions' words.
CONTEXT = "WindowActions"
UPLOAD_HERE = QT_TRANSLATE_NOOP("WindowActions", "Upload here instead")


class WindowActions:
    """Every action of the window, built once; ``update_for_selection`` and
    ``update_for_queue`` apply the rules for when each may be used."""

    def __init__(self, window: QMainWindow, target: ActionTarget) -> None:
        self._window = window
        self._target = target
        #: The rows' context menu on screen, kept so it lives while it is open.
        self.context_menu: QMenu | None = None
        #: More actions on the selected rows (added by other parts of the window), shown in
        #: the rows' context menu and enabled when rows are selected.
        self.row_actions: list[QAction] = []
        t = target
        sel = t.selected_ids
        m = t.manager
        self.add_files = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Add videos…"),
            t.choose_files,
            QT_TRANSLATE_NOOP("WindowActions", "Choose video files to upload"),
            "Ctrl+O",
        )
        self.add_folder = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Add folder…"),
            t.choose_folder,
            QT_TRANSLATE_NOOP("WindowActions", "Add every video in a folder and its sub-folders"),
            "Ctrl+Shift+O",
        )
        self.pause = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Pause"),
            lambda: m.pause(sel()),
            QT_TRANSLATE_NOOP("WindowActions", "Pause the selected uploads"),
        )
        self.resume = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Resume"),
            lambda: m.resume(sel()),
            QT_TRANSLATE_NOOP("WindowActions", "Continue the selected uploads"),
        )
        self.cancel = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Cancel"),
            lambda: m.cancel(sel()),
            QT_TRANSLATE_NOOP("WindowActions", "Stop the selected uploads"),
        )
        self.retry = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Retry"),
            lambda: m.retry(sel()),
            QT_TRANSLATE_NOOP(
                "WindowActions", "Try the selected failed or cancelled uploads again"
            ),
            "Ctrl+R",
        )
        # One key for both, as a player's: it pauses what moves, else resumes what is paused.
        self.pause_or_resume = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Pause or resume"),
            self._pause_or_resume,
            QT_TRANSLATE_NOOP(
                "WindowActions", "Pause the selected uploads, or resume them if they are paused"
            ),
            "Ctrl+P",
        )
        window.addAction(self.pause_or_resume)
        # Checked: the file is still being written and uploads while it grows, complete once
        # it stops changing (a file written just before it was added is taken as one).
        self.still_recording = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Still recording"),
            lambda: m.set_recording(sel(), self.still_recording.isChecked()),
            QT_TRANSLATE_NOOP(
                "WindowActions",
                "The file is still being recorded: send it as it grows, and complete it once "
                "it stops changing",
            ),
        )
        self.still_recording.setCheckable(True)
        self.remove = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Remove"),
            lambda: t.remove_with_undo(sel()),
            QT_TRANSLATE_NOOP("WindowActions", "Take the selected files out of the list"),
            "Del",
        )
        self.move_here = self._action(
            UPLOAD_HERE,
            t.move_here,
            QT_TRANSLATE_NOOP(
                "WindowActions",
                "Send the selected files to the environment in use now instead of the one they "
                "were added for",
            ),
        )
        self.up = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Move up"),
            lambda: t.move_selection(-1),
            QT_TRANSLATE_NOOP("WindowActions", "Upload the selected files sooner"),
            "Ctrl+Up",
        )
        self.down = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Move down"),
            lambda: t.move_selection(1),
            QT_TRANSLATE_NOOP("WindowActions", "Upload the selected files later"),
            "Ctrl+Down",
        )
        self.top = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Move to top"),
            lambda: t.move_selection_to_end(top=True),
            QT_TRANSLATE_NOOP("WindowActions", "Upload the selected files first"),
            "Ctrl+Home",
        )
        self.bottom = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Move to bottom"),
            lambda: t.move_selection_to_end(top=False),
            QT_TRANSLATE_NOOP("WindowActions", "Upload the selected files last"),
            "Ctrl+End",
        )
        # Keys of the list (elsewhere Ctrl+Home goes to the start of the text being edited).
        for action in (self.top, self.bottom):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pause_all = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Pause all"), lambda: m.pause(m.all_ids())
        )
        self.resume_all = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Resume all"), lambda: m.resume(m.all_ids())
        )
        self.cancel_all = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Cancel all"), t.cancel_all
        )
        # Files skipped as already uploaded are sent again only when chosen one by one.
        self.retry_all = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Retry all failed"),
            lambda: m.retry([i.id for i in t.model.items if i.state is not ItemState.SKIPPED]),
        )
        self.clear_done = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Remove finished"),
            lambda: t.remove_with_undo([i.id for i in t.model.items if i.state.finished]),
        )
        self.settings = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Settings…"),
            t.open_settings,
            QT_TRANSLATE_NOOP("WindowActions", "Environment, API key and upload options"),
            "Ctrl+,",
        )
        self.quit = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Quit"), t.close, shortcut="Ctrl+Q"
        )
        self.copy_link = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "Copy link"),
            t.copy_current_link,
            QT_TRANSLATE_NOOP("WindowActions", "Copy the player link of the selected video"),
            "Ctrl+C",
        )
        # Only where the list has the keyboard: elsewhere Ctrl+C copies the text it is on.
        self.copy_link.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history = self._action(
            QT_TRANSLATE_NOOP("WindowActions", "History"),
            lambda: t.show_history(self.history.isChecked()),
            QT_TRANSLATE_NOOP("WindowActions", "Show the videos uploaded before"),
            "Ctrl+H",
        )
        self.history.setCheckable(True)

    def _action(
        self, text: str, slot: Callable[[], object], tip: str = "", shortcut: str = ""
    ) -> QAction:
        action = QAction(translate(CONTEXT, text), self._window)
        action.triggered.connect(lambda _checked=False: slot())
        if tip:
            action.setToolTip(translate(CONTEXT, tip))
            action.setStatusTip(translate(CONTEXT, tip))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _pause_or_resume(self) -> None:
        if self.pause.isEnabled():
            self.pause.trigger()
        elif self.resume.isEnabled():
            self.resume.trigger()

    def all_actions(self) -> list[QAction]:
        """Every action, in the order the shortcuts are listed in Help."""
        return [
            self.add_files,
            self.add_folder,
            self.pause_or_resume,
            self.retry,
            self.remove,
            self.up,
            self.down,
            self.top,
            self.bottom,
            self.copy_link,
            self.history,
            self.settings,
            self.quit,
        ]

    # -- where they show -----------------------------------------------------------------
    def _set_icons(self) -> None:
        icons = {
            self.add_files: QStyle.StandardPixmap.SP_FileIcon,
            self.add_folder: QStyle.StandardPixmap.SP_DirIcon,
            self.pause: QStyle.StandardPixmap.SP_MediaPause,
            self.resume: QStyle.StandardPixmap.SP_MediaPlay,
            self.cancel: QStyle.StandardPixmap.SP_DialogCancelButton,
            self.retry: QStyle.StandardPixmap.SP_BrowserReload,
            self.remove: QStyle.StandardPixmap.SP_TrashIcon,
            self.up: QStyle.StandardPixmap.SP_ArrowUp,
            self.down: QStyle.StandardPixmap.SP_ArrowDown,
            self.settings: QStyle.StandardPixmap.SP_FileDialogDetailedView,
        }
        style = self._window.style()
        palette = QGuiApplication.palette()
        for action, pixmap in icons.items():
            action.setIcon(readable_icon(style.standardIcon(pixmap), palette))

    def build_toolbar(self) -> QToolBar:
        """The main toolbar, with the style's icons on the actions it shows (drawn again when
        the window turns light or dark)."""
        self._set_icons()
        OnThemeChange(self._window, self._set_icons)
        bar = QToolBar(translate("WindowActions", "Main toolbar"), self._window)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.add_files, self.add_folder):
            bar.addAction(a)
        bar.addSeparator()
        for a in (
            self.pause,
            self.resume,
            self.cancel,
            self.retry,
            self.remove,
            self.up,
            self.down,
        ):
            bar.addAction(a)
        bar.addSeparator()
        bar.addAction(self.settings)
        ToolbarFit(bar, words_first=(self.add_files, self.add_folder, self.settings))
        return bar

    @staticmethod
    def toolbar_buttons(bar: QToolBar) -> list[QToolButton]:
        """The toolbar's buttons, left to right, made reachable with Tab (Qt leaves them out),
        so a person without a mouse can use them as they are seen."""
        buttons = []
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                buttons.append(button)
        return buttons

    def build_menus(self) -> QMenu:
        """The File and Queue menus in the window's menu bar; returns the Queue menu."""
        menu = self._window.menuBar()
        file_menu = menu.addMenu(translate("WindowActions", "&File"))
        for a in (self.add_files, self.add_folder):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        queue_menu = menu.addMenu(translate("WindowActions", "&Queue"))
        for a in (self.pause_all, self.resume_all, self.retry_all, self.cancel_all):
            queue_menu.addAction(a)
        queue_menu.addSeparator()
        queue_menu.addAction(self.clear_done)
        view_menu = menu.addMenu(translate("WindowActions", "&View"))
        view_menu.addAction(self.history)
        return queue_menu

    def show_context_menu(self, pos: QPoint) -> None:
        """The actions on the rows under ``pos`` (in the table's viewport), if it is on one."""
        table = self._target.table
        if not table.indexAt(pos).isValid():
            return
        menu = QMenu(table)
        for a in (self.pause, self.resume, self.cancel, self.retry):
            menu.addAction(a)
        menu.addAction(self.still_recording)
        if self.move_here.isEnabled():
            self.move_here.setText(self._move_here_text())
            menu.addAction(self.move_here)
        menu.addSeparator()
        for a in (self.up, self.down, self.top, self.bottom):
            menu.addAction(a)
        menu.addSeparator()
        for a in self.row_actions:
            menu.addAction(a)
        menu.addAction(self.remove)
        current = self._target.current_item()
        if current is not None and current.links.player:
            menu.insertAction(menu.actions()[0], self.copy_link)
            menu.insertSeparator(menu.actions()[1])
        menu.popup(table.viewport().mapToGlobal(pos))
        self.context_menu = menu

    def _move_here_text(self) -> str:
        env = self._target.environment
        if env is None:
            return translate(CONTEXT, UPLOAD_HERE)
        return fill(translate("WindowActions", "Upload to %1 instead"), shown(place(env)))

    # -- when they may be used -----------------------------------------------------------
    def update_for_selection(self) -> None:
        """Actions on the selection (usually a few rows, so this is cheap)."""
        items = self._target.selected_items()
        model = self._target.model
        m = self._target.manager
        states = {i.state for i in items}
        self.pause.setEnabled(any(s.sending or s is ItemState.WAITING for s in states))
        self.resume.setEnabled(ItemState.PAUSED in states)
        self.cancel.setEnabled(any(_cancellable(s) for s in states))
        self.retry.setEnabled(any(s.retryable for s in states))
        self.remove.setEnabled(bool(items))
        for a in self.row_actions:
            a.setEnabled(bool(items))
        recording = bool(items) and all(i.recording for i in items)
        self.still_recording.setChecked(recording)
        self.still_recording.setEnabled(
            any(m.can_switch_recording(i, not recording) for i in items)
        )
        self.move_here.setEnabled(any(_movable(i) for i in items))
        rows = [model.row_of(i.id) for i in items]
        self.up.setEnabled(bool(rows) and min(rows) > 0)
        self.down.setEnabled(bool(rows) and max(rows) < model.rowCount() - 1)
        # Already at the top means the selection is the first rows, in a block.
        self.top.setEnabled(bool(rows) and sorted(rows) != list(range(len(rows))))
        last = model.rowCount()
        self.bottom.setEnabled(bool(rows) and sorted(rows) != list(range(last - len(rows), last)))
        current = self._target.current_item()
        # Ctrl+C copies the link, or the name of a file that has none yet.
        self.copy_link.setEnabled(current is not None)

    def update_for_queue(self, counts: Mapping[ItemState, int]) -> None:
        """Actions on the whole queue, from how many files are in each state."""
        sending = sum(n for s, n in counts.items() if s.sending)
        waiting = counts.get(ItemState.WAITING, 0)
        paused = counts.get(ItemState.PAUSED, 0)
        retryable = sum(n for s, n in counts.items() if s.retryable and s is not ItemState.SKIPPED)
        finished = sum(n for s, n in counts.items() if s.finished)
        unfinished = sum(counts.values()) - finished
        self.pause_all.setEnabled(bool(sending or waiting))
        self.resume_all.setEnabled(bool(paused))
        self.cancel_all.setEnabled(bool(unfinished))
        self.retry_all.setEnabled(bool(retryable))
        self.clear_done.setEnabled(bool(finished))


def _movable(item: QueueItem) -> bool:
    """Queued for another environment and not started there."""
    return item.state is ItemState.ELSEWHERE and item.video_id is None


def _cancellable(state: ItemState) -> bool:
    """Processing happens on api.video once every byte is there: nothing is left to cancel."""
    return not state.finished and state is not ItemState.PROCESSING
