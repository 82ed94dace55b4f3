"""Titles, tags and privacy for a whole drop at once, from a small pattern per environment.

A teacher dropping twelve lectures wants "Physics 101 – lecture 07", not twelve file names to
retype. The pattern is plain text with a few words in braces; anything else in braces is left as
typed, so a mistake shows in the title instead of failing the drop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from uploader_gui.core.metadata import VideoMetadata

DEFAULT_PATTERN = "{name}"
#: What each placeholder means, for the settings window's help text.
PLACEHOLDERS = {
    "{name}": "the file name, tidied (holiday_in_rome.mp4 → holiday in rome)",
    "{file}": "the file name as it is, without its extension",
    "{folder}": "the name of the folder holding the file",
    "{date}": "today's date (2026-11-29)",
    "{n}": "the file's number in the drop (1, 2, 3…)",
}
_PLACEHOLDER = re.compile(r"\{(name|file|folder|date|n)\}")
#: Any word in braces, known or not.
_BRACED = re.compile(r"\{([^{}\s]*)\}")


def unknown_fields(pattern: str) -> list[str]:
    """The words in braces that are no placeholder (``{nmae}``), each once, in order: the
    window keeps them as typed, the command line refuses the pattern before any upload."""
    known = {p.strip("{}") for p in PLACEHOLDERS}
    found = (m.group(1) for m in _BRACED.finditer(pattern))
    return list(dict.fromkeys(f"{{{word}}}" for word in found if word not in known))


#: Longest title kept (api.video titles are short lines, not paragraphs).
MAX_TITLE = 200


def tidy_name(path: Path) -> str:
    """``holiday_in_rome.mp4`` → ``holiday in rome``: the name a person would type."""
    stem = path.stem if path.suffix else path.name
    cleaned = " ".join(stem.replace("_", " ").split())
    return cleaned or path.name


def render_title(pattern: str, path: Path, number: int = 1, today: date | None = None) -> str:
    """The title for ``path`` from ``pattern``; an empty result falls back to the tidy name."""
    day = today or date.today()
    values = {
        "name": tidy_name(path),
        "file": path.stem or path.name,
        "folder": path.parent.name,
        "date": day.isoformat(),
        "n": str(number),
    }
    title = _PLACEHOLDER.sub(lambda m: values[m.group(1)], pattern or DEFAULT_PATTERN)
    title = " ".join(title.split())[:MAX_TITLE].strip()
    return title or tidy_name(path)


@dataclass(frozen=True)
class MetadataTemplate:
    """What new videos get unless the creator changes it for one of them."""

    title_pattern: str = DEFAULT_PATTERN
    tags: tuple[str, ...] = ()
    public: bool = True

    def metadata_for(self, path: Path, number: int = 1, today: date | None = None) -> VideoMetadata:
        return VideoMetadata(
            title=render_title(self.title_pattern, path, number, today),
            tags=list(self.tags),
            public=self.public,
        )


def parse_tags(text: str) -> list[str]:
    """Comma-separated tags, trimmed, without empties or repeats (order kept)."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


@dataclass
class DropNumbers:
    """Numbers the files of one drop 1, 2, 3… in the order they were dropped."""

    _next: int = 1
    _given: dict[Path, int] = field(default_factory=dict)

    def number(self, path: Path) -> int:
        if path not in self._given:
            self._given[path] = self._next
            self._next += 1
        return self._given[path]
