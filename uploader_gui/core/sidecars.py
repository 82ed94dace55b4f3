"""Captions, chapters and a thumbnail found next to a video, by name.

Next to ``talk.mp4``:

* ``talk.srt``, ``talk.vtt``: captions in the default caption language;
* ``talk.LANG.srt``, ``talk.LANG.vtt``: captions in LANG (``talk.pt_BR.srt`` is ``pt-BR``);
* ``talk.chapters.txt`` (a ``0:00 Intro`` list) or ``talk.chapters.vtt``: chapters in the
  default language; ``talk.chapters.LANG.vtt`` (or ``.txt``): chapters in LANG;
* ``talk.jpg``, ``talk.jpeg``, ``talk.png``, ``talk.webp``: the thumbnail.

Names are compared without regard to case. A middle part that is not a language
(``talk.final.srt``) is not a sidecar. When two files fill the same slot, the one naming its
language wins over the default, then ``.vtt`` over ``.srt`` (and ``.vtt`` over ``.txt`` for
chapters); of several images, the first of jpg, jpeg, png, webp. The files are only found here;
their contents are read when they are sent.
"""

from __future__ import annotations

import os
from pathlib import Path

from uploader_gui.core.attachments import Attachment, AttachmentKind
from uploader_gui.core.language_tag import normalise_language

_CAPTION_EXTENSIONS = {"vtt": 0, "srt": 1}
_CHAPTER_EXTENSIONS = {"vtt": 0, "txt": 1}
_IMAGE_EXTENSIONS = {"jpg": 0, "jpeg": 1, "png": 2, "webp": 3}
_CHAPTERS = "chapters"


class FolderNames:
    """The files of folders, each folder listed once and its names indexed by every part
    before a dot (``talk.fr.srt`` under ``talk`` and ``talk.fr``), so the sidecars of thousands
    of videos in one folder are found without listing the folder once per video."""

    def __init__(self) -> None:
        self._index: dict[Path, dict[str, list[str]] | None] = {}

    def starting_with(self, folder: Path, stem: str) -> list[str] | None:
        """The names in ``folder`` that begin with ``stem`` (lower case) and a dot; None when
        the folder cannot be listed."""
        if folder not in self._index:
            self._index[folder] = _indexed(folder)
        index = self._index[folder]
        return None if index is None else index.get(stem, [])


def _file_names(folder: Path) -> list[str] | None:
    try:
        with os.scandir(folder) as entries:
            return [e.name for e in entries if e.is_file()]
    except OSError:
        return None


def _indexed(folder: Path) -> dict[str, list[str]] | None:
    names = _file_names(folder)
    if names is None:
        return None
    index: dict[str, list[str]] = {}
    for name in names:
        lowered = name.lower()
        dot = lowered.find(".", 1)
        while dot != -1:
            index.setdefault(lowered[:dot], []).append(name)
            dot = lowered.find(".", dot + 1)
    return index


def find_sidecars(
    video: Path, default_language: str, folders: FolderNames | None = None
) -> list[Attachment]:
    """The attachments found next to ``video``, captions first, then chapters, then the
    thumbnail. A folder that cannot be listed has none. ``default_language`` must be a
    normalised tag (see :func:`~uploader_gui.core.language_tag.normalise_language`).
    ``folders`` lists each folder once for many videos (a whole folder uploaded)."""
    stem = video.stem.lower()
    if folders is not None:
        listed = folders.starting_with(video.parent, stem)
    else:
        listed = _file_names(video.parent)
    if listed is None:
        return []
    names = [name for name in listed if name != video.name]
    # slot key -> (rank, attachment): the lowest rank wins.
    found: dict[str, tuple[tuple[int, int, str], Attachment]] = {}

    def offer(rank: tuple[int, int, str], attachment: Attachment) -> None:
        held = found.get(attachment.key)
        if held is None or rank < held[0]:
            found[attachment.key] = (rank, attachment)

    for name in names:
        lowered = name.lower()
        if not lowered.startswith(stem + "."):
            continue
        parts = lowered[len(stem) + 1 :].split(".")
        path = video.parent / name
        extension = parts[-1]
        middle = parts[:-1]
        if not middle and extension in _IMAGE_EXTENSIONS:
            offer(
                (0, _IMAGE_EXTENSIONS[extension], name), Attachment(AttachmentKind.THUMBNAIL, path)
            )
        elif middle and middle[0] == _CHAPTERS and extension in _CHAPTER_EXTENSIONS:
            language = _language(middle[1:], default_language)
            if language is not None:
                rank = (0 if len(middle) > 1 else 1, _CHAPTER_EXTENSIONS[extension], name)
                offer(rank, Attachment(AttachmentKind.CHAPTERS, path, language))
        elif extension in _CAPTION_EXTENSIONS:
            language = _language(middle, default_language)
            if language is not None:
                rank = (0 if middle else 1, _CAPTION_EXTENSIONS[extension], name)
                offer(rank, Attachment(AttachmentKind.CAPTION, path, language))
    order = {AttachmentKind.CAPTION: 0, AttachmentKind.CHAPTERS: 1, AttachmentKind.THUMBNAIL: 2}
    chosen = [attachment for _rank, attachment in found.values()]
    return sorted(chosen, key=lambda a: (order[a.kind], a.language or ""))


def language_in_name(path: Path) -> str | None:
    """The language tag a file's name carries before its extension (``fr`` for
    ``talk.fr.srt`` or ``talk.chapters.fr.vtt``), normalised; None when it carries none."""
    parts = path.name.split(".")
    if len(parts) < 3:
        return None
    try:
        return normalise_language(parts[-2])
    except ValueError:
        return None


def _language(middle: list[str], default_language: str) -> str | None:
    """The language a name's middle part gives: none means the default; one part must be a
    language tag; more parts are not a sidecar's name."""
    if not middle:
        return default_language
    if len(middle) > 1:
        return None
    try:
        return normalise_language(middle[0])
    except ValueError:
        return None
