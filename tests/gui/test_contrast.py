"""Every text of the window reads at WCAG AA (4.5:1) in the light and the dark scheme, measured
on offscreen renders: the drop area, the banners, the queue with a row in each state, the
details panel, the settings and the history."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import resolver_for
from tests.gui.contrast import AA, low, measure_area, measure_cells, measure_widgets, ratio
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.video_links import VideoLinks
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.notice_bar import NoticeBar
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.queue_model import COL_NAME, COL_SIZE, COL_STATE
from uploader_gui.gui.settings_dialog import SettingsDialog
from uploader_gui.gui.theme import Appearance, set_tone, theme
from uploader_gui.gui.theme_colours import Scheme, Tone

SCHEMES = [Appearance.LIGHT, Appearance.DARK]


@pytest.fixture(autouse=True)
def _back_to_the_system(qapp: QApplication) -> Iterator[None]:
    yield
    theme().set_appearance(Appearance.SYSTEM)


def prefs(appearance: Appearance) -> UploadPreferences:
    return UploadPreferences(environment=EnvironmentKind.PRODUCTION, appearance=appearance)


def queue_of_every_state(window: MainWindow) -> list[QueueItem]:
    items = []
    for n, state in enumerate(ItemState):
        item = QueueItem(path=Path(f"/videos/Day {n} – interview.mp4"), size=(n + 1) << 20)
        item.state = state
        items.append(item)
    window.model.add(items)
    return items


@pytest.mark.parametrize("appearance", SCHEMES, ids=lambda a: a.value)
def test_the_empty_window_reads_well(
    appearance: Appearance, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(prefs=prefs(appearance))
    window.resize(1100, 700)
    window.store_notice.show_message("The upload list was repaired.")
    window.skipped_notice.show_message("2 files were skipped.", "Show")
    assert window.drop_area.isVisible()
    measures = measure_widgets(window)
    assert {"'Drop videos here'", "'Uploading to'", "'Change…'"} <= {
        m.what.split(" ", 1)[1] for m in measures
    }
    assert low(measures) == []


@pytest.mark.parametrize("appearance", SCHEMES, ids=lambda a: a.value)
def test_rows_in_every_state_and_the_details_read_well(
    appearance: Appearance, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(prefs=prefs(appearance))
    window.resize(1300, 900)
    items = queue_of_every_state(window)
    ready = next(i for i in items if i.state is ItemState.READY)
    ready.links = VideoLinks(player="https://embed.api.video/vod/vi1", embed="<iframe>", hls="h")
    window.table.selectRow(window.model.row_of(ready.id))
    qtbot.waitUntil(window.details.isVisible)
    cells = measure_cells(window, window.table, [COL_NAME, COL_SIZE, COL_STATE])
    assert len(cells) == 3 * len(ItemState)
    assert any("(selected)" in m.what for m in cells)
    assert low(cells) == []
    assert low(measure_widgets(window.details)) == []


@pytest.mark.parametrize("appearance", SCHEMES, ids=lambda a: a.value)
def test_the_settings_read_well(
    appearance: Appearance,
    qtbot: QtBot,
    app_settings: AppSettings,
    store: SecretStore,
) -> None:
    theme().set_appearance(appearance)
    dialog = SettingsDialog(prefs(appearance), store, app_settings, resolver_for(None))
    qtbot.addWidget(dialog)
    dialog.resize(640, 1400)  # the whole form, no scrolling
    dialog.show()
    dialog._tested(False, "The key was refused.")
    assert low(measure_widgets(dialog)) == []
    dialog._tested(True, "Connected.")
    assert low(measure_widgets(dialog)) == []


@pytest.mark.parametrize("appearance", SCHEMES, ids=lambda a: a.value)
def test_every_notice_and_tone_reads_well(appearance: Appearance, qtbot: QtBot) -> None:
    theme().set_appearance(appearance)
    page = QWidget()
    qtbot.addWidget(page)
    page.setAutoFillBackground(True)
    page.resize(500, 400)
    y = 0
    for kind in ("info", "warning", "error"):
        bar = NoticeBar(kind, parent=page)
        bar.show_message(f"A {kind} notice.", "Act")
        bar.setGeometry(0, y, 500, 40)
        y += 50
    for tone in Tone:
        label = QLabel(f"Said in the {tone.value} tone", page)
        set_tone(label, tone)
        label.setGeometry(0, y, 400, 24)
        y += 30
    page.show()
    measures = measure_widgets(page)
    assert len(measures) >= 3 * 2 + len(Tone)
    assert low(measures) == []


def test_the_dark_scheme_is_dark_and_the_system_one_follows_the_setting(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(prefs=prefs(Appearance.DARK))
    assert theme().scheme is Scheme.DARK
    assert window.palette().color(window.backgroundRole()).lightness() < 80
    window.apply_preferences(prefs(Appearance.LIGHT))
    assert theme().scheme is Scheme.LIGHT
    assert window.palette().color(window.backgroundRole()).lightness() > 200


# -- the measure itself can fail --------------------------------------------------------------


def _text_on(back: str, fore: str) -> QImage:
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(back))
    painter = QPainter(image)
    painter.setPen(QColor(fore))
    painter.drawText(QRect(4, 4, 190, 30), 0, "Ready to watch")
    painter.end()
    return image


def test_the_measure_finds_low_contrast() -> None:
    # The measure of the old green on a dark row: 2.5:1.
    faint = measure_area(_text_on("#2b2b2b", "#1e7a46"), QRect(0, 0, 200, 40), "old", QColor())
    assert faint is not None
    assert faint.seen < 3.0
    assert low([faint]) != []
    clear = measure_area(_text_on("#ffffff", "#1b6e3f"), QRect(0, 0, 200, 40), "new", QColor())
    assert clear is not None
    assert clear.seen == pytest.approx(ratio(QColor("#ffffff"), QColor("#1b6e3f")), rel=0.02)


def test_a_faint_label_in_the_window_is_caught(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(prefs=prefs(Appearance.DARK))
    faint = QLabel("Hard to read", window.centralWidget())
    faint.setStyleSheet("color: #3a3f46;")
    faint.setGeometry(400, 60, 200, 24)
    faint.show()
    problems = low(measure_widgets(window))
    assert len(problems) == 1 and "'Hard to read'" in problems[0]


def test_ratio_matches_wcag() -> None:
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert AA == 4.5
