"""“Test connection”: asks the server, off the GUI thread, whether the credential works."""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, Signal

from uploader_gui.core.errors import UploadError
from uploader_gui.gui.background import Background
from uploader_gui.gui.engine_jobs import EnvironmentAccess
from uploader_gui.gui.environment_words import kind_label
from uploader_gui.gui.problem_words import reason_words
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate

log = logging.getLogger(__name__)

MSG_CONNECTED_KEY = QT_TRANSLATE_NOOP("ConnectionCheck", "Connected to %1: the API key works.")
MSG_CONNECTED_TOKEN = QT_TRANSLATE_NOOP(
    "ConnectionCheck", "Connected to %1: the upload token works."
)
MSG_NO_CREDENTIAL = QT_TRANSLATE_NOOP(
    "ConnectionCheck", "Enter an API key (or an upload token) first."
)
MSG_CHECK_FAILED = QT_TRANSLATE_NOOP(
    "ConnectionCheck", "The test could not run (%1). The details are in the log file."
)


def check(access: EnvironmentAccess) -> tuple[bool, str]:
    """Whether ``access`` works, as a sentence for the person who asked (blocking)."""
    try:
        with access.client() as client:
            client.check_connection()
    except UploadError as exc:
        return False, reason_words(exc.reason)
    except Exception as exc:  # a bug must end as a sentence, not a silent thread
        log.exception("The connection test failed unexpectedly")
        return False, fill(translate("ConnectionCheck", MSG_CHECK_FAILED), type(exc).__name__)
    template = MSG_CONNECTED_TOKEN if access.upload_token else MSG_CONNECTED_KEY
    return True, fill(translate("ConnectionCheck", template), kind_label(access.environment.kind))


class ConnectionChecker(QObject):
    """Signals:
    finished(ok, message): the answer, as a sentence for the person who asked.
    """

    finished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = Background(self, name="connection test")
        self.running = False

    def start(self, connection: EnvironmentAccess) -> None:
        if not connection.usable:
            self.finished.emit(False, translate("ConnectionCheck", MSG_NO_CREDENTIAL))
            return
        self.running = True
        self._work.run(partial(check, connection), self._done)

    def _done(self, answer: tuple[bool, str]) -> None:
        self.running = False
        self.finished.emit(*answer)
