"""Live blogs and list articles: a run of entries (updates, list items) in the story
column is the story, whole; runs of other stories, comments and notes stay out. Pages in
fixtures/structures/ (see its README)."""

from __future__ import annotations

import re

import pytest

from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector

from .conftest import FIXTURES

URL = "https://www.harbourtimes.example/news/2024/03/05/story"
PAGES = FIXTURES / "structures"

#: One sentence of each live update, newest first.
UPDATES = [
    "will reopen to cars at six this evening",
    "services will return to the bridge route from tomorrow morning",
    "a small crowd has gathered behind the barriers",
    "The final bill for the repairs came to 41 million pounds",
    "Officers are already stationed at both approaches",
    "the day the town had waited for",
]
UPDATE_TITLES = ["Bridge to reopen at six", "What the repairs cost", "Mayor: a day the town"]
#: Each list item's heading and both its paragraphs.
ITEMS = [
    ("1. Amara Osei", "started the food bank in her garage", "three hundred households a week"),
    ("2. Tomasz Nowak", "led the harbour lifeboat crew", "goes out on a real call"),
    ("3. Lena Fischer", "four thousand trees along the river", "green spaces board"),
    ("4. Samuel Okafor", "free evening classes in reading", "More than ninety people"),
    ("5. Priya Raman", "first night clinic for shift workers", "from six weeks to four days"),
]
INTRO = "Every year we ask readers to name the people"
#: Text of the teaser box after the story (never part of a body).
TEASERS = ["Ferry fares rise", "Passengers will pay more from May", "More from Harbour Times"]
STORY = [
    "The harbour bridge reopened to traffic on Tuesday evening",
    "The mayor thanked residents for their patience",
]


def body_of(html: str) -> str:
    return extract_body(selector(html).root, URL).body.body


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def assert_none_of(body: str, texts: list[str]) -> None:
    leaked = [t for t in texts if t in body]
    assert not leaked, leaked


def entries_as(html: str, tag: str) -> str:
    """The live blog with its updates in ``tag`` elements (``li`` in an ``ol``)."""
    html = html.replace('<article class="live-post"', f'<{tag} class="live-post"')
    html = html.replace("</p></div></article>", f"</p></div></{tag}>")
    if tag == "li":
        html = html.replace('<div class="live-feed">', '<ol class="live-feed">')
        html = re.sub(r"</li>\s*</div>", "</li></ol>", html)
    return html


@pytest.mark.parametrize("tag", ["article", "div", "li"])
def test_live_blog_keeps_every_update(tag: str) -> None:
    body = body_of(entries_as(page("liveblog.html"), tag))
    missing = [t for t in [*UPDATES, *UPDATE_TITLES] if t not in body]
    assert not missing, missing
    assert "The bridge reopens to cars at 18:00" in body  # the pinned summary
    assert body.index(UPDATES[0]) < body.index(UPDATES[-1])  # the page's order
    assert_none_of(body, TEASERS)


def test_live_blog_with_one_long_update_keeps_the_others() -> None:
    """The block model's best container is inside the long update: its twins join it."""
    body = body_of(page("liveblog-long-entry.html"))
    assert "The council's statement, part 8" in body
    missing = [t for t in UPDATES if t not in body]
    assert not missing, missing
    assert_none_of(body, TEASERS)


@pytest.mark.parametrize(
    "name", ["list-article.html", "list-article-posts.html", "list-article-long-item.html"]
)
def test_list_article_keeps_intro_and_every_item(name: str) -> None:
    body = body_of(page(name))
    wanted = [INTRO, *(text for item in ITEMS for text in item)]
    missing = [t for t in wanted if t not in body]
    assert not missing, missing
    assert body.index(INTRO) < body.index(ITEMS[0][0]) < body.index(ITEMS[-1][2])
    assert_none_of(body, [*TEASERS, "Photo: Harbour Times"])


def test_comments_after_the_story_stay_out() -> None:
    """Must not fire: comments (time stamps, short prose, repeated) after the story."""
    body = body_of(page("story-comments.html"))
    assert all(t in body for t in STORY)
    assert_none_of(body, ["glad the buses are back", "Reader 1", "6 comments", *TEASERS])


def test_reader_notes_inside_the_story_post_stay_out() -> None:
    """Must not fire: a run of unnamed note posts inside the story's own ``article``,
    holding prose, but less than the story before them."""
    body = body_of(page("story-reader-notes.html"))
    assert all(t in body for t in STORY)
    assert_none_of(body, ["glad the buses are back", "what the article does not say"])
    assert_none_of(body, ["Will the cycle lane be open too?", *TEASERS])


def test_posts_of_other_stories_in_the_story_container_stay_out() -> None:
    """Must not fire: a short story whose container ends with more posts' text than its
    own, each under a linked headline (a teaser's)."""
    body = body_of(page("story-related-posts.html"))
    assert body.startswith(STORY[0]) and STORY[1] in body
    assert_none_of(body, ["Passengers will pay more", "New bus timetable", "Also on this"])


def test_posts_beside_the_headline_post_stay_out() -> None:
    """Must not fire: unheaded prose posts in a post beside the one holding the ``h1``
    ("You may also like")."""
    body = body_of(page("story-beside-posts.html"))
    assert body.startswith("To live a true experience of love")
    assert_none_of(body, ["Life asks us for optimism", "Gratitude for life", "You may also"])


def test_page_of_other_stories_gets_no_teaser_text_as_body() -> None:
    """Must not fire: a section front's teasers (linked headlines over descriptions)."""
    body = body_of(page("section-front.html"))
    assert_none_of(body, ["Ferry fares rise", "Passengers will pay more", "New bus timetable"])
