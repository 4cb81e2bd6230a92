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

This module holds the public entry points, :func:`generic_article` and
:func:`generic_page`: the body (:func:`~newscrawl.extraction.generic_body.extract_body`),
the metadata, the second opinion, the stated lines and the page kind of one page. The
body model's parts: :mod:`~newscrawl.extraction.blocks` (shared pieces),
:mod:`~newscrawl.extraction.walk_marks` and :mod:`~newscrawl.extraction.walk` (the walk),
:mod:`~newscrawl.extraction.tally` (scores and the container),
:mod:`~newscrawl.extraction.anchored` (the story under the headline),
:mod:`~newscrawl.extraction.entries` (live blogs and posts),
:mod:`~newscrawl.extraction.story_lines` (the story's lines),
:mod:`~newscrawl.extraction.teaser_boxes` (teasers) and
:mod:`~newscrawl.extraction.generic_body` (the body's entry point).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from lxml.html import HtmlElement

from newscrawl.extraction.blocks import HEADINGS, tag_name
from newscrawl.extraction.body import BodyParts, Paragraph, clean_paragraphs
from newscrawl.extraction.boilerplate import MIN_SCORED_CHARS
from newscrawl.extraction.bylines import is_full_name, is_organisation
from newscrawl.extraction.dates import LabelledDate
from newscrawl.extraction.edges import (
    HEADER_LINE_MAX_CHARS,
    PROSE_MIN_CHARS,
    closing_lines,
    credit_lines,
    deck_lines,
    header_end,
    header_furniture,
    header_lines,
    headline_lines,
    repeated_button_boxes,
    repeated_lines,
    same_text,
    stamp_lines,
    summary_box_end,
    text_header_end,
    title_group_end,
)
from newscrawl.extraction.generic_body import GenericBody, extract_body, story_paragraphs
from newscrawl.extraction.headlines import key_words
from newscrawl.extraction.html import NotHTMLError, host_of, selector, site_names
from newscrawl.extraction.metadata import Metadata, extract_metadata
from newscrawl.extraction.page import PageData
from newscrawl.extraction.pagekind import (
    MAX_PAGE_STAMPS,
    MIN_UNCERTAIN_CHARS,
    STAMP_SOURCES,
    PageKind,
    article_url,
    best_text,
    entries_markup,
    headline_over,
    headline_stated,
    page_kind,
    post_run,
    posts_dated,
    slug_only,
    states_own_date,
    teaser_run,
)
from newscrawl.extraction.second import (
    SECOND_SOURCE,
    Signals,
    may_prefer,
    prefer_second,
    second_body,
    unsure_reason,
)
from newscrawl.extraction.stated import stated_end, stated_lines, told_apart
from newscrawl.extraction.teaser_boxes import short_text
from newscrawl.extraction.vocabulary import SUBHEADING_TAGS
from newscrawl.extraction.words import ends_sentence, long_enough, words


def _placeholder_headline(root: HtmlElement) -> str | None:
    for count, meta in enumerate(root.iter("meta")):
        if count > 500:
            break
        if meta.get("property") == "og:title" and (content := meta.get("content")):
            return " ".join(content.split()) or None
    for h1 in root.iter("h1"):
        return short_text(h1, 500) or None
    return None


def generic_page(root: HtmlElement, url: str) -> PageData:
    """Page data of any page: body and teasers (headline from og:title / h1 as a stand-in;
    the metadata extractor fills the rest)."""
    return _page_of(extract_body(root, url), _placeholder_headline(root))


def _page_of(found: GenericBody, headline: str | None) -> PageData:
    return PageData(
        extractor="generic",
        headline=headline,
        body=found.body,
        teasers=found.teasers,
    )


def generic_article(
    root: HtmlElement, url: str, *, fetched_at: datetime | None = None
) -> PageData:
    """Everything the generic extractor reads off a page without a site profile: body
    and teasers from the block model, the rest from structured metadata
    (:func:`newscrawl.extraction.metadata.extract_metadata`). Dates stay raw, with their
    source: the date pipeline normalises them. A candidate is chosen as the pipeline will
    judge it, at ``fetched_at``, the page's fetch time (aware; None: now): on a page
    fetched earlier, a day after its fetch (an "available until" day) is no publication
    date, however long ago that day is now."""
    with _collector_paused():
        return _generic_article(root, url, fetched_at)


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


def _generic_article(root: HtmlElement, url: str, fetched_at: datetime | None) -> PageData:
    # One Python proxy per element, held for the whole extraction: lxml.html makes a
    # proxy (through a Python class lookup) each time a walk meets an element no one
    # holds, and the body walk, teaser scan, stamp search and page-kind tests each walk
    # the whole tree; held proxies are reused, not rebuilt. The teaser scan and the
    # metadata's pass over the page read this list instead of walking the tree again.
    held = list(root.iter())
    found = extract_body(root, url, held)
    whole = root is root.getroottree().getroot()  # (held is then every node it reads)
    meta = extract_metadata(root, url, found.story, held if whole else None)
    _headline_only(found, meta.headline or _placeholder_headline(root))
    _restore_stated(found, meta)
    _cut_header(found, meta)
    _cut_tail(found, meta)
    _cut_author_note(found, meta, root, url)
    page = _page_of(found, meta.headline or _placeholder_headline(root))
    page.authors = meta.authors
    page.section = meta.section
    page.description = meta.description
    page.language = meta.language
    page.canonical_url = meta.canonical_url
    page.image = meta.image
    story = frozenset(page.body.paragraphs)
    published = meta.usable_published(root, url, story, fetched_at=fetched_at)
    modified = meta.usable_modified(fetched_at=fetched_at)
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
    if unsure is None or not may_prefer(page.body.paragraphs, signals):
        return
    theirs = _second_lines(root, url, page.headline)
    why = prefer_second(page.body.paragraphs, theirs, signals)
    if why is None:
        return
    # Its header lines (a kicker glued to the headline, a byline) go, as the block
    # model's do (:func:`~newscrawl.extraction.edges.text_header_end`).
    theirs = theirs[text_header_end(theirs) :]
    if len(theirs) > 1 and _deck(root, theirs[0], page.description):
        theirs = theirs[1:]
    body = clean_paragraphs([Paragraph(line) for line in theirs])
    if body.paragraphs:
        page.body = body
        page.body_uncertain = None
        page.body_source = f"{SECOND_SOURCE} ({unsure}; {why})"


def _deck(root: HtmlElement, line: str, description: str | None) -> bool:
    """True when the second opinion's first *line* is the article's deck: the whole text
    of a heading of the page (not its ``h1``) that says what the page's *description*
    says (:func:`~newscrawl.extraction.edges.same_text`). Two signals agree, as for the
    block model's deck and standfirst: a first paragraph merely doubling as the
    description, set as a paragraph, stays."""
    if not description or not same_text(line, description):
        return False
    return any(" ".join(h.text_content().split()) == line for h in root.iter(*SUBHEADING_TAGS))


def _second_lines(root: HtmlElement, url: str, headline: str | None) -> list[str]:
    """trafilatura's lines of the page (:func:`~newscrawl.extraction.second.second_body`)
    but those repeating the *headline* (it opens its text with it)."""
    words = key_words(headline or "")
    return [line for line in second_body(root, url) if key_words(line) != words]


def _headline_only(found: GenericBody, headline: str | None) -> None:
    """Forget a story container credited by the page's headline alone (its one line long
    enough to score says the headline: a headline set in a ``div`` or ``p`` over lines
    too short to score): no story container was found. The page's main text, lines
    repeating the headline left out, stays for an article-shaped page's uncertain body."""
    if not found.loose or not found.paragraphs:
        return
    words = key_words(headline or "")
    scoring = [
        p.text
        for p, owner in found.paragraphs
        if len(p.text) >= MIN_SCORED_CHARS and tag_name(owner) not in HEADINGS
    ]
    if not words or not scoring or any(key_words(text) != words for text in scoring):
        found.loose = []  # a story was found: its container's text is the story's
        return
    found.body = BodyParts()
    found.paragraphs = []
    found.captions = []
    found.loose = [p for p in found.loose if key_words(p.text) != words]


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
        if index not in held or not ends_sentence(paragraph.text):
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
    byline, the deck (a heading before the story built like none of its subheadings),
    and the stamp lines and the lines repeated as furniture within it."""
    pairs = [(p.text, owner) for p, owner in found.paragraphs]
    left_out, held = told_apart([p for p, _ in pairs], meta.article_body)
    cut = header_end(pairs, meta.description, left_out, held)
    cut = max(cut, summary_box_end(pairs, held))
    cut = max(cut, title_group_end(pairs))
    names = [a["name"] or "" for a in meta.authors]
    # The raw text of the visible stamps the metadata read (a local month name, a
    # Buddhist-era year), for the stamp line under the headline.
    stamps = {c.raw for c in (*meta.published, *meta.modified) if c.source in STAMP_SOURCES}
    lines = set(header_lines(pairs[cut:], meta.headline, names, stamps))
    lines.update(stamp_lines(pairs[cut:]))
    lines.update(repeated_lines(pairs[cut:]))
    lines.update(repeated_button_boxes(pairs[cut:]))
    lines.update(closing_lines(pairs[cut:]))
    lines.update(credit_lines(pairs[cut:]))
    lines.update(deck_lines(pairs[cut:]))
    lines.update(header_furniture(pairs[cut:]))
    lines.update(headline_lines(pairs[cut:], meta.headline))
    # Lines before the story's first paragraph that its stated text leaves out (short
    # ones, a kicker or a reading time, and leads: the page's own account of its story
    # starts after them); headings stay.
    for index, (text, owner) in enumerate(pairs[cut:]):
        if long_enough(text, PROSE_MIN_CHARS) and cut + index not in left_out:
            break
        if cut + index in left_out and (
            len(text) <= HEADER_LINE_MAX_CHARS or tag_name(owner) not in HEADINGS
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
    after = {i for i in after if tag_name(found.paragraphs[i][1]) not in HEADINGS}
    if after:
        found.paragraphs = [p for i, p in enumerate(found.paragraphs) if i not in after]
        found.body = clean_paragraphs([p for p, _ in found.paragraphs])


#: A closing paragraph is an author's note when one of the page's authors is named
#: within its first this many words (an author's bio, "Email Name at …", a credit
#: "MDR (Name, Name)"): a story's last paragraph closing with its authors' credit
#: ("… (Name aus Berlin, Name, 3.5.2024)") is the story's.
AUTHOR_NOTE_MAX_START = 8


def _opening_names(text: str, names: list[list[str]]) -> list[list[str]]:
    """Those of *names* (each a list of casefolded words) that *text* names within its
    first :data:`AUTHOR_NOTE_MAX_START` words, word for word."""
    said = [w.casefold() for w in words(text)[: AUTHOR_NOTE_MAX_START + 4]]
    # (a name starting at one of the first AUTHOR_NOTE_MAX_START words ends by this many)
    return [n for n in names if _holds(said[: AUTHOR_NOTE_MAX_START - 1 + len(n)], n)]


def _holds(said: list[str], name: list[str]) -> bool:
    """True when the words *said* hold the words of *name* in a row."""
    return any(said[i : i + len(name)] == name for i in range(len(said) - len(name) + 1))


def _cut_author_note(found: GenericBody, meta: Metadata, root: HtmlElement, url: str) -> None:
    """Take out the story's last paragraph when it opens by naming one of the page's
    authors (a full name from the page's metadata: two words or more, or one in a
    script without case, not the publication's own name or host: ``og:site_name``,
    ``application-name``, the host of *url*; within its first
    :data:`AUTHOR_NOTE_MAX_START` words) that the story's other paragraphs do not name:
    a note on the author printed after the story in the story's own style (a
    correspondent's bio, "Email Name at …", a guest author's line, a credit naming the
    reporters). Two signals agree: the place, after the story's text, and the name, the
    one the page states as its author, which a story does not name. A story of one
    paragraph, a heading, a last paragraph naming its authors only at its end (the
    story's text closed by a credit in brackets) and one opening with the name of a
    person the story names before (its subject, read as the author from a misread
    byline) stay, and so does one opening with the publication's name ("CNN has asked
    the ministry for comment"). The page's names for itself are read only when a name
    opens the last paragraph (most pages pay no walk for them)."""
    if len(found.paragraphs) < 2 or not meta.authors:
        return
    paragraph, owner = found.paragraphs[-1]
    if tag_name(owner) in HEADINGS:
        return
    people = [a["name"] or "" for a in meta.authors if is_full_name(a["name"] or "")]
    names = {name: [w.casefold() for w in words(name)] for name in people}
    opening = _opening_names(paragraph.text, list(names.values()))
    if not opening:
        return
    organisations, host = site_names(root), host_of(url)
    opening = [
        said
        for name, said in names.items()
        if said in opening and not is_organisation(name, organisations, host)
    ]
    before = [[w.casefold() for w in words(p.text)] for p, _ in found.paragraphs[:-1]]
    if all(any(_holds(text, name) for text in before) for name in opening):
        return
    found.paragraphs = found.paragraphs[:-1]
    found.body = clean_paragraphs([p for p, _ in found.paragraphs])


def _markup_story(markup: str, url: str) -> list[Paragraph]:
    """The story's paragraphs in a piece of markup (a page's script data)."""
    try:
        root = selector(f"<html><body>{markup}</body></html>").root
    except NotHTMLError:
        return []
    return story_paragraphs(root, url)


def _teaser_on_front(kind: PageKind, body: BodyParts) -> bool:
    """True when the story found is no longer than a teaser
    (:data:`~newscrawl.extraction.pagekind.MIN_UNCERTAIN_CHARS`) on a page that nothing
    calls an article and whose address or run of linked headings calls a page of other
    pages (a front page's lead teaser; ``og:type`` website alone is no such call, many
    stories carry it)."""
    if kind.article or not any(not signal.startswith("og:type") for signal in kind.other):
        return False
    return sum(map(len, body.paragraphs)) <= MIN_UNCERTAIN_CHARS


def _story_in_teasers(
    body: BodyParts, story: HtmlElement | None, root: HtmlElement, url: str, meta: Metadata
) -> str | None:
    """Why the story found is a teaser (``"the story found is one of 6 teasers"``): it is no
    longer than one (:data:`~newscrawl.extraction.pagekind.MIN_UNCERTAIN_CHARS`), it lies
    in a run of entries each under a heading linking another page
    (:func:`~newscrawl.extraction.pagekind.teaser_run`: a tag or topic page's lead teaser
    with its standfirst), and nothing but a URL's slug of words calls the page an article
    (no article type, no date of its own, no day or long id in its URL). Else None."""
    if sum(map(len, body.paragraphs)) > MIN_UNCERTAIN_CHARS:
        return None
    teasers = teaser_run(story, url)
    if not teasers:
        return None
    kind = page_kind(root, url, meta)
    if any(signal != "article URL" or not slug_only(url) for signal in kind.article):
        return None
    return ", ".join((f"the story found is one of {teasers} teasers", *kind.article, *kind.other))


#: Date sources of a page's own metas (not a post's markup on a page of posts).
_PAGE_META_DATES = frozenset({"meta-og", "meta"})
_NUMBERS = re.compile(r"\d+")


def _story_in_posts(
    story: list[str], container: HtmlElement | None, root: HtmlElement, url: str, meta: Metadata
) -> str | None:
    """Why the story found is a page of posts' (``"the story found lies in a run of 6
    posts"``): most of its text lies in the entries of a run of posts
    (:func:`~newscrawl.extraction.pagekind.post_run`: a blog's front page, archive, tag or
    search page, in excerpts or in full), and nothing of the page's own calls it an
    article: no ``og:type`` article, no publication date in its metas nor a day it shows
    outside the entries as its own (one or two stamps, a dateline under a list article's
    headline: a page of posts shows each post's in the post), no day or long id in its
    URL, no article markup but the entries' own (each post of a blog's page of posts may
    be marked as one). Else None."""
    og_type = (meta.og_type or "").lower()
    if og_type.startswith("article") or (article_url(url) and not slug_only(url)):
        return None
    if any(c.source in _PAGE_META_DATES for c in meta.published):
        return None
    pages = (url, meta.canonical_url or url)
    entries = post_run(container if container is not None else root, story, pages)
    if not entries or not entries_markup(root, entries):
        return None
    # (a bare year, an archive widget's "2024", names no day)
    shown = {" ".join(c.raw.split()) for c in meta.published if len(_NUMBERS.findall(c.raw)) > 1}
    if not posts_dated(entries, shown) and headline_over(root, url, entries):
        return None  # an article's items (a roundup's, a list's, an FAQ's), not dated posts
    texts = [" ".join(entry.text_content().split()) for entry in entries]
    days = {
        c.raw
        for c in meta.published
        if c.source in STAMP_SOURCES and len(_NUMBERS.findall(c.raw)) > 1
    }
    own = {raw for raw in days if not any(" ".join(raw.split()) in t for t in texts)}
    if 0 < len(own) <= MAX_PAGE_STAMPS:
        return None  # the page's own day, shown outside its entries
    kind = page_kind(root, url, meta)
    return ", ".join((f"the story found lies in a run of {len(entries)} posts", *kind.other))


def _settle_kind(
    page: PageData, found: GenericBody, root: HtmlElement, url: str, meta: Metadata
) -> None:
    """Whether the page is an article after all (:mod:`~newscrawl.extraction.pagekind`):
    a story on a page of other pages is none; a page shaped like an article (two article
    signals outnumbering the others, or its own publication date not outnumbered, or no
    sign of a page of other pages and a headline its ``<title>`` states) whose story
    container was not found gets its best text as an uncertain body."""
    kind = page_kind(root, url, meta, listing_only=bool(page.body.paragraphs))
    if page.body.paragraphs:
        if kind.is_listing or _teaser_on_front(kind, page.body):
            page.body = BodyParts()
            page.not_article = f"a page of other pages ({kind.describe()}), not an article"
        elif teasers := _story_in_teasers(page.body, found.story, root, url, meta):
            page.body = BodyParts()
            page.not_article = f"a page of other pages ({teasers}), not an article"
        elif posts := _story_in_posts(page.body.paragraphs, found.story, root, url, meta):
            page.body = BodyParts()
            page.not_article = f"a page of other pages ({posts}), not an article"
        return
    # A page that states its own publication date (not the first of a list's stamps) and
    # that no more signals call a page of other pages than an article: a story, whose text
    # the reader sees however short.
    published = [d.raw for d in page.dates if d.field == "datePublished"]
    dated = states_own_date(page.date_source, published, meta) and len(kind.article) >= len(
        kind.other
    )
    if not page.headline:
        return
    # A page nothing calls a page of other pages, whose <title> or URL states its headline:
    # a story on a plain page (a blog post, a document) when it shows more than a teaser.
    titled = (
        not (kind.is_article or dated)
        and not kind.other
        and headline_stated(root, url, page.headline)
    )
    if not (kind.is_article or dated or titled):
        return
    fallback = best_text(
        root,
        meta,
        found.loose,
        lambda markup: _markup_story(markup, url),
        dated=dated,
        shown_only=titled,
        second=lambda: [Paragraph(line) for line in _second_lines(root, url, page.headline)],
    )
    if fallback is None:
        return
    body = clean_paragraphs(fallback[0])
    if posts := _story_in_posts(body.paragraphs, found.story, root, url, meta):
        page.not_article = f"a page of other pages ({posts}), not an article"
        return
    if body.paragraphs:
        page.body = body
        signals = list(kind.article)
        if titled:
            signals.append("headline stated twice")
        elif not kind.is_article and "publication date" not in signals:
            signals.append(f"publication date ({page.date_source})")
        page.body_uncertain = (
            f"no story container found; the text is {fallback[1]} (article signals: "
            f"{', '.join(signals)})"
        )
