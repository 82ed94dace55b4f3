"""The emulator's durable state: videos, their sources, tokens.

Everything lives in one JSON file in the data dir, rewritten atomically (temp file + rename) after
each change, so an emulator stopped at any moment and started again on the same directory carries
on where it was. Chunk bodies and assembled sources are separate files next to it.
"""

from __future__ import annotations

import json
import os
import secrets
import string
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

_ID_ALPHABET = string.ascii_letters + string.digits


def new_id(prefix: str) -> str:
    """An api.video-looking identifier, e.g. ``vi4blUQJFrYWbaG44NChkH27``."""
    return prefix + "".join(secrets.choice(_ID_ALPHABET) for _ in range(22))


@dataclass
class Chunk:
    """One accepted chunk. ``start``/``end`` are byte offsets in the bytes form; in the part form
    they are unknown (-1) until the upload is complete."""

    key: int  # part number, or first byte
    size: int
    file: str  # name inside the video's chunk directory
    start: int = -1
    end: int = -1
    open: bool = False  # a part sent as "part n/*" (declared not to be the last)


@dataclass
class Source:
    """The upload state of one video's source."""

    mode: str | None = None  # None, "bytes", "part" or "single"
    total: int | None = None  # total bytes or total parts, once known
    chunks: list[Chunk] = field(default_factory=list)
    complete: bool = False  # every byte/part is here
    assembled: bool = False  # the source file exists
    filesize: int | None = None
    completed_at: float | None = None  # when assembly finished (encoding starts)

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Source:
        chunks = [Chunk(**c) for c in data.pop("chunks", [])]
        return Source(chunks=chunks, **data)


@dataclass
class VideoRecord:
    """A video container and what the API lets clients set on it."""

    video_id: str
    seq: int
    title: str
    created_at: float
    updated_at: float
    description: str = ""
    tags: list[str] = field(default_factory=list)
    metadata: list[dict[str, str]] = field(default_factory=list)
    public: bool = True
    panoramic: bool = False
    mp4_support: bool = True
    player_id: str | None = None
    language: str | None = None
    #: Accepted creation fields the Video object does not echo (clip, watermark, transcript...).
    extra: dict[str, Any] = field(default_factory=dict)
    #: Media type of a thumbnail the client sent; None means the generated one.
    thumbnail_type: str | None = None
    #: Varies the generated thumbnail when a client picks a frame by timecode.
    thumbnail_seed: int = 0
    #: The timecode of the frame picked for the thumbnail, as the client sent it (None when
    #: none was picked, or an image was uploaded since).
    thumbnail_timecode: str | None = None
    #: Caption languages (IETF tags as sent) and whether each is the default.
    captions: dict[str, bool] = field(default_factory=dict)
    #: Chapter languages, in the order they were first uploaded.
    chapters: list[str] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    #: When ``DELETE /videos/{id}`` moved the video to the discarded ones (None while live).
    discarded_at: float | None = None

    @staticmethod
    def from_dict(data: dict[str, Any]) -> VideoRecord:
        source = Source.from_dict(dict(data.pop("source", {})))
        return VideoRecord(source=source, **data)


@dataclass
class UploadTokenRecord:
    """A delegated upload token."""

    token: str
    ttl: int
    created_at: float
    expires_at: float | None

    def expired(self, now: float) -> bool:
        return self.expires_at is not None and now >= self.expires_at


class Store:
    """All state, guarded by one lock so other threads (tests) may read it while serving."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        #: The emulator's wall clock (tests may replace it to make time pass at once).
        self.clock: Callable[[], float] = time.time
        self.lock = threading.RLock()
        self.seq = 0
        self.videos: dict[str, VideoRecord] = {}
        #: Deleted videos, kept (with their media) until restored or their 90 days are over.
        self.discarded: dict[str, VideoRecord] = {}
        self.access_tokens: dict[str, float] = {}  # token -> expiry (epoch seconds)
        self.refresh_tokens: dict[str, str] = {}  # token -> api key
        self.upload_tokens: dict[str, UploadTokenRecord] = {}
        for sub in ("chunks", "sources", "thumbnails", "incoming", "captions", "chapters"):
            (data_dir / sub).mkdir(parents=True, exist_ok=True)
        self._load()

    @property
    def state_file(self) -> Path:
        return self.data_dir / "state.json"

    def chunk_dir(self, video_id: str) -> Path:
        return self.data_dir / "chunks" / video_id

    def source_file(self, video_id: str) -> Path:
        return self.data_dir / "sources" / f"{video_id}.mp4"

    def thumbnail_file(self, video_id: str) -> Path:
        return self.data_dir / "thumbnails" / video_id

    def track_file(self, kind: str, video_id: str, language: str) -> Path:
        """Where a caption (``kind`` "captions") or chapters file of a video is kept."""
        return self.data_dir / kind / video_id / f"{language}.vtt"

    def track_dir(self, kind: str, video_id: str) -> Path:
        return self.data_dir / kind / video_id

    def incoming_dir(self) -> Path:
        return self.data_dir / "incoming"

    def _load(self) -> None:
        # Bodies half-received when the last run stopped are worthless now.
        for leftover in self.incoming_dir().iterdir():
            leftover.unlink(missing_ok=True)
        if not self.state_file.exists():
            return
        data = json.loads(self.state_file.read_text(encoding="utf-8"))
        self.seq = int(data.get("seq", 0))
        self.videos = {k: VideoRecord.from_dict(v) for k, v in data.get("videos", {}).items()}
        self.discarded = {k: VideoRecord.from_dict(v) for k, v in data.get("discarded", {}).items()}
        self.access_tokens = {k: float(v) for k, v in data.get("access_tokens", {}).items()}
        self.refresh_tokens = dict(data.get("refresh_tokens", {}))
        self.upload_tokens = {
            k: UploadTokenRecord(**v) for k, v in data.get("upload_tokens", {}).items()
        }

    def save(self) -> None:
        """Write the whole state atomically."""
        with self.lock:
            now = self.clock()
            self.access_tokens = {k: v for k, v in self.access_tokens.items() if v > now}
            data = {
                "seq": self.seq,
                "videos": {k: asdict(v) for k, v in self.videos.items()},
                "discarded": {k: asdict(v) for k, v in self.discarded.items()},
                "access_tokens": self.access_tokens,
                "refresh_tokens": self.refresh_tokens,
                "upload_tokens": {k: asdict(v) for k, v in self.upload_tokens.items()},
            }
            tmp = self.state_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self.state_file)

    def next_seq(self) -> int:
        with self.lock:
            self.seq += 1
            return self.seq
