"""Scanning dropped files and folders: order, duplicates, clutter, loops and problems."""

from __future__ import annotations

import os
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from uploader_gui.cli.words import reason_words
from uploader_gui.core import folder_scan
from uploader_gui.core.file_checks import FileCheck, check_file
from uploader_gui.core.folder_scan import ScanResult, natural_key, scan_paths

MP4 = struct.pack(">I", 24) + b"ftypisom\x00\x00\x02\x00isomavc1" + b"\x00\x00\x00\x08free"
MKV = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska"


def words(check: FileCheck) -> str:
    """Why a path was left out, as the command line words it."""
    return reason_words(check.reason) if check.reason is not None else ""


def make(path: Path, data: bytes = MP4) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def names(checks: list[FileCheck], root: Path) -> list[str]:
    return [check.path.relative_to(root).as_posix() for check in checks]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "drop"
    make(root / "b.mp4")
    make(root / "A.mov")
    make(root / "clip 10.mkv", MKV)
    make(root / "clip 2.mkv", MKV)
    make(root / "notes.txt", b"shooting notes\n")
    make(root / "fake.mp4", b"not a video at all, just text\n")
    make(root / "VID_0042", MKV)  # a real video without an extension
    make(root / "empty.mp4", b"")
    for junk in (".DS_Store", "Thumbs.db", "desktop.ini", "._A.mov", ".hidden.mp4"):
        make(root / junk)
    make(root / ".git" / "objects.mp4")
    make(root / "sub" / "c.mp4")
    make(root / "sub" / "deeper" / "d.mp4")
    make(root / "sub 10" / "e.mp4")
    make(root / "sub 9" / "f.mp4")
    return root


def test_folders_are_walked_in_a_stable_natural_order(tree: Path) -> None:
    result = scan_paths([tree])
    assert names(result.accepted, tree) == [
        "A.mov",
        "b.mp4",
        "clip 2.mkv",
        "clip 10.mkv",
        "VID_0042",
        "sub/c.mp4",
        "sub/deeper/d.mp4",
        "sub 9/f.mp4",
        "sub 10/e.mp4",
    ]
    assert all(check.ok and check.kind for check in result.accepted)
    assert not result.truncated and not result.cancelled


def test_rejects_carry_reasons_and_clutter_is_silent(tree: Path) -> None:
    result = scan_paths([tree])
    rejected = {c.path.name: words(c) for c in result.rejected}
    assert rejected == {
        "empty.mp4": "The file is empty (0 bytes).",
        "fake.mp4": "This doesn't look like a video file (it looks like text).",
        "notes.txt": "This doesn't look like a video file (it looks like text).",
    }


def test_same_file_is_listed_once(tree: Path) -> None:
    (tree / "sub" / "link-to-b.mp4").symlink_to(tree / "b.mp4")
    result = scan_paths([tree / "b.mp4", tree, tree / "sub", tree / "sub" / ".." / "b.mp4"])
    listed = names(result.accepted, tree)
    assert listed[0] == "b.mp4"
    assert len(listed) == len(set(listed)) == 9
    assert "sub/link-to-b.mp4" not in listed


def test_paths_keep_the_order_given(tmp_path: Path) -> None:
    b, a = make(tmp_path / "b.mp4"), make(tmp_path / "a.mp4")
    assert [c.path for c in scan_paths([b, a]).accepted] == [b, a]


def test_a_hidden_file_chosen_explicitly_is_kept(tmp_path: Path) -> None:
    hidden = make(tmp_path / ".secret-take.mp4")
    assert [c.path for c in scan_paths([hidden]).accepted] == [hidden]


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    result = scan_paths([tmp_path / "gone"])
    assert result.accepted == []
    assert [words(c) for c in result.rejected] == ["The file does not exist."]


def test_symlink_loops_end(tmp_path: Path) -> None:
    root = tmp_path / "root"
    make(root / "a.mp4")
    make(root / "inner" / "b.mp4")
    (root / "inner" / "up").symlink_to(root)  # a folder that contains its own ancestor
    (root / "self.mp4").symlink_to(root / "self.mp4")  # a link to itself
    outside = make(tmp_path / "elsewhere" / "c.mp4").parent
    (root / "linked").symlink_to(outside)

    result = scan_paths([root])

    assert names(result.accepted, root) == ["a.mp4", "inner/b.mp4", "linked/c.mp4"]
    assert [(c.path.name, words(c)) for c in result.rejected] == [
        ("self.mp4", "This link leads round in a circle and never reaches a file.")
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
@pytest.mark.timeout(20)
def test_fifo_in_a_folder_is_rejected_without_blocking(tmp_path: Path) -> None:
    make(tmp_path / "a.mp4")
    os.mkfifo(tmp_path / "pipe.mp4")
    result = scan_paths([tmp_path])
    assert [c.path.name for c in result.accepted] == ["a.mp4"]
    assert [c.path.name for c in result.rejected] == ["pipe.mp4"]
    assert "named pipe" in words(result.rejected[0])


def test_file_vanishing_between_listing_and_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make(tmp_path / "a.mp4")
    doomed = make(tmp_path / "b.mp4")
    make(tmp_path / "c.mp4")
    real_check = check_file  # what folder_scan calls, until patched below

    def check_after_delete(path: Path) -> FileCheck:
        if path == doomed:
            doomed.unlink()
        return real_check(path)

    monkeypatch.setattr(folder_scan, "check_file", check_after_delete)
    result = scan_paths([tmp_path])
    assert [c.path.name for c in result.accepted] == ["a.mp4", "c.mp4"]
    assert [(c.path.name, words(c)) for c in result.rejected] == [
        ("b.mp4", "The file does not exist.")
    ]


def _unreadable_folder_result(root: Path) -> ScanResult:
    result = scan_paths([root])
    assert [c.path.name for c in result.accepted] == ["a.mp4", "c.mp4"]
    assert [(c.path, words(c)) for c in result.rejected] == [
        (root / "locked", "This folder cannot be opened (permission denied).")
    ]
    return result


@pytest.fixture
def with_locked_folder(tmp_path: Path) -> Iterator[Path]:
    make(tmp_path / "a.mp4")
    make(tmp_path / "locked" / "b.mp4")
    make(tmp_path / "open" / "c.mp4")
    yield tmp_path
    (tmp_path / "locked").chmod(0o755)


def test_unreadable_sub_folder_with_chmod(with_locked_folder: Path) -> None:
    locked = with_locked_folder / "locked"
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        pytest.skip("running as root: chmod 000 does not stop listing a folder")
    _unreadable_folder_result(with_locked_folder)


def test_unreadable_sub_folder(with_locked_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = with_locked_folder / "locked"
    real_scandir = os.scandir

    def scandir(path: Path) -> Iterator[os.DirEntry[str]]:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("uploader_gui.core.folder_scan.os.scandir", scandir)
    _unreadable_folder_result(with_locked_folder)


def test_limit_stops_the_walk_and_says_so(tmp_path: Path) -> None:
    for i in range(5):
        make(tmp_path / f"{i}.mp4")
    result = scan_paths([tmp_path], limit=3)
    assert [c.path.name for c in result.accepted] == ["0.mp4", "1.mp4", "2.mp4"]
    assert result.truncated
    assert [(c.path, words(c)) for c in result.rejected] == [
        (tmp_path, "Only the first 3 files were added; add the rest separately.")
    ]

    exact = scan_paths([tmp_path], limit=5)
    assert len(exact.accepted) == 5
    assert not exact.truncated
    assert exact.rejected == []


def test_cancel_returns_what_was_found_so_far(tmp_path: Path) -> None:
    for i in range(10):
        make(tmp_path / f"{i}.mp4")
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 4

    result = scan_paths([tmp_path], cancelled=cancelled)
    assert result.cancelled
    assert 0 < len(result.accepted) < 10


def test_natural_key() -> None:
    given = ["clip 10.mp4", "Clip 2.mp4", "clip 1.mp4", "b.mp4", "A.mp4", "10.mp4", "9.mp4"]
    assert sorted(given, key=natural_key) == [
        "9.mp4",
        "10.mp4",
        "A.mp4",
        "b.mp4",
        "clip 1.mp4",
        "Clip 2.mp4",
        "clip 10.mp4",
    ]


def test_five_thousand_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "card"
    for d in range(10):
        folder = root / f"DCIM{d:03d}"
        folder.mkdir(parents=True)
        for i in range(500):
            (folder / f"C{i:04d}.MP4").write_bytes(MP4 if i % 10 else b"text, not video\n")
    started = time.perf_counter()
    result = scan_paths([root])
    elapsed = time.perf_counter() - started
    assert len(result.accepted) == 4500
    assert len(result.rejected) == 500
    assert result.accepted[0].path == root / "DCIM000" / "C0001.MP4"
    with capsys.disabled():
        print(f"\n[folder_scan] 5,000 files in 10 folders scanned in {elapsed * 1000:.0f} ms")
