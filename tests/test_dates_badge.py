"""A date badge: the day, the month and the year on lines of their own under the headline
(a blog theme's calendar leaf, ``meta_stamps._BADGE``), and its must-not-fire twins."""

from __future__ import annotations

import pytest

from newscrawl.extraction.meta_stamps import _BADGE
from tests.test_dates_shown import day, story

TEASERS = "".join(
    f"<li><a href='/news/other-{i}.html'>Another story about the harbour and its trains {i}"
    f"</a><div class='n{i}'>{d}<br>Mar<br>2024</div></li>"
    for i, d in enumerate((11, 12, 13))
)


@pytest.mark.parametrize(
    "badge",
    [
        "<div class='k1'><span>14</span><br><span>Mar 2024</span></div>",
        "<div class='k1'>14<br>March<br>2024</div>",
        "<div class='k1'>Thu<br>14<br>Mar<br>2024</div>",
        "<div class='k1'>Mar<br>14<br>2024</div>",
        "<div class='k1'><b>14th</b><br>March, 2024</div>",
    ],
)
def test_badge_under_the_headline_dates_the_page(badge: str) -> None:
    assert day(story(under=badge)) == "2024-03-14"


@pytest.mark.parametrize(
    ("lang", "badge"),
    [("de", "14.<br>März 2024"), ("es", "jue<br>14<br>mar<br>2024"), ("fr", "14<br>mars<br>2024")],
)
def test_badge_in_other_languages(lang: str, badge: str) -> None:
    html = story(under=f"<div class='k1'>{badge}</div>").replace("lang='en'", f"lang='{lang}'")
    assert day(html) == "2024-03-14"


@pytest.mark.parametrize(
    "under",
    [
        # an archive's entry: a month's line and its count below it
        "<div class='k1'><a href='/2024/05/'>May 2024</a><br><span>5</span></div>",
        # a count and its word, no year
        "<div class='k1'>14<br>Comments</div>",
        # a badge without a year
        "<div class='k1'>14<br>Mar</div>",
    ],
)
def test_no_badge_no_date(under: str) -> None:
    assert day(story(under=under)) is None


def test_teasers_badges_are_not_the_pages() -> None:
    html = story().replace("</main>", f"</main><aside><h3>Latest</h3><ul>{TEASERS}</ul></aside>")
    assert day(html) is None


@pytest.mark.parametrize(
    ("text", "badge"),
    [
        ("14\nMar 2024", True),
        ("14\nMar\n2024", True),
        ("Do\n14.\nMärz\n2024", True),
        ("Mar\n14\n2024", True),
        ("May 2024\n5", False),
        ("2024\nMar\n14", False),
        ("14\nMar", False),
        ("Anna Smith\n14 Mar 2024", False),
    ],
)
def test_badge_shape(text: str, badge: bool) -> None:
    assert (_BADGE.fullmatch(text) is not None) is badge
