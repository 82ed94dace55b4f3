"""Small generated media: the thumbnail image, the player page and the HLS manifest.

The thumbnail is a PNG written by hand with zlib (no imaging dependency). It is served under the
``thumbnail.jpg`` URL api.video uses; image decoders recognise PNG by its signature.
"""

from __future__ import annotations

import hashlib
import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
THUMB_WIDTH = 320
THUMB_HEIGHT = 180


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def thumbnail_png(video_id: str, seed: int = 0) -> bytes:
    """A 320x180 RGB gradient whose colours derive from the video id (and the picked frame)."""
    digest = hashlib.sha256(f"{video_id}:{seed}".encode()).digest()
    r0, g0, b0, r1, g1, b1 = digest[:6]
    rows = bytearray()
    for y in range(THUMB_HEIGHT):
        t = y / (THUMB_HEIGHT - 1)
        pixel = bytes(
            (
                int(r0 + (r1 - r0) * t),
                int(g0 + (g1 - g0) * t),
                int(b0 + (b1 - b0) * t),
            )
        )
        rows += b"\x00" + pixel * THUMB_WIDTH  # filter type 0, then the row
    header = struct.pack(">IIBBBBB", THUMB_WIDTH, THUMB_HEIGHT, 8, 2, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + _png_chunk(b"IEND", b"")
    )


def image_type(head: bytes) -> str | None:
    """The media type of a JPEG, PNG or WebP image from its first bytes, else None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(PNG_SIGNATURE):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def player_page(video_id: str, mp4_url: str | None, thumbnail_url: str) -> str:
    """A minimal HTML player pointing at the source MP4."""
    video = (
        f'<video controls poster="{thumbnail_url}" src="{mp4_url}" style="width:100%"></video>'
        if mp4_url
        else f'<img src="{thumbnail_url}" alt="">'
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{video_id}</title></head><body style='margin:0;background:#000'>"
        f"{video}</body></html>"
    )


def hls_manifest(qualities: list[str]) -> str:
    """A master playlist listing the encoded qualities (the variant playlists are not served)."""
    heights = {"240p": 240, "360p": 360, "480p": 480, "720p": 720, "1080p": 1080, "2160p": 2160}
    lines = ["#EXTM3U", "#EXT-X-VERSION:3"]
    for quality in qualities:
        height = heights.get(quality, 360)
        width = height * 16 // 9
        lines.append(f"#EXT-X-STREAM-INF:BANDWIDTH={height * 4000},RESOLUTION={width}x{height}")
        lines.append(f"{quality}/manifest.m3u8")
    return "\n".join(lines) + "\n"
