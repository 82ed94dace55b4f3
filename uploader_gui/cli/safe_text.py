"""Text from outside the program, made safe to show on a terminal.

File names and the words of a server's answers (a refusal's title and detail, links, encoding
qualities) reach the command's output inside its sentences. Printed as they are, their control
characters would drive the terminal (an escape sequence can clear the screen and write a
made-up "upload complete" under a failure), and the invisible format characters would disguise
them (``evil\\u202egnp.mp4`` shows as ``evilpng.mp4``). Every line the command prints passes
through :func:`~uploader_gui.core.visible_text.visible` as a whole, so no sentence can forget a
piece; the JSON lines pass
through :func:`json_line`, which keeps each value intact for the program that reads them.
"""

from __future__ import annotations

import json
from typing import Any

from uploader_gui.core.visible_text import is_hidden, visible

__all__ = ["json_line", "visible"]


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
    return "".join(_json_escape(char) if is_hidden(char) else char for char in line)
