"""A declarative story layout: a site's selectors in, :class:`PageData` out.

A site profile subclasses :class:`StoryLayout` once per layout version and overrides only
selectors (Fundus' pattern: ``V2(V1)`` changes what changed). Every field is one small
method, so a version with a genuinely different field overrides that method alone.
Selectors are CSS, so class tokens are matched as tokens whatever else the attribute holds.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, ClassVar

from lxml import etree
from lxml.html import HtmlElement
from parsel.csstranslator import css2xpath

from newscrawl.extraction.body import BodyParts, Paragraph, clean_paragraphs
from newscrawl.extraction.dates import LabelledDate, split_labels
from newscrawl.extraction.html import (
    absolute_url,
    element_text,
    has_class,
    iter_paragraphs,
    nearest,
    outermost,
)
from newscrawl.extraction.page import PageData, TeaserData
from newscrawl.extraction.vocabulary import HEADING_TAGS


@lru_cache(maxsize=512)
def _compiled(query: str) -> etree.XPath:
    return etree.XPath(css2xpath(query))


def css(node: HtmlElement, query: str) -> list[Any]:
    """Elements (or attribute strings, for ``::attr()``) matching a CSS query.

    Compiled once per query: parsel's per-call selector objects cost more than the query.
    """
    return list(_compiled(query)(node))


def first(node: HtmlElement, query: str) -> Any | None:
    found = css(node, query)
    return found[0] if found else None


def _by_owner(hits: list[Any], owners: list[HtmlElement]) -> dict[HtmlElement, list[Any]]:
    """Group query hits (elements or attribute values) by the nearest owner element
    that holds them (or is them)."""
    owner_set = set(owners)
    grouped: dict[HtmlElement, list[Any]] = {}
    memo: dict[HtmlElement, HtmlElement | None] = {}
    for hit in hits:
        node = hit.getparent()  # an attribute value's parent is its element
        if not isinstance(hit, str) and hit in owner_set:
            node = hit
        owner = nearest(node, memo, owner_set.__contains__) if node is not None else None
        if owner is not None:
            grouped.setdefault(owner, []).append(hit)
    return grouped


def _first_of(grouped: dict[HtmlElement, list[Any]], owner: HtmlElement) -> Any | None:
    hits = grouped.get(owner)
    return hits[0] if hits else None


def outside_aside(nodes: list[Any]) -> list[Any]:
    """Nodes (elements, or attribute values of ``::attr()`` queries) not inside a sidebar
    (``<aside>``)."""

    def element(node: Any) -> Any:
        # An attribute value (lxml's "smart string") knows the element it came from.
        return getattr(node, "getparent", lambda: node)() if isinstance(node, str) else node

    memo: dict[HtmlElement, HtmlElement | None] = {}
    return [
        n
        for n in nodes
        if (parent := element(n).getparent()) is None
        or nearest(parent, memo, lambda e: e.tag == "aside") is None
    ]


def _text(node: Any) -> str | None:
    if node is None:
        return None
    if isinstance(node, str):
        return " ".join(node.split()) or None
    return element_text(node) or None


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

    def __init__(
        self, root: HtmlElement, url: str, extractor: str, story: HtmlElement | None = None
    ) -> None:
        self.root = root
        self.url = url
        self.extractor = extractor
        if story is None:
            story = self.find_story(root)
        self.story: HtmlElement = root if story is None else story
        self.head = _head_values(root)

    @classmethod
    def find_story(cls, root: HtmlElement) -> HtmlElement | None:
        """The page's story element (never one inside a sidebar), or None."""
        stories = outside_aside(css(root, cls.story_css))
        return stories[0] if stories else None

    @classmethod
    def matches(cls, root: HtmlElement, story: HtmlElement | None) -> bool:
        """True when a page (its root and :meth:`find_story`'s answer) is in this version."""
        return story is not None

    # -- fields ---------------------------------------------------------------------------
    def headline(self) -> str | None:
        found = outside_aside(css(self.story, self.headline_css))
        return _text(found[0]) if found else _text(self._meta("og:title"))

    def section(self) -> str | None:
        if self.section_css is None:
            return None
        found = outside_aside(css(self.story, self.section_css))
        return _text(found[0]) if found else None

    def authors(self) -> list[dict[str, str | None]]:
        authors: list[dict[str, str | None]] = []
        # A byline nested in another is read with it, once (outermost).
        for byline in outermost(outside_aside(css(self.story, self.byline_css))):
            links = css(byline, self.author_link_css)
            for link in links:
                name, href = _text(link), link.get("href")
                if name:
                    authors.append(
                        {"name": name, "url": absolute_url(self.url, href) if href else None}
                    )
            if not links and (text := _text(byline)):
                text = text.removeprefix("By ").removeprefix("by ").strip()
                authors.extend({"name": n.strip(), "url": None} for n in text.split(" | ") if n)
        return authors

    def stamps(self, scope: HtmlElement) -> list[LabelledDate]:
        """Dated stamps in the story (outside sidebars); a stamp nested in another is
        read with it, once (each one's own read would cost the text of those inside it)."""
        return self._read_stamps(outermost(outside_aside(css(scope, self.stamp_css))))

    def _read_stamps(
        self, stamps: list[HtmlElement], values: dict[HtmlElement, str] | None = None
    ) -> list[LabelledDate]:
        """The label decides the field; a machine-readable value, when the layout has one,
        is kept raw in preference to the visible text."""
        out: list[LabelledDate] = []
        for stamp in stamps:
            labelled = split_labels(element_text(stamp))
            if values is not None:
                value = values.get(stamp)
            else:
                value = first(stamp, self.stamp_value_css) if self.stamp_value_css else None
            if value and value.strip():
                field = labelled[0].field if labelled else "datePublished"
                out.append(LabelledDate(field, value.strip()))
            else:
                out.extend(labelled)
        return out

    def body(self) -> BodyParts:
        paragraphs = [
            Paragraph(p.text, tuple((t, absolute_url(self.url, h)) for t, h in p.links))
            for container in outermost(outside_aside(css(self.story, self.body_css)))
            for p in iter_paragraphs(container, self.body_skip_classes)
        ]
        return clean_paragraphs(paragraphs)

    def image(self) -> dict[str, str | None] | None:
        src = first(self.story, self.image_css) or self._meta("og:image")
        if not src or not src.strip():
            return None
        caption = outside_aside(css(self.story, self.caption_css))
        return {
            "url": absolute_url(self.url, src.strip()),
            "caption": _text(caption[0]) if caption else None,
        }

    def canonical_url(self) -> str | None:
        href = self.head.get("link:canonical")
        return absolute_url(self.url, href.strip()) if href and href.strip() else None

    def description(self) -> str | None:
        return _text(self.head.get("description") or self._meta("og:description"))

    def language(self) -> str | None:
        lang = self.root.getroottree().getroot().get("lang")
        return lang.strip() if lang and lang.strip() else None

    # -- sidebars -------------------------------------------------------------------------
    def block_path(self, box: HtmlElement, aside: HtmlElement) -> str | None:
        """Headings of the boxes from *aside* down to *box*, outer to inner
        ("Opinion / Editorial"): each box's heading is a direct child of it."""
        chain: list[HtmlElement] = []
        node: HtmlElement | None = box
        while node is not None:
            chain.append(node)
            if node is aside:
                break
            node = node.getparent()
        on_chain = set(chain)
        path = []
        for element in reversed(chain):
            for child in element:
                if not isinstance(child.tag, str) or child in on_chain:
                    continue
                if child.tag in HEADING_TAGS or has_class(child, self.box_title_classes):
                    if text := element_text(child):
                        path.append(text)
                    break
        return " / ".join(path) or None

    def teasers(self) -> list[TeaserData]:
        out: list[TeaserData] = []
        positions: dict[str | None, int] = {}
        for aside in outermost(css(self.root, self.sidebar_css)):
            teasers = css(aside, self.teaser_css)
            if not teasers:
                continue
            # One query per field for the whole box, not one per teaser: each XPath call
            # has a fixed cost that dwarfs a teaser's few elements.
            titles = _by_owner(css(aside, self.teaser_title_css), teasers)
            excerpts = _by_owner(css(aside, self.teaser_excerpt_css), teasers)
            links = _by_owner(css(aside, self.teaser_link_css), teasers)
            stamps = _by_owner(css(aside, self.stamp_css), teasers)
            values: dict[HtmlElement, str] = {}
            if self.stamp_value_css:
                stamp_set = [st for group in stamps.values() for st in group]
                for stamp, hits in _by_owner(css(aside, self.stamp_value_css), stamp_set).items():
                    values[stamp] = hits[0]
            blocks: dict[HtmlElement, str | None] = {}  # teasers of a box share its path
            for teaser in teasers:
                headline = _text(_first_of(titles, teaser))
                description = _text(_first_of(excerpts, teaser))
                if not headline and not description:
                    continue
                box = teaser.getparent()
                if box not in blocks:
                    blocks[box] = self.block_path(box, aside)
                block = blocks[box]
                positions[block] = positions.get(block, 0) + 1
                href = _first_of(links, teaser)
                out.append(
                    TeaserData(
                        block=block,
                        position=positions[block],
                        headline=headline,
                        url=absolute_url(self.url, href.strip()) if href else None,
                        description=description,
                        dates=self._read_stamps(stamps.get(teaser, []), values),
                    )
                )
        return out

    # -- whole page -----------------------------------------------------------------------
    def extract(self) -> PageData:
        """Every field of the page."""
        dates = self.stamps(self.story)
        source = "stamp:" + ("value" if self.stamp_value_css else "text")
        return PageData(
            extractor=self.extractor,
            headline=self.headline(),
            authors=self.authors(),
            section=self.section(),
            dates=dates,
            date_source=source if dates else None,
            description=self.description(),
            body=self.body(),
            language=self.language(),
            image=self.image(),
            canonical_url=self.canonical_url(),
            teasers=self.teasers(),
        )

    def _meta(self, prop: str) -> str | None:
        return self.head.get(prop)


_HEAD = etree.XPath("/html/head/meta | /html/head/link")


def _head_values(root: HtmlElement) -> dict[str, str]:
    """``<meta>`` contents by name/property and ``<link>`` hrefs as ``link:<rel>``, in one
    pass (first wins), instead of one document-wide query per value."""
    values: dict[str, str] = {}
    for element in _HEAD(root.getroottree().getroot()):
        if element.tag == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop")
            value = element.get("content")
        else:
            key = "link:" + (element.get("rel") or "").strip().lower()
            value = element.get("href")
        if key and value is not None and key.lower() not in values:
            values[key.lower()] = value
    return values
