"""Editing, deleting and restoring a video against the emulator."""

from __future__ import annotations

import socket
from pathlib import Path

from tests.conftest import ManualClock
from tests.core.conftest import KEY
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Why
from uploader_gui.core.store import UploadStore
from uploader_gui.core.video_details import (
    EditState,
    delete_video,
    discarded_videos,
    restore_video,
    update_details,
    video_details,
)
from uploader_gui.emulator import Emulator


def _video(client: ApiClient, title: str = "first") -> str:
    return str(client.create_video(VideoMetadata(title=title, tags=["old"]))["videoId"])


def test_an_edit_replaces_title_tags_description_and_privacy(
    emulator: Emulator, client: ApiClient
) -> None:
    video_id = _video(client)
    edit = VideoMetadata(
        title="Talk, final", description="About", tags=["a", "b", "a"], public=False
    )
    result = update_details(client, video_id, edit)
    assert result.state is EditState.SAVED
    assert result.video is not None and result.video.tags == ("a", "b")
    served = client.get_video(video_id)
    assert (served["title"], served["description"], served["tags"], served["public"]) == (
        "Talk, final",
        "About",
        ["a", "b"],
        False,
    )
    # Emptied tags and description are emptied on the server too.
    assert update_details(client, video_id, VideoMetadata(title="t")).state is EditState.SAVED
    assert client.get_video(video_id)["tags"] == []
    assert (
        update_details(client, video_id, VideoMetadata(title="  ")).state is EditState.EMPTY_TITLE
    )


def test_refusals_and_a_missing_video_are_told_apart(emulator: Emulator, client: ApiClient) -> None:
    video_id = _video(client)
    bad = VideoMetadata(title="x", tags=[3])  # type: ignore[list-item]
    refused = update_details(client, video_id, bad)
    assert refused.state is EditState.REFUSED and refused.reason is not None
    assert refused.refused_for_good  # the same details would be refused again
    gone = update_details(client, "viNoSuchVideo0000000000", VideoMetadata(title="x"))
    assert gone.state is EditState.VIDEO_GONE
    assert gone.reason is not None and gone.reason.why is Why.VIDEO_NOT_FOUND


def test_a_refused_key_keeps_the_edit_due(emulator: Emulator, client: ApiClient) -> None:
    """A key that was rotated or mistyped is put right by the creator; the same edit then
    goes through, so it is not given up."""
    video_id = _video(client)
    with ApiClient(emulator.base_url, api_key="wrong") as wrong:
        result = update_details(wrong, video_id, VideoMetadata(title="later"))
    assert result.state is EditState.REFUSED and result.key_refused
    assert not result.refused_for_good
    assert update_details(client, video_id, VideoMetadata(title="later")).state is EditState.SAVED


def test_offline_is_retry_later_and_a_token_needs_a_key(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with ApiClient(f"http://127.0.0.1:{port}", api_key=KEY, timeout=2) as offline:
        result = update_details(offline, "vi1", VideoMetadata(title="x"))
    assert result.state is EditState.RETRY_LATER
    with ApiClient("http://127.0.0.1:1", upload_token="to1") as token:
        assert delete_video(token, "vi1").state is EditState.NEEDS_API_KEY


def test_delete_lists_the_video_as_discarded_until_restored(
    emulator: Emulator, client: ApiClient
) -> None:
    kept = _video(client, "kept")
    assert delete_video(client, kept).state is EditState.SAVED
    listed_state, listed = discarded_videos(client)
    assert listed_state.state is EditState.SAVED
    assert [v.video_id for v in listed] == [kept]
    assert listed[0].discarded_at is not None and listed[0].deletes_at is not None
    assert (listed[0].deletes_at - listed[0].discarded_at).days == 90
    restored = restore_video(client, kept)
    assert restored.state is EditState.SAVED and restored.video is not None
    assert restored.video.discarded_at is None
    assert [v["videoId"] for v in emulator.videos()] == [kept]
    assert restore_video(client, kept).state is EditState.VIDEO_GONE


def test_recently_deleted_lists_the_latest_deletion_first(
    emulator: Emulator, client: ApiClient, clock: ManualClock
) -> None:
    made = [_video(client, title) for title in ("a", "b", "c")]
    for video_id in (made[1], made[2], made[0]):
        assert delete_video(client, video_id).state is EditState.SAVED
        clock.advance(60)
    state, listed = discarded_videos(client)
    assert state.state is EditState.SAVED
    assert [v.video_id for v in listed] == [made[0], made[2], made[1]]


def test_untrusted_answers_are_bounded() -> None:
    assert video_details("nope") is None
    assert video_details({"videoId": "x" * 200}) is None
    odd = video_details(
        {"videoId": "vi1", "title": "t" * 5000, "tags": ["a", 3, "b" * 999], "public": "yes"}
    )
    assert odd is not None and len(odd.title) == 1024 and odd.tags == ("a", "b" * 256)
    assert odd.public is True and odd.discarded_at is None


def test_edits_after_the_video_exists_are_kept_until_sent(
    store: UploadStore, tmp_path: Path
) -> None:
    media = tmp_path / "a.mp4"
    media.write_bytes(b"\0" * 64)
    env = Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:9")
    file_id = store.add_file(
        media, environment=env, auth_kind="api_key", metadata=VideoMetadata(title="a")
    )
    assert store.edit_details(file_id, VideoMetadata(title="before")) is False
    assert store.details_due() == []
    store.set_video_id(file_id, "vi1")
    first = VideoMetadata(title="after")
    assert store.edit_details(file_id, first) is True
    assert [r.metadata.title for r in store.details_due()] == ["after"]
    store.edit_details(file_id, VideoMetadata(title="again"))
    store.details_sent(file_id, first)  # an older edit's answer: the newer one stays due
    assert [r.metadata.title for r in store.details_due()] == ["again"]
    store.details_sent(file_id, VideoMetadata(title="again"))
    assert store.details_due() == []
    store.mark_discarded(file_id, 12.5)
    assert store.discarded() == {file_id: 12.5}
    store.mark_discarded(file_id, None)
    assert store.discarded() == {}
