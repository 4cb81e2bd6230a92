"""A reader's reply below an undated story, inside the story's <article> (the headline's
header area): a block holding a name, its date and the reader's words. Its date is not
the page's; the story's own closing line ("Veröffentlicht am 14.03.2024") right after
its last paragraph still is."""

from __future__ import annotations

from lxml.html import HtmlElement

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector

from .conftest import FIXTURES

URL = "https://www.example.org/news/haushalt.html"


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def fixture() -> str:
    return (FIXTURES / "structures" / "reply-below-story.html").read_text("utf-8")


def published(html: str) -> list[str]:
    page = generic_article(root_of(html), URL)
    return [d.raw for d in page.dates if d.field == "datePublished"]


def test_one_reply_below_an_undated_story_gives_no_date() -> None:
    assert published(fixture()) == []


def test_reply_in_a_time_element_gives_no_date() -> None:
    html = fixture().replace(
        "<span>12. März 2024 um 18:04 Uhr</span>", "<time>12.03.2024 18:04</time>"
    )
    assert published(html) == []


def test_story_closing_line_is_still_the_page_date() -> None:
    """Must not fire: a block of the stamp alone after the last paragraph is the story's."""
    html = fixture().replace("<!--closing-->", "<p>Veröffentlicht am 14.03.2024</p>")
    assert published(html) == ["14.03.2024"]


def test_closing_line_alone_is_the_page_date() -> None:
    html = fixture().replace("<!--closing-->", "<div><span>14.03.2024, 10:15 Uhr</span></div>")
    html = html.replace(html[html.index("<div><b>") : html.index("</article>")], "")
    assert published(html) != []


def test_reply_date_no_stamp_reads_gives_no_date() -> None:
    """ "le 12/03/2024 à 18:04" is no stamp line; the reply's block still goes from the
    copy the last-resort search reads."""
    html = fixture().replace("12. März 2024 um 18:04 Uhr", "le 12/03/2024 à 18:04")
    assert published(html) == []
