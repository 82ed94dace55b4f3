"""``watch --after-upload move:DIR`` with DIR where the watch would find the moved files again
(the watched folder itself, or a folder inside it when sub-folders are watched) is refused
before anything is watched or sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import start_cli
from tests.test_cli_recording import data_dir  # noqa: F401 - each test's own store
from uploader_gui.core.after_upload import AfterUpload, parse_after_upload, watched_destination
from uploader_gui.emulator import Emulator

TAIL = "so every moved file would be found there again; move them to a folder outside it.\n"


@pytest.mark.parametrize(
    ("into", "extra", "where"),
    [
        (".", [], "is"),
        ("uploaded", ["--recursive"], "is inside"),
        ("a/b", ["--recursive"], "is inside"),
    ],
)
def test_moving_into_a_watched_folder_is_refused(
    emulator: Emulator, tmp_path: Path, into: str, extra: list[str], where: str
) -> None:
    watched = tmp_path / "inbox"
    watched.mkdir()
    target = (watched / into).absolute()
    args = [
        "watch", str(watched), "--base-url", emulator.base_url,
        "--after-upload", f"move:{target}", *extra,
    ]  # fmt: skip
    proc = start_cli(args)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err == (
        f"uploader-gui watch: error: --after-upload move:{target} {where} the watched folder "
        f"{watched}, " + TAIL
    )
    assert emulator.videos() == []


def test_watched_destination(tmp_path: Path) -> None:
    inbox, other = tmp_path / "inbox", tmp_path / "other"
    inside = parse_after_upload(f"move:{inbox / 'done'}")
    assert watched_destination(inside, [other, inbox], recursive=True) == inbox
    # Without sub-folders the watch never looks inside "done".
    assert watched_destination(inside, [inbox], recursive=False) is None
    itself = parse_after_upload(f"move:{inbox}")
    assert watched_destination(itself, [inbox], recursive=False) == inbox
    assert watched_destination(parse_after_upload(f"move:{other}"), [inbox], recursive=True) is None
    assert watched_destination(AfterUpload(), [inbox], recursive=True) is None
    # A link to the watched folder is the watched folder.
    link = tmp_path / "link"
    inbox.mkdir()
    link.symlink_to(inbox)
    assert watched_destination(parse_after_upload(f"move:{link}"), [inbox], recursive=False)
