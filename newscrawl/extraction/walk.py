"""The one bounded walk that turns a page into paragraphs (:class:`Walker`).

Each paragraph is owned by the block element holding its text; chrome is skipped as the
walk meets it, and depth and element-count limits bound the work on deep or huge
documents.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction import vocabulary as voc
from newscrawl.extraction.blocks import HEADINGS, Block
from newscrawl.extraction.html import BR, collapse, text_lines
from newscrawl.extraction.walk_marks import (
    CHROME_MARKED,
    PHRASING,
    UNSEEN_NAMED,
    attribute_marks,
    element_marks,
    in_sentence,
    is_section_header,
    is_table_figure,
    is_unseen,
    looks_chrome,
    named_unseen,
)

#: Stands for ``<br>`` while text is gathered.
_BREAKS = re.compile(BR + r"\s*" + BR + r"[\s" + BR + r"]*")

_BLOCK_OR_HEADING = voc.BLOCK_TAGS | HEADINGS
#: Containers: text cut by blank lines (``<br><br>``) directly inside one is a run of
#: paragraphs in a box (old-school markup), not the lines of one paragraph (a ``<p>``, a
#: list item, a quote).
_CONTAINER_TAGS = frozenset({"article", "body", "center", "div", "main", "section", "td"})
#: Lines long enough to score that make a container's own text a run of paragraphs.
MIN_RUN_LINES = 3

#: Tags the walk skips without a look inside (a control may be a parser's open wrapper).
_SKIP_OUTRIGHT = voc.SKIP_TAGS - voc.CONTROL_TAGS
#: Tags :func:`is_unseen` may find unseen on an element without attributes.
_UNSEEN_BARE = voc.SKIP_TAGS | {"rt"}
#: Tags the walk tests for more than a name that hides: skipped, perhaps unseen, or
#: breaking the text.
_SPECIAL_TAGS = _SKIP_OUTRIGHT | _UNSEEN_BARE | {"br", "hr"}

#: Attributes other than class and id that :func:`looks_chrome` reads.
_STATE_ATTRS = frozenset({"aria-hidden", "role", "aria-modal", "style"})
#: Tags :func:`looks_chrome` answers by the tag alone.
_CHROME_OR_TOP = voc.CHROME_TAGS | {"html", "body"}

#: An open ``<a href>``: its href and where its text starts (generation, index in the buffer).
_Anchor = tuple[str, tuple[int, int]]


def _is_run(raw: str) -> bool:
    """True when a container's own text (*raw*, breaks marked) is a run of paragraphs:
    at least ``MIN_RUN_LINES`` of its lines long enough to score (fewer are an address,
    an item's lines, a short note)."""
    long = 0
    for line in raw.split(BR):
        if len(line.strip()) >= bp.MIN_SCORED_CHARS:
            long += 1
            if long >= MIN_RUN_LINES:
                return True
    return False


class Walker:
    """Turns a tree into paragraphs in one pass (libxml2's, not recursion)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.path: list[HtmlElement] = []
        """The open elements, from the top of the page down."""
        self.owners: list[tuple[HtmlElement, int, str]] = []
        """Open block and chrome elements, each with its depth in :attr:`path` (its
        ancestors' chain is read from there when it has a paragraph) and its tag (as
        written: lowered when it has a paragraph)."""
        self.chains: dict[HtmlElement, list[HtmlElement]] = {}
        """The chain of each owner with paragraphs: itself first, up to
        ``MAX_ANCESTOR_LEVELS`` elements, shared by the paragraphs it owns."""
        self.chrome: list[HtmlElement] = []
        self.marks: dict[HtmlElement, int] = {}
        """The marks of the elements whose one attribute is a class or an id."""
        self.typed: list[HtmlElement] = []
        """The elements of the walk's path with an ``itemtype`` (schema.org's typed items),
        in page order: the walked ones and the walk root's ancestors."""
        self.anchors: list[_Anchor] = []
        """Open ``<a href>``: their href and where their text starts (generation, index)."""
        self.generation = 0
        self.visited = 0

    def flush(self) -> None:
        buf = self.buf
        if not buf:
            return
        if len(buf) == 1 and buf[0].isspace():
            # Whitespace between blocks (most flushes): no paragraph, no link text.
            buf.clear()
            if self.links:
                self.links = []
            self.generation += 1
            return
        if self.anchors:
            # A link wrapping blocks ("a > span + ul"): each block's part is link text.
            self._link(*self.anchors[-1])
        raw = "".join(buf)[: bp.MAX_PARAGRAPH_CHARS]
        buf.clear()  # emptied in place: the walk holds it (no paragraph keeps it)
        links = self.links
        if links:
            self.links = []
        self.generation += 1
        if not self.owners or raw.isspace():  # the buffer holds no empty strings
            return
        owner, depth, tag = self.owners[-1]
        tag = tag.lower()
        chain = self.chains.get(owner)
        if chain is None:
            # The owner and the elements above it: the path as the owner opened.
            end = depth - bp.MAX_ANCESTOR_LEVELS - 1
            chain = self.path[depth - 1 : end : -1] if end >= 0 else self.path[depth - 1 :: -1]
            self.chains[owner] = chain
        chrome = tuple(self.chrome)
        cut = False
        if BR not in raw:  # one piece, one line (most paragraphs)
            pieces = [collapse(raw)]
        else:
            pieces = [text_lines(piece) for piece in _BREAKS.split(raw)]
            cut = tag in _CONTAINER_TAGS and _is_run(raw)
        for text in pieces:
            if not text:
                continue
            mine, chars = [], 0
            if links:
                # An anchor's text is read with its line breaks as spaces.
                flat = " ".join(text.split()) if "\n" in text else text
                for link in links:
                    if link[0] in flat:
                        mine.append(link)
                        chars += len(link[0])
            self.blocks.append(Block(text, owner, tag, mine, chars, chrome, chain, cut))

    def walk(self, root: HtmlElement) -> list[Block]:
        # libxml2 walks the tree (lxml's iterwalk: an event as each element opens and
        # closes, comments on their own); what the walk does not enter it skips whole, and
        # such an element's close event only brings its tail.
        events = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        skip_subtree = events.skip_subtree
        path, owners, chrome_open, anchors = self.path, self.owners, self.chrome, self.anchors
        path.extend(reversed(list(root.iterancestors())))
        typed = self.typed
        typed.extend(node for node in path if node.get("itemtype") is not None)
        # The open elements that do something as they close (a block, chrome, a link),
        # and the open links among them.
        closing: list[HtmlElement] = []
        linked: list[HtmlElement] = []
        buf = self.buf
        skip_tags, block_tags, max_elements = _SKIP_OUTRIGHT, _BLOCK_OR_HEADING, bp.MAX_ELEMENTS
        unseen_bare, chrome_tags = _UNSEEN_BARE, voc.CHROME_TAGS
        special_tags = _SPECIAL_TAGS
        state_attrs, chrome_or_top, phrasing = _STATE_ATTRS, _CHROME_OR_TOP, PHRASING
        chrome_marked, value_marks = CHROME_MARKED, attribute_marks
        unseen_named = UNSEEN_NAMED
        known = self.marks
        # Deeper than MAX_DEPTH below *root*, the walk goes no further.
        too_deep = len(path) + bp.MAX_DEPTH
        visited = 0
        skipped = False
        for event, element in events:
            if event == "end":
                if skipped:
                    skipped = False
                else:
                    # The element closes (written out here: it is most of the walk's
                    # events); most elements only give their tail.
                    if closing and closing[-1] is element:
                        closing.pop()
                        # An element in ``closing`` is a link or an owner, or both.
                        if linked and linked[-1] is element:
                            linked.pop()
                            self._link(*anchors.pop())
                            owner = bool(owners) and owners[-1][0] is element
                        else:
                            owner = True
                        if owner:
                            if buf:
                                if len(buf) == 1 and buf[0].isspace() and not self.links:
                                    # Whitespace between blocks: :meth:`flush` of it.
                                    buf.clear()
                                    self.generation += 1
                                else:
                                    self.flush()
                            owners.pop()
                        if chrome_open and chrome_open[-1] is element:
                            chrome_open.pop()
                    path.pop()
                if tail := element.tail:
                    buf.append(tail)
                continue
            visited += 1
            if visited > max_elements:
                break
            if event != "start":  # a comment or processing instruction: only its tail
                if tail := element.tail:
                    buf.append(tail)
                continue
            tag = element.tag
            if tag in special_tags:
                # A tag that is skipped, may hide, or breaks the text (few elements).
                if (
                    tag in skip_tags
                    or len(path) > too_deep
                    or (
                        (
                            ((names := element.keys()) and ("hidden" in names or "style" in names))
                            or tag in unseen_bare
                        )
                        and is_unseen(element, tag, names)
                    )
                ):
                    skip_subtree()
                    skipped = True
                    continue
                if tag == "br":
                    skip_subtree()
                    skipped = True
                    buf.append(BR)
                    continue
                if tag == "hr":
                    skip_subtree()
                    skipped = True
                    self.flush()
                    continue
            elif len(path) > too_deep or (
                # Only the attributes hidden and style can hide an element of another tag.
                (names := element.keys())
                and ("hidden" in names or "style" in names)
                and is_unseen(element, tag, names)
            ):
                skip_subtree()
                skipped = True
                continue
            path.append(element)
            if not names:
                chrome = (
                    tag in chrome_tags
                    and not is_table_figure(element, tag)
                    and not is_section_header(element, tag)
                )
            elif tag in chrome_or_top or not state_attrs.isdisjoint(names):
                named = element_marks(element, names) if "class" in names or "id" in names else 0
                if named & unseen_named and named_unseen(element, named):
                    # Named as text for screen readers only (hidden from sight).
                    path.pop()
                    skip_subtree()
                    skipped = True
                    continue
                if "itemtype" in names:
                    typed.append(element)
                chrome = looks_chrome(element, tag, names, named)
            else:
                # :func:`looks_chrome` of most named elements, written out here: no
                # attribute but class and id says anything of chrome, and their marks
                # say it all.
                if len(names) > 1:
                    if "itemtype" in names:
                        typed.append(element)
                    marks = element_marks(element, names)
                elif (name := names[0]) in {"class", "id"}:
                    marks = known[element] = value_marks(element.get(name) or "")
                else:
                    if name == "itemtype":
                        typed.append(element)
                    marks = 0
                if marks & unseen_named and named_unseen(element, marks):
                    # Named as text for screen readers only (hidden from sight).
                    path.pop()
                    skip_subtree()
                    skipped = True
                    continue
                chrome = chrome_marked[marks] and (tag not in phrasing or not in_sentence(element))
            if chrome or tag in block_tags:
                # Chrome is a block of its own, so its verdict can drop it whole.
                if buf:
                    if len(buf) == 1 and buf[0].isspace() and not self.links:
                        buf.clear()
                        self.generation += 1
                    else:
                        self.flush()
                owners.append((element, len(path), tag))
                closing.append(element)
                if chrome:
                    chrome_open.append(element)
            if tag == "a" and names and (href := element.get("href")):
                anchors.append((href, (self.generation, len(buf))))
                linked.append(element)
                if not closing or closing[-1] is not element:
                    closing.append(element)
            if text := element.text:
                buf.append(text)
        self.visited = visited
        self.flush()
        return self.blocks

    def _link(self, href: str, mark: tuple[int, int]) -> None:
        """Record the text gathered since *mark* (or since the last flush) as a link."""
        start = mark[1] if mark[0] == self.generation else 0
        anchor = collapse("".join(self.buf[start:]).replace(BR, " "))
        if anchor:
            self.links.append((anchor, href))
