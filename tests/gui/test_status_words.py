"""The window's status words go through Qt's translation: with a translator installed, every
state, reason and detail a row can show comes out in the translator's words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from uploader_gui.core.duplicates import PreviousUpload
from uploader_gui.core.encoding_watch import EncodingProgress
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.events import RetryCause, RetryReason
from uploader_gui.gui import status_words as words
from uploader_gui.gui.queue_item import ItemState, QueueItem


class Brackets(QTranslator):
    """A pseudo-language: every source text of the status context, in brackets and upper case
    (placeholders kept as they are, as a translator must)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def translate(
        self, context: str, source: str, disambiguation: Any = None, n: int = -1
    ) -> str | None:
        if context != words.CONTEXT:
            return None  # not this catalogue's: Qt asks the next one (an empty text would do)
        self.asked.add(source)
        out, depth = [], 0
        for ch in source:  # upper-case the words, never the {placeholders}
            depth += ch == "{"
            out.append(ch if depth else ch.upper())
            depth -= ch == "}"
        return "[" + "".join(out) + "]"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def brackets(qapp: Any) -> Iterator[Brackets]:
    translator = Brackets()
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_every_row_state_is_translated(brackets: Brackets) -> None:
    for state in ItemState:
        item = QueueItem(path=Path("talk.mp4"), size=10, state=state)
        text = item.state_text(now=0.0)
        assert text.startswith("[") and text == text.upper(), (state, text)
    # "Waiting for network" is only ever shown with its retry ("… · retrying in 4 s").
    shown = {state.value for state in ItemState if state is not ItemState.OFFLINE}
    assert shown <= brackets.asked


def test_retries_encoding_and_earlier_uploads_are_translated(brackets: Brackets) -> None:
    item = QueueItem(path=Path("talk.mp4"), size=10 * 2**20, state=ItemState.OFFLINE)
    item.retry_at, item.retry_attempt, item.to_send_again = 4.0, 2, 3 * 2**20
    item.retry_reason = RetryReason(RetryCause.SERVER_ERROR, status=503)
    assert item.state_text(now=0.0) == (
        "[[[WAITING FOR NETWORK · RETRYING IN 4 s] ([ATTEMPT 2: [SERVER ERROR 503]])]"
        " · [3.15 MB TO SEND AGAIN]]"
    )
    for cause in RetryCause:
        assert words.retry_words(RetryReason(cause)).startswith("[")
    stalled = words.retry_words(RetryReason(RetryCause.STALLED, stalled_for=60.0))
    assert stalled == "[NOTHING MOVED FOR 1 min]"
    ready = EncodingProgress(playable=True, qualities=(("720p", "encoded"),))
    assert words.encoding_detail(ready) == "[720p READY]"
    busy = EncodingProgress(qualities=(("360p", "encoding"),))
    assert words.encoding_detail(busy) == "[ENCODING 360p]"
    assert words.encoding_detail(EncodingProgress(qualities=(("360p", "waiting"),))) == (
        "[WAITING TO ENCODE]"
    )
    earlier = PreviousUpload("vi1", "Summer", "2026-11-29T10:00:00+00:00")
    assert words.earlier_upload_words(earlier, skipped=True).startswith("[SKIPPED: ALREADY")
    assert "Summer" in words.earlier_upload_words(earlier, skipped=False)
    elsewhere = QueueItem(path=Path("a.mp4"), size=1, state=ItemState.ELSEWHERE)
    elsewhere.environment = Environment(EnvironmentKind.SANDBOX, "https://sandbox.api.video")
    assert elsewhere.state_text().startswith("[WAITS FOR ")


def test_without_a_translator_the_words_are_english(qapp: Any) -> None:
    item = QueueItem(path=Path("talk.mp4"), size=10 * 2**20, state=ItemState.RETRYING)
    item.retry_at, item.retry_attempt = 0.2, 1
    item.retry_reason = RetryReason(RetryCause.CONNECTION_LOST)
    assert item.state_text(now=0.0) == "Retrying now (attempt 1: connection lost)"
    item.state, item.detail = ItemState.READY, "1080p ready"
    assert item.state_text() == "Ready to watch · 1080p ready"
