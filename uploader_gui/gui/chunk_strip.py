"""A strip with one segment per chunk of the selected file, so a person sees which parts are
done, which are moving, and which had to be sent again.

Painted directly (no child widgets): a 30 GiB file in 5 MiB chunks has 6,000 segments, and when
there are more segments than pixels each pixel column shows its most telling state.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from uploader_gui.gui.queue_item import StripState
from uploader_gui.gui.theme import colours
from uploader_gui.gui.translations import Counted, translate
from uploader_gui.gui.translations import fill as fill_in

#: Which state wins when several chunks share one pixel column.
_PRIORITY = {
    StripState.FAILED: 4,
    StripState.RETRYING: 3,
    StripState.SENDING: 2,
    StripState.WAITING: 1,
    StripState.DONE: 0,
}
_GAP_MIN_WIDTH = 6.0


def strip_colour(state: int) -> QColor:
    """A part's colour in the scheme shown now."""
    strip = colours().strip
    return QColor(strip.get(state, strip[StripState.WAITING]))


class ChunkStrip(QWidget):
    """Shows ``set_chunks(states, fills, sizes)``; segment widths follow chunk sizes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._states = b""
        self._fills: list[float] = []
        self._sizes: list[int] = []
        self._paused = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(18)
        self.setAccessibleName(translate("ChunkStrip", "Progress of each part"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 22)

    def set_chunks(
        self, states: bytes, fills: list[float], sizes: list[int], *, paused: bool = False
    ) -> None:
        """``paused``: the file is paused, so parts caught mid-way are not said to be sending
        (they wait where they stopped)."""
        if (states, fills, sizes, paused) == (self._states, self._fills, self._sizes, self._paused):
            return
        self._states, self._fills, self._sizes = states, fills, sizes
        self._paused = paused
        summary = self.summary()
        self.setToolTip(summary)
        # A screen reader cannot see the colours: the same words are the strip's description.
        self.setAccessibleDescription(summary)
        self.update()

    def clear(self) -> None:
        self.set_chunks(b"", [], [])

    def counts(self) -> dict[int, int]:
        out = {s: 0 for s in _PRIORITY}
        for s in self._states:
            out[s] = out.get(s, 0) + 1
        return out

    def summary(self) -> str:
        n = len(self._states)
        if not n:
            return ""
        c = self.counts()
        done, sending = c[StripState.DONE], c[StripState.SENDING]
        again, failed = c[StripState.RETRYING], c[StripState.FAILED]
        parts = [fill_in(Counted.tr("%1 of %n part(s) sent", "ChunkStrip", n), str(done))]
        if sending and not self._paused:
            parts.append(Counted.tr("%n sending", "ChunkStrip", sending))
        if c[StripState.RETRYING]:
            parts.append(Counted.tr("%n to send again", "ChunkStrip", again))
        if c[StripState.FAILED]:
            parts.append(Counted.tr("%n failed", "ChunkStrip", failed))
        return translate("ChunkStrip", ", ").join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        scheme = colours()
        p.setPen(QPen(QColor(scheme.strip_border), 1))
        p.setBrush(QColor(scheme.strip[StripState.WAITING]))
        p.drawRoundedRect(rect, 3, 3)
        total = sum(self._sizes)
        if not self._states or total <= 0:
            return
        inner = rect.adjusted(1.5, 1.5, -1.5, -1.5)
        width = inner.width()
        n = len(self._states)
        p.setPen(Qt.PenStyle.NoPen)
        if width / n >= _GAP_MIN_WIDTH / 2:
            self._paint_segments(p, inner, total)
        else:
            self._paint_columns(p, inner, total)

    def _paint_segments(self, p: QPainter, inner: QRectF, total: int) -> None:
        gap = 1.0 if inner.width() / len(self._states) >= _GAP_MIN_WIDTH else 0.0
        x = inner.left()
        for state, fill, size in zip(self._states, self._fills, self._sizes, strict=True):
            w = inner.width() * size / total
            seg = QRectF(x, inner.top(), max(0.0, w - gap), inner.height())
            if state == StripState.SENDING:
                p.fillRect(seg, QColor(colours().strip_sending_back))
                done = QRectF(seg.left(), seg.top(), seg.width() * min(1.0, fill), seg.height())
                p.fillRect(done, strip_colour(StripState.SENDING))
            else:
                p.fillRect(seg, strip_colour(state))
            x += w

    def _paint_columns(self, p: QPainter, inner: QRectF, total: int) -> None:
        columns = max(1, int(inner.width()))
        best = [-1] * columns
        offset = 0
        for state, size in zip(self._states, self._sizes, strict=True):
            first = int(columns * offset / total)
            offset += size
            last = max(first, int(columns * offset / total) - 1)
            for col in range(first, min(last, columns - 1) + 1):
                if best[col] < 0 or _PRIORITY[state] > _PRIORITY[best[col]]:
                    best[col] = state
        start = 0
        for col in range(1, columns + 1):
            if col == columns or best[col] != best[start]:
                colour = strip_colour(best[start])
                p.fillRect(
                    QRectF(inner.left() + start, inner.top(), col - start, inner.height()), colour
                )
                start = col
