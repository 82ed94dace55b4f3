"""The access and refresh tokens got with the API key are secrets like the key: a server that
quotes them back, or a log line that holds them, never shows them, nor the ones they replaced."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import ManualClock
from tests.core.engine_helpers import write_video
from tests.hostile.server import Answer, HostileServer, Seen, json_answer, problem
from tests.test_cli import cli, json_lines
from uploader_gui.cli.words import error_words
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.errors import InvalidInputError
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.secrets import RedactingFilter

KEY = "SECRET-API-KEY-1234"


class Tokens:
    """Answers the logins and refreshes with new tokens every time, as api.video does; the
    tokens hold ``+``, ``/`` and ``=``, which a query string or a form percent-encodes."""

    def __init__(self, server: HostileServer) -> None:
        self._lock = threading.Lock()
        self.given: list[tuple[str, str]] = []
        server.on("POST", "/auth/api-key", self.answer)
        server.on("POST", "/auth/refresh", self.answer)

    def answer(self, seen: Seen) -> Answer:
        with self._lock:
            n = len(self.given) + 1
            pair = (f"eyJhbGci.access{n}+tok/en=", f"refresh{n}+Tok/en==")
            self.given.append(pair)
        access, refresh = pair
        return json_answer(
            200, {"access_token": access, "refresh_token": refresh, "expires_in": 3600}
        )

    @property
    def all(self) -> list[str]:
        with self._lock:
            return [token for pair in self.given for token in pair]


def quoting(tokens: list[str]) -> Answer:
    """A refusal whose words quote ``tokens``, as they are and percent-encoded."""
    raw = " ".join(tokens)
    encoded = " ".join(quote(t, safe="") for t in tokens)
    return problem(400, f"Bad request from {raw}", f"Authorization: Bearer {encoded}")


def leaked(text: str, tokens: list[str]) -> list[str]:
    """The tokens ``text`` shows, in any of the forms these tests quote them."""
    return [t for t in tokens if t in text or quote(t, safe="") in text]


def refusal(client: ApiClient) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as raised:
        client.create_video(VideoMetadata(title="t"))
    return raised.value


def test_a_refusal_quoting_the_access_and_refresh_tokens_masks_them(
    hostile: HostileServer,
) -> None:
    tokens = Tokens(hostile)
    with ApiClient(hostile.base_url, api_key=KEY) as client:
        client.check_connection()
        hostile.on("POST", "/videos", quoting(tokens.all))
        error = refusal(client)
    assert len(tokens.given) == 1
    shown = f"{error} {error.detail}"
    assert leaked(shown, tokens.all) == []
    assert error_words(error) == "api.video refused the upload: Bad request from *** *** " + (
        "Authorization: Bearer *** ***"
    )


def test_renewed_tokens_and_the_ones_they_replaced_are_all_masked(
    hostile: HostileServer,
) -> None:
    tokens = Tokens(hostile)
    clock = ManualClock()
    refused_once: list[Seen] = []

    def status(seen: Seen) -> Answer:
        # The first status request is refused as if its token had been revoked: renewed.
        if not refused_once:
            refused_once.append(seen)
            return json_answer(401, {"title": "Unauthorized"})
        return json_answer(200, {"ingest": {"status": "uploading"}})

    hostile.on("GET", "/videos/vi1/status", status)
    with ApiClient(hostile.base_url, api_key=KEY, clock=clock) as client:
        client.check_connection()
        clock.advance(3600)  # expired: the next request renews it first
        client.get_status("vi1")  # refused with 401 once: renewed again
        assert len(tokens.given) == 3
        hostile.on("POST", "/videos", quoting(tokens.all))
        error = refusal(client)
    assert leaked(f"{error} {error.detail}", tokens.all) == []
    assert str(error).count("***") == 2 * len(tokens.all)


@pytest.fixture
def log_lines() -> Iterator[list[str]]:
    """Every record of the ``uploader_gui`` loggers, as a handler with the app's default
    redacting filter (the one both fronts install) writes it."""
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler = Collect()
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("uploader_gui.test_quoted_tokens")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)


def test_a_log_line_never_holds_a_token_the_client_was_given(
    hostile: HostileServer, log_lines: list[str]
) -> None:
    tokens = Tokens(hostile)
    clock = ManualClock()
    log = logging.getLogger("uploader_gui.test_quoted_tokens")
    with ApiClient(hostile.base_url, api_key=KEY, clock=clock) as client:
        client.check_connection()
        clock.advance(3600)
        client.create_video(VideoMetadata(title="t"))  # renewed first
        assert len(tokens.given) == 2
        for token in tokens.all:
            log.info("Authorization: Bearer %s", token)
            log.info("POST /auth/refresh?refreshToken=%s", quote(token, safe=""))
            log.info("body %s", json.dumps({"refreshToken": token}))
    # Logged just after the client closed (an error it raised, logged by its caller).
    log.info("late %s", tokens.all[-1])
    text = "\n".join(log_lines)
    assert leaked(text, tokens.all) == []
    assert text.count("***") == 3 * len(tokens.all) + 1


def test_the_command_line_masks_a_quoted_token_in_its_messages_and_log(
    hostile: HostileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(tmp_path / "data"))
    tokens = Tokens(hostile)
    # Built when the request comes, so it quotes the token the command was given.
    hostile.on("POST", "/videos", lambda _seen: quoting(tokens.all))
    clip = write_video(tmp_path / "clip.mp4", 4096)
    log = tmp_path / "upload.log"
    run = cli(str(clip), "--base-url", hostile.base_url, "--json", "--log-file", str(log), key=KEY)
    assert run.returncode == 1, run.stderr
    assert tokens.given and hostile.requests("POST", "/videos")
    (failed,) = [e for e in json_lines(run.stdout) if e["event"] == "failed"]
    assert "Bad request from ***" in failed["error"]
    assert "Bad request from ***" in run.stderr
    for text in (run.stdout, run.stderr, log.read_text()):
        assert leaked(text, tokens.all) == []
