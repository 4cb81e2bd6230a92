"""Page chrome written inside the story's own container (share rows, subscription boxes,
ad labels, captions) and story lines built like it, each rule with a case where it must
not fire (``bench/redteam_inbody.py`` builds the same in many variants)."""

from __future__ import annotations

from typing import Any

import pytest
from lxml.html import HtmlElement, fromstring

from bench.redteam_inbody import STORY as STORY_TEXTS
from newscrawl.extraction import story_lines
from newscrawl.extraction.boilerplate import CAPTION_MAX_CHARS
from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector

URL = "https://www.example.org/2024/03/utility-heating.html"

HEADLINE, _LINES = STORY_TEXTS["en"]
STORY = _LINES[:5]


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def body_with(inserts: dict[int, str], head: str = "") -> str:
    """The story's body with *inserts* (markup by the index of the paragraph they
    follow) written into the story's own container, *head* before its first paragraph."""
    parts = [head]
    for i, line in enumerate(STORY):
        parts.append(f"<p>{line}</p>")
        if i in inserts:
            parts.append(inserts[i])
    html = (
        "<html lang='en'><head><title>t</title></head><body><header><nav>"
        "<a href='/'>Home</a> <a href='/news'>News</a></nav></header><main><article>"
        f"<h1>{HEADLINE}</h1><div class='article-body'>{''.join(parts)}</div></article>"
        "</main><footer><p>© 2024 Example News</p></footer></body></html>"
    )
    return extract_body(root_of(html), URL).body.body


def assert_story(body: str) -> None:
    for line in STORY:
        assert line in body


# -- a figure holding a table -------------------------------------------------------

TABLE = (
    "<table><tr><th>District</th><th>Homes</th></tr><tr><td>North End</td><td>1,450</td></tr>"
    "<tr><td>Old Town</td><td>1,180</td></tr></table>"
)


def test_a_figure_holding_a_data_table_is_the_storys() -> None:
    body = body_with({1: f"<figure class='table'>{TABLE}<figcaption>Homes</figcaption></figure>"})
    assert_story(body)
    assert "North End" in body and "1,180" in body


def test_a_named_figure_holding_a_data_table_is_the_storys() -> None:
    figure = (
        f"<figure class='wp-block-table'><figcaption>Planned homes</figcaption>{TABLE}</figure>"
    )
    body = body_with({2: figure})
    assert "Old Town" in body


def test_a_figure_holding_a_code_listing_in_a_table_is_not_the_storys() -> None:
    """Must not fire: a highlighter's listing (line numbers in one cell, the code in a
    ``pre`` in the next) in a figure stays out as before."""
    listing = (
        "<figure class='highlight'><pre><code><table><tr><td class='gutter'><pre>1 2 3</pre>"
        "</td><td class='code'><pre>from pathlib import Path; Path('x').mkdir()</pre></td>"
        "</tr></table></code></pre></figure>"
    )
    body = body_with({1: listing})
    assert_story(body)
    assert "pathlib" not in body


def test_a_picture_figure_still_goes() -> None:
    """Must not fire: a figure holding a picture and its caption is no table's."""
    figure = (
        "<figure><img src='/p.jpg'><figcaption>Workers lay pipes. Photo: A. Berger</figcaption>"
        "</figure>"
    )
    body = body_with({1: figure})
    assert_story(body)
    assert "Workers lay pipes" not in body


# -- a share row ----------------------------------------------------------------------


def test_a_share_row_between_paragraphs_goes() -> None:
    row = "<div class='x7'><span>Artikel teilen</span><button>Facebook</button></div>"
    body = body_with({1: row})
    assert_story(body)
    assert "Artikel teilen" not in body


def test_a_share_row_of_links_drawn_as_buttons_goes() -> None:
    links = " ".join(
        f"<a href='https://share.example.net/{n}' role='button'>{n}</a>" for n in ("fb", "mail")
    )
    body = body_with({2: f"<div class='m-3'><p>Teilen: {links}</p></div>"})
    assert_story(body)
    assert "Teilen" not in body


def test_a_copy_link_field_goes() -> None:
    field = "<div><span>Partager</span><input type='text' value='https://x.org/a'></div>"
    body = body_with({1: field})
    assert_story(body)
    assert "Partager" not in body


def test_a_short_paragraph_saying_share_with_a_link_stays() -> None:
    """Must not fire: a short story line holding a plain link is no row of controls."""
    line = "Residents can share their questions <a href='/forum'>in the forum</a>."
    body = body_with({1: f"<p>{line}</p>", 3: "<div><p>Share your views.</p></div>"})
    assert "Residents can share their questions in the forum." in body
    assert "Share your views." in body


def test_a_sentence_holding_a_footnote_button_or_a_button_link_stays() -> None:
    """Must not fire: a short story sentence holding a footnote's ``<button>`` or a link
    drawn as a button (``role=button``) ends as a sentence, as no share row's label does."""
    body = body_with(
        {
            1: "<p>Vote result: 7 to 2. <button class='fn'>1</button></p>",
            3: "<p>The full budget is online <a role='button' href='/b.pdf'>as a PDF</a>.</p>",
        }
    )
    assert_story(body)
    assert "Vote result: 7 to 2." in body
    assert "The full budget is online as a PDF." in body


def test_a_short_line_in_a_box_holding_more_text_and_a_button_stays() -> None:
    """Must not fire: a short line whose element holds more text below it than a row
    (a box of the story with a paragraph and a glossary button) stays."""
    box = (
        f"<div class='note'>Note<p>{STORY[0][:90]} <button>more</button></p></div>"
        "<p>A second short line.</p>"
    )
    body = body_with({2: box})
    assert "Note" in body


# -- an ad's label beside its empty slot ------------------------------------------------


def test_an_ad_label_beside_its_empty_slot_goes() -> None:
    for slot in (
        "<div class='x7'><span>Anzeige</span><div id='slot-1'></div></div>",
        "<div class='m-3'><div>Publicité</div><iframe src='about:blank'></iframe></div>",
        "<div><p>Publicidad</p><ins class='s'></ins></div>",
    ):
        body = body_with({1: slot})
        assert_story(body)
        for label in ("Anzeige", "Publicité", "Publicidad"):
            assert label not in body


def test_a_line_with_figures_beside_an_empty_box_stays() -> None:
    """Must not fire: a line with figures is no ad's label (a chart's title over the box
    its script fills)."""
    line = "Ads: 4.2 million"
    body = body_with({1: f"<div class='chart'><span>{line}</span><div id='c1'></div></div>"})
    assert line in body


def test_a_short_line_beside_a_spacer_or_an_icon_stays() -> None:
    """Must not fire: a short line beside an empty element right in the story's
    container (a spacer), a line whose empty element is inline (an icon), and a line
    whose box holds more text stay."""
    body = body_with(
        {
            0: "<p>In brief</p><div class='clear'></div>",
            1: "<div><p><span class='icon'></span>Video report</p></div>",
            2: "<div><p>Background</p><div></div><p>A second line of the box.</p></div>",
        }
    )
    assert "In brief" in body
    assert "Video report" in body
    assert "Background" in body


# -- a subscription box -------------------------------------------------------------------

SUBSCRIPTION = (
    "<div class='x7'><h3>Der Morgen in der Stadt</h3><p>Die wichtigsten Nachrichten aus der "
    "Region jeden Morgen kostenlos in Ihrem Postfach.</p><p><a href='/abo'>Jetzt abonnieren</a>"
    "</p></div>"
)


def test_a_subscription_box_inside_the_story_goes() -> None:
    for at in (1, 4):
        body = body_with({at: SUBSCRIPTION})
        assert_story(body)
        assert "Der Morgen in der Stadt" not in body
        assert "Postfach" not in body


def test_a_subscription_box_with_its_link_written_into_it_goes() -> None:
    box = (
        "<section class='m'><h2>La matinale</h2><div><p>L'essentiel de l'actualité chaque "
        "matin.</p></div><a href='https://news.example.org/s'>Je m'inscris</a></section>"
    )
    body = body_with({2: box})
    assert_story(body)
    assert "La matinale" not in body


def test_a_part_of_the_story_closing_with_a_link_stays() -> None:
    """Must not fire: a box under a subheading whose short paragraph tells the headline
    (the study the story reports on, and a link to it) is the story's."""
    line = "The utility commissioned the study of the heating network last year."
    part = f"<h2>The study</h2><p>{line}</p><p><a href='/study.pdf'>Read the study</a></p>"
    body = body_with({1: f"<div class='part'>{part}</div>"})
    assert "The study" in body and line in body


def test_parts_built_alike_each_closing_with_a_link_stay() -> None:
    """Must not fire: sections built alike (a story told in parts) are not call boxes,
    whatever they say."""
    parts = "".join(
        f"<section class='s'><h2>Part {n}</h2><p>Short note number {n} of the series.</p>"
        f"<p><a href='/doc{n}.pdf'>Document {n}</a></p></section>"
        for n in (1, 2)
    )
    body = body_with({1: parts})
    assert "Short note number 1 of the series." in body
    assert "Short note number 2 of the series." in body


def test_a_box_with_more_text_than_a_call_stays() -> None:
    """Must not fire: a box holding more than a call's few lines besides its heading and
    link (an info box of the story) is not judged a call box."""
    long = " ".join(["Die Stadt hat dazu eine Bürgerversammlung im Rathaus angesetzt."] * 6)
    box = f"<div class='x7'><h3>Termine</h3><p>{long}</p><p><a href='/t'>Alle</a></p></div>"
    body = body_with({1: box})
    assert "Termine" in body


# -- a call with buttons ---------------------------------------------------------------

CALL = "Hear every story read aloud by our narrators, a service for members."
BUTTONS = "<div class='btns'><a href='/subscribe'>Subscribe</a><a href='/login'>Log in</a></div>"


def test_a_call_over_buttons_inside_the_story_is_not_body() -> None:
    """A box of one short line and a row of two buttons (a subscription's or a login's
    call, an audio player's offer) inside the story's container before its first
    paragraph (a box between them goes as any box does), class names neutral or not: it
    goes, line and buttons."""
    for name in ("x7", "player"):
        body = body_with({}, f"<div class='{name}'><div><span>{CALL}</span>{BUTTONS}</div></div>")
        assert_story(body)
        assert CALL not in body
        assert "Log in" not in body


def test_sentences_beside_links_or_buttons_in_the_story_are_kept() -> None:
    """Must not fire: a box of two sentences over the buttons (a part of the story), a
    line linking words of its own over them, and a line over one lone button (a call box
    needs its heading: :func:`_drop_call_boxes`)."""
    two = f"<p>{STORY[0]}</p><p>{CALL}</p>"
    linked = "<p>Read the <a href='/study'>utility's study</a> of the plan here first.</p>"
    lone = "<div class='btns'><a href='/subscribe'>Subscribe</a></div>"
    for box, kept in (
        (f"<div class='x7'>{two}{BUTTONS}</div>", CALL),
        (f"<div class='x7'>{linked}{BUTTONS}</div>", "utility's study"),
        (f"<div class='x7'><span>{CALL}</span>{lone}</div>", CALL),
    ):
        body = body_with({}, box)
        assert_story(body)
        assert kept in body, box


def test_a_long_list_of_short_links_in_the_story_is_read_once(monkeypatch: Any) -> None:
    """A list of hundreds of short links inside the story's container (a tag index): each
    element's lines are told apart once for the rows of buttons below it, not again for
    every row (quadratic: 5000 links cost seconds a page). Counted in the lines told
    apart (the module's ``id`` calls), not timed. The call over its buttons still goes."""
    calls = 0

    def counted(value: object) -> int:
        nonlocal calls
        calls += 1
        return id(value)

    tags = "".join(f"<li><a href='/tag/t{i}'>Tag {i}</a></li>" for i in range(600))
    box = f"<div class='x7'><div><span>{CALL}</span>{BUTTONS}</div></div>"
    monkeypatch.setattr(story_lines, "id", counted, raising=False)
    body = body_with({2: f"<div class='tags'><ul>{tags}</ul></div>"}, box)
    assert_story(body)
    assert CALL not in body
    assert calls < 20 * 600, calls  # 722 422 before


class _CountedChain(list[HtmlElement]):
    """A line's chain counting how often it is searched or walked (while *on*)."""

    reads = 0
    on = False

    def __contains__(self, node: object) -> bool:
        _CountedChain.reads += _CountedChain.on
        return super().__contains__(node)

    def __iter__(self) -> Any:
        _CountedChain.reads += _CountedChain.on
        return super().__iter__()


def test_a_long_list_of_short_links_in_the_story_is_read_once_for_call_boxes(
    monkeypatch: Any,
) -> None:
    """A list of hundreds of short links inside the story's container (a tag index, each
    item a lone link): the lines below each element a link's box may be are read once
    for all the links, not again for every link (quadratic: 5000 links cost seconds a
    page). Counted in the lines' chains searched or walked, not timed. A subscription
    box beside the list still goes."""
    original = story_lines._drop_call_boxes

    def counted(kept: list[Any], chosen: set[HtmlElement], page: Any) -> list[Any]:
        for block in kept:
            block.chain = _CountedChain(block.chain)
        _CountedChain.on = True
        try:
            return original(kept, chosen, page)
        finally:
            _CountedChain.on = False

    _CountedChain.reads = 0
    monkeypatch.setattr(story_lines, "_drop_call_boxes", counted)
    tags = "".join(f"<li><a href='/tag/t{i}'>Tag {i}</a></li>" for i in range(600))
    body = body_with({2: f"<div class='tags'><ul>{tags}</ul></div>", 3: SUBSCRIPTION})
    assert_story(body)
    assert "Der Morgen in der Stadt" not in body
    assert 0 < _CountedChain.reads < 20 * 600, _CountedChain.reads  # 1 096 217 before


# -- a picture's caption told by its build, not its class ---------------------------


def picture_box(alt: str, line: str, above: bool = False) -> str:
    """A plain box (opaque classes) holding a picture in a paragraph of its own and one
    short line, under the picture or (*above*) over it."""
    picture = f"<p class='qzkx'><picture><img src='/a.jpg' alt='{alt}'></picture></p>"
    said = f"<span class='xjqz'>{line}</span>"
    return f"<div class='kqjz'>{said + picture if above else picture + said}</div>"


CAPTION = "Residents queued outside the district heating office on Monday (Image: Getty)"


def test_a_line_under_its_picture_telling_its_alt_is_no_story_text() -> None:
    """A picture in a paragraph of its own, a short line under it in the same plain box
    telling the picture's ``alt`` again, inside a larger box with the story's
    paragraphs (a live blog's entry): the caption was read as story text."""
    entry = (
        f"<div class='zzqk'><h3>Heating office opens its doors early</h3>"
        f"{picture_box('residents queued outside the heating office', CAPTION)}"
        f"<p>{STORY[2]}</p></div>"
    )
    html = body_with({1: entry})
    assert CAPTION not in html
    assert "Residents queued outside" not in html
    assert_story(html)


def test_a_line_by_a_picture_saying_its_own_stays() -> None:
    """Must not fire: a short line under a picture that does not tell its ``alt`` (the
    story's own line), and one telling it but over the picture (introducing it)."""
    own = "The council said the new rates apply from the first of April onwards."
    body = body_with({1: picture_box("residents queued outside the heating office", own)})
    assert own in body
    body = body_with(
        {1: picture_box("residents queued outside the heating office", CAPTION, True)}
    )
    assert "Residents queued outside" in body


# -- a picture's caption written inline beside it -----------------------------------


def inline_picture(alt: str, line: str, tail: bool = False) -> str:
    """A picture and one line in ``span`` boxes side by side (opaque classes), the line in
    an element of its own or (*tail*) written straight after the picture."""
    picture = f"<img src='/a.jpg' alt='{alt}'>"
    if tail:
        return f"<span class='kqjz'>{picture} {line}</span>"
    return (
        f"<span class='kqjz'><span class='qzkx'>{picture}</span>"
        f"<span class='xjqz'><span class='zzqk'>{line}</span><span>Getty</span></span></span>"
    )


def test_a_caption_written_inline_beside_its_picture_is_no_story_text() -> None:
    """A picture and its caption in ``span`` boxes side by side, inside a paragraph of
    their own or between the story's paragraphs, the caption telling the picture's
    ``alt`` again: no story text (the build the page's classes no longer name)."""
    alt = "Residents queued outside the district heating office"
    in_paragraph = f"<p>{inline_picture(alt, CAPTION)}</p>"
    between = inline_picture(alt, CAPTION)
    for insert in (in_paragraph, between):
        body = body_with({1: insert})
        assert "Residents queued outside" not in body
        assert_story(body)


def test_a_line_inline_beside_a_picture_saying_its_own_stays() -> None:
    """Must not fire: a line in a box beside a picture that does not tell its ``alt``,
    a sentence written straight after a small picture (an icon in the text) telling it,
    and a line over the picture, introducing it."""
    alt = "Residents queued outside the district heating office"
    own = "The council said the new rates apply from the first of April onwards."
    body = body_with({1: f"<p>{inline_picture(alt, own)}</p>"})
    assert own in body
    body = body_with({1: f"<p>{inline_picture(alt, CAPTION, tail=True)}</p>"})
    assert "Residents queued outside" in body
    over = (
        f"<p><span class='kqjz'><span class='xjqz'>{CAPTION}</span>"
        f"<span class='qzkx'><img src='/a.jpg' alt='{alt}'></span></span></p>"
    )
    body = body_with({1: over})
    assert "Residents queued outside" in body


def test_a_paragraph_of_a_picture_s_box_and_a_caption_s_box_is_no_story_text() -> None:
    """A paragraph holding the picture's box (or the picture) and, beside it, the
    caption's box telling the picture's ``alt`` again, no text written straight into the
    paragraph (``<p><span><picture>…</span><span>caption</span></p>``): the caption is
    no story text, whatever its classes say."""
    alt = "Residents queued outside the district heating office"
    for picture in (
        f"<span class='qzkx'><picture><img src='/a.jpg' alt='{alt}'></picture></span>",
        f"<img src='/a.jpg' alt='{alt}'>",
    ):
        for caption in (
            f"<span class='xjqz'>{CAPTION}</span>",
            f"<span class='xjqz'>{CAPTION}</span> <span>Getty</span>",
        ):
            body = body_with({1: f"<p class='kqjz'>\n{picture}\n{caption}\n</p>"})
            assert "Residents queued outside" not in body, (picture, caption)
            assert_story(body)


def test_a_sentence_beside_a_floated_picture_telling_its_alt_stays() -> None:
    """Must not fire: a sentence written straight into the paragraph after a picture
    floated beside it (its lazy-load copy in ``noscript`` between) telling its ``alt``
    (a bio beside the writer's photo), and a line in a box beside the picture's box that
    does not tell the ``alt``."""
    alt = "Residents queued outside the district heating office"
    picture = f"<img src='/a.jpg' alt='{alt}'>"
    floated = f"<p>{picture}<noscript>{picture}</noscript>{CAPTION}</p>"
    assert "Residents queued outside" in body_with({1: floated})
    own = "The council said the new rates apply from the first of April onwards."
    beside = f"<p><span class='qzkx'>{picture}</span><span class='xjqz'>{own}</span></p>"
    assert own in body_with({1: beside})


def _inline_boxes_read_whole(chosen: set[HtmlElement]) -> dict[str, HtmlElement]:
    """:func:`story_lines._inline_caption_boxes` as it was first written, each box's text
    read whole (``text_content``): the answer the piece-by-piece reading must keep."""
    found: dict[str, HtmlElement] = {}
    seen: set[HtmlElement] = set()
    for top in chosen:
        for picture in top.iter("img"):
            if (picture.tail or "").strip():
                continue
            box, node = None, picture.getparent()
            for _ in range(story_lines._CAPTION_LEVELS + 1):
                if node is None or node is top or node.tag not in story_lines._INLINE_BOXES:
                    break
                box, node = node, node.getparent()
            if box is None or box in seen:
                continue
            seen.add(box)
            text = " ".join(box.text_content().split())
            if text and len(text) <= CAPTION_MAX_CHARS and story_lines._picture_first(box):
                found.setdefault(text, box)
    return found


@pytest.mark.parametrize(
    "level",
    [
        "<span><img src='/a.jpg' alt='x'><span>Residents queued {n}</span>",  # text at each
        "<span><img src='/a.jpg' alt='x'><span>",  # the text at the bottom only
        "<span><img src='/a.jpg' alt='x'><!-- c{n} --><span> \n ",  # comments, spacing
    ],
)
@pytest.mark.parametrize("depth", [1, 3, 12, 300])
@pytest.mark.parametrize("bottom", ["x" * 300, "x" * 299 + " y", "x" * 301, "Getty", ""])
def test_nested_inline_picture_boxes_read_as_far_as_a_caption(
    level: str, depth: int, bottom: str
) -> None:
    """Spans nested in spans, each holding a picture first (every one a box of its own):
    each is read only as far as a caption's length, with the same answer as when each
    was read whole, up to a caption's length exactly and past it."""
    opened = "".join(level.format(n=n) for n in range(depth))
    closed = "</span>" * (opened.count("<span>") - opened.count("</span>"))
    top = fromstring(f"<div><p>{opened}{bottom}{closed}</p></div>")
    got = story_lines._inline_caption_boxes({top})
    assert got == _inline_boxes_read_whole({top})
    assert all(len(text) <= CAPTION_MAX_CHARS for text in got)


# -- a teaser card's heading beside its linked picture ------------------------------


def teaser_cards(link: str | None, overlay: bool = True) -> str:
    """A box titled "Most read" of three cards, each a picture (linked to *link* with
    the card's number, or not linked), a kicker set as a heading and a line, covered by
    an empty link or not."""
    cards = []
    for n, kicker in enumerate(("RANDY ANDY", "TIME TRAVELLER", "EYE POPPING")):
        picture = f"<img src='/t{n}.jpg' alt=''>"
        if link is not None:
            picture = f"<a href='{link.format(n=n)}'>{picture}</a>"
        cover = f"<a href='/news/{n}/story/' class='o'></a>" if overlay else ""
        cards.append(
            f"<div class='c'><div class='p'>{picture}</div><div class='t'><h3>{kicker}</h3>"
            f"<span>Prince parties in unearthed pictures number {n}</span></div>{cover}</div>"
        )
    return (
        f"<div class='x7'><div><h3>Most read in news</h3></div><div>{''.join(cards)}</div></div>"
    )


def test_a_teaser_card_s_heading_beside_its_linked_picture_goes() -> None:
    """A box of teaser cards inside the story (opaque classes), each card's picture
    linking another story and its kicker set as a heading: the kickers, the lines and the
    box's title are no story text (a heading beside a picture of the story is its
    subheading; one beside a picture leading away is a card's)."""
    for overlay in (True, False):
        body = body_with({1: teaser_cards("/news/{n}/story/", overlay)})
        for line in ("RANDY ANDY", "EYE POPPING", "Prince parties", "Most read"):
            assert line not in body, (overlay, line)
        assert_story(body)


def test_a_subheading_beside_a_picture_linked_to_itself_stays() -> None:
    """Must not fire: a subheading beside the story's picture linked to its full size,
    to a place on the page or not linked, the story going on under it."""
    sub = "Queues at the heating office"
    for link in ("/media/p-large.jpg", "#top", None):
        picture = "<img src='/p.jpg' alt=''>"
        if link is not None:
            picture = f"<a href='{link}'>{picture}</a>"
        box = f"<div class='x7'><div class='p'>{picture}</div><h3>{sub}</h3></div>"
        body = body_with({2: box})
        assert sub in body, link
        assert_story(body)


def test_a_subheading_beside_a_picture_linked_to_its_attachment_page_stays() -> None:
    """Must not fire: a subheading beside the story's picture linked to the picture's own
    page below the story's address (WordPress's attachment page, "…/utility-heating/
    img_1234/"): no other story. (review s29: it went as a card's kicker.)"""
    sub = "Queues at the heating office"
    for link in ("/2024/03/utility-heating/img_1234/", f"{URL[:-5]}/attachment/p-1/"):
        picture = f"<a href='{link}'><img src='/p.jpg' alt=''></a>"
        box = f"<div class='x7'><div class='p'>{picture}</div><h3>{sub}</h3></div>"
        body = body_with({2: box})
        assert sub in body, link
        assert_story(body)


# -- a caption closing with the credit its picture's data states --------------------


def test_a_caption_closing_with_its_picture_s_credit_is_no_story_text() -> None:
    """A picture and a line in ``span`` boxes side by side, the line not telling the
    picture's ``alt`` ("how to retire early") but closing with the credit the picture's
    own data states (``data-mce-source``, ``data-credit``): the picture's caption."""
    line = "The road to retiring early isn't easy."
    for attr in ("data-mce-source", "data-credit"):
        picture = f"<img src='/a.jpg' alt='how to retire early' {attr}='Kathrin Ziegler/Getty'>"
        box = (
            f"<p><span class='kqjz'><span class='qzkx'>{picture}</span><span class='xjqz'>"
            f"<span>{line}</span><span><span>Kathrin Ziegler/Getty</span></span></span></span></p>"
        )
        body = body_with({1: box})
        assert "retiring early" not in body, attr
        assert_story(body)


def test_a_line_beside_a_picture_naming_a_word_of_its_data_stays() -> None:
    """Must not fire: the story's line beside a picture whose data names one word the
    line says (a section), an address or a file the line does not hold."""
    own = "The council said the district rates apply from the first of April."
    for attrs in (
        "data-section='district'",
        "data-src='/images/the council said.jpg'",
        "data-credit='Anna Berger / Reuters'",
    ):
        picture = f"<img src='/a.jpg' alt='x' {attrs}>"
        box = (
            f"<p><span class='kqjz'><span class='qzkx'>{picture}</span>"
            f"<span>{own}</span></span></p>"
        )
        assert own in body_with({1: box}), attrs
