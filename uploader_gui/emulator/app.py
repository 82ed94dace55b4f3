"""The emulator's HTTP application: api.video's routes on aiohttp, one module per resource.

Handlers run on one event loop. A handler judges and records an upload chunk without awaiting
in between, so concurrent chunks of one video never see a stale state.
"""

from __future__ import annotations

from aiohttp import web

from .routes_assets import AssetRoutes
from .routes_auth import AuthRoutes
from .routes_base import UPLOAD_NUMBER, RoutesBase
from .routes_discarded import DiscardedRoutes
from .routes_thumbnails import ThumbnailRoutes
from .routes_tokens import UploadTokenRoutes
from .routes_tracks import TrackRoutes
from .routes_uploads import UploadRoutes
from .routes_videos import VideoRoutes

__all__ = ["UPLOAD_NUMBER", "EmulatorApp", "RoutesBase"]


class EmulatorApp(
    AuthRoutes,
    DiscardedRoutes,
    VideoRoutes,
    UploadRoutes,
    ThumbnailRoutes,
    TrackRoutes,
    UploadTokenRoutes,
    AssetRoutes,
):
    """Routes, authentication, faults and the upload flow over one `Store`."""

    # -- application ------------------------------------------------------------------------

    def make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._middleware], client_max_size=1024 * 1024)
        r = app.router
        r.add_post("/auth/api-key", self.auth_api_key)
        r.add_post("/auth/refresh", self.auth_refresh)
        r.add_post("/videos", self.create_video)
        r.add_get("/videos", self.list_videos)
        r.add_get("/videos/{video_id}", self.get_video)
        r.add_patch("/videos/{video_id}", self.update_video)
        r.add_delete("/videos/{video_id}", self.delete_video)
        r.add_get("/videos/{video_id}/status", self.get_status)
        r.add_get("/discarded/videos", self.list_discarded)
        r.add_get("/discarded/videos/{video_id}", self.get_discarded)
        r.add_patch("/discarded/videos/{video_id}", self.restore_discarded)
        r.add_post("/videos/{video_id}/source", self.upload_source)
        r.add_post("/videos/{video_id}/thumbnail", self.upload_thumbnail)
        r.add_patch("/videos/{video_id}/thumbnail", self.pick_thumbnail)
        r.add_get("/videos/{video_id}/captions", self.list_captions)
        r.add_post("/videos/{video_id}/captions/{language}", self.upload_caption)
        r.add_get("/videos/{video_id}/captions/{language}", self.get_caption)
        r.add_patch("/videos/{video_id}/captions/{language}", self.update_caption)
        r.add_delete("/videos/{video_id}/captions/{language}", self.delete_caption)
        r.add_get("/videos/{video_id}/chapters", self.list_chapters)
        r.add_post("/videos/{video_id}/chapters/{language}", self.upload_chapter)
        r.add_get("/videos/{video_id}/chapters/{language}", self.get_chapter)
        r.add_delete("/videos/{video_id}/chapters/{language}", self.delete_chapter)
        r.add_post("/upload-tokens", self.create_upload_token)
        r.add_get("/upload-tokens", self.list_upload_tokens)
        r.add_get("/upload-tokens/{token}", self.get_upload_token)
        r.add_delete("/upload-tokens/{token}", self.delete_upload_token)
        r.add_post("/upload", self.upload_with_token)
        r.add_get("/vod/{video_id}", self.serve_player)
        r.add_get("/vod/{video_id}/thumbnail.jpg", self.serve_thumbnail)
        r.add_get("/vod/{video_id}/mp4/source.mp4", self.serve_mp4)
        r.add_get("/vod/{video_id}/hls/manifest.m3u8", self.serve_hls)
        r.add_get("/vod/{video_id}/{kind}/{file}", self.serve_track)
        return app
