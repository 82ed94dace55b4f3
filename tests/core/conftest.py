"""Fixtures shared by the engine's integration tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.store import UploadStore
from uploader_gui.emulator import Emulator

#: The API key the ``emulator`` fixture accepts.
KEY = "test-key"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UploadStore]:
    """A fresh upload store in the test's own folder."""
    with UploadStore(tmp_path / "data" / "uploads.sqlite3") as opened:
        yield opened


@pytest.fixture
def client(emulator: Emulator) -> Iterator[ApiClient]:
    """An API-key client of the test's emulator."""
    with ApiClient(emulator.base_url, api_key=KEY, timeout=10) as api:
        yield api
