"""Text from outside the program — file names, a server's words — with nothing hidden in it.

Anyone who sends the creator a file chooses its name, and a server chooses its words. Shown as
they are, their control characters would drive a terminal (an escape sequence can clear the
screen and write a made-up "upload complete") or break a one-line layout, and the invisible
format characters would disguise them: a right-to-left override makes ``evil\\u202egnp.mp4``
read as ``evilmp4.png``. Both fronts show such text through :func:`visible`, which writes each of
those characters out as its code, so the creator sees exactly what is there.
"""

from __future__ import annotations

import unicodedata

#: Categories never shown as they are: controls (C0, DEL, C1), format characters (bidirectional
#: controls, zero-width spaces, the byte-order mark…), lone surrogates (the undecodable bytes of
#: a file name) and line and paragraph separators.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
#: The zero-width joiner and non-joiner shape letters in Persian, Indic scripts and emoji: they
#: reorder nothing, and names in those scripts need them.
_KEPT_FORMAT = frozenset({"\u200c", "\u200d"})
_SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def is_hidden(char: str) -> bool:
    """Whether ``char`` would act or hide rather than show."""
    return unicodedata.category(char) in _HIDDEN_CATEGORIES and char not in _KEPT_FORMAT


def _escape(char: str) -> str:
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible(text: str) -> str:
    """``text`` with every control and format character written as an escape (``\\x1b``,
    ``\\u202e``, ``\\n``); everything else is left as it is. Applying it twice changes nothing
    more."""
    if text.isprintable():  # the usual case: nothing can hide in it
        return text
    return "".join(_escape(char) if is_hidden(char) else char for char in text)
