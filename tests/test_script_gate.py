"""The prefilter before a data script's parse (:func:`may_hold_script_day`) never changes
what :func:`script_days` gives: it passes every script holding a publication key with an
ISO day, however its JSON spells them, and stops a state without one."""

from __future__ import annotations

import json
import re

import pytest

from newscrawl.extraction import meta_sources
from newscrawl.extraction.jsonld import MAX_JSONLD_DEPTH, load_json
from newscrawl.extraction.meta_sources import may_hold_script_day, script_days

HOLDING = [
    '{"publishedAt":"2024-03-14T10:15:00Z"}',
    '{"a": {"PUBLISH_DATE" : \n "2024-03-14"}}',
    'window.__STATE__ = {"pubDate":"\\u0032024-03-14"};',
    '{"displayDate":"\\n2024-03-14 "}',
    '{"datePublished":"\\u00202024-03-14"}',
    '{"published":"2024\\u002d03-14"}',
    '{"publishedAt":"\\u2003 2024-03-14"}',
    '{"publishedAt":"\x1c2024-03-14"}',
    '{"published": "2024-03-14", "tags": [1, 2,]}',
    'var x = {"first_published_at":"2019-01-02 10:00"}',
    # kebab-case keys; an object a statement assigns or pushes after other code
    'window.dataLayer = [];\nvar layer = {"first-publication":"2024-03-14 10:15"};',
    'f();\ndataLayer.push({"pub-date": "2024-03-14"});',
    'if (a) { window.app.meta = {"publishedFirst": "2024-03-14"}; }',
    # escapes of other characters beside the pair; an escape in the pair itself
    '{"teaser": "\\u003Cb\\u003E", "publishedAt": "2024-03-14"}',
    '{"pub\\u006cishedAt": "2024-03-14", "publisher": "Harbour\\u00e9"}',
    '{"publi\\u017fhedAt": "2024-03-14", "publisher": "x"}',
    '{"publishedAt": "\\u00a02024-03-14", "b": "\\u00e9"}',
]


@pytest.mark.parametrize("text", HOLDING)
def test_a_script_naming_its_day_is_parsed(text: str) -> None:
    assert script_days(text)
    assert may_hold_script_day(text)


def test_a_state_without_a_publication_day_is_not_parsed() -> None:
    state = {
        "props": {"publisher": "Harbour Post", "builtAt": "2024-03-12T10:15:00Z"},
        "items": [{"title": f"Story {n}", "publishedAt": None} for n in range(50)],
    }
    text = json.dumps(state)
    assert not script_days(text)
    assert not may_hold_script_day(text)
    # a day under another key, escapes elsewhere: parsed, and still no day
    escaped = text.replace("Harbour Post", "Harbour\\u0020Post")
    assert not script_days(escaped)
    assert may_hold_script_day(escaped)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('<!--\n{"a": 1}\n-->', [{"a": 1}]),
        ('// <![CDATA[\n{"a": 1}', [{"a": 1}]),
        ('<![CDATA[{"a": 1}]]>', [{"a": 1}]),
        ('<!--{"a": 1};', [{"a": 1}]),
        ('// a comment\n{"a": 1}', []),
        ('/* <![CDATA[ */\nvar data = {"a": 1};\n/* ]]> */', []),
        ("<p>text</p>", []),
        ('var site = site || {}, data = {"a": 1};', []),
        ('\x01{"a": 1}', [{"a": 1}]),
        ("-1", [-1]),
        ('{"a": 1};\nwindow.x = 2', [{"a": 1}]),
        ('{"a": 1} {"b": "\x02"}', [{"a": 1}, {"b": " "}]),
        ('{"a": "\x02"} {"b": 2}', [{"a": " "}, {"b": 2}]),
        ('"a, ]"\n;-->', ["a, ]"]),
    ],
)
def test_a_wrapper_is_taken_off_a_script_only_at_its_ends(text: str, values: list[object]) -> None:
    assert load_json(text) == values


def test_the_depth_bound_counts_a_value_and_the_code_after_it() -> None:
    ok = "[" * MAX_JSONLD_DEPTH + "1" + "]" * MAX_JSONLD_DEPTH
    assert load_json(ok + ";\nwindow.x = 1") != []
    assert load_json("[" + ok + "];\nwindow.x = 1") == []
    # the code after the value nests deeper: refused, as a scan of the whole refuses it
    assert load_json(ok + "; f(" + "[" * (MAX_JSONLD_DEPTH + 1) + ")") == []
    # brackets in strings are no nesting, before or after
    assert load_json(json.dumps({"a": "[" * 100}) + ' "' + "[" * 100 + '"') != []
    assert load_json("[" * 5000 + "]" * 5000) == []


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of *pattern* outside any group."""
    branches, depth, start = [], 0, 0
    for index, char in enumerate(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    return [*branches, pattern[start:]]


def test_the_pair_patterns_prefilter_lets_every_key_through() -> None:
    """The look-ahead of ``_PUBLISHED_DAY_PAIR`` names the first letter of every key of
    ``SCRIPT_PUBLISHED_KEY`` in each case that matches it case-blind (no other character
    folds to one), so it never stops a pair the pattern would match."""
    letters = set(meta_sources._KEY_FIRST_LETTERS)
    for branch in _top_level_branches(meta_sources.SCRIPT_PUBLISHED_KEY.pattern):
        first = branch[0]
        assert first.isalpha()
        folding = {chr(c) for c in range(0x10000) if re.fullmatch(first, chr(c), re.IGNORECASE)}
        assert folding <= letters, branch


@pytest.mark.parametrize(
    "text", ['{"id": "x", "Display_Date": "2024-03-14"}', '{"FIRSTPUBLISHED": "2024-03-14"}']
)
def test_a_key_in_any_case_still_opens_a_pair(text: str) -> None:
    assert meta_sources._PUBLISHED_DAY_PAIR.search(text) is not None
    assert may_hold_script_day(text)


def test_a_quoted_word_of_another_first_letter_is_no_pair() -> None:
    assert meta_sources._PUBLISHED_DAY_PAIR.search('{"updated": "2024-03-14"}') is None


@pytest.mark.parametrize("slashes", [1, 2, 3, 7])
def test_an_escaped_pair_is_read_at_any_depth(slashes: int) -> None:
    """The escaped-payload pattern (its leading backslash written outside the
    alternatives) finds a pair escaped at any depth, with its day, as the pattern with
    each alternative's own ``\\\\+`` does."""
    q = "\\" * slashes + '"'
    text = (
        f"x{q}a{q}:{q}b{q},{q}datePublished{q}: {q}2024-03-14T10:00:00Z{q},"
        f"{q}property{q}:{q}article:published_time{q},{q}content{q}:{q}2024-03-14{q}"
    )
    pattern = meta_sources._ESCAPED_PUBLISHED.pattern
    assert pattern.startswith(r"\\(?:\\*")
    spelt_out = re.compile(
        pattern.removeprefix(r"\\(?:").removesuffix(")").replace(r'\\*"', r'\\+"')
    )
    found = [(m.span(), m.groupdict()) for m in meta_sources._ESCAPED_PUBLISHED.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in spelt_out.finditer(text)]
    assert [d["day"] or d["meta"] for _, d in found] == ["2024-03-14T10:00:00Z", "2024-03-14"]
