"""Peak memory of a command-line upload, by chunk size.

Streams a sparse file (1 GiB by default) to the local emulator through
``python -m uploader_gui upload`` and reads the upload process's peak resident set size from
the kernel. The figure to watch is how little it grows with the chunk size: the body is streamed
block by block, so a 200 MiB chunk should cost about what a 50 MiB chunk costs.

Run: ``.venv/bin/python benchmarks/engine_memory.py [--size 1GiB] [--chunk 50MiB --chunk 200MiB]``
(Linux or macOS; uses ``os.wait4``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import PeakMemory  # noqa: E402
from uploader_gui.core.limits import MIB  # noqa: E402
from uploader_gui.core.size_input import parse_size  # noqa: E402
from uploader_gui.core.store import DATA_DIR_ENV  # noqa: E402
from uploader_gui.core.units import format_size  # noqa: E402
from uploader_gui.emulator import Emulator  # noqa: E402

KEY = "bench-key"
MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"


def sparse_video(path: Path, size: int) -> None:
    with open(path, "wb") as f:
        f.write(MP4_HEAD)
        f.truncate(size)


def peak_rss_of(cmd: list[str], env: dict[str, str]) -> tuple[int, int, float]:
    """(exit status, peak RSS in bytes, seconds) of one child process."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    memory = PeakMemory(proc.pid) if Path("/proc/self/status").exists() else None
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - started
    peak = memory.stop() if memory else 0
    if not peak:  # no /proc: ru_maxrss, which also counts this process's memory at fork
        peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return proc.returncode, peak, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1GiB", type=parse_size)
    parser.add_argument("--chunk", action="append", type=parse_size)
    args = parser.parse_args()
    chunks = args.chunk or [50 * MIB, 200 * MIB]
    work = Path(tempfile.mkdtemp(prefix="engine-memory-"))
    env = dict(os.environ, APIVIDEO_API_KEY=KEY)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env[DATA_DIR_ENV] = str(work / "data")  # the runs' own upload list, not the user's
    rows: list[tuple[str, str, str, str]] = []
    try:
        source = work / "sparse.mp4"
        sparse_video(source, args.size)
        baseline_cmd = [sys.executable, "-c", "import uploader_gui.cli, requests, rich"]
        _, baseline, _ = peak_rss_of(baseline_cmd, env)
        for chunk in chunks:
            data = work / f"server-{chunk}"
            with Emulator(data, api_keys=(KEY,), encoding_delay=0.1) as emu:
                cmd = [
                    sys.executable, "-m", "uploader_gui", "upload", str(source),
                    "--base-url", emu.base_url, "--chunk-size", str(chunk), "--json",
                ]  # fmt: skip
                status, peak, seconds = peak_rss_of(cmd, env)
            shutil.rmtree(data, ignore_errors=True)
            speed = f"{format_size(args.size / seconds)}/s" if seconds else "-"
            result = "ok" if status == 0 else f"exit {status}"
            rows.append((format_size(chunk), format_size(peak), speed, result))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"File: {format_size(args.size)} (sparse), to the local emulator, one file")
    print(f"Baseline (imports only): {format_size(baseline)}")
    print(f"{'chunk size':>12} | {'peak RSS':>10} | {'throughput':>12} | result")
    print(f"{'-' * 12}-+-{'-' * 10}-+-{'-' * 12}-+-------")
    for chunk_text, peak_text, speed, result in rows:
        print(f"{chunk_text:>12} | {peak_text:>10} | {speed:>12} | {result}")
    return 0 if all(r[3] == "ok" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
