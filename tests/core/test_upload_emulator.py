"""The engine against the local emulator over real HTTP on 127.0.0.1, fault by fault.

Every successful upload ends with the same two checks: the bytes the server assembled equal the
file, and exactly one video exists.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.core.engine_helpers import (
    MP4_HEAD,
    Recorder,
    log_mark,
    resent_since_planning,
    served_bytes,
    write_video,
)
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.chunk_body import BLOCK_SIZE, FileIdentity
from uploader_gui.core.errors import (
    AuthError,
    CancelledError,
    InvalidInputError,
    NetworkError,
    SourceChangedError,
)
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRetrying,
    Phase,
    PhaseChanged,
    RetryCause,
    RetryReason,
    UploadCompleted,
    UploadPlanned,
    VideoCreated,
)
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason, Why
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_result import UploadResult
from uploader_gui.emulator import Emulator

KEY = "test-key"
FAST = UploadOptions(chunk_size=5 * MIB, parallel_chunks=2)


def no_sleep(_seconds: float) -> None:
    """Retries happen at once in tests; the delays themselves are checked in the events."""


@pytest.fixture
def video(tmp_path: Path) -> Path:
    return write_video(tmp_path / "holiday.mp4", 17 * MIB + 4321)


@pytest.fixture
def client(emulator: Emulator) -> Iterator[ApiClient]:
    with ApiClient(emulator.base_url, api_key=KEY, timeout=10) as api:
        yield api


def upload(
    client: ApiClient,
    path: Path,
    options: UploadOptions = FAST,
    recorder: Recorder | None = None,
    **kwargs: Any,
) -> UploadResult:
    return FileUpload(
        client,
        path,
        VideoMetadata(title="Holiday", tags=["t1"], metadata={"k": "v"}),
        options,
        listener=recorder,
        sleep=kwargs.pop("sleep", no_sleep),
        **kwargs,
    ).run()


def assert_intact(emulator: Emulator, result: UploadResult, path: Path) -> None:
    assert result.size == path.stat().st_size
    assert served_bytes(emulator, result.video_id) == path.read_bytes()
    assert len(emulator.videos()) == 1


# -- the happy paths ---------------------------------------------------------------------------


def test_upload_in_parallel_chunks(emulator: Emulator, client: ApiClient, video: Path) -> None:
    rec = Recorder()
    result = upload(client, video, recorder=rec)
    assert_intact(emulator, result, video)
    # 17 MiB on two connections: two halves (the end cut for both to finish together), then
    # the small completing chunk.
    final = rec.of(UploadPlanned)[-1]
    assert isinstance(final, UploadPlanned) and len(final.chunks) == 3
    assert emulator.upload_requests == 3
    assert result.links.player and result.video_id in result.links.player
    assert result.video["title"] == "Holiday"
    kinds = [type(e) for e in rec.events]
    # The id is known before a single byte leaves; completion is the very last event.
    assert kinds.index(VideoCreated) < kinds.index(BytesSent)
    assert kinds[-1] is UploadCompleted
    acks = [e.chunk_index for e in rec.of(ChunkAcknowledged)]
    assert sorted(acks) == [0, 1, 2]
    assert acks[-1] == 2, "the completing chunk must be sent after all others"
    phases = [e.phase for e in rec.of(PhaseChanged)]
    assert phases[0] is Phase.CREATING
    assert Phase.UPLOADING in phases and Phase.VERIFYING in phases
    assert phases[-1] is Phase.UPLOADED


def test_part_form(emulator: Emulator, client: ApiClient, video: Path) -> None:
    options = UploadOptions(chunk_size=5 * MIB, range_form="part")
    assert_intact(emulator, upload(client, video, options), video)


def test_small_file_is_one_request(emulator: Emulator, client: ApiClient, tmp_path: Path) -> None:
    small = write_video(tmp_path / "small.mp4", 300_000)
    assert_intact(emulator, upload(client, small), small)
    assert emulator.upload_requests == 1


def test_empty_file_is_refused_before_any_video_is_made(
    emulator: Emulator, client: ApiClient, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.mp4"
    empty.touch()
    with pytest.raises(InvalidInputError, match="file_empty"):
        upload(client, empty)
    assert emulator.videos() == []


def test_a_failing_listener_does_not_stop_the_upload(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    def broken(_event: object) -> None:
        raise RuntimeError("listener bug")

    result = FileUpload(
        client, video, VideoMetadata(title="x"), FAST, listener=broken, sleep=no_sleep
    ).run()
    assert_intact(emulator, result, video)


# -- faults --------------------------------------------------------------------------------------


def test_connection_dropped_mid_body(emulator: Emulator, client: ApiClient, video: Path) -> None:
    emulator.faults.drop_mid_body_every = 2
    rec = Recorder()
    result = upload(client, video, recorder=rec)
    assert_intact(emulator, result, video)
    retries = rec.of(ChunkRetrying)
    lost = RetryReason(RetryCause.CONNECTION_LOST)
    assert retries and all(r.reason == lost for r in retries) and retries[0].attempt == 1
    waiting = [e for e in rec.of(PhaseChanged) if e.phase is Phase.WAITING_NETWORK]
    assert waiting and waiting[0].retry == lost


def test_lost_acknowledgement_is_checked_against_status(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    emulator.faults.lose_ack_every = 2
    assert_intact(emulator, upload(client, video), video)


def test_lost_acknowledgement_in_part_form(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    emulator.faults.lose_ack_every = 3
    options = UploadOptions(chunk_size=5 * MIB, range_form="part")
    assert_intact(emulator, upload(client, video, options), video)


def test_lost_acknowledgement_of_the_completing_chunk(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    emulator.faults.lose_ack_every = 4  # the fourth request is the completing one
    result = upload(client, video)
    assert_intact(emulator, result, video)
    assert result.links.player


def test_server_errors_are_retried(emulator: Emulator, client: ApiClient, video: Path) -> None:
    emulator.faults.server_error_every = 2
    rec = Recorder()
    assert_intact(emulator, upload(client, video, recorder=rec), video)
    reasons = {r.reason for r in rec.of(ChunkRetrying)}
    assert reasons and reasons <= {
        RetryReason(RetryCause.SERVER_ERROR, status=500),
        RetryReason(RetryCause.SERVER_ERROR, status=503),
    }


def test_rate_limit_waits_for_the_window(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    emulator.faults.rate_limit_uploads = 2
    emulator.faults.rate_limit_window = 1.0
    rec = Recorder()
    slept: list[float] = []

    def real_sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=1)
    assert_intact(emulator, upload(client, video, options, rec, sleep=real_sleep), video)
    retries = rec.of(ChunkRetrying)
    assert retries and {r.reason.cause for r in retries} == {RetryCause.RATE_LIMITED}
    assert all(0.5 <= s <= 2.0 for s in slept)


def test_gives_up_after_max_attempts(emulator: Emulator, client: ApiClient, video: Path) -> None:
    emulator.faults.drop_mid_body_every = 1
    options = UploadOptions(chunk_size=5 * MIB, max_attempts=3, parallel_chunks=1)
    with pytest.raises(NetworkError, match=r"gave_up\(attempts=3\)"):
        upload(client, video, options)
    assert emulator.upload_requests == 3
    assert len(emulator.videos()) == 1


def test_other_client_errors_stop_with_the_server_reason(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    with pytest.raises(InvalidInputError, match="video_not_found"):
        upload(client, video, video_id="viDoesNotExist0000000000")
    assert emulator.upload_requests == 0


# -- authentication ------------------------------------------------------------------------------


def test_access_token_is_renewed_before_it_expires(
    tmp_path: Path, video: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The client's clock says an hour passes with every acknowledged chunk, so each later
    # request finds its token due for renewal; the server's tokens stay valid, so a 401 here
    # could only come from a renewal that did not happen ahead of time.
    caplog.set_level(logging.INFO, logger="uploader_gui")
    now = [0.0]
    rec = Recorder()
    rec.on(ChunkAcknowledged, lambda _e: now.__setitem__(0, now[0] + 3600))
    with (
        Emulator(tmp_path / "srv", api_keys=(KEY,)) as emulator,
        ApiClient(emulator.base_url, api_key=KEY, clock=lambda: now[0]) as api,
    ):
        options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=1)
        assert_intact(emulator, upload(api, video, options, recorder=rec), video)
        tokens = api._tokens  # the login state: how many access tokens it has held
        assert tokens is not None
        renewals = tokens.generation - 1
    assert renewals >= len(rec.of(ChunkAcknowledged))
    assert "answered 401" not in caplog.text


def test_access_token_expiring_on_the_server_mid_upload(tmp_path: Path, video: Path) -> None:
    # Real expiry on the server (one-second tokens, slow answers): whether the client renews
    # ahead of time or after a 401, the upload completes and nothing is sent twice.
    with Emulator(tmp_path / "srv", api_keys=(KEY,), access_token_ttl=1) as emulator:
        emulator.faults.latency = 0.3
        with ApiClient(emulator.base_url, api_key=KEY) as api:
            options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=1)
            assert_intact(emulator, upload(api, video, options), video)


def test_a_401_refreshes_and_resends(
    tmp_path: Path, video: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A frozen clock never renews ahead of time, so the server's 401 has to trigger it.
    caplog.set_level(logging.INFO, logger="uploader_gui")
    with Emulator(tmp_path / "srv", api_keys=(KEY,), access_token_ttl=1) as emulator:
        emulator.faults.latency = 0.3
        with ApiClient(emulator.base_url, api_key=KEY, clock=lambda: 0.0) as api:
            options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=2)
            assert_intact(emulator, upload(api, video, options), video)
    assert "answered 401" in caplog.text


def test_wrong_key_is_an_auth_error(emulator: Emulator, video: Path) -> None:
    with ApiClient(emulator.base_url, api_key="wrong") as api:
        with pytest.raises(AuthError, match="bad_api_key"):
            api.check_connection()
        with pytest.raises(AuthError):
            upload(api, video)
    assert emulator.videos() == []


def test_check_connection(emulator: Emulator, client: ApiClient) -> None:
    client.check_connection()
    with (
        ApiClient("http://127.0.0.1:9", api_key=KEY, timeout=2) as nowhere,
        pytest.raises(NetworkError, match="unreachable"),
    ):
        nowhere.check_connection()


def make_upload_token(emulator: Emulator, ttl: int = 0) -> str:
    answer = requests.post(
        f"{emulator.base_url}/upload-tokens", json={"ttl": ttl}, auth=(KEY, ""), timeout=10
    )
    answer.raise_for_status()
    return str(answer.json()["token"])


def test_upload_token_multi_chunk_makes_one_video(emulator: Emulator, video: Path) -> None:
    token = make_upload_token(emulator)
    rec = Recorder()
    with ApiClient(emulator.base_url, upload_token=token) as api:
        api.check_connection()
        result = upload(api, video, recorder=rec)
    assert_intact(emulator, result, video)
    assert [e.video_id for e in rec.of(VideoCreated)] == [result.video_id]


def test_upload_token_with_lost_acknowledgement(emulator: Emulator, video: Path) -> None:
    token = make_upload_token(emulator)
    emulator.faults.lose_ack_every = 3
    with ApiClient(emulator.base_url, upload_token=token) as api:
        assert_intact(emulator, upload(api, video), video)


def test_upload_token_completing_answer_lost_says_there_are_no_links(
    emulator: Emulator, video: Path
) -> None:
    # The fourth request completes the file; its retry is told "already uploaded", and a token
    # cannot read the Video, so no link is known.
    token = make_upload_token(emulator)
    emulator.faults.lose_ack_every = 4
    with ApiClient(emulator.base_url, upload_token=token, timeout=10) as api:
        result = upload(api, video)
    assert_intact(emulator, result, video)
    assert not result.links.any
    assert not result.has_links
    assert result.links_note == Reason(Why.NO_LINKS_WITH_TOKEN)


def test_links_note_is_empty_when_the_video_has_links(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    result = upload(client, video)
    assert result.has_links and result.links_note is None and result.links.player


def test_upload_token_first_answer_lost_never_makes_a_second_video(
    emulator: Emulator, video: Path
) -> None:
    # The server starts the video on the first chunk, then the answer is lost: sent again
    # without the video id, the chunk would start a second video.
    token = make_upload_token(emulator)
    emulator.faults.lose_ack_every = 1
    with (
        ApiClient(emulator.base_url, upload_token=token, timeout=10) as api,
        pytest.raises(InvalidInputError) as caught,
    ):
        upload(api, video)
    assert caught.value.reason == Reason(Why.FIRST_CHUNK_LOST)
    assert emulator.upload_requests == 1
    assert len(emulator.videos()) == 1


def test_upload_token_first_chunk_cut_mid_body_is_sent_again(
    emulator: Emulator, tmp_path: Path
) -> None:
    # Half a body cannot have started a video, so that failure is retried as usual. The server
    # drops the connection after its first block; a 32 MiB chunk is far larger than what the
    # loopback socket buffers can hold, so the cut always comes before the last byte leaves.
    video = write_video(tmp_path / "long take.mp4", 40 * MIB + 17)
    token = make_upload_token(emulator)
    emulator.faults.drop_mid_body_every = 1
    emulator.faults.bandwidth = float(40 * MIB)
    rec = Recorder()
    rec.on(ChunkRetrying, lambda _e: setattr(emulator.faults, "drop_mid_body_every", 0))
    with ApiClient(emulator.base_url, upload_token=token, timeout=10) as api:
        result = upload(api, video, UploadOptions(chunk_size=32 * MIB), recorder=rec)
    assert_intact(emulator, result, video)
    assert rec.of(ChunkRetrying)


def test_bad_upload_token(emulator: Emulator, video: Path) -> None:
    with ApiClient(emulator.base_url, upload_token="to_not_a_token") as api:
        with pytest.raises(AuthError, match="bad_upload_token"):
            api.check_connection()
        with pytest.raises(AuthError, match="bad_upload_token"):
            upload(api, video)
    assert emulator.videos() == []


# -- control and resume -------------------------------------------------------------------------


def test_resume_sends_only_what_the_server_lacks(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    control = UploadControl()
    first = Recorder()
    first.on(ChunkAcknowledged, lambda _e: control.cancel())
    options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=1)
    with pytest.raises(CancelledError):
        upload(client, video, options, first, control=control)
    video_id = first.of(VideoCreated)[0].video_id
    assert emulator.upload_requests >= 1
    # A chunk cut by the cancel may still reach the server later: the video's log, not a
    # request count, tells what the second run sent.
    mark = log_mark(emulator, video_id)

    second = Recorder()
    result = upload(client, video, options, second, video_id=video_id)
    assert result.video_id == video_id
    assert_intact(emulator, result, video)
    planned = second.of(UploadPlanned)[0]
    assert 0 in planned.already_done
    assert resent_since_planning(emulator, video_id, mark) == []
    sent = {e.chunk_index for e in second.of(BytesSent)}
    assert sent == set(range(len(planned.chunks))) - planned.already_done


def test_resume_of_a_finished_upload_sends_nothing(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    done = upload(client, video)
    before = emulator.upload_requests
    again = upload(client, video, video_id=done.video_id)
    assert again.video_id == done.video_id
    assert emulator.upload_requests == before
    assert again.links.player


def test_pause_blocks_inside_a_chunk_and_resume_continues(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    control = UploadControl()
    rec = Recorder()
    paused_at: list[int] = []

    def pause_once(event: Any) -> None:
        if not paused_at:
            paused_at.append(event.chunk_sent)
            control.pause()
            threading.Timer(0.4, control.resume).start()

    rec.on(BytesSent, pause_once)
    started = time.monotonic()
    result = upload(client, video, recorder=rec, control=control)
    assert time.monotonic() - started >= 0.4
    assert_intact(emulator, result, video)
    phases = [e.phase for e in rec.of(PhaseChanged)]
    assert phases.count(Phase.PAUSED) == 1
    assert phases[phases.index(Phase.PAUSED) + 1] is Phase.UPLOADING


def test_cancel_stops_within_a_block(emulator: Emulator, client: ApiClient, tmp_path: Path) -> None:
    big = write_video(tmp_path / "big.mp4", 20 * MIB)
    control = UploadControl()
    rec = Recorder()
    rec.on(BytesSent, lambda _e: control.cancel())
    options = UploadOptions(chunk_size=20 * MIB)
    with pytest.raises(CancelledError):
        upload(client, big, options, rec, control=control)
    sent = [e.chunk_sent for e in rec.of(BytesSent)]
    # Progress comes after each block; the cancel lands before the second one.
    assert max(sent) <= BLOCK_SIZE < 20 * MIB
    assert len(emulator.videos()) == 1


def test_file_changed_mid_upload(emulator: Emulator, client: ApiClient, video: Path) -> None:
    rec = Recorder()

    def touch(_event: Any) -> None:
        with open(video, "ab") as f:
            f.write(b"more")

    rec.on(ChunkAcknowledged, touch)
    options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=1)
    with pytest.raises(SourceChangedError, match="file_changed"):
        upload(client, video, options, rec)


def test_file_deleted_mid_upload(emulator: Emulator, client: ApiClient, video: Path) -> None:
    rec = Recorder()
    rec.on(ChunkAcknowledged, lambda _e: video.unlink(missing_ok=True))
    options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=1)
    with pytest.raises(SourceChangedError, match="file_vanished"):
        upload(client, video, options, rec)


def _rewrite_keeping_size_and_mtime(path: Path) -> None:
    """What ``cp -p`` or ``rsync -t`` over the file does: new bytes, same size and mtime."""
    st = path.stat()
    with open(path, "r+b") as f:
        f.seek(len(MP4_HEAD))
        f.write(os.urandom(st.st_size - len(MP4_HEAD)))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def _copied_back(path: Path) -> None:
    """Deleted, then another version of the same size copied in its place with the old times
    (``cp -p``): a new inode, unless the file system hands the old number out again; either
    way the content tells. (The very same bytes copied back may go on: nothing changed.)"""
    st = path.stat()
    other = path.with_name("other version.mp4")
    other.write_bytes(path.read_bytes()[: len(MP4_HEAD)] + os.urandom(st.st_size - len(MP4_HEAD)))
    os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
    path.unlink()
    shutil.copy2(other, path)


def _truncated_and_regrown(path: Path) -> None:
    """Cut to half, then written to the same size again, times put back."""
    st = path.stat()
    with open(path, "r+b") as f:
        f.truncate(st.st_size // 2)
        f.seek(st.st_size // 2)
        f.write(os.urandom(st.st_size - st.st_size // 2))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


@pytest.mark.parametrize(
    "change",
    [_rewrite_keeping_size_and_mtime, _copied_back, _truncated_and_regrown],
    ids=["rewritten_in_place", "copied_back", "truncated_and_regrown"],
)
def test_a_change_that_keeps_size_and_mtime_is_caught(
    emulator: Emulator, client: ApiClient, video: Path, change: Callable[[Path], None]
) -> None:
    rec = Recorder()
    changed: list[int] = []

    def once(event: ChunkAcknowledged) -> None:
        if not changed:
            changed.append(event.chunk_index)
            change(video)

    rec.on(ChunkAcknowledged, once)
    options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=1)
    with pytest.raises(SourceChangedError, match="file_changed"):
        upload(client, video, options, rec)
    # Nothing completed: the server never assembled a mix of the two versions.
    (created,) = emulator.videos()
    assert emulator.source_path(created["videoId"]) is None


def _permissions_changed(path: Path) -> None:
    os.chmod(path, 0o600)


def _hard_linked(path: Path) -> None:
    os.link(path, path.with_name("backup.mp4"))  # what hard-link backups do


@pytest.mark.parametrize("touch", [_permissions_changed, _hard_linked], ids=["chmod", "hard_link"])
def test_a_change_of_its_change_time_alone_does_not_stop_the_upload(
    emulator: Emulator, client: ApiClient, video: Path, touch: Callable[[Path], None]
) -> None:
    """Permissions, a new hard link or a sync client's attributes move the change time and
    nothing else: the content samples are the same, so the upload goes on."""
    rec = Recorder()
    touched: list[int] = []

    def once(event: ChunkAcknowledged) -> None:
        if not touched:
            touched.append(event.chunk_index)
            before = video.stat().st_ctime_ns
            touch(video)
            assert video.stat().st_ctime_ns != before  # the change this test is about

    rec.on(ChunkAcknowledged, once)
    result = upload(client, video, UploadOptions(chunk_size=5 * MIB, parallel_chunks=1), rec)
    assert touched and served_bytes(emulator, result.video_id) == video.read_bytes()


def test_the_sampled_content_is_read_again_before_completing(
    emulator: Emulator, client: ApiClient, video: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the change time says nothing (the creation time on Windows) and the file id stays,
    a rewrite with size and mtime put back is still caught by its content."""

    def size_and_mtime_only(path: Path) -> FileIdentity:
        st = os.stat(path)
        return FileIdentity(st.st_size, st.st_mtime_ns, 0, 0, 0)

    monkeypatch.setattr("uploader_gui.core.upload.file_identity", size_and_mtime_only)
    monkeypatch.setattr("uploader_gui.core.file_checks.file_identity", size_and_mtime_only)
    rec = Recorder()
    rewritten: list[Path] = []

    def once(_event: ChunkAcknowledged) -> None:
        if not rewritten:
            rewritten.append(video)
            _rewrite_keeping_size_and_mtime(video)

    rec.on(ChunkAcknowledged, once)
    options = UploadOptions(chunk_size=5 * MIB, parallel_chunks=1)
    with pytest.raises(SourceChangedError, match="file_changed"):
        upload(client, video, options, rec)
    (created,) = emulator.videos()
    assert emulator.source_path(created["videoId"]) is None


def partial_upload(client: ApiClient, video: Path, options: UploadOptions) -> str:
    """Send the first chunk of ``video``, then cancel; return the video id."""
    control = UploadControl()
    rec = Recorder()
    rec.on(ChunkAcknowledged, lambda _e: control.cancel())
    with pytest.raises(CancelledError):
        upload(client, video, options, rec, control=control)
    return str(rec.of(VideoCreated)[0].video_id)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (UploadOptions(chunk_size=5 * MIB, parallel_chunks=1, range_form="part"), FAST),
        (
            UploadOptions(chunk_size=5 * MIB, parallel_chunks=1),
            UploadOptions(chunk_size=6 * MIB, range_form="part"),
        ),
    ],
    ids=["part-then-bytes", "5MiB-bytes-then-6MiB-part"],
)
def test_resume_keeps_the_form_and_chunk_size_it_started_with(
    emulator: Emulator, client: ApiClient, video: Path, first: UploadOptions, then: UploadOptions
) -> None:
    video_id = partial_upload(client, video, first)
    rec = Recorder()
    result = upload(client, video, then, rec, video_id=video_id)
    assert_intact(emulator, result, video)
    planned = rec.of(UploadPlanned)[0]
    assert len(planned.chunks) == 4 and 0 in planned.already_done


def test_chunks_really_go_in_parallel(emulator: Emulator, client: ApiClient, video: Path) -> None:
    emulator.faults.bandwidth = 40 * MIB  # per connection: a 5 MiB chunk takes about 0.12 s
    rec = Recorder()
    in_flight: set[int] = set()
    most = [0]

    def sent(event: Any) -> None:
        in_flight.add(event.chunk_index)
        most[0] = max(most[0], len(in_flight))

    rec.on(BytesSent, sent)
    rec.on(ChunkAcknowledged, lambda e: in_flight.discard(e.chunk_index))
    result = upload(client, video, UploadOptions(chunk_size=5 * MIB, parallel_chunks=3), rec)
    assert_intact(emulator, result, video)
    assert most[0] == 3


def test_upload_token_into_a_video_made_with_the_key(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    made = client.create_video(VideoMetadata(title="Made first"))
    token = make_upload_token(emulator)
    with ApiClient(emulator.base_url, upload_token=token) as api:
        result = upload(api, video, video_id=made["videoId"])
    assert result.video_id == made["videoId"]
    assert_intact(emulator, result, video)
    assert emulator.videos()[0]["title"] == "Made first"
