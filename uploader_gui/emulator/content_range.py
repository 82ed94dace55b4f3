"""Parsing of the ``Content-Range`` request header of api.video uploads.

Two forms exist: ``bytes <from>-<to>/<total|*>`` (inclusive byte range) and
``part <n>/<total|*>``. Anything else is malformed. Digits are ASCII only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ApiError

_PATTERN = re.compile(r"(?:bytes ([0-9]+)-([0-9]+)|part ([0-9]+))/([0-9]+|\*)")


@dataclass(frozen=True)
class ContentRange:
    """One parsed header. ``total`` is None for ``*`` (the client does not know it yet)."""

    kind: str  # "bytes" or "part"
    total: int | None
    start: int = 0  # bytes form: first byte
    end: int = 0  # bytes form: last byte, inclusive
    part: int = 0  # part form: 1-based part number

    @property
    def length(self) -> int:
        """Bytes the range announces (bytes form only)."""
        return self.end - self.start + 1


def parse_content_range(value: str) -> ContentRange:
    """Parse a header value, or raise the 400 api.video gives for a malformed one."""
    match = _PATTERN.fullmatch(value.strip())
    if match is None:
        raise ApiError("video-content-range-malformed", name="Content-Range")
    start, end, part, total_text = match.groups()
    total = None if total_text == "*" else int(total_text)
    if part is not None:
        return ContentRange(kind="part", total=total, part=int(part))
    return ContentRange(kind="bytes", total=total, start=int(start), end=int(end))
