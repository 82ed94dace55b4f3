"""Upload threads give way to the window's thread when both want a processor.

On a two-core laptop the window shares the processors with every upload thread (and, in the
demo, with the built-in server). Python runs one thread at a time; a thread that waits for the
interpreter is woken by the system, and when the system has more runnable threads than cores,
the window's thread waits its turn behind upload threads that have only bytes to move: the
window stutters although it has little to do. Upload threads therefore run at a lower priority
than the window. They lose nothing when the processors are free, and the window uses a few
percent of one core, so what they give way is small.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading

from PySide6.QtCore import QThread

log = logging.getLogger(__name__)

#: How much lower (in nice steps) an upload thread runs than the window on Linux: 5 steps
#: give the window's thread about three times the share of an upload thread when they compete.
NICE_STEPS = 5


def give_way_to_the_window() -> None:
    """Lower the calling thread's priority; threads it starts afterwards inherit it (Linux).

    Linux keeps a nice value per thread (setpriority(2) on a thread id), which needs no
    privilege to raise. Elsewhere Qt's thread priority maps onto the system's."""
    if sys.platform == "linux":
        tid = threading.get_native_id()
        with contextlib.suppress(OSError):
            current = os.getpriority(os.PRIO_PROCESS, tid)
            os.setpriority(os.PRIO_PROCESS, tid, min(19, current + NICE_STEPS))
    else:
        thread = QThread.currentThread()
        if thread is not None:
            thread.setPriority(QThread.Priority.LowPriority)
