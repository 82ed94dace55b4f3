"""Where the app writes its log, and what happens to an error nobody expected.

The log rotates in the platform's log folder and never contains a key or token (a redacting
filter sits on every handler). An unexpected exception, on any thread, is logged and then shown
as a readable dialog; the window keeps running instead of vanishing.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from uploader_gui import APP_NAME
from uploader_gui.core.log_file import QuietRotatingFileHandler
from uploader_gui.core.secrets import RedactingFilter
from uploader_gui.gui.shown_text import shown
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate

LOG_FILE_NAME = f"{APP_NAME}.log"
LOG_MAX_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5
MSG_CRASH_TITLE = QT_TRANSLATE_NOOP("CrashReporter", "Something went wrong")
MSG_CRASH_TEXT = QT_TRANSLATE_NOOP(
    "CrashReporter",
    "The app ran into a problem it did not expect. Uploads that were running carry on if they "
    "can. If this keeps happening, please send the log file:\n%1",
)
_NOISY = ("urllib3", "aiohttp.access", "asyncio", "keyring")

log = logging.getLogger(__name__)


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Log to a rotating file in ``folder`` (the platform log dir by default); return its path."""
    folder = folder if folder is not None else log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    # A disk that refuses the log later stops the log, never prints tracebacks.
    handler = QuietRotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file instead of the terminal only."""
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


class CrashReporter(QObject):
    """Catches exceptions nobody handled (main thread or others) and shows them on the GUI
    thread.

    Signals:
        crashed(summary, details): emitted from any thread; shown by the GUI thread.
    """

    crashed = Signal(str, str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.window: QWidget | None = None
        #: Replaced in tests, to record instead of opening a dialog.
        self.show: Callable[[str, str], None] = self._show_dialog
        self.crashed.connect(self._crashed)
        self._redact = RedactingFilter()

    def _crashed(self, summary: str, details: str) -> None:
        self.show(summary, details)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def _excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        self.report(kind, value, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def report(
        self,
        kind: type[BaseException],
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        log.critical("Unexpected error", exc_info=(kind, value or kind(), tb))
        details = "".join(traceback.format_exception(kind, value, tb))
        record = logging.LogRecord("crash", logging.ERROR, "", 0, details, None, None)
        self._redact.filter(record)
        summary = f"{kind.__name__}: {value}" if value is not None and str(value) else kind.__name__
        record_summary = logging.LogRecord("crash", logging.ERROR, "", 0, summary, None, None)
        self._redact.filter(record_summary)
        self.crashed.emit(record_summary.getMessage(), record.getMessage())

    def _show_dialog(self, summary: str, details: str) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("CrashReporter", MSG_CRASH_TITLE))
        # The error's words may quote a file name or a server's answer: shown as they are.
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            fill(
                translate("CrashReporter", MSG_CRASH_TEXT),
                str(self.log_path or translate("CrashReporter", "(no log file)")),
            )
        )
        box.setInformativeText(shown(summary))
        box.setDetailedText(details)
        box.open()
        self._box = box
