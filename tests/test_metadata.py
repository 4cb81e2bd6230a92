"""Generic metadata extraction: one small page per date source kind, plus a benchmark guard."""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.meta_record import HTMLDATE_CONFIDENCE, htmldate_candidate
from newscrawl.extraction.metadata import (
    Candidate,
    Metadata,
    _Collector,
    extract_metadata,
    page_normaliser,
    shown_texts,
)

URL = "https://news.example/world/story-123"
BENCH_SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "generic_dates.py"
BENCH_DATA = Path(__file__).resolve().parent.parent / "bench" / "data" / "dates" / "index.json"
#: Day accuracy reached on the dates benchmark (bench/generic_dates.py: 0.918), minus 0.01.
#: (0.929 before front pages and other pages of other pages gave no record: three of the
#: set's pages are such pages, two of them dated right before, see README "Which pages give
#: no record".)
ACCURACY_FLOOR = 0.908


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    """A minimal HTML page."""
    return f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


def meta_of(document: str, url: str = URL) -> Metadata:
    """extract_metadata over an HTML string."""
    return extract_metadata(lxml_html.fromstring(document), url)


def best_raw(document: str, url: str = URL) -> str | None:
    """The raw string of the best publication candidate, or None."""
    best = meta_of(document, url).best_published()
    return best.raw if best else None


LD = "<script type='application/ld+json'>{}</script>"
ARTICLE_BODY = "<article><h1>Title</h1>{}<p>Body text of the story.</p></article>"

PUBLISHED_CASES = [
    pytest.param(
        page(LD.format('{"@type": "NewsArticle", "datePublished": "2023-11-03T10:00:00Z"}')),
        "2023-11-03T10:00:00Z",
        "jsonld-article",
        id="jsonld-plain",
    ),
    pytest.param(
        page(
            LD.format(
                '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"},'
                ' {"@type": ["ReportageNewsArticle"], "datePublished": "2023-11-04"}]}'
            )
        ),
        "2023-11-04",
        "jsonld-article",
        id="jsonld-graph",
    ),
    pytest.param(
        page(
            LD.format(
                '[{"@type": "BreadcrumbList"}, {"@type": "BlogPosting",'
                ' "datePublished": "2023-11-05"}]'
            )
        ),
        "2023-11-05",
        "jsonld-article",
        id="jsonld-list",
    ),
    pytest.param(
        page(
            LD.format(
                '{"@type": "WebPage", "mainEntity": {"@type": "Article",'
                ' "datePublished": "2023-11-06"}}'
            )
        ),
        "2023-11-06",
        "jsonld-article",
        id="jsonld-main-entity",
    ),
    pytest.param(
        page(
            LD.format(
                '{"@type": "NewsArticle", "headline": "A\tB", "datePublished": "2023-11-07",}'
            )
        ),
        "2023-11-07",
        "jsonld-article",
        id="jsonld-malformed",
    ),
    pytest.param(
        page("<meta property='article:published_time' content='2023-11-08T09:00:00+01:00'>"),
        "2023-11-08T09:00:00+01:00",
        "meta-og",
        id="meta-article-published-time",
    ),
    pytest.param(
        page("<meta name='DC.date.issued' content='2023-11-09'>"),
        "2023-11-09",
        "meta",
        id="meta-dc-date-issued",
    ),
    pytest.param(
        page("<meta name='sailthru.date' content='2023-11-10 08:00:00'>"),
        "2023-11-10 08:00:00",
        "meta",
        id="meta-sailthru",
    ),
    pytest.param(
        page(
            body=ARTICLE_BODY.format(
                "<span itemprop='datePublished' content='2023-11-11'>11 Nov</span>"
            )
        ),
        "2023-11-11",
        "itemprop",
        id="itemprop-content",
    ),
    pytest.param(
        page(body=ARTICLE_BODY.format("<time datetime='2023-11-12T07:00'>Sunday</time>")),
        "2023-11-12T07:00",
        "time-article",
        id="time-in-article",
    ),
    pytest.param(
        page(
            body=ARTICLE_BODY.format(
                "<time class='updated' datetime='2023-11-20'>x</time>"
                "<time class='published' datetime='2023-11-13'>y</time>"
            )
        ),
        "2023-11-13",
        "time-marked",
        id="time-published-class",
    ),
    pytest.param(
        page(
            body=ARTICLE_BODY.format(
                "<div class='meta'>Published 14 November 2023, Updated 15 November 2023</div>"
            )
        ),
        "14 November 2023",
        "stamp-labelled",
        id="visible-published-label",
    ),
    pytest.param(
        page(body=ARTICLE_BODY.format("<p>By Jane Doe</p><p>November 16, 2023</p>")),
        "November 16, 2023",
        "stamp",
        id="visible-date-line-in-header",
    ),
    pytest.param(
        page(
            body=ARTICLE_BODY.format("<span class='post-date'>17. November 2023</span>"), lang="de"
        ),
        "17. November 2023",
        "stamp",
        id="visible-odd-stamp-in-date-class",
    ),
    pytest.param(
        page(body=ARTICLE_BODY.format("<p class='infos'>Publié le 29 juin 2019</p>"), lang="fr"),
        "29 juin 2019",
        "stamp-labelled",
        id="visible-french-label",
    ),
    pytest.param(page(), "2023-11-18", "url", id="url-slashes"),
]


@pytest.mark.parametrize(("document", "raw", "source"), PUBLISHED_CASES)
def test_published_sources(document: str, raw: str, source: str) -> None:
    url = "https://news.example/2023/11/18/story/" if source == "url" else URL
    best = meta_of(document, url).best_published()
    assert best is not None
    assert (best.raw, best.source) == (raw, source)


@pytest.mark.parametrize(
    ("url", "raw"),
    [
        ("https://x.example/2023/11/03/a-story", "2023-11-03"),
        ("https://x.example/news/20231103/a-story", "2023-11-03"),
        ("https://x.example/news/a-story-2023-11-03.html", "2023-11-03"),
        ("https://x.example/2023/11/a-story", None),  # month only: no day, no date
        ("https://x.example/news/a-story-99887766", None),
        ("https://x.example/news/harbour-budget-20231103-a1b2.html", "2023-11-03"),
        ("https://x.example/news/harbour_budget_20231103", "2023-11-03"),
        ("https://x.example/news/article/A2026012914320005196", None),  # inside an id
        ("https://x.example/news/story-2023110312", None),  # a longer number
    ],
)
def test_url_dates(url: str, raw: str | None) -> None:
    assert best_raw(page(), url) == raw


def test_priority_jsonld_over_meta_over_visible() -> None:
    document = page(
        LD.format('{"@type": "NewsArticle", "datePublished": "2023-01-01"}')
        + "<meta property='article:published_time' content='2023-01-02'>",
        ARTICLE_BODY.format("<p>Published 3 January 2023</p>"),
    )
    meta = meta_of(document)
    assert [c.source for c in meta.ranked_published()] == [
        "jsonld-article", "meta-og", "stamp-labelled",
    ]  # fmt: skip
    assert meta.best_published() == Candidate("2023-01-01", "jsonld-article", 0.95)


@pytest.mark.parametrize(
    "document",
    [
        page(LD.format('{"@type": "NewsArticle", "dateModified": "2023-11-20"}')),
        page("<meta property='article:modified_time' content='2023-11-20'>"),
        page(body=ARTICLE_BODY.format("<p>Updated November 20, 2023</p>")),
        page(body=ARTICLE_BODY.format("<p class='date'>Aktualisiert: 20.11.2023</p>"), lang="de"),
        page(body=ARTICLE_BODY.format("<time class='updated' datetime='2023-11-20'>x</time>")),
    ],
    ids=["jsonld", "meta", "visible-label", "german-label", "time-class"],
)
def test_modified_never_becomes_published(document: str) -> None:
    meta = meta_of(document)
    assert meta.best_published() is None
    best = meta.best_modified()
    assert best is not None
    assert "2023" in best.raw and "20" in best.raw


@pytest.mark.parametrize(
    "document",
    [
        page(body=ARTICLE_BODY.format("")),
        page(
            body="<article><h1>T</h1><p>"
            + "On 3 November 2023 the council met. " * 8
            + "</p></article>"
        ),
        page(
            body=ARTICLE_BODY.format("") + "<footer>© 2023 News Example. 1 January 2023</footer>"
        ),
        page(
            body=ARTICLE_BODY.format("") + "<div class='comments'><span class='date'>"
            "3 November 2023</span></div>"
        ),
        page(body=ARTICLE_BODY.format("") + "<aside><time datetime='2023-11-03'>x</time></aside>"),
    ],
    ids=["no-date", "body-text", "copyright-footer", "comments", "sidebar-time"],
)
def test_no_date_stays_none(document: str) -> None:
    assert meta_of(document).best_published() is None


NO_DATE_PAGES = [
    page(body=ARTICLE_BODY.format("")),
    page(
        body="<article><h1>T</h1><p>"
        + "On 3 November 2023 the council met. " * 8
        + "</p></article>"
    ),
    page(
        body="<article><h1>T</h1><p>"
        + "The report of 2023-11-03 was long. " * 5
        + "</p></article>"
    ),
    page(
        body="<article><h1>T</h1><p>"
        + "Meeting on 03.11.2023 at the hall. " * 5
        + "</p></article>"
    ),
    page(body=ARTICLE_BODY.format("") + "<footer>© 2023 News Example. 1 January 2023</footer>"),
    page(
        body=ARTICLE_BODY.format("") + "<div class='comments'><span class='date'>"
        "3 November 2023</span></div>"
    ),
    page(body=ARTICLE_BODY.format("") + "<aside><time datetime='2023-11-03'>x</time></aside>"),
    # What htmldate's text search would take: a copyright year outside a footer, a month
    # without a day (it makes both the first of a month), a day in a script's data.
    page(body=ARTICLE_BODY.format("") + "<div class='legal'>© 2019 News Example Ltd</div>"),
    page(body=ARTICLE_BODY.format("<p>Spring issue, March 2019</p>")),
    page(body=ARTICLE_BODY.format("") + "<script>var build = '2019-03-12';</script>"),
    # Markup in a <template> (a story card a script clones): never shown, never the page's.
    page(
        body="<template id='story-card'><div class='card'><p class='entry-meta'>Posted "
        "2019/03/12</p><a href='/card' data-created='2019-03-12T09:00:00Z'>x</a></div>"
        "</template>" + ARTICLE_BODY.format("")
    ),
    # Days in the paths of a link and a picture: other pages' and files' days.
    page(
        body=ARTICLE_BODY.format(
            "<p>See <a href='/2019/03/12/other-story/'>our earlier story</a>.</p>"
            "<img src='/uploads/2018/04/22/pic.jpg' alt=''>"
        )
    ),
    # The day's date in the site's banner (a <header> with the navigation, outside
    # article and main): the day the page was shown.
    # A picture's caption with the day the picture was taken: the picture's date.
    page(
        body=ARTICLE_BODY.format(
            "<figure><img src='/p.jpg' alt=''><figcaption>Photo: Archive, 12.03.2019"
            "</figcaption></figure>"
        )
    ),
    page(
        body="<header><time datetime='2019-03-12'>Tuesday, 12 March 2019</time>"
        "<nav><a href='/'>Home</a> <a href='/city/'>City</a></nav></header>"
        + ARTICLE_BODY.format("")
    ),
]


NO_DATE_IDS = [
    "no-date",
    "body-text",
    "body-iso",
    "body-numeric",
    "footer",
    "comments",
    "sidebar",
    "copyright-in-text",
    "month-only",
    "script-data",
    "template",
    "link-and-image-paths",
    "caption",
    "banner-today",
]


@pytest.mark.parametrize(
    "document",
    NO_DATE_PAGES,
    ids=NO_DATE_IDS,
)
def test_htmldate_fallback_invents_nothing(document: str) -> None:
    root = lxml_html.fromstring(document)
    before = lxml_html.tostring(root)
    assert extract_metadata(root, URL).usable_published(root, URL) is None
    assert lxml_html.tostring(root) == before  # htmldate works on a copy


def test_htmldate_text_search_reads_a_short_byline_date() -> None:
    """A byline line with a two-digit year ("von Max Muster, 8.5.12") above a story whose
    page has no headline ``<h1>``: none of our sources nor htmldate's fast search reads it,
    its text search does (day first, as the page's language writes it)."""
    body = (
        "<div class='wrap'><h2>Der neue Trend</h2><p class='morespace'>von "
        "<a href='/author/max/' rel='author'>Max Muster</a>, 8.5.12</p>"
        f"<div class='the-content'><p>{'Die Landtagswahl gibt einen Vorgeschmack. ' * 6}</p>"
        "</div></div>"
    )
    root = lxml_html.fromstring(page(body=body, lang="de"))
    meta = extract_metadata(root, "https://blog.example/der-neue-trend/")
    assert meta.best_published() is None
    found = meta.usable_published(root, "https://blog.example/der-neue-trend/")
    assert found == Candidate("2012-05-08", "htmldate", HTMLDATE_CONFIDENCE)


def test_htmldate_text_search_reads_a_byline_date_beside_a_caption() -> None:
    """The same byline date with a picture and its caption under it: the caption is
    left out of htmldate's copy, the byline's date is still read."""
    body = (
        "<div class='wrap'><h2>Der neue Trend</h2><p class='morespace'>von "
        "<a href='/author/max/' rel='author'>Max Muster</a>, 8.5.12</p>"
        "<figure><img src='/p.jpg' alt=''><figcaption>Foto: Archiv</figcaption></figure>"
        f"<div class='the-content'><p>{'Die Landtagswahl gibt einen Vorgeschmack. ' * 6}</p>"
        "</div></div>"
    )
    root = lxml_html.fromstring(page(body=body, lang="de"))
    found = extract_metadata(root, "https://blog.example/t/").usable_published(
        root, "https://blog.example/t/"
    )
    assert found == Candidate("2012-05-08", "htmldate", HTMLDATE_CONFIDENCE)


@pytest.mark.parametrize(
    ("head", "time", "expected"),
    [
        # A day alone in a meta (here ISO's compact form), the same day with a time in
        # the article's <time>: the time says more.
        (
            "<meta property='article:published_time' content='20190312'>",
            "2019-03-12T10:15:00+01:00",
            "2019-03-12T10:15:00+01:00",
        ),
        (
            "<meta property='article:published_time' content='2019-03-12'>",
            "2019-03-12T10:15:00+01:00",
            "2019-03-12T10:15:00+01:00",
        ),
        # Must not fire: the <time> states another day; the meta's day stays.
        (
            "<meta property='article:published_time' content='2019-03-12'>",
            "2019-03-13T10:15:00+01:00",
            "2019-03-12",
        ),
    ],
    ids=["compact-day-and-time", "day-and-time", "other-day"],
)
def test_a_day_alone_yields_to_a_time_of_that_day(head: str, time: str, expected: str) -> None:
    body = ARTICLE_BODY.format(f"<time datetime='{time}'>12 March 2019</time>")
    found = meta_of(page(head=head, body=body)).usable_published()
    assert found is not None
    assert found.raw == expected


@pytest.mark.parametrize(
    ("lang", "url", "elsewhere", "expected"),
    [
        # Day first: a date of the same form whose first field is over 12 on the page,
        # or the URL's day on the day-first reading.
        ("en", URL, "25/02/2019", "2019-03-06"),
        ("en", "https://news.example/2019/03/06/story", "", "2019-03-06"),
        # Must not fire: a US page, no signal, a month-first date on the page as well,
        # the URL's day on the month-first reading.
        ("en-US", URL, "25/02/2019", "2019-06-03"),
        ("en", URL, "", "2019-06-03"),
        ("en", "https://news.example/2019/03/06/story", "02/25/2019", "2019-06-03"),
        ("en", "https://news.example/2019/06/03/story", "", "2019-06-03"),
    ],
    ids=["other-date", "url-day", "us-page", "no-signal", "month-first-date", "url-month-first"],
)
def test_an_ambiguous_numeric_stamp_is_read_day_first_when_signals_agree(
    lang: str, url: str, elsewhere: str, expected: str
) -> None:
    body = ARTICLE_BODY.format("<p class='meta'>06/03/2019</p>") + f"<aside>{elsewhere}</aside>"
    root = lxml_html.fromstring(page(body=body, lang=lang))
    meta = extract_metadata(root, url)
    found = meta.usable_published(root, url)
    assert found is not None
    value = page_normaliser(lang).normalise(found.raw, datetime(2026, 1, 1, tzinfo=UTC)).value
    assert value == expected


@pytest.mark.parametrize(
    ("modified", "expected"),
    [("2019-03-01", None), ("2019-06-01", "2019-05-05")],
    ids=["after-modification", "before-modification-notfire"],
)
def test_htmldate_gives_no_day_after_the_stated_modification(
    modified: str, expected: str | None
) -> None:
    """htmldate's day after the modification day the page states (its JSON-LD) is another
    thing's: no date. Must not fire: a day before it."""
    head = LD.format(f'{{"@type": "NewsArticle", "dateModified": "{modified}"}}')
    body = ARTICLE_BODY.format("") + "<div><span>Premiere: 5 May 2019</span></div>"
    root = lxml_html.fromstring(page(head=head, body=body))
    found = extract_metadata(root, URL).usable_published(root, URL)
    assert (found.raw if found else None) == expected
    if found is not None:
        assert found.source == "htmldate"


#: A story of two paragraphs longer than a stamp, and what comes after it.
LONG_STORY = (
    "<main><article><h1>Council approves new budget</h1>"
    f"<p>{'The council approved the budget after a long debate about schools. ' * 3}</p>"
    f"<p>{'The mayor said lower costs and higher parking fees would balance it. ' * 3}</p>"
    "{}</article></main>"
)


@pytest.mark.parametrize(
    ("after", "lang"),
    [
        # A teaser: a link to another story under its headline, a date beside it.
        (
            "<div class='rel'><a href='/city/bakery.html'>Bakery closes after a hundred "
            "years</a> <span>12.03.2019</span></div>",
            "en",
        ),
        # An event's day that words name, in a box of its own.
        ("<div class='box'><div>Premiere am 5. Mai 2019</div></div>", "de"),
        ("<div class='box'><div>Premiere on 5 May 2019</div></div>", "en"),
        # A fact box: a labelled day beside the event's other lines.
        (
            "<div class='box'><p>When: 5 May 2019, 7pm</p><p>Town hall, Market Square</p></div>",
            "en",
        ),
    ],
    ids=["teaser-link", "event-words-de", "event-words-en", "fact-box"],
)
def test_htmldate_reads_no_other_things_day_after_the_story(after: str, lang: str) -> None:
    """htmldate's copy leaves out, after the story's first paragraph, a date that words
    name as an event's day and, after its last one, a date beside another story's link."""
    root = lxml_html.fromstring(page(body=LONG_STORY.format(after), lang=lang))
    meta = extract_metadata(root, URL, extract_body(root, URL).story)
    assert meta.usable_published(root, URL) is None


@pytest.mark.parametrize(
    ("box", "day"),
    [
        pytest.param(
            "<h3>Info</h3><p>Open daily from 5 May 2019, 10 am to 6 pm</p><p>Main Street 5</p>",
            None,
            id="info-box",
        ),
        pytest.param("<h4>Season</h4><p>Season 2019 opens on 5 May 2019</p>", None, id="season"),
        pytest.param("<h5>Datum:</h5><p>5 May 2019</p>", "2019-05-05", id="date-heading"),
        pytest.param("<h3>Info</h3><p>Published 5 May 2019</p>", "2019-05-05", id="labelled"),
        pytest.param("<p>5 May 2019</p><h3>Info</h3>", "2019-05-05", id="heading-after"),
        pytest.param("<h3>Popular</h3><p>5 May 2019, 02:19</p>", "2019-05-05", id="date-opens"),
    ],
)
def test_htmldate_reads_no_day_of_a_headed_box_after_the_story(box: str, day: str | None) -> None:
    """htmldate's copy leaves out, after the story's last paragraph, a short box's line that
    a heading of the box opens, words leading to its date (an info box's day is its
    subject's). Must not fire: a heading that is a date's label, a line a publication
    label leads, a date before the heading, a line its date opens."""
    root = lxml_html.fromstring(page(body=LONG_STORY.format(f"<div>{box}</div>"), lang="en"))
    found = htmldate_candidate(root, URL, extract_body(root, URL).story)
    assert (found.raw[:10] if found else None) == day  # (its time, when shown, too)


@pytest.mark.parametrize(
    ("after", "lang", "day"),
    [
        ("<div class='x'>Erstellt: 14.03.19, 10:15 Uhr</div>", "de", "2019-03-14"),
        ("<div class='box'><div>Datum: 14.03.2019</div></div>", "de", "2019-03-14"),
        ("<div class='x'>Posted on 14 March 2019</div>", "en", "2019-03-14"),
        (
            "<p class='x'>von <a href='/autor/max/'>Max Muster</a>, 14.3.19</p>",
            "de",
            "2019-03-14",
        ),
    ],
    ids=["labelled-stamp", "label-alone-in-box", "publication-verb", "byline-link"],
)
def test_htmldate_still_reads_a_stamp_after_the_story(after: str, lang: str, day: str) -> None:
    """Must not fire: the page's own stamp at the end of its story (a label alone on its
    line, a publication verb, a byline whose link is a name) is still htmldate's day."""
    root = lxml_html.fromstring(page(body=LONG_STORY.format(after), lang=lang))
    meta = extract_metadata(root, URL, extract_body(root, URL).story)
    found = meta.usable_published(root, URL)
    assert found is not None
    value = page_normaliser(lang).normalise(found.raw, datetime(2026, 1, 1, tzinfo=UTC)).value
    assert value is not None
    assert value[:10] == day


def test_htmldate_text_search_skips_a_page_of_megabytes_of_short_lines() -> None:
    """The same byline date on a page padded with 20,000 short lines (600 kB): the text
    search, seconds on such a page, is not run (HTMLDATE_TEXT_SEARCH_MAX_CHARS)."""
    lines = "".join(f"<div>line {i} of a menu</div>" for i in range(20_000))
    body = (
        "<div class='wrap'><h2>Der neue Trend</h2><p class='morespace'>von "
        "<a href='/author/max/' rel='author'>Max Muster</a>, 8.5.12</p>"
    )
    url = "https://blog.example/der-neue-trend/"
    small = lxml_html.fromstring(page(body=body + lines[:2_000], lang="de"))
    assert htmldate_candidate(small, url) == Candidate("2012-05-08", "htmldate", 0.05)
    big = lxml_html.fromstring(page(body=body + lines, lang="de"))
    assert htmldate_candidate(big, url) is None


@pytest.mark.parametrize("control", ["\x0b", "\x0c", "\x01", "\x1b", "\ufffe"])
def test_htmldate_fallback_drops_a_script_before_text_lxml_refuses(control: str) -> None:
    """A hostile page: a control character (kept by the HTML parser, refused by lxml when
    a text is set) in the text after a script and after an expiry meta. The fallback's
    copy drops them and still reads the byline's day, instead of a ValueError ending the
    page's extraction (the fuzz corpus found it once scripts went from that copy)."""
    body = (
        f"<div class='wrap'><script>var a = 1;</script>{control} note"
        "<p class='morespace'>von <a href='/author/max/' rel='author'>Max Muster</a>, 8.5.12</p>"
        f"<script>var b = 2;</script>{control}</div>"
    )
    head = f'<meta name="expires" content="2030-01-01">{control}'
    root = lxml_html.fromstring(page(head=head, body=body, lang="de"))
    url = "https://blog.example/der-neue-trend/"
    assert htmldate_candidate(root, url) == Candidate("2012-05-08", "htmldate", 0.05)


STORY = "The council approved a new budget that sets aside far more money for schools. " * 3
SENTENCE = "On 3 May 2024 the mayor said the plan would go ahead."


def test_htmldate_fallback_never_reads_the_story_sentences() -> None:
    """A story whose only date is in a short sentence of its own text: htmldate's text
    search would take it (it reads short lines); the story's paragraphs are not shown to
    it, so the page has no publication date. Must not fire: the same line outside the
    story is read, and so is a story paragraph that is a date line and nothing else."""
    body = (
        f"<article><h1>Budget approved</h1><p>{STORY}</p><p>{SENTENCE}</p><p>{STORY}</p></article>"
    )
    root = lxml_html.fromstring(page(body=body))
    story = frozenset({STORY.strip(), SENTENCE})
    assert htmldate_candidate(root, URL, story) is None
    # (a clause going on past its date is read nowhere: clause_date_line)
    assert htmldate_candidate(root, URL) is None
    closing = "The mayor's statement of 3 May 2024."
    said = lxml_html.fromstring(page(body=body.replace(SENTENCE, closing)))
    assert htmldate_candidate(said, URL, frozenset({STORY.strip(), closing})) is None
    assert htmldate_candidate(said, URL) == Candidate("2024-05-03", "htmldate", 0.05)
    article = generic_article(root, URL)
    assert [d for d in article.dates if d.field == "datePublished"] == []
    dated = lxml_html.fromstring(page(body=body.replace(SENTENCE, "3 May 2024")))
    story_line = frozenset({STORY.strip(), "3 May 2024"})
    assert htmldate_candidate(dated, URL, story_line) == Candidate("2024-05-03", "htmldate", 0.05)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        pytest.param("Zuletzt aktualisiert: <time datetime='2024-05-03'>3. Mai</time>", None,
                     id="update-label-before-time"),
        pytest.param("Von Anna Holm · <b>Aktualisiert</b> <span>3.5.2024</span>", None,
                     id="update-label-element"),
        pytest.param("Veröffentlicht: <time datetime='2024-05-03'>3. Mai</time>", "2024-05-03",
                     id="publication-label-must-not-fire"),
        pytest.param("Von Anna Holm | Aktualisiert am 03.05.2024, 08:00 Uhr", None,
                     id="update-label-after-byline"),
        pytest.param("Von Anna Holm · Zuletzt geprüft am 03.05.2024", None,
                     id="review-label-after-byline"),
        pytest.param("02.05.2024 | Aktualisiert am 03.05.2024", "2024-05-02",
                     id="publication-date-before-the-label-must-not-fire"),
    ],
)  # fmt: skip
def test_htmldate_fallback_skips_dates_after_a_modification_label(
    line: str, found: str | None
) -> None:
    """A date after a modification label is the update's: htmldate, not told the label,
    would give it as the publication day."""
    body = f"<article><h1>Titel</h1><div class='info'>{line}</div><p>{STORY}</p></article>"
    candidate = htmldate_candidate(lxml_html.fromstring(page(body=body, lang="de")), URL)
    assert (candidate.raw if candidate else None) == found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        pytest.param("Angebot gültig bis 14.03.2024", None, id="until-word"),
        pytest.param("Video verfügbar bis 14.03.2024", None, id="until-available"),
        pytest.param("Oferta ważna do 14.03.2024", None, id="until-polish"),
        pytest.param("Kampanya 14.03.2024 tarihine kadar geçerlidir", None, id="until-long"),
        pytest.param("Kampanya 2024/03/14 tarihine kadar tüm mağazalarda geçerlidir", None,
                     id="until-long-postposition"),
        pytest.param("Angebot für alle Abonnentinnen und Abonnenten gültig bis 14.03.2024", None,
                     id="until-long-preposition"),
        pytest.param("Do 14.03.2024", "2024-03-14", id="weekday-do-must-not-fire"),
        pytest.param("14.03.2024", "2024-03-14", id="plain-stamp-must-not-fire"),
        pytest.param("14.03.2024 · Angebot für Abonnenten gültig bis 20.03.2024", "2024-03-14",
                     id="date-before-until-must-not-fire"),
    ],
)  # fmt: skip
def test_htmldate_fallback_skips_a_day_something_lasts_until(line: str, found: str | None) -> None:
    """A line naming the day a thing ends ("valid until", "verfügbar bis", "tarihine
    kadar") and no other date is no stamp, however long: htmldate, not told the word,
    would give it as the publication day. The German weekday "Do" (Thursday) is no Polish
    "do" (until), and a date before the word "until" is not the until's."""
    body = f"<article><h1>Titel</h1><div class='info'><p>{line}</p></div><p>{STORY}</p></article>"
    candidate = htmldate_candidate(lxml_html.fromstring(page(body=body, lang="de")), URL)
    assert (candidate.raw if candidate else None) == found


@pytest.mark.parametrize(
    ("line", "lang", "found"),
    [
        pytest.param("Firmware 4.2.20", "de", None, id="firmware"),
        pytest.param("Version 1.2.19", "en", None, id="version"),
        pytest.param("Release 2.10.21", "en", None, id="release-two-figure-month"),
        pytest.param("v3.1.24", "en", None, id="v-touching"),
        pytest.param("Update 4.2.20 für alle Geräte", "de", None, id="update"),
        pytest.param("<b>Firmware-Version</b> 4.2.20", "de", None, id="name-in-inline"),
        pytest.param("Versión 4.2.20 disponible", "es", None, id="spanish"),
        pytest.param("Wersja 4.2.20 dostępna", "pl", None, id="polish"),
        pytest.param("Версия 4.2.20", "ru", None, id="russian"),
        pytest.param("Artikel vom 3.4.24", "de", "2024-04-03", id="joined-date-must-not-fire"),
        pytest.param("Dieser Artikel wurde am 3.5.13 veröffentlicht", "de", "2013-05-03",
                     id="am-date-must-not-fire"),
        pytest.param("Erstveröffentlichung: 4.4.18", "de", "2018-04-04",
                     id="colon-date-must-not-fire"),
        pytest.param("Stand 3.4.24", "de", "2024-04-03", id="htmldate-label-must-not-fire"),
        pytest.param("Datum 3.4.24", "de", "2024-04-03", id="datum-label-must-not-fire"),
        pytest.param("Firmware 04.02.20", "de", "2020-02-04", id="padded-must-not-fire"),
        pytest.param("Version 4.2.20 vom 3.4.24", "de", "2024-04-03",
                     id="date-after-version-must-not-fire"),
        pytest.param("Firmware</p><p>4.2.20", "de", "2020-02-04",
                     id="number-on-its-own-line-must-not-fire"),
    ],
)  # fmt: skip
def test_htmldate_fallback_skips_a_version_number(line: str, lang: str, found: str | None) -> None:
    """A version's number that reads as a date of a short year ("Firmware 4.2.20": 4
    February 2020), right after a name (a capital opens it, or it touches the number),
    under the headline of a page nothing else dates: htmldate would give it as the
    page's day, an invented one. Must not fire: a date after a joining word, a mark or
    a date's label (ours or htmldate's own: "Stand", "Datum"), one with day and month of
    two figures (as a stamp prints it), a date after a version on its line, and a
    number on a line of its own (the word before it ends another line)."""
    body = f"<article><h1>Titel</h1><div class='info'><p>{line}</p></div><p>{STORY}</p></article>"
    root = lxml_html.fromstring(page(body=body, lang=lang))
    candidate = htmldate_candidate(root, URL)
    assert (candidate.raw if candidate else None) == found
    if found is None:
        assert extract_metadata(root, URL).usable_published(root, URL) is None


@pytest.mark.parametrize(
    ("line", "lang", "found"),
    [
        pytest.param("firmware version 4.2.20", "de", None, id="lower-case"),
        pytest.param("Die neue firmware version 4.2.20 ist da", "de", None, id="mid-line"),
        pytest.param("the new version 1.2.19 is out", "en", None, id="english"),
        pytest.param("nowa wersja 4.2.20 dostępna", "pl", None, id="polish"),
        pytest.param("новая версия 4.2.20", "ru", None, id="russian"),
        pytest.param("la versión <b>4.2.20</b> disponible", "es", None, id="inline"),
        pytest.param("vom 3.4.24", "de", "2024-04-03", id="vom-must-not-fire"),
        pytest.param("am 3.5.13", "de", "2013-05-03", id="am-must-not-fire"),
        pytest.param("Статья от 3.4.24", "ru", "2024-04-03", id="ot-must-not-fire"),
        pytest.param("artykuł z dnia 3.4.24", "pl", "2024-04-03", id="dnia-must-not-fire"),
        pytest.param("publié le 3.4.24", "fr", "2024-04-03", id="le-must-not-fire"),
        pytest.param("erschienen 3.4.24", "de", "2024-04-03", id="label-must-not-fire"),
        pytest.param("posted 3.4.24", "en", "2024-04-03", id="posted-must-not-fire"),
        pytest.param("stand 3.4.24", "de", "2024-04-03", id="stand-must-not-fire"),
    ],
)  # fmt: skip
def test_htmldate_fallback_skips_a_version_number_after_a_lower_case_word(
    line: str, lang: str, found: str | None
) -> None:
    """A version's number after a lower-case word mid-line ("die neue firmware version
    4.2.20"): a word longer than any joining word (:data:`~.vocabulary.JOINER_WORDS`) is
    a name, and the number no day. Must not fire: a short date after a joining word
    ("vom", "am", "от", "dnia", "le") or a date's label written in lower case
    ("erschienen", "posted", "stand")."""
    body = f"<article><h1>Titel</h1><div class='info'><p>{line}</p></div><p>{STORY}</p></article>"
    root = lxml_html.fromstring(page(body=body, lang=lang))
    candidate = htmldate_candidate(root, URL)
    assert (candidate.raw if candidate else None) == found
    if found is None:
        assert extract_metadata(root, URL).usable_published(root, URL) is None


def test_htmldate_fallback_blanks_a_version_number_beside_text_lxml_refuses() -> None:
    """A hostile page: a control character (kept by the HTML parser, refused by lxml when
    a text is set) in the text holding a version's number: the number is blanked (the
    character with it: a space), not a ValueError ending the page's extraction."""
    body = f"<article><h1>Titel</h1><p>Firmware 4.2.20\x0b neu</p><p>{STORY}</p></article>"
    assert htmldate_candidate(lxml_html.fromstring(page(body=body, lang="de")), URL) is None


@pytest.mark.parametrize(
    ("line", "until"),
    [
        ("Offer valid until 14 March 2024", True),
        ("Kampanya 14.03.2024 tarihine kadar geçerlidir, tüm mağazalarda", True),
        ("2024年3月14日まで有効", True),
        ("14.03.2024 · Angebot gültig bis 20.03.2024", False),
        ("Montag bis Freitag 9 bis 18 Uhr für Sie geöffnet · Stand: 5. Mai 2023", False),
        ("14 March 2024", False),
    ],
)
def test_until_line_names_only_the_day_a_thing_ends(line: str, until: bool) -> None:
    """An "until" line whose every year is the until's date gives no date, whatever its
    length; must not fire: a line holding another date (before the word "until", or
    after an "until" whose date holds no year)."""
    from newscrawl.extraction.stamp_names import until_line  # noqa: PLC0415 - this test only

    assert until_line(line) is until


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Anna Baker (12 June 1931 – 5 May 2024)", True),
        ("Anna Becker (* 12. Juni 1931; † 5. Mai 2024)", True),
        ("Ana Panadero (12 de junio de 1931 – 5 de mayo de 2024)", True),
        ("14.03.2024 - 15.03.2024", True),
        ("Published 14 March 2024, updated 15 March 2024", False),
        ("14.03.2024 10:15 | 15.03.2024", False),
        ("Mittwoch, 14.03.2024 - 10:15 Uhr", False),
        ("14.03.2024 – 2 Kommentare", False),
        ("14 March 2024", False),
    ],
)
def test_date_span_line_is_two_dates_a_dash_or_a_cross_joins(line: str, span: bool) -> None:
    """Two dates a dash or a cross joins are a span's bounds (a life's, a run's); must not
    fire: a stamp and its update joined by words or a bar, a stamp and its time or its
    comments' count after a dash, a date alone."""
    from newscrawl.extraction.stamp_names import date_span_line  # noqa: PLC0415 - this test only

    assert date_span_line(line) is span


@pytest.mark.parametrize(
    ("line", "found"),
    [
        pytest.param("Anna Baker (12 June 1931 – 5 May 2024)", None, id="life-span"),
        pytest.param("Ausstellung 5. Mai 2024 – 30. Juni 2024", None, id="run"),
        pytest.param("By Anna Smith, 5 May 2024", "2024-05-05", id="byline-stamp"),
        pytest.param("5 May 2024 – 2 comments", "2024-05-05", id="stamp-and-count"),
    ],
)
def test_htmldate_fallback_skips_a_span_of_two_dates(line: str, found: str | None) -> None:
    """An undated story whose only date line before it is a span (a life's days, an
    exhibition's run) gives no date from htmldate's text search; must not fire: a byline
    line with its date, a stamp and its comments' count after a dash."""
    body = f"<article><h1>Title</h1><div class='info'><p>{line}</p></div><p>{STORY}</p></article>"
    root = lxml_html.fromstring(page(body=body, lang="en"))
    candidate = htmldate_candidate(root, URL, fetched_at=datetime(2024, 11, 1, tzinfo=UTC))
    assert (candidate.raw if candidate else None) == found


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("Concert: 5 May 2024, 8 pm, City Hall", True),
        ("Open daily from 5 May 2024, 10 am to 6 pm", True),
        ("said Smith on 5 May 2024 to the crowd", True),
        ("Konzert: 5. Mai 2024, 20 Uhr, Stadthalle", True),
        ("Geöffnet ab 5. Mai 2024, täglich 10 bis 18 Uhr", True),
        ("Ouvert tous les jours dès le 5 mai 2024, de 10 h à 18 h", True),
        ("dijo García el 5 de mayo de 2024 ante los vecinos", True),
        ("Season 2024 opens on 5 May 2024", True),
        ("Saison 2024 beginnt am 5. Mai 2024", True),
        ("Festival 2024: first night on 5 May 2024", True),
        ("Talk on 5 May 2024 at the town hall", True),
        ("Von Christian am 03.05.2013, 11:51 | 0 Meinungen |", False),
        ("am 21/02/2021. Abgelegt unter", False),
        ("am 14.03.2024 um 10:15 Uhr", False),
        ("Redaktion am 14.03.2024, 10:15 Uhr", False),
        ("March 14, 2024 at 10:15 am EDT", False),
        ("Published 14 March 2024, 10:15 CET", False),
        ("Publié le 14 mars 2024 à 10h15", False),
        ("Posted on March 14, 2024 by admin", False),
        ("14 March 2024, updated 15 March 2024", False),
        ("Datum: 22.12.2012, Rubrik: USA", False),
        ("Ausgabe 11/2024 vom 14.03.2024", False),
        ("2024-03-14 20:15 Uhr", False),
        ("2024年3月14日 10:15 来源：新华社", False),
        ("Premiere on 5 May 2024", False),
        ("14 March 2024", False),
        # (review s29) a stamp's time joined by words of other languages, a word of its
        # year or time closing the line, a publication label opening it
        ("Publicado el 14 de marzo de 2024 a las 10:15 horas", False),
        ("Pubblicato il 14 marzo 2024 alle ore 10:15", False),
        ("14 марта 2024 в 10:15", False),
        ("14 марта 2024 года", False),
        ("Gepubliceerd op 14 maart 2024 om 10:15 uur", False),
        ("Posted on March 14, 2024 in News", False),
        ("Veröffentlicht am 14.03.2024 in Politik", False),
        ("Talk on 5 May 2024 at 10:15 in the town hall", True),
        ("The report published on 5 May 2024 to the council", True),
    ],
)
def test_clause_date_line_is_a_date_a_clause_goes_on_past(line: str, clause: bool) -> None:
    """A date that a clause goes on past (a place, an opening's hours, a quoted person's
    words) or after a year standing alone is a part of a sentence about another thing;
    must not fire: a stamp's date closing its line or its part of a meta row (a time, a
    zone, a bar, a full stop, a byline's lead, an update's label, another label and its
    colon after it), an edition's number, text of uncased letters, a date alone."""
    from newscrawl.extraction.stamp_names import clause_date_line  # noqa: PLC0415 - this test only

    assert clause_date_line(line) is clause


@pytest.mark.parametrize(
    ("under", "found"),
    [
        pytest.param("<p>Concert: 5 May 2024, 8 pm, City Hall</p>", None, id="concert"),
        pytest.param("<div><span>said Smith on 5 May 2024 to the crowd</span></div>", None,
                     id="quoted-day"),
        pytest.param("<p>Season 2024 opens on 5 May 2024</p>", None, id="season"),
        pytest.param("<p>Von Christian am 03.05.2013, 11:51 | 0 Meinungen |</p>", "2013-05-03",
                     id="meta-row"),
        pytest.param("<p>am 14.03.2024 um 10:15 Uhr</p>", "2024-03-14", id="stamp-and-time"),
        pytest.param("<h3>Datum: 22.12.2012, Rubrik: USA</h3>", "2012-12-22", id="labels"),
        pytest.param("<p>Concert: <b>5 May 2024</b>, City Hall</p><p>Filed on 14 March 2024</p>",
                     "2024-03-14", id="leaf-only"),
        pytest.param("<p>Posted on 14 March 2024 in News</p>", "2024-03-14", id="labelled"),
        pytest.param("<p>14 марта 2024 года</p>", "2024-03-14", id="year-word"),
    ],
)  # fmt: skip
def test_htmldate_fallback_skips_a_date_inside_a_clause(under: str, found: str | None) -> None:
    """An undated story whose only date line under the headline is a clause about another
    thing (a concert's day and place, a quoted person's day, a season's opening) gives
    no date from htmldate's text search; must not fire: a stamp in a meta row, with its
    time, beside another label, and the page's stamp beside a clause whose date is an
    element of its own (only an element's own line is read)."""
    body = f"<article><h1>Title</h1>{under}<p>{STORY}</p></article>"
    root = lxml_html.fromstring(page(body=body, lang="en"))
    candidate = htmldate_candidate(root, URL, fetched_at=datetime(2024, 11, 1, tzinfo=UTC))
    assert (candidate.raw[:10] if candidate else None) == found


@pytest.mark.parametrize(
    ("under", "found"),
    [
        pytest.param("<div>Stand: 17.06.2025 18:24 Uhr</div>", "2025-06-17T18:24", id="as-of"),
        pytest.param("<p><span>Stand: </span><span>17. Juni 2025, </span><span>18:24</span></p>",
                     "2025-06-17T18:24", id="as-of-in-spans"),
        pytest.param("<div>Stand: 17.06.2025 18:24 Uhr</div><div>17.06.2025 18:24</div>",
                     "2025-06-17T18:24", id="two-lines-agree"),
        pytest.param("<div>Stand: 17.06.2025</div>", "2025-06-17", id="day-alone"),
        pytest.param("<div>Stand: 17.06.2025 18:24</div><div>Radio | 17.06.2025 | 15:00</div>",
                     "2025-06-17", id="two-times-disagree"),
        pytest.param("<div>Stand: 17.06.2025</div><div>Termine 18.06.2025 | 15:00 Uhr</div>",
                     "2025-06-17", id="time-of-another-day"),
    ],
)  # fmt: skip
def test_htmldate_fallback_keeps_the_time_its_day_is_shown_with(under: str, found: str) -> None:
    """A page whose only stamp htmldate reads ("Stand: 17.06.2025 18:24 Uhr") is dated by
    its day with the time the line shows beside it, in its elements or in one; must not
    fire: a day shown alone, two lines showing two times of the day (a publication's and
    a broadcast's), a time shown on another day only: the day stays alone."""
    body = f"<article><h1>Titel</h1>{under}<p>{STORY}</p></article>"
    root = lxml_html.fromstring(page(body=body, lang="de"))
    at = datetime(2025, 11, 1, tzinfo=UTC)
    candidate = htmldate_candidate(root, URL, fetched_at=at, language="de")
    assert candidate is not None
    assert candidate.raw == found


def test_shown_chars_leaves_out_combining_marks() -> None:
    """Thai vowels and tone marks above and below a letter take no place of their own:
    a Thai date is measured as it shows; a Latin text as it is."""
    from newscrawl.extraction.stamp_names import shown_chars  # noqa: PLC0415 - this test only

    assert shown_chars("วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567") == 28
    assert shown_chars("14 March 2024, 10:15") == 20


@pytest.mark.parametrize(
    ("head", "line", "raw", "source"),
    [
        pytest.param("", "2 hours ago", "2 hours ago", "stamp", id="only-a-relative-stamp"),
        pytest.param(LD.format('{"@type": "NewsArticle", "datePublished": "2024-05-03"}'),
                     "2 hours ago", "2024-05-03", "jsonld-article", id="stated-date-wins"),
        pytest.param("", "2 hours ago · <span class='entry-meta'>Posted 2024/05/03</span>",
                     "2024/05/03", "stamp-labelled", id="absolute-stamp-wins"),
    ],
)  # fmt: skip
def test_a_relative_stamp_dates_a_page_that_states_no_other_date(
    head: str, line: str, raw: str, source: str
) -> None:
    """A page whose only publication stamp is relative ("2 hours ago") is dated by it, the
    last resort after htmldate: the pipeline resolves it against the fetch time (DESIGN:
    relative dates resolve against the fetch time). Must not fire: an absolute date
    stated anywhere wins."""
    byline = f"<div class='byline'>{line}</div>"
    body = f"<article><h1>Budget approved</h1>{byline}<p>{STORY}</p></article>"
    root = lxml_html.fromstring(page(head=head, body=body))
    found = extract_metadata(root, URL).usable_published(root, URL)
    assert found is not None
    assert (found.raw, found.source) == (raw, source)


def test_relative_stamps_of_a_list_date_nothing() -> None:
    """Must not fire: entries of a list, each under its own relative stamp ("1 hours ago",
    "2 hours ago" …), are no stamp of the page."""
    cards = "".join(
        f"<div class='card'><h2><a href='/news/{i}'>Story {i}</a></h2><p>{STORY}</p>"
        f"<span class='time'>{i} hours ago</span></div>"
        for i in range(1, 6)
    )
    root = lxml_html.fromstring(page(body=f"<main><h1>Latest news</h1>{cards}</main>"))
    assert extract_metadata(root, URL).usable_published(root, URL) is None


def test_htmldate_fallback_reads_a_date_classed_element() -> None:
    document = page(body=ARTICLE_BODY.format("<p class='entry-meta'>Posted 2023/11/03</p>"))
    found = htmldate_candidate(lxml_html.fromstring(document), URL)
    assert found == Candidate("2023-11-03", "htmldate", HTMLDATE_CONFIDENCE)


def test_htmldate_fallback_skips_dates_in_a_template() -> None:
    """Dates in ``<template>`` markup (a card a script clones, in the head or the body),
    earlier than the page's own, are never shown: htmldate's searches take the page's
    date-classed element, and its text search the short byline date. Must not fire: the
    same dates outside a template."""
    card = (
        "<template id='story-card'><div class='card'><p class='entry-meta'>Posted "
        "2019/03/12</p><a href='/card' data-created='2019-03-12T09:00:00Z'>x</a></div>"
        "</template>"
    )
    shown = ARTICLE_BODY.format("<p class='entry-meta'>Posted 2023/11/03</p>")
    for document in (page(head=card, body=shown), page(body=card + shown)):
        found = htmldate_candidate(lxml_html.fromstring(document), URL)
        assert found == Candidate("2023-11-03", "htmldate", HTMLDATE_CONFIDENCE)
    unpacked = card.replace("<template id='story-card'>", "").replace("</template>", "")
    found = htmldate_candidate(lxml_html.fromstring(page(body=unpacked + shown)), URL)
    assert found == Candidate("2019-03-12", "htmldate", HTMLDATE_CONFIDENCE)
    byline = (
        "<div class='wrap'><h2>Der neue Trend</h2><p class='morespace'>von "
        "<a href='/author/max/' rel='author'>Max Muster</a>, 8.5.12</p>"
        f"<div class='the-content'><p>{'Die Landtagswahl gibt einen Vorgeschmack. ' * 6}</p>"
        "</div></div>"
    )
    url = "https://blog.example/der-neue-trend/"
    root = lxml_html.fromstring(page(body=byline + card, lang="de"))
    found = extract_metadata(root, url).usable_published(root, url)
    assert found == Candidate("2012-05-08", "htmldate", HTMLDATE_CONFIDENCE)


def test_usable_published_skips_relative_and_unparsable() -> None:
    meta = Metadata(
        published=[
            Candidate("3 days ago", "stamp-labelled", 0.45),
            Candidate("Tuesday", "stamp", 0.4),
            Candidate("3 November 2023", "stamp", 0.4),
        ],
        language="en",
    )
    assert meta.best_published() == Candidate("3 days ago", "stamp-labelled", 0.45)
    assert meta.usable_published() == Candidate("3 November 2023", "stamp", 0.4)
    # A relative stamp alone is the last resort (resolved against the fetch time); a
    # weekday alone is no date.
    only_relative = Metadata(published=[Candidate("yesterday", "stamp", 0.4)])
    assert only_relative.usable_published() == Candidate("yesterday", "stamp", 0.4)
    assert Metadata(published=[Candidate("Tuesday", "stamp", 0.4)]).usable_published() is None


def test_republication_day_wins_when_the_page_shows_it() -> None:
    first = Candidate("2021-01-01T11:00:00Z", "jsonld-article", 0.95)
    shown = Candidate("2023-04-01 12:00", "time-marked", 0.65)
    modified = [Candidate("2023-04-01T10:00:00Z", "jsonld-article", 0.95)]
    meta = Metadata(published=[first, shown], modified=modified, language="de")
    assert meta.usable_published() == shown
    # The first day still shown on the page, or a one-day gap: no republication.
    still = Candidate("01.01.2021", "stamp", 0.4)
    meta = Metadata(published=[first, shown, still], modified=modified, language="de")
    assert meta.usable_published() == first
    # Two kinds of source state the first day (here the JSON-LD and the URL it was filed
    # under): no republication; the JSON-LD stating it twice is one kind.
    filed = Candidate("2021-01-01", "url", 0.1)
    meta = Metadata(published=[first, shown, filed], modified=modified, language="de")
    assert meta.usable_published() == first
    twice = Candidate("2021-01-01T11:00:00Z", "jsonld-page", 0.85)
    meta = Metadata(published=[first, twice, shown], modified=modified, language="de")
    assert meta.usable_published() == shown
    near = Candidate("2021-01-02 12:00", "time-marked", 0.65)
    meta = Metadata(
        published=[first, near],
        modified=[Candidate("2021-01-02T10:00:00Z", "meta", 0.8)],
        language="de",
    )
    assert meta.usable_published() == first


def test_utc_stamp_gives_way_to_same_instant_in_local_time() -> None:
    document = page(
        LD.format('{"@type": "NewsArticle", "datePublished": "2023-11-09T02:11:03Z"}')
        + "<meta name='pubdate' content='2023-11-08T21:11:03-05:00'>"
    )
    best = meta_of(document).best_published()
    assert best == Candidate("2023-11-08T21:11:03-05:00", "jsonld-article", 0.95)


def test_other_fields() -> None:
    document = page(
        LD.format(
            '{"@type": "NewsArticle", "headline": "Big news", "articleSection": "World",'
            ' "author": [{"@type": "Person", "name": "Jane Doe", "url": "/jane"}],'
            ' "image": {"url": "https://img.example/a.jpg"}, "keywords": ["a", "b"]}'
        )
        + "<meta name='description' content='What happened.'>"
        + "<link rel='canonical' href='/world/story-123'>",
        lang="en-GB",
    )
    meta = meta_of(document)
    assert meta.headline == "Big news"
    assert meta.section == "World"
    assert meta.authors == [{"name": "Jane Doe", "url": "https://news.example/jane"}]
    assert meta.image == {"url": "https://img.example/a.jpg", "caption": None}
    assert meta.keywords == ["a", "b"]
    assert meta.description == "What happened."
    assert meta.canonical_url == "https://news.example/world/story-123"
    assert meta.language == "en-GB"


def test_a_description_escaped_twice_is_read_as_shown() -> None:
    # WordPress excerpts often reach the meta escaped twice: the reader sees the characters.
    twice = "<meta name='description' content='What&amp;#8217;s next for AT&amp;T [&amp;hellip;]'>"
    assert meta_of(page(twice)).description == "What\u2019s next for AT&T [\u2026]"
    once = "<meta name='description' content='R&amp;D budgets &amp; what&#8217;s left'>"
    assert meta_of(page(once)).description == "R&D budgets & what\u2019s left"


def test_fields_from_metas_and_markup() -> None:
    document = page(
        "<meta property='og:locale' content='fr_FR'><meta name='author' content='Paul'>"
        "<meta property='og:image' content='/i.png'>",
        "<h1> Un titre </h1>",
    ).replace(" lang='en'", "")
    meta = meta_of(document)
    assert (meta.headline, meta.language) == ("Un titre", "fr-FR")
    assert meta.authors == [{"name": "Paul", "url": None}]
    assert meta.image == {"url": "https://news.example/i.png", "caption": None}


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generic_dates", BENCH_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generic_dates"] = module
    spec.loader.exec_module(module)
    return module


def test_dates_benchmark_regression_guard() -> None:
    assert BENCH_DATA.exists(), f"dates benchmark missing at {BENCH_DATA}"
    score = _bench().evaluate()
    assert score.invented == 0
    assert score.accuracy >= ACCURACY_FLOOR, score.summary


def test_short_stamp_in_the_next_sibling_of_the_header() -> None:
    document = page(
        body="<article><header><div><h1>T</h1></div></header>"
        "<div><div class='col'>03.04.2019</div></div><p>Body.</p></article>"
    )
    assert best_raw(document) == "03.04.2019"


def test_stamp_in_a_hidden_part_of_a_header_line_without_figures() -> None:
    # The header's parts without a figure are passed over unread, but not a line whose
    # figures sit in a part its own text leaves out (a button's label).
    document = page(
        body="<article><header><h1>T</h1><div class='kicker'>Politics</div>"
        "<div>Share <button><span>03.04.2019</span></button></div></header>"
        "<p>Body.</p></article>"
    )
    assert best_raw(document) == "03.04.2019"


def test_stamp_part_with_the_year_beside_a_separator() -> None:
    document = page(body=ARTICLE_BODY.format("<p>21. Januar 2022 | Mobilität</p>"), lang="de")
    assert best_raw(document) == "21. Januar 2022"


def test_java_date_string_becomes_iso() -> None:
    document = page(
        LD.format('{"@type": "NewsArticle", "datePublished": "Tue Jul 30 09:35:14 CEST 2019"}')
    )
    assert best_raw(document) == "2019-07-30T09:35:14+02:00"


def test_javascript_date_string_of_a_time_element_becomes_iso() -> None:
    # A page rendered by a script framework writes String(new Date()) into the <time>'s
    # datetime: the year before the time, the offset after "GMT", the zone's name in the
    # browser's language. Read with its offset, the time and minute stand.
    stamp = (
        "<article><h1>Title</h1><time datetime='Fri Apr 28 2023 17:52:31 GMT+0000 "
        "(Coordinated Universal Time)'>28.04.2023 | 17:52 Uhr</time>"
        "<p>Body text of the story.</p></article>"
    )
    assert best_raw(page(body=stamp, lang="de")) == "2023-04-28T17:52:31+00:00"
    local = stamp.replace("GMT+0000 (Coordinated Universal Time)", "GMT+0200 (MESZ)")
    assert best_raw(page(body=local, lang="de")) == "2023-04-28T17:52:31+02:00"
    # Must not fire: no offset after "GMT", or a day's name and date alone, stay as written.
    whole = "Fri Apr 28 2023 17:52:31 GMT+0000 (Coordinated Universal Time)"
    for raw in ("Fri Apr 28 2023 17:52:31 (Coordinated Universal Time)", "Fri Apr 28 2023"):
        assert best_raw(page(body=stamp.replace(whole, raw), lang="de")) == raw


def test_utc_time_moves_to_the_local_day_with_a_witness() -> None:
    meta = Metadata(
        language="it",
        published=[
            Candidate("2023-11-01T23:01:00Z", "jsonld-article", 0.95),
            Candidate("2023-11-02", "url", 0.1),
        ],
    )
    chosen = meta.usable_published()
    assert chosen is not None and chosen.raw.startswith("2023-11-02T00:01")
    alone = Metadata(language="it", published=[Candidate("2023-11-01T23:01:00Z", "meta", 0.8)])
    assert alone.usable_published() == Candidate("2023-11-01T23:01:00Z", "meta", 0.8)


# --- Structures of the second round (each with a case where the rule must not fire) -------


def test_headline_is_the_h1_matching_the_page_title() -> None:
    # The site's slogan in an <h1> comes first; the story's <h1> matches og:title, so its
    # header stamp is the article's and the teaser <article>s around it are other stories.
    document = page(
        "<meta property='og:title' content='Council approves the budget | Example'>",
        "<div class='logo'><h1>News you can trust</h1></div>"
        "<main><article><header><h1>Council approves the budget</h1>"
        "<time datetime='2019-06-28T13:49:45Z'>28 June 2019</time></header><p>Body.</p>"
        "</article><div class='more'><article><h3>Other</h3>"
        "<time pubdate datetime='2019-09-22T07:30:29Z'>22 Sept</time></article></div></main>",
    )
    assert best_raw(document) == "2019-06-28T13:49:45Z"


def test_other_articles_are_foreign_only_when_the_headline_has_its_own() -> None:
    # No <article> holds the headline: an <article> wrapping the body keeps its stamp.
    document = page(
        body="<h1>Title</h1><article><time datetime='2021-05-04'>4 May 2021</time>"
        "<p>Body.</p></article>"
    )
    assert best_raw(document) == "2021-05-04"


def test_labelled_time_text_wins_over_its_attribute() -> None:
    document = page(
        body="<article><header><h1>T</h1><div class='time'><time "
        "datetime='2019-07-03T10:18:46Z'>Publié le 29 juin 2019</time></div></header>"
        "<p>Body.</p></article>",
        lang="fr",
    )
    meta = meta_of(document)
    assert [c.raw for c in meta.ranked_published()][:2] == ["29 juin 2019", "2019-07-03T10:18:46Z"]
    # Unlabelled visible text leaves the attribute alone.
    plain = page(
        body="<article><h1>T</h1><time datetime='2019-07-03'>29 juin 2019</time></article>"
    )
    assert best_raw(plain) == "2019-07-03"


@pytest.mark.parametrize(
    ("sentence", "lang", "raw"),
    [
        (
            "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href='/a'>Heiner</a> "
            "geschrieben und unter dem Stichwort <a href='/t'>Arduino</a> abgelegt. Sie können "
            "Kommentare zu diesem Artikel über den RSS-2.0-Feed verfolgen.",
            "de",
            "14. Dezember 2015 um 14:48",
        ),
        (
            "This entry was posted on Monday, December 14th, 2015 at 9:00 pm and is filed under "
            "<a href='/c'>News</a>. You can follow any responses to this entry through the RSS "
            "2.0 feed. You can leave a response, or trackback from your own site.",
            "en",
            "Monday, December 14th, 2015 at 9:00 pm",
        ),
    ],
    ids=["de-post-footer", "en-postmetadata"],
)
def test_post_meta_sentence(sentence: str, lang: str, raw: str) -> None:
    document = page(
        body="<div class='post'><h1>T</h1><div class='entry'><p>Body.</p></div>"
        f"<div class='post-footer'>{sentence}</div></div>",
        lang=lang,
    )
    assert best_raw(document) == raw


def test_post_meta_sentence_needs_a_publication_verb_and_skips_comments() -> None:
    mention = (
        "The council said on 14 December 2015 that the budget would be voted on later, "
        "and the opposition said it would fight the plan in court and in the streets."
    )
    document = page(
        body="<div class='post'><h1>T</h1><p>Body.</p>"
        f"<div class='post-footer'>{mention}</div>"
        "<ul class='commentlist'><li class='comment'><div class='comment-meta'>"
        "<a href='#c1'>15. Dezember 2015 at 11:21</a></div><p>Nice.</p></li></ul></div>",
        lang="de",
    )
    assert meta_of(document).best_published() is None


_LINKED_POST_META = (
    "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:15 Uhr veröffentlicht und unter "
    "<a href='/news/category/netz/' rel='category tag'>Netz</a> gespeichert. Sie können "
    "Kommentare zu diesem Eintrag über den <a href='/feed/'>RSS-2.0</a>-Feed verfolgen."
)


def test_post_meta_sentence_known_by_its_category_link() -> None:
    # The post-meta sentence under a class word no vocabulary knows: its publication verb,
    # its date and its rel="category tag" link make it the post's.
    document = page(
        body="<div class='x1'><h1>T</h1><div class='x2'><p>Body of the post.</p></div>"
        f"<p class='x3'><small>{_LINKED_POST_META}</small></p></div>",
        lang="de",
    )
    assert best_raw(document) == "3. Dezember 2011 um 10:15"


def test_linked_post_meta_needs_the_link_and_one_such_sentence() -> None:
    # A story's own sentence "was published on …" links to no category: not read, even
    # with a category link elsewhere under the story.
    lead = "The ministry looked into the plans of the council for a long while. " * 3
    story = page(
        body=f"<div class='x1'><h1>T</h1><div class='x2'><p>{lead}</p><p>{lead}The report "
        "was published on 14 December 2015 by the ministry, <a href='/r'>its text</a> "
        "says.</p><p>Filed under <a href='/category/a/' rel='category tag'>A</a></p>"
        "</div></div>",
        lang="en",
    )
    assert meta_of(story).best_published() is None
    # A listing: each entry has its sentence, each its own day.
    entry = (
        "<div class='x4'><h2><a href='/p{0}'>Post {0}</a></h2><p>Posted on {0} March 2014 in "
        "<a href='/category/a/' rel='category tag'>A</a></p></div>"
    )
    listing = page(
        body="<div class='x1'><h1>Archive</h1>" + entry.format(3) + entry.format(9) + "</div>",
        lang="en",
    )
    assert meta_of(listing).best_published() is None
    # Above the headline (the banner): not the post's.
    above = page(
        body=f"<div class='x0'><p>{_LINKED_POST_META}</p></div><div class='x1'><h1>T</h1>"
        "<p>Body of the post.</p></div>",
        lang="de",
    )
    assert meta_of(above).best_published() is None


HATOM_POST = (
    "<div class='post hentry' itemscope itemtype='http://schema.org/BlogPosting'>"
    "<h3 itemprop='name'>Post</h3><div class='post-body'><p>Body.</p></div>"
    "<div class='post-footer'><abbr class='published' itemprop='datePublished' "
    "title='{}'>9:05 PM</abbr></div></div>"
)


def test_hatom_abbr_in_the_pages_one_article_item() -> None:
    # A blog's post inside a "widget" column, its footer holding the hAtom timestamp.
    document = page(
        body="<h1 class='title'>My blog</h1><div class='widget Blog'>"
        + HATOM_POST.format("2011-03-30T21:05:00-07:00")
        + "</div>"
    )
    assert best_raw(document) == "2011-03-30T21:05:00-07:00"


def test_several_article_items_in_a_widget_stay_foreign() -> None:
    # A listing of posts in a widget column: no single article item owns the page.
    document = page(
        body="<h1 class='title'>My blog</h1><div class='widget Blog'>"
        + HATOM_POST.format("2011-03-30T21:05:00-07:00")
        + HATOM_POST.format("2011-03-29T10:00:00-07:00")
        + "</div>"
    )
    assert meta_of(document).best_published() is None


def test_time_text_after_a_long_label_gives_its_time_of_day() -> None:
    # A <time> whose datetime is the day alone, its text a label of several words and the
    # day with its time: the text's date is read (the label's phrase is long, the date
    # after it short).
    time = "<time datetime='2024-04-30'>Zuerst veröffentlicht am 30/04/2024 - 16:17</time>"
    document = page(body=f"<article><h1>T</h1><div>{time}</div><p>Body.</p></article>", lang="de")
    assert [c.raw for c in meta_of(document).ranked_published()][:2] == [
        "30/04/2024 - 16:17",
        "2024-04-30",
    ]
    # Must not fire: a long line after the label (a modification's date follows) is not
    # read as one date; the attribute stands.
    long = time.replace(
        "30/04/2024 - 16:17", "29.04.2024, aktualisiert am 30.04.2024 um 16:17 Uhr"
    ).replace("2024-04-30", "2024-04-29")
    document = page(body=f"<article><h1>T</h1><div>{long}</div><p>Body.</p></article>", lang="de")
    assert best_raw(document) == "2024-04-29"


@pytest.mark.parametrize(
    ("markup", "raw", "field"),
    [
        ("<div><h5>Datum: </h5>03.02.2022 <br><h5>Autor:</h5>Jane</div>", "03.02.2022", "p"),
        ("<dl><dt>Published</dt><dd>3 Feb 2022</dd></dl>", "3 Feb 2022", "p"),
        ("<p><strong>Updated:</strong> 4 Feb 2022</p>", "4 Feb 2022", "m"),
    ],
    ids=["heading-tail", "dt-dd", "strong-updated"],
)
def test_label_element_beside_its_date(markup: str, raw: str, field: str) -> None:
    meta = meta_of(page(body=ARTICLE_BODY.format(markup), lang="de"))
    found = meta.published if field == "p" else meta.modified
    assert Candidate(raw, "stamp-labelled", 0.45) in found


def labelled_values(markup: str) -> list[Candidate]:
    """The publication candidates of the label elements alone (``labelled_values``): what
    a page whose header area no stamp reader reaches (its ``<h1>`` the site's logo) shows
    beside a label."""
    collector = _Collector(lxml_html.fromstring(page(body=markup, lang="ko")), URL)
    collector.collect()
    collector.find_frame(None)
    collector.labelled_values()
    return collector.published


@pytest.mark.parametrize(
    ("term", "value"),
    [
        ("입력 : ", "2025-06-04 02:37:08"),
        ("公開日：", "2024年3月14日 10:15"),
        ("Publicerad:", "14 mars 2024"),
    ],
    ids=["ko", "ja", "sv"],
)
def test_publication_label_of_any_language_alone_in_its_term(term: str, value: str) -> None:
    # A publication label of a visible stamp (PUBLISHED_LABELS, the languages it covers),
    # alone in its term: the description beside it is the publication's.
    markup = f"<div><dl><dt>{term}</dt><dd>{value}</dd></dl></div>"
    assert labelled_values(markup) == [Candidate(value, "stamp-labelled", 0.45)]


@pytest.mark.parametrize(
    "term",
    ["입력 기사 수", "Termin:", "Premiere am", "Aktualisiert:", "Publicerad av"],
    ids=["more-words", "event", "event-joiner", "modified", "label-and-word"],
)
def test_label_element_of_no_publication_gives_no_publication(term: str) -> None:
    # A publication word among other words, an event's label, a modification's: the date
    # beside the term is not read as the publication's.
    assert labelled_values(f"<div><dl><dt>{term}</dt><dd>14.03.2024 10:15</dd></dl></div>") == []


def test_label_element_without_a_date_or_in_a_sidebar_gives_nothing() -> None:
    document = page(
        body=ARTICLE_BODY.format("<p><strong>Date:</strong> to be announced</p>")
        + "<aside><p><strong>Date:</strong> 3 Feb 2022</p></aside>"
    )
    assert meta_of(document).best_published() is None


def test_calendar_icon_marks_a_stamp() -> None:
    document = page(
        body="<h1>T</h1><div class='post_detail_item'><img src='/img/calendar_month.png'>"
        " 27 Sep 2016</div><p>Body text.</p>"
    )
    assert best_raw(document) == "27 Sep 2016"
    # The icon beside an input (a booking form) has no text to read.
    form = page(
        body="<h1>T</h1><div><span class='icon-calendar'></span>"
        "<input class='calendar' value='07.09.2017'></div><p>Body text.</p>"
    )
    assert meta_of(form).best_published() is None


def test_date_heading_below_the_headline_only() -> None:
    below = page(body="<h1>T</h1><p>Body.</p><div class='share'><h5>23.01.2019</h5></div>")
    assert best_raw(below) == "23.01.2019"
    above = page(body="<div class='top'><h4>Thursday, 26 November 2026</h4></div><h1>T</h1>")
    assert meta_of(above).best_published() is None


def test_story_element_is_the_frame_of_a_page_without_a_headline() -> None:
    # No <h1>, and the main column is called "sidebar_content": the stamp beside the story
    # is foreign by its containers' names until the body extractor says where the story is.
    document = page(
        body="<div class='sidebar_content'><div class='post_detail'><span class='date'>"
        "27 Sep 2016</span></div><div class='post_excerpt'><p>Body.</p></div></div>"
        "<div class='widget'><span class='date'>3 Oct 2016</span></div>"
    )
    root = lxml_html.fromstring(document)
    assert extract_metadata(root, URL).best_published() is None
    story = root.find_class("post_excerpt")[0]
    best = extract_metadata(root, URL, story).best_published()
    assert best is not None and best.raw == "27 Sep 2016"


def test_generic_article_hands_the_story_to_the_metadata() -> None:
    paragraph = "<p>" + "The council met on the budget and argued for a long time. " * 6 + "</p>"
    document = page(
        body="<div class='sidebar_content'><div class='post_detail'><span class='date'>"
        f"27 Sep 2016</span></div><div class='post_excerpt'>{paragraph * 4}</div></div>"
    )
    found = generic_article(lxml_html.fromstring(document), URL)
    assert found.body.paragraphs
    assert [(d.field, d.raw) for d in found.dates] == [("datePublished", "27 Sep 2016")]


@pytest.mark.parametrize(
    ("title", "h1", "headline"),
    [
        ("Budget passed | Politics | Example News", "Budget passed", "Budget passed"),
        (
            "Covid - what you need to know | BBC",
            "Covid - what you need to know",
            "Covid - what you need to know",
        ),
        (
            "Council passes the budget after a long night | Example",
            "Council passes the budget after a long night Subscribers",
            "Council passes the budget after a long night",
        ),
        # A leading segment that is the site's name (the host's: news.example) goes; one
        # that names no site stays.
        ("Example News | Budget passed", "Budget passed", "Budget passed"),
        ("Breaking | Budget passed", "Budget passed", "Breaking | Budget passed"),
        ("Budget passed - Example", "Council news", "Budget passed - Example"),
    ],
    ids=[
        "pipe-suffix",
        "dash-in-headline",
        "h1-with-label",
        "site-prefix-cut",
        "prefix-kept",
        "no-match",
    ],
)
def test_headline_loses_the_site_suffix_of_the_title(title: str, h1: str, headline: str) -> None:
    document = page(f"<meta property='og:title' content='{title}'>", f"<h1>{h1}</h1>")
    assert meta_of(document).headline == headline


def test_a_head_meta_named_headline_stands_in_for_a_missing_jsonld_headline() -> None:
    """No JSON-LD headline; og:title and twitter:title append the section and site name
    glued on with marks no separator list holds ("-정치ㅣ한국일보"): the head's ``<meta
    name="headline">`` states the headline, and what the titles add to it goes."""
    core = "Council passes the budget after four hours of debate"
    suffixed = f"{core}-Politicsㅣ한국일보"
    head = (
        f"<meta name='headline' content='{core}'><meta property='og:title' content='{suffixed}'>"
        f"<meta name='twitter:title' content='{suffixed}'>"
        "<meta property='og:site_name' content='한국일보'>"
    )
    assert meta_of(page(head, "<p>Text</p>")).headline == core
    # Must not fire: a JSON-LD headline outranks the meta; a microdata headline meta in
    # the body (a teaser's) is no statement of the page's headline.
    ld = (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "{core}"}}</script>'
    )
    other = "<meta name='headline' content='Another story entirely, in a teaser'>"
    assert meta_of(page(ld + other, "<p>Text</p>")).headline == core
    teaser = "<div itemscope><meta itemprop='headline' content='A teaser of another story'></div>"
    og = f"<meta property='og:title' content='{core}'>"
    assert meta_of(page(og, teaser)).headline == core


def test_htmldate_pruning_reads_texts_only_where_they_decide() -> None:
    """The copy htmldate reads loses what the element-by-element definition says (a
    sidebar, a long paragraph, a modification stamp), although the walk does not enter the
    sidebar and builds no text for the big containers: a container whose read children
    are short but whose unread (foreign) child is long is still read whole; a stamp split
    over elements and lines is still one text. Must not prune: a short paragraph, a
    publication stamp."""
    from lxml import etree  # noqa: PLC0415 - this test only

    from newscrawl.extraction import meta_record, stamp_names  # noqa: PLC0415 - this test only
    from newscrawl.extraction.html import ShortTexts  # noqa: PLC0415 - this test only

    sidebar = f"<div class='sidebar'><p>Updated 1 May 2024</p>{'<p>More news</p>' * 40}</div>"
    body = (
        "<div id='main'><h1>Storm hits coast</h1>"
        "<div class='meta'><span>Posted 3 May 2024</span> <span>Last updated:</span>"
        "<br><b>4 May 2024</b></div>"
        f"<div><img src='a.jpg'>{sidebar}</div>"
        "<div><span>Updated</span><!-- c --> 5 May<script>x()</script></div>"
        f"<p>Short.</p><p>{'A long paragraph of the story. ' * 8}</p>"
        "<aside><p>Modified 2 May</p></aside></div>"
    )

    def by_definition(root: object) -> str:
        tree = root.getroottree().getroot()  # type: ignore[attr-defined]
        short = ShortTexts(stamp_names.MAX_STAMP_CHARS)
        doomed = [
            e
            for e in tree.find("body").iter()
            if isinstance(e.tag, str)
            and (
                e.tag in stamp_names.FOREIGN_TAGS
                or (
                    e.tag not in ("article", "main", "body")
                    and stamp_names.foreign_named(stamp_names.marker_of(e))
                )
                or (
                    e.tag in meta_record.TEXT_BLOCK_TAGS
                    and ((t := short.text(e)) is None or len(t) > stamp_names.MAX_STAMP_CHARS)
                )
                or stamp_names.modification_stamp(short.text(e))
            )
        ]
        for element in doomed:
            element.getparent().remove(element)
        return etree.tostring(tree, encoding="unicode")

    expected = lxml_html.fromstring(page(body=body))
    pruned = lxml_html.fromstring(page(body=body))
    for element in meta_record._pruned(pruned.getroottree().getroot().find("body")):
        element.getparent().remove(element)
    kept = etree.tostring(pruned, encoding="unicode")
    assert kept == by_definition(expected)
    assert "Short." in kept and "Posted 3 May 2024" in kept
    assert "sidebar" not in kept and "long paragraph" not in kept and "Modified" not in kept


def test_fragment_patterns_leave_out_only_fragments_held_by_others() -> None:
    """A fragment pattern leaves out a fragment that holds a dash-free other one (it
    matches only where that one does), so every fragment of the lists still matches,
    dashes as underscores where the list allows them, in class, id or both; a name with
    none of them matches no pattern. Must not leave out: a fragment held only by a
    fragment with a dash ("read-more", beside "more-")."""
    from newscrawl.extraction import stamp_names  # noqa: PLC0415 - this test only
    from newscrawl.extraction import vocabulary as v  # noqa: PLC0415 - this test only

    branches = stamp_names.fragment_branches
    assert "dateline" not in branches(v.STAMP_FRAGMENTS)  # held by "date"
    assert "read\\-more" in branches(v.FOREIGN_FRAGMENTS)
    # The pattern groups its branches by first letter: it matches where one of them does.
    for fragments, underscore in (
        (v.STAMP_FRAGMENTS, ()),
        (v.FOREIGN_FRAGMENTS, ()),
        (v.BODY_FRAGMENTS, ()),
        (v.STAMP_FRAGMENTS, v.POST_META_FRAGMENTS + v.POST_FOOTER_FRAGMENTS),
    ):
        grouped = stamp_names._fragment_pattern(fragments, underscore)
        plain = re.compile("|".join(branches(fragments, underscore)))
        names = [*fragments, *underscore, "col-md-8", "dat", "pos", "post_foo", "-_x"]
        for name in names + [n[1:] for n in names] + [n[:-1] for n in names]:
            for text in (name, f"x {name}", name.replace("-", "_")):
                found, got = plain.search(text), grouped.search(text)
                assert (got and got.start()) == (found and found.start()), text
    for fragments, pattern, underscore in (
        (v.STAMP_FRAGMENTS, stamp_names.STAMP, False),
        (v.FOREIGN_FRAGMENTS, stamp_names._FOREIGN, False),
        (v.MODIFIED_FRAGMENTS, stamp_names.MODIFIED, False),
        (v.POST_META_FRAGMENTS, stamp_names._POST_META, True),
        (v.POST_META_FRAGMENTS + v.POST_FOOTER_FRAGMENTS, stamp_names._STAMP_AREA, True),
        (v.STAMP_FRAGMENTS, stamp_names._STAMP_AREA, False),
    ):
        for fragment in fragments:
            assert pattern.search(f"x-{fragment}-y z") is not None
            if underscore:
                assert pattern.search(f"x {fragment.replace('-', '_')}") is not None
    for name in ("col-md-8", "Post-Metadata", "POSTED-ON", "c-story", "entry_Footer"):
        assert stamp_names.stamp_area_named(name) == (
            stamp_names._STAMP_AREA.search(name.lower()) is not None
        )
    assert stamp_names.stamp_area_named("Post-Metadata") and not stamp_names.stamp_area_named(
        "col-md-8 row"
    )


def test_a_heading_stating_the_title_heads_a_page_without_an_h1() -> None:
    # No <h1>: the <h2> that states the page's title is the headline, and the author and
    # date line above it (in a container named like the site's teasers) is its stamp.
    paragraph = "<p>" + "The council met on the budget and argued for a long time. " * 6 + "</p>"

    def document(heading: str) -> str:
        return page(
            "<title>Council passes the harbour budget | Example</title>",
            "<div class='post'><div class='teaser_text_meta'><a href='/author/jane'>Jane Doe"
            "</a> / 07.11.2023 / 09:30</div><div class='teaser_blog_text'><div id='main'>"
            f"<h2>{heading}</h2>{paragraph * 4}</div></div></div>"
            "<div class='teaser_blog'><div class='teaser_text_meta'><a href='/author/jane'>"
            "Jane Doe</a> / 05.11.2023 / 10:00</div><h3><a href='/other'>Other</a></h3></div>",
        )

    root = lxml_html.fromstring(document("Council passes the harbour budget"))
    story = root.get_element_by_id("main")
    best = extract_metadata(root, URL, story).best_published()
    assert best is not None and best.raw == "07.11.2023"
    # Must not fire: a heading that does not state the title heads nothing.
    root = lxml_html.fromstring(document("Reading list"))
    story = root.get_element_by_id("main")
    assert extract_metadata(root, URL, story).best_published() is None
    assert extract_metadata(root, URL, story).usable_published(root, URL) is None


@pytest.mark.parametrize(
    "head_or_body",
    [
        LD.format('{"@type": "NewsArticle", "dateModified": "2023-11-20T10:00:00Z"}'),
        LD.format('{"@type": "WebPage", "dateModified": "2023-11-20T10:00:00Z"}'),
        "<meta property='article:modified_time' content='2023-11-20T10:00:00Z'>",
        "<meta name='last-modified' content='2023-11-20'>",
    ],
    ids=["jsonld-article", "jsonld-page", "meta", "last-modified"],
)
def test_htmldate_fallback_never_gives_the_modification_day(head_or_body: str) -> None:
    document = page(head_or_body, ARTICLE_BODY.format(head_or_body))
    root = lxml_html.fromstring(document)
    meta = extract_metadata(root, URL)
    assert meta.usable_modified() is not None
    assert meta.usable_published(root, URL) is None


def test_htmldate_fallback_keeps_a_day_other_than_the_modification_day() -> None:
    # Must not fire: htmldate's day (a dated element) differs from the modification day.
    document = page(
        LD.format('{"@type": "NewsArticle", "dateModified": "2023-11-20T10:00:00Z"}'),
        ARTICLE_BODY.format("<div class='entry-date'>2023-11-03</div>"),
    )
    root = lxml_html.fromstring(document)
    chosen = extract_metadata(root, URL).usable_published(root, URL)
    assert chosen is not None and chosen.raw == "2023-11-03"


@pytest.mark.parametrize(
    ("opening", "lang", "raw"),
    [
        ("LONDON, March 14, 2024 /Example Wire/ -- The council approved", "en", "March 14, 2024"),
        ("WASHINGTON, March 14, 2024 (AP) — The council approved", "en", "March 14, 2024"),
        ("Berlin, 14.03.2024 – Der Stadtrat hat den Plan beschlossen", "de", "14.03.2024"),
        ("PARIS, 14 mars 2024 – Le conseil a approuvé le plan", "fr", "14 mars 2024"),
        ("14.03.2024 – Der Stadtrat hat den Plan beschlossen", "de", "14.03.2024"),
        ("(14.03.2024) Der Stadtrat hat den Plan beschlossen", "de", "14.03.2024"),
        # Must not fire: a date inside the sentence, a place without a date, a caption's
        # colon, a long clause before the date, a year without a day.
        ("On March 14, 2024 – the day the council met – the plan passed", "en", None),
        ("LONDON – The council approved the plan", "en", None),
        ("Berlin, 14.03.2024: Demonstranten vor dem Rathaus", "de", None),
        ("The council, which met for the third time, 14.03.2024 – approved", "en", None),
        ("LONDON, 2024 – The council approved the plan", "en", None),
        ("(2024) Der Stadtrat hat den Plan beschlossen", "de", None),
        ("(Seit März 2024 im Amt) Der Stadtrat hat den Plan beschlossen", "de", None),
    ],
    ids=[
        "wire-slashes",
        "agency",
        "german",
        "french",
        "date-alone",
        "date-in-brackets",
        "date-in-sentence",
        "place-only",
        "caption-colon",
        "long-clause",
        "year-only",
        "year-in-brackets",
        "clause-in-brackets",
    ],
)
def test_the_story_dateline_dates_a_page_that_states_no_other_date(
    opening: str, lang: str, raw: str | None
) -> None:
    paragraph = "<p>" + "The council met on the budget and argued for a long time. " * 6 + "</p>"
    # The opening paragraph is a full one (longer than any stamp).
    story = f"<div id='story'><p>{opening}. {paragraph[3:-4] * 2}</p>{paragraph}</div>"
    document = page(body=f"<h1>T</h1>{story}", lang=lang)
    root = lxml_html.fromstring(document)
    best = extract_metadata(root, URL, root.get_element_by_id("story")).best_published()
    assert (best.raw if best else None) == raw


def test_the_story_dateline_gives_way_to_any_stated_date() -> None:
    document = page(
        "<meta property='article:published_time' content='2024-03-15T08:00:00Z'>",
        "<h1>T</h1><div id='story'><p>LONDON, March 14, 2024 -- The council met.</p></div>",
    )
    root = lxml_html.fromstring(document)
    meta = extract_metadata(root, URL, root.get_element_by_id("story"))
    assert [c.raw for c in meta.published] == ["2024-03-15T08:00:00Z"]


def test_a_header_glued_to_its_headline_is_read_line_by_line() -> None:
    # Minified markup: the header's text glues the headline to the stamp under it
    # ("…councilUpdated 20 March"), which hides the modification label; the stamp's own
    # element says which date is which.
    stamp = "<p>Updated 20 March 2024 | Published 14 March 2024</p>"
    document = page(body=f"<article><header><h1>Harbour plan approved by council</h1>{stamp}"
                    "</header><p>Body text of the story.</p></article>")  # fmt: skip
    meta = meta_of(document)
    assert [c.raw for c in meta.published] == ["14 March 2024"]
    assert [c.raw for c in meta.modified] == ["20 March 2024"]
    # A stamp in the header with the headline still counts (it is the line's own).
    document = page(body="<article><header><h1>Harbour plan</h1><span>14 March 2024</span>"
                    "</header><p>Body text of the story.</p></article>")  # fmt: skip
    assert best_raw(document) == "14 March 2024"


def test_htmldate_fallback_reads_the_main_frame_whatever_its_class_says() -> None:
    # The story's column is named like a sidebar ("layout-with-sidebar"): it holds the
    # headline, so htmldate reads the author and date line in it (a two-figure year in a
    # line too long for our own stamps' odd forms); the real sidebar beside the story
    # stays out.
    line = "<div><a href='/author/jane'>Jane Doe</a>, 14/03/24, filed from the harbour</div>"
    sidebar = "<div class='sidebar'><p><a href='/other'>Other</a> 10 February 2024</p></div>"

    def document(meta_line: str) -> str:
        return page(
            body="<div class='layout-with-sidebar'><div class='post'><h1>Harbour plan</h1>"
            f"{meta_line}<p>Body text of the story.</p></div>{sidebar}</div>"
        )

    root = lxml_html.fromstring(document(line))
    chosen = extract_metadata(root, URL).usable_published(root, URL)
    assert chosen == Candidate("2024-03-14", "htmldate", HTMLDATE_CONFIDENCE)
    # Must not fire: without a line of its own, the page's sidebar does not date it.
    root = lxml_html.fromstring(document(""))
    assert extract_metadata(root, URL).usable_published(root, URL) is None


def _dateless_story(after: str) -> str:
    paragraph = "<p>" + "The council met on the budget and argued for a long time. " * 6 + "</p>"
    return page(body=f"<div class='post'><h1>Harbour plan</h1>{paragraph * 3}</div>{after}")


@pytest.mark.parametrize(
    "after",
    [
        "<div class='more'><div class='item'><a href='/o1'>Other one</a> <span>10.02.2024"
        "</span></div><div class='item'><a href='/o2'>Other two</a> <span>11.02.2024</span>"
        "</div><div class='item'><a href='/o3'>Other three</a> <span>12.02.2024</span></div>"
        "</div>",
        "<ul><li><a href='/o1'>Other one</a> 10 February 2024</li><li><a href='/o2'>Other "
        "two</a> 11 February 2024</li><li><a href='/o3'>Other three</a> 12 February 2024"
        "</li></ul>",
        "<ol><li><b>Bob</b> says: May 20, 2024 at 10:05 am<p>Nice.</p></li><li><b>Ann</b> "
        "says: May 21, 2024 at 11:05 am<p>Bad.</p></li></ol>",
    ],
    ids=["related-boxes", "related-list", "comments-unnamed"],
)
def test_a_list_of_entries_each_under_its_own_date_dates_nothing(after: str) -> None:
    root = lxml_html.fromstring(_dateless_story(after))
    meta = extract_metadata(root, URL)
    assert meta.best_published() is None
    assert meta.usable_published(root, URL) is None


@pytest.mark.parametrize(
    ("line", "raw"),
    [
        # Like siblings, one date: a meta row (author, date, reading time).
        (
            "<ul class='meta'><li>By Jane Doe</li><li>14 March 2024</li><li>5 min</li></ul>",
            "14 March 2024",
        ),
        # Like siblings of two dates, one a modification: still the page's stamp.
        (
            "<span class='meta'>14 March 2024</span><span class='meta'>Updated 20 March "
            "2024</span>",
            "14 March 2024",
        ),
    ],
    ids=["meta-row", "published-and-updated"],
)
def test_the_pages_own_stamp_among_like_siblings_stays(line: str, raw: str) -> None:
    document = page(body=f"<div class='post'><h1>Harbour plan</h1>{line}<p>Body.</p></div>")
    assert best_raw(document) == raw


def test_the_entry_holding_the_headline_is_the_pages_own() -> None:
    # A post in a run of like entries, the headline's: its stamp is the page's.
    entry = "<div class='entry'><h2>{}</h2><span>{}</span><p>Text.</p></div>"
    document = page(
        "<title>Harbour plan approved by council</title>",
        entry.format("Harbour plan approved by council", "14 March 2024")
        + entry.format("Other news of the week", "10 March 2024"),
    )
    root = lxml_html.fromstring(document)
    story = root.find_class("entry")[0]
    best = extract_metadata(root, URL, story).best_published()
    assert best is not None and best.raw == "14 March 2024"


def test_htmldate_fallback_skips_json_data_of_several_publication_days() -> None:
    listed = LD.format(
        '{"@type": "ItemList", "itemListElement": ['
        '{"@type": "ListItem", "item": {"@type": "NewsArticle", "datePublished": "2024-02-10"}},'
        '{"@type": "ListItem", "item": {"@type": "NewsArticle", "datePublished": "2024-02-11"}}]}'
    )
    root = lxml_html.fromstring(page(listed, ARTICLE_BODY.format("")))
    assert extract_metadata(root, URL).usable_published(root, URL) is None
    # Must not fire: one day of an article as a page's lone part (read by our own sources
    # now, as the page's article; htmldate reads no JSON-LD that parses).
    part = LD.format(
        '{"@type": "WebPage", "hasPart": {"@type": "BlogPosting", "datePublished": "2024-03-14"}}'
    )
    root = lxml_html.fromstring(page(part, ARTICLE_BODY.format("")))
    chosen = extract_metadata(root, URL).usable_published(root, URL)
    assert chosen == Candidate("2024-03-14", "jsonld-article", 0.95)


@pytest.mark.parametrize(
    ("row", "raw"),
    [
        ("<a href='/author/jane'>Jane Doe</a> / 07.11.2023 / 09:30", "07.11.2023"),
        ("Jane Doe, Senior Correspondent for Regional Affairs — 14 March 2024", "14 March 2024"),
        ("<a href='/author/jane'>Jane Doe</a> | 14 March 2024", "14 March 2024"),
        # Must not fire: a range's end, a run of like entries' rows.
        ("Weekend in Vienna 12.10. - 15.10.2023", None),
        (
            "</div><div class='row'>Other story | 10 Feb 2024</div>"
            "<div class='row'>Third story | 11 Feb 2024",
            None,
        ),
    ],
    ids=["slashes", "dash-after-role", "bar", "range", "run-of-rows"],
)
def test_a_meta_row_under_the_headline_with_a_dated_part(row: str, raw: str | None) -> None:
    document = page(
        body=f"<div class='post'><h1>Harbour plan</h1><div class='row'>{row}</div>"
        "<p>Body text of the story.</p></div>"
    )
    assert best_raw(document) == raw


#: Parts of the pages drawn below: links, comments, scripts, no-break spaces, line breaks.
SHOWN_PARTS = ["<div>", "</div>", "<span>", "</span>", "<a href='/'>", "</a>", "<p>", "</p>",
               "<!-- note -->", "<script>var a = 1;</script>", "<br>", "Harbour plan",
               " vote ", "\u00a0", "\n\t", "put off", "</body><body>"]  # fmt: skip
#: What XPath found before :func:`shown_texts` (each element's subtree read per element).
SHOWN_XPATH = "//body//*[not(ancestor-or-self::a) and not(.//a)][normalize-space(.)=$text][1]"


@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(parts=st.lists(st.sampled_from(SHOWN_PARTS), max_size=24), cap=st.integers(0, 40))
def test_shown_texts_are_the_whole_texts_xpath_finds(parts: list[str], cap: int) -> None:
    root = lxml_html.document_fromstring(f"<html><body>{''.join(parts)}</body></html>")
    shown = shown_texts(root, cap)
    candidates = {
        " ".join(t.split())
        for e in root.iter()
        if isinstance(e.tag, str)
        for t in (e.text_content(), e.text or "", "Harbour plan", "Harbour plan vote put off")
    }
    for text in candidates:
        if text and len(text) <= cap:
            assert (text in shown) == bool(root.xpath(SHOWN_XPATH, text=text)), text


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Page last reviewed: 20 November 2023", "en"),
        ("Last reviewed on November 20, 2023", "en"),
        ("Reviewed on 20 November 2023", "en"),
        ("Zuletzt geprüft am 20.11.2023", "de"),
        ("Dernière vérification : 20 novembre 2023", "fr"),
    ],
)
def test_a_review_label_dates_no_publication(line: str, lang: str) -> None:
    """A review's day ("Page last reviewed") is the day the page was checked: modified."""
    meta = meta_of(page(body=ARTICLE_BODY.format(f"<p>{line}</p>"), lang=lang))
    assert meta.best_published() is None


def test_a_reviewer_byline_cuts_no_stamp() -> None:
    # Must not fire: "Reviewed by …" names a reviewer; the stamp before it is published.
    line = "<p>Published 20 November 2023 · Reviewed by Dr Anna Smith</p>"
    best = meta_of(page(body=ARTICLE_BODY.format(line))).best_published()
    assert best is not None and "2023" in best.raw


@pytest.mark.parametrize(
    ("line", "lang", "found"),
    [
        ("Anna Smith · Member since 14 March 2020", "en", False),
        ("Mitglied seit 14.03.2020", "de", False),
        ("Dabei seit 14. März 2020", "de", False),
        ("Membre depuis le 14 mars 2020", "fr", False),
        ("На сайте с 14 марта 2020", "ru", False),
        # must not fire: German "online since" dates the page
        ("Online seit 14.03.2024", "de", True),
    ],
)
def test_a_members_since_dates_no_publication(line: str, lang: str, found: bool) -> None:
    """A profile's "member since" is the day it was opened, not the page's."""
    best = meta_of(page(body=ARTICLE_BODY.format(f"<p>{line}</p>"), lang=lang)).best_published()
    assert (best is not None) is found


def _table_page(cell: str) -> str:
    nav = "<td><a href='/a'>Home</a><br><a href='/b'>Sport</a></td>"
    table = f"<table><tr>{nav}<td valign='top'>{cell}</td></tr></table>"
    return page("<title>Council backs the school budget</title>", table)


_TD_STORY = "<br><br>".join([STORY, STORY + " More words follow here.", STORY])


@pytest.mark.parametrize(
    "title",
    [
        "<h1>Council backs the school budget</h1>",
        "<font size='5'><b>Council backs the school budget</b></font><br>",
    ],
    ids=["h1", "font"],
)
def test_a_loose_date_line_under_the_headline_of_a_table_cell(title: str) -> None:
    """An old table layout's date line, the cell's own text right under the headline."""
    assert _published(_table_page(f"{title}14.03.2024<br><br>{_TD_STORY}")) == ["14.03.2024"]


@pytest.mark.parametrize(
    "cell",
    [
        f"<h1>Title</h1>{STORY}<br><br>14.03.2024<br><br>{_TD_STORY}",  # after a paragraph
        f"<h1>Title</h1>{_TD_STORY}<br><br>14.03.2024",  # at the cell's foot
        f"<h1>Title</h1>14.03.2024 the council met again and voted.<br><br>{_TD_STORY}",
    ],
    ids=["after-paragraph", "foot", "sentence"],
)
def test_a_loose_date_line_elsewhere_dates_nothing(cell: str) -> None:
    # Must not fire: only the line right under the headline is the page's date line.
    assert _published(_table_page(cell)) == []


def _published(document: str) -> list[str]:
    """The raw publication dates the generic extractor keeps of *document*."""
    found = generic_article(lxml_html.fromstring(document), URL)
    return [d.raw for d in found.dates if d.field == "datePublished"]
