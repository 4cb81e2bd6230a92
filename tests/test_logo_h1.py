"""The headline element a page's header area is anchored on, where its ``<h1>`` is the
site's (its logo or name, or navigation's copy of the title): the heading that states the
page's title takes its place (``meta_page.PageParts.find_frame``), each structure with the
cases where the rule must not fire."""

from __future__ import annotations

from lxml import html as lxml_html
from lxml.html import HtmlElement

from newscrawl.extraction.meta_page import states_title
from newscrawl.extraction.metadata import _Collector, extract_metadata

URL = "https://harbourtimes.example/politics/council-budget-123"
TITLE = "Council approves the harbour budget"
PARAGRAPH = "<p>" + "The council met on the budget and argued for a long time. " * 6 + "</p>"


def page(body: str, head: str = "") -> str:
    """A page stating *TITLE* as its og:title and ``<title>`` (site suffix), or *head*."""
    head = head or (
        f"<meta property='og:title' content='{TITLE}'>"
        "<meta property='og:site_name' content='Harbour Times'>"
        f"<title>{TITLE} - Harbour Times</title>"
    )
    return f"<html lang='en'><head>{head}</head><body>{body}</body></html>"


def chosen(document: str, story_id: str | None = None) -> HtmlElement | None:
    """The headline element :meth:`find_frame` anchors the header area on."""
    root = lxml_html.fromstring(document)
    collector = _Collector(root, URL)
    collector.collect(None)
    story = root.get_element_by_id(story_id) if story_id else None
    collector.find_frame(story)
    return collector.headline


def text_of(element: HtmlElement | None) -> str | None:
    return None if element is None else " ".join(element.text_content().split())


#: The site's banner: its logo as an <h1> linking home (a picture and the site's name).
LOGO_BANNER = (
    "<header><div class='x1'><a href='https://harbourtimes.example/'><h1 class='x2'>"
    "<span class='x3'>Harbour Times</span><svg></svg></h1></a></div>"
    "<ul><li><a href='/politics'>Politics</a></li></ul></header>"
)
#: The story's header: its headline an <h2>, the stamp beside it in opaque containers.
STORY = (
    f"<main><section class='x4'><div class='x5'><h2 class='x6'>{TITLE}</h2>"
    "<div class='x7'><span>Jane Doe</span> <span>2024-05-03 14:25</span></div></div>"
    f"<div id='story'>{PARAGRAPH * 4}</div></section></main>"
)


def test_a_logo_h1_gives_way_to_the_heading_stating_the_title() -> None:
    document = page(LOGO_BANNER + STORY)
    assert text_of(chosen(document, "story")) == TITLE
    root = lxml_html.fromstring(document)
    best = extract_metadata(root, URL, root.get_element_by_id("story")).best_published()
    assert best is not None and best.raw == "2024-05-03 14:25"


def test_a_logo_h1_of_only_a_picture_or_the_site_name_gives_way() -> None:
    picture = "<header><h1 class='x2'><img src='/logo.png' alt=''></h1></header>"
    assert text_of(chosen(page(picture + STORY), "story")) == TITLE
    # The site's name in an <h1> not linking home (og:site_name says it is the site's).
    named = "<header><h1 class='x2'>Harbour Times</h1></header>"
    assert text_of(chosen(page(named + STORY), "story")) == TITLE
    # The host's name ("harbourtimes.example") on a page stating no site name.
    head = f"<meta property='og:title' content='{TITLE}'>"
    assert text_of(chosen(page(named + STORY, head), "story")) == TITLE


def test_a_logo_h1_stays_where_no_heading_states_the_title() -> None:
    # Must not fire: a site whose logo <h1> is its only heading keeps it.
    only = LOGO_BANNER + f"<main><div id='story'>{PARAGRAPH * 4}</div></main>"
    assert text_of(chosen(page(only), "story")) == "Harbour Times"
    # Nor for a heading that does not state the title (a section's name, two words).
    other = LOGO_BANNER + STORY.replace(TITLE, "Latest news")
    assert text_of(chosen(page(other), "story")) == "Harbour Times"


def test_a_real_headline_h1_in_the_article_header_stays() -> None:
    # Must not fire: the story's <h1> in its <article>'s <header> (the most common
    # structure), below a banner whose logo is no heading, and beside a teaser <h2>
    # that states the title too (a related story's).
    body = (
        "<header><a href='/'><img src='/logo.png' alt='Harbour Times'></a></header>"
        f"<main><article><header><h1>{TITLE}</h1><time>2024-05-03</time></header>"
        f"{PARAGRAPH}</article><aside><h2>{TITLE} again</h2></aside></main>"
    )
    found = chosen(page(body))
    assert found is not None and found.tag == "h1" and text_of(found) == TITLE


def test_a_headline_h1_linking_to_its_own_page_or_home_stays() -> None:
    # Must not fire: the story's headline linking to the page itself.
    own = f"<article><header><h1><a href='{URL}'>{TITLE}</a></h1></header>{PARAGRAPH}</article>"
    found = chosen(page(LOGO_BANNER.replace("<h1", "<div").replace("</h1>", "</div>") + own))
    assert found is not None and found.tag == "h1"
    # Nor one linking home whose words state the title (a theme's heading link).
    home = (
        f"<article><header><h1><a href='/'>{TITLE}</a></h1></header>"
        f"<h2 class='x6'>{TITLE}</h2>{PARAGRAPH}</article>"
    )
    found = chosen(page(home))
    assert found is not None and found.tag == "h1"


def test_a_breadcrumb_h1_gives_way_to_the_displayed_headline() -> None:
    # The trail's end is an SEO copy of the title in an <h1>; the story shows its own
    # heading (a kicker before the headline) that holds the og:title.
    head = (
        f"<meta property='og:title' content='{TITLE}'>"
        f"<title>Harbour: {TITLE} as planned - Harbour Times</title>"
    )
    trail = (
        f"<div class='breadcrumb'><a href='/'>Home</a> <h1>Harbour: {TITLE} as planned</h1></div>"
    )
    story = (
        f"<article><div class='x5'><h2><span>Harbour</span> <span>{TITLE}</span></h2>"
        f"<span>2024-05-03 14:25</span></div><div id='story'>{PARAGRAPH * 4}</div></article>"
    )
    found = chosen(page(trail + story, head), "story")
    assert found is not None and found.tag == "h2"
    # Must not fire: a trail's <h1> stays when no heading of the story states the title.
    alone = story.replace(f"<span>{TITLE}</span>", "<span>Budget</span>")
    found = chosen(page(trail + alone, head), "story")
    assert found is not None and found.tag == "h1"


def test_a_heading_holding_the_title_after_a_kicker_states_it() -> None:
    title = "German aggressor impresses, France struggles"
    assert states_title(f"US team keeps improving {title}", [title], 3)
    assert states_title(title, [f"{title} - Harbour Times"], 3)
    # Must not fire: a heading of far more words than the title's (a lead, a teaser
    # list's run), a title of fewer than three words, a heading of other words.
    lead = "as the final went on the crowd in the hall saw both teams trade baskets until late"
    assert not states_title(f"{title} {lead}", [title], 3)
    assert not states_title("Budget news of the week", ["Budget news"], 3)
    assert not states_title("Reading list for today", [title], 3)


def test_a_kicker_heading_heads_a_page_whose_h1_is_navigation() -> None:
    # No <h1> outside navigation: the <h2> holding the kicker and the og:title is the
    # headline whose header area holds the stamp.
    title = "German aggressor impresses, France struggles"
    head = (
        f"<meta property='og:title' content='{title}'>"
        "<title>Olympics: German basketball aggressor impresses - Harbour Times</title>"
    )
    body = (
        "<nav class='x1'><h1>Olympics: German basketball aggressor impresses</h1></nav>"
        "<article><div class='x5'><h2><span>US dream team keeps getting better</span> "
        f"<span>{title}</span></h2><span>2024-08-05 20:59</span></div>"
        f"<div id='story'>{PARAGRAPH * 4}</div></article>"
    )
    found = chosen(page(body, head), "story")
    assert found is not None and found.tag == "h2"


def test_a_trail_h1_in_a_foreign_named_frame_gives_way() -> None:
    # The page's one <h1>, a trail's copy of the title, stands in a container whose class
    # sounds foreign ("main widget": taken as the headline all the same); the story's
    # <h2> in the same container states the title and heads it.
    body = (
        "<main><div class='main widget'><div class='breadcrumb'><ul><li><a href='/'>Home</a>"
        f"</li><li><h1>{TITLE}</h1></li></ul></div><article><h2 class='x6'>{TITLE}</h2>"
        f"<span>2024-05-03 14:25</span><div id='story'>{PARAGRAPH * 4}</div></article>"
        "</div></main>"
    )
    found = chosen(page(body), "story")
    assert found is not None and found.tag == "h2"


def test_a_blog_name_heading_linking_home_heads_nothing() -> None:
    # Must not fire: a front page whose og:title is the blog's name; its <h2> stating it
    # links home (the blog's name), the <h1> is the host's logo: the logo stays.
    head = "<meta property='og:title' content='The Harbour Times Blog'>"
    body = (
        "<header><h1><a href='https://harbourtimes.example/'>Harbour Times</a></h1></header>"
        "<div><h2><a href='https://harbourtimes.example/'>The Harbour Times Blog</a></h2>"
        f"<div id='story'>{PARAGRAPH * 4}</div></div>"
    )
    found = chosen(page(body, head), "story")
    assert found is not None and found.tag == "h1"
