"""Choices that are not secret, kept in ``QSettings``.

API keys and upload tokens never come here: they live in the :class:`SecretStore`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import QSettings

from uploader_gui.core.environments import EnvironmentKind
from uploader_gui.core.limits import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_PARALLEL_FILES,
    DEFAULT_SETTLE_SECONDS,
    MAX_CHUNK_SIZE,
    MIB,
    MIN_CHUNK_SIZE,
)
from uploader_gui.core.title_template import DEFAULT_PATTERN, MetadataTemplate, parse_tags
from uploader_gui.gui.theme import Appearance
from uploader_gui.gui.watch_settings import WatchSettings, load_watch, save_watch

#: The language of captions and chapters whose file name gives none (``talk.srt``).
DEFAULT_CAPTION_LANGUAGE = "en"
DEFAULT_PARALLEL = DEFAULT_PARALLEL_FILES
MAX_PARALLEL = 8
#: The speed limit is kept in MB/s, decimal, as ``--limit-rate 5MB/s`` reads it.
SPEED_UNIT = 1_000_000
#: It is shown and chosen in Mbit/s, the unit connections are sold in, as every speed the
#: window shows (bytes per second in one Mbit/s).
MBIT = 125_000
#: What the setting offers, in MB/s.
MIN_SPEED_LIMIT = 0.1
MAX_SPEED_LIMIT = 10_000.0
#: Shown when the limit is first switched on, in MB/s.
DEFAULT_SPEED_LIMIT = 5.0
#: A file written this recently when it is added is still being recorded, and a recording has
#: ended once its file is unchanged this long (seconds), as ``--settle`` on the command line.
DEFAULT_RECORDING_SETTLE = DEFAULT_SETTLE_SECONDS
MIN_RECORDING_SETTLE = 1.0
MAX_RECORDING_SETTLE = 3600.0

_ENV = "environment/kind"
_CUSTOM_URL = "environment/custom_url"
_CHUNK = "upload/chunk_size_mib"
_PARALLEL = "upload/parallel_files"
_SPEED = "upload/speed_limit_mb_per_s"
_TOKEN_PREFIX = "credentials/use_upload_token/"
_NOTIFY = "notifications/enabled"
_KEEP_AWAKE = "upload/keep_awake"
_TEMPLATE_PREFIX = "templates/"
_LANGUAGE = "ui/language"
_APPEARANCE = "ui/appearance"
_SETTLE = "recording/settle_seconds"
_DETECT = "recording/detect_when_added"


@dataclass
class UploadPreferences:
    """What the settings dialog edits, in one value so it can be applied at once."""

    environment: EnvironmentKind = EnvironmentKind.PRODUCTION
    custom_url: str = ""
    chunk_size: int = DEFAULT_CHUNK_SIZE
    parallel_files: int = DEFAULT_PARALLEL
    #: Desktop notifications when a video is ready, an upload fails, the queue is done.
    notifications: bool = True
    #: "Limit upload speed": bytes per second for all uploads together, None for no limit.
    speed_limit: float | None = None
    #: Ask the system not to sleep while bytes are on their way.
    keep_awake: bool = True
    #: The window's language ("fr"), or "" for the system's; applied at the next start.
    language: str = ""
    #: Light, dark or the system's scheme; applied at once.
    appearance: Appearance = Appearance.SYSTEM


class AppSettings:
    """Typed access to the stored settings; bad or missing values fall back to defaults."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings()

    def load(self) -> UploadPreferences:
        try:
            kind = EnvironmentKind(str(self._q.value(_ENV, EnvironmentKind.PRODUCTION.value)))
        except ValueError:
            kind = EnvironmentKind.PRODUCTION
        chunk_mib = _as_int(self._q.value(_CHUNK), DEFAULT_CHUNK_SIZE // MIB)
        parallel = _as_int(self._q.value(_PARALLEL), DEFAULT_PARALLEL)
        return UploadPreferences(
            environment=kind,
            custom_url=str(self._q.value(_CUSTOM_URL, "") or ""),
            chunk_size=min(max(chunk_mib * MIB, MIN_CHUNK_SIZE), MAX_CHUNK_SIZE),
            parallel_files=min(max(parallel, 1), MAX_PARALLEL),
            notifications=_as_bool(self._q.value(_NOTIFY), True),
            speed_limit=_speed(self._q.value(_SPEED)),
            keep_awake=_as_bool(self._q.value(_KEEP_AWAKE), True),
            language=self.language,
            appearance=Appearance.parse(self._q.value(_APPEARANCE)),
        )

    def save(self, prefs: UploadPreferences) -> None:
        self._q.setValue(_ENV, prefs.environment.value)
        self._q.setValue(_CUSTOM_URL, prefs.custom_url)
        self._q.setValue(_CHUNK, prefs.chunk_size // MIB)
        self._q.setValue(_PARALLEL, prefs.parallel_files)
        self._q.setValue(_NOTIFY, prefs.notifications)
        self._q.setValue(_SPEED, (prefs.speed_limit or 0) / SPEED_UNIT)
        self._q.setValue(_KEEP_AWAKE, prefs.keep_awake)
        self._q.setValue(_LANGUAGE, prefs.language)
        self._q.setValue(_APPEARANCE, prefs.appearance.value)
        self._q.sync()

    @property
    def language(self) -> str:
        """The language chosen in Settings ("fr"), or "" to follow the system."""
        return str(self._q.value(_LANGUAGE, "") or "").strip()

    @property
    def recording_settle(self) -> float:
        """Seconds a file must stay unchanged for its recording to count as ended."""
        try:
            value = float(str(self._q.value(_SETTLE, DEFAULT_RECORDING_SETTLE)))
        except (TypeError, ValueError):
            return DEFAULT_RECORDING_SETTLE
        if math.isnan(value):
            return DEFAULT_RECORDING_SETTLE
        return min(max(value, MIN_RECORDING_SETTLE), MAX_RECORDING_SETTLE)

    def set_recording_settle(self, seconds: float) -> None:
        self._q.setValue(_SETTLE, seconds)
        self._q.sync()

    @property
    def detect_recordings(self) -> bool:
        """Whether a file added by hand that was written within the settle time uploads as a
        recording still under way."""
        return _as_bool(self._q.value(_DETECT), True)

    def set_detect_recordings(self, on: bool) -> None:
        self._q.setValue(_DETECT, on)
        self._q.sync()

    def watch(self) -> WatchSettings:
        """The watched folders and what becomes of their files once uploaded."""
        return load_watch(self._q)

    def set_watch(self, watch: WatchSettings) -> None:
        save_watch(self._q, watch)

    def template(self, keyring_name: str) -> MetadataTemplate:
        """Title pattern, tags and privacy for new videos of this environment."""
        base = _TEMPLATE_PREFIX + quote(keyring_name, safe="") + "/"
        pattern = str(self._q.value(base + "title", DEFAULT_PATTERN) or DEFAULT_PATTERN)
        tags = parse_tags(str(self._q.value(base + "tags", "") or ""))
        return MetadataTemplate(
            title_pattern=pattern,
            tags=tuple(tags),
            public=_as_bool(self._q.value(base + "public"), True),
        )

    def set_template(self, keyring_name: str, template: MetadataTemplate) -> None:
        base = _TEMPLATE_PREFIX + quote(keyring_name, safe="") + "/"
        self._q.setValue(base + "title", template.title_pattern)
        self._q.setValue(base + "tags", ", ".join(template.tags))
        self._q.setValue(base + "public", template.public)
        self._q.sync()

    def uses_upload_token(self, keyring_name: str) -> bool:
        value = self._q.value(_token_key(keyring_name), False)
        return value is True or str(value).lower() == "true"

    def set_uses_upload_token(self, keyring_name: str, use: bool) -> None:
        self._q.setValue(_token_key(keyring_name), use)


def _as_int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _speed(value: object) -> float | None:
    """Bytes per second from a stored MB/s value; None (no limit) for 0 or nonsense."""
    try:
        mb_per_s = float(str(value))
    except (TypeError, ValueError):
        return None
    if not mb_per_s > 0 or mb_per_s == float("inf"):
        return None
    return min(max(mb_per_s, MIN_SPEED_LIMIT), MAX_SPEED_LIMIT) * SPEED_UNIT


def _as_bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("true", "1", "yes")


def _token_key(keyring_name: str) -> str:
    # A custom environment's name holds a URL; its slashes would otherwise nest settings groups.
    return _TOKEN_PREFIX + quote(keyring_name, safe="")
