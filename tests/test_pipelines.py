"""Item pipelines, built from the project settings as a crawl builds them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import DropItem

from newscrawl.items import Article, SidebarItem
from newscrawl.offline import OfflineRun
from newscrawl.pipelines import DatePipeline, SidebarDedupePipeline, SplitGuardPipeline

from .conftest import FIXTURES

SEED = (FIXTURES / "text" / "seed-dawn-mqm" / "page.txt").read_text("utf-8")


@pytest.fixture
def run(tmp_path: Path) -> Iterator[OfflineRun]:
    with OfflineRun(tmp_path) as offline:
        yield offline


def _pipeline(run: OfflineRun, cls: type) -> Any:
    return next(p for p in run.pipelines if isinstance(p, cls))


def _article(**fields: Any) -> Article:
    metadata = {
        "dateDownloaded": "2024-11-22T10:00:00Z",
        "extractor": "dawn/v2",
        "version": 1,
        "contentHash": None,
        "sidebarItems": 0,
        "dates": {},
        "validationMessages": [],
    }
    values: dict[str, Any] = {
        "url": "https://www.dawn.com/news/1/x",
        "site": "dawn",
        "headline": "A headline",
        "articleBody": "KARACHI: A story.",
        "metadata": metadata,
    }
    return Article(**{**values, **fields})


def test_pipelines_come_from_settings_in_order(run: OfflineRun) -> None:
    names = [type(p).__name__ for p in run.pipelines]
    assert names == [
        "SidebarDedupePipeline",
        "DatePipeline",
        "PlaceholderImagePipeline",
        "SplitGuardPipeline",
        "FingerprintPipeline",
        "ValidationPipeline",
    ]


def test_dates_in_site_zone_with_metadata(run: OfflineRun) -> None:
    item = _pipeline(run, DatePipeline).process_item(
        _article(datePublishedRaw="15 Oct, 2014 01:08pm", dateModifiedRaw="Yesterday")
    )
    assert item.datePublished == "2014-10-15T13:08:00+05:00"
    assert item.metadata["dates"]["datePublished"]["timezone"] == "assumed"
    assert item.metadata["dates"]["datePublished"]["precision"] == "minute"
    assert item.dateModified == "2024-11-21"  # relative to the fetch time, Karachi day


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "2023-04-28T18:11:01+02:00"),  # Berlin's wall time, summer
        ("de-AT", "2023-04-28T18:11:01+02:00"),
        ("ja", "2023-04-28T18:11:01+09:00"),
        ("th", "2023-04-28T18:11:01+07:00"),  # Thailand: one clock
        ("en-US", "2023-04-28T18:11:01+00:00"),  # several zones: UTC, as before
        ("fr-CA", "2023-04-28T18:11:01+00:00"),
        ("ru-RU", "2023-04-28T18:11:01+00:00"),
        ("pt-BR", "2023-04-28T18:11:01+00:00"),
        ("es-419", "2023-04-28T18:11:01+00:00"),  # a region of many countries
        (None, "2023-04-28T18:11:01+00:00"),
    ],
)
def test_generic_page_naive_time_in_its_language_zone(
    run: OfflineRun, language: str | None, expected: str
) -> None:
    metadata = {"dateDownloaded": "2023-04-29T10:00:00Z", "extractor": "generic", "dates": {}}
    item = _pipeline(run, DatePipeline).process_item(
        _article(
            site="generic",
            inLanguage=language,
            datePublishedRaw="2023-04-28 18:11:01.0",
            dateModifiedRaw="2023-04-28T20:00:00Z",
            metadata=metadata,
        )
    )
    assert item.datePublished == expected
    assert item.metadata["dates"]["datePublished"]["timezone"] == "assumed"
    assert item.dateModified == "2023-04-28T20:00:00+00:00"  # an explicit offset is kept
    assert item.metadata["dates"]["dateModified"]["timezone"] == "explicit"


@pytest.mark.parametrize(
    ("site", "language", "raw", "expected"),
    [
        ("generic", "de", "vor 4 Stunden", "2023-04-29T08:00:00+02:00"),
        ("generic", "de", "28.04.2023 | 11:54", "2023-04-28T11:54:00+02:00"),
        ("generic", "de", "3/4/2023", "2023-04-03"),  # German order: day first
        ("generic", None, "3/4/2023", "2023-03-04"),  # no language: English order
        ("generic", None, "2023-04-28 11:54", "2023-04-28T11:54:00+00:00"),
        ("dawn", "de", "2023-04-28 11:54", "2023-04-28T11:54:00+05:00"),  # profile wins
    ],
)
def test_teaser_dates_are_read_in_their_page_language(
    run: OfflineRun, site: str, language: str | None, raw: str, expected: str
) -> None:
    teaser = SidebarItem(
        site=site,
        block="Mehr zum Thema",
        position=1,
        headline="H",
        url="u://1",
        datePublishedRaw=raw,
        inLanguage=language,
        metadata={"dateDownloaded": "2023-04-29T10:00:00Z", "extractor": "generic"},
    )
    item = _pipeline(run, DatePipeline).process_item(teaser)
    assert item.datePublished == expected


def test_future_and_garbage_dates_become_null_with_message_and_stat(run: OfflineRun) -> None:
    item = _pipeline(run, DatePipeline).process_item(
        _article(datePublishedRaw="22 Nov, 2031", dateModifiedRaw="May")
    )
    assert item.datePublished is None and item.dateModified is None
    assert item.datePublishedRaw == "22 Nov, 2031"  # the raw string is kept
    messages = item.metadata["validationMessages"]
    assert any(m.startswith("datePublished:") and "future" in m for m in messages)
    assert any(m.startswith("dateModified:") for m in messages)
    assert run.stats.get_value("newscrawl/dates/rejected") == 2


def test_split_guard_removes_glued_sidebar(run: OfflineRun) -> None:
    item = _pipeline(run, SplitGuardPipeline).process_item(_article(articleBody=SEED))
    assert item.articleBody == SEED.split("\n\nOpinion\n")[0]
    assert "Kurram" not in item.articleBody
    assert item.metadata["validationMessages"] == [
        "split guard: removed 6 sidebar teaser(s) from articleBody"
    ]
    assert run.stats.get_value("newscrawl/split_guard/teasers") == 6


def test_split_guard_leaves_clean_body_alone(run: OfflineRun) -> None:
    body = SEED.split("\n\nOpinion\n")[0]
    item = _pipeline(run, SplitGuardPipeline).process_item(_article(articleBody=body))
    assert item.articleBody == body and item.metadata["validationMessages"] == []


def test_unusable_article_is_dropped_with_reason(run: OfflineRun) -> None:
    assert run.process(_article(articleBody=None)) is None
    assert run.stats.get_value("newscrawl/validation/dropped/articleBody") == 1
    assert run.process(_article(url="")) is None
    assert run.stats.get_value("newscrawl/validation/dropped/url") == 1
    kept = run.process(_article())
    assert kept is not None and kept.metadata["contentHash"].startswith("sha256:")


def test_sidebar_dedupe_once_per_crawl(run: OfflineRun) -> None:
    dedupe = _pipeline(run, SidebarDedupePipeline)
    teaser = SidebarItem(site="dawn", block="Opinion", position=1, headline="H", url="u://1")
    assert dedupe.process_item(teaser) is teaser
    again = SidebarItem(site="dawn", block="Opinion", position=3, headline="H", url="u://1")
    with pytest.raises(DropItem):
        dedupe.process_item(again)
    other = SidebarItem(site="dawn", block="Editorial", position=1, headline="H", url="u://1")
    assert dedupe.process_item(other) is other
    assert run.stats.get_value("newscrawl/sidebar/duplicates") == 1
