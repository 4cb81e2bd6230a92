"""The metadata record (:class:`Metadata`) and its date candidates (:class:`Candidate`).

The record ranks publication and modification candidates by confidence and tells which
are usable (relative stamps, republication, local days); htmldate's guess is asked for on
a pruned copy of the page (:func:`htmldate_candidate`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from functools import partial
from typing import cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.blocks import MEDIA_TAGS
from newscrawl.extraction.dates import DateNormaliser, DateResult, is_date_line, split_labels
from newscrawl.extraction.html import ShortTexts
from newscrawl.extraction.jsonld import load_json
from newscrawl.extraction.stamp_names import (
    DOTTED_SHORT_YEAR,
    HAS_DIGIT,
    LINE_END_CHARS,
    MAX_ODD_STAMP_CHARS,
    MAX_STAMP_CHARS,
    after_modification_label,
    clause_date_line,
    date_span_line,
    event_day_line,
    file_link,
    foreign_named,
    header_banner,
    list_entry,
    marker_of,
    meta_row,
    modification_stamp,
    site_banner,
    teaser_box,
    until_line,
    version_number,
)
from newscrawl.extraction.vocabulary import (
    BYLINE_LEAD,
    DATE_LABEL_ONLY,
    FOREIGN_TAGS,
    INERT_TAGS,
    LOCAL_DATE,
    MODIFIED_META,
    PUBLICATION_VERBS,
    PUBLISHED_LABELS,
    QUOTED_TAGS,
    SKIP_TAGS,
    SKIP_TEXT_TAGS,
    SUBHEADING_TAGS,
    TEXT_BLOCK_TAGS,
)
from newscrawl.extraction.walk_marks import PHRASING
from newscrawl.extraction.zones import language_zone

#: Confidence per source kind (see the module docstring for the priority).
CONFIDENCE = {
    "jsonld-article": 0.95, "meta-og": 0.9, "jsonld-page": 0.85, "meta": 0.8,
    "itemprop": 0.75, "jsonld-other": 0.7, "time-marked": 0.65, "time-article": 0.55,
    "stamp-labelled": 0.45, "stamp": 0.4, "time": 0.35, "script": 0.3, "url": 0.1,
}  # fmt: skip

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
    #: Blocks below the story that are readers' replies (a name, a date, their words):
    #: their dates are never the page's.
    replies: frozenset[HtmlElement] = frozenset()

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
        *,
        fetched_at: datetime | None = None,
    ) -> Candidate | None:
        """The best publication candidate that normalises to an absolute date.

        Candidates go best first through a :class:`DateNormaliser` for the page's language
        (UTC) at ``fetched_at``, the page's fetch time (aware; None: now), as the date
        pipeline normalises them: one that fails (not a date, later than the fetch time
        allows, too old) or that is relative ("3 days ago": its value moves with the fetch
        time) is skipped. When none is left and ``root`` is given, htmldate's fast search
        over the page is the last resort (source "htmldate", the day only), not reading
        the lines of ``story`` (the body's paragraphs); None when that finds nothing either.
        """
        at = _reference(fetched_at)
        chosen = _first_absolute(self.ranked_published(), self.language, at)
        if chosen is not None:
            chosen = self._url_agreed(chosen, at)
            chosen = self._republished(chosen, at) or chosen
            chosen = self._local_day(chosen, at)
            chosen = self._timed_twin(chosen, at, root)
            chosen = self._zoned_twin(chosen, at)
            chosen = self._implied_zone(chosen, at)
            chosen = self._day_first(chosen, root, at)
        if chosen is None and root is not None:
            chosen = htmldate_candidate(
                root, url, story, self.frame, self.replies, fetched_at=at, language=self.language
            )
            if chosen is not None and chosen.raw[:10] in self._modified_days(at, _STATED_SOURCES):
                # The day the page states as its modification in its data (a JSON-LD
                # dateModified, a modified meta or itemprop, a marked <time>), which
                # htmldate takes when it finds nothing else: a modification date never
                # becomes the publication date. (Its copy has no "Updated …" line; a
                # "Stand:" line, a version's date, stays, and so does an element classed
                # "updated": hAtom's class, on many blogs that of the publication date.)
                chosen = None
            elif chosen is not None and any(
                chosen.raw[:10] > day for day in self._modified_days(at)
            ):
                # A day after a modification day the page states: another thing's (an
                # event's, a teaser's), never the page's first publication.
                chosen = None
        if chosen is None:
            chosen = self._relative_stamp(at)
        return chosen

    def _modified_days(self, at: datetime, sources: frozenset[str] | None = None) -> set[str]:
        """The days (YYYY-MM-DD) of the absolute modification candidates at fetch time
        ``at`` (of ``sources`` only, when given)."""
        return {
            d
            for c in self.modified
            if (sources is None or c.source in sources)
            and (d := _absolute_day(c, self.language, at)) is not None
        }

    def _relative_stamp(self, at: datetime) -> Candidate | None:
        """The visible relative stamp ("2 hours ago", "yesterday") of a page that states its
        publication no other way: the pipeline resolves it against the fetch time (the
        record says so: zone origin ``relative``). None when the page shows several
        different ones: a list's entries, each under its own stamp."""
        normaliser = page_normaliser(self.language)
        found: list[Candidate] = []
        for candidate in self.ranked_published():
            if candidate.source not in VISIBLE_SOURCES:
                continue
            try:
                if normaliser.normalise(candidate.raw, at).value is not None:
                    found.append(candidate)
            except ValueError:
                continue
        return found[0] if len({c.raw for c in found}) == 1 else None

    def _url_agreed(self, chosen: Candidate, at: datetime) -> Candidate:
        """Among candidates as trusted as ``chosen`` (one source kind, ranked by page order
        alone) that disagree on the day, the first on the day the URL states, when
        ``chosen`` is not: two independent signals agree. A story's own ``<time>`` after a
        menu of other stories' teasers, each under its ``<time>``, unmarked alike: the
        first in the page is a teaser's, the story's agrees with its address
        (``/2023/11/02/…``). No URL day, none of them on it, or ``chosen`` a stamp of the
        headline's header area (the page's own) or on the day such a stamp shows (a
        ``<time>`` under the headline: its ``datetime``, not its shown text, is
        ``chosen``): ``chosen`` stays."""
        url_days = {
            day
            for c in self.published
            if c.source == "url" and (day := _absolute_day(c, self.language, at)) is not None
        }
        if len(url_days) != 1 or chosen.source == "url" or chosen.raw in self.header_stamps:
            return chosen  # (a stamp under the headline is the page's own, whatever the URL)
        (url_day,) = url_days
        day = _absolute_day(chosen, self.language, at)
        if day == url_day:
            return chosen
        header_days = {
            _absolute_day(Candidate(raw, "stamp", 0.0), self.language, at)
            for raw in self.header_stamps
        }
        if day is not None and day in header_days:
            return chosen  # (a <time> under the headline: its datetime, the stamp's day)
        for candidate in self.ranked_published():
            if candidate.confidence != chosen.confidence or candidate is chosen:
                continue
            if _absolute_day(candidate, self.language, at) == url_day:
                return candidate
        return chosen

    def _republished(self, chosen: Candidate, at: datetime) -> Candidate | None:
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
        first_day = _absolute_day(chosen, self.language, at)
        modified_days = self._modified_days(at)
        if first_day is None or not modified_days or first_day in modified_days:
            return None
        # The witnesses are read in rank order, and the reading stops at the first that
        # keeps the first day: the days of the weaker candidates (visible stamps, most
        # of them for dateparser) are often not needed.
        days: list[tuple[Candidate, str | None]] = []
        witnesses: set[str] = set()
        for candidate in self.ranked_published():
            day = _absolute_day(candidate, self.language, at)
            if day == first_day:
                if candidate.source in VISIBLE_SOURCES:
                    return None
                witnesses.add(_source_kind(candidate))
                if len(witnesses) >= FIRST_DAY_WITNESSES:
                    return None
            days.append((candidate, day))
        earliest = (date.fromisoformat(first_day) + REPUBLICATION_GAP).isoformat()
        for candidate, day in days:
            if candidate.source not in REPUBLICATION_SOURCES or day is None:
                continue
            if day >= earliest and day in modified_days:
                return candidate
        return None

    def _local_day(self, chosen: Candidate, at: datetime) -> Candidate:
        """``chosen`` in the page's own zone when it is a UTC time whose local day differs
        and another source (the URL, a stamp, a time) states that local day.

        A page in a language of one main time zone (:func:`.language_zone`) shows its readers the
        local day: 23:01Z on 1 November is 00:01 on 2 November in Rome. Only with a witness
        on the local day, so a page read from elsewhere keeps its UTC day.
        """
        moment = iso(chosen.raw)
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
        if any(_absolute_day(c, self.language, at) == day for c in others):
            return Candidate(local.isoformat(), chosen.source, chosen.confidence)
        return chosen

    def _timed_twin(
        self, chosen: Candidate, at: datetime, root: HtmlElement | None = None
    ) -> Candidate:
        """A weaker candidate that states ``chosen``'s day with a time of day, when
        ``chosen`` gives the day alone ("20231102" in a meta, "2023-11-02T16:55:44Z" in the
        JSON-LD): two sources agree on the day, and the one with the time says more. A
        shown stamp cut at a comma ("28. April 2023,") takes the time of the visible
        reading of its whole line, which goes on from it ("28. April 2023, 05:00 Uhr"),
        when the cut reading is read under that line's label too (the same line), even
        when the label names a modification; another line of that day ("28. April 2023,
        <span>Anna Schmidt</span>" beside "Aktualisiert: 28. April 2023, 18:00 Uhr", in
        spans or not) gives none: every element of *root* showing the cut stamp lies in
        the timed line (:func:`_cut_lines`)."""
        reading = self._reading(chosen, at)
        if reading is None:
            return chosen
        normaliser, found = reading
        if found.precision != "day" or found.value is None:
            return chosen
        for candidate in self.ranked_published():
            if candidate is chosen or candidate.raw == chosen.raw:
                continue
            if _says_more(_absolute_value(candidate.raw, normaliser, at), found.value):
                return candidate
        head = chosen.raw.rstrip()
        shown = [c for c in self.modified if c.source in VISIBLE_SOURCES]
        if (
            chosen.source in VISIBLE_SOURCES
            and head.endswith(",")
            and any(c.raw.rstrip() == head for c in shown)
        ):
            # A stamp read cut at its comma, its line going on in the next element
            # ("<span>Stand: </span><span>28. April 2023, </span><span>05:00 Uhr</span>"),
            # and read again under that line's label: the reading of the whole line (a
            # modification's, by its label) states the same day with the time; it dates
            # the page as the cut reading did.
            lines: list[str] | None = None  # (read once: the page's walk)
            for candidate in shown:
                if not candidate.raw.startswith(head):
                    continue
                if not _says_more(_absolute_value(candidate.raw, normaliser, at), found.value):
                    continue
                if root is not None:
                    lines = _cut_lines(root, head) if lines is None else lines
                    if not _holds(lines, candidate.raw):
                        continue
                return Candidate(candidate.raw, chosen.source, chosen.confidence)
        return chosen

    def _reading(
        self, chosen: Candidate, at: datetime
    ) -> tuple[DateNormaliser, DateResult] | None:
        """The page's normaliser and its reading of ``chosen`` (fetched *at*); None when
        it reads no date there."""
        normaliser = page_normaliser(self.language)
        try:
            return normaliser, normaliser.normalise(chosen.raw, at)
        except ValueError:
            return None

    def _assumed_time(self, chosen: Candidate, at: datetime) -> tuple[DateNormaliser, str] | None:
        """The page's normaliser and ``chosen``'s value by it when that value has a
        time whose zone is assumed (none shown: :meth:`_zoned_twin`,
        :meth:`_implied_zone` look for it elsewhere); None otherwise."""
        reading = self._reading(chosen, at)
        if reading is None:
            return None
        normaliser, found = reading
        if found.timezone != "assumed" or found.value is None:
            return None
        return normaliser, found.value

    def _zoned_twin(self, chosen: Candidate, at: datetime) -> Candidate:
        """A candidate that states ``chosen``'s wall time (its day, hour and minute) with a
        zone of its own, when ``chosen``'s time has none (the page's zone is assumed): a
        stamp whose time stands in an element of its own and its zone in the line holding
        it ("<span>Sep 2, 2024, 17:07</span> IST": the inner element, first in the page,
        says less than its line). The same wall time in two candidates is one stamp."""
        assumed = self._assumed_time(chosen, at)
        if assumed is None:
            return chosen
        normaliser, value = assumed
        hour, minute = value[11:13], value[14:16]
        clocks = (f"{hour}:{minute}", f"{int(hour) % 12 or 12}:{minute}")
        for candidate in self.ranked_published():
            if candidate is chosen or candidate.raw == chosen.raw:
                continue
            if not any(clock in candidate.raw for clock in clocks):
                continue  # (its wall time is written otherwise, or it has none)
            try:
                other = normaliser.normalise(candidate.raw, at)
            except ValueError:
                continue
            if (
                other.timezone == "explicit"
                and other.value is not None
                and other.value[:16] == value[:16]
            ):
                return candidate
        return chosen

    def _implied_zone(self, chosen: Candidate, at: datetime) -> Candidate:
        """``chosen``'s shown time in the zone a machine value of the page implies, when
        ``chosen``'s zone is assumed (no zone shown, the page's language names none of its
        own) and the best usable ISO candidate with an offset (a script's, a ``<time>``'s)
        is the same moment a whole number of hours away, to the minute ("12:43, 20 Apr
        2026" shown, "2026-04-20T11:43:46Z" in the script: 12:43 at +01:00). The stamp's
        day and time stay as shown; the offset is the one the two imply (at most 14
        hours)."""
        assumed = self._assumed_time(chosen, at)
        if assumed is None:
            return chosen
        normaliser, value = assumed
        shown = datetime.fromisoformat(value).replace(tzinfo=None, second=0)
        for candidate in self.ranked_published():
            moment = iso(candidate.raw) if _ISO_TIME.fullmatch(candidate.raw) else None
            if moment is None or moment.utcoffset() is None:
                continue
            if _absolute_value(candidate.raw, normaliser, at) is None:
                continue  # (no date the page can have: after the fetch, too old)
            utc = moment.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
            gap = shown - utc
            if gap and gap % timedelta(hours=1) == timedelta(0) and abs(gap) <= _MOST_OFFSET:
                local = moment.astimezone(timezone(gap))
                return Candidate(local.isoformat(), chosen.source, chosen.confidence)
            # (the best machine value is the page's moment: a weaker one whose minute
            # happens to coincide, a teaser's, another entry's, is no witness against it)
            return chosen
        return chosen

    def _day_first(self, chosen: Candidate, root: HtmlElement | None, at: datetime) -> Candidate:
        """``chosen`` read day first when it is a numeric date of two fields of 12 or less
        ("06/03/2024") on a page in English of no region, whose normaliser reads it month
        first (the US order), and independent signals agree on the day-first reading: a
        date of the same form on the page whose first field is over 12 ("25/02/2024"), or
        another candidate (the JSON-LD, a meta, the URL) on the day-first day. Any signal
        for the month-first reading (a date of that form whose second field is over 12, a
        candidate on that day) keeps it. The day-first value is an ISO string."""
        normaliser = page_normaliser(self.language)
        found = _AMBIGUOUS_NUMERIC.match(chosen.raw)
        regional = "-" in (self.language or "en").replace("_", "-")
        if found is None or not normaliser.month_first or regional:
            return chosen  # (a US page's region says month first)
        first, second, year = int(found["a"]), int(found["b"]), found["y"]
        if first == second or first > 12 or second > 12:
            return chosen
        day_first = f"{year}-{second:02d}-{first:02d}"
        month_first = f"{year}-{first:02d}-{second:02d}"
        for_day = for_month = False
        for candidate in self.published:
            if candidate.raw == chosen.raw or _AMBIGUOUS_NUMERIC.match(candidate.raw):
                continue
            day = _absolute_day(candidate, self.language, at)
            for_day |= day == day_first
            for_month |= day == month_first
        if root is not None:
            separator = found["s"]
            for text in root.xpath(_SHOWN_TEXT):
                for a, s, b in _NUMERIC_DATE.findall(text):
                    if s == separator and max(int(a), int(b)) <= 31:
                        for_day |= int(a) > 12 >= int(b)
                        for_month |= int(b) > 12 >= int(a)
        if not for_day or for_month:
            return chosen
        try:
            value = DateNormaliser(timezone=normaliser.zone.key, locale="en-GB").normalise(
                chosen.raw, at
            )
        except ValueError:
            return chosen
        if value.value is None or value.value[:10] != day_first:
            return chosen
        return Candidate(value.value, chosen.source, chosen.confidence)

    def usable_modified(self, *, fetched_at: datetime | None = None) -> Candidate | None:
        """The best modification candidate that normalises to an absolute date at
        ``fetched_at`` (the page's fetch time; None: now), or None."""
        return _first_absolute(self.ranked_modified(), self.language, _reference(fetched_at))


def _ranked(candidates: list[Candidate]) -> list[Candidate]:
    order = {id(c): i for i, c in enumerate(candidates)}
    return sorted(candidates, key=lambda c: (-c.confidence, order[id(c)]))


#: A candidate is normalised at two fetch times this far apart: a relative one ("yesterday",
#: "3 hours ago") gives two values and is skipped, an absolute one gives the same value.
RELATIVE_PROBE = timedelta(days=7)
#: The largest offset of a zone from UTC (Kiribati's +14:00): a shown time and a machine
#: value further apart are no one moment.
_MOST_OFFSET = timedelta(hours=14)
#: Confidence of htmldate's day, the last resort when no candidate of ours normalises.
HTMLDATE_CONFIDENCE = 0.05
#: Most text (characters, after pruning) of a page htmldate's text search reads: it takes
#: seconds on pages of megabytes (it copies the tree and tries its patterns on every
#: line), and a page whose short lines run that long is no story page.
HTMLDATE_TEXT_SEARCH_MAX_CHARS = 200_000
#: How long after the fetch time htmldate's day may be: the date pipeline's default
#: tolerance (``NEWSCRAWL_DATE_FUTURE_TOLERANCE``), a zone ahead of UTC.
HTMLDATE_LATEST = timedelta(days=1)
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


def _absolute_value(raw: str, normaliser: DateNormaliser, at: datetime) -> str | None:
    """What *raw* normalises to at fetch time *at*, None when that is no absolute date (it
    fails, or it moves with the fetch time: "3 days ago")."""
    try:
        value = normaliser.normalise(raw, at).value
        if value is None:
            return None
        earlier = normaliser.normalise(raw, at - RELATIVE_PROBE).value
    except ValueError:  # dateparser does not know the page's language: nor will the pipeline
        return None
    # None: too recent for the earlier fetch time.
    return value if earlier is None or earlier == value else None


def _reference(fetched_at: datetime | None) -> datetime:
    """The fetch time candidates are judged at: ``fetched_at``, else now. A naive one is
    refused: every normalisation would fail on it, and the page would quietly lose its
    dates."""
    if fetched_at is None:
        return datetime.now(UTC)
    if fetched_at.utcoffset() is None:
        raise ValueError("fetched_at must be timezone-aware")
    return fetched_at


def _first_absolute(
    ranked: list[Candidate], language: str | None, at: datetime
) -> Candidate | None:
    """The first of ``ranked`` that normalises to an absolute date for ``language`` at
    fetch time ``at``."""
    if not ranked:
        return None
    normaliser = page_normaliser(language)
    return next((c for c in ranked if _absolute_value(c.raw, normaliser, at) is not None), None)


def _source_kind(candidate: Candidate) -> str:
    """The kind of source a candidate comes from, its variants as one ("jsonld-article"
    and "jsonld-page" are both the page's JSON-LD, "meta-og" and "meta" its metas)."""
    return candidate.source.partition("-")[0]


def _absolute_day(candidate: Candidate, language: str | None, at: datetime) -> str | None:
    """The day (YYYY-MM-DD) ``candidate`` normalises to at fetch time ``at``, None if it
    is not absolute."""
    value = _absolute_value(candidate.raw, page_normaliser(language), at)
    return value[:10] if value is not None else None


#: Characters an lxml text node refuses (XML 1.0 allows none of them), though its HTML
#: parser keeps them in a page's text: C0 controls but tab, newline and carriage return,
#: lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _drop(element: HtmlElement) -> None:
    """``element.drop_tree()``: *element* goes, its tail joins the text before it; when
    that text holds a character lxml refuses to set (a control character the HTML
    parser kept: a hostile or broken page), the joined text is set without it (a space
    in its place) instead of the ``ValueError`` that would end the page's extraction."""
    try:
        element.drop_tree()
        return
    except ValueError:
        pass
    parent = element.getparent()
    if parent is None:
        return
    previous = element.getprevious()
    joined = (previous.tail if previous is not None else parent.text) or ""
    joined = _NOT_XML.sub(" ", joined + (element.tail or ""))
    parent.remove(element)
    if previous is not None:
        previous.tail = joined
    else:
        parent.text = joined


def htmldate_candidate(
    root: HtmlElement,
    url: str | None = None,
    story: frozenset[str] = frozenset(),
    frame: frozenset[HtmlElement] = frozenset(),
    replies: frozenset[HtmlElement] = frozenset(),
    *,
    fetched_at: datetime | None = None,
    language: str | None = None,
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
    guess from a month, a copyright year or a bare year; the copy has no numbers of
    versions that read as dates of a short year (:func:`_drop_version_numbers`:
    "Firmware 4.2.20" is no 4 February 2020). Its latest day is the day
    :data:`HTMLDATE_LATEST` after ``fetched_at``, the page's fetch time (None: now), as
    the date pipeline refuses a later one: not the machine's day, on a page fetched
    earlier (an "available until" day after the fetch is no publication day).
    """
    from htmldate import find_date  # noqa: PLC0415 - costly to import, seldom needed

    page = root.getroottree().getroot()
    tree = copy.deepcopy(page)
    # The copy's elements of *frame*: a copy holds its nodes in the original's order.
    kept = frozenset(c for o, c in zip(page.iter(), tree.iter(), strict=True) if o in frame)
    # Readers' replies below the story (``replies``) go, as comments do.
    gone = (
        [c for o, c in zip(page.iter(), tree.iter(), strict=True) if o in replies]
        if replies
        else []
    )
    for element in gone:
        if (parent := element.getparent()) is not None:
            parent.remove(element)
    for element in list(tree.iter(*INERT_TAGS)):  # the head's as well
        if (parent := element.getparent()) is not None:
            parent.remove(element)
    for comment in list(tree.iter(etree.Comment)):
        # Never shown: a build's or a cache's stamp ("<!-- ads20140217-1700,
        # 2023-09-01T12:06:59+02:00, … -->" closing the page) is no publication.
        if comment.getparent() is not None:
            _drop(cast(HtmlElement, comment))
    for script in list(tree.iter("script")):
        # JSON data stating several publication days is a list's (an ItemList of other
        # stories): htmldate would take its first item's. A JSON-LD script that reads
        # (:func:`load_json`) gave our sources every date of the page's own items: the
        # others are its replies', events', offers' (htmldate's pattern takes any
        # "dateCreated", its search any ISO date). Any other script is code or a
        # framework's data, whose publication keys our sources read
        # (:func:`~.meta_sources.script_days`): its other timestamps are a build's, a
        # user's, a comment's, a related story's, which htmldate's pattern would take.
        text = script.text or ""
        if (
            len(set(_JSON_PUBLISHED_DAY.findall(text))) > 1
            or "ld+json" not in str(script.get("type") or "")
            or load_json(text)
        ):
            _drop(script)
    body = tree.find("body")
    title = " ".join((page.findtext(".//title") or "").split())
    for element in _pruned(body, story, kept, url, title) if body is not None else ():
        if (parent := element.getparent()) is not None:
            parent.remove(element)
    # Metas naming an expiry or a modification go before either search: htmldate's fast
    # search takes an "expires" meta's day for the page's. (The other metas naming no
    # publication stay for it: it reads a day in an image's address, "og:image".)
    for meta in [m for m in tree.iter("meta") if _expiry_or_modified_meta(m)]:
        _drop(meta)
    latest = (fetched_at or datetime.now(UTC)).astimezone(UTC) + HTMLDATE_LATEST
    # Naive, as htmldate compares; the end of that day, a day-granular bound its caches keep.
    max_date = datetime.combine(latest.date(), datetime.max.time())
    # The fast search, then (past the pruning below) the extensive one, of the same tree.
    search = partial(
        find_date,
        tree,
        url=url,
        original_date=True,
        outputformat="%Y-%m-%d",
        max_date=max_date,
    )
    _drop_version_numbers(tree)
    try:
        found = search(extensive_search=False)
        if not found:
            for script in list(tree.iter(*SKIP_TEXT_TAGS, "meta")):
                if script.tag != "head" and (script.tag != "meta" or _not_published_meta(script)):
                    _drop(script)  # its tail is the page's text
            for element in tree.iter():
                for name in [n for n in element.attrib if n not in _DATE_ATTRIBUTES]:
                    del element.attrib[name]
            if sum(map(len, tree.itertext())) <= HTMLDATE_TEXT_SEARCH_MAX_CHARS:
                found = search(extensive_search=True)
            if found and found.endswith(_GUESSED_DAY):
                found = None
    except (ValueError, TypeError):  # pragma: no cover - htmldate refuses the document
        return None
    if not found:
        return None
    if body is not None:
        found = _shown_time(body, found, language, fetched_at or datetime.now(UTC)) or found
    return Candidate(found, "htmldate", HTMLDATE_CONFIDENCE)


def _shown_time(body: HtmlElement, day: str, language: str | None, at: datetime) -> str | None:
    """The moment (ISO; naive when the page's zone is assumed) that the short lines of
    *body*, htmldate's pruned copy, show on *day*, htmldate's day (YYYY-MM-DD), with a
    time of day, when they all show one ("Stand: 17.06.2025 18:24 Uhr", the only stamp a
    page shows: htmldate gives its day alone); None when none shows a time that day, or
    two lines show two times (a publication's and an update's): the day stays alone.
    The copy holds no modification stamp led by its label ("Aktualisiert am …"), no
    teaser's, comment's or event's line (:func:`_pruned`). A line's dates are read as
    the stamp reader reads them (:func:`~.dates.split_labels`' publication dates, local
    month names :data:`~.vocabulary.LOCAL_DATE`), by the page's normaliser at *at*."""
    normaliser = page_normaliser(language)
    short = ShortTexts(MAX_STAMP_CHARS)
    year = day[:4]
    moments: dict[str, str] = {}
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _CODE_TAGS:
            continue
        text = short.text(element)
        if text is None or year not in text or ":" not in text:
            continue
        raws = [m.group() for m in LOCAL_DATE.finditer(text)]
        raws += [d.raw for d in split_labels(text) if d.field == "datePublished"]
        for raw in raws:
            try:
                shown = normaliser.normalise(raw, at)
            except ValueError:
                continue
            value = shown.value
            if value is None or shown.precision == "day" or shown.timezone == "relative":
                continue
            if value[:10] != day:
                continue
            # (to the figures shown: a minute's stamp keeps no seconds)
            wall = value[:19] if shown.precision == "second" else value[:16]
            moments[value] = wall if shown.timezone == "assumed" else wall + value[19:]
            if len(moments) > 1:
                return None
    return next(iter(moments.values()), None)


def _says_more(value: str | None, day: str) -> bool:
    """True when *value* (an ISO value or None) states *day*, a day-precision ISO value,
    with more: its time of day."""
    return value is not None and len(value) > len(day) and value[:10] == day


def _cut_lines(root: HtmlElement, head: str) -> list[str]:
    """The lines of *root* that show the cut stamp *head* ("28. April 2023,"): for each
    element whose text is *head*, the text of its nearest ancestor whose text is more
    ("Stand: 28. April 2023, 05:00 Uhr"); "" for one over the stamp's length or holding
    *head* twice (a box of two lines showing the day). Read in one walk of the page."""
    short = ShortTexts(MAX_STAMP_CHARS)
    head = " ".join(head.split())
    lines: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or short.text(element) != head:
            continue
        for node in element.iterancestors():
            text = short.text(node)
            if text != head:
                lines.append("" if text is None or text.count(head) > 1 else text)
                break
    return lines


def _holds(lines: list[str], line: str) -> bool:
    """True when each of *lines* (:func:`_cut_lines`, one at least) holds *line*, the timed
    reading going on from the cut stamp: another line showing the cut day ("28. April
    2023, Anna Schmidt", "Veröffentlicht: 28. April 2023,") makes it False."""
    line = " ".join(line.split())
    return bool(lines) and all(line in text for text in lines)


#: Elements whose text is code or data, not a line the page shows.
_CODE_TAGS = frozenset({"script", "style"})


def _drop_version_numbers(tree: HtmlElement) -> None:
    """Blanks in *tree* (htmldate's copy) the numbers of versions that read as dates of a
    short year (:func:`~.stamp_names.version_number`: "Firmware 4.2.20", "v3.1.24", not
    "Artikel vom 3.4.24", "Stand 3.4.24"): htmldate would give such a number as the
    page's day (4 February 2020) on a page nothing else dates. A date after a version on
    one line stays ("Version 4.2.20 vom 3.4.24": the date is read). A line runs across
    inline elements (:data:`~.walk_marks.PHRASING`); any other element's start or end
    ends it."""
    if DOTTED_SHORT_YEAR.search("\n".join(tree.itertext())) is None:
        return  # (most pages: the walk in Python is not needed)
    line = ""  # the end of the current line's text read so far
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        if element.tag not in PHRASING:
            line = ""
        if event == "start":
            if isinstance(element.tag, str) and element.tag not in _CODE_TAGS and element.text:
                text, line = _versions_blanked(element.text, line)
                if text is not None:
                    element.text = text
        elif element.tail:
            text, line = _versions_blanked(element.tail, line)
            if text is not None:
                element.tail = text


def _versions_blanked(text: str, line: str) -> tuple[str | None, str]:
    """*text* with its versions' numbers blanked (:func:`_drop_version_numbers`; None when
    it holds none), after *line* (the end of the text before it on its line); and the
    line's end with *text*. A character
    lxml refuses in a text it sets (a control character the HTML parser kept) becomes a
    space, as :func:`_drop` does."""
    spans = [
        match.span()
        for match in DOTTED_SHORT_YEAR.finditer(text)
        if version_number((line + text[: match.start()])[-LINE_END_CHARS:], match)
    ]
    end_of_line = (line + text)[-LINE_END_CHARS:]
    if not spans:
        return None, end_of_line
    for start, end in reversed(spans):
        text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return _NOT_XML.sub(" ", text), end_of_line


#: Fragments of a meta name (``name``/``property``/``itemprop``) that may name a
#: publication date, as CMSs name metas in English ("prism.publicationDate",
#: "article_date_original", "created"); a word list.
_PUBLISHED_META_WORD = re.compile(r"pub|creat|issu|releas|date|time", re.IGNORECASE)


def _meta_key(meta: HtmlElement) -> str:
    """*meta*'s name (``name``/``property``/``itemprop``/``http-equiv``), lower-cased."""
    return " ".join(meta.get(a) or "" for a in ("name", "property", "itemprop", "http-equiv"))


def _expiry_or_modified_meta(meta: HtmlElement) -> bool:
    """True for a meta naming an expiry (a name holding "expir": ``expires``,
    ``article:expiration_time``, ``expiration_date``) or a modification (a name
    :data:`MODIFIED_META` lists): htmldate's fast search may take its day for the
    publication."""
    key = _meta_key(meta).strip().lower()
    return key in MODIFIED_META or "expir" in key


def _not_published_meta(meta: HtmlElement) -> bool:
    """True for a meta whose name names no publication (:func:`_expiry_or_modified_meta`,
    ``last-modified``, a name with none of :data:`_PUBLISHED_META_WORD`): htmldate's text
    search, which reads the ``content`` of every meta the fast search left, must not take
    its date."""
    return _expiry_or_modified_meta(meta) or not _PUBLISHED_META_WORD.search(_meta_key(meta))


#: A numeric date whose first two fields may be day and month either way, a four-figure
#: year after them ("06/03/2024", "06-03-2024 10:15").
_AMBIGUOUS_NUMERIC = re.compile(
    r"^\s*(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)(?!\d)"
)
#: A numeric date of that form in running text: first field, separator, second field.
_NUMERIC_DATE = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d\d(?![\d/-])")
#: The page's shown text (no scripts, styles or templates).
_SHOWN_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::template)]"
#: A publication day in JSON data, as htmldate's JSON search reads it.
_JSON_PUBLISHED_DAY = re.compile(r'"date(?:Published|Created)"\s*:\s*"(\d{4}-\d\d-\d\d)')
#: Children whose text may not be part of their parent's (hidden, a line break, a reading):
#: left out of the lower bound in :func:`_pruned`.
_UNCOUNTED_TAGS = SKIP_TAGS | {"br", "rt"}


#: Class or id fragments naming a player or its caption box (a word list: the English
#: words themes and players use, "video-caption", "jw-player", "podcast-episode").
_MEDIA_NAMED = re.compile(r"video|player|audio|podcast")


def _media_caption(element: HtmlElement, short: ShortTexts) -> bool:
    """True when *element* (a short dated line) is a recording's caption: its class or id
    names a player (:data:`_MEDIA_NAMED`), or its box (the parent) is short (the player
    and its caption, no story: a post's text around an embedded clip is no caption box)
    and names a player or holds one (:data:`~.blocks.MEDIA_TAGS`): "Video vom 12.03.2024" is the
    clip's day. A line a byline's lead opens ("Von Christian am 03.05.2013, 11:51 | 0
    Meinungen", "By Anna Smith on …") is the post's meta line, in a box beside an embedded
    widget (a social plugin's frame) or not: only a class naming a player makes it a clip's."""
    box = element.getparent()
    return _MEDIA_NAMED.search(marker_of(element)) is not None or (
        BYLINE_LEAD.match(short.text(element) or "") is None
        and box is not None
        and short.text(box) is not None
        and (
            _MEDIA_NAMED.search(marker_of(box)) is not None
            or next(box.iter(*MEDIA_TAGS), None) is not None
        )
    )


def _pruned(
    body: HtmlElement,
    story: frozenset[str] = frozenset(),
    frame: frozenset[HtmlElement] = frozenset(),
    url: str | None = None,
    title: str = "",
) -> list[HtmlElement]:
    """The elements of *body* (itself included) that :func:`htmldate_candidate` removes:
    sidebars, footers, comments and related blocks (by tag or class), the site's banner
    (:func:`site_banner`, :func:`header_banner`: its date is the day the page was
    shown), pictures' captions (the day a picture was taken), long text blocks
    (over :data:`MAX_STAMP_CHARS`), the text blocks of *story* (the found body's
    paragraphs) but a date line, modification stamps and the dates just after a
    modification label, the lines naming the day a thing lasts until and no other date,
    whatever their length (:func:`~.stamp_names.until_line`: "Angebot gültig bis
    14.03.2024", "Kampanya 14.03.2024 tarihine kadar geçerlidir"); none inside
    another removed foreign one (its removal would change nothing).

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
    first_story = last_story = 0  # where the story's paragraphs start and end
    walk = etree.iterwalk(body, events=("start", "end"))
    for event, element in walk:
        tag = element.tag
        if event == "start":
            if (
                tag in FOREIGN_TAGS
                or tag in QUOTED_TAGS
                or (
                    tag not in ("article", "main", "body")
                    and element not in frame
                    and foreign_named(marker_of(element))
                )
                or site_banner(element, frame)
                or header_banner(element, frame)
                or tag == "figcaption"
                or file_link(element)
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
                if tag == "p":  # (a wrapper's end is after all it holds)
                    last_story = len(known)
                    first_story = first_story or last_story
            continue  # else too long for a modification stamp
        text = short.text(element)
        known[element] = MAX_STAMP_CHARS + 1 if text is None else len("".join(text.split()))
        if block and (text is None or len(text) > MAX_STAMP_CHARS or text in story):
            last_story = len(known)  # the story's (or a long) paragraph, in end order
            first_story = first_story or last_story
        if (
            (block and (text is None or len(text) > MAX_STAMP_CHARS))
            or (block and text in story and not is_date_line(text))
            or modification_stamp(text)
            or (text is not None and (until_line(text) or date_span_line(text)))
            or (text is not None and len(element) == 0 and clause_date_line(text))
            or (
                text is not None
                and HAS_DIGIT.search(text) is not None
                and after_modification_label(element)
            )
        ):
            doomed.append(element)
    # The entries of a list, each under its own date (other stories, comments): htmldate
    # would take the first list's first date.
    # A date after the story's last paragraph beside a link to another story under a
    # headline of its own (a teaser) is that story's; one after its first paragraph that
    # words name as an event's day ("Premiere am 5. Mai 2024", "When: 5 May 2024, 7pm" in
    # a fact box) is the event's.
    memo: dict[HtmlElement, bool] = {}
    gone = set(doomed)
    for place, (element, size) in enumerate(known.items(), 1):
        if (
            0 < size <= MAX_STAMP_CHARS
            and element not in gone
            and element not in frame
            and (
                list_entry(element, short, memo)
                or (
                    HAS_DIGIT.search(text := short.text(element) or "") is not None
                    and (
                        _teaser_card(element, short, url, title, before=place <= first_story)
                        or _media_caption(element, short)
                        or (place > last_story > 0 and _headed_box_line(element, text, short))
                        or (
                            place > first_story > 0
                            and event_day_line(element, text, short, alone=place > last_story)
                        )
                    )
                )
            )
        ):
            doomed.append(element)
    return doomed


def _headed_box_line(element: HtmlElement, text: str, short: ShortTexts) -> bool:
    """True when *element* (a short line with a figure, after the story's last paragraph)
    is a line of a small box (:data:`MAX_STAMP_CHARS` in all) that a heading of its own
    opens before it, words leading to its figure: a fact box, an info box
    ("<h3>Info</h3><p>Open daily from 5 May 2024</p><p>Main Street 5</p>"), whose day is
    its subject's. Not a line its date opens (stamp-shaped: "2025-06-04 02:19 기준"
    under a box's heading, a list's time, is left to the other tests), nor when the heading or
    the line names a publication (:data:`~.vocabulary.DATE_LABEL_ONLY`, a publication
    label or verb, a byline's lead: "<h5>Datum:</h5>", "Published 14 March 2024"): the
    page's own closing stamp."""
    if HAS_DIGIT.match(text.lstrip()):
        return False  # a line its date opens, stamp-shaped (a list's "as of" time too)
    box = element.getparent()
    if box is None or short.text(box) is None:
        return False
    heading = None
    for child in box:
        if child is element:
            break
        if child.tag in SUBHEADING_TAGS:
            heading = child
    if heading is None:
        return False
    for line in (short.text(heading) or "", text):
        label = line.partition(":")[0].strip()
        if (
            DATE_LABEL_ONLY.match(label)
            or BYLINE_LEAD.match(line)
            or any(w.search(line) for w in (PUBLISHED_LABELS, PUBLICATION_VERBS))
        ):
            return False
    return True


def _teaser_card(
    element: HtmlElement, short: ShortTexts, url: str | None, title: str, *, before: bool
) -> bool:
    """True when *element*'s date is a teaser's (:func:`~.stamp_names.teaser_box`); one
    before the story's first paragraph only in a box that is no meta row
    (:func:`~.stamp_names.meta_row`), as the stamp reader has it."""
    box = teaser_box(element, short, url, title=title)
    return box is not None and not (before and meta_row(box))


def iso(raw: str) -> datetime | None:
    """An ISO 8601 timestamp with a time of day (aware, or naive), else None."""
    if not _ISO_TIME.fullmatch(raw):
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None
