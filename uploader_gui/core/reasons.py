"""Why something failed or stands as it does, as typed values the fronts word.

The engine never writes a sentence a person reads: it says *why* (a :class:`Why`, a stable
identifier) and the facts that go with it (a status, a size, the server's own words), and each
front turns that into words in its own language: the window through Qt's translations
(``gui/problem_words.py``), the command line in English (``cli/words.py``). A script reading
``--json`` gets the identifier, which never changes with the wording.

A :class:`Reason` also survives a restart: the store keeps it as a short JSON text
(:meth:`Reason.saved`), and a row written by an earlier version, which held a sentence, reads
back as :attr:`Why.EARLIER_TEXT` with that sentence as its only fact.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

#: A fact's value: a number (bytes, seconds, a status) or words that are not the app's own (a
#: file name, the server's explanation, the system's error).
Fact = str | int | float


class Why(StrEnum):
    """Every reason the engine reports. The facts each carries are listed beside it."""

    # -- credentials and the server's answers ------------------------------------------------
    BAD_API_KEY = "bad_api_key"
    BAD_UPLOAD_TOKEN = "bad_upload_token"
    FORBIDDEN = "forbidden"  # reason: the server's words
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"  # status
    VIDEO_NOT_FOUND = "video_not_found"
    UNKNOWN_ADDRESS = "unknown_address"
    REFUSED = "refused"  # reason: the server's words
    UNREADABLE_ANSWER = "unreadable_answer"
    ANSWER_TOO_LARGE = "answer_too_large"
    REDIRECTED = "redirected"  # where
    NEEDS_ONE_CREDENTIAL = "needs_one_credential"
    # -- the network ---------------------------------------------------------------------------
    NO_NETWORK = "no_network"
    #: address (the server's), cause: refused, name, tls or timeout. No connection was ever
    #: made to this server in this run: often a mistyped address.
    UNREACHABLE = "unreachable"
    TIMED_OUT = "timed_out"
    STALLED = "stalled"  # seconds
    GAVE_UP = "gave_up"  # attempts; the cause is the last failure's reason
    # -- the file on disk ----------------------------------------------------------------------
    FILE_VANISHED = "file_vanished"
    FILE_CHANGED = "file_changed"
    FILE_EMPTY = "file_empty"
    FILE_MISSING = "file_missing"
    FILE_UNREADABLE = "file_unreadable"
    NOT_A_FILE = "not_a_file"
    NOT_A_VIDEO = "not_a_video"  # what: the kind of file it looks like, or "" when unknown
    FILE_TOO_LARGE = "file_too_large"  # size, limit (bytes)
    NOT_REGULAR_FILE = "not_regular_file"  # what: a FileKind-like identifier (fifo, socket…)
    LINK_LOOP = "link_loop"
    FILE_READ_ERROR = "file_read_error"  # error: the system's words
    FOLDER_UNREADABLE = "folder_unreadable"  # error: the system's words
    TOO_MANY_FILES = "too_many_files"  # limit
    CANNOT_UPLOAD = "cannot_upload"
    # -- one upload ----------------------------------------------------------------------------
    CANCELLED = "cancelled"
    OTHER_VIDEO = "other_video"
    FIRST_CHUNK_LOST = "first_chunk_lost"
    REFUSED_UNSENT = "refused_unsent"
    TOKEN_NOT_CONFIRMED = "token_not_confirmed"
    NOT_CONFIRMED = "not_confirmed"
    CREATE_LOST = "create_lost"
    CREATE_UNKNOWN = "create_unknown"
    PARTS_UNKNOWN = "parts_unknown"
    NO_LINKS_WITH_TOKEN = "no_links_with_token"
    # -- uploads while recording ---------------------------------------------------------------
    RECORDING_NEEDS_KEY = "recording_needs_key"
    #: problem (a RecordingProblem identifier), sent, on_disk (bytes; -1 once the file is gone)
    RECORDING_STOPPED = "recording_stopped"
    # -- the durable queue ---------------------------------------------------------------------
    CHANGED_SINCE_QUEUED = "changed_since_queued"  # name
    MISSING_SINCE_QUEUED = "missing_since_queued"  # name, path
    STORE_FAILED = "store_failed"  # error
    PARTS_MISMATCH = "parts_mismatch"  # name
    REPLACED = "replaced"
    WRONG_CREDENTIAL = "wrong_credential"  # name, wanted, given (auth kinds)
    ALREADY_RUNNING = "already_running"
    STORE_TOO_NEW = "store_too_new"  # path
    STORE_UNAVAILABLE = "store_unavailable"
    STORE_RECOVERED = "store_recovered"  # path: where the damaged list was kept
    # -- encoding --------------------------------------------------------------------------------
    STOPPED_WATCHING = "stopped_watching"
    ENCODING_FAILED = "encoding_failed"  # qualities
    # -- duplicates ------------------------------------------------------------------------------
    TOKEN_NO_CHECK = "token_no_check"
    SKIPPED_EARLIER = "skipped_earlier"  # title, created_at (ISO 8601), link
    # -- settings and input ----------------------------------------------------------------------
    URL_USER_INFO = "url_user_info"
    URL_PORT = "url_port"  # url
    URL_QUERY = "url_query"
    URL_SCHEME = "url_scheme"  # url
    URL_PLAIN_HTTP = "url_plain_http"  # url
    BAD_SIZE = "bad_size"  # text
    BAD_RATE = "bad_rate"  # text
    # -- the system --------------------------------------------------------------------------------
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    KEYRING_FAILED = "keyring_failed"  # error
    # -- something not foreseen ------------------------------------------------------------------
    UNEXPECTED = "unexpected"  # kind: the Python exception's class name
    #: An upload waiting to be sent again (phase, cause: the event identifiers), kept in the
    #: store for the log and the history.
    RETRYING = "retrying"
    #: A sentence saved by an earlier version of the app (text), shown as it was written.
    EARLIER_TEXT = "earlier_text"


@dataclass(frozen=True)
class Reason:
    """A :class:`Why` and its facts; ``cause`` is the reason behind it (for ``GAVE_UP``)."""

    why: Why
    facts: Mapping[str, Fact] = field(default_factory=dict)
    cause: Reason | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "facts", MappingProxyType(dict(self.facts)))

    def fact(self, name: str, default: Fact = "") -> Fact:
        return self.facts.get(name, default)

    def text(self, name: str) -> str:
        """A fact as text ("" when absent)."""
        return str(self.facts.get(name, ""))

    def number(self, name: str) -> int:
        """A fact as a whole number (0 when absent or not a number)."""
        value = self.facts.get(name, 0)
        return int(value) if isinstance(value, int | float) else 0

    def __str__(self) -> str:
        """The identifier and its facts, for logs (never shown as a sentence)."""
        facts = ", ".join(f"{k}={v!r}" for k, v in self.facts.items())
        text = f"{self.why.value}({facts})" if facts else self.why.value
        return f"{text} <- {self.cause}" if self.cause is not None else text

    def saved(self) -> str:
        """A short JSON text for the store."""
        return json.dumps(_as_dict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_saved(cls, text: str) -> Reason:
        """What :meth:`saved` wrote; an earlier version's sentence reads as ``EARLIER_TEXT``."""
        try:
            data = json.loads(text)
            return _from_dict(data)
        except (ValueError, TypeError, KeyError):
            return cls(Why.EARLIER_TEXT, {"text": text})


def because(why: Why, **facts: Fact) -> Reason:
    """``because(Why.SERVER_ERROR, status=503)``."""
    return Reason(why, facts)


class ReasonError(ValueError):
    """A ValueError that says why as a :class:`Reason` (an unusable address, size or speed)."""

    def __init__(self, why: Reason) -> None:
        super().__init__(str(why))
        self.reason = why


def _as_dict(value: Reason) -> dict[str, Any]:
    data: dict[str, Any] = {"why": value.why.value}
    if value.facts:
        data["facts"] = dict(value.facts)
    if value.cause is not None:
        data["cause"] = _as_dict(value.cause)
    return data


def _from_dict(data: Any) -> Reason:
    if not isinstance(data, dict):
        raise TypeError("not a saved reason")
    facts = data.get("facts") or {}
    if not isinstance(facts, dict):
        raise TypeError("not a saved reason")
    kept = {str(k): v for k, v in facts.items() if isinstance(v, str | int | float)}
    cause = data.get("cause")
    return Reason(Why(data["why"]), kept, _from_dict(cause) if cause is not None else None)
