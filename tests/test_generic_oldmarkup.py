"""Stories in old-school or hand-made markup: paragraphs cut by blank lines
(``<br><br>``) in one box with no ``<p>``, table layouts whose cells are the page's
columns; with cases where the rules must not fire."""

from __future__ import annotations

from lxml.html import HtmlElement

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector
from newscrawl.extraction.meta_page import PageParts
from newscrawl.extraction.walk import Walker

from .conftest import FIXTURES

URL = "https://www.example.org/blog/park.html"

STORY = [
    "Last spring more than sixty members of our association set out to turn the overgrown "
    "flower beds of the town park back into a garden that people would visit.",
    "The council let us use the beds free of charge, but it asked for a plan showing how "
    "they would be looked after in the years to come, not only this summer.",
    "We chose native perennials because they need little water, feed bees and butterflies, "
    "and survive dry summers without much harm, which matters more every year.",
    "Every Saturday between ten and twenty volunteers came to pull weeds, bring in fresh "
    "soil and set out the young plants following the gardener's careful plan.",
]
ABOUT = (
    "The Townsville Garden Association has looked after public green spaces since 1987, "
    "runs school gardens and works for more wildlife in the town."
)
#: Blurbs of other stories in the fixture's column beside the story.
BLURBS = [
    "In bright sunshine many families came to the pond on Sunday",
    "Just a few pots with the right plants turn a small balcony",
    "We planted twelve old varieties in the meadow behind the cemetery",
]
LINKS = "".join(
    f"<a href='/a{i}.html'>{t}</a><br>"
    for i, t in enumerate(["Looking back at the spring fair", "Ten tips for a balcony"])
)


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def body_of(html: str) -> str:
    return extract_body(root_of(html), URL).body.body


def fixture() -> str:
    return (FIXTURES / "structures" / "story-in-table-cell-breaks.html").read_text("utf-8")


def page(main: str) -> str:
    return (
        "<html lang='en'><head><title>t</title></head><body>"
        "<center><a href='/'>Home</a> | <a href='/about'>About us</a></center>"
        f"{main}<div class='links'><b>More articles</b><br>{LINKS}<br><small>{ABOUT}</small>"
        "</div><center><font size='1'>© 2024 Townsville Garden Association.</font></center>"
        "</body></html>"
    )


def test_story_cut_by_blank_lines_in_a_table_cell_is_read_alone() -> None:
    """A story cut by ``<br><br>`` in one cell of a table layout, a menu cell with a
    blurb and a cell of other stories' headlines and blurbs beside it: the story's box
    is its cell, not the row of all three."""
    body = body_of(fixture())
    for line in STORY:
        assert line in body
    for line in [ABOUT, *BLURBS, "© 2024"]:
        assert line not in body


def test_story_cut_by_blank_lines_in_a_div_is_read_alone() -> None:
    """The same story directly in a ``<div>`` with the page's other boxes beside it
    in ``<body>``: the div, not the body, holds the story."""
    body = body_of(page(f"<div class='text'><h1>Park</h1>{'<br><br>'.join(STORY)}</div>"))
    for line in STORY:
        assert line in body
    assert ABOUT not in body


def test_story_of_spans_and_single_breaks_is_read_alone() -> None:
    """Each paragraph a ``<span>`` and one ``<br>``: lines of the div's own text."""
    text = "".join(f"<span>{line}</span><br>" for line in STORY)
    body = body_of(page(f"<div><h1>Park</h1>{text}</div>"))
    for line in STORY:
        assert line in body
    assert ABOUT not in body


def test_blank_lines_in_a_paragraph_are_its_own_lines() -> None:
    """Must not fire: a ``<p>`` cut by ``<br><br>`` is one paragraph's lines (its parent
    still the story's box), and so is a box's text of fewer than three long lines (an
    address, a note); a box's run of three is its own paragraphs."""
    walker = Walker()
    three = "<br><br>".join(STORY[:3])
    root = root_of(
        f"<html><body><div><p>{three}</p></div><div>{STORY[0]}<br><br>{STORY[1]}</div>"
        f"<div>{three}</div></body></html>"
    )
    blocks = walker.walk(root.find(".//body"))
    assert [(b.tag, b.cut) for b in blocks] == [("p", False)] * 3 + [("div", False)] * 2 + [
        ("div", True)
    ] * 3


def test_box_cut_by_blank_lines_beside_a_story_in_paragraphs_stays_out() -> None:
    """Must not fire: a story in ``<p>``s beside a box of two prose pieces cut by
    ``<br><br>``: the box scores as a box, the story's container still wins."""
    story = "".join(f"<p>{line}</p>" for line in STORY)
    html = page(f"<div class='text'><h1>Park</h1>{story}</div>").replace(
        "<small>", f"{BLURBS[0]} of the year.<br><br><small>"
    )
    body = body_of(html)
    for line in STORY:
        assert line in body
    assert ABOUT not in body
    assert BLURBS[0] not in body


def test_sibling_boxes_outside_a_table_still_join() -> None:
    """Must not fire: only a table cell keeps its siblings out (they are the layout's
    columns); a story cut into two boxes side by side in a ``<div>`` is read whole."""
    first, second = "<br><br>".join(STORY[:3]), "<br><br>".join([STORY[3], *STORY[:2]])
    boxes = f"<div class='a'>{first}</div><img src='/x.jpg'><div class='b'>{second}</div>"
    body = body_of(page(f"<div class='text'><h1>Park</h1>{boxes}</div>"))
    assert STORY[2] in body and STORY[3] in body
    assert ABOUT not in body


def test_story_in_paragraphs_in_a_table_cell_keeps_its_body() -> None:
    """The fixture with its story and the other stories' blurbs in ``<p>``s: trafilatura
    reads the layout table whole (one row: menu, story, other stories), and that is no
    second opinion on the story."""
    html = fixture().replace('<font face="Arial" size="2">', '<font face="Arial" size="2"><p>')
    page = generic_article(root_of(html.replace("<br><br>", "</p><p>")), URL)
    assert page.body_source is None
    assert page.body.paragraphs == STORY


def test_row_of_cells_never_outscores_the_story_cell() -> None:
    """A story in ``<p>``s in one cell, a menu cell with a blurb and a cell of other
    stories' headlines and blurbs beside it: the row scores nothing of its own (its
    cells are columns, not one text), so it cannot gather the columns' points."""
    html = fixture()
    start = html.index('<font face="Arial" size="2">')
    end = html.index("</font>\n</td>", start)
    story = "".join(f"<p>{line}</p>" for line in STORY)
    body = body_of(html[:start] + story + html[end + len("</font>") :])
    for line in STORY:
        assert line in body
    for line in [ABOUT, *BLURBS]:
        assert line not in body


def test_rows_of_one_story_still_read_whole() -> None:
    """Must not fire: a story with a paragraph in each row of a table (one cell a row)
    is still read whole: the table holding the rows is its container."""
    rows = "".join(f"<tr><td><p>{line}</p></td></tr>" for line in STORY)
    body = body_of(page(f"<table class='text'><tr><td><h1>Park</h1></td></tr>{rows}</table>"))
    for line in STORY:
        assert line in body
    assert ABOUT not in body


TEASERS = "<br><br>".join(
    f"<a href='/a{i}.html'><b>{title}</b></a><br>{BLURBS[i]} of the year."
    for i, title in enumerate(
        ["Spring fair by the pond", "Bees on the balcony", "New fruit trees"]
    )
)


def test_teasers_closing_the_story_box_stay_out() -> None:
    """Other stories' linked headlines, each over a one-line blurb, after the story's
    blank-line paragraphs in the same box (under an ``<hr>`` and a title): they go with
    their title, the story stays."""
    text = "<br><br>".join(STORY) + f"<br><br><hr><b>More articles</b><br><br>{TEASERS}"
    body = body_of(page(f"<div><h1>Park</h1>{text}</div>"))
    for line in STORY:
        assert line in body
    for line in [*BLURBS, "Bees on the balcony", "More articles"]:
        assert line not in body


def test_one_linked_line_over_text_in_the_story_stays() -> None:
    """Must not fire: one piece opening with a linked line (a source, a link to the
    full report) over its own text closes the story: no run of teasers; nor do pieces
    whose link is inside a sentence."""
    source = f"<a href='/report.pdf'>The council's report</a><br>{BLURBS[0]} of the year."
    linked = f"The <a href='/plan'>plan</a> says more.<br>{BLURBS[1]} all summer long."
    text = "<br><br>".join([*STORY, source, linked, STORY[0] + " Again."])
    body = body_of(page(f"<div><h1>Park</h1>{text}</div>"))
    assert BLURBS[0] in body and BLURBS[1] in body
    text = "<br><br>".join([*STORY, source])
    assert BLURBS[0] in body_of(page(f"<div><h1>Park</h1>{text}</div>"))


def signature_fixture() -> str:
    return (FIXTURES / "structures" / "story-box-signature-tail.html").read_text("utf-8")


VISITORS = "Sie sind Besucher Nr. 004711 seit dem 1. Januar 1999."


def test_counter_under_the_story_signature_stays_out() -> None:
    """A signature ("Redaktion / 12.03.2024"), a "back to top" link and the visitor
    counter after the story's blank-line paragraphs in the same box: the story and its
    signature stay, the counter goes."""
    body = body_of(signature_fixture())
    assert "ausgeglichen." in body and "Redaktion / 12.03.2024" in body
    assert VISITORS not in body


def test_short_last_paragraph_with_a_number_stays() -> None:
    """Must not fire: the story's own last paragraph is short and holds a number, but
    ends as a sentence ends; nor does a numbered part's title with more of the story
    after it."""
    html = signature_fixture().replace(
        '<i>Redaktion / 12.03.2024</i><br><a href="#top">^</a><br><br>',
        "Die Sitzung endet um 18 Uhr.<br><br>",
    )
    body = body_of(html)
    assert "Die Sitzung endet um 18 Uhr." in body and VISITORS in body
    # A numbered part's title over the story's last two paragraphs, no signature.
    part = "<br><br>".join(["Teil 2", *STORY[:2]])
    html = signature_fixture().replace(
        '<i>Redaktion / 12.03.2024</i><br><a href="#top">^</a><br><br>', f"{part}</div>"
    )
    body = body_of(html)
    assert "Teil 2" in body and all(line in body for line in STORY[:2])


# -- a headline set as a line of its own, no <h1> ---------------------------------------

TITLE = "How our association replanted the town park in a single summer"


def article_of(html: str) -> tuple[str, list[str]]:
    """The generic extractor's body and raw publication stamps of *html*."""
    found = generic_article(root_of(html), URL)
    raws = [d.raw for d in found.dates if d.field == "datePublished"]
    return found.body.body, raws


def test_headline_set_as_a_line_and_its_stamp_are_the_header() -> None:
    """No ``<h1>``: the headline is ``<font size="5"><b>…</b></font><br>`` at the top of
    the story's cell, saying the page's ``<title>``, the date one ``<br>`` under it. The
    two lines are cut from the body, and the date is the page's."""
    body, raws = article_of(fixture())
    assert body.startswith(STORY[0])
    assert TITLE not in body and "12.03.2024" not in body
    assert raws == ["12.03.2024"]


def test_headline_line_in_any_element_with_a_site_suffix() -> None:
    """The same in a ``<div>`` box, the line a ``<span>``, the ``<title>`` with the site's
    name after it: the title less its suffix is the line's text."""
    main = (
        f"<div class='text'><span class='titel'>{TITLE}</span><br>"
        f"<font size='1'>12.03.2024</font><br><br>{'<br><br>'.join(STORY)}</div>"
    )
    html = page(main).replace("<title>t</title>", f"<title>{TITLE} - Garden Club</title>")
    body, raws = article_of(html)
    assert body.startswith(STORY[0]) and raws == ["12.03.2024"]


def test_story_opening_with_the_title_words_stays_whole() -> None:
    """Must not fire: the first paragraph starts with the title's words and goes on; it
    is the story's, not a headline line."""
    lead = f"{TITLE}, so the members say, began with one evening meeting in the pavilion."
    html = page(f"<div class='text'>{lead}<br><br>{'<br><br>'.join(STORY)}</div>")
    html = html.replace("<title>t</title>", f"<title>{TITLE}</title>")
    body, _ = article_of(html)
    assert body.startswith(lead)


def test_title_only_in_the_page_title_cuts_nothing() -> None:
    """Must not fire: the title is only in ``<title>``; the box opens with a bold line
    that says something else and a date under it. No line states the title, so there is
    no headline line: the page's parts read none."""
    label = "News from our club"
    text = "<br><br>".join(STORY)
    main = f"<div class='text'><b>{label}</b><br><i>12.03.2024</i><br><br>{text}</div>"
    html = page(main).replace("<title>t</title>", f"<title>{TITLE}</title>")
    root = root_of(html)
    story = extract_body(root, URL).story
    parts = PageParts(root, URL)
    parts.collect()
    assert story is not None and parts._title_line(story) is None
    body, _ = article_of(html)
    assert all(line in body for line in STORY)
