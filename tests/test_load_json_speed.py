"""Reading every script of a page for a publication day, fast: ``load_json`` reads no
value out of a script's code without scanning it, takes its wrappers off where they
stand, and measures its depth as the one-token-at-a-time scan did."""

from __future__ import annotations

import re

import pytest

from newscrawl.extraction.jsonld import _json_depth, _unwrapped, load_json

#: The wrappers as one pattern, substituted over the whole text (what ``load_json`` did
#: before :func:`_unwrapped`): the oracle the faster reading must agree with.
_JSON_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


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
