"""The HTTP conversation with api.video: login, videos, status and chunk requests.

One ``requests.Session`` per client; chunks of one file (and several files) may use the same
client from several threads at once. The bearer token is shared and renewed under a lock, so a
burst of parallel requests that all meet an expired token causes one renewal, not many.

Chunk requests are bounded by movement rather than duration once connected: they fail
(:class:`StallError`) only when no byte leaves or comes back for the stall window.
"""

from __future__ import annotations

import contextlib
import logging
import math
import platform
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Self
from urllib.parse import quote, urlsplit

import requests
import truststore
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from uploader_gui import APP_NAME, __version__
from uploader_gui.core.chunk_body import BLOCK_SIZE, ChunkBody
from uploader_gui.core.environments import is_loopback_host
from uploader_gui.core.errors import (
    AuthError,
    InvalidInputError,
    NetworkError,
    OutcomeUnknownError,
    QuotaError,
    ServerError,
    UploadError,
)
from uploader_gui.core.limits import DEFAULT_STALL_SECONDS
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.problems import error_for
from uploader_gui.core.reasons import Reason, ReasonError, Why, because
from uploader_gui.core.redaction import hold, redact, release

log = logging.getLogger(__name__)


#: The most of one answer that is read (after decompression); api.video's largest answers,
#: pages of videos, are well under a megabyte.
MAX_ANSWER_BYTES = 8 * 1024 * 1024
ANSWER_BLOCK = 64 * 1024

ORIGIN_APP = f"{APP_NAME}:{__version__}"
USER_AGENT = (
    f"{APP_NAME}/{__version__} (python-requests/{requests.__version__}; "
    f"Python {platform.python_version()}; {platform.system()})"
)


class TimedOutError(NetworkError):
    """The server did not answer in time (the connection may be fine)."""


class StallError(NetworkError):
    """A chunk request in which nothing moved for the stall window; it is sent again."""

    def __init__(self, why: Reason | Why, *, seconds: float | None = None, **kw: Any) -> None:
        super().__init__(why, **kw)
        self.seconds = seconds


class UnreachableError(NetworkError):
    """No connection could be made to a server this client has never reached: refused, a
    name that does not resolve, a TLS handshake that failed, or no answer to connecting.
    Often a mistyped address rather than a network that dropped, so a front may stop soon
    instead of waiting patiently; the reason names the address and the ``cause``."""


#: What stopped the first connection, as :data:`Why.UNREACHABLE`'s ``cause`` fact.
UNREACHABLE_REFUSED = "refused"
UNREACHABLE_NAME = "name"
UNREACHABLE_TLS = "tls"
UNREACHABLE_TIMEOUT = "timeout"


def _first_connection_failure(exc: requests.RequestException) -> str | None:
    """Why a connection could not be made (an ``UNREACHABLE_*`` cause), or None when the
    failure came after connecting (a dropped connection, a slow answer)."""
    if isinstance(exc, requests.exceptions.SSLError):
        return UNREACHABLE_TLS
    if isinstance(exc, requests.ConnectTimeout):
        return UNREACHABLE_TIMEOUT
    if not isinstance(exc, requests.ConnectionError):
        return None
    text = repr(exc)
    if "NameResolutionError" in text or "Failed to resolve" in text:
        return UNREACHABLE_NAME
    if "NewConnectionError" in text or "Failed to establish" in text:
        return UNREACHABLE_REFUSED
    return None


class _WriteStalledError(TimeoutError):
    """The server took no byte of a request body for the stall window."""


#: The most a TLS ``send`` is given at once, so a slow link moves each piece within the window.
TLS_SEND_PIECE = 64 * 1024

#: The stall window of the request the current thread is sending, if it has one.
_sending = threading.local()


class _Watchdog:
    """Ends an answer that takes longer than its deadline in total, however it trickles: a
    server sending one byte every few seconds passes every per-read timeout. The socket is
    shut down from a timer thread, which makes the blocked read return at once."""

    def __init__(self, connection: HTTPConnection, seconds: float) -> None:
        self.fired = False
        self._connection = connection
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        self.fired = True
        sock = self._connection.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


class _StallAwareSends(HTTPConnection):
    """Body writes that fail only when nothing moves for the stall window.

    urllib3 leaves the connect timeout on the socket while the body goes out, and
    ``sendall`` counts its timeout over the whole block: on a link slower than a block per
    connect timeout every write failed although bytes kept moving. Here each ``send`` may
    take the whole window for whatever part of the block the network takes, so a slow link
    only makes writes slow, while a link that takes nothing at all is caught in one window.
    """

    def putrequest(self, *args: Any, **kwargs: Any) -> None:
        """A request begins on this connection: one made inside :func:`cancellable` is cut
        when its control is cancelled."""
        register: Callable[[Callable[[], None]], Callable[[], None]] | None = getattr(
            _sending, "on_cancel", None
        )
        self._releases: list[Callable[[], None]] = []
        if register is not None:
            take_back = register(self._cut)
            _sending.take_back = take_back
            self._releases.append(take_back)
        super().putrequest(*args, **kwargs)

    def release_request(self) -> None:
        """The request is over and the connection goes back to the pool: its cut on cancel
        and its watchdog are let go first, so neither can touch the next request that takes
        it (urllib3 puts it back as soon as the answer's last byte is read)."""
        releases = getattr(self, "_releases", [])
        self._releases = []
        for let_go in releases:
            let_go()

    def _cut(self) -> None:
        """Shut the socket down, so whatever this thread is blocked in (a send, a read of the
        answer) returns at once."""
        sock = self.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def getresponse(self) -> Any:
        """The answer, under the whole-answer deadline of the request being made (see
        :class:`_Watchdog`; the requesting thread cancels it once the body is read)."""
        seconds: float | None = getattr(_sending, "answer_deadline", None)
        if seconds is not None:
            watchdog = _Watchdog(self, seconds)
            _sending.watchdog = watchdog
            getattr(self, "_releases", []).append(watchdog.cancel)
        return super().getresponse()

    def send(self, data: Any) -> None:
        window: float | None = getattr(_sending, "stall_seconds", None)
        sock = self.sock
        if window is None or sock is None or not isinstance(data, bytes | bytearray | memoryview):
            super().send(data)
            return
        previous = sock.gettimeout()
        sock.settimeout(window)
        try:
            view = memoryview(data).cast("B")
            # TLS writes a whole piece or nothing, within one timeout: smaller pieces there.
            piece = TLS_SEND_PIECE if isinstance(sock, ssl.SSLSocket) else len(view)
            while view:
                try:
                    sent = sock.send(view[:piece])
                except TimeoutError as exc:
                    raise _WriteStalledError(f"no byte taken for {window} s") from exc
                view = view[sent:]
        finally:
            sock.settimeout(previous)


class _StallAwareHTTPConnection(_StallAwareSends, HTTPConnection):
    pass


class _StallAwareHTTPSConnection(_StallAwareSends, HTTPSConnection):
    pass


class _ReleasingPool(HTTPConnectionPool):
    """Lets go of a request's cut and watchdog when its connection comes back."""

    def _put_conn(self, conn: Any) -> None:
        if isinstance(conn, _StallAwareSends):
            conn.release_request()
        super()._put_conn(conn)


class _StallAwareHTTPPool(_ReleasingPool):
    ConnectionCls = _StallAwareHTTPConnection


class _StallAwareHTTPSPool(_ReleasingPool, HTTPSConnectionPool):
    ConnectionCls = _StallAwareHTTPSConnection


def _stalled(exc: BaseException) -> bool:
    """Whether a failed request was one of ours that stalled (a write that took nothing, or
    an answer that did not come, within the window); requests wraps the cause in layers."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        error = todo.pop()
        if id(error) in seen:
            continue
        seen.add(id(error))
        if isinstance(error, _WriteStalledError | requests.ReadTimeout):
            return True
        todo.extend(arg for arg in error.args if isinstance(arg, BaseException))
        todo.extend(e for e in (error.__cause__, error.__context__) if e is not None)
        reason = getattr(error, "reason", None)
        if isinstance(reason, BaseException):
            todo.append(reason)
    return False


def _keepalive_options() -> list[tuple[int, int, int]]:
    """TCP keep-alive on every connection, so one kept in the pool across a Wi-Fi hand-over or
    a NAT that forgot it is found dead in about 25 s of silence rather than hours (the
    system's default). Each option only where the system has it."""
    options = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
    for name, value in (("TCP_KEEPIDLE", 10), ("TCP_KEEPINTVL", 5), ("TCP_KEEPCNT", 3)):
        option = getattr(socket, name, None)
        if option is not None:
            options.append((socket.IPPROTO_TCP, option, value))
    # macOS names the idle time TCP_KEEPALIVE.
    if not hasattr(socket, "TCP_KEEPIDLE") and hasattr(socket, "TCP_KEEPALIVE"):
        options.append((socket.IPPROTO_TCP, socket.TCP_KEEPALIVE, 10))
    return options


#: urllib3's own (no Nagle delay) plus keep-alive.
SOCKET_OPTIONS = [*HTTPConnection.default_socket_options, *_keepalive_options()]


class _BlockAdapter(HTTPAdapter):
    """Sends request bodies in blocks of :data:`BLOCK_SIZE` instead of urllib3's 16 KiB, and
    lets chunk requests wait on a slow link as long as bytes move (:class:`_StallAwareSends`)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["blocksize"] = BLOCK_SIZE
        kwargs["socket_options"] = SOCKET_OPTIONS
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _StallAwareHTTPPool,
            "https": _StallAwareHTTPSPool,
        }


class _TruststoreAdapter(_BlockAdapter):
    """Verifies TLS with the operating system's certificate store, so company proxies and
    locally trusted roots work as they do in the browser."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)


class _BearerTokens:
    """The access token got with the API key, renewed shortly before it expires.

    Renewal uses the newest refresh token (each refresh invalidates the previous one); if the
    refresh is refused, it logs in with the key again. Every token received is handed to
    ``keep_secret`` before it is used, so that it is masked like the key.
    """

    def __init__(
        self,
        post: Callable[[str, dict[str, str]], dict[str, Any]],
        api_key: str,
        clock: Callable[[], float],
        keep_secret: Callable[[str], None],
    ) -> None:
        self._post = post
        self._api_key = api_key
        self._clock = clock
        self._keep_secret = keep_secret
        self._lock = threading.Lock()
        self._access: str | None = None
        self._refresh: str | None = None
        self._renew_at = 0.0
        self.generation = 0

    def header(self) -> tuple[str, int]:
        """The Authorization value to use now, and the generation it belongs to."""
        with self._lock:
            if self._access is None or self._clock() >= self._renew_at:
                self._renew()
            return f"Bearer {self._access}", self.generation

    def refused(self, generation: int) -> None:
        """A request made with ``generation`` got 401: renew unless another thread already did."""
        with self._lock:
            if generation == self.generation:
                self._renew()

    def login(self) -> None:
        with self._lock:
            self._accept(self._post("/auth/api-key", {"apiKey": self._api_key}))

    def _renew(self) -> None:
        if self._refresh is not None:
            try:
                self._accept(self._post("/auth/refresh", {"refreshToken": self._refresh}))
                return
            except AuthError as exc:
                log.info("Refresh token refused (%s); logging in with the API key again", exc)
            except UploadError as exc:
                if exc.retryable:
                    raise
                log.info("Refresh failed (%s); logging in with the API key again", exc)
        self._accept(self._post("/auth/api-key", {"apiKey": self._api_key}))

    def _accept(self, answer: dict[str, Any]) -> None:
        access = answer.get("access_token")
        if not isinstance(access, str) or not access:
            raise ServerError(Why.UNREADABLE_ANSWER, detail="no access_token in the login answer")
        lifetime = _token_lifetime(answer.get("expires_in"))
        refresh = answer.get("refresh_token")
        if not isinstance(refresh, str) or not refresh:
            refresh = None
        self._keep_secret(access)
        if refresh is not None:
            self._keep_secret(refresh)
        self._access = access
        self._refresh = refresh
        # Renew a little early: by a tenth of the lifetime, at most a minute.
        self._renew_at = self._clock() + lifetime - min(60.0, lifetime / 10)
        self.generation += 1


def _read_answer(response: requests.Response) -> None:
    """Read the answer's body, at most :data:`MAX_ANSWER_BYTES` once decompressed (a padded or
    gzip-bombed answer must not take the memory), and keep it on the response so its usual
    readers (``json()``, ``text``) work. The whole-answer deadline is the watchdog's."""
    blocks: list[bytes] = []
    total = 0
    try:
        try:
            for block in response.iter_content(ANSWER_BLOCK):
                total += len(block)
                if total > MAX_ANSWER_BYTES:
                    # Read after the server acted: what it did is unknown, like any answer
                    # that cannot be read (a create must not be sent again).
                    raise OutcomeUnknownError(
                        Why.ANSWER_TOO_LARGE, detail=f"more than {MAX_ANSWER_BYTES} bytes"
                    )
                blocks.append(block)
        except requests.RequestException as exc:
            if _answer_expired():
                raise TimedOutError(Why.TIMED_OUT, detail="the answer came too slowly") from exc
            raise
        if _answer_expired():  # the socket was shut: what was read may be cut short
            raise TimedOutError(Why.TIMED_OUT, detail="the answer came too slowly")
    finally:
        # The watchdog goes before the connection returns to the pool, where another request
        # may take it.
        _end_answer()
        response.close()
    # requests keeps a streamed body it has read here; setting it is its documented pattern
    # for a body read by the caller.
    response._content = b"".join(blocks)


@contextlib.contextmanager
def cancellable(
    on_cancel: Callable[[Callable[[], None]], Callable[[], None]],
) -> Iterator[None]:
    """Requests this thread makes inside the block are cut the moment the upload is cancelled
    or stopped (``on_cancel`` is :meth:`UploadControl.on_cancel`): a server trickling its
    answer, or a link taking nothing, then holds up a Ctrl+C or a quit for no time at all,
    rather than until the request's deadline."""
    previous = getattr(_sending, "on_cancel", None)
    _sending.on_cancel = on_cancel
    try:
        yield
    finally:
        _sending.on_cancel = previous


def _let_go_of_cancel() -> None:
    take_back: Callable[[], None] | None = getattr(_sending, "take_back", None)
    _sending.take_back = None
    if take_back is not None:
        take_back()


def _answer_expired() -> bool:
    watchdog: _Watchdog | None = getattr(_sending, "watchdog", None)
    return watchdog is not None and watchdog.fired


def _end_answer() -> None:
    """The request is over: its watchdog and its cut on cancel are let go (before the
    connection returns to the pool, where another request may take it)."""
    watchdog: _Watchdog | None = getattr(_sending, "watchdog", None)
    if watchdog is not None:
        watchdog.cancel()
    _sending.watchdog = None
    _let_go_of_cancel()


def _origin(location: str | None, base: str) -> str:
    """``https://host`` of where a redirect points (relative: the server's own), short and
    without anything a terminal could act on."""
    where = urlsplit(location or "")
    if not where.netloc:
        where = urlsplit(base)
    text = f"{where.scheme}://{where.netloc}" if where.scheme else where.netloc
    return "".join(ch for ch in text if ch.isprintable())[:100]


#: The access token's lifetime when the login answer gives none that makes sense, and the
#: bounds of one that does (api.video's last an hour).
DEFAULT_TOKEN_LIFETIME = 3600.0
TOKEN_LIFETIME_BOUNDS = (60.0, 86400.0)


def _token_lifetime(value: Any) -> float:
    """``expires_in`` as seconds within :data:`TOKEN_LIFETIME_BOUNDS`; a value that is not a
    finite number (a string, ``Infinity``, a 400-digit number) gives the default."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DEFAULT_TOKEN_LIFETIME
    try:
        seconds = float(value)
    except OverflowError:
        return DEFAULT_TOKEN_LIFETIME
    if not math.isfinite(seconds):
        return DEFAULT_TOKEN_LIFETIME
    low, high = TOKEN_LIFETIME_BOUNDS
    return min(high, max(low, seconds))


class ApiClient:
    """api.video seen by the uploader. Give exactly one of ``api_key`` or ``upload_token``.

    With an upload token only chunk requests are possible (``POST /upload?token=``): no video
    can be created, read or asked for its status.
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        upload_token: str | None = None,
        timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        stall_seconds: float = DEFAULT_STALL_SECONDS,
    ) -> None:
        if (api_key is None) == (upload_token is None):
            raise ReasonError(Reason(Why.NEEDS_ONE_CREDENTIAL))
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        #: How long a chunk request may go without a byte moving (see :class:`StallError`).
        self.stall_seconds = stall_seconds
        self.upload_token = upload_token
        #: Whether any request has had an answer (any status): from then on a failed
        #: connection is one that dropped, not an address that never worked.
        self.reached = False
        #: Every secret this client has held: the key or upload token, and each access and
        #: refresh token it was given (earlier ones too). Masked in what a server says back
        #: (see :func:`error_for`), and in the log while the client is open (see
        #: :func:`~uploader_gui.core.redaction.hold`). Replaced, never mutated.
        self._credentials: tuple[str, ...] = ()
        self._secrets_lock = threading.Lock()
        self._holding: list[str] = []
        for credential in (api_key, upload_token):
            if credential:
                self._keep_secret(credential)
        self._session = requests.Session()
        if is_loopback_host(urlsplit(self.base_url).hostname):
            # This computer's own server (the Local demo, a test server): never through a
            # proxy, which would carry the key and the videos to another host in clear.
            self._session.trust_env = False
        self._session.headers.update({"AV-Origin-App": ORIGIN_APP, "User-Agent": USER_AGENT})
        self._session.mount("https://", _TruststoreAdapter(pool_maxsize=16))
        self._session.mount("http://", _BlockAdapter(pool_maxsize=16))
        self._tokens = (
            _BearerTokens(self._post_credentials, api_key, clock, self._keep_secret)
            if api_key is not None
            else None
        )
        self._clock = clock
        self._uploads_lock = threading.Lock()
        self._active_uploads = 0
        self._uploads_blocked_until = 0.0

    @property
    def uses_upload_token(self) -> bool:
        return self.upload_token is not None

    # -- what uploads sharing this client know of each other ----------------------------------

    @property
    def active_uploads(self) -> int:
        """Files uploading through this client now (they share the per-minute request limit)."""
        with self._uploads_lock:
            return self._active_uploads

    def upload_started(self) -> None:
        with self._uploads_lock:
            self._active_uploads += 1

    def upload_ended(self) -> None:
        with self._uploads_lock:
            self._active_uploads = max(0, self._active_uploads - 1)

    def upload_wait(self) -> float:
        """Seconds before another chunk may be sent: after a 429, every upload through this
        client waits out the same ``X-RateLimit-Retry-After`` instead of spending a whole chunk
        on another refusal."""
        with self._uploads_lock:
            return max(0.0, self._uploads_blocked_until - self._clock())

    def _uploads_refused(self, error: QuotaError) -> None:
        if error.retry_after is None:
            return
        with self._uploads_lock:
            until = self._clock() + error.retry_after
            self._uploads_blocked_until = max(self._uploads_blocked_until, until)

    # -- public calls ------------------------------------------------------------------------

    def check_connection(self) -> None:
        """Prove that the server answers and accepts the credential; raise a typed error if not.

        An upload token is checked with a token upload request that carries no file: the
        server refuses it for the missing file (the token is good) or for the token.
        """
        if self._tokens is not None:
            self._tokens.login()
            return
        response = self._send(
            "POST",
            "/upload",
            params={"token": self.upload_token or ""},
            files={"videoId": (None, "")},
            authenticated=False,
        )
        if response.status_code in (400, 422) or response.ok:
            return
        raise error_for(response, upload_token=True, secrets=self._credentials)

    def create_video(self, metadata: VideoMetadata) -> dict[str, Any]:
        return self._json(self._send("POST", "/videos", json=metadata.to_payload()))

    def get_video(self, video_id: str) -> dict[str, Any]:
        return self._json(self._send("GET", f"/videos/{quote(video_id, safe='')}"))

    def delete_video(self, video_id: str) -> None:
        """``DELETE /videos/{id}`` (204); a video already gone (404) counts as deleted."""
        response = self._send("DELETE", f"/videos/{quote(video_id, safe='')}")
        if response.status_code in (204, 404) or response.ok:
            return
        self._json(response)

    def update_video(self, video_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """``PATCH /videos/{id}`` with ``fields`` as api.video names them (arrays replace)."""
        return self._json(
            self._send("PATCH", f"/videos/{quote(video_id, safe='')}", json=dict(fields))
        )

    def list_discarded(self, params: Mapping[str, str]) -> dict[str, Any]:
        """One page of ``GET /discarded/videos`` (deleted videos still restorable)."""
        return self._json(self._send("GET", "/discarded/videos", params=dict(params)))

    def restore_video(self, video_id: str) -> dict[str, Any]:
        """``PATCH /discarded/videos/{id}`` with ``{"discarded": false}``: the video is back."""
        path = f"/discarded/videos/{quote(video_id, safe='')}"
        return self._json(self._send("PATCH", path, json={"discarded": False}))

    def list_videos(self, params: Mapping[str, str | list[str]]) -> dict[str, Any]:
        """One page of ``GET /videos``; ``params`` are its query parameters as api.video names
        them (``metadata[key]``, ``tags[]``, ``sortBy``, ``pageSize``…), a list for a repeated
        one. Returns the page as the server sends it (``data`` and ``pagination``)."""
        return self._json(self._send("GET", "/videos", params=dict(params)))

    def get_status(self, video_id: str) -> dict[str, Any]:
        return self._json(self._send("GET", f"/videos/{quote(video_id, safe='')}/status"))

    def upload_attachment(
        self, video_id: str, what: str, name: str, data: bytes, content_type: str
    ) -> dict[str, Any]:
        """Send a caption (``what`` = ``captions/LANG``), chapters (``chapters/LANG``) or a
        thumbnail image (``thumbnail``) of a video as its multipart ``file``."""
        path = f"/videos/{quote(video_id, safe='')}/{quote(what, safe='/')}"
        return self._json(self._send("POST", path, files={"file": (name, data, content_type)}))

    def pick_thumbnail(self, video_id: str, timecode: str) -> dict[str, Any]:
        """Make the frame at ``timecode`` (``HH:MM:SS.mmm``) the video's thumbnail."""
        path = f"/videos/{quote(video_id, safe='')}/thumbnail"
        return self._json(self._send("PATCH", path, json={"timecode": timecode}))

    def upload_chunk(
        self,
        video_id: str | None,
        make_body: Callable[[dict[str, str]], ChunkBody],
        content_range: str,
        *,
        stall_seconds: float | None = None,
    ) -> dict[str, Any]:
        """Send one chunk; ``make_body(fields)`` builds a fresh body for every attempt.

        With an upload token the chunk goes to ``/upload`` and ``videoId`` rides in the form
        (absent on the very first chunk of a new video). With an API key it goes to
        ``/videos/{id}/source``.

        Once connected, the request is bounded by movement, not by duration: it fails with
        :class:`StallError` only when no byte leaves, or no answer comes, for
        ``stall_seconds`` (default: :attr:`stall_seconds`), however slow the link.
        """
        stall = self.stall_seconds if stall_seconds is None else stall_seconds
        headers = {"Content-Range": content_range}
        if self.upload_token is not None:
            fields = {"videoId": video_id} if video_id else {}
            response = self._send(
                "POST",
                "/upload",
                params={"token": self.upload_token},
                headers=headers,
                make_body=lambda: make_body(fields),
                authenticated=False,
                stall_seconds=stall,
            )
        else:
            if not video_id:
                raise ValueError("a video id is needed to upload with an API key")
            response = self._send(
                "POST",
                f"/videos/{quote(video_id, safe='')}/source",
                headers=headers,
                make_body=lambda: make_body({}),
                stall_seconds=stall,
            )
        try:
            return self._json(response)
        except QuotaError as exc:
            self._uploads_refused(exc)
            raise

    def close(self) -> None:
        self._session.close()
        with self._secrets_lock:
            done, self._holding = self._holding, []
        for secret in done:
            release(secret)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------------

    def _keep_secret(self, secret: str) -> None:
        """Mask ``secret`` in every server's words this client reports, and in the log until
        the client is closed (a token that arrives after that is held until a next close)."""
        with self._secrets_lock:
            if secret not in self._credentials:
                self._credentials = (*self._credentials, secret)
            if secret in self._holding:
                return
            self._holding.append(secret)
            hold(secret)

    def _post_credentials(self, path: str, payload: dict[str, str]) -> dict[str, Any]:
        response = self._send("POST", path, json=payload, authenticated=False)
        if response.status_code in (400, 401) and path == "/auth/api-key":
            # api.video answers a wrong key with 400 "The user credentials were incorrect."
            # Cut before masking (an answer may be megabytes), with room for a whole secret.
            detail = redact(response.text[:8192], self._credentials)[:300]
            raise AuthError(Why.BAD_API_KEY, detail=detail, status=401)
        return self._json(response)

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | list[str]] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        files: Mapping[str, tuple[str | None, str | bytes] | tuple[str, bytes, str]] | None = None,
        make_body: Callable[[], ChunkBody] | None = None,
        authenticated: bool = True,
        stall_seconds: float | None = None,
    ) -> requests.Response:
        url = self.base_url + path
        connect = min(self.timeout, 15.0)
        answer = self.timeout if stall_seconds is None else stall_seconds
        for attempt in range(2):
            request_headers = dict(headers or {})
            generation: int | None = None
            if authenticated and self._tokens is not None:
                request_headers["Authorization"], generation = self._tokens.header()
            body = make_body() if make_body is not None else None
            if body is not None:
                request_headers["Content-Type"] = body.content_type
            _sending.stall_seconds = stall_seconds
            # The whole answer, however it trickles; for a chunk, past the stall window, so
            # an answer that does not come at all is told as a stall first.
            _sending.answer_deadline = answer if stall_seconds is None else 2 * answer
            _sending.watchdog = None
            try:
                response = self._session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    data=body,
                    files=files,
                    headers=request_headers,
                    timeout=(connect, answer),
                    # A redirect would carry the key (or a JSON body holding it) to wherever
                    # the server says; api.video sends none, so none is followed.
                    allow_redirects=False,
                    stream=True,
                )
                _read_answer(response)
            except requests.RequestException as exc:
                never = None if self.reached else _first_connection_failure(exc)
                if never is not None:
                    raise UnreachableError(
                        because(Why.UNREACHABLE, address=self.base_url, cause=never),
                        detail=str(exc),
                    ) from exc
                if _answer_expired():
                    raise TimedOutError(Why.TIMED_OUT, detail="the answer came too slowly") from exc
                if stall_seconds is not None and _stalled(exc):
                    raise StallError(
                        because(Why.STALLED, seconds=stall_seconds),
                        detail=str(exc),
                        seconds=stall_seconds,
                    ) from exc
                if isinstance(exc, requests.Timeout):
                    raise TimedOutError(Why.TIMED_OUT, detail=str(exc)) from exc
                raise NetworkError(Why.NO_NETWORK, detail=str(exc)) from exc
            finally:
                _end_answer()
                _sending.stall_seconds = None
                _sending.answer_deadline = None
                if body is not None:
                    body.close()
            self.reached = True
            if response.is_redirect or 300 <= response.status_code < 400:
                raise InvalidInputError(
                    because(Why.REDIRECTED, where=_origin(response.headers.get("Location"), url)),
                    detail=f"HTTP {response.status_code}",
                    status=response.status_code,
                )
            if response.status_code == 401 and generation is not None and attempt == 0:
                log.info("%s %s answered 401; renewing the access token", method, path)
                assert self._tokens is not None
                self._tokens.refused(generation)
                continue
            return response
        return response

    def _json(self, response: requests.Response) -> dict[str, Any]:
        if not response.ok:
            raise error_for(
                response, upload_token=self.uses_upload_token, secrets=self._credentials
            )
        # A success that cannot be read is no server error (no "server error 201"): the
        # request was acted on, only its answer is unusable.
        unreadable = f"HTTP {response.status_code} with an answer that is not a JSON object"
        try:
            body = response.json()
        except ValueError:
            raise OutcomeUnknownError(Why.UNREADABLE_ANSWER, detail=unreadable) from None
        if not isinstance(body, dict):
            raise OutcomeUnknownError(Why.UNREADABLE_ANSWER, detail=unreadable)
        return body


def request_never_left(error: UploadError) -> bool:
    """True when a network error happened before the request reached the server (no
    connection could be made), so repeating a non-repeatable request cannot duplicate it."""
    cause = error.__cause__
    if isinstance(cause, requests.ConnectTimeout):
        return True
    if isinstance(cause, requests.ConnectionError):
        text = repr(cause)
        return "NewConnectionError" in text or "Failed to establish" in text
    return False
