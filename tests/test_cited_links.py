"""A story's own list of links to other sites (a links roundup, a reading list) stays in
the body; the site's own link boxes (related posts, tags, a blogroll, a "further
reading" box of its own stories) still go (``newscrawl/extraction/cited_links.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml.html import HtmlElement

from bench.redteam_cms import Case, drupal, keep_content, medium, wordpress
from newscrawl.extraction.anchored import is_prose
from newscrawl.extraction.blocks import Block
from newscrawl.extraction.cited_links import cite_outbound_lists
from newscrawl.extraction.generic_body import extract_body
from newscrawl.extraction.html import selector
from newscrawl.extraction.walk import Walker

URL = "https://www.example.org/blog/2024/03/links-of-the-week.html"

INTRO = "Here is what I read this week and think is worth your time."
TITLES = [
    "How a small town replaced its gas boilers with one large heat pump",
    "The cycle lane that halved accidents on a busy road",
    "A library that has lent books from the same building since 1650",
    "Why the new tram line is two years late",
    "What the census says about our neighbourhood",
]
OTHER_SITES = [
    "https://example.net/a/",
    "https://www.example.com/b/",
    "https://news.example.edu/c/",
    "https://example.info/d/",
    "https://example.net/e/",
]
OWN = [
    "New cycle lanes open along the canal",
    "Library extends its weekend opening hours",
    "Two schools to get new sports halls by summer",
]
PROSE = [
    "The city council approved the new budget on Tuesday after a long debate about "
    "schools, roads and the water pipes that have waited for repairs for decades.",
    "Councillors argued for almost four hours before the vote, which passed seven to two "
    "after several residents spoke against the plan during the public session.",
    "The mayor said the largest budget in the city's history would be balanced by lower "
    "administrative costs and higher parking fees in the centre of town.",
]


def root_of(html: str) -> HtmlElement:
    element: HtmlElement = selector(html).root
    return element


def body_of(content: str, aside: str = "") -> str:
    html = (
        "<html lang='en'><head><title>t</title></head><body><header><nav>"
        "<a href='/'>Home</a> <a href='/news/'>News</a> <a href='/about/'>About</a></nav>"
        "</header><div class='wrap'><main><article><h1>Links of the week</h1>"
        f"<div class='post-body'>{content}</div></article></main>"
        f"<aside class='sidebar'>{aside}</aside></div>"
        "<footer><p>© 2024 Anna Berg</p></footer></body></html>"
    )
    return extract_body(root_of(html), URL).body.body


def items(titles: list[str], hrefs: list[str]) -> str:
    rows = "".join(f"<li><a href='{h}'>{t}</a></li>" for t, h in zip(titles, hrefs, strict=True))
    return f"<ul>{rows}</ul>"


def own_links(titles: list[str]) -> list[str]:
    return [f"/2024/03/post-{i}/" for i in range(len(titles))]


def test_links_roundup_keeps_its_list() -> None:
    body = body_of(f"<p>{INTRO}</p>{items(TITLES, OTHER_SITES)}")
    assert INTRO in body
    for title in TITLES:
        assert title in body


def test_links_roundup_beside_a_related_posts_box() -> None:
    related = f"<div class='related'><h3>Related</h3>{items(OWN, own_links(OWN))}</div>"
    body = body_of(f"<p>{INTRO}</p>{items(TITLES, OTHER_SITES)}{related}")
    assert all(title in body for title in TITLES)
    assert OWN[0] not in body


def test_related_posts_of_the_site_after_the_story_go() -> None:
    """Must not fire: a list of the site's own stories after the story's paragraphs."""
    body = body_of("".join(f"<p>{p}</p>" for p in PROSE) + items(OWN, own_links(OWN)))
    assert PROSE[0] in body
    assert all(title not in body for title in OWN)


def test_further_reading_of_own_stories_goes() -> None:
    """Must not fire: a "further reading" box of the site's own stories (absolute links to
    its own host or another of its hosts) after the story's end."""
    hrefs = [
        "https://www.example.org/2024/01/a.html",
        "https://blog.example.org/b/",
        "https://example.org/c/",
    ]
    box = f"<h3>Further reading</h3>{items(OWN, hrefs)}"
    body = body_of("".join(f"<p>{p}</p>" for p in PROSE) + box)
    assert PROSE[2] in body
    assert all(title not in body for title in OWN)


def test_blogroll_in_the_sidebar_stays_out() -> None:
    """Must not fire: a sidebar's blogroll of other sites (names, under a heading)."""
    names = ["Daring Fireball", "Kottke dot org", "The Old Reader", "Marginal Notes"]
    roll = items(names, OTHER_SITES[:4])
    body = body_of("".join(f"<p>{p}</p>" for p in PROSE), f"<h3>Blogroll</h3>{roll}")
    assert PROSE[1] in body
    assert all(name not in body for name in names)


def test_tag_links_stay_out() -> None:
    """Must not fire: a row of tag links in a list after the story."""
    tags = ["Energy", "Transport", "City council", "Budget"]
    hrefs = [f"/tag/{t.lower().replace(' ', '-')}/" for t in tags]
    body = body_of("".join(f"<p>{p}</p>" for p in PROSE) + items(tags, hrefs))
    assert PROSE[0] in body
    assert all(f"\n{tag}\n" not in f"\n{body}\n" for tag in tags)


def test_one_partner_sites_stories_stay_out() -> None:
    """Must not fire: a box of another site's stories (all one host) after the story."""
    hrefs = [f"https://www.partner.example/{i}/" for i in range(3)]
    body = body_of("".join(f"<p>{p}</p>" for p in PROSE) + items(OWN, hrefs))
    assert PROSE[0] in body
    assert all(title not in body for title in OWN)


def test_links_roundup_beside_comments_with_more_prose() -> None:
    """The story's prose is one line: the readers' comments after it hold more prose, and
    the roundup's items score the story's container as its paragraphs do."""
    comments = "".join(
        f"<div class='comment'><p class='who'>Reader {i}</p><p>{p}</p></div>"
        for i, p in enumerate(PROSE)
    )
    html = (
        "<html lang='en'><head><title>t</title></head><body><main>"
        "<article><h1>Links of the week</h1>"
        f"<div class='entry-content'><p>{INTRO}</p>{items(TITLES, OTHER_SITES)}</div></article>"
        f"<section class='responses'><h2>3 responses</h2>{comments}</section>"
        "</main></body></html>"
    )
    body = extract_body(root_of(html), URL).body.body
    assert all(title in body for title in TITLES)
    assert PROSE[0] not in body


@pytest.mark.parametrize("build", [wordpress, drupal, medium])
def test_links_roundup_outscores_the_chrome_beside_it(build: Callable[..., Case]) -> None:
    """Comments, related excerpts (in containers named like a body) and "more from" lists
    beside a roundup hold more prose than its one line: its items score its container as
    paragraphs, the list no box of its own, and the story wins (red team cms-keep)."""
    name, html, keep, drop = build("en", False, 1, keep_content("links", "en"))
    body = extract_body(root_of(html), f"https://www.example.org/{name}.html").body.body
    assert all(line in body for line in keep)
    assert not [line for line in drop if line in body]


def test_links_roundup_wrapped_and_led_in_by_a_colon() -> None:
    """The list in a wrapper of its own (``div > ol``), the intro ending in a colon."""
    intro = "These are the pieces I read this week and liked the most:"
    rows = "".join(
        f"<li><a href='{h}'>{t}</a></li>" for t, h in zip(TITLES, OTHER_SITES, strict=True)
    )
    body = body_of(f"<p>{intro}</p><div class='reading'><ol>{rows}</ol></div>")
    assert all(title in body for title in TITLES)


def test_links_with_no_prose_before_them_stay_a_box() -> None:
    """Must not fire: a list of other sites' stories under a heading only (an "around the
    web" box after the story, in a box of its own)."""
    box = f"<div class='web'><h3>Around the web</h3>{items(TITLES[:3], OTHER_SITES[:3])}</div>"
    body = body_of("".join(f"<p>{p}</p>" for p in PROSE) + box)
    assert PROSE[0] in body
    assert all(title not in body for title in TITLES[:3])


def cited(html: str) -> list[str]:
    """The lines the rule reads as a story's cited links."""
    blocks = Walker().walk(root_of(html))
    cite_outbound_lists(blocks, URL)
    return [b.text for b in blocks if b.cited]


def test_titled_box_after_another_boxs_caption_stays_out() -> None:
    """Must not fire: in a column of boxes, a list of other sites' pages under its title
    ("On the web:") after another box's prose (a video's caption); nor the same list
    under its title right after a line of prose in the column (a list under its own
    heading is a box)."""
    caption = "Gene scissors in plants: this video shows how one letter of wheat DNA is changed."
    links = items(TITLES[:4], OTHER_SITES[:4])
    column = (
        f"<div class='embed'><div class='box'><p>{caption}</p></div></div>"
        f"<h4>On the web:</h4><div class='box'>{links}</div>"
    )
    assert cited(f"<html><body><div class='col'>{column}</div></body></html>") == []
    column = f"<p>{caption}</p><h4>On the web:</h4><div class='box'>{links}</div>"
    assert cited(f"<html><body><div class='col'>{column}</div></body></html>") == []
    column = f"<p>{caption}</p><div class='box'>{links}</div>"
    assert cited(f"<html><body><div class='col'>{column}</div></body></html>") == TITLES[:4]


@pytest.mark.parametrize(
    "title", ["<h3>Around the web</h3>", "<p><strong>Sponsored stories</strong></p>"]
)
def test_titled_box_in_the_post_body_after_prose_stays_out(title: str) -> None:
    """Must not fire: an "around the web" list under its own heading (a heading tag or a
    bold-only line) right in the post body after the story's paragraphs: only the line
    right before the list may be its intro, and a title there makes the list a box."""
    box = title + items(TITLES[:3], OTHER_SITES[:3])
    body = body_of("".join(f"<p>{p}</p>" for p in PROSE) + box)
    assert PROSE[0] in body
    assert all(t not in body for t in TITLES[:3])
    story = "".join(f"<p>{p}</p>" for p in PROSE)
    assert cited(f"<html><body><div class='post'>{story}{box}</div></body></html>") == []


def test_bold_intro_sentence_ending_in_a_colon_is_a_title() -> None:
    """Must not fire: a bold-only line before the list is its title, even when long and
    ending in a colon; the same line not in bold leads the list in."""
    line = "More stories from our partners around the web this week:"
    page = "<html><body><div class='post'><p>{}</p>{}</div></body></html>"
    links = items(TITLES, OTHER_SITES)
    assert cited(page.format(f"<strong>{line}</strong>", links)) == []
    assert cited(page.format(line, links)) == TITLES


def test_links_roundup_after_an_intro_written_between_brs() -> None:
    """Old blog markup: the intro is the post body's own text, ``<br>``s after it."""
    body = body_of(f"{INTRO}<br><br>{items(TITLES, OTHER_SITES)}")
    assert INTRO in body
    assert all(title in body for title in TITLES)


def test_one_partner_site_on_several_hosts_is_one_site() -> None:
    """Must not fire: a partner's stories on its several hosts are one site's box; with
    one of them on another site, the list points to two sites and fires."""
    hrefs = ["https://www.partner.example/a/", "https://news.partner.example/b/"]
    page = "<html><body><div class='post'><p>{}</p>{}</div></body></html>"
    assert cited(page.format(INTRO, items(OWN, [*hrefs, "https://partner.example/c/"]))) == []
    assert cited(page.format(INTRO, items(OWN, [*hrefs, "https://example.net/c/"]))) == OWN


def test_cited_items_are_asked_for_prose_again() -> None:
    """A cited item's links stop counting (its link characters set to 0): a verdict of
    is_prose kept on the block from before is dropped, and the block answers as a fresh
    one of the same text and links does."""
    long_titles = [f"{t}, and what the neighbours said about it." for t in TITLES]
    blocks = Walker().walk(root_of(f"<p>{INTRO}</p>{items(long_titles, OTHER_SITES)}"))
    before = [is_prose(b) for b in blocks]  # (kept on each block)
    cite_outbound_lists(blocks, URL)
    assert any(b.cited for b in blocks)
    for block, was in zip(blocks, before, strict=True):
        fresh = Block(
            block.text, block.owner, block.tag, block.links, block.link_chars, block.chrome,
            block.chain, block.cut,
        )  # fmt: skip
        assert is_prose(block) == is_prose(fresh)
        if not block.cited:
            assert is_prose(block) == was
    assert any(is_prose(b) != was for b, was in zip(blocks, before, strict=True) if b.cited)


ZH_INTRO = "这是我本周读到的几篇好文章，值得大家花时间看一看："
ZH_TITLES = [
    "一个小镇如何用一台大型热泵取代所有燃气锅炉",
    "这条自行车道让繁忙道路上的事故减少了一半",
    "一座图书馆自1650年起就在同一栋楼里借书",
]


def test_chinese_links_roundup_keeps_its_list() -> None:
    """A roundup written without spaces: its titles' words are counted in pairs of
    characters (``words.words``), not by spaces (one "word" each)."""
    page = "<html lang='zh'><body><div class='post'><p>{}</p>{}</div></body></html>"
    assert cited(page.format(ZH_INTRO, items(ZH_TITLES, OTHER_SITES[:3]))) == ZH_TITLES


def test_chinese_profile_names_stay_out() -> None:
    """Must not fire: a list of short names of other sites (profiles: 微博, 知乎 …) after
    the same intro: three characters or fewer make two pieces at most."""
    names = ["微博", "知乎网", "豆瓣"]
    page = "<html lang='zh'><body><div class='post'><p>{}</p>{}</div></body></html>"
    assert cited(page.format(ZH_INTRO, items(names, OTHER_SITES[:3]))) == []
