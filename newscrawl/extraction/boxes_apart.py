"""Boxes written into the story's containers that do not tell the story.

A consent notice, a subscription prompt or a poll inside the wide container the story
was credited to (``main``, a page column), or joined to the story as a sibling; a media
player above the headline. :func:`control_boxes` finds them from the boxes' controls
and players and from whether their prose tells the page's headline.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.anchored import (
    before_headline,
    blocks_tell,
    headline_at,
    in_chrome,
    is_prose,
    page_title,
    twin_counts,
    words_of,
)
from newscrawl.extraction.blocks import MEDIA_TAGS, Block, Page
from newscrawl.extraction.second import long_words

#: Tags of a story's lines (a paragraph, a heading), which hold no box of their own.
_LINE_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
#: Roles and input types of elements a reader clicks rather than reads.
_CONTROL_ROLES = frozenset({"button", "switch", "checkbox", "radio", "tab"})
_CONTROL_INPUTS = frozenset({"button", "submit", "checkbox", "radio", "reset"})


def is_control(element: HtmlElement) -> bool:
    """True for an element a reader clicks: a ``button``, a clickable ``input``, an
    element with a control's role, or a link that leads nowhere (``href`` empty, ``#``
    alone or a script: a button drawn as a link). A link to a part of the page ("#fn1",
    a footnote) leads somewhere."""
    tag = element.tag
    if tag == "button":
        return True
    if element.get("role") in _CONTROL_ROLES:
        return True
    if tag == "input":
        return (element.get("type") or "").lower() in _CONTROL_INPUTS
    if tag == "a":
        href = (element.get("href") or "").strip()
        return href in ("", "#") or href.lower().startswith("javascript:")
    return False


def _controls_and_players(
    boxes: list[HtmlElement],
) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The *boxes* holding two controls or more (:func:`is_control`, the box itself
    included) and the boxes holding a player (:data:`MEDIA_TAGS`), in *boxes*' order.

    The story's containers may nest hundreds deep, so each element under the boxes is read
    once, and what it is counts on the way up from it: a way up stops at an element
    already holding two controls (or, for a player, already holding one), whose ancestors
    hold them too. Linear in the page however the boxes nest."""
    controls: dict[HtmlElement, int] = {}
    media: set[HtmlElement] = set()
    read: set[HtmlElement] = set()
    for box in boxes:
        stack = [box]
        while stack:
            node = stack.pop()
            if node in read:
                continue
            read.add(node)
            stack.extend(child for child in node if isinstance(child.tag, str))
            if is_control(node):
                above: HtmlElement | None = node
                while above is not None and controls.get(above, 0) < 2:
                    controls[above] = controls.get(above, 0) + 1
                    above = above.getparent()
            elif node.tag in MEDIA_TAGS:
                above = node
                while above is not None and above not in media:
                    media.add(above)
                    above = above.getparent()
    return (
        [box for box in boxes if controls.get(box, 0) >= 2],
        [box for box in boxes if box in media],
    )


def _story_boxes(story: list[HtmlElement], page: Page) -> list[HtmlElement]:
    """The boxes of the story's containers: each container of the story (the best one
    first, then the siblings its paragraphs joined) and each child of one that holds text
    and is not a line of its own (a paragraph, a heading), outside chrome, holding no
    ``main``, ``article`` or ``h1``; a child holding one (the story's ``article``
    in ``main``) is read for its own children, :data:`_BOX_DEPTH` levels down."""
    level = [(node, 0) for node in story if isinstance(node.tag, str)]
    boxes = [node for node, _ in level if _is_box(node, page) and not _holds_landmark_tag(node)]
    while level:
        node, depth = level.pop()
        for child in node:
            if child.tag in _LINE_TAGS or not isinstance(child.tag, str):
                continue
            if not _is_box(child, page):
                continue
            if not _holds_landmark_tag(child):
                boxes.append(child)
            elif depth < _BOX_DEPTH:
                level.append((child, depth + 1))  # the story's ``article`` in ``main``
    return boxes


def _holds_landmark_tag(element: HtmlElement) -> bool:
    """True when *element* is or holds a ``main``, an ``article`` or an ``h1``."""
    return next(element.iter("main", "article", "h1"), None) is not None


def _is_box(element: HtmlElement, page: Page) -> bool:
    """True when *element* holds :data:`~.boilerplate.PROSE_BESIDE_CHARS` of text outside
    chrome."""
    entry = page.stats.get(element)
    return (
        entry is not None and entry.chars >= bp.PROSE_BESIDE_CHARS and element not in page.chrome
    )


def control_boxes(story: list[HtmlElement], page: Page) -> set[HtmlElement]:
    """Boxes of the story's containers (:func:`_story_boxes`) that do not tell the story:
    a consent notice, a subscription prompt or a poll written into the wide container the
    story was credited to (``main``, a page column), or joined to the story as a sibling,
    whatever it is named and in whatever language; a media player above the headline.

    A box of prose with two controls or more (:func:`_controls_and_players`), not the best
    container and built unlike its siblings (a story cut into parts built alike has a
    carousel's buttons in one of them), is kept out when its prose says at most one of
    the page's headline's long words (its one ``h1`` or the heading stating the title,
    :func:`headline_at`) and tells under :data:`~.second.WORDS_MIN_HELD` of them and of
    the title's, read loosely (:func:`_tells`), while the story's prose outside it tells
    them: the headline and the story's text agree, the box stands apart. A story that
    does not tell its headline (a pun, a headline in another language) keeps every such
    box.

    A box holding a player (:data:`MEDIA_TAGS`) wholly before the headline, with the
    story's prose after the headline, is kept out whatever its texts say (a player's
    title and its "more videos" repeat the headline): the story starts at its headline."""
    if not story:
        return set()
    boxes = _story_boxes(story, page)
    holding, players = _controls_and_players(boxes)
    twins = twin_counts(holding)
    controlled = [
        box for box in holding if box is not story[0] and twins[box] < 2
    ]  # the best container is the story's, whatever its buttons
    if not players and not controlled:
        return set()
    at = headline_at(page, story[0])
    if at is None:
        return set()
    chosen = set(story)
    prose = [
        b
        for b in page.blocks
        if is_prose(b) and not in_chrome(b, page) and not chosen.isdisjoint(b.chain)
    ]
    found = _players_above(players, page, at, prose)
    headline = long_words(page.blocks[at].text)
    if len(headline) < 2:
        return found
    sets = (headline, long_words(page_title(story[0])))
    for box in controlled:
        if box in found:
            continue
        inside = [b for b in prose if box in b.chain]
        if not inside or blocks_tell(inside, sets):
            continue
        if len(headline & words_of(inside)) > 1:
            continue  # words of the headline: a part of the story, however short
        if blocks_tell([b for b in prose if box not in b.chain], sets):
            found.add(box)
    return found


#: Levels below the story's containers :func:`_story_boxes` reads through children that
#: hold a story landmark.
_BOX_DEPTH = 2


def _players_above(
    players: list[HtmlElement], page: Page, at: int, prose: list[Block]
) -> set[HtmlElement]:
    """The *players* (boxes holding one of :data:`MEDIA_TAGS`) whose text stands wholly
    before the headline (at *at*), when the story's *prose* follows the headline outside
    them (:data:`~.boilerplate.HEADLINE_PROSE_MIN` paragraphs)."""
    if not players:
        return set()
    where = {id(block): index for index, block in enumerate(page.blocks)}
    found = set()
    for box in players:
        if not before_headline(box, page, at):
            continue  # the player's text reaches the headline or below
        after = [b for b in prose if where[id(b)] > at and box not in b.chain]
        if len(after) >= bp.HEADLINE_PROSE_MIN:
            found.add(box)
    return found
