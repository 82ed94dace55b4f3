"""Masking keys and tokens in text that leaves the program: log lines, and a server's words
that may quote a request back.

Kept apart from the keyring (:mod:`uploader_gui.core.secrets`) so that the HTTP client can mask
what a server echoes without loading a keyring backend. The secrets a client holds (its key or
upload token, and the access and refresh tokens it is given, which change as they are renewed)
are :func:`hold`-ed here while it is open, and every log filter masks them
(:func:`held_secrets`).
"""

from __future__ import annotations

import functools
import re
import threading
from collections import deque
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


#: An encoded byte or character, in which any character of a secret may hide.
_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}")
#: The characters JSON may also write escaped with a backslash.
_BACKSLASHED = frozenset('/"\\')


@functools.lru_cache(maxsize=64)
def _secret_pattern(secret: str) -> re.Pattern[str]:
    """One pattern for every encoding of ``secret``. One per secret, not one for a set of them:
    an access token renewed or a client opened compiles only its own (a long token takes tens of
    milliseconds), not every secret again."""
    return re.compile("".join(_char_pattern(c) for c in secret))


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret of a useful length replaced by ``***``.

    A secret is found in every form a log line can hold it: raw, and as it appears in a
    request's address, a form body or a JSON document (a token with ``+``, ``/`` or ``=`` is
    written ``%2B``, ``%2F``, ``%3D`` in a query string), so none of them leaks in a form the
    log holds it in. The longest secret is masked first.
    """
    usable = sorted({s for s in secrets if len(s) >= MIN_REDACTED_LENGTH}, key=len, reverse=True)
    if not usable or not text:
        return text
    encoded = _ENCODED.search(text) is not None
    backslash = "\\" in text
    plus = "+" in text
    for secret in usable:
        if (
            encoded
            or (backslash and not _BACKSLASHED.isdisjoint(secret))
            or (plus and " " in secret)
        ):
            text = _secret_pattern(secret).sub(REDACTED, text)
        else:
            # No form of it but the plain one can be here (most log lines): no pattern to build.
            text = text.replace(secret, REDACTED)
    return text


# -- the secrets clients hold now --------------------------------------------------------------

#: How many secrets stay masked after the last client holding them closed: an error raised
#: while a client was open may be logged just after it closed.
RECENTLY_RELEASED = 32

_held_lock = threading.Lock()
_holders: dict[str, int] = {}
_released: deque[str] = deque(maxlen=RECENTLY_RELEASED)
# Replaced, never mutated, so a log filter reads it without taking the lock.
_held: frozenset[str] = frozenset()


def hold(secret: str) -> None:
    """Mask ``secret`` in every log line (see :func:`held_secrets`) until it is released as
    many times as it was held."""
    global _held  # noqa: PLW0603
    with _held_lock:
        _holders[secret] = _holders.get(secret, 0) + 1
        _held = frozenset(_holders).union(_released)


def release(secret: str) -> None:
    """One holder of ``secret`` is done with it. The last one keeps it masked among the
    :data:`RECENTLY_RELEASED` secrets, so that memory stays bounded however many clients come
    and go (each login brings new tokens)."""
    global _held  # noqa: PLW0603
    with _held_lock:
        count = _holders.get(secret, 0) - 1
        if count > 0:
            _holders[secret] = count
            return
        _holders.pop(secret, None)
        if secret in _released:
            _released.remove(secret)
        _released.append(secret)
        _held = frozenset(_holders).union(_released)


def held_secrets() -> frozenset[str]:
    """The secrets held by open clients, and the latest ones released; read without a lock."""
    return _held
