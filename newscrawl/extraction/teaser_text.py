"""The headline of a teaser, out of the text of its link.

A teaser's link often holds more than its headline: a kicker over it ("CRIME",
"Hans-Werner Sinn", "Der aktuelle Stand des Projektes"), a description under it, a rank
before it, a time after it. Stylesheets put these on lines of their own, so the markup
needs no space between them, and read as one line they glue: "CRIMEDisgraced ex-WA
politician…", "Labours Insel der SeligenGroßbritannien wirkt…"; templates write them as
elements on lines of their own. Two element texts that touch without whitespace, or that
the source puts on separate lines, the second starting a new sentence (capital letter,
opening quote) and the first not leading into it ("Exclusive:"), are separate lines; inline
markup inside a headline ("<b>Trump</b> says", "<em>Ex</em>clusive") is neither. The
headline is the longest line that is not a sentence of a description. A rank equal to
the teaser's place in its list, a ``<time>`` stamp (read apart as the teaser's date; glued
to a description it would hide the sentence's full stop, glued to a headline in scripts
without spaces it would stay in it: "…対策不備12月24日"), and a date or relative time closing
the line in an element of its own ("… 1 hour ago"), are not part of the headline either.

A card that is one link (picture, kicker, headline, description, date) marks its title
line: a heading element (``<h3>``) or an element whose class names a title
(``card__title``, ``teaser-headline``: the class's last BEM element, not
``article-title__prefix``). When one line of three words or more is so marked, it is the
headline over a longer line after it (a description that ends without a full stop); a
longer line before it stays the headline (the marked line is then a subtitle), a mark
holding more than one line (a kicker and a title in one ``<h3>``) marks none, and two
marked lines (a kicker and a title both styled as headings) leave the longest.

Without a mark (class words opaque, every element a ``<span>`` or ``<div>``) the cards
of one box still tell their headline by repetition: cards built alike put it at the same
place. When every card of a box of three or more (no card with a marked element) holds
exactly two pieces besides its kicker (a line of three words or fewer, or a text that
two cards share: "Politik"), and in most cards the first piece is headline-shaped (no
sentence end, shorter than the second, three words or more), the first piece is each
card's headline over the longer description after it (see :func:`card_title_place`).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.blocks import HEADINGS
from newscrawl.extraction.boilerplate import TEASER_MIN_ITEMS, TEASER_MIN_WORDS
from newscrawl.extraction.dates import split_labels
from newscrawl.extraction.html import is_bare_reading
from newscrawl.extraction.teaser_links import has_headline_words
from newscrawl.extraction.vocabulary import SKIP_TAGS
from newscrawl.extraction.walk_marks import WORDS

#: Marks an element boundary while the text is gathered.
_EDGE = "\ue001"
#: Marks a cut between two lines of the gathered text.
_CUT = "\ue002"
#: The private marks of the gathered text.
_MARKS = frozenset((_EDGE, _CUT))
#: Element boundaries (with the whitespace around them) between two texts, with the
#: character before them and the first letter after them (past opening quotes).
_EDGES = re.compile(rf"(?<=([^\s{_EDGE}]))[\s{_EDGE}]*{_EDGE}[\s{_EDGE}]*(?=[\"'„“”«‹‚‘(¿¡]*(.))")
#: A line ending like this leads into the next one ("Exclusive:", "Ukraine –").
_LEAD_IN = frozenset(":–—-")
#: A description's sentence ends with a full stop or an ellipsis; a headline rarely does.
_SENTENCE = re.compile(r"(?:\.|…|\.\.\.)\s*$")
_RANK = re.compile(r"^(\d{1,2})[.)]?\s+")
#: A short text with a figure in it: a stamp ("30 Juni 2025", "vor 2 Stunden") or a
#: counter ("(7)", "4") when it closes the link in an element of its own.
_FIGURES = re.compile(r"(?=.*\d)\S+(?: \S+){0,2}")
_FIGURES_MAX_CHARS = 25
_DIGIT = re.compile(r"\d")


def _starts_line(edge: re.Match[str]) -> bool:
    """*edge* is a line break: the texts touch (no whitespace) or the source puts them on
    lines of their own (or a ``<br>`` does), what follows starts a sentence (a capital
    letter, perhaps after an opening quote) and what precedes does not lead into it.
    Scripts without capitals never split."""
    gap = edge.group(0).replace(_EDGE, "")
    return (not gap or "\n" in gap) and edge.group(2).isupper() and edge.group(1) not in _LEAD_IN


def _lines(link: HtmlElement, stamps: bool = False) -> list[str]:
    """The link's text cut at glued element boundaries (see module doc); without its
    ``<time>`` elements unless *stamps*."""
    own = link.text
    if not len(link) and link.tag == "a" and (not own or _MARKS.isdisjoint(own)):
        # No child nodes (three links in four): one line, its text (no walk, no boundary).
        line = " ".join(own.split()) if own else ""
        return [line] if line else []
    parts: list[str] = []
    # A hidden element's subtree is not entered: its close event, next, brings its tail.
    events = etree.iterwalk(link, events=("start", "end"))
    hidden: HtmlElement | None = None
    for event, element in events:
        if event == "start":
            tag = element.tag if isinstance(element.tag, str) else ""
            if (
                not tag
                or tag in SKIP_TAGS
                or (tag == "time" and not stamps)
                or is_bare_reading(element, tag)
            ):
                events.skip_subtree()
                hidden = element
            else:
                parts.append(_EDGE)
                if element.text:
                    parts.append(element.text)
                if len(element):
                    _comment_tails(element[0], parts)
            continue
        if element is not hidden:
            parts.append("\n" if element.tag == "br" else _EDGE)
        if element is not link:
            if element.tail:
                parts.append(element.tail)
            if (after := element.getnext()) is not None:
                _comment_tails(after, parts)
    text = "".join(parts)
    text = _EDGES.sub(lambda m: _CUT if _starts_line(m) else m.group(0), text)
    lines = []
    for piece in text.split(_CUT):
        line = " ".join(piece.replace(_EDGE, "").split())
        if line:
            lines.append(line)
    return lines


def _comment_tails(node: HtmlElement | None, parts: list[str]) -> None:
    """Add to *parts* the texts after *node* and the comments (or processing
    instructions) following it, up to the next element: the walk of :func:`_lines` does
    not stop at them, and the text after one flows on (``By<!-- --> <a>…``: one line);
    the comment's own text is not read."""
    while node is not None and not isinstance(node.tag, str):
        if node.tail:
            parts.append(node.tail)
        node = node.getnext()


def _own_texts(link: HtmlElement) -> set[str]:
    """Texts of the elements inside *link* (a stamp has an element of its own)."""
    texts = set()
    for count, element in enumerate(link.iterdescendants()):
        if count > 50:
            break
        if isinstance(element.tag, str):
            texts.add(" ".join(element.text_content().split()))
    return texts


def _trim(line: str, rank: int | None, link: HtmlElement) -> str:
    """*line* without a leading rank equal to *rank*, and without a closing date that is
    an element of its own (a date written into the headline stays)."""
    if rank is not None and (m := _RANK.match(line)) and int(m.group(1)) == rank:
        line = line[m.end() :]
    dates = split_labels(line)
    if dates:
        last = dates[-1].raw
        if line.endswith(last) and len(line) > len(last) and last in _own_texts(link):
            line = line[: -len(last)].rstrip(" ·|•-–—,")
    return _without_closing_figures(line, link)


def _without_closing_figures(line: str, link: HtmlElement) -> str:
    """*line* without a closing stamp or counter (see ``_FIGURES``) that is the text of
    an element outside the one holding the headline: the date line or comment count
    under a teaser's heading. A figure inside the headline's own element ("Fire
    destroys <b>12</b> homes", "Best films of 2024") stays."""
    if _DIGIT.search(line, max(0, len(line) - _FIGURES_MAX_CHARS)) is None:
        return line  # no figure near the end: no closing figures (most headlines)
    for count, element in enumerate(link.iterdescendants()):
        if count > 50:
            break
        if not isinstance(element.tag, str):
            continue
        tail = " ".join(element.text_content().split())
        if (
            not tail
            or len(tail) > _FIGURES_MAX_CHARS
            or len(tail) >= len(line)
            or not line.endswith(tail)
            or not _FIGURES.fullmatch(tail)
        ):
            continue
        head = line[: -len(tail)].rstrip(" ·|•-–—,")
        holder = _holder(link, head)
        if holder is not None and holder is not link and element not in holder.iter():
            return head
    return line


def _holder(link: HtmlElement, text: str) -> HtmlElement | None:
    """The innermost element of *link* whose text holds *text*."""
    found: HtmlElement | None = None
    for count, element in enumerate(link.iter()):
        if count > 50:
            break
        if isinstance(element.tag, str) and text in " ".join(element.text_content().split()):
            found = element
    return found


#: Words of a class name marking a card's title line (see module doc).
_TITLE_CLASS = frozenset({"title", "headline"})


def _is_marked(element: HtmlElement) -> bool:
    """*element* is a heading, or a class name's last BEM element (``card__title``, not
    ``card-title__prefix``) names a title."""
    if element.tag in HEADINGS:
        return True
    names = element.get("class")
    if not names:
        return False
    lowered = names.lower()
    if "title" not in lowered and "headline" not in lowered:
        return False  # (most classes: no word to look for)
    for name in names.split():
        part = name.rsplit("__", 1)[-1].split("--", 1)[0]
        if not _TITLE_CLASS.isdisjoint(w.lower() for w in WORDS.findall(part)):
            return True
    return False


def _marked_line(link: HtmlElement, lines: list[str]) -> int | None:
    """Index in *lines* of the one line that is the whole text of a marked element inside
    *link* (see module doc); None when none is, or more than one (a kicker and a title
    both styled as headings)."""
    found: int | None = None
    for count, element in enumerate(link.iterdescendants()):
        if count > 50:
            break
        if not isinstance(element.tag, str) or not _is_marked(element):
            continue
        text = " ".join(element.text_content().split())
        if text in lines:
            index = lines.index(text)
            if found is not None and found != index:
                return None
            found = index
    return found


#: A kicker over a card's headline has this many words or fewer.
_KICKER_MAX_WORDS = 3


def _pieces(lines: list[str], shared: set[str] | frozenset[str]) -> list[int]:
    """Indexes in a card's *lines* of its pieces: lines that are no kicker (three words
    or fewer, or a text in *shared*: one another card holds too)."""
    return [
        index
        for index, line in enumerate(lines)
        if line not in shared and has_headline_words(line, _KICKER_MAX_WORDS + 1)
    ]


def _has_mark(link: HtmlElement) -> bool:
    for count, element in enumerate(link.iterdescendants()):
        if count > 50:
            break
        if isinstance(element.tag, str) and _is_marked(element):
            return True
    return False


def card_title_place(
    links: list[HtmlElement], read: dict[HtmlElement, list[str]] | None = None
) -> frozenset[str] | None:
    """The texts two cards share (kickers), when the *links* of one box are cards built
    alike whose first piece is the headline (see module doc): every card two pieces
    besides its kicker, none marked, the first piece headline-shaped (no sentence end,
    shorter than the second) in most of them; else None. *read*: where the lines read
    of each link are kept (for :func:`teaser_headline`, which reads them again)."""
    if len(links) < TEASER_MIN_ITEMS:
        return None
    cards = []
    for link in links:
        lines = _lines(link)
        if read is not None:
            read[link] = lines
        if len(lines) < 2:
            return None  # (at most one piece: no card of this box has two)
        cards.append(lines)
    seen: set[str] = set()
    shared: set[str] = set()
    for lines in cards:
        for line in set(lines):
            (shared if line in seen else seen).add(line)
    shaped = 0
    for lines in cards:
        pieces = _pieces(lines, shared)
        if len(pieces) != 2:
            return None
        first, second = lines[pieces[0]], lines[pieces[1]]
        shaped += not _SENTENCE.search(first) and len(first) < len(second)
    if 2 * shaped <= len(cards) or any(_has_mark(link) for link in links):
        return None
    return frozenset(shared)


def _first_piece(lines: list[str], kickers: frozenset[str]) -> str | None:
    """The first piece (see :func:`_pieces`) of a card's *lines*, when it has no
    sentence end."""
    pieces = _pieces(lines, kickers)
    if len(pieces) < 2:
        return None
    first = lines[pieces[0]]
    return None if _SENTENCE.search(first) else first


def teaser_headline(
    link: HtmlElement,
    rank: int | None = None,
    kickers: frozenset[str] | None = None,
    read: list[str] | None = None,
) -> str:
    """The headline in a teaser *link*; *rank*: the teaser's place in its list;
    *kickers*: given when the link is a card of a box whose first piece is the headline,
    the texts its cards share (see :func:`card_title_place`); *read*: the link's lines
    when they were read already (``_lines(link)``)."""
    lines = (_lines(link) if read is None else read) or _lines(link, stamps=True)
    if not lines:
        return ""
    if kickers is not None and len(lines) > 1 and (piece := _first_piece(lines, kickers)):
        return _trim(piece, rank, link) or piece
    if len(lines) > 1:
        titles = [line for line in lines if not _SENTENCE.search(line)] or lines
        best = max(titles, key=len)
        marked = _marked_line(link, lines)
        if (
            marked is not None
            and marked < lines.index(best)
            and has_headline_words(lines[marked], TEASER_MIN_WORDS)
        ):
            best = lines[marked]  # the card's title over the description under it
    else:
        best = lines[0]
    return _trim(best, rank, link) or best
