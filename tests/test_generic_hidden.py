"""Text a page hides from sight but keeps for screen readers (a framework's visually-hidden
class, the inline clip pattern) is no body text; clips and names that do not hide stay.
Pages in fixtures/structures/ (see its README)."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement, fragment_fromstring

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.walk_marks import (
    HIDDEN_MAX_CHARS,
    UNSEEN_NAMED,
    _clipped,
    attribute_marks,
    is_label,
)

from .conftest import FIXTURES

URL = "https://hafenbote.example/politik/2024/03/05/haushalt.html"
PAGES = FIXTURES / "structures"
STORY = [
    "Der Stadtrat hat am Dienstagabend den neuen Haushalt beschlossen, wie die "
    "Stadtverwaltung mitteilte. Er enthält Geld für Schulen und Straßen.",
    "Die Ratsmitglieder berieten fast vier Stunden, bevor sie mit sieben zu zwei Stimmen "
    "zustimmten, nachdem mehrere Anwohner widersprochen hatten.",
    "Der Bürgermeister sagte, der Haushalt werde durch geringere Verwaltungskosten und "
    "höhere Parkgebühren in der Innenstadt ausgeglichen.",
    "Die Opposition kündigte an, einen eigenen Antrag zur Senkung der Gebühren "
    "einzubringen, sobald der Haushalt in Kraft ist.",
    "Die Schulen sollen die ersten Mittel noch im Frühjahr erhalten, teilte das Schulamt "
    "mit, der Straßenbau folgt im Sommer.",
]
HEADLINE = "Stadtrat beschließt den größten Haushalt seiner Geschichte"


def test_hidden_link_notes_left_out_of_body() -> None:
    html = (PAGES / "story-hidden-link-notes.html").read_text(encoding="utf-8")
    article = generic_article(selector(html).root, URL)
    assert article.body.paragraphs == STORY
    assert "Fenster" not in article.body.body
    assert article.headline == HEADLINE


def test_clips_and_names_that_do_not_hide_keep_the_story() -> None:
    html = (PAGES / "story-clipped-not-hidden.html").read_text(encoding="utf-8")
    article = generic_article(selector(html).root, URL)
    assert article.body.paragraphs == STORY
    assert article.headline == HEADLINE


@pytest.mark.parametrize(
    ("value", "hidden"),
    [
        ("sr-only", True),
        ("visually-hidden", True),
        ("visually-hidden-focusable", True),
        ("screen-reader-text", True),
        ("wprm-screen-reader-text", True),
        ("u-visually-hidden title", True),
        ("go-vh", True),
        ("c-header__visually-hidden", True),
        ("a-offscreen", True),
        ("is-screenreader-only", True),
        ("element-invisible", True),
        ("show-for-sr", True),
        # Names that merely hold the letters, breakpoint variants, lengths.
        ("sr-only-focusable", False),
        ("offscreen-nav", False),
        ("field--label-visually_hidden", False),
        ("sm:sr-only", False),
        ("max-sm:sr-only", False),
        ("lrv-a-screen-reader-only@mobile-max", False),
        ("h-100-vh", False),
        ("min-h-screen navh", False),
        ("_sronly_j51b3_1", False),
    ],
)
def test_visually_hidden_names(value: str, hidden: bool) -> None:
    assert bool(attribute_marks(value) & UNSEEN_NAMED) is hidden


@pytest.mark.parametrize(
    ("style", "hidden"),
    [
        ("position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)", True),
        ("position: absolute; clip: rect(1px, 1px, 1px, 1px)", True),
        ("clip-path: inset(50%); white-space: nowrap", True),
        ("width:1px; height:1px; overflow:hidden; margin:-1px", True),
        # A spacer's width, overflow alone, a clip with an extent (an animation's frame).
        ("width:1px;height:1px", False),
        ("overflow:hidden", False),
        ("position:absolute;clip:rect(0px, 640px, 80px, 0px)", False),
        ("clip-path: inset(0 100% 0 0); transition: clip-path .6s", False),
        ("clip-path: inset(0 0 0 0)", False),
        ("max-width:1px;height:10px;overflow:hidden", False),
    ],
)
def test_clipped_styles(style: str, hidden: bool) -> None:
    assert _clipped(style) is hidden


def test_long_hidden_panel_is_judged_as_any_other() -> None:
    """An element named visually hidden that holds more than a label (a panel a script
    opens) is not dropped by its name: its text counts as other text."""
    label: HtmlElement = fragment_fromstring('<span class="sr-only">(opens in a new tab)</span>')
    assert is_label(label)
    long = "<p>" + "word " * (HIDDEN_MAX_CHARS // 4) + "</p>"
    panel: HtmlElement = fragment_fromstring(f'<div class="visually-hidden">{long}</div>')
    assert not is_label(panel)
    many: HtmlElement = fragment_fromstring('<div class="sr-only">' + "<i></i>" * 40 + "</div>")
    assert not is_label(many)
