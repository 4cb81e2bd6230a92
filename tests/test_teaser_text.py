"""The headline out of a teaser link's text, each structure with a must-not-fire case."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement, fragment_fromstring

from newscrawl.extraction.teaser_text import _lines, card_title_place, teaser_headline


def link(html: str) -> HtmlElement:
    element: HtmlElement = fragment_fromstring(html)
    return element


@pytest.mark.parametrize(
    ("html", "rank", "headline"),
    [
        # A kicker glued over the title (no whitespace between their elements).
        (
            "<a><span>CRIME</span><span>Disgraced ex-MP attacked at work</span></a>",
            None,
            "Disgraced ex-MP attacked at work",
        ),
        (
            "<a><div>Hans-Werner Sinn</div><div>„Den USA geht das Geld aus“</div></a>",
            None,
            "„Den USA geht das Geld aus“",
        ),
        # A description glued under the title: its sentences are not the headline.
        (
            "<a><span>Labours Insel der Seligen</span><div>Großbritannien wirkt wie eine Insel"
            " der Stabilität. Doch das täuscht.</div></a>",
            None,
            "Labours Insel der Seligen",
        ),
        # Kicker and title as elements on lines of their own in the template.
        (
            "<a><h3>\n  <span>Der aktuelle Stand</span>\n  <span>Neues Viertel nimmt Gestalt an"
            "</span>\n</h3></a>",
            None,
            "Neues Viertel nimmt Gestalt an",
        ),
        ("<a>WEATHER<br>Storm closes the coastal road</a>", None, "Storm closes the coastal road"),
        # A rank equal to the teaser's place, and a stamp element closing the line.
        (
            "<a><b>3</b> Tesla keeps cutting jobs <time>5 hours ago</time></a>",
            3,
            "Tesla keeps cutting jobs",
        ),
        (
            "<a>1 “비행기 화장실서 알몸으로” 승무원 <span>2025-06-02 16:42:07</span></a>",
            1,
            "“비행기 화장실서 알몸으로” 승무원",
        ),
    ],
)
def test_headline_out_of_link_text(html: str, rank: int | None, headline: str) -> None:
    assert teaser_headline(link(html), rank) == headline


@pytest.mark.parametrize(
    ("html", "rank", "headline"),
    [
        # Inline markup inside a headline: spaces around it, or a word cut mid-way.
        ("<a><b>Trump</b> says tariffs will stay</a>", None, "Trump says tariffs will stay"),
        (
            "<a><em>Ex</em>clusive interview with the mayor</a>",
            None,
            "Exclusive interview with the mayor",
        ),
        # A number that is not the teaser's place, and a date that is part of the headline.
        (
            "<a>10 things to do in the harbour this weekend</a>",
            3,
            "10 things to do in the harbour this weekend",
        ),
        (
            "<a>Guerra entre Israel y Gaza: resumen del 14/10/2024</a>",
            None,
            "Guerra entre Israel y Gaza: resumen del 14/10/2024",
        ),
        # A first line that leads into the next one is one headline with it.
        (
            "<a><h3>\n  <span>En vanvittig tackling ændrede finalen: </span>\n"
            "  <span>Håndboldherrerne tog igen guldet</span>\n</h3></a>",
            None,
            "En vanvittig tackling ændrede finalen: Håndboldherrerne tog igen guldet",
        ),
        # Unspaced scripts have no capitals: nothing to split.
        (
            "<a><span>速報</span>港の橋が二年ぶりに通行再開</a>",
            None,
            "速報港の橋が二年ぶりに通行再開",
        ),
    ],
)
def test_headline_kept_whole(html: str, rank: int | None, headline: str) -> None:
    assert teaser_headline(link(html), rank) == headline


def test_time_stamp_is_not_part_of_the_headline() -> None:
    # A stamp glued to the description hid its full stop: the description won.
    described = (
        "<a><h5><span>Premium</span><span>Im Fall Rodrigues begehen alle Seiten Fehler</span>"
        "</h5><p>Nicht nur beim Verband müssen die vergangenen Wochen aufgearbeitet werden.</p>"
        '<div><time datetime="2025-06-11T17:15:00Z">11.06.2025</time></div></a>'
    )
    assert teaser_headline(link(described)) == "Im Fall Rodrigues begehen alle Seiten Fehler"
    # Glued to a headline in a script without spaces, the stamp stayed in it.
    unspaced = (
        "<a><h2>イオン銀行に業務改善命令へ　金融庁、マネロン対策不備</h2>"
        '<div><time datetime="2024-12-24T12:30:00Z">12月24日</time></div></a>'
    )
    assert teaser_headline(link(unspaced)) == "イオン銀行に業務改善命令へ 金融庁、マネロン対策不備"
    # Must not fire: a date written into the headline itself (no <time>) stays, and a
    # link holding only a stamp keeps it rather than nothing.
    written = "<a><span>Election day set for 12 May 2026 after long dispute</span></a>"
    assert teaser_headline(link(written)) == "Election day set for 12 May 2026 after long dispute"
    only = '<a><time datetime="2025-06-11">Wednesday, 11 June 2025</time></a>'
    assert teaser_headline(link(only)) == "Wednesday, 11 June 2025"


@pytest.mark.parametrize(
    ("html", "headline"),
    [
        # A date line under the heading, in a language the date parser does not name.
        (
            "<a><h2>Editorial / Der Premier muss für das ganze Land da sein</h2>"
            "<p>30 Juni 2025</p></a>",
            "Editorial / Der Premier muss für das ganze Land da sein",
        ),
        # A comment count under the heading, with or without parentheses, glued or not.
        (
            "<a><h2><span>Neues Viertel nimmt langsam Gestalt an</span></h2>"
            "<div><span>(7)</span></div></a>",
            "Neues Viertel nimmt langsam Gestalt an",
        ),
        (
            "<a><h3>Stadt bewilligt Bootshaus am See</h3><span>4</span></a>",
            "Stadt bewilligt Bootshaus am See",
        ),
        # Must not fire: a figure inside the headline's own element stays.
        ("<a>Fire destroys <b>12</b></a>", "Fire destroys 12"),
        ("<a><h3>Best films of <span>2024</span></h3></a>", "Best films of 2024"),
        ("<a><h3>Ferry fares rise by 10 percent</h3></a>", "Ferry fares rise by 10 percent"),
    ],
)
def test_closing_stamp_or_counter_is_cut(html: str, headline: str) -> None:
    assert teaser_headline(link(html)) == headline


@pytest.mark.parametrize(
    ("html", "headline"),
    [
        # A card that is one link: its heading or title-classed line is the headline
        # over the longer description under it (no full stop to tell it by).
        (
            "<a><img src='t.jpg'><h3>Swimming pool stays closed all summer</h3>"
            "<p>Work on the ventilation is taking longer than planned, the city says</p></a>",
            "Swimming pool stays closed all summer",
        ),
        (
            "<a><div class='teaser-kicker'>Verkehr</div>\n<div class='teaser-title'>Neue Buslinie"
            " ab Mai</div>\n<div class='teaser-text'>Die Verkehrsbetriebe testen ab dem"
            " Frühjahr einen Takt von zehn Minuten</div></a>",
            "Neue Buslinie ab Mai",
        ),
        (
            "<a><span class='card__headline'>La piscine restera fermée</span>\n<span>Les travaux"
            " sur la ventilation durent plus longtemps que prévu selon la ville</span></a>",
            "La piscine restera fermée",
        ),
        # Must not fire: a kicker classed as a label over the headline; a subtitle marked
        # after the headline; a heading holding kicker and title.
        (
            "<a><span class='teaser__label'>Analyse der Woche</span>\n<span>Warum der Haushalt"
            " der Stadt nicht aufgeht</span></a>",
            "Warum der Haushalt der Stadt nicht aufgeht",
        ),
        (
            "<a><span>Residents collect signatures against the new car park</span>\n"
            "<h4>Petition</h4></a>",
            "Residents collect signatures against the new car park",
        ),
        (
            "<a><h3><span>Verkehr</span>\n<span>Neue Buslinie ab Mai</span></h3>\n"
            "<p>Die Verkehrsbetriebe testen einen Takt von zehn Minuten.</p></a>",
            "Neue Buslinie ab Mai",
        ),
    ],
)
def test_card_link_title_line(html: str, headline: str) -> None:
    assert teaser_headline(link(html)) == headline


HEADS = [
    "Swimming pool stays closed all summer",
    "New bus line links harbour and station",
    "Residents collect signatures against car park",
]
DESCS = [
    "Work on the ventilation is taking longer than planned, the city says today",
    "The transit agency will test a ten-minute service from the spring onwards",
    "More than a thousand neighbours have already signed the petition lists now",
]


def cards(pattern: str, heads: list[str] = HEADS, descs: list[str] = DESCS) -> list[HtmlElement]:
    return [link(pattern.format(h=h, d=d)) for h, d in zip(heads, descs, strict=True)]


@pytest.mark.parametrize(
    "pattern",
    [
        # A card that is one link: headline and a longer description, spans with opaque
        # classes (no mark), on lines of their own or glued.
        "<a href='/s'><img src='t.jpg' alt=''><span class='x1'>{h}</span>\n"
        "<span class='x2'>{d}</span></a>",
        "<a href='/s'><div class='x1'>{h}</div><div class='x2'>{d}</div></a>",
        # After a kicker the cards share ("Politik") or a short one of their own.
        "<a href='/s'><div>Politik</div>\n<div>{h}</div>\n<div>{d}</div></a>",
        "<a href='/s'><div>Local news</div><div>{h}</div><div>{d}</div></a>",
    ],
)
def test_card_headline_by_repetition(pattern: str) -> None:
    """Cards built alike, no title mark: the first piece (headline-shaped, shorter) is
    the headline in every card, not the longer description after it."""
    links = cards(pattern)
    kickers = card_title_place(links)
    assert kickers is not None
    assert [teaser_headline(a, None, kickers) for a in links] == HEADS
    # Without the box's word the longest line is read (the description).
    assert [teaser_headline(a) for a in links] == DESCS


SHARED = "Money fight inside city hall"


@pytest.mark.parametrize(
    ("pattern", "heads", "descs"),
    [
        # One text piece only.
        ("<a href='/s'><img src='t.jpg' alt=''><span>{h}</span></a>", HEADS, HEADS),
        # Title classes: the mark tells (plain markup behaviour unchanged).
        (
            "<a href='/s'><div class='card__title'>{h}</div><div class='x'>{d}</div></a>",
            HEADS,
            DESCS,
        ),
        ("<a href='/s'><h3>{h}</h3><p>{d}</p></a>", HEADS, DESCS),
        # Fewer than three cards.
        ("<a href='/s'><div>{h}</div><div>{d}</div></a>", HEADS[:2], DESCS[:2]),
        # The first piece ends a sentence, or is the longer one, in most cards.
        ("<a href='/s'><div>{h}.</div><div>{d}</div></a>", HEADS, DESCS),
        ("<a href='/s'><div>{d}</div><div>{h}</div></a>", HEADS, DESCS),
        # Three pieces: not built as headline and description.
        ("<a href='/s'><div>{h}</div><div>{d}</div><div>{d}</div></a>", HEADS, DESCS),
    ],
)
def test_card_headline_by_repetition_does_not_fire(
    pattern: str, heads: list[str], descs: list[str]
) -> None:
    assert card_title_place(cards(pattern, heads, descs)) is None


def test_shared_long_kicker_is_not_the_headline() -> None:
    """A kicker of four words or more that every card shares is no piece: the headline
    after it is, over its longer description; with a shorter description, the longest
    line (the headline) is read as before and the rule does not fire."""
    pattern = f"<a href='/s'><span>{SHARED}</span><span>{{h}}</span><span>{{d}}</span></a>"
    links = cards(pattern)
    kickers = card_title_place(links)
    assert kickers == frozenset({SHARED})
    assert [teaser_headline(a, None, kickers) for a in links] == HEADS
    short = cards(pattern, descs=[h[:-5] for h in HEADS])
    assert card_title_place(short) is None
    assert [teaser_headline(a) for a in short] == HEADS


def test_cards_built_unlike() -> None:
    """Must not fire: in most cards the first piece is no shorter than the second."""
    links = cards("<a href='/s'><div>{h}</div><div>{d}</div></a>")
    links[1] = link(f"<a href='/s'><div>{DESCS[1]}</div><div>{HEADS[1]}</div></a>")
    links[2] = link(f"<a href='/s'><div>{DESCS[2]}</div><div>{HEADS[2]}</div></a>")
    assert card_title_place(links) is None


@pytest.mark.parametrize(
    ("html", "lines"),
    [
        # The text after a comment is read in place (React writes ``<!-- -->`` between
        # the texts it joins): "By" and the name are one line, the comment's text unread.
        ("<div>By<!-- a note --> <a><span>Jamelle Bouie</span></a></div>", ["By Jamelle Bouie"]),
        (
            "<a><span>Waldai-Residenz<!-- -->: </span><span>Putin rüstet auf</span></a>",
            ["Waldai-Residenz: Putin rüstet auf"],
        ),
        (
            "<a><!-- x -->Lead <span>Story<!-- y --><!-- z -->s</span> end</a>",
            ["Lead Storys end"],
        ),
        # Must not fire: a comment with no text after it changes no boundary (a kicker
        # glued over the title stays a line of its own), nor one followed by a new line.
        (
            "<a><span>CRIME</span><!-- x --><span>Disgraced ex-MP attacked</span></a>",
            ["CRIME", "Disgraced ex-MP attacked"],
        ),
        (
            "<a><span>CRIME</span><!-- x -->\n<span>Disgraced ex-MP attacked</span></a>",
            ["CRIME", "Disgraced ex-MP attacked"],
        ),
    ],
)
def test_the_text_after_a_comment_is_read_in_place(html: str, lines: list[str]) -> None:
    assert _lines(link(html)) == lines
