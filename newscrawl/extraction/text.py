"""Flattened page text → story parts and sidebar teasers.

A page flattened to text (copy-paste, a text dump, an old archive) is a run of lines: a
header (site name, "Today's Paper | …", headline, "Published …" stamps), the story, a
footer ("Published in Dawn, …", "Read Comments", "<headline> Next Story") and boxes of
teasers glued after it. Lines are classified by shape, then the story's end is the first
place where the rest of the text parses *completely* as teaser boxes: a heading followed
by items, title + date pairs, "-"-separated headline lists, or runs of "..." teasers.
Requiring the whole tail to parse is what keeps a body paragraph that mentions a date,
starts with "Updated" or ends in "..." inside the body.

A box may also have lost its heading: then it is a trailing run of headline-shaped lines
(:mod:`newscrawl.extraction.text_runs`), taken as a box only when its structure says so —
the same separator repeated at the lines' ends, or, without separators, Title Case lines
right after the story has visibly ended (a signature, a credit line, a print footer,
page chrome). A run introduced by a colon or opened by a bullet is the story's own list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from newscrawl.extraction.body import BodyParts, Paragraph, clean_paragraphs, is_signature
from newscrawl.extraction.dates import LabelledDate, is_date_line, split_labels
from newscrawl.extraction.text_runs import RunIndex, is_attribution, trailing_mark, without_mark
from newscrawl.extraction.vocabulary import (
    BYLINE,
    CHROME,
    CHROME_SUFFIXES,
    ELLIPSES,
    LIST_SEPARATORS,
    PRINT_FOOTER,
    PROSE_END,
    SIDEBAR_HEADINGS,
)

#: A title line is short; anything longer is prose (a teaser or a paragraph).
MAX_TITLE_WORDS = 20
#: Longer lines are prose: no date line, heading or chrome line runs this long.
MAX_SHORT_LINE = 200


class Kind(Enum):
    BLANK = "blank"
    DATE = "date"
    FOOTER = "footer"
    CHROME = "chrome"
    SEPARATOR = "separator"
    HEADING = "heading"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Line:
    kind: Kind
    text: str


@dataclass
class TextTeaser:
    """A teaser found in a box of flattened text."""

    block: str | None
    position: int
    headline: str | None = None
    description: str | None = None
    dates: list[LabelledDate] = field(default_factory=list)

    @property
    def truncated(self) -> bool:
        return bool(self.description and self.description.endswith(ELLIPSES))


@dataclass
class TextSplit:
    """The parts of one flattened page."""

    headline: str | None = None
    header_dates: list[LabelledDate] = field(default_factory=list)
    byline: str | None = None
    body: BodyParts = field(default_factory=BodyParts)
    teasers: list[TextTeaser] = field(default_factory=list)
    sidebar_start: int | None = None
    """Index (in ``lines``) where the teaser boxes begin, when there are any."""
    lines: list[Line] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TextVocabulary:
    """Words a site adds to the generic vocabulary (its own box titles)."""

    headings: frozenset[str] = frozenset()

    def is_heading(self, text: str) -> bool:
        key = " ".join(text.lower().split()).rstrip(":")
        return key in SIDEBAR_HEADINGS or key in self.headings


GENERIC = TextVocabulary()


def classify(text: str, vocabulary: TextVocabulary = GENERIC) -> list[Line]:
    """Give every line of *text* a :class:`Kind`, by its shape alone."""
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.replace("\u00a0", " ").split())
        if not line:
            kind = Kind.BLANK
        elif len(line) > MAX_SHORT_LINE and not line.lower().endswith(CHROME_SUFFIXES):
            kind = Kind.TEXT  # too long for a date, a heading or chrome: prose
        elif line in LIST_SEPARATORS:
            kind = Kind.SEPARATOR
        elif PRINT_FOOTER.match(line) and is_date_line(line):
            kind = Kind.FOOTER
        elif is_date_line(line):
            kind = Kind.DATE
        elif CHROME.match(line) or line.lower().endswith(CHROME_SUFFIXES):
            kind = Kind.CHROME
        elif vocabulary.is_heading(line):
            kind = Kind.HEADING
        else:
            kind = Kind.TEXT
        lines.append(Line(kind, line))
    return lines


def _is_title(text: str) -> bool:
    return (
        len(text.split()) <= MAX_TITLE_WORDS
        and not text.endswith(ELLIPSES)
        and not (PROSE_END.search(text) and not text.endswith(("?", "!", "’", '"', "”")))
    )


def _is_teaser(text: str) -> bool:
    return text.endswith(ELLIPSES)


def _in_list(items: list[Line], i: int) -> bool:
    """True when ``items[i]`` belongs to a "-"-separated list."""
    return (i > 0 and items[i - 1].kind is Kind.SEPARATOR) or (
        i + 1 < len(items) and items[i + 1].kind is Kind.SEPARATOR
    )


def _items(lines: list[Line]) -> tuple[list[Line], list[bool], list[int]]:
    """The item lines (not blank, not chrome), whether a blank line comes before each,
    and for every line index the index of the first item at or after it."""
    items: list[Line] = []
    gaps: list[bool] = []  # a blank line before the item line
    first_at: list[int] = []
    gap = False
    for line in lines:
        first_at.append(len(items))
        if line.kind is Kind.BLANK:
            gap = True
        elif line.kind is not Kind.CHROME:
            items.append(line)
            gaps.append(gap)
            gap = False
    return items, gaps, first_at


def parse_boxes(lines: list[Line], start: int) -> list[TextTeaser] | None:
    """Parse ``lines[start:]`` as teaser boxes; None unless every line is accounted for."""
    items, gaps, first_at = _items(lines)
    return _parse_items(items, gaps, first_at[start] if start < len(lines) else len(items))


def _parse_items(
    all_items: list[Line], all_gaps: list[bool], first: int
) -> list[TextTeaser] | None:
    # The items from *first* on (list slices: C copies; the caller tries many starts).
    items, gaps = all_items[first:], all_gaps[first:]
    if gaps:
        gaps[0] = False  # what lies before the start is not part of the boxes
    teasers: list[TextTeaser] = []
    path: list[str] = []
    after_heading = False
    position = 0
    i = 0

    def add(**values: object) -> None:
        nonlocal position
        position += 1
        block = " / ".join(path) or None
        teasers.append(TextTeaser(block=block, position=position, **values))  # type: ignore[arg-type]

    def starts_item(j: int) -> bool:
        return (
            j + 1 < len(items)
            and items[j].kind is Kind.TEXT
            and items[j + 1].kind is Kind.DATE
            and _is_title(items[j].text)
        )

    while i < len(items):
        line = items[i]
        if line.kind is Kind.HEADING:
            path = [*path, line.text] if after_heading else [line.text]
            after_heading, position = True, 0
            i += 1
            continue
        after_heading = False
        if line.kind in (Kind.SEPARATOR, Kind.FOOTER):
            i += 1
        elif starts_item(i):
            headline, dates = line.text, split_labels(items[i + 1].text)
            i += 2
            if i < len(items) and items[i].kind is Kind.TEXT and items[i].text == headline:
                i += 1  # the box repeats its title above the teaser
            teaser: list[str] = []
            while i < len(items) and items[i].kind is Kind.TEXT and not starts_item(i):
                teaser.append(items[i].text)
                i += 1
                if teaser[-1].endswith(ELLIPSES) or not _is_title(teaser[-1]):
                    break  # one teaser per item; what follows is the next item
            add(headline=headline, description=" ".join(teaser) or None, dates=dates)
        elif line.kind is Kind.TEXT and _is_teaser(line.text):
            add(description=line.text)
            i += 1
        elif line.kind is Kind.TEXT and _is_title(line.text):
            if gaps[i] and i and items[i - 1].kind is Kind.TEXT and _in_list(items, i - 1):
                path, position = [], 0  # a blank line after a "-" list: a new, untitled list
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt is not None and nxt.kind is Kind.TEXT and _is_teaser(nxt.text):
                add(headline=line.text, description=nxt.text)
                i += 2
            else:
                add(headline=without_mark(line.text))
                i += 1
        else:
            return None  # prose, an orphan date: this is not a box of teasers
    return teasers or None


def _story_ended(lines: list[Line], texts: list[tuple[int, Line]], n: int) -> bool:
    """True when the story visibly ends just before ``texts[n]``: a print footer, a
    byline or credit line, a letter's signature, or page chrome in between."""
    if n == 0:
        return False
    at, before = texts[n - 1]
    if any(ln.kind is Kind.CHROME for ln in lines[at + 1 : texts[n][0]]):
        return True
    if before.kind is Kind.FOOTER:
        return True
    if before.kind is not Kind.TEXT:
        return False
    earlier = texts[n - 2][1].text if n > 1 else ""
    return (
        bool(BYLINE.match(before.text))
        # a dash-led line after another one is an item of a dash list, not a credit
        or (is_attribution(before.text) and not is_attribution(earlier))
        or is_signature(earlier, before.text)
    )


def _box_start_candidates(lines: list[Line], first: int) -> Iterable[tuple[int, bool, bool]]:
    """Indexes where teaser boxes may begin: ``(index, ended, listed)``. *listed*: a
    heading, a title + date pair, a list with separator lines or "..." teasers start
    there; else only a headline run may (its first line ends in a separator, or the story
    visibly *ended* right before it)."""
    texts = [(i, ln) for i, ln in enumerate(lines) if ln.kind not in (Kind.BLANK, Kind.CHROME)]
    for n, (i, line) in enumerate(texts):
        if i < first:
            continue
        nxt = texts[n + 1][1] if n + 1 < len(texts) else None
        if line.kind is Kind.HEADING or (
            line.kind is Kind.TEXT
            and nxt is not None
            and (
                nxt.kind in (Kind.DATE, Kind.SEPARATOR)
                or (_is_teaser(line.text) and _is_teaser(nxt.text))
            )
        ):
            yield i, _story_ended(lines, texts, n), True
        elif line.kind is Kind.TEXT and _is_title(line.text):
            prev = texts[n - 1][1] if n else None
            mark = trailing_mark(line.text)
            marked = mark is not None and not (  # a run starts where its mark starts
                prev is not None and prev.kind is Kind.TEXT and trailing_mark(prev.text) == mark
            )
            ended = _story_ended(lines, texts, n)
            if marked or ended:
                yield i, ended, False


def _opens_own_list(lines: list[Line], start: int) -> bool:
    """True when the line before *start* introduces a list (a colon) or bullets its
    first item (a separator line): what follows is the story's own list."""
    for j in range(start - 1, -1, -1):
        if lines[j].kind not in (Kind.BLANK, Kind.CHROME):
            return lines[j].kind is Kind.SEPARATOR or lines[j].text.endswith(":")
    return False


def _accept(lines: list[Line], start: int, teasers: list[TextTeaser], untitled: bool) -> bool:
    """Without a heading, a tail counts as boxes only if it is list-shaped enough (the
    caller has checked that the story does not introduce it as its own list)."""
    tail = [ln for ln in lines[start:] if ln.kind not in (Kind.BLANK, Kind.CHROME)]
    if untitled or tail[0].kind is Kind.HEADING:
        return True
    dated = sum(1 for t in teasers if t.dates)
    separators = sum(1 for ln in tail if ln.kind is Kind.SEPARATOR)
    teaser_only = sum(1 for t in teasers if t.headline is None)
    return dated >= 2 or separators >= 2 or teaser_only >= 3


def _run_text(line: Line) -> str | None:
    """An item line as :class:`RunIndex` reads it: a heading ends a run, and only plain
    text lines can be in one."""
    if line.kind is Kind.HEADING:
        return None
    return line.text if line.kind is Kind.TEXT else ""


#: Boxes of different shapes glued one after another are peeled off the end one at a time;
#: past this many, the text is not a page's sidebar but a crafted or broken input, and each
#: round costs a pass over the text (the cap keeps hostile input linear).
MAX_STACKED_BOXES = 8


def _may_end_box(lines: list[Line], end: int) -> bool:
    """False when the text before *end* closes with a story paragraph: prose that is no
    teaser's description (no title + date pair before it). Spares a search per split."""
    for j in range(end - 1, -1, -1):
        line = lines[j]
        if line.kind in (Kind.BLANK, Kind.CHROME):
            continue
        if line.kind is not Kind.TEXT or _is_title(line.text) or _is_teaser(line.text):
            return True
        break
    else:
        return False
    for k in range(j - 1, -1, -1):  # a description follows a title + date, maybe title lines
        line = lines[k]
        if line.kind is Kind.DATE:
            return True
        if line.kind is Kind.TEXT and not _is_title(line.text):
            return False
    return False


def _last_box(lines: list[Line], first: int) -> tuple[int, list[TextTeaser]] | None:
    """The earliest index from *first* where the rest of the lines parse as one tail of
    teaser boxes."""
    items, gaps, first_at = _items(lines)  # once, not once per candidate start
    runs = RunIndex([_run_text(ln) for ln in items])
    for start, ended, listed in _box_start_candidates(lines, first):
        k = first_at[start]
        untitled = runs.marked(k) or (ended and runs.title_case(k))
        if not (listed or untitled):
            continue  # no parse: a run that fails its shape fails cheaply
        if lines[start].kind is not Kind.HEADING and _opens_own_list(lines, start):
            continue
        teasers = _parse_items(items, gaps, k)
        if teasers is not None and _accept(lines, start, teasers, untitled):
            return start, teasers
    return None


def find_boxes(lines: list[Line], first: int = 0) -> tuple[int, list[TextTeaser]] | None:
    """The earliest index from *first* where the rest of the lines are teaser boxes.

    A tail that parses as one run is taken whole; boxes that only parse apart (an untitled
    run of headlines after a list with separators, say) are taken one after another, so
    what is left holds no box: cutting the result again changes nothing.
    """
    found = _last_box(lines, first)
    if found is None:
        return None
    start, teasers = found
    for _ in range(MAX_STACKED_BOXES - 1):
        if not _may_end_box(lines, start):
            break
        earlier = _last_box(lines[:start], first)
        if earlier is None:
            break
        start, teasers = earlier[0], earlier[1] + teasers
    return start, teasers


def _header_end(lines: list[Line]) -> int:
    """Index of the first story line: the first prose line after header-shaped lines."""
    for i, line in enumerate(lines):
        if line.kind is Kind.TEXT and not _is_title(line.text):
            return i
    return len(lines)


def split_text(text: str, vocabulary: TextVocabulary = GENERIC) -> TextSplit:
    """Split flattened page text into header, story body, footer and teaser boxes."""
    lines = classify(text, vocabulary)
    out = TextSplit(lines=lines)
    head_end = _header_end(lines)
    header = lines[:head_end]
    if any(ln.kind is Kind.DATE for ln in header):
        for line in header:
            if line.kind is Kind.DATE:
                out.header_dates.extend(split_labels(line.text))
            elif line.kind is Kind.TEXT and (match := BYLINE.match(line.text)):
                out.byline = match.group(1)
        titles = [ln.text for ln in header if ln.kind is Kind.TEXT and not BYLINE.match(ln.text)]
        out.headline = max(titles, key=lambda t: len(t.split()), default=None)
    else:
        head_end = next((i for i, ln in enumerate(lines) if ln.kind is Kind.TEXT), len(lines))
    found = find_boxes(lines, head_end + 1)
    end = len(lines)
    if found is not None:
        out.sidebar_start, out.teasers = found
        end = out.sidebar_start
    story = [
        Paragraph(ln.text)
        for ln in lines[head_end:end]
        if ln.kind in (Kind.TEXT, Kind.DATE, Kind.HEADING, Kind.FOOTER)
    ]
    out.body = clean_paragraphs(story)
    return out


def strip_boxes(body: str, vocabulary: TextVocabulary = GENERIC) -> tuple[str, int]:
    """Remove teaser boxes glued to the end of an article body: ``(body, teasers removed)``.

    The split guard's check: a body that is already clean comes back unchanged.
    """
    lines = classify(body, vocabulary)
    first = next((i for i, ln in enumerate(lines) if ln.kind is Kind.TEXT), len(lines))
    found = find_boxes(lines, first + 1)
    if found is None:
        return body, 0
    start, teasers = found
    # Cut the original string, so the kept part stays byte-identical.
    kept = "\n".join(body.replace("\r\n", "\n").replace("\r", "\n").split("\n")[:start])
    return kept.rstrip(), len(teasers)


__all__ = [
    "GENERIC",
    "Kind",
    "Line",
    "TextSplit",
    "TextTeaser",
    "TextVocabulary",
    "classify",
    "find_boxes",
    "parse_boxes",
    "split_text",
    "strip_boxes",
]
