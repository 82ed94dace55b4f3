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
    """Language codes with a compiled catalogue (``["de", "en", "fr", "pt_BR"]``), English
    always in."""
    found = {path.stem.removeprefix(CATALOGUE_PREFIX) for path in folder.glob("*.qm")}
    return sorted(found | {SOURCE_LANGUAGE})


#: Languages Qt names after one country ("American English", "español de España") although
#: the catalogue is written for every reader of the language.
_NAMED_FOR_ONE_COUNTRY = {SOURCE_LANGUAGE: "English", "es": "Español"}


def language_name(code: str) -> str:
    """A language named in itself ("Français", "日本語"), as people look for their own; a
    regional catalogue names its region too ("Português (Brasil)")."""
    if code in _NAMED_FOR_ONE_COUNTRY:
        return _NAMED_FOR_ONE_COUNTRY[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if not name:
        return code
    name = name[:1].upper() + name[1:]
    if "_" in code and locale.nativeTerritoryName():
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name


def chosen_language(setting: str, ui_languages: Iterable[str], shipped: Iterable[str]) -> str:
    """The language to show: the one set in Settings when it ships, else the first of the
    system's preferred languages that ships (see :func:`matching_catalogue`), else English."""
    available = set(shipped)
    if setting in available:
        return setting
    for name in ui_languages:
        found = matching_catalogue(name, available)
        if found:
            return found
    return SOURCE_LANGUAGE


def matching_catalogue(name: str, available: Iterable[str]) -> str | None:
    """The shipped catalogue for a system language name (``"pt-BR"``, ``"fr_CA"``,
    ``"zh-Hant-TW"``), or None: the catalogue of that language and region (``pt_BR``), else the
    language's own (``fr-CA`` takes ``fr``), else one of its regional catalogues, as a reader
    of Portuguese in Portugal understands Brazilian Portuguese better than English."""
    codes = set(available)
    parts = name.replace("-", "_").split("_")
    language = parts[0].lower()
    region = next((p.upper() for p in parts[1:] if len(p) == 2 or p.isdigit()), None)
    wanted = [f"{language}_{region}"] if region else []
    wanted.append(language)
    wanted += sorted(code for code in codes if code.startswith(language + "_"))
    return next((code for code in wanted if code in codes), None)


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
