"""``/upload-tokens``: delegated upload tokens, with a lifetime."""

from __future__ import annotations

from aiohttp import web

from .errors import ApiError, attribute_problem
from .routes_base import RoutesBase, _paging
from .state import UploadTokenRecord, new_id
from .views import paginate, upload_token_json

MAX_UPLOAD_TOKEN_TTL = 2_147_483_647


class UploadTokenRoutes(RoutesBase):
    """Delegated upload tokens."""

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
