"""bench/dates_bare.py takes a page's structured dates out and leaves what it shows."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

PAGE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry pier approved</title>
<meta property="og:title" content="Ferry pier approved">
<meta property="article:published_time" content="2025-03-04T09:40:00Z">
<meta name="pubdate" content="2025-03-04">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-04"}</script>
<script>var dataLayer = [{"publishDate": "2025-03-04"}];</script>
</head><body><h1>Ferry pier approved</h1>
<span itemprop="datePublished">March 4, 2025</span>
<time datetime="2025-03-04T09:40:00Z">March 4, 2025</time>
<p>The harbour board approved the plan for the new ferry pier on Tuesday.</p>
</body></html>"""


def bare() -> ModuleType:
    path = ROOT / "bench" / "dates_bare.py"
    spec = importlib.util.spec_from_file_location("bench_dates_bare", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_dates_bare"] = module
    spec.loader.exec_module(module)
    return module


def test_structured_dates_go_and_what_the_page_shows_stays() -> None:
    html = bare().stripped(PAGE)
    assert html is not None
    for gone in ("ld+json", "article:published_time", "pubdate", 'itemprop="datePublished"'):
        assert gone not in html, gone
    # The page's text, its <time>, its other metas and its other scripts stay.
    for kept in (
        "March 4, 2025",
        'datetime="2025-03-04T09:40:00Z"',
        'property="og:title"',
        '"publishDate": "2025-03-04"',
        "The harbour board approved",
    ):
        assert kept in html, kept


def test_truths_cover_both_sets() -> None:
    module = bare()
    for name in ("publishers", "dates"):
        days = module.truths(name)
        assert len(days) > 100
        assert all(len(day) == 10 and day[4] == "-" for day in days.values())
