"""Every default and bound ``upload --help`` and ``watch --help`` state is read from where the
fact is kept (``core/limits.py``, ``core/thumbnails.py``, ``core/folder_watch.py``), so a
change there cannot leave the help saying an old number."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.test_cli import ROOT, cli_env
from uploader_gui.cli import arguments, watch_command
from uploader_gui.core import limits
from uploader_gui.core.folder_watch import POLL_SECONDS
from uploader_gui.core.thumbnails import MAX_THUMBNAIL_BYTES


def help_of(verb: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "uploader_gui", verb, "--help"],
        cwd=ROOT,
        env={**cli_env(), "COLUMNS": "1000"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return run.stdout


def mib(size: int) -> str:
    return f"{size // limits.MIB}MiB"


@pytest.mark.parametrize("verb", ["upload", "watch"])
def test_help_states_the_defaults_kept_in_core(verb: str) -> None:
    text = help_of(verb)
    assert (
        f"bytes per request: {mib(limits.MIN_CHUNK_SIZE)} to {mib(limits.MAX_CHUNK_SIZE)} "
        f"(default {mib(limits.DEFAULT_CHUNK_SIZE)})"
    ) in text
    assert f"files at once (default {limits.DEFAULT_PARALLEL_FILES})" in text
    assert f"(default {limits.DEFAULT_SETTLE_SECONDS:.0f})" in text
    if verb == "upload":
        assert f"(default {limits.DEFAULT_PARALLEL_CHUNKS})" in text
        assert f"(default {limits.DEFAULT_STALL_SECONDS:.0f};" in text
        assert f"image of up to {mib(MAX_THUMBNAIL_BYTES)}" in text
    else:
        assert f"every {POLL_SECONDS:g} s" in text


def test_help_follows_a_changed_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """No number is written into the help: other values in, other words out."""
    monkeypatch.setattr(arguments, "MIN_CHUNK_SIZE", 6 * limits.MIB)
    monkeypatch.setattr(arguments, "MAX_CHUNK_SIZE", 100 * limits.MIB)
    monkeypatch.setattr(arguments, "DEFAULT_CHUNK_SIZE", 32 * limits.MIB)
    monkeypatch.setattr(arguments, "DEFAULT_PARALLEL_FILES", 3)
    monkeypatch.setattr(arguments, "MAX_THUMBNAIL_BYTES", 4 * limits.MIB)
    monkeypatch.setattr(watch_command, "POLL_SECONDS", 5.0)
    monkeypatch.setenv("COLUMNS", "1000")
    upload = arguments.build_parser().format_help()
    watch = watch_command.build_parser().format_help()
    for text in (upload, watch):
        assert "bytes per request: 6MiB to 100MiB (default 32MiB)" in text
        assert "files at once (default 3)" in text
    assert "image of up to 4MiB" in upload
    assert "every 5 s" in watch
