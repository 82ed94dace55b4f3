"""``/videos/{id}/captions`` and ``/videos/{id}/chapters``: WebVTT text tracks per language.

As the API reference describes them: a multipart ``file`` per language (``POST``), read one
(``GET``), list them (``GET`` without a language, paginated), remove one (``DELETE``, 204) and,
for captions, make one the default (``PATCH {"default": true}``). Captions must be WebVTT; a
chapters file is kept as sent, since api.video answers 200 even for a bad one. The files are
served back under the ``src`` URL each answer gives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiohttp import web

from .errors import ApiError, attribute_problem
from .limits import MAX_TRACK
from .routes_base import RoutesBase, _paging
from .state import VideoRecord
from .track_languages import NATIVE_NAMES, checked_language
from .upload_body import UploadBody, drain, read_upload
from .views import paginate

_CAPTIONS = "captions"
_CHAPTERS = "chapters"
_NOT_WEBVTT = "Only WebVTT files are supported: the file must start with WEBVTT."


def is_webvtt(data: bytes) -> bool:
    """A WebVTT file's signature: optional BOM, ``WEBVTT``, then a space, a tab or a line end."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.startswith(b"WEBVTT"):
        return False
    rest = data[6:7]
    return rest in (b"", b" ", b"\t", b"\n", b"\r")


class TrackRoutes(RoutesBase):
    """Captions and chapters of a video."""

    # -- shared -------------------------------------------------------------------------------

    async def _track_upload(self, request: web.Request, kind: str) -> tuple[VideoRecord, str]:
        video = await self._video_for_body(request)
        try:
            language, _name = checked_language(request.match_info["language"])
        except ApiError:
            await drain(request)
            raise
        await self._injected_failure(request)
        body = await read_upload(
            request,
            self.store.incoming_dir(),
            bandwidth=lambda: self.faults.bandwidth,
            link=self.uplink,
            max_file=MAX_TRACK + 1,
        )
        try:
            received = _check_file(body)
            with received.open("rb") as f:
                head = f.read(16)
            if kind == _CAPTIONS and not is_webvtt(head):
                raise ApiError("uploaded-file-invalid-file", name="file", detail=_NOT_WEBVTT)
            target = self.store.track_file(kind, video.video_id, language)
            with self.store.lock:
                if video.video_id not in self.store.videos:
                    raise ApiError("resource-not-found", name="videoId")
                target.parent.mkdir(parents=True, exist_ok=True)
                received.replace(target)
                if kind == _CAPTIONS:
                    video.captions.setdefault(language, False)
                elif language not in video.chapters:
                    video.chapters.append(language)
                video.updated_at = self.clock()
                self.store.save()
                if note := self.log_note(request):
                    note.accepted, note.size = True, body.size
                    note.seq = self.request_log.next_seq()
        finally:
            body.discard()
        return video, language

    async def _injected_failure(self, request: web.Request) -> None:
        """The faults ``fail_attachments`` and ``fail_attachments_matching``: read the body away
        and answer 503."""
        matching = self.faults.fail_attachments_matching
        with self.store.lock:
            if matching and matching in request.path:
                pass
            elif self.faults.fail_attachments <= 0:
                return
            else:
                self.faults.fail_attachments -= 1
        await drain(request)
        raise ApiError("service-unavailable")

    def _track_of(self, request: web.Request, kind: str) -> tuple[VideoRecord, str]:
        self.authenticate(request)
        video = self._video(request.match_info["video_id"])
        language, _name = checked_language(request.match_info["language"])
        with self.store.lock:
            known = language in (video.captions if kind == _CAPTIONS else video.chapters)
        if not known:
            raise ApiError("resource-not-found", name="language")
        return video, language

    def _src(self, kind: str, video_id: str, language: str) -> str:
        return f"{self.base_url()}/vod/{video_id}/{kind}/{language}.vtt"

    def _caption_json(self, video: VideoRecord, language: str) -> dict[str, Any]:
        primary = language.split("-", 1)[0].lower()
        return {
            "uri": f"/videos/{video.video_id}/captions/{language}",
            "src": self._src(_CAPTIONS, video.video_id, language),
            "srclang": language,
            "languageName": NATIVE_NAMES.get(primary, language),
            "default": bool(video.captions.get(language, False)),
        }

    def _chapter_json(self, video: VideoRecord, language: str) -> dict[str, Any]:
        return {
            "uri": f"/videos/{video.video_id}/chapters/{language}",
            "src": self._src(_CHAPTERS, video.video_id, language),
            "language": language,
        }

    def _delete_track(self, request: web.Request, kind: str) -> web.StreamResponse:
        video, language = self._track_of(request, kind)
        with self.store.lock:
            if kind == _CAPTIONS:
                video.captions.pop(language, None)
            else:
                video.chapters.remove(language)
            video.updated_at = self.clock()
            self.store.save()
        self.store.track_file(kind, video.video_id, language).unlink(missing_ok=True)
        return web.Response(status=204)

    def _list(self, request: web.Request, kind: str) -> web.StreamResponse:
        self.authenticate(request)
        video = self._video(request.match_info["video_id"])
        page, size = _paging(request.query)
        with self.store.lock:
            if kind == _CAPTIONS:
                items = [self._caption_json(video, lang) for lang in video.captions]
            else:
                items = [self._chapter_json(video, lang) for lang in video.chapters]
        query = {k: v for k, v in request.query.items() if k not in ("currentPage", "pageSize")}
        path = f"/videos/{video.video_id}/{kind}"
        return self._json(paginate(items, path, query, page, size))

    # -- captions -----------------------------------------------------------------------------

    async def upload_caption(self, request: web.Request) -> web.StreamResponse:
        video, language = await self._track_upload(request, _CAPTIONS)
        return self._json(self._caption_json(video, language))

    async def get_caption(self, request: web.Request) -> web.StreamResponse:
        video, language = self._track_of(request, _CAPTIONS)
        return self._json(self._caption_json(video, language))

    async def update_caption(self, request: web.Request) -> web.StreamResponse:
        video, language = self._track_of(request, _CAPTIONS)
        body = await self._json_body(request)
        default = body.get("default")
        unknown = [key for key in body if key != "default"]
        if unknown or not isinstance(default, bool):
            name = unknown[0] if unknown else "default"
            words = "This attribute is not allowed." if unknown else "This value must be a boolean."
            raise ApiError(
                "invalid-attribute", name=name, problems=[attribute_problem(name, words)]
            )
        with self.store.lock:
            if default:
                # One default caption per video (inferred: a player turns one track on).
                for other in video.captions:
                    video.captions[other] = False
            video.captions[language] = default
            video.updated_at = self.clock()
            self.store.save()
        return self._json(self._caption_json(video, language))

    async def delete_caption(self, request: web.Request) -> web.StreamResponse:
        return self._delete_track(request, _CAPTIONS)

    async def list_captions(self, request: web.Request) -> web.StreamResponse:
        return self._list(request, _CAPTIONS)

    # -- chapters -----------------------------------------------------------------------------

    async def upload_chapter(self, request: web.Request) -> web.StreamResponse:
        video, language = await self._track_upload(request, _CHAPTERS)
        return self._json(self._chapter_json(video, language))

    async def get_chapter(self, request: web.Request) -> web.StreamResponse:
        video, language = self._track_of(request, _CHAPTERS)
        return self._json(self._chapter_json(video, language))

    async def delete_chapter(self, request: web.Request) -> web.StreamResponse:
        return self._delete_track(request, _CHAPTERS)

    async def list_chapters(self, request: web.Request) -> web.StreamResponse:
        return self._list(request, _CHAPTERS)

    # -- what a player fetches ----------------------------------------------------------------

    async def serve_track(self, request: web.Request) -> web.StreamResponse:
        video = self._video(request.match_info["video_id"])
        kind = request.match_info["kind"]
        name = request.match_info["file"]
        if kind not in (_CAPTIONS, _CHAPTERS) or not name.endswith(".vtt"):
            raise ApiError("unrecognized-request-url")
        try:
            language, _name = checked_language(name[: -len(".vtt")])
        except ApiError:
            raise ApiError("resource-not-found", name="language") from None
        path = self.store.track_file(kind, video.video_id, language)
        if not path.exists():
            raise ApiError("resource-not-found", name="language")
        return web.FileResponse(path, headers={"Content-Type": "text/vtt; charset=utf-8"})


def _check_file(body: UploadBody) -> Path:
    """The file part's own refusals, in the order the source upload judges them; the file
    received when there is none."""
    if body.file_parts == 0 or body.file_path is None:
        raise ApiError("uploaded-file-no-file", name="file")
    if body.file_parts > 1:
        raise ApiError("uploaded-file-multiple-files", name="file")
    if body.size == 0:
        raise ApiError("uploaded-file-empty", name="file")
    if body.size > MAX_TRACK:
        raise ApiError("uploaded-file-too-large", name="file")
    return body.file_path
