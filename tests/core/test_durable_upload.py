"""The durable layer against the emulator: what is stored, and when, relative to what the caller
is told; how each ending is recorded; which files come back at start-up."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
import requests

from tests.core.engine_helpers import (
    Recorder,
    log_mark,
    overlaps,
    resent_since_planning,
    resume_all,
    served_bytes,
)
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.chunk_body import FileIdentity
from uploader_gui.core.durable_upload import (
    DurableControl,
    RunOutcome,
    RunOutcomeKind,
    durable_options,
    enqueue,
    requeue_as_new,
    resumable,
    run_one,
)
from uploader_gui.core.environments import Environment, EnvironmentKind, production
from uploader_gui.core.errors import InvalidInputError
from uploader_gui.core.events import (
    BytesSent,
    ChunkAcknowledged,
    ChunkRange,
    Phase,
    PhaseChanged,
    UploadCompleted,
    UploadEvent,
    UploadPlanned,
    VideoCreated,
)
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason, Why, because
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.store import AuthKind, ChunkState, FileState, UploadStore
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.emulator import Emulator

KEY = "test-key"
CHUNK = 5 * MIB
#: Four chunks: 5, 5, 5 and a bit over 2 MiB.
SIZE = 17 * MIB + 4321
CHUNKS = 4
#: Quick retries for tests; the durable default keeps trying for ever.
QUICK = durable_options(
    UploadOptions(parallel_chunks=2, retry=RetryPolicy(base_delay=0.05, max_delay=0.2))
)
META = VideoMetadata(title="Holiday", tags=["t1"], metadata={"k": "v"})


def environment_of(emulator: Emulator) -> Environment:
    return Environment(EnvironmentKind.CUSTOM, emulator.base_url)


def queue(
    store: UploadStore,
    emulator: Emulator,
    path: Path,
    auth_kind: AuthKind = "api_key",
    range_form: str = "bytes",
) -> int:
    return enqueue(
        store,
        path,
        environment=environment_of(emulator),
        auth_kind=auth_kind,
        metadata=META,
        chunk_size=CHUNK,
        range_form="part" if range_form == "part" else "bytes",
    )


def make_upload_token(emulator: Emulator) -> str:
    answer = requests.post(
        f"{emulator.base_url}/upload-tokens", json={"ttl": 0}, auth=(KEY, ""), timeout=10
    )
    answer.raise_for_status()
    return str(answer.json()["token"])


def assert_intact(emulator: Emulator, outcome: RunOutcome, path: Path) -> None:
    assert outcome.kind is RunOutcomeKind.DONE, outcome.reason
    assert outcome.result is not None
    assert served_bytes(emulator, outcome.result.video_id) == path.read_bytes()
    assert len(emulator.videos()) == 1


def bytes_of(chunks: Iterable[ChunkRange], indices: Iterable[int]) -> set[tuple[int, int]]:
    """The byte ranges of these chunks, merged, so plans with different chunk sizes compare."""
    wanted = set(indices)
    spans: list[tuple[int, int]] = []
    for c in sorted((c for c in chunks if c.index in wanted), key=lambda c: c.start):
        if spans and c.start == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], c.end)
        else:
            spans.append((c.start, c.end))
    return set(spans)


def covered(inner: Iterable[tuple[int, int]], outer: Iterable[tuple[int, int]]) -> bool:
    """Whether every byte of the ``inner`` spans lies in the ``outer`` spans (inclusive ends;
    ``inner`` merged, as :func:`bytes_of` gives them; ``outer`` may list neighbours apart, as
    ``/status`` lists one range per chunk): containment, not equality, since the server may
    hold more than a run knew about (a request that arrived after its client stopped)."""
    spans: list[tuple[int, int]] = []
    for a, b in sorted(outer):
        if spans and a <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return all(any(a <= start and end <= b for a, b in spans) for start, end in inner)


@pytest.fixture
def video(make_file: Callable[..., Path]) -> Path:
    return make_file(SIZE, "holiday.mp4")


# -- queueing ------------------------------------------------------------------------------------


def test_queueing_stores_everything_and_sends_nothing(
    store: UploadStore, emulator: Emulator, video: Path
) -> None:
    file_id = queue(store, emulator, video, range_form="part")
    record = store.get(file_id)
    assert (record.path, record.size, record.state) == (video, SIZE, FileState.WAITING)
    assert record.fingerprint.startswith("v1:")
    assert record.mtime_ns == video.stat().st_mtime_ns
    assert (record.chunk_size, record.range_form, record.auth_kind) == (CHUNK, "part", "api_key")
    assert record.metadata == META
    assert record.target == environment_of(emulator)
    assert record.video_id is None
    assert emulator.upload_requests == 0
    assert emulator.videos() == []


def test_a_file_that_cannot_be_read_is_not_queued(
    store: UploadStore, emulator: Emulator, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        queue(store, emulator, tmp_path / "nowhere.mp4")
    assert refused.value.reason.why is Why.FILE_MISSING
    assert store.unfinished() == []


# -- one run: write first, then tell -------------------------------------------------------------


def test_each_event_reaches_the_caller_only_after_it_is_stored(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)
    seen: list[str] = []

    def check(event: UploadEvent) -> None:
        record = store.get(file_id)
        if isinstance(event, VideoCreated):
            assert record.video_id == event.video_id
            seen.append("video")
        elif isinstance(event, UploadPlanned):
            assert [c.range for c in store.chunks(file_id)] == list(event.chunks)
            seen.append("plan")
        elif isinstance(event, ChunkAcknowledged):
            assert event.chunk_index in store.acked_chunks(file_id)
            seen.append("ack")
        elif isinstance(event, UploadCompleted):
            assert record.state is FileState.DONE
            assert record.result is not None and record.result["videoId"] == event.video_id
            seen.append("done")

    outcome = run_one(store, client, file_id, options=QUICK, listener=check)
    assert_intact(emulator, outcome, video)
    # The end of the file may be cut again for the two connections (a second plan); each
    # chunk of the last plan is acknowledged once.
    assert seen[:2] == ["video", "plan"] and seen[-1] == "done"
    assert set(seen[2:-1]) <= {"plan", "ack"}
    assert seen.count("ack") == len(store.chunks(file_id))
    record = store.get(file_id)
    assert record.state is FileState.DONE and record.finished_at is not None
    assert record.result is not None and record.result["assets"]["player"]
    assert all(c.state is ChunkState.ACKED for c in store.chunks(file_id))
    # Done is done: asking again sends nothing and gives the stored result.
    before = emulator.upload_requests
    again = run_one(store, client, file_id, options=QUICK)
    assert again.kind is RunOutcomeKind.DONE and again.result is not None
    assert again.result.video_id == record.video_id
    assert emulator.upload_requests == before


def test_a_refused_key_fails_with_the_plain_message(
    store: UploadStore, emulator: Emulator, video: Path
) -> None:
    file_id = queue(store, emulator, video)
    with ApiClient(emulator.base_url, api_key="wrong", timeout=10) as wrong:
        outcome = run_one(store, wrong, file_id, options=QUICK)
    assert outcome.kind is RunOutcomeKind.FAILED
    assert outcome.reason == Reason(Why.BAD_API_KEY)
    record = store.get(file_id)
    assert (record.state, record.last_error) == (FileState.FAILED, Reason(Why.BAD_API_KEY))
    assert emulator.videos() == []


def test_cancel_is_recorded_as_cancelled(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)
    control = UploadControl()
    rec = Recorder()
    rec.on(ChunkAcknowledged, lambda _e: control.cancel())
    outcome = run_one(store, client, file_id, options=QUICK, listener=rec, control=control)
    assert outcome.kind is RunOutcomeKind.CANCELLED
    assert store.get(file_id).state is FileState.CANCELLED
    assert resumable(store, environment_of(emulator)) == []


def test_stop_leaves_the_file_to_continue_at_next_start(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)
    control = DurableControl()
    rec = Recorder()
    rec.on(ChunkAcknowledged, lambda _e: control.stop())
    first = run_one(store, client, file_id, options=QUICK, listener=rec, control=control)
    assert first.kind is RunOutcomeKind.STOPPED
    record = store.get(file_id)
    assert record.state is FileState.WAITING and record.video_id is not None
    acked = store.acked_chunks(file_id)
    store_chunks = [c.range for c in store.chunks(file_id)]
    assert acked
    assert [r.id for r in resumable(store, environment_of(emulator))] == [file_id]

    # The stopped run's last chunk may still be arriving, whenever the kernel delivers it: what
    # the resumed run sent is read from the video's log, against what its /status read said.
    mark = log_mark(emulator, record.video_id)
    again = Recorder()
    outcomes = resume_all(
        store, client, environment_of(emulator), options=QUICK, listener_for=lambda _r: again
    )
    assert [o.file_id for o in outcomes] == [file_id]
    assert_intact(emulator, outcomes[0], video)
    assert outcomes[0].result is not None and outcomes[0].result.video_id == record.video_id
    planned = again.of(UploadPlanned)[0]
    assert isinstance(planned, UploadPlanned)
    assert covered(bytes_of(store_chunks, acked), bytes_of(planned.chunks, planned.already_done))
    assert resent_since_planning(emulator, record.video_id, mark) == []
    sent = {e.chunk_index for e in again.of(BytesSent)}
    assert sent == set(range(len(planned.chunks))) - planned.already_done


def test_ctrl_c_leaves_the_file_to_continue_at_next_start(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)

    def interrupt(event: UploadEvent) -> None:
        if isinstance(event, ChunkAcknowledged):
            raise KeyboardInterrupt

    options = dataclasses.replace(QUICK, parallel_chunks=1)
    with pytest.raises(KeyboardInterrupt):
        run_one(store, client, file_id, options=options, listener=interrupt)
    record = store.get(file_id)
    assert record.state is FileState.WAITING and record.last_error is None
    assert store.acked_chunks(file_id) == {0}
    outcomes = resume_all(store, client, environment_of(emulator), options=QUICK)
    assert [o.file_id for o in outcomes] == [file_id]
    assert_intact(emulator, outcomes[0], video)


def test_an_unexpected_error_fails_the_file_instead_of_retrying_it_at_every_start(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)

    def broken(_path: Path) -> FileIdentity:
        raise RuntimeError("a bug")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("uploader_gui.core.upload.check_readable_file", broken)
        with pytest.raises(RuntimeError, match="a bug"):
            run_one(store, client, file_id, options=QUICK)
    record = store.get(file_id)
    assert (record.state, record.last_error) == (
        FileState.FAILED,
        because(Why.UNEXPECTED, kind="RuntimeError"),
    )
    assert resumable(store, environment_of(emulator)) == []
    # Retried by the user once fixed, it goes through.
    store.set_state(file_id, FileState.WAITING)
    assert_intact(emulator, run_one(store, client, file_id, options=QUICK), video)


def test_pause_is_stored_while_it_lasts(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)
    control = UploadControl()
    paused = threading.Event()
    rec = Recorder()
    rec.on(ChunkAcknowledged, lambda _e: None if paused.is_set() else control.pause())
    rec.on(PhaseChanged, lambda e: paused.set() if e.phase is Phase.PAUSED else None)
    outcome: list[RunOutcome] = []
    worker = threading.Thread(
        target=lambda: outcome.append(
            run_one(store, client, file_id, options=QUICK, listener=rec, control=control)
        )
    )
    worker.start()
    try:
        assert paused.wait(20)
        assert store.get(file_id).state is FileState.PAUSED
        # A paused file is left alone at start-up unless asked.
        assert resumable(store, environment_of(emulator)) == []
        assert len(resumable(store, environment_of(emulator), include_paused=True)) == 1
    finally:
        control.resume()
        worker.join(30)
    assert_intact(emulator, outcome[0], video)


def test_a_store_that_cannot_save_stops_the_upload(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)

    def disk_full(file_id: int, index: int) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    store.mark_chunk_acked = disk_full  # type: ignore[method-assign]
    rec = Recorder()
    outcome = run_one(store, client, file_id, options=QUICK, listener=rec)
    assert outcome.kind is RunOutcomeKind.FAILED
    assert outcome.reason is not None and outcome.reason.why is Why.STORE_FAILED
    assert "full" in outcome.reason.text("error")
    assert rec.of(ChunkAcknowledged) == []
    record = store.get(file_id)
    assert record.state is FileState.FAILED and record.last_error == outcome.reason
    assert record.video_id is not None
    # Stopped at once: the completing chunk never went.
    assert emulator.source_path(record.video_id) is None
    assert emulator.upload_requests < CHUNKS


# -- start-up --------------------------------------------------------------------------------------


def test_resumable_keeps_to_the_environment_and_the_credential(
    store: UploadStore, emulator: Emulator, make_file: Callable[..., Path]
) -> None:
    env = environment_of(emulator)
    here = queue(store, emulator, make_file(MIB, "a.mp4"))
    token = queue(store, emulator, make_file(MIB, "b.mp4"), auth_kind="upload_token")
    elsewhere = store.add_file(
        make_file(MIB, "c.mp4"), environment=production(), auth_kind="api_key", metadata=META
    )
    done = queue(store, emulator, make_file(MIB, "d.mp4"))
    store.mark_done(done, {"videoId": "vi1"})
    assert [r.id for r in resumable(store, env)] == [here, token]
    assert [r.id for r in resumable(store, env, auth_kind="api_key")] == [here]
    assert [r.id for r in resumable(store, production())] == [elsewhere]


def test_resuming_leaves_files_for_another_credential(
    store: UploadStore, emulator: Emulator, client: ApiClient, make_file: Callable[..., Path]
) -> None:
    mine = queue(store, emulator, make_file(MIB, "a.mp4"))
    theirs = queue(store, emulator, make_file(MIB, "b.mp4"), auth_kind="upload_token")
    outcomes = resume_all(store, client, environment_of(emulator), options=QUICK)
    assert [(o.file_id, o.kind) for o in outcomes] == [(mine, RunOutcomeKind.DONE)]
    assert store.get(theirs).state is FileState.WAITING
    with pytest.raises(ValueError, match="wrong_credential"):
        run_one(store, client, theirs)


# -- the file on disk ------------------------------------------------------------------------------


def test_a_missing_file_is_reported_and_nothing_is_sent(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    file_id = queue(store, emulator, video)
    video.rename(video.with_name("moved.mp4"))
    outcome = run_one(store, client, file_id, options=QUICK)
    assert outcome.kind is RunOutcomeKind.SOURCE_MISSING
    assert outcome.reason is not None and outcome.reason.why is Why.MISSING_SINCE_QUEUED
    assert outcome.reason.text("name") == "holiday.mp4"
    assert store.get(file_id).last_error == outcome.reason
    assert emulator.upload_requests == 0 and emulator.videos() == []


def test_requeue_as_new_uploads_the_new_version_to_a_new_video(
    store: UploadStore, emulator: Emulator, client: ApiClient, make_file: Callable[..., Path]
) -> None:
    path = make_file(MIB, "cut.mp4", seed=1)
    file_id = queue(store, emulator, path)
    make_file(MIB + 10, "cut.mp4", seed=2)
    outcome = run_one(store, client, file_id, options=QUICK)
    assert outcome.kind is RunOutcomeKind.SOURCE_CHANGED
    assert outcome.reason == because(Why.CHANGED_SINCE_QUEUED, name="cut.mp4")
    new_id = requeue_as_new(store, file_id)
    assert new_id != file_id and store.get(new_id).size == MIB + 10
    assert store.get(new_id).metadata == META
    done = run_one(store, client, new_id, options=QUICK)
    assert_intact(emulator, done, path)


# -- upload tokens ---------------------------------------------------------------------------------


def test_a_token_upload_resumes_from_the_stored_acknowledgements(
    store: UploadStore, emulator: Emulator, video: Path
) -> None:
    token = make_upload_token(emulator)
    file_id = queue(store, emulator, video, auth_kind="upload_token")
    with ApiClient(emulator.base_url, upload_token=token, timeout=10) as api:
        control = DurableControl()
        first = Recorder()
        first.on(ChunkAcknowledged, lambda _e: control.stop())
        stopped = run_one(store, api, file_id, options=QUICK, listener=first, control=control)
        assert stopped.kind is RunOutcomeKind.STOPPED
        acked = store.acked_chunks(file_id)
        video_id = store.get(file_id).video_id
        assert acked and video_id is not None
        acked_ranges = [c.range for c in store.chunks(file_id) if c.range.index in acked]

        second = Recorder()
        mark = log_mark(emulator, video_id)
        outcome = run_one(store, api, file_id, options=QUICK, listener=second)
    assert_intact(emulator, outcome, video)
    # The store's acknowledgements stand in for /status: nothing acknowledged is offered again
    # (the stopped run's last chunk, cut or not, may still reach the server: it is not here).
    later = [e for e in emulator.requests_for(video_id) if e.is_chunk and e.seq > mark]
    assert later
    assert not [
        e
        for e in later
        for r in acked_ranges
        if e.span is not None and overlaps(e.span, (r.start, r.end))
    ]
    planned = second.of(UploadPlanned)[0]
    assert isinstance(planned, UploadPlanned) and acked <= planned.already_done
    # Chunks the store already had are not announced a second time.
    announced = [e.chunk_index for e in second.of(ChunkAcknowledged)]
    assert sorted(announced) == sorted(set(range(CHUNKS)) - planned.already_done)
    assert store.acked_chunks(file_id) == frozenset(range(CHUNKS))


def test_a_retry_is_stored_as_the_last_error_until_it_succeeds(
    store: UploadStore, emulator: Emulator, client: ApiClient, video: Path
) -> None:
    """While retrying, the file stays "uploading" with the reason to show after a restart."""
    file_id = queue(store, emulator, video)
    emulator.faults.server_error_every = 2
    seen: list[Reason | None] = []
    rec = Recorder()
    rec.on(PhaseChanged, lambda _e: seen.append(store.get(file_id).last_error))
    outcome = run_one(store, client, file_id, options=QUICK, listener=rec)
    emulator.faults.server_error_every = 0
    assert_intact(emulator, outcome, video)
    assert because(Why.RETRYING, phase="retrying", cause="server_error") in seen
    assert store.get(file_id).last_error is None
    assert sum(c.attempts for c in store.chunks(file_id)) >= 1
