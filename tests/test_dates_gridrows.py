"""A stamp under the headline in a layout grid's rows (containers of one class in a row,
"row-fluid", around the header and the story) is the page's: a container holding the
headline is no list's entry, whatever twins it has (``meta_stamps.Stamps._repeated``).
The stamp is read as one, not left to htmldate's last-resort search (which an event's
day, a teaser's, would beat)."""

from __future__ import annotations

import pytest

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from tests.test_dates_shown import FETCHED_AT, LINES, URL, day

HEADLINE = "Council approves new budget for schools and roads"


def grid(under: str, row: str = "row-fluid") -> str:
    """The headline and the line *under* it in one row of a grid, the story in the next
    row of the same class."""
    story = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html lang='en'><head><title>Council approves budget</title></head><body>"
        f"<div class='{row}'><nav><a href='/'>Home</a> <a href='/news/'>News</a></nav></div>"
        f"<div class='c0'><div><div class='{row}'><div class='span12'><h1>{HEADLINE}</h1>{under}"
        f"</div></div><div class='{row}'><div class='span12'>{story}</div></div></div></div>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


@pytest.mark.parametrize("row", ["row-fluid", "row", "x7"])
def test_a_stamp_under_the_headline_in_grid_rows(row: str) -> None:
    under = "<p class='post-text-author'>By <a href='/author/anna/'>admin</a> - 2024-03-14</p>"
    html = grid(under, row)
    assert day(html) == "2024-03-14"
    found = generic_article(selector(html.encode()).root, URL, fetched_at=FETCHED_AT)
    assert found.date_source == "stamp"


def test_entries_of_a_list_beside_the_headline_still_give_no_date() -> None:
    # (must not fire: a run of like entries under the headline, each under its own stamp)
    entries = "".join(
        f"<div class='entry'><a href='/news/{d}.html'>Another story about the harbour {d}</a>"
        f"<p class='m'>By admin - 2024-03-{d}</p></div>"
        for d in (11, 12, 13)
    )
    assert day(grid(f"<div class='list'>{entries}</div>")) is None
