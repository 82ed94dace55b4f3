"""A local api.video: the upload API served on 127.0.0.1 for tests, benchmarks and the demo.

It reads api.video's protocol on its own (it does not import the engine's protocol code) and is
strict: where api.video answers 400, it answers 400.
"""

from __future__ import annotations

from .content_range import ContentRange
from .fault_proxy import FaultProxy, ProxyStats
from .faults import Faults
from .request_log import LoggedRequest
from .server import Emulator

__all__ = ["ContentRange", "Emulator", "FaultProxy", "Faults", "LoggedRequest", "ProxyStats"]
