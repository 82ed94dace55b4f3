"""Streaming an upload request's multipart body to disk, in constant memory.

The file part is written block by block to a file in the data dir's ``incoming`` folder while the
body arrives; small form fields (``videoId``) are kept as text. The whole body is always consumed,
even when the request will be refused, so the client reads the answer instead of a reset.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import BodyPartReader, web

from .errors import ApiError

BLOCK = 256 * 1024
MAX_FIELD = 64 * 1024


class FaultDropError(Exception):
    """The emulator closed the connection on purpose (an injected fault): send no answer."""


def drop_connection(request: web.Request) -> None:
    """Close the client connection now, mid-request, and unwind the handler."""
    transport = request.transport
    if transport is not None:
        transport.abort()
    raise FaultDropError


@dataclass
class UploadBody:
    """What a multipart upload carried."""

    file_path: Path | None = None  # the first file part, on disk
    file_name: str = ""
    size: int = 0
    file_parts: int = 0
    fields: dict[str, str] = field(default_factory=dict)

    def discard(self) -> None:
        if self.file_path is not None:
            self.file_path.unlink(missing_ok=True)


class SharedLink:
    """One uplink shared by every connection: the bytes all request bodies bring in, paced to
    a rate read live from a callable (0 or less = unlimited).

    Each block read reserves its time on the link after the blocks reserved before it (first
    come, first served), and its reader waits until that time has passed. Connections reading
    at once therefore take turns block by block and share the rate, and the bytes counted over
    any stretch exceed the rate by at most one block per connection. ``received`` counts every
    body byte read, paced or not.
    """

    def __init__(
        self,
        rate: Callable[[], float],
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self._rate = rate
        self._clock = clock
        self._sleep = sleep
        #: When the link has carried everything reserved so far.
        self._free_at = 0.0
        self.received = 0

    async def account(self, nbytes: int) -> None:
        self.received += nbytes
        rate = self._rate()
        now = self._clock()
        if rate <= 0:
            self._free_at = now
            return
        self._free_at = max(self._free_at, now) + nbytes / rate
        if self._free_at > now:
            await self._sleep(self._free_at - now)


class Throttle:
    """Paces reads to a byte rate read live from a callable (0 or less = unlimited), and then
    to the shared ``link`` when there is one."""

    def __init__(self, rate: Callable[[], float], link: SharedLink | None = None) -> None:
        self._rate = rate
        self._link = link
        self._start = time.monotonic()
        self._bytes = 0

    async def account(self, nbytes: int) -> None:
        await self._own(nbytes)
        if self._link is not None:
            await self._link.account(nbytes)

    async def _own(self, nbytes: int) -> None:
        self._bytes += nbytes
        rate = self._rate()
        if rate <= 0:
            self._start = time.monotonic()
            self._bytes = 0
            return
        ahead = self._bytes / rate - (time.monotonic() - self._start)
        if ahead > 0:
            await asyncio.sleep(ahead)


async def drain(request: web.Request) -> None:
    """Read and discard whatever is left of the request body."""
    while True:
        block = await request.content.read(BLOCK)
        if not block:
            return


async def read_upload(
    request: web.Request,
    incoming: Path,
    *,
    bandwidth: Callable[[], float],
    link: SharedLink | None = None,
    drop_mid_body: bool = False,
    max_file: int | None = None,
) -> UploadBody:
    """Consume the body; raise ApiError for a body that is not multipart or is broken.

    Reading is paced to `bandwidth` (this connection) and to the shared `link`.
    With `drop_mid_body`, the connection is closed after the first block of the file part.
    With `max_file`, bytes past that size are counted but not stored.
    """
    body = UploadBody()
    throttle = Throttle(bandwidth, link)
    try:
        reader = await request.multipart()
    except (ValueError, AssertionError, KeyError) as exc:
        await drain(request)
        raise ApiError("uploaded-file-no-file", name="file", detail=str(exc) or None) from exc
    try:
        while True:
            part = await reader.next()
            if part is None:
                break
            if not isinstance(part, BodyPartReader):
                continue  # a nested multipart is no file api.video would accept
            if part.filename is None:
                text = await _read_field(part, throttle)
                if part.name:
                    body.fields[part.name] = text
                continue
            body.file_parts += 1
            if body.file_parts == 1:
                await _read_file(
                    request,
                    part,
                    body,
                    incoming=incoming,
                    throttle=throttle,
                    drop_mid_body=drop_mid_body,
                    max_file=max_file,
                )
            else:
                while block := await part.read_chunk(BLOCK):
                    await throttle.account(len(block))
    except FaultDropError:
        body.discard()
        raise
    except (ValueError, AssertionError, UnicodeDecodeError) as exc:
        body.discard()
        await drain(request)
        raise ApiError("invalid-payload", detail="The multipart body is malformed.") from exc
    except BaseException:
        body.discard()
        raise
    await drain(request)
    return body


async def _read_field(part: BodyPartReader, throttle: Throttle) -> str:
    data = bytearray()
    while block := await part.read_chunk(BLOCK):
        await throttle.account(len(block))
        if len(data) < MAX_FIELD:
            data += block[: MAX_FIELD - len(data)]
    return data.decode("utf-8").strip()


async def _read_file(
    request: web.Request,
    part: BodyPartReader,
    body: UploadBody,
    *,
    incoming: Path,
    throttle: Throttle,
    drop_mid_body: bool,
    max_file: int | None,
) -> None:
    body.file_name = os.path.basename(part.filename or "") or "file"
    body.file_path = incoming / f"{secrets.token_hex(8)}.part"
    with body.file_path.open("wb") as out:
        while block := await part.read_chunk(BLOCK):
            if drop_mid_body:
                drop_connection(request)
            await throttle.account(len(block))
            if max_file is None or body.size < max_file:
                out.write(block)
            body.size += len(block)
