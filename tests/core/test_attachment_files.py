"""An attachment's file is read only when it is a plain file, and within its size limit."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from uploader_gui.core.attachment_files import check_before_upload, read_text_file
from uploader_gui.core.attachments import (
    Attachment,
    AttachmentError,
    AttachmentKind,
    AttachmentProblem,
    AttachmentState,
)
from uploader_gui.core.subtitles import MAX_TEXT_BYTES
from uploader_gui.core.thumbnails import read_thumbnail

READERS: dict[str, Callable[[Path], object]] = {
    "captions": read_text_file,
    "thumbnail": read_thumbnail,
}


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes in the file system are Unix's")
@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_named_pipe_is_unreadable_at_once_not_waited_on(tmp_path: Path, reader: str) -> None:
    """Opening a pipe for reading waits for a writer; no writer comes, so the reader must
    refuse it rather than hold the upload (and the command) for ever."""
    pipe = tmp_path / "talk.en.srt"
    os.mkfifo(pipe)
    with pytest.raises(AttachmentError) as raised:
        READERS[reader](pipe)
    assert raised.value.problem is AttachmentProblem.UNREADABLE


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_folder_is_unreadable(tmp_path: Path, reader: str) -> None:
    with pytest.raises(AttachmentError) as raised:
        READERS[reader](tmp_path)
    assert raised.value.problem is AttachmentProblem.UNREADABLE


def test_a_caption_file_at_its_limit_is_read_whole_and_one_byte_more_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "talk.srt"
    path.write_bytes(b"x" * MAX_TEXT_BYTES)
    assert len(read_text_file(path)) == MAX_TEXT_BYTES
    path.write_bytes(b"x" * (MAX_TEXT_BYTES + 1))
    with pytest.raises(AttachmentError) as raised:
        read_text_file(path)
    assert raised.value.problem is AttachmentProblem.TOO_LARGE


def test_check_before_upload_says_what_sending_would(tmp_path: Path) -> None:
    broken = tmp_path / "talk.srt"
    broken.write_bytes(b"\x00\x01 not text")
    result = check_before_upload(Attachment(AttachmentKind.CAPTION, broken, "en"))
    assert result is not None
    assert (result.state, result.problem) == (
        AttachmentState.FAILED,
        AttachmentProblem.NOT_SUBTITLES,
    )
    fine = tmp_path / "fine.srt"
    fine.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n")
    assert check_before_upload(Attachment(AttachmentKind.CAPTION, fine, "en")) is None
    # A frame picked by time has no file to check: api.video knows the video's length.
    assert check_before_upload(Attachment(AttachmentKind.THUMBNAIL, timecode="99:00:00")) is None
