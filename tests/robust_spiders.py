"""A Dawn spider whose extractor breaks on every 17th article: the crawl-side tests of a
page that raises in extraction (no real page does any more; a future bug would)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from parsel import Selector

from newscrawl.extraction.page import PageData
from newscrawl.sites.dawn import DawnProfile
from newscrawl.spiders.dawn import DawnSpider


class BreakingProfile(DawnProfile):
    def extract(
        self, html: str | bytes | Selector, url: str, *, fetched_at: datetime | None = None
    ) -> PageData:
        article_id = self.article_id(url)
        if article_id is not None and int(article_id) % 17 == 0:
            raise RecursionError("maximum recursion depth exceeded while calling a Python object")
        return super().extract(html, url, fetched_at=fetched_at)


class DawnBreakingSpider(DawnSpider):
    name = "dawn_breaking"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile = BreakingProfile()
