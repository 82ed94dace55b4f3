"""Ingest rate and memory of the emulator while it receives a large upload.

The emulator runs as its own process so its resident memory is measured alone; the client
streams a sparse file from disk in 100 MiB chunks without holding a chunk in memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

MIB = 1024 * 1024
SIZE = 1024 * MIB
CHUNK = 100 * MIB


def rss_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)


def multipart(path: Path, start: int, length: int, boundary: str) -> Iterator[bytes]:
    yield (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    with path.open("rb") as f:
        f.seek(start)
        left = length
        while left:
            block = f.read(min(MIB, left))
            left -= len(block)
            yield block
    yield f"\r\n--{boundary}--\r\n".encode()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_ingest_rate_and_constant_memory(tmp_path: Path) -> None:
    source = tmp_path / "sparse.mp4"
    with source.open("wb") as f:
        f.truncate(SIZE)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uploader_gui.emulator",
            "--port",
            "0",
            "--data-dir",
            str(tmp_path / "emu"),
            "--encoding-delay",
            "0",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert proc.stdout is not None
        base = proc.stdout.readline().strip().removeprefix("Listening on ")
        s = requests.Session()
        s.auth = ("test-key", "")
        vid = s.post(f"{base}/videos", json={"title": "big"}, timeout=30).json()["videoId"]
        rss_before = rss_kib(proc.pid, "VmRSS")
        started = time.monotonic()
        for a in range(0, SIZE, CHUNK):
            length = min(CHUNK, SIZE - a)
            r = s.post(
                f"{base}/videos/{vid}/source",
                data=multipart(source, a, length, "bench"),
                headers={
                    "Content-Type": "multipart/form-data; boundary=bench",
                    "Content-Range": f"bytes {a}-{a + length - 1}/{SIZE}",
                },
                timeout=120,
            )
            assert r.status_code == 201, r.text
        elapsed = time.monotonic() - started
        peak = rss_kib(proc.pid, "VmHWM")
        growth_mib = (peak - rss_before) / 1024
        rate = SIZE / MIB / elapsed
        print(
            f"\ningest {rate:.0f} MiB/s; emulator RSS {rss_before / 1024:.0f} MiB -> "
            f"peak {peak / 1024:.0f} MiB (+{growth_mib:.0f} MiB) for 1 GiB in 100 MiB chunks"
        )
        assert growth_mib < 64, growth_mib
        assert os.path.getsize(tmp_path / "emu" / "sources" / f"{vid}.mp4") == SIZE
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
