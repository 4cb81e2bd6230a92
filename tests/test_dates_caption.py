"""A figure caption's date is the picture's, not the page's (``meta_stamps._captions``),
even in a box whose class names it the image's meta; the page's own stamp beside a
figure is still read."""

from __future__ import annotations

from lxml.html import fromstring

from newscrawl.extraction.meta_stamps import _captions
from tests.test_dates_shown import day, story

FIGURE = (
    "<figure><img src='/fires.jpg' alt=''><span class='e-image__meta'><figcaption>This "
    "satellite image shows fires detected near the town on March 3, 2024.</figcaption>"
    "<cite>NASA</cite></span></figure>"
)


def test_a_captions_day_does_not_date_the_page() -> None:
    assert day(story(under=FIGURE)) is None


def test_the_url_day_wins_over_a_captions_day() -> None:
    assert day(story(under=FIGURE), "https://www.example.org/2024/03/14/fires.html") == (
        "2024-03-14"
    )


def test_the_pages_stamp_beside_a_captioned_figure() -> None:
    # (must not fire: the stamp under the figure, and in the figure's box beside it)
    assert day(story(under=f"{FIGURE}<p>March 14, 2024</p>")) == "2024-03-14"
    boxed = f"<div class='meta'>{FIGURE}<span>March 14, 2024</span></div>"
    assert day(story(under=boxed)) == "2024-03-14"


def test_captions_holds_the_caption_and_its_holders() -> None:
    root = fromstring(
        "<div><section><figure><figcaption><b>x</b></figcaption></figure></section>"
        "<figure><figcaption>y</figcaption></figure><p>z</p></div>"
    )
    found = _captions(root)
    assert {"div", "section", "figure", "figcaption", "b"} <= {e.tag for e in found}
    assert next(root.iter("p")) not in found
