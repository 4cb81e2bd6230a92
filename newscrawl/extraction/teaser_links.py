"""Which links of a box of repeated links lead to single stories.

A box of other stories and a box of navigation look alike in the page's tree: repeated
items, each with a link and a few words. What tells them apart is where the links lead.
A story is one document, and news sites name documents so that they stay unique: a
numeric id, a date, a slug of the headline's words. A section, tag, author, app, service
or legal page is a short, stable name ("/sport/", "/tag/ukraine", "/fazapp",
"/how-to-complain/"). So a link is **story-shaped** when its path carries one of those
marks, or when it has the shape of the page's own URL (the page is a story: a sibling
with the same path pattern is one too). A link back to the page itself (skip links,
"share", a list that holds the page's own teaser) is never a teaser of another story,
nor is a link to one of the page's ancestors: the section front the story is filed under
("/nachrichten/schleswig-holstein/" or its directory index
"/nachrichten/schleswig-holstein/index.html", heading a list of the section's stories).

Links say themselves what they are not: since 2019 search engines ask sites to mark paid
links ``rel="sponsored"`` (ads, affiliate and course widgets) and links written by users
``rel="ugc"`` (comment widgets, forums), and publishing systems do. Such a link is not the
newsroom's teaser of a story, however story-shaped its URL; a plain ``nofollow`` (network
boxes of sister publications carry it) says nothing of the kind.

A site's newsroom publishes on the site's own host; its services live on hosts of their
own under the site's name: the job market (``stellenmarkt.``, ``jobs.``), the careers or
course shop, the e-paper, the ticket offers. A box whose every link leaves for one and the
same subdomain of the page's host is such a service's feed inserted in the page, not a list
of stories. A box of one other site's stories (a partner's widget) or of several sites' (a
network box), and a list of the site's own stories with one on a section's subdomain,
stay. (A box of stories all on a section's subdomain, "sport.", is lost with them: on the
development pages such boxes were services, measured in the commit that added this.)

A row of the site's apps and profiles leaves the site for one platform per link: an app
store ("/app/stadtanzeiger-news/id1234567890"), a video channel, a social network. Such
links name an app or an account by an id or a name, never a story by its headline's words
or its date; a box of other sites' stories (a network box) names them so. A box whose
every link leaves the site, for more than one host, none named by a headline slug or a
date, is such a row, not stories.

A page of a topic, a tag or an author is named by its label: "/thema/krieg-in-der-ukraine",
"/autor/anna-maria-von-berg/", all in one directory, no id, no date. A slug of four
words makes such a link story-shaped, yet a box of them is a list of labels: every link
in one directory, named by a slug alone, and every anchor at most
``LABEL_MAX_WORDS`` words long (a name, a topic; headlines run longer). A list of
stories named by slugs alone whose headlines are that short is lost with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import parse_qsl, unquote

from newscrawl.extraction.html import host_of, site_of, split_url

#: Share of a box's links (not counting links to the page itself) that must be
#: story-shaped for the box to be a list of stories rather than navigation.
STORY_LINK_MIN_SHARE = 0.5
#: Fewest words in a path segment that reads as a headline slug ("storm-closes-coastal-road");
#: three-word names are as often sections and services ("how-to-complain", "europe-in-motion").
SLUG_MIN_WORDS = 4

#: Most words of the anchors of a box of topic, tag or author links (see module doc).
LABEL_MAX_WORDS = 5

_DATE_PATH = re.compile(r"/(?:19|20)\d\d/[01]?\d/|(?:19|20)\d\d-?[01]\d-?[0-3]\d")
_ID_RUN = re.compile(r"\d{5,}")
_SLUG_SPLIT = re.compile(r"[-_,+.]+")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp|ece|cms)$", re.IGNORECASE)
_QUERY_ID = re.compile(r"\d{4,}")
#: A directory's index document names the directory (the web servers' default name).
_DIRECTORY_INDEX = re.compile(r"index(?:\.[a-z]{2,5})?", re.IGNORECASE)
#: Link types marking a link as paid or written by users (see module doc).
NOT_EDITORIAL_RELS = frozenset({"sponsored", "ugc"})


@lru_cache(maxsize=4096)
def _segments(path: str) -> tuple[str, ...]:
    # Cached: every link of a box is compared with the page's own path, and a link's
    # path is cut for two tests.
    return tuple(unquote(s) for s in path.split("/") if s)


@lru_cache(maxsize=4096)
def _has_mark(segment: str) -> bool:
    """A path segment that names one document: an id, or a slug of a headline."""
    bare = _EXTENSION.sub("", segment)
    if _ID_RUN.search(bare):
        return True
    return len([w for w in _SLUG_SPLIT.split(bare) if w]) >= SLUG_MIN_WORDS


def _same_pattern(path: str, page_path: str) -> bool:
    """Same depth and first segment as the page's own path, and a last segment that is
    neither the page's own nor one of its ancestors' (a sibling document)."""
    mine, page = _segments(path), _segments(page_path)
    return len(mine) >= 2 and len(mine) == len(page) and mine[0] == page[0] and mine != page


def is_section_front(url: str, page_url: str) -> bool:
    """*url* is a directory above the page on its host (or that directory's index
    document): the section the story is filed under."""
    a, b = split_url(url), split_url(page_url)
    if a.netloc.lower() != b.netloc.lower():
        return False
    mine, page = _segments(a.path), _segments(b.path)
    if mine and _DIRECTORY_INDEX.fullmatch(mine[-1]):
        mine = mine[:-1]
    return len(mine) < len(page) and page[: len(mine)] == mine


def is_same_document(url: str, page_url: str) -> bool:
    """*url* is the page itself (fragment, query, trailing slash and a "www." aside: a
    site serves the same path on its bare host and on "www.", and a box of its "most
    read" stories links the page on either)."""
    a, b = split_url(url), split_url(page_url)
    # The paths first: most links differ in theirs, and their hosts are not asked for.
    return a.path.rstrip("/") == b.path.rstrip("/") and host_of(url) == host_of(page_url)


def is_story_shaped(url: str, page_url: str) -> bool:
    """*url* names a single document the way news sites name stories (see module doc)."""
    parts = split_url(url)
    if parts.scheme not in ("http", "https"):
        return False
    if parts.query and any(_QUERY_ID.fullmatch(v) for _, v in parse_qsl(parts.query)):
        return True
    path = parts.path
    if is_section_front(url, page_url):
        return False
    if _DATE_PATH.search(path) or any(_has_mark(s) for s in _segments(path)):
        return True
    page = split_url(page_url)
    return parts.netloc.lower() == page.netloc.lower() and _same_pattern(path, page.path)


def _has_slug(path: str) -> bool:
    """A segment of *path* is a headline slug (``SLUG_MIN_WORDS`` words or more)."""
    return any(
        len([w for w in _SLUG_SPLIT.split(_EXTENSION.sub("", s)) if w]) >= SLUG_MIN_WORDS
        for s in _segments(path)
    )


def is_platform_row(urls: list[str], page_url: str) -> bool:
    """*urls* all leave the page's site (:func:`~newscrawl.extraction.html.site_of`: a
    page on ``sport.example.de`` shares its site with ``www.example.de`` and
    ``kultur.example.de``), for more than one host, and none names a story by a headline
    slug or a date: a row of apps and profiles (see module doc). A link with no host (a
    malformed address) makes no row."""
    page = site_of(host_of(page_url))
    hosts = set()
    for url in urls:
        host = host_of(url)
        if not host or site_of(host) == page:
            return False
        path = split_url(url).path
        if _DATE_PATH.search(path) or _has_slug(path):
            return False
        hosts.add(host)
    return len(hosts) > 1


def is_label_list(urls: list[str], texts: Iterable[str]) -> bool:
    """*urls* (with their anchors' *texts*, read only when the links pass) are pages of
    topics, tags or authors: all in one directory, each named by a slug alone, every text
    short (see module doc)."""
    folders = set()
    for url in urls:
        parts = split_url(url)
        segments = _segments(parts.path)
        if len(segments) < 2 or parts.query or _DATE_PATH.search(parts.path):
            return False
        if _ID_RUN.search(parts.path):
            return False
        folders.add((parts.netloc.lower(), segments[:-1]))
        if len(folders) > 1:
            return False
    return all(len(text.split()) <= LABEL_MAX_WORDS for text in texts)


def is_editorial(rel: str | None) -> bool:
    """The link's ``rel`` does not mark it paid or written by users (see module doc)."""
    return NOT_EDITORIAL_RELS.isdisjoint((rel or "").lower().split())


def is_foreign_feed(urls: list[str], page_url: str) -> bool:
    """All of *urls* lead to one host, not the page's (see module doc)."""
    hosts = {host_of(u) for u in urls}
    page = host_of(page_url)
    return len(hosts) == 1 and page not in hosts and hosts.pop().endswith("." + page)


def is_own_stories(urls: list[str], page_url: str) -> bool:
    """Every one of *urls* is on the page's host and names a story by its own mark (an
    id, a date, a headline slug), not only by sharing the page's path pattern: the test
    a box of two teasers must pass, where a share of the links proves nothing."""
    page = host_of(page_url)
    return all(host_of(u) == page and is_story_shaped(u, "") for u in urls)


def story_links(
    urls: list[str], page_url: str, rels: list[str | None] | None = None
) -> list[bool] | None:
    """Per link of one box (with its ``rel`` attribute in *rels*), whether it is kept as a
    story teaser; ``None`` when the box is navigation or ads (fewer than
    ``STORY_LINK_MIN_SHARE`` of its other links story-shaped and editorial), a service's
    feed or a row of apps and profiles."""
    rels = rels if rels is not None else [None] * len(urls)
    others = [not is_same_document(u, page_url) for u in urls]
    shaped = [
        o and is_editorial(r) and is_story_shaped(u, page_url)
        for u, o, r in zip(urls, others, rels, strict=True)
    ]
    if not any(others) or sum(shaped) < STORY_LINK_MIN_SHARE * sum(others):
        return None
    if len(urls) > 1 and (is_foreign_feed(urls, page_url) or is_platform_row(urls, page_url)):
        return None
    return shaped


#: Characters of scripts written without spaces between words (kana, CJK ideographs).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_headline_words(text: str, count: int) -> bool:
    """True when an anchor text has *count* words or more, for telling a headline from a
    label. Japanese and Chinese put no spaces between words: there, two characters count
    as a word (most of their words are one to three characters long), so "国境の２離島が消失か"
    is a headline as much as "Two islands vanish at the border" is; those characters are
    counted only when the spaced words fall short (most texts)."""
    # (:data:`_UNSPACED` finds no ASCII character: an ASCII text is not searched.)
    return len(text.split()) >= count or (
        not text.isascii() and len(_UNSPACED.findall(text)) // 2 >= count
    )
