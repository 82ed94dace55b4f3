"""What a watched folder does with an uploaded file: never with one that changed since."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.engine_helpers import write_video
from uploader_gui.core.after_upload import (
    AfterUpload,
    AfterUploadDone,
    AfterUploadKind,
    AfterUploadSyntaxError,
    after_upload,
    parse_after_upload,
)
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import UploadStore

ENV = Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:9")


def queued(store: UploadStore, path: Path) -> int:
    return store.add_file(path, environment=ENV, auth_kind="api_key", metadata=VideoMetadata("x"))


def test_parsing() -> None:
    assert parse_after_upload("keep") == AfterUpload()
    assert parse_after_upload("delete").kind is AfterUploadKind.DELETE
    moved = parse_after_upload("move:/tmp/sent")
    assert moved.kind is AfterUploadKind.MOVE and moved.folder == Path("/tmp/sent")
    for bad in ("move:", "remove", ""):
        with pytest.raises(AfterUploadSyntaxError):
            parse_after_upload(bad)


def test_a_changed_file_is_never_moved_or_deleted(store: UploadStore, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 4096)
    record = store.get(queued(store, clip))
    with open(clip, "ab") as f:
        f.write(b"more")
    for action in (AfterUpload(AfterUploadKind.DELETE), parse_after_upload(f"move:{tmp_path}/x")):
        result = after_upload(store, record, action, playable=True)
        assert result.done is AfterUploadDone.CHANGED
    assert clip.exists() and not (tmp_path / "x").exists()


def test_a_delete_waits_for_a_watchable_video(store: UploadStore, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 4096)
    record = store.get(queued(store, clip))
    action = AfterUpload(AfterUploadKind.DELETE)
    assert after_upload(store, record, action, playable=False).done is AfterUploadDone.NOT_PLAYABLE
    assert clip.exists()
    assert after_upload(store, record, action, playable=True).done is AfterUploadDone.DELETED
    assert not clip.exists()


def test_a_move_never_overwrites(store: UploadStore, tmp_path: Path) -> None:
    target = tmp_path / "sent"
    target.mkdir()
    (target / "clip.mp4").write_bytes(b"another clip")
    clip = write_video(tmp_path / "clip.mp4", 4096)
    record = store.get(queued(store, clip))
    result = after_upload(store, record, parse_after_upload(f"move:{target}"), playable=False)
    assert result.done is AfterUploadDone.MOVED
    assert result.to == target / "clip (2).mp4"
    assert (target / "clip.mp4").read_bytes() == b"another clip"
    assert result.to.stat().st_size == 4096
