"""The "Captions & chapters" section and the window's words for attachments, without uploads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from uploader_gui.core.attachments import (
    Attachment,
    AttachmentKind,
    AttachmentProblem,
    AttachmentResult,
    AttachmentState,
)
from uploader_gui.gui.attachment_section import AttachmentSection, chosen_track
from uploader_gui.gui.attachment_words import PROBLEMS, attachment_detail, state_words
from uploader_gui.gui.queue_item import QueueItem
from uploader_gui.gui.theme import Appearance, theme


def test_every_problem_has_words() -> None:
    assert set(PROBLEMS) == set(AttachmentProblem)


def test_a_problem_is_told_with_its_line_and_the_servers_words() -> None:
    chapters = Attachment(AttachmentKind.CHAPTERS, Path("/v/talk.chapters.txt"), "en")
    bad_line = AttachmentResult(
        chapters, AttachmentState.FAILED, problem=AttachmentProblem.BAD_CHAPTER_LINE, line=3
    )
    assert state_words(bad_line) == (
        "Failed: not a chapter: write a time, then a title, e.g. “1:05 The idea” (line 3)"
    )
    refused = AttachmentResult(
        chapters, AttachmentState.FAILED, problem=AttachmentProblem.REFUSED, detail="too long"
    )
    item = QueueItem(path=Path("/v/talk.mp4"), size=1, attachments=[chapters])
    item.attachment_results[chapters.key] = refused
    assert attachment_detail(item) == "talk.chapters.txt: refused by api.video: too long"


def test_a_chosen_file_is_chapters_when_its_name_says_so() -> None:
    assert chosen_track(Path("/v/a.srt"), "fr").kind is AttachmentKind.CAPTION
    assert chosen_track(Path("/v/a.chapters.vtt"), "fr").kind is AttachmentKind.CHAPTERS
    assert chosen_track(Path("/v/list.txt"), "de") == Attachment(
        AttachmentKind.CHAPTERS, Path("/v/list.txt"), "de"
    )


def test_a_language_that_is_not_a_tag_is_told_before_any_file_is_chosen(qtbot: QtBot) -> None:
    section = AttachmentSection()
    qtbot.addWidget(section)
    section.show_item(QueueItem(path=Path("/v/talk.mp4"), size=1))
    section.show()
    assert section.none_label.isVisibleTo(section)
    section.language_edit.setText("not a language!")
    section.add_button.click()  # no file chooser opens
    assert section.problem_label.isVisibleTo(section)
    assert "is not a language tag" in section.problem_label.text()


def test_try_again_is_offered_only_where_it_can_help(qtbot: QtBot) -> None:
    section = AttachmentSection()
    qtbot.addWidget(section)
    caption = Attachment(AttachmentKind.CAPTION, Path("/v/talk.srt"), "en")
    item = QueueItem(path=Path("/v/talk.mp4"), size=1, attachments=[caption])
    item.attachment_results[caption.key] = AttachmentResult(
        caption, AttachmentState.FAILED, problem=AttachmentProblem.NEEDS_API_KEY
    )
    section.show_item(item)
    section.show()
    assert not section.retry_button.isVisibleTo(section)
    item.attachment_results[caption.key] = AttachmentResult(
        caption, AttachmentState.FAILED, problem=AttachmentProblem.NOT_SUBTITLES
    )
    section.show_item(item)
    assert section.retry_button.isVisibleTo(section)


def test_the_language_beside_add_subtitles_is_named_in_sight(qtbot: QtBot) -> None:
    section = AttachmentSection()
    qtbot.addWidget(section)
    section.show_item(QueueItem(path=Path("/v/talk.mp4"), size=1))
    section.show()
    label = section.language_label
    assert label.isVisible() and label.text() and label.buddy() is section.language_edit
    assert section.language_edit.accessibleName()
    edit = section.language_edit.geometry()
    # Just before the field, on its line.
    assert label.geometry().right() < edit.left()
    assert abs(label.geometry().center().y() - edit.center().y()) < edit.height() // 2


@pytest.mark.parametrize("appearance", [Appearance.LIGHT, Appearance.DARK])
def test_the_thumbnail_menus_arrow_has_room_beside_its_words(
    appearance: Appearance, qtbot: QtBot
) -> None:
    theme().set_appearance(appearance)
    try:
        section = AttachmentSection()
        qtbot.addWidget(section)
        section.show_item(QueueItem(path=Path("/v/talk.mp4"), size=1))
        section.show()
        button = section.thumbnail_button
        style = button.style()
        words = button.fontMetrics().horizontalAdvance(button.text())
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        assert button.width() >= words + arrow + 8, (button.width(), words, arrow)
    finally:
        theme().set_appearance(Appearance.SYSTEM)
