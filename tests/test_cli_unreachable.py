"""A server never reached in this run (nothing listening, a name that does not resolve) ends
``upload`` and ``watch`` within seconds, naming the address; a connection that worked and then
dropped is still waited for."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.engine_helpers import write_video
from tests.test_cli import ROOT, cli, cli_env
from uploader_gui.cli.command import stops_when_unreachable
from uploader_gui.core.api_client import ApiClient, UnreachableError
from uploader_gui.core.environments import Environment, EnvironmentKind, production, sandbox
from uploader_gui.core.errors import NetworkError
from uploader_gui.core.events import RetryCause
from uploader_gui.core.limits import MIB
from uploader_gui.core.reasons import Why
from uploader_gui.core.request_retry import retry_reason
from uploader_gui.core.store import UploadStore
from uploader_gui.emulator import Emulator

#: Three quick attempts take about 3 s; a loaded machine gets a generous margin, still far
#: below the minutes eight patient attempts take.
QUICK = 45.0


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening (taken from the system, then let go)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("http://127.0.0.1:{port}", "connection refused"),
        ("https://no-such-server.invalid", "name is not found"),
    ],
)
def test_upload_to_an_address_that_never_answers_stops_soon(
    tmp_path: Path, address: str, words: str
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 2 * MIB)
    url = address.format(port=closed_port())
    started = time.monotonic()
    run = cli(str(clip), "--base-url", url)
    assert time.monotonic() - started < QUICK
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "connection lost" not in run.stderr + run.stdout
    (line,) = run.stderr.splitlines()
    assert f"Cannot reach the server at {url}: " in line
    assert words in line
    assert line.endswith(
        "Nothing was sent in this run; run the command again once the server answers."
    )
    # Nothing was queued either: files kept for a mistyped address would wait for it.
    with UploadStore() as store:
        assert store.find(clip, Environment(EnvironmentKind.CUSTOM, url)) == []


@pytest.mark.parametrize(
    ("kind", "stops"),
    [
        (EnvironmentKind.CUSTOM, True),
        (EnvironmentKind.SANDBOX, False),
        (EnvironmentKind.PRODUCTION, False),
    ],
)
def test_only_a_typed_address_ends_the_run_when_it_never_answers(
    kind: EnvironmentKind, stops: bool
) -> None:
    """api.video's own addresses are right: not reaching them is the network, waited for."""
    target = {
        EnvironmentKind.CUSTOM: Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:1"),
        EnvironmentKind.SANDBOX: sandbox(),
        EnvironmentKind.PRODUCTION: production(),
    }[kind]
    assert stops_when_unreachable(target) is stops


def test_watch_of_an_address_that_never_answers_stops_soon(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "uploader_gui", "watch", str(tmp_path), "--base-url", url],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert time.monotonic() - started < QUICK
    assert run.returncode == 1
    assert f"uploader-gui watch: error: Cannot reach the server at {url}: " in run.stderr
    assert "Traceback" not in run.stderr


def test_a_server_reached_once_then_gone_is_a_lost_connection(emulator: Emulator) -> None:
    """The patient retry is kept for a connection that worked: only a client that never had an
    answer calls a refused connection unreachable."""
    with ApiClient(emulator.base_url, api_key="test-key") as client:
        client.check_connection()
        assert client.reached
        emulator.stop()
        with pytest.raises(NetworkError) as later:
            client.get_video("vi1")
    assert not isinstance(later.value, UnreachableError)
    assert retry_reason(later.value).cause is RetryCause.CONNECTION_LOST
    fresh = ApiClient(emulator.base_url, api_key="test-key")
    with fresh, pytest.raises(UnreachableError) as first:
        fresh.get_video("vi1")
    assert first.value.reason.why is Why.UNREACHABLE
    assert first.value.reason.text("cause") == "refused"
    assert retry_reason(first.value).cause is RetryCause.UNREACHABLE


def test_upload_token_to_an_address_that_never_answers_stops_soon(tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 2 * MIB)
    url = f"http://127.0.0.1:{closed_port()}"
    started = time.monotonic()
    run = cli(str(clip), "--base-url", url, "--upload-token", "some-token", key=None)
    assert time.monotonic() - started < QUICK
    assert run.returncode == 1
    (line,) = run.stderr.splitlines()
    assert f"Cannot reach the server at {url}: " in line


def test_a_failed_tls_handshake_is_said_as_such(emulator: Emulator, tmp_path: Path) -> None:
    """The emulator speaks plain HTTP: an https:// address to it never gets a secure
    connection, which is said at once, not retried as a lost connection."""
    clip = write_video(tmp_path / "clip.mp4", 2 * MIB)
    url = emulator.base_url.replace("http://", "https://")
    started = time.monotonic()
    run = cli(str(clip), "--base-url", url)
    assert time.monotonic() - started < QUICK
    assert run.returncode == 1
    (line,) = run.stderr.splitlines()
    assert f"Cannot reach the server at {url}: its secure connection (TLS) failed." in line
    assert emulator.videos() == []
