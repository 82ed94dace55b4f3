"""A first start without a key: the window says what waits for the key, and offers to try the
app on the built-in practice server, clearly marked as the demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.conftest import Harness
from tests.gui.test_upload_flow import WAIT_MS, drop, state_of
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator
from uploader_gui.gui.app_settings import UploadPreferences
from uploader_gui.gui.queue_item import ItemState
from uploader_gui.gui.queue_model import COL_STATE
from uploader_gui.gui.settings_dialog import DEMO_KEY


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[Emulator]:
    """The practice server as the app runs it: the demo's own key."""
    with Emulator(tmp_path / "demo", (DEMO_KEY,), encoding_delay=0.5) as emulator:
        yield emulator


def test_without_a_key_rows_say_so_and_the_demo_can_be_tried(
    harness: Harness, demo_server: Emulator
) -> None:
    h = harness
    window = h.make_window(demo_server, prefs=UploadPreferences(EnvironmentKind.PRODUCTION))
    banner = window.setup_banner
    assert banner.isVisible() and "API key" in banner.label.text()
    assert banner.button.text() == "Add your API key" and banner.button.isVisible()
    assert banner.extra_button.text() == "Try it with no account"
    assert banner.extra_button.isVisible()

    drop(window, h.video_file("Waits.mp4", 1 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    waiting = window.model.item(0)
    assert waiting.state is ItemState.WAITING
    cell = window.model.index(0, COL_STATE).data()
    assert cell == "Waiting for your API key (add it in Settings)"

    banner.extra_button.click()
    env = window.environment
    assert env is not None and env.kind is EnvironmentKind.DEMO
    assert env.base_url == demo_server.base_url
    assert window.badge.text() == "Local demo · nothing leaves this computer"
    assert banner.isVisible() and banner.label.text().startswith("This is the demo:")
    assert not banner.extra_button.isVisible()
    # The person's own settings still say Production: the demo is for this run only.
    assert window.settings.load().environment is EnvironmentKind.PRODUCTION
    # The file dropped for Production waits for it; a file dropped now goes to the demo.
    assert state_of(waiting) is ItemState.ELSEWHERE
    drop(window, h.video_file("Try.mp4", 2 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    tried = window.model.item(1)
    h.qtbot.waitUntil(lambda: tried.state is ItemState.READY, timeout=WAIT_MS)
    assert [v["title"] for v in demo_server.videos()] == ["Try"]


def test_a_key_given_later_starts_the_waiting_files_and_the_words_go(harness: Harness) -> None:
    h = harness
    window = h.make_window(h.emulator, prefs=h.prefs)  # the emulator as a Custom URL, no key
    drop(window, h.video_file("Later.mp4", 1 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    assert item.state_text() == "Waiting for your API key (add it in Settings)"
    h.store.set_api_key(f"custom:{h.emulator.base_url}", "test-key")
    window.apply_preferences(h.prefs)
    assert not window.setup_banner.isVisible()
    h.qtbot.waitUntil(lambda: item.state is ItemState.READY, timeout=WAIT_MS)
    assert not item.needs_key
