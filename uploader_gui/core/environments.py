"""Where uploads go: api.video's production and sandbox, the built-in emulator, or a custom URL."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from uploader_gui.core.reasons import ReasonError, Why, because


class EnvironmentKind(StrEnum):
    PRODUCTION = "production"
    SANDBOX = "sandbox"
    DEMO = "demo"
    CUSTOM = "custom"


PRODUCTION_URL = "https://ws.api.video"
SANDBOX_URL = "https://sandbox.api.video"


@dataclass(frozen=True)
class Environment:
    """A place to upload to. ``keyring_name`` keeps one API key per environment. Each front
    names it in its own words (``cli/words.py``, ``gui/environment_words.py``)."""

    kind: EnvironmentKind
    base_url: str

    @property
    def keyring_name(self) -> str:
        if self.kind is EnvironmentKind.CUSTOM:
            return f"custom:{self.base_url}"
        return str(self.kind)

    @staticmethod
    def from_saved(keyring_name: str, base_url: str) -> Environment | None:
        """The environment a saved file was queued for (its ``keyring_name`` and address), or
        None when the saved name is not one this version knows."""
        kind_name = keyring_name.partition(":")[0]
        try:
            kind = EnvironmentKind(kind_name)
        except ValueError:
            return None
        return Environment(kind, base_url)


def production() -> Environment:
    return Environment(EnvironmentKind.PRODUCTION, PRODUCTION_URL)


def sandbox() -> Environment:
    return Environment(EnvironmentKind.SANDBOX, SANDBOX_URL)


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate_base_url(url: str) -> str:
    """Return ``url`` without a trailing slash, or raise ``ReasonError`` (a ValueError) saying why.

    Plain http is refused except on this computer, so a key never crosses a network unencrypted.
    A path prefix may stay; a query or fragment would end up in the middle of every request's
    address, and a user name or password in the address would be stored with the settings.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ReasonError(because(Why.URL_SCHEME, url=url.strip()))
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:  # out of range, not a number, or 0: nothing could ever answer there
        raise ReasonError(because(Why.URL_PORT, url=url.strip()))
    if parts.username is not None or parts.password is not None:
        raise ReasonError(because(Why.URL_USER_INFO))
    if parts.query or parts.fragment or url.strip().endswith(("?", "#")):
        raise ReasonError(because(Why.URL_QUERY))
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ReasonError(because(Why.URL_PLAIN_HTTP, url=url.strip()))
    return url.strip().rstrip("/")
