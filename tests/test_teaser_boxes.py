"""Boxes of teasers read by :func:`find_teasers`: each structure with a case where the
rule must not fire."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement, document_fromstring

from newscrawl.extraction.teaser_boxes import find_teasers

PAGE = "https://www.harbourtimes.example/news/harbour-bridge-reopens-after-two-years-4711.html"
HEADLINES = [
    "Swimming pool stays closed all summer for repairs",
    "New bus line links harbour and station from May",
    "Residents collect signatures against new car park",
]


def root(box: str) -> HtmlElement:
    page: HtmlElement = document_fromstring(f"<html><body><aside>{box}</aside></body></html>")
    return page


def href(index: int) -> str:
    return f"/news/story-number-{index}-of-the-box-{48210 + index}.html"


def headlines(box: str) -> list[str | None]:
    return [t.headline for t in find_teasers(root(box), PAGE, [])]


def test_picture_link_text_is_not_the_headline() -> None:
    """The picture's link holds a credit, a caption or a screen-reader line longer than
    the headline: the other link to the story is the headline."""
    for extra in (
        "<figure><img src='t.jpg'><figcaption>Photo: John Smith / Harbour Times picture"
        " desk archive</figcaption></figure>",
        "<img src='t.jpg'><span class='sr-only'>Read the story: {h}</span>",
    ):
        items = "".join(
            f"<li><a href='{href(i)}'>{extra.format(h=h)}</a>"
            f"<h3><a href='{href(i)}'>{h}</a></h3></li>"
            for i, h in enumerate(HEADLINES)
        )
        assert headlines(f"<ul>{items}</ul>") == HEADLINES


def test_card_link_holding_its_picture_keeps_its_text() -> None:
    """Must not fire: a card that is one link, its picture inside, and a second link to
    the story with a short label ("More"): the card's headline stays."""
    items = "".join(
        f"<li><a href='{href(i)}'><img src='t.jpg'><h3>{h}</h3></a>"
        f"<a href='{href(i)}'>More</a></li>"
        for i, h in enumerate(HEADLINES)
    )
    assert headlines(f"<ul>{items}</ul>") == HEADLINES


def dates(box: str) -> list[list[str]]:
    return [[d.raw for d in t.dates] for t in find_teasers(root(box), PAGE, [])]


def test_date_line_between_headline_and_description() -> None:
    """A teaser's date line of its own (glued to the texts around it in the teaser's
    text), in English or with a local month name and a label."""
    for line, raw in (
        ("March 11, 2024", "March 11, 2024"),
        ("Veröffentlicht am 11. März 2024", "11. März 2024"),
        ("Publié le 11 mars 2024 à 09h15", "11 mars 2024 à 09h15"),
    ):
        items = "".join(
            f"<div class='card'><h3><a href='{href(i)}'>{h}</a></h3><p class='meta'>{line}</p>"
            f"<p>The transit agency will test a new service from the spring onwards</p></div>"
            for i, h in enumerate(HEADLINES)
        )
        assert dates(f"<div>{items}</div>") == [[raw]] * 3


def test_date_in_a_sentence_or_headline_is_no_date_line() -> None:
    """Must not fire: a date in the description's sentence (a local month name: an
    English one the teaser's whole text gives), a year in the headline."""
    items = "".join(
        f"<div class='card'><h3><a href='{href(i)}'>{h} in 2024</a></h3>"
        f"<p>Die Abstimmung am 9. Juni 2024 entscheidet, ob der Plan umgesetzt wird</p></div>"
        for i, h in enumerate(HEADLINES)
    )
    assert dates(f"<div>{items}</div>") == [[]] * 3


def blocks(box: str) -> set[str | None]:
    return {t.block for t in find_teasers(root(box), PAGE, [])}


LIST = (
    "<ul>"
    + "".join(f"<li><a href='{href(i)}'>{h}</a></li>" for i, h in enumerate(HEADLINES))
    + "</ul>"
)


def test_bold_line_heads_its_box() -> None:
    """A line all in bold before the list, inside the box or before it, names the box."""
    assert blocks(f"<div><p><strong>Most read</strong></p>{LIST}</div>") == {"Most read"}
    assert blocks(f"<p><b>Read more</b></p><div>{LIST}</div>") == {"Read more"}


def test_comments_and_bold_lead_ins_are_no_heading() -> None:
    """Must not fire: an HTML comment before the list (the heading before it names the
    box, or none does), a paragraph opening with a bold lead-in, a bold link."""
    assert blocks(f"<div><h2>Most read</h2><!-- list: most read v2 -->{LIST}</div>") == {
        "Most read"
    }
    assert blocks(f"<div><!-- BEGIN related stories widget -->{LIST}</div>") == {None}
    lead_in = "<p><strong>Note:</strong> the council meets again in May.</p>"
    assert blocks(f"<div>{lead_in}{LIST}</div>") == {None}
    bold_link = "<p><strong><a href='/news/'>News</a></strong></p>"
    assert blocks(f"<div>{bold_link}{LIST}</div>") == {None}


STORY_LINES = [
    "The city council approved the new budget on Tuesday after a long debate about schools,"
    " roads and the water pipes that have waited for repairs for decades.",
    "Councillors argued for almost four hours before the vote, which passed seven to two after"
    " several residents spoke against the plan during the public session.",
    "The mayor said the largest budget in the city's history would be balanced by lower"
    " administrative costs and higher parking fees in the centre of town.",
    "Opposition members warned that the parking fees would drive shoppers to the malls outside"
    " the city, and asked for a review of the plan within a year.",
]
PROSE = [
    "In January the treasurer <a href='{u}'>presented the first draft of the budget</a>, which"
    " has since been discussed in every committee of the council.",
    "Residents had already <a href='{u}'>protested against the higher parking fees</a> in the"
    " autumn and asked the mayor for a public meeting in the town hall.",
    "Repairs to the pipes became urgent after <a href='{u}'>the burst water main in the old"
    " town</a>, the works department wrote in its report to the council.",
]


def page_teasers(middle: str, end: str) -> list[str | None]:
    from newscrawl.extraction.generic import generic_article  # noqa: PLC0415

    paras = [f"<p>{line}</p>" for line in STORY_LINES]
    html = (
        "<html><body><main><article><h1>City council approves new budget for schools</h1>"
        + "".join(paras[:2])
        + middle
        + "".join(paras[2:])
        + end
        + "</article></main></body></html>"
    )
    found = generic_article(document_fromstring(html), PAGE)
    return [t.headline for t in found.teasers]


def prose(tag: str) -> str:
    return "".join(f"<{tag}>{line.format(u=href(i))}</{tag}>" for i, line in enumerate(PROSE))


def test_links_in_the_story_prose_are_no_teasers() -> None:
    """The story's own paragraphs (or list items) linking other stories in their
    sentences, with more story after them: no teasers."""
    assert page_teasers(f"<div class='x'>{prose('p')}</div>", "") == []
    assert page_teasers(f"<ul>{prose('li')}</ul>", "") == []


def test_teaser_boxes_beside_the_prose_stay() -> None:
    """Must not fire: a list of in-sentence links closing the story ("More great
    stories"), and a box of headline links between the story's paragraphs."""
    closing = f"<h3>More great stories</h3><ul>{prose('li')}</ul>"
    assert len(page_teasers("", closing)) == 3
    inline = "<aside><h4>Read more</h4>" + LIST + "</aside>"
    assert page_teasers(inline, "") == HEADLINES


def test_pair_under_the_box_head_line() -> None:
    """A box's head line without a link (a compound class name "boxhead") is neither an
    item nor a miss, and names the box: a pair of the site's stories under it is a box."""
    items = "".join(
        f"<div class='teaser'><h2><a href='{href(i)}'>{h}</a></h2><p>A short description"
        f" of the story.</p></div>"
        for i, h in enumerate(HEADLINES[:2])
    )
    box = f"<div class='contentbox'><div class='boxhead'>Weitere Informationen</div>{items}</div>"
    assert blocks(box) == {"Weitere Informationen"}
    assert headlines(box) == HEADLINES[:2]


def test_untitled_pair_and_plain_line_stay_out() -> None:
    """Must not fire: a pair under a line whose class names no head (an ad label) has no
    title, and an untitled pair is too weak for a box."""
    items = "".join(
        f"<div class='teaser'><h2><a href='{href(i)}'>{h}</a></h2></div>"
        for i, h in enumerate(HEADLINES[:2])
    )
    assert (
        headlines(f"<div class='contentbox'><div class='ad-note'>Anzeige</div>{items}</div>") == []
    )


def _cards(classes: tuple[str, str] = ("qzxk", "qzxk")) -> str:
    return "".join(
        f"<div class='{classes[i]}'><h2><a href='{href(i)}'>{h}</a></h2><p>A short"
        f" description of the story.</p></div>"
        for i, h in enumerate(HEADLINES[:2])
    )


def test_pair_under_a_head_line_that_no_class_names() -> None:
    """A box whose classes say nothing (opaque tokens): its one short line without a link
    before two cards built alike names it, as its first child or as the element just
    before it, first in their parent; the pair of the site's stories is a box."""
    box = f"<div class='jxkq'><div class='zkqx'>Weitere Informationen</div>{_cards()}</div>"
    assert blocks(box) == {"Weitere Informationen"}
    assert headlines(box) == HEADLINES[:2]
    rows = "".join(
        f"<li class='kq'><a href='{href(i)}'>{h}</a></li>" for i, h in enumerate(HEADLINES)
    )
    before = "<div class='jxkq'><p class='zkqx'><span>More on this story</span></p>"
    assert blocks(f"{before}<ul class='zzjq'>{rows}</ul></div>") == {"More on this story"}


def test_head_line_before_the_wrapper_of_a_pair() -> None:
    """The head line stands before a wrapper that holds the list alone (``<div><div>Most
    popular</div><div data-x><ul>…</ul></div></div>``): it names the pair; a wrapper that
    holds something else beside the list (a second list) takes no name from it."""
    rows = "".join(
        f"<li><a href='{href(i)}'><span>{i + 1}</span><div>{h}</div></a></li>"
        for i, h in enumerate(LONG[:2])
    )
    head = "<div class='zk'>Most popular stories</div>"
    box = f"<div class='jx'>{head}<div><ul>{rows}</ul></div></div>"
    assert blocks(box) == {"Most popular stories"}
    assert headlines(box) == LONG[:2]
    other = "<p><a href='/news/'>All the news of the day from the region</a></p>"
    beside = box.replace("</ul></div>", f"</ul>{other}</div>")
    assert headlines(beside) == []


@pytest.mark.parametrize(
    "line",
    [
        "Police are asking witnesses to come forward.",  # a sentence
        "March 14, 2024 8:00 am",  # a date line
        "Anzeige",  # one word: a label as often as a name
    ],
)
def test_no_head_line_by_place_alone(line: str) -> None:
    """Must not fire: a sentence, a date line or a one-word label before the pair names
    no box, and the untitled pair stays out; so does a pair of cards built unlike under
    a fine head line."""
    assert headlines(f"<div class='jxkq'><div class='zkqx'>{line}</div>{_cards()}</div>") == []
    unlike = _cards(("qzxk", "xqjz"))
    assert (
        headlines(f"<div class='jxkq'><div class='zkqx'>More on this story</div>{unlike}</div>")
        == []
    )


LONG = [  # headlines of five words or more
    "Swimming pool stays closed all summer for repairs",
    "New bus line links harbour and station from May",
    "Residents collect signatures against the new car park",
]


def _glued(texts: list[str], hrefs: list[str], extra: str = "") -> str:
    """A box of cards that are one link each, inline, nothing between them."""
    return (
        "<div class='zqkx'><h2>More from the newsroom</h2>"
        + "".join(
            f"<a class='jxqz' href='{h}'{extra}><img src='t.jpg' alt=''>"
            f"<span class='kq'>{t}</span></a>"
            for t, h in zip(texts, hrefs, strict=True)
        )
        + "</div>"
    )


def test_cards_glued_into_one_line_are_read_as_a_box() -> None:
    """Cards that are one inline link each (a picture and a headline ``<span>``), side by
    side with no text between them, in the story: the walk reads them as one line of the
    box and tallies none; read unwalked, each is a teaser."""
    box = _glued(LONG, [href(i) for i in range(3)])
    assert page_teasers(box, "") == LONG
    assert page_teasers("", box) == LONG


@pytest.mark.parametrize(
    "box",
    [
        # a strip of topics: labels, not headlines
        _glued(
            ["Harbour bridge closure", "City budget vote", "Teachers strike again"],
            [href(i) for i in range(3)],
        ),
        # one card: its picture, headline and description link the same story
        "<div class='zqkx'>"
        + "".join(
            f"<a href='{href(0)}'>{t}</a>"
            for t in ("<img src='t.jpg' alt=''>" + LONG[0], LONG[0], LONG[1] + " and more")
        )
        + "</div>",
        # a menu's links
        _glued(LONG, [href(i) for i in range(3)], extra=" role='menuitem'"),
        # links in a sentence
        "<div class='zqkx'>Read also <a href='"
        + href(0)
        + "'>"
        + LONG[0]
        + "</a>, then <a href='"
        + href(1)
        + "'>"
        + LONG[1]
        + "</a> and <a href='"
        + href(2)
        + "'>"
        + LONG[2]
        + "</a>.</div>",
    ],
)
def test_glued_links_that_are_no_cards(box: str) -> None:
    """Must not fire: glued links that are labels, one card's links, a menu's items or
    links in a sentence give no teaser box."""
    assert page_teasers(box, "") == []


def test_lines_among_the_items_make_the_head_a_line_again() -> None:
    """Must not fire: a list of facts, every other item a line without a link, opening
    with one: its first line is a line of the list, not its head."""
    facts = [
        "Founded in 1889 by dock workers",
        "Three cups in five seasons",
        "Two hundred members",
    ]
    rows = "".join(
        f"<li>{fact}</li><li><a href='{href(i)}'>{h}</a></li>"
        for i, (fact, h) in enumerate(zip(facts, HEADLINES, strict=True))
    )
    assert headlines(f"<h2>Season facts</h2><ul>{rows}</ul>") == []


def test_a_broken_link_elsewhere_leaves_the_boxes_teasers() -> None:
    """A malformed address in another box of the page (a consent link written
    ``http://[ccpa-preferences]``, which urlsplit refuses) raises nothing: the page's
    boxes keep their teasers (the error used to drop all of them)."""
    items = "".join(f"<li><a href='{href(i)}'>{h}</a></li>" for i, h in enumerate(HEADLINES))
    footer = (
        "<div class='legal'><a href='http://[ccpa-preferences]'>Do not sell my data</a> "
        "<a href='https://other.example/x'>Privacy choices</a></div>"
    )
    assert headlines(f"<h3>More news</h3><ul>{items}</ul>{footer}") == HEADLINES


def test_own_stories_on_sibling_hosts_are_teasers() -> None:
    """Must not fire (the apps-and-profiles row): on a page of the site's ``sport.`` host,
    a box of its stories on ``www.`` and ``kultur.`` named by an id only stays."""
    page = "https://sport.harbourtimes.example/fussball/4711.html"
    hosts = ["www", "kultur", "www"]
    items = "".join(
        f"<li><a href='https://{h}.harbourtimes.example/p/{48211 + i}.html'>{t}</a></li>"
        for i, (h, t) in enumerate(zip(hosts, HEADLINES, strict=True))
    )
    found = find_teasers(root(f"<h3>More news</h3><ul>{items}</ul>"), page, [])
    assert [t.headline for t in found] == HEADLINES


def test_card_headline_told_by_the_box_repetition() -> None:
    """Cards that are one link each (picture, kicker, headline, longer description; every
    class an opaque token, every element a ``<div>``): the first piece after the kicker,
    headline-shaped in every card, is the headline (not the longer description)."""
    descs = [
        "Work on the ventilation is taking longer than planned, the city says today",
        "The transit agency will test a ten-minute service from the spring onwards",
        "More than a thousand neighbours have already signed the petition lists now",
    ]
    cards = [
        f"<div class='c9x'><a href='{href(i)}'><img src='t.jpg' alt=''><div class='k2f'>"
        f"Politik</div>\n<div class='t7q'>{h}</div>\n<div class='d3z'>{d}</div></a></div>"
        for i, (h, d) in enumerate(zip(HEADLINES, descs, strict=True))
    ]
    assert headlines(f"<div class='b1'>{''.join(cards)}</div>") == HEADLINES
