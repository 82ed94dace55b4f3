"""Which names a watched folder leaves alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.engine_helpers import write_video
from uploader_gui.core import environments
from uploader_gui.core.folder_uploads import looked_at
from uploader_gui.core.limits import MAX_VIDEO_SIZE, MIB
from uploader_gui.core.store import UploadStore
from uploader_gui.core.watch_rules import LeftAlone, left_alone_by_name

ROOT = Path("/videos")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("talk.mp4", None),
        ("Talk (2).MOV", None),
        ("sub/talk.mkv", None),
        (".talk.mp4", LeftAlone.HIDDEN),
        (".cache/talk.mp4", LeftAlone.HIDDEN),
        ("Thumbs.db", LeftAlone.HIDDEN),
        ("talk.mp4.part", LeftAlone.TEMPORARY),
        ("talk.mp4.crdownload", LeftAlone.TEMPORARY),
        ("talk.TMP", LeftAlone.TEMPORARY),
        ("~talk.mp4", LeftAlone.TEMPORARY),
        ("talk.mp4~", LeftAlone.TEMPORARY),
    ],
)
def test_names(name: str, reason: LeftAlone | None) -> None:
    assert left_alone_by_name(ROOT / name, ROOT) is reason


def test_a_hidden_watched_folder_itself_is_no_reason() -> None:
    root = Path("/home/me/.recordings")
    assert left_alone_by_name(root / "talk.mp4", root) is None


def test_a_file_that_cannot_go_is_told_apart_from_one_that_is_no_video(
    store: UploadStore, tmp_path: Path
) -> None:
    """A watched folder says which of its files it skips and why: not a video, or a video
    that cannot be uploaded as it is; an empty file is looked at again later."""
    env = environments.sandbox()
    words = tmp_path / "notes.mp4"
    words.write_text("only words\n" * 100)
    assert looked_at(store, env, words) == (LeftAlone.NOT_A_VIDEO, None)
    huge = write_video(tmp_path / "huge.mp4", MIB)
    with huge.open("r+b") as f:
        f.truncate(MAX_VIDEO_SIZE + 1)  # sparse: no disk is used
    assert looked_at(store, env, huge) == (LeftAlone.CANNOT_UPLOAD, None)
    empty = tmp_path / "empty.mp4"
    empty.touch()
    assert looked_at(store, env, empty) == (None, None)
