"""How one file is uploaded: chunk size and form, parallel chunks, retries, chunk growth on a
fast link, a bandwidth cap and the stall window. Shared by the engine and both fronts."""

from __future__ import annotations

from dataclasses import dataclass, field

from uploader_gui.core.chunk_plan import RangeForm
from uploader_gui.core.chunk_sizing import uploads_per_minute_for
from uploader_gui.core.limits import DEFAULT_CHUNK_SIZE, DEFAULT_PARALLEL_CHUNKS, UPLOADS_PER_MINUTE
from uploader_gui.core.network_watch import NetworkWatch
from uploader_gui.core.rate_limit import RateLimiter
from uploader_gui.core.retry_policy import RetryPolicy


@dataclass(frozen=True)
class UploadOptions:
    #: The wished chunk size; the smallest used when chunks adapt (see ``adaptive_chunks``).
    chunk_size: int = DEFAULT_CHUNK_SIZE
    #: Chunks of one file in flight at once.
    parallel_chunks: int = DEFAULT_PARALLEL_CHUNKS
    range_form: RangeForm = "bytes"
    #: Attempts per request before the file fails; ``None`` keeps trying for ever (rate-limit
    #: waits never count).
    max_attempts: int | None = 8
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    #: Grow the chunks on a fast link so requests stay under the per-minute upload limit
    #: (bytes form only). ``None``: on for api.video's production and sandbox addresses.
    #: ``False`` also keeps the end of the file as laid out, instead of cutting it for the
    #: connections to finish together (:mod:`~uploader_gui.core.chunk_tail`).
    adaptive_chunks: bool | None = None
    #: The limit to stay under; ``None``: the environment's (production's for other servers).
    uploads_per_minute: int | None = None
    #: A bandwidth cap; give the same object to several uploads to cap their sum.
    rate_limiter: RateLimiter | None = None
    #: Seconds a chunk request may go without a byte moving before it is given up and sent
    #: again; ``None``: the client's (:data:`~uploader_gui.core.limits.DEFAULT_STALL_SECONDS`).
    stall_seconds: float | None = None
    #: What wakes uploads waiting for the network the moment the host answers again (see
    #: :mod:`~uploader_gui.core.network_watch`); ``None``: the process's shared one.
    network_watch: NetworkWatch | None = None

    def request_limit(self, base_url: str) -> int | None:
        """Upload requests per minute to stay under, or ``None`` when chunks do not adapt."""
        known = uploads_per_minute_for(base_url)
        if self.adaptive_chunks is False or self.range_form != "bytes":
            return None
        if self.adaptive_chunks is None and known is None:
            return None
        return self.uploads_per_minute or known or UPLOADS_PER_MINUTE["production"]
