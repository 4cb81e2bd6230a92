"""Relative stamps in the page's language ("vor 3 Stunden", "il y a 2 heures", "вчера в 14:30").

dateparser's language data knows how each language writes a time gone by: its locale
translates such a stamp into English ("3 hour ago", "1 day ago 14:30"), and one grammar
(:data:`_TRANSLATED`) reads that. No word list of our own: a cheap gate made of the same
data (the language's words for "ago", and for now, today, yesterday and the day before;
in a language written without spaces, "ago" glued to a figure and a unit: "3時間前")
keeps every other text away from the translation, which costs ~50 µs (a language's data
loads once, ~20 ms). A future ("in 3 Tagen", "morgen": "in 3 day", "3日後") or a bare
duration ("3 Min. Lesezeit": "3 minute") has no "ago" and is never one. A few minutes
ago whose count is a word dateparser has no figure for ("vor wenigen Minuten") is read
as one minute: the day is the fetch's either way.

Two small word lists of our own, where dateparser's data falls short: the word for "one"
in languages whose data has none (:data:`ONE_WORDS`: "een uur geleden", "bir saat önce",
"satu jam yang lalu", "một giờ trước", "egy órája", "πριν από μία ώρα", read as the
figure 1), and the phrases for "a moment ago" (:data:`MOMENT_PHRASES`: "gerade eben",
"à l'instant", "przed chwilą", "только что" … in 13 languages), a stamp of the fetch's
day when the whole text is one. Now's word alone ("jetzt", "now") stays no stamp.

Pure: no Scrapy, no I/O; dateparser is imported when a language is first asked for.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateparser.languages.locale import Locale

__all__ = [
    "DATEPARSER_LANGUAGES",
    "RelativeStamp",
    "holds_relative_word",
    "read_relative",
    "relative_span",
    "relative_words",
    "says_now",
    "stands_alone",
]

#: The units of a time gone by, as dateparser's data keys a language's words for them and
#: its English translation writes them.
_UNIT_KEYS = ("second", "minute", "hour", "day", "week", "month", "year")
#: The English dateparser's translation gives: "3 hour ago", "hour ago" (a number
#: written as a word it has no figure for: one), "1 day ago 14:30", "14:30 1 day ago".
_TRANSLATED = re.compile(
    r"(?:(?P<H1>\d{1,2}):(?P<M1>\d\d)\s+)?(?:(?P<n>\d{1,3})\s+)?"
    rf"(?P<unit>{'|'.join(_UNIT_KEYS)})\s+ago"
    r"(?:\s+(?P<H2>\d{1,2}):(?P<M2>\d\d))?"
)
#: A few minutes (or seconds) ago, the count a word dateparser has no figure for ("vor
#: wenigen Minuten": "ago wenigen minute", "pochi minuti fa": "pochi minute ago", "a few
#: minutes ago": "1 few minute ago"): read as one, a stamp of the fetch's minutes.
_FEW = re.compile(
    r"(?:\d\s+)?[^\W\d_]+\s+(?P<unit>minute|second)\s+ago"
    r"|ago\s+[^\W\d_]+\s+(?P<unit_after>minute|second)"
)
#: "ago" before its unit, as dateparser leaves a Czech instrumental ("před hodinou":
#: "ago 1 hour"); never without its count ("vor Stunden": "ago hour", hours unsaid).
_AGO_FIRST = re.compile(rf"ago\s+(?P<n>\d{{1,3}})\s+(?P<unit>{'|'.join(_UNIT_KEYS)})")
#: Keys of dateparser's ``relative-type`` data naming a day by its distance (today,
#: yesterday, the day before yesterday) and the moment of the fetch ("now").
_DAY_KEYS = ("0 day ago", "1 day ago", "2 day ago", "0 second ago")
#: Around a translation: what the stamp's punctuation leaves ("3 hour ago.", "stand: …").
_AROUND = " .,;:·|•-–—()"
#: Separators of the parts of a stamp's line ("Anna Schmidt · vor 3 Stunden").
_PARTS = re.compile(r"\s[|•·/—–-]\s|\s*[|•·]\s*")
#: At most this many words before a relative stamp closing a part: a label ("Veröffentlicht
#: vor 3 Stunden") or a name, not a sentence ending in "… vor 3 Tagen".
MAX_WORDS_BEFORE = 3
#: A relative stamp's line is short; a longer text is a sentence.
MAX_RELATIVE_CHARS = 60


@dataclass(frozen=True, slots=True)
class RelativeStamp:
    """A relative stamp read: ``count`` ``unit``\\ s ago, at a wall time (hour, minute) of
    that day when it gives one ("gestern, 14:30 Uhr")."""

    count: int
    unit: str
    at: tuple[int, int] | None = None
    #: A moment ago ("gerade eben", "à l'instant"): the fetch's day (``count`` is 0).
    moment: bool = False


#: The word for "one" (any gender or case a relative stamp uses) of languages whose
#: dateparser data has no figure for it: read as 1 before the translation ("een uur
#: geleden": "1 uur geleden"). Disclosed word list, keyed by dateparser's language code.
ONE_WORDS: dict[str, tuple[str, ...]] = {
    "nl": ("een", "één"),
    "tr": ("bir",),
    "id": ("satu",),
    "ms": ("satu",),
    "vi": ("một",),
    "hu": ("egy",),
    "el": ("μία", "μια", "ένα", "έναν", "ενός"),
    "cs": ("jednou", "jedním", "jednu"),
}
#: "A moment ago" as each language writes it above a story, lower case: the whole of a
#: stamp, the fetch's day (no figure to read, no unit: not dateparser's). Disclosed word
#: list, keyed by dateparser's language code.
MOMENT_PHRASES: dict[str, frozenset[str]] = {
    "en": frozenset({"a moment ago", "moments ago", "just now", "a few moments ago"}),
    "de": frozenset({"gerade eben", "soeben", "vor einem moment", "vor einem augenblick"}),
    "fr": frozenset({"à l'instant", "il y a un instant", "il y a un moment"}),
    "es": frozenset({"hace un momento", "hace un instante", "ahora mismo"}),
    "pt": frozenset({"há um momento", "há instantes", "agora mesmo", "há pouco"}),
    "it": frozenset({"poco fa", "un momento fa", "pochi istanti fa", "proprio ora"}),
    "nl": frozenset({"zojuist", "een moment geleden", "enkele ogenblikken geleden"}),
    "pl": frozenset({"przed chwilą", "chwilę temu"}),
    "ru": frozenset({"только что", "мгновение назад"}),
    "tr": frozenset({"az önce", "biraz önce"}),
    "id": frozenset({"baru saja"}),
    "vi": frozenset({"vừa xong", "vừa mới"}),
    "cs": frozenset({"před chvílí", "právě teď"}),
}


@functools.cache
def _one_words(code: str) -> re.Pattern[str] | None:
    """The language's words for "one" (:data:`ONE_WORDS`) as a pattern of whole words."""
    words = ONE_WORDS.get(code)
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)


def says_now(text: str, language: str | None) -> bool:
    """True when the whole of *text* is the language's word for now in dateparser's data
    ("jetzt", "bây giờ"): a badge or a button's as often as a stamp."""
    locale = _locale(_code(language))
    if locale is None:
        return False
    words = locale.info.get("relative-type", {}).get("0 second ago", ())
    return " ".join(text.lower().split()).strip(_AROUND) in words


def _figured(text: str, code: str) -> str:
    """*text* with the language's word for "one" written as the figure 1."""
    one = _one_words(code)
    return one.sub("1", text) if one is not None else text


def _moment(text: str, code: str) -> bool:
    """True when the whole of *text* says "a moment ago" in the language."""
    phrases = MOMENT_PHRASES.get(code)
    return phrases is not None and " ".join(text.lower().split()).strip(_AROUND) in phrases


#: dateparser's codes of languages it knows under another tag ("no": Norwegian Bokmål).
DATEPARSER_LANGUAGES = {"no": "nb"}


@functools.cache
def _code(language: str | None) -> str:
    """dateparser's code of a language tag's language ("de-AT" → "de", "no" → "nb")."""
    code = (language or "").replace("_", "-").split("-")[0].lower()
    return DATEPARSER_LANGUAGES.get(code, code)


@functools.cache
def _locale(code: str) -> Locale | None:
    """dateparser's locale of a language code, None when it knows none."""
    if not code.isalpha():
        return None
    from dateparser.languages.loader import default_loader  # noqa: PLC0415

    try:
        return default_loader.get_locale(code)
    except ValueError:
        return None


#: Not next to a letter (a figure or a mark may be): how a word of a language written
#: without spaces ("昨日 14:30", "昨日14:30") stands apart, where ``\\b`` cannot tell.
_NO_LETTER_BEFORE = r"(?<![^\W\d_])"
_NO_LETTER_AFTER = r"(?![^\W\d_])"


def _ago_and_day_words(info: dict[str, Any]) -> tuple[set[str], set[str]]:
    """A language's words for "ago", and for now, today, yesterday and the day before
    (:data:`_DAY_KEYS`), from dateparser's data of it."""
    relative = info.get("relative-type", {})
    agos = {*info.get("ago", ())} - {""}
    days = {w for key in _DAY_KEYS for w in relative.get(key, ())} - {""}
    return agos, days


def _alternatives(words: set[str]) -> str:
    """*words* as one regex alternation, escaped, the longest first (of two words that
    open alike, "vorgestern" and "vor", the longer is tried first)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _gate(code: str) -> re.Pattern[str] | None:
    """The language's words for "ago" and for today, yesterday, the day before (from
    dateparser's data) as a pattern; None when dateparser knows the language not.

    A language written without spaces between words (dateparser's ``no_word_spacing``:
    Japanese, Chinese) glues "ago" to its unit ("3時間前"), and its day words to what
    follows ("昨日の会議"): there "ago" counts only closing a figure and a unit word
    ("3時間前", not "以前" or "前回"), and a day word only with no letter beside it
    ("昨日 14:30", not "昨日の会議"). A language whose data lists no word for "ago"
    (Korean) is gated by its own patterns of a time gone by ("(\\d+)시간 전")."""
    locale = _locale(code)
    if locale is None:
        return None
    info = locale.info
    agos, days = _ago_and_day_words(info)
    units = {w for key in _UNIT_KEYS for w in info.get(key, ())} - {""}
    # (Korean's own patterns: the only place its "ago" is found; Hungarian's "3 órája"
    # has no word for "ago" either.)
    forms = [_own_patterns(info.get("relative-type-regex", {}))]
    moments = set(MOMENT_PHRASES.get(code, ()))
    if info.get("no_word_spacing") == "True":
        if moments:
            forms.append(rf"(?<!\w)(?:{_alternatives(moments)})(?!\w)")
        if agos and units:  # a figure, a unit and "ago" glued ("3時間前")
            forms.append(
                rf"\d\s*(?:{_alternatives(units)})\s*(?:{_alternatives(agos)}){_NO_LETTER_AFTER}"
            )
        if days:
            forms.append(rf"{_NO_LETTER_BEFORE}(?:{_alternatives(days)}){_NO_LETTER_AFTER}")
    elif words := [_alternatives(w) for w in (moments, agos | days) if w]:
        # The moment phrases, then the words, in one group behind one lookbehind: it
        # finds what a group of each finds, in the same order (a search tries the
        # lookbehind at every character: once, not twice, costs a third less).
        forms.append(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)")
    pattern = "|".join(f for f in forms if f)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _own_patterns(patterns: dict[str, list[str]]) -> str:
    """The language's own patterns of a time gone by (dateparser's ``relative-type-regex``
    keys "\\1 hour ago" …) that Python's ``re`` reads, as one alternation.

    Those that open alike go in one group behind a lookahead of that opening: a number
    (``(\\d++[.,]?\\d*+)``, most of them) or one letter ("vor (\\d++…", "il y a …").
    The search, which has no literal to look for first, tries the pattern at every
    character of a text: a failed lookahead turns away dozens of alternatives at once,
    where each was tried (a search of English's 31 cost about thirty times as much). It
    finds what they find: every match of the group opens with its lookahead's character.
    """
    led: dict[str, list[str]] = {}
    for key, values in patterns.items():
        if not key.endswith(" ago"):
            continue
        for value in values:
            try:
                re.compile(value)
            except re.error:
                continue
            led.setdefault(_opening(value), []).append(value)
    return "|".join(
        f"(?={lead})(?:{'|'.join(values)})" if lead else "|".join(f"(?:{v})" for v in values)
        for lead, values in led.items()
    )


def _opening(value: str) -> str:
    """The lookahead every match of a pattern *value* (no alternation at its top) opens
    with: a figure for the number group ``(\\d++[.,]?\\d*+)`` it starts with, the letter
    it starts with if no quantifier follows; "" when its source tells none."""
    if "|" in value:
        return ""
    if value.startswith(r"(\d++[.,]?\d*+)"):
        return r"\d"
    if value[:1].isalpha() and value[1:2] not in ("?", "*", "+", "{"):
        return value[0]
    return ""


# Kept per text (a pure test): a page's lines are asked again by the stamps, the
# header cut and htmldate's pruning (a third to a half of the calls on aeb).
@functools.lru_cache(maxsize=4096)
def relative_words(text: str, language: str | None) -> bool:
    """True when *text* is short and holds a word the language writes relative stamps
    with ("vor", "il y a", "назад", "gestern", "3時間前"): the cheap test before any
    translation."""
    if len(text) > MAX_RELATIVE_CHARS:
        return False
    code = _code(language)
    gate = _gate(code)
    return gate is not None and gate.search(_figured(text, code)) is not None


# Kept per text (a pure test): a page's lines are asked again by the stamps, the
# header cut and htmldate's pruning (a third to a half of the calls on aeb).
@functools.lru_cache(maxsize=4096)
def holds_relative_word(text: str, language: str | None) -> bool:
    """True when *text*, however long, holds a word the language writes relative stamps
    with: a part of it may be one. In a language written without spaces, even inside
    another word (a container's text glues its parts: "…可決" and "昨日" of the next line
    are "…可決昨日")."""
    code = _code(language)
    locale = _locale(code)
    if locale is not None and locale.info.get("no_word_spacing") == "True":
        words = _words(code)
        return words is not None and words.search(text) is not None
    gate = _gate(code)
    return gate is not None and gate.search(_figured(text, code)) is not None


@functools.cache
def _words(code: str) -> re.Pattern[str] | None:
    """The words of :func:`_gate` anywhere; None when dateparser knows the language not."""
    locale = _locale(code)
    if locale is None:
        return None
    agos, days = _ago_and_day_words(locale.info)
    words = agos | days
    return re.compile(_alternatives(words), re.IGNORECASE) if words else None


def _translated(text: str, code: str) -> str | None:
    """*text* as dateparser's locale of *code* translates it into English ("vor 3
    Stunden": "3 hour ago"), spaces folded and the stamp's punctuation around it
    (:data:`_AROUND`) taken off; None when dateparser knows the language not."""
    locale = _locale(code)
    if locale is None:
        return None
    from dateparser.conf import settings  # noqa: PLC0415

    english: str = locale.translate(text.lower(), keep_formatting=False, settings=settings)
    return " ".join(english.split()).strip(_AROUND)


def read_relative(text: str, language: str | None) -> RelativeStamp | None:
    """*text* as a relative stamp of the page's language: the whole text says how long
    ago (or which day before today, and at what time), else None."""
    code = _code(language)
    if not relative_words(text, code):
        return None
    if _moment(text, code):
        return RelativeStamp(0, "day", moment=True)
    english = _translated(_figured(text, code), code)
    m = _TRANSLATED.fullmatch(english) if english else None
    if m is None:
        if english and (first := _AGO_FIRST.fullmatch(english)):
            return RelativeStamp(int(first["n"]), first["unit"])
        few = _FEW.fullmatch(english) if english else None
        return RelativeStamp(1, few["unit"] or few["unit_after"]) if few else None
    count = int(m["n"]) if m["n"] else 1
    hour, minute = (m["H1"], m["M1"]) if m["H1"] else (m["H2"], m["M2"])
    if hour is None:
        return RelativeStamp(count, m["unit"])
    if m["unit"] != "day" or count > 2 or int(hour) > 23 or int(minute) > 59:
        return None  # a wall time belongs to today, yesterday or the day before only
    return RelativeStamp(count, "day", (int(hour), int(minute)))


def relative_span(line: str, language: str | None) -> str | None:
    """The relative stamp of a stamp's line in the page's language: a part of the line
    (parts set apart by "|", "·", "•" …) that is one, or whose last words are one after at
    most :data:`MAX_WORDS_BEFORE` others (a label, a name). None when there is none."""
    if not relative_words(line, language):
        return None
    for piece in _PARTS.split(line):
        part = piece.strip(_AROUND)
        if not part or not relative_words(part, language):
            continue
        words = part.split()
        for start in range(min(len(words), MAX_WORDS_BEFORE + 1)):
            candidate = " ".join(words[start:])
            if read_relative(candidate, language) is not None:
                return candidate
    return None


def stands_alone(line: str, stamp: str) -> bool:
    """True when *stamp* is a whole part of *line* (the line, or a part set apart by "|",
    "·", "•" …): "gestern" in "Anna Schmidt · gestern", not in "Gestern und heute"."""
    stamp = stamp.strip(_AROUND)
    return any(piece.strip(_AROUND) == stamp for piece in _PARTS.split(line))
