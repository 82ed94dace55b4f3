"""How stored records look on the wire: the Video object and the video status.

The official Python client type-checks responses, so absent values are omitted rather than sent
as ``null`` (only ``discardedAt``, ``deletesAt`` and ``languageOrigin`` may be null).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from .ingest import received_bytes
from .state import Source, UploadTokenRecord, VideoRecord

#: Qualities the emulator "encodes", in order, each taking an equal share of the encoding delay.
QUALITIES = ("360p", "720p", "1080p")


#: How long a deleted video can be restored (api.video keeps deleted videos 90 days).
DISCARD_KEEP = 90 * 24 * 3600.0


def atom(epoch: float) -> str:
    """An ATOM date-time, e.g. ``2024-07-14T23:36:07+00:00``."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def asset_urls(video: VideoRecord, base_url: str) -> dict[str, str]:
    vid = video.video_id
    player = f"{base_url}/vod/{vid}"
    assets = {
        "iframe": f'<iframe src="{player}" width="100%" height="100%" frameborder="0" '
        'scrolling="no" allowfullscreen="true"></iframe>',
        "player": player,
        "hls": f"{base_url}/vod/{vid}/hls/manifest.m3u8",
        "thumbnail": f"{base_url}/vod/{vid}/thumbnail.jpg",
    }
    if video.mp4_support:
        assets["mp4"] = f"{base_url}/vod/{vid}/mp4/source.mp4"
    return assets


def video_json(video: VideoRecord, base_url: str) -> dict[str, Any]:
    """The Video object."""
    out: dict[str, Any] = {
        "videoId": video.video_id,
        "createdAt": atom(video.created_at),
        "updatedAt": atom(video.updated_at),
        "publishedAt": atom(video.created_at),
        "title": video.title,
        "description": video.description,
        "discarded": video.discarded_at is not None,
        "discardedAt": None if video.discarded_at is None else atom(video.discarded_at),
        "deletesAt": (
            None if video.discarded_at is None else atom(video.discarded_at + DISCARD_KEEP)
        ),
        "languageOrigin": "api" if video.language else None,
        "tags": list(video.tags),
        "metadata": [dict(m) for m in video.metadata],
        "public": video.public,
        "panoramic": video.panoramic,
        "mp4Support": video.mp4_support,
        "source": {"uri": f"/videos/{video.video_id}/source"},
        "assets": asset_urls(video, base_url),
    }
    if video.source.mode is not None:
        out["source"]["type"] = "upload"
    if video.language:
        out["language"] = video.language
    if video.player_id:
        out["playerId"] = video.player_id
    return out


def quality_states(source: Source, encoding_delay: float, now: float) -> list[tuple[str, str]]:
    """(quality, status) for each quality whose encoding has started.

    Quality i starts at ``i/n`` of the delay after assembly and is encoded at ``(i+1)/n``.
    """
    if not source.assembled or source.completed_at is None:
        return []
    elapsed = now - source.completed_at
    share = encoding_delay / len(QUALITIES)
    states = []
    for index, quality in enumerate(QUALITIES):
        if elapsed >= (index + 1) * share:
            states.append((quality, "encoded"))
        elif elapsed >= index * share:
            states.append((quality, "encoding"))
    return states


def status_json(
    video: VideoRecord, encoding_delay: float, now: float | None = None
) -> dict[str, Any]:
    """The video status. ``ingest`` is absent until a first chunk has arrived."""
    now = time.time() if now is None else now
    source = video.source
    out: dict[str, Any] = {}
    if source.mode is not None:
        ingest: dict[str, Any] = {
            "status": "uploaded" if source.complete else "uploading",
            "filesize": source.filesize,
            "receivedBytes": received_bytes(source),
        }
        if source.mode == "part":
            ingest["receivedParts"] = {
                "parts": [c.key for c in source.chunks],
                "total": source.total,
            }
        out["ingest"] = ingest
    states = quality_states(source, encoding_delay, now)
    encoding: dict[str, Any] = {
        "playable": any(status == "encoded" for _, status in states),
        "qualities": [{"type": "hls", "quality": q, "status": s} for q, s in states],
    }
    if source.assembled and source.filesize is not None:
        bitrate_kbps = 5000.0
        duration = max(1, int(source.filesize * 8 / (bitrate_kbps * 1000)))
        encoding["metadata"] = {
            "width": 1920,
            "height": 1080,
            "bitrate": bitrate_kbps,
            "duration": duration,
            "framerate": 30,
            "samplerate": 48000,
            "videoCodec": "h264",
            "audioCodec": "aac",
            "aspectRatio": "16/9",
        }
    out["encoding"] = encoding
    return out


def upload_token_json(token: UploadTokenRecord) -> dict[str, Any]:
    return {
        "token": token.token,
        "ttl": token.ttl,
        "createdAt": atom(token.created_at),
        "expiresAt": atom(token.expires_at) if token.expires_at is not None else None,
    }


def paginate(
    items: list[dict[str, Any]], path: str, query: dict[str, str], page: int, size: int
) -> dict[str, Any]:
    """A list response: ``{data, pagination}`` with self/first/previous/next/last links."""
    total = len(items)
    pages = max(1, -(-total // size))
    data = items[(page - 1) * size : page * size]

    def link(rel: str, number: int) -> dict[str, str]:
        params = dict(query, currentPage=str(number), pageSize=str(size))
        uri = path + "?" + urlencode(params)
        return {"rel": rel, "uri": uri}

    links = [link("self", page), link("first", 1)]
    if page > 1:
        links.append(link("previous", min(page - 1, pages)))
    if page < pages:
        links.append(link("next", page + 1))
    links.append(link("last", pages))
    return {
        "data": data,
        "pagination": {
            "currentPage": page,
            "currentPageItems": len(data),
            "pageSize": size,
            "pagesTotal": pages,
            "itemsTotal": total,
            "links": links,
        },
    }
