"""Date labels, date-line detection and date normalisation (DESIGN.md "Dates").

Pure: no Scrapy, no I/O. Regexes handle the hot path (ISO 8601, common English textual
forms, English relative dates); relative stamps of other languages are read through
dateparser's translation (:mod:`.relative`); dateparser is imported lazily and only sees
strings that passed a cheap "looks like a full date" gate, so garbage such as "May" or "12"
can never be filled in from today.
"""

from __future__ import annotations

import calendar
import collections
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from datetime import timezone as fixed_offset
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from newscrawl.extraction.relative import DATEPARSER_LANGUAGES, RelativeStamp, read_relative
from newscrawl.extraction.vocabulary import MODIFIED_WORDS, TIME_JOINER_WORDS

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = [
    "DateNormaliser",
    "DateResult",
    "LabelledDate",
    "is_date_line",
    "is_relative",
    "split_labels",
]

PUBLISHED = "datePublished"
MODIFIED = "dateModified"

# Our own abbreviation table: dateparser's reads "IST" as Israel. Abbreviations already name
# the season (EST vs EDT), so fixed offsets are correct. Ambiguous ones (AST, BDT) are left out.
TZ_ABBREVIATIONS: dict[str, int] = {  # minutes east of UTC
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "SAST": 120, "WAT": 60, "CAT": 120, "EAT": 180,
    "GST": 240, "PKT": 300, "IST": 330, "NPT": 345, "ICT": 420, "WIB": 420, "HKT": 480,
    "SGT": 480, "PHT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570, "ACDT": 630,
    "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "EST": -300, "EDT": -240,
    "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600,
    # Malaysia, central and eastern Indonesia, Turkey, Iran, Afghanistan, Myanmar, Brasília
    "MYT": 480, "WITA": 480, "WIT": 540, "TRT": 180, "IRST": 210, "AFT": 270, "MMT": 390,
    "BRT": -180,
}  # fmt: skip
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Abbreviations are matched case-sensitively: "ist"/"est" are words in German and French.
_ABBR = rf"(?-i:{'|'.join(sorted(TZ_ABBREVIATIONS, key=len, reverse=True))})(?![a-z])"
_TZ = rf"(?:UTC|GMT)\s*[+-]\s*\d{{1,2}}(?::?\d\d)?|[+-]\d\d(?::?\d\d)?|{_ABBR}"
_AMPM = r"[ap](?:\.\s?m\b\.?|\s?m\b)"  # "am." keeps its full stop out of the date
#: A word joining a date to its time (:data:`~.vocabulary.TIME_JOINER_WORDS`; in a
#: numeric stamp also the Slovene/Czech "o", "v").
_AT = rf"(?:{'|'.join((*TIME_JOINER_WORDS, 'o', 'v'))})"
#: Such a word right before a time: dateparser does not know all of them ("kl.", "ob").
_AT_BEFORE_TIME = re.compile(rf"\s+{_AT}\s+(?=\d{{1,2}}[:.h]\d\d)", re.IGNORECASE)
#: A clock written with an "h" ("14h05", French and Portuguese): dateparser reads it in
#: French only, so it gets a colon for the others.
_H_CLOCK = re.compile(r"(?<![\w.])(\d{1,2})h(\d\d)(?!\w)")
_TIME = (
    rf"(?:(?:\s*[T,|@–-]\s*|\s+)(?:{_AT}\s+)?(?P<H>\d{{1,2}})"
    rf"(?:[:.h](?P<M>\d\d)(?:[:.](?P<S>\d\d)(?:[.,]\d{{1,6}})?)?\s*(?P<ap>{_AMPM})?"
    rf"|\s*(?P<ap2>{_AMPM}))(?:\s*\(?(?P<tz>{_TZ})\)?)?)?"
)
_MON = (
    r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_WEEKDAY = (
    r"(?:(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?,?\s+)?"
)
_ABS = (
    rf"{_WEEKDAY}(?:"
    rf"(?P<d1>\d{{1,2}}){_ORD}(?:\s+of)?(?:\s*-\s*|\s+){_MON.format('m1')}"
    rf"(?:\s*[,-]\s*|\s+)(?P<y1>\d{{4}})"
    rf"|{_MON.format('m2')}\s+(?P<d2>\d{{1,2}}){_ORD}(?:\s*,\s*|\s+)(?P<y2>\d{{4}})"
    rf"|(?P<a>\d{{1,2}})(?P<s1>[./-])(?P<b>\d{{1,2}})(?P=s1)(?P<y3>\d{{4}})"
    rf"|(?P<y4>\d{{4}})(?P<s2>[./-])(?P<m4>\d{{1,2}})(?P=s2)(?P<d4>\d{{1,2}})"
    rf"){_TIME}"
)
_REL = (
    r"(?:(?P<n>\d{1,3}|an?|one)\s*(?P<unit>s(?:ec(?:ond)?s?)?|m(?:in(?:ute)?s?|o(?:nths?|s)?)?"
    r"|h(?:(?:ou)?rs?)?|d(?:ays?)?|w(?:(?:ee)?ks?)?|y(?:(?:ea)?rs?)?)\s+ago"
    r"|(?P<now>just\s+now|right\s+now|(?:a\s+(?:few\s+)?)?(?:seconds|moments?|minutes)\s+ago)"
    rf"|(?P<day>today|yesterday)(?:\s*,?\s*(?:at\s+)?(?P<rH>\d{{1,2}})"
    rf"(?:[:.](?P<rM>\d\d))?\s*(?P<rap>{_AMPM})?)?)"
    # A zone after it ("5 hours ago +0500") names the zone to show the time in.
    rf"(?:\s*\(?(?P<rtz>{_TZ})\)?)?"
)
_NAME = r"[^\W\d_][\w&'.-]*(?:\s+[^\W\d_][\w&'.-]*){0,4}"
_LABEL = (
    rf"(?:(?P<mod>{MODIFIED_WORDS}\b)"
    rf"|(?P<pub>(?:first\s+|originally\s+)?(?:published|posted)\b(?:\s+in\s+{_NAME}\s*,)?))"
    r"(?:\s*:|\s+on\b\s*:?|\s*[-–—])?\s*"
)
_ABS_RE = re.compile(_ABS, re.IGNORECASE)
#: A numeric date with a two-figure year ("14.03.24", "14/03/24 10:15"): its century is
#: the one that puts it between ``min_year`` and the fetch time (see :meth:`_resolve`).
_SHORT_YEAR_RE = re.compile(
    rf"(?P<a>\d{{1,2}})(?P<s1>[./-])(?P<b>\d{{1,2}})(?P=s1)(?P<yy>\d\d){_TIME}", re.IGNORECASE
)
#: Thai month names, full and abbreviated, in calendar order.
_THAI_MONTHS = (
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
)  # fmt: skip
_THAI_MONTH = {name: i for i, names in enumerate(_THAI_MONTHS, 1) for name in names}
#: The Buddhist era (พ.ศ.) counts 543 years ahead of the common era (ค.ศ.): 2567 is 2024.
BUDDHIST_ERA_OFFSET = 543
#: The first year read as the Buddhist era's beside a Thai month or "พ.ศ." (2400 BE is
#: 1857; a common-era year so far ahead is no publication's).
BUDDHIST_ERA_FROM = 2400
#: A Thai date: a weekday ("วันพฤหัสบดีที่"), the day, the month's name, the era, the year
#: and a time ("10:15 น."). dateparser reads "มี.ค." (March) as January.
_THAI_DATE_RE = re.compile(
    rf"(?:วัน\S*?ที่\s*)?(?P<d>\d{{1,2}})\s*"
    rf"(?P<m>{'|'.join(re.escape(n) for n in sorted(_THAI_MONTH, key=len, reverse=True))})"
    r"\s*(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(?P<y>\d{4})"
    r"(?:\s*,?\s*(?:เวลา\s*)?(?P<H>\d{1,2})[:.](?P<M>\d\d)(?:\s*น\.?)?)?"
)
#: A date written the Chinese, Japanese or Korean way, each field with its mark
#: ("2024年3月14日", "2024年3月14日(木) 10時15分", "2024년 3월 14일 10:15"), read in any
#: page's language: its marks say which figure is which, so no locale is needed (a page
#: of those scripts often declares another language). A weekday in brackets or as a word
#: of those scripts may follow the day (a word list: "星期"/"周"/"週"/"요일" and their day
#: marks), then a time of day ("10:15", "10時15分", "10시 15분").
_CJK_DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
    r"(?:\s*[（(][^\d()（）]{1,4}[)）]|\s*(?:星期|周|週)[一二三四五六日天]|\s*[월화수목금토일]요일)?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:時时시]\s*(?P<M>\d\d)\s*[分분]?)?"
)
_REL_RE = re.compile(_REL, re.IGNORECASE)
#: The characters a date of :data:`_ABS` or :data:`_REL` opens with (a figure; a weekday's,
#: a month's, "a", "an", "one", "just", "right", "seconds", "moments", "minutes", "today",
#: "yesterday"), and those a :data:`_LABEL` opens with ("last", "updated", "modified",
#: "edited", "first", "originally", "published", "posted"): looked ahead of at a word's
#: start, case-blind as the words are, a prefilter (never another match): the searches
#: tried every alternative at the start of each word.
_DATE_FIRST = r"[\dadfjmnorstwy]"
_LABEL_FIRST = "[eflmoup]"
_ANY_DATE = rf"(?<![\w.])(?={_DATE_FIRST})(?:{_ABS}|{_REL})(?![\w])"
_DATE_SEARCH = re.compile(_ANY_DATE, re.IGNORECASE)
_LABEL_START = re.compile(_LABEL, re.IGNORECASE)
_LABEL_SEARCH = re.compile(rf"(?<!\w)(?={_LABEL_FIRST}){_LABEL}", re.IGNORECASE)
_DATE_UNIT = re.compile(rf"\s*[|•·,;/–—-]?\s*(?:{_LABEL})?{_ANY_DATE}", re.IGNORECASE)
#: What every date :data:`_DATE_SEARCH` finds holds, in lower case: an absolute date its
#: year's four figures, a relative one "ago", "now", "today" or "yesterday" as a word.
#: Most texts asked for their dates hold neither, and this test costs a fraction of the
#: search. ("ſ" is the one character that the search's IGNORECASE takes for a letter of
#: these words but ``str.lower`` leaves apart.)
_DATE_HINT = re.compile(r"\d\d\d\d|\b(?:ago|now|today|yesterday)")
_FOUR_FIGURES = re.compile(r"\d\d\d\d")  # _DATE_HINT without its words
_ISO_RE = re.compile(
    r"\d{4}-\d\d-\d\d(?:[T ](?P<H>\d\d)(?::?(?P<M>\d\d)(?::?(?P<S>\d\d)(?:[.,]\d{1,6})?)?)?"
    r"(?:Z|[+-]\d\d(?::?\d\d)?)?)?",
    re.ASCII,
)
#: ISO 8601's basic (compact) form, a whole value: a day "20240314", with a time after a
#: "T" ("20240314T101500Z"). Only a plausible day (19xx/20xx, month 01-12, day 01-31) reads
#: as one: eight figures are a date only when they can be nothing else's.
_COMPACT_ISO_RE = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"(?:T(?P<H>[01]\d|2[0-3])(?:(?P<M>[0-5]\d)(?P<S>[0-5]\d)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?)?",
    re.ASCII,
)
_OFFSET_RE = re.compile(r"(?:UTC|GMT)?\s*([+-])\s*(\d{1,2}):?(\d\d)?", re.IGNORECASE)
_TZ_TAIL = re.compile(rf"\s*(?<!\w)\(?(?P<tz>{_ABBR})\)?\s*$")
_CLOCK = re.compile(r"(?<![\d.])\d{1,2}[:.]\d\d(?P<sec>[:.]\d\d)?(?![\d.])")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|2\d)\d\d(?!\d)")
_NUM_DATE = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d\d(?!\d)")
_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: A number in parentheses: a count ("April 2019 (12)", an archive's month and how many
#: posts it holds), never a field of a date.
_COUNT = re.compile(r"\(\s*\d+\s*\)")
# Relative day words without digits that the gate lets through to dateparser.
_RELATIVE_WORDS = frozenset({
    "gestern", "heute", "vorgestern", "hier", "aujourd'hui", "avant-hier", "ayer", "hoy",
    "anteayer", "ieri", "oggi", "ontem", "hoje", "gisteren", "vandaag", "wczoraj", "dzisiaj",
    "вчера", "сегодня", "dün", "bugün", "أمس", "اليوم", "昨天", "今天",
})  # fmt: skip
# Two anchors tell base-dependent (relative) dateparser results from absolute ones. Mid-January
# so no DST transition of the machine's zone (dateparser's default) falls between them; 2069
# because dateparser puts two-digit years in the century before RELATIVE_BASE, which then
# matches strptime's %y pivot (69 → 1969, 68 → 2068).
_ANCHORS = (datetime(2069, 1, 15, 12, 0), datetime(2069, 1, 16, 13, 1))
_CACHE_SIZE = 8192
_PUNCT = " |•·,;:.-–—"


@dataclass(frozen=True, slots=True)
class LabelledDate:
    """One date found in a line, with the field its label assigns it to."""

    field: str
    raw: str


@dataclass(frozen=True, slots=True)
class DateResult:
    """A normalised date. ``value`` is None exactly when ``error`` says why.

    ``value`` is "YYYY-MM-DD" for date-only sources (including "yesterday" and "3 days ago",
    which are site-local days) and "YYYY-MM-DDTHH:MM:SS+HH:MM" otherwise. ``timezone`` is
    the offset's origin: "explicit", "assumed" (site zone) or "relative" (fetch time); None
    for every date-only value, as there is no offset to explain.
    """

    value: str | None
    raw: str
    precision: str | None
    timezone: str | None
    error: str | None


@dataclass(frozen=True, slots=True)
class _Absolute:
    moment: datetime | date  # a naive datetime gets the site zone ("assumed")
    precision: str
    #: The year was written with two figures (``moment`` in 20xx): its century is the
    #: one plausible at the fetch time, if only one is.
    short_year: bool = False


@dataclass(frozen=True, slots=True)
class _Relative:
    delta: timedelta  # added to the fetch time (whole days when the result is day-level)
    months: int
    precision: str  # "day": a date in the site zone, unless ``at`` gives a wall time
    at: time | None = None
    #: A zone written beside the relative date ("5 hours ago +0500"): the instant is still
    #: the fetch time minus the delta, shown (and its calendar day taken) in this zone.
    zone: tzinfo | None = None


@dataclass(frozen=True, slots=True)
class _Failure:
    error: str


_Parse = _Absolute | _Relative | _Failure


def split_labels(text: str) -> list[LabelledDate]:
    """Split a (date) line into its dates, each assigned a field by the label before it.

    "Updated/Last updated/Modified/Edited" → dateModified; "Published/Posted/First published",
    "Published in <Paper>," and unlabelled dates → datePublished. Text that is not a date is
    ignored, so a body sentence yields the dates it mentions; use ``is_date_line`` to decide
    whether a line is a date line at all. Returns [] when the text contains no date.
    A fresh list each call (the caller may change it).
    """
    return list(_split_labels(text))


@lru_cache(maxsize=4096)
def _split_labels(text: str) -> tuple[LabelledDate, ...]:
    """:func:`split_labels`, kept per text: a page's stamp lines are asked again by the
    header cut, the teasers and htmldate's pruning (a quarter of the texts with a date
    hint on the development pages), and lines recur across a site's pages."""
    if not _date_hint(text):
        return ()
    labels = list(_LABEL_SEARCH.finditer(text))
    segments = [(PUBLISHED, 0, labels[0].start() if labels else len(text))]
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        segments.append((MODIFIED if label.group("mod") else PUBLISHED, label.end(), end))
    return tuple(
        LabelledDate(field, found.group().strip())
        for field, start, end in segments
        for found in _DATE_SEARCH.finditer(text, start, end)
    )


def _date_hint(text: str) -> bool:
    """Whether :data:`_DATE_HINT` finds four figures or a relative word in *text* lower-cased
    (long "ſ" read as "s"). It runs only when one of its words is in the text as a
    substring (a fast scan); four figures are looked for alone otherwise: most lines hold
    neither, and the search of both, tried at every character, cost about twice that."""
    lowered = text.lower().replace("ſ", "s")
    if "ago" in lowered or "now" in lowered or "today" in lowered or "yesterday" in lowered:
        return _DATE_HINT.search(lowered) is not None
    return _FOUR_FIGURES.search(lowered) is not None


def is_relative(raw: str) -> bool:
    """True when *raw* (a date :func:`split_labels` found) is an English relative stamp
    ("3 hours ago", "yesterday"): its value moves with the fetch time."""
    return _REL_RE.fullmatch(raw.strip(_PUNCT)) is not None


#: A time of day that opens a stamp line before its date ("17:41 JST, October 13, 2024",
#: "6:30 AM PDT · April 28, 2024"): the clock, a half of the day, a zone, then a
#: separator (a comma, a dot or a bar, a dash) or a blank.
_TIME_FIRST = re.compile(
    rf"(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*{_AMPM})?(?:\s*\(?(?:{_TZ})\)?)?)"
    r"\s*(?:[,|•·–—-]\s*|\s)",
    re.IGNORECASE,
)


#: A range of days written with dots, its first day and month before a dash and a dotted
#: date ("01.02 - 15.03.2024"): no time of day before a date (:func:`time_first`).
_DOTTED_RANGE = re.compile(r"\d{1,2}\.\d{1,2}\s*[–—-]\s*\d{1,2}\.\d{1,2}\.")


def time_first(line: str) -> str | None:
    """*line* with its opening time of day moved after its date, when the line is that
    time and a date line (:func:`is_date_line`) and nothing else: "17:41 JST, October
    13, 2024" -> "October 13, 2024 17:41 JST", a stamp that writes the time first;
    None otherwise ("10:15 Uhr: Konzert am 14. März 2024", a time before words; "01.02 -
    15.03.2024", a range of days)."""
    clock = _TIME_FIRST.match(line)
    if clock is None:
        return None
    rest = line[clock.end() :].strip()
    if not rest or not is_date_line(rest) or _CLOCK.search(rest) is not None:
        return None  # (no date after it, or a date with a time of its own)
    if "." in clock["time"] and _DOTTED_RANGE.match(line[clock.start() :]) is not None:
        return None  # (a range of days: "01.02 - 15.03.2024" opens with a day and month)
    return f"{rest.rstrip(' .')} {clock['time']}"


def is_date_line(line: str) -> bool:
    """True when the whole line is one or more (optionally labelled) dates and nothing else.

    Regex only; cheap enough to call on every line of a page.
    """
    end = len(line.rstrip(" \t\r\n."))
    if end == 0 or len(line) > 160:  # real date lines are short; body paragraphs are not
        return False
    pos = 0
    while pos < end:
        unit = _DATE_UNIT.match(line, pos, end)
        if unit is None:
            return False
        pos = unit.end()
    return True


def _tz_of(text: str) -> tzinfo:
    abbr = TZ_ABBREVIATIONS.get(text.upper())
    if abbr is not None:
        return fixed_offset(timedelta(minutes=abbr))
    m = _OFFSET_RE.fullmatch(text)
    if m is None:  # the regexes only hand over strings from _TZ
        raise ValueError(f"unknown time zone {text!r}")
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    return fixed_offset(timedelta(minutes=-minutes if m.group(1) == "-" else minutes))


def _hour24(hour: int, ampm: str | None) -> int:
    if ampm is None:
        return hour
    if not 1 <= hour <= 12:
        raise ValueError(f"hour {hour} with am/pm")
    return hour % 12 + (12 if ampm[0] in "pP" else 0)


def _add_months(day: date, months: int) -> date:
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return day.replace(year=year, month=month0 + 1, day=min(day.day, last))


def _human(delta: timedelta) -> str:
    rest, parts = int(delta.total_seconds()), []
    for name, size in (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        n, rest = divmod(rest, size)
        if n:
            parts.append(f"{n} {name}{'' if n == 1 else 's'}")
    return " ".join(parts) or "0 seconds"


def _render(value: datetime | date) -> str:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


class DateNormaliser:
    """Turns raw date strings into ISO 8601 values for one site's zone and locale.

    ``locale`` decides numeric day/month order: "en" and "en-US" are month-first (the US
    convention dateparser also uses for "en"); every other locale is day-first. ``timezone``
    (IANA) applies only to naive times. Parses are cached per raw string and resolved against
    each call's ``fetched_at``, so a cached "2 hours ago" still moves with the fetch time.

    ``counts`` (for crawl stats) gets, per call, one source — "cached", "fast" (ISO or
    textual regex), "relative" (English relative regex, or another language's relative stamp
    read through dateparser's translation), "dateparser", or "gate" (refused
    before dateparser) — and one outcome: "ok", "failed", "future" or "too_old".
    """

    def __init__(
        self,
        *,
        timezone: str = "UTC",
        locale: str = "en",
        languages: Sequence[str] | None = None,
        min_year: int = 1990,
        future_tolerance: timedelta = timedelta(days=1),
    ) -> None:
        """Configure for a site; raises ZoneInfoNotFoundError for an unknown ``timezone``."""
        self.zone = ZoneInfo(timezone)
        language, _, region = locale.replace("_", "-").partition("-")
        self.month_first = language.lower() == "en" and region.upper() in ("", "US")
        self.languages = [
            DATEPARSER_LANGUAGES.get(code, code)
            for code in (list(languages) if languages else [language.lower()])
        ]
        self.min_year = min_year
        self.future_tolerance = future_tolerance
        self.counts: collections.Counter[str] = collections.Counter()
        self._cache: dict[str, _Parse] = {}
        self._parsers: list[DateDataParser] = []

    def normalise(self, raw: str, fetched_at: datetime) -> DateResult:
        """Normalise ``raw`` (a leading label is stripped) against an aware ``fetched_at``."""
        if fetched_at.utcoffset() is None:
            raise ValueError("fetched_at must be timezone-aware")
        parsed = self._cache.get(raw)
        if parsed is None:
            parsed, source = self._parse(raw)
            if len(self._cache) >= _CACHE_SIZE:  # FIFO eviction: stamps recur in bursts
                del self._cache[next(iter(self._cache))]
            self._cache[raw] = parsed
        else:
            source = "cached"
        self.counts[source] += 1
        return self._resolve(raw, parsed, fetched_at)

    def _resolve(self, raw: str, parsed: _Parse, fetched_at: datetime) -> DateResult:
        if isinstance(parsed, _Failure):
            return self._fail(raw, parsed.error, "failed")
        origin: str | None
        value: datetime | date
        if isinstance(parsed, _Absolute):
            value, origin = parsed.moment, None
            if parsed.short_year:
                century = self._century(value, fetched_at)
                if century is None:
                    message = f"a two-figure year of no single plausible century: {raw!r}"
                    return self._fail(raw, message, "failed")
                value = century
            if isinstance(value, datetime):
                origin = "assumed" if value.tzinfo is None else "explicit"
                value = value.replace(tzinfo=value.tzinfo or self.zone)
        elif parsed.precision == "day" or parsed.at is not None:
            zone = parsed.zone or self.zone
            day = _add_months(fetched_at.astimezone(zone).date(), parsed.months)
            value, origin = day + parsed.delta, None
            if parsed.at is not None:
                value, origin = datetime.combine(value, parsed.at, zone), "relative"
        else:
            moment = fetched_at + parsed.delta
            value, origin = moment.astimezone(parsed.zone or self.zone), "relative"
        limit = fetched_at + self.future_tolerance
        if isinstance(value, datetime):
            future = value > limit
        else:  # a bare date is compared with the site-local calendar day
            future = value > limit.astimezone(self.zone).date()
        if future:
            tolerance = _human(self.future_tolerance)
            message = f"in the future: {_render(value)} > fetch time + {tolerance}"
            return self._fail(raw, message, "future")
        if value.year < self.min_year:
            message = f"implausibly old: {_render(value)} (before {self.min_year})"
            return self._fail(raw, message, "too_old")
        self.counts["ok"] += 1
        return DateResult(_render(value), raw, parsed.precision, origin, None)

    def _century(self, value: datetime | date, fetched_at: datetime) -> datetime | date | None:
        """*value* (a two-figure year read as 20xx) in the one century that puts it between
        ``min_year`` and the fetch time (with its tolerance), None when none or both do."""
        limit = (fetched_at + self.future_tolerance).date()
        plausible = []
        for year in (value.year - 100, value.year):
            try:
                moved = value.replace(year=year)
            except ValueError:  # 29 February of a year that has none
                continue
            day = moved.date() if isinstance(moved, datetime) else moved
            if self.min_year <= year and day <= limit:
                plausible.append(moved)
        return plausible[0] if len(plausible) == 1 else None

    def _fail(self, raw: str, error: str, outcome: str) -> DateResult:
        self.counts[outcome] += 1
        return DateResult(None, raw, None, None, error)

    def _parse(self, raw: str) -> tuple[_Parse, str]:
        text = " ".join(raw.split())
        label = _LABEL_START.match(text)
        text = (text[label.end() :] if label else text).strip(_PUNCT)
        try:
            if m := _ISO_RE.fullmatch(text) or _COMPACT_ISO_RE.fullmatch(text):
                precision = "second" if m["S"] else "minute" if m["M"] else "hour"
                precision = precision if m["H"] else "day"
                moment = datetime.fromisoformat(text)
                return _Absolute(moment if m["H"] else moment.date(), precision), "fast"
            if m := _ABS_RE.fullmatch(text):
                return self._absolute(m), "fast"
            if m := _REL_RE.fullmatch(text):
                return _relative(m), "relative"
            if m := _SHORT_YEAR_RE.fullmatch(text):
                return self._short_year(m), "fast"
            if m := _THAI_DATE_RE.fullmatch(text):
                return _thai(m), "fast"
            if m := _CJK_DATE_RE.fullmatch(text):
                return _cjk(m), "fast"
        except ValueError as exc:  # e.g. "31 Feb 2024", "13:00 pm"
            return _Failure(f"not a date: {raw!r} ({exc})"), "fast"
        for language in self.languages:
            # "vor 3 Stunden", "hier à 14h30": read with dateparser's words, ~50 µs
            # (English ones with :data:`_REL`, without importing dateparser).
            if language != "en" and (stamp := read_relative(text, language)) is not None:
                return _translated(stamp), "relative"
        if not _looks_like_date(text):
            return _Failure(f"not a date: {raw!r}"), "gate"
        text = _H_CLOCK.sub(r"\1:\2", _AT_BEFORE_TIME.sub(" ", text))
        return self._dateparser(text, raw), "dateparser"

    def _day_month(self, first: int, second: int, separator: str) -> tuple[int, int]:
        """Day and month of a numeric date's first two fields."""
        # Month-first is a slash (or dash) convention; dotted dates are day-first
        # wherever they are written (22.11.2024), US pages included.
        month_first = self.month_first and separator != "."
        month, day = (first, second) if month_first else (second, first)
        if month > 12 >= day:  # unambiguous whatever the locale says
            month, day = day, month
        return day, month

    def _short_year(self, m: re.Match[str]) -> _Absolute:
        """A numeric date of a two-figure year, read in 20xx (:meth:`_century` moves it)."""
        day, month = self._day_month(int(m["a"]), int(m["b"]), m["s1"])
        found = _timed(date(2000 + int(m["yy"]), month, day), m)
        return _Absolute(found.moment, found.precision, short_year=True)

    def _absolute(self, m: re.Match[str]) -> _Absolute:
        if m["d1"]:
            year, month, day = int(m["y1"]), _MONTHS[m["m1"][:3].lower()], int(m["d1"])
        elif m["d2"]:
            year, month, day = int(m["y2"]), _MONTHS[m["m2"][:3].lower()], int(m["d2"])
        elif m["a"]:
            day, month = self._day_month(int(m["a"]), int(m["b"]), m["s1"])
            year = int(m["y3"])
            if year >= BUDDHIST_ERA_FROM and "th" in self.languages:
                year -= BUDDHIST_ERA_OFFSET  # "14/03/2567" on a Thai page
        else:
            year, month, day = int(m["y4"]), int(m["m4"]), int(m["d4"])
        return _timed(date(year, month, day), m)

    def _parser(self, index: int) -> DateDataParser:
        # dateparser costs ~0.3 s to import and warm: only pay it when a string needs it.
        from dateparser.date import DateDataParser  # noqa: PLC0415

        while len(self._parsers) <= index:
            settings: dict[str, Any] = {
                "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": _ANCHORS[len(self._parsers)],
                "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_TIME_AS_PERIOD": True,
                "DATE_ORDER": "MDY" if self.month_first else "DMY",
                "PARSERS": ["relative-time", "absolute-time"],
            }
            self._parsers.append(DateDataParser(languages=self.languages, settings=settings))
        return self._parsers[index]

    def _dateparser(self, text: str, raw: str) -> _Parse:
        # Our abbreviation table wins over dateparser's (IST is India, not Israel); TIMEZONE
        # stays unset because dateparser would convert explicit offsets into it.
        zone: tzinfo | None = None
        if tail := _TZ_TAIL.search(text):
            text, zone = text[: tail.start()], _tz_of(tail["tz"])
        data = self._parser(0).get_date_data(text)
        found = data.date_obj
        if found is None:
            return _Failure(f"not a date: {raw!r}")
        if found.tzinfo is not None:
            # An offset dateparser read ("+0500", "UTC+3"): kept as written. dateparser
            # reads its naive anchor as wall time in that zone, so wall times compare.
            zone, found = found.tzinfo, found.replace(tzinfo=None)
        timed = data.period == "time"
        if not _YEAR.search(text):
            # dateparser has no "this was relative" flag: a result that moves with
            # RELATIVE_BASE is relative, and is cached as an offset from the fetch time.
            other = self._parser(1).get_date_data(text).date_obj
            if other is not None and other.replace(tzinfo=None) != found:
                base = _ANCHORS[0]
                if found > base:  # "in 3 Stunden", "morgen": a time to come, no stamp
                    return _Failure(f"a time to come: {raw!r}")
                if data.period in ("month", "year"):
                    months = (found.year - base.year) * 12 + found.month - base.month
                    return _Relative(timedelta(0), months, "day", zone=zone)
                if not timed:
                    return _Relative(found.date() - base.date(), 0, "day", zone=zone)
                if clock := _CLOCK.search(text):
                    # A day and the wall time of that day ("včera 14:30"), not an offset
                    # from the fetch time.
                    precision = "second" if clock["sec"] else "minute"
                    back = found.date() - base.date()
                    return _Relative(back, 0, precision, at=found.time(), zone=zone)
                delta, seconds = found - base, int(abs((found - base).total_seconds()))
                precision = "hour" if seconds % 3600 == 0 and seconds else "minute"
                return _Relative(delta, 0, "second" if seconds % 60 else precision, zone=zone)
        if not timed:
            return _Absolute(found.date(), "day")
        clock = _CLOCK.search(text)
        precision = "hour" if clock is None else "second" if clock["sec"] else "minute"
        if found.tzinfo is None and zone is not None:
            found = found.replace(tzinfo=zone)
        return _Absolute(found, precision)


def _timed(day: date, m: re.Match[str]) -> _Absolute:
    """*day* at the time of an :data:`_ABS`-style match (groups H, M, S, ap, ap2, tz)."""
    if m["H"] is None:
        return _Absolute(day, "day")
    hour = _hour24(int(m["H"]), m["ap"] or m["ap2"])
    minute, second = int(m["M"] or 0), int(m["S"] or 0)
    zone = _tz_of(m["tz"]) if m["tz"] else None
    precision = "second" if m["S"] else "minute" if m["M"] else "hour"
    moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
    return _Absolute(moment, precision)


def _thai(m: re.Match[str]) -> _Absolute:
    """A Thai date: a year from :data:`BUDDHIST_ERA_FROM` on (or after "พ.ศ.") is the
    Buddhist era's, one after "ค.ศ." the common era's."""
    year = int(m["y"])
    era = (m["era"] or "").replace(" ", "")
    if era == "พ.ศ." or (era != "ค.ศ." and year >= BUDDHIST_ERA_FROM):
        year -= BUDDHIST_ERA_OFFSET
    day = date(year, _THAI_MONTH[m["m"]], int(m["d"]))
    if m["H"] is None:
        return _Absolute(day, "day")
    return _Absolute(datetime(year, day.month, day.day, int(m["H"]), int(m["M"])), "minute")


def _cjk(m: re.Match[str]) -> _Absolute:
    """A date of :data:`_CJK_DATE_RE`: the day, with its time of day when one follows."""
    day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m["H"] is None:
        return _Absolute(day, "day")
    return _Absolute(datetime(day.year, day.month, day.day, int(m["H"]), int(m["M"])), "minute")


#: A unit of a relative stamp: seconds it spans (None: days, weeks; months, years are
#: counted in months) and the precision of a stamp in it.
_UNITS = {
    "second": (1, "second"), "minute": (60, "minute"), "hour": (3600, "hour"),
    "day": (None, "day"), "week": (None, "day"), "month": (None, "day"), "year": (None, "day"),
}  # fmt: skip


#: The units :data:`_REL` reads by their first letter ("h", "hrs", "hours"; "mo", "mos"
#: and "months" are months), as :data:`_UNITS` names them.
_UNIT_LETTERS = {"s": "second", "m": "minute", "h": "hour", "d": "day", "w": "week", "y": "year"}


def _ago(count: int, unit: str) -> _Relative:
    """*count* times *unit* (a key of :data:`_UNITS`) before the fetch time: an offset
    from it, or whole days or months back, a date in the site's zone."""
    seconds, precision = _UNITS[unit]
    if seconds is not None:
        return _Relative(timedelta(seconds=-count * seconds), 0, precision)
    if unit in ("month", "year"):
        return _Relative(timedelta(0), -count * (12 if unit == "year" else 1), "day")
    days = count * (7 if unit == "week" else 1)
    return _Relative(timedelta(days=-days), 0, "day")


def _translated(stamp: RelativeStamp) -> _Relative:
    """A relative stamp of another language (:func:`.read_relative`) as an offset from the
    fetch time, or a day before it at a wall time of the site's zone."""
    if stamp.moment:  # a moment ago: the fetch's day
        return _Relative(timedelta(0), 0, "day")
    if stamp.at is not None:
        at = time(*stamp.at)
        return _Relative(timedelta(days=-stamp.count), 0, "minute", at)
    return _ago(stamp.count, stamp.unit)


def _relative(m: re.Match[str]) -> _Relative:
    relative = _relative_in_site_zone(m)
    if m["rtz"] is None:
        return relative
    return _Relative(relative.delta, relative.months, relative.precision, relative.at,
                     _tz_of(m["rtz"]))  # fmt: skip


def _relative_in_site_zone(m: re.Match[str]) -> _Relative:
    if m["now"]:
        return _Relative(timedelta(0), 0, "minute")
    if m["day"]:
        back = timedelta(days=-1 if m["day"].lower() == "yesterday" else 0)
        if m["rH"] is None:
            return _Relative(back, 0, "day")
        at = time(_hour24(int(m["rH"]), m["rap"]), int(m["rM"] or 0))
        return _Relative(back, 0, "minute" if m["rM"] else "hour", at)
    count = int(m["n"]) if m["n"].isdigit() else 1
    unit = m["unit"].lower()
    return _ago(count, "month" if unit.startswith("mo") else _UNIT_LETTERS[unit[0]])


def _looks_like_date(text: str) -> bool:
    """Cheap gate before dateparser, which would otherwise fill in "May" or "12" from today."""
    if len(text) > 80:
        return False
    if text.casefold() in _RELATIVE_WORDS:
        return True
    if _COUNT.search(text) and len(_NUMBER.findall(_COUNT.sub(" ", text))) < 1:
        # A month and a year and a count in parentheses: dateparser took the count for
        # the day ("April 2019 (2)" -> 2 April 2019), a day the text never states.
        return False
    if _YEAR.search(text):  # a year plus at least a month word or another number
        return _WORD.search(text) is not None or len(re.findall(r"\d+", text)) >= 2
    if _NUM_DATE.search(text):
        return True
    # A number and a word: a relative date in some language ("vor 2 Stunden").
    return len(text) <= 40 and bool(_NUMBER.search(text)) and bool(_WORD.search(text))
