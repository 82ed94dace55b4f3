"""Can this file be uploaded, and is it a video?

Judged by content, not by name: a phone export called ``clip`` with no extension is a video, a
text file renamed ``fake.mp4`` is not, and telling the user so before a 20-minute upload beats
an encoding failure afterwards. Only the first few KiB are read. Named pipes and devices are
recognised from ``stat`` and never opened for reading, so a check cannot hang.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from uploader_gui.core.chunk_body import FileIdentity, file_identity
from uploader_gui.core.errors import (
    InvalidInputError,
)
from uploader_gui.core.limits import KIB, MAX_VIDEO_SIZE
from uploader_gui.core.reasons import Reason, Why, because

#: Enough for every signature below, including five MPEG-TS packets.
HEAD_SIZE = 4 * KIB

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after stat() must not block the open
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True)
class FileCheck:
    """The verdict on one path. ``reason`` says why when ``ok`` is False; ``kind`` names the
    video container when the content was recognised."""

    path: Path
    ok: bool
    size: int
    reason: Reason | None
    kind: str | None


# -- video containers ------------------------------------------------------------------------------

_MP4 = "MP4/QuickTime"
_TS_PACKET_SIZES = ((188, 0), (192, 4))  # plain MPEG-TS, and Blu-ray/AVCHD .m2ts/.mts
_TS_MIN_PACKETS = 3
_TS_CHECKED_PACKETS = 5
_ISO_FIRST_BOXES = {b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
_ISO_NEXT_BOXES = _ISO_FIRST_BOXES | {b"uuid", b"pdin", b"styp", b"sidx", b"moof"}
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_ASF_GUID = bytes.fromhex("3026B2758E66CF11A6D900AA0062CE6C")
_MXF_KEY = bytes.fromhex("060E2B34020501010D0102")
_OGG_VIDEO_CODECS = (b"\x80theora", b"\x01video", b"\x80daala")


def _iso_box_type(head: bytes, offset: int) -> bytes | None:
    """The type of a plausible ISO-BMFF box at ``offset``, or None."""
    if len(head) < offset + 8:
        return None
    size = int.from_bytes(head[offset : offset + 4], "big")
    if size not in (0, 1) and size < 8:
        return None
    return head[offset + 4 : offset + 8]


def _sniff_iso_bmff(head: bytes) -> str | None:
    first = _iso_box_type(head, 0)
    if first not in _ISO_FIRST_BOXES:
        return None
    if first == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS or brand in _AVIF_BRANDS or brand in _AUDIO_BRANDS:
            return None
        if brand == b"crx ":  # Canon raw photo
            return None
        if brand[:3] in (b"3gp", b"3g2"):
            return "3GP"
        return _MP4
    # A file that starts with free/skip/wide/mdat/moov: the next box, when it is in the head,
    # must also be a box of this format, which keeps random bytes from passing.
    size = int.from_bytes(head[0:4], "big")
    if 8 <= size < len(head) - 8 and _iso_box_type(head, size) not in _ISO_NEXT_BOXES:
        return None
    return _MP4


def _sniff_mpeg_ts(head: bytes) -> bool:
    for packet, offset in _TS_PACKET_SIZES:
        available = (len(head) - offset + packet - 1) // packet
        count = min(available, _TS_CHECKED_PACKETS)
        if count >= _TS_MIN_PACKETS and all(
            head[offset + i * packet] == 0x47 for i in range(count)
        ):
            return True
    return False


def sniff_video_container(head: bytes) -> str | None:
    """The container format that ``head`` (a file's first bytes) starts, or None."""
    iso = _sniff_iso_bmff(head)
    if iso is not None:
        return iso
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "Matroska/WebM"
    if head.startswith(b"RIFF") and head[8:12] in (b"AVI ", b"AVIX"):
        return "AVI"
    if head.startswith(b"\x00\x00\x01\xba"):
        return "MPEG-PS"
    if head.startswith(b"\x00\x00\x01\xb3"):
        return "MPEG video"
    if head.startswith(b"FLV\x01"):
        return "FLV"
    if head.startswith(_ASF_GUID):
        return "ASF/WMV"
    if head.startswith(b"OggS") and any(codec in head for codec in _OGG_VIDEO_CODECS):
        return "Ogg"
    if head.startswith(b".RMF"):
        return "RealMedia"
    if head.startswith(_MXF_KEY):
        return "MXF"
    if _sniff_mpeg_ts(head):
        return "MPEG-TS"
    return None


# -- what it is when it is not a video -------------------------------------------------------------


class ContentKind(StrEnum):
    """What a file that is not a video seems to be (stable identifiers; the fronts word them)."""

    IMAGE = "image"
    AUDIO = "audio"
    DOCUMENT = "document"
    ARCHIVE = "archive"
    PROGRAM = "program"
    DATABASE = "database"
    TEXT = "text"
    OTHER = "other"


class ContentGuess(NamedTuple):
    """A kind and the format's own name ("JPEG", "zip"; "" when there is none to give)."""

    kind: ContentKind
    name: str


def _guess(kind: ContentKind, name: str) -> ContentGuess:
    return ContentGuess(kind, name)


_SIGNATURES: tuple[tuple[bytes, ContentGuess], ...] = (
    (b"\xff\xd8\xff", _guess(ContentKind.IMAGE, "JPEG")),
    (b"\x89PNG\r\n\x1a\n", _guess(ContentKind.IMAGE, "PNG")),
    (b"GIF87a", _guess(ContentKind.IMAGE, "GIF")),
    (b"GIF89a", _guess(ContentKind.IMAGE, "GIF")),
    (b"II*\x00", _guess(ContentKind.IMAGE, "TIFF or camera RAW")),
    (b"MM\x00*", _guess(ContentKind.IMAGE, "TIFF or camera RAW")),
    (b"8BPS", _guess(ContentKind.IMAGE, "Photoshop")),
    (b"%PDF", _guess(ContentKind.DOCUMENT, "PDF")),
    (b"PK\x03\x04", _guess(ContentKind.ARCHIVE, "zip/Office")),
    (b"PK\x05\x06", _guess(ContentKind.ARCHIVE, "zip")),
    (b"Rar!\x1a\x07", _guess(ContentKind.ARCHIVE, "RAR")),
    (b"7z\xbc\xaf\x27\x1c", _guess(ContentKind.ARCHIVE, "7-Zip")),
    (b"\x1f\x8b", _guess(ContentKind.ARCHIVE, "gzip")),
    (b"\xfd7zXZ\x00", _guess(ContentKind.ARCHIVE, "xz")),
    (b"BZh", _guess(ContentKind.ARCHIVE, "bzip2")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", _guess(ContentKind.DOCUMENT, "Office")),
    (b"ID3", _guess(ContentKind.AUDIO, "MP3")),
    (b"fLaC", _guess(ContentKind.AUDIO, "FLAC")),
    (b"#!AMR", _guess(ContentKind.AUDIO, "AMR")),
    (b"OggS", _guess(ContentKind.AUDIO, "Ogg")),
    (b"SQLite format 3\x00", _guess(ContentKind.DATABASE, "SQLite")),
    (b"\x7fELF", _guess(ContentKind.PROGRAM, "")),
    (b"MZ", _guess(ContentKind.PROGRAM, "Windows")),
    (b"\xcf\xfa\xed\xfe", _guess(ContentKind.PROGRAM, "")),
    (b"\xca\xfe\xba\xbe", _guess(ContentKind.PROGRAM, "")),
)
_TEXT_CONTROL_OK = {9, 10, 12, 13}


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 byte order marks
        return True
    if b"\x00" in head:
        return False
    for cut in range(4):  # the head may end in the middle of a character
        try:
            text = head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ord(ch) not in _TEXT_CONTROL_OK)
        return controls * 20 <= len(text)
    return False


def guess_content(head: bytes) -> ContentGuess | None:
    """What a non-video file seems to be (an image, JPEG), or None."""
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return _guess(ContentKind.IMAGE, "HEIC")
        if brand in _AVIF_BRANDS:
            return _guess(ContentKind.IMAGE, "AVIF")
        if brand in _AUDIO_BRANDS:
            return _guess(ContentKind.AUDIO, "M4A")
        if brand == b"crx ":
            return _guess(ContentKind.IMAGE, "camera RAW")
    if head.startswith(b"RIFF"):
        riff = {
            b"WAVE": _guess(ContentKind.AUDIO, "WAV"),
            b"WEBP": _guess(ContentKind.IMAGE, "WebP"),
        }
        return riff.get(head[8:12], _guess(ContentKind.OTHER, "RIFF"))
    if head.startswith(b"FORM") and head[8:12] in (b"AIFF", b"AIFC"):
        return _guess(ContentKind.AUDIO, "AIFF")
    for magic, guess in _SIGNATURES:
        if head.startswith(magic):
            return guess
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return _guess(ContentKind.AUDIO, "MP3/AAC")
    if _looks_like_text(head):
        return _guess(ContentKind.TEXT, "")
    return None


def _not_a_video_reason(head: bytes) -> Reason:
    guess = guess_content(head)
    if guess is None:
        return because(Why.NOT_A_VIDEO)
    return because(Why.NOT_A_VIDEO, looks_like=guess.kind.value, format=guess.name)


# -- the check -------------------------------------------------------------------------------------


def _special_file_name(mode: int) -> str:
    """The kind of a special file, as an identifier (``fifo``, ``device``, ``socket``)."""
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special"


def reason_for_os_error(exc: OSError) -> Reason:
    """Why a file could not be looked at or opened."""
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return Reason(Why.FILE_MISSING)
    if isinstance(exc, PermissionError):
        return Reason(Why.FILE_UNREADABLE)
    if exc.errno == errno.ELOOP:
        return Reason(Why.LINK_LOOP)
    if isinstance(exc, IsADirectoryError):
        return Reason(Why.NOT_A_FILE)
    return because(Why.FILE_READ_ERROR, error=exc.strerror or type(exc).__name__)


def _read_head(path: Path) -> tuple[int, bytes]:
    """The size and first bytes of a regular file, opened without blocking."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _NotRegularError(st.st_mode)
        return st.st_size, os.read(fd, HEAD_SIZE)
    finally:
        os.close(fd)


def read_small_file(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file (one more than allowed, so a caller can
    tell a file that is too large), opened without blocking: a named pipe, a device or a
    socket raises OSError at once instead of waiting for a writer that never comes."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _NotRegularError(st.st_mode)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            block = os.read(fd, min(left, 1024 * KIB))
            if not block:
                break
            chunks.append(block)
            left -= len(block)
        return b"".join(chunks)
    finally:
        os.close(fd)


class _NotRegularError(OSError):
    def __init__(self, mode: int) -> None:
        super().__init__(mode)
        self.mode = mode


def check_file(path: Path) -> FileCheck:
    """Whether ``path`` can be uploaded as a video, following symbolic links.

    ``path`` is kept as given (made absolute), so lists show the name the user chose.
    """
    path = Path(path).absolute()

    def rejected(reason: Reason | Why, size: int = 0) -> FileCheck:
        if isinstance(reason, Why):
            reason = Reason(reason)
        return FileCheck(path=path, ok=False, size=size, reason=reason, kind=None)

    try:
        st = os.stat(path)
    except OSError as exc:
        return rejected(reason_for_os_error(exc))
    if stat.S_ISDIR(st.st_mode):
        return rejected(Why.NOT_A_FILE)
    if not stat.S_ISREG(st.st_mode):
        return rejected(because(Why.NOT_REGULAR_FILE, what=_special_file_name(st.st_mode)))
    try:
        size, head = _read_head(path)
    except _NotRegularError as exc:  # replaced between stat() and open()
        return rejected(because(Why.NOT_REGULAR_FILE, what=_special_file_name(exc.mode)))
    except OSError as exc:
        return rejected(reason_for_os_error(exc), st.st_size)
    if size == 0:
        return rejected(Why.FILE_EMPTY)
    if size > MAX_VIDEO_SIZE:
        return rejected(because(Why.FILE_TOO_LARGE, size=size, limit=MAX_VIDEO_SIZE), size)
    kind = sniff_video_container(head)
    if kind is None:
        return rejected(_not_a_video_reason(head), size)
    return FileCheck(path=path, ok=True, size=size, reason=None, kind=kind)


def check_readable_file(path: Path) -> FileIdentity:
    """The identity of a file that can be uploaded, or a plain reason why it cannot."""
    try:
        if path.is_dir():
            raise InvalidInputError(Why.NOT_A_FILE)
        identity = file_identity(path)
        with open(path, "rb"):
            pass
    except FileNotFoundError:
        raise InvalidInputError(Why.FILE_MISSING) from None
    except PermissionError:
        raise InvalidInputError(Why.FILE_UNREADABLE) from None
    except IsADirectoryError:
        raise InvalidInputError(Why.NOT_A_FILE) from None
    return identity
