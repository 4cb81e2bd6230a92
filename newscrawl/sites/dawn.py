"""Dawn (www.dawn.com), Pakistan's English daily.

Story items are ``article.story`` components; teasers in ``<aside>`` boxes reuse them.
Stamps read "Published"/"Updated" in ``.timestamp--label``. Site time Asia/Karachi.
"""

from __future__ import annotations

import re
from typing import ClassVar

from lxml.html import HtmlElement

from newscrawl.extraction.html import split_url
from newscrawl.extraction.layout import StoryLayout, css
from newscrawl.sites.base import SiteProfile


class DawnProfile(SiteProfile):
    name = "dawn"
    domains = ("dawn.com",)
    timezone = "Asia/Karachi"
    locale = "en-PK"
    language = "en"
    base_url = "https://www.dawn.com"
    sitemaps = ("/sitemap.xml",)
    feeds = ("/feeds/home",)
    listings = (
        "/", "/pakistan", "/world", "/business", "/sport", "/opinion/editorial", "/letters",
    )  # fmt: skip
    archive = "/archive/{day}"
    listing_link_css = "article.story a.story__link::attr(href)"
    next_page_css = "a.pagination__next::attr(href), a[rel=next]::attr(href)"
    headings = frozenset({"top reads today", "dawn's choice", "in the paper", "prism"})
    # /news/<id>, /news/<id>/<slug>, /news/amp/<id>, /news/print/<id>
    article_url = re.compile(r"^/news/(?:(?:amp|print)/)?(\d{4,})(?:/[\w-]+)?/?$")
    # The og:image of stories without a picture: /primary/<yyyy>/<mm>/default.jpg, and per
    # section (editorial-default.jpg, letters-default.jpg). Photos are named by hash.
    placeholder_images = re.compile(
        r"^/primary/\d{4}/\d\d/(?:[a-z]+-)?default\.(?:jpe?g|png|webp)$"
    )

    class V1(StoryLayout):
        """2014–2018 template: stamps are text after the label, no machine value.

        Selectors name the tag with the class: a class-only query tests every element of
        the page and costs ten times more.
        """

        version = "v1"
        story_css = "article.story--single"
        headline_css = "h1.story__title, h2.story__title"
        section_css = "a.story__section"
        byline_css = "span.story__byline, div.story__byline"
        author_link_css = "a.story__byline__link"
        stamp_css = "span.story__time"
        body_css = "div.story__content"
        body_skip_classes = frozenset({"ad", "social-share", "comments", "media", "story__byline"})
        image_css = "figure.media img::attr(src)"
        caption_css = "figcaption.media__caption"
        sidebar_css = "aside"
        box_title_classes = frozenset({"box__title"})
        teaser_css = "article.story"
        teaser_title_css = "h2.story__title, h3.story__title"
        teaser_link_css = "a.story__link::attr(href)"
        teaser_excerpt_css = "div.story__excerpt"

    class V2(V1):
        """Current template (2019–): the stamp carries an ISO value in ``@title``."""

        version = "v2"
        stamp_value_css = "span.timestamp--time::attr(title)"

        @classmethod
        def matches(cls, root: HtmlElement, story: HtmlElement | None) -> bool:
            return story is not None and bool(
                css(story, "span.story__time span.timestamp--time[title]")
            )

    class AMP(V1):
        """AMP pages (/news/amp/<id>): plain-text stamp, ``amp-img`` images."""

        version = "amp"
        image_css = "figure.media amp-img::attr(src)"

        @classmethod
        def matches(cls, root: HtmlElement, story: HtmlElement | None) -> bool:
            html = root.getroottree().getroot()
            return story is not None and ("amp" in html.attrib or "⚡" in html.attrib)

    layouts: ClassVar[tuple[type[StoryLayout], ...]] = (AMP, V2, V1)

    def canonical_url(self, url: str, found: str | None) -> str | None:
        """``/news/<id>/<slug>`` is canonical; other URL forms only name the story."""
        if found:
            return found
        match = self.article_url.search(split_url(url).path)
        return (
            url
            if match
            and "/amp/" not in url
            and "/print/" not in url
            and (split_url(url).path.rstrip("/").count("/") == 3)
            else None
        )
