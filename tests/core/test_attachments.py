"""Attachments in the store and through the upload session, against the emulator."""

from __future__ import annotations

import threading
from pathlib import Path

import requests

from tests.core.engine_helpers import write_video
from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.attachment_send import send_attachments
from uploader_gui.core.attachments import (
    Attachment,
    AttachmentKind,
    AttachmentProblem,
    AttachmentState,
)
from uploader_gui.core.durable_upload import DurableControl
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.limits import MIB
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import UploadStore
from uploader_gui.core.upload_control import UploadControl
from uploader_gui.core.upload_session import FileOutcomeKind, UploadSession
from uploader_gui.emulator import Emulator

SRT = b"1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n"


def caption(path: Path, language: str = "en") -> Attachment:
    return Attachment(AttachmentKind.CAPTION, path, language)


def session_for(store: UploadStore, client: ApiClient, emulator: Emulator) -> UploadSession:
    env = Environment(EnvironmentKind.CUSTOM, emulator.base_url)
    return UploadSession(store, client, env)


def test_a_slot_keeps_what_was_sent_and_takes_anything_new(
    store: UploadStore, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    first, second = tmp_path / "a.srt", tmp_path / "b.srt"
    env = Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:1")
    file_id = store.add_file(
        video, environment=env, auth_kind="api_key", metadata=VideoMetadata("t")
    )
    thumb = Attachment(AttachmentKind.THUMBNAIL, timecode="00:00:01.000")
    store.add_attachments(file_id, [caption(first), thumb])
    store.mark_attachment(file_id, "caption:en", AttachmentState.SENT)
    store.mark_attachment(
        file_id, "thumbnail", AttachmentState.FAILED, problem=AttachmentProblem.REFUSED, detail="no"
    )
    store.add_attachments(file_id, [caption(first), thumb])
    states = {r.attachment.key: r.state for r in store.attachments(file_id)}
    assert states == {"caption:en": AttachmentState.SENT, "thumbnail": AttachmentState.PENDING}
    assert store.unsent(file_id, [caption(first)]) == []
    assert store.unsent(file_id, [caption(second)]) == [caption(second)]
    store.add_attachments(file_id, [caption(second)])
    (record,) = [r for r in store.attachments(file_id) if r.attachment.key == "caption:en"]
    assert (record.attachment.path, record.state) == (second, AttachmentState.PENDING)
    store.remove(file_id)
    assert store.attachments(file_id) == []


def test_one_taken_back_is_forgotten_unless_it_was_sent(store: UploadStore, tmp_path: Path) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    env = Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:1")
    file_id = store.add_file(
        video, environment=env, auth_kind="api_key", metadata=VideoMetadata("t")
    )
    store.add_attachments(file_id, [caption(tmp_path / "a.srt"), caption(tmp_path / "b.srt", "fr")])
    store.mark_attachment(file_id, "caption:en", AttachmentState.SENT)
    store.remove_attachment(file_id, "caption:en")  # on the video: it stays recorded
    store.remove_attachment(file_id, "caption:fr")
    assert [r.attachment.key for r in store.attachments(file_id)] == ["caption:en"]
    assert not store.has_attachments_to_send(file_id)


def test_server_failures_are_retried_and_sent_once(
    store: UploadStore, client: ApiClient, emulator: Emulator, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    subs = tmp_path / "talk.srt"
    subs.write_bytes(SRT)
    session = session_for(store, client, emulator)
    admission = session.admit(video, VideoMetadata("talk"), attachments=[caption(subs)])
    emulator.faults.fail_attachments = 2
    outcome = session.run_file(admission.file_id)
    assert outcome.kind is FileOutcomeKind.DONE
    assert [r.state for r in outcome.attachments] == [AttachmentState.SENT]
    assert outcome.video_id is not None
    log = [
        (e.kind, e.status) for e in emulator.requests_for(outcome.video_id) if e.kind == "caption"
    ]
    assert log == [("caption", 503), ("caption", 503), ("caption", 200)]
    (record,) = store.attachments(admission.file_id)
    assert record.attempts == 3 and record.sent_at is not None


def test_a_refusal_and_a_gone_video_are_typed(
    store: UploadStore, client: ApiClient, emulator: Emulator, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    subs = tmp_path / "talk.srt"
    subs.write_bytes(SRT)
    session = session_for(store, client, emulator)
    # "xx" passes the uploader's form check; the server covers no such language.
    admission = session.admit(video, VideoMetadata("talk"), attachments=[caption(subs, "xx")])
    outcome = session.run_file(admission.file_id)
    (result,) = outcome.attachments
    assert (result.state, result.problem) == (AttachmentState.FAILED, AttachmentProblem.REFUSED)
    assert result.detail is not None and "not valid" in result.detail
    assert outcome.video_id is not None
    store.add_attachments(admission.file_id, [caption(subs, "fr")])
    emulator.delete_video(outcome.video_id)
    run = send_attachments(store, client, admission.file_id, outcome.video_id, UploadControl())
    assert [(r.earlier, r.problem) for r in run.results] == [
        (True, AttachmentProblem.REFUSED),
        (False, AttachmentProblem.VIDEO_GONE),
    ]


def test_stopping_leaves_the_rest_pending(
    store: UploadStore, client: ApiClient, emulator: Emulator, tmp_path: Path
) -> None:
    video = write_video(tmp_path / "talk.mp4", MIB)
    subs = tmp_path / "talk.srt"
    subs.write_bytes(SRT)
    session = session_for(store, client, emulator)
    admission = session.admit(
        video, VideoMetadata("talk"), attachments=[caption(subs, "en"), caption(subs, "fr")]
    )
    emulator.faults.fail_attachments_matching = "/captions/fr"
    control = DurableControl()
    outcomes = []
    worker = threading.Thread(
        target=lambda: outcomes.append(session.run_file(admission.file_id, control=control))
    )
    worker.start()
    assert control.until_waiting(1, timeout=30)  # fr refused, waiting to try again
    control.stop()
    worker.join(30)
    assert outcomes[0].kind is FileOutcomeKind.STOPPED
    states = {r.attachment.key: r.state for r in store.attachments(admission.file_id)}
    assert states == {"caption:en": AttachmentState.SENT, "caption:fr": AttachmentState.PENDING}
    assert [r.id for r in session.pending()] == [admission.file_id]
    emulator.faults.fail_attachments_matching = ""
    again = session.run_file(admission.file_id)
    assert [(r.attachment.language, r.earlier) for r in again.attachments] == [
        ("en", True),
        ("fr", False),
    ]
    assert session.pending() == []


def test_an_upload_token_leaves_them_pending(
    store: UploadStore, emulator: Emulator, tmp_path: Path
) -> None:
    created = requests.post(
        f"{emulator.base_url}/upload-tokens", json={"ttl": 0}, auth=("test-key", ""), timeout=10
    ).json()["token"]
    video = write_video(tmp_path / "talk.mp4", MIB)
    subs = tmp_path / "talk.srt"
    subs.write_bytes(SRT)
    with ApiClient(emulator.base_url, upload_token=created) as client:
        session = session_for(store, client, emulator)
        admission = session.admit(video, VideoMetadata("talk"), attachments=[caption(subs)])
        outcome = session.run_file(admission.file_id)
    assert outcome.kind is FileOutcomeKind.DONE
    (result,) = outcome.attachments
    assert (result.state, result.problem) == (
        AttachmentState.PENDING,
        AttachmentProblem.NEEDS_API_KEY,
    )
    assert outcome.attachments_failed == (result,)
