"""The core upload session both fronts use: taking files in, deciding, running, following."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.engine_helpers import Recorder, served_bytes, write_video
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.duplicates import FINGERPRINT_KEY, PreviousUpload
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.errors import InvalidInputError
from uploader_gui.core.events import (
    EarlierUploadUnknown,
    Phase,
    PhaseChanged,
    VideoCreated,
)
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason, Why, because
from uploader_gui.core.retry_policy import RetryPolicy
from uploader_gui.core.store import FileState, UploadStore
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_session import (
    EarlierChoice,
    FileOutcomeKind,
    Follow,
    UploadSession,
)
from uploader_gui.emulator import Emulator

SIZE = 6 * MIB + 123
OPTIONS = UploadOptions(chunk_size=5 * MIB, retry=RetryPolicy(base_delay=0.05, max_delay=0.2))


@pytest.fixture
def session(store: UploadStore, client: ApiClient, emulator: Emulator) -> Iterator[UploadSession]:
    environment = Environment(EnvironmentKind.CUSTOM, emulator.base_url)
    yield UploadSession(store, client, environment, options=OPTIONS)


def never_asked(previous: PreviousUpload) -> EarlierChoice:
    raise AssertionError(f"asked about {previous}")


def upload_once(session: UploadSession, path: Path) -> str:
    outcome = session.run_file(session.admit(path, VideoMetadata(title="first")).file_id)
    assert outcome.kind is FileOutcomeKind.DONE and outcome.video_id
    return outcome.video_id


def test_a_new_file_is_uploaded_with_its_fingerprint_and_links(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    admission = session.admit(path, VideoMetadata(title="Talk"))
    assert not admission.continues
    rec = Recorder()
    outcome = session.run_file(admission.file_id, listener=rec, on_earlier=never_asked)
    assert outcome.kind is FileOutcomeKind.DONE and outcome.size == SIZE
    assert outcome.video_id is not None and outcome.links.player.endswith(outcome.video_id)
    assert served_bytes(emulator, outcome.video_id) == path.read_bytes()
    [video] = emulator.videos()
    fingerprint = session.store.get(admission.file_id).fingerprint
    assert video["metadata"] == [{"key": FINGERPRINT_KEY, "value": fingerprint}]
    # The lookup came first and found nothing: no question, one video.
    assert rec.of(PhaseChanged)[0] == PhaseChanged(Phase.CHECKING)
    assert session.store.get(admission.file_id).state is FileState.DONE


def test_an_earlier_upload_is_offered_and_a_skip_makes_no_video(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    first = upload_once(session, path)
    asked: list[PreviousUpload] = []

    def skip(previous: PreviousUpload) -> EarlierChoice:
        asked.append(previous)
        return EarlierChoice.SKIP

    again = session.admit(path, VideoMetadata(title="again"))
    outcome = session.run_file(again.file_id, on_earlier=skip)
    assert [p.video_id for p in asked] == [first]
    assert outcome.kind is FileOutcomeKind.EARLIER_UPLOAD and outcome.video_id == first
    assert outcome.earlier is not None and outcome.links.player.endswith(first)
    assert len(emulator.videos()) == 1
    assert session.store.get(again.file_id).state is FileState.CANCELLED


def test_upload_again_makes_a_second_video(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    first = upload_once(session, path)
    again = session.admit(path, VideoMetadata(title="again"))
    outcome = session.run_file(again.file_id, on_earlier=lambda _p: EarlierChoice.UPLOAD_AGAIN)
    assert outcome.kind is FileOutcomeKind.DONE and outcome.video_id != first
    assert len(emulator.videos()) == 2


def test_a_failed_lookup_is_told_and_never_costs_the_upload(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    emulator.faults.listing_unavailable = True
    path = write_video(tmp_path / "talk.mp4", SIZE)
    rec = Recorder()
    outcome = session.run_file(
        session.admit(path, VideoMetadata(title="t")).file_id, listener=rec, on_earlier=never_asked
    )
    assert outcome.kind is FileOutcomeKind.DONE
    [unknown] = rec.of(EarlierUploadUnknown)
    assert unknown.error == because(Why.SERVER_ERROR, status=503)
    assert len(emulator.videos()) == 1


def test_a_refused_key_ends_the_file_before_any_video(
    store: UploadStore, emulator: Emulator, tmp_path: Path
) -> None:
    environment = Environment(EnvironmentKind.CUSTOM, emulator.base_url)
    with ApiClient(emulator.base_url, api_key="wrong", timeout=10) as client:
        session = UploadSession(store, client, environment, options=OPTIONS)
        path = write_video(tmp_path / "talk.mp4", SIZE)
        outcome = session.run_file(
            session.admit(path, VideoMetadata(title="t")).file_id, on_earlier=never_asked
        )
    assert outcome.kind is FileOutcomeKind.FAILED and outcome.reason == Reason(Why.BAD_API_KEY)
    assert emulator.videos() == []


def test_a_changed_file_never_reaches_its_old_video(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    file_id = session.admit(path, VideoMetadata(title="t")).file_id
    write_video(path, SIZE + MIB)  # the file changes after it was queued
    outcome = session.run_file(file_id, on_earlier=never_asked)
    assert outcome.kind is FileOutcomeKind.SOURCE_CHANGED
    assert outcome.reason == because(Why.CHANGED_SINCE_QUEUED, name="talk.mp4")
    assert session.store.get(file_id).state is FileState.FAILED
    assert emulator.videos() == []


def test_a_changed_file_goes_to_a_new_video_when_allowed(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    file_id = session.admit(path, VideoMetadata(title="t")).file_id
    write_video(path, SIZE + MIB)
    outcome = session.run_file(file_id, new_video_if_changed=True, on_earlier=never_asked)
    assert outcome.kind is FileOutcomeKind.DONE and outcome.replaced == file_id
    assert outcome.file_id != file_id and outcome.size == SIZE + MIB
    assert outcome.video_id is not None
    assert served_bytes(emulator, outcome.video_id) == path.read_bytes()
    old = session.store.get(file_id)
    assert old.state is FileState.CANCELLED and old.last_error == Reason(Why.REPLACED)
    # The new entry carries the new content's fingerprint, not the old one.
    [video] = emulator.videos()
    new_fp = session.store.get(outcome.file_id).fingerprint
    assert new_fp != old.fingerprint
    assert video["metadata"] == [{"key": FINGERPRINT_KEY, "value": new_fp}]


def test_a_missing_file_is_reported_as_missing(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    file_id = session.admit(path, VideoMetadata(title="t")).file_id
    path.unlink()
    outcome = session.run_file(file_id, on_earlier=never_asked)
    assert outcome.kind is FileOutcomeKind.SOURCE_MISSING
    assert session.store.get(file_id).state is FileState.FAILED
    assert emulator.videos() == []


def test_admitting_a_file_again_continues_its_unfinished_upload(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    first = session.admit(path, VideoMetadata(title="old"))
    # Before any video exists, what is given now replaces what was stored.
    again = session.admit(path, VideoMetadata(title="new"))
    assert again == type(again)(first.file_id, continues=True)
    assert session.store.get(first.file_id).metadata.title == "new"
    session.store.set_video_id(first.file_id, "vi-somewhere")
    # Once its video exists, metadata given now cannot be applied: the caller says so.
    kept = session.admit(path, VideoMetadata(title="newer"))
    assert kept.continues and kept.metadata_kept
    assert session.store.get(first.file_id).metadata.title == "new"
    assert [r.id for r in session.pending()] == [first.file_id]


@pytest.mark.parametrize("name", ["empty.mp4", "missing.mp4", "folder"])
def test_a_file_that_cannot_be_uploaded_is_refused_with_its_reason(
    session: UploadSession, tmp_path: Path, name: str
) -> None:
    (tmp_path / "empty.mp4").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    with pytest.raises(InvalidInputError) as refused:
        session.admit(tmp_path / name, VideoMetadata(title="t"))
    assert str(refused.value)
    assert session.store.unfinished() == []


def test_encoding_is_followed_until_the_video_can_be_watched(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    emulator.encoding_delay = 0.2
    path = write_video(tmp_path / "talk.mp4", SIZE)
    rec = Recorder()
    outcome = session.run_file(
        session.admit(path, VideoMetadata(title="t")).file_id, listener=rec, follow=Follow()
    )
    assert outcome.kind is FileOutcomeKind.DONE and outcome.playable
    assert outcome.encoding is not None and outcome.encoding.reached
    phases = [e.phase for e in rec.of(PhaseChanged)]
    assert phases[-1] is Phase.PLAYABLE
    assert rec.of(VideoCreated)[0].video_id == outcome.video_id


def test_a_done_file_answers_at_once(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    file_id = session.admit(path, VideoMetadata(title="t")).file_id
    first = session.run_file(file_id)
    before = emulator.upload_requests
    again = session.run_file(file_id, on_earlier=never_asked)
    assert again.kind is FileOutcomeKind.DONE and again.video_id == first.video_id
    assert emulator.upload_requests == before


def test_cancelling_while_asked_about_an_earlier_upload_is_recorded(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    upload_once(session, path)
    control = UploadControl()

    def cancel_instead(previous: PreviousUpload) -> EarlierChoice:
        control.cancel()  # the creator cancels the row while the question is open
        return EarlierChoice.SKIP

    again = session.admit(path, VideoMetadata(title="again"))
    outcome = session.run_file(again.file_id, control=control, on_earlier=cancel_instead)
    assert outcome.kind is FileOutcomeKind.CANCELLED
    assert session.store.get(again.file_id).state is FileState.CANCELLED
    assert session.pending() == []  # it does not come back at the next start
    assert len(emulator.videos()) == 1


def test_a_file_changed_while_the_question_was_open_is_not_sent(
    session: UploadSession, emulator: Emulator, tmp_path: Path
) -> None:
    path = write_video(tmp_path / "talk.mp4", SIZE)
    upload_once(session, path)

    def re_exported_then_again(previous: PreviousUpload) -> EarlierChoice:
        write_video(path, SIZE + MIB)  # the creator re-exports the file meanwhile
        return EarlierChoice.UPLOAD_AGAIN

    again = session.admit(path, VideoMetadata(title="again"))
    outcome = session.run_file(again.file_id, on_earlier=re_exported_then_again)
    assert outcome.kind is FileOutcomeKind.SOURCE_CHANGED
    assert len(emulator.videos()) == 1  # no video made with the old fingerprint


def test_a_key_refused_during_the_lookup_is_recorded_as_failed(
    store: UploadStore, emulator: Emulator, tmp_path: Path
) -> None:
    environment = Environment(EnvironmentKind.CUSTOM, emulator.base_url)
    with ApiClient(emulator.base_url, api_key="wrong", timeout=10) as client:
        session = UploadSession(store, client, environment, options=OPTIONS)
        file_id = session.admit(write_video(tmp_path / "a.mp4", SIZE), VideoMetadata("a")).file_id
        session.run_file(file_id, on_earlier=never_asked)
        assert store.get(file_id).state is FileState.FAILED and session.pending() == []
