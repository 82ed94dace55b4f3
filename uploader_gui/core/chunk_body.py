"""A multipart/form-data request body streamed straight from a slice of a file.

The body is a file-like object with a known length, so ``requests`` sends a plain
``Content-Length`` request and pulls the bytes block by block while they leave. Nothing is copied
to a temporary file and at most one block of the video is held in memory, whatever the chunk
size. Between blocks the body calls ``checkpoint``: that is where a pause waits and where a
cancel raises, so even a 200 MiB chunk stops within one block.
"""

from __future__ import annotations

import math
import os
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO, NamedTuple

from uploader_gui.core.errors import SourceChangedError
from uploader_gui.core.limits import KIB
from uploader_gui.core.reasons import Why

#: The most video bytes one ``read`` hands out, and the block the HTTP layer asks for. Large
#: blocks matter for speed: with http.client's 8 KiB (urllib3's 16 KiB) a fast link spends more
#: CPU on Python calls per block than on moving the bytes.
BLOCK_SIZE = 1024 * KIB
#: How often progress is reported while a chunk leaves.
#: Seconds between two progress reports of one body. Every report is an event through the
#: upload's listeners (the store's bookkeeping, the window's counters) under the interpreter's
#: lock: at loopback speed a report per block is hundreds a second per file, which only take
#: the interpreter from the window. Ten a second is more than a progress bar shows.
REPORT_INTERVAL = 0.1

_CRLF = b"\r\n"


def _quote_filename(name: str) -> bytes:
    """The file name as the ``filename`` of a form part: raw UTF-8, the way browsers write it,
    with what a header value cannot hold percent-encoded. Browsers encode the quote, CR and LF;
    the other control characters are refused by servers that follow RFC 9110 (the whole chunk
    with them), and the bytes of a name that is not UTF-8 cannot be written as UTF-8."""
    out = bytearray()
    for char in name:
        code = ord(char)
        if char == '"' or code < 0x20 or code == 0x7F:
            out += f"%{code:02X}".encode()
        elif 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of the name, kept by Python
            out += f"%{code - 0xDC00:02X}".encode()
        else:
            out += char.encode("utf-8", "surrogatepass")
    return bytes(out)


class ChunkBody:
    """One chunk's request body: optional text fields, then the ``file`` part.

    ``throttle(n)`` is called before each block of ``n`` file bytes is handed out, and may wait
    there (a bandwidth cap). ``on_progress(sent)`` receives the number of this chunk's file bytes
    handed to the network so far: for the first block, then at most every
    :data:`REPORT_INTERVAL` seconds, and always for the last one.
    ``on_data(offset, data)`` sees each block of the file as it leaves (``offset`` in the file),
    so what was sent can be remembered exactly as it was sent (an upload while recording keeps
    digests of it).
    """

    def __init__(
        self,
        path: Path,
        start: int,
        length: int,
        *,
        filename: str | None = None,
        fields: Mapping[str, str] | None = None,
        checkpoint: Callable[[], None] | None = None,
        on_progress: Callable[[int], None] | None = None,
        throttle: Callable[[int], None] | None = None,
        on_data: Callable[[int, bytes], None] | None = None,
        block_size: int = BLOCK_SIZE,
        report_interval: float = REPORT_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._path = path
        self._start = start
        self._length = length
        self._checkpoint = checkpoint
        self._on_progress = on_progress
        self._throttle = throttle
        self._on_data = on_data
        self._block_size = block_size
        self._report_interval = report_interval
        self._clock = clock
        self._last_report = -math.inf
        boundary = uuid.uuid4().hex
        self.content_type = f"multipart/form-data; boundary={boundary}"
        head = bytearray()
        for key, value in (fields or {}).items():
            head += b"--" + boundary.encode() + _CRLF
            head += b'Content-Disposition: form-data; name="' + key.encode() + b'"' + _CRLF
            head += _CRLF + value.encode("utf-8") + _CRLF
        head += b"--" + boundary.encode() + _CRLF
        head += b'Content-Disposition: form-data; name="file"; filename="'
        head += _quote_filename(filename if filename is not None else path.name) + b'"' + _CRLF
        head += b"Content-Type: application/octet-stream" + _CRLF + _CRLF
        self._head = bytes(head)
        self._tail = _CRLF + b"--" + boundary.encode() + b"--" + _CRLF
        self._file: BinaryIO | None = None
        self._head_pos = 0
        self._sent = 0
        self._tail_pos = 0

    def __len__(self) -> int:
        return len(self._head) + self._length + len(self._tail)

    @property
    def sent(self) -> int:
        """File bytes of this chunk handed out so far."""
        return self._sent

    def read(self, size: int = -1) -> bytes:
        """At most ``size`` bytes (and never more than one block); ``b""`` at the end."""
        limit = self._block_size if size is None or size < 0 else min(size, self._block_size)
        if self._head_pos < len(self._head):
            out = self._head[self._head_pos : self._head_pos + limit]
            self._head_pos += len(out)
            return out
        if self._sent < self._length:
            return self._read_file(limit)
        out = self._tail[self._tail_pos : self._tail_pos + limit]
        self._tail_pos += len(out)
        return out

    def _read_file(self, limit: int) -> bytes:
        want = min(limit, self._length - self._sent)
        try:
            if self._checkpoint is not None:
                self._checkpoint()
            if self._throttle is not None:
                self._throttle(want)
        except BaseException:
            self.close()
            raise
        if self._file is None:
            try:
                self._file = open(self._path, "rb")  # noqa: SIM115 - closed at the end of the slice
            except FileNotFoundError:
                raise SourceChangedError(Why.FILE_VANISHED) from None
            self._file.seek(self._start)
        return self._take_bytes(want)

    def _take_bytes(self, want: int) -> bytes:
        """The next ``want`` bytes of the file, read into memory."""
        assert self._file is not None
        data = self._file.read(want)
        if len(data) != want:
            self.close()
            raise SourceChangedError(Why.FILE_CHANGED, detail="the file became shorter")
        if self._on_data is not None:
            self._on_data(self._start + self._sent, data)
        self._handed_out(want)
        return data

    def _handed_out(self, count: int) -> None:
        self._sent += count
        if self._sent >= self._length:
            self.close()
        if self._on_progress is not None:
            now = self._clock()
            if now - self._last_report >= self._report_interval or self._sent >= self._length:
                self._last_report = now
                self._on_progress(self._sent)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class FileIdentity(NamedTuple):
    """What tells that a file on disk is still the one an upload started from.

    Size and modification time alone can be put back after a rewrite (``cp -p``, ``rsync -t``,
    ``os.utime``), which would let the server assemble a splice of the old and new bytes. The
    change time cannot be set by a program, and a file deleted and written again (or copied
    back) gets a new inode; on Windows ``st_ino``/``st_dev`` are the file id and volume serial.
    """

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int

    def differences(self, other: FileIdentity) -> str:
        """The fields that differ, for the log (``size 10 -> 12, inode 5 -> 9``)."""
        return ", ".join(
            f"{name} {mine} -> {theirs}"
            for name, mine, theirs in zip(self._fields, self, other, strict=True)
            if mine != theirs
        )


def identity_of(st: os.stat_result) -> FileIdentity:
    return FileIdentity(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def file_identity(path: Path) -> FileIdentity:
    """The :class:`FileIdentity` of the file at ``path`` now (OSError if it cannot be read)."""
    return identity_of(os.stat(path))
