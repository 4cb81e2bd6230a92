"""Crawl state across runs: what was exported, in which version, with which validators.

:class:`StateStore` is the small interface pipelines and spiders use;
:class:`newscrawl.state.sqlite.SqliteStore` is the embedded default (one file, no server),
a PostgreSQL backend is shared by the workers of a distributed crawl.

Kill safety rests on a two-phase commit per run, over every kind of row at once. During a
run, the state of what the run exports is staged in memory and written durably as
*pending* under the run's id (in batches, and a last time before the run's commit point).
When the run's commit record is in place (see :mod:`newscrawl.commit`), the run is
*promoted*: all its pending rows, articles and teasers, become the committed state in one
transaction. A run that never reached its commit point is *discarded*: all its pending
rows are dropped, so its records are exported again. Promotion and discarding are by run,
never by kind (a run half promoted is how teasers used to get lost), and idempotent, so a
settlement killed half-way can be redone.

Opening a store checks it before anything is crawled: a store that cannot be trusted
(damaged, truncated, of another kind or schema version, unreadable) raises
:class:`StateUnreadable`, one held by another process :class:`StateBusy`; the crawl then
refuses to run and leaves the store untouched. Crawling on without the state would export
everything again as new. A missing store is a new, empty one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Protocol

ARTICLES = "articles"
SIDEBAR = "sidebar"


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
