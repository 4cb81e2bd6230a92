"""A distributed run's report: the workers' stats summed, then the same run-log line,
monitors and metrics textfile as a single-process crawl (one of each per run).

The coordinator is not a crawl: it holds a Scrapy ``Crawler`` that never starts (project
settings, a stats collector, the spider instance that built the start requests), so that
:class:`~newscrawl.monitoring.report.RunReport`, Spidermon's suite
(:class:`~newscrawl.monitoring.monitors.CrawlMonitors`) and
:class:`~newscrawl.monitoring.metrics.PrometheusMetrics` run on it unchanged.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from newscrawl.monitoring.report import RunReport
from newscrawl.monitoring.runlog import append_run
from newscrawl.sites import spider_site

logger = logging.getLogger(__name__)

#: Stats that are not counts: the coordinator's own values stand for the run.
NOT_SUMMED = (
    "start_time",
    "finish_time",
    "finish_reason",
    "elapsed_time_seconds",
    "memusage/",
    "log_count/",
    "newscrawl/monitors/",
    "newscrawl/coverage/",
    "newscrawl/freshness/",
    "newscrawl/history/",
)


class ClusterReport:
    """The run's figures, built from what every worker handed in."""

    def __init__(self, spidercls: type[Spider], settings: Settings, spider: Spider) -> None:
        self.crawler = Crawler(spidercls, settings)
        self.crawler.spider = spider
        self.crawler.stats = MemoryStatsCollector(self.crawler)
        self.spider = spider
        self.site = spider_site(spider)
        self.started = datetime.now(UTC)
        self.crawler.stats.set_value("start_time", self.started)
        self.run_report = RunReport(self.crawler)
        self.run_report.site, self.run_report.started = self.site, self.started
        self.workers = 0

    @property
    def stats(self) -> MemoryStatsCollector:
        assert isinstance(self.crawler.stats, MemoryStatsCollector)
        return self.crawler.stats

    def add_workers(self, records: list[dict[str, Any]]) -> None:
        """Sum the handed-in workers' counts and report figures."""
        report, stats = self.run_report, self.stats
        for record in records:
            self.workers += 1
            for key, value in (record.get("stats") or {}).items():
                if key.startswith(NOT_SUMMED):
                    continue
                if isinstance(value, bool) or not isinstance(value, int | float):
                    if isinstance(value, dict):  # e.g. unreachable hosts: merged
                        stats.set_value(key, {**(stats.get_value(key) or {}), **value})
                    continue
                stats.set_value(key, (stats.get_value(key) or 0) + value)
            figures = record.get("report") or {}
            report.articles += int(figures.get("articles", 0))
            report.teasers += int(figures.get("teasers", 0))
            report.covered += Counter(figures.get("covered") or {})
            report.ages.extend(float(a) for a in figures.get("ages") or ())

    def finish(self, reason: str, *, monitors: bool) -> dict[str, Any]:
        """Close the figures: monitors (when the run got that far), run-log line, metrics
        textfile. Returns the run-log record."""
        stats = self.stats
        now = datetime.now(UTC)
        stats.set_value("finish_reason", reason)
        stats.set_value("finish_time", now)
        stats.set_value("elapsed_time_seconds", (now - self.started).total_seconds())
        stats.set_value("newscrawl/cluster/workers", self.workers)
        self.run_report.spider_closed(self.spider, reason)
        if monitors:
            self.run_monitors()
        record = self.run_report.record()
        commit = getattr(self.crawler, "_newscrawl_commit", None)
        run = commit.run if commit is not None else ""
        for kind, entry in record.get("exports", {}).items():
            # One file per worker: the run's files by their common pattern.
            entry["path"] = (
                f"{self.run_report.output_dir}/{self.site}/{kind}-{self.site}-{run}-*.jsonl"
            )
        try:
            append_run(self.run_report.path, record)
        except OSError as exc:
            logger.error(
                "newscrawl: could not write the run log %s (%s)", self.run_report.path, exc
            )
        self.write_metrics()
        return record

    def run_monitors(self) -> None:
        settings = self.crawler.settings
        if not settings.getbool("SPIDERMON_ENABLED"):
            return
        from spidermon.contrib.scrapy.extensions import Spidermon  # noqa: PLC0415

        spidermon = Spidermon.from_crawler(self.crawler)
        spidermon.periodic_tasks[self.spider] = []  # never opened here: no periodic suites
        spidermon.spider_closed(self.spider)

    def write_metrics(self) -> None:
        from newscrawl.monitoring.metrics import PrometheusMetrics  # noqa: PLC0415

        settings = self.crawler.settings
        if not settings.get("NEWSCRAWL_METRICS_TEXTFILE"):
            return
        metrics = PrometheusMetrics(
            self.crawler,
            port=0,
            host="127.0.0.1",
            linger=0,
            textfile=settings.get("NEWSCRAWL_METRICS_TEXTFILE"),
        )
        metrics.site = self.site
        metrics.started = self.started.timestamp()
        metrics.finish()
