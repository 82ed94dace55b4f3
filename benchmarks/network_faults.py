"""What a laptop's network does to an upload: an outage, and connections frozen for good.

Run from the repository root: ``python -m benchmarks.network_faults`` (``make bench-network``).
The emulator runs as a process of its own, capped per connection (2 MiB/s by default), and a
fault proxy (:mod:`uploader_gui.emulator.fault_proxy`) sits between each client and it:

* **outage**: once a third of the file went through, the proxy refuses new connections and
  resets the open ones for ``--outage`` seconds (the port closed, every connection reset), then
  passes again. Measured from the network's return: the seconds until bytes move again, and
  until the upload is done.
* **frozen**: once a third went through, every open connection stops passing bytes for good
  (a closed lid, a Wi-Fi hand-over, a NAT that forgot them) while new connections pass.
  Measured from the freeze: the seconds until bytes move again, and until done.

The clients are this project's command line and the official ``api-video`` client, on the same
file and server, each run checked afterwards against the file's SHA-256. The first run of each
client is undisturbed, for reference. The uploader plays every scenario ``--runs`` times and the
table gives the median with the range; the official client plays each once (it does not come
back from either fault, so repeating it would only repeat the give-up time). Results replace
the network section of ``docs/benchmarks.md`` (``--no-doc`` leaves it).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from benchmarks.run import (
    DOC,
    ROOT,
    Checker,
    Client,
    child_env,
    emulator,
    machine,
    make_file,
    official,
    uploader,
    work_dir,
)
from uploader_gui.core.limits import DEFAULT_STALL_SECONDS, MIB
from uploader_gui.core.size_input import parse_size
from uploader_gui.emulator.fault_proxy import FaultProxy

NETWORK_START = "<!-- network:start (written by python -m benchmarks.network_faults) -->"
NETWORK_END = "<!-- network:end -->"
#: How often the proxy's byte counter is read to see bytes move again.
POLL = 0.05


@dataclass(frozen=True)
class Outcome:
    client: str
    scenario: str
    #: Seconds from the fault's end (outage) or start (frozen) until bytes moved again.
    moving_again: float | None
    #: Seconds from the same moment until the client exited (None: it did not finish).
    done_after: float | None
    wall: float
    ok: bool
    note: str = ""


def _first_rise(
    proxy: FaultProxy, since: int, stop: threading.Event, deadline: float
) -> float | None:
    """Seconds until the proxy forwards more than ``since`` bytes upwards, or None when
    ``stop`` is set or the monotonic ``deadline`` passes first (a client that never sends
    again must not hold the benchmark)."""
    began = time.monotonic()
    while not stop.is_set() and time.monotonic() < deadline:
        if proxy.stats.bytes_up > since:
            return time.monotonic() - began
        time.sleep(POLL)
    return None


@dataclass(frozen=True)
class Bench:
    """The server side of every run: the proxy in front of the emulator, the file's size and
    SHA-256, and the checker of what the server ended up with."""

    proxy: FaultProxy
    checker: Checker
    size: int
    sha: str


def run_faulted(
    bench: Bench,
    client: Client,
    scenario: str,
    fault: Callable[[FaultProxy], float] | None,
    give_up: float,
) -> Outcome:
    """Run ``client`` through the proxy; once a third of the file went through, ``fault``
    plays the fault and returns the moment (monotonic) the measures count from. Without a
    fault, the run is undisturbed."""
    proxy = bench.proxy
    start_bytes = proxy.stats.bytes_up
    began = time.monotonic()
    proc = subprocess.Popen(
        client.command, cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    finished = threading.Event()
    output: list[bytes] = []

    def collect() -> None:
        out, err = proc.communicate()
        output.extend([out, err])
        finished.set()

    threading.Thread(target=collect, daemon=True).start()
    moving = done = None
    note = ""
    if fault is not None:
        third = start_bytes + bench.size // 3
        while proxy.stats.bytes_up < third and not finished.is_set():
            time.sleep(POLL)
        if finished.is_set():
            note = "finished before the fault"
        else:
            origin = fault(proxy)
            moving = _first_rise(proxy, proxy.stats.bytes_up, finished, began + give_up)
            if finished.wait(max(0.0, began + give_up - time.monotonic())):
                done = time.monotonic() - origin
    if not finished.wait(max(0.0, began + give_up - time.monotonic())):
        proc.kill()
        finished.wait()
        proxy.restore()
        proxy.reset_all()
        note = f"did not finish within {give_up:.0f} s"
        return Outcome(client.name, scenario, moving, None, time.monotonic() - began, False, note)
    wall = time.monotonic() - began
    proxy.restore()
    proxy.reset_all()  # frozen connections the client left behind
    measured = Outcome(client.name, scenario, moving, done, wall, True, note)
    return _checked(bench, measured, proc.returncode, output)


def _checked(bench: Bench, measured: Outcome, status: int, output: list[bytes]) -> Outcome:
    """``measured``, failed when the client failed or the server holds other bytes."""
    if status != 0:
        err = output[1].decode("utf-8", "replace") if len(output) > 1 else ""
        last = (err.strip().splitlines() or ["no message"])[-1][:120]
        return replace(measured, ok=False, done_after=None, note=f"failed: {last}")
    try:
        bench.checker.verify_and_delete(_video_id(output[0].decode()), bench.size, bench.sha)
    except RuntimeError as exc:
        return replace(measured, ok=False, note=str(exc))
    return measured


def _video_id(text: str) -> str:
    found = re.findall(r'"videoId":\s*"([^"]+)"', text)
    if not found:
        raise RuntimeError("no video id in the client's output")
    return str(found[-1])


def outage(seconds: float) -> Callable[[FaultProxy], float]:
    def play(proxy: FaultProxy) -> float:
        proxy.refuse()
        time.sleep(seconds)  # the outage itself
        proxy.restore()
        return time.monotonic()

    return play


def frozen(proxy: FaultProxy) -> float:
    proxy.freeze_open()
    return time.monotonic()


def _seconds(values: Sequence[float | None]) -> str:
    """One run's seconds, or the median and range of several; "–" when any run has none."""
    if not values or any(v is None for v in values):
        return "–"
    known = [v for v in values if v is not None]
    if len(known) == 1:
        return f"{known[0]:.1f} s"
    return f"{statistics.median(known):.1f} s ({min(known):.1f}–{max(known):.1f})"


def table(outcomes: Sequence[Outcome], args: argparse.Namespace) -> str:
    groups: dict[tuple[str, str], list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault((o.scenario, o.client), []).append(o)
    lines = [
        f"Machine: {machine()}. A {args.size // MIB} MiB file in {args.chunk // MIB} MiB chunks, "
        f"{args.bandwidth / MIB:g} MiB/s per connection (emulator), through the fault proxy; "
        f"outage {args.outage:g} s; the uploader's stall window {DEFAULT_STALL_SECONDS:g} s. "
        f"The uploader: median (range) of {args.runs} runs of each scenario.",
        "",
        "| scenario | client | runs | undisturbed | bytes move again after | done after | result |",
        "|---|---|---:|---|---|---|---|",
    ]
    for (scenario, client), runs in groups.items():
        if scenario == "undisturbed":
            continue
        calm = [o.wall for o in groups.get(("undisturbed", client), [])]
        failed = [o for o in runs if not o.ok]
        if failed:
            result = "; ".join(sorted({o.note for o in failed}))
            if len(failed) < len(runs):
                result = f"{len(runs) - len(failed)} ok, {len(failed)} {result}"
        else:
            result = "; ".join(sorted({o.note for o in runs if o.note})) or "ok"
        lines.append(
            f"| {scenario} | {client} | {len(runs)} | {_seconds(calm)} | "
            f"{_seconds([o.moving_again for o in runs])} | "
            f"{_seconds([o.done_after for o in runs])} | {result} |"
        )
    lines += [
        "",
        "Outage: seconds counted from the network's return. Frozen: from the freeze. "
        '"Bytes move again" is the first byte the proxy forwards after that moment.',
    ]
    return "\n".join(lines)


def write_doc(section: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    block = f"{NETWORK_START}\n{section.strip()}\n{NETWORK_END}"
    if NETWORK_START in text and NETWORK_END in text:
        head, rest = text.split(NETWORK_START, 1)
        text = head + block + rest.split(NETWORK_END, 1)[1]
    else:
        text = text.rstrip() + "\n\n## A laptop's network\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--size", type=parse_size, default=48 * MIB)
    p.add_argument("--chunk", type=parse_size, default=5 * MIB)
    p.add_argument("--bandwidth", type=parse_size, default=2 * MIB, help="per connection, /s")
    p.add_argument("--outage", type=float, default=15.0, help="seconds the network is down")
    p.add_argument("--clients", default="uploader,official")
    p.add_argument("--give-up", type=float, default=180.0, help="seconds a run may take in all")
    p.add_argument("--runs", type=int, default=3, help="runs of each scenario for the uploader")
    p.add_argument("--no-doc", action="store_true")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error("--runs must be at least 1")
    work = work_dir(args.size)
    path = work / "network-bench.mp4"
    sha = make_file(path, args.size)
    outcomes: list[Outcome] = []
    with emulator(work / "server", "--bandwidth", str(args.bandwidth)) as base_url:
        checker = Checker(base_url)
        target = urlsplit(base_url)
        assert target.hostname is not None and target.port is not None
        with FaultProxy(target.hostname, target.port) as proxy:
            bench = Bench(proxy, checker, args.size, sha)
            makers = {
                "uploader": lambda: uploader(path, proxy.base_url, "--chunk-size", str(args.chunk)),
                "official": lambda: official(path, proxy.base_url, args.chunk),
            }
            names = [n for n in args.clients.split(",") if n in makers]
            scenarios = (("undisturbed", None), ("outage", outage(args.outage)), ("frozen", frozen))
            for scenario, fault in scenarios:
                for name in names:
                    for _ in range(args.runs if name == "uploader" else 1):
                        outcome = run_faulted(bench, makers[name](), scenario, fault, args.give_up)
                        outcomes.append(outcome)
                        print(outcome, flush=True)
    section = table(outcomes, args)
    print(section)
    if not args.no_doc:
        write_doc(section)
    return 0 if all(o.ok or o.client != "uploader" for o in outcomes) else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    sys.exit(main())
