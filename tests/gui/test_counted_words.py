"""Counts and sizes read correctly in every language: a participle never agrees with a number
it cannot see (French "0 octet envoyés", "1 parties sur 33"), since a catalogue's plural form
is chosen by one number and a size is worded apart from the sentence it goes in."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_languages import speaking
from uploader_gui.gui.chunk_strip import ChunkStrip
from uploader_gui.gui.queue_item import StripState
from uploader_gui.gui.recording_words import status_words
from uploader_gui.gui.translations import shipped_languages

#: Sizes that take a singular and a plural unit in the Romance languages (0 and 1 byte are
#: singular in French and Brazilian Portuguese, plural from 2), and a few MB.
SIZES = [0, 1, 2, 5 * 1024 * 1024]
#: Plural participles that would have to agree with a size (which may be singular).
AGREEING = re.compile(r"\b(envoyés|envoyées|enviados|enviadas)\b")


@pytest.mark.parametrize("language", shipped_languages())
def test_a_recordings_size_needs_no_agreement(qapp: QApplication, language: str) -> None:
    with speaking(qapp, language):
        for size in SIZES:
            for waiting in (True, False):
                text = status_words(size, waiting=waiting)
                assert not AGREEING.search(text), text


def test_french_says_zero_bytes_in_the_singular(qapp: QApplication) -> None:
    with speaking(qapp, "fr"):
        assert status_words(0, waiting=True).startswith("Enregistrement · 0 octet transmis")
        assert status_words(2, waiting=False).startswith("Enregistrement · 2 octets transmis")


@pytest.mark.parametrize("language", shipped_languages())
def test_parts_sent_read_right_whatever_the_counts(qapp: QApplication, language: str) -> None:
    """The plural form follows the number of parts; the number sent must not need one."""
    strip = ChunkStrip()
    with speaking(qapp, language):
        for done, total in ((0, 1), (1, 1), (1, 33), (0, 33), (32, 33)):
            states = bytes([StripState.DONE] * done + [StripState.WAITING] * (total - done))
            strip.set_chunks(states, [0.0] * total, [1] * total)
            text = strip.summary()
            assert str(done) in text and str(total) in text
            assert not re.search(r"\b[01] (parties|partes)\b", text), text
    strip.deleteLater()
