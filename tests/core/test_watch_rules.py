"""Which names a watched folder leaves alone."""

from __future__ import annotations

from pathlib import Path

import pytest

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
