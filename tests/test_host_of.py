"""``host_of``: the one reading of "this address's host" that the rules comparing sites
share (a link to the page's own site, its home page, its own address, a box of links to
one foreign host): lower-cased, "www." aside, port and user information aside; "" for an
address with no host or a malformed one, never an error."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newscrawl.extraction.cited_links import _host as cited_host
from newscrawl.extraction.html import host_of
from newscrawl.extraction.pagekind import _same_site
from newscrawl.extraction.stamp_names import _same_page
from newscrawl.extraction.teaser_links import is_foreign_feed, is_own_stories
from newscrawl.offline import Source, generic_site, split_page


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.example.org/news/a.html", "example.org"),
        ("https://example.org/news/a.html", "example.org"),
        ("https://news.example.org/", "news.example.org"),
        # upper case, in ASCII and not
        ("HTTPS://WWW.Example.ORG/Path", "example.org"),
        ("https://BÜCHER.example/", "bücher.example"),
        # punycode stays punycode: another string than the Unicode spelling
        ("https://xn--bcher-kva.example/", "xn--bcher-kva.example"),
        # the port and the user information are no part of the host
        ("https://example.org:8443/a", "example.org"),
        ("http://www.example.org:80/", "example.org"),
        ("https://user:secret@www.example.org/a", "example.org"),
        ("https://user@example.org:8080/", "example.org"),
        # a closing root dot names the same host
        ("https://www.example.org./a", "example.org"),
        # "www." only as the first label, not as a name's start or a later label
        ("https://wwwexample.org/", "wwwexample.org"),
        ("https://www2.example.org/", "www2.example.org"),
        ("https://shop.www.example.org/", "shop.www.example.org"),
        # IPv6 without its brackets, an IPv4 address as written
        ("http://[2001:db8::1]:8080/a", "2001:db8::1"),
        ("http://192.0.2.7/a", "192.0.2.7"),
        # a scheme-relative address has a host; other schemes' hosts are hosts too
        ("//www.example.org/a", "example.org"),
        ("ftp://www.example.org/file", "example.org"),
    ],
)
def test_host_of_reads_the_host(url: str, host: str) -> None:
    assert host_of(url) == host


@pytest.mark.parametrize(
    "url",
    [
        "",
        "/news/a.html",  # relative: no host
        "news/a.html",
        "#top",
        "?page=2",
        "mailto:desk@example.org",
        "javascript:void(0)",
        "http://[::1",  # a broken IPv6 host: urlsplit raises
        "http://[example.org]/",  # brackets around no IPv6 address: urlsplit raises
        "http://:8080/",  # a port and no host
        "https:///path",
    ],
)
def test_host_of_is_empty_for_no_host_and_never_raises(url: str) -> None:
    assert host_of(url) == ""


def test_callers_agree_on_www_port_and_case() -> None:
    """The rules asking "same site?" share one answer: "www.", a port and case aside."""
    page = "https://www.example.org/news/2025/story-one.html"
    assert _same_site("https://EXAMPLE.org:443/other", page)
    assert not _same_site("https://example.net/other", page)
    assert not _same_site("http://[::1", page)  # a link that cannot be read is none
    assert _same_page("https://example.org:443/news/2025/story-one.html/", page)
    assert not _same_page("https://example.org/news/2025/story-two.html", page)
    assert cited_host(page, "https://user@www.Other.example:8080/a") == "other.example"
    assert cited_host(page, "mailto:desk@other.example") is None
    assert cited_host(page, "javascript:void(0)") is None
    assert cited_host(page, "#top") == "example.org"  # the page itself: its own site
    stories = ["https://example.org:8443/2025/01/02/a", "https://example.org/2025/01/03/b"]
    assert is_own_stories(stories, page)
    feed = ["https://feed.example.org:8080/x", "https://FEED.example.org/y"]
    assert is_foreign_feed(feed, "https://example.org/")


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.Harbour-Post.example:8443/a", "harbour-post.example"),
        ("https://harbour-post.example./a", "harbour-post.example"),  # the root dot aside
        ("http://[::1]:8080/", "ipv6---1"),
        ("/a.html", "local"),
        ("http://[::1", "local"),  # malformed: no host, no error
    ],
)
def test_a_generic_pages_site_is_its_host(url: str, site: str) -> None:
    """The ``site`` of a page without a profile is its host as ``host_of`` reads it."""
    assert generic_site(url) == site


def test_a_split_text_page_is_named_as_an_extracted_html_page(tmp_path: Path) -> None:
    """``newscrawl split`` names a page without a profile by :func:`generic_site`, as
    ``newscrawl extract`` does: "www." aside (it kept the whole host before)."""
    story = "\n\n".join(
        f"Paragraph {n} of the harbour story, long enough to be read as prose, with a comma "
        "or two, as stories have."
        for n in range(5)
    )
    page = tmp_path / "page.txt"
    page.write_text(f"Harbour story\n\n{story}\n", encoding="utf-8")
    url = "https://www.harbour-post.example/news/2025/03/04/harbour-story"
    article, _ = split_page(Source(page, url, datetime(2025, 3, 5, tzinfo=UTC)), "generic")
    assert article.site == "harbour-post.example"
