"""Extraction time grows with the page, not with the page times its nesting.

Hypothesis draws the shape of a page (a motif of nested elements with classes that the
extractors look at, how deep it nests, how many paragraphs sit at each level and at the
bottom, side-by-side copies); the page built from it is hundreds of kB. Every extractor
(generic, Dawn) must read it within a CPU budget per MB that is generous (the budget is
there to catch 10-100x quadratic blow-ups, which cost tens of seconds per MB, not to time
anything). Deterministic: derandomized, fixed examples.
"""

from __future__ import annotations

import contextlib
import os
import time
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from newscrawl.extraction.text import MAX_STACKED_BOXES, split_text
from newscrawl.offline import PageError, extract_html

from .conftest import FIXTURES

FETCHED = datetime(2025, 5, 20, 12, 0, tzinfo=UTC)
#: CPU seconds per MB of page, and a fixed allowance per page (imports, caches).
BUDGET_PER_MB = 2.0
BUDGET_FIXED = 0.5
P = "<p>The council met on Monday, and the vote on the harbour plan was put off again.</p>"

TAGS = ["div", "section", "span", "a", "ul", "li", "article", "aside", "blockquote", "dl",
        "dd", "table", "td", "h2", "h3", "figure", "header", "time", "p", "b"]  # fmt: skip
#: Classes the generic model and the Dawn profile react to.
CLASSES = ["", "post-meta", "date", "byline", "story__content", "related", "sidebar",
           "entry-content", "timestamp--label", "author", "comments", "widget",
           "story story--single", "story", "story__title", "story__time", "story__excerpt",
           "story__link", "box__title", "story__byline", "ad"]  # fmt: skip
TEXTS = ["", "Published 5 hours ago +0500", "Updated: 2024-05-01 10:00", "By Ann Writer",
         "Published", "x, y.", "2025-05-19", "Read more", "<br>"]  # fmt: skip

motifs = st.lists(
    st.tuples(st.sampled_from(TAGS), st.sampled_from(CLASSES), st.sampled_from(TEXTS)),
    min_size=1,
    max_size=4,
)


def build(motif: list[tuple[str, str, str]], depth: int, per_level: int, bottom: int,
          copies: int) -> str:  # fmt: skip
    """The page: *motif* nested *depth* times, *per_level* paragraphs at each level and
    *bottom* at the bottom, the whole block *copies* times side by side."""
    opening = "".join(f'<{t} class="{c}" href="/news/1">{x}' for t, c, x in motif)
    opening += P * per_level
    closing = "".join(f"</{t}>" for t, _, _ in reversed(motif))
    block = opening * depth + P * bottom + closing * depth
    return (
        "<html><head><title>A headline | Site</title></head><body>"
        f"<h1>A headline</h1>{block * copies}</body></html>"
    )


def _cpu(data: bytes, site: str, url: str) -> float:
    begin = time.process_time()
    with contextlib.suppress(PageError):  # "no story": a page can be refused, in time
        extract_html(data, url, FETCHED, site)
    return time.process_time() - begin


# No shrinking: each example is a big page, and the failure message names its shape.
@settings(max_examples=80, derandomize=True, deadline=None, database=None,
          phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(
    motif=motifs,
    depth=st.integers(200, 2000),
    per_level=st.integers(0, 2),
    bottom=st.integers(0, 3000),
    copies=st.integers(1, 3),
)
def test_extraction_is_linear_in_page_size(
    motif: list[tuple[str, str, str]], depth: int, per_level: int, bottom: int, copies: int
) -> None:
    data = build(motif, depth, per_level, bottom, copies).encode()
    megabytes = len(data) / 1e6
    budget = BUDGET_FIXED + BUDGET_PER_MB * megabytes
    for site, url in (("generic", "https://example.com/story"),
                      ("dawn", "https://www.dawn.com/news/1")):  # fmt: skip
        spent = _cpu(data, site, url)
        if os.environ.get("NEWSCRAWL_TEST_VERBOSE"):
            print(f"{site} {megabytes:.2f} MB {spent:.2f} s depth={depth} motif={motif}")
        assert spent < budget, (
            f"{site}: {spent:.1f} s CPU for {megabytes:.2f} MB (budget {budget:.1f} s): "
            f"motif={motif} depth={depth} per_level={per_level} bottom={bottom} copies={copies}"
        )


def test_the_issue_page_13000_paragraphs_under_1000_divs() -> None:
    # 48 s before (paragraphs x nesting); ~530 kB.
    body = '<div class="story__content">' + "<div>" * 1000 + P * 6500 + "</div>" * 1001
    body += "<article><h1>A headline</h1>" + "<div>" * 1000 + P * 6500 + "</div>" * 1000
    data = f"<html><body>{body}</article></body></html>".encode()
    assert len(data) > 500_000
    for site in ("dawn", "generic"):
        spent = _cpu(data, site, "https://www.dawn.com/news/1")
        assert spent < BUDGET_FIXED + BUDGET_PER_MB * len(data) / 1e6, (site, spent)


def test_the_text_splitter_is_linear_too() -> None:
    # Every candidate start of a teaser box copied the rest of the lines: 11 s for 0.5 MB.
    for case in sorted((FIXTURES / "text").iterdir()):
        text = (case / "page.txt").read_text("utf-8")
        text *= max(1, 600_000 // len(text))
        begin = time.process_time()
        split_text(text)
        spent = time.process_time() - begin
        assert spent < BUDGET_FIXED + BUDGET_PER_MB * len(text) / 1e6, (case.name, spent)


#: Text crafted against the headline-run rules: every line a candidate start of a run.
RUN_TRAPS = {
    "title-case-after-every-byline": "By Staff Reporter\nStock Market Closes at Record High\n"
    "Gold Prices Fall by Rs2,000 per Tola\n",
    "marked-runs-broken-every-third-line": "Rupee closes flat |\nGold prices fall |\n"
    "Stocks rise\nOne more line\n",
    "lists-introduced-by-colons": "The list:\nTitle one here\n-\n",
}


@pytest.mark.parametrize("unit", RUN_TRAPS.values(), ids=list(RUN_TRAPS))
def test_headline_run_checks_stay_linear(unit: str) -> None:
    text = "A story paragraph, as a sentence.\n" + unit * (600_000 // len(unit))
    begin = time.process_time()
    split_text(text)
    spent = time.process_time() - begin
    assert spent < BUDGET_FIXED + BUDGET_PER_MB * len(text) / 1e6, spent


def test_stacked_boxes_cost_at_most_one_pass_each() -> None:
    # Boxes that only parse apart are peeled one per pass, MAX_STACKED_BOXES at most.
    unit = (
        "Rupee closes flat against dollar |\nCricket board names squad |\nBy Staff Reporter\n\n"
        "Rupee Closes Flat Against Dollar\nCricket Board Names Squad for Ireland Tour\n"
        "Petrol Price Likely to Fall From June 1\n"
    )
    text = "A story paragraph, as a sentence.\n" + unit * (600_000 // len(unit))
    begin = time.process_time()
    split = split_text(text)
    spent = time.process_time() - begin
    assert split.teasers and split.body.paragraphs[0] == "A story paragraph, as a sentence."
    budget = BUDGET_FIXED + MAX_STACKED_BOXES * BUDGET_PER_MB * len(text) / 1e6
    assert spent < budget, spent
