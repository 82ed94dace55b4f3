"""The links of a video, read from api.video's answer in one place.

A Video object carries its links under ``assets``: the player page, the embed code, the MP4 and
HLS addresses and the thumbnail. Every front shows or copies them, so they are read here once,
validated as untrusted input (a server answer may hold anything): a link is kept only when it is
an ``http(s)`` address of sensible length without control characters, and the embed code only
when it is short plain text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

#: Longest link or embed code kept; longer ones are treated as absent.
MAX_LINK_CHARS = 4096


def _clean_text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_LINK_CHARS:
        return ""
    if any((ord(ch) < 0x20 and ch not in "\t\n") or ord(ch) == 0x7F for ch in value):
        return ""
    return value.strip()


def _clean_url(value: Any) -> str:
    text = _clean_text(value)
    if not text or any(ch.isspace() for ch in text):
        return ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    return text if parts.scheme in ("http", "https") and parts.netloc else ""


@dataclass(frozen=True)
class VideoLinks:
    """Where a video can be watched, embedded or fetched; empty strings for what is unknown."""

    player: str = ""
    embed: str = ""
    mp4: str = ""
    hls: str = ""
    thumbnail: str = ""

    @property
    def any(self) -> bool:
        return bool(self.player or self.embed or self.mp4 or self.hls or self.thumbnail)

    def updated(self, newer: VideoLinks) -> VideoLinks:
        """These links with every link ``newer`` knows taking their place (a later, fuller
        answer wins; an answer without a link keeps the one known)."""
        return VideoLinks(
            player=newer.player or self.player,
            embed=newer.embed or self.embed,
            mp4=newer.mp4 or self.mp4,
            hls=newer.hls or self.hls,
            thumbnail=newer.thumbnail or self.thumbnail,
        )


def links_of(video: Any) -> VideoLinks | None:
    """The links of an api.video Video, or None when it has no ``assets`` at all (an upload
    token's lost completing answer leaves only the video id)."""
    assets = video.get("assets") if isinstance(video, Mapping) else None
    if not isinstance(assets, Mapping):
        return None
    return VideoLinks(
        player=_clean_url(assets.get("player")),
        embed=_clean_text(assets.get("iframe")),
        mp4=_clean_url(assets.get("mp4")),
        hls=_clean_url(assets.get("hls")),
        thumbnail=_clean_url(assets.get("thumbnail")),
    )


def links_in(video: Any) -> VideoLinks:
    """The links of an api.video Video; empty ones when it has none."""
    return links_of(video) or VideoLinks()
