"""Downloader middlewares."""

from __future__ import annotations

import random
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import (
    MetaRefreshMiddleware as ScrapyMetaRefreshMiddleware,
)
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import (
    RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware,
)
from scrapy.http import HtmlResponse, Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.asyncio import sleep
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import get_meta_refresh
from twisted.internet.defer import Deferred

from newscrawl.extraction.challenge import is_challenge_html


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry middleware, waiting before each retry.

    The n-th retry of a request waits ``base * 2**(n-1)`` seconds, with ±25 % jitter,
    at most ``max``; a ``Retry-After: <seconds>`` header (429, 503) is honoured up to the
    same cap. Only the retried request waits: other downloads go on.

    Settings: ``NEWSCRAWL_RETRY_BACKOFF_BASE`` (seconds, 1.0), ``NEWSCRAWL_RETRY_BACKOFF_MAX``
    (seconds, 60). Stats: ``newscrawl/retry/backoff_ms`` (total waited).
    """

    crawler: Crawler
    base: float = 1.0
    cap: float = 60.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware: BackoffRetryMiddleware = super().from_crawler(crawler)
        middleware.base = crawler.settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_BASE", 1.0)
        middleware.cap = crawler.settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_MAX", 60.0)
        return middleware

    def delay(self, retry: Request, response: Response | None = None) -> float:
        """Seconds to wait before sending *retry* (its ``retry_times`` is already counted)."""
        attempt = max(int(retry.meta.get("retry_times", 1)), 1)
        wait = self.base * 2 ** (attempt - 1) * random.uniform(0.75, 1.25)
        if response is not None:
            after = (response.headers.get(b"Retry-After") or b"").decode("latin-1").strip()
            if after.isdigit():
                wait = max(wait, float(after))
        return float(min(wait, self.cap))

    async def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self.crawler.stats.inc_value("newscrawl/retry/backoff_ms", round(seconds * 1000))
            await sleep(seconds)  # Scrapy's: works on whichever reactor or loop runs

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._wait(self.delay(result, response))
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception, spider: Any = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._wait(self.delay(result))
        return result


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with every waiting request seeing the parser.

    In Scrapy 2.19 the requests that arrive while robots.txt is being fetched all await
    one Deferred; under the asyncio reactor only the first waiter receives the parser
    and the others receive None, which the middleware reads as "allowed" (the refactor
    of scrapy/scrapy#6802). A crawl that starts with many URLs on one host thus ignores
    robots.txt for all but one of them. Once the Deferred has fired the parser is stored
    in ``_parsers``: read it from there.
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        parser = await super().robot_parser(request)
        if parser is None:
            stored = self._parsers.get(urlparse_cached(request).netloc)
            if stored is not None and not isinstance(stored, Deferred):
                return stored
        return parser


class MetaRefreshMiddleware(ScrapyMetaRefreshMiddleware):
    """Scrapy's meta-refresh middleware, except that a bot challenge page's refresh is not
    followed: the spider sees the challenge and counts it (``newscrawl/blocked/challenge``)
    instead of the crawl chasing the challenge's token URL into a 404 or a loop."""

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if (
            isinstance(response, HtmlResponse)
            and get_meta_refresh(response, ignore_tags=self._ignore_tags)[1]
            and is_challenge_html(response.text)
        ):
            return response
        return super().process_response(request, response)
