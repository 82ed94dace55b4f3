"""The app's icon, found wherever the app runs from: a frozen bundle, a source checkout, or an
installed package."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_NAME = "uploader-gui"


def icon_candidates() -> list[Path]:
    here = Path(__file__).resolve()
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources" / "icons")
    roots.append(here.parents[2] / "resources" / "icons")  # source checkout
    roots.append(here.parents[1] / "resources")  # installed package data
    return [root / f"{ICON_NAME}.{ext}" for root in roots for ext in ("svg", "png")]


def app_icon() -> QIcon:
    """The icon from the first file that exists, else the desktop theme's, else none."""
    for path in icon_candidates():
        if path.is_file():
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    return QIcon.fromTheme(ICON_NAME)
