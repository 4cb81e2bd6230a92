"""The header area holding the whole story is read for stamps less the story's middle
(``meta_page.story_middle``): a stamp above the story, beside its first paragraphs or in a
closing line after its last is read; a short dated line amid its running text is not read
as the page's stamp (that reading cost as much as the rest of the stamps')."""

from __future__ import annotations

from lxml import html as lxml_html

from newscrawl.extraction.meta_page import STAMP_PARAGRAPHS, StoryMiddle, story_middle
from tests.test_dates_shown import day, source

PARAGRAPH = (
    "Paragraph {n} of the story tells how the council approved the new budget after a long "
    "debate, with money for schools, roads and the renewal of the water pipes across the town."
)
PARAGRAPHS = 8


def page(*, lead: str = "", amid: str = "", close: str = "") -> str:
    """A story whose ``<article>`` holds the headline and every paragraph (the header area
    is the whole story): *lead* after its second paragraph, *amid* after its fifth,
    *close* after its last."""
    paragraphs = [f"<p>{PARAGRAPH.format(n=n)}</p>" for n in range(1, PARAGRAPHS + 1)]
    paragraphs.insert(2, lead)
    paragraphs.insert(6, amid)
    return (
        "<html lang='en'><head><title>Council approves budget</title></head><body>"
        "<article><h1>Council approves new budget for schools and roads</h1>"
        f"{''.join(paragraphs)}{close}</article></body></html>"
    )


def test_the_middle_runs_from_the_paragraph_after_the_first_few_to_the_last() -> None:
    story = lxml_html.fromstring(page()).find(".//article")
    running = story.findall("p")
    assert story_middle(story) == (running[STAMP_PARAGRAPHS], running[-1])


def test_a_short_story_has_no_middle() -> None:
    # (must not fire: every paragraph of a short story is read)
    story = lxml_html.fromstring(page()).find(".//article")
    for extra in story.findall("p")[STAMP_PARAGRAPHS + 1 :]:
        story.remove(extra)
    assert story_middle(story) is None
    assert story_middle(None) is None


def test_a_subtree_passed_over_still_ends_the_middle() -> None:
    story = lxml_html.fromstring(page()).find(".//article")
    start, end = story_middle(story) or (None, None)
    middle = StoryMiddle(story)
    assert middle.holds(start)
    middle.pass_over(end)
    assert not middle.inside


def test_a_date_amid_the_story_is_not_the_pages_stamp() -> None:
    html = page(amid="<p>March 12, 2024</p>")
    assert source(html) != "stamp"


def test_a_closing_line_after_the_last_paragraph_is_read() -> None:
    # (must not fire: the bound ends at the story's last paragraph)
    html = page(amid="<p>March 12, 2024</p>", close="<p>Published March 14, 2024</p>")
    assert day(html) == "2024-03-14"
    assert source(html) == "stamp-labelled"


def test_a_byline_stamp_beside_the_first_paragraphs_is_read() -> None:
    # (must not fire: a byline and its stamp after a lead paragraph or two)
    html = page(lead="<p>By Anna Smith | March 14, 2024</p>")
    assert day(html) == "2024-03-14"
    assert source(html) == "stamp"


def test_a_stamp_classed_line_amid_the_story_is_still_read() -> None:
    # (must not fire: an element whose class names a stamp is read wherever it stands)
    html = page(amid="<p class='post-date'>March 14, 2024</p>")
    assert day(html) == "2024-03-14"


SHARE_BAR = "<div>" + "".join(f"<a href='/share/{n}'>Share {n}</a>" for n in range(5)) + "</div>"
OTHER_STORIES = (
    "<ul>"
    + "".join(f"<li><a href='/news/{n}.html'>Other story {n}</a></li>" for n in range(40))
    + "</ul>"
)


def page_and_after(after: str) -> str:
    """The story in its ``<article>`` with the headline, *after* following the article."""
    return page().replace("</article>", f"</article>{after}")


def test_a_closing_line_below_a_share_bar_after_the_story_is_read() -> None:
    # (must not fire: a closing line follows the story closely)
    html = page_and_after(SHARE_BAR + "<p>Published March 14, 2024</p>")
    assert day(html) == "2024-03-14"
    assert source(html) == "stamp-labelled"


def test_a_date_far_after_the_story_is_not_the_pages_stamp() -> None:
    html = page_and_after(OTHER_STORIES + "<p>March 12, 2024</p>")
    assert source(html) != "stamp"
