"""A start host nothing answers at fails the run in seconds with one line; a host that
answered keeps its retries."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    CannotResolveHostError,
    CloseSpider,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
)
from scrapy.http import Response

from newscrawl.middlewares import HostUnreachable, UnreachableHostMiddleware
from newscrawl.offline import project_settings
from newscrawl.spiders.dawn import DawnSpider

from .conftest import FIXTURES, ROOT
from .crawling import stats_of
from .faults import fault_server

GOOD = FIXTURES / "dawn" / "v2-seed-mqm-altaf" / "page.html"


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _run(*args: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args, "-s", f"NEWSCRAWL_OUTPUT_DIR={out}"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
    )  # fmt: skip


@pytest.mark.parametrize("command", ["scrapy", "newscrawl.cli"])
def test_a_refused_start_host_fails_at_once_with_one_line(tmp_path: Path, command: str) -> None:
    port = closed_port()
    out = tmp_path / "out"
    proc = _run(command, "crawl", "dawn", "-a", f"base_url=http://127.0.0.1:{port}", out=out)
    line = f"newscrawl: cannot connect to 127.0.0.1:{port} (connection refused); run failed"
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert proc.stderr.rstrip().splitlines()[-1] == line
    assert proc.stderr.count(line) == 1
    assert "Traceback" not in proc.stderr
    [run] = [json.loads(x) for x in (out / "runs.jsonl").read_text("utf-8").splitlines()]
    assert run["status"] == "failed" and run["finishReason"] == "cannot_connect"
    assert run["retries"] == 0  # not 4 attempts per URL with backoff
    assert run["errors"] == {"cannot_connect": 1}
    if command == "scrapy":  # the INFO log has the stats
        stats = stats_of(proc.stderr)
        assert "retry/count" not in stats
        assert stats["downloader/request_count"] == 1  # robots.txt, then nothing
        assert stats["newscrawl/skipped/unreachable_host"] >= 1  # the start pages
    else:
        assert proc.stdout == ""  # no summary table for a run that crawled nothing


def test_a_dead_second_host_does_not_stop_a_live_one(tmp_path: Path) -> None:
    """Two start hosts, one refusing: the live one is crawled, the dead one is named once
    and its pages are dropped without retries; the run is not a cannot_connect run."""
    port = closed_port()
    out = tmp_path / "out"
    with fault_server(GOOD) as (base, hits):
        urls = f"{base}/news/1000401/good,http://127.0.0.1:{port}/news/1000402/good"
        proc = _run("scrapy", "crawl", "dawn", "-a", f"start_urls={urls}",
                    "-s", "AUTOTHROTTLE_ENABLED=0", out=out)  # fmt: skip
    assert "Traceback" not in proc.stderr
    assert "run failed" not in proc.stderr
    stats = stats_of(proc.stderr)
    assert "retry/count" not in stats
    assert stats["newscrawl/errors/cannot_connect"] == 1
    assert f"Cannot connect to 127.0.0.1:{port} (connection refused)" in proc.stderr
    assert hits["/news/1000401/good"] == 1
    [articles] = list((out / "dawn").glob("articles-*.jsonl"))
    [record] = [json.loads(x) for x in articles.read_text("utf-8").splitlines()]
    assert record["url"].endswith("/news/1000401/good")
    [run] = [json.loads(x) for x in (out / "runs.jsonl").read_text("utf-8").splitlines()]
    assert run["finishReason"] == "finished"


def test_a_robots_txt_that_cannot_be_fetched_is_one_line(tmp_path: Path) -> None:
    """robots.txt drops the connection: not a dead host (something listens), so it is
    retried; then one warning, no traceback, and the site is crawled as Scrapy does."""
    out = tmp_path / "out"
    with fault_server(GOOD, robots="reset") as (base, hits):
        proc = _run("scrapy", "crawl", "dawn", "-a", f"start_urls={base}/news/1000411/good",
                    "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05",
                    out=out)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    host = base.removeprefix("http://")
    [warning] = [x for x in proc.stderr.splitlines() if "robots.txt of" in x]
    assert warning.endswith(
        f"WARNING: robots.txt of {host} not fetched (connection lost): crawling as if it "
        "allowed everything"
    )
    assert hits["/robots.txt"] == 4  # the first try and RETRY_TIMES retries
    assert hits["/news/1000411/good"] == 1
    assert "newscrawl/errors/cannot_connect" not in stats_of(proc.stderr)


def _middleware() -> UnreachableHostMiddleware:
    settings = project_settings({"TWISTED_REACTOR_ENABLED": False})
    crawler = Crawler(DawnSpider, settings)
    crawler._apply_settings()  # makes its stats collector
    return UnreachableHostMiddleware.from_crawler(crawler)


def test_which_failures_fail_fast() -> None:
    middleware = _middleware()
    fresh = Request("http://new.example:8080/a")
    # Never answered: a refused connection or an unknown name is final for the host.
    with pytest.raises(HostUnreachable, match=r"new\.example:8080 \(connection refused\)"):
        middleware.process_exception(fresh, DownloadConnectionRefusedError("refused"))
    with pytest.raises(HostUnreachable, match=r"nxdomain\.example \(host name not found\)"):
        middleware.process_exception(Request("http://nxdomain.example/"),
                                     CannotResolveHostError("nope"))  # fmt: skip
    # Every later request to it is dropped before any connection attempt.
    with pytest.raises(HostUnreachable):
        middleware.process_request(Request("http://new.example:8080/b"))
    assert middleware.crawler.stats is not None
    assert middleware.crawler.stats.get_value("newscrawl/errors/cannot_connect") == 2
    # Nothing answered: the idle crawl closes as cannot_connect.
    with pytest.raises(CloseSpider) as closed:
        middleware.spider_idle()
    assert closed.value.reason == "cannot_connect"
    # A host that answered before: its refusals and timeouts are transient, retried
    # (the middleware lets them through to the retry middleware).
    seen = Request("http://live.example/x")
    middleware.response_downloaded(Response(seen.url), seen)
    assert middleware.process_exception(seen, DownloadConnectionRefusedError("x")) is None
    assert middleware.process_request(seen) is None
    # A timeout is never judged final, answered or not.
    slow = Request("http://slow.example/x")
    assert middleware.process_exception(slow, DownloadTimeoutError("x")) is None
    # Something answered: an unreachable second host does not close the crawl.
    middleware.spider_idle()
