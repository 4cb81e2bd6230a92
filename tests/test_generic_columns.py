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


STORY_ONE = (
    "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr "
    "beschlossen, der vor allem mehr Geld für die Sanierung der Schulen vorsieht."
)
CARDS = [
    (
        "Überflutete Straßen in der Innenstadt nach Starkregen",
        "Nach einer Nacht mit Starkregen stand das Wasser in mehreren Straßen der Innenstadt "
        "knietief, die Feuerwehr war bis zum Morgen im Einsatz.",
    ),
    (
        "Neues Krankenhaus öffnet im nächsten Monat",
        "Das neue Krankenhaus auf dem Hügel öffnet am Ersten des Monats, zunächst mit der "
        "Notaufnahme und zwei Stationen für die Patienten.",
    ),
    (
        "Fußballverein gewinnt packendes Derby",
        "Ein Tor in der letzten Minute bescherte der Heimmannschaft den Sieg im Derby, die "
        "Fans feierten noch lange nach dem Abpfiff im Stadion.",
    ),
    (
        "Markthändler beenden ihren Streik",
        "Die Händler der alten Markthalle öffneten am Montag wieder ihre Stände, nachdem "
        "die Stadt die Erhöhung der Mieten zurückgenommen hatte.",
    ),
]


def _page(main: str) -> str:
    return (
        "<html><head><title>Stadtrat beschließt neuen Haushalt für Schulen | Kurier</title>"
        "</head><body><nav><ul><li><a href='/'>Startseite</a></li>"
        "<li><a href='/lokales'>Lokales</a></li></ul></nav>"
        f"<div class='row'>{main}</div>"
        "<footer><p>© 2024 Stadtkurier. Alle Rechte vorbehalten.</p></footer></body></html>"
    )


def _cards(heading: str = "h3", linked: bool = True) -> str:
    cards = "".join(
        f"<div class='card'><a href='/news/{i}.html'><img src='/i{i}.jpg' alt=''></a>"
        + (
            f"<{heading}><a href='/news/{i}.html'>{h}</a></{heading}>"
            if linked
            else f"<{heading}>{h}</{heading}>"
        )
        + f"<div class='card-text'>{e}</div></div>"
        for i, (h, e) in enumerate(CARDS)
    )
    return f"<section class='more-news'><h2>Mehr</h2><div class='cards'>{cards}</div></section>"


SHORT_STORY = (
    "<div class='post'><h1>Stadtrat beschließt neuen Haushalt für Schulen</h1>"
    f"<div class='date'>12.03.2024</div><div class='post-body'><p>{STORY_ONE}</p></div></div>"
)


def test_story_of_one_paragraph_beside_teaser_cards_stays() -> None:
    """A story of one paragraph in a box named like a story's body ("post-body") under
    the page's ``h1``, beside a row of teaser cards (a linked headline and a blurb each):
    the cards' blurbs outweigh it, but a run of teasers takes no story's place."""
    body = body_of(_page(SHORT_STORY + _cards()))
    assert STORY_ONE in body
    for _, blurb in CARDS:
        assert blurb not in body


def test_story_in_sections_outweighs_a_named_blurb_under_the_headline() -> None:
    """Must not fire: the page's headline over a newsletter's blurb in a "card-body"
    box, the story in sections under plain headings (no links to other stories) beside
    it: the story's column is no run of teasers and outweighs the named blurb."""
    head = (
        "<div class='head'><h1>Stadtrat beschließt neuen Haushalt für Schulen</h1>"
        f"<div class='card-body'><p>{BLURB}, jeden Morgen die wichtigsten Nachrichten.</p>"
        "</div></div>"
    )
    sections = "".join(f"<section><h3>{h}</h3><p>{e}</p></section>" for h, e in CARDS)
    body = body_of(_page(f"{head}<div class='col'>{sections}</div>"))
    for _, text in CARDS:
        assert text in body
    assert BLURB not in body


def test_list_article_of_linked_items_outweighs_a_named_blurb_box() -> None:
    """Must not fire: a list article whose items each link their heading (a blurb
    under each, as teasers are built) holds the page's ``h1``; a newsletter's blurb in
    a "card-body" box beside it is not under the headline: the list is the story."""
    items = "".join(
        f"<div class='item'><h3><a href='/ort/{i}.html'>{h}</a></h3><p>{e}</p></div>"
        for i, (h, e) in enumerate(CARDS)
    )
    page = _page(
        "<div class='col'><h1>Vier Dinge, die sich in der Stadt ändern</h1>"
        f"{items}</div><aside><div class='card-body'><p>{BLURB}, jeden Morgen die "
        "wichtigsten Nachrichten.</p></div></aside>"
    )
    body = body_of(page)
    for _, text in CARDS:
        assert text in body
    assert BLURB not in body


#: A Chinese list article's items: linked headings of nine to fifteen ideographs (as
#: long to read as an English headline of thirty to forty-five letters) over a sentence.
ZH_ITEMS = [
    (
        "暴雨过后市中心多条街道积水",
        "市议会周二经过长时间辩论后通过了新预算，其中包括用于学校、道路以及维修老旧水管的资金。",
    ),
    (
        "新医院下月正式开业",
        "议员们在投票前讨论了将近四个小时，议案最终以七票对两票获得通过，尽管有几位居民表示反对。",
    ),
    (
        "足球俱乐部在激烈的德比战中取胜",
        "市长表示，这份全市历史上规模最大的预算将通过削减行政开支和提高停车费来实现平衡。",
    ),
    (
        "老市场商户结束罢市",
        "反对派警告说，高昂的停车费会把顾客赶到城外的大型购物中心，并要求在一年内重新审查该计划。",
    ),
]
ZH_STORY = [
    "市议会周二经过长时间辩论后通过了明年的新预算，其中大部分资金将用于修缮全市的中小学校舍。",
    "议员们在投票前讨论了将近四个小时，议案最终以七票对两票获得通过，几位居民在会上表示反对。",
    "市长表示，这份预算将通过削减行政开支和提高市中心停车费来实现平衡，不会增加居民的负担。",
    "反对派警告说，高昂的停车费会把顾客赶到城外的大型购物中心，并要求在一年内重新审查该计划。",
]


def test_chinese_list_article_of_short_linked_headings_keeps_every_item() -> None:
    """Must not fire: a Chinese list article whose items link headings of nine to
    fifteen ideographs: a headline's length is weighed (an ideograph reads as three
    letters), so every heading is a card's headline alike and the items, holding most of
    the story, are its own structure: none goes (counted by characters, only the one
    heading of fifteen ideographs was a card's and its item went alone)."""
    items = "".join(
        f"<div class='item'><h3><a href='/ort/{i}.html'>{h}</a></h3><p>{e}</p></div>"
        for i, (h, e) in enumerate(ZH_ITEMS)
    )
    aside = (
        "<aside><div class='card'><div class='card-body'><p>经过一夜暴雨，老城区多条街道积水"
        "没过膝盖，消防队从数十个地下室里抽出了积水。</p></div></div></aside>"
    )
    head = "<h1>市议会通过学校和道路新预算</h1><div class='meta'><time>12.03.2024</time></div>"
    body = body_of(_page(f"<div class='col'>{head}{items}</div>{aside}"))
    for _, text in ZH_ITEMS:
        assert text in body


def test_chinese_teaser_card_with_a_short_headline_inside_the_story_goes() -> None:
    """A teaser card between a Chinese story's paragraphs, its linked headline nine
    ideographs long, with its blurb: another story's teaser, not story text."""
    teaser = (
        f"<div class='card'><h3><a href='/ort/9.html'>{ZH_ITEMS[1][0]}</a></h3>"
        "<p>山上的新医院将于下月一日正式开放，首先开放急诊科和两个病区，其余科室将在年底前陆续投入使用。</p>"
        "</div>"
    )
    paras = [f"<p>{p}</p>" for p in ZH_STORY]
    paras.insert(2, teaser)
    story = f"<div class='article-body'>{''.join(paras)}</div>"
    body = body_of(_page(f"<article><h1>市议会通过学校和道路新预算</h1>{story}</article>"))
    for text in ZH_STORY:
        assert text in body
    assert "急诊科" not in body


def test_chinese_story_of_one_paragraph_beside_teaser_cards_stays() -> None:
    """As a German one (:func:`test_story_of_one_paragraph_beside_teaser_cards_stays`):
    the cards' linked headlines of nine to fifteen ideographs make a run of teasers as
    long as English ones of forty letters do (their length weighed, as a card's
    headline's is), so the story of one paragraph under the ``h1`` stays, the cards'
    blurbs go."""
    story = (
        "<div class='post'><h1>市议会通过新预算</h1><div class='date'>12.03.2024</div>"
        f"<div class='post-body'><p>{ZH_STORY[0]}</p></div></div>"
    )
    cards = "".join(
        f"<div class='card'><a href='/news/{i}.html'><img src='/i{i}.jpg' alt=''></a>"
        f"<h3><a href='/news/{i}.html'>{h}</a></h3><div class='card-text'>{e}</div></div>"
        for i, (h, e) in enumerate(ZH_ITEMS)
    )
    more = f"<section class='more-news'><h2>更多</h2><div class='cards'>{cards}</div></section>"
    body = body_of(_page(story + more))
    assert ZH_STORY[0] in body
    for _, blurb in ZH_ITEMS:
        assert blurb not in body
