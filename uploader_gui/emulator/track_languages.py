"""The language tags the emulator takes for captions and chapters, as the API reference states
them: IETF tags, dashes only (``fr-CA``, ``zh-Hans-CN``), a language api.video covers.

The reference links a list of covered tags without giving it; the emulator covers the primary
languages below (each with its native name, the caption's ``languageName``), with an optional
script (four letters) and region (two letters). A tag is kept in its usual case
(``pt-BR``, ``zh-Hans-CN``) whatever case it was sent in.
"""

from __future__ import annotations

import re

from .errors import ApiError

#: Primary language subtag -> the language's name in that language.
NATIVE_NAMES: dict[str, str] = {
    "af": "Afrikaans",
    "ar": "العربية",
    "bg": "български",
    "bn": "বাংলা",
    "ca": "català",
    "cs": "čeština",
    "cy": "Cymraeg",
    "da": "dansk",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "en": "English",
    "es": "español",
    "et": "eesti",
    "eu": "euskara",
    "fa": "فارسی",
    "fi": "suomi",
    "fr": "français",
    "ga": "Gaeilge",
    "gl": "galego",
    "he": "עברית",
    "hi": "हिन्दी",
    "hr": "hrvatski",
    "hu": "magyar",
    "id": "Indonesia",
    "is": "íslenska",
    "it": "italiano",
    "ja": "日本語",
    "ko": "한국어",
    "lt": "lietuvių",
    "lv": "latviešu",
    "ml": "മലയാളം",
    "ms": "Melayu",
    "nb": "norsk bokmål",
    "nl": "Nederlands",
    "nn": "norsk nynorsk",
    "no": "norsk",
    "pl": "polski",
    "pt": "português",
    "ro": "română",
    "ru": "русский",
    "sk": "slovenčina",
    "sl": "slovenščina",
    "sr": "српски",
    "sv": "svenska",
    "sw": "Kiswahili",
    "ta": "தமிழ்",
    "te": "తెలుగు",
    "th": "ไทย",
    "tr": "Türkçe",
    "uk": "українська",
    "ur": "اردو",
    "vi": "Tiếng Việt",
    "zh": "中文",
}

_LETTERS_AND_DASHES = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_STRUCTURE = re.compile(r"([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}))?")

_INVALID_TITLE = "An attribute is invalid."
_ONLY_LETTERS = (
    'The "language" attribute must contain only letters and dashes (for example "fr", "fr-BE").'
)
_NOT_VALID = 'The "language" attribute is not valid.'


def checked_language(raw: str) -> tuple[str, str]:
    """The tag in its usual case and its language's native name, or the API's 400."""
    if not _LETTERS_AND_DASHES.fullmatch(raw):
        raise ApiError(
            "invalid-attribute", name="language", title=_INVALID_TITLE, detail=_ONLY_LETTERS
        )
    match = _STRUCTURE.fullmatch(raw.lower())
    if match is None or match.group(1) not in NATIVE_NAMES:
        raise ApiError(
            "invalid-attribute", name="language", title=_INVALID_TITLE, detail=_NOT_VALID
        )
    language, script, region = match.groups()
    parts = [language]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts), NATIVE_NAMES[language]
