"""Uploading a file while it is still being recorded, in api.video's progressive form.

Each part goes as soon as the file holds all its bytes and at least one more (``part n/*``), so
the recording is on api.video moments after it stops; once the file has not changed for the
settle time, the rest goes as the final ``part N/N`` and completes the video. Rules kept here:

* Parts have the size chosen as for any upload (at least 5 MiB) and go one at a time, in order:
  a part's number fixes its place, so nothing may be skipped, and the file only grows at its end.
* Durable like every upload: the video id and each acknowledged part are stored (by the durable
  layer) before they are told, and a run that was stopped continues into the same video from
  the server's ``receivedParts``; no part is sent twice.
* Nothing stale is ever completed. A digest of what each part sent is kept as it left
  (:mod:`sent_digest`); before the final part the file is read again there. If the recorder
  rewrote what was sent, the incomplete video is deleted (or, if it cannot be, its title says it
  is incomplete) and :class:`RecordingError` says REWRITTEN, for the session to upload the
  finished file as a new video.
* The file must not change after the final part either (a recorder paused for longer than the
  settle time, or one that rewrites the file late): the complete video is then dealt with the
  same way (CHANGED_AFTER_END), and the session uploads the file again as a new recording.
* A file that shrinks or vanishes stops the upload with a typed :class:`RecordingError`; a
  shrunk file's incomplete video is dealt with as a rewritten one, a vanished file's is kept so
  the upload can continue if the file comes back.
* Waiting for the file to grow sleeps on the upload's control, so a cancel or a stop (Ctrl+C,
  SIGTERM, quitting) ends it at once and leaves everything to continue.

An upload token cannot read ``/status`` to continue such an upload, so this needs an API key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from uploader_gui.core.api_client import ApiClient
from uploader_gui.core.duplicates import FINGERPRINT_KEY, record_fingerprint
from uploader_gui.core.errors import CancelledError, InvalidInputError, UploadError
from uploader_gui.core.events import (
    ChunkRange,
    Phase,
    RecordingStatus,
    UploadPlanned,
    VideoCreated,
)
from uploader_gui.core.fingerprint import fingerprint_stream
from uploader_gui.core.growing_file import FileChange, GrowingFile, Observation
from uploader_gui.core.ingest_status import (
    received_parts,
    received_parts_total,
    reported_size,
)
from uploader_gui.core.limits import MAX_CHUNK_SIZE, MAX_PARTS, MAX_VIDEO_SIZE, MIN_CHUNK_SIZE
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Why
from uploader_gui.core.recording_problems import (
    RecordingError,
    RecordingProblem,
    RecordingReport,
    StaleVideo,
)
from uploader_gui.core.sent_digest import PartDigest, digest_on_disk
from uploader_gui.core.upload import FileUpload
from uploader_gui.core.upload_options import UploadOptions
from uploader_gui.core.upload_result import UploadResult
from uploader_gui.core.video_id import video_id_of

log = logging.getLogger(__name__)

#: The title prefix of an incomplete video that could not be deleted.
INCOMPLETE_TITLE = "[incomplete, replaced] "

#: Told when a part was acknowledged: (part number, first byte, last byte, digest).
OnPartSent = Callable[[int, int, int, str], None]
#: Told, before the video is deleted or marked, why what it holds is no longer the file: the
#: store records what comes next first, so a stop in the middle loses nothing.
OnDiscarding = Callable[[RecordingProblem], None]


def part_size_for(chunk_size: int) -> int:
    """The part size of an upload while recording: the chunk size chosen, kept within the
    API's bounds (the file's final size is unknown, so it is never grown for it)."""
    return min(max(chunk_size, MIN_CHUNK_SIZE), MAX_CHUNK_SIZE)


class RecordingUpload(FileUpload):
    """One growing file to one video. ``settle`` is how long the file must stay unchanged
    before the recording is taken as ended. ``sent`` holds the digests of parts an earlier run
    sent (part number → digest), ``on_part_sent`` is told each part acknowledged now. Other
    arguments as :class:`FileUpload` (``video_id`` continues an upload). ``on_discarding`` is
    told why the video is about to be deleted or marked, before it is."""

    def __init__(
        self,
        client: ApiClient,
        path: Path,
        metadata: VideoMetadata,
        options: UploadOptions | None = None,
        *,
        settle: float,
        sent: Mapping[int, str] | None = None,
        on_part_sent: OnPartSent | None = None,
        on_discarding: OnDiscarding | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(client, path, metadata, options, **kwargs)
        self._settle = settle
        self._digests: dict[int, str] = dict(sent or {})
        self._on_part_sent = on_part_sent
        self._on_discarding = on_discarding
        self._part_size = part_size_for(self._options.chunk_size)
        self._form = "part"
        self._request_limit = None
        #: The part being sent is the final one (``part N/N``).
        self._final = False
        #: Bytes the file must hold while the part in flight is sent.
        self._floor = 0
        #: Bytes of the file acknowledged by the server, in order from the start.
        self._sent_bytes = 0
        self._digest: PartDigest | None = None
        self._waiting = False
        self._file = GrowingFile(
            self._path, settle, sleep=self._control.sleep, checkpoint=self._checkpoint
        )

    # -- the whole recording -----------------------------------------------------------------

    def run(self) -> UploadResult:
        if self._client.uses_upload_token:
            raise InvalidInputError(Why.RECORDING_NEEDS_KEY)
        seen = self._file.look()
        if seen is not None:
            raise self._problem(seen)
        if self._video_id is None and self._forgotten_before is not None:
            self._state(Phase.CREATING)
            self._video_id = self._forgotten_video(self._forgotten_before)
        if self._video_id is None:
            self._state(Phase.CREATING)
            created = video_id_of(self._create_video())
            if created is None:
                raise InvalidInputError(Why.CREATE_UNKNOWN)
            self._video_id = created
        self._emit(VideoCreated(self._video_id))
        received: set[int] = set()
        total: int | None = None
        held: int | None = None
        if self._resumed:
            status = self._call(lambda: self._client.get_status(self._vid()))
            received = received_parts(status)
            total = received_parts_total(status)
            held = reported_size(status)
        self._state(Phase.UPLOADING)
        self._client.upload_started()
        try:
            if total is not None and received >= set(range(1, total + 1)):
                # The final part arrived before an earlier run could record it (a kill just
                # after it): the video is complete, and must still be the file.
                completion: dict[str, Any] = {}
                self._check_completed_earlier(total, held)
                parts = self._layout(total, self._size - 1)
            else:
                completion, parts = self._record(received)
        finally:
            self._client.upload_ended()
        self._record_fingerprint()
        return self._finish(parts, completion)

    def _record_fingerprint(self) -> None:
        """The video was made with the fingerprint of the file as it was when queued, still
        growing: it now gets the finished file's, so the recording is known as uploaded when
        it is added again (with or without ``--while-recording``), never sent twice. A failure
        here is only logged: the video itself is complete."""
        if FINGERPRINT_KEY not in self._metadata.metadata:
            return
        try:
            with open(self._path, "rb") as stream:
                finished = fingerprint_stream(stream, self._size)
        except OSError as exc:
            log.warning("Could not fingerprint the finished %s: %s", self._path, exc)
            return
        if self._metadata.metadata[FINGERPRINT_KEY] == finished:
            return
        video_id = self._vid()
        try:
            self._call(lambda: record_fingerprint(self._client, video_id, finished))
        except CancelledError:
            raise
        except UploadError as exc:
            log.warning("Could not record the fingerprint of %s: %s", video_id, exc.detail)

    def _record(self, received: set[int]) -> tuple[dict[str, Any], tuple[ChunkRange, ...]]:
        """Send the parts as the file grows, then the final one; the completing answer and the
        whole layout."""
        size = self._part_size
        self._recover_digests(received)
        n = 1
        while n in received:
            n += 1
        self._sent_bytes = (n - 1) * size
        while True:
            start, end = (n - 1) * size, n * size - 1
            if n in received:  # a part sent after a gap (never by this engine): kept
                n += 1
                continue
            seen = self._file.wait_for(end + 2, self._now_waiting)
            if seen.change in (FileChange.SHRANK, FileChange.VANISHED):
                raise self._problem(seen)
            if seen.change is FileChange.GREW:
                self._now_sending(seen.size)
                if n >= MAX_PARTS or seen.size > MAX_VIDEO_SIZE:
                    raise RecordingError(
                        RecordingReport(
                            RecordingProblem.TOO_LARGE, self._sent_bytes, seen.size, self._video_id
                        )
                    )
                self._send_part(n, start, end, final=False)
                n += 1
                continue
            # Settled: the recording ended. The last part holds what is left (at least a byte:
            # every part before it was sent only once a byte after it existed).
            if seen.size <= start:
                raise self._problem(Observation(FileChange.SHRANK, seen.size))
            self._now_sending(seen.size)
            self._check_sent(seen.size)
            self._size = seen.size
            changes = self._file.changes
            answer = self._send_part(n, start, seen.size - 1, final=True)
            self._check_unchanged_since(changes)
            return answer, self._layout(n, seen.size - 1)

    def _layout(self, parts: int, last_byte: int) -> tuple[ChunkRange, ...]:
        size = self._part_size
        return tuple(
            ChunkRange(i, i * size, min((i + 1) * size - 1, last_byte)) for i in range(parts)
        )

    def _send_part(self, n: int, start: int, end: int, *, final: bool) -> dict[str, Any]:
        chunk = ChunkRange(n - 1, start, end)
        self._final = final
        self._floor = end + 1
        self._size = end + 1
        self._total_parts = n
        self._digest = None
        layout = self._layout(n, end)
        self._emit(UploadPlanned(end + 1, layout, frozenset(range(n - 1))))
        answer = self._send_chunk(chunk)
        if not final:
            digest = self._sent_digest()
            value = (
                digest.value()
                if digest is not None and digest.complete and digest.part == n
                else digest_on_disk(self._path, n, start, end)
            )
            if value is None:
                raise self._problem(Observation(FileChange.SHRANK, self._file.largest))
            self._digests[n] = value
            if self._on_part_sent is not None:
                self._on_part_sent(n, start, end, value)
            self._sent_bytes = end + 1
        return answer

    def _sent_digest(self) -> PartDigest | None:
        """The digest of the latest attempt (set while the part was sent)."""
        return self._digest

    def _recover_digests(self, received: set[int]) -> None:
        """Parts the server holds whose digest was not kept (a stop just as the part's last
        bytes left): taken from the file now, the best that is left."""
        size = self._part_size
        for n in sorted(received - set(self._digests)):
            start, end = (n - 1) * size, n * size - 1
            value = digest_on_disk(self._path, n, start, end)
            if value is None:
                raise self._problem(Observation(FileChange.SHRANK, self._file.largest))
            self._digests[n] = value
            if self._on_part_sent is not None:
                self._on_part_sent(n, start, end, value)

    # -- what was sent must still be the file ------------------------------------------------

    def _changed_parts(self) -> list[int]:
        """The parts sent before the final one that no longer read as they were sent."""
        size = self._part_size
        return [
            n
            for n, digest in sorted(self._digests.items())
            if digest_on_disk(self._path, n, (n - 1) * size, n * size - 1) != digest
        ]

    def _check_completed_earlier(self, total: int, held: int | None) -> None:
        """An earlier run sent the final part (``total`` parts) but was stopped before it
        checked the file afterwards. The file must still be the size the server holds
        (``held``, when it says; else end within the final part), and every part before it
        read as it was sent; otherwise the complete video holds bytes that are not the file's:
        it is dealt with and CHANGED_AFTER_END is raised."""
        self._recover_digests(set(range(1, total)))
        on_disk = self._file.largest
        size = self._part_size
        self._size = on_disk
        fits = (total - 1) * size < on_disk <= total * size and held in (None, on_disk)
        if fits and not self._changed_parts():
            return
        log.warning("%s changed after its final part was sent by an earlier run", self._path)
        stale = self._discard(RecordingProblem.CHANGED_AFTER_END)
        raise RecordingError(
            RecordingReport(
                RecordingProblem.CHANGED_AFTER_END,
                min(on_disk, total * size),
                on_disk,
                self._video_id,
                stale,
            )
        )

    def _check_sent(self, on_disk: int) -> None:
        """Before the final part: every part sent must still read as it was sent. Otherwise
        the incomplete video is dealt with and REWRITTEN is raised."""
        changed = self._changed_parts()
        if not changed:
            return
        log.warning("%s: parts %s changed since they were sent", self._path, changed)
        stale = self._discard(RecordingProblem.REWRITTEN)
        raise RecordingError(
            RecordingReport(
                RecordingProblem.REWRITTEN, self._sent_bytes, on_disk, self._video_id, stale
            )
        )

    def _check_unchanged_since(self, changes: int) -> None:
        """After the final part: the file must not have changed since the recording was taken
        as ended, or the complete video holds bytes that are not the file's. It is then dealt
        with before anyone is told it is done, and CHANGED_AFTER_END is raised."""
        seen = self._file.look()
        # Gone is no change to what was sent; shorter is (a file rewritten smaller).
        shrank = seen is not None and seen.change is FileChange.SHRANK
        if not shrank and self._file.changes == changes:
            return
        log.warning("%s changed after its final part was sent", self._path)
        stale = self._discard(RecordingProblem.CHANGED_AFTER_END)
        raise RecordingError(
            RecordingReport(
                RecordingProblem.CHANGED_AFTER_END,
                self._size,
                seen.size if seen is not None and shrank else self._file.largest,
                self._video_id,
                stale,
            )
        )

    def _discard(self, problem: RecordingProblem) -> StaleVideo:
        """Delete the incomplete video (its bytes are not the file's); if api.video refuses,
        rename it as incomplete. It was never completed either way. ``on_discarding`` hears
        ``problem`` first."""
        video_id = self._vid()
        if self._on_discarding is not None:
            self._on_discarding(problem)
        try:
            self._call(lambda: _deleted(self._client, video_id))
            return StaleVideo.DELETED
        except CancelledError:
            raise
        except UploadError as exc:
            log.warning("Could not delete the incomplete video %s: %s", video_id, exc.detail)
        try:
            title = INCOMPLETE_TITLE + self._metadata.title
            self._call(lambda: self._client.update_video(video_id, {"title": title}))
            return StaleVideo.MARKED
        except CancelledError:
            raise
        except UploadError as exc:
            log.warning("Could not mark the incomplete video %s: %s", video_id, exc.detail)
        return StaleVideo.LEFT

    def _problem(self, seen: Observation) -> RecordingError:
        """The typed error for a file that shrank or vanished. A shrunk file's incomplete video
        can never be completed with the bytes it holds: it is dealt with. A vanished file's is
        kept, to continue into if the file comes back."""
        problem = (
            RecordingProblem.VANISHED
            if seen.change is FileChange.VANISHED
            else RecordingProblem.SHRANK
        )
        stale = None
        if problem is RecordingProblem.SHRANK and self._video_id is not None:
            stale = self._discard(problem)
        return RecordingError(
            RecordingReport(problem, self._sent_bytes, seen.size, self._video_id, stale)
        )

    # -- hooks of the engine -----------------------------------------------------------------

    def _content_range(self, chunk: ChunkRange) -> str:
        n = chunk.index + 1
        return f"part {n}/{n}" if self._final else f"part {n}/*"

    def _data_observer(self, chunk: ChunkRange) -> Callable[[int, bytes], None] | None:
        # A new digest for each attempt: only one that went whole is kept.
        digest = PartDigest(chunk.index + 1, chunk.start, chunk.end)
        self._digest = digest
        if self._final or self._on_part_sent is None:
            return digest.feed
        on_part_sent = self._on_part_sent

        def feed(offset: int, data: bytes) -> None:
            # Kept as soon as the whole part has left, before api.video answers: a stop
            # between its answer and anything after it must not leave the part's digest to
            # be read back from a file that may have changed by the next run.
            was_complete = digest.complete
            digest.feed(offset, data)
            if digest.complete and not was_complete:
                on_part_sent(digest.part, digest.start, digest.end, digest.value())

        return feed

    def _check_source(self) -> None:
        """Before each attempt: the file must still hold the part's bytes."""
        seen = self._file.look()
        if seen is not None:
            raise self._problem(seen)
        if self._file.largest < self._floor:
            raise self._problem(Observation(FileChange.SHRANK, self._file.largest))

    def _check_content(self) -> None:
        self._check_source()

    def _now_waiting(self, on_disk: int) -> None:
        self._waiting = True
        self._emit(RecordingStatus(True, self._sent_bytes, on_disk))

    def _now_sending(self, on_disk: int) -> None:
        if self._waiting:
            self._waiting = False
            self._emit(RecordingStatus(False, self._sent_bytes, on_disk))


def _deleted(client: ApiClient, video_id: str) -> dict[str, Any]:
    client.delete_video(video_id)
    return {}
