"""The generic body/boilerplate model: hand-written pages, properties, and the AEB guard."""

from __future__ import annotations

import gc
import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml.html import HtmlElement

from newscrawl.extraction.generic import _collector_paused, generic_article, generic_page
from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector

URL = "https://news.example.com/2024/10/story.html"

PARAS = [
    "The city council voted on Tuesday to approve the new budget, which includes funding "
    "for schools, roads and a long-delayed overhaul of the water system.",
    "Council members debated for nearly four hours, with several residents speaking "
    "against the plan, before the final vote of seven to two.",
    "The mayor said the budget, the largest in the city's history, would be balanced by "
    "cutting administrative costs and raising parking fees downtown.",
    "Opponents said the parking fees would hurt small businesses, many of which are still "
    "recovering from years of construction on the main street.",
]


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def body_of(html: str) -> str:
    return extract_body(root_of(html), URL).body.body


def page(story: str, extra: str = "") -> str:
    return f"""<html><head><title>t</title></head><body>
    <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    <main><article><h1>Council approves budget</h1>
    <div class="story-body">{story}</div></article>{extra}</main>
    <footer class="site-footer"><p>Copyright 2024 Example News, all rights reserved.</p></footer>
    </body></html>"""


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_plain_story_paragraphs_joined_by_blank_line() -> None:
    body = body_of(page(paras(PARAS)))
    assert body == "\n\n".join(PARAS)


def test_headline_nav_footer_absent() -> None:
    body = body_of(page(paras(PARAS)))
    assert "Council approves budget" not in body
    assert "Home" not in body
    assert "Copyright" not in body


def test_related_box_longer_than_story_is_rejected_and_becomes_teasers() -> None:
    items = "".join(
        f'<article><h3><a href="/news/other-story-number-{i}-about-the-river">'
        f"Other story number {i} about the river</a></h3>"
        f"<p>A long teaser for story {i}, which describes the flooding, the rescue and "
        f"what the residents plan next, at some length.</p></article>"
        for i in range(8)
    )
    box = f"<section><h2>More from the site</h2>{items}</section>"
    found = extract_body(root_of(page(paras(PARAS[:2]), box)), URL)
    assert found.body.body == "\n\n".join(PARAS[:2])
    box_teasers = [t for t in found.teasers if t.block == "More from the site"]
    assert [t.position for t in box_teasers] == list(range(1, 9))
    assert (
        box_teasers[0].url == "https://news.example.com/news/other-story-number-0-about-the-river"
    )
    assert box_teasers[0].headline == "Other story number 0 about the river"
    assert box_teasers[0].description is not None


def test_inline_read_more_promo_dropped_or_related() -> None:
    story = (
        f"<p>{PARAS[0]}</p>"
        '<p>Read more: <a href="/other">Mayor defends parking plan</a></p>'
        '<p><a href="/promo">Subscribe to our daily edition</a></p>'
        f"<p>{PARAS[1]}</p>"
    )
    found = extract_body(root_of(page(story)), URL)
    assert found.body.body == f"{PARAS[0]}\n\n{PARAS[1]}"
    assert found.body.related[0]["url"] == "https://news.example.com/other"


@pytest.mark.parametrize(
    "chrome",
    [
        '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>',
        '<div class="newsletter-signup"><p>Sign up for our newsletter, the best of the '
        "news in your inbox every morning.</p></div>",
        '<figure><img src="a.jpg"><figcaption>The council chamber on Tuesday, '
        "photographed from the gallery.</figcaption></figure>",
        '<div class="author-bio"><p>Jane Doe covers city hall, transport and housing for '
        "Example News since 2015.</p></div>",
        '<div id="comments"><div class="comment"><p>This budget is a disgrace, the council '
        "should resign, all of them.</p></div></div>",
        '<div class="cookie-banner"><p>We use cookies to improve your experience, accept '
        "or manage your choices.</p></div>",
        '<p class="caption">A view of the river, where the new water plant, the largest in '
        "the region, will stand.</p>",
        # A caption whose text sits in a story-named element ("hero-img__text").
        '<figure class="hero-img"><img src="a.jpg"><figcaption class="hero-img__caption">'
        '<div class="hero-img__text"><p>The council chamber on Tuesday, photographed from '
        "the gallery during the debate.</p></div></figcaption></figure>",
    ],
)
def test_chrome_inside_story_absent(chrome: str) -> None:
    story = f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{chrome}<p>{PARAS[2]}</p><p>{PARAS[3]}</p>"
    body = body_of(page(story))
    assert body == "\n\n".join(PARAS)


def test_story_in_a_chrome_tagged_wrapper_is_read() -> None:
    """Must not fire: a story-named element filling a chrome-tagged one (a page that
    wraps its story in a ``header``) still rescues it; only a picture and its caption
    never wrap a story."""
    html = f"""<html><head><title>t</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <main><header class="top"><div class="story-text">{paras(PARAS)}</div></header></main>
    </body></html>"""
    assert body_of(html) == "\n\n".join(PARAS)


def test_subheadings_lists_quotes_kept() -> None:
    story = (
        f"<p>{PARAS[0]}</p><h2>What the budget funds</h2>"
        "<ul><li>New roofs for three schools</li><li>Repaving of the ring road</li></ul>"
        f"<p>{PARAS[1]}</p><blockquote><p>We did what we had to do, said the mayor, "
        "and we will do it again.</p></blockquote>"
        f"<p>{PARAS[2]}</p>"
    )
    body = body_of(page(story))
    for kept in (
        "What the budget funds",
        "New roofs for three schools",
        "Repaving of the ring road",
        "We did what we had to do",
    ):
        assert kept in body
    assert body.split("\n\n")[1] == "What the budget funds"


def test_story_split_over_sibling_containers() -> None:
    html = f"""<html><body><main>
    <div class="article-body">{paras(PARAS[:2])}</div>
    <div class="ad-slot"><p>Advertisement</p></div>
    <div class="article-body">{paras(PARAS[2:])}</div>
    </main></body></html>"""
    assert body_of(html) == "\n\n".join(PARAS)


MOST_READ = [
    "Storm closes schools across the county",
    "Police name the suspect in bank robbery",
    "Local team wins the regional final at last",
]


def sidebar_page() -> str:
    items = "".join(
        f'<li><a href="/news/{12340 + i}">{h}</a> '
        f'<time datetime="2024-10-0{i + 1}">Oct {i + 1}</time></li>'
        for i, h in enumerate(MOST_READ)
    )
    sidebar = f'<aside class="sidebar"><h2>Most read</h2><ol>{items}</ol></aside>'
    return page(paras(PARAS), sidebar)


def test_most_read_sidebar_becomes_teasers() -> None:
    found = extract_body(root_of(sidebar_page()), URL)
    most = [t for t in found.teasers if t.block == "Most read"]
    assert [(t.position, t.headline) for t in most] == [
        (i + 1, h) for i, h in enumerate(MOST_READ)
    ]
    assert most[0].url == "https://news.example.com/news/12340"
    assert most[0].dates[0].raw == "2024-10-01"
    for headline in MOST_READ:
        assert headline not in found.body.body


def test_generic_page_fills_body_and_teasers() -> None:
    data = generic_page(root_of(sidebar_page()), URL)
    assert data.extractor == "generic"
    assert data.headline == "Council approves budget"
    assert data.body.body == "\n\n".join(PARAS)
    assert any(t.block == "Most read" for t in data.teasers)


def test_empty_and_bodyless_pages() -> None:
    assert body_of("<html><body></body></html>") == ""
    assert body_of("<p>x</p>") in ("", "x")


# --- properties -------------------------------------------------------------------------

TAGS = ["div", "p", "span", "a", "ul", "li", "aside", "section", "article", "h2", "br", "table"]
tokens = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(
        ['<div class="sidebar">', '<a href="/x">', '<p class="content">', "<!-- c -->", "&amp;"]
    ),
    st.text(max_size=40),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(tokens, max_size=80))
def test_random_markup_never_raises(parts: list[str]) -> None:
    html = "<html><body>" + "".join(parts) + "</body></html>"
    found = extract_body(root_of(html), URL)
    assert isinstance(found.body.body, str)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=4000), st.integers(min_value=0, max_value=4000))
def test_mutated_page_never_raises(cut: int, splice: int) -> None:
    html = sidebar_page()
    mutated = html[:cut] + html[splice:]
    if not mutated.strip():
        return
    found = extract_body(root_of(mutated), URL)
    assert isinstance(found.teasers, list)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdefghij klmnop,.", min_size=30, max_size=200), max_size=4),
    st.lists(st.text(alphabet="qrstuvwxyz QRSTUV", min_size=12, max_size=80), max_size=8),
)
def test_sidebar_text_never_in_body(story: list[str], side: list[str]) -> None:
    # The alphabets differ, so a sidebar line can only reach the body by a leak.
    items = "".join(f'<li><a href="/s{i}">{s}</a></li>' for i, s in enumerate(side))
    html = page(paras(story), f'<aside class="sidebar"><h2>Most read</h2><ul>{items}</ul></aside>')
    body = body_of(html)
    for line in side:
        if line.strip():
            assert " ".join(line.split()) not in body


def test_deep_nesting_finishes() -> None:
    html = "<html><body>" + "<div>" * 5000 + "deep text" + "</div>" * 5000
    html += "<p>" + PARAS[0] + "</p></body></html>"
    found = extract_body(root_of(html), URL)
    assert isinstance(found.body.body, str)
    inline = "<html><body><p>" + "<b>" * 5000 + PARAS[1] + "</p></body></html>"
    assert isinstance(body_of(inline), str)


def test_huge_page_finishes() -> None:
    block = page(paras(PARAS), sidebar_page())
    html = "<html><body>" + block * (3_000_000 // len(block) + 1) + "</body></html>"
    assert len(html) > 3_000_000
    found = extract_body(root_of(html), URL)
    assert PARAS[0] in found.body.body


def test_posts_nested_in_the_story_article_dropped() -> None:
    others = "".join(
        f'<article class="post"><a href="/p{i}"><h2>Other post {i}</h2></a>'
        f"<p>{PARAS[(i + 1) % 4]} Another reflection number {i}.</p></article>"
        for i in range(4)
    )
    html = f"""<html><body><div id="primary">
    <article class="post"><h1>The story</h1><p>{PARAS[0]}</p></article>
    <article class="post"><h3>You may also like</h3>{others}</article>
    </div></body></html>"""
    body = body_of(html)
    assert PARAS[0] in body
    assert "Another reflection" not in body


def test_link_wrapping_blocks_counts_as_link_text() -> None:
    ticker = "".join(
        f'<div class="item"><a href="/breaking/{i}"><span>{PARAS[i % 4][:70]} ({i})</span>'
        f"<ul><li>By STAFF, with a longer byline, and more, words</li>"
        f"<li>11/20/2019 0{i % 10}:14 PM</li></ul></a></div>"
        for i in range(16)
    )
    html = f"""<html><body><div class="container">
    <div class="row"><h1>Short story</h1></div>
    <div class="row"><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div>
    <div class="row"><div class="list">{ticker}</div></div>
    </div></body></html>"""
    body = body_of(html)
    assert body == "\n\n".join(PARAS[:2])


def open_button_page(story: str, extra: str = "") -> str:
    """A page whose header menu button holds an unclosed ``<div>``: libxml2 keeps the
    button open and nests the rest of the page in it (a browser closes it at ``</button>``)."""
    return f"""<html><body><header class="site-header" role="banner"><div class="menu-top">
    <button class="menu-button" aria-label="Main menu"><div class="inner"><span>Menu</span>
    <div></button></div>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav></div></header>
    <main><article><h1>Council approves budget</h1>
    <div class="story-body">{story}</div></article>{extra}</main>
    <footer class="site-footer"><p>Copyright 2024 Example News, all rights reserved.</p></footer>
    </body></html>"""


def test_story_inside_a_button_left_open_is_read() -> None:
    root = root_of(open_button_page(paras(PARAS)))
    main = next(root.iter("main"))
    assert any(a.tag == "button" for a in main.iterancestors())  # the parser's nesting
    assert extract_body(root, URL).body.body == "\n\n".join(PARAS)


def test_story_inside_a_button_left_open_is_read_on_a_page_of_divs() -> None:
    """The same page built of ``div`` s alone (no ``header``, ``nav``, ``main``,
    ``article``, ``footer``): the ``h1`` in the button tells the control left open."""
    root = root_of(open_button_page(paras(PARAS)))
    for element in list(root.iter("header", "nav", "main", "article", "footer")):
        element.tag = "div"  # (after parsing: the parser's nesting stays)
    h1 = next(root.iter("h1"))
    assert any(a.tag == "button" for a in h1.iterancestors())  # the parser's nesting
    assert extract_body(root, URL).body.body == "\n\n".join(PARAS)


def test_sidebar_inside_a_button_left_open_stays_out() -> None:
    side = "".join(
        f'<li><a href="/s/most-read-story-{i}">'
        f"Most read story number {i} about the river flood</a></li>"
        for i in range(6)
    )
    aside = f'<aside class="sidebar"><h2>Most read</h2><ul>{side}</ul></aside>'
    found = extract_body(root_of(open_button_page(paras(PARAS), aside)), URL)
    assert found.body.body == "\n\n".join(PARAS)
    assert "Menu" not in found.body.body
    assert next(t.headline for t in found.teasers if t.block == "Most read").startswith("Most")


def test_buttons_holding_only_labels_and_cards_stay_unread() -> None:
    card = (
        '<button class="card"><div><h3>A card heading of some length in a button</h3>'
        "<div>The card text, which runs on for a while, as such cards do, and more.</div>"
        "</div></button>"
    )
    story = f"<p>{PARAS[0]}</p><button>Load more comments</button>{card}<p>{PARAS[1]}</p>"
    body = body_of(page(story))
    assert body == f"{PARAS[0]}\n\n{PARAS[1]}"


def test_a_button_holding_a_long_text_but_no_h1_stays_unread() -> None:
    """A control holding a teaser's heading and text (no ``h1``, no landmark) is no
    control left open: its text stays out, on a page of ``div`` s too."""
    card = (
        "<button><div><h2>A teaser heading of some length set in a button</h2>"
        f"<div>{PARAS[2]}</div></div></button>"
    )
    story = f"<div><h1>Council approves budget</h1><p>{PARAS[0]}</p>{card}<p>{PARAS[1]}</p></div>"
    html = f"<html><body><div>{story}</div></body></html>"
    assert body_of(html) == f"{PARAS[0]}\n\n{PARAS[1]}"


# --- AEB regression guard ---------------------------------------------------------------

AEB = Path(__file__).resolve().parent.parent / "bench" / "data" / "aeb"
#: The F1 measured with ``bench/generic.py`` minus 0.01.
AEB_FLOOR = 0.968
_WORD = re.compile(r"\w+")


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = _WORD.findall(text)
    if len(toks) < 4:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + 4]) for i in range(len(toks) - 3))


def test_aeb_f1_regression_guard() -> None:
    """The benchmark's metric (score.py), recomputed in-process on every page."""
    assert (AEB / "ground-truth.json").exists(), f"AEB benchmark missing at {AEB}"
    truth = json.loads((AEB / "ground-truth.json").read_text("utf8"))
    precisions, recalls = [], []
    for page_id, entry in sorted(truth.items()):
        data = gzip.decompress((AEB / "html" / f"{page_id}.html.gz").read_bytes())
        pred = extract_body(selector(data).root, entry["url"]).body.body
        t, p = _shingles(entry["articleBody"]), _shingles(pred)
        tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
        if fp == 0 and fn == 0:
            precision = recall = 1.0
        else:
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
        if tp + fp:
            precisions.append(precision)
        if tp + fn:
            recalls.append(recall)
    p_mean = sum(precisions) / len(precisions)
    r_mean = sum(recalls) / len(recalls)
    f1 = 2 * p_mean * r_mean / (p_mean + r_mean)
    assert f1 >= AEB_FLOOR


def test_generic_article_pauses_the_cycle_collector_and_restores_it() -> None:
    """The collector is off during an extraction and as it was afterwards: on again when
    it was on, still off when the caller had switched it off, on again after an error."""
    page = b"<html><body><article><h1>T</h1><p>Some story text here.</p></article></body></html>"
    url = "https://example.org/a"
    assert gc.isenabled()
    generic_article(selector(page).root, url)
    assert gc.isenabled()
    gc.disable()
    try:
        generic_article(selector(page).root, url)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), _collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def link_line_page(line: str) -> str:
    """A story whose last line is *line*."""
    return f"""<html><body><main><article><h1>Council approves budget</h1>
    <div class="story"><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{line}</p></div>
    </article></main></body></html>"""


def test_link_broken_by_br_counts_as_link_text() -> None:
    # A line that is one link written over two lines ("<a>…<br>…</a>") is a link line:
    # the anchor's text is read with its break as a space, and so must the line be.
    call = '<a href="/app">Get our free app<br>for the news, alerts and more every day</a>'
    assert body_of(link_line_page(call)) == "\n\n".join(PARAS[:2])


def test_link_broken_by_br_inside_a_sentence_stays() -> None:
    # Must not fire: the same link inside a sentence of prose is a small part of it.
    line = (
        "The council will publish the full budget on its website next week, and readers "
        'can follow the vote <a href="/live">on our live<br>page</a> as it happens.'
    )
    body = body_of(link_line_page(line))
    assert body.startswith("\n\n".join(PARAS[:2]))
    assert "as it happens." in body
