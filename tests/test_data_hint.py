"""``data_hint``: the cased pattern that finds the script words of a publication day gives
the answer of the case-blind one (``_DATA_HINT``), which it stands for over every script
of a page."""

from __future__ import annotations

import re

import pytest

from newscrawl.extraction.meta_page import _DATA_HINT, _DATA_HINT_CASED, data_hint


def test_the_cased_letters_are_the_case_blind_ones() -> None:
    """Each letter class of the cased pattern holds exactly the characters its letter
    matches under ``re.IGNORECASE`` (read over the Basic Multilingual Plane)."""
    classes = re.findall(r"\[([^\]]+)\]", _DATA_HINT_CASED.pattern)
    assert classes
    for members in classes:
        letter = members[1]  # "[Pp]": the lower-case letter second
        blind = re.compile(letter, re.IGNORECASE)
        matched = {chr(c) for c in range(0x10000) if blind.fullmatch(chr(c))}
        assert matched == set(members), letter


@pytest.mark.parametrize(
    "text",
    [
        'window.__STATE__ = {"publishedAt": "2024-03-14"}',
        "var pubDate = '2024-03-14';",
        "var PUB_DATE = '2024-03-14';",
        '{"publication": {"day": "2024-03-14"}}',
        '{"display_date": "2024-03-14"}',
        "var displayDate = x;",
        "var DİSPLAYDATE = x; var pUblİſh = y;",  # IGNORECASE's other i and s
        # Must not fire: no word of a publication day.
        "function display(x) { return replay(x); }",
        "public static void main() { playDate(); }",
        "var updated = '2024-03-14';",
        "",
    ],
)
def test_data_hint_answers_as_the_case_blind_pattern(text: str) -> None:
    assert data_hint(text) == (_DATA_HINT.search(text) is not None)


def test_data_hint_fires_and_does_not() -> None:
    assert data_hint("var pubDate = '2024-03-14';")
    assert not data_hint("public static void main() { playDate(); }")
