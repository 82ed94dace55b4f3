"""How the uploader compares with curl and with the official client, on the same file and server.

Run from the repository root: ``python -m benchmarks.run`` (or ``make bench``). It starts the
local emulator as a process of its own (so the server's CPU is not counted as the client's),
writes one file of pseudo-random bytes, and uploads it again and again with:

* ``uploader``: this project's command line (``python -m uploader_gui upload --json``);
* ``curl``: a shell script that sends the same chunks with curl (see ``curl_upload.sh``);
* ``official``: the official ``api-video`` Python client (``official_upload.py``).

Each upload runs as a child process; its wall time, CPU seconds (user + system, its children
included) and peak resident memory come from ``os.wait4``. The runs alternate (the order rotates
each round) and the table shows medians. Every upload is checked afterwards: the mp4 the server
serves must have the file's size and SHA-256, so a fast but wrong upload cannot win.

A second scenario caps the emulator at 10 MB/s per connection with 100 ms of latency, where
chunks sent in parallel pay off; a third gives every connection 2 MiB/s of an 8 MiB/s uplink they
share, where the end of a transfer shows (the link's limit is the yardstick); a fourth checks
the ``--limit-rate`` accuracy over about 30 s; a fifth measures what the fault proxy
(``uploader_gui.emulator.FaultProxy``, which the tests put between the engine and the
emulator) costs an upload that passes through it untouched.
The results, with the machine they ran on, replace the results section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import atexit
import functools
import hashlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import requests

from uploader_gui.core.limits import DEFAULT_CHUNK_SIZE, DEFAULT_PARALLEL_CHUNKS, GIB, MIB
from uploader_gui.core.rate_limit import parse_rate
from uploader_gui.core.size_input import parse_size
from uploader_gui.core.store import DATA_DIR_ENV
from uploader_gui.core.units import format_size
from uploader_gui.emulator import FaultProxy

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"
RESULTS_START = "<!-- results:start (written by python -m benchmarks.run) -->"
RESULTS_END = "<!-- results:end -->"
KEY = "bench-key"
#: An mp4 file type box, so the uploader's content check accepts the file as a video.
MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
WRITE_BLOCK = 4 * MIB


@dataclass(frozen=True)
class Sample:
    client: str
    wall: float
    cpu: float
    peak_rss: int
    #: Seconds from the uploader's "uploading" state to its "verifying" one: the bytes on
    #: their way, from the first chunk request to the answer to the completing one (``--json``
    #: only).
    sending: float | None = None


@dataclass(frozen=True)
class Client:
    name: str
    command: list[str]
    #: Whether the video id comes from a ``--json`` stream (else: one JSON object on stdout).
    json_lines: bool = False


# -- set-up ----------------------------------------------------------------------------------


def make_file(path: Path, size: int, seed: int = 20240601) -> str:
    """Write ``size`` pseudo-random bytes (after an mp4 head); return their SHA-256."""
    rng = random.Random(seed)
    digest = hashlib.sha256()
    with open(path, "wb") as f:
        written = 0
        while written < size:
            block = rng.randbytes(min(WRITE_BLOCK, size - written))
            if written == 0:
                block = MP4_HEAD + block[len(MP4_HEAD) :]
            f.write(block)
            digest.update(block)
            written += len(block)
    return digest.hexdigest()


def work_dir(size: int) -> Path:
    """A scratch folder, in memory when there is room (so disk speed does not blur the figures)."""
    shm = Path("/dev/shm")
    if shm.is_dir() and shutil.disk_usage(shm).free > 5 * size:
        return Path(tempfile.mkdtemp(prefix="uploader-bench-", dir=shm))
    return Path(tempfile.mkdtemp(prefix="uploader-bench-"))


@contextmanager
def emulator(data_dir: Path, *extra: str) -> Iterator[str]:
    """The emulator as a child process; yields its base URL."""
    cmd = [
        sys.executable, "-m", "uploader_gui.emulator", "--port", "0",
        "--data-dir", str(data_dir), "--api-key", KEY, "--encoding-delay", "0.1",
        "--forget-deleted", *extra,
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"http://\S+", line)
        if not match:
            raise RuntimeError(f"the emulator did not start: {line!r}")
        yield match.group(0)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@functools.cache
def bench_data_dir() -> str:
    """A data folder of the benchmark's own for the command line's upload list: the runs must
    neither fill the user's list nor depend on it (a list saved by another version refuses to
    open)."""
    folder = tempfile.mkdtemp(prefix="uploader-bench-data-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def child_env() -> dict[str, str]:
    env = dict(os.environ, APIVIDEO_API_KEY=KEY, PYTHONPATH=str(ROOT))
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env[DATA_DIR_ENV] = bench_data_dir()
    return env


# -- one measured upload ---------------------------------------------------------------------


@dataclass(frozen=True)
class Finished:
    sample: Sample
    video_id: str
    #: (monotonic time, bytes sent) of the first and last progress lines (``--json`` only).
    first_progress: tuple[float, int] | None = None
    last_progress: tuple[float, int] | None = None


def _own_command_line() -> bytes:
    try:
        return Path("/proc/self/cmdline").read_bytes()
    except OSError:
        return b""


def _descendants(pid: int) -> list[int]:
    """``pid`` and its descendants that have started their own program (a child that has not
    yet exec'd is a copy of this process, with this process's memory)."""
    mine = _own_command_line()
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            if Path(f"/proc/{parent}/cmdline").read_bytes() != mine:
                found.append(parent)
        except OSError:
            continue
        for children in Path(f"/proc/{parent}/task").glob("*/children"):
            try:
                todo.extend(int(c) for c in children.read_text().split())
            except OSError:
                continue
    return found


def _high_water(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


class PeakMemory:
    """The largest resident set of a process tree, sampled from /proc while it runs.

    ``ru_maxrss`` cannot be used: Linux counts the parent's memory at the moment of fork into
    the child's figure, so every child of this (large) Python process would look at least as
    large as it. ``VmHWM`` is each process's own high-water mark, so sampling it often enough
    catches the peak of long-lived processes exactly and of short ones (curl, dd) nearly.
    """

    def __init__(self, pid: int, every: float = 0.02) -> None:
        self.peak = 0
        self._pid = pid
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            for pid in _descendants(self._pid):
                self.peak = max(self.peak, _high_water(pid))
            self._stop.wait(self._every)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_client(client: Client, work: Path) -> Finished:
    """Run one upload to completion; raise if it failed."""
    out_path = work / f"{client.name}.out"
    first = last = None
    #: When each state line first came.
    states: dict[str, float] = {}
    started = time.monotonic()
    with open(out_path, "w+b") as out:
        proc = subprocess.Popen(
            client.command, cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stdin=None
        )
        memory = PeakMemory(proc.pid) if Path("/proc/self/status").exists() else None
        assert proc.stdout is not None
        for raw in proc.stdout:
            out.write(raw)
            if client.json_lines and b'"progress"' in raw:
                last = (time.monotonic(), int(json.loads(raw)["bytes"]))
                first = first or last
            elif client.json_lines and b'"state"' in raw:
                states.setdefault(str(json.loads(raw).get("state")), time.monotonic())
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - started
        peak = memory.stop() if memory else 0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{client.name} failed ({proc.returncode}):\n{text[-2000:]}")
    video_id = _video_id(text, client.json_lines)
    if not peak:  # no /proc: ru_maxrss, an overestimate (see PeakMemory)
        peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    sending = None
    if "uploading" in states and "verifying" in states:
        sending = states["verifying"] - states["uploading"]
    sample = Sample(client.name, wall, usage.ru_utime + usage.ru_stime, peak, sending)
    return Finished(sample, video_id, first, last)


def _video_id(text: str, json_lines: bool) -> str:
    if json_lines:
        for line in reversed(text.splitlines()):
            obj = json.loads(line)
            if obj.get("event") == "done":
                return str(obj["videoId"])
        raise RuntimeError("no done line in the uploader's output")
    return str(json.loads(text.strip().splitlines()[-1])["videoId"])


class Checker:
    """Checks what the server ended up with, then deletes it (the scratch space is small)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session = requests.Session()
        token = self.session.post(f"{base_url}/auth/api-key", json={"apiKey": KEY}, timeout=30)
        token.raise_for_status()
        self.session.headers["Authorization"] = f"Bearer {token.json()['access_token']}"

    def verify_and_delete(self, video_id: str, size: int, sha256: str) -> None:
        video = self.session.get(f"{self.base_url}/videos/{video_id}", timeout=30)
        video.raise_for_status()
        mp4 = video.json()["assets"]["mp4"]
        digest = hashlib.sha256()
        got = 0
        with self.session.get(mp4, stream=True, timeout=60) as answer:
            answer.raise_for_status()
            for block in answer.iter_content(MIB):
                digest.update(block)
                got += len(block)
        self.session.delete(f"{self.base_url}/videos/{video_id}", timeout=30)
        if got != size or digest.hexdigest() != sha256:
            raise RuntimeError(f"video {video_id}: the server holds {got} bytes, not the file")


def uploader(path: Path, base_url: str, *extra: str, name: str = "uploader") -> Client:
    """The command line with its defaults, except what ``extra`` sets."""
    cmd = [
        sys.executable, "-m", "uploader_gui", "upload", str(path), "--base-url", base_url,
        "--json", *extra,
    ]  # fmt: skip
    return Client(name, cmd, json_lines=True)


def curl(path: Path, base_url: str, chunk: int) -> Client:
    return Client("curl", ["sh", str(ROOT / "benchmarks" / "curl_upload.sh"), base_url,
                           str(path), str(chunk)])  # fmt: skip


def official(path: Path, base_url: str, chunk: int) -> Client:
    cmd = [sys.executable, "-m", "benchmarks.official_upload", str(path), base_url, str(chunk)]
    return Client("official", cmd)


def measure(
    clients: Sequence[Client], runs: int, work: Path, checker: Checker, *, size: int, sha: str
) -> dict[str, list[Sample]]:
    """``runs`` rounds; each round runs every client once, starting one later each round."""
    samples: dict[str, list[Sample]] = {c.name: [] for c in clients}
    for round_no in range(runs):
        shift = round_no % len(clients)
        for client in [*clients[shift:], *clients[:shift]]:
            done = run_client(client, work)
            checker.verify_and_delete(done.video_id, size, sha)
            samples[client.name].append(done.sample)
            s = done.sample
            print(
                f"  round {round_no + 1}: {client.name:<12} {s.wall:7.2f} s  "
                f"cpu {s.cpu:6.2f} s  rss {s.peak_rss / MIB:6.1f} MiB",
                flush=True,
            )
    return samples


# -- reporting -------------------------------------------------------------------------------


def median_sample(samples: list[Sample]) -> Sample:
    sending = [s.sending for s in samples if s.sending is not None]
    return Sample(
        samples[0].client,
        statistics.median(s.wall for s in samples),
        statistics.median(s.cpu for s in samples),
        max(s.peak_rss for s in samples),
        statistics.median(sending) if sending else None,
    )


def fast_table(samples: dict[str, list[Sample]], size: int) -> str:
    med = {name: median_sample(s) for name, s in samples.items()}
    base_curl = med.get("curl")
    base_official = med.get("official")
    gib = size / GIB
    lines = [
        "| client | wall (s) | throughput | CPU (s) | CPU s/GiB | peak RSS "
        "| wall ÷ curl | wall ÷ official | CPU ÷ curl |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, m in med.items():

        def ratio(a: float, b: Sample | None, field: str) -> str:
            return f"{a / getattr(b, field):.2f}" if b and getattr(b, field) else "–"

        lines.append(
            f"| {name} | {m.wall:.2f} | {format_size(size / m.wall)}/s | {m.cpu:.2f} "
            f"| {m.cpu / gib:.2f} | {format_size(m.peak_rss)} | {ratio(m.wall, base_curl, 'wall')} "
            f"| {ratio(m.wall, base_official, 'wall')} | {ratio(m.cpu, base_curl, 'cpu')} |"
        )
    return "\n".join(lines)


def slow_table(samples: dict[str, list[Sample]], size: int) -> str:
    med = {name: median_sample(s) for name, s in samples.items()}
    base = med.get("official")
    lines = [
        "| client | wall (s) | throughput | × official | peak RSS |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, m in med.items():
        times = f"{base.wall / m.wall:.2f}" if base else "–"
        lines.append(
            f"| {name} | {m.wall:.2f} | {format_size(size / m.wall)}/s | {times} "
            f"| {format_size(m.peak_rss)} |"
        )
    return "\n".join(lines)


def proxy_table(samples: dict[str, list[Sample]], size: int) -> str:
    med = {name: median_sample(s) for name, s in samples.items()}
    base = med.get("direct")
    lines = [
        "| path | wall (s) | throughput | × direct wall | client CPU (s) |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, m in med.items():
        times = f"{m.wall / base.wall:.2f}" if base else "–"
        lines.append(
            f"| {name} | {m.wall:.2f} | {format_size(size / m.wall)}/s | {times} | {m.cpu:.2f} |"
        )
    return "\n".join(lines)


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    return (
        f"{platform.platform()}, Python {platform.python_version()}, {model}, "
        f"{os.cpu_count()} logical cores"
    )


def write_doc(section: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    block = f"{RESULTS_START}\n{section.strip()}\n{RESULTS_END}"
    if RESULTS_START in text and RESULTS_END in text:
        head, rest = text.split(RESULTS_START, 1)
        tail = rest.split(RESULTS_END, 1)[1]
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


# -- scenarios -------------------------------------------------------------------------------


def fast_scenario(args: argparse.Namespace, work: Path, path: Path, sha: str) -> str:
    print(f"Loopback, {format_size(args.size)}, chunks of {format_size(args.chunk_size)}:")
    with emulator(work / "server-fast") as url:
        checker = Checker(url)
        clients = [
            uploader(path, url, "--chunk-size", str(args.chunk_size)),
            curl(path, url, args.chunk_size),
            official(path, url, args.chunk_size),
        ]
        samples = measure(clients, args.runs, work, checker, size=args.size, sha=sha)
    table = fast_table(samples, args.size)
    print(table)
    return (
        f"### Loopback, {format_size(args.size)} file, {format_size(args.chunk_size)} chunks\n\n"
        f"Median of {args.runs} alternating runs per client; peak RSS is the largest seen.\n\n"
        f"{table}\n"
    )


def slow_scenario(args: argparse.Namespace, work: Path) -> str:
    size = args.slow_size
    path = work / "slow.mp4"
    sha = make_file(path, size, seed=7)
    bandwidth = int(args.bandwidth)
    print(
        f"Slow link: {format_size(size)}, {bandwidth / 1e6:g} MB/s per connection, "
        f"{args.latency * 1000:g} ms latency:"
    )
    with emulator(
        work / "server-slow", "--bandwidth", str(bandwidth), "--latency", str(args.latency)
    ) as url:
        checker = Checker(url)
        clients = [
            uploader(
                path, url,
                *(["--parallel-chunks", str(n), "--chunk-size", str(chunk)] if n else []),
                name=f"uploader {n}×{chunk // MIB} MiB" if n else "uploader (defaults)",
            )
            for n, chunk in args.slow_variants
        ]  # fmt: skip
        clients.append(official(path, url, args.chunk_size))
        samples = measure(clients, 1, work, checker, size=size, sha=sha)
    path.unlink()
    table = slow_table(samples, size)
    print(table)
    return (
        f"### Slow link: {format_size(size)} file, {bandwidth / 1e6:g} MB/s per connection, "
        f"{args.latency * 1000:g} ms latency\n\n"
        f"One run each. `uploader N×S` sends N chunks of S at once; the defaults are "
        f"{DEFAULT_PARALLEL_CHUNKS}×{DEFAULT_CHUNK_SIZE // MIB} MiB. The official client sends "
        f"{format_size(args.chunk_size)} chunks one after another.\n\n{table}\n"
    )


def link_table(samples: dict[str, list[Sample]], size: int, uplink: float) -> str:
    """Medians against the link's limit (the file at the uplink's full rate) and the official
    client; for the uploader also the sending alone (its wall time less start-up, login,
    creating the video and the final check)."""
    med = {name: median_sample(s) for name, s in samples.items()}
    limit = size / uplink
    base = med.get("official")
    lines = [
        "| client | wall (s) | runs (s) | throughput | wall ÷ link limit | sending ÷ link limit "
        "| × official |",
        "|---|---:|---|---:|---:|---:|---:|",
    ]
    for name, m in med.items():
        runs = ", ".join(f"{s.wall:.2f}" for s in samples[name])
        times = f"{base.wall / m.wall:.2f}" if base else "–"
        sending = f"{m.sending / limit:.3f}" if m.sending is not None else "–"
        lines.append(
            f"| {name} | {m.wall:.2f} | {runs} | {format_size(size / m.wall)}/s "
            f"| {m.wall / limit:.3f} | {sending} | {times} |"
        )
    lines.append(f"| link limit | {limit:.2f} | | {format_size(uplink)}/s | 1.000 | 1.000 | |")
    return "\n".join(lines)


def link_scenario(args: argparse.Namespace, work: Path, size: int) -> str:
    """A slow uplink shared by every connection, each connection capped below it: the case
    where the end of a transfer shows (connections idle while the last chunks finish)."""
    path = work / "link.mp4"
    sha = make_file(path, size, seed=11)
    uplink, per_connection, latency = args.uplink, args.link_bandwidth, args.link_latency
    title = (
        f"{format_size(size)} file, {format_size(uplink)}/s uplink, "
        f"{format_size(per_connection)}/s per connection, {latency * 1000:g} ms latency"
    )
    print(f"Shared uplink: {title}:")
    with emulator(
        work / "server-link",
        "--uplink", str(round(uplink)), "--bandwidth", str(round(per_connection)),
        "--latency", f"{latency:g}",
    ) as url:  # fmt: skip
        checker = Checker(url)
        clients = [uploader(path, url), official(path, url, args.chunk_size)]
        samples = measure(clients, args.link_runs, work, checker, size=size, sha=sha)
    path.unlink()
    table = link_table(samples, size, uplink)
    print(table)
    return (
        f"### Shared uplink: {title}\n\n"
        f"Median of {args.link_runs} alternating runs. The link limit is the file at the "
        f"uplink's full rate ({format_size(size)} ÷ {format_size(uplink)}/s); the uploader runs "
        f"with its defaults ({DEFAULT_PARALLEL_CHUNKS} × {DEFAULT_CHUNK_SIZE // MIB} MiB), the "
        f"official client with {format_size(args.chunk_size)} chunks. Sending is the "
        f"uploader's time from its first chunk request to the answer to its last.\n\n{table}\n"
    )


def rate_scenario(args: argparse.Namespace, work: Path, path: Path, sha: str) -> str:
    rate = args.limit_rate
    size = min(args.size, int(rate * args.rate_seconds))
    part = work / "rate.mp4"
    digest = hashlib.sha256()
    with open(path, "rb") as src, open(part, "wb") as dst:
        left = size
        while left:
            block = src.read(min(WRITE_BLOCK, left))
            digest.update(block)
            dst.write(block)
            left -= len(block)
    part_sha = digest.hexdigest()
    print(f"Rate limit {rate / 1e6:g} MB/s over {format_size(size)}:")
    with emulator(work / "server-rate") as url:
        checker = Checker(url)
        client = uploader(part, url, "--limit-rate", f"{rate / 1e6:g}MB/s")
        done = run_client(client, work)
        checker.verify_and_delete(done.video_id, size, part_sha)
    part.unlink()
    assert done.first_progress is not None and done.last_progress is not None
    (t0, b0), (t1, b1) = done.first_progress, done.last_progress
    seconds = t1 - t0
    achieved = (b1 - b0) / seconds if seconds > 0 else float("nan")
    error = (achieved / rate - 1) * 100
    line = (
        f"`--limit-rate {rate / 1e6:g}MB/s` (default chunks): {format_size(b1 - b0)} in "
        f"{seconds:.1f} s between the first and last progress lines = "
        f"{achieved / 1e6:.3f} MB/s, {error:+.2f} % from the limit "
        f"(whole command: {done.sample.wall:.1f} s, CPU {done.sample.cpu:.2f} s)."
    )
    print(line)
    return f"### Bandwidth limit\n\n{line}\n"


def proxy_scenario(args: argparse.Namespace, work: Path) -> str:
    size = args.proxy_size
    path = work / "proxy.mp4"
    sha = make_file(path, size, seed=11)
    print(f"Through the fault proxy, {format_size(size)} (default chunks):")
    with emulator(work / "server-proxy") as url:
        target = urlsplit(url)
        assert target.hostname is not None and target.port is not None
        # The proxy relays from a thread of this process (the harness), so its CPU time is
        # not counted as the client's; the wall time shows what it costs.
        with FaultProxy(target.hostname, target.port) as proxy:
            checker = Checker(url)
            clients = [
                uploader(path, url, name="direct"),
                uploader(path, proxy.base_url, name="via proxy"),
            ]
            samples = measure(clients, args.runs, work, checker, size=size, sha=sha)
            if proxy.errors:
                raise RuntimeError(f"the proxy failed: {proxy.errors!r}")
    path.unlink()
    table = proxy_table(samples, size)
    print(table)
    return (
        f"### Through the fault proxy: {format_size(size)} file, default chunks\n\n"
        f"Median of {args.runs} alternating runs: the command line straight to the emulator, "
        f"and through `FaultProxy` passing everything.\n\n{table}\n"
    )


def variant(text: str) -> tuple[int, int]:
    """``4x16MiB`` → (4, 16 MiB); ``defaults`` → (0, 0)."""
    if text == "defaults":
        return 0, 0
    n, _, chunk = text.partition("x")
    return int(n), parse_size(chunk)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--size", type=parse_size, default=GIB, help="file size (default 1GiB)")
    p.add_argument("--chunk-size", type=parse_size, default=50 * MIB)
    p.add_argument("--runs", type=int, default=5, help="rounds on loopback (default 5)")
    p.add_argument("--slow-size", type=parse_size, default=256 * MIB)
    p.add_argument("--bandwidth", type=float, default=10_000_000, help="slow link, bytes/s")
    p.add_argument("--latency", type=float, default=0.1, help="slow link, seconds")
    p.add_argument(
        "--slow-variant",
        dest="slow_variants",
        type=variant,
        action="append",
        help="parallel chunks x chunk size for the slow link, e.g. 4x16MiB, or 'defaults' "
        "(repeatable)",
    )
    p.add_argument(
        "--link-size",
        dest="link_sizes",
        type=parse_size,
        action="append",
        help="file size on the shared uplink (default 64MiB; repeatable)",
    )
    p.add_argument("--uplink", type=parse_rate, default=8 * MIB, help="shared link, e.g. 8MiB/s")
    p.add_argument(
        "--link-bandwidth", type=parse_rate, default=2 * MIB, help="shared link, per connection"
    )
    p.add_argument("--link-latency", type=float, default=0.1, help="shared link, seconds")
    p.add_argument("--link-runs", type=int, default=3, help="rounds on the shared link")
    p.add_argument("--limit-rate", type=float, default=20_000_000, help="bytes/s to check")
    p.add_argument("--rate-seconds", type=float, default=30.0)
    p.add_argument("--proxy-size", type=parse_size, default=256 * MIB)
    p.add_argument(
        "--only",
        choices=["fast", "slow", "link", "rate", "proxy"],
        action="append",
        help="run only these",
    )
    p.add_argument("--no-doc", action="store_true", help="do not rewrite docs/benchmarks.md")
    args = p.parse_args(argv)
    args.slow_variants = args.slow_variants or [(0, 0), (1, 16 * MIB), (4, 50 * MIB)]
    args.link_sizes = args.link_sizes or [64 * MIB]
    scenarios = args.only or ["fast", "slow", "link", "rate", "proxy"]
    work = work_dir(args.size)
    started = time.monotonic()
    sections: list[str] = []
    try:
        path = work / "sample.mp4"
        sha = make_file(path, args.size) if {"fast", "rate"} & set(scenarios) else ""
        if "fast" in scenarios:
            sections.append(fast_scenario(args, work, path, sha))
        if "slow" in scenarios:
            sections.append(slow_scenario(args, work))
        if "link" in scenarios:
            sections += [link_scenario(args, work, size) for size in args.link_sizes]
        if "rate" in scenarios:
            sections.append(rate_scenario(args, work, path, sha))
        if "proxy" in scenarios:
            sections.append(proxy_scenario(args, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = f"Measured {stamp} on {machine()}; {time.monotonic() - started:.0f} s in all.\n"
    print(header)
    if not args.no_doc:
        write_doc(header + "\n" + "\n".join(sections))
    return 0


if __name__ == "__main__":
    sys.exit(main())
