"""The body/boilerplate model for pages of any news site.

One bounded walk over the page turns it into paragraphs, each owned by the block element
holding its text; page chrome (named in :mod:`newscrawl.extraction.boilerplate`: share
bars, newsletter calls, captions, author boxes, comments, sidebars …) is skipped as the walk
meets it. Paragraphs then score their ancestors (text length, commas, link density, the
class/id vocabulary), the best container and its sibling containers become the story, and
its paragraphs go through :func:`~newscrawl.extraction.body.clean_paragraphs`. Boxes of
repeated "link + headline" items anywhere on the page become teasers.

Nothing here raises on broken input: depth and element-count limits bound the work on
deep or huge documents, and odd nodes (comments, processing instructions) are read as
what they are.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from operator import attrgetter, itemgetter

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction import vocabulary as voc
from newscrawl.extraction.body import BodyParts, Paragraph, clean_paragraphs
from newscrawl.extraction.dates import LabelledDate, split_labels
from newscrawl.extraction.edges import (
    HEADER_LINE_MAX_CHARS,
    PROSE_MIN_CHARS,
    STRUCTURE_TAGS,
    boxed_paragraphs,
    closing_lines,
    header_end,
    header_lines,
    repeated_lines,
    stamp_lines,
)
from newscrawl.extraction.headlines import key_words
from newscrawl.extraction.html import (
    BR,
    NotHTMLError,
    absolute_url,
    inline_text,
    is_bare_reading,
    iter_text,
    selector,
    text_lines,
)
from newscrawl.extraction.metadata import Metadata, extract_metadata
from newscrawl.extraction.page import PageData, TeaserData
from newscrawl.extraction.pagekind import best_text, page_kind, states_own_date
from newscrawl.extraction.second import (
    SECOND_SOURCE,
    WORDS_MIN_HELD,
    Signals,
    long_words,
    prefer_second,
    second_body,
    unsure_reason,
)
from newscrawl.extraction.stated import stated_end, stated_lines, told_apart
from newscrawl.extraction.teaser_links import has_headline_words, is_own_stories, story_links
from newscrawl.extraction.teaser_text import teaser_headline
from newscrawl.extraction.vocabulary import RELATED_LINK

#: Stands for ``<br>`` while text is gathered.
_BREAKS = re.compile(BR + r"\s*" + BR + r"[\s" + BR + r"]*")
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: An inline style pinning the element to the viewport: a layer laid over the page (a
#: consent banner, a subscription wall, a chat box), however it is named.
_FIXED_STYLE = re.compile(r"position\s*:\s*fixed", re.IGNORECASE)
#: Above this share of the page's text an element named as an overlay is judged like other
#: chrome (by ``CHROME_MAX_SHARE``): it is a wrapper of the whole page.
_OVERLAY_MAX_SHARE = 0.9
#: Share of a paragraph's points a list item scores when it does not end as a sentence.
_ITEM_POINTS = 0.5
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: How a sentence ends: its stop (Latin or CJK), then any closing quotes and brackets.
_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u201d\u2019\u00bb\u300d)\]]*$")
_BLOCK_OR_HEADING = voc.BLOCK_TAGS | _HEADINGS
#: Inline elements that carry words of a sentence.
_PHRASING = frozenset(
    {"a", "abbr", "b", "cite", "em", "i", "mark", "q", "small", "span", "strong", "u"}
)
_WORD_CHAR = re.compile(r"\w")
#: Tags the walk skips without a look inside (a control may be a parser's open wrapper).
_SKIP_OUTRIGHT = voc.SKIP_TAGS - voc.CONTROL_TAGS
#: Tags :func:`_is_unseen` may find unseen on an element without attributes.
_UNSEEN_BARE = voc.SKIP_TAGS | {"rt"}
#: Tags the walk tests for more than a name that hides: skipped, perhaps unseen, or
#: breaking the text.
_SPECIAL_TAGS = _SKIP_OUTRIGHT | _UNSEEN_BARE | {"br", "hr"}


@dataclass(slots=True)
class _Block:
    """One paragraph as the walk found it."""

    text: str
    owner: HtmlElement
    tag: str
    """The owner's tag (as :func:`_tag` reads it), read once by the walk: the scoring and
    the story's filters ask it of every paragraph."""
    links: list[tuple[str, str]]
    """Anchor text and ``href`` as written: only the kept paragraphs' are resolved."""
    link_chars: int
    chrome: tuple[HtmlElement, ...]
    """Open elements named like chrome (vetted against their size once all is read)."""
    chain: list[HtmlElement]
    """The owner and its ancestors (up to ``MAX_ANCESTOR_LEVELS``): the elements the walk
    had open around it."""

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0


@dataclass(slots=True)
class _Stats:
    """What the paragraphs below one element add up to."""

    chars: int = 0
    link_chars: int = 0
    score: float = 0.0
    scored: bool = False

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / self.chars) if self.chars else 0.0


@dataclass
class GenericBody:
    """The story and the boxes of other stories found on one page."""

    body: BodyParts = field(default_factory=BodyParts)
    teasers: list[TeaserData] = field(default_factory=list)
    #: The element that holds the story (the first story container), None when none.
    story: HtmlElement | None = None
    #: When no story container was found: the page's main text all the same (see
    #: :func:`_loose_paragraphs`), for an article-shaped page's uncertain body.
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


# --- class / id vocabulary --------------------------------------------------------------


# What a word of class + id says, as bits: a page's names are new strings, most of their
# words are not ("article-header__meta", "c-article-header"), so a name's verdicts are
# read from its words' marks. ``_CONSENT_TOOL``: a token (as ``str.split`` cuts class + id)
# starting with a consent tool's prefix (:data:`~.vocabulary.CONSENT_PREFIXES`).
_MARK_BITS = 9
_NEGATIVE, _RESCUE, _POSITIVE, _CONSENT, _COOKIE, _NOTICE, _CONSENT_TOOL, _PRIVACY, _LAID = (
    1 << i for i in range(_MARK_BITS)
)


@lru_cache(maxsize=16384)
def _word_marks(word: str) -> int:
    """The marks of one word of a name, as :data:`_WORDS` cuts it (any case)."""
    w = word.lower()
    marks = 0
    if w in voc.NEGATIVE_WORDS or w.startswith(voc.NEGATIVE_PREFIXES):
        marks |= _NEGATIVE
    for bit, words in (
        (_RESCUE, voc.RESCUE_WORDS),
        (_POSITIVE, voc.POSITIVE_WORDS),
        (_CONSENT, voc.CONSENT_WORDS),
        (_COOKIE, voc.COOKIE_WORDS),
        (_NOTICE, voc.NOTICE_WORDS),
        (_PRIVACY, voc.PRIVACY_WORDS),
        (_LAID, voc.LAID_OVER_WORDS),
    ):
        if w in words:
            marks |= bit
    return marks


@lru_cache(maxsize=16384)
def _token_marks(token: str) -> int:
    """The marks of one token of class + id: its words' (no word of :data:`_WORDS` runs
    over whitespace) and whether it starts with a consent tool's prefix."""
    marks = _CONSENT_TOOL if token.lower().startswith(voc.CONSENT_PREFIXES) else 0
    for word in _WORDS.findall(token):
        marks |= _word_marks(word)
    return marks


@lru_cache(maxsize=4096)
def _value_marks(value: str) -> int:
    """The marks of all words of one class or id value ("articleBody": "article" and
    "body"), read token by token: a page's names are new strings, their tokens mostly are
    not ("c-article-header", "col-md-8"). Class and id are read apart (the marks of class
    + id are the union of theirs): the body walk, the tally and the scoring ask the same
    element's name, and each value is one key however it is asked."""
    marks = 0
    for token in value.split():
        marks |= _token_marks(token)
    return marks


def _marks(element: HtmlElement, names: list[str]) -> int:
    """The marks of the class and id of an element whose attribute names are *names* (an
    attribute the element lacks is not looked up)."""
    marks = _value_marks(element.get("class") or "") if "class" in names else 0
    if "id" in names:
        marks |= _value_marks(element.get("id") or "")
    return marks


def _verdict(marks: int) -> int:
    """+1 for a story-container name, -1 for chrome, 0 otherwise (*marks*: of class + id)."""
    if marks & _NEGATIVE:
        return 0 if marks & _RESCUE else -1
    return 1 if marks & _POSITIVE else 0


def _attrs(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _named_story(element: HtmlElement, known: dict[HtmlElement, int]) -> bool:
    """True when *element* is named as a story container (``_class_verdict > 0``) or
    marked as one (``itemprop=articleBody``). *known*: the marks of elements whose one
    attribute is a class or an id, as the walk read them (:attr:`_Walker.marks`)."""
    marks = known.get(element)
    if marks is not None:
        return _verdict(marks) > 0
    names = element.keys()
    if not names:
        return False  # most elements: no name to read
    if ("class" in names or "id" in names) and _verdict(_marks(element, names)) > 0:
        return True
    return "itemprop" in names and element.get("itemprop") == "articleBody"


def _class_verdict(element: HtmlElement) -> int:
    names = element.keys()
    if "class" not in names and "id" not in names:
        return 0  # most elements: no name to read
    return _verdict(_marks(element, names))


def _consent_marked(marks: int) -> bool:
    """True when class + id of *marks* name a consent layer (a token starting with one of
    :data:`~.vocabulary.CONSENT_PREFIXES`, a consent word, or "cookie" beside a notice
    word)."""
    if marks & (_CONSENT_TOOL | _CONSENT):
        return True
    if marks & _COOKIE and marks & _NOTICE:
        return True
    return bool(marks & _PRIVACY) and bool(marks & _LAID)


def _holds_story(element: HtmlElement) -> bool:
    """True when *element* holds (or is) a story landmark: ``main``, ``article``, ``h1``
    or an ``itemprop=articleBody`` (each test one search by libxml2)."""
    if next(element.iter("main", "article", "h1"), None) is not None:
        return True
    return element.get("itemprop") == "articleBody" or (
        element.find('.//*[@itemprop="articleBody"]') is not None
    )


def _is_overlay(element: HtmlElement, known: dict[HtmlElement, int]) -> bool:
    """True for a consent layer or a modal dialog laid over the page: chrome whatever share
    of the page's text it holds, and no story container inside rescues it. A page wrapper
    carrying a consent state class ("cookie-consent-given") holds the story's landmarks, and
    a story shown in a modal holds its ``article`` or ``h1``: neither is one. *known*: as
    for :func:`_named_story`."""
    marks = known.get(element)
    if marks is not None:
        laid = _consent_marked(marks)  # one attribute, a class or an id
    else:
        names = element.keys()
        laid = bool(names) and (
            ("role" in names and element.get("role") in voc.DIALOG_ROLES)
            or ("aria-modal" in names and element.get("aria-modal") == "true")
            or ("style" in names and _is_fixed(element))
            or (("class" in names or "id" in names) and _consent_marked(_marks(element, names)))
        )
    return laid and not _holds_story(element)


def _is_fixed(element: HtmlElement) -> bool:
    """True when *element*'s inline style pins it to the viewport (``position: fixed``)."""
    style = element.get("style")
    return bool(style) and _FIXED_STYLE.search(style) is not None


#: Tags that hold a page's story by the page's own markup.
_STORY_TAGS = ("main", "article")
#: Least prose (characters outside links) a ``main``/``article`` holds to vouch for the
#: story being there rather than in a layer of controls at the page's edge.
_VOUCHING_CHARS = 200


def _edge_children(body: HtmlElement) -> list[HtmlElement]:
    """The first and the last element child of *body* that can show text."""
    kids = [c for c in body if isinstance(c.tag, str) and c.tag.lower() not in voc.SKIP_TAGS]
    return kids[:1] + kids[-1:] if kids else []


def _control_layers(
    body: HtmlElement, blocks: list[_Block], stats: dict[HtmlElement, _Stats], total: int
) -> set[HtmlElement]:
    """Layers of controls at the page's edge: a box first or last in the ``body`` (or
    first or last in the page's wrapper), holding no ``main``, ``article`` or ``h1``,
    with two or more buttons beside its text, on a page whose ``main``/``article`` holds
    prose (two paragraphs or more: one card's description does not vouch). That is a
    consent dialog, a subscription or app prompt laid over the page (its purpose texts
    long prose, its buttons "accept", "refuse", "settings"), whatever it is named and in
    whatever language: the page's own markup says where the story is."""
    edges = []
    for edge in _edge_children(body):
        if not _holds_buttons(edge):
            continue  # no layer: nor is any element inside it one
        if not _holds_story(edge):
            edges.append(edge)
            continue
        # A page wrapper holding the story: its own first and last children.
        edges.extend(e for e in _edge_children(edge) if not _holds_story(e))
    layers = {
        edge
        for edge in edges
        if edge in stats
        and stats[edge].chars < total * _OVERLAY_MAX_SHARE
        and _holds_buttons(edge)
    }
    if not layers:
        return set()
    # Two paragraphs or more in one ``main``/``article`` with enough prose vouch for it.
    paragraphs: Counter[HtmlElement] = Counter()
    for block in blocks:
        if len(block.text) < bp.MIN_SCORED_CHARS or block.link_density > bp.MAX_LINK_DENSITY:
            continue
        for node in block.chain:
            if node.tag in _STORY_TAGS:
                paragraphs[node] += 1
                if paragraphs[node] >= 2 and _prose(stats[node]) >= _VOUCHING_CHARS:
                    return layers
    return set()


def _prose(stats: _Stats) -> int:
    """Characters outside links."""
    return stats.chars - stats.link_chars


def _holds_buttons(element: HtmlElement) -> bool:
    """True when two or more ``button`` elements lie inside *element*."""
    return next(islice(element.iter("button"), 1, None), None) is not None


def _holds_landmark(element: HtmlElement) -> bool:
    """True when a landmark element lies inside *element* (a control left open)."""
    return next(element.iter(*voc.LANDMARK_TAGS), None) is not None


# Both tests below take the element's attribute names (``element.keys()``, read once by
# the walk): most elements carry one or two attributes, and an attribute looked up by
# name costs more than a look at the names.


def _is_unseen(element: HtmlElement, tag: str, names: list[str]) -> bool:
    """True when *element* never shows text a reader sees: the walk does not enter it."""
    if tag in voc.SKIP_TAGS:
        return tag not in voc.CONTROL_TAGS or not _holds_landmark(element)
    if tag == "rt" and is_bare_reading(element, tag):
        return True
    if not names or tag in ("html", "body"):
        return False
    if "hidden" in names:
        return True
    if "style" not in names:
        return False
    style = element.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


def _looks_chrome(element: HtmlElement, tag: str, names: list[str]) -> bool:
    """True when *element* is named or tagged like page chrome. Wrappers are named that
    way too ("page-ad-margins" around a whole page), so the verdict is vetted later against
    how much of the page's text the element holds."""
    if tag in voc.CHROME_TAGS:
        return True
    if not names or tag in ("html", "body"):
        return False
    if "aria-hidden" in names and element.get("aria-hidden") == "true":
        return True
    if "role" in names and element.get("role") in voc.CHROME_ROLES:
        return True
    if "aria-modal" in names and element.get("aria-modal") == "true":
        return True
    if "style" in names and _is_fixed(element) and not _holds_story(element):
        return True
    if not (("class" in names or "id" in names) and _CHROME_MARKED[_marks(element, names)]):
        return False
    return tag not in _PHRASING or not _in_sentence(element)


#: Attributes other than class and id that :func:`_looks_chrome` reads.
_STATE_ATTRS = frozenset({"aria-hidden", "role", "aria-modal", "style"})
#: Tags :func:`_looks_chrome` answers by the tag alone.
_CHROME_OR_TOP = voc.CHROME_TAGS | {"html", "body"}


def _chrome_marked(marks: int) -> bool:
    """True when class + id of *marks* name page chrome or a consent layer (``_verdict <
    0`` or :func:`_consent_marked`)."""
    if marks & _NEGATIVE and not marks & _RESCUE:
        return True
    return _consent_marked(marks)


#: :func:`_chrome_marked` of every value marks take, as the body walk looks it up.
_CHROME_MARKED = tuple(_chrome_marked(marks) for marks in range(1 << _MARK_BITS))


def _in_sentence(element: HtmlElement) -> bool:
    """True when the inline *element* stands inside running text: words right before
    it or right after it in its parent. A link named like chrome there ("auto-tag" on a
    linked name) is a word of the sentence, not a box of its own."""
    if _WORD_CHAR.search(element.tail or ""):
        return True
    before, parent = element.getprevious(), element.getparent()
    text = before.tail if before is not None else parent.text if parent is not None else None
    return _WORD_CHAR.search(text or "") is not None


# --- the walk ---------------------------------------------------------------------------


def _tag(element: object) -> str:
    tag = getattr(element, "tag", None)
    return tag.lower() if isinstance(tag, str) else ""


#: An open ``<a href>``: its href and where its text starts (generation, index in the buffer).
_Anchor = tuple[str, tuple[int, int]]


class _Walker:
    """Turns a tree into paragraphs in one pass (libxml2's, not recursion)."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
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
        if BR not in raw:  # one piece, one line (most paragraphs)
            pieces = [" ".join(raw.split())]
        else:
            pieces = [text_lines(piece) for piece in _BREAKS.split(raw)]
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
            self.blocks.append(_Block(text, owner, tag, mine, chars, chrome, chain))

    def walk(self, root: HtmlElement) -> list[_Block]:
        # libxml2 walks the tree (lxml's iterwalk: an event as each element opens and
        # closes, comments on their own); what the walk does not enter it skips whole, and
        # such an element's close event only brings its tail.
        events = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        skip_subtree = events.skip_subtree
        path, owners, chrome_open, anchors = self.path, self.owners, self.chrome, self.anchors
        path.extend(reversed(list(root.iterancestors())))
        # The open elements that do something as they close (a block, chrome, a link),
        # and the open links among them.
        closing: list[HtmlElement] = []
        linked: list[HtmlElement] = []
        buf = self.buf
        skip_tags, block_tags, max_elements = _SKIP_OUTRIGHT, _BLOCK_OR_HEADING, bp.MAX_ELEMENTS
        unseen_bare, chrome_tags = _UNSEEN_BARE, voc.CHROME_TAGS
        special_tags = _SPECIAL_TAGS
        state_attrs, chrome_or_top, phrasing = _STATE_ATTRS, _CHROME_OR_TOP, _PHRASING
        chrome_marked, value_marks = _CHROME_MARKED, _value_marks
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
                        and _is_unseen(element, tag, names)
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
                and _is_unseen(element, tag, names)
            ):
                skip_subtree()
                skipped = True
                continue
            path.append(element)
            if not names:
                chrome = tag in chrome_tags
            elif tag in chrome_or_top or not state_attrs.isdisjoint(names):
                chrome = _looks_chrome(element, tag, names)
            else:
                # :func:`_looks_chrome` of most named elements, written out here: no
                # attribute but class and id says anything of chrome, and their marks
                # say it all.
                if len(names) > 1:
                    marks = _marks(element, names)
                elif (name := names[0]) in {"class", "id"}:
                    marks = known[element] = value_marks(element.get(name) or "")
                else:
                    marks = 0
                chrome = chrome_marked[marks] and (
                    tag not in phrasing or not _in_sentence(element)
                )
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
        anchor = " ".join("".join(self.buf[start:]).replace(BR, " ").split())
        if anchor:
            self.links.append((anchor, href))


# --- scoring ----------------------------------------------------------------------------


def _ancestors(element: HtmlElement, limit: int = bp.MAX_ANCESTOR_LEVELS) -> Iterator[HtmlElement]:
    node = element
    for _ in range(limit):
        yield node
        parent = node.getparent()
        if parent is None:
            return
        node = parent


def _score_paragraph(text: str) -> float:
    return 1.0 + text.count(",") + min(len(text) / 100.0, 3.0)


def _prior(element: HtmlElement, tag: str) -> float:
    score = bp.TAG_PRIOR.get(tag, 0.0) + bp.CLASS_WEIGHT * _class_verdict(element)
    if element.get("itemprop") == "articleBody":
        score += 2 * bp.CLASS_WEIGHT
    return score


@dataclass
class _Page:
    """The walk's paragraphs with their ancestors' tallies and the chrome verdicts."""

    blocks: list[_Block]
    stats: dict[HtmlElement, _Stats]
    chrome: set[HtmlElement]
    entries: dict[HtmlElement, bool] = field(default_factory=dict)
    """Verdicts of :func:`_story_entries`, by the parent of a run of posts."""
    captions: list[tuple[_Block, int]] = field(default_factory=list)
    """The story's lines that :func:`_drop_boxes` set aside as a picture's caption, each
    with the number of its box."""
    posts: dict[HtmlElement, bool] = field(default_factory=dict)
    """Verdicts of :func:`_is_other_post`, asked by every paragraph below an element."""


_CHAIN = attrgetter("chain")


def _subtree_sums(blocks: list[_Block]) -> dict[HtmlElement, _Stats]:
    """Characters and link characters of the paragraphs below each element of the
    paragraphs' chains, the elements in the order their first paragraph meets them (owner
    first, then up). A chain that reaches the top of the page (most: pages nest less than
    ``MAX_ANCESTOR_LEVELS`` deep) is summed once per element, children into parents, not
    once per paragraph and ancestor."""
    stats: dict[HtmlElement, _Stats] = {}
    if max(map(len, map(_CHAIN, blocks)), default=0) >= bp.MAX_ANCESTOR_LEVELS:
        for block in blocks:  # a cut chain: each paragraph credits its own ancestors
            n, link_chars = len(block.text), block.link_chars
            for node in block.chain:
                entry = stats.get(node)
                if entry is None:
                    entry = stats[node] = _Stats()
                entry.chars += n
                entry.link_chars += link_chars
        return stats
    # Each element once, with its parent and depth (an element met before brings its
    # ancestors along); each paragraph credits its owner, then each element its parent,
    # deepest first.
    links: list[tuple[int, _Stats, _Stats]] = []  # (the child's depth, child, parent)
    for block in blocks:
        chain = block.chain
        entry = stats.get(chain[0])
        if entry is None:
            below = entry = stats[chain[0]] = _Stats()
            depth = len(chain)
            for node in islice(chain, 1, None):  # most stop at the first step
                depth -= 1
                above = stats.get(node)
                if above is not None:
                    links.append((depth, below, above))
                    break
                above = stats[node] = _Stats()
                links.append((depth, below, above))
                below = above
        entry.chars += len(block.text)
        entry.link_chars += block.link_chars
    links.sort(key=itemgetter(0), reverse=True)
    for _, child, parent in links:
        parent.chars += child.chars
        parent.link_chars += child.link_chars
    return stats


def _tally(blocks: list[_Block], body: HtmlElement, known: dict[HtmlElement, int]) -> _Page:
    """Characters, link characters and readability-style score of every ancestor.

    An element named like chrome counts as chrome only while it holds less than
    :data:`~newscrawl.extraction.boilerplate.CHROME_MAX_SHARE` of the page's text; its
    paragraphs score nothing. *known*: the marks the walk read (:attr:`_Walker.marks`).
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
    overlay_max = total * _OVERLAY_MAX_SHARE

    def is_overlay(node: HtmlElement) -> bool:
        laid = overlaid.get(node)
        if laid is None:
            entry = stats.get(node)
            laid = overlaid[node] = (
                entry is not None
                and entry.chars < overlay_max
                and node in named
                and _is_overlay(node, known)
            )
        return laid

    # A layer of controls is found by its buttons, not named: the walk did not note it
    # around its paragraphs (``block.chrome``), so they are kept out by their chain.
    layers = _control_layers(body, blocks, stats, total)
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
        rescuers = [node for node in stats if node not in named and _named_story(node, known)]
        kinds: dict[tuple[object, str], list[HtmlElement]] = {}
        for node in rescuers:
            kinds.setdefault((node.tag, _attrs(node)), []).append(node)
        # How many rescuers of a kind have each element among their ancestors (counted
        # once per kind, not per rescuer and ancestor: pages nest hundreds of twins).
        holding: dict[tuple[object, str], Counter[HtmlElement]] = {
            kind: Counter(a for twin in twins for a in _ancestors(twin))
            for kind, twins in kinds.items()
            if len(twins) > 1
        }
        for node in rescuers:
            entry = stats[node]
            held = holding.get((node.tag, _attrs(node)))
            for ancestor in _ancestors(node):
                if ancestor not in chrome or ancestor in layers or is_overlay(ancestor):
                    continue
                if _tag(ancestor) in voc.CAPTION_TAGS:
                    continue  # a picture and its caption wrap no story, however named
                if ancestor not in stats:
                    continue  # above a cut chain (MAX_ANCESTOR_LEVELS): its share unknown
                if entry.chars < bp.WRAPPER_SHARE * stats[ancestor].chars:
                    continue
                if held is not None and held[ancestor] > 1:
                    continue  # another twin is in it too: it holds the twins' items
                chrome.discard(ancestor)
    for block in blocks:
        if len(block.text) < bp.MIN_SCORED_CHARS or block.tag in _HEADINGS:
            continue
        if block.link_density > bp.MAX_LINK_DENSITY:
            continue
        if chrome and any(node in chrome for node in block.chrome):
            continue
        if layers and any(node in layers for node in block.chain):
            continue
        points = _score_paragraph(block.text)
        if block.tag == "li" and not _SENTENCE_END.search(block.text):
            # A list item that is no sentence (a feature, a fact, a menu entry) is a
            # story's structure, not its prose: half a paragraph's points.
            points *= _ITEM_POINTS
        for level, node in enumerate(block.chain[1:6]):
            entry = stats[node]
            if not entry.scored:
                entry.scored = True
                entry.score += _prior(node, _tag(node))
            entry.score += points / (1 if level == 0 else 2 if level == 1 else level * 3)
    return _Page(blocks, stats, chrome)


def _final(stats: _Stats) -> float:
    text = stats.chars - stats.link_chars
    return (stats.score + min(text / bp.TEXT_UNIT, bp.TEXT_CAP)) * (1.0 - stats.link_density)


def _climb(
    top: HtmlElement, top_score: float, rivals: list[HtmlElement], page: _Page
) -> HtmlElement:
    """Move from the best container up to the one holding the whole story (readability's
    steps): the ancestor holding three close rivals (a story cut into cards), then an
    ancestor scoring higher than the path up to it, then past single-child wrappers."""
    line = set(_ancestors(top))
    rivals = [r for r in rivals if r not in line and top not in set(_ancestors(r))]
    if len(rivals) >= 3:
        rival_set = set(rivals)
        for level, ancestor in enumerate(_ancestors(top)):
            if level == 0 or _tag(ancestor) == "body":
                continue
            held = [r for r in rival_set if any(n is ancestor for n in _ancestors(r))]
            if len(held) >= 3:
                # Only when the cards are most of what the ancestor holds.
                chars = sum(page.stats[r].chars for r in [top, *held])
                if chars >= bp.WRAPPER_SHARE * page.stats[ancestor].chars:
                    top = ancestor
                break
    last = top_score
    threshold = last / 3
    for level, parent in enumerate(_ancestors(top)):
        if level == 0:
            continue
        if _tag(parent) in ("body", "html") or parent in page.chrome:
            break
        entry = page.stats.get(parent)
        if entry is None or not entry.scored:
            continue
        score = _final(entry)
        if score < threshold:
            break
        if score > last * bp.CLIMB_GAIN:
            top = parent
            break
        last = score
    for _ in range(bp.MAX_ANCESTOR_LEVELS):
        parent = top.getparent()
        if parent is None or _tag(parent) in ("body", "html") or len(parent) != 1:
            break
        top = parent
    return top


def _story_nodes(page: _Page) -> list[HtmlElement]:
    """The story container and the sibling containers that continue it."""
    stats = page.stats
    candidates = [(el, s) for el, s in stats.items() if s.scored and el not in page.chrome]
    if not candidates:
        return []
    candidates.sort(key=lambda pair: _final(pair[1]), reverse=True)
    top, top_stats = candidates[0]
    top_score = _final(top_stats)
    top = _climb(
        top, top_score, [el for el, s in candidates[1:6] if _final(s) >= 0.75 * top_score], page
    )
    # The best container inside one entry of a run (a live blog's update, a list's item)
    # stands for the whole run: the entry becomes the story and its twins join it.
    twins = _entry_run(top, page)
    rejected: set[HtmlElement] = set()
    under = None if twins else _under_own_headline(top, page, candidates)
    if under is not None:
        # The text credited first stays out: no climb or sibling brings it back.
        rejected = set(_ancestors(top))
        climbed = _climb(under, _final(stats[under]), [], page)
        top, top_score = (under if climbed in rejected else climbed), _final(stats[under])
        twins = _entry_run(top, page)
    if twins:
        line = set(_ancestors(top))
        top = next(t for t in twins if t in line)
    top_score = _final(stats[top]) if top in stats else top_score
    parent = top.getparent()
    if parent is None or _tag(top) == "body":
        return [top]
    threshold = max(10.0, top_score * bp.SIBLING_SHARE)
    top_verdict = _class_verdict(top)
    nodes = []
    for sibling in parent:
        if sibling is top:
            nodes.append(sibling)
            continue
        sib = stats.get(sibling)
        if sib is None or not isinstance(sibling.tag, str) or sibling in page.chrome:
            continue
        if sibling in rejected:
            continue
        if sibling in twins or (sib.scored and _final(sib) >= threshold):
            nodes.append(sibling)
        elif sibling.tag == top.tag and top_verdict > 0 and _attrs(sibling) == _attrs(top):
            nodes.append(sibling)  # the same named container, continued
        elif sibling.tag == "p" and sib.chars > 80 and sib.link_density < 0.25:
            nodes.append(sibling)
    if top_verdict > 0:
        nodes.extend(_cousins(top, top_score, page))
    return nodes


def _under_own_headline(
    top: HtmlElement, page: _Page, candidates: list[tuple[HtmlElement, _Stats]]
) -> HtmlElement | None:
    """The best container under the page's headline, when the block model credited a
    text elsewhere that does not tell the headline: a list of names below an open letter,
    a player's texts, a forum's or a consent layer's prose outweighing a short story.

    The headline (:func:`_headline_at`) and the prose under it say where the story is:
    the nearest ancestor of the headline, below the one it shares with the credited text,
    holding :data:`~.boilerplate.HEADLINE_PROSE_MIN` prose paragraphs; or, when the
    credited text stands wholly before the headline in a container they share, the prose
    after the headline there. They are trusted only when that prose tells
    :data:`~.second.WORDS_MIN_HELD` of the headline's long words and the credited text
    (with its twins, :func:`_with_twins`) tells less of them and of the title's, even
    read loosely (:func:`_tells`). A story whose container lies beside its headline (a
    header with a standfirst, the body below) tells the headline too: it stays; so does
    one in the headline's own ``article``."""
    at = _headline_at(page, top)
    if at is None:
        return None
    heading = page.blocks[at]
    headline = long_words(heading.text)
    if len(headline) < 2:
        return None
    # The headline's ancestors below the one the credited text lies in.
    line = set(_ancestors(top))
    below: dict[HtmlElement, int] = {}
    meeting = None
    for node in heading.chain[1:]:
        if node in line:
            if _tag(node) == "article":
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
            page, at, [n for n in ups if _tag(n) not in ("body", "html")], top
        )
        if region is None:
            return None
    enough = WORDS_MIN_HELD * len(headline)
    if len(headline & _words_of(prose)) < enough:
        return None
    # Nor of the page's title: an ``h1`` that is the site's name (the title names the
    # story and the site) leaves the story's words there. A player's texts before the
    # headline tell it as its title does, not as the story does.
    told = _tells(page.blocks, _with_twins(top), (headline, long_words(_page_title(top))))
    player = _player_before(top, meeting, page, at)
    if told and not player:
        return None
    inside = [
        el
        for el, _ in candidates
        if el not in line and region in set(_ancestors(el)) and top not in set(_ancestors(el))
    ]
    if inside:
        return inside[0]
    # A player's texts over a story of one paragraph in the column they share: the
    # column is the story (the player goes with the boxes, :func:`_control_boxes`).
    return region if player and region in page.stats and page.stats[region].scored else None


def _player_before(top: HtmlElement, meeting: HtmlElement, page: _Page, at: int) -> bool:
    """True when *top*'s text stands wholly before the headline (at *at*) and *top* or
    one of its ancestors below *meeting* (the one it shares with the headline) holds a
    player (:data:`_MEDIA_TAGS`)."""
    if any(top in block.chain for block in page.blocks[at:]):
        return False
    for node in (top, *_ancestors(top)):
        if node is meeting:
            return False
        if next(node.iter(*_MEDIA_TAGS), None) is not None:
            return True
    return False


def _prose_under(
    page: _Page, at: int, below: dict[HtmlElement, int]
) -> tuple[HtmlElement | None, list[_Block]]:
    """The lowest of the headline's ancestors *below* (each with its rank from the
    headline up) holding :data:`~.boilerplate.HEADLINE_PROSE_MIN` prose paragraphs
    outside chrome, and those paragraphs; (None, []) when none does. The paragraphs of
    a subtree follow one another, so only those around the headline (at *at*) are read."""
    if not below:
        return None, []
    highest = next(reversed(below))
    found: list[list[_Block]] = [[] for _ in below]
    for step in (1, -1):
        index = at + step
        while 0 <= index < len(page.blocks) and highest in page.blocks[index].chain:
            block = page.blocks[index]
            index += step
            if _is_prose(block) and not _in_chrome(block, page):
                found[next(below[n] for n in block.chain if n in below)].append(block)
    return _lowest_holding(below, found)


def _prose_after(
    page: _Page, at: int, ups: list[HtmlElement], top: HtmlElement
) -> tuple[HtmlElement | None, list[_Block]]:
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
    found: list[list[_Block]] = [[] for _ in ups]
    index = at + 1
    while index < len(page.blocks) and ups[-1] in page.blocks[index].chain:
        block = page.blocks[index]
        index += 1
        if top in block.chain:
            if not any(found) or _holds_prose(page, top):
                return None, []
            break  # a list of lines (names) after the prose: the prose before it is read
        if _is_prose(block) and not _in_chrome(block, page):
            found[next(rank[n] for n in block.chain if n in rank)].append(block)
    return _lowest_holding(ups, found)


def _holds_prose(page: _Page, element: HtmlElement) -> bool:
    """True when half of the text in *element* or more is prose (:func:`_is_prose`): not
    a list of lines without sentences (names and roles, figures)."""
    text = prose = 0
    for block in page.blocks:
        if element in block.chain:
            text += len(block.text)
            if _is_prose(block):
                prose += len(block.text)
    return prose * 2 >= text


def _lowest_holding(
    nodes: Iterable[HtmlElement], found: list[list[_Block]]
) -> tuple[HtmlElement | None, list[_Block]]:
    """The first of *nodes* (lowest first) whose prose paragraphs, with those of the
    nodes below it (*found*, one list a node), reach :data:`~.boilerplate.HEADLINE_PROSE_MIN`,
    and those paragraphs; (None, []) when none does."""
    prose: list[_Block] = []
    for node, blocks in zip(nodes, found, strict=True):
        prose.extend(blocks)
        if len(prose) >= bp.HEADLINE_PROSE_MIN:
            return node, prose
    return None, []


def _in_chrome(block: _Block, page: _Page) -> bool:
    return bool(page.chrome) and any(n in page.chrome for n in block.chrome)


def _headline_at(page: _Page, element: HtmlElement) -> int | None:
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
    words = key_words(_page_title(element))
    if not words:
        return None
    for index, block in enumerate(blocks):
        if block.tag not in _HEADINGS or len(block.text) > bp.HEADLINE_MAX_CHARS:
            continue
        if block.link_density > bp.MAX_LINK_DENSITY or _in_chrome(block, page):
            continue
        line = key_words(block.text)
        if line and (words[: len(line)] == line or words[-len(line) :] == line):
            return index
    return None


def _tells(blocks: list[_Block], container: HtmlElement, sets: tuple[set[str], ...]) -> bool:
    """True when the paragraphs in *container* tell :data:`~.second.WORDS_MIN_HELD` of the
    words of one of *sets*, read loosely: a word's stem (:data:`_STEM` letters) tells it
    too ("Stadtrats" of "Stadtrat", "beschlossen" of "beschließt"). Read paragraph by
    paragraph until one set is told (a story tells its headline early)."""
    return _told((b for b in blocks if container in b.chain), sets)


def _told(blocks: Iterable[_Block], sets: tuple[set[str], ...]) -> bool:
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


def _with_twins(element: HtmlElement) -> HtmlElement:
    """*element*'s parent when it is one of a run of siblings of its tag and class (a
    live blog's update that outweighs the others: the run tells the story), else itself."""
    parent = element.getparent()
    if parent is None:
        return element
    name = element.get("class")
    twins = sum(1 for c in parent if c.tag == element.tag and c.get("class") == name)
    return parent if twins >= bp.ENTRY_MIN_POSTS else element


def _page_title(element: HtmlElement) -> str:
    """The text of the ``<title>`` of *element*'s page (empty without one)."""
    root = element.getroottree().getroot()
    title = root.find("head/title")
    if title is None:
        title = root.find(".//title")
    return (title.text_content() or "") if title is not None else ""


#: Letters two words share at their start to tell the same thing (a word and its
#: inflections and compounds), in :func:`_under_own_headline`'s loose reading.
_STEM = 5


def _words_of(blocks: Iterable[_Block]) -> set[str]:
    words: set[str] = set()
    for block in blocks:
        words.update(key_words(block.text))
    return words


def _entry_run(top: HtmlElement, page: _Page) -> list[HtmlElement]:
    """The run of entries *top* lies inside, when it lies inside one (not when it is one:
    then its siblings are weighed as any story's): a live blog's update or a list
    article's item that outweighs the others. A run is at least ``ENTRY_MIN_POSTS``
    siblings of one tag and class, most holding prose under headings that are no links,
    together most of their parent's text, in the post that holds the page's ``h1``."""
    for node in list(_ancestors(top, bp.ENTRY_LEVELS + 1))[1:]:
        parent = node.getparent()
        if parent is None or _tag(parent) in ("body", "html") or parent in page.chrome:
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


def _cousins(top: HtmlElement, top_score: float, page: _Page) -> list[HtmlElement]:
    """Containers named like *top* a few levels away: a story cut into cards, each in
    its own wrapper."""
    name = _attrs(top)
    near = list(_ancestors(top, bp.COUSIN_LEVELS + 1))[1:]
    if len(near) < 2 or not isinstance(top.tag, str):
        return []
    found = []
    for count, node in enumerate(near[-1].iter(top.tag)):
        if count > bp.MAX_ELEMENTS:
            break
        entry = page.stats.get(node)
        if entry is None or not entry.scored or node is top or node in page.chrome:
            continue
        if _attrs(node) != name or _final(entry) < bp.COUSIN_SHARE * top_score:
            continue
        line = list(_ancestors(node, bp.COUSIN_LEVELS + 1))
        if any(a is top for a in line) or any(a is node for a in near):
            continue
        found.append(node)
    return found


# --- the story's paragraphs -------------------------------------------------------------


def _post_kind(element: HtmlElement) -> str | None:
    """What kind of one-post element *element* is (its tag or schema.org type), if any."""
    tag = _tag(element)
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
    for level, node in enumerate(_ancestors(run, bp.MAX_ANCESTOR_LEVELS)):
        if next(node.iter("h1"), None) is not None:
            return True
        if _post_kind(node) is not None or level >= bp.ENTRY_HEADLINE_LEVELS:
            return False
    return False


def _heading_linked(post: HtmlElement) -> bool:
    """True when a heading of *post* is (or holds) a link: a teaser's headline."""
    for heading in post.iter(*_HEADINGS):
        if next(heading.iter("a"), None) is not None:
            return True
        if any(_tag(a) == "a" for a in _ancestors(heading, 4)):
            return True
    return False


def _is_prose_post(post: HtmlElement, page: _Page) -> bool:
    entry = page.stats.get(post)
    return (
        entry is not None
        and entry.chars - entry.link_chars >= bp.ENTRY_MIN_CHARS
        and entry.link_density <= bp.ENTRY_MAX_LINK_DENSITY
        and not _heading_linked(post)
    )


def _story_entries(post: HtmlElement, page: _Page) -> bool:
    """True when the run of posts *post* belongs to is the story's own entries — a live
    blog's updates, a list article's items — rather than other stories or comments: the
    run is long, its posts hold prose under headings that are no links, and it holds most
    of the text of the story container around it (the story's own text before a run of
    teasers or comments outweighs the run)."""
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
        around = next((a for a in _ancestors(parent) if a is not parent and a in page.stats
                       and page.stats[a].scored), None)  # fmt: skip
        if (
            around is not None
            and prose >= bp.ENTRY_PROSE_SHARE * len(posts)
            and _under_headline(parent)
        ):
            whole = page.stats[around].chars - page.stats[around].link_chars
            verdict = run >= bp.ENTRY_MIN_SHARE * whole
    page.entries[parent] = verdict
    return verdict


def _within(block: _Block, chosen: set[HtmlElement], page: _Page) -> bool:
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


def _is_chrome_text(block: _Block) -> bool:
    text = block.text
    if voc.CHROME_PARAGRAPH.match(text):
        return True
    if len(text) < 200 and voc.NEWSLETTER_CALL.match(text):
        return True
    return (
        block.link_density > bp.MAX_LINK_DENSITY
        and not (block.links and RELATED_LINK.match(text))
        and not _is_linked_sentence(block)
    )


def _is_linked_sentence(block: _Block) -> bool:
    """True when a link-dense paragraph or list item is a sentence of the story that
    links much of its words (a live entry's first sentence linking the full story, a
    summary's item linking its source): :data:`~.boilerplate.LINKED_SENTENCE_MIN_WORDS`
    words or more, ending as a sentence ends, with some words of its own around its
    links (:data:`~.boilerplate.LINKED_SENTENCE_OWN_WORDS`). A teaser's headline is all
    one link, a row of links ends as no sentence does, and both still go."""
    if block.tag not in ("p", "li") or not _SENTENCE_END.search(block.text.rstrip()):
        return False
    words = len(block.text.split())
    if words < bp.LINKED_SENTENCE_MIN_WORDS:
        return False
    linked = sum(len(anchor.split()) for anchor, _ in block.links)
    return words - linked >= bp.LINKED_SENTENCE_OWN_WORDS


def _is_box_title(block: _Block) -> bool:
    """A short line that names what follows rather than saying something."""
    text = block.text
    if block.tag in _HEADINGS:
        return True
    return (
        len(text) <= bp.BOX_TITLE_MAX_CHARS and not block.links and not _SENTENCE_END.search(text)
    )


def _drop_link_lists(blocks: list[_Block]) -> list[_Block]:
    """Drop a title followed by a run of short list items that each carry a link: a box
    of other stories inside the story container ("More Stories", "Related Roundup")."""
    out: list[_Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if _is_box_title(block):
            j = i + 1
            while (
                j < len(blocks)
                and blocks[j].tag == "li"
                and blocks[j].links
                and len(blocks[j].text) <= bp.LINK_ITEM_MAX_CHARS
                and blocks[j].link_density >= bp.LINK_ITEM_MIN_DENSITY
            ):
                j += 1
            if j - i - 1 >= bp.TEASER_MIN_ITEMS:
                i = j
                continue
        out.append(block)
        i += 1
    return out


def _is_card_headline(block: _Block, url: str) -> bool:
    """A heading that is all one link to another page: a teaser's headline (a link
    inside a paragraph or list item is the story's own; a heading linking a place on its
    own page, "#timetable", or the page itself heads a section of the story)."""
    if block.tag not in _HEADINGS:
        return False
    shortest, longest = bp.CARD_HEADLINE_CHARS
    if not shortest <= len(block.text) <= longest or "\n" in block.text:
        return False
    if block.link_density < bp.CARD_HEADLINE_DENSITY:
        return False
    here = url.split("#", 1)[0]
    # A block's hrefs are as written ("#timetable", "/news/…"): resolved before comparing.
    return any(absolute_url(url, href).split("#", 1)[0] != here for _, href in block.links)


def _below(element: HtmlElement, top: HtmlElement) -> list[HtmlElement]:
    """*element* and its ancestors below *top*."""
    out = []
    for node in _ancestors(element):
        if node is top:
            break
        out.append(node)
    return out


def _box_of(
    block: _Block, spine: set[HtmlElement], page: _Page, marked: set[HtmlElement]
) -> HtmlElement | None:
    """The largest small element (:data:`~newscrawl.extraction.boilerplate.CARD_MAX_CHARS`)
    holding *block* below the story's container whose subtree holds a *marked* element;
    a paragraph bounds the climb (what is nested in a paragraph is the paragraph's)."""
    found = None
    for node in block.chain[1:]:
        entry = page.stats.get(node)
        if node in spine or entry is None or entry.chars > bp.CARD_MAX_CHARS:
            break
        if _tag(node) == "p":
            break
        if node in marked:
            found = node
    return found


#: Fewest paragraphs beside a picture for them to be taken for the story's own.
PROSE_BESIDE_MIN_LINES = 2


def _leads(lines: list[_Block], blocks: list[_Block]) -> bool:
    """Whether *lines* come before every other paragraph of the story (the header's short
    lines aside): the story's lead."""
    first = lines[0]
    for block in blocks:
        if block is first:
            return True
        if len(block.text) >= PROSE_MIN_CHARS:
            return False
    return False


def _is_prose_beside(lines: list[_Block], pictured: set[HtmlElement]) -> bool:
    """Whether the lines of a picture's box are story paragraphs written beside the
    picture (a story that wraps its lead picture and first paragraphs in one element):
    two or more, each a ``<p>`` set directly in an element that holds the picture (a
    sibling of the picture's own element, not in a caption of its own) and ending as a
    sentence ends. A caption and its credit are not: the credit ends in a name, and a
    caption alone is one line."""
    if len(lines) < PROSE_BESIDE_MIN_LINES:
        return False
    for block in lines:
        parent = block.owner.getparent()
        if block.tag != "p" or parent is None or parent not in pictured:
            return False
        if not _SENTENCE_END.search(block.text):
            return False
    return True


def _drop_boxes(
    blocks: list[_Block], chosen: set[HtmlElement], page: _Page, url: str
) -> list[_Block]:
    """Drop the paragraphs of small boxes inside the story that hold another story's
    teaser or a widget (:func:`_box_of`):

    - a teaser card: a heading that links another page, with its kicker and description
      (and the title of a box of such cards);
    - a widget: a box holding a control a reader operates (a newsletter form, an embed's
      consent switch, a player, a summary box that unfolds);
    - a picture's caption and credit: the lines, none of them long
      (:data:`~newscrawl.extraction.boilerplate.CAPTION_MAX_CHARS`), of a box holding a
      picture or a player, save a heading (a subheading set beside a picture) and the
      story's first paragraphs written beside its lead picture (two or more ``<p>`` beside
      the picture's element, each ending as a sentence ends).

    When such boxes would hold a good share of the story
    (:data:`~newscrawl.extraction.boilerplate.CARDS_MAX_SHARE`), they are the story's own
    structure (a list article of linked headings) and all stays."""
    story_chars = sum(len(b.text) for b in blocks)
    spine = {node for top in chosen for node in _ancestors(top)}
    marked: set[HtmlElement] = set()
    for block in page.blocks:
        if (
            block.tag in _HEADINGS  # (most are not: no call)
            and _is_card_headline(block, url)
            and any(node in chosen for node in block.chain)
        ):
            marked.update(block.chain[1:])
    pictured: set[HtmlElement] = set()
    for top in chosen:
        for element in top.iter(*voc.WIDGET_CONTROL_TAGS, *voc.MEDIA_TAGS):
            above = _below(element, top)
            # A control or picture written into a paragraph (a glossary term's button,
            # an icon) is the paragraph's own: it marks no box.
            if not any(_tag(node) == "p" for node in above):
                (pictured if element.tag in voc.MEDIA_TAGS else marked).update(above)
    boxes = set()
    held: dict[HtmlElement, list[_Block]] = {}
    for block in blocks:
        if (box := _box_of(block, spine, page, marked)) is not None:
            boxes.add(box)
        elif (box := _box_of(block, spine, page, pictured)) is not None:
            held.setdefault(box, []).append(block)
    # A picture's box whose every line is short holds the picture's caption and credit
    # (a heading beside a picture is the story's subheading still), unless its lines are
    # the story's first paragraphs set beside its lead picture (:func:`_is_prose_beside`,
    # :func:`_leads`). Lines set aside here that the page's stated story holds come back
    # once it is read (:func:`_restore_stated`).
    captions = {
        id(b)
        for box, lines in held.items()
        if all(len(b.text) <= bp.CAPTION_MAX_CHARS for b in lines)
        and not (_is_prose_beside(lines, pictured) and _leads(lines, blocks))
        and not _captioned_apart(box, lines)
        for b in lines
        if b.tag not in _HEADINGS
    }
    if not boxes and not captions:
        return blocks
    kept = [b for b in blocks if boxes.isdisjoint(b.chain) and id(b) not in captions]
    dropped = story_chars - sum(len(b.text) for b in kept)
    if dropped > bp.CARDS_MAX_SHARE * story_chars:
        return blocks
    box_of = {id(b): n for n, lines in enumerate(held.values()) for b in lines}
    page.captions = [(b, box_of[id(b)]) for b in blocks if id(b) in captions]
    return kept


def _captioned_apart(box: HtmlElement, lines: list[_Block]) -> bool:
    """True when *box* holds a picture's own caption (a ``figcaption``) and its *lines*
    (headings aside) are sentences in ``<p>`` outside it: a list article's item (a
    heading, a captioned picture, a paragraph), not a second caption."""
    captions = list(box.iter("figcaption"))
    if not captions:
        return False
    for block in lines:
        if block.tag in _HEADINGS:
            continue  # the item's heading, kept in any case
        if block.tag != "p" or not _SENTENCE_END.search(block.text):
            return False
        if any(_tag(node) == "figure" for node in block.chain):
            return False
    return True


def _box_titles(kept: list[_Block], page: _Page) -> set[int]:
    """The ids of the *kept* lines that title a box of links the story left out: a box
    title (:func:`_is_box_title`) in a heading or a block of its own (not a paragraph,
    not a list's, table's or quote's line) whose next line on the page is mostly link
    text, not the story's and not a paragraph: a box's ("Also interesting" over a
    teaser's linked headline, "Topics" over a row of tags). A paragraph leading into a
    link ("Here's the thing:") and a subheading whose first paragraph is a link (left
    out or not) stay."""
    candidates = [
        block
        for block in kept
        if block.tag != "p"
        and block.tag not in STRUCTURE_TAGS
        and _is_box_title(block)
        and not any(_tag(node) in STRUCTURE_TAGS for node in block.chain[1:])
    ]
    if not candidates:
        return set()
    order = {id(b): i for i, b in enumerate(page.blocks)}
    kept_ids = {id(b) for b in kept}
    titles = set()
    for block in candidates:
        place = order[id(block)] + 1
        if place < len(page.blocks):
            after = page.blocks[place]
            if (
                id(after) not in kept_ids
                and after.link_density > bp.MAX_LINK_DENSITY
                and after.tag != "p"
            ):
                titles.add(id(block))
    return titles


def _story_blocks(page: _Page, story: list[HtmlElement], url: str) -> list[_Block]:
    chosen = set(story)
    if not chosen:
        return []
    # Only a paragraph below a chosen container may be in it (most are not: no walk up).
    kept = [b for b in page.blocks if not chosen.isdisjoint(b.chain) and _within(b, chosen, page)]
    kept = [b for b in _drop_link_lists(kept) if not _is_chrome_text(b)]
    kept = _drop_boxes(kept, chosen, page, url)
    boxed = set(boxed_paragraphs([(b.text, b.owner) for b in kept]))
    kept = [b for i, b in enumerate(kept) if i not in boxed]
    # Titles of link boxes go when story prose stays beside them (on a page of other
    # pages, the lines between its teasers are all there is, and it is judged on them).
    titles = _box_titles(kept, page)
    rest = [b for b in kept if id(b) not in titles]
    if any(len(b.text) >= PROSE_MIN_CHARS for b in rest):
        kept = rest
    # A heading closing the story heads whatever box followed it, not story text.
    while kept and kept[-1].tag in _HEADINGS:
        kept.pop()
    return kept


def _paragraphs(blocks: list[_Block], url: str) -> list[Paragraph]:
    return [_paragraph(b, url) for b in blocks]


def _paragraph(block: _Block, url: str) -> Paragraph:
    return Paragraph(block.text, tuple((a, absolute_url(url, href)) for a, href in block.links))


# --- teasers ----------------------------------------------------------------------------


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
            raw = "".join(anchor.itertext()) if len(anchor) else anchor.text or ""
            text = texts[anchor] = " ".join(raw.split())
        length = len(text)
        if length > best_len:
            best, best_len = anchor, length
    if best is None or best is hrefs[0][0]:
        return best  # no link before the best to be its twin
    return _first_twin(hrefs, best, texts)


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
    before both, without text); the longest link is then the description. A short label
    linking the story before its headline is not one."""
    href = best.get("href")
    for anchor, target in anchors:
        if anchor is best:
            break
        if target == href and has_headline_words(_link_text(anchor, texts), TWIN_MIN_WORDS):
            return anchor
    return best


def _short_text(element: HtmlElement, limit: int) -> str | None:
    """Text of a small element, None when it runs over *limit* characters."""
    if not len(element):  # no child nodes (most links and spans): its own text, no walk
        raw = element.text or ""
        if len(raw) > limit * 4:
            return None
        text = " ".join(raw.replace(BR, " ").split())
        return text if len(text) <= limit else None
    parts: list[str] = []
    total = 0
    for count, piece in enumerate(iter_text(element)):
        if count > 200:
            return None
        parts.append(piece)
        total += len(piece)
        if total > limit * 4:
            return None
    text = " ".join("".join(parts).replace(BR, " ").split())
    return text if len(text) <= limit else None


def _box_title(box: HtmlElement, items: set[HtmlElement]) -> str | None:
    """The heading naming *box*: inside it before its items, or just before it."""

    def title_of(node: HtmlElement) -> str | None:
        tag = _tag(node)
        words = {w.lower() for w in _WORDS.findall(node.get("class") or "")}
        if tag in _HEADINGS or not words.isdisjoint(voc.TITLE_WORDS):
            return _short_text(node, 80) or None
        for count, heading in enumerate(node.iter("h2", "h3", "h4", "h5", "h6")):
            if count > 0:
                break
            return _short_text(heading, 80) or None
        return None

    for child in box:
        if child in items:
            break
        if isinstance(child.tag, str) and (title := title_of(child)):
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
    return None


def _is_spacer(child: HtmlElement, entry: _Stats | None, walked: bool) -> bool:
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
    stats: dict[HtmlElement, _Stats] | None = None,
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
    if stats is None:
        children = [
            c
            for c in box
            if isinstance(c.tag, str)
            and c.tag not in voc.SKIP_TAGS
            and not _is_spacer(c, None, walked=False)
        ]
    else:
        tallied = []
        for c in box:  # the children less spacers, each tally read once
            if not isinstance(c.tag, str) or c.tag in skip:
                continue
            entry = stats.get(c)
            if entry is None:
                if next(c.iter("a"), None) is None:
                    continue  # a spacer (_is_spacer of a walked box, written out)
                tallied.append(False)
            else:
                tallied.append(entry.link_chars >= min_link_chars and entry.chars <= max_chars)
            children.append(c)
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
        text = _short_text(child, bp.TEASER_MAX_CHARS)
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
    headline ("2025-06-02 16:42", "Veröffentlicht am 22.05.2026", "2 hours ago")."""
    for stamp in item.element.iter("time"):
        raw = stamp.get("datetime") or " ".join(stamp.text_content().split())
        if raw:
            return [LabelledDate("datePublished", raw)]
    return split_labels(item.text.replace(headline, " ", 1))[:1]


def _teaser_description(item: _Item, headline: str) -> str | None:
    for count, node in enumerate(item.element.iter("p", "div", "span")):
        if count > 20:
            break
        if len(node) and any(
            isinstance(tag := c.tag, str) and tag.lower() in ("p", "div") for c in node
        ):
            continue  # a wrapper of paragraphs (its text not read: that is the costly test)
        # The item's own text is known (read with the same limit when it was found).
        text = item.text if node is item.element else _short_text(node, bp.TEASER_MAX_CHARS)
        if text and len(text) > len(headline) // 2 and headline not in text:
            return text
    return None


def _in_hidden_panel(box: HtmlElement, stats: dict[HtmlElement, _Stats]) -> bool:
    """*box* lies in an element hidden until the reader asks for it (``hidden`` or a
    ``display: none`` style: the other tabs of a "most read / recommended" box, the
    slides of a carousel), inside the walked page. The walk does not enter hidden
    elements, so their lists of stories have no tallies."""
    node: HtmlElement | None = box
    for _ in range(12):
        if node is None or node in stats:
            return False
        tag = _tag(node)
        if tag in voc.SKIP_TAGS:
            return False
        if node.get("hidden") is not None or (
            (style := node.get("style")) and _HIDDEN_STYLE.search(style)
        ):
            parent = node.getparent()
            return parent is not None and parent in stats
        node = node.getparent()
    return False


def _find_teasers(
    root: HtmlElement,
    url: str,
    story: list[HtmlElement],
    stats: dict[HtmlElement, _Stats] | None = None,
) -> list[TeaserData]:
    """Boxes of repeated link + headline items: lists of other stories. With the walk's
    *stats*, boxes whose text holds too few link characters for a list are passed over
    unread."""
    teasers: list[TeaserData] = []
    boxes = 0
    seen: set[str] = set()
    story_set = set(story)
    min_link_chars = bp.TEASER_PAIR_ITEMS * bp.TEASER_MIN_WORDS * 2
    texts: dict[HtmlElement, str] = {}  # the anchors' (see _item_link)
    # (at most MAX_ELEMENTS + 1 boxes read, and no more after TEASER_MAX_BOXES found)
    for box in islice(
        root.iter("ul", "ol", "div", "section", "aside", "nav"), bp.MAX_ELEMENTS + 1
    ):
        if box in story_set or len(box) < bp.TEASER_PAIR_ITEMS:
            continue  # (too few child nodes for a list: no reading of it makes one)
        box_stats = stats
        if stats is not None:
            entry = stats.get(box)
            if entry is None and _in_hidden_panel(box, stats):
                box_stats = None  # a tab or slide shown on demand: read it unwalked
            elif entry is None or entry.link_chars < min_link_chars:
                continue
        items = _teaser_items(box, box_stats, texts)
        if items is None:
            continue
        hrefs = [absolute_url(url, item.link.get("href") or "") for item in items]
        keep = story_links(hrefs, url, [item.link.get("rel") for item in items])
        if keep is None:  # links to sections, tags, apps …: navigation, not stories
            continue
        block = _box_title(box, {item.element for item in items})
        if len(items) < bp.TEASER_MIN_ITEMS and (block is None or not is_own_stories(hrefs, url)):
            continue  # an untitled pair, or one not of the site's stories: too weak
        boxes += 1
        position = 0
        for rank, (item, href, shaped) in enumerate(zip(items, hrefs, keep, strict=True)):
            if href in seen or not shaped:
                continue
            headline = teaser_headline(item.link, rank + 1)
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


# --- entry points -----------------------------------------------------------------------


def _body_element(root: HtmlElement) -> HtmlElement:
    if _tag(root) == "body":
        return root
    for count, element in enumerate(root.iter("body")):
        if count == 0:
            return element
    return root


def _read(root: HtmlElement, url: str) -> tuple[list[HtmlElement], list[_Block], _Page]:
    body = _body_element(root)
    walker = _Walker()
    page = _tally(walker.walk(body), body, walker.marks)
    story = _story_nodes(page)
    apart = _control_boxes(story, page)
    if apart:
        page.chrome |= apart
        story = [node for node in story if node not in apart]
    return story, _story_blocks(page, story, url), page


#: Tags of a story's lines (a paragraph, a heading), which hold no box of their own.
_LINE_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
#: Roles and input types of elements a reader clicks rather than reads.
_CONTROL_ROLES = frozenset({"button", "switch", "checkbox", "radio", "tab"})
_CONTROL_INPUTS = frozenset({"button", "submit", "checkbox", "radio", "reset"})


def _is_control(element: HtmlElement) -> bool:
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
    """The *boxes* holding two controls or more (:func:`_is_control`, the box itself
    included) and the boxes holding a player (:data:`_MEDIA_TAGS`), in *boxes*' order.

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
            if _is_control(node):
                above: HtmlElement | None = node
                while above is not None and controls.get(above, 0) < 2:
                    controls[above] = controls.get(above, 0) + 1
                    above = above.getparent()
            elif node.tag in _MEDIA_TAGS:
                above = node
                while above is not None and above not in media:
                    media.add(above)
                    above = above.getparent()
    return (
        [box for box in boxes if controls.get(box, 0) >= 2],
        [box for box in boxes if box in media],
    )


def _story_boxes(story: list[HtmlElement], page: _Page) -> list[HtmlElement]:
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


def _is_box(element: HtmlElement, page: _Page) -> bool:
    """True when *element* holds :data:`~.boilerplate.PROSE_BESIDE_CHARS` of text outside
    chrome."""
    entry = page.stats.get(element)
    return (
        entry is not None and entry.chars >= bp.PROSE_BESIDE_CHARS and element not in page.chrome
    )


def _control_boxes(story: list[HtmlElement], page: _Page) -> set[HtmlElement]:
    """Boxes of the story's containers (:func:`_story_boxes`) that do not tell the story:
    a consent notice, a subscription prompt or a poll written into the wide container the
    story was credited to (``main``, a page column), or joined to the story as a sibling,
    whatever it is named and in whatever language; a media player above the headline.

    A box of prose with two controls or more (:func:`_controls_and_players`), not the best
    container and built unlike its siblings (a story cut into parts built alike has a
    carousel's buttons in one of them), is kept out when its prose says at most one of
    the page's headline's long words (its one ``h1`` or the heading stating the title,
    :func:`_headline_at`) and tells under :data:`~.second.WORDS_MIN_HELD` of them and of
    the title's, read loosely (:func:`_tells`), while the story's prose outside it tells
    them: the headline and the story's text agree, the box stands apart. A story that
    does not tell its headline (a pun, a headline in another language) keeps every such
    box.

    A box holding a player (:data:`_MEDIA_TAGS`) wholly before the headline, with the
    story's prose after the headline, is kept out whatever its texts say (a player's
    title and its "more videos" repeat the headline): the story starts at its headline."""
    if not story:
        return set()
    boxes = _story_boxes(story, page)
    holding, players = _controls_and_players(boxes)
    controlled = [
        box for box in holding if box is not story[0] and not _is_twin(box)
    ]  # the best container is the story's, whatever its buttons
    if not players and not controlled:
        return set()
    at = _headline_at(page, story[0])
    if at is None:
        return set()
    chosen = set(story)
    prose = [
        b
        for b in page.blocks
        if _is_prose(b) and not _in_chrome(b, page) and not chosen.isdisjoint(b.chain)
    ]
    found = _players_above(players, page, at, prose)
    headline = long_words(page.blocks[at].text)
    if len(headline) < 2:
        return found
    sets = (headline, long_words(_page_title(story[0])))
    for box in controlled:
        if box in found:
            continue
        inside = [b for b in prose if box in b.chain]
        if not inside or _told(inside, sets):
            continue
        if len(headline & _words_of(inside)) > 1:
            continue  # words of the headline: a part of the story, however short
        if _told([b for b in prose if box not in b.chain], sets):
            found.add(box)
    return found


#: Levels below the story's containers :func:`_story_boxes` reads through children that
#: hold a story landmark.
_BOX_DEPTH = 2
#: Tags of embedded media: a box holding one is a player.
_MEDIA_TAGS = ("video", "audio", "iframe", "object", "embed")


def _players_above(
    players: list[HtmlElement], page: _Page, at: int, prose: list[_Block]
) -> set[HtmlElement]:
    """The *players* (boxes holding one of :data:`_MEDIA_TAGS`) whose text stands wholly
    before the headline (at *at*), when the story's *prose* follows the headline outside
    them (:data:`~.boilerplate.HEADLINE_PROSE_MIN` paragraphs)."""
    if not players:
        return set()
    where = {id(block): index for index, block in enumerate(page.blocks)}
    found = set()
    for box in players:
        if any(box in b.chain for b in page.blocks[at:]):
            continue  # the player's text reaches the headline or below
        after = [b for b in prose if where[id(b)] > at and box not in b.chain]
        if len(after) >= bp.HEADLINE_PROSE_MIN:
            found.add(box)
    return found


def _is_twin(element: HtmlElement) -> bool:
    """True when a sibling of *element* has its tag and class (a story cut into parts
    built alike)."""
    parent = element.getparent()
    if parent is None:
        return False
    name = element.get("class")
    return any(
        c is not element and c.tag == element.tag and c.get("class") == name for c in parent
    )


def _loose_paragraphs(page: _Page, url: str) -> list[Paragraph]:
    """The page's main text when no container scored (every line too short to score, say):
    the readable paragraphs (outside chrome, not headings, not link lists) under the
    element that holds the most of their text, in document order."""
    readable = [
        b
        for b in page.blocks
        if b.tag not in _HEADINGS
        and b.link_density <= bp.MAX_LINK_DENSITY
        and not (page.chrome and any(node in page.chrome for node in b.chrome))
        and not _is_chrome_text(b)
    ]
    weight: Counter[HtmlElement] = Counter()
    for block in readable:
        weight[block.chain[1] if len(block.chain) > 1 else block.owner] += len(block.text)
    if not weight:
        return []
    best = weight.most_common(1)[0][0]
    return [_paragraph(b, url) for b in readable if best in b.chain]


def story_paragraphs(root: HtmlElement, url: str) -> list[Paragraph]:
    """The story's paragraphs on any page, in document order, before cleaning."""
    try:
        return _paragraphs(_read(root, url)[1], url)
    except (ValueError, TypeError, RecursionError):  # pragma: no cover - defensive
        return []


def extract_body(root: HtmlElement, url: str) -> GenericBody:
    """The story's body parts and the page's teaser boxes, for a page of any site."""
    story: list[HtmlElement] = []
    blocks: list[_Block] = []
    loose: list[Paragraph] = []
    stats: dict[HtmlElement, _Stats] | None = None
    with suppress(ValueError, TypeError, RecursionError):  # defensive: never raise
        story, blocks, page = _read(root, url)
        stats = page.stats
        if not blocks:
            loose = _loose_paragraphs(page, url)
    try:
        teasers = _find_teasers(root, url, story, stats)
    except (ValueError, TypeError, RecursionError):  # pragma: no cover - defensive
        teasers = []
    paragraphs = _paragraphs(blocks, url)
    return GenericBody(
        prose_outside=_prose_outside(page, blocks) if blocks else (0, 0),
        body=clean_paragraphs(paragraphs),
        teasers=teasers,
        story=story[0] if story else None,
        loose=loose,
        paragraphs=list(zip(paragraphs, (b.owner for b in blocks), strict=True)),
        captions=_set_aside(blocks, page.captions, page, url) if blocks else [],
    )


def _signature(block: _Block) -> tuple[str, str, str]:
    """How a paragraph is built: its tag, its class and its parent's class."""
    parent = block.owner.getparent()
    outer = "" if parent is None else str(parent.get("class") or "")
    return block.tag, str(block.owner.get("class") or ""), outer


def _is_prose(block: _Block) -> bool:
    """A paragraph of prose: a long enough sentence with few links."""
    return (
        len(block.text) >= bp.PROSE_BESIDE_CHARS
        and block.link_density <= bp.ENTRY_MAX_LINK_DENSITY
        and _SENTENCE_END.search(block.text) is not None
    )


def _prose_outside(page: _Page, kept: list[_Block]) -> tuple[int, int]:
    """Characters of the prose paragraphs outside the story's (*kept*): those built like
    the story's most common prose paragraph (tag, class, parent's class) outside chrome
    (the rest of a story cut into several containers, or entries of a list the block
    model credited one of), and all of them, chrome or not (the most any other reading
    of the page could add to the story)."""
    mine = {id(b) for b in kept}
    built: Counter[tuple[str, str, str]] = Counter()
    for block in kept:
        if _is_prose(block):
            built[_signature(block)] += len(block.text)
    ours = built.most_common(1)[0][0] if built else None
    beside = outside = 0
    for block in page.blocks:
        # (the length first: most paragraphs are too short for prose, no call)
        if len(block.text) < bp.PROSE_BESIDE_CHARS or id(block) in mine or not _is_prose(block):
            continue
        outside += len(block.text)
        if _signature(block) == ours and not (
            page.chrome and any(node in page.chrome for node in block.chrome)
        ):
            beside += len(block.text)
    return beside, outside


def _set_aside(
    blocks: list[_Block], captions: list[tuple[_Block, int]], page: _Page, url: str
) -> list[tuple[int, Paragraph, HtmlElement, int]]:
    """The *captions* with the index in *blocks* each stood before, in document order,
    and the number of its box."""
    if not captions:
        return []
    order = {id(b): i for i, b in enumerate(page.blocks)}
    places = [order[id(b)] for b in blocks]
    return [
        (bisect_left(places, order[id(c)]), _paragraph(c, url), c.owner, box)
        for c, box in captions
    ]


def _placeholder_headline(root: HtmlElement) -> str | None:
    for count, meta in enumerate(root.iter("meta")):
        if count > 500:
            break
        if meta.get("property") == "og:title" and (content := meta.get("content")):
            return " ".join(content.split()) or None
    for h1 in root.iter("h1"):
        return _short_text(h1, 500) or None
    return None


def generic_page(root: HtmlElement, url: str) -> PageData:
    """Page data of any page: body and teasers (headline from og:title / h1 as a stand-in;
    the metadata extractor fills the rest)."""
    return _page_of(extract_body(root, url), root)


def _page_of(found: GenericBody, root: HtmlElement) -> PageData:
    return PageData(
        extractor="generic",
        headline=_placeholder_headline(root),
        body=found.body,
        teasers=found.teasers,
    )


def generic_article(root: HtmlElement, url: str) -> PageData:
    """Everything the generic extractor reads off a page without a site profile: body
    and teasers from the block model, the rest from structured metadata
    (:func:`newscrawl.extraction.metadata.extract_metadata`). Dates stay raw, with their
    source: the date pipeline normalises them."""
    with _collector_paused():
        return _generic_article(root, url)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the duration (when it was on). An extraction
    allocates and frees tens of thousands of short-lived objects (the walks' events,
    attribute lists, paragraphs): every few hundred of them start a young-generation
    collection, and the held proxies and tallies those find alive push the collector,
    every few dozen pages, into a full collection of every long-lived object (the
    modules, the name caches). The extraction's objects die by reference counting;
    the few cycles it leaves wait for the collector's next run."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _generic_article(root: HtmlElement, url: str) -> PageData:
    # One Python proxy per element, held for the whole extraction: lxml.html makes a
    # proxy (through a Python class lookup) each time a walk meets an element no one
    # holds, and the body walk, teaser scan, stamp search and page-kind tests each walk
    # the whole tree; held proxies are reused, not rebuilt.
    held = list(root.iter())
    found = extract_body(root, url)
    meta = extract_metadata(root, url, found.story)
    _restore_stated(found, meta)
    _cut_header(found, meta)
    _cut_tail(found, meta)
    page = _page_of(found, root)
    page.headline = meta.headline or page.headline
    page.authors = meta.authors
    page.section = meta.section
    page.description = meta.description
    page.language = meta.language
    page.canonical_url = meta.canonical_url
    page.image = meta.image
    story = frozenset(page.body.paragraphs)
    published, modified = meta.usable_published(root, url, story), meta.usable_modified()
    page.dates = [LabelledDate(f, c.raw) for f, c in
                  (("datePublished", published), ("dateModified", modified)) if c]  # fmt: skip
    page.date_source = published.source if published else (modified.source if modified else None)
    _settle_kind(page, found, root, url, meta)
    _second_opinion(page, root, url, meta, found.prose_outside)
    del held
    return page


def _second_opinion(
    page: PageData,
    root: HtmlElement,
    url: str,
    meta: Metadata,
    prose_outside: tuple[int, int],
) -> None:
    """trafilatura's body instead of the block model's on an article page where the block
    model is unsure and independent signals agree with trafilatura
    (:mod:`~newscrawl.extraction.second`); its lines that repeat the headline are left
    out."""
    if page.not_article or not page.body.paragraphs:
        return
    signals = Signals(meta.article_body, page.headline, page.description)
    unsure = unsure_reason(
        page.body.paragraphs, signals, page.body_uncertain is not None, *prose_outside
    )
    if unsure is None:
        return
    theirs = _second_lines(root, url, page.headline)
    why = prefer_second(page.body.paragraphs, theirs, signals)
    if why is None:
        return
    body = clean_paragraphs([Paragraph(line) for line in theirs])
    if body.paragraphs:
        page.body = body
        page.body_uncertain = None
        page.body_source = f"{SECOND_SOURCE} ({unsure}; {why})"


def _second_lines(root: HtmlElement, url: str, headline: str | None) -> list[str]:
    """trafilatura's lines of the page (:func:`~newscrawl.extraction.second.second_body`)
    but those repeating the *headline* (it opens its text with it)."""
    words = key_words(headline or "")
    return [line for line in second_body(root, url) if key_words(line) != words]


def _restore_stated(found: GenericBody, meta: Metadata) -> None:
    """Put back the boxes set aside as a picture's caption whose every line the page's
    stated story holds (:func:`~newscrawl.extraction.stated.stated_lines`) and ends as a
    sentence: story paragraphs written beside the picture, not its caption."""
    if not found.captions or not meta.article_body:
        return
    texts = [p.text for p, _ in found.paragraphs]
    lines = [p.text for _, p, _, _ in found.captions]
    held = stated_lines(texts, lines, meta.article_body)
    # A box comes back whole or not at all: every line held, each ending as a sentence
    # ends (a stated text that tells a caption too leaves out its credit, or the caption
    # is no sentence).
    boxes = {box for _, _, _, box in found.captions}
    for index, (_, paragraph, _, box) in enumerate(found.captions):
        if index not in held or not _SENTENCE_END.search(paragraph.text):
            boxes.discard(box)
    held = {index for index, caption in enumerate(found.captions) if caption[3] in boxes}
    if not held:
        return
    for index in sorted(held, reverse=True):
        place, paragraph, owner, _ = found.captions[index]
        found.paragraphs.insert(place, (paragraph, owner))
    found.body = clean_paragraphs([p for p, _ in found.paragraphs])


def _cut_header(found: GenericBody, meta: Metadata) -> None:
    """Take the article's header out of the body (:mod:`~newscrawl.extraction.edges`): up
    to a standfirst saying the page's description (told from the story's first paragraph
    by its build or by the page's stated story, :mod:`~newscrawl.extraction.stated`),
    then the short lines before the story that repeat its headline, a time stamp or a
    byline, and the stamp lines and the lines repeated as furniture within it."""
    pairs = [(p.text, owner) for p, owner in found.paragraphs]
    left_out, held = told_apart([p for p, _ in pairs], meta.article_body)
    cut = header_end(pairs, meta.description, left_out, held)
    names = [a["name"] or "" for a in meta.authors]
    lines = set(header_lines(pairs[cut:], meta.headline, names))
    lines.update(stamp_lines(pairs[cut:]))
    lines.update(repeated_lines(pairs[cut:]))
    lines.update(closing_lines(pairs[cut:]))
    # Lines before the story's first paragraph that its stated text leaves out (short
    # ones, a kicker or a reading time, and leads: the page's own account of its story
    # starts after them); headings stay.
    for index, (text, owner) in enumerate(pairs[cut:]):
        if len(text) >= PROSE_MIN_CHARS and cut + index not in left_out:
            break
        if cut + index in left_out and (
            len(text) <= HEADER_LINE_MAX_CHARS or _tag(owner) not in _HEADINGS
        ):
            lines.add(index)
    kept = [p for i, p in enumerate(found.paragraphs[cut:]) if i not in lines]
    # A header with nothing after it is all the page has (a section front's intro): the
    # page is judged on it as found.
    if (cut or lines) and kept:
        found.paragraphs = kept
        found.body = clean_paragraphs([p for p, _ in kept])


def _cut_tail(found: GenericBody, meta: Metadata) -> None:
    """Take out the paragraphs after the story's end where the page's stated story, whole
    and ending in the found story, says where it ends
    (:func:`~newscrawl.extraction.stated.stated_end`); subheadings stay (a heading
    closing the story went with the blocks already)."""
    if not meta.article_body or not found.paragraphs:
        return
    after = stated_end([p.text for p, _ in found.paragraphs], meta.article_body)
    after = {i for i in after if _tag(found.paragraphs[i][1]) not in _HEADINGS}
    if after:
        found.paragraphs = [p for i, p in enumerate(found.paragraphs) if i not in after]
        found.body = clean_paragraphs([p for p, _ in found.paragraphs])


def _markup_story(markup: str, url: str) -> list[Paragraph]:
    """The story's paragraphs in a piece of markup (a page's script data)."""
    try:
        root = selector(f"<html><body>{markup}</body></html>").root
    except NotHTMLError:
        return []
    return story_paragraphs(root, url)


def _settle_kind(
    page: PageData, found: GenericBody, root: HtmlElement, url: str, meta: Metadata
) -> None:
    """Whether the page is an article after all (:mod:`~newscrawl.extraction.pagekind`):
    a story on a page of other pages is none; a page shaped like an article (two article
    signals outnumbering the others, or its own publication date not outnumbered) whose
    story container was not found gets its best text as an uncertain body."""
    kind = page_kind(root, url, meta, listing_only=bool(page.body.paragraphs))
    if page.body.paragraphs:
        if kind.is_listing:
            page.body = BodyParts()
            page.not_article = f"a page of other pages ({kind.describe()}), not an article"
        return
    # A page that states its own publication date (not the first of a list's stamps) and
    # that no more signals call a page of other pages than an article: a story, whose text
    # the reader sees however short.
    published = [d.raw for d in page.dates if d.field == "datePublished"]
    dated = states_own_date(page.date_source, published, meta) and len(kind.article) >= len(
        kind.other
    )
    if not (kind.is_article or dated) or not page.headline:
        return
    fallback = best_text(
        root,
        meta,
        found.loose,
        lambda markup: _markup_story(markup, url),
        dated=dated,
        second=lambda: [Paragraph(line) for line in _second_lines(root, url, page.headline)],
    )
    if fallback is None:
        return
    body = clean_paragraphs(fallback[0])
    if body.paragraphs:
        page.body = body
        signals = list(kind.article)
        if not kind.is_article and "publication date" not in signals:
            signals.append(f"publication date ({page.date_source})")
        page.body_uncertain = (
            f"no story container found; the text is {fallback[1]} (article signals: "
            f"{', '.join(signals)})"
        )
