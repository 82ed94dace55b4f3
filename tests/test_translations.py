"""The window's catalogues: complete in every shipped language, in step with the source, and
with the same placeholders as the words they translate.

``make translations`` refreshes the ``.ts`` files from the source and compiles the ``.qm`` files
the app loads; these tests fail when running it would change anything, so a string added to the
window without its translations, or a ``.qm`` not rebuilt, is caught before it ships.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "uploader_gui" / "translations"
SOURCE_LANGUAGE = "en"
#: ``%1``…``%9``, ``%n`` (Qt's) and ``{name}`` (the window's named placeholders).
_PLACEHOLDER = re.compile(r"%[1-9n]|\{[a-z_]+\}")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    #: ``type`` of the translation ("" when finished: unfinished, vanished, obsolete).
    state: str
    forms: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def catalogues() -> list[Path]:
    return sorted(TS_DIR.glob("*.ts"))


def translated() -> list[Path]:
    """Every shipped language but the source one (whose catalogue holds plural forms only)."""
    return [ts for ts in catalogues() if not ts.stem.endswith("_" + SOURCE_LANGUAGE)]


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: a message without a translation element"
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return found


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


#: The languages the window is translated into (each complete: see below).
PROMISED = {"de", "es", "fr", "ja", "pt_BR"}
#: How many forms Qt counts for a phrase with a number: Japanese says "3 本の動画" whatever the
#: number; every other shipped language has a singular and a plural.
PLURAL_FORMS = {"ja": 1}


def language_of(ts: Path) -> str:
    """``uploader-gui_pt_BR.ts`` -> ``pt_BR``."""
    return ts.stem.split("_", 1)[1]


def test_the_promised_languages_ship_besides_english() -> None:
    languages = {language_of(ts) for ts in translated()}
    assert languages >= PROMISED
    for ts in catalogues():
        assert (QM_DIR / f"{ts.stem}.qm").is_file(), f"{ts.stem}.qm is not built"


@pytest.mark.parametrize("ts", translated(), ids=lambda p: p.stem)
def test_every_string_is_translated(ts: Path) -> None:
    problems = [
        f"{m} ({m.state or 'empty'})"
        for m in messages(ts)
        if m.state or not m.forms or not all(f.strip() for f in m.forms)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.stem)
def test_placeholders_match_the_source(ts: Path) -> None:
    problems = []
    for m in messages(ts):
        wanted = placeholders(m.source)
        for form in m.forms:
            got = placeholders(form)
            # A singular may say "one" rather than "%n"; every other placeholder must be there.
            if got != wanted and not (m.numerus and got == [p for p in wanted if p != "%n"]):
                problems.append(f"{m}: {form!r} has {got}, the source {wanted}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.stem)
def test_counted_words_have_their_plural_forms(ts: Path) -> None:
    """Qt counts two forms for English, French, German, Spanish and Brazilian Portuguese, one
    for Japanese."""
    wanted = PLURAL_FORMS.get(language_of(ts), 2)
    problems = [
        f"{m}: {len(m.forms)} forms" for m in messages(ts) if m.numerus and len(m.forms) != wanted
    ]
    assert not problems, "\n".join(problems)
    if ts.stem.endswith("_" + SOURCE_LANGUAGE):
        assert all(m.numerus for m in messages(ts)), "English holds plural forms only"


#: The informal "you" in German (du and its forms), as whole words in any case. The window
#: addresses German speakers with the formal "Sie" throughout, as software for creators does.
_INFORMAL_GERMAN = re.compile(
    r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE
)


def test_german_says_sie_not_du() -> None:
    """A window that mixes "du" and "Sie" reads as careless; only the translations are
    checked (the English sources may say anything)."""
    problems = [
        f"{m}: {form!r}"
        for m in messages(TS_DIR / "uploader-gui_de.ts")
        for form in m.forms
        if _INFORMAL_GERMAN.search(form)
    ]
    assert not problems, "informal German (du) where the window says Sie:\n" + "\n".join(problems)


@pytest.mark.skipif(not LUPDATE.exists(), reason="the Qt Linguist tools are not installed")
def test_catalogues_are_in_step_with_the_source(tmp_path: Path) -> None:
    """What `make translations` would write is what is committed: no new string of the window
    missing from a catalogue, no removed one left in it, every .qm compiled from its .ts."""
    ts_copy, qm_copy = tmp_path / "ts", tmp_path / "qm"
    shutil.copytree(TS_DIR, ts_copy)
    env = dict(os.environ, BIN=str(LUPDATE.parent), TS_DIR=str(ts_copy), QM_DIR=str(qm_copy))
    subprocess.run(
        ["sh", str(ROOT / "scripts" / "update-translations")], check=True, env=env, timeout=300
    )
    stale = [ts.name for ts in catalogues() if (ts_copy / ts.name).read_bytes() != ts.read_bytes()]
    assert not stale, f"run `make translations`: {stale} do not match the source"
    for ts in catalogues():
        built = (qm_copy / f"{ts.stem}.qm").read_bytes()
        assert built == (QM_DIR / f"{ts.stem}.qm").read_bytes(), f"{ts.stem}.qm is out of date"
