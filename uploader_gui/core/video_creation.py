"""Creating the video a file goes into, without ever making two.

``POST /videos`` is not repeatable: when its answer is lost after the request left, or comes
back unreadable (a success whose body is not JSON, a gateway's error page), the server may
have created the video. Before trying again, the video that request may have made is looked
up by the file's fingerprint (kept in the video's metadata): the newest one created in the last
few minutes, with the same title and no byte received. It is adopted; if none is found the file
stops with a reason (``CREATE_LOST``, ``CREATE_UNKNOWN``) that tells the creator to check, rather
than risk a second video.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial
from typing import Any

from uploader_gui.core.api_client import ApiClient, request_never_left
from uploader_gui.core.duplicates import FINGERPRINT_KEY, videos_with_metadata
from uploader_gui.core.errors import (
    CancelledError,
    InvalidInputError,
    NetworkError,
    OutcomeUnknownError,
    UploadError,
)
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Why
from uploader_gui.core.video_id import video_id_of

log = logging.getLogger(__name__)

#: After a lost answer to creating a video, a video with the file's fingerprint created this
#: many seconds around now (either side: clocks differ) may be the one that request made.
CREATED_LOOKUP_WINDOW = 10 * 60

#: Runs one request with the upload's retries (and its pause, cancel and nudge).
Call = Callable[[Callable[[], dict[str, Any]]], dict[str, Any]]


def create_video(
    client: ApiClient,
    metadata: VideoMetadata,
    call: Call,
    *,
    name: str,
    earlier_attempt: float | None = None,
    on_sending: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """The new video (``POST /videos``) for the file called ``name``, or the one a request
    whose answer was lost made (see the module).

    ``earlier_attempt`` is when an earlier run sent such a request without storing its answer
    (it was stopped in between): the video that request may have made is looked for first.
    ``on_sending`` runs before each request leaves, so the caller can record that one is in
    flight."""
    if earlier_attempt is not None:
        found = find_created_video(client, metadata, call, around=earlier_attempt)
        if found is not None:
            log.info(
                "%s was being created when the last run stopped; continuing in %s",
                name,
                found.get("videoId"),
            )
            return found

    def create() -> dict[str, Any]:
        if on_sending is not None:
            on_sending()
        try:
            return client.create_video(metadata)
        except (NetworkError, OutcomeUnknownError) as exc:
            if isinstance(exc, NetworkError) and request_never_left(exc):
                raise
            # The server may have created it: trying again could make a second video.
            found = find_created_video(client, metadata, call)
            if found is None:
                message = Why.CREATE_LOST if isinstance(exc, NetworkError) else Why.CREATE_UNKNOWN
                raise InvalidInputError(message, detail=exc.detail) from exc
            log.info(
                "The answer to creating %s was lost; continuing in %s", name, found.get("videoId")
            )
            return found

    video = call(create)
    if video_id_of(video) is None:
        # Created, by the server's account, but under no usable id: not created again.
        raise InvalidInputError(Why.CREATE_UNKNOWN, detail="no usable videoId in the answer")
    return video


def find_created_video(
    client: ApiClient, metadata: VideoMetadata, call: Call, *, around: float | None = None
) -> dict[str, Any] | None:
    """The video a creation whose answer was lost made, if the file's fingerprint in its
    metadata finds one: the newest one created within a few minutes of ``around`` (the time
    the request was sent; now by default), with this title and no byte received yet. ``None``
    when there is no fingerprint or no such video."""
    when = time.time() if around is None else around
    return _fingerprinted_video(
        client,
        metadata,
        call,
        made=lambda created: abs(when - created) <= CREATED_LOOKUP_WINDOW,
        # A video of the same file with bytes in is another upload, already under way.
        held=lambda ingest: not ingest.get("receivedBytes"),
    )


def find_unfinished_video(
    client: ApiClient, metadata: VideoMetadata, call: Call, *, before: float
) -> dict[str, Any] | None:
    """An unfinished video of this file (fingerprint and title) made before ``before``, the
    time this computer's record of its uploads was lost (a damaged store started again): the
    upload it belongs to was forgotten here, and is continued rather than started twice.
    ``None`` when there is none, or it cannot be looked for."""

    return _fingerprinted_video(
        client,
        metadata,
        call,
        # Made before this computer lost its record: any video made since is one it knows
        # (it may be uploading into it right now).
        made=lambda created: created < before,
        held=lambda ingest: ingest.get("status") != "uploaded",
    )


def _fingerprinted_video(
    client: ApiClient,
    metadata: VideoMetadata,
    call: Call,
    *,
    made: Callable[[float], bool],
    held: Callable[[Mapping[str, Any]], bool],
) -> dict[str, Any] | None:
    """The newest video with this file's fingerprint and title whose creation time ``made``
    accepts and whose ``/status`` ``ingest`` ``held`` accepts (asked only of those). ``None``
    when there is no fingerprint, no such video, or the server cannot be asked (logged; the
    caller then says so or creates)."""
    fingerprint = metadata.metadata.get(FINGERPRINT_KEY)
    if not fingerprint:
        return None
    try:
        page = call(lambda: {"data": videos_with_metadata(client, FINGERPRINT_KEY, fingerprint)})
        videos: list[dict[str, Any]] = page["data"]
        for video in videos:
            video_id = video_id_of(video)
            created = _created_at(video)
            if video_id is None or video.get("title") != metadata.title or created is None:
                continue
            if not made(created):
                continue
            status = call(partial(client.get_status, video_id))
            ingest = status.get("ingest")
            if held(ingest if isinstance(ingest, Mapping) else {}):
                return video
    except CancelledError:
        raise
    except UploadError as exc:
        log.info("Could not look for an earlier video of %s: %s", metadata.title, exc)
    return None


def _created_at(video: Mapping[str, Any]) -> float | None:
    """A Video's ``createdAt`` as seconds since the epoch, or ``None`` when unreadable."""
    text = video.get("createdAt")
    if not isinstance(text, str):
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when.timestamp() if when.tzinfo is not None else None
