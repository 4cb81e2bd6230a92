"""The spider every site profile crawls with: thin, all site knowledge in the profile.

Discovery, in the order a scheduled run needs it: the profile's sitemaps (an index is
followed; ``<lastmod>`` and ``news:publication_date`` decide what a run can skip), its
RSS/Atom feeds, its listing pages with pagination, and article links found on article
pages (sidebar teasers, related links). ``-a urls=FILE`` crawls a list of article URLs
instead; ``-a since=YYYY-MM-DD [-a until=YYYY-MM-DD]`` backfills a date range through the
day archive pages and the sitemaps. Whether a known article is fetched again, and with
which conditional headers, is the state manager's call (:mod:`newscrawl.incremental`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from parsel import Selector
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotConfigured,
    ResponseDataLossError,
)
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.iterators import xmliter_lxml
from scrapy.utils.sitemap import Sitemap
from twisted.internet.defer import CancelledError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from newscrawl.extraction.challenge import is_challenge_html
from newscrawl.extraction.failure import describe
from newscrawl.extraction.html import DecodedPage, NotHTMLError, decode_page, page_selector
from newscrawl.extraction.layout import css, outside_aside
from newscrawl.extraction.page import (
    NotArticleError,
    PageData,
    article_records,
    body_second_opinion,
    body_uncertain,
)
from newscrawl.incremental import StateManager
from newscrawl.middlewares import HostUnreachable, RedirectLoop, TooManyRedirects
from newscrawl.pipelines import SidebarDedupePipeline
from newscrawl.sites import PROFILES, SiteProfile, check_url, get_profile, safe_site_name


class Page(NamedTuple):
    """A response's page as :meth:`SiteSpider.read_page` read it."""

    #: The page decoded from the response's bytes: encodings declared and used, text.
    decoded: DecodedPage
    #: The selector extraction runs on.
    sel: Selector
    #: When the page was fetched (:func:`fetch_time`): the one reference its dates are
    #: judged and resolved against, in extraction and in the date pipeline.
    fetched_at: datetime


class SpiderArgumentError(ValueError):
    """A spider argument (``-a``) a crawl cannot start with; the message is one line.

    ``status`` is the exit status it deserves: 2 for a malformed value, 1 for a file that
    cannot be read."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def _check(arg: str, value: Any, check: Any) -> None:
    try:
        check(str(value))
    except ValueError as exc:
        raise SpiderArgumentError(f"-a {arg}={value}: {exc}") from None


def link_url(resolve: Callable[[str], str], href: str) -> str | None:
    """The address a link read from a page, feed or sitemap leads to (*href* resolved by
    *resolve*: ``response.urljoin``, :meth:`SiteSpider.site_url`) when a request can take
    it, an http(s) URL with a host and a port (:func:`~newscrawl.sites.check_url`); else
    None: a malformed address is no address ("http://[::1", "http://host:99999/", a host
    no DNS name spells), and neither is a mail or script link ("javascript:void(0)").
    Scrapy would raise on building a request for one, losing the rest of the page."""
    try:
        return check_url(resolve(href.strip()))
    except ValueError:
        return None


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError("not a date (YYYY-MM-DD)") from None


ATOM = "http://www.w3.org/2005/Atom"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


class SiteSpider(scrapy.Spider):
    """Crawl one site through its profile.

    Arguments (``-a``): ``base_url`` (a mirror of the site: only the origin and allowed
    domain change), ``start_urls`` (comma-separated pages to start from instead of the
    profile's sources), ``urls`` (a file of article URLs, one per line), ``since`` /
    ``until`` (backfill of a day range, inclusive).
    """

    site: str = ""
    max_listing_pages: int = 10
    follow_teasers: bool = True
    custom_settings: dict[str, Any] = {}  # noqa: RUF012 - Scrapy reads it as a class attribute

    def __init__(
        self,
        *args: Any,
        base_url: str | None = None,
        start_urls: str | None = None,
        urls: str | None = None,
        since: str | None = None,
        until: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.check_arguments(
            {"base_url": base_url, "start_urls": start_urls, "urls": urls, "since": since,
             "until": until, **kwargs}
        )  # fmt: skip
        super().__init__(*args, **kwargs)
        self.profile: SiteProfile = get_profile(self.site)
        self.run_started = datetime.now(UTC)
        self.base_url = (base_url or self.profile.base_url).rstrip("/")
        self.pages = [u.strip() for u in start_urls.split(",") if u.strip()] if start_urls else []
        self.url_file = Path(urls) if urls else None
        self.since = date.fromisoformat(since) if since else None
        self.until = date.fromisoformat(until) if until else (self.since and date.today())
        # The crawl stays on its origin: the base URL's host, or, for explicit start pages
        # without one, their hosts (a local copy must not lead to the live site).
        origins = [self.base_url] if base_url or not self.pages else self.pages
        self.allowed_domains = sorted({urlsplit(u).hostname or "" for u in origins} - {""})
        self.followed: set[str] = set()
        self.teasers_seen: set[str] = set()
        # Not "state": Scrapy gives spiders a "state" dict of their own under JOBDIR.
        self.tracker: StateManager | None = None

    #: The ``-a`` arguments the spider takes (names starting with ``_``, such as scrapyd's
    #: ``_job``, are let through).
    arguments: tuple[str, ...] = ("base_url", "start_urls", "urls", "since", "until", "site")

    @classmethod
    def check_names(cls, args: Mapping[str, Any]) -> None:
        """Refuse an argument the spider does not take: Scrapy would set it as an attribute
        and the crawl would run without it (``-a sinse=…``: a full crawl, no backfill)."""
        unknown = sorted(k for k in args if k not in cls.arguments and not k.startswith("_"))
        if unknown:
            raise SpiderArgumentError(
                f"-a {unknown[0]}: unknown argument; {cls.name} takes "
                f"{', '.join(sorted(cls.arguments))} (Scrapy settings go in -s)"
            )

    @classmethod
    def check_arguments(cls, args: Mapping[str, Any]) -> None:
        """Refuse, with :class:`SpiderArgumentError`, arguments the crawl cannot start with:
        ``scrapy crawl`` and ``newscrawl crawl`` call it before starting, ``__init__`` too.
        ``site`` names the crawl's files, so it must be a safe name (and a profile here)."""
        cls.check_names(args)
        site = args.get("site")
        if site is not None:
            _check("site", site, safe_site_name)
            if site not in PROFILES:
                raise SpiderArgumentError(
                    f"-a site={site}: unknown site; known: {', '.join(sorted(PROFILES))}"
                )
        if args.get("base_url"):
            _check("base_url", args["base_url"], check_url)
        for url in str(args.get("start_urls") or "").split(","):
            if url.strip():
                _check("start_urls", url.strip(), check_url)
        for arg in ("since", "until"):
            if args.get(arg):
                _check(arg, args[arg], _day)
        if args.get("until") and not args.get("since"):
            raise SpiderArgumentError("-a until needs -a since (a backfill range)")
        if args.get("since") and args.get("until"):
            since, until = (_day(str(args[a])) for a in ("since", "until"))
            if since > until:
                raise SpiderArgumentError(f"-a since={since} is after -a until={until}")
        if args.get("urls"):
            path = Path(str(args["urls"]))
            try:
                path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or "not UTF-8 text"
                raise SpiderArgumentError(f"-a urls={path}: cannot read ({reason})", 1) from None

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SiteSpider:
        spider: SiteSpider = super().from_crawler(crawler, *args, **kwargs)
        try:
            spider.tracker = StateManager.for_crawler(crawler)
        except NotConfigured:
            spider.tracker = None
        spider.max_listing_pages = crawler.settings.getint("NEWSCRAWL_MAX_LISTING_PAGES", 10)
        spider.follow_teasers = crawler.settings.getbool("NEWSCRAWL_FOLLOW_TEASERS", True)
        return spider

    # -- sources --------------------------------------------------------------------------
    def site_url(self, path: str) -> str:
        """*path* (or a profile URL) on this crawl's origin."""
        if path.startswith(self.profile.base_url):
            path = path[len(self.profile.base_url) :]
        return urljoin(self.base_url + "/", path.lstrip("/"))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.url_file is not None:
            for line in self.url_file.read_text("utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    request = self.article_request(line.strip(), force=True)
                    if request is not None:
                        yield request
            return
        # Sources are never filtered as seen: a job resumed from JOBDIR reads them again.
        if self.pages:
            for url in self.pages:
                yield scrapy.Request(url, callback=self.parse, errback=self.on_error,
                                     dont_filter=True)  # fmt: skip
            return
        if self.since and self.profile.archive:
            day = self.since
            while self.until and day <= self.until:
                url = self.site_url(self.profile.archive.format(day=day.isoformat()))
                yield scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                                     meta={"listing_page": self.max_listing_pages},
                                     dont_filter=True)  # fmt: skip
                day += timedelta(days=1)
        for path in self.profile.sitemaps:
            yield scrapy.Request(self.site_url(path), callback=self.parse_sitemap,
                                 errback=self.on_error, dont_filter=True)  # fmt: skip
        if self.since:
            return
        for path in self.profile.feeds:
            yield scrapy.Request(self.site_url(path), callback=self.parse_feed,
                                 errback=self.on_error, dont_filter=True)  # fmt: skip
        for path in self.profile.listings:
            yield scrapy.Request(self.site_url(path), callback=self.parse_listing,
                                 errback=self.on_error, dont_filter=True)  # fmt: skip

    def in_range(self, when: str | None) -> bool:
        """True unless a backfill range is set and *when* (ISO) falls outside it."""
        if not self.since or not when:
            return True
        try:
            day = datetime.fromisoformat(when.replace("Z", "+00:00")).date()
        except ValueError:
            return True
        return self.since <= day <= (self.until or day)

    def article_request(
        self, url: str, *, lastmod: str | None = None, force: bool = False
    ) -> scrapy.Request | None:
        """A request for an article page (read by :meth:`article_callback`), or None when
        the state says it can be skipped."""
        headers = self.tracker.plan(url, lastmod) if self.tracker and not force else {}
        if headers is None:
            return None
        return scrapy.Request(
            url, headers=headers, callback=self.article_callback(), errback=self.on_error,
            meta={"lastmod": lastmod, "handle_httpstatus_list": [304]},
        )  # fmt: skip

    def article_callback(self) -> Callable[[Response], Iterator[Any]]:
        """What reads the response to :meth:`article_request`: :meth:`parse_article`."""
        return self.parse_article

    def follow_articles(self, response: Response, hrefs: list[str]) -> Iterator[Any]:
        for href in hrefs:
            url = link_url(response.urljoin, href)
            if url is None:
                continue
            # The same teasers link the same stories from every page: build a request for
            # a link once per crawl, not once per page for the dupefilter to throw away.
            if url in self.followed:
                continue
            self.followed.add(url)
            if self.profile.is_article_url(url):
                request = self.article_request(url)
                if request is not None:
                    yield request

    # -- callbacks ------------------------------------------------------------------------
    def parse(self, response: Response) -> Iterator[Any]:
        """A page of unknown kind (``start_urls``): an article or a listing."""
        if self.profile.is_article_url(response.url):
            yield from self.parse_article(response)
        elif isinstance(response, TextResponse):
            yield from self.parse_listing(response)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # lxml raises several kinds on garbage
            self.crawler.stats.inc_value("newscrawl/errors/bad_sitemap")
            self.logger.warning("Unreadable sitemap %s: %s", response.url, exc)
            return
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                url = link_url(self.site_url, entry["loc"])
                if url and (self.in_range(entry.get("lastmod")) or not entry.get("lastmod")):
                    yield scrapy.Request(url, callback=self.parse_sitemap,
                                         errback=self.on_error)  # fmt: skip
            return
        published = _news_dates(response.body)
        for entry in sitemap:
            loc = link_url(self.site_url, entry["loc"])
            when = published.get(entry["loc"]) or entry.get("lastmod")
            if loc and self.profile.is_article_url(loc) and self.in_range(when):
                self.crawler.stats.inc_value("newscrawl/discovered/sitemap")
                request = self.article_request(loc, lastmod=entry.get("lastmod") or when)
                if request is not None:
                    yield request

    def parse_feed(self, response: Response) -> Iterator[Any]:
        try:
            if b"<feed" in response.body[:1000]:
                entries = xmliter_lxml(response, "entry", namespace=ATOM, prefix="atom")
                pairs = [(e.xpath("atom:link/@href").get(), e.xpath("atom:updated/text()").get())
                         for e in entries]  # fmt: skip
            else:
                items = xmliter_lxml(response, "item")
                pairs = [(e.xpath("link/text()").get(), None) for e in items]
        # A control character, a broken tag: not XML; a byte-order mark (a UTF-16 feed),
        # whose encoding Scrapy's xmliter_lxml names as lxml knows none: LookupError.
        except (etree.LxmlError, LookupError) as exc:
            self.crawler.stats.inc_value("newscrawl/errors/bad_feed")
            self.logger.warning("Unreadable feed %s: %s", response.url, exc)
            return
        for link, updated in pairs:
            url = link_url(self.site_url, link) if link else None
            if url and link and self.profile.is_article_url(link.strip()):
                self.crawler.stats.inc_value("newscrawl/discovered/feed")
                request = self.article_request(url, lastmod=updated)
                if request is not None:
                    yield request

    def read_page(self, response: Response, *, count: bool = True) -> Page | None:
        """The page decoded from its bytes by :func:`~newscrawl.extraction.html.decode_page`
        (a wrong charset declaration is overridden, as offline), with its selector; None for
        a page that is not HTML, counted and logged unless *count* is false."""
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        reason = None
        if not isinstance(response, TextResponse) or (ctype and "html" not in ctype):
            reason = ctype or "no type"
        else:
            try:
                decoded = decode_page(response.body, ctype or None)
            except NotHTMLError as exc:
                reason = str(exc)
            else:
                sel = page_selector(response.body, decoded)
                return Page(decoded, sel, fetch_time(response))
        if count:
            self.crawler.stats.inc_value("newscrawl/pages/not_html")
            self.logger.warning("Not HTML, skipped: %s (%s)", response.url, reason)
        return None

    def parse_listing(self, response: Response, page: Page | None = None) -> Iterator[Any]:
        page = page or self.read_page(response, count=False)
        if page is None:
            return
        sel = page.sel
        if self.since:
            # A backfill takes the day's own stories, not the sidebars around them.
            hrefs = outside_aside(css(sel.root, self.profile.listing_link_css))
        else:
            hrefs = sel.css("a::attr(href)").getall()
        yield from self.follow_articles(response, hrefs)
        number = response.meta.get("listing_page", 1)
        next_page = sel.css(self.profile.next_page_css).get()
        url = link_url(response.urljoin, next_page) if next_page else None
        if url and number < self.max_listing_pages:
            yield scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                                 meta={"listing_page": number + 1})  # fmt: skip

    def parse_article(
        self, response: Response, page: Page | None = None, extracted: PageData | None = None
    ) -> Iterator[Any]:
        """An article page; *page* is the page already read and *extracted* the profile's
        reading of it (the generic spider does both to tell articles from listings)."""
        stats = self.crawler.stats
        if response.status == 304:
            stats.inc_value("newscrawl/articles/not_modified")
            return
        page = page or self.read_page(response)
        if page is None:
            return
        notes = self.charset_notes(page.decoded)
        extracted = extracted or self.extract(page, response.url)
        if extracted is None:
            return
        try:
            article, teasers = article_records(
                extracted, page.sel.root, url=response.url, site=self.site,
                fetched_at=page.fetched_at,
            )  # fmt: skip
        except NotArticleError as exc:
            stats.inc_value(f"newscrawl/{exc.kind}")
            self.logger.warning("No story (%s): %s", exc.kind.split("/")[1], response.url)
            return
        if self.tracker is not None:
            self.tracker.note(
                response.url,
                etag=_header(response, b"ETag"),
                last_modified=_header(response, b"Last-Modified"),
                lastmod=response.meta.get("lastmod"),
            )
        article.metadata["validationMessages"].extend(notes)
        stats.inc_value("newscrawl/pages/article")
        if body_uncertain(article):
            stats.inc_value("newscrawl/articles/body_uncertain")
            self.logger.info("Body uncertain (no story container found): %s", response.url)
        if body_second_opinion(article):
            stats.inc_value("newscrawl/articles/body_second_opinion")
            self.logger.info("Body from the second opinion (trafilatura): %s", response.url)
        yield article
        for teaser in teasers:
            # Most teasers repeat on every page: drop repeats here, before each costs a
            # trip through Scrapy's item machinery (the dedupe pipeline stays the guard).
            key = SidebarDedupePipeline.key(teaser)
            if key in self.teasers_seen:
                stats.inc_value("newscrawl/sidebar/duplicates")
                continue
            self.teasers_seen.add(key)
            yield teaser
        if self.url_file is not None or self.since or not self.follow_teasers:
            return  # a URL list or a backfill fetches what it names, nothing more
        links = [t.url for t in teasers if t.url] + [r["url"] for r in article.relatedLinks
                                                      if r.get("url")]  # fmt: skip
        yield from self.follow_articles(response, links)

    def extract(self, page: Page, url: str) -> PageData | None:
        """The profile's reading of *page*; None when the extractor raised on it. Such a
        page is counted (``newscrawl/errors/extraction``, which the run log lists by kind
        and the extraction-error check judges) and logged once with its URL; the crawl
        goes on. The traceback is logged at DEBUG."""
        try:
            return self.profile.extract(page.sel, url, fetched_at=page.fetched_at)
        except Exception as exc:  # any page that breaks an extractor costs that page only
            self.crawler.stats.inc_value("newscrawl/errors/extraction")
            self.logger.error("Extraction failed: %s (%s)", url, describe(exc))
            self.logger.debug("Extraction traceback for %s", url, exc_info=True)
            return None

    def charset_notes(self, decoded: DecodedPage) -> list[str]:
        """Count a page whose declared charset was overridden or whose bytes no encoding
        read; the validation messages its article carries."""
        notes = []
        if decoded.overridden:
            # Corrected, not lossy: the text is right, the trace says the site is wrong.
            self.crawler.stats.inc_value("newscrawl/pages/charset_corrected")
            notes.append(f"charset: declared {decoded.declared}, decoded as {decoded.encoding}")
        if decoded.replaced:
            # Bytes no encoding reads: kept as U+FFFD, flagged and counted.
            self.crawler.stats.inc_value("newscrawl/pages/charset_replaced")
            notes.append(
                f"charset: {decoded.replaced} character(s) undecodable as {decoded.encoding}"
            )
        return notes

    def on_error(self, failure: Failure) -> None:
        """Count a failed request by kind; the crawl goes on."""
        stats = self.crawler.stats
        kind = _error_kind(failure)
        if isinstance(failure.value, HostUnreachable):
            # Counted once per host by the middleware, which logged it; this request was
            # dropped without a connection attempt.
            stats.inc_value("newscrawl/skipped/unreachable_host")
            return
        if kind is None:
            # robots.txt (or another middleware) declined it: politeness, not an error.
            stats.inc_value("newscrawl/skipped/ignored")
            return
        if isinstance(failure.value, HttpError):
            response = failure.value.response
            text = response.text if isinstance(response, TextResponse) else ""
            if is_challenge_html(text):
                stats.inc_value("newscrawl/blocked/challenge")
            elif response.status in (401, 403, 429, 451):
                stats.inc_value(f"newscrawl/blocked/{response.status}")
        stats.inc_value(f"newscrawl/errors/{kind}")
        request = getattr(failure, "request", None)
        url = request.url if request else "?"
        if isinstance(failure.value, RedirectLoop):  # the URLs of the loop, in order
            url = str(failure.value).removeprefix("redirect loop: ")
        self.logger.warning("Request failed (%s): %s", kind, url)


def fetch_time(response: Response) -> datetime:
    """When *response* was fetched: now, or for one Scrapy's HTTP cache replays (flag
    ``cached``) the ``Date`` header it was stored with, when that parses (a page read
    later than its fetch must be dated as it was then: "3 hours ago" is three hours
    before the fetch, and a day after the fetch no publication day)."""
    if "cached" in response.flags and (stamp := _header(response, b"Date")):
        try:
            fetched = parsedate_to_datetime(stamp)
        except (TypeError, ValueError):
            fetched = None
        if fetched is not None:
            return fetched if fetched.tzinfo else fetched.replace(tzinfo=UTC)
    return datetime.now(UTC)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _news_dates(body: bytes) -> dict[str, str]:
    """``loc`` → ``news:publication_date`` of a Google News sitemap (Scrapy's streaming
    ``Sitemap`` keeps only the direct children of ``<url>``)."""
    if NEWS.encode() not in body[:2000]:
        return {}
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(body, parser=parser)
    dates = {}
    for url in root.iterfind("{*}url") if root is not None else ():
        loc = url.findtext("{*}loc")
        published = url.findtext(f"{{{NEWS}}}news/{{{NEWS}}}publication_date")
        if loc and published:
            dates[loc.strip()] = published.strip()
    return dates


#: Download failures by kind, Scrapy's own exceptions first (2.19+), Twisted's after.
_ERROR_KINDS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, TimeoutError, TCPTimedOutError), "timeout"),
    ((DownloadConnectionRefusedError, ConnectionRefusedError), "connection_refused"),
    ((CannotResolveHostError, DNSLookupError), "dns"),
    ((DownloadCancelledError, CancelledError), "too_large"),  # DOWNLOAD_MAXSIZE cancels
    ((ResponseDataLossError,), "truncated"),  # the body ended before its announced length
    ((DownloadFailedError, ResponseNeverReceived, ConnectionLost, ResponseFailed),
     "connection_lost"),
)  # fmt: skip


def _error_kind(failure: Failure) -> str | None:
    """The kind a failed request is counted as (``newscrawl/errors/<kind>``); None for a
    request a middleware declined on purpose (robots.txt, offsite)."""
    error = failure.value
    if isinstance(error, HttpError):
        return f"http_{error.response.status}"
    if isinstance(error, IgnoreRequest):
        # HttpCompressionMiddleware refuses a body that decompresses past DOWNLOAD_MAXSIZE
        # (a gzip bomb) with a plain IgnoreRequest raised from its own size error.
        if isinstance(error.__cause__, _DecompressionMaxSizeExceeded):
            return "decompression"
        if isinstance(error, RedirectLoop):
            return "redirect_loop"
        if isinstance(error, TooManyRedirects):
            return "too_many_redirects"
        return None
    for types, kind in _ERROR_KINDS:
        if isinstance(error, types):
            return kind
    return type(error).__name__ if error is not None else "unknown"
