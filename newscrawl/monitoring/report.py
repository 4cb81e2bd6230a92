"""The run report: one line per crawl in the run log (see :mod:`newscrawl.monitoring.runlog`).

:class:`RunReport` watches the exported records (field coverage, freshness), puts its
figures into the crawl's stats before the monitors run (they judge stats, and compare
with the site's earlier runs), and appends the run's line once everything has closed.

Settings: ``NEWSCRAWL_RUNLOG`` (default ``<NEWSCRAWL_OUTPUT_DIR>/runs.jsonl``),
``NEWSCRAWL_MIN_BODY_WORDS`` (50: a shorter body does not count as covered; nor does a
body flagged uncertain, see :data:`newscrawl.extraction.page.UNCERTAIN_BODY`).
"""

from __future__ import annotations

import logging
import statistics
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from newscrawl.commit import RunCommit
from newscrawl.durable import kill_point
from newscrawl.extraction.page import body_uncertain
from newscrawl.feeds import export_paths
from newscrawl.items import Article, SidebarItem
from newscrawl.monitoring.runlog import RunRecord, append_run, read_runs
from newscrawl.sites import spider_site

logger = logging.getLogger(__name__)

#: Article fields whose coverage is reported (share of exported articles that have one).
COVERAGE_FIELDS = ("headline", "authors", "datePublished", "dateModified", "articleBody",
                   "dateline", "mainImage")  # fmt: skip
#: Stats that count an article page the crawl handled (fetched, or known and skipped).
SEEN_STATS = ("newscrawl/pages/article", "newscrawl/articles/not_modified",
              "newscrawl/skipped/lastmod", "newscrawl/skipped/old")  # fmt: skip


#: Run-log failed checks for a run whose commit went wrong (see newscrawl.commit).
COMMIT_PROBLEMS = {
    "failed": "the run could not be committed: nothing of it was published",
    "unfinished": "the run committed but was not finished: the next run finishes it",
}


def articles_seen(stats: dict[str, Any]) -> int:
    """Article pages a run handled: parsed, not modified, or known and skipped."""
    return sum(int(stats.get(key, 0)) for key in SEEN_STATS)


def _iso_z(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _by_prefix(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix) :]: int(v) for k, v in stats.items() if k.startswith(prefix)}


def _status(finish_reason: str | None, failed_checks: list[Any]) -> str:
    """ "failed" when a check failed; "interrupted" for a run stopped before its end
    (Ctrl-C, a JOBDIR pause); else "ok"."""
    if failed_checks:
        return "failed"
    return "ok" if finish_reason == "finished" else "interrupted"


class RunReport:
    """Collect a crawl's figures and append its run-log line."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        output = settings.get("NEWSCRAWL_OUTPUT_DIR", "output")
        self.output_dir = output
        self.path = settings.get("NEWSCRAWL_RUNLOG") or f"{output}/runs.jsonl"
        self.min_words = settings.getint("NEWSCRAWL_MIN_BODY_WORDS", 50)
        self.covered: Counter[str] = Counter()
        self.articles = 0
        self.teasers = 0
        self.ages: list[float] = []
        self.started = datetime.now(UTC)
        self.site = ""
        crawler.signals.connect(self.spider_opened, signals.spider_opened)
        crawler.signals.connect(self.item_scraped, signals.item_scraped)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReport:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        self.site = spider_site(spider)
        self.started = getattr(spider, "run_started", None) or datetime.now(UTC)

    def item_scraped(self, item: Any, spider: Spider) -> None:
        stats = self.crawler.stats
        assert stats is not None
        if isinstance(item, SidebarItem):
            self.teasers += 1
            stats.inc_value("newscrawl/exported/sidebar_items")  # live, for the metrics
            return
        if not isinstance(item, Article):
            return
        self.articles += 1
        stats.inc_value("newscrawl/exported/articles")
        for field in COVERAGE_FIELDS:
            value = getattr(item, field)
            if field == "articleBody":
                # An uncertain body is the page's best text, not a story found: a layout
                # the block model no longer reads must show as lost coverage.
                value = value and len(value.split()) >= self.min_words and not body_uncertain(item)
            if value:
                self.covered[field] += 1
        if item.datePublished:
            try:
                published = datetime.fromisoformat(item.datePublished)
                fetched = datetime.fromisoformat(item.metadata["dateDownloaded"])
            except ValueError:
                return
            if published.tzinfo is None:  # a date alone: its start, in UTC
                published = published.replace(tzinfo=UTC)
            self.ages.append((fetched - published).total_seconds())

    def coverage(self) -> dict[str, float]:
        """Share of exported articles with each field; empty when none was exported (a
        quiet incremental run says nothing about coverage)."""
        if not self.articles:
            return {}
        return {f: round(self.covered[f] / self.articles, 4) for f in COVERAGE_FIELDS}

    def history(self) -> list[RunRecord]:
        return list(read_runs(self.path, self.site))

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Before the monitors: put coverage, freshness and history into the stats."""
        stats = self.crawler.stats
        assert stats is not None
        for field, share in self.coverage().items():
            stats.set_value(f"newscrawl/coverage/{field}", share)
        if self.ages:
            stats.set_value("newscrawl/freshness/median_seconds", statistics.median(self.ages))
        previous = [int(r.get("articles", {}).get("seen", 0)) for r in self.history()]
        previous = [n for n in previous if n]
        if previous:
            stats.set_value("newscrawl/history/median_articles_seen", statistics.median(previous))
            stats.set_value("newscrawl/history/runs", len(previous))

    def record(self) -> RunRecord:
        """The run's line, from the stats and what was exported."""
        stats = dict(self.crawler.stats.get_stats()) if self.crawler.stats else {}
        ended = stats.get("finish_time") or datetime.now(UTC)
        failed = stats.get("newscrawl/monitors/failed_checks", [])
        finish = stats.get("finish_reason")
        by_code = _by_prefix(stats, "downloader/response_status_count/")
        classes: Counter[str] = Counter()
        for code, count in by_code.items():
            classes[f"{code[:1]}xx"] += count
        commit: RunCommit | None = getattr(self.crawler, "_newscrawl_commit", None)
        run = commit.run if commit else ""
        outcome = commit.outcome if commit else ""
        if outcome in COMMIT_PROBLEMS:
            failed = [*failed, {"name": "commit", "message": COMMIT_PROBLEMS[outcome]}]
        files = export_paths(self.output_dir, self.site, run) if run else {}
        ages = sorted(self.ages)
        freshness: dict[str, Any] = {"count": len(ages)}
        if ages:
            freshness["medianSeconds"] = statistics.median(ages)
            freshness["p90Seconds"] = ages[min(len(ages) - 1, int(0.9 * len(ages)))]
        articles = {key: int(stats.get(f"newscrawl/articles/{key.lower()}", 0))
                    for key in ("new", "updated", "unchanged", "duplicate")}  # fmt: skip
        articles["notModified"] = int(stats.get("newscrawl/articles/not_modified", 0))
        return {
            "runId": f"{self.site}:{run}" if run else self.site,
            "site": self.site,
            "spider": self.crawler.spider.name if self.crawler.spider else self.site,
            "start": _iso_z(self.started),
            "end": _iso_z(ended),
            "durationSeconds": round((ended - self.started).total_seconds(), 3),
            "status": _status(finish, failed),
            "finishReason": finish,
            # Published with its state (newscrawl.commit); earlier unfinished runs settled.
            "committed": outcome in ("committed", "unfinished"),
            "settled": list(commit.settled_runs) if commit else [],
            "failedChecks": failed,
            "pages": {
                "fetched": int(stats.get("response_received_count", 0)),
                "byStatusClass": dict(sorted(classes.items())),
            },
            "articles": {"exported": self.articles, "seen": articles_seen(stats), **articles},
            "sidebarItems": self.teasers,
            "blocked": _by_prefix(stats, "newscrawl/blocked/"),
            "retries": int(stats.get("retry/count", 0)),
            "errors": _by_prefix(stats, "newscrawl/errors/"),
            "dropped": {
                **_by_prefix(stats, "item_dropped_reasons_count/"),
                **_by_prefix(stats, "newscrawl/validation/dropped/"),
            },
            "dates": {
                "parsed": int(stats.get("newscrawl/dates/parsed", 0)),
                "rejected": int(stats.get("newscrawl/dates/rejected", 0)),
            },
            "coverage": self.coverage(),
            "freshness": freshness,
            "exports": {
                kind: {
                    "path": path,
                    "records": self.articles if kind == "articles" else self.teasers,
                }
                for kind, path in files.items()
            },
        }

    def engine_stopped(self) -> None:
        """Everything has closed (feeds renamed, monitors run): append the line."""
        if self.crawler.settings.get("NEWSCRAWL_CLUSTER_WORKER"):
            return  # one line per distributed run: the coordinator's
        try:
            record = self.record()
            append_run(self.path, record)
            kill_point("runlog")
        except Exception:  # the report must never turn a finished crawl into a crash
            logger.exception("Could not write the run report to %s", self.path)
            return
        log = logger.info if record["status"] == "ok" else logger.error
        log("Run %s %s: %s", record["runId"], record["status"].upper(),
            "; ".join(f"{c['name']}: {c['message']}" for c in record["failedChecks"])
            or "all checks passed")  # fmt: skip
