"""A worker's part in the run's state and commit (see :mod:`newscrawl.cluster.worker`).

:class:`WorkerState` claims every record's key in the shared store as the record passes
the pipelines: the first worker to claim a story (or a teaser) exports it, any other drops
it (``newscrawl/articles/duplicate``, ``newscrawl/sidebar/claimed_elsewhere``). A claim
is a pending row owned by the worker, written at once: when the worker dies, the
coordinator fences it and every row it owned is released together with its files.

:class:`WorkerCommit` stages the worker's files in ``.staging/<run>/<worker>/`` and, once
its feeds are closed and complete, hands them in (``finish_worker``: file names, counts,
SHA-256, and the worker's stats and report figures). It never settles, publishes or
promotes: that is the coordinator's commit of the whole run.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.commit import RunCommit, StagedFile, _count_mismatch, staging_dir
from newscrawl.durable import drop_folder, kill_point
from newscrawl.incremental import StateManager, article_row
from newscrawl.items import Article
from newscrawl.pipelines import SidebarDedupePipeline
from newscrawl.sites import spider_site
from newscrawl.state import (
    ARTICLES,
    SIDEBAR,
    ClusterStore,
    StateUnreadable,
    UrlState,
)

logger = logging.getLogger(__name__)


class WorkerState(StateManager):
    """The state manager of a worker: claims instead of a run of its own."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.worker = str(crawler.settings["NEWSCRAWL_CLUSTER_WORKER"])
        self.run = str(crawler.settings["NEWSCRAWL_CLUSTER_RUN"])
        self.cluster: ClusterStore | None = None
        self.where = str(crawler.settings.get("NEWSCRAWL_STATE") or self.path_setting)

    def open(self, spider: Spider) -> None:
        """Open the shared store and register this worker in the run (no run lock: the
        coordinator holds the site's)."""
        from newscrawl.state import open_store  # noqa: PLC0415 - pg's, may not exist yet

        self.site = spider_site(spider)
        opened = open_store(self.where, busy_timeout=self.busy_timeout)
        store = cast(ClusterStore, opened)
        if not hasattr(opened, "claim"):
            store.close()
            raise StateUnreadable(
                self.where,
                "cannot be shared by the workers of a cluster run (give a postgresql:// URL)",
            )
        try:
            store.register_worker(self.run_id(), self.worker)
        except Exception:
            store.close()
            raise
        self.store = self.cluster = store

    def spider_opened(self, spider: Spider) -> None:
        self._open_run(spider)
        self.commit.settle(self)  # a worker settles nothing: marks the commit as ready

    def item_scraped(self, item: Any, spider: Spider) -> None:
        if isinstance(item, Article):
            self.validators.pop(item.url, None)  # already in its claim

    def stage(self) -> None:
        """Nothing to write: every claim was written as it was made."""

    def claim_article(self, key: str, item: Article) -> bool:
        found = self.validators.get(item.url, {})
        lastmod = found.get("lastmod") or self.listed.get(key)
        return self._claim(ARTICLES, key, article_row(key, item, found, lastmod))

    def claim_teaser(self, key: str) -> bool:
        if self._claim(SIDEBAR, key, None):
            return True
        # Another worker owns it; should that worker die, the page is crawled again and
        # the teaser must be claimable here then: forget it in the local dedupe sets.
        spider = self.crawler.spider
        getattr(spider, "teasers_seen", set()).discard(key)
        scraper = getattr(self.crawler.engine, "scraper", None)
        for component in getattr(getattr(scraper, "itemproc", None), "middlewares", ()):
            if isinstance(component, SidebarDedupePipeline):
                component.seen.discard(key)
        return False

    def _claim(self, kind: str, key: str, row: UrlState | None) -> bool:
        assert self.cluster is not None
        try:
            return self.cluster.claim(self.run_id(), self.worker, kind, key, row)
        except Exception as exc:  # fenced, or the state lost: this worker stops at once
            control = getattr(self.crawler, "_newscrawl_worker", None)
            fenced = type(exc).__name__ == "WorkerFenced"
            if control is not None:
                control.fail(
                    "fenced" if fenced else "state_lost",
                    str(exc) if fenced else f"the state store failed ({exc})",
                )
            raise DropItem(f"not claimed: {exc}") from exc

    def finish(self, record: dict[str, Any]) -> bool:
        """Hand this worker's files in; False when it was fenced (they are void)."""
        assert self.cluster is not None
        return self.cluster.finish_worker(self.run_id(), self.worker, record)

    def promote(self, run_id: str) -> None:
        raise AssertionError("a worker never promotes")

    def discard(self, run_id: str) -> None:
        raise AssertionError("a worker never discards")

    def pending_runs(self) -> set[str]:
        return set()


class WorkerCommit(RunCommit):
    """A worker's files: staged in its own folder, handed in, never published here."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.worker = str(crawler.settings["NEWSCRAWL_CLUSTER_WORKER"])

    @property
    def folder(self) -> Path:
        return staging_dir(self.site_dir, self.run) / self.worker

    def settle(self, participant: Any = None) -> bool:
        if participant is not None:
            self.participant = participant
        self._settled = True
        return True

    def stage(
        self,
        uri: str,
        final: Path,
        spider: Spider,
        *,
        store_empty: bool = True,
        line_per_record: bool = True,
    ) -> Path:
        self.begin(spider)
        self.folder.mkdir(parents=True, exist_ok=True)
        staged = self.folder / final.name
        self.files.append(
            StagedFile(
                uri, final, staged, store_empty=store_empty, line_per_record=line_per_record
            )
        )
        return staged

    def _record(self) -> dict[str, Any]:
        record = super()._record()
        for entry in record["files"]:
            entry["staged"] = f"{self.worker}/{entry['staged']}"
        return record

    def _commit(self) -> None:
        stats = self.crawler.stats
        assert stats is not None
        control = getattr(self.crawler, "_newscrawl_worker", None)
        problem = self.blocked or (control.problem if control is not None else "no control")
        problem = problem or self._incomplete()
        if problem is None or problem == "":
            try:
                record = self._record()
                problem = _count_mismatch(record)
                if not problem:
                    record["worker"] = self.worker
                    record["stats"] = _plain(stats.get_stats())
                    record["report"] = report_figures(self.crawler)
                    if not isinstance(
                        self.participant, WorkerState
                    ) or not self.participant.finish(record):
                        problem = "it was fenced by the coordinator (declared dead)"
            except Exception as exc:  # the state store gone: never a silent ok
                problem = f"its files could not be handed in: {exc!r}"
        if problem:
            self.outcome = "failed"
            stats.inc_value("newscrawl/commit/failed")
            logger.error(
                "Worker %s of run %s did NOT hand in its files: %s",
                self.worker,
                self.run_id,
                problem,
            )
            drop_folder(self.folder)
            return
        kill_point("handed_in")
        self.outcome = "handed_in"
        stats.inc_value("newscrawl/cluster/handed_in")
        logger.info(
            "Worker %s handed in %s",
            self.worker,
            ", ".join(f"{f['final']} ({f['records']} records)" for f in record["files"]),
        )


def _plain(stats: dict[str, Any]) -> dict[str, Any]:
    """Stats as JSON: numbers, strings, lists and dicts kept, times as ISO strings."""
    out: dict[str, Any] = {}
    for key, value in stats.items():
        if isinstance(value, datetime):
            out[key] = value.isoformat()
        elif isinstance(value, (int, float, str, list, dict)) or value is None:
            out[key] = value
    return out


def report_figures(crawler: Crawler) -> dict[str, Any]:
    """What the worker's run report counted from its records, for the run's report."""
    from newscrawl.monitoring.report import RunReport  # noqa: PLC0415 - imports incremental

    for extension in getattr(crawler.extensions, "middlewares", ()):
        if isinstance(extension, RunReport):
            return {
                "articles": extension.articles,
                "teasers": extension.teasers,
                "covered": dict(extension.covered),
                "ages": extension.ages,
            }
    return {}
