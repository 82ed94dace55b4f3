"""``/videos/{id}/thumbnail``: an uploaded image, or a frame picked by timecode."""

from __future__ import annotations

import re

from aiohttp import web

from .errors import ApiError, attribute_problem
from .limits import (
    MAX_THUMBNAIL,
)
from .media import image_type
from .routes_tracks import TrackRoutes
from .upload_body import read_upload

_TIMECODE = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.:][0-9]{1,3})?|[0-9]+")


class ThumbnailRoutes(TrackRoutes):
    """A video's thumbnail."""

    async def upload_thumbnail(self, request: web.Request) -> web.StreamResponse:
        video = await self._video_for_body(request)
        await self._injected_failure(request)
        body = await read_upload(
            request,
            self.store.incoming_dir(),
            bandwidth=lambda: self.faults.bandwidth,
            link=self.uplink,
            max_file=MAX_THUMBNAIL + 1,
        )
        try:
            if body.file_parts == 0 or body.file_path is None:
                raise ApiError("uploaded-file-no-file", name="file")
            if body.file_parts > 1:
                raise ApiError("uploaded-file-multiple-files", name="file")
            if body.size == 0:
                raise ApiError("uploaded-file-empty", name="file")
            if body.size > MAX_THUMBNAIL:
                raise ApiError("uploaded-file-too-large", name="file")
            with body.file_path.open("rb") as f:
                kind = image_type(f.read(16))
            extension = body.file_name.rpartition(".")[2].lower()
            if kind is None or extension not in ("jpg", "jpeg", "png", "webp"):
                raise ApiError("uploaded-file-extension-invalid", name="file")
            with self.store.lock:
                body.file_path.replace(self.store.thumbnail_file(video.video_id))
                video.thumbnail_type = kind
                video.thumbnail_timecode = None
                video.updated_at = self.clock()
                self.store.save()
                if note := self.log_note(request):
                    note.accepted, note.size = True, body.size
                    note.seq = self.request_log.next_seq()
        finally:
            body.discard()
        return self._json(self._video_json(video))

    async def pick_thumbnail(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        video = self._video(request.match_info["video_id"])
        body = await self._json_body(request)
        timecode = body.get("timecode")
        if not isinstance(timecode, str) or not _TIMECODE.fullmatch(timecode):
            raise ApiError(
                "invalid-attribute",
                name="timecode",
                problems=[attribute_problem("timecode", "This value is not a valid timecode.")],
            )
        await self._injected_failure(request)
        with self.store.lock:
            video.thumbnail_type = None
            video.thumbnail_timecode = timecode
            video.thumbnail_seed = sum(timecode.encode()) + len(timecode) * 131
            video.updated_at = self.clock()
            self.store.save()
            if note := self.log_note(request):
                note.accepted = True
                note.seq = self.request_log.next_seq()
        self.store.thumbnail_file(video.video_id).unlink(missing_ok=True)
        return self._json(self._video_json(video))
