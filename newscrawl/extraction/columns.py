"""The story's column against the boxes beside it.

Two corrections of the block model's choice, both read from how much prose each
container holds: a box that wins only by its name gives way to a column of prose beside
it (:func:`outweighed_name`), and a container that wins only by a box of short lines
beside the story's own column gives way to that column (:func:`own_column`); and such
a box, beside the column, does not join it as a sibling (:func:`holds_sentence`).
"""

from __future__ import annotations

from dataclasses import replace

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.anchored import headline_at, is_prose
from newscrawl.extraction.blocks import HEADINGS, Page, Stats, ancestors, child_toward
from newscrawl.extraction.tally import final
from newscrawl.extraction.walk_marks import attrs, class_verdict
from newscrawl.extraction.words import ends_sentence, long_enough


def _prose_count(element: HtmlElement, page: Page) -> int:
    """Prose paragraphs (:func:`~.anchored.is_prose`) below *element*."""
    return sum(1 for b in page.blocks if element in b.chain and is_prose(b))


def _unnamed(stats: Stats, bonus: float) -> float:
    """The container's final score (:func:`~.tally.final`) without *bonus* (its name's
    share of it)."""
    return final(replace(stats, score=stats.score - bonus))


def _lone_blurb(box: HtmlElement, candidates: list[tuple[HtmlElement, Stats]], page: Page) -> bool:
    """True when *box* holds a blurb (:data:`~.boilerplate.NAME_BLURB_PROSE` prose
    paragraphs at most) and no other scored container bears its name: a story cut into
    named cards (each a paragraph or two) is a run of twins, not a box."""
    name = (box.tag, attrs(box))
    if any(el is not box and (el.tag, attrs(el)) == name for el, _ in candidates):
        return False
    return _prose_count(box, page) <= bp.NAME_BLURB_PROSE


def outweighed_name(
    candidates: list[tuple[HtmlElement, Stats]], page: Page
) -> tuple[HtmlElement, Stats]:
    """The best container, the name of a box counted as a tie-breaker, not an override.

    A box named like a story's body ("card-body") that holds a short blurb (a
    newsletter's, a teaser's; :func:`_lone_blurb`) can outscore the column of the story
    beside it by its name alone. The column takes its place when it scores more than the
    box without the box's name, holds :data:`~.boilerplate.NAME_OUTWEIGHED_TEXT` times
    its unlinked text or more and :data:`~.boilerplate.NAME_OUTWEIGHED_PROSE` prose
    paragraphs. A container of the box's line (above or below it) is no rival: the climb
    weighs those. Nor is a run of teasers (:func:`_teaser_run`) when the box stands under
    the page's headline (:func:`_under_headline`): a story of one paragraph is no blurb.
    *candidates*: the scored containers, best first."""
    top, top_stats = candidates[0]
    bonus = bp.CLASS_WEIGHT * class_verdict(top)
    if bonus <= 0 or not _lone_blurb(top, candidates, page):
        return top, top_stats
    plain = _unnamed(top_stats, bonus)
    text = top_stats.chars - top_stats.link_chars
    line = set(ancestors(top))
    for element, stats in candidates[1:]:
        if final(stats) <= plain:
            break  # best first: no later one outscores the box without its name
        if element in line or top in set(ancestors(element)):
            continue
        if stats.chars - stats.link_chars < bp.NAME_OUTWEIGHED_TEXT * text:
            continue
        if _prose_count(element, page) >= bp.NAME_OUTWEIGHED_PROSE:
            if _teaser_run(element, page) and _under_headline(top, element, page):
                continue
            return element, stats
    return top, top_stats


def _teaser_run(element: HtmlElement, page: Page) -> bool:
    """True when *element*'s prose is teasers' blurbs: it holds
    :data:`~.boilerplate.ENTRY_MIN_POSTS` headings or more that are all one link (other
    stories' headlines, :data:`~.boilerplate.CARD_HEADLINE_CHARS` long, weighed) and no more prose
    paragraphs than such headings (a blurb a headline). A list article whose items run
    on for paragraphs under linked headings, or a story cut into cards under plain
    headings, is no run of teasers."""
    shortest, longest = bp.CARD_HEADLINE_CHARS
    linked = prose = 0
    for block in page.blocks:
        if element not in block.chain:
            continue
        if block.tag in HEADINGS:
            if (
                len(block.text) <= longest
                and long_enough(block.text, shortest)
                and block.link_density >= bp.CARD_HEADLINE_DENSITY
            ):
                linked += 1
        elif is_prose(block):
            prose += 1
    return linked >= bp.ENTRY_MIN_POSTS and prose <= linked


def _under_headline(box: HtmlElement, rival: HtmlElement, page: Page) -> bool:
    """True when *box* stands under the page's headline (:func:`~.anchored.headline_at`):
    the headline comes before it in a container of theirs that does not hold *rival*
    (the story's own column, not a box beside it)."""
    at = headline_at(page, box)
    if at is None:
        return False
    heading = page.blocks[at]
    if box in heading.chain:
        return False
    if not any(box in b.chain for b in page.blocks[at + 1 :]):
        return False  # the box stands before the headline
    box_line = set(ancestors(box))
    for node in heading.chain[1:]:
        if node in box_line:
            return node not in set(ancestors(rival))
    return False


def own_column(top: HtmlElement, page: Page) -> HtmlElement:
    """The story's own column inside the container the block model chose, when the rest
    of that container is a box of short lines (a contact box's address and phone lines,
    a list of links) beside it.

    A wide container (``main``) holding the story's column and such a box can outscore
    the column by the box's lines. The column is the story when it holds all of the
    container's prose (:func:`~.anchored.is_prose`) and at least
    :data:`~.boilerplate.WRAPPER_SHARE` of its text, scores
    :data:`~.boilerplate.COLUMN_SCORE_SHARE` of the container's score or more, and every
    other line of the container (headings aside) stands in a box of its own, none loose
    in the container. A container whose other children hold prose (a story in two
    sections) stays."""
    entry = page.stats.get(top)
    if entry is None or not entry.scored:
        return top
    inside = [
        b
        for b in page.blocks
        if top in b.chain and b.tag not in HEADINGS and page.chrome.isdisjoint(b.chain)
    ]
    kids = {child_toward(b, top) for b in inside if is_prose(b)}
    if len(kids) != 1:
        return top
    column = kids.pop()
    if column is None or column in page.chrome:
        return top
    held = page.stats.get(column)
    if held is None or not held.scored or held.chars < bp.WRAPPER_SHARE * entry.chars:
        return top
    if final(held) < bp.COLUMN_SCORE_SHARE * final(entry):
        return top
    rest = [b for b in inside if column not in b.chain]
    if not rest or any(child_toward(b, top) is None for b in rest):
        return top
    return column


def holds_sentence(element: HtmlElement, page: Page) -> bool:
    """True when a line below *element* (headings aside) ends as a sentence: a box whose
    lines all end otherwise (an address, a phone line, a mail link) continues no story,
    whatever its lines score."""
    return any(
        element in b.chain and b.tag not in HEADINGS and ends_sentence(b.text) for b in page.blocks
    )
