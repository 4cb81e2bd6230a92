"""A story's own list of links to other sites: a links roundup, a reading list.

A post whose story is a short intro and a list of links ("links of the week", "what I
read") is link-dense through and through, and the link-density rules would read its list
as a box of links (a related-posts list, a menu) and drop it, or credit no score to its
container, so that comments or related excerpts beside it win. What sets the story's
list apart from a site's own boxes is where its links go and how they read: every item
links a page on another site (a menu, a related-posts list, tags, a "further reading"
box of the site's own stories, previous/next links all point into the site), the items
point to several different sites (a box of one partner's stories points to one), each
item's linked words read as a title or a sentence (:data:`ITEM_MIN_WORDS` words: a
blogroll's or a profile box's names, "Facebook", "Mastodon", are shorter), and the list
follows a line of prose right in the container it stands in (the nearest line only: a
box has its title over its list, a heading or a bold-only line, and another box's text
before it, a video's caption, is no intro).
Such a list's linked words are counted as the story's text (:func:`cite_outbound_lists`
sets its items' link characters to nothing and marks them ``cited``) before the
paragraphs score their containers, and each item then scores the list's container as a
paragraph does (:func:`~newscrawl.extraction.tally.tally_ancestors`): a one-line intro
and its list outweigh the comments or related excerpts beside them.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction.blocks import HEADINGS, Block
from newscrawl.extraction.html import absolute_url, all_bold, host_of, site_of, split_url
from newscrawl.extraction.words import ends_sentence, long_enough, words

#: Fewest items of a story's list of links.
MIN_ITEMS = 3
#: Fewest words of each item's linked text (a title or a sentence, not a name), counted
#: by :func:`~newscrawl.extraction.words.words` (Chinese and Japanese in pairs of
#: characters, so that a roundup written without spaces counts its titles' words too).
ITEM_MIN_WORDS = 4
#: Fewest different sites (:func:`~newscrawl.extraction.html.site_of`) the items point
#: to, and the least share of the items that number must reach (a roundup may cite one
#: site twice; a box of one site's stories points to one).
MIN_HOSTS = 2
HOSTS_SHARE = 0.5
#: Fewest characters of the prose paragraph before the list in its container (an
#: ideograph weighs three: :func:`~newscrawl.extraction.words.long_enough`).
INTRO_MIN_CHARS = 40
#: Most levels of wrappers holding only the list between it and its container.
WRAPPER_LEVELS = 2


def _host(url: str, href: str) -> str | None:
    """The host a link points to (:func:`~newscrawl.extraction.html.host_of`), resolved
    against the page (a fragment: the page's own); None for a link to no web page (a
    mail address, a script)."""
    target = absolute_url(url, href)
    scheme = split_url(target).scheme
    return (host_of(target) or None) if scheme in ("http", "https") else None


def _outbound_item(block: Block, url: str, own: str) -> str | None:
    """The host of a list item that links another site with a title's words, or None."""
    if block.tag != "li" or not block.links:
        return None
    if max(len(words(anchor)) for anchor, _ in block.links) < ITEM_MIN_WORDS:
        return None  # (asked first: menus and tags fail here, no address read)
    hosts = set()
    for _anchor, href in block.links:
        host = _host(url, href)
        if host is None or site_of(host) == own:
            return None
        hosts.add(host)
    return min(hosts)


def _list_of(block: Block) -> HtmlElement | None:
    parent = block.owner.getparent()
    if parent is None or parent.tag not in ("ul", "ol"):
        return None
    return parent


def _holder(box: HtmlElement) -> HtmlElement | None:
    """The container the list stands in: its parent, or above a wrapper holding only the
    list (``div.links > ul``), up to :data:`WRAPPER_LEVELS` levels."""
    holder = box.getparent()
    for _ in range(WRAPPER_LEVELS):
        if holder is None or sum(1 for c in holder if isinstance(c.tag, str)) != 1:
            break
        holder = holder.getparent()
    return holder


def _opens(text: str) -> bool:
    """True when *text* ends as a sentence or leads into the list (a colon)."""
    text = text.rstrip()
    return ends_sentence(text) or text.endswith((":", "："))


def _has_intro(blocks: list[Block], first: int, box: HtmlElement) -> bool:
    """True when the line right before the list (*box*, its first item at *first*) is a
    prose line of the container it stands in (the line's element a child of it, as the
    list or its wrapper is, or the line written straight into it between ``<br>``s).
    Only that nearest line may be the intro: a heading or a bold-only line over the list
    (an "Around the web" box under its title in the post body), another box's line (a
    video's caption) or a short line there makes the list a box of its own, whatever
    prose stands before."""
    holder = _holder(box)
    if holder is None or first == 0:
        return False
    block = blocks[first - 1]
    if holder not in block.chain or box in block.chain:
        return False
    if block.owner is not holder and block.owner.getparent() is not holder:
        return False  # a line of another box in the container (a video's caption)
    if block.tag in HEADINGS or block.link_density > bp.MAX_LINK_DENSITY:
        return False
    if block.owner is not holder and all_bold(block.owner):  # a box's heading
        return False
    return long_enough(block.text, INTRO_MIN_CHARS) and _opens(block.text)


def cite_outbound_lists(blocks: list[Block], url: str) -> None:
    """Count the linked words of a story's list of links to other sites as its text
    (see the module's docstring): set its items' link characters to nothing."""
    page_host = _host(url, url) if url else None
    if page_host is None:
        return
    own = site_of(page_host)
    runs: dict[HtmlElement, list[int]] = {}
    for i, block in enumerate(blocks):
        if block.tag == "li" and block.links and (box := _list_of(block)) is not None:
            runs.setdefault(box, []).append(i)
    for box, items in runs.items():
        if len(items) < MIN_ITEMS or len(items) != sum(1 for c in box if c.tag == "li"):
            continue  # (every item of the list links out, none is a line of its own)
        hosts = []
        for i in items:
            host = _outbound_item(blocks[i], url, own)
            if host is None:
                break
            hosts.append(host)
        if len(hosts) != len(items):
            continue
        distinct = len({site_of(host) for host in hosts})
        if distinct < MIN_HOSTS or distinct < HOSTS_SHARE * len(items):
            continue
        if not _has_intro(blocks, items[0], box):
            continue
        for i in items:
            blocks[i].link_chars = 0
            blocks[i].cited = True
            blocks[i].prose = None  # (its links no longer count: is_prose asks again)
