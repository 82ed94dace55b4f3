"""Run the emulator on its own: ``python -m uploader_gui.emulator --port 0 --data-dir DIR``.

Prints ``Listening on http://127.0.0.1:PORT`` once it accepts connections, then serves until
SIGINT or SIGTERM.
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from .faults import Faults
from .server import Emulator


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m uploader_gui.emulator",
        description="A local stand-in for api.video's upload API.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default loopback)")
    p.add_argument("--port", type=int, default=0, help="port (0 picks a free one)")
    p.add_argument("--data-dir", type=Path, required=True, help="where state and files live")
    p.add_argument(
        "--api-key", action="append", dest="api_keys", help="an accepted API key (repeatable)"
    )
    p.add_argument("--encoding-delay", type=float, default=2.0, help="seconds to 'encode'")
    p.add_argument("--token-ttl", type=float, default=3600, help="access token lifetime, s")
    p.add_argument("--drop-mid-body-every", type=int, default=0, metavar="N")
    p.add_argument("--lose-ack-every", type=int, default=0, metavar="N")
    p.add_argument("--server-error-every", type=int, default=0, metavar="N")
    p.add_argument("--rate-limit", type=int, default=0, metavar="N", help="uploads per window")
    p.add_argument("--rate-limit-window", type=float, default=60.0, metavar="S")
    p.add_argument("--latency", type=float, default=0.0, metavar="S")
    p.add_argument(
        "--bandwidth",
        type=rate,
        default=0.0,
        metavar="RATE",
        help="cap per connection, e.g. 2MiB/s, 10MB/s or bytes per second (default none)",
    )
    p.add_argument(
        "--uplink",
        type=rate,
        default=0.0,
        metavar="RATE",
        help="cap on all connections together, one link they share (default none)",
    )
    p.add_argument(
        "--forget-deleted",
        action="store_true",
        help="DELETE frees a video's media at once instead of keeping it restorable (benchmarks)",
    )
    return p


_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(i?)b)?\s*(?:/\s*s)?\s*$", re.IGNORECASE)


def rate(text: str) -> float:
    """Bytes per second: a plain number, or with a unit (``kB``, ``MB``, ``GB`` decimal;
    ``KiB``, ``MiB``, ``GiB`` binary) and an optional ``/s``."""
    match = _RATE.match(text)
    if match is None:
        raise argparse.ArgumentTypeError(f"not a rate: {text!r} (write e.g. 2MiB/s or 2000000)")
    value = float(match.group(1))
    if match.group(2):
        power = "kmg".index(match.group(2).lower()) + 1
        value *= (1024 if match.group(3) else 1000) ** power
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    faults = Faults(
        drop_mid_body_every=args.drop_mid_body_every,
        lose_ack_every=args.lose_ack_every,
        server_error_every=args.server_error_every,
        rate_limit_uploads=args.rate_limit,
        rate_limit_window=args.rate_limit_window,
        latency=args.latency,
        bandwidth=args.bandwidth,
        uplink=args.uplink,
        forget_deleted=args.forget_deleted,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    emulator = Emulator(
        args.data_dir,
        tuple(args.api_keys or ("test-key",)),
        host=args.host,
        port=args.port,
        access_token_ttl=args.token_ttl,
        encoding_delay=args.encoding_delay,
        faults=faults,
    )
    emulator.start()
    try:
        print(f"Listening on {emulator.base_url}", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
