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

from newscrawl.extraction.vocabulary import ELLIPSES, LIST_SEPARATORS, PROSE_END

#: An untitled headline is 2 to 16 words: fewer is a name or a label, more is a sentence.
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 16
#: Lines without separators: at least this many, most of them this many words or more,
#: and this share of their long words capitalised (Title Case, not a sentence or a verse).
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


def _case_counts(text: str) -> tuple[int, int]:
    """Long words after the line's first: ``(capitalised, all)``; uncased scripts count 0."""
    upper = total = 0
    for token in without_mark(text).split()[1:]:
        word = token.lstrip(_QUOTES)
        if sum(ch.isalpha() for ch in word) < LONG_WORD or not word[:1].isalpha():
            continue
        if word[0].isupper():
            upper, total = upper + 1, total + 1
        elif word[0].islower():
            total += 1
    return upper, total


class RunIndex:
    """The untitled run starting at any item line, checked in constant time.

    ``texts`` are a tail's item lines in order: the text of a plain line, ``None`` for a
    heading (a run ends there) and ``""`` for a line that cannot be part of a run (a date,
    a separator, a footer). One pass from the end fills suffix counts, so asking at every
    candidate start costs no second pass over the run (a page of a thousand headline
    lines stays linear).
    """

    def __init__(self, texts: Sequence[str | None]) -> None:
        n = len(texts)
        self.end = [n] * (n + 1)  # index of the heading (or the end) closing k's run
        self.plain = [False] * (n + 1)  # k .. end-1 are all headline lines
        self.same = [0] * (n + 1)  # lines from k ending in k's mark, in a row
        self.marks: list[str | None] = [None] * (n + 1)
        # suffix sums: capitalised long words, long words, lines of >= MIN_MEDIAN_WORDS
        self.upper, self.total, self.wordy = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            text = texts[k]
            if text is None:
                self.end[k] = k
                self.upper[k], self.total[k], self.wordy[k] = (
                    self.upper[k + 1], self.total[k + 1], self.wordy[k + 1]
                )  # fmt: skip
                continue
            end = self.end[k] = self.end[k + 1]
            mark = self.marks[k] = trailing_mark(text)
            self.plain[k] = is_headline(text) and (k + 1 == end or self.plain[k + 1])
            if mark is not None:
                continues = k + 1 < end and self.marks[k + 1] == mark
                self.same[k] = 1 + (self.same[k + 1] if continues else 0)
            upper, total = _case_counts(text)
            self.upper[k] = self.upper[k + 1] + upper
            self.total[k] = self.total[k + 1] + total
            self.wordy[k] = self.wordy[k + 1] + (len(text.split()) >= MIN_MEDIAN_WORDS)

    def marked(self, k: int) -> bool:
        """Headline lines from *k* to the run's end, each ending in the same separator
        (the last one may go without)."""
        end, same = self.end[k], self.same[k]
        return (
            self.plain[k]
            and same >= 2
            and (k + same == end or (k + same == end - 1 and self.marks[end - 1] is None))
        )

    def title_case(self, k: int) -> bool:
        """At least MIN_RUN headline lines from *k* to the run's end, most of them of
        MIN_MEDIAN_WORDS words or more, in Title Case."""
        end = self.end[k]
        lines = end - k
        total = self.total[k] - self.total[end]
        return (
            self.plain[k]
            and lines >= MIN_RUN
            and total > 0
            and (self.upper[k] - self.upper[end]) >= MIN_TITLE_CASE * total
            and 2 * (self.wordy[k] - self.wordy[end]) > lines
        )


def is_attribution(text: str) -> bool:
    """A closing credit line: "— Reuters" or a wholly parenthesised "(Reporting by …)"."""
    return bool(_ATTRIBUTION.match(text)) or (
        text.startswith("(") and text.endswith(")") and len(text.split()) <= 25
    )


__all__ = [
    "RunIndex",
    "is_attribution",
    "is_headline",
    "trailing_mark",
    "without_mark",
]
