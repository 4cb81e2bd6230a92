"""The crawl state store: the interface (:mod:`newscrawl.state.base`) and its backends.

``newscrawl.state.SqliteStore`` is the embedded one (one file, the default);
``newscrawl.state.postgres.PostgresStore`` the shared one (a PostgreSQL database, for
distributed crawls). :func:`open_store` picks one by where the state is. This module
needs the standard library only: psycopg is imported when a PostgreSQL URL is opened.
"""

from __future__ import annotations

from newscrawl.state.base import (
    ARTICLES,
    DONE,
    FENCED,
    LIVE,
    SIDEBAR,
    ClusterStore,
    StateBusy,
    StateError,
    StateStore,
    StateUnavailable,
    StateUnreadable,
    UrlState,
    WorkerFenced,
)
from newscrawl.state.sqlite import SCHEMA_VERSION, SqliteStore

#: URL schemes that name a PostgreSQL database.
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(where: str) -> bool:
    """True when *where* is a PostgreSQL URL (else it is a SQLite file's path)."""
    return where.startswith(POSTGRES_SCHEMES)


def open_store(where: str, *, busy_timeout: float = 5.0) -> StateStore:
    """Open the state at *where*: a ``postgresql://`` (``postgres://``) URL or a SQLite path.

    Raises :class:`StateError` (one line) when the crawl must not run on it.
    """
    if not is_postgres(where):
        return SqliteStore(where, busy_timeout=busy_timeout)
    try:
        from newscrawl.state.postgres import PostgresStore  # noqa: PLC0415 - psycopg on demand
    except ImportError as exc:
        raise StateUnavailable(
            where.rsplit("@", maxsplit=1)[-1], f"needs psycopg, which is not installed ({exc});"
            " pip install 'psycopg[binary]'",
        ) from exc  # fmt: skip
    return PostgresStore(where, busy_timeout=busy_timeout)


__all__ = [
    "ARTICLES",
    "DONE",
    "FENCED",
    "LIVE",
    "POSTGRES_SCHEMES",
    "SCHEMA_VERSION",
    "SIDEBAR",
    "ClusterStore",
    "SqliteStore",
    "StateBusy",
    "StateError",
    "StateStore",
    "StateUnavailable",
    "StateUnreadable",
    "UrlState",
    "WorkerFenced",
    "is_postgres",
    "open_store",
]
