"""Icons that stay visible in a dark window: the style's black line icons (arrows, pause,
play, cancel) are redrawn in the palette's text colour; coloured icons are kept as they are."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap

#: The sizes an icon is redrawn at (the toolbar's, and twice it for high-density screens).
SIZES = (QSize(16, 16), QSize(32, 32))
#: An icon is "line art" when its visible pixels are this grey (HSV saturation, 0–255)…
MAX_SATURATION = 40
#: …and this dark (HSL lightness, 0–255) on average.
MAX_LIGHTNESS = 110


def is_dark_line_art(image: QImage) -> bool:
    """True for an icon drawn in black or dark grey only."""
    seen = saturation = lightness = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() < 128:
                continue
            seen += 1
            saturation += c.hsvSaturation()
            lightness += c.lightness()
    if seen == 0:
        return False
    return saturation / seen <= MAX_SATURATION and lightness / seen <= MAX_LIGHTNESS


def tinted(image: QImage, colour: QColor) -> QPixmap:
    """``image``'s shape (its alpha) filled with ``colour``."""
    out = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), colour)
    painter.end()
    return QPixmap.fromImage(out)


def readable_icon(icon: QIcon, palette: QPalette) -> QIcon:
    """``icon``, with dark line art redrawn in the text colour when the window is dark."""
    text = palette.color(QPalette.ColorRole.ButtonText)
    window = palette.color(QPalette.ColorRole.Window)
    if text.lightness() <= window.lightness():  # a light window: black icons read well
        return icon
    out = QIcon()
    for size in SIZES:
        image = icon.pixmap(size).toImage()
        if image.isNull() or not is_dark_line_art(image):
            return icon
        out.addPixmap(tinted(image, text))
    return out
