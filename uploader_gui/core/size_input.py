"""Reading a size a person typed: ``5MiB``, ``50 MiB``, ``1GiB``, ``52428800``.

Binary units only (``MB`` is read as MiB too, since that is what people mean when they type a
chunk size); a plain number is bytes.
"""

from __future__ import annotations

import re

from uploader_gui.core.limits import GIB, KIB, MIB
from uploader_gui.core.reasons import ReasonError, Why, because

_UNITS = {"": 1, "b": 1, "k": KIB, "m": MIB, "g": GIB}
_PATTERN = re.compile(
    r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$|^\s*(\d+)\s*b(?:ytes?)?\s*$", re.I
)


def parse_size(text: str) -> int:
    """Bytes in ``text``; ``ReasonError`` (a ValueError) saying why when it is not a size."""
    match = _PATTERN.match(text)
    if not match:
        raise ReasonError(because(Why.BAD_SIZE, text=text))
    if match.group(3) is not None:
        return int(match.group(3))
    number, unit = match.group(1), match.group(2).lower()
    if unit == "" and "." in number:
        raise ReasonError(because(Why.BAD_SIZE, text=text))
    value = float(number) * _UNITS[unit]
    if value != int(value) and unit:
        value = round(value)
    return int(value)
