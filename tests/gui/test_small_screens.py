"""The window on a 13" laptop at 150% (1024x640) and on an 800x560 screen: nothing overlaps or
is cut, file names keep their extension, the details go below the queue, every toolbar button
stays in sight (icons alone when their words do not fit), and the settings scroll instead of
running off screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QLayout,
    QScrollArea,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import resolver_for
from tests.gui.test_languages import speaking
from tests.gui.test_long_words import Stretched, cut, stretched  # noqa: F401  (a fixture)
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.video_links import VideoLinks
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.queue_layout import NARROW_WIDTH, NameDelegate, elide_keeping_extension
from uploader_gui.gui.queue_model import COL_NAME, COL_STATE
from uploader_gui.gui.settings_dialog import SettingsDialog
from uploader_gui.gui.state_column import StateColumnFit
from uploader_gui.gui.translations import shipped_languages

SMALL = [QSize(1024, 640), QSize(800, 560)]
NAMES = [
    "Day 1 – interview with the festival director about the programme, the guests and the "
    "city, full take from the second camera.mp4",
    "Kitchen tour 4K.mp4",
    "Cat vs. cardboard box – the director's cut, second camera.webm",
    "no extension at all, but a rather long name for a video file",
]


def laid_out(layout: QLayout) -> Iterator[QWidget]:
    """The widgets a layout places, through its nested layouts."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget() if item is not None else None
        inner = item.layout() if item is not None else None
        if widget is not None:
            yield widget
        elif inner is not None:
            yield from laid_out(inner)


def overlaps(root: QWidget) -> list[str]:
    """Visible widgets placed by the same layout that cover each other, or that stick out of
    the widget they are laid out in (a layout squeezed below its minimum does both)."""
    problems = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if not parent.isVisible() or layout is None:
            continue
        shown = [w for w in laid_out(layout) if w.isVisible()]
        for a, b in combinations(shown, 2):
            if a.geometry().intersects(b.geometry()):
                problems.append(f"{_name(a)} overlaps {_name(b)}")
        for w in shown:
            if not parent.rect().contains(w.geometry()):
                problems.append(f"{_name(w)} sticks out of {_name(parent)}")
    return problems


def _name(w: QWidget) -> str:
    text = getattr(w, "text", lambda: "")()
    return f"{type(w).__name__}({w.objectName() or text!s:.30})"


def fill_queue(window: MainWindow) -> list[QueueItem]:
    items = []
    for n, name in enumerate(NAMES):
        item = QueueItem(path=Path("/videos") / name, size=(n + 1) << 27)
        item.state = ItemState.READY if n == 0 else ItemState.WAITING
        items.append(item)
    items[0].links = VideoLinks(player="https://embed.api.video/vod/vi1", embed="<i>", hls="h")
    window.model.add(items)
    window.table.selectRow(0)
    return items


def shown_name(window: MainWindow, row: int) -> str:
    """The words the name column draws for ``row``, as the delegate cuts them."""
    delegate = window.table.itemDelegateForColumn(COL_NAME)
    assert isinstance(delegate, NameDelegate)
    index = window.model.index(row, COL_NAME)
    option = QStyleOptionViewItem()
    option.initFrom(window.table.viewport())
    option.rect = window.table.visualRect(index)
    option.widget = window.table
    delegate.initStyleOption(option, index)
    return str(option.text)


@pytest.fixture
def small_window(make_window: Callable[..., MainWindow]) -> Callable[[QSize], MainWindow]:
    def make(size: QSize) -> MainWindow:
        window = make_window(prefs=UploadPreferences(environment=EnvironmentKind.PRODUCTION))
        fill_queue(window)
        window.resize(size)
        return window

    return make


@pytest.mark.parametrize("size", SMALL, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_window_fits_without_overlap_or_cuts(
    size: QSize, small_window: Callable[[QSize], MainWindow], qtbot: QtBot
) -> None:
    window = small_window(size)
    qtbot.waitUntil(window.details.isVisible)
    assert window.size() == size, "the window cannot be made this small"
    assert overlaps(window) == []
    assert cut(window) == []
    assert window.splitter.orientation() is Qt.Orientation.Vertical
    # The details scroll within their part rather than squeezing the fields.
    assert window.details.height() >= window.details.minimumSizeHint().height()


@pytest.mark.parametrize("size", SMALL, ids=lambda s: f"{s.width()}x{s.height()}")
def test_names_keep_their_extension(
    size: QSize, small_window: Callable[[QSize], MainWindow]
) -> None:
    window = small_window(size)
    for row, name in enumerate(NAMES):
        text = shown_name(window, row)
        if "." in name[-6:]:
            assert text.endswith(name[name.rindex(".") :]), text
        if text != name:
            assert "…" in text
            assert text.split("…")[0] and name.startswith(text.split("…")[0])
    assert shown_name(window, 0) != NAMES[0]  # the long name was indeed cut


def hidden_in_overflow(window: MainWindow) -> list[str]:
    """The toolbar's actions a person cannot see: folded into the overflow arrow, or drawn
    past the toolbar's edge; and any shown without a name or a tooltip."""
    bar = window.toolbar
    problems = []
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():
        problems.append("the overflow arrow is shown")
    for action in bar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        button = bar.widgetForAction(action)
        if button is None or not button.isVisible():
            problems.append(f"{action.iconText()!r} is hidden")
        elif not bar.rect().contains(button.geometry()):
            problems.append(f"{action.iconText()!r} runs past the edge")
        elif not (button.accessibleName() and button.toolTip()):
            problems.append(f"{action.iconText()!r} has no name or tooltip")
    return problems


@pytest.mark.parametrize("size", SMALL, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_toolbar_action_stays_in_sight(
    size: QSize, small_window: Callable[[QSize], MainWindow]
) -> None:
    window = small_window(size)
    assert hidden_in_overflow(window) == []


@pytest.mark.parametrize("language", [*shipped_languages(), "stretched"])
def test_every_toolbar_action_stays_in_sight_in_each_language(
    language: str, qapp: QApplication, small_window: Callable[[QSize], MainWindow]
) -> None:
    """At 1024x640 (a 13" laptop at 150%), in every shipped language and in words 40% longer
    than English, no toolbar button is folded away: Settings last of all."""
    with speaking_or_stretched(qapp, language):
        window = small_window(QSize(1024, 640))
    actions = window.window_actions
    assert window.toolbar.actions()[-1] is actions.settings
    assert hidden_in_overflow(window) == []
    # The buttons looked for by name keep their words while there is room.
    for action in (actions.add_files, actions.add_folder, actions.settings):
        button = window.toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_a_wide_window_shows_the_toolbars_words(
    small_window: Callable[[QSize], MainWindow],
) -> None:
    window = small_window(QSize(1440, 800))
    assert window.toolbar.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    window.resize(QSize(500, 560))
    assert window.toolbar.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
    window.resize(QSize(1440, 800))
    assert window.toolbar.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextBesideIcon


@contextmanager
def speaking_or_stretched(qapp: QApplication, language: str) -> Iterator[None]:
    if language != "stretched":
        with speaking(qapp, language):
            yield
        return
    translator = Stretched()
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_wide_window_keeps_the_details_beside_the_queue(
    small_window: Callable[[QSize], MainWindow],
) -> None:
    window = small_window(QSize(NARROW_WIDTH + 200, 800))
    assert window.splitter.orientation() is Qt.Orientation.Horizontal
    window.resize(NARROW_WIDTH - 1, 800)
    assert window.splitter.orientation() is Qt.Orientation.Vertical
    window.resize(NARROW_WIDTH, 800)
    assert window.splitter.orientation() is Qt.Orientation.Horizontal


def test_the_settings_scroll_on_a_short_screen(
    qtbot: QtBot, app_settings: AppSettings, store: SecretStore
) -> None:
    dialog = SettingsDialog(UploadPreferences(), store, app_settings, resolver_for(None))
    qtbot.addWidget(dialog)
    dialog.show()
    screen = dialog.screen().availableGeometry()  # the offscreen screen: 800 px high
    assert dialog.height() <= screen.height()
    area = dialog.findChild(QScrollArea, "formScroll")
    assert area is not None and area.verticalScrollBar().maximum() > 0
    assert dialog.rect().contains(dialog.buttons.geometry())
    assert overlaps(dialog) == []
    assert cut(dialog) == []


@pytest.mark.parametrize("width", [60, 90, 140, 400])
def test_eliding_keeps_the_extension(width: int) -> None:
    metrics = QFontMetrics(QFont())
    name = "Day 1 – interview with the festival director.mp4"
    text = elide_keeping_extension(name, metrics, width)
    assert metrics.horizontalAdvance(text) <= width
    if width == 400:
        assert text == name
    else:
        assert text.endswith(".mp4") and "…" in text
        assert name.startswith(text[: text.index("…")])
        assert name.endswith(text[text.index("…") + 1 :])


def test_eliding_keeps_the_end_that_tells_takes_apart() -> None:
    metrics = QFontMetrics(QFont())
    names = [f"Interview with the director, full take from camera {n}.mp4" for n in (1, 2)]
    width = metrics.horizontalAdvance(names[0]) * 2 // 3
    shown = [elide_keeping_extension(name, metrics, width) for name in names]
    assert shown[0].endswith(" 1.mp4") and shown[1].endswith(" 2.mp4"), shown


def test_eliding_without_an_extension_cuts_in_the_middle() -> None:
    metrics = QFontMetrics(QFont())
    name = "a name without a dot in it at all"
    text = elide_keeping_extension(name, metrics, 80)
    assert "…" in text and metrics.horizontalAdvance(text) <= 80
    assert name.startswith(text[: text.index("…")]) and name.endswith(text[text.index("…") + 1 :])


@pytest.mark.parametrize("width", [1024, 1280])
def test_the_state_is_shown_whole_while_the_name_has_room(
    width: int, small_window: Callable[[QSize], MainWindow], qtbot: QtBot
) -> None:
    window = small_window(QSize(width, 640))
    items = window.model.items
    items[1].state = ItemState.PROCESSING
    items[1].detail = "encoding 1080p · 2 of 4 qualities"
    window.model.refresh_item(items[1].id)
    text = window.model.data(window.model.index(1, COL_STATE))
    metrics = QFontMetrics(window.table.font())
    needed = metrics.horizontalAdvance(text)
    qtbot.waitUntil(lambda: window.table.columnWidth(COL_STATE) >= needed + 8)
    assert window.table.columnWidth(COL_NAME) >= window.table.viewport().width() * 0.3 - 1


def test_a_state_column_dragged_by_hand_keeps_its_width(
    small_window: Callable[[QSize], MainWindow], qtbot: QtBot
) -> None:
    window = small_window(QSize(1024, 640))
    fit = window.findChild(StateColumnFit)
    assert fit is not None
    window.table.horizontalHeader().resizeSection(COL_STATE, 150)  # as a drag does
    items = window.model.items
    items[1].state = ItemState.PROCESSING
    items[1].detail = "encoding 1080p · 2 of 4 qualities"
    window.model.refresh_item(items[1].id)
    fit.fit()
    assert window.table.columnWidth(COL_STATE) == 150


@pytest.mark.usefixtures("stretched")
def test_a_longer_language_still_fits_a_small_laptop(
    small_window: Callable[[QSize], MainWindow], qtbot: QtBot
) -> None:
    """Words 40% longer than English (see ``test_long_words``) at 1024x640."""
    window = small_window(QSize(1024, 640))
    assert "·" in window.change_button.text()
    qtbot.waitUntil(window.details.isVisible)
    assert window.size() == QSize(1024, 640)
    assert overlaps(window) == []
    assert cut(window) == []
