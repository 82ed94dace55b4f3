"""A lost answer to creating a video: the video that request made is found by the file's
fingerprint and used, so a file never gets a second video; without a fingerprint, or when
nothing is found, the file stops with a plain reason.

The answer is lost by a thin client that creates the video for real on the emulator and then
reports a dropped connection; every other request is real HTTP to the emulator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.engine_helpers import served_bytes, write_video
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.duplicates import with_fingerprint
from uploader_gui.core.errors import InvalidInputError, NetworkError
from uploader_gui.core.fingerprint import fingerprint
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Why
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_result import UploadResult
from uploader_gui.emulator import Emulator

KEY = "test-key"
OPTIONS = UploadOptions(chunk_size=5 * MIB, parallel_chunks=2)


class LosingClient(ApiClient):
    """Loses the answer to the first ``POST /videos``, after (``reached``) or before the
    server acted on it."""

    def __init__(self, base_url: str, *, reached: bool) -> None:
        super().__init__(base_url, api_key=KEY, timeout=10)
        self.reached = reached
        self.created: list[str] = []
        self.lost = 0

    def create_video(self, metadata: VideoMetadata) -> dict[str, Any]:
        if self.lost:
            return super().create_video(metadata)
        self.lost += 1
        if self.reached:
            self.created.append(str(super().create_video(metadata)["videoId"]))
        raise NetworkError(Why.NO_NETWORK, detail="Connection aborted.")


def run(client: ApiClient, path: Path, metadata: VideoMetadata) -> UploadResult:
    return FileUpload(client, path, metadata, OPTIONS, sleep=lambda _s: None).run()


@pytest.fixture
def video(tmp_path: Path) -> Path:
    return write_video(tmp_path / "trip.mp4", 11 * MIB + 77)


def marked(path: Path) -> VideoMetadata:
    return with_fingerprint(VideoMetadata(title="Trip"), fingerprint(path))


def test_the_video_made_by_the_lost_request_is_used(emulator: Emulator, video: Path) -> None:
    with LosingClient(emulator.base_url, reached=True) as client:
        result = run(client, video, marked(video))
    assert client.lost == 1
    assert [v["videoId"] for v in emulator.videos()] == [result.video_id] == client.created
    assert served_bytes(emulator, result.video_id) == video.read_bytes()
    assert result.links.player


def test_an_earlier_complete_upload_of_the_same_file_is_not_taken(
    emulator: Emulator, video: Path
) -> None:
    with ApiClient(emulator.base_url, api_key=KEY, timeout=10) as plain:
        earlier = run(plain, video, marked(video))
    with LosingClient(emulator.base_url, reached=True) as client:
        result = run(client, video, marked(video))
    assert result.video_id != earlier.video_id
    assert result.video_id == client.created[0]
    assert len(emulator.videos()) == 2
    assert served_bytes(emulator, result.video_id) == video.read_bytes()


def test_without_a_fingerprint_the_file_stops(emulator: Emulator, video: Path) -> None:
    with (
        LosingClient(emulator.base_url, reached=True) as client,
        pytest.raises(InvalidInputError) as caught,
    ):
        run(client, video, VideoMetadata(title="Trip"))
    assert caught.value.reason.why is Why.CREATE_LOST
    assert len(emulator.videos()) == 1
    assert emulator.upload_requests == 0


def test_when_nothing_was_made_the_file_stops(emulator: Emulator, video: Path) -> None:
    with (
        LosingClient(emulator.base_url, reached=False) as client,
        pytest.raises(InvalidInputError) as caught,
    ):
        run(client, video, marked(video))
    assert caught.value.reason.why is Why.CREATE_LOST
    assert emulator.videos() == []


def test_another_title_is_not_taken(emulator: Emulator, video: Path) -> None:
    fp = fingerprint(video)
    with ApiClient(emulator.base_url, api_key=KEY, timeout=10) as plain:
        plain.create_video(with_fingerprint(VideoMetadata(title="Someone else's"), fp))
    with (
        LosingClient(emulator.base_url, reached=False) as client,
        pytest.raises(InvalidInputError, match=r"create_(lost|unknown)"),
    ):
        run(client, video, marked(video))
    assert len(emulator.videos()) == 1


def test_a_video_that_already_has_bytes_is_not_taken(emulator: Emulator, video: Path) -> None:
    with ApiClient(emulator.base_url, api_key=KEY, timeout=10) as plain:
        earlier = run(plain, video, marked(video))
    with (
        LosingClient(emulator.base_url, reached=False) as client,
        pytest.raises(InvalidInputError, match=r"create_(lost|unknown)"),
    ):
        run(client, video, marked(video))
    assert [v["videoId"] for v in emulator.videos()] == [earlier.video_id]
