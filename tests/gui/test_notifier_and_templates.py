"""Notifications without a desktop tray, the queue summary, and the settings that drive
notifications and per-environment templates."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.gui.conftest import DialogKit
from tests.gui.test_settings_and_environments import choose, dialog_for
from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.title_template import MetadataTemplate
from uploader_gui.core.video_links import VideoLinks
from uploader_gui.emulator import Emulator
from uploader_gui.gui.app_settings import UploadPreferences
from uploader_gui.gui.notifier import TITLE_DONE, TITLE_FAILED, TITLE_SOME, Notifier
from uploader_gui.gui.queue_item import ItemState, QueueItem
from uploader_gui.gui.thumbnails import fetch_image


def item(name: str, state: ItemState = ItemState.WAITING) -> QueueItem:
    return QueueItem(path=Path("/v") / name, size=10, state=state)


def test_a_batch_is_told_once_when_the_queue_is_idle(qtbot: object) -> None:
    notifier = Notifier(use_tray=False)
    told: list[tuple[str, str]] = []
    notifier.notified.connect(lambda t, m: told.append((t, m)))
    ready, broken, there = item("cat_video.mp4"), item("b.mov"), item("c.mp4")
    for it in (ready, broken, there):
        notifier.item_changed(it)  # waiting: nothing to say
    ready.state, ready.links = ItemState.READY, VideoLinks(player="https://embed.api.video/vod/vi1")
    notifier.item_changed(ready)
    notifier.item_changed(ready)  # a later quality: same state, counted once
    broken.state, broken.detail = ItemState.FAILED, "The file was moved."
    notifier.item_changed(broken)
    there.state = ItemState.SKIPPED
    notifier.item_changed(there)
    assert told == []  # nothing while the queue works
    notifier.queue_idle([ready, broken, there])
    assert told == [(TITLE_DONE, "1 video ready to watch, 1 already there, 1 failed.")]
    notifier.queue_idle([ready, broken])  # nothing new since the last notification
    assert len(told) == 1
    # A retried file that fails again is news again: alone in its batch, told as itself.
    broken.state = ItemState.UPLOADING
    notifier.item_changed(broken)
    broken.state = ItemState.FAILED
    notifier.item_changed(broken)
    notifier.queue_idle([ready, broken, there])
    assert told[-1] == (TITLE_FAILED, "“b.mov” could not be uploaded: The file was moved.")


def test_a_folder_of_videos_is_one_notification(qtbot: object) -> None:
    notifier = Notifier(use_tray=False)
    told: list[tuple[str, str]] = []
    notifier.notified.connect(lambda t, m: told.append((t, m)))
    videos = [item(f"Part {n}.mp4", ItemState.READY) for n in range(35)]
    for video in videos:
        notifier.item_changed(video)
    notifier.queue_idle(videos)
    assert told == [(TITLE_DONE, "35 videos ready to watch.")]


def test_a_batch_with_files_still_waiting_says_so_and_none_when_turned_off(
    qtbot: object,
) -> None:
    notifier = Notifier(use_tray=False)
    told: list[tuple[str, str]] = []
    notifier.notified.connect(lambda t, m: told.append((t, m)))
    one, two = item("a.mp4", ItemState.READY), item("b.mp4", ItemState.UPLOADED)
    notifier.item_changed(one)
    notifier.item_changed(two)
    notifier.queue_idle([one, two, item("paused.mp4", ItemState.PAUSED)])
    assert told == [(TITLE_SOME, "1 video ready to watch, 1 video uploaded.")]
    notifier.enabled = False
    assert notifier.notify("x", "y") is False
    notifier.item_changed(item("z.mp4", ItemState.FAILED))
    notifier.queue_idle([])
    assert len(told) == 1


def test_settings_keep_notifications_and_a_template_per_environment(kit: DialogKit) -> None:
    kit.settings.set_template("sandbox", MetadataTemplate("Sandbox {name}", ("test",), False))
    dialog = dialog_for(kit.qtbot, kit.store, kit.settings)
    choose(dialog, EnvironmentKind.PRODUCTION)
    assert dialog.title_pattern_edit.text() == "{name}" and dialog.default_public_check.isChecked()
    dialog.title_pattern_edit.setText("{folder}: {name}")
    assert dialog.title_example.text() == "day_2_beach.mp4 → “Holiday videos: day 2 beach”"
    dialog.default_tags_edit.setText("family, 2026, family")
    dialog.default_public_check.setChecked(False)
    choose(dialog, EnvironmentKind.SANDBOX)
    assert dialog.title_pattern_edit.text() == "Sandbox {name}"
    assert dialog.default_tags_edit.text() == "test"
    choose(dialog, EnvironmentKind.PRODUCTION)
    assert dialog.title_pattern_edit.text() == "{folder}: {name}"  # edits kept while switching
    dialog.notify_check.setChecked(False)
    dialog.secret_edit.setText("key")
    dialog.accept()
    assert kit.settings.template("production") == MetadataTemplate(
        "{folder}: {name}", ("family", "2026"), public=False
    )
    assert kit.settings.template("sandbox").title_pattern == "Sandbox {name}"
    assert kit.settings.load().notifications is False
    assert UploadPreferences().notifications is True


def test_thumbnails_are_images_or_nothing(emulator: Emulator) -> None:
    from tests.emulator.helpers import create_video

    stop = threading.Event()
    video_id = create_video(emulator)
    image = fetch_image(f"{emulator.base_url}/vod/{video_id}/thumbnail.jpg", stop, pause=0)
    assert image.startswith(b"\x89PNG")
    # The player page is not an image; a missing video and a dead server give nothing either.
    assert fetch_image(f"{emulator.base_url}/vod/{video_id}", stop, pause=0) == b""
    assert fetch_image(f"{emulator.base_url}/vod/nope/thumbnail.jpg", stop, pause=0) == b""
    assert fetch_image("http://127.0.0.1:1/thumbnail.jpg", stop, pause=0) == b""
    stop.set()
    assert fetch_image(f"{emulator.base_url}/vod/{video_id}/thumbnail.jpg", stop) == b""
