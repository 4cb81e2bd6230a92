"""Teasers: boxes of repeated "link + headline" items anywhere on the page.

:func:`find_teasers` finds the boxes, reads each item's link, headline, dates and
description, and names the box by its title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction import vocabulary as voc
from newscrawl.extraction.blocks import HEADINGS, Stats, tag_name
from newscrawl.extraction.dates import LabelledDate, split_labels
from newscrawl.extraction.html import (
    BR,
    absolute_url,
    all_bold,
    all_text,
    collapse,
    inline_text,
    is_bare_reading,
)
from newscrawl.extraction.html import SKIP_TAGS as NO_TEXT_TAGS
from newscrawl.extraction.page import TeaserData
from newscrawl.extraction.stamp_names import YEAR_IN_TEXT, publication_day
from newscrawl.extraction.teaser_links import (
    has_headline_words,
    is_label_list,
    is_own_stories,
    story_links,
)
from newscrawl.extraction.teaser_text import card_title_place, teaser_headline
from newscrawl.extraction.walk_marks import HIDDEN_STYLE, WORDS


def _item_link(item: HtmlElement, texts: dict[HtmlElement, str]) -> HtmlElement | None:
    """The longest-texted of the first links of *item* (*texts*: the page's anchors'
    texts, whitespace collapsed, as met, for nested boxes that weigh the same links
    again)."""
    best: HtmlElement | None = None
    best_len = 0
    hrefs: list[tuple[HtmlElement, str | None]] = []  # the anchors read, for the twin
    for anchor in islice(item.iter("a"), 9):
        href = anchor.get("href")
        hrefs.append((anchor, href))
        if not href:
            continue
        text = texts.get(anchor)
        if text is None:
            # Every text node below it, scripts' as well (text_content() without its XPath
            # call); most items are read once, by one box.
            raw = all_text(anchor) if len(anchor) else anchor.text or ""
            text = texts[anchor] = collapse(raw)
        length = len(text)
        if length > best_len:
            best, best_len = anchor, length
    if best is None or len(hrefs) == 1:
        return best
    if _holds_picture(best):
        best = _past_picture(hrefs, best, texts)
    if best is hrefs[0][0]:
        return best  # no link before the best to be its twin
    return _first_twin(hrefs, best, texts)


def _holds_picture(anchor: HtmlElement) -> bool:
    """*anchor* wraps a picture (``<img>``, ``<picture>``): a teaser's image link."""
    return next(anchor.iter("img", "picture"), None) is not None


def _past_picture(
    anchors: list[tuple[HtmlElement, str | None]],
    best: HtmlElement,
    texts: dict[HtmlElement, str],
) -> HtmlElement:
    """The headline link of a teaser whose longest-texted link, *best*, is its picture's.
    A teaser links its story twice, the picture and the headline; the picture's link
    may hold text of its own (a caption, a photo credit, a screen-reader line "Read the
    story: …") that outruns the headline. Another of the item's *anchors* to the same
    target, holding no picture and headline words, is the headline; without one, *best*
    stays (a card that is one link, its picture inside)."""
    href = best.get("href")
    for anchor, target in anchors:
        if (
            anchor is not best
            and target == href
            and has_headline_words(_link_text(anchor, texts), bp.TEASER_MIN_WORDS)
            and not _holds_picture(anchor)
        ):
            return anchor
    return best


def _link_text(link: HtmlElement, texts: dict[HtmlElement, str]) -> str:
    """:func:`inline_text` of *link*: for a link without child nodes (most), the text
    :func:`_item_link` collapsed, unless it holds the private mark that stands for
    ``<br>``."""
    if not len(link) and (text := texts.get(link)) is not None and BR not in text:
        return text
    return inline_text(link)


#: Fewest words of an earlier link to the same story for it to be taken as the headline
#: rather than a label: section, column and topic names linking the story run to four
#: words ("エンタメ・文化", "La stanza di Feltri"), headlines run longer.
TWIN_MIN_WORDS = 5


def _first_twin(
    anchors: list[tuple[HtmlElement, str | None]],
    best: HtmlElement,
    texts: dict[HtmlElement, str],
) -> HtmlElement:
    """The first of an item's *anchors* (with their ``href``, in order, *best* among them)
    to the same target as *best* whose text reads as a headline. A teaser often links its
    story twice, the headline and then the longer description under it (and an image
    before both); the longest link is then the description. A short label linking the
    story before its headline is not one, nor is the picture's link (its text is a
    caption or a screen-reader line)."""
    href = best.get("href")
    for anchor, target in anchors:
        if anchor is best:
            break
        if (
            target == href
            and has_headline_words(_link_text(anchor, texts), TWIN_MIN_WORDS)
            and not _holds_picture(anchor)
        ):
            return anchor
    return best


#: The events of the walk :func:`short_text` reads an element's text with.
_TEXT_EVENTS = ("start", "end", "comment", "pi")


def short_text(element: HtmlElement, limit: int) -> str | None:
    """Text of a small element, None when it runs over *limit* characters."""
    if not len(element):  # no child nodes (most links and spans): its own text, no walk
        raw = element.text or ""
        if len(raw) > limit * 4:
            return None
        text = collapse(raw.replace(BR, " "))
        return text if len(text) <= limit else None
    # The pieces of :func:`~newscrawl.extraction.html.iter_text`: up to 201 pieces and
    # four times *limit* characters.
    cap = limit * 4
    own = element.text
    parts = [own] if own else []
    total = len(own) if own else 0
    if total > cap:
        return None
    if isinstance(element.tag, str):
        # Most elements asked (a teaser, a line of one) nest a few levels: read by
        # recursion, which costs less than setting up the walk below (read in a loop: a
        # generator's resumption for each piece cost a tenth of the call).
        total = _nested_pieces(element, parts, total, cap, 0)
        if total == _OVER:
            return None
        if total == _DEEPER:  # deeper than the recursion reads: the walk reads it all
            parts = [own] if own else []
            total = len(own) if own else 0
            total = _walked_pieces(element, parts, total, cap)
            if total == _OVER:
                return None
    text = collapse("".join(parts).replace(BR, " "))
    return text if len(text) <= limit else None


def _walked_pieces(element: HtmlElement, parts: list[str], total: int, cap: int) -> int:
    """:func:`_nested_pieces` by a walk of libxml2's (lxml's iterwalk), as deep as the
    element nests."""
    events = etree.iterwalk(element, events=_TEXT_EVENTS)
    for event, node in events:
        if node is element:
            continue
        if event == "start":
            tag = node.tag
            if tag != "br" and tag not in NO_TEXT_TAGS and not is_bare_reading(node, tag):
                piece = node.text
                if not piece:
                    continue
            else:
                events.skip_subtree()  # shows no text; its close brings its tail
                if tag != "br":
                    continue
                piece = BR
        else:
            piece = node.tail
            if not piece:
                continue
        if len(parts) >= _MAX_PIECES:
            return _OVER
        parts.append(piece)
        total += len(piece)
        if total > cap:
            return _OVER
    return total


#: What :func:`_nested_pieces` gives for more pieces than :data:`_MAX_PIECES` or more
#: characters than the cap, and for an element nested deeper than it reads.
_OVER, _DEEPER = -1, -2
#: How deep below the element :func:`_nested_pieces` reads.
_NESTED_MAX_DEPTH = 24
#: Most pieces :func:`short_text` reads (its own text, then texts and tails below).
_MAX_PIECES = 201


def _nested_pieces(
    element: HtmlElement, parts: list[str], total: int, cap: int, depth: int
) -> int:
    """The pieces below *element* as :func:`~newscrawl.extraction.html.iter_text` reads
    them (texts of the elements that show text, a ``<br>`` as :data:`BR`, tails of every
    node), appended to *parts* (which hold *total* characters), by recursion: the
    characters then gathered, :data:`_OVER` past :data:`_MAX_PIECES` pieces or *cap*
    characters, :data:`_DEEPER` below :data:`_NESTED_MAX_DEPTH` levels."""
    for node in element:
        tag = node.tag
        if isinstance(tag, str):
            if tag != "br" and tag not in NO_TEXT_TAGS and not is_bare_reading(node, tag):
                if piece := node.text:
                    if len(parts) >= _MAX_PIECES:
                        return _OVER
                    parts.append(piece)
                    total += len(piece)
                    if total > cap:
                        return _OVER
                if len(node):
                    if depth >= _NESTED_MAX_DEPTH:
                        return _DEEPER
                    total = _nested_pieces(node, parts, total, cap, depth + 1)
                    if total < 0:
                        return total
            elif tag == "br":
                if len(parts) >= _MAX_PIECES:
                    return _OVER
                parts.append(BR)
                total += 1
                if total > cap:
                    return _OVER
        if piece := node.tail:
            if len(parts) >= _MAX_PIECES:
                return _OVER
            parts.append(piece)
            total += len(piece)
            if total > cap:
                return _OVER
    return total


#: Tags of a line that is a box's heading when all its text is bold (see _bold_line).
_LINE_TAGS = frozenset({"p", "div", "span"})


def _bold_line(node: HtmlElement, tag: str) -> bool:
    """*node* is a line whose whole text is one bold element and no link
    (``<p><strong>Most read</strong></p>``): a box's heading written without a heading
    tag. A paragraph opening with a bold lead-in ("<strong>Note:</strong> the …") has
    text of its own beside it, and a bold link is a teaser, not a heading."""
    return tag in _LINE_TAGS and all_bold(node) and next(node.iter("a"), None) is None


#: Most characters of a box's head line: a line without a link before the box's items
#: ("Weitere Informationen", "Videos"), which names the box and is not one of its items.
HEAD_MAX_CHARS = 80


def _box_title(box: HtmlElement, items: set[HtmlElement]) -> str | None:
    """The heading naming *box*: inside it before its items, or just before it (a
    heading, an element classed as one, a bold line; never a comment)."""

    def title_of(node: HtmlElement) -> str | None:
        tag = tag_name(node)
        words = {w.lower() for w in WORDS.findall(node.get("class") or "")}
        if tag in HEADINGS or not words.isdisjoint(voc.TITLE_WORDS) or _bold_line(node, tag):
            return short_text(node, 80) or None
        for count, heading in enumerate(node.iter("h2", "h3", "h4", "h5", "h6")):
            if count > 0:
                break
            return short_text(heading, 80) or None
        return None

    for child in box:
        if child in items:
            break
        if isinstance(child.tag, str) and (title := title_of(child) or _head_line(child)):
            return title
    node: HtmlElement | None = box
    for _ in range(3):
        if node is None:
            break
        previous = node.getprevious()
        hops = 0
        while previous is not None and hops < 3:
            if isinstance(previous.tag, str):
                if title := title_of(previous):
                    return title
                break
            previous = previous.getprevious()
            hops += 1
        label = node.get("aria-label")
        if label and len(label) <= 80:
            return " ".join(label.split())
        node = node.getparent()
    return _plain_head(box, items)


def _head_line(child: HtmlElement) -> str | None:
    """The text of a child of a box before its items, holding no link and a short text,
    whose class names a head or title inside a compound word (``boxhead``,
    ``moduletitle``: the whole-word test of ``title_of`` does not split them)."""
    names = (child.get("class") or "").lower()
    if not _HEAD_IN_NAME.search(names) or next(child.iter("a"), None) is not None:
        return None
    return short_text(child, HEAD_MAX_CHARS) or None


_HEAD_IN_NAME = re.compile(r"head|title")
#: Fewest and most words of a box's head line named by its place alone (see
#: _plain_head): one word alone over cards is as often their kind's label ("Anzeige",
#: "Sponsored", "Partner") as their box's name.
PLAIN_HEAD_WORDS = (2, 8)
#: The end of a sentence: a line ending so is no box's name.
_SENTENCE_END = re.compile(r"[.!?…]\W*$")


def _plain_head(box: HtmlElement, items: set[HtmlElement]) -> str | None:
    """The name of a box that neither tag, class word nor label names, read from the
    box's shape: its one line before items built alike (same tag, same class: one
    repeated card), as the box's first child, or as the element just before the box (or
    before wrappers that hold the box alone, two at most) and first in their parent
    (``<div><div>Weitere Informationen</div><div class=c>…</div><div class=c>…</div>
    </div>``, whatever the classes are called). The line holds no link, a few words (two
    to eight: :data:`PLAIN_HEAD_WORDS`), no sentence's end and no date: a sentence, a date
    line or a one-word label ("Anzeige") before the cards names nothing. Every other
    child of the box is one of its items (no line without a link after them: a run of
    lines has no head), and items of different builds have none."""
    shapes = {(tag_name(item), item.get("class") or "") for item in items}
    if len(shapes) != 1:
        return None
    children = [c for c in box if isinstance(c.tag, str) and c.tag not in voc.SKIP_TAGS]
    head: HtmlElement | None = None
    if len(children) == len(items) + 1 and children[0] not in items:
        head = children.pop(0)  # the box's first child
    else:
        node = box  # the box, or the wrappers that hold it alone
        for _ in range(3):
            parent = node.getparent()
            if parent is None:
                break
            around = [c for c in parent if isinstance(c.tag, str) and c.tag not in voc.SKIP_TAGS]
            if len(around) == 1:
                node = parent
                continue
            if len(around) == 2 and around[1] is node:
                head = around[0]  # the element just before the box, first in their parent
            break
    if head is None or any(c not in items for c in children):
        return None
    if (tag_name(head), head.get("class") or "") in shapes or next(
        head.iter("a"), None
    ) is not None:
        return None
    text = short_text(head, HEAD_MAX_CHARS)
    if (
        not text
        or not PLAIN_HEAD_WORDS[0] <= len(text.split()) <= PLAIN_HEAD_WORDS[1]
        or _SENTENCE_END.search(text)
        or publication_day(text) is not None
    ):
        return None
    return text


def _is_spacer(child: HtmlElement, entry: Stats | None, walked: bool) -> bool:
    """A child of a teaser list with no text and no link: a divider or an empty ad slot
    between the teasers, neither an item nor a miss. *entry* is the child's tally when
    the box was *walked* (no tally: the walk found no text in it)."""
    if entry is not None:
        return False
    if next(child.iter("a"), None) is not None:
        return False
    return walked or not "".join(child.itertext()).strip()


@dataclass(slots=True)
class _Item:
    """One teaser of a box: its element, its headline link and its short text."""

    element: HtmlElement
    link: HtmlElement
    text: str


def _teaser_items(
    box: HtmlElement,
    stats: dict[HtmlElement, Stats] | None = None,
    texts: dict[HtmlElement, str] | None = None,
) -> list[_Item] | None:
    if stats is not None:
        # Too few children with a teaser's tally: no reading of the box makes a list (the
        # test below, without first telling spacers from items). The tally first: most
        # children have none, and their tag is then not read.
        # A child may be a teaser when its tally holds a headline link's text and no more
        # text than a teaser has.
        maybe = 0
        skip, min_link_chars, max_chars = (
            voc.SKIP_TAGS,
            bp.TEASER_MIN_WORDS * 2,
            bp.TEASER_MAX_CHARS,
        )
        for c in box:
            entry = stats.get(c)
            if (
                entry is not None
                and entry.link_chars >= min_link_chars
                and entry.chars <= max_chars
                and c.tag not in skip
            ):
                maybe += 1
                if maybe >= bp.TEASER_PAIR_ITEMS:
                    break
        else:
            return None
    texts = {} if texts is None else texts
    children: list[HtmlElement] = []
    # With the walk's tallies, which children may be items (the others are misses).
    tallied: list[bool] | None = None
    # The box's head lines (see _unheaded): short children without a link before its
    # items, with their places among the children; and whether a line without a link
    # follows among the items (then the box is a run of lines, the heads lines of it).
    heads: list[tuple[int, HtmlElement]] = []
    lines_after = False
    if stats is None:
        for c in box:
            if not isinstance(c.tag, str) or c.tag in voc.SKIP_TAGS:
                continue
            if _is_spacer(c, None, walked=False):
                continue
            if next(c.iter("a"), None) is None:
                if not children and short_text(c, HEAD_MAX_CHARS) is not None:
                    heads.append((0, c))
                    continue
                lines_after = True
            children.append(c)
    else:
        tallied = []
        met = False  # a child with a teaser's tally met (the box's head line precedes them)
        for c in box:  # the children less spacers, each tally read once
            if not isinstance(c.tag, str) or c.tag in skip:
                continue
            entry = stats.get(c)
            if entry is None:
                if next(c.iter("a"), None) is None:
                    continue  # a spacer (_is_spacer of a walked box, written out)
                tallied.append(False)
            else:
                fits = entry.link_chars >= min_link_chars and entry.chars <= max_chars
                if not fits and not entry.link_chars and next(c.iter("a"), None) is None:
                    if not met and entry.chars <= HEAD_MAX_CHARS:
                        heads.append((len(children), c))
                        continue  # a head line before the items: neither item nor miss
                    lines_after = lines_after or met
                met = met or fits
                tallied.append(fits)
            children.append(c)
    if heads and lines_after:
        for index, head in reversed(heads):  # lines of a run of lines: misses again
            children.insert(index, head)
            if tallied is not None:
                tallied.insert(index, False)
    if len(children) < bp.TEASER_PAIR_ITEMS or len(children) > 200:
        return None
    if tallied is not None and not _enough_items(sum(tallied), len(children)):
        return None  # too few children with a tally of a teaser for any reading to help
    # A box is a list when few enough of its children miss, whatever the order they are
    # read in: the headline links first, then (only while the box may still be a list)
    # the costlier texts of the children that have one.
    misses_allowed = int(0.4 * len(children))
    misses = 0
    linked: list[tuple[HtmlElement, HtmlElement]] = []
    for index, child in enumerate(children):
        if misses > misses_allowed:
            return None
        if tallied is not None and not tallied[index]:
            # The walk's tallies rule out items without a headline link or too long.
            misses += 1
            continue
        link = _item_link(child, texts) if child.tag.lower() != "a" else child
        if link is None or not has_headline_words(_link_text(link, texts), bp.TEASER_MIN_WORDS):
            misses += 1
            continue
        linked.append((child, link))
    if not _enough_items(len(linked), len(children)):
        return None  # too few headline links for a list, whatever the items' texts
    items = []
    for child, link in linked:
        if misses > misses_allowed:
            return None
        text = short_text(child, bp.TEASER_MAX_CHARS)
        if text is None:
            misses += 1
            continue
        items.append(_Item(child, link, text))
    return items if _enough_items(len(items), len(children)) else None


def _enough_items(items: int, children: int) -> bool:
    """True when *items* teasers among a box's *children* make a list of stories."""
    if items < bp.TEASER_PAIR_ITEMS or items < 0.6 * children:
        return False
    return items >= bp.TEASER_MIN_ITEMS or items == children  # a pair only alone in its box


def _teaser_dates(item: _Item, headline: str) -> list[LabelledDate]:
    """The teaser's stamp: a ``<time>``, else a date written in its text beside the
    headline ("2025-06-02 16:42", "Veröffentlicht am 22.05.2026", "2 hours ago"), else,
    when that text holds a year, the teaser's date line (see :func:`_date_line`)."""
    for stamp in item.element.iter("time"):
        raw = stamp.get("datetime") or " ".join(stamp.text_content().split())
        if raw:
            return [LabelledDate("datePublished", raw)]
    rest = item.text.replace(headline, " ", 1)
    found = split_labels(rest)[:1]
    if found or YEAR_IN_TEXT.search(rest) is None:
        return found
    return _date_line(item.element, headline)


#: Most characters a teaser's date line holds besides its date (a label, "· 3 min").
DATE_LINE_MAX_EXTRA = 25


def _date_line(element: HtmlElement, headline: str) -> list[LabelledDate]:
    """The date of a teaser's date line: an element of the teaser whose text is a
    publication date with at most a label or a reading time beside it ("March 11, 2024",
    "Veröffentlicht am 11. März 2024", "11 mars 2024 à 09h15"). The teaser's text glues
    its elements' texts ("…from MayMarch 11, 2024The transit…"), so a date between the
    headline and the description is found only in its own element; a date with a local
    month name is read there too. A date line is a small element (three child elements at
    most). A date in a sentence of the description, or in the headline, is not a date
    line."""
    for count, node in enumerate(element.iterdescendants()):
        if count > 40:
            break
        if not isinstance(node.tag, str) or node.tag in NO_TEXT_TAGS:
            continue
        if len(node) > 3:
            continue  # a date line is a small element (a label, a date, an icon)
        text = short_text(node, 80)
        if not text or text == headline or YEAR_IN_TEXT.search(text) is None:
            continue
        raw = publication_day(text)
        if raw is not None and len(text) - len(raw) <= DATE_LINE_MAX_EXTRA:
            return [LabelledDate("datePublished", raw)]
    return []


def _teaser_description(item: _Item, headline: str) -> str | None:
    for count, node in enumerate(item.element.iter("p", "div", "span")):
        if count > 20:
            break
        if len(node) and any(
            isinstance(tag := c.tag, str) and tag.lower() in ("p", "div") for c in node
        ):
            continue  # a wrapper of paragraphs (its text not read: that is the costly test)
        # The item's own text is known (read with the same limit when it was found).
        text = item.text if node is item.element else short_text(node, bp.TEASER_MAX_CHARS)
        if text and len(text) > len(headline) // 2 and headline not in text:
            return text
    return None


def _in_hidden_panel(box: HtmlElement, stats: dict[HtmlElement, Stats]) -> bool:
    """*box* lies in an element hidden until the reader asks for it (``hidden`` or a
    ``display: none`` style: the other tabs of a "most read / recommended" box, the
    slides of a carousel), inside the walked page. The walk does not enter hidden
    elements, so their lists of stories have no tallies."""
    node: HtmlElement | None = box
    for _ in range(12):
        if node is None or node in stats:
            return False
        tag = tag_name(node)
        if tag in voc.SKIP_TAGS:
            return False
        if node.get("hidden") is not None or (
            (style := node.get("style")) and HIDDEN_STYLE.search(style)
        ):
            parent = node.getparent()
            return parent is not None and parent in stats
        node = node.getparent()
    return False


def _in_prose(
    box: HtmlElement, items: list[_Item], kept: set[HtmlElement], last: HtmlElement
) -> bool:
    """*box* is a run of the story's own paragraphs that link other stories in their
    sentences ("In January the treasurer <a>presented the first draft</a>, which …"): most
    of its items are paragraphs of the story's body (*kept*), and the story goes on after
    it (its *last* paragraph lies outside the box). A list of teasers closing the story
    ("More great stories": links in sentences, read as paragraphs) is not passed over,
    nor is a box of teasers inside the story whose items are no paragraphs of it."""
    if 2 * sum(item.element in kept for item in items) <= len(items):
        return False
    return last is not box and box not in last.iterancestors()


#: Fewest words the glued cards' links hold on average (see _glued_links): a strip of
#: topic links ("Noida Protest", "Delimitation Bill") is glued too, its labels shorter
#: than headlines.
GLUED_MEAN_WORDS = 5


def _glued_links(box: HtmlElement, stats: dict[HtmlElement, Stats]) -> bool:
    """*box* holds cards that are one link each (``<a><img><span>headline</span></a>``)
    as its own children, with no text between them: links are inline, so the walk reads
    them as one line of the box and tallies none of them (unless a class word made each
    a block of its own). Two such links at least, and no text of the box's own beside
    them (links in a sentence are no cards), each to a story of its own (one card's
    headline, description and picture links lead to the same story: a card, not a box),
    none with an ARIA role (``menuitem``: a menu's links), holding headlines (five words
    on average: :data:`GLUED_MEAN_WORDS`)."""
    # (most boxes hold no two such links as their children: counted first, in C)
    if sum(child not in stats for child in box.iterchildren("a")) < bp.TEASER_PAIR_ITEMS:
        return False
    if (box.text or "").strip():
        return False
    hrefs: set[str | None] = set()
    glued = words = 0
    for child in box:
        if (child.tail or "").strip():
            return False
        if child.tag == "a" and child not in stats:
            href = child.get("href")
            if href in hrefs or child.get("role") is not None:
                return False  # (a link with a role: a menu's item, a tab)
            hrefs.add(href)
            glued += 1
            words += len(child.text_content().split())
    return glued >= bp.TEASER_PAIR_ITEMS and words >= GLUED_MEAN_WORDS * glued


#: The tags of the elements read as boxes of teasers.
_BOX_TAGS = ("ul", "ol", "div", "section", "aside", "nav")
_BOX_TAG_SET = frozenset(_BOX_TAGS)


def find_teasers(
    root: HtmlElement,
    url: str,
    story: list[HtmlElement],
    stats: dict[HtmlElement, Stats] | None = None,
    nodes: Sequence[HtmlElement] | None = None,
    *,
    paragraphs: Sequence[HtmlElement] = (),
) -> list[TeaserData]:
    """Boxes of repeated link + headline items: lists of other stories. With the walk's
    *stats*, boxes whose text holds too few link characters for a list are passed over
    unread. *nodes*: ``list(root.iter())`` when the caller holds it (the boxes are
    picked from it: a pass over a list costs a fraction of a walk over the tree).
    *paragraphs*: the elements of the story's body paragraphs, in order (see
    :func:`_in_prose`)."""
    teasers: list[TeaserData] = []
    boxes = 0
    seen: set[str] = set()
    story_set = set(story)
    min_link_chars = bp.TEASER_PAIR_ITEMS * bp.TEASER_MIN_WORDS * 2
    texts: dict[HtmlElement, str] = {}  # the anchors' (see _item_link)
    kept: set[HtmlElement] | None = None  # the paragraphs', made when a box is read
    # (at most MAX_ELEMENTS + 1 boxes read, and no more after TEASER_MAX_BOXES found)
    boxes_read: Iterable[HtmlElement] = (
        root.iter(*_BOX_TAGS)
        if nodes is None
        else [node for node in nodes if node.tag in _BOX_TAG_SET]
    )
    for box in islice(boxes_read, bp.MAX_ELEMENTS + 1):
        if box in story_set or len(box) < bp.TEASER_PAIR_ITEMS:
            continue  # (too few child nodes for a list: no reading of it makes one)
        box_stats = stats
        if stats is not None:
            entry = stats.get(box)
            if entry is None and _in_hidden_panel(box, stats):
                box_stats = None  # a tab or slide shown on demand: read it unwalked
            elif entry is None or entry.link_chars < min_link_chars:
                continue
            elif _glued_links(box, stats):
                box_stats = None  # cards the walk read as one line: read them unwalked
        items = _teaser_items(box, box_stats, texts)
        if items is None:
            continue
        if paragraphs:
            if kept is None:
                kept = set(paragraphs)
            if _in_prose(box, items, kept, paragraphs[-1]):
                continue
        hrefs = [absolute_url(url, item.link.get("href") or "") for item in items]
        keep = story_links(hrefs, url, [item.link.get("rel") for item in items])
        if keep is None:  # links to sections, tags, apps …: navigation, not stories
            continue
        if is_label_list(hrefs, (_link_text(item.link, texts) for item in items)):
            continue  # topics, tags, authors named by slugs of their labels
        block = _box_title(box, {item.element for item in items})
        if len(items) < bp.TEASER_MIN_ITEMS and (block is None or not is_own_stories(hrefs, url)):
            continue  # an untitled pair, or one not of the site's stories: too weak
        boxes += 1
        position = 0
        read: dict[HtmlElement, list[str]] = {}  # (each card's lines, read once)
        kickers = card_title_place([item.link for item in items], read)
        for rank, (item, href, shaped) in enumerate(zip(items, hrefs, keep, strict=True)):
            if href in seen or not shaped:
                continue
            headline = teaser_headline(item.link, rank + 1, kickers, read.get(item.link))
            seen.add(href)
            position += 1
            teasers.append(
                TeaserData(
                    block=block,
                    position=position,
                    headline=headline,
                    url=href,
                    description=_teaser_description(item, headline),
                    dates=_teaser_dates(item, headline),
                )
            )
        if boxes >= bp.TEASER_MAX_BOXES:
            break
    return teasers
