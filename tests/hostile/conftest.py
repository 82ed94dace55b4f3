from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.hostile.server import HostileServer, hostile_server


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    yield from hostile_server()
