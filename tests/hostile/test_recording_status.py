"""An upload while recording continued from what a hostile ``/status`` says it holds: a part
count past any upload, or an ``ingest`` that is not an object, is typed, never a crash or a
loop over billions of part numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.engine_helpers import write_video
from tests.hostile.server import HostileServer, json_answer
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.errors import UploadError
from uploader_gui.core.ingest_status import received_parts_total
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.recording_upload import RecordingUpload

KEY = "hostile-recording-key"


@pytest.mark.parametrize(
    ("ingest", "total"),
    [
        ({"receivedParts": {"parts": [1], "total": 10**15}}, None),
        ({"receivedParts": {"parts": [1], "total": True}}, None),
        ({"receivedParts": {"parts": [1], "total": 0}}, None),
        ({"receivedParts": {"parts": [1], "total": 1.0}}, None),
        ({"receivedParts": [1]}, None),
        ("nonsense", None),
        ({"receivedParts": {"parts": [1, 2], "total": 2}}, 2),
    ],
)
def test_the_part_count_is_read_bounded(ingest: Any, total: int | None) -> None:
    assert received_parts_total({"ingest": ingest}) == total


@pytest.mark.parametrize(
    "ingest",
    ["nonsense", {"receivedParts": {"parts": [1], "total": 10**15}}],
)
def test_a_continued_recording_takes_a_hostile_status_as_typed(
    hostile: HostileServer, tmp_path: Path, ingest: Any
) -> None:
    clip = write_video(tmp_path / "rec.mp4", MIB)
    hostile.on("GET", "/videos/vi1/status", json_answer(200, {"ingest": ingest}))
    with ApiClient(hostile.base_url, api_key=KEY) as client:
        upload = RecordingUpload(
            client, clip, VideoMetadata(title="rec"), settle=0.2, video_id="vi1"
        )
        with pytest.raises(UploadError):
            upload.run()
