"""Following encoding: readings of /status, the words shown, backoff and bounds, and the real
emulator going from Processing to every quality."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.core.engine_helpers import write_video
from uploader_gui.cli.reporters import encoding_words
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.encoding_watch import (
    MAX_ERRORS,
    EncodingProgress,
    EncodingStep,
    read_encoding,
    wait_playable,
    watch_encoding,
)
from uploader_gui.core.errors import NetworkError
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.emulator import Emulator

MIB = 1024 * 1024


def status(playable: bool, *qualities: tuple[str, str]) -> dict[str, Any]:
    return {
        "encoding": {
            "playable": playable,
            "qualities": [{"type": "hls", "quality": q, "status": s} for q, s in qualities],
        }
    }


def test_readings_say_the_step_and_its_quality() -> None:
    unknown = read_encoding({})
    assert (unknown.playable, unknown.step, unknown.quality) == (False, EncodingStep.UNKNOWN, None)
    assert read_encoding({"encoding": "odd"}) == EncodingProgress()
    encoding = read_encoding(status(False, ("720p", "encoding"), ("360p", "encoding")))
    assert (encoding.step, encoding.quality) == (EncodingStep.ENCODING, "360p")
    waiting = read_encoding(status(False, ("360p", "waiting")))
    assert (waiting.step, waiting.quality) == (EncodingStep.WAITING, None)
    ready = read_encoding(status(True, ("360p", "encoded"), ("720p", "encoding")))
    assert (ready.step, ready.quality) == (EncodingStep.READY, "360p") and not ready.settled
    best = read_encoding(
        status(True, ("360p", "encoded"), ("1080p", "encoded"), ("720p", "encoded"))
    )
    assert (best.step, best.quality) == (EncodingStep.READY, "1080p") and best.settled
    assert best.ready == ("360p", "1080p", "720p")


def test_the_command_line_words_each_reading() -> None:
    assert encoding_words(read_encoding({})) == "Processing"
    encoding = read_encoding(status(False, ("360p", "encoding")))
    assert encoding_words(encoding) == "Processing · encoding 360p"
    waiting = read_encoding(status(False, ("360p", "waiting")))
    assert encoding_words(waiting) == "Processing · waiting to encode"
    ready = read_encoding(status(True, ("360p", "encoded"), ("720p", "encoding")))
    assert encoding_words(ready) == "Ready to watch · 360p ready"


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_polls_with_growing_pauses_and_reports_each_change_once() -> None:
    answers = [
        status(False),
        status(False),
        status(False, ("360p", "encoding")),
        status(True, ("360p", "encoded"), ("720p", "encoding")),
        status(True, ("360p", "encoded"), ("720p", "encoding")),
        status(True, ("360p", "encoded"), ("720p", "encoded")),
    ]
    t = FakeTime()
    seen: list[str] = []
    outcome = watch_encoding(
        lambda: answers.pop(0),
        on_change=lambda p: seen.append(encoding_words(p)),
        until_all_qualities=True,
        sleep=t.sleep,
        clock=t.clock,
    )
    assert outcome.reached and outcome.progress.settled and not answers
    assert seen == [
        "Processing",
        "Processing · encoding 360p",
        "Ready to watch · 360p ready",
        "Ready to watch · 720p ready",
    ]
    assert t.sleeps == sorted(t.sleeps) and t.sleeps[0] == 1.0 and t.sleeps[-1] > 2.0


def test_stops_at_playable_unless_every_quality_is_wanted() -> None:
    t = FakeTime()
    answers = [status(True, ("360p", "encoded"), ("720p", "encoding"))] * 3
    outcome = watch_encoding(answers.pop, sleep=t.sleep, clock=t.clock)
    assert outcome.reached and len(answers) == 2 and t.sleeps == []


def test_gives_up_honestly_after_the_time_limit_and_after_errors() -> None:
    t = FakeTime()
    outcome = watch_encoding(
        lambda: status(False), sleep=t.sleep, clock=t.clock, playable_wait=60.0, poll_max=5.0
    )
    assert not outcome.reached and outcome.reason == Reason(Why.STOPPED_WATCHING)
    assert 60.0 <= t.now < 70.0 and max(t.sleeps) == 5.0

    calls: list[int] = []

    def broken() -> Mapping[str, Any]:
        calls.append(1)
        raise NetworkError(Why.NO_NETWORK)

    outcome = watch_encoding(broken, sleep=FakeTime().sleep, clock=FakeTime().clock)
    assert not outcome.reached and outcome.reason == Reason(Why.NO_NETWORK)
    assert len(calls) == MAX_ERRORS


def test_qualities_are_followed_for_a_bounded_time_after_playable() -> None:
    t = FakeTime()
    outcome = watch_encoding(
        lambda: status(True, ("360p", "encoded"), ("720p", "encoding")),
        until_all_qualities=True,
        sleep=t.sleep,
        clock=t.clock,
        qualities_wait=30.0,
    )
    assert outcome.reached and not outcome.progress.settled and 30.0 <= t.now < 50.0


def test_a_stop_request_ends_following_at_once() -> None:
    calls: list[int] = []

    def fetch() -> dict[str, Any]:
        calls.append(1)
        return status(False)

    outcome = watch_encoding(fetch, stopped=lambda: True)
    assert not outcome.reached and calls == []


def test_wait_playable_follows_a_real_upload_on_the_emulator(
    emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "clip.mp4", 6 * MIB)
    with ApiClient(emulator.base_url, api_key="test-key") as client:
        result = FileUpload(
            client, path, VideoMetadata(title="clip"), UploadOptions(chunk_size=5 * MIB)
        ).run()
        seen: list[EncodingProgress] = []
        outcome = wait_playable(client, result.video_id, on_change=seen.append, timeout=30.0)
        assert outcome.reached and outcome.progress.playable
        assert outcome.progress.ready and encoding_words(outcome.progress).startswith(
            "Ready to watch"
        )
        assert seen and seen[-1] == outcome.progress
        # Following on to every quality reaches 1080p.
        everything = watch_encoding(
            lambda: client.get_status(result.video_id), until_all_qualities=True, poll_max=0.3
        )
        assert everything.progress.settled and "1080p" in everything.progress.ready
