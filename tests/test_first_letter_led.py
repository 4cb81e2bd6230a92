"""The first-letter look-ahead of the vocabulary's word-list patterns
(:func:`~newscrawl.extraction.vocabulary.first_letter_led`) is a prefilter: it lets
through every character that can open one of its alternatives, in every case, and
never changes a match."""

from __future__ import annotations

import re

import pytest

from newscrawl.extraction import vocabulary as voc
from newscrawl.extraction.vocabulary import first_letter_led


def test_the_look_ahead_names_each_alternatives_first_character() -> None:
    assert first_letter_led("posted|published|écrit") == "(?=[pé])(?:posted|published|écrit)"
    # an alternative's own groups and escapes are no alternatives of the list
    led = first_letter_led(r"next\s+review(?:\s+due)?|zuletzt\s+geprüft")
    assert led.startswith("(?=[nz])")


@pytest.mark.parametrize("alternatives", [r"(?:page\s+)?last", r"\d+|day", "a||b"])
def test_an_alternative_without_a_plain_first_character_is_refused(alternatives: str) -> None:
    with pytest.raises(ValueError, match="no plain first character"):
        first_letter_led(alternatives)


@pytest.mark.parametrize(
    "pattern", [voc.PUBLICATION_VERBS, voc.PUBLISHED_LABELS, voc.MODIFIED_LABELS]
)
def test_every_character_a_first_letter_matches_passes_the_class(pattern: re.Pattern[str]) -> None:
    """Case-blind, a class matches what its letters match one by one (``ſ`` an ``s``,
    ``É`` an ``é``): every character of Unicode is asked."""
    klass = re.search(r"\(\?=(\[[^]]+\])\)", pattern.pattern)
    assert klass is not None
    letters = "|".join(re.escape(c) for c in klass.group(1)[1:-1].replace("\\", ""))
    one_by_one = re.compile(f"(?:{letters})", pattern.flags)
    as_class = re.compile(klass.group(1), pattern.flags)
    for code in range(0x110000):
        char = chr(code)
        assert (one_by_one.fullmatch(char) is None) == (as_class.fullmatch(char) is None), char


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (
            voc.PUBLICATION_VERBS,
            "Dieser Beitrag wurde am 3. März VERÖFFENTLICHT",
            "VERÖFFENTLICHT",
        ),
        (voc.PUBLICATION_VERBS, "Ce billet a été Écrit le 3 mars", "Écrit"),
        (voc.PUBLICATION_VERBS, "发布于 2024年3月14日", "发布于"),
        (voc.PUBLISHED_LABELS, "Stand und Publiſhed: 14.03.2024", "Publiſhed"),
        (voc.MODIFIED_LABELS, "Page last reviewed: 14 March 2024", "Page last reviewed"),
        (voc.MODIFIED_LABELS, "Last reviewed: 14 March 2024", "Last reviewed"),
    ],
)
def test_a_word_of_the_list_is_found_in_any_case(
    pattern: re.Pattern[str], text: str, found: str
) -> None:
    match = pattern.search(text)
    assert match is not None
    assert match.group() == found


def test_a_word_only_opening_like_one_is_not_found() -> None:
    assert voc.PUBLICATION_VERBS.search("reposted, unpublished, pasted 14.03.2024") is None
