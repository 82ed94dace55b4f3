"""Language tags as api.video wants them for captions and chapters: IETF tags with dashes.

People write ``pt_BR`` (a locale name), ``PT-br`` or ``zh-hans-cn``; api.video takes only
letters and dashes. A tag is normalised to its usual spelling: the language in lower case, a
script in title case, a region in upper case (``pt-BR``, ``zh-Hans-CN``).
"""

from __future__ import annotations

import re

_FORM = re.compile(r"([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}))?")


def normalise_language(text: str) -> str:
    """The tag in its usual spelling; ValueError when it is not a language tag api.video can
    take (a language of two or three letters, maybe a script and a region, letters only)."""
    cleaned = text.strip().replace("_", "-").lower()
    match = _FORM.fullmatch(cleaned)
    if match is None:
        raise ValueError(text)
    language, script, region = match.groups()
    parts = [language]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


def is_language(text: str) -> bool:
    """Whether ``text`` reads as a language tag (see :func:`normalise_language`)."""
    try:
        normalise_language(text)
    except ValueError:
        return False
    return True
