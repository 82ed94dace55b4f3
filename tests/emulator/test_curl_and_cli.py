"""Other peers: curl's documented bytes-range flow, and the standalone command line."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from uploader_gui.emulator import Emulator

from .helpers import CHUNK, MIB, TIMEOUT


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed (CI installs it)")
def test_curl_bytes_range_flow(
    emulator: Emulator, make_file: Callable[..., Path], tmp_path: Path
) -> None:
    source = make_file(11 * MIB)
    data = source.read_bytes()
    total = len(data)

    def curl(*args: str) -> dict[str, object]:
        out = subprocess.run(
            ["curl", "-sS", "--max-time", "30", "-u", "test-key:", *args],
            check=True,
            capture_output=True,
            timeout=60,
        )
        result: dict[str, object] = json.loads(out.stdout)
        return result

    created = curl(
        "-X",
        "POST",
        "-H",
        "Content-Type: application/json",
        "-d",
        '{"title":"curl"}',
        f"{emulator.base_url}/videos",
    )
    vid = created["videoId"]
    last: dict[str, object] = {}
    for i, a in enumerate(range(0, total, CHUNK)):
        b = min(a + CHUNK, total) - 1
        part = tmp_path / f"part.{i}"
        part.write_bytes(data[a : b + 1])
        last = curl(
            "-X",
            "POST",
            "-H",
            f"Content-Range: bytes {a}-{b}/{total}",
            "-F",
            f"file=@{part}",
            f"{emulator.base_url}/videos/{vid}/source",
        )
    assert last["videoId"] == vid and "assets" in last
    served = requests.get(f"{emulator.base_url}/vod/{vid}/mp4/source.mp4", timeout=TIMEOUT)
    assert served.content == data


def test_command_line_serves_until_sigterm(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uploader_gui.emulator",
            "--port",
            "0",
            "--data-dir",
            str(tmp_path / "cli"),
            "--api-key",
            "k1",
            "--api-key",
            "k2",
            "--rate-limit",
            "5",
            "--rate-limit-window",
            "10",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("Listening on http://127.0.0.1:"), line
        base = line.removeprefix("Listening on ")
        r = requests.get(f"{base}/videos", auth=("k2", ""), timeout=TIMEOUT)
        assert r.status_code == 200
        assert (
            requests.get(f"{base}/videos", auth=("test-key", ""), timeout=TIMEOUT).status_code
            == 401
        )
        upload = requests.post(f"{base}/upload", timeout=TIMEOUT)
        assert upload.headers["X-RateLimit-Limit"] == "5"
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
        if proc.stdout is not None:
            proc.stdout.close()
    assert code == 0
