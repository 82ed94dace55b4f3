"""Digests of the bytes sent while a file was still being written, kept as they left.

Some recorders rewrite the start of the file when they stop (an MP4 moving its index to the
front). The parts already on api.video would then no longer match the file, and completing
the upload would leave a complete video with stale bytes. Before the final part the file is
read again where these digests were taken and compared.

Part 1 (where headers and indexes live) is hashed whole; every other part by a window at its
start and one at its end (:data:`WINDOW` each), so the check before the final part reads
about ``part size + parts x 128 KiB``, not the whole recording. The windows are a pure function
of the part's range, so a digest taken while sending and one read back from disk agree.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from uploader_gui.core.limits import KIB

#: Bytes hashed at the start and at the end of every part but the first.
WINDOW = 64 * KIB
_READ = 1024 * KIB


def windows(part: int, start: int, end: int) -> list[tuple[int, int]]:
    """The half-open byte spans of ``[start, end]`` (inclusive) that the digest of ``part``
    (1-based) covers, in file order, never overlapping."""
    stop = end + 1
    if part == 1 or stop - start <= 2 * WINDOW:
        return [(start, stop)]
    return [(start, start + WINDOW), (stop - WINDOW, stop)]


class PartDigest:
    """Fed the bytes of one part in file order as they are sent (``feed(offset, data)``);
    :meth:`value` is then the same as :func:`digest_on_disk` of the bytes sent."""

    def __init__(self, part: int, start: int, end: int) -> None:
        self.part = part
        self.start = start
        self.end = end
        self._spans = windows(part, start, end)
        self._hash = hashlib.blake2b(digest_size=16)
        self._fed = 0  # bytes of the spans hashed so far

    def feed(self, offset: int, data: bytes) -> None:
        stop = offset + len(data)
        for a, b in self._spans:
            lo, hi = max(a, offset), min(b, stop)
            if lo < hi:
                self._hash.update(data[lo - offset : hi - offset])
                self._fed += hi - lo

    @property
    def complete(self) -> bool:
        """Whether every byte of the spans went through :meth:`feed` (one attempt, whole)."""
        return self._fed == sum(b - a for a, b in self._spans)

    def value(self) -> str:
        return self._hash.hexdigest()


def digest_on_disk(path: Path, part: int, start: int, end: int) -> str | None:
    """The digest of ``part`` as the file holds it now; None when the file is shorter than
    the part (or cannot be read): it cannot be the bytes that were sent."""
    digest = PartDigest(part, start, end)
    try:
        with open(path, "rb") as f:
            for a, b in windows(part, start, end):
                f.seek(a)
                pos = a
                while pos < b:
                    data = f.read(min(_READ, b - pos))
                    if not data:
                        return None
                    digest.feed(pos, data)
                    pos += len(data)
    except OSError:
        return None
    return digest.value()
