"""The story's column against the boxes beside it (``newscrawl.extraction.columns``): a
box named like a story's body holding a blurb, a contact box of short lines beside the
story's column in the page's ``main``; with cases where the rules must not fire."""

from __future__ import annotations

import re

from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector

from .conftest import FIXTURES

STRUCTURES = FIXTURES / "structures"
URL = "https://www.example.org/news/story.html"

LIBRARY = [
    "After a year behind scaffolding the town library opened its doors again",
    "The building now has a lift, a reading room on the roof",
    "Most of the books spent the year in a warehouse by the river",
    "From next week the library stays open until eight in the evening",
]
CONTACT = ["4 Market Square", "Telephone 0123 987654", "library@example.org"]
BRIDGE = [
    "Die Gutachter haben bei der letzten Prüfung Risse in zwei Trägern gefunden",
    "Eine Reparatur würde nach ersten Schätzungen fast so viel kosten",
    "Bis dahin richten die Stadtwerke eine kleine Fähre ein",
    "Anwohner haben bereits Unterschriften gesammelt",
]
BLURB = "Melden Sie sich für unseren Newsletter an"


def body_of(html: str) -> str:
    return extract_body(selector(html).root, URL).body.body


def fixture(name: str) -> str:
    return (STRUCTURES / name).read_text(encoding="utf-8")


def test_contact_box_beside_the_story_column_stays_out() -> None:
    """``main`` holds the story's column and a contact box (an address, a phone line, a
    mail link): its lines lift ``main`` over the column; the column is the story."""
    body = body_of(fixture("story-column-beside-contact-box.html"))
    for line in LIBRARY:
        assert line in body
    for line in CONTACT:
        assert line not in body


def test_contact_box_does_not_join_the_story_column_as_a_sibling() -> None:
    """The same story in two sections of its own (the column scores best): the contact
    box beside it scores enough to join as a sibling, but ends no line as a sentence."""
    html = fixture("story-column-beside-contact-box.html")
    html = re.sub(r'<div class="accordion-item">.*?</div></div>\n</div>\n', "", html, flags=re.S)
    html = html.replace(
        "</section>\n</div>",
        "</section>\n<section><h2>The collection</h2>"
        "<p>Most of the books spent the year in a warehouse by the river, where volunteers "
        "cleaned, checked and catalogued every one of them before the move back.</p>"
        "<p>From next week the library stays open until eight in the evening on weekdays, "
        "two hours longer than before, and it opens on Sunday afternoons as well.</p>"
        "</section>\n</div>",
        1,
    ).replace("to 6 pm</p>", "to 6 pm, Saturdays from 10 am to 1 pm</p>")
    body = body_of(html)
    for line in LIBRARY:
        assert line in body
    for line in CONTACT:
        assert line not in body


def test_story_in_two_sections_of_main_keeps_both() -> None:
    """Must not fire: ``main`` holds the column and a second section of prose (the
    story's own part, not a box of short lines): both stay."""
    html = fixture("story-column-beside-contact-box.html").replace(
        '<section class="contact-box">\n<h2>Contact</h2>\n'
        "<p>Townsville Public Library, 4 Market Square, Townsville TS1 4CD</p>\n"
        "<p>Telephone 0123 987654, service desk Mondays to Fridays from 9 am to 6 pm</p>\n"
        '<p><a href="mailto:library@example.org">library@example.org</a></p>',
        "<section>\n<h2>What comes next</h2>\n"
        "<p>In the autumn the library will start lending tools and sewing machines, an idea "
        "that came from readers who answered the council's survey last winter.</p>\n"
        "<p>The old reading room on the ground floor becomes a café run by a local charity, "
        "which will employ young people looking for their first job in the town.</p>",
    )
    assert "What comes next" in html
    body = body_of(html)
    for line in LIBRARY:
        assert line in body
    assert "the library will start lending tools" in body
    assert "becomes a café run by a local charity" in body


def test_named_blurb_box_gives_way_to_the_story_column() -> None:
    """A newsletter's blurb in a box named "card-body" outscores a story of four
    paragraphs in a plain grid column by its name alone: the column is the story."""
    body = body_of(fixture("story-column-beside-named-blurb.html"))
    for line in BRIDGE:
        assert line in body
    assert BLURB not in body


def test_story_in_a_named_card_stays() -> None:
    """Must not fire: the story itself in a card named so, several paragraphs in it."""
    html = fixture("story-column-beside-named-blurb.html")
    html = html.replace(
        '<p class="small">12.03.2024</p>',
        '<p class="small">12.03.2024</p><div class="card"><div class="card-body">',
    ).replace("länger dauert.</p>", "länger dauert.</p></div></div>")
    body = body_of(html)
    for line in BRIDGE:
        assert line in body
    assert BLURB not in body


def test_story_cut_into_named_cards_stays() -> None:
    """Must not fire: each of the story's paragraphs in a card of its own, named like
    the blurb's box: a run of twins, not a lone box."""
    html = fixture("story-column-beside-named-blurb.html")
    html = re.sub(
        r"<p>(Die Gutachter|Eine Reparatur|Bis dahin|Anwohner)(.*?)</p>",
        r'<div class="card mb-3"><div class="card-body"><p>\1\2</p></div></div>',
        html,
    )
    assert html.count('class="card mb-3"') == 4
    body = body_of(html)
    for line in BRIDGE:
        assert line in body
    assert BLURB not in body
