"""Reading a size a person typed: ``5MiB``, ``50 MiB``, ``1GiB``, ``52428800``.

Binary units only (``MB`` is read as MiB too, since that is what people mean when they type a
chunk size); a plain number is bytes.
"""

from __future__ import annotations

import re

from uploader_gui.core.limits import GIB, KIB, MIB

_UNITS = {"": 1, "b": 1, "k": KIB, "m": MIB, "g": GIB}
_PATTERN = re.compile(
    r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$|^\s*(\d+)\s*b(?:ytes?)?\s*$", re.I
)

MSG_BAD_SIZE = "“{text}” is not a size; write it like 50MiB, 1GiB or a number of bytes."


def parse_size(text: str) -> int:
    """Bytes in ``text``; ``ValueError`` with a plain sentence when it is not a size."""
    match = _PATTERN.match(text)
    if not match:
        raise ValueError(MSG_BAD_SIZE.format(text=text))
    if match.group(3) is not None:
        return int(match.group(3))
    number, unit = match.group(1), match.group(2).lower()
    if unit == "" and "." in number:
        raise ValueError(MSG_BAD_SIZE.format(text=text))
    value = float(number) * _UNITS[unit]
    if value != int(value) and unit:
        value = round(value)
    return int(value)
