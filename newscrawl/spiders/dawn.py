"""``scrapy crawl dawn``: www.dawn.com through :class:`newscrawl.sites.dawn.DawnProfile`."""

from __future__ import annotations

from newscrawl.spiders.base import SiteSpider


class DawnSpider(SiteSpider):
    name = "dawn"
    site = "dawn"
