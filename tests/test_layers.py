"""The layers hold: the engine (``core``) never imports Qt, a front or the emulator, and the
emulator keeps its own reading of the protocol (it imports nothing of the app). Checked on the
source's import statements, lazy imports inside functions included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "uploader_gui"

#: Per layer, the imports it must never make (module names or their prefixes).
FORBIDDEN = {
    "core": (
        "PySide6",
        "shiboken6",
        "uploader_gui.gui",
        "uploader_gui.cli",
        "uploader_gui.emulator",
    ),
    "emulator": (
        "PySide6",
        "shiboken6",
        "uploader_gui.core",
        "uploader_gui.gui",
        "uploader_gui.cli",
    ),
    # The two fronts stand side by side on core: neither reaches into the other.
    "cli": ("PySide6", "shiboken6", "uploader_gui.gui", "uploader_gui.emulator"),
    "gui": ("uploader_gui.cli",),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports, with its line; relative imports made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
    return found


def test_the_import_reader_sees_relative_imports() -> None:
    sample = PACKAGE / "core" / "units.py"
    assert any(name == "__future__" for _, name in imported_modules(sample))
    relative = PACKAGE / "emulator" / "server.py"
    assert any(name.startswith("uploader_gui.emulator.") for _, name in imported_modules(relative))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    offences = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for line, name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []
