"""The page's fetch time is the one reference of its dates, in extraction as in the record.

A page fetched in the past and read later (a saved page, a re-run over stored responses,
an HTTP cache replay) is judged as it was when fetched: a day after the fetch (an
"available until" day, an event's day) is no publication date, even when it lies before
the machine's today, and a relative stamp resolves against the fetch time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from scrapy.http import HtmlResponse

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.meta_record import htmldate_candidate, page_normaliser
from newscrawl.items import Article
from newscrawl.offline import OfflineRun, extract_html
from newscrawl.spiders.base import fetch_time

URL = "https://news.example/city/council-backs-bridge-plan"
#: A fetch in the past: the "until" day below lies after it and before today.
FETCHED = datetime(2025, 3, 4, 8, 0, tzinfo=UTC)
PROSE = (
    "<p>The council met on the matter of the river crossing, and its members argued for"
    " hours about the cost, the route and the years it would take to build the bridge."
    " Residents filled the hall and many of them spoke against the plan.</p>"
)


def page(stamp: str, *, until: bool = True) -> bytes:
    """A story with a stamp line under its headline and, when *until*, a player box
    whose recording is "available until" a day after the fetch."""
    box = (
        "<div class='player'>Watch the debate. Available until"
        " <time datetime='2026-06-30'>30 June 2026</time></div>"
        if until
        else ""
    )
    return (
        "<html lang='en'><head><title>Bridge plan</title></head><body><main><article>"
        f"<h1>Council backs the new bridge plan</h1><p class='meta'>{stamp}</p>{box}"
        f"{PROSE * 4}</article></main></body></html>"
    ).encode()


@pytest.fixture
def run(tmp_path: Path) -> Any:
    with OfflineRun(tmp_path) as offline:
        yield offline


def record(run: OfflineRun, data: bytes, fetched_at: datetime = FETCHED) -> Article:
    """The page's Article after the pipelines, as an offline run of the saved page gives."""
    article, _ = extract_html(data, URL, fetched_at, "generic")
    item = run.process(article)
    assert isinstance(item, Article)
    return item


def test_a_day_after_the_fetch_does_not_outrank_the_publication_stamp(run: OfflineRun) -> None:
    item = record(run, page("Published 3 March 2025"))
    assert item.datePublishedRaw == "3 March 2025"
    assert item.datePublished == "2025-03-03"


def test_extraction_judges_at_the_fetch_time_it_is_given() -> None:
    root = lxml_html.fromstring(page("Published 3 March 2025"))
    found = generic_article(root, URL, fetched_at=FETCHED)
    assert [d.raw for d in found.dates] == ["3 March 2025"]
    # Fetched after the "until" day, the page is read as it is then: the marked time
    # outranks the stamp line, as it always did (that choice is not this test's).
    later = generic_article(lxml_html.fromstring(page("Published 3 March 2025")), URL)
    assert [d.raw for d in later.dates] == ["2026-06-30"]


def test_a_naive_fetch_time_is_refused() -> None:
    root = lxml_html.fromstring(page("Published 3 March 2025"))
    with pytest.raises(ValueError, match="timezone-aware"):
        generic_article(root, URL, fetched_at=datetime(2025, 3, 4, 8, 0))


def test_a_page_whose_only_day_is_after_its_fetch_gets_no_date(run: OfflineRun) -> None:
    item = record(run, page("By Jane Roe"))
    assert item.datePublished is None
    assert item.datePublishedRaw is None  # not chosen, not even as a refused raw


def test_htmldate_takes_no_day_after_the_fetch() -> None:
    body = f"<article><h1>Bridge</h1><p>By Jane Roe, 30.06.2026</p>{PROSE * 3}</article>"
    root = lxml_html.fromstring(f"<html><body>{body}</body></html>")
    assert htmldate_candidate(root, URL, fetched_at=FETCHED) is None
    fetched_later = datetime(2026, 7, 1, tzinfo=UTC)
    found = htmldate_candidate(root, URL, fetched_at=fetched_later)
    assert found is not None
    assert found.raw == "2026-06-30"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        pytest.param("3 hours ago", "2025-03-04T05:00:00+00:00", id="hours-ago"),
        pytest.param("Yesterday at 14:30", "2025-03-03T14:30:00+00:00", id="yesterday-at"),
        pytest.param("2 days ago", "2025-03-02", id="days-ago"),
    ],
)
def test_a_relative_stamp_resolves_against_the_fetch_time(
    run: OfflineRun, stamp: str, expected: str
) -> None:
    item = record(run, page(stamp, until=False))
    assert item.datePublishedRaw == stamp
    assert item.datePublished == expected
    if "T" in expected:  # (a day alone has no zone)
        assert item.metadata["dates"]["datePublished"]["timezone"] == "relative"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        pytest.param("vor 3 Stunden", "2025-03-04T06:00:00+01:00", id="vor-stunden"),
        pytest.param("gestern", "2025-03-03", id="gestern"),
    ],
)
def test_a_german_relative_stamp_resolves_against_the_fetch_time(
    stamp: str, expected: str
) -> None:
    # The normaliser extraction and the date pipeline share for a page in German.
    assert page_normaliser("de").normalise(stamp, FETCHED).value == expected


def test_a_cached_response_is_dated_by_its_date_header() -> None:
    headers = {"Date": "Tue, 04 Mar 2025 08:00:00 GMT"}
    cached = HtmlResponse(URL, body=b"<html></html>", headers=headers, flags=["cached"])
    assert fetch_time(cached) == FETCHED
    # A live response is read as it arrives: a server's clock is not the crawl's.
    live = HtmlResponse(URL, body=b"<html></html>", headers=headers)
    assert (datetime.now(UTC) - fetch_time(live)).total_seconds() < 60
