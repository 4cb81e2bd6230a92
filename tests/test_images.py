"""``mainImage`` is the story's picture, never the site's logo or placeholder: the page's
own logo (extraction), the profile's placeholder paths and repetition across a run
(``PlaceholderImagePipeline``), offline and in crawls."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.images import is_page_logo
from newscrawl.extraction.page import article_records
from newscrawl.items import Article
from newscrawl.offline import OfflineRun
from newscrawl.pipelines import PlaceholderImagePipeline

from .conftest import ROOT
from .crawling import stats_of
from .test_generic_crawl import crawl, serve_site

URL = "https://news.example/2025/03/04/harbour/"
STORY = "".join(
    f"<p>Paragraph {i} of the story about the harbour bridge, long enough to be part of a "
    f"real story that carries the reader along the quay and back again.</p>"
    for i in range(6)
)
FETCHED = datetime(2025, 3, 5, tzinfo=UTC)


def page(image: str, head: str = "", header: str = "", body_class: str = "") -> str:
    return (
        f"<html><head><title>Harbour</title><meta property='og:image' content='{image}'>"
        f"{head}</head><body class='{body_class}'><header>{header}</header>"
        f"<main><article><h1>Harbour bridge reopens</h1>{STORY}</article></main></body></html>"
    )


def main_image(html: str) -> dict[str, Any] | None:
    root = selector(html).root
    article, _ = article_records(
        generic_article(root, URL), root, url=URL, site="news.example", fetched_at=FETCHED
    )
    return article.mainImage


LOGO = "https://news.example/static/logo-share.png"


@pytest.mark.parametrize(
    ("head", "header"),
    [
        ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
         '{"@type": "Organization", "logo": {"@type": "ImageObject", "url": '
         '"https://news.example/static/logo-share.png"}}}</script>', ""),
        ("", "<div class='site-logo'><a href='/'><img src='/static/logo-share.png'></a></div>"),
        ("", "<a href='/'><img id='Logo' src='/static/logo-share.png?v=3' alt='Home'></a>"),
        ("<link rel='apple-touch-icon' href='/static/logo-share.png'>", ""),
        # A URL's tabs and line breaks are no part of it (urlsplit takes them out).
        ("", "<div class='site-logo'><img src='/static/logo-\nshare.png'></div>"),
    ],
)  # fmt: skip
def test_the_pages_own_logo_is_no_main_image(head: str, header: str) -> None:
    assert main_image(page(LOGO, head, header)) is None


def test_a_real_photo_stays_beside_a_logo() -> None:
    photo = "https://news.example/uploads/2025/03/bridge.jpg"
    header = "<div class='site-logo'><img src='/static/logo-share.png'></div>"
    assert main_image(page(photo, header=header)) == {"url": photo, "caption": None}
    # WordPress marks the <body> of every page "wp-custom-logo": not every image a logo.
    assert main_image(page(photo, body_class="single wp-custom-logo")) is not None


@pytest.mark.parametrize(
    ("image", "head", "header"),
    [
        (LOGO, '<script type="application/ld+json">{"publisher": {"logo": '
               '"https://news.example/static/logo-share.png"}}</script>', ""),
        (LOGO, "", "<div class='site-logo'><img src='/static/logo-share.png'></div>"),
        (LOGO, "<link rel='icon' href='/static/logo-share.png'>", ""),
        (LOGO, "<meta property='og:logo' content='/static/logo-share.png'>", ""),
        # Not the logo: a photo beside one, a logo named in a script of another type.
        ("https://news.example/uploads/bridge.jpg", "",
         "<div class='site-logo'><img src='/static/logo-share.png'></div>"),
        (LOGO, '<script type="application/json">{"logo": '
               '"https://news.example/static/logo-share.png"}</script>', ""),
    ],
)  # fmt: skip
def test_the_logo_sources_noted_by_the_extraction_answer_as_a_walk(
    image: str, head: str, header: str
) -> None:
    """After :func:`generic_article`, :func:`is_page_logo` reads the sources the metadata's
    pass noted (icons, logo metas, JSON-LD logos, image sources) instead of walking the
    tree: the same verdict as a walk over a tree never extracted."""
    html = page(image, head, header)
    walked = is_page_logo(selector(html).root, URL, image)
    root = selector(html).root
    generic_article(root, URL)
    assert is_page_logo(root, URL, image) == walked
    assert walked == (image == LOGO and "application/json" not in head)


def article(url: str, image: str | None, site: str = "news.example") -> Article:
    return Article(url=url, site=site, headline="h", articleBody="b",
                   mainImage={"url": image, "caption": None} if image else None)  # fmt: skip


class _Stats(Counter[str]):
    def inc_value(self, key: str, count: int = 1) -> None:
        self[key] += count


def test_repetition_makes_a_placeholder_from_the_fourth_article_on() -> None:
    stats = _Stats()
    pipeline = PlaceholderImagePipeline(stats, repeats=4)  # type: ignore[arg-type]
    shared = "https://news.example/img/share-default.png"
    photo = "https://news.example/uploads/2025/03/bridge.jpg"
    images = []
    for n in range(6):
        item = pipeline.process_item(article(f"https://news.example/a{n}", shared))
        images.append(item.mainImage)
    assert [i is not None for i in images] == [True, True, True, False, False, False]
    assert stats["newscrawl/images/placeholder/repeated"] == 3
    # Must not fire: three stories sharing one photo, one story seen again and again,
    # and the same URL on another site.
    for n in range(3):
        assert pipeline.process_item(article(f"https://news.example/b{n}", photo)).mainImage
    for _ in range(5):
        assert pipeline.process_item(article("https://news.example/b0", photo)).mainImage
    assert pipeline.process_item(article("https://other.example/x", shared, "other")).mainImage
    off = PlaceholderImagePipeline(stats, repeats=0)  # type: ignore[arg-type]
    assert all(off.process_item(article(f"https://n/{n}", shared)).mainImage for n in range(9))


@pytest.mark.parametrize(
    ("image", "placeholder"),
    [
        ("https://i.dawn.com/primary/2025/06/default.jpg", True),
        ("https://i.dawn.com/primary/2025/06/letters-default.jpg", True),
        ("https://i.dawn.com/primary/2025/06/editorial-default.jpg", True),
        # Real photos: hashes, or "default" elsewhere in the path or the name.
        ("https://i.dawn.com/large/2025/06/19163012a4f1c2e.jpg", False),
        ("https://i.dawn.com/large/2025/06/default-settings-protest.jpg", False),
        ("https://i.dawn.com/primary/2025/06/5f3e2adefault.jpg", False),
        ("https://i.dawn.com/default/2025/06/19163012a4f1c2e.jpg", False),
    ],
)
def test_dawn_placeholders_come_from_the_profile(image: str, placeholder: bool) -> None:
    stats = _Stats()
    pipeline = PlaceholderImagePipeline(stats, repeats=0)  # type: ignore[arg-type]
    item = pipeline.process_item(article("https://www.dawn.com/news/1", image, "dawn"))
    assert (item.mainImage is None) == placeholder
    assert stats["newscrawl/images/placeholder/profile"] == placeholder


def test_offline_batch_drops_a_repeated_image(tmp_path: Path) -> None:
    shared = "https://news.example/img/share-default.png"
    with OfflineRun(tmp_path) as run:
        for n in range(5):
            url = f"https://news.example/2025/03/0{n + 1}/story-{n}/"
            root = selector(page(shared)).root
            records = article_records(generic_article(root, url), root, url=url,
                                      site="news.example", fetched_at=FETCHED)  # fmt: skip
            run.export([records[0], *records[1]])
    lines = (tmp_path / "articles.jsonl").read_text("utf-8").splitlines()
    images = [json.loads(line)["mainImage"] for line in lines]
    assert [i is not None for i in images] == [True, True, True, False, False]


def test_generic_crawl_drops_a_repeated_share_image(tmp_path: Path) -> None:
    """Every post of the fixture blog declares one share image: from the fourth on (in
    whatever order the crawl meets them) it is no article's image."""
    tag = '<meta property="og:image" content="http://blog.example/img/share.png">'
    with serve_site({'<meta charset="utf-8">': f'<meta charset="utf-8">{tag}'}) as (base, _):
        proc = crawl(f"{base}/", tmp_path / "out")
    (export,) = (tmp_path / "out" / "127.0.0.1").glob("articles-*.jsonl")
    images = [json.loads(line)["mainImage"] for line in export.read_text().splitlines()]
    assert len(images) == 5
    assert images.count(None) == 2
    assert {i["url"] for i in images if i} == {f"{base}/img/share.png"}
    assert stats_of(proc.stderr)["newscrawl/images/placeholder/repeated"] == 2


def test_demo_has_no_placeholder_main_image(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    proc = subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", "demo", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    (export,) = (out / "dawn").glob("articles-*.jsonl")
    records = [json.loads(line) for line in export.read_text("utf-8").splitlines()]
    images = Counter((r["mainImage"] or {}).get("url") for r in records)
    assert len(records) == 320
    assert not [u for u in images if u and u.endswith("default.jpg")]
    assert images[None] == 148  # the stories without a picture of their own
    assert max(n for u, n in images.items() if u) == 1
