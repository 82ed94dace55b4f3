"""Faults the emulator can inject, so clients are tested against a network that misbehaves.

All knobs are off by default. The object is live: a test may change a field while the emulator
runs and the next request sees it. Counters "every Nth upload request" count every request to
``POST /videos/{id}/source`` and ``POST /upload`` since the emulator started, across knobs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Faults:
    """Live fault settings (0 means off for every knob)."""

    #: Every Nth upload request: read part of the body, then close the connection without an
    #: answer; nothing is recorded, so a resend of the same chunk succeeds.
    drop_mid_body_every: int = 0
    #: Every Nth upload request: record the chunk, then close the connection without an answer
    #: (a lost acknowledgement). A blind resend then gets the 400 "already sent"/"overlaps".
    lose_ack_every: int = 0
    #: Every Nth upload request: read the body, record nothing, answer 500 (odd occurrences) or
    #: 503 (even occurrences) in problem+json.
    server_error_every: int = 0
    #: More than this many upload requests in one window are answered 429 with
    #: ``X-RateLimit-Retry-After`` (the body is read and discarded, nothing is recorded).
    rate_limit_uploads: int = 0
    #: Length of the rate-limit window in seconds (the window starts at its first request).
    rate_limit_window: float = 60.0
    #: Seconds added before answering every request.
    latency: float = 0.0
    #: Seconds the answer to creating a video (``POST /videos``) is held after the video was
    #: made: the server did the work and the client does not know yet.
    hold_create_answer: float = 0.0
    #: Cap in bytes per second on reading each request body, per connection (0 = no cap).
    bandwidth: float = 0.0
    #: Cap in bytes per second on the request bodies of all connections together: one uplink
    #: they share, beside the per-connection ``bandwidth`` (0 = no cap).
    uplink: float = 0.0
    #: Answer every listing of videos (``GET /videos``) with 503 in problem+json, as a busy
    #: api.video may (uploads are not affected).
    listing_unavailable: bool = False
    #: The next this many uploads of a caption, chapters or thumbnail (``POST`` to
    #: ``/captions/{language}``, ``/chapters/{language}``, ``/thumbnail`` and the timecode
    #: ``PATCH``) are read and answered 503 in problem+json, with nothing stored; each such
    #: answer counts one down.
    fail_attachments: int = 0
    #: Uploads of a caption, chapters or thumbnail whose path contains this text (e.g.
    #: ``/captions/fr``) are read and answered 503 in problem+json, with nothing stored, for as
    #: long as it is set ("" = off).
    fail_attachments_matching: str = ""
    #: Refuse every ``DELETE /videos/{id}`` with api.video's general 405 (the video stays), as
    #: for a key that may upload but not delete.
    refuse_deletes: bool = False
    #: DELETE forgets the video and its media at once instead of keeping them restorable for
    #: 90 days: for benchmarks that upload gigabytes into a small scratch space.
    forget_deleted: bool = False
