"""Stories made of entries: live blogs and posts in a run of sibling containers.

A run of entries under one headline is one story (:func:`entry_run`,
:func:`_story_entries`); another post beside the story is not part of it
(:func:`within`).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.blocks import HEADINGS, Block, Page, ancestors, tag_name
from newscrawl.extraction.tally import final
from newscrawl.extraction.walk_marks import attrs


def entry_run(top: HtmlElement, page: Page) -> list[HtmlElement]:
    """The run of entries *top* lies inside, when it lies inside one (not when it is one:
    then its siblings are weighed as any story's): a live blog's update or a list
    article's item that outweighs the others. A run is at least ``ENTRY_MIN_POSTS``
    siblings of one tag and class, most holding prose under headings that are no links,
    together most of their parent's text, in the post that holds the page's ``h1``."""
    for node in list(ancestors(top, bp.ENTRY_LEVELS + 1))[1:]:
        parent = node.getparent()
        if parent is None or tag_name(parent) in ("body", "html") or parent in page.chrome:
            return []
        name = node.get("class")  # not the id: each entry has its own
        twins = [c for c in parent if c.tag == node.tag and c.get("class") == name]
        if len(twins) < bp.ENTRY_MIN_POSTS or not _is_prose_post(node, page):
            continue
        prose = sum(1 for t in twins if _is_prose_post(t, page))
        if prose < bp.ENTRY_PROSE_SHARE * len(twins):
            continue
        entry = page.stats[parent]
        run = sum(page.stats[t].chars - page.stats[t].link_chars for t in twins if t in page.stats)
        if run < bp.ENTRY_MIN_SHARE * (entry.chars - entry.link_chars):
            continue
        return twins if _under_headline(parent) else []
    return []


def cousins(top: HtmlElement, top_score: float, page: Page) -> list[HtmlElement]:
    """Containers named like *top* a few levels away: a story cut into cards, each in
    its own wrapper."""
    name = attrs(top)
    near = list(ancestors(top, bp.COUSIN_LEVELS + 1))[1:]
    if len(near) < 2 or not isinstance(top.tag, str):
        return []
    found = []
    for count, node in enumerate(near[-1].iter(top.tag)):
        if count > bp.MAX_ELEMENTS:
            break
        entry = page.stats.get(node)
        if entry is None or not entry.scored or node is top or node in page.chrome:
            continue
        if attrs(node) != name or final(entry) < bp.COUSIN_SHARE * top_score:
            continue
        line = list(ancestors(node, bp.COUSIN_LEVELS + 1))
        if any(a is top for a in line) or any(a is node for a in near):
            continue
        found.append(node)
    return found


def _post_kind(element: HtmlElement) -> str | None:
    """What kind of one-post element *element* is (its tag or schema.org type), if any."""
    tag = tag_name(element)
    if tag in bp.POST_TAGS:
        return tag
    itemtype = str(element.get("itemtype") or "")
    if itemtype and itemtype.rstrip("/").rsplit("/", 1)[-1] in bp.POST_ITEMTYPES:
        return itemtype
    return None


def _is_other_post(element: HtmlElement) -> bool:
    """True when *element* is one post of a run of posts: another element of its kind
    stands right before or after it."""
    kind = _post_kind(element)
    if kind is None:
        return False
    for forward in (False, True):
        sibling = element.getnext() if forward else element.getprevious()
        while sibling is not None and not isinstance(sibling.tag, str):  # comments
            sibling = sibling.getnext() if forward else sibling.getprevious()
        if sibling is not None and _post_kind(sibling) == kind:
            return True
    return False


def _under_headline(run: HtmlElement) -> bool:
    """True when the page's ``h1`` stands in the post holding the run of entries *run*
    (or, outside any post, within ``ENTRY_HEADLINE_LEVELS`` above it): the run is the
    headline's story, not a box of other posts beside it ("You may also like")."""
    for level, node in enumerate(ancestors(run, bp.MAX_ANCESTOR_LEVELS)):
        if next(node.iter("h1"), None) is not None:
            return True
        if _post_kind(node) is not None or level >= bp.ENTRY_HEADLINE_LEVELS:
            return False
    return False


def _heading_linked(post: HtmlElement) -> bool:
    """True when a heading of *post* is (or holds) a link: a teaser's headline."""
    for heading in post.iter(*HEADINGS):
        if next(heading.iter("a"), None) is not None:
            return True
        if any(tag_name(a) == "a" for a in ancestors(heading, 4)):
            return True
    return False


def _is_prose_post(post: HtmlElement, page: Page) -> bool:
    entry = page.stats.get(post)
    return (
        entry is not None
        and entry.chars - entry.link_chars >= bp.ENTRY_MIN_CHARS
        and entry.link_density <= bp.ENTRY_MAX_LINK_DENSITY
        and not _heading_linked(post)
    )


def _chrome_within(around: HtmlElement, page: Page) -> int:
    """Characters beside links of the chrome inside *around* (a readers' discussion
    after a live blog's entries, a box of links): text that is not the story's own.
    The chrome's characters are added up the page once, when first asked."""
    held = page.chrome_held
    if held is None:
        held = page.chrome_held = {}
        for node in page.chrome:
            entry = page.stats.get(node)
            if entry is None:
                continue
            line = ancestors(node)
            next(line)  # the node itself
            ups = []
            for above in line:
                if above in page.chrome:
                    break  # counted with the chrome around it
                ups.append(above)
            else:
                for above in ups:
                    held[above] = held.get(above, 0) + entry.chars - entry.link_chars
    return held.get(around, 0)


def _story_entries(post: HtmlElement, page: Page) -> bool:
    """True when the run of posts *post* belongs to is the story's own entries — a live
    blog's updates, a list article's items — rather than other stories or comments: the
    run is long, its posts hold prose under headings that are no links, and it holds most
    of the text of the story container around it (the story's own text before a run of
    teasers or comments outweighs the run), chrome inside it not counted (a readers'
    discussion after a live blog's short entries is no text of the story's)."""
    parent = post.getparent()
    if parent is None:
        return False
    verdict = page.entries.get(parent)
    if verdict is not None:
        return verdict
    kind = _post_kind(post)
    posts = [c for c in parent if isinstance(c.tag, str) and _post_kind(c) == kind]
    verdict = False
    if len(posts) >= bp.ENTRY_MIN_POSTS:
        prose = sum(1 for p in posts if _is_prose_post(p, page))
        run = sum(page.stats[p].chars - page.stats[p].link_chars for p in posts if p in page.stats)
        # The nearest ancestor that is a story candidate: where the run's share is read.
        around = next((a for a in ancestors(parent) if a is not parent and a in page.stats
                       and page.stats[a].scored), None)  # fmt: skip
        if (
            around is not None
            and prose >= bp.ENTRY_PROSE_SHARE * len(posts)
            and _under_headline(parent)
        ):
            whole = page.stats[around].chars - page.stats[around].link_chars
            # (the chrome inside is read only where the run falls short without it)
            verdict = run >= bp.ENTRY_MIN_SHARE * whole or (
                run >= bp.ENTRY_MIN_SHARE * (whole - _chrome_within(around, page))
            )
    page.entries[parent] = verdict
    return verdict


def within(block: Block, chosen: set[HtmlElement], page: Page) -> bool:
    """True when *block* lies in a chosen container with no chrome, link box or other
    post (a run of ``<article>`` teasers nested in the story's own) between."""
    for node in block.chain:
        if node in chosen:
            return True
        if node in page.chrome:
            return False
        if node is block.owner:
            continue
        post = page.posts.get(node)
        if post is None:
            post = page.posts[node] = _is_other_post(node)
        if post and not _story_entries(node, page):
            return False
        entry = page.stats.get(node)
        if (
            entry is not None
            and entry.chars < 2000
            and entry.link_density > bp.MAX_LINK_DENSITY
            and entry.chars > len(block.text)
        ):
            return False
    return False
