"""Incremental, kill-safe runs: what to fetch, what to export, when state is committed.

One :class:`StateManager` per crawl (``StateManager.for_crawler``) holds the run's id, the
state store, the rows the run has exported so far and the validators responses came with.

Commit protocol (see :mod:`newscrawl.commit`): the manager is the state's participant in
the run's commit. Exported records are staged as they are scraped and written durably as
*pending* in batches and a last time (``prepare``) before the run's commit point; once the
commit record is in place and the files are published, the run's pending rows are
promoted, every kind at once. At start-up, after the store is opened, earlier runs left
unfinished are settled as a whole: promoted when they passed their commit point, discarded
(pending rows and staged files) when they did not.

Settings: ``NEWSCRAWL_STATE_ENABLED`` (True), ``NEWSCRAWL_STATE`` (where the state is:
a SQLite file's path, or a ``postgresql://`` URL for the shared PostgreSQL store; default
``<NEWSCRAWL_OUTPUT_DIR>/<site>/state.sqlite``; ``NEWSCRAWL_STATE_PATH`` is its older
name), ``NEWSCRAWL_STATE_BACKEND`` (a store class; only a class other than the default
``newscrawl.state.SqliteStore`` overrides the choice by path or URL),
``NEWSCRAWL_RECHECK_DAYS`` (3: known articles published within this many days of the
run are fetched again, conditionally),
``NEWSCRAWL_LOCK_WAIT`` (0: seconds a crawl waits for another crawl of the same site and
output to end before it gives up), ``NEWSCRAWL_STATE_BUSY_TIMEOUT`` (5: seconds the store
waits for a write lock another process holds).

Start-up (:meth:`StateManager.open`, from :class:`StateExtension` as the crawler is built,
before the engine exists): the site's output and state are locked
(:mod:`newscrawl.runlock`), the store is opened and checked. When either is refused
(:class:`newscrawl.state.StateError`) the crawl does not start: one error line, a
``failed`` line in the run log, no request, no export file, and ``scrapy crawl`` exits 1.
A shared (PostgreSQL) store also takes the site's run lock in the database
(``lock_site``), so two runs of a site never overlap across machines (cluster workers
don't: their coordinator holds it).

A store lost mid-run (PostgreSQL killed or restarted: :class:`StateUnavailable` from any
call) stops the crawl: one error line, finish reason ``state_unavailable``, the run is not
committed (nothing published, ``scrapy crawl`` exits 2, run log ``failed``), and the next
run discards what it had staged, so its records are exported then.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DropItem, NotConfigured
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.misc import load_object

from newscrawl.commit import RunCommit
from newscrawl.durable import kill_point
from newscrawl.items import Article, SidebarItem
from newscrawl.monitoring.runlog import append_run
from newscrawl.pipelines import SidebarDedupePipeline
from newscrawl.runlock import RunLock
from newscrawl.sites import article_key, spider_site
from newscrawl.state import (
    StateError,
    StateStore,
    StateUnavailable,
    UrlState,
    is_postgres,
    open_store,
)

logger = logging.getLogger(__name__)

#: Exported rows kept in memory before they are written as pending.
STAGE_BATCH = 500
#: ``NEWSCRAWL_STATE_BACKEND``'s default: the store is then chosen by path or URL.
DEFAULT_BACKEND = "newscrawl.state.SqliteStore"


def article_row(
    key: str, item: Article, found: Mapping[str, str | None], lastmod: str | None
) -> UrlState:
    """The state row of the article *item* exported under *key*: its content hash,
    version, publication and download days from its record, the validators its response
    carried (*found*: ``etag``, ``last_modified``) and the *lastmod* its listing gave."""
    meta = item.metadata
    return UrlState(
        url=key,
        content_hash=meta["contentHash"],
        version=meta["version"],
        date_published=item.datePublished,
        etag=found.get("etag"),
        last_modified=found.get("last_modified"),
        lastmod=lastmod,
        seen=meta["dateDownloaded"],
    )


class StateManager:
    """The crawl's view of the state store (one per crawler)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_STATE_ENABLED", True):
            raise NotConfigured("NEWSCRAWL_STATE_ENABLED is off")
        self.crawler = crawler
        self.recheck = timedelta(days=settings.getfloat("NEWSCRAWL_RECHECK_DAYS", 3))
        self.output_dir = settings.get("NEWSCRAWL_OUTPUT_DIR", "output")
        backend = settings.get("NEWSCRAWL_STATE_BACKEND") or DEFAULT_BACKEND
        self.backend: Any = None if backend == DEFAULT_BACKEND else load_object(backend)
        self.path_setting = (settings.get("NEWSCRAWL_STATE")
                             or settings.get("NEWSCRAWL_STATE_PATH") or "")  # fmt: skip
        self.worker = settings.get("NEWSCRAWL_CLUSTER_WORKER") or ""
        #: Set when the store failed mid-run: the run then stops and does not commit.
        self.failure: StateError | None = None
        self.lock_wait = settings.getfloat("NEWSCRAWL_LOCK_WAIT", 0)
        self.busy_timeout = settings.getfloat("NEWSCRAWL_STATE_BUSY_TIMEOUT", 5)
        self.lock: RunLock | None = None
        self.store: StateStore | None = None
        self.site = ""
        self.run = ""
        self.staged: dict[str, UrlState] = {}
        self.staged_teasers: list[str] = []
        self.validators: dict[str, dict[str, str | None]] = {}
        self.listed: dict[str, str] = {}  # story key -> lastmod a sitemap or feed gave
        self.commit = RunCommit.for_crawler(crawler)
        self.commit.participant = self
        crawler.signals.connect(self.spider_opened, signals.spider_opened)
        crawler.signals.connect(self.item_scraped, signals.item_scraped)
        crawler.signals.connect(self.engine_stopped, signals.engine_stopped)

    @classmethod
    def for_crawler(cls, crawler: Crawler) -> StateManager:
        """The crawler's manager, made on first use (raises NotConfigured when off)."""
        manager: StateManager | None = getattr(crawler, "_newscrawl_state", None)
        if manager is None:
            if crawler.settings.get("NEWSCRAWL_CLUSTER_WORKER"):
                # A worker of a distributed run claims its records in the shared state.
                from newscrawl.cluster.state import WorkerState  # noqa: PLC0415 - cycle

                manager = WorkerState(crawler)
            else:
                manager = cls(crawler)
            setattr(crawler, "_newscrawl_state", manager)  # noqa: B010 - not a Crawler field
        return manager

    @property
    def stats(self) -> Any:
        # Crawler.stats exists only once the crawl starts, after spiders are built.
        return self.crawler.stats

    # -- run life cycle -------------------------------------------------------------------
    def open(self, spider: Spider) -> None:
        """Lock the site's output and state, then open and check the store.

        Raises :class:`StateError` (holding nothing) when the crawl must not run.
        """
        self.site = spider_site(spider)
        path = self.path_setting or f"{self.output_dir}/{self.site}/state.sqlite"
        folders = [Path(self.output_dir) / self.site]
        if self.backend is None:
            if not is_postgres(path):
                folders.append(Path(path).parent)
        elif getattr(self.backend, "is_file", False):
            folders.append(Path(path).parent)
        self.lock = RunLock(folders, site=self.site)
        self.lock.acquire(self.lock_wait)
        store: StateStore | None = None
        try:
            if self.backend is None:
                store = open_store(path, busy_timeout=self.busy_timeout)
            else:
                store = self.backend(path, busy_timeout=self.busy_timeout)
            lock_site = getattr(store, "lock_site", None)
            if lock_site is not None and not self.worker:
                # A shared store: one run of the site at a time, on any machine.
                lock_site(self.site, self.lock_wait)
            self.store = store
        except BaseException:
            if store is not None:
                store.close()
            self.lock.release()
            raise

    def refuse(self, error: StateError) -> None:
        """Say why the crawl will not run: one error line, one ``failed`` run-log line."""
        logger.error("%s", error)
        from newscrawl.monitoring.report import RunReport  # noqa: PLC0415 - report imports this module

        report = RunReport(self.crawler)
        report.site = self.site or report.site
        spider = self.crawler.spider
        report.started = getattr(spider, "run_started", None) or report.started
        stats = self.stats
        stats.set_value("finish_reason", error.reason)
        stats.set_value("newscrawl/monitors/failed", 1)
        stats.set_value("newscrawl/monitors/failed_checks",
                        [{"name": "state", "message": str(error)}])  # fmt: skip
        record = report.record()
        record["exports"] = {}  # the run wrote none
        try:
            append_run(report.path, record)
        except OSError as exc:
            logger.error("newscrawl: could not write the run log %s (%s)", report.path, exc)

    def _open_run(self, spider: Spider) -> None:
        """Open the store, unless it was opened as the crawler was built, and begin the
        run's commit; a store that cannot be opened refuses the run (:meth:`refuse`) and
        closes the spider."""
        if self.store is None:  # not opened as the crawler was built (extension off)
            try:
                self.open(spider)
            except StateError as error:
                self.refuse(error)
                raise CloseSpider(error.reason) from error
        self.commit.begin(spider)

    def spider_opened(self, spider: Spider) -> None:
        self._open_run(spider)
        self.run = self.commit.run
        # Before anything is fetched: earlier runs left unfinished, as a whole.
        if not self.commit.settle(self):
            raise CloseSpider("settlement_failed")

    def run_id(self) -> str:
        return f"{self.site}:{self.run}"

    # -- the state's part in the run's commit (newscrawl.commit.CommitParticipant) ---------
    def prepare(self) -> None:
        self.stage()
        if self.failure is not None:
            raise self.failure

    def promote(self, run_id: str) -> None:
        if self.store is not None:
            self.store.promote(run_id)

    def discard(self, run_id: str) -> None:
        # A store lost mid-run keeps the run's pending rows: the next run discards them.
        if self.store is not None and self.failure is None:
            self.store.discard(run_id)

    def pending_runs(self) -> set[str]:
        return self.store.pending_runs() if self.store is not None else set()

    def claim_article(self, key: str, item: Article) -> bool:
        """True when this run exports *item* (key *key*) here; a worker of a distributed
        run claims it in the shared state (:mod:`newscrawl.cluster.state`)."""
        return True

    def claim_teaser(self, key: str) -> bool:
        """True when this run exports the teaser *key* here (see :meth:`claim_article`)."""
        return True

    def item_scraped(self, item: Any, spider: Spider) -> None:
        """An item passed every pipeline: it is in this run's export."""
        if isinstance(item, Article):
            key = article_key(item.site, item.canonicalUrl or item.url)
            found = self.validators.pop(item.url, {})
            self.staged[key] = article_row(key, item, found, found.get("lastmod"))
        elif isinstance(item, SidebarItem):
            self.staged_teasers.append(SidebarDedupePipeline.key(item))
        if len(self.staged) + len(self.staged_teasers) >= STAGE_BATCH:
            self.stage()

    def stage(self) -> None:
        """Write what this run has exported so far as pending, and forget it here.

        Called in batches during the run (memory stays flat however long the run) and a
        last time by the pipelines' ``close_spider``, before the feeds are renamed.
        """
        if self.store is None or self.failure is not None:
            self.staged, self.staged_teasers = {}, []
            return
        # An article fetched through a listing may also be in a sitemap: keep its lastmod.
        rows = [
            replace(row, lastmod=row.lastmod or self.listed.get(row.url))
            for row in self.staged.values()
        ]
        try:
            self.store.stage_pending(self.run_id(), rows, self.staged_teasers)
        except StateUnavailable as error:
            self.lost(error)
        self.staged, self.staged_teasers = {}, []

    def lost(self, error: StateError) -> None:
        """The store failed mid-run: say so once, stop the crawl, never commit the run."""
        if self.failure is not None:
            return
        self.failure = error
        logger.error("%s", error)
        self.stats.set_value("newscrawl/state/lost", 1)
        self.commit.blocked = f"state store {error.where} {error.problem}"
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            # Scrapy's own way to end a crawl from anywhere: its finish reason is ours.
            deferred_from_coro(engine.close_spider_async(reason=error.reason))

    def engine_stopped(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- what to fetch --------------------------------------------------------------------
    def known(self, url: str) -> UrlState | None:
        """Committed state of the article at *url*, if any (None once the store is lost:
        callers check :attr:`failure`)."""
        if self.store is None or self.failure is not None:
            return None
        try:
            return self.store.article(article_key(self.site, url))
        except StateUnavailable as error:
            self.lost(error)
            return None

    def teaser_exported(self, key: str) -> bool:
        """True when a committed run exported the teaser (False once the store is lost)."""
        if self.store is None or self.failure is not None:
            return False
        try:
            return self.store.teaser_exported(key)
        except StateUnavailable as error:
            self.lost(error)
            return False

    def plan(self, url: str, lastmod: str | None = None) -> dict[str, str] | None:
        """None when *url* need not be fetched; else the conditional request headers."""
        if lastmod:
            self.listed[article_key(self.site, url)] = lastmod
        state = self.known(url)
        if self.failure is not None:
            return None  # the run stops: fetch nothing more
        if state is None:
            return {}
        # The site's clock against the site's clock: never against our fetch time.
        listed, known = _moment(lastmod), _moment(state.lastmod)
        if listed is not None and known is not None and listed <= known:
            self.stats.inc_value("newscrawl/skipped/lastmod")
            return None
        if not lastmod and not self._recent(state):
            self.stats.inc_value("newscrawl/skipped/old")
            return None
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        return headers

    def _recent(self, state: UrlState) -> bool:
        if not state.date_published:
            return True
        try:
            published = datetime.fromisoformat(state.date_published)
        except ValueError:
            return True
        if published.tzinfo is None:
            published = published.replace(tzinfo=UTC)
        return datetime.now(UTC) - published <= self.recheck

    def note(self, url: str, *, etag: str | None, last_modified: str | None,
             lastmod: str | None) -> None:  # fmt: skip
        """Validators a response (and its sitemap entry) came with, kept with the state."""
        self.validators[url] = {"etag": etag, "last_modified": last_modified, "lastmod": lastmod}


def _moment(value: str | None) -> datetime | None:
    """An ISO date or time as an aware datetime (a date alone: its start, UTC)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class StateExtension:
    """Creates the crawl's :class:`StateManager` at start (so it hears every signal), and
    opens the state as the crawler is built: a refused state stops the crawl before the
    engine, the feeds or any other extension has started."""

    def __init__(self, manager: StateManager) -> None:
        self.manager = manager

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StateExtension:
        manager = StateManager.for_crawler(crawler)
        if crawler.spider is not None:
            try:
                manager.open(crawler.spider)
            except StateError as error:
                manager.refuse(error)
                raise
        return cls(manager)


class IncrementalPipeline:
    """Export an article only when it is new or changed since the last committed run.

    An article whose content hash equals the committed one is dropped
    (``newscrawl/articles/unchanged``); a changed one gets ``metadata.version`` = the
    committed version + 1 (``newscrawl/articles/updated``); a new one version 1
    (``newscrawl/articles/new``). A teaser exported by an earlier run is dropped
    (``newscrawl/sidebar/exported_before``). Runs last, after validation.
    """

    def __init__(self, manager: StateManager) -> None:
        self.manager = manager
        self.inc = manager.crawler.stats.inc_value
        self.seen: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalPipeline:
        return cls(StateManager.for_crawler(crawler))

    def process_item(self, item: Any) -> Any:
        if self.manager.failure is not None:
            raise DropItem("the state store was lost: the run is not committed", "DEBUG")
        if isinstance(item, SidebarItem):
            key = SidebarDedupePipeline.key(item)
            if self.manager.teaser_exported(key):
                self.inc("newscrawl/sidebar/exported_before")
                raise DropItem("teaser exported by an earlier run", "DEBUG")
            if self.manager.failure is not None:
                raise DropItem("the state store was lost: the run is not committed", "DEBUG")
            if not self.manager.claim_teaser(key):
                self.inc("newscrawl/sidebar/claimed_elsewhere")
                raise DropItem("teaser exported by another worker of this run", "DEBUG")
            return item
        if not isinstance(item, Article):
            return item
        key = article_key(item.site, item.canonicalUrl or item.url)
        digest = item.metadata["contentHash"]
        if key in self.seen:
            # The same story at a second URL (id-only, AMP, print): one record per run.
            self.inc("newscrawl/articles/duplicate")
            raise DropItem(f"story already exported in this run: {item.url}", "DEBUG")
        state = self.manager.known(item.canonicalUrl or item.url)
        if self.manager.failure is not None:
            raise DropItem("the state store was lost: the run is not committed", "DEBUG")
        if state is not None and state.content_hash == digest:
            self.inc("newscrawl/articles/unchanged")
            raise DropItem(f"unchanged since version {state.version}: {item.url}", "DEBUG")
        item.metadata["version"] = state.version + 1 if state else 1
        if not self.manager.claim_article(key, item):
            self.inc("newscrawl/articles/duplicate")
            raise DropItem(f"story exported by another worker of this run: {item.url}", "DEBUG")
        self.inc("newscrawl/articles/updated" if state else "newscrawl/articles/new")
        self.seen[key] = digest
        return item

    def close_spider(self) -> None:
        self.manager.stage()
        kill_point("state_staged")
