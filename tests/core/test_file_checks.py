"""Is it a video? Judged by content, with a plain reason when it is not."""

from __future__ import annotations

import errno
import os
import struct
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uploader_gui.cli.words import reason_words
from uploader_gui.core import file_checks
from uploader_gui.core.file_checks import (
    HEAD_SIZE,
    ContentGuess,
    ContentKind,
    FileCheck,
    check_file,
    guess_content,
    sniff_video_container,
)
from uploader_gui.core.limits import MAX_VIDEO_SIZE
from uploader_gui.core.reasons import Reason, Why, because


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def ftyp(major: bytes, *compatible: bytes) -> bytes:
    return box(b"ftyp", major + b"\x00\x00\x02\x00" + b"".join(compatible))


def ts_packets(size: int, count: int, prefix: int = 0) -> bytes:
    packet = b"\x00" * prefix + b"\x47\x40\x00\x10" + b"\xff" * (size - prefix - 4)
    return packet * count


MP4 = (
    ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41") + box(b"free", b"") + box(b"mdat", b"x" * 64)
)
VIDEOS: dict[str, tuple[bytes, str]] = {
    "mp4": (MP4, "MP4/QuickTime"),
    "m4v": (ftyp(b"M4V ", b"M4V ", b"M4A ", b"mp42"), "MP4/QuickTime"),
    "mov": (ftyp(b"qt  ", b"qt  ") + box(b"wide", b"") + box(b"mdat", b"x"), "MP4/QuickTime"),
    "old-mov-moov-first": (box(b"moov", box(b"mvhd", b"\x00" * 100)), "MP4/QuickTime"),
    "old-mov-wide-mdat": (box(b"wide", b"") + box(b"mdat", b"\x00" * 40), "MP4/QuickTime"),
    "3gp": (ftyp(b"3gp4", b"isom", b"3gp4"), "3GP"),
    "3g2": (ftyp(b"3g2a", b"3g2a"), "3GP"),
    "mkv": (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska", "Matroska/WebM"),
    "webm": (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "Matroska/WebM"),
    "avi": (b"RIFF\x00\x10\x00\x00AVI LIST\x00\x01\x00\x00hdrlavih", "AVI"),
    "mpeg-ps": (b"\x00\x00\x01\xba\x44\x00\x04\x00\x04\x01\x01\x89\xc3\xf8", "MPEG-PS"),
    "mpeg-es": (b"\x00\x00\x01\xb3\x16\x00\xf0\x15\xff\xff\xe0\x18", "MPEG video"),
    "flv": (b"FLV\x01\x05\x00\x00\x00\x09\x00\x00\x00\x00", "FLV"),
    "wmv": (bytes.fromhex("3026B2758E66CF11A6D900AA0062CE6C") + b"\x00" * 16, "ASF/WMV"),
    "ogv": (b"OggS\x00\x02" + b"\x00" * 20 + b"\x01\x2a\x80theora\x03\x02\x01", "Ogg"),
    "rm": (b".RMF\x00\x00\x00\x12\x00\x01", "RealMedia"),
    "mxf": (bytes.fromhex("060E2B34020501010D01020101020400") + b"\x83", "MXF"),
    "ts": (ts_packets(188, 8), "MPEG-TS"),
    "m2ts": (ts_packets(192, 8, prefix=4), "MPEG-TS"),
}
NOT_VIDEOS: dict[str, tuple[bytes, ContentGuess | None]] = {
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", ContentGuess(ContentKind.IMAGE, "JPEG")),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ContentGuess(ContentKind.IMAGE, "PNG")),
    "gif": (b"GIF89a\x01\x00\x01\x00", ContentGuess(ContentKind.IMAGE, "GIF")),
    "heic": (ftyp(b"heic", b"mif1", b"heic"), ContentGuess(ContentKind.IMAGE, "HEIC")),
    "avif": (ftyp(b"avif", b"avif", b"mif1"), ContentGuess(ContentKind.IMAGE, "AVIF")),
    "m4a": (ftyp(b"M4A ", b"M4A ", b"mp42", b"isom"), ContentGuess(ContentKind.AUDIO, "M4A")),
    "webp": (b"RIFF\x24\x00\x00\x00WEBPVP8 ", ContentGuess(ContentKind.IMAGE, "WebP")),
    "wav": (b"RIFF\x24\x00\x00\x00WAVEfmt ", ContentGuess(ContentKind.AUDIO, "WAV")),
    "ogg-vorbis": (
        b"OggS\x00\x02" + b"\x00" * 20 + b"\x01\x1e\x01vorbis\x00",
        ContentGuess(ContentKind.AUDIO, "Ogg"),
    ),
    "mp3": (b"ID3\x04\x00\x00\x00\x00\x00\x00", ContentGuess(ContentKind.AUDIO, "MP3")),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", ContentGuess(ContentKind.DOCUMENT, "PDF")),
    "zip": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", ContentGuess(ContentKind.ARCHIVE, "zip/Office")),
    "text": (b"Hello, this is not a video.\nJust some text.\n", ContentGuess(ContentKind.TEXT, "")),
    "utf8-text": ("Vidéo de vacances — notes\n".encode(), ContentGuess(ContentKind.TEXT, "")),
    "binary": (bytes(range(256)) * 4, None),
    "free-then-garbage": (box(b"free", b"\x00" * 8) + b"\x00\x00\x00\x02abcd" + b"\x00" * 16, None),
}


@pytest.mark.parametrize("name", VIDEOS)
def test_video_containers_are_recognised(name: str) -> None:
    head, kind = VIDEOS[name]
    assert sniff_video_container(head) == kind


@pytest.mark.parametrize("name", NOT_VIDEOS)
def test_other_content_is_not_a_video_and_is_named(name: str) -> None:
    head, guess = NOT_VIDEOS[name]
    assert sniff_video_container(head) is None
    assert guess_content(head) == guess


def test_mpeg_ts_needs_several_sync_bytes() -> None:
    assert sniff_video_container(b"G" + b"\x00" * 500) is None
    assert sniff_video_container(ts_packets(188, 2)) is None  # too short to tell
    broken = bytearray(ts_packets(188, 8))
    broken[188 * 3] = 0
    assert sniff_video_container(bytes(broken)) is None


@given(st.binary(max_size=HEAD_SIZE))
def test_sniffing_never_fails_on_any_bytes(head: bytes) -> None:
    kind = sniff_video_container(head)
    assert kind is None or isinstance(kind, str)
    guess = guess_content(head)
    assert guess is None or isinstance(guess, ContentGuess)


# -- check_file on real files ------------------------------------------------------------------


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_video_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path / "holiday.mp4", MP4 + b"\x00" * 1000)
    result = check_file(path)
    assert result == FileCheck(
        path=path, ok=True, size=len(MP4) + 1000, reason=None, kind="MP4/QuickTime"
    )


def test_video_without_extension_is_accepted(tmp_path: Path) -> None:
    result = check_file(write(tmp_path / "VID_0001", VIDEOS["mkv"][0]))
    assert result.ok
    assert result.kind == "Matroska/WebM"


def test_text_with_a_video_extension_is_rejected(tmp_path: Path) -> None:
    result = check_file(write(tmp_path / "fake.mp4", b"this is only text, not a video\n" * 10))
    assert not result.ok
    assert result.kind is None
    assert result.reason == because(Why.NOT_A_VIDEO, looks_like="text", format="")
    assert reason_words(result.reason) == (
        "This doesn't look like a video file (it looks like text)."
    )
    assert result.size == 310


def test_unknown_binary_is_rejected_with_a_reason(tmp_path: Path) -> None:
    result = check_file(write(tmp_path / "blob.mov", bytes(range(256)) * 8))
    assert not result.ok
    assert result.reason == Reason(Why.NOT_A_VIDEO)
    assert reason_words(result.reason) == (
        "This doesn't look like a video file (its format is not one we recognise)."
    )


def test_relative_path_becomes_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "clip.webm", VIDEOS["webm"][0])
    monkeypatch.chdir(tmp_path)
    assert check_file(Path("clip.webm")).path == tmp_path / "clip.webm"


def test_empty_missing_and_folder_are_rejected(tmp_path: Path) -> None:
    empty = check_file(write(tmp_path / "empty.mp4", b""))
    assert (empty.ok, empty.reason, empty.size) == (False, Reason(Why.FILE_EMPTY), 0)
    assert check_file(tmp_path / "nope.mp4").reason == Reason(Why.FILE_MISSING)
    assert check_file(tmp_path / "nope" / "deeper.mp4").reason == Reason(Why.FILE_MISSING)
    assert check_file(tmp_path).reason == Reason(Why.NOT_A_FILE)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
@pytest.mark.timeout(20)
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.mp4"
    os.mkfifo(fifo)
    result = check_file(fifo)
    assert not result.ok
    assert result.reason == because(Why.NOT_REGULAR_FILE, what="fifo")
    assert reason_words(result.reason) == (
        "This is a named pipe, not a regular file, so it cannot be uploaded."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
@pytest.mark.timeout(20)
def test_fifo_swapped_in_after_stat_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(file_checks._NotRegularError):
        file_checks._read_head(fifo)  # no writer: a blocking open would hang here


def test_device_is_refused(tmp_path: Path) -> None:
    result = check_file(Path(os.devnull))
    assert not result.ok
    assert result.reason == because(Why.NOT_REGULAR_FILE, what="device")


def test_symlinks_are_followed_and_keep_their_name(tmp_path: Path) -> None:
    target = write(tmp_path / "real-name.bin", MP4)
    link = tmp_path / "Holiday.mp4"
    link.symlink_to(target)
    result = check_file(link)
    assert result.ok
    assert result.path == link

    dangling = tmp_path / "gone.mp4"
    dangling.symlink_to(tmp_path / "missing-target")
    assert check_file(dangling).reason == Reason(Why.FILE_MISSING)

    loop = tmp_path / "loop.mp4"
    loop.symlink_to(loop)
    assert check_file(loop).reason == Reason(Why.LINK_LOOP)


def test_size_limit_is_the_product_limit(tmp_path: Path) -> None:
    at_limit = write(tmp_path / "at-limit.mp4", MP4)
    os.truncate(at_limit, MAX_VIDEO_SIZE)  # sparse: takes no disk space
    assert check_file(at_limit).ok

    too_big = write(tmp_path / "too-big.mp4", MP4)
    os.truncate(too_big, MAX_VIDEO_SIZE + 1)
    result = check_file(too_big)
    assert not result.ok
    assert result.size == MAX_VIDEO_SIZE + 1
    assert result.reason == because(
        Why.FILE_TOO_LARGE, size=MAX_VIDEO_SIZE + 1, limit=MAX_VIDEO_SIZE
    )
    assert reason_words(result.reason) == (
        "The file is 32.2 GB; api.video accepts videos of up to 32.2 GB."
    )


def test_unreadable_file_with_chmod(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.mp4", MP4)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading")
        assert check_file(path).reason == Reason(Why.FILE_UNREADABLE)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (
            PermissionError(errno.EACCES, "Permission denied"),
            "The file cannot be read (permission denied).",
        ),
        (OSError(errno.EIO, "Input/output error"), "The file cannot be read (Input/output error)."),
        (FileNotFoundError(errno.ENOENT, "No such file"), "The file does not exist."),
    ],
    ids=["permission", "io-error", "vanished"],
)
def test_open_and_read_failures_become_reasons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str
) -> None:
    path = write(tmp_path / "clip.mp4", MP4)

    def failing(_path: Path) -> tuple[int, bytes]:
        raise error

    monkeypatch.setattr(file_checks, "_read_head", failing)
    result = check_file(path)
    assert not result.ok and result.reason is not None
    assert reason_words(result.reason) == reason


def test_only_the_head_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "clip.mp4", MP4 + b"\x00" * (HEAD_SIZE * 4))
    sizes: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        sizes.append(n)
        return real_read(fd, n)

    monkeypatch.setattr("uploader_gui.core.file_checks.os.read", counting_read)
    assert check_file(path).ok
    assert sizes == [HEAD_SIZE]
