"""The log file keeps no secrets; an unexpected error becomes a readable dialog, not a crash."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from uploader_gui.core.log_file import QuietRotatingFileHandler
from uploader_gui.core.secrets import RedactingFilter
from uploader_gui.gui.logging_setup import CrashReporter, setup_logging


@pytest.fixture
def clean_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in root.handlers:
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)


def test_log_file_redacts_keys(tmp_path: Path, clean_root_logger: None) -> None:
    path = setup_logging(tmp_path / "logs")
    handler = next(
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(path)
    )
    redactor = next(f for f in handler.filters if isinstance(f, RedactingFilter))
    redactor.add("super-secret-key-42")
    logging.getLogger("uploader_gui.test").warning(
        "Using key %s for %s", "super-secret-key-42", "x"
    )
    handler.flush()
    text = path.read_text()
    assert "Using key *** for x" in text
    assert "super-secret-key-42" not in text


def test_log_file_redacts_an_upload_token_in_a_request_address(
    tmp_path: Path, clean_root_logger: None
) -> None:
    path = setup_logging(tmp_path / "logs")
    handler = next(
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(path)
    )
    redactor = next(f for f in handler.filters if isinstance(f, RedactingFilter))
    redactor.add("to+Ab/Cd=Ef")
    logging.getLogger("uploader_gui.test").warning(
        "POST %s failed", "/upload?token=to%2BAb%2FCd%3DEf&x=1"
    )
    handler.flush()
    text = path.read_text()
    assert "POST /upload?token=***&x=1 failed" in text
    assert "Ab%2FCd" not in text


def test_unexpected_errors_are_shown_on_the_gui_thread(qtbot: Any, caplog: Any) -> None:
    reporter = CrashReporter(Path("/tmp/uploader-gui.log"))
    shown: list[tuple[str, str]] = []
    reporter.show = lambda summary, details: shown.append((summary, details))
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    reporter.install()
    try:
        with caplog.at_level(logging.CRITICAL):
            try:
                raise ValueError("bad value")
            except ValueError:
                sys.excepthook(*sys.exc_info())
            worker = threading.Thread(target=lambda: 1 / 0)
            worker.start()
            worker.join()
            qtbot.waitUntil(lambda: len(shown) == 2)
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
    assert shown[0][0] == "ValueError: bad value"
    assert "Traceback" in shown[0][1]
    assert shown[1][0].startswith("ZeroDivisionError")
    assert sum(r.levelno == logging.CRITICAL for r in caplog.records) == 2


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_log_the_disk_refuses_stops_without_a_traceback(
    tmp_path: Path, clean_root_logger: None, capfd: Any
) -> None:
    (tmp_path / "uploader-gui.log").symlink_to("/dev/full")  # every write: disk full
    setup_logging(tmp_path)
    for n in range(3):
        logging.getLogger("uploader_gui.test").warning("record %d", n)
    assert capfd.readouterr().err == ""  # no "--- Logging error ---" blocks


def test_a_malformed_record_loses_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = QuietRotatingFileHandler(path, encoding="utf-8")
    log = logging.getLogger("uploader_gui.test.isolated")
    log.propagate = False  # this handler alone, as in the app
    log.addHandler(handler)
    try:
        log.warning("two %s %s", "values")  # noqa: PLE1206 (a bug in a log call, on purpose)
        log.warning("the next record")
    finally:
        log.removeHandler(handler)
        handler.close()
    assert not handler.given_up
    assert "the next record" in path.read_text()
