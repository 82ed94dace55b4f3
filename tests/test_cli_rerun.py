"""Running the same command again: it continues the video already started, never a second one,
and takes the metadata given now when no video exists yet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.core.engine_helpers import served_bytes, write_video
from tests.test_cli import KEY, ROOT, cli, finals, json_lines, make_token
from tests.test_cli_durable import CHUNK_ARGS, SIZE, upload_then_kill
from uploader_gui.core.durable_upload import enqueue
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.emulator import Emulator


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(folder))
    return folder


def _states(emulator: Emulator, clip: Path) -> list[FileState]:
    with UploadStore() as store:
        return [
            r.state
            for r in store.find(clip, Environment(EnvironmentKind.CUSTOM, emulator.base_url))
        ]


def test_token_refused_mid_upload_then_a_fresh_token_continues_the_same_video(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    token = make_token(emulator, 0)
    emulator.faults.bandwidth = MIB  # the rest of the file takes seconds: time to act on a line
    env = {k: v for k, v in os.environ.items() if k != "APIVIDEO_API_KEY"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    args = ["upload", str(clip), "--base-url", emulator.base_url, "--upload-token", token]
    revoked = False
    with subprocess.Popen(
        [sys.executable, "-m", "uploader_gui", *args, *CHUNK_ARGS],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        for line in proc.stdout:
            event = json.loads(line)
            if not revoked and event["event"] == "progress" and event["bytes"] >= 6 * MIB:
                # The first chunk is acknowledged and the second is on its way: the token ends
                # as an expiring one would, and the third chunk is refused.
                requests.delete(
                    f"{emulator.base_url}/upload-tokens/{token}", auth=(KEY, ""), timeout=10
                ).raise_for_status()
                revoked = True
                emulator.faults.bandwidth = 0
        assert proc.wait(timeout=60) == 1
        assert "upload token was refused" in proc.stderr.read()
    assert revoked
    assert len(emulator.videos()) == 1
    assert _states(emulator, clip) == [FileState.FAILED]

    fresh = make_token(emulator, 0)
    run = cli(str(clip), "--base-url", emulator.base_url, "--upload-token", fresh, *CHUNK_ARGS)
    assert run.returncode == 0, run.stderr
    final = finals(json_lines(run.stdout))[clip.name]
    assert final["event"] == "done"
    assert len(emulator.videos()) == 1
    assert served_bytes(emulator, final["videoId"]) == clip.read_bytes()
    assert _states(emulator, clip) == [FileState.DONE]


def test_a_file_moved_away_fails_once_then_continues_when_put_back(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    upload_then_kill(emulator, clip)
    video_id = emulator.videos()[0]["videoId"]
    aside = tmp_path / "aside.mp4"
    clip.rename(aside)
    run = cli("--resume", "--base-url", emulator.base_url)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"clip.mp4: error: “clip.mp4” is no longer at {tmp_path} or cannot be read, so nothing "
        "more of it was sent. Put it back and name it again to continue it; --resume skips it "
        "from now on."
    ]
    # Said once: the next --resume is not stuck on it.
    again = cli("--resume", "--base-url", emulator.base_url)
    assert again.returncode == 0, again.stderr
    assert "Nothing to resume" in again.stderr

    aside.rename(clip)  # the same file, same size and time
    run = cli(str(clip), "--base-url", emulator.base_url, *CHUNK_ARGS)
    assert run.returncode == 0, run.stderr
    final = finals(json_lines(run.stdout))[clip.name]
    assert final["videoId"] == video_id
    assert len(emulator.videos()) == 1
    assert served_bytes(emulator, video_id) == clip.read_bytes()


def test_metadata_given_again_applies_while_no_video_exists(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    with UploadStore() as store:
        # Queued by an earlier run that stopped before the video was created.
        enqueue(
            store,
            clip,
            environment=Environment(EnvironmentKind.CUSTOM, emulator.base_url),
            auth_kind="api_key",
            metadata=VideoMetadata(title="Old title", tags=["old"]),
        )
    run = cli(
        str(clip), "--base-url", emulator.base_url, "--title", "New title", "--tag", "new",
        "--private",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    [video] = emulator.videos()
    assert (video["title"], video["tags"], video["public"]) == ("New title", ["new"], False)
    assert _states(emulator, clip) == [FileState.DONE]


def test_metadata_given_again_is_not_applied_to_a_started_video_and_says_so(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", SIZE)
    upload_then_kill(emulator, clip)
    run = cli(str(clip), "--base-url", emulator.base_url, "--title", "Other", *CHUNK_ARGS)
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [
        "uploader-gui upload: note: the title, description, tags and privacy given now are not "
        "applied to uploads already started (clip.mp4); they continue with the values they were "
        "started with."
    ]
    [video] = emulator.videos()
    assert video["title"] == "clip"
    assert served_bytes(emulator, video["videoId"]) == clip.read_bytes()
