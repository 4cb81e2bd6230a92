"""Which pages give a record: pages of other pages give none, a story-shaped page whose
story container the block model cannot find gives a flagged article (fixtures in
``fixtures/page-kinds``, each structure with a case where the rule must not fire)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newscrawl.cli import main
from newscrawl.extraction.body import Paragraph
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.meta_record import Metadata
from newscrawl.extraction.page import UNCERTAIN_BODY, body_uncertain
from newscrawl.extraction.pagekind import (
    _into_page,
    _links_into_page,
    _PageNames,
    _script_story,
    article_url,
    held_chars,
    listing_url,
)
from newscrawl.items import Article
from newscrawl.offline import PageError, extract_html

from .conftest import FIXTURES, ROOT
from .crawling import FAST, records, stats_of

PAGES = FIXTURES / "page-kinds"
FETCHED = datetime(2025, 3, 5, tzinfo=UTC)
#: Fixture page → the path it is served at (its links are written for these paths).
PATHS = {
    "home-lead-teaser": "/",
    "listing-long-intro": "/politics/",
    "search-results": "/search?q=budget",
    "tag-page": "/tag/budget/",
    "contact-short-lines": "/contact/",
    "article-scripted-jsonld-body": "/news/2025/03/04/council-approves-record-budget/",
    "article-short-lines": "/sport/2025/03/01/saturday-results/",
    "article-script-state": "/news/article/A2025031200014",
    "article-hidden-story": "/news/market-bridge-reopens-after-repairs",
}
LISTINGS = ["home-lead-teaser", "listing-long-intro", "search-results", "tag-page"]
UNCERTAIN = [
    "article-scripted-jsonld-body",
    "article-short-lines",
    "article-script-state",
    "article-hidden-story",
]
#: Page chrome of the fixtures, never in a body.
CHROME = ("Riverside Gazette", "Home", "Politics", "About us", "More sport", "Derby preview")


def _html(name: str) -> bytes:
    return (PAGES / f"{name}.html").read_bytes()


def _url(name: str) -> str:
    return f"https://gazette.example{PATHS[name]}"


def _extract(html: bytes | str, url: str, site: str = "generic") -> Article:
    data = html.encode() if isinstance(html, str) else html
    return extract_html(data, url, FETCHED, site)[0]


@pytest.mark.parametrize("name", LISTINGS)
@pytest.mark.parametrize("site", ["generic", "auto"])
def test_pages_of_other_pages_give_no_record(name: str, site: str) -> None:
    """A home page with a lead teaser, a section with a long intro, search results and a
    tag page: the block model finds "a story" on each (the lead's standfirst, the intro,
    the snippets), yet none is an article."""
    with pytest.raises(PageError, match=r"^a page of other pages \(.+\), not an article$"):
        _extract(_html(name), _url(name), site)
    page = generic_article(selector(_html(name)).root, _url(name))
    assert not page.body.paragraphs and page.not_article


def test_listing_signals_are_named() -> None:
    with pytest.raises(PageError) as caught:
        _extract(_html("search-results"), _url("search-results"))
    assert "og:type website, search URL, 10 linked headings" in str(caught.value)


def test_article_with_website_type_and_teaser_rail_is_an_article() -> None:
    """Must not fire: a story whose CMS calls it a website, beside a rail of ten linked
    headings, is an article: its URL and its date say so."""
    rail = "".join(
        f'<li><h3><a href="/news/2025/03/0{i % 9 + 1}/other-story-{i}/">Other story number {i}'
        f" about the harbour</a></h3></li>"
        for i in range(10)
    )
    story = "".join(
        f"<p>Paragraph {i} of the council story, with enough words to be read as prose, "
        f"and a comma or two, as stories have.</p>"
        for i in range(5)
    )
    html = f"""<html><head><meta property="og:type" content="website">
    <meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body>
    <main><article><h1>Council approves budget</h1>{story}</article>
    <aside class="related"><ul>{rail}</ul></aside></main></body></html>"""
    article = _extract(html, "https://gazette.example/news/2025/03/04/council-approves-budget/")
    assert "Paragraph 4 of the council story" in str(article.articleBody)
    assert not body_uncertain(article)


def test_post_url_with_query_is_no_front_page() -> None:
    """Must not fire: "/?p=959" names one post, "/" alone is the front page."""
    assert listing_url("http://blog.example/?p=959") is None
    assert listing_url("http://blog.example/") == "front page URL"
    assert listing_url("https://x.example/de/") == "front page URL"
    assert listing_url("https://x.example/suche/?q=haus") == "search URL"
    assert listing_url("https://x.example/news/page/3/") == "paged list URL"
    assert listing_url("https://x.example/news/2025/03/01/story/") is None


def test_article_url_shapes() -> None:
    assert article_url("https://x.example/2025/03/01/story/")
    assert article_url("https://x.example/politik/ziele-chancen-risiken/a-65464327")
    assert article_url("https://x.example/news/article/A2026012914320005196")
    assert not article_url("https://x.example/politics/")
    assert not article_url("https://x.example/tag/budget/")
    assert not article_url("https://x.example/")


@pytest.mark.parametrize("name", UNCERTAIN)
def test_story_shaped_page_without_story_container_gives_flagged_article(name: str) -> None:
    """A script-rendered page whose story is in its JSON-LD only, a story of lines too
    short for the block model to score, one in the app's state script and one kept hidden
    until a script shows it (trafilatura reads it): each is an article with its best
    text, the body flagged uncertain with where the text came from."""
    article = _extract(_html(name), _url(name))
    [message] = article.metadata["validationMessages"]
    assert message.startswith(f"{UNCERTAIN_BODY}: no story container found; the text is ")
    assert body_uncertain(article)
    body = str(article.articleBody)
    for chrome in CHROME:
        assert chrome not in body, chrome
    if name == "article-scripted-jsonld-body":
        assert "JSON-LD articleBody" in message
        assert body.startswith("The city council approved a new budget on Tuesday")
        assert body.endswith("the weeks their stalls have to close, the council said.")
        assert body.count("\n\n") == 3  # its four lines are four paragraphs
        assert article.headline == "Council approves record budget for schools and roads"
        assert article.datePublishedRaw == "2025-03-04T18:30:00+01:00"
        assert article.authors == [{"name": "Mara Lind", "url": None}]
    elif name == "article-script-state":
        assert "the story markup in the page's scripts" in message
        assert body.startswith("The river authority will open the new flood gates")
        assert body.endswith("was planned for next year.")
        assert body.count("\n\n") == 3
        for box in ("Photo: River Authority", "Related", "Spring floods cut the town"):
            assert box not in body, box  # the block model read the markup: no caption, box
    elif name == "article-hidden-story":
        assert "trafilatura's text of the page" in message
        assert body.startswith("The market bridge reopened to traffic on Monday morning")
        assert body.endswith("under load, the council said.")
        assert body.count("\n\n") == 3
        assert article.headline == "Market bridge reopens after six months of repairs"
        assert article.datePublishedRaw == "2025-03-03T07:45:00+01:00"
    else:
        assert "the page's main text" in message
        assert body.startswith("Arsenal 2, Chelsea 1\n\nLeeds 0, Everton 0")
        assert "Doncaster 2, Notts 0" in body
        assert article.datePublishedRaw == "2025-03-01T19:05:00Z"


def test_page_nothing_calls_an_article_gives_no_record() -> None:
    """Must not fire: a contact page of short lines has a heading and text, but no
    signal says it is a story."""
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(_html("contact-short-lines"), _url("contact-short-lines"))


def test_one_article_signal_is_not_enough() -> None:
    """Must not fire: the contact page called an article by its og:type alone."""
    html = (
        _html("contact-short-lines")
        .decode()
        .replace("<head>", '<head><meta property="og:type" content="article">')
    )
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(html, _url("contact-short-lines"))


def test_hidden_text_of_a_page_nothing_calls_an_article_gives_no_record() -> None:
    """Must not fire: the hidden story's page with its article signals taken out (no
    og:type, no publication meta, a URL of one word): trafilatura would read its text,
    but nothing says the page is a story."""
    html = (
        _html("article-hidden-story")
        .decode()
        .replace('<meta property="og:type" content="article">', "")
        .replace(
            '<meta property="article:published_time" content="2025-03-03T07:45:00+01:00">', ""
        )
    )
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(html, "https://gazette.example/bridge")


def test_stated_summary_is_not_a_story() -> None:
    """Must not fire: a JSON-LD articleBody no longer than a teaser is as likely the
    story's summary as the story: no record from it."""
    html = _html("article-scripted-jsonld-body").decode()
    start = html.index('"articleBody": "') + len('"articleBody": "')
    end = html.index('"', start)
    html = html[:start] + "The city council approved a new budget on Tuesday." + html[end:]
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(html, _url("article-scripted-jsonld-body"))


def test_script_markup_about_something_else_is_no_story() -> None:
    """Must not fire: paragraph markup in a script that shares too few words with the
    page's headline and description (a consent notice, a newsletter form) is no story."""
    html = _html("article-script-state").decode()
    start = html.index('"contentHtml": "') + len('"contentHtml": "')
    end = html.index('", "section"', start)
    notice = "".join(
        f"\\u003cp\\u003eWe and our {n} partners store cookies on your device to measure "
        f"audiences, show personalised advertising and improve our services.\\u003c/p\\u003e"
        for n in range(8)
    )
    html = html[:start] + notice + html[end:]
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(html, _url("article-script-state"))


def test_script_markup_needs_a_story_shaped_page() -> None:
    """Must not fire: the same scripted page at a section's URL with og:type website is
    not story-shaped (no article signal), so its script data is not read."""
    html = _html("article-script-state").decode().replace('content="article"', 'content="website"')
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(html, "https://gazette.example/local/")


def test_found_story_wins_over_stated_body() -> None:
    """Must not fire: when the block model finds the story, the JSON-LD articleBody is
    not used and nothing is flagged."""
    story = "".join(
        f"<p>Paragraph {i} of the story as the page shows it, long enough to count, "
        f"with commas, words and a full stop.</p>"
        for i in range(4)
    )
    html = _html("article-scripted-jsonld-body").decode()
    html = html.replace('<div id="app"></div>', f"<main><article>{story}</article></main>")
    article = _extract(html, _url("article-scripted-jsonld-body"))
    assert str(article.articleBody).startswith("Paragraph 0 of the story as the page shows it")
    assert article.metadata["validationMessages"] == []


def test_extract_counts_and_says_uncertain_bodies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "manifest.jsonl"
    lines = [
        {"path": str(PAGES / f"{n}.html"), "url": _url(n), "fetchedAt": "2025-03-05T00:00:00Z"}
        for n in PATHS
    ]
    manifest.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    out = tmp_path / "out"
    args = ["extract", "--site", "generic", "--manifest", str(manifest), "--out", str(out)]
    assert main(args) == 0
    err = capsys.readouterr().err
    # The results story's "More sport" box of two stories gives two SidebarItems.
    assert "4/9 pages → 4 Article, 2 SidebarItem (4 with an uncertain body)" in err
    for name in LISTINGS:
        assert f"({PAGES / name}.html): a page of other pages (" in err
    assert "contact-short-lines.html): no story found by generic" in err
    articles = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    assert [a["url"] for a in articles] == [_url(n) for n in UNCERTAIN]
    for article in articles:
        assert article["metadata"]["validationMessages"][0].startswith(UNCERTAIN_BODY)


@contextmanager
def _serve(names: list[str]) -> Iterator[tuple[str, set[str]]]:
    """The fixture pages *names* at their paths; any other path is an empty page (teaser
    links lead nowhere, and a 404 would count as a crawl error). Yields the base URL and
    the set of paths requested."""
    routes = {PATHS[name]: _html(name) for name in names}
    hits: set[str] = set()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.add(self.path)
            body = routes.get(self.path, b"<html><body></body></html>")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def test_generic_crawl_counts_uncertain_bodies_and_follows_listings(tmp_path: Path) -> None:
    """In a crawl, pages of other pages are listings whose links are followed; flagged
    articles are exported and counted, and their bodies do not count as body coverage,
    so a site whose stories the block model cannot find fails its coverage check."""
    out = tmp_path / "out"
    with _serve(list(PATHS)) as (base, hits):
        starts = ",".join(f"{base}{path}" for path in PATHS.values())
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", f"start={starts}",
             "-s", f"NEWSCRAWL_OUTPUT_DIR={out}", "-s", "DEPTH_LIMIT=1",
             "-s", "NEWSCRAWL_MONITOR_MIN_COVERAGE_SAMPLE=1", *FAST],
            cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
            env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
        )  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-4000:]
    stats = stats_of(proc.stderr)
    assert stats["newscrawl/articles/body_uncertain"] == 4
    assert stats["newscrawl/pages/article"] == 4
    # The four pages of other pages and the contact page are listings, and the links
    # on them were followed (the empty pages they lead to are listings too).
    assert stats["newscrawl/pages/listing"] > 5
    assert {"/news/2025/03/01/harbour-bridge-reopens/", "/politics/2025/03/02/story-1/"} <= hits
    [articles] = records(out / "127.0.0.1", "articles").values()
    assert sorted(a["url"].removeprefix(base) for a in articles) == sorted(
        PATHS[n] for n in UNCERTAIN
    )
    assert all(body_uncertain(Article(**a)) for a in articles)
    [run] = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines()]
    assert run["coverage"]["articleBody"] == 0.0
    assert run["coverage"]["headline"] == 1.0
    assert [c["name"] for c in run["failedChecks"]] == ["field coverage"]
    assert "articleBody 0% < 80%" in run["failedChecks"][0]["message"]


DATE_META = b'<meta property="article:published_time" content="2025-03-02T08:15:00Z">'


def test_dated_page_of_short_lines_gives_flagged_article() -> None:
    """A picture page with its own publication date, a headline and three lines too short
    for the block model (a caption, a credit): one article signal only, but the date says
    it is one item, and its text is what the reader sees, however short."""
    article = _extract(_html("dated-photo-caption"), "https://gazette.example/pictures/valley")
    assert (
        article.articleBody
        == "Blossom on the meadows\n\nSunday, early light\n\nPicture: Mara Lind"
    )
    assert article.datePublishedRaw == "2025-03-02T08:15:00Z"
    [message] = article.metadata["validationMessages"]
    assert message == (
        f"{UNCERTAIN_BODY}: no story container found; the text is the page's main text "
        "(article signals: publication date)"
    )


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ((DATE_META, b""), "/pictures/valley"),
        ((DATE_META, b""), "/pictures/2025/03/02/valley"),
        ((b"<head>", b'<head><meta property="og:type" content="website">'), "/"),
    ],
    ids=["undated", "url-day-only", "outnumbered"],
)
def test_short_lines_without_own_date_give_no_record(
    change: tuple[bytes, bytes], path: str
) -> None:
    """Must not fire: the picture page without a date, with the day in its URL only (an
    article URL and the URL's day are one signal, not a date the page states), and with its
    date on a front page URL with og:type website (two signals of a page of other pages
    against one)."""
    html = _html("dated-photo-caption").replace(*change)
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(html, f"https://gazette.example{path}")


def test_short_list_dated_by_its_items_gives_no_record() -> None:
    """Must not fire: a page of four short notes, each under its own visible stamp, no
    other signal either way. Its best date is the first stamp of a list (more different
    stamps than one item shows), not a date the page states of itself."""
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(_html("dated-short-list"), "https://gazette.example/valley/notes")


def test_one_stamp_dates_a_page_of_short_lines() -> None:
    """The same page with one note: its one visible stamp is the page's own date."""
    html = _html("dated-short-list").decode()
    start, end = (
        html.index('<div class="note"><span class="date">26'),
        html.index("</div>\n</div>"),
    )
    article = _extract(
        html[:start] + html[end + len("</div>\n") :], "https://gazette.example/valley/notes"
    )
    assert article.articleBody is not None
    assert article.articleBody.endswith("Blossom on the meadows")
    assert article.datePublishedRaw == "2 March 2025"


def test_stamp_under_the_headline_dates_a_page_of_stamped_responses() -> None:
    """A short note with its stamp under the headline, then three responses each under
    its own stamp: more different stamps than one item shows, but the one beside the
    headline, outside the run of like entries, is the page's own date."""
    html = _html("dated-note-with-responses")
    article = _extract(html, "https://gazette.example/valley/spring")
    assert article.datePublishedRaw == "2 March 2025"
    [message] = article.metadata["validationMessages"]
    assert message.startswith(f"{UNCERTAIN_BODY}: no story container found")


def test_responses_stamps_alone_give_no_record() -> None:
    """Must not fire: the same page without the stamp under its headline; its first date
    is the first response's, one of a run of like entries."""
    html = _html("dated-note-with-responses").replace(
        b'<span class="date">2 March 2025</span>', b""
    )
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(html, "https://gazette.example/valley/spring")


TIDES = "plain-tide-table"
TIDES_URL = "https://gazette.example/harbour/tides"


def test_page_nothing_marks_with_headline_stated_twice_gives_flagged_article() -> None:
    """A plain page (no og:type, no JSON-LD, no date, a URL of two words) whose ``<h1>``
    its ``<title>`` states, with more text than a teaser in lines too short for the block
    model: no signal calls it a page of other pages, so it is an article, flagged."""
    article = _extract(_html(TIDES), TIDES_URL)
    assert article.headline == "Tide times at the harbour this week"
    body = str(article.articleBody)
    assert body.startswith("Monday\n\nHigh water 06:12, 4.8 m")
    assert "Riverside Gazette" not in body and "About us" not in body
    [message] = article.metadata["validationMessages"]
    assert message == (
        f"{UNCERTAIN_BODY}: no story container found; the text is the page's main text "
        "(article signals: headline stated twice)"
    )


LINKED_HEADINGS_BOX = "".join(
    f'<h3><a href="/harbour/story-{n}">Harbour story number {n}</a></h3>' for n in range(8)
)


@pytest.mark.parametrize(
    ("change", "url"),
    [
        ((b"", b""), "https://gazette.example/"),
        ((b"", b""), "https://gazette.example/search?q=tides"),
        ((b"<footer>", f"<div>{LINKED_HEADINGS_BOX}</div><footer>".encode()), TIDES_URL),
        ((b"<head>", b'<head><meta property="og:type" content="website">'), TIDES_URL),
        ((b"<title>Tide times at the harbour this week \xe2\x80\x93 ", b"<title>"), TIDES_URL),
    ],
    ids=["front-page", "search-page", "listing", "og-website", "title-site-name-only"],
)
def test_headline_stated_twice_needs_no_sign_of_other_pages(
    change: tuple[bytes, bytes], url: str
) -> None:
    """Must not fire: the same page at a front page's or a search page's URL, with a run
    of linked headings (a listing), called a website by its og:type, or with a ``<title>``
    that is the site's name only (the ``<h1>`` stated once)."""
    html = _html(TIDES).replace(*change)
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(html, url)


SHORT_TIDES = "Monday</p>\n<p>High water 06:12, 4.8 m</p>\n</div>"


def _short_tides() -> bytes:
    html = _html(TIDES).decode()
    start = html.index("Monday</p>")
    return (html[:start] + SHORT_TIDES + html[html.index("</div>", start) + 6 :]).encode()


def test_short_page_with_headline_stated_twice_gives_no_record() -> None:
    """Must not fire: two lines under a headline stated twice, at a URL of a story's slug,
    undated: a teaser's worth of text, nothing else says it is one item."""
    url = "https://gazette.example/harbour/tide-times-this-week"
    with pytest.raises(PageError, match="no story found by generic"):
        _extract(_short_tides(), url)


LEAD = (
    "The harbour board approved the plan for the new ferry pier on Tuesday, after two "
    "years of talks with the fishing co-operative over the berths it would lose."
)
FEW_TEASERS = "".join(
    f'<div class="card"><h2><a href="/harbour/story-{n}">Harbour story number {n}</a></h2>'
    f"<p>{LEAD if n == 0 else 'A short line.'}</p></div>"
    for n in range(5)
)
FRONT = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside Gazette'
    "</title>{head}</head><body><header><a href='/'>Riverside Gazette</a></header>"
    f"<main><h1>Riverside Gazette</h1>{FEW_TEASERS}</main></body></html>"
)


def test_teaser_on_a_front_page_of_few_teasers_gives_no_record() -> None:
    """A front page (its URL says so) of five linked headings, fewer than a run of teasers
    counts, whose lead teaser's line the block model takes for a story: nothing calls it
    an article and its text is no longer than a teaser, so it is none."""
    with pytest.raises(PageError, match=r"^a page of other pages \(front page URL\)"):
        _extract(FRONT.format(head=""), "https://gazette.example/")


#: The front page with its lead's heading unlinked: a short story over four teasers.
STORY_OVER_TEASERS = FRONT.replace(
    '<h2><a href="/harbour/story-0">Harbour story number 0</a></h2>',
    "<h2>Harbour story number 0</h2>",
)


@pytest.mark.parametrize(
    ("page", "head", "url"),
    [
        (FRONT, "", "https://gazette.example/harbour/2025/03/04/ferry-pier-approved"),
        (STORY_OVER_TEASERS, '<meta property="og:type" content="website">', "https://gazette.example/harbour"),
    ],
    ids=["article-url", "og-website-only"],
)  # fmt: skip
def test_short_story_outside_a_front_page_keeps_its_record(page: str, head: str, url: str) -> None:
    """Must not fire: the same short text at a story's URL with its day (an article
    signal a run of teasers does not outweigh), or called a website by its og:type only
    (many stories are) with its heading unlinked (a story over four teasers), stays an
    article."""
    article = _extract(page.format(head=head), url)
    assert LEAD in str(article.articleBody)


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<meta property="og:type" content="website">', "https://gazette.example/harbour"),
        ("", "https://gazette.example/topics/harbour-ferry-pier"),
    ],
    ids=["og-website", "slug-url"],
)
def test_story_found_in_a_run_of_teasers_gives_no_record(head: str, url: str) -> None:
    """A page whose story found is no longer than a teaser and lies in one entry of a
    run built alike, each under a heading linking another page (a tag or topic page's
    lead teaser), gives none when nothing but a URL's slug of words calls it an article:
    a topic page's address is a slug too."""
    with pytest.raises(PageError, match=r"^a page of other pages \(the story found is one of 5"):
        _extract(FRONT.format(head=head), url)


WEBSITE = '<meta property="og:type" content="website">'
LEAD_CARD = '<div class="card"><h2><a href="/harbour/story-0">'
TOPIC_URL = "https://gazette.example/topics/harbour-ferry-pier"


@pytest.mark.parametrize(
    ("change", "url"),
    [
        ((WEBSITE, '<meta property="og:type" content="article">'), "https://gazette.example/h"),
        (("/harbour/story-", "/topics/harbour-ferry-pier#story-"), TOPIC_URL),
        ((LEAD_CARD, LEAD_CARD.replace("<h2>", "<h4>Lead</h4><h2>")), "https://gazette.example/h"),
    ],
    ids=["og-article", "headings-link-the-page", "not-every-entry-links"],
)
def test_story_in_a_run_of_teasers_must_not_fire(change: tuple[str, str], url: str) -> None:
    """Must not fire: the same page called an article by its og:type, a run whose
    headings link the page itself (a post's title linking its own permalink, sections of
    one page), and a run where an entry is opened by a heading that links nowhere (the
    lead's card, given a label over its linked heading: its entries are not alike)."""
    page = FRONT.format(head=WEBSITE).replace(*change)
    article = _extract(page, url)
    assert LEAD in str(article.articleBody)


TIDES_HEADLINE = b"<h1>Tide times at the harbour this week</h1>"


@pytest.mark.parametrize("tag", ["div", "p"])
def test_headline_in_a_div_over_short_lines_is_no_story_container(tag: str) -> None:
    """The plain tide page with its headline set in a ``div`` or ``p`` instead of an
    ``<h1>``: that line, long enough to score, is the only one crediting the container.
    A container credited by the headline alone holds no story found: the page's main
    text is its body, flagged, without the headline line (and not just the day names left
    once the headline and the lines printed twice are cut)."""
    html = _html(TIDES).replace(
        TIDES_HEADLINE,
        f'<{tag} class="title">Tide times at the harbour this week</{tag}>'.encode(),
    )
    article = _extract(html, TIDES_URL)
    assert article.headline == "Tide times at the harbour this week"
    body = str(article.articleBody)
    assert body.startswith("Monday\n\nHigh water 06:12, 4.8 m")
    assert "Tide times" not in body
    [message] = article.metadata["validationMessages"]
    assert message == (
        f"{UNCERTAIN_BODY}: no story container found; the text is the page's main text "
        "(article signals: headline stated twice)"
    )


HARBOUR_PROSE = (
    "<p>The harbour master said the spring tides would be higher than usual this week, "
    "and asked boat owners to check their moorings before the weekend.</p>"
)


@pytest.mark.parametrize(
    "line",
    [
        HARBOUR_PROSE.encode(),
        b"<p>Spring tides higher than usual this week</p>",
    ],
    ids=["a-paragraph-of-prose", "a-line-other-than-the-headline"],
)
def test_container_credited_beyond_the_headline_keeps_its_story(line: bytes) -> None:
    """Must not fire: the same page with a second line that scores beside the headline in
    a ``div`` (a paragraph of prose), or whose one scoring line is not the headline: the
    block model's container stands, its story not flagged."""
    html = _html(TIDES).replace(
        TIDES_HEADLINE, b'<div class="title">Tide times at the harbour this week</div>' + line
    )
    if b"Spring tides" in line:
        html = html.replace(b'<div class="title">Tide times at the harbour this week</div>', b"")
    article = _extract(html, TIDES_URL)
    assert not body_uncertain(article)
    assert line.decode()[3:40] in str(article.articleBody)


#: A sidebar of a magazine theme: eight other posts under linked headings in an <aside>.
SIDEBAR = (
    "<aside class='widget-area'><section class='widget'><h2>Recent posts</h2>"
    + "".join(
        f"<div class='widget-post'><h3><a href='/blog/post-{i}/'>Another post number {i} of"
        f" the blog</a></h3></div>"
        for i in range(8)
    )
    + "</section></aside>"
)
UNDATED_POST = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    "<title>Our allotment in its first winter | Garden notes</title>{head}</head><body>"
    "<header><a href='/'>Garden notes</a></header><div id='content'><div id='main'>"
    "<div class='post'><h1>Our allotment in its first winter</h1><div class='text'>"
    "<p>The beds lie under straw now, and the last leeks came out of the ground on a cold "
    "morning that smelled of frost and woodsmoke.</p></div></div>{main}</div>{side}</div>"
    "</body></html>"
)


@pytest.mark.parametrize("head", ["", WEBSITE], ids=["no-og", "og-website"])
def test_undated_post_beside_a_sidebar_of_linked_headings_gives_a_record(head: str) -> None:
    """An undated short post beside a widget sidebar (``<aside>``) listing eight other
    posts under linked headings: the sidebar's headings are the site's, shown beside
    every page, and do not make the post a page of other pages."""
    page = UNDATED_POST.format(head=head, main="", side=SIDEBAR)
    article = _extract(page, "https://garden.example/?p=123")
    assert article.headline == "Our allotment in its first winter"
    assert "The beds lie under straw now" in str(article.articleBody)
    assert "Another post number" not in str(article.articleBody)


def test_sidebar_headings_count_beside_a_run_of_the_page_own() -> None:
    """Must not fire: the same sidebar beside three linked headings of the page's own
    part (a page of posts) counts with them: the page lists other pages."""
    own = "".join(
        f"<div class='entry'><h2><a href='/blog/entry-{i}/'>Entry {i} of the month</a></h2></div>"
        for i in range(3)
    )
    page = UNDATED_POST.format(head=WEBSITE, main=own, side=SIDEBAR)
    with pytest.raises(PageError, match=r"og:type website, 11 linked headings"):
        _extract(page, "https://garden.example/?p=123")
    # and the sidebar's headings outside an <aside> (no mark of a sidebar) count alone
    unmarked = SIDEBAR.replace("<aside", "<div").replace("</aside>", "</div>")
    with pytest.raises(PageError, match=r"og:type website, 8 linked headings"):
        _extract(
            UNDATED_POST.format(head=WEBSITE, main="", side=unmarked),
            "https://garden.example/?p=123",
        )


#: A classic Blogger post: the blog's name in a logo <h1> linking home, the post's title
#: in an <h3>, the <title> "Blog: Post" and no headline stated in metadata.
BLOGGER = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
    "</head><body><header><h1 class='title'><a href='https://garden.example/'>Allotment diary"
    "</a></h1></header><div class='blog-posts'><div class='post hentry'>"
    "<h3 class='post-title entry-title'>Leeks in the frost</h3><div class='post-body'>"
    "<p>The beds lie under straw now, and the last leeks came out of the ground on a cold "
    "morning that smelled of frost and woodsmoke, a week before the first snow.</p>"
    "<p>We kept the seed of the best plants for next year, dried on newspaper in the shed, "
    "and wrote the names of the beds on the packets for the spring.</p></div></div></div>"
    "</body></html>"
)


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Allotment diary: Leeks in the frost", "Leeks in the frost"),
        ("Allotments: Leeks in the frost", "Allotments: Leeks in the frost"),
    ],
    ids=["blog-name", "not-the-logo-name"],
)
def test_logo_name_before_a_post_title_is_no_headline(title: str, headline: str) -> None:
    """A blog's item ``<title>`` "Blog: Post" under a logo ``<h1>`` linking home that
    states the blog's name: the headline is the post's title. Must not fire: a title
    whose first part is not the name the logo states keeps it."""
    article = _extract(BLOGGER.format(title=title), "https://garden.example/2024/03/leeks.html")
    assert article.headline == headline


#: Prose of a post, long enough to be read as a story.
POST_TEXT = (
    "<p>The beds lie under straw now, and the last leeks came out of the ground on a cold "
    "morning that smelled of frost and woodsmoke, a week before the first snow fell.</p>"
    "<p>We kept the seed of the best plants for next year, dried on newspaper in the shed, "
    "and wrote the names of the beds on the packets, ready for the spring sowing.</p>"
)


#: Each post's own words (posts of one page tell different things).
WEEKS = ["the first ", "the second ", "the third ", "the fourth ", "the fifth "]


def _entry(n: int, markup: str = "") -> str:
    """One post of a blog's page of posts: its title linking its own address, its day, its
    text in full."""
    return (
        f"<article class='post'{markup}><h2 class='entry-title'>"
        f"<a href='/2024/03/{10 + n}/post-{n}/'>"
        f"Notes from the allotment, week {n}</a></h2><time datetime='2024-03-{10 + n}'>March "
        f"{10 + n}, 2024</time><div class='entry-content'>"
        f"{POST_TEXT.replace('<p>', f'<p>In {WEEKS[n]}week, ')}</div></article>"
    )


def _blog(main: str, head: str = "") -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Garden notes'
        f"</title>{head}</head><body><header><a href='/'>Garden notes</a></header>"
        f"<main>{main}</main></body></html>"
    )


MICRODATA = " itemscope itemtype='http://schema.org/BlogPosting'"


@pytest.mark.parametrize(
    ("main", "url"),
    [
        ("".join(_entry(n) for n in range(5)), "https://garden.example/category/leeks/"),
        ("".join(_entry(n, MICRODATA) for n in range(4)), "https://garden.example/search/label/leeks"),
        ("<h1>March 2024</h1>" + "".join(_entry(n) for n in range(3)), "https://garden.example/2024/03/"),
    ],
    ids=["category-in-full", "label-page-marked-posts", "month-archive"],
)  # fmt: skip
def test_page_of_posts_in_full_gives_no_record(main: str, url: str) -> None:
    """A blog's page of posts shown in full (a category, a label page whose every post is
    marked a BlogPosting, a month's archive): the story found lies in a run of posts,
    each under a title linking its own address and dated, and nothing of the page's own
    calls it an article."""
    with pytest.raises(PageError, match=r"the story found lies in a run of \d posts"):
        _extract(_blog(main), url)


#: A single post with three related posts, each under a linked title, inside its content.
RELATED = "".join(
    f"<div class='related'><h4><a href='/2024/02/post-{n}/'>Another post {n}</a></h4>"
    f"<p>February {n + 1}, 2024</p></div>"
    for n in range(3)
)


@pytest.mark.parametrize(
    ("main", "head", "url"),
    [
        (
            f"<article><h1>Leeks in the frost</h1><div class='entry-content'>{POST_TEXT}"
            f"{RELATED}</div></article>",
            "",
            "https://garden.example/?p=123",
        ),
        (
            "".join(_entry(n) for n in range(4)),
            '<meta property="og:type" content="article">',
            "https://garden.example/category/leeks/",
        ),
        (
            "<h1>Five allotments to visit</h1><p>March 12, 2024</p>"
            + "".join(
                f"<div class='item'><h3><a href='https://site{n}.example/'>Allotment {n}</a>"
                f"</h3>{POST_TEXT}</div>"
                for n in range(5)
            ),
            "",
            "https://garden.example/allotments-to-visit/",
        ),
        (
            # Undated, no og:type, a slug: its items' headings link other sites (a shop's
            # products, the places it lists), no post of this site's own.
            "<h1>Five allotments to visit</h1>"
            + "".join(
                f"<div class='item'><h3><a href='https://site{n}.example/plot'>Allotment {n}"
                f"</a></h3>{POST_TEXT}</div>"
                for n in range(5)
            ),
            "",
            "https://garden.example/allotments-to-visit/",
        ),
    ],
    ids=["post-with-related-posts", "og-article", "dated-list-article", "list-article-off-site"],
)
def test_story_in_a_run_of_posts_must_not_fire(main: str, head: str, url: str) -> None:
    """Must not fire: a single post whose related posts (a run of linked titles) hold
    none of its story, the page of posts its og:type calls an article, and a list
    article whose items link their headings under a headline with the page's own day."""
    article = _extract(_blog(main, head), url)  # a record, no PageError
    if not head:
        assert "The beds lie under straw now" in str(article.articleBody)


def test_thread_of_posts_linking_into_the_page_must_not_fire() -> None:
    """Must not fire: a forum thread whose posts each open with a heading linking the
    post's permalink into this page ("viewtopic.php?p=101#p101", the post's own id): a
    discussion on one page, its first post the story, not a page of other pages."""
    posts = "".join(
        f"<div id='p{100 + n}' class='post'><h3><a href='./viewtopic.php?p={100 + n}#p{100 + n}'>"
        f"Re: Leeks in the frost</a></h3><p class='author'>by Member{n} » March {10 + n}, "
        f"2024</p><div class='content'>{POST_TEXT.replace('<p>', f'<p>In {WEEKS[n]}week, ')}"
        "</div></div>"
        for n in range(4)
    )
    page = _blog(f"<h2 class='topic-title'>Leeks in the frost</h2>{posts}")
    article = _extract(page, "https://garden.example/forum/viewtopic.php?t=45")
    assert "The beds lie under straw now" in str(article.articleBody)
    # the same posts under titles of their own, linking pages of their own (a blog's
    # page of posts), give none
    elsewhere = page.replace("#p10", "&amp;x=")
    for n in range(4):
        elsewhere = elsewhere.replace("Re: Leeks in the frost</a>", f"Leeks, week {n}</a>", 1)
    with pytest.raises(PageError, match=r"the story found lies in a run of 4 posts"):
        _extract(elsewhere, "https://garden.example/forum/viewtopic.php?t=45")


def test_held_chars_is_the_share_each_line_in_some_entry_gives() -> None:
    """held_chars (one search per line in the entries' texts joined by line breaks)
    counts what looking for each line in every entry counts, on random texts: no line
    (whitespace-normalised, so without a line break) matches across two entries."""
    rng = random.Random(7)
    alphabet = ["ab", "a", "b", " ", "ba", "x", "é", "ab ba", "\u00a0"]
    for _ in range(20_000):
        texts = [
            " ".join("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))).split())
            for _ in range(rng.randint(0, 5))
        ]
        story = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(4)]
        lines = [" ".join(line.split()) for line in story]
        expected = sum(
            len(o) for o, n in zip(story, lines, strict=True) if any(n in t for t in texts)
        )
        assert held_chars(story, lines, texts) == expected


def _undated_item(n: int, href: str) -> str:
    """An item of an article: a heading linking *href* over a paragraph, no day."""
    return (
        f"<div class='item'><h3><a href='{href}'>Allotment number {n}</a></h3>"
        f"{POST_TEXT.replace('<p>', f'<p>In {WEEKS[n]}week, ')}</div>"
    )


@pytest.mark.parametrize(
    ("href", "url"),
    [
        ("/news/allotment-{n}/", "https://garden.example/newsletter/"),
        ("https://shop{n}.example/product/{n}", "https://garden.example/guides/best-spades"),
        ("/glossary/term-{n}/", "https://garden.example/glossary/"),
    ],
    ids=["roundup-of-own-stories", "best-of-list", "glossary"],
)
def test_article_of_undated_items_under_linked_headings_gives_a_record(
    href: str, url: str
) -> None:
    """An article whose story lies in its items, each under a heading linking a page of
    its own (a weekly roundup of the site's stories, a "best of" list linking shops, a
    glossary linking each term's page), with no og:type, no date and no day in its URL:
    its items show no day (a page of posts dates each post) and it has a headline of its
    own that its <title> states. A record."""
    main = "<h1>Five allotments worth a visit this spring</h1>" + "".join(
        _undated_item(n, href.format(n=n)) for n in range(5)
    )
    html = _blog(main).replace(
        "<title>Garden notes", "<title>Five allotments worth a visit this spring | Garden notes"
    )
    article = _extract(html, url)
    assert "In the second week, The beds lie" in str(article.articleBody)


@pytest.mark.parametrize(
    "main",
    [
        "".join(_undated_item(n, f"/posts/post-{n}/") for n in range(5)),
        "<h1>Leeks</h1>" + "".join(_undated_item(n, f"/posts/post-{n}/") for n in range(5)),
        "<h1>Leeks, onions and garlic</h1>"
        + "".join(_undated_item(n, f"/posts/post-{n}/") for n in range(5)),
        "<h1>Five allotments worth a visit this spring</h1>"
        + "".join(_entry(n) for n in range(4)),
    ],
    ids=["no-headline", "section-label", "long-section-label", "dated-posts-under-a-headline"],
)
def test_undated_items_without_a_headline_of_their_own_must_not_fire(main: str) -> None:
    """Must not fire (the page stays a page of posts): undated posts under no headline
    or a section's label of up to four words, and dated posts under any headline."""
    html = _blog(main).replace(
        "<title>Garden notes", "<title>Five allotments worth a visit this spring | Garden notes"
    )
    with pytest.raises(PageError, match=r"the story found lies in a run of \d posts"):
        _extract(html, "https://garden.example/category/leeks/")


def test_thread_of_replies_linking_pages_of_their_own_gives_a_record() -> None:
    """A forum thread whose replies each open with the same title ("Re: …") linking the
    reply's own address (no fragment into the page): replies of one thread, not posts of
    their own, which have titles of their own. A record."""
    posts = "".join(
        f"<div class='post'><h3><a href='/forum/showthread.php?p={100 + n}'>"
        f"Re: Leeks in the frost</a></h3><p class='author'>by Member{n} » March {10 + n}, "
        f"2024</p><div class='content'>{POST_TEXT.replace('<p>', f'<p>In {WEEKS[n]}week, ')}"
        "</div></div>"
        for n in range(4)
    )
    page = _blog(f"<h2 class='topic-title'>Leeks in the frost</h2>{posts}")
    article = _extract(page, "https://garden.example/forum/showthread.php?t=45")
    assert "The beds lie under straw now" in str(article.articleBody)


def test_article_of_undated_items_under_a_title_naming_the_site_only_gives_a_record() -> None:
    """An old CMS's article whose <title> names the site only (none of the headline's
    words) and whose URL is an id: its headline over undated items is its own. A
    record."""
    main = "<h1>Five allotments worth a visit this spring</h1>" + "".join(
        _undated_item(n, f"/index.php?id={50 + n}") for n in range(5)
    )
    html = _blog(main).replace("<title>Garden notes", "<title>Allotment Society e.V.")
    article = _extract(html, "https://garden.example/index.php?id=42")
    assert "In the second week, The beds lie" in str(article.articleBody)


def test_blog_name_over_undated_posts_must_not_fire() -> None:
    """Must not fire: the blog's name as an unlinked <h1> in its site header (its <title>
    too) over undated excerpts is no headline of the page's own: no record."""
    name = "Notes from the community garden"
    html = (
        _blog("".join(_undated_item(n, f"/posts/post-{n}/") for n in range(5)))
        .replace("<title>Garden notes", f"<title>{name}")
        .replace("<header><a href='/'>Garden notes</a>", f"<header><h1>{name}</h1>")
    )
    with pytest.raises(PageError, match=r"the story found lies in a run of 5 posts"):
        _extract(html, "https://garden.example/")


def _old_theme(header: str, title: str) -> str:
    """An old theme's page: *header* (a ``<div id="header">``'s or a page header's
    markup) over five undated items in ``<div id="content">``, all in a wrapper."""
    items = "".join(_undated_item(n, f"/posts/post-{n}/") for n in range(5))
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><div id='wrapper'>{header}<div id='content'>{items}</div>"
        "<div id='footer'><p>© Garden notes</p></div></div></body></html>"
    )


def test_blog_name_in_an_old_themes_header_div_over_undated_posts_gives_no_record() -> None:
    """An old theme's site header built of plain containers (``<div id="header">``): the
    blog's name of five words as an unlinked ``<h1>`` (its ``<title>`` too), the site's
    menu after it (linking the front page): no headline of the page's own, no record."""
    name = "Notes from the community garden"
    header = (
        f"<div id='header'><h1 id='site-title'>{name}</h1><div id='nav'><a href='/'>Start"
        "</a> <a href='/about/'>About</a></div></div>"
    )
    with pytest.raises(PageError, match=r"the story found lies in a run of 5 posts"):
        _extract(_old_theme(header, name), "https://garden.example/category/leeks/")


@pytest.mark.parametrize(
    "links",
    [
        "<div class='crumbs'><a href='/'>Home</a> › <a href='/news/'>News</a></div>{h1}",
        "{h1}<div class='share'><a href='/share?a=1'>Share</a> <a href='/print/'>Print</a></div>",
        "{h1}<nav aria-label='breadcrumb'><ol><li><a href='/'>Home</a></li>"
        "<li><a href='/news/'>News</a></li></ol></nav>",
        "{h1}<ol class='breadcrumb'><li><a href='/'>Home</a></li>"
        "<li><a href='/news/'>News</a></li></ol>",
    ],
    ids=["breadcrumb-before", "links-not-home", "breadcrumb-after-aria", "breadcrumb-after"],
)
def test_headline_in_a_page_header_with_links_must_not_fire(links: str) -> None:
    """Must not fire: a roundup's headline in a page header (``page-header``) beside a
    breadcrumb before or after it (linking the front page; after it, a trail named so by
    class or ARIA label, as Bootstrap's page header sets it: before the fix of
    ``_named_banner`` read as the site's menu, no record), or beside links after it that
    do not lead to the front page (share, print): no site menu, the headline is the
    page's own. A record."""
    headline = "Five allotments worth a visit this spring"
    header = "<div class='page-header'>" + links.format(h1=f"<h1>{headline}</h1>") + "</div>"
    article = _extract(
        _old_theme(header, f"{headline} | Garden notes"), "https://garden.example/n/"
    )
    assert "In the second week, The beds lie" in str(article.articleBody)


def _classed_entry(n: int, classes: str) -> str:
    return _entry(n).replace("<article class='post'", f"<article class='{classes}'", 1)


def test_posts_classed_by_their_own_ids_give_no_record() -> None:
    """A page of posts as WordPress prints it: each entry's class names its post's id,
    format and category (``post-301 post type-post … category-city``), so that no two
    are classed alike; they share a name and each names an id: a run of posts."""
    main = "".join(
        _classed_entry(n, f"post-{300 + n} post type-post hentry category-{('a', 'b')[n % 2]}")
        for n in range(5)
    )
    with pytest.raises(PageError, match=r"the story found lies in a run of 5 posts"):
        _extract(_blog(main), "https://garden.example/category/leeks/")


def test_boxes_of_other_kinds_sharing_a_class_name_must_not_fire() -> None:
    """Must not fire: boxes of one tag whose classes share a name but carry no id (two
    news entries and a publication, ``news`` / ``news last publication``) are not
    classed alike: a page whose story lies half in them keeps its record."""
    main = POST_TEXT + "".join(
        _classed_entry(n, "news" if n < 2 else "news last publication") for n in range(3)
    )
    article = _extract(_blog(main), "https://garden.example/campaigns/leeks/")
    assert "The beds lie under straw now" in str(article.articleBody)


def _node_with_comments(fragment: bool) -> str:
    """A Drupal node over ten comments whose subjects (``<h3>``) link their permalinks,
    into the page (``/comment/501#comment-501``, each comment's anchor) or not."""
    comments = "".join(
        f"<a id='comment-{500 + n}'></a><div class='comment'><h3 class='comment-title'>"
        f"<a href='/comment/{500 + n}{f'#comment-{500 + n}' if fragment else ''}'>"
        f"Good point number {n}</a></h3><div class='content'><p>I agree with this, "
        f"reader {n}.</p></div></div>"
        for n in range(10)
    )
    main = f"<div class='node'><h1>Leeks in the frost</h1>{POST_TEXT}</div>{comments}"
    return _blog(main, '<meta property="og:type" content="website">')


def test_comment_subjects_linking_into_the_page_give_a_record() -> None:
    """A story over comments whose subjects link their permalinks into the page: those
    headings name parts of this page, not other pages; with og:type website the page
    still gives its record."""
    article = _extract(_node_with_comments(True), "https://garden.example/node/123")
    assert "The beds lie under straw now" in str(article.articleBody)


def test_headings_linking_other_pages_must_not_fire() -> None:
    """Must not fire: the same headings linking pages of their own (no fragment into
    the page) still count as a run of linked headings."""
    with pytest.raises(PageError, match=r"10 linked headings"):
        _extract(_node_with_comments(False), "https://garden.example/node/123")


def _story_over_commenters(hosts: list[str]) -> str:
    """A short post over eight readers' comments, each under its writer's name (``<h4>``)
    linking the address in *hosts* (cycled): a reader's own website, as blog engines link
    a commenter's name."""
    names = ["Peter", "Marta K.", "jens_b", "Claire"]
    comments = "".join(
        f"<div class='comment'><h4><a href='{hosts[n % len(hosts)]}'>{names[n % 4]}</a></h4>"
        f"<p>Thanks for the notes on the leeks, reader {n} tried the same this winter.</p>"
        "</div>"
        for n in range(8)
    )
    main = f"<h1>Leeks in the frost</h1>{POST_TEXT}<section class='comments'>{comments}</section>"
    return _blog(main)


def test_commenters_names_linking_their_own_sites_give_a_record() -> None:
    """A short post over eight comments whose writers' names link their own websites on
    other sites: those headings announce no page of this site, so they are no run of
    linked headings and the post gives its record."""
    sites = [f"https://{n}.example.net/" for n in ("peter", "marta", "jens", "claire")]
    article = _extract(_story_over_commenters(sites), "https://garden.example/node/123")
    assert "The beds lie under straw now" in str(article.articleBody)


@pytest.mark.parametrize(
    "hosts",
    [
        ["/comments/by/peter/"],  # the site's own pages, relative
        ["https://www.garden.example/u/1/"],  # the site's own host
        ["https://members.garden.example/u/1/"],  # a host of the site's own domain
        ["https://a.co.uk/", "https://b.co.uk/"],  # no list of suffixes: a doubt counts
    ],
)
def test_headings_linking_the_sites_own_pages_must_not_fire(hosts: list[str]) -> None:
    """Must not fire: the same names linking pages of the page's site (relative, its
    host, a host of its domain) still make a run of linked headings: no record. Hosts
    under a two-label suffix count as the site's (``co.uk`` is not told from a domain)."""
    url = (
        "https://garden.co.uk/node/123"
        if "co.uk" in hosts[0]
        else "https://garden.example/node/123"
    )
    with pytest.raises(PageError, match=r"8 linked headings"):
        _extract(_story_over_commenters(hosts), url)


def test_headline_in_a_page_header_over_undated_items_in_a_column_gives_a_record() -> None:
    """A roundup in a Bootstrap layout: its headline in a page header (a ``<div>``, not
    the site's ``<header>``), its undated items in a column three levels further down:
    the headline is still the page's own. A record."""
    items = "".join(_undated_item(n, f"/news/allotment-{n}/") for n in range(5))
    main = (
        "<div class='page'><div class='page-header'><div class='container'>"
        "<h1>Five allotments worth a visit this spring</h1></div></div>"
        "<div class='page-content'><div class='container'><div class='row'>"
        f"<div class='col-md-8'>{items}</div></div></div></div></div>"
    )
    html = _blog(main).replace(
        "<title>Garden notes", "<title>Five allotments worth a visit this spring | Garden notes"
    )
    article = _extract(html, "https://garden.example/news/roundup")
    assert "In the second week, The beds lie" in str(article.articleBody)


@pytest.mark.parametrize(
    "headline",
    [
        "<h1><a href='https://garden.example/news/roundup/' rel='bookmark'>"
        "Five allotments worth a visit this spring</a></h1>",
        "<h2 class='title'>Five allotments worth a visit this spring</h2>",
    ],
    ids=["h1-linking-the-page-itself", "h2"],
)
def test_old_theme_headline_over_undated_items_gives_a_record(headline: str) -> None:
    """An old theme's single page heads its roundup with its title linking the page
    itself, or with an ``<h2>``: still the page's own headline. A record."""
    items = "".join(_undated_item(n, f"/news/allotment-{n}/") for n in range(5))
    html = _blog(f"<div class='post'>{headline}<div class='entry'>{items}</div></div>").replace(
        "<title>Garden notes", "<title>Five allotments worth a visit this spring | Garden notes"
    )
    article = _extract(html, "https://garden.example/news/roundup/")
    assert "In the second week, The beds lie" in str(article.articleBody)


def test_archive_label_in_an_h2_over_undated_posts_must_not_fire() -> None:
    """Must not fire: an old theme's archive headed "Archive for the 'Leeks' Category"
    in an ``<h2>`` its ``<title>`` ("Garden notes » Leeks") does not state, over
    undated posts: no record."""
    items = "".join(_undated_item(n, f"/?p={n}") for n in range(5))
    html = _blog(f"<h2 class='pagetitle'>Archive for the 'Leeks' Category</h2>{items}").replace(
        "<title>Garden notes", "<title>Garden notes » Leeks"
    )
    with pytest.raises(PageError, match=r"the story found lies in a run of 5 posts"):
        _extract(html, "https://garden.example/category/leeks/")


def test_links_into_the_page_read_by_one_reader_of_its_names() -> None:
    """A post run's heading link (:func:`_into_page`) and a linked heading
    (:func:`_links_into_page`) lead into the page by one test: the link's fragment is an
    element's ``id`` or ``name`` anywhere in the page, read once; an empty fragment or one
    no element bears leads elsewhere."""
    root = selector(
        "<html><body><div id='p101'><h3><a href='t.php?p=101#p101'>Re: roses</a></h3></div>"
        "<a name='c2'></a><h2><a href='#c2'>Question</a></h2>"
        "<h2><a href='#c2'>Both</a><a href='/other#nowhere'>x</a></h2>"
        "<h2><a href='/other'>Elsewhere</a></h2></body></html>"
    ).root
    names = _PageNames(root)
    assert _into_page("t.php?p=101#p101", names) and _into_page("#c2", names)
    assert not _into_page("/other#nowhere", names) and not _into_page("/other#", names)
    assert not _into_page("/other", names)
    question, both, elsewhere = root.iter("h2")
    assert _links_into_page(question, names)
    assert not _links_into_page(both, names)  # every link must lead into the page
    assert not _links_into_page(elsewhere, names)
    assert _links_into_page(root.find(".//h3"), names)


def test_template_slots_in_a_scripts_story_markup_are_no_text() -> None:
    """A story a script renders from its template markup: lines that are only an unfilled
    slot (``$$ARTICLEAD$$``, ``{{ad_slot}}``, where the renderer puts an ad) are no text.
    Must not fire: a sentence holding such marks among its words."""
    lines = [
        "The river authority will open the new flood gates on Monday, a year late.",
        "$$ARTICLEAD$$",
        "The gates cost 12 million euros and protect two thousand homes downstream.",
        "{{ ad_slot }}",
        "Engineers wrote $$TOTAL$$ into the plan where the final cost was to go.",
        "The authority said the river would be watched from a new station upstream, and "
        "that the old gates would stay in place as a second line until the summer.",
        "Residents of the lower town, flooded twice in the past ten years, welcomed the "
        "opening but asked the authority to publish its warnings in good time next spring.",
    ]
    markup = "".join(f"<p>{line}</p>" for line in lines)
    script = json.dumps({"contentHtml": markup}).replace("<", "\\u003c")
    root = selector(
        f"<html><body><script>window.__STATE__ = {script};</script></body></html>"
    ).root
    meta = Metadata(headline="River authority opens flood gates", description="Flood gates open.")

    def read(html: str) -> list[Paragraph]:
        return [Paragraph(p.text_content()) for p in selector(html).root.iter("p")]

    story = [p.text for p in _script_story(root, meta, read)]
    assert story == [lines[0], lines[2], *lines[4:]]
