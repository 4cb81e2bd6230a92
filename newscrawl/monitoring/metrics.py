"""Prometheus metrics for every crawl: served while it runs, written as a textfile at its end.

:class:`PrometheusMetrics` gives each crawl its own ``CollectorRegistry`` (never the
process-global one: two crawlers in one process must not mix their figures). Counters are
read from the crawl's stats on every scrape by :class:`CrawlStatsCollector`, so nothing is
counted twice; the freshness histogram and the ``last_run`` gauges are the extension's own.

Metrics (every one labelled ``site``: the spider's ``site`` attribute or its name):

- ``newscrawl_articles_total{status}``: ``new`` | ``updated`` | ``unchanged`` |
  ``not_modified`` | ``duplicate`` (stats ``newscrawl/articles/<status>``)
- ``newscrawl_sidebar_items_total``: teasers exported
  (``newscrawl/exported/sidebar_items``)
- ``newscrawl_responses_total{code}``: ``downloader/response_status_count/<code>``
- ``newscrawl_errors_total{kind}``: ``newscrawl/errors/<kind>``
- ``newscrawl_blocked_total{reason}``: ``newscrawl/blocked/<reason>``
- ``newscrawl_items_dropped_total{reason}``: ``validation/<field>``
  (``newscrawl/validation/dropped/<field>``) and, for every other drop, the exception's
  class name (Scrapy's ``item_dropped_reasons_count/<Exception>`` less the validation
  drops it also counts, so that a sum over reasons is the number of dropped items)
- ``newscrawl_date_parse_failures_total``: ``newscrawl/dates/rejected``
- ``newscrawl_pages_total{kind}``: ``newscrawl/pages/<kind>``
- ``newscrawl_retries_total``: ``retry/count``
- ``newscrawl_article_freshness_seconds`` (histogram): fetch time minus ``datePublished``
  of each exported article (a date without a time counts from its start, UTC)
- ``newscrawl_up``: 1 while the crawl runs, 0 once it has stopped
- ``newscrawl_last_run_success``, ``newscrawl_last_run_timestamp_seconds`` (end, Unix
  time), ``newscrawl_last_run_duration_seconds``: set when the engine stops. Success is
  finish reason ``finished`` and no failed monitor (stat ``newscrawl/monitors/failed``,
  which the monitors set when the spider closes, hence read this late).

Settings: ``NEWSCRAWL_METRICS_PORT`` (0: no HTTP endpoint), ``NEWSCRAWL_METRICS_HOST``
(``127.0.0.1``), ``NEWSCRAWL_METRICS_LINGER`` (0: seconds the endpoint stays up after the
crawl, so a scraper sees the final values), ``NEWSCRAWL_METRICS_TEXTFILE`` (unset: the
node-exporter textfile ``{output_dir}/{site}/newscrawl.prom``; ``{output_dir}`` and
``{site}`` are replaced, so one textfile directory can hold every site's file; ``""``: no
textfile). With neither an endpoint nor a textfile the extension is not configured.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from threading import Thread
from typing import Any
from wsgiref.simple_server import WSGIServer

from prometheus_client import (
    CollectorRegistry,
    Gauge,
    Histogram,
    start_http_server,
    write_to_textfile,
)
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import run_in_thread, sleep

from newscrawl.items import Article
from newscrawl.sites import spider_site

logger = logging.getLogger(__name__)

DEFAULT_TEXTFILE = "{output_dir}/{site}/newscrawl.prom"

#: Freshness buckets, 1 minute to 30 days (anything older lands in ``+Inf``).
FRESHNESS_BUCKETS: tuple[float, ...] = (
    60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600,
    86400, 2 * 86400, 3 * 86400, 7 * 86400, 14 * 86400, 30 * 86400,
)  # fmt: skip

ARTICLE_STATUSES = ("new", "updated", "unchanged", "not_modified", "duplicate")

#: Counters with one stat each: name, help, stats key.
SINGLE_COUNTERS: tuple[tuple[str, str, str], ...] = (
    ("newscrawl_sidebar_items_total", "Sidebar teasers exported.",
     "newscrawl/exported/sidebar_items"),
    ("newscrawl_date_parse_failures_total", "Dates rejected as unparseable or implausible.",
     "newscrawl/dates/rejected"),
    ("newscrawl_retries_total", "Requests retried.", "retry/count"),
)  # fmt: skip

#: Counters with one stat per label value: name, help, label, stats key prefix.
LABELLED_COUNTERS: tuple[tuple[str, str, str, str], ...] = (
    ("newscrawl_responses_total", "HTTP responses downloaded, by status code.", "code",
     "downloader/response_status_count/"),
    ("newscrawl_errors_total", "Failed requests, by kind.", "kind", "newscrawl/errors/"),
    ("newscrawl_blocked_total", "Blocked responses (challenge pages, 401/403/429/451).",
     "reason", "newscrawl/blocked/"),
    ("newscrawl_pages_total", "Article pages by outcome.", "kind", "newscrawl/pages/"),
)  # fmt: skip

VALIDATION_DROPS = "newscrawl/validation/dropped/"
SCRAPY_DROPS = "item_dropped_reasons_count/"


def _number(value: Any) -> float | None:
    """A stats value as a float; None for anything that is not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _with_prefix(stats: Mapping[str, Any], prefix: str) -> Iterator[tuple[str, float]]:
    for key, value in stats.items():
        number = _number(value)
        if number is not None and key.startswith(prefix) and len(key) > len(prefix):
            yield key[len(prefix) :], number


class CrawlStatsCollector(Collector):
    """The crawl's counters, read from its stats at every scrape (absent keys count 0)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.site = ""
        # Series that are differences of two stats must not go down between two scrapes
        # that fall between the two increments (Prometheus would see a counter reset).
        self._floor: dict[str, float] = {}

    def describe(self) -> Iterator[CounterMetricFamily]:
        """The families this collector yields (lets the registry refuse clashing names)."""
        yield CounterMetricFamily("newscrawl_articles_total", "", labels=["site", "status"])
        yield CounterMetricFamily("newscrawl_items_dropped_total", "", labels=["site"])
        for name, _, _ in SINGLE_COUNTERS:
            yield CounterMetricFamily(name, "", labels=["site"])
        for name, _, label, _ in LABELLED_COUNTERS:
            yield CounterMetricFamily(name, "", labels=["site", label])

    def collect(self) -> Iterator[CounterMetricFamily]:
        """One family per counter; nothing before the spider has opened."""
        if not self.site or self.crawler.stats is None:
            return
        # The scrape runs in the HTTP server's thread while the reactor writes the stats:
        # iterate over a copy (dict.copy holds the GIL throughout).
        stats = self.crawler.stats.get_stats().copy()
        site = self.site

        articles = CounterMetricFamily(
            "newscrawl_articles_total",
            "Articles by outcome: exported (new, updated), dropped (unchanged, duplicate), "
            "or answered 304 (not_modified).",
            labels=["site", "status"],
        )
        for status in ARTICLE_STATUSES:
            value = _number(stats.get(f"newscrawl/articles/{status}")) or 0.0
            articles.add_metric([site, status], value)
        yield articles

        for name, doc, key in SINGLE_COUNTERS:
            family = CounterMetricFamily(name, doc, labels=["site"])
            family.add_metric([site], _number(stats.get(key)) or 0.0)
            yield family

        for name, doc, label, prefix in LABELLED_COUNTERS:
            family = CounterMetricFamily(name, doc, labels=["site", label])
            for value_label, value in sorted(_with_prefix(stats, prefix)):
                family.add_metric([site, value_label], value)
            yield family

        yield self._dropped(stats)

    def _dropped(self, stats: Mapping[str, Any]) -> CounterMetricFamily:
        family = CounterMetricFamily(
            "newscrawl_items_dropped_total",
            "Items dropped by a pipeline, by reason (validation/<field>, else the exception).",
            labels=["site", "reason"],
        )
        invalid = sorted(_with_prefix(stats, VALIDATION_DROPS))
        for field, value in invalid:
            family.add_metric([self.site, f"validation/{field}"], value)
        # ValidationPipeline raises a plain DropItem, which Scrapy counts too.
        counted = sum(value for _, value in invalid)
        for reason, total in sorted(_with_prefix(stats, SCRAPY_DROPS)):
            value = total
            if reason == "DropItem":
                value = max(total - counted, self._floor.get(reason, 0.0), 0.0)
                self._floor[reason] = value
            family.add_metric([self.site, reason], value)
        return family


def freshness(article: Article) -> float | None:
    """Seconds from ``datePublished`` to ``metadata.dateDownloaded`` (None if either is
    missing or unreadable; never negative)."""
    fetched = _moment(article.metadata.get("dateDownloaded"))
    published = _moment(article.datePublished)
    if fetched is None or published is None:
        return None
    return max((fetched - published).total_seconds(), 0.0)


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class PrometheusMetrics:
    """Serve the crawl's metrics over HTTP and write them as a textfile when it ends.

    Settings and metrics: see the module docstring.
    """

    def __init__(
        self,
        crawler: Crawler,
        *,
        port: int = 0,
        host: str = "127.0.0.1",
        linger: float = 0.0,
        textfile: str = DEFAULT_TEXTFILE,
    ) -> None:
        self.crawler = crawler
        self.port, self.host, self.linger, self.textfile = port, host, linger, textfile
        self.output_dir = crawler.settings.get("NEWSCRAWL_OUTPUT_DIR", "output")
        self.site = ""
        self.reason: str | None = None
        self.started = time.time()
        self.server: WSGIServer | None = None
        self.thread: Thread | None = None

        self.registry = CollectorRegistry()
        self.collector = CrawlStatsCollector(crawler)
        self.registry.register(self.collector)
        self.up = self._gauge("newscrawl_up", "1 while the crawl runs.")
        self.success = self._gauge(
            "newscrawl_last_run_success", "1 if the last run finished and no monitor failed."
        )
        self.timestamp = self._gauge(
            "newscrawl_last_run_timestamp_seconds", "When the last run ended (Unix time)."
        )
        self.duration = self._gauge(
            "newscrawl_last_run_duration_seconds", "How long the last run took."
        )
        self.freshness = Histogram(
            "newscrawl_article_freshness_seconds",
            "Fetch time minus datePublished of each exported article.",
            labelnames=["site"],
            buckets=FRESHNESS_BUCKETS,
            registry=self.registry,
        )

        crawler.signals.connect(self.spider_opened, signals.spider_opened)
        crawler.signals.connect(self.item_scraped, signals.item_scraped)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signals.engine_stopped)

    def _gauge(self, name: str, doc: str) -> Gauge:
        return Gauge(name, doc, labelnames=["site"], registry=self.registry)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrometheusMetrics:
        settings = crawler.settings
        port = settings.getint("NEWSCRAWL_METRICS_PORT", 0)
        textfile = settings.get("NEWSCRAWL_METRICS_TEXTFILE")
        textfile = DEFAULT_TEXTFILE if textfile is None else str(textfile)
        if not port and not textfile:
            raise NotConfigured("NEWSCRAWL_METRICS_PORT is 0 and NEWSCRAWL_METRICS_TEXTFILE empty")
        return cls(
            crawler,
            port=port,
            host=settings.get("NEWSCRAWL_METRICS_HOST") or "127.0.0.1",
            linger=settings.getfloat("NEWSCRAWL_METRICS_LINGER", 0.0),
            textfile=textfile,
        )

    # -- run life cycle -------------------------------------------------------------------
    def spider_opened(self, spider: Spider) -> None:
        self.site = spider_site(spider)
        self.collector.site = self.site
        self.started = time.time()
        self.up.labels(self.site).set(1)
        if self.port:
            self.serve()

    def serve(self) -> None:
        """Start the HTTP endpoint; a port in use is logged, the crawl goes on."""
        try:
            self.server, self.thread = start_http_server(
                self.port, addr=self.host, registry=self.registry
            )
        except OSError as exc:
            logger.error("Prometheus metrics not served on %s:%s: %s", self.host, self.port, exc)
            return
        logger.info("Prometheus metrics on http://%s:%s/metrics", self.host, self.port)

    def item_scraped(self, item: Any, spider: Spider) -> None:
        if isinstance(item, Article):
            seconds = freshness(item)
            if seconds is not None:
                self.freshness.labels(self.site).observe(seconds)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.reason = reason

    async def engine_stopped(self) -> None:
        """Final values, the textfile; then the endpoint stays up ``LINGER`` seconds."""
        self.finish()
        if self.server is None:
            return
        if self.linger > 0:
            await sleep(self.linger)
        # shutdown() waits for the serving loop's next poll (up to half a second).
        await run_in_thread(self.shutdown)

    def finish(self) -> None:
        """Set the ``last_run`` gauges and write the textfile."""
        if not self.site or self.crawler.stats is None:
            return
        stats = self.crawler.stats.get_stats()
        reason = stats.get("finish_reason") or self.reason
        failed = _number(stats.get("newscrawl/monitors/failed")) or 0
        ended = stats.get("finish_time")
        end = ended.timestamp() if isinstance(ended, datetime) else time.time()
        elapsed = _number(stats.get("elapsed_time_seconds"))
        self.success.labels(self.site).set(1 if reason == "finished" and not failed else 0)
        self.timestamp.labels(self.site).set(end)
        self.duration.labels(self.site).set(elapsed if elapsed is not None else end - self.started)
        self.up.labels(self.site).set(0)
        if self.textfile:
            self.write_textfile()

    def textfile_path(self) -> Path:
        """Where the textfile goes (placeholders filled in)."""
        path = self.textfile.replace("{output_dir}", str(self.output_dir))
        return Path(path.replace("{site}", self.site))

    def write_textfile(self) -> None:
        path = self.textfile_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_to_textfile(str(path), self.registry)  # a temporary file, then a rename
        except OSError as exc:
            logger.error("Metrics textfile %s not written: %s", path, exc)
            return
        logger.info("Metrics written to %s", path)

    def shutdown(self) -> None:
        """Stop the HTTP endpoint and release its port."""
        server, thread = self.server, self.thread
        self.server = self.thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join()
