"""Downloader middlewares: retries with backoff, hosts that cannot be reached, robots.txt,
redirect loops."""

from __future__ import annotations

import logging
import random
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import (
    MetaRefreshMiddleware as ScrapyMetaRefreshMiddleware,
)
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware as ScrapyRedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import (
    RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware,
)
from scrapy.exceptions import (
    CannotResolveHostError,
    CloseSpider,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import HtmlResponse, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.asyncio import sleep
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import get_meta_refresh
from twisted.internet import error as tx
from twisted.internet.defer import Deferred
from twisted.web._newclient import ResponseFailed
from w3lib.url import canonicalize_url

from newscrawl.extraction.challenge import is_challenge_html

logger = logging.getLogger(__name__)

#: Failures that mean "no server answers at this address", and how a user reads them.
#: Scrapy 2.19 raises its own exceptions; Twisted's are there for other handlers. A timeout
#: is not among them: a slow server is retried.
CANNOT_CONNECT: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadConnectionRefusedError, tx.ConnectionRefusedError), "connection refused"),
    ((CannotResolveHostError, tx.DNSLookupError, tx.UnknownHostError), "host name not found"),
    ((tx.NoRouteError,), "no route to host"),
)  # fmt: skip


def cannot_connect(error: BaseException) -> str | None:
    """Why *error* means that nothing answers at the request's address, else None."""
    for types, reason in CANNOT_CONNECT:
        if isinstance(error, types):
            return reason
    return None


def describe(error: BaseException) -> str:
    """A download failure in a few words, for a log line."""
    reason = cannot_connect(error)
    if reason:
        return reason
    if isinstance(error, DownloadTimeoutError | tx.TimeoutError):
        return "timed out"
    if isinstance(error, DownloadFailedError | ResponseFailed | tx.ConnectionLost):
        return "connection lost"
    return f"{type(error).__name__}: {str(error)[:200]}"


class HostUnreachable(IgnoreRequest):
    """A request to a host that could not be connected to and had never answered."""

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(f"cannot connect to {host} ({reason})")
        self.host = host
        self.reason = reason


class RedirectLoop(IgnoreRequest):
    """A redirect back to a URL already in the request's redirect chain."""


class TooManyRedirects(IgnoreRequest):
    """A redirect chain longer than ``REDIRECT_MAX_TIMES``."""


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


class UnreachableHostMiddleware:
    """Fail fast on a host nothing answers at; keep retries for hosts that answered.

    A refused connection or an unknown host name on a host that has not answered in this
    run is not retried: the host is marked unreachable, counted once
    (``newscrawl/errors/cannot_connect``, ``newscrawl/hosts/unreachable`` = host → reason)
    and every later request to it fails at once with :class:`HostUnreachable`. When no
    host has answered and one is unreachable, the crawl has nothing to do: it closes with
    finish reason ``cannot_connect`` as soon as it is idle (in a second or two, not after
    minutes of retries), and ``scrapy crawl`` / ``newscrawl crawl`` print one line and exit
    non-zero. Once a host has answered, its failures are transient: Scrapy's retries apply.

    It sits between the retry middleware and the downloader (priority above 550), so it
    sees a failure before the retry middleware would retry it.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.answered: set[str] = set()
        self.unreachable: dict[str, str] = {}
        crawler.signals.connect(self.response_downloaded, signals.response_downloaded)
        crawler.signals.connect(self.spider_idle, signals.spider_idle)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnreachableHostMiddleware:
        return cls(crawler)

    def response_downloaded(self, response: Response, request: Request) -> None:
        self.answered.add(urlparse_cached(request).netloc)

    def process_request(self, request: Request, spider: Any = None) -> None:
        host = urlparse_cached(request).netloc
        if host in self.unreachable:
            raise HostUnreachable(host, self.unreachable[host])

    def process_exception(
        self, request: Request, exception: Exception, spider: Any = None
    ) -> None:
        host = urlparse_cached(request).netloc
        reason = cannot_connect(exception)
        if isinstance(exception, HostUnreachable) or reason is None or host in self.answered:
            return  # not ours to judge: Scrapy's retry middleware decides
        if host not in self.unreachable:
            self.unreachable[host] = reason
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("newscrawl/errors/cannot_connect")
            stats.set_value("newscrawl/hosts/unreachable", dict(self.unreachable))
            logger.warning("Cannot connect to %s (%s): its requests are dropped, not retried",
                           host, reason)  # fmt: skip
        raise HostUnreachable(host, reason) from exception

    def spider_idle(self) -> None:
        if self.unreachable and not self.answered:
            raise CloseSpider("cannot_connect")


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with every waiting request seeing the parser and a
    robots.txt that cannot be fetched reported in one line.

    In Scrapy 2.19 the requests that arrive while robots.txt is being fetched all await
    one Deferred; under the asyncio reactor only the first waiter receives the parser
    and the others receive None, which the middleware reads as "allowed" (the refactor
    of scrapy/scrapy#6802). A crawl that starts with many URLs on one host thus ignores
    robots.txt for all but one of them. Here every waiter reads the parser from
    ``_parsers`` once the fetch is over.

    Scrapy logs a failed robots.txt download as an error with its traceback (60 lines
    for a refused connection); here it is one warning naming the host and the reason,
    and none when :class:`UnreachableHostMiddleware` has already named the host. As in
    Scrapy, a robots.txt that cannot be fetched allows everything.
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            await self._fetch(request, netloc)
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            await maybe_deferred_to_future(parser)  # its result is unreliable: see above
            parser = self._parsers[netloc]
        return None if isinstance(parser, Deferred) else parser

    async def _fetch(self, request: Request, netloc: str) -> None:
        url = urlparse_cached(request)
        robots = Request(
            f"{url.scheme}://{netloc}/robots.txt",
            priority=self.DOWNLOAD_PRIORITY,
            meta={"dont_obey_robotstxt": True},
            callback=NO_CALLBACK,
        )
        try:
            response = await self.crawler.engine.download_async(robots)
            await self._parse_robots(response, netloc, request)
        except Exception as exc:
            if not isinstance(exc, IgnoreRequest):
                logger.warning("robots.txt of %s not fetched (%s): crawling as if it allowed "
                               "everything", netloc, describe(exc))  # fmt: skip
            self._robots_error(exc, netloc)
        self._stats.inc_value("robotstxt/request_count")


def _loop_checked(redirected: Request | Response) -> Request | Response:
    """*redirected*, unless it goes back to a URL of its own redirect chain: the
    dupefilter would then drop it silently, and a ``dont_filter`` request (start requests
    are) would go round until ``REDIRECT_MAX_TIMES``."""
    if isinstance(redirected, Request):
        target = canonicalize_url(redirected.url)
        chain = redirected.meta.get("redirect_urls", [])
        if any(canonicalize_url(url) == target for url in chain):
            raise RedirectLoop(f"redirect loop: {' -> '.join([*chain, redirected.url])}")
    return redirected


class RedirectMiddleware(ScrapyRedirectMiddleware):
    """Scrapy's redirect middleware, failing a redirect loop (:class:`RedirectLoop`) and
    a chain past ``REDIRECT_MAX_TIMES`` (:class:`TooManyRedirects`) with exceptions of
    their own, which the spider counts as errors (Scrapy ignores both, quietly)."""

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        try:
            return _loop_checked(super().process_response(request, response))
        except RedirectLoop:
            raise
        except IgnoreRequest as exc:  # Scrapy's only one here: "max redirections reached"
            raise TooManyRedirects(f"{exc}: {request.url}") from exc


class MetaRefreshMiddleware(ScrapyMetaRefreshMiddleware):
    """Scrapy's ``<meta http-equiv="refresh">`` middleware, failing loops and long chains
    as :class:`RedirectMiddleware` does, and not following a bot challenge page's refresh:
    the spider sees the challenge and counts it (``newscrawl/blocked/challenge``) instead
    of the crawl chasing the challenge's token URL into a 404 or a loop."""

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if (
            isinstance(response, HtmlResponse)
            and get_meta_refresh(response, ignore_tags=self._ignore_tags)[1]
            and is_challenge_html(response.text)
        ):
            return response
        try:
            return _loop_checked(super().process_response(request, response))
        except RedirectLoop:
            raise
        except IgnoreRequest as exc:
            raise TooManyRedirects(f"{exc}: {request.url}") from exc
