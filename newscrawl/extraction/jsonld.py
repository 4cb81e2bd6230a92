"""Reading JSON-LD (and JSON in scripts): lenient parsing, items, types, names.

:func:`load_json` reads what publishers write (trailing commas, control characters,
wrappers) within size and depth limits; the helpers pick items, their kinds, people and
organisations, images, and dates written the Java way.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import accumulate
from typing import Any

from lxml.html import HtmlElement

from newscrawl.extraction.bylines import split_names
from newscrawl.extraction.headlines import unescaped
from newscrawl.extraction.html import absolute_url
from newscrawl.extraction.vocabulary import (
    ARTICLE_TYPES,
    JSONLD_NESTING,
    REPLY_TYPES,
    WEBPAGE_TYPES,
)

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: JSON-LD a page may carry: bigger or deeper scripts are not metadata but junk or an
#: attack (real article graphs are a few kB and under ten levels deep), and deeper ones
#: would overflow the parser's stack.
MAX_JSONLD_CHARS = 1_000_000
MAX_JSONLD_DEPTH = 64
#: A JSON string (an unterminated one runs to the end), and a bracket: the depth scan's tokens.
_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_JSON_BRACKET = re.compile(r"[\[\]{}]")
#: How a bracket moves the depth.
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}.__getitem__
#: A script's wrappers (``<!--``/``-->``, ``<![CDATA[``/``]]>``, each maybe after ``//``):
#: the opening one and the closing one, each looked for where it can stand
#: (:func:`_unwrapped`), not at every character.
_WRAPPER_OPEN = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)")
_WRAPPER_CLOSE = re.compile(r"(?://\s*)?(?:\]\]>|-->)\s*$")
_CLOSERS = ("]]>", "-->")


def _unwrapped(text: str) -> str:
    """*text* (without blanks at its ends) without its wrappers: its
    opening wrapper off (at its start), then its closing one (at its end, with the ``//``
    and the blanks before it): the closing part is searched from the last ``//`` that
    can lead it, not over the whole script (a script's code runs to megabytes)."""
    opening = _WRAPPER_OPEN.match(text)
    if opening is not None:
        text = text[opening.end() :]
    if text.endswith(_CLOSERS):
        # A match ends at the text's end: it starts at the closer, or at a "//" before it
        # with only blanks between.
        start = max(0, len(text[:-3].rstrip()) - 2)
        closing = _WRAPPER_CLOSE.search(text, start)
        if closing is not None:
            text = text[: closing.start()]
    return text


#: The decoder of :func:`load_json` (control characters kept in strings, as ``json.loads``
#: with ``strict=False`` keeps them).
_DECODER = json.JSONDecoder(strict=False)
#: JSON's white space (``json.loads`` skips it before and after the value).
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def clean(value: Any) -> str | None:
    """A whitespace-collapsed string, or None for anything empty or not a string/number."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = " ".join(str(value).split())
    return text or None


#: A Unix time in seconds or milliseconds, 10 or 13 figures opening with 1 (September 2001
#: to May 2033), as some CMSs state JSON-LD dates (``"datePublished": 1710407700``); 8, 10
#: or 14 figures opening with the century are a compact calendar date ("20240314",
#: "2024031412"), left as they are.
_EPOCH = re.compile(r"1\d{9}(?:\d{3})?")


def epoch_date(value: Any) -> Any:
    """The ISO 8601 UTC time of a Unix time value (a number, or a string of its figures,
    :data:`_EPOCH`); the first non-empty one of a list of values (``"datePublished":
    ["2024-…"]``); any other value (NaN and infinities too) unchanged."""
    if isinstance(value, list):
        value = next((item for item in value if item not in (None, "")), None)
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if not math.isfinite(value):  # json reads NaN, Infinity and 1e400
            return value
        text = str(int(value))
    elif isinstance(value, str):
        text = value.strip()
    else:
        return value
    if not _EPOCH.fullmatch(text):
        return value
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    return datetime.fromtimestamp(seconds, UTC).isoformat()


def absolute(base: str, href: str | None) -> str | None:
    """:func:`absolute_url`, None for a missing or empty ``href``."""
    href = (href or "").strip()
    return absolute_url(base, href) if href else None


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
#: JavaScript's ``Date.prototype.toString()`` ("Fri Apr 28 2023 17:52:31 GMT+0000
#: (Coordinated Universal Time)"), as a page rendered by a script framework writes a date
#: into a ``<time datetime>`` or its data: the year before the time, the offset after
#: "GMT", then the zone's name in the browser's language (read as it stands: the offset
#: says it all), which an engine may leave out.
_SCRIPT_DATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d\d) (\d{4}) (\d\d:\d\d:\d\d)"
    r" GMT([+-]\d\d)(\d\d)(?: \([^()]{1,60}\))?"
)


def from_java_date(text: str) -> str:
    """An ISO 8601 form of a Java ``Date.toString()`` string with a known zone, or of a
    JavaScript one (:data:`_SCRIPT_DATE`), else ``text`` unchanged."""
    m = _JAVA_DATE.fullmatch(text)
    if m is not None and m[1] in _MONTHS and m[4] in _ZONE_OFFSETS:
        month = _MONTHS.index(m[1]) + 1
        return f"{m[5]}-{month:02d}-{m[2]}T{m[3]}{_ZONE_OFFSETS[m[4]]}"
    if text[:3] in _DAY_NAMES and (m := _SCRIPT_DATE.fullmatch(text)) and m[1] in _MONTHS:
        month = _MONTHS.index(m[1]) + 1
        return f"{m[3]}-{month:02d}-{m[2]}T{m[4]}{m[5]}:{m[6]}"
    return text


_DAY_NAMES = frozenset(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))


def _json_depth(text: str) -> int:
    """The deepest bracket nesting of *text*, brackets inside strings left out: the
    strings taken out (one substitution), the brackets' running depth summed by
    ``accumulate`` (no Python step per token)."""
    brackets = _JSON_BRACKET.findall(_JSON_STRING.sub("", text))
    return max(0, max(accumulate(map(_BRACKET_STEP, brackets)), default=0))


#: What a text :func:`load_json` reads a value from may open with, once its wrappers and
#: blanks are taken off: the first character of a number, a string, an object or an
#: array, a comma or semicolon (skipped before a value is looked for) or a control
#: character (blanked); or one of the words of :data:`_JSON_WORDS`, whole.
_VALUE_OPENERS = frozenset('"{[-0123456789,;') | frozenset(
    chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))
)
#: The words a JSON value may be (Python's reader takes NaN and Infinity too), by their
#: first letter.
_JSON_WORDS = {"n": "null", "t": "true", "f": "false", "N": "NaN", "I": "Infinity"}


def _deeper_than(value: Any, bound: int) -> bool:
    """True when the JSON *value* nests objects and lists more than *bound* deep (as
    :func:`_json_depth` counts its text's brackets)."""
    if not isinstance(value, dict | list):
        return False
    # Level by level: *level* holds the containers one level deeper at each round (one
    # comprehension a level, not a generator and a tuple a container).
    level: list[Any] = [value]
    for _ in range(bound):
        level = [
            child
            for current in level
            for child in (current.values() if isinstance(current, dict) else current)
            if isinstance(child, (dict, list))
        ]
        if not level:
            return False
    return True


def _space_end(text: str, pos: int) -> int:
    """Where JSON's white space from *pos* on ends."""
    space = _JSON_SPACE.match(text, pos)
    return space.end() if space is not None else pos


#: The marks that open, end or escape a string in a script a template writes as
#: JavaScript: double and single quotes, a backslash, a slash (a ``//`` comment).
_STRING_MARK = re.compile(r"[\"'\\/]")
#: What follows a value's closing quote in JSON, white space skipped: the end of its
#: container, or a comma and the next key, item or container's end (a comment, a
#: single-quoted string too, as a template writing JavaScript puts them); a number or a
#: literal as the next item only whole, its own end after it ("Help", 1965 remaster" is
#: a string's own words).
_AFTER_VALUE = re.compile(
    r"[ \t\n\r]*(?:[}\]]|//|$|,[ \t\n\r]*(?:[\"'{\[\]}]|//"
    r"|(?:-?\d[\d.eE+-]*|true|false|null)[ \t\n\r]*(?:[,}\]]|//|$)))"
)
#: What follows any string's closing quote: that, or a key's colon.
_AFTER_STRING = re.compile(rf"[ \t\n\r]*:|{_AFTER_VALUE.pattern}")
#: A value's place: after a key's colon, a list's opening or an item's comma.
_VALUE_PLACE = re.compile(r"[:\[,][ \t\n\r]*$")
#: A key's value's place: after its colon (a string there is no key: no colon ends it).
_KEYS_VALUE_PLACE = re.compile(r":[ \t\n\r]*$")


def quotes_escaped(text: str) -> str:
    """*text* (JSON that does not parse) as JSON where a template wrote it as JavaScript:
    each double quote inside a string escaped where what follows it cannot follow a
    string's end (a value's own quotes left unescaped: ``"headline": "Sieger und
    "royaler Besuch" am Start"``; a quote followed by a colon, a container's end, or a
    comma and the next key or item closes its string, as in JSON; a colon, only a key's
    string: ``"headline": "Das "Aus": was nun"`` is one value), a string in single
    quotes in a value's place (``"description": 'Oil prices fell …'``) in double ones,
    and a ``//`` comment outside strings dropped to its line's end. One pass over the
    text's marks."""
    out: list[str] = []
    inside = False
    closing = _AFTER_STRING  # (what may follow the close of the string read)
    single = True  # (until a single quote finds no close: none after it would either)
    last = skip = 0
    for match in _STRING_MARK.finditer(text):
        at = match.start()
        mark = match.group()
        if at < skip:
            continue  # (the character a backslash escapes, a string or comment read)
        if mark == "\\":
            skip = at + 2
        elif inside:
            if mark != '"':
                continue
            if closing.match(text, at + 1):
                inside = False
            else:
                out.append(text[last:at])
                out.append("\\")
                last = at
        elif mark == '"':
            inside = True
            closing = _closing(text, at)
        elif mark == "/":
            if text.startswith("//", at):
                end = text.find("\n", at)
                skip = len(text) if end < 0 else end
                out.append(text[last:at])
                last = skip
        elif single and _VALUE_PLACE.search(text, max(0, at - 40), at):
            end = text.find("'", at + 1)
            closing = _closing(text, at)
            while end >= 0 and not closing.match(text, end + 1):
                end = text.find("'", end + 1)
            single = end >= 0
            if single:
                out.append(text[last:at])
                out.append(_json_string(text[at + 1 : end]))
                last = skip = end + 1
    out.append(text[last:])
    return "".join(out)


#: A JavaScript string's escape (``\\u00e9``, ``\\x41``, ``\\'``, ``\\n``) or a double quote.
_JS_ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.|$)|"', re.DOTALL)


def _json_string(body: str) -> str:
    """The JSON string of a single-quoted JavaScript string's *body*: its double quotes
    escaped, the escapes JSON shares kept (``\\n``, ``\\"``, ``\\u00e9``), ``\\x41`` as
    ``\\u0041``, and any other escaped character as itself (``\\'``; a backslash ending
    the body, none)."""

    def each(match: re.Match[str]) -> str:
        escaped = match.group(1)
        if escaped is None:
            return '\\"'
        if (len(escaped) == 1 and escaped in '"\\/bfnrt') or len(escaped) == 5:
            return match.group()
        if len(escaped) == 3:
            return "\\u00" + escaped[1:]
        return json.dumps(escaped, ensure_ascii=False)[1:-1]

    return '"' + _JS_ESCAPE.sub(each, body) + '"'


def _closing(text: str, at: int) -> re.Pattern[str]:
    """What may follow the close of the string *text* opens at *at*: a key's value's
    (after its colon) is no key, no colon follows it; another's may be a key."""
    return _AFTER_VALUE if _KEYS_VALUE_PLACE.search(text, max(0, at - 40), at) else _AFTER_STRING


def load_json(text: str, *, quotes: bool = False) -> list[Any]:
    """Every JSON value in a script; tolerates wrappers, trailing commas, control chars
    and several concatenated values, and with ``quotes`` a string's own double quotes
    left unescaped (:func:`quotes_escaped`: a JSON-LD template's bug). Returns [] for text
    that cannot be repaired, and for a script over :data:`MAX_JSONLD_CHARS` or nested
    deeper than :data:`MAX_JSONLD_DEPTH`."""
    if len(text) > MAX_JSONLD_CHARS:
        return []
    text = text.strip()
    if text.startswith(("<", "/")) or text.endswith(_CLOSERS):
        # Only then can a wrapper start or end it: a plain script is not searched whole.
        text = _unwrapped(text)
    text = text.strip().rstrip(";")
    if not text:
        return []
    if text[0] not in _VALUE_OPENERS:
        word = _JSON_WORDS.get(text[0])
        if word is None or not text.startswith(word):
            # No JSON value opens it (a script's code: "(function …", "window.x = …"):
            # neither reading below finds one, and a long script is not scanned.
            return []
    decoder = _DECODER
    try:  # as ``json.loads`` reads: white space, a value, white space
        first: tuple[Any, int] | None = decoder.raw_decode(text, _space_end(text, 0))
    except (ValueError, RecursionError):  # (nested far deeper than the bound)
        first = None
    if text.count("[") + text.count("{") > MAX_JSONLD_DEPTH and (
        _json_depth(text) > MAX_JSONLD_DEPTH
        if first is None
        # The value read holds the text's brackets up to its end, balanced: its depth,
        # then the depth of the rest (code, more values) as the scan of the whole counts.
        else _deeper_than(first[0], MAX_JSONLD_DEPTH)
        or _json_depth(text[first[1] :]) > MAX_JSONLD_DEPTH
    ):
        return []
    if first is not None and _space_end(text, first[1]) == len(text):
        return [first[0]]  # the whole text is one value
    repaired = _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))
    if quotes and first is None and '"' in repaired:
        try:
            decoder.raw_decode(repaired, _space_end(repaired, 0))
        except (ValueError, RecursionError):
            repaired = quotes_escaped(repaired)
    values: list[Any] = []
    pos = 0
    if first is not None and repaired == text:
        # Concatenated values, or a value and code after it ("{…};window.x = …"): when the
        # repairs changed nothing the first value is the one just read, not read again.
        values.append(first[0])
        pos = first[1]
    text = repaired
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


def item_types(item: dict[str, Any]) -> set[str]:
    """The item's ``@type`` names, casefolded, without a vocabulary's IRI or ``schema:``
    prefix (``"http://schema.org/NewsArticle"``, ``"schema:NewsArticle"`` ->
    ``"newsarticle"``)."""
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {
        k.rsplit("/", 1)[-1].lower().removeprefix("schema:") for k in kinds if isinstance(k, str)
    }


#: How JSON-LD may spell a schema.org property besides its plain term (a ``@context``
#: mapping the ``schema`` prefix, or no context and full IRIs), as some CMSs write it.
_SCHEMA_PREFIXES = ("schema:", "http://schema.org/", "https://schema.org/")


def schema_key(item: dict[str, Any], term: str) -> str | None:
    """The key under which *item* states schema.org property *term*: the term itself,
    else its prefixed or IRI spelling (:data:`_SCHEMA_PREFIXES`); None without one."""
    if term in item:
        return term
    return next((k for p in _SCHEMA_PREFIXES if (k := p + term) in item), None)


def date_value(item: dict[str, Any], term: str) -> Any:
    """*item*'s date property *term* (any spelling of :func:`schema_key`), a JSON-LD value
    object's ``@value`` unwrapped (``{"@value": "2024-03-14", "@type": "Date"}``, alone
    or in a list), through :func:`epoch_date`; None without one."""
    key = schema_key(item, term)
    if key is None:
        return None
    value = item[key]
    if isinstance(value, list):
        value = [v.get("@value") if isinstance(v, dict) else v for v in value]
    elif isinstance(value, dict):
        value = value.get("@value")
    return epoch_date(value)


def jsonld_items(value: Any) -> Iterator[tuple[dict[str, Any], int]]:
    """Objects of a JSON-LD value with their nesting depth, in document order: lists,
    ``@graph``, main-entity keys and a lone ``hasPart`` object are walked; other
    properties (related items, breadcrumbs, a collection's list of parts) are not.
    A stack, not recursion, and at most 6 object levels deep."""
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
            if isinstance(part := current.get("hasPart"), dict):
                nested.append(part)  # the one part of a page (not a collection's parts)
            stack.extend((item, depth + 1) for item in reversed(nested))


def itemtype_name(itemtype: object) -> str:
    """The schema.org type a microdata ``itemtype`` names, casefolded
    (``"https://schema.org/NewsArticle/"`` -> ``"newsarticle"``; empty without one)."""
    return str(itemtype or "").rstrip("/").rsplit("/", 1)[-1].casefold()


def page_items(element: HtmlElement, word: str) -> Iterator[dict[str, Any]]:
    """The JSON-LD items (nested ones too) of *element*'s page, read only from the
    ``ld+json`` scripts whose text, casefolded, holds *word* (a cheap test before
    parsing: ``"liveblog"``, ``'"comment"'``)."""
    for script in element.getroottree().getroot().iter("script"):
        text = script.text or ""
        if "ld+json" not in str(script.get("type") or "") or word not in text.casefold():
            continue
        for value in load_json(text):
            for item, _ in jsonld_items(value):
                yield item


def jsonld_kind(item: dict[str, Any], depth: int) -> str | None:
    types = item_types(item)
    if types & ARTICLE_TYPES:
        return "jsonld-article"
    if types & WEBPAGE_TYPES:
        return "jsonld-page"
    if depth == 0 and types and not types & REPLY_TYPES:
        return "jsonld-other"
    return None


#: Deepest nesting of lists in a JSON-LD ``author`` value read (the outer list counts
#: one): a CMS nests a list or two; deeper items (a crafted page's) are left out.
MAX_AUTHOR_NESTING = 5


def _flat_items(value: Any, depth: int) -> Iterator[Any]:
    """The items of *value*, lists within it flattened up to *depth* levels of lists;
    the items of deeper lists are left out."""
    if not isinstance(value, list):
        yield value
    elif depth > 0:
        for item in value:
            yield from _flat_items(item, depth - 1)


def author_names(value: Any, base: str) -> list[dict[str, str | None]]:
    """Authors of a JSON-LD ``author`` value (object, list of objects, or names; a list
    nested in the list is read as its items, to any depth up to
    :data:`MAX_AUTHOR_NESTING`: ``[{…}, [{…}]]``, ``[[[{…}]], "…"]``, a CMS appending
    another author list); a ``Person`` without ``name`` is named by ``givenName`` and
    ``familyName``, and a value that holds several names ("Anna Holm und Jonas Berg,
    dpa") gives each."""
    out: list[dict[str, str | None]] = []
    for item in _flat_items(value, MAX_AUTHOR_NESTING):
        url: Any = None
        if isinstance(item, dict):
            name = unescaped(clean(item.get("name")))
            if name is None:
                parts = (clean(item.get(k)) for k in ("givenName", "familyName"))
                name = " ".join(p for p in parts if p) or None
            url = item.get("url") or item.get("@id")
        else:
            name = unescaped(clean(item))
        if name is None:
            continue
        names = split_names(name)
        link = absolute(base, url) if isinstance(url, str) and len(names) == 1 else None
        out.extend({"name": n, "url": link} for n in names)
    return out


def publisher_names(article: dict[str, Any], meta: dict[str, str]) -> list[str]:
    """Names of the publication: JSON-LD ``publisher``, ``og:site_name``, and authors
    typed as organisations."""
    found = [meta.get("og:site_name")]
    publisher = article.get("publisher")
    authors = article.get("author")
    for item in [publisher, *(authors if isinstance(authors, list) else [authors])]:
        if isinstance(item, dict) and (
            item is publisher or any("organization" in t for t in item_types(item))
        ):
            found.append(item.get("name"))
    return [name for name in (clean(f) for f in found) if name]


def image_url(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value.strip() if isinstance(value, str) and value.strip() else None
