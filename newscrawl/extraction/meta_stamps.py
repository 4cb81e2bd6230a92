"""Visible stamps of the story's header area and meta rows (a collector layer).

Stamp elements near the headline, lines of meta rows and post footers, a stamp repeated
in lists or twins, and the post-meta sentence ("Published on … by …").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import islice, takewhile

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.bylines import byline_names, is_full_name
from newscrawl.extraction.dates import is_date_line, is_relative, split_labels, time_first
from newscrawl.extraction.html import containers_of, element_text, in_link, lies_in
from newscrawl.extraction.jsonld import epoch_date
from newscrawl.extraction.meta_page import MAX_POST_META_CHARS, StoryMiddle
from newscrawl.extraction.meta_sources import DATELINE_PLACE, Sources
from newscrawl.extraction.relative import (
    read_relative,
    relative_span,
    relative_words,
    says_now,
    stands_alone,
)
from newscrawl.extraction.stamp_names import (
    HAS_DIGIT,
    MAX_ODD_STAMP_CHARS,
    MAX_STAMP_CHARS,
    MODIFIED,
    SHORT_YEAR_DATE,
    STAMP,
    TIME_ATTRIBUTES,
    YEAR_IN_TEXT,
    before_until,
    dated_part,
    event_day_line,
    has_fragment,
    header_banner,
    in_file_link,
    is_date_icon,
    is_post_footer,
    is_post_meta,
    marker_of,
    meta_row,
    modified_label,
    modified_marked,
    shown_chars,
    stamp_area_named,
    teaser_box,
    time_attribute,
    version_alone,
)
from newscrawl.extraction.vocabulary import (
    ARTICLE_TAGS,
    BLOCK_TAGS,
    BYLINE_LEAD,
    BYLINE_SEPARATOR,
    CJK_DATE,
    HEADING_TAGS,
    ICON_TAGS,
    JOINER_WORDS,
    LABEL_JOINER,
    LOCAL_DATE,
    MODIFIED_LABELS,
    MODIFIED_WORDS,
    PUBLICATION_VERBS,
    PUBLISHED_LABELS,
    QUOTED_TAGS,
    SENTENCE_STOPS,
    SKIP_TEXT_TAGS,
    WIDE_SENTENCE_STOPS,
)

#: How many ancestors of the headline make up its "header area".
HEADER_LEVELS = 3
#: How many next siblings of the header area are read for short stamps.
HEADER_SIBLINGS = 3
#: How many wrappers holding the header area alone are climbed to its next siblings.
HEADER_WRAPPERS = 2
#: A letter or figure of a word.
_WORD = re.compile(r"[^\W_]")
#: The commas of the scripts that close a day's name before a date (Latin and Cyrillic,
#: Arabic, CJK full width and ideographic).
_COMMAS = ",\u060c\uff0c\u3001"

_SEPARATORS = re.compile(r"\s[|•·]\s")
#: Class or id fragments naming a date itself (the stamp fragments less those naming an
#: area that holds other things too: "meta", "info", "byline"; English words as themes
#: write them).
_DATE_NAMED = re.compile(r"date|time|stamp|publish|posted")
#: What sets apart the parts of a meta row under a headline.
_META_PARTS = re.compile(r"\s+[|•·/—–-]\s+")

#: A few words with no figure before a local date, and what may follow it on its line.
_WORDS_BEFORE = re.compile(r"^(?:[^\W\d_]+\s+){1,6}$")
_DATE_CLOSE = " .)"

# A numeric date of a two-figure year ("14.03.24", :data:`~.stamp_names.SHORT_YEAR_DATE`)
# is read only in the page's own stamp (the header area, a stamp-classed element), where
# :class:`.DateNormaliser` gives it the one century plausible at the fetch time.

#: A numeric date of a short year with a two-figure day and month ("31.10.23"), as a
#: CMS prints a stamp's date; "4.2.20" after a word is how a version is numbered
#: ("Firmware 4.2.20"), read alone only as part of a stamp's line.
_PADDED_SHORT_YEAR = re.compile(r"\d\d([./-])\d\d\1\d\d")

#: A name (or a place) and a comma before a stamp's date ("Anna Virtanen, 14.
#: maaliskuuta 2024", "山田花子, 2024年3月14日"), which a day's name may open ("โดย สมชาย
#: ใจดี, วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567"): the date is read without them.
_NAME_COMMA = re.compile(r"[^\W\d][^\d,:]{1,38},\s*(?=\d|[^\d,:|]{1,20}\d)")

#: A date badge: the day, the month and the year set on lines of their own ("14<br>Mar
#: 2024", "Thu<br>14<br>März<br>2024", "Mar<br>14<br>2024"), the year last, each line a
#: word or a number, as a blog theme draws a calendar leaf. Its lines joined by a space
#: are one stamp, read without the day's name. Not a month's line and a count below it
#: ("May 2024<br>5": an archive's entry), whose figure comes after the year.
_BADGE = re.compile(
    r"(?:[^\W\d_]{2,12}\.?,?\n)?"  # (a word on the line before: a day's name)
    r"(?P<date>(?:\d{1,2}(?:\.|st|nd|rd|th)?,?\n[^\W\d_]{3,12}\.?,?[\n ]"
    r"|[^\W\d_]{3,12}\.?\n\d{1,2}(?:st|nd|rd|th)?,?\n)"
    r"\d{4})"
)
#: The abbreviated word "year" after a date's year in Slavic languages (Polish "r.",
#: Russian and Bulgarian "г.", Ukrainian "р.": "14.03.2024 r."), left out: its stop is no
#: sentence's. A word list.
_YEAR_MARK = re.compile(r"(?<=\d{4})\s*(?:r|г|р)\.(?!\w)")
#: The end of a sentence: a word's last letter and a stop (Latin, CJK, Devanagari).
_SENTENCE_CLOSE = re.compile(rf"[^\W\d_][{re.escape(SENTENCE_STOPS)}]$")

#: Where a sentence ends inside a text: a stop after two letters and a space (not the
#: stop of "14. März" or "Nr. 5"), a CJK stop (no space follows it), a line's end.
_SENTENCE_END = re.compile(
    rf"(?<=[^\d\s]{{2}}[{re.escape(SENTENCE_STOPS)}])\s+"
    rf"|(?<=[^\d\s][{re.escape(WIDE_SENTENCE_STOPS)}])\s*|\n"
)


_TIME_NAMES = frozenset(TIME_ATTRIBUTES)

#: ``rel`` tokens of a link to the post's category or author, the link's own meaning as
#: blog engines write it (``rel="category tag"``, ``rel="author"``).
_POST_META_REL = re.compile(r"(?<![\w-])(?:category|author)(?![\w-])", re.IGNORECASE)
#: How many ancestors of such a link are read for the sentence holding it.
_POST_META_LEVELS = 2

#: A modification's English label in a stamp's text (the other languages' are
#: :func:`~.stamp_names.modified_label`'s).
_MODIFIED_WORD = re.compile(rf"(?<!\w){MODIFIED_WORDS}(?!\w)", re.IGNORECASE)


def _attributed(
    areas: list[HtmlElement], first: HtmlElement, before: Callable[[HtmlElement], bool]
) -> Iterator[HtmlElement]:
    """The elements of *areas* that come before *before* says the story starts, up to
    *first* (its first paragraph), carrying a :data:`TIME_ATTRIBUTES` attribute: an
    area after the paragraph is skipped, one holding it walked up to it. An area in
    one walked before (a stamp-named element in the header) is not walked again: all
    it could give was given. Such an area is one the walks passed (or, past *first*, one
    *before* refuses): no area's ancestors are read (stamp-named elements nested
    thousands deep made that quadratic)."""
    seen: set[HtmlElement] = set()
    for area in areas:
        if area in seen or not before(area):
            continue
        seen.add(area)
        for node in area.iter(etree.Element):
            seen.add(node)
            if node is first:
                break
            names = node.keys()
            if names and not _TIME_NAMES.isdisjoint(names):
                yield node


def _captions(root: HtmlElement) -> set[HtmlElement]:
    """The elements of the page's figure captions and those holding one: a caption's day
    ("… fires near Delhi on Nov. 3, 2019.") is the picture's, even in a box a class names
    as the image's meta ("e-image__meta"). Each ancestor is taken once (the climb stops at
    one already taken, :func:`~.html.containers_of`), so the set is built in time linear
    in the page."""
    captions = list(root.iter("figcaption"))
    found = containers_of(captions)
    for caption in captions:
        found.update(caption.iter())
    return found


def _header_siblings(area: HtmlElement) -> tuple[list[HtmlElement], bool]:
    """The next siblings of the headline's header *area* read for stamps (at most
    :data:`HEADER_SIBLINGS`), and whether they are a wrapper's: an area with no next
    sibling element, its parent's last, goes on in the next siblings of the wrappers
    holding it alone (at most :data:`HEADER_WRAPPERS` of them, neither an article's
    container nor the body): "<div><header><h1>…</h1></header></div><div><figure>…
    <p>Par …</p><span>Publié le 18 juil. 2024</span><p>The story …"."""
    if any(isinstance(s.tag, str) for s in area.itersiblings()):
        return list(islice(area.itersiblings(), HEADER_SIBLINGS)), False
    outer = area
    for _ in range(HEADER_WRAPPERS):
        parent = outer.getparent()
        if parent is None or parent.tag in ("body", "html") or parent.tag in ARTICLE_TAGS:
            break
        if sum(1 for c in parent if isinstance(c.tag, str) and c.tag not in SKIP_TEXT_TAGS) > 1:
            break
        outer = parent
    parent = outer.getparent()
    if outer is area or parent is None or parent.tag in ("body", "html"):
        return [], False
    return [s for s in outer.itersiblings() if isinstance(s.tag, str)][:HEADER_SIBLINGS], True


def _stamp_shaped(text: str, *, byline: bool = True) -> bool:
    """True when *text* is shaped as a stamp: its date opens it, or only a publication or
    modification label (and its joining word: "Publié le", "Updated") or one word and a
    comma (a day's name: "jeudi, 14 mars 2024") or, with *byline*, a byline
    (:func:`_byline_head`: "Por Ana García, 14 de marzo de 2024") comes before the date.
    A few words before
    it ("Premiere am 5. Mai 2024", "Премьера 5 мая 2024") name another thing's day."""
    found = LOCAL_DATE.search(text) or CJK_DATE.search(text)
    if found is not None:
        start = found.start()
    elif dates := split_labels(text):
        start = max(text.find(dates[0].raw), 0)
    elif (figure := HAS_DIGIT.search(text)) is not None:
        start = figure.start()
    else:
        return False
    head = text[:start]
    if not _WORD.search(head):
        return True
    head = _MODIFIED_WORD.sub(" ", MODIFIED_LABELS.sub(" ", PUBLISHED_LABELS.sub(" ", head)))
    head = LABEL_JOINER.sub("", head.strip())
    before = text[:start].strip()
    return not _WORD.search(head) or _day_name_comma(before) or (byline and _byline_head(before))


def _one_line(element: HtmlElement) -> bool:
    """True when *element* holds no block of its own (its text is one line, not a
    byline's block glued to the next one's: "Par Anne Martin" + "Première le 5 mai
    2024" reads "Par Anne MartinPremière le 5 mai 2024")."""
    return not any(child.tag in BLOCK_TAGS for child in element)


#: What closes a byline before its stamp's date: a separator ("Por Ana García, 14 de
#: marzo de 2024", "By Anna Smith | 14 March 2024") or a joining word ("Von Anna Schmidt
#: am 14. März 2024": :data:`~.vocabulary.JOINER_WORDS`).
_BYLINE_CLOSE = re.compile(rf"(?:\s*[,;|•·/–—-]|\s+(?:{JOINER_WORDS}))?\s*$", re.IGNORECASE)


def _byline_head(head: str) -> bool:
    """True when *head* (what comes before a line's date) is a byline: a byline word
    (:data:`~.vocabulary.BYLINE_LEAD`: "By", "Von", "Par", "Por", …, every language it
    covers) and full names only (:func:`~.bylines.byline_names`), closed by a separator
    or a joining word: "Por Ana García, 14 de marzo de 2024" is the page's own stamp.
    An event's words ("Estreno el", "Concierto:") or a sentence ("dijo García el") open
    no byline."""
    close = _BYLINE_CLOSE.search(head)
    line = head[: close.start()] if close is not None else head
    lead = BYLINE_LEAD.match(line)
    if lead is None:
        return False
    rest = line[lead.end() :]
    names = byline_names(rest)
    if not names or not all(is_full_name(name) for name in names):
        return False
    for name in names:
        rest = rest.replace(name, " ", 1)
    return not _WORD.search(BYLINE_SEPARATOR.sub(" ", rest))


def _day_name_comma(head: str) -> bool:
    """True when *head* is one word and a comma (a day's name: "jeudi,", "Do.,",
    "الخميس،", "木曜日、"): letters and the marks written on them (the vowel signs of
    Devanagari and Thai: "गुरुवार,", "วันพฤหัสบดี,"), a dot after them allowed."""
    if head[-1:] not in _COMMAS:
        return False
    word = head[:-1].removesuffix(".")
    return word[:1].isalpha() and all(
        char.isalpha() or unicodedata.category(char).startswith("M") for char in word
    )


def _opens_text(element: HtmlElement) -> bool:
    """True when *element* starts a text: a paragraph longer than an odd stamp, or an
    element whose own text is longer than a stamp's, either outside a picture (a caption,
    its paragraph as well: "<figcaption><p>The town hall …</p>")."""
    if element.tag == "p":
        opens = len(element_text(element)) > MAX_ODD_STAMP_CHARS
    else:
        opens = len(" ".join((element.text or "").split())) > MAX_STAMP_CHARS
    return opens and next(element.iterancestors("figure", "figcaption"), None) is None


def _holds_year(part: str) -> bool:
    """True when a part of a stamp line holds a year: a full one ("2024", "2567" after Thai
    words) or a short one closing a date ("14.03.24")."""
    return YEAR_IN_TEXT.search(part) is not None or SHORT_YEAR_DATE.search(part) is not None


class Stamps(Sources):
    """Third layer of the collector: visible stamps of the header area and meta rows."""

    def _stamp_elements(self) -> Iterator[tuple[HtmlElement, bool]]:
        """Elements that may hold a visible stamp, in document order, each with whether it
        (or an ancestor) has a stamp class: the headline's header area, then elements whose
        class/id names a date, byline or meta block, with their descendants. The header
        area and its siblings are read less the story's middle
        (:func:`~.meta_page.story_middle`) and what lies far after the story
        (:class:`~.meta_page.StoryMiddle`)."""
        seen: set[HtmlElement] = set()
        dated: dict[HtmlElement, bool] = {}
        if self.headline is not None:
            area = self.headline
            for _ in range(HEADER_LEVELS):
                parent = area.getparent()
                if parent is None or parent.tag in ("body", "html"):
                    break
                area = parent
                if parent.tag in ARTICLE_TAGS:
                    break
            self.header_parent = area.getparent()
            self.header_top = area
            middle = StoryMiddle(self.story)
            for element, marker in self.header_elements(area, middle):
                parent = element.getparent()
                # Most markers hold none of the three kinds of fragment: the cached test of
                # their union answers for all three.
                named = marker != " " and stamp_area_named(marker)
                own = named and (has_fragment(marker, STAMP) or is_post_meta(marker))
                if (named and is_post_footer(marker)) or parent in self.footers:
                    self.footers.add(element)
                dated[element] = own or dated.get(parent, False)
                seen.add(element)
                self.header_area.add(element)
                yield element, dated[element]
            # The header often goes on in the next siblings of the headline's container
            # (a date column, a caption row): their short texts may be stamps too. A
            # container that is the last of its parent's, in a wrapper of it alone, goes on
            # in the wrapper's siblings (a picture, then the byline and its stamp): read
            # only up to the first paragraph of text there, and only lines shaped as a
            # stamp (:func:`_stamp_shaped`: "Premiere am 5. Mai 2024" there is an event's).
            siblings, wrapped = _header_siblings(area)
            opened = False  # (a wrapper's sibling opened the text: no further one is read)
            for sibling in siblings:
                if opened:
                    break
                if not isinstance(sibling.tag, str):
                    continue
                if self.foreign(sibling):
                    middle.pass_over(sibling)
                    continue
                for inner in sibling.iter(etree.Element):
                    if middle.holds(inner) or inner.tag in SKIP_TEXT_TAGS or inner in seen:
                        continue
                    if inner.tag in QUOTED_TAGS:
                        # A quotation or an embedded post (a tweet's <blockquote>, its
                        # day a link) in the story: its dates are the quoted item's.
                        seen.update(inner.iter())
                        continue
                    if wrapped and _opens_text(inner):
                        opened = True
                        break
                    text = self.short.text(inner)
                    if (
                        text is not None
                        and len(text) <= MAX_ODD_STAMP_CHARS
                        and HAS_DIGIT.search(text) is not None  # (no stamp without a figure)
                        and (
                            not wrapped
                            or inner.tag == "time"
                            or _stamp_shaped(text, byline=_one_line(inner))
                        )
                    ):
                        seen.add(inner)
                        self.header_area.add(inner)
                        yield inner, has_fragment(marker_of(inner), STAMP)
        headline = self.headline
        after_headline = headline is None
        for element in self.marked:
            if element is headline:
                after_headline = True
            tag = element.tag
            if tag in ICON_TAGS and is_date_icon(element):
                # A calendar or clock icon marks the text beside it as a stamp.
                parent = element.getparent()
                if parent is not None and parent not in seen and not self.foreign(parent):
                    seen.add(parent)
                    yield parent, True
                continue
            if element in seen or tag in SKIP_TEXT_TAGS or tag == "time":
                continue
            if (
                after_headline
                and element.tag in HEADING_TAGS
                and (text := self.short.text(element)) is not None
                and is_date_line(text)
                and split_labels(text)
                and not self.foreign(element)
            ):
                # A heading that is a date and nothing else, below the headline: the date
                # header of a blog post or a date line set as a heading.
                seen.add(element)
                yield element, True
                continue
            name, ident = element.get("class"), element.get("id")
            if not (name and stamp_area_named(name)) and not (ident and stamp_area_named(ident)):
                continue  # neither a stamp nor a post footer (most elements)
            marker = f"{name or ''} {ident or ''}".lower()  # marker_of, its attributes read once
            stamped = has_fragment(marker, STAMP) or is_post_meta(marker)
            footer = not stamped and is_post_footer(marker)
            if (
                (stamped or footer)
                and not self.foreign(element)
                and (after_headline or not self._in_header_banner(element))
            ):
                for inner in element.iter(etree.Element):
                    if inner.tag not in SKIP_TEXT_TAGS and inner not in seen:
                        seen.add(inner)
                        if footer:
                            self.footers.add(inner)
                        yield inner, not footer

    def _linked_post_meta(self, read: set[HtmlElement]) -> None:
        """The post-meta sentence known by its links rather than its class: a short block
        after the headline whose sentence holds a publication verb and a date and links
        to the post's category or author with the link's own meaning (``rel="category
        tag"``, ``rel="author"``, as blog engines write them: "Dieser Beitrag wurde am 3.
        Dezember 2011 veröffentlicht und unter <a rel="category tag">…</a> gespeichert",
        "This entry was posted on … and is filed under …"). Read only when the page holds
        one such block (a listing's entries hold one each) that no class made a post's
        meta (those are read above), outside sidebars and comments. A story's own
        sentence "was published on …" links to no category: it is not read."""
        if self.headline is None:
            return
        blocks: list[tuple[HtmlElement, str]] = []
        for link in self.rel_links:  # (the page's links with a rel, gathered by collect)
            rel = link.get("rel")
            if rel is None or _POST_META_REL.search(rel) is None:
                continue
            block = next(
                (
                    node
                    for node in islice(link.iterancestors(), _POST_META_LEVELS)
                    if (text := self.short.text(node)) is not None
                    and PUBLICATION_VERBS.search(text) is not None
                ),
                None,
            )
            if block is None or any(block is b for b, _ in blocks):
                continue
            text = self.short.text(block) or ""
            blocks.append((block, text))
        if len(blocks) != 1:
            return
        block, text = blocks[0]
        if (
            any(node in read for node in (block, *block.iterancestors(), *block.iter()))
            or self.headline in block.iterancestors()
            or block in self.headline.iterancestors()
            or not _after(self.headline, block)
            or self.foreign(block)
            or self._within_reply(block)
        ):
            return
        self.post_meta_sentence(text)

    def _in_header_banner(self, element: HtmlElement) -> bool:
        """True when *element*, above the headline, lies in the site's banner built of
        plain containers (:func:`~.stamp_names.header_banner`)."""
        return any(header_banner(node, self.frame) for node in element.iterancestors())

    def stamps(self) -> None:
        """Visible labelled or unlabelled date lines ("Published …", "Updated …")."""
        done: set[tuple[str, bool]] = set()
        # A container of the headline is the header, not a stamp: its text glues the
        # headline to the lines under it ("…councilUpdated 20 March"), which are read
        # on their own.
        holders = set(self._headline_holders())
        holders.update(_captions(self.root))
        self.language = self.page_language()
        read: list[tuple[HtmlElement, int, int]] = []  # each stamp's candidates
        classed: set[HtmlElement] = set()  # those in an element a date's class names
        sentences: set[HtmlElement] = set()  # post-meta sentences read by their class
        for element, dated_class in self._stamp_elements():
            if element in holders:
                continue
            # None: over MAX_POST_META_CHARS, so over MAX_STAMP_CHARS too, and skipped below.
            text = self.short.text(element)
            if not text or (
                HAS_DIGIT.search(text) is None and not relative_words(text, self.language)
            ):
                continue  # no figure: no date below would pass ``add``, but "gestern"
            if (text, dated_class) in done:
                continue
            if version_alone(element, text):
                continue  # "Firmware <b>4.2.20</b>": the line's version, no stamp
            post_meta = dated_class or element in self.footers
            if (
                post_meta
                and len(text) <= MAX_POST_META_CHARS
                and PUBLICATION_VERBS.search(text)
                and self.post_meta_sentence(text)
            ):
                sentences.add(element)
                continue
            if len(text) > MAX_STAMP_CHARS:
                continue
            done.add((text, dated_class))
            before = len(self.published)
            self._stamp_lines(element, text, dated_class)
            if len(self.published) > before:
                read.append((element, before, len(self.published)))
                if dated_class and _DATE_NAMED.search(marker_of(element)) is not None:
                    classed.add(element)
            elif YEAR_IN_TEXT.search(text) is not None:
                # A date no stamp reads ("le 12/03/2024 à 18:04"): a reply's block still
                # goes from htmldate's copy, which would read it.
                self._in_reply(element)
        self._linked_post_meta(sentences)
        if (loose := self._loose_line_under_headline()) is not None:
            self.add("published", loose, "stamp")
        # Stamps of several days may be a list's entries, each under its own date (other
        # stories, comments): theirs are left out. One day: nothing to tell apart.
        several = len({c.raw for _, start, end in read for c in self.published[start:end]}) > 1
        # A date beside a link to another story under a headline of its own (a teaser
        # after the story's first paragraph: "<a>Bakery closes after 100 years</a>
        # 12.03.2024") is that story's.
        # (Every stamp's reply block first: a container of a reply's stamp, the reader's
        # entry of a name, the stamp and what was written, "leser77 Publié le 14/03/2024
        # …", is read as a stamp too, and is out when it lies in such a block.)
        in_reply = [self._in_reply(element) for element, _, _ in read]
        listed = [
            (several and self.listed(element))
            or (self.story is not None and self._teaser_card(element))
            or (self.story is not None and element not in classed and self._event_line(element))
            or in_file_link(element, self.short)
            or reply
            or self._within_reply(element)
            for (element, _, _), reply in zip(read, in_reply, strict=True)
        ]
        for (element, start, end), out in zip(read, listed, strict=True):
            if not out and element in self.header_area and not self._repeated(element):
                self.header_stamps.update(c.raw for c in self.published[start:end])
        for (_, start, end), out in reversed(list(zip(read, listed, strict=True))):
            if out:
                del self.published[start:end]
        self.attribute_stamps()

    def attribute_stamps(self) -> None:
        """The time a stamp under the headline keeps in a data attribute
        (:data:`TIME_ATTRIBUTES`) when its text shows no date of its own (empty for a
        script to fill, "2 hours ago", a time of day): the stamp's element, or its
        parent, is named a stamp or lies in the headline's header area, before the
        story's first paragraph, in no link, list entry, teaser card, run of like items,
        foreign box or site banner, and no modification names it or labels its text;
        every such attribute of the page naming one day (several: a list's). Read after
        :meth:`stamps`."""
        top = self.header_top
        if self.story is None:
            return
        if self._preceding is None:
            self._preceding = self._before_first_paragraph()
        if not isinstance(self._preceding, dict):
            return  # no first paragraph, or none in the page's tree
        first = next(iter(self._preceding))  # (the paragraph: the path's first key)
        # Searched where such a stamp may stand, not over the whole page: the header
        # area (its top and the siblings read with it) and the elements named a stamp,
        # each up to the story's first paragraph.
        areas = [] if top is None else [top, *islice(top.itersiblings(), HEADER_SIBLINGS)]
        areas += [
            e
            for e in self.marked
            if e.tag not in HEADING_TAGS and has_fragment(marker_of(e), STAMP)
        ]
        seen: set[HtmlElement] = set()
        found: list[str] = []
        for element in _attributed(areas, first, self._before_story):
            if element in seen:
                continue
            seen.add(element)
            value = time_attribute(element)
            if value is None:
                continue
            text = element_text(element)
            if YEAR_IN_TEXT.search(text) is not None or len(text) > MAX_ODD_STAMP_CHARS:
                continue  # the date it shows is read as shown (or it is no stamp)
            parent = element.getparent()
            marker = marker_of(element) + " " + (marker_of(parent) if parent is not None else "")
            if (
                modified_marked(element)
                or (parent is not None and has_fragment(marker_of(parent), MODIFIED))
                or _MODIFIED_WORD.search(text) is not None
                or modified_label(text) is not None
            ):
                continue  # (an update's time: "Updated 2 hours ago")
            in_header = top is not None and (element is top or lies_in(element, top))
            if not (in_header or has_fragment(marker, STAMP)):
                continue
            if (
                in_link(element)
                or self.foreign(element)
                or self.listed(element)
                or self.in_banner(element)
                or self._repeated(element)
                or self._teaser_card(element)
            ):
                continue
            found.append(str(epoch_date(value)))
        if found and len({day[:10] for day in found}) == 1:
            self.add("published", found[0], "stamp")

    def _event_line(self, element: HtmlElement) -> bool:
        """True when *element*, after the story's first paragraph, is a line naming an
        event's day by a label and a colon, or a few words a joining word closes
        (:func:`~.stamp_names.event_day_line`, the line alone in its box: "Termin:
        12.03.2024, 19 Uhr" in an info box below the story); a publication or
        modification label's line ("Stand: 14.03.2024") is a stamp, and so is a line in an
        element whose class names a date (:data:`_DATE_NAMED`, ``class="article_date"``:
        "Letzte Aktualisierung: …"; an "infobox" names no date)."""
        text = self.short.text(element)
        return (
            text is not None
            and HAS_DIGIT.search(text) is not None
            and not self._before_story(element)
            and event_day_line(element, text, self.short, alone=True)
        )

    def _teaser_card(self, element: HtmlElement) -> bool:
        """True when *element*'s date is another story's (:func:`teaser_box`: a short box
        holding a link to another page under a headline of its own). After the story's
        first paragraph any such box; before it (under the headline, where the page's own
        meta row sits) only a box that no stamp or post-meta class names, nor its parent:
        a meta row holding the stamp and a long link (a topic, a series) is the page's."""
        box = teaser_box(element, self.short, self.url, self.headline, self._page_title())
        if box is None:
            return False
        return not self._before_story(element) or not meta_row(box)

    def _loose_line_under_headline(self) -> str | None:
        """The date line right under the headline atop an old table layout's story cell,
        written loose in the cell (its own text between ``<br>``s, no element of its own,
        so no stamp element reads it): "<td><font><b>Headline</b></font><br>14.03.2024
        <br><br>The story …". Only there: the cell (a ``<td>``) holds the headline's line
        (the headline, or the one element wrapping it) as a child, and the very next line
        is short, holds a year and no sentence's stop; DateNormaliser's gate refuses what
        is not a full date. None otherwise (a loose line anywhere else dates nothing)."""
        top = self.headline
        if top is None:
            return None
        for _ in range(2):  # the headline, or its <font>/<center> wrapper, in the cell
            parent = top.getparent()
            if parent is None or parent.tag == "td":
                break
            top = parent
        parent = top.getparent()
        if parent is None or parent.tag != "td":
            return None
        text, node = top.tail or "", top
        while not text.strip():
            node = node.getnext()
            if node is None or node.tag != "br":
                return None
            text = node.tail or ""
        after = node.getnext()
        if after is not None and after.tag != "br":
            return None  # the line goes on in an element: not a loose line of its own
        line = " ".join(text.split())
        if (
            len(line) > MAX_ODD_STAMP_CHARS
            or YEAR_IN_TEXT.search(line) is None
            or _SENTENCE_CLOSE.search(line) is not None
        ):
            return None
        return line

    def _headline_holders(self) -> frozenset[HtmlElement]:
        """The headline's containers, read once a page (:meth:`stamps` and
        :meth:`_repeated` both ask)."""
        holders = self.headline_holders
        if holders is None:
            headline = self.headline
            holders = frozenset(headline.iterancestors()) if headline is not None else frozenset()
            self.headline_holders = holders
        return holders

    def _repeated(self, element: HtmlElement) -> bool:
        """True when *element* lies in one of a run of like items of the header area or of
        the next siblings read with it: it, or a container of it up to the area's level,
        has a sibling of the same tag and class (a list's entry, each under its own
        stamp). Not a container holding the headline as well: the element lies in the
        headline's own entry, whatever twins it has (a grid's rows of one class, "row-fluid",
        around the header, the next article an endless page appends)."""
        node: HtmlElement | None = element
        twinned = self.twinned
        holders = self._headline_holders()
        while node is not None and node is not self.header_parent:
            if node in holders:
                return False
            verdict = twinned.get(node)
            if verdict is None:
                name = node.get("class")
                verdict = twinned[node] = bool(name) and self._kinds(node)[(node.tag, name)] > 1
            if verdict:
                return True
            node = node.getparent()
        return False

    def _kinds(self, node: HtmlElement) -> Counter[tuple[object, str | None]]:
        """How many children of *node*'s parent (itself among them) have each tag and
        class: counted once per parent, not by a walk over a node's siblings per node
        asked (20,000 dated lines each of its own class made that quadratic)."""
        parent = node.getparent()
        kinds = self.sibling_kinds.get(parent)
        if kinds is None:
            children = () if parent is None else parent
            kinds = Counter((child.tag, child.get("class")) for child in children)
            self.sibling_kinds[parent] = kinds
        return kinds

    def _in_reply(self, element: HtmlElement) -> bool:
        """True when *element* lies below the story in a block of the header area that
        also holds words of its own (a reader's comment: a name, its date, what was
        written; a "Comments" section): that block's date is not the page's. A block of
        the stamp alone (the story's closing line "Published 14 March 2024") is the
        page's, and so is one holding the story's text."""
        top = self.header_top
        if top is None or self.story is None or element not in self.header_area:
            return False
        if self._before_story(element):
            return False
        block = element
        while (parent := block.getparent()) is not None and parent is not top:
            block = parent
        if parent is None or block is element:
            return False
        if self._before_story(block):
            # (the block holds the story's first paragraph, or comes before: what precedes
            # the paragraph is a run of the page's first elements, so a block that holds
            # one of them is one of them itself)
            return False
        shown = self.block_chars.get(block)
        if shown is None:  # (read once: a block may hold thousands of dated lines)
            shown = self.block_chars[block] = len(element_text(block))
        rest = shown - len(element_text(element))
        if rest <= MAX_ODD_STAMP_CHARS:
            return False
        self.replies.add(block)
        return True

    def _within_reply(self, element: HtmlElement) -> bool:
        """True when *element* is, or lies in, a reader's reply block :meth:`_in_reply`
        found."""
        replies = self.replies
        return bool(replies) and (
            element in replies or any(a in replies for a in element.iterancestors())
        )

    def _stamp_lines(self, element: HtmlElement, text: str, dated_class: bool) -> None:
        """The dates of one stamp element's lines (see :meth:`stamps`)."""
        # Whether a class or a label marks the element as the update's: asked only of the
        # lines that hold a date (most lines of a stamp's area hold none).
        modified_class: bool | None = None
        if "\n" in text and (badge := _BADGE.fullmatch(text)) is not None:
            text = badge["date"].replace("\n", " ")
        for each in text.split("\n"):
            # "Video verfügbar bis 14.03.2025": the day a thing ends is not read.
            line = before_until(each, self.language)
            if "r." in line or "г." in line or "р." in line:  # (what every mark ends with)
                line = _YEAR_MARK.sub("", line)
            if (cut := modified_label(line)) is not None:
                # A modification label of another language: what follows is modified, up
                # to a publication label ("Actualizado: 15/03/2024 - Publicado: 14/03/2024"),
                # whose part is read as the line's own.
                rest, published = line[cut.end() :], ""
                if (label := PUBLISHED_LABELS.search(rest)) is not None:
                    rest, published = rest[: label.start()], rest[label.start() :]
                dates = [d.raw for d in split_labels(rest)]
                if not dates and len(rest) <= MAX_ODD_STAMP_CHARS and YEAR_IN_TEXT.search(rest):
                    # A local month name ("Opdateret 5. marts 2024") is for DateNormaliser
                    # (modified only: never a publication date).
                    dates = [LABEL_JOINER.sub("", rest)]
                for raw in dates:
                    self.add("modified", raw, "stamp-labelled")
                line = f"{line[: cut.start()]} {published}".strip()
            if (moved := time_first(line)) is not None:
                line = moved  # "17:41 JST, October 13, 2024": read as its date and time
            found = split_labels(line)
            if (
                not found
                and (span := self._relative(element, line, dated_class)) is not None
                and self._worded_stamp(element, line, span)
            ):
                labelled = PUBLISHED_LABELS.search(line[: line.rfind(span)]) is not None
                source = "stamp-labelled" if labelled else "stamp"
                self.add("published", span, source, relative=True)
                continue
            if not found:
                if shown_chars(line) > MAX_ODD_STAMP_CHARS:
                    line = self._dated_part(element, line)
                if shown_chars(line) <= MAX_ODD_STAMP_CHARS and (
                    YEAR_IN_TEXT.search(line)
                    or (
                        (dated_class or element in self.header_area)
                        and SHORT_YEAR_DATE.search(line)
                    )
                ):
                    if modified_class is None:
                        modified_class = modified_marked(element)
                    if modified_class or element.tag in HEADING_TAGS:
                        continue
                    # A short text with a year in a stamp-classed element or beside the
                    # headline: an odd (e.g. non-English) stamp for DateNormaliser, whose
                    # gate refuses what is not a full date.
                    label = PUBLISHED_LABELS.search(line)
                    if label is None:
                        # "21. Januar 2022 | Mobilität": the part with the year.
                        parts = [p for p in _SEPARATORS.split(line) if p.strip()]
                        dated = [p for p in parts if _holds_year(p)]
                        odd = dated[0] if len(parts) > 1 else line
                        # "Madrid, 14 de marzo de 2024": a place and a comma before a
                        # local date, which DateNormaliser reads without them; so a few
                        # words the date closes ("Von Anna Schmidt am 14. März 2024",
                        # "Édition du 14 mars 2024") above the story's text (a box after
                        # it may name an event's day).
                        local = LOCAL_DATE.search(odd)
                        if local is not None and (
                            DATELINE_PLACE.match(before := odd[: local.start()])
                            or (_one_line(element) and _byline_head(before.strip()))
                            or (
                                _WORDS_BEFORE.match(before)
                                and not odd[local.end() :].strip(_DATE_CLOSE)
                                and self._before_story(element)
                            )
                        ):
                            odd = odd[local.start() :]
                        elif local is None and (named := _NAME_COMMA.match(odd)) is not None:
                            odd = odd[named.end() :]
                        elif (
                            local is None
                            and (short := SHORT_YEAR_DATE.search(odd)) is not None
                            and _PADDED_SHORT_YEAR.fullmatch(short.group(0)) is not None
                            and _WORDS_BEFORE.match(odd[: short.start()])
                            and not odd[short.end() :].strip(_DATE_CLOSE)
                            and self._before_story(element)
                        ):
                            # So a numeric date of a short year the words close ("Artikel
                            # vom 31.10.23", its day and month of two figures each), which
                            # DateNormaliser reads alone.
                            odd = short.group(0)
                        self.add("published", odd, "stamp")
                    else:  # the date after the label, without "le" / "am" / ":"
                        rest = LABEL_JOINER.sub("", line[label.end() :])
                        self.add("published", rest, "stamp-labelled")
                continue
            labelled = PUBLISHED_LABELS.search(line) is not None
            # A stamp line is all dates, or starts with one ("02.02.2022 10:16 - Sport"),
            # or is labelled, or sits in a stamp-classed element.
            # Not the date opening a sentence of the story ("2024/03/14 광장에서 열리는
            # 콘서트는 … 밝혔다."): the rest is a stamp's, set apart or short and no sentence.
            rest = line.lstrip(" |•·,;:-–—([")
            leading = rest.startswith(found[0].raw) and (
                (tail := rest[len(found[0].raw) :].strip())[:1] in "|•·–—-/("
                or (len(tail) <= MAX_ODD_STAMP_CHARS and _SENTENCE_CLOSE.search(tail) is None)
            )
            # Under the headline outside a run of like entries, a meta row of parts set
            # apart ("Jane Doe / 07.11.2023 / 09:30", "Jane Doe, Reporter — 14 March 2024")
            # is one when a part is a date.
            parted = (
                element in self.header_area
                and dated_part(_META_PARTS.split(line))
                and not self._repeated(element)
            )
            # So is a byline line of a name, a comma and the date ("Kovács Anna, 2024.03.14.").
            by_name = (
                element in self.header_area
                and (comma := _NAME_COMMA.match(line)) is not None
                and is_date_line(line[comma.end() :])
            )
            if not (is_date_line(line) or leading or dated_class or labelled or parted or by_name):
                continue
            if modified_class is None:
                modified_class = modified_marked(element)
            for stamp in found:
                relative = is_relative(stamp.raw)
                if relative and not (
                    self._own_place(element, dated_class)
                    and self._worded_stamp(element, line, stamp.raw)
                ):
                    continue  # "3 hours ago" of a comment, a teaser: not the page's
                if stamp.field == "dateModified" or modified_class:
                    self.add("modified", stamp.raw, "stamp-labelled", relative=relative)
                else:
                    source = "stamp-labelled" if labelled else "stamp"
                    self.add("published", stamp.raw, source, relative=relative)

    def _own_place(self, element: HtmlElement, dated_class: bool) -> bool:
        """True when a relative stamp in *element* ("3 hours ago") can be the page's own:
        in the headline's header area or an element classed as a stamp, above the story's
        first paragraph, outside a run of like items. One below the story is a comment's
        or a teaser's, and gives no date."""
        return (
            (element in self.header_area or dated_class)
            and (self.story is None or self._before_story(element))
            and not self._repeated(element)
        )

    def _worded_stamp(self, element: HtmlElement, line: str, stamp: str) -> bool:
        """True unless *stamp* is a relative stamp without a figure ("gestern", "an hour
        ago") that is no stamp of its own: in a heading or a link (a kicker "Heute", a
        tab "Yesterday"), a phrase's part ("Gestern und heute"), or naming the fetch day
        alone ("heute", "today": a brand or a section as often as a stamp), or the fetch's
        moment by its word alone ("jetzt", "now": a badge; "just now" is a stamp)."""
        if HAS_DIGIT.search(stamp) is not None:
            return True
        if (
            element.tag in HEADING_TAGS
            or in_link(element)
            # (a publication label before it is no other word: "Veröffentlicht gestern")
            or not stands_alone(PUBLISHED_LABELS.sub("", line), stamp)
        ):
            return False
        read = read_relative(stamp, self.language or "en")
        if read is None:
            return False
        # Not today's word, nor now's, alone (of two words too: "bây giờ"); "just now",
        # "gerade eben" (the fetch's moment) are stamps.
        if read.count > 0 or read.moment:
            return True
        language = self.language or "en"
        return read.unit == "second" and len(stamp.split()) > 1 and not says_now(stamp, language)

    def _relative(self, element: HtmlElement, line: str, dated_class: bool) -> str | None:
        """The relative stamp of the page's language in *line* ("vor 3 Stunden",
        "Veröffentlicht il y a 2 heures" less its label), when *element* is the page's
        own stamp's place (:meth:`_own_place`); None otherwise."""
        if not relative_words(line, self.language) or not self._own_place(element, dated_class):
            return None
        return relative_span(line, self.language)

    def _dated_part(self, element: HtmlElement, line: str) -> str:
        """The part of a stamp line longer than an odd stamp that holds its date, read as
        one: the first part with a year of a line of parts set apart ("Του Γιάννη
        Παπαδόπουλου | 14 Μαρτίου 2024, 10:15", a byline and its stamp), or, under the
        headline, what follows a byline's name and comma ("โดย สมชาย ใจดี, วันพฤหัสบดีที่
        14 มีนาคม พ.ศ. 2567": a day's name and the era's make a Thai date long); else the
        line itself, as for a line longer than a stamp's."""
        if len(line) > MAX_STAMP_CHARS:
            return line
        parts = _SEPARATORS.split(line)
        if len(parts) > 1:
            dated = (p for p in parts if _holds_year(p))
            return next(dated, line)
        if element in self.header_area and (named := _NAME_COMMA.match(line)) is not None:
            return line[named.end() :]
        return line

    def _before_story(self, element: HtmlElement) -> bool:
        """True when *element* comes before the story's first paragraph (longer than an
        odd stamp) in the page: under the headline, not in a box after the text."""
        if self._preceding is None:
            self._preceding = self._before_first_paragraph()
        preceding = self._preceding
        if isinstance(preceding, frozenset):
            return element in preceding
        # The paragraph's path: the element or an ancestor of it lies on it, where the
        # two part the element comes before when its branch is the earlier child.
        child, node = None, element
        while node is not None and node not in preceding:
            child, node = node, node.getparent()
        if node is None:
            return False  # (not in the page)
        if child is None:
            return True  # the paragraph or a container of it
        return child in self._children_before(node)

    def _children_before(self, node: HtmlElement) -> frozenset[HtmlElement]:
        """The children of *node*, an element on the path to the story's first paragraph,
        that come before its child on the path (none for the paragraph itself): read once
        per element of the path, not by a child's position per stamp asking (a list of
        20,000 dated lines beside the paragraph made that quadratic)."""
        earlier = self._earlier.get(node)
        if earlier is None:
            toward = self._preceding[node] if isinstance(self._preceding, dict) else None
            earlier = frozenset() if toward is None else frozenset(
                takewhile(lambda child: child is not toward, node)
            )  # fmt: skip
            self._earlier[node] = earlier
        return earlier

    def _before_first_paragraph(
        self,
    ) -> frozenset[HtmlElement] | dict[HtmlElement, HtmlElement | None]:
        """The elements before the story's first paragraph in page order (none without a
        story or such a paragraph), read once per page whatever the stamps asking: the
        path from the page's root down to the paragraph, each element with its child on
        the path (the paragraph with None), which tells them apart without a walk over
        them all (:meth:`_before_story`); their set when the paragraph lies in no tree of
        the page's root."""
        if self.story is None:
            return frozenset()
        first = next(
            (p for p in self.story.iter("p") if len(element_text(p)) > MAX_ODD_STAMP_CHARS),
            None,
        )
        if first is None:
            first = _first_loose_text(self.story, self.headline)
        if first is None:
            return frozenset()
        path: dict[HtmlElement, HtmlElement | None] = {first: None}
        child = first
        for ancestor in first.iterancestors():
            path[ancestor] = child
            child = ancestor
        if child is self.root:
            return path
        preceding: list[HtmlElement] = []
        for node in self.root.iter():
            preceding.append(node)  # (the paragraph itself counts as before it)
            if node is first:
                break
        return frozenset(preceding)

    def post_meta_sentence(self, text: str) -> bool:
        """The date of a post-meta sentence ("Dieser Artikel wurde am 14. Dezember 2015 um
        14:48 von … geschrieben"): the first date of the sentence that has a publication
        verb, in English or a local month form."""
        for sentence in _SENTENCE_END.split(text):
            if PUBLICATION_VERBS.search(sentence) is None:
                continue
            found = [d for d in split_labels(sentence) if d.field != "dateModified"]
            local = LOCAL_DATE.search(sentence) or CJK_DATE.search(sentence)
            if found:
                self.add("published", found[0].raw, "stamp-labelled")
            elif local is not None:
                self.add("published", local.group(), "stamp-labelled")
            return bool(found) or local is not None
        return False


def _after(first: HtmlElement, second: HtmlElement) -> bool:
    """True when *second* comes after *first* in document order."""
    for node in first.getroottree().getroot().iter():
        if node is first:
            return True
        if node is second:
            return False
    return False


def _first_loose_text(story: HtmlElement, headline: HtmlElement | None) -> HtmlElement | None:
    """Where a story without ``<p>`` (paragraphs cut by ``<br><br>`` in one box) starts:
    the element whose own text, or the text right after it, is the first longer than an
    odd stamp, the headline's own text left out; None when no such text is found."""
    inside = set(headline.iter()) if headline is not None else set()
    for node in story.iter(etree.Element):
        if node.tag in SKIP_TEXT_TAGS:
            continue
        own = None if node in inside else node.text
        for loose in (own, node.tail if node is not story else None):
            if loose and len(" ".join(loose.split())) > MAX_ODD_STAMP_CHARS:
                return node
    return None
