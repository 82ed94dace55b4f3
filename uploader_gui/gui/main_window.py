"""The window: a drop area when empty, then the queue with a details panel beside it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QMimeData,
    QModelIndex,
    QPoint,
    QSize,
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
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from uploader_gui import APP_DISPLAY_NAME
from uploader_gui.core.duplicates import MSG_TOKEN_NO_CHECK
from uploader_gui.core.durable_upload import resumable
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.keep_awake import MSG_NO_BACKEND, KeepAwake
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.store import UploadStore
from uploader_gui.core.title_template import MetadataTemplate
from uploader_gui.core.units import format_duration, format_size, format_speed, plural
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.gui.app_icon import app_icon
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.details_panel import DetailsPanel
from uploader_gui.gui.drop_area import DropArea
from uploader_gui.gui.drop_intake import DropTag, local_paths, persist_for_drop
from uploader_gui.gui.duplicate_prompt import DuplicatePrompt
from uploader_gui.gui.engine_jobs import DuplicateChoice, EnvironmentAccess
from uploader_gui.gui.environment_badge import EnvironmentBadge
from uploader_gui.gui.file_scan import FileScanner, ScanOutcome
from uploader_gui.gui.history_view import HistoryView
from uploader_gui.gui.notice_bar import NoticeBar
from uploader_gui.gui.notifier import Notifier
from uploader_gui.gui.progress_delegate import ProgressDelegate
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.queue_model import (
    COL_LEFT,
    COL_NAME,
    COL_PROGRESS,
    COL_SIZE,
    COL_SPEED,
    COL_STATE,
    THUMBNAIL_ICON,
    ItemRole,
    QueueModel,
)
from uploader_gui.gui.settings_dialog import DEMO_KEY, EnvironmentResolver, SettingsDialog
from uploader_gui.gui.thumbnails import ThumbnailLoader
from uploader_gui.gui.upload_manager import UploadManager
from uploader_gui.gui.wake_watch import WakeWatch

log = logging.getLogger(__name__)

#: How often, at most, the status line and the queue-wide actions are recomputed.
CHROME_MS = 200

MSG_NEEDS_KEY = "Add your api.video API key to start uploading."
MSG_NEEDS_KEY_ENV = "Add your API key for {env} to start uploading."
MSG_SESSION_ONLY = (
    "Your API key is kept for this session only: the system keyring is not available, so you "
    "will be asked for the key again next time."
)
MSG_BAD_ENVIRONMENT = "The upload address in Settings cannot be used: {why}"
MSG_ENV_LOCKED = (
    "The environment can be changed when no upload is in progress (paused ones included)."
)
MSG_CLOSE_TITLE = "Uploads are still running"
MSG_CLOSE_TEXT = (
    "{uploads} not finished. If you quit now they stop; files that were partly sent "
    "must be uploaded again.\n\nQuit anyway?"
)
MSG_CLOSE_TEXT_SAVED = (
    "{uploads} not finished. If you quit now they stop, and continue where they "
    "stopped the next time you open {app}.\n\nQuit now?"
)
MSG_WOKE = "Welcome back: {uploads} trying again now."
MSG_CHECKING = "Checking {n} dropped items…"
MSG_LOOKUP_FAILED = "Could not check whether “{name}” was uploaded before; uploading it anyway."
MSG_ADDED = "Added {videos} to the queue."
MSG_SKIPPED = "{files} skipped because {they} cannot be uploaded."
TAB_QUEUE, TAB_HISTORY = 0, 1
#: States whose item may have a thumbnail to show.
_WITH_THUMBNAIL = frozenset({ItemState.READY, ItemState.UPLOADED, ItemState.SKIPPED})
VIDEO_FILTER = (
    "Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.wmv *.mpg *.mpeg *.mts *.m2ts *.ts *.3gp "
    "*.flv *.ogv *.mxf);;All files (*)"
)


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: SecretStore,
        settings: AppSettings,
        resolve: EnvironmentResolver,
        *,
        upload_store: UploadStore | None = None,
        keep_awake: KeepAwake | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``keep_awake`` asks the system not to sleep during uploads (default: this system's
        own way of asking)."""
        super().__init__(parent)
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAcceptDrops(True)
        self._initial_size()
        self.secrets = store
        self.settings = settings
        self._resolve = resolve
        self.prefs = settings.load()
        self.environment: Environment | None = None
        self.last_skipped: list[tuple[Path, str]] = []
        #: Replaced in tests; asks a yes/no question and returns the answer.
        self.ask: Callable[[str, str], bool] = self._ask
        #: Replaced in tests; opens a web page in the browser.
        self.open_url: Callable[[str], None] = _open_in_browser
        self.duplicate_prompt = DuplicatePrompt(self, open_url=self._open_link)

        self.model = QueueModel(self)
        self.manager = UploadManager(self.model, self)
        self.manager.store = upload_store
        self.manager.ask_duplicate = self.duplicate_prompt.ask
        self.manager.lookup_failed.connect(
            lambda name: self.statusBar().showMessage(MSG_LOOKUP_FAILED.format(name=name), 8000)
        )
        self.keep_awake = keep_awake if keep_awake is not None else KeepAwake()
        self.manager.keep_awake = self.keep_awake
        self.wake_watch = WakeWatch(self)
        self.wake_watch.woke.connect(self._woke)
        self.wake_watch.start()
        self.notifier = Notifier(app_icon(), self)
        self.notifier.activated.connect(self._bring_to_front)
        self.thumbnails = ThumbnailLoader(self)
        self.thumbnails.loaded.connect(self._thumbnail_loaded)
        self._loaded_environment: Environment | None = None
        self.scanner = FileScanner(self)
        self.scanner.finished.connect(self._scan_finished)

        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self._build_menus()
        self._build_status()

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

        self.apply_preferences(self.prefs)
        self._rows_changed()
        if upload_store is not None and upload_store.recovery_message:
            self.store_notice.show_message(upload_store.recovery_message)

    # -- construction --------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], tip: str = "", shortcut: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _initial_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None or screen.width() <= 0:
            self.resize(1180, 720)
            return
        self.resize(min(1320, int(screen.width() * 0.9)), min(820, int(screen.height() * 0.85)))

    def _build_actions(self) -> None:
        sel = self.selected_ids
        m = self.manager
        self.act_add_files = self._action(
            "Add videos…", self.choose_files, "Choose video files to upload", "Ctrl+O"
        )
        self.act_add_folder = self._action(
            "Add folder…", self.choose_folder, "Add every video in a folder and its sub-folders"
        )
        self.act_pause = self._action("Pause", lambda: m.pause(sel()), "Pause the selected uploads")
        self.act_resume = self._action(
            "Resume", lambda: m.resume(sel()), "Continue the selected uploads"
        )
        self.act_cancel = self._action(
            "Cancel", lambda: m.cancel(sel()), "Stop the selected uploads"
        )
        self.act_retry = self._action(
            "Retry", lambda: m.retry(sel()), "Try the selected failed or cancelled uploads again"
        )
        self.act_remove = self._action(
            "Remove", lambda: m.remove(sel()), "Take the selected files out of the list", "Del"
        )
        self.act_move_here = self._action(
            "Upload here instead",
            self.move_here,
            "Send the selected files to the environment in use now instead of the one they "
            "were added for",
        )
        self.act_up = self._action(
            "Move up", lambda: self._move(-1), "Upload the selected files sooner", "Ctrl+Up"
        )
        self.act_down = self._action(
            "Move down", lambda: self._move(1), "Upload the selected files later", "Ctrl+Down"
        )
        self.act_pause_all = self._action("Pause all", lambda: m.pause(m.all_ids()))
        self.act_resume_all = self._action("Resume all", lambda: m.resume(m.all_ids()))
        self.act_cancel_all = self._action("Cancel all", self.cancel_all)
        # Files skipped as already uploaded are sent again only when chosen one by one.
        self.act_retry_all = self._action(
            "Retry all failed",
            lambda: m.retry([i.id for i in self.model.items if i.state is not ItemState.SKIPPED]),
        )
        self.act_clear_done = self._action(
            "Remove finished",
            lambda: m.remove([i.id for i in self.model.items if i.state.finished]),
        )
        self.act_settings = self._action(
            "Settings…", self.open_settings, "Environment, API key and upload options", "Ctrl+,"
        )
        self.act_quit = self._action("Quit", self.close, shortcut="Ctrl+Q")
        self.act_copy_link = self._action(
            "Copy link", self.copy_current_link, "Copy the player link of the selected video"
        )

    def _build_toolbar(self) -> None:
        icons = {
            self.act_add_files: QStyle.StandardPixmap.SP_FileIcon,
            self.act_add_folder: QStyle.StandardPixmap.SP_DirIcon,
            self.act_pause: QStyle.StandardPixmap.SP_MediaPause,
            self.act_resume: QStyle.StandardPixmap.SP_MediaPlay,
            self.act_cancel: QStyle.StandardPixmap.SP_DialogCancelButton,
            self.act_retry: QStyle.StandardPixmap.SP_BrowserReload,
            self.act_remove: QStyle.StandardPixmap.SP_TrashIcon,
            self.act_up: QStyle.StandardPixmap.SP_ArrowUp,
            self.act_down: QStyle.StandardPixmap.SP_ArrowDown,
            self.act_settings: QStyle.StandardPixmap.SP_FileDialogDetailedView,
        }
        for action, pixmap in icons.items():
            action.setIcon(self.style().standardIcon(pixmap))
        bar = QToolBar("Main", self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.act_add_files, self.act_add_folder):
            bar.addAction(a)
        bar.addSeparator()
        for a in (
            self.act_pause,
            self.act_resume,
            self.act_cancel,
            self.act_retry,
            self.act_remove,
            self.act_up,
            self.act_down,
        ):
            bar.addAction(a)
        bar.addSeparator()
        bar.addAction(self.act_settings)
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        # Where uploads go, always in sight (never folded into a toolbar overflow menu).
        where = QHBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where_label = QLabel("Uploading to", central)
        where_label.setStyleSheet("color: #4a5563;")
        where.addWidget(where_label)
        self.badge = EnvironmentBadge(central)
        where.addWidget(self.badge)
        change = QPushButton("Change…", central)
        change.setFlat(True)
        change.setCursor(Qt.CursorShape.PointingHandCursor)
        change.setStyleSheet("QPushButton { color: #1d4e89; padding: 2px 6px; }")
        change.clicked.connect(self.open_settings)
        where.addWidget(change)
        where.addStretch(1)
        layout.addLayout(where)
        self.session_banner = NoticeBar("warning", closable=True, parent=central)
        self.setup_banner = NoticeBar("info", closable=False, parent=central)
        self.setup_banner.action_clicked.connect(self.open_settings)
        self.store_notice = NoticeBar("warning", closable=True, parent=central)
        layout.addWidget(self.store_notice)
        self.skipped_notice = NoticeBar("warning", closable=True, parent=central)
        self.skipped_notice.action_clicked.connect(self.show_skipped)
        for bar in (self.session_banner, self.setup_banner, self.skipped_notice):
            layout.addWidget(bar)

        self.stack = QStackedWidget(central)
        self.drop_area = DropArea(self.stack)
        self.drop_area.add_files_requested.connect(self.choose_files)
        self.drop_area.add_folder_requested.connect(self.choose_folder)
        self.stack.addWidget(self.drop_area)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.table = QTableView(self.splitter)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in (
            (COL_SIZE, 80),
            (COL_STATE, 210),
            (COL_PROGRESS, 130),
            (COL_SPEED, 95),
            (COL_LEFT, 85),
        ):
            self.table.setColumnWidth(col, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setAcceptDrops(False)  # the window takes drops, wherever they land
        self.details = DetailsPanel(self.splitter)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([840, 330])
        self.stack.addWidget(self.splitter)
        self.table.setIconSize(THUMBNAIL_ICON)
        self.tabs = QTabWidget(central)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.stack, "Queue")
        self.history = HistoryView(self.tabs)
        self.tabs.addTab(self.history, "History")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for a in (self.act_add_files, self.act_add_folder):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        queue_menu = menu.addMenu("&Queue")
        for a in (self.act_pause_all, self.act_resume_all, self.act_retry_all, self.act_cancel_all):
            queue_menu.addAction(a)
        queue_menu.addSeparator()
        queue_menu.addAction(self.act_clear_done)
        self.queue_menu = queue_menu

    def _build_status(self) -> None:
        self.summary_label = QLabel(self)
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
        try:
            env = self._resolve(prefs.environment, prefs.custom_url)
        except ValueError as exc:
            self.environment = None
            self.manager.set_connection(None)
            self.badge.setText("No environment")
            self.setup_banner.show_message(MSG_BAD_ENVIRONMENT.format(why=exc), "Open settings")
            return
        self.environment = env
        self.badge.set_environment(env)
        connection = self._connection_for(env)
        self._show_saved_queue(env)
        self.manager.set_connection(connection)
        if connection.usable:
            self.setup_banner.hide()
        else:
            text = (
                MSG_NEEDS_KEY
                if env.kind is EnvironmentKind.PRODUCTION
                else MSG_NEEDS_KEY_ENV.format(env=env.place)
            )
            self.setup_banner.show_message(text, "Open settings")
        self._update_session_banner()

    def _show_saved_queue(self, env: Environment) -> None:
        """Show the files saved for ``env`` besides those already listed. Nothing leaves the
        list on a switch: each file keeps its environment, and those of another one say which
        they wait for. At start-up every environment's unfinished files are shown."""
        store = self.manager.store
        if store is None or env == self._loaded_environment:
            return
        first = self._loaded_environment is None
        self._loaded_environment = env
        if env.kind is EnvironmentKind.DEMO and not first:
            return  # the practice server starts empty each time: nothing saved for it
        try:
            records = store.unfinished() if first else resumable(store, env, include_paused=True)
        except Exception:
            log.exception("Could not read the saved upload list")
            return
        self.manager.load_records(records)

    def _connection_for(self, env: Environment) -> EnvironmentAccess:
        if env.kind is EnvironmentKind.DEMO:
            return EnvironmentAccess(env, api_key=DEMO_KEY)
        name = env.keyring_name
        if self.settings.uses_upload_token(name):
            return EnvironmentAccess(env, upload_token=self.secrets.get_upload_token(name))
        return EnvironmentAccess(env, api_key=self.secrets.get_api_key(name))

    def _update_session_banner(self) -> None:
        warning = self.secrets.warning
        env = self.environment
        # The local demo needs no key, so where keys are kept does not matter there.
        if warning and env is not None and env.kind is not EnvironmentKind.DEMO:
            self.session_banner.show_message(MSG_SESSION_ONLY)
            self.session_banner.setToolTip(warning)
        else:
            self.session_banner.hide()

    def open_settings(self) -> None:
        lock = MSG_ENV_LOCKED if self.manager.busy else ""
        dialog = SettingsDialog(
            self.prefs,
            self.secrets,
            self.settings,
            self._resolve,
            lock_environment=lock,
            keep_awake_note=(
                MSG_NO_BACKEND if self.keep_awake.description == MSG_NO_BACKEND else ""
            ),
            parent=self,
        )
        self.settings_dialog: SettingsDialog | None = dialog
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.result_prefs)
        self.settings_dialog = None

    # -- adding files --------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Add videos", "", VIDEO_FILTER)
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
        self.statusBar().showMessage(MSG_CHECKING.format(n=len(paths)))
        env = self.environment
        template = self.settings.template(env.keyring_name) if env else MetadataTemplate()
        tag = DropTag(env, template)
        manager = self.manager
        store = manager.store if manager.persisting else None
        persist = persist_for_drop(store, manager.connection, manager.options.chunk_size, tag)
        self.scanner.scan(paths, persist, drop=tag)

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
        )
        message = MSG_ADDED.format(videos=plural(len(added), "video")) if added else ""
        connection = self.manager.connection
        if added and connection is not None and connection.upload_token:
            message += " " + MSG_TOKEN_NO_CHECK
        self.statusBar().showMessage(message, 8000)
        if added and not self.table.selectionModel().hasSelection():
            self.table.selectRow(self.model.row_of(added[0].id))
        rejected = [(c.path, c.reason or "") for c in result.rejected]
        if rejected:
            self.last_skipped = rejected
            n = len(rejected)
            text = MSG_SKIPPED.format(files=plural(n, "file"), they="it" if n == 1 else "they")
            self.skipped_notice.show_message(text, "Show why")

    def show_skipped(self) -> None:
        lines = [f"{p.name}: {why}" for p, why in self.last_skipped[:200]]
        if len(self.last_skipped) > 200:
            lines.append(f"…and {len(self.last_skipped) - 200} more.")
        box = QMessageBox(self)
        box.setWindowTitle("Files skipped")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.skipped_notice.label.text())
        box.setInformativeText(
            "Only video files are added. Open the details to see why each file was left out."
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

    def _move(self, delta: int) -> None:
        ids = self.selected_ids()
        self.manager.move(ids, delta)
        selection = QItemSelection()
        for item_id in ids:
            row = self.model.row_of(item_id)
            selection.select(self.model.index(row, 0), self.model.index(row, COL_LEFT))
        self.table.selectionModel().select(
            selection, self.table.selectionModel().SelectionFlag.ClearAndSelect
        )
        self._update_actions()

    def _selection_changed(self) -> None:
        self.details.show_item(self.current_item())
        self._update_actions()

    def _update_actions(self) -> None:
        """Actions on the selection (usually a few rows, so this is cheap)."""
        items = self.selected_items()
        states = {i.state for i in items}
        self.act_pause.setEnabled(any(s.sending or s is ItemState.WAITING for s in states))
        self.act_resume.setEnabled(ItemState.PAUSED in states)
        self.act_cancel.setEnabled(any(_cancellable(s) for s in states))
        self.act_retry.setEnabled(any(s.retryable for s in states))
        self.act_remove.setEnabled(bool(items))
        self.act_move_here.setEnabled(any(_movable(i) for i in items))
        rows = [self.model.row_of(i.id) for i in items]
        self.act_up.setEnabled(bool(rows) and min(rows) > 0)
        self.act_down.setEnabled(bool(rows) and max(rows) < self.model.rowCount() - 1)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self.table)
        for a in (self.act_pause, self.act_resume, self.act_cancel, self.act_retry):
            menu.addAction(a)
        if self.act_move_here.isEnabled():
            self.act_move_here.setText(self._move_here_text())
            menu.addAction(self.act_move_here)
        menu.addSeparator()
        for a in (self.act_up, self.act_down):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.act_remove)
        current = self.current_item()
        if current is not None and current.links.player:
            menu.insertAction(menu.actions()[0], self.act_copy_link)
            menu.insertSeparator(menu.actions()[1])
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.context_menu = menu

    def _move_here_text(self) -> str:
        env = self.environment
        return f"Upload to {env.place} instead" if env is not None else "Upload here instead"

    def move_here(self) -> None:
        """Files queued for another environment go to the one in use: only when asked."""
        moved = self.manager.move_here(self.selected_ids())
        if moved and self.environment is not None:
            self.statusBar().showMessage(
                f"{plural(moved, 'file')} will upload to {self.environment.place}.", 8000
            )

    def copy_current_link(self) -> None:
        item = self.current_item()
        if item is not None and item.links.player:
            QGuiApplication.clipboard().setText(item.links.player)
            self.statusBar().showMessage("Link copied.", 4000)

    def cancel_all(self) -> None:
        if self.ask("Cancel every upload?", "Files that were partly sent must be uploaded again."):
            self.manager.cancel(self.manager.all_ids())

    # -- live refresh --------------------------------------------------------------------
    # The status line and the "all" actions need one pass over the whole queue; that pass runs
    # at most every CHROME_MS, however many events arrive, so a long queue never stalls.
    def _schedule_chrome(self) -> None:
        if not self._chrome_timer.isActive():
            self._chrome_timer.start()

    def _rows_changed(self) -> None:
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        self._update_actions()
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
        if item is not None:
            self.notifier.item_changed(item)
            if item.state in _WITH_THUMBNAIL and item.links.thumbnail and not item.thumbnail:
                self.thumbnails.fetch(item_id, item.links.thumbnail)
            if item.state.finished and self.tabs.currentIndex() == TAB_HISTORY:
                self.history.refresh()
        current = self.details.item
        if current is not None and current.id == item_id:
            self.details.update_state()
        row = self.model.row_of(item_id)
        if row >= 0 and self.table.selectionModel().isRowSelected(row, QModelIndex()):
            self._update_actions()
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
        sending = sum(n for s, n in counts.items() if s.sending)
        waiting = counts.get(ItemState.WAITING, 0)
        paused = counts.get(ItemState.PAUSED, 0)
        retryable = sum(n for s, n in counts.items() if s.retryable and s is not ItemState.SKIPPED)
        finished = sum(n for s, n in counts.items() if s.finished)
        unfinished = sum(counts.values()) - finished
        self.act_pause_all.setEnabled(bool(sending or waiting))
        self.act_resume_all.setEnabled(bool(paused))
        self.act_cancel_all.setEnabled(bool(unfinished))
        self.act_retry_all.setEnabled(bool(retryable))
        self.act_clear_done.setEnabled(bool(finished))
        parts = []
        for n, word in (
            (sending, "uploading"),
            (paused, "paused"),
            (waiting, "waiting"),
            (counts.get(ItemState.PROCESSING, 0), "processing"),
            (counts.get(ItemState.READY, 0) + counts.get(ItemState.UPLOADED, 0), "done"),
            (counts.get(ItemState.FAILED, 0), "failed"),
        ):
            if n:
                parts.append(f"{n} {word}")
        if summary.total_bytes:
            parts.append(f"{format_size(summary.done_bytes)} of {format_size(summary.total_bytes)}")
        if summary.speed > 0:
            parts.append(format_speed(summary.speed))
            left = (summary.total_bytes - summary.done_bytes) / summary.speed
            parts.append(f"about {format_duration(left)} left")
        self.summary_label.setText("  ·  ".join(parts))

    def _busy_changed(self, busy: bool) -> None:
        self._update_actions()
        if not busy:
            self.notifier.queue_idle(self.model.items)

    def _woke(self, seconds_asleep: float) -> None:
        """After sleep the network is usually back within seconds: uploads waiting out a long
        backoff try again now rather than up to half a minute later."""
        n = self.manager.nudge_waiting()
        log.info("The computer woke after about %.0f s", seconds_asleep)
        if n:
            uploads = plural(n, "waiting upload is", "waiting uploads are")
            self.statusBar().showMessage(MSG_WOKE.format(uploads=uploads), 8000)

    def _tab_changed(self, index: int) -> None:
        if index == TAB_HISTORY:
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

    @property
    def duplicate_box(self) -> QMessageBox | None:
        """The "already uploaded" question on screen, if any."""
        return self.duplicate_prompt.box

    @property
    def duplicate_buttons(self) -> dict[DuplicateChoice, QPushButton]:
        return self.duplicate_prompt.buttons

    # -- closing -------------------------------------------------------------------------
    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        n = self.uploading_count()
        text = MSG_CLOSE_TEXT_SAVED if self.manager.store is not None else MSG_CLOSE_TEXT
        uploads = plural(n, "upload has", "uploads have")
        if n and not self.ask(MSG_CLOSE_TITLE, text.format(uploads=uploads, app=APP_DISPLAY_NAME)):
            event.ignore()
            return
        self.scanner.shutdown()
        self.wake_watch.stop()
        self.manager.shutdown()
        self.keep_awake.close()
        self.thumbnails.shutdown()
        self.notifier.hide()
        event.accept()


def _movable(item: QueueItem) -> bool:
    """Queued for another environment and not started there."""
    return item.state is ItemState.ELSEWHERE and item.video_id is None


def _cancellable(state: ItemState) -> bool:
    """Processing happens on api.video once every byte is there: nothing is left to cancel."""
    return not state.finished and state is not ItemState.PROCESSING


def _open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))
