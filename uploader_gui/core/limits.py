"""api.video's upload limits, as the engine reads them (see docs/protocol notes in the README).

Every size or count the engine checks comes from here, so a limit changes in one place.
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

#: Every chunk but the last must be at least this large.
MIN_CHUNK_SIZE = 5 * MIB
#: The largest byte range one request may carry.
MAX_CHUNK_SIZE = 200 * MIB
#: A request with no Content-Range is a single-shot upload of at most this size.
MAX_SINGLE_UPLOAD_SIZE = 200 * MIB
#: The most parts one video source may have.
MAX_PARTS = 10_000
#: The largest total size the bytes form accepts.
MAX_TOTAL_BYTES = 52_428_800_000
#: The product limit on one video.
MAX_VIDEO_SIZE = 30 * GIB

#: Default chunk size when the user has not chosen one: small enough that four connections
#: share a file evenly to the end (docs/benchmarks.md, slow link), and grown automatically on a
#: fast link to stay under the request limits below.
DEFAULT_CHUNK_SIZE = 16 * MIB
#: Chunks of one file sent at once by default (docs/benchmarks.md has the measurements).
DEFAULT_PARALLEL_CHUNKS = 4

#: Files uploaded at once by default (the window's setting and ``--parallel``).
DEFAULT_PARALLEL_FILES = 2
#: How long a file being recorded must stay unchanged to count as finished, by default (the
#: window's setting and ``--settle``).
DEFAULT_SETTLE_SECONDS = 10.0

#: Upload requests per minute that api.video allows, per environment.
UPLOADS_PER_MINUTE = {"production": 100, "sandbox": 40}

#: How long a chunk request may go without a byte moving, either way, before it is given up
#: and sent again on a new connection (after a probe says the host answers: see
#: :mod:`~uploader_gui.core.network_watch`). Slow is fine; stuck is not. A frozen connection
#: (a closed lid, a Wi-Fi hand-over, a NAT that forgot it) costs this long, so it is short;
#: an answer may take twice as long, which leaves a server assembling a big chunk time to.
DEFAULT_STALL_SECONDS = 15.0
#: The range ``--stall-timeout`` accepts.
MIN_STALL_SECONDS = 5.0
MAX_STALL_SECONDS = 600.0
