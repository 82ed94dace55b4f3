"""The always-visible sign of where uploads go.

Each environment has its own colour *and* words, so test uploads are never mistaken for real ones
(and the other way round), even by someone who does not see colours well.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.gui.environment_words import (
    accessible_badge,
    badge_caption,
    environment_explanation,
)
from uploader_gui.gui.shown_text import shown, tooltip
from uploader_gui.gui.theme_colours import BADGES


@dataclass(frozen=True)
class BadgeLook:
    background: str
    foreground: str
    kind: EnvironmentKind

    @property
    def caption(self) -> str:
        return badge_caption(self.kind)

    @property
    def explanation(self) -> str:
        return environment_explanation(self.kind)


LOOKS = {kind: BadgeLook(look.background, look.foreground, kind) for kind, look in BADGES.items()}


def badge_text(env: Environment) -> str:
    look = LOOKS[env.kind]
    if env.kind is EnvironmentKind.CUSTOM:
        host = urlsplit(env.base_url).netloc or env.base_url
        return f"{look.caption}: {shown(host)}"
    return look.caption


class EnvironmentBadge(QLabel):
    """A coloured pill naming the current environment; its tooltip explains what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("environmentBadge")
        self.setTextFormat(Qt.TextFormat.PlainText)  # a custom server's address is typed text
        self.environment: Environment | None = None

    def set_environment(self, env: Environment) -> None:
        self.environment = env
        look = LOOKS[env.kind]
        self.setText(badge_text(env))
        self.setToolTip(tooltip(look.explanation) + tooltip(env.base_url))
        self.setAccessibleName(accessible_badge(badge_text(env)))
        self.setStyleSheet(
            f"QLabel#environmentBadge {{ background: {look.background}; color: {look.foreground};"
            " border-radius: 10px; padding: 3px 12px; font-weight: 600; }"
        )

    @property
    def look(self) -> BadgeLook | None:
        return LOOKS[self.environment.kind] if self.environment is not None else None
