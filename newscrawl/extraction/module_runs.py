"""A story laid out as a page builder's modules: named like chrome, holding the story.

Page builders and block editors wrap each heading, paragraph and picture of a story in a
module of its own (a chain of layout elements: column > module > inner), and often name
the module as a sidebar's parts are named ("widget"). Each module alone holds far less
than a story container, so its name makes it chrome, and the story is lost. The modules
of one column are told apart from a real widget column by where and what they hold: the
first prose after the page's headline is in one of them, together they hold several
prose paragraphs (or one of them two or more: a builder's module holding the whole
post), all the prose of their parent and at least as much as the page holds outside
chrome. Such sibling modules are the story's, not chrome. A widget column beside the
story (recent posts, categories, one newsletter blurb) holds not the story's opening,
and prose boxes under the headline over a story in a plain container hold not all their
parent's prose: both stay chrome.
"""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction import vocabulary as voc
from newscrawl.extraction.anchored import headline_at, in_chrome, is_prose
from newscrawl.extraction.blocks import HEADINGS, Block, Page, ancestors, tag_name

#: Prose paragraphs (:func:`~.anchored.is_prose`) the modules must hold together …
MODULE_RUN_MIN_PROSE = 3
#: … in at least this many modules, or one module this many.
MODULE_RUN_MIN_MODULES = 2
MODULE_MIN_PROSE = 2


def story_modules(page: Page, layers: set[HtmlElement], element: HtmlElement) -> set[HtmlElement]:
    """The chrome-named elements of *page* that are the modules of its story (see the
    module's docstring), and the chrome-named elements inside them that are not link
    lists: none when the story's opening is outside chrome or no run of modules holds
    it. *layers*: consent layers and discussions, never modules; *element*: any element
    of the page (its ``<title>`` helps find the headline)."""
    if not page.chrome:
        return set()
    opening = _opening(page, element)
    if opening is None:
        return set()
    run = _run_of(page, layers, opening)
    if not run:
        return set()
    found: set[HtmlElement] = set()
    for block in page.blocks:
        if block.chrome and any(node in run for node in block.chain):
            found.update(n for n in block.chrome if _unnamed(n, run, page))
    return found | _wrappers(page, run)


def _run_of(page: Page, layers: set[HtmlElement], opening: Block) -> set[HtmlElement]:
    """The modules holding *opening*: the chrome siblings of one of its chrome ancestors
    that hold the story (:func:`_story_prose`), the one holding the most prose (the
    innermost of equals: a module's inner box alone may hold two paragraphs of it)."""
    best: set[HtmlElement] = set()
    most = 0
    for node in reversed(opening.chrome):
        if node in layers or tag_name(node) in voc.CHROME_TAGS:
            break
        parent = node.getparent()
        if node not in page.chrome or parent is None:
            continue
        run = {child for child in parent if child in page.chrome and child not in layers}
        held = _story_prose(page, parent, run)
        if held > most:
            best, most = run, held
    return best


def _wrappers(page: Page, run: set[HtmlElement]) -> set[HtmlElement]:
    """The chrome elements around the modules of *run* that hold little else (a
    builder's "widget-wrap"): most of their text is the modules'."""
    held = sum(page.stats[node].chars for node in run if node in page.stats)
    parent = next(iter(run)).getparent()
    found: set[HtmlElement] = set()
    for ancestor in ancestors(parent) if parent is not None else ():
        entry = page.stats.get(ancestor)
        if entry is None or held < bp.WRAPPER_SHARE * entry.chars:
            break
        if ancestor in page.chrome and tag_name(ancestor) not in voc.CHROME_TAGS:
            found.add(ancestor)
    return found


def _opening(page: Page, element: HtmlElement) -> Block | None:
    """The first prose paragraph after the page's headline, when it is in chrome."""
    start = headline_at(page, element)
    if start is None:
        return None
    for block in page.blocks[start + 1 :]:
        if block.tag not in HEADINGS and is_prose(block):
            return block if in_chrome(block, page) else None
    return None


def _story_prose(page: Page, parent: HtmlElement, run: set[HtmlElement]) -> int:
    """Characters of prose the modules of *run* hold, 0 unless they are a story's (see
    the module's docstring): the modules, children of *parent*, hold all of *parent*'s
    prose (no story beside them in a plain container) and at least as much prose as the
    page holds outside chrome (what the block model could take instead), and either
    several prose paragraphs in several of them or two or more in one (a story in one
    module): boxes of one prose blurb each (a newsletter's, a donation call's) are
    neither."""
    held = other = 0
    counts: Counter[HtmlElement] = Counter()
    for block in page.blocks:
        if block.tag in HEADINGS or not is_prose(block):
            continue
        holder = next((n for n in block.chain if n in run), None)
        if holder is not None:
            held += len(block.text)
            counts[holder] += 1
        elif parent in block.chain:
            return 0  # prose beside the modules: the story is outside them
        elif not in_chrome(block, page):
            other += len(block.text)
    if not counts or held < other:
        return 0
    several = counts.total() >= MODULE_RUN_MIN_PROSE and len(counts) >= MODULE_RUN_MIN_MODULES
    return held if several or max(counts.values()) >= MODULE_MIN_PROSE else 0


def _unnamed(node: HtmlElement, run: set[HtmlElement], page: Page) -> bool:
    """True when chrome *node* is a module of *run* or inside one, is chrome by its name
    (not by its tag: a figure, a form) and is no link list (a share bar)."""
    if node not in page.chrome or tag_name(node) in voc.CHROME_TAGS:
        return False
    stats = page.stats.get(node)
    if stats is None or stats.link_density > bp.MAX_LINK_DENSITY:
        return False
    return node in run or any(a in run for a in node.iterancestors())
