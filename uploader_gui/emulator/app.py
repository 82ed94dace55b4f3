"""The emulator's HTTP application: api.video's routes on aiohttp.

Handlers run on one event loop. A handler judges and records an upload chunk without awaiting
in between, so concurrent chunks of one video never see a stale state.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import math
import re
import secrets
import shutil
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from .content_range import parse_content_range
from .errors import ApiError, attribute_problem
from .faults import Faults
from .ingest import assemble, check_chunk, chunk_file_name, record_chunk
from .limits import (
    ADVERTISED_REQUESTS_PER_MINUTE,
    ADVERTISED_UPLOADS_PER_MINUTE,
    MAX_THUMBNAIL,
)
from .media import hls_manifest, image_type, player_page, thumbnail_png
from .state import Source, Store, UploadTokenRecord, VideoRecord, new_id
from .upload_body import FaultDropError, UploadBody, drain, drop_connection, read_upload
from .views import paginate, quality_states, status_json, upload_token_json, video_json

#: The 1-based number of an upload request since the emulator started.
UPLOAD_NUMBER = web.RequestKey("upload_number", int)
LOG = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

PROBLEM_JSON = "application/problem+json"
HLS_TYPE = "application/vnd.apple.mpegurl"
#: The 33 languages api.video accepts for ``language``.
_LANGUAGE_CODES = (
    "ar ca cs da de el en es fa fi fr he hi hr hu it ja ko ml nl nn no pl pt ru sk sl te tr uk ur "
    "vi zh"
)
LANGUAGES = frozenset(_LANGUAGE_CODES.split())
MAX_UPLOAD_TOKEN_TTL = 2_147_483_647
_TIMECODE = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.:][0-9]{1,3})?|[0-9]+")


@dataclass
class RateWindow:
    """A fixed window of requests: starts at its first request, resets once it has elapsed."""

    start: float = 0.0
    count: int = 0

    def hit(self, window: float, now: float) -> None:
        if now - self.start >= window:
            self.start, self.count = now, 0
        self.count += 1

    def retry_after(self, window: float, now: float) -> int:
        return max(0, math.ceil(self.start + window - now))


class EmulatorApp:
    """Routes, authentication, faults and the upload flow over one `Store`."""

    def __init__(
        self,
        store: Store,
        api_keys: Sequence[str],
        *,
        base_url: Callable[[], str],
        access_token_ttl: float,
        encoding_delay: float,
        faults: Faults,
    ) -> None:
        self.store = store
        self.api_keys = tuple(api_keys)
        self.base_url = base_url
        self.access_token_ttl = access_token_ttl
        self.encoding_delay = encoding_delay
        self.faults = faults
        self.upload_requests = 0
        #: Requests being handled now (their headers read, their answer not yet sent).
        self.in_flight = 0
        self._idle = threading.Condition()
        self._upload_window = RateWindow()
        self._other_window = RateWindow()
        self._server_errors = 0

    def clock(self) -> float:
        """Now, on the store's wall clock (see :attr:`Store.clock`)."""
        return self.store.clock()

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
        r.add_post("/videos/{video_id}/source", self.upload_source)
        r.add_post("/videos/{video_id}/thumbnail", self.upload_thumbnail)
        r.add_patch("/videos/{video_id}/thumbnail", self.pick_thumbnail)
        r.add_post("/upload-tokens", self.create_upload_token)
        r.add_get("/upload-tokens", self.list_upload_tokens)
        r.add_get("/upload-tokens/{token}", self.get_upload_token)
        r.add_delete("/upload-tokens/{token}", self.delete_upload_token)
        r.add_post("/upload", self.upload_with_token)
        r.add_get("/vod/{video_id}", self.serve_player)
        r.add_get("/vod/{video_id}/thumbnail.jpg", self.serve_thumbnail)
        r.add_get("/vod/{video_id}/mp4/source.mp4", self.serve_mp4)
        r.add_get("/vod/{video_id}/hls/manifest.m3u8", self.serve_hls)
        return app

    @staticmethod
    def _is_upload(request: web.Request) -> bool:
        if request.method != "POST":
            return False
        path = request.path
        return path == "/upload" or (path.startswith("/videos/") and path.endswith("/source"))

    def wait_in_flight(self, wanted: Callable[[int], bool], timeout: float) -> bool:
        """Block until the number of requests being handled satisfies ``wanted`` (False after
        ``timeout`` seconds)."""
        with self._idle:
            return self._idle.wait_for(lambda: wanted(self.in_flight), timeout)

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        with self._idle:
            self.in_flight += 1
            self._idle.notify_all()
        try:
            return await self._handle(request, handler)
        finally:
            with self._idle:
                self.in_flight -= 1
                self._idle.notify_all()

    async def _handle(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        faults = self.faults
        if faults.latency > 0:
            await asyncio.sleep(faults.latency)
        now = self.clock()
        is_upload = self._is_upload(request)
        if is_upload:
            self.upload_requests += 1
            request[UPLOAD_NUMBER] = self.upload_requests
            enforced = faults.rate_limit_uploads > 0
            limit = faults.rate_limit_uploads if enforced else ADVERTISED_UPLOADS_PER_MINUTE
            window = faults.rate_limit_window if enforced else 60.0
            rate = self._upload_window
        else:
            enforced = False
            limit, window = ADVERTISED_REQUESTS_PER_MINUTE, 60.0
            rate = self._other_window
        rate.hit(window, now)
        headers = {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(max(0, limit - rate.count)),
            "X-RateLimit-Retry-After": str(rate.retry_after(window, now)),
        }
        try:
            if enforced and rate.count > limit:
                await drain(request)
                raise ApiError("too-many-requests")
            response = await handler(request)
        except ApiError as error:
            response = self._problem(error)
        except web.HTTPNotFound:
            response = self._problem(ApiError("unrecognized-request-url"))
        except web.HTTPMethodNotAllowed:
            response = self._problem(ApiError("method-not-allowed"))
        except web.HTTPException as exc:  # aiohttp refusing a body it cannot read (413, 400...)
            await drain(request)
            response = self._problem(ApiError("invalid-payload", detail=exc.reason))
        except FaultDropError:
            # The connection is already gone; whatever is returned is never written.
            return web.Response(status=499)
        except ConnectionError:
            LOG.debug("client left during %s %s", request.method, request.path)
            return web.Response(status=499)
        except Exception:
            LOG.exception("emulator error on %s %s", request.method, request.path)
            response = self._problem(ApiError("server-error"))
        response.headers.update(headers)
        return response

    @staticmethod
    def _problem(error: ApiError) -> web.Response:
        return web.Response(
            status=error.status,
            text=json.dumps(error.body()),
            content_type=PROBLEM_JSON,
        )

    @staticmethod
    def _json(data: Any, status: int = 200) -> web.Response:
        return web.json_response(data, status=status)

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    async def _json_body(request: web.Request, *, allow_empty: bool = False) -> dict[str, Any]:
        raw = await request.read()
        if not raw.strip() and allow_empty:
            return {}
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            raise ApiError("invalid-payload") from exc
        if not isinstance(data, dict):
            raise ApiError("invalid-payload")
        return data

    def authenticate(self, request: web.Request) -> None:
        """Accept Basic (API key as user, empty password) or a live Bearer access token."""
        header = request.headers.get("Authorization")
        if header is None:
            raise ApiError("authentication-missing-authorization-header", name="Authorization")
        scheme, _, value = header.strip().partition(" ")
        value = value.strip()
        if scheme.lower() == "basic" and value:
            try:
                decoded = base64.b64decode(value, validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError) as exc:
                raise ApiError(
                    "authentication-invalid-authorization-header-value", name="Authorization"
                ) from exc
            user, sep, _password = decoded.partition(":")
            if not sep:
                raise ApiError(
                    "authentication-invalid-authorization-header-value", name="Authorization"
                )
            if user not in self.api_keys:
                raise ApiError("authentication-invalid-api-key", name="Authorization")
            return
        if scheme.lower() == "bearer" and value:
            with self.store.lock:
                expiry = self.store.access_tokens.get(value)
            if expiry is None or self.clock() >= expiry:
                raise ApiError("authentication-invalid-access-token", name="Authorization")
            return
        raise ApiError("authentication-invalid-authorization-header-value", name="Authorization")

    def _video(self, video_id: str, name: str = "videoId") -> VideoRecord:
        with self.store.lock:
            video = self.store.videos.get(video_id)
        if video is None:
            raise ApiError("resource-not-found", name=name)
        return video

    def _video_json(self, video: VideoRecord) -> dict[str, Any]:
        return video_json(video, self.base_url())

    # -- auth -------------------------------------------------------------------------------

    def _issue_tokens(self, api_key: str) -> dict[str, Any]:
        now = self.clock()
        ttl = self.access_token_ttl
        header = _b64url(json.dumps({"typ": "JWT", "alg": "none"}).encode())
        payload = _b64url(
            json.dumps(
                {"iat": int(now), "exp": int(now + ttl), "jti": secrets.token_hex(8)}
            ).encode()
        )
        access = f"{header}.{payload}.{secrets.token_urlsafe(32)}"
        refresh = secrets.token_hex(64)
        with self.store.lock:
            self.store.access_tokens[access] = now + ttl
            self.store.refresh_tokens[refresh] = api_key
            self.store.save()
        return {
            "token_type": "Bearer",
            "expires_in": max(0, round(ttl)),
            "access_token": access,
            "refresh_token": refresh,
        }

    async def auth_api_key(self, request: web.Request) -> web.StreamResponse:
        key = _required_text(await self._json_body(request), "apiKey")
        if key not in self.api_keys:
            raise ApiError("authentication-invalid-user-credentials", name="apiKey")
        return self._json(self._issue_tokens(key))

    async def auth_refresh(self, request: web.Request) -> web.StreamResponse:
        token = _required_text(await self._json_body(request), "refreshToken")
        with self.store.lock:
            api_key = self.store.refresh_tokens.pop(token, None)
        if api_key is None or api_key not in self.api_keys:
            raise ApiError("authentication-invalid-refresh-token", name="refreshToken")
        return self._json(self._issue_tokens(api_key))

    # -- videos -----------------------------------------------------------------------------

    async def create_video(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        body = await self._json_body(request)
        fields = _video_fields(body, creating=True)
        now = self.clock()
        video = VideoRecord(
            video_id=new_id("vi"),
            seq=self.store.next_seq(),
            title=fields.pop("title"),
            created_at=now,
            updated_at=now,
        )
        _apply_fields(video, fields)
        with self.store.lock:
            self.store.videos[video.video_id] = video
            self.store.save()
        return self._json(self._video_json(video), status=201)

    async def list_videos(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        if self.faults.listing_unavailable:
            raise ApiError("service-unavailable")
        q = request.query
        page, size = _paging(q)
        sort_by = q.get("sortBy", "createdAt")
        sort_keys: dict[str, Callable[[VideoRecord], Any]] = {
            "title": lambda v: v.title,
            "createdAt": lambda v: (int(v.created_at), v.seq),
            "publishedAt": lambda v: (int(v.created_at), v.seq),
            "updatedAt": lambda v: (int(v.updated_at), v.seq),
        }
        if sort_by not in sort_keys:
            raise ApiError("invalid-query-parameter", name="sortBy")
        order = q.get("sortOrder", "asc")
        if order not in ("asc", "desc"):
            raise ApiError("invalid-query-parameter", name="sortOrder")
        title = q.get("title")
        description = q.get("description")
        tags = q.getall("tags[]", []) + q.getall("tags", [])
        metadata = {
            key[len("metadata[") : -1]: value
            for key, value in q.items()
            if key.startswith("metadata[") and key.endswith("]")
        }
        with self.store.lock:
            videos = list(self.store.videos.values())
        selected = []
        for video in sorted(videos, key=lambda v: v.seq):
            if title is not None and title.lower() not in video.title.lower():
                continue
            if description is not None and description.lower() not in video.description.lower():
                continue
            if any(tag not in video.tags for tag in tags):
                continue
            pairs = {m["key"]: m["value"] for m in video.metadata}
            if any(pairs.get(k) != v for k, v in metadata.items()):
                continue
            selected.append(video)
        selected.sort(key=sort_keys[sort_by], reverse=order == "desc")
        items = [self._video_json(v) for v in selected]
        query = {k: v for k, v in q.items() if k not in ("currentPage", "pageSize")}
        return self._json(paginate(items, "/videos", query, page, size))

    async def get_video(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        video = self._video(request.match_info["video_id"])
        return self._json(self._video_json(video))

    async def update_video(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        video = self._video(request.match_info["video_id"])
        body = await self._json_body(request)
        fields = _video_fields(body, creating=False)
        with self.store.lock:
            _apply_fields(video, fields)
            video.updated_at = self.clock()
            self.store.save()
        return self._json(self._video_json(video))

    async def delete_video(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        video = self._video(request.match_info["video_id"])
        self.forget_video(video.video_id)
        return web.Response(status=204)

    def forget_video(self, video_id: str) -> bool:
        """Removes a video and its media, as DELETE does. Thread-safe; False when unknown."""
        with self.store.lock:
            known = self.store.videos.pop(video_id, None) is not None
            if known:
                self.store.save()
        _remove_media(self.store, video_id)
        return known

    async def get_status(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        video = self._video(request.match_info["video_id"])
        with self.store.lock:
            data = status_json(video, self.encoding_delay, self.clock())
        return self._json(data)

    # -- uploads ----------------------------------------------------------------------------

    async def upload_source(self, request: web.Request) -> web.StreamResponse:
        try:
            self.authenticate(request)
            video = self._video(request.match_info["video_id"])
        except ApiError:
            await drain(request)
            raise
        return await self._upload(request, video, token_upload=False)

    async def upload_with_token(self, request: web.Request) -> web.StreamResponse:
        token = request.query.get("token")
        try:
            if not token:
                raise ApiError("authentication-missing-upload-token", name="token")
            with self.store.lock:
                record = self.store.upload_tokens.get(token)
            if record is None or record.expired(self.clock()):
                raise ApiError("authentication-invalid-upload-token", name="token")
        except ApiError:
            await drain(request)
            raise
        return await self._upload(request, None, token_upload=True)

    def _every(self, request: web.Request, every: int) -> bool:
        return every > 0 and request[UPLOAD_NUMBER] % every == 0

    async def _upload(
        self, request: web.Request, video: VideoRecord | None, *, token_upload: bool
    ) -> web.StreamResponse:
        faults = self.faults
        if self._every(request, faults.server_error_every):
            await drain(request)
            self._server_errors += 1
            slug = "server-error" if self._server_errors % 2 else "service-unavailable"
            raise ApiError(slug)
        body = await read_upload(
            request,
            self.store.incoming_dir(),
            bandwidth=lambda: self.faults.bandwidth,
            drop_mid_body=self._every(request, faults.drop_mid_body_every),
        )
        try:
            video, completed = self._accept(request, body, video, token_upload=token_upload)
        finally:
            body.discard()
        if completed:
            await self._assemble(video)
        if self._every(request, faults.lose_ack_every):
            drop_connection(request)
        if completed:
            return self._json(self._video_json(video), status=201)
        return self._json({"videoId": video.video_id}, status=201)

    def _accept(
        self,
        request: web.Request,
        body: UploadBody,
        video: VideoRecord | None,
        *,
        token_upload: bool,
    ) -> tuple[VideoRecord, bool]:
        """Judge and record one chunk (no awaiting in here: see the module docstring)."""
        if body.file_parts == 0 or body.file_path is None:
            raise ApiError("uploaded-file-no-file", name="file")
        if body.file_parts > 1:
            raise ApiError("uploaded-file-multiple-files", name="file")
        header = request.headers.get("Content-Range")
        cr = parse_content_range(header) if header is not None else None
        if token_upload:
            video_id = body.fields.get("videoId")
            if video_id:
                video = self._video(video_id)
        is_new = video is None
        if video is None:
            # A token chunk without videoId starts a new video, titled with the file's name.
            check_chunk(Source(), cr, body.size)
            now = self.clock()
            video = VideoRecord(
                video_id=new_id("vi"),
                seq=self.store.next_seq(),
                title=body.file_name,
                created_at=now,
                updated_at=now,
            )
        with self.store.lock:
            if not is_new and video.video_id not in self.store.videos:
                raise ApiError("resource-not-found", name="videoId")  # deleted meanwhile
            check_chunk(video.source, cr, body.size)
            self.store.videos[video.video_id] = video
            chunk_dir = self.store.chunk_dir(video.video_id)
            chunk_dir.mkdir(parents=True, exist_ok=True)
            name = chunk_file_name(cr)
            body.file_path.replace(chunk_dir / name)
            completed = record_chunk(video.source, cr, body.size, name)
            video.updated_at = self.clock()
            self.store.save()
        return video, completed

    async def _assemble(self, video: VideoRecord) -> None:
        store = self.store
        with store.lock:
            chunks = list(video.source.chunks)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(
            None,
            assemble,
            store.chunk_dir(video.video_id),
            chunks,
            store.source_file(video.video_id),
        )
        with store.lock:
            video.source.assembled = True
            video.source.completed_at = self.clock()
            store.save()

    # -- thumbnails -------------------------------------------------------------------------

    async def upload_thumbnail(self, request: web.Request) -> web.StreamResponse:
        try:
            self.authenticate(request)
            video = self._video(request.match_info["video_id"])
        except ApiError:
            await drain(request)
            raise
        body = await read_upload(
            request,
            self.store.incoming_dir(),
            bandwidth=lambda: self.faults.bandwidth,
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
                video.updated_at = self.clock()
                self.store.save()
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
        with self.store.lock:
            video.thumbnail_type = None
            video.thumbnail_seed = sum(timecode.encode()) + len(timecode) * 131
            video.updated_at = self.clock()
            self.store.save()
        self.store.thumbnail_file(video.video_id).unlink(missing_ok=True)
        return self._json(self._video_json(video))

    # -- upload tokens ----------------------------------------------------------------------

    async def create_upload_token(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        body = await self._json_body(request, allow_empty=True)
        ttl = body.get("ttl", 0)
        if ttl is None:
            ttl = 0
        if (
            isinstance(ttl, bool)
            or not isinstance(ttl, int)
            or not 0 <= ttl <= MAX_UPLOAD_TOKEN_TTL
        ):
            raise ApiError(
                "invalid-attribute",
                name="ttl",
                problems=[
                    attribute_problem(
                        "ttl", f"This value should be between 0 and {MAX_UPLOAD_TOKEN_TTL}."
                    )
                ],
            )
        now = self.clock()
        record = UploadTokenRecord(
            token=new_id("to"), ttl=ttl, created_at=now, expires_at=now + ttl if ttl else None
        )
        with self.store.lock:
            self.store.upload_tokens[record.token] = record
            self.store.save()
        return self._json(upload_token_json(record))

    async def list_upload_tokens(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        q = request.query
        page, size = _paging(q)
        sort_by = q.get("sortBy", "createdAt")
        if sort_by not in ("createdAt", "ttl"):
            raise ApiError("invalid-query-parameter", name="sortBy")
        order = q.get("sortOrder", "asc")
        if order not in ("asc", "desc"):
            raise ApiError("invalid-query-parameter", name="sortOrder")
        with self.store.lock:
            tokens = list(self.store.upload_tokens.values())
        tokens.sort(
            key=(lambda t: t.created_at) if sort_by == "createdAt" else (lambda t: t.ttl),
            reverse=order == "desc",
        )
        items = [upload_token_json(t) for t in tokens]
        query = {k: v for k, v in q.items() if k not in ("currentPage", "pageSize")}
        return self._json(paginate(items, "/upload-tokens", query, page, size))

    def _upload_token(self, request: web.Request) -> UploadTokenRecord:
        with self.store.lock:
            record = self.store.upload_tokens.get(request.match_info["token"])
        if record is None:
            raise ApiError("resource-not-found", name="uploadToken")
        return record

    async def get_upload_token(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        return self._json(upload_token_json(self._upload_token(request)))

    async def delete_upload_token(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        record = self._upload_token(request)
        with self.store.lock:
            self.store.upload_tokens.pop(record.token, None)
            self.store.save()
        return web.Response(status=204)

    # -- assets -----------------------------------------------------------------------------

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

    # -- start-up ---------------------------------------------------------------------------

    def finish_interrupted_assemblies(self) -> None:
        """Assemble sources whose last chunk arrived just before the previous run stopped."""
        for video in list(self.store.videos.values()):
            source = video.source
            if source.complete and not source.assembled:
                assemble(
                    self.store.chunk_dir(video.video_id),
                    source.chunks,
                    self.store.source_file(video.video_id),
                )
                source.assembled = True
                source.completed_at = self.clock()
        self.store.save()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _paging(q: Any) -> tuple[int, int]:
    page = _int_param(q, "currentPage", 1)
    size = _int_param(q, "pageSize", 25)
    if page < 1:
        raise ApiError("invalid-query-parameter", name="currentPage")
    if not 1 <= size <= 100:
        raise ApiError("invalid-query-parameter", name="pageSize")
    return page, size


def _int_param(q: Any, name: str, default: int) -> int:
    raw = q.get(name)
    if raw is None:
        return default
    if not re.fullmatch(r"-?[0-9]+", raw):
        raise ApiError("invalid-query-parameter", name=name)
    return int(raw)


def _remove_media(store: Store, video_id: str) -> None:
    shutil.rmtree(store.chunk_dir(video_id), ignore_errors=True)
    store.source_file(video_id).unlink(missing_ok=True)
    store.thumbnail_file(video_id).unlink(missing_ok=True)


_CREATE_ONLY = {"source", "clip", "watermark"}
_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "title": str,
    "description": str,
    "source": str,
    "public": bool,
    "panoramic": bool,
    "mp4Support": bool,
    "playerId": str,
    "tags": list,
    "metadata": list,
    "clip": dict,
    "watermark": dict,
    "language": str,
    "transcript": bool,
    "transcriptSummary": bool,
    "transcriptSummaryAttributes": list,
}


def _video_fields(body: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    """Validate a creation or update payload; raise 400 "Invalid attributes." listing problems."""
    problems: list[dict[str, str]] = []
    out: dict[str, Any] = {}
    for key, raw in body.items():
        expected = _FIELD_TYPES.get(key)
        if expected is None or (not creating and key in _CREATE_ONLY):
            problems.append(attribute_problem(key, "This attribute is not allowed."))
            continue
        if raw is None and not creating and key == "playerId":
            out[key] = None
            continue
        if not isinstance(raw, expected):
            problems.append(attribute_problem(key, "This value has an invalid type."))
            continue
        value: Any = raw
        if key == "tags" and not all(isinstance(t, str) for t in value):
            problems.append(attribute_problem(key, "Each tag must be a string."))
            continue
        if key == "metadata" and not all(
            isinstance(m, dict)
            and set(m) == {"key", "value"}
            and isinstance(m["key"], str)
            and isinstance(m["value"], str)
            for m in value
        ):
            problems.append(attribute_problem(key, "Each metadata must be {key, value} strings."))
            continue
        if key == "language" and value not in LANGUAGES:
            problems.append(attribute_problem(key, "This language is not supported."))
            continue
        if key == "transcriptSummaryAttributes" and not all(
            a in ("abstract", "takeaways") for a in value
        ):
            problems.append(attribute_problem(key, "Allowed values are abstract, takeaways."))
            continue
        if key == "source":
            problems.append(
                attribute_problem(key, "Importing a source is not available in the emulator.")
            )
            continue
        out[key] = value
    title = out.get("title")
    if creating and "title" not in body:
        problems.append(attribute_problem("title", "This attribute is required."))
    elif isinstance(title, str) and not title.strip():
        problems.append(attribute_problem("title", "This value should not be blank."))
    if problems:
        raise ApiError("invalid-attribute", name=problems[0]["name"], problems=problems)
    return out


def _apply_fields(video: VideoRecord, fields: dict[str, Any]) -> None:
    simple = {
        "title": "title",
        "description": "description",
        "public": "public",
        "panoramic": "panoramic",
        "mp4Support": "mp4_support",
        "playerId": "player_id",
        "language": "language",
    }
    for key, value in fields.items():
        if key in simple:
            setattr(video, simple[key], value)
        elif key == "tags":
            video.tags = list(value)
        elif key == "metadata":
            video.metadata = [{"key": m["key"], "value": m["value"]} for m in value]
        else:
            video.extra[key] = value


def _required_text(body: dict[str, Any], name: str) -> str:
    """The non-empty string attribute ``name`` of a JSON body, or the API's 400 for it."""
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise ApiError(
            "invalid-attribute",
            name=name,
            problems=[attribute_problem(name, "This attribute is required.")],
        )
    return value
