"""Which elements hold stamps: class/id names of date areas, foreign parts, navigation.

Fragment patterns of the vocabulary (stamp, publish, modified, post meta, byline,
foreign, navigation …) matched against an element's class and id, with memoised flags;
and the text tests on stamps (a modification stamp, a dated list entry).
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice, pairwise

from lxml.html import HtmlElement

from newscrawl.extraction.bylines import byline_names
from newscrawl.extraction.dates import is_date_line, split_labels
from newscrawl.extraction.html import (
    SKIP_TAGS,
    ShortTexts,
    element_text,
    host_of,
    is_bare_reading,
    join_url,
    split_url,
    text_lines,
    text_reaches,
)
from newscrawl.extraction.teaser_links import is_story_shaped
from newscrawl.extraction.vocabulary import (
    BODY_FRAGMENTS,
    BYLINE_FRAGMENTS,
    BYLINE_LEAD,
    DATE_LABEL_ONLY,
    FOREIGN_FRAGMENTS,
    FOREIGN_TAGS,
    HEADING_TAGS,
    INERT_TAGS,
    JOINER_WORDS,
    LOCAL_DATE,
    MODIFIED_FRAGMENTS,
    MODIFIED_LABEL_ONLY,
    MODIFIED_LABELS,
    MODIFIED_WORDS,
    NAVIGATION_FRAGMENTS,
    POST_FOOTER_FRAGMENTS,
    POST_META_FRAGMENTS,
    PUBLICATION_VERBS,
    PUBLISH_FRAGMENTS,
    PUBLISHED_LABELS,
    QUOTED_TAGS,
    SCREEN_READER_FRAGMENTS,
    SINCE_DATE,
    STAMP_FRAGMENTS,
    TIME_JOINERS,
    UNTIL_DATE,
)
from newscrawl.extraction.walk_marks import PHRASING

#: Longest visible text read as a stamp (date lines are short; body paragraphs are not).
MAX_STAMP_CHARS = 160
#: Longest unlabelled text of a date-classed element handed over as one odd date string.
MAX_ODD_STAMP_CHARS = 40

#: The end of a range's first date, before its dash ("12.10.", "12").
_RANGE_START = re.compile(r"\d\.?$")
HAS_DIGIT = re.compile(r"\d")
#: A year in a text: 1970-2099, or a Buddhist-era year (25xx) after a Thai word ("14
#: มีนาคม 2567", "พ.ศ. 2567"), which :class:`.DateNormaliser` reads.
#: (Each branch's first figure comes before its look-behinds, which then look past it: a
#: pattern opening with "1" or "2" is tried only where one stands, one opening with a
#: look-behind at every character.)
YEAR_IN_TEXT = re.compile(
    r"(?:1(?<!\d1)9[7-9]\d|2(?<!\d2)(?:0\d\d"
    r"|(?:(?<=[\u0e00-\u0e7f]2)|(?<=[\u0e00-\u0e7f][.\s]2)|(?<=[\u0e00-\u0e7f]\.\s2))5\d\d))(?!\d)"
)

#: A modification label leading a text ("Updated …", "Uppdaterad …", "Mis à jour le …").
#: Not "Stand:" ("as of"): it dates the version shown, on a page showing no other date
#: the day it was published, which htmldate keeps.
_MODIFICATION_LEAD = re.compile(
    rf"[\s|•·:–—-]*(?!stand:)(?:(?:last\s+)?(?:updated|modified)(?!\w)|{MODIFIED_LABELS.pattern})",
    re.IGNORECASE,
)


#: Tags whose siblings are a list's entries even without a class.
_ENTRY_TAGS = frozenset({"li", "dd", "tr"})
#: How many levels up from a stamp an entry of a list may begin (a date in a line in an
#: entry).
LIST_ENTRY_LEVELS = 4
#: How many siblings on each side :func:`list_entry` compares (a long list's first ones
#: tell).
LIST_ENTRY_SIBLINGS = 8


def publication_day(text: str | None) -> str | None:
    """The first publication date a short text states (raw), None when it states none or
    is a modification stamp. A date with a local month name ("28. Februar 2024", "5 de
    marzo de 2024") counts too: a list of other stories dated so is a list all the same."""
    if not text or HAS_DIGIT.search(text) is None or modified_label(text):
        return None
    found = next((d.raw for d in split_labels(text) if d.field == "datePublished"), None)
    if found is None and (local := LOCAL_DATE.search(text)) is not None:
        return local.group()
    return found


def list_entry(node: HtmlElement, short: ShortTexts, memo: dict[HtmlElement, bool]) -> bool:
    """True when *node* is one of a run of like entries, each under its own date: a
    sibling of its tag and class (of a list item, any) states another publication date
    than it does (a list of other stories or of comments, not the page's stamp)."""
    verdict = memo.get(node)
    if verdict is not None:
        return verdict
    verdict = False
    tag, name = node.tag, node.get("class")
    if name or tag in _ENTRY_TAGS:
        # Its like siblings first (a tag and an attribute): most elements have none. The
        # tag is compared, not handed to lxml, which refuses a name with control characters.
        like = [
            s
            for siblings in (node.itersiblings(), node.itersiblings(preceding=True))
            for s in islice((s for s in siblings if s.tag == tag), LIST_ENTRY_SIBLINGS)
            if s.get("class") == name
        ]
        if like and (own := publication_day(short.text(node))) is not None:
            verdict = any(
                (other := publication_day(short.text(s))) is not None and other != own
                for s in like
            )
    memo[node] = verdict
    return verdict


#: Fewest words of a link's text that make it a headline (another story's teaser), not a
#: name or a section ("By Anna Smith", "Politik").
TEASER_LINK_WORDS = 4
#: How many boxes up from a date its teaser link is looked for.
TEASER_BOX_LEVELS = 2
#: A word: letters, with the vowel signs of the Indic scripts (combining marks, which
#: ``\w`` leaves out: "पुरानी" is one word, not three).
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0dff])+")
#: A combining mark (Unicode category Mn) of a script whose letters carry them.
_MARKS = "".join(chr(c) for c in range(0x300, 0x1000) if unicodedata.category(chr(c)) == "Mn")
_COMBINING = re.compile(f"[{_MARKS}]")
#: Kana and ideographs: Japanese and Chinese write no spaces, two of them make a word.
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def shown_chars(text: str) -> int:
    """How many characters *text* shows: its combining marks, which sit on a letter and
    take no place of their own (Thai vowels and tone marks above and below a consonant,
    Devanagari's, Arabic's vowel points), left out. A Thai date is no longer than another
    language's for them ("วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567": 34 characters, 28 shown)."""
    return len(text) - len(_COMBINING.findall(text))


def headline_words(text: str) -> int:
    """How many words a text has, a run of kana and ideographs counting one for two."""
    if text.isascii():  # (no kana nor ideograph: a word each)
        return len(_WORD.findall(text))
    return sum(max(1, len(_CJK.findall(word)) // 2) for word in _WORD.findall(text))


def teaser_box(
    node: HtmlElement,
    short: ShortTexts,
    url: str | None = None,
    headline: HtmlElement | None = None,
    title: str = "",
) -> HtmlElement | None:
    """The short box (*node*'s own or one of the :data:`TEASER_BOX_LEVELS` around it, each
    within :data:`MAX_STAMP_CHARS`) that *node*, a short dated text, shares with a link to
    another page whose text is a headline of its own (:data:`TEASER_LINK_WORDS` words or
    more), else None: the date is that story's (a teaser card), not the page's. No other
    page's headline: a link to a place in the page ("#comments"), to the page's own
    address *url* (scheme, "www.", query and fragment aside), a link inside the page's
    *headline* (or a box holding it: the page's header, "Party, 30.10.23 <h1><a
    href=…>Headline"), a link whose words stand in the page's *title*, a link that reads
    as people's names (:func:`_names`: a byline, "Anna Smith and John Doe") unless it
    leads to a story (:func:`_story_url`: a Title Case headline, "Taylor Swift Announces
    World Tour", reads as names too), a link to a
    folder that is not story-shaped (:func:`_folder`: a section, topic or series front,
    "/topics/local-politics/", beside the page's own stamp). A link holding *node* at
    any depth (a card linked whole) is such a box too, when it leads to such a page: by
    its words when it is short, by those of the heading it holds when longer (its lead)."""
    own: str | None = None  # the title's key, built on first need

    def other_story(link: HtmlElement, words: str | None = None) -> bool:
        """*link* leads to another page under a headline of its own (its text, or
        *words*: the heading it holds)."""
        nonlocal own
        href = (link.get("href") or "").strip()
        if (
            href
            and not href.startswith(("#", "mailto:", "javascript:"))
            and (words := words or short.text(link)) is not None
            and headline_words(words) >= TEASER_LINK_WORDS
            and not _same_page(href, url)
            and not _folder(href, url)
            and not (_names(words) and not _story_url(href, url))
        ):
            if own is None:
                own = _words_key(title)
            return not own or _words_key(words) not in own
        return False

    box: HtmlElement | None = node
    for _ in range(TEASER_BOX_LEVELS + 1):
        if box is None or (text := short.text(box)) is None or len(text) > MAX_STAMP_CHARS:
            break
        if headline is not None and (box is headline or headline in box.iterdescendants()):
            return None
        if any(other_story(link) for link in box.iter("a")):
            return box
        box = box.getparent()
    # A card linked whole, its date deeper in it than those levels ("<a href=…><div><div>
    # <p>Headline</p><small>Anna Smith | 22.11.22</small></div></div></a>"): the link.
    card = next(node.iterancestors("a"), None)
    if card is None or (headline is not None and headline in card.iterdescendants()):
        return None
    if (text := short.text(card)) is not None and len(text) <= MAX_STAMP_CHARS:
        return card if other_story(card) else None
    # A long card (its lead too) under a heading of its own: the heading's words.
    heading = next(card.iter(*HEADING_TAGS), None)
    if heading is not None and other_story(card, element_text(heading) or None):
        return card
    return None


@lru_cache(maxsize=1024)
def _target(href: str, url: str | None) -> tuple[str, str] | None:
    """The address *href* leads to from the page at *url*, and its path; None without a
    page address or for a malformed one (urlsplit refuses a broken IPv6 host). Cached: a
    teaser link's address is asked by :func:`_same_page`, :func:`_folder` and
    :func:`_story_url` in turn, and a card's link again for each date in it."""
    if not url or (there := join_url(url, href)) is None:
        return None
    return there, split_url(there).path


def _folder(href: str, url: str | None) -> bool:
    """True when *href*, read from the page at *url*, names a folder ("/topics/local-
    politics/", "/city/", "/series/budget-2024/": a path closing with a slash) that is not
    story-shaped (:func:`~newscrawl.extraction.teaser_links.is_story_shaped`: no id, no
    date, no headline slug): a section's, topic's or series' front, no other story."""
    if (target := _target(href, url)) is None:
        return False
    there, path = target
    return path.endswith("/") and not is_story_shaped(there, url or "")


#: A web page document's name closing a path ("b.html", "story.php"), not a folder's index.
_DOCUMENT = re.compile(r"(?<!/index)\.(?:s?html?|php|aspx?|jsp|ece|cms)$", re.IGNORECASE)


def _story_url(href: str, url: str | None) -> bool:
    """True when *href*, read from the page at *url*, leads to a story: story-shaped
    (:func:`~newscrawl.extraction.teaser_links.is_story_shaped`) or a document ("/s.html",
    "/city/b.html"), not a folder or a bare name ("/autor/anna-schmidt/",
    "/authors/smith-doe", a writer's page). A writer's page named as a document
    ("/authors/smith.html") passes for a story."""
    if (target := _target(href, url)) is None:
        return False
    there, path = target
    return bool(_DOCUMENT.search(path)) or is_story_shaped(there, url or "")


def _names(text: str) -> bool:
    """True when *text* reads as people's names (a byline's link, "Anna Smith and John
    Doe"): only in a script with case, whose capitals tell a name (in one without, any
    words would pass for names)."""
    return text.upper() != text.lower() and bool(byline_names(text))


def meta_row(box: HtmlElement) -> bool:
    """True when a stamp or post-meta class names *box* or its parent: the page's own meta
    row ("article-meta", "entry-meta", "dateline"), not a teaser card, even when it holds a
    long link (a topic, a series) beside the stamp."""
    return any(
        has_fragment(marker := marker_of(e), STAMP) or is_post_meta(marker)
        for e in (box, box.getparent())
        if e is not None
    )


def _words_key(text: str) -> str:
    """*text*'s words, lower-cased, each between spaces: a key that holds another text's
    key when that text's whole words stand in it in order."""
    return "".join(f" {word.lower()} " for word in _WORD.findall(text))


def _same_page(href: str, url: str | None) -> bool:
    """True when *href*, read from the page at *url*, is that page's own address (scheme,
    query, fragment and a closing slash aside; its host read by
    :func:`~newscrawl.extraction.html.host_of`, "www." and port aside)."""
    if (joined := _target(href, url)) is None:
        return False
    target, there = joined
    here = split_url(url).path
    return (host_of(target), there.rstrip("/")) == (host_of(url), here.rstrip("/"))


#: A few words that a joining word closes before a date ("Premiere am", "Première le"):
#: another day's name, not a stamp's label, after the story.
_EVENT_WORDS = re.compile(rf"^(?:[^\W\d_]+\s+){{1,5}}(?:{JOINER_WORDS})\s+$", re.IGNORECASE)
#: A numeric date of a two-figure year ("14.03.24", "14/03/24"; also the stamps' rules
#: in :mod:`~.meta_stamps`).
SHORT_YEAR_DATE = re.compile(r"(?<![\d./-])\d{1,2}([./-])\d{1,2}\1\d\d(?!\d|[./-]\d)")
#: Three numbers joined by dots, the last of two figures, read as a day, a month and a
#: short year ("4.2.20": 4 February 2020), as a version is numbered too.
DOTTED_SHORT_YEAR = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.\d\d(?!\d|\.\d)")
#: The word a number follows on its line, a space between at most: "Firmware ", "v".
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\xa0]?$")
#: How much of a line's end before a number :func:`version_number` reads.
LINE_END_CHARS = 40
#: The letters of the longest word joining a date to what comes before it
#: (:data:`~.vocabulary.JOINER_WORDS`: "dnia"; "am", "vom", "le", "от" are shorter): a
#: lower-case word longer than that before a number is a name ("firmware version 4.2.20").
_JOINER_CHARS = max(len(word) for word in JOINER_WORDS.split("|"))


def version_number(before: str, number: re.Match[str]) -> bool:
    """True when *number* (a :data:`DOTTED_SHORT_YEAR` match) after *before* (the end of
    its line's text before it) is a version's number, not a date of a short year: day
    and month not both of two figures (a stamp prints "03.04.24"), right after a name on
    its line: a word that opens with a capital or touches the number ("Firmware 4.2.20",
    "Version 1.2.19", "Wersja 4.2.20", "v3.1.24"), or a lower-case one longer than any
    word joining a date (:data:`_JOINER_CHARS`: "die neue firmware 4.2.20", "nowa wersja
    4.2.20"), as a product's version is numbered, and that is no date's label
    (:data:`~.vocabulary.PUBLISHED_LABELS`, :data:`~.vocabulary.MODIFIED_LABELS`, and the
    labels htmldate's own patterns read a date after, ``TEXT_PATTERNS``: "Stand",
    "Datum"). A date after a word joining it
    ("Artikel vom 3.4.24", "am 3.5.13", "Статья от 3.4.24", "z dnia 3.4.24"), after a
    date's label in lower case ("erschienen 3.4.24", "stand 3.4.24"), after a mark
    ("Anna Holm, 8.5.12"), alone on its line, after a word of a script without case,
    and with day and month of two figures is a date. (Lost with the lower-case names: a
    date after a lower-case word of a stamp the labels lack, "erstellt 3.4.24", as its
    capitalised form was already.) (The htmldate fallback's copy has such numbers blanked,
    :func:`~.meta_record._drop_version_numbers`; the stamp reader reads none as a stamp,
    :func:`version_alone`.)"""
    from htmldate.extractors import TEXT_PATTERNS  # noqa: PLC0415 - as find_date

    day, month = number.group(1, 2)
    if len(day) == 2 and len(month) == 2:
        return False  # as a stamp prints a date
    name = _WORD_BEFORE.search(before)
    if name is None:
        return False
    word = name.group(1)
    if not (
        word[0].isupper()
        or name.end() == name.end(1)
        or (word[0].islower() and len(word) > _JOINER_CHARS)
    ):
        return False  # a word joining a date ("vom", "am"), or a script without case
    return not (
        PUBLISHED_LABELS.search(word)
        or MODIFIED_LABELS.search(word)
        or TEXT_PATTERNS.match(f"{before[name.start() :]}{number.group(0)}")
    )  # a date's label ("Veröffentlicht", "Stand", "Datum")


def line_before(element: HtmlElement) -> str:
    """The end (:data:`LINE_END_CHARS`) of the text before *element* on its line: the
    text of the inline elements (:data:`~.walk_marks.PHRASING`) and the bare text
    before it, up to its block's start or another element's (a ``<br>``, a ``<div>``:
    the end of a line), as :func:`~.meta_record._drop_version_numbers` reads a line."""
    parts: list[str] = []
    node = element
    while (parent := node.getparent()) is not None:
        for sibling in node.itersiblings(preceding=True):
            parts.append(sibling.tail or "")
            if not isinstance(sibling.tag, str):
                continue  # a comment: no line's end
            if sibling.tag not in PHRASING:
                return "".join(reversed(parts))[-LINE_END_CHARS:]
            parts.append(sibling.text_content())
        parts.append(parent.text or "")
        if parent.tag not in PHRASING:
            break
        node = parent
    return "".join(reversed(parts))[-LINE_END_CHARS:]


def version_alone(element: HtmlElement, text: str) -> bool:
    """True when *element*, an inline one (:data:`~.walk_marks.PHRASING`) whose *text* is
    only a dotted short-year number ("Firmware <b>4.2.20</b>"), holds a version's number
    by its line (:func:`version_number` of :func:`line_before`): the inline element is
    part of its line, and the word before it names a product, not a date."""
    if element.tag not in PHRASING:
        return False
    number = DOTTED_SHORT_YEAR.fullmatch(text.strip())
    return number is not None and version_number(line_before(element), number)


#: A label of one to three words and a colon before a date ("When:", "Termin:").
_LABEL_COLON = re.compile(r"^(?:[^\W\d_]+\s*){1,3}[:：]\s*$")


def event_day_line(
    node: HtmlElement, text: str, short: ShortTexts, *, alone: bool = False
) -> bool:
    """True when *text*, *node*'s, names a date as another thing's day, not the page's: a
    few words that a joining word closes before it ("Premiere am 5. Mai 2024", "Premiere
    on 5 May 2024"), or a label and a colon ("When: 5 May 2024, 7pm") on a line that shares
    its short box with other lines (a fact box: the day, the place, the price). A
    publication or modification label, a publication verb or a byline's lead before the
    date is a stamp's ("Posted on …", "Erstellt: …" alone, "By Anna Smith on …"). *alone*
    (the line is after the story's last paragraph): a label and a colon suffice, the
    line alone in its box ("Termin: 14.03.2024, 19 Uhr" below the story), unless the
    label is a date's own (:data:`DATE_LABEL_ONLY`: "Datum: 14.03.2024" closes a story)."""
    if len(text) > MAX_ODD_STAMP_CHARS or "\n" in text.strip():
        return False
    local = LOCAL_DATE.search(text)
    if local is not None:
        start = local.start()
    elif found := split_labels(text):
        start = text.find(found[0].raw)
    else:
        # A numeric date of a short year, which split_labels does not read (htmldate's
        # search does): an event's by its words and joining word ("Konzert am 14.03.24");
        # not by a label and a colon, which may be a publication's label the vocabulary
        # lacks ("Erstellt: 14.03.24, 10:15 Uhr" closing the story).
        numeric = SHORT_YEAR_DATE.search(text)
        return (
            numeric is not None
            and _EVENT_WORDS.match(before := text[: numeric.start()]) is not None
            and not any(
                words.search(before) is not None
                for words in (PUBLISHED_LABELS, PUBLICATION_VERBS, MODIFIED_LABELS, BYLINE_LEAD)
            )
        )
    before = text[:start] if start > 0 else ""
    if not before.strip() or any(
        words.search(before) is not None
        for words in (PUBLISHED_LABELS, PUBLICATION_VERBS, MODIFIED_LABELS, BYLINE_LEAD)
    ):
        return False
    if _EVENT_WORDS.match(before) is not None:
        return True
    if _LABEL_COLON.match(before) is None:
        return False
    if alone:
        # (a date's own label, "Datum:", "Date:", is a stamp's: the page's closing line)
        label = before.strip()
        return not (DATE_LABEL_ONLY.match(label) or MODIFIED_LABEL_ONLY.match(label))
    box = node.getparent()
    if box is None or (whole := short.text(box)) is None or len(whole) > MAX_STAMP_CHARS:
        return False
    return any(
        isinstance(other.tag, str) and other is not node and short.text(other) for other in box
    )


def site_banner(node: HtmlElement, frame: frozenset[HtmlElement]) -> bool:
    """True when *node* is the site's banner: a ``<header>`` outside the story's *frame*
    and outside any article or main element, holding the site's navigation. A date in it
    is the day the page was shown, not the story's."""
    return (
        node.tag == "header"
        and node not in frame
        and next(node.iter("nav"), None) is not None
        and not any(a.tag in ("article", "main") for a in node.iterancestors())
    )


#: A class or id naming a page's header ("site-header", "td-header-template-wrap",
#: "header_wrapper"): "header" as a word or a part of one.
_HEADER_NAMED = re.compile(r"header")
#: Fewest links of a list that is a menu.
MENU_LINKS = 5


def header_banner(node: HtmlElement, frame: frozenset[HtmlElement]) -> bool:
    """True when *node* is the site's banner built of plain containers: its class or id
    names a header (:data:`_HEADER_NAMED`), it lies outside the story's *frame* and any
    article or main element, holds no ``<h1>`` and holds the site's navigation (a
    ``<nav>``, or a list of :data:`MENU_LINKS` links or more): a date widget there is the
    day the page was shown (a theme's "Friday, November 3, 2023" over the menu)."""
    if node in frame or node.tag in ("article", "main", "body", "html"):
        return False
    if _HEADER_NAMED.search(marker_of(node)) is None:
        return False
    if next(node.iter("h1"), None) is not None:
        return False
    if any(a.tag in ("article", "main") for a in node.iterancestors()):
        return False
    if next(node.iter("nav"), None) is not None:
        return True
    return any(sum(1 for _ in ul.iter("a")) >= MENU_LINKS for ul in node.iter("ul"))


#: The day a thing lasts until (:data:`~.vocabulary.UNTIL_DATE`) or a member's since
#: (:data:`~.vocabulary.SINCE_DATE`): a bound of a span, never the page's day.
_SPAN_BOUND = re.compile(rf"{UNTIL_DATE.pattern}|{SINCE_DATE.pattern}", re.IGNORECASE)


#: What every match of :data:`_SPAN_BOUND` in a line of ASCII characters holds, the line
#: lower-cased (its case-sensitive "do" aside): a word of :data:`~.vocabulary.UNTIL_DATE`
#: or :data:`~.vocabulary.SINCE_DATE`, or a part of one. A cheap test first, exact: a line
#: of ASCII characters holding none of them holds no bound (an ASCII word added to either
#: pattern belongs here too).
_ASCII_SPAN_WORDS = (
    "til", "bis", "jusqu", "hasta", "fino", "tot", "t/m", "hingga", "sampai", "eddig",
    "asti", "kadar", "ig", "since", "joined", "seit", "depuis", "inscrit", "desde", "dal",
    "sinds", "portalu", "zarejestrowan",
)  # fmt: skip


#: What every match of :data:`~.vocabulary.MODIFIED_LABELS` in a text of ASCII characters
#: holds, the text lower-cased: a label's word or a part of one (an ASCII label added to
#: the pattern belongs here too).
_ASCII_LABEL_WORDS = (
    "aktuali", "stand:", "actualiza", "aggiornato", "bijgewerkt", "uppdatera", "opdateret",
    "oppdatert", "atualizado", "posodobljeno", "review", "gecontroleerd", "weryfikacja",
    "revisado", "revisto", "revisione", "diperbarui",
)  # fmt: skip
#: ... and of :data:`_MODIFICATION_BEFORE`: those and the English labels' words.
_ASCII_BEFORE_WORDS = (*_ASCII_LABEL_WORDS, "updated", "modified", "edited")


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False when *text* is of ASCII characters and holds none of *words* lower-cased: a
    cheap test before a pattern of many words, exact for the patterns whose ASCII words
    *words* holds (the pattern is tried at every character of the text)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


# Kept per text (a pure test): a page's lines are asked again by the stamps, the
# header cut and htmldate's pruning (a third to a half of the calls on aeb).
@lru_cache(maxsize=4096)
def modified_label(text: str) -> re.Match[str] | None:
    """:data:`~.vocabulary.MODIFIED_LABELS`' first match in *text* (None without one),
    after a cheap test of ASCII texts (most hold none of its words)."""
    if not _may_hold(text, _ASCII_LABEL_WORDS):
        return None
    return MODIFIED_LABELS.search(text)


#: Languages whose "do" is "until" (Polish, Czech, Slovak, Slovenian, Croatian, Serbian,
#: Bosnian): on a page of another language, "do" is no such word (Dutch "do", Thursday).
_DO_UNTIL_LANGUAGES = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs"})


def _may_bound(text: str) -> bool:
    """False when *text* can hold no match of :data:`_SPAN_BOUND`: a text of ASCII
    characters without "do" and without a word of :data:`_ASCII_SPAN_WORDS`."""
    return not text.isascii() or "do" in text or _may_hold(text, _ASCII_SPAN_WORDS)


# Kept per text (a pure test): a page's lines are asked again by the stamps, the
# header cut and htmldate's pruning (a third to a half of the calls on aeb).
@lru_cache(maxsize=4096)
def before_until(line: str, language: str | None = None) -> str:
    """What of *line* is not the day a thing lasts until (:data:`~.vocabulary.UNTIL_DATE`:
    an offer's, a video's availability, a registration's), never the page's: the line when
    it names none, what stands before a preposition of "until" ("14.03.2024 · Angebot
    gültig bis 20.03.2024"), nothing when the date stands before a postposition
    ("2024年3月14日まで", "14.03.2024 tarihine kadar": that date is the until's). A
    member's "since" ("Mitglied seit 14.03.2020") is cut as "until" is. *language*: the
    page's; given, a "do" is read as "until" only on a page of a language whose word it is.
    """
    if not _may_bound(line):
        return line  # (most lines: the pattern's every position tried costs more)
    for until in _SPAN_BOUND.finditer(line):
        if (
            language
            and until.group().strip(" :：") == "do"
            and language.split("-")[0].lower() not in _DO_UNTIL_LANGUAGES
        ):
            continue  # Dutch "do 14 mrt 2024" (donderdag): a day's name, not "until"
        return "" if until.group()[0].isdigit() else line[: until.start()]
    return line


# Kept per text (a pure test): a page's lines are asked again by the stamps, the
# header cut and htmldate's pruning (a third to a half of the calls on aeb).
@lru_cache(maxsize=4096)
def until_line(text: str) -> bool:
    """True when *text* names the day a thing lasts until and every year it holds is that
    day's, the date right after the word "until" or right before its postposition
    ("Kampanya 14.03.2024 tarihine kadar geçerlidir", "Offer valid until 14 March 2024"):
    it gives no date, however long it is. A line of another date ("14.03.2024 · gültig
    bis 20.03.2024", "Montag bis Freitag 9 Uhr · Stand: 5. Mai 2023") is not one. Nor
    does a member's "since" ("Member since 14 March 2020") give one."""
    until = _SPAN_BOUND.search(text) if _may_bound(text) else None
    if until is None:
        return False
    if until.group()[0].isdigit():  # the date before a postposition
        start, end = until.start() - MAX_ODD_STAMP_CHARS, until.end()
    else:
        start, end = until.end(), until.end() + MAX_ODD_STAMP_CHARS
    return all(start <= y.start() and y.end() <= end for y in YEAR_IN_TEXT.finditer(text))


#: A year of four figures, 1000 to 2099 (a life's span starts before 1970).
_ANY_YEAR = re.compile(r"(?<![\d,:])(?:1\d|20)\d\d(?![\d:])")
#: What joins the two dates of a span after the first one's year: a dash or a cross, marks
#: and spaces around it ("1931 – 5 May 2024", "1931; † 5. Mai 2024", "2024 - 15.03.2024").
_SPAN_JOIN = re.compile(r"[\s;,)]*[–—−†-]")


def date_span_line(text: str) -> bool:
    """True when *text* holds two years and no more, the first closing a date that a dash
    or a cross joins to the second's ("Anna Baker (12 June 1931 – 5 May 2024)", "Anna
    Becker (* 12. Juni 1931; † 5. Mai 2024)", "14.03.2024 - 15.03.2024"): a span's bounds
    (a life's, a run's), neither the page's day. A stamp and its update's date ("14 March
    2024, updated 15 March 2024") are joined by words, and dates a bar or a comma joins
    ("14.03.2024 | 15.03.2024") are not a span."""
    years = list(_ANY_YEAR.finditer(text))
    return len(years) == 2 and _SPAN_JOIN.match(text, years[0].end()) is not None


#: What may follow a stamp's date on its line: a time of day (a joining word before it, or
#: one or two short words before a time with its minutes, as other languages join it: "a
#: las 10:15", "alle ore 10:15", "в 10:15"; its unit or half of the day after it: "um
#: 10:15 Uhr", "8 pm", "20 h") and a zone's capitals ("CET", "GMT+1").
_STAMP_TAIL = re.compile(
    rf"\s*,?\s*(?:(?i:{TIME_JOINERS})\s+|(?:[^\W\d_]{{1,4}}\.?\s+){{1,2}}(?=\d{{1,2}}[:.h]\d\d))?"
    r"(?:\d{1,2}(?:[:.h]\d\d){0,2}\s*)?"
    r"(?:(?i:[ap]\.?\s?m\.?|uhr|hrs?|h)(?!\w))?"
    r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)?(?!\w))?"
)
#: The clause going on: a word after spaces and at most one comma (no bar, dash, full
#: stop or bracket between: those open another part of a meta row).
_CLAUSE_GOES_ON = re.compile(r"\s*,?\s*([^\W\d_])")
#: A year standing alone, in no date of figures ("Season 2024 opens on …", "Festival
#: 2024: …", not "11/2024", "2024-03-14").
_LONE_YEAR = re.compile(r"(?<![\w/.:-])(?:19|20)\d\d(?![\w/.-]|:\d)")


def clause_date_line(text: str) -> bool:
    """True when the first date of *text* (one element's short line) is a part of a clause
    about another thing, not a stamp: the clause goes on past the date and its time
    (:data:`_CLAUSE_GOES_ON`, a cased letter: "Concert: 5 May 2024, 8 pm, City Hall",
    "Open daily from 5 May 2024, 10 am to 6 pm", "said Smith on 5 May 2024 to the crowd",
    "Konzert: 5. Mai 2024, 20 Uhr, Stadthalle"), or a year standing alone comes before
    the date ("Season 2024 opens on 5 May 2024"). A stamp's date closes its line or its
    part of a meta row: a time, a zone, a bar, a dash or a full stop after it ("Von
    Christian am 03.05.2013, 11:51 | 0 Meinungen", "am 21/02/2021. Abgelegt unter"), or
    a byline's lead, a publication or modification label or another label and its colon
    going on ("Posted on 14 March 2024 by Anna", "14 March 2024, updated 15 March 2024",
    "Datum: 22.12.2012, Rubrik: USA"), a publication or modification label opening the
    line ("Posted on 14 March 2024 in News"), or one word closing it after the date or
    its time with no comma between, its year's or time's word ("14 марта 2024 года",
    "… a las 10:15 horas"). Text of uncased letters
    (Chinese, Japanese, Thai: "2024年3月14日 10:15 来源：…") is left alone."""
    if HAS_DIGIT.search(text) is None:
        return False
    local = LOCAL_DATE.search(text)
    if local is not None:
        start, end = local.span()
    else:
        found = split_labels(text)
        if not found or (start := text.find(found[0].raw)) < 0:
            return False
        end = start + len(found[0].raw)
    if _OPENING_LABEL.match(text) is not None:
        return False  # "Posted on 14 March 2024 in News": the line is a stamp by its label
    if _LONE_YEAR.search(text, 0, start) is not None:
        return True
    rest = text[end:]
    tail = _STAMP_TAIL.match(rest)
    joined = tail is not None and "," in tail.group()
    rest = rest[tail.end() :] if tail is not None else rest
    word = _CLAUSE_GOES_ON.match(rest)
    if word is None or word.group(1).lower() == word.group(1).upper():
        return False  # the line (or its part) ends; or letters of no case
    if not joined and _CLOSING_WORD.fullmatch(rest) is not None:
        return False  # a word of its year or time closing it ("14 марта 2024 года")
    after = rest[word.start(1) :]
    return not any(
        words.match(after) is not None
        for words in (
            BYLINE_LEAD,
            PUBLISHED_LABELS,
            PUBLICATION_VERBS,
            MODIFIED_LABELS,
            _NEXT_LABEL,
        )
    )


#: A publication or modification label opening a line ("Posted on …", "Veröffentlicht am
#: …", "Updated …"): what goes on past its date is the stamp's ("… in News").
_OPENING_LABEL = re.compile(
    rf"\s*(?:{PUBLISHED_LABELS.pattern}|{MODIFIED_LABELS.pattern}|{MODIFIED_WORDS}(?!\w))",
    re.IGNORECASE,
)
#: One word closing the line right after a date or its time, no comma between: the
#: year's or the time's own word in a language ("года", "horas", "uur"), not a clause.
_CLOSING_WORD = re.compile(r"\s*[^\W\d_]+\.?\s*")


#: What opens another part of a meta row after a comma: a label and its colon ("Datum:
#: 22.12.2012, Rubrik: USA"), or a modification label of English ("…, updated 15 March").
_NEXT_LABEL = re.compile(rf"(?:[^\W\d_]+\s*){{1,3}}[:：]|{MODIFIED_WORDS}(?!\w)", re.IGNORECASE)


def dated_part(parts: list[str]) -> bool:
    """True when a part after the first of a meta row is a date, and not the end of a
    range ("12.10. - 15.10.2023": the part before it ends with a figure)."""
    return any(
        is_date_line(part) and _RANGE_START.search(before) is None
        for before, part in pairwise(parts)
    )


#: Where a part of a meta row begins ("Von Anna Schmidt | Aktualisiert am …").
_PART_START = re.compile(r"\s[|•·–—]\s")


def modification_stamp(text: str | None) -> bool:
    """True for a short text led by a modification label, or a meta row whose part with
    a figure is one ("Von Anna Schmidt | Aktualisiert am 15.03.2024": no figure before
    it, the byline's words): htmldate, not told the label, would give its date as the
    publication day (a modification date never is one). Not a row with a date before the
    label ("14.03.2024 | Aktualisiert am …"): that date is the publication's."""
    if text is None:
        return False
    if len(text) <= MAX_ODD_STAMP_CHARS and _MODIFICATION_LEAD.match(text) is not None:
        return True
    if len(text) > MAX_STAMP_CHARS:
        return False
    for part in _PART_START.finditer(text):
        if HAS_DIGIT.search(text, 0, part.start()) is not None:
            return False
        if (
            len(text) - part.start() <= MAX_ODD_STAMP_CHARS
            and _MODIFICATION_LEAD.match(text, part.start()) is not None
        ):
            return True
    return False


#: A modification label ending the text before a date element ("Aktualisiert am <time>",
#: "<span>Updated</span> <time>"), with the words joining it to the date. Not "Stand:", as
#: in :data:`_MODIFICATION_LEAD`.
_MODIFICATION_BEFORE = re.compile(
    rf"(?!stand:)(?:(?<!\w){MODIFIED_WORDS}(?!\w)|{MODIFIED_LABELS.pattern})"
    rf"[\s:–—-]*(?:(?:{JOINER_WORDS}|at)(?!\w))?[\s:–—-]*$",
    re.IGNORECASE,
)


def after_modification_label(element: HtmlElement) -> bool:
    """True when the text just before *element* in its parent ends with a modification
    label: the date the element holds is the update's, not the publication's, whatever
    the element is (a ``<time>``, a span with a stamp)."""
    previous = element.getprevious()
    if previous is None:
        parent = element.getparent()
        before = (parent.text or "") if parent is not None else ""
    else:
        before = previous.tail or ""
        if not before.strip() and not len(previous):
            before = previous.text or ""  # "<span>Updated</span> <time>…"
    before = before[-60:]
    return (
        _may_hold(before, _ASCII_BEFORE_WORDS) and _MODIFICATION_BEFORE.search(before) is not None
    )


def modified_marked(element: HtmlElement) -> bool:
    """The element's class or id names an update, or a modification label precedes it:
    the dates of its lines are the update's."""
    return has_fragment(marker_of(element), MODIFIED) or after_modification_label(element)


#: A link's address naming a file, by its extension (a document, a sheet, a slide deck,
#: an archive, a recording), before any query or fragment.
_FILE_LINK = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|zip|epub|mp3|mp4|m4a|wav)(?:[?#]|$)",
    re.IGNORECASE,
)


def file_link(element: HtmlElement) -> bool:
    """True for a link to a file (:data:`_FILE_LINK`): its text names the file, and a date
    in it ("Bericht (PDF, 12.03.2024)") is the file's, not the page's."""
    return element.tag == "a" and _FILE_LINK.search(element.get("href") or "") is not None


def in_file_link(element: HtmlElement, short: ShortTexts) -> bool:
    """True when *element*'s dated text is a file link's (:func:`file_link`): it lies in
    one, or it holds one whose text has every figure of its own ("<li><a
    href='….pdf'>Minutes, 12.03.2024</a></li>"; not a stamp beside a "PDF" link)."""
    if any(file_link(a) for a in (element, *islice(element.iterancestors(), 3))):
        return True
    text = short.text(element) or ""
    for link in element.iter("a"):
        if file_link(link) and HAS_DIGIT.search(inner := short.text(link) or "") is not None:
            return HAS_DIGIT.search(text.replace(inner, "")) is None
    return False


def marker_of(element: HtmlElement) -> str:
    """Lower-cased class and id of an element (the vocabulary is matched against it)."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def fragment_branches(fragments: tuple[str, ...], underscore: tuple[str, ...] = ()) -> list[str]:
    """The branches of :func:`_fragment_pattern`: *fragments* as written, *underscore*
    with each "-" matching "_" too ("post-meta" matches "post_meta"). A fragment holding
    another one without a dash ("dateline" holds "date", "post-meta" holds "meta") is left
    out: it matches only where that one does, and the pattern is only asked whether any
    matches (each branch left out is one less tried at every position of a search)."""
    plain = [f for f in (*fragments, *underscore) if "-" not in f]

    def needed(fragment: str) -> bool:
        return not any(other != fragment and other in fragment for other in plain)

    branches = [re.escape(f) for f in fragments if needed(f)]
    branches += [re.escape(f).replace("\\-", "[-_]") for f in underscore if needed(f)]
    return branches


def _fragment_pattern(
    fragments: tuple[str, ...], underscore: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """One pattern for fragment lists, any of :func:`fragment_branches`, the branches
    opening with the same letter written as one ("p(?:ublish|osted)"): the engine tries
    at a position only the branches of the letter standing there (it tried each in turn;
    a branch opening with an escape or a class stays as it is). The pattern is only asked
    whether any branch matches, and where one does, so does the pattern."""
    groups: dict[str, list[str]] = {}
    for branch in fragment_branches(fragments, underscore):
        if branch[0].isalnum():
            groups.setdefault(branch[0], []).append(branch[1:])
        else:
            groups[branch] = [""]
    return re.compile(
        "|".join(
            f"{first}(?:{'|'.join(rests)})" if len(rests) > 1 else first + rests[0]
            for first, rests in groups.items()
        )
    )


_FOREIGN = _fragment_pattern(FOREIGN_FRAGMENTS)
_NAVIGATION = _fragment_pattern(NAVIGATION_FRAGMENTS)
_SCREEN_READER = _fragment_pattern(SCREEN_READER_FRAGMENTS)
STAMP = _fragment_pattern(STAMP_FRAGMENTS)
PUBLISH = _fragment_pattern(PUBLISH_FRAGMENTS)
MODIFIED = _fragment_pattern(MODIFIED_FRAGMENTS)
BODY = _fragment_pattern(BODY_FRAGMENTS)
_POST_META = _fragment_pattern((), underscore=POST_META_FRAGMENTS)
_POST_FOOTER = _fragment_pattern((), underscore=POST_FOOTER_FRAGMENTS)
BYLINE = _fragment_pattern(BYLINE_FRAGMENTS)
#: Any of the stamp, post-meta and post-footer fragments: one search passes over the
#: elements (most of a page) that none of the three marks, in the whole-tree stamp walk.
_STAMP_AREA = _fragment_pattern(
    STAMP_FRAGMENTS, underscore=POST_META_FRAGMENTS + POST_FOOTER_FRAGMENTS
)


def has_fragment(marker: str, pattern: re.Pattern[str]) -> bool:
    """True when the marker (class and id, lower case) holds one of the pattern's fragments."""
    return len(marker) > 1 and pattern.search(marker) is not None  # " ": no class, no id


# The two tests below read most elements' markers, and a page repeats its class names:
# their verdicts are cached (a compiled pattern hashes slowly: it is no cache key).


@lru_cache(maxsize=8192)
def foreign_named(marker: str) -> bool:
    """A marker naming a sidebar, footer, comment or related-links block."""
    return has_fragment(marker, _FOREIGN)


#: Flags of a class or id value, read by the whole-page pass of ``_Collector.collect``:
#: it names a stamp area (:func:`stamp_area_named`), it names a calendar or clock icon
#: (:func:`is_date_icon`).
AREA_NAMED, ICON_NAMED = 1, 2
#: Those flags by raw value. Every element's class is asked: a dict's ``get`` costs less
#: than an ``lru_cache`` call. Emptied when it reaches _NAME_FLAGS_MAX values: room for
#: the classes, ids and markers of a few sites' pages (the 181 pages of the aeb set hold
#: 16,500 classes and 6,000 ids; emptied at 8,192, a pass over them read 11,000 values
#: again that it had read before), a few MB at most.
NAME_FLAGS: dict[str, int] = {}
_NAME_FLAGS_MAX = 32768


def name_flags(value: str) -> int:
    """The flags of a class or id value (not cached yet): a stamp, post-meta or
    post-footer fragment, and "calendar" or "clock", in any case."""
    low = value.lower()
    flags = AREA_NAMED if _STAMP_AREA.search(low) is not None else 0
    if "calendar" in low or "clock" in low:
        flags |= ICON_NAMED
    if len(NAME_FLAGS) >= _NAME_FLAGS_MAX:
        NAME_FLAGS.clear()
    NAME_FLAGS[value] = flags
    return flags


def cached_flags(value: str) -> int:
    """:func:`name_flags`, cached."""
    flags = NAME_FLAGS.get(value)
    return name_flags(value) if flags is None else flags


def stamp_area_named(name: str) -> bool:
    """A class or id (or a marker, the two together) with a stamp, post-meta or
    post-footer fragment, in any case (its flags, cached with the class flags
    ``collect`` reads). No fragment holds a space: a marker has one when its class or
    its id has one, and the whole-tree stamp walk asks each of the two on its own (a
    class recurs on a page, an id seldom does: a marker is most often new, its class
    seldom), without building the marker."""
    return bool(cached_flags(name) & AREA_NAMED)


def icon_source(src: str | None) -> bool:
    """An icon's ``src`` naming a calendar or a clock (the other half of
    :func:`is_date_icon`: neither word holds the space that joins the two)."""
    if not src:
        return False
    low = src.lower()
    return "calendar" in low or "clock" in low


def is_date_icon(element: HtmlElement) -> bool:
    """A calendar or clock icon (an ``<i class="fa-calendar">``, an ``<img src="clock.png">``)."""
    value = f"{element.get('class') or ''} {element.get('src') or ''}".lower()
    return "calendar" in value or "clock" in value


def is_post_meta(marker: str) -> bool:
    """A post's own meta line ("entry-meta", "post_meta", "postmetadata")."""
    return has_fragment(marker, _POST_META)


def is_post_footer(marker: str) -> bool:
    """A post's own footer ("entry-footer", "post_footer", "asset-footer")."""
    return has_fragment(marker, _POST_FOOTER)


def is_foreign(
    element: HtmlElement, frame: frozenset[HtmlElement] = frozenset(), own_article: bool = False
) -> bool:
    """True when the element sits in a sidebar, footer, comment or related-links block,
    or in a ``<template>`` (markup never shown, :data:`INERT_TAGS`).

    ``frame`` holds the headline's ancestors: a container that holds the headline is the
    page's main frame whatever its class says ("layout-with-sidebar"), so the walk stops there.
    With ``own_article`` (the headline sits in an ``<article>``), any other ``<article>`` is
    another story's (a teaser, a comment) and foreign too.
    """
    node: HtmlElement | None = element
    while node is not None:
        own = own_foreign(node, frame, own_article)
        if own is not None:
            return own
        node = node.getparent()
    return False


def own_foreign(
    node: HtmlElement, frame: frozenset[HtmlElement], own_article: bool
) -> bool | None:
    """What the node's own tag and class say (see :func:`is_foreign`): True (foreign),
    False (the main frame or the document root) or None (as its parent)."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in FOREIGN_TAGS or tag in INERT_TAGS or tag in QUOTED_TAGS:
        return True
    if tag in ("body", "html") or node in frame:
        return False
    if own_article and tag == "article":
        return True
    marker = marker_of(node)
    if (
        tag not in ("article", "main")
        and foreign_named(marker)
        and not is_post_meta(marker)
        and not is_post_footer(marker)
    ):
        return True
    return None


#: Attributes that name what an element is in a script framework's markup, whose class
#: names are hashed ("sc-1x2y3z"): its test id and component name (read for a breadcrumb
#: trail, :data:`_NAMING_ATTRIBUTES`, and a byline, ``meta_bylines``).
FRAMEWORK_NAMES = ("data-testid", "data-component")
#: Attributes besides class and id that name what an element is, read for a breadcrumb
#: trail: an ARIA label, a microdata type (``schema.org/BreadcrumbList``) and the test id
#: or component name a script framework's markup carries in place of a class that says it
#: (``data-testid="BreadcrumbArea"`` among utility classes, "text-10 font-bold").
_NAMING_ATTRIBUTES = ("aria-label", "itemtype", *FRAMEWORK_NAMES)


def in_navigation(element: HtmlElement) -> bool:
    """True when a heading belongs to navigation: a ``<nav>``/``<aside>``/``<footer>``,
    a breadcrumb trail (class or id, or another attribute naming it:
    :data:`_NAMING_ATTRIBUTES`), or the trail's current item (``aria-current``), where
    many CMSs echo the SEO headline in an ``<h1>`` above the displayed one."""
    for node in (element, *element.iterancestors()):
        if node.tag in FOREIGN_TAGS or node.get("aria-current") is not None:
            return True
        if names_trail(node) or (node.tag == "li" and trail_end(node)):
            return True
    # A trail of no list (its items spans, divs or bare links, the heading last): the
    # heading, or a wrapper holding it alone, ends it. (A wrapper showing text beside its
    # child is told without reading its whole text: a box of thousands of headings, each
    # asking, read the box's whole text each time.)
    text = element_text(element)
    child = None
    for node in (element, *element.iterancestors()):
        if node.tag == "li" or (
            child is not None and (_shows_beside(node, child) or element_text(node) != text)
        ):
            break
        if trail_end(node):
            return True
        child = node
    return False


def _shows_beside(node: HtmlElement, child: HtmlElement) -> bool:
    """True when *node* shows text beside its child *child* (its own text, a tail, another
    child's visible text): read up to the first such text only. False leaves it open
    (scripts, comments and line breaks are not asked)."""
    if node.text and text_lines(node.text):
        return True
    for other in node:
        if (tail := other.tail) and text_lines(tail):
            return True
        tag = other.tag
        if (
            other is not child
            and isinstance(tag, str)
            and tag not in SKIP_TAGS
            and tag != "br"
            and not is_bare_reading(other, tag)
            and text_reaches(other, 1)
        ):
            return True
    return False


#: What stands between a breadcrumb trail's items ("Home › Politik", "Home / Politik").
_TRAIL_MARKS = re.compile(r"[\s›»>/|·•→:-]+")


#: Fewest items before the heading of a trail that no list holds (home and a section):
#: one link before a heading is as often the logo over the story.
TRAIL_MIN_LINKS = 2


def trail_end(item: HtmlElement) -> bool:
    """True when the list item *item* ends a breadcrumb trail that nothing names (its
    class words unfamiliar, no ``<nav>`` around it): the last item of its list, after
    items that are each one link and nothing else (marks between them aside), the first
    leading to the site's home ("/"; that one may be an icon with no text). A story's
    heading in such an item is the trail's echo of the SEO headline. A list of other
    items (a listicle's points, teasers with their text) ends no trail. An *item* of
    another tag (a trail of spans or bare links in a ``div``, the ``<h1>`` last, as a
    ``<nav>`` made a div shows it) ends one after :data:`TRAIL_MIN_LINKS` or more such
    items, all of one tag, each with text (a logo's link then a heading is no trail)."""
    if item.getnext() is not None:
        return False
    before = [s for s in item.itersiblings(preceding=True) if isinstance(s.tag, str)]
    if not before:
        return False
    listed = item.tag == "li"
    if not listed and (len(before) < TRAIL_MIN_LINKS or len({s.tag for s in before}) > 1):
        return False
    for place, sibling in enumerate(reversed(before)):
        if listed and sibling.tag != "li":
            return False
        links = [a for a in sibling.iter("a") if a.get("href") is not None]
        text = _TRAIL_MARKS.sub("", element_text(sibling))
        if (
            not links
            # (a list's first item may be a home icon, a link with no text)
            or not (text or (listed and place == 0))
            or text != _TRAIL_MARKS.sub("", "".join(map(element_text, links)))
        ):
            return False
        home = (links[0].get("href") or "").strip()
        if place == 0 and (
            not home or home.startswith("#") or split_url(home).path not in ("", "/")
        ):
            return False
    return True


def names_trail(node: HtmlElement) -> bool:
    """True when *node* is named a breadcrumb trail (:data:`~.vocabulary.NAVIGATION_FRAGMENTS`)
    by its class or id, or by another attribute naming it (:data:`_NAMING_ATTRIBUTES`)."""
    if has_fragment(marker_of(node), _NAVIGATION):
        return True
    named = " ".join(v for a in _NAMING_ATTRIBUTES if (v := node.get(a)))
    return bool(named) and _NAVIGATION.search(named.lower()) is not None


def _screen_reader_only(element: HtmlElement) -> bool:
    """True when *element*'s class marks text shown to screen readers only."""
    return (
        isinstance(element.tag, str)
        and bool(element.get("class"))
        and has_fragment(marker_of(element), _SCREEN_READER)
    )


def heading_text(heading: HtmlElement) -> str:
    """The text of *heading* (:func:`~.html.element_text`) without a ``<small>`` child that
    closes or opens it: the display form ``<h1>Budget passed <small>What changes for
    schools</small></h1>`` sets a subtitle (or, first, a kicker) in a smaller type beside
    the headline. A ``<small>`` with heading text on both sides is part of the line
    ("Prices up <small>by</small> 5%") and stays; so does one that is all of it. Text
    shown to screen readers only (:data:`~.vocabulary.SCREEN_READER_FRAGMENTS`: "<span
    class='sr-only'>Article:</span>") is left out too, unless it is all there is."""
    if any(_screen_reader_only(e) for e in heading.iterdescendants()):
        seen = copy.deepcopy(heading)
        seen.tail = None
        for element in [e for e in seen.iterdescendants() if _screen_reader_only(e)]:
            element.drop_tree()  # (its tail, shown text, stays)
        if element_text(seen):
            return heading_text(seen)
    text = element_text(heading)
    children = [c for c in heading if isinstance(c.tag, str)]
    if not children:
        return text
    first, last = children[0], children[-1]
    if last.tag == "small" and not (last.tail or "").strip():
        shown = element_text(last)
        if shown and text.endswith(shown) and (head := text[: -len(shown)].strip()):
            return head
    if first.tag == "small" and not (heading.text or "").strip():
        shown = element_text(first)
        if shown and text.startswith(shown) and (rest := text[len(shown) :].strip()):
            return rest
    return text


def story_headings(root: HtmlElement) -> Iterator[str]:
    """The texts of the page's ``<h1>``/``<h2>`` headings outside navigation
    (:func:`heading_text`: without a ``<small>`` subtitle), in page order (read lazily:
    the headline choice stops at the first that states a source)."""
    for heading in root.iter("h1", "h2"):
        if not in_navigation(heading) and (text := heading_text(heading)):
            yield text


#: The data attributes in which a script-rendered stamp keeps its time (a Unix time in
#: seconds or milliseconds, or an ISO date) while its text says "2 hours ago" or is
#: left empty for the script to fill: ``<span class="date" data-timestamp="1710411300">``
#: (a word list: the common spellings of "time", "date", "timestamp", "published" in
#: such attribute names; a modification's, a sort key's, a server's are not among them).
TIME_ATTRIBUTES = (
    "data-timestamp",
    "data-time",
    "data-date",
    "data-datetime",
    "data-ts",
    "data-utime",
    "data-epoch",
    "data-unixtime",
    "data-utcdatetime",
    "data-published",
    "data-publish-date",
    "data-published-at",
    "data-pubdate",
)
#: Such a value: a Unix time (:func:`~.jsonld.epoch_date` reads it as UTC) or an ISO date.
TIME_ATTRIBUTE_VALUE = re.compile(
    r"1\d{9}(?:\d{3})?|(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)


def time_attribute(element: HtmlElement) -> str | None:
    """The time *element* keeps in its first :data:`TIME_ATTRIBUTES` attribute, when that
    value is a Unix time or an ISO date (:data:`TIME_ATTRIBUTE_VALUE`); else None."""
    value = next(
        (v.strip() for name in TIME_ATTRIBUTES if (v := element.get(name)) is not None), ""
    )
    return value if TIME_ATTRIBUTE_VALUE.fullmatch(value) else None
