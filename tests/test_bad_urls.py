"""Malformed addresses, as the page's own URL or written in its HTML (canonical, og:url,
JSON-LD url/@id, teaser and related links, image sources): no traceback, the story is
still read, and a malformed address counts as no address (no host, no day, no site).

``urlsplit`` refuses some addresses outright (a broken IPv6 host, a host that Unicode
normalisation changes, "http://[::1"), accepts others that are no usable address ("http://:80/",
a port over 65535, "javascript:void(0)", "//", a control character, a 3,000-character
path, a punycode label with nothing after "xn--", a label over 63 characters). Every
rule splits an address through :func:`newscrawl.extraction.html.split_url`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from datetime import UTC, datetime
from functools import partial
from html import escape
from pathlib import Path
from urllib.parse import urljoin

import pytest
from parsel import Selector
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse

from newscrawl.cli import main as cli_main
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import (
    NO_URL_PARTS,
    absolute_url,
    host_of,
    join_url,
    page_address,
    selector,
    split_url,
)
from newscrawl.extraction.meta_sources import Sources
from newscrawl.extraction.page import article_records
from newscrawl.extraction.pagekind import article_url, listing_url
from newscrawl.items import Article, SidebarItem
from newscrawl.pipelines import PlaceholderImagePipeline, SidebarDedupePipeline
from newscrawl.spiders.base import link_url
from newscrawl.spiders.dawn import DawnSpider
from newscrawl.spiders.generic import GenericSpider

from .conftest import SPIDER_BASE as BASE
from .conftest import request_urls as _urls

GOOD = "https://news.example.org/2024/05/03/harbour-plan-approved"
FETCHED = datetime(2024, 5, 4, 8, tzinfo=UTC)

#: Addresses a page may write that are no usable address (the first ones urlsplit refuses).
BAD_URLS = [
    "http://[::1",
    "http://user@[::1/2024/05/03/story",
    "http://\u2100.com/2024/05/03/story",  # NFKC turns the host into another
    "http://news.example.org\uff0f2024/05/03/story",  # a full-width slash in the host
    "http://[::1]x/",
    "http://exa mple.com/x",
    "http://:80/",
    "http://example.com:99999/2024/05/03/story",
    "http://example.com:abc/",
    "javascript:void(0)",
    "//",
    "http://exa\x00mple.com/a",
    "http://example.com/\x01\x7f/a",
    "http://example.com/" + "a" * 3000,
    "http://xn--/",
    "http://" + "a" * 64 + ".com/",
    "http://b\u00fccher.example/",
    "http://%zz/",
]
#: The addresses urlsplit refuses.
REFUSED = BAD_URLS[:4]

SLOTS = ("page", "canonical", "og", "jsonld", "teaser", "image")
STORY = (
    "The council approved the harbour plan on Tuesday after a long debate about costs, "
    "jobs and the future of the old docks in the town centre."
)


def article_page(**bad: str) -> str:
    """A small article page whose addresses are GOOD but those named in *bad* (one of
    :data:`SLOTS` but "page")."""
    canonical, og, ld = (bad.get(k, GOOD) for k in ("canonical", "og", "jsonld"))
    teaser, image = bad.get("teaser", "/2024/05/02/other-story"), bad.get("image", "/i/h.jpg")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour plan approved",
        "url": ld,
        "@id": ld,
        "mainEntityOfPage": {"@id": ld},
        "image": {"url": image},
        "datePublished": "2024-05-03T10:00:00Z",
        "author": {"@type": "Person", "name": "Jane Doe", "url": ld},
    }
    teasers = "".join(
        f'<li><a href="{escape(teaser)}">Another story number {i} about the town</a></li>'
        for i in range(6)
    )
    story = "".join(f"<p>{STORY} Paragraph {i}.</p>" for i in range(5))
    return f"""<!doctype html><html lang="en"><head><title>Harbour plan approved | News</title>
<link rel="canonical" href="{escape(canonical)}"><meta property="og:url" content="{escape(og)}">
<meta property="og:image" content="{escape(image)}">
<script type="application/ld+json">{json.dumps(data)}</script></head><body>
<nav><a href="{escape(teaser)}">Home</a> <a href="{escape(canonical)}">This page</a></nav>
<article><h1>Harbour plan approved</h1>
<p class="byline">By <a href="{escape(teaser)}">Jane Doe</a></p>
<figure><img src="{escape(image)}" alt="The harbour"><figcaption>The harbour</figcaption></figure>
{story}<p>Read <a href="{escape(teaser)}">the earlier report</a> on the docks.</p></article>
<aside><h2>Related</h2><ul>{teasers}</ul></aside></body></html>"""


def extract(url: str, html: str) -> dict[str, object]:
    """The calls bench/quality.py's ``newscrawl()`` makes: the generic extractor's record."""
    root = selector(html).root
    found = generic_article(root, url, fetched_at=FETCHED)
    article, _ = article_records(found, root, url=url, site="bench", fetched_at=FETCHED)
    return asdict(article)


@pytest.mark.parametrize("slot", SLOTS)
@pytest.mark.parametrize("bad", BAD_URLS, ids=[repr(u[:40]) for u in BAD_URLS])
def test_a_malformed_address_anywhere_on_the_page_still_gives_the_story(
    slot: str, bad: str
) -> None:
    url = bad if slot == "page" else GOOD
    record = extract(url, article_page(**({} if slot == "page" else {slot: bad})))
    assert record["headline"] == "Harbour plan approved"
    assert STORY in str(record["articleBody"])
    assert str(record["articleBody"]).count(STORY) == 5


@pytest.mark.parametrize("bad", REFUSED, ids=[repr(u[:30]) for u in REFUSED])
def test_an_address_urlsplit_refuses_is_no_address(bad: str) -> None:
    assert split_url(bad) is NO_URL_PARTS
    assert host_of(bad) == ""
    assert join_url(GOOD, bad) is None and join_url(bad, "/a") is None
    assert absolute_url(GOOD, bad) == bad  # as written: it names nothing
    assert not article_url(bad) and listing_url(bad) is None
    # No day read from it, though its path has one.
    sources = Sources(selector("<html><body><p>x</p></body></html>").root, bad)
    sources.url_date()
    assert not sources.published


def test_the_page_own_date_still_comes_from_a_readable_url() -> None:
    """Must not fire: a well-formed address is split as urlsplit splits it."""
    assert split_url(GOOD).path == "/2024/05/03/harbour-plan-approved"
    assert host_of(GOOD) == "news.example.org"
    sources = Sources(selector("<html><body><p>x</p></body></html>").root, GOOD)
    sources.url_date()
    assert [c.raw for c in sources.published] == ["2024-05-03"]


def test_extract_cli_reads_a_page_of_malformed_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``newscrawl extract --site generic``: every address on the page malformed, the
    record still written with its story."""
    bad = {slot: "http://[::1" for slot in SLOTS if slot != "page"}
    page = tmp_path / "page.html"
    page.write_text(article_page(**bad), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["extract", "--site", "generic", "--url", GOOD, "--out", str(out), str(page)]
    assert cli_main(argv) == 0
    assert "Traceback" not in capsys.readouterr().err
    [line] = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert STORY in json.loads(line)["articleBody"]


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ("http://[::1", "Invalid IPv6 URL"),
        ("http://:80/", "no host"),
        ("http://example.com:99999/", "bad port"),
        ("javascript:void(0)", "not an absolute URL"),
        ("http://xn--/", "not a host name"),
        ("http://ex\uff0fample.com/", "invalid characters"),
    ],
)
def test_extract_cli_refuses_a_malformed_url_option_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, words: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(article_page(), encoding="utf-8")
    argv = ["extract", "--site", "generic", "--url", bad, "--out", str(tmp_path), str(page)]
    with pytest.raises(SystemExit) as exit_:
        cli_main(argv)
    assert exit_.value.code == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and "--url" in err[-1] and words in err[-1], err


# -- the crawl: a link read from a page, feed or sitemap --------------------------------


def _links(hrefs: list[str], *, head: str = "") -> bytes:
    anchors = "".join(f'<a href="{escape(h)}">link</a>' for h in hrefs)
    return f"<html><head>{head}</head><body>{anchors}</body></html>".encode()


def test_link_url_keeps_a_readable_link_and_drops_a_malformed_one() -> None:
    join = partial(urljoin, "https://news.example.org/section/")
    assert link_url(join, " /2024/05/03/story ") == "https://news.example.org/2024/05/03/story"
    assert link_url(join, "story") == "https://news.example.org/section/story"
    assert link_url(join, "http://[::1]:8080/a") == "http://[::1]:8080/a"
    assert link_url(join, "http://b\u00fccher.example/") is None  # not a DNS spelling
    # A request takes these (Scrapy escapes the path; a long one is URLLENGTH_LIMIT's).
    requestable = {"//", "http://example.com/\x01\x7f/a", "http://example.com/" + "a" * 3000}
    for bad in BAD_URLS:
        assert (link_url(join, bad) is None) == (bad not in requestable), bad


def test_generic_spider_follows_the_good_links_of_a_page_of_bad_ones() -> None:
    spider = GenericSpider(start="https://news.example.org/")
    good = "/2024/05/03/harbour-plan-approved"
    hrefs = [*BAD_URLS, *(u.replace("example.com", "news.example.org") for u in BAD_URLS), good]
    feeds = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="{escape(u)}">' for u in BAD_URLS
    )
    body = _links(hrefs, head=feeds)
    response = HtmlResponse("https://news.example.org/", body=body, encoding="utf-8")
    # The well-formed among them on the site: the page's host ("//"), an escaped path, a
    # long one (URLLENGTH_LIMIT's to refuse) and the story.
    assert _urls(spider.parse_listing(response)) == [
        "https://news.example.org/",
        "http://news.example.org/%01%7F/a",
        "http://news.example.org/" + "a" * 3000,
        f"https://news.example.org{good}",
    ]
    # The parser drops the NUL ("http://exa\x00mple.com/a" is example.com's); the page's
    # host ("//") is followed already.
    assert _urls(spider.feed_requests(response, Selector(text=response.text))) == [
        "http://example.com/a",
        "http://example.com/%01%7F/a",
        "http://example.com/" + "a" * 3000,
    ]
    robots = TextResponse(
        "https://news.example.org/robots.txt",
        body="".join(f"Sitemap: {u}\n" for u in BAD_URLS if u != "//").encode(),
        encoding="utf-8",
    )
    assert _urls(spider.parse_robots(robots)) == []


def test_profile_spider_follows_the_good_links_of_bad_pages_feeds_and_sitemaps(
    spider: DawnSpider,
) -> None:
    good = "https://www.dawn.com/news/1900001/a"
    bad = [u.replace("example.com", "www.dawn.com") for u in BAD_URLS]
    head = "".join(f'<link rel="next" href="{escape(u)}">' for u in bad)
    body = _links([*bad, good], head=head).replace(b"<a ", b'<a rel="next" ', 1)
    listing = f"{BASE}/latest-news"
    response = HtmlResponse(listing, body=body, encoding="utf-8", request=Request(listing))
    assert _urls(spider.parse_listing(response)) == [good]
    xml = [u for u in bad if not any(c < " " for c in u)]  # XML holds no control character
    items = "".join(f"<item><link>{escape(u)}</link></item>" for u in [*xml, good])
    feed = XmlResponse(
        f"{BASE}/feeds/home", body=f"<rss><channel>{items}</channel></rss>".encode()
    )
    assert _urls(spider.parse_feed(feed)) == [f"{BASE}/news/1900001/a"]
    locs = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in [*xml, good])
    sitemap = XmlResponse(
        f"{BASE}/sitemap.xml",
        body=f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{locs}</urlset>".encode(),
    )
    assert _urls(spider.parse_sitemap(sitemap)) == [f"{BASE}/news/1900001/a"]


def test_a_feed_link_with_a_control_character_makes_the_feed_unreadable_not_an_error(
    spider: DawnSpider,
) -> None:
    """XML holds no control character: lxml refuses the whole feed, counted and logged
    as parse_sitemap counts an unreadable sitemap (the feed's readable twin is read)."""
    for bad in ("https://www.dawn.com/news/1900001/a\x00b", "https://www.dawn.com/news/\x01"):
        rss = f"<rss><channel><item><link>{bad}</link></item></channel></rss>"
        assert list(spider.parse_feed(XmlResponse(f"{BASE}/feeds/home", body=rss.encode()))) == []
    assert spider.crawler.stats.get_value("newscrawl/errors/bad_feed") == 2
    good = "<rss><channel><item><link>https://www.dawn.com/news/1900001/a</link></item></channel></rss>"
    feed = XmlResponse(f"{BASE}/feeds/home", body=good.encode())
    assert _urls(spider.parse_feed(feed)) == [f"{BASE}/news/1900001/a"]


def test_a_feed_in_utf16_is_unreadable_not_an_error(spider: DawnSpider) -> None:
    """A feed written in UTF-16 (a byte-order mark first): Scrapy's xmliter_lxml names
    its encoding as lxml knows none (LookupError), which escaped parse_feed as a spider
    error; counted and logged as an unreadable feed. Must not fire: the same feed in
    UTF-8 is read."""
    rss = (
        '<?xml version="1.0" encoding="{}"?><rss><channel><item>'
        "<link>https://www.dawn.com/news/1900001/a</link></item></channel></rss>"
    )
    wide = XmlResponse(f"{BASE}/feeds/home", body=rss.format("utf-16").encode("utf-16"))
    assert list(spider.parse_feed(wide)) == []
    assert spider.crawler.stats.get_value("newscrawl/errors/bad_feed") == 1
    plain = XmlResponse(f"{BASE}/feeds/home", body=rss.format("utf-8").encode())
    assert _urls(spider.parse_feed(plain)) == [f"{BASE}/news/1900001/a"]


#: Addresses that name no web page: a canonical or og:url of one is none.
NO_PAGE = [
    *REFUSED,
    "http://:80/",
    "http://example.com:99999/2024/05/03/story",
    "http://example.com:abc/",
    "javascript:void(0)",
    "mailto:desk@news.example.org",
]


@pytest.mark.parametrize("bad", NO_PAGE, ids=[repr(u[:30]) for u in NO_PAGE])
def test_a_canonical_naming_no_page_gives_way_to_og_url(bad: str) -> None:
    assert page_address(GOOD, bad) is None
    og = "https://news.example.org/harbour"
    assert extract(GOOD, article_page(canonical=bad, og=og))["canonicalUrl"] == og
    assert extract(GOOD, article_page(canonical=bad, og=bad))["canonicalUrl"] is None


def test_a_readable_canonical_is_kept() -> None:
    """Must not fire: a relative canonical is resolved, an odd but readable one kept, and
    a saved page's file: address resolves one as before."""
    record = extract(GOOD, article_page(canonical="/harbour", og="/other"))
    assert record["canonicalUrl"] == "https://news.example.org/harbour"
    assert page_address(GOOD, "http://[::1]:8080/a") == "http://[::1]:8080/a"
    assert page_address("file:///tmp/page.html", "/harbour") == "file:///harbour"
    assert page_address(GOOD, "  ") is None


class _Stats(Counter[str]):
    def inc_value(self, key: str, count: int = 1) -> None:
        self[key] += count


@pytest.mark.parametrize("bad", REFUSED, ids=[repr(u[:30]) for u in REFUSED])
def test_the_pipelines_take_a_record_of_malformed_addresses(bad: str) -> None:
    """A site profile's record whose image or teaser address is malformed: the profile's
    placeholder and story-id tests read no path from it (they raised before)."""
    images = PlaceholderImagePipeline(_Stats(), repeats=4)  # type: ignore[arg-type]
    story = "https://www.dawn.com/news/1900001/a"
    record = Article(url=story, site="dawn", mainImage={"url": bad, "caption": None})
    assert images.process_item(record) is record
    teasers = SidebarDedupePipeline(_Stats())  # type: ignore[arg-type]
    teaser = SidebarItem(site="dawn", url=bad, headline="A teaser")
    assert teasers.process_item(teaser) is teaser


@pytest.mark.parametrize("bad", NO_PAGE, ids=[repr(u[:30]) for u in NO_PAGE])
def test_an_image_address_naming_no_page_is_no_main_image(bad: str) -> None:
    assert extract(GOOD, article_page(image=bad))["mainImage"] is None


def test_a_readable_image_address_is_the_main_image() -> None:
    """Must not fire: a relative image source resolves against the page."""
    image = extract(GOOD, article_page())["mainImage"]
    assert image == {"url": "https://news.example.org/i/h.jpg", "caption": None}
