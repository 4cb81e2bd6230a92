"""The generated Dawn-shaped demo site (``newscrawl.demo``) and its loopback server."""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import HTTPRedirectHandler, ProxyHandler, Request, build_opener

import pytest

from newscrawl.demo import DemoSite, SiteInfo, generate
from newscrawl.demo.sitegen import ORIGIN, minimal_pdf
from newscrawl.sites import get_profile

from .conftest import FIXTURES

SITE = FIXTURES / "site"
ED1, ED2 = SITE / "edition1", SITE / "edition2"
HTML_HREF = re.compile(r'(?:href|action)="([^"]*)"')


def tree(root: Path) -> dict[str, str]:
    """Relative file path → sha256 of its bytes."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def article_file(info: SiteInfo, url: str) -> Path:
    return info.out / str(info.routes[url.removeprefix(ORIGIN)]["file"])


@pytest.fixture(scope="module")
def ed1() -> SiteInfo:
    return SiteInfo.load(ED1)


@pytest.fixture(scope="module")
def ed2() -> SiteInfo:
    return SiteInfo.load(ED2)


# -- generation ----------------------------------------------------------------------------
def test_generation_is_deterministic(tmp_path: Path) -> None:
    for edition in (1, 2):
        a = generate(tmp_path / f"a{edition}", edition=edition, articles=40)
        b = generate(tmp_path / f"b{edition}", edition=edition, articles=40)
        assert a.article_count == b.article_count == 40 + (24 if edition == 2 else 0)
        assert tree(a.out) == tree(b.out)
    other_seed = generate(tmp_path / "c", articles=40, seed=8)
    assert tree(other_seed.out) != tree(tmp_path / "a1")


def test_committed_fixtures_equal_a_fresh_generation(tmp_path: Path) -> None:
    for edition, committed in ((1, ED1), (2, ED2)):
        fresh = generate(tmp_path / f"e{edition}", edition=edition)
        assert tree(fresh.out) == tree(committed), (
            f"fixtures/site/edition{edition} is stale: regenerate with "
            f"python -m newscrawl.demo.sitegen --out {committed.relative_to(FIXTURES.parent)} "
            f"--edition {edition}"
        )
    total = sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file())
    assert total < 15_500_000


def test_generate_replaces_a_previous_site_but_not_other_directories(tmp_path: Path) -> None:
    out = tmp_path / "site"
    generate(out, articles=12)
    (out / "stale.html").write_text("old")
    generate(out, articles=12)
    assert not (out / "stale.html").exists()
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        generate(precious, articles=12)
    assert (precious / "notes.txt").read_text() == "keep me"


def test_edition1_shape(ed1: SiteInfo) -> None:
    articles = ed1.articles
    assert ed1.edition == 1 and ed1.article_count == len(articles) >= 300
    days = {a["published"][:10] for a in articles}
    assert len(days) >= 30 and max(days) == "2025-06-20"
    kinds = Counter(a["kind"] for a in articles)
    assert set(kinds) == {"news", "editorial", "letter"}
    assert kinds["news"] > kinds["editorial"] > 0 and kinds["letter"] > 0
    layouts = Counter(a["layout"] for a in articles)
    assert 0.05 < layouts["v1"] / len(articles) < 0.15
    ids = [a["id"] for a in articles]
    stamps = [datetime.fromisoformat(a["published"]) for a in articles]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(len(str(i)) == 7 for i in ids) and stamps == sorted(stamps)
    for a in articles:
        assert a["url"] == f"{ORIGIN}/news/{a['id']}/" + a["url"].rsplit("/", 1)[1]
        assert a["published"].endswith("+05:00")
        route = ed1.routes[a["url"].removeprefix(ORIGIN)]
        assert route["status"] == 200 and (ED1 / route["file"]).is_file()
        assert ed1.routes[f"/news/{a['id']}"] == {
            "status": 301,
            "location": a["url"].removeprefix(ORIGIN),
        }
    sizes = [article_file(ed1, a["url"]).stat().st_size for a in articles]
    assert 11_000 < sum(sizes) / len(sizes) < 20_000


def test_edition2_changes_only_what_it_says(ed1: SiteInfo, ed2: SiteInfo) -> None:
    old = {a["url"]: a for a in ed1.articles}
    new = {a["url"]: a for a in ed2.articles}
    assert set(old) <= set(new)
    added = [new[u] for u in new.keys() - old.keys()]
    assert len(added) == 24
    assert {a["published"][:10] for a in added} == {"2025-06-21", "2025-06-22"}
    assert min(a["id"] for a in added) > max(a["id"] for a in old.values())
    changed = []
    for url, before in old.items():
        same = article_file(ed1, url).read_bytes() == article_file(ed2, url).read_bytes()
        if not same:
            changed.append(url)
            after = new[url]
            assert before["updated"] is None
            assert after["updated"].startswith("2025-06-21")
            assert before["published"] >= "2025-06-11"
        else:
            assert new[url] == before
    assert len(changed) == 12
    # The listings, feeds and sitemaps moved on.
    for path in ("/", "/feeds/home", "/sitemap.xml", "/sitemaps/archive-2025-06.xml"):
        assert ed2.routes[path]["modified"] > ed1.routes[path]["modified"]
    assert "2025-06-22" in (ED2 / "sitemaps/news.xml").read_text()


def test_changed_article_has_updated_stamp_and_new_text(ed1: SiteInfo, ed2: SiteInfo) -> None:
    profile = get_profile("dawn")
    old = {a["url"]: a for a in ed1.articles}
    url = next(
        a["url"]
        for a in ed2.articles
        if a["url"] in old and a["updated"] != old[a["url"]]["updated"]
    )
    before = profile.extract(article_file(ed1, url).read_bytes(), url)
    after = profile.extract(article_file(ed2, url).read_bytes(), url)
    assert [d.field for d in before.dates] == ["datePublished"]
    assert [d.field for d in after.dates] == ["datePublished", "dateModified"]
    assert len(after.body.paragraphs) == len(before.body.paragraphs) + 1
    pairs = zip(before.body.paragraphs, after.body.paragraphs[:-1], strict=True)
    differing = [a for a, b in pairs if a != b]
    assert len(differing) == 1
    assert [t.url for t in after.teasers] == [t.url for t in before.teasers]


def _pages(info: SiteInfo) -> Iterator[tuple[dict[str, object], bytes]]:
    for article in info.articles:
        yield article, article_file(info, str(article["url"])).read_bytes()


@pytest.mark.parametrize("edition", [1, 2])
def test_every_article_page_extracts_cleanly(edition: int, ed1: SiteInfo, ed2: SiteInfo) -> None:
    info = ed1 if edition == 1 else ed2
    profile = get_profile("dawn")
    extractors: Counter[str] = Counter()
    for article, html in _pages(info):
        url = str(article["url"])
        page = profile.extract(html, url)
        extractors[page.extractor] += 1
        assert page.extractor == f"dawn/{article['layout']}"
        assert page.headline == article["headline"]
        assert page.canonical_url == url
        raw = {d.field: d.raw for d in page.dates}
        assert raw.get("datePublished")
        if article["layout"] == "v2":
            assert raw["datePublished"] == article["published"]
            assert raw.get("dateModified") == article["updated"]
        else:
            assert ("dateModified" in raw) == (article["updated"] is not None)
        body = page.body.body
        assert body and len(page.body.paragraphs) >= 3
        blocks = Counter(t.block for t in page.teasers)
        assert 1 <= blocks["Opinion / Editorial"] <= 6, url
        assert blocks["Top Reads Today"] <= 5
        for word in ("Advertisement", "Top Reads", "Opinion", "WhatsApp", "Published in Dawn"):
            assert word not in body, (url, word)
        for teaser in page.teasers:
            assert teaser.url and teaser.url.startswith(f"{ORIGIN}/news/")
            if teaser.url == url:
                continue  # an editorial lists itself first; its excerpt is its own opening
            assert teaser.headline and teaser.headline not in body, (url, teaser.headline)
            excerpt = (teaser.description or "").removesuffix("...")
            assert not excerpt or excerpt not in body, (url, excerpt)
        if article["kind"] == "news":
            assert page.body.dateline and page.section in {
                "Pakistan",
                "World",
                "Business",
                "Sport",
            }
        elif article["kind"] == "letter":
            assert page.body.signature and not page.authors and page.section == "Letters"
        else:
            assert page.section == "Editorial" and not page.authors
        if article["kind"] != "news":
            assert [d.field for d in page.body.footer_dates] == ["datePublished"]
    assert set(extractors) == {"dawn/v1", "dawn/v2"}


def test_sidebars_only_show_earlier_articles(ed2: SiteInfo) -> None:
    published = {a["url"]: str(a["published"]) for a in ed2.articles}
    profile = get_profile("dawn")
    for article, html in list(_pages(ed2))[::7]:
        for teaser in profile.extract(html, str(article["url"])).teasers:
            assert published[str(teaser.url)] <= str(article["published"])


def test_every_internal_link_resolves(ed1: SiteInfo, ed2: SiteInfo) -> None:
    calendar = re.compile(r"^/calendar/\d{4}/\d{2}/\d{2}$")
    for info in (ed1, ed2):
        offsite: set[str] = set()
        id_only: set[str] = set()
        searches = 0
        for route in info.routes.values():
            if route.get("type", "").startswith("text/html"):
                text = (info.out / route["file"]).read_text(encoding="utf-8")
                for found in HTML_HREF.findall(text):
                    href = found.replace("&amp;", "&")
                    path = href.removeprefix(ORIGIN) if href.startswith(ORIGIN) else href
                    if not path.startswith("/"):
                        offsite.add(href)
                    elif path.startswith("/search"):
                        searches += 1
                    elif path.startswith(("/_css/", "/_img/", "/favicon")):
                        continue
                    else:
                        assert path in info.routes or calendar.match(path), (route["file"], href)
                        if re.fullmatch(r"/news/\d+", path):
                            id_only.add(path)
        assert searches > 0 and len(id_only) >= 5
        assert {"https://twitter.com/dawn_com", "https://www.facebook.com/dawndotcom"} <= offsite
        assert any(h.startswith("https://www.thenews.com.pk/") for h in offsite)


def test_feeds_and_sitemaps(ed2: SiteInfo) -> None:
    urls = {a["url"]: a for a in ed2.articles}
    rss = ET.parse(ED2 / "feeds/home.xml").getroot()
    items = rss.findall("./channel/item")
    assert len(items) == 50
    dates = [parsedate_to_datetime(i.findtext("pubDate", "")) for i in items]
    assert dates == sorted(dates, reverse=True)
    for item in items:
        assert item.findtext("link") == item.findtext("guid") and item.findtext("link") in urls
        assert item.findtext("title") == urls[item.findtext("link", "")]["headline"]
    for slug in ("pakistan", "world", "business", "sport", "editorial", "letters"):
        assert ET.parse(ED2 / f"feeds/{slug}.xml").getroot().findall("./channel/item")
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(ED2 / "feeds/opinion.atom").getroot()
    assert feed.tag == f"{atom}feed" and feed.findall(f"{atom}entry")

    sm = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    news_ns = "{http://www.google.com/schemas/sitemap-news/0.9}"
    index = ET.parse(ED2 / "sitemap.xml").getroot()
    locs = [e.findtext(f"{sm}loc") for e in index.findall(f"{sm}sitemap")]
    assert locs == [
        f"{ORIGIN}/sitemaps/news.xml",
        f"{ORIGIN}/sitemaps/archive-2025-05.xml",
        f"{ORIGIN}/sitemaps/archive-2025-06.xml",
    ]
    news = ET.parse(ED2 / "sitemaps/news.xml").getroot().findall(f"{sm}url")
    assert news
    for url in news:
        article = urls[url.findtext(f"{sm}loc", "")]
        assert article["published"][:10] in {"2025-06-21", "2025-06-22"}
        pub = url.find(f"{news_ns}news/{news_ns}publication")
        assert pub is not None and pub.findtext(f"{news_ns}name") == "Dawn"
        assert pub.findtext(f"{news_ns}language") == "en"
        assert url.findtext(f"{news_ns}news/{news_ns}publication_date") == article["published"]
    seen = {}
    for month in ("2025-05", "2025-06"):
        root = ET.parse(ED2 / f"sitemaps/archive-{month}.xml").getroot()
        for url in root.findall(f"{sm}url"):
            seen[url.findtext(f"{sm}loc")] = url.findtext(f"{sm}lastmod")
    assert seen == {u: a["updated"] or a["published"] for u, a in urls.items()}
    robots = (ED2 / "robots.txt").read_text()
    assert "User-agent: *\nDisallow: /search\n" in robots
    assert f"Sitemap: {ORIGIN}/sitemap.xml" in robots


def test_minimal_pdf_is_well_formed() -> None:
    pdf = minimal_pdf(["Hello (world)"])
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    xref = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    assert pdf[xref:].startswith(b"xref")
    assert rb"(Hello \(world\)) Tj" in pdf


# -- the server ----------------------------------------------------------------------------
class _NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


OPENER = build_opener(ProxyHandler({}), _NoRedirect())


def fetch(
    url: str, *, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    request = Request(url, method=method, headers=headers or {})
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


@pytest.fixture
def site() -> Iterator[DemoSite]:
    with DemoSite(ED1) as demo:
        yield demo


def test_server_rewrites_origin_and_sets_validators(site: DemoSite, ed1: SiteInfo) -> None:
    base = site.base_url
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base)
    status, headers, body = fetch(base + "/")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert int(headers["Content-Length"]) == len(body)
    text = body.decode()
    assert ORIGIN not in text and f'href="{base}/pakistan"' in text
    article = ed1.articles[5]
    path = article["url"].removeprefix(ORIGIN)
    status, headers, body = fetch(base + path)
    assert status == 200
    assert f'<link rel="canonical" href="{base}{path}">' in body.decode()
    assert headers["ETag"] == '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    modified = article["updated"] or article["published"]
    assert parsedate_to_datetime(headers["Last-Modified"]) == datetime.fromisoformat(modified)
    assert fetch(base + path)[1]["ETag"] == headers["ETag"]  # cached bytes, same tag
    # HEAD: same headers, no body
    status, head_headers, head_body = fetch(base + path, method="HEAD")
    assert status == 200 and head_body == b""
    assert head_headers["Content-Length"] == headers["Content-Length"]
    # XML and text are rewritten too
    status, headers, body = fetch(base + "/feeds/home")
    assert headers["Content-Type"] == "application/rss+xml" and ORIGIN not in body.decode()
    status, headers, body = fetch(base + "/robots.txt")
    assert headers["Content-Type"] == "text/plain"
    assert f"Sitemap: {base}/sitemap.xml" in body.decode()


def test_server_conditional_requests(site: DemoSite, ed1: SiteInfo) -> None:
    url = site.base_url + ed1.articles[0]["url"].removeprefix(ORIGIN)
    _status, headers, _body = fetch(url)
    etag, modified = headers["ETag"], headers["Last-Modified"]
    status, headers304, body = fetch(url, headers={"If-None-Match": etag})
    assert status == 304 and body == b"" and headers304["ETag"] == etag
    assert fetch(url, headers={"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert fetch(url, headers={"If-None-Match": '"other"'})[0] == 200
    assert fetch(url, headers={"If-Modified-Since": modified})[0] == 304
    earlier = format_datetime(parsedate_to_datetime(modified) - timedelta(seconds=1), usegmt=True)
    assert fetch(url, headers={"If-Modified-Since": earlier})[0] == 200
    assert fetch(url, headers={"If-Modified-Since": "not a date"})[0] == 200
    # An ETag that does not match wins over a matching date.
    both = {"If-None-Match": '"other"', "If-Modified-Since": modified}
    assert fetch(url, headers=both)[0] == 200


def test_server_redirects_errors_and_traps(site: DemoSite, ed1: SiteInfo) -> None:
    base = site.base_url
    article = ed1.articles[3]
    status, headers, _ = fetch(f"{base}/news/{article['id']}")
    assert status == 301
    assert headers["Location"] == base + article["url"].removeprefix(ORIGIN)
    status, headers, body = fetch(base + "/news/9999999/missing-story")
    assert status == 404 and b"not found" in body.lower()
    status, headers, body = fetch(base + "/no/such/page")
    assert status == 404 and headers["Content-Type"].startswith("text/html") and body
    assert fetch(base + "/pakistan?page=999")[0] == 404
    for _ in range(2):
        assert fetch(base + "/news/8888888/server-error")[0] == 500
    status, headers, body = fetch(base + "/news/6666661/checking-your-browser")
    assert status == 200 and b"Checking your browser before accessing www.dawn.com" in body
    assert b"Just a moment..." in body and headers["cf-mitigated"] == "challenge"
    status, _, body = fetch(base + "/news/6666662/access-denied")
    assert status == 403 and b"Just a moment..." in body
    status, headers, body = fetch(base + "/news/7777777/annual-report")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")
    status, _, body = fetch(base + "/pakistan?page=2")
    assert status == 200 and b'class="pagination__next"' in body


def test_server_calendar_trap_never_ends(site: DemoSite) -> None:
    base = site.base_url
    status, headers, body = fetch(base + "/calendar/2025/06/20")
    assert status == 200 and "ETag" in headers
    text = body.decode()
    assert f'href="{base}/calendar/2025/06/19"' in text
    assert f'href="{base}/calendar/2025/06/21"' in text
    far = date(2025, 6, 20) + timedelta(days=4000)
    status, _, body = fetch(f"{base}/calendar/{far:%Y/%m/%d}")
    nxt = far + timedelta(days=1)
    assert status == 200 and f"/calendar/{nxt:%Y/%m/%d}".encode() in body
    assert fetch(base + "/calendar/2025/02/30")[0] == 404


def test_server_counts_hits_per_path(site: DemoSite) -> None:
    base = site.base_url
    paths = ["/", "/world", "/world?page=2", "/"] * 10
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda p: fetch(base + p)[0], paths))
    assert statuses == [200] * len(paths)
    assert site.hits["/"] == 20 and site.hits["/world"] == 20
    assert site.target_hits["/world?page=2"] == 10 and site.target_hits["/world"] == 10
    assert site.hits["/search"] == 0 and site.hits_under("/calendar") == 0
    fetch(base + "/search?q=budget")
    fetch(base + "/calendar/2025/06/20", method="HEAD")
    assert site.hits["/search"] == 1 and site.target_hits["/search?q=budget"] == 1
    assert site.hits_under("/calendar/") == 1
    assert site.snapshot() == site.hits and sum(site.hits.values()) == len(paths) + 2


def test_server_swap_serves_the_next_edition_on_the_same_port(
    ed1: SiteInfo, ed2: SiteInfo
) -> None:
    old = {a["url"]: a for a in ed1.articles}
    changed = next(
        a for a in ed2.articles if a["url"] in old and a["updated"] != old[a["url"]]["updated"]
    )
    stable = next(a for a in ed2.articles if a["url"] in old and a == old[a["url"]])
    new = next(a for a in ed2.articles if a["url"] not in old)
    site = DemoSite(ED1)
    base = site.start()
    try:
        changed_path = changed["url"].removeprefix(ORIGIN)
        stable_path = stable["url"].removeprefix(ORIGIN)
        _, before, body1 = fetch(base + changed_path)
        _, stable_headers, _ = fetch(base + stable_path)
        assert fetch(base + new["url"].removeprefix(ORIGIN))[0] == 404
        site.swap(ED2)
        assert site.base_url == base and site.root == ED2
        validators = {"If-None-Match": before["ETag"]}
        status, _, body2 = fetch(base + changed_path, headers=validators)
        assert status == 200 and body2 != body1 and b">Updated</span>" in body2
        since = {"If-Modified-Since": before["Last-Modified"]}
        assert fetch(base + changed_path, headers=since)[0] == 200
        # an unchanged page answers the old validators with 304
        assert (
            fetch(base + stable_path, headers={"If-None-Match": stable_headers["ETag"]})[0] == 304
        )
        since = {"If-Modified-Since": stable_headers["Last-Modified"]}
        assert fetch(base + stable_path, headers=since)[0] == 304
        assert fetch(base + new["url"].removeprefix(ORIGIN))[0] == 200
    finally:
        site.stop()
    with pytest.raises(OSError):
        fetch(base + "/")


def test_latency_delays_each_answer_and_host_is_served(tmp_path: Path) -> None:
    """``latency`` holds every answer back, as a distant server does (a lower bound only:
    tests assert no timings); ``host`` picks the loopback address, so that several demo
    sites are several hosts."""
    import time  # noqa: PLC0415 - this test alone measures a lower bound

    with DemoSite(FIXTURES / "site" / "edition1", latency=0.4, host="127.0.0.2") as site:
        assert site.base_url.startswith("http://127.0.0.2:")
        opener = build_opener(ProxyHandler({}))
        started = time.monotonic()
        with ThreadPoolExecutor(2) as pool:
            statuses = list(pool.map(lambda p: opener.open(site.base_url + p).status,
                                     ["/", "/sitemap.xml"]))  # fmt: skip
        took = time.monotonic() - started
    assert statuses == [200, 200]
    assert took >= 0.4  # both were held back
    assert site.hits["/"] == 1 and site.hits["/sitemap.xml"] == 1
