"""Story edges: the article's header (kicker, headline, standfirst, stamps) in the story
container is not body; a first paragraph that only doubles as the meta description is.
Pages in fixtures/edges/ (see its README)."""

from __future__ import annotations

import re
import tracemalloc
from typing import Any

import lxml.etree
import lxml.html
import pytest

from newscrawl.extraction.edges import (
    _one_sentence,
    boxed_paragraphs,
    closing_lines,
    credit_lines,
    deck_lines,
    header_end,
    header_lines,
    headline_lines,
    repeated_lines,
    same_text,
    stamp_lines,
    summary_box_end,
)
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.jsonld import MAX_JSONLD_CHARS
from newscrawl.extraction.stated import STATED_MAX_CHARS, stated_end, stated_lines, told_apart

from .conftest import FIXTURES

URL = "https://www.harbourtimes.example/news/2024/03/05/bridge"
PAGES = FIXTURES / "edges"
#: A page address without a date in it.
CJK_URL = "https://zeitung.example/stadt/haushalt.html"
STANDFIRST = "After two years and 41 million pounds of repairs"
STORY = [
    "The harbour bridge reopened to traffic on Tuesday evening",
    "The repairs cost 41 million pounds",
    "The mayor thanked residents for their patience",
]


def paragraphs(name: str) -> list[str]:
    html = (PAGES / name).read_text(encoding="utf-8")
    return generic_article(selector(html).root, URL).body.paragraphs


def test_header_with_standfirst_is_not_body() -> None:
    body = paragraphs("header-standfirst.html")
    assert body[0].startswith(STORY[0])
    assert all(any(p.startswith(s) for p in body) for s in STORY)
    text = "\n".join(body)
    for header in (STANDFIRST, "Transport", "Harbour bridge reopens", "Published 5 March"):
        assert header not in text
    # The stamp and the dateline between standfirst and story are header lines too.
    assert "HARBOURTOWN" not in text


def test_standfirst_of_its_own_kind_in_the_story_column_is_not_body() -> None:
    """A lead set in a kind of its own (tag and class) beside the story's paragraphs, in
    their element, that says the description word for word is the standfirst."""
    body = paragraphs("standfirst-in-story-column.html")
    assert body[0].startswith(STORY[0])
    assert all(any(p.startswith(s) for p in body) for s in STORY)
    assert STANDFIRST not in "\n".join(body)


@pytest.mark.parametrize(
    "name",
    [
        "excerpt-first-paragraph.html",
        "lead-class-on-first-paragraphs.html",
        "lead-near-description.html",
        "own-lead-in-stated-story.html",
    ],
)
def test_first_paragraph_of_the_story_column_is_kept(name: str) -> None:
    """Must not fire: the paragraph that says the description is built like the story's
    (a plain ``p``, or a class it shares with the story's next paragraph), or, set in a
    kind of its own, the description only nearly says it or the stated story holds it."""
    body = paragraphs(name)
    first = STORY[0] if name.startswith("excerpt") else STANDFIRST
    assert body[0].startswith(first)
    assert all(any(p.startswith(s) for p in body) for s in STORY)


def test_same_text_reads_words_not_layout() -> None:
    text = "Die Stadt hat am Dienstag die Brücke wieder für den Verkehr freigegeben."
    assert same_text(
        text, "Die Stadt hat am Dienstag die Brücke wieder für den Verkehr frei\u00adgegeben."
    )
    assert same_text(text, "Die Stadt hat am Dienstag die Brücke wieder …")
    assert not same_text(
        text, "Die Stadt hat am Dienstag die Fähre eingestellt, sagt der Bürgermeister."
    )
    assert not same_text("Verkehr", "Verkehr")  # too short to be a standfirst


def test_header_end_without_description_or_story_prose() -> None:
    root = selector("<div><p class='a'>x</p><div><p>y</p></div></div>").root
    lead, body = root.find(".//p[@class='a']"), root.find(".//div/div/p")
    long = "The mayor thanked residents for their patience, and said a second crossing."
    pairs = [(long, lead), (long, body)]
    assert header_end(pairs, None) == 0
    assert header_end(pairs, long) == 1
    # No prose after the paragraph: nothing to tell a header from.
    assert header_end([(long, lead), ("short", body)], long) == 0


def test_headline_stamp_and_byline_lines_are_not_body() -> None:
    body = paragraphs("header-lines.html")
    assert body[0].startswith(STORY[0])
    text = "\n".join(body)
    for line in ("Transport", "Harbour bridge reopens", "By Jane Ward", "5 March 2024"):
        assert line not in text


def test_short_first_sentence_and_other_names_are_kept() -> None:
    """Must not fire: a short sentence with a date and a name that is not the author's."""
    body = paragraphs("short-first-lines.html")
    assert body[:3] == ["On 5 March 2024 the bridge reopened.", "Tom Hale", body[2]]
    assert body[2].startswith(STORY[0])


def test_boxes_closing_the_container_are_not_body() -> None:
    body = paragraphs("closing-boxes.html")
    assert body[0].startswith(STORY[0]) and body[-1].startswith(STORY[2])
    text = "\n".join(body)
    for box in ("Read it on the go", "Harbour Times app", "More on this", "ferry timetable"):
        assert box not in text


def test_lists_quotes_and_credit_lines_closing_the_story_are_kept() -> None:
    """Must not fire: the story's own closing structures and a line on its spine."""
    body = paragraphs("closing-story-structures.html")
    text = "\n".join(body)
    for kept in (
        STORY[2],
        "What the bridge closure meant",
        "Twenty extra minutes",
        "lost a fifth of their trade",
        "It was a long two years",
        "Reporting by Jane Ward",
    ):
        assert kept in text


def test_short_lines_closing_the_story_in_a_build_of_their_own_are_not_body() -> None:
    """After the story's last paragraph, written into its element: an agency's credit, a
    feedback call and a paywall's count, each in a tag or class of its own."""
    body = paragraphs("closing-lines.html")
    assert body[0].startswith(STORY[0]) and body[-1].startswith(STORY[2])
    text = "\n".join(body)
    for line in ("HT/jw", "Spotted a mistake", "free articles"):
        assert line not in text


def test_closing_lines_written_like_the_story_are_kept() -> None:
    """Must not fire: a short last paragraph in the prose's tag and class with a modifier
    (and its number); read on their own after the story (the test builds the lines), a
    sentence of prose in the prose's tag but a class of its own, a long paragraph of
    another build, a quote's line and a heading."""
    body = paragraphs("closing-lines-of-the-story.html")
    assert body[-1] == "“It was worth the wait,” she said."
    root = selector((PAGES / "closing-lines-of-the-story.html").read_text(encoding="utf-8")).root
    story = [(" ".join(p.text_content().split()), p) for p in root.iter("p") if p.get("class")]
    prose = [pair for pair in story if "c3--last" not in str(pair[1].get("class"))][:4]
    for element in root.find(".//aside[@class='z9']"):
        line = element[0] if element.tag == "blockquote" else element
        assert closing_lines([*prose, (" ".join(line.text_content().split()), line)]) == []
    credit = root.find(".//p[@class='story-end']")
    assert closing_lines([*prose, ("HT/jw", credit)]) == [4]
    assert closing_lines([]) == []


def test_title_group_and_what_stands_before_it_are_not_body() -> None:
    """An ``hgroup`` holding the ``h1`` is the page's title group: its kicker and its
    standfirst, and the stamp line after it, are header, in plain boxes; an ``hgroup`` of
    a subheading inside the story (no ``h1``) is the story's."""
    body = paragraphs("title-group.html")
    assert body[0].startswith(STORY[0]) and body[-1].startswith(STORY[2])
    text = "\n".join(body)
    for header in ("Transport", "Engineers found deep corrosion", "Published 5 March"):
        assert header not in text
    assert "What changes for cyclists" in body
    assert "A lane of their own on both sides of the bridge." in body


def test_only_the_first_group_holding_an_h1_is_the_title_group() -> None:
    """The story's own ``hgroup`` marked with an ``h1`` as well (a subheading) is no
    title group: the page's (the first) is header still, and the story's lines stay
    (the last group's end, past the share, cut nothing, the standfirst kept)."""
    html = (PAGES / "title-group.html").read_text(encoding="utf-8")
    html = html.replace("<h2>What changes for cyclists</h2>", "<h1>What changes for cyclists</h1>")
    assert html.count("<h1>") == 2
    body = generic_article(selector(html).root, URL).body.paragraphs
    assert body[0].startswith(STORY[0]) and body[-1].startswith(STORY[2])
    assert "A lane of their own on both sides of the bridge." in body
    assert not any(p.startswith(("Transport", "Engineers found")) for p in body)


def test_title_group_holding_the_story_keeps_it() -> None:
    """Must not fire: a page that writes its story's first paragraphs inside the
    ``hgroup`` of its ``h1``, its last after it (most of the text in the group), keeps
    them all."""
    body = paragraphs("title-group-holding-story.html")
    assert len(body) == 4 and body[0].startswith(STORY[0])


def test_closing_lines_need_one_build_of_prose() -> None:
    """Must not fire: a story written in two builds, neither holding half its text, has
    no one build to tell a closing line from."""
    root = selector((PAGES / "closing-lines.html").read_text(encoding="utf-8")).root
    built = {o.get("class"): o for o in root.iter("p", "div") if o.get("class")}
    story, other, credit = built["c3 w1"], built["k8 w1"], built["k9"]
    long = "A sentence of the story, long enough to count as a paragraph of its prose."
    assert closing_lines([(long, story), (long, story), ("HT/jw", credit)]) == [2]
    assert closing_lines([(long, story), (long, other), ("HT/jw", credit)]) == []


def test_boxes_between_the_story_paragraphs_are_not_body() -> None:
    body = paragraphs("boxes-inside-story.html")
    text = "\n".join(body)
    assert "Engineers on the main cable" not in text
    assert "five minutes, straight to your inbox" not in text
    # Must not fire: a wrapped subheading before story prose, and a list, are the story's.
    assert "Back to the old timetable" in body
    assert "Route 4 returns to the bridge" in text
    assert [p[:20] for p in body if p.startswith("The ")] == [
        "The harbour bridge r",
        "The repairs cost 41 ",
        "The mayor thanked re",
    ]


def test_paragraph_the_story_element_wraps_alone_is_kept() -> None:
    """A CMS that writes each paragraph as text of a story block (``div.block``) and one
    of them as an inner paragraph (a glossary note set in a ``p`` of its own) inside such
    a block: the story's. Must not fire: the same paragraph in a block of another kind,
    or beside another element in a story block (a box with its link), is a box."""
    blocks = "".join(f"<div class='block'>{t}</div>" for t in _STORY_TEXT[:2])
    rest = "".join(f"<div class='block'>{t}</div>" for t in _STORY_TEXT[2:])
    note = "The harbour bridge, built in 1931, is the only road crossing in the town."
    for inner, kept in (
        (f"<div class='block'><p class='description'>{note}</p></div>", True),
        (f"<div class='promo'><p class='description'>{note}</p></div>", False),
        (f"<div class='block'><p>{note}</p><a href='/x'>More</a></div>", False),
    ):
        html = f"<div><div class='body'>{blocks}{inner}{rest}</div></div>"
        root = selector(html).root
        # Each paragraph's owner: a block's own text, or the paragraph inside one.
        owners = [div[0] if len(div) else div for div in [*root.iter("div")][2:]]
        pairs = [(owner.text_content(), owner) for owner in owners]
        boxed = boxed_paragraphs(pairs)
        assert (2 not in boxed) is kept, inner
        assert not set(boxed) - {2}


def test_paragraph_the_story_element_wraps_alone_beside_a_comment_is_kept() -> None:
    """A CMS's comment beside the wrapped paragraph (``<!-- glossary -->``) is no element
    beside it: the paragraph is still the story block's alone."""
    blocks = "".join(f"<div class='block'>{t}</div>" for t in _STORY_TEXT[:2])
    rest = "".join(f"<div class='block'>{t}</div>" for t in _STORY_TEXT[2:])
    note = "The harbour bridge, built in 1931, is the only road crossing in the town."
    inner = f"<div class='block'><!-- glossary --><p class='description'>{note}</p></div>"
    root = selector(f"<div><div class='body'>{blocks}{inner}{rest}</div></div>").root
    owners = []
    for div in [*root.iter("div")][2:]:
        inside = [c for c in div if isinstance(c.tag, str)]
        owners.append(inside[0] if inside else div)
    pairs = [(owner.text_content(), owner) for owner in owners]
    assert pairs[2][0] == note
    assert boxed_paragraphs(pairs) == []


def test_sentences_linking_most_of_their_words_are_kept() -> None:
    """A sentence of the story that links most of its words (a live entry's first line
    linking the full story, a summary's item linking its source) stays; a teaser's
    headline all one link, a short linked line and a row of links go."""
    body = paragraphs("linked-sentences-in-story.html")
    assert [p[:20] for p in body] == [
        "The harbour bridge r",
        "The repairs cost 41 ",
        "Buses will return to",
        "The ferry will keep ",
        "The mayor thanked re",
    ]
    text = "\n".join(body)
    for line in ("second crossing over", "Watch the video", "WhatsApp"):
        assert line not in text


def test_edges_of_no_paragraphs_or_no_prose() -> None:
    root = selector("<div><p>x</p></div>").root
    short = [("Newsletter", root.find(".//p"))]
    assert boxed_paragraphs([]) == []
    assert boxed_paragraphs(short) == []
    assert header_end([], "A description of the story, long enough to count.") == 0
    assert header_lines([], "Headline", ["Jane Ward"]) == []


def test_stamp_lines_inside_the_story_are_not_body() -> None:
    body = paragraphs("stamps-in-story.html")
    text = "\n".join(body)
    assert "3 minute read" not in text
    assert "18:04 Uhr" not in text
    assert body[0].startswith(STORY[0])
    assert body[-1].startswith(STORY[2])


def test_dates_in_sentences_posts_lists_and_titles_are_kept() -> None:
    """Must not fire: a short sentence with a date, an embedded post's signature line (in
    its quote), a list item of dates, a box title and a line whose number is no date."""
    body = paragraphs("stamps-in-story.html")
    for kept in (
        "On 5 March 2024 the first bus crossed.",
        "— Harbour Council (@harbourcouncil) March 5, 2024",
        "12 January 2022 to 4 March 2024",
        "Closing dates for the works",
        "Tolls stay at 75% of the old rate",
    ):
        assert kept in body
    assert stamp_lines([]) == []


def test_cjk_sentences_opening_with_a_date_are_kept() -> None:
    """A Japanese sentence ends with "。" or "？": one opening with a date and time is the
    story's (an event's day), not a stamp line; must not fire: the bare stamp line goes.
    Without it the page has no date."""
    html = (PAGES / "cjk-sentences-with-dates.html").read_text(encoding="utf-8")
    page = generic_article(selector(html).root, CJK_URL)
    body = page.body.paragraphs
    assert body[1].startswith("2024.03.14 10:15に広場で")
    assert body[3] == "2024.03.20 18:00からの説明会には誰でも参加できるのか？"
    assert "2024.03.14 10:15" not in body
    assert len(body) == 6
    html = html.replace("<p>2024.03.14 10:15</p>\n", "")
    assert generic_article(selector(html).root, CJK_URL).dates == []


def test_lines_repeated_as_furniture_are_not_body() -> None:
    """A box's label printed at each of its boxes ("More information" … "End of more
    information") and an entry's stamp printed at each entry, each in an element of
    its own beside the story's paragraphs, are not story text."""
    body = paragraphs("repeated-lines-in-story.html")
    text = "\n".join(body)
    assert "More information" not in text
    assert "Jane Ward" not in text
    assert body[0].startswith(STORY[0])
    assert body[1].startswith(STORY[1])
    assert body[-1].startswith(STORY[2])


def test_repeated_lines_of_the_story_are_kept() -> None:
    """Must not fire: a line repeated in a paragraph like the story's (a speaker named
    before each answer), a separator between the story's parts, a heading and list
    items, however often they stand."""
    body = paragraphs("repeated-lines-in-story.html")
    assert body.count("Harbour Council") == 2
    assert body.count("* * *") == 2
    assert body.count("What changes for cyclists") == 2
    assert body.count("Open all day") == 2
    assert repeated_lines([]) == []


def test_titles_of_link_boxes_left_out_are_not_body() -> None:
    """The title over a box of links the story leaves out (a heading over a teaser, a
    title in an aside over its teaser) is not story text."""
    body = paragraphs("box-titles-in-story.html")
    assert "Also interesting" not in body
    assert "In this series" not in body
    assert body[0].startswith(STORY[0])
    assert body[1].startswith(STORY[1])
    assert body[-1].startswith(STORY[2])


def test_titles_of_link_runs_left_out_are_not_body() -> None:
    """A paragraph of the story announcing a run of links the story leaves out (a colon
    at its end: "More on the crossing:" over teaser cards, each a label, a linked
    headline and a byline; "More from the harbour and its people:" closing the story
    over a list of links after its container) is the box's title, not story text."""
    body = paragraphs("link-run-titles-in-story.html")
    assert [p[:20] for p in body] == [
        "The harbour bridge r",
        "The repairs cost 41 ",
        "Buses will return to",
        "The mayor thanked re",
    ]
    # A title ending with a full-width colon (相关阅读：, "related reading:") goes too.
    html = (PAGES / "link-run-titles-in-story.html").read_text(encoding="utf-8")
    html = html.replace("More on the crossing:", "相关阅读：")
    body = generic_article(selector(html).root, URL).body.paragraphs
    assert "相关阅读：" not in body and len(body) == 4


def test_lines_announcing_story_parts_are_kept() -> None:
    """Must not fire: a line leading into a list the story keeps, into an embedded post
    (its text a long line), and into pictures with links after them ("See more
    photos:"); and "Here is the timetable:" leading into one link."""
    body = paragraphs("link-run-titles-kept.html")
    for line in (
        "Residents named the three things they had missed most:",
        "The mayor wrote on the council's page:",
        "See more photos:",
    ):
        assert line in body
    assert "Here is the timetable:" in paragraphs("box-titles-in-story.html")


def test_contributor_credits_closing_the_story_are_not_body() -> None:
    """Credits naming who contributed to the report after the story ("… contributed to
    this report.", "Additional reporting by …", "mit dpa") are no story text."""
    body = paragraphs("credit-lines-closing-story.html")
    assert not any("contributed to this report" in p or "Additional" in p for p in body)
    assert paragraphs("credit-lines-closing-story-de.html")[-1].startswith("Ab Mittwochmorgen")


def test_contributor_words_in_the_story_are_kept() -> None:
    """Must not fire: a closing sentence saying another report had contributors ("Five
    universities contributed to the report."), a credit's words in a long paragraph, and
    a credit before the story's last three lines."""
    body = paragraphs("credit-lines-closing-story.html")
    assert body[-1] == "Five universities contributed to the report."
    p = lxml.html.fromstring("<p>x</p>")
    credit = ("Jane Doe contributed to this report.", p)
    said = "Jane Doe contributed to this report, the council's notice said, and two more"
    long = (f"{STORY[0]}. {said} reporters helped. {STORY[1]}. {STORY[2]}.", p)
    prose = (STORY[2] + ", and so the council said on Monday.", p)
    assert credit_lines([prose, credit]) == [1]
    assert credit_lines([prose, long]) == []
    assert credit_lines([credit, prose, prose, prose]) == []
    assert credit_lines([prose, ("mit Material von dpa/AFP", p)]) == [1]
    assert credit_lines([prose, ("mit freundlicher Unterstützung der Stadtwerke", p)]) == []
    assert credit_lines([]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Anna Holm contributed reporting.",
        "Associated Press writer Jonas Berg in Paris contributed to this report.",
        "Anna Holm contributed reporting from London, and Jonas Berg from Berlin.",
        "NPR's Anna Holm contributed to this story",
    ],
)
def test_contributor_credit_is_the_lines_last_words(line: str) -> None:
    """A credit ends its line: the contributors, what they gave and where from."""
    p = lxml.html.fromstring("<p>x</p>")
    assert credit_lines([(STORY[2] + ".", p), (line, p)]) == [1]


@pytest.mark.parametrize(
    "line",
    [
        "She contributed reporting from Gaza for the paper until her retirement in 2019.",
        "He contributed reporting from Kyiv for the paper.",
        "More than 40 researchers contributed to this report, the first since 2019.",
        "Nobody who contributed to this report was paid, the union said.",
    ],
)
def test_contributor_words_in_a_closing_sentence_are_kept(line: str) -> None:
    """Must not fire: a story's closing sentence with the credit's words and more (an
    obituary's, one about a report): the words do not end it."""
    p = lxml.html.fromstring("<p>x</p>")
    assert credit_lines([(STORY[2] + ".", p), (line, p)]) == []


def test_headline_printed_inside_the_story_is_not_body() -> None:
    """A box between the story's paragraphs titled with the page's headline (an audio
    player's, in the story's container) is not story text: a story does not print its
    headline again among its paragraphs."""
    body = paragraphs("headline-in-story-boxes.html")
    assert "Harbour bridge reopens after two years" not in body
    assert [p[:20] for p in body] == [
        "The harbour bridge r",
        "The repairs cost 41 ",
        "Buses will return to",
        "The mayor thanked re",
        "Traders on both side",
    ]


def test_headline_words_inside_the_story_are_kept() -> None:
    """Must not fire: a headline of a few words ("The verdict") that a subheading of the
    story says too, a sentence saying the headline and more, and a line saying the
    headline before the story's first paragraph (the header's rules judge it)."""
    body = paragraphs("headline-words-in-story-kept.html")
    assert "The verdict" in body
    assert body[-1].startswith("Outside the court")
    p = lxml.html.fromstring("<p>x</p>")
    prose = (STORY[0] + ", two years after engineers closed it.", p)
    headline = "Harbour bridge reopens after two years"
    quoting = "The notice read: Harbour bridge reopens after two years, at last."
    assert headline_lines([prose, (quoting, p)], headline) == []
    assert headline_lines([(headline, p), prose], headline) == []
    assert headline_lines([prose, (headline, p), prose], headline) == [1]
    assert headline_lines([prose, ("HARBOUR BRIDGE reopens after two years", p)], headline) == [1]
    assert headline_lines([prose, (headline, p)], None) == []
    assert headline_lines([(headline, p)], headline) == []


def test_lines_leading_into_a_link_of_the_story_are_kept() -> None:
    """Must not fire: a subheading whose first paragraph is a link, and a paragraph
    leading into a link ("Here is the timetable:")."""
    body = paragraphs("box-titles-in-story.html")
    assert "Where the money came from" in body
    assert "Here is the timetable:" in body


def test_teaser_cards_inside_the_story_are_not_body() -> None:
    """A box of cards between the story's paragraphs, each a heading that links another
    story with its description (and a kicker, and the box's title), is not story text."""
    body = paragraphs("teaser-cards-in-story.html")
    text = "\n".join(body)
    for box in ("More on the crossing", "Ferries", "last crossing", "a tenth of their strength"):
        assert box not in text
    assert body[0].startswith(STORY[0])
    assert "Back to the old timetable" in body  # a subheading without a link stays
    assert body[-1].startswith("Traders on both sides")


def test_headings_linking_their_own_page_are_kept() -> None:
    """Must not fire: a section of the story in a wrapper of its own whose heading links
    a place on the page ("#timetable", a permalink) or the page itself, written relative:
    no other page's teaser: its paragraphs stay."""
    body = paragraphs("anchored-headings-in-story.html")
    assert [p[:20] for p in body[:4]] == [
        "The harbour bridge r",
        "The repairs cost 41 ",
        "Buses will return to",
        "The mayor thanked re",
    ]


def test_linked_headings_of_the_story_are_kept() -> None:
    """Must not fire: a list article whose sections are linked headings with their text
    (they hold a good share of the story), and a paragraph holding a link."""
    body = paragraphs("linked-headings-story.html")
    text = "\n".join(body)
    for kept in ("flat all the way", "steep steps at both", "the fishing fleet", "open daily"):
        assert kept in text


def test_widgets_inside_the_story_are_not_body() -> None:
    """Small boxes holding a control a reader operates are widgets: a summary box that
    unfolds, an embed's consent switch, a newsletter form. Must not fire: a button written
    into a paragraph (a glossary term) is the paragraph's."""
    body = paragraphs("widgets-in-story.html")
    text = "\n".join(body)
    for box in ("In short", "from Tuesday night", "external content", "Personal data", "inbox"):
        assert box not in text
    assert "five minutes" not in text and "privacy policy" not in text
    assert [p[:20] for p in body] == [s[:20] for s in STORY[:1]] + [
        "The repairs cost 41 ",
        "Buses will return to",
        "Engineers call the f",
        "Traders on both side",
        "The council said it ",
        "The mayor thanked re",
    ]


def test_controls_of_the_story_text_are_kept() -> None:
    """Must not fire: a share button beside every paragraph (such boxes would hold the
    story) is the story's own."""
    body = paragraphs("controls-in-story-text.html")
    assert [p[:20] for p in body] == [
        "The harbour bridge r",
        "The repairs cost 41 ",
        "Buses will return to",
        "The mayor thanked re",
    ]


def test_picture_captions_inside_the_story_are_not_body() -> None:
    """A small box holding a picture and only short lines holds its caption and credit,
    and one holding a player its title, heading or not. Must not fire: a heading beside a
    picture, a picture beside a long paragraph (a section of the story), a picture
    inside a paragraph."""
    body = paragraphs("pictures-in-story.html")
    text = "\n".join(body)
    assert "Engineers on the main cable" not in text
    assert "Photo: Harbour Council" not in text
    assert "The first buses cross the bridge" not in text
    assert "Back to the old timetable" in body
    for kept in ("cost them a fifth of their trade", "at its next meeting", STORY[2]):
        assert kept in text


def test_deck_over_the_story_is_not_body() -> None:
    """A heading before the story's first paragraph, built like none of its subheadings
    (a deck: the summary set as a heading under the headline), is the article's header;
    the subheadings after the first paragraph stay."""
    body = paragraphs("deck-over-the-story.html")
    assert body[0].startswith(STORY[0])
    assert not any("BACK IN SERVICE" in p for p in body)
    assert "Back to the old timetable" in body and "Traders ask for help" in body


def test_headings_built_like_the_subheadings_or_over_no_prose_are_kept() -> None:
    """Must not fire: a first heading built like the headings after it (a list article's
    first item, a live blog's first entry), the headings of a story whose first long line
    is no sentence (a heading over a schedule), and a story of headings alone."""
    root = selector("<div><h2 class='item'>x</h2><h3>y</h3><p>z</p><ul><li>w</li></ul></div>").root
    item, other, para, entry = (root.find(f".//{tag}") for tag in ("h2", "h3", "p", "li"))
    prose = "The harbour bridge reopened to traffic on Tuesday evening, after two years."
    assert deck_lines([("1. The bridge", item), (prose, para), ("2. The buses", item)]) == []
    schedule = "Round 1: 10 March, Interlagos / Round 2: 8 April, Curitiba / Round 3: Velopark"
    assert deck_lines([("Calendar 2018", other), (schedule, entry), (prose, para)]) == []
    assert deck_lines([("Calendar 2018", other), ("Round 1", item)]) == []
    assert deck_lines([("A deck", other), (prose, para), ("1. The bridge", item)]) == [0]


def test_standfirst_the_stated_story_leaves_out_is_not_body() -> None:
    """A standfirst built like the story's paragraphs, in the same element, is told from
    the story's first paragraph by the page's JSON-LD articleBody leaving it out."""
    body = paragraphs("standfirst-left-out-of-stated-story.html")
    assert body[0].startswith(STORY[0])
    assert STANDFIRST not in "\n".join(body)


def _bold_lead_page(lead: str, description: str | None = None, bold: bool = False) -> list[str]:
    html = (PAGES / "bold-lead-in-story-column.html").read_text(encoding="utf-8")
    html = html.replace(f"<p><strong>{BOLD_LEAD}</strong></p>", lead)
    if description is not None:
        html = html.replace(f'content="{BOLD_LEAD}"', f'content="{description}"')
    if bold:
        html = re.sub(r"<p>(The |Buses )(.*?)</p>", r"<p><strong>\1\2</strong></p>", html)
    return generic_article(selector(html).root, URL).body.paragraphs


BOLD_LEAD = (
    "After two years and 41 million pounds of repairs, the town's only crossing is open "
    "again, and the buses are coming back."
)


def test_lead_all_in_bold_saying_the_description_is_not_body() -> None:
    """A lead set all in bold, saying the description, beside the story's plain
    paragraphs of its tag and class: the standfirst, built unlike the story."""
    body = paragraphs("bold-lead-in-story-column.html")
    assert body[0].startswith(STORY[0])
    assert STANDFIRST not in "\n".join(body)
    # The description cut short with an ellipsis says it as far as it goes.
    lead = f"<p><strong>{BOLD_LEAD}</strong></p>"
    body = _bold_lead_page(lead, BOLD_LEAD[:70] + "…")
    assert body[0].startswith(STORY[0])


def test_bold_lead_in_or_bold_story_or_other_description_is_kept() -> None:
    """Must not fire: only the lead's first words in bold (a lead-in phrase), the story's
    paragraphs in bold too, or a description saying something else."""
    head, rest = BOLD_LEAD.split(",", 1)
    body = _bold_lead_page(f"<p><strong>{head}</strong>,{rest}</p>")
    assert body[0].startswith(STANDFIRST)
    body = _bold_lead_page(f"<p><strong>{BOLD_LEAD}</strong></p>", bold=True)
    assert body[0].startswith(STANDFIRST)
    body = _bold_lead_page(f"<p><strong>{BOLD_LEAD}</strong></p>", "Bridge open again.")
    assert body[0].startswith(STANDFIRST)
    # A cut description that does not say the lead's words as far as it goes.
    other = "After two years and 41 million euros of repairs, the town's only crossing…"
    body = _bold_lead_page(f"<p><strong>{BOLD_LEAD}</strong></p>", other)
    assert body[0].startswith(STANDFIRST)


def test_lead_the_stated_story_leaves_out_is_not_body() -> None:
    """A lead built like the story's paragraphs, saying something else than the page's
    description, before the paragraph the page's JSON-LD articleBody starts with: the
    page's own account of its story starts after it."""
    body = paragraphs("lead-left-out-of-stated-story.html")
    assert body[0].startswith(STORY[0])
    assert "the town's two halves are joined" not in "\n".join(body)


@pytest.mark.parametrize("name", ["lead-in-stated-story.html", "stated-summary-only.html"])
def test_lead_the_stated_story_holds_or_cannot_tell_is_kept(name: str) -> None:
    """Must not fire: the articleBody holds the lead, or it is a summary that holds too
    little of the story to say what the story is."""
    body = paragraphs(name)
    assert body[0].startswith(STANDFIRST)
    assert all(any(p.startswith(s) for p in body) for s in STORY)


def test_header_lines_the_stated_story_leaves_out_are_not_body() -> None:
    """Short lines before the story's first paragraph (a kicker, a reading time) that the
    page's JSON-LD articleBody leaves out, where it holds the rest of the story."""
    body = paragraphs("header-lines-left-out-of-stated-story.html")
    assert body[0].startswith(STORY[0])
    assert "Transport" not in body and "4 min read" not in body


def test_short_lines_the_stated_story_holds_or_after_the_lead_are_kept() -> None:
    """Must not fire: a short first line the articleBody holds, and a short line it
    leaves out after the story's first paragraph (a subheading)."""
    body = paragraphs("short-lines-in-stated-story.html")
    assert body[0] == "Harbourtown, 5 March"
    assert "Back to the old timetable" in body


def test_story_paragraphs_beside_a_picture_the_stated_story_holds_are_kept() -> None:
    """A story that wraps its lead picture and first paragraph in one element: the
    paragraph is a short line in a picture's box, but the page's JSON-LD articleBody
    holds it, so it is story text, not a caption. Must not fire: a caption and credit
    between the story's paragraphs, which the articleBody leaves out, still go."""
    body = paragraphs("lead-beside-picture-in-stated-story.html")
    assert body[0].startswith(STORY[0])
    assert len(body) == 6
    text = "\n".join(body)
    assert "Engineers on the main cable" not in text
    assert "Photo: Harbour Council" not in text


def test_story_paragraphs_beside_the_lead_picture_are_kept() -> None:
    """A story that wraps its lead picture and first two paragraphs in one element: the
    paragraphs are short lines in a picture's box, but they are ``p`` elements beside
    the picture's own element that end as sentences end, before any other paragraph of
    the story. Must not fire: a caption and its credit (the credit is no sentence), and
    two sentences beside a picture further down the story (not its lead), still go."""
    body = paragraphs("lead-paragraphs-beside-picture.html")
    assert body[0].startswith(STORY[0])
    assert body[1].startswith(STORY[1])
    assert len(body) == 9
    text = "\n".join(body)
    for gone in ("Engineers on the main cable", "Photo: Harbour Council", "north quay"):
        assert gone not in text
    assert "weekend timetable until October" not in text


def test_stated_lines_needs_a_stated_story_that_holds_the_found_one() -> None:
    """Lines set aside are held only when the stated text holds most of the found story
    and the line itself; a summary (too little of the story) says nothing."""
    story = [
        "The harbour bridge reopened to traffic on Tuesday evening after two years",
        "The repairs cost 41 million pounds and took a year longer than planned",
    ]
    lead = "Engineers found deep corrosion in the main cables during a survey"
    full = "\n".join([lead, *story])
    assert stated_lines(story, [lead, "Photo: Harbour Council"], full) == {0}
    assert stated_lines(story, [lead], lead) == set()
    assert stated_lines(story, [lead], None) == set()


def _stated_story_followed_by(page: str, chars: int) -> str:
    """*page* with its JSON-LD articleBody followed by *chars* characters the page does not
    show (entries of an archive, every word run a new one)."""
    end = 'decision expected next year."'
    filler = "".join(
        f"\\nEntry {i} of the archive, minutes {i + 7} and plans {i * 3}."
        for i in range(chars // 50)
    )
    assert end in page
    return page.replace(end, end[:-1] + filler[:chars] + '"')


@pytest.mark.parametrize("chars", [900_000, 5_000_000], ids=["under-jsonld-limit", "over"])
def test_a_stated_story_of_megabytes_is_read(chars: int) -> None:
    """A JSON-LD articleBody whose story runs on for megabytes the page does not show: the
    extraction reads its head (STATED_MAX_CHARS) and still leaves out the header lines
    the head leaves out. Over MAX_JSONLD_CHARS the script is not read at all: the story is
    still found, header lines and all."""
    page = (PAGES / "header-lines-left-out-of-stated-story.html").read_text(encoding="utf-8")
    body = generic_article(
        selector(_stated_story_followed_by(page, chars)).root, URL
    ).body.paragraphs
    assert [p[:30] for p in body[-4:]] == [
        "The harbour bridge reopened to",
        "The repairs cost 41 million po",
        "Buses will return to the bridg",
        "The mayor thanked residents fo",
    ]
    read = len(page) + chars < MAX_JSONLD_CHARS
    assert len(body) == (4 if read else 6)


def test_told_apart_reads_the_head_of_a_stated_text_of_megabytes() -> None:
    """A stated text of 5 MB whose head is the found story gives the verdicts of the story
    alone; its 4-grams are built for its head only (the whole text's took 290 MB)."""
    story = [
        "Transport",
        "4 min read",
        "The harbour bridge reopened to traffic on Tuesday evening after two years of work.",
        "The repairs cost 41 million pounds and took a year longer than planned.",
    ]
    stated = "\n".join(story[2:])
    huge = stated + "".join(f" w{i}" for i in range(700_000))
    assert len(huge) > 40 * STATED_MAX_CHARS
    assert told_apart(story, stated) == ({0, 1}, {2, 3})
    tracemalloc.start()
    try:
        assert told_apart(story, huge) == ({0, 1}, {2, 3})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 30_000_000  # 5 MB with the cap, 290 MB without


TAIL_STORY = [
    "The harbour bridge reopened to traffic on Tuesday evening, two years after engineers "
    "closed it when they found deep corrosion in the main cables during a routine survey.",
    "The repairs cost 41 million pounds, about a third more than the first estimate, and "
    "took almost a year longer than planned because of two hard winters.",
    "Buses will return to the bridge route from Wednesday morning, ending a diversion that "
    "added twenty minutes to every journey between the two halves of the town.",
    "The mayor thanked residents for their patience, and said a second crossing further up "
    "the river was still being studied, with a decision expected next year.",
]
TAIL_LINES = [
    "© Harbour News Agency, hna:240305-99-53606/3 (hna)",
    "Never miss a story from the harbour: sign up for our morning briefing and get the "
    "day's news in five minutes, every weekday at seven.",
]


def test_lines_after_the_end_of_a_whole_stated_story_are_not_body() -> None:
    """Must fire: the page's articleBody holds the whole story and ends with its last
    sentence; the agency's line and the call to subscribe after it go, the heading stays."""
    body = paragraphs("tail-left-out-of-stated-story.html")
    text = "\n".join(body)
    assert body[0].startswith(STORY[0])
    assert "Harbour News Agency" not in text and "morning briefing" not in text
    assert "Further reading" in body
    assert "with a decision expected next year" in text


def test_stated_end_needs_a_whole_stated_story_ending_in_the_found_one() -> None:
    found = TAIL_STORY + TAIL_LINES
    whole = "\n".join(TAIL_STORY)
    assert stated_end(found, whole) == {4, 5}
    # Must not fire: cut at a length in a sentence, cut with an ellipsis, only the head
    # (holding too little of the found story to say where it ends), or none.
    words = whole.split()
    assert stated_end(found, " ".join(words[:-5])) == set()
    assert stated_end(found, " ".join(words[:-5]) + " …") == set()
    assert stated_end(found, whole + " …") == set()
    assert stated_end(found, "\n".join(TAIL_STORY[:2])) == set()
    assert stated_end(found, None) == set()
    # A whole stated story that ends before the found story's last paragraphs of story
    # (they are held) leaves them.
    assert stated_end(TAIL_STORY, whole) == set()


LOCAL_STAMPS = [
    ("de", "14. März 2024, 10:15 Uhr"),
    ("de", "14.03.24 10:15"),
    ("fr", "14 mars 2024 à 10h15"),
    ("es", "14 de marzo de 2024, 10:15"),
    ("ja", "2024年3月14日 10:15"),
    ("th", "14 มี.ค. 2567 10:15 น."),
    ("en", "14 March 2024 10:15"),
]


@pytest.mark.parametrize(("language", "stamp"), LOCAL_STAMPS)
def test_local_stamp_under_the_headline_is_not_body(language: str, stamp: str) -> None:
    """A stamp line under the headline inside the story's container, in whatever
    language or form the metadata reads it (a local month name, a Buddhist-era year, a
    two-figure year), is the header's: the line holds the raw text of the stamp."""
    html = (PAGES / "local-stamp-under-headline.html").read_text(encoding="utf-8")
    html = html.replace('lang="de"', f'lang="{language}"').replace(
        "14. März 2024, 10:15 Uhr", stamp
    )
    page = generic_article(selector(html).root, URL)
    assert [d.raw for d in page.dates] == [stamp]
    assert page.body.paragraphs[0].startswith(STORY[0])
    assert len(page.body.paragraphs) == 3


def test_local_stamp_lines_in_sentences_lists_and_story_are_kept() -> None:
    """Must not fire: the stamp's date in a short first sentence, in a list's items
    before the story, and on a line of its own after the story's first paragraph."""
    body = paragraphs("local-stamp-lines-kept.html")
    assert body[:2] == ["14. März 2024, 10:15 Uhr", "15. März 2024, 08:00 Uhr"]
    assert body[2] == "Am 14. März 2024, 10:15 Uhr fuhr der erste Bus."
    assert body[3].startswith(STORY[0])
    assert body[4] == "14. März 2024, 10:15 Uhr"
    assert len(body) == 7


def test_header_lines_closing_a_byline_with_the_metadata_stamp() -> None:
    """A byline closing with the stamp the metadata read after a comma or a bar is a
    header line, however long the name ("Της Μαρίας Παπαδοπούλου, 14/03/24"). Must not
    fire: the stamp in a line that is no byline (the words before it hold a figure, or
    no comma or bar sets it apart)."""
    stamps = {"14/03/24", "14/03/24, 10:15"}
    for line, found in (
        ("Της Μαρίας Παπαδοπούλου, 14/03/24", [0]),
        ("Της Μαρίας Παπαδοπούλου | 14/03/24, 10:15", [0]),
        ("Τα 3 σχολεία της περιοχής, 14/03/24", []),
        ("Η συνεδρίαση του δημοτικού συμβουλίου 14/03/24", []),
    ):
        root = selector(f"<div><p>{line}</p></div>").root
        lines = [(p.text_content(), p) for p in root.iter("p")]
        assert header_lines(lines, None, [], stamps) == found, line


def test_header_lines_with_the_metadata_stamps() -> None:
    """The raw text of a stamp the metadata read marks a header line; a raw of one number
    (a year in a title) marks none, and no stamp marks a line of a quote."""
    root = selector(
        "<div><p>14 mars 2024 à 10h15</p><p>Salon du livre 2024</p>"
        "<blockquote><p>15 mars 2024</p></blockquote></div>"
    ).root
    lines = [(p.text_content(), p) for p in root.iter("p")]
    stamps = {"14 mars 2024 à 10h15", "Salon du livre 2024", "15 mars 2024"}
    assert header_lines(lines, None, [], stamps) == [0]
    assert header_lines(lines, None, []) == []


def test_header_lines_opening_with_the_metadata_stamp() -> None:
    """A post's meta line before the story opening with the stamp the metadata read, a
    separator after it ("05/10/2018 - Publicado por: … - Categoria: … - Tags: …"), is a
    header line, up to a header line's length (past the length of prose). Must not fire:
    a sentence opening with the stamp, the stamp inside a line, a line without a
    separator after it, a longer line, and the story's paragraph after them."""
    stamps = {"05/10/2018"}
    story = (
        "A equipe do Serviço de Atendimento Domiciliar registrou nesta manhã o "
        "arrombamento de dois dos seus veículos no pátio da unidade."
    )
    meta = "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad veiculo"
    for line, found in (
        (meta, [0]),
        ("05/10/2018 | Clarissa Borba", [0]),
        ("05/10/2018 - A equipe do SAD registrou nesta manhã o arrombamento dos veículos.", []),
        ("Publicado por Clarissa Borba em 05/10/2018 na categoria Saúde com as tags sad", []),
        ("05/10/2018 Publicado por Clarissa Borba na categoria Saúde com as tags sad", []),
        (meta + " arrombamento unidade amizade bairro", []),
    ):
        root = selector(f"<div><p>{line}</p><p>{story}</p></div>").root
        lines = [(p.text_content(), p) for p in root.iter("p")]
        assert header_lines(lines, None, [], stamps) == found, line


AUTHOR_NOTE = "Correspondent Mary Ellen Stone covers transport"


def _author_page(*swaps: tuple[str, str]) -> list[str]:
    html = (PAGES / "author-note-closing-story.html").read_text(encoding="utf-8")
    for old, new in swaps:
        html = html.replace(old, new)
    return generic_article(selector(html).root, URL).body.paragraphs


def test_author_note_closing_the_story_is_not_body() -> None:
    """The story's last paragraph, in the story's own style, opening by naming the
    page's author (a correspondent's bio) is a note on the author, not story text."""
    body = _author_page()
    assert not any(p.startswith(AUTHOR_NOTE) for p in body)
    assert len(body) == 3
    assert body[-1].startswith("The mayor thanked residents")


def test_story_closing_with_its_author_is_kept() -> None:
    """Must not fire: a last paragraph of story text that names the author only at its
    end (the story closed by its credit), an author named by one word, the
    publication's own name as the author ("Harbour Times has asked …"), a name the
    story's other paragraphs say too (the story's subject, not its author) and a story
    of one paragraph keep their last paragraph."""
    credit = (
        AUTHOR_NOTE,
        "The first bus crossed at dawn on Wednesday, with the mayor and the engineers who"
        " repaired the cables on board (Mary Ellen Stone, 5.3.2024). Mary Ellen Stone",
    )
    body = _author_page(credit)
    assert len(body) == 4
    assert body[-1].startswith("The first bus crossed at dawn")
    one_word = _author_page(('content="Mary Ellen Stone"', 'content="Stone"'))
    assert len(one_word) == 4
    assert one_word[-1].startswith(AUTHOR_NOTE)
    asked = "Harbour Times has asked the council what the second crossing would cost."
    publication = _author_page(
        (
            'content="Mary Ellen Stone">',
            'content="Harbour Times"><meta property="og:site_name" content="Harbour Times">',
        ),
        (AUTHOR_NOTE, asked),
    )
    assert any(p.startswith(asked) for p in publication)
    # the publication named by its host alone (no og:site_name), the page on "www.":
    hosted = _author_page(
        ('content="Mary Ellen Stone"', 'content="Harbour Times"'), (AUTHOR_NOTE, asked)
    )
    assert any(p.startswith(asked) for p in hosted)
    subject = _author_page(("The mayor thanked", "Mary Ellen Stone, the mayor, thanked"))
    assert len(subject) == 4
    assert subject[-1].startswith(AUTHOR_NOTE)
    html = (PAGES / "author-note-closing-story.html").read_text(encoding="utf-8")
    html = re.sub(r"<p>The (harbour|repairs|mayor).*?</p>\n", "", html)
    single = generic_article(selector(html).root, URL).body.paragraphs
    assert single and single[-1].startswith(AUTHOR_NOTE)


FURNITURE = ("Transport", "Reading time: 3 minutes", "Updated 15.59 | Published 14.14")


def _furniture_page(*swaps: tuple[str, str]) -> list[str]:
    html = (PAGES / "header-furniture.html").read_text(encoding="utf-8")
    for old, new in swaps:
        html = html.replace(old, new)
    return generic_article(selector(html).root, URL).body.paragraphs


def test_header_furniture_in_styles_of_its_own_is_not_body() -> None:
    """Short lines before the story's first paragraph, no sentence, each in a kind of
    element no other paragraph has (a kicker, a reading time, a stamp line of times, a
    dateline on its own line), are the header's furniture."""
    body = _furniture_page()
    text = "\n".join(body)
    for line in (*FURNITURE, "HARBOURTOWN"):
        assert line not in text
    assert body[0].startswith(STORY[0])
    assert len(body) == 3


def test_short_first_lines_written_like_the_story_are_kept() -> None:
    """Must not fire: short first lines in plain ``p`` like the story's paragraphs (a
    results table's rows, a title line), a short sentence in a class of its own and a
    list's items stay."""
    plain = _furniture_page(
        ('<div class="kicker-line">Transport</div>', "<p>Transport</p>"),
        ('<p class="read-time">', "<p>"),
    )
    assert plain[:2] == ["Transport", "Reading time: 3 minutes"]
    sentence = _furniture_page(
        ("Reading time: 3 minutes", "The bridge is open again."),
    )
    assert "The bridge is open again." in sentence
    listed = _furniture_page(
        (
            '<p class="stamp-row">Updated 15.59 | Published 14.14</p>',
            '<ul class="facts"><li class="fact">Cost: 41 million pounds</li></ul>',
        ),
    )
    assert "Cost: 41 million pounds" in listed


_KEY_POINTS = [
    "The harbour bridge is open to traffic again after two years.",
    "The repairs cost the town 41 million pounds.",
    "Buses return to their old routes next week.",
]
_STORY_TEXT = [
    "The harbour bridge reopened to traffic on Tuesday evening, two years after engineers "
    "closed it when they found cracks in two of its steel girders.",
    "The repairs cost 41 million pounds, twice the first estimate, and the council had to "
    "borrow most of the money from the government's infrastructure fund.",
    "The mayor thanked residents for their patience and said that the ferry service, run "
    "as a stopgap since the closure, would end at the close of the month.",
    "Bus companies said that their routes across the bridge would return next week, "
    "cutting the journey from the old town to the station by twenty minutes.",
]


def _summary_page(box: str, story: list[str] | None = None) -> list[str]:
    prose = "".join(f"<p>{p}</p>" for p in story or _STORY_TEXT)
    html = (
        "<html><head><title>Harbour bridge reopens</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>Harbour bridge reopens</h1>{box}<div class='body'>{prose}</div>"
        "</article><footer><a href='/imprint'>Imprint</a></footer></body></html>"
    )
    return generic_article(selector(html).root, URL).body.paragraphs


def test_summary_box_before_the_story_is_not_body() -> None:
    """Key points between the headline and the story: a labelled list of short sentences,
    or a box of one-sentence paragraphs built like the story's own, are its summary."""
    items = "".join(f"<li>{t}</li>" for t in _KEY_POINTS)
    for box in (
        f"<div class='points'><strong>In brief:</strong><ul>{items}</ul></div>",
        "<div class='bullets'>" + "".join(f"<p>{t}</p>" for t in _KEY_POINTS) + "</div>",
    ):
        body = _summary_page(box)
        assert body[0] == _STORY_TEXT[0]
        assert not any(t in body for t in _KEY_POINTS)
        assert "In brief:" not in body
        assert len(body) == len(_STORY_TEXT)


def test_story_paragraphs_before_their_wrapper_or_a_list_in_the_story_are_kept() -> None:
    """Must not fire: the story's first paragraphs in a wrapper of their own before the
    rest (long, of several sentences) and a list after the story's first paragraph."""
    lead = (
        "The bridge is open. Engineers closed it two years ago after finding cracks in two "
        "girders, and the town has waited since."
    )
    body = _summary_page(f"<div class='intro'><p>{lead}</p><p>{_KEY_POINTS[1]}</p></div>")
    assert body[0] == lead
    items = "".join(f"<li>{t}</li>" for t in _KEY_POINTS)
    story = [_STORY_TEXT[0], f"</p><ul>{items}</ul><p>{_STORY_TEXT[1]}", *_STORY_TEXT[2:]]
    body = _summary_page("", story)
    assert all(t in body for t in _KEY_POINTS)


def test_summary_box_end_reads_the_box_and_the_stated_story() -> None:
    """The unit: the box ends where the story's first paragraph starts; a box the page's
    stated story holds is the story's."""
    html = (
        "<div><div class='b'>"
        + "".join(f"<p>{t}</p>" for t in _KEY_POINTS)
        + "</div><div class='s'>"
        + "".join(f"<p>{t}</p>" for t in _STORY_TEXT)
        + "</div></div>"
    )
    root = selector(html).root
    pairs = [(p.text_content(), p) for p in root.iter("p")]
    assert summary_box_end(pairs) == 3
    assert summary_box_end(pairs, stated={1}) == 0
    assert summary_box_end(pairs[3:]) == 0
    assert summary_box_end(pairs[2:]) == 0  # a single sentence before the story
    assert summary_box_end(pairs[:3] + pairs[4:]) == 0  # too little story after it
    # A box of several sentences an item, or holding a picture, is the story's lead.
    for held in ("Open again. Buses return.", "<img src='/b.jpg'>"):
        box = html.replace(_KEY_POINTS[0], _KEY_POINTS[0] + held, 1)
        pairs = [(p.text_content(), p) for p in selector(box).root.iter("p")]
        assert summary_box_end(pairs) == 0


def test_summary_box_end_takes_paragraphs_owned_by_no_element_of_a_tree() -> None:
    """Odd input: prose whose owning elements stand alone (no parent: built apart from
    a page) has no container, hence no box before it, and nothing raises."""
    loose = []
    for text in _STORY_TEXT:
        p = lxml.html.Element("p")
        p.text = text
        loose.append((text, p))
    assert summary_box_end(loose) == 0


def test_a_summary_line_of_a_quoted_sentence_and_another_is_two_sentences() -> None:
    """A stop closed by a quote mark ('done.”') ends a sentence as a bare stop does, and so
    does any stop of the vocabulary's (the Armenian full stop): such a line is no
    summary box's item. Must not fire: one sentence quoting another's words."""
    assert not _one_sentence("The mayor said “the works are done.” Buses return on Monday.")
    assert not _one_sentence("Կամուրջը բացվեց։ Ավտոբուսները վերադառնում են։")
    assert _one_sentence("The mayor said “the works are done” and buses return on Monday.")


def test_quoted_paragraphs_wrapped_inside_the_quote_are_kept() -> None:
    """A quotation of several paragraphs a CMS wraps in a ``div`` inside the
    ``blockquote`` (an email quoted in the story): the story's, as a quote's own lines
    are. Must not fire: a single line so wrapped (a pull quote, a call-out), a line that
    is mostly a link, and lines under a link inside the quote (an embedded post's card)
    stay boxes."""
    quoted = [
        "If a guy comes into the room holding a crown, the book is a high fantasy.",
        "If he is holding a sword with sauce on the blade, it is low fantasy.",
    ]
    rest = "".join(f"<p class='s'>{t}</p>" for t in _STORY_TEXT[1:])
    for inner, kept in (
        ("".join(f"<p>{t}</p>" for t in quoted), True),
        (f"<p>{quoted[0]}</p>", False),
        (f"<p><a href='/x'>{quoted[0]}</a></p><p><a href='/y'>{quoted[1]}</a></p>", False),
        (f"<a href='/post'><p>{quoted[0]}</p><p>{quoted[1]}</p></a>", False),
    ):
        quote = f"<blockquote><div>{inner}</div></blockquote>"
        html = f"<div><div class='body'><p class='s'>{_STORY_TEXT[0]}</p>{quote}{rest}</div></div>"
        root = selector(html).root
        pairs = [(p.text_content(), p) for p in root.iter("p")]
        lines = [i for i, (t, _) in enumerate(pairs) if t in quoted]
        assert lines, inner
        boxed = set(boxed_paragraphs(pairs))
        assert boxed.isdisjoint(lines) is kept, inner
        assert not boxed - set(lines)


_ARABIC_STORY = [
    "أعيد فتح جسر الميناء أمام حركة المرور مساء الثلاثاء بعد عامين من إغلاقه عندما اكتشف "
    "المهندسون تشققات في اثنتين من عوارضه الفولاذية، وكان على السكان استخدام العبارة.",
    "بلغت تكلفة الإصلاحات واحدا وأربعين مليون جنيه، أي ضعف التقدير الأول، واضطر المجلس إلى "
    "اقتراض معظم المال من صندوق البنية التحتية التابع للحكومة، مما أثار جدلا واسعا.",
    "شكر رئيس البلدية السكان على صبرهم وقال إن خدمة العبارات التي تعمل كحل مؤقت منذ الإغلاق "
    "ستنتهي في نهاية الشهر، وإن الحافلات ستعود إلى مساراتها القديمة في الأسبوع المقبل.",
    "قالت شركات الحافلات إن خطوطها عبر الجسر ستعود الأسبوع المقبل، مما يختصر الرحلة من "
    "المدينة القديمة إلى المحطة بعشرين دقيقة، وهو خبر سار لآلاف الركاب يوميا.",
]


def test_lines_of_two_sentences_in_a_script_without_case_are_no_summary_box() -> None:
    """A stop then a letter of a script without case (Arabic, Hebrew, Devanagari, Hangul)
    or a CJK stop then the next sentence, no space between, ends a sentence: the story's
    first paragraphs of two sentences each in a wrapper of their own are its lead, not a
    summary box (before, no capital after the stop: read as one sentence each, dropped).
    Georgian's letters are lower case to Unicode but open its sentences all the same (their
    title case is themselves). Must not fire: one sentence in those scripts, and a small
    letter after a stop (Latin, Greek, Cyrillic: their title case is a capital)."""
    for two in (
        "港口大桥周二晚间重新通车。工程师两年前发现钢梁出现裂缝后将其关闭。",
        "橋は火曜日の夜に再開通した。「技術者は二年前に亀裂を見つけていた」",
        "أعيد فتح الجسر مساء الثلاثاء. وكان المهندسون قد أغلقوه قبل عامين.",
        "הגשר נפתח מחדש ביום שלישי בערב. המהנדסים סגרו אותו לפני שנתיים.",
        "पुल मंगलवार शाम फिर से खुल गया। इंजीनियरों ने इसे बंद कर दिया था।",
        "다리가 화요일 저녁 다시 개통됐다. 기술자들은 균열을 발견하고 폐쇄했다.",
        "ხიდი სამშაბათს საღამოს ხელახლა გაიხსნა. ინჟინრებმა ის ორი წლის წინ დახურეს.",
    ):
        assert not _one_sentence(two), two
    for one in (
        "港口大桥周二晚间重新通车。",
        "أعيد فتح الجسر مساء الثلاثاء.",
        "पुल मंगलवार शाम फिर से खुल गया।",
        "ხიდი სამშაბათს საღამოს ხელახლა გაიხსნა.",
        "He cited e.g. the bridge and the vote of the U.S. Senate.",
        "Он упомянул напр. мост и голосование совета.",
        "Ανέφερε π.χ. τη γέφυρα και την ψηφοφορία.",
        "Il a cité p. ex. le pont et le vote du conseil.",
        "价格上涨了约１．５倍。",
    ):
        assert _one_sentence(one), one
    lead = [
        "أعيد فتح الجسر أمام حركة المرور مساء الثلاثاء. وكان المهندسون قد أغلقوه قبل عامين.",
        "كلفت الإصلاحات المدينة واحدا وأربعين مليون جنيه. واقترض المجلس معظم المال.",
    ]
    intro = "<div class='intro'>" + "".join(f"<p>{t}</p>" for t in lead) + "</div>"
    body = _summary_page(intro, _ARABIC_STORY)
    assert body[:2] == lead
    points = ["أعيد فتح الجسر بعد عامين.", "كلفت الإصلاحات واحدا وأربعين مليون جنيه."]
    box = "<div class='points'>" + "".join(f"<p>{t}</p>" for t in points) + "</div>"
    assert _summary_page(box, _ARABIC_STORY) == _ARABIC_STORY


def test_boxed_paragraphs_reads_a_large_table_in_the_story_once() -> None:
    """A story holding a table of hundreds of cells, each line in a ``div`` inside its
    cell: whether a line's table holds two lines or more is read in one pass over the
    lines, not one pass for each line asked about (quadratic: 2000 cells cost ~2 s a page
    before). Counted in ancestor walks (elements that count them), not timed: linear in
    the lines. The verdict is the same: each cell holds one line of a kind of its own, no
    quote's paragraphs (a box, as before)."""
    walks = 0

    class Counted(lxml.html.HtmlElement):
        def iterancestors(self, *tags: Any) -> Any:
            nonlocal walks
            walks += 1
            return super().iterancestors(*tags)

    parser = lxml.html.HTMLParser()
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(element=Counted))
    story = "".join(f"<p>{TAIL_STORY[i % 4]}</p>" for i in range(120))
    rows = "".join(
        f"<tr><td><div><p class='c'>Ward {i}</p></div></td>"
        f"<td><div><p class='c'>{i * 7} votes</p></div></td></tr>"
        for i in range(300)
    )
    html = f"<div><div class='body'>{story}<table>{rows}</table></div></div>"
    root = lxml.html.fromstring(html, parser=parser)
    pairs = [(p.text_content(), p) for p in root.iter("p")]
    walks = 0
    assert boxed_paragraphs(pairs) == list(range(120, len(pairs)))
    assert walks <= 3 * len(pairs), walks  # 432 000 walks before


def test_breadcrumb_trail_ending_with_the_headline_is_a_header_line() -> None:
    """A breadcrumb trail in a plain box (no ``nav``, no name): its links ("Home", the
    section) glued to the headline unlinked, their separators drawn by style, is a
    header line, whatever the headline's length. Must not fire: the same words where
    what precedes the headline is not the box's links (an unlinked kicker, a link and
    more words), and a trail ending with another page's title."""
    headline = (
        "BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga "
        "From Athletic Bilbao"
    )
    crumbs = "<a href='/'>Home</a><em></em><a href='/l/sport'>SPORT NEWS</a><em></em>"
    for line, found in (
        (f"<div>{crumbs}<span>{headline}</span></div>", [0]),
        (f"<div><span>Exklusiv</span><span>{headline}</span></div>", []),
        (f"<div><a href='/'>Home</a> and more <span>{headline}</span></div>", []),
        (f"<div>{crumbs}<span>Arsenal sign a new goalkeeper</span></div>", []),
    ):
        root = selector(f"<body>{line}</body>").root
        lines = [(d.text_content(), d) for d in root.iter("div")]
        assert header_lines(lines, headline, []) == found, line


PLACEHOLDER = (
    "<div class='qzjx' data-embed='x'><h3>External content not available</h3>"
    "<p>Your privacy settings prevent loading and showing all external content (charts, "
    "tables, social networks such as YouTube or Instagram). To show it, please change "
    "your privacy settings.</p><button>Change privacy settings</button></div>"
)
CHORUS = (
    "And the harbour lights keep shining on the water through the night, "
    "we will sail home together when the morning comes."
)


def placeholder_page(box: str, between: str = "") -> str:
    """A story of three numbered parts, each with a box after it; every class word
    opaque (no vocabulary tells the box)."""
    parts = "".join(
        f"<h3>{n}. Part {n} of the story of the bridge</h3><p>{line}. Engineers spent "
        f"months on part {n} of the work before the crossing could open again.</p>"
        f"{box.replace('x', str(n), 1) if n == 1 else box}{between}"
        for n, line in enumerate(STORY, 1)
    )
    return (
        "<html><head><title>Bridge</title></head><body><div class='kqzx'>"
        f"<h1>Harbour bridge reopens after repairs</h1><div class='zxqj'>{parts}</div>"
        "</div></body></html>"
    )


def test_a_placeholder_box_with_a_button_printed_at_each_embed_is_not_body() -> None:
    """A placeholder printed for each embed the page holds back (a heading, a sentence on
    the privacy settings, a button to change them), its class words unfamiliar: its
    sentence is long and its heading a heading, so no repeated-line rule took it."""
    body = generic_article(selector(placeholder_page(PLACEHOLDER)).root, URL).body.paragraphs
    text = "\n".join(body)
    assert "External content not available" not in text
    assert "Your privacy settings prevent" not in text
    assert all(line in text for line in STORY)


def test_boxes_repeated_without_a_button_or_once_stay() -> None:
    """Must not fire: a chorus printed after each part (no button around it), and a
    box with a button after each part saying its own words (the story's quizzes)."""
    chorus = placeholder_page(f"<div class='jjqz'><p>{CHORUS}</p></div>")
    body = generic_article(selector(chorus).root, URL).body.paragraphs
    assert body.count(CHORUS) == 3
    quiz = (
        "<div class='qzjx'><p>Quiz: how many months did the engineers spend on this part "
        "of the work on the bridge?</p><button>Answer</button></div>"
    )
    html = placeholder_page(quiz)
    for word in ("one", "two", "three"):
        html = html.replace("this part", f"part {word}", 1)
    text = "\n".join(generic_article(selector(html).root, URL).body.paragraphs)
    assert all(f"spend on part {w} of the work" in text for w in ("one", "two", "three"))
