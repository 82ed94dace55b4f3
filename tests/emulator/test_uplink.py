"""The shared uplink (``Faults.uplink``): one rate for the request bodies of every connection
together, beside the per-connection ``bandwidth``.

The bounds below only ever say "no faster than the link": the emulator's pacing sleeps
guarantee them however loaded the machine is, so they cannot fail by chance.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import requests

from uploader_gui.emulator import Emulator
from uploader_gui.emulator.__main__ import build_parser
from uploader_gui.emulator.upload_body import BLOCK, SharedLink

from .helpers import MIB, TIMEOUT, create_video, session

BOUNDARY = "uplink-test-boundary"
CONNECTIONS = 4
EACH = 2 * MIB
UPLINK = 4 * MIB


class FakeTime:
    """A clock that moves only when told, and a sleep that records what it was asked."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)


def test_blocks_take_turns_on_the_link_and_idle_time_is_not_saved_up() -> None:
    fake = FakeTime()
    speed = {"rate": float(MIB)}
    link = SharedLink(lambda: speed["rate"], clock=fake.clock, sleep=fake.sleep)

    async def scenario() -> None:
        # Three connections each bring 1 MiB at the same moment: each waits behind the others.
        for _ in range(3):
            await link.account(MIB)
        assert fake.slept == [1.0, 2.0, 3.0]
        # Long after the link emptied, a block goes at once and takes its own time only.
        fake.now = 10.0
        await link.account(MIB // 2)
        assert fake.slept[-1] == 0.5
        # No cap: nothing waits, and the bytes are still counted.
        speed["rate"] = 0.0
        await link.account(MIB)
        assert len(fake.slept) == 4

    asyncio.run(scenario())
    assert link.received == 3 * MIB + MIB // 2 + MIB


def multipart_body(ready: threading.Barrier, size: int) -> Iterator[bytes]:
    """A multipart body with one file part, sent in pieces: the file's bytes leave only once
    every connection of the test has sent its headers (``ready``), so they all send at once."""
    yield (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="video.mp4"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    ready.wait(TIMEOUT)
    block = b"u" * (256 * 1024)
    left = size
    while left:
        piece = block[: min(left, len(block))]
        left -= len(piece)
        yield piece
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


def test_connections_share_the_uplink(emulator: Emulator) -> None:
    """Four connections with no cap of their own, sending at the same time, together get no
    more than the uplink: 8 MiB at 4 MiB/s take at least about 2 s. Each sends a whole small
    file to a video of its own."""
    emulator.faults.uplink = UPLINK
    videos = [create_video(emulator) for _ in range(CONNECTIONS)]
    total = CONNECTIONS * EACH
    ready = threading.Barrier(CONNECTIONS)
    answers: list[int] = []
    done = threading.Event()
    # (clock before reading, bytes read, clock after reading), sampled while the bodies arrive.
    samples: list[tuple[float, int, float]] = []

    def sample() -> None:
        while True:
            before = time.monotonic()
            received = emulator.body_bytes_received
            samples.append((before, received, time.monotonic()))
            if done.wait(0.05):
                return

    def send(index: int) -> None:
        answer = session().post(
            f"{emulator.base_url}/videos/{videos[index]}/source",
            headers={
                "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
                "Content-Range": f"bytes 0-{EACH - 1}/{EACH}",
            },
            data=multipart_body(ready, EACH),
            timeout=TIMEOUT * 2,
        )
        answers.append(answer.status_code)

    sampler = threading.Thread(target=sample)
    senders = [threading.Thread(target=send, args=(i,)) for i in range(CONNECTIONS)]
    started = time.monotonic()
    sampler.start()
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join(TIMEOUT * 3)
    done.set()
    sampler.join(TIMEOUT)
    elapsed = time.monotonic() - started

    assert sorted(answers) == [201] * CONNECTIONS
    assert emulator.body_bytes_received == total
    # At most one block per connection can be read ahead of its turn on the link.
    slack = (CONNECTIONS + 1) * BLOCK
    assert elapsed >= (total - slack) / UPLINK
    for i, (early_before, early, _) in enumerate(samples):
        for _, late, late_after in samples[i + 1 :]:
            assert late - early <= UPLINK * (late_after - early_before) + slack


def test_a_connection_keeps_its_own_cap_under_a_wider_uplink(emulator: Emulator) -> None:
    """The per-connection cap still holds when the uplink is wider: 2 MiB at 2 MiB/s on an
    8 MiB/s link take at least about a second."""
    emulator.faults.bandwidth = 2 * MIB
    emulator.faults.uplink = 8 * MIB
    video_id = create_video(emulator)
    started = time.monotonic()
    answer = session().post(
        f"{emulator.base_url}/videos/{video_id}/source",
        headers={"Content-Range": f"bytes 0-{2 * MIB - 1}/{2 * MIB}"},
        files={"file": ("video.mp4", bytes(2 * MIB), "application/octet-stream")},
        timeout=TIMEOUT,
    )
    assert answer.status_code == 201, answer.text
    assert time.monotonic() - started >= (2 * MIB - BLOCK) / (2 * MIB)


def test_the_command_line_reads_rates_with_units() -> None:
    args = build_parser().parse_args(
        ["--data-dir", "d", "--uplink", "8MiB/s", "--bandwidth", "2MB/s", "--latency", "0.1"]
    )
    assert args.uplink == 8 * MIB
    assert args.bandwidth == 2_000_000
    assert build_parser().parse_args(["--data-dir", "d", "--bandwidth", "1500"]).bandwidth == 1500
    assert build_parser().parse_args(["--data-dir", "d"]).uplink == 0


def test_requests_see_the_same_link(emulator: Emulator) -> None:
    """Bodies of every kind come in through the one link and are counted there."""
    video_id = create_video(emulator)
    before = emulator.body_bytes_received
    answer = requests.post(
        f"{emulator.base_url}/videos/{video_id}/thumbnail",
        auth=("test-key", ""),
        files={"file": ("thumb.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")},
        timeout=TIMEOUT,
    )
    assert answer.status_code == 200, answer.text
    assert emulator.body_bytes_received - before >= 108
