"""A short content fingerprint that tells whether a video file is still the one that was queued.

Hashing a whole 30 GiB file would take minutes; a file that was re-exported, trimmed or replaced
almost always differs in its size, its first or last bytes (container headers and indexes live
there) or somewhere in between. So the fingerprint hashes the size and a fixed number of evenly
spaced 64 KiB samples, and reads only those: about 1 MiB whatever the file size.

The same string is kept in the upload store and can go into a video's metadata to spot a file
that was already uploaded. Its ``v1:`` prefix lets a later sampling scheme coexist with stored
values instead of silently comparing unlike things.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import BinaryIO

from uploader_gui.core.limits import KIB

FINGERPRINT_VERSION = "v1"
#: Bytes read at each sampled place.
SAMPLE_SIZE = 64 * KIB
#: Samples taken between the first and the last block.
MIDDLE_SAMPLES = 14
#: Bytes of blake2b digest kept (32 hex characters): plenty to tell files apart, short to show.
DIGEST_SIZE = 16


def sample_ranges(size: int) -> list[tuple[int, int]]:
    """``(offset, length)`` of each sample: the first block, ``MIDDLE_SAMPLES`` evenly spaced
    ones and the last. A file no larger than all samples together is read whole."""
    if size <= SAMPLE_SIZE * (MIDDLE_SAMPLES + 2):
        return [(0, size)] if size > 0 else []
    last = size - SAMPLE_SIZE
    offsets = {0, last}
    for i in range(1, MIDDLE_SAMPLES + 1):
        offsets.add(last * i // (MIDDLE_SAMPLES + 1))
    return [(offset, SAMPLE_SIZE) for offset in sorted(offsets)]


def fingerprint_stream(stream: BinaryIO, size: int) -> str:
    """The fingerprint of the first ``size`` bytes of a seekable binary ``stream``.

    Raises OSError when the stream is shorter than ``size`` (the file shrank while being read),
    so a truncated file never gets the fingerprint of a complete one.
    """
    digest = hashlib.blake2b(digest_size=DIGEST_SIZE, person=b"uploader-gui-fp")
    digest.update(size.to_bytes(8, "big"))
    for offset, length in sample_ranges(size):
        stream.seek(offset)
        remaining = length
        while remaining > 0:
            block = stream.read(min(remaining, SAMPLE_SIZE))
            if not block:
                raise OSError(f"the file ended at {offset + length - remaining} of {size} bytes")
            digest.update(block)
            remaining -= len(block)
    return f"{FINGERPRINT_VERSION}:{digest.hexdigest()}"


def fingerprint(path: Path) -> str:
    """The fingerprint of the file at ``path`` as it is now (OSError if it cannot be read)."""
    with open(path, "rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        return fingerprint_stream(stream, size)
