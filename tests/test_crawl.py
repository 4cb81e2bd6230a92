"""``scrapy crawl dawn`` against fixture pages served on 127.0.0.1: feeds end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from newscrawl.fixtures import iter_cases
from newscrawl.items import Article, SidebarItem

from .conftest import FIXTURES, ROOT
from .schema import record_errors
from .server import serve


def test_crawl_writes_complete_feeds(tmp_path: Path) -> None:
    cases = [c for c in iter_cases(FIXTURES) if c.path.parent.name == "dawn"]
    routes: dict[str, Path | tuple[bytes, str]] = {
        urlsplit(c.meta["url"]).path: c.page for c in cases
    }
    seed = next(c for c in cases if c.path.name == "v2-seed-mqm-altaf")
    routes["/news/1137956"] = seed.page  # the same story (and sidebar) at a second URL
    routes["/news/9999/not-a-story"] = (b"<html><body><p>Gone</p></body></html>", "text/html")
    routes["/news/10000/a-pdf"] = (b"%PDF-1.4 binary", "application/pdf")
    out = tmp_path / "out"
    with serve(routes) as base:
        urls = ",".join(base + path for path in routes)
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "scrapy",
                "crawl",
                "dawn",
                "-a",
                f"start_urls={urls}",
                "-s",
                f"NEWSCRAWL_OUTPUT_DIR={out}",
                "-s",
                "AUTOTHROTTLE_ENABLED=0",
                "-s",
                "LOG_LEVEL=INFO",
            ],
            check=False,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    files = sorted(p.name for p in (out / "dawn").iterdir())
    assert not any(f.startswith(".") for f in files), files  # no partial file left
    assert len([f for f in files if f.endswith(".jsonl")]) == 2, files
    articles_file = next((out / "dawn").glob("articles-dawn-*.jsonl"))
    sidebar_file = next((out / "dawn").glob("sidebar-dawn-*.jsonl"))
    raw = articles_file.read_text("utf-8")
    assert "’" in raw and "\\u2019" not in raw  # UTF-8, unescaped
    articles = [json.loads(line) for line in raw.splitlines()]
    teasers = [json.loads(line) for line in sidebar_file.read_text("utf-8").splitlines()]

    assert len(articles) == len(cases)  # every story once: the seed's second URL is a repeat
    assert "newscrawl/articles/duplicate': 1" in proc.stderr
    assert all(list(a) == list(Article.__dataclass_fields__) for a in articles)
    assert all(list(t) == list(SidebarItem.__dataclass_fields__) for t in teasers)
    for record in articles:
        assert record_errors(record, "article") == []
    for record in teasers:
        assert record_errors(record, "sidebar_item") == []
    # The seed's box is on two pages but exported once.
    kurram = [t for t in teasers if t["headline"] == "Kurram atrocity"]
    assert len(kurram) == 1
    assert "newscrawl/sidebar/duplicates': 10" in proc.stderr
    assert "newscrawl/pages/not_article': 1" in proc.stderr
    assert "newscrawl/pages/not_html': 1" in proc.stderr
