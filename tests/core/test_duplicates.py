"""Finding an earlier upload of the same file through api.video metadata, on the emulator."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.engine_helpers import write_video
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.duplicates import (
    FINGERPRINT_KEY,
    PreviousUpload,
    find_previous_uploads,
    metadata_with_fingerprint,
    record_fingerprint,
    with_fingerprint,
)
from uploader_gui.core.fingerprint import fingerprint
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import ReasonError, Why, because
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.video_links import VideoLinks
from uploader_gui.emulator import Emulator

MIB = 1024 * 1024


def test_fingerprint_rides_in_the_metadata_without_touching_the_original() -> None:
    meta = VideoMetadata(title="t", tags=["a"], metadata={"kept": "yes"})
    marked = with_fingerprint(meta, "v1:abc")
    assert marked.metadata == {"kept": "yes", FINGERPRINT_KEY: "v1:abc"}
    assert meta.metadata == {"kept": "yes"}
    assert {"key": FINGERPRINT_KEY, "value": "v1:abc"} in marked.to_payload()["metadata"]


def test_previous_upload_speaks_in_dates_and_titles() -> None:
    p = PreviousUpload(
        "vi1", "Summer trip", "2026-11-29T10:02:03+00:00", links=VideoLinks(player="https://p")
    )
    assert p.day == date(2026, 11, 29) and p.shown_title == "Summer trip"
    assert p.skipped() == because(
        Why.SKIPPED_EARLIER,
        title="Summer trip",
        created_at="2026-11-29T10:02:03+00:00",
        link="https://p",
    )
    unknown = PreviousUpload("vi2", "", "garbage")
    assert unknown.day is None and unknown.shown_title == "vi2"


def test_a_completed_upload_is_found_and_a_half_one_or_another_file_is_not(
    emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "trip.mp4", 6 * MIB)
    other = write_video(tmp_path / "other.mp4", 6 * MIB)
    fp = fingerprint(path)
    with ApiClient(emulator.base_url, api_key="test-key") as client:
        assert find_previous_uploads(client, fp) == []
        # A video created with the fingerprint but never uploaded does not count.
        half = client.create_video(with_fingerprint(VideoMetadata(title="half"), fp))
        assert find_previous_uploads(client, fp) == []
        meta = with_fingerprint(VideoMetadata(title="Summer trip"), fp)
        done = FileUpload(client, path, meta, UploadOptions(chunk_size=5 * MIB)).run()
        found = find_previous_uploads(client, fp)
        assert [p.video_id for p in found] == [done.video_id]
        assert found[0].title == "Summer trip" and found[0].links.player == done.links.player
        assert found[0].links.hls.endswith("manifest.m3u8") and found[0].created_at
        assert find_previous_uploads(client, fp, exclude=done.video_id) == []
        assert find_previous_uploads(client, fingerprint(other)) == []
        assert half["videoId"] != done.video_id


def test_an_upload_token_cannot_look(emulator: Emulator) -> None:
    with (
        ApiClient(emulator.base_url, upload_token="to1") as client,
        pytest.raises(ReasonError) as refused,
    ):
        find_previous_uploads(client, "v1:x")
    assert refused.value.reason.why is Why.TOKEN_NO_CHECK


def test_list_videos_passes_metadata_and_repeated_parameters(emulator: Emulator) -> None:
    with ApiClient(emulator.base_url, api_key="test-key") as client:
        a = client.create_video(VideoMetadata(title="a", tags=["x", "y"], metadata={"k": "1"}))
        client.create_video(VideoMetadata(title="b", tags=["x"], metadata={"k": "2"}))
        by_key = client.list_videos({"metadata[k]": "1"})
        assert [v["videoId"] for v in by_key["data"]] == [a["videoId"]]
        both_tags = client.list_videos({"tags[]": ["x", "y"]})
        assert [v["videoId"] for v in both_tags["data"]] == [a["videoId"]]
        newest = client.list_videos({"sortBy": "createdAt", "sortOrder": "desc", "pageSize": "1"})
        assert [v["title"] for v in newest["data"]] == ["b"]
        assert newest["pagination"]["itemsTotal"] == 2


def test_a_new_fingerprint_keeps_the_video_s_other_metadata(emulator: Emulator) -> None:
    """A metadata array replaces the stored one whole: the fingerprint of a finished
    recording must not wipe what another tool or an edit put there meanwhile."""
    with ApiClient(emulator.base_url, api_key="test-key") as client:
        made = client.create_video(
            VideoMetadata(title="rec", metadata={FINGERPRINT_KEY: "v1:growing", "shoot": "day 1"})
        )
        video_id = made["videoId"]
        client.update_video(
            video_id,
            {"metadata": [*made["metadata"], {"key": "editor", "value": "cut 3"}]},
        )
        record_fingerprint(client, video_id, "v1:finished")
        held = {m["key"]: m["value"] for m in client.get_video(video_id)["metadata"]}
        assert held == {FINGERPRINT_KEY: "v1:finished", "shoot": "day 1", "editor": "cut 3"}
        assert [
            v["videoId"]
            for v in client.list_videos({f"metadata[{FINGERPRINT_KEY}]": "v1:finished"})["data"]
        ] == [video_id]


def test_broken_metadata_in_an_answer_is_dropped_not_sent_back() -> None:
    video = {
        "metadata": [
            {"key": "ok", "value": "1"},
            {"key": 5, "value": "x"},
            "text",
            {"key": "no value"},
            {"key": FINGERPRINT_KEY, "value": "v1:old"},
        ]
    }
    assert metadata_with_fingerprint(video, "v1:new") == [
        {"key": "ok", "value": "1"},
        {"key": FINGERPRINT_KEY, "value": "v1:new"},
    ]
    assert metadata_with_fingerprint({"metadata": "nonsense"}, "v1:new") == [
        {"key": FINGERPRINT_KEY, "value": "v1:new"}
    ]
