"""Noticing a video that was already uploaded, before sending it again.

Each video the uploader creates carries the file's fingerprint (see
:mod:`uploader_gui.core.fingerprint`) in its api.video ``metadata`` under
:data:`FINGERPRINT_KEY`. Before a new upload, ``GET /videos?metadata[key]=<fingerprint>`` finds
earlier videos of the same file, on any computer that uploaded to the same account. Only videos
whose upload completed count: an abandoned half upload is not "already uploaded".

An upload token cannot list videos, so with a token no check is possible (the fronts say so).

The command line needs three calls::

    fp = fingerprint(path)
    earlier = find_previous_uploads(client, fp)      # [] when none
    if earlier and not allow_duplicate: say so (each front in its own words); skip
    metadata = with_fingerprint(metadata, fp)        # before create_video / enqueue
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.errors import UploadError
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason, ReasonError, Why, because
from uploader_gui.core.video_id import video_id_of
from uploader_gui.core.video_links import VideoLinks, links_in

log = logging.getLogger(__name__)

#: The metadata key that holds the file's fingerprint on api.video.
FINGERPRINT_KEY = "uploader-fingerprint"
#: Earlier videos looked at per check (newest first); each costs one ``/status`` request.
MAX_CANDIDATES = 5


@dataclass(frozen=True)
class PreviousUpload:
    """An earlier, complete video of the same file."""

    video_id: str
    title: str
    #: As api.video gives it (ISO 8601), empty when unknown.
    created_at: str
    links: VideoLinks = field(default_factory=VideoLinks)

    @property
    def day(self) -> date | None:
        """The day it was uploaded (the date part of ``created_at``), None when unknown."""
        try:
            return datetime.fromisoformat(self.created_at).date()
        except ValueError:
            return None

    @property
    def shown_title(self) -> str:
        """The title, or the video id when it has none."""
        return self.title or self.video_id

    def skipped(self) -> Reason:
        """Why the file was not sent: this earlier upload (kept in the store)."""
        return because(
            Why.SKIPPED_EARLIER,
            title=self.shown_title,
            created_at=self.created_at,
            link=self.links.player or self.video_id,
        )


def with_fingerprint(metadata: VideoMetadata, fingerprint: str) -> VideoMetadata:
    """A copy of ``metadata`` that records ``fingerprint`` on the video when it is created."""
    extra = dict(metadata.metadata)
    extra[FINGERPRINT_KEY] = fingerprint
    return dataclasses.replace(metadata, tags=list(metadata.tags), metadata=extra)


#: The most metadata entries a video's answer is read for (api.video's own limits are far
#: lower); anything past it is a broken answer, not a video's details.
MAX_METADATA_ENTRIES = 1000


def metadata_with_fingerprint(video: Mapping[str, Any], fingerprint: str) -> list[dict[str, str]]:
    """The video's metadata as the server holds it, with :data:`FINGERPRINT_KEY` set to
    ``fingerprint``: what a ``PATCH`` sends, since a metadata array replaces the stored one
    whole, and entries another tool or an edit added must stay. Entries that are not a
    string key with a string value are dropped (the answer is untrusted)."""
    entries = video.get("metadata")
    kept: list[dict[str, str]] = []
    if isinstance(entries, list):
        for entry in entries[:MAX_METADATA_ENTRIES]:
            if not isinstance(entry, Mapping):
                continue
            key, value = entry.get("key"), entry.get("value")
            if isinstance(key, str) and isinstance(value, str) and key != FINGERPRINT_KEY:
                kept.append({"key": key, "value": value})
    kept.append({"key": FINGERPRINT_KEY, "value": fingerprint})
    return kept


def record_fingerprint(client: ApiClient, video_id: str, fingerprint: str) -> dict[str, Any]:
    """Set the fingerprint on an existing video, keeping its other metadata (read first);
    the video as the server now holds it. Raises the client's typed errors."""
    video = client.get_video(video_id)
    fields = {"metadata": metadata_with_fingerprint(video, fingerprint)}
    return client.update_video(video_id, fields)


def previous_from_video(video: Mapping[str, Any]) -> PreviousUpload:
    def text(key: str) -> str:
        value = video.get(key)
        return value if isinstance(value, str) else ""

    return PreviousUpload(
        video_id=video_id_of(video) or "",
        title=text("title"),
        created_at=text("createdAt"),
        links=links_in(video),
    )


def videos_with_metadata(client: ApiClient, key: str, value: str) -> list[dict[str, Any]]:
    """The newest videos (one page, at most :data:`MAX_CANDIDATES`) whose metadata has
    ``key`` = ``value``. Raises the client's typed errors."""
    page = client.list_videos(
        {
            f"metadata[{key}]": value,
            "sortBy": "createdAt",
            "sortOrder": "desc",
            "pageSize": str(MAX_CANDIDATES),
        }
    )
    data = page.get("data")
    return [v for v in data if isinstance(v, dict)] if isinstance(data, list) else []


def _upload_complete(client: ApiClient, video_id: str) -> bool:
    try:
        status = client.get_status(video_id)
    except UploadError as exc:
        log.info("Could not read the status of %s: %s", video_id, exc)
        return False
    ingest = status.get("ingest")
    return isinstance(ingest, Mapping) and ingest.get("status") == "uploaded"


def find_previous_uploads(
    client: ApiClient, fingerprint: str, *, exclude: str | None = None
) -> list[PreviousUpload]:
    """Earlier complete videos of the file with ``fingerprint``, newest first (``exclude``: a
    video id to ignore, such as the one being continued). Raises ``ReasonError`` with
    :data:`Why.TOKEN_NO_CHECK` for an upload token, and the client's typed errors when the
    listing fails."""
    if client.uses_upload_token:
        raise ReasonError(Reason(Why.TOKEN_NO_CHECK))
    found = []
    for video in videos_with_metadata(client, FINGERPRINT_KEY, fingerprint):
        previous = previous_from_video(video)
        if not previous.video_id or previous.video_id == exclude:
            continue
        if _upload_complete(client, previous.video_id):
            found.append(previous)
    return found
