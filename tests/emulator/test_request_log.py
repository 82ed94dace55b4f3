"""The per-video request log: what each video was sent, in the order the server judged it,
with the server's verdict and answer."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import requests

from uploader_gui.emulator import ContentRange, Emulator, LoggedRequest

from .helpers import CHUNK, TIMEOUT, assert_problem, create_video, send_chunk, session, status


def kinds(log: list[LoggedRequest]) -> list[str]:
    return [e.kind for e in log]


def test_a_chunked_upload_shows_its_ranges_in_order_with_their_answers(
    emulator: Emulator,
) -> None:
    vid = create_video(emulator)
    total = 2 * CHUNK + 10
    ranges = [(0, CHUNK - 1), (CHUNK, 2 * CHUNK - 1), (2 * CHUNK, total - 1)]
    for start, end in ranges:
        answer = send_chunk(emulator, vid, b"v" * (end - start + 1), f"bytes {start}-{end}/{total}")
        assert answer.status_code == 201, answer.text
        status(emulator, vid)

    log = emulator.requests_for(vid)
    assert kinds(log) == ["create"] + ["source", "status"] * 3
    assert [e.seq for e in log] == sorted(e.seq for e in log)
    create = log[0]
    assert (create.method, create.path, create.status, create.accepted) == (
        "POST",
        "/videos",
        201,
        True,
    )
    chunks = [e for e in log if e.is_chunk]
    assert [e.span for e in chunks] == ranges
    assert [e.range for e in chunks] == [
        ContentRange(kind="bytes", total=total, start=start, end=end) for start, end in ranges
    ]
    assert all(e.accepted and e.status == 201 for e in chunks)
    assert all(e.method == "POST" and e.path == f"/videos/{vid}/source" for e in chunks)
    assert [e.size for e in chunks] == [end - start + 1 for start, end in ranges]
    # Each status read says what the server held when it answered.
    reads = [e for e in log if e.kind == "status"]
    # One range per stored chunk, as /status lists them.
    assert [e.received for e in reads] == [tuple(ranges[: n + 1]) for n in range(3)]
    assert all(e.status == 200 and e.method == "GET" for e in reads)


def test_a_refused_chunk_shows_as_refused(emulator: Emulator) -> None:
    vid = create_video(emulator)
    total = 2 * CHUNK
    first = f"bytes 0-{CHUNK - 1}/{total}"
    assert send_chunk(emulator, vid, b"a" * CHUNK, first).status_code == 201
    again = send_chunk(emulator, vid, b"a" * CHUNK, first)
    assert_problem(again, 400, "video-content-range-by-bytes-range-overlap")
    malformed = send_chunk(emulator, vid, b"a", "bytes=0-0/1")
    assert_problem(malformed, 400, "video-content-range-malformed")

    accepted, overlap, broken = emulator.requests_for(vid)[1:]
    assert (accepted.span, accepted.accepted, accepted.status) == ((0, CHUNK - 1), True, 201)
    assert (overlap.span, overlap.accepted, overlap.status) == ((0, CHUNK - 1), False, 400)
    assert (broken.range, broken.accepted, broken.status) == (None, False, 400)


def test_parts_and_the_parts_a_status_read_reported(emulator: Emulator) -> None:
    vid = create_video(emulator)
    assert send_chunk(emulator, vid, b"2" * CHUNK, "part 2/*").status_code == 201
    status(emulator, vid)
    assert send_chunk(emulator, vid, b"1" * CHUNK, "part 1/*").status_code == 201
    assert send_chunk(emulator, vid, b"end", "part 3/3").status_code == 201

    log = emulator.requests_for(vid)
    assert kinds(log) == ["create", "source", "status", "source", "source"]
    assert [e.part for e in log if e.is_chunk] == [2, 1, 3]
    assert [e.span for e in log if e.is_chunk] == [None, None, None]
    assert log[-1].range == ContentRange(kind="part", total=3, part=3)
    read = log[2]
    assert (read.received_parts, read.received) == ((2,), ())


def test_a_token_upload_that_creates_the_video_comes_first(emulator: Emulator) -> None:
    s = session()
    token = s.post(f"{emulator.base_url}/upload-tokens", json={}, timeout=TIMEOUT).json()["token"]
    first = requests.post(
        f"{emulator.base_url}/upload",
        params={"token": token},
        headers={"Content-Range": f"bytes 0-{CHUNK - 1}/{CHUNK + 3}"},
        files={"file": ("clip.mp4", b"a" * CHUNK)},
        timeout=TIMEOUT,
    )
    assert first.status_code == 201, first.text
    vid = first.json()["videoId"]
    last = requests.post(
        f"{emulator.base_url}/upload",
        params={"token": token},
        headers={"Content-Range": f"bytes {CHUNK}-{CHUNK + 2}/{CHUNK + 3}"},
        files={"file": ("clip.mp4", b"end"), "videoId": (None, vid)},
        timeout=TIMEOUT,
    )
    assert last.status_code == 201, last.text

    log = emulator.requests_for(vid)
    assert kinds(log) == ["upload", "upload"]
    assert [(e.span, e.accepted, e.status) for e in log] == [
        ((0, CHUNK - 1), True, 201),
        ((CHUNK, CHUNK + 2), True, 201),
    ]
    assert all(e.path == "/upload" for e in log)


def test_an_answer_lost_by_a_fault_is_recorded_but_unanswered(emulator: Emulator) -> None:
    vid = create_video(emulator)
    emulator.faults.lose_ack_every = 1
    with pytest.raises(requests.ConnectionError):
        send_chunk(emulator, vid, b"a" * 10, "part 1/1")
    emulator.faults.lose_ack_every = 0
    # The client saw the cut before the server finished the request: wait until it has.
    assert emulator.wait_idle()
    lost = emulator.requests_for(vid)[-1]
    assert (lost.part, lost.accepted, lost.status) == (1, True, None)


def test_requests_to_unknown_videos_are_not_logged_and_a_deleted_video_forgets(
    emulator: Emulator,
) -> None:
    assert send_chunk(emulator, "viNope", b"a", "part 1/1").status_code == 404
    assert emulator.requests_for("viNope") == []
    vid = create_video(emulator)
    status(emulator, vid)
    assert len(emulator.requests_for(vid)) == 2
    assert emulator.delete_video(vid)
    assert emulator.requests_for(vid) == []


def test_the_cap_keeps_the_newest_entries(tmp_path: Path) -> None:
    with Emulator(tmp_path / "emulator", request_log_cap=5) as emu:
        vid = create_video(emu)
        for _ in range(12):
            status(emu, vid)
        log = emu.requests_for(vid)
        # The create and the first seven reads went; the last five reads stay, in order.
        assert kinds(log) == ["status"] * 5
        assert [e.seq - log[0].seq for e in log] == [0, 1, 2, 3, 4]
    with pytest.raises(ValueError, match="at least one"):
        Emulator(tmp_path / "other", request_log_cap=0)


def test_concurrent_chunks_are_all_logged(emulator: Emulator) -> None:
    """Written from the server's loop while other threads send: every chunk lands once."""
    vid = create_video(emulator)
    count = 8
    total = count * CHUNK

    answers: list[int] = []

    def send(index: int) -> None:
        start = index * CHUNK
        end = start + CHUNK - 1
        answers.append(
            send_chunk(emulator, vid, b"c" * CHUNK, f"bytes {start}-{end}/{total}").status_code
        )

    threads = [threading.Thread(target=send, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert answers == [201] * count
    chunks = [e for e in emulator.requests_for(vid) if e.is_chunk]
    assert sorted(e.span for e in chunks if e.span) == [
        (i * CHUNK, (i + 1) * CHUNK - 1) for i in range(count)
    ]
    assert all(e.accepted for e in chunks)
    assert len({e.seq for e in chunks}) == count
