"""What goes into the frozen app and what is cut, kept apart from the spec so it can be tested.

PyInstaller's Qt hooks collect every plugin of each plugin type a module might use: embedded
display back-ends, a GTK theme that drags in the build machine's whole GTK stack, TLS plugins
for a QtNetwork the app uses only for network reachability, and Qt's own translations for every
language (the window loads only ``qtbase`` of the languages it ships). The rules below keep
what a desktop window needs on X11, Wayland, Windows and macOS, plus the offscreen platform the
self-test uses, and drop the rest together with the libraries that only the dropped plugins
needed.

Entries are PyInstaller TOC tuples: ``(dest_name, src_name, typecode)``.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

TocEntry = tuple[str, str, str]

ROOT = Path(__file__).resolve().parent.parent
#: The executable's name on every system (``.exe`` added on Windows by PyInstaller).
EXE_NAME = "uploader-gui"
#: A second, console executable on Windows, where the windowed one has no stdout.
CONSOLE_EXE_NAME = "uploader-gui-console"
BUNDLE_ID = "video.api.uploader"

# keyring finds its backends through entry points, and a frozen app that misses one silently
# falls back to the "fail" backend: list them all, with the libraries each one loads lazily.
KEYRING_BACKENDS = (
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
)
_KEYRING_DEPENDENCIES = {
    "linux": ("secretstorage", "jeepney", "jeepney.io.blocking", "cryptography"),
    "win32": ("win32ctypes.core",),
    "darwin": (),
}
# The demo mode and the self-test run the emulator in-process; aiohttp is imported lazily there.
_ALWAYS = (
    "truststore",
    "uploader_gui.emulator",
    "uploader_gui.emulator.server",
    "aiohttp",
    "aiohttp.web",
)

#: Python modules the app never imports but the Qt hooks would pull in through link-time
#: dependencies (their shared libraries stay: libpyside links them).
EXCLUDED_MODULES = (
    "PySide6.QtOpenGL",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtPdf",
    "tkinter",
    "_tkinter",
)

#: Qt plugins kept, per plugin type; types not listed are kept whole. Patterns match the plugin's
#: file name without "lib" and extension.
QT_PLUGIN_KEEP: dict[str, tuple[str, ...]] = {
    # X11, Wayland, Windows, macOS, and the offscreen one the self-test and icon rendering use.
    "platforms": ("qxcb", "qwayland*", "qwindows", "qcocoa", "qoffscreen"),
    # The GTK 3 theme would ship the build machine's GTK, Cairo and Pango; the portal theme
    # gives native file dialogs on GNOME and KDE without them.
    "platformthemes": ("qxdgdesktopportal",),
    "imageformats": ("qsvg", "qico", "qjpeg", "qgif"),
    "wayland-shell-integration": ("xdg-shell", "wl-shell*"),
    # The system's word that the network is back (QNetworkInformation): NetworkManager, GLib
    # and ConnMan on Linux, the network list manager on Windows, SystemConfiguration on macOS.
    "networkinformation": (
        "qnetworkmanager",
        "qglib",
        "qconnman",
        "qnetworklistmanager",
        "qscnetworkreachability",
        "qapplenetworkinformation",
    ),
    # Embedded devices, touch screens, Qt's own TLS: nothing the window uses (the engine's
    # HTTPS is Python's).
    "egldeviceintegrations": (),
    "generic": (),
    "tls": (),
}


def read_version(root: Path = ROOT) -> str:
    """``__version__`` from the package, read as text so building never imports the app."""
    text = (root / "uploader_gui" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if match is None:
        raise ValueError("uploader_gui/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows version resources hold: ``1.2.3rc1`` -> ``(1, 2, 3, 0)``."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+", maxsplit=1)[0])[:3]]
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def hidden_imports(platform: str = sys.platform) -> list[str]:
    key = "linux" if platform.startswith("linux") else platform
    return [*KEYRING_BACKENDS, *_KEYRING_DEPENDENCIES.get(key, ()), *_ALWAYS]


def _plugin_location(dest: str) -> tuple[str, str] | None:
    """``(plugin type, plugin name)`` for a Qt plugin's destination path, else None."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6" or "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) != at + 3:
        return None
    name = parts[-1].split(".")[0]
    if name.startswith("lib"):
        name = name[3:]
    return parts[at + 1], name


def keep_plugin(plugin_type: str, name: str) -> bool:
    patterns = QT_PLUGIN_KEEP.get(plugin_type)
    if patterns is None:
        return True
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def split_qt_plugins(binaries: Iterable[TocEntry]) -> tuple[list[TocEntry], list[TocEntry]]:
    """``(kept, removed)``: the binaries without the plugins ``QT_PLUGIN_KEEP`` rules out."""
    kept: list[TocEntry] = []
    removed: list[TocEntry] = []
    for entry in binaries:
        where = _plugin_location(entry[0])
        (kept if where is None or keep_plugin(*where) else removed).append(entry)
    return kept, removed


def is_qt_translation(dest: str) -> bool:
    """Qt's own catalogues (``qtbase_de.qm``, ``qt_fr.qm``, ``assistant_ja.qm``…)."""
    parts = PurePath(dest.replace("\\", "/")).parts
    return bool(parts) and parts[0] == "PySide6" and "translations" in parts[:-1]


def shipped_languages(catalogues: Path) -> frozenset[str]:
    """The languages the window ships (``uploader-gui_fr.qm`` -> ``fr``)."""
    return frozenset(path.stem.removeprefix("uploader-gui_") for path in catalogues.glob("*.qm"))


def keeps_qt_translation(dest: str, languages: Iterable[str]) -> bool:
    """``qtbase_<lang>.qm`` of a language the window ships: the standard dialogs and buttons
    (file chooser, Yes/No) then speak it too. Every other Qt catalogue goes."""
    name = PurePath(dest.replace("\\", "/")).name
    return name in {f"qtbase_{lang}.qm" for lang in languages}


def drop_qt_translations(
    datas: Iterable[TocEntry], languages: Iterable[str] = ()
) -> list[TocEntry]:
    kept = frozenset(languages)
    return [
        entry
        for entry in datas
        if not is_qt_translation(entry[0]) or keeps_qt_translation(entry[0], kept)
    ]


Imports = Callable[[str], Iterable[str]]


def _key(path: str) -> str:
    return os.path.basename(path)


def prune_orphans(
    kept: list[TocEntry], removed: Iterable[TocEntry], imports: Imports
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drops shared libraries reachable only from ``removed`` binaries.

    A library is dropped when some removed plugin needs it (directly or not) and nothing kept
    does, so a library anything else links to is never lost. ``imports(src)`` lists the file
    names a binary links to (PyInstaller's own dependency reader in the spec, a table in tests).
    """
    by_name: dict[str, TocEntry] = {}
    for entry in kept:
        if entry[2] == "BINARY":
            by_name.setdefault(_key(entry[0]), entry)

    def reach(starts: Iterable[TocEntry]) -> set[str]:
        seen: set[str] = set()
        todo = [entry[1] for entry in starts if entry[2] in ("BINARY", "EXTENSION")]
        while todo:
            for name in imports(todo.pop()):
                key = _key(name)
                if key in by_name and key not in seen:
                    seen.add(key)
                    todo.append(by_name[key][1])
        return seen

    try:
        candidates = reach(removed)
        if not candidates:
            return list(kept), []
        anchors = [entry for entry in kept if _key(entry[0]) not in candidates]
        orphans = candidates - reach(anchors)
    except Exception:  # a binary we cannot read might need anything: keep everything
        return list(kept), []
    pruned = [entry for entry in kept if entry[2] == "BINARY" and _key(entry[0]) in orphans]
    gone = {entry[0] for entry in pruned}
    return [entry for entry in kept if entry[0] not in gone], pruned


def _normal(dest: str) -> str:
    return os.path.normpath(dest.replace("\\", "/")).replace("\\", "/")


def drop_links_to(entries: Iterable[TocEntry], gone: Iterable[str]) -> list[TocEntry]:
    """``entries`` without the SYMLINK entries that point straight at a ``gone`` destination.

    PyInstaller records a library's other names as SYMLINK entries (among the datas, not the
    binaries); once a library is pruned, its links must go too. Links through other links (as
    in macOS frameworks) are left alone: pruning runs on Linux only.
    """
    removed = {_normal(dest) for dest in gone}
    kept: list[TocEntry] = []
    for entry in entries:
        dest, target, typecode = entry
        if typecode == "SYMLINK":
            resolved = _normal(os.path.join(os.path.dirname(dest.replace("\\", "/")), target))
            if resolved in removed:
                continue
        kept.append(entry)
    return kept


def pyinstaller_imports(search_paths: list[str] | None = None) -> Imports:
    """``imports`` for ``prune_orphans``, backed by PyInstaller's dependency reader."""
    from PyInstaller.depend import bindepend  # type: ignore[import-untyped]

    def imports(src: str) -> list[str]:
        return [path or name for name, path in bindepend.get_imports(src, search_paths)]

    return imports


def size_of(entries: Iterable[TocEntry]) -> int:
    total = 0
    for _, src, typecode in entries:
        if typecode != "SYMLINK" and os.path.isfile(src):
            total += os.path.getsize(src)
    return total
