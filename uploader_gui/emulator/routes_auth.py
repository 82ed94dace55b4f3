"""``/auth``: API keys exchanged for access tokens, refreshed before they expire."""

from __future__ import annotations

import json
import secrets
from typing import Any

from aiohttp import web

from .errors import ApiError
from .routes_base import RoutesBase, _b64url, _required_text


class AuthRoutes(RoutesBase):
    """API keys for access tokens."""

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
