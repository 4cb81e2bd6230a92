"""Extraction work grows with the page, not with the page times its nesting.

Work is counted, not timed (tests never assert timings): :func:`work` counts, through
:mod:`cProfile`, the calls the project's own code makes (its functions' calls and
generator resumptions, and every function, builtin or lxml method they call, lxml's
element-class lookup for each new element proxy included), plus the nodes lxml walks in C
for its ``element.xpath()`` and ``iterancestors()`` calls (:class:`_Walks`). The counts
do not depend on the machine's load. Each test builds one shape at size *n* and at
``K * n`` (every length that can multiply another scaled) and asserts
``work(K * n) <= bound * work(n)``: linear work grows ``K`` times, a quadratic blow-up
``K ** 2`` times. The named shapes, which grow at most 5.4x today, get ``NAMED_GROWTH``.

Generated shapes (hypothesis draws them) cannot be judged by growth: below a cap
(``MAX_ANCESTOR_LEVELS`` levels, a short text's length) work grows with two lengths at
once, so a shape that crosses a cap between its two sizes grows up to ``K ** 2`` times
although its work is bounded per element (a chain of 40 to 160 ``blockquote`` each
holding a ``<br>`` grew 9.5x). They get a budget instead, as the old timing test had, in
counts: ``WORK_FIXED + WORK_PER_BYTE`` per byte of the page at its larger size, about
3x today's worst (18 a byte); a blow-up that is quadratic in a page of thousands of
elements costs hundreds a byte. Counts differ by a few calls in 100,000 between runs
(hash order of elements), ratios and budgets not visibly.

Not seen: C work behind compiled ``etree.XPath`` objects, CSS queries, ``iter()``,
``itertext()`` and string joins, except through the Python calls made per element they
return. The fuzz corpus (tests/test_fuzz.py) only guards against hangs (a CPU limit per
document). Third-party work (trafilatura, htmldate) is counted as the calls the project
makes into it, not by what it does inside: a library's own growth is not asserted here.
"""

from __future__ import annotations

import contextlib
import cProfile
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import count
from operator import itemgetter
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from lxml.html import HtmlElement

import newscrawl
from newscrawl.extraction import metadata
from newscrawl.extraction.jsonld import load_json
from newscrawl.extraction.text import split_text
from newscrawl.offline import PageError, extract_html

from .conftest import FIXTURES

FETCHED = datetime(2025, 5, 20, 12, 0, tzinfo=UTC)
#: How much bigger the large size of a shape is.
K = 4
#: Work of a named shape may grow from size n to size K * n: linear is K, quadratic K ** 2;
#: the named shapes below are past every cap or below them.
NAMED_GROWTH = 1.5 * K
#: Work a generated page may cost: a fixed allowance (a page's metadata, its records) and
#: a share per byte.
WORK_FIXED = 50_000
WORK_PER_BYTE = 60
PACKAGE = str(Path(newscrawl.__file__).parent)
XPATH = HtmlElement.xpath
ITERANCESTORS = HtmlElement.iterancestors
INDEX = HtmlElement.index
P = "<p>The council met on Monday, and the vote on the harbour plan was put off again.</p>"

TAGS = ["div", "section", "span", "a", "ul", "li", "article", "aside", "blockquote", "dl",
        "dd", "table", "td", "h2", "h3", "figure", "header", "time", "p", "b"]  # fmt: skip
#: Classes the generic model and the Dawn profile react to.
CLASSES = ["", "post-meta", "date", "byline", "story__content", "related", "sidebar",
           "entry-content", "timestamp--label", "author", "comments", "widget",
           "story story--single", "story", "story__title", "story__time", "story__excerpt",
           "story__link", "box__title", "story__byline", "ad"]  # fmt: skip
TEXTS = ["", "Published 5 hours ago +0500", "Updated: 2024-05-01 10:00", "By Ann Writer",
         "Published", "x, y.", "2025-05-19", "Read more", "<br>"]  # fmt: skip
SITES = (("generic", "https://example.com/story"), ("dawn", "https://www.dawn.com/news/1"))

motifs = st.lists(
    st.tuples(st.sampled_from(TAGS), st.sampled_from(CLASSES), st.sampled_from(TEXTS)),
    min_size=1,
    max_size=4,
)


def build(motif: list[tuple[str, str, str]], depth: int, per_level: int, bottom: int,
          copies: int) -> str:  # fmt: skip
    """The page: *motif* nested *depth* times, *per_level* paragraphs at each level and
    *bottom* at the bottom, the whole block *copies* times side by side."""
    opening = "".join(f'<{t} class="{c}" href="/news/1">{x}' for t, c, x in motif)
    opening += P * per_level
    closing = "".join(f"</{t}>" for t, _, _ in reversed(motif))
    block = opening * depth + P * bottom + closing * depth
    return (
        "<html><head><title>A headline | Site</title></head><body>"
        f"<h1>A headline</h1>{block * copies}</body></html>"
    )


def work(call: Callable[[], object]) -> int:
    """Work of the project's code while *call* runs: calls made by it (each of its
    functions' calls and generator resumptions, and every call those functions make, to
    anything) plus the nodes lxml walks in C for its ``element.xpath()`` and
    ``iterancestors()`` calls (:class:`_Walks`)."""
    profiler = cProfile.Profile()
    with _Walks() as walks:
        profiler.enable()
        try:
            with contextlib.suppress(PageError):  # "no story": a page can be refused
                call()
        finally:
            profiler.disable()
    count = walks.nodes
    for entry in profiler.getstats():
        code = entry.code
        if isinstance(code, str) or not code.co_filename.startswith(PACKAGE):
            continue
        count += entry.callcount + sum(sub.callcount for sub in entry.calls or ())
    return count


def _ours(frame: FrameType) -> bool:
    """True when *frame* runs the project's code (not trafilatura's, say)."""
    return frame.f_code.co_filename.startswith(PACKAGE)


class _Walks:
    """While active, counts the nodes an ``element.xpath()`` searching descendants or
    ancestors, an ``element.iterancestors()`` and an ``element.index()`` pass over in C
    (no Python call is made per node, so a call count cannot see them), when the project's
    code calls them: an XPath's whole node set, the ancestors an ``iterancestors()`` reader
    reads (lxml steps up as it is read; a reader that stops early walks no further), the
    children before the one ``index()`` finds (libxml2 counts from the first).
    Compiled ``etree.XPath`` objects, CSS queries and ``iter()`` are not metered: their
    per-node Python work is counted, their C walks are not."""

    def __init__(self) -> None:
        self.nodes = 0
        #: One counter per ``iterancestors()`` call: how many of its ancestors were read.
        self.reads: list[count[int]] = []

    def __enter__(self) -> _Walks:
        def xpath(element: HtmlElement, path: str, *args: Any, **kwargs: Any) -> Any:
            if not _ours(sys._getframe(1)):
                return XPATH(element, path, *args, **kwargs)
            if "//" in path or "descendant" in path:
                self.nodes += int(XPATH(element, "count(descendant-or-self::node())"))
            if "ancestor" in path:
                self.nodes += int(XPATH(element, "count(ancestor::node())"))
            if "normalize-space(.)" in path:
                # A test of each candidate's whole text reads its subtree: every node
                # once for each of its ancestors.
                self.nodes += sum(int(XPATH(n, "count(ancestor::node())")) for n in element.iter())
            return XPATH(element, path, *args, **kwargs)

        def iterancestors(element: HtmlElement, *args: Any, **kwargs: Any) -> Any:
            if not _ours(sys._getframe(1)):
                return ITERANCESTORS(element, *args, **kwargs)
            # lxml walks up lazily, one parent per item read (and one ahead of it): the
            # nodes read are counted, by a counter zipped beside them in C (no Python
            # call per node, which the call count would see as well).
            self.nodes += 1
            read = count()
            self.reads.append(read)
            return map(
                itemgetter(0), zip(ITERANCESTORS(element, *args, **kwargs), read, strict=False)
            )

        def index(element: HtmlElement, child: HtmlElement, *args: Any) -> int:
            # libxml2 steps through the children from the first up to the one asked for.
            found: int = INDEX(element, child, *args)
            if _ours(sys._getframe(1)):
                self.nodes += found + 1
            return found

        HtmlElement.xpath = xpath
        HtmlElement.iterancestors = iterancestors
        HtmlElement.index = index
        return self

    def __exit__(self, *exc: object) -> None:
        HtmlElement.xpath = XPATH
        HtmlElement.iterancestors = ITERANCESTORS
        HtmlElement.index = INDEX
        self.nodes += sum(next(read) for read in self.reads)
        self.reads.clear()


def growth(make: Callable[[int], Callable[[], object]], n: int) -> tuple[float, int, int]:
    """``work`` of ``make(K * n)`` over that of ``make(n)``, after one unmeasured run of
    ``make(n)`` (caches of class names, patterns and vocabularies filled for both)."""
    small = make(n)
    with contextlib.suppress(PageError):
        small()
    before = work(small)
    after = work(make(K * n))
    return after / before, before, after


def _extract(data: bytes, site: str, url: str) -> Callable[[], object]:
    return lambda: extract_html(data, url, FETCHED, site)


# No shrinking: the failure message names the shape.
@settings(max_examples=30, derandomize=True, deadline=None, database=None,
          phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(
    motif=motifs,
    depth=st.integers(40, 160),
    per_level=st.integers(0, 2),
    bottom=st.integers(0, 300),
    copies=st.integers(1, 3),
)
def test_extraction_is_linear_in_page_size(
    motif: list[tuple[str, str, str]], depth: int, per_level: int, bottom: int, copies: int
) -> None:
    # Depth and bottom paragraphs scale together: their product is what blew up before.
    data = build(motif, depth * K, per_level, bottom * K, copies).encode()
    budget = WORK_FIXED + WORK_PER_BYTE * len(data)
    for site, url in SITES:
        call = _extract(data, site, url)
        with contextlib.suppress(PageError):
            call()  # caches of class names, patterns and vocabularies filled
        spent = work(call)
        assert spent <= budget, (
            f"{site}: work {spent} for {len(data)} bytes ({spent / len(data):.1f} a byte, "
            f"budget {budget}): motif={motif} depth={depth * K} per_level={per_level} "
            f"bottom={bottom * K} copies={copies}"
        )


def test_nested_story_containers_are_read_once_for_controls() -> None:
    # Hundreds of nested story containers (each an h2 with a story class over a line with
    # a break): every box of the story was walked for its controls and players, 10.5x the
    # work for 4x the page, before each element under the boxes was read once.
    motif = [("p", "story__time", "<br>"), ("h2", "story__content", "By Ann Writer"),
             ("time", "story__byline", "x, y.")]  # fmt: skip
    ratio, before, after = growth(
        lambda m: _extract(
            build(motif, 143 * m, 1, 235 * m, 2).encode(), "generic", "https://example.com/s"
        ),
        1,
    )
    assert ratio <= NAMED_GROWTH, (before, after)


def _issue_page(n: int) -> bytes:
    # Paragraphs under nested divs, in a story container and in an article: 13k <p> under
    # 1k <div> took 48 s when every paragraph walked its ancestors.
    body = '<div class="story__content">' + "<div>" * n + P * (13 * n // 2) + "</div>" * (n + 1)
    body += "<article><h1>A headline</h1>" + "<div>" * n + P * (13 * n // 2) + "</div>" * n
    return f"<html><body>{body}</article></body></html>".encode()


@pytest.mark.parametrize("site", ["dawn", "generic"])
def test_the_issue_page_13000_paragraphs_under_1000_divs(site: str) -> None:
    ratio, before, after = growth(
        lambda n: _extract(_issue_page(n), site, "https://www.dawn.com/news/1"), 40
    )
    assert ratio <= NAMED_GROWTH, (before, after)


def _nested_page(n: int, elements: tuple[str, ...]) -> bytes:
    # *n* levels, each the *elements* (start tags without brackets, one inside the next;
    # "-" last: no paragraph) and a paragraph, every level inside the one before.
    tags = [e for e in elements if e != "-"]
    level = "".join(f"<{e}>" for e in tags) + ("" if "-" in elements else P)
    closing = "".join(f"</{e.split()[0]}>" for e in reversed(tags))
    body = level * n + closing * n
    return f"<html><body><article><h1>A headline</h1>{body}</article></body></html>".encode()


#: Elements the extractors read, nested into one another, and the nesting depth n.
NESTED = {
    # Dawn's story container nested 644 times took 7.5 s for 0.24 MB: read once, from the
    # top.
    "story-containers": (('div class="story__content"',), 60),
    # Generic's story-named rescuers in chrome-named wrappers: twins counted once per kind.
    # Shallow: the walks are cut at MAX_ANCESTOR_LEVELS, so the twins' cost stops growing
    # with n once n * 2 levels pass it.
    "rescuer-twins": (('div class="widget"', 'div class="entry-content"'), 40),
    # Bylines in bylines, none naming anyone: each one's text read through the page's
    # ShortTexts (6.8 s for 0.45 MB), Dawn's read once, from the top. No paragraphs: the
    # per-level work of a paragraph would hide a walk of each byline's few elements.
    "bylines": (('div class="byline story__byline"', "-"), 80),
    # Stamps in stamps: Dawn's read once, from the top.
    # Author boxes in author boxes, too long to be bylines: each searched for its
    # itemprop=name near its top only (an XPath over each box's subtree is work in C,
    # counted by the meter of lxml walks below).
    "author-boxes": (('div itemprop="author"',), 120),
    "stamps": (('span class="story__time timestamp--label"',), 60),
}


@pytest.mark.parametrize(("elements", "n"), NESTED.values(), ids=list(NESTED))
@pytest.mark.parametrize(("site", "url"), SITES, ids=[s for s, _ in SITES])
def test_nested_elements_are_read_once(
    site: str, url: str, elements: tuple[str, ...], n: int
) -> None:
    ratio, before, after = growth(lambda m: _extract(_nested_page(m, elements), site, url), n)
    assert ratio <= NAMED_GROWTH, (before, after)


def _title_page(n: int) -> bytes:
    # A page that states its headline only in its <title>, after a site name it cannot
    # tell off by name (no JSON-LD, no og:title, no <h1>), the headline shown in *n*
    # nested levels: the segment the page shows as an element's whole text was searched
    # by XPath, each element's text read from its whole subtree.
    level = "<div><span>Harbour plan vote put off again</span>"
    body = level * n + P * n + "</div>" * n
    return (
        "<html><head><title>Harbour plan vote put off again | Tidings Weekly</title></head>"
        f'<body><a href="/"><img src="logo.png" alt="Tidings Weekly"></a>{body}</body></html>'
    ).encode()


def test_a_headline_shown_only_in_the_title_is_found_in_one_pass() -> None:
    shown: list[int] = []
    reads = metadata.shown_texts

    def read(root: HtmlElement, cap: int) -> set[str]:
        shown.append(cap)
        return reads(root, cap)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(metadata, "shown_texts", read)
        ratio, before, after = growth(lambda n: _extract(_title_page(n), *SITES[0]), 50)
    assert shown  # the path is taken
    assert ratio <= NAMED_GROWTH, (before, after)


def _fixture_text(case: Path) -> Callable[[int], Callable[[], object]]:
    text = (case / "page.txt").read_text("utf-8")

    def make(n: int) -> Callable[[], object]:
        return lambda: split_text(text * max(1, n * 5_000 // len(text)))

    return make


@pytest.mark.parametrize("case", sorted((FIXTURES / "text").iterdir()), ids=lambda p: p.name)
def test_the_text_splitter_is_linear_too(case: Path) -> None:
    # Every candidate start of a teaser box copied the rest of the lines: 11 s for 0.5 MB.
    ratio, before, after = growth(_fixture_text(case), 2)
    assert ratio <= NAMED_GROWTH, (before, after)


#: Text crafted against the headline-run rules: every line a candidate start of a run.
RUN_TRAPS = {
    "title-case-after-every-byline": "By Staff Reporter\nStock Market Closes at Record High\n"
    "Gold Prices Fall by Rs2,000 per Tola\n",
    "marked-runs-broken-every-third-line": "Rupee closes flat |\nGold prices fall |\n"
    "Stocks rise\nOne more line\n",
    "lists-introduced-by-colons": "The list:\nTitle one here\n-\n",
}


def _repeated(unit: str) -> Callable[[int], Callable[[], object]]:
    return lambda n: (
        lambda: split_text("A story paragraph, as a sentence.\n" + unit * (n * 5_000 // len(unit)))
    )


@pytest.mark.parametrize("unit", RUN_TRAPS.values(), ids=list(RUN_TRAPS))
def test_headline_run_checks_stay_linear(unit: str) -> None:
    ratio, before, after = growth(_repeated(unit), 2)
    assert ratio <= NAMED_GROWTH, (before, after)


def test_stacked_boxes_cost_at_most_one_pass_each() -> None:
    # Boxes that only parse apart are peeled one per pass, MAX_STACKED_BOXES at most.
    unit = (
        "Rupee closes flat against dollar |\nCricket board names squad |\nBy Staff Reporter\n\n"
        "Rupee Closes Flat Against Dollar\nCricket Board Names Squad for Ireland Tour\n"
        "Petrol Price Likely to Fall From June 1\n"
    )
    split = _repeated(unit)(2)()
    assert isinstance(split, type(split_text("")))
    assert split.teasers and split.body.paragraphs[0] == "A story paragraph, as a sentence."
    ratio, before, after = growth(_repeated(unit), 2)
    assert ratio <= NAMED_GROWTH, (before, after)


def _dated_lines_page(n: int) -> bytes:
    # A story followed by *n* dated lines beside its paragraphs (an archive's, a comment
    # thread's): each line asked whether it comes before the story's first paragraph,
    # which took the positions of both among their siblings (libxml2 counts them from the
    # first): 14.8 s for a dev page given 20,000 such lines (bench/fuzz.py, many-stamps).
    lines = "".join(
        f'<div class="date"><time datetime="2023-03-{i % 28 + 1:02d}T10:00">{i % 28 + 1} '
        f"March 2023</time> By Writer {i}</div>"
        for i in range(n)
    )
    body = f"<article><h1>A headline</h1>{P * 8}{lines}</article>"
    return f"<html><body>{body}</body></html>".encode()


def test_stamps_beside_the_story_are_placed_in_one_pass() -> None:
    ratio, before, after = growth(
        lambda n: _extract(_dated_lines_page(n), "generic", "https://example.com/story"), 1000
    )
    assert ratio <= NAMED_GROWTH, (before, after)


def _dated_list_page(n: int) -> bytes:
    # A story and, below it in its article, one block of *n* dated links (a list of match
    # reports): each link, a stamp in the header area below the story, asked whether its
    # block holds words of its own (a reader's reply), read the whole block's text each
    # time: 3.5 s for a dev page given 20,000 links in a list (bench/fuzz.py, links-20000).
    months = ["January", "March", "May", "July", "August", "October"]
    links = "".join(
        f'<li><a href="/s/{i}">Match report, {i % 28 + 1} {months[i // 28 % 6]} '
        f"{2000 + i // 168}</a></li>"
        for i in range(n)
    )
    body = f"<article><h1>A headline</h1>{P * 8}<div><ul>{links}</ul></div></article>"
    return f"<html><body>{body}</body></html>".encode()


def test_a_block_of_dated_links_below_the_story_is_read_once() -> None:
    ratio, before, after = growth(
        lambda n: _extract(_dated_list_page(n), "generic", "https://example.com/story"), 300
    )
    assert ratio <= NAMED_GROWTH, (before, after)


def _own_class_stamps_page(n: int) -> bytes:
    # Under the headline, *n* dated lines, each of a class of its own: each line and its
    # stamp asked whether a sibling shares its tag and class (a list's entries) walked all
    # its siblings to find none.
    months = ["January", "March", "May", "July", "August", "October"]
    lines = "".join(
        f'<div class="m{i}"><span class="d{i}">{i % 28 + 1} {months[i // 28 % 6]} '
        f"{2000 + i // 168}</span></div>"
        for i in range(n)
    )
    body = f"<article><h1>A headline</h1>{lines}{P * 8}</article>"
    return f"<html><body>{body}</body></html>".encode()


def test_lines_of_their_own_class_are_told_from_a_list_in_one_pass() -> None:
    ratio, before, after = growth(
        lambda n: _extract(_own_class_stamps_page(n), "generic", "https://example.com/story"),
        300,
    )
    assert ratio <= NAMED_GROWTH, (before, after)


def _nested_meta_page(n: int) -> bytes:
    # Under the headline, *n* stamp-named boxes one inside the next, a date at the bottom:
    # each box, an area searched for time attributes, read all its ancestors to learn
    # whether one was searched already.
    boxes = '<div class="meta">' * n + '<span class="date">14 March 2024</span>' + "</div>" * n
    body = f"<article><h1>A headline</h1>{boxes}{P * 8}</article>"
    return f"<html><body>{body}</body></html>".encode()


def test_nested_stamp_boxes_are_searched_once() -> None:
    ratio, before, after = growth(
        lambda n: _extract(_nested_meta_page(n), "generic", "https://example.com/story"), 200
    )
    assert ratio <= NAMED_GROWTH, (before, after)


def _nested_byline_page(n: int, box: str) -> bytes:
    # Under the headline, *n* byline boxes one inside the next around a line that names
    # no one at once ("14 March 2024 By Ann Lee"): each box's parts (a byline class), or
    # its itemprop=name (a short itemprop=author), were searched for in all its elements,
    # the nesting's square.
    line = '<span class="date">14 March 2024</span> By Ann Lee'
    boxes = f"<div {box}>" * n + line + "</div>" * n
    body = f"<article><h1>A headline</h1>{boxes}{P * 8}</article>"
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize("box", ['class="byline"', 'itemprop="author" itemscope'])
def test_nested_byline_boxes_are_not_each_read_whole(box: str) -> None:
    ratio, before, after = growth(
        lambda n: _extract(_nested_byline_page(n, box), "generic", "https://example.com/s"), 300
    )
    assert ratio <= NAMED_GROWTH, (before, after)


def _headings_box_page(n: int) -> bytes:
    # *n* headings in one box after the story, none stating the headline the page's
    # metadata gives: each, asked whether it ends a trail of no list, read the box's
    # whole text to learn that the box shows more than the heading (the box's square).
    head = (
        "<meta property='og:title' content='Council delays the harbour vote'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"The harbour plan waits"}</script>'
    )
    box = "".join(f"<h2>Point number {i} of the plan</h2>" for i in range(n))
    body = f"<article><h1>A headline</h1>{P * 8}<div>{box}</div></article>"
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def test_a_box_of_headings_is_not_read_whole_for_each() -> None:
    ratio, before, after = growth(
        lambda n: _extract(_headings_box_page(n), "generic", "https://example.com/story"), 200
    )
    assert ratio <= NAMED_GROWTH, (before, after)


def _captions_beside_pictures_page(n: int) -> bytes:
    # *n* captions each set beside its picture (not in a <figure>) in one box, each with
    # a photo credit marked as its author: each caption, asked whether its picture is a
    # writer's portrait, read every picture and link of the box they share (its square).
    captions = "".join(
        f"<img src='/p{i}.jpg'><figcaption>The quay, view {i} <span class='author'>Anna "
        f"Holm</span></figcaption><a href='/gallery/{i}'>Next</a>"
        for i in range(n)
    )
    body = f"<article><h1>A headline</h1>{P * 8}<div>{captions}</div></article>"
    return f"<html><body>{body}</body></html>".encode()


def test_captions_beside_pictures_are_not_each_read_with_the_whole_box() -> None:
    ratio, before, after = growth(
        lambda n: _extract(
            _captions_beside_pictures_page(n), "generic", "https://example.com/story"
        ),
        50,
    )
    assert ratio <= NAMED_GROWTH, (before, after)


def _bylined_cards_page(n: int) -> bytes:
    # *n* teaser cards above the story, each a linked headline over a byline line ("By
    # Anna Holm"): each line, asked whether a name is the publication's, read the page's
    # site names from the whole tree.
    cards = "".join(
        f"<div><a href='/s{i}'>Council delays the harbour vote for the {i}th time</a>"
        "<p>By Anna Holm</p></div>"
        for i in range(n)
    )
    head = "<meta property='og:site_name' content='Harbour Post'>"
    body = f"<article><h1>A headline</h1>{cards}{P * 8}</article>"
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def test_byline_lines_under_teasers_do_not_each_read_the_site_names() -> None:
    ratio, before, after = growth(
        lambda n: _extract(_bylined_cards_page(n), "generic", "https://example.com/story"),
        150,
    )
    assert ratio <= NAMED_GROWTH, (before, after)


#: Scripts that do not parse, each of many pieces: a quote, a single quote in a value's
#: place, a comment; read by jsonld.quotes_escaped once.
JSONLD_TRAPS = {
    "unclosed-single": '"k": \'x, ',
    "inner-double": '"a "b" ',
    "comments": '"k": "v", // c\n',
}


@pytest.mark.parametrize("unit", JSONLD_TRAPS.values(), ids=list(JSONLD_TRAPS))
def test_a_json_ld_script_written_as_javascript_is_read_in_one_pass(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        script = "{" + unit * (200 * n)
        return lambda: load_json(script, quotes=True)

    ratio, before, after = growth(make, 2)
    assert ratio <= NAMED_GROWTH, (before, after)


def _live_updates_page(n: int) -> bytes:
    # A publication's day cut at its comma under the headline ("28. April 2023," beside
    # the writer) and *n* entries each stamped "Aktualisiert: 28. April 2023, HH:MM Uhr"
    # in spans: the page was walked for the cut day's lines once per update's reading.
    top = "<p><span>28. April 2023,</span> <span>Anna Schmidt</span></p>"
    entries = "".join(
        f"<div><p><span>Aktualisiert: </span><span>28. April 2023, </span>"
        f"<span>{h % 24:02d}:{h % 60:02d} Uhr</span></p>{P}</div>"
        for h in range(n)
    )
    body = f"<article><h1>Ein Titel im Rat</h1>{top}{P * 8}{entries}</article>"
    return f"<html lang='de'><body>{body}</body></html>".encode()


def test_a_cut_stamp_s_lines_are_read_once_for_all_timed_readings() -> None:
    ratio, before, after = growth(
        lambda n: _extract(_live_updates_page(n), "generic", "https://example.com/story"), 20
    )
    assert ratio <= NAMED_GROWTH, (before, after)
