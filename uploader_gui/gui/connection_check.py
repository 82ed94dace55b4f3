"""“Test connection”: asks the server, off the GUI thread, whether the credential works."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from uploader_gui.core.errors import UploadError
from uploader_gui.gui.engine_jobs import EnvironmentAccess

log = logging.getLogger(__name__)

MSG_CONNECTED_KEY = "Connected to {env}: the API key works."
MSG_CONNECTED_TOKEN = "Connected to {env}: the upload token works."
MSG_NO_CREDENTIAL = "Enter an API key (or an upload token) first."
MSG_CHECK_FAILED = "The test could not run ({kind}). The details are in the log file."


class _Signals(QObject):
    done = Signal(bool, str)


class _Check(QRunnable):
    def __init__(self, connection: EnvironmentAccess, signals: _Signals) -> None:
        super().__init__()
        self._connection = connection
        self._signals = signals

    def run(self) -> None:
        conn = self._connection
        try:
            client = conn.client()
            try:
                client.check_connection()
            finally:
                client.close()
        except UploadError as exc:
            self._signals.done.emit(False, str(exc))
        except Exception as exc:  # a bug must end as a sentence, not a silent thread
            log.exception("EnvironmentAccess test failed unexpectedly")
            self._signals.done.emit(False, MSG_CHECK_FAILED.format(kind=type(exc).__name__))
        else:
            template = MSG_CONNECTED_TOKEN if conn.upload_token else MSG_CONNECTED_KEY
            self._signals.done.emit(True, template.format(env=conn.environment.label))


class ConnectionChecker(QObject):
    """Signals:
    finished(ok, message): the answer, as a sentence for the person who asked.
    """

    finished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self.running = False

    def start(self, connection: EnvironmentAccess) -> None:
        if not connection.usable:
            self.finished.emit(False, MSG_NO_CREDENTIAL)
            return
        self.running = True
        QThreadPool.globalInstance().start(_Check(connection, self._signals))

    def _done(self, ok: bool, message: str) -> None:
        self.running = False
        self.finished.emit(ok, message)
