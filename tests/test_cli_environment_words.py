"""The command line names an environment as the creator chose it (Production, Sandbox, the
server at an address), never by the name the keyring keeps it under, and says no internal
identifier (``custom:…``, ``connection_lost``)."""

from __future__ import annotations

from pathlib import Path

from tests.core.engine_helpers import write_video
from tests.test_cli import cli
from uploader_gui.cli.words import reason_words
from uploader_gui.core.events import RetryCause
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.emulator import Emulator

NO_KEY_TAIL = (
    ": set APIVIDEO_API_KEY, save a key in the app, or give an upload token "
    "(APIVIDEO_UPLOAD_TOKEN or --upload-token).\n"
)


def test_a_missing_key_names_the_environment_in_words(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    custom = cli(str(clip), "--base-url", emulator.base_url, key=None)
    assert custom.returncode == 2
    assert custom.stderr == (
        f"uploader-gui upload: error: No API key for the server at {emulator.base_url}"
        + NO_KEY_TAIL
    )
    sandbox = cli(str(clip), "--env", "sandbox", key=None)
    assert sandbox.stderr == "uploader-gui upload: error: No API key for Sandbox" + NO_KEY_TAIL
    production = cli(str(clip), key=None)
    assert production.stderr == (
        "uploader-gui upload: error: No API key for Production" + NO_KEY_TAIL
    )


def test_nothing_to_resume_names_the_server(emulator: Emulator) -> None:
    run = cli("--resume", "--base-url", emulator.base_url)
    assert run.returncode == 0
    assert run.stderr == (
        f"uploader-gui upload: note: Nothing to resume for the server at {emulator.base_url}.\n"
    )


def test_retry_causes_are_words_not_identifiers() -> None:
    for cause in RetryCause:
        words = reason_words(Reason(Why.RETRYING, {"cause": str(cause)}))
        assert "_" not in words, words
    assert reason_words(Reason(Why.RETRYING, {"cause": "connection_lost"})) == (
        "Waiting to send again (connection lost)."
    )
