"""The upload store: every call round-trips, nothing acknowledged is lost to a crash, and a
damaged or foreign file never stops the app."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import platformdirs
import pytest

from uploader_gui import APP_NAME
from uploader_gui.core import store as store_module
from uploader_gui.core.chunk_plan import plan_chunks
from uploader_gui.core.environments import Environment, EnvironmentKind, production, sandbox
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.fingerprint import fingerprint
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.reasons import Reason, Why, because
from uploader_gui.core.store import (
    ChunkState,
    FileState,
    SourceState,
    StoreTooNewError,
    UploadStore,
    default_store_path,
    schema_version,
)

MIB = 1024 * 1024
REPO_ROOT = Path(__file__).resolve().parents[2]
CUSTOM = Environment(EnvironmentKind.CUSTOM, "http://127.0.0.1:8080")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "uploads.sqlite3"


@pytest.fixture
def store(store_path: Path) -> Iterator[UploadStore]:
    with UploadStore(store_path) as opened:
        yield opened


@pytest.fixture
def video(make_file: Callable[..., Path]) -> Path:
    return make_file(MIB + 123, "clip.mp4")


def add(store: UploadStore, path: Path, title: str = "Clip", env: Environment | None = None) -> int:
    return store.add_file(
        path,
        environment=env or production(),
        auth_kind="api_key",
        metadata=VideoMetadata(title=title),
    )


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def aside_files(store_path: Path) -> list[Path]:
    return sorted(store_path.parent.glob(store_path.name + ".damaged-*"))


# -- opening -------------------------------------------------------------------------------------


def test_default_path_follows_the_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(store_module.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    with UploadStore() as opened:
        assert opened.path == tmp_path / "elsewhere" / "uploads.sqlite3"
        assert opened.path.is_file()
    monkeypatch.delenv(store_module.DATA_DIR_ENV)
    expected = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "uploads.sqlite3"
    assert default_store_path() == expected


def test_new_store_is_versioned_wal_with_foreign_keys(store: UploadStore, store_path: Path) -> None:
    assert store.forgotten_before is None  # nothing was ever lost
    assert store.recovered_from is None
    assert store.recovery is None
    assert store.lock_path == store_path.with_name("uploads.sqlite3.lock")
    db = raw(store_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version() >= 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_store_from_a_newer_version_is_refused_and_left_alone(
    store_path: Path, video: Path
) -> None:
    with UploadStore(store_path) as first:
        add(first, video)
    db = raw(store_path)
    db.execute(f"PRAGMA user_version = {schema_version() + 1}")
    db.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreTooNewError) as refused:
        UploadStore(store_path)
    assert refused.value.reason == because(Why.STORE_TOO_NEW, path=str(store_path))
    assert store_path.read_bytes() == before
    assert aside_files(store_path) == []


def test_garbage_file_is_set_aside_and_a_fresh_store_made(store_path: Path, video: Path) -> None:
    store_path.parent.mkdir(parents=True)
    garbage = b"this is not a database, it is a shopping list\n" * 200
    store_path.write_bytes(garbage)
    before = time.time()
    with UploadStore(store_path) as opened:
        assert opened.recovered_from is not None
        # Uploads begun before now are unknown here: their videos are looked for on the server.
        reset = opened.forgotten_before
        assert reset is not None and before <= reset <= time.time()
        assert opened.recovered_from.read_bytes() == garbage
        assert aside_files(store_path) == [opened.recovered_from]
        assert opened.recovery == because(Why.STORE_RECOVERED, path=str(opened.recovered_from))
        assert opened.unfinished() == []
        file_id = add(opened, video)
    with UploadStore(store_path) as again:
        assert again.recovered_from is None
        assert again.forgotten_before == reset  # kept: files queued later still look
        assert [r.id for r in again.unfinished()] == [file_id]


@pytest.mark.parametrize("keep", [0.02, 0.5, 0.9])
def test_truncated_store_is_set_aside(store_path: Path, video: Path, keep: float) -> None:
    with UploadStore(store_path) as first:
        for n in range(40):
            file_id = add(first, video, title=f"Video {n} " + "x" * 200)
            first.record_plan(
                file_id, plan_chunks(10_000 * MIB, 5 * MIB), chunk_size=5 * MIB, range_form="bytes"
            )
    size = store_path.stat().st_size
    assert size > 100 * 1024
    with store_path.open("r+b") as f:
        f.truncate(int(size * keep))
    with UploadStore(store_path) as opened:
        assert opened.recovered_from is not None
        assert opened.recovered_from.stat().st_size == int(size * keep)
        assert opened.unfinished() == []
        add(opened, video)


def test_store_failing_its_integrity_check_is_set_aside(
    store_path: Path, video: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Readable, but the path index no longer agrees with the rows: only the check sees it."""
    with UploadStore(store_path) as first:
        for n in range(5):
            add(first, video, title=f"Video {n}")
    db = raw(store_path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'files_by_path'").fetchone()
    db.close()
    with store_path.open("r+b") as f:
        f.seek(root[0] * page_size - 40)  # inside the last index entry's path text
        f.write(b"zz")
    with UploadStore(store_path) as opened:
        assert opened.recovered_from is not None
        assert opened.unfinished() == []
    assert "missing from index" in caplog.text


def test_a_stale_wal_never_reaches_the_fresh_store(
    store_path: Path, video: Path, tmp_path: Path
) -> None:
    """A damaged store may leave a valid write-ahead log behind; replayed onto the new empty
    store it would bring back half of the old one."""
    other = tmp_path / "other.sqlite3"
    with UploadStore(other) as donor:
        for n in range(50):
            add(donor, video, title=f"checkpointed {n} " + "x" * 300)
        donor._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        donor._db.execute("PRAGMA wal_autocheckpoint = 0")
        add(donor, video, title="from the old log")
        assert Path(f"{other}-wal").stat().st_size > 0
        store_path.parent.mkdir(parents=True)
        Path(f"{store_path}-wal").write_bytes(Path(f"{other}-wal").read_bytes())
    store_path.write_bytes(b"garbage" * 1000)
    with UploadStore(store_path) as opened:
        assert opened.recovered_from is not None
        assert opened.unfinished() == []
        assert opened._db.execute("PRAGMA integrity_check").fetchall()[0][0] == "ok"
    with UploadStore(store_path) as again:
        assert again.recovered_from is None
        assert again.unfinished() == []


# -- migrations ----------------------------------------------------------------------------------


def test_an_upgrade_keeps_the_data(
    store_path: Path, video: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with UploadStore(store_path) as first:
        file_id = add(first, video, title="Kept")
        first.set_video_id(file_id, "vi123")
    current = schema_version()
    monkeypatch.setattr(
        store_module,
        "MIGRATIONS",
        [*store_module.MIGRATIONS, ("ALTER TABLE files ADD COLUMN note TEXT DEFAULT 'n'",)],
    )
    with UploadStore(store_path) as upgraded:
        assert upgraded.recovered_from is None
        record = upgraded.get(file_id)
        assert (record.metadata.title, record.video_id) == ("Kept", "vi123")
    db = raw(store_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == current + 1
    assert db.execute("SELECT note FROM files").fetchone()[0] == "n"
    db.close()


def test_failed_upgrade_is_rolled_back_and_set_aside(
    store_path: Path, video: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with UploadStore(store_path) as first:
        add(first, video)
        add(first, video)  # the same file twice: the new unique index below cannot be built
    current = schema_version()
    monkeypatch.setattr(
        store_module,
        "MIGRATIONS",
        [
            *store_module.MIGRATIONS,
            (
                "ALTER TABLE files ADD COLUMN note TEXT",
                "CREATE UNIQUE INDEX files_once ON files (path, environment)",
            ),
        ],
    )
    with UploadStore(store_path) as opened:
        assert opened.recovered_from is not None
        assert opened.unfinished() == []
        db = raw(store_path)
        assert db.execute("PRAGMA user_version").fetchone()[0] == current + 1
        db.close()
    old = raw(opened.recovered_from)
    assert old.execute("PRAGMA user_version").fetchone()[0] == current
    assert old.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 2
    columns = [row[1] for row in old.execute("PRAGMA table_info(files)")]
    assert "note" not in columns
    old.close()


def test_a_store_upgraded_by_another_process_meanwhile_is_kept(
    store_path: Path, video: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window and the command line started together on a new store: the second reads the
    version before the first has upgraded, then upgrades after it. Nothing may run twice, and
    the first one's data must not be set aside as damaged."""
    original = UploadStore._migrate
    raced: list[int] = []

    def racing(self: UploadStore, db: sqlite3.Connection, version: int) -> None:
        if not raced:
            raced.append(version)
            with UploadStore(store_path) as other:  # upgrades the store, then queues a file
                add(other, video, title="From the other process")
        original(self, db, version)

    monkeypatch.setattr(UploadStore, "_migrate", racing)
    with UploadStore(store_path) as late:
        assert raced == [0]
        assert late.recovered_from is None
        assert [r.metadata.title for r in late.unfinished()] == ["From the other process"]
    assert list(store_path.parent.glob("*.damaged-*")) == []


# -- files ---------------------------------------------------------------------------------------


def test_add_and_get_round_trip(
    store: UploadStore, video: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    metadata = VideoMetadata(
        title="Été à Zürich 🎬",
        description="Line one\nline two",
        tags=["travel", "été"],
        public=False,
        panoramic=True,
        mp4_support=False,
        metadata={"camera": "X100", "take": "3"},
    )
    monkeypatch.chdir(video.parent)
    file_id = store.add_file(
        Path(video.name),
        environment=CUSTOM,
        auth_kind="upload_token",
        metadata=metadata,
        chunk_size=8 * MIB,
        range_form="part",
    )
    record = store.get(file_id)
    stat = video.stat()
    assert record.id == file_id
    assert record.path == video
    assert record.path.is_absolute()
    assert record.name == "clip.mp4"
    assert (record.size, record.mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    assert record.fingerprint == fingerprint(video)
    assert record.environment == "custom:http://127.0.0.1:8080"
    assert record.base_url == "http://127.0.0.1:8080"
    assert record.target == CUSTOM
    assert record.auth_kind == "upload_token"
    assert record.video_id is None
    assert record.metadata == metadata
    assert (record.chunk_size, record.range_form) == (8 * MIB, "part")
    assert record.state is FileState.WAITING
    assert record.last_error is None
    assert record.finished_at is None
    assert record.result is None
    assert record.created_at == record.updated_at > 0
    with pytest.raises(KeyError):
        store.get(file_id + 1)


def test_a_whole_drop_is_queued_in_order_and_unreadable_files_are_left_out(
    store: UploadStore, make_file: Callable[..., Path], tmp_path: Path
) -> None:
    first = add(store, make_file(1024, name="before.mp4"), "Before")
    files = [make_file(1024 + i, name=f"clip {i}.mp4") for i in range(3)]
    vanished = tmp_path / "gone.mp4"
    drop = [
        (files[0], VideoMetadata(title="A")),
        (vanished, VideoMetadata(title="Gone")),
        (files[1], VideoMetadata(title="B", tags=["x"])),
        (files[2], VideoMetadata(title="C")),
    ]
    ids = store.add_files(drop, environment=sandbox(), auth_kind="api_key", chunk_size=8 * MIB)
    assert ids[1] is None
    saved = [i for i in ids if i is not None]
    assert len(saved) == 3
    records = [store.get(i) for i in saved]
    assert [r.metadata.title for r in records] == ["A", "B", "C"]
    assert records[1].metadata.tags == ["x"]
    assert [r.path for r in records] == files
    assert all(r.chunk_size == 8 * MIB and r.environment == "sandbox" for r in records)
    assert [r.id for r in store.unfinished()] == [first, *saved]


def test_nothing_secret_is_stored(store: UploadStore, store_path: Path, video: Path) -> None:
    columns = [row[1] for row in store._db.execute("PRAGMA table_info(files)")]
    assert not [c for c in columns if "key" in c or "token" in c or "secret" in c]
    record = store.get(add(store, video))
    assert record.target == production()


def test_given_fingerprint_is_kept(store: UploadStore, video: Path) -> None:
    file_id = store.add_file(
        video,
        environment=sandbox(),
        auth_kind="api_key",
        metadata=VideoMetadata(title="t"),
        content_fingerprint="v1:given",
    )
    assert store.get(file_id).fingerprint == "v1:given"
    assert store.get(file_id).target == sandbox()


def test_video_id_survives_reopening(store_path: Path, video: Path) -> None:
    with UploadStore(store_path) as first:
        file_id = add(first, video)
        first.set_video_id(file_id, "vi4blUQJFrYWbaG44NChkH27")
        assert first._db.execute("PRAGMA synchronous").fetchone()[0] == 1, "back to NORMAL"
        with pytest.raises(KeyError):
            first.set_video_id(file_id + 7, "vi0")
    with UploadStore(store_path) as second:
        assert second.get(file_id).video_id == "vi4blUQJFrYWbaG44NChkH27"


def test_state_error_and_finish_time(store: UploadStore, video: Path) -> None:
    file_id = add(store, video)
    store.set_state(file_id, FileState.UPLOADING)
    assert store.get(file_id).state is FileState.UPLOADING
    assert store.get(file_id).finished_at is None
    store.set_state(file_id, FileState.FAILED, Reason(Why.BAD_API_KEY))
    failed = store.get(file_id)
    assert failed.state is FileState.FAILED
    assert failed.last_error == Reason(Why.BAD_API_KEY)
    assert failed.finished_at is not None
    assert failed.updated_at >= failed.created_at
    store.set_state(file_id, FileState.WAITING)
    again = store.get(file_id)
    assert (again.state, again.last_error, again.finished_at) == (FileState.WAITING, None, None)
    with pytest.raises(KeyError):
        store.set_state(file_id + 1, FileState.PAUSED)


def test_mark_done_keeps_the_links(store: UploadStore, video: Path) -> None:
    file_id = add(store, video)
    store.set_state(file_id, FileState.UPLOADING, because(Why.RETRYING, cause="timed_out"))
    links = {
        "player": "https://embed.api.video/vod/vi1",
        "iframe": '<iframe src="https://embed.api.video/vod/vi1"></iframe>',
        "mp4": "https://vod.api.video/vod/vi1/mp4/source.mp4",
        "thumbnail": "https://vod.api.video/vod/vi1/thumbnail.jpg",
    }
    store.mark_done(file_id, links)
    record = store.get(file_id)
    assert record.state is FileState.DONE
    assert record.result == links
    assert record.last_error is None
    assert record.finished_at is not None
    assert store.unfinished() == []
    assert [r.id for r in store.history()] == [file_id]


def test_update_metadata(store: UploadStore, video: Path) -> None:
    file_id = add(store, video, title="Old")
    store.update_metadata(file_id, VideoMetadata(title="New", tags=["a"]))
    assert store.get(file_id).metadata == VideoMetadata(title="New", tags=["a"])
    store.mark_done(file_id, {})
    assert [r.id for r in store.history("new")] == [file_id]
    assert store.history("old") == []


def test_unfinished_in_queue_order_and_reorder(store: UploadStore, video: Path) -> None:
    a, b, c, d = (add(store, video, title=t) for t in "abcd")
    assert [r.id for r in store.unfinished()] == [a, b, c, d]
    store.reorder([d, a, c, b])
    assert [r.id for r in store.unfinished()] == [d, a, c, b]
    store.reorder([b, d])  # only these two swap; a and c keep their places
    assert [r.id for r in store.unfinished()] == [b, a, c, d]
    with pytest.raises(ValueError, match="twice"):
        store.reorder([a, a])
    with pytest.raises(KeyError):
        store.reorder([c, 999, a])
    assert [r.id for r in store.unfinished()] == [b, a, c, d], "a failed reorder changes nothing"
    e = add(store, video, title="e")
    assert store.unfinished()[-1].id == e
    store.set_state(a, FileState.PAUSED)
    store.set_state(c, FileState.UPLOADING)
    store.set_state(d, FileState.FAILED, Reason(Why.FILE_MISSING))
    store.set_state(e, FileState.CANCELLED)
    assert [r.id for r in store.unfinished()] == [b, a, c]


def test_history_is_newest_first_and_searchable(
    store: UploadStore, make_file: Callable[..., Path]
) -> None:
    holiday = add(store, make_file(1000, "Holiday_2024.mp4"), title="Beach day")
    talk = add(store, make_file(1000, "talk.mov"), title="Keynote 100% live")
    demo = add(store, make_file(1000, "demo.mp4"), title="Product demo")
    waiting = add(store, make_file(1000, "later.mp4"), title="Beach again")
    store.mark_done(demo, {})
    store.set_state(talk, FileState.FAILED, Reason(Why.BAD_API_KEY))
    store.set_state(holiday, FileState.CANCELLED)
    assert [r.id for r in store.history()] == [holiday, talk, demo]
    assert [r.id for r in store.history(limit=2)] == [holiday, talk]
    assert [r.id for r in store.history("BEACH")] == [holiday]
    assert [r.id for r in store.history("holiday_2024")] == [holiday]
    assert [r.id for r in store.history("100%")] == [talk]
    assert store.history("100%x") == []
    assert store.history("holiday%2024") == []
    assert store.history("holida_") == [], "underscore is a letter, not a wildcard"
    assert [r.id for r in store.history("product DEMO")] == [demo]
    assert store.history("product beach") == []
    assert waiting not in [r.id for r in store.history("beach")]


def test_find_by_path_and_environment(
    store: UploadStore, video: Path, make_file: Callable[..., Path]
) -> None:
    first = add(store, video)
    other_env = add(store, video, env=sandbox())
    second = add(store, video)
    add(store, make_file(1000, "other.mp4"))
    assert [r.id for r in store.find(video, production())] == [second, first]
    assert [r.id for r in store.find(video, sandbox())] == [other_env]
    assert store.find(video, CUSTOM) == []
    assert store.find(video.parent / "nope.mp4", production()) == []


def test_remove_takes_the_chunks_along(store: UploadStore, video: Path) -> None:
    keep, gone = add(store, video), add(store, video)
    for file_id in (keep, gone):
        store.record_plan(
            file_id, plan_chunks(20 * MIB, 5 * MIB), chunk_size=5 * MIB, range_form="bytes"
        )
    store.remove(gone)
    with pytest.raises(KeyError):
        store.get(gone)
    assert store.chunks(gone) == []
    assert len(store.chunks(keep)) == 4
    count = store._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    assert count == 4
    with pytest.raises(KeyError):
        store.remove(gone)


# -- chunks --------------------------------------------------------------------------------------


def test_chunk_plan_acks_and_attempts(store: UploadStore, video: Path) -> None:
    file_id = add(store, video)
    plan = plan_chunks(23 * MIB, 5 * MIB)
    store.record_plan(file_id, plan, chunk_size=5 * MIB, range_form="part", acked={1})
    record = store.get(file_id)
    assert (record.chunk_size, record.range_form) == (5 * MIB, "part")
    chunks = store.chunks(file_id)
    assert tuple(c.range for c in chunks) == plan
    assert [c.state for c in chunks] == [
        ChunkState.PENDING,
        ChunkState.ACKED,
        ChunkState.PENDING,
        ChunkState.PENDING,
        ChunkState.PENDING,
    ]
    assert chunks[1].acked_at is not None
    assert store.acked_chunks(file_id) == {1}

    assert store.bump_attempts(file_id, 3) == 1
    assert store.bump_attempts(file_id, 3) == 2
    assert store.chunks(file_id)[3].state is ChunkState.SENT
    store.mark_chunk_acked(file_id, 3)
    acked = store.chunks(file_id)[3]
    assert (acked.state, acked.attempts) == (ChunkState.ACKED, 2)
    assert store.bump_attempts(file_id, 3) == 3
    assert store.chunks(file_id)[3].state is ChunkState.ACKED, "an ack is never undone"
    first_time = store.chunks(file_id)[3].acked_at
    store.mark_chunk_acked(file_id, 3)
    assert store.chunks(file_id)[3].acked_at == first_time
    assert store.acked_chunks(file_id) == {1, 3}

    with pytest.raises(KeyError):
        store.mark_chunk_acked(file_id, 5)
    with pytest.raises(KeyError):
        store.bump_attempts(file_id, 99)
    with pytest.raises(KeyError):
        store.record_plan(file_id + 1, plan, chunk_size=5 * MIB, range_form="bytes")

    replan = (ChunkRange(0, 0, 10 * MIB - 1), ChunkRange(1, 10 * MIB, 23 * MIB - 1))
    store.record_plan(file_id, replan, chunk_size=10 * MIB, range_form="bytes")
    assert tuple(c.range for c in store.chunks(file_id)) == replan
    assert store.acked_chunks(file_id) == frozenset()
    assert store.get(file_id).chunk_size == 10 * MIB


def test_concurrent_acks_from_several_threads(store: UploadStore, video: Path) -> None:
    files = [add(store, video), add(store, video)]
    plan = plan_chunks(1000 * MIB, 5 * MIB)  # 200 chunks each
    for file_id in files:
        store.record_plan(file_id, plan, chunk_size=5 * MIB, range_form="bytes")
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        try:
            start.wait()
            file_id = files[n % 2]
            for chunk in plan[n // 2 :: 4]:
                store.bump_attempts(file_id, chunk.index)
                store.mark_chunk_acked(file_id, chunk.index)
                store.get(file_id)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    for file_id in files:
        chunks = store.chunks(file_id)
        assert all(c.state is ChunkState.ACKED and c.attempts == 1 for c in chunks)
        assert len(chunks) == len(plan) == 200


# -- the file on disk ----------------------------------------------------------------------------


def test_check_source(store: UploadStore, make_file: Callable[..., Path]) -> None:
    path = make_file(2 * MIB, "source.mp4")
    record = store.get(add(store, path))
    assert store.check_source(record) is SourceState.UNCHANGED

    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert store.check_source(record) is SourceState.CHANGED

    # Same size and time as when queued, but other bytes where the fingerprint looks.
    with path.open("r+b") as f:
        f.write(b"\xff" * 16)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_mtime_ns == record.mtime_ns
    assert store.check_source(record) is SourceState.CHANGED

    with path.open("ab") as f:
        f.write(b"more")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert store.check_source(record) is SourceState.CHANGED

    path.unlink()
    assert store.check_source(record) is SourceState.MISSING


def test_check_source_knows_a_file_copied_back_with_its_times(
    store: UploadStore, make_file: Callable[..., Path], tmp_path: Path
) -> None:
    path = make_file(2 * MIB, "source.mp4")
    record = store.get(add(store, path))
    assert record.inode == path.stat().st_ino
    # Moved away and put back: the same file (the queue continues it).
    aside = tmp_path / "aside.mp4"
    path.rename(aside)
    aside.rename(path)
    assert store.check_source(record) is SourceState.UNCHANGED
    # Deleted and copied back with its times (``cp -p``): same size, mtime and samples, but
    # not the file whose first part the video holds. (Held open while it is replaced, so the
    # file system cannot hand the freed inode number straight to the copy.)
    shutil.copy2(path, aside)
    with path.open("rb"):
        path.unlink()
        shutil.copy2(aside, path)
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (record.size, record.mtime_ns)
    assert store.check_source(record) is SourceState.CHANGED


def test_on_a_mount_that_renumbers_its_files_the_inode_is_no_evidence(
    store: UploadStore,
    make_file: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """sshfs or rclone give the same file another inode number after a remount: with the
    size, mtime and samples unchanged it is the file queued, not a changed one."""
    path = make_file(2 * MIB, "source.mp4")
    record = store.get(add(store, path))
    table = tmp_path / "mountinfo"
    folder = str(path.parent).replace(" ", "\\040")
    table.write_text(
        "21 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        f"99 21 0:50 / {folder} rw - fuse.sshfs me@host:/videos rw,user_id=0\n"
    )
    monkeypatch.setattr("uploader_gui.core.mount_kind.MOUNTINFO", table)
    renumbered = dataclasses.replace(record, inode=record.inode + 1 if record.inode else 7)
    assert store.check_source(renumbered) is SourceState.UNCHANGED
    # Its content is still checked: other bytes under the same size and time are a change.
    stat = path.stat()
    with path.open("r+b") as f:
        f.write(b"another recording")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert store.check_source(renumbered) is SourceState.CHANGED


def test_a_row_from_version_1_is_judged_without_an_inode(
    store_path: Path, make_file: Callable[..., Path]
) -> None:
    """A file queued by a version that did not record the inode is not called changed for
    lacking one after the upgrade; its size, mtime and samples still count."""
    path = make_file(2 * MIB, "source.mp4")
    stat = path.stat()
    store_path.parent.mkdir(parents=True)
    db = raw(store_path)
    first = store_module.MIGRATIONS[0]
    assert not callable(first)
    for statement in first:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO files (path, name, size, mtime_ns, fingerprint, environment, base_url, "
        "auth_kind, video_id, title, metadata, chunk_size, range_form, state, position, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'api_key', 'vi1', 'Clip', ?, "
        "?, 'bytes', 'uploading', 0, 0, 0)",
        (
            str(path),
            path.name,
            stat.st_size,
            stat.st_mtime_ns,
            fingerprint(path),
            CUSTOM.keyring_name,
            CUSTOM.base_url,
            '{"title": "Clip"}',
            5 * MIB,
        ),
    )
    db.close()
    with UploadStore(store_path) as upgraded:
        assert upgraded.recovered_from is None
        (record,) = upgraded.unfinished()
        assert (record.inode, record.video_id) == (None, "vi1")
        assert upgraded.check_source(record) is SourceState.UNCHANGED
        with path.open("ab") as f:
            f.write(b"more")
        assert upgraded.check_source(record) is SourceState.CHANGED


# -- crashes -------------------------------------------------------------------------------------

ACK_WRITER = """
import sys
from pathlib import Path
from uploader_gui.core.environments import production
from uploader_gui.core.events import ChunkRange
from uploader_gui.core.metadata import VideoMetadata
from uploader_gui.core.store import UploadStore

store = UploadStore(Path(sys.argv[1]))
file_id = store.add_file(
    Path(sys.argv[2]), environment=production(), auth_kind="api_key",
    metadata=VideoMetadata(title="crash"),
)
store.set_video_id(file_id, "vi-crash")
plan = [ChunkRange(i, i * 10, i * 10 + 9) for i in range(100_000)]
store.record_plan(file_id, plan, chunk_size=10, range_form="bytes")
print(f"file {file_id}", flush=True)
for chunk in plan:
    store.bump_attempts(file_id, chunk.index)
    store.mark_chunk_acked(file_id, chunk.index)
    print(chunk.index, flush=True)
"""


@pytest.mark.parametrize("kill_after", [1, 150, 400])
def test_acks_reported_before_a_sigkill_are_all_kept(
    store_path: Path, video: Path, kill_after: int
) -> None:
    store_path.parent.mkdir(parents=True)
    child = subprocess.Popen(
        [sys.executable, "-c", ACK_WRITER, str(store_path), str(video)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    assert child.stdout is not None
    try:
        header = child.stdout.readline().split()
        assert header[0] == "file", header
        file_id = int(header[1])
        reported: set[int] = set()
        while len(reported) < kill_after:
            line = child.stdout.readline()
            assert line, "the writer stopped early"
            reported.add(int(line))
    finally:
        if sys.platform == "win32":
            child.kill()
        else:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    # Lines already in the pipe were printed after their commit too.
    reported.update(int(line) for line in child.stdout.read().split())
    child.stdout.close()
    assert child.returncode != 0

    with UploadStore(store_path) as reopened:
        assert reopened.recovered_from is None
        assert reopened._db.execute("PRAGMA integrity_check").fetchall()[0][0] == "ok"
        acked = reopened.acked_chunks(file_id)
        assert reported <= acked
        assert len(acked) <= len(reported) + 1, "at most the one in flight beyond the report"
        assert reopened.get(file_id).video_id == "vi-crash"
        assert [r.id for r in reopened.unfinished()] == [file_id]


def test_a_create_in_flight_is_kept_until_its_video_is_stored(
    store: UploadStore, video: Path
) -> None:
    file_id = add(store, video)
    assert store.get(file_id).creating_since is None
    store.mark_creating(file_id, 1000.0)
    store.mark_creating(file_id, 2000.0)  # the latest attempt is the one to look around
    assert store.get(file_id).creating_since == 2000.0
    store.set_video_id(file_id, "vi1")
    record = store.get(file_id)
    assert record.video_id == "vi1" and record.creating_since is None
    with pytest.raises(KeyError):
        store.mark_creating(file_id + 99, 1.0)


@pytest.mark.parametrize("inode", [0, 2**63, 2**64 - 1, 2**127])
def test_an_inode_sqlite_cannot_hold_is_left_out(inode: int) -> None:
    stat = os.stat_result((0o100644, inode, 1, 1, 0, 0, 10, 0, 0, 0))
    assert store_module._inode(stat) is None
    ok = os.stat_result((0o100644, 2**63 - 1, 1, 1, 0, 0, 10, 0, 0, 0))
    assert store_module._inode(ok) == 2**63 - 1
