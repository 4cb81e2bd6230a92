"""Dates inside the story's container read as the header's next siblings
(``meta_stamps.Stamps._stamp_elements``): an embedded post's day (a tweet's
``<blockquote>``, its date a link) is not the page's; nor is a related-links box's (another
rule's, kept here as a must-not-fire twin)."""

from __future__ import annotations

import pytest

from tests.test_dates_shown import LINES, day

TWEET = (
    "<div id='q1'><blockquote class='twitter-tweet'><p lang='en'>The council just voted "
    "seven to two for the budget.</p>&mdash; Anna Smith (@anna) "
    "<a href='https://twitter.com/anna/status/1'>March 12, 2024</a></blockquote></div>"
)
RELATED = (
    "<div class='related-links'><a href='/news/pool.html'>The pool opens again</a> "
    "<span>March 12, 2024</span></div>"
)


def page(inside: str, under: str = "", url_day: bool = False) -> str:
    """The headline three containers deep, the story in the next sibling of the header's
    containers (a news site's layout), *inside* after its second paragraph."""
    first, second, *rest = (f"<p>{line}</p>" for line in LINES)
    return (
        "<html lang='en'><head><title>Council approves budget</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/politics/'>Politics</a></nav>"
        "<div class='c0'><div class='c1'><div class='c2'><div class='c3'>"
        f"<h1>Council approves new budget for schools and roads</h1>{under}</div></div></div>"
        f"<div class='c4'>{first}{second}{inside}{''.join(rest)}</div></div>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


@pytest.mark.parametrize("inside", [TWEET, RELATED])
def test_embedded_days_do_not_date_the_page(inside: str) -> None:
    assert day(page(inside)) is None


@pytest.mark.parametrize("inside", [TWEET, RELATED])
def test_the_url_day_wins_over_an_embedded_day(inside: str) -> None:
    url = "https://www.example.org/news/2024/03/14/budget.html"
    assert day(page(inside), url) == "2024-03-14"


@pytest.mark.parametrize("inside", [TWEET, RELATED])
def test_the_pages_stamp_beside_them(inside: str) -> None:
    assert day(page(inside, under="<p>March 14, 2024</p>")) == "2024-03-14"


def test_a_stamp_in_the_next_sibling_still_dates_the_page() -> None:
    # (must not fire: the story's container opening on the page's stamp)
    assert day(page("").replace("<div class='c4'>", "<div class='c4'><p>March 14, 2024</p>")) == (
        "2024-03-14"
    )
