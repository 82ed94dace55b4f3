"""A canary for the Qt binding: every call into Qt must leave Python's reference counts as it
found them.

PySide6-Essentials 6.12.0 on CPython 3.11 dropped one reference to ``None`` on every call of a Qt
method that returns nothing. A busy window makes hundreds of such calls a second, so ``None``'s
count reached zero within minutes and the interpreter aborted (``Fatal Python error:
none_dealloc``). A binding that leaks references instead grows memory for ever. Both are refused
here, before a release ships them: each kind of call the window makes all the time (setters that
return nothing, getters that return booleans and strings, signals into Python slots, Python
overrides called back from C++) is repeated, and the counts of ``None``, ``True``, ``False`` and
of the arguments are compared before and after.

The calls run in a child interpreter, so a binding bad enough to abort it fails these tests with
the reason instead of taking the whole test run down. On CPython 3.12 and later ``None``,
``True`` and ``False`` are immortal (PEP 683): a dropped reference can no longer free them and
their counts read as a constant, so there the checks of arguments, slots and objects are the
ones that can fail.

The file needs only PySide6 and pytest: ``python tests/gui/test_binding_canary.py`` prints each
drift, so a candidate binding can be judged in a throw-away environment before the lock takes it.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Callable

import pytest

#: Calls per check: a binding that drops or adds one reference per call is off by this much.
CALLS = 1000
#: Tolerated drift: the child's own threads may take or drop a few references meanwhile.
TOLERANCE = 50

#: Every check the child runs, by name: what a failure of each one means is in its name.
CHECKS = (
    "None after QLabel.setText",
    "None after QWidget.setEnabled",
    "None after QWidget.setToolTip",
    "None after QWidget.update",
    "None after QProgressBar.setValue",
    "None after QTimer.setInterval",
    "None after QStandardItem.setText",
    "None after QCoreApplication.processEvents",
    "False after QWidget.isVisible",
    "True after QWidget.isEnabled",
    "None after QObject.property of a missing name",
    "None after QLabel.text",
    "argument of QLabel.setText",
    "argument of QObject.setProperty",
    "None after a signal into a Python slot",
    "argument of a signal into a Python slot",
    "the Python slot itself",
    "None after C++ calls a Python paintEvent",
    "None after C++ calls a Python model's data()",
    "None after QAbstractItemModel.dataChanged.emit",
    "Python objects left by 500 widget lifetimes",
)


def drift(target: object, call: Callable[[], object], calls: int = CALLS) -> int:
    """How far ``target``'s reference count moved over ``calls`` calls of ``call``."""
    for _ in range(20):  # warm-up: caches, lazily created wrappers
        call()
    gc.collect()
    gc.disable()  # a collection meanwhile would drop references of its own
    try:
        before = sys.getrefcount(target)
        for _ in range(calls):
            call()
        after = sys.getrefcount(target)
    finally:
        gc.enable()
    return after - before


def run_checks(report: Callable[[str, int], None]) -> None:
    """Runs every check of ``CHECKS`` in this process, reporting each drift as it is measured
    (so the parent knows how far the child got if the binding aborts it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import (
        QAbstractTableModel,
        QEvent,
        QIdentityProxyModel,
        QModelIndex,
        QObject,
        QPersistentModelIndex,
        Qt,
        QTimer,
        Signal,
    )
    from PySide6.QtGui import QPainter, QPaintEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton, QWidget

    class Emitter(QObject):
        changed = Signal(int)
        named = Signal(str)

    class PaintedWidget(QWidget):
        painted = 0

        def paintEvent(self, event: QPaintEvent) -> None:
            painter = QPainter(self)
            painter.drawText(4, 12, "canary")
            painter.end()
            self.painted += 1

    class TinyModel(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
            return 3

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
            return 2

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
            return "cell" if role == Qt.ItemDataRole.DisplayRole else None

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    label = QLabel("hello")
    bar = QProgressBar()
    button = QPushButton("Go")
    timer = QTimer()
    items = QStandardItemModel(2, 2)
    item = QStandardItem("x")
    items.setItem(0, 0, item)

    report("None after QLabel.setText", drift(None, lambda: label.setText("x")))
    report("None after QWidget.setEnabled", drift(None, lambda: button.setEnabled(True)))
    report("None after QWidget.setToolTip", drift(None, lambda: button.setToolTip("tip")))
    report("None after QWidget.update", drift(None, label.update))
    report("None after QProgressBar.setValue", drift(None, lambda: bar.setValue(42)))
    report("None after QTimer.setInterval", drift(None, lambda: timer.setInterval(250)))
    report("None after QStandardItem.setText", drift(None, lambda: item.setText("y")))
    report("None after QCoreApplication.processEvents", drift(None, app.processEvents))
    report("False after QWidget.isVisible", drift(False, label.isVisible))
    report("True after QWidget.isEnabled", drift(True, button.isEnabled))
    report(
        "None after QObject.property of a missing name",
        drift(None, lambda: label.property("nothing-here")),
    )
    report("None after QLabel.text", drift(None, label.text))

    text = "".join(["canary ", "text"])  # a string of our own, not an interned constant
    report("argument of QLabel.setText", drift(text, lambda: label.setText(text)))
    number = 10**12 + 7  # not a cached small int
    report("argument of QObject.setProperty", drift(number, lambda: bar.setProperty("big", number)))

    emitter = Emitter()
    received: list[int] = []

    def slot(value: int) -> None:
        received.append(value)

    emitter.changed.connect(slot)
    emitter.named.connect(lambda word: received.append(len(word)))
    slot_refs = sys.getrefcount(slot)
    report("None after a signal into a Python slot", drift(None, lambda: emitter.changed.emit(7)))
    word = "".join(["canary ", "word"])
    report("argument of a signal into a Python slot", drift(word, lambda: emitter.named.emit(word)))
    report("the Python slot itself", sys.getrefcount(slot) - slot_refs)

    widget = PaintedWidget()
    widget.resize(40, 20)
    report("None after C++ calls a Python paintEvent", drift(None, widget.grab, calls=300))
    # The proxy is C++: its data() calls the Python model's data() and converts the answer back.
    model = TinyModel()
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)
    cell = proxy.index(1, 1)
    report(
        "None after C++ calls a Python model's data()",
        drift(None, lambda: proxy.data(cell, Qt.ItemDataRole.DecorationRole)),
    )
    source_cell = model.index(1, 1)
    report(
        "None after QAbstractItemModel.dataChanged.emit",
        drift(None, lambda: model.dataChanged.emit(source_cell, source_cell)),
    )

    def churn() -> None:
        temporary = QLabel("temporary")
        QTimer(temporary).setInterval(5)
        temporary.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for _ in range(50):
        churn()
    gc.collect()
    before = len(gc.get_objects())
    for _ in range(500):
        churn()
    gc.collect()
    report("Python objects left by 500 widget lifetimes", len(gc.get_objects()) - before)


def _print_line(name: str, moved: int) -> None:
    print(json.dumps({"check": name, "drift": moved}), flush=True)


@pytest.fixture(scope="module")
def drifts() -> tuple[dict[str, int], str]:
    """Each check's drift as the child measured it, and how the child died if it did."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.run(
        [sys.executable, __file__],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    measured: dict[str, int] = {}
    for line in child.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            measured[record["check"]] = int(record["drift"])
    crash = ""
    if child.returncode != 0:
        crash = (
            f"The Qt binding crashed the interpreter (exit status {child.returncode}) before "
            f"this check ran:\n{child.stderr[-1500:]}"
        )
    return measured, crash


@pytest.mark.parametrize("check", CHECKS)
def test_binding_keeps_reference_counts(drifts: tuple[dict[str, int], str], check: str) -> None:
    measured, crash = drifts
    if check not in measured:
        pytest.fail(crash or f"the child did not run the check {check!r}")
    moved = measured[check]
    assert abs(moved) <= TOLERANCE, (
        f"{check}: moved by {moved} over {CALLS} calls. This Qt binding corrupts reference "
        "counts: the window would abort (none_dealloc) or leak. Keep the locked version."
    )


if __name__ == "__main__":
    run_checks(_print_line)
