"""Author names out of a byline's text: ``by Jonas Berg`` → ``["Jonas Berg"]``.

The words (prefixes, separators, roles) are in :mod:`newscrawl.extraction.vocabulary`;
which elements are bylines is decided by :mod:`newscrawl.extraction.metadata`.
"""

from __future__ import annotations

from newscrawl.extraction.vocabulary import (
    BYLINE_PARTICLES,
    BYLINE_PREFIX,
    BYLINE_ROLES,
    BYLINE_SEPARATOR,
)

#: A name longer than this is a sentence (an author's bio), not a name.
_MAX_NAME_WORDS = 5


def _person(part: str) -> str | None:
    """*part* when it reads as a person's name: one to five words, no digit, every word
    capitalised (or in a script without case) but for particles ("von", "al")."""
    name = part.strip(" \t.:;-–—()[]\"'“”‘’")
    words = name.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or any(c.isdigit() for c in name):
        return None
    if any(w.lower().strip(".,") in BYLINE_ROLES for w in words) or "@" in name:
        return None
    for word in words:
        if word[0].islower() and word not in BYLINE_PARTICLES:
            return None
    return name


def byline_names(text: str) -> list[str]:
    """The names a byline's text gives, in order, without its "By"/"Von"/"Par" prefix,
    split at commas and "and"; parts that are no name (a date, "Staff Writer", a
    sentence) are dropped, so a date-only byline gives none."""
    text = " ".join(text.split())
    stripped = BYLINE_PREFIX.sub("", text, count=1)
    names: list[str] = []
    for part in BYLINE_SEPARATOR.split(stripped):
        name = _person(part)
        if name is not None and name not in names:
            names.append(name)
    return names
