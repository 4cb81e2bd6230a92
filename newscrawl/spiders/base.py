"""The spider every site profile crawls with: thin, all site knowledge in the profile."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from newscrawl.extraction.page import to_records
from newscrawl.sites import SiteProfile, get_profile


class SiteSpider(scrapy.Spider):
    """Crawl one site through its profile.

    Arguments (``-a``): ``start_urls`` (comma-separated, default the profile's); given,
    their hosts become the allowed domains (a mirror or a local test server).
    """

    site: str = ""

    def __init__(self, *args: Any, start_urls: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile: SiteProfile = get_profile(self.site)
        self.run_started = datetime.now(UTC)
        urls = [u.strip() for u in start_urls.split(",") if u.strip()] if start_urls else []
        self.start_urls = urls or list(self.profile.start_urls)
        # Given start URLs (a mirror, a local copy) replace the site's domains: the
        # crawl must not wander from the copy to the live site.
        hosts = {urlsplit(u).hostname or "" for u in urls} - {""}
        self.allowed_domains = sorted(hosts or self.profile.domains)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse)

    def parse(self, response: Response) -> Iterator[Any]:
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if not isinstance(response, TextResponse) or (ctype and "html" not in ctype):
            self.crawler.stats.inc_value("newscrawl/pages/not_html")
            self.logger.warning("Not HTML, skipped: %s (%s)", response.url, ctype or "no type")
            return
        if self.profile.is_article_url(response.url):
            yield from self.parse_article(response)
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if self.profile.is_article_url(url):
                yield response.follow(url, callback=self.parse)

    def parse_article(self, response: TextResponse) -> Iterator[Any]:
        page = self.profile.extract(response.selector, response.url)
        if not page.body.paragraphs:
            self.crawler.stats.inc_value("newscrawl/pages/not_article")
            self.logger.warning("No story found, not an article: %s", response.url)
            return
        article, teasers = to_records(
            page, url=response.url, site=self.site, fetched_at=datetime.now(UTC)
        )
        self.crawler.stats.inc_value("newscrawl/pages/article")
        yield article
        yield from teasers
