"""A long, busy session of the real window, judged from outside.

Starts the app on a private Xvfb screen in demo mode with a queue that never runs dry (finished
files leave, new ones arrive: ``--demo-files N --demo-soak``), lets it run, and reads the app's
own diagnostics (``--diagnostics``: event-loop lateness, memory, threads and open handles, one
line a second). Prints a table and exits 1 when a target is missed:

- the process is alive at the end;
- resident memory grows less than 20 MiB from the end of the warm-up to the end;
- no event-loop stall over 100 ms after the warm-up;
- threads and open handles end where they were after the warm-up (within what the uploads in
  flight explain);
- no upload failed.

Run: ``.venv/bin/python -m benchmarks.soak [--minutes 10] [--warm-up 60] [--files 24]``;
``--app PATH`` soaks a frozen build instead of the source tree. ``make soak`` runs 10 minutes,
``make soak-short`` three (as CI does), and ``make bundle`` soaks the frozen app the same way.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.app_env import isolated_env, private_x_server

ROOT = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024

#: Per-connection speed of the demo server, MiB/s: with two files of four chunks in flight, about
#: 20 MiB/s in all, a fast home fibre uplink. (The demo's own default, 12 MiB/s per connection,
#: moves about 100 MiB/s: a busier window than any creator's network makes.)
SOAK_SPEED = 2.5
#: Targets (see the module's docstring).
MAX_RSS_GROWTH = 20 * MIB
MAX_STALL_MS = 100.0
#: Threads and handles may differ by what a few uploads in flight hold (a thread and a couple of
#: sockets and files each); a leak grows without bound and passes these quickly.
MAX_THREAD_GROWTH = 12
MAX_HANDLE_GROWTH = 24
#: A tick is listed by the app only when later than this (ms); below it counts as on time.
LISTED_ABOVE_MS = 5.0


@dataclass
class Figures:
    command: str
    alive: bool
    exit_status: int | None
    seconds: float
    warm_up: float
    completed: int
    failed: int
    ticks: int
    worst_stall_ms: float
    worst_stall_after_warm_up_ms: float
    p99_ms: float
    ticks_over_50_ms: int
    ticks_over_100_ms: int
    rss_after_warm_up: int
    rss_peak: int
    rss_final: int
    rss_growth: int
    rss_growth_per_hour: float
    threads_after_warm_up: int
    threads_peak: int
    threads_final: int
    handles_after_warm_up: int | None
    handles_peak: int | None
    handles_final: int | None
    problems: list[str] = field(default_factory=list)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="measured after warm-up")
    parser.add_argument("--warm-up", type=float, default=60.0, help="seconds before measuring")
    parser.add_argument("--files", type=int, default=24, help="files kept in the queue")
    parser.add_argument(
        "--speed",
        type=float,
        default=SOAK_SPEED,
        help="demo server's MiB/s per connection (2 files x 4 chunks in flight share it)",
    )
    parser.add_argument(
        "--stalls",
        choices=("check", "report"),
        default="check",
        help="'report' prints the stall figures without failing on them: for short runs on "
        "shared machines (CI), where another job's burst of work can delay one tick",
    )
    parser.add_argument("--app", type=Path, help="a frozen build's executable")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--keep", type=Path, help="copy the app's diagnostics and log here")
    args = parser.parse_args(argv)

    command = [str(args.app)] if args.app else [sys.executable, "-m", "uploader_gui"]
    command += [
        "--demo",
        "--demo-files",
        str(args.files),
        "--demo-soak",
        "--demo-speed",
        str(args.speed),
    ]
    duration = args.warm_up + args.minutes * 60
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        scratch = Path(tmp)
        try:
            figures = soak(
                command, scratch, duration, args.warm_up, check_stalls=args.stalls == "check"
            )
        except RuntimeError as exc:  # no screen to run on
            print(f"The soak cannot run: {exc}", file=sys.stderr)
            return 2
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name in ("diagnostics.jsonl", "stdout.txt", "stderr.txt"):
                if (scratch / name).exists():
                    shutil.copy(scratch / name, args.keep / name)
    print_table(figures, args)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(asdict(figures), indent=2) + "\n", encoding="utf-8")
    for problem in figures.problems:
        print(f"FAILED: {problem}")
    return 1 if figures.problems else 0


def soak(
    command: list[str], scratch: Path, duration: float, warm_up: float, *, check_stalls: bool
) -> Figures:
    diagnostics = scratch / "diagnostics.jsonl"
    # No session bus and a memory-only keyring: the demo needs no key, and a soak must never
    # wait on (or write to) a keyring.
    env = isolated_env(scratch, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    with private_x_server("1440x900x24") as display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
        with (
            open(scratch / "stdout.txt", "wb") as out,
            open(scratch / "stderr.txt", "wb") as err,
        ):
            process = subprocess.Popen(
                [*command, "--diagnostics", str(diagnostics)],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=err,
            )
            started = time.monotonic()
            # This script only watches the clock: the app's own diagnostics carry the results.
            while time.monotonic() - started < duration and process.poll() is None:
                time.sleep(1.0)
            status = process.poll()
            if status is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    records = read_records(diagnostics)
    stderr_tail = (scratch / "stderr.txt").read_text(errors="replace")[-1500:]
    return judge(
        " ".join(command), records, status, warm_up, stderr_tail, check_stalls=check_stalls
    )


def judge(
    command: str,
    records: list[dict[str, Any]],
    status: int | None,
    warm_up: float,
    stderr_tail: str,
    *,
    check_stalls: bool = True,
) -> Figures:
    problems: list[str] = []
    if status is not None:
        problems.append(f"the app exited with status {status} before the end:\n{stderr_tail}")
    if not records:
        problems.append("the app wrote no diagnostics")
        records = [{"t": 0.0, "ticks": 0, "late_ms": [], "rss": 0, "threads": 0}]
    measured = [r for r in records if r["t"] >= warm_up] or records[-1:]
    first, last = measured[0], records[-1]
    late_all = [x for r in records for x in r["late_ms"]]
    late_measured = [x for r in measured for x in r["late_ms"]]
    ticks = sum(int(r["ticks"]) for r in measured)
    rss = [int(r["rss"] or 0) for r in measured]
    figures = Figures(
        command=command,
        alive=status is None,
        exit_status=status,
        seconds=float(last["t"]),
        warm_up=warm_up,
        completed=int(last.get("completed", 0)),
        failed=int(last.get("failed", 0)),
        ticks=ticks,
        worst_stall_ms=max(late_all, default=0.0),
        worst_stall_after_warm_up_ms=max(late_measured, default=0.0),
        p99_ms=percentile(late_measured, ticks, 0.99),
        ticks_over_50_ms=sum(1 for x in late_measured if x > 50),
        ticks_over_100_ms=sum(1 for x in late_measured if x > 100),
        rss_after_warm_up=rss[0],
        rss_peak=max(rss),
        rss_final=rss[-1],
        rss_growth=rss[-1] - rss[0],
        rss_growth_per_hour=slope_per_hour([float(r["t"]) for r in measured], rss),
        threads_after_warm_up=int(first["threads"]),
        threads_peak=max(int(r["threads"]) for r in measured),
        threads_final=int(last["threads"]),
        handles_after_warm_up=first.get("handles"),
        handles_peak=max((int(r["handles"]) for r in measured if r.get("handles")), default=None),
        handles_final=last.get("handles"),
        problems=problems,
    )
    if figures.rss_growth > MAX_RSS_GROWTH:
        problems.append(f"memory grew by {figures.rss_growth / MIB:.1f} MiB after the warm-up")
    if check_stalls and figures.worst_stall_after_warm_up_ms > MAX_STALL_MS:
        problems.append(
            f"the event loop stalled for {figures.worst_stall_after_warm_up_ms:.0f} ms "
            f"({figures.ticks_over_100_ms} ticks over {MAX_STALL_MS:.0f} ms)"
        )
    if figures.threads_final - figures.threads_after_warm_up > MAX_THREAD_GROWTH:
        problems.append(
            f"threads grew from {figures.threads_after_warm_up} to {figures.threads_final}"
        )
    if (
        figures.handles_final is not None
        and figures.handles_after_warm_up is not None
        and figures.handles_final - figures.handles_after_warm_up > MAX_HANDLE_GROWTH
    ):
        problems.append(
            f"open handles grew from {figures.handles_after_warm_up} to {figures.handles_final}"
        )
    if figures.failed:
        problems.append(f"{figures.failed} uploads failed")
    if figures.alive and figures.completed == 0:
        problems.append("no upload completed: the queue was not busy")
    return figures


def percentile(listed: list[float], ticks: int, q: float) -> float:
    """The q-quantile of lateness over ``ticks`` ticks, of which only those later than
    ``LISTED_ABOVE_MS`` were listed (the others count as on time)."""
    if ticks <= 0:
        return 0.0
    rank = int(ticks * q)
    on_time = ticks - len(listed)
    if rank < on_time:
        return 0.0  # on time: shown as "≤ 5 ms"
    ordered = sorted(listed)
    return ordered[min(rank - on_time, len(ordered) - 1)]


def slope_per_hour(times: list[float], values: list[int]) -> float:
    """Least-squares growth rate of ``values`` in units per hour (robust to one-off spikes that
    a first-and-last difference would take for a trend)."""
    if len(times) < 3 or max(times) - min(times) < 1:
        return 0.0
    return float(statistics.linear_regression(times, [float(v) for v in values]).slope) * 3600


def read_records(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            continue  # the last line may be cut by the stop
    return records


def print_table(f: Figures, args: argparse.Namespace) -> None:
    which = f"frozen app {args.app}" if args.app else "source tree"
    print(
        f"Soak of the window ({which}): {args.files} files kept queued, demo server at "
        f"{args.speed:g} MiB/s per connection, {f.seconds:.0f} s in all, measured after "
        f"{f.warm_up:.0f} s"
    )
    rows = [
        ("alive at the end", "yes" if f.alive else f"no (exit status {f.exit_status})"),
        ("uploads completed / failed", f"{f.completed} / {f.failed}"),
        ("RSS after warm-up / peak / final", mib(f.rss_after_warm_up, f.rss_peak, f.rss_final)),
        ("RSS growth (final - warm-up)", f"{f.rss_growth / MIB:+.1f} MiB"),
        ("RSS trend", trend(f)),
        ("event-loop ticks measured", str(f.ticks)),
        ("worst stall (after warm-up / whole run)", ms(f.worst_stall_after_warm_up_ms)
         + f" / {f.worst_stall_ms:.0f} ms"),
        ("p99 lateness", ms(f.p99_ms)),
        ("ticks over 50 / 100 ms", f"{f.ticks_over_50_ms} / {f.ticks_over_100_ms}"),
        ("threads after warm-up / peak / end",
         f"{f.threads_after_warm_up} / {f.threads_peak} / {f.threads_final}"),
        ("open handles after warm-up / peak / end",
         f"{f.handles_after_warm_up} / {f.handles_peak} / {f.handles_final}"),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    print(f"| {'figure':<{width}} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for name, value in rows:
        print(f"| {name:<{width}} | {value} |")


#: A least-squares trend over a shorter measured span is mostly allocator noise.
MIN_TREND_SECONDS = 300.0


def trend(f: Figures) -> str:
    if f.seconds - f.warm_up < MIN_TREND_SECONDS:
        return f"- (needs {MIN_TREND_SECONDS / 60:.0f} measured minutes)"
    return f"{f.rss_growth_per_hour / MIB:+.1f} MiB per hour"


def mib(*values: int) -> str:
    return " / ".join(f"{v / MIB:.1f}" for v in values) + " MiB"


def ms(value: float) -> str:
    return f"{value:.0f} ms" if value >= LISTED_ABOVE_MS else f"≤ {LISTED_ABOVE_MS:.0f} ms"


if __name__ == "__main__":
    sys.exit(main())
