"""Shared fixtures: a running local api.video emulator and deterministic test files."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from uploader_gui.emulator import Emulator

MIB = 1024 * 1024


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[Emulator]:
    """An emulator on a fresh data dir, API key ``test-key``, encoding done in 0.5 s."""
    with Emulator(tmp_path / "emulator", ("test-key",), encoding_delay=0.5) as emu:
        yield emu


class ManualClock:
    """A wall clock that moves only when told: token lifetimes, rate-limit windows and
    encoding pass at once, on a loaded machine as on an idle one."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(emulator: Emulator) -> ManualClock:
    """The ``emulator``'s clock, moved by the test."""
    manual = ManualClock()
    emulator.clock = manual
    return manual


def file_bytes(size: int, seed: int = 0) -> Iterator[bytes]:
    """Deterministic pseudo-random bytes in 1 MiB blocks: one random block, each copy stamped
    with its index, so no two MiB of a file are equal (a misplaced chunk is caught)."""
    block = random.Random(seed).randbytes(MIB)
    index = 0
    remaining = size
    while remaining > 0:
        stamped = index.to_bytes(8, "big") + block[8:]
        yield stamped[: min(MIB, remaining)]
        remaining -= MIB
        index += 1


@pytest.fixture
def make_file(tmp_path: Path) -> Callable[..., Path]:
    """``make_file(size, name="video.mp4", seed=0)`` writes a file of deterministic bytes."""
    folder = tmp_path / "files"
    folder.mkdir(exist_ok=True)

    def make(size: int, name: str = "video.mp4", seed: int = 0) -> Path:
        path = folder / name
        with path.open("wb") as out:
            for block in file_bytes(size, seed):
                out.write(block)
        return path

    return make
