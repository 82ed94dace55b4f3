"""State survives a restart; concurrent out-of-order chunks assemble right."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from uploader_gui.emulator import Emulator

from .helpers import CHUNK, MIB, TIMEOUT, create_video, send_chunk, session, status


def test_restart_mid_upload_continues_on_same_port(
    tmp_path: Path, make_file: Callable[..., Path]
) -> None:
    data = make_file(11 * MIB).read_bytes()
    total = len(data)
    data_dir = tmp_path / "state"
    with Emulator(data_dir, encoding_delay=0) as first:
        port = first.port
        token = requests.post(
            f"{first.base_url}/auth/api-key", json={"apiKey": "test-key"}, timeout=TIMEOUT
        ).json()
        vid = create_video(first)
        r = send_chunk(first, vid, data[:CHUNK], f"bytes 0-{CHUNK - 1}/{total}")
        assert r.status_code == 201
    with Emulator(data_dir, port=port, encoding_delay=0) as second:
        assert second.base_url == f"http://127.0.0.1:{port}"
        assert status(second, vid)["ingest"]["receivedBytes"] == [
            {"from": 0, "to": CHUNK - 1, "total": total}
        ]
        bearer = {"Authorization": f"Bearer {token['access_token']}"}
        assert requests.get(f"{second.base_url}/videos", headers=bearer, timeout=TIMEOUT).ok
        resend = send_chunk(second, vid, data[:CHUNK], f"bytes 0-{CHUNK - 1}/{total}")
        assert resend.status_code == 400
        for a in (CHUNK, 2 * CHUNK):
            b = min(a + CHUNK, total) - 1
            assert send_chunk(second, vid, data[a : b + 1], f"bytes {a}-{b}/{total}").ok
        mp4 = requests.get(f"{second.base_url}/vod/{vid}/mp4/source.mp4", timeout=TIMEOUT)
        assert mp4.content == data
    with Emulator(
        data_dir, encoding_delay=0
    ) as third:  # a finished upload stays finished, on any port
        assert [v["videoId"] for v in third.videos()] == [vid]
        path = third.source_path(vid)
        assert path is not None and path.read_bytes() == data
        assert status(third, vid)["encoding"]["playable"] is True


def test_concurrent_out_of_order_chunks(emulator: Emulator, make_file: Callable[..., Path]) -> None:
    data = make_file(6 * CHUNK + 123).read_bytes()
    total = len(data)
    vid = create_video(emulator)
    ranges = [(a, min(a + CHUNK, total) - 1) for a in range(0, total, CHUNK)]
    ranges.reverse()

    def send(r: tuple[int, int]) -> int:
        a, b = r
        return send_chunk(emulator, vid, data[a : b + 1], f"bytes {a}-{b}/{total}").status_code

    with ThreadPoolExecutor(max_workers=4) as pool:
        codes = list(pool.map(send, ranges))
    assert codes == [201] * len(ranges)
    path = emulator.source_path(vid)
    assert path is not None
    assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(data).digest()


def test_concurrent_duplicates_only_one_wins(emulator: Emulator) -> None:
    vid = create_video(emulator)
    body = b"d" * CHUNK

    def send(_: int) -> int:
        return send_chunk(emulator, vid, body, "part 1/*", session()).status_code

    with ThreadPoolExecutor(max_workers=4) as pool:
        codes = sorted(pool.map(send, range(4)))
    assert codes == [201, 400, 400, 400]
