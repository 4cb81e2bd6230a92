"""The crawl state store: the interface (:mod:`newscrawl.state.base`) and its backends.

``newscrawl.state.SqliteStore`` (the default of ``NEWSCRAWL_STATE_BACKEND``) is the
embedded one.
"""

from __future__ import annotations

from newscrawl.state.base import (
    ARTICLES,
    SIDEBAR,
    StateBusy,
    StateError,
    StateStore,
    StateUnreadable,
    UrlState,
)
from newscrawl.state.sqlite import SCHEMA_VERSION, SqliteStore

__all__ = [
    "ARTICLES",
    "SCHEMA_VERSION",
    "SIDEBAR",
    "SqliteStore",
    "StateBusy",
    "StateError",
    "StateStore",
    "StateUnreadable",
    "UrlState",
]
