"""The state store, the run commit protocol, what a store must be to be opened, the run lock."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newscrawl.feeds import export_paths
from newscrawl.runlock import LOCK_NAME, CrawlRunning, RunLock
from newscrawl.state import (
    ARTICLES,
    SCHEMA_VERSION,
    SIDEBAR,
    SqliteStore,
    StateStore,
    StateUnreadable,
    UrlState,
    open_store,
)

from .conftest import ROOT


def _state(url: str, version: int = 1) -> UrlState:
    return UrlState(url=url, content_hash=f"sha256:{version}", version=version)


@pytest.fixture(params=["sqlite", "postgres"])
def where(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new store is: a SQLite file, or an empty PostgreSQL database."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return str(tmp_path / "state.sqlite")


@pytest.fixture
def store(where: str) -> Iterator[StateStore]:
    opened = open_store(where, busy_timeout=5)
    yield opened
    opened.close()


def _pending(store: StateStore) -> int:
    return store.counts()["pending"]


def test_pending_is_not_committed_until_promoted(store: StateStore) -> None:
    store.stage_pending("dawn:run1", [_state("dawn:1")], ["t1"])
    assert store.article("dawn:1") is None and not store.teaser_exported("t1")
    assert store.pending_runs() == {"dawn:run1"}
    store.promote("dawn:run1")
    assert store.article("dawn:1") == _state("dawn:1")
    assert store.teaser_exported("t1")
    assert store.pending_runs() == set()


def test_promote_and_discard_take_the_whole_run_and_can_be_repeated(
    store: StateStore,
) -> None:
    store.stage_pending("dawn:run1", [_state("dawn:1")], ["t1"])
    store.stage_pending("dawn:run2", [_state("dawn:2")], ["t2"])
    store.promote("dawn:run1")
    store.promote("dawn:run1")  # a settlement redone after a kill: nothing changes
    store.discard("dawn:run2")
    store.discard("dawn:run2")
    assert store.article("dawn:1") is not None and store.teaser_exported("t1")
    assert store.article("dawn:2") is None and not store.teaser_exported("t2")
    assert _pending(store) == 0


def test_newer_version_replaces_older(store: StateStore) -> None:
    store.stage_pending("dawn:a", [_state("dawn:1", 1)], [])
    store.promote("dawn:a")
    store.stage_pending("dawn:b", [_state("dawn:1", 2)], [])
    store.promote("dawn:b")
    found = store.article("dawn:1")
    assert found is not None and found.version == 2


def test_store_survives_reopening(where: str) -> None:
    first = open_store(where)
    first.stage_pending("dawn:a", [_state("dawn:1")], ["t"])
    first.close()  # a crash after staging: pending rows are stored
    again = open_store(where)
    assert again.pending_runs() == {"dawn:a"}
    again.promote("dawn:a")
    again.close()
    third = open_store(where)
    assert third.article("dawn:1") == _state("dawn:1") and third.teaser_exported("t")
    third.close()


def test_many_stories_are_staged_and_promoted_whole(store: StateStore) -> None:
    stories = [UrlState(f"dawn:{i}", f"sha256:{i}", 1, "2025-01-01", f'"e{i}"', "Mon",
                        "2025-01-01", "2025-01-02T00:00:00Z") for i in range(1200)]  # fmt: skip
    for start in range(0, 1200, 500):  # batches, as a run stages them
        store.stage_pending("dawn:a", stories[start : start + 500], [f"t{start}"])
    store.stage_pending("dawn:a", stories[:2], [])  # a row staged twice stays one row
    store.promote("dawn:a")
    assert [store.article(f"dawn:{i}") for i in (0, 777, 1199)] == [
        stories[0], stories[777], stories[1199]
    ]  # fmt: skip
    assert store.teaser_exported("t1000") and _pending(store) == 0


def test_export_paths_match_feed_names(tmp_path: Path) -> None:
    paths = export_paths(str(tmp_path), "dawn", "20250101T000000000Z")
    assert paths[ARTICLES].endswith("dawn/articles-dawn-20250101T000000000Z.jsonl")
    assert paths[SIDEBAR].endswith("dawn/sidebar-dawn-20250101T000000000Z.jsonl")


# -- opening: what the store accepts --------------------------------------------------------
def _user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def test_missing_store_is_created_whole_with_its_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "new" / "state.sqlite"
    SqliteStore(path).close()
    assert _user_version(path) == SCHEMA_VERSION
    assert sorted(p.name for p in path.parent.iterdir()) == ["state.sqlite"]  # no leftovers


def test_store_from_before_schema_versions_is_kept_and_stamped(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    store = SqliteStore(path)
    store.stage_pending("dawn:a", [_state("dawn:1")], ["t"])
    store.promote("dawn:a")
    store.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 0")  # as written by newscrawl before versions
    db.commit()
    db.close()
    again = SqliteStore(path)
    assert again.article("dawn:1") == _state("dawn:1") and again.teaser_exported("t")
    again.close()
    assert _user_version(path) == SCHEMA_VERSION


def test_empty_sqlite_database_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE scratch (a)")
    db.execute("DROP TABLE scratch")  # a valid database file with nothing in it
    db.commit()
    db.close()
    store = SqliteStore(path)
    assert store.counts() == {"articles": 0, "teasers": 0, "pending": 0}


def test_store_with_a_missing_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    SqliteStore(path).close()
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE articles DROP COLUMN lastmod")
    db.commit()
    db.close()
    with pytest.raises(StateUnreadable, match="is not a newscrawl state store"):
        SqliteStore(path)


# -- the run lock ---------------------------------------------------------------------------
_HOLD = (
    "import fcntl, os, sys\n"
    "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
    "fcntl.flock(fd, fcntl.LOCK_EX)\n"
    'os.write(fd, b\'{"pid": %d, "host": "h", "since": "then"}\' % os.getpid())\n'
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


def test_lock_in_either_folder_refuses_and_holds_nothing(tmp_path: Path) -> None:
    exports, state = tmp_path / "out" / "dawn", tmp_path / "state"
    state.mkdir()
    command = [sys.executable, "-c", _HOLD, str(state / LOCK_NAME)]
    holder = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(CrawlRunning) as refused:
            RunLock([exports, state], site="dawn").acquire()
        assert str(refused.value) == (
            f"newscrawl: another crawl of dawn is running on {state}"
            f" (pid {holder.pid} on h, since then); exiting"
        )
        alone = RunLock([exports], site="dawn")  # the export folder's lock was let go
        alone.acquire()
        alone.release()
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
        holder.stdout.close()
    both = RunLock([exports, state], site="dawn")
    both.acquire()  # the holder is gone: free at once
    assert both.held
    assert json.loads((state / LOCK_NAME).read_text("utf-8"))["pid"] == os.getpid()
    both.release()


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_waiting_for_the_lock_ends_at_a_stop_signal(tmp_path: Path, stop: int) -> None:
    lock = tmp_path / LOCK_NAME
    command = [sys.executable, "-c", _HOLD, str(lock)]
    holder = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    waiter_code = (
        "import logging, sys\n"
        "logging.basicConfig(level=logging.INFO, format='%(message)s')\n"
        "from newscrawl.runlock import RunLock, StateError\n"
        "try:\n    RunLock([sys.argv[1]], site='dawn').acquire(600)\n"
        "except StateError as error:\n    print(error, file=sys.stderr); sys.exit(1)\n"
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        waiter = subprocess.Popen([sys.executable, "-c", waiter_code, str(tmp_path)],
                                  cwd=ROOT, stderr=subprocess.PIPE, text=True)  # fmt: skip
        assert waiter.stderr is not None
        assert waiter.stderr.readline().startswith("Waiting up to 600 s for the other crawl")
        waiter.send_signal(stop)
        assert waiter.wait(timeout=60) == 1
        assert waiter.stderr.read() == (
            f"newscrawl: stopped while waiting for the other crawl of dawn on {tmp_path}"
            f" (pid {holder.pid} on h, since then); exiting\n"
        )
        waiter.stderr.close()
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
        holder.stdout.close()


def test_open_store_is_locked_against_other_processes_until_closed(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    probe = (
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], timeout=0.2, isolation_level=None)\n"
        "try:\n    db.execute('BEGIN IMMEDIATE'); print('wrote')\n"
        "except sqlite3.OperationalError as error:\n    print(error)\n"
    )

    def write_from_another_process() -> str:
        proc = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True,
                              text=True, timeout=60, check=True)  # fmt: skip
        return proc.stdout.strip()

    store = SqliteStore(path)
    assert write_from_another_process() == "database is locked"
    store.stage_pending("dawn:a", [_state("dawn:1")], [])  # its own commits go on
    store.promote("dawn:a")
    assert write_from_another_process() == "database is locked"
    store.close()
    assert write_from_another_process() == "wrote"
    assert SqliteStore(path).article("dawn:1") == _state("dawn:1")
