"""Finding captions, chapters and a thumbnail next to a video, and reading them."""

from __future__ import annotations

from pathlib import Path

import pytest

from uploader_gui.core.attachment_files import file_part
from uploader_gui.core.attachments import (
    Attachment,
    AttachmentError,
    AttachmentKind,
    AttachmentProblem,
)
from uploader_gui.core.sidecars import FolderNames, find_sidecars, language_in_name
from uploader_gui.core.thumbnails import MAX_THUMBNAIL_BYTES


def touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_bytes(b"x")


def found(folder: Path, default: str = "en") -> list[tuple[str, str, str | None]]:
    return [
        (a.kind.value, a.path.name if a.path else "", a.language)
        for a in find_sidecars(folder / "talk.mp4", default)
    ]


def test_every_kind_of_sidecar(tmp_path: Path) -> None:
    touch(
        tmp_path,
        "talk.mp4",
        "talk.srt",
        "talk.fr.srt",
        "talk.pt_BR.vtt",
        "talk.chapters.txt",
        "talk.chapters.de.vtt",
        "talk.png",
        "other.srt",
        "talk.final.srt",
        "talking.srt",
        "talk.mp4.srt.bak",
    )
    assert found(tmp_path) == [
        ("caption", "talk.srt", "en"),
        ("caption", "talk.fr.srt", "fr"),
        ("caption", "talk.pt_BR.vtt", "pt-BR"),
        ("chapters", "talk.chapters.de.vtt", "de"),
        ("chapters", "talk.chapters.txt", "en"),
        ("thumbnail", "talk.png", None),
    ]


def test_one_file_per_slot(tmp_path: Path) -> None:
    touch(tmp_path, "talk.mp4", "talk.srt", "talk.vtt", "talk.EN.srt", "talk.jpg", "talk.webp")
    touch(tmp_path, "talk.chapters.txt", "talk.chapters.vtt")
    assert found(tmp_path) == [
        ("caption", "talk.EN.srt", "en"),
        ("chapters", "talk.chapters.vtt", "en"),
        ("thumbnail", "talk.jpg", None),
    ]


def test_an_unreadable_folder_has_none(tmp_path: Path) -> None:
    assert find_sidecars(tmp_path / "gone" / "talk.mp4", "en") == []


def test_reading_refuses_bad_files(tmp_path: Path) -> None:
    gif = tmp_path / "talk.jpg"
    gif.write_bytes(b"GIF89a" + b"\x00" * 100)
    big = tmp_path / "big.png"
    with big.open("wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.truncate(MAX_THUMBNAIL_BYTES + 1)
    cases = [
        (Attachment(AttachmentKind.THUMBNAIL, gif), AttachmentProblem.NOT_AN_IMAGE),
        (Attachment(AttachmentKind.THUMBNAIL, big), AttachmentProblem.TOO_LARGE),
        (
            Attachment(AttachmentKind.CAPTION, tmp_path / "none.srt", "en"),
            AttachmentProblem.UNREADABLE,
        ),
        (Attachment(AttachmentKind.CAPTION, gif, "en"), AttachmentProblem.NOT_SUBTITLES),
    ]
    for attachment, problem in cases:
        with pytest.raises(AttachmentError) as caught:
            file_part(attachment)
        assert caught.value.problem is problem


def test_a_png_named_jpg_goes_as_a_png(tmp_path: Path) -> None:
    image = tmp_path / "talk.jpg"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 10)
    part = file_part(Attachment(AttachmentKind.THUMBNAIL, image))
    assert (part.filename, part.content_type) == ("thumbnail.png", "image/png")


def test_a_language_in_a_chosen_file_name_is_read_and_normalised() -> None:
    assert language_in_name(Path("talk.fr.srt")) == "fr"
    assert language_in_name(Path("talk.chapters.pt_BR.vtt")) == "pt-BR"
    assert language_in_name(Path("talk.srt")) is None
    assert language_in_name(Path("my.talk!.srt")) is None


def test_a_folder_listed_once_finds_the_same_sidecars(tmp_path: Path) -> None:
    """A whole folder uploaded lists it once for every video: the same files are found."""
    names = [
        "talk.mp4", "talk.srt", "talk.fr.vtt", "Talk.chapters.txt", "talk.jpg", "talk.final.srt",
        "my.talk.mp4", "my.talk.de.srt", "my.talk.png", "other.mp4", "other.webp", "notes.txt",
    ]  # fmt: skip
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    folders = FolderNames()
    for video in ("talk.mp4", "my.talk.mp4", "other.mp4", "notes.txt"):
        alone = find_sidecars(tmp_path / video, "en")
        assert find_sidecars(tmp_path / video, "en", folders) == alone
    assert [a.path.name for a in find_sidecars(tmp_path / "talk.mp4", "en", folders) if a.path] == [
        "talk.srt", "talk.fr.vtt", "Talk.chapters.txt", "talk.jpg",
    ]  # fmt: skip
    assert find_sidecars(tmp_path / "gone" / "x.mp4", "en", folders) == []
