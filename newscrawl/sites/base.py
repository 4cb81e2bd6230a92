"""What every site profile provides, and the machinery that uses it."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cached_property
from typing import ClassVar

from lxml.html import HtmlElement
from parsel import Selector

from newscrawl.extraction.dates import DateNormaliser
from newscrawl.extraction.html import selector, split_url
from newscrawl.extraction.layout import StoryLayout
from newscrawl.extraction.page import PageData
from newscrawl.extraction.text import TextVocabulary


class SiteProfile:
    """One news site: its facts, its layout versions (newest first), its URL shapes."""

    name: ClassVar[str]
    domains: ClassVar[tuple[str, ...]] = ()
    timezone: ClassVar[str] = "UTC"
    locale: ClassVar[str] = "en"
    language: ClassVar[str] = "en"
    #: Where the site lives; a spider's ``-a base_url=`` points the same profile at a mirror.
    base_url: ClassVar[str] = ""
    #: Discovery sources, as paths under ``base_url``.
    sitemaps: ClassVar[tuple[str, ...]] = ()
    feeds: ClassVar[tuple[str, ...]] = ()
    listings: ClassVar[tuple[str, ...]] = ()
    #: A day's archive page, ``{day}`` = ``YYYY-MM-DD`` (for backfills).
    archive: ClassVar[str | None] = None
    #: The story links of a listing page itself (not its sidebars): what a backfill
    #: follows from a day's archive page.
    listing_link_css: ClassVar[str] = "a::attr(href)"
    #: Links to the next page of a listing.
    next_page_css: ClassVar[str] = "a[rel=next]::attr(href)"
    #: Box titles this site uses beyond the generic vocabulary (lower case).
    headings: ClassVar[frozenset[str]] = frozenset()
    layouts: ClassVar[tuple[type[StoryLayout], ...]] = ()
    article_url: ClassVar[re.Pattern[str]] = re.compile(r"$^")
    #: Paths of the site's placeholder images (a default picture for stories without
    #: one): a main image matching it is no article's image (``PlaceholderImagePipeline``).
    placeholder_images: ClassVar[re.Pattern[str]] = re.compile(r"$^")

    @cached_property
    def vocabulary(self) -> TextVocabulary:
        """Vocabulary for splitting this site's flattened text."""
        return TextVocabulary(headings=self.headings)

    def normaliser(self) -> DateNormaliser:
        """A date normaliser in the site's zone and locale (one per caller: it caches)."""
        return DateNormaliser(timezone=self.timezone, locale=self.locale)

    def owns(self, url: str) -> bool:
        """True when *url* is on one of the site's domains."""
        host = (split_url(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_article_url(self, url: str) -> bool:
        """True when the path of *url* has the shape of an article page."""
        return bool(self.article_url.search(split_url(url).path))

    def is_placeholder_image(self, url: str) -> bool:
        """True when the path of image *url* is one of the site's placeholders."""
        return bool(self.placeholder_images.search(split_url(url).path))

    def article_id(self, url: str) -> str | None:
        """The story id in an article URL (the first group of ``article_url``), if any."""
        match = self.article_url.search(split_url(url).path)
        return match.group(1) if match and match.groups() else None

    def layout(self, root: HtmlElement) -> tuple[type[StoryLayout], HtmlElement | None]:
        """The first (newest) layout version the page matches, and its story element."""
        stories: dict[str, HtmlElement | None] = {}
        for layout in self.layouts:
            if layout.story_css not in stories:
                stories[layout.story_css] = layout.find_story(root)
            if layout.matches(root, stories[layout.story_css]):
                return layout, stories[layout.story_css]
        oldest = self.layouts[-1]
        return oldest, stories.get(oldest.story_css)

    def canonical_url(self, url: str, found: str | None) -> str | None:
        """The canonical URL: the page's own declaration unless the profile knows better."""
        return found

    def extract(
        self, html: str | bytes | Selector, url: str, *, fetched_at: datetime | None = None
    ) -> PageData:
        """Read one page in whichever layout version it is. ``fetched_at`` (the page's
        fetch time; None: now) is for a profile whose reading judges dates; a layout's
        selectors give raw dates, which the date pipeline judges at the fetch time."""
        sel = html if isinstance(html, Selector) else selector(html)
        layout, story = self.layout(sel.root)
        page = layout(sel.root, url, f"{self.name}/{layout.version}", story).extract()
        page.canonical_url = self.canonical_url(url, page.canonical_url)
        page.language = page.language or self.language
        return page
