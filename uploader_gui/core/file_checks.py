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
from pathlib import Path

from uploader_gui.core.chunk_body import FileIdentity, file_identity
from uploader_gui.core.errors import (
    MSG_FILE_EMPTY,
    MSG_FILE_MISSING,
    MSG_FILE_READ_ERROR,
    MSG_FILE_TOO_LARGE,
    MSG_FILE_UNREADABLE,
    MSG_LINK_LOOP,
    MSG_NOT_A_FILE,
    MSG_NOT_A_VIDEO,
    MSG_NOT_REGULAR_FILE,
    InvalidInputError,
)
from uploader_gui.core.limits import GIB, KIB, MAX_VIDEO_SIZE
from uploader_gui.core.units import format_size

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
    """The verdict on one path. ``reason`` is a sentence for the user when ``ok`` is False;
    ``kind`` names the video container when the content was recognised."""

    path: Path
    ok: bool
    size: int
    reason: str | None
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

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF or camera RAW image"),
    (b"MM\x00*", "a TIFF or camera RAW image"),
    (b"8BPS", "a Photoshop image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive or an Office document"),
    (b"PK\x05\x06", "a zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document"),
    (b"ID3", "an MP3 audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"#!AMR", "an AMR audio file"),
    (b"OggS", "an Ogg audio file"),
    (b"SQLite format 3\x00", "a database"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\xcf\xfa\xed\xfe", "a program"),
    (b"\xca\xfe\xba\xbe", "a program"),
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


def guess_content(head: bytes) -> str | None:
    """A plain name for what a non-video file seems to be ("a PDF document"), or None."""
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return "a HEIC image"
        if brand in _AVIF_BRANDS:
            return "an AVIF image"
        if brand in _AUDIO_BRANDS:
            return "an M4A audio file"
        if brand == b"crx ":
            return "a camera RAW image"
    if head.startswith(b"RIFF"):
        riff = {b"WAVE": "a WAV audio file", b"WEBP": "a WebP image"}
        return riff.get(head[8:12], "a RIFF file that is not a video")
    if head.startswith(b"FORM") and head[8:12] in (b"AIFF", b"AIFC"):
        return "an AIFF audio file"
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "an MP3 or AAC audio file"
    if _looks_like_text(head):
        return "text"
    return None


def _not_a_video_reason(head: bytes) -> str:
    guess = guess_content(head)
    what = f"it looks like {guess}" if guess else "its format is not one we recognise"
    return MSG_NOT_A_VIDEO.format(what=what)


# -- the check -------------------------------------------------------------------------------------


def _special_file_name(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def reason_for_os_error(exc: OSError) -> str:
    """The sentence for a file that could not be looked at or opened."""
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return MSG_FILE_MISSING
    if isinstance(exc, PermissionError):
        return MSG_FILE_UNREADABLE
    if exc.errno == errno.ELOOP:
        return MSG_LINK_LOOP
    if isinstance(exc, IsADirectoryError):
        return MSG_NOT_A_FILE
    return MSG_FILE_READ_ERROR.format(error=exc.strerror or type(exc).__name__)


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


class _NotRegularError(Exception):
    def __init__(self, mode: int) -> None:
        super().__init__(mode)
        self.mode = mode


def check_file(path: Path) -> FileCheck:
    """Whether ``path`` can be uploaded as a video, following symbolic links.

    ``path`` is kept as given (made absolute), so lists show the name the user chose.
    """
    path = Path(path).absolute()

    def rejected(reason: str, size: int = 0) -> FileCheck:
        return FileCheck(path=path, ok=False, size=size, reason=reason, kind=None)

    try:
        st = os.stat(path)
    except OSError as exc:
        return rejected(reason_for_os_error(exc))
    if stat.S_ISDIR(st.st_mode):
        return rejected(MSG_NOT_A_FILE)
    if not stat.S_ISREG(st.st_mode):
        return rejected(MSG_NOT_REGULAR_FILE.format(what=_special_file_name(st.st_mode)))
    try:
        size, head = _read_head(path)
    except _NotRegularError as exc:  # replaced between stat() and open()
        return rejected(MSG_NOT_REGULAR_FILE.format(what=_special_file_name(exc.mode)))
    except OSError as exc:
        return rejected(reason_for_os_error(exc), st.st_size)
    if size == 0:
        return rejected(MSG_FILE_EMPTY)
    if size > MAX_VIDEO_SIZE:
        limit = f"{MAX_VIDEO_SIZE // GIB} GiB"
        return rejected(MSG_FILE_TOO_LARGE.format(size=format_size(size), limit=limit), size)
    kind = sniff_video_container(head)
    if kind is None:
        return rejected(_not_a_video_reason(head), size)
    return FileCheck(path=path, ok=True, size=size, reason=None, kind=kind)


def check_readable_file(path: Path) -> FileIdentity:
    """The identity of a file that can be uploaded, or a plain reason why it cannot."""
    try:
        if path.is_dir():
            raise InvalidInputError(MSG_NOT_A_FILE)
        identity = file_identity(path)
        with open(path, "rb"):
            pass
    except FileNotFoundError:
        raise InvalidInputError(MSG_FILE_MISSING) from None
    except PermissionError:
        raise InvalidInputError(MSG_FILE_UNREADABLE) from None
    except IsADirectoryError:
        raise InvalidInputError(MSG_NOT_A_FILE) from None
    return identity
