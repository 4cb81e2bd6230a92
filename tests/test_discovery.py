"""Discovery modes on the demo site: URL lists, backfills, robots.txt, teaser links."""

from __future__ import annotations

import json
from pathlib import Path

from newscrawl.demo.server import DemoSite

from .conftest import FIXTURES
from .crawling import records, run_crawl, stats_of

SITE = FIXTURES / "site" / "edition1"
ARTICLES = json.loads((SITE / "site.json").read_text("utf-8"))["articles"]


def _ids(out: Path) -> list[str]:
    exported = [r for recs in records(out / "dawn", "articles").values() for r in recs]
    return sorted(str(r["canonicalUrl"]).split("/news/")[1].split("/")[0] for r in exported)


def test_url_list_fetches_exactly_those_and_obeys_robots(tmp_path: Path) -> None:
    picked = ARTICLES[::40]
    with DemoSite(SITE) as site:
        base = site.start()
        lines = [a["url"].replace("https://www.dawn.com", base) for a in picked]
        lines += [f"{base}/search?q=budget", "# a comment"]
        url_file = tmp_path / "urls.txt"
        url_file.write_text("\n".join(lines) + "\n", "utf-8")
        proc = run_crawl("dawn", base, tmp_path / "out", "-a", f"urls={url_file}")
        assert site.hits["/search"] == 0  # disallowed by robots.txt: never requested
        requested = {p for p in site.hits if p.startswith("/news/")}
    assert _ids(tmp_path / "out") == sorted(str(a["id"]) for a in picked)
    assert stats_of(proc.stderr)["robotstxt/forbidden"] == 1
    assert requested == {a["url"].replace("https://www.dawn.com", "") for a in picked}


def test_backfill_a_day_range(tmp_path: Path) -> None:
    days = {"2025-06-01", "2025-06-02", "2025-06-03"}
    wanted = sorted(str(a["id"]) for a in ARTICLES if a["published"][:10] in days)
    with DemoSite(SITE) as site:
        base = site.start()
        run_crawl("dawn", base, tmp_path / "out", "-a", "since=2025-06-01",
                  "-a", "until=2025-06-03")  # fmt: skip
        assert site.hits["/archive/2025-06-02"] == 1
        assert not any(p.startswith("/feeds/") for p in site.hits)
    assert _ids(tmp_path / "out") == wanted


def test_full_crawl_follows_sidebar_teasers(tmp_path: Path) -> None:
    """Listing pages and sitemaps aside, teaser links alone reach editorials."""
    editorials = [a for a in ARTICLES if a["kind"] == "editorial"]
    with DemoSite(SITE) as site:
        base = site.start()
        start = editorials[-1]["url"].replace("https://www.dawn.com", base)
        proc = run_crawl("dawn", base, tmp_path / "out", "-a", f"start_urls={start}")
    got = set(_ids(tmp_path / "out"))
    assert len(got & {str(a["id"]) for a in editorials}) >= 6
    assert stats_of(proc.stderr)["newscrawl/pages/article"] > 6
