"""Every colour the window uses, for a light and a dark scheme, in one place.

Widgets never name a colour: labels carry a *tone* ("muted", "ok", "error"…) and the app's
style sheet, built here from the current scheme's colours, gives each tone its colour; painted
parts (progress bars, the chunk strip, state words in the queue) ask :func:`colours` when they
paint. Text colours are chosen for at least 4.5:1 against the backgrounds they sit on in both
schemes (WCAG AA); the tests measure it on renders.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.gui.queue_item import ItemState, StripState


class Scheme(enum.Enum):
    LIGHT = "light"
    DARK = "dark"


class Tone(enum.Enum):
    """What a piece of text says by its colour (always beside words that say it too)."""

    MUTED = "muted"  # explanations and secondary facts
    LINK = "link"  # a flat button that reads as a link
    OK = "ok"
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class NoticeLook:
    back: str
    fore: str
    border: str


@dataclass(frozen=True)
class BadgeLook:
    background: str
    foreground: str


@dataclass(frozen=True)
class Colours:
    """One scheme's colours, as ``#rrggbb`` strings."""

    scheme: Scheme
    #: The window's own palette, used when the system's palette is of the other scheme.
    window: str
    base: str
    alternate_base: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    disabled_text: str
    tones: dict[Tone, str]
    #: Words in the queue's state column, by state (states absent use the text colour).
    states: dict[ItemState, str]
    notices: dict[str, NoticeLook]
    drop_border: str
    drop_border_on: str
    drop_back: str
    drop_back_on: str
    drop_icon: str
    drop_title: str
    #: The progress bar: its track and its fill by state (blue while moving).
    track: str
    fills: dict[ItemState, str]
    fill_moving: str
    #: The chunk strip, by part state (:class:`StripState`).
    strip: dict[int, str]
    strip_border: str
    strip_sending_back: str
    #: Behind a thumbnail while it loads: dark in both schemes, as video players are.
    thumbnail_back: str = "#10151c"

    def tone(self, tone: Tone) -> QColor:
        return QColor(self.tones[tone])

    def state(self, state: ItemState) -> QColor | None:
        colour = self.states.get(state)
        return QColor(colour) if colour else None

    def fill(self, state: ItemState) -> QColor:
        return QColor(self.fills.get(state, self.fill_moving))


#: The environment pills carry their own background, the same in both schemes.
BADGES = {
    EnvironmentKind.PRODUCTION: BadgeLook("#1d4e89", "#ffffff"),
    EnvironmentKind.SANDBOX: BadgeLook("#f4b400", "#231a00"),
    EnvironmentKind.DEMO: BadgeLook("#6a3fc4", "#ffffff"),
    EnvironmentKind.CUSTOM: BadgeLook("#4a5563", "#ffffff"),
}


def _states(ok: str, error: str, warning: str, neutral: str) -> dict[ItemState, str]:
    return {
        ItemState.READY: ok,
        ItemState.UPLOADED: ok,
        ItemState.FAILED: error,
        ItemState.RETRYING: warning,
        ItemState.OFFLINE: warning,
        ItemState.PAUSED: warning,
        ItemState.CANCELLED: neutral,
        ItemState.SKIPPED: neutral,
        ItemState.ASKING: warning,
    }


def _fills(ok: str, error: str, warning: str, neutral: str) -> dict[ItemState, str]:
    return {
        ItemState.READY: ok,
        ItemState.UPLOADED: ok,
        ItemState.PROCESSING: ok,
        ItemState.FAILED: error,
        ItemState.PAUSED: warning,
        ItemState.RETRYING: warning,
        ItemState.OFFLINE: warning,
        ItemState.CANCELLED: neutral,
        ItemState.SKIPPED: neutral,
        ItemState.ASKING: warning,
    }


LIGHT = Colours(
    scheme=Scheme.LIGHT,
    window="#f3f4f6",
    base="#ffffff",
    alternate_base="#f6f7f9",
    text="#1b1f24",
    button="#e9ebee",
    highlight="#2f6fd0",
    highlighted_text="#ffffff",
    link="#1d4e89",
    disabled_text="#8a9099",
    tones={
        Tone.MUTED: "#4f5968",
        Tone.LINK: "#1d4e89",
        Tone.OK: "#1b6e3f",
        Tone.ERROR: "#b3261e",
        Tone.WARNING: "#7a5200",
    },
    states=_states(ok="#1b6e3f", error="#b3261e", warning="#7a5200", neutral="#565d69"),
    notices={
        "info": NoticeLook("#e8f0fe", "#1a3c7a", "#b6cbf5"),
        "warning": NoticeLook("#fff4d6", "#5c4300", "#f0d48a"),
        "error": NoticeLook("#fde7e6", "#7a1c17", "#f1b5b1"),
    },
    drop_border="#9aa2ad",
    drop_border_on="#5b8def",
    drop_back="#fafbfc",
    drop_back_on="#eef3fd",
    drop_icon="#5a6472",
    drop_title="#2b3340",
    track="#dfe3e8",
    fills=_fills(ok="#2e9e5b", error="#d0443e", warning="#d99a00", neutral="#9aa3ae"),
    fill_moving="#3d7be0",
    strip={
        StripState.WAITING: "#d9dde3",
        StripState.SENDING: "#5b8def",
        StripState.DONE: "#2e9e5b",
        StripState.RETRYING: "#e0a100",
        StripState.FAILED: "#d0443e",
    },
    strip_border="#b8bec7",
    strip_sending_back="#bcd0f7",
)

DARK = Colours(
    scheme=Scheme.DARK,
    window="#202327",
    base="#181a1d",
    alternate_base="#1f2226",
    text="#e6e8eb",
    button="#2d3137",
    highlight="#3565b0",
    highlighted_text="#ffffff",
    link="#8ab4f8",
    disabled_text="#7d848c",
    tones={
        Tone.MUTED: "#aab2bd",
        Tone.LINK: "#8ab4f8",
        Tone.OK: "#6fd49a",
        Tone.ERROR: "#ff8f86",
        Tone.WARNING: "#f0c05a",
    },
    states=_states(ok="#6fd49a", error="#ff8f86", warning="#f0c05a", neutral="#a3aab4"),
    notices={
        "info": NoticeLook("#1b2a44", "#d3e2ff", "#34507f"),
        "warning": NoticeLook("#372d12", "#f5dc94", "#6b5520"),
        "error": NoticeLook("#3d1b19", "#ffcdc8", "#7a2f2a"),
    },
    drop_border="#6b7480",
    drop_border_on="#5b8def",
    drop_back="#1c1f23",
    drop_back_on="#1e2a3d",
    drop_icon="#a3acb8",
    drop_title="#e6e8eb",
    track="#3a3f46",
    fills=_fills(ok="#3fb571", error="#e0625c", warning="#e0a91f", neutral="#7d8590"),
    fill_moving="#5b8def",
    strip={
        StripState.WAITING: "#3a3f46",
        StripState.SENDING: "#5b8def",
        StripState.DONE: "#3fb571",
        StripState.RETRYING: "#e0a91f",
        StripState.FAILED: "#e0625c",
    },
    strip_border="#5b6470",
    strip_sending_back="#2c4170",
)

SCHEMES = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}

#: WCAG 2 AA for body text.
READABLE = 4.5


def luminance(c: QColor) -> float:
    """Relative luminance, as WCAG 2 defines it."""

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1.0 to 21.0."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(p: QPalette, c: Colours) -> QPalette:
    """The system's palette with each pair of text and background below AA replaced by the
    scheme's own pair (some desktops' selection colour carries white text at 3.7:1)."""
    p = QPalette(p)
    roles = QPalette.ColorRole
    ours = palette(c)
    for fore, back in (
        (roles.HighlightedText, roles.Highlight),
        (roles.Text, roles.Base),
        (roles.Text, roles.AlternateBase),
        (roles.WindowText, roles.Window),
        (roles.ButtonText, roles.Button),
        (roles.ToolTipText, roles.ToolTipBase),
    ):
        if contrast(p.color(fore), p.color(back)) < READABLE:
            for role in (fore, back):
                for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                    p.setColor(group, role, ours.color(group, role))
    return p


def palette(c: Colours) -> QPalette:
    """A whole palette of the scheme, for when the system's own is of the other scheme."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, c.window),
        (roles.WindowText, c.text),
        (roles.Base, c.base),
        (roles.AlternateBase, c.alternate_base),
        (roles.Text, c.text),
        (roles.Button, c.button),
        (roles.ButtonText, c.text),
        (roles.ToolTipBase, c.base),
        (roles.ToolTipText, c.text),
        (roles.PlaceholderText, c.tones[Tone.MUTED]),
        (roles.Highlight, c.highlight),
        (roles.HighlightedText, c.highlighted_text),
        (roles.Link, c.link),
        (roles.LinkVisited, c.link),
        (roles.BrightText, c.highlighted_text),
    ):
        p.setColor(role, QColor(colour))
    light, dark = (c.base, c.window) if c.scheme is Scheme.DARK else (c.base, c.button)
    p.setColor(roles.Light, QColor(light).lighter(130))
    p.setColor(roles.Midlight, QColor(c.button).lighter(115))
    p.setColor(roles.Mid, QColor(dark).darker(130))
    p.setColor(roles.Dark, QColor(dark).darker(160))
    p.setColor(roles.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor(c.disabled_text))
    return p


def style_sheet(c: Colours) -> str:
    """The app's style sheet: tones by property, the notices and the drop area."""
    rules = [
        f'QLabel[tone="{tone.value}"], QPushButton[tone="{tone.value}"] {{ color: {colour}; }}'
        for tone, colour in c.tones.items()
    ]
    rules.append('QPushButton[tone="link"] { padding: 2px 6px; }')
    for kind, look in c.notices.items():
        bar = f'QFrame#noticeBar[kind="{kind}"]'
        rules.append(
            f"{bar} {{ background: {look.back}; border: 1px solid {look.border};"
            " border-radius: 6px; }"
        )
        rules.append(f"{bar} QLabel, {bar} QToolButton {{ color: {look.fore}; }}")
    rules += [
        f"QFrame#dropArea {{ border: 2px dashed {c.drop_border}; border-radius: 14px;"
        f" background: {c.drop_back}; }}",
        f'QFrame#dropArea[highlight="true"] {{ border-color: {c.drop_border_on};'
        f" background: {c.drop_back_on}; }}",
        f"QLabel#dropIcon {{ font-size: 40px; color: {c.drop_icon}; }}",
        f"QLabel#dropTitle {{ font-size: 22px; font-weight: 600; color: {c.drop_title}; }}",
        f"QLabel#dropHint {{ color: {c.tones[Tone.MUTED]}; }}",
        f"QLabel#detailsThumbnail {{ border-radius: 4px; background: {c.thumbnail_back}; }}",
    ]
    return "\n".join(rules)
