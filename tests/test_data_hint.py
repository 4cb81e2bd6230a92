"""Reading every script of a page for a publication day, fast: ``data_hint`` (a cased
pattern) gives the answer of the case-blind ``_DATA_HINT`` it stands for, and
``load_json`` reads no value out of a script's code without scanning it."""

from __future__ import annotations

import re

import pytest

from newscrawl.extraction.jsonld import _JSON_WRAPPER, _json_depth, _unwrapped, load_json
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


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A script's code opens with no JSON value: nothing read, however long it runs.
        ("(function(){ var pubDate = {a: 1}; })();" * 50, []),
        ('window.__STATE__ = {"publishedAt": "2024-03-14"};', []),
        ("// <![CDATA[\nvar x = {};\n// ]]>", []),
        ("function f() {}", []),
        # Must still read: a value, the words JSON knows, a leading comma or control.
        ('{"a": 1}', [{"a": 1}]),
        ("null", [None]),
        ("true false", [True, False]),
        ('nullify({"a": 1})', [None]),
        (', {"a": 1}', [{"a": 1}]),
        ('\x01{"a": 1}', [{"a": 1}]),
        ('<!-- {"a": 1} -->', [{"a": 1}]),
    ],
)
def test_load_json_reads_no_value_from_code(text: str, values: list[object]) -> None:
    assert load_json(text) == values


@pytest.mark.parametrize(
    "text",
    [
        '<!-- {"a": 1} -->',
        '// <![CDATA[\n{"a": 1}\n// ]]>',
        '<![CDATA[{"a": 1}]]>',
        '{"a": "-->"} //   \n  -->',
        "// -->",
        "<!---->",
        "<!-->",
        '{"a": 1}',  # no wrapper: nothing taken off
        '{"a": "x --> y"}',  # a closer inside: not at the end, stays
    ],
)
def test_a_wrapper_comes_off_as_the_one_pattern_takes_it(text: str) -> None:
    assert _unwrapped(text) == _JSON_WRAPPER.sub("", text)


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("", 0),
        ('{"a": [1, {"b": 2}]}', 3),
        ('{"a": "[[[[{{{{"}', 1),  # brackets inside a string do not count
        ('{"a": "\\"[[["}', 1),  # nor after an escaped quote
        ('"[[[ unterminated', 0),
        ("]]]{", 0),  # stray closers first: the opener after them is no deeper than the start
    ],
)
def test_json_depth_counts_brackets_outside_strings(text: str, depth: int) -> None:
    assert _json_depth(text) == depth
