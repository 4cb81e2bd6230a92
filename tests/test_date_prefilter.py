"""The look-aheads of the date and label searches (:data:`~.dates._DATE_FIRST`,
:data:`~.dates._LABEL_FIRST`) are prefilters: every date and label the searches find
without them they find with them, in any case."""

from __future__ import annotations

import re

import pytest

from newscrawl.extraction import dates

_WITHOUT = rf"(?<![\w.])(?:{dates._ABS}|{dates._REL})(?![\w])"
_PLAIN = {
    "date": (dates._DATE_SEARCH, re.compile(_WITHOUT, re.IGNORECASE)),
    "label": (dates._LABEL_SEARCH, re.compile(rf"(?<!\w){dates._LABEL}", re.IGNORECASE)),
    "unit": (
        dates._DATE_UNIT,
        re.compile(rf"\s*[|•·,;/–—-]?\s*(?:{dates._LABEL})?{_WITHOUT}", re.IGNORECASE),
    ),
}
_OPENINGS = [
    # each kind of opening: a figure, a weekday, a month, a relative date, a label
    "14.03.2024 10:15", "2024-03-14", "14 March 2024", "Monday, 14 March 2024",
    "Tue 5 Mar 2024", "Wed, Jan 3, 2024", "Thursday 14 March 2024", "Fri 1 Feb 2024",
    "Sat 6 Apr 2024", "Sunday 7 July 2024", "June 5, 2024", "Aug 5 2024", "Sept 5, 2024",
    "Oct 5, 2024", "Nov 5, 2024", "Dec 5, 2024", "May 5, 2024", "a day ago", "an hour ago",
    "one week ago", "3 hours ago", "just now", "right now", "a few seconds ago",
    "moments ago", "minutes ago", "today, 10:15", "yesterday at 9 am",
    "Last updated: 14 March 2024", "Updated 14.03.2024", "modified on 14.03.2024",
    "edited - 14.03.2024", "first published 14 March 2024", "originally posted 14.03.2024",
    "Published in The Harbour Post, 14 March 2024",
]  # fmt: skip


def _spellings(text: str) -> list[str]:
    """*text* as written, in upper case, title case, with "ſ" for "s", after a word."""
    return [text, text.upper(), text.title(), text.replace("s", "ſ"), f"Posted: {text}"]


@pytest.mark.parametrize("kind", sorted(_PLAIN))
@pytest.mark.parametrize("text", _OPENINGS)
def test_the_look_ahead_changes_no_match(kind: str, text: str) -> None:
    led, plain = _PLAIN[kind]
    for spelt in _spellings(text):
        for search in ("finditer", "match"):
            found = getattr(led, search)(spelt)
            wanted = getattr(plain, search)(spelt)
            if search == "match":
                found, wanted = [found] if found else [], [wanted] if wanted else []
            assert [(m.span(), m.groupdict()) for m in found] == [
                (m.span(), m.groupdict()) for m in wanted
            ], spelt


def test_every_opening_is_found() -> None:
    for text in _OPENINGS:
        assert dates._DATE_SEARCH.search(text) or dates._LABEL_SEARCH.search(text), text


def test_a_word_opening_otherwise_is_passed_over() -> None:
    assert dates._DATE_SEARCH.search("Bericht, Kapitel und Hinweis") is None
    assert dates._LABEL_SEARCH.search("Reposted and unedited") is None
