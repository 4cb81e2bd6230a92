"""Structures of the web the metadata extractor must read right on any site:
``fixtures/metadata/<case>/page.html`` with ``structure.json`` (the page URL, the structure
it shows, whether the rule fires on it, and the expected headline / authors / publication
and modification dates). Each rule has a case where it fires and one where it must not."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector
from newscrawl.extraction.metadata import extract_metadata, page_normaliser

from .conftest import FIXTURES

#: The fetch time the normalised values of the cases are resolved against.
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
CASES = sorted((FIXTURES / "metadata").glob("*/structure.json"))


def _read(path: Path) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(path.read_text("utf8"))
    return value


def test_every_rule_has_a_case_where_it_must_not_fire() -> None:
    rules: dict[str, set[bool]] = {}
    for path in CASES:
        case = _read(path)
        rules.setdefault(case["rule"], set()).add(case["fires"])
    assert rules
    assert all(seen == {True, False} for seen in rules.values()), rules


@pytest.mark.parametrize("path", CASES, ids=[p.parent.name for p in CASES])
def test_metadata_structure(path: Path) -> None:
    case = _read(path)
    root = selector((path.parent / "page.html").read_bytes()).root
    url = case["url"]
    meta = extract_metadata(root, url, extract_body(root, url).story)
    expected = case["expected"]
    if "headline" in expected:
        assert meta.headline == expected["headline"]
    if "authors" in expected:
        assert [a["name"] for a in meta.authors] == expected["authors"]
    if "published" in expected:
        chosen = meta.usable_published()
        assert (chosen.raw if chosen else None) == expected["published"]
    if "modified" in expected:
        modified = meta.usable_modified()
        assert (modified.raw if modified else None) == expected["modified"]
    if "published_value" in expected:
        chosen = meta.usable_published()
        assert chosen is not None
        value = page_normaliser(meta.language).normalise(chosen.raw, FETCHED_AT).value
        assert value == expected["published_value"]
