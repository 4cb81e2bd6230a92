"""The shared state store: PostgreSQL (see :mod:`newscrawl.state.base`).

Chosen by a URL in ``NEWSCRAWL_STATE`` (``postgresql://user:password@host:5432/db``). It
keeps the embedded store's semantics (pending rows by run, one set-based transaction to
promote a run) and adds what the workers of a distributed crawl need
(:class:`newscrawl.state.base.ClusterStore`): per-key claims, fencing, a run lock per site.

Tables are prefixed ``newscrawl_``, so several sites (and other programs) share one
database; keys are already unique across sites (``<site>:<url>``). A missing set of tables
is created at open, under an advisory lock so that workers opening a new database at the
same moment do not race; tables of another layout or schema version are refused
(:class:`StateUnreadable`), an unreachable server or a refused login too
(:class:`StateUnavailable`), and a server lost mid-run raises
:class:`StateUnavailable` (``lost``) from whichever call met it.

Every call is its own transaction (autocommit), so a worker's claim is visible to the
others at once and nothing is left half-done on the server when the process dies.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any, ParamSpec, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg.types.json import Jsonb

from newscrawl.durable import kill_point
from newscrawl.state.base import (
    ARTICLES,
    DONE,
    FENCED,
    LIVE,
    SIDEBAR,
    StateBusy,
    StateUnavailable,
    StateUnreadable,
    UrlState,
    WorkerFenced,
)

logger = logging.getLogger(__name__)

#: The layout of the tables (row ``schema_version`` of ``newscrawl_meta``).
SCHEMA_VERSION = 1

_STATE_COLUMNS = "content_hash, version, date_published, etag, last_modified, lastmod, seen"
_SCHEMA = f"""
CREATE TABLE newscrawl_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE newscrawl_articles (
    url TEXT PRIMARY KEY, content_hash TEXT NOT NULL, version INTEGER NOT NULL,
    date_published TEXT, etag TEXT, last_modified TEXT, lastmod TEXT, seen TEXT
);
CREATE TABLE newscrawl_teasers (key TEXT PRIMARY KEY, run_id TEXT NOT NULL);
CREATE TABLE newscrawl_pending (
    run_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, worker TEXT,
    content_hash TEXT, version INTEGER, date_published TEXT, etag TEXT,
    last_modified TEXT, lastmod TEXT, seen TEXT,
    PRIMARY KEY (run_id, kind, key)
);
CREATE INDEX newscrawl_pending_worker ON newscrawl_pending (run_id, worker);
CREATE TABLE newscrawl_workers (
    run_id TEXT NOT NULL, worker TEXT NOT NULL, status TEXT NOT NULL,
    record JSONB, changed TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, worker)
);
INSERT INTO newscrawl_meta VALUES ('schema_version', '{SCHEMA_VERSION}');
"""
#: Table -> columns, as the schema above creates them.
TABLES: dict[str, tuple[str, ...]] = {
    "newscrawl_meta": ("name", "value"),
    "newscrawl_articles": ("url", "content_hash", "version", "date_published", "etag",
                           "last_modified", "lastmod", "seen"),
    "newscrawl_teasers": ("key", "run_id"),
    "newscrawl_pending": ("run_id", "kind", "key", "worker", "content_hash", "version",
                          "date_published", "etag", "last_modified", "lastmod", "seen"),
    "newscrawl_workers": ("run_id", "worker", "status", "record", "changed"),
}  # fmt: skip

#: Advisory lock ids (two-int form): the first says "newscrawl", the second what.
_LOCK_CLASS = 0x6E637277  # "ncrw"
_SCHEMA_LOCK = (_LOCK_CLASS + 1, 0)
#: How often a run waiting for a site's lock tries again (seconds).
POLL_INTERVAL = 0.2

P = ParamSpec("P")
R = TypeVar("R")


def shown(url: str) -> str:
    """*url* as it may be printed: without its password."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def one_line(exc: BaseException) -> str:
    """psycopg's (often multi-line) message as one line."""
    text = " ".join(part.strip() for part in str(exc).splitlines() if part.strip())
    return text or type(exc).__name__


def site_lock(site: str) -> tuple[int, int]:
    """The advisory lock id of *site*'s runs."""
    digest = hashlib.sha256(f"newscrawl:site:{site}".encode()).digest()
    return _LOCK_CLASS, int.from_bytes(digest[:4], "big", signed=True)


def _state_row(state: UrlState | None) -> tuple[Any, ...]:
    if state is None:
        return (None,) * 7
    return (state.content_hash, state.version, state.date_published, state.etag,
            state.last_modified, state.lastmod, state.seen)  # fmt: skip


#: Rows passed as one array per column (see :func:`_arrays`), and their columns.
_UNNEST = (
    "unnest(%(kind)s::text[], %(key)s::text[], %(hash)s::text[], %(version)s::int[],"
    " %(published)s::text[], %(etag)s::text[], %(modified)s::text[], %(lastmod)s::text[],"
    f" %(seen)s::text[]) AS r(kind, key, {_STATE_COLUMNS})"
)
_ROW_COLUMNS = ", ".join(f"r.{c.strip()}" for c in _STATE_COLUMNS.split(","))


def _arrays(rows: list[tuple[str, str, UrlState | None]]) -> dict[str, list[Any]]:
    """``(kind, key, state)`` rows as the column arrays :data:`_UNNEST` reads."""
    names = ("kind", "key", "hash", "version", "published", "etag", "modified", "lastmod",
             "seen")  # fmt: skip
    columns = zip(*[(kind, key, *_state_row(state)) for kind, key, state in rows], strict=True)
    return {name: list(column) for name, column in zip(names, columns, strict=True)}


def _guarded(method: Callable[P, R]) -> Callable[P, R]:
    """A server lost (or failing) mid-run is :class:`StateUnavailable` (``lost``), one line."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except psycopg.Error as exc:
            store = args[0]
            assert isinstance(store, PostgresStore)
            raise StateUnavailable(store.where, f"failed mid-run ({one_line(exc)})",
                                   lost=True) from exc  # fmt: skip

    return call


class PostgresStore:
    """:class:`StateStore` and :class:`ClusterStore` in a PostgreSQL database.

    Built as ``PostgresStore(url, busy_timeout=seconds)``: *busy_timeout* bounds the
    connection attempt and every lock wait of a statement (``lock_timeout``).
    """

    #: Not a local file: no run lock is taken beside it (see :meth:`lock_site`).
    is_file = False

    def __init__(self, url: str, *, busy_timeout: float = 5.0) -> None:
        self.url, self.where = url, shown(url)
        self.busy_timeout = busy_timeout
        try:
            # TCP keepalives both ways: a server gone silent (a network cut, not a crash)
            # fails the crawl within a minute or two instead of hanging it, and the server
            # drops a vanished crawl's connection, and with it the site's lock.
            self.db = psycopg.connect(
                url, autocommit=True, connect_timeout=max(2, round(busy_timeout)),
                application_name="newscrawl", keepalives=1, keepalives_idle=30,
                keepalives_interval=10, keepalives_count=6,
            )  # fmt: skip
        except psycopg.Error as exc:
            raise StateUnavailable(self.where, f"cannot be reached ({one_line(exc)})") from exc
        try:
            self.db.execute(f"SET lock_timeout = {max(1, round(busy_timeout * 1000))}")
            self.db.execute("SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10;"
                            " SET tcp_keepalives_count = 6")  # fmt: skip
            self._open_tables()
        except psycopg.OperationalError as exc:
            self.db.close()
            raise StateUnavailable(self.where, f"cannot be used ({one_line(exc)})") from exc
        except psycopg.Error as exc:
            self.db.close()
            raise StateUnreadable(self.where, f"cannot be read ({one_line(exc)})") from exc
        except BaseException:
            self.db.close()
            raise

    def _open_tables(self) -> None:
        """Check the tables, or create them in a database that has none of them."""
        with self.db.transaction():
            # Two first opens at once must not both create (or one see half of) the tables.
            self.db.execute("SELECT pg_advisory_xact_lock(%s, %s)", _SCHEMA_LOCK)
            found: dict[str, list[str]] = {}
            for table, column in self.db.execute(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name LIKE 'newscrawl\\_%'"
                " ORDER BY table_name, ordinal_position"
            ):
                found.setdefault(table, []).append(column)
            if not found:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                return
            problem = self._schema_problem({t: tuple(c) for t, c in found.items()})
        if problem:
            raise StateUnreadable(self.where, problem)

    def _schema_problem(self, found: dict[str, tuple[str, ...]]) -> str | None:
        version = None
        if found.get("newscrawl_meta") == TABLES["newscrawl_meta"]:
            row = self.db.execute(
                "SELECT value FROM newscrawl_meta WHERE name = 'schema_version'"
            ).fetchone()
            version = int(row[0]) if row and str(row[0]).isdigit() else None
        if version is not None and version > SCHEMA_VERSION:
            return (f"has schema version {version}, newer than the {SCHEMA_VERSION} this"
                    " newscrawl reads (was it written by a newer newscrawl?)")  # fmt: skip
        if version != SCHEMA_VERSION or found != TABLES:
            names = ", ".join(sorted(found))
            return (f"is not a newscrawl state store (schema version {version},"
                    f" newscrawl_ tables: {names})")  # fmt: skip
        return None

    # -- StateStore ---------------------------------------------------------------------
    @_guarded
    def article(self, url: str) -> UrlState | None:
        row = self.db.execute(
            f"SELECT url, {_STATE_COLUMNS} FROM newscrawl_articles WHERE url = %s", (url,)
        ).fetchone()
        return UrlState(*row) if row else None

    @_guarded
    def teaser_exported(self, key: str) -> bool:
        row = self.db.execute("SELECT 1 FROM newscrawl_teasers WHERE key = %s", (key,))
        return row.fetchone() is not None

    @_guarded
    def stage_pending(
        self, run_id: str, articles: Iterable[UrlState], teasers: Iterable[str]
    ) -> None:
        # One row per key, the last one staged winning (as SQLite's INSERT OR REPLACE).
        rows: dict[tuple[str, str], UrlState | None] = {(ARTICLES, a.url): a for a in articles}
        rows.update({(SIDEBAR, key): None for key in teasers})
        if not rows:
            return
        # One set-based statement per batch (unnest of arrays): a row per key upserted.
        self.db.execute(
            f"INSERT INTO newscrawl_pending (run_id, kind, key, {_STATE_COLUMNS})"
            f" SELECT %(run)s, r.kind, r.key, {_ROW_COLUMNS} FROM {_UNNEST}"
            " ON CONFLICT (run_id, kind, key) DO UPDATE SET"
            " content_hash = EXCLUDED.content_hash, version = EXCLUDED.version,"
            " date_published = EXCLUDED.date_published, etag = EXCLUDED.etag,"
            " last_modified = EXCLUDED.last_modified, lastmod = EXCLUDED.lastmod,"
            " seen = EXCLUDED.seen",
            {"run": run_id, **_arrays([(kind, key, row) for (kind, key), row in rows.items()])},
        )

    @_guarded
    def promote(self, run_id: str) -> None:
        with self.db.transaction():
            # Set-based: one statement per kind, however many rows. A version never goes
            # back (a stale run settled late cannot undo a newer one).
            self.db.execute(
                f"INSERT INTO newscrawl_articles (url, {_STATE_COLUMNS})"
                f" SELECT key, {_STATE_COLUMNS} FROM newscrawl_pending"
                " WHERE run_id = %s AND kind = %s AND content_hash IS NOT NULL"
                " ON CONFLICT (url) DO UPDATE SET"
                " content_hash = EXCLUDED.content_hash, version = EXCLUDED.version,"
                " date_published = EXCLUDED.date_published, etag = EXCLUDED.etag,"
                " last_modified = EXCLUDED.last_modified, lastmod = EXCLUDED.lastmod,"
                " seen = EXCLUDED.seen"
                " WHERE newscrawl_articles.version <= EXCLUDED.version",
                (run_id, ARTICLES),
            )
            kill_point("promote_articles")
            self.db.execute(
                "INSERT INTO newscrawl_teasers (key, run_id) SELECT key, run_id"
                " FROM newscrawl_pending WHERE run_id = %s AND kind = %s"
                " ON CONFLICT (key) DO NOTHING",
                (run_id, SIDEBAR),
            )
            self._forget(run_id)

    @_guarded
    def discard(self, run_id: str) -> None:
        with self.db.transaction():
            self._forget(run_id)

    def _forget(self, run_id: str) -> None:
        self.db.execute("DELETE FROM newscrawl_pending WHERE run_id = %s", (run_id,))
        self.db.execute("DELETE FROM newscrawl_workers WHERE run_id = %s", (run_id,))

    @_guarded
    def pending_runs(self) -> set[str]:
        return {
            run for (run,) in self.db.execute(
                "SELECT DISTINCT run_id FROM newscrawl_pending UNION"
                " SELECT DISTINCT run_id FROM newscrawl_workers"
            )
        }  # fmt: skip

    @_guarded
    def counts(self) -> dict[str, int]:
        """Rows per table (for reports and tests)."""
        out = {}
        for name in ("articles", "teasers", "pending", "workers"):
            row = self.db.execute(f"SELECT count(*) FROM newscrawl_{name}").fetchone()
            out[name] = int(row[0]) if row else 0
        return out

    def close(self) -> None:
        """Close the connection: the server lets go of the site's lock with it."""
        self.db.close()

    # -- ClusterStore -------------------------------------------------------------------
    def lock_site(self, site: str, wait: float) -> None:
        deadline = time.monotonic() + wait
        key = site_lock(site)
        waiting = False
        while True:
            try:
                row = self.db.execute("SELECT pg_try_advisory_lock(%s, %s)", key).fetchone()
            except psycopg.Error as exc:
                raise StateUnavailable(self.where, f"cannot be used ({one_line(exc)})") from exc
            if row and row[0]:
                return
            if time.monotonic() >= deadline:
                gave_up = f", waited {wait:g} s" if wait else ""
                raise StateBusy(self.where, f"is held by another run of {site} (its run"
                                f" lock{gave_up})")  # fmt: skip
            if not waiting:
                logger.info("Waiting up to %g s for another run of %s on %s", wait, site,
                            self.where)  # fmt: skip
                waiting = True
            time.sleep(min(POLL_INTERVAL, max(0.0, deadline - time.monotonic())))

    @_guarded
    def register_worker(self, run_id: str, worker: str) -> None:
        row = self.db.execute(
            "WITH new AS (INSERT INTO newscrawl_workers (run_id, worker, status)"
            " VALUES (%s, %s, %s) ON CONFLICT DO NOTHING RETURNING status)"
            " SELECT status FROM new UNION ALL SELECT status FROM newscrawl_workers"
            " WHERE run_id = %s AND worker = %s",
            (run_id, worker, LIVE, run_id, worker),
        ).fetchone()
        status = row[0] if row else LIVE
        if status != LIVE:
            raise WorkerFenced(run_id, worker, status)

    def claim(self, run_id: str, worker: str, kind: str, key: str,
              state: UrlState | None) -> bool:  # fmt: skip
        return self.claim_many(run_id, worker, [(kind, key, state)])[0]

    @_guarded
    def claim_many(self, run_id: str, worker: str,
                   rows: Iterable[tuple[str, str, UrlState | None]]) -> list[bool]:  # fmt: skip
        batch = list(rows)
        if not batch:
            return []
        # One statement: the worker's row is share-locked, so a fence (which updates it)
        # waits for this claim to commit and then releases it, or this claim sees the
        # fence and inserts nothing. Rows go in in key order: two workers claiming
        # overlapping batches in their own orders each held a key the other waited for
        # (PostgreSQL's "deadlock detected" failed a run); in one order, a claim waiting
        # for a key holds none after it.
        result = self.db.execute(
            "WITH live AS (SELECT status FROM newscrawl_workers"
            "  WHERE run_id = %(run)s AND worker = %(worker)s FOR SHARE),"
            " won AS (INSERT INTO newscrawl_pending"
            f"  (run_id, kind, key, worker, {_STATE_COLUMNS})"
            f"  SELECT %(run)s, r.kind, r.key, %(worker)s, {_ROW_COLUMNS} FROM {_UNNEST}"
            "  WHERE (SELECT status FROM live) = %(live)s ORDER BY r.kind, r.key"
            "  ON CONFLICT (run_id, kind, key) DO NOTHING RETURNING kind, key)"
            " SELECT (SELECT status FROM live), (SELECT array_agg(kind || ' ' || key) FROM won)",
            {"run": run_id, "worker": worker, "live": LIVE, **_arrays(batch)},
        ).fetchone()
        status, won = result or (None, None)
        if status != LIVE:
            raise WorkerFenced(run_id, worker, status or "unknown")
        left = set(won or ())
        out = []
        for kind, key, _ in batch:
            name = f"{kind} {key}"
            out.append(name in left)
            left.discard(name)
        return out

    @_guarded
    def fence_worker(self, run_id: str, worker: str) -> bool:
        with self.db.transaction():
            row = self.db.execute(
                "UPDATE newscrawl_workers SET status = %s, changed = now()"
                " WHERE run_id = %s AND worker = %s AND status IN (%s, %s)"
                " RETURNING status",
                (FENCED, run_id, worker, LIVE, FENCED),
            ).fetchone()
            if row is None:
                return False
            self.db.execute(
                "DELETE FROM newscrawl_pending WHERE run_id = %s AND worker = %s",
                (run_id, worker),
            )
        return True

    @_guarded
    def finish_worker(self, run_id: str, worker: str, record: dict[str, Any]) -> bool:
        row = self.db.execute(
            "UPDATE newscrawl_workers SET status = %s, record = %s, changed = now()"
            " WHERE run_id = %s AND worker = %s AND status IN (%s, %s) RETURNING 1",
            (DONE, Jsonb(record), run_id, worker, LIVE, DONE),
        ).fetchone()
        return row is not None

    @_guarded
    def workers(self, run_id: str) -> dict[str, tuple[str, dict[str, Any] | None]]:
        return {
            worker: (status, record)
            for worker, status, record in self.db.execute(
                "SELECT worker, status, record FROM newscrawl_workers WHERE run_id = %s"
                " ORDER BY worker",
                (run_id,),
            )
        }
