"""Starting the window: ``uploader-gui`` (your account), ``--demo`` (a built-in practice
server), ``--self-test`` (an unattended upload through the window's own path)."""

from __future__ import annotations

import argparse
import gc
import hashlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from uploader_gui import APP_DISPLAY_NAME, APP_NAME, __version__
from uploader_gui.core.environments import (
    Environment,
    EnvironmentKind,
    production,
    sandbox,
    validate_base_url,
)
from uploader_gui.core.limits import MIB

if TYPE_CHECKING:  # Qt is imported when the window starts, so --version stays instant
    from PySide6.QtCore import QCoreApplication, QTranslator

    from uploader_gui.gui.app_settings import AppSettings

log = logging.getLogger(__name__)

MSG_NO_SCREEN = (
    f"{APP_DISPLAY_NAME} needs a screen, and none was found (DISPLAY and WAYLAND_DISPLAY are "
    f"not set). To upload from a terminal, run: {APP_NAME} upload FILE"
)
SELF_TEST_SIZE = 11 * MIB
SELF_TEST_CHUNK = 5 * MIB
SELF_TEST_TIMEOUT = 120.0
#: Per-connection speed of the demo server, so progress is visible as it would be on a network.
DEMO_BANDWIDTH = 12 * MIB
DEMO_CHUNK = 8 * MIB


#: The window shares the interpreter with the upload threads; switching between threads every
#: millisecond instead of every 5 ms keeps it responsive (measured by benchmarks/gui_stall.py).
GIL_SWITCH_INTERVAL = 0.001


def tune_interpreter() -> None:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)


def settle_interpreter() -> None:
    """Once the window is built, everything made so far (modules, Qt's wrappers, the window)
    lives as long as the app: it is moved out of the garbage collector's reach
    (``gc.freeze``), so a full collection walks only what was made since. Walking everything,
    one full collection held the interpreter for about 60 ms during an upload at full speed,
    a stall the window felt every 20 s or so (measured by benchmarks/gui_stall.py)."""
    gc.collect()
    gc.freeze()


def needs_screen() -> bool:
    """True on X11/Wayland systems started without a display (Qt would abort otherwise)."""
    if sys.platform == "win32" or sys.platform == "darwin":
        return False
    else:
        return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=f"{APP_DISPLAY_NAME}: drag videos in, get links out.",
        epilog=(
            f"Without a window: '{APP_NAME} upload FILE...' uploads and prints the links, "
            f"'{APP_NAME} watch FOLDER...' uploads every video that appears in a folder "
            "(each has its own --help)."
        ),
    )
    parser.add_argument("files", nargs="*", type=Path, help="videos or folders to add at start")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="try everything on a built-in practice server; nothing leaves this computer",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="upload a generated file to a built-in server through the window, then exit "
        "(0 on success)",
    )
    parser.add_argument(
        "--hidden",
        action="store_true",
        help="start in the system tray without showing the window, watching the watched "
        "folders (as at login)",
    )
    parser.add_argument("--version", action="version", version=f"{APP_DISPLAY_NAME} {__version__}")
    # Pre-queue generated sample files in the demo (for screenshots and trying things out).
    parser.add_argument("--demo-files", type=int, default=0, help=argparse.SUPPRESS)
    # Per-connection speed cap of the demo server in MiB/s (0 = as fast as the disk).
    parser.add_argument(
        "--demo-speed", type=float, default=DEMO_BANDWIDTH / MIB, help=argparse.SUPPRESS
    )
    # Keep the demo queue at --demo-files files for as long as the window runs (long sessions).
    parser.add_argument("--demo-soak", action="store_true", help=argparse.SUPPRESS)
    # Open the window at this size, WIDTHxHEIGHT (screenshots of small screens).
    parser.add_argument("--window-size", type=_window_size, help=argparse.SUPPRESS)
    # Write the event loop's lateness and the process's footprint here, a JSON line a second.
    parser.add_argument("--diagnostics", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _window_size(text: str) -> tuple[int, int]:
    """``1024x640`` → ``(1024, 640)``."""
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1024x640: {text!r}") from None
    if not all(0 < n <= 20_000 for n in size):
        raise argparse.ArgumentTypeError(f"not a size like 1024x640: {text!r}")
    return size


def main(argv: list[str]) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else 2
    if args.self_test and needs_screen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if needs_screen():
        print(MSG_NO_SCREEN, file=sys.stderr)
        return 2
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    # Qt is imported here only, so ``--version`` and the no-screen message stay instant.
    from PySide6.QtCore import QCoreApplication, QSettings, Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QMessageBox

    from uploader_gui.core.instance_lock import InstanceLock
    from uploader_gui.core.secrets import SecretStore, default_store
    from uploader_gui.core.store import StoreTooNewError, UploadStore
    from uploader_gui.gui.app_icon import app_icon
    from uploader_gui.gui.app_settings import AppSettings
    from uploader_gui.gui.demo_server import DemoServer
    from uploader_gui.gui.logging_setup import CrashReporter, route_qt_messages, setup_logging
    from uploader_gui.gui.main_window import MainWindow
    from uploader_gui.gui.problem_words import already_running_words, error_words
    from uploader_gui.gui.settings_dialog import DEMO_KEY
    from uploader_gui.gui.translations import fill, remove_translators

    log_path: Path | None
    try:
        log_path = setup_logging()
    except OSError as exc:  # a read-only home must not stop the app
        print(f"Could not open the log file: {exc}", file=sys.stderr)
        log_path = None
    log.info(
        "Starting %s %s (demo=%s, self-test=%s)", APP_NAME, __version__, args.demo, args.self_test
    )

    tune_interpreter()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)  # matches resources/uploader-gui.desktop (Wayland icons)
    app.setWindowIcon(app_icon())
    route_qt_messages()
    reporter = CrashReporter(log_path, app)
    reporter.install()

    speed = max(0.0, float(args.demo_speed)) * MIB
    demo = DemoServer(bandwidth=0.0 if args.self_test else speed)
    trial = args.demo or args.self_test
    upload_store: UploadStore | None = None
    lock: InstanceLock | None = None
    store_problem = ""
    if trial:
        # The demo and the self-test keep their settings in the demo folder, so the person's
        # own choices are untouched; the self-test does not even ask the keyring.
        import keyring.backends.fail

        qsettings = QSettings(str(demo.root / "settings.ini"), QSettings.Format.IniFormat)
        memory_only = keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]
        store = SecretStore(backend=memory_only) if args.self_test else default_store()
        settings = AppSettings(qsettings)
        # The demo speaks the language the person chose for the app (read, never written).
        translators = _install_language(app, settings if args.self_test else AppSettings())
        prefs = settings.load()
        if not args.self_test:  # and it looks as the person chose (read, never written)
            prefs.appearance = AppSettings().load().appearance
        prefs.environment = EnvironmentKind.DEMO
        prefs.chunk_size = SELF_TEST_CHUNK if args.self_test else DEMO_CHUNK
        if args.self_test:
            # The self-test goes the way real uploads go: a server address and a key from the
            # secret store, and a queue kept on disk (a throw-away one).
            prefs.environment = EnvironmentKind.CUSTOM
            prefs.custom_url = demo.base_url()
            store.set_api_key(f"custom:{prefs.custom_url}", DEMO_KEY)
            upload_store = UploadStore(demo.root / "uploads.sqlite3")
        settings.save(prefs)
    else:
        store = default_store()
        settings = AppSettings()
        translators = _install_language(app, settings)
        try:
            upload_store = UploadStore()
            lock = InstanceLock(upload_store.lock_path)
            if not lock.acquire():
                box = QMessageBox(
                    QMessageBox.Icon.Information, APP_DISPLAY_NAME, already_running_words()
                )
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.exec()
                upload_store.close()
                return 1
        except (StoreTooNewError, RuntimeError, OSError) as exc:
            log.warning("Working without a saved upload list: %s", exc)
            store_problem = fill(
                QCoreApplication.translate(
                    "App",
                    "The upload list cannot be kept on disk (%1). Uploads work, but unfinished "
                    "ones will not continue after the app closes.",
                ),
                error_words(exc),
            )
            upload_store = None

    def resolve(kind: EnvironmentKind, custom_url: str) -> Environment:
        if kind is EnvironmentKind.PRODUCTION:
            return production()
        if kind is EnvironmentKind.SANDBOX:
            return sandbox()
        if kind is EnvironmentKind.DEMO:
            try:
                return Environment(EnvironmentKind.DEMO, demo.base_url())
            except OSError as exc:
                words = QCoreApplication.translate(
                    "App", "the local demo server could not start (%1)."
                )
                raise ValueError(fill(words, str(exc))) from exc
        return Environment(EnvironmentKind.CUSTOM, validate_base_url(custom_url))

    window = MainWindow(store, settings, resolve, upload_store=upload_store, log_path=log_path)
    if store_problem:
        window.store_notice.show_message(store_problem)
    reporter.window = window
    if args.window_size is not None:
        window.resize(*args.window_size)
    settle_interpreter()
    if not args.hidden:
        window.show()
    elif window.notifier.tray is None:
        window.showMinimized()  # no tray to come back from: kept within reach in the taskbar
    if args.files:
        window.add_paths(list(args.files))
    workload = None
    if args.demo and args.demo_files > 0:
        window.add_paths(demo.make_sample_files(args.demo_files, sidecars=not args.demo_soak))
        if args.demo_soak:
            from uploader_gui.gui.demo_workload import DemoWorkload

            workload = DemoWorkload(window, demo, args.demo_files)
            workload.start(already_made=args.demo_files)
    probe = None
    if args.diagnostics is not None:
        from uploader_gui.gui.session_probe import SessionProbe

        def counts() -> dict[str, int]:
            figures = {"rows": window.model.rowCount(), "uploading": window.uploading_count()}
            return figures | (workload.counts() if workload is not None else {})

        probe = SessionProbe(args.diagnostics, counts, window)
        probe.start()

    from uploader_gui.gui.quit_signals import QuitOnSignals

    def quit_on_signal(number: int) -> None:
        window.close_without_asking()
        app.exit(128 + number)

    quit_on = QuitOnSignals(quit_on_signal)
    code = 0
    try:
        code = _self_test(app, window, demo) if args.self_test else app.exec()
    finally:
        if probe is not None:
            probe.stop()
        if workload is not None:
            workload.stop()
        window.watch.close()
        window.manager.shutdown(3000)
        window.scanner.shutdown()
        if upload_store is not None:
            upload_store.close()
        if lock is not None:
            lock.release()
        demo.stop()
        # Last: a second signal while shutting down must not cut the clean-up short.
        quit_on.close()
        remove_translators(app, translators)
        log.info("Stopped with exit code %s", code)
        # Qt may still log while it tears down; by then the Python handler can no longer run.
        qInstallMessageHandler(None)
    return code


def _install_language(app: QCoreApplication, settings: AppSettings) -> list[QTranslator]:
    """The window's language, set before any widget is built: the one chosen in Settings, else
    the system's (when the app ships it), else English."""
    from PySide6.QtCore import QLocale

    from uploader_gui.gui.translations import (
        chosen_language,
        install_translators,
        shipped_languages,
    )

    language = chosen_language(
        settings.language, QLocale.system().uiLanguages(), shipped_languages()
    )
    return install_translators(app, language)


def _self_test(app: object, window: object, demo: object) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from uploader_gui.gui.demo_server import DemoServer, write_sample_video
    from uploader_gui.gui.main_window import MainWindow
    from uploader_gui.gui.queue_item import ItemState

    assert isinstance(app, QApplication)
    assert isinstance(window, MainWindow)
    assert isinstance(demo, DemoServer)
    path = demo.root / "self-test.mp4"
    write_sample_video(path, SELF_TEST_SIZE, random_body=True)
    window.add_paths([path])
    started = time.monotonic()
    verdict: list[str] = []

    def check() -> None:
        items = window.model.items
        if time.monotonic() - started > SELF_TEST_TIMEOUT:
            verdict.append(f"the upload did not finish within {SELF_TEST_TIMEOUT:.0f} s")
        elif window.last_skipped:
            verdict.append(f"the file was refused: {window.last_skipped[0][1]}")
        elif items and items[0].state is ItemState.FAILED:
            verdict.append(f"the upload failed: {items[0].detail}")
        elif items and items[0].state is ItemState.READY and not window.manager.active_ids():
            # Ready, and the worker has finished following encoding: the whole path ran.
            verdict.append(_verify(demo, items[0].video_id, path))
        if verdict:
            app.exit(0)

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(100)
    app.exec()
    poll.stop()
    reason = verdict[0] if verdict else "the window closed before the upload finished"
    if reason == "ok":
        print(f"Self-test passed: {SELF_TEST_SIZE // MIB} MiB uploaded in parts and verified.")
        return 0
    print(f"Self-test failed: {reason}")
    return 1


def _verify(demo: object, video_id: str | None, path: Path) -> str:
    from uploader_gui.gui.demo_server import DemoServer

    assert isinstance(demo, DemoServer)
    if not video_id or demo.emulator is None:
        return "the upload reported no video"
    stored = demo.emulator.source_path(video_id)
    if stored is None:
        return "the server has no complete file for the video"
    if _digest(stored) != _digest(path):
        return "the server's copy differs from the file"
    return "ok"


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(MIB), b""):
            h.update(block)
    return h.hexdigest()
