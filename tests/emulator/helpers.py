"""Small HTTP helpers for the emulator's tests (plain requests to 127.0.0.1)."""

from __future__ import annotations

from typing import Any

import requests

from uploader_gui.emulator import Emulator

MIB = 1024 * 1024
CHUNK = 5 * MIB
DOCS = "https://docs.api.video/reference/"
TIMEOUT = 30


def session() -> requests.Session:
    s = requests.Session()
    s.auth = ("test-key", "")
    return s


def create_video(emu: Emulator, s: requests.Session | None = None, **fields: Any) -> str:
    fields.setdefault("title", "test video")
    r = (s or session()).post(f"{emu.base_url}/videos", json=fields, timeout=TIMEOUT)
    assert r.status_code == 201, r.text
    return str(r.json()["videoId"])


def send_chunk(
    emu: Emulator,
    video_id: str,
    data: bytes,
    content_range: str | None,
    s: requests.Session | None = None,
    *,
    field: str = "file",
    filename: str = "video.mp4",
) -> requests.Response:
    headers = {"Content-Range": content_range} if content_range is not None else {}
    return (s or session()).post(
        f"{emu.base_url}/videos/{video_id}/source",
        headers=headers,
        files={field: (filename, data, "application/octet-stream")},
        timeout=TIMEOUT,
    )


def assert_problem(r: requests.Response, status: int, slug: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")
    body: dict[str, Any] = r.json()
    assert body["type"] == DOCS + slug, body
    assert body["status"] == status
    assert isinstance(body["title"], str) and body["title"]
    return body


def status(emu: Emulator, video_id: str) -> dict[str, Any]:
    r = session().get(f"{emu.base_url}/videos/{video_id}/status", timeout=TIMEOUT)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data
