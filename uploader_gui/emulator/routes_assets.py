"""``/vod``: the player page, thumbnail, MP4 and HLS manifest of a video."""

from __future__ import annotations

from aiohttp import web

from .errors import ApiError
from .media import hls_manifest, player_page, thumbnail_png
from .routes_base import RoutesBase
from .views import quality_states


class AssetRoutes(RoutesBase):
    """What a viewer fetches."""

    async def serve_player(self, request: web.Request) -> web.StreamResponse:
        video = self._video(request.match_info["video_id"])
        base = self.base_url()
        mp4 = f"{base}/vod/{video.video_id}/mp4/source.mp4" if video.source.assembled else None
        page = player_page(video.video_id, mp4, f"{base}/vod/{video.video_id}/thumbnail.jpg")
        return web.Response(text=page, content_type="text/html")

    async def serve_thumbnail(self, request: web.Request) -> web.StreamResponse:
        video = self._video(request.match_info["video_id"])
        path = self.store.thumbnail_file(video.video_id)
        if video.thumbnail_type is not None and path.exists():
            return web.FileResponse(path, headers={"Content-Type": video.thumbnail_type})
        png = thumbnail_png(video.video_id, video.thumbnail_seed)
        return web.Response(body=png, content_type="image/png")

    async def serve_mp4(self, request: web.Request) -> web.StreamResponse:
        video = self._video(request.match_info["video_id"])
        path = self.store.source_file(video.video_id)
        if not video.source.assembled or not path.exists():
            raise ApiError("resource-not-found", name="videoId")
        return web.FileResponse(path, headers={"Content-Type": "video/mp4"})

    async def serve_hls(self, request: web.Request) -> web.StreamResponse:
        video = self._video(request.match_info["video_id"])
        with self.store.lock:
            states = quality_states(video.source, self.encoding_delay, self.clock())
        encoded = [quality for quality, status in states if status == "encoded"]
        if not encoded:
            return web.Response(status=202, text="", content_type="application/vnd.apple.mpegurl")
        return web.Response(
            text=hls_manifest(encoded), content_type="application/vnd.apple.mpegurl"
        )
