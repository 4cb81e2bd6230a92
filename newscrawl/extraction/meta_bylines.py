"""Bylines of the story: the elements that name its authors (a collector layer)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from itertools import islice
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.bylines import (
    byline_names,
    has_trailing_title,
    is_full_name,
    is_organisation,
)
from newscrawl.extraction.html import BOLD_TAGS, host_of, join_url, lies_in, site_names, split_url
from newscrawl.extraction.jsonld import absolute
from newscrawl.extraction.meta_stamps import Stamps
from newscrawl.extraction.stamp_names import (
    BYLINE,
    FRAMEWORK_NAMES,
    YEAR_IN_TEXT,
    has_fragment,
    marker_of,
)
from newscrawl.extraction.vocabulary import (
    BYLINE_BARE_LABEL,
    BYLINE_FRAGMENTS,
    BYLINE_LEAD,
    BYLINE_PREFIX,
    BYLINE_SEPARATOR,
    BYLINE_TRAIL,
    PHRASE_ARTICLES,
)

#: Controls a page marks for its writer (a follow button, "<button class=followAuthorBtn>
#: Abbruch</button>"): their labels are no byline.
_CONTROLS = ("button", "select", "option")
#: Tags of a byline line no class marks, and its longest text.
_LINE_TAGS = ("p", "div", "span", "li", "address", "small")
MAX_BYLINE_LINE_CHARS = 80
#: Longest text of a byline element: more is an author's bio or a story.
MAX_BYLINE_CHARS = 200
#: Most elements a byline's parts are read from (:meth:`Bylines._part_names`), and a
#: short author element's ``itemprop=name`` searched among: one per character of the
#: longest byline.
MAX_BYLINE_PARTS = MAX_BYLINE_CHARS
#: The elements of a byline that carry its names: links, and names marked as such.
_NAME_CARRIERS = etree.XPath(".//a[@href] | .//*[@itemprop='name']")
#: The day closing a byline line after its names ("Автор Анна Смирнова, 14 марта 2024"):
#: a short tail with a year, of at most this many characters and words of letters.
MAX_DATE_TAIL_CHARS = 40
MAX_DATE_TAIL_WORDS = 3
_LETTER_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")
#: "Autor" (Polish, Czech, German …) alone with no colon before the names: the noun
#: "writer" as often ("Autor książki …"), read as a writer's label with no colon
#: (:data:`~.vocabulary.BYLINE_BARE_LABEL`); the German pair "Autorin/Autor" of a facts
#: list and "Autor:" stay :data:`~.vocabulary.BYLINE_LEAD`'s.
_LONE_AUTOR = re.compile(r"^autor(?:in)?(?!\s*/)\s+", re.IGNORECASE)
#: Tags of a list, which a bold line right above it heads.
_LIST_TAGS = ("ul", "ol", "dl")
#: How many levels up from a writer's link its byline line may reach (the link, its
#: span, the line).
WRITER_LINE_LEVELS = 3
#: What sets apart the words of a name spelled in an address ("jody-robbins").
_SLUG_SEPARATOR = re.compile(r"[^a-z0-9]+")
#: A document's extension closing an address part ("lorenzo-marina.html").
_EXTENSION = re.compile(r"\.[a-z]{2,5}$")
#: The names marked as such inside a byline's link.
_MARKED_NAMES = etree.XPath(".//*[@itemprop='name']")
#: The itemprop=name of an author element whose text is too long to be a byline.
_NEAR_NAME = etree.XPath("./*[@itemprop='name'] | ./*/*[@itemprop='name']")


def _byline_candidates(area: HtmlElement) -> Iterator[HtmlElement]:
    """The elements inside *area* that may be a byline (checked further in
    ``_Collector.bylines``): with a class, id, itemprop, rel, test id or component name
    (:data:`~.stamp_names.FRAMEWORK_NAMES`), or an ``<address>``. Lazily, in page order:
    the first byline ends the search, most often near the top of the area."""
    for element in area.iterdescendants(etree.Element):
        if (
            element.get("class") is not None
            or element.get("id") is not None
            or element.get("itemprop") is not None
            or element.get("rel") is not None
            or element.tag == "address"
            or any(element.get(name) is not None for name in FRAMEWORK_NAMES)
        ):
            yield element


def _framework_marker(element: HtmlElement) -> str:
    """The lower-cased test id and component name of *element*
    (:data:`~.stamp_names.FRAMEWORK_NAMES`)."""
    return " ".join(v for name in FRAMEWORK_NAMES if (v := element.get(name))).lower()


class Bylines(Stamps):
    """Fourth layer of the collector: the story's bylines."""

    #: The page's links' texts, read once when asked (:meth:`_link_texts`).
    link_texts: set[str] | None = None
    #: The page's names for its publication, read once when asked (:meth:`_publication_name`).
    publication_names: list[str] | None = None

    def bylines(self) -> list[dict[str, str | None]]:
        """Authors named by the story's own byline: an ``itemprop="author"`` element, a
        ``rel="author"`` link, or an element whose class or id names a byline or author
        (``BYLINE_FRAGMENTS``), or its test id or component name
        (:data:`~.stamp_names.FRAMEWORK_NAMES`: ``data-testid="author-section"`` among
        hashed classes), inside the story's area
        and outside sidebars, related boxes and comments; the first one that names
        someone wins. Its text loses its "By"/"Von"/"Par" prefix and is split at commas
        and "and" (see :func:`~newscrawl.extraction.bylines.byline_names`): a date-only
        byline, a role or an author's bio names no one."""
        area = self._story_area()
        if area is None:
            return []
        for element in _byline_candidates(area):
            rel = (element.get("rel") or "").lower().split()
            prop = (element.get("itemprop") or "").lower().split()
            marked = (
                "author" in rel
                or "author" in prop
                or has_fragment(marker_of(element), BYLINE)
                or has_fragment(_framework_marker(element), BYLINE)
            )
            # (an <address> in the story's area is its writers' contact: HTML's own mark;
            # one marked as a byline besides is read as any marked byline)
            address = not marked and element.tag == "address"
            if not (marked or address) or element.tag in _CONTROLS:
                continue  # (a control marked for the writer: "Folgen", "Abbruch")
            if self.foreign(element):
                continue
            # Texts through the page's ShortTexts: bylines nest (a byline in a byline …),
            # and each one's own walk would cost its subtree, quadratic in the nesting.
            own = self.short.text(element)
            named: list[HtmlElement] = []
            if "author" in prop and own is None:
                # A long author box names its person near its top: look only there (a
                # compiled XPath, called; element.xpath takes only a string).
                named = _NEAR_NAME(element)
            elif "author" in prop:
                # A short one among its first elements (author boxes nest: a search of
                # each one's subtree would cost the nesting's square).
                parts = islice(element.iterdescendants(etree.Element), MAX_BYLINE_PARTS)
                named = [p for p in parts if p.get("itemprop") == "name"][:1]
            source = named[0] if named else element
            text = source.get("content") or (own if source is element else self.short.text(source))
            if not text or len(text) > MAX_BYLINE_CHARS:
                continue
            names = byline_names(text)
            if source is element and names:
                names = self._carried_names(element, names)
            elif source is element:
                names = self._part_names(element)
            if address:
                # (the site's own name beside a writer's, "Anna Holm<br>Harbour Post", is
                # the publication's line: dropped)
                writers = [n for n in names if not self._publication_name(n)]
                if not (_names_only(text, names) and writers):
                    continue  # a postal address, a contact sentence, the site: no writers
                names = writers
            if (
                not names
                or self._in_teaser(element, area)
                or self._in_media_box(element, area)
                or self._picture_credit(element, area, names)
            ):
                # Asked last, of a byline that names someone: bylines nest, and a walk
                # up from each would cost the nesting's square.
                continue
            if "author" in rel or "author" in prop:
                names = self._sibling_names(element, names)
            links = [element] if element.tag == "a" else element.xpath(".//a[@href]")
            url = links[0].get("href") if len(names) == 1 and len(links) == 1 else None
            return [{"name": n, "url": absolute(self.url, url)} for n in names]
        return self._byline_line(area) or self._writer_links(area) or self._name_line(area)

    def _name_line(self, area: HtmlElement) -> list[dict[str, str | None]]:
        """Writers of a line of full names alone between the headline and the story's
        text, for a byline that no class, no byline word and no writer's link marks ("<div>
        <span>Birgit Baumann</span> <span>Anna Giulia Fink</span></div>", "<span>Julia
        Vergin</span> | <span>Clare Roth</span>", "<p>Daniel Aragón</p>", a day closing
        it aside). The first innermost text element after the headline (before the story
        area's second paragraph longer than a byline line: a standfirst may come first)
        that reads as full names only (:func:`_names_alone`) decides: the line is it and
        the boxes around it whose innermost texts are all names or separators (a place or
        a day beside the name ends the line: "Daniel Aragón" above "Córdoba"). Not a
        link's text (a teaser's headline, a section's label), nor text in a heading, a
        ``<figure>`` (a photo's caption or credit), a sidebar or teaser, nor a bold text (a
        subheading, "Key Points"; a bold line of names is :meth:`lead_names`'), nor a
        phrase opening with an article ("Das Wichtigste"); no name may be the
        publication's own (the site's name) or of words the page writes in lower case
        elsewhere (:func:`_common_words`: a title-case deck, "Breaking News", "New
        York")."""
        if self.headline is None or not lies_in(self.headline, area):
            return []
        begun = False
        long_paragraphs = 0
        in_headline = set(self.headline.iter())  # (one walk, not each element's ancestors)
        for element in area.iter(etree.Element):
            if element is self.headline:
                begun = True
                continue
            if not begun or element in in_headline:
                continue
            text = self.short.text(element)
            if element.tag == "p" and (text is None or len(text) > MAX_BYLINE_LINE_CHARS):
                long_paragraphs += 1
                if long_paragraphs > 1:
                    return []  # past a standfirst, the story's text has begun
            if not text or not text.strip() or any(self.short.text(c) for c in element):
                continue  # (not an innermost text)
            names = _names_alone(text)
            if not names:
                continue
            if element.tag in _NOT_NAME_LINE or any(
                a.tag in _NOT_NAME_LINE for a in element.iterancestors()
            ):
                continue  # a link's, a heading's, a caption's or a table cell's text
            if element.tag in BOLD_TAGS or any(_opens_phrase(n) for n in names):
                continue  # a bold line: a subheading or lead_names' ("Key Points")
            if any(
                has_fragment(marker_of(a), BYLINE)
                for a in islice((element, *element.iterancestors()), WRITER_LINE_LEVELS)
            ):
                continue  # in a marked byline, read (or found naming no one) above
            if not _stands_alone(element):
                continue  # a name in a sentence ("All the best, <em>Max Steinbeis</em>")
            line, found = element, names
            for node in element.iterancestors():
                boxed = [] if node is area else self._names_box(node)
                if not boxed:
                    break
                line, found = node, boxed
            if any(
                _after_picture(node, found) for node in islice((line, *line.iterancestors()), 2)
            ):
                continue  # right after a picture: its caption or credit
            if (
                not found
                or any(n in self._link_texts() for n in found)
                or any(self._publication_name(n) for n in found)
                or self.foreign(line)
                or self._in_teaser(line, area)
                or self._after_teaser_link(line, found)
                or _common_words(found, _lower_words(self.root))
            ):
                return []
            return [{"name": n, "url": None} for n in found]
        return []

    def _link_texts(self) -> set[str]:
        """The texts of the page's links but those to a writers' folder (an address part
        holding a byline word, :data:`~.vocabulary.BYLINE_FRAGMENTS`: "/author/…"),
        whitespace collapsed: words a page also links elsewhere are a section's or a
        topic's (a menu's "Business Law"), not a writer's name."""
        if self.link_texts is None:
            self.link_texts = set()
            for link in self.root.iter("a"):
                text = self.short.text(link)
                path = (link.get("href") or "").lower()
                if text and not any(fragment in path for fragment in BYLINE_FRAGMENTS):
                    self.link_texts.add(" ".join(text.split()))
        return self.link_texts

    def _names_box(self, node: HtmlElement) -> list[str]:
        """The names of *node* (:meth:`_box_names`) when each of its innermost texts is
        full names alone or separators only, and it holds no link and no picture: a box of
        the byline's names; [] otherwise."""
        if (
            node.find(".//a") is not None
            or next(node.iterdescendants(*_PICTURES), None) is not None
        ):
            return []
        return self._box_names(node)

    def _box_names(self, node: HtmlElement) -> list[str]:
        """The names of *node*'s innermost texts when each is full names alone
        (:func:`_names_alone`) or only separators ("|", ","); [] otherwise."""
        found: list[str] = []
        text = self.short.text(node)
        if text is None or len(text) > MAX_BYLINE_LINE_CHARS:
            return []
        for leaf in node.iter(etree.Element):
            own = self.short.text(leaf)
            if not own or not own.strip() or any(self.short.text(c) for c in leaf):
                continue
            if not BYLINE_SEPARATOR.sub("", own).strip():
                continue  # a separator between the names
            names = _names_alone(own)
            if not names:
                return []
            found.extend(n for n in names if n not in found)
        return found

    def _writer_links(self, area: HtmlElement) -> list[dict[str, str | None]]:
        """Writers of the first line above the story whose links lead to writers' pages,
        for a byline that neither a class nor a byline's word marks ("<a
        href='/author/jody-robbins/'>Jody Robbins</a>", "<a href='/av/leo-pettersson'>Leo
        Pettersson</a> 14.03.2024"), in a line of its own (not in a sentence: a person
        the story names): a link whose text is a full name and whose address
        spells that name (:func:`_spells`) or names a writer's page in a folder
        (:data:`~.vocabulary.BYLINE_FRAGMENTS`, the byline words of class names, in a part
        of its path: "/autoren/74149726-sid/"). Above the story only (before the story
        area's second paragraph longer than a byline line: the first may be a standfirst
        between the headline and the byline), outside sidebars, teasers and
        a card's line under another story's linked headline; the line (up to
        :data:`WRITER_LINE_LEVELS` levels up, as long as it stays a byline line's length)
        holds no link that is not a writer's but a mail link or one within the page (a
        comments count; a row of topic links, "Olaf Scholz · Bundestag", is no byline),
        nor does the list it is an item of (a menu's
        links to sections; a page at the site's top level is a section's front, never a
        writer's)."""
        long_paragraphs = 0
        for element in area.iter(etree.Element):
            if element.tag == "p":
                text = self.short.text(element)
                if text is None or len(text) > MAX_BYLINE_LINE_CHARS:
                    long_paragraphs += 1
                    if long_paragraphs > 1:
                        return []  # past a standfirst, the story's text has begun
            if element.tag != "a" or not self._writer_link(element):
                continue
            parent = element.getparent()
            text = self.short.text(parent) if parent is not None else None
            # (the writers' e-mail addresses beside their names are no words of a line)
            if text is None or len(_without_mail(text)) > MAX_BYLINE_LINE_CHARS:
                continue  # a link in a sentence: a person the story names
            line = element
            for node in list(element.iterancestors())[:WRITER_LINE_LEVELS]:
                text = self.short.text(node)
                if (
                    node is area
                    or text is None
                    or len(_without_mail(text)) > MAX_BYLINE_LINE_CHARS
                    or (self.headline is not None and lies_in(self.headline, node))
                    or self._beside_other_links(line, node)
                ):
                    break  # (a box holding the headline is the header, not the line)
                line = node
            # An item of a list stands among the list's other items: a menu's links to
            # sections are no writers' (a list of writers' links is a byline).
            near = (line, *islice(line.iterancestors(), 2))
            item = next((n for n in near if n.tag == "li"), None)
            if item is not None and item.getparent() is not None:
                line = item.getparent()
            # (a mail link beside the names is the writers' address, a link within the
            # page its comments' or share box's: no other page's link)
            links = [
                a
                for a in line.iter("a")
                if a.get("href") is not None
                and not a.get("href", "").lstrip().lower().startswith(("mailto:", "#"))
            ]
            if not all(self._writer_link(a) for a in links if self.short.text(a)):
                continue
            names: list[str] = []
            for link in links:
                name = _link_name(self.short.text(link) or "")
                if name and name not in names:
                    names.append(name)
            if (
                names
                and not _in_sentence(self.short.text(line) or "", names)
                and not self.foreign(line)
                and not self._in_teaser(line, area)
                and not self._after_teaser_link(line, names)
            ):
                url = links[0].get("href") if len(links) == 1 else None
                return [{"name": n, "url": absolute(self.url, url)} for n in names]
        return []

    def _beside_other_links(self, line: HtmlElement, node: HtmlElement) -> bool:
        """True when *node*, the box around the writers' *line*, holds other pages' links
        that are no writers' only in blocks of their own unlike *line* (another tag or
        class): a section's label above the byline ("<div class=a><a>Politik</a></div>
        <div class=b><a href=/author/…>Sidney Wiltgen</a></div>"), a line apart. A row of
        like blocks (topic chips, one link each) is one line, the links' row: not apart."""
        if line.tag not in _BLOCKS:
            return False
        shape = (line.tag, line.get("class"))
        apart = False
        for child in node.iterchildren(etree.Element):
            if child is line:
                continue
            others = [
                a
                for a in child.iter("a")
                if a.get("href") is not None
                and not a.get("href", "").lstrip().lower().startswith(("mailto:", "#"))
                and self.short.text(a)
                and not self._writer_link(a)
            ]
            if not others:
                continue
            if child.tag not in _BLOCKS or (child.tag, child.get("class")) == shape:
                return False  # (inline beside the line, or a like block: one row)
            apart = True
        return apart

    def _writer_link(self, link: HtmlElement) -> bool:
        """True when *link* leads to a writer's page (see :meth:`_writer_links`)."""
        href = link.get("href")
        if not href:
            return False
        shown = " ".join((self.short.text(link) or "").split())
        text = _link_name(shown)
        # (the cheap tests first: most links' text is no full name; one of a script
        # without case is a name only where the writer's title closes it, "배윤경 기자")
        titled = text != shown and BYLINE_TRAIL.search(_without_mail(shown)) is not None
        initials = acronym(text)
        if not (is_full_name(text) or initials) or byline_names(text) != [text]:
            return False
        if text.lower() == text and not (titled and text.upper() == text):
            return False
        there = join_url(self.url, href)
        if there is None or there.split("#")[0] == self.url.split("#")[0]:
            return False
        parts = [p for p in split_url(there).path.lower().split("/") if p]
        if not parts:
            return False
        folder = any(fragment in part for part in parts for fragment in BYLINE_FRAGMENTS)
        if initials and not is_full_name(text):
            # An agency's initials: the address in a writers' folder spells them too
            # ("<a href='/autoren/74149726-sid/'>SID</a>"), two statements of one credit.
            return folder and len(parts) > 1 and _spells_word(parts[-1], text)
        # (a page at the site's top level that the words name is a section's front)
        return (len(parts) > 1 and _spells(parts[-1], text)) or folder

    def _publication_name(self, name: str) -> bool:
        """True when *name* is the publication's own (its site name, host, initials:
        :func:`~newscrawl.extraction.bylines.is_organisation`), not a writer's."""
        if self.publication_names is None:
            self.publication_names = site_names(self.root)
        return is_organisation(name, self.publication_names, host_of(self.url))

    def _in_teaser(self, element: HtmlElement, area: HtmlElement) -> bool:
        """True when the byline *element* is another story's, shown in a teaser card
        inside the story's area: it lies in (or is) a short ``<article>`` (a card: text
        within the page's short-text cap, not a story's) that does not hold the headline, or in
        a link whose text holds more than the byline's (the card's headline and its
        byline, one link to the other story; a link around the writer's name alone is the
        writer's page)."""
        own: str | None = None
        for node in (element, *element.iterancestors()):
            if node is area:
                return False
            if node.tag == "article" and node not in self.frame:
                if self.short.text(node) is not None:
                    return True
            elif node.tag == "a" and node.get("href") is not None:
                own = self.short.text(element) if own is None else own
                text = self.short.text(node)
                if text is None or len(text) > len(own or ""):
                    return True
        return False

    def _in_media_box(self, element: HtmlElement, area: HtmlElement) -> bool:
        """True when the byline *element* lies in a ``<figure>`` inside the story's area
        that also holds a link, not around the byline, whose text is longer than the
        byline's: a media box shown with the story (an audio's "03:07 Min. | Roman
        Warschauer" over its link to the audio's page, headed by its title), whose credit
        is the audio's, not the story's. A writer's portrait with the byline as its
        caption links only the writer's page (its photo, its name): the story's byline."""
        for node in element.iterancestors():
            if node is area:
                return False
            if node.tag == "figure":
                own = len(self.short.text(element) or "")
                return any(
                    link not in element.iterancestors()
                    and ((text := self.short.text(link)) is None or len(text.strip()) > own)
                    for link in node.iter("a")
                    if link.get("href") is not None
                )
        return False

    def _picture_credit(self, element: HtmlElement, area: HtmlElement, names: list[str]) -> bool:
        """True when the byline *element* (naming *names*) lies in a ``<figcaption>`` in
        the story's area, of a ``<figure>`` (or set beside its picture, not in a figure:
        the element before it, or after it when it opens its box) whose picture is no
        writer's portrait: the photo's credit marked as its author ("<figcaption>…
        <span class=author>Pella News</span></figcaption>"), not the story's writer. A
        writer's portrait captioned by the byline is told by its picture (its ``alt``
        the name, its file spelling it: :func:`_portrait_of`) or by a link of the figure
        to a writer's page (an address that spells a name, or in a writers' folder,
        "/author/x")."""
        caption = figure = None
        for node in element.iterancestors():
            if node is area:
                break
            if node.tag == "figcaption":
                caption = node
            elif node.tag == "figure":
                figure = node
                break
        if caption is None:
            return False
        # (a caption set beside its figure, not in it, credits the element before it, or
        # after it when it opens its box: the picture's; not the whole box, which may
        # hold every picture and caption of a gallery)
        if figure is not None:
            boxes = [figure]
        else:
            beside = _element_sibling(caption, preceding=True)
            if beside is None:
                beside = _element_sibling(caption, preceding=False)
            boxes = [caption] if beside is None else [beside, caption]
        pictures = [p for box in boxes for p in box.iter("img")]
        if pictures and all(any(_portrait_of(p, n) for p in pictures) for n in names):
            return False
        for link in (a for box in boxes for a in box.iter("a")):
            there = join_url(self.url, link.get("href") or "")
            steps = [s for s in split_url(there).path.lower().split("/") if s] if there else []
            if any(fragment in step for step in steps for fragment in BYLINE_FRAGMENTS) or (
                steps and any(_spells(steps[-1], n) for n in names)
            ):
                return False
        return True

    def _part_names(self, element: HtmlElement) -> list[str]:
        """The full names a byline's parts hold when its whole text reads as none: its
        elements touch without a separator ("Kyle Wiggers 7 hours", a name per span:
        "Birgit Baumann Anna Giulia Fink"). The names its carriers (links,
        ``itemprop=name``) give when they give one, opening the text (several links: a
        box of other links), else those of its innermost elements when each of them is a
        full name (a date, a button's label or a lone word among them: none). A byline
        built of over :data:`MAX_BYLINE_PARTS` elements has no such parts: bylines nest,
        and a walk of each one's elements would cost the nesting's square."""
        parts = list(islice(element.iterdescendants(etree.Element), MAX_BYLINE_PARTS + 1))
        if len(parts) > MAX_BYLINE_PARTS:
            return []
        found: list[str] = []
        carriers = (
            p for p in parts
            if (p.tag == "a" and p.get("href") is not None) or p.get("itemprop") == "name"
        )  # fmt: skip
        for carrier in carriers:
            for name in byline_names(self.short.text(carrier) or ""):
                if is_full_name(name) and name not in found:
                    found.append(name)
        whole = " ".join((self.short.text(element) or "").split())
        if len(found) == 1 and BYLINE_PREFIX.sub("", whole, count=1).startswith(found[0]):
            return found
        found, shown = [], []
        for leaf in parts:
            if len(leaf) or not (text := self.short.text(leaf)):
                continue
            names = byline_names(text)
            if not names or not all(is_full_name(n) for n in names):
                return []
            shown.append(text)
            found.extend(n for n in names if n not in found)
        # Text outside the innermost elements ("Search for this author in: <a>…</a>")
        # makes them no byline's parts.
        return found if "".join("".join(shown).split()) == "".join(whole.split()) else []

    def _sibling_names(self, element: HtmlElement, names: list[str]) -> list[str]:
        """*names* and those of the byline's like siblings after it: a page that marks
        each writer (``<a rel="author">`` per name, "A, B und C") lists them as siblings
        of one tag and one mark, and the first is only the first writer."""
        rel, prop = element.get("rel"), element.get("itemprop")
        found = list(names)
        for sibling in element.itersiblings(element.tag):
            if sibling.get("rel") != rel or sibling.get("itemprop") != prop:
                continue
            if self.foreign(sibling):
                continue
            text = self.short.text(sibling)
            if not text or len(text) > MAX_BYLINE_CHARS:
                continue
            found.extend(n for n in byline_names(text) if n not in found)
        # The line the marked names stand in ("Von <a>A</a>, <a>B</a>, C und D"), when it
        # is a byline of full names only: it names the writers no element marks too.
        parent = element.getparent()
        line = self.short.text(parent) if parent is not None else None
        if line and len(line) <= MAX_BYLINE_LINE_CHARS * 2:
            whole = byline_names(line)
            stripped = BYLINE_PREFIX.sub("", " ".join(line.split()), count=1)
            parts = [p for p in BYLINE_SEPARATOR.split(stripped) if p.strip()]
            if (
                len(whole) == len(parts)
                and all(n in whole for n in found)
                and all(is_full_name(n) for n in whole)
            ):
                return whole
        return found

    def _carried_names(self, element: HtmlElement, names: list[str]) -> list[str]:
        """*names* (of a byline's whole text) mended by the elements that carry the
        names (the byline's links, its ``itemprop=name``): the whole text runs parts
        together where elements touch ("Ulrich ExnerKorrespondent", "NewsJoshua
        Whorms") or shows a name twice, and a text name holding carried names is those
        names; a lone word among them beside a full name is a section's badge ("News").
        A text name no carrier is part of stays as read."""
        # (a link's own text may show its name twice, whole and in parts: "<a><span
        # itemprop=name>Martin Gramnæs</span> <span>Martin</span> <span>Gramnæs</span>")
        carriers = (
            [element, *_MARKED_NAMES(element)] if element.tag == "a" else _NAME_CARRIERS(element)
        )
        carried: list[str] = []
        for carrier in carriers:
            for name in byline_names(self.short.text(carrier) or ""):
                if name not in carried:
                    carried.append(name)
        mended: list[str] = []
        for name in names:
            inside = sorted((c for c in carried if c != name and c in name), key=name.index)
            if inside and any(is_full_name(c) for c in inside):
                inside = [c for c in inside if is_full_name(c)]
            for part in inside or [name]:
                if part not in mended:
                    mended.append(part)
        return mended

    def _after_teaser_link(self, element: HtmlElement, names: list[str]) -> bool:
        """True when the byline line *element* follows, beside it in its container, a
        link whose text is longer than each of the line's *names*: another story's
        headline on a teaser card ("<a>Bakery closes after 100 years</a> <p>Von Anna
        Schmidt | 14.03.2024</p>"), not a link to the writer's page."""
        longest = max(len(n) for n in names)
        for sibling in element.itersiblings(preceding=True):
            if sibling.tag == "a" and sibling.get("href") is not None:
                text = self.short.text(sibling)
                if text is None or len(text.strip()) > longest:
                    return True
        return False

    def _byline_line(self, area: HtmlElement) -> list[dict[str, str | None]]:
        """Writers of the story area's first short line that opens with a byline word and
        goes on with full names only ("von Dr. Max Kolter", "Autorin/Autor Roman
        Goncharenko", "Της Μαρίας Παπαδοπούλου"), an agency's initials among them or
        alone ("Von DPA", "By Anna Holm, AFP": :func:`acronym`; not in a line all in
        capitals, "BY CAR", "VON OBEN"), or with the
        publication's name alone ("By Euronews"), for bylines no class marks: a sentence,
        a date or a lone word after "By" names no one, nor does a card's line under
        another story's linked headline (:meth:`_after_teaser_link`). A writer's label
        with no colon ("Автор Анна Смирнова", :data:`BYLINE_BARE_LABEL`) opens a byline
        only above the story's first paragraph and before nothing but full names."""
        above_story = True
        for element in area.iter(*_LINE_TAGS):
            text = self.short.text(element)
            if text is None or len(text) > MAX_BYLINE_LINE_CHARS:
                # A paragraph longer than a byline line: the story's text has begun.
                above_story = above_story and element.tag != "p"
                continue
            if not text:
                continue
            if _lone_lead(text):
                names = self._names_after(element)
                if (
                    names
                    and not self.foreign(element)
                    and not self._in_teaser(element, area)
                    and not self._after_teaser_link(element, names)
                ):
                    return [{"name": n, "url": None} for n in names]
                continue
            lead = BYLINE_LEAD.match(text)
            if lead and _LONE_AUTOR.match(lead.group()):
                lead = None  # "Autor Anna Kowalska": a writer's label with no colon
                bare = _LONE_AUTOR.match(text) if above_story else None
            else:
                bare = BYLINE_BARE_LABEL.match(text) if above_story and not lead else None
            if not lead and not bare and not has_trailing_title(text):
                continue
            rest = text[bare.end() :] if bare else BYLINE_LEAD.sub("", text, count=1)
            if bare:
                rest = _before_date_tail(rest)
            names = byline_names(rest)
            if bare and not _names_only(rest, names):
                continue
            if names and not " ".join(rest.split()).startswith(names[0]):
                continue  # the lead opens a sentence ("By submitting your email, … Terms
                # and Privacy Notice"): its names, if any, come later, in the sentence
            # (a link's name mends one the line's text runs into the next part: "Teksti:
            # <a>Anna Virtanen</a><span>Reporter</span>")
            names = self._carried_names(element, self._unglued(element, text, names))
            # (a lone word is no writer's name, but the publication's own is its byline
            # when it names no one else: "By Euronews with Agencies"; beside a writer it
            # goes, "By Troy L. Smith, Cleveland.com")
            names = [n for n in names if not self._publication_name(n)] or names
            # (initials only in a line with small letters, its byline word's: in one all
            # in capitals, "BY CAR", "VON OBEN", every word is written as initials are)
            cased = text.upper() != text
            initials = [n for n in names if cased and acronym(n) and not self._publication_name(n)]
            if initials and not _parts_named(_before_date_tail(rest), names):
                continue  # (initials before a sentence: "Par SMS, la mairie a prévenu …")
            if (
                names
                and all(
                    is_full_name(n) or (cased and acronym(n)) or self._publication_name(n)
                    for n in names
                )
                and not self.foreign(element)
                and not self._in_teaser(element, area)
                and not self._after_teaser_link(element, names)
            ):
                return [{"name": n, "url": None} for n in names]
        return []

    def _names_after(self, element: HtmlElement) -> list[str]:
        """The names of the box right after *element*, a byline word standing alone in
        its element at the opening of its box ("<span>By</span> <ul><li><a>Xiaoying
        You</a>,</li> … </ul>": the names' list, after the word, is the byline's rest) when
        that box holds full names only (no sentence, date or role:
        :func:`_names_only`), a byline's length at most. [] when text comes before the
        word in its box (a sentence's "by": "taken <em>by</em> <a>Anna Holm</a>") or
        right after it (the box's own text is then the line, read as one)."""
        parent = element.getparent()
        if parent is None or (parent.text or "").strip() or (element.tail or "").strip():
            return []
        for before in element.itersiblings(preceding=True):
            if (before.tail or "").strip():
                return []
            own = self.short.text(before) if isinstance(before.tag, str) else ""
            if own is None or own.strip():
                return []  # (None: a text longer than a short one)
        after = element.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()  # (a comment)
        text = self.short.text(after) if after is not None else None
        if not text or len(text) > MAX_BYLINE_CHARS:
            return []
        names = byline_names(text)
        if not _names_only(text, names):
            return []
        # (a link's text mends a name the box's text runs into its role: "Ben
        # SummerReporter")
        return self._carried_names(after, names)

    def _unglued(self, element: HtmlElement, text: str, names: list[str]) -> list[str]:
        """*names* of the byline line *element* (text *text*) where an element inside it
        holds the line's opening, its lead and names, and the rest of the text runs on
        after it with no byline separator: a box whose byline line stands above a line of
        the writer's role or of the day ("<span>Von <a>Holger Zschäpitz</a></span>
        <div>Leitender Wirtschaftsredakteur</div>", "<div>By Yiswaree Palansamy</div>
        <div>Friday, 22 Nov 2024</div>", "<em>Von <a>Ulrich Exner</a></em>
        <span>Korrespondent</span>"), which the box's text runs into the last name: a
        name that opens with the inner line's last name and goes on is that name. A line
        inside continued by a separator ("<span>By Anna Holm</span> and Jonas Berg") is
        part of the names, and the box's names stay as read."""
        whole = " ".join(text.split())
        for inner in element.iterdescendants(etree.Element):
            own = " ".join((self.short.text(inner) or "").split())
            if not own or own == whole or not whole.startswith(own):
                continue  # (a wrapper of the same text, or a line further in)
            opening = BYLINE_LEAD.match(own) or BYLINE_BARE_LABEL.match(own)
            if opening is None or BYLINE_SEPARATOR.match(whole[len(own) :]) is not None:
                return names
            inside = byline_names(own[opening.end() :])
            if not inside:
                return names
            if not names:
                return inside  # the glued text read as a role ("SmithPolitical Correspondent")
            last = inside[-1]
            return [last if n != last and n.startswith(last) else n for n in names]
        return names

    def lead_names(self) -> list[dict[str, str | None]]:
        """Writers the story names in a bold line of its own above its text
        (``<p><strong>Anna Holm</strong></p>``, "Anna Holm/Jonas Berg"): a paragraph of
        the story's area, before its first paragraph longer than a byline line, whose
        whole text is one bold element's and reads as full names only, right above the
        story's text (:meth:`_story_follows`), none opening with an article
        (:func:`_opens_phrase`: "Das Wichtigste"), and that heads no list (a ``<ul>``,
        ``<ol>``, ``<dl>`` right after it: "Key Points"). A bold name alone may also be
        a subheading or a name's entry in a list: asked only where the page's
        structured author is the publication itself, or where it has none and its byline
        names no one or the publication only (:meth:`~.metadata._Collector._authors`).
        A line of words the page writes in lower case elsewhere is a heading, not names
        (:func:`_common_words`: "Breaking News", "Live Updates", "New York")."""
        area = self._story_area()
        if area is None:
            return []
        for element in area.iter("p"):
            text = self.short.text(element)
            if text is None or len(text) > MAX_BYLINE_LINE_CHARS:
                return []  # the story's text has begun
            whole = " ".join(text.split())
            if not whole:
                continue
            bold = [c for c in element if c.tag in BOLD_TAGS]
            if len(bold) != 1 or " ".join((self.short.text(bold[0]) or "").split()) != whole:
                continue
            names = byline_names(whole)
            following = element.getnext()
            if (
                names
                and all(is_full_name(n) and not _opens_phrase(n) for n in names)
                # (a bold line over a list is the list's heading: "Key Points")
                and (following is None or following.tag not in _LIST_TAGS)
                and self._story_follows(element, area)
                and not self.foreign(element)
                and not self._in_teaser(element, area)
            ):
                if _common_words(names, _lower_words(self.root)):
                    continue  # a bold heading of the page's words: "Breaking News"
                return [{"name": n, "url": None} for n in names]
        return []

    def _story_follows(self, element: HtmlElement, area: HtmlElement) -> bool:
        """True when the first text after *element* (its next siblings', else its
        ancestors' next siblings' inside *area*; empty boxes skipped) is longer than a
        byline line: the story's first paragraph right under the writers' line. A bold
        line over more short lines ("Ayo Infaq Dakwah" over a bank account and a column
        of links) heads a box of its own."""
        node: HtmlElement | None = element
        while node is not None and node is not area:
            for after in node.itersiblings():
                if not isinstance(after.tag, str):
                    continue
                text = self.short.text(after)
                if text is None or len(text) > MAX_BYLINE_LINE_CHARS:
                    return True
                if text.strip():
                    return False
            node = node.getparent()
        return False

    def closing_credit(self, publication: Callable[[str], bool]) -> list[dict[str, str | None]]:
        """The sources a story credits in a closing line after its text that names the
        publication and then, after a slash, where the story came from ("Wochenblatt /
        Última Hora"): a short paragraph of the story's area, after one longer than a
        byline line, whose first part before "/" is the publication (*publication*)
        and whose rest reads as names only; not a copyright notice (a line with "©"), nor
        words the page writes in lower case elsewhere (:func:`_common_words`: "… / All
        Rights Reserved", "… / Contact Us"). Or the agencies such a closing paragraph
        credits before the desk's initials (:func:`_desk_credit`: "SDA/sep")."""
        area = self._story_area()
        if area is None:
            return []
        begun = False
        for element in area.iter("p"):
            text = self.short.text(element)
            if text is None or len(text) > MAX_BYLINE_LINE_CHARS:
                begun = True
                continue
            if begun and (agencies := _desk_credit(text)) and not self.foreign(element):
                return [{"name": n, "url": None} for n in agencies]
            first, slash, rest = " ".join(text.split()).partition("/")
            if not begun or not slash or "©" in text or not publication(first.strip()):
                continue  # (a copyright notice, "© Site / All Rights Reserved", credits none)
            names = byline_names(rest)
            parts = [p for p in BYLINE_SEPARATOR.split(rest) if p.strip()]
            if names and len(names) == len(parts) and not self.foreign(element):
                if _common_words(names, _lower_words(self.root)):
                    continue  # the page's words: "Harbour Post / Contact Us"
                return [{"name": n, "url": None} for n in names]
        return []


#: A word that opens in lower case: a sentence's ("said", "the"), no name's or date's.
_LOWER_WORD = re.compile(r"(?<![\w.])[^\W\d_A-Z\u00c0-\u00de]{3,}\b")


#: Letters of an agency's initials a byline credits ("Von DPA", "By AP, AFP").
ACRONYM_LETTERS = (2, 6)


def acronym(name: str) -> bool:
    """True when *name* is one word of :data:`ACRONYM_LETTERS` capitals, letters only: a
    news agency's initials, which a byline word credits as it credits a writer ("Von
    DPA", "Par Anna Holm, AFP") where the line holds names and initials only (not "Par
    SMS, la mairie a prévenu …"); a lone capitalised word ("Von Abbruch") is no writer."""
    low, high = ACRONYM_LETTERS
    return low <= len(name) <= high and name.isalpha() and name.isupper()


#: A desk's closing credit: agencies' initials in capitals, then the editor's in lower
#: case, joined by slashes ("SDA/sep", "AFP/DPA/jm").
_DESK_CREDIT = re.compile(r"((?:[A-Z]{2,6}/)+)[a-z]{2,3}")


def _desk_credit(text: str) -> list[str]:
    """The agencies a closing paragraph of *text* credits before the editor's initials
    ("SDA/sep" → SDA): the whole paragraph is that credit, nothing else. []: none."""
    found = _DESK_CREDIT.fullmatch(text.strip())
    return [a for a in found.group(1).split("/") if a] if found else []


def _lone_lead(text: str) -> bool:
    """True when *text* is a byline word alone ("By", "Von", "Author:"): the names stand
    in the box after it (:meth:`Bylines._names_after`)."""
    whole = " ".join(text.split())
    lead = BYLINE_LEAD.match(whole + " ")
    return lead is not None and lead.end() >= len(whole)


def _in_sentence(line: str, names: list[str]) -> bool:
    """True when the writers' *names* stand in a sentence of *line* ("Mayor <a>Anna
    Holm</a> said no."): a part of the line (after a byline's lead or a label that a
    byline word names, "Author of the article:", between byline
    separators) that is none of the names holds a word in lower case and no figure. A
    date or a time, in words or not ("14. März 2024", "7 hours ago"), a desk's name in
    capitals ("TIMESOFINDIA.COM") is no sentence, nor is a writer's e-mail address
    ("배윤경 기자 bykj@mk.co.kr")."""
    rest = _without_mail(" ".join(line.split()))
    label, colon, after = rest.partition(": ")
    if colon and any(fragment in label.lower() for fragment in BYLINE_FRAGMENTS):
        rest = after  # a writer's label ("Author of the article: …")
    rest = BYLINE_LEAD.sub("", rest, count=1)
    for name in names:
        rest = rest.replace(name, "X")  # (a capital: no sentence's word)
    return any(
        _LOWER_WORD.search(part) and not any(c.isdigit() for c in part)
        for part in BYLINE_SEPARATOR.split(rest)
    )


def _spells(part: str, name: str) -> bool:
    """True when the address part *part* spells *name* and nothing else but figures (an
    id) and a document's extension: the name's words, their letters less accents
    ("Zschäpitz": zschapitz or zschaepitz), in order, joined by separators
    ("holger-zschaepitz", "4971-piotr-jendroszczyk", "lorenzo-marina.html"). A story's
    address whose slug holds the words and more ("schoenes-wochenende-cartoons-von-ol-
    article20772304": a teaser's) spells no writer's page."""
    words = [w for w in _SLUG_SEPARATOR.split(_EXTENSION.sub("", part)) if w]
    for folded in (name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"), name):
        plain = unicodedata.normalize("NFKD", folded.lower()).encode("ascii", "ignore").decode()
        wanted = [w for w in _SLUG_SEPARATOR.split(plain) if w]
        if len(wanted) < 2:
            continue
        for i in range(len(words) - len(wanted) + 1):
            if words[i : i + len(wanted)] == wanted and all(
                w.isdigit() for w in words[:i] + words[i + len(wanted) :]
            ):
                return True
    return False


def _spells_word(part: str, word: str) -> bool:
    """True when the address part *part* spells the one *word* and nothing else but
    figures (an id) and a document's extension ("74149726-sid" of "SID")."""
    words = [w for w in _SLUG_SEPARATOR.split(_EXTENSION.sub("", part)) if w and not w.isdigit()]
    return words == [word.lower()]


#: An e-mail address a writer's link shows after the name ("bykj@mk.co.kr").
#: (an address's letters are ASCII ones: glued to a name's title, "기자w0@x.org", it
#: starts where they do)
_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def _without_mail(text: str) -> str:
    """*text* without the e-mail addresses it shows, whitespace collapsed."""
    return " ".join(_MAIL.sub(" ", text).split()) if "@" in text else text


def _link_name(text: str) -> str:
    """The name a writer's link shows: its text, whitespace collapsed, less an e-mail
    address after the name and the writer's title closing it (:data:`BYLINE_TRAIL`:
    "배윤경 기자 bykj@mk.co.kr" is "배윤경")."""
    return BYLINE_TRAIL.sub("", _without_mail(" ".join(text.split())))


def _opens_phrase(name: str) -> bool:
    """True when *name* opens with an article (:data:`~.vocabulary.PHRASE_ARTICLES`):
    a heading's phrase ("Das Wichtigste"), not a person's name."""
    return name.split(maxsplit=1)[0].casefold() in PHRASE_ARTICLES


def _before_date_tail(text: str) -> str:
    """*text* less the day closing it after a byline separator ("Анна Смирнова, 14 марта
    2024", "Ayşe Yılmaz | 14 Mart 2024, 10:15"): the first tail after a separator that is
    short (:data:`MAX_DATE_TAIL_CHARS`), holds a year and few words of letters (a month's,
    a weekday's: :data:`MAX_DATE_TAIL_WORDS`) and no full name (the next writer's: "A és
    Nagy Péter, 2024. március 14."). *text* whole when it closes with none; the
    date is read by the stamps' reader as ever."""
    for separator in BYLINE_SEPARATOR.finditer(text):
        tail = text[separator.end() :]
        if (
            len(tail) <= MAX_DATE_TAIL_CHARS
            and YEAR_IN_TEXT.search(tail) is not None
            and len(_LETTER_WORD.findall(tail)) <= MAX_DATE_TAIL_WORDS
            and not any(is_full_name(n) for n in byline_names(tail))
        ):
            return text[: separator.start()]
    return text


#: Tags of a block that makes a line of its own.
_BLOCKS = frozenset(("div", "p", "section", "header", "footer", "address"))
#: Where a line of names alone is no byline: a link's text, a heading's, a caption's, a
#: table's cell.
_NOT_NAME_LINE = frozenset(
    ("a", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "td", "th", "caption")
)


#: Tags of a picture a caption or a credit follows.
_PICTURES = ("img", "picture", "video", "svg")


def _element_sibling(node: HtmlElement, *, preceding: bool) -> HtmlElement | None:
    """The element right before *node* in its parent (*preceding*), else right after it;
    comments and processing instructions passed over. None: there is none."""
    for sibling in node.itersiblings(preceding=preceding):
        if isinstance(sibling.tag, str):
            return sibling
    return None


def _after_picture(node: HtmlElement, names: list[str]) -> bool:
    """True when the element before *node* in its parent is a picture or holds one: *node*
    is the picture's caption or credit ("<div><img></div><div>Al Goldis, Associated
    Press</div>"); not when its pictures are the portraits of each of the line's *names*
    (the writers', beside the byline: :func:`_portrait_of`)."""
    before = _element_sibling(node, preceding=True)
    if before is None:
        return False
    pictures = [before] if before.tag in _PICTURES else list(before.iter("img"))
    if before.tag not in _PICTURES and next(before.iterdescendants(*_PICTURES), None) is None:
        return False
    # (each name its portrait: a writers' line; a name and a credit beside one picture
    # of it, "Kyle Busch, Associated Press", is a caption)
    return not all(any(_portrait_of(p, name) for p in pictures) for name in names)


def _portrait_of(picture: HtmlElement, name: str) -> bool:
    """True when *picture* is the portrait of *name*: its ``alt`` is the name
    alone, or its file's name spells it and nothing else (:func:`_spells`, figures
    aside: ".../byline/mark-sigetty.jpg", its address also read unquoted when an image
    proxy carries it in its path or as a parameter of its query). A picture's ``alt``
    or file naming the name and more ("kyle-busch-wins-the-race.jpg") is a photo of the
    story, its caption no byline."""
    if " ".join((picture.get("alt") or "").split()) == name:
        return True
    path, _, query = unquote(picture.get("src") or "").partition("?")
    # (a proxy's query may carry the address: "/_next/image?url=…/anna-holm.jpg&w=64")
    values = [v for p in query.split("&") if "/" in (v := p.partition("=")[2])]
    for address in (path, *values):
        part = address.split("?")[0].rstrip("/").rsplit("/", 1)[-1].lower()
        if part and _spells(part, name):
            return True
    return False


def _stands_alone(element: HtmlElement) -> bool:
    """True when *element* stands in its parent with nothing but separators and other
    elements beside it: no words of a sentence around it."""
    parent = element.getparent()
    if parent is None:
        return True
    loose = [parent.text, *(child.tail for child in parent)]
    return all(not BYLINE_SEPARATOR.sub("", t or "").strip() for t in loose)


def _names_alone(text: str) -> list[str]:
    """The full names *text* holds when it holds nothing else (:func:`_names_only`), a
    day closing it aside (:func:`_before_date_tail`), no byline word before them ("By",
    "Автор": :meth:`Bylines._byline_line`'s, with its own place), each word capitalised
    (names with a lower-case particle, "Ursula von der Leyen", are left to marked
    bylines); no credit's mark ("©") and no aside in brackets ("Anna Holm (Foto)"). []
    otherwise."""
    if "©" in text or "(" in text or "[" in text:
        return []
    rest = _before_date_tail(" ".join(text.split()))
    if BYLINE_LEAD.match(rest) or BYLINE_BARE_LABEL.match(rest) or BYLINE_PREFIX.match(rest):
        return []  # a byline word's line: read where its position is asked (_byline_line)
    names = byline_names(rest)
    if not _names_only(rest, names):
        return []
    # Every word capitalised, a shortened one an initial ("J."): a credit's own word
    # ("Fot. Anna Kowalska", "Foto di Anna Rossi") is none of a name's.
    words = [w for n in names for w in n.split()]
    if any(not w[0].isupper() or (w.endswith(".") and len(w) > 2) for w in words):
        return []
    return names


def _parts_named(text: str, names: list[str]) -> bool:
    """True when no part of *text* between byline separators is left over beside the
    *names* it gave (a sentence, a role)."""
    return len([p for p in BYLINE_SEPARATOR.split(text) if p.strip()]) <= len(names)


def _names_only(text: str, names: list[str]) -> bool:
    """True when every part of *text* between byline separators gave one of *names* (no
    date, role or sentence among them) and each is a full name in a script with case:
    without capitals, words after the noun "writer" ("लेखक और पत्रकार …") read as a name."""
    parts = [p for p in BYLINE_SEPARATOR.split(text) if p.strip()]
    return (
        bool(names)
        and len(parts) <= len(names)
        and all(is_full_name(n) and n.lower() != n for n in names)
    )


#: Elements whose text is no prose of the page.
_NOT_PROSE = ("script", "style", "noscript", "template")


def _lower_words(root: HtmlElement) -> set[str]:
    """The words the page's body writes in lower case (letters only, in a script with
    case: "news", "live", "all"), case-folded; the page's whole text if it has no body."""
    body = root.find("body")
    words: set[str] = set()
    for element in (body if body is not None else root).iter():
        texts = [element.tail]
        if isinstance(element.tag, str) and element.tag not in _NOT_PROSE:
            texts.append(element.text)
        for text in texts:
            if text:
                words.update(
                    w.casefold()
                    for w in _LETTER_WORD.findall(text)
                    if w == w.lower() and w != w.upper()
                )
    return words


def _common_words(names: list[str], lower: set[str]) -> bool:
    """True when a word of *names* that is not in lower case itself is one the page
    writes in lower case (*lower*, :func:`_lower_words`): a phrase of the page's own
    words in title case ("Breaking News", "Live Updates", "New York", "All Rights
    Reserved", "Contact Us"), not a person's name, whose words ("Mohloai", "Anna") the
    prose does not write in lower case. A name's own lower-case particles ("van", "de")
    are not asked. (A name that is also a common word, "Will", "Rose", is read as a
    phrase too: the fallback then keeps the publication, inventing no one.)"""
    return any(
        w.casefold() in lower
        for name in names
        for w in _LETTER_WORD.findall(name)
        if w != w.lower()
    )
