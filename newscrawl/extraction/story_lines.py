"""The story container's lines: what is dropped from them and how they become paragraphs.

Link lists, boxes of cards and their titles, chrome-like lines are taken out of the chosen
container's blocks (:func:`story_blocks`); the rest become :class:`Paragraph` objects.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction import vocabulary as voc
from newscrawl.extraction.anchored import headline_at, twin_count
from newscrawl.extraction.blocks import (
    HEADINGS,
    MEDIA_TAGS,
    Block,
    Page,
    ancestors,
    child_toward,
    tag_name,
)
from newscrawl.extraction.body import Paragraph
from newscrawl.extraction.edges import (
    PICTURE_TAGS,
    PROSE_MIN_CHARS,
    STRUCTURE_TAGS,
    boxed_paragraphs,
)
from newscrawl.extraction.entries import within
from newscrawl.extraction.html import absolute_url
from newscrawl.extraction.second import long_words
from newscrawl.extraction.stamp_names import YEAR_IN_TEXT
from newscrawl.extraction.vocabulary import RELATED_LINK
from newscrawl.extraction.words import ends_sentence, long_enough


def is_chrome_text(block: Block) -> bool:
    text = block.text
    if voc.CHROME_PARAGRAPH.match(text):
        return True
    if len(text) < 200 and voc.NEWSLETTER_CALL.match(text):
        return True
    return (
        block.link_density > bp.MAX_LINK_DENSITY
        and not (block.links and RELATED_LINK.match(text))
        and not _is_linked_sentence(block)
    )


def _is_linked_sentence(block: Block) -> bool:
    """True when a link-dense paragraph or list item is a sentence of the story that
    links much of its words (a live entry's first sentence linking the full story, a
    summary's item linking its source): :data:`~.boilerplate.LINKED_SENTENCE_MIN_WORDS`
    words or more, ending as a sentence ends, with some words of its own around its
    links (:data:`~.boilerplate.LINKED_SENTENCE_OWN_WORDS`). A teaser's headline is all
    one link, a row of links ends as no sentence does, and both still go."""
    if block.tag not in ("p", "li") or not ends_sentence(block.text.rstrip()):
        return False
    words = len(block.text.split())
    if words < bp.LINKED_SENTENCE_MIN_WORDS:
        return False
    linked = sum(len(anchor.split()) for anchor, _ in block.links)
    return words - linked >= bp.LINKED_SENTENCE_OWN_WORDS


def is_control_row(block: Block, page: Page, chosen: set[HtmlElement]) -> bool:
    """True when *block* is a row of controls inside the story: a line of at most
    :data:`~.boilerplate.CONTROL_ROW_MAX_CHARS` (not a heading) whose element, holding no
    more text than that below it and not a story container, holds a button or a form
    control (:data:`~.vocabulary.WIDGET_CONTROL_TAGS`, or an element with a button's
    role): a share row ("Share this story" over its networks' buttons), a "copy link"
    field, a "listen to this story" player's line. Their buttons' words are not read (the
    walk skips buttons), so the row's label or its links are all that shows. A short
    line holding only links (a source, a related story in a sentence) is no row, nor is a
    line that ends as a sentence ends: a story's sentence holding a footnote's button
    ("Vote result: 7 to 2." and its button) or a link drawn as a button ("The budget is
    online as a PDF."); a row's label ("Share this story", "Teilen:") ends as none does."""
    if len(block.text) > bp.CONTROL_ROW_MAX_CHARS or block.tag in HEADINGS:
        return False
    if ends_sentence(block.text.rstrip()):
        return False
    owner = block.owner
    entry = page.stats.get(owner)
    if owner in chosen or entry is None or entry.chars > bp.CONTROL_ROW_MAX_CHARS:
        return False
    for node in owner.iter():
        if node.tag in voc.WIDGET_CONTROL_TAGS or node.get("role") == "button":
            return True
    return False


#: Tags of an element that shows something without text: an element holding one is no
#: empty slot.
_SHOWING_TAGS = ("img", "picture", "video", "audio", "svg", "canvas", "object", "embed")
#: Tags of the place a script fills with an ad: boxes and frames. An empty inline element
#: (an icon's ``span``, a ``strong`` around a space) is a line's own.
_SLOT_TAGS = frozenset({"div", "ins", "iframe", "section", "aside"})


def _is_empty_slot(element: HtmlElement) -> bool:
    """True when *element* shows nothing yet: a box or a frame (:data:`_SLOT_TAGS`) with
    no text and no picture or player in it — the place a script fills with an ad."""
    if element.tag not in _SLOT_TAGS:
        return False
    if next(element.iter(*_SHOWING_TAGS), None) is not None:
        return False
    return not "".join(element.itertext()).strip()


def is_slot_label(block: Block, page: Page, chosen: set[HtmlElement]) -> bool:
    """True when *block* labels an empty slot inside the story: a line of at most
    :data:`~.boilerplate.SLOT_LABEL_MAX_CHARS` without a digit (not a heading) that is
    all the text of a small box below the story's container whose other children are
    empty (:func:`_is_empty_slot`, one at least): "Anzeige", "Advertisement",
    "Publicité" over the place a script fills with an ad. A short line beside an empty
    element right in the story's container (a spacer between paragraphs), a box holding
    more text than the line, and a line with figures ("Advertisement: 4.2 million")
    stay."""
    text = block.text
    if len(text) > bp.SLOT_LABEL_MAX_CHARS or block.tag in HEADINGS or _DIGIT.search(text):
        return False
    owner = block.owner
    box = owner if any(_is_empty_slot(child) for child in owner) else owner.getparent()
    if box is None or box in chosen:
        return False
    entry = page.stats.get(box)
    if entry is None or entry.chars != len(text):
        return False  # the box holds more text than the label
    # (the box's text is the label's: its other children are empty or hold the label)
    return any(_is_empty_slot(child) for child in box)


_DIGIT = re.compile(r"\d")


def _is_lone_link(block: Block) -> bool:
    """A line that is one link and nothing else (a box's call: "Sign me up"), short."""
    return (
        len(block.links) == 1
        and block.tag not in HEADINGS
        and len(block.text) <= bp.BOX_TITLE_MAX_CHARS
        and block.link_density >= bp.CALL_LINK_DENSITY
    )


def _call_box(
    link: Block,
    below: dict[HtmlElement, list[Block]],
    chosen: set[HtmlElement],
    spine: set[HtmlElement],
) -> tuple[HtmlElement, list[Block]] | None:
    """The box of a lone link line (*link*): its nearest ancestor below the story's
    containers whose first line is a heading, with its lines (*below* each element: the
    lines among the story's with it on their chain, in order; the line's own element
    first: a link written straight into the box is the box's own text)."""
    for node in link.chain:
        if node in chosen or node in spine:
            return None
        lines = below[node]
        if lines and lines[0].tag in HEADINGS:
            return node, lines
    return None


def _story_frame(
    kept: list[Block], chosen: set[HtmlElement], page: Page
) -> tuple[set[HtmlElement], int, set[str]]:
    """What the story's box rules weigh a box against: the story's spine (the ancestors
    of its containers *chosen*), the characters of its lines *kept* and the long words
    of the page's headline (none when it has none)."""
    return _spine(chosen), sum(len(b.text) for b in kept), _headline_words(page, chosen)


def _spine(chosen: set[HtmlElement]) -> set[HtmlElement]:
    """The ancestors of the story's containers *chosen*, less those containers."""
    return {node for top in chosen for node in ancestors(top)} - chosen


def _headline_words(page: Page, chosen: set[HtmlElement]) -> set[str]:
    """The long words of the page's headline over the story (none when it has none)."""
    at = headline_at(page, next(iter(chosen)))
    return long_words(page.blocks[at].text) if at is not None else set()


def _drop_call_boxes(kept: list[Block], chosen: set[HtmlElement], page: Page) -> list[Block]:
    """The story's lines without its call boxes: a box inside the story's container (not
    one of a run of boxes built alike, :func:`~.anchored.twin_count`) that opens with a
    heading, holds one line that is a lone link (:func:`_is_lone_link`: the call, "Jetzt
    abonnieren") and at most :data:`~.boilerplate.CALL_BOX_MAX_TEXT` characters besides
    its headings and links, in all under :data:`~.boilerplate.CALL_BOX_MAX_SHARE` of the
    story's text, and tells at most one of the headline's long words: a newsletter's or
    a subscription's box ("The morning briefing", a line of offer, "Sign me up"), in any
    language. A section of the story under its subheading tells the headline or is one
    of the story's sections built alike; a box holding two links or more is a box of
    links (:func:`_drop_link_lists`, :func:`is_chrome_text` judge it)."""
    links = [b for b in kept if _is_lone_link(b)]
    if not links:
        return kept
    spine, story_chars, headline = _story_frame(kept, chosen, page)
    # The lines below each element a link's box may be (up to the story's containers),
    # read once for all the links, not again for every link (a list of thousands of
    # short links in the story's container: quadratic).
    below: dict[HtmlElement, list[Block]] = {}
    for link in links:
        for node in link.chain:
            if node in chosen or node in spine:
                break
            below[node] = []
    for block in kept:
        for node in block.chain:
            if node in below:
                below[node].append(block)
    judged: set[HtmlElement] = set()
    dropped: set[int] = set()
    for link in links:
        found = _call_box(link, below, chosen, spine)
        if found is None:
            continue
        box, lines = found
        if box in judged:
            continue  # (a box found again holds two links or more: none is a call box)
        judged.add(box)
        if sum(1 for b in lines if b.links) != 1 or twin_count(box) > 1:
            continue
        text = sum(len(b.text) for b in lines if b.tag not in HEADINGS and b is not link)
        if text > bp.CALL_BOX_MAX_TEXT:
            continue
        if sum(len(b.text) for b in lines) >= bp.CALL_BOX_MAX_SHARE * story_chars:
            continue
        if len(headline & long_words(" ".join(b.text for b in lines))) > 1:
            continue  # the box tells the headline: a part of the story
        dropped.update(id(b) for b in lines)
    if not dropped:
        return kept
    return [b for b in kept if id(b) not in dropped]


#: Longest label of a button (a link alone in a row of links: "Subscribe", "Log in").
BUTTON_MAX_CHARS = 40


def _is_button_row(block: Block) -> bool:
    """A line of links and nothing else, each short (a button's label): "Subscribe Log in"."""
    return (
        bool(block.links)
        and block.tag not in HEADINGS
        and block.link_density >= bp.CALL_LINK_DENSITY
        and all(len(anchor) <= BUTTON_MAX_CHARS for anchor, _ in block.links)
    )


def _button_box(
    row: Block,
    below: dict[HtmlElement, tuple[list[Block], list[Block], int]],
    chosen: set[HtmlElement],
    spine: set[HtmlElement],
) -> tuple[HtmlElement, list[Block]] | None:
    """The box of a row of buttons (*row*): the largest of its ancestors below the story's
    containers whose lines (*below* each element: the lines with it on their chain, those
    of them that are no row of buttons, and how many links they hold) are one line
    without links and rows of buttons, two buttons or more in all (None when there is
    none)."""
    found = None
    for node in row.chain:
        if node in chosen or node in spine:
            break
        lines, said, links = below[node]
        if len(said) > 1 or any(b.links for b in said):
            break
        if said and links >= 2:
            found = node, lines
    return found


def _drop_button_boxes(
    kept: list[Block], under: list[Block], chosen: set[HtmlElement], page: Page
) -> list[Block]:
    """The story's lines without its boxes of a call and buttons: a box inside the
    story's container (not one of a run of boxes built alike, :func:`twin_count`) holding
    one line of at most :data:`~.boilerplate.CALL_BOX_MAX_TEXT` characters without a link
    and rows of buttons (:func:`_is_button_row`, two or more; set aside already or not),
    the line under :data:`~.boilerplate.CALL_BOX_MAX_SHARE` of the story's text and
    telling at most one of the headline's long words: a subscription's or a login's call
    ("Subscribe to listen to this story." over "Subscribe" and "Log in"), in any
    language. A story's sentence
    beside a box of links stands in an element holding more of the story."""
    # *under*: the lines under the story's containers, those set aside already too (a
    # row of buttons built as a list reads as a box of links before this).
    rows = [b for b in under if b.links and _is_button_row(b)]
    if sum(len(b.links) for b in rows) < 2:
        return kept  # (a box holds two buttons or more)
    buttons = {id(b) for b in rows}
    spine = _spine(chosen)
    headline: set[str] | None = None  # (the headline's words read for a box found only)
    # The lines below each element a row's box may be (up to the story's containers),
    # read once for all the rows.
    below: dict[HtmlElement, list[Block]] = {}
    for row in rows:
        for node in row.chain:
            if node in chosen or node in spine:
                break
            below[node] = []
    for block in under:
        for node in block.chain:
            if node in below:
                below[node].append(block)
    # Each element's lines told apart once, not again for every row below it (a list of
    # hundreds of short links under one element: quadratic).
    told = {
        node: (
            lines,
            [b for b in lines if id(b) not in buttons],
            sum(len(b.links) for b in lines),
        )
        for node, lines in below.items()
    }
    dropped: set[int] = set()
    for row in rows:
        if id(row) in dropped:
            continue
        found = _button_box(row, told, chosen, spine)
        if found is None:
            continue
        box, lines = found
        call = next(b for b in lines if id(b) not in buttons)
        if len(call.text) > bp.CALL_BOX_MAX_TEXT or twin_count(box) > 1:
            continue
        if len(call.text) >= bp.CALL_BOX_MAX_SHARE * sum(len(b.text) for b in kept):
            continue
        if headline is None:
            headline = _headline_words(page, chosen)
        if len(headline & long_words(call.text)) > 1:
            continue  # the line tells the headline: the story's
        dropped.update(id(b) for b in lines)
    if not dropped:
        return kept
    return [b for b in kept if id(b) not in dropped]


def _is_box_title(block: Block) -> bool:
    """A short line that names what follows rather than saying something."""
    text = block.text
    if block.tag in HEADINGS:
        return True
    return len(text) <= bp.BOX_TITLE_MAX_CHARS and not block.links and not ends_sentence(text)


def _drop_link_lists(blocks: list[Block]) -> list[Block]:
    """Drop a title followed by a run of short list items that each carry a link: a box
    of other stories inside the story container ("More Stories", "Related Roundup")."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if _is_box_title(block):
            j = i + 1
            while (
                j < len(blocks)
                and blocks[j].tag == "li"
                and blocks[j].links
                and len(blocks[j].text) <= bp.LINK_ITEM_MAX_CHARS
                and blocks[j].link_density >= bp.LINK_ITEM_MIN_DENSITY
            ):
                j += 1
            if j - i - 1 >= bp.TEASER_MIN_ITEMS:
                i = j
                continue
        out.append(block)
        i += 1
    return out


def _is_card_headline(block: Block, url: str) -> bool:
    """A heading that is all one link to another page: a teaser's headline (a link
    inside a paragraph or list item is the story's own; a heading linking a place on its
    own page, "#timetable", or the page itself heads a section of the story). Its
    shortest length is weighed (:func:`~newscrawl.extraction.words.long_enough`): a
    Chinese headline of nine ideographs is a headline as an English one of forty
    letters is."""
    if block.tag not in HEADINGS:
        return False
    shortest, longest = bp.CARD_HEADLINE_CHARS
    text = block.text
    if len(text) > longest or not long_enough(text, shortest) or "\n" in text:
        return False
    if block.link_density < bp.CARD_HEADLINE_DENSITY:
        return False
    here = url.split("#", 1)[0]
    # A block's hrefs are as written ("#timetable", "/news/…"): resolved before comparing.
    return any(absolute_url(url, href).split("#", 1)[0] != here for _, href in block.links)


def _below(element: HtmlElement, top: HtmlElement) -> list[HtmlElement]:
    """*element* and its ancestors below *top*."""
    out = []
    for node in ancestors(element):
        if node is top:
            break
        out.append(node)
    return out


def _box_of(
    block: Block, spine: set[HtmlElement], page: Page, marked: set[HtmlElement]
) -> HtmlElement | None:
    """The largest small element (:data:`~newscrawl.extraction.boilerplate.CARD_MAX_CHARS`)
    holding *block* below the story's container whose subtree holds a *marked* element;
    a paragraph bounds the climb (what is nested in a paragraph is the paragraph's)."""
    found = None
    for node in block.chain[1:]:
        entry = page.stats.get(node)
        if node in spine or entry is None or entry.chars > bp.CARD_MAX_CHARS:
            break
        if tag_name(node) == "p":
            break
        if node in marked:
            found = node
    return found


#: Fewest paragraphs beside a picture for them to be taken for the story's own.
PROSE_BESIDE_MIN_LINES = 2


def _leads(lines: list[Block], blocks: list[Block]) -> bool:
    """Whether *lines* come before every other paragraph of the story (the header's short
    lines aside): the story's lead."""
    first = lines[0]
    for block in blocks:
        if block is first:
            return True
        if long_enough(block.text, PROSE_MIN_CHARS):
            return False
    return False


def _is_prose_beside(lines: list[Block], pictured: set[HtmlElement]) -> bool:
    """Whether the lines of a picture's box are story paragraphs written beside the
    picture (a story that wraps its lead picture and first paragraphs in one element):
    two or more, each a ``<p>`` set directly in an element that holds the picture (a
    sibling of the picture's own element, not in a caption of its own) and ending as a
    sentence ends. A caption and its credit are not: the credit ends in a name, and a
    caption alone is one line."""
    if len(lines) < PROSE_BESIDE_MIN_LINES:
        return False
    for block in lines:
        parent = block.owner.getparent()
        if block.tag != "p" or parent is None or parent not in pictured:
            return False
        if not ends_sentence(block.text):
            return False
    return True


def _drop_boxes(
    blocks: list[Block], chosen: set[HtmlElement], page: Page, url: str
) -> list[Block]:
    """Drop the paragraphs of small boxes inside the story that hold another story's
    teaser or a widget (:func:`_box_of`):

    - a teaser card: a heading that links another page, with its kicker and description
      (and the title of a box of such cards);
    - a widget: a box holding a control a reader operates (a newsletter form, an embed's
      consent switch, a player, a summary box that unfolds);
    - a picture's caption and credit: the lines, none of them long
      (:data:`~newscrawl.extraction.boilerplate.CAPTION_MAX_CHARS`), of a box holding a
      picture or a player, save a heading beside a picture (a subheading; one in a
      player's box is the player's title, :func:`_plays`, and one beside a picture
      linking another page a teaser card's kicker, :func:`_links_away`) and the story's first
      paragraphs written beside its lead picture (two or more ``<p>`` beside the
      picture's element, each ending as a sentence ends).

    A box built like a sibling whose prose the story keeps is one of the story's entries,
    not a widget or a caption (:func:`_entries_alike`: a live blog's short update with its
    share buttons beside a long one, a list article's short item beside its picture).

    When such boxes would hold a good share of the story
    (:data:`~newscrawl.extraction.boilerplate.CARDS_MAX_SHARE`), they are the story's own
    structure (a list article of linked headings) and all stays."""
    story_chars = sum(len(b.text) for b in blocks)
    spine = {node for top in chosen for node in ancestors(top)}
    marked: set[HtmlElement] = set()
    for block in page.blocks:
        if (
            block.tag in HEADINGS  # (most are not: no call)
            # (in the story first: most headings are the page's others, and the test of
            # a card's headline resolves its links)
            and any(node in chosen for node in block.chain)
            and _is_card_headline(block, url)
        ):
            marked.update(block.chain[1:])
    pictured: set[HtmlElement] = set()
    # Elements holding a picture, also through a paragraph holding the picture and no
    # text (``<p><img></p>``: the picture's own box), for :func:`_lone_caption`.
    figured: set[HtmlElement] = set()
    # Inline boxes of a picture and its caption (:func:`_inline_caption_boxes`), by text.
    inline = _inline_caption_boxes(chosen)
    for top in chosen:
        for element in top.iter(*voc.WIDGET_CONTROL_TAGS, *voc.MEDIA_TAGS):
            above = _below(element, top)
            # A control or picture written into a paragraph (a glossary term's button,
            # an icon) is the paragraph's own: it marks no box.
            paragraphs = [node for node in above if tag_name(node) == "p"]
            if not paragraphs:
                (pictured if element.tag in voc.MEDIA_TAGS else marked).update(above)
            if element.tag in voc.MEDIA_TAGS and not any(
                (node.text_content() or "").strip() for node in paragraphs
            ):
                figured.update(above)
    boxes = set()
    held: dict[HtmlElement, list[Block]] = {}
    for block in blocks:
        if (box := _box_of(block, spine, page, marked)) is not None:
            boxes.add(box)
        elif (box := _box_of(block, spine, page, pictured)) is not None:
            held.setdefault(box, []).append(block)
    if boxes or held:
        # A box built like a sibling whose prose the story keeps is one of the story's
        # entries (a live blog's short update beside a long one, each with its share
        # buttons; a list article's short item beside a long one, each with a picture).
        spared = _entries_alike(blocks, boxes, held, marked, pictured)
        boxes -= spared
        held = {box: lines for box, lines in held.items() if box not in spared}
    # A picture's box whose every line is short holds the picture's caption and credit
    # (a heading beside a picture is the story's subheading still, one in a player's box
    # the player's title, one beside a picture linking another page a card's), unless
    # its lines are the story's first paragraphs set beside its lead picture
    # (:func:`_is_prose_beside`, :func:`_leads`). Lines set aside here that the page's
    # stated story holds come back once it is read (:func:`_restore_stated`).
    captions = {
        id(b)
        for box, lines in held.items()
        if all(len(b.text) <= bp.CAPTION_MAX_CHARS for b in lines)
        and not (_is_prose_beside(lines, pictured) and _leads(lines, blocks))
        and not _captioned_apart(box, lines)
        for b in lines
        if b.tag not in HEADINGS or _plays(box) or _links_away(box, url)
    }
    # A caption inside a larger box (a live blog's entry holding a picture): the
    # smallest element around a short line that holds a picture holds that line alone
    # beside it (:func:`_lone_caption`).
    lone = {id(b): box for b in blocks if (box := _lone_caption(b, figured)) is not None}
    if inline:
        for b in blocks:
            box = inline.get(" ".join(b.text.split()))
            if box is not None and id(b) not in lone and _is_inline_caption(b, box):
                lone[id(b)] = box
    captions.update(lone)
    if not boxes and not captions:
        return blocks
    kept = [b for b in blocks if boxes.isdisjoint(b.chain) and id(b) not in captions]
    dropped = story_chars - sum(len(b.text) for b in kept)
    if dropped > bp.CARDS_MAX_SHARE * story_chars:
        # The boxes are the story's own structure; a picture's lone caption in one of
        # them is still no story text.
        kept = [b for b in blocks if id(b) not in lone]
        if not lone or story_chars - sum(len(b.text) for b in kept) > bp.CARDS_MAX_SHARE * (
            story_chars
        ):
            return blocks
        held, captions = {}, set(lone)
    box_of = {id(b): n for n, lines in enumerate(held.values()) for b in lines}
    for n, key in enumerate(lone):
        box_of.setdefault(key, len(held) + n)
    page.captions = [(b, box_of[id(b)]) for b in blocks if id(b) in captions]
    return kept


#: Most levels above a short line the picture beside it may be found at
#: (:func:`_lone_caption`).
_CAPTION_LEVELS = 2


def _lone_caption(block: Block, figured: set[HtmlElement]) -> HtmlElement | None:
    """The box of the picture *block* captions, or None: *block* is short
    (:data:`~newscrawl.extraction.boilerplate.CAPTION_MAX_CHARS`), no heading, and the
    smallest element around it (:data:`_CAPTION_LEVELS` above its own at most) holding a
    picture (*figured*: also through a paragraph holding the picture and no text) holds
    no text but *block*'s, under the picture (:func:`_picture_first`): a figure built of
    plain boxes, the picture and one line under it (the picture's caption and credit,
    whatever its class says). A line of the story beside a picture shares its box with
    the story's other lines and stays; so does a line over a picture, introducing it."""
    if block.tag in HEADINGS or len(block.text) > bp.CAPTION_MAX_CHARS:
        return None
    node: HtmlElement | None = block.owner
    for _ in range(_CAPTION_LEVELS + 1):
        if node is None:
            return None
        if node in figured:
            # (read piece by piece, given up once it holds more than *block*'s letters:
            # most such boxes hold a story's worth of text)
            own = " ".join(block.text.split())
            letters, pieces = len(own) - own.count(" "), []
            for piece in node.itertext():
                letters -= len("".join(piece.split()))
                if letters < 0:
                    return None
                pieces.append(piece)
            if " ".join("".join(pieces).split()) != own:
                return None
            return node if _picture_first(node) and _tells_alt(node, block.text) else None
        node = node.getparent()
    return None


#: Inline elements a picture and its caption are written in, side by side
#: (:func:`_inline_caption_boxes`).
_INLINE_BOXES = frozenset({"span", "a", "picture", "b", "i", "em", "strong", "small"})


def _inline_caption_boxes(chosen: set[HtmlElement]) -> dict[str, HtmlElement]:
    """The inline boxes of the story's containers that hold a picture first and then a
    line of text in an element of its own (none in the picture's tail), by that text with
    its spacing collapsed: a picture's caption written in ``span`` beside it inside a
    paragraph or between paragraphs (``<p><span><img><span>The logo …</span></span></p>``)
    whatever its classes say. The box is the highest inline element (:data:`_INLINE_BOXES`)
    above the picture, up to :data:`_CAPTION_LEVELS` above the picture's parent (as
    :func:`_lone_caption` climbs from a line's own element); each is read once, as far
    as a caption's length (:func:`_short_text`). A picture with text written straight
    after it (an icon in a sentence) has none. A picture's box holding no line (or a
    picture straight in a paragraph) beside the caption's box in a paragraph of their own
    makes that paragraph the box (``<p><span><img></span><span>The logo …</span></p>``),
    unless text is written straight into it: a sentence beside a floated picture."""
    found: dict[str, HtmlElement] = {}
    seen: set[HtmlElement] = set()
    for top in chosen:
        for picture in top.iter("img"):
            if (picture.tail or "").strip():
                continue  # an icon written into a sentence
            box, node = None, picture.getparent()
            for _ in range(_CAPTION_LEVELS + 1):
                if node is None or node is top or node.tag not in _INLINE_BOXES:
                    break
                box, node = node, node.getparent()
            text = None
            if box is not None and box not in seen:
                seen.add(box)
                text = _short_text(box, bp.CAPTION_MAX_CHARS)
            if (box is None or text == "") and node is not None and node is not top:
                # The picture's box holds no line: the paragraph holding it beside the
                # caption's box is the box, when no text is written straight into it.
                box = node if node.tag == "p" and node not in seen and _all_boxed(node) else None
                if box is not None:
                    seen.add(box)
                    text = _short_text(box, bp.CAPTION_MAX_CHARS)
            if text and box is not None and _picture_first(box):
                found.setdefault(text, box)
    return found


def _all_boxed(paragraph: HtmlElement) -> bool:
    """True when *paragraph* holds no text of its own, only elements (a picture's box and
    a caption's): a line written straight into it beside a picture is a sentence of the
    story, the picture floated beside it."""
    if (paragraph.text or "").strip():
        return False
    return not any((child.tail or "").strip() for child in paragraph)


def _short_text(box: HtmlElement, most: int) -> str | None:
    """*box*'s text with its spacing collapsed when it is *most* characters long or
    shorter, else None: read piece by piece and given up once its letters pass *most*
    (boxes nested in boxes are each read as far as a caption's length, not whole)."""
    letters, pieces = 0, []
    for piece in box.itertext():
        letters += len("".join(piece.split()))
        if letters > most:
            return None
        pieces.append(piece)
    text = " ".join("".join(pieces).split())
    return text if len(text) <= most else None


def _is_inline_caption(block: Block, box: HtmlElement) -> bool:
    """True when *block*, all the text of the inline *box* holding a picture first
    (:func:`_inline_caption_boxes`), is its caption: no heading, and it tells the
    picture's ``alt`` again (:func:`_tells_alt`, as a lone caption does)."""
    return block.tag not in HEADINGS and _tells_alt(box, block.text)


def _picture_first(box: HtmlElement) -> bool:
    """True when *box*'s picture comes before any of its text (a caption stands under
    its picture; a line above a picture is the story's, introducing it)."""
    for event, element in etree.iterwalk(box, events=("start", "end")):
        if event == "start":
            if element.tag in voc.MEDIA_TAGS:
                return True
            if (element.text or "").strip():
                return False
        elif element is not box and (element.tail or "").strip():
            return False
    return False


def _tells_alt(box: HtmlElement, line: str) -> bool:
    """True when *line* says what the picture's ``alt`` (or ``title``) text says: half of
    its long words or more, two at least (all of them when it has one): a caption
    telling its picture again, where the story's line under a picture tells its own."""
    for picture in box.iter("img"):
        said = long_words(picture.get("alt") or picture.get("title"))
        if said and len(said & long_words(line)) >= max(min(2, len(said)), len(said) / 2):
            return True
        if _states_credit(picture, line):
            return True
    return False


#: Shortest value of a picture's attribute a line may repeat (:func:`_states_credit`).
_CREDIT_MIN_CHARS = 8
#: How an attribute's value that is an address or a file's path begins or ends.
_ADDRESS_STARTS = ("http", "/", ".", "data:", "{", "[", "#")


def _states_credit(picture: HtmlElement, line: str) -> bool:
    """True when *line* holds, word for word, the value of one of *picture*'s attributes
    other than its text (``alt``, ``title``: :func:`_tells_alt` weighs them), addresses
    and sizes: a CMS's ``data-credit``, ``data-caption``, ``data-mce-source`` ("Kathrin
    Ziegler/Getty"). The value must be a name of two parts or more (a space or a slash
    between them, letters in it, :data:`_CREDIT_MIN_CHARS` long at least): a single word
    ("Stadtwerke", a section's name) may stand in any sentence."""
    collapsed = " ".join(line.split())
    for name, raw in picture.items():
        if "src" in name or name in _PICTURE_TEXT_OR_SIZE:
            continue
        value = " ".join(raw.split())
        if (
            len(value) >= _CREDIT_MIN_CHARS
            and (" " in value or "/" in value)
            and not value.lower().startswith(_ADDRESS_STARTS)
            and "://" not in value
            and not value.lower().endswith(_FILE_ENDINGS)
            and any(c.isalpha() for c in value)
            and value in collapsed
        ):
            return True
    return False


#: A picture's attributes that are its text or its size, not its data
#: (:func:`_states_credit`).
_PICTURE_TEXT_OR_SIZE = frozenset(("alt", "title", "width", "height", "class", "id", "style"))
#: Endings of a link's path that lead to a file, not a page: a picture linked to its
#: full size, a document.
_FILE_ENDINGS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".pdf")


#: A document's extension closing an address ("utility-heating.html").
_EXTENSION_END = re.compile(r"\.[A-Za-z0-9]{2,5}$")


def _links_away(box: HtmlElement, url: str) -> bool:
    """True when a picture of *box* is a link to another page (not the page itself, not
    a file: a picture linked to its full size): a teaser card's picture, whose box's
    heading is the card's kicker or title, where a heading beside a picture of the story
    is its subheading. A page below the page's own address is the picture's own page
    (WordPress's attachment page, "…/story/img_1234/" of "…/story/"), not another."""
    here = url.split("#", 1)[0]
    below = _EXTENSION_END.sub("", here.split("?", 1)[0].rstrip("/")) + "/"
    if below.count("/") < 4:  # (the site's front: every page of the site is below it)
        below = "\0"
    for picture in box.iter("img"):
        for node in picture.iterancestors():
            if node.tag == "a":
                href = absolute_url(url, node.get("href") or "").split("#", 1)[0]
                path = href.split("?", 1)[0].lower()
                if (
                    href
                    and href != here
                    and not path.endswith(_FILE_ENDINGS)
                    and not href.startswith(below)
                ):
                    return True
                break
            if node is box:
                break
    return False


def _plays(box: HtmlElement) -> bool:
    """True when *box* holds a player (``video``, ``audio``): a heading in it titles the
    player, where one beside a picture is the story's subheading."""
    return any(True for _ in box.iter("video", "audio"))


def _children_build(element: HtmlElement) -> tuple[str, tuple[tuple[str, str | None], ...]]:
    """How *element* is built: its tag and its children's tags and classes in order, a
    run of alike children read once (an entry of two paragraphs is built like one of
    one). Its own class is left out: a pinned entry is named apart and built alike."""
    children: list[tuple[str, str | None]] = []
    for child in element:
        if isinstance(child.tag, str):
            part = (child.tag, child.get("class"))
            if not children or children[-1] != part:
                children.append(part)
    return tag_name(element), tuple(children)


def _entries_alike(
    blocks: list[Block],
    boxes: set[HtmlElement],
    held: dict[HtmlElement, list[Block]],
    marked: set[HtmlElement],
    pictured: set[HtmlElement],
) -> set[HtmlElement]:
    """The small boxes about to be dropped, as widgets (*boxes*, holding a control) or as
    captions (*held*, holding a picture), that are entries of a run, one of which was too
    long to be taken for a box: the box says something (a line of
    :data:`~newscrawl.extraction.edges.PROSE_MIN_CHARS` or more ending as a sentence ends)
    and a sibling built alike (:func:`_children_build`, children of two kinds or more: a time or a
    heading, the text, a row of buttons) holds what the box holds (a control, or a
    picture) and a line of the story's prose (as long, not a heading) that stays. A
    picture's box must hold a heading besides (a list article's item; a picture and its
    caption are not an item, however many). A box of cards all alike (a row of videos
    with their buttons, a gallery) has no sibling the story keeps and still goes; so do a
    box unlike its siblings and a wrapper of one element (an embed's box beside another
    embed)."""
    candidates = boxes | held.keys()
    candidate_lines = {id(b) for lines in held.values() for b in lines}
    headed = {box for box, lines in held.items() if any(b.tag in HEADINGS for b in lines)}
    prose_in: set[HtmlElement] = set()
    saying: set[HtmlElement] = set()
    for block in blocks:
        if block.tag in HEADINGS or not long_enough(block.text, PROSE_MIN_CHARS):
            continue
        if id(block) in candidate_lines or not boxes.isdisjoint(block.chain):
            if ends_sentence(block.text):
                saying.update(node for node in block.chain[1:] if node in candidates)
        else:
            prose_in.update(block.chain[1:])
    spared: set[HtmlElement] = set()
    # The builds of the siblings that may vouch for a box, read once for each parent and
    # kind (a forum of thousands of posts asks the same parent for each).
    kept_builds: dict[tuple[HtmlElement, bool], set[tuple[str, object]]] = {}
    for box in saying:
        parent = box.getparent()
        widget = box in boxes
        kind = marked if widget else pictured
        if parent is None or (kind is pictured and box not in headed):
            continue
        build = _children_build(box)
        if len(set(build[1])) < 2:
            continue
        if (parent, widget) not in kept_builds:
            kept_builds[parent, widget] = {
                _children_build(sibling)
                for sibling in parent
                if sibling not in candidates and sibling in prose_in and sibling in kind
            }
        if build in kept_builds[parent, widget]:
            spared.add(box)
    return spared


def _captioned_apart(box: HtmlElement, lines: list[Block]) -> bool:
    """True when *box* holds a picture's own caption (a ``figcaption``) and its *lines*
    (headings aside) are sentences in ``<p>`` outside it: a list article's item (a
    heading, a captioned picture, a paragraph), not a second caption."""
    captions = list(box.iter("figcaption"))
    if not captions:
        return False
    for block in lines:
        if block.tag in HEADINGS:
            continue  # the item's heading, kept in any case
        if block.tag != "p" or not ends_sentence(block.text):
            return False
        if any(tag_name(node) == "figure" for node in block.chain):
            return False
    return True


def _box_titles(kept: list[Block], page: Page) -> set[int]:
    """The ids of the *kept* lines that title a box of links the story left out: a box
    title (:func:`_is_box_title`) in a heading or a block of its own (not a paragraph,
    not a list's, table's or quote's line) whose next line on the page is mostly link
    text, not the story's and not a paragraph: a box's ("Also interesting" over a
    teaser's linked headline, "Topics" over a row of tags). A paragraph leading into a
    link ("Here's the thing:") and a subheading whose first paragraph is a link (left
    out or not) stay."""
    candidates = [
        block
        for block in kept
        if block.tag != "p"
        and block.tag not in STRUCTURE_TAGS
        and _is_box_title(block)
        and not any(tag_name(node) in STRUCTURE_TAGS for node in block.chain[1:])
    ]
    if not candidates:
        return set()
    order = {id(b): i for i, b in enumerate(page.blocks)}
    kept_ids = {id(b) for b in kept}
    titles = set()
    for block in candidates:
        place = order[id(block)] + 1
        if place < len(page.blocks):
            after = page.blocks[place]
            if (
                id(after) not in kept_ids
                and after.link_density > bp.MAX_LINK_DENSITY
                and after.tag != "p"
            ):
                titles.add(id(block))
    return titles


#: Elements of a picture, a player or an embed (the pictures and figures of
#: :data:`~.edges.PICTURE_TAGS`, the players and embeds of :data:`~.blocks.MEDIA_TAGS`,
#: :data:`~.vocabulary.MEDIA_TAGS`): a line announcing one (:func:`_link_run_titles`)
#: introduces it, not a run of links after it.
_MEDIA_ELEMENTS = frozenset((*PICTURE_TAGS, *MEDIA_TAGS, *voc.MEDIA_TAGS))


def _link_run_titles(kept: list[Block], page: Page) -> set[int]:
    """The ids of the *kept* lines (headings aside: :func:`_box_titles` judges them) that
    title a run of links the story left out: a short line of
    :data:`~.boilerplate.BOX_TITLE_MAX_CHARS` at most, without a link, announcing what
    follows it (it ends with a colon, or a full-width one: "Mehr zu Konny Reimann und
    seiner Familie:", "More on this topic:", "相关阅读："), whose next lines on the page,
    up to the story's next kept line, are left out and hold
    :data:`~.boilerplate.TEASER_MIN_ITEMS` lines mostly of link text or more, with at most
    short labels between them (a card's "Read more", "By"), and no picture, player or
    embed between it and them: the title of a box of teasers written as a paragraph of
    the story. A paragraph leading into one link ("Here is the timetable:"), into a list
    the story keeps, into a long line (an embedded post's text) or into pictures ("See
    more photos:", links after them) stays."""
    candidates = [
        block
        for block in kept
        if block.tag not in HEADINGS
        and block.tag not in STRUCTURE_TAGS
        and not block.links
        and len(block.text) <= bp.BOX_TITLE_MAX_CHARS
        and block.text.rstrip().endswith((":", "："))
    ]
    if not candidates:
        return set()
    order = {id(b): i for i, b in enumerate(page.blocks)}
    kept_ids = {id(b) for b in kept}
    blocks = page.blocks
    titles = set()
    media: _MediaPlaces | None = None  # (read once, when a title is found)
    for block in candidates:
        place = order[id(block)] + 1
        links = 0
        # (a walk ends at the next kept line: the walks of all titles read each line once)
        for index in range(place, len(blocks)):
            after = blocks[index]
            if id(after) in kept_ids:
                break
            if after.link_density > bp.MAX_LINK_DENSITY:
                links += 1
                if links >= bp.TEASER_MIN_ITEMS:
                    break
            elif len(after.text) > bp.BOX_TITLE_MAX_CHARS or ends_sentence(after.text):
                break
        if links < bp.TEASER_MIN_ITEMS:
            continue
        if media is None:
            media = _MediaPlaces(block.owner)
        if not media.between(block.owner, blocks[place].owner):
            titles.add(id(block))
    return titles


class _MediaPlaces:
    """The places in the page's order of its elements and of its pictures, players and
    embeds (:data:`_MEDIA_ELEMENTS`), read in one walk: whether one stands between two
    elements is then a search, not a walk."""

    def __init__(self, element: HtmlElement) -> None:
        root = element.getroottree().getroot()
        self.place: dict[HtmlElement, int] = {}
        self.media: list[int] = []
        for index, node in enumerate(root.iter(etree.Element)):
            self.place[node] = index
            if node.tag in _MEDIA_ELEMENTS:
                self.media.append(index)

    def between(self, start: HtmlElement, end: HtmlElement) -> bool:
        """True when a picture, a player or an embed stands after *start*'s element and
        all it holds, and before *end*'s."""
        after = max((self.place[n] for n in start.iter(etree.Element)), default=-1) + 1
        first = bisect_left(self.media, after)
        return first < len(self.media) and self.media[first] < self.place.get(end, after)


def story_blocks(page: Page, story: list[HtmlElement], url: str) -> list[Block]:
    chosen = set(story)
    if not chosen:
        return []
    # Only a paragraph below a chosen container may be in it (most are not: no walk up).
    under = [b for b in page.blocks if not chosen.isdisjoint(b.chain)]
    kept = [b for b in under if within(b, chosen, page)]
    kept = _drop_call_boxes(kept, chosen, page)
    kept = _drop_button_boxes(kept, under, chosen, page)
    kept = [
        b
        for b in _drop_link_lists(kept)
        if not is_chrome_text(b)
        and not is_control_row(b, page, chosen)
        and not is_slot_label(b, page, chosen)
    ]
    kept = _drop_boxes(kept, chosen, page, url)
    kept = _drop_past_links(kept, chosen, page)
    boxed = set(boxed_paragraphs([(b.text, b.owner) for b in kept]))
    kept = [b for i, b in enumerate(kept) if i not in boxed]
    # Titles of link boxes go when story prose stays beside them (on a page of other
    # pages, the lines between its teasers are all there is, and it is judged on them).
    titles = _box_titles(kept, page) | _link_run_titles(kept, page)
    rest = [b for b in kept if id(b) not in titles]
    if any(long_enough(b.text, PROSE_MIN_CHARS) for b in rest):
        kept = rest
    kept = _drop_teaser_tail(kept)
    kept = _drop_signature_tail(kept)
    # A heading closing the story heads whatever box followed it, not story text.
    while kept and kept[-1].tag in HEADINGS:
        kept.pop()
    return kept


def _drop_past_links(kept: list[Block], chosen: set[HtmlElement], page: Page) -> list[Block]:
    """The story's lines without a lone paragraph past a box of links after the story's
    wrapper, in the story's one container (or the element inside it holding all its
    lines): when one child of the container holds :data:`~.boilerplate.WRAPPER_SHARE` of
    the story's text or more (the wrapper of its paragraphs, its first ones written
    beside it or not), a box of links after that wrapper (a child of the container whose
    links hold more than :data:`~newscrawl.extraction.boilerplate.MAX_LINK_DENSITY` of
    its text: related stories, tags, a share button; not a picture's box whose credit or
    caption is a link, :func:`_linked_picture`) ends the story, and one paragraph alone
    after it (the next story's first, a note over the comments) is not the story's; as a
    box of links ends the story among its container's siblings. A story whose text is
    spread over the container's children (no wrapper), and more than one paragraph after
    the box (the story's own part after an inline box of links), stay."""
    if len(chosen) != 1 or len(kept) < 2:
        return kept
    top = next(iter(chosen))
    weight: dict[HtmlElement, int] = {}
    for _ in range(MAX_WRAPPER_LEVELS):
        weight = {}
        for block in kept:
            if (child := child_toward(block, top)) is not None:
                weight[child] = weight.get(child, 0) + len(block.text)
        if len(weight) != 1 or len(next(iter(weight))) == 0:
            break
        top = next(iter(weight))  # (a layout's inner container holding all of it)
    if len(weight) < 2:
        return kept
    wrapper = max(weight, key=lambda c: weight[c])
    if weight[wrapper] < bp.WRAPPER_SHARE * sum(len(b.text) for b in kept):
        return kept
    after = False
    end: HtmlElement | None = None
    for child in top:
        if child is wrapper:
            after = True
            continue
        if not after:
            continue
        stats = page.stats.get(child)
        if (
            stats is not None
            and stats.link_chars
            and stats.link_density > bp.MAX_LINK_DENSITY
            and not _linked_picture(child)
        ):
            end = child
            break
    if end is None:
        return kept
    later = set(end.itersiblings())  # (the children after the box, read once)
    past = [b for b in kept if child_toward(b, top) in later]
    if len(past) != 1:
        return kept
    return [b for b in kept if b is not past[0]]


#: Levels down from the story's container :func:`_drop_past_links` looks for the wrapper
#: of its paragraphs, through elements holding all its lines (a layout's inner containers).
MAX_WRAPPER_LEVELS = 4


def _linked_picture(element: HtmlElement) -> bool:
    """True when *element* is or holds a picture (:data:`~.edges.PICTURE_TAGS`) and one
    link with text at most: a picture's box whose credit or caption is a link ("Foto:
    <a>Agentur</a>"), not a box of links (a list of teasers with thumbnails links two
    stories or more)."""
    if next(element.iter(*PICTURE_TAGS), None) is None:
        return False
    return sum(1 for link in element.iter("a") if link.text_content().strip()) < 2


def _is_cut_teaser(block: Block) -> bool:
    """A piece of a box's own text shaped like a teaser: its first line wholly a link
    (another story's headline), then a line or more of its own (the blurb)."""
    if not block.cut or not block.links:
        return False
    first, _, rest = block.text.partition("\n")
    return bool(rest.strip()) and any(anchor == first.strip() for anchor, _ in block.links)


def _drop_teaser_tail(kept: list[Block]) -> list[Block]:
    """The story's lines without a run of teasers closing them in the story's own box
    (old markup: "more articles" after the story's blank-line paragraphs, each a linked
    headline over a blurb), at least ``MIN_TEASER_TAIL`` of them, with the short title
    over them."""
    end = len(kept)
    while end and _is_cut_teaser(kept[end - 1]):
        end -= 1
    if len(kept) - end < MIN_TEASER_TAIL or end == 0:
        return kept
    if end > 1 and kept[end - 1].cut and _is_box_title(kept[end - 1]):
        end -= 1
    return kept[:end]


#: Teasers closing a box's text that make a run of other stories, not the story's own.
MIN_TEASER_TAIL = 2


def _is_signature(block: Block) -> bool:
    """A piece of a box's own text that signs the story rather than saying something:
    short, its first line ending as no sentence does and holding a year (the date old sites
    sign a story with: "Redaktion / 12.03.2024"; a numbered part's title, "Teil 2", has
    none)."""
    first = block.text.partition("\n")[0].rstrip()
    return (
        block.cut
        and len(block.text) <= bp.BOX_TITLE_MAX_CHARS
        and not ends_sentence(first)
        and YEAR_IN_TEXT.search(first) is not None
    )


def _is_cut_prose(block: Block) -> bool:
    """A piece of a box's own text that is a paragraph of prose: long, ending as a
    sentence ends."""
    text = block.text.rstrip()
    return block.cut and long_enough(text, PROSE_MIN_CHARS) and ends_sentence(text)


def _drop_signature_tail(kept: list[Block]) -> list[Block]:
    """The story's lines without what old sites put under a story's signature in the
    same box (a "back to top" link, the visitor counter, the page's last-changed note):
    after prose pieces of a box's own text, a signature piece, then at most
    ``MAX_SIGNATURE_TAIL`` pieces of that box; the signature stays, the pieces after it go.
    A story whose last paragraph is short or holds a number ends as a sentence does, and
    keeps it; a part's title over the story's last paragraphs holds no year."""
    for at in range(len(kept) - 2, max(0, len(kept) - MAX_SIGNATURE_TAIL - 1) - 1, -1):
        signature = kept[at]
        if not _is_signature(signature):
            continue
        before = kept[at - 1] if at else None
        if before is None or not _is_cut_prose(before) or before.owner is not signature.owner:
            return kept
        tail = kept[at + 1 :]
        if all(b.cut and b.owner is signature.owner for b in tail):
            return kept[: at + 1]
        return kept
    return kept


#: Pieces of the story's box after its signature that are the page's tail, not the story's.
MAX_SIGNATURE_TAIL = 2


def as_paragraphs(blocks: list[Block], url: str) -> list[Paragraph]:
    return [paragraph(b, url) for b in blocks]


def paragraph(block: Block, url: str) -> Paragraph:
    return Paragraph(block.text, tuple((a, absolute_url(url, href)) for a, href in block.links))
