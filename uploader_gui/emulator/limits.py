"""api.video's upload limits as the emulator enforces them (its own reading of the docs)."""

from __future__ import annotations

MIB = 1024 * 1024

#: Every chunk but the last must be at least this large (5 MiB).
MIN_CHUNK = 5 * MIB
#: The largest range, part or single-shot file one request may carry (200 MiB).
MAX_REQUEST = 200 * MIB
#: The most parts a source may have.
MAX_PARTS = 10_000
#: The largest ``total_bytes`` of the bytes form.
MAX_TOTAL_BYTES = 52_428_800_000
#: The largest ``to_byte`` of the bytes form.
MAX_TO_BYTE = MAX_TOTAL_BYTES - 1
#: Largest thumbnail image.
MAX_THUMBNAIL = 8 * MIB
#: Largest caption or chapters file the emulator takes (its own bound: the reference gives
#: none, and a text track is rarely above a few hundred kilobytes).
MAX_TRACK = 8 * MIB
#: Upload requests per minute the emulator advertises when no rate-limit fault is set.
ADVERTISED_UPLOADS_PER_MINUTE = 100
#: Other requests per minute the emulator advertises.
ADVERTISED_REQUESTS_PER_MINUTE = 500
