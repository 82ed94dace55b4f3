"""A video id read from a server's answer, as untrusted input.

The id goes into request paths, the store, log lines and the links shown, so only what an
api.video id can be is taken (``vi`` ids are a few dozen letters and digits): a JSON object, a
number, an empty or a huge string, or one carrying slashes or control characters is refused
rather than turned into text with ``str()``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def video_id_of(answer: Any) -> str | None:
    """``answer["videoId"]`` when it is a plausible video id, else None."""
    value = answer.get("videoId") if isinstance(answer, Mapping) else None
    if isinstance(value, str) and _VIDEO_ID.fullmatch(value):
        return value
    return None
