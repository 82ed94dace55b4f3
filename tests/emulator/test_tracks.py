"""Captions, chapters and thumbnails on the emulator, as the API reference describes them."""

from __future__ import annotations

import requests

from tests.emulator.helpers import TIMEOUT, assert_problem, create_video, session
from uploader_gui.emulator import Emulator

VTT = b"WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def _post(
    emu: Emulator,
    path: str,
    data: bytes,
    filename: str = "en.vtt",
    s: requests.Session | None = None,
) -> requests.Response:
    return (s or session()).post(
        f"{emu.base_url}{path}", files={"file": (filename, data, "text/vtt")}, timeout=TIMEOUT
    )


def test_caption_round_trip(emulator: Emulator) -> None:
    video = create_video(emulator)
    r = _post(emulator, f"/videos/{video}/captions/pt-BR", VTT)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["srclang"] == "pt-BR"
    assert body["uri"] == f"/videos/{video}/captions/pt-BR"
    assert body["default"] is False
    assert body["languageName"] == "português"
    served = requests.get(body["src"], timeout=TIMEOUT)
    assert served.status_code == 200
    assert served.content == VTT
    assert served.headers["Content-Type"].startswith("text/vtt")
    got = session().get(f"{emulator.base_url}/videos/{video}/captions/pt-BR", timeout=TIMEOUT)
    assert got.json() == body


def test_caption_list_default_and_delete(emulator: Emulator) -> None:
    video = create_video(emulator)
    for language in ("en", "fr"):
        assert _post(emulator, f"/videos/{video}/captions/{language}", VTT).status_code == 200
    s = session()
    base = f"{emulator.base_url}/videos/{video}/captions"
    r = s.patch(f"{base}/fr", json={"default": True}, timeout=TIMEOUT)
    assert r.status_code == 200 and r.json()["default"] is True
    r = s.patch(f"{base}/en", json={"default": True}, timeout=TIMEOUT)
    listed = s.get(base, timeout=TIMEOUT).json()
    assert {c["srclang"]: c["default"] for c in listed["data"]} == {"en": True, "fr": False}
    assert listed["pagination"]["itemsTotal"] == 2
    assert_problem(
        s.patch(f"{base}/en", json={"default": "yes"}, timeout=TIMEOUT), 400, "invalid-attribute"
    )
    assert s.delete(f"{base}/fr", timeout=TIMEOUT).status_code == 204
    assert [c["srclang"] for c in s.get(base, timeout=TIMEOUT).json()["data"]] == ["en"]
    gone = s.get(f"{base}/fr", timeout=TIMEOUT)
    assert assert_problem(gone, 404, "resource-not-found")["name"] == "language"
    assert_problem(s.delete(f"{base}/fr", timeout=TIMEOUT), 404, "resource-not-found")


def test_caption_refusals(emulator: Emulator) -> None:
    video = create_video(emulator)
    bad_separator = _post(emulator, f"/videos/{video}/captions/pt_BR", VTT)
    body = assert_problem(bad_separator, 400, "invalid-attribute")
    assert body["name"] == "language" and "letters and dashes" in body["detail"]
    unknown = assert_problem(
        _post(emulator, f"/videos/{video}/captions/xx", VTT), 400, "invalid-attribute"
    )
    assert unknown["detail"] == 'The "language" attribute is not valid.'
    srt = b"1\n00:00:01,000 --> 00:00:02,000\nHello\n"
    assert_problem(
        _post(emulator, f"/videos/{video}/captions/en", srt), 400, "uploaded-file-invalid-file"
    )
    assert_problem(_post(emulator, f"/videos/{video}/captions/en", b""), 400, "uploaded-file-empty")
    missing = _post(emulator, "/videos/viNOPE/captions/en", VTT)
    assert assert_problem(missing, 404, "resource-not-found")["name"] == "videoId"
    no_file = session().post(
        f"{emulator.base_url}/videos/{video}/captions/en", files={"x": (None, "y")}, timeout=TIMEOUT
    )
    assert_problem(no_file, 400, "uploaded-file-no-file")
    anonymous = requests.post(
        f"{emulator.base_url}/videos/{video}/captions/en",
        files={"file": ("en.vtt", VTT)},
        timeout=TIMEOUT,
    )
    assert anonymous.status_code == 401
    assert (
        session()
        .get(f"{emulator.base_url}/videos/{video}/captions", timeout=TIMEOUT)
        .json()["data"]
        == []
    )


def test_chapters_round_trip_keep_even_a_bad_file(emulator: Emulator) -> None:
    video = create_video(emulator)
    r = _post(emulator, f"/videos/{video}/chapters/en", VTT)
    assert r.status_code == 200, r.text
    assert r.json() == {
        "uri": f"/videos/{video}/chapters/en",
        "src": f"{emulator.base_url}/vod/{video}/chapters/en.vtt",
        "language": "en",
    }
    assert requests.get(r.json()["src"], timeout=TIMEOUT).content == VTT
    # api.video answers 200 for a chapters file that is not good WebVTT.
    assert _post(emulator, f"/videos/{video}/chapters/fr", b"not vtt").status_code == 200
    s = session()
    base = f"{emulator.base_url}/videos/{video}/chapters"
    assert [c["language"] for c in s.get(base, timeout=TIMEOUT).json()["data"]] == ["en", "fr"]
    assert s.delete(f"{base}/fr", timeout=TIMEOUT).status_code == 204
    assert_problem(s.get(f"{base}/fr", timeout=TIMEOUT), 404, "resource-not-found")
    assert_problem(_post(emulator, f"/videos/{video}/chapters/e_n", VTT), 400, "invalid-attribute")


def test_thumbnail_upload_and_pick(emulator: Emulator) -> None:
    video = create_video(emulator)
    r = _post(emulator, f"/videos/{video}/thumbnail", JPEG, filename="talk.jpg")
    assert r.status_code == 200, r.text
    served = requests.get(r.json()["assets"]["thumbnail"], timeout=TIMEOUT)
    assert served.content == JPEG and served.headers["Content-Type"] == "image/jpeg"
    bad = _post(emulator, f"/videos/{video}/thumbnail", b"GIF89a" + b"\x00" * 10, filename="a.gif")
    assert_problem(bad, 400, "uploaded-file-extension-invalid")
    s = session()
    url = f"{emulator.base_url}/videos/{video}/thumbnail"
    assert s.patch(url, json={"timecode": "00:01:05.500"}, timeout=TIMEOUT).status_code == 200
    assert_problem(
        s.patch(url, json={"timecode": "1:5"}, timeout=TIMEOUT), 400, "invalid-attribute"
    )
    assert requests.get(r.json()["assets"]["thumbnail"], timeout=TIMEOUT).content != JPEG
    kinds = [(e.kind, e.method, e.accepted) for e in emulator.requests_for(video)]
    assert kinds.count(("thumbnail", "PATCH", True)) == 1
    assert kinds.count(("thumbnail", "POST", True)) == 1


def test_injected_failures_store_nothing(emulator: Emulator) -> None:
    video = create_video(emulator)
    emulator.faults.fail_attachments = 2
    assert_problem(_post(emulator, f"/videos/{video}/captions/en", VTT), 503, "service-unavailable")
    assert_problem(
        _post(emulator, f"/videos/{video}/thumbnail", PNG, "t.png"), 503, "service-unavailable"
    )
    assert _post(emulator, f"/videos/{video}/captions/en", VTT).status_code == 200
    log = [
        (e.kind, e.status, e.accepted) for e in emulator.requests_for(video) if e.kind != "create"
    ]
    assert log == [("caption", 503, False), ("thumbnail", 503, False), ("caption", 200, True)]


def test_tracks_survive_a_restart_and_go_with_the_video(emulator: Emulator) -> None:
    video = create_video(emulator)
    _post(emulator, f"/videos/{video}/captions/en", VTT)
    emulator.stop()
    again = Emulator(emulator.data_dir).start()
    try:
        listed = session().get(f"{again.base_url}/videos/{video}/captions", timeout=TIMEOUT).json()
        assert [c["srclang"] for c in listed["data"]] == ["en"]
        assert (
            session().delete(f"{again.base_url}/videos/{video}", timeout=TIMEOUT).status_code == 204
        )
        assert (again.data_dir / "captions" / video).exists()  # restorable for 90 days
        assert again.delete_video(video)
        assert not (again.data_dir / "captions" / video).exists()
    finally:
        again.stop()
