"""The machine-readable and labelled date sources of a page (a collector layer).

JSON-LD, meta tags, microdata, ``<time>`` elements, labelled values, the story's
dateline, local forms of the day and the URL's date each add candidates.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from datetime import timezone as fixed_offset
from functools import cache
from itertools import islice
from typing import Any
from urllib.parse import parse_qsl

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.dates import split_labels
from newscrawl.extraction.html import element_text, split_url
from newscrawl.extraction.images import jsonld_logos, note_logo_sources
from newscrawl.extraction.jsonld import (
    MAX_JSONLD_CHARS,
    date_value,
    epoch_date,
    item_types,
    itemtype_name,
    jsonld_items,
    jsonld_kind,
    load_json,
    schema_key,
)
from newscrawl.extraction.meta_page import PageParts
from newscrawl.extraction.meta_record import CONFIDENCE, Candidate, iso
from newscrawl.extraction.stamp_names import (
    LIST_ENTRY_LEVELS,
    MAX_ODD_STAMP_CHARS,
    MAX_STAMP_CHARS,
    MODIFIED,
    PUBLISH,
    YEAR_IN_TEXT,
    after_modification_label,
    has_fragment,
    list_entry,
    marker_of,
    site_banner,
    time_attribute,
)
from newscrawl.extraction.vocabulary import (
    ARTICLE_TAGS,
    ARTICLE_TYPES,
    DATE_LABEL_ONLY,
    JSON_META,
    LABEL_JOINER,
    LOCAL_DATE,
    MEDIA_TYPES,
    MODIFIED_LABEL_ONLY,
    MODIFIED_META,
    OG_PUBLISHED_META,
    PUBLISHED_LABELS,
    PUBLISHED_META,
)

#: A label's colon and the blanks before it (Latin, full width).
_COLONS = " :\uff1a"
#: Longest text of a label element, and of the value beside it.
MAX_LABEL_CHARS = 40

#: More distinct days than this among unmarked article ``<time>`` elements make them a list.
MAX_TIME_ARTICLE_DAYS = 2

#: A time of day after a compact day in a URL ("20240314" "1015" or "101500"), optional.
_URL_CLOCK = r"(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?"
_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$|[-_.])"),
    re.compile(r"[/_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)"),
    # (a compact day may carry its time of day: "/20240314101500-harbour-budget")
    re.compile(rf"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]){_URL_CLOCK}(?:/|$|[-_.])"),
    # "/harbour-budget-20231103-a1b2.html": the day set into the slug by a hyphen.
    re.compile(
        rf"[-_]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]){_URL_CLOCK}(?:[-_./]|$)"
    ),
    # "/2024.03.14/": a dotted path segment.
    re.compile(r"/((?:19|20)\d\d)\.(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])(?:/|$|[-_.])"),
    # "/2024/0314/c1002-…": a year's folder, then the month and day's.
    re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"),
    # "/2024-03/14/c_…": the year and month's folder, then the day's.
    re.compile(r"/((?:19|20)\d\d)-(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/"),
)
#: "/2024/mar/14/…": the month by its English short name between the year and the day (a
#: word list: the twelve English abbreviations, as URLs spell them).
_URL_MONTH_NAMES = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_URL_NAMED_MONTH = re.compile(
    rf"/((?:19|20)\d\d)/((?:{'|'.join(_URL_MONTH_NAMES)})[a-z]*)/(0?[1-9]|[12]\d|3[01])(?:/|$|[-_.])",
    re.IGNORECASE,
)
#: The twelve months' full English names, as such a URL may spell them ("/2024/march/14/").
_URL_MONTH_WORDS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
#: A key of a script's data naming the publication, whole and in any case (a word list:
#: the spellings of "published", "publish date", "publication date", "first published",
#: "first publication", "published first", "pub date", "display date" in camel, snake,
#: kebab and plain case that frameworks, CMSs and analytics data layers use).
SCRIPT_PUBLISHED_KEY = re.compile(
    r"date[_-]?published|published(?:[_-]?(?:at|date|time|on|first))?|"
    r"publish[_-]?(?:date|time)|publication[_-]?(?:date|time)|"
    r"first[_-]?published(?:[_-]?(?:at|date|time))?|"
    r"first[_-]?publication(?:[_-]?(?:date|time))?|pub[_-]?date|display[_-]?date",
    re.IGNORECASE,
)
#: An ISO date or timestamp, the whole value of such a key.
SCRIPT_DAY = re.compile(
    r"(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)
#: A variable assigned an object in a script ("window.__STATE__ = {…};"): from its brace.
_ASSIGNED_OBJECT = re.compile(r"^[\w$.\[\]'\"]+\s*=\s*(?=\{)")
#: The opening wrapper of an old-style inline script, as a CMS's theme writes it: a
#: ``<![CDATA[`` or ``<!--`` mark, alone, after ``//`` or inside a ``/* … */`` comment
#: (``/* <![CDATA[ */ var x = {…}; /* ]]> */``, WordPress's localised script data).
_SCRIPT_WRAPPER_OPEN = re.compile(
    r"^\s*(?:/\*\s*(?:<!\[CDATA\[|<!--)\s*\*/|(?://[ \t]*)?(?:<!\[CDATA\[|<!--))"
)
#: What a script's text holds when one of its keys may name a publication day
#: (:data:`SCRIPT_PUBLISHED_KEY`): a cheap test before that pattern ("publish",
#: "pub_date", "publication", "display_date"; their common start written once, which
#: the regex engine scans faster).
_DATA_HINT = re.compile(r"pub(?:lish|[_-]?date|lication)|display[_-]?date", re.IGNORECASE)
#: Such a key, quoted, and the ISO day (:data:`SCRIPT_DAY`) that its quoted value starts
#: with after white space (a character or an escape, ``\n``): how a script's JSON text
#: spells any pair :func:`script_days` takes, when no ``\u`` escape in the text may
#: spell a character of one (:func:`_may_spell_pair`: then each stands as itself).
#: Skips the parse of a framework's state that holds none, most of the cost of a page's
#: data scripts. The look-ahead after the quote (a case-blind class of the letters every
#: key opens with, :data:`_KEY_FIRST_LETTERS`) is a prefilter, never a different match: a
#: JSON text is full of quotes, and the case-blind alternatives are otherwise tried one by
#: one at each of them (without it, this search costs three times as much).
_KEY_FIRST_LETTERS = "dDpPfF"
_PUBLISHED_DAY_PAIR = re.compile(
    rf'"(?=(?-i:[{_KEY_FIRST_LETTERS}]))(?:{SCRIPT_PUBLISHED_KEY.pattern})"[^"]*"'
    r"(?:\s|\\[nrtf])*(?:19|20)\d\d-[01]\d-[0-3]\d",
    re.IGNORECASE,
)
#: A JSON text written inside a string of a script (its quotes escaped, at any depth: a
#: framework's streamed payload, ``self.__next_f.push([1,"…"])``, restating the page's
#: head and its JSON-LD; a REST preload's ``"yoast_head_json"``): the JSON-LD's
#: publication key as schema.org spells it and its ISO day (:data:`SCRIPT_DAY`:
#: ``\"datePublished\":\"2026-07-12T22:09:00+09:00\"``), or a publication meta
#: restated as data, its name then its content (:data:`~.vocabulary.OG_PUBLISHED_META`:
#: ``{\"property\":\"article:published_time\",\"content\":\"2026-04-20T11:43:46Z\"}``).
#: Read by a pattern, not parsed (a string in a string of a script of code): whether a
#: pair lies in a list's item is not told, only whether the pairs agree on one day; the
#: other keys of :data:`SCRIPT_PUBLISHED_KEY` (a related item's "publishedAt") are not
#: read there.
#: (Each pair's opening backslashes, ``\\+``, written as one backslash outside the
#: alternatives and any more inside them: the same matches, and a pattern with a literal
#: start is tried only where a backslash stands, not at every character.)
_ESCAPED_PUBLISHED = re.compile(
    rf'\\(?:\\*"datePublished\\+"\s*:\s*\\+"(?P<day>{SCRIPT_DAY.pattern})\\+"'
    rf'|\\*"(?:property|name)\\+"\s*:\s*\\+"'
    rf'(?i:{"|".join(re.escape(name) for name in OG_PUBLISHED_META)})\\+"'
    rf'\s*,\s*\\+"content\\+"\s*:\s*\\+"(?P<meta>{SCRIPT_DAY.pattern})\\+")'
)
#: What every such pair holds: an escaped quote before a day's year.
_ESCAPED_DAY_HINT = re.compile(r'\\"(?:19|20)\d\d-')
#: A ``\u`` escape of a JSON text, and the code it gives.
_ESCAPE_CODE = re.compile(r"\\u([0-9a-fA-F]{4})")
#: The start of one (a pattern with a literal start: the engine scans for it faster
#: than ``in`` does).
_ESCAPE_START = re.compile(r"\\u")
#: The month and day of an ISO day (:data:`SCRIPT_DAY`) as they are spelt without
#: escapes: in every pair :data:`_PUBLISHED_DAY_PAIR` finds, and a fast scan (its literal
#: start) that rules out most scripts before that pattern's.
_MONTH_DAY = re.compile(r"-[01]\d-[0-3]\d")
#: A character that a publication key (letters, "_": any that matches one case-blind,
#: "ſ" an "s"), an ISO day (a digit of any script, "-") or the white space before the
#: day can be.
_KEY_OR_DAY_CHAR = re.compile(r"[\sa-z_\d-]", re.IGNORECASE)
#: An ISO day (:data:`SCRIPT_DAY`) as a JSON text may spell it, any character of it as
#: itself or as a ``\u`` escape (a pair of them for a character beyond the BMP).
_ESCAPED = r"\\u[\s\S]{4}(?:\\u[\s\S]{4})?"
_SPELT_DAY = re.compile(
    "".join(
        f"(?:{c}|{_ESCAPED})"
        for c in ("[12]", "[90]", r"\d", r"\d", "-", "[01]", r"\d", "-", "[0-3]", r"\d")
    )
)


@cache
def _may_spell_pair(code: str) -> bool:
    """True when the ``\\u`` escape of *code* (four hex digits) may stand for a character
    of a publication key or its day (:data:`_KEY_OR_DAY_CHAR`), or is half of a pair
    (beyond the BMP: a digit of another script may be one)."""
    number = int(code, 16)
    return 0xD800 <= number <= 0xDFFF or _KEY_OR_DAY_CHAR.fullmatch(chr(number)) is not None


def may_hold_script_day(text: str) -> bool:
    """False when :func:`script_days` of ``text`` is surely empty: a script naming no
    publication (:data:`_DATA_HINT`, the old gate, kept as it is), or one whose JSON
    cannot hold a publication key with an ISO day: without ``\\u`` escapes, or with
    only escapes of other characters (``\\u003C``, ``\\u00e9``: :func:`_may_spell_pair`),
    the pair must be spelt as :data:`_PUBLISHED_DAY_PAIR` is (which implies the hint;
    :data:`_MONTH_DAY` first, a faster scan that pattern's match implies);
    with escapes that may spell one, a day must be spelt as :data:`_SPELT_DAY` is. A
    prefilter: never a different result."""
    if _ESCAPE_START.search(text) is None or not any(
        map(_may_spell_pair, set(_ESCAPE_CODE.findall(text)))
    ):
        return _MONTH_DAY.search(text) is not None and _PUBLISHED_DAY_PAIR.search(text) is not None
    return _SPELT_DAY.search(text) is not None and _DATA_HINT.search(text) is not None


#: Where a statement of a script's code assigns a variable or a property an object, or
#: pushes one (``var layer = {…}``, ``window.meta = {…}``, ``dataLayer.push({…})``): its
#: "=" or ".push(" up to the object's brace (a literal scan), and what must stand before
#: it: a statement's start, maybe a declaration, and a name.
_OBJECT_AFTER = re.compile(r"(?:=|\.push\()[ \t]*(?=\{)")
#: What stands before an "=" that compares or combines ("==", "<=", "+="): no assignment.
_OPERATOR_CHARS = frozenset("=!<>+-*/%&|^?:")
_STATEMENT_HEAD = re.compile(r"(?:^|[;{}\n])[ \t]*(?:(?:var|let|const)\s+)?[\w$][\w$.]*[ \t]*$")
#: The most such statements read in one script (a bundle of code holds many), and how
#: far before its "=" a statement's start is looked for.
MAX_SCRIPT_STATEMENTS = 20
_STATEMENT_HEAD_CHARS = 120
#: Their objects' reader: JSON, control characters kept in strings.
_OBJECT_DECODER = json.JSONDecoder(strict=False)


def _assigned_objects(text: str) -> list[dict[str, Any]]:
    """The JSON objects (quoted keys: data, not code) that the first
    :data:`MAX_SCRIPT_STATEMENTS` statements of *text* assigning or pushing an object
    hold (:data:`_OBJECT_AFTER` after :data:`_STATEMENT_HEAD`); an object that is no
    JSON is passed over."""
    if len(text) > MAX_JSONLD_CHARS:
        return []
    found: list[dict[str, Any]] = []
    statements = 0
    for after in _OBJECT_AFTER.finditer(text):
        start = after.start()
        if start and text[start - 1] in _OPERATOR_CHARS:
            continue
        if _STATEMENT_HEAD.search(text, max(0, start - _STATEMENT_HEAD_CHARS), start) is None:
            continue
        statements += 1
        try:
            value, _ = _OBJECT_DECODER.raw_decode(text, after.end())
        except (ValueError, RecursionError):
            value = None
        if isinstance(value, dict):
            found.append(value)
        if statements >= MAX_SCRIPT_STATEMENTS:
            break
    return found


def script_days(text: str) -> list[str]:
    """The values of :data:`SCRIPT_PUBLISHED_KEY` keys in a script's JSON data (a
    framework's state, or an object a variable is assigned, also inside an old-style
    script's wrapper: :data:`_SCRIPT_WRAPPER_OPEN`; in a script of code, the JSON
    objects its statements assign or push: :func:`_assigned_objects`), that are ISO
    dates (:data:`SCRIPT_DAY`), less those inside a list: a list's items are other
    things (related stories, a feed, comments), each with its own day."""
    if (wrapper := _SCRIPT_WRAPPER_OPEN.match(text)) is not None:
        text = text[wrapper.end() :]  # (its closing mark stands after the value: not read)
    text = text.strip().removeprefix("var ").removeprefix("let ").removeprefix("const ")
    if (assigned := _ASSIGNED_OBJECT.match(text)) is not None:
        text = text[assigned.end() :]
    found: list[str] = []
    stack: list[dict[str, Any]] = []
    if assigned is not None and len(text) <= MAX_JSONLD_CHARS:
        # The assigned object, then those the statements after it assign ("var a = {…};
        # var b = {…};": a second publication day is a list's, as in one object).
        try:
            first, end = _OBJECT_DECODER.raw_decode(text)
        except (ValueError, RecursionError):
            first = None  # (not strict JSON: load_json's repairs below)
        if isinstance(first, dict):
            stack = [first, *_assigned_objects(text[end:])]
    if not stack:
        stack = [v for v in load_json(text) if isinstance(v, dict)]
    if not stack and assigned is None:
        stack = _assigned_objects(text)
    while stack:
        current = stack.pop()
        for key, value in current.items():
            if isinstance(value, dict):
                stack.append(value)
            elif (
                isinstance(value, str)
                and SCRIPT_PUBLISHED_KEY.fullmatch(key)
                and SCRIPT_DAY.fullmatch(value.strip())
            ):
                found.append(value.strip())
    return found


#: Two fields and a four-figure year last ("/14/03/2024/"): read only when one field cannot
#: be a month (over 12), day first or month first as that says; "/05/03/2024/" is neither.
_URL_TWO_FIELDS_YEAR = re.compile(r"/(\d\d?)/(\d\d?)/((?:19|20)\d\d)(?:/|$|[-_.])")
#: Two padded fields and a four-figure year joined by dashes or dots in a path segment or
#: a slug ("/14-03-2024/", "-14-03-2024.html", "/14.03.2024"): day first when dotted, as
#: a date of dots always is; dashed, only when one field cannot be a month (over 12).
_URL_DAY_FIRST = re.compile(
    r"[/_-](0[1-9]|[12]\d|3[01])([-.])(0[1-9]|[12]\d|3[01])\2((?:19|20)\d\d)(?=$|[/_.-])"
)
#: A query value that is a whole day ("?d=20240314", "?pubdate=2024-03-14") under a key
#: that names a day: "d", "dt", "day", or any key with "date" in it (a word list, English
#: keys as CMSs name them).
_URL_QUERY_DATE = re.compile(
    r"(?:^|&)(?:d|dt|day|[\w.-]*date[\w.-]*)="
    r"((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:&|$)",
    re.IGNORECASE,
)
#: Such a value written day first with dots, as a day-month-year form always is
#: ("?date=14.03.2024"; group 1 the day, 2 the month, 3 the year).
_URL_QUERY_DOTTED = re.compile(
    r"(?:^|&)(?:d|dt|day|[\w.-]*date[\w.-]*)="
    r"(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?:&|$)",
    re.IGNORECASE,
)
#: The keys of a day given in three query values ("?y=2024&m=3&d=14", "?year=2024&month=3&day=14"):
#: the year's, the month's and the day's, by letter or English word (a word list).
_URL_QUERY_PARTS = {"y": 0, "year": 0, "m": 1, "month": 1, "d": 2, "day": 2}
#: Their values: a four-figure year of this or the last century, a month, a day.
_URL_QUERY_PART_VALUES = (
    re.compile(r"(?:19|20)\d\d"),
    re.compile(r"0?[1-9]|1[0-2]"),
    re.compile(r"0?[1-9]|[12]\d|3[01]"),
)


def query_parts_day(query: str) -> str | None:
    """The day a URL's query gives in a value naming a day written day first with dots
    (:data:`_URL_QUERY_DOTTED`), else in three values (:data:`_URL_QUERY_PARTS`), each
    key once and each value whole (:data:`_URL_QUERY_PART_VALUES`); None for anything
    less (a year and a month only, a key twice, a two-figure year, a thirteenth month)."""
    if m := _URL_QUERY_DOTTED.search(query):
        return calendar_day(int(m[3]), int(m[2]), int(m[1]))
    found: list[list[str]] = [[], [], []]
    for key, value in parse_qsl(query, keep_blank_values=True):
        if (slot := _URL_QUERY_PARTS.get(key.lower())) is not None:
            found[slot].append(value.strip())
    if any(len(values) != 1 for values in found):
        return None
    if not all(p.fullmatch(v[0]) for p, v in zip(_URL_QUERY_PART_VALUES, found, strict=True)):
        return None
    year, month, day = (int(v[0]) for v in found)
    return calendar_day(year, month, day)


def calendar_day(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` of a day of the calendar, None for one it lacks (31 April)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


#: A story's opening dateline up to its dash: "LONDON, March 14, 2024 /Wire/ -- The …",
#: "Berlin, 14.03.2024 – Der …" (group 1: the place and the date, the agency left out).
_DATELINE_HEAD = re.compile(
    r"^(.{6,60}?)\s*(?:/[^/\d]{2,30}/|\([^()\d]{2,30}\))?\s+(?:--?|[–—])\s+\S"
)
#: A dateline that is a date alone in brackets opening the story: "(18.01.2018) Der …"
#: (group 1: the date; its year of four figures, so "(3/4) Der …" is no date).
_BRACKETED_DATELINE = re.compile(r"^\(([^()]{0,30}\d{4}[^()]{0,12})\)\s+\S")
#: What stands before a dateline's date: nothing, or a place (a few words, no figure) and
#: a comma.
DATELINE_PLACE = re.compile(r"^(?:[^\W\d][^\d,]{1,38},\s*)?$")


def _item_owner(element: HtmlElement) -> HtmlElement | None:
    """The nearest ``itemscope`` ancestor: the microdata item the property belongs to."""
    return next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)


def _article_type(itemtype: str | None) -> bool:
    """True for a microdata item type of an article (``".../BlogPosting"`` …)."""
    return itemtype_name(itemtype) in ARTICLE_TYPES


def _in_article(element: HtmlElement) -> bool:
    return any(isinstance(a.tag, str) and a.tag in ARTICLE_TAGS for a in element.iterancestors())


class Sources(PageParts):
    """Second layer of the collector: the machine-readable and labelled date sources."""

    def jsonld(self) -> None:
        """Dates and the main article object of every JSON-LD script (and the logos the
        scripts name, the last of the page's :attr:`logos`)."""
        best_depth = 99
        logo_scripts, logos = self.logo_scripts, self.logos.named
        for script in self.scripts:
            # (a template's value with its own quotes unescaped is read: the article's
            # headline, dates and authors are in it)
            for value in load_json(script, quotes=True):
                if script in logo_scripts:
                    logos.extend(jsonld_logos(value))
                for item, depth in jsonld_items(value):
                    self.jsonld_types |= item_types(item)
                    kind = jsonld_kind(item, depth)
                    if kind is None:
                        continue
                    self.add("published", date_value(item, "datePublished"), kind)
                    if kind != "jsonld-other" or schema_key(item, "datePublished") is None:
                        self.add("published", date_value(item, "dateCreated"), kind)
                        # a VideoObject's (MediaObject's) day on its own page
                        self.add("published", date_value(item, "uploadDate"), kind)
                    self.add("modified", date_value(item, "dateModified"), kind)
                    if kind == "jsonld-page":
                        self._page_media(item)
                    if kind == "jsonld-article" and depth < best_depth:
                        self.article, best_depth = item, depth
        # The page's logo sources are all read: kept for is_page_logo on this tree.
        note_logo_sources(self.root, self.logos)

    def _page_media(self, page: dict[str, Any]) -> None:
        """The day of a video's (a recording's) own page: a WebPage whose ``mainEntity``
        is a media object (:data:`MEDIA_TYPES`) states its ``uploadDate`` (else its
        ``datePublished``), read as a top-level media object's is (``jsonld-other``). A
        media object the page only embeds or names (an article's ``video``, the page's
        ``about``, a ``@graph`` node beside the article) is not the page's."""
        entity = page.get("mainEntity")
        if isinstance(entity, dict) and item_types(entity) & MEDIA_TYPES:
            day = date_value(entity, "uploadDate") or date_value(entity, "datePublished")
            self.add("published", day, "jsonld-other")

    def script_data(self) -> None:
        """The publication day a framework's state or a variable in the page's scripts
        names (``"publishedAt": "2024-03-14T10:15:00Z"`` in ``__NEXT_DATA__``, ``var
        pubDate = '2024-03-14'``): a key of :func:`script_days` with an ISO value, when
        every such key of the page's scripts gives one day (several days are a list's:
        related stories, a feed); its most precise value, time and offset kept."""
        found = [
            day
            for text in self.data_scripts
            if may_hold_script_day(text)
            for day in script_days(text)
        ]
        if not found and not self.published and not self._og_published():
            # None in the scripts' data: the same keys in a JSON text that a script's
            # string holds (:data:`_ESCAPED_PUBLISHED`), read under the same rule (one day
            # or none: a payload restating related stories names several). Only on a page
            # whose JSON-LD and head state no publication: the payload restates them, and
            # its search over every script's text is not paid where it could add nothing.
            found = [
                m["day"] or m["meta"]
                for text in self.data_scripts
                if _ESCAPED_DAY_HINT.search(text) is not None
                for m in _ESCAPED_PUBLISHED.finditer(text)
            ]
        if found and len({value[:10] for value in found}) == 1:
            self.add("published", max(found, key=len), "script")

    def _og_published(self) -> bool:
        """True when the head has an Open Graph publication meta (read by :meth:`metas`)."""
        return any(self.meta.get(name) for name in OG_PUBLISHED_META)

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
            if e.get("itemscope") is not None and _article_type(e.get("itemtype"))
        ]
        return scopes[0] if len(scopes) == 1 else None

    def microdata(self) -> None:
        """``itemprop=datePublished/dateModified`` outside sidebars and comments; inside the
        page's only article item (a blog's post in a "widget") whatever the containers say."""
        # The article item is looked for (a pass over the page) only for a date itemprop
        # of an article item (most itemprops are names, images and the like; most dates'
        # items are none or another type's), to know whether that item is the only one.
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
            owned = False
            if (owner := _item_owner(element)) is not None and _article_type(
                owner.get("itemtype")
            ):
                if not scoped:
                    scope, scoped = self._article_scope(), True
                owned = owner is scope
            if element.tag != "meta" and not owned and self.foreign(element):
                continue
            raw = element.get("content") or element.get("datetime")
            if raw is None and element.tag == "abbr":  # hAtom: <abbr title="2011-03-30T…">
                raw = element.get("title")
            raw = raw or self.short.text(element)
            self.add(target, raw, "itemprop")

    def listed(self, element: HtmlElement) -> bool:
        """True when *element* lies in an entry of a list, each entry under its own date
        (:func:`list_entry`): another story's or a comment's stamp."""
        for node in islice((element, *element.iterancestors()), LIST_ENTRY_LEVELS):
            if node in self.frame:
                return False
            if list_entry(node, self.short, self.entries):
                return True
        return False

    def in_banner(self, element: HtmlElement) -> bool:
        """True when *element* lies in the site's banner (:func:`site_banner`)."""
        for node in element.iterancestors():
            if node.tag in ("article", "main") or node in self.frame:
                return False
            if node.tag == "header":
                return site_banner(node, self.frame)
        return False

    def time_elements(self) -> None:
        """``<time datetime>`` outside sidebars and comments, ranked by how it is marked;
        none of an entry of a dated list (related stories, comments: each its own day)."""
        for element in self.times:
            raw = element.get("datetime")
            if not raw or self.foreign(element) or self.listed(element) or self.in_banner(element):
                continue
            parent = element.getparent()
            marker = marker_of(element) + " " + (marker_of(parent) if parent is not None else "")
            if has_fragment(marker, MODIFIED) or after_modification_label(element):
                self.add("modified", raw, "time-marked")
                continue
            if element.get("pubdate") is not None or has_fragment(marker, PUBLISH):
                source = "time-marked"
            elif _in_article(element):
                source = "time-article"
            else:
                source = "time"
            text = element_text(element)
            if (
                len(text) <= MAX_STAMP_CHARS
                and (label := PUBLISHED_LABELS.search(text))
                and len(shown := LABEL_JOINER.sub("", text[label.end() :])) <= MAX_ODD_STAMP_CHARS
            ):
                # "Publié le 29 juin 2019" over datetime="2019-07-03…": the label says what
                # the reader is shown as the publication day; the attribute is the fallback.
                # (What follows the label is short, a date; the label may be a long phrase:
                # "Zuerst veröffentlicht am 30/04/2024 - 16:17" over datetime="2024-04-30".)
                self.add("published", shown, source)
            self.add("published", raw, source)
            moment = time_attribute(element)
            if moment is not None and moment != raw:
                # The exact moment the script that renders the <time> keeps beside a
                # ``datetime`` of the day alone ('data-timestamp="1714487917"
                # datetime="2024-04-30"'): a weaker witness, which gives the shown time
                # its zone (:meth:`~.meta_record.Metadata.usable_published`).
                self.add("published", str(epoch_date(moment)), "time")

    def demote_time_lists(self) -> None:
        """Unmarked ``<time>`` elements of the article with several different values are a
        list (comments, related stories), not the article's stamp: rank them as plain
        ``time`` so that a visible stamp or a marked time wins. So are marked ones
        (``pubdate``, a "publish" class) of more days than that: a list's entries each
        marked alike (the latest comments beside the story, each "<time pubdate>"), below
        a visible stamp of the page."""
        for source in ("time-article", "time-marked"):
            found = [c for c in self.published if c.source == source]
            if len({c.raw[:10] for c in found}) <= MAX_TIME_ARTICLE_DAYS:
                continue
            self.published = [
                Candidate(c.raw, "time", CONFIDENCE["time"]) if c.source == source else c
                for c in self.published
            ]

    def labelled_values(self) -> None:
        """Dates set beside a label element: the label's tail text, else the next sibling's
        text ("<h5>Datum:</h5>03.02.2022", "<dt>Published</dt><dd>3 Feb 2022</dd>"). The
        label is a date's or a publication's word alone (:data:`~.vocabulary.DATE_LABEL_ONLY`,
        or a publication label of a visible stamp in any language it covers,
        :data:`~.vocabulary.PUBLISHED_LABELS`: "<dt>입력 :</dt><dd>2025-06-04 02:37:08</dd>"),
        or a modification's."""
        for element in self.labels:
            label = " ".join((element.text or "").split())
            if len(label) > MAX_LABEL_CHARS:
                continue
            if DATE_LABEL_ONLY.match(label) or PUBLISHED_LABELS.fullmatch(label.rstrip(_COLONS)):
                field_name = "published"
            elif MODIFIED_LABEL_ONLY.match(label):
                field_name = "modified"
            else:
                continue
            value = " ".join((element.tail or "").split())
            if not value and (sibling := element.getnext()) is not None:
                value = self.short.text(sibling) or ""
            if not value or len(value) > MAX_LABEL_CHARS or not YEAR_IN_TEXT.search(value):
                continue
            if self.foreign(element):
                continue
            self.add(field_name, value, "stamp-labelled")

    def story_dateline(self) -> None:
        """The date of the dateline that opens the story's first paragraph ("LONDON, March
        14, 2024 /Wire/ -- …", "Berlin, 14.03.2024 – …": a place, a comma and a date, or a
        date alone, closed by a dash; or a date with its year alone in brackets: "(18.01.2018)
        Deutschlands Landwirte …"), on a page that states its publication no other way:
        the rest of the story's text is never read."""
        if self.published or self.story is None:
            return
        # The first paragraph with text, however long (a dateline opens a full one).
        text = next((t for p in self.story.iter("p") if (t := element_text(p))), "")
        if (head := _DATELINE_HEAD.match(text) or _BRACKETED_DATELINE.match(text)) is None:
            return
        line = head.group(1)
        found = [d.raw for d in split_labels(line)]
        found = found or [m.group() for m in LOCAL_DATE.finditer(line)]
        place = line[: -len(found[0])] if len(found) == 1 and line.endswith(found[0]) else None
        if place is not None and DATELINE_PLACE.match(place):
            self.add("published", found[0], "stamp")

    def local_forms(self) -> None:
        """Replace a UTC timestamp by the same instant in local wall-clock time when the
        page also states it so (an offset ISO string, or a naive one a whole number of
        quarter hours away, then written with the offset the two imply): readers are
        shown the local day, and UTC can move it."""
        parsed = [(c, iso(c.raw)) for c in self.published]
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
        """The day in the URL (its path, else a query value naming a day, ISO or dotted
        day first, else three naming its year, month and day: :func:`query_parts_day`),
        the weakest publication source."""
        parts = split_url(self.url)
        for pattern in _URL_DATES:
            if m := pattern.search(parts.path):
                year, month, day = (int(g) for g in m.groups())
                self.add("published", f"{year:04d}-{month:02d}-{day:02d}", "url")
                return
        if (m := _URL_NAMED_MONTH.search(parts.path)) and (
            m.group(2).lower() in _URL_MONTH_NAMES or m.group(2).lower() in _URL_MONTH_WORDS
        ):
            month = _URL_MONTH_NAMES.index(m.group(2).lower()[:3]) + 1
            self.add(
                "published", f"{int(m.group(1)):04d}-{month:02d}-{int(m.group(3)):02d}", "url"
            )
            return
        if m := _URL_TWO_FIELDS_YEAR.search(parts.path):
            a, b, year = (int(g) for g in m.groups())
            if 12 < a <= 31 and 1 <= b <= 12:
                self.add("published", f"{year:04d}-{b:02d}-{a:02d}", "url")
            elif 12 < b <= 31 and 1 <= a <= 12:
                self.add("published", f"{year:04d}-{a:02d}-{b:02d}", "url")
            return
        if m := _URL_DAY_FIRST.search(parts.path):
            first, second, year = int(m[1]), int(m[3]), int(m[4])
            sep = m[2]
            if sep == "." or (first > 12 and second <= 12):  # dotted: always day first
                self.add("published", calendar_day(year, second, first), "url")
            elif second > 12 and first <= 12:
                self.add("published", calendar_day(year, first, second), "url")
            return
        if m := _URL_QUERY_DATE.search(parts.query):
            year, month, day = (int(g) for g in m.groups())
            self.add("published", f"{year:04d}-{month:02d}-{day:02d}", "url")
        elif parts.query:
            self.add("published", query_parts_day(parts.query), "url")
