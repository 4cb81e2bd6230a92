"""The story found from the page's headline: the prose under (or after) its heading.

Used when the scores choose a container away from the headline: the story is then the
prose that the shown headline opens, when it is told apart from the rest of the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.blocks import (
    HEADINGS,
    MEDIA_TAGS,
    Block,
    Page,
    Stats,
    ancestors,
    tag_name,
)
from newscrawl.extraction.headlines import key_words
from newscrawl.extraction.live_blog import calls_itself_live, clock_run
from newscrawl.extraction.second import WORDS_MIN_HELD, long_words
from newscrawl.extraction.stamp_names import HAS_DIGIT
from newscrawl.extraction.words import ends_sentence, long_enough

#: Longest stamp line of a live blog's entry (its time, its reporter's name).
_STAMP_LINE_MAX_CHARS = 100


def under_own_headline(
    top: HtmlElement, page: Page, candidates: list[tuple[HtmlElement, Stats]]
) -> HtmlElement | None:
    """The best container under the page's headline, when the block model credited a
    text elsewhere that does not tell the headline: a list of names below an open letter,
    a player's texts, a forum's or a consent layer's prose outweighing a short story.

    The headline (:func:`headline_at`) and the prose under it say where the story is:
    the nearest ancestor of the headline, below the one it shares with the credited text,
    holding :data:`~.boilerplate.HEADLINE_PROSE_MIN` prose paragraphs; or, when the
    credited text stands wholly before the headline in a container they share, the prose
    after the headline there. They are trusted only when that prose tells
    :data:`~.second.WORDS_MIN_HELD` of the headline's long words and the credited text
    (with its twins, :func:`_with_twins`) tells less of them and of the title's, even
    read loosely (:func:`_tells`). A story whose container lies beside its headline (a
    header with a standfirst, the body below) tells the headline too: it stays; so does
    one in the headline's own ``article``, and a live blog's feed (:func:`_live_feed`),
    whose entries tell the day's other news of the headline's event."""
    at = headline_at(page, top)
    if at is None:
        return None
    heading = page.blocks[at]
    headline = long_words(heading.text)
    if len(headline) < 2:
        return None
    # The headline's ancestors below the one the credited text lies in.
    line = set(ancestors(top))
    below: dict[HtmlElement, int] = {}
    meeting = None
    for node in heading.chain[1:]:
        if node in line:
            if tag_name(node) == "article":
                return None  # the page's markup puts the two in one story
            meeting = node
            break
        below[node] = len(below)
    if meeting is None or meeting is top:
        return None  # the credited text holds the headline
    region, prose = _prose_under(page, at, below)
    if region is None:
        # The credited text may stand before the headline in a container they share
        # (a player's texts over the headline in the story's column): the prose after
        # the headline there, none of it the credited text's, is the story.
        ups = heading.chain[heading.chain.index(meeting) :]
        region, prose = _prose_after(
            page, at, [n for n in ups if tag_name(n) not in ("body", "html")], top
        )
        if region is None:
            return None
    enough = WORDS_MIN_HELD * len(headline)
    if len(headline & words_of(prose)) < enough:
        return None
    # Nor of the page's title: an ``h1`` that is the site's name (the title names the
    # story and the site) leaves the story's words there. A player's texts before the
    # headline tell it as its title does, not as the story does.
    told = _tells(page.blocks, _with_twins(top), (headline, long_words(page_title(top))))
    player = _player_before(top, meeting, page, at)
    if told and not player:
        return None
    if not player and _live_feed(top, page):
        return None  # a live blog's entries, each on the day's other news: its story
    inside = [
        el
        for el, _ in candidates
        if el not in line and region in set(ancestors(el)) and top not in set(ancestors(el))
    ]
    if inside:
        return inside[0]
    # A player's texts over a story of one paragraph in the column they share: the
    # column is the story (the player goes with the boxes, :func:`control_boxes`).
    return region if player and region in page.stats and page.stats[region].scored else None


def _live_feed(top: HtmlElement, page: Page) -> bool:
    """True when the credited text *top* is a live blog's feed: it holds
    :data:`~.boilerplate.ENTRY_MIN_POSTS` stamp lines or more (short lines with a digit,
    no heading, no sentence) and as many paragraphs of prose at least (the entries'
    words), and the stamps are bare times of day newest first, or the page calls itself
    a live blog (:mod:`.live_blog`)."""
    inside = [b for b in page.blocks if top in b.chain]
    lines = [
        b.text
        for b in inside
        if len(b.text) <= _STAMP_LINE_MAX_CHARS
        and b.tag not in HEADINGS
        and HAS_DIGIT.search(b.text)
        and not ends_sentence(b.text)
    ]
    if len(lines) < bp.ENTRY_MIN_POSTS or sum(map(is_prose, inside)) < len(lines):
        return False  # no entries, or stamped lines with no prose of their own (a ticker)
    if clock_run(lines):
        return True
    typed = [e for e in (*ancestors(top), *top.iter()) if e.get("itemtype") is not None]
    return calls_itself_live(top, typed)


def _player_before(top: HtmlElement, meeting: HtmlElement, page: Page, at: int) -> bool:
    """True when *top*'s text stands wholly before the headline (at *at*) and *top* or
    one of its ancestors below *meeting* (the one it shares with the headline) holds a
    player (:data:`MEDIA_TAGS`)."""
    if not before_headline(top, page, at):
        return False
    for node in (top, *ancestors(top)):
        if node is meeting:
            return False
        if next(node.iter(*MEDIA_TAGS), None) is not None:
            return True
    return False


def before_headline(element: HtmlElement, page: Page, at: int) -> bool:
    """True when no paragraph of *element* stands at the headline (at *at*) or after it:
    its text lies wholly before the headline."""
    return not any(element in block.chain for block in page.blocks[at:])


def _prose_under(
    page: Page, at: int, below: dict[HtmlElement, int]
) -> tuple[HtmlElement | None, list[Block]]:
    """The lowest of the headline's ancestors *below* (each with its rank from the
    headline up) holding :data:`~.boilerplate.HEADLINE_PROSE_MIN` prose paragraphs
    outside chrome, and those paragraphs; (None, []) when none does. The paragraphs of
    a subtree follow one another, so only those around the headline (at *at*) are read."""
    if not below:
        return None, []
    highest = next(reversed(below))
    found: list[list[Block]] = [[] for _ in below]
    for step in (1, -1):
        index = at + step
        while 0 <= index < len(page.blocks) and highest in page.blocks[index].chain:
            block = page.blocks[index]
            index += step
            if is_prose(block) and not in_chrome(block, page):
                found[next(below[n] for n in block.chain if n in below)].append(block)
    return _lowest_holding(below, found)


def _prose_after(
    page: Page, at: int, ups: list[HtmlElement], top: HtmlElement
) -> tuple[HtmlElement | None, list[Block]]:
    """The lowest of *ups* (the headline's ancestors from the one it shares with the
    credited text *top* up) holding :data:`~.boilerplate.HEADLINE_PROSE_MIN` prose
    paragraphs outside chrome after the headline (at *at*), and those paragraphs;
    (None, []) when none does or when a paragraph of *top* follows the headline there
    (the credited text is not wholly before it), unless *top* holds lines rather than
    prose (:func:`_holds_prose`: the signatories under an open letter in its column):
    then the prose up to *top*'s first line is read."""
    if not ups:
        return None, []
    rank = {node: i for i, node in enumerate(ups)}
    found: list[list[Block]] = [[] for _ in ups]
    index = at + 1
    while index < len(page.blocks) and ups[-1] in page.blocks[index].chain:
        block = page.blocks[index]
        index += 1
        if top in block.chain:
            if not any(found) or _holds_prose(page, top):
                return None, []
            break  # a list of lines (names) after the prose: the prose before it is read
        if is_prose(block) and not in_chrome(block, page):
            found[next(rank[n] for n in block.chain if n in rank)].append(block)
    return _lowest_holding(ups, found)


def _holds_prose(page: Page, element: HtmlElement) -> bool:
    """True when half of the text in *element* or more is prose (:func:`is_prose`): not
    a list of lines without sentences (names and roles, figures)."""
    text = prose = 0
    for block in page.blocks:
        if element in block.chain:
            text += len(block.text)
            if is_prose(block):
                prose += len(block.text)
    return prose * 2 >= text


def _lowest_holding(
    nodes: Iterable[HtmlElement], found: list[list[Block]]
) -> tuple[HtmlElement | None, list[Block]]:
    """The first of *nodes* (lowest first) whose prose paragraphs, with those of the
    nodes below it (*found*, one list a node), reach :data:`~.boilerplate.HEADLINE_PROSE_MIN`,
    and those paragraphs; (None, []) when none does."""
    prose: list[Block] = []
    for node, blocks in zip(nodes, found, strict=True):
        prose.extend(blocks)
        if len(prose) >= bp.HEADLINE_PROSE_MIN:
            return node, prose
    return None, []


def in_chrome(block: Block, page: Page) -> bool:
    return bool(page.chrome) and any(n in page.chrome for n in block.chrome)


def headline_at(page: Page, element: HtmlElement) -> int | None:
    """Where the page's headline stands among its paragraphs: its one ``h1`` (not a
    link: a site's logo, a teaser); on a page with no ``h1``, the first heading outside
    chrome that states the ``<title>`` of *element*'s page or its start or end
    ("Headline | Site", "Site: Headline"; a site's name shown as the title states it is
    rarely a heading); None when neither is found."""
    blocks = page.blocks
    h1 = [i for i, b in enumerate(blocks) if b.tag == "h1"]
    if len(h1) == 1:
        found = blocks[h1[0]].link_density <= bp.MAX_LINK_DENSITY
        return h1[0] if found else None
    if h1:
        return None
    words = key_words(page_title(element))
    if not words:
        return None
    for index, block in enumerate(blocks):
        if block.tag not in HEADINGS or len(block.text) > bp.HEADLINE_MAX_CHARS:
            continue
        if block.link_density > bp.MAX_LINK_DENSITY or in_chrome(block, page):
            continue
        line = key_words(block.text)
        if line and (words[: len(line)] == line or words[-len(line) :] == line):
            return index
    return None


def _tells(blocks: list[Block], container: HtmlElement, sets: tuple[set[str], ...]) -> bool:
    """True when the paragraphs in *container* tell :data:`~.second.WORDS_MIN_HELD` of the
    words of one of *sets*, read loosely: a word's stem (:data:`_STEM` letters) tells it
    too ("Stadtrats" of "Stadtrat", "beschlossen" of "beschließt"). Read paragraph by
    paragraph until one set is told (a story tells its headline early)."""
    return blocks_tell((b for b in blocks if container in b.chain), sets)


def blocks_tell(blocks: Iterable[Block], sets: tuple[set[str], ...]) -> bool:
    """True when *blocks* tell :data:`~.second.WORDS_MIN_HELD` of the words of one of
    *sets*, read loosely (as :func:`_tells` reads them)."""
    wanted = [(stems, WORDS_MIN_HELD * len(stems)) for stems in
              ({w[:_STEM] for w in words} for words in sets) if stems]  # fmt: skip
    told: set[str] = set()
    for block in blocks:
        told.update(w[:_STEM] for w in key_words(block.text))
        if any(len(want & told) >= enough for want, enough in wanted):
            return True
    return False


def twin_count(element: HtmlElement) -> int:
    """How many of *element*'s parent's children have its tag and class, itself included
    (1 for an element without a parent)."""
    parent = element.getparent()
    if parent is None:
        return 1
    name = element.get("class")
    return sum(1 for c in parent if c.tag == element.tag and c.get("class") == name)


def twin_counts(elements: Iterable[HtmlElement]) -> dict[HtmlElement, int]:
    """:func:`twin_count` of each of *elements*, each parent's children read once (a
    forum's thousands of posts, each asking the same parent)."""
    kinds: dict[HtmlElement, Counter[tuple[object, str | None]]] = {}
    counts: dict[HtmlElement, int] = {}
    for element in elements:
        parent = element.getparent()
        if parent is None:
            counts[element] = 1
            continue
        if parent not in kinds:
            kinds[parent] = Counter((c.tag, c.get("class")) for c in parent)
        counts[element] = kinds[parent][element.tag, element.get("class")]
    return counts


def _with_twins(element: HtmlElement) -> HtmlElement:
    """*element*'s parent when it is one of a run of siblings of its tag and class (a
    live blog's update that outweighs the others: the run tells the story), else itself."""
    parent = element.getparent()
    return parent if parent is not None and twin_count(element) >= bp.ENTRY_MIN_POSTS else element


def page_title(element: HtmlElement) -> str:
    """The text of the ``<title>`` of *element*'s page (empty without one)."""
    root = element.getroottree().getroot()
    title = root.find("head/title")
    if title is None:
        title = root.find(".//title")
    return (title.text_content() or "") if title is not None else ""


#: Letters two words share at their start to tell the same thing (a word and its
#: inflections and compounds), in :func:`under_own_headline`'s loose reading.
_STEM = 5


def words_of(blocks: Iterable[Block]) -> set[str]:
    words: set[str] = set()
    for block in blocks:
        words.update(key_words(block.text))
    return words


def is_prose(block: Block) -> bool:
    """A paragraph of prose: a long enough sentence with few links (its length weighed
    by :func:`~.words.text_weight`: an ideograph counts three characters). Read once per
    block (:attr:`~.blocks.Block.prose`)."""
    prose = block.prose
    if prose is None:
        prose = block.prose = (
            long_enough(block.text, bp.PROSE_BESIDE_CHARS)
            and block.link_density <= bp.ENTRY_MAX_LINK_DENSITY
            and ends_sentence(block.text)
        )
    return prose
