"""``/discarded/videos``: deleted videos, listed, read and restored within their 90 days.

Followed: api.video's client reference for ``listDiscarded``, ``getDiscarded`` and
``updateDiscarded`` (api.video-java-client ``docs/VideosApi.md``): the list takes the same
filters and paging as ``GET /videos`` and answers a page of Video objects; ``GET`` answers the
Video or 404; ``PATCH`` takes ``{"discarded": false}`` (the only value accepted) and answers the
restored Video, 400 for any other payload, 404 for an id that is not discarded.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .errors import ApiError, attribute_problem
from .routes_base import _paging
from .routes_videos import VideoRoutes, _remove_media
from .state import VideoRecord
from .views import DISCARD_KEEP, paginate


class DiscardedRoutes(VideoRoutes):
    """Deleted videos until they are restored or their time is over."""

    async def list_discarded(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        q = request.query
        page, size = _paging(q)
        title = q.get("title")
        tags = q.getall("tags[]", []) + q.getall("tags", [])
        order = q.get("sortOrder", "asc")
        if order not in ("asc", "desc"):
            raise ApiError("invalid-query-parameter", name="sortOrder")
        selected = [
            v
            for v in self._live_discarded()
            if (title is None or title.lower() in v.title.lower())
            and all(tag in v.tags for tag in tags)
        ]
        selected.sort(key=lambda v: v.seq, reverse=order == "desc")
        items = [self._video_json(v) for v in selected]
        query = {k: v for k, v in q.items() if k not in ("currentPage", "pageSize")}
        return self._json(paginate(items, "/discarded/videos", query, page, size))

    async def get_discarded(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        return self._json(self._video_json(self._discarded(request.match_info["video_id"])))

    async def restore_discarded(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        video = self._discarded(request.match_info["video_id"])
        body: dict[str, Any] = await self._json_body(request)
        problems = [
            attribute_problem(key, "This attribute is not allowed.")
            for key in body
            if key != "discarded"
        ]
        if "discarded" in body and body["discarded"] is not False:
            problems.append(attribute_problem("discarded", "This value should be false."))
        if problems:
            raise ApiError("invalid-attribute", name=problems[0]["name"], problems=problems)
        with self.store.lock:
            if self.store.discarded.pop(video.video_id, None) is None:
                raise ApiError("resource-not-found", name="videoId")
            if "discarded" in body:
                video.discarded_at = None
                video.updated_at = self.clock()
                self.store.videos[video.video_id] = video
            else:
                self.store.discarded[video.video_id] = video
            self.store.save()
        return self._json(self._video_json(video))

    def _discarded(self, video_id: str) -> VideoRecord:
        for video in self._live_discarded():
            if video.video_id == video_id:
                return video
        raise ApiError("resource-not-found", name="videoId")

    def _live_discarded(self) -> list[VideoRecord]:
        """The discarded videos still in their time; those past it are removed for good."""
        now = self.clock()
        with self.store.lock:
            over = [
                v.video_id
                for v in self.store.discarded.values()
                if v.discarded_at is not None and now >= v.discarded_at + DISCARD_KEEP
            ]
            for video_id in over:
                del self.store.discarded[video_id]
            if over:
                self.store.save()
            live = sorted(self.store.discarded.values(), key=lambda v: v.seq)
        for video_id in over:
            _remove_media(self.store, video_id)
        return live
