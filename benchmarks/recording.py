"""How soon a recording is online when it is uploaded while it is written, against uploading the
finished file afterwards.

Run from the repository root: ``python -m benchmarks.recording`` (defaults: 1 GiB written at
20 MB/s, a settle time of 10 s). The emulator runs as a process of its own. A writer appends the
file block by block at the given rate (paced by the clock: it stands for a recorder) while
``upload --while-recording`` sends it; the figure is the seconds from the writer's last write to
the command's ``done`` line, whose floor is the settle time. Then the same finished file is
uploaded the ordinary way, as one would after the recording, and the seconds from its start to
its ``done`` line are the other figure. Both videos are checked against the file's SHA-256.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.run import MP4_HEAD, ROOT, Checker, child_env, emulator, work_dir
from uploader_gui.core.limits import GIB, MIB
from uploader_gui.core.rate_limit import parse_rate
from uploader_gui.core.size_input import parse_size
from uploader_gui.core.units import format_size

BLOCK = MIB


def write_at(path: Path, size: int, rate: float, digest: Any) -> float:
    """Append ``size`` random bytes at ``rate`` bytes/s; the monotonic time of the last write."""
    started = time.monotonic()
    written = 0
    with open(path, "ab", buffering=0) as f:
        while written < size:
            block = os.urandom(min(BLOCK, size - written))
            f.write(block)
            digest.update(block)
            written += len(block)
            ahead = started + written / rate - time.monotonic()
            if ahead > 0:
                time.sleep(ahead)
    return time.monotonic()


def done_line(proc: subprocess.Popen[str]) -> tuple[float, str]:
    """Read the command's lines until its ``done`` one: (when it came, the video id)."""
    assert proc.stdout is not None
    for line in proc.stdout:
        obj = json.loads(line)
        if obj.get("event") == "done":
            return time.monotonic(), str(obj["videoId"])
        if obj.get("event") == "failed":
            raise RuntimeError(f"the upload failed: {obj.get('error')}")
    raise RuntimeError("the command ended without a done line")


def upload(path: Path, base_url: str, *extra: str) -> subprocess.Popen[str]:
    """The command line on ``path``, with an upload list of its own next to the file (never
    the user's)."""
    env = dict(child_env(), UPLOADER_GUI_DATA_DIR=str(path.parent / "data"))
    cmd = [
        sys.executable, "-m", "uploader_gui", "upload", str(path), "--base-url", base_url,
        "--json", *extra,
    ]  # fmt: skip
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--size", type=parse_size, default=GIB, help="recording size (default 1GiB)")
    p.add_argument("--rate", type=parse_rate, default=20e6, help="write rate (default 20MB/s)")
    p.add_argument("--settle", type=float, default=10.0, help="seconds (default 10)")
    args = p.parse_args(argv)
    work = work_dir(args.size)
    path = work / "recording.mp4"
    with emulator(work / "emulator") as base_url:
        checker = Checker(base_url)
        digest = hashlib.sha256()
        path.write_bytes(MP4_HEAD)  # the recorder has begun
        digest.update(MP4_HEAD)
        proc = upload(path, base_url, "--while-recording", "--settle", str(args.settle))
        holder: dict[str, tuple[float, str]] = {}
        reader = threading.Thread(target=lambda: holder.update(done=done_line(proc)))
        reader.start()
        last_write = write_at(path, args.size - len(MP4_HEAD), args.rate, digest)
        reader.join()
        proc.wait()
        done_at, video_id = holder["done"]
        checker.verify_and_delete(video_id, args.size, digest.hexdigest())
        while_recording = done_at - last_write

        started = time.monotonic()
        after = upload(path, base_url)
        done_after, video_after = done_line(after)
        after.wait()
        checker.verify_and_delete(video_after, args.size, digest.hexdigest())
        afterwards = done_after - started
    path.unlink()
    rate = args.rate / 1e6
    print(
        f"{format_size(args.size)} recorded at {rate:.0f} MB/s, settle {args.settle:g} s:\n"
        f"  while recording: {while_recording:.1f} s from the last write to done "
        f"({while_recording - args.settle:.1f} s beyond the settle time)\n"
        f"  afterwards:      {afterwards:.1f} s from the start of the upload to done"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
