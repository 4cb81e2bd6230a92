"""``scrapy crawl generic -a start=URL[,URL…]``: any news site, without a profile.

Discovery from the start pages: the ``Sitemap:`` lines of each start host's robots.txt
(sitemap indexes are followed), the RSS/Atom feeds the start pages announce with
``<link rel="alternate">``, and links on the start and listing pages that stay on the
start hosts. A page is an article when the generic extractor
(:func:`newscrawl.extraction.generic.generic_article`) finds a story on it; any other
HTML page is a listing whose links are followed, ``DEPTH_LIMIT`` (2 by default) hops from
the start pages (sitemaps and feeds count from zero again).

Everything else is :class:`~newscrawl.spiders.base.SiteSpider`'s: records, teasers, the
state manager's ``plan()`` / ``note()``, error counting, pipelines and feeds. The spider's
``site`` is the first start host without ``www.``.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urldefrag

import scrapy
from lxml.html import HtmlElement
from parsel import Selector
from protego import Protego
from scrapy.http import Response, TextResponse

from newscrawl.extraction.challenge import is_challenge
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector, split_url
from newscrawl.extraction.page import PageData
from newscrawl.offline import generic_site
from newscrawl.sites import SiteProfile, check_url, safe_site_name
from newscrawl.spiders.base import Page, SiteSpider, SpiderArgumentError, _check, link_url

#: ``<link rel="alternate">`` types of the feeds a page announces.
FEED_TYPES = ("application/rss+xml", "application/atom+xml")
#: Links to files that are never pages.
_NOT_PAGE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|json|pdf|zip|gz|mp[34]|avi|mov|woff2?|ttf|xml)$",
    re.IGNORECASE,
)


class GenericProfile(SiteProfile):
    """The profile of a site newscrawl knows nothing about: every page may be a story,
    and the generic extractor reads it."""

    name = "generic"

    def __init__(self) -> None:
        # The extraction of the page last read: the spider decides "article or listing"
        # with it, then parse_article asks again for the same page.
        self._last: tuple[HtmlElement, str, PageData] | None = None

    def is_article_url(self, url: str) -> bool:
        return split_url(url).scheme in ("http", "https")

    def extract(
        self, html: str | bytes | Selector, url: str, *, fetched_at: datetime | None = None
    ) -> PageData:
        sel = html if isinstance(html, Selector) else selector(html)
        if self._last is not None and self._last[0] is sel.root and self._last[1] == url:
            return self._last[2]
        page = generic_article(sel.root, url, fetched_at=fetched_at)
        self._last = (sel.root, url, page)
        return page


class GenericSpider(SiteSpider):
    """Crawl a site without a profile from its start pages.

    Arguments (``-a``): ``start`` (comma-separated start pages; their hosts are the
    crawl's allowed domains).
    """

    name = "generic"
    arguments = ("start", "site")
    custom_settings: dict[str, Any] = {"DEPTH_LIMIT": 2}  # noqa: RUF012 - Scrapy reads it

    @classmethod
    def check_arguments(cls, args: Mapping[str, Any]) -> None:
        """``start`` is required, each an http(s) URL with a real host: the first host
        (or ``-a site``) names the crawl's files, so it must make a safe site name."""
        cls.check_names(args)
        pages = [u.strip() for u in str(args.get("start") or "").split(",") if u.strip()]
        if not pages:
            raise SpiderArgumentError("the generic spider needs -a start=URL[,URL…]")
        for url in pages:
            _check("start", url, check_url)
        if args.get("site"):
            _check("site", args["site"], safe_site_name)
            return
        try:
            safe_site_name(generic_site(pages[0]))
        except ValueError as exc:
            raise SpiderArgumentError(
                f"-a start={pages[0]}: the site name from its host: {exc}; give -a site=NAME"
            ) from None

    def __init__(self, *args: Any, start: str | None = None, **kwargs: Any) -> None:
        # SiteSpider.__init__ looks its profile up by name; this spider brings its own.
        self.check_arguments({"start": start, **kwargs})
        scrapy.Spider.__init__(self, *args, **kwargs)
        self.pages = [u.strip() for u in (start or "").split(",") if u.strip()]
        self.profile = GenericProfile()
        self.run_started = datetime.now(UTC)
        self.site = kwargs.get("site") or generic_site(self.pages[0])
        self.base_url = _origin(self.pages[0])
        self.url_file = None
        self.since = self.until = None
        hosts = [(split_url(u).hostname or "").lower() for u in self.pages]
        self.allowed_domains = sorted(set(hosts) - {""})
        self.followed: set[str] = set()
        self.teasers_seen: set[str] = set()
        self.tracker = None

    # -- sources --------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for origin in dict.fromkeys(_origin(u) for u in self.pages):
            yield scrapy.Request(f"{origin}/robots.txt", callback=self.parse_robots,
                                 errback=self.on_error, dont_filter=True,
                                 meta={"handle_httpstatus_all": True})  # fmt: skip
        for url in self.pages:
            # Never filtered as seen: a job resumed from JOBDIR reads its start pages again.
            self.followed.add(urldefrag(url)[0])
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error,
                                 dont_filter=True, meta={"start_page": True})  # fmt: skip

    def article_callback(self) -> Callable[[Response], Iterator[Any]]:
        """:meth:`parse`: a page that may be an article (its content decides); a known
        article the state says unchanged (a 304) goes on to :meth:`parse_article`."""
        return self.parse

    def follow_articles(self, response: Response, hrefs: list[str]) -> Iterator[Any]:
        """Requests for the same-site pages among *hrefs*, each once per crawl."""
        for href in hrefs:
            link = link_url(response.urljoin, href)
            if link is None:
                continue
            url = urldefrag(link)[0]
            if url in self.followed or not self.on_site(url):
                continue
            self.followed.add(url)
            request = self.article_request(url)
            if request is not None:
                yield request

    def on_hosts(self, url: str) -> bool:
        """True for an http(s) URL on one of the start hosts (or their subdomains)."""
        parts = split_url(url)
        host = (parts.hostname or "").lower()
        return parts.scheme in ("http", "https") and any(
            host == d or host.endswith("." + d) for d in self.allowed_domains
        )

    def on_site(self, url: str) -> bool:
        """True for a URL on the start hosts that may be a page (not an image, a script …)."""
        return self.on_hosts(url) and not _NOT_PAGE.search(split_url(url).path)

    # -- callbacks ------------------------------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[Any]:
        """The ``Sitemap:`` lines of a start host's robots.txt (none when it has none)."""
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for line in Protego.parse(response.text).sitemaps:
            url = link_url(response.urljoin, line)
            if url and self.on_hosts(url):
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error,
                                     meta={"depth_reset": True})  # fmt: skip

    def parse(self, response: Response) -> Iterator[Any]:
        """A page of unknown kind: an article when a story is found on it, else a listing
        (whose feeds, on a start page, and same-site links are followed)."""
        if response.status == 304:
            yield from self.parse_article(response)  # counted there
            return
        page = self.read_page(response)
        if page is None:
            return
        if is_challenge(page.sel.root):
            # parse_article refuses and counts a challenge page: no story, no links to follow.
            yield from self.parse_article(response, page)
            return
        extracted = self.extract(page, response.url)
        if extracted is None:  # counted and logged; the links on it are still followed
            yield from self.parse_listing(response, page)
            return
        if extracted.body.paragraphs:
            yield from self.parse_article(response, page, extracted)  # not extracted twice
            return
        self.crawler.stats.inc_value("newscrawl/pages/listing")
        if response.meta.get("start_page"):
            yield from self.feed_requests(response, page.sel)
        yield from self.parse_listing(response, page)

    def feed_requests(self, response: Response, sel: Selector) -> Iterator[Any]:
        """The RSS/Atom feeds a page announces."""
        for link in sel.xpath("//link[@rel='alternate'][@href]"):
            kind = (link.attrib.get("type") or "").strip().lower()
            url = link_url(response.urljoin, link.attrib["href"])
            if url and kind in FEED_TYPES and url not in self.followed:
                self.followed.add(url)
                yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error,
                                     meta={"depth_reset": True})  # fmt: skip

    def parse_listing(self, response: Response, page: Page | None = None) -> Iterator[Any]:
        page = page or self.read_page(response, count=False)
        if page is not None:
            yield from self.follow_articles(response, page.sel.css("a::attr(href)").getall())


def _origin(url: str) -> str:
    parts = split_url(url)
    return f"{parts.scheme}://{parts.netloc}"
