"""The window's status bar, whose passing messages end in "…" where they meet the queue's summary.

Qt's status bar draws a passing message (a row's new state, "Link copied.") in whatever room the
permanent summary leaves and cuts it there, mid-letter and touching the summary's first word:
"clip.mp4: Envoi en cou2 en cours d'envoi". Here the message is shortened with an ellipsis and
kept a gap away from the summary; the whole message stays in :meth:`currentMessage` (and is
spoken by screen readers as before).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QWidget

#: Room kept between a passing message and the summary, in pixels.
GAP = 12
#: The message's left margin, in pixels.
MARGIN = 6


class StatusLine(QStatusBar):
    """A status bar that shortens a passing message to the room it has."""

    def message_rect(self) -> QRect:
        """Where a passing message goes: from the left margin to a gap before the first
        visible permanent widget (the summary)."""
        right = self.width() - MARGIN
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible() and not isinstance(child, QSizeGrip):
                right = min(right, child.geometry().left() - GAP)
        return QRect(MARGIN, 0, max(0, right - MARGIN), self.height())

    def shown_message(self) -> str:
        """The passing message as drawn: whole, or shortened with "…" to its room."""
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, self.message_rect().width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        try:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(
                self.message_rect(),
                int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
                self.shown_message(),
            )
        finally:
            painter.end()
