"""Prometheus metrics: the collector against fake stats, and a real Prometheus scraping a crawl."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families
from scrapy.crawler import Crawler

from newscrawl.demo.server import DemoSite
from newscrawl.items import Article
from newscrawl.monitoring.metrics import PrometheusMetrics, freshness
from newscrawl.offline import project_settings
from newscrawl.spiders.dawn import DawnSpider

from .conftest import FIXTURES, ROOT
from .crawling import run_crawl, stats_of

PROMETHEUS = Path("/usr/bin/prometheus")
DASHBOARD = ROOT / "newscrawl" / "grafana" / "newscrawl-dashboard.json"
EXTENSION = "newscrawl.monitoring.metrics.PrometheusMetrics"

FAKE_STATS: dict[str, Any] = {
    "newscrawl/articles/new": 7,
    "newscrawl/articles/unchanged": 2,
    "newscrawl/exported/sidebar_items": 11,
    "downloader/response_status_count/200": 30,
    "downloader/response_status_count/404": 1,
    "newscrawl/errors/http_404": 1,
    "newscrawl/blocked/challenge": 2,
    "newscrawl/blocked/429": 1,
    "item_dropped_reasons_count/DropItem": 5,
    "newscrawl/validation/dropped/articleBody": 3,
    "newscrawl/dates/rejected": 4,
    "newscrawl/pages/article": 9,
    "newscrawl/pages/not_html": 1,
    "retry/count": 6,
    "newscrawl/monitors/failed_checks": [],  # not a number: ignored
}


def _crawler(tmp_path: Path, **settings: object) -> Crawler:
    """A crawler that is never started: tests call the extension's handlers themselves
    (sending the signals would wake every other extension too)."""
    crawler = Crawler(
        DawnSpider,
        project_settings(
            {"TWISTED_REACTOR_ENABLED": False, "NEWSCRAWL_OUTPUT_DIR": str(tmp_path), **settings}
        ),
    )
    crawler._apply_settings()
    return crawler


def _samples(metrics: PrometheusMetrics) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in metrics.registry.collect()
        for s in family.samples
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _poll(check: Callable[[], Any], timeout: float = 20.0) -> Any:
    """The first truthy result of *check*, polled until *timeout* seconds have passed."""
    deadline = time.monotonic() + timeout
    tick = threading.Event()
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        tick.wait(0.1)


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as response:
        body: bytes = response.read()
        return body


def _article(published: str | None, downloaded: str = "2025-06-20T12:00:00Z") -> Article:
    return Article(
        url="https://www.dawn.com/news/1/x",
        site="dawn",
        datePublished=published,
        metadata={"dateDownloaded": downloaded},
    )


# -- the collector, in process --------------------------------------------------------------
def test_counters_are_read_from_the_stats(tmp_path: Path) -> None:
    crawler = _crawler(tmp_path)
    metrics = PrometheusMetrics.from_crawler(crawler)
    assert not _samples(metrics)  # nothing before the spider opens
    metrics.spider_opened(DawnSpider())
    assert crawler.stats is not None
    crawler.stats.set_stats(dict(FAKE_STATS))
    got = _samples(metrics)

    def value(name: str, **labels: str) -> float:
        return got[(name, frozenset({"site": "dawn", **labels}.items()))]

    assert value("newscrawl_articles_total", status="new") == 7
    assert value("newscrawl_articles_total", status="unchanged") == 2
    assert value("newscrawl_articles_total", status="not_modified") == 0  # absent stat: 0
    assert value("newscrawl_sidebar_items_total") == 11
    assert value("newscrawl_responses_total", code="200") == 30
    assert value("newscrawl_responses_total", code="404") == 1
    assert value("newscrawl_errors_total", kind="http_404") == 1
    assert value("newscrawl_blocked_total", reason="challenge") == 2
    assert value("newscrawl_blocked_total", reason="429") == 1
    # Scrapy counts the validation drops under DropItem too: counted once, by field.
    assert value("newscrawl_items_dropped_total", reason="validation/articleBody") == 3
    assert value("newscrawl_items_dropped_total", reason="DropItem") == 2
    assert value("newscrawl_date_parse_failures_total") == 4
    assert value("newscrawl_pages_total", kind="not_html") == 1
    assert value("newscrawl_retries_total") == 6
    assert value("newscrawl_up") == 1

    # Stats move on between scrapes; a validation drop counted before Scrapy's does not
    # make the other drops go down.
    crawler.stats.inc_value("newscrawl/validation/dropped/headline")
    got = _samples(metrics)
    assert value("newscrawl_items_dropped_total", reason="DropItem") == 2


def test_end_of_run_gauges_freshness_and_textfile(tmp_path: Path) -> None:
    crawler = _crawler(tmp_path)
    metrics = PrometheusMetrics.from_crawler(crawler)
    spider = DawnSpider()
    metrics.spider_opened(spider)
    assert crawler.stats is not None
    crawler.stats.set_stats(
        {**FAKE_STATS, "finish_reason": "finished", "elapsed_time_seconds": 12.5}
    )
    for published in ("2025-06-20T11:58:00+00:00", "2025-06-19", None, "garbage"):
        metrics.item_scraped(_article(published), spider)
    metrics.spider_closed(spider, "finished")
    asyncio.run(metrics.engine_stopped())

    got = _samples(metrics)
    site = frozenset({("site", "dawn")})
    assert got[("newscrawl_last_run_success", site)] == 1
    assert got[("newscrawl_last_run_duration_seconds", site)] == 12.5
    assert abs(got[("newscrawl_last_run_timestamp_seconds", site)] - time.time()) < 60
    assert got[("newscrawl_up", site)] == 0
    assert got[("newscrawl_article_freshness_seconds_count", site)] == 2  # dated ones only
    assert got[("newscrawl_article_freshness_seconds_sum", site)] == 120 + 36 * 3600
    le = frozenset({("site", "dawn"), ("le", "300.0")})
    assert got[("newscrawl_article_freshness_seconds_bucket", le)] == 1

    text = (tmp_path / "dawn" / "newscrawl.prom").read_text("utf-8")
    families = {f.name: f for f in text_string_to_metric_families(text)}
    assert families["newscrawl_last_run_success"].samples[0].value == 1
    assert "newscrawl_articles" in families
    assert not list(tmp_path.glob("dawn/newscrawl.prom.*"))  # the temporary file is gone


def test_a_failed_monitor_fails_the_run(tmp_path: Path) -> None:
    crawler = _crawler(tmp_path, NEWSCRAWL_METRICS_TEXTFILE=str(tmp_path / "m-{site}.prom"))
    metrics = PrometheusMetrics.from_crawler(crawler)
    metrics.spider_opened(DawnSpider())
    assert crawler.stats is not None
    crawler.stats.set_stats({"finish_reason": "finished", "newscrawl/monitors/failed": 2})
    metrics.finish()
    assert _samples(metrics)[("newscrawl_last_run_success", frozenset({("site", "dawn")}))] == 0
    assert (tmp_path / "m-dawn.prom").exists()


def test_not_configured_without_port_and_textfile(tmp_path: Path) -> None:
    from scrapy.exceptions import NotConfigured  # noqa: PLC0415

    with pytest.raises(NotConfigured):
        PrometheusMetrics.from_crawler(_crawler(tmp_path, NEWSCRAWL_METRICS_TEXTFILE=""))


def test_freshness_of_an_article() -> None:
    assert freshness(_article("2025-06-20T16:00:00+05:00")) == 3600
    assert freshness(_article("2025-06-21T12:00:00+00:00")) == 0  # a clock ahead: not negative
    assert freshness(_article("20 June")) is None
    assert freshness(_article("2025-06-20", downloaded="")) is None


def test_endpoint_serves_the_crawl_registry_and_releases_its_port(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    port = _free_port()
    crawler = _crawler(tmp_path, NEWSCRAWL_METRICS_PORT=port, NEWSCRAWL_METRICS_TEXTFILE="")
    metrics = PrometheusMetrics.from_crawler(crawler)
    metrics.spider_opened(DawnSpider())
    assert crawler.stats is not None
    crawler.stats.set_stats(dict(FAKE_STATS))
    body = _get(f"http://127.0.0.1:{port}/metrics").decode()
    assert 'newscrawl_articles_total{site="dawn",status="new"} 7.0' in body
    assert "python_gc" not in body  # a registry of its own, not the global one
    # A second crawl on the same port (an overlapping scheduled run) goes on without it.
    second = PrometheusMetrics.from_crawler(_crawler(tmp_path, NEWSCRAWL_METRICS_PORT=port))
    with caplog.at_level(logging.ERROR, logger="newscrawl.monitoring.metrics"):
        second.spider_opened(DawnSpider())
    assert second.server is None and "not served" in caplog.text
    asyncio.run(metrics.engine_stopped())
    assert metrics.server is None
    with pytest.raises(ConnectionRefusedError):  # nobody listens any more
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_dashboard_uses_only_metrics_the_extension_exports(tmp_path: Path) -> None:
    dashboard = json.loads(DASHBOARD.read_text("utf-8"))
    assert dashboard["schemaVersion"] >= 36
    assert [i["name"] for i in dashboard["__inputs"]] == ["DS_PROMETHEUS"]
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert variables["site"]["definition"] == "label_values(newscrawl_up, site)"

    crawler = _crawler(tmp_path)
    metrics = PrometheusMetrics.from_crawler(crawler)
    spider = DawnSpider()
    metrics.spider_opened(spider)
    assert crawler.stats is not None
    crawler.stats.set_stats({**FAKE_STATS, "finish_reason": "finished"})
    metrics.item_scraped(_article("2025-06-20"), spider)
    metrics.finish()
    exported = {
        s.name for f in text_string_to_metric_families(generate_latest(metrics.registry).decode())
        for s in f.samples
    }  # fmt: skip
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    exprs += [v["definition"] for v in variables.values()]
    used = {name for expr in exprs for name in re.findall(r"\bnewscrawl_[a-z0-9_]+", expr)}
    assert len(exprs) >= 10 and used
    assert used <= exported, used - exported
    for panel in dashboard["panels"]:
        for target in panel.get("targets", []):
            assert target["datasource"]["uid"] == "${DS_PROMETHEUS}", panel["title"]


# -- a real Prometheus scraping a real crawl ------------------------------------------------
@pytest.fixture
def prometheus(tmp_path: Path) -> Iterator[tuple[str, int]]:
    """A Prometheus server scraping 127.0.0.1:<port> every second: (its URL, the port)."""
    if not PROMETHEUS.exists():  # a missing server is a failure, never a skip
        pytest.fail(f"{PROMETHEUS} missing: bash scripts/test.sh installs Debian's prometheus")
    target, web = _free_port(), _free_port()
    config = tmp_path / "prometheus.yml"
    job = {"job_name": "newscrawl", "static_configs": [{"targets": [f"127.0.0.1:{target}"]}]}
    scrape = {"scrape_interval": "1s", "scrape_timeout": "1s"}
    config.write_text(json.dumps({"global": scrape, "scrape_configs": [job]}), "utf-8")  # YAML
    log = (tmp_path / "prometheus.log").open("wb")
    proc = subprocess.Popen(
        [str(PROMETHEUS), f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'data'}",
         f"--web.listen-address=127.0.0.1:{web}"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{web}"
    try:

        def ready() -> bool:
            assert proc.poll() is None, (tmp_path / "prometheus.log").read_text()[-3000:]
            try:
                return _get(f"{url}/-/ready") != b""
            except OSError:
                return False

        assert _poll(ready), "Prometheus did not become ready"
        yield url, target
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def _query(url: str, promql: str) -> dict[frozenset[tuple[str, str]], float]:
    """Instant query: value per label set (without name, job and instance)."""
    answer = json.loads(_get(f"{url}/api/v1/query?" + urllib.parse.urlencode({"query": promql})))
    assert answer["status"] == "success", answer
    skip = ("__name__", "job", "instance")
    return {
        frozenset((k, v) for k, v in row["metric"].items() if k not in skip): float(
            row["value"][1]
        )
        for row in answer["data"]["result"]
    }


def test_prometheus_scrapes_a_crawl(tmp_path: Path, prometheus: tuple[str, int]) -> None:
    url, port = prometheus
    out = tmp_path / "out"
    with DemoSite(FIXTURES / "site" / "edition1") as site:
        proc = run_crawl(
            "dawn", site.start(), out,
            "-s", f"NEWSCRAWL_METRICS_PORT={port}", "-s", "NEWSCRAWL_METRICS_LINGER=4",
        )  # fmt: skip
    stats = stats_of(proc.stderr)

    # The endpoint is gone: the scraped series are stale, their last samples are kept.
    def last(metric: str) -> dict[frozenset[tuple[str, str]], float]:
        return _query(url, f"last_over_time({metric}[5m])")

    success = _poll(lambda: last('newscrawl_last_run_success{site="dawn"}'))
    assert list(success.values()) == [1], success
    assert stats.get("newscrawl/monitors/failed", 0) == 0

    def one(metric: str) -> float:
        values = list(last(metric).values())
        assert len(values) == 1, (metric, values)
        return values[0]

    assert one('newscrawl_articles_total{site="dawn",status="new"}') == 320
    ok = stats["downloader/response_status_count/200"]
    assert one('newscrawl_responses_total{site="dawn",code="200"}') == ok

    # The demo site has two challenge pages, one served with 200 and one with 403: how
    # they are counted (blocked, failed request) is the spider's call, read from its
    # stats dump; every series must match the stats it comes from.
    def by_label(metric: str, label: str) -> dict[str, float]:
        return {dict(k)[label]: v for k, v in last(f'{metric}{{site="dawn"}}').items()}

    for metric, label, prefix in (
        ("newscrawl_blocked_total", "reason", "newscrawl/blocked/"),
        ("newscrawl_errors_total", "kind", "newscrawl/errors/"),
        ("newscrawl_responses_total", "code", "downloader/response_status_count/"),
    ):
        counted = {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix)}
        assert by_label(metric, label) == counted, metric
    assert stats["newscrawl/blocked/challenge"] >= 1  # the 200 challenge page at least
    assert one('newscrawl_article_freshness_seconds_count{site="dawn"}') == 320
    assert one('newscrawl_retries_total{site="dawn"}') == stats["retry/count"]
    assert one('newscrawl_up{site="dawn"}') == 0

    textfile = out / "dawn" / "newscrawl.prom"
    families = {f.name: f for f in text_string_to_metric_families(textfile.read_text("utf-8"))}
    new = [s for s in families["newscrawl_articles"].samples if s.labels["status"] == "new"]
    assert [s.value for s in new] == [320]
    assert families["newscrawl_last_run_success"].samples[0].value == 1
