"""The window's language: which catalogue to load, and loading it before any widget is built.

The shipped languages are the compiled catalogues found next to the package
(``uploader_gui/translations/uploader-gui_<lang>.qm``, built from
``resources/translations/*.ts`` by ``make translations``): adding a language is adding its
``.ts`` file, nothing here changes. English is the source language; its catalogue carries only
the plural forms ("1 file", "2 files"), so it is always loaded underneath the chosen one.
Qt's own catalogue for the language (``qtbase_<lang>.qm``) is loaded too, so the standard
dialogs and buttons (file chooser, Yes/No) speak the same language as the rest.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

#: Where the compiled catalogues live, in a checkout, an installed wheel and a frozen bundle.
CATALOGUE_DIR = Path(__file__).resolve().parents[1] / "translations"
CATALOGUE_PREFIX = "uploader-gui_"
SOURCE_LANGUAGE = "en"
#: The settings value that means "the system's language".
SYSTEM = ""


def shipped_languages(folder: Path = CATALOGUE_DIR) -> list[str]:
    """Language codes with a compiled catalogue (``["de", "en", "fr"]``), English always in."""
    found = {path.stem.removeprefix(CATALOGUE_PREFIX) for path in folder.glob("*.qm")}
    return sorted(found | {SOURCE_LANGUAGE})


def language_name(code: str) -> str:
    """A language named in itself ("Français", "Deutsch"), as people look for their own."""
    if code == SOURCE_LANGUAGE:
        return "English"  # Qt names it for one country ("American English")
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def chosen_language(setting: str, ui_languages: Iterable[str], shipped: Iterable[str]) -> str:
    """The language to show: the one set in Settings when it ships, else the first of the
    system's preferred languages that ships (``fr-CA`` takes ``fr``), else English."""
    available = set(shipped)
    if setting in available:
        return setting
    for name in ui_languages:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Loads the catalogues for ``language`` into ``app`` and returns them (the caller keeps
    them alive for as long as the app runs: a collected translator stops translating)."""
    installed: list[QTranslator] = []
    for folder, name in _catalogues(language):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        elif folder == CATALOGUE_DIR:
            log.warning("The %s catalogue %s is missing from %s", language, name, folder)
    if language != SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(language))
    log.info("Language: %s (%d catalogues)", language, len(installed))
    return installed


def remove_translators(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def _catalogues(language: str) -> list[tuple[Path, str]]:
    """``(folder, file name)`` of each catalogue to load, the lowest priority first."""
    names = [(CATALOGUE_DIR, f"{CATALOGUE_PREFIX}{SOURCE_LANGUAGE}.qm")]
    if language != SOURCE_LANGUAGE:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        names.append((qt_folder, f"qtbase_{language}.qm"))
        names.append((CATALOGUE_DIR, f"{CATALOGUE_PREFIX}{language}.qm"))
    return names


def fill(template: str, *values: str) -> str:
    """``%1``, ``%2``… of a translated text replaced in one pass, so a value that itself holds
    ``%2`` (a file name) is never read as a placeholder."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


_PLACEHOLDER = re.compile(r"%([1-9])")

#: ``translate("Context", "Words")``, ``Counted.tr("%n file(s)", "Context", n)``: the one
#: spelling ``pyside6-lupdate`` collects with its context in every module of the window.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate reads)
    """Marks ``text`` for translation in ``context`` where it is defined; it is translated where
    it is shown (``translate(context, text)``). Typed, unlike Qt's own."""
    return text


class Counted:
    """Words with a count: ``Counted.tr("%n file(s)", "MainWindow", n)``.

    ``pyside6-lupdate`` marks a message as having plural forms only when the count is a literal
    number in ``translate()``, or any expression in ``X.tr()``: so every counted phrase of the
    window is written this way, in the one context ``Counted``, the second argument saying
    where it is shown (which also keeps apart phrases whose words agree with different nouns).
    """

    @staticmethod
    def tr(text: str, where: str, n: int) -> str:
        return QCoreApplication.translate("Counted", text, where, n)
