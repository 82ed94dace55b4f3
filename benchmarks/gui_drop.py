"""How quickly the window opens, and how quickly a drop of a 5,000-file folder becomes rows.

Two figures a person feels: the time from starting the program to the first painted window, and
the time from dropping a folder of 5,000 videos to all of them listed in the queue (checked by
content and saved to the upload list on the scanning thread, as a real drop is). No API key is
set, so nothing is uploaded and the drop alone is measured.

Run: ``.venv/bin/python benchmarks/gui_drop.py [--files 5000]``
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

# A tiny MP4 header: enough for the content check to call it a video.
MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 1000

FIRST_PAINT = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
import keyring.backends.fail
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.secrets import SecretStore
from uploader_gui.gui.app_settings import AppSettings
from uploader_gui.gui.main_window import MainWindow
app = QApplication([sys.argv[0]])
settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = MainWindow(SecretStore(backend=keyring.backends.fail.Keyring()), settings,
                    lambda kind, url: Environment(EnvironmentKind.SANDBOX, "https://sandbox.api.video"))
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{time.perf_counter() - t0:.3f}", flush=True)
            app.quit()
        return False
f = Painted()
window.installEventFilter(f)
window.show()
app.exec()
"""


def first_paint(runs: int, tmp: Path) -> list[float]:
    """Seconds from interpreter start-up (imports included) to the window's first paint."""
    times = []
    for i in range(runs):
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", FIRST_PAINT, str(tmp / f"s{i}.ini")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert out.stdout.strip(), out.stderr
        times.append(time.perf_counter() - started)
    return times


def drop(count: int, tmp: Path) -> float:
    import keyring.backends.fail
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from uploader_gui.core.environments import Environment, EnvironmentKind
    from uploader_gui.core.secrets import SecretStore
    from uploader_gui.core.store import UploadStore
    from uploader_gui.gui.app_settings import AppSettings
    from uploader_gui.gui.main_window import MainWindow

    folder = tmp / "drop"
    for sub in range(10):
        (folder / f"day {sub}").mkdir(parents=True)
        for i in range(count // 10):
            (folder / f"day {sub}" / f"clip {i}.mp4").write_bytes(MP4_HEAD)
    app = QApplication([sys.argv[0]])
    qInstallMessageHandler(lambda *_: None)
    settings = AppSettings(QSettings(str(tmp / "drop.ini"), QSettings.Format.IniFormat))
    window = MainWindow(
        SecretStore(backend=keyring.backends.fail.Keyring()),  # type: ignore[no-untyped-call]
        settings,
        lambda kind, url: Environment(EnvironmentKind.SANDBOX, "https://sandbox.api.video"),
        upload_store=UploadStore(tmp / "uploads.sqlite3"),
    )
    window.show()
    for _ in range(5):
        app.processEvents()
    started = time.perf_counter()
    window.add_paths([folder])
    deadline = started + 120
    while window.model.rowCount() < count and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    rows = window.model.rowCount()
    window.manager.shutdown(3000)
    window.scanner.shutdown()
    if rows < count:
        raise SystemExit(f"only {rows} of {count} rows after {elapsed:.1f} s")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (median shown)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gui-drop-") as tmp:
        paint = sorted(first_paint(args.runs, Path(tmp)))
        took = drop(args.files, Path(tmp))
    print("| measure | result |")
    print("|---|---:|")
    median = paint[len(paint) // 2]
    print(f"| start to first painted window (median of {args.runs}) | {median:.2f} s |")
    print(f"| drop of a {args.files:,}-file folder to all rows listed | {took:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
