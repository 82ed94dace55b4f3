"""Masking keys and tokens in text that leaves the program: log lines, and a server's words
that may quote a request back.

Kept apart from the keyring (:mod:`uploader_gui.core.secrets`) so that the HTTP client can mask
what a server echoes without loading a keyring backend.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

#: Secrets shorter than this are not redacted from logs: masking every "abc" would garble the
#: log, and a value that short protects nothing anyway.
MIN_REDACTED_LENGTH = 6
REDACTED = "***"


def _hex_pattern(value: int, digits: int) -> str:
    """``value`` in hexadecimal, its letters in either case (``2[bB]``)."""
    return "".join(f"[{d.upper()}{d}]" if d.isalpha() else d for d in format(value, f"0{digits}x"))


def _char_pattern(char: str) -> str:
    """Every way a log may hold one character of a secret: as it is, percent-encoded (in either
    case, encoded once more as ``%25``), ``+`` for a space in a query string or a form, or
    escaped as in JSON (``\\/``, ``\\uXXXX``)."""
    forms = [re.escape(char)]
    forms.append(
        "".join(f"%(?:25)?{_hex_pattern(b, 2)}" for b in char.encode("utf-8", "surrogatepass"))
    )
    if char == " ":
        forms.append(r"\+")
    if char in '/"\\':
        forms.append(re.escape("\\" + char))
    units = char.encode("utf-16-be", "surrogatepass")
    forms.append(
        "".join(
            r"\\u" + _hex_pattern(units[i] << 8 | units[i + 1], 4) for i in range(0, len(units), 2)
        )
    )
    return f"(?:{'|'.join(forms)})"


@functools.lru_cache(maxsize=16)
def _secrets_pattern(secrets: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every encoding of every secret, the longest secret tried first."""
    return re.compile("|".join("".join(_char_pattern(c) for c in s) for s in secrets))


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret of a useful length replaced by ``***``.

    A secret is found in every form a log line can hold it: raw, and as it appears in a
    request's address, a form body or a JSON document (a token with ``+``, ``/`` or ``=`` is
    written ``%2B``, ``%2F``, ``%3D`` in a query string), so none of them leaks in a form the
    log holds it in.
    """
    usable = sorted({s for s in secrets if len(s) >= MIN_REDACTED_LENGTH}, key=len, reverse=True)
    if not usable or not text:
        return text
    return _secrets_pattern(tuple(usable)).sub(REDACTED, text)
