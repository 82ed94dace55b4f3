"""Text from outside the program, made safe to show on a terminal.

File names and the words of a server's answers (a refusal's title and detail, links, encoding
qualities) reach the command's output inside its sentences. Printed as they are, their control
characters would drive the terminal (an escape sequence can clear the screen and write a
made-up "upload complete" under a failure), and the invisible format characters would disguise
them (``evil\\u202egnp.mp4`` shows as ``evilpng.mp4``). Every line the command prints passes
through :func:`visible` as a whole, so no sentence can forget a piece; the JSON lines pass
through :func:`json_line`, which keeps each value intact for the program that reads them.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

#: Categories never shown as they are: controls (C0, DEL, C1), format characters (bidirectional
#: controls, zero-width spaces, soft hyphen…), lone surrogates (the undecodable bytes of a file
#: name, which would also stop the output with an encoding error) and line separators.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
#: The zero-width joiner and non-joiner shape letters in Persian, Indic scripts and emoji: they
#: reorder nothing, and file names in those scripts need them.
_KEPT_FORMAT = frozenset({"\u200c", "\u200d"})
_SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _hidden(char: str) -> bool:
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
    ``\\u202e``), so what the terminal shows is exactly the characters that are there."""
    if text.isprintable():  # the usual case: nothing can hide in it
        return text
    return "".join(_escape(char) if _hidden(char) else char for char in text)


def _json_escape(char: str) -> str:
    """``\\uXXXX``, or a surrogate pair of them beyond the first 65,536 code points, as JSON
    writes them."""
    units = char.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{units[i] << 8 | units[i + 1]:04x}" for i in range(0, len(units), 2))


def json_line(obj: dict[str, Any]) -> str:
    """One JSON object on one line, readable as UTF-8, with the characters ``json.dumps`` keeps
    raw but a terminal would act on or hide (DEL, C1 controls, format characters) written as
    ``\\uXXXX`` escapes. A JSON reader gets back exactly the same values."""
    line = json.dumps(obj, ensure_ascii=False)
    if line.isprintable():
        return line
    # Outside strings a JSON text is plain ASCII, so every such character is inside a string,
    # where an escape means the same character.
    return "".join(_json_escape(char) if _hidden(char) else char for char in line)
