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
from dataclasses import asdict
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import pytest

from newscrawl.cli import main as cli_main
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import (
    NO_URL_PARTS,
    absolute_url,
    host_of,
    join_url,
    selector,
    split_url,
)
from newscrawl.extraction.meta_sources import Sources
from newscrawl.extraction.page import article_records
from newscrawl.extraction.pagekind import article_url, listing_url

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
