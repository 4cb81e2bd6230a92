"""Stories as common CMSes build them (``bench/redteam_cms.py`` builds many more), each
rule with a case where it must not fire."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from bench.redteam_cms import drupal, keep_content
from bench.redteam_inbody import STORY as STORY_TEXTS
from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector

URL = "https://www.example.org/presse/2024/03/waerme.html"

HEADLINE, STORY = STORY_TEXTS["en"]
#: More of the story, so that the part beside the picture is a small share of it.
MORE = [
    "Work starts in April in the northern district, where the oldest boilers are, and "
    "moves on to the old town and the harbour quarter in the two years after that.",
    "The grant covers up to forty per cent of the cost of a connection, and owners of "
    "listed buildings can ask the city's heritage office for a further contribution.",
    "Tenants' associations welcomed the plan but asked the utility to publish its prices "
    "for the next ten years so that households can compare them with gas and oil.",
    "The council will vote on the utility's budget for the first stretch of pipes in "
    "February, and the opposition has said it will support the plan.",
]
SUB = "What residents need to know now"


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def body_of(main: str, aside: str = "") -> str:
    html = (
        "<html lang='en'><head><title>t</title></head><body><header><nav>"
        "<a href='/'>Home</a> <a href='/news'>News</a></nav></header><div class='row'>"
        f"<main class='col-md-8' id='content'>{main}</main><aside class='col-md-4'>{aside}</aside>"
        "</div><footer><p>© 2024 Example Utility</p></footer></body></html>"
    )
    return extract_body(root_of(html), URL).body.body


def paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def frame(inner: str, n: int, kind: str = "text") -> str:
    return f"<div id='c{n}' class='frame frame-default frame-type-{kind}'>{inner}</div>"


H1 = f"<div class='frame frame-type-header'><header><h1>{HEADLINE}</h1></header></div>"
GALLERY = (
    "<div class='ce-gallery'><div class='ce-row'><div class='ce-column'><figure class='image'>"
    "<img src='/a.jpg' width='300' height='200' alt=''><figcaption>Photo: utility</figcaption>"
    "</figure></div></div></div>"
)


# -- a sibling whose prose sits a level deeper than the story container's ------------------


def textpic(lines: list[str]) -> str:
    """A "text beside a picture" content element: frame > textpic > (gallery, bodytext)."""
    text = f"<div class='ce-bodytext'>{paras(lines)}</div>"
    return f"<div class='ce-textpic ce-right'>{GALLERY}{text}</div>"


def test_sibling_with_deeper_prose_joins_the_story() -> None:
    main = (
        H1
        + frame(textpic(STORY[:2]), 1, "textpic")
        + frame(f"<div class='ce-bodytext'>{paras(STORY[2:] + MORE)}</div>", 2)
    )
    body = body_of(main)
    for line in STORY + MORE:
        assert line in body


def test_deeper_sibling_holding_little_stays_out() -> None:
    # must not fire: a sibling box whose nested text is one short line (a caption's
    # credit over a picture) scores too little even read a level deeper
    credit = "Pictures of the network are free for editorial use."
    main = (
        H1
        + frame(f"<div class='ce-bodytext'>{paras(STORY)}</div>", 1)
        + frame(
            f"<div class='ce-textpic'>{GALLERY}<div class='ce-bodytext'><p>{credit}</p>"
            "</div></div>",
            2,
            "textpic",
        )
    )
    body = body_of(main)
    for line in STORY:
        assert line in body
    assert credit not in body


def test_deeper_sibling_in_chrome_stays_out() -> None:
    # must not fire: prose inside a chrome-named box of the sibling lends it no score
    blurb = (
        "Our newsletter brings the most important news from the utility to your inbox "
        "every morning, and you can unsubscribe at any time with a single click."
    )
    main = (
        H1
        + frame(f"<div class='ce-bodytext'>{paras(STORY)}</div>", 1)
        + frame(f"<div class='box'><div class='newsletter-teaser'><p>{blurb}</p></div></div>", 2)
    )
    body = body_of(main)
    assert STORY[0] in body
    assert blurb not in body


# -- a section's header holding its subheading -------------------------------------------------


def test_section_header_keeps_its_subheading() -> None:
    main = (
        H1
        + frame(f"<div class='ce-bodytext'>{paras(STORY[:3])}</div>", 1)
        + frame(
            f"<header><h2>{SUB}</h2></header><div class='ce-bodytext'>{paras(STORY[3:])}</div>", 2
        )
    )
    body = body_of(main)
    assert SUB in body
    for line in STORY:
        assert line in body


def test_header_with_more_than_a_heading_stays_chrome() -> None:
    # must not fire: a header holding a heading and a byline, one whose heading is a
    # link (a teaser's title) and one with nothing after it
    byline = "By Anna Berg, utility press office"
    teaser = "Library extends its weekend opening hours"
    lone = "Contact the press office"
    main = (
        "<article>"
        f"<header><h2>{HEADLINE}</h2><p>{byline}</p></header>"
        f"<div class='text'>{paras(STORY)}</div>"
        f"<div class='more'><header><h3><a href='/library'>{teaser}</a></h3></header><div><p>"
        "Opening hours change from April.</p></div></div>"
        f"<header><h2>{lone}</h2></header>"
        "</article>"
    )
    body = body_of(main)
    assert STORY[0] in body
    assert byline not in body
    assert teaser not in body
    assert lone not in body


# -- a run of related posts' excerpts cut short ------------------------------------------------

COOKIE_STORY = [
    "From next month, sites that show a cookie banner must offer a button to reject all "
    "cookies that is as easy to find as the one to accept them.",
    "The data protection authority says most banners it checked last year hid the refusal "
    "behind a second layer of settings, which it considers unlawful.",
]
COOKIE_LIST = [
    "A reject all button must sit beside accept all.",
    "Settings may no longer be pre-ticked for advertising partners.",
    "Withdrawing consent must be as easy as giving it.",
]


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_related_excerpts_cut_short_stay_out(lang: str) -> None:
    """A short story (two paragraphs, a subheading, a list) in a Drupal node, a views
    block of related posts under it in the same region: each row a linked title, a date
    and an excerpt cut short, the excerpts named like a body ("views-field-body") and
    scoring near the story. Three excerpts cut short are no story cut into cards."""
    _name, html, keep, drop = drupal(lang, False, 1, keep_content("cookies", lang))
    body = extract_body(root_of(html), URL).body.body
    for line in keep:
        assert line in body
    for line in drop:
        assert line not in body


def test_story_cut_into_cards_with_an_ellipsis_stays() -> None:
    # must not fire: a story cut into cards, one card's last sentence trailing off
    lines = [*STORY, *MORE]
    lines[3] = lines[3].rstrip(".") + " …"
    cards = "".join(
        f"<div class='card'><div class='card-body'>{paras(lines[i : i + 2])}</div></div>"
        for i in range(0, len(lines), 2)
    )
    main = f"<h1>{HEADLINE}</h1><div class='story'>{cards}</div>"
    body = body_of(main)
    for line in lines:
        assert line in body
