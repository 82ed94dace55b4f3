"""The single-instance lock: exclusive across processes and objects, and gone with its holder,
however the holder dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from uploader_gui.core.instance_lock import AlreadyRunningError, InstanceLock

HOLDER = """
import sys, time
from pathlib import Path
from uploader_gui.core.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
print("locked" if lock.acquire() else "refused", flush=True)
time.sleep(120)
"""

#: Children import the package from the checkout, wherever pytest was started.
REPO_ROOT = Path(__file__).resolve().parents[2]

TRY_ONCE = """
import sys
from pathlib import Path
from uploader_gui.core.instance_lock import InstanceLock
print("locked" if InstanceLock(Path(sys.argv[1])).acquire() else "refused", flush=True)
"""


def is_held(lock: InstanceLock) -> bool:
    """``lock.held`` read through a call: a check made before ``release()`` must not narrow,
    for the type checker, what the property says after it."""
    return lock.held


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A child process that takes the lock and keeps it until killed."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "uploads.lock")],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        assert child.stdout is not None
        child.stdout.close()


def try_in_child(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", TRY_ONCE, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=REPO_ROOT,
    )
    return done.stdout.strip()


def test_second_process_is_refused_then_succeeds_after_release(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "uploads.lock"
    lock = InstanceLock(path)
    assert lock.acquire()
    assert is_held(lock)
    assert try_in_child(path) == "refused"
    lock.release()
    assert not lock.held
    assert try_in_child(path) == "locked"


def test_lock_held_by_another_process_is_refused_until_it_is_killed(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    path = tmp_path / "uploads.lock"
    lock = InstanceLock(path)
    assert not lock.acquire()
    assert not lock.held
    assert lock.holder_pid() == holder.pid
    if sys.platform == "win32":
        holder.kill()
    else:
        os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    assert lock.acquire()
    assert lock.holder_pid() == os.getpid()
    lock.release()


def test_two_objects_in_one_process_exclude_each_other(tmp_path: Path) -> None:
    path = tmp_path / "uploads.lock"
    first, second = InstanceLock(path), InstanceLock(path)
    assert first.acquire()
    assert first.acquire(), "acquiring again is harmless"
    assert not second.acquire()
    first.release()
    first.release()
    assert second.acquire()
    second.release()


def test_context_manager_raises_a_plain_message_when_taken(tmp_path: Path) -> None:
    path = tmp_path / "uploads.lock"
    with InstanceLock(path) as lock:
        assert is_held(lock)
        with pytest.raises(AlreadyRunningError, match="already_running"), InstanceLock(path):
            pass
    assert not lock.held
    with InstanceLock(path) as again:
        assert again.held
