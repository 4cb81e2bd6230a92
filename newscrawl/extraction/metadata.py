"""Generic article metadata for pages of any news site (no site profile).

:func:`extract_metadata` reads the headline, authors, section, description, language,
canonical URL, main image, keywords and — above all — the raw publication and modification
dates of one page. Dates are returned as :class:`Candidate` lists (raw string, source kind,
confidence); :meth:`Metadata.best_published` picks one by the source priority below. Raw
strings are normalised elsewhere (:class:`~newscrawl.extraction.dates.DateNormaliser`).

Source priority for the publication date (confidence in brackets, highest wins; ties go to
the candidate found first in the document):

1. JSON-LD ``datePublished`` of an article type (0.95), of a web-page type (0.85), of any
   other top-level type (0.7) — ``@graph``, lists and ``mainEntity`` nesting included;
2. ``<meta property="article:published_time">`` and its Open Graph twins (0.9);
3. other common publication meta names (``pubdate``, ``dc.date.issued``, ``sailthru.date``,
   ``parsely-pub-date``, ``citation_publication_date`` …) (0.8);
4. ``itemprop="datePublished"`` (content / datetime / text) (0.75);
5. ``<time datetime>``: marked as the publication time (``pubdate``, a "publish" class)
   (0.65), inside the article / its header (0.55), elsewhere outside sidebars (0.35);
6. visible stamps in the header area or in elements whose class/id names a date, byline or
   meta block: labelled "Published …" (0.45), unlabelled (0.4);
7. the URL path (``/2023/11/03/``, ``/20231103/``, ``2023-11-03``), the day only (0.1).

Modified dates (``dateModified``, ``article:modified_time``, "Updated …") only ever become
:attr:`Metadata.modified` candidates. Nothing is invented: a page without any of these
sources has no candidate (body text, comments and copyright lines are never read).

Pure: no Scrapy, no I/O; one XPath pass collects scripts, metas, links, time elements and
itemprops.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import timezone as fixed_offset
from functools import lru_cache
from itertools import islice, pairwise
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.bylines import (
    byline_names,
    is_full_name,
    is_organisation,
    split_names,
)
from newscrawl.extraction.dates import (
    DateNormaliser,
    is_date_line,
    language_zone,
    split_labels,
)
from newscrawl.extraction.headlines import (
    choose_headline,
    title_headline,
    unescaped,
    visible,
    word_set,
)
from newscrawl.extraction.html import ShortTexts, absolute_url, element_text, shows_all_text
from newscrawl.extraction.vocabulary import (
    ARTICLE_TAGS,
    ARTICLE_TYPES,
    BODY_FRAGMENTS,
    BYLINE_FRAGMENTS,
    BYLINE_LEAD,
    DATE_LABEL_ONLY,
    FOREIGN_FRAGMENTS,
    FOREIGN_TAGS,
    HEADING_TAGS,
    ICON_TAGS,
    INERT_TAGS,
    JOINER_WORDS,
    JSON_META,
    JSONLD_NESTING,
    LABEL_JOINER,
    LABEL_TAGS,
    LOCAL_DATE,
    MODIFIED_FRAGMENTS,
    MODIFIED_LABEL_ONLY,
    MODIFIED_LABELS,
    MODIFIED_META,
    MODIFIED_WORDS,
    NAVIGATION_FRAGMENTS,
    OG_PUBLISHED_META,
    POST_FOOTER_FRAGMENTS,
    POST_META_FRAGMENTS,
    PUBLICATION_VERBS,
    PUBLISH_FRAGMENTS,
    PUBLISHED_LABELS,
    PUBLISHED_META,
    SKIP_TAGS,
    SKIP_TEXT_TAGS,
    STAMP_FRAGMENTS,
    TEXT_BLOCK_TAGS,
    WEBPAGE_TYPES,
)

__all__ = ["Candidate", "Metadata", "extract_metadata", "page_normaliser"]

# --- Limits (the words are in newscrawl.extraction.vocabulary) ---------------------------


#: Longest text of a label element, and of the value beside it.
MAX_LABEL_CHARS = 40
#: Longest post-meta text read for a dated sentence.
MAX_POST_META_CHARS = 400

#: Confidence per source kind (see the module docstring for the priority).
CONFIDENCE = {
    "jsonld-article": 0.95, "meta-og": 0.9, "jsonld-page": 0.85, "meta": 0.8,
    "itemprop": 0.75, "jsonld-other": 0.7, "time-marked": 0.65, "time-article": 0.55,
    "stamp-labelled": 0.45, "stamp": 0.4, "time": 0.35, "url": 0.1,
}  # fmt: skip

#: Longest visible text read as a stamp (date lines are short; body paragraphs are not).
MAX_STAMP_CHARS = 160
#: Longest unlabelled text of a date-classed element handed over as one odd date string.
MAX_ODD_STAMP_CHARS = 40
#: More distinct days than this among unmarked article ``<time>`` elements make them a list.
MAX_TIME_ARTICLE_DAYS = 2
#: Share of an ``<h1>``'s words found in the page title for it to be the headline.
TITLE_MATCH_SHARE = 0.5
#: Fewest words of a lower heading taken as the headline of a page without an ``<h1>``.
TITLE_HEADING_WORDS = 3
#: How many ancestors of the headline make up its "header area".
HEADER_LEVELS = 3
#: How many next siblings of the header area are read for short stamps.
HEADER_SIBLINGS = 3

#: XPath's ``translate(@type, 'JSONLD', 'jsonld')``.
_JSONLD_CASE = str.maketrans("JSONLD", "jsonld")
#: Metas that state the headline (with JSON-LD ``headline``).
_TITLE_METAS = ("og:title", "twitter:title")
_ANCHORS = etree.XPath(
    "//article | //*[@itemprop='articleBody'] | //div[@class] | //section[@class]"
)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: JSON-LD a page may carry: bigger or deeper scripts are not metadata but junk or an
#: attack (real article graphs are a few kB and under ten levels deep), and deeper ones
#: would overflow the parser's stack.
MAX_JSONLD_CHARS = 1_000_000
MAX_JSONLD_DEPTH = 64
#: A JSON string (an unterminated one runs to the end) or a bracket: the depth scan's tokens.
_JSON_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)|[\[\]{}]', re.DOTALL)
_JSON_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$|[-_.])"),
    re.compile(r"[/_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|$|[-_.])"),
    # "/harbour-budget-20231103-a1b2.html": the day set into the slug by a hyphen.
    re.compile(r"[-_]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[-_./]|$)"),
)
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19[7-9]\d|20\d\d)(?!\d)")
_SEPARATORS = re.compile(r"\s[|•·]\s")
#: What sets apart the parts of a meta row under a headline.
_META_PARTS = re.compile(r"\s+[|•·/—–-]\s+")
#: The end of a range's first date, before its dash ("12.10.", "12").
_RANGE_START = re.compile(r"\d\.?$")
_HAS_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"(?<=[^\d\s]{2}[.!?])\s+|\n")
#: A story's opening dateline up to its dash: "LONDON, March 14, 2024 /Wire/ -- The …",
#: "Berlin, 14.03.2024 – Der …" (group 1: the place and the date, the agency left out).
_DATELINE_HEAD = re.compile(
    r"^(.{6,60}?)\s*(?:/[^/\d]{2,30}/|\([^()\d]{2,30}\))?\s+(?:--?|[–—])\s+\S"
)
#: What stands before a dateline's date: nothing, or a place (a few words, no figure) and
#: a comma.
_DATELINE_PLACE = re.compile(r"^(?:[^\W\d][^\d,]{1,38},\s*)?$")
_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One raw date found on the page, with its source kind and confidence (0–1)."""

    raw: str
    source: str
    confidence: float


@dataclass
class Metadata:
    """What :func:`extract_metadata` read off one page."""

    headline: str | None = None
    authors: list[dict[str, str | None]] = field(default_factory=list)
    section: str | None = None
    description: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    image: dict[str, str | None] | None = None
    keywords: list[str] = field(default_factory=list)
    published: list[Candidate] = field(default_factory=list)
    modified: list[Candidate] = field(default_factory=list)
    #: What the page says it is: ``og:type`` (lower case) and the schema.org types of its
    #: JSON-LD main items (lower case, no URL prefix), for :mod:`~.pagekind`.
    og_type: str | None = None
    jsonld_types: frozenset[str] = frozenset()
    #: The JSON-LD article's ``articleBody``, as the page states it (None: none).
    article_body: str | None = None
    #: Raw publication stamps read in the headline's header area (under or beside the
    #: headline) outside a run of like entries: the page's own, however many other
    #: stamps it shows.
    header_stamps: frozenset[str] = frozenset()
    #: The page's main frame: the headline's (else the story's) containers, never a
    #: sidebar whatever their classes say.
    frame: frozenset[HtmlElement] = frozenset()

    def ranked_published(self) -> list[Candidate]:
        """Publication candidates, best first (confidence, then document order)."""
        return _ranked(self.published)

    def ranked_modified(self) -> list[Candidate]:
        """Modification candidates, best first (confidence, then document order)."""
        return _ranked(self.modified)

    def best_published(self) -> Candidate | None:
        """The publication candidate of the most trusted source, or None."""
        ranked = self.ranked_published()
        return ranked[0] if ranked else None

    def best_modified(self) -> Candidate | None:
        """The modification candidate of the most trusted source, or None."""
        ranked = self.ranked_modified()
        return ranked[0] if ranked else None

    def usable_published(
        self,
        root: HtmlElement | None = None,
        url: str | None = None,
        story: frozenset[str] = frozenset(),
    ) -> Candidate | None:
        """The best publication candidate that normalises to an absolute date.

        Candidates go best first through a :class:`DateNormaliser` for the page's language
        (UTC, fetched now); one that fails (not a date, in the future, too old) or that is
        relative ("3 days ago": its value moves with the fetch time) is skipped. When none is
        left and ``root`` is given, htmldate's fast search over the page is the last resort
        (source "htmldate", the day only), not reading the lines of ``story`` (the body's
        paragraphs); None when that finds nothing either.
        """
        chosen = _first_absolute(self.ranked_published(), self.language)
        if chosen is not None:
            chosen = self._republished(chosen) or chosen
            chosen = self._local_day(chosen)
        if chosen is None and root is not None:
            chosen = htmldate_candidate(root, url, story, self.frame)
            if chosen is not None and chosen.raw[:10] in self._modified_days(_STATED_SOURCES):
                # The day the page states as its modification in its data (a JSON-LD
                # dateModified, a modified meta or itemprop, a marked <time>), which
                # htmldate takes when it finds nothing else: a modification date never
                # becomes the publication date. (Its copy has no "Updated …" line; a
                # "Stand:" line, a version's date, stays, and so does an element classed
                # "updated": hAtom's class, on many blogs that of the publication date.)
                chosen = None
        if chosen is None:
            chosen = self._relative_stamp()
        return chosen

    def _modified_days(self, sources: frozenset[str] | None = None) -> set[str]:
        """The days (YYYY-MM-DD) of the absolute modification candidates (of ``sources``
        only, when given)."""
        return {
            d
            for c in self.modified
            if (sources is None or c.source in sources)
            and (d := _absolute_day(c, self.language)) is not None
        }

    def _relative_stamp(self) -> Candidate | None:
        """The visible relative stamp ("2 hours ago", "yesterday") of a page that states its
        publication no other way: the pipeline resolves it against the fetch time (the
        record says so: zone origin ``relative``). None when the page shows several
        different ones: a list's entries, each under its own stamp."""
        normaliser = page_normaliser(self.language)
        now = datetime.now(UTC)
        found: list[Candidate] = []
        for candidate in self.ranked_published():
            if candidate.source not in VISIBLE_SOURCES:
                continue
            try:
                if normaliser.normalise(candidate.raw, now).value is not None:
                    found.append(candidate)
            except ValueError:
                continue
        return found[0] if len({c.raw for c in found}) == 1 else None

    def _republished(self, chosen: Candidate) -> Candidate | None:
        """A later publication candidate on the modification day, when ``chosen`` is older.

        A republished article keeps its first ``datePublished`` in one source while another
        (a meta, a marked time, a visible stamp) and the modification date give the day of
        republication, which is the day the page shows: that candidate wins. Not an
        unmarked ``<time>`` of the article (:data:`REPUBLICATION_SOURCES`): on the
        modification day it is the update's time, printed after an "Updated" its own text
        does not carry. Not when a
        visible stamp or time still shows the first day, nor when sources of two kinds
        state it (:func:`_source_kind`: the JSON-LD and a meta, or the URL the story was
        filed under) — witnesses that agree on the first publication outvote a source on
        the update's day —, nor for a one-day gap (a time zone away, not a republication).
        """
        first_day = _absolute_day(chosen, self.language)
        modified_days = self._modified_days()
        if first_day is None or not modified_days or first_day in modified_days:
            return None
        days = [(c, _absolute_day(c, self.language)) for c in self.ranked_published()]
        if any(c.source in VISIBLE_SOURCES and day == first_day for c, day in days):
            return None
        if len({_source_kind(c) for c, day in days if day == first_day}) >= FIRST_DAY_WITNESSES:
            return None
        earliest = (date.fromisoformat(first_day) + REPUBLICATION_GAP).isoformat()
        for candidate, day in days:
            if candidate.source not in REPUBLICATION_SOURCES or day is None:
                continue
            if day >= earliest and day in modified_days:
                return candidate
        return None

    def _local_day(self, chosen: Candidate) -> Candidate:
        """``chosen`` in the page's own zone when it is a UTC time whose local day differs
        and another source (the URL, a stamp, a time) states that local day.

        A page in a language of one main time zone (:func:`.language_zone`) shows its readers the
        local day: 23:01Z on 1 November is 00:01 on 2 November in Rome. Only with a witness
        on the local day, so a page read from elsewhere keeps its UTC day.
        """
        moment = _iso(chosen.raw)
        zone_name = language_zone(self.language)
        if moment is None or zone_name is None or moment.utcoffset() != timedelta(0):
            return chosen
        try:
            local = moment.astimezone(ZoneInfo(zone_name))
        except ZoneInfoNotFoundError:  # pragma: no cover - no tz database
            return chosen
        day = local.date().isoformat()
        if day == moment.date().isoformat():
            return chosen
        others = (c for c in self.published if c is not chosen and c.raw != chosen.raw)
        if any(_absolute_day(c, self.language) == day for c in others):
            return Candidate(local.isoformat(), chosen.source, chosen.confidence)
        return chosen

    def usable_modified(self) -> Candidate | None:
        """The best modification candidate that normalises to an absolute date, or None."""
        return _first_absolute(self.ranked_modified(), self.language)


def _ranked(candidates: list[Candidate]) -> list[Candidate]:
    order = {id(c): i for i, c in enumerate(candidates)}
    return sorted(candidates, key=lambda c: (-c.confidence, order[id(c)]))


# --- Choosing a usable date ----------------------------------------------------------------

#: A candidate is normalised at two fetch times this far apart: a relative one ("yesterday",
#: "3 hours ago") gives two values and is skipped, an absolute one gives the same value.
RELATIVE_PROBE = timedelta(days=7)
#: Confidence of htmldate's day, the last resort when no candidate of ours normalises.
HTMLDATE_CONFIDENCE = 0.05
#: Most text (characters, after pruning) of a page htmldate's text search reads: it takes
#: seconds on pages of megabytes (it copies the tree and tries its patterns on every
#: line), and a page whose short lines run that long is no story page.
HTMLDATE_TEXT_SEARCH_MAX_CHARS = 200_000
#: Attributes htmldate's text search reads (see :func:`htmldate_candidate`).
_DATE_ATTRIBUTES = frozenset({"datetime", "title", "content"})
#: The day htmldate's text search writes for a month or a year it found without a day.
_GUESSED_DAY = "-01"
#: Publication sources that can tell a republication day apart from the first one (not
#: an unmarked ``<time>`` of the article: on the modification day, the update's time).
REPUBLICATION_SOURCES = frozenset({
    "jsonld-article", "meta-og", "jsonld-page", "meta", "itemprop", "time-marked",
    "stamp-labelled", "stamp",
})  # fmt: skip
#: Sources of a modification date stated in the page's data or markup, not a visible line.
_STATED_SOURCES = frozenset(CONFIDENCE) - {"stamp-labelled", "stamp"}
#: Sources the reader sees on the page (a stamp, a ``<time>`` of the article).
VISIBLE_SOURCES = frozenset({"time-marked", "time-article", "stamp-labelled", "stamp"})
#: Kinds of source (JSON-LD, metas, microdata, the URL …) that, stating the first
#: publication day together, keep it against a republication candidate.
FIRST_DAY_WITNESSES = 2
#: Smallest gap between a first publication day and a republication day.
REPUBLICATION_GAP = timedelta(days=2)
_NORMALISERS: dict[str, DateNormaliser] = {}


def page_normaliser(language: str | None) -> DateNormaliser:
    """One shared normaliser per page locale, as the date pipeline builds for pages of sites
    without a profile: a naive time is in the zone of the page's language (a German page's
    "2023-04-28 18:11" is Berlin's wall time, :func:`.language_zone`), else UTC."""
    locale = (language or "en").strip() or "en"
    if locale not in _NORMALISERS:
        zone = language_zone(locale) or "UTC"
        _NORMALISERS[locale] = DateNormaliser(timezone=zone, locale=locale)
    return _NORMALISERS[locale]


def _first_absolute(ranked: list[Candidate], language: str | None) -> Candidate | None:
    """The first of ``ranked`` that normalises to an absolute date for ``language``."""
    if not ranked:
        return None
    normaliser = page_normaliser(language)
    now = datetime.now(UTC)
    for candidate in ranked:
        try:
            value = normaliser.normalise(candidate.raw, now).value
            if value is None:
                continue
            earlier = normaliser.normalise(candidate.raw, now - RELATIVE_PROBE).value
        except ValueError:  # dateparser does not know the page's language: nor will the pipeline
            continue
        if earlier is None or earlier == value:  # None: too recent for the earlier fetch time
            return candidate
    return None


def _source_kind(candidate: Candidate) -> str:
    """The kind of source a candidate comes from, its variants as one ("jsonld-article"
    and "jsonld-page" are both the page's JSON-LD, "meta-og" and "meta" its metas)."""
    return candidate.source.partition("-")[0]


def _absolute_day(candidate: Candidate, language: str | None) -> str | None:
    """The day (YYYY-MM-DD) ``candidate`` normalises to, None if it is not absolute."""
    chosen = _first_absolute([candidate], language)
    if chosen is None:
        return None
    return page_normaliser(language).normalise(chosen.raw, datetime.now(UTC)).value[:10]  # type: ignore[index]


def htmldate_candidate(
    root: HtmlElement,
    url: str | None = None,
    story: frozenset[str] = frozenset(),
    frame: frozenset[HtmlElement] = frozenset(),
) -> Candidate | None:
    """htmldate's original publication day of the page (fast search: header, JSON, URL,
    date-classed elements, time elements, timestamp patterns; then its text search), or
    None.

    htmldate reads a pruned copy (``root`` is left as it was): without ``<template>``
    markup, the head's too (never shown), sidebars, footers, comments and related blocks
    (the containers our own sources skip), and without long text blocks (body
    paragraphs, and the short ones of ``story``, the found body's paragraphs, unless a
    paragraph is a date line and nothing else; the dates led by a modification label,
    "Updated …" or "Aktualisiert am <time …>"), whose dates htmldate's loose text pass
    would otherwise take: a date is never read from the story's text. Its text
    search (a date in a short line that nothing marks: "von Max Muster, 8.5.12") reads
    that copy without scripts and styles (data, not what the page shows) and with no
    attributes but those that state a date (``datetime``, ``title``, ``content``): the
    days in a link's or a picture's path are other pages' and files', and the element
    search on class and id, done by the fast search already, would take a second on a
    big page. A first of a month from it is refused: that is how it writes a
    guess from a month, a copyright year or a bare year.
    """
    from htmldate import find_date  # noqa: PLC0415 - costly to import, seldom needed

    page = root.getroottree().getroot()
    tree = copy.deepcopy(page)
    # The copy's elements of *frame*: a copy holds its nodes in the original's order.
    kept = frozenset(c for o, c in zip(page.iter(), tree.iter(), strict=True) if o in frame)
    for element in list(tree.iter(*INERT_TAGS)):  # the head's as well
        if (parent := element.getparent()) is not None:
            parent.remove(element)
    for script in list(tree.iter("script")):
        # JSON data stating several publication days is a list's (an ItemList of other
        # stories): htmldate would take its first item's.
        if len(set(_JSON_PUBLISHED_DAY.findall(script.text or ""))) > 1:
            script.drop_tree()
    body = tree.find("body")
    for element in _pruned(body, story, kept) if body is not None else ():
        if (parent := element.getparent()) is not None:
            parent.remove(element)
    try:
        found = find_date(
            tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
        )
        if not found:
            for script in list(tree.iter(*SKIP_TEXT_TAGS)):
                if script.tag != "head":
                    script.drop_tree()  # its tail is the page's text
            for element in tree.iter():
                for name in [n for n in element.attrib if n not in _DATE_ATTRIBUTES]:
                    del element.attrib[name]
            if sum(map(len, tree.itertext())) <= HTMLDATE_TEXT_SEARCH_MAX_CHARS:
                found = find_date(
                    tree,
                    url=url,
                    original_date=True,
                    extensive_search=True,
                    outputformat="%Y-%m-%d",
                )
            if found and found.endswith(_GUESSED_DAY):
                found = None
    except (ValueError, TypeError):  # pragma: no cover - htmldate refuses the document
        return None
    return Candidate(found, "htmldate", HTMLDATE_CONFIDENCE) if found else None


#: A publication day in JSON data, as htmldate's JSON search reads it.
_JSON_PUBLISHED_DAY = re.compile(r'"date(?:Published|Created)"\s*:\s*"(\d{4}-\d\d-\d\d)')
#: Children whose text may not be part of their parent's (hidden, a line break, a reading):
#: left out of the lower bound in :func:`_pruned`.
_UNCOUNTED_TAGS = SKIP_TAGS | {"br", "rt"}


def _pruned(
    body: HtmlElement,
    story: frozenset[str] = frozenset(),
    frame: frozenset[HtmlElement] = frozenset(),
) -> list[HtmlElement]:
    """The elements of *body* (itself included) that :func:`htmldate_candidate` removes:
    sidebars, footers, comments and related blocks (by tag or class), long text blocks
    (over :data:`MAX_STAMP_CHARS`), the text blocks of *story* (the found body's
    paragraphs) but a date line, modification stamps and the dates just after a
    modification label; none inside another removed foreign one (its removal would
    change nothing).

    Read in one walk: a foreign container is not entered, and an element's text is only
    built when what is known of it allows the test to hold. That is a lower bound of its
    visible characters (whitespace aside): the sum of its read children's, each exact once
    its text is built, a child over the cap counting as over it. An element above the
    bound's limit is a long block, or too long for a stamp, without its text (the page's
    big containers, whose text is the whole page's)."""
    short = ShortTexts(MAX_STAMP_CHARS)  # each element's text built once: deep pages
    doomed: list[HtmlElement] = []
    known: dict[HtmlElement, int] = {}  # the lower bound of each element read
    skipped: HtmlElement | None = None
    walk = etree.iterwalk(body, events=("start", "end"))
    for event, element in walk:
        tag = element.tag
        if event == "start":
            if tag in FOREIGN_TAGS or (
                tag not in ("article", "main", "body")
                and element not in frame
                and _foreign_named(_marker(element))
            ):
                doomed.append(element)
                skipped = element
                walk.skip_subtree()
            continue
        if element is skipped:
            continue  # its end: removed whole
        block = tag in TEXT_BLOCK_TAGS
        limit = MAX_STAMP_CHARS if block else MAX_ODD_STAMP_CHARS
        bound = sum(known.get(c, 0) for c in element if c.tag not in _UNCOUNTED_TAGS)
        if bound > limit:
            known[element] = bound
            if block:
                doomed.append(element)  # over the cap: no text, a long block
            continue  # else too long for a modification stamp
        text = short.text(element)
        known[element] = MAX_STAMP_CHARS + 1 if text is None else len("".join(text.split()))
        if (
            (block and (text is None or len(text) > MAX_STAMP_CHARS))
            or (block and text in story and not is_date_line(text))
            or _modification_stamp(text)
            or (
                text is not None
                and _HAS_DIGIT.search(text) is not None
                and _after_modification_label(element)
            )
        ):
            doomed.append(element)
    # The entries of a list, each under its own date (other stories, comments): htmldate
    # would take the first list's first date.
    memo: dict[HtmlElement, bool] = {}
    gone = set(doomed)
    for element, size in known.items():
        if (
            0 < size <= MAX_STAMP_CHARS
            and element not in gone
            and element not in frame
            and _list_entry(element, short, memo)
        ):
            doomed.append(element)
    return doomed


# --- Helpers ------------------------------------------------------------------------------


#: A modification label leading a text ("Updated …", "Uppdaterad …", "Mis à jour le …").
#: Not "Stand:" ("as of"): it dates the version shown, on a page showing no other date
#: the day it was published, which htmldate keeps.
_MODIFICATION_LEAD = re.compile(
    rf"[\s|•·:–—-]*(?!stand:)(?:(?:last\s+)?(?:updated|modified)(?!\w)|{MODIFIED_LABELS.pattern})",
    re.IGNORECASE,
)


#: Tags whose siblings are a list's entries even without a class.
_ENTRY_TAGS = frozenset({"li", "dd", "tr"})
#: How many levels up from a stamp an entry of a list may begin (a date in a line in an
#: entry).
LIST_ENTRY_LEVELS = 4
#: How many siblings on each side :func:`_list_entry` compares (a long list's first ones
#: tell).
LIST_ENTRY_SIBLINGS = 8


def _publication_day(text: str | None) -> str | None:
    """The first publication date a short text states (raw), None when it states none or
    is a modification stamp."""
    if not text or _HAS_DIGIT.search(text) is None or MODIFIED_LABELS.search(text):
        return None
    return next((d.raw for d in split_labels(text) if d.field == "datePublished"), None)


def _list_entry(node: HtmlElement, short: ShortTexts, memo: dict[HtmlElement, bool]) -> bool:
    """True when *node* is one of a run of like entries, each under its own date: a
    sibling of its tag and class (of a list item, any) states another publication date
    than it does (a list of other stories or of comments, not the page's stamp)."""
    verdict = memo.get(node)
    if verdict is not None:
        return verdict
    verdict = False
    tag, name = node.tag, node.get("class")
    if name or tag in _ENTRY_TAGS:
        # Its like siblings first (a tag and an attribute): most elements have none. The
        # tag is compared, not handed to lxml, which refuses a name with control characters.
        like = [
            s
            for siblings in (node.itersiblings(), node.itersiblings(preceding=True))
            for s in islice((s for s in siblings if s.tag == tag), LIST_ENTRY_SIBLINGS)
            if s.get("class") == name
        ]
        if like and (own := _publication_day(short.text(node))) is not None:
            verdict = any(
                (other := _publication_day(short.text(s))) is not None and other != own
                for s in like
            )
    memo[node] = verdict
    return verdict


def _dated_part(parts: list[str]) -> bool:
    """True when a part after the first of a meta row is a date, and not the end of a
    range ("12.10. - 15.10.2023": the part before it ends with a figure)."""
    return any(
        is_date_line(part) and _RANGE_START.search(before) is None
        for before, part in pairwise(parts)
    )


def _modification_stamp(text: str | None) -> bool:
    """True for a short text led by a modification label: htmldate, not told the label,
    would give its date as the publication day (a modification date never is one)."""
    return (
        text is not None
        and len(text) <= MAX_ODD_STAMP_CHARS
        and _MODIFICATION_LEAD.match(text) is not None
    )


#: A modification label ending the text before a date element ("Aktualisiert am <time>",
#: "<span>Updated</span> <time>"), with the words joining it to the date. Not "Stand:", as
#: in :data:`_MODIFICATION_LEAD`.
_MODIFICATION_BEFORE = re.compile(
    rf"(?!stand:)(?:(?<!\w){MODIFIED_WORDS}(?!\w)|{MODIFIED_LABELS.pattern})"
    rf"[\s:–—-]*(?:(?:{JOINER_WORDS}|at)(?!\w))?[\s:–—-]*$",
    re.IGNORECASE,
)


def _after_modification_label(element: HtmlElement) -> bool:
    """True when the text just before *element* in its parent ends with a modification
    label: the date the element holds is the update's, not the publication's, whatever
    the element is (a ``<time>``, a span with a stamp)."""
    previous = element.getprevious()
    if previous is None:
        parent = element.getparent()
        before = (parent.text or "") if parent is not None else ""
    else:
        before = previous.tail or ""
        if not before.strip() and not len(previous):
            before = previous.text or ""  # "<span>Updated</span> <time>…"
    return _MODIFICATION_BEFORE.search(before[-60:]) is not None


def _modified_marked(element: HtmlElement) -> bool:
    """The element's class or id names an update, or a modification label precedes it:
    the dates of its lines are the update's."""
    return _has_fragment(_marker(element), _MODIFIED) or _after_modification_label(element)


def _clean(value: Any) -> str | None:
    """A whitespace-collapsed string, or None for anything empty or not a string/number."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = " ".join(str(value).split())
    return text or None


def _marker(element: HtmlElement) -> str:
    """Lower-cased class and id of an element (the vocabulary is matched against it)."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def _fragment_pattern(
    fragments: tuple[str, ...], underscore: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """One pattern for fragment lists: *fragments* as written, *underscore* with each "-"
    matching "_" too ("post-meta" matches "post_meta"). A fragment holding another one
    without a dash ("dateline" holds "date", "post-meta" holds "meta") is left out: it
    matches only where that one does, and the pattern is only asked whether any matches
    (each branch left out is one less tried at every position of a search)."""
    plain = [f for f in (*fragments, *underscore) if "-" not in f]

    def needed(fragment: str) -> bool:
        return not any(other != fragment and other in fragment for other in plain)

    branches = [re.escape(f) for f in fragments if needed(f)]
    branches += [re.escape(f).replace("\\-", "[-_]") for f in underscore if needed(f)]
    return re.compile("|".join(branches))


_FOREIGN = _fragment_pattern(FOREIGN_FRAGMENTS)
_NAVIGATION = _fragment_pattern(NAVIGATION_FRAGMENTS)
_STAMP = _fragment_pattern(STAMP_FRAGMENTS)
_PUBLISH = _fragment_pattern(PUBLISH_FRAGMENTS)
_MODIFIED = _fragment_pattern(MODIFIED_FRAGMENTS)
_BODY = _fragment_pattern(BODY_FRAGMENTS)
_POST_META = _fragment_pattern((), underscore=POST_META_FRAGMENTS)
_POST_FOOTER = _fragment_pattern((), underscore=POST_FOOTER_FRAGMENTS)
_BYLINE = _fragment_pattern(BYLINE_FRAGMENTS)
#: Any of the stamp, post-meta and post-footer fragments: one search passes over the
#: elements (most of a page) that none of the three marks, in the whole-tree stamp walk.
_STAMP_AREA = _fragment_pattern(
    STAMP_FRAGMENTS, underscore=POST_META_FRAGMENTS + POST_FOOTER_FRAGMENTS
)
#: Tags of a byline line no class marks, and its longest text.
_LINE_TAGS = ("p", "div", "span", "li", "address", "small")
MAX_BYLINE_LINE_CHARS = 80
#: Longest text of a byline element: more is an author's bio or a story.
MAX_BYLINE_CHARS = 200
#: The elements of a byline that carry its names: links, and names marked as such.
_NAME_CARRIERS = etree.XPath(".//a[@href] | .//*[@itemprop='name']")
#: The itemprop=name of an author element whose text is too long to be a byline.
_NEAR_NAME = etree.XPath("./*[@itemprop='name'] | ./*/*[@itemprop='name']")


def _has_fragment(marker: str, pattern: re.Pattern[str]) -> bool:
    """True when the marker (class and id, lower case) holds one of the pattern's fragments."""
    return len(marker) > 1 and pattern.search(marker) is not None  # " ": no class, no id


# The two tests below read most elements' markers, and a page repeats its class names:
# their verdicts are cached (a compiled pattern hashes slowly: it is no cache key).


@lru_cache(maxsize=8192)
def _foreign_named(marker: str) -> bool:
    """A marker naming a sidebar, footer, comment or related-links block."""
    return _has_fragment(marker, _FOREIGN)


#: Flags of a class or id value, read by the whole-page pass of ``_Collector.collect``:
#: it names a stamp area (:func:`_stamp_area_named`), it names a calendar or clock icon
#: (:func:`_is_date_icon`).
_AREA_NAMED, _ICON_NAMED = 1, 2
#: Those flags by raw value. Every element's class is asked: a dict's ``get`` costs less
#: than an ``lru_cache`` call. Emptied when it reaches _NAME_FLAGS_MAX values.
_NAME_FLAGS: dict[str, int] = {}
_NAME_FLAGS_MAX = 8192


def _name_flags(value: str) -> int:
    """The flags of a class or id value (not cached yet): a stamp, post-meta or
    post-footer fragment, and "calendar" or "clock", in any case."""
    low = value.lower()
    flags = _AREA_NAMED if _STAMP_AREA.search(low) is not None else 0
    if "calendar" in low or "clock" in low:
        flags |= _ICON_NAMED
    if len(_NAME_FLAGS) >= _NAME_FLAGS_MAX:
        _NAME_FLAGS.clear()
    _NAME_FLAGS[value] = flags
    return flags


def _cached_flags(value: str) -> int:
    """:func:`_name_flags`, cached."""
    flags = _NAME_FLAGS.get(value)
    return _name_flags(value) if flags is None else flags


def _stamp_area_named(name: str) -> bool:
    """A class or id (or a marker, the two together) with a stamp, post-meta or
    post-footer fragment, in any case (its flags, cached with the class flags
    ``collect`` reads). No fragment holds a space: a marker has one when its class or
    its id has one, and the whole-tree stamp walk asks each of the two on its own (a
    class recurs on a page, an id seldom does: a marker is most often new, its class
    seldom), without building the marker."""
    return bool(_cached_flags(name) & _AREA_NAMED)


def _icon_source(src: str | None) -> bool:
    """An icon's ``src`` naming a calendar or a clock (the other half of
    :func:`_is_date_icon`: neither word holds the space that joins the two)."""
    if not src:
        return False
    low = src.lower()
    return "calendar" in low or "clock" in low


def _byline_candidates(area: HtmlElement) -> Iterator[HtmlElement]:
    """The elements inside *area* that may be a byline (checked further in
    ``_Collector.bylines``): with a class, id, itemprop or rel. Lazily, in page order:
    the first byline ends the search, most often near the top of the area."""
    for element in area.iterdescendants(etree.Element):
        if (
            element.get("class") is not None
            or element.get("id") is not None
            or element.get("itemprop") is not None
            or element.get("rel") is not None
        ):
            yield element


def _item_owner(element: HtmlElement) -> HtmlElement | None:
    """The nearest ``itemscope`` ancestor: the microdata item the property belongs to."""
    return next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)


def _is_date_icon(element: HtmlElement) -> bool:
    """A calendar or clock icon (an ``<i class="fa-calendar">``, an ``<img src="clock.png">``)."""
    value = f"{element.get('class') or ''} {element.get('src') or ''}".lower()
    return "calendar" in value or "clock" in value


def _is_post_meta(marker: str) -> bool:
    """A post's own meta line ("entry-meta", "post_meta", "postmetadata")."""
    return _has_fragment(marker, _POST_META)


def _is_post_footer(marker: str) -> bool:
    """A post's own footer ("entry-footer", "post_footer", "asset-footer")."""
    return _has_fragment(marker, _POST_FOOTER)


def _is_foreign(
    element: HtmlElement, frame: frozenset[HtmlElement] = frozenset(), own_article: bool = False
) -> bool:
    """True when the element sits in a sidebar, footer, comment or related-links block,
    or in a ``<template>`` (markup never shown, :data:`INERT_TAGS`).

    ``frame`` holds the headline's ancestors: a container that holds the headline is the
    page's main frame whatever its class says ("layout-with-sidebar"), so the walk stops there.
    With ``own_article`` (the headline sits in an ``<article>``), any other ``<article>`` is
    another story's (a teaser, a comment) and foreign too.
    """
    node: HtmlElement | None = element
    while node is not None:
        own = _own_foreign(node, frame, own_article)
        if own is not None:
            return own
        node = node.getparent()
    return False


def _own_foreign(
    node: HtmlElement, frame: frozenset[HtmlElement], own_article: bool
) -> bool | None:
    """What the node's own tag and class say (see :func:`_is_foreign`): True (foreign),
    False (the main frame or the document root) or None (as its parent)."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in FOREIGN_TAGS or tag in INERT_TAGS:
        return True
    if tag in ("body", "html") or node in frame:
        return False
    if own_article and tag == "article":
        return True
    marker = _marker(node)
    if (
        tag not in ("article", "main")
        and _foreign_named(marker)
        and not _is_post_meta(marker)
        and not _is_post_footer(marker)
    ):
        return True
    return None


def _in_navigation(element: HtmlElement) -> bool:
    """True when a heading belongs to navigation: a ``<nav>``/``<aside>``/``<footer>``,
    a breadcrumb trail (class or id), or the trail's current item (``aria-current``),
    where many CMSs echo the SEO headline in an ``<h1>`` above the displayed one."""
    for node in (element, *element.iterancestors()):
        if node.tag in FOREIGN_TAGS or node.get("aria-current") is not None:
            return True
        if _has_fragment(_marker(node), _NAVIGATION):
            return True
    return False


def _story_headings(root: HtmlElement) -> Iterator[str]:
    """The texts of the page's ``<h1>``/``<h2>`` headings outside navigation, in page
    order (read lazily: the headline choice stops at the first that states a source)."""
    for heading in root.iter("h1", "h2"):
        if not _in_navigation(heading) and (text := element_text(heading)):
            yield text


def _holds(container: HtmlElement, element: HtmlElement) -> bool:
    """True when *element* lies inside *container*."""
    return any(a is container for a in element.iterancestors())


def _title_match(headlines: list[HtmlElement], title: str) -> HtmlElement | None:
    """The ``<h1>`` whose words are mostly the page title's (a site's logo or section name
    in an ``<h1>`` shares few), or None when none does; the first of the best."""
    title_words = word_set(title)
    if len(headlines) < 2 or not title_words:
        return None
    best, best_share = None, TITLE_MATCH_SHARE
    for headline in headlines:
        words = word_set(element_text(headline))
        share = len(words & title_words) / len(words) if words else 0.0
        if share > best_share:
            best, best_share = headline, share
    return best


def _in_article(element: HtmlElement) -> bool:
    return any(isinstance(a.tag, str) and a.tag in ARTICLE_TAGS for a in element.iterancestors())


def _absolute(base: str, href: str | None) -> str | None:
    """:func:`absolute_url`, None for a missing or empty ``href``."""
    href = (href or "").strip()
    return absolute_url(base, href) if href else None


def _iso(raw: str) -> datetime | None:
    """An ISO 8601 timestamp with a time of day (aware, or naive), else None."""
    if not _ISO_TIME.fullmatch(raw):
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


#: Java's ``Date.toString()`` ("Tue Jul 30 09:35:14 CEST 2019"), as some CMSs print dates.
_JAVA_DATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d\d) (\d\d:\d\d:\d\d) ([A-Z]{3,4}) (\d{4})"
)
#: UTC offsets of the zone abbreviations such dates carry.
_ZONE_OFFSETS = {
    "UTC": "+00:00", "GMT": "+00:00", "WET": "+00:00", "BST": "+01:00", "WEST": "+01:00",
    "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
}  # fmt: skip
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _from_java_date(text: str) -> str:
    """An ISO 8601 form of a Java ``Date.toString()`` string with a known zone, else
    ``text`` unchanged."""
    m = _JAVA_DATE.fullmatch(text)
    if m is None or m[1] not in _MONTHS or m[4] not in _ZONE_OFFSETS:
        return text
    month = _MONTHS.index(m[1]) + 1
    return f"{m[5]}-{month:02d}-{m[2]}T{m[3]}{_ZONE_OFFSETS[m[4]]}"


# --- JSON-LD ------------------------------------------------------------------------------


def _json_depth(text: str) -> int:
    """The deepest bracket nesting of *text*, brackets inside strings left out."""
    depth = deepest = 0
    for token in _JSON_TOKEN.findall(text):
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def load_json(text: str) -> list[Any]:
    """Every JSON value in a script; tolerates wrappers, trailing commas, control chars
    and several concatenated values. Returns [] for text that cannot be repaired, and for
    a script over :data:`MAX_JSONLD_CHARS` or nested deeper than :data:`MAX_JSONLD_DEPTH`."""
    if len(text) > MAX_JSONLD_CHARS:
        return []
    text = text.strip()
    if text.startswith(("<", "/")) or text.endswith(("]]>", "-->")):
        # Only then can a wrapper start or end it: a plain script is not searched whole.
        text = _JSON_WRAPPER.sub("", text)
    text = text.strip().rstrip(";")
    if not text:
        return []
    if text.count("[") + text.count("{") > MAX_JSONLD_DEPTH and (
        _json_depth(text) > MAX_JSONLD_DEPTH
    ):
        return []
    try:
        return [json.loads(text, strict=False)]
    except ValueError:
        pass
    text = _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    pos = 0
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n,;":
            pos += 1
        if pos >= len(text):
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError:
            break
        values.append(value)
    return values


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def _jsonld_items(value: Any) -> Iterator[tuple[dict[str, Any], int]]:
    """Objects of a JSON-LD value with their nesting depth, in document order: lists,
    ``@graph`` and main-entity keys are walked; other properties (related items,
    breadcrumbs) are not. A stack, not recursion, and at most 6 object levels deep."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        current, depth = stack.pop()
        if depth > 6:
            continue
        if isinstance(current, list):
            stack.extend((item, depth) for item in reversed(current))
        elif isinstance(current, dict):
            yield current, depth
            nested = [current[key] for key in JSONLD_NESTING if key in current]
            stack.extend((item, depth + 1) for item in reversed(nested))


def _jsonld_kind(item: dict[str, Any], depth: int) -> str | None:
    types = _types(item)
    if types & ARTICLE_TYPES:
        return "jsonld-article"
    if types & WEBPAGE_TYPES:
        return "jsonld-page"
    if depth == 0 and types:
        return "jsonld-other"
    return None


def _names(value: Any, base: str) -> list[dict[str, str | None]]:
    """Authors of a JSON-LD ``author`` value (object, list of objects, or names); a
    ``Person`` without ``name`` is named by ``givenName`` and ``familyName``, and a value
    that holds several names ("Anna Holm und Jonas Berg, dpa") gives each."""
    out: list[dict[str, str | None]] = []
    for item in value if isinstance(value, list) else [value]:
        url: Any = None
        if isinstance(item, dict):
            name = unescaped(_clean(item.get("name")))
            if name is None:
                parts = (_clean(item.get(k)) for k in ("givenName", "familyName"))
                name = " ".join(p for p in parts if p) or None
            url = item.get("url") or item.get("@id")
        else:
            name = unescaped(_clean(item))
        if name is None:
            continue
        names = split_names(name)
        link = _absolute(base, url) if isinstance(url, str) and len(names) == 1 else None
        out.extend({"name": n, "url": link} for n in names)
    return out


def _organisations(article: dict[str, Any], meta: dict[str, str]) -> list[str]:
    """Names of the publication: JSON-LD ``publisher``, ``og:site_name``, and authors
    typed as organisations."""
    found = [meta.get("og:site_name")]
    publisher = article.get("publisher")
    authors = article.get("author")
    for item in [publisher, *(authors if isinstance(authors, list) else [authors])]:
        if isinstance(item, dict) and (
            item is publisher or any("organization" in t for t in _types(item))
        ):
            found.append(item.get("name"))
    return [name for name in (_clean(f) for f in found) if name]


def _image_url(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value.strip() if isinstance(value, str) and value.strip() else None


# --- Extraction ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _HeaderPath:
    """What lies between an element of the headline's header area and the area: a foreign
    list (``listed``), a foreign-named container (``named``), a list item, list or
    ``<article>`` (``in_list``)."""

    listed: bool = False
    named: bool = False
    in_list: bool = False


class _Collector:
    """State of one page's extraction; :func:`extract_metadata` is its public face."""

    def __init__(self, root: HtmlElement, url: str) -> None:
        self.root = root.getroottree().getroot()
        self.url = url
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.article: dict[str, Any] | None = None
        self.published: list[Candidate] = []
        self.modified: list[Candidate] = []
        self.times: list[HtmlElement] = []
        self.itemprops: list[HtmlElement] = []
        self.scripts: list[str] = []
        self.seen: set[tuple[str, str, str]] = set()
        self.headline: HtmlElement | None = None
        self.frame: frozenset[HtmlElement] = frozenset()
        self.own_article = False
        self.footers: set[HtmlElement] = set()
        self.foreign_memo: dict[HtmlElement, bool] = {}
        self.jsonld_types: set[str] = set()
        self.labels: list[HtmlElement] = []
        #: The elements the whole-tree stamp walk may yield, in page order (see collect).
        self.marked: list[HtmlElement] = []
        self.story: HtmlElement | None = None
        #: Elements of the headline's header area (read for stamps first), and the raw
        #: publication stamps read in them.
        self.header_area: set[HtmlElement] = set()
        self.header_parent: HtmlElement | None = None
        self.header_stamps: set[str] = set()
        #: Elements asked by :meth:`_repeated`: whether a sibling has their tag and class
        #: (the elements of a stamp's line share their containers: each is read once, and
        #: a long list's siblings are read one by one up to the first twin).
        self.twinned: dict[HtmlElement, bool] = {}
        #: Elements asked by :meth:`_listed`: whether they are a list's dated entries.
        self.entries: dict[HtmlElement, bool] = {}
        #: Texts of the elements read for stamps, labels and itemprops: none of those
        #: reads a longer text, and each element's text is built once (deep pages).
        self.short = ShortTexts(MAX_POST_META_CHARS)

    def foreign(self, element: HtmlElement) -> bool:
        """:func:`_is_foreign` with the page's main frame (memoised per element: an element
        is foreign by its own tag or class, else as its parent is)."""
        memo = self.foreign_memo
        path: list[HtmlElement] = []
        node: HtmlElement | None = element
        verdict = False
        while node is not None:
            known = memo.get(node)
            if known is not None:
                verdict = known
                break
            own = _own_foreign(node, self.frame, self.own_article)
            if own is not None:
                memo[node] = verdict = own
                break
            path.append(node)
            node = node.getparent()
        for walked in path:
            memo[walked] = verdict
        return verdict

    def header_elements(self, area: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
        """The text elements of the headline's header area, in document order, with their
        markers, less those in a foreign list (comments, teasers: a foreign container that
        is or lies in a list item or another ``<article>``). A lone foreign-sounding
        wrapper of the stamp itself ("ArticleHeaderComment_publishDate": the header of an
        opinion piece) is not one. Less the subtrees that show no figure either (most of a
        header: the headline, a kicker, a lead, a picture): every text in them is a part
        of their root's, and no stamp is read from a text without a figure."""
        # Read top-down: the path from an element up to the area (the area left out) is its
        # parent's path and the element, so each element costs one step, not its depth.
        # None: in a subtree left out for showing no figure.
        paths: dict[HtmlElement, _HeaderPath | None] = {}
        area_foreign: bool | None = None
        for element in area.iter(etree.Element):
            if element is area:
                above = None
            elif (above := paths[element.getparent()]) is None:
                paths[element] = None
                continue
            tag = element.tag
            name, ident = element.get("class"), element.get("id")
            # _marker, its attributes read once; most elements of a header have neither.
            marker = f"{name or ''} {ident or ''}".lower() if name or ident else " "
            if above is None:
                path = _HeaderPath()
            else:
                named = marker != " " and _foreign_named(marker)
                in_list = above.in_list or tag in ("li", "ul", "ol", "article")
                listed = (
                    # Another story's article beside the headline's own, or a list holding
                    # a foreign-named container.
                    above.listed or (tag == "article" and self.own_article) or (named and in_list)
                )
                if listed == above.listed and in_list == above.in_list and not named:
                    path = above  # most elements: nothing new between them and their parent
                else:
                    path = _HeaderPath(listed, above.named or named, in_list)
            paths[element] = path
            if tag in SKIP_TEXT_TAGS:
                continue
            if (path.listed or path.named) and self.foreign(element):
                if path.listed:
                    continue
                if area_foreign is None:
                    area_foreign = self.foreign(area)
                if area_foreign:
                    continue
            text = self.short.text(element)
            if text is not None and _HAS_DIGIT.search(text) is None and shows_all_text(element):
                paths[element] = None
                continue
            yield element, marker

    def find_frame(self, story: HtmlElement | None = None) -> None:
        """The headline (the ``<h1>`` outside sidebars that matches the page title, else the
        first) and the main frame: the ancestors of the headline, else the story element
        and its ancestors, else the ancestors of the first article / article-body
        container."""
        self.story = story
        headlines = list(self.root.iter("h1"))
        own_h1 = [h for h in headlines if not _is_foreign(h)]
        matched = _title_match(own_h1, self._page_title())
        self.headline = matched if matched is not None else next(iter(own_h1), None)
        if self.headline is None:
            # A lone <h1> is the headline even when a class calls its container a
            # "comment" (an opinion piece) — unless it sits in an aside, footer or nav.
            own = [
                h for h in headlines if not any(a.tag in FOREIGN_TAGS for a in h.iterancestors())
            ]
            if len(own) == 1:
                self.headline = own[0]
        anchor = self.headline
        if anchor is None and story is not None:
            self.frame = frozenset((story, *story.iterancestors()))
            # A page without an <h1> shows its headline as a lower heading: the one that
            # states the page's title is the headline whose header area holds the stamp.
            heading = self._title_heading()
            if heading is None:
                return
            self.headline = heading
            self.frame |= frozenset(heading.iterancestors())
            self.foreign_memo.clear()  # verdicts read before the frame grew
            self.own_article = any(a.tag == "article" for a in heading.iterancestors())
            return
        if anchor is None:
            anchor = next(
                (
                    e
                    for e in _ANCHORS(self.root)
                    if e.tag == "article"
                    or e.get("itemprop") == "articleBody"
                    or _has_fragment(_marker(e), _BODY)
                ),
                None,
            )
        if anchor is not None:
            self.frame = frozenset(anchor.iterancestors())
        self.own_article = self.headline is not None and any(
            a.tag == "article" for a in self.frame
        )

    def _title_heading(self) -> HtmlElement | None:
        """The first ``<h2>`` outside navigation and sidebars (the story's frame is not
        one) whose words are mostly the page title's and that names two words or more;
        None when no heading states the title."""
        title_words = word_set(self._page_title())
        for heading in self.root.iter("h2"):
            words = word_set(element_text(heading))
            shared = len(words & title_words)
            if len(words) < TITLE_HEADING_WORDS or shared <= TITLE_MATCH_SHARE * len(words):
                continue
            if not _in_navigation(heading) and not self.foreign(heading):
                return heading
        return None

    def _story_area(self) -> HtmlElement | None:
        """Where the story's own byline is: the headline's nearest ``<article>`` or
        ``<main>`` (or the nearest ancestor holding the story text too), else the story
        element's parent; None when the page has neither."""
        start = self.headline if self.headline is not None else self.story
        if start is None:
            return None
        for node in start.iterancestors():
            if node.tag in ("article", "main") or (
                self.story is not None and self.story is not start and _holds(node, self.story)
            ):
                return node
        return start.getparent()

    def bylines(self) -> list[dict[str, str | None]]:
        """Authors named by the story's own byline: an ``itemprop="author"`` element, a
        ``rel="author"`` link, or an element whose class or id names a byline or author
        (``BYLINE_FRAGMENTS``), inside the story's area and outside sidebars, related
        boxes and comments; the first one that names someone wins. Its text loses its
        "By"/"Von"/"Par" prefix and is split at commas and "and" (see
        :func:`~newscrawl.extraction.bylines.byline_names`): a date-only byline, a role
        or an author's bio names no one."""
        area = self._story_area()
        if area is None:
            return []
        for element in _byline_candidates(area):
            rel = (element.get("rel") or "").lower().split()
            prop = (element.get("itemprop") or "").lower().split()
            if not (
                "author" in rel or "author" in prop or _has_fragment(_marker(element), _BYLINE)
            ):
                continue
            if self.foreign(element):
                continue
            # Texts through the page's ShortTexts: bylines nest (a byline in a byline …),
            # and each one's own walk would cost its subtree, quadratic in the nesting.
            own = self.short.text(element)
            named: list[HtmlElement] = []
            if "author" in prop and own is None:
                # A long author box names its person near its top: look only there (a
                # compiled XPath, called; element.xpath takes only a string).
                named = _NEAR_NAME(element)
            elif "author" in prop:
                named = element.xpath(".//*[@itemprop='name']")
            source = named[0] if named else element
            text = source.get("content") or (own if source is element else self.short.text(source))
            if not text or len(text) > MAX_BYLINE_CHARS:
                continue
            names = byline_names(text)
            if source is element and names:
                names = self._carried_names(element, names)
            if not names:
                continue
            links = [element] if element.tag == "a" else element.xpath(".//a[@href]")
            url = links[0].get("href") if len(names) == 1 and len(links) == 1 else None
            return [{"name": n, "url": _absolute(self.url, url)} for n in names]
        return self._byline_line(area)

    def _carried_names(self, element: HtmlElement, names: list[str]) -> list[str]:
        """*names* (of a byline's whole text) mended by the elements that carry the
        names (the byline's links, its ``itemprop=name``): the whole text runs parts
        together where elements touch ("Ulrich ExnerKorrespondent", "NewsJoshua
        Whorms") or shows a name twice, and a text name holding carried names is those
        names; a lone word among them beside a full name is a section's badge ("News").
        A text name no carrier is part of stays as read."""
        carriers = [element] if element.tag == "a" else _NAME_CARRIERS(element)
        carried: list[str] = []
        for carrier in carriers:
            for name in byline_names(self.short.text(carrier) or ""):
                if name not in carried:
                    carried.append(name)
        mended: list[str] = []
        for name in names:
            inside = sorted((c for c in carried if c != name and c in name), key=name.index)
            if inside and any(is_full_name(c) for c in inside):
                inside = [c for c in inside if is_full_name(c)]
            for part in inside or [name]:
                if part not in mended:
                    mended.append(part)
        return mended

    def _byline_line(self, area: HtmlElement) -> list[dict[str, str | None]]:
        """Writers of the story area's first short line that opens with a byline word and
        goes on with full names only ("von Dr. Max Kolter", "Autorin/Autor Roman
        Goncharenko"), for bylines no class marks: a sentence, a date or a lone word
        after "By" names no one."""
        for element in area.iter(*_LINE_TAGS):
            text = self.short.text(element)
            if not text or len(text) > MAX_BYLINE_LINE_CHARS or not BYLINE_LEAD.match(text):
                continue
            names = byline_names(BYLINE_LEAD.sub("", text, count=1))
            if names and all(is_full_name(n) for n in names) and not self.foreign(element):
                return [{"name": n, "url": None} for n in names]
        return []

    def _title_text(self) -> str:
        """The text of the page's ``<title>`` as written ("" when it has none)."""
        element = self.root.find("head/title")
        return element.text_content() if element is not None else ""

    def _title_element(self) -> str | None:
        """The text of the page's ``<title>``, None when it has none or an empty one."""
        return unescaped(" ".join(self._title_text().split())) or None

    def _page_title(self) -> str:
        """The page's own title: og:title, else ``<title>`` (collected before the frame)."""
        return self.meta.get("og:title") or self.meta.get("twitter:title") or self._title_text()

    def add(self, field_name: str, raw: Any, source: str) -> None:
        text = _clean(raw)
        if text is None or not _HAS_DIGIT.search(text):
            return
        text = _from_java_date(text)
        key = (field_name, text, source)
        if key in self.seen:
            return
        self.seen.add(key)
        target = self.published if field_name == "published" else self.modified
        target.append(Candidate(text, source, CONFIDENCE[source]))

    def collect(self) -> None:
        """One pass over the page's elements: scripts, metas, links, ``<time>`` and itemprop
        elements (a Python pass over the tags costs less than libxml2's XPath scans, one
        per part of a union), the label elements :meth:`labelled_values` reads, and the
        elements the whole-page part of :meth:`_stamp_elements` may yield (headings, date
        icons, elements whose class or id names a stamp area), in page order: that part
        reads those few dozen instead of walking the page again."""
        labels, marked, flags_of = self.labels, self.marked, _NAME_FLAGS.get
        for element in self.root.iter(etree.Element):
            tag = element.tag
            name = element.get("class")
            flags = flags_of(name) if name else 0
            if flags is None:
                flags = _name_flags(name)
            if tag in LABEL_TAGS and not len(element) and element.text:
                labels.append(element)
            if (
                tag in HEADING_TAGS
                or flags & _AREA_NAMED
                or (
                    tag in ICON_TAGS
                    and (
                        flags & _ICON_NAMED or ((src := element.get("src")) and _icon_source(src))
                    )
                )
                or ((ident := element.get("id")) and _cached_flags(ident) & _AREA_NAMED)
            ):
                marked.append(element)
            if tag == "meta":
                key = (
                    (
                        element.get("property")
                        or element.get("name")
                        or element.get("itemprop")
                        or element.get("http-equiv")
                        or ""
                    )
                    .strip()
                    .lower()
                )
                value = element.get("content")
                if key and value is not None and key not in self.meta:
                    self.meta[key] = value
                if element.get("itemprop"):
                    self.itemprops.append(element)
                continue
            if tag == "script":
                if element.get("itemprop") is not None or "ld+json" in (
                    element.get("type") or ""
                ).translate(_JSONLD_CASE):
                    self.scripts.append(element.text or "")
                continue
            if tag == "link":
                for rel in (element.get("rel") or "").lower().split():
                    href = element.get("href")
                    if href and rel not in self.links:
                        self.links[rel] = href
            if tag == "time":
                self.times.append(element)
            if element.get("itemprop"):
                self.itemprops.append(element)

    def jsonld(self) -> None:
        """Dates and the main article object of every JSON-LD script."""
        best_depth = 99
        for script in self.scripts:
            for value in load_json(script):
                for item, depth in _jsonld_items(value):
                    self.jsonld_types |= _types(item)
                    kind = _jsonld_kind(item, depth)
                    if kind is None:
                        continue
                    self.add("published", item.get("datePublished"), kind)
                    if kind != "jsonld-other" or "datePublished" not in item:
                        self.add("published", item.get("dateCreated"), kind)
                    self.add("modified", item.get("dateModified"), kind)
                    if kind == "jsonld-article" and depth < best_depth:
                        self.article, best_depth = item, depth

    def metas(self) -> None:
        """Publication and modification dates of meta tags (names in ``vocabulary``)."""
        for name in OG_PUBLISHED_META:
            self.add("published", self.meta.get(name), "meta-og")
        for name in PUBLISHED_META:
            self.add("published", self.meta.get(name), "meta")
        for name, key in JSON_META.items():
            if name in self.meta:
                for value in load_json(self.meta[name]):
                    if isinstance(value, dict):
                        self.add("published", value.get(key), "meta")
        for name in MODIFIED_META:
            self.add("modified", self.meta.get(name), "meta")

    def _article_scope(self) -> HtmlElement | None:
        """The page's one microdata item of an article type (``itemscope`` with
        ``itemtype=".../BlogPosting"`` …), or None when there is none or several."""
        scopes = [
            e
            for e in self.root.iter(etree.Element)
            if e.get("itemscope") is not None
            and (e.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower() in ARTICLE_TYPES
        ]
        return scopes[0] if len(scopes) == 1 else None

    def microdata(self) -> None:
        """``itemprop=datePublished/dateModified`` outside sidebars and comments; inside the
        page's only article item (a blog's post in a "widget") whatever the containers say."""
        # The article item is looked for (a pass over the page) only for a page with a date
        # itemprop: most itemprops are names, images and the like.
        scope: HtmlElement | None = None
        scoped = False
        for element in self.itemprops:
            prop = (element.get("itemprop") or "").lower().split()
            target = (
                "published"
                if "datepublished" in prop
                else "modified"
                if "datemodified" in prop
                else None
            )
            if target is None:
                continue
            if not scoped:
                scope, scoped = self._article_scope(), True
            owned = scope is not None and _item_owner(element) is scope
            if element.tag != "meta" and not owned and self.foreign(element):
                continue
            raw = element.get("content") or element.get("datetime")
            if raw is None and element.tag == "abbr":  # hAtom: <abbr title="2011-03-30T…">
                raw = element.get("title")
            raw = raw or self.short.text(element)
            self.add(target, raw, "itemprop")

    def time_elements(self) -> None:
        """``<time datetime>`` outside sidebars and comments, ranked by how it is marked."""
        for element in self.times:
            raw = element.get("datetime")
            if not raw or self.foreign(element):
                continue
            parent = element.getparent()
            marker = _marker(element) + " " + (_marker(parent) if parent is not None else "")
            if _has_fragment(marker, _MODIFIED) or _after_modification_label(element):
                self.add("modified", raw, "time-marked")
                continue
            if element.get("pubdate") is not None or _has_fragment(marker, _PUBLISH):
                source = "time-marked"
            elif _in_article(element):
                source = "time-article"
            else:
                source = "time"
            text = element_text(element)
            if len(text) <= MAX_ODD_STAMP_CHARS and (label := PUBLISHED_LABELS.search(text)):
                # "Publié le 29 juin 2019" over datetime="2019-07-03…": the label says what
                # the reader is shown as the publication day; the attribute is the fallback.
                self.add("published", LABEL_JOINER.sub("", text[label.end() :]), source)
            self.add("published", raw, source)

    def demote_time_lists(self) -> None:
        """Unmarked ``<time>`` elements of the article with several different values are a
        list (comments, related stories), not the article's stamp: rank them as plain
        ``time`` so that a visible stamp or a marked time wins."""
        in_article = [c for c in self.published if c.source == "time-article"]
        if len({c.raw[:10] for c in in_article}) <= MAX_TIME_ARTICLE_DAYS:
            return
        self.published = [
            Candidate(c.raw, "time", CONFIDENCE["time"]) if c.source == "time-article" else c
            for c in self.published
        ]

    def _stamp_elements(self) -> Iterator[tuple[HtmlElement, bool]]:
        """Elements that may hold a visible stamp, in document order, each with whether it
        (or an ancestor) has a stamp class: the headline's header area, then elements whose
        class/id names a date, byline or meta block, with their descendants."""
        seen: set[HtmlElement] = set()
        dated: dict[HtmlElement, bool] = {}
        if self.headline is not None:
            area = self.headline
            for _ in range(HEADER_LEVELS):
                parent = area.getparent()
                if parent is None or parent.tag in ("body", "html"):
                    break
                area = parent
                if parent.tag in ARTICLE_TAGS:
                    break
            self.header_parent = area.getparent()
            for element, marker in self.header_elements(area):
                parent = element.getparent()
                # Most markers hold none of the three kinds of fragment: the cached test of
                # their union answers for all three.
                named = marker != " " and _stamp_area_named(marker)
                own = named and (_has_fragment(marker, _STAMP) or _is_post_meta(marker))
                if (named and _is_post_footer(marker)) or parent in self.footers:
                    self.footers.add(element)
                dated[element] = own or dated.get(parent, False)
                seen.add(element)
                self.header_area.add(element)
                yield element, dated[element]
            # The header often goes on in the next siblings of the headline's container
            # (a date column, a caption row): their short texts may be stamps too.
            for sibling in list(area.itersiblings())[:HEADER_SIBLINGS]:
                if not isinstance(sibling.tag, str) or self.foreign(sibling):
                    continue
                for inner in sibling.iter():
                    tag = inner.tag
                    if not isinstance(tag, str) or tag in SKIP_TEXT_TAGS or inner in seen:
                        continue
                    text = self.short.text(inner)
                    if (
                        text is not None
                        and len(text) <= MAX_ODD_STAMP_CHARS
                        and _HAS_DIGIT.search(text) is not None  # (no stamp without a figure)
                    ):
                        seen.add(inner)
                        self.header_area.add(inner)
                        yield inner, _has_fragment(_marker(inner), _STAMP)
        headline = self.headline
        after_headline = headline is None
        for element in self.marked:
            if element is headline:
                after_headline = True
            tag = element.tag
            if tag in ICON_TAGS and _is_date_icon(element):
                # A calendar or clock icon marks the text beside it as a stamp.
                parent = element.getparent()
                if parent is not None and parent not in seen and not self.foreign(parent):
                    seen.add(parent)
                    yield parent, True
                continue
            if element in seen or tag in SKIP_TEXT_TAGS or tag == "time":
                continue
            if (
                after_headline
                and element.tag in HEADING_TAGS
                and (text := self.short.text(element)) is not None
                and is_date_line(text)
                and split_labels(text)
                and not self.foreign(element)
            ):
                # A heading that is a date and nothing else, below the headline: the date
                # header of a blog post or a date line set as a heading.
                seen.add(element)
                yield element, True
                continue
            name, ident = element.get("class"), element.get("id")
            if not (name and _stamp_area_named(name)) and not (ident and _stamp_area_named(ident)):
                continue  # neither a stamp nor a post footer (most elements)
            marker = f"{name or ''} {ident or ''}".lower()  # _marker, its attributes read once
            stamped = _has_fragment(marker, _STAMP) or _is_post_meta(marker)
            footer = not stamped and _is_post_footer(marker)
            if (stamped or footer) and not self.foreign(element):
                for inner in element.iter():
                    tag = inner.tag
                    if isinstance(tag, str) and tag not in SKIP_TEXT_TAGS and inner not in seen:
                        seen.add(inner)
                        if footer:
                            self.footers.add(inner)
                        yield inner, not footer

    def stamps(self) -> None:
        """Visible labelled or unlabelled date lines ("Published …", "Updated …")."""
        done: set[tuple[str, bool]] = set()
        # A container of the headline is the header, not a stamp: its text glues the
        # headline to the lines under it ("…councilUpdated 20 March"), which are read
        # on their own.
        holders = set(self.headline.iterancestors()) if self.headline is not None else set()
        read: list[tuple[HtmlElement, int, int]] = []  # each stamp's candidates
        for element, dated_class in self._stamp_elements():
            if element in holders:
                continue
            # None: over MAX_POST_META_CHARS, so over MAX_STAMP_CHARS too, and skipped below.
            text = self.short.text(element)
            if not text or (text, dated_class) in done:
                continue
            if _HAS_DIGIT.search(text) is None:
                continue  # no figure: no date below would pass ``add``
            post_meta = dated_class or element in self.footers
            if (
                post_meta
                and len(text) <= MAX_POST_META_CHARS
                and PUBLICATION_VERBS.search(text)
                and self.post_meta_sentence(text)
            ):
                continue
            if len(text) > MAX_STAMP_CHARS:
                continue
            done.add((text, dated_class))
            before = len(self.published)
            self._stamp_lines(element, text, dated_class)
            if len(self.published) > before:
                read.append((element, before, len(self.published)))
        # Stamps of several days may be a list's entries, each under its own date (other
        # stories, comments): theirs are left out. One day: nothing to tell apart.
        several = len({c.raw for _, start, end in read for c in self.published[start:end]}) > 1
        listed = [several and self._listed(element) for element, _, _ in read]
        for (element, start, end), out in zip(read, listed, strict=True):
            if not out and element in self.header_area and not self._repeated(element):
                self.header_stamps.update(c.raw for c in self.published[start:end])
        for (_, start, end), out in reversed(list(zip(read, listed, strict=True))):
            if out:
                del self.published[start:end]

    def _listed(self, element: HtmlElement) -> bool:
        """True when *element* lies in an entry of a list, each entry under its own date
        (:func:`_list_entry`): another story's or a comment's stamp."""
        for node in islice((element, *element.iterancestors()), LIST_ENTRY_LEVELS):
            if node in self.frame:
                return False
            if _list_entry(node, self.short, self.entries):
                return True
        return False

    def _repeated(self, element: HtmlElement) -> bool:
        """True when *element* lies in one of a run of like items of the header area or of
        the next siblings read with it: it, or a container of it up to the area's level,
        has a sibling of the same tag and class (a list's entry, each under its own
        stamp)."""
        node: HtmlElement | None = element
        twinned = self.twinned
        while node is not None and node is not self.header_parent:
            verdict = twinned.get(node)
            if verdict is None:
                tag, name = node.tag, node.get("class")
                verdict = twinned[node] = bool(name) and any(
                    s.get("class") == name and s.tag == tag
                    for siblings in (node.itersiblings(), node.itersiblings(preceding=True))
                    for s in siblings
                )
            if verdict:
                return True
            node = node.getparent()
        return False

    def _stamp_lines(self, element: HtmlElement, text: str, dated_class: bool) -> None:
        """The dates of one stamp element's lines (see :meth:`stamps`)."""
        # Whether a class or a label marks the element as the update's: asked only of the
        # lines that hold a date (most lines of a stamp's area hold none).
        modified_class: bool | None = None
        for full_line in text.split("\n"):
            line = full_line
            if (cut := MODIFIED_LABELS.search(line)) is not None:
                # A modification label of another language: what follows is modified.
                rest = line[cut.end() :]
                dates = [d.raw for d in split_labels(rest)]
                if not dates and len(rest) <= MAX_ODD_STAMP_CHARS and _YEAR_IN_TEXT.search(rest):
                    # A local month name ("Opdateret 5. marts 2024") is for DateNormaliser
                    # (modified only: never a publication date).
                    dates = [LABEL_JOINER.sub("", rest)]
                for raw in dates:
                    self.add("modified", raw, "stamp-labelled")
                line = line[: cut.start()]
            found = split_labels(line)
            if not found:
                if len(line) <= MAX_ODD_STAMP_CHARS and _YEAR_IN_TEXT.search(line):
                    if modified_class is None:
                        modified_class = _modified_marked(element)
                    if modified_class or element.tag in HEADING_TAGS:
                        continue
                    # A short text with a year in a stamp-classed element or beside the
                    # headline: an odd (e.g. non-English) stamp for DateNormaliser, whose
                    # gate refuses what is not a full date.
                    label = PUBLISHED_LABELS.search(line)
                    if label is None:
                        # "21. Januar 2022 | Mobilität": the part with the year.
                        parts = [p for p in _SEPARATORS.split(line) if p.strip()]
                        dated = [p for p in parts if _YEAR_IN_TEXT.search(p)]
                        self.add("published", dated[0] if len(parts) > 1 else line, "stamp")
                    else:  # the date after the label, without "le" / "am" / ":"
                        rest = LABEL_JOINER.sub("", line[label.end() :])
                        self.add("published", rest, "stamp-labelled")
                continue
            labelled = PUBLISHED_LABELS.search(line) is not None
            # A stamp line is all dates, or starts with one ("02.02.2022 10:16 - Sport"),
            # or is labelled, or sits in a stamp-classed element.
            leading = line.lstrip(" |•·,;:-–—([").startswith(found[0].raw)
            # Under the headline outside a run of like entries, a meta row of parts set
            # apart ("Jane Doe / 07.11.2023 / 09:30", "Jane Doe, Reporter — 14 March 2024")
            # is one when a part is a date.
            parted = (
                element in self.header_area
                and _dated_part(_META_PARTS.split(line))
                and not self._repeated(element)
            )
            if not (is_date_line(line) or leading or dated_class or labelled or parted):
                continue
            if modified_class is None:
                modified_class = _modified_marked(element)
            for stamp in found:
                if stamp.field == "dateModified" or modified_class:
                    self.add("modified", stamp.raw, "stamp-labelled")
                else:
                    self.add("published", stamp.raw, "stamp-labelled" if labelled else "stamp")

    def labelled_values(self) -> None:
        """Dates set beside a label element: the label's tail text, else the next sibling's
        text ("<h5>Datum:</h5>03.02.2022", "<dt>Published</dt><dd>3 Feb 2022</dd>")."""
        for element in self.labels:
            label = " ".join((element.text or "").split())
            if len(label) > MAX_LABEL_CHARS:
                continue
            if DATE_LABEL_ONLY.match(label):
                field_name = "published"
            elif MODIFIED_LABEL_ONLY.match(label):
                field_name = "modified"
            else:
                continue
            value = " ".join((element.tail or "").split())
            if not value and (sibling := element.getnext()) is not None:
                value = self.short.text(sibling) or ""
            if not value or len(value) > MAX_LABEL_CHARS or not _YEAR_IN_TEXT.search(value):
                continue
            if self.foreign(element):
                continue
            self.add(field_name, value, "stamp-labelled")

    def post_meta_sentence(self, text: str) -> bool:
        """The date of a post-meta sentence ("Dieser Artikel wurde am 14. Dezember 2015 um
        14:48 von … geschrieben"): the first date of the sentence that has a publication
        verb, in English or a local month form."""
        for sentence in _SENTENCE_END.split(text):
            if PUBLICATION_VERBS.search(sentence) is None:
                continue
            found = [d for d in split_labels(sentence) if d.field != "dateModified"]
            local = LOCAL_DATE.search(sentence)
            if found:
                self.add("published", found[0].raw, "stamp-labelled")
            elif local is not None:
                self.add("published", local.group(), "stamp-labelled")
            return bool(found) or local is not None
        return False

    def story_dateline(self) -> None:
        """The date of the dateline that opens the story's first paragraph ("LONDON, March
        14, 2024 /Wire/ -- …", "Berlin, 14.03.2024 – …": a place, a comma and a date, or a
        date alone, closed by a dash), on a page that states its publication no other way:
        the rest of the story's text is never read."""
        if self.published or self.story is None:
            return
        # The first paragraph with text, however long (a dateline opens a full one).
        text = next((t for p in self.story.iter("p") if (t := element_text(p))), "")
        if (head := _DATELINE_HEAD.match(text)) is None:
            return
        line = head.group(1)
        found = [d.raw for d in split_labels(line)]
        found = found or [m.group() for m in LOCAL_DATE.finditer(line)]
        place = line[: -len(found[0])] if len(found) == 1 and line.endswith(found[0]) else None
        if place is not None and _DATELINE_PLACE.match(place):
            self.add("published", found[0], "stamp")

    def local_forms(self) -> None:
        """Replace a UTC timestamp by the same instant in local wall-clock time when the
        page also states it so (an offset ISO string, or a naive one a whole number of
        quarter hours away, then written with the offset the two imply): readers are
        shown the local day, and UTC can move it."""
        parsed = [(c, _iso(c.raw)) for c in self.published]
        local = [(c, t) for c, t in parsed if t is not None and t.utcoffset() != timedelta(0)]
        if not local:
            return
        for i, (cand, moment) in enumerate(parsed):
            if moment is None or moment.utcoffset() != timedelta(0):
                continue
            for other, when in local:
                raw = other.raw
                if when.tzinfo is not None:
                    same = when == moment
                else:
                    gap = (when - moment.replace(tzinfo=None)).total_seconds()
                    same = gap % 900 == 0 and -12 * 3600 <= gap <= 14 * 3600 and gap != 0
                    if same:
                        # The naive twin shows the local day; the offset the two imply keeps
                        # the instant, which the naive time read in UTC (on a page of a
                        # language of several zones) would move by the gap.
                        offset = fixed_offset(timedelta(seconds=gap))
                        raw = when.replace(tzinfo=offset).isoformat()
                if same:
                    self.published[i] = Candidate(raw, cand.source, cand.confidence)
                    break

    def url_date(self) -> None:
        """The day in the URL path, the weakest publication source."""
        path = urlsplit(self.url).path
        for pattern in _URL_DATES:
            if m := pattern.search(path):
                year, month, day = (int(g) for g in m.groups())
                self.add("published", f"{year:04d}-{month:02d}-{day:02d}", "url")
                return

    def _authors(self, art: dict[str, Any]) -> list[dict[str, str | None]]:
        """The article's authors: JSON-LD ``author``, else an author meta, else the visible
        byline. When the structured authors are only the publication itself (its name,
        host or initials: a CMS default), the byline's writers win if it names one in
        full."""
        authors = _names(art.get("author"), self.url)
        if not authors:
            for key in ("author", "article:author", "parsely-author", "sailthru.author"):
                if (name := unescaped(_clean(self.meta.get(key)))) and not name.startswith("http"):
                    authors = [{"name": n, "url": None} for n in split_names(name)]
                    break
        if not authors:
            return self.bylines()
        organisations = _organisations(art, self.meta)
        host = urlsplit(self.url).hostname or ""

        def publication(people: list[dict[str, str | None]]) -> bool:
            return all(is_organisation(a["name"] or "", organisations, host) for a in people)

        if publication(authors):
            writers = self.bylines()
            if (
                writers
                and not publication(writers)
                and any(is_full_name(w["name"] or "") for w in writers)
            ):
                return writers
        return authors

    def result(self) -> Metadata:
        """Assemble the non-date fields (JSON-LD article first, then metas, then markup)."""
        art = self.article or {}
        meta = self.meta
        h1 = self.headline if self.headline is not None and self.headline.tag == "h1" else None
        if not any(art.get("headline") or meta.get(k) for k in _TITLE_METAS):
            h1 = next(self.root.iter("h1"), None)  # no stated headline: the page's first <h1>
        stated_section = art.get("articleSection")
        sections = stated_section if isinstance(stated_section, list) else [stated_section]
        organisations = _organisations(art, meta)
        headline = choose_headline(
            _clean(art.get("headline")),
            _clean(meta.get("og:title")),
            _clean(meta.get("twitter:title")),
            (element_text(h1) or None) if h1 is not None else None,
            _story_headings(self.root),
            # What a title may append: the site's name and the story's section.
            site_names=[
                *organisations,
                *(n for n in map(_clean, [*sections, meta.get("article:section")]) if n),
            ],
            url=self.url,
        )
        if headline is None and (title := self._title_element()):
            # A page that states its headline nowhere else (no JSON-LD, no og/twitter
            # title, no <h1>) still names it in its <title>, maybe after its site name.
            headline = title_headline(title, self.url, organisations)
        headline = visible(headline)
        authors = self._authors(art)
        section = sections[0] if sections else None
        keywords: Any = art.get("keywords") or meta.get("keywords") or meta.get("news_keywords")
        if isinstance(keywords, str):
            keywords = keywords.split(",")
        image = _image_url(art.get("image")) or _clean(meta.get("og:image"))
        canonical = self.links.get("canonical") or meta.get("og:url")
        language = (
            _clean(self.root.get("lang"))
            or _clean(art.get("inLanguage"))
            or _clean(meta.get("og:locale"))
            or _clean(meta.get("content-language"))
        )
        return Metadata(
            headline=headline,
            authors=authors,
            section=_clean(section) or _clean(meta.get("article:section")),
            # A description escaped twice ("What&#8217;s … [&hellip;]") is read as shown.
            description=unescaped(
                _clean(art.get("description"))
                or _clean(meta.get("description"))
                or _clean(meta.get("og:description"))
            ),
            language=language.replace("_", "-") if language else None,
            canonical_url=_absolute(self.url, canonical),
            image={"url": _absolute(self.url, image), "caption": None} if image else None,
            keywords=[k for k in (_clean(k) for k in keywords or []) if k]
            if isinstance(keywords, list)
            else [],
            published=self.published,
            modified=self.modified,
            og_type=_clean(meta.get("og:type")),
            jsonld_types=frozenset(self.jsonld_types),
            article_body=body if isinstance(body := art.get("articleBody"), str) else None,
            header_stamps=frozenset(self.header_stamps),
            frame=self.frame,
        )


def extract_metadata(root: HtmlElement, url: str, story: HtmlElement | None = None) -> Metadata:
    """Article metadata of any news page; dates as ranked raw candidates.

    ``root`` is the parsed page (any element of its tree), ``url`` the page URL (used for
    relative links and as the last-resort publication day). ``story`` is the element that
    holds the story's text, when the caller's body extractor found it: on a page without a
    headline ``<h1>`` it is the main frame, whatever its containers' classes say.
    """
    collector = _Collector(root, url)
    collector.collect()
    collector.find_frame(story)
    collector.jsonld()
    collector.metas()
    collector.microdata()
    collector.time_elements()
    collector.demote_time_lists()
    collector.stamps()
    collector.labelled_values()
    collector.story_dateline()
    collector.local_forms()
    collector.url_date()
    return collector.result()
