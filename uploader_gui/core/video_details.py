"""A video's details changed after it exists, deleted, and brought back from the deleted ones.

Title, description, tags and privacy stay editable while the file uploads and after: once the
video exists, an edit is a ``PATCH /videos/{id}`` (arrays replace the stored ones). Deleting a
video (``DELETE /videos/{id}``) moves it to api.video's discarded videos for 90 days, listed by
``GET /discarded/videos`` and restored by ``PATCH /discarded/videos/{id}`` with
``{"discarded": false}`` (followed: api.video's client reference, ``listDiscarded``,
``getDiscarded`` and ``updateDiscarded`` in api.video-java-client ``docs/VideosApi.md``).

Each call is one attempt: the caller decides when to try again (the window retries when the
network returns, and at the next start for edits kept in the store). Answers are untrusted:
only bounded, well-typed fields are kept. Results are typed; the fronts word them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import partial
from typing import Any

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.errors import AuthError, UploadError
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason

log = logging.getLogger(__name__)

#: How long a deleted video can still be restored.
DISCARD_KEEP_DAYS = 90
#: Bounds on what is kept of a server answer.
MAX_TITLE = 1024
MAX_DESCRIPTION = 16_384
MAX_TAGS = 100
MAX_TAG = 256
MAX_VIDEO_ID = 64
#: Pages read at most when listing deleted videos (100 a page).
MAX_PAGES = 20


class EditState(StrEnum):
    """Where a change to a video stands."""

    SAVED = "saved"
    #: The network or the server failed; the same change can be sent again later.
    RETRY_LATER = "retry_later"
    #: The video is not on api.video any more (404).
    VIDEO_GONE = "video_gone"
    #: The server refused the change (400 and alike), or the key was refused.
    REFUSED = "refused"
    #: An upload token cannot change videos: an API key is needed.
    NEEDS_API_KEY = "needs_api_key"
    #: A video needs a title: an empty one is not sent.
    EMPTY_TITLE = "empty_title"


@dataclass(frozen=True)
class VideoDetails:
    """The editable details of a video as the server holds them (bounded, validated)."""

    video_id: str
    title: str
    description: str
    tags: tuple[str, ...]
    public: bool
    #: When it was deleted and when it goes for good (aware datetimes), for a discarded video.
    discarded_at: datetime | None = None
    deletes_at: datetime | None = None


@dataclass(frozen=True)
class EditResult:
    """What one attempt did. ``reason`` says why it did not save (the engine's reason)."""

    state: EditState
    video: VideoDetails | None = None
    reason: Reason | None = None
    #: Refused because the key was (a rotated or mistyped key): sending the same edit again
    #: works once the key is put right, so it stays due.
    key_refused: bool = False

    @property
    def refused_for_good(self) -> bool:
        """Refused, and sending the same details again cannot change that: the edit stops being
        due."""
        if self.key_refused:
            return False
        return self.state in (EditState.REFUSED, EditState.EMPTY_TITLE, EditState.VIDEO_GONE)


def details_payload(metadata: VideoMetadata) -> dict[str, Any]:
    """The ``PATCH /videos/{id}`` body for what the uploader lets people edit. Tags and the
    description are always sent, so that emptying them empties them on the server."""
    return {
        "title": metadata.title,
        "description": metadata.description,
        "tags": list(dict.fromkeys(metadata.tags)),
        "public": metadata.public,
    }


def update_details(client: ApiClient, video_id: str, metadata: VideoMetadata) -> EditResult:
    """Send the video's title, description, tags and privacy."""
    if not metadata.title.strip():
        return EditResult(EditState.EMPTY_TITLE)
    payload = details_payload(metadata)
    return _attempt(client, lambda: client.update_video(video_id, payload))[0]


def delete_video(client: ApiClient, video_id: str) -> EditResult:
    """Delete the video (restorable for :data:`DISCARD_KEEP_DAYS` days)."""

    def call() -> dict[str, Any]:
        client.delete_video(video_id)
        return {}

    return _attempt(client, call)[0]


def restore_video(client: ApiClient, video_id: str) -> EditResult:
    """Bring a deleted video back."""
    return _attempt(client, lambda: client.restore_video(video_id))[0]


def discarded_videos(client: ApiClient) -> tuple[EditResult, list[VideoDetails]]:
    """The deleted videos still restorable, the most recently deleted first (at most
    :data:`MAX_PAGES` pages), as "Recently deleted" lists them: the video a creator has just
    deleted is the one most likely wanted back. The server lists them in the order the videos
    were made, so they are sorted here; one with no deletion time goes last."""
    found: list[VideoDetails] = []
    page = 1
    while page <= MAX_PAGES:
        params = {"currentPage": str(page), "pageSize": "100"}
        result, answer = _attempt(client, partial(client.list_discarded, params))
        if result.state is not EditState.SAVED:
            return result, found
        data = answer.get("data")
        for item in data if isinstance(data, list) else ():
            details = video_details(item)
            if details is not None:
                found.append(details)
        pagination = answer.get("pagination")
        total = pagination.get("pagesTotal") if isinstance(pagination, Mapping) else None
        if not isinstance(total, int) or isinstance(total, bool) or page >= total:
            break
        page += 1
    found.sort(key=_deletion_order)
    return EditResult(EditState.SAVED), found


def _deletion_order(details: VideoDetails) -> tuple[bool, float]:
    when = details.discarded_at
    return (when is None, -when.timestamp() if when is not None else 0.0)


def video_details(answer: Any) -> VideoDetails | None:
    """The details in a Video object, or None when it is not one (untrusted answer)."""
    if not isinstance(answer, Mapping):
        return None
    video_id = answer.get("videoId")
    if not isinstance(video_id, str) or not 0 < len(video_id) <= MAX_VIDEO_ID:
        return None
    title = answer.get("title")
    description = answer.get("description")
    tags = answer.get("tags")
    public = answer.get("public")
    return VideoDetails(
        video_id=video_id,
        title=title[:MAX_TITLE] if isinstance(title, str) else "",
        description=description[:MAX_DESCRIPTION] if isinstance(description, str) else "",
        tags=tuple(
            t[:MAX_TAG]
            for t in (tags if isinstance(tags, list) else ())[:MAX_TAGS]
            if isinstance(t, str)
        ),
        public=public if isinstance(public, bool) else True,
        discarded_at=_date(answer.get("discardedAt")),
        deletes_at=_date(answer.get("deletesAt")),
    )


def _date(value: Any) -> datetime | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def _attempt(
    client: ApiClient, call: Callable[[], dict[str, Any]]
) -> tuple[EditResult, dict[str, Any]]:
    """One request, its failure sorted into what the caller can do about it."""
    if client.uses_upload_token:
        return EditResult(EditState.NEEDS_API_KEY), {}
    try:
        answer = call()
    except UploadError as exc:
        log.info("Changing a video failed: %s (%s)", exc, exc.detail)
        if exc.status == 404:
            return EditResult(EditState.VIDEO_GONE, reason=exc.reason), {}
        if isinstance(exc, AuthError):
            return EditResult(EditState.REFUSED, reason=exc.reason, key_refused=True), {}
        if exc.retryable:
            return EditResult(EditState.RETRY_LATER, reason=exc.reason), {}
        return EditResult(EditState.REFUSED, reason=exc.reason), {}
    return EditResult(EditState.SAVED, video=video_details(answer)), answer
