"""The upload queue and history on disk, so a crash, a closed lid or a lost connection never
means starting over or a false "done".

One SQLite file (WAL journal) holds a row per queued file and a row per planned chunk. The window
and the command line share it; :class:`~uploader_gui.core.instance_lock.InstanceLock` on
:attr:`UploadStore.lock_path` keeps two of them from working on it at once.

Durability: every call that changes something is its own committed transaction before it
returns, so a caller that shows progress after ``mark_chunk_acked`` returns never shows more
than the store will remember after a crash of the app. Commits use ``synchronous=NORMAL``, which
survives any crash of the process; a power cut may lose the last few commits. For chunk acks that
costs at most asking the server again (``/status`` is the truth on resume). The video id is
different: losing it would create a second video on api.video, so that one commit is forced to
disk (``synchronous=FULL``).

A store that cannot be read is never fatal: it is renamed ``<name>.damaged-<time>`` and a fresh
one takes its place; :attr:`UploadStore.recovered_from` says so, for the window to tell the user.
A store written by a newer version of the app is left untouched and refused with
:class:`StoreTooNewError`, because guessing at its contents could lose or repeat uploads.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import platformdirs

from uploader_gui import APP_NAME
from uploader_gui.core.attachments import (
    Attachment,
    AttachmentKind,
    AttachmentProblem,
    AttachmentState,
)
from uploader_gui.core.chunk_plan import RangeForm
from uploader_gui.core.environments import Environment, EnvironmentKind
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.fingerprint import fingerprint
from uploader_gui.core.limits import DEFAULT_CHUNK_SIZE
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.mount_kind import inodes_are_stable
from uploader_gui.core.reasons import Reason, Why, because

log = logging.getLogger(__name__)

#: Overrides the folder that holds the store (tests, portable installs, several profiles).
DATA_DIR_ENV = "UPLOADER_GUI_DATA_DIR"
STORE_FILE_NAME = "uploads.sqlite3"
#: How long a write waits for another connection (another process) before failing.
BUSY_TIMEOUT_MS = 10_000

AuthKind = Literal["api_key", "upload_token"]


class FileState(StrEnum):
    WAITING = "waiting"
    UPLOADING = "uploading"
    PAUSED = "paused"
    FAILED = "failed"
    CANCELLED = "cancelled"
    DONE = "done"

    @property
    def finished(self) -> bool:
        """No more work will happen unless the user asks (a failed file may be retried)."""
        return self in (FileState.FAILED, FileState.CANCELLED, FileState.DONE)


class ChunkState(StrEnum):
    PENDING = "pending"
    #: At least one attempt left the computer; no acknowledgement recorded yet.
    SENT = "sent"
    ACKED = "acked"


class SourceState(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    #: Gone, or no longer readable.
    MISSING = "missing"


class StoreUnavailableError(OSError):
    """The store's file cannot be opened or written (a read-only or full disk, no permission,
    a folder in its place). An ``OSError``, as the other reasons a data folder is unusable, so
    the fronts say it with the folder's name instead of SQLite's words."""

    def __init__(self) -> None:
        super().__init__(str(Why.STORE_UNAVAILABLE))
        self.reason = Reason(Why.STORE_UNAVAILABLE)


class StoreTooNewError(RuntimeError):
    """The store's schema is newer than this code knows; nothing was changed."""

    def __init__(self, path: Path) -> None:
        self.reason = because(Why.STORE_TOO_NEW, path=str(path))
        super().__init__(str(self.reason))


@dataclass(frozen=True)
class FileRecord:
    """One queued or finished file, as stored. Times are seconds since the epoch (UTC)."""

    id: int
    path: Path
    size: int
    mtime_ns: int
    #: The file's inode (file id on Windows) when queued; None for a file queued by a version
    #: that did not record it.
    inode: int | None
    #: When a request to create this file's video was sent without its answer being stored
    #: (seconds since the epoch), else None.
    creating_since: float | None
    fingerprint: str
    environment: str
    base_url: str
    auth_kind: AuthKind
    video_id: str | None
    metadata: VideoMetadata
    chunk_size: int
    range_form: RangeForm
    state: FileState
    #: Why the file last stopped (read back from the store), None when it did not.
    last_error: Reason | None
    position: int
    created_at: float
    updated_at: float
    finished_at: float | None
    result: Mapping[str, Any] | None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def target(self) -> Environment:
        """The environment this file goes to, rebuilt from the stored name and URL."""
        kind = EnvironmentKind(self.environment.split(":", 1)[0])
        return Environment(kind, self.base_url)


@dataclass(frozen=True)
class ChunkRecord:
    index: int
    start: int
    end: int
    state: ChunkState
    attempts: int
    acked_at: float | None

    @property
    def range(self) -> ChunkRange:
        return ChunkRange(self.index, self.start, self.end)


@dataclass(frozen=True)
class AttachmentRecord:
    """A caption, chapters list or thumbnail of a file, and how far it went."""

    attachment: Attachment
    state: AttachmentState
    problem: AttachmentProblem | None
    line: int | None
    detail: str | None
    attempts: int
    sent_at: float | None


# Each entry brings the schema from version ``i`` to ``i + 1``; append, never edit a released one.
Migration = Sequence[str] | Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = [
    (
        """
        CREATE TABLE files (
            id          INTEGER PRIMARY KEY,
            path        TEXT    NOT NULL,
            name        TEXT    NOT NULL,
            size        INTEGER NOT NULL CHECK (size >= 0),
            mtime_ns    INTEGER NOT NULL,
            fingerprint TEXT    NOT NULL,
            environment TEXT    NOT NULL,
            base_url    TEXT    NOT NULL,
            auth_kind   TEXT    NOT NULL CHECK (auth_kind IN ('api_key', 'upload_token')),
            video_id    TEXT,
            title       TEXT    NOT NULL,
            metadata    TEXT    NOT NULL,
            chunk_size  INTEGER NOT NULL CHECK (chunk_size > 0),
            range_form  TEXT    NOT NULL CHECK (range_form IN ('bytes', 'part')),
            state       TEXT    NOT NULL,
            last_error  TEXT,
            position    INTEGER NOT NULL,
            created_at  REAL    NOT NULL,
            updated_at  REAL    NOT NULL,
            finished_at REAL,
            result      TEXT
        )
        """,
        "CREATE INDEX files_by_position ON files (position)",
        "CREATE INDEX files_by_path ON files (path, environment)",
        """
        CREATE TABLE chunks (
            file_id    INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
            idx        INTEGER NOT NULL CHECK (idx >= 0),
            start_byte INTEGER NOT NULL CHECK (start_byte >= 0),
            end_byte   INTEGER NOT NULL CHECK (end_byte >= start_byte),
            state      TEXT    NOT NULL DEFAULT 'pending'
                               CHECK (state IN ('pending', 'sent', 'acked')),
            attempts   INTEGER NOT NULL DEFAULT 0,
            acked_at   REAL,
            PRIMARY KEY (file_id, idx)
        ) WITHOUT ROWID
        """,
    ),
    # 2: the inode, so a file deleted and written again (or copied back with its times) is
    # not taken for the one queued. Rows queued before stay NULL: unknown, not "changed".
    ("ALTER TABLE files ADD COLUMN inode INTEGER",),
    # 3: when a request to create this file's video was sent and its answer not yet stored, so
    # a run stopped in between (a signal, a full disk, a crash) looks for that video next time
    # instead of making a second one.
    ("ALTER TABLE files ADD COLUMN creating_since REAL",),
    # 4: when a damaged store was set aside and this one started in its place. Uploads begun
    # before then are forgotten here, so their unfinished videos are looked for on the server
    # before a second one is made (see :attr:`UploadStore.forgotten_before`).
    ("CREATE TABLE resets (at REAL NOT NULL)",),
    # 5: captions, chapters and the thumbnail of each file, and whether each was sent, so an
    # interrupted run sends what is missing and never one twice.
    (
        """
        CREATE TABLE attachments (
            file_id  INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
            slot     TEXT    NOT NULL,
            kind     TEXT    NOT NULL CHECK (kind IN ('caption', 'chapters', 'thumbnail')),
            path     TEXT,
            language TEXT,
            timecode TEXT,
            state    TEXT    NOT NULL DEFAULT 'pending'
                             CHECK (state IN ('pending', 'sent', 'failed')),
            problem  TEXT,
            line     INTEGER,
            detail   TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            sent_at  REAL,
            position INTEGER NOT NULL,
            PRIMARY KEY (file_id, slot)
        ) WITHOUT ROWID
        """,
    ),
    # 6: uploads while recording: which files grow as they are sent (and how long one must
    # stay unchanged to count as ended), and a digest of each part as it was sent, so the
    # bytes already on api.video are checked against the file before the final part, even
    # after a restart.
    (
        """
        CREATE TABLE recordings (
            file_id INTEGER PRIMARY KEY REFERENCES files (id) ON DELETE CASCADE,
            settle  REAL    NOT NULL CHECK (settle > 0)
        )
        """,
        """
        CREATE TABLE recording_parts (
            file_id    INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
            part       INTEGER NOT NULL CHECK (part >= 1),
            start_byte INTEGER NOT NULL,
            end_byte   INTEGER NOT NULL,
            digest     TEXT    NOT NULL,
            PRIMARY KEY (file_id, part)
        ) WITHOUT ROWID
        """,
    ),
    # 7: details edited after the video exists and not yet sent (sent when the network
    # returns, or at the next start), and when the video was deleted (restorable 90 days).
    (
        "ALTER TABLE files ADD COLUMN details_due INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE files ADD COLUMN discarded_at REAL",
    ),
]


def schema_version() -> int:
    """The schema version this code writes."""
    return len(MIGRATIONS)


def default_store_path() -> Path:
    """``$UPLOADER_GUI_DATA_DIR/uploads.sqlite3``, else the platform's data folder for the app."""
    folder = os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return Path(folder) / STORE_FILE_NAME


class _DamagedStoreError(Exception):
    """The file exists but cannot serve as a store; it will be set aside."""


# SQLite result codes that blame the surroundings, not the file: permission, busy, locked, out of
# memory, read-only, I/O error, disk full, cannot open.
_ENVIRONMENT_CODES = frozenset({3, 5, 6, 7, 8, 10, 13, 14})


def _is_environmental(error: sqlite3.Error) -> bool:
    """The store may well be healthy; setting it aside would only hide the user's queue."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _ENVIRONMENT_CODES


_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def _as_damage(error: sqlite3.DatabaseError) -> Exception:
    """Damage when SQLite finds the file corrupt or not a database at all. Other errors (busy,
    permission denied, disk full) say nothing bad about the file, so they are raised as they are
    and the file is never set aside for them."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return _DamagedStoreError(str(error))
    return error


_FILE_COLUMNS = (
    "id, path, size, mtime_ns, inode, creating_since, fingerprint, environment, base_url, "
    "auth_kind, video_id, metadata, chunk_size, range_form, state, last_error, position, "
    "created_at, updated_at, finished_at, result"
)


class UploadStore:
    """The queue and history. Safe to use from several threads (calls are serialised).

    ``path`` defaults to :func:`default_store_path`. Raises :class:`StoreTooNewError` for a store
    from a newer app; any other unreadable store is replaced (see :attr:`recovered_from`).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        #: Where an unreadable store was moved before this one was created, else None.
        self.recovered_from: Path | None = None
        self._lock = threading.RLock()
        try:
            try:
                self._db = self._open()
            except _DamagedStoreError as damage:
                log.warning(
                    "Upload store %s is damaged (%s); starting a new one", self.path, damage
                )
                self.recovered_from = self._set_aside()
                try:
                    self._db = self._open()
                except _DamagedStoreError as again:
                    raise RuntimeError(
                        f"Cannot create an upload store at {self.path}: {again}"
                    ) from again
                self._db.execute("INSERT INTO resets (at) VALUES (?)", (time.time(),))
        except sqlite3.Error as error:
            # Nothing wrong with the queue itself: the disk or the permissions refuse it.
            log.warning("Cannot open the upload store %s: %s", self.path, error)
            raise StoreUnavailableError() from error

    # -- opening --------------------------------------------------------------------------------

    @property
    def lock_path(self) -> Path:
        """The file that :class:`~uploader_gui.core.instance_lock.InstanceLock` locks."""
        return self.path.with_name(self.path.name + ".lock")

    @property
    def recovery(self) -> Reason | None:
        """Why a new store was started (a damaged one was set aside), else None."""
        if self.recovered_from is None:
            return None
        return because(Why.STORE_RECOVERED, path=str(self.recovered_from))

    @property
    def forgotten_before(self) -> float | None:
        """When this store last replaced a damaged one (seconds since the epoch), else None:
        an upload begun before then may have a video on the server that nothing here knows."""
        rows = self._read("SELECT MAX(at) AS at FROM resets")
        at = rows[0]["at"] if rows else None
        return float(at) if at is not None else None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(
            self.path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        db.row_factory = sqlite3.Row
        try:
            self._prepare(db)
        except BaseException:
            db.close()
            raise
        return db

    def _prepare(self, db: sqlite3.Connection) -> None:
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as error:
            raise _as_damage(error) from error
        if version > schema_version():
            raise StoreTooNewError(self.path)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if version > 0:
                problems = [row[0] for row in db.execute("PRAGMA integrity_check")]
                if problems != ["ok"]:
                    raise _DamagedStoreError("; ".join(str(p) for p in problems[:5]))
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("Upload store journal mode is %s, not WAL", mode)
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as error:
            raise _as_damage(error) from error
        self._migrate(db, version)

    def _migrate(self, db: sqlite3.Connection, version: int) -> None:
        """Applies the migrations past ``version``, one transaction each. The version is read
        again inside each write transaction: another process (the window and the command line
        started together) may have upgraded the store since it was first read, and a migration
        must never run twice, nor its "already exists" be taken for damage."""
        while version < schema_version():
            target = version + 1
            try:
                db.execute("BEGIN IMMEDIATE")
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                if version >= target:  # done meanwhile by another process
                    db.execute("COMMIT")
                    continue
                migration = MIGRATIONS[version]
                if callable(migration):
                    migration(db)
                else:
                    for statement in migration:
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")
                db.execute("COMMIT")
            except sqlite3.Error as error:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                if _is_environmental(error):
                    raise
                raise _DamagedStoreError(f"upgrade to version {target} failed: {error}") from error
            version = target
            log.info("Upload store %s upgraded to version %d", self.path, target)
        if version > schema_version():
            raise StoreTooNewError(self.path)

    def _set_aside(self) -> Path:
        """Move the store (and its WAL files, which must never meet a new database) aside."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                source.replace(Path(f"{aside}{suffix}"))
        return aside

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> UploadStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------------------

    @contextmanager
    def _write(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One committed transaction; ``durable`` forces it to disk before returning."""
        with self._lock:
            db = self._db
            if durable:
                db.execute("PRAGMA synchronous = FULL")
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            finally:
                if durable:
                    db.execute("PRAGMA synchronous = NORMAL")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._db.execute(sql, params).fetchall())

    @staticmethod
    def _changed(cursor: sqlite3.Cursor, file_id: int) -> None:
        if cursor.rowcount == 0:
            raise KeyError(f"no upload with id {file_id}")

    # -- files ----------------------------------------------------------------------------------

    def add_file(
        self,
        path: Path,
        *,
        environment: Environment,
        auth_kind: AuthKind,
        metadata: VideoMetadata,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        range_form: RangeForm = "bytes",
        content_fingerprint: str | None = None,
    ) -> int:
        """Queue ``path`` at the end of the queue and return its id. Reads the file's size, time
        and (unless given) fingerprint now; raises OSError if the file cannot be read."""
        row = _new_file_row(path, metadata, content_fingerprint)
        return self._insert_files([row], environment, auth_kind, chunk_size, range_form)[0]

    def add_files(
        self,
        files: Sequence[tuple[Path, VideoMetadata]],
        *,
        environment: Environment,
        auth_kind: AuthKind,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        range_form: RangeForm = "bytes",
    ) -> list[int | None]:
        """Queue a whole drop in one transaction, so thousands of files are saved in a blink.

        Returns the new ids in the order given; ``None`` for a file that could not be read (it
        is logged and left out; the caller saves it again when it starts)."""
        rows: list[_NewFileRow | None] = []
        for path, metadata in files:
            try:
                rows.append(_new_file_row(path, metadata, None))
            except OSError as exc:
                log.warning("Could not read %s to queue it: %s", path, exc)
                rows.append(None)
        ids = iter(
            self._insert_files(
                [r for r in rows if r is not None], environment, auth_kind, chunk_size, range_form
            )
        )
        return [None if r is None else next(ids) for r in rows]

    def _insert_files(
        self,
        rows: Sequence[_NewFileRow],
        environment: Environment,
        auth_kind: AuthKind,
        chunk_size: int,
        range_form: RangeForm,
    ) -> list[int]:
        now = time.time()
        ids: list[int] = []
        with self._write() as db:
            position = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM files").fetchone()[0]
            for offset, row in enumerate(rows):
                cursor = db.execute(
                    "INSERT INTO files (path, name, size, mtime_ns, inode, fingerprint, "
                    "environment, base_url, auth_kind, title, metadata, chunk_size, range_form, "
                    "state, position, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        str(row.path),
                        row.path.name,
                        row.size,
                        row.mtime_ns,
                        row.inode,
                        row.fingerprint,
                        environment.keyring_name,
                        environment.base_url,
                        auth_kind,
                        row.metadata.title,
                        _metadata_json(row.metadata),
                        chunk_size,
                        range_form,
                        FileState.WAITING.value,
                        position + offset,
                        now,
                        now,
                    ),
                )
                assert cursor.lastrowid is not None
                ids.append(cursor.lastrowid)
        return ids

    def get(self, file_id: int) -> FileRecord:
        rows = self._read(f"SELECT {_FILE_COLUMNS} FROM files WHERE id = ?", (file_id,))
        if not rows:
            raise KeyError(f"no upload with id {file_id}")
        return _file_record(rows[0])

    def set_video_id(self, file_id: int, video_id: str) -> None:
        """Remember the video this file goes to, forced to disk: losing it would mean a second
        video for the same file."""
        with self._write(durable=True) as db:
            cursor = db.execute(
                "UPDATE files SET video_id = ?, creating_since = NULL, updated_at = ? WHERE id = ?",
                (video_id, time.time(), file_id),
            )
            self._changed(cursor, file_id)

    def mark_creating(self, file_id: int, when: float) -> None:
        """Remember, forced to disk before the request leaves, that this file's video is being
        created: if the answer never gets stored, the next run looks for the video that request
        may have made (see :attr:`FileRecord.creating_since`)."""
        with self._write(durable=True) as db:
            # The latest attempt's time: an earlier one was looked for when this run began.
            cursor = db.execute(
                "UPDATE files SET creating_since = ?, updated_at = ? WHERE id = ?",
                (when, time.time(), file_id),
            )
            self._changed(cursor, file_id)

    def update_metadata(self, file_id: int, metadata: VideoMetadata) -> None:
        with self._write() as db:
            cursor = db.execute(
                "UPDATE files SET title = ?, metadata = ?, updated_at = ? WHERE id = ?",
                (metadata.title, _metadata_json(metadata), time.time(), file_id),
            )
            self._changed(cursor, file_id)

    def edit_details(self, file_id: int, metadata: VideoMetadata) -> bool:
        """Keep edited details, forced to disk. When the file's video exists they are due to
        be sent (see :meth:`details_sent`); True then. Before, creation uses them."""
        with self._write(durable=True) as db:
            cursor = db.execute(
                "UPDATE files SET title = ?, metadata = ?, updated_at = ?, "
                "details_due = (video_id IS NOT NULL) WHERE id = ?",
                (metadata.title, _metadata_json(metadata), time.time(), file_id),
            )
            self._changed(cursor, file_id)
            row = db.execute("SELECT details_due FROM files WHERE id = ?", (file_id,)).fetchone()
        return bool(row[0])

    def details_sent(self, file_id: int, metadata: VideoMetadata) -> None:
        """These details reached the video: no longer due, unless edited again meanwhile."""
        self._details_settled(file_id, metadata)

    def details_refused(self, file_id: int, metadata: VideoMetadata) -> None:
        """These details can never reach the video (api.video refused them, the title is
        empty, the video is gone): no longer due, so they are not tried at every start; a
        new edit is due again."""
        self._details_settled(file_id, metadata)

    def _details_settled(self, file_id: int, metadata: VideoMetadata) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE files SET details_due = 0 WHERE id = ? AND metadata = ?",
                (file_id, _metadata_json(metadata)),
            )

    def details_due(self) -> list[FileRecord]:
        """Files whose edited details have not reached their video yet, in queue order."""
        rows = self._read(
            f"SELECT {_FILE_COLUMNS} FROM files WHERE details_due = 1 AND video_id IS NOT NULL "
            "ORDER BY position, id"
        )
        return [_file_record(row) for row in rows]

    def mark_discarded(self, file_id: int, when: float | None) -> None:
        """The file's video was deleted at ``when`` (restorable for a while); None: restored."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE files SET discarded_at = ?, updated_at = ? WHERE id = ?",
                (when, time.time(), file_id),
            )
            self._changed(cursor, file_id)

    def discarded(self) -> dict[int, float]:
        """When each file whose video was deleted had it deleted, by file id."""
        rows = self._read("SELECT id, discarded_at FROM files WHERE discarded_at IS NOT NULL")
        return {int(row["id"]): float(row["discarded_at"]) for row in rows}

    def set_state(self, file_id: int, state: FileState, error: Reason | None = None) -> None:
        """Move a file to ``state``. ``error`` is kept as its last error (cleared when None).
        Finishing states stamp ``finished_at``; going back to work clears it."""
        now = time.time()
        saved = error.saved() if error is not None else None
        with self._write() as db:
            cursor = db.execute(
                "UPDATE files SET state = ?, last_error = ?, updated_at = ?, finished_at = ? "
                "WHERE id = ?",
                (state.value, saved, now, now if state.finished else None, file_id),
            )
            self._changed(cursor, file_id)

    def mark_done(self, file_id: int, result: Mapping[str, Any]) -> None:
        """The server confirmed every byte: keep what the user needs (player URL, embed code,
        MP4 and thumbnail links) and move the file to history."""
        now = time.time()
        with self._write() as db:
            cursor = db.execute(
                "UPDATE files SET state = ?, last_error = NULL, result = ?, updated_at = ?, "
                "finished_at = ? WHERE id = ?",
                (FileState.DONE.value, json.dumps(dict(result)), now, now, file_id),
            )
            self._changed(cursor, file_id)

    def remove(self, file_id: int) -> None:
        """Forget a file and its chunks (the video on api.video, if any, stays)."""
        with self._write() as db:
            self._changed(db.execute("DELETE FROM files WHERE id = ?", (file_id,)), file_id)

    def reorder(self, file_ids: Sequence[int]) -> None:
        """Put these files in this order, in the queue places they already hold between them;
        files not named keep their places."""
        if len(set(file_ids)) != len(file_ids):
            raise ValueError("a file appears twice in the new order")
        with self._write() as db:
            places = []
            for file_id in file_ids:
                row = db.execute("SELECT position FROM files WHERE id = ?", (file_id,)).fetchone()
                if row is None:
                    raise KeyError(f"no upload with id {file_id}")
                places.append(int(row[0]))
            for file_id, position in zip(file_ids, sorted(places), strict=True):
                db.execute("UPDATE files SET position = ? WHERE id = ?", (position, file_id))

    def unfinished(self) -> list[FileRecord]:
        """Files still to upload (waiting, interrupted while uploading, paused), in queue order."""
        states = [s.value for s in FileState if not s.finished]
        marks = ", ".join("?" * len(states))
        rows = self._read(
            f"SELECT {_FILE_COLUMNS} FROM files WHERE state IN ({marks}) ORDER BY position, id",
            states,
        )
        return [_file_record(row) for row in rows]

    def history(self, search: str = "", limit: int | None = None) -> list[FileRecord]:
        """Finished files (done, failed, cancelled), newest first. ``search`` matches words of
        the file name or title, ignoring case."""
        states = [s.value for s in FileState if s.finished]
        sql = f"SELECT {_FILE_COLUMNS} FROM files WHERE state IN ({', '.join('?' * len(states))})"
        params: list[Any] = list(states)
        for word in search.split():
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            sql += " AND (name LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\')"
            params += [pattern, pattern]
        sql += " ORDER BY finished_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_file_record(row) for row in self._read(sql, params)]

    def find(self, path: Path, environment: Environment) -> list[FileRecord]:
        """Every row for this file and environment, newest first (to spot a repeated drop)."""
        rows = self._read(
            f"SELECT {_FILE_COLUMNS} FROM files WHERE path = ? AND environment = ? "
            "ORDER BY created_at DESC, id DESC",
            (os.path.abspath(path), environment.keyring_name),
        )
        return [_file_record(row) for row in rows]

    # -- chunks ---------------------------------------------------------------------------------

    def record_plan(
        self,
        file_id: int,
        chunks: Iterable[ChunkRange],
        *,
        chunk_size: int,
        range_form: RangeForm,
        acked: Iterable[int] = (),
    ) -> None:
        """Replace the file's chunk plan; ``acked`` are the chunks the server already holds."""
        done = set(acked)
        now = time.time()
        with self._write() as db:
            cursor = db.execute(
                "UPDATE files SET chunk_size = ?, range_form = ?, updated_at = ? WHERE id = ?",
                (chunk_size, range_form, now, file_id),
            )
            self._changed(cursor, file_id)
            db.execute("DELETE FROM chunks WHERE file_id = ?", (file_id,))
            db.executemany(
                "INSERT INTO chunks (file_id, idx, start_byte, end_byte, state, acked_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (
                        file_id,
                        c.index,
                        c.start,
                        c.end,
                        ChunkState.ACKED.value if c.index in done else ChunkState.PENDING.value,
                        now if c.index in done else None,
                    )
                    for c in chunks
                ),
            )

    def mark_chunk_acked(self, file_id: int, index: int) -> None:
        """The server acknowledged this chunk. Committed before returning, so progress shown
        afterwards is never more than what a restart will find."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE chunks SET state = 'acked', acked_at = COALESCE(acked_at, ?) "
                "WHERE file_id = ? AND idx = ?",
                (time.time(), file_id, index),
            )
            if cursor.rowcount == 0:
                raise KeyError(f"upload {file_id} has no chunk {index}")

    def bump_attempts(self, file_id: int, index: int) -> int:
        """Count one more attempt at sending a chunk; returns the new count."""
        with self._write() as db:
            key = (file_id, index)
            cursor = db.execute(
                "UPDATE chunks SET attempts = attempts + 1, "
                "state = CASE state WHEN 'acked' THEN 'acked' ELSE 'sent' END "
                "WHERE file_id = ? AND idx = ?",
                key,
            )
            if cursor.rowcount == 0:
                raise KeyError(f"upload {file_id} has no chunk {index}")
            row = db.execute("SELECT attempts FROM chunks WHERE file_id = ? AND idx = ?", key)
            return int(row.fetchone()[0])

    def chunks(self, file_id: int) -> list[ChunkRecord]:
        rows = self._read(
            "SELECT idx, start_byte, end_byte, state, attempts, acked_at FROM chunks "
            "WHERE file_id = ? ORDER BY idx",
            (file_id,),
        )
        return [
            ChunkRecord(
                index=int(r["idx"]),
                start=int(r["start_byte"]),
                end=int(r["end_byte"]),
                state=ChunkState(r["state"]),
                attempts=int(r["attempts"]),
                acked_at=r["acked_at"],
            )
            for r in rows
        ]

    def acked_chunks(self, file_id: int) -> frozenset[int]:
        rows = self._read(
            "SELECT idx FROM chunks WHERE file_id = ? AND state = 'acked'", (file_id,)
        )
        return frozenset(int(r["idx"]) for r in rows)

    # -- captions, chapters, thumbnail ---------------------------------------------------------

    def add_attachments(self, file_id: int, attachments: Iterable[Attachment]) -> None:
        """Record what to send with the file's video. An attachment takes its slot (a language's
        caption or chapters, the thumbnail) unless the same one was already sent there; one
        different from what was sent is sent in its place."""
        with self._write() as db:
            row = db.execute(
                "SELECT COALESCE(MAX(position), 0) FROM attachments WHERE file_id = ?", (file_id,)
            ).fetchone()
            position = int(row[0])
            for attachment in attachments:
                held = db.execute(
                    "SELECT path, timecode, state FROM attachments WHERE file_id = ? AND slot = ?",
                    (file_id, attachment.key),
                ).fetchone()
                path = str(attachment.path) if attachment.path is not None else None
                if (
                    held is not None
                    and held["state"] == AttachmentState.SENT.value
                    and (held["path"], held["timecode"]) == (path, attachment.timecode)
                ):
                    continue
                position += 1
                db.execute(
                    "INSERT OR REPLACE INTO attachments (file_id, slot, kind, path, language, "
                    "timecode, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        file_id,
                        attachment.key,
                        attachment.kind.value,
                        path,
                        attachment.language,
                        attachment.timecode,
                        position,
                    ),
                )

    def unsent(self, file_id: int, attachments: Iterable[Attachment]) -> list[Attachment]:
        """Those of ``attachments`` that :meth:`add_attachments` would (re)send: not the same
        one already sent in its slot."""
        sent = {
            (r.attachment.key, r.attachment.path, r.attachment.timecode)
            for r in self.attachments(file_id)
            if r.state is AttachmentState.SENT
        }
        return [a for a in attachments if (a.key, a.path, a.timecode) not in sent]

    def attachments(self, file_id: int) -> list[AttachmentRecord]:
        """The file's attachments in the order they were added."""
        rows = self._read(
            "SELECT kind, path, language, timecode, state, problem, line, detail, attempts, "
            "sent_at FROM attachments WHERE file_id = ? ORDER BY position",
            (file_id,),
        )
        return [
            AttachmentRecord(
                attachment=Attachment(
                    AttachmentKind(r["kind"]),
                    Path(r["path"]) if r["path"] is not None else None,
                    r["language"],
                    r["timecode"],
                ),
                state=AttachmentState(r["state"]),
                problem=AttachmentProblem(r["problem"]) if r["problem"] is not None else None,
                line=r["line"],
                detail=r["detail"],
                attempts=int(r["attempts"]),
                sent_at=r["sent_at"],
            )
            for r in rows
        ]

    def mark_attachment(
        self,
        file_id: int,
        slot: str,
        state: AttachmentState,
        *,
        problem: AttachmentProblem | None = None,
        line: int | None = None,
        detail: str | None = None,
    ) -> None:
        """Record how an attachment went; a sent one is committed before the caller tells
        anyone, as an acknowledged chunk is."""
        sent_at = time.time() if state is AttachmentState.SENT else None
        with self._write() as db:
            cursor = db.execute(
                "UPDATE attachments SET state = ?, problem = ?, line = ?, detail = ?, "
                "sent_at = ? WHERE file_id = ? AND slot = ?",
                (state.value, problem, line, detail, sent_at, file_id, slot),
            )
            if cursor.rowcount == 0:
                raise KeyError(f"upload {file_id} has no attachment {slot}")

    def remove_attachment(self, file_id: int, slot: str) -> None:
        """Forget an attachment the creator took back before it was sent; one already sent
        stays recorded (it is on the video)."""
        with self._write() as db:
            db.execute(
                "DELETE FROM attachments WHERE file_id = ? AND slot = ? AND state != ?",
                (file_id, slot, AttachmentState.SENT.value),
            )

    def bump_attachment_attempts(self, file_id: int, slot: str) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE attachments SET attempts = attempts + 1 WHERE file_id = ? AND slot = ?",
                (file_id, slot),
            )

    def with_attachments_to_send(self) -> list[FileRecord]:
        """Uploaded files whose attachments are not all sent yet (an interrupted run), in
        queue order."""
        rows = self._read(
            f"SELECT {_FILE_COLUMNS} FROM files WHERE state = ? AND id IN "
            "(SELECT file_id FROM attachments WHERE state = 'pending') ORDER BY position, id",
            (FileState.DONE.value,),
        )
        return [_file_record(row) for row in rows]

    def has_attachments_to_send(self, file_id: int) -> bool:
        rows = self._read(
            "SELECT 1 FROM attachments WHERE file_id = ? AND state = 'pending' LIMIT 1", (file_id,)
        )
        return bool(rows)

    # -- uploads while recording ---------------------------------------------------------------

    def mark_recording(self, file_id: int, settle: float) -> None:
        """This file is uploaded while it is recorded; it has ended once unchanged for
        ``settle`` seconds (a later call changes that)."""
        with self._write() as db:
            db.execute(
                "INSERT INTO recordings (file_id, settle) VALUES (?, ?) "
                "ON CONFLICT (file_id) DO UPDATE SET settle = excluded.settle",
                (file_id, settle),
            )

    def recording_settle(self, file_id: int) -> float | None:
        """The settle time of a file uploaded while recording, None for any other file."""
        rows = self._read("SELECT settle FROM recordings WHERE file_id = ?", (file_id,))
        return float(rows[0]["settle"]) if rows else None

    def record_sent_part(self, file_id: int, part: int, start: int, end: int, digest: str) -> None:
        """The digest of a part acknowledged while recording, as it was sent."""
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO recording_parts "
                "(file_id, part, start_byte, end_byte, digest) VALUES (?, ?, ?, ?, ?)",
                (file_id, part, start, end, digest),
            )

    def refresh_source(self, file_id: int, size: int) -> None:
        """A recording ended at ``size`` bytes: what is recorded of the file (size, time, file
        id, fingerprint) becomes the finished file's, so it is known as uploaded from now on.
        Left as it was when the file is no longer that size."""
        row = _new_file_row(self.get(file_id).path, VideoMetadata(title=""), None)
        if row.size != size:
            return
        with self._write() as db:
            db.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, inode = ?, fingerprint = ?, "
                "updated_at = ? WHERE id = ?",
                (row.size, row.mtime_ns, row.inode, row.fingerprint, time.time(), file_id),
            )

    def sent_parts(self, file_id: int) -> dict[int, str]:
        """Part number → digest of the parts acknowledged while recording."""
        rows = self._read(
            "SELECT part, digest FROM recording_parts WHERE file_id = ? ORDER BY part", (file_id,)
        )
        return {int(r["part"]): str(r["digest"]) for r in rows}

    # -- the file on disk -----------------------------------------------------------------------

    @staticmethod
    def check_source(record: FileRecord) -> SourceState:
        """Is the file on disk still the one that was queued? Callers ask the user before
        continuing a changed file, so new content is never appended to an old video.

        Size, mtime, inode and the sampled content must match. The inode tells a file deleted
        and written again, or copied back with its times, from the one queued; a row from a
        version that did not record it is judged without it, and so is a file on a file
        system that numbers its files afresh at each mount (:mod:`mount_kind`). The change
        time and the device are left out between runs on purpose: moving the file away and
        back (which the queue continues, see ``earlier_upload_to_continue``) or a permission
        change moves the change time, and a drive plugged in again may get another device
        number. Within a run the upload itself watches both
        (:class:`~uploader_gui.core.chunk_body.FileIdentity`)."""
        try:
            stat = record.path.stat()
            if stat.st_size != record.size or stat.st_mtime_ns != record.mtime_ns:
                return SourceState.CHANGED
            if (
                record.inode is not None
                and _inode(stat) not in (None, record.inode)
                and inodes_are_stable(record.path)
            ):
                return SourceState.CHANGED
            current = fingerprint(record.path)
        except OSError:
            return SourceState.MISSING
        return SourceState.UNCHANGED if current == record.fingerprint else SourceState.CHANGED


@dataclass(frozen=True)
class _NewFileRow:
    """What is read from disk before a file is queued (outside the store's lock)."""

    path: Path
    size: int
    mtime_ns: int
    inode: int | None
    fingerprint: str
    metadata: VideoMetadata


def _inode(stat: os.stat_result) -> int | None:
    """The inode (file id on Windows), None where the file system has none to give, or one
    SQLite cannot hold (128-bit file ids on ReFS, 64-bit inodes with the top bit set on some
    network mounts): such a file is then judged without it."""
    inode = stat.st_ino
    return inode if 0 < inode < 2**63 else None


def _new_file_row(path: Path, metadata: VideoMetadata, known_fp: str | None) -> _NewFileRow:
    path = Path(os.path.abspath(path))
    stat = path.stat()
    fp = known_fp if known_fp is not None else fingerprint(path)
    return _NewFileRow(path, stat.st_size, stat.st_mtime_ns, _inode(stat), fp, metadata)


def _metadata_json(metadata: VideoMetadata) -> str:
    # The fields are plain JSON values already; ``dataclasses.asdict`` would deep-copy them.
    return json.dumps(vars(metadata), ensure_ascii=False)


def _metadata_from_json(text: str) -> VideoMetadata:
    known = {f.name for f in dataclasses.fields(VideoMetadata)}
    data = json.loads(text)
    return VideoMetadata(**{k: v for k, v in data.items() if k in known})


def _file_record(row: sqlite3.Row) -> FileRecord:
    return FileRecord(
        id=int(row["id"]),
        path=Path(row["path"]),
        size=int(row["size"]),
        mtime_ns=int(row["mtime_ns"]),
        inode=None if row["inode"] is None else int(row["inode"]),
        creating_since=None if row["creating_since"] is None else float(row["creating_since"]),
        fingerprint=str(row["fingerprint"]),
        environment=str(row["environment"]),
        base_url=str(row["base_url"]),
        auth_kind=row["auth_kind"],
        video_id=row["video_id"],
        metadata=_metadata_from_json(row["metadata"]),
        chunk_size=int(row["chunk_size"]),
        range_form=row["range_form"],
        state=FileState(row["state"]),
        last_error=Reason.from_saved(row["last_error"]) if row["last_error"] else None,
        position=int(row["position"]),
        created_at=float(row["created_at"]),
        updated_at=float(row["updated_at"]),
        finished_at=row["finished_at"],
        result=json.loads(row["result"]) if row["result"] is not None else None,
    )
