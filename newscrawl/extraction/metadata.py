"""Generic article metadata for pages of any news site (no site profile).

:func:`extract_metadata` reads the headline, authors, section, description, language,
canonical URL, main image, keywords and — above all — the raw publication and modification
dates of one page. Dates are returned as :class:`Candidate` lists (raw string, source kind,
confidence); :meth:`Metadata.best_published` picks one by the source priority below. Raw
strings are normalised elsewhere (:class:`~newscrawl.extraction.dates.DateNormaliser`).

Source priority for the publication date (confidence in brackets, highest wins; ties go to
the candidate found first in the document):

1. JSON-LD ``datePublished`` of an article type (0.95), of a web-page type (0.85), of any
   other top-level type (0.7) — ``@graph``, lists and ``mainEntity`` nesting included;
2. ``<meta property="article:published_time">`` and its Open Graph twins (0.9);
3. other common publication meta names (``pubdate``, ``dc.date.issued``, ``sailthru.date``,
   ``parsely-pub-date``, ``citation_publication_date`` …) (0.8);
4. ``itemprop="datePublished"`` (content / datetime / text) (0.75);
5. ``<time datetime>``: marked as the publication time (``pubdate``, a "publish" class)
   (0.65), inside the article / its header (0.55), elsewhere outside sidebars (0.35);
6. visible stamps in the header area or in elements whose class/id names a date, byline or
   meta block: labelled "Published …" (0.45), unlabelled (0.4);
7. the URL path (``/2023/11/03/``, ``/20231103/``, ``2023-11-03``), the day only (0.1).

Modified dates (``dateModified``, ``article:modified_time``, "Updated …") only ever become
:attr:`Metadata.modified` candidates. Nothing is invented: a page without any of these
sources has no candidate (body text, comments and copyright lines are never read).

Pure: no Scrapy, no I/O; one XPath pass collects scripts, metas, links, time elements and
itemprops.

This module holds :func:`extract_metadata` and the last layer of its collector (authors
and the record). The parts: :mod:`~newscrawl.extraction.meta_record` (the record and its
candidates), :mod:`~newscrawl.extraction.jsonld` (JSON-LD reading),
:mod:`~newscrawl.extraction.stamp_names` (which elements hold stamps), and the collector's
layers :mod:`~newscrawl.extraction.meta_page` (the page's parts, frame and headline),
:mod:`~newscrawl.extraction.meta_sources` (machine-readable and labelled dates),
:mod:`~newscrawl.extraction.meta_stamps` (visible stamps) and
:mod:`~newscrawl.extraction.meta_bylines` (bylines).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.bylines import byline_names, is_full_name, is_organisation, split_names
from newscrawl.extraction.headlines import (
    choose_headline,
    shown_segment,
    slug_headline,
    title_headline,
    unescaped,
    visible,
)
from newscrawl.extraction.html import element_text, host_of, page_address
from newscrawl.extraction.jsonld import author_names, clean, image_url, publisher_names
from newscrawl.extraction.meta_bylines import Bylines, acronym
from newscrawl.extraction.meta_page import cut_at_quote, links_home
from newscrawl.extraction.meta_record import Candidate, Metadata, page_normaliser
from newscrawl.extraction.stamp_names import heading_text, story_headings

__all__ = ["Candidate", "Metadata", "extract_metadata", "page_normaliser"]

#: Metas that state the headline (with JSON-LD ``headline``).
_TITLE_METAS = ("og:title", "twitter:title")

#: XPath's whitespace (``normalize-space``): not Python's, which has more (no-break spaces).
_XML_SPACE = re.compile(r"[ \t\r\n]+")


def _name_key(name: str) -> str:
    """A name as names are compared: casefolded, its whitespace runs collapsed."""
    return " ".join(name.casefold().split())


class _Collector(Bylines):
    """State of one page's extraction; :func:`extract_metadata` is its public face."""

    def _authors(self, art: dict[str, Any]) -> list[dict[str, str | None]]:
        """The article's authors: JSON-LD ``author``, else an author meta, else the visible
        byline. When the structured authors are only the publication itself (its name,
        host or initials: a CMS default) or a section of the site (a lone word the page's
        sections name: "Nachrichten"), the writers the page names elsewhere win
        (:meth:`_named_elsewhere`); a section is no one's name. A page with no structured
        author is read the same way: where its byline names only the publication ("by <a
        href=/author/admin/>Ilanga D</a>") or no one, the writers it names elsewhere (a
        bold line of names above the story's text, a closing credit) win, and the
        publication's byline stays when there are none."""
        authors = author_names(art.get("author"), self.url)
        if not authors:
            for key in ("author", "article:author", "parsely-author", "sailthru.author"):
                if (name := unescaped(clean(self.meta.get(key)))) and not name.startswith("http"):
                    authors = [{"name": n, "url": None} for n in split_names(name)]
                    break
        organisations = publisher_names(art, self.meta)
        host = host_of(self.url)

        def publication(people: list[dict[str, str | None]]) -> bool:
            return all(is_organisation(a["name"] or "", organisations, host) for a in people)

        if not authors:
            shown = self.bylines()
            if shown and not publication(shown):
                return shown
            return self._named_elsewhere(publication, byline=False) or shown
        if publication(authors):
            return self._named_elsewhere(publication) or authors
        if not any(is_full_name(a["name"] or "") for a in authors) and self._sections(
            art, authors
        ):
            return self._named_elsewhere(publication)
        return authors

    def _named_elsewhere(
        self, publication: Callable[[list[dict[str, str | None]]], bool], *, byline: bool = True
    ) -> list[dict[str, str | None]]:
        """Writers the page names beside a structured author that names none: another
        ``<meta name="author">`` (a page may state it twice, the publication first), else the
        story's byline, else a bold line of names above its text
        (:meth:`~.meta_bylines.Bylines.lead_names`); each only when it is not the
        publication (*publication*) and names someone in full. Else the sources named in
        full a closing line credits after the publication's name ("Wochenblatt / Última Hora",
        :meth:`~.meta_bylines.Bylines.closing_credit`). None: []. *byline*: False when
        the byline was read already (and named no one but the publication)."""
        for value in self.author_metas:
            text = unescaped(clean(value))
            if not text or text.startswith("http"):
                continue
            people: list[dict[str, str | None]] = [
                {"name": n, "url": None} for n in byline_names(text)
            ]
            if (
                people
                and not publication(people)
                and all(is_full_name(n["name"] or "") for n in people)
            ):
                return people
        for read in (self.bylines, self.lead_names) if byline else (self.lead_names,):
            writers = read()
            if (
                writers
                and not publication(writers)
                and any(is_full_name(w["name"] or "") for w in writers)
            ):
                return writers
        credited = self.closing_credit(lambda name: publication([{"name": name, "url": None}]))
        return [
            c
            for c in credited
            if (is_full_name(c["name"] or "") or acronym(c["name"] or "")) and not publication([c])
        ]

    def _sections(self, art: dict[str, Any], authors: list[dict[str, str | None]]) -> bool:
        """True when each of *authors* is the name of a section of the site the page
        states: its ``articleSection``, ``article:section`` meta, or a link marked as its
        category (``rel="category tag"``; not a tag alone): a CMS account named after the
        desk."""
        stated = art.get("articleSection")
        names = {
            _name_key(s)
            for s in [
                *(stated if isinstance(stated, list) else [stated]),
                self.meta.get("article:section"),
            ]
            if isinstance(s, str)
        }
        wanted = {_name_key(a["name"] or "") for a in authors}
        if wanted <= names:
            return True
        for link in self.root.iter("a"):
            # (a category, rel="category tag"; a tag alone names a topic, a person or an
            # agency, "AFP", as readily as a section)
            if "category" in (link.get("rel") or "").lower().split():
                names.add(_name_key(element_text(link)))
        return wanted <= names

    def _shown_in(self, title: str) -> Callable[[str], bool]:
        """Whether the page's body holds an element, outside links, whose whole text is a
        segment of *title* (:func:`shown_texts`, read once, when first asked)."""
        texts: set[str] | None = None

        def shows(segment: str) -> bool:
            nonlocal texts
            if texts is None:
                # (a segment of the title, its whitespace collapsed, is no longer than it)
                texts = shown_texts(self.root, len(title))
            return " ".join(segment.split()) in texts

        return shows

    def _named_headline(self) -> str | None:
        """The ``content`` of the head's ``<meta name="headline">``: the page's own statement
        of its headline by that name, as a JSON-LD ``headline`` states it (microdata's
        ``itemprop="headline"`` metas are left out: a list of teasers marks its items' so);
        None for a value cut at a quote mark left unescaped (:func:`cut_at_quote`)."""
        element = self.root.find('head/meta[@name="headline"]')
        if element is None or cut_at_quote(element):
            return None
        return clean(element.get("content"))

    def result(self) -> Metadata:
        """Assemble the non-date fields (JSON-LD article first, then metas, then markup)."""
        art = self.article or {}
        meta = self.meta
        h1 = self.headline if self.headline is not None and self.headline.tag == "h1" else None
        if not any(art.get("headline") or meta.get(k) for k in _TITLE_METAS):
            # No stated headline: the page's first <h1> that is not its site's name (a
            # heading linking the home page: a theme's site title over every page).
            h1 = next((h for h in self.root.iter("h1") if not links_home(h, self.url)), None)
        stated_section = art.get("articleSection")
        sections = stated_section if isinstance(stated_section, list) else [stated_section]
        organisations = publisher_names(art, meta)
        headline = choose_headline(
            # A page without a JSON-LD headline may name it in a head meta of that name.
            _stated(art.get("headline")) or self._named_headline() or _stated(art.get("name")),
            clean(meta.get("og:title")),
            clean(meta.get("twitter:title")),
            (heading_text(h1) or None) if h1 is not None else None,
            story_headings(self.root),
            # What a title may append: the site's name and the story's section.
            site_names=[
                *organisations,
                *(n for n in map(clean, [*sections, meta.get("article:section")]) if n),
            ],
            url=self.url,
        )
        if headline is None and (title := self._title_element()):
            # A page that states its headline nowhere else (no JSON-LD, no og/twitter
            # title, no <h1>) still names it in its <title>, maybe after its site name.
            # The site's name the page's logo <h1> states (linking home) is one too.
            logos = [
                text
                for h in self.root.iter("h1")
                if links_home(h, self.url) and (text := element_text(h))
            ]
            headline = title_headline(title, self.url, [*organisations, *logos])
            if headline == title:
                # A title the site's name cannot be told off by name: the segment the
                # page shows as an element's whole text outside links (its heading).
                headline = shown_segment(title, self._shown_in(title)) or title
        if headline is None:
            # Nor there (a <title> of the site's name): the heading the URL's slug spells.
            headline = slug_headline(story_headings(self.root), self.url)
        headline = visible(headline)
        authors = self._authors(art)
        section = sections[0] if sections else None
        keywords: Any = art.get("keywords") or meta.get("keywords") or meta.get("news_keywords")
        if isinstance(keywords, str):
            keywords = keywords.split(",")
        # The first of the two naming a web page: a malformed one names none.
        image = page_address(self.url, image_url(art.get("image"))) or page_address(
            self.url, clean(meta.get("og:image"))
        )
        # The first of the two that names a web page: a malformed one names none.
        canonical = page_address(self.url, self.links.get("canonical")) or page_address(
            self.url, meta.get("og:url")
        )
        language = self.page_language()
        return Metadata(
            headline=headline,
            authors=authors,
            section=clean(section) or clean(meta.get("article:section")),
            # A description escaped twice ("What&#8217;s … [&hellip;]") is read as shown.
            description=unescaped(
                clean(art.get("description"))
                or clean(meta.get("description"))
                or clean(meta.get("og:description"))
            ),
            language=language.replace("_", "-") if language else None,
            canonical_url=canonical,
            image={"url": image, "caption": None} if image else None,
            keywords=[k for k in (clean(k) for k in keywords or []) if k]
            if isinstance(keywords, list)
            else [],
            published=self.published,
            modified=self.modified,
            og_type=clean(meta.get("og:type")),
            jsonld_types=frozenset(self.jsonld_types),
            article_body=body if isinstance(body := art.get("articleBody"), str) else None,
            header_stamps=frozenset(self.header_stamps),
            frame=self.frame,
            replies=frozenset(self.replies),
        )


def _stated(value: Any) -> str | None:
    """A JSON-LD text field's text (:func:`~.jsonld.clean`), the first of a list of them
    (``"headline": ["Budget passed"]``)."""
    if isinstance(value, list):
        return next((text for item in value if (text := clean(item))), None)
    return clean(value)


def shown_texts(root: HtmlElement, cap: int) -> set[str]:
    """The whole texts of the elements in the page's body that neither lie in a link nor
    hold one, as XPath's ``normalize-space(.)`` gives them (every text inside, scripts'
    too; XML whitespace runs as one space), those of at most *cap* characters.

    Read from the leaves up, each element's text from its children's: the work is the
    size of the page, where XPath reads each element's whole subtree (its size times its
    depth: a deep page). A text over *cap* makes its containers' over it too."""
    found: set[str] = set()
    for body in root.getroottree().getroot().iter("body"):
        if any(a.tag == "a" for a in body.iterancestors()):
            continue  # (a body in a link: every element of it lies in one)
        in_links: set[HtmlElement] = set()
        for link in body.iter("a"):
            if link not in in_links:
                in_links.update(link.iter())
        # Element -> its text with whitespace runs as one space (collapsing commutes with
        # concatenation); None: over the cap, or a link or the holder of one.
        texts: dict[HtmlElement, str | None] = {}
        # Reversed page order: an element's children come before it.
        for element in reversed(list(body.iter(etree.Element))):
            if element.tag == "a":
                texts[element] = None
                continue
            parts = [element.text or ""]
            for child in element:
                if isinstance(child.tag, str):
                    inner = texts[child]
                    if inner is None:
                        texts[element] = None
                        break
                    parts.append(inner)
                if tail := child.tail:  # (a comment's tail is its parent's text too)
                    parts.append(tail)
            else:
                text = _XML_SPACE.sub(" ", "".join(parts))
                shown = text.strip(" ")
                if len(shown) > cap:
                    texts[element] = None
                    continue
                texts[element] = text
                if element is not body and element not in in_links:
                    found.add(shown)
    return found


def extract_metadata(
    root: HtmlElement,
    url: str,
    story: HtmlElement | None = None,
    nodes: Sequence[HtmlElement] | None = None,
) -> Metadata:
    """Article metadata of any news page; dates as ranked raw candidates.

    ``root`` is the parsed page (any element of its tree), ``url`` the page URL (used for
    relative links and as the last-resort publication day). ``story`` is the element that
    holds the story's text, when the caller's body extractor found it: on a page without a
    headline ``<h1>`` it is the main frame, whatever its containers' classes say.
    ``nodes``: every node of the page's tree in page order (``list(root.iter())`` of its
    top element), when the caller holds them (read instead of a walk over the tree).
    """
    collector = _Collector(root, url)
    collector.collect(nodes)
    collector.find_frame(story)
    collector.jsonld()
    collector.script_data()
    collector.metas()
    collector.microdata()
    collector.time_elements()
    collector.demote_time_lists()
    collector.stamps()
    collector.labelled_values()
    collector.story_dateline()
    collector.local_forms()
    collector.url_date()
    return collector.result()
