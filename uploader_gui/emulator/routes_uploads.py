"""Uploads: chunks to ``/videos/{id}/source`` and ``/upload`` with a token, judged and
recorded without awaiting in between, then assembled."""

from __future__ import annotations

import asyncio

from aiohttp import web

from .content_range import parse_content_range
from .errors import ApiError
from .ingest import assemble, check_chunk, chunk_file_name, record_chunk
from .routes_base import UPLOAD_NUMBER, RoutesBase
from .state import Source, VideoRecord, new_id
from .upload_body import UploadBody, drain, drop_connection, read_upload


class UploadRoutes(RoutesBase):
    """Chunks in, judged, recorded and assembled."""

    async def upload_source(self, request: web.Request) -> web.StreamResponse:
        video = await self._video_for_body(request)
        return await self._upload(request, video, token_upload=False)

    async def upload_with_token(self, request: web.Request) -> web.StreamResponse:
        token = request.query.get("token")
        try:
            if not token:
                raise ApiError("authentication-missing-upload-token", name="token")
            with self.store.lock:
                record = self.store.upload_tokens.get(token)
            if record is None or record.expired(self.clock()):
                raise ApiError("authentication-invalid-upload-token", name="token")
        except ApiError:
            await drain(request)
            raise
        return await self._upload(request, None, token_upload=True)

    def _every(self, request: web.Request, every: int) -> bool:
        return every > 0 and request[UPLOAD_NUMBER] % every == 0

    async def _upload(
        self, request: web.Request, video: VideoRecord | None, *, token_upload: bool
    ) -> web.StreamResponse:
        faults = self.faults
        if self._every(request, faults.server_error_every):
            await drain(request)
            self._server_errors += 1
            slug = "server-error" if self._server_errors % 2 else "service-unavailable"
            raise ApiError(slug)
        body = await read_upload(
            request,
            self.store.incoming_dir(),
            bandwidth=lambda: self.faults.bandwidth,
            link=self.uplink,
            drop_mid_body=self._every(request, faults.drop_mid_body_every),
        )
        note = self.log_note(request)
        if note is not None:
            note.size = body.size
        try:
            video, completed = self._accept(request, body, video, token_upload=token_upload)
        finally:
            body.discard()
        if completed:
            await self._assemble(video)
        if self._every(request, faults.lose_ack_every):
            drop_connection(request)
        if completed:
            return self._json(self._video_json(video), status=201)
        return self._json({"videoId": video.video_id}, status=201)

    def _accept(
        self,
        request: web.Request,
        body: UploadBody,
        video: VideoRecord | None,
        *,
        token_upload: bool,
    ) -> tuple[VideoRecord, bool]:
        """Judge and record one chunk (no awaiting in here: see the module docstring)."""
        if body.file_parts == 0 or body.file_path is None:
            raise ApiError("uploaded-file-no-file", name="file")
        if body.file_parts > 1:
            raise ApiError("uploaded-file-multiple-files", name="file")
        header = request.headers.get("Content-Range")
        cr = parse_content_range(header) if header is not None else None
        note = self.log_note(request)
        if token_upload:
            video_id = body.fields.get("videoId")
            if video_id:
                video = self._video(video_id)
                if note is not None:
                    note.video_id = video.video_id
        is_new = video is None
        if video is None:
            # A token chunk without videoId starts a new video, titled with the file's name.
            check_chunk(Source(), cr, body.size)
            now = self.clock()
            video = VideoRecord(
                video_id=new_id("vi"),
                seq=self.store.next_seq(),
                title=body.file_name,
                created_at=now,
                updated_at=now,
            )
        with self.store.lock:
            if note is not None:
                note.seq = self.request_log.next_seq()  # judged now, accepted or refused
            if not is_new and video.video_id not in self.store.videos:
                raise ApiError("resource-not-found", name="videoId")  # deleted meanwhile
            check_chunk(video.source, cr, body.size)
            self.store.videos[video.video_id] = video
            chunk_dir = self.store.chunk_dir(video.video_id)
            chunk_dir.mkdir(parents=True, exist_ok=True)
            name = chunk_file_name(cr)
            body.file_path.replace(chunk_dir / name)
            completed = record_chunk(video.source, cr, body.size, name)
            video.updated_at = self.clock()
            self.store.save()
            if note is not None:
                note.video_id, note.accepted = video.video_id, True
        return video, completed

    async def _assemble(self, video: VideoRecord) -> None:
        store = self.store
        with store.lock:
            chunks = list(video.source.chunks)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(
            None,
            assemble,
            store.chunk_dir(video.video_id),
            chunks,
            store.source_file(video.video_id),
        )
        with store.lock:
            video.source.assembled = True
            video.source.completed_at = self.clock()
            store.save()

    def finish_interrupted_assemblies(self) -> None:
        """Assemble sources whose last chunk arrived just before the previous run stopped."""
        for video in list(self.store.videos.values()):
            source = video.source
            if source.complete and not source.assembled:
                assemble(
                    self.store.chunk_dir(video.video_id),
                    source.chunks,
                    self.store.source_file(video.video_id),
                )
                source.assembled = True
                source.completed_at = self.clock()
        self.store.save()
