"""`Emulator`: the local api.video served from a background thread with its own event loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import web

from .app import EmulatorApp
from .faults import Faults
from .request_log import DEFAULT_CAP, LoggedRequest
from .state import Store
from .views import video_json

#: Seconds stop() waits for requests in flight before it cuts them.
SHUTDOWN_GRACE = 0.5


class Emulator:
    """A faithful local stand-in for api.video's upload API, on 127.0.0.1.

    State lives in `data_dir`, so a new Emulator on the same directory carries on where a stopped
    one left off. `faults` is live: change its fields while the emulator runs.
    """

    def __init__(
        self,
        data_dir: Path,
        api_keys: Sequence[str] = ("test-key",),
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        access_token_ttl: float = 3600,
        encoding_delay: float = 2.0,
        faults: Faults | None = None,
        request_log_cap: int = DEFAULT_CAP,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.host = host
        self.port = port
        self.faults = faults if faults is not None else Faults()
        self._store = Store(self.data_dir)
        self._app = EmulatorApp(
            self._store,
            api_keys,
            base_url=lambda: self.base_url,
            access_token_ttl=access_token_ttl,
            encoding_delay=encoding_delay,
            faults=self.faults,
            request_log_cap=request_log_cap,
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._started = threading.Event()
        self._startup_error: BaseException | None = None

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> Emulator:
        """Serve in a background thread; return once the socket is listening."""
        if self._thread is not None:
            return self
        self._app.finish_interrupted_assemblies()
        self._started.clear()
        self._thread = threading.Thread(target=self._run, name="api.video emulator", daemon=True)
        self._thread.start()
        self._started.wait()
        if self._startup_error is not None:
            self._thread.join()
            self._thread = None
            raise self._startup_error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # reported to start()
            self._startup_error = exc
            self._started.set()
            loop.close()
            return
        self._started.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    async def _serve(self) -> None:
        runner = web.AppRunner(
            self._app.make_app(), access_log=None, shutdown_timeout=SHUTDOWN_GRACE
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self._runner = runner
        sockets = runner.addresses
        self.port = int(sockets[0][1])

    def stop(self) -> None:
        """Close the listener and every connection. Safe to call twice."""
        thread, loop, runner = self._thread, self._loop, self._runner
        if thread is None or loop is None:
            return
        if runner is not None:
            future = asyncio.run_coroutine_threadsafe(runner.cleanup(), loop)
            future.result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)
        self._thread = None
        self._loop = None
        self._runner = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- inspection -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def access_token_ttl(self) -> float:
        """Lifetime in seconds of access tokens issued from now on."""
        return self._app.access_token_ttl

    @access_token_ttl.setter
    def access_token_ttl(self, value: float) -> None:
        self._app.access_token_ttl = value

    @property
    def clock(self) -> Callable[[], float]:
        """The wall clock behind token lifetimes, rate-limit windows and encoding (seconds
        since the epoch). A test may set one it moves itself, so an hour passes at once."""
        return self._app.store.clock

    @clock.setter
    def clock(self, value: Callable[[], float]) -> None:
        self._app.store.clock = value

    @property
    def encoding_delay(self) -> float:
        return self._app.encoding_delay

    @encoding_delay.setter
    def encoding_delay(self, value: float) -> None:
        self._app.encoding_delay = value

    @property
    def upload_requests(self) -> int:
        """Upload requests (source or token uploads) received since start, refused ones too."""
        return self._app.upload_requests

    @property
    def body_bytes_received(self) -> int:
        """Bytes of upload and thumbnail bodies read since start, on every connection: what
        came in through the uplink (``Faults.uplink``)."""
        return self._app.uplink.received

    def requests_for(self, video_id: str) -> list[LoggedRequest]:
        """The requests that shaped this video's upload, in the order the server judged them:
        the create or token upload that made it, each source chunk (its range as parsed,
        whether it was recorded, the answer's status) and each ``/status`` read (the ranges it
        reported). A test compares ranges here instead of counting requests, which a killed
        client's late bytes can change. Newest ``request_log_cap`` entries per video, in memory:
        a stop and start keeps them, a new Emulator on the same data dir starts empty."""
        return self._app.request_log.for_video(video_id)

    def videos(self) -> list[dict[str, Any]]:
        """The Video objects, oldest first, as the API would return them."""
        with self._store.lock:
            records = sorted(self._store.videos.values(), key=lambda v: v.seq)
            return [video_json(v, self.base_url) for v in records]

    def discarded_videos(self) -> list[dict[str, Any]]:
        """The deleted (restorable) Video objects, oldest first, as the API would return them."""
        with self._store.lock:
            records = sorted(self._store.discarded.values(), key=lambda v: v.seq)
            return [video_json(v, self.base_url) for v in records]

    @property
    def in_flight(self) -> int:
        """Requests being handled now."""
        return self._app.in_flight

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until no request is being handled: a client that was killed or stopped
        mid-request has had its last bytes received (or cut) and counted. False on timeout."""
        return self._app.wait_in_flight(lambda n: n == 0, timeout)

    def wait_held_create(self, timeout: float = 30.0) -> bool:
        """Block until the emulator has made a video and holds its answer (the fault
        ``hold_create_answer``). False on timeout."""
        return self._app.wait_held_create(timeout)

    def wait_busy(self, timeout: float = 30.0) -> bool:
        """Block until a request is being handled (its headers read). False on timeout."""
        return self._app.wait_in_flight(lambda n: n > 0, timeout)

    def delete_video(self, video_id: str) -> bool:
        """Deletes a video and its files from this thread, as ``DELETE /videos/{id}`` would
        (long demo sessions use it to keep the disk from filling). False when unknown."""
        return self._app.forget_video(video_id)

    def picked_thumbnail(self, video_id: str) -> str | None:
        """The timecode of the frame last picked as the video's thumbnail, as the client sent
        it; None when none was picked or an image was uploaded since."""
        with self._store.lock:
            video = self._store.videos.get(video_id)
            return video.thumbnail_timecode if video is not None else None

    def source_path(self, video_id: str) -> Path | None:
        """The assembled source file once the upload is complete, else None."""
        with self._store.lock:
            video = self._store.videos.get(video_id)
            if video is None or not video.source.assembled:
                return None
        path = self._store.source_file(video_id)
        return path if path.exists() else None
