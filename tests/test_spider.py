"""Spider callbacks on hand-made responses: feeds, sitemaps, plans, page decoding."""

from __future__ import annotations

from datetime import date

import pytest
from scrapy.http import HtmlResponse, TextResponse, XmlResponse

from newscrawl.items import Article
from newscrawl.spiders.dawn import DawnSpider
from newscrawl.spiders.generic import GenericSpider

from .conftest import FIXTURES
from .conftest import SPIDER_BASE as BASE
from .conftest import request_urls as _urls


def test_rss_items_become_article_requests(spider: DawnSpider) -> None:
    body = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Dawn</title>"
        b"<item><title>A</title><link>https://www.dawn.com/news/1900001/a</link></item>"
        b"<item><title>B</title><link>https://www.dawn.com/opinion</link></item>"
        b"</channel></rss>"
    )
    response = XmlResponse(f"{BASE}/feeds/home", body=body)
    assert _urls(spider.parse_feed(response)) == [f"{BASE}/news/1900001/a"]


def test_atom_entries_become_article_requests(spider: DawnSpider) -> None:
    body = (
        b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Op</title>"
        b"<entry><title>E</title><link href='https://www.dawn.com/news/1900002/e'/>"
        b"<updated>2025-06-19T10:00:00+05:00</updated></entry></feed>"
    )
    response = XmlResponse(f"{BASE}/feeds/opinion.atom", body=body)
    requests = list(spider.parse_feed(response))
    assert _urls(requests) == [f"{BASE}/news/1900002/e"]
    assert requests[0].meta["lastmod"] == "2025-06-19T10:00:00+05:00"


def test_news_sitemap_entries_carry_lastmod_and_backfill_filters(spider: DawnSpider) -> None:
    body = (
        b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
        b"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
        b"<url><loc>https://www.dawn.com/news/1900003/c</loc><lastmod>2025-06-20</lastmod>"
        b"<news:news><news:publication_date>2025-06-19T16:30:21+05:00</news:publication_date>"
        b"</news:news></url>"
        b"<url><loc>https://www.dawn.com/news/1900004/d</loc><lastmod>2025-05-01</lastmod></url>"
        b"</urlset>"
    )
    response = XmlResponse(f"{BASE}/sitemaps/news.xml", body=body)
    requests = list(spider.parse_sitemap(response))
    assert _urls(requests) == [f"{BASE}/news/1900003/c", f"{BASE}/news/1900004/d"]
    assert requests[0].meta["lastmod"] == "2025-06-20"
    spider.since, spider.until = date(2025, 6, 1), date(2025, 6, 30)
    assert _urls(spider.parse_sitemap(response)) == [f"{BASE}/news/1900003/c"]


def test_a_garbage_sitemap_is_counted_not_fatal(spider: DawnSpider) -> None:
    response = TextResponse(f"{BASE}/sitemap.xml", body=b"\x00\x01 not xml", encoding="utf-8")
    assert list(spider.parse_sitemap(response)) == []


GOOD = FIXTURES / "dawn" / "v2-seed-mqm-altaf" / "page.html"


def test_a_utf8_page_labelled_latin1_is_read_as_utf8(spider: DawnSpider) -> None:
    body = GOOD.read_bytes().replace(b"Muttahida", "Muttahidá".encode())
    response = HtmlResponse(f"{BASE}/news/1900005/e", body=body,
                            headers={"Content-Type": "text/html; charset=ISO-8859-1"})  # fmt: skip
    [article] = [r for r in spider.parse_article(response) if isinstance(r, Article)]
    assert "Muttahidá Qaumi Movement" in article.articleBody
    assert "Pakistan’s commercial hub" in article.articleBody
    assert article.metadata["validationMessages"] == ["charset: declared cp1252, decoded as utf-8"]
    assert spider.crawler.stats.get_value("newscrawl/pages/charset_corrected") == 1
    assert spider.crawler.stats.get_value("newscrawl/pages/charset_replaced") is None


def test_a_right_declaration_leaves_no_trace(spider: DawnSpider) -> None:
    response = HtmlResponse(f"{BASE}/news/1900006/f", body=GOOD.read_bytes(),
                            headers={"Content-Type": "text/html; charset=utf-8"})  # fmt: skip
    [article] = [r for r in spider.parse_article(response) if isinstance(r, Article)]
    assert "Pakistan’s commercial hub" in article.articleBody
    assert article.metadata["validationMessages"] == []
    assert spider.crawler.stats.get_value("newscrawl/pages/charset_corrected") is None


@pytest.mark.parametrize(
    "body", [b"", b"   \n", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, b"just some words"]
)
def test_bytes_that_are_not_html_are_counted_not_fatal(spider: DawnSpider, body: bytes) -> None:
    response = HtmlResponse(f"{BASE}/news/1900007/g", body=body,
                            headers={"Content-Type": "text/html; charset=utf-8"})  # fmt: skip
    assert list(spider.parse_article(response)) == []
    assert spider.crawler.stats.get_value("newscrawl/pages/not_html") == 1


def test_an_article_request_is_read_by_the_spiders_article_callback(spider: DawnSpider) -> None:
    """One ``article_request`` for every spider: a profile's spider reads the page as an
    article (``parse_article``), the generic spider as a page of unknown kind (``parse``:
    its content decides); both carry the lastmod and take a 304."""
    generic = GenericSpider(start="https://blog.example/")
    for crawler_spider, callback in ((spider, spider.parse_article), (generic, generic.parse)):
        request = crawler_spider.article_request("https://blog.example/a", lastmod="2025-01-02")
        assert request is not None and request.callback == callback
        assert request.meta == {"lastmod": "2025-01-02", "handle_httpstatus_list": [304]}
