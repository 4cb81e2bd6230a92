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
from typing import Any, ClassVar, Protocol

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


class StateUnavailable(StateError):
    """The store's server cannot be reached or refused us (at open), or was lost mid-run.

    At open nothing has been crawled. Mid-run (*lost*) the run must not commit: what it
    staged stays pending and the next run discards it, so its records are exported again.
    """

    reason = "state_unavailable"

    def __init__(self, where: str | Path, problem: str, *, lost: bool = False) -> None:
        tail = (
            "the run is not committed: nothing of it is published, the next run exports"
            " its records"
            if lost
            else "nothing was crawled; run again once it can be reached"
        )
        super().__init__(f"newscrawl: state store {where} {problem}; {tail}",
                         where=where, problem=problem)  # fmt: skip


class WorkerFenced(StateError):
    """A cluster worker was taken for dead by its coordinator: its claims were released
    and its files are ignored; it must stop at once (other workers redo its share)."""

    reason = "worker_fenced"

    def __init__(self, run_id: str, worker: str, status: str) -> None:
        state = "was fenced (taken for dead)" if status == "fenced" else f"is {status}"
        super().__init__(
            f"newscrawl: worker {worker} of run {run_id} {state}; it stops, its files are"
            " ignored and other workers crawl its share",
            where=run_id, problem=status,
        )  # fmt: skip
        self.worker, self.status = worker, status


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

    def counts(self) -> dict[str, int]:
        """Rows per table (``articles``, ``teasers``, ``pending``, …): reports and tests."""

    def close(self) -> None:
        """Release the store."""


#: A cluster worker's status in :meth:`ClusterStore.workers`.
LIVE, FENCED, DONE = "live", "fenced", "done"


class ClusterStore(StateStore, Protocol):
    """A store shared by the workers of a distributed crawl (PostgreSQL, not SQLite).

    Every worker of a run registers, then *claims* each record's key before exporting it:
    the claim is the run's pending row, owned by the worker, so a key is exported by one
    worker only. A worker taken for dead is *fenced*: in one transaction its status
    becomes fenced and every row it claimed is released, and it can claim nothing more
    (:class:`WorkerFenced`). A worker whose files are complete *finishes* with their
    record. So a worker's rows are either all kept (done) or all released (fenced),
    whatever it does before or after the coordinator decides.
    """

    def lock_site(self, site: str, wait: float) -> None:
        """Hold *site*'s run lock until :meth:`close` (across machines); waits up to *wait*
        seconds, then raises :class:`StateBusy`."""

    def register_worker(self, run_id: str, worker: str) -> None:
        """Enter *worker* in *run_id* as live (again: no change); a fenced or done worker
        raises :class:`WorkerFenced`."""

    def claim(self, run_id: str, worker: str, kind: str, key: str,
              state: UrlState | None) -> bool:  # fmt: skip
        """Make *key* pending in *run_id*, owned by *worker* (committed at once); False
        when it is pending in this run already. Raises :class:`WorkerFenced` unless the
        worker is live."""

    def claim_many(self, run_id: str, worker: str,
                   rows: Iterable[tuple[str, str, UrlState | None]]) -> list[bool]:  # fmt: skip
        """:meth:`claim` for a batch of ``(kind, key, state)``, one statement; a result per
        row, in order (a key twice in the batch: the second is False)."""

    def fence_worker(self, run_id: str, worker: str) -> bool:
        """live -> fenced and its claims released, one transaction; True when it is fenced
        now, False when it was done (its files stand) or unknown."""

    def finish_worker(self, run_id: str, worker: str, record: dict[str, Any]) -> bool:
        """live -> done with *record* (files, counts, stats); False when fenced or
        unknown (its files must then be ignored)."""

    def workers(self, run_id: str) -> dict[str, tuple[str, dict[str, Any] | None]]:
        """Every worker of *run_id*: (status, record)."""
