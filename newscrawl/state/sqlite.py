"""The embedded state store: one SQLite file (see :mod:`newscrawl.state.base`)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from urllib.parse import quote

from newscrawl.state import sqlitecheck
from newscrawl.state.base import (
    ARTICLES,
    SIDEBAR,
    StateBusy,
    StateError,
    StateUnreadable,
    UrlState,
)

#: The layout of the store's tables (``PRAGMA user_version``); a change to the tables
#: bumps it and teaches :func:`newscrawl.state.sqlitecheck.upgrade` the way from the
#: previous one.
SCHEMA_VERSION = 1


_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY, content_hash TEXT NOT NULL, version INTEGER NOT NULL,
    date_published TEXT, etag TEXT, last_modified TEXT, lastmod TEXT, seen TEXT
);
CREATE TABLE IF NOT EXISTS teasers (key TEXT PRIMARY KEY, run_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending (
    run_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, payload TEXT,
    PRIMARY KEY (run_id, kind, key)
);
"""


def _refusal(path: Path, exc: sqlite3.Error, busy_timeout: float) -> StateError:
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StateBusy(path, f"is locked by another process ({exc}, waited {busy_timeout:g} s)")
    return StateUnreadable(path, f"is not readable ({exc})")


class SqliteStore:
    """:class:`StateStore` in one SQLite file (WAL mode, synchronous commits).

    Opening checks the file before anything is crawled (:mod:`newscrawl.state.sqlitecheck`) and
    raises :class:`StateUnreadable` for a file it cannot trust, or
    :class:`StateBusy` when another process holds the database's write lock for longer
    than *busy_timeout* seconds. A missing file is a new, empty store. The file itself is
    never changed by a refused open. An open store holds the database's lock (SQLite's
    exclusive locking mode) until :meth:`close`: other processes can neither write nor
    read it meanwhile, so none can make the run's commit fail.
    """

    #: The store lives in a local file: the run lock is taken beside it too.
    is_file = True

    def __init__(self, path: str | Path, *, busy_timeout: float = 5.0) -> None:
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not os.path.lexists(self.path):
            sqlitecheck.create(self.path, _SCHEMA, SCHEMA_VERSION)
        problem = sqlitecheck.file_problem(self.path)
        if problem:
            raise StateUnreadable(self.path, problem)
        self._validate()
        self.db = self._connect("rw")
        try:
            # Take the write lock now and keep it until close: a store another process
            # holds is refused here, before any request, and no other process can lock
            # it later and make the run's commit fail after its exports are out.
            self.db.execute("PRAGMA locking_mode=EXCLUSIVE")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            with self._transaction() as db:
                sqlitecheck.upgrade(db, _SCHEMA, SCHEMA_VERSION)
        except sqlite3.Error as exc:
            self.db.close()
            raise _refusal(self.path, exc, self.busy_timeout) from exc

    def _connect(self, mode: str) -> sqlite3.Connection:
        uri = f"file:{quote(str(self.path.resolve()))}?mode={mode}"
        db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                             timeout=self.busy_timeout)  # fmt: skip
        return db

    def _validate(self) -> None:
        """Read-only checks: SQLite's own ``quick_check`` and the schema version/tables.

        A read-only connection never checkpoints or rolls back into the file; the WAL
        side files it may create are removed again when the file is refused.
        """
        side = [self.path.with_name(self.path.name + s) for s in ("-wal", "-shm")]
        existed = {p for p in side if p.exists()}
        try:
            db = self._connect("ro")
            try:
                problem = sqlitecheck.schema_problem(
                    db, _SCHEMA, SCHEMA_VERSION
                ) or sqlitecheck.quick_check(db)
            finally:
                db.close()
        except sqlite3.Error as exc:
            refusal: StateError = _refusal(self.path, exc, self.busy_timeout)
        else:
            if problem is None:
                return
            refusal = StateUnreadable(self.path, problem)
        for created in set(side) - existed:
            created.unlink(missing_ok=True)
        raise refusal

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def article(self, url: str) -> UrlState | None:
        row = self.db.execute(
            "SELECT url, content_hash, version, date_published, etag, last_modified, lastmod,"
            " seen FROM articles WHERE url = ?",
            (url,),
        ).fetchone()
        return UrlState(*row) if row else None

    def teaser_exported(self, key: str) -> bool:
        found = self.db.execute("SELECT 1 FROM teasers WHERE key = ?", (key,)).fetchone()
        return found is not None

    def stage_pending(
        self, run_id: str, articles: Iterable[UrlState], teasers: Iterable[str]
    ) -> None:
        rows: list[tuple[str, str, str, str | None]] = [
            (run_id, ARTICLES, a.url, json.dumps(asdict(a))) for a in articles
        ]
        rows += [(run_id, SIDEBAR, key, None) for key in teasers]
        with self._transaction() as db:
            db.executemany("INSERT OR REPLACE INTO pending VALUES (?, ?, ?, ?)", rows)

    def promote(self, run_id: str) -> None:
        with self._transaction() as db:
            for (payload,) in db.execute(
                "SELECT payload FROM pending WHERE run_id = ? AND kind = ?", (run_id, ARTICLES)
            ).fetchall():
                state = UrlState(**json.loads(payload))
                db.execute(
                    "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (state.url, state.content_hash, state.version, state.date_published,
                     state.etag, state.last_modified, state.lastmod, state.seen),
                )  # fmt: skip
            db.execute(
                "INSERT OR IGNORE INTO teasers SELECT key, run_id FROM pending"
                " WHERE run_id = ? AND kind = ?",
                (run_id, SIDEBAR),
            )
            db.execute("DELETE FROM pending WHERE run_id = ?", (run_id,))

    def discard(self, run_id: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM pending WHERE run_id = ?", (run_id,))

    def pending_runs(self) -> set[str]:
        return {run_id for (run_id,) in self.db.execute("SELECT DISTINCT run_id FROM pending")}

    def counts(self) -> dict[str, int]:
        """Rows per table (for reports and tests)."""
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "teasers", "pending")
        }

    def close(self) -> None:
        self.db.close()
