"""The page as metadata reads it: one pass collecting its parts, its frame, its headline.

:class:`PageParts` is the first layer of the metadata collector: it collects scripts,
metas, links, time elements and itemprops in one pass, finds the story's frame and
header area from the headline, and adds date candidates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.headlines import (
    key_words,
    names_site_wholly,
    unescaped,
    without_title_suffix,
    word_set,
)
from newscrawl.extraction.html import (
    ShortTexts,
    element_text,
    host_of,
    lies_in,
    shows_all_text,
    split_url,
    text_reaches,
)
from newscrawl.extraction.images import LogoSources
from newscrawl.extraction.jsonld import absolute, clean, from_java_date
from newscrawl.extraction.meta_record import CONFIDENCE, Candidate
from newscrawl.extraction.relative import holds_relative_word
from newscrawl.extraction.stamp_names import (
    AREA_NAMED,
    BODY,
    HAS_DIGIT,
    ICON_NAMED,
    MAX_STAMP_CHARS,
    NAME_FLAGS,
    cached_flags,
    foreign_named,
    has_fragment,
    icon_source,
    in_navigation,
    is_foreign,
    marker_of,
    name_flags,
    own_foreign,
)
from newscrawl.extraction.vocabulary import (
    FOREIGN_TAGS,
    HEADING_TAGS,
    ICON_TAGS,
    LABEL_TAGS,
    QUOTED_TAGS,
    SKIP_TEXT_TAGS,
)

#: Fewest characters of a found story whose containers are the page's main frame: a
#: story's text, not a teaser's.
MIN_FRAME_STORY_CHARS = 1000


def _story_frame(story: HtmlElement) -> bool:
    """True when the found *story* is one whose containers frame the page: long
    (:data:`MIN_FRAME_STORY_CHARS`), and in no list (a list's item is a teaser, a post,
    whichever way the block model took it)."""
    if any(a.tag in ("li", "ul", "ol") for a in story.iterancestors()):
        return False
    return text_reaches(story, MIN_FRAME_STORY_CHARS)


#: Longest post-meta text read for a dated sentence.
MAX_POST_META_CHARS = 400

#: Share of an ``<h1>``'s words found in the page title for it to be the headline.
TITLE_MATCH_SHARE = 0.5
#: Fewest words of a lower heading taken as the headline of a page without an ``<h1>``.
TITLE_HEADING_WORDS = 3
#: Share of a stated title's words a heading holds for it to state the title with more
#: words of its own (a kicker set before the headline in the same heading).
TITLE_HELD_SHARE = 0.8
#: Most words of such a heading, in multiples of the title's words.
TITLE_HELD_SPAN = 3
#: Links of a heading looked at for a link home, at most.
MAX_HEADING_LINKS = 3
#: Longest text of a line that states the page's title (a headline set as a line).
TITLE_LINE_MAX_CHARS = 300

#: XPath's ``translate(@type, 'JSONLD', 'jsonld')``.
_JSONLD_CASE = str.maketrans("JSONLD", "jsonld")

#: The tags whose elements :meth:`PageParts.collect` reads (besides itemprops): its own
#: parts, and the ``<img>`` sources a page's logo may be (:class:`~.images.LogoSources`).
_PART_TAGS = frozenset({"meta", "script", "link", "time", "img", "a"})

_ANCHORS = etree.XPath(
    "//article | //*[@itemprop='articleBody'] | //div[@class] | //section[@class]"
)


#: A word's character (a letter or digit of any script).
_WORD_CHAR = re.compile(r"[^\W_]")


def cut_at_quote(element: HtmlElement) -> bool:
    """True when *element*'s ``content`` was cut short at a quote mark its page left
    unescaped inside it (``content="Sieger und "royaler Besuch""``, ``content='Don't …'``):
    the parser ends the value at that mark and reads the words after it as attributes,
    the last of them named with the closing mark ("besuch\"", "yes\"\""). No attribute's
    name holds a quote mark otherwise: what the value states is only its opening words.
    A stray mark after a whole value (``content="Budget" ">``) is an attribute of the
    mark alone, no word: the value stands."""
    return any(('"' in name or "'" in name) and _WORD_CHAR.search(name) for name in element.attrib)


def links_home(heading: HtmlElement, url: str) -> bool:
    """True when *heading* is a link to the site's home page or holds one (``<a
    href="/"><h1>Site</h1></a>``, ``<h1><a href="https://site.example/">``)."""
    links = next(heading.iterancestors("a"), None)
    host = host_of(url)
    for count, link in enumerate([links] if links is not None else heading.iter("a")):
        if count >= MAX_HEADING_LINKS:
            break
        target = absolute(url, link.get("href")) or ""
        parts = split_url(target)  # a malformed URL links nowhere: no host, no path
        if host_of(target) == host and parts.path in ("", "/") and not parts.query:
            return True
    return False


def states_title(text: str, titles: Sequence[str], fewest: int = 1) -> bool:
    """True when the heading *text* (:data:`TITLE_HEADING_WORDS` words or *fewest*, the
    more) agrees by its words with one of the page's stated *titles*: its words are
    mostly the title's (:data:`TITLE_MATCH_SHARE`; the title may add its site's name), or
    it holds most of the title's words (:data:`TITLE_HELD_SHARE`, a title of
    :data:`TITLE_HEADING_WORDS` words or more) and not many more
    (:data:`TITLE_HELD_SPAN`): a kicker set in the headline's heading before it ("US team
    keeps improving / German aggressor impresses, France struggles" under the ``og:title``
    of the second line alone)."""
    words = word_set(text)
    if len(words) < fewest:
        return False
    for title in titles:
        title_words = word_set(title)
        shared = len(words & title_words)
        if shared > TITLE_MATCH_SHARE * len(words):
            return True
        if (
            len(title_words) >= TITLE_HEADING_WORDS
            and shared >= TITLE_HELD_SHARE * len(title_words)
            and len(words) <= TITLE_HELD_SPAN * len(title_words)
        ):
            return True
    return False


def _title_match(headlines: list[HtmlElement], title: str) -> HtmlElement | None:
    """The ``<h1>`` whose words are mostly the page title's (a site's logo or section name
    in an ``<h1>`` shares few), or None when none does; the first of the best."""
    title_words = word_set(title)
    if len(headlines) < 2 or not title_words:
        return None
    best, best_share = None, TITLE_MATCH_SHARE
    for headline in headlines:
        words = word_set(element_text(headline))
        share = len(words & title_words) / len(words) if words else 0.0
        if share > best_share:
            best, best_share = headline, share
    return best


#: How many of the story's paragraphs of running text are read for stamps from its start
#: (a byline and its stamp may follow a lead paragraph or two, and a picture).
STAMP_PARAGRAPHS = 3
#: How many elements after the story's end (in page order) are read for stamps: a closing
#: line follows the story closely, below a share bar or the tags at most.
AFTER_STORY_ELEMENTS = 50


def _running(paragraph: HtmlElement) -> bool:
    """True when *paragraph* is one of running text: its text (lxml's, hidden parts too,
    whitespace runs collapsed) is longer than any stamp line read
    (:data:`~.stamp_names.MAX_STAMP_CHARS`)."""
    text = paragraph.text_content()
    return len(text) > MAX_STAMP_CHARS and len(" ".join(text.split())) > MAX_STAMP_CHARS


def story_middle(story: HtmlElement | None) -> tuple[HtmlElement, HtmlElement] | None:
    """Where the *story*'s middle starts and ends in page order: at its paragraph of running
    text (:func:`_running`) after the first :data:`STAMP_PARAGRAPHS`, and at its last
    one. None for a story of fewer such paragraphs (no middle). The page's stamp stands
    above the story's text, beside its first paragraphs, or in a closing line after its
    last; a date amid its running text is the story's own (an event's, a quoted post's,
    a related link's), so the header area, when it holds the whole story, is not read
    for stamps there: reading each element of a long story's text cost as much as the
    rest of the stamp reading."""
    if story is None:
        return None
    running = [p for p in story.iter("p") if _running(p)]
    if len(running) < STAMP_PARAGRAPHS + 2:
        return None
    return running[STAMP_PARAGRAPHS], running[-1]


def _last_element(story: HtmlElement) -> HtmlElement:
    """The *story*'s last element in page order (itself when it holds none)."""
    node = story
    while (last := next(node.iterchildren(etree.Element, reversed=True), None)) is not None:
        node = last
    return node


class StoryMiddle:
    """Whether the elements a walk meets in page order lie in the story's middle
    (:func:`story_middle`): from its start, up to (not including) its end; or far after
    the story (past :data:`AFTER_STORY_ELEMENTS` elements after its last one: another
    story's, a comment's, the site's footer, a closing line never stands so far). The
    walk asks of every element it meets, in page order, those it leaves out too."""

    def __init__(self, story: HtmlElement | None) -> None:
        bounds = story_middle(story)
        self.start: HtmlElement | None = bounds[0] if bounds is not None else None
        self.end: HtmlElement | None = bounds[1] if bounds is not None else None
        self.last = _last_element(story) if story is not None else None
        self.inside = False
        #: How many elements the walk met after the story's last one (None: not yet there).
        self.after: int | None = None

    def holds(self, element: HtmlElement) -> bool:
        """True when *element*, the walk's next one, lies in the middle or far after."""
        if self.after is not None:
            self.after += 1
            return self.after > AFTER_STORY_ELEMENTS
        if element is self.start:
            self.inside = True
        elif element is self.end:
            self.inside = False
        if element is self.last:
            self.after = 0
        return self.inside

    def pass_over(self, root: HtmlElement) -> None:
        """The walk leaves *root*'s subtree unread: a bound of the middle in it is passed
        all the same, and so is the story's end."""
        for bound in (self.start, self.end):  # (the start comes first in page order)
            if bound is not None and (bound is root or lies_in(bound, root)):
                self.inside = bound is self.start
        last = self.last
        if self.after is None and last is not None and (last is root or lies_in(last, root)):
            self.after = 0


@dataclass(frozen=True, slots=True)
class _HeaderPath:
    """What lies between an element of the headline's header area and the area: a foreign
    list (``listed``), a foreign-named container (``named``), a list item, list or
    ``<article>`` (``in_list``)."""

    listed: bool = False
    named: bool = False
    in_list: bool = False


class PageParts:
    """First layer of the collector: the page's parts, frame, headline and candidates."""

    def __init__(self, root: HtmlElement, url: str) -> None:
        self.root = root.getroottree().getroot()
        self.url = url
        self.meta: dict[str, str] = {}
        #: Every value of ``<meta name="author">``, in page order: a page may state it
        #: twice, the publication first and the writer after it.
        self.author_metas: list[str] = []
        self.links: dict[str, str] = {}
        self.article: dict[str, Any] | None = None
        self.published: list[Candidate] = []
        self.modified: list[Candidate] = []
        self.times: list[HtmlElement] = []
        self.itemprops: list[HtmlElement] = []
        #: The page's links with a ``rel`` attribute, in page order (read by :meth:`collect`).
        self.rel_links: list[HtmlElement] = []
        self.scripts: list[str] = []
        #: Where the page names its logo (:class:`~.images.LogoSources`), read by
        #: :meth:`collect` and :meth:`Sources.jsonld`; the texts of the JSON-LD scripts
        #: whose logos it holds (:func:`~.images.is_jsonld_script`).
        self.logos = LogoSources()
        self.logo_scripts: set[str] = set()
        #: The texts of the page's other scripts (a framework's state, a variable, code):
        #: :meth:`Sources.script_data` reads those that may name a publication day.
        self.data_scripts: list[str] = []
        self.seen: set[tuple[str, str, str]] = set()
        self.headline: HtmlElement | None = None
        self.frame: frozenset[HtmlElement] = frozenset()
        self.own_article = False
        self.footers: set[HtmlElement] = set()
        self.foreign_memo: dict[HtmlElement, bool] = {}
        self.jsonld_types: set[str] = set()
        self.labels: list[HtmlElement] = []
        #: The elements the whole-tree stamp walk may yield, in page order (see collect).
        self.marked: list[HtmlElement] = []
        self.story: HtmlElement | None = None
        #: The elements before the story's first paragraph (read once, when first asked).
        self._preceding: frozenset[HtmlElement] | dict[HtmlElement, HtmlElement | None] | None = (
            None
        )
        #: Per element of the path to that paragraph, its children before the path's.
        self._earlier: dict[HtmlElement, frozenset[HtmlElement]] = {}
        #: Elements of the headline's header area (read for stamps first), and the raw
        #: publication stamps read in them.
        self.header_area: set[HtmlElement] = set()
        self.header_parent: HtmlElement | None = None
        #: The header area's top container (the headline's <article> or wrapper).
        self.header_top: HtmlElement | None = None
        #: Readers' replies below the story in the header area (see ``_in_reply``).
        self.replies: set[HtmlElement] = set()
        #: Shown length of the text of the blocks ``_in_reply`` read, each read once.
        self.block_chars: dict[HtmlElement, int] = {}
        self.header_stamps: set[str] = set()
        #: Elements asked by :meth:`_repeated`: whether a sibling has their tag and class
        #: (the elements of a stamp's line share their containers: each is read once), and
        #: per parent of theirs, how many of its children have each tag and class.
        self.twinned: dict[HtmlElement, bool] = {}
        #: The headline's containers (read once, when first asked).
        self.headline_holders: frozenset[HtmlElement] | None = None
        self.sibling_kinds: dict[HtmlElement | None, Counter[tuple[object, str | None]]] = {}
        #: Elements asked by :meth:`listed`: whether they are a list's dated entries.
        self.entries: dict[HtmlElement, bool] = {}
        #: Texts of the elements read for stamps, labels and itemprops: none of those
        #: reads a longer text, and each element's text is built once (deep pages).
        self.short = ShortTexts(MAX_POST_META_CHARS)
        #: The page's language tag (:meth:`page_language`), once the metas are read.
        self.language: str | None = None

    def foreign(self, element: HtmlElement) -> bool:
        """:func:`is_foreign` with the page's main frame (memoised per element: an element
        is foreign by its own tag or class, else as its parent is)."""
        memo = self.foreign_memo
        path: list[HtmlElement] = []
        node: HtmlElement | None = element
        verdict = False
        while node is not None:
            known = memo.get(node)
            if known is not None:
                verdict = known
                break
            own = own_foreign(node, self.frame, self.own_article)
            if own is not None:
                memo[node] = verdict = own
                break
            path.append(node)
            node = node.getparent()
        for walked in path:
            memo[walked] = verdict
        return verdict

    def header_elements(
        self, area: HtmlElement, middle: StoryMiddle
    ) -> Iterator[tuple[HtmlElement, str]]:
        """The text elements of the headline's header area, in document order, with their
        markers, less those in a foreign list (comments, teasers: a foreign container that
        is or lies in a list item or another ``<article>``). A lone foreign-sounding
        wrapper of the stamp itself ("ArticleHeaderComment_publishDate": the header of an
        opinion piece) is not one. Less the subtrees that show no figure either (most of a
        header: the headline, a kicker, a lead, a picture): every text in them is a part
        of their root's, and no stamp is read from a text without a figure. Less the
        elements in the story's *middle* (:func:`story_middle`), the area holding it."""
        # Read top-down: the path from an element up to the area (the area left out) is its
        # parent's path and the element, so each element costs one step, not its depth.
        # None: in a subtree left out for showing no figure.
        paths: dict[HtmlElement, _HeaderPath | None] = {}
        area_foreign: bool | None = None
        for element in area.iter(etree.Element):
            amid = middle.holds(element)
            if element is area:
                above = None
            elif (above := paths[element.getparent()]) is None:
                paths[element] = None
                continue
            tag = element.tag
            name, ident = element.get("class"), element.get("id")
            # marker_of, its attributes read once; most elements of a header have neither.
            marker = f"{name or ''} {ident or ''}".lower() if name or ident else " "
            if above is None:
                path = _HeaderPath()
            else:
                named = marker != " " and foreign_named(marker)
                in_list = above.in_list or tag in ("li", "ul", "ol", "article")
                listed = (
                    # Another story's article beside the headline's own, a list holding a
                    # foreign-named container, or a quotation (an embedded post).
                    above.listed
                    or (tag == "article" and self.own_article)
                    or (named and in_list)
                    or tag in QUOTED_TAGS
                )
                if listed == above.listed and in_list == above.in_list and not named:
                    path = above  # most elements: nothing new between them and their parent
                else:
                    path = _HeaderPath(listed, above.named or named, in_list)
            paths[element] = path
            if tag in SKIP_TEXT_TAGS or amid:
                continue
            if (path.listed or path.named) and self.foreign(element):
                if path.listed:
                    continue
                if area_foreign is None:
                    area_foreign = self.foreign(area)
                if area_foreign:
                    continue
            text = self.short.text(element)
            if (
                text is not None
                and HAS_DIGIT.search(text) is None
                # (the cheaper test first: a search of the text's subtree, or none)
                and shows_all_text(element)
                # (nor a relative stamp without one: "gestern", "vor einer Stunde")
                and not holds_relative_word(text, self.language)
            ):
                paths[element] = None
                continue
            yield element, marker

    def find_frame(self, story: HtmlElement | None = None) -> None:
        """The headline (the ``<h1>`` outside sidebars that matches the page title, else the
        first) and the main frame: the ancestors of the headline and of the story element,
        else the story element and its ancestors, else the ancestors of the first article /
        article-body container."""
        self.story = story
        # collect's marked elements hold every heading, in page order.
        headlines = [e for e in self.marked if e.tag == "h1"]
        own_h1 = [h for h in headlines if not is_foreign(h)]
        matched = _title_match(own_h1, self._page_title())
        self.headline = matched if matched is not None else next(iter(own_h1), None)
        if self.headline is None:
            # A lone <h1> is the headline even when a class calls its container a
            # "comment" (an opinion piece) — unless it sits in an aside, footer or nav.
            own = [
                h for h in headlines if not any(a.tag in FOREIGN_TAGS for a in h.iterancestors())
            ]
            if len(own) == 1:
                self.headline = own[0]
        if self.headline is not None and self._chrome_heading(self.headline):
            # The <h1> is the site's logo or name, or navigation's copy of the title: the
            # headline is the heading that states the page's title, when one does.
            stated = self._stated_heading(self.headline)
            if stated is not None:
                self.headline = stated
        anchor = self.headline
        if anchor is None and story is not None:
            self.frame = frozenset((story, *story.iterancestors()))
            # A page without an <h1> shows its headline as a lower heading: the one that
            # states the page's title is the headline whose header area holds the stamp.
            heading = self._title_heading()
            if heading is None:
                heading = self._title_line(story)
            if heading is None:
                return
            self.headline = heading
            self.frame |= frozenset(heading.iterancestors())
            self.foreign_memo.clear()  # verdicts read before the frame grew
            self.own_article = any(a.tag == "article" for a in heading.iterancestors())
            return
        if anchor is None:
            anchor = next(
                (
                    e
                    for e in _ANCHORS(self.root)
                    if e.tag == "article"
                    or e.get("itemprop") == "articleBody"
                    or has_fragment(marker_of(e), BODY)
                ),
                None,
            )
        if anchor is not None:
            self.frame = frozenset(anchor.iterancestors())
        self.own_article = self.headline is not None and any(
            a.tag == "article" for a in self.frame
        )
        if story is not None and self.headline is not None and _story_frame(story):
            # The containers of the story's text are the page's main frame too, whatever
            # their classes say ("article__container-sidebar": a column beside a sidebar,
            # holding the byline and the story below a header of its own).
            self.frame |= frozenset(story.iterancestors())

    def _title_heading(self) -> HtmlElement | None:
        """The first ``<h2>`` outside navigation and sidebars (the story's frame is not
        one) that states the page title (:func:`states_title`, three words or more);
        None when no heading states the title."""
        titles = [self._page_title()]
        for heading in self.root.iter("h2"):
            if not states_title(element_text(heading), titles, TITLE_HEADING_WORDS):
                continue
            if not in_navigation(heading) and not self.foreign(heading):
                return heading
        return None

    def _stated_titles(self) -> list[str]:
        """The page's statements of its title read before the frame: ``og:title``,
        ``twitter:title`` and ``<title>`` (the JSON-LD is read after the frame)."""
        stated = (self.meta.get("og:title"), self.meta.get("twitter:title"), self._title_text())
        return [title for title in stated if title]

    def _chrome_heading(self, h1: HtmlElement) -> bool:
        """True when the page's chosen *h1* is no story's headline but the site's: its
        logo or name (its text the site's name, :func:`~.headlines.names_site_wholly` of
        ``og:site_name`` / ``application-name`` or the host; or a link home,
        :func:`links_home`, or a picture without text, that states none of the page's
        titles in three words or more), or navigation's copy of the title (a breadcrumb
        trail's end, :func:`~.stamp_names.in_navigation`)."""
        if in_navigation(h1):
            return True
        text = element_text(h1)
        meta = self.meta
        names = [n for n in (meta.get("og:site_name"), meta.get("application-name")) if n]
        if text and names_site_wholly(text, names, self.url):
            return True
        if text and not links_home(h1, self.url):
            return False
        return not states_title(text, self._stated_titles(), TITLE_HEADING_WORDS)

    def _stated_heading(self, chrome: HtmlElement) -> HtmlElement | None:
        """The heading that states the page's title (:func:`states_title`, three words
        or more, of any of :meth:`_stated_titles`) on a page whose *chrome* ``<h1>`` is
        the site's (:meth:`_chrome_heading`): the first such ``<h1>``, else the first
        such ``<h2>``, outside navigation and sidebars (the containers of *chrome* are
        none) and not the site's own (its name, a link home: a blog's name over its
        front page states its title); None when
        none does (the *chrome* heading stays: two signals must agree to pass it by)."""
        titles = self._stated_titles()
        if not titles:
            return None
        # The containers of the chrome heading are the page's frame whatever their class
        # says ("main widget"), as they are for a headline (:func:`is_foreign`).
        holders = frozenset(chrome.iterancestors())
        found: dict[str, HtmlElement] = {}
        for heading in self.marked:
            tag = heading.tag
            if tag not in ("h1", "h2") or tag in found or heading is chrome:
                continue
            if not states_title(element_text(heading), titles, TITLE_HEADING_WORDS):
                continue
            if in_navigation(heading) or is_foreign(heading, holders):
                continue
            if links_home(heading, self.url) or self._chrome_heading(heading):
                continue  # (a blog's name linking home states a front page's title)
            found[tag] = heading
            if tag == "h1":
                break
        return found["h1"] if "h1" in found else found.get("h2")

    def _title_line(self, story: HtmlElement) -> HtmlElement | None:
        """A page in old-school markup sets its headline in no heading but as a line of
        its own (``<font size="5"><b>…</b></font><br>``): the first short element in the
        story's container, before the story's first line of prose, whose text is the
        page's title as its metadata states it (og:title, or ``<title>`` less its site
        suffix: the JSON-LD is read after the frame). Two signals agree: the page's place and its
        stated title. None when no such line opens the container."""
        for box in (story, story.getprevious()):
            if box is None or not isinstance(box.tag, str):
                continue
            whole = " ".join(box.text_content().split())
            for element in box.iter(etree.Element):
                if element.tag in SKIP_TEXT_TAGS:
                    continue
                text = " ".join(element.text_content().split())
                if not text or len(text) > TITLE_LINE_MAX_CHARS:
                    continue
                if whole.find(text) > TITLE_LINE_MAX_CHARS:
                    break  # past the top of the container: the story's prose has begun
                if self._states_title(text) and not in_navigation(element):
                    return element
        return None

    def _states_title(self, text: str) -> bool:
        """True when *text* says the page's title word for word (three words or more)."""
        said = key_words(text)
        if len(said) < TITLE_HEADING_WORDS:
            return False
        title = self._title_text()
        stated = [self.meta.get("og:title"), without_title_suffix(title, text) if title else None]
        return any(s and key_words(unescaped(s) or "") == said for s in stated)

    def _story_area(self) -> HtmlElement | None:
        """Where the story's own byline is: the headline's nearest ``<article>`` or
        ``<main>`` (or the nearest ancestor holding the story text too), else the story
        element's parent; None when the page has neither."""
        start = self.headline if self.headline is not None else self.story
        if start is None:
            return None
        for node in start.iterancestors():
            if node.tag in ("article", "main") or (
                self.story is not None and self.story is not start and lies_in(self.story, node)
            ):
                return node
        return start.getparent()

    def _title_text(self) -> str:
        """The text of the page's ``<title>`` as written ("" when it has none)."""
        element = self.root.find("head/title")
        return element.text_content() if element is not None else ""

    def _title_element(self) -> str | None:
        """The text of the page's ``<title>``, None when it has none or an empty one."""
        return unescaped(" ".join(self._title_text().split())) or None

    def _page_title(self) -> str:
        """The page's own title: og:title, else ``<title>`` (collected before the frame)."""
        return self.meta.get("og:title") or self.meta.get("twitter:title") or self._title_text()

    def page_language(self) -> str | None:
        """The page's language tag as it states it: the root's ``lang``, else the JSON-LD
        article's ``inLanguage``, else the ``og:locale`` or ``content-language`` meta."""
        art, meta = self.article or {}, self.meta
        return (
            clean(self.root.get("lang"))
            or clean(art.get("inLanguage"))
            or clean(meta.get("og:locale"))
            or clean(meta.get("content-language"))
        )

    def add(self, field_name: str, raw: Any, source: str, *, relative: bool = False) -> None:
        """Add a date candidate; a text without a figure is none, unless it is a relative
        stamp that a word gives ("gestern", "vor einer Stunde")."""
        text = clean(raw)
        if text is None or not (relative or HAS_DIGIT.search(text)):
            return
        text = from_java_date(text)
        key = (field_name, text, source)
        if key in self.seen:
            return
        self.seen.add(key)
        target = self.published if field_name == "published" else self.modified
        target.append(Candidate(text, source, CONFIDENCE[source]))

    def collect(self, nodes: Sequence[HtmlElement] | None = None) -> None:
        """One pass over the page's elements: scripts, metas, links, ``<time>`` and itemprop
        elements (a Python pass over the tags costs less than libxml2's XPath scans, one
        per part of a union), the label elements :meth:`labelled_values` reads, and the
        elements the whole-page part of :meth:`_stamp_elements` may yield (headings, date
        icons, elements whose class or id names a stamp area), in page order: that part
        reads those few dozen instead of walking the page again. *nodes*: the page's
        nodes in page order (``list(self.root.iter())``) when the caller holds them: a
        pass over a list costs a fraction of a walk over the tree."""
        labels, marked, flags_of = self.labels, self.marked, NAME_FLAGS.get
        elements: Iterable[HtmlElement] = self.root.iter() if nodes is None else nodes
        for element in elements:
            tag = element.tag
            if not isinstance(tag, str):
                # A comment or processing instruction. A comment holding a data object
                # ("<!-- {"id": …, "published": "2023-10-31T04:41:58Z"} -->", a template's
                # copy of the story's data) is read as a data script is; its other text
                # (a build's stamp) is never read.
                if tag is etree.Comment and (text := element.text) and text.lstrip()[:1] == "{":
                    self.data_scripts.append(text)
                continue
            # The attributes' names, read once: most elements lack the class, id and
            # itemprop asked for below (a name test costs a fraction of a missed get).
            names = element.keys()
            name = element.get("class") if "class" in names else ""
            flags = flags_of(name) if name else 0
            if flags is None:
                flags = name_flags(name)
            if tag in LABEL_TAGS and not len(element) and element.text:
                labels.append(element)
            if (
                tag in HEADING_TAGS
                or flags & AREA_NAMED
                or (
                    tag in ICON_TAGS
                    and (flags & ICON_NAMED or ((src := element.get("src")) and icon_source(src)))
                )
                or (
                    "id" in names
                    and (ident := element.get("id"))
                    and cached_flags(ident) & AREA_NAMED
                )
            ):
                marked.append(element)
            if tag in _PART_TAGS:
                if tag == "script":
                    if element.get("itemprop") is not None or "ld+json" in (
                        element.get("type") or ""
                    ).translate(_JSONLD_CASE):
                        text = element.text
                        self.scripts.append(text or "")
                        if text is not None and element.get("type") == "application/ld+json":
                            self.logo_scripts.add(text)  # (:func:`~.images.is_jsonld_script`)
                    elif text := element.text:
                        self.data_scripts.append(text)
                    continue
                if tag == "meta":
                    key = (
                        (
                            element.get("property")
                            or element.get("name")
                            or element.get("itemprop")
                            or element.get("http-equiv")
                            or ""
                        )
                        .strip()
                        .lower()
                    )
                    value = element.get("content")
                    if value is not None and cut_at_quote(element):
                        # Only the opening words of the page's value: a statement cut
                        # short ("… Sieger und"), no statement of the whole.
                        value = None
                    if key and value is not None and key not in self.meta:
                        self.meta[key] = value
                    if value is not None and (
                        element.get("property") == "og:logo" or element.get("itemprop") == "logo"
                    ):
                        self.logos.named.append(value)
                    if key == "author" and value:
                        self.author_metas.append(value)
                elif tag == "link":
                    rels = element.get("rel") or ""
                    if "icon" in rels and (href := element.get("href")) is not None:
                        self.logos.named.append(href)
                    for rel in rels.lower().split():
                        href = element.get("href")
                        if href and rel not in self.links:
                            self.links[rel] = href
                elif tag == "img":
                    if (src := element.get("src")) is not None:
                        self.logos.images.append(src)
                elif tag == "a":
                    if element.get("rel") is not None:
                        self.rel_links.append(element)
                else:
                    self.times.append(element)
            if "itemprop" in names and element.get("itemprop"):
                self.itemprops.append(element)
