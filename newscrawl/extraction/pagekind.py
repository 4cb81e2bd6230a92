"""Is a page one story, or a page of other pages? Independent signals, counted apart.

The generic extractor asks twice. A page whose body the block model found is still not an
article when nothing on it says "article" and two independent signals say "a page of
other pages" (a section front with a long intro, a home page with a lead teaser, search
results): it gives no record, and a crawl follows its links. A page whose body the block
model could not find still gives an article, flagged as uncertain, when at least two
independent signals say "article" and more of them say so than say the opposite.

Signals, one per source, so that one source never counts twice:

- article: ``og:type`` article; a JSON-LD item of an article type; a microdata item of an
  article type; a publication date in a meta tag, microdata or one visible stamp (a list
  shows many); an article URL (a day in the path, a slug of several words, a long id);
- other pages: ``og:type`` website or profile; a JSON-LD collection, item list or search
  results page; a front, search or paged URL; a run of linked headings (teasers).

A story found that is no longer than a teaser and lies in one entry of a run of entries
built alike, each under a heading linking another page (:func:`teaser_run`), is a tag or
topic page's lead teaser: the page gives none unless more than a URL's slug of words
calls it an article (a topic's address is a slug too; a day, a long id, an article type
or a date of its own is the story's).

A story found whose text lies mostly in a run of posts built alike, each holding a
heading that links its own address (:func:`post_run`: a blog's front page, archive, tag
or search page, in excerpts or in full), is a page of posts when nothing of the page's
own calls it an article (``og:type`` article, a date in its metas or one it shows outside
the posts, a day or long id in its URL, article markup outside the posts).

A page that none of these call a page of other pages, and whose headline its ``<title>``
or its URL states too (two statements of one story: :func:`headline_stated`), is an
article too when it shows more text than a teaser holds (a blog post or a document on a
plain CMS that marks nothing up), or any text at all when an article signal and a
publication date (not the URL's day) back it (a photo's page, a short note).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.body import Paragraph
from newscrawl.extraction.boilerplate import TEASER_MAX_CHARS
from newscrawl.extraction.headlines import TITLE_MATCH_COVER, slug_states, word_set
from newscrawl.extraction.html import host_of, in_link, join_url, site_of, split_url
from newscrawl.extraction.jsonld import item_types, itemtype_name, jsonld_items, load_json
from newscrawl.extraction.meta_record import REPUBLICATION_SOURCES
from newscrawl.extraction.metadata import Metadata
from newscrawl.extraction.second import SECOND_SOURCE
from newscrawl.extraction.stamp_names import names_trail
from newscrawl.extraction.vocabulary import (
    ARTICLE_TYPES,
    HEADING_TAGS,
    LISTING_OG_TYPES,
    LISTING_TYPES,
    SEARCH_QUERY_KEYS,
)

#: Linked headings (``<h2>``–``<h4>`` holding or held by a link) that make a run of
#: teasers: a list of other stories, not a story's own subheadings.
LINKED_HEADINGS = 8
#: Headings looked at, at most (a page of thousands is a list anyway).
MAX_HEADINGS = 400
#: Date sources that belong to the page itself (JSON-LD is counted by its type already;
#: ``<time>`` elements and the URL may be a list's) …
_META_DATE_SOURCES = frozenset({"meta-og", "meta", "itemprop"})
#: … and visible stamps, which are the page's own only while few: a list shows many days.
STAMP_SOURCES = frozenset({"stamp", "stamp-labelled"})
MAX_PAGE_STAMPS = 2
#: Date sources that state the page's own publication date (not the URL's day, an unmarked
#: ``<time>`` anywhere, nor htmldate's search).
OWN_DATE_SOURCES = REPUBLICATION_SOURCES | {"jsonld-other", "time-article"}
#: A day in a URL path (/2025/03/01/, 2025-03-01), a slug of three or more words, a long id.
_URL_DAY = re.compile(r"(?:19|20)\d\d[/_-]?(?:0?[1-9]|1[0-2])[/_-]?(?:0?[1-9]|[12]\d|3[01])")
_SLUG = re.compile(r"[^\W\d_]{2,}(?:[-_][^\W_]+){2,}")
_LONG_ID = re.compile(r"\d{5,}")
_DIGIT = re.compile(r"\d")
#: Paths of a front page, a search page, a numbered page of a list.
_FRONT = re.compile(r"^/?(?:index\.\w+|home|[a-z]{2}(?:-[a-z]{2})?)?/?$", re.IGNORECASE)
_LISTING_PATH = re.compile(r"/(?:search|page/\d+)(?:/|$)", re.IGNORECASE)


@dataclass(frozen=True)
class PageKind:
    """The signals found on one page, by what they say it is."""

    article: tuple[str, ...]
    other: tuple[str, ...]

    @property
    def is_listing(self) -> bool:
        """Nothing says "article" and two signals say "a page of other pages"."""
        return not self.article and len(self.other) >= 2

    @property
    def is_article(self) -> bool:
        """Two signals or more say "article", and more than say the opposite."""
        return len(self.article) >= 2 and len(self.article) > len(self.other)

    def describe(self) -> str:
        """``"og:type website, front page URL"``: the signals, for a message."""
        return ", ".join(self.article + self.other) or "no signal"


def article_url(url: str) -> bool:
    """True for a URL shaped like one story's: a day, a slug of words or a long id in
    its path."""
    path = split_url(url).path
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(_URL_DAY.search(path) or _SLUG.search(last) or _LONG_ID.search(path))


def listing_url(url: str) -> str | None:
    """What kind of page of other pages *url* is shaped like ("front page URL", "search
    URL", "paged list URL"), or None (for a malformed address too: no shape, no front page)."""
    parts = split_url(url)
    if not any(parts):
        return None
    keys = {key.lower() for key, _ in parse_qsl(parts.query, keep_blank_values=True)}
    if keys & SEARCH_QUERY_KEYS:
        return "search URL"
    if _LISTING_PATH.search(parts.path):
        return "search URL" if "search" in parts.path.lower() else "paged list URL"
    if not parts.query and _FRONT.match(parts.path):
        return "front page URL"  # "/?p=959" names a post
    return None


def _beside(element: HtmlElement) -> bool:
    """True when *element* lies in a region the page marks as beside its main content
    (``<aside>``, ``role="complementary"``): a sidebar's widgets, shown on a single post
    and on a page of posts alike."""
    return any(
        above.tag == "aside" or above.get("role") == "complementary"
        for above in element.iterancestors()
    )


class _PageNames:
    """The names of a page's elements (their ``id`` and ``name`` attributes), the
    targets of its links into itself: read once, on the first question (most pages' links
    carry no fragment, and their names are never read), then a set lookup per link."""

    def __init__(self, element: HtmlElement) -> None:
        self._root = element.getroottree().getroot()
        self._names: set[str] | None = None

    def __contains__(self, fragment: str) -> bool:
        if self._names is None:
            self._names = {
                name
                for element in self._root.iter(etree.Element)
                for name in (element.get("id"), element.get("name"))
                if name
            }
        return fragment in self._names


def _into_page(href: str, names: _PageNames) -> bool:
    """True when *href*'s fragment is one of the page's element *names* (``#p123`` with
    ``id="p123"``): a link to a part of this page, as a forum thread's posts link their
    own permalinks ("viewtopic.php?p=123#p123"), a comment's subject its permalink
    (``/comment/501#comment-501``), a FAQ's question its anchor; not to a page of its
    own."""
    fragment = href.partition("#")[2]
    return bool(fragment) and fragment in names


def _links_into_page(heading: HtmlElement, names: _PageNames) -> bool:
    """True when *heading* holds or lies in a link and every such link leads into this
    page (:func:`_into_page`)."""
    return _every_link(heading, lambda href: _into_page(href, names))


def _links_off_site(heading: HtmlElement, url: str) -> bool:
    """True when every link *heading* holds or lies in leads to another site than the
    page's at *url* (:func:`_another_site`): a reader's comment under a name linking the
    reader's own website, a list of other sites; no teaser of a page of this site."""
    return _every_link(heading, lambda href: _another_site(href, url))


def _every_link(heading: HtmlElement, test: Callable[[str], bool]) -> bool:
    """True when *heading* holds or lies in a link and *test* holds for every such
    link's address ("" for none)."""
    links = [*heading.iter("a"), *heading.iterancestors("a")]
    return bool(links) and all(test(a.get("href") or "") for a in links)


def _another_site(href: str, url: str) -> bool:
    """True when *href* surely leads to another site than *url*'s: its host's last two
    labels differ from the page's (``peter.example.net`` from ``www.example.org``; a
    sister host, ``sport.example.org``, is the site's, and so is any host under a
    two-label suffix, ``other.co.uk`` from ``news.co.uk``: :func:`~.html.site_of`,
    no list of suffixes is kept, and a doubt counts the link as the site's). A
    relative link or one that cannot be read leads to the site."""
    there = host_of(join_url(url, href) or "")
    here = host_of(url)
    if not there or not here:
        return False
    return site_of(there) != site_of(here)


def _linked_headings(root: HtmlElement, url: str) -> int:
    """Linked headings of the page, but those linking into the page itself
    (:func:`_links_into_page`) or only to other sites (:func:`_links_off_site`: a page
    of other pages links the site's own). Those in a sidebar (:func:`_beside`) count only
    beside :data:`TEASER_RUN` or more of the page's main part: a blog's "recent posts"
    widget lists other posts under linked headings beside a single post too, and tells a
    page of posts only together with a run of linked headings of the page's own."""
    main = beside = 0
    names = _PageNames(root)
    for seen, heading in enumerate(root.iter("h2", "h3", "h4")):
        if seen >= MAX_HEADINGS:
            break
        if (
            in_link(heading)
            and not _links_into_page(heading, names)
            and not _links_off_site(heading, url)
        ):
            if _beside(heading):
                beside += 1
            else:
                main += 1
    return main + beside if main >= TEASER_RUN else main


#: Fewest entries built alike, each under a heading linking another page, that make the
#: story found one teaser of a run (a tag or section page's lead teaser with its standfirst).
TEASER_RUN = 3
#: Levels above the story's container looked at for the entry of such a run.
TEASER_ENTRY_LEVELS = 3


def _same_page(href: str, url: str) -> bool:
    """True when *href* leads to the page at *url* itself (or a fragment of it); a link
    that cannot be read is taken for one (it proves no other page)."""
    joined = join_url(url, href)
    if joined is None:
        return True
    target, here = split_url(joined), split_url(url)
    return (target.netloc, target.path.rstrip("/"), target.query) == (
        here.netloc,
        here.path.rstrip("/"),
        here.query,
    )


def _links_elsewhere(entry: HtmlElement, url: str) -> bool:
    """True when *entry*'s first heading holds or is held by a link to another page (not
    the page itself: a post's title linking its own permalink)."""
    heading = next(entry.iter(*HEADING_TAGS), None)
    if heading is None:
        return False
    links = _heading_links(heading, entry)
    return any((href := a.get("href")) and not _same_page(href, url) for a in links)


def _heading_links(heading: HtmlElement, entry: HtmlElement) -> list[HtmlElement]:
    """The links *heading* holds, then those holding it inside *entry*."""
    links = list(heading.iter("a"))
    for above in heading.iterancestors():
        if above is entry:
            break
        if above.tag == "a":
            links.append(above)
    return links


def teaser_run(story: HtmlElement | None, url: str) -> int:
    """How many entries there are in the run of teasers that the story's container
    *story* lies in or is, 0 when it lies in none: :data:`TEASER_RUN` or more siblings of
    one tag and class, every one under a heading linking another page. A story's own
    container holds its headline unlinked (or linking the story itself); a teaser's
    links to the story it announces."""
    node = story
    for _ in range(TEASER_ENTRY_LEVELS):
        if node is None:
            return 0
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return 0
        name = node.get("class")
        twins = [c for c in parent if c.tag == node.tag and c.get("class") == name]
        if len(twins) >= TEASER_RUN and all(_links_elsewhere(twin, url) for twin in twins):
            return len(twins)
        node = parent
    return 0


#: Elements looked at for a run of posts, at most, and headings looked at in one entry.
MAX_RUN_PARENTS = 5_000
MAX_ENTRY_HEADINGS = 20
#: Share of the story's characters a run of posts must hold for the story to be the run's.
POSTS_SHARE = 0.5


def _heads_elsewhere(entry: HtmlElement, pages: tuple[str, ...], names: _PageNames) -> str | None:
    """The text of *entry*'s first heading that holds or is held by a link to another
    page of the site than *pages* (the page's URL and its canonical one), None when that
    link leads into this page (to one of its element *names*: :func:`_into_page`) or no
    heading links: an entry
    announcing a post of its own, whatever heading opens it (a blog's date heading over
    the post's title)."""
    for seen, heading in enumerate(entry.iter(*HEADING_TAGS)):
        if seen >= MAX_ENTRY_HEADINGS:
            break
        for link in _heading_links(heading, entry):
            href = link.get("href")
            if (
                href
                and not any(_same_page(href, page) for page in pages)
                and any(_same_site(href, page) for page in pages)
            ):
                return None if _into_page(href, names) else _norm(heading.text_content())
    return None


def _same_site(href: str, url: str) -> bool:
    """True when *href* leads to a page of *url*'s site (its host, "www." or not): a
    post's own address; a link to another site (a list article's shop, a place it
    lists) announces no post of this one. A link that cannot be read is none."""
    there = join_url(url, href)
    if there is None:
        return False
    return host_of(there) == host_of(url)


def _norm(text: str) -> str:
    return " ".join(text.split())


def post_run(
    container: HtmlElement, story: list[str], pages: tuple[str, ...]
) -> list[HtmlElement]:
    """The entries of the run of posts that holds the *story* found, [] when none: a run
    is :data:`TEASER_RUN` or more siblings of one tag and class, opened alike
    (:func:`_opened_alike`), each holding a heading that links another page than *pages*
    (its post's own address: a blog's front page, archive or tag page, in excerpts or in
    full), and it holds the story when more than
    :data:`POSTS_SHARE` of the story's characters lie in its entries. A single post's
    related posts or a recent posts widget are such a run too, but they hold none of its
    story; the post's own heading links no other page. The run is looked for where it
    can hold the story: among the children of *container* (the story's container, or the
    page's root) or of an element in it or above it."""
    total = sum(len(line) for line in story)
    if not total:
        return []
    lines = [_norm(line) for line in story]
    names = _PageNames(container)
    parents = [*reversed(list(container.iterancestors())), *container.iter()]
    for seen, parent in enumerate(parents):
        if seen >= MAX_RUN_PARENTS:
            break
        if len(parent) < TEASER_RUN:
            continue
        for entries in _alike(parent):
            if len(entries) < TEASER_RUN:
                continue
            if not _opened_alike(entries):
                continue
            # (the cheaper test first: a run of paragraphs, headed by none, goes at its
            # first entry; the share of the story, lines by entries, grows as their product)
            titles: list[str] = []
            for entry in entries:
                title = _heads_elsewhere(entry, pages, names)
                if not title:
                    break
                titles.append(title)
            if len(titles) < len(entries) or len(set(titles)) < len(titles):
                continue  # (replies all titled alike, "Re: …", are one thread's posts)
            texts = [_norm(entry.text_content()) for entry in entries]
            if held_chars(story, lines, texts) > POSTS_SHARE * total:
                return entries
    return []


def held_chars(story: list[str], lines: list[str], texts: list[str]) -> int:
    """Characters of the *story*'s lines whose normalised forms (*lines*, no line break
    in them) lie in one of *texts* (normalised too): each line is looked for once in
    the texts joined by line breaks, where no line can match across two of them."""
    if not texts:
        return 0
    joined = "\n".join(texts)
    return sum(len(o) for o, n in zip(story, lines, strict=True) if n in joined)


def _alike(parent: HtmlElement) -> list[list[HtmlElement]]:
    """The children of *parent* built alike: those of one tag and class, and those of one
    tag whose classes differ but share a name and each name an id (a blog engine classes
    each post by its id, format and categories too: ``post-301 post type-post
    category-city``; a box of another kind among them carries no id)."""
    groups: dict[tuple[object, str | None], list[HtmlElement]] = {}
    for child in parent:
        if isinstance(child.tag, str):
            groups.setdefault((child.tag, child.get("class")), []).append(child)
    found = list(groups.values())
    classes: dict[object, int] = {}
    for tag, _ in groups:
        classes[tag] = classes.get(tag, 0) + 1
    for tag, count in classes.items():
        if count < 2:
            continue
        members = [child for child in parent if child.tag == tag]
        if len(members) < TEASER_RUN:
            continue
        names = [set((m.get("class") or "").split()) for m in members]
        if set.intersection(*names) and all(any(_DIGIT.search(n) for n in c) for c in names):
            found.append(members)
    return found


def _opened_alike(entries: list[HtmlElement]) -> bool:
    """True when *entries* open with headings of one tag and class (a lead card under a
    label of its own is not built like the run's other entries)."""
    first = [next(entry.iter(*HEADING_TAGS), None) for entry in entries]
    return len({None if h is None else (h.tag, h.get("class")) for h in first}) == 1


def posts_dated(entries: list[HtmlElement], days: set[str]) -> bool:
    """True when more than half of *entries* show a day of their own: a ``<time>``
    element, or one of the page's *days* (the raw dates read from it) in their text. A
    blog's page of posts dates each post; a roundup's, a list article's, an FAQ's or a
    glossary's items, each under a heading linking a page of its own, show none."""
    dated = 0
    for entry in entries:
        text = _norm(entry.text_content())
        if next(entry.iter("time"), None) is not None or any(day in text for day in days):
            dated += 1
    return dated > POSTS_SHARE * len(entries)


#: Fewest words of a headline of the page's own over a run of entries: a section's, a
#: month's or a tag's label ("Stadt", "März 2024", "Urban development and transport")
#: names a page of posts in fewer; a story's headline is most often a longer sentence.
OWN_HEADLINE_WORDS = 5
#: ``<h1>`` and ``<h2>`` elements looked at for it, at most.
MAX_H1 = 40


def _site_header(h1: HtmlElement, above: list[HtmlElement]) -> bool:
    """True when *h1* (with its ancestors *above*) lies in the site's header: a
    ``<header>`` or ``role="banner"``, or an old theme's container named a header
    holding the site's menu after the *h1* (:func:`_named_banner`), outside any
    ``<article>`` or ``<main>`` (a blog's name), not an article's own header."""
    banner = any(a.tag == "header" or a.get("role") == "banner" for a in above)
    if not banner and not _named_banner(h1, above[:BANNER_LEVELS]):
        return False
    return not any(a.tag in ("article", "main") or a.get("role") == "main" for a in above)


#: Levels above an ``<h1>`` looked at for a container named a header (:func:`_named_banner`).
BANNER_LEVELS = 2
#: A class or id naming a header ("header", "site-header", "header_wrapper").
_HEADER_NAMED = re.compile(r"header")
#: Fewest links after the ``<h1>`` that make the site's menu.
BANNER_MENU_LINKS = 2


def _named_banner(h1: HtmlElement, above: list[HtmlElement]) -> bool:
    """True when one of *above* (the *h1*'s nearest ancestors) is an old theme's site
    header: its class or id names a header (``<div id="header">``) and it holds, after
    the *h1*, the site's menu: :data:`BANNER_MENU_LINKS` links or more, one of them to
    the site's front page ("/"), none in a breadcrumb trail (:func:`~.stamp_names.names_trail`).
    Two signals agree: a page's header named so holds its headline alone (Bootstrap's
    "page-header"), or with its breadcrumb, which links the front page too, before or
    after the headline."""
    for box in above:
        marker = f"{box.get('class') or ''} {box.get('id') or ''}".lower()
        if _HEADER_NAMED.search(marker) is None:
            continue
        after = False
        links = []
        for element in box.iter(etree.Element):
            if element is h1:
                after = True
            elif (
                after
                and element.tag == "a"
                and h1 not in element.iterancestors()
                and not _in_trail(element, box)
            ):
                links.append(split_url(element.get("href") or "").path)
        if len(links) >= BANNER_MENU_LINKS and "/" in links:
            return True
    return False


def _in_trail(link: HtmlElement, box: HtmlElement) -> bool:
    """True when *link*, or an element holding it inside *box*, is named a breadcrumb
    trail (:func:`~.stamp_names.names_trail`)."""
    for node in (link, *link.iterancestors()):
        if node is box:
            return False
        if names_trail(node):
            return True
    return False


def headline_over(root: HtmlElement, url: str, entries: list[HtmlElement]) -> bool:
    """True when the page has a headline of its own over *entries*: an ``<h1>`` or
    ``<h2>`` (an old theme's) of :data:`OWN_HEADLINE_WORDS` or more words, linking
    nothing but the page itself, outside the entries, the site's header
    (:func:`_site_header`) and a sidebar, sharing with them an element below ``<body>``
    (not a name in a bar across the page), which the page's ``<title>`` or URL states
    too (:func:`headline_stated`), or an ``<h1>`` whose ``<title>`` shares none of its
    words (an old CMS's title names the site only): an article's over its items. A page
    of posts is headed by its blog's name or a section's label, which its ``<title>``
    repeats, if at all."""
    if not entries:
        return False
    held = set(entries)
    title = word_set(_title(root))
    for seen, head in enumerate(root.getroottree().getroot().iter("h1", "h2")):
        if seen >= MAX_H1:
            break
        above = list(head.iterancestors())
        if held.intersection(above) or _site_header(head, above) or _beside(head):
            continue
        links = [*head.iter("a"), *head.iterancestors("a")]
        if any(not _same_page(a.get("href") or "", url) for a in links):
            continue  # (a heading linking the page itself is its own: an old theme's)
        ancestors = set(above)
        common = next((a for a in entries[0].iterancestors() if a in ancestors), None)
        if common is None or common.tag in ("body", "html"):
            continue
        words = word_set(head.text_content())
        if len(words) < OWN_HEADLINE_WORDS:
            continue
        if headline_stated(root, url, head.text_content()):
            return True
        if head.tag == "h1" and not words & title:
            return True
    return False


def entries_markup(root: HtmlElement, entries: list[HtmlElement]) -> bool:
    """True when every article-typed markup of the page (a microdata item, a JSON-LD
    script naming an article type) lies in one of *entries*: the posts' own markup, each
    post of a blog's page of posts marked as one, not the page's."""
    held = set(entries)

    def within(element: HtmlElement) -> bool:
        return element in held or any(above in held for above in element.iterancestors())

    for element in root.getroottree().getroot().iter(etree.Element):
        if itemtype_name(element.get("itemtype")) in ARTICLE_TYPES and not within(element):
            return False
        if element.tag == "script" and "ld+json" in str(element.get("type") or ""):
            for value in load_json(element.text or ""):
                typed = any(item_types(item) & ARTICLE_TYPES for item, _ in jsonld_items(value))
                if typed and not within(element):
                    return False
    return True


def slug_only(url: str) -> bool:
    """True when *url* reads as a story's by the slug of words closing its path alone (no
    day, no long id): a tag's, a topic's or an author's page is named so too."""
    path = split_url(url).path
    return article_url(url) and not (_URL_DAY.search(path) or _LONG_ID.search(path))


def _microdata_article(root: HtmlElement) -> bool:
    for element in root.getroottree().getroot().iter(etree.Element):
        if itemtype_name(element.get("itemtype")) in ARTICLE_TYPES:
            return True
    return False


def _stamps(meta: Metadata) -> set[str]:
    """The different visible publication stamps the page shows."""
    return {c.raw for c in meta.published if c.source in STAMP_SOURCES}


#: Elements looked at for the page's ``<title>``, at most (it stands in the head).
MAX_TITLE_SEEN = 200


def _title(root: HtmlElement) -> str:
    """The text of the page's ``<title>`` in its head ("" when it has none; an SVG's
    ``<title>`` in the body is a picture's)."""
    for seen, element in enumerate(root.getroottree().getroot().iter("title")):
        if seen > MAX_TITLE_SEEN:
            break
        parent = element.getparent()
        if parent is not None and parent.tag == "head":
            return str(element.text_content())
    return ""


def headline_stated(root: HtmlElement, url: str, headline: str | None) -> bool:
    """True when the page states *headline* twice: its ``<title>`` holds most of its
    words (:data:`~newscrawl.extraction.headlines.TITLE_MATCH_COVER`), or the URL's slug
    spells it (:func:`~newscrawl.extraction.headlines.slug_states`). Not a logo's ``<h1>``
    beside a story's title, nor a section's one-word name."""
    words = word_set(headline or "")
    if len(words) < 2:
        return False
    title = word_set(_title(root))
    if len(words & title) >= TITLE_MATCH_COVER * len(words):
        return True
    return slug_states(headline or "", url)


def states_own_date(source: str | None, published: list[str], meta: Metadata) -> bool:
    """True when the page states its own publication date (*published*, read from
    *source*): structured data, a meta, a marked ``<time>`` or a visible stamp, but not a
    stamp among more different stamps than one item shows (:data:`MAX_PAGE_STAMPS`) unless
    it is set under the headline outside a run of like entries
    (:attr:`.Metadata.header_stamps`): that is the first of a list's dates."""
    if not published or source not in OWN_DATE_SOURCES:
        return False
    if source not in STAMP_SOURCES or any(raw in meta.header_stamps for raw in published):
        return True
    return len(_stamps(meta)) <= MAX_PAGE_STAMPS


def page_kind(
    root: HtmlElement, url: str, meta: Metadata, *, listing_only: bool = False
) -> PageKind:
    """The article and other-pages signals of a page (see the module's docstring). With
    *listing_only* (the caller asks :attr:`PageKind.is_listing` only) the page's markup is
    not read once a cheaper signal says "article"."""
    article: list[str] = []
    other: list[str] = []
    og_type = (meta.og_type or "").lower()
    if og_type.startswith("article"):
        article.append(f"og:type {og_type}")
    elif og_type in LISTING_OG_TYPES:
        other.append(f"og:type {og_type}")
    if found := sorted(meta.jsonld_types & ARTICLE_TYPES):
        article.append(f"JSON-LD {found[0]}")
    elif found := sorted(meta.jsonld_types & LISTING_TYPES):
        other.append(f"JSON-LD {found[0]}")
    stamps = _stamps(meta)
    if any(c.source in _META_DATE_SOURCES for c in meta.published) or (
        0 < len(stamps) <= MAX_PAGE_STAMPS
    ):
        article.append("publication date")
    if article_url(url):
        article.append("article URL")
    elif shape := listing_url(url):
        other.append(shape)
    if listing_only and article:
        return PageKind(tuple(article), tuple(other))
    if _microdata_article(root):
        article.append("microdata article")
    if (linked := _linked_headings(root, url)) >= LINKED_HEADINGS:
        other.append(f"{linked} linked headings")
    return PageKind(tuple(article), tuple(other))


#: Fewest characters of text that make an uncertain body worth a record: more than a
#: teaser holds (``boilerplate.TEASER_MAX_CHARS``), since a shorter stated "articleBody" or
#: main text is as likely the story's summary as the story.
MIN_UNCERTAIN_CHARS = TEASER_MAX_CHARS
#: Scripts read for story markup, at most, and the longest read.
MAX_SCRIPTS = 200
MAX_SCRIPT_CHARS = 5_000_000
#: Share of the headline's and description's words the script's story must hold.
SCRIPT_TOPIC_SHARE = 0.3
_JSON_STRING = re.compile(r'"((?:[^"\\]++|\\.)*+)"')
_ESCAPED_P = re.compile(r"\\u003c[pP]\b|<[pP][\s>]")
_WORD = re.compile(r"\w+")
#: A template's slot left unfilled in a script's story markup (the renderer puts an ad or
#: a widget there): a name alone between paired marks, ``$$ARTICLEAD$$``, ``{{ad_slot}}``,
#: ``%%WIDGET%%``, ``[[ad]]``.
_PLACEHOLDER = re.compile(r"\$\$\s*\w+\s*\$\$|\{\{\s*\w+\s*\}\}|%%\s*\w+\s*%%|\[\[\s*\w+\s*\]\]")
_MARKUP = re.compile(r"<(?:p|br|div)\b", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"<br\s*/?>|</(?:p|div|h\d|li)>", re.IGNORECASE)


def _text_paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of a JSON-LD ``articleBody``: plain text split at line breaks; some
    sites put the story's HTML there, whose tags are taken out."""
    if _MARKUP.search(text):
        marked = _PARAGRAPH_END.sub("\n", text)
        try:
            text = str(
                etree.fromstring(f"<div>{marked}</div>", etree.HTMLParser()).xpath("string()")
            )
        except (etree.ParserError, ValueError):
            return []
    lines = (" ".join(line.split()) for line in text.splitlines())
    return [Paragraph(line) for line in lines if line]


def _script_story(
    root: HtmlElement, meta: Metadata, read: Callable[[str], list[Paragraph]]
) -> list[Paragraph]:
    """The story of a page a script renders from data it carries: the longest string of
    paragraph markup in the page's scripts (the state of a Next.js, Nuxt or React Query
    page: ``"contentHtml": "\\u003cp\\u003e…"``), read by *read* (the block model, which
    leaves out its captions and boxes), its template's unfilled slots aside (a line that
    is only ``$$ARTICLEAD$$``), when it speaks of what the page's headline and
    description speak of. [] when there is none."""
    markup = ""
    for count, script in enumerate(root.iter("script")):
        text = script.text or ""
        kind = script.get("type") or ""
        if count > MAX_SCRIPTS or len(text) > MAX_SCRIPT_CHARS or "ld+json" in kind:
            continue
        for literal in _JSON_STRING.findall(text):
            if len(literal) <= max(len(markup), MIN_UNCERTAIN_CHARS):
                continue
            if not _ESCAPED_P.search(literal):
                continue
            try:
                value = json.loads(f'"{literal}"')
            except ValueError:
                continue
            markup = value if isinstance(value, str) else markup
    if not markup:
        return []
    story = [p for p in read(markup) if not _PLACEHOLDER.fullmatch(p.text)]
    about = {w for w in _WORD.findall(f"{meta.headline} {meta.description}".lower()) if len(w) > 1}
    found = set(_WORD.findall(" ".join(p.text for p in story).lower()))
    if not about or len(about & found) < SCRIPT_TOPIC_SHARE * len(about):
        return []
    return story


def best_text(
    root: HtmlElement,
    meta: Metadata,
    loose: list[Paragraph],
    read: Callable[[str], list[Paragraph]],
    *,
    dated: bool = False,
    shown_only: bool = False,
    second: Callable[[], list[Paragraph]] = list,
) -> tuple[list[Paragraph], str] | None:
    """The best text of a page whose story container was not found, and where it came
    from: the JSON-LD ``articleBody`` (what the publisher states the story is), else the
    page's main text (:func:`~newscrawl.extraction.generic_body._loose_paragraphs`), else the
    story markup in its scripts (:func:`_script_story`, read by *read*), else a second
    opinion's text (*second*: trafilatura's, which reads what the block model leaves
    out, e.g. a story kept hidden until a script shows it). None when none
    holds more than :data:`MIN_UNCERTAIN_CHARS`, except that on a *dated* page (its own
    publication date, not a page of other pages) the main text it shows is its story
    however short (a photo's caption, a short note): the reader sees nothing else. With
    *shown_only* (a page whose only sign of a story is its headline) only the stated
    ``articleBody`` and the main text count: text a script holds or hides is not read."""
    stated = _text_paragraphs(meta.article_body or "")
    sources: tuple[tuple[Callable[[], list[Paragraph]], str, int], ...] = (
        (lambda: stated, "JSON-LD articleBody", MIN_UNCERTAIN_CHARS),
        (lambda: loose, "the page's main text", 0 if dated else MIN_UNCERTAIN_CHARS),
        (
            lambda: _script_story(root, meta, read),
            "the story markup in the page's scripts",
            MIN_UNCERTAIN_CHARS,
        ),
        (second, f"{SECOND_SOURCE}'s text of the page", MIN_UNCERTAIN_CHARS),
    )
    for paragraphs, source, least in sources[:2] if shown_only else sources:
        found = paragraphs()
        if sum(len(p.text) for p in found) > least:
            return found, source
    return None
