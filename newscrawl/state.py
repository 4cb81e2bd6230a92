"""Crawl state across runs: what was exported, in which version, with which validators.

:class:`StateStore` is the small interface pipelines and spiders use; :class:`SqliteStore`
is the embedded default (one file, no server). A distributed backend (Redis) implements
the same methods.

Kill safety rests on two-phase commits. During a run, the state of what the run exports
is only *staged* in memory; when the run's pipelines close, the staged rows are written
durably as *pending* under the run's id, before the feed files are renamed into place.
After the rename, the run is *promoted*: its pending rows become the committed state. A
run killed anywhere in between is settled at the next start: a pending run whose export
file exists under its final name is promoted (its records are out), any other is
discarded (its records never appeared, so they will be exported again).
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

    def promote(self, run_id: str, kinds: Iterable[str] = (ARTICLES, SIDEBAR)) -> None:
        """Commit the pending rows of *run_id* (of the given record kinds)."""

    def discard(self, run_id: str, kinds: Iterable[str] = (ARTICLES, SIDEBAR)) -> None:
        """Forget the pending rows of *run_id* (of the given record kinds)."""

    def pending_runs(self) -> dict[str, set[str]]:
        """Run ids with pending rows, and which record kinds they hold."""

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

    def promote(self, run_id: str, kinds: Iterable[str] = (ARTICLES, SIDEBAR)) -> None:
        kinds = set(kinds)
        with self._transaction() as db:
            if ARTICLES in kinds:
                for (payload,) in db.execute(
                    "SELECT payload FROM pending WHERE run_id = ? AND kind = ?", (run_id, ARTICLES)
                ).fetchall():
                    state = UrlState(**json.loads(payload))
                    db.execute(
                        "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (state.url, state.content_hash, state.version, state.date_published,
                         state.etag, state.last_modified, state.lastmod, state.seen),
                    )  # fmt: skip
            if SIDEBAR in kinds:
                db.execute(
                    "INSERT OR IGNORE INTO teasers SELECT key, run_id FROM pending"
                    " WHERE run_id = ? AND kind = ?",
                    (run_id, SIDEBAR),
                )
            for kind in kinds:
                db.execute("DELETE FROM pending WHERE run_id = ? AND kind = ?", (run_id, kind))

    def discard(self, run_id: str, kinds: Iterable[str] = (ARTICLES, SIDEBAR)) -> None:
        with self._transaction() as db:
            for kind in set(kinds):
                db.execute("DELETE FROM pending WHERE run_id = ? AND kind = ?", (run_id, kind))

    def pending_runs(self) -> dict[str, set[str]]:
        runs: dict[str, set[str]] = {}
        for run_id, kind in self.db.execute("SELECT DISTINCT run_id, kind FROM pending"):
            runs.setdefault(run_id, set()).add(kind)
        return runs

    def counts(self) -> dict[str, int]:
        """Rows per table (for reports and tests)."""
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "teasers", "pending")
        }

    def close(self) -> None:
        self.db.close()
