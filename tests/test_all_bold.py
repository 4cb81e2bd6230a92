"""``all_bold``: a line whose whole text is one bold child, the one test that a box's
heading written without a heading tag (cited links, teaser boxes) and a bold lead set
apart from the story (edges) share."""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from newscrawl.extraction.html import all_bold


@pytest.mark.parametrize(
    ("markup", "bold"),
    [
        ("<p><strong>Sponsored stories</strong></p>", True),
        ("<p>  <b>Most read</b>\n</p>", True),
        ("<div><strong>Key <em>points</em></strong></div>", True),  # inside the bold: any
        # a comment or processing instruction beside the bold child shows nothing
        ("<p><!-- teaser head --><strong>Most read</strong></p>", True),
        ("<p><strong>Most read</strong><!-- end --></p>", True),
        # text of its own, before or after the bold child: a bold lead-in
        ("<p><strong>Note:</strong> the council meets on Monday.</p>", False),
        ("<p>Read: <strong>Most read</strong></p>", False),
        ("<p><strong>Most</strong><!-- x --> read</p>", False),  # a comment's tail shows
        # another child, another tag, no child
        ("<p><strong>Most</strong><em>read</em></p>", False),
        ("<p><strong>Most</strong><strong>read</strong></p>", False),
        ("<p><em>Most read</em></p>", False),
        ("<p><span class='bold'>Most read</span></p>", False),
        ("<p>Most read</p>", False),
        ("<p></p>", False),
    ],
)
def test_all_bold(markup: str, bold: bool) -> None:
    assert all_bold(fragment_fromstring(markup)) is bold
