"""The window's words for environments and title placeholders, in the creator's language.

Core names environments by kind (``EnvironmentKind``) and title placeholders by their braces
(``{name}``); this is the one place the window words them, through Qt's translation function.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.gui.translations import QT_TRANSLATE_NOOP, fill, translate

CONTEXT = "Environment"

_LABELS = {
    EnvironmentKind.PRODUCTION: QT_TRANSLATE_NOOP("Environment", "Production"),
    EnvironmentKind.SANDBOX: QT_TRANSLATE_NOOP("Environment", "Sandbox"),
    EnvironmentKind.DEMO: QT_TRANSLATE_NOOP("Environment", "Local demo"),
    EnvironmentKind.CUSTOM: QT_TRANSLATE_NOOP("Environment", "Custom URL"),
}
_CAPTIONS = {
    EnvironmentKind.PRODUCTION: QT_TRANSLATE_NOOP("Environment", "Production"),
    EnvironmentKind.SANDBOX: QT_TRANSLATE_NOOP("Environment", "Sandbox · test only"),
    EnvironmentKind.DEMO: QT_TRANSLATE_NOOP(
        "Environment", "Local demo · nothing leaves this computer"
    ),
    EnvironmentKind.CUSTOM: QT_TRANSLATE_NOOP("Environment", "Custom server"),
}
_EXPLANATIONS = {
    EnvironmentKind.PRODUCTION: QT_TRANSLATE_NOOP(
        "Environment", "Videos go to your live api.video account."
    ),
    EnvironmentKind.SANDBOX: QT_TRANSLATE_NOOP(
        "Environment",
        "Sandbox videos are limited to 30 seconds, watermarked, and deleted after 24 hours.",
    ),
    EnvironmentKind.DEMO: QT_TRANSLATE_NOOP(
        "Environment",
        "Uploads go to a practice server running inside this app; nothing is published.",
    ),
    EnvironmentKind.CUSTOM: QT_TRANSLATE_NOOP(
        "Environment", "Uploads go to a server address you entered."
    ),
}
_PLACEHOLDERS = {
    "{name}": QT_TRANSLATE_NOOP(
        "Environment", "the file name, tidied (holiday_in_rome.mp4 → holiday in rome)"
    ),
    "{file}": QT_TRANSLATE_NOOP("Environment", "the file name as it is, without its extension"),
    "{folder}": QT_TRANSLATE_NOOP("Environment", "the name of the folder holding the file"),
    "{date}": QT_TRANSLATE_NOOP("Environment", "today's date (2026-11-29)"),
    "{n}": QT_TRANSLATE_NOOP("Environment", "the file's number in the drop (1, 2, 3…)"),
}


def kind_label(kind: EnvironmentKind) -> str:
    """``Production``, ``Sandbox``, ``Local demo``, ``Custom URL``."""
    return translate(CONTEXT, _LABELS[kind])


def place(env: Environment) -> str:
    """The label, with the server for a custom URL (two custom servers are two places)."""
    if env.kind is EnvironmentKind.CUSTOM:
        host = urlsplit(env.base_url).netloc or env.base_url
        return f"{kind_label(env.kind)} ({host})"
    return kind_label(env.kind)


def badge_caption(kind: EnvironmentKind) -> str:
    """The badge's words, which say what the environment means, not only its name."""
    return translate(CONTEXT, _CAPTIONS[kind])


def environment_explanation(kind: EnvironmentKind) -> str:
    return translate(CONTEXT, _EXPLANATIONS[kind])


def placeholder_words(placeholder: str) -> str:
    """What a title placeholder (``{name}``) is filled in with."""
    return translate(CONTEXT, _PLACEHOLDERS[placeholder])


def accessible_badge(caption: str) -> str:
    return fill(translate("Environment", "Environment: %1"), caption)
