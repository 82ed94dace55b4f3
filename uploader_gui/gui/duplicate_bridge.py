"""Carries "this file was uploaded before: what now?" from an upload thread to the window and
the answer back.

The upload thread waits (checking for cancel) while the question is on screen; the window never
waits for the thread. A question nobody answers ends with the upload cancelled, not hung.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from uploader_gui.core.duplicates import PreviousUpload
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.gui.engine_jobs import AskDuplicate, DuplicateChoice

#: How often a waiting upload thread looks whether it was cancelled (seconds).
_POLL = 0.1


class _Answer:
    def __init__(self) -> None:
        self._event = threading.Event()
        self.choice = DuplicateChoice.SKIP

    def give(self, choice: DuplicateChoice) -> None:
        if not self._event.is_set():
            self.choice = choice
            self._event.set()

    def wait(self, control: UploadControl) -> DuplicateChoice:
        while not self._event.wait(_POLL):
            if control.cancelled:
                return DuplicateChoice.SKIP
        return self.choice


class DuplicateBridge(QObject):
    """Signals:
    asked(item_id, PreviousUpload, reply): on the GUI thread; call ``reply(choice)`` once.
    """

    asked = Signal(int, object, object)

    def asker(self, item_id: int) -> AskDuplicate:
        """The blocking question for the upload thread of ``item_id``."""

        def ask(previous: PreviousUpload, control: UploadControl) -> DuplicateChoice:
            answer = _Answer()
            reply: Callable[[DuplicateChoice], None] = answer.give
            self.asked.emit(item_id, previous, reply)
            return answer.wait(control)

        return ask
