"""bench/body_bare.py makes class and id words opaque, and renames semantic tags in divsoup."""

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
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry pier"}</script>
</head><body><header class="site-header"><nav id="menu" role="navigation">
<a href="/" rel="home">Home</a></nav></header>
<main><article class="post entry-content" itemprop="articleBody">
<section class="entry-content"><p class="lead">The harbour board approved the plan.</p>
<figure><img src="a.jpg" alt="pier"></figure></section></article>
<aside class="related sidebar" aria-label="Related"><p class="lead">More</p></aside></main>
<footer id="colophon" data-part="footer">(c) Harbour News</footer>
</body></html>"""


def bare() -> ModuleType:
    path = ROOT / "bench" / "body_bare.py"
    spec = importlib.util.spec_from_file_location("bench_body_bare", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_body_bare"] = module
    spec.loader.exec_module(module)
    return module


def test_same_word_same_token_and_no_word_left() -> None:
    module = bare()
    markup = module.perturbed(PAGE, "opaque")
    assert markup is not None
    root = lxml_html.fromstring(markup)
    classes = {e.tag: e.get("class").split() for e in root.iter() if e.get("class")}
    # Every class word and id value is gone ...
    words = {w for value in root.xpath("//@class") for w in value.split()}
    assert words and all(len(w) == 12 and set(w) <= set("jkqxz") for w in words)
    for word in ("site-header", "entry-content", "post", "lead", "related", "sidebar"):
        assert word not in words
    for name in ("menu", "colophon"):
        assert root.xpath(f"//*[@id='{name}']") == []
    # ... the same word giving the same token on the page and on another page.
    token = module.token("entry-content")
    assert token == module.token("entry-content") != module.token("post")
    assert classes["article"] == [module.token("post"), token]
    assert classes["section"] == [token]
    assert len(root.xpath(f"//*[@class='{module.token('lead')}']")) == 2
    other = module.perturbed(b"<html><body><div class='lead'>x</div></body></html>", "opaque")
    assert other is not None and f'class="{module.token("lead")}"' in other
    assert root.xpath("//@id") == [module.token("menu"), module.token("colophon")]


def test_opaque_keeps_tags_and_other_attributes() -> None:
    markup = bare().perturbed(PAGE, "opaque")
    assert markup is not None
    root = lxml_html.fromstring(markup)
    for tag in ("header", "nav", "main", "article", "section", "figure", "aside", "footer"):
        assert root.xpath(f"//{tag}"), tag
    for kept in (
        'role="navigation"',
        'rel="home"',
        'itemprop="articleBody"',
        'aria-label="Related"',
        'data-part="footer"',
        'property="og:title"',
        "ld+json",
        "The harbour board approved the plan.",
    ):
        assert kept in markup, kept


def test_divsoup_renames_semantic_tags_to_div() -> None:
    module = bare()
    markup = module.perturbed(PAGE, "divsoup")
    assert markup is not None
    root = lxml_html.fromstring(markup)
    for tag in ("header", "nav", "main", "article", "section", "figure", "aside", "footer"):
        assert not root.xpath(f"//{tag}"), tag
    # Other tags, their opaque classes and the other attributes stay.
    assert root.xpath("//p") and root.xpath("//img") and root.xpath("//a[@rel='home']")
    assert root.xpath(f"//div[@class='{module.token('post')} {module.token('entry-content')}']")
    assert 'role="navigation"' in markup and 'itemprop="articleBody"' in markup


def test_plain_changes_no_attribute() -> None:
    markup = bare().perturbed(PAGE, "plain")
    assert markup is not None
    assert 'class="post entry-content"' in markup and 'id="colophon"' in markup
    assert "<article" in markup
