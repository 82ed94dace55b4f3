"""SubRip to WebVTT, WebVTT checks, chapter lists, language tags, timecodes and images."""

from __future__ import annotations

import os

import pytest

from uploader_gui.core.attachments import AttachmentError, AttachmentProblem
from uploader_gui.core.chapters import LAST_CHAPTER_END, chapter_list_to_webvtt, parse_chapter_list
from uploader_gui.core.language_tag import normalise_language
from uploader_gui.core.subtitles import format_time, parse_srt, to_webvtt
from uploader_gui.core.thumbnails import image_type, parse_timecode

SRT = (
    "1\n00:00:01,000 --> 00:00:02,500\nHello <i>there</i>\n\n"
    "2\n00:00:03,000 --> 00:00:04,000\nTom & Jerry <font color=red>run</font>\nsecond line\n"
)
VTT = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello <i>there</i>\n\n"
    "00:00:03.000 --> 00:00:04.000\nTom &amp; Jerry run\nsecond line\n"
)


def problem_of(call: object) -> AttachmentProblem:
    with pytest.raises(AttachmentError) as caught:
        call()  # type: ignore[operator]
    return caught.value.problem


def test_srt_becomes_webvtt_with_the_same_cues() -> None:
    assert to_webvtt(SRT.encode()).decode() == VTT


def test_bom_crlf_and_no_trailing_newline() -> None:
    data = b"\xef\xbb\xbf" + SRT.rstrip("\n").replace("\n", "\r\n").encode()
    assert to_webvtt(data).decode() == VTT


def test_old_mac_line_ends_utf16_and_windows_1252() -> None:
    assert to_webvtt(SRT.replace("\n", "\r").encode()).decode() == VTT
    assert to_webvtt(SRT.encode("utf-16")).decode() == VTT
    accented = "1\n00:00:01,000 --> 00:00:02,000\nCafé déjà vu\n".encode("cp1252")
    assert "Café déjà vu" in to_webvtt(accented).decode()


def test_unsorted_and_overlapping_cues_are_sorted_and_kept() -> None:
    srt = (
        "1\n00:00:05,000 --> 00:00:06,000\nlater\n\n"
        "2\n00:00:01,000 --> 00:00:09,000\nfirst, long\n\n"
        "3\n00:00:02,000 --> 00:00:03,000\noverlapping\n"
    )
    vtt = to_webvtt(srt.encode()).decode()
    assert vtt.index("first, long") < vtt.index("overlapping") < vtt.index("later")
    assert "00:00:01.000 --> 00:00:09.000" in vtt


def test_hours_past_99_short_fractions_and_dots() -> None:
    cues = parse_srt("1\n123:04:05.5 --> 123:04:06,25\nlong film\n")
    assert (cues[0].start, cues[0].end) == (
        ((123 * 60 + 4) * 60 + 5) * 1000 + 500,
        ((123 * 60 + 4) * 60 + 6) * 1000 + 250,
    )
    assert format_time(cues[0].start) == "123:04:05.500"


def test_numbers_and_blank_lines_inside_a_cue_stay_text() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\nThe answer is\n\n42\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nnext\n"
    )
    cues = parse_srt(srt)
    assert [c.text for c in cues] == ["The answer is\n42", "next"]


def test_arrows_style_codes_and_stray_brackets_are_escaped() -> None:
    cues = parse_srt("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}a --> b < c &amp; d\n")
    assert cues[0].text == "a --&gt; b &lt; c &amp; d"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", AttachmentProblem.EMPTY),
        (b"\r\n \n", AttachmentProblem.EMPTY),
        (os.urandom(4096) + b"\x00\x01", AttachmentProblem.NOT_SUBTITLES),
        (b"just some words\nno times here\n", AttachmentProblem.NOT_SUBTITLES),
        (b"[Script Info]\nTitle: ass file\n", AttachmentProblem.NOT_SUBTITLES),
        (b"1\n00:00:05,000 --> 00:00:01,000\nbackwards\n", AttachmentProblem.BAD_CUE_TIME),
        (b"1\n00:00:75,000 --> 00:00:76,000\nbad seconds\n", AttachmentProblem.BAD_CUE_TIME),
        (b"WEBVTT\n\nno cues at all\n", AttachmentProblem.EMPTY),
        (b"WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nx\n", AttachmentProblem.BAD_CUE_TIME),
        (b"WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nx\n", AttachmentProblem.NOT_SUBTITLES),
    ],
)
def test_refusals_are_typed(data: bytes, problem: AttachmentProblem) -> None:
    assert problem_of(lambda: to_webvtt(data)) is problem


def test_the_bad_line_is_named() -> None:
    with pytest.raises(AttachmentError) as caught:
        to_webvtt(b"1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:09,000 --> 00:00:03,000\nx\n")
    assert caught.value.line == 6


def test_webvtt_is_sent_as_it_is() -> None:
    styled = (
        "\ufeffWEBVTT - talk\r\n\r\nSTYLE\r\n::cue { color: yellow }\r\n\r\n"
        "00:01.000 --> 00:02.000 align:start\r\nhi"
    )
    out = to_webvtt(styled.encode()).decode()
    assert (
        out == "WEBVTT - talk\n\nSTYLE\n::cue { color: yellow }\n\n"
        "00:01.000 --> 00:02.000 align:start\nhi\n"
    )


def test_chapter_list_becomes_chapters_webvtt() -> None:
    text = "0:00 Intro\n1:05 - The idea\n# a note\n\n1:02:03.5 | Q&A <live>\n"
    vtt = chapter_list_to_webvtt(text.encode()).decode()
    assert vtt == (
        "WEBVTT\n\nChapter 1\n00:00:00.000 --> 00:01:05.000\nIntro\n\n"
        "Chapter 2\n00:01:05.000 --> 01:02:03.500\nThe idea\n\n"
        f"Chapter 3\n01:02:03.500 --> {format_time(LAST_CHAPTER_END)}\nQ&amp;A &lt;live&gt;\n"
    )


@pytest.mark.parametrize(
    ("text", "problem", "line"),
    [
        ("0:10 Intro\n", AttachmentProblem.CHAPTERS_NOT_AT_ZERO, 1),
        ("0:00 Intro\n2:00 B\n1:00 C\n", AttachmentProblem.CHAPTERS_NOT_IN_ORDER, 3),
        ("0:00 Intro\n0:00 again\n", AttachmentProblem.CHAPTERS_NOT_IN_ORDER, 2),
        ("0:00 Intro\nno time here\n", AttachmentProblem.BAD_CHAPTER_LINE, 2),
        ("0:00\n", AttachmentProblem.BAD_CHAPTER_LINE, 1),
        ("0:00 a\n0:61 b\n", AttachmentProblem.BAD_CHAPTER_LINE, 2),
        ("# only notes\n\n", AttachmentProblem.EMPTY, None),
    ],
)
def test_chapter_list_refusals(text: str, problem: AttachmentProblem, line: int | None) -> None:
    with pytest.raises(AttachmentError) as caught:
        parse_chapter_list(text)
    assert (caught.value.problem, caught.value.line) == (problem, line)


@pytest.mark.parametrize(
    ("given", "tag"),
    [
        ("pt_BR", "pt-BR"),
        ("PT-br", "pt-BR"),
        ("en", "en"),
        ("zh_hans_cn", "zh-Hans-CN"),
        (" fr ", "fr"),
    ],
)
def test_language_tags_are_normalised(given: str, tag: str) -> None:
    assert normalise_language(given) == tag


@pytest.mark.parametrize(
    "given", ["", "english", "e", "es-419", "fr-", "fr--CA", "fr CA", "chapters"]
)
def test_not_language_tags(given: str) -> None:
    with pytest.raises(ValueError):
        normalise_language(given)


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("00:01:05", "00:01:05.000"),
        ("00:01:05.500", "00:01:05.500"),
        ("0:01:05.5", "00:01:05.500"),
        ("65", "00:01:05.000"),
        ("65.25", "00:01:05.250"),
        ("3600", "01:00:00.000"),
    ],
)
def test_timecodes(given: str, sent: str) -> None:
    assert parse_timecode(given) == sent


@pytest.mark.parametrize("given", ["", "1:5", "00:61:00", "abc", "-5", "00:00:00.1234", "400000"])
def test_not_timecodes(given: str) -> None:
    with pytest.raises(ValueError):
        parse_timecode(given)


def test_images_by_their_first_bytes() -> None:
    assert image_type(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert image_type(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert image_type(b"RIFF\x00\x00\x00\x00WEBP") == "image/webp"
    assert image_type(b"GIF89a......") is None
    assert image_type(b"RIFF\x00\x00\x00\x00WAVE") is None
