"""Captions, chapters and thumbnails sent by the command line to the emulator over HTTP."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import requests

from tests.core.engine_helpers import served_bytes, write_video
from tests.core.test_resume_faults import wait_for
from tests.test_cli import (
    WITH_STOP_SIGNALS,
    cli,
    data_dir,
    finals,
    json_lines,
    start_cli,
)
from uploader_gui.core.limits import MIB
from uploader_gui.emulator import Emulator

SRT_CUES = [
    ("00:00:01,000", "00:00:02,500", "Bonjour <i>à tous</i>"),
    ("00:00:03,000", "00:00:04,000", "Tom & Jerry\nsecond line"),
    ("01:02:03,004", "01:02:05,000", "late"),
]
__all__ = ["data_dir"]  # each test's own upload store (an autouse fixture)

PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(2048)


def srt_bytes() -> bytes:
    """A SubRip file as Windows tools write it: BOM, CRLF, comma decimals, no final newline."""
    blocks = [f"{n}\n{a} --> {b}\n{text}" for n, (a, b, text) in enumerate(SRT_CUES, start=1)]
    return b"\xef\xbb\xbf" + "\n\n".join(blocks).replace("\n", "\r\n").encode("utf-8")


def served(emulator: Emulator, video_id: str, what: str) -> str:
    answer = requests.get(f"{emulator.base_url}/vod/{video_id}/{what}", timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.text


def test_sidecars_arrive_converted(emulator: Emulator, tmp_path: Path) -> None:
    video = write_video(tmp_path / "talk.mp4", 2 * MIB)
    (tmp_path / "talk.fr.srt").write_bytes(srt_bytes())
    (tmp_path / "talk.chapters.txt").write_text("0:00 Intro\n1:05 The idea\n1:02:03 Q&A\n")
    (tmp_path / "talk.png").write_bytes(PNG)
    run = cli(str(video), "--base-url", emulator.base_url, "--json")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    lines = json_lines(run.stdout)
    attached = [(o["kind"], o["language"]) for o in lines if o["event"] == "attached"]
    assert attached == [("caption", "fr"), ("chapters", "en"), ("thumbnail", None)]
    final = finals(lines)["talk.mp4"]
    assert final["event"] == "done"
    video_id = final["videoId"]
    assert served_bytes(emulator, video_id) == video.read_bytes()
    assert served(emulator, video_id, "captions/fr.vtt") == (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:02.500\nBonjour <i>à tous</i>\n\n"
        "00:00:03.000 --> 00:00:04.000\nTom &amp; Jerry\nsecond line\n\n"
        "01:02:03.004 --> 01:02:05.000\nlate\n"
    )
    chapters = served(emulator, video_id, "chapters/en.vtt")
    assert "00:00:00.000 --> 00:01:05.000\nIntro\n" in chapters
    assert "00:01:05.000 --> 01:02:03.000\nThe idea\n" in chapters
    assert "01:02:03.000 --> 24:00:00.000\nQ&amp;A\n" in chapters
    thumbnail = requests.get(final["thumbnailUrl"], timeout=10)
    assert thumbnail.content == PNG


def test_options_name_the_files_and_a_frame(emulator: Emulator, tmp_path: Path) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "portugues.srt").write_bytes(srt_bytes())
    (tmp_path / "talk.srt").write_bytes(b"1\n00:00:01,000 --> 00:00:02,000\nsidecar\n")
    (tmp_path / "talk.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))
    run = cli(
        str(video),
        "--base-url",
        emulator.base_url,
        "--captions",
        f"{subs / 'portugues.srt'}:pt_BR",
        "--thumbnail",
        "00:01:05.500",
        "--caption-language",
        "de",
    )
    assert run.returncode == 0, run.stderr
    assert "caption pt-BR attached (portugues.srt)" in run.stdout
    assert "thumbnail attached (frame at 00:01:05.500)" in run.stdout
    (record,) = emulator.videos()
    video_id = record["videoId"]
    assert served(emulator, video_id, "captions/pt-BR.vtt").startswith("WEBVTT\n\n00:00:01.000")
    assert "sidecar" in served(emulator, video_id, "captions/de.vtt")
    assert emulator.picked_thumbnail(video_id) == "00:01:05.500"


def test_a_broken_caption_never_costs_the_video(emulator: Emulator, tmp_path: Path) -> None:
    video = write_video(tmp_path / "talk.mp4", 2 * MIB)
    (tmp_path / "talk.fr.srt").write_bytes(os.urandom(3000) + b"\x00")
    (tmp_path / "talk.en.srt").write_bytes(srt_bytes())
    run = cli(str(video), "--base-url", emulator.base_url, "--json")
    assert run.returncode == 1
    assert run.stderr == "talk.fr.srt: not a subtitle file\n"
    lines = json_lines(run.stdout)
    failed = [o for o in lines if o["event"] == "attachmentFailed"]
    assert [(o["language"], o["problem"]) for o in failed] == [("fr", "not_subtitles")]
    final = finals(lines)["talk.mp4"]
    assert final["event"] == "done"
    assert served_bytes(emulator, final["videoId"]) == video.read_bytes()
    assert "Tom &amp; Jerry" in served(emulator, final["videoId"], "captions/en.vtt")
    listed = requests.get(
        f"{emulator.base_url}/videos/{final['videoId']}/captions", auth=("test-key", ""), timeout=10
    ).json()
    assert [c["srclang"] for c in listed["data"]] == ["en"]


def test_a_fixed_caption_goes_to_the_same_video(emulator: Emulator, tmp_path: Path) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    broken = tmp_path / "talk.fr.srt"
    broken.write_text("0:00 this is not a subtitle file\n")
    first = cli(str(video), "--base-url", emulator.base_url)
    assert first.returncode == 1
    broken.write_bytes(srt_bytes())
    again = cli(str(video), "--base-url", emulator.base_url)
    assert again.returncode == 0, again.stderr
    (record,) = emulator.videos()
    assert "Bonjour" in served(emulator, record["videoId"], "captions/fr.vtt")
    kinds = [e.kind for e in emulator.requests_for(record["videoId"])]
    assert kinds.count("source") == 1 and kinds.count("caption") == 1


def test_an_interrupted_run_sends_only_what_is_missing(emulator: Emulator, tmp_path: Path) -> None:
    video = write_video(tmp_path / "talk.mp4", 2 * MIB)
    (tmp_path / "talk.en.srt").write_bytes(srt_bytes())
    (tmp_path / "talk.fr.srt").write_bytes(srt_bytes())
    (tmp_path / "talk.chapters.txt").write_text("0:00 Intro\n0:30 Next\n")
    emulator.faults.fail_attachments_matching = "/captions/fr"
    args = ["upload", str(video), "--base-url", emulator.base_url, "--json"]
    with start_cli(args, runner=("-c", WITH_STOP_SIGNALS, "default")) as proc:

        def fr_refused() -> bool:
            return any(
                e.kind == "caption" and "/fr" in e.path and e.status == 503
                for v in emulator.videos()
                for e in emulator.requests_for(v["videoId"])
            )

        wait_for(fr_refused)
        proc.send_signal(signal.SIGTERM)
        _stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143, stderr
    emulator.faults.fail_attachments_matching = ""
    (record,) = emulator.videos()
    video_id = record["videoId"]
    before = emulator.requests_for(video_id)
    assert [e.kind for e in before if e.accepted and e.kind != "status"] == [
        "create",
        "source",
        "caption",
    ]
    again = cli(str(video), "--base-url", emulator.base_url, "--json")
    assert again.returncode == 0, again.stderr
    lines = json_lines(again.stdout)
    attached = [(o["kind"], o["language"], o["earlier"]) for o in lines if o["event"] == "attached"]
    assert attached == [
        ("caption", "en", True),
        ("caption", "fr", False),
        ("chapters", "en", False),
    ]
    after = emulator.requests_for(video_id)[len(before) :]
    assert [
        (e.kind, e.path.rsplit("/", 1)[-1]) for e in after if e.accepted and e.kind != "status"
    ] == [
        ("caption", "fr"),
        ("chapters", "en"),
    ]
    assert [e.kind for e in emulator.requests_for(video_id)].count("source") == 1
    assert len(emulator.videos()) == 1


def test_resume_sends_what_a_stopped_run_left(emulator: Emulator, tmp_path: Path) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    (tmp_path / "talk.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))
    emulator.faults.fail_attachments_matching = "/thumbnail"
    args = ["upload", str(video), "--base-url", emulator.base_url]
    with start_cli(args, runner=("-c", WITH_STOP_SIGNALS, "default")) as proc:
        wait_for(
            lambda: any(
                e.kind == "thumbnail" and e.status == 503
                for v in emulator.videos()
                for e in emulator.requests_for(v["videoId"])
            )
        )
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    emulator.faults.fail_attachments_matching = ""
    resumed = cli("--resume", "--base-url", emulator.base_url)
    assert resumed.returncode == 0, resumed.stderr
    assert "thumbnail attached (talk.jpg)" in resumed.stdout
    (record,) = emulator.videos()
    assert requests.get(record["assets"]["thumbnail"], timeout=10).content.startswith(b"\xff\xd8")


def test_no_sidecars(emulator: Emulator, tmp_path: Path) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    (tmp_path / "talk.srt").write_bytes(os.urandom(100))
    run = cli(str(video), "--base-url", emulator.base_url, "--no-sidecars", "--json")
    assert run.returncode == 0, run.stderr
    assert not [o for o in json_lines(run.stdout) if o["event"].startswith("attach")]


def test_an_upload_token_sends_the_video_and_says_what_it_left(
    emulator: Emulator, tmp_path: Path
) -> None:
    created = requests.post(
        f"{emulator.base_url}/upload-tokens", json={"ttl": 0}, auth=("test-key", ""), timeout=10
    ).json()["token"]
    video = write_video(tmp_path / "talk.mp4", MIB)
    (tmp_path / "talk.srt").write_bytes(srt_bytes())
    run = cli(str(video), "--base-url", emulator.base_url, "--upload-token", created, key=None)
    assert run.returncode == 0, run.stderr
    assert "need an API key" in run.stderr and "talk.srt" in run.stderr
    (record,) = emulator.videos()
    assert [e.kind for e in emulator.requests_for(record["videoId"]) if e.kind == "caption"] == []


def test_usage_mistakes_are_said_plainly(emulator: Emulator, tmp_path: Path) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    other = write_video(tmp_path / "other.mp4", MIB)
    subs = tmp_path / "talk.srt"
    subs.write_bytes(srt_bytes())
    base = ["--base-url", emulator.base_url]
    cases = [
        ([str(video), "--captions", str(tmp_path / "none.srt"), *base], "is not a file"),
        ([str(video), "--captions", f"{subs}:english!", *base], "is not a language tag"),
        ([str(video), "--thumbnail", "soon", *base], "neither an image file nor a time"),
        ([str(video), str(other), "--captions", str(subs), *base], "one FILE at a time"),
        ([str(video), "--caption-language", "pt_BR!", *base], "is not a language tag"),
    ]
    for args, words in cases:
        run = cli(*args)
        assert run.returncode == 2, (args, run.stderr)
        assert words in run.stderr
        assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    token = cli(str(video), "--captions", str(subs), "--upload-token", "to123", *base)
    assert token.returncode == 2
    assert "need an API key" in token.stderr
    assert emulator.videos() == []


def test_a_changed_video_is_not_reported_done_for_its_earlier_upload(
    emulator: Emulator, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    (tmp_path / "talk.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))
    emulator.faults.fail_attachments_matching = "/thumbnail"
    args = ["upload", str(video), "--base-url", emulator.base_url]
    with start_cli(args, runner=("-c", WITH_STOP_SIGNALS, "default")) as proc:
        wait_for(
            lambda: any(
                e.kind == "thumbnail" and e.status == 503
                for v in emulator.videos()
                for e in emulator.requests_for(v["videoId"])
            )
        )
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    emulator.faults.fail_attachments_matching = ""
    (earlier,) = emulator.videos()
    # The video is edited before the command is run again: its new content must go up.
    write_video(video, 2 * MIB)
    again = cli(str(video), "--base-url", emulator.base_url, "--json")
    assert again.returncode == 0, again.stderr
    done = finals(json_lines(again.stdout))["talk.mp4"]
    assert done["event"] == "done"
    assert done["videoId"] != earlier["videoId"]
    assert served_bytes(emulator, done["videoId"]) == video.read_bytes()
