"""Stories laid out by page builders: each paragraph a module named like a sidebar's
widget (``newscrawl.extraction.module_runs``), with cases where the rule must not fire."""

from __future__ import annotations

from lxml.html import HtmlElement

from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector

from .conftest import FIXTURES

STRUCTURES = FIXTURES / "structures"
URL = "https://www.example.org/blog/park.html"

STORY_EN = [
    "Last spring more than sixty members of our association set out",
    "The council let us use the beds free of charge",
    "Every Saturday between ten and twenty volunteers came",
    "July was the hardest month",
]
#: Two whole paragraphs of the fixture's story.
STORY_LINES = [
    "Last spring more than sixty members of our association set out to turn the overgrown "
    "flower beds of the town park back into a garden that people would visit.",
    "The council let us use the beds free of charge, but it asked for a plan showing how "
    "they would be looked after in the years to come, not only this summer.",
]
WIDGETS_EN = [
    "Sign up for our newsletter",
    "Ten tips for a balcony",
    "In bright sunshine many families came to the pond",  # a teaser's excerpt
    "Just a few pots with the right plants",
    "Facebook",
    "has looked after public green spaces since 1987",
    "This website uses cookies",
]


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def body_of(html: str) -> str:
    return extract_body(root_of(html), URL).body.body


def fixture(name: str) -> str:
    return (STRUCTURES / name).read_text(encoding="utf-8")


def test_story_in_builder_widgets_is_read_without_the_widget_column() -> None:
    """Each paragraph a "widget" module of its own beside a widget column and over a
    grid of other posts: every module alone was chrome by its name, and the story lost."""
    body = body_of(fixture("story-in-builder-widgets.html"))
    for line in STORY_EN:
        assert line in body
    assert "The work" in body  # the subheading's module joins the story
    for line in WIDGETS_EN:
        assert line not in body


def test_builder_widgets_behind_a_named_wrapper_are_read() -> None:
    """The same modules with no wrapper between them and their column."""
    html = fixture("story-in-builder-widgets.html").replace(
        '<div class="pb-widget-wrap">', "<div>"
    )
    body = body_of(html)
    for line in STORY_EN:
        assert line in body
    assert "Sign up for our newsletter" not in body


def test_prose_widgets_after_the_headline_never_take_the_story() -> None:
    """Must not fire: widgets holding prose (a newsletter and a donation blurb) right
    under the headline, before a story outside chrome, and prose widgets beside it:
    they hold the story's opening but little of the page's prose."""
    body = body_of(fixture("story-beside-widget-prose.html"))
    assert "Im vergangenen Frühjahr haben sich mehr als sechzig Mitglieder" in body
    assert "Schwierig war vor allem der Juli" in body
    for line in (
        "Melden Sie sich für unseren Newsletter an",
        "Unterstützen Sie unsere Arbeit mit einer Spende",
        "pflegt seit 1987 öffentliche Grünflächen",
        "Bei strahlendem Wetter kamen am Sonntag",
    ):
        assert line not in body


def test_a_widget_column_of_prose_never_becomes_the_story() -> None:
    """Must not fire: a page whose only prose after the headline is in widgets (no
    story): a newsletter's sign-up and a donation blurb, two prose paragraphs, are no
    run of a story's modules, and a widget column beside them."""
    html = fixture("story-beside-widget-prose.html")
    start, end = html.index('<div class="entry">'), html.index("</div></article>")
    body = body_of(html[:start] + html[end:])
    for line in (
        "Melden Sie sich für unseren Newsletter an",
        "Unterstützen Sie unsere Arbeit mit einer Spende",
        "Der Gartenverein Musterstadt pflegt",
    ):
        assert line not in body


def test_teaser_grid_under_a_builder_story_stays_out() -> None:
    """Must not fire on the grid: teaser cards built of the same modules under the story,
    each an excerpt of another post, are no part of it."""
    body = body_of(fixture("story-in-builder-widgets.html"))
    assert "Annual meeting elects a new board" not in body
    assert "Why we no longer rake leaves in autumn" not in body


def test_story_in_one_builder_widget_is_read() -> None:
    """The whole post, two paragraphs, in one "widget" module: less text than the widget
    column and the footer, so chrome by its name alone."""
    html = fixture("story-in-builder-widgets.html")
    start = html.index('<div class="pb-widget pb-widget-text-editor">')
    end = html.index('<div class="pb-widget pb-widget-share">')
    one = (
        '<div class="pb-widget pb-widget-theme-post-content"><div class="pb-widget-container">'
        f"<p>{STORY_LINES[0]}</p><p>{STORY_LINES[1]}</p></div></div>"
    )
    body = body_of(html[:start] + one + html[end:])
    assert STORY_LINES[0] in body and STORY_LINES[1] in body
    for line in WIDGETS_EN:
        assert line not in body


def test_more_prose_widgets_than_story_under_the_headline_stay_out() -> None:
    """Must not fire: three prose widgets under the headline outweigh a story of two
    paragraphs in a plain container beside them in the column: the story is there."""
    html = fixture("story-beside-widget-prose.html")
    third = (
        '<div class="widget widget-mitglied"><p>Werden Sie Mitglied im Verein: Für einen '
        "kleinen Jahresbeitrag erhalten Sie unser Heft, ermäßigten Eintritt zu allen Vorträgen "
        "und eine Einladung zum Sommerfest.</p></div>"
    )
    html = html.replace('<div class="entry">', third + '<div class="entry">')
    start = html.index("<p>Wir haben uns für heimische Stauden")
    html = html[:start] + html[html.index("</div></article>") :]
    body = body_of(html)
    assert "Im vergangenen Frühjahr haben sich mehr als sechzig Mitglieder" in body
    assert "Die Stadt stellte uns die Flächen kostenlos" in body
    for line in ("Melden Sie sich", "Unterstützen Sie", "Werden Sie Mitglied"):
        assert line not in body
