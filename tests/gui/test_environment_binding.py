"""Each queued file goes to the environment it was added for, and only there.

Two real emulators stand for two environments (two custom servers, A with a key and B without):
a file queued for B must never reach A, whatever the creator switches meanwhile, and it must stay
in the list, saying what it waits for, until B can take it or the creator moves it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.gui.conftest import TEST_KEY, Harness
from tests.gui.test_upload_flow import WAIT_MS, drop, state_of
from uploader_gui.core.limits import MIB
from uploader_gui.core.store import UploadStore
from uploader_gui.emulator import Emulator
from uploader_gui.gui.app_settings import UploadPreferences
from uploader_gui.gui.history_view import environment_words
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.queue_item import ItemState, QueueItem


@pytest.fixture
def server_b(tmp_path: Path) -> Iterator[Emulator]:
    with Emulator(tmp_path / "server-b", (TEST_KEY,), encoding_delay=0.2) as emu:
        yield emu


def use(window: MainWindow, prefs: UploadPreferences, server: Emulator) -> None:
    """What choosing another custom server in the settings does."""
    prefs.custom_url = server.base_url
    window.apply_preferences(prefs)


@dataclass
class QueuedForB:
    window: MainWindow
    store: UploadStore
    prefs: UploadPreferences
    item: QueueItem
    path: Path


def queue_for_b(h: Harness, server_b: Emulator, tmp_path: Path, name: str) -> QueuedForB:
    """A window on server B (which has no key yet; A has one), with ``name`` dropped there."""
    h.store.set_api_key(f"custom:{h.emulator.base_url}", TEST_KEY)
    store = UploadStore(tmp_path / "uploads.sqlite3")
    prefs = h.prefs
    prefs.custom_url = server_b.base_url
    window = h.make_window(h.emulator, prefs=prefs, upload_store=store)
    path = h.video_file(name, 6 * MIB)
    drop(window, path)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    return QueuedForB(window, store, prefs, window.model.item(0), path)


def test_a_file_queued_for_one_server_never_goes_to_another(
    harness: Harness, server_b: Emulator, tmp_path: Path
) -> None:
    h, server_a = harness, harness.emulator
    queued = queue_for_b(h, server_b, tmp_path, "for B.mp4")
    window, store, prefs, item_b, for_b = (
        queued.window,
        queued.store,
        queued.prefs,
        queued.item,
        queued.path,
    )
    assert item_b.state is ItemState.WAITING  # B has no key: it waits, in its own queue
    saved_b = item_b.store_id
    assert saved_b is not None

    use(window, prefs, server_a)
    assert state_of(item_b) is ItemState.ELSEWHERE
    assert item_b.state_text() == f"Waits for Custom URL ({server_b.base_url[7:]})"
    assert window.model.rowCount() == 1  # still listed, not hidden
    # A file for A goes up while B's waits: the queue ran, and still left B's file alone.
    for_a = h.video_file("for A.mp4", 6 * MIB)
    drop(window, for_a)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    item_a = window.model.item(1)
    h.qtbot.waitUntil(lambda: state_of(item_a).finished, timeout=WAIT_MS)
    assert item_a.state is ItemState.READY, item_a.state_text()
    assert [v["title"] for v in server_a.videos()] == ["for A"]
    assert state_of(item_b) is ItemState.ELSEWHERE and item_b.video_id is None
    record = store.get(saved_b)
    assert (record.environment, record.base_url) == (
        f"custom:{server_b.base_url}",
        server_b.base_url,
    )

    use(window, prefs, server_b)  # back to B, still without a key: nothing moves anywhere
    assert state_of(item_b) is ItemState.WAITING
    assert state_of(item_a) is ItemState.READY  # A's finished file stays listed
    assert window.setup_banner.isVisible()  # it asks for B's key
    assert server_b.base_url[7:] in window.setup_banner.label.text()
    assert server_b.videos() == [] and len(server_a.videos()) == 1

    h.store.set_api_key(f"custom:{server_b.base_url}", TEST_KEY)
    window.apply_preferences(prefs)  # the key is added in the settings
    h.qtbot.waitUntil(lambda: state_of(item_b).finished, timeout=WAIT_MS)
    assert state_of(item_b) is ItemState.READY, item_b.state_text()
    assert [v["title"] for v in server_b.videos()] == ["for B"]
    source = server_b.source_path(server_b.videos()[0]["videoId"])
    assert source is not None and source.read_bytes() == for_b.read_bytes()
    assert len(server_a.videos()) == 1
    history = {r.name: environment_words(r) for r in store.history()}
    assert history["for B.mp4"] == f"Custom URL ({server_b.base_url[7:]})"
    assert history["for A.mp4"] == f"Custom URL ({server_a.base_url[7:]})"
    store.close()


def test_a_waiting_file_moves_only_when_asked(
    harness: Harness, server_b: Emulator, tmp_path: Path
) -> None:
    h, server_a = harness, harness.emulator
    queued = queue_for_b(h, server_b, tmp_path, "moved.mp4")
    window, store, prefs, item = queued.window, queued.store, queued.prefs, queued.item
    use(window, prefs, server_a)
    assert state_of(item) is ItemState.ELSEWHERE
    window.table.selectRow(0)
    assert window.act_move_here.isEnabled()
    window.move_here()
    h.qtbot.waitUntil(lambda: state_of(item).finished, timeout=WAIT_MS)
    assert item.state is ItemState.READY, item.state_text()
    assert [v["title"] for v in server_a.videos()] == ["moved"]
    assert server_b.videos() == []
    (record,) = store.history()
    assert record.base_url == server_a.base_url
    store.close()
