"""A pseudo-language 40% longer than English (every text of the window stretched, placeholders
kept): no button, check box or one-line label is cut, so a real translation has room."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import resolver_for
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.video_links import VideoLinks
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.details_panel import DetailsPanel
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.settings_dialog import SettingsDialog

#: How much longer the pseudo-language is than English.
STRETCH = 0.4
#: Placeholders, markup and accelerators, kept as they are.
_KEPT = re.compile(r"(%[1-9n]|\{[a-z_]+\}|<[^>]*>|&)")
#: The details panel's width when the window opens (see ``MainWindow._build_central``).
PANEL_WIDTH = 330


class Stretched(QTranslator):
    """Every text 40% longer: dots in the middle of each run of words."""

    def translate(
        self, context: str, source: str, disambiguation: Any = None, n: int = -1
    ) -> str | None:
        out = []
        for part in _KEPT.split(source):
            if not part or _KEPT.fullmatch(part):
                out.append(part)
                continue
            half = len(part) // 2
            out.append(part[:half] + "·" * round(len(part) * STRETCH) + part[half:])
        return "".join(out)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def stretched(qapp: Any) -> Iterator[None]:
    translator = Stretched()
    assert QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def cut(root: QWidget) -> list[str]:
    """Visible buttons, check boxes and one-line labels narrower than their words."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text():
                continue
        elif not isinstance(widget, QPushButton | QCheckBox) or not widget.text():
            continue
        need, have = widget.sizeHint().width(), widget.width()
        if need > have + 1:
            problems.append(f"{type(widget).__name__} {widget.text()!r}: {need} > {have}")
    return problems


def test_the_window_has_room(stretched: None, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.resize(1296, 765)
    assert cut(window) == []


def test_the_details_panel_has_room(stretched: None, qtbot: QtBot) -> None:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    item = QueueItem(path=Path("/videos/Lecture 07 – thermodynamics.mp4"), size=10, started=True)
    item.state = ItemState.READY
    item.links = VideoLinks(player="https://embed.api.video/vod/vi1", embed="<iframe>", hls="h")
    panel.show_item(item)
    panel.resize(PANEL_WIDTH, 700)
    panel.show()
    assert cut(panel) == []


def test_the_settings_have_room(
    stretched: None, qtbot: QtBot, app_settings: AppSettings, store: SecretStore
) -> None:
    dialog = SettingsDialog(UploadPreferences(), store, app_settings, resolver_for(None))
    qtbot.addWidget(dialog)
    dialog.show()
    assert cut(dialog) == []
