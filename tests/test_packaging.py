"""Light checks of the installers' sources: the rules that trim the bundle, the icon files, the
version's single source, and the keyring diagnostic the frozen app runs. Building the bundle
itself is `make bundle` (minutes, not seconds)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import keyring
import keyring.backends.fail
import pytest

import uploader_gui

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    """A module from packaging/, by path (the folder is not a package, and "packaging" is also
    the name of a PyPI distribution)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules")
make_icons = _load("make_icons")
launcher = _load("launcher")
smoke = _load("smoke_test")


# -- the spec and the version --------------------------------------------------------------------


def test_spec_is_valid_python_using_the_shared_rules() -> None:
    source = (PACKAGING / "uploader_gui.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls
    assert "rules.hidden_imports()" in source
    assert "rules.split_qt_plugins(" in source
    assert "rules.drop_links_to(" in source
    assert "rules.EXCLUDED_MODULES" in source


def test_version_has_one_source() -> None:
    version = uploader_gui.__version__
    assert rules.read_version() == version
    # No installer file repeats the number: all of them get it from the package at build time.
    pattern = re.compile(rf"(?<![\d.]){re.escape(version)}(?![\d.])")
    for folder in (PACKAGING, ROOT / "resources", ROOT / ".github"):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix not in {".png", ".ico", ".icns"}:
                text = path.read_text(encoding="utf-8", errors="replace")
                assert not pattern.search(text), f"{path} repeats the version {version}"


def test_read_version_rejects_a_package_without_one(tmp_path: Path) -> None:
    (tmp_path / "uploader_gui").mkdir()
    (tmp_path / "uploader_gui" / "__init__.py").write_text('"""No version here."""\n')
    with pytest.raises(ValueError, match="__version__"):
        rules.read_version(tmp_path)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2", (2, 0, 0, 0))],
)
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert rules.version_tuple(version) == numbers


# -- hidden imports ------------------------------------------------------------------------------


def test_hidden_imports_name_every_keyring_backend_on_every_system() -> None:
    for platform in ("linux", "win32", "darwin"):
        names = rules.hidden_imports(platform)
        for backend in (
            "SecretService",
            "kwallet",
            "libsecret",
            "macOS",
            "Windows",
            "chainer",
            "fail",
            "null",
        ):
            assert f"keyring.backends.{backend}" in names
        assert "truststore" in names
        assert "aiohttp" in names  # the demo's emulator
    assert {"secretstorage", "jeepney"} <= set(rules.hidden_imports("linux"))
    assert "win32ctypes.core" in rules.hidden_imports("win32")
    assert "secretstorage" not in rules.hidden_imports("win32")


def test_hidden_keyring_backends_exist_in_the_installed_keyring() -> None:
    # A backend renamed upstream would be silently missing from the bundle.
    for name in rules.KEYRING_BACKENDS:
        assert importlib.util.find_spec(name) is not None, name


def test_excluded_qt_modules_are_not_imported_by_the_app() -> None:
    used: set[str] = set()
    for path in (ROOT / "uploader_gui").rglob("*.py"):
        used.update(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used, "the app imports no Qt module?"
    excluded = {m.split(".", 1)[1] for m in rules.EXCLUDED_MODULES if m.startswith("PySide6.")}
    assert not used & excluded


# -- trimming Qt ---------------------------------------------------------------------------------


def _binary(dest: str, typecode: str = "BINARY") -> tuple[str, str, str]:
    return dest, f"/src/{dest.rsplit('/', 1)[-1]}", typecode


def test_split_keeps_desktop_platforms_and_reachability_and_drops_embedded_and_tls() -> None:
    plugins = "PySide6/Qt/plugins"
    toc = [
        _binary(f"{plugins}/platforms/libqxcb.so"),
        _binary(f"{plugins}/platforms/libqwayland.so"),
        _binary(f"{plugins}/platforms/libqoffscreen.so"),
        _binary(f"{plugins}/platforms/libqlinuxfb.so"),
        _binary(f"{plugins}/platforms/libqvnc.so"),
        _binary(f"{plugins}/platformthemes/libqgtk3.so"),
        _binary(f"{plugins}/platformthemes/libqxdgdesktopportal.so"),
        _binary(f"{plugins}/tls/libqopensslbackend.so"),
        _binary(f"{plugins}/networkinformation/libqnetworkmanager.so"),
        _binary(f"{plugins}/networkinformation/libqglib.so"),
        _binary("PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll"),
        _binary(f"{plugins}/imageformats/libqsvg.so"),
        _binary(f"{plugins}/imageformats/libqtiff.so"),
        _binary(f"{plugins}/iconengines/libqsvgicon.so"),
        _binary("PySide6\\plugins\\platforms\\qwindows.dll"),
        _binary("PySide6\\plugins\\platforms\\qdirect2d.dll"),
        _binary("PySide6/Qt/plugins/platforms/libqcocoa.dylib"),
        _binary("PySide6/Qt/lib/libQt6Gui.so.6"),
        _binary("libgtk-3.so.0"),
    ]
    kept, removed = rules.split_qt_plugins(toc)
    names = {Path(dest.replace("\\", "/")).name for dest, _, _ in removed}
    assert names == {
        "libqlinuxfb.so",
        "libqvnc.so",
        "libqgtk3.so",
        "libqopensslbackend.so",
        "libqtiff.so",
        "qdirect2d.dll",
    }
    assert len(kept) + len(removed) == len(toc)
    assert _binary("libgtk-3.so.0") in kept  # not a plugin: only pruning may drop it


def test_qt_translations_go_and_the_apps_own_stay() -> None:
    datas = [
        ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        ("PySide6\\translations\\qt_fr.qm", "/src/qt_fr.qm", "DATA"),
        ("resources/translations/uploader-gui_de.qm", "/src/uploader-gui_de.qm", "DATA"),
        ("resources/icons/uploader-gui.svg", "/src/uploader-gui.svg", "DATA"),
    ]
    assert [d[0] for d in rules.drop_qt_translations(datas)] == [
        "resources/translations/uploader-gui_de.qm",
        "resources/icons/uploader-gui.svg",
    ]


def test_qt_s_own_catalogue_stays_for_each_language_the_window_ships() -> None:
    """The file chooser and the Yes/No buttons then speak the window's language."""
    datas = [
        ("PySide6/Qt/translations/qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_ja.qm", "/src/qtbase_ja.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", "/src/qtbase_pt_BR.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_ko.qm", "/src/qtbase_ko.qm", "DATA"),
        ("PySide6/Qt/translations/qt_fr.qm", "/src/qt_fr.qm", "DATA"),
        ("PySide6/Qt/translations/assistant_fr.qm", "/src/assistant_fr.qm", "DATA"),
        ("uploader_gui/translations/uploader-gui_fr.qm", "/src/uploader-gui_fr.qm", "DATA"),
    ]
    shipped = rules.shipped_languages(ROOT / "uploader_gui" / "translations")
    assert {"fr", "ja", "pt_BR"} <= shipped and "ko" not in shipped
    assert [d[0] for d in rules.drop_qt_translations(datas, shipped)] == [
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qtbase_pt_BR.qm",
        "uploader_gui/translations/uploader-gui_fr.qm",
    ]


def test_the_wheel_and_the_bundle_carry_the_compiled_catalogues() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*.qm"' in pyproject
    spec = (PACKAGING / "uploader_gui.spec").read_text(encoding="utf-8")
    assert '"uploader_gui" / "translations"' in spec and "SHIPPED_LANGUAGES" in spec


LINKS = {
    "/src/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6", "libglib-2.0.so.0"],
    "/src/libgtk-3.so.0": ["libcairo.so.2", "libglib-2.0.so.0"],
    "/src/libcairo.so.2": ["libpixman-1.so.0"],
    "/src/libqxcb.so": ["libQt6Gui.so.6", "libX11.so.6"],
    "/src/libQt6Gui.so.6": ["libglib-2.0.so.0"],
}


def _links(src: str) -> list[str]:
    return LINKS.get(src, [])


def test_prune_drops_libraries_only_removed_plugins_needed() -> None:
    kept = [
        _binary("PySide6/Qt/plugins/platforms/libqxcb.so"),
        _binary("PySide6/Qt/lib/libQt6Gui.so.6"),
        _binary("libgtk-3.so.0"),
        _binary("libcairo.so.2"),
        _binary("libpixman-1.so.0"),
        _binary("libglib-2.0.so.0"),
        _binary("libX11.so.6"),
    ]
    removed = [_binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so")]
    survivors, pruned = rules.prune_orphans(kept, removed, _links)
    assert {d for d, _, _ in pruned} == {"libgtk-3.so.0", "libcairo.so.2", "libpixman-1.so.0"}
    assert [d for d, _, _ in survivors] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libglib-2.0.so.0",  # also needed by Qt itself
        "libX11.so.6",
    ]


def test_links_to_pruned_libraries_go() -> None:
    entries = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6\\Qt\\lib\\libfoo.so", "libfoo.so.1", "SYMLINK"),
        ("PySide6/Qt/lib/libfoo.so.1", "/src/libfoo.so.1", "BINARY"),
        ("resources/icons/uploader-gui.svg", "/src/uploader-gui.svg", "DATA"),
    ]
    gone = ["PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libfoo.so.1"]
    assert [d for d, _, _ in rules.drop_links_to(entries, gone)] == [
        "libQt6Gui.so.6",
        "PySide6/Qt/lib/libfoo.so.1",  # only links go; pruning removed the file itself
        "resources/icons/uploader-gui.svg",
    ]


def test_prune_keeps_everything_when_a_binary_cannot_be_read() -> None:
    kept = [_binary("libgtk-3.so.0"), _binary("libcairo.so.2")]
    removed = [_binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so")]

    def unreadable(src: str) -> list[str]:
        if src == "/src/libqgtk3.so":
            return ["libgtk-3.so.0"]
        raise OSError("not an ELF file")

    assert rules.prune_orphans(kept, removed, unreadable) == (kept, [])


# -- icons and desktop entry ---------------------------------------------------------------------


def test_ico_and_icns_containers_are_well_formed() -> None:
    pngs = {size: b"\x89PNG" + bytes([size % 256]) * 10 for size in (16, 32, 256)}
    ico = make_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 3)
    for i, size in enumerate((16, 32, 256)):
        width, _, _, _, _, bpp, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert width == (0 if size == 256 else size)
        assert bpp == 32
        assert ico[offset : offset + length] == pngs[size]

    all_sizes = {size: b"\x89PNG" + bytes(size % 7) for _, size in make_icons.ICNS_TYPES}
    icns = make_icons.icns_bytes(all_sizes)
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    at, seen = 8, []
    while at < len(icns):
        kind_bytes, length = icns[at : at + 4], struct.unpack_from(">I", icns, at + 4)[0]
        seen.append(kind_bytes)
        at += length
    assert at == len(icns)
    assert seen == [k for k, _ in make_icons.ICNS_TYPES]


def test_icons_render_from_the_svg(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QImageReader

    written = make_icons.generate(tmp_path)
    png = tmp_path / "hicolor" / "256x256" / "apps" / "uploader-gui.png"
    assert png in written
    image = QImage(str(png))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(128, 128).alpha() == 255  # drawn, not blank
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corner stays transparent
    reader = QImageReader(str(tmp_path / "uploader-gui.ico"))
    assert reader.imageCount() == len(make_icons.ICO_SIZES)
    assert (tmp_path / "uploader-gui.icns").read_bytes()[:4] == b"icns"


def test_desktop_entry_matches_the_executable_and_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "uploader-gui.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == rules.EXE_NAME
    assert section["TryExec"] == rules.EXE_NAME
    assert section["Icon"] == make_icons.NAME
    assert section["Name"] == uploader_gui.APP_DISPLAY_NAME
    assert section["Categories"].endswith(";")


def test_windows_installer_is_per_user_and_versioned_by_the_build() -> None:
    iss = (PACKAGING / "windows" / "uploader-gui.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "AppVersion={#AppVersion}" in iss
    assert f"{rules.EXE_NAME}.exe" in iss
    assert "{autoprograms}" in iss  # Start menu entry
    assert re.search(r"AppId=\{\{[0-9A-F-]{36}\}", iss)


# -- the keyring diagnostic in the frozen app ---------------------------------------------------


class _MemoryKeyring:
    """Duck-typed, not a KeyringBackend subclass: subclasses register themselves with keyring
    and could be picked by other tests' backend detection."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


class _ForgetfulKeyring(_MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        return None


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[_MemoryKeyring]:
    chosen = _MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: chosen)
    yield chosen


def test_keyring_check_round_trips_and_cleans_up(
    backend: _MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    assert launcher.check_keyring() == 0
    assert "Keyring check passed" in capsys.readouterr().out
    assert backend.items == {}


def test_keyring_check_fails_without_a_persistent_backend(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    assert launcher.check_keyring() == 1
    out = capsys.readouterr().out
    assert "Keyring: memory only" in out
    assert "Keyring check failed" in out


def test_keyring_check_fails_when_the_secret_does_not_come_back(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", _ForgetfulKeyring)
    assert launcher.check_keyring() == 1
    assert "differs" in capsys.readouterr().out


def test_smoke_test_rejects_any_stderr_output() -> None:
    assert smoke.unexpected_stderr("\n  \n") == []
    assert smoke.unexpected_stderr("qt.qpa.plugin: Could not load the Qt platform plugin") == [
        "qt.qpa.plugin: Could not load the Qt platform plugin"
    ]
