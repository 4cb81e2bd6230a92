"""The tree a page is read as is the one a browser builds: what follows a stray
``</html>`` or ``</body>``, and the content of a second ``<body>``, are in the one body
(libxml2 2.14 drops what follows ``</html>`` and leaves the rest beside the body, where
the walks, which start at the body, never look)."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from lxml import etree

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import (
    _HTML_END,
    _HTML_END_TEXT,
    MAX_COMMENTS,
    _collapsed,
    _first_end,
    _holds_over,
    all_text,
    collapse,
    element_text,
    inline_text,
    iter_text,
    selector,
    text_reaches,
)

STORY = "".join(
    f"<p>Paragraph {n} of the harbour story, long enough to be read as prose, with a comma "
    f"or two, as stories have.</p>"
    for n in range(4)
)
HEAD = "<html><head><meta charset='utf-8'><title>Harbour story</title></head>"
URL = "https://gazette.example/news/2025/03/04/harbour-story"

#: A story after a stray ``</html>`` (a template's embed closing a document of its own),
#: after a stray ``</body>``, and in a second ``<body>``.
BROKEN = {
    "after-html": f"{HEAD}<body><div class='ad'><p>Advert</p></div></body></html>"
    f"<main><h1>Harbour story</h1>{STORY}</main>",
    "after-body": f"{HEAD}<body><div class='ad'><p>Advert</p></div></body>"
    f"<main><h1>Harbour story</h1>{STORY}</main></html>",
    "second-body": f"{HEAD}<body><div class='ad'><p>Advert</p></div></body>"
    f"<body class='post'><main><h1>Harbour story</h1>{STORY}</main></body></html>",
}


@pytest.mark.parametrize("name", list(BROKEN))
@pytest.mark.parametrize("as_bytes", [True, False], ids=["bytes", "text"])
def test_story_after_a_stray_end_tag_is_read(name: str, as_bytes: bool) -> None:
    html = BROKEN[name]
    root = selector(html.encode() if as_bytes else html).root
    [body] = root.findall("body")
    assert [child.tag for child in body] == ["div", "main"]
    page = generic_article(root, URL)
    assert page.body.paragraphs[0].startswith("Paragraph 0 of the harbour")
    assert len(page.body.paragraphs) == 4


def test_texts_and_tails_of_a_second_body_stay_in_order() -> None:
    root = selector("<html><body><p>a</p>b</body><body>c<p>d</p>e</body>f</html>").root
    assert etree.tostring(root, encoding="unicode") == (
        "<html><body><p>a</p>bc<p>d</p>ef</body></html>"
    )


@pytest.mark.parametrize(
    "html",
    [
        f"{HEAD}<body><main>{STORY}</main></body></html>\n\n  \n",
        f"{HEAD}<body><main>{STORY}</main></body></html>",
        f"<main>{STORY}</main>",
    ],
    ids=["end-tag-then-blanks", "end-tag-last", "no-end-tags"],
)
def test_a_well_ended_page_is_parsed_as_libxml2_parses_it(html: str) -> None:
    """Must not fire: a page whose ``</html>`` is followed by blanks only, or is last, or
    that has none, is read as libxml2 reads it (its bytes are not rewritten)."""
    plain = etree.HTML(html.encode(), etree.HTMLParser(encoding="utf-8"))
    assert etree.tostring(selector(html.encode()).root) == etree.tostring(plain)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>Story</p></body></html>",
        "<html><body><p>Story</p></body></HTML >\n",
        "<html><body></htmlx><p>A stray</html\n><p>Story</p></body></html>",
        "<html><body><p>No end tag</p></body>",
        "<html><body><p>Straße Ünïcödé İstanbul</p></body></Html>  <p>after</p>",
        "<p>\u0130\u212a\u017f</hTmL\u2003>\u00e9",
        "",
    ],
)
def test_first_end_tag_is_the_patterns_first_match(markup: str) -> None:
    """The fast scan for ``</html>`` finds what the pattern's search finds, in text and
    in bytes, whatever the case of the tag."""
    assert _same_span(_first_end(markup), _HTML_END_TEXT.search(markup))
    assert _same_span(_first_end(markup.encode()), _HTML_END.search(markup.encode()))


def _same_span(found: re.Match[Any] | None, expected: re.Match[Any] | None) -> bool:
    return (found and found.span()) == (expected and expected.span())


def test_first_end_tag_agrees_with_the_pattern_on_random_text() -> None:
    """The scan with the cases spelled out finds what the pattern of no fixed case finds,
    on random text of ``</html>``'s letters in both cases, blanks and other letters (ASCII
    and not, some with case foldings of their own: "İ", "K" the Kelvin sign, "ſ")."""
    rng = random.Random(7)
    alphabet = [*"</>hHtTmMlLx \t\n", "\u0130", "\u212a", "\u017f", "\u2003", "é"]
    found_some = 0
    for _ in range(3000):
        pieces = []
        for _ in range(rng.randint(0, 6)):
            pieces.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))))
            # an end tag in some case, its blanks and its ">" perhaps missing
            tag = "".join(rng.choice((c, c.upper())) for c in "html")
            pieces.append("</" + tag + rng.choice(["", " ", "\n\t", "\u2003"]) + rng.choice(">x"))
        markup = "".join(pieces)
        found = _first_end(markup)
        assert _same_span(found, _HTML_END_TEXT.search(markup))
        assert _same_span(_first_end(markup.encode()), _HTML_END.search(markup.encode()))
        found_some += found is not None
    assert found_some > 1000


def test_collapse_is_split_and_join_on_random_text() -> None:
    """collapse gives ``" ".join(text.split())`` and _collapsed the same with a space kept
    at either end where whitespace was, on random text of words, single and double spaces
    and every other kind of whitespace (tabs, line breaks, a no-break space, an em space,
    the separators below 0x20, a line separator) and characters that are not printable
    but no whitespace (a zero-width space, a soft hyphen): the shortcut for text whose
    only whitespace is single spaces takes the same text apart no other way."""
    rng = random.Random(11)
    alphabet = [*"ab é", "  ", "\t", "\n", "\xa0", "\u2003", "\x1c", "\u2028", "\u200b", "\xad"]
    shortcut = 0
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        words = " ".join(text.split())
        assert collapse(text) == words
        spaced = (" " if text[:1].isspace() else "") + words + (" " if text[-1:].isspace() else "")
        assert _collapsed(text) == (spaced if words else " " if text else "")
        shortcut += "  " not in text and text.isprintable()
    assert shortcut > 500


def test_all_text_reads_as_itertext() -> None:
    """all_text (libxml2's text serialization) gives what ``"".join(itertext())`` gives:
    texts and tails below the element, scripts' and styles' too, no comment or
    processing instruction, not the element's own tail; elements without text give ""."""
    page = (
        "<html><body><p>x<a href='/s'>A<!-- c -->B<?pi x?>C<script>S</script>D<br>E"
        "<b>F<i>G</i>g</b>H &amp; &nbsp;I\ue000 é 😀<style>Y</style><template>T</template>"
        "<svg><text>Z</text></svg></a>tail<a href='/e'><img src='i.jpg'></a>"
        "<a href='/n'>only</a></p></body></html>"
    )
    root = selector(page).root
    for element in root.iter():
        if isinstance(element.tag, str):
            assert all_text(element) == "".join(element.itertext())
    first = next(root.iter("a"))
    assert all_text(first) == "ABCSDEFGgH & \xa0I\ue000 é 😀YTZ"


def test_text_reaches_is_the_shown_length_test() -> None:
    """text_reaches (read as far as it takes) says what ``len(element_text(…)) >= n``
    says, for every element and length: white space runs and ``<br>`` lines collapsed
    after the cut-off, skipped scripts, a long text of spaces, random pages."""
    rng = random.Random(5)
    pieces = ["word ", "   ", "\n\n", "<br>", "<br><br> ", "<p>", "</p>", "<b>x</b>", "é",
              "<script>code code</script>", "<span> </span>", "longer words here. "]  # fmt: skip
    pages = ["<div><p>" + "a" * 1500 + "</p></div>", "<div>" + " " * 3000 + "a</div>"]
    pages += ["<div>" + "".join(rng.choices(pieces, k=rng.randint(1, 400))) + "</div>"
              for _ in range(60)]  # fmt: skip
    for page in pages:
        for element in selector(page).root.iter():
            if not isinstance(element.tag, str):
                continue
            shown = len(element_text(element))
            for chars in {0, 1, shown - 1, shown, shown + 1, 1000, rng.randint(0, 2000)}:
                assert text_reaches(element, chars) == (shown >= chars)


@pytest.mark.parametrize(
    ("unit", "count", "kept"),
    [("<!---->", 12_000, False), ("<!x>", 12_000, False), ("<?x?>", 12_000, False),
     ("<!-- c -->", 500, True)],
)  # fmt: skip
def test_a_page_of_too_many_comments_is_read_without_them(
    unit: str, count: int, kept: bool
) -> None:
    """lxml's tree walker takes a run of comments (processing instructions, libxml2's
    bogus comments) from the front of a list, the run's square in work (300,000: 7 s a
    walk): past MAX_COMMENTS they leave the tree, their text around them joined. Fewer
    stay (nothing else changes on such a page)."""
    assert count > MAX_COMMENTS if not kept else count < MAX_COMMENTS
    words = "".join(f"w{n}{unit} " for n in range(count))
    html = f"<html><body><article><h1>Harbour</h1>{STORY}<p>{words}</p></article></body></html>"
    root = selector(html).root
    comments = root.xpath("//comment() | //processing-instruction()")
    assert bool(comments) is kept
    text = " ".join(root.xpath("//article/p")[-1].text_content().split())
    assert text == " ".join(f"w{n}" for n in range(count))
    page = generic_article(root, "https://example.com/news/harbour")
    assert page.body.paragraphs[0].startswith("Paragraph 0 of the harbour story")


@pytest.mark.parametrize("limit", range(8))
def test_comments_are_counted_as_xpath_counts_them(limit: int) -> None:
    """The page's comments and processing instructions are counted up to one past the
    limit, those before the top element too, as XPath's union counts them: 6 here."""
    root = selector(
        "<!--a--><?pi x?><!--b--><html><body><p>x<!--c--></p><?q?></body></html><!--d-->"
    ).root
    assert root.xpath("count(//comment() | //processing-instruction())") == 6
    assert _holds_over(root, limit) is (limit < 6)


@pytest.mark.parametrize("depth", [1, 3, 24, 25, 40])
def test_texts_read_by_recursion_are_the_walks_pieces(depth: int) -> None:
    """element_text and inline_text gather :func:`iter_text`'s pieces by recursion, and
    below its depth by the walk: the same pieces either way (scripts, comments, a bare
    ruby reading and the breaks as the walk reads them), however deep the element
    nests."""
    inner = "<b>deep <br>text</b><!-- c --> tail<script>var x;</script> end"
    for level in range(depth):
        inner = f"<span>lvl{level} <ruby>子<rt>こ</rt></ruby>{inner}</span> after{level}"
    root = selector(f"<html><body><div id=box>start {inner}<br> last</div></body></html>").root
    box = root.get_element_by_id("box")
    pieces = "".join(iter_text(box))
    assert pieces.count("deep") == 1 and "var x" not in pieces and "こ" not in pieces
    lines = [" ".join(line.split()) for line in pieces.split("\ue000")]
    assert element_text(box) == "\n".join(line for line in lines if line)
    assert inline_text(box) == " ".join(pieces.replace("\ue000", " ").split())
