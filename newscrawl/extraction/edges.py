"""Where a story's text begins and ends inside the container the block model chose.

A story container often holds the article's header too: the kicker, the headline, the
standfirst (the summary printed under the headline), a byline and a time stamp, all
before the first paragraph of the story itself. The standfirst is the page's
``description`` (the record carries it there), so the body need not repeat it.

Two independent signals must agree before anything is cut, so a story whose first
paragraph merely doubles as the page's meta description (an automatic excerpt) keeps it:
the paragraph says what the page's description says, and it is built unlike the story's
paragraphs — another parent element *and* another tag or class than the first paragraph
of prose after it. A lead standing beside the story's paragraphs in their element is the
standfirst on stronger evidence: a tag and class no other paragraph of the container has
(or, in the story's own tag and class, all its text set in bold where the story's
paragraphs are not), the description's words word for word, and no stated story (JSON-LD
``articleBody``) holding it. The standfirst and whatever stands before it in the container (kicker,
headline, stamps) are the header.

Within and at the end of the story, the container holds boxes of its own: a newsletter or
app call, a "read also" box, a caption, an info box, teasers with their descriptions. The
story's prose is written in one kind of element (:func:`_story_kind`); a paragraph after
its first one inside an element that holds none of that prose is such a box. A list, a
quote or a table is text of the story's own structure and stays, and so does a heading
with the story's prose after it. Short lines written into the story's element after its
last paragraph in a build of their own (an agency's credit styled apart, a feedback call,
a paywall's count) close it as furniture (:func:`closing_lines`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

from lxml.html import HtmlElement

from newscrawl.extraction.dates import is_date_line, split_labels
from newscrawl.extraction.headlines import key_words, letters
from newscrawl.extraction.html import all_bold, containers_of
from newscrawl.extraction.vocabulary import (
    CONTRIBUTOR_CREDIT,
    ELLIPSES,
    HEADING_TAGS,
    SENTENCE_CLOSERS,
    SENTENCE_STOPS,
    WIDE_SENTENCE_STOPS,
)
from newscrawl.extraction.words import (
    WORD_CHARACTER,
    ends_sentence,
    ends_word_sentence,
    long_enough,
)

#: The standfirst is looked for among this many first paragraphs of the container …
HEADER_MAX_PARAGRAPHS = 6
#: … and only while the text before it is under this share of the container's text.
HEADER_MAX_SHARE = 0.3
#: Shortest paragraph that counts as the story's first paragraph of prose (its length
#: weighed by :func:`~.words.text_weight`: an ideograph counts three characters).
PROSE_MIN_CHARS = 60
#: Share of each text's words the other must hold for the two to say the same.
SAME_TEXT_SHARE = 0.9
#: Longest header line (a stamp, a byline) before the story's first paragraph.
HEADER_LINE_MAX_CHARS = 100
#: Share of the container's text the story's kind of element must hold for its end to
#: be read (below it, no kind of element is the story's).
TAIL_PROSE_SHARE = 0.5
#: Elements that hold story text in a structure of its own (a list, a quote, a table).
STRUCTURE_TAGS = frozenset({"li", "td", "th", "dd", "dt", "blockquote", "pre"})
#: Share of the text of the items of lists, tables or quotes that paragraphs of another
#: kind hold at least to be the story's prose (:func:`_story_kind`).
PROSE_OVER_ITEMS = 0.5
#: Share of a stamp line (:func:`stamp_lines`) its dates hold at least.
STAMP_MIN_SHARE = 0.25
#: Fewest numbers (a day, a year) the raw text of a stamp holds to mark a header line.
STAMP_MIN_NUMBERS = 2
#: Fewest words a standfirst has (a one-line kicker equal to a terse description is none).
STANDFIRST_MIN_WORDS = 6

_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")
#: How a text extractor marks a list's items on their lines (:func:`text_header_end`).
TEXT_ITEM_MARKS = ("- ", "* ", "• ")
#: Quote marks opening a quotation, each with the marks that close it (German „…“ and
#: »…«, English “…” and "…", French «…», Polish „…”, Swedish ”…”, CJK 「…」):
#: :func:`is_quotation`.
QUOTE_CLOSERS = {
    '"': '"',
    "'": "'",
    "„": "“”",
    "“": "”",
    "”": "”",
    "‚": "‘’",
    "‘": "’",
    "«": "»",
    "»": "«»",
    "‹": "›",
    "›": "‹›",
    "「": "」",
    "『": "』",
}
#: A sentence's stop after a word (:data:`~.vocabulary.SENTENCE_STOPS`, its closing
#: quotes and brackets after it: ``.”``) and a space, or a CJK stop that no space
#: follows (:data:`~.vocabulary.WIDE_SENTENCE_STOPS`), then the next word's first letter
#: after an opening quote at most (:data:`QUOTE_CLOSERS`' openers). The word before the
#: stop may end in a mark (an Indic vowel sign: :data:`~.words.WORD_CHARACTER`).
_INNER_STOP = re.compile(
    rf"{WORD_CHARACTER}{{2}}(?:[{re.escape(SENTENCE_STOPS)}][{re.escape(SENTENCE_CLOSERS)}]*\s+"
    rf"|[{re.escape(WIDE_SENTENCE_STOPS)}][{re.escape(SENTENCE_CLOSERS)}]*)"
    rf"[{re.escape(''.join(QUOTE_CLOSERS))}]?([^\W\d_])"
)
#: Fewest times a line must stand in the story's container to be its furniture.
REPEATED_MIN_TIMES = 2
#: Longest line after the story's last paragraph of prose that may close it as furniture
#: (a credit, a source, a feedback link, a paywall's "x % left to read").
CLOSING_LINE_MAX_CHARS = 200


def same_text(paragraph: str, description: str) -> bool:
    """True when *paragraph* and *description* say the same (nearly the same words; the
    description may be cut short with an ellipsis)."""
    return _same_words(key_words(paragraph), key_words(description), description)


def _same_words(mine: list[str], theirs: list[str], description: str) -> bool:
    """:func:`same_text` of a paragraph's words *mine* and *description*'s *theirs*."""
    if len(mine) < STANDFIRST_MIN_WORDS or len(theirs) < STANDFIRST_MIN_WORDS:
        return False
    a, b = set(mine), set(theirs)
    shared = len(a & b)
    if shared >= SAME_TEXT_SHARE * len(a) and shared >= SAME_TEXT_SHARE * len(b):
        return True
    return _opens_with_cut(mine, theirs, description)


def _opens_with_cut(mine: list[str], theirs: list[str], description: str) -> bool:
    """True when *description* (its words *theirs*) is cut short with an ellipsis and the
    words *mine* open with it (its last word aside: it may be cut in two)."""
    return description.rstrip().endswith(ELLIPSES) and mine[: len(theirs) - 1] == theirs[:-1]


def _word_for_word(text: str, description: str) -> bool:
    """True when *text* says *description* word for word, as far as the description goes
    where it is cut short with an ellipsis (:func:`_opens_with_cut`)."""
    mine, theirs = key_words(text), key_words(description)
    if mine == theirs:
        return True
    if len(theirs) < STANDFIRST_MIN_WORDS or len(mine) < len(theirs):
        return False
    return _opens_with_cut(mine, theirs, description)


def _kind(element: HtmlElement) -> tuple[object, str]:
    names = element.get("class")
    return element.tag, " ".join(names.split()) if names else ""


def _built_apart(
    index: int, paragraphs: Sequence[tuple[str, HtmlElement]], story: HtmlElement
) -> bool | None:
    """How the paragraph at *index* is built beside *story*, the story's first paragraph
    of prose: True in another parent element and of another kind (tag and class); None
    in the same parent, of a kind no other paragraph of the container is written in (a
    lead set in a style of its own, unlike the first two or three story paragraphs a
    class marks as a spoken summary), or set all in bold where *story* is not (a bold
    lead, :func:`~newscrawl.extraction.html.all_bold`); False when built like the story."""
    owner = paragraphs[index][1]
    kind = _kind(owner)
    bold = all_bold(owner) and not all_bold(story)
    if kind == _kind(story):
        return None if bold else False
    if story.getparent() is not owner.getparent():
        return True
    if not bold and any(_kind(o) == kind for i, (_, o) in enumerate(paragraphs) if i != index):
        return False
    return None


def header_end(
    paragraphs: Sequence[tuple[str, HtmlElement]],
    description: str | None,
    unstated: Collection[int] = (),
    stated: Collection[int] = (),
) -> int:
    """How many of the container's first *paragraphs* (text, owning element) are the
    article's header: up to and including a standfirst, 0 when none is found. A paragraph
    saying what the description says is the standfirst when the page's stated story
    leaves it out (its index in *unstated*) or when it is built unlike the story's prose
    (:func:`_built_apart`): in another element and of another kind, or, set in a kind of
    its own beside the story's paragraphs, when it says the description word for word and
    the stated story does not hold it (its index not in *stated*)."""
    if not description:
        return 0
    total = sum(len(text) for text, _ in paragraphs)
    before = 0
    said = key_words(description)  # (read once, not for each paragraph)
    for index, (text, _) in enumerate(paragraphs[:HEADER_MAX_PARAGRAPHS]):
        if before > HEADER_MAX_SHARE * total:
            return 0
        before += len(text)
        if not _same_words(key_words(text), said, description):
            continue
        story = _story_element(paragraphs[index + 1 :])
        if story is None:
            return 0
        apart = _built_apart(index, paragraphs, story)
        if apart is None:
            # One signal of build only: the text must agree word for word, and the
            # stated story, where there is one, must not hold the paragraph.
            apart = index not in stated and _word_for_word(text, description)
        if index in unstated or apart:
            end = index + 1
            # Short lines between the standfirst and the story (a stamp, a byline, a
            # dateline) are the header's too, unless written like the story's prose.
            while (
                end < len(paragraphs)
                and not long_enough(paragraphs[end][0], PROSE_MIN_CHARS)
                and _kind(paragraphs[end][1]) != _kind(story)
            ):
                end += 1
            return end
        return 0
    return 0


#: Fewest sentences a summary box before the story holds (:func:`summary_box_end`) …
SUMMARY_MIN_ITEMS = 2
#: … most characters each of them has …
SUMMARY_ITEM_MAX_CHARS = 200
#: … and fewest paragraphs of the story's prose after it in the story's own element.
SUMMARY_STORY_AFTER = 3
#: Elements of a picture or a video: a box holding one is none of a summary's.
PICTURE_TAGS = ("img", "picture", "figure", "video")


def title_group_end(paragraphs: Sequence[tuple[str, HtmlElement]]) -> int:
    """How many of the container's first *paragraphs* (text, owning element) end with the
    last one inside the first ``hgroup`` holding an ``h1`` that holds any: the page's
    title group, which HTML defines as a heading with its subtitle or tagline
    (``<hgroup><h1>…</h1><p>…</p>``); its lines and whatever stands before them (a
    kicker, a breadcrumb) are the header, not the story. A later group holding an ``h1``
    (a subheading the story marks so) is the story's. 0 when there is none, or when those
    lines hold more than :data:`HEADER_MAX_SHARE` of the container's text (a page that
    wraps its story in the group)."""
    if not paragraphs:
        return 0
    root = paragraphs[0][1].getroottree().getroot()
    holding = containers_of(root.iter("h1"))
    # Each element of a group holding an h1, with that group (the outermost: a group in
    # one taken is not read again).
    grouped: dict[HtmlElement, HtmlElement] = {}
    for group in root.iter("hgroup"):
        if group in holding and group not in grouped:
            grouped.update(dict.fromkeys(group.iter(), group))
    if not grouped:
        return 0
    title: HtmlElement | None = None
    end = 0
    for index, (_, owner) in enumerate(paragraphs):
        group = grouped.get(owner)
        if group is not None and (title is None or group is title):
            title, end = group, index + 1
    total = sum(len(text) for text, _ in paragraphs)
    if sum(len(text) for text, _ in paragraphs[:end]) > HEADER_MAX_SHARE * total:
        return 0
    return end


def summary_box_end(
    paragraphs: Sequence[tuple[str, HtmlElement]], stated: Collection[int] = ()
) -> int:
    """How many of the container's first *paragraphs* (text, owning element) end with a
    summary box: the key points printed between the headline and the story ("In brief:"
    and a list of short sentences, a box of bullet paragraphs), 0 when there is none.
    The box is the element holding the paragraphs right before the story's first
    paragraph of prose (the first of the story's kind, :func:`_story_kind`, in the
    element holding most of that prose) that does not hold it: :data:`SUMMARY_MIN_ITEMS`
    or more sentences of :data:`SUMMARY_ITEM_MAX_CHARS` at most, a short label (no
    sentence) before them at most, no longer than :data:`HEADER_MAX_SHARE` of the
    container's text, with :data:`SUMMARY_STORY_AFTER` paragraphs of the story's prose
    after it, and no picture in the element holding its lines. The story's first
    paragraphs standing in a wrapper of their own before the rest ("read-all", a lead
    picture's box) are of several sentences or beside a picture; a box the page's stated
    story holds (its index in *stated*) is the story's."""
    total = sum(len(text) for text, _ in paragraphs)
    if len(paragraphs) < SUMMARY_MIN_ITEMS + SUMMARY_STORY_AFTER + 1 or not _items_early(
        paragraphs, HEADER_MAX_SHARE * total
    ):
        return 0  # (no box can be there: the walk up the story's elements is not needed)
    # The paragraphs of prose with their kinds, read once (as _story_kind reads them).
    long = [
        (i, len(text), owner, _kind(owner))
        for i, (text, owner) in enumerate(paragraphs)
        if len(text) >= PROSE_MIN_CHARS or long_enough(text, PROSE_MIN_CHARS)
    ]
    weight: dict[tuple[object, str], int] = {}
    for _, chars, _, k in long:
        weight[k] = weight.get(k, 0) + chars
    if not weight:
        return 0
    kind = _pick_kind(weight)
    homes: Counter[HtmlElement] = Counter()
    parents = {}
    for i, chars, owner, k in long:
        if k == kind and (parent := owner.getparent()) is not None:
            homes[parent] += chars
            parents[i] = parent
    if not homes:
        return 0  # (its prose in elements of no tree: no container, no box before it)
    home = homes.most_common(1)[0][0]
    prose = [i for i, parent in parents.items() if parent is home]
    first = prose[0]
    if first == 0 or len(prose) < SUMMARY_STORY_AFTER + 1:
        return 0
    line = set(paragraphs[first][1].iterancestors())
    box = None
    start = first
    while start > 0:
        outer = _outer_box(paragraphs[start - 1][1], line)
        if outer is None or (box is not None and outer is not box):
            break
        box, start = outer, start - 1
    if box is None or any(i in stated for i in range(start, first)):
        return 0
    items = [text for text, _ in paragraphs[start:first]]
    if not ends_word_sentence(items[0]) and len(items[0]) <= HEADER_LINE_MAX_CHARS:
        items = items[1:]  # the box's label ("In brief:")
    if (
        len(items) < SUMMARY_MIN_ITEMS
        or not all(_one_sentence(t) for t in items)
        or sum(len(text) for text, _ in paragraphs[:first]) > HEADER_MAX_SHARE * total
        or next(_common(paragraphs[start:first]).iter(*PICTURE_TAGS), None) is not None
    ):
        return 0
    return first


def _items_early(paragraphs: Sequence[tuple[str, HtmlElement]], limit: float) -> bool:
    """True when :data:`SUMMARY_MIN_ITEMS` paragraphs in a row, each one sentence
    (:func:`_one_sentence`), end within the first *limit* characters of *paragraphs*
    right before a paragraph of prose with :data:`SUMMARY_STORY_AFTER` more after it:
    what a summary box's last items before the story are (a cheap test first)."""
    before = 0
    run = 0
    last = len(paragraphs) - SUMMARY_STORY_AFTER - 1  # (the story's first paragraph at most)
    for index, (text, _) in enumerate(paragraphs[:last]):
        before += len(text)
        if before > limit:
            return False
        run = run + 1 if _one_sentence(text) else 0
        if run >= SUMMARY_MIN_ITEMS and long_enough(paragraphs[index + 1][0], PROSE_MIN_CHARS):
            return True
    return False


def _one_sentence(text: str) -> bool:
    """True when *text* is one sentence of :data:`SUMMARY_ITEM_MAX_CHARS` at most: it ends
    as a sentence and no stop within it after a word (:data:`_INNER_STOP`) is followed by
    a letter that is no small letter (:func:`_small_letter`): a capital, or any letter of
    a script without case (Arabic, Hebrew, Devanagari, CJK, Hangul, Georgian), where no
    small letter tells that the sentence goes on."""
    if len(text) > SUMMARY_ITEM_MAX_CHARS or not ends_word_sentence(text):
        return False
    return all(_small_letter(m.group(1)) for m in _INNER_STOP.finditer(text.rstrip()))


def _small_letter(letter: str) -> bool:
    """True when *letter* is a small letter of a script that opens its sentences with a
    capital: lower case and written otherwise at a sentence's start (its title case
    differs). Georgian's letters are lower case to Unicode (their capitals, Mtavruli,
    write whole words in headings) but their title case is themselves: Georgian opens a
    sentence with the same letters, a script without case in practice."""
    return letter.islower() and letter.title() != letter


def _common(paragraphs: Sequence[tuple[str, HtmlElement]]) -> HtmlElement:
    """The innermost element holding every one of *paragraphs*' owners."""
    owners = [owner for _, owner in paragraphs]
    node = owners[0]
    for candidate in (node, *node.iterancestors()):
        if all(o is candidate or candidate in o.iterancestors() for o in owners):
            return candidate
    return node  # pragma: no cover - the owners share the box


def _outer_box(owner: HtmlElement, line: set[HtmlElement]) -> HtmlElement | None:
    """The outermost element holding *owner* below the ancestors *line* of the story's
    first paragraph (None when *owner* is one of them)."""
    if owner in line:
        return None
    node = owner
    parent = node.getparent()
    while parent is not None and parent not in line:
        node, parent = parent, parent.getparent()
    return node if parent is not None else None


def is_quotation(line: str) -> bool:
    """True when *line* is a quotation: it opens with a quote mark and closes with the
    mark that closes it (:data:`QUOTE_CLOSERS`): "„Wir haben es geschafft“", "«On a
    gagné»", "\"We did it.\"". A line only opening with one ("„Wir haben es
    geschafft“: Bürgermeister jubelt") is none."""
    text = line.strip()
    closers = QUOTE_CLOSERS.get(text[:1])
    if closers is None or len(text) < 3:
        return False
    return text[-1] in closers


def text_header_end(lines: Sequence[str]) -> int:
    """How many of the first *lines* of a story read as text alone (another extractor's
    paragraphs, no elements to tell their build by) are the article's header: the short
    lines, none a sentence nor a list's item, before its first line of prose (a kicker
    glued to the headline, a skip link's label, a byline, a dateline). A header line that
    is a sentence, long or a list's item ("- …") keeps them all; so does a text whose
    first prose line is its only one. A quotation (:func:`is_quotation`: a story opening
    on a short quote, „Wir haben es geschafft“) is the story's: it ends the header. A
    first prose line saying the *description* stays: without its build, nothing tells a
    standfirst from a lead the description repeats."""
    first = next(
        (
            i
            for i, line in enumerate(lines)
            if long_enough(line, PROSE_MIN_CHARS) and ends_sentence(line)
        ),
        None,
    )
    if first is None or first + 1 >= len(lines):
        return 0
    for index, line in enumerate(lines[:first]):
        if is_quotation(line):
            return index
        if (
            len(line) > HEADER_LINE_MAX_CHARS
            or ends_sentence(line)
            or line.lstrip().startswith(TEXT_ITEM_MARKS)
        ):
            return 0
    return first


_Key = TypeVar("_Key")


def _prose_by(
    paragraphs: Sequence[tuple[str, HtmlElement]], key: Callable[[HtmlElement], _Key]
) -> dict[_Key, int]:
    """The characters of the paragraphs of prose (``PROSE_MIN_CHARS`` or more) by the
    *key* of the element owning each (its kind, its build): where the story is written."""
    weight: dict[_Key, int] = {}
    for text, owner in paragraphs:
        if len(text) >= PROSE_MIN_CHARS or long_enough(text, PROSE_MIN_CHARS):  # (a call saved)
            k = key(owner)
            weight[k] = weight.get(k, 0) + len(text)
    return weight


def _story_kind(paragraphs: Sequence[tuple[str, HtmlElement]]) -> tuple[tuple[object, str], int]:
    """The kind (tag and class) of element the story's prose is written in: of the
    elements owning paragraphs of at least ``PROSE_MIN_CHARS``, the kind holding the most
    text, with how much it holds (``((None, ""), 0)`` when there is no prose). A list's,
    table's or quote's items are the story's structures, not its prose: another kind
    holding :data:`PROSE_OVER_ITEMS` of their text is the story's (a product's feature
    list longer than the review beside it does not make the review's paragraphs a box;
    a story told in bullets keeps them, and a closing box stays a box)."""
    weight = _prose_by(paragraphs, _kind)
    if not weight:
        return (None, ""), 0
    kind = _pick_kind(weight)
    return kind, weight[kind]


def _pick_kind(weight: dict[tuple[object, str], int]) -> tuple[object, str]:
    """The story's kind of the kinds holding prose, *weight* its characters by kind (not
    empty): :func:`_story_kind`'s choice."""
    kind = max(weight, key=lambda k: weight[k])
    if kind[0] in STRUCTURE_TAGS:
        prose = [k for k in weight if k[0] not in STRUCTURE_TAGS]
        best = max(prose, key=lambda k: weight[k], default=None)
        if best is not None and weight[best] >= PROSE_OVER_ITEMS * weight[kind]:
            kind = best
    return kind


def _story_element(paragraphs: Sequence[tuple[str, HtmlElement]]) -> HtmlElement | None:
    """The first element of the story's kind (:func:`_story_kind`), None without prose."""
    kind, _ = _story_kind(paragraphs)
    return next(
        (o for t, o in paragraphs if long_enough(t, PROSE_MIN_CHARS) and _kind(o) == kind), None
    )


def boxed_paragraphs(paragraphs: Sequence[tuple[str, HtmlElement]]) -> list[int]:
    """Indexes of the paragraphs, after the story's first paragraph of prose, that stand
    in an element holding none of its prose: boxes inside the story's container (a
    newsletter call, a "read also" box, a caption) or closing it. Paragraphs written
    straight into an element on the story's spine (a credit line between its paragraphs'
    containers) or wrapped alone by an element of the story's kind there (a note set in
    a ``p`` of its own inside a story block), lists, quotes and tables (a line deeper
    inside one, below the spine, when the structure holds two lines or more, no link
    around them and not most of the line a link: a quoted email's paragraphs in a
    ``div`` inside the ``blockquote``, not a one-line pull quote nor an embedded post's
    card), and a heading with prose after it stay."""
    kind_of = {owner: _kind(owner) for _, owner in paragraphs}  # (read once: asked again)
    kinds = [kind_of[owner] for _, owner in paragraphs]
    prose = _prose_by(paragraphs, kind_of.__getitem__)
    if not prose:
        return []
    kind = _pick_kind(prose)  # (as _story_kind picks it)
    weight = prose[kind]
    if weight < TAIL_PROSE_SHARE * sum(len(text) for text, _ in paragraphs):
        return []
    written = [i for i, k in enumerate(kinds) if k == kind]
    spine: set[HtmlElement] = set()
    for index in written:
        node = paragraphs[index][1].getparent()
        while node is not None and node not in spine:
            spine.add(node)
            node = node.getparent()
    boxed = []
    lines_in: Counter[HtmlElement] | None = None  # (lines below each structure: read once)
    for index in range(written[0] + 1, len(paragraphs)):
        owner = paragraphs[index][1]
        parent = owner.getparent()
        if kinds[index] == kind or parent is None or parent in spine:
            continue
        if index < written[-1] and owner.tag in HEADING_TAGS:
            continue  # a subheading of the story, wrapped on its own
        if _kind(parent) == kind and parent.getparent() in spine and _alone(owner, parent):
            continue  # a paragraph the story's own element wraps alone
        if owner.tag in STRUCTURE_TAGS or parent.tag in STRUCTURE_TAGS:
            continue
        held = _structure_below(parent, spine)
        if held is None or _mostly_links(paragraphs[index][0], owner):
            boxed.append(index)
            continue
        if lines_in is None:
            lines_in = _lines_in_structures(paragraphs)
        if lines_in[held] < 2:
            boxed.append(index)
    return boxed


def _lines_in_structures(paragraphs: Sequence[tuple[str, HtmlElement]]) -> Counter[HtmlElement]:
    """How many of *paragraphs*' owners lie inside each list, table or quote element
    (:data:`STRUCTURE_TAGS`) holding any: one pass, not a pass over all the lines for each
    line asked about (a story's table of a thousand cells)."""
    counts: Counter[HtmlElement] = Counter()
    for _, owner in paragraphs:
        for above in owner.iterancestors(*STRUCTURE_TAGS):
            counts[above] += 1
    return counts


def _alone(owner: HtmlElement, parent: HtmlElement) -> bool:
    """True when *owner* is *parent*'s one element child (a comment beside it is none)."""
    return all(child is owner or not isinstance(child.tag, str) for child in parent)


def _mostly_links(text: str, owner: HtmlElement) -> bool:
    """True when links hold half of *text* or more, its *owner*'s line (an embedded
    post's "A post shared by …" line)."""
    linked = sum(len(" ".join(a.text_content().split())) for a in owner.iter("a"))
    return linked * 2 >= len(text)


def _structure_below(parent: HtmlElement, spine: set[HtmlElement]) -> HtmlElement | None:
    """The element holding *parent* (itself too) below the story's *spine* that is a
    list, a table or a quote (a quote's paragraphs wrapped in a ``div`` inside it), None
    when there is none or a link stands between (a linked card inside a quote: an
    embedded post's preview)."""
    node: HtmlElement | None = parent
    while node is not None and node not in spine:
        if node.tag in STRUCTURE_TAGS:
            return node
        if node.tag == "a":
            return None
        node = node.getparent()
    return None


def _build(owner: HtmlElement) -> tuple[object, frozenset[str]]:
    """An element's tag and classes, figures aside: a story numbering its paragraphs'
    class ("paragraph p_7", "par3") writes them all in one build."""
    return owner.tag, frozenset(_DIGITS.sub("0", owner.get("class") or "").split())


def closing_lines(paragraphs: Sequence[tuple[str, HtmlElement]]) -> list[int]:
    """Indexes of the short lines closing the story after its last paragraph of prose,
    each in an element of another build (tag and class, figures aside) than the story's
    prose: the agency credit ("SDA/sep", "Quelle: ntv.de, ino/dpa"), a feedback or
    newsletter call, a paywall's "x % left to read", a publisher's note, written into the
    story's container after its text. They are read from the end back to the first line
    that is long (:data:`CLOSING_LINE_MAX_CHARS`), a heading, a list's, table's or
    quote's line (an embedded post's signature) or written like the prose: in the
    prose's tag with every class of it and a modifier ("paragraph paragraph--last"), or
    with only some or none of its classes (a bare ``p`` among styled ones: a credit line
    written straight into the story stays), or in the prose's tag a sentence of
    :data:`PROSE_MIN_CHARS` or more (the story's last paragraph in a style of its own).
    Where no one build holds :data:`TAIL_PROSE_SHARE` of the text (a story told in
    several builds), none are."""
    if not paragraphs or len(paragraphs[-1][0]) > CLOSING_LINE_MAX_CHARS:
        return []  # (the last line long: it ends the walk back before it starts)
    weight = _prose_by(paragraphs, _build)
    if not weight:
        return []
    story = max(weight, key=lambda k: weight[k])
    if story[0] in STRUCTURE_TAGS or story[0] in HEADING_TAGS:
        return []
    if weight[story] < TAIL_PROSE_SHARE * sum(len(text) for text, _ in paragraphs):
        return []
    found: list[int] = []
    for index in range(len(paragraphs) - 1, -1, -1):
        text, owner = paragraphs[index]
        tag, names = _build(owner)
        if (
            (tag == story[0] and (names >= story[1] or names <= story[1]))
            or (
                tag == story[0] and long_enough(text, PROSE_MIN_CHARS) and ends_word_sentence(text)
            )
            or len(text) > CLOSING_LINE_MAX_CHARS
            or tag in HEADING_TAGS
            or _in_structure(owner)
        ):
            break
        found.append(index)
    return sorted(found)


#: Most lines at the story's end read for a contributors' credit (:func:`credit_lines`).
CREDIT_MAX_LINES = 3


def credit_lines(paragraphs: Sequence[tuple[str, HtmlElement]]) -> list[int]:
    """Indexes of the lines among the story's last :data:`CREDIT_MAX_LINES` that credit
    who contributed to the report (:data:`~.vocabulary.CONTRIBUTOR_CREDIT`: "Jane Doe
    contributed to this report.", "Additional reporting by Jane Doe", "mit dpa"), read
    from the end back to the first line longer than :data:`CLOSING_LINE_MAX_CHARS` or a
    heading: a note on the report's making, printed after the story in the story's own
    style, not its text. The same words inside the story, in a long closing paragraph or
    said of another report ("Five universities contributed to the report.") stay."""
    found = []
    for index in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - CREDIT_MAX_LINES), -1):
        text, owner = paragraphs[index]
        if len(text) > CLOSING_LINE_MAX_CHARS or owner.tag in HEADING_TAGS:
            break
        if CONTRIBUTOR_CREDIT.search(text):
            found.append(index)
    return sorted(found)


def header_lines(
    paragraphs: Sequence[tuple[str, HtmlElement]],
    headline: str | None,
    authors: Sequence[str],
    stamps: Collection[str] = (),
) -> list[int]:
    """Indexes of the short lines before the story's first paragraph of prose that repeat
    what the page's metadata says: its headline (with whatever stands before it; or after
    the links of a breadcrumb trail, :func:`_trail_to_headline`), a time
    stamp, a byline naming one of its *authors*. Such a line is the header's, not the
    story's; a short first paragraph that says none of these, or ends as a sentence
    ("On 5 March the bridge reopened."), stays. A time stamp is one :func:`split_labels`
    reads (English, numeric) or one holding the raw text of a visible stamp the metadata
    read (*stamps*: "14. März 2024, 10:15 Uhr", "14 มี.ค. 2567 10:15 น."), outside a
    list, a quote or a table."""
    names = [n.casefold() for n in authors if len(n.split()) >= 2]
    heading = key_words(headline or "")
    found: list[int] = []
    for index, (text, owner) in enumerate(paragraphs):
        said = key_words(text)
        if heading and said != heading and _headline_and_stamp(text, heading, stamps):
            found = list(range(index + 1))
            continue
        if heading and said != heading and _trail_to_headline(text, owner, heading):
            found = list(range(index + 1))
            continue
        if (
            said != heading
            and len(text) <= HEADER_LINE_MAX_CHARS
            and _holds_stamp(text, owner, stamps)
        ):
            found.append(index)  # a stamp line, however long up to a header line's length
            continue
        if long_enough(text, PROSE_MIN_CHARS) and said != heading:
            break
        if heading and said == heading:
            found = list(range(index + 1))
        elif len(text) > HEADER_LINE_MAX_CHARS or ends_word_sentence(text):
            continue  # a sentence, however short, is the story's
        elif split_labels(text) or any(n in text.casefold() for n in names):
            found.append(index)
    return found


#: Fewest words a headline has for a line saying it inside the story to be a box's title
#: (:func:`headline_lines`): a headline of a word or three ("Brexit", "The verdict") may
#: name a part of the story as well.
HEADLINE_LINE_MIN_WORDS = 4


def headline_lines(
    paragraphs: Sequence[tuple[str, HtmlElement]], headline: str | None
) -> list[int]:
    """Indexes of the lines after the story's first paragraph of prose (one of
    :data:`PROSE_MIN_CHARS` or more ending as a sentence ends) that say the page's
    *headline* word for word and no more: the title of a box printed inside the story (an
    audio or video player titled with the story's headline, a card sharing it, a list of
    the day's news that opens with the page's own story), not the story's text: a story
    does not print its headline again between its paragraphs. A headline of fewer than
    :data:`HEADLINE_LINE_MIN_WORDS` words (a subheading may say it too), a line saying
    more than the headline (a sentence quoting it) and the lines before the story's first
    paragraph (the header's, :func:`header_lines`) are left alone."""
    heading = key_words(headline or "")
    if len(heading) < HEADLINE_LINE_MIN_WORDS:
        return []
    first = next(
        (
            index
            for index, (text, _) in enumerate(paragraphs)
            if long_enough(text, PROSE_MIN_CHARS) and ends_sentence(text)
        ),
        None,
    )
    if first is None:
        return []
    longest = 2 * len(headline or "")  # (a longer line says more: its words are not read)
    return [
        index
        for index in range(first + 1, len(paragraphs))
        if len(paragraphs[index][0]) <= longest and key_words(paragraphs[index][0]) == heading
    ]


def _trail_to_headline(text: str, owner: HtmlElement, heading: list[str]) -> bool:
    """True when the line *text* is a breadcrumb trail ending with the page's headline
    (however long the headline): its words run together (:func:`~.headlines.letters`:
    the trail's items are often glued, their separators drawn by style) end with the
    *heading* words, and what stands before them is the text of the links in its box
    (*owner*), in order, and no more ("Home", "Sport news", then the headline unlinked)."""
    run, told = letters(text), "".join(heading)
    if len(run) <= len(told) or not run.endswith(told):
        return False
    trail = "".join(letters(a.text_content()) for a in owner.iter("a"))
    return bool(trail) and trail == run[: -len(told)]


def _headline_and_stamp(text: str, heading: list[str], stamps: Collection[str]) -> bool:
    """True when the paragraph *text* is a headline set as a line and the stamp under it,
    one ``<br>`` apart in the story's box (old-school markup: ``<b>Headline</b><br>
    <i>12.03.2024</i><br><br>Story…``): its first line says the *heading* words and no
    more, each line after it is a date line or one of the metadata's visible *stamps* and
    no more."""
    first, *rest = text.split("\n")
    return (
        bool(rest)
        and key_words(first) == heading
        and all(
            len(line) <= HEADER_LINE_MAX_CHARS and (is_date_line(line) or line.strip() in stamps)
            for line in rest
        )
    )


def _holds_stamp(text: str, owner: HtmlElement, stamps: Collection[str]) -> bool:
    """True when the one line *text* holds one of the metadata's visible *stamps* as a
    good part of it, or closes with it after a byline's name and a comma or a bar ("Της
    Μαρίας Παπαδοπούλου, 14/03/24": a long name, a short stamp), what else it says being
    no sentence (the stamp's own last word may end in a full stop, "10:15 น."), and
    stands outside a list, a quote or a table. A stamp of one number is no day
    ("Diskussion im Rahmen der didacta 2019", read as an odd stamp for DateNormaliser to
    refuse)."""
    if "\n" in text:
        return False
    for raw in stamps:
        if (
            raw in text
            and (
                len(raw) >= STAMP_MIN_SHARE * len(text)
                or _closes_byline(text, raw)
                or _opens_meta_line(text, raw)
            )
            and len(_DIGITS.findall(raw)) >= STAMP_MIN_NUMBERS
        ):
            rest = text.replace(raw, " ").strip()
            if not ends_word_sentence(rest) and not _in_structure(owner):
                return True
    return False


#: Marks that part a post's meta line after its stamp ("05/10/2018 - Publicado por: …").
META_SEPARATORS = ("-", "–", "—", "|", "·", "•", "/")


def _opens_meta_line(text: str, raw: str) -> bool:
    """True when the stamp *raw* opens the line *text*, a separator after it: a post's
    meta line (its date, then its writer, category or tags)."""
    rest = text.lstrip()
    if not rest.startswith(raw):
        return False
    return rest[len(raw) :].lstrip().startswith(META_SEPARATORS)


def _closes_byline(text: str, raw: str) -> bool:
    """True when the stamp *raw* closes the line *text* after a name and a comma or a bar
    (a byline and its stamp), the name holding no figure."""
    name = text.rstrip()[: -len(raw)].rstrip() if text.rstrip().endswith(raw) else ""
    return name[-1:] in (",", "|") and _DIGITS.search(name) is None


def deck_lines(paragraphs: Sequence[tuple[str, HtmlElement]]) -> list[int]:
    """Indexes of the headings before the story's first paragraph of prose (its first
    line, not a heading, of :data:`PROSE_MIN_CHARS` or more, ending as a sentence ends)
    built like none of the headings after it: the article's deck (a subtitle, a summary
    set as a heading, the headline printed again in the container), not a subheading. A
    heading built like the story's later subheadings (a list article's first item, a
    live blog's first entry) stays, and so do the headings of a story whose first long
    line is no sentence (a heading over a table, a list or a schedule)."""
    first = next(
        (
            index
            for index, (text, owner) in enumerate(paragraphs)
            if owner.tag not in HEADING_TAGS and long_enough(text, PROSE_MIN_CHARS)
        ),
        None,
    )
    if first is None or not ends_word_sentence(paragraphs[first][0]):
        return []
    later = {_build(owner) for _, owner in paragraphs[first:] if owner.tag in HEADING_TAGS}
    return [
        index
        for index, (_, owner) in enumerate(paragraphs[:first])
        if owner.tag in HEADING_TAGS and _build(owner) not in later
    ]


def stamp_lines(paragraphs: Sequence[tuple[str, HtmlElement]]) -> list[int]:
    """Indexes of the lines anywhere in the story that are a time stamp: one short line,
    not a sentence, a good part of it a date ("Published Jun 04, 2026 • 2 minute read",
    "12.12.2025, 05:07 Uhr"). A stamp repeated inside the story's container (a header
    printed again after a picture, an update line) is the page's, not the story's. A
    sentence naming a date ("On 5 March the bridge reopened.") stays, and so does a line
    of a quote, a list or a table (an embedded post's "— Name (@name) May 5, 2019")."""
    found = []
    for index, (text, owner) in enumerate(paragraphs):
        if len(text) > HEADER_LINE_MAX_CHARS or "\n" in text or ends_word_sentence(text):
            continue
        dates = split_labels(text)
        if sum(len(d.raw) for d in dates) < STAMP_MIN_SHARE * len(text):
            continue
        if not _in_structure(owner):
            found.append(index)
    return found


def _in_structure(owner: HtmlElement) -> bool:
    return owner.tag in STRUCTURE_TAGS or any(
        node.tag in STRUCTURE_TAGS for node in owner.iterancestors()
    )


def repeated_lines(paragraphs: Sequence[tuple[str, HtmlElement]]) -> list[int]:
    """Indexes of the short lines, not sentences, that stand in the story's container
    :data:`REPEATED_MIN_TIMES` or more in the same words (numbers aside), each in an
    element of another kind than the story's prose (:func:`_story_kind`): furniture the
    page prints for each box or entry (the label opening and closing every info box, an
    entry's "2 hours ago10:05 Name", an ad slot's placeholder). A story says a thing
    once. A line written like the story's prose (a transcript's speaker named on a line
    of their own before each answer), a heading (a section's name printed in each part of
    a story, "Upset watch" under every class of a tournament), a sentence (an
    interview's question asked of each guest), a separator between the story's parts
    ("___", "* * *": no word in it) and the lines of a list, table or quote (a table's
    "Yes", an embedded post's signature) stay, however often they stand."""
    # The lines' own tests first: the story's kind is read only when a line passes them.
    short = [
        index
        for index, (text, owner) in enumerate(paragraphs)
        if len(text) <= HEADER_LINE_MAX_CHARS
        and "\n" not in text
        and owner.tag not in HEADING_TAGS
        and not ends_word_sentence(text)
        and _LETTER.search(text)
    ]
    if len(short) < REPEATED_MIN_TIMES:
        return []
    story, _ = _story_kind(paragraphs)
    lines: dict[str, list[int]] = {}
    for index in short:
        text, owner = paragraphs[index]
        if _kind(owner) == story or _in_structure(owner):
            continue
        key = _said_alike(text)
        lines.setdefault(key, []).append(index)
    return sorted(i for found in lines.values() if len(found) >= REPEATED_MIN_TIMES for i in found)


def _said_alike(text: str) -> str:
    """*text* as :func:`repeated_lines` and :func:`repeated_button_boxes` compare it: case
    and spacing aside, each run of figures a 0 (a counter, a date differ)."""
    return _DIGITS.sub("0", " ".join(text.split()).casefold())


#: Most levels above a line of the story where the box printed again with its button
#: may start (:func:`repeated_button_boxes`).
_BUTTON_BOX_LEVELS = 3


def repeated_button_boxes(paragraphs: Sequence[tuple[str, HtmlElement]]) -> list[int]:
    """Indexes of the lines of the story's container that stand in a box holding a
    ``<button>`` (:data:`_BUTTON_BOX_LEVELS` above the line at most), the whole box, its
    button's words too, printed :data:`REPEATED_MIN_TIMES` or more times in the same
    words (numbers aside): a placeholder the page prints for each embed it holds back
    ("External content not available", a sentence on the privacy settings, a button to
    change them), a newsletter sign-up box printed twice. A story says a thing once, and
    the boxes of its own that hold a button (a poll, a quiz) each say their own; a line
    repeated without a button of its own around it (a song's chorus) stays."""
    boxed = _button_boxes(paragraphs)
    if len(set(boxed.values())) < REPEATED_MIN_TIMES:
        # Fewer boxes than a repetition takes: no box's words are read (a box may be the
        # whole story's container, holding its share buttons).
        return []
    lines: dict[str, list[int]] = {}
    boxes: dict[str, set[HtmlElement]] = {}
    keys: dict[HtmlElement, str] = {}
    for index, box in boxed.items():
        key = keys.get(box)
        if key is None:
            key = keys[box] = _said_alike(box.text_content())
        lines.setdefault(key, []).append(index)
        boxes.setdefault(key, set()).add(box)
    return sorted(
        index
        for key, found in lines.items()
        if len(boxes[key]) >= REPEATED_MIN_TIMES
        for index in found
    )


def _button_boxes(paragraphs: Sequence[tuple[str, HtmlElement]]) -> dict[int, HtmlElement]:
    """The index of each line of *paragraphs* that stands in a box holding a ``<button>``
    (:data:`_BUTTON_BOX_LEVELS` above the line at most, the line's element itself
    first; a line in a button has none), with that box (see
    :func:`repeated_button_boxes`)."""
    found: dict[int, HtmlElement] = {}
    # The elements holding a button, gathered once per page from its few buttons (asking
    # each line's boxes for a button below them searched the container once a line).
    holding: set[HtmlElement] = set()
    roots: set[HtmlElement] = set()
    for index, (_, owner) in enumerate(paragraphs):
        root = owner.getroottree().getroot()
        if root not in roots:
            roots.add(root)
            for button in root.iter("button"):
                holding.update(button.iterancestors())
        box: HtmlElement | None = owner
        for _ in range(_BUTTON_BOX_LEVELS + 1):
            if box is None or box.tag == "button" or box in holding:
                break
            box = box.getparent()
        else:
            continue
        if box is None or box.tag == "button":
            continue
        found[index] = box
    return found


def header_furniture(paragraphs: Sequence[tuple[str, HtmlElement]]) -> list[int]:
    """Indexes of the short lines before the story's first paragraph of prose (one of
    :data:`PROSE_MIN_CHARS` or more ending as a sentence ends), each no sentence, in an
    element of a kind (tag and class) that no other paragraph of the container is
    written in: the header's furniture set apart by its own style (a kicker, a reading
    time, an "Updated 15.59 | Published 14.14" line, a dateline on a line of its own, a
    caption's open and close switches). A story's short first lines written like its
    other lines (a title line, a results table's rows, a list's items), a heading, a
    quote's line (an embedded post's signature) and a sentence stay."""
    owner_kinds = [_kind(owner) for _, owner in paragraphs]
    kinds = Counter(owner_kinds)
    found = []
    for index, (text, owner) in enumerate(paragraphs):
        line = text.strip()
        if long_enough(line, PROSE_MIN_CHARS) and ends_sentence(line):
            break
        if len(line) > HEADER_LINE_MAX_CHARS or "\n" in line or ends_sentence(line):
            continue
        if owner.tag in HEADING_TAGS or _in_structure(owner) or kinds[owner_kinds[index]] > 1:
            continue
        found.append(index)
    return found
