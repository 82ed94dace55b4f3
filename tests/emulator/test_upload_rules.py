"""Every upload rule in the protocol reference answers the status and problem it documents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from uploader_gui.emulator import Emulator

from .helpers import CHUNK, MIB, TIMEOUT, assert_problem, create_video, send_chunk, session, status

T = 3 * CHUNK  # a total size for the bytes form

# (chunks that must be accepted first, the refused chunk, its problem slug)
# A chunk is (body length, Content-Range header or None).
CASES: dict[str, tuple[list[tuple[int, str | None]], tuple[int, str | None], str]] = {
    "malformed header": ([], (10, "bytes=0-9/10"), "video-content-range-malformed"),
    "malformed no total": ([], (10, "part 1"), "video-content-range-malformed"),
    "malformed case": ([], (10, "Part 1/1"), "video-content-range-malformed"),
    "part zero": ([], (10, "part 0/1"), "video-content-range-by-part-part-zero"),
    "part over 10000": (
        [],
        (CHUNK, "part 10001/*"),
        "video-content-range-by-part-part-too-high-allowed",
    ),
    "total parts zero": ([], (10, "part 1/0"), "video-content-range-by-part-total-parts-zero"),
    "total parts over 10000": (
        [],
        (CHUNK, "part 1/10001"),
        "video-content-range-by-part-total-parts-too-high",
    ),
    "part above total": ([], (10, "part 3/2"), "video-content-range-by-part-part-too-high-total"),
    "part already sent": (
        [(CHUNK, "part 1/*")],
        (CHUNK, "part 1/*"),
        "video-content-range-by-part-part-already-sent",
    ),
    "changed total parts": (
        [(CHUNK, "part 1/3")],
        (CHUNK, "part 2/4"),
        "video-content-range-by-part-different-total-parts",
    ),
    "total parts below a sent part": (
        [(CHUNK, "part 3/*")],
        (10, "part 2/2"),
        "video-content-range-by-part-total-parts-too-low",
    ),
    "small middle part": (
        [],
        (CHUNK - 1, "part 1/2"),
        "video-content-range-by-part-uploaded-file-too-small",
    ),
    "small open part": (
        [],
        (CHUNK - 1, "part 1/*"),
        "video-content-range-by-part-uploaded-file-too-small",
    ),
    "from above to": ([], (10, "bytes 9-0/10"), "video-content-range-by-bytes-from-byte-too-high"),
    "to above allowed": (
        [],
        (10, "bytes 52428799990-52428800000/*"),
        "video-content-range-by-bytes-to-byte-too-high-allowed",
    ),
    "total bytes zero": ([], (1, "bytes 0-0/0"), "video-content-range-by-bytes-total-bytes-zero"),
    "total bytes too high": (
        [],
        (10, "bytes 0-9/52428800001"),
        "video-content-range-by-bytes-total-bytes-too-high",
    ),
    "to beyond total": (
        [],
        (10, "bytes 5-14/10"),
        "video-content-range-by-bytes-to-byte-too-high-total",
    ),
    "range over 200 MiB": (
        [],
        (10, f"bytes 0-{200 * MIB}/{400 * MIB}"),
        "video-content-range-by-bytes-range-too-large",
    ),
    "range length differs from body": (
        [],
        (10, f"bytes 0-10/{T}"),
        "video-content-range-by-bytes-range-mismatch",
    ),
    "overlapping range": (
        [(CHUNK, f"bytes 0-{CHUNK - 1}/{T}")],
        (CHUNK, f"bytes {CHUNK - 1}-{2 * CHUNK - 2}/{T}"),
        "video-content-range-by-bytes-range-overlap",
    ),
    "same range twice": (
        [(CHUNK, f"bytes 0-{CHUNK - 1}/{T}")],
        (CHUNK, f"bytes 0-{CHUNK - 1}/{T}"),
        "video-content-range-by-bytes-range-overlap",
    ),
    "changed total bytes": (
        [(CHUNK, f"bytes 0-{CHUNK - 1}/{T}")],
        (CHUNK, f"bytes {CHUNK}-{2 * CHUNK - 1}/{T + 1}"),
        "video-content-range-by-bytes-different-total-bytes",
    ),
    "total bytes below a sent range": (
        [(CHUNK, f"bytes {CHUNK}-{2 * CHUNK - 1}/*")],
        (10, f"bytes 0-9/{CHUNK}"),
        "video-content-range-by-bytes-total-bytes-too-low",
    ),
    "small middle range": (
        [],
        (10, f"bytes 0-9/{T}"),
        "video-content-range-by-bytes-range-too-small",
    ),
    "bytes after part": (
        [(CHUNK, "part 1/*")],
        (CHUNK, f"bytes {CHUNK}-{2 * CHUNK - 1}/{T}"),
        "video-content-range-started-with-part",
    ),
    "part after bytes": (
        [(CHUNK, f"bytes 0-{CHUNK - 1}/{T}")],
        (CHUNK, "part 2/*"),
        "video-content-range-started-with-bytes",
    ),
    "single shot after content-range": (
        [(CHUNK, "part 1/*")],
        (10, None),
        "video-content-range-already-initiated",
    ),
    "upload after completion": (
        [(10, "part 1/1")],
        (10, "part 1/1"),
        "video-source-already-uploaded",
    ),
    "single shot after completion": ([(10, None)], (10, None), "video-source-already-uploaded"),
    "empty file": ([], (0, "part 1/1"), "uploaded-file-empty"),
    "empty single shot": ([], (0, None), "uploaded-file-empty"),
}


@pytest.mark.parametrize("case", CASES)
def test_refused_chunk(emulator: Emulator, case: str) -> None:
    accepted, refused, slug = CASES[case]
    vid = create_video(emulator)
    s = session()
    for length, header in accepted:
        r = send_chunk(emulator, vid, b"\x01" * length, header, s)
        assert r.status_code == 201, r.text
    before = status(emulator, vid).get("ingest")
    length, header = refused
    r = send_chunk(emulator, vid, b"\x02" * length, header, s)
    body = assert_problem(r, 400, slug)
    assert body.get("name") in ("Content-Range", "file")
    assert status(emulator, vid).get("ingest") == before  # nothing was recorded


def test_last_part_may_be_small_but_earlier_parts_may_not(emulator: Emulator) -> None:
    vid = create_video(emulator)
    assert send_chunk(emulator, vid, b"z" * 10, "part 2/2").status_code == 201
    assert send_chunk(emulator, vid, b"a" * CHUNK, "part 1/2").status_code == 201
    path = emulator.source_path(vid)
    assert path is not None and path.stat().st_size == CHUNK + 10


def test_single_shot_over_200_mib_is_too_large(emulator: Emulator) -> None:
    """Streams a sparse 200 MiB + 1 body without holding it in memory."""
    vid = create_video(emulator)

    def body() -> Iterator[bytes]:
        boundary = "b0undary"
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"'
            "\r\nContent-Type: application/octet-stream\r\n\r\n"
        ).encode()
        zeros = bytes(MIB)
        for _ in range(200):
            yield zeros
        yield b"!"
        yield f"\r\n--{boundary}--\r\n".encode()

    r = session().post(
        f"{emulator.base_url}/videos/{vid}/source",
        data=body(),
        headers={"Content-Type": "multipart/form-data; boundary=b0undary"},
        timeout=TIMEOUT,
    )
    assert_problem(r, 400, "uploaded-file-too-large")


def test_no_file_part(emulator: Emulator) -> None:
    vid = create_video(emulator)
    r = session().post(
        f"{emulator.base_url}/videos/{vid}/source",
        files={"videoId": (None, vid)},
        timeout=TIMEOUT,
    )
    assert_problem(r, 400, "uploaded-file-no-file")


def test_not_multipart_at_all(emulator: Emulator) -> None:
    vid = create_video(emulator)
    r = session().post(
        f"{emulator.base_url}/videos/{vid}/source", json={"file": "x"}, timeout=TIMEOUT
    )
    assert_problem(r, 400, "uploaded-file-no-file")


def test_broken_multipart_is_a_400_not_a_500(emulator: Emulator) -> None:
    vid = create_video(emulator)
    r = session().post(
        f"{emulator.base_url}/videos/{vid}/source",
        data=b'--x\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nabc',
        headers={"Content-Type": "multipart/form-data; boundary=x"},
        timeout=TIMEOUT,
    )
    assert r.status_code == 400, r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")


def test_several_file_parts(emulator: Emulator) -> None:
    vid = create_video(emulator)
    r = session().post(
        f"{emulator.base_url}/videos/{vid}/source",
        files=[("file", ("a.mp4", b"a")), ("other", ("b.mp4", b"b"))],
        timeout=TIMEOUT,
    )
    assert_problem(r, 400, "uploaded-file-multiple-files")


def test_unknown_video(emulator: Emulator) -> None:
    r = send_chunk(emulator, "viDoesNotExist0000000000", b"a", None)
    body = assert_problem(r, 404, "resource-not-found")
    assert body["name"] == "videoId"


def test_every_response_carries_rate_limit_headers(emulator: Emulator) -> None:
    responses = [
        requests.get(f"{emulator.base_url}/nowhere", timeout=TIMEOUT),
        session().get(f"{emulator.base_url}/videos", timeout=TIMEOUT),
        send_chunk(emulator, create_video(emulator), b"a", None),
    ]
    for r in responses:
        for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Retry-After"):
            assert r.headers[name].isdigit(), (r.url, name)


def test_unknown_url_and_wrong_method(emulator: Emulator) -> None:
    assert_problem(
        requests.get(f"{emulator.base_url}/foobar", timeout=TIMEOUT),
        404,
        "unrecognized-request-url",
    )
    assert_problem(
        requests.put(f"{emulator.base_url}/videos", timeout=TIMEOUT), 405, "method-not-allowed"
    )
