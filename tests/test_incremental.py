"""Scheduled runs on the demo site: edition 1, then edition 2 — only what changed."""

from __future__ import annotations

import json
from pathlib import Path

from newscrawl.demo.server import DemoSite

from .conftest import FIXTURES
from .crawling import records, run_crawl, stats_of

SITE = FIXTURES / "site"


def _articles(edition: int) -> dict[str, dict[str, object]]:
    table = json.loads((SITE / f"edition{edition}" / "site.json").read_text("utf-8"))
    return {a["url"].rsplit("/", 2)[-2]: a for a in table["articles"]}


def _story_id(record: dict[str, object]) -> str:
    return str(record["canonicalUrl"] or record["url"]).split("/news/")[1].split("/")[0]


def test_second_run_exports_only_new_and_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first, second = _articles(1), _articles(2)
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        run1 = run_crawl("dawn", base, out)
        site.swap(SITE / "edition2")
        run2 = run_crawl("dawn", base, out)
        assert site.hits["/search"] == 0 and not any(p.startswith("/calendar") for p in site.hits)

    exports = records(out / "dawn", "articles")
    assert len(exports) == 2
    (_, got1), (_, got2) = sorted(exports.items())
    assert sorted(_story_id(r) for r in got1) == sorted(first)  # every article, once
    assert all(r["metadata"]["version"] == 1 for r in got1)

    new = set(second) - set(first)
    changed = {k for k in first if second[k]["updated"] != first[k]["updated"]}
    assert len(new) == 24 and len(changed) == 12
    assert sorted(_story_id(r) for r in got2) == sorted(new | changed)
    versions = {_story_id(r): r["metadata"]["version"] for r in got2}
    assert all(versions[k] == 2 for k in changed) and all(versions[k] == 1 for k in new)

    stats2 = stats_of(run2.stderr)
    assert stats2.get("newscrawl/articles/new") == 24
    assert stats2.get("newscrawl/articles/updated") == 12
    assert stats2.get("newscrawl/skipped/lastmod", 0) + stats2.get("newscrawl/skipped/old", 0) > 0
    assert stats_of(run1.stderr).get("robotstxt/forbidden", 0) >= 0

    # Teasers are exported once across runs: run 2 holds only teasers never seen before.
    (_, side1), (_, side2) = sorted(records(out / "dawn", "sidebar").items())
    keys1 = {(t["block"], t["url"]) for t in side1}
    assert side1 and not keys1 & {(t["block"], t["url"]) for t in side2}


def test_recent_articles_are_rechecked_with_conditional_requests(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        run_crawl("dawn", base, out)
        again = run_crawl("dawn", base, out, "-s", "NEWSCRAWL_RECHECK_DAYS=100000")
    stats = stats_of(again.stderr)
    # Every known story listed without a lastmod was asked for with its ETag: 304s.
    assert stats["newscrawl/articles/not_modified"] > 0
    assert (
        stats.get("downloader/response_status_count/304")
        == stats["newscrawl/articles/not_modified"]
    )
    (_, second) = sorted(records(out / "dawn", "articles").items())[1]
    assert second == []  # nothing changed: nothing exported
