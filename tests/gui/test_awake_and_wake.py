"""Staying awake while bytes are sent, trying again at once after a sleep, and ready videos
that no longer hold the window while their last qualities are followed."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from tests.gui.conftest import FakeSleepBlocker, Harness, resolver_for
from tests.gui.test_upload_flow import WAIT_MS, drop
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.events import ChunkRetrying, RetryCause, RetryReason, UploadEvent
from uploader_gui.core.keep_awake import KeepAwake
from uploader_gui.core.limits import MIB
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_session import FileOutcome, FileOutcomeKind
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.engine_jobs import FileJob, UploadJob
from uploader_gui.gui.queue_item import ItemState
from uploader_gui.gui.queue_model import QueueModel
from uploader_gui.gui.settings_dialog import KEEP_AWAKE_LABEL, SettingsDialog
from uploader_gui.gui.upload_manager import UploadManager
from uploader_gui.gui.wake_watch import WakeWatch


def is_enabled(awake: KeepAwake) -> bool:
    """``awake.enabled`` read through a call: a check made before the preferences change must
    not narrow, for the type checker, what the property says after it."""
    return awake.enabled


def test_the_computer_stays_awake_only_while_bytes_are_sent(
    harness: Harness, sleep_blocker: FakeSleepBlocker
) -> None:
    h = harness
    h.emulator.faults.bandwidth = 2 * MIB
    window = h.window()
    assert is_enabled(window.keep_awake) and not sleep_blocker.holding()
    drop(window, h.video_file("a.mp4", 8 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state is ItemState.UPLOADING, timeout=WAIT_MS)
    assert window.keep_awake.settled(5) and sleep_blocker.holding()
    window.manager.pause([item.id])
    assert window.keep_awake.settled(5)
    assert not sleep_blocker.holding()  # a paused file does not keep the computer up
    window.manager.resume([item.id])
    assert window.keep_awake.settled(5)
    assert sleep_blocker.holding() and sleep_blocker.requests == 2
    h.emulator.faults.bandwidth = 0
    h.qtbot.waitUntil(lambda: item.state.finished, timeout=WAIT_MS)
    assert window.keep_awake.settled(5) and not sleep_blocker.holding()

    # The setting, off: no request at all.
    h.prefs.keep_awake = False
    window.apply_preferences(h.prefs)
    assert not window.keep_awake.enabled
    drop(window, h.video_file("b.mp4", 6 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    h.qtbot.waitUntil(lambda: window.model.item(1).state.finished, timeout=WAIT_MS)
    assert window.keep_awake.settled(5) and sleep_blocker.requests == 2


def test_the_setting_is_in_the_dialog_and_saved(
    qtbot: object, store: SecretStore, app_settings: AppSettings
) -> None:
    dialog = SettingsDialog(UploadPreferences(), store, app_settings, resolver_for(None))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.awake_check.text() == KEEP_AWAKE_LABEL and dialog.awake_check.isChecked()
    dialog.awake_check.setChecked(False)
    dialog.accept()
    assert dialog.result_prefs.keep_awake is False
    assert app_settings.load().keep_awake is False

    note = SettingsDialog(
        app_settings.load(),
        store,
        app_settings,
        resolver_for(None),
        keep_awake_note="Sleep can't be prevented on this system",
    )
    qtbot.addWidget(note)  # type: ignore[attr-defined]
    assert not note.awake_check.isChecked()
    assert note.awake_note.text() == "Sleep can't be prevented on this system"


# -- waking up -------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_long_gap_between_ticks_means_the_computer_slept(qtbot: object) -> None:
    clock = FakeClock()
    watch = WakeWatch(clock=clock, interval_ms=5_000, slept_after=30.0)
    woke: list[float] = []
    watch.woke.connect(woke.append)
    watch.start()
    assert watch.running
    clock.now += 5.2
    assert watch.check() is None  # an ordinary tick
    clock.now += 29.0
    assert watch.check() is None  # a busy moment, not a sleep
    clock.now += 600.0
    assert watch.check() == 600.0
    clock.now += 5.0
    assert watch.check() is None  # counted once
    assert woke == [600.0]
    watch.stop()
    assert not watch.running


def _waiting_job(
    started: list[float], finished: list[float], controls: list[UploadControl]
) -> Callable[[FileJob, UploadControl], UploadJob]:
    """An engine stand-in that reports a 30 s retry wait and then waits it out."""

    def factory(spec: FileJob, control: UploadControl) -> UploadJob:
        controls.append(control)

        def run(listener: Callable[[UploadEvent], None]) -> FileOutcome:
            listener(ChunkRetrying(0, 1, 30.0, RetryReason(RetryCause.CONNECTION_LOST)))
            started.append(time.monotonic())
            control.sleep(30.0)
            finished.append(time.monotonic())
            return FileOutcome(0, FileOutcomeKind.DONE, video_id="vi1")

        return run

    return factory


def test_after_a_sleep_a_saved_upload_retries_at_once_not_after_its_backoff(
    harness: Harness, tmp_path: Path
) -> None:
    """The real engine through the durable layer: a server error, a 12-25 s backoff, then the
    computer "wakes" and the upload goes on at once."""
    h = harness
    window = h.window(upload_store=UploadStore(tmp_path / "uploads.sqlite3"))
    window.manager.options = replace(
        window.manager.options, retry=RetryPolicy(base_delay=25.0, max_delay=30.0)
    )
    h.emulator.faults.server_error_every = 1
    drop(window, h.video_file("a.mp4", 6 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    h.qtbot.waitUntil(lambda: item.state is ItemState.RETRYING, timeout=WAIT_MS)
    h.emulator.faults.server_error_every = 0
    woke = time.monotonic()
    window.wake_watch.woke.emit(3600.0)
    assert "trying again now" in window.statusBar().currentMessage()
    h.qtbot.waitUntil(lambda: item.state is ItemState.READY, timeout=WAIT_MS)
    assert time.monotonic() - woke < 10


def test_waking_up_retries_waiting_uploads_now(qtbot: object, tmp_path: Path) -> None:
    from uploader_gui.core.environments import Environment
    from uploader_gui.gui.engine_jobs import EnvironmentAccess

    started: list[float] = []
    finished: list[float] = []
    controls: list[UploadControl] = []
    manager = UploadManager(QueueModel(), job_factory=_waiting_job(started, finished, controls))
    manager.set_connection(
        EnvironmentAccess(Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:9"), api_key="k")
    )
    path = tmp_path / "a.mp4"
    path.write_bytes(b"x")
    (item,) = manager.add_files([(path, 1)])
    qtbot.waitUntil(lambda: bool(started) and item.state is ItemState.RETRYING)  # type: ignore[attr-defined]
    assert controls[0].until_waiting(), "the 30 s wait did not begin"
    assert manager.nudge_waiting() == 1
    qtbot.waitUntil(lambda: item.state is ItemState.READY or item.state is ItemState.UPLOADED)  # type: ignore[attr-defined]
    assert finished[0] - started[0] < 5
    assert manager.nudge_waiting() == 0
    assert manager.shutdown(2000)


# -- ready videos do not hold the window -----------------------------------------------------


def test_switching_environment_while_a_ready_video_is_still_followed(
    harness: Harness, tmp_path: Path
) -> None:
    h = harness
    h.emulator.encoding_delay = 9.0  # watchable after 3 s, every quality after 9 s
    store = UploadStore(tmp_path / "uploads.sqlite3")
    window = h.window(upload_store=store)
    told: list[str] = []
    window.notifier.notified.connect(lambda title, text: told.append(title))
    drop(window, h.video_file("Beach.mp4", 6 * MIB))
    h.qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    item = window.model.item(0)
    store_id = item.store_id
    assert store_id is not None
    h.qtbot.waitUntil(lambda: item.state is ItemState.READY, timeout=WAIT_MS)
    assert window.manager.following_ids() == [item.id]
    assert not window.manager.busy  # the environment may change
    switched = time.monotonic()
    prefs = UploadPreferences(environment=EnvironmentKind.SANDBOX)
    window.apply_preferences(prefs)
    assert window.environment is not None and window.environment.kind is EnvironmentKind.SANDBOX
    assert time.monotonic() - switched < 3  # the switch did not wait for the last quality
    # The ready video stays listed with its links, and its encoding is still followed in its
    # own environment: nothing of it was sent to or asked of Sandbox.
    assert window.model.find(item.id) is item and item.state is ItemState.READY
    assert item.links.player
    assert window.manager.following_ids() == [item.id]
    record = store.get(store_id)
    assert record.state is FileState.DONE  # still in the history
    assert not any("fail" in t.lower() or "cancel" in t.lower() for t in told)
