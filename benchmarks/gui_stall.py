"""How long the window's event loop can stall while uploads run at full speed.

Opens the real window (offscreen unless a display is set), queues four sparse videos, lets them
upload in parallel to the local emulator with no speed cap, and runs a 10 ms QTimer the whole
time: every tick that arrives late means the window could not have repainted or answered a click
for that long. Reports the worst stall, the 99th percentile and the throughput.

Run: ``.venv/bin/python benchmarks/gui_stall.py [--files 4] [--size 64] [--chunk 8]``
(sizes in MiB). ``--rows 5000`` adds 5,000 paused rows, to show the cost of a long queue. The
emulator runs in a separate process (as the real server would) unless ``--in-process``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring.backends.fail  # noqa: E402
from PySide6.QtCore import QSettings, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from uploader_gui.core.environments import Environment, EnvironmentKind  # noqa: E402
from uploader_gui.core.limits import MIB  # noqa: E402
from uploader_gui.core.secrets import SecretStore  # noqa: E402
from uploader_gui.core.store import UploadStore  # noqa: E402
from uploader_gui.core.units import format_size  # noqa: E402
from uploader_gui.emulator import Emulator  # noqa: E402
from uploader_gui.gui.app import tune_interpreter  # noqa: E402
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences  # noqa: E402
from uploader_gui.gui.demo_server import write_sample_video  # noqa: E402
from uploader_gui.gui.main_window import MainWindow  # noqa: E402
from uploader_gui.gui.queue_item import ItemState, QueueItem  # noqa: E402
from uploader_gui.gui.settings_dialog import DEMO_KEY  # noqa: E402

TICK_MS = 10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--size", type=int, default=64, help="MiB per file")
    parser.add_argument("--chunk", type=int, default=8, help="chunk size in MiB")
    parser.add_argument("--rows", type=int, default=0, help="extra waiting rows in the queue")
    parser.add_argument(
        "--in-process", action="store_true", help="run the emulator inside this process"
    )
    args = parser.parse_args()

    tune_interpreter()  # as the app does
    app = QApplication([sys.argv[0]])
    qInstallMessageHandler(lambda *_: None)  # the offscreen platform's notes are not results
    with tempfile.TemporaryDirectory(prefix="gui-stall-") as tmp:
        root = Path(tmp)
        if args.in_process:
            emulator = Emulator(root / "server", (DEMO_KEY,), encoding_delay=0.5).start()
            try:
                return run(app, root, emulator.base_url, args)
            finally:
                emulator.stop()
        # By default the server runs in its own process, as api.video would: its work must not
        # count as the window's.
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uploader_gui.emulator",
                "--data-dir",
                str(root / "server"),
                "--api-key",
                DEMO_KEY,
                "--encoding-delay",
                "0.5",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            line = server.stdout.readline().strip()
            base_url = line.rsplit(" ", 1)[-1]
            return run(app, root, base_url, args)
        finally:
            server.terminate()
            server.wait(30)


def run(app: QApplication, root: Path, base_url: str, args: argparse.Namespace) -> int:
    settings = AppSettings(QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat))
    # The server as a Custom URL with a stored key and a queue on disk: the path real uploads
    # take (every acknowledged chunk is committed to SQLite by the upload threads).
    settings.save(
        UploadPreferences(
            environment=EnvironmentKind.CUSTOM,
            custom_url=base_url,
            chunk_size=args.chunk * MIB,
            parallel_files=args.files,
        )
    )
    store = SecretStore(backend=keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    store.set_api_key(f"custom:{base_url}", DEMO_KEY)

    def resolve(kind: EnvironmentKind, url: str) -> Environment:
        return Environment(EnvironmentKind.CUSTOM, base_url)

    upload_store = UploadStore(root / "uploads.sqlite3")
    window = MainWindow(store, settings, resolve, upload_store=upload_store)
    window.show()
    files = []
    for i in range(args.files):
        path = root / f"video {i}.mp4"
        write_sample_video(path, args.size * MIB)
        files.append(path)
    if args.rows:
        window.model.add(
            QueueItem(path=root / f"waiting {i}.mp4", size=MIB, state=ItemState.PAUSED)
            for i in range(args.rows)
        )

    lateness: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
        last[0] = now

    def check() -> None:
        items = [i for i in window.model.items if i.state is not ItemState.PAUSED]
        if len(items) == args.files and all(
            i.state.finished or i.state is ItemState.PROCESSING for i in items
        ):
            app.quit()

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    done = QTimer()
    done.setInterval(100)
    done.timeout.connect(check)
    # Paint the window once first: the first frame (fonts, layout) is start-up, not upload, cost.
    for _ in range(5):
        app.processEvents()
    started = time.perf_counter()
    # Dropped like a person would: checked and saved on the scanning thread, then uploaded.
    window.add_paths(files)
    timer.start()
    done.start()
    app.exec()
    elapsed = time.perf_counter() - started
    timer.stop()
    failed = [i for i in window.model.items if i.state is ItemState.FAILED]
    window.manager.shutdown(5000)
    window.scanner.shutdown()

    lateness.sort()
    total = args.files * args.size * MIB
    p99 = lateness[int(len(lateness) * 0.99)] if lateness else 0.0
    print(f"files: {args.files} × {args.size} MiB, chunk {args.chunk} MiB, extra rows {args.rows}")
    print(f"uploaded {format_size(total)} in {elapsed:.1f} s ({format_size(total / elapsed)}/s)")
    print(
        f"ticks: {len(lateness)}; worst stall {lateness[-1]:.1f} ms; p99 {p99:.1f} ms; "
        f"ticks over 50 ms: {sum(1 for x in lateness if x > 50)}"
    )
    if failed:
        print(f"FAILED: {failed[0].state_text()}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
