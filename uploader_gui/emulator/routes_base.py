"""What every group of the emulator's routes shares: its state and faults, the middleware that
counts requests in flight and renders problems, authentication and small helpers."""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import logging
import math
import re
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from .content_range import ContentRange, parse_content_range
from .errors import ApiError, attribute_problem
from .faults import Faults
from .limits import (
    ADVERTISED_REQUESTS_PER_MINUTE,
    ADVERTISED_UPLOADS_PER_MINUTE,
)
from .request_log import DEFAULT_CAP, LoggedRequest, RequestKind, RequestLog
from .state import Store, VideoRecord
from .upload_body import FaultDropError, SharedLink, drain
from .views import video_json

#: The 1-based number of an upload request since the emulator started.
UPLOAD_NUMBER = web.RequestKey("upload_number", int)
LOG = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

PROBLEM_JSON = "application/problem+json"

#: The routes whose requests go in the per-video log, by method and route pattern.
_LOGGED_ROUTES: dict[tuple[str, str], RequestKind] = {
    ("POST", "/videos"): "create",
    ("POST", "/videos/{video_id}/source"): "source",
    ("POST", "/upload"): "upload",
    ("GET", "/videos/{video_id}/status"): "status",
    ("POST", "/videos/{video_id}/captions/{language}"): "caption",
    ("POST", "/videos/{video_id}/chapters/{language}"): "chapters",
    ("POST", "/videos/{video_id}/thumbnail"): "thumbnail",
    ("PATCH", "/videos/{video_id}/thumbnail"): "thumbnail",
    ("PATCH", "/videos/{video_id}"): "update",
}
#: The status the middleware gives a request whose connection is gone (never written).
_NO_ANSWER = 499


@dataclass
class LogNote:
    """What a handler learns about a logged request while it runs; the middleware writes the
    entry once the answer is known. ``seq`` is taken when the handler judges the request."""

    kind: RequestKind
    method: str
    path: str
    video_id: str | None = None
    range: ContentRange | None = None
    size: int | None = None
    accepted: bool = False
    seq: int | None = None
    received: tuple[tuple[int, int], ...] = ()
    received_parts: tuple[int, ...] = ()


#: The log note of a request on a logged route.
LOG_NOTE = web.RequestKey("log_note", LogNote)


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


class RoutesBase:
    """State, faults, middleware and helpers over one `Store`."""

    def __init__(
        self,
        store: Store,
        api_keys: Sequence[str],
        *,
        base_url: Callable[[], str],
        access_token_ttl: float,
        encoding_delay: float,
        faults: Faults,
        request_log_cap: int = DEFAULT_CAP,
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
        #: Answers to creating a video held so far (``Faults.hold_create_answer``).
        self.held_creates = 0
        self._upload_window = RateWindow()
        self._other_window = RateWindow()
        self._server_errors = 0
        self.request_log = RequestLog(request_log_cap)
        #: The uplink every request body comes in through (``Faults.uplink``).
        self.uplink = SharedLink(lambda: self.faults.uplink)

    def clock(self) -> float:
        """Now, on the store's wall clock (see :attr:`Store.clock`)."""
        return self.store.clock()

    @staticmethod
    def _is_upload(request: web.Request) -> bool:
        if request.method != "POST":
            return False
        path = request.path
        return path == "/upload" or (path.startswith("/videos/") and path.endswith("/source"))

    def wait_held_create(self, timeout: float) -> bool:
        """Block until an answer to a create is being held (see ``Faults.hold_create_answer``)."""
        with self._idle:
            return self._idle.wait_for(lambda: self.held_creates > 0, timeout)

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
        note = self._start_log_note(request)
        answered: int | None = None
        try:
            response = await self._handle(request, handler)
            answered = None if response.status == _NO_ANSWER else response.status
            return response
        finally:
            if note is not None:
                self._write_log(note, answered)
            with self._idle:
                self.in_flight -= 1
                self._idle.notify_all()

    def _start_log_note(self, request: web.Request) -> LogNote | None:
        """A note for a request on a logged route (the video id from the path when it has one,
        the ``Content-Range`` as parsed), else None."""
        resource = request.match_info.route.resource
        if resource is None:
            return None
        kind = _LOGGED_ROUTES.get((request.method, resource.canonical))
        if kind is None:
            return None
        note = LogNote(
            kind=kind,
            method=request.method,
            path=request.path,
            video_id=request.match_info.get("video_id"),
        )
        header = request.headers.get("Content-Range")
        if note.kind in ("source", "upload") and header is not None:
            # A malformed header is logged without a range (the server refuses the chunk).
            with contextlib.suppress(ApiError):
                note.range = parse_content_range(header)
        request[LOG_NOTE] = note
        return note

    def _write_log(self, note: LogNote, status: int | None) -> None:
        """Log a finished request under its video, if that video exists."""
        video_id = note.video_id
        if video_id is None:
            return
        seq = note.seq if note.seq is not None else self.request_log.next_seq()
        entry = LoggedRequest(
            seq=seq,
            kind=note.kind,
            method=note.method,
            path=note.path,
            range=note.range,
            size=note.size,
            accepted=note.accepted,
            status=status,
            received=note.received,
            received_parts=note.received_parts,
        )
        # Under the store's lock, so a video deleted meanwhile (its log dropped with it) does
        # not get a new one: an unknown id has nothing to log under, and keys stay bounded.
        with self.store.lock:
            if video_id in self.store.videos:
                self.request_log.add(video_id, entry)

    @staticmethod
    def log_note(request: web.Request) -> LogNote | None:
        """The request's log note, for its handler to fill in."""
        return request.get(LOG_NOTE)

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
            return web.Response(status=_NO_ANSWER)
        except ConnectionError:
            LOG.debug("client left during %s %s", request.method, request.path)
            return web.Response(status=_NO_ANSWER)
        except Exception:
            LOG.exception("emulator error on %s %s", request.method, request.path)
            response = self._problem(ApiError("server-error"))
        response.headers.update(headers)
        if faults.hold_create_answer > 0 and request.method == "POST" and request.path == "/videos":
            with self._idle:
                self.held_creates += 1  # made: tests wait for this, then act on the client
                self._idle.notify_all()
            await asyncio.sleep(faults.hold_create_answer)  # made, but the answer is slow
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

    async def _video_for_body(self, request: web.Request) -> VideoRecord:
        """The video a request with a body is for, once the caller is authenticated. A refusal
        reads the body away first, so the client gets the answer rather than a reset."""
        try:
            self.authenticate(request)
            return self._video(request.match_info["video_id"])
        except ApiError:
            await drain(request)
            raise

    def _video_json(self, video: VideoRecord) -> dict[str, Any]:
        return video_json(video, self.base_url())


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
