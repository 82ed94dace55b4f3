"""The window: a drop area when empty, then the queue with a details panel beside it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QMimeData,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from uploader_gui import APP_DISPLAY_NAME
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.keep_awake import AwakeState, KeepAwake
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.store import UploadStore
from uploader_gui.core.title_template import MetadataTemplate
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.gui.app_icon import app_icon
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.bulk_edit import BulkEdit
from uploader_gui.gui.details_panel import DetailsPanel
from uploader_gui.gui.details_sync import DetailsSync
from uploader_gui.gui.drop_area import DropArea
from uploader_gui.gui.drop_intake import DropTag, local_paths, persist_for_drop
from uploader_gui.gui.duplicate_prompt import DuplicatePrompt
from uploader_gui.gui.engine_jobs import DuplicateChoice
from uploader_gui.gui.environment_badge import EnvironmentBadge
from uploader_gui.gui.environment_session import EnvironmentSession
from uploader_gui.gui.environment_words import place
from uploader_gui.gui.file_scan import FileScanner, ScanOutcome
from uploader_gui.gui.finished_rows import FinishedRows
from uploader_gui.gui.help_menu import HelpMenu
from uploader_gui.gui.history_view import HistoryView
from uploader_gui.gui.notice_bar import NoticeBar
from uploader_gui.gui.notifier import Notifier
from uploader_gui.gui.online_watch import OnlineWatch
from uploader_gui.gui.problem_words import awake_words, reason_words, token_no_check_words
from uploader_gui.gui.progress_delegate import ProgressDelegate
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.queue_layout import NarrowLayout, fit_columns
from uploader_gui.gui.queue_model import (
    COL_LEFT,
    COL_PROGRESS,
    COL_STATE,
    THUMBNAIL_ICON,
    ItemRole,
    QueueModel,
)
from uploader_gui.gui.recording_check import add_recording_check
from uploader_gui.gui.removal_undo import RemovalUndo
from uploader_gui.gui.settings_dialog import EnvironmentResolver, SettingsDialog
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.state_announcer import StateAnnouncer
from uploader_gui.gui.state_column import StateColumnFit
from uploader_gui.gui.status_line import StatusLine
from uploader_gui.gui.theme import set_tone, theme
from uploader_gui.gui.theme_colours import Tone
from uploader_gui.gui.thumbnails import ThumbnailLoader
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, Counted, fill, translate
from uploader_gui.gui.unit_words import duration_words, size_words, speed_words
from uploader_gui.gui.upload_manager import UploadManager
from uploader_gui.gui.wake_watch import WakeWatch
from uploader_gui.gui.watch_control import WatchControl
from uploader_gui.gui.watch_words import watching_words
from uploader_gui.gui.watched_folders_dialog import WatchedFoldersDialog, add_watch_section
from uploader_gui.gui.window_actions import WindowActions

log = logging.getLogger(__name__)

#: How often, at most, the status line and the queue-wide actions are recomputed.
CHROME_MS = 200

#: How long an announcement stays in the status bar (ms).
ECHO_MS = 4000

#: The translation context of the window's own words.
CONTEXT = "MainWindow"
MSG_ENV_LOCKED = QT_TRANSLATE_NOOP(
    "MainWindow",
    "The environment can be changed when no upload is in progress (paused ones included).",
)
MSG_CLOSE_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Uploads are still running")
MSG_LOOKUP_FAILED = QT_TRANSLATE_NOOP(
    "MainWindow", "Could not check whether “%1” was uploaded before; uploading it anyway."
)
MSG_QUEUE_NAME = QT_TRANSLATE_NOOP("MainWindow", "Upload queue")
TAB_QUEUE, TAB_HISTORY = 0, 1
#: States whose item may have a thumbnail to show.
_WITH_THUMBNAIL = frozenset({ItemState.READY, ItemState.UPLOADED, ItemState.SKIPPED})
VIDEO_PATTERNS = (
    "(*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.wmv *.mpg *.mpeg *.mts *.m2ts *.ts *.3gp "
    "*.flv *.ogv *.mxf)"
)


def tr(text: str) -> str:
    """The window's words (marked where they are defined) in the creator's language."""
    return translate(CONTEXT, text)


class _Action:
    """``window.act_pause`` and the like: the window's actions, built in ``WindowActions``."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name.removeprefix("act_")

    def __get__(self, window: MainWindow, owner: type) -> QAction:
        action = getattr(window.window_actions, self._name)
        assert isinstance(action, QAction)
        return action


class MainWindow(QMainWindow):
    act_add_files = _Action()
    act_add_folder = _Action()
    act_pause = _Action()
    act_resume = _Action()
    act_cancel = _Action()
    act_retry = _Action()
    act_remove = _Action()
    act_move_here = _Action()
    act_up = _Action()
    act_down = _Action()
    act_top = _Action()
    act_bottom = _Action()
    act_pause_all = _Action()
    act_resume_all = _Action()
    act_cancel_all = _Action()
    act_retry_all = _Action()
    act_clear_done = _Action()
    act_settings = _Action()
    act_quit = _Action()
    act_copy_link = _Action()
    act_pause_or_resume = _Action()
    act_history = _Action()

    def __init__(
        self,
        store: SecretStore,
        settings: AppSettings,
        resolve: EnvironmentResolver,
        *,
        upload_store: UploadStore | None = None,
        keep_awake: KeepAwake | None = None,
        log_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``keep_awake`` asks the system not to sleep during uploads (default: this system's
        own way of asking); ``log_path`` is the log file, told in Help (None: none is kept)."""
        super().__init__(parent)
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAcceptDrops(True)
        self.setStatusBar(StatusLine(self))
        self._initial_size()
        self.secrets = store
        self.settings = settings
        self._resolve = resolve
        self.prefs = settings.load()
        self.last_skipped: list[tuple[Path, str]] = []
        #: Replaced in tests; asks a yes/no question and returns the answer.
        self.ask: Callable[[str, str], bool] = self._ask
        #: Replaced in tests; opens a web page in the browser.
        self.open_url: Callable[[str], None] = _open_in_browser
        self.duplicate_prompt = DuplicatePrompt(
            self, open_url=self._open_link, count_others=self._still_to_check
        )

        self.model = QueueModel(self)
        self.manager = UploadManager(self.model, self)
        self.manager.store = upload_store
        self.manager.recording_settle = settings.recording_settle
        self.manager.ask_duplicate = self.duplicate_prompt.ask
        self.manager.lookup_failed.connect(
            lambda name: self.statusBar().showMessage(
                fill(tr(MSG_LOOKUP_FAILED), shown(name)), 8000
            )
        )
        self.keep_awake = keep_awake if keep_awake is not None else KeepAwake()
        self.manager.keep_awake = self.keep_awake
        self.wake_watch = WakeWatch(self)
        self.wake_watch.woke.connect(self._woke)
        self.wake_watch.start()
        self.online_watch = OnlineWatch(self)
        self.online_watch.online.connect(self._network_back)
        # Loading the system's backend may ask D-Bus: not before the window is up.
        QTimer.singleShot(0, self.online_watch.start)
        self.notifier = Notifier(app_icon(), self)
        self.notifier.activated.connect(self._bring_to_front)
        self.thumbnails = ThumbnailLoader(self)
        self.thumbnails.loaded.connect(self._thumbnail_loaded)
        self.scanner = FileScanner(self)
        self.scanner.finished.connect(self._scan_finished)
        self.scanner.judged.connect(self.manager.growth_judged)

        self.window_actions = WindowActions(self, self)
        self.toolbar = self.window_actions.build_toolbar()
        self.addToolBar(self.toolbar)
        self._build_central()
        self.recording_check = add_recording_check(
            self.details.form_box, self.window_actions.still_recording
        )
        self.queue_menu = self.window_actions.build_menus()
        self.removal_undo = RemovalUndo(
            self,
            self.model,
            self.manager,
            self.undo_notice,
            keeps_history=lambda: self.manager.history_store is not None,
        )
        self.queue_menu.addAction(self.removal_undo.action)
        shortcuts = [*self.window_actions.all_actions(), self.removal_undo.action]
        self.help_menu = HelpMenu(self, shortcuts, log_path)
        self._set_tab_order()
        self.announcer = StateAnnouncer(self.table)
        self.announcer.echo = lambda text: self.statusBar().showMessage(text, ECHO_MS)
        self._build_status()
        #: The system asked the window to close: no question about running uploads.
        self._asked_to_quit = False
        self.session = EnvironmentSession(
            store,
            settings,
            resolve,
            self.manager,
            self.scanner.in_turn,
            badge=self.badge,
            setup_banner=self.setup_banner,
            session_banner=self.session_banner,
            parent=self,
        )
        self.session.saved_queue_failed.connect(
            lambda text: self.statusBar().showMessage(text, 15000)
        )
        self.watch = WatchControl(
            self.manager, settings, upload_store, lambda: self.environment, self
        )
        self.watch.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.watch.changed.connect(self._show_watching)

        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)
        self.manager.refreshed.connect(self._refreshed)
        self.manager.item_changed.connect(self._item_changed)
        self.manager.busy_changed.connect(self._busy_changed)
        self._chrome_timer = QTimer(self)
        self._chrome_timer.setSingleShot(True)
        self._chrome_timer.setInterval(CHROME_MS)
        self._chrome_timer.timeout.connect(self._update_chrome)
        self.details.copied.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.history.copied.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.history.set_store(upload_store)
        self.details_sync = DetailsSync(self.manager, self)
        self.details_sync.connect_window(self.details, self.history, self.session)
        self.bulk_edit = BulkEdit(self)
        self.queue_menu.addAction(self.bulk_edit.action)
        self.window_actions.row_actions.append(self.bulk_edit.action)
        self.finished_rows = FinishedRows(self.manager, self)
        self.finished_rows.connect_window(self)

        self.apply_preferences(self.prefs)
        self._rows_changed()
        if upload_store is not None and upload_store.recovery is not None:
            self.store_notice.show_message(reason_words(upload_store.recovery))

    # -- construction --------------------------------------------------------------------
    def _initial_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None or screen.width() <= 0:
            self.resize(1180, 720)
            return
        self.resize(min(1320, int(screen.width() * 0.9)), min(820, int(screen.height() * 0.85)))

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        # Where uploads go, always in sight (never folded into a toolbar overflow menu).
        where = QHBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where_label = QLabel(translate("MainWindow", "Uploading to"), central)
        set_tone(where_label, Tone.MUTED)
        where.addWidget(where_label)
        self.badge = EnvironmentBadge(central)
        where.addWidget(self.badge)
        self.change_button = change = QPushButton(translate("MainWindow", "Change…"), central)
        change.setFlat(True)
        change.setCursor(Qt.CursorShape.PointingHandCursor)
        set_tone(change, Tone.LINK)
        change.clicked.connect(self.open_settings)
        where.addWidget(change)
        where.addStretch(1)
        # "Watching 2 folders", shown while folders are watched; opens their settings.
        self.watch_button = QPushButton(central)
        self.watch_button.setFlat(True)
        self.watch_button.setCursor(Qt.CursorShape.PointingHandCursor)
        set_tone(self.watch_button, Tone.LINK)
        self.watch_button.clicked.connect(self.open_watched_folders)
        self.watch_button.hide()
        where.addWidget(self.watch_button)
        layout.addLayout(where)
        self.session_banner = NoticeBar("warning", closable=True, parent=central)
        self.setup_banner = NoticeBar("info", closable=False, parent=central)
        self.setup_banner.action_clicked.connect(self.open_settings)
        self.setup_banner.extra_clicked.connect(self.try_demo)
        self.store_notice = NoticeBar("warning", closable=True, parent=central)
        layout.addWidget(self.store_notice)
        self.skipped_notice = NoticeBar("warning", closable=True, parent=central)
        self.skipped_notice.action_clicked.connect(self.show_skipped)
        self.undo_notice = NoticeBar("info", closable=True, parent=central)
        for bar in (self.session_banner, self.setup_banner, self.skipped_notice, self.undo_notice):
            layout.addWidget(bar)

        self.stack = QStackedWidget(central)
        self.drop_area = DropArea(self.stack)
        self.drop_area.add_files_requested.connect(self.choose_files)
        self.drop_area.add_folder_requested.connect(self.choose_folder)
        self.stack.addWidget(self.drop_area)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.table = QTableView(self.splitter)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr(MSG_QUEUE_NAME))
        # Tab leaves the list for the details (arrows move between rows), so every part of the
        # window can be reached from the keyboard.
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setColumnWidth(COL_STATE, 200)
        fit_columns(self.table)
        StateColumnFit(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.window_actions.show_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setAcceptDrops(False)  # the window takes drops, wherever they land
        # Ctrl+C in the list copies the selected video's link; without one, the row's words.
        self.table.addAction(self.act_copy_link)
        self.table.addActions([self.act_top, self.act_bottom])
        # The panel scrolls when the window is short, rather than squeezing its fields.
        self.details_scroll = QScrollArea(self.splitter)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll.setAccessibleName(translate("MainWindow", "Details of the video"))
        self.details = DetailsPanel(self.details_scroll)
        self.details.attachments.manager = self.manager
        self.details_scroll.setWidget(self.details)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([840, 330])
        self.narrow_layout = NarrowLayout(self, self.splitter)
        self.stack.addWidget(self.splitter)
        self.table.setIconSize(THUMBNAIL_ICON)
        self.tabs = QTabWidget(central)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.stack, translate("MainWindow", "Queue"))
        self.history = HistoryView(self.tabs)
        self.tabs.addTab(self.history, translate("MainWindow", "History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _set_tab_order(self) -> None:
        """Tab goes through the window's regions in reading order: the toolbar, where uploads
        go, the list, then the selected file's details and its links."""
        d = self.details
        chain: list[QWidget] = [
            *self.window_actions.toolbar_buttons(self.toolbar),
            self.change_button,
            self.tabs.tabBar(),
            self.table,
            d.title_edit,
            d.description_edit,
            d.tags_edit,
            d.public_check,
            d.mp4_check,
            d.link_field,
            d.copy_link_button,
            d.copy_embed_button,
            d.copy_hls_button,
            d.open_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_history(self, on: bool) -> None:
        """The History tab (``on``) or the queue."""
        self.tabs.setCurrentIndex(TAB_HISTORY if on else TAB_QUEUE)

    def _build_status(self) -> None:
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.summary_label)

    # -- environments and credentials ----------------------------------------------------
    def apply_preferences(self, prefs: UploadPreferences) -> None:
        """Use ``prefs`` from now on: new files go to the chosen environment."""
        self.prefs = prefs
        self.notifier.enabled = prefs.notifications
        self.keep_awake.set_enabled(prefs.keep_awake)
        self.manager.options = UploadOptions(
            chunk_size=prefs.chunk_size, rate_limiter=self.manager.rate_limiter
        )
        self.manager.set_speed_limit(prefs.speed_limit)
        self.manager.set_parallel(prefs.parallel_files)
        self.session.apply(prefs)
        theme().set_appearance(prefs.appearance)
        self.manager.recording_settle = self.settings.recording_settle
        self.watch.apply()

    def try_demo(self) -> None:
        """Try the app with no account: the built-in practice server, for this run only (the
        saved settings keep what the person chose)."""
        self.apply_preferences(replace(self.prefs, environment=EnvironmentKind.DEMO))

    @property
    def environment(self) -> Environment | None:
        """Where new files go (None while the address in the settings cannot be used)."""
        return self.session.environment

    def open_settings(self) -> None:
        lock = tr(MSG_ENV_LOCKED) if self.manager.busy else ""
        dialog = SettingsDialog(
            self.prefs,
            self.secrets,
            self.settings,
            self._resolve,
            lock_environment=lock,
            keep_awake_note=(
                awake_words(AwakeState.UNAVAILABLE)
                if self.keep_awake.state is AwakeState.UNAVAILABLE
                else ""
            ),
            parent=self,
        )
        self.settings_dialog: SettingsDialog | None = dialog
        add_watch_section(dialog, self.settings)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.result_prefs)
        else:  # the watched folders are saved on their own
            self.manager.recording_settle = self.settings.recording_settle
            self.watch.apply()
        self.settings_dialog = None

    def open_watched_folders(self) -> None:
        dialog = WatchedFoldersDialog(self.settings, self)
        self.watched_dialog: WatchedFoldersDialog | None = dialog
        if dialog.exec() == WatchedFoldersDialog.DialogCode.Accepted:
            self.manager.recording_settle = self.settings.recording_settle
            self.watch.apply()
        self.watched_dialog = None

    def _show_watching(self) -> None:
        """The indicator, and the tray's tooltip, say how many folders are watched."""
        count = self.watch.count
        words = watching_words(count) if count else ""
        self.watch_button.setText(words)
        self.watch_button.setVisible(bool(count))
        tray = self.notifier.tray
        if tray is not None:
            tray.setToolTip(f"{APP_DISPLAY_NAME}\n{words}" if words else APP_DISPLAY_NAME)

    # -- adding files --------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("MainWindow", "Add videos"),
            "",
            translate("MainWindow", "Videos")
            + " "
            + VIDEO_PATTERNS
            + ";;"
            + translate("MainWindow", "All files")
            + " (*)",
        )
        if names:
            self.add_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Add every video in a folder")
        if name:
            self.add_paths([Path(name)])

    def add_paths(self, paths: list[Path]) -> None:
        """Check files and walk folders off the GUI thread; videos are queued when done."""
        if not paths:
            return
        count = len(paths)
        self.statusBar().showMessage(
            Counted.tr("Checking %n dropped item(s)…", "MainWindow", count)
        )
        env = self.environment
        template = self.settings.template(env.keyring_name) if env else MetadataTemplate()
        tag = DropTag(env, template, settle=self._recording_settle())
        manager = self.manager
        store = manager.store if manager.persisting else None
        persist = persist_for_drop(store, manager.connection, manager.options.chunk_size, tag)
        self.scanner.scan(paths, persist, drop=tag)

    def _recording_settle(self) -> float | None:
        """How recent a file added now must be to upload as a recording still under way (None:
        never, when switched off, or with an upload token, which cannot continue one)."""
        connection = self.manager.connection
        if not self.settings.detect_recordings or (connection and connection.upload_token):
            return None
        return self.manager.recording_settle

    def handle_drop(self, mime: QMimeData) -> bool:
        paths = local_paths(mime)
        if paths:
            self.add_paths(paths)
        return bool(paths)

    def _scan_finished(self, outcome: ScanOutcome) -> None:
        result = outcome.result
        store_ids = outcome.store_ids
        tag = outcome.drop if outcome.drop is not None else DropTag(None, MetadataTemplate())
        # The files go where they were dropped for, even if another environment was chosen
        # while they were being checked: they wait for theirs.
        metadata = {c.path: tag.metadata(c.path) for c in result.accepted}
        added = self.manager.add_files(
            ((c.path, c.size) for c in result.accepted),
            store_ids,
            metadata,
            environment=tag.environment,
            attachments=outcome.sidecars,
            checking=outcome.checking,
        )
        count = len(added)
        message = (
            Counted.tr("Added %n video(s) to the queue.", "MainWindow", count) if added else ""
        )
        connection = self.manager.connection
        if added and connection is not None and connection.upload_token:
            message += " " + token_no_check_words()
        self.statusBar().showMessage(message, 8000)
        if added and not self.table.selectionModel().hasSelection():
            self.table.selectRow(self.model.row_of(added[0].id))
        rejected = [(c.path, reason_words(c.reason) if c.reason else "") for c in result.rejected]
        if rejected:
            self.last_skipped = rejected
            n = len(rejected)
            self.skipped_notice.show_message(
                Counted.tr("%n file(s) skipped because they cannot be uploaded.", "MainWindow", n),
                translate("MainWindow", "Show why"),
            )

    def show_skipped(self) -> None:
        lines = [shown(f"{p.name}: {why}") for p, why in self.last_skipped[:200]]
        more = len(self.last_skipped) - 200
        if more > 0:
            lines.append(Counted.tr("…and %n more.", "MainWindow", more))
        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "Files skipped"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the details below name the files
        box.setText(self.skipped_notice.label.text())
        box.setInformativeText(
            translate(
                "MainWindow",
                "Only video files are added. Open the details to see why each file was left out.",
            )
        )
        box.setDetailedText("\n".join(lines))
        box.open()
        self.skipped_box = box

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self.drop_area.set_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self.drop_area.set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.drop_area.set_highlight(False)
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- selection and actions -----------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r).id for r in rows if r < self.model.rowCount()]

    def selected_items(self) -> list[QueueItem]:
        return [it for i in self.selected_ids() if (it := self.model.find(i)) is not None]

    def current_item(self) -> QueueItem | None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            item = index.data(ItemRole)
            return item if isinstance(item, QueueItem) else None
        items = self.selected_items()
        return items[0] if items else None

    def move_selection(self, delta: int) -> None:
        """Move the selected files ``delta`` places in the queue; they stay selected."""
        ids = self.selected_ids()
        self.manager.move(ids, delta)
        self._reselect(ids)

    def _reselect(self, ids: list[int]) -> None:
        selection = QItemSelection()
        for item_id in ids:
            row = self.model.row_of(item_id)
            selection.select(self.model.index(row, 0), self.model.index(row, COL_LEFT))
        self.table.selectionModel().select(
            selection, self.table.selectionModel().SelectionFlag.ClearAndSelect
        )
        self.window_actions.update_for_selection()

    def remove_with_undo(self, ids: list[int]) -> None:
        """Take files out of the list; finished ones can be put back for a while."""
        self.removal_undo.remove(ids)

    def move_selection_to_end(self, *, top: bool) -> None:
        """Move the selected files to the top (or bottom) of the queue; they stay selected."""
        ids = self.selected_ids()
        self.manager.move_to_end(ids, top=top)
        self._reselect(ids)

    def _selection_changed(self) -> None:
        self.details.show_item(self.current_item())
        self.window_actions.update_for_selection()

    def move_here(self) -> None:
        """Files queued for another environment go to the one in use: only when asked."""
        moved = self.manager.move_here(self.selected_ids())
        if moved and self.environment is not None:
            self.statusBar().showMessage(
                fill(
                    Counted.tr("%n file(s) will upload to %1.", "MainWindow", moved),
                    place(self.environment),
                ),
                8000,
            )

    def copy_current_link(self) -> None:
        """The selected video's player link; a file with no link yet gives its name, as Ctrl+C
        in a list does."""
        item = self.current_item()
        if item is not None and item.links.player:
            QGuiApplication.clipboard().setText(item.links.player)
            self.statusBar().showMessage(translate("MainWindow", "Link copied."), 4000)
        elif item is not None:
            QGuiApplication.clipboard().setText(item.name)

    def cancel_all(self) -> None:
        if self.ask(
            translate("MainWindow", "Cancel every upload?"),
            translate("MainWindow", "Files that were partly sent must be uploaded again."),
        ):
            self.manager.cancel(self.manager.all_ids())

    # -- live refresh --------------------------------------------------------------------
    # The status line and the "all" actions need one pass over the whole queue; that pass runs
    # at most every CHROME_MS, however many events arrive, so a long queue never stalls.
    def _schedule_chrome(self) -> None:
        if not self._chrome_timer.isActive():
            self._chrome_timer.start()

    def _rows_changed(self) -> None:
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        self.window_actions.update_for_selection()
        self._update_chrome()

    def _refreshed(self) -> None:
        self.details.update_state()
        self._schedule_chrome()

    def _item_changed(self, item_id: int) -> None:
        item = self.model.find(item_id)
        if item_id == self.duplicate_prompt.item_id and (
            item is None or item.state is not ItemState.ASKING
        ):
            self.duplicate_prompt.dismiss()  # cancelled or removed while the question was open
        if item is None:
            self.announcer.forget(item_id)
        else:
            self.announcer.item_changed(item)
            self.notifier.item_changed(item)
            if item.state in _WITH_THUMBNAIL and item.links.thumbnail and not item.thumbnail:
                self.thumbnails.fetch(item_id, item.links.thumbnail)
            if item.state.finished and self.tabs.currentIndex() == TAB_HISTORY:
                self._refresh_history()
        current = self.details.item
        if current is not None and current.id == item_id:
            self.details.update_state()
        row = self.model.row_of(item_id)
        if row >= 0 and self.table.selectionModel().isRowSelected(row, QModelIndex()):
            self.window_actions.update_for_selection()
        self._schedule_chrome()

    def uploading_count(self) -> int:
        """Files whose bytes are still on their way (paused ones included)."""
        return sum(
            1
            for i in self.model.items
            if i.state.sending or (i.state is ItemState.PAUSED and i.started)
        )

    def _update_chrome(self) -> None:
        summary = self.manager.summary()
        counts = summary.counts
        self.window_actions.update_for_queue(counts)
        sending = sum(n for s, n in counts.items() if s.sending)
        paused = counts.get(ItemState.PAUSED, 0)
        waiting = counts.get(ItemState.WAITING, 0)
        processing = counts.get(ItemState.PROCESSING, 0)
        done = counts.get(ItemState.READY, 0) + counts.get(ItemState.UPLOADED, 0)
        failed = counts.get(ItemState.FAILED, 0)
        parts = [
            text
            for n, text in (
                (sending, Counted.tr("%n uploading", "MainWindow", sending)),
                (paused, Counted.tr("%n paused", "MainWindow", paused)),
                (waiting, Counted.tr("%n waiting", "MainWindow", waiting)),
                (processing, Counted.tr("%n processing", "MainWindow", processing)),
                (done, Counted.tr("%n done", "MainWindow", done)),
                (failed, Counted.tr("%n failed", "MainWindow", failed)),
            )
            if n
        ]
        if summary.total_bytes:
            parts.append(
                fill(
                    translate("MainWindow", "%1 of %2"),
                    size_words(summary.done_bytes),
                    size_words(summary.total_bytes),
                )
            )
        if summary.speed > 0:
            parts.append(speed_words(summary.speed))
        if summary.seconds_left is not None:
            parts.append(
                fill(translate("MainWindow", "about %1 left"), duration_words(summary.seconds_left))
            )
        self.summary_label.setText("  ·  ".join(parts))

    def _busy_changed(self, busy: bool) -> None:
        self.window_actions.update_for_selection()
        if not busy:
            self.duplicate_prompt.forget_answer()
            self.notifier.queue_idle(self.model.items)

    def _woke(self, seconds_asleep: float) -> None:
        """After sleep the network is usually back within seconds: uploads waiting out a long
        backoff try again now rather than up to half a minute later."""
        self.details_sync.send_due()
        n = self.manager.nudge_waiting()
        log.info("The computer woke after about %.0f s", seconds_asleep)
        if n:
            self.statusBar().showMessage(
                Counted.tr("Welcome back: %n waiting upload(s) trying again now.", "MainWindow", n),
                8000,
            )

    def _network_back(self) -> None:
        """The system says the network is back: waiting uploads go on now."""
        self.details_sync.send_due()
        n = self.manager.nudge_waiting()
        if n:
            self.statusBar().showMessage(
                Counted.tr(
                    "The network is back: %n waiting upload(s) going on now.", "MainWindow", n
                ),
                8000,
            )

    def _tab_changed(self, index: int) -> None:
        self.act_history.setChecked(index == TAB_HISTORY)
        if index == TAB_HISTORY:
            self._refresh_history()

    def _refresh_history(self) -> None:
        store = self.manager.history_store
        if store is not self.history.store:
            self.history.set_store(store)
        else:
            self.history.refresh()

    def _thumbnail_loaded(self, item_id: int, url: str, data: object) -> None:
        item = self.model.find(item_id)
        if item is None or not isinstance(data, bytes) or not data or url != item.links.thumbnail:
            return
        if self.model.set_thumbnail(item_id, data):
            item.thumbnail = data
            current = self.details.item
            if current is not None and current.id == item_id:
                self.details.update_state()

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- "already uploaded" ----------------------------------------------------------------
    def _open_link(self, url: str) -> None:
        self.open_url(url)  # looked up at each call: tests replace it after construction

    def _still_to_check(self, asked: QueueItem) -> int:
        """Files besides ``asked`` that may yet turn out to be uploaded before."""
        return sum(
            1
            for i in self.model.items
            if i.id != asked.id
            and i.video_id is None  # the question comes before a video is made
            and not (i.state.finished or i.duplicate_ok)
            and i.state is not ItemState.ELSEWHERE
        )

    @property
    def duplicate_box(self) -> QMessageBox | None:
        """The "already uploaded" question on screen, if any."""
        return self.duplicate_prompt.box

    @property
    def duplicate_buttons(self) -> dict[DuplicateChoice, QPushButton]:
        return self.duplicate_prompt.buttons

    # -- closing -------------------------------------------------------------------------
    def _ask(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def close_without_asking(self) -> None:
        """Close now, uploads or not: the system asked (a quit signal, a logout). Uploads are
        stopped, not cancelled, so a kept queue continues at the next start."""
        self._asked_to_quit = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        n = self.uploading_count()
        if self.manager.store is not None:
            text = Counted.tr(
                "%n upload(s) not finished. If you quit now they stop, and continue where they "
                "stopped the next time you open %1.\n\nQuit now?",
                "MainWindow",
                n,
            )
        else:
            text = Counted.tr(
                "%n upload(s) not finished. If you quit now they stop; files that were partly "
                "sent must be uploaded again.\n\nQuit anyway?",
                "MainWindow",
                n,
            )
        if (
            n
            and not self._asked_to_quit
            and not self.ask(tr(MSG_CLOSE_TITLE), fill(text, APP_DISPLAY_NAME))
        ):
            event.ignore()
            return
        self.session.shutdown()
        self.watch.close()
        self.scanner.shutdown()
        self.wake_watch.stop()
        self.manager.shutdown()
        self.details_sync.shutdown()
        self.finished_rows.shutdown()
        self.keep_awake.close()
        self.thumbnails.shutdown()
        self.notifier.hide()
        event.accept()


def _open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))
