"""Masking keys and tokens in text that leaves the program: log lines, and a server's words
that may quote a request back.

Kept apart from the keyring (:mod:`uploader_gui.core.secrets`) so that the HTTP client can mask
what a server echoes without loading a keyring backend. The secrets a client holds (its key or
upload token, and the access and refresh tokens it is given, which change as they are renewed)
are :func:`hold`-ed here while it is open, and every log filter masks them
(:func:`held_secrets`).
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Iterable

#: Secrets shorter than this are not redacted from logs: masking every "abc" would garble the
#: log, and a value that short protects nothing anyway.
MIN_REDACTED_LENGTH = 6
REDACTED = "***"


#: One encoded piece of text: a run of percent escapes, a JSON ``\\uXXXX`` escape, or a
#: backslash-escaped ``/``, ``"`` or ``\\``. Two readings of percent escapes: once, and twice
#: (``%252B`` for ``%2B`` for ``+``); ``%25ab`` is either ``%ab`` or the byte ``0xab``, so both
#: readings are searched.
_PIECES = {
    twice: re.compile(
        rf"(?P<percent>(?:%{'(?:25)?' if twice else ''}[0-9A-Fa-f]{{2}})+)"
        r"|\\u(?P<unit>[0-9A-Fa-f]{4})|\\(?P<char>[/\"\\])"
    )
    for twice in (False, True)
}
_ESCAPES = {
    twice: re.compile(rf"%{'(?:25)?' if twice else ''}([0-9A-Fa-f]{{2}})")
    for twice in (False, True)
}


def _decoded(text: str, twice: bool) -> tuple[str, str, list[int]]:
    """``text`` with every encoded piece decoded (percent escapes read once, or ``twice``),
    in two views: with a ``+`` kept, and with a plain ``+`` read as the space a query string or
    a form writes that way (a ``%2B`` stays a plus in both). Then where each decoded character
    starts in ``text``, one more entry for the end."""
    chars: list[str] = []
    spaced: list[str] = []
    starts: list[int] = []

    def plain(until: int, since: int) -> None:
        for i in range(since, until):
            chars.append(text[i])
            spaced.append(" " if text[i] == "+" else text[i])
            starts.append(i)

    done = 0
    for piece in _PIECES[twice].finditer(text):
        plain(piece.start(), done)
        if piece["percent"] is not None:
            escapes = list(_ESCAPES[twice].finditer(piece["percent"]))
            data = bytes(int(e[1], 16) for e in escapes)
            # A UTF-8 sequence's character starts where its first byte's escape does.
            offset = 0
            for char in data.decode("utf-8", "surrogateescape"):
                chars.append(char)
                starts.append(piece.start() + escapes[offset].start())
                offset += len(char.encode("utf-8", "surrogateescape"))
        elif piece["unit"] is not None:
            chars.append(chr(int(piece["unit"], 16)))
            starts.append(piece.start())
        else:
            chars.append(piece["char"])
            starts.append(piece.start())
        spaced.extend(chars[len(spaced) :])
        done = piece.end()
    plain(len(text), done)
    starts.append(len(text))
    return "".join(chars), "".join(spaced), starts


def _found(view: str, starts: list[int] | None, secrets: list[str]) -> list[tuple[int, int]]:
    """Where in the original text each occurrence of each secret in ``view`` lies (``starts``
    maps the view's characters to it; None: the view is the text itself)."""
    spans = []
    for secret in secrets:
        at = view.find(secret)
        while at >= 0:
            end = at + len(secret)
            spans.append((at, end) if starts is None else (starts[at], starts[end]))
            at = view.find(secret, at + 1)
    return spans


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret of a useful length replaced by ``***``.

    A secret is found in every form a log line can hold it: raw, and as it appears in a
    request's address, a form body or a JSON document (a token with ``+``, ``/`` or ``=`` is
    written ``%2B``, ``%2F``, ``%3D`` in a query string, maybe encoded twice), so none of them
    leaks in a form the log holds it in. Secrets that overlap in the text are masked together.

    Encoded text is decoded, with where each character came from, and each secret looked for
    in that: no pattern is built per secret, so however many tokens come and go (each login
    brings new ones) nothing is compiled or kept for them.
    """
    usable = sorted({s for s in secrets if len(s) >= MIN_REDACTED_LENGTH}, key=len, reverse=True)
    if not usable or not text:
        return text
    spans = _found(text, None, usable)
    spaces = "+" in text and any(" " in s for s in usable)
    if spaces or _PIECES[True].search(text) is not None:
        for twice in (False, True):
            kept, spaced, starts = _decoded(text, twice)
            for view in (kept, spaced) if spaces else (kept,):
                spans += _found(view, starts, usable)
    if not spans:
        return text
    pieces: list[str] = []
    done = 0
    for begin, end in sorted(spans):
        if end <= done:
            continue  # inside a span already masked
        if begin >= done:
            pieces += [text[done:begin], REDACTED]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


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
