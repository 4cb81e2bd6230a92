"""Retry backoff."""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

from newscrawl.middlewares import BackoffRetryMiddleware
from newscrawl.offline import project_settings
from newscrawl.spiders.dawn import DawnSpider


def _middleware(**settings: object) -> BackoffRetryMiddleware:
    crawler = Crawler(DawnSpider, project_settings({"TWISTED_REACTOR_ENABLED": False, **settings}))
    crawler._apply_settings()
    return BackoffRetryMiddleware.from_crawler(crawler)


def test_exponential_with_jitter_and_cap() -> None:
    middleware = _middleware(NEWSCRAWL_RETRY_BACKOFF_BASE=1.0, NEWSCRAWL_RETRY_BACKOFF_MAX=10)
    for attempt, (low, high) in {1: (0.75, 1.25), 2: (1.5, 2.5), 3: (3.0, 5.0)}.items():
        retry = Request("http://127.0.0.1/x", meta={"retry_times": attempt})
        assert low <= middleware.delay(retry) <= high
    assert middleware.delay(Request("http://127.0.0.1/x", meta={"retry_times": 9})) == 10


def test_retry_after_is_honoured_up_to_the_cap() -> None:
    middleware = _middleware(NEWSCRAWL_RETRY_BACKOFF_BASE=0.1, NEWSCRAWL_RETRY_BACKOFF_MAX=30)
    retry = Request("http://127.0.0.1/x", meta={"retry_times": 1})
    slow = Response("http://127.0.0.1/x", status=429, headers={"Retry-After": "7"})
    assert middleware.delay(retry, slow) == 7
    rude = Response("http://127.0.0.1/x", status=429, headers={"Retry-After": "3600"})
    assert middleware.delay(retry, rude) == 30


def test_user_agent_names_the_contact() -> None:
    middleware = _middleware(NEWSCRAWL_CONTACT="ops@example.org")
    assert middleware.crawler.settings["USER_AGENT"].endswith("(+ops@example.org)")
