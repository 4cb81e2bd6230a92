"""Crawl state across runs: what was exported, in which version, with which validators.

:class:`StateStore` is the small interface pipelines and spiders use; :class:`SqliteStore`
is the embedded default (one file, no server). A distributed backend (Redis) implements
the same methods.

Kill safety rests on a two-phase commit per run, over every kind of row at once. During a
run, the state of what the run exports is staged in memory and written durably as
*pending* under the run's id (in batches, and a last time before the run's commit point).
When the run's commit record is in place (see :mod:`newscrawl.commit`), the run is
*promoted*: all its pending rows, articles and teasers, become the committed state in one
transaction. A run that never reached its commit point is *discarded*: all its pending
rows are dropped, so its records are exported again. Promotion and discarding are by run,
never by kind (a run half promoted is how teasers used to get lost), and idempotent, so a
settlement killed half-way can be redone. A second backend implements the same methods.

Opening a store checks it before anything is crawled: a store that cannot be trusted
(damaged, truncated, of another kind or schema version, unreadable) raises
:class:`StateUnreadable`, one held by another process :class:`StateBusy`; the crawl then
refuses to run and leaves the store untouched. Crawling on without the state would export
everything again as new. A missing store is a new, empty one.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import ClassVar, Protocol
from urllib.parse import quote

from newscrawl import sqlitecheck

ARTICLES = "articles"
SIDEBAR = "sidebar"

#: The layout of the store's tables (``PRAGMA user_version``); a change to the tables
#: bumps it and teaches :func:`newscrawl.sqlitecheck.upgrade` the way from the previous one.
SCHEMA_VERSION = 1


class StateError(Exception):
    """The crawl must not run on this state; ``str()`` is the one line to show.

    Raised at open, before anything is crawled, by a store or by the run lock
    (:mod:`newscrawl.runlock`); the state is left as it was. Every backend raises these,
    so the crawl handles them in one place.
    """

    #: The run's finish reason in the run log.
    reason: ClassVar[str] = "state_refused"

    def __init__(self, line: str, *, where: str | Path, problem: str) -> None:
        super().__init__(line)
        self.where, self.problem = str(where), problem


class StateUnreadable(StateError):
    """The store is damaged, of another kind or version, or cannot be read."""

    reason = "state_unreadable"

    def __init__(self, where: str | Path, problem: str) -> None:
        super().__init__(
            f"newscrawl: state store {where} {problem}; it was left untouched for"
            " inspection; restore it from a backup, or move it away to start from empty"
            " state (everything is then exported again)",
            where=where, problem=problem,
        )  # fmt: skip


class StateBusy(StateError):
    """Another process holds the store's write lock."""

    reason = "state_locked"

    def __init__(self, where: str | Path, problem: str) -> None:
        super().__init__(
            f"newscrawl: state store {where} {problem}; nothing was crawled; run again"
            " once that process has let go of it",
            where=where, problem=problem,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class UrlState:
    """What the last exported version of one article looked like."""

    url: str
    content_hash: str
    version: int
    date_published: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    lastmod: str | None = None
    """The sitemap ``<lastmod>`` (or feed date) the article was listed with."""
    seen: str | None = None
    """When the version was fetched (UTC ISO)."""


class StateStore(Protocol):
    """Persistent crawl state; every method is cheap enough to call per item.

    A backend is built as ``Backend(where, busy_timeout=seconds)`` and raises a
    :class:`StateError` there when the crawl must not run on the state it finds.
    """

    def article(self, url: str) -> UrlState | None:
        """The committed state of an article URL (canonical), or None."""

    def teaser_exported(self, key: str) -> bool:
        """True when a teaser with this key was exported by a committed run."""

    def stage_pending(
        self, run_id: str, articles: Iterable[UrlState], teasers: Iterable[str]
    ) -> None:
        """Durably record what *run_id* exported, not yet committed."""

    def promote(self, run_id: str) -> None:
        """Commit every pending row of *run_id*, all kinds, atomically (idempotent)."""

    def discard(self, run_id: str) -> None:
        """Forget every pending row of *run_id* (idempotent)."""

    def pending_runs(self) -> set[str]:
        """Run ids with pending rows."""

    def close(self) -> None:
        """Release the store."""


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

    Opening checks the file before anything is crawled (:mod:`newscrawl.sqlitecheck`) and
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
