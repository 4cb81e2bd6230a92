"""Shapes of single lines for teaser boxes that have no heading in flattened text.

A box of links to other stories, flattened without its title, is a run of lines shaped
like headlines: a few words each, no sentence punctuation at the end, often the same
separator between them ("Headline |" or "Headline -" at each line's end) or, on sites
that capitalise headlines, Title Case. A story's own closing lines can look alike (a
list of names, places or bullet points, a verse), so these shapes only open a box where
the story has visibly ended: see :mod:`newscrawl.extraction.text` for how they combine.
Everything here is about one line's shape, no vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from newscrawl.extraction.vocabulary import ELLIPSES, LIST_SEPARATORS, PROSE_END

#: An untitled headline is 2 to 16 words: fewer is a name or a label, more is a sentence.
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 16
#: Lines without separators: at least this many, this many words in the middle one, and
#: this share of their long words capitalised (Title Case, not a sentence or a verse).
MIN_RUN = 3
MIN_MEDIAN_WORDS = 3
MIN_TITLE_CASE = 0.75
#: A "long" word: short ones ("of", "the", "for", "and") stay lower case in Title Case.
LONG_WORD = 4

#: A story's own list item: "• Item", "- Item", "1. Item", "a) Item".
_LIST_ITEM = re.compile(r"^(?:[-–—•*·|]|\d{1,2}[.)]|[a-z][.)])(?:\s|$)")
#: An attribution closing a story: "— Reuters", "-AFP", "— Staff reporter".
_ATTRIBUTION = re.compile(r"^[-–—]\s*[A-Z][^.!?]{0,40}$")
_QUOTES = "\"'“”‘’«»„(["


def trailing_mark(text: str) -> str | None:
    """The list separator *text* ends with ("Rupee closes flat |" → "|"), if it is the
    line's only one (a table row or a verse with dashes inside is not a list item)."""
    if len(text) < 3 or text[-2] != " " or text[-1] not in LIST_SEPARATORS:
        return None
    mark, head = text[-1], text[:-2]
    if mark in head.split() or (mark != "-" and mark in head):
        return None
    return mark


def without_mark(text: str) -> str:
    """*text* without its trailing list separator."""
    return text[:-2].rstrip() if trailing_mark(text) else text


def is_headline(text: str) -> bool:
    """A line shaped like a headline: a few words, not a sentence, not a list item."""
    text = without_mark(text)
    words = text.split()
    return (
        MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS
        and not _LIST_ITEM.match(text)
        and not text.endswith(ELLIPSES)
        and not (PROSE_END.search(text) and not text.endswith(("?", "!", "’", '"', "”")))
        and any(ch.isalpha() for ch in text)
    )


def title_case_share(texts: Sequence[str]) -> float | None:
    """Share of the long words (after each line's first) that start with a capital;
    None when there are none or the script has no case."""
    upper = total = 0
    for text in texts:
        for token in without_mark(text).split()[1:]:
            word = token.lstrip(_QUOTES)
            if sum(ch.isalpha() for ch in word) < LONG_WORD or not word[:1].isalpha():
                continue
            if word[0].isupper():
                upper, total = upper + 1, total + 1
            elif word[0].islower():
                total += 1
    return upper / total if total else None


def is_title_case_run(texts: Sequence[str]) -> bool:
    """Enough headline lines, long enough, mostly in Title Case: a list of other stories."""
    if len(texts) < MIN_RUN or not all(is_headline(t) for t in texts):
        return False
    share = title_case_share(texts)
    return (
        share is not None
        and share >= MIN_TITLE_CASE
        and median(len(t.split()) for t in texts) >= MIN_MEDIAN_WORDS
    )


def is_marked_run(texts: Sequence[str]) -> bool:
    """Headline lines each ending in the same separator (the last one may go without)."""
    if len(texts) < 2 or not all(is_headline(t) for t in texts):
        return False
    marks = [trailing_mark(t) for t in texts]
    if marks[-1] is None:
        marks = marks[:-1]
    return len(marks) >= 2 and marks[0] is not None and len(set(marks)) == 1


def is_attribution(text: str) -> bool:
    """A closing credit line: "— Reuters" or a wholly parenthesised "(Reporting by …)"."""
    return bool(_ATTRIBUTION.match(text)) or (
        text.startswith("(") and text.endswith(")") and len(text.split()) <= 25
    )


__all__ = [
    "is_attribution",
    "is_headline",
    "is_marked_run",
    "is_title_case_run",
    "title_case_share",
    "trailing_mark",
    "without_mark",
]
