"""The window's "Limit upload speed": one cap for every upload, changeable while they run, and
the upload defaults taken from the engine's limits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.gui.conftest import Harness, resolver_for
from tests.gui.test_upload_flow import WAIT_MS, drop
from uploader_gui.core.chunk_body import BLOCK_SIZE
from uploader_gui.core.limits import DEFAULT_CHUNK_SIZE, DEFAULT_PARALLEL_CHUNKS, MIB
from uploader_gui.core.store import UploadStore
from uploader_gui.gui.app_settings import SPEED_UNIT, AppSettings, UploadPreferences
from uploader_gui.gui.queue_item import ItemState
from uploader_gui.gui.settings_dialog import SettingsDialog


def test_defaults_come_from_the_engine_limits(tmp_path: Path) -> None:
    fresh = AppSettings(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    prefs = fresh.load()
    assert prefs.chunk_size == DEFAULT_CHUNK_SIZE == UploadPreferences().chunk_size
    assert prefs.speed_limit is None


def test_speed_limit_is_saved_and_read_back(app_settings: AppSettings) -> None:
    app_settings.save(UploadPreferences(speed_limit=2.5 * SPEED_UNIT))
    assert app_settings.load().speed_limit == pytest.approx(2.5 * SPEED_UNIT)
    app_settings.save(UploadPreferences(speed_limit=None))
    assert app_settings.load().speed_limit is None


def test_the_setting_reaches_the_shared_limiter_of_running_uploads(
    harness: Harness, tmp_path: Path
) -> None:
    h = harness
    window = h.window(upload_store=UploadStore(tmp_path / "uploads.sqlite3"))
    assert window.manager.options.parallel_chunks == DEFAULT_PARALLEL_CHUNKS
    limiter = window.manager.rate_limiter
    assert limiter.bytes_per_second is None

    dialog = SettingsDialog(window.prefs, h.store, window.settings, resolver_for(h.emulator))
    h.qtbot.addWidget(dialog)
    assert not dialog.speed_check.isChecked() and not dialog.speed_spin.isEnabled()
    dialog.speed_check.setChecked(True)
    assert dialog.speed_spin.isEnabled()
    assert dialog.speed_spin.suffix().strip() == "Mbit/s"
    dialog.speed_spin.setValue(8.0)  # Mbit/s: 1 MB/s
    dialog.accept()
    assert dialog.result_prefs.speed_limit == pytest.approx(SPEED_UNIT)
    window.apply_preferences(dialog.result_prefs)
    # The same object, so uploads started before the change see it too.
    assert window.manager.rate_limiter is limiter
    assert window.manager.options.rate_limiter is limiter
    assert limiter.bytes_per_second == pytest.approx(SPEED_UNIT)

    # Two files at once share the 1 MB/s: after about a second, well under 2 MB went out.
    a, b = h.video_file("a.mp4", 6 * MIB), h.video_file("b.mp4", 6 * MIB)
    started = time.monotonic()
    drop(window, a, b)
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    items = [window.model.item(0), window.model.item(1)]
    h.qtbot.waitUntil(lambda: all(i.counters.bytes_done() > 0 for i in items), timeout=WAIT_MS)
    h.qtbot.wait(1000)
    elapsed = time.monotonic() - started
    sent = sum(i.counters.bytes_done() for i in items)
    assert sent <= SPEED_UNIT * (elapsed + 0.5) + BLOCK_SIZE, (sent, elapsed)

    # Switching the limit off frees the uploads already running.
    window.apply_preferences(UploadPreferences(**{**vars(window.prefs), "speed_limit": None}))
    assert limiter.bytes_per_second is None
    h.qtbot.waitUntil(lambda: all(i.state is ItemState.READY for i in items), timeout=WAIT_MS)
    # At 1 MB/s the 12 MiB would have needed more than 12 s.
    assert time.monotonic() - started < 10
    for item, path in zip(items, (a, b), strict=True):
        stored = h.emulator.source_path(str(item.video_id))
        assert stored is not None and stored.read_bytes() == path.read_bytes()
