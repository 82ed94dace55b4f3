"""Durable uploads through the faults that matter to people: the app killed mid-upload, the
server going away and coming back, a long outage, a file edited between runs, and a second copy
of the app started by mistake. Every story ends with the server holding exactly the file's bytes
in exactly one video."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.engine_helpers import (
    Recorder,
    log_mark,
    planning_read,
    resent_since_planning,
    resume_all,
    served_bytes,
)
from tests.core.test_durable_upload import (
    CHUNK,
    CHUNKS,
    KEY,
    META,
    QUICK,
    SIZE,
    assert_intact,
    bytes_of,
    covered,
    environment_of,
    make_upload_token,
    queue,
)
from tests.emulator.helpers import create_video, send_chunk
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.durable_upload import (
    DurableControl,
    RunOutcome,
    RunOutcomeKind,
    run_one,
    take_queue_lock,
)
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRetrying,
    Phase,
    PhaseChanged,
    UploadPlanned,
)
from uploader_gui.core.instance_lock import AlreadyRunningError
from uploader_gui.core.limits import MIB
from uploader_gui.core.reasons import Reason, Why, because
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.core.upload import FileUpload
from uploader_gui.emulator import Emulator

REPO_ROOT = Path(__file__).resolve().parents[2]
#: Slow enough that a 5 MiB chunk takes about a second, so a kill lands mid-upload.
SLOW = float(5 * MIB)

#: The uploader as a separate process: continue every pending upload of the store with an API
#: key, or with an upload token when the credential starts with ``token:``.
CHILD = """
import sys
from pathlib import Path
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.durable_upload import take_queue_lock
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.store import UploadStore
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_session import UploadSession

store_path, base_url, credential, parallel = sys.argv[1:5]
if credential.startswith("token:"):
    client = ApiClient(base_url, upload_token=credential.removeprefix("token:"))
else:
    client = ApiClient(base_url, api_key=credential)
options = UploadOptions(parallel_chunks=int(parallel))
with UploadStore(Path(store_path)) as store, client:
    lock = take_queue_lock(store)  # as the window and the command line do at start-up
    environment = Environment(EnvironmentKind.CUSTOM, base_url)
    session = UploadSession(store, client, environment, options=options)
    for record in session.pending():
        session.run_file(record.id)
"""


@pytest.fixture
def video(make_file: Callable[..., Path]) -> Path:
    return make_file(SIZE, "lecture.mp4", seed=7)


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)


class Background:
    """``run_one`` in a thread, as the window runs it."""

    def __init__(self, store: UploadStore, client: ApiClient, file_id: int, **kwargs: object):
        self.outcome: list[RunOutcome] = []
        self._thread = threading.Thread(
            target=lambda: self.outcome.append(
                run_one(store, client, file_id, options=QUICK, **kwargs)  # type: ignore[arg-type]
            ),
            name="durable upload",
        )
        self._thread.start()

    def join(self, timeout: float = 60.0) -> RunOutcome:
        self._thread.join(timeout)
        assert self.outcome, "the upload did not finish"
        return self.outcome[0]


# -- the app killed ------------------------------------------------------------------------------


def kill_mid_upload(
    store: UploadStore,
    emulator: Emulator,
    client: ApiClient,
    file_id: int,
    *,
    credential: str,
    parallel: int,
) -> frozenset[int]:
    """Run the uploader in a child process, SIGKILL it once two chunks are acknowledged, and
    return the chunks the store had acknowledged by then."""
    emulator.faults.bandwidth = SLOW
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(store.path),
            emulator.base_url,
            credential,
            str(parallel),
        ],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(lambda: len(store.acked_chunks(file_id)) >= 2 or child.poll() is not None)
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        # While it runs, a second copy is refused at start-up and touches nothing.
        with pytest.raises(AlreadyRunningError, match="already_running"):
            take_queue_lock(store)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        if child.stderr is not None:
            child.stderr.close()
    emulator.faults.bandwidth = 0
    # What the killed process had handed to the kernel may still be arriving: let it land.
    assert emulator.wait_idle()
    record = store.get(file_id)
    assert record.state is FileState.UPLOADING and record.video_id is not None
    acked = store.acked_chunks(file_id)
    assert 2 <= len(acked) < CHUNKS
    return acked


@pytest.mark.parametrize("parallel", [1, 2])
def test_killed_mid_upload_then_restarted_sends_only_what_is_missing(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path, parallel: int
) -> None:
    file_id = queue(store, emulator, video)
    acked = kill_mid_upload(store, emulator, client, file_id, credential=KEY, parallel=parallel)
    video_id = store.get(file_id).video_id
    assert video_id is not None
    acked_bytes = bytes_of([c.range for c in store.chunks(file_id)], acked)

    # The killed run's last chunk may reach the server at any moment the kernel chooses, so
    # what the resumed run sent is read from the video's log, not from a request count.
    mark = log_mark(emulator, video_id)
    rec = Recorder()
    outcomes = resume_all(
        store, client, environment_of(emulator), options=QUICK, listener_for=lambda _r: rec
    )
    assert [o.file_id for o in outcomes] == [file_id]
    assert_intact(emulator, outcomes[0], video)
    assert outcomes[0].result is not None and outcomes[0].result.video_id == video_id
    planned = rec.of(UploadPlanned)[0]
    assert isinstance(planned, UploadPlanned)
    # Everything the killed run had acknowledged is known to the server and not sent again.
    assert covered(acked_bytes, bytes_of(planned.chunks, planned.already_done))
    assert covered(acked_bytes, planning_read(emulator, video_id, mark).received)
    sent = {e.chunk_index for e in rec.of(BytesSent)}
    assert sent and not sent & planned.already_done
    assert sent == set(range(len(planned.chunks))) - planned.already_done
    assert resent_since_planning(emulator, video_id, mark) == []
    assert store.get(file_id).state is FileState.DONE


def test_killed_token_upload_continues_into_the_same_video(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    token = make_upload_token(emulator)
    file_id = queue(store, emulator, video, auth_kind="upload_token")
    acked = kill_mid_upload(
        store, emulator, client, file_id, credential=f"token:{token}", parallel=1
    )
    video_id = store.get(file_id).video_id

    rec = Recorder()
    with ApiClient(emulator.base_url, upload_token=token, timeout=10) as api:
        outcomes = resume_all(
            store, api, environment_of(emulator), options=QUICK, listener_for=lambda _r: rec
        )
    assert [o.file_id for o in outcomes] == [file_id]
    assert_intact(emulator, outcomes[0], video)
    assert outcomes[0].result is not None and outcomes[0].result.video_id == video_id
    planned = rec.of(UploadPlanned)[0]
    assert isinstance(planned, UploadPlanned) and acked <= planned.already_done
    assert store.acked_chunks(file_id) == frozenset(range(CHUNKS))


def test_killed_after_the_last_chunk_but_before_done_was_saved(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    """The server has everything; only the app's note of it was lost. Nothing is sent again."""
    file_id = queue(store, emulator, video)
    first = run_one(store, client, file_id, options=QUICK)
    assert first.kind is RunOutcomeKind.DONE
    store.set_state(file_id, FileState.UPLOADING)  # as the store looked just before the crash
    before = emulator.upload_requests
    outcomes = resume_all(store, client, environment_of(emulator), options=QUICK)
    assert [o.kind for o in outcomes] == [RunOutcomeKind.DONE]
    assert_intact(emulator, outcomes[0], video)
    assert emulator.upload_requests == before
    assert store.get(file_id).state is FileState.DONE


# -- the server going away -----------------------------------------------------------------------


def test_server_restarted_mid_upload_while_the_client_waits(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)
    emulator.faults.bandwidth = SLOW
    rec = Recorder()
    first_ack = threading.Event()
    rec.on(ChunkAcknowledged, lambda _e: first_ack.set())
    upload = Background(store, client, file_id, listener=rec)
    assert first_ack.wait(30)
    emulator.stop()
    time.sleep(0.3)
    emulator.faults.bandwidth = 0
    emulator.start()
    outcome = upload.join()
    assert_intact(emulator, outcome, video)
    assert rec.of(ChunkRetrying), "the restart should have cost at least one retry"
    assert store.get(file_id).state is FileState.DONE


def test_long_outage_keeps_waiting_for_the_network_then_completes(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)
    emulator.faults.bandwidth = SLOW
    rec = Recorder()
    first_ack = threading.Event()
    rec.on(ChunkAcknowledged, lambda _e: first_ack.set())
    upload = Background(store, client, file_id, listener=rec)
    assert first_ack.wait(30)
    emulator.stop()
    emulator.faults.bandwidth = 0
    # Longer than the engine's default number of attempts: a durable run never gives up.
    wait_for(lambda: len(rec.of(ChunkRetrying)) >= 12)
    during = store.get(file_id)
    emulator.start()
    outcome = upload.join()
    assert_intact(emulator, outcome, video)

    retries = rec.of(ChunkRetrying)
    assert max(r.attempt for r in retries) >= 12
    assert all(r.delay <= QUICK.retry.max_delay for r in retries)
    waiting = [e for e in rec.of(PhaseChanged) if e.phase is Phase.WAITING_NETWORK]
    assert waiting and all(e.retry is not None for e in waiting)
    assert during.state is FileState.UPLOADING
    assert during.last_error is not None and during.last_error.why is Why.RETRYING
    assert during.last_error.text("phase") == Phase.WAITING_NETWORK
    assert store.get(file_id).last_error is None


# -- the file edited between runs ----------------------------------------------------------------


@pytest.mark.parametrize("keep_time", [False, True], ids=["edited", "edited-same-size-and-time"])
def test_source_changed_between_runs_is_reported_and_nothing_is_appended(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path, keep_time: bool
) -> None:
    file_id = queue(store, emulator, video)
    control = DurableControl()
    rec = Recorder()
    rec.on(ChunkAcknowledged, lambda _e: control.stop())
    first = run_one(store, client, file_id, options=QUICK, listener=rec, control=control)
    assert first.kind is RunOutcomeKind.STOPPED
    video_id = store.get(file_id).video_id
    assert video_id is not None
    # The stop cut the chunk in flight; if its body had left whole, the server may still be
    # recording it: let it land before taking the server's record.
    assert emulator.wait_idle()
    status_before = client.get_status(video_id)
    acked_before = store.acked_chunks(file_id)

    original = video.read_bytes()
    stat = video.stat()
    edited = bytearray(original)
    edited[:4096] = bytes(4096)  # the header: always sampled by the fingerprint
    video.write_bytes(bytes(edited))
    if keep_time:
        os.utime(video, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    else:
        os.utime(video, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))

    sent_before = emulator.upload_requests
    changed = run_one(store, client, file_id, options=QUICK)
    assert changed.kind is RunOutcomeKind.SOURCE_CHANGED
    assert changed.reason == because(Why.CHANGED_SINCE_QUEUED, name="lecture.mp4")
    record = store.get(file_id)
    assert (record.state, record.last_error) == (FileState.FAILED, changed.reason)
    assert emulator.upload_requests == sent_before
    assert client.get_status(video_id) == status_before
    assert store.acked_chunks(file_id) == acked_before
    # Not offered again at start-up: the user decides.
    assert resume_all(store, client, environment_of(emulator), options=QUICK) == []

    # Put back as it was, and retried: it continues into the same video, intact.
    video.write_bytes(original)
    os.utime(video, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    done = run_one(store, client, file_id, options=QUICK)
    assert_intact(emulator, done, video)
    assert done.result is not None and done.result.video_id == video_id


# -- a second copy of the app --------------------------------------------------------------------


def test_a_second_instance_is_refused_while_the_first_holds_the_lock(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)
    first = take_queue_lock(store)
    with pytest.raises(AlreadyRunningError):
        take_queue_lock(store)
    try:
        with pytest.raises(AlreadyRunningError) as refused:
            take_queue_lock(store)
        assert refused.value.reason == Reason(Why.ALREADY_RUNNING)
        assert emulator.upload_requests == 0 and emulator.videos() == []
        assert store.get(file_id).state is FileState.WAITING
        # The holder itself runs the queue, and keeps the lock.
        outcomes = resume_all(store, client, environment_of(emulator), options=QUICK)
        assert first.held
    finally:
        first.release()
    assert_intact(emulator, outcomes[0], video)


# -- the part form -------------------------------------------------------------------------------


def stop_after_two_parts(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> tuple[int, str]:
    file_id = queue(store, emulator, video, range_form="part")
    control = DurableControl()
    rec = Recorder()
    rec.on(
        ChunkAcknowledged,
        lambda _e: control.stop() if len(rec.of(ChunkAcknowledged)) >= 2 else None,
    )
    options = dataclasses.replace(QUICK, parallel_chunks=1)
    first = run_one(store, client, file_id, options=options, listener=rec, control=control)
    assert first.kind is RunOutcomeKind.STOPPED
    video_id = store.get(file_id).video_id
    assert video_id is not None and store.acked_chunks(file_id) == {0, 1}
    return file_id, video_id


def test_a_part_upload_is_never_falsely_reported_done_on_resume(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    """Parts 1 and 2 arrived; the resumed run must send 3 and 4 or stop, never claim done."""
    file_id, video_id = stop_after_two_parts(store, emulator, client, video)
    outcome = run_one(store, client, file_id, options=QUICK)
    if outcome.kind is RunOutcomeKind.DONE:
        assert_intact(emulator, outcome, video)
    else:
        assert outcome.kind is RunOutcomeKind.FAILED
        assert outcome.reason is not None and outcome.reason.why is Why.PARTS_MISMATCH
        assert emulator.source_path(video_id) is None
        assert store.get(file_id).state is FileState.FAILED


def test_a_part_upload_resumes_with_its_part_size(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id, _video_id = stop_after_two_parts(store, emulator, client, video)
    sent_before = emulator.upload_requests
    outcome = run_one(store, client, file_id, options=QUICK)
    assert_intact(emulator, outcome, video)
    assert emulator.upload_requests - sent_before == CHUNKS - 2


# -- a token upload resumed ----------------------------------------------------------------------


@pytest.mark.parametrize("range_form", ["bytes", "part"])
def test_a_resumed_token_upload_sends_only_the_missing_chunks(
    store: UploadStore, emulator: Emulator, video: Path, range_form: str
) -> None:
    """A token cannot ask /status; the store's acknowledgements say what the server has, so
    nothing is offered twice (the server would refuse it, at the cost of a whole chunk)."""
    token = make_upload_token(emulator)
    file_id = queue(store, emulator, video, auth_kind="upload_token", range_form=range_form)
    control = DurableControl()
    rec = Recorder()
    rec.on(
        ChunkAcknowledged,
        lambda _e: control.stop() if len(rec.of(ChunkAcknowledged)) >= 2 else None,
    )
    options = dataclasses.replace(QUICK, parallel_chunks=1)
    with ApiClient(emulator.base_url, upload_token=token, timeout=10) as api:
        first = run_one(store, api, file_id, options=options, listener=rec, control=control)
        assert first.kind is RunOutcomeKind.STOPPED
        assert store.acked_chunks(file_id) == {0, 1}
        sent_before = emulator.upload_requests
        resumed = Recorder()
        outcome = run_one(store, api, file_id, options=QUICK, listener=resumed)
    assert_intact(emulator, outcome, video)
    assert emulator.upload_requests - sent_before == CHUNKS - 2
    planned = resumed.of(UploadPlanned)[0]
    assert isinstance(planned, UploadPlanned) and len(planned.already_done) == 2
    sent = {e.chunk_index for e in resumed.of(BytesSent)}
    assert not sent & planned.already_done


def test_a_part_upload_resumed_with_another_size_finds_its_own(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    """Told the wrong part size, the engine reads the right one from the server's record of
    parts and ranges together, and still sends only the parts that are missing."""
    _file_id, video_id = stop_after_two_parts(store, emulator, client, video)
    sent_before = emulator.upload_requests
    rec = Recorder()
    options = dataclasses.replace(QUICK, chunk_size=10 * MIB, range_form="part")
    result = FileUpload(
        client, video, META, options, listener=rec, video_id=video_id, sleep=lambda _s: None
    ).run()
    assert result.video_id == video_id
    assert served_bytes(emulator, video_id) == video.read_bytes()
    assert emulator.upload_requests - sent_before == CHUNKS - 2
    planned = rec.of(UploadPlanned)[0]
    assert isinstance(planned, UploadPlanned) and planned.already_done == {0, 1}
    assert {c.size for c in planned.chunks[:-1]} == {CHUNK}


def test_a_part_upload_with_a_hole_sends_only_the_missing_parts(
    emulator: Emulator, client: ApiClient, video: Path
) -> None:
    """Parts 1 and 3 arrived and part 2 did not (parallel parts, one of them lost). The server
    lists part 1's bytes only, since part 3's offset is unknown until part 2 is here; the
    resumed run still fits the part size and sends parts 2 and 4, nothing else."""
    data = video.read_bytes()
    video_id = create_video(emulator)
    for part in (1, 3):
        body = data[(part - 1) * CHUNK : part * CHUNK]
        answer = send_chunk(emulator, video_id, body, f"part {part}/{CHUNKS}")
        assert answer.status_code == 201, answer.text
    sent_before = emulator.upload_requests
    rec = Recorder()
    options = dataclasses.replace(QUICK, range_form="part")
    result = FileUpload(
        client, video, META, options, listener=rec, video_id=video_id, sleep=lambda _s: None
    ).run()
    assert result.video_id == video_id
    assert served_bytes(emulator, video_id) == data
    assert len(emulator.videos()) == 1
    assert emulator.upload_requests - sent_before == 2
    planned = rec.of(UploadPlanned)[0]
    assert isinstance(planned, UploadPlanned) and planned.already_done == {0, 2}
    assert {e.chunk_index for e in rec.of(BytesSent)} == {1, 3}
