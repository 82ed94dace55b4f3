"""Uploads while recording through the core session, over real HTTP to the emulator. The file
grows from the upload's own events (a hook on "waiting for more"), so nothing waits on time."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.engine_helpers import Recorder, StillRecording, served_bytes, write_video
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.durable_upload import DurableControl
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.errors import ServerError
from uploader_gui.core.events import ChunkAcknowledged, RecordingStatus
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Why
from uploader_gui.core.recording_problems import RecordingProblem, StaleVideo
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_session import FileOutcomeKind, UploadSession
from uploader_gui.emulator import Emulator

PART = 5 * MIB
SETTLE = 0.3


@pytest.fixture
def session(store: UploadStore, client: ApiClient, emulator: Emulator) -> Iterator[UploadSession]:
    environment = Environment(EnvironmentKind.CUSTOM, emulator.base_url)
    options = UploadOptions(chunk_size=PART, retry=RetryPolicy(base_delay=0.05, max_delay=0.2))
    yield UploadSession(store, client, environment, options=options)


def grow_when_waiting(path: Path, steps: dict[int, int]) -> Recorder:
    """A listener that appends ``steps[sent]`` bytes when the upload waits with ``sent`` bytes
    acknowledged (each step once). Until the last step the file keeps changing, as under a
    recorder still writing, so a part slow to go never lets the recording end early."""
    events = Recorder()
    recorder = StillRecording(path)
    if not steps:
        recorder.stop()

    def grow(status: RecordingStatus) -> None:
        if status.waiting and (more := steps.pop(status.sent, 0)):
            with open(path, "ab") as f:
                f.write(os.urandom(more))
            if not steps:
                recorder.stop()

    events.on(RecordingStatus, grow)
    return events


def accepted_parts(emulator: Emulator, video_id: str) -> list[tuple[int, int | None]]:
    return [
        (r.range.part, r.range.total)
        for r in emulator.requests_for(video_id)
        if r.is_chunk and r.accepted and r.range is not None
    ]


def test_a_lost_answer_for_a_part_is_checked_not_sent_twice(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "rec.mp4", PART + MIB)
    emulator.faults.lose_ack_every = 2  # part 2's answer never comes back
    events = grow_when_waiting(clip, {PART: 6 * MIB, 2 * PART: 3 * MIB})
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    outcome = session.run_file(admission.file_id, listener=events)
    assert outcome.kind is FileOutcomeKind.DONE, outcome.reason
    assert outcome.video_id is not None
    assert accepted_parts(emulator, outcome.video_id) == [(1, None), (2, None), (3, 3)]
    assert served_bytes(emulator, outcome.video_id) == clip.read_bytes()
    # The digests of the parts sent while recording are kept.
    assert sorted(session.store.sent_parts(admission.file_id)) == [1, 2]


def test_a_stop_while_waiting_leaves_it_to_continue(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "rec.mp4", PART + MIB)
    control = DurableControl()
    events = Recorder()

    def stop_when_waiting(status: RecordingStatus) -> None:
        if status.waiting:
            control.stop()

    events.on(RecordingStatus, stop_when_waiting)
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=600.0)
    stopped = session.run_file(admission.file_id, listener=events, control=control)
    assert stopped.kind is FileOutcomeKind.STOPPED
    record = session.store.get(admission.file_id)
    assert record.state is FileState.WAITING
    assert record.video_id is not None

    with open(clip, "ab") as f:
        f.write(os.urandom(MIB))
    again = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    assert again.file_id == admission.file_id and again.continues
    outcome = session.run_file(again.file_id)
    assert outcome.kind is FileOutcomeKind.DONE, outcome.reason
    assert outcome.video_id == record.video_id
    assert accepted_parts(emulator, record.video_id) == [(1, None), (2, 2)]
    assert served_bytes(emulator, record.video_id) == clip.read_bytes()


def test_a_change_after_the_final_part_leaves_no_stale_video(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "rec.mp4", 2 * MIB)
    events = Recorder()
    grew: list[bool] = []

    def grow_once(_ack: ChunkAcknowledged) -> None:
        # The recorder resumes just after the final part was taken: one part, so the first
        # acknowledgement is the final part's.
        if not grew:
            grew.append(True)
            with open(clip, "ab") as f:
                f.write(os.urandom(MIB))

    events.on(ChunkAcknowledged, grow_once)
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    outcome = session.run_file(admission.file_id, listener=events)
    assert outcome.kind is FileOutcomeKind.DONE, outcome.reason
    assert outcome.recording is not None
    assert outcome.recording.problem is RecordingProblem.CHANGED_AFTER_END
    assert outcome.recording.stale is StaleVideo.DELETED
    assert outcome.replaced == admission.file_id
    # The complete video of the first 2 MiB is gone; the new one holds the whole file.
    assert outcome.video_id is not None
    assert [v["videoId"] for v in emulator.videos()] == [outcome.video_id]
    assert outcome.video_id != outcome.recording.video_id
    assert served_bytes(emulator, outcome.video_id) == clip.read_bytes()
    assert session.store.get(admission.file_id).state is FileState.CANCELLED


def test_a_stale_video_that_cannot_be_deleted_is_marked_incomplete(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "rec.mp4", PART + MIB)
    emulator.faults.refuse_deletes = True
    events = Recorder()
    recorder = StillRecording(clip)

    def rewrite_start(status: RecordingStatus) -> None:
        if status.waiting and status.sent == PART:
            with open(clip, "r+b") as f:  # the recorder stops and rewrites its header
                f.seek(100)
                f.write(os.urandom(100))
            recorder.stop()

    events.on(RecordingStatus, rewrite_start)
    admission = session.admit(clip, VideoMetadata(title="Talk"), recording_settle=SETTLE)
    outcome = session.run_file(admission.file_id, listener=events)
    assert outcome.kind is FileOutcomeKind.DONE, outcome.reason
    assert outcome.recording is not None
    assert outcome.recording.problem is RecordingProblem.REWRITTEN
    assert outcome.recording.stale is StaleVideo.MARKED
    stale, new = emulator.videos()
    assert stale["videoId"] == outcome.recording.video_id
    assert stale["title"] == "[incomplete, replaced] Talk"
    assert accepted_parts(emulator, stale["videoId"]) == [(1, None)]  # never completed
    assert new["videoId"] == outcome.video_id and new["title"] == "Talk"
    assert served_bytes(emulator, new["videoId"]) == clip.read_bytes()


def test_a_recording_past_the_size_limit_stops_in_typed_words(
    session: UploadSession, emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("uploader_gui.core.recording_upload.MAX_VIDEO_SIZE", 8 * MIB)
    clip = write_video(tmp_path / "rec.mp4", PART + MIB)
    events = grow_when_waiting(clip, {PART: 5 * MIB})
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    outcome = session.run_file(admission.file_id, listener=events)
    assert outcome.kind is FileOutcomeKind.FAILED
    assert outcome.recording is not None
    assert outcome.recording.problem is RecordingProblem.TOO_LARGE
    assert outcome.recording.sent == PART
    assert session.store.get(admission.file_id).state is FileState.FAILED


def test_a_final_part_whose_answer_was_never_recorded_is_found_complete(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "rec.mp4", PART + MIB)
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    first = session.run_file(admission.file_id)
    assert first.kind is FileOutcomeKind.DONE, first.reason
    # As if the run had died between the final part's answer and recording it.
    session.store.set_state(admission.file_id, FileState.UPLOADING)
    again = session.run_file(admission.file_id)
    assert again.kind is FileOutcomeKind.DONE, again.reason
    assert again.video_id == first.video_id and again.recording is None
    assert len(emulator.videos()) == 1

    # The same, but the file grew meanwhile: that complete video is not the file any more.
    session.store.set_state(admission.file_id, FileState.UPLOADING)
    with open(clip, "ab") as f:
        f.write(os.urandom(MIB))
    changed = session.run_file(admission.file_id)
    assert changed.kind is FileOutcomeKind.DONE, changed.reason
    assert changed.recording is not None
    assert changed.recording.problem is RecordingProblem.CHANGED_AFTER_END
    assert changed.recording.video_id == first.video_id
    assert changed.video_id is not None
    assert [v["videoId"] for v in emulator.videos()] == [changed.video_id]
    assert served_bytes(emulator, changed.video_id) == clip.read_bytes()


class Killed(BaseException):
    """The process ends here, as by a kill: nothing after this point runs."""


@pytest.mark.parametrize("change", ["rewritten", "grown"])
def test_a_kill_after_the_final_part_then_a_change_leaves_no_stale_video(
    session: UploadSession, emulator: Emulator, tmp_path: Path, change: str
) -> None:
    clip = write_video(tmp_path / "rec.mp4", PART + MIB)
    events = grow_when_waiting(clip, {})

    def kill_after_final(ack: ChunkAcknowledged) -> None:
        if ack.chunk_index == 1:  # part 2 of 2: the video is complete on the server
            raise Killed

    events.on(ChunkAcknowledged, kill_after_final)
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    with pytest.raises(Killed):
        session.run_file(admission.file_id, listener=events)
    stale_id = session.store.get(admission.file_id).video_id
    assert stale_id is not None
    assert accepted_parts(emulator, stale_id) == [(1, None), (2, 2)]
    # While nothing ran, the recorder changed the file.
    if change == "rewritten":
        with open(clip, "r+b") as rewritten:
            rewritten.seek(100)
            rewritten.write(os.urandom(100))
    else:
        with open(clip, "ab") as grown:
            grown.write(os.urandom(5 * MIB))

    again = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    assert again.file_id == admission.file_id
    outcome = session.run_file(again.file_id)
    assert outcome.kind is FileOutcomeKind.DONE, outcome.reason
    assert outcome.recording is not None
    assert outcome.recording.problem is RecordingProblem.CHANGED_AFTER_END
    assert outcome.video_id is not None and outcome.video_id != stale_id
    # The complete video with bytes that are no longer the file's is gone.
    assert [v["videoId"] for v in emulator.videos()] == [outcome.video_id]
    assert served_bytes(emulator, outcome.video_id) == clip.read_bytes()


def test_a_kill_just_after_the_stale_video_was_deleted_then_a_rerun(
    session: UploadSession, emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clip = write_video(tmp_path / "rec.mp4", PART + MIB)
    events = Recorder()
    recorder = StillRecording(clip)

    def rewrite_start(status: RecordingStatus) -> None:
        if status.waiting and status.sent == PART:
            with open(clip, "r+b") as f:
                f.seek(100)
                f.write(os.urandom(100))
            recorder.stop()

    events.on(RecordingStatus, rewrite_start)
    real_delete = session.client.delete_video

    def delete_then_die(video_id: str) -> None:
        real_delete(video_id)
        raise Killed

    monkeypatch.setattr(session.client, "delete_video", delete_then_die)
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    with pytest.raises(Killed):
        session.run_file(admission.file_id, listener=events)
    monkeypatch.setattr(session.client, "delete_video", real_delete)
    assert emulator.videos() == []

    again = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    outcome = session.run_file(again.file_id)
    assert outcome.kind is FileOutcomeKind.DONE, outcome.reason
    assert outcome.video_id is not None
    assert [v["videoId"] for v in emulator.videos()] == [outcome.video_id]
    assert served_bytes(emulator, outcome.video_id) == clip.read_bytes()


def test_a_file_cut_shorter_after_the_final_part_leaves_no_stale_video(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "rec.mp4", 2 * MIB)
    events = Recorder()
    cut: list[bool] = []

    def cut_once(_ack: ChunkAcknowledged) -> None:
        # The recorder rewrites the file shorter just after the final part was taken.
        if not cut:
            cut.append(True)
            os.truncate(clip, MIB)

    events.on(ChunkAcknowledged, cut_once)
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    outcome = session.run_file(admission.file_id, listener=events)
    assert outcome.kind is FileOutcomeKind.DONE, outcome.reason
    assert outcome.recording is not None
    assert outcome.recording.problem is RecordingProblem.CHANGED_AFTER_END
    assert outcome.recording.stale is StaleVideo.DELETED
    # The complete video of the 2 MiB that are no longer the file is gone; the file as it is
    # now went as a new video.
    assert outcome.video_id is not None
    assert [v["videoId"] for v in emulator.videos()] == [outcome.video_id]
    assert served_bytes(emulator, outcome.video_id) == clip.read_bytes()


def test_a_kill_just_after_a_part_was_taken_keeps_what_it_sent(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    clip = write_video(tmp_path / "rec.mp4", PART + MIB)
    events = Recorder()

    def kill_after_first(ack: ChunkAcknowledged) -> None:
        if ack.chunk_index == 0:  # part 1 is on api.video, the run ends before anything else
            raise Killed

    events.on(ChunkAcknowledged, kill_after_first)
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=600.0)
    with pytest.raises(Killed):
        session.run_file(admission.file_id, listener=events)
    stale_id = session.store.get(admission.file_id).video_id
    assert stale_id is not None
    assert accepted_parts(emulator, stale_id) == [(1, None)]
    # While nothing ran, the recorder stopped and rewrote its header.
    with open(clip, "r+b") as f:
        f.seek(100)
        f.write(os.urandom(100))

    again = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    outcome = session.run_file(again.file_id)
    assert outcome.kind is FileOutcomeKind.DONE, outcome.reason
    assert outcome.recording is not None
    assert outcome.recording.problem is RecordingProblem.REWRITTEN
    assert outcome.video_id is not None
    assert [v["videoId"] for v in emulator.videos()] == [outcome.video_id]
    assert served_bytes(emulator, outcome.video_id) == clip.read_bytes()


def test_a_stop_while_the_stale_video_is_deleted_leaves_one_entry_to_continue(
    session: UploadSession, emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clip = write_video(tmp_path / "rec.mp4", PART + MIB)
    control = DurableControl()
    events = Recorder()
    recorder = StillRecording(clip)

    def rewrite_start(status: RecordingStatus) -> None:
        if status.waiting and status.sent == PART:
            with open(clip, "r+b") as f:
                f.seek(100)
                f.write(os.urandom(100))
            recorder.stop()

    events.on(RecordingStatus, rewrite_start)
    real_delete = session.client.delete_video

    def busy_then_stopped(_video_id: str) -> None:
        control.stop()  # Ctrl+C while api.video is busy with the delete
        raise ServerError(Why.SERVER_ERROR, status=503)

    monkeypatch.setattr(session.client, "delete_video", busy_then_stopped)
    admission = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    stopped = session.run_file(admission.file_id, listener=events, control=control)
    assert stopped.kind is FileOutcomeKind.STOPPED
    monkeypatch.setattr(session.client, "delete_video", real_delete)
    # One entry of the file is left to continue, not the old one and a new one both.
    assert [r.id for r in session.pending()] == [admission.file_id]

    again = session.admit(clip, VideoMetadata(title="rec"), recording_settle=SETTLE)
    outcome = session.run_file(again.file_id)
    assert outcome.kind is FileOutcomeKind.DONE, outcome.reason
    assert outcome.video_id is not None
    assert [v["videoId"] for v in emulator.videos()] == [outcome.video_id]
    assert served_bytes(emulator, outcome.video_id) == clip.read_bytes()
    assert [r.id for r in session.pending()] == []
