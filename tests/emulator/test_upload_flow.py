"""The happy paths of uploading to the emulator, over real HTTP."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import requests

from tests.conftest import ManualClock
from uploader_gui.emulator import Emulator

from .helpers import CHUNK, MIB, TIMEOUT, create_video, send_chunk, session, status


def test_bytes_ranges_assemble_and_serve_identical_bytes(
    emulator: Emulator, make_file: Callable[..., Path]
) -> None:
    data = make_file(12 * MIB).read_bytes()
    vid = create_video(emulator)
    total = len(data)
    ranges = [(0, CHUNK - 1), (CHUNK, 2 * CHUNK - 1), (2 * CHUNK, total - 1)]
    for i, (a, b) in enumerate(ranges):
        r = send_chunk(emulator, vid, data[a : b + 1], f"bytes {a}-{b}/{total}")
        assert r.status_code == 201, r.text
        if i < 2:
            assert r.json() == {"videoId": vid}
            ingest = status(emulator, vid)["ingest"]
            assert ingest["status"] == "uploading"
            # One range per stored chunk, neighbours not merged (as the API reference shows).
            assert ingest["receivedBytes"] == [
                {"from": start, "to": end, "total": total} for start, end in ranges[: i + 1]
            ]
        else:
            video = r.json()
            assert video["videoId"] == vid
            assert video["assets"]["mp4"].endswith(f"/vod/{vid}/mp4/source.mp4")
    got = requests.get(f"{emulator.base_url}/vod/{vid}/mp4/source.mp4", timeout=TIMEOUT)
    assert got.status_code == 200
    assert got.content == data
    assert emulator.source_path(vid) is not None
    ingest = status(emulator, vid)["ingest"]
    assert ingest["status"] == "uploaded"
    assert ingest["filesize"] == total


def test_parts_out_of_order_with_unknown_total(emulator: Emulator) -> None:
    parts = [bytes([n]) * CHUNK for n in (1, 2)] + [b"end"]
    vid = create_video(emulator)
    assert send_chunk(emulator, vid, parts[1], "part 2/*").status_code == 201
    st = status(emulator, vid)["ingest"]
    assert st["receivedParts"] == {"parts": [2], "total": None}
    assert st["receivedBytes"] == []  # part 2's offset is unknown until part 1 is here
    assert send_chunk(emulator, vid, parts[0], "part 1/*").status_code == 201
    st = status(emulator, vid)["ingest"]
    assert st["receivedParts"] == {"parts": [1, 2], "total": None}
    assert st["receivedBytes"] == [
        {"from": 0, "to": CHUNK - 1},
        {"from": CHUNK, "to": 2 * CHUNK - 1},
    ]
    last = send_chunk(emulator, vid, parts[2], "part 3/3")
    assert last.status_code == 201
    assert last.json()["title"] == "test video"
    source = emulator.source_path(vid)
    assert source is not None
    assert source.read_bytes() == b"".join(parts)
    st = status(emulator, vid)["ingest"]
    assert st["receivedParts"] == {"parts": [1, 2, 3], "total": 3}
    assert st["filesize"] == 2 * CHUNK + 3
    total = 2 * CHUNK + 3
    assert st["receivedBytes"] == [
        {"from": 0, "to": CHUNK - 1, "total": total},
        {"from": CHUNK, "to": 2 * CHUNK - 1, "total": total},
        {"from": 2 * CHUNK, "to": total - 1, "total": total},
    ]


def test_single_shot_without_content_range(emulator: Emulator) -> None:
    vid = create_video(emulator)
    r = send_chunk(emulator, vid, b"tiny video", None)
    assert r.status_code == 201
    assert r.json()["videoId"] == vid
    assert "mp4" in r.json()["assets"]
    path = emulator.source_path(vid)
    assert path is not None and path.read_bytes() == b"tiny video"


def test_any_field_name_and_video_id_field_in_any_order(emulator: Emulator) -> None:
    vid = create_video(emulator)
    s = session()
    # Node's client names the file part after the file; Go writes extra fields after the file.
    r = s.post(
        f"{emulator.base_url}/videos/{vid}/source",
        files=[("clip.mp4", ("clip.mp4", b"x" * 100)), ("videoId", (None, vid))],
        timeout=TIMEOUT,
    )
    assert r.status_code == 201, r.text


def test_encoding_progresses_to_playable(emulator: Emulator, clock: ManualClock) -> None:
    vid = create_video(emulator)
    hls = f"{emulator.base_url}/vod/{vid}/hls/manifest.m3u8"
    assert requests.get(hls, timeout=TIMEOUT).status_code == 202
    assert status(emulator, vid)["encoding"] == {"playable": False, "qualities": []}
    assert "ingest" not in status(emulator, vid)
    send_chunk(emulator, vid, b"v" * 1000, "part 1/1")
    first = status(emulator, vid)["encoding"]
    assert first["playable"] is False
    assert [q["status"] for q in first["qualities"]] == ["encoding"]
    assert first["metadata"]["width"] > 0
    clock.advance(emulator.encoding_delay / 3)  # the first of three qualities is done
    assert status(emulator, vid)["encoding"]["playable"] is True
    clock.advance(emulator.encoding_delay)
    final = status(emulator, vid)["encoding"]["qualities"]
    assert [(q["quality"], q["status"]) for q in final] == [
        ("360p", "encoded"),
        ("720p", "encoded"),
        ("1080p", "encoded"),
    ]
    manifest = requests.get(hls, timeout=TIMEOUT)
    assert manifest.status_code == 200 and manifest.text.startswith("#EXTM3U")


def test_assets_player_and_generated_thumbnail(emulator: Emulator) -> None:
    vid = create_video(emulator, mp4Support=False)
    video = session().get(f"{emulator.base_url}/videos/{vid}", timeout=TIMEOUT).json()
    assert "mp4" not in video["assets"]
    assert video["assets"]["iframe"].startswith("<iframe src=")
    player = requests.get(video["assets"]["player"], timeout=TIMEOUT)
    assert player.status_code == 200 and "<html" in player.text
    thumb = requests.get(video["assets"]["thumbnail"], timeout=TIMEOUT)
    assert thumb.status_code == 200
    assert thumb.content.startswith(b"\x89PNG\r\n\x1a\n")
    mp4 = requests.get(f"{emulator.base_url}/vod/{vid}/mp4/source.mp4", timeout=TIMEOUT)
    assert mp4.status_code == 404
