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
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

ARTICLES = "articles"
SIDEBAR = "sidebar"


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
    """Persistent crawl state; every method is cheap enough to call per item."""

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


class SqliteStore:
    """:class:`StateStore` in one SQLite file (WAL mode, synchronous commits)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(_SCHEMA)

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
