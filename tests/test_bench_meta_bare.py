"""bench/meta_bare.py takes a page's structured authors out and builds bare+opaque."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parent.parent

PAGE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry pier approved</title>
<meta property="og:title" content="Ferry pier approved">
<meta name="author" content="Ana Diaz">
<meta property="article:author" content="https://example.org/ana">
<meta name="dc.creator" content="Ana Diaz">
<meta property="article:published_time" content="2025-03-04T09:40:00Z">
<script type="application/ld+json">{"@type": "NewsArticle", "author": "Ana Diaz"}</script>
</head><body><article class="post"><h1 class="entry-title">Ferry pier approved</h1>
<div class="byline" itemprop="author" itemscope itemtype="https://schema.org/Person">
By <a href="/author/ana-diaz" rel="author"><span itemprop="name">Ana Diaz</span></a></div>
<time class="published" datetime="2025-03-04T09:40:00Z">March 4, 2025</time>
<p>The harbour board approved the plan for the new ferry pier on Tuesday.</p>
</article></body></html>"""


def bare() -> ModuleType:
    path = ROOT / "bench" / "meta_bare.py"
    spec = importlib.util.spec_from_file_location("bench_meta_bare", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_meta_bare"] = module
    spec.loader.exec_module(module)
    return module


def test_structured_authors_go_and_the_byline_shown_stays() -> None:
    html = bare().unbylined(PAGE)
    assert html is not None
    for gone in ('name="author"', "article:author", "dc.creator", 'itemprop="author"', "Person"):
        assert gone not in html, gone
    for kept in (
        'rel="author"',
        'href="/author/ana-diaz"',
        "By ",
        'itemprop="name"',
        'property="og:title"',
        "article:published_time",  # dates are dates_bare's to strip
        "ld+json",
        'class="byline"',
    ):
        assert kept in html, kept


def test_bare_opaque_strips_both_and_hides_class_words() -> None:
    module = bare()
    html = module.variant_of(PAGE, "bare+opaque")
    assert html is not None
    for gone in ("ld+json", "article:published_time", 'name="author"', "byline", "entry-title"):
        assert gone not in html, gone
    root = lxml_html.fromstring(html)
    assert root.xpath("//time[@datetime='2025-03-04T09:40:00Z']")
    assert root.xpath("//a[@rel='author'][@href='/author/ana-diaz']")
    words = {w for value in root.xpath("//@class") for w in value.split()}
    assert words and all(len(w) == 12 and set(w) <= set("jkqxz") for w in words)
    # The other variants are body_bare's, structured data left in place.
    opaque = module.variant_of(PAGE, "opaque")
    assert opaque is not None and 'name="author"' in opaque and "ld+json" in opaque
    assert "byline" not in opaque


def test_bare_strips_both_and_keeps_class_words() -> None:
    html = bare().variant_of(PAGE, "bare")
    assert html is not None
    for gone in ("ld+json", "article:published_time", 'name="author"', 'itemprop="author"'):
        assert gone not in html, gone
    for kept in ('class="byline"', 'class="entry-title"', 'rel="author"', "March 4, 2025"):
        assert kept in html, kept
