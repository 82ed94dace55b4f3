"""Fixtures for the window: offscreen Qt, an in-memory keyring, settings in a temp file, and a
window wired to the emulator fixture as its "Local demo"."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from uploader_gui.core.environments import (
    Environment,
    EnvironmentKind,
    production,
    sandbox,
    validate_base_url,
)
from uploader_gui.core.keep_awake import Backend, KeepAwake, Release
from uploader_gui.core.limits import MIB
from uploader_gui.core.secrets import SecretStore
from uploader_gui.core.store import UploadStore
from uploader_gui.emulator import Emulator
from uploader_gui.gui.app_settings import AppSettings, UploadPreferences
from uploader_gui.gui.demo_server import write_sample_video
from uploader_gui.gui.main_window import MainWindow
from uploader_gui.gui.translations import (
    SOURCE_LANGUAGE,
    install_translators,
    remove_translators,
)

TEST_KEY = "test-key"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in a dict: persistent as far as the store can tell."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(memory_keyring: MemoryKeyring) -> SecretStore:
    return SecretStore(backend=memory_keyring)


@pytest.fixture
def session_store() -> SecretStore:
    """A store with no keyring at all: keys live for this run only."""
    return SecretStore(backend=keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    # Test files are written just before they are added: without this each would be taken as
    # a recording still under way. The tests of recordings switch it on.
    settings.set_detect_recordings(False)
    return settings


def resolver_for(emulator: Emulator | None) -> Callable[[EnvironmentKind, str], Environment]:
    def resolve(kind: EnvironmentKind, custom_url: str) -> Environment:
        if kind is EnvironmentKind.PRODUCTION:
            return production()
        if kind is EnvironmentKind.SANDBOX:
            return sandbox()
        if kind is EnvironmentKind.DEMO:
            if emulator is None:
                raise ValueError("no demo server in this test")
            return Environment(EnvironmentKind.DEMO, emulator.base_url)
        return Environment(EnvironmentKind.CUSTOM, validate_base_url(custom_url))

    return resolve


class FakeSleepBlocker:
    """Stands in for the system's sleep inhibitor: counts requests and withdrawals."""

    def __init__(self) -> None:
        self.requests = 0
        self.withdrawals = 0

    def acquire(self) -> Release:
        self.requests += 1

        def release() -> None:
            self.withdrawals += 1

        return release

    def holding(self) -> bool:
        # A method, not a property: a type checker would keep what an earlier assert narrowed
        # a property to, though every hold and let-go changes the answer.
        return self.requests > self.withdrawals


@pytest.fixture
def sleep_blocker() -> FakeSleepBlocker:
    return FakeSleepBlocker()


@pytest.fixture
def make_window(
    qtbot: object,
    app_settings: AppSettings,
    store: SecretStore,
    sleep_blocker: FakeSleepBlocker,
) -> Iterator[Callable[..., MainWindow]]:
    """``make_window(emulator, prefs=..., store=...)``: a shown window; closed at the end."""
    windows: list[MainWindow] = []

    def make(
        emulator: Emulator | None = None,
        *,
        prefs: UploadPreferences | None = None,
        secret_store: SecretStore | None = None,
        upload_store: UploadStore | None = None,
    ) -> MainWindow:
        app_settings.save(prefs or UploadPreferences(environment=EnvironmentKind.PRODUCTION))
        window = MainWindow(
            secret_store or store,
            app_settings,
            resolver_for(emulator),
            upload_store=upload_store,
            keep_awake=KeepAwake([Backend("fake", sleep_blocker.acquire)]),
        )
        window.ask = lambda title, text: True
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.manager.shutdown(5000)
        w.scanner.shutdown()


@pytest.fixture
def video_file(tmp_path: Path) -> Callable[..., Path]:
    """``video_file(name, size)``: a file with an MP4 header and random bytes after it."""
    folder = tmp_path / "videos"
    folder.mkdir(exist_ok=True)

    def make(name: str = "clip.mp4", size: int = 11 * MIB) -> Path:
        path = folder / name
        write_sample_video(path, size, random_body=True)
        return path

    return make


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp: QApplication) -> Iterator[None]:
    """The window's English catalogue, as the app loads it at start: it holds the plural forms
    ("1 file", "2 files") the source strings write as "%n file(s)"."""
    translators = install_translators(qapp, SOURCE_LANGUAGE)
    yield
    remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def _no_leftover_windows() -> Iterator[None]:
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for w in app.topLevelWidgets():
            if w.isVisible() and w.isModal():
                w.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Qt's offscreen platform says this whenever a window's size limits change; it is not a
    # problem of the app (real platforms support it).
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@dataclass
class Harness:
    """What a real-upload test needs, in one fixture: a window factory wired to the emulator
    (as a Custom URL, key in the in-memory store), files, and qtbot."""

    make_window: Callable[..., MainWindow]
    emulator: Emulator
    store: SecretStore
    prefs: UploadPreferences
    video_file: Callable[..., Path]
    qtbot: Any

    def window(self, key: str = TEST_KEY, upload_store: UploadStore | None = None) -> MainWindow:
        self.store.set_api_key(f"custom:{self.emulator.base_url}", key)
        return self.make_window(self.emulator, prefs=self.prefs, upload_store=upload_store)


@pytest.fixture
def harness(
    make_window: Callable[..., MainWindow],
    emulator: Emulator,
    store: SecretStore,
    video_file: Callable[..., Path],
    qtbot: Any,
) -> Harness:
    prefs = UploadPreferences(
        environment=EnvironmentKind.CUSTOM,
        custom_url=emulator.base_url,
        chunk_size=5 * MIB,
        parallel_files=2,
    )
    return Harness(make_window, emulator, store, prefs, video_file, qtbot)


@dataclass
class DialogKit:
    store: SecretStore
    settings: AppSettings
    qtbot: Any


@pytest.fixture
def kit(store: SecretStore, app_settings: AppSettings, qtbot: Any) -> DialogKit:
    return DialogKit(store, app_settings, qtbot)
