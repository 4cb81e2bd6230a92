"""Scoring: paragraphs score their ancestors, and the best container is climbed to.

Each paragraph's points (text length, commas, link density, the class/id vocabulary) go
to its ancestors (:func:`tally_ancestors`); :func:`climb` moves from the best scored element to
the container that holds the whole story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import islice
from operator import attrgetter, itemgetter

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction import vocabulary as voc
from newscrawl.extraction.blocks import (
    HEADINGS,
    Block,
    Page,
    Stats,
    ancestors,
    tag_name,
)
from newscrawl.extraction.discussion import discussions
from newscrawl.extraction.module_runs import story_modules
from newscrawl.extraction.walk_marks import (
    OVERLAY_MAX_SHARE,
    attrs,
    class_verdict,
    control_layers,
    is_overlay_layer,
    named_story,
)
from newscrawl.extraction.words import ends_sentence

#: Share of a paragraph's points a list item scores when it does not end as a sentence.
_ITEM_POINTS = 0.5


def _score_paragraph(text: str) -> float:
    return 1.0 + text.count(",") + min(len(text) / 100.0, 3.0)


def _prior(element: HtmlElement, tag: str) -> float:
    score = bp.TAG_PRIOR.get(tag, 0.0) + bp.CLASS_WEIGHT * class_verdict(element)
    if element.get("itemprop") == "articleBody":
        score += 2 * bp.CLASS_WEIGHT
    return score


_CHAIN = attrgetter("chain")


def _subtree_sums(blocks: list[Block]) -> dict[HtmlElement, Stats]:
    """Characters and link characters of the paragraphs below each element of the
    paragraphs' chains, the elements in the order their first paragraph meets them (owner
    first, then up). A chain that reaches the top of the page (most: pages nest less than
    ``MAX_ANCESTOR_LEVELS`` deep) is summed once per element, children into parents, not
    once per paragraph and ancestor."""
    stats: dict[HtmlElement, Stats] = {}
    if max(map(len, map(_CHAIN, blocks)), default=0) >= bp.MAX_ANCESTOR_LEVELS:
        for block in blocks:  # a cut chain: each paragraph credits its own ancestors
            n, link_chars = len(block.text), block.link_chars
            for node in block.chain:
                entry = stats.get(node)
                if entry is None:
                    entry = stats[node] = Stats()
                entry.chars += n
                entry.link_chars += link_chars
        return stats
    # Each element once, with its parent and depth (an element met before brings its
    # ancestors along); each paragraph credits its owner, then each element its parent,
    # deepest first.
    links: list[tuple[int, Stats, Stats]] = []  # (the child's depth, child, parent)
    for block in blocks:
        chain = block.chain
        entry = stats.get(chain[0])
        if entry is None:
            below = entry = stats[chain[0]] = Stats()
            depth = len(chain)
            for node in islice(chain, 1, None):  # most stop at the first step
                depth -= 1
                above = stats.get(node)
                if above is not None:
                    links.append((depth, below, above))
                    break
                above = stats[node] = Stats()
                links.append((depth, below, above))
                below = above
        entry.chars += len(block.text)
        entry.link_chars += block.link_chars
    links.sort(key=itemgetter(0), reverse=True)
    for _, child, parent in links:
        parent.chars += child.chars
        parent.link_chars += child.link_chars
    return stats


def tally_ancestors(
    blocks: list[Block],
    body: HtmlElement,
    known: dict[HtmlElement, int],
    typed: Sequence[HtmlElement],
) -> Page:
    """Characters, link characters and readability-style score of every ancestor.

    An element named like chrome counts as chrome only while it holds less than
    :data:`~newscrawl.extraction.boilerplate.CHROME_MAX_SHARE` of the page's text; its
    paragraphs score nothing. *known*: the marks the walk read (:attr:`Walker.marks`);
    *typed*: the elements of its path with an ``itemtype`` (:attr:`Walker.typed`).
    """
    stats = _subtree_sums(blocks)
    total = sum(len(block.text) for block in blocks)
    limit = total * bp.CHROME_MAX_SHARE
    named = {node for block in blocks for node in block.chrome}
    # A consent layer or modal is chrome whatever its share, short of the whole page: an
    # element holding nearly all the text is a wrapper named by a page state
    # ("cookie-consent-given"), or the layer is all the page has (no story to find). Asked
    # only where it tells: of a named element over the share of chrome, and of chrome a
    # story container would rescue (no container rescues a layer).
    overlaid: dict[HtmlElement, bool] = {}
    overlay_max = total * OVERLAY_MAX_SHARE

    def is_overlay(node: HtmlElement) -> bool:
        laid = overlaid.get(node)
        if laid is None:
            entry = stats.get(node)
            laid = overlaid[node] = (
                entry is not None
                and entry.chars < overlay_max
                and node in named
                and is_overlay_layer(node, known)
            )
        return laid

    # A layer of controls is found by its buttons, not named: the walk did not note it
    # around its paragraphs (``block.chrome``), so they are kept out by their chain.
    # A readers' discussion beside the story is found by how its posts are built.
    layers = control_layers(body, blocks, stats, total) | discussions(blocks, stats, typed)
    chrome = layers | {
        node
        for node in named
        if node not in stats or stats[node].chars < limit or is_overlay(node)
    }
    if chrome:
        # A story container (named so) filling most of a chrome-named element makes
        # that element a wrapper ("post tag-reviews", "widget Blog").
        # A name repeated inside the element ("content" of every comment) marks its
        # items, not a story.
        rescuers = [node for node in stats if node not in named and named_story(node, known)]
        kinds: dict[tuple[object, str], list[HtmlElement]] = {}
        for node in rescuers:
            kinds.setdefault((node.tag, attrs(node)), []).append(node)
        # How many rescuers of a kind have each element among their ancestors (counted
        # once per kind, not per rescuer and ancestor: pages nest hundreds of twins).
        holding: dict[tuple[object, str], Counter[HtmlElement]] = {
            kind: Counter(a for twin in twins for a in ancestors(twin))
            for kind, twins in kinds.items()
            if len(twins) > 1
        }
        for node in rescuers:
            entry = stats[node]
            held = holding.get((node.tag, attrs(node)))
            for ancestor in ancestors(node):
                if ancestor not in chrome or ancestor in layers or is_overlay(ancestor):
                    continue
                if tag_name(ancestor) in voc.CAPTION_TAGS:
                    continue  # a picture and its caption wrap no story, however named
                if ancestor not in stats:
                    continue  # above a cut chain (MAX_ANCESTOR_LEVELS): its share unknown
                if entry.chars < bp.WRAPPER_SHARE * stats[ancestor].chars:
                    continue
                if held is not None and held[ancestor] > 1:
                    continue  # another twin is in it too: it holds the twins' items
                chrome.discard(ancestor)
    page = Page(blocks, stats, chrome)
    # A story laid out as a builder's modules, each named like a sidebar's widget.
    chrome -= story_modules(page, layers, body)
    for block in blocks:
        if len(block.text) < bp.MIN_SCORED_CHARS or block.tag in HEADINGS:
            continue
        if block.link_density > bp.MAX_LINK_DENSITY:
            continue
        if chrome and any(node in chrome for node in block.chrome):
            continue
        if layers and any(node in layers for node in block.chain):
            continue
        points = _score_paragraph(block.text)
        # A paragraph's points go to its box and the elements above; a piece cut from its
        # owner's text (no element of its own) has its owner for its box.
        start = 0 if block.cut else 1
        if block.cited:
            # An item of the story's list of links to other sites is a line of the story,
            # its list no box of its own: it scores the list's container as a paragraph.
            start = 2
        elif block.tag == "li" and not ends_sentence(block.text):
            # A list item that is no sentence (a feature, a fact, a menu entry) is a
            # story's structure, not its prose: half a paragraph's points.
            points *= _ITEM_POINTS
        for level, node in enumerate(block.chain[start : start + 5]):
            if node.tag == "tr":
                continue  # a table's row holds columns side by side, no one text
            entry = stats[node]
            if not entry.scored:
                entry.scored = True
                entry.score += _prior(node, tag_name(node))
            entry.score += points / (1 if level == 0 else 2 if level == 1 else level * 3)
    return page


def final(stats: Stats) -> float:
    text = stats.chars - stats.link_chars
    return (stats.score + min(text / bp.TEXT_UNIT, bp.TEXT_CAP)) * (1.0 - stats.link_density)


def _cut_short(element: HtmlElement) -> bool:
    """True when *element*'s text ends cut short by an ellipsis ("…", "..."). Three such
    rivals of the story container are teasers' excerpts of other stories (a CMS's related
    posts, each title over an excerpt cut at a set length), not a story cut into cards,
    whose parts end as sentences (one of them ending in an ellipsis keeps the cards)."""
    text: str = element.text_content()
    return text.rstrip().endswith(voc.ELLIPSES)


def climb(
    top: HtmlElement, top_score: float, rivals: list[HtmlElement], page: Page
) -> HtmlElement:
    """Move from the best container up to the one holding the whole story (readability's
    steps): the ancestor holding three close rivals (a story cut into cards), then an
    ancestor scoring higher than the path up to it, then past single-child wrappers."""
    line = set(ancestors(top))
    rivals = [r for r in rivals if r not in line and top not in set(ancestors(r))]
    cut = [r for r in rivals if _cut_short(r)]
    if len(cut) >= 3:
        # Three excerpts cut short are a run of teasers, not the story's cards.
        rivals = [r for r in rivals if r not in cut]
    if len(rivals) >= 3:
        rival_set = set(rivals)
        for level, ancestor in enumerate(ancestors(top)):
            if level == 0 or tag_name(ancestor) == "body":
                continue
            held = [r for r in rival_set if any(n is ancestor for n in ancestors(r))]
            if len(held) >= 3:
                # Only when the cards are most of what the ancestor holds.
                chars = sum(page.stats[r].chars for r in [top, *held])
                if chars >= bp.WRAPPER_SHARE * page.stats[ancestor].chars:
                    top = ancestor
                break
    last = top_score
    threshold = last / 3
    for level, parent in enumerate(ancestors(top)):
        if level == 0:
            continue
        if tag_name(parent) in ("body", "html") or parent in page.chrome:
            break
        entry = page.stats.get(parent)
        if entry is None or not entry.scored:
            continue
        score = final(entry)
        if score < threshold:
            break
        if score > last * bp.CLIMB_GAIN:
            top = parent
            break
        last = score
    for _ in range(bp.MAX_ANCESTOR_LEVELS):
        parent = top.getparent()
        if parent is None or tag_name(parent) in ("body", "html") or len(parent) != 1:
            break
        top = parent
    return top
