"""Every fixture case: exact expected records, must / must-not snippets, schema."""

from __future__ import annotations

import pytest

from newscrawl.fixtures import Case, iter_cases, run_case

from .conftest import FIXTURES
from .schema import record_errors

CASES = list(iter_cases(FIXTURES))

#: Fields a case's expected article must fill; a case that leaves one empty is refused.
REQUIRED_HTML = (
    "url",
    "canonicalUrl",
    "site",
    "headline",
    "datePublished",
    "articleBody",
    "inLanguage",
)
REQUIRED_TEXT = ("url", "site", "articleBody")
REQUIRED_TEASER = ("site", "position", "foundOn")


def _kind(record: dict[str, object]) -> str:
    return "sidebar_item" if "foundOn" in record else "article"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case) -> None:
    expected = case.expected()
    articles = [r for r in expected if _kind(r) == "article"]
    assert len(articles) == 1, "a case holds exactly one article"
    required = REQUIRED_TEXT if case.is_text else REQUIRED_HTML
    empty = [f for f in required if articles[0].get(f) in (None, "", [])]
    assert not empty, f"expected.jsonl leaves required fields empty: {empty}"
    for teaser in expected[1:]:
        assert all(teaser.get(f) not in (None, "") for f in REQUIRED_TEASER)
        assert teaser.get("headline") or teaser.get("description")

    got = run_case(case)
    assert got == expected

    body = got[0]["articleBody"]
    for snippet in case.meta.get("must_contain", []):
        assert snippet in body, f"body lacks {snippet!r}"
    for snippet in case.meta.get("must_not_contain", []):
        assert snippet not in body, f"body holds {snippet!r}"
    for record in got:
        assert record_errors(record, _kind(record)) == []


def test_enough_cases() -> None:
    dawn = {c.path.name for c in CASES if c.path.parent.name == "dawn"}
    assert len(dawn) >= 8
    assert {n.split("-")[0] for n in dawn} >= {"v1", "v2"}
