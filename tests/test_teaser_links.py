"""Links of a teaser box: story-shaped (a teaser) or not (navigation), each with a case
where the rule must not fire."""

from __future__ import annotations

import pytest

from newscrawl.extraction.teaser_links import (
    has_headline_words,
    is_foreign_feed,
    is_label_list,
    is_own_stories,
    is_platform_row,
    is_same_document,
    is_section_front,
    is_story_shaped,
    story_links,
)

PAGE = "https://www.harbourtimes.example/news/harbour-bridge-reopens-after-two-years"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.harbourtimes.example/2025/02/20/library-extends/",  # date in the path
        "https://www.harbourtimes.example/wirtschaft/article244832202/Rente.html",  # id run
        "https://other.example/politik/c1001-40223222.html",  # another site's story
        "https://www.harbourtimes.example/world/20241203-OYT1T50218/",  # date-stamped id
        "https://faktencheck.example/doc.afp.com.B3GE6CQ",  # a dotted document name
        "https://www.harbourtimes.example/storm-closes-the-coastal-road/",  # headline slug
        "https://www.harbourtimes.example/index.php?p=48213",  # numeric query id
        "https://www.harbourtimes.example/news/museum-night",  # the page's own pattern
    ],
)
def test_story_shaped(url: str) -> None:
    assert is_story_shaped(url, PAGE)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.harbourtimes.example/sport/",
        "https://www.harbourtimes.example/tag/harbour-bridge",
        "https://www.harbourtimes.example/fazapp",
        "https://www.harbourtimes.example/column/politics01/",  # a column's name
        "https://www.harbourtimes.example/expo2025/",
        "https://www.harbourtimes.example/how-to-complain/",
        "https://www.harbourtimes.example/my-europe/my-europe-series/europe-in-motion",
        "https://www.harbourtimes.example/",
        "https://www.facebook.com/HarbourTimes",
        "javascript:void(0)",
        "mailto:news@harbourtimes.example",
        # The page's pattern needs the same depth and first segment.
        "https://www.harbourtimes.example/about/team",
        "https://elsewhere.example/news/museum-night",
    ],
)
def test_not_story_shaped(url: str) -> None:
    assert not is_story_shaped(url, PAGE)


def test_same_document() -> None:
    assert is_same_document(PAGE + "#main", PAGE)
    assert is_same_document(PAGE + "/?ref=rss", PAGE)
    assert not is_same_document("https://www.harbourtimes.example/news/other-story", PAGE)
    # the page on the site's bare host, or on its "www." one, is the page still;
    assert is_same_document(PAGE.replace("://www.", "://"), PAGE)
    assert is_same_document(PAGE, PAGE.replace("://www.", "://"))
    # another host's page of the same path is not (must not fire)
    assert not is_same_document(PAGE.replace("://www.", "://www.other"), PAGE)


def test_box_verdicts() -> None:
    stories = [f"https://www.harbourtimes.example/news/{48100 + i}/story" for i in range(3)]
    section = "https://www.harbourtimes.example/topics/harbour/"
    # A list of stories headed by a section link: the section link is dropped.
    assert story_links([section, *stories], PAGE) == [False, True, True, True]
    # The page's own teaser in a list of others: left out, the rest kept.
    assert story_links([PAGE, *stories], PAGE) == [False, True, True, True]
    # Must not fire: a menu of sections with one story in it is navigation.
    menu = [f"https://www.harbourtimes.example/{s}/" for s in ("sport", "politics", "culture")]
    assert story_links([*menu, stories[0]], PAGE) is None
    # Must not fire: skip links all lead to the page itself.
    assert story_links([PAGE + "#main", PAGE + "#nav", PAGE + "#search"], PAGE) is None


def test_headline_words_of_unspaced_scripts() -> None:
    assert has_headline_words("港の橋が二年ぶりに通行再開", 6)
    assert not has_headline_words("港の橋が二年ぶりに通行再開", 7)
    assert not has_headline_words("速報", 2)  # a label, not a headline (must not fire)
    assert has_headline_words("Harbour bridge reopens", 3)
    assert not has_headline_words("Harbour bridge reopens", 4)
    assert has_headline_words("US-Unternehmen gewinnt", 2)
    assert not has_headline_words("US-Unternehmen gewinnt", 3)


def test_paid_and_user_links_are_not_teasers() -> None:
    stories = [f"https://www.harbourtimes.example/news/{48100 + i}/story" for i in range(3)]
    courses = [f"https://courses.example/landing?id={90210 + i}&utm_source=ht" for i in range(3)]
    # A course widget whose links are marked paid: an ad, not a list of stories.
    assert story_links(courses, PAGE, ["sponsored"] * 3) is None
    # A recent-comments widget: commenters' blog posts, marked user-generated.
    posts = [f"https://someblog.example/2021/02/1{i}/a-post-about-the-harbour/" for i in range(3)]
    assert story_links(posts, PAGE, ["external nofollow ugc"] * 3) is None
    # One paid link in a list of stories is dropped, the rest kept.
    assert story_links([*stories, courses[0]], PAGE, [None, None, None, "Sponsored"]) == [
        True,
        True,
        True,
        False,
    ]
    # Must not fire: a plain nofollow (network boxes of sister titles) or noopener.
    network = [f"https://sister{i}.example/2024/film/news/film-story-{i}-1236/" for i in range(3)]
    assert story_links(network, PAGE, ["nofollow", "noopener noreferrer", None]) == [True] * 3


def test_service_subdomain_box_is_not_stories() -> None:
    jobs = [
        f"https://jobs.harbourtimes.example/job/harbour-master-m-w-d.{1726725325 + i}.html"
        for i in range(3)
    ]
    assert is_foreign_feed(jobs, PAGE)
    assert story_links(jobs, PAGE) is None
    shop = "https://shop.harbourtimes.example/pages/the-perfect-application-to-go-{}"
    assert story_links([shop.format(i) for i in range(3)], PAGE) is None
    # Must not fire: the site's stories beside one on a section subdomain.
    stories = [f"https://www.harbourtimes.example/news/{48100 + i}/story" for i in range(2)]
    sport = "https://sport.harbourtimes.example/2025/03/03/rowing-club-wins-the-cup/"
    assert story_links([*stories, sport], PAGE) == [True, True, True]
    # Must not fire: a partner site's stories (another site, not a subdomain) or a
    # network box of several sites.
    partner = [
        f"https://www.rivergazette.example/2025/03/0{i}/river-story-{i}-of-the-day/"
        for i in range(3)
    ]
    assert not is_foreign_feed(partner, PAGE)
    assert story_links(partner, PAGE) == [True] * 3
    network = [f"https://sister{i}.example/2024/film/news/film-story-{i}-1236/" for i in range(3)]
    assert story_links(network, PAGE) == [True] * 3


def test_section_front_above_the_page_is_not_a_story() -> None:
    page = "https://www.harbourtimes.example/nachrichten/harbour-and-coast-news/bridge-reopens,bridge146.html"
    for front in (
        "https://www.harbourtimes.example/nachrichten/harbour-and-coast-news/",  # a slug of 4
        "https://www.harbourtimes.example/nachrichten/harbour-and-coast-news/index.html",
        "https://www.harbourtimes.example/nachrichten/",
    ):
        assert is_section_front(front, page)
        assert not is_story_shaped(front, page)
    sibling = (
        "https://www.harbourtimes.example/nachrichten/harbour-and-coast-news/ferry,ferry102.html"
    )
    stories = [sibling, sibling.replace("102", "103"), sibling.replace("102", "104")]
    assert story_links([stories[0].rsplit("/", 1)[0] + "/index.html", *stories], page) == [
        False,
        True,
        True,
        True,
    ]
    # Must not fire: a sibling story, a story whose name starts with "index", a query id
    # on the index document, the same path on another host.
    assert is_story_shaped(sibling, page)
    index_story = "https://www.harbourtimes.example/nachrichten/index-of-fish-prices-rises-again"
    assert not is_section_front(index_story, page)
    assert is_story_shaped(index_story, page)
    assert is_story_shaped("https://www.harbourtimes.example/index.php?p=48213", page)
    other = "https://www.rivergazette.example/nachrichten/harbour-and-coast-news/"
    assert not is_section_front(other, page)


def test_own_stories_of_a_pair() -> None:
    own = [
        "https://www.harbourtimes.example/2025/02/11/pilots-warn-of-strike/",
        "https://harbourtimes.example/news/48213/storm-closes-coastal-road",
    ]
    assert is_own_stories(own, PAGE)
    # Must not fire: another site's story, a subdomain's, a link shaped only like the
    # page's own URL (no id, date or slug of its own), a section front.
    assert not is_own_stories([own[0], "https://www.rivergazette.example/2025/03/03/x/"], PAGE)
    assert not is_own_stories([own[0], "https://sport.harbourtimes.example/48214/cup-win"], PAGE)
    assert not is_own_stories([own[0], "https://www.harbourtimes.example/news/museum-night"], PAGE)
    assert not is_own_stories([own[0], "https://www.harbourtimes.example/news/"], PAGE)


H = "https://www.harbourtimes.example"


def test_label_list() -> None:
    """Topic and author pages named by the slug of their short label, in one folder."""
    assert is_label_list(
        [f"{H}/thema/krieg-in-der-ukraine", f"{H}/thema/verkehr-in-der-innenstadt"],
        ["Krieg in der Ukraine", "Verkehr in der Innenstadt"],
    )
    assert is_label_list(
        [f"{H}/autor/anna-maria-von-berg/", f"{H}/autor/jean-pierre-de-la-fontaine/"],
        ["Anna-Maria von Berg", "Jean-Pierre de la Fontaine"],
    )


@pytest.mark.parametrize(
    ("urls", "texts"),
    [
        # Stories named by slugs alone, with headlines longer than labels.
        (
            [f"{H}/news/storm-closes-the-coastal-road/", f"{H}/news/library-extends-its-hours/"],
            ["Storm closes the coastal road for a week", "Library extends its hours at weekends"],
        ),
        # Short headlines of stories with ids; stories in several sections.
        (
            [f"{H}/news/storm-closes-road-48213.html", f"{H}/news/library-hours-48214.html"],
            ["Storm closes road", "Library extends hours"],
        ),
        (
            [f"{H}/sport/harbour-fc-wins-the-cup", f"{H}/local/library-extends-its-hours"],
            ["Harbour FC wins the cup", "Library extends its hours"],
        ),
    ],
)
def test_not_label_list(urls: list[str], texts: list[str]) -> None:
    assert not is_label_list(urls, texts)


def test_platform_row() -> None:
    """A row of the site's apps and profiles: each link to another platform, by an id."""
    assert is_platform_row(
        [
            "https://apps.apple.com/de/app/harbour-times-news/id1234567890",
            "https://play.google.com/store/apps/details?id=com.harbourtimes.android",
            "https://appgallery.huawei.com/app/C102345678",
        ],
        PAGE,
    )


@pytest.mark.parametrize(
    "urls",
    [
        # A network box of sister sites' stories, named by headline slugs or dates.
        [
            "https://www.bayside.example/local/ferry-service-resumes-after-storm-4821.html",
            "https://www.hillpost.example/2025/02/20/market-hall-opens/",
        ],
        # One partner's stories (one host), and a box with one of the site's own.
        ["https://partner.example/a/4821399", "https://partner.example/a/4821400"],
        ["https://apps.apple.com/app/id1234567890", f"{H}/news/library-48213.html"],
    ],
)
def test_not_platform_row(urls: list[str]) -> None:
    assert not is_platform_row(urls, PAGE)


SIBLINGS = [
    "https://www.harbourtimes.example/politik/48211.html",
    "https://kultur.harbourtimes.example/48212.html",
    "https://www.harbourtimes.example/city/48213.html",
]


def test_site_on_sibling_hosts_is_no_platform_row() -> None:
    """Must not fire: on a page of one of the site's hosts (``sport.``), a box of its own
    stories on its other hosts (``www.``, ``kultur.``), named by an id only, is the site's,
    not a row of apps and profiles: hosts are compared by site."""
    sport = "https://sport.harbourtimes.example/fussball/4711.html"
    assert not is_platform_row(SIBLINGS, sport)
    assert story_links(SIBLINGS, sport) == [True, True, True]
    # (the apps row still fires from that page)
    apps = ["https://apps.apple.com/app/id1234567890", "https://play.google.com/x?id=com.ht"]
    assert is_platform_row(apps, sport)


def test_a_broken_address_raises_nothing() -> None:
    """A malformed link (a broken IPv6 host urlsplit refuses) names no story and no site:
    no test raises, and a box holding it is no platform row."""
    urls = ["http://[::1", "https://a.example/x/1", "https://b.example/y/2"]
    assert not is_platform_row(urls, PAGE)
    assert not is_foreign_feed(urls, PAGE)
    assert not is_own_stories(urls, PAGE)
    assert not is_story_shaped(urls[0], PAGE)
    assert not is_same_document(urls[0], PAGE)
    story_links(urls, PAGE)
