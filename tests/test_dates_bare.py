"""Stamps a page shows that its bare variants lost (issue 9, bench/redteam_dates.py classes
``wrapped``, ``markedlist``, ``urlagree``), and their must-not-fire twins."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.meta_stamps import _header_siblings, _stamp_shaped
from tests.test_dates_shown import FETCHED_AT, LINES, URL, day

DAY = "2024-03-14"
TITLE = "Council approves new budget for schools and roads"
NAV = "<nav><a href='/'>Home</a> <a href='/politics/'>Politics</a></nav>"
FOOT = "<footer><a href='/about'>About</a></footer>"
CAPTION = (
    "The town hall on the evening of the vote, seen from the market square, where residents "
    "gathered to follow the debate on a big screen. (Photo: City 2023)"
)


def shell(body: str, lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Council approves budget</title></head><body>"
        f"{NAV}{body}{FOOT}</body></html>"
    )


def latest_times() -> str:
    """Other stories after the story, each under an unmarked ``<time>`` of its own day."""
    items = "".join(
        f"<div class='z2'><a href='/news/latest-{i}.html'>Council story number {i} of the "
        f"week in town</a> <time datetime='{d}T08:00:00+00:00'>{d}</time></div>"
        for i, d in enumerate(["2024-03-20", "2024-03-19", "2024-03-18"])
    )
    return f"<div class='z1'>{items}</div>"


def wrapped(inside: str, lang: str = "en") -> str:
    """The header alone in a wrapper; the picture, byline, *inside* and the story in the
    wrapper's next sibling; other stories' times after it."""
    story = "".join(f"<p>{line}</p>" for line in LINES[1:])
    return shell(
        f"<main><article><div class='a1'><header><h1>{TITLE}</h1><p>{LINES[0]}</p></header>"
        f"</div><div class='a3'><figure><img src='/hall.jpg' alt=''><figcaption>{CAPTION}"
        f"</figcaption></figure><div class='a4'><p>By Anna Smith</p>{inside}</div>{story}"
        f"</div></article></main>{latest_times()}",
        lang,
    )


# -- the header area goes on past a wrapper of it alone -----------------------------------


@pytest.mark.parametrize(
    ("lang", "inside"),
    [
        ("fr", "<div><span>Publié le 14 mars 2024 à 10:15</span></div>"),
        (
            "fr",
            "<div><span>Publié le 14 mars 2024 à 10:15</span>"
            "<span>Mis à jour le 15 mars 2024 à 08:00</span></div>",
        ),
        ("es", "<div><span>Publicado el 14 de marzo de 2024, 10:15</span></div>"),
        ("ru", "<div><span>Опубликовано: 14 марта 2024, 10:15</span></div>"),
        ("en", "<div>March 14, 2024</div>"),
        ("en", "<time>March 14, 2024</time>"),
    ],
)
def test_stamp_past_the_header_wrapper_gives_the_day(lang: str, inside: str) -> None:
    assert day(wrapped(inside, lang)) == DAY


@pytest.mark.parametrize(
    ("lang", "inside"),
    [
        ("fr", "<div><span>Mis à jour le 15 mars 2024 à 08:00</span></div>"),
        (
            "en",
            "<div><a href='/news/other.html'>Bakery closes after a hundred years in the old "
            "town</a> <span>12.03.2024</span></div>",
        ),
        ("en", "<div>© 2024 Zeitung</div>"),
        ("ru", "<div>Премьера 5 мая 2024</div>"),
    ],
)
def test_no_stamp_past_the_header_wrapper_gives_no_date(lang: str, inside: str) -> None:
    """An update alone, another story's teaser, a copyright line, an event's day there
    (one htmldate's last-resort search cannot read: in English or German it reads such a
    line before the story, as it did before this rule; :func:`_stamp_shaped` refuses it)."""
    assert day(wrapped(inside, lang)) is None


def test_a_paragraph_of_the_caption_opens_no_text() -> None:
    """The picture's caption in a paragraph of its own is no paragraph of the story: the
    stamp after it is read."""
    inside = "<div><span>Publié le 14 mars 2024 à 10:15</span></div>"
    caption = f"<figcaption>{CAPTION}</figcaption>"
    page = wrapped(inside, "fr").replace(caption, f"<figcaption><p>{CAPTION}</p></figcaption>")
    found = generic_article(selector(page.encode()).root, URL, fetched_at=FETCHED_AT)
    assert found.date_source == "stamp-labelled"
    assert day(page) == DAY


def test_no_sibling_after_the_text_opened_is_read() -> None:
    """Past the wrapper, the reading ends at the first paragraph: a box of its own after
    the story (another sibling of the wrapper) is not read as the header's."""
    story = "".join(f"<p>{line}</p>" for line in LINES[1:])
    page = shell(
        f"<main><article><div><header><h1>{TITLE}</h1><p>{LINES[0]}</p></header></div>"
        f"<div><p>By Anna Smith</p>{story}</div><div><span>12.03.2024</span></div>"
        "</article></main>"
    )
    found = generic_article(selector(page.encode()).root, URL, fetched_at=FETCHED_AT)
    assert found.date_source != "stamp"  # (htmldate's last resort reads a date line alone)


def test_header_siblings_climb_only_lone_wrappers() -> None:
    root = lxml_html.fromstring(
        "<div><article><div id='w'><header id='h'><h1>T</h1></header></div>"
        "<div id='s'>x</div></article></div>"
    )
    header = root.get_element_by_id("h")
    siblings, wrapped_too = _header_siblings(header)
    assert [s.get("id") for s in siblings] == ["s"] and wrapped_too
    # A header with a next sibling of its own: that one, not a wrapper's.
    root = lxml_html.fromstring(
        "<div><article><div><header id='h'><h1>T</h1></header><p id='n'>x</p></div>"
        "<div id='s'>x</div></article></div>"
    )
    siblings, wrapped_too = _header_siblings(root.get_element_by_id("h"))
    assert [s.get("id") for s in siblings] == ["n"] and not wrapped_too
    # A wrapper holding more than the header is no wrapper of it alone: nothing.
    root = lxml_html.fromstring(
        "<div><article><div><span>k</span><div><header id='h'><h1>T</h1></header></div>"
        "</div><div id='s'>x</div></article></div>"
    )
    siblings, _ = _header_siblings(root.get_element_by_id("h"))
    assert [s.get("id") for s in siblings] == []
    # The story's <article> holding the header alone is no wrapper: what follows the
    # article is not the header's.
    root = lxml_html.fromstring(
        "<div><main><article><header id='h'><h1>T</h1></header></article>"
        "<div id='s'>x</div></main></div>"
    )
    siblings, _ = _header_siblings(root.get_element_by_id("h"))
    assert [s.get("id") for s in siblings] == []


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("14 mars 2024", True),
        ("Publié le 14 mars 2024 à 10:15", True),
        ("Updated 15 March 2024, 08:00", True),
        ("jeudi, 14 mars 2024", True),
        # a day's name in other scripts: its comma (Arabic, CJK), its vowel signs
        ("الخميس، 14 مارس 2024", True),
        ("木曜日、2024年3月14日", True),
        ("星期四，2024年3月14日", True),
        ("गुरुवार, 14 मार्च 2024", True),
        ("วันพฤหัสบดี, 14 มีนาคม 2567", True),
        ("Konzert, am 14.03.2024", False),
        ("March 14, 2024", True),
        ("Опубликовано: 14 марта 2024", True),
        ("Premiere am 5. Mai 2024", False),
        ("Премьера 5 мая 2024", False),
        ("Konzert am 14.03.2024", False),
        ("Photo", False),
        # a byline (a byline word and full names) closed by a separator or a joining word
        ("Por Ana García, 14 de marzo de 2024", True),
        ("Par Anne Martin, 14 mars 2024", True),
        ("By Anna Smith | 14 March 2024", True),
        ("Von Anna Schmidt am 14. März 2024", True),
        ("By Anna Smith and Tom Lee, 14 March 2024", True),
        ("Estreno el 5 de mayo de 2024", False),
        ("Concierto: 5 de mayo", False),
        ("dijo García el 14 de marzo", False),
        ("Por la tarde, 14 de marzo de 2024", False),
        ("By the river, 14 March 2024", False),
        ("Por Ana, 14 de marzo de 2024", False),
    ],
)
def test_stamp_shaped(text: str, shaped: bool) -> None:
    assert _stamp_shaped(text) is shaped


# -- a byline closing on the page's own stamp past the header's wrapper -------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Por Ana García, 14 de marzo de 2024"),
        ("fr", "Par Anne Martin, 14 mars 2024"),
        ("de", "Von Anna Schmidt, 14. März 2024"),
        ("en", "By Anna Smith | 14 March 2024"),
    ],
)
def test_byline_stamp_past_the_header_wrapper_gives_the_day(lang: str, line: str) -> None:
    """A byline line closing on a date after the header's wrapper is the page's stamp,
    with an event's line after it or none."""
    assert day(wrapped(f"<div><span>{line}</span></div>", lang)) == DAY
    event = "<div>Estreno el 5 de mayo de 2024</div>"
    assert day(wrapped(f"<div><span>{line}</span></div>{event}", lang)) == DAY


@pytest.mark.parametrize(
    "inside",
    [
        "<div>Estreno el 5 de mayo de 2024</div>",
        "<div>Concierto: 5 de mayo de 2024, 20 h, Ayuntamiento</div>",
        "<div>Oferta válida hasta el 5 de mayo de 2024</div>",
        # a teaser list's dated bylines: other stories' writers and days
        "<ul><li><a href='/news/other-1.html'>Bakery closes after a hundred years in the old"
        " town</a> <span>Por Ana García, 12 de marzo de 2024</span></li><li><a href="
        "'/news/other-2.html'>New bridge opens for cyclists and walkers over the river</a>"
        " <span>Por Luis Pérez, 11 de marzo de 2024</span></li></ul>",
    ],
)
def test_no_byline_stamp_past_the_header_wrapper_gives_no_date(inside: str) -> None:
    """An event's day after the header's wrapper, a teaser list's dated bylines: no date."""
    assert day(wrapped(inside, "es")) is None


def test_byline_joined_to_its_date_gives_the_day() -> None:
    """A byline closed by a joining word ("Por Ana García el 14 de marzo de 2024") past
    the header's wrapper: the date is read without the byline."""
    line = "<div><span>Por Ana García el 14 de marzo de 2024</span></div>"
    assert day(wrapped(line, "es")) == DAY


def test_a_byline_glued_to_the_next_block_is_no_byline_stamp() -> None:
    """A container's text glues its blocks ("Par Anne Martin" + "Première le 5 mai 2024"
    reads "Par Anne MartinPremière le 5 mai 2024"): no byline closes on that date; no
    stamp is read."""
    page = wrapped("<div>Première le 5 mai 2024</div>", "fr").replace(
        "By Anna Smith", "Par Anne Martin"
    )
    found = generic_article(selector(page.encode()).root, URL, fetched_at=FETCHED_AT)
    assert not (found.date_source or "").startswith("stamp")  # (htmldate's last resort
    # reads the event's line alone, as it did before this rule)


def test_a_quoted_date_in_the_story_is_no_byline_stamp() -> None:
    """A quoted person's day inside the story's running text ("dijo García el 14 de
    marzo") is no stamp."""
    quote = (
        "<p>El proyecto seguirá adelante, dijo García el 14 de marzo de 2024 ante los vecinos"
        " reunidos en la plaza mayor, que pidieron más información sobre las obras.</p>"
    )
    assert day(wrapped(quote, "es")) is None


# -- marked times of many days are a list's -----------------------------------------------


def latest_comments(days: list[str]) -> str:
    items = "<span></span>".join(
        f"<div class='q1'><h3><a href='/news/other-{i}.html#c{i}'>Not my opinion at all</a>"
        f"</h3><div><a href='/news/other-{i}.html#c{i}'>I see it differently, the fees are "
        f"high enough and the town knows it. <p>— <time datetime='{d}T07:30:29Z' pubdate>"
        f"{int(d[8:])} September</time><span>, </span>Max {i}</p></a></div></div>"
        for i, d in enumerate(days)
    )
    return f"<div class='q0'><h2>Your messages</h2><ul><li>{items}</li></ul></div>"


BOX = latest_comments(["2024-09-22", "2024-09-20", "2024-09-19", "2024-09-24"])
STORY = "".join(f"<p>{line}</p>" for line in LINES)


@pytest.mark.parametrize("where", ["before", "after"])
def test_marked_times_of_many_days_lose_to_the_stamp_under_the_headline(where: str) -> None:
    main = f"<main><article><h1>{TITLE}</h1><p>14 March 2024</p>{STORY}</article></main>"
    assert day(shell(BOX + main if where == "before" else main + BOX)) == DAY


def test_own_marked_time_beside_a_marked_list_gives_the_day() -> None:
    own = f"<p><time datetime='{DAY}T10:15:00Z' pubdate>14 March 2024</time></p>"
    assert day(shell(f"<main><article><h1>{TITLE}</h1>{own}{STORY}</article></main>{BOX}")) == DAY


def test_marked_list_in_an_aside_of_an_undated_story_gives_no_date() -> None:
    main = f"<main><article><h1>{TITLE}</h1>{STORY}</article></main>"
    assert day(shell(f"{main}<aside>{BOX}</aside>")) is None


# -- the URL's day picks among equally trusted times ---------------------------------------


def teasers(days: list[str], name: str) -> str:
    items = "".join(
        f"<div class='m2'><h3><a href='/2024/{d[5:7]}/{d[8:]}/story-{i}/'>Council story "
        f"number {i} of the week in town</a></h3><span><time datetime='{d}T07:56:35+00:00'>"
        f"{d}</time></span></div>"
        for i, d in enumerate(days)
    )
    return f"<div class='{name}'>{items}</div>"


MENU = teasers(["2024-03-15", "2024-03-15", "2024-03-13"], "m1")
RELATED = teasers(["2024-03-01", "2024-02-20", "2024-02-10"], "r1")


def meta_row_page() -> str:
    """The story's own ``<time>`` in a meta row above the headline's column, after a menu
    of other stories' times, related stories' times under the story."""
    own = (
        f"<div class='t0'><div class='t1'><div class='t2'><time datetime='{DAY}T15:27:17"
        "+00:00'>March 14, 2024</time></div><div class='t3'><span>0</span></div></div></div>"
    )
    head = (
        f"<div class='c2'><div class='c3'><div class='c4'><h1>{TITLE}</h1></div></div>"
        f"{STORY}</div>"
    )
    return shell(f"{MENU}<main><article>{own}{head}{RELATED}</article></main>")


def test_time_on_the_url_day_wins_among_equally_trusted_times() -> None:
    assert day(meta_row_page(), "https://www.example.org/2024/03/14/council-budget/") == DAY


def test_without_a_url_day_the_first_time_stays() -> None:
    """No URL day: page order decides, as before (a teaser's day: what the rule mends)."""
    assert day(meta_row_page()) == "2024-03-15"


def test_stamp_under_the_headline_stays_against_a_url_of_another_day() -> None:
    """A story filed under an earlier day (its URL) whose stamp under the headline shows
    its own: a menu teaser on the URL's day does not take it."""
    main = f"<main><article><h1>{TITLE}</h1><p>14 March 2024</p>{STORY}</article></main>"
    page = shell(f"{MENU}{main}")
    assert day(page, "https://www.example.org/2024/03/13/council-budget/") == DAY


def test_time_under_the_headline_stays_against_a_url_of_another_day() -> None:
    """The same with the story's own ``<time>`` under the headline (its ``datetime`` is
    the candidate, its shown text the header's stamp) and a ``<time>`` below the story on
    the URL's day: the page's own stays."""
    own = f"<time datetime='{DAY}T10:00:00Z'>14 March 2024</time>"
    below = "<p><time datetime='2024-03-13T10:00:00Z'>13 March 2024</time></p>"
    page = shell(f"<main><article><h1>{TITLE}</h1>{own}{STORY}{below}</article></main>")
    assert day(page, "https://www.example.org/2024/03/13/council-budget/") == DAY


# -- HTML comments are never shown ---------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "comment"),
    [
        ("</body>", "<!-- ci20150313-1000, ads20140217-1700, 2024-02-01T12:06:59+02:00 -->"),
        ("</head>", "<!-- rendered 2024-02-01 12:06:59 in 42 ms -->"),
    ],
)
def test_build_stamp_in_an_html_comment_gives_no_date(where: str, comment: str) -> None:
    page = shell(f"<main><article><h1>{TITLE}</h1>{STORY}</article></main>")
    assert day(page.replace(where, f"{comment}{where}")) is None


def test_build_stamp_in_an_html_comment_leaves_the_shown_day() -> None:
    page = shell(f"<main><article><h1>{TITLE}</h1><p>14 March 2024</p>{STORY}</article></main>")
    comment = "<!-- ci20150313-1000, 2024-02-01T12:06:59+02:00 -->"
    assert day(page.replace("</body>", f"{comment}</body>")) == DAY


def test_date_line_beside_an_html_comment_is_read_by_the_last_resort() -> None:
    """A comment's text goes, the page's text around it stays (htmldate reads the line)."""
    under = "<div>von Max Muster <!-- x -->, 14.03.2024</div>"
    page = shell(f"<main><article><h1>{TITLE}</h1>{under}{STORY}</article></main>")
    assert day(page) == DAY


def test_data_object_in_an_html_comment_gives_its_publication_day() -> None:
    """A template's copy of the story's data in a comment is read as a data script."""
    data = (
        '<!-- {"id": "1034", "edited": "2024-03-15T08:34:54.000Z", '
        '"published": "2024-03-14T04:41:58.000Z"} -->'
    )
    page = shell(f"<main><article><h1>{TITLE}</h1>{data}{STORY}</article></main>")
    assert day(page) == DAY


def test_data_objects_of_several_days_in_a_comment_give_no_date() -> None:
    # (an object, as the rule reads: a comment opening with "[" is never read at all)
    listed = (
        '<!-- {"id": "1", "published": "2024-03-12T04:41:58Z", '
        '"related": {"id": "2", "published": "2024-02-02T09:00:00Z"}} -->'
    )
    page = shell(f"<main><article><h1>{TITLE}</h1>{STORY}</article></main>{listed}")
    assert day(page) is None
