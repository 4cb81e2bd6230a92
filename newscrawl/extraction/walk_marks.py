"""What the body walk reads off an element's names and looks: chrome, overlays, unseen.

Class and id attributes become word marks (negative, rescue, positive, consent …);
an element is judged chrome, an overlay laid over the page (a consent banner, a
subscription wall), a control layer, or unseen (hidden by style or attribute) from them,
its inline style and its size.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import islice

from lxml.html import HtmlElement

from newscrawl.extraction import boilerplate as bp
from newscrawl.extraction import vocabulary as voc
from newscrawl.extraction.blocks import Block, Stats
from newscrawl.extraction.html import is_bare_reading

WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
#: :data:`WORDS` as :func:`_token_marks` reads an ASCII token: a run of figures (read)
#: with the word glued right after it (not read), or a word.
_READ = re.compile(r"(\d+)(?:[A-Z]?[a-z]+|[A-Z]+(?![a-z]))?|([A-Z]?[a-z]+|[A-Z]+(?![a-z]))")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: An inline style clipping the element to nothing, the visually-hidden pattern of text
#: kept for screen readers: a clip rectangle of no extent (``clip: rect(0 0 0 0)``,
#: ``rect(1px, 1px, 1px, 1px)``) or ``clip-path: inset(50%)`` (or more). A clip with an
#: extent (an animation's frame, ``inset(0 100% 0 0)`` revealing) is not.
_CLIPPED_STYLE = re.compile(
    r"clip\s*:\s*rect\(\s*(?:0|1px)(?:\s*,?\s*(?:0|1px)){3}\s*\)"
    r"|clip-path\s*:\s*inset\(\s*(?:50|[6-9]\d|100)(?:\.\d+)?%\s*\)",
    re.IGNORECASE,
)
#: A box of at most one pixel each way (``width: 1px; height: 1px``) that hides what
#: overflows it: the older form of the same pattern. Each alone (a spacer image's width,
#: a box's ``overflow: hidden``) hides nothing.
_PIXEL_WIDTH = re.compile(r"(?<![-\w])width\s*:\s*(?:0|1px)\b", re.IGNORECASE)
_PIXEL_HEIGHT = re.compile(r"(?<![-\w])height\s*:\s*(?:0|1px)\b", re.IGNORECASE)
_OVERFLOW_HIDDEN = re.compile(r"overflow\s*:\s*hidden", re.IGNORECASE)
#: Visually hidden text is a label ("(opens in a new window)", "Share on Facebook", a
#: section's name): an element marked so holding more text than this, or more elements
#: than ``_HIDDEN_MAX_ELEMENTS``, is a panel a script may open, judged as any other.
HIDDEN_MAX_CHARS = 200
_HIDDEN_MAX_ELEMENTS = 32
#: An inline style pinning the element to the viewport: a layer laid over the page (a
#: consent banner, a subscription wall, a chat box), however it is named.
_FIXED_STYLE = re.compile(r"position\s*:\s*fixed", re.IGNORECASE)
#: Above this share of the page's text an element named as an overlay is judged like other
#: chrome (by ``CHROME_MAX_SHARE``): it is a wrapper of the whole page.
OVERLAY_MAX_SHARE = 0.9

#: Inline elements that carry words of a sentence.
PHRASING = frozenset(
    {"a", "abbr", "b", "cite", "em", "i", "mark", "q", "small", "span", "strong", "u"}
)
_WORD_CHAR = re.compile(r"\w")

# What a word of class + id says, as bits: a page's names are new strings, most of their
# words are not ("article-header__meta", "c-article-header"), so a name's verdicts are
# read from its words' marks. ``_CONSENT_TOOL``: a token (as ``str.split`` cuts class + id)
# starting with a consent tool's prefix (:data:`~.vocabulary.CONSENT_PREFIXES`).
# ``UNSEEN_NAMED``: a token naming text shown to screen readers only
# (:func:`_visually_hidden_token`).
_MARK_BITS = 10
(
    _NEGATIVE,
    _RESCUE,
    _POSITIVE,
    _CONSENT,
    _COOKIE,
    _NOTICE,
    _CONSENT_TOOL,
    _PRIVACY,
    _LAID,
    UNSEEN_NAMED,
) = (1 << i for i in range(_MARK_BITS))


@lru_cache(maxsize=16384)
def _word_marks(word: str) -> int:
    """The marks of one word of a name, as :data:`WORDS` cuts it (any case)."""
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


def _visually_hidden_token(token: str) -> bool:
    """True when the class token *token* (lowered) is a framework's name for text shown to
    screen readers only (:data:`~.vocabulary.VISUALLY_HIDDEN_NAMES`: Bootstrap's
    ``sr-only``, ``visually-hidden``; WordPress's ``screen-reader-text``; ``vh`` …), alone
    or after a namespace ("u-visually-hidden", "go-vh", "c-header__visually-hidden"). A
    token that merely holds the letters is not: a name going on ("offscreen-nav",
    "field--label-visually_hidden" on a field whose label is hidden), a breakpoint
    variant hiding it on some screens only ("sm:sr-only", "…@mobile-max"), Bootstrap
    3/4's ``sr-only-focusable`` (it only shows an ``sr-only`` element on focus; alone it
    hides nothing); ``vh`` after figures is a length ("h-100-vh")."""
    if not token.endswith(voc.VISUALLY_HIDDEN_NAMES) or ":" in token or "@" in token:
        return False  # (one test in C rejects nearly every token: this runs on each new one)
    for name in voc.VISUALLY_HIDDEN_NAMES:
        if token == name:
            return True
        if token.endswith(name) and token[-len(name) - 1] in "-_":
            return name != "vh" or not token[: -len(name) - 1].rstrip("-_")[-1:].isdigit()
    return False


@lru_cache(maxsize=32768)
def _token_marks(token: str) -> int:
    """The marks of one token of class + id: its words' (no word of :data:`WORDS` runs
    over whitespace) and whether it starts with a consent tool's prefix. A word right
    after a digit is not read: letters and digits run together are a generated name's
    hash ("css-1ad4f", "c4ad4fa9f": no "ad" there), while a name's word opens the token or
    follows a separator or a hump ("ad300x250", "ad-slot", "adSlot")."""
    lowered = token.lower()
    marks = _CONSENT_TOOL if lowered.startswith(voc.CONSENT_PREFIXES) else 0
    if _visually_hidden_token(lowered):
        marks |= UNSEEN_NAMED
    if token.isascii():  # (one findall: a run of figures and the word glued to it at once)
        for figures, word in _READ.findall(token):
            marks |= _word_marks(figures or word)
        return marks
    for match in WORDS.finditer(token):
        start = match.start()
        if start and token[start - 1].isdigit():
            continue
        marks |= _word_marks(match.group())
    return marks


@lru_cache(maxsize=32768)
def attribute_marks(value: str) -> int:
    """The marks of all words of one class or id value ("articleBody": "article" and
    "body"), read token by token: a page's names are new strings, their tokens mostly are
    not ("c-article-header", "col-md-8"). Class and id are read apart (the marks of class
    + id are the union of theirs): the body walk, the tally and the scoring ask the same
    element's name, and each value is one key however it is asked."""
    marks = 0
    for token in value.split():
        marks |= _token_marks(token)
    return marks


def element_marks(element: HtmlElement, names: list[str]) -> int:
    """The marks of the class and id of an element whose attribute names are *names* (an
    attribute the element lacks is not looked up)."""
    marks = attribute_marks(element.get("class") or "") if "class" in names else 0
    if "id" in names:
        marks |= attribute_marks(element.get("id") or "")
    return marks


def _verdict(marks: int) -> int:
    """+1 for a story-container name, -1 for chrome, 0 otherwise (*marks*: of class + id)."""
    if marks & _NEGATIVE:
        return 0 if marks & _RESCUE else -1
    return 1 if marks & _POSITIVE else 0


def attrs(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def named_story(element: HtmlElement, known: dict[HtmlElement, int]) -> bool:
    """True when *element* is named as a story container (``class_verdict > 0``) or
    marked as one (``itemprop=articleBody``). *known*: the marks of elements whose one
    attribute is a class or an id, as the walk read them (:attr:`Walker.marks`)."""
    marks = known.get(element)
    if marks is not None:
        return _verdict(marks) > 0
    names = element.keys()
    if not names:
        return False  # most elements: no name to read
    if ("class" in names or "id" in names) and _verdict(element_marks(element, names)) > 0:
        return True
    return "itemprop" in names and element.get("itemprop") == "articleBody"


def class_verdict(element: HtmlElement) -> int:
    names = element.keys()
    if "class" not in names and "id" not in names:
        return 0  # most elements: no name to read
    return _verdict(element_marks(element, names))


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


def is_overlay_layer(element: HtmlElement, known: dict[HtmlElement, int]) -> bool:
    """True for a consent layer or a modal dialog laid over the page: chrome whatever share
    of the page's text it holds, and no story container inside rescues it. A page wrapper
    carrying a consent state class ("cookie-consent-given") holds the story's landmarks, and
    a story shown in a modal holds its ``article`` or ``h1``: neither is one. *known*: as
    for :func:`named_story`."""
    marks = known.get(element)
    if marks is not None:
        laid = _consent_marked(marks)  # one attribute, a class or an id
    else:
        names = element.keys()
        laid = bool(names) and (
            ("role" in names and element.get("role") in voc.DIALOG_ROLES)
            or ("aria-modal" in names and element.get("aria-modal") == "true")
            or ("style" in names and _is_fixed(element))
            or (
                ("class" in names or "id" in names)
                and _consent_marked(element_marks(element, names))
            )
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


def control_layers(
    body: HtmlElement, blocks: list[Block], stats: dict[HtmlElement, Stats], total: int
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
        if edge in stats and stats[edge].chars < total * OVERLAY_MAX_SHARE and _holds_buttons(edge)
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


def _prose(stats: Stats) -> int:
    """Characters outside links."""
    return stats.chars - stats.link_chars


def _holds_buttons(element: HtmlElement) -> bool:
    """True when two or more ``button`` elements lie inside *element*."""
    return next(islice(element.iter("button"), 1, None), None) is not None


#: What never lies inside a control of a well-formed page: the landmark and sectioning
#: elements, and the page's headline (``h1``), which still marks a control left open on a
#: page built of ``div`` s alone (a card's ``h3`` in a button does not).
_LEFT_OPEN_TAGS = (*sorted(voc.LANDMARK_TAGS), "h1")


def _holds_landmark(element: HtmlElement) -> bool:
    """True when a landmark element or an ``h1`` lies inside *element* (a control left
    open: libxml2 nests the rest of the page in a button whose inner ``div`` is unclosed)."""
    return next(element.iter(*_LEFT_OPEN_TAGS), None) is not None


# Both tests below take the element's attribute names (``element.keys()``, read once by
# the walk): most elements carry one or two attributes, and an attribute looked up by
# name costs more than a look at the names.


def is_unseen(element: HtmlElement, tag: str, names: list[str]) -> bool:
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
    if not style:
        return False
    if HIDDEN_STYLE.search(style) is not None:
        return True
    return _clipped(style) and is_label(element)


def _clipped(style: str) -> bool:
    """True when the inline *style* clips its element out of sight while screen readers
    still read it (:data:`_CLIPPED_STYLE`, or a one-pixel box hiding its overflow)."""
    if "clip" in style.lower() and _CLIPPED_STYLE.search(style):
        return True
    return bool(
        _PIXEL_WIDTH.search(style)
        and _PIXEL_HEIGHT.search(style)
        and _OVERFLOW_HIDDEN.search(style)
    )


def is_label(element: HtmlElement) -> bool:
    """True when *element* holds a label's worth of text: at most ``HIDDEN_MAX_CHARS``
    characters in at most ``_HIDDEN_MAX_ELEMENTS`` elements (the count stops there, so
    the test is bounded whatever the element holds)."""
    chars = 0
    for count, node in enumerate(element.iter(), 1):
        if count > _HIDDEN_MAX_ELEMENTS:
            return False
        if isinstance(node.tag, str) and node.text:
            chars += len(node.text.strip())
        if node is not element and node.tail:
            chars += len(node.tail.strip())
        if chars > HIDDEN_MAX_CHARS:
            return False
    return True


def named_unseen(element: HtmlElement, marks: int) -> bool:
    """True when class + id of *element* (their *marks*) name text shown to screen
    readers only (:data:`~.vocabulary.VISUALLY_HIDDEN_NAMES`) and it holds a label's worth
    (:func:`is_label`): the stylesheet clips it out of sight."""
    return bool(marks & UNSEEN_NAMED) and is_label(element)


def looks_chrome(
    element: HtmlElement, tag: str, names: list[str], marks: int | None = None
) -> bool:
    """True when *element* is named or tagged like page chrome. Wrappers are named that
    way too ("page-ad-margins" around a whole page), so the verdict is vetted later against
    how much of the page's text the element holds. *marks*: those of its class and id
    (:func:`element_marks`), when the caller read them already."""
    if (
        tag in voc.CHROME_TAGS
        and not is_table_figure(element, tag)
        and not is_section_header(element, tag)
    ):
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
    if not ("class" in names or "id" in names):
        return False
    if marks is None:
        marks = element_marks(element, names)
    if not CHROME_MARKED[marks]:
        return False
    return tag not in PHRASING or not in_sentence(element)


#: Characters of text the element after a section's header holds at least.
SECTION_TEXT_MIN_CHARS = 80


def is_section_header(element: HtmlElement, tag: str) -> bool:
    """True when *element* is a ``header`` that holds nothing but one subheading without a
    link and is followed by an element holding text: the header of one section of the
    story (CMS content elements write each section as ``header > h2`` over its text), not
    the page's or a box's header. A header holding the headline (``h1``), a link (a
    teaser's title), a date or a byline beside the heading stays chrome by its tag."""
    if tag != "header" or len(element) != 1 or (element.text or "").strip():
        return False
    heading = element[0]
    if heading.tag not in voc.SUBHEADING_TAGS or (heading.tail or "").strip():
        return False
    if next(heading.iter("a"), None) is not None:
        return False
    after = element.getnext()
    return (
        after is not None
        and isinstance(after.tag, str)
        and len(after.text_content().strip()) >= SECTION_TEXT_MIN_CHARS
    )


def is_table_figure(element: HtmlElement, tag: str) -> bool:
    """True when *element* is a ``figure`` holding a ``table`` and no ``pre``: a data
    table with its caption is the story's own content, not a picture's box (its
    ``figcaption`` is still chrome). A figure holding a code listing is not, even laid
    out as a table (a highlighter's line numbers in one cell, the ``pre`` in the next)."""
    if tag != "figure":
        return False
    return (
        next(element.iter("table"), None) is not None and next(element.iter("pre"), None) is None
    )


def _chrome_marked(marks: int) -> bool:
    """True when class + id of *marks* name page chrome or a consent layer (``_verdict <
    0`` or :func:`_consent_marked`)."""
    if marks & _NEGATIVE and not marks & _RESCUE:
        return True
    return _consent_marked(marks)


#: :func:`_chrome_marked` of every value marks take, as the body walk looks it up.
CHROME_MARKED = tuple(_chrome_marked(marks) for marks in range(1 << _MARK_BITS))


def in_sentence(element: HtmlElement) -> bool:
    """True when the inline *element* stands inside running text: words right before
    it or right after it in its parent. A link named like chrome there ("auto-tag" on a
    linked name) is a word of the sentence, not a box of its own."""
    if _WORD_CHAR.search(element.tail or ""):
        return True
    before, parent = element.getprevious(), element.getparent()
    text = before.tail if before is not None else parent.text if parent is not None else None
    return _WORD_CHAR.search(text or "") is not None
