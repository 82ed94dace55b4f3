"""``/videos``: creating, listing, reading, updating and deleting videos, and their status."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import Any

from aiohttp import web

from .errors import ApiError, attribute_problem
from .routes_base import LogNote, RoutesBase, _paging
from .state import Store, VideoRecord, new_id
from .views import paginate, status_json

#: The 33 languages api.video accepts for ``language``.
_LANGUAGE_CODES = (
    "ar ca cs da de el en es fa fi fr he hi hr hu it ja ko ml nl nn no pl pt ru sk sl te tr uk ur "
    "vi zh"
)
LANGUAGES = frozenset(_LANGUAGE_CODES.split())


class VideoRoutes(RoutesBase):
    """The video resource and its status."""

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
            if note := self.log_note(request):
                note.video_id, note.accepted = video.video_id, True
                note.seq = self.request_log.next_seq()
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
            if note := self.log_note(request):
                note.accepted = True
                note.seq = self.request_log.next_seq()
        return self._json(self._video_json(video))

    async def delete_video(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        video = self._video(request.match_info["video_id"])
        if self.faults.refuse_deletes:
            raise ApiError("method-not-allowed")
        if self.faults.forget_deleted:
            self.forget_video(video.video_id)
        else:
            self.discard_video(video.video_id)
        return web.Response(status=204)

    def discard_video(self, video_id: str) -> None:
        """Moves a video to the discarded ones, media kept, so that it can be restored."""
        with self.store.lock:
            video = self.store.videos.pop(video_id, None)
            if video is None:
                return
            video.discarded_at = self.clock()
            self.store.discarded[video_id] = video
            self.store.save()

    def forget_video(self, video_id: str) -> bool:
        """Removes a video and its media for good (DELETE with ``Faults.forget_deleted``; the
        deleted ones otherwise stay restorable). Thread-safe; False when unknown."""
        with self.store.lock:
            known = self.store.videos.pop(video_id, None) is not None
            known = self.store.discarded.pop(video_id, None) is not None or known
            if known:
                self.store.save()
            self.request_log.forget(video_id)
        _remove_media(self.store, video_id)
        return known

    async def get_status(self, request: web.Request) -> web.StreamResponse:
        self.authenticate(request)
        video = self._video(request.match_info["video_id"])
        with self.store.lock:
            data = status_json(video, self.encoding_delay, self.clock())
            if note := self.log_note(request):
                _note_status(note, data)
                note.seq = self.request_log.next_seq()
        return self._json(data)


def _note_status(note: LogNote, data: dict[str, Any]) -> None:
    """What a status answer told: its byte ranges and parts, for the request log."""
    ingest = data.get("ingest", {})
    note.accepted = True
    note.received = tuple((r["from"], r["to"]) for r in ingest.get("receivedBytes", ()))
    note.received_parts = tuple(ingest.get("receivedParts", {}).get("parts", ()))


def _remove_media(store: Store, video_id: str) -> None:
    shutil.rmtree(store.chunk_dir(video_id), ignore_errors=True)
    store.source_file(video_id).unlink(missing_ok=True)
    store.thumbnail_file(video_id).unlink(missing_ok=True)
    for kind in ("captions", "chapters"):
        shutil.rmtree(store.track_dir(kind, video_id), ignore_errors=True)


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
