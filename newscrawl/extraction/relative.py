"""Relative stamps in the page's language ("vor 3 Stunden", "il y a 2 heures", "вчера в 14:30").

dateparser's language data knows how each language writes a time gone by: its locale
translates such a stamp into English ("3 hour ago", "1 day ago 14:30"), and one grammar
(:data:`_TRANSLATED`) reads that. No word list of our own: a cheap gate made of the same
data (the language's words for "ago", and for today, yesterday and the day before) keeps
every other text away from the translation, which costs ~50 µs (a language's data loads
once, ~20 ms). A future ("in 3 Tagen", "morgen": "in 3 day") or a bare duration ("3 Min.
Lesezeit": "3 minute") has no "ago" and is never one.

Pure: no Scrapy, no I/O; dateparser is imported when a language is first asked for.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.languages.locale import Locale

__all__ = ["RelativeStamp", "read_relative", "relative_span", "relative_words", "stands_alone"]

#: The English dateparser's translation gives: "3 hour ago", "hour ago" (a number
#: written as a word it has no figure for: one), "1 day ago 14:30", "14:30 1 day ago".
_TRANSLATED = re.compile(
    r"(?:(?P<H1>\d{1,2}):(?P<M1>\d\d)\s+)?(?:(?P<n>\d{1,3})\s+)?"
    r"(?P<unit>second|minute|hour|day|week|month|year)\s+ago"
    r"(?:\s+(?P<H2>\d{1,2}):(?P<M2>\d\d))?"
)
#: Keys of dateparser's ``relative-type`` data naming a day by its distance: today,
#: yesterday, the day before yesterday.
_DAY_KEYS = ("0 day ago", "1 day ago", "2 day ago")
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


def _code(language: str | None) -> str:
    code = (language or "").replace("_", "-").split("-")[0].lower()
    return {"no": "nb"}.get(code, code)  # dateparser's Norwegian is Bokmål's


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


@functools.cache
def _gate(code: str) -> re.Pattern[str] | None:
    """The language's words for "ago" and for today, yesterday, the day before (from
    dateparser's data) as a pattern; None when dateparser knows the language not."""
    locale = _locale(code)
    if locale is None:
        return None
    info = locale.info
    words = {*info.get("ago", ())}
    relative = info.get("relative-type", {})
    words.update(w for key in _DAY_KEYS for w in relative.get(key, ()))
    words.discard("")
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def relative_words(text: str, language: str | None) -> bool:
    """True when *text* is short and holds a word the language writes relative stamps
    with ("vor", "il y a", "назад", "gestern"): the cheap test before any translation."""
    if len(text) > MAX_RELATIVE_CHARS:
        return False
    gate = _gate(_code(language))
    return gate is not None and gate.search(text) is not None


def _translated(text: str, code: str) -> str | None:
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
    english = _translated(text, code)
    m = _TRANSLATED.fullmatch(english) if english else None
    if m is None:
        return None
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
