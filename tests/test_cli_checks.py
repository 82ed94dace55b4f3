"""The command line's own checks when something around the upload misbehaves: a failing
duplicate lookup, a busy server at the token check, an unusable log file or data folder, and
progress that must not claim 100 % before the server has every byte."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.core.engine_helpers import served_bytes, write_video
from tests.test_cli import KEY, cli, make_token
from uploader_gui.cli import command as cli_module
from uploader_gui.cli.reporters import PlainReporter
from uploader_gui.cli.words import reason_words
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.errors import UploadError
from uploader_gui.core.events import BytesSent, ChunkAcknowledged, ChunkRange, UploadPlanned
from uploader_gui.core.limits import MIB
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.emulator import Emulator


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(folder))
    monkeypatch.setenv("APIVIDEO_API_KEY", KEY)
    return folder


def run_main(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli_module.main(["upload", *args], out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_a_failed_duplicate_lookup_is_noted_and_the_file_still_uploads(
    emulator: Emulator, tmp_path: Path
) -> None:
    emulator.faults.listing_unavailable = True
    clip = write_video(tmp_path / "clip.mp4", 1000)
    status, _, err = run_main(str(clip), "--base-url", emulator.base_url)
    assert status == 0, err
    assert err.splitlines() == [
        "uploader-gui upload: note: could not check whether clip.mp4 was uploaded before (The "
        "server had a problem (503). It will be tried again.); uploading it anyway."
    ]
    [video] = emulator.videos()
    assert served_bytes(emulator, video["videoId"]) == clip.read_bytes()


def test_the_token_check_is_asked_again_when_the_server_is_busy(emulator: Emulator) -> None:
    token = make_token(emulator, 0)
    emulator.faults.server_error_every = 1
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        emulator.faults.server_error_every = 0  # the server recovers

    with ApiClient(emulator.base_url, upload_token=token) as client:
        cli_module._check_token(client, sleep)
    assert waits == [cli_module.TOKEN_CHECK_FIRST_WAIT]
    assert emulator.upload_requests == 2


def test_a_refused_token_is_not_asked_again(emulator: Emulator) -> None:
    with (
        ApiClient(emulator.base_url, upload_token="to-not-a-token") as client,
        pytest.raises(UploadError, match="bad_upload_token"),
    ):
        cli_module._check_token(client, lambda seconds: pytest.fail("retried"))
    assert emulator.upload_requests == 1


def test_a_server_that_keeps_failing_ends_the_command_honestly(
    emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_module, "TOKEN_CHECK_FIRST_WAIT", 0.01)
    token = make_token(emulator, 0)
    emulator.faults.server_error_every = 1
    clip = write_video(tmp_path / "clip.mp4", 1000)
    status, out, err = run_main(str(clip), "--base-url", emulator.base_url, "--upload-token", token)
    assert status == 1
    assert out == ""
    [line] = err.splitlines()
    assert line in {
        f"uploader-gui upload: error: The upload token could not be checked: "
        f"{cli_module.TOKEN_CHECK_ATTEMPTS} tries failed (the last: HTTP {status}). "
        "Nothing was sent; run the command again later."
        for status in (500, 503)
    }
    assert emulator.upload_requests == cli_module.TOKEN_CHECK_ATTEMPTS
    assert emulator.videos() == []


def test_an_unwritable_log_file_is_one_line(emulator: Emulator, tmp_path: Path) -> None:
    clip = write_video(tmp_path / "clip.mp4", 1000)
    log = tmp_path / "missing-folder" / "x.log"
    run = cli(str(clip), "--base-url", emulator.base_url, "--log-file", str(log))
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        f"uploader-gui upload: error: cannot write the log file {log}: No such file or directory"
    ]
    assert emulator.videos() == []


def test_a_data_folder_that_is_a_file_is_named(
    emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("not a folder")
    monkeypatch.setenv("UPLOADER_GUI_DATA_DIR", str(not_a_folder))
    clip = write_video(tmp_path / "clip.mp4", 1000)
    run = cli(str(clip), "--base-url", emulator.base_url)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"uploader-gui upload: error: cannot open the upload list in the folder {not_a_folder}: "
        "File exists"
    ]
    assert emulator.videos() == []


def test_an_upload_list_sqlite_cannot_open_is_said_in_words_naming_the_folder(
    emulator: Emulator, tmp_path: Path, data_dir: Path
) -> None:
    """SQLite's own words ("unable to open database file") tell a creator nothing: the folder
    is named and the likely causes said. A folder where the list's file should be makes SQLite
    refuse it as a read-only or full disk would (which root cannot be refused here)."""
    (data_dir / "uploads.sqlite3").mkdir(parents=True)
    clip = write_video(tmp_path / "clip.mp4", 1000)
    run = cli(str(clip), "--base-url", emulator.base_url)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"uploader-gui upload: error: cannot open the upload list in the folder {data_dir}: "
        f"{reason_words(Reason(Why.STORE_UNAVAILABLE))}"
    ]
    assert "database" not in run.stderr and emulator.videos() == []


def test_progress_stays_below_100_until_the_last_chunk_is_acknowledged() -> None:
    out, err = io.StringIO(), io.StringIO()
    reporter = PlainReporter(out, err)
    listen = reporter.listener(Path("clip.mp4"))
    chunks = (ChunkRange(0, 0, 5 * MIB - 1), ChunkRange(1, 5 * MIB, 10 * MIB - 1))
    listen(UploadPlanned(total_bytes=10 * MIB, chunks=chunks))
    listen(BytesSent(chunk_index=0, chunk_sent=5 * MIB))
    listen(BytesSent(chunk_index=1, chunk_sent=5 * MIB))  # every byte has left the computer
    listen(ChunkAcknowledged(chunk_index=0))
    progress = reporter.files[Path("clip.mp4")]
    assert progress.bytes_shown() == 10 * MIB - 1
    assert out.getvalue().splitlines()[-1].startswith("clip.mp4: 99% ")
    listen(ChunkAcknowledged(chunk_index=1))
    assert progress.bytes_shown() == 10 * MIB
    assert out.getvalue().splitlines()[-1] == "clip.mp4: 100% (10.5 MB of 10.5 MB)"


@pytest.mark.parametrize("port", ["99999", "0", "http"])
def test_an_address_whose_port_cannot_exist_is_refused_at_once(tmp_path: Path, port: str) -> None:
    """Not "waiting for network" for ever: no server can answer on such a port."""
    clip = write_video(tmp_path / "clip.mp4", MIB)
    status, _, err = run_main(str(clip), "--base-url", f"http://127.0.0.1:{port}")
    assert status == 2
    assert "no usable port" in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_log_file_on_a_full_disk_is_said_once_and_the_upload_goes_on(
    emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "clip.mp4", MIB)
    run = cli(str(clip), "--base-url", emulator.base_url, "--log-file", "/dev/full")
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [
        "uploader-gui upload: note: the log file /dev/full cannot be written (No space left on "
        "device); nothing more is logged, the uploads go on"
    ]
    (video,) = emulator.videos()
    assert served_bytes(emulator, video["videoId"]) == clip.read_bytes()
