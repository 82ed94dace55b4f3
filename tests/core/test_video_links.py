"""A video's links are read from the server's answer once, and only what is safe is kept."""

from __future__ import annotations

from typing import Any

import pytest

from uploader_gui.core.video_links import MAX_LINK_CHARS, VideoLinks, links_in, links_of

GOOD = {
    "player": "https://embed.api.video/vod/vi1",
    "iframe": '<iframe src="https://embed.api.video/vod/vi1"></iframe>',
    "mp4": "https://vod.api.video/vod/vi1/mp4/source.mp4",
    "hls": "https://vod.api.video/vod/vi1/hls/manifest.m3u8",
    "thumbnail": "http://127.0.0.1:8080/vod/vi1/thumbnail.jpg",
}


def test_every_link_of_a_video_is_read() -> None:
    links = links_of({"videoId": "vi1", "assets": GOOD})
    assert links == VideoLinks(
        player=GOOD["player"],
        embed=GOOD["iframe"],
        mp4=GOOD["mp4"],
        hls=GOOD["hls"],
        thumbnail=GOOD["thumbnail"],
    )


@pytest.mark.parametrize("video", [{}, {"assets": None}, {"assets": []}, None, "text", []])
def test_no_assets_means_no_links(video: Any) -> None:
    assert links_of(video) is None
    assert links_in(video) == VideoLinks() and not links_in(video).any


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://",
        "https://host/a b",
        "https://host/\x1b[31mred",
        "https://host/" + "a" * MAX_LINK_CHARS,
        42,
        ["https://host/"],
        None,
        "not a link",
    ],
)
def test_a_link_that_is_not_a_web_address_is_dropped(value: Any) -> None:
    links = links_in({"assets": {**GOOD, "player": value, "hls": value}})
    assert links.player == "" and links.hls == ""
    assert links.mp4 == GOOD["mp4"]  # the others stay


@pytest.mark.parametrize("value", ["<iframe>\x07</iframe>", "x" * (MAX_LINK_CHARS + 1), 7])
def test_an_embed_code_with_control_characters_or_too_long_is_dropped(value: Any) -> None:
    assert links_in({"assets": {**GOOD, "iframe": value}}).embed == ""


def test_a_later_answer_fills_in_without_erasing() -> None:
    first = VideoLinks(player="https://p", thumbnail="https://t")
    later = VideoLinks(player="https://p2", hls="https://h")
    assert first.updated(later) == VideoLinks(
        player="https://p2", hls="https://h", thumbnail="https://t"
    )
