"""Structured authors that name no writer (the publication itself, a section of the
site) give way to the writers the page names elsewhere: another author meta, the
story's byline, a bold line of names above the story's text. A JSON-LD author list
nested in the list is read as its items."""

from __future__ import annotations

import json

import pytest

from newscrawl.extraction.bylines import is_organisation
from newscrawl.extraction.html import host_of, selector
from newscrawl.extraction.jsonld import author_names
from newscrawl.extraction.metadata import extract_metadata

URL = "https://www.harbour-post.example/2025/03/04/story/"
STORY = "".join(
    f"<p>Paragraph {i} of the story about the harbour, long enough to be a story of its own "
    f"with words that carry the reader along the quay.</p>"
    for i in range(5)
)
SITE = '<meta property="og:site_name" content="Harbour Post">'


def page(article: str, *, head: str = SITE, after: str = "") -> str:
    return (
        f"<html><head><title>Harbour story</title>{head}</head><body>"
        "<header class='site-header'><a href='/'>Harbour Post</a></header>"
        f"<main><article><h1>Harbour story</h1>{article}</article>{after}</main>"
        "<footer><p>Harbour Post, Quay Street 1</p></footer></body></html>"
    )


def names(html: str) -> list[str | None]:
    return [a["name"] for a in extract_metadata(selector(html).root, URL).authors]


def ld(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def meta(value: str, name: str = "author") -> str:
    return f'<meta name="{name}" content="{value}">'


ORG = {"@type": "Organization", "name": "Harbour Post"}


# -- a nested JSON-LD author list -------------------------------------------------------


def test_a_nested_author_list_gives_its_items() -> None:
    value = [{"@type": "Person", "name": "Anna Holm"}, [{"@type": "Person", "name": "Jonas Berg"}]]
    assert [a["name"] for a in author_names(value, URL)] == ["Anna Holm", "Jonas Berg"]


def test_a_deeper_nested_author_list_gives_its_items() -> None:
    value = [[[{"name": "Anna Holm"}]], "Jonas Berg"]
    assert [a["name"] for a in author_names(value, URL)] == ["Anna Holm", "Jonas Berg"]


def test_a_crafted_author_nesting_is_read_to_a_bounded_depth() -> None:
    """Must not fire beyond the bound: a list nested deeper than a CMS nests one (a
    crafted page) gives none of its deepest names, and no recursion error."""
    value: object = "Anna Holm"
    for _ in range(10_000):
        value = [value]
    assert author_names(value, URL) == []
    assert [a["name"] for a in author_names([value, "Jonas Berg"], URL)] == ["Jonas Berg"]


# -- the publication named by its words and an initial ----------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Harbour P", True),  # a CMS account: the site's word and an initial
        ("Harbour", True),
        ("Harbourpost", True),
        # Must not fire: a person's name that shares a word with the site's.
        ("Anna Harbour", False),
        ("A B", False),  # initials only
    ],
)
def test_site_words_and_initials_name_the_publication(name: str, expected: bool) -> None:
    host = host_of("https://www.harbourpost.example/a.html")
    assert is_organisation(name, ["Harbour Post"], host) is expected


def test_a_writer_the_site_is_named_after_is_no_publication() -> None:
    """Must not fire: a writer whose full name closes the site's name ("Harbour Notes by
    Anna Holm") is a person, not a CMS account of the site's words; the bold name of an
    interview's guest does not replace her."""
    site = ["Harbour Notes by Anna Holm"]
    assert not is_organisation("Anna Holm", site, "harbournotes.example")
    assert is_organisation("Harbour Notes", site, "harbournotes.example")  # the site's own
    head = '<meta property="og:site_name" content="Harbour Notes by Anna Holm">' + ld(
        {"@type": "Person", "name": "Anna Holm"}
    )
    article = f"<p><strong>Jonas Berg</strong></p>{STORY}"
    assert names(page(article, head=head)) == ["Anna Holm"]


# -- another author meta ------------------------------------------------------------------


def test_a_second_author_meta_names_the_writer() -> None:
    head = SITE + meta("Harbour Post") + meta("Anna Holm")
    assert names(page(STORY, head=head)) == ["Anna Holm"]


def test_a_second_author_meta_beside_a_publication_json_ld_author() -> None:
    head = SITE + ld(ORG) + meta("Harbour Post") + meta("Anna Holm")
    assert names(page(STORY, head=head)) == ["Anna Holm"]


def test_a_second_meta_naming_the_publication_too_keeps_it() -> None:
    head = SITE + meta("Harbour Post") + meta("harbour-post.example")
    assert names(page(STORY, head=head)) == ["Harbour Post"]


# -- a bold line of names above the story ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<p><strong>Anna Holm</strong></p>", ["Anna Holm"]),
        ("<p>&nbsp;</p><p><b>ANNA HOLM&nbsp;</b></p>", ["ANNA HOLM"]),
        (
            "<p><em>…the quay waits</em></p><p><strong>Anna Holm/Jonas Berg</strong></p>",
            ["Anna Holm", "Jonas Berg"],
        ),
    ],
)
def test_a_bold_line_of_names_above_the_story_names_its_writers(
    line: str, expected: list[str]
) -> None:
    head = SITE + meta("Harbour Post")
    assert names(page(line + STORY, head=head)) == expected


@pytest.mark.parametrize(
    "article",
    [
        # A bold name in the story (a subheading, a list's entry): below its first paragraph.
        f"{STORY[:200]}<p><strong>Anna Holm</strong></p>{STORY}",
        # A bold name opening a sentence, and a bold line that is no name.
        f"<p><strong>Anna Holm</strong> runs the harbour café.</p>{STORY}",
        f"<p><strong>Key points</strong></p>{STORY}",
        # A heading's phrase of capitalised words, opening with an article.
        f"<p><strong>Das Wichtigste</strong></p>{STORY}",
        # A list's heading in title case: the words read as a name, the list follows it.
        f"<p><strong>Key Points</strong></p><ul><li>The quay</li><li>The café</li></ul>{STORY}",
        f"<p><b>Quick Facts</b></p><ol><li>Built 1890</li></ol>{STORY}",
    ],
)
def test_no_bold_byline_keeps_the_publication(article: str) -> None:
    head = SITE + meta("Harbour Post")
    assert names(page(article, head=head)) == ["Harbour Post"]


#: A story whose prose writes, in lower case, the words of headings and notices.
PROSE = "".join(
    f"<p>{text} The harbour master said the quay would reopen within the week.</p>"
    for text in (
        "The news reached the quay late on Tuesday, and live updates followed all night.",
        "Here is what we know so far: the new pier was closed for all boats.",
        "A photo gallery of the storm is online; readers can contact us with pictures.",
        "The rights of the fishermen were discussed at the meeting in the old hall.",
    )
)


@pytest.mark.parametrize(
    "line",
    [
        "Breaking News",
        "Live Updates",
        "Photo Gallery",
        "What We Know",
        "New York",
        "BREAKING NEWS",
    ],
)
def test_a_bold_heading_of_the_pages_words_names_no_one(line: str) -> None:
    """A bold line above the story whose words the story writes in lower case is a
    heading or a dateline, not a writer's name: the publication stays."""
    head = SITE + meta("Harbour Post")
    assert names(page(f"<p><strong>{line}</strong></p>{PROSE}", head=head)) == ["Harbour Post"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Must not fire: names the prose does not write in lower case, with particles.
        ("Mohloai Mpesi", ["Mohloai Mpesi"]),
        ("Anna Holm/Jonas Berg", ["Anna Holm", "Jonas Berg"]),
        ("Ludwig van Holm", ["Ludwig van Holm"]),
    ],
)
def test_a_bold_name_beside_prose_of_common_words_is_read(line: str, expected: list[str]) -> None:
    head = SITE + meta("Harbour Post")
    assert names(page(f"<p><strong>{line}</strong></p>{PROSE}", head=head)) == expected


def test_a_bold_heading_gives_way_to_the_name_after_it() -> None:
    head = SITE + meta("Harbour Post")
    lines = "<p><strong>Breaking News</strong></p><p><strong>Anna Holm</strong></p>"
    assert names(page(lines + PROSE, head=head)) == ["Anna Holm"]


def test_a_bold_line_does_not_replace_a_person_author() -> None:
    head = SITE + meta("Mara Lind")
    assert names(page(f"<p><strong>Anna Holm</strong></p>{STORY}", head=head)) == ["Mara Lind"]


def test_a_cms_account_of_the_site_gives_way_to_the_bold_line() -> None:
    head = SITE + ld(
        {"@id": "https://www.harbour-post.example/author/admin/", "name": "Harbour P"}
    )
    assert names(page(f"<p><strong>Anna Holm</strong></p>{STORY}", head=head)) == ["Anna Holm"]


# -- an author named after a section ----------------------------------------------------------


CATEGORY = "<p>in <a href='/category/news/' rel='category tag'>News</a></p>"


def test_an_author_named_as_the_section_is_no_one() -> None:
    head = SITE + meta("News")
    assert names(page(CATEGORY + STORY, head=head)) == []
    byline = "<p class='byline'>By Anna Holm</p>"
    assert names(page(CATEGORY + byline + STORY, head=head)) == ["Anna Holm"]


def test_a_one_word_author_no_section_names_stays() -> None:
    head = SITE + meta("Quaywatcher")
    assert names(page(CATEGORY + STORY, head=head)) == ["Quaywatcher"]


def test_an_agency_author_its_tag_names_stays() -> None:
    """Must not fire: a tag (``rel="tag"`` alone) names a topic, a person, an agency, not
    a section: the agency credited as the author and tagged as well stays the author."""
    tags = (
        "<p>Tags: <a href='/tag/afp/' rel='tag'>AFP</a> "
        "<a href='/tag/port/' rel='tag'>Port</a></p>"
    )
    for head in (SITE + meta("AFP"), SITE + ld({"@type": "Person", "name": "AFP"})):
        assert names(page(STORY + tags, head=head)) == ["AFP"]


# -- a closing credit after the publication's name --------------------------------------------


def test_a_closing_credit_after_the_publications_name_gives_the_source() -> None:
    head = SITE + meta("Harbour Post")
    closing = "<p>Harbour Post / Nordic Wire</p>"
    assert names(page(STORY + closing, head=head)) == ["Nordic Wire"]
    # Must not fire: a source's name the prose does not write in lower case.
    assert names(page(PROSE + closing, head=head)) == ["Nordic Wire"]


@pytest.mark.parametrize(
    ("article", "author"),
    [
        (f"{STORY}<p>Harbour Post / Agenturen</p>", "Harbour Post"),  # no name in full
        (f"{STORY}<p>Nordic Wire / Harbour Post</p>", "Harbour Post"),  # no publication first
        (f"<p>Harbour Post / Nordic Wire</p>{STORY}", "Harbour Post"),  # above the story
        (f"{STORY}<p>Harbour Post / Nordic Wire</p>", "Mara Lind"),  # a writer is named
        # A copyright notice: the words after the slash are no source.
        (f"{STORY}<p>© Harbour Post / All Rights Reserved</p>", "Harbour Post"),
        (f"{STORY}<p>Harbour Post © 2025 / All Rights Reserved</p>", "Harbour Post"),
        # A notice without ©: words the story writes in lower case are no source.
        (f"{PROSE}<p>Harbour Post / All Rights Reserved</p>", "Harbour Post"),
        (f"{PROSE}<p>Harbour Post / Contact Us</p>", "Harbour Post"),
    ],
)
def test_no_closing_credit(article: str, author: str) -> None:
    head = SITE + meta(author)
    assert names(page(article, head=head)) == [author]


# -- a page with no structured author -----------------------------------------------------


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # A bold line of names above the story's text, no byline (an unbylined WordPress
        # post whose first paragraph is its writers' line)
        (f"<p><strong>Anna Holm</strong></p>{STORY}", ["Anna Holm"]),
        (
            f"<p>&nbsp;</p><p><strong>Anna Holm/Jonas Berg</strong></p>{STORY}",
            ["Anna Holm", "Jonas Berg"],
        ),
        # under a byline that names the publication only (its site name, a CMS account)
        (
            "<p>by <a href='/author/admin/'>Harbour Post</a></p>"
            f"<p><strong>ANNA HOLM</strong></p>{STORY}",
            ["ANNA HOLM"],
        ),
        (
            "<p>by <a href='/author/admin/'>Harbour P</a></p>"
            f"<p><strong>Anna Holm</strong></p>{STORY}",
            ["Anna Holm"],
        ),
        # a closing credit after the publication's name
        (f"{STORY}<p>Harbour Post / Nordic Wire</p>", ["Nordic Wire"]),
    ],
)
def test_no_structured_author_names_elsewhere(article: str, expected: list[str]) -> None:
    assert names(page(article)) == expected


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # Must not fire: a writer's byline stays beside a bold line of other names
        (
            f"<p class='byline'>By Mara Lind</p><p><strong>Anna Holm</strong></p>{STORY}",
            ["Mara Lind"],
        ),
        # the publication's byline stays when no one else is named
        (f"<p>by <a href='/author/admin/'>Harbour P</a></p>{STORY}", ["Harbour P"]),
        # a bold name below the story's first paragraph, one opening a sentence, a bold
        # heading over a list, a bold heading of the page's words: no writers
        (f"{STORY}<p><strong>Anna Holm</strong></p>", []),
        (f"<p><strong>Anna Holm</strong> runs the café on the quay.</p>{STORY}", []),
        (f"<p><strong>Key Points</strong></p><ul><li>One</li><li>Two</li></ul>{STORY}", []),
        (f"<p><strong>Harbour Quay</strong></p>{PROSE}", []),
        # a credit of words the story writes in lower case
        (f"{PROSE}<p>Harbour Post / Contact Us</p>", []),
        # a bold line heading short lines of its own (an appeal over an account number
        # and links), not the story's text: a box's heading
        (
            "<p><strong>Anna Holm</strong></p><p>Account 0061947069</p>"
            f"<p><a href='/other'>Another story</a></p>{STORY}",
            [],
        ),
    ],
)
def test_no_structured_author_no_writer_elsewhere(article: str, expected: list[str]) -> None:
    assert names(page(article)) == expected
