"""A JSON-LD template that writes a value's own double quotes unescaped
(``"headline": "Sieger und "royaler Besuch" am Start"``): the script is read with those
quotes escaped (``jsonld.quotes_escaped``), so the article's headline, dates and authors
are not lost with it."""

from __future__ import annotations

import json

import pytest

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.jsonld import load_json, quotes_escaped

URL = "https://news.example/2024/04/28/marathon.html"
HEADLINE = 'Winner and "royal visit" at the marathon'


def _page(script: str, h1: str = "Marathon day") -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>Marathon | News</title>"
        f"<script type='application/ld+json'>{script}</script></head><body><main><article>"
        f"<h2>{h1}</h2><p>The runners set off at nine in the morning.</p>"
        "</article></main></body></html>"
    ).encode()


def _article(headline: str, description: str = "The day in brief") -> str:
    return (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "{headline}", "description": "{description}", '
        '"datePublished": "2024-04-28T10:00:00+02:00", '
        '"author": {"@type": "Person", "name": "Anna Muster"}}'
    )


def test_a_json_ld_value_with_its_own_quotes_unescaped_is_read() -> None:
    """The quotes inside the headline, and a description whose quote is followed by a
    comma and a word (not the next key), are the strings' own: headline, day and author
    come from the script."""
    for description in ("The day in brief", "She said 'run fast\", then left"):
        script = _article(HEADLINE, description)
        with pytest.raises(ValueError):
            json.loads(script)
        (value,) = load_json(script, quotes=True)
        assert value["headline"] == HEADLINE
        assert value["description"] == description
        found = generic_article(selector(_page(script)).root, URL)
        assert found.headline == HEADLINE
        assert [a["name"] for a in found.authors] == ["Anna Muster"]
        assert found.dates[0].raw.startswith("2024-04-28")


@pytest.mark.parametrize(
    "text",
    [
        '{"headline": "He said \\"yes\\", then \\"no\\"", "n": [1, "a", true, null]}',
        '{"a": "x", "b": ["y", {"c": "z"}], "d": "e\\\\"}',
        '{"headline": "Quote \\u0022 and comma \\", \\" inside"}',
    ],
)
def test_valid_json_is_left_as_it_is(text: str) -> None:
    """Must not fire: valid JSON (escaped quotes, a backslash ending a string, nested
    containers) is the same text after the repair and reads as ``json.loads`` reads it."""
    assert quotes_escaped(text) == text
    assert load_json(text, quotes=True) == [json.loads(text)]


def test_only_json_ld_is_repaired() -> None:
    """Must not fire: ``load_json`` without ``quotes`` (the framework states and data
    scripts read for a day) reads no value from such text; a quote followed by a colon
    closes a key's string as in JSON, and a script it leaves unreadable gives nothing."""
    script = _article(HEADLINE)
    assert load_json(script) == []
    assert load_json('{"tags": ["Das "Aus": was nun"], "x": 1}', quotes=True) == []


def test_a_quote_before_a_colon_in_a_value_is_the_values_own() -> None:
    """A string in a key's value's place (after its colon) is no key: a quote of its own
    followed by a colon does not close it, in double quotes or in single ones; the next
    key's string closes before its colon still."""
    script = '{"headline": "Das "Aus": was nun", "x": 1}'
    assert load_json(script, quotes=True) == [{"headline": 'Das "Aus": was nun', "x": 1}]
    script = "{\"headline\": 'Das 'Aus': was nun', \"x\": 1}"
    assert load_json(script, quotes=True) == [{"headline": "Das 'Aus': was nun", "x": 1}]


def test_a_quote_before_a_comma_and_a_number_in_words_is_the_strings_own() -> None:
    """A quote followed by a comma and a number or a literal that words follow (``"Help",
    1965 remaster``, ``"true", false story``) is the string's own; followed by a whole
    item (a list's number, ``true``, ``null`` before a comma or the list's end) it closes
    its string (must not fire: those lists read as JSON)."""
    for headline in ('Beatles "Help", 1965 remaster', 'A "true", false story'):
        script = f'{{"headline": "{headline}", "n": [1, -2.5e3, true, null]}}'
        assert load_json(script, quotes=True) == [
            {"headline": headline, "n": [1, -2500.0, True, None]}
        ]
    script = '{"headline": "A "b" c", "n": ["x", 1, "y", true , null]}'
    assert load_json(script, quotes=True) == [
        {"headline": 'A "b" c', "n": ["x", 1, "y", True, None]}
    ]


def test_a_json_ld_script_written_as_javascript_is_read() -> None:
    """A template writing JavaScript: a value in single quotes (its own double quotes and
    an escaped apostrophe inside), single-quoted items of a list, a ``//`` comment after
    an item (a slash pair inside a string, a URL's, stays): the script is read."""
    script = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", //"BlogPosting",\n'
        f"\"headline\": '{HEADLINE}', \"keywords\": ['run', 'city'],\n"
        '"description": \'It\\\'s the day\', "url": "https://news.example/a//b",\n'
        '"datePublished": "2024-04-28T10:00:00+02:00"}'
    )
    (value,) = load_json(script, quotes=True)
    assert value["headline"] == HEADLINE
    assert value["@type"] == "NewsArticle"
    assert value["keywords"] == ["run", "city"]
    assert value["description"] == "It's the day"
    assert value["url"] == "https://news.example/a//b"
    assert generic_article(selector(_page(script)).root, URL).headline == HEADLINE


def test_a_single_quoted_values_escapes_are_read_as_javascript_reads_them() -> None:
    """A single-quoted value's escapes mean what they mean in JavaScript: ``\\u00e9`` is
    "é", ``\\n`` a new line, ``\\"`` a double quote, ``\\x41`` "A", ``\\'`` an apostrophe,
    ``\\\\`` one backslash (no backslash of them left in the value)."""
    script = (
        r"""{"headline": 'Caf\u00e9 owner\'s \"last\" day\nin \x41rles', """
        r"""  "path": 'C:\\news', "x": 1}"""
    )
    assert load_json(script, quotes=True) == [
        {"headline": 'Café owner\'s "last" day\nin Arles', "path": "C:\\news", "x": 1}
    ]


def test_an_apostrophe_in_a_double_quoted_value_opens_no_string() -> None:
    """Must not fire: apostrophes inside double-quoted strings, and one after a word
    outside any value's place, are no single-quoted strings."""
    text = '{"headline": "It\'s the runners\' day", "n": "a \'b\' c"}'
    assert quotes_escaped(text) == text
    assert load_json(text, quotes=True) == [json.loads(text)]
