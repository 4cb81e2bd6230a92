"""Every generic word list and pattern the extractors use, named in one place.

Site-specific words (a paper's name, its own box titles) live in ``newscrawl/sites/``
and are passed in; what is here holds for news pages in general.
"""

from __future__ import annotations

import re

#: Headings of boxes that list other stories (compared lower-cased, whitespace-normalised).
SIDEBAR_HEADINGS: frozenset[str] = frozenset(
    {
        "opinion",
        "editorial",
        "editorials",
        "columns",
        "columnists",
        "letters",
        "blogs",
        "most popular",
        "most read",
        "most viewed",
        "most shared",
        "popular",
        "popular now",
        "trending",
        "trending now",
        "latest",
        "latest news",
        "latest stories",
        "top stories",
        "top reads",
        "related",
        "related stories",
        "related articles",
        "related news",
        "more stories",
        "more news",
        "more from this section",
        "recommended",
        "recommended for you",
        "you may also like",
        "you might also like",
        "read next",
        "editor's picks",
        "editors' picks",
        "in focus",
        "must read",
        "don't miss",
    }
)

#: Inline links between paragraphs: "Also read: <headline>". Group 1 is the label.
RELATED_LINK = re.compile(
    r"^\s*(also read|read also|also see|see also|read more|more on this|related|read)"
    r"\s*[:|–—-]\s*(\S.*)$",
    re.IGNORECASE,
)

#: Page chrome that flattened text carries around a story; never body, never a record.
CHROME_LINES: tuple[re.Pattern[str], ...] = (
    re.compile(r"^today'?s paper\s*\|", re.IGNORECASE),
    re.compile(r"^(read|view|show|load)\s+(\d+\s+)?comments?(\s*\(\d+\))?$", re.IGNORECASE),
    re.compile(r"^comments?\s*\(\d+\)$", re.IGNORECASE),
    re.compile(r"^(next|previous)\s+story$", re.IGNORECASE),
    re.compile(r"^(share|share this|share on \w+|facebook|twitter|x|whatsapp|email|print)$", re.I),
    re.compile(r"^follow us on\b.{0,60}$", re.IGNORECASE),
    re.compile(r"^[A-Z0-9-]+\.(COM|PK|NET|ORG|CO\.UK|IN)$"),
)

#: Endings of chrome lines ("<headline> Next Story"), lower case.
CHROME_SUFFIXES: tuple[str, ...] = (" next story", " previous story")

#: All of :data:`CHROME_LINES` as one pattern (one match call per line).
CHROME = re.compile(
    "|".join(
        f"(?:{p.pattern})" if not p.flags & re.I else f"(?i:{p.pattern})" for p in CHROME_LINES
    )
)

#: A place line opening a story: "KARACHI: …", "DERA ISMAIL KHAN, Oct 14: …",
#: "LONDON (Reuters) - …". Group 1 is the place.
DATELINE = re.compile(
    r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z]{2,8}\.? \d{1,2})?(?:\s*\([A-Za-z .]{2,30}\))?"
    r"\s*(?::|\s[–—-])\s+\S"
)

#: Byline line in flattened text ("By Imran Ayub").
BYLINE = re.compile(r"^by\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})$", re.IGNORECASE)

#: Words a signature's name line may hold besides capitalised names.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binte", "ul", "ud", "al", "de", "van", "von", "da", "e", "ur"}
)

#: Separators between items of flattened "trending" lists.
LIST_SEPARATORS: frozenset[str] = frozenset({"-", "–", "—", "•", "*", "|"})

#: How a teaser cut short by the site ends.
ELLIPSES: tuple[str, ...] = ("...", "…")

#: Sentence-final punctuation: a line ending in one is prose, not a heading or title.
PROSE_END = re.compile(r"[.!;:,\"”’)]$")

#: Print-edition footer closing a story: "Published in Dawn, October 24th, 2024".
PRINT_FOOTER = re.compile(
    r"^(?i:published|printed|appeared) in (?i:the )?[A-Z][\w .&'’-]{1,40},\s*\S"
)

#: Text of anti-bot challenge and block pages ("Checking your browser…"), lower case.
CHALLENGE_MARKERS: tuple[str, ...] = (
    "checking your browser",
    "just a moment...",
    "cf-browser-verification",
    "challenge-platform",
    "attention required! | cloudflare",
    "enable javascript and cookies to continue",
    "verify you are human",
    "access denied",
    "are you a robot",
)


def is_challenge(text: str) -> bool:
    """True when a page's start reads like a bot challenge or block page, not content."""
    head = text[:20000].lower()
    return any(marker in head for marker in CHALLENGE_MARKERS)
