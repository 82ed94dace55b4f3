"""How long the window's event loop stalls while uploads run, over runs long enough to count.

Opens the real window (offscreen unless a display is set), keeps ``--files`` videos uploading
in parallel to the local emulator for ``--seconds`` (a finished file is replaced by a new one,
dropped like a person would, so the run is as long as asked whatever the speed), and runs a
10 ms QTimer the whole time: every tick that arrives late means the window could not have
repainted or answered a click for that long. A few hundred ticks say nothing about the tail, so
a run is by duration (30 s gives about 3,000 ticks) and is repeated (``--runs``).

Four scenarios, each run ``--runs`` times, alternating, every run in a fresh process with a
fresh emulator (its own process, as api.video would be: its work is not the window's):

- ``full``: loopback with no cap, the emulator as fast as it can take bytes;
- ``capped``: one 20 MB/s uplink shared by every connection (``--uplink`` of the emulator), a
  good home fibre uplink;
- ``full+rows`` and ``capped+rows``: the same with 5,000 paused rows in the queue, the cost of a
  long queue.

Per run it reports ticks, the worst stall, the 99th percentile, the ticks over 50 ms, the
throughput, and the CPU seconds used by the window's (GUI) thread and by the upload threads.
Then the median of each figure over the runs of a scenario.

How the CPU is counted: the kernel's per-thread accounting, ``utime + stime`` of
``/proc/self/task/TID/stat`` (clock ticks, 10 ms each), read by a small sampler thread every
200 ms, keeping the last figure seen for every thread. A thread is the GUI thread (the main
thread's native id), an upload thread (a file's QThread, named ``upload N``, or a chunk sender
of the engine's pool, Python thread ``chunk_N``) or other (scanner, store writer, sampler).
Threads come and go (each file has its own), so what a thread used after its last sample is
lost to that breakdown; the process total (``getrusage``) is exact, and the difference is shown
as ``lost``. ``time.thread_time`` in each thread would be as exact but needs a hook in every
thread the engine starts; the kernel's figures need none.

Run: ``.venv/bin/python -m benchmarks.gui_stall [--seconds 30] [--runs 3]`` (or ``make
bench-stall``). ``--only capped`` runs one scenario; ``--profile FILE`` profiles the upload
threads (cProfile on their CPU clock) in a single run and writes the top entries to FILE;
``--trace-stalls FILE`` samples the window thread's Python stack every 2 ms and writes, for every
tick later than 30 ms, the stacks seen while it was late (what the window was doing, or waiting
behind, when it could not repaint).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TICK_MS = 10
#: The capped scenario's uplink: a good home fibre uplink, in the emulator's notation.
CAPPED_RATE = "20MB/s"
SCENARIOS = ("full", "capped", "full+rows", "capped+rows")
CLOCK_TICK = os.sysconf("SC_CLK_TCK")


@dataclass
class RunResult:
    """One run's figures, as the child process reports them to the parent (JSON)."""

    scenario: str
    seconds: float
    ticks: int
    worst_ms: float
    p99_ms: float
    over_50: int
    bytes_sent: int
    files_done: int
    gui_cpu: float
    upload_cpu: float
    other_cpu: float
    lost_cpu: float
    process_cpu: float
    failed: str = ""
    #: Seconds from the first drop to the worst stall's end: at the start, it is the drop's.
    worst_at: float = 0.0
    threads: dict[str, float] = field(default_factory=dict)

    @property
    def throughput(self) -> float:
        """MB/s (decimal, as the uplink's cap is written)."""
        return self.bytes_sent / self.seconds / 1e6 if self.seconds else 0.0


class ThreadCpu:
    """Per-thread CPU seconds from the kernel, sampled from a thread of its own (see the
    module's docstring). The sampler holds the interpreter for a few file reads every 200 ms."""

    def __init__(self, gui_tid: int, interval: float = 0.2) -> None:
        self._gui_tid = gui_tid
        self._interval = interval
        self._seen: dict[int, tuple[str, float]] = {}
        self._start: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="cpu-sampler", daemon=True)

    def start(self) -> None:
        self._start = {tid: cpu for tid, (_, cpu) in self._read().items()}
        self._thread.start()

    def stop(self) -> dict[str, float]:
        """CPU seconds used since ``start`` by kind: ``gui``, ``upload``, ``other``."""
        self._stop.set()
        self._thread.join()
        self._sample()
        used = {"gui": 0.0, "upload": 0.0, "other": 0.0}
        for tid, (kind, cpu) in self._seen.items():
            used[kind] += cpu - self._start.get(tid, 0.0)
        return used

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            self._sample()

    def _sample(self) -> None:
        names = {t.native_id: t.name for t in threading.enumerate()}
        for tid, (comm, cpu) in self._read().items():
            self._seen[tid] = (self._kind(tid, comm, names.get(tid, "")), cpu)

    def _kind(self, tid: int, comm: str, name: str) -> str:
        if tid == self._gui_tid:
            return "gui"
        if comm.startswith("upload") or name.startswith("chunk"):
            return "upload"
        return "other"

    @staticmethod
    def _read() -> dict[int, tuple[str, float]]:
        found: dict[int, tuple[str, float]] = {}
        for entry in os.scandir("/proc/self/task"):
            try:
                with open(f"/proc/self/task/{entry.name}/stat") as f:
                    text = f.read()
            except OSError:  # the thread ended between the listing and the read
                continue
            # The name sits in parentheses and may hold spaces: split after the last one.
            comm = text[text.index("(") + 1 : text.rindex(")")]
            fields = text[text.rindex(")") + 2 :].split()
            utime, stime = int(fields[11]), int(fields[12])
            found[int(entry.name)] = (comm, (utime + stime) / CLOCK_TICK)
        return found


def process_cpu() -> float:
    """User + system seconds of this process, every thread that ever ran included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="length of one run")
    parser.add_argument("--runs", type=int, default=3, help="runs per scenario")
    parser.add_argument("--files", type=int, default=4, help="files uploading at once")
    parser.add_argument("--size", type=int, default=256, help="MiB per file")
    parser.add_argument("--chunk", type=int, default=16, help="chunk size in MiB")
    parser.add_argument("--rows", type=int, default=5000, help="paused rows in the +rows runs")
    parser.add_argument("--rate", default=CAPPED_RATE, help="the capped scenario's uplink")
    parser.add_argument("--only", action="append", choices=SCENARIOS, help="scenario to run")
    parser.add_argument("--json", type=Path, help="also write every run's figures here")
    parser.add_argument("--profile", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace-stalls", type=Path, help="write the stacks behind late ticks")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    scenarios = args.only or list(SCENARIOS)
    results: list[RunResult] = []
    for round_ in range(args.runs):
        # Alternate the scenarios, rotating the order, so a drift of the machine spreads evenly.
        order = scenarios[round_ % len(scenarios) :] + scenarios[: round_ % len(scenarios)]
        for scenario in order:
            result = spawn(scenario, args)
            results.append(result)
            print(row(f"{scenario} #{round_ + 1}", result), flush=True)
    print()
    print_table(scenarios, results, args)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))
    return 1 if any(r.failed for r in results) else 0


def spawn(scenario: str, args: argparse.Namespace) -> RunResult:
    """One run in a fresh process: nothing left from an earlier run counts in this one."""
    command = [sys.executable, "-m", "benchmarks.gui_stall", "--child", scenario]
    for name in ("seconds", "files", "size", "chunk", "rows", "rate", "profile", "trace_stalls"):
        value = getattr(args, name)
        if value is not None:
            command += [f"--{name.replace('_', '-')}", str(value)]
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{scenario}: the run reported nothing (exit {done.returncode})")
    return RunResult(**json.loads(lines[-1]))


def child(args: argparse.Namespace) -> int:
    """One run of one scenario; prints its figures as one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scenario: str = args.child
    rate = args.rate if scenario.startswith("capped") else ""
    with tempfile.TemporaryDirectory(prefix="gui-stall-") as tmp:
        root = Path(tmp)
        server_args = [
            sys.executable,
            "-m",
            "uploader_gui.emulator",
            "--data-dir",
            str(root / "server"),
            "--api-key",
            demo_key(),
            "--encoding-delay",
            "0.5",
        ]
        if rate:
            server_args += ["--uplink", rate]
        server = subprocess.Popen(
            server_args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        try:
            assert server.stdout is not None
            base_url = server.stdout.readline().strip().rsplit(" ", 1)[-1]
            result = measure(root, base_url, scenario, args)
        finally:
            server.terminate()
            server.wait(30)
    print(json.dumps(asdict(result)))
    return 0


def demo_key() -> str:
    from uploader_gui.gui.settings_dialog import DEMO_KEY

    return DEMO_KEY


def measure(root: Path, base_url: str, scenario: str, args: argparse.Namespace) -> RunResult:
    """The window, kept busy for ``args.seconds`` while the timer counts late ticks."""
    import keyring.backends.fail
    from PySide6.QtCore import QEventLoop, QSettings, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from uploader_gui.core.environments import Environment, EnvironmentKind
    from uploader_gui.core.limits import MIB
    from uploader_gui.core.secrets import SecretStore
    from uploader_gui.core.store import UploadStore
    from uploader_gui.gui.app import settle_interpreter, tune_interpreter
    from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
    from uploader_gui.gui.demo_server import write_sample_video
    from uploader_gui.gui.main_window import MainWindow
    from uploader_gui.gui.queue_item import ItemState, QueueItem

    tune_interpreter()  # as the app does
    app = QApplication([sys.argv[0]])
    qInstallMessageHandler(lambda *_: None)  # the offscreen platform's notes are not results
    settings = AppSettings(QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat))
    # The server as a Custom URL with a stored key and a queue on disk: the path real uploads
    # take (every acknowledged chunk is committed to SQLite).
    settings.save(
        UploadPreferences(
            environment=EnvironmentKind.CUSTOM,
            custom_url=base_url,
            chunk_size=args.chunk * MIB,
            parallel_files=args.files,
        )
    )
    store = SecretStore(backend=keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    store.set_api_key(f"custom:{base_url}", demo_key())

    def resolve(kind: EnvironmentKind, url: str) -> Environment:
        return Environment(EnvironmentKind.CUSTOM, base_url)

    window = MainWindow(store, settings, resolve, upload_store=UploadStore(root / "up.sqlite3"))
    window.show()
    if scenario.endswith("+rows"):
        window.model.add(
            QueueItem(path=root / f"waiting {i}.mp4", size=MIB, state=ItemState.PAUSED)
            for i in range(args.rows)
        )
    settle_interpreter()  # as the app does once its window is built
    profiler = UploadProfiler() if args.profile else None
    if profiler:
        profiler.install()
    made = [0]

    def new_files(count: int) -> list[Path]:
        paths = []
        for _ in range(count):
            made[0] += 1
            path = root / f"video {made[0]}.mp4"
            # Sparse, tagged so that no two look like the same video to the duplicate check.
            write_sample_video(path, args.size * MIB, tag=path.name)
            # Videos that exist already, as a creator's are: a file written in the last few
            # seconds is watched briefly first, in case it is a recording still under way.
            an_hour_ago = time.time() - 3600
            os.utime(path, (an_hour_ago, an_hour_ago))
            paths.append(path)
        return paths

    tracer = StallTracer(threading.main_thread().ident) if args.trace_stalls else None
    lateness: list[float] = []
    last = [0.0]
    max_late = [0.0, 0.0]  # the worst tick's lateness, and when it came

    def tick() -> None:
        now = time.perf_counter()
        late = max(0.0, (now - last[0]) * 1000 - TICK_MS)
        if not lateness or late > max_late[0]:
            max_late[:] = [late, now - started]
        lateness.append(late)
        if tracer and late > 30:
            tracer.late(last[0], now, late)
        last[0] = now

    # The rows this run dropped, collected as they are inserted: walking the whole queue every
    # 100 ms would charge the window's thread with the benchmark's own work (0.4 s in 15 s with
    # 5,000 rows).
    ours: list[QueueItem] = []

    def inserted(_parent: object, first: int, last: int) -> None:
        ours.extend(window.model.item(row) for row in range(first, last + 1))

    window.model.rowsInserted.connect(inserted)

    def live() -> list[QueueItem]:
        return ours

    def top_up() -> None:
        """Keep ``--files`` uploads going: a finished one is replaced by a new file."""
        if time.perf_counter() >= deadline:
            loop.quit()  # not the application's: closing the window would ask to confirm
            return
        busy = [i for i in live() if not (i.state.finished or i.state is ItemState.PROCESSING)]
        missing = args.files - len(busy) - pending()
        if missing > 0:
            window.add_paths(new_files(missing))

    def pending() -> int:
        """Files dropped but not yet rows (the scan runs on a thread of its own)."""
        return made[0] - len(live())

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    keep = QTimer()
    keep.setInterval(100)
    keep.timeout.connect(top_up)
    # Paint the window once first: the first frame (fonts, layout) is start-up, not upload, cost.
    for _ in range(5):
        app.processEvents()
    cpu = ThreadCpu(threading.get_native_id())
    cpu.start()
    if tracer:
        tracer.start()
    process_start = process_cpu()
    started = time.perf_counter()
    deadline = started + args.seconds
    window.add_paths(new_files(args.files))
    last[0] = time.perf_counter()
    timer.start()
    keep.start()
    loop = QEventLoop()
    loop.exec()
    elapsed = time.perf_counter() - started
    timer.stop()
    keep.stop()
    items = live()
    sent = sum(
        i.size if i.state.finished or i.state is ItemState.PROCESSING else i.bytes_done
        for i in items
    )
    done = sum(1 for i in items if i.state.finished or i.state is ItemState.PROCESSING)
    failed = [i for i in items if i.state is ItemState.FAILED]
    used = cpu.stop()
    total_cpu = process_cpu() - process_start
    if profiler:
        profiler.write(args.profile)
    if tracer:
        tracer.stop()
        tracer.write(args.trace_stalls, started)
    window.manager.shutdown(5000)
    window.scanner.shutdown()

    lateness.sort()
    return RunResult(
        scenario=scenario,
        seconds=elapsed,
        ticks=len(lateness),
        worst_ms=lateness[-1] if lateness else 0.0,
        p99_ms=lateness[int(len(lateness) * 0.99)] if lateness else 0.0,
        over_50=sum(1 for x in lateness if x > 50),
        bytes_sent=sent,
        files_done=done,
        gui_cpu=used["gui"],
        upload_cpu=used["upload"],
        other_cpu=used["other"],
        lost_cpu=max(0.0, total_cpu - sum(used.values())),
        process_cpu=total_cpu,
        failed=failed[0].state_text() if failed else "",
        worst_at=max_late[1],
    )


class UploadProfiler:
    """cProfile on every upload thread (the files' QThreads and the engine's chunk senders),
    timed by each thread's own CPU clock, so a thread waiting on a socket or for the
    interpreter costs nothing and the entries show where CPU went. One profiler per thread,
    merged at the end."""

    def __init__(self) -> None:
        import cProfile

        self._profiles: list[cProfile.Profile] = []
        self._lock = threading.Lock()

    def install(self) -> None:
        """Wrap the two places upload threads start: ``UploadWorker.run`` and the engine's
        chunk pool's worker threads."""
        import concurrent.futures.thread as pool_thread

        from uploader_gui.gui.upload_worker import UploadWorker

        original_run = UploadWorker.run
        original_worker = pool_thread._worker

        def profiled_run(worker: UploadWorker) -> None:
            self._within(lambda: original_run(worker))

        def profiled_worker(*a: Any, **k: Any) -> None:
            self._within(lambda: original_worker(*a, **k))

        setattr(UploadWorker, "run", profiled_run)  # noqa: B010 (a method replaced on purpose)
        setattr(pool_thread, "_worker", profiled_worker)  # noqa: B010

    def _within(self, work: Callable[[], object]) -> None:
        import cProfile

        profile = cProfile.Profile(time.thread_time)
        with self._lock:
            self._profiles.append(profile)
        profile.enable()
        try:
            work()
        finally:
            profile.disable()

    def write(self, path: Path) -> None:
        """The top entries by own time and by cumulative time, as pstats prints them."""
        import io
        import pstats

        with self._lock:
            profiles = list(self._profiles)
        for profile in profiles:
            profile.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiles[0], stream=out)
        for profile in profiles[1:]:
            stats.add(profile)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(25)
        path.write_text(out.getvalue())


class StallTracer:
    """The window thread's Python stack sampled every 2 ms from a thread of its own, kept for
    the moments a tick came late. A sample is taken when the sampler gets the interpreter, so
    a stack seen during a stall is either what the window thread was running or the place it
    was waiting for the interpreter held by another thread: both are what to look at."""

    def __init__(self, thread_id: int | None, interval: float = 0.002) -> None:
        self._thread_id = thread_id
        self._interval = interval
        self._samples: list[tuple[float, float, tuple[str, ...]]] = []
        self._late: list[tuple[float, float, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="stall tracer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def late(self, begin: float, end: float, late_ms: float) -> None:
        self._late.append((begin, end, late_ms))

    def _loop(self) -> None:
        import traceback

        # The window thread's own CPU clock beside each sample: a late tick during which it ran
        # was work on that thread (Python or Qt's C++); one during which it did not was a wait
        # (for the interpreter, or for a core).
        clock = time.pthread_getcpuclockid(self._thread_id or 0)
        while not self._stop.wait(self._interval):
            frame = sys._current_frames().get(self._thread_id or 0)
            if frame is None:
                continue
            stack = tuple(
                f"{Path(f.filename).name}:{f.lineno} {f.name}"
                for f in traceback.extract_stack(frame, limit=12)
            )
            self._samples.append((time.perf_counter(), time.clock_gettime(clock), stack))
            # A long run keeps only what a late tick could still need.
            if len(self._samples) > 200_000:
                del self._samples[:100_000]

    def write(self, path: Path, started: float) -> None:
        from collections import Counter

        lines: list[str] = []
        for begin, end, late_ms in sorted(self._late, key=lambda x: -x[2])[:20]:
            within = [(cpu, stack) for at, cpu, stack in self._samples if begin <= at <= end]
            seen = Counter(stack for _, stack in within)
            ran = (within[-1][0] - within[0][0]) * 1000 if len(within) > 1 else 0.0
            lines.append(
                f"## {late_ms:.0f} ms late, at {end - started:.2f} s ({sum(seen.values())} samples;"
                f" the window thread ran {ran:.0f} ms of it)"
            )
            for stack, count in seen.most_common(4):
                lines.append(f"{count} x")
                lines.extend(f"    {entry}" for entry in stack)
            lines.append("")
        path.write_text("\n".join(lines) + "\n")


def row(label: str, r: RunResult) -> str:
    """One line of the table."""
    return (
        f"| {label} | {r.throughput:.1f} MB/s | {r.ticks} | {r.worst_ms:.0f} ms "
        f"at {r.worst_at:.1f} s | "
        f"{r.p99_ms:.1f} ms | {r.over_50} | {r.gui_cpu:.2f} s | {r.upload_cpu:.2f} s | "
        f"{r.other_cpu + r.lost_cpu:.2f} s | {r.process_cpu:.2f} s |"
        + (f" FAILED: {r.failed}" if r.failed else "")
    )


HEADER = (
    "| run | throughput | ticks | worst stall (s after the drop) | p99 | ticks over 50 ms | "
    "GUI thread CPU | upload threads CPU | other CPU | process CPU |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def print_table(scenarios: list[str], results: list[RunResult], args: argparse.Namespace) -> None:
    """Every run, then the median of each figure per scenario."""
    print(
        f"{args.files} files at once, {args.size} MiB each, {args.chunk} MiB chunks, "
        f"{args.seconds:.0f} s per run, {args.runs} runs per scenario; capped = one "
        f"{args.rate} uplink; +rows = {args.rows} paused rows; {os.cpu_count()} cores"
    )
    print()
    print(HEADER)
    for scenario in scenarios:
        runs = [r for r in results if r.scenario == scenario]
        for i, r in enumerate(runs):
            print(row(f"{scenario} #{i + 1}", r))
    print()
    print(HEADER.replace("| run |", "| median |", 1))
    for scenario in scenarios:
        runs = [r for r in results if r.scenario == scenario]

        def med(name: str, runs: list[RunResult] = runs) -> float:
            return float(statistics.median(getattr(r, name) for r in runs))

        median = RunResult(
            scenario=scenario,
            seconds=1.0,
            ticks=round(med("ticks")),
            worst_ms=med("worst_ms"),
            p99_ms=med("p99_ms"),
            over_50=round(med("over_50")),
            bytes_sent=round(statistics.median(r.throughput for r in runs) * 1e6),
            files_done=round(med("files_done")),
            gui_cpu=med("gui_cpu"),
            upload_cpu=med("upload_cpu"),
            other_cpu=statistics.median(r.other_cpu + r.lost_cpu for r in runs),
            lost_cpu=0.0,
            process_cpu=med("process_cpu"),
            worst_at=med("worst_at"),
        )
        print(row(scenario, median))
    print()
    print(
        "CPU in seconds over the run (kernel accounting per thread); other = the remaining "
        "threads plus CPU of threads that ended between two samples."
    )


if __name__ == "__main__":
    sys.exit(main())
