"""The details panel's words after an upload, for each way it can end."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from uploader_gui.core.video_links import VideoLinks
from uploader_gui.gui.details_panel import MSG_EDITS_SENT, MSG_LOCKED, DetailsPanel
from uploader_gui.gui.problem_words import no_links_words
from uploader_gui.gui.queue_item import ItemState, QueueItem


def _panel_for(qtbot: QtBot, item: QueueItem) -> DetailsPanel:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_item(item)
    panel.update_state()
    return panel


def test_a_token_upload_without_links_says_where_to_find_the_video(qtbot: QtBot) -> None:
    item = QueueItem(path=Path("/videos/clip.mp4"), size=10, started=True)
    item.state = ItemState.UPLOADED
    panel = _panel_for(qtbot, item)
    assert no_links_words() in panel.locked_label.text()
    assert "api.video dashboard" in panel.locked_label.text()
    assert panel.links.isHidden()


def test_an_upload_with_links_shows_them_and_no_token_note(qtbot: QtBot) -> None:
    item = QueueItem(path=Path("/videos/clip.mp4"), size=10, started=True)
    item.state = ItemState.READY
    item.links = VideoLinks(player="https://embed.api.video/vod/vi123")
    panel = _panel_for(qtbot, item)
    assert panel.locked_label.text() == MSG_EDITS_SENT
    assert panel.link_field.text() == item.links.player


def test_an_upload_in_progress_says_the_details_are_locked(qtbot: QtBot) -> None:
    item = QueueItem(path=Path("/videos/clip.mp4"), size=10, started=True)
    item.state = ItemState.UPLOADING
    panel = _panel_for(qtbot, item)
    assert panel.locked_label.text() == MSG_LOCKED
