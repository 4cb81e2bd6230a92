"""A post-meta sentence in Japanese or Chinese under the story ("この記事は2024年3月14日に
投稿されました。"): its date is the publication's, read from the sentence with the
publication verb, which ends at a CJK stop with no space after it."""

from __future__ import annotations

from lxml.html import HtmlElement

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector

from .conftest import FIXTURES

URL = "https://www.example.jp/blog/park.html"
META = "最終更新日：2024年3月20日。この記事は2024年3月14日に投稿されました。"


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def fixture() -> str:
    return (FIXTURES / "structures" / "post-meta-sentence-cjk.html").read_text("utf-8")


def published(html: str) -> tuple[list[str], str | None]:
    page = generic_article(root_of(html), URL)
    return [d.raw for d in page.dates if d.field == "datePublished"], page.date_source


def test_japanese_post_meta_sentence_gives_the_publication_date() -> None:
    """The sentence with the verb is read, not the last-changed one before it."""
    assert published(fixture()) == (["2024年3月14日"], "stamp-labelled")


def test_chinese_post_meta_sentence_gives_the_publication_date() -> None:
    html = fixture().replace(META, "本文发布于2024年3月14日。更新于2024年3月20日。")
    html = html.replace('lang="ja"', 'lang="zh"')
    assert published(html) == (["2024年3月14日"], "stamp-labelled")


def test_post_meta_line_without_a_publication_verb_gives_no_date() -> None:
    """Must not fire: a last-changed line alone says nothing of the publication."""
    html = fixture().replace(META, "最終更新日：2024年3月20日。")
    assert published(html)[0] == []


def test_latin_stop_after_a_day_number_does_not_end_the_sentence() -> None:
    """Must not fire: "14. März" is no sentence's end; the German sentence keeps its
    date."""
    html = fixture().replace(META, "Dieser Artikel wurde am 14. März 2024 veröffentlicht.")
    html = html.replace('lang="ja"', 'lang="de"')
    assert published(html) == (["14. März 2024"], "stamp-labelled")
