"""Video containers, listing, thumbnails and upload tokens."""

from __future__ import annotations

from datetime import datetime

import requests

from tests.conftest import ManualClock
from uploader_gui.emulator import Emulator

from .helpers import TIMEOUT, assert_problem, create_video, send_chunk, session


def test_create_returns_a_full_video(emulator: Emulator) -> None:
    r = session().post(
        f"{emulator.base_url}/videos",
        json={
            "title": "Holiday",
            "description": "beach",
            "public": False,
            "tags": ["sea", "sun"],
            "metadata": [{"key": "k", "value": "v"}],
            "language": "fr",
            "clip": {"startTimecode": "00:00:01", "endTimecode": "00:00:05"},
        },
        timeout=TIMEOUT,
    )
    assert r.status_code == 201
    v = r.json()
    assert v["videoId"].startswith("vi") and len(v["videoId"]) == 24
    assert (v["title"], v["description"], v["public"]) == ("Holiday", "beach", False)
    assert v["tags"] == ["sea", "sun"] and v["metadata"] == [{"key": "k", "value": "v"}]
    assert v["language"] == "fr" and v["languageOrigin"] == "api"
    assert datetime.fromisoformat(v["createdAt"]).utcoffset() is not None
    assert set(v["assets"]) == {"iframe", "player", "hls", "thumbnail", "mp4"}
    nulls = {k for k, val in v.items() if val is None}
    assert nulls <= {"discardedAt", "deletesAt", "languageOrigin"}


def test_create_needs_a_valid_payload(emulator: Emulator) -> None:
    url = f"{emulator.base_url}/videos"
    s = session()
    body = assert_problem(s.post(url, json={}, timeout=TIMEOUT), 400, "invalid-attribute")
    assert body["name"] == "title"
    assert_problem(s.post(url, data=b"[1,", timeout=TIMEOUT), 400, "invalid-payload")
    assert_problem(s.post(url, json=["title"], timeout=TIMEOUT), 400, "invalid-payload")
    for bad in (
        {"title": 3},
        {"title": "x", "tags": "a"},
        {"title": "x", "language": "xx"},
        {"title": "x", "bogus": 1},
        {"title": "x", "metadata": [{"key": "k"}]},
    ):
        assert_problem(s.post(url, json=bad, timeout=TIMEOUT), 400, "invalid-attribute")


def test_get_patch_delete(emulator: Emulator) -> None:
    s = session()
    vid = create_video(emulator, s, tags=["a", "b"])
    url = f"{emulator.base_url}/videos/{vid}"
    assert s.get(url, timeout=TIMEOUT).json()["tags"] == ["a", "b"]
    patched = s.patch(url, json={"tags": ["c"], "title": "renamed"}, timeout=TIMEOUT)
    assert patched.status_code == 200
    assert patched.json()["tags"] == ["c"] and patched.json()["title"] == "renamed"
    assert_problem(s.patch(url, json={"clip": {}}, timeout=TIMEOUT), 400, "invalid-attribute")
    assert s.delete(url, timeout=TIMEOUT).status_code == 204
    assert_problem(s.get(url, timeout=TIMEOUT), 404, "resource-not-found")
    assert_problem(s.delete(url, timeout=TIMEOUT), 404, "resource-not-found")


def test_list_filters_sorting_and_pages(emulator: Emulator) -> None:
    s = session()
    a = create_video(
        emulator, s, title="alpha", tags=["x", "y"], metadata=[{"key": "hash", "value": "1"}]
    )
    b = create_video(emulator, s, title="beta", tags=["x"], description="second one")
    c = create_video(emulator, s, title="gamma")
    url = f"{emulator.base_url}/videos"

    def ids(**params: str | list[str]) -> list[str]:
        r = s.get(url, params=params, timeout=TIMEOUT)
        assert r.status_code == 200, r.text
        return [v["videoId"] for v in r.json()["data"]]

    assert ids() == [a, b, c]
    assert ids(title="alp") == [a]
    assert ids(**{"tags[]": ["x", "y"]}) == [a]
    assert ids(**{"tags[]": "x"}) == [a, b]
    assert ids(**{"metadata[hash]": "1"}) == [a]
    assert ids(description="second") == [b]
    assert ids(sortBy="title", sortOrder="desc") == [c, b, a]
    page = s.get(url, params={"pageSize": 2, "currentPage": 2}, timeout=TIMEOUT).json()
    assert [v["videoId"] for v in page["data"]] == [c]
    p = page["pagination"]
    assert (p["currentPage"], p["pageSize"], p["pagesTotal"], p["itemsTotal"]) == (2, 2, 2, 3)
    assert p["currentPageItems"] == 1
    assert {link["rel"] for link in p["links"]} == {"self", "first", "previous", "last"}
    for bad in (
        {"pageSize": 0},
        {"pageSize": 101},
        {"currentPage": 0},
        {"pageSize": "x"},
        {"sortBy": "size"},
        {"sortOrder": "up"},
    ):
        r = s.get(url, params=bad, timeout=TIMEOUT)
        assert_problem(r, 400, "invalid-query-parameter")


def test_thumbnail_upload_and_pick(emulator: Emulator) -> None:
    s = session()
    vid = create_video(emulator, s)
    url = f"{emulator.base_url}/videos/{vid}/thumbnail"
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 100
    r = s.post(url, files={"file": ("cover.jpg", jpeg)}, timeout=TIMEOUT)
    assert r.status_code == 200, r.text
    served = requests.get(r.json()["assets"]["thumbnail"], timeout=TIMEOUT)
    assert served.content == jpeg and served.headers["Content-Type"] == "image/jpeg"
    bad = s.post(url, files={"file": ("cover.gif", b"GIF89a....")}, timeout=TIMEOUT)
    assert_problem(bad, 400, "uploaded-file-extension-invalid")
    big = s.post(url, files={"file": ("big.jpg", jpeg + bytes(8 * 1024 * 1024))}, timeout=TIMEOUT)
    assert_problem(big, 400, "uploaded-file-too-large")
    picked = s.patch(url, json={"timecode": "00:00:02.000"}, timeout=TIMEOUT)
    assert picked.status_code == 200
    png = requests.get(picked.json()["assets"]["thumbnail"], timeout=TIMEOUT).content
    assert png.startswith(b"\x89PNG")
    assert_problem(
        s.patch(url, json={"timecode": "soon"}, timeout=TIMEOUT), 400, "invalid-attribute"
    )


def test_upload_tokens_lifecycle(emulator: Emulator, clock: ManualClock) -> None:
    s = session()
    base = f"{emulator.base_url}/upload-tokens"
    forever = s.post(base, json={}, timeout=TIMEOUT).json()
    assert forever["token"].startswith("to") and forever["ttl"] == 0
    assert forever["expiresAt"] is None
    short = s.post(base, json={"ttl": 1}, timeout=TIMEOUT).json()
    assert short["expiresAt"] is not None
    assert_problem(s.post(base, json={"ttl": -1}, timeout=TIMEOUT), 400, "invalid-attribute")
    listed = s.get(base, params={"sortBy": "ttl", "sortOrder": "desc"}, timeout=TIMEOUT).json()
    assert [t["token"] for t in listed["data"]] == [short["token"], forever["token"]]
    assert s.get(f"{base}/{short['token']}", timeout=TIMEOUT).json()["ttl"] == 1

    upload = f"{emulator.base_url}/upload"
    ok = requests.post(
        upload,
        params={"token": forever["token"]},
        files={"file": ("clip.mp4", b"abc")},
        timeout=TIMEOUT,
    )
    assert ok.status_code == 201 and ok.json()["title"] == "clip.mp4"
    clock.advance(1.1)
    expired = requests.post(
        upload,
        params={"token": short["token"]},
        files={"file": ("clip.mp4", b"abc")},
        timeout=TIMEOUT,
    )
    assert_problem(expired, 401, "authentication-invalid-upload-token")
    missing = requests.post(upload, files={"file": ("clip.mp4", b"abc")}, timeout=TIMEOUT)
    assert_problem(missing, 401, "authentication-missing-upload-token")
    assert s.delete(f"{base}/{forever['token']}", timeout=TIMEOUT).status_code == 204
    gone = requests.post(
        upload,
        params={"token": forever["token"]},
        files={"file": ("clip.mp4", b"abc")},
        timeout=TIMEOUT,
    )
    assert_problem(gone, 401, "authentication-invalid-upload-token")
    assert_problem(s.get(f"{base}/{forever['token']}", timeout=TIMEOUT), 404, "resource-not-found")


def test_token_upload_into_existing_video_and_unknown_video(emulator: Emulator) -> None:
    s = session()
    token = s.post(f"{emulator.base_url}/upload-tokens", json={}, timeout=TIMEOUT).json()["token"]
    vid = create_video(emulator, s, title="pre-made")
    upload = f"{emulator.base_url}/upload"
    parts: dict[str, tuple[str | None, str | bytes]]
    parts = {"file": ("a.mp4", b"abc"), "videoId": (None, vid)}
    r = requests.post(upload, params={"token": token}, files=parts, timeout=TIMEOUT)
    assert r.status_code == 201 and r.json()["title"] == "pre-made"
    parts = {"videoId": (None, "viNope"), "file": ("a.mp4", b"abc")}
    r = requests.post(upload, params={"token": token}, files=parts, timeout=TIMEOUT)
    assert_problem(r, 404, "resource-not-found")
    assert len(emulator.videos()) == 1
    assert send_chunk(emulator, vid, b"x", None).status_code == 400  # already uploaded


def test_delete_discards_then_restore_brings_it_back(
    emulator: Emulator, clock: ManualClock
) -> None:
    s = session()
    vid = create_video(emulator, s, title="kept", tags=["a"])
    other = create_video(emulator, s, title="other")
    url = f"{emulator.base_url}/videos/{vid}"
    discarded_url = f"{emulator.base_url}/discarded/videos/{vid}"
    assert_problem(s.get(discarded_url, timeout=TIMEOUT), 404, "resource-not-found")
    assert s.delete(url, timeout=TIMEOUT).status_code == 204
    assert_problem(s.get(url, timeout=TIMEOUT), 404, "resource-not-found")
    assert_problem(s.patch(url, json={"title": "x"}, timeout=TIMEOUT), 404, "resource-not-found")
    assert [v["videoId"] for v in emulator.videos()] == [other]
    listed = s.get(f"{emulator.base_url}/discarded/videos", timeout=TIMEOUT).json()
    assert [v["videoId"] for v in listed["data"]] == [vid]
    assert listed["pagination"]["itemsTotal"] == 1
    assert listed["pagination"]["links"][0]["uri"].startswith("/discarded/videos?")
    one = s.get(discarded_url, timeout=TIMEOUT).json()
    assert one["discarded"] is True and one["title"] == "kept"
    kept_for = datetime.fromisoformat(one["deletesAt"]) - datetime.fromisoformat(one["discardedAt"])
    assert kept_for.days == 90
    for bad in ({"discarded": True}, {"title": "x"}, {}):
        if bad:
            assert_problem(
                s.patch(discarded_url, json=bad, timeout=TIMEOUT), 400, "invalid-attribute"
            )
    restored = s.patch(discarded_url, json={"discarded": False}, timeout=TIMEOUT)
    assert restored.status_code == 200
    assert restored.json()["discarded"] is False and restored.json()["tags"] == ["a"]
    assert s.get(url, timeout=TIMEOUT).json()["discardedAt"] is None
    assert emulator.discarded_videos() == []
    assert_problem(
        s.patch(discarded_url, json={"discarded": False}, timeout=TIMEOUT),
        404,
        "resource-not-found",
    )
    # Past 90 days a discarded video is gone for good.
    assert s.delete(url, timeout=TIMEOUT).status_code == 204
    clock.advance(90 * 24 * 3600 + 1)
    listed = s.get(f"{emulator.base_url}/discarded/videos", timeout=TIMEOUT).json()
    assert listed["data"] == [] and emulator.discarded_videos() == []
    assert_problem(s.get(discarded_url, timeout=TIMEOUT), 404, "resource-not-found")


def test_forget_deleted_frees_the_media_at_once(emulator: Emulator) -> None:
    """A knob for benchmarks that upload gigabytes into a small scratch space: DELETE then
    forgets the video and its bytes instead of keeping them restorable."""
    emulator.faults.forget_deleted = True
    s = session()
    vid = create_video(emulator, s, title="big")
    assert send_chunk(emulator, vid, b"x" * 1024, None).status_code == 201
    source = emulator._store.source_file(vid)
    assert source.exists()
    assert s.delete(f"{emulator.base_url}/videos/{vid}", timeout=TIMEOUT).status_code == 204
    assert emulator.videos() == [] and emulator.discarded_videos() == []
    assert not source.exists()
