"""The generic body of a page: :func:`extract_body` and the story's paragraphs.

Walks the page (:mod:`~newscrawl.extraction.walk`), scores containers
(:mod:`~newscrawl.extraction.tally`), chooses the story's nodes (from the scores, the
headline or a run of entries) and its lines (:mod:`~newscrawl.extraction.story_lines`),
and finds teasers (:mod:`~newscrawl.extraction.teaser_boxes`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.anchored import is_prose, under_own_headline
from newscrawl.extraction.blocks import HEADINGS, Block, Page, Stats, ancestors, tag_name
from newscrawl.extraction.body import BodyParts, Paragraph, clean_paragraphs
from newscrawl.extraction.boxes_apart import control_boxes
from newscrawl.extraction.cited_links import cite_outbound_lists
from newscrawl.extraction.columns import holds_sentence, outweighed_name, own_column
from newscrawl.extraction.entries import cousins, entry_run
from newscrawl.extraction.page import TeaserData
from newscrawl.extraction.story_lines import as_paragraphs, is_chrome_text, paragraph, story_blocks
from newscrawl.extraction.tally import climb, final, tally_ancestors
from newscrawl.extraction.teaser_boxes import find_teasers
from newscrawl.extraction.walk import Walker
from newscrawl.extraction.walk_marks import attrs, class_verdict

#: Table cells: the cells of a row, side by side, are the columns of a layout.
TABLE_CELLS = frozenset({"td", "th"})


@dataclass
class GenericBody:
    """The story and the boxes of other stories found on one page."""

    body: BodyParts = field(default_factory=BodyParts)
    teasers: list[TeaserData] = field(default_factory=list)
    #: The element that holds the story (the first story container), None when none.
    story: HtmlElement | None = None
    #: When no story container was found, or one credited by a single line: the page's
    #: main text all the same (see :func:`_loose_paragraphs`), for an article-shaped
    #: page's uncertain body.
    loose: list[Paragraph] = field(default_factory=list)
    #: The story container's paragraphs before cleaning, each with its owning element.
    paragraphs: list[tuple[Paragraph, HtmlElement]] = field(default_factory=list)
    #: Lines set aside as a picture's caption: the index in ``paragraphs`` each stood
    #: before, the line, its owning element and the number of its box (the page's stated
    #: story may hold them).
    captions: list[tuple[int, Paragraph, HtmlElement, int]] = field(default_factory=list)
    #: Characters of prose paragraphs outside the story built like the story's own, and
    #: of all prose outside it (see :func:`_prose_outside`): much of the first says the
    #: story may go on elsewhere; the second bounds what another reading could add.
    prose_outside: tuple[int, int] = (0, 0)


#: Fewest paragraphs of prose of a box built as the story's, holding a linked heading,
#: that continues the story (see :func:`_same_box_continued`).
_SECTION_MIN_PROSE = 3


def _story_nodes(page: Page) -> list[HtmlElement]:
    """The story container and the sibling containers that continue it."""
    stats = page.stats
    candidates = [(el, s) for el, s in stats.items() if s.scored and el not in page.chrome]
    if not candidates:
        return []
    candidates.sort(key=lambda pair: final(pair[1]), reverse=True)
    top, top_stats = outweighed_name(candidates, page)
    top_score = final(top_stats)
    top = climb(
        top, top_score, [el for el, s in candidates[1:6] if final(s) >= 0.75 * top_score], page
    )
    # The best container inside one entry of a run (a live blog's update, a list's item)
    # stands for the whole run: the entry becomes the story and its twins join it.
    twins = entry_run(top, page)
    rejected: set[HtmlElement] = set()
    under = None if twins else under_own_headline(top, page, candidates)
    if under is not None:
        # The text credited first stays out: no climb or sibling brings it back.
        rejected = set(ancestors(top))
        climbed = climb(under, final(stats[under]), [], page)
        top, top_score = (under if climbed in rejected else climbed), final(stats[under])
        twins = entry_run(top, page)
    if twins:
        line = set(ancestors(top))
        top = next(t for t in twins if t in line)
    else:
        top = own_column(top, page)
    top_score = final(stats[top]) if top in stats else top_score
    parent = top.getparent()
    if parent is None or tag_name(top) == "body":
        return [top]
    if tag_name(top) in TABLE_CELLS:
        return [top]  # the cells beside it are the layout's other columns (old markup)
    threshold = max(10.0, top_score * bp.SIBLING_SHARE)
    top_verdict = class_verdict(top)
    own = _paragraph_holders(top, page)
    written = _paragraph_class(top, page)
    nodes = []
    # A box of links after the story (related posts, a previous/next line, a post's
    # footer of tags: mostly links, or chrome holding a link) ends it: a loose
    # paragraph beyond it (a note over the comments) is not the story's.
    met = ended = False
    reach = _within_story(top, parent) if top.get("class") else set()
    for sibling in parent:
        if sibling is top:
            nodes.append(sibling)
            met = True
            continue
        sib = stats.get(sibling)
        if sib is None or not isinstance(sibling.tag, str):
            continue
        if met and (
            sib.link_density > bp.MAX_LINK_DENSITY or (sibling in page.chrome and sib.link_chars)
        ):
            ended = True
        if sibling in page.chrome:
            continue
        if sibling in rejected:
            continue
        if sibling in twins or (
            _sibling_score(sibling, sib, own, page) >= threshold and holds_sentence(sibling, page)
        ):
            nodes.append(sibling)
        elif sibling.tag == top.tag and top_verdict > 0 and attrs(sibling) == attrs(top):
            nodes.append(sibling)  # the same named container, continued
        elif sibling in reach and _same_box_continued(sibling, sib, top, page):
            nodes.append(sibling)  # the same container under words of its site's own
        elif sibling.tag == "p" and sib.chars > 80 and sib.link_density < 0.25 and not ended:
            nodes.append(sibling)
        elif written and not met and _written_alike(sibling, sib, written, page):
            nodes.append(sibling)  # the story's first paragraphs before its wrapper
    if top_verdict > 0:
        nodes.extend(cousins(top, top_score, page))
    else:
        nodes.extend(_twin_sections(top, page, nodes))
    return nodes


def _within_story(top: HtmlElement, parent: HtmlElement) -> set[HtmlElement]:
    """The siblings of *top* (children of *parent*) with no sibling holding another story
    (:func:`_another_story`: an ``h1``, an ``article``) between them and *top*: the next
    story's rows built alike, past its headline's, are not the story's."""
    line = set(ancestors(top))
    siblings = [s for s in parent if isinstance(s.tag, str)]
    at = siblings.index(top)
    stories = [i for i, s in enumerate(siblings) if s is not top and _another_story(s, line)]
    low = max((i for i in stories if i < at), default=-1)
    high = min((i for i in stories if i > at), default=len(siblings))
    return set(siblings[low + 1 : high])


def _same_box_continued(sibling: HtmlElement, sib: Stats, top: HtmlElement, page: Page) -> bool:
    """True when *sibling* of the story container is built as it (tag, a class and the
    same class and id) and holds prose: a sentence, no box of links, no other story (an
    ``h1``, an ``article``; nor does one stand between them, see :func:`_within_story`),
    and no heading that links another page unless it holds one
    such and :data:`_SECTION_MIN_PROSE` paragraphs of prose or more (a teaser is a linked
    title over an excerpt, a grid of teasers many; a section of the story may open with
    its writer's linked name). A story
    cut by pictures or an embed into boxes of one class continues in them whatever the
    class's words (the named case needs no more than the name, see :func:`_story_nodes`)."""
    if not (
        sibling.tag == top.tag
        and top.get("class")
        and attrs(sibling) == attrs(top)
        and sib.link_density <= bp.MAX_LINK_DENSITY
        and holds_sentence(sibling, page)
        and not _another_story(sibling, set(ancestors(top)))
    ):
        return False
    linked = sum(1 for heading in sibling.iter(*HEADINGS) if _linked_heading(heading))
    if not linked:
        return True
    prose = sum(1 for block in page.blocks if sibling in block.chain and is_prose(block))
    return linked == 1 and prose >= _SECTION_MIN_PROSE


def _named_inside(element: HtmlElement, page: Page) -> HtmlElement | None:
    """The element inside *element* named as a story's container (its class or id) that
    holds most of its text, None when none does."""
    chars = page.stats[element].chars if element in page.stats else 0
    best = None
    for node in element.iterdescendants():
        entry = page.stats.get(node)
        if entry is None or not entry.scored or entry.chars * 2 < chars:
            continue
        if class_verdict(node) > 0:
            best = node  # the deepest such element holds the paragraphs
    return best


def _another_story(node: HtmlElement, line: set[HtmlElement]) -> bool:
    """True when *node* stands in or holds another story than the one whose container's
    ancestors are *line*: it holds an ``h1``, or it or an ancestor of it not holding the
    story is an ``article`` (the next story a page appends below its own, built alike)."""
    if tag_name(node) == "article" or next(node.iter("h1", "article"), None) is not None:
        return True
    return any(tag_name(a) == "article" for a in ancestors(node) if a not in line)


def _linked_heading(node: HtmlElement) -> bool:
    """True when *node* holds a heading that links another page (a teaser's title)."""
    return any(
        next(heading.iter("a"), None) is not None
        or any(tag_name(a) == "a" for a in heading.iterancestors())
        for heading in node.iter(*HEADINGS)
    )


def _twin_sections(
    top: HtmlElement, page: Page, chosen: Sequence[HtmlElement]
) -> list[HtmlElement]:
    """A story cut into sections by rows of ads or boxes: the siblings of *top*, or of
    one of its ancestors up to :data:`~.boilerplate.COUSIN_LEVELS` above it, built like
    it (tag and class: an unnamed layout row or column) that each hold, at the depth the
    story's own named container stands below it, an element named as a story's
    container sharing a class with that one (a CMS's section row > column > wrapper >
    "articleBody", an ad row between two such rows). A row built alike holding another
    story or a teaser (:func:`_another_story`) or nothing named so (the ad row, a
    sidebar column) is none. The nearest level with such twins gives them.

    When nothing inside *top* is named so, the repetition itself stands for the name: a
    classed *top* is continued by the rows built like it or its ancestor that hold, as
    deep, an element of its tag and very class (one class attribute, whatever its words:
    a site's own or a builder's generated names) that scored, holds a sentence and is no
    box of links."""
    inner = _named_inside(top, page)
    if inner is None:
        if not top.get("class") or tag_name(top) in ("body", "html"):
            return []
        inner = top
    depth = 0
    node: HtmlElement | None = inner
    while node is not None and node is not top:
        node = node.getparent()
        depth += 1
    names = set(attrs(inner).split())
    line = set(ancestors(top))
    for level, up in enumerate(ancestors(top, bp.COUSIN_LEVELS + 1)):
        parent = up.getparent()
        if parent is None or tag_name(up) in ("body", "html") or up in page.chrome:
            break
        found = []
        for preceding in (True, False):
            # Outward from the story's row: another story's row ends the story's side.
            for twin in up.itersiblings(preceding=preceding):
                if not isinstance(twin.tag, str) or twin in page.chrome:
                    continue
                if _another_story(twin, line) and not _side_teasers(twin, up, line):
                    break
                if (
                    twin.tag == up.tag
                    and twin.get("class") == up.get("class")
                    and twin not in chosen
                    and (held := _held_at(twin, inner, names, depth + level, page)) is not None
                    and not _linked_heading(twin)
                ):
                    # An unnamed story joins by its own box, not the row's other columns.
                    found.append(twin if inner is not top else held)
        if found:
            return found
    return []


def _side_teasers(twin: HtmlElement, row: HtmlElement, line: set[HtmlElement]) -> bool:
    """True when every other story *twin* holds (its ``article`` elements) stands in a
    column of it built as a column of the story's own *row* beside the story (same tag and
    class, not on the story's *line*): a story cut by ad rows into rows each of the story's
    box beside a side box, the later side boxes holding teasers (each an ``article``). An
    ``h1``, or *twin* an ``article`` or inside one, is another story whatever its place."""
    if tag_name(twin) == "article" or next(twin.iter("h1"), None) is not None:
        return False
    if any(tag_name(a) == "article" for a in ancestors(twin) if a not in line):
        return False
    sides = {
        (column.tag, column.get("class"))
        for column in row
        if isinstance(column.tag, str) and column not in line and column.get("class")
    }
    articles = list(twin.iter("article"))
    for article in articles:
        column = article
        while column.getparent() is not twin:
            column = column.getparent()
        if (column.tag, column.get("class")) not in sides:
            return False
    return bool(articles)


def _held_at(
    twin: HtmlElement, inner: HtmlElement, names: set[str], depth: int, page: Page
) -> HtmlElement | None:
    """The element *twin* holds *depth* levels below it, of *inner*'s tag, that scored and
    holds a sentence, and is named as a story's container sharing one of *names* (its
    class and id words) when *inner* is named so, or else has *inner*'s very class and is
    no box of links (see :func:`_twin_sections`); None when it holds none."""
    named = class_verdict(inner) > 0
    for held in twin.iter(inner.tag):
        entry = page.stats.get(held)
        if (
            entry is not None
            and entry.scored
            and held not in page.chrome
            and list(ancestors(held, depth + 1))[-1] is twin
            and (
                class_verdict(held) > 0 and bool(names & set(attrs(held).split()))
                if named
                else held.get("class") == inner.get("class")
                and entry.link_density <= bp.MAX_LINK_DENSITY
            )
            and holds_sentence(held, page)
        ):
            return held
    return None


def _paragraph_class(top: HtmlElement, page: Page) -> frozenset[str]:
    """The class words of the elements holding most of *top*'s text as paragraphs (empty
    when they have none, or no one class holds most of it)."""
    weight: Counter[frozenset[str]] = Counter()
    total = 0
    for block in page.blocks:
        if top in block.chain and block.owner is not top:
            weight[frozenset((block.owner.get("class") or "").split())] += len(block.text)
            total += len(block.text)
    if not weight:
        return frozenset()
    names, chars = weight.most_common(1)[0]
    return names if chars * 2 > total else frozenset()


def _written_alike(sibling: HtmlElement, sib: Stats, written: frozenset[str], page: Page) -> bool:
    """True when *sibling* of the story container is, or holds two levels down at most,
    paragraphs classed as the container's own (*written*, a modifier added or not: the
    story's first paragraphs standing before the wrapper of the rest, "read-all"), they
    holding most of its text and it no box of links nor the page's summary
    (``itemprop="description"``: a standfirst in the story's paragraph class)."""
    if sib.link_density > bp.MAX_LINK_DENSITY or not sib.chars:
        return False
    if sibling.get("itemprop") == "description":
        return False
    alike = 0
    for node in (sibling, *sibling.iterchildren(), *(g for c in sibling for g in c)):
        if not isinstance(node.tag, str) or node.tag in HEADINGS:
            continue
        if written <= set((node.get("class") or "").split()):
            stats = page.stats.get(node)
            alike += stats.chars if stats is not None else 0
    return alike * 2 > sib.chars


def _paragraph_holders(top: HtmlElement, page: Page) -> set[tuple[str, str]]:
    """Tag and class of the named elements holding the paragraphs of *top*."""
    return {
        (parent.tag, parent.get("class") or "")
        for block in page.blocks
        if top in block.chain
        and (parent := block.owner.getparent()) is not None
        and parent.get("class")
    }


def _sibling_score(
    sibling: HtmlElement, sib: Stats, own: set[tuple[str, str]], page: Page
) -> float:
    """The score a sibling of the story container joins the story by: its own, or that of
    an element inside it (up to three levels down) built like the element that holds the
    story container's own paragraphs (same tag and class) when higher. A score is credited
    to a paragraph's parent in full and to the levels above it less and less, so a CMS's
    content element whose prose sits a level deeper than the story container's (a "text
    beside a picture" element: frame > textpic > bodytext, beside frame > bodytext)
    scores far less than its text is worth. A box built otherwise beside the story (a
    teaser, a quoted claim's box) is read by its own score; chrome lends no score."""
    best = final(sib) if sib.scored else 0.0
    if not own:
        return best
    level = [sibling]
    for _ in range(3):
        level = [c for el in level for c in el if isinstance(c.tag, str) and c not in page.chrome]
        for element in level:
            stats = page.stats.get(element)
            if (
                stats is not None
                and stats.scored
                and (element.tag, element.get("class") or "") in own
            ):
                best = max(best, final(stats))
    return best


def _body_element(root: HtmlElement) -> HtmlElement:
    if tag_name(root) == "body":
        return root
    for count, element in enumerate(root.iter("body")):
        if count == 0:
            return element
    return root


def _read(root: HtmlElement, url: str) -> tuple[list[HtmlElement], list[Block], Page]:
    body = _body_element(root)
    walker = Walker()
    blocks = walker.walk(body)
    cite_outbound_lists(blocks, url)
    page = tally_ancestors(blocks, body, walker.marks, walker.typed)
    story = _story_nodes(page)
    apart = control_boxes(story, page)
    if apart:
        page.chrome |= apart
        story = [node for node in story if node not in apart]
    return story, story_blocks(page, story, url), page


def _loose_paragraphs(page: Page, url: str) -> list[Paragraph]:
    """The page's main text when no container scored (every line too short to score, say):
    the readable paragraphs (outside chrome, not headings, not link lists) under the
    element that holds the most of their text, in document order."""
    readable = [
        b
        for b in page.blocks
        if b.tag not in HEADINGS
        and b.link_density <= bp.MAX_LINK_DENSITY
        and not (page.chrome and any(node in page.chrome for node in b.chrome))
        and not is_chrome_text(b)
    ]
    weight: Counter[HtmlElement] = Counter()
    for block in readable:
        weight[block.chain[1] if len(block.chain) > 1 else block.owner] += len(block.text)
    if not weight:
        return []
    best = weight.most_common(1)[0][0]
    return [paragraph(b, url) for b in readable if best in b.chain]


def _one_scoring_line(blocks: list[Block]) -> bool:
    """True when at most one of the story's lines is long enough to score its container:
    a container credited by one line may hold no story (a headline set in a ``div`` over
    lines too short to score), and the page's main text is kept for that case."""
    scoring = 0
    for block in blocks:
        if len(block.text) >= bp.MIN_SCORED_CHARS and block.tag not in HEADINGS:
            scoring += 1
            if scoring > 1:
                return False
    return True


def story_paragraphs(root: HtmlElement, url: str) -> list[Paragraph]:
    """The story's paragraphs on any page, in document order, before cleaning."""
    try:
        return as_paragraphs(_read(root, url)[1], url)
    except (ValueError, TypeError, RecursionError):  # pragma: no cover - defensive
        return []


def extract_body(
    root: HtmlElement, url: str, nodes: Sequence[HtmlElement] | None = None
) -> GenericBody:
    """The story's body parts and the page's teaser boxes, for a page of any site.
    *nodes*: ``list(root.iter())`` when the caller holds it (see :func:`find_teasers`)."""
    story: list[HtmlElement] = []
    blocks: list[Block] = []
    loose: list[Paragraph] = []
    stats: dict[HtmlElement, Stats] | None = None
    with suppress(ValueError, TypeError, RecursionError):  # defensive: never raise
        story, blocks, page = _read(root, url)
        stats = page.stats
        if not blocks or _one_scoring_line(blocks):
            loose = _loose_paragraphs(page, url)
    try:
        teasers = find_teasers(
            root, url, story, stats, nodes, paragraphs=[b.owner for b in blocks]
        )
    except (ValueError, TypeError, RecursionError):  # pragma: no cover - defensive
        teasers = []
    paragraphs = as_paragraphs(blocks, url)
    return GenericBody(
        prose_outside=_prose_outside(page, blocks) if blocks else (0, 0),
        body=clean_paragraphs(paragraphs),
        teasers=teasers,
        story=story[0] if story else None,
        loose=loose,
        paragraphs=list(zip(paragraphs, (b.owner for b in blocks), strict=True)),
        captions=_set_aside(blocks, page.captions, page, url) if blocks else [],
    )


def _signature(block: Block) -> tuple[str, str, str]:
    """How a paragraph is built: its tag, its class and its parent's class."""
    parent = block.owner.getparent()
    outer = "" if parent is None else str(parent.get("class") or "")
    return block.tag, str(block.owner.get("class") or ""), outer


def _prose_outside(page: Page, kept: list[Block]) -> tuple[int, int]:
    """Characters of the prose paragraphs outside the story's (*kept*): those built like
    the story's most common prose paragraph (tag, class, parent's class) outside chrome
    (the rest of a story cut into several containers, or entries of a list the block
    model credited one of), and all of them, chrome or not (the most any other reading
    of the page could add to the story)."""
    mine = {id(b) for b in kept}
    built: Counter[tuple[str, str, str]] = Counter()
    for block in kept:
        if is_prose(block):
            built[_signature(block)] += len(block.text)
    ours = built.most_common(1)[0][0] if built else None
    beside = outside = 0
    for block in page.blocks:
        # (the length first: most paragraphs are too short for prose, no call)
        if len(block.text) < bp.PROSE_BESIDE_CHARS or id(block) in mine or not is_prose(block):
            continue
        outside += len(block.text)
        if _signature(block) == ours and not (
            page.chrome and any(node in page.chrome for node in block.chrome)
        ):
            beside += len(block.text)
    return beside, outside


def _set_aside(
    blocks: list[Block], captions: list[tuple[Block, int]], page: Page, url: str
) -> list[tuple[int, Paragraph, HtmlElement, int]]:
    """The *captions* with the index in *blocks* each stood before, in document order,
    and the number of its box."""
    if not captions:
        return []
    order = {id(b): i for i, b in enumerate(page.blocks)}
    places = [order[id(b)] for b in blocks]
    return [
        (bisect_left(places, order[id(c)]), paragraph(c, url), c.owner, box) for c, box in captions
    ]
