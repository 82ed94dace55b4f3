"""api.video's official Python client (api.video 1.4.7) as a real peer of the emulator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from uploader_gui.emulator import Emulator

from .helpers import CHUNK, MIB, TIMEOUT

apivideo = pytest.importorskip("apivideo")

from apivideo.api.upload_tokens_api import UploadTokensApi  # noqa: E402
from apivideo.api_client import ApiClient  # noqa: E402
from apivideo.apis import VideosApi  # noqa: E402
from apivideo.configuration import Configuration  # noqa: E402
from apivideo.model.discarded_video_update_payload import DiscardedVideoUpdatePayload  # noqa: E402
from apivideo.model.token_creation_payload import TokenCreationPayload  # noqa: E402
from apivideo.model.video_creation_payload import VideoCreationPayload  # noqa: E402


@pytest.fixture
def client(emulator: Emulator) -> Iterator[Any]:
    """An authenticated client inside its ``with`` block (login, then refresh on exit)."""
    c = apivideo.AuthenticatedApiClient("test-key", configuration=Configuration(chunk_size=CHUNK))
    c.configuration.host = emulator.base_url  # after construction: __init__ overwrites it
    with c:
        yield c


def served_bytes(url: str) -> bytes:
    r = requests.get(url, timeout=TIMEOUT)
    assert r.status_code == 200
    return r.content


def test_upload_in_chunks_with_progress(
    emulator: Emulator, client: Any, make_file: Callable[..., Path]
) -> None:
    path = make_file(12 * MIB)
    api = VideosApi(client)
    created = api.create(VideoCreationPayload(title="official", tags=["a"]))
    progress: list[tuple[int, int]] = []

    def listener(done: int, total: int) -> None:
        progress.append((done, total))

    with path.open("rb") as f:
        video = api.upload(created.video_id, f, _progress_listener=listener)
    assert video.video_id == created.video_id
    assert progress[-1] == (12 * MIB, 12 * MIB)
    assert emulator.upload_requests == 3
    assert served_bytes(video.assets.mp4) == path.read_bytes()
    st = api.get_status(video.video_id)
    assert st.ingest.status == "uploaded"
    assert st.ingest.filesize == 12 * MIB
    assert st.ingest.received_parts.parts == [1, 2, 3]
    assert st.ingest.received_parts.total == 3
    # One range per part, as the API reference lists them; the client's model takes them.
    assert [(r._from, r.to, r.total) for r in st.ingest.received_bytes] == [
        (0, 5 * MIB - 1, 12 * MIB),
        (5 * MIB, 10 * MIB - 1, 12 * MIB),
        (10 * MIB, 12 * MIB - 1, 12 * MIB),
    ]
    listed = api.list(tags=["a"])
    assert [v.video_id for v in listed.data] == [video.video_id]


def test_progressive_session(emulator: Emulator, client: Any, tmp_path: Path) -> None:
    api = VideosApi(client)
    created = api.create(VideoCreationPayload(title="progressive"))
    pieces = [b"a" * CHUNK, b"b" * CHUNK, b"tail"]
    files = []
    for i, piece in enumerate(pieces):
        p = tmp_path / f"piece{i}"
        p.write_bytes(piece)
        files.append(p)
    session = api.create_upload_progressive_session(created.video_id)
    for p in files[:-1]:
        with p.open("rb") as f:
            session.uploadPart(f)
    with files[-1].open("rb") as f:
        video = session.uploadLastPart(f)
    assert served_bytes(video.assets.mp4) == b"".join(pieces)
    assert api.get_status(video.video_id).encoding.metadata.width == 1920


def test_upload_token_progressive_session(emulator: Emulator, client: Any, tmp_path: Path) -> None:
    token = UploadTokensApi(client).create_token(TokenCreationPayload(ttl=600))
    assert token.ttl == 600 and token.expires_at is not None
    pieces = [b"x" * CHUNK, b"y" * 1000]
    anonymous = ApiClient()
    anonymous.configuration.host = emulator.base_url
    api = VideosApi(anonymous)
    session = api.create_upload_with_upload_token_progressive_session(token.token)
    first = tmp_path / "movie.mp4"
    first.write_bytes(pieces[0])
    last = tmp_path / "movie-end.mp4"
    last.write_bytes(pieces[1])
    with first.open("rb") as f:
        session.uploadPart(f)
    with last.open("rb") as f:
        video = session.uploadLastPart(f)
    assert video.title == "movie.mp4"  # titled with the first chunk's file name
    assert served_bytes(video.assets.mp4) == b"".join(pieces)
    assert len(emulator.videos()) == 1


def test_one_shot_token_upload_makes_one_video_per_chunk(
    emulator: Emulator, client: Any, make_file: Callable[..., Path]
) -> None:
    """The official one-shot token upload never forwards videoId: like api.video, the emulator
    then starts a new video for every chunk, none of them complete."""
    token = UploadTokensApi(client).create_token(TokenCreationPayload())
    path = make_file(12 * MIB, name="big.mp4")
    anonymous = ApiClient(Configuration(chunk_size=CHUNK))
    anonymous.configuration.host = emulator.base_url
    with path.open("rb") as f:
        VideosApi(anonymous).upload_with_upload_token(token.token, f)
    videos = emulator.videos()
    assert len(videos) == 3
    assert {v["title"] for v in videos} == {"big.mp4"}
    assert all(emulator.source_path(v["videoId"]) is None for v in videos)


def test_every_model_the_client_reads_parses(
    emulator: Emulator, client: Any, tmp_path: Path
) -> None:
    """The client type-checks responses: each shape the emulator sends must fit its models."""
    from apivideo.model.video_thumbnail_pick_payload import VideoThumbnailPickPayload
    from apivideo.model.video_update_payload import VideoUpdatePayload

    api = VideosApi(client)
    tokens = UploadTokensApi(client)
    video = api.create(VideoCreationPayload(title="shapes", language="en", mp4_support=False))
    assert api.get_status(video.video_id).encoding.playable is False
    requests.post(
        f"{emulator.base_url}/videos/{video.video_id}/source",
        auth=("test-key", ""),
        headers={"Content-Range": f"bytes 0-{CHUNK - 1}/{2 * CHUNK}"},
        files={"file": ("a.mp4", b"a" * CHUNK)},
        timeout=TIMEOUT,
    ).raise_for_status()
    ingest = api.get_status(video.video_id).ingest
    assert ingest.status == "uploading"
    assert ingest.received_bytes[0]["to"] == CHUNK - 1
    updated = api.update(video.video_id, VideoUpdatePayload(tags=["t"], public=False))
    assert updated.tags == ["t"] and updated.public is False
    assert api.get(video.video_id).language == "en"
    cover = tmp_path / "cover.png"
    cover.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with cover.open("rb") as f:
        api.upload_thumbnail(video.video_id, f)
    api.pick_thumbnail(video.video_id, VideoThumbnailPickPayload(timecode="00:00:01.000"))
    token = tokens.create_token(TokenCreationPayload(ttl=60))
    assert tokens.get_token(token.token).ttl == 60
    assert [t.token for t in tokens.list().data] == [token.token]
    tokens.delete_token(token.token)
    page = api.list(current_page=1, page_size=1)
    assert page.pagination.items_total == 1
    api.delete(video.video_id)
    assert emulator.videos() == []
    assert [v.video_id for v in api.list_discarded().data] == [video.video_id]
    assert api.get_discarded(video.video_id).discarded is True
    restored = api.update_discarded(video.video_id, DiscardedVideoUpdatePayload(discarded=False))
    assert restored.discarded is False and restored.tags == ["t"]
    assert [v["videoId"] for v in emulator.videos()] == [video.video_id]
