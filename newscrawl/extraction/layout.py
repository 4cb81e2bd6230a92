"""A declarative story layout: a site's selectors in, :class:`PageData` out.

A site profile subclasses :class:`StoryLayout` once per layout version and overrides only
selectors (Fundus' pattern: ``V2(V1)`` changes what changed). Every field is one small
method, so a version with a genuinely different field overrides that method alone.
Selectors are CSS, so class tokens are matched as tokens whatever else the attribute holds.
"""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import urljoin

from lxml.html import HtmlElement
from parsel import Selector, SelectorList

from newscrawl.extraction.body import BodyParts, clean_paragraphs
from newscrawl.extraction.dates import LabelledDate, split_labels
from newscrawl.extraction.html import element_text, has_class, iter_paragraphs, node_text
from newscrawl.extraction.page import PageData, TeaserData

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _outside_aside(nodes: SelectorList[Selector]) -> list[Selector]:
    return [n for n in nodes if not n.xpath("ancestor::aside")]


class StoryLayout:
    """Selectors of one layout version; subclasses override what their version changes."""

    version: ClassVar[str] = "v1"
    story_css: ClassVar[str] = "article"
    headline_css: ClassVar[str] = "h1"
    section_css: ClassVar[str | None] = None
    byline_css: ClassVar[str] = ".byline"
    author_link_css: ClassVar[str] = "a"
    stamp_css: ClassVar[str] = "time"
    #: Where a stamp keeps a machine-readable value (e.g. ``"::attr(datetime)"``); None:
    #: read the stamp's visible text.
    stamp_value_css: ClassVar[str | None] = None
    body_css: ClassVar[str] = ".content"
    body_skip_classes: ClassVar[frozenset[str]] = frozenset()
    image_css: ClassVar[str] = "figure img::attr(src)"
    caption_css: ClassVar[str] = "figcaption"
    sidebar_css: ClassVar[str] = "aside"
    box_title_classes: ClassVar[frozenset[str]] = frozenset()
    teaser_css: ClassVar[str] = "article"
    teaser_title_css: ClassVar[str] = "h2, h3"
    teaser_link_css: ClassVar[str] = "a::attr(href)"
    teaser_excerpt_css: ClassVar[str] = "p"

    def __init__(self, sel: Selector, url: str, extractor: str) -> None:
        self.sel = sel
        self.url = url
        self.extractor = extractor
        stories = _outside_aside(sel.css(self.story_css))
        self.story: Selector = stories[0] if stories else sel

    @classmethod
    def matches(cls, sel: Selector) -> bool:
        """True when a page is in this layout version."""
        return bool(sel.css(cls.story_css))

    # -- fields ---------------------------------------------------------------------------
    def headline(self) -> str | None:
        found = _outside_aside(self.story.css(self.headline_css))
        return node_text(found[0]) if found else self._meta("og:title").get()

    def section(self) -> str | None:
        if self.section_css is None:
            return None
        found = _outside_aside(self.story.css(self.section_css))
        return node_text(found[0]) if found else None

    def authors(self) -> list[dict[str, str | None]]:
        authors: list[dict[str, str | None]] = []
        for byline in _outside_aside(self.story.css(self.byline_css)):
            links = byline.css(self.author_link_css)
            for link in links:
                name = node_text(link)
                href = link.attrib.get("href")
                if name:
                    authors.append(
                        {"name": name, "url": urljoin(self.url, href) if href else None}
                    )
            if not links and (text := node_text(byline)):
                name = text.removeprefix("By ").removeprefix("by ").strip()
                authors.extend({"name": n.strip(), "url": None} for n in name.split(" | ") if n)
        return authors

    def stamps(self, scope: Selector) -> list[LabelledDate]:
        """Dated stamps in *scope*: the label decides the field, the value is kept raw."""
        out: list[LabelledDate] = []
        stamps = scope.css(self.stamp_css)
        if scope is self.story:
            stamps = SelectorList(_outside_aside(stamps))
        for stamp in stamps:
            labelled = split_labels(node_text(stamp) or "")
            value = stamp.css(self.stamp_value_css).get() if self.stamp_value_css else None
            if value and value.strip():
                field = labelled[0].field if labelled else "datePublished"
                out.append(LabelledDate(field, value.strip()))
            else:
                out.extend(labelled)
        return out

    def body(self) -> BodyParts:
        containers = _outside_aside(self.story.css(self.body_css))
        paragraphs = [
            p
            for container in containers
            for p in iter_paragraphs(container.root, self.body_skip_classes)
        ]
        absolute = [
            type(p)(p.text, tuple((t, urljoin(self.url, h)) for t, h in p.links))
            for p in paragraphs
        ]
        return clean_paragraphs(absolute)

    def image(self) -> dict[str, str | None] | None:
        src = self.story.css(self.image_css).get() or self._meta("og:image").get()
        if not src:
            return None
        caption = _outside_aside(self.story.css(self.caption_css))
        return {
            "url": urljoin(self.url, src),
            "caption": node_text(caption[0]) if caption else None,
        }

    def canonical_url(self) -> str | None:
        href = self.sel.css("link[rel=canonical]::attr(href)").get()
        return urljoin(self.url, href.strip()) if href and href.strip() else None

    def description(self) -> str | None:
        for css in (
            "meta[name=description]::attr(content)",
            "meta[property='og:description']::attr(content)",
        ):
            if value := self.sel.css(css).get():
                return " ".join(value.split()) or None
        return None

    def language(self) -> str | None:
        lang = self.sel.xpath("/html/@lang").get()
        return lang.strip() if lang and lang.strip() else None

    # -- sidebars -------------------------------------------------------------------------
    def block_path(self, teaser: HtmlElement, aside: HtmlElement) -> str | None:
        """Headings of the boxes around a teaser, outer to inner ("Opinion / Editorial")."""
        chain: list[HtmlElement] = []
        node = teaser.getparent()
        while node is not None:
            chain.append(node)
            if node is aside:
                break
            node = node.getparent()
        path = []
        for box in reversed(chain):
            for child in box:
                if not isinstance(child.tag, str) or child in chain:
                    continue
                if (child.tag in _HEADINGS or has_class(child, self.box_title_classes)) and not (
                    child.xpath("self::*[.//article]")
                ):
                    if text := element_text(child):
                        path.append(text)
                    break
        return " / ".join(path) or None

    def teasers(self) -> list[TeaserData]:
        out: list[TeaserData] = []
        positions: dict[str | None, int] = {}
        for aside in self.sel.css(self.sidebar_css):
            for teaser in aside.css(self.teaser_css):
                block = self.block_path(teaser.root, aside.root)
                title = teaser.css(self.teaser_title_css)
                href = teaser.css(self.teaser_link_css).get()
                excerpt = teaser.css(self.teaser_excerpt_css)
                headline = node_text(title[0]) if title else None
                description = node_text(excerpt[0]) if excerpt else None
                if not headline and not description:
                    continue
                positions[block] = positions.get(block, 0) + 1
                out.append(
                    TeaserData(
                        block=block,
                        position=positions[block],
                        headline=headline,
                        url=urljoin(self.url, href.strip()) if href else None,
                        description=description,
                        dates=self.stamps(teaser),
                    )
                )
        return out

    # -- whole page -----------------------------------------------------------------------
    def extract(self) -> PageData:
        """Every field of the page."""
        dates = self.stamps(self.story)
        return PageData(
            extractor=self.extractor,
            headline=self.headline(),
            authors=self.authors(),
            section=self.section(),
            dates=dates,
            date_source=f"{self.version}:{self.stamp_css}" if dates else None,
            description=self.description(),
            body=self.body(),
            language=self.language(),
            image=self.image(),
            canonical_url=self.canonical_url(),
            teasers=self.teasers(),
        )

    def _meta(self, prop: str) -> SelectorList[Selector]:
        return self.sel.css(f"meta[property='{prop}']::attr(content)")
