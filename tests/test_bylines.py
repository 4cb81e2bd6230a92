"""Bylines the generic extractor reads when a page has no structured author: the names,
without "By"/"Von"/"Par", split at commas and "and"; never another story's author box, a
"by" in the story's text, or a byline that holds only a date."""

from __future__ import annotations

import pytest

from newscrawl.extraction.bylines import byline_names, is_full_name, is_organisation, split_names
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import host_of, selector
from newscrawl.extraction.metadata import extract_metadata

from .conftest import FIXTURES

URL = "https://news.example/2025/03/04/story/"
STORY = "".join(
    f"<p>Paragraph {i} of the story about the harbour, long enough to be a story of its own "
    f"with words that carry the reader along the quay.</p>"
    for i in range(5)
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("by Jonas Berg", ["Jonas Berg"]),
        ("By Anna Holm, 2 December 2025", ["Anna Holm"]),
        ("BY JOHN SMITH AND JANE DOE", ["JOHN SMITH", "JANE DOE"]),
        ("Von Max Mustermann und Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("Text: Hans Müller | dpa", ["Hans Müller"]),
        ("Written by Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("Anna Holm, Jonas Berg & Mara Lind", ["Anna Holm", "Jonas Berg", "Mara Lind"]),
        ("By Anna Holm | Updated 3 hours ago", ["Anna Holm"]),
        ("4 March 2025, 08:30", []),  # a date-only byline
        ("By Staff Writer", []),
        ("Anna Holm is a reporter who has covered the harbour since 2010.", []),
        ("山田太郎", ["山田太郎"]),
        ("By Anna Holm (dpa) and Jonas Berg [Berlin]", ["Anna Holm", "Jonas Berg"]),
        # A label of another credit (a picture's, a source's, a broadcast's) ends the
        # writers: from the part it stands in on, no one is a writer ...
        ("Foto: REUTERS/Nadja Wohlleben", []),
        ("Text: Hans Müller | Foto: Anna Berg", ["Hans Müller"]),
        ("Von Anna Holm | Quelle: dpa", ["Anna Holm"]),
        ("von David Straub, MDR THÜRINGEN Stand: 28. April 2023", ["David Straub"]),
        ("Redaktion: Roman Warschauer und Marcel Sommer Sendung: hr-INFO", []),
        # ... but a writer's label is none, in any language, nor is a time.
        ("Von: Simone Jung", ["Simone Jung"]),
        ("Текст: Лида Буслаева", ["Лида Буслаева"]),
        ("Tekst: Ola Nordmann", ["Ola Nordmann"]),
        ("Texto: Ana García", ["Ana García"]),
        ("By Anna Holm, 10:45", ["Anna Holm"]),
        # Affiliation marks run into a name (a paper's superscripts) are no part of it;
        # a figure standing apart is no name.
        (
            "By Xiaoying You0, Mariana Lenharo & Jeff Tollefson",
            ["Xiaoying You", "Mariana Lenharo", "Jeff Tollefson"],
        ),
        ("Anna Holm1,2 and Jonas Berg*", ["Anna Holm", "Jonas Berg"]),
        ("Anna Holm 2", []),
        # Byline words that are no Latin "by": the Greek genitive article, "Γράφει ο",
        # the Thai "โดย"; a sentence the article opens names no one.
        ("Της Μαρίας Παπαδοπούλου | 14 Μαρτίου 2024, 10:15", ["Μαρίας Παπαδοπούλου"]),
        ("Γράφει ο Γιάννης Παπαδόπουλος", ["Γιάννης Παπαδόπουλος"]),
        ("โดย สมชาย ใจดี, วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567", ["สมชาย ใจดี"]),
        ("Της συνεδρίασης προήδρευσε ο δήμαρχος.", []),
        # Other languages' writer words and labels (a short list), "and" words, the
        # enumeration comma, and the title after a name ("기자", reporter).
        ("Yazar: Ayşe Yılmaz ve Mehmet Kaya", ["Ayşe Yılmaz", "Mehmet Kaya"]),
        ("Oleh Siti Rahma dan Budi Santoso", ["Siti Rahma", "Budi Santoso"]),
        ("Szerző: Kovács Anna", ["Kovács Anna"]),
        ("作者：王芳、李明", ["王芳", "李明"]),
        ("김민지 기자, 2024.03.14.", ["김민지"]),
        ("Yazar: belediyenin açıklamasına göre", []),
        # The Hebrew "and" written onto a name cuts only between names of two words or
        # more: a surname opening with the letter ("ורדי", Vardi) is no "and".
        ("מאת דנה כהן ויוסי לוי", ["דנה כהן", "יוסי לוי"]),
        ("מאת אבי ורדי", ["אבי ורדי"]),
        ("מאת דנה כהן ויוסי", ["דנה כהן ויוסי"]),
        # Hindi: the name before the postposition "द्वारा" (by); a credit label ends the
        # writers as "Foto:" does, and alone names no writer.
        ("अनुराग शर्मा द्वारा", ["अनुराग शर्मा"]),
        ("अनुराग शर्मा द्वारा, 14 मार्च 2024", ["अनुराग शर्मा"]),
        ("लेखक: अनीता शर्मा | फोटो: राहुल वर्मा", ["अनीता शर्मा"]),
        ("लेखक: अनीता शर्मा, स्रोत: पीटीआई", ["अनीता शर्मा"]),
        ("फोटो: राहुल वर्मा", []),
        ("स्रोत: राहुल वर्मा", []),
        # "with" closes the writers before the help it credits (an agency, more names)
        ("Von Diana Resnik mit AP", ["Diana Resnik"]),
        ("Par Anne Martin avec AFP", ["Anne Martin"]),
        ("By Anna Holm with Jonas Berg and AFP", ["Anna Holm"]),
        # must not fire: words of a sentence after it, a name's own word in capitals, a
        # lone word before it and names after it (a label: whom an interview is with)
        ("Anna Holm with her dog", []),
        ("Interview with Anna Holm", []),
        ("Podcast mit Jonas Berg", []),
        ("By Euronews with Agencies", ["Euronews"]),
        ("By Con O'Neill", ["Con O'Neill"]),
        # an ellipsis (a list's "show more") is no part of a name
        ("Anna Holm & … Jonas Berg", ["Anna Holm", "Jonas Berg"]),
        # a byline word alone names no one; an "and" word is written in lower case (or
        # in a line of capitals): capitalised, it is a name's ("Dan", Indonesian "and")
        ("By", []),
        ("Text:", []),
        ("Comments Dan Holm", ["Comments Dan Holm"]),
        ("Anna Holm dan Budi Santoso", ["Anna Holm", "Budi Santoso"]),
        ("ANNA HOLM DAN BUDI SANTOSO", ["ANNA HOLM", "BUDI SANTOSO"]),
        # a title-cased line: a capitalised "and" word between two names in full
        ("By John Smith And Jane Doe", ["John Smith", "Jane Doe"]),
        ("Von Anna Holm Und Jonas Berg", ["Anna Holm", "Jonas Berg"]),
        # must not fire: a name's word, a lone word on either side
        ("Comments Und Holm", ["Comments Und Holm"]),
        ("Anna Dan Holm", ["Anna Dan Holm"]),
        # a capital letter alone between a name's words is its initial; between names in
        # full (a line of capitals, Czech "A") it separates them
        ("By John A Smith", ["John A Smith"]),
        ("By Mary E Jones and Tom Holm", ["Mary E Jones", "Tom Holm"]),
        ("JANA NOVÁKOVÁ A PETR SVOBODA", ["JANA NOVÁKOVÁ", "PETR SVOBODA"]),
    ],
)
def test_byline_names(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


def page(article: str, *, head: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>Harbour story</title>{head}</head><body>"
        "<header class='site-header'><a href='/'>Harbour Post</a></header>"
        f"<main><article><h1>Harbour story</h1>{article}</article>{after}</main>"
        "<footer><p class='author'>By Site Owner</p></footer></body></html>"
    )


def authors(html: str) -> list[dict[str, str | None]]:
    return extract_metadata(selector(html).root, URL).authors


def test_span_byline() -> None:
    html = page(f"<div class='entry-meta'><span class='byline'>by Jonas Berg</span></div>{STORY}")
    assert authors(html) == [{"name": "Jonas Berg", "url": None}]


def test_byline_link_gives_the_author_page() -> None:
    html = page(f"<p class='byline'>By <a href='/author/anna/'>Anna Holm</a></p>{STORY}")
    assert authors(html) == [{"name": "Anna Holm", "url": "https://news.example/author/anna/"}]


def test_rel_author_and_itemprop_author() -> None:
    html = page(f"<p>Words by <a rel='author' href='/staff/jb'>Jonas Berg</a></p>{STORY}")
    assert authors(html) == [{"name": "Jonas Berg", "url": "https://news.example/staff/jb"}]
    item = (
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<img src='/jb.jpg' alt=''><span itemprop='name'>Jonas Berg</span>"
        "<span itemprop='jobTitle'>Harbour reporter</span></div>"
    )
    assert authors(page(item + STORY)) == [{"name": "Jonas Berg", "url": None}]


def test_several_names() -> None:
    html = page(f"<div class='article-authors'>By Anna Holm and Jonas Berg</div>{STORY}")
    assert [a["name"] for a in authors(html)] == ["Anna Holm", "Jonas Berg"]


def test_structured_authors_come_first() -> None:
    head = '<meta name="author" content="Mara Lind">'
    html = page(f"<span class='byline'>by Jonas Berg</span>{STORY}", head=head)
    assert authors(html) == [{"name": "Mara Lind", "url": None}]


def test_another_storys_author_box_is_not_the_byline() -> None:
    """A sidebar teaser with its author, inside and outside the story's main element,
    and the site footer's "By Site Owner": none of them wrote this story."""
    sidebar = (
        "<aside class='widget'><div class='author-box'><span class='author-name'>"
        "By Mara Lind</span></div></aside>"
        "<div class='more-stories'><article><h3>Other story</h3>"
        "<span class='byline'>by Mara Lind</span></article></div>"
    )
    assert authors(page(STORY, after=sidebar)) == []
    teaser_in_story = (
        f"{STORY}<section class='related'><h3>Related</h3><ul><li><a href='/x'>Other</a>"
        "<span class='byline'>by Mara Lind</span></li></ul></section>"
    )
    assert authors(page(teaser_in_story)) == []


def test_a_media_box_credit_in_a_figure_is_not_the_byline() -> None:
    """A media box shown with the story (an audio's length, day and author over its
    link, headed by its title) marks its credit as a byline inside a ``<figure>``: the
    audio's author, not the story's writer; the story's own byline beside it still names
    its writer."""
    media = (
        "<figure><figcaption><p><span class='media__byline'>03:07 Min.</span>"
        "<span class='media__byline'>| Mara Lind</span></p><a href='/audio-1.html'>"
        "<h3>Harbour audio</h3></a></figcaption></figure>"
    )
    assert authors(page(media + STORY)) == []
    own = "<p class='byline'>By Jonas Berg</p>"
    assert authors(page(media + own + STORY)) == [{"name": "Jonas Berg", "url": None}]


def test_a_writers_portrait_with_the_byline_as_its_caption_is_the_byline() -> None:
    """Must not fire: a figure of the writer's photo whose caption is the byline links
    only the writer's page; its byline is the story's."""
    portrait = (
        "<figure><a href='/autoren/jonas-berg/'><img src='/jb.jpg' alt='Jonas Berg'></a>"
        "<figcaption><address>Von <a rel='author' href='/autoren/jonas-berg/'>Jonas Berg</a>"
        "</address><p>Redaktionsleiter</p></figcaption></figure>"
    )
    assert [a["name"] for a in authors(page(portrait + STORY))] == ["Jonas Berg"]


def test_by_in_the_story_text_and_date_only_bylines_name_no_one() -> None:
    text = "<p>The rules were written by John Smith, the harbour master, in 1998.</p>"
    dated = "<div class='byline'><time datetime='2025-03-04'>4 March 2025</time></div>"
    assert authors(page(dated + text + STORY)) == []
    bio = (
        "<div class='author-bio'>Anna Holm is a reporter who has covered the harbour for "
        "this paper since 2010 and lives on one of the islands.</div>"
    )
    assert authors(page(STORY + bio)) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Автор Анна Смирнова", ["Анна Смирнова"]),
        ("Yazar Ayşe Yılmaz ve Mehmet Kaya", ["Ayşe Yılmaz", "Mehmet Kaya"]),
        ("Szerző Kovács Anna", ["Kovács Anna"]),
        ("Autor Anna Kowalska", ["Anna Kowalska"]),
        ("Autor Anna Nováková, 14. března 2024", ["Anna Nováková"]),
        # the day closing the line after the names
        ("Автор Анна Смирнова, 14 марта 2024", ["Анна Смирнова"]),
        ("Yazar Ayşe Yılmaz | 14 Mart 2024, 10:15", ["Ayşe Yılmaz"]),
        ("Szerző Kovács Anna és Nagy Péter, 2024. március 14.", ["Kovács Anna", "Nagy Péter"]),
        # Must not fire: the label as the noun "writer" before a word that is no name,
        # a name and then a role or a sentence, a lone word, no name at all.
        ("Автор книги Анна Смирнова", []),
        ("Yazar ve gazeteci Ali Veli", []),
        ("Автор Анна Смирнова, писатель", []),
        ("Yazar Orhan Pamuk, Nobel ödülünü aldı", []),
        ("Yazar Orhan", []),
        ("Автор фото", []),
        ("Автор книги Анна Смирнова, 14 марта 2024", []),
        ("Yazar Orhan Pamuk, Nobel ödülünü 2006 yılında aldı", []),
        ("Autor Anna Kowalska, rada miasta przyjęła nowy budżet na szkoły", []),
        ("Autor książki Anna Kowalska", []),
    ],
)
def test_writer_label_without_colon(line: str, names: list[str]) -> None:
    """A writer's label with no colon opens a byline line above the story's text when
    only full names follow it."""
    got = authors(page(f"<p>{line}</p>{STORY}"))
    assert [a["name"] for a in got] == names


@pytest.mark.parametrize("line", ["Autor / Autorin: Anna Schmidt", "Autorin/Autor: Anna Schmidt"])
@pytest.mark.parametrize("where", ["above", "below"])
def test_german_writer_pair_with_colon_is_a_byline_anywhere(line: str, where: str) -> None:
    """The facts list's "Autor / Autorin:" pair, spaced or not, is a label with its colon,
    not the lone noun "Autor" (which opens a byline above the story only)."""
    html = page(f"<p>{line}</p>{STORY}" if where == "above" else f"{STORY}<p>{line}</p>")
    assert [a["name"] for a in authors(html)] == ["Anna Schmidt"]


def test_hindi_postposition_byline() -> None:
    assert [a["name"] for a in authors(page(f"<p>अनुराग शर्मा द्वारा</p>{STORY}"))] == ["अनुराग शर्मा"]
    # Must not fire: "द्वारा" after a word that is no full name ("by the government").
    assert authors(page(f"<p>सरकार द्वारा</p>{STORY}")) == []


def test_writer_label_without_colon_below_the_story_text_is_no_byline() -> None:
    html = page(f"{STORY}<p>Автор Анна Смирнова</p>{STORY}")
    assert authors(html) == []
    assert authors(page(f"{STORY}<p>Автор: Анна Смирнова</p>")) != []  # with its colon


@pytest.mark.parametrize(
    "case",
    sorted(p.parent.name for p in (FIXTURES / "generic-site" / "2025").glob("*/*/*/index.html")),
)
def test_every_generic_fixture_article_has_its_author(case: str) -> None:
    (path,) = (FIXTURES / "generic-site" / "2025").glob(f"*/*/{case}/index.html")
    html = path.read_text("utf-8")
    article = generic_article(selector(html).root, URL)
    byline = selector(html).css(".byline").xpath("string()").get() or ""
    assert [a["name"] for a in article.authors] == byline_names(byline) != []


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("Felix Schröder und Jörg Soldwisch, dpa", ["Felix Schröder", "Jörg Soldwisch", "dpa"]),
        (
            "Trine Juncher Jørgensen og Tôrtia Reimer-Johansen",
            ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"],
        ),
        ("Analysis by Chris Lee, CNN Editor-at-large", ["Chris Lee"]),
        ("Anna de Souza, Jill Disis", ["Anna de Souza", "Jill Disis"]),
        ("Holm, Anna", ["Holm, Anna"]),  # surname first: one person
        # An "and" that also joins one person's surnames splits only between full names.
        ("José Ortega y Gasset", ["José Ortega y Gasset"]),
        ("Anna Holm, Josep Puig i Cadafalch", ["Anna Holm", "Josep Puig i Cadafalch"]),
        ("Ana López y Juan Pérez", ["Ana López", "Juan Pérez"]),
        ("Anna Holm og Jonas Berg, NTB", ["Anna Holm", "Jonas Berg", "NTB"]),
        ("AT&T Labs", ["AT&T Labs"]),
        # A bracketed aside closing a name (agency, place) names no one ...
        ("Anna Holm (dpa)", ["Anna Holm"]),
        ("Anna Holm (dpa), Jonas Berg [Berlin]", ["Anna Holm", "Jonas Berg"]),
        # ... unless it is a web address (the publication naming itself), stands inside
        # the name, or is all there is.
        ("Deutsche Welle (www.dw.com)", ["Deutsche Welle (www.dw.com)"]),
        ("Anna (Anni) Holm", ["Anna (Anni) Holm"]),
        ("(dpa)", ["(dpa)"]),
        # Names and then the writer's bio: the names.
        ("Anna Holm, who has covered the harbour for the paper since 2010", ["Anna Holm"]),
        (
            "Anna Holm, Jonas Berg, who cover the harbour for the paper together",
            ["Anna Holm", "Jonas Berg"],
        ),
        # Must not fire: a sentence before any name, or a lower-case lead, stays whole.
        (
            "Reporting for the harbour paper since 2010, Anna Holm",
            ["Reporting for the harbour paper since 2010, Anna Holm"],
        ),
        (
            "staff, who have covered the harbour for the paper since 2010",
            ["staff, who have covered the harbour for the paper since 2010"],
        ),
    ],
)
def test_split_names_of_a_structured_author(name: str, names: list[str]) -> None:
    assert split_names(name) == names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Harbour Post", True),  # the publisher's name
        ("harbour-post.example", True),  # the host
        ("Harbour Post (www.harbour-post.example)", True),
        ("HP", True),  # the site name's initials
        ("Anna Holm", False),
        ("Hp", False),  # initials are written in capitals
        ("dpa", False),  # an agency is a source, not the publication
    ],
)
def test_publication_as_author(name: str, expected: bool) -> None:
    host = host_of("https://www.harbour-post.example/news/a.html")
    assert is_organisation(name, ["Harbour Post"], host) is expected


@pytest.mark.parametrize(
    ("name", "full"), [("Anna Holm", True), ("신현주", True), ("Abbruch", False), ("Lille", False)]
)
def test_full_name(name: str, full: bool) -> None:
    assert is_full_name(name) is full


# bench/meta_bare.py ``bare+opaque``: a byline that neither a class nor a byline's word
# marks, its writer's link alone telling what it is.
STANDFIRST = (
    "<p>The harbour board approved the plan for the new ferry pier after a long debate "
    "that took most of the evening.</p>"
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the address spells the name (accents folded), in a folder of any word
        ("<div><a href='/av/leo-pettersson'>Leo Pettersson</a> 14.03.2024</div>",
         ["Leo Pettersson"]),
        ("<p class='kzqj'><a href='/archiv/4971-anna-holm.html'>Anna Holm</a></p>",
         ["Anna Holm"]),
        ("<span><a href='/autor/holger-zschaepitz/'>Holger Zschäpitz</a></span>",
         ["Holger Zschäpitz"]),
        # a writers' folder, the address naming the writer otherwise
        ("<div><span><a href='https://news.example/author/wineguy/'>James Nevison</a>"
         "</span></div>", ["James Nevison"]),
        # a writer's label, a relative stamp after the name
        ("<div><span>Author of the article: <a href='/author/jody-robbins/'>Jody Robbins</a>"
         "</span></div>", ["Jody Robbins"]),
        ("<div>by <a href='/people/kyle-wiggers/'>Kyle Wiggers</a> 7 hours ago</div>",
         ["Kyle Wiggers"]),
        # a mail link to the writer beside the name
        ("<div><a href='/profile/dan-jervis-bardy'>Dan Jervis-Bardy</a> "
         "<a href='#comments'>Comments</a> <a href='mailto:dan@news.example'>Email Dan "
         "Jervis-Bardy</a></div>",
         ["Dan Jervis-Bardy"]),
        # a section's label in a block of its own beside the byline's block
        ("<div><div class='kx'><a href='/category/politik/'>Politik</a></div>"
         "<div class='xz'><a href='/author/swiltgen/'>Sidney Wiltgen</a></div></div>",
         ["Sidney Wiltgen"]),
        # two writers' links in one line
        ("<div><a href='/profile/anna-holm'>Anna Holm</a> and "
         "<a href='/profile/jonas-berg'>Jonas Berg</a></div>", ["Anna Holm", "Jonas Berg"]),
    ],
)  # fmt: skip
def test_a_line_of_links_to_writers_pages_is_the_byline(line: str, names: list[str]) -> None:
    for before in ("", STANDFIRST):  # under the headline, or after a standfirst
        html = page(f"<div class='qxzj'>{before}{line}</div>{STORY}")
        assert [a["name"] for a in authors(html)] == names


@pytest.mark.parametrize(
    "article",
    [
        # a person the story names, linked in a sentence
        f"{STANDFIRST}<p>Mayor <a href='/person/anna-holm'>Anna Holm</a> said no.</p>{STORY}",
        # a row of topic links, one of them a person's page
        "<div><a href='/thema/olaf-scholz/'>Olaf Scholz</a> · <a href='/thema/haushalt/'>"
        f"Haushalt</a></div>{STORY}",
        # a link to a writer's page below the story's text begins
        f"{STANDFIRST}{STANDFIRST}<div><a href='/author/anna-holm/'>Anna Holm</a></div>{STORY}",
        # a name linking elsewhere (a social profile of the site, another name's page)
        f"<div><a href='https://social.example/harbourpost'>Anna Holm</a></div>{STORY}",
        f"<div><a href='/people/jonas-berg'>Anna Holm</a></div>{STORY}",
        # a menu of links to sections, one spelling its words at the site's top level
        "<ul><li><a href='/energieeffizientes-wohnen/'>Energieeffizientes Wohnen</a></li>"
        f"<li><a href='/sport/'>Sport</a></li></ul>{STORY}",
        # a row of topic chips, a like block each
        "<div><div class='chip'><a href='/thema/olaf-scholz/'>Olaf Scholz</a></div>"
        f"<div class='chip'><a href='/thema/haushalt/'>Haushalt</a></div></div>{STORY}",
        # a story's link whose slug holds the linked words and more (a teaser's)
        "<ul><li><a href='/bilder/Schoenes-Wochenende-Cartoons-article20772304.html'>"
        f"Schönes Wochenende</a></li></ul>{STORY}",
    ],
)
def test_links_that_are_no_writers_byline_name_no_one(article: str) -> None:
    assert authors(page(article)) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the byline's own line above a line of the writer's role, in one box
        ("<div class='qxzj'><div><span>Von <a href='/autor/holger-zschaepitz/'>Holger "
         "Zschäpitz</a></span><div><span>Leitender Wirtschaftsredakteur</span></div></div>"
         "</div>", ["Holger Zschäpitz"]),
        # an emphasis holding the lead and the name, the role glued on after it
        ("<div class='qxzj'><em>Von <a href='/autor/ulrich-exner/'>Ulrich Exner</a></em>"
         "<span>Korrespondent</span></div>", ["Ulrich Exner"]),
        # above a line of the day
        ("<div class='qxzj'><div>By Yiswaree Palansamy</div><div>Friday, 22 Nov 2024 "
         "4:55 PM MYT</div></div>", ["Yiswaree Palansamy"]),
        # must not cut: a line inside continued by the next name after a separator
        ("<p class='qxzj'><span>By Anna Holm</span> and Jonas Berg</p>",
         ["Anna Holm", "Jonas Berg"]),
        ("<div class='qxzj'><span>Von Anna Holm</span>, <span>Jonas Berg</span></div>",
         ["Anna Holm", "Jonas Berg"]),
        # ... also when the next name opens with the line's last (only the separator
        # tells it from a run-on: the cases above keep their names without that check)
        ("<p class='qxzj'><span>By Kim Lee</span> and Kim Leeson</p>", ["Kim Lee", "Kim Leeson"]),
        ("<div class='qxzj'><span>Von Kim Lee</span>, <span>Kim Leeson</span></div>",
         ["Kim Lee", "Kim Leeson"]),
    ],
)  # fmt: skip
def test_a_byline_line_above_a_role_or_day_in_one_box(line: str, names: list[str]) -> None:
    assert [a["name"] for a in authors(page(f"{line}{STORY}"))] == names


def test_a_writers_link_showing_the_name_whole_and_in_parts() -> None:
    line = (
        "<address><a rel='author' href='mailto:martin@news.example'>"
        "<span itemprop='name'>Martin Gramnæs</span> <span>Martin</span> "
        "<span>Gramnæs</span></a></address>"
    )
    assert [a["name"] for a in authors(page(f"{line}{STORY}"))] == ["Martin Gramnæs"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # HTML's mark of an article's writers' contact, with no class naming it
        ("<address class='zqxj'><span>Trine Juncher Jørgensen og Tôrtia Reimer-Johansen"
         "</span></address>", ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]),
        ("<div><address>Anna Holm</address></div>", ["Anna Holm"]),
        # must not fire: a postal address, a contact sentence, the site's own name
        ("<address>Harbour Post, 12 Quay Street, Portsmouth</address>", []),
        ("<address>Anna Holm, 12 Quay Street, Portsmouth</address>", []),
        ("<address>Contact the newsroom at news@example.org</address>", []),
        ("<address>Harbour Post</address>", []),
        # marked as a byline besides: read as any marked byline (its role after a comma)
        ("<address rel='author'>Anna Holm, Senior correspondent</address>", ["Anna Holm"]),
    ],
)  # fmt: skip
def test_an_address_in_the_story_names_its_writers(line: str, names: list[str]) -> None:
    head = "<meta property='og:site_name' content='Harbour Post'>"
    assert [a["name"] for a in authors(page(f"{line}{STORY}", head=head))] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # names alone under the headline, a name per span, after a standfirst
        (f"{STANDFIRST}<div class='zjkj'><div><span>Birgit Baumann</span> "
         "<span>Anna Giulia Fink</span></div></div>", ["Birgit Baumann", "Anna Giulia Fink"]),
        # two names set apart by a bar in spans of their own
        ("<div><span><span>Julia Vergin</span></span><span><span> | </span>"
         "<span>Clare Roth</span></span></div>", ["Julia Vergin", "Clare Roth"]),
        # a place under the name ends the line
        ("<div><p>Daniel Aragón</p><p><span>Córdoba</span></p></div>", ["Daniel Aragón"]),
        # the day closing the line
        ("<div>Anna Holm | 14 March 2024</div>", ["Anna Holm"]),
    ],
)  # fmt: skip
def test_a_line_of_names_alone_under_the_headline(line: str, names: list[str]) -> None:
    assert [a["name"] for a in authors(page(f"{line}{STORY}"))] == names


@pytest.mark.parametrize(
    "article",
    [
        # a picture's credit and caption
        f"<div><div><img src='/p.jpg'></div><div>Al Goldis, Associated Press</div></div>{STORY}",
        f"<div><img src='/p.jpg'><p>Kyle Busch</p></div>{STORY}",
        # a person the lead names, a name in a sign-off's sentence
        f"<p>Anna Holm said the harbour board would meet again.</p>{STORY}",
        f"<p>All the best, <em>Max Steinbeis</em></p>{STORY}",
        # the site's name, a share line, a section's label the menu links
        f"<div>Harbour Post</div>{STORY}",
        f"<div>Share on Facebook</div>{STORY}",
        f"<nav><a href='/business-law/'>Business Law</a></nav><div>Business Law</div>{STORY}",
        # a heading's words the story writes in lower case, a credit's word in a name
        f"<div>Harbour Quay</div>{STORY}",
        f"<div>Fot. Anna Kowalska</div>{STORY}",
        # a teaser card's byline, a table's cell, a name below the story's text
        "<article><a href='/news/other-story.html'>Harbour board meets again on the pier"
        f"</a><span>Jonas Berg</span></article>{STORY}",
        f"<table><tr><td>1</td><td>Kyle Busch</td></tr></table>{STORY}",
        f"{STANDFIRST}{STANDFIRST}<div>Anna Holm</div>{STORY}",
    ],
)
def test_lines_of_names_that_are_no_byline(article: str) -> None:
    head = "<meta property='og:site_name' content='Harbour Post'>"
    assert authors(page(article, head=head)) == []


CONSENT = (
    "<form><p>By submitting your email, you agree to our <a href='/terms'>Terms</a> and "
    "<a href='/privacy'>Privacy Notice</a>.</p></form>"
)


@pytest.mark.parametrize(
    ("article", "names"),
    [
        # a consent note opening with "By": a sentence, no byline
        (f"{CONSENT}{STORY}", []),
        # the byline after it is read
        (f"{CONSENT}<p>By Jonas Berg</p>{STORY}", ["Jonas Berg"]),
        # the names right after the lead, a role after them: a byline
        (f"<p>By Anna Holm, Staff Writer</p>{STORY}", ["Anna Holm"]),
    ],
)
def test_a_line_opening_with_by_and_a_sentence_names_no_one(
    article: str, names: list[str]
) -> None:
    assert [a["name"] for a in authors(page(article))] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a line break (<br>) or a spaced dash ends the name: what follows is its part
        ("Anna Holm\nHarbour Post", ["Anna Holm", "Harbour Post"]),
        ("Anna Holm\nSenior correspondent", ["Anna Holm"]),
        ("By Anna Holm\n14 March 2024", ["Anna Holm"]),
        ("Anna Holm — Harbour Post", ["Anna Holm", "Harbour Post"]),
        ("Anna Holm – Senior correspondent", ["Anna Holm"]),
        ("Von Anna Holm — 14. März 2024", ["Anna Holm"]),
        ("By Tim Childers - Live Science Contributor", ["Tim Childers"]),
        # must not fire: a name set a word a line (a narrow column), the prefix alone on
        # its line, hyphens within names, an agency after a dash kept as after a comma,
        # a name in a script without case
        ("Anna\nHolm", ["Anna Holm"]),
        ("By\nAnna Holm", ["Anna Holm"]),
        ("By Anna\nHolm", ["Anna Holm"]),
        ("Sam Jervis-Bardy", ["Sam Jervis-Bardy"]),
        ("Anna-Lena Koch\nSenior correspondent", ["Anna-Lena Koch"]),
        ("Anna Holm – AFP", ["Anna Holm", "AFP"]),
        ("山田太郎", ["山田太郎"]),
        ("山田太郎\n記者", ["山田太郎"]),
    ],
)  # fmt: skip
def test_a_line_break_or_a_spaced_dash_ends_a_name(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("<address>Anna Holm<br>Harbour Post</address>", ["Anna Holm"]),
        ("<div class='byline'>Anna Holm<br>Senior correspondent</div>", ["Anna Holm"]),
        ("<div class='byline'>By Anna Holm — Senior correspondent</div>", ["Anna Holm"]),
        ("<div class='byline'>Anna Holm<br><span>14 March 2024</span></div>", ["Anna Holm"]),
        # must not fire: a name a word a line, a hyphened name, an agency after a dash
        ("<div class='byline'>Anna<br>Holm</div>", ["Anna Holm"]),
        ("<div class='byline'>Anna-Lena Jervis-Bardy</div>", ["Anna-Lena Jervis-Bardy"]),
        ("<div class='byline'>Anna Holm – AFP</div>", ["Anna Holm", "AFP"]),
        ("<address>Harbour Post<br>12 Quay Street</address>", []),
    ],
)  # fmt: skip
def test_a_bylines_parts_on_lines_of_their_own(line: str, names: list[str]) -> None:
    head = "<meta property='og:site_name' content='Harbour Post'>"
    assert [a["name"] for a in authors(page(f"{line}{STORY}", head=head))] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # an unmarked byline line whose "with" credits an agency: its writer, or the
        # publication's own name alone
        ("<div class='zq'>Von <a href='https://social.example/harbour'>Anna Holm</a> mit "
         "<b>AP</b></div>", ["Anna Holm"]),
        ("<div class='zq'>By <b>Harbour Post</b> with <b>Agencies</b></div>", ["Harbour Post"]),
        ("<p class='zq'>von <a href='/author/x1/'>Harbour Post</a></p>", ["Harbour Post"]),
        # beside a writer, the publication's name goes
        ("<div class='zq'>By <a href='https://social.example/x'>Anna Holm, Harbour Post</a>"
         "</div>", ["Anna Holm"]),
        # must not fire: a lone word that is not the publication's, a sentence after "with"
        ("<div class='zq'>By <b>Quay</b> with <b>Agencies</b></div>", []),
        ("<p class='zq'>By Anna Holm with her dog on the quay</p>", []),
    ],
)  # fmt: skip
def test_a_byline_line_with_help_credited(line: str, names: list[str]) -> None:
    head = "<meta property='og:site_name' content='Harbour Post'>"
    assert [a["name"] for a in authors(page(f"{line}{STORY}", head=head))] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a writer's portrait beside the line of the name: its file spells the name (an
        # image proxy carrying the address as a parameter), or its alt is the name
        ("<div class='zq'><img src='https://img.example/plain/https%3A%2F%2Fcdn.example%2F"
         "byline%2Fanna-holm.jpg'><div><span>Anna Holm</span></div></div>", ["Anna Holm"]),
        # (the address in the proxy's query: "/_next/image?url=…&w=64")
        ("<div class='zq'><img src='/_next/image?url=https%3A%2F%2Fcdn.example%2Fbyline%2F"
         "anna-holm.jpg&amp;w=64&amp;q=75'><div><span>Anna Holm</span></div></div>",
         ["Anna Holm"]),
        ("<div class='zq'><img src='/p/1234.jpg' alt='Anna Holm'><p>Anna Holm</p></div>",
         ["Anna Holm"]),
        # must not fire: a photo whose file and alt hold more than the name, a name and a
        # credit beside the picture of one of them, a picture of another name
        ("<div><img src='/kyle-busch-wins-the-race.jpg' alt='Kyle Busch wins the race'>"
         "<p>Kyle Busch</p></div>", []),
        ("<div><img src='/kyle-busch.jpg'><p>Kyle Busch, Associated Press</p></div>", []),
        ("<div><img src='/p.jpg' alt='Anna Holm'><p>Jonas Berg</p></div>", []),
        ("<div><img src='/_next/image?url=%2Fkyle-busch-wins.jpg&amp;w=64'><p>Kyle Busch</p>"
         "</div>", []),
    ],
)  # fmt: skip
def test_a_line_of_names_beside_the_writers_portrait(line: str, names: list[str]) -> None:
    assert [a["name"] for a in authors(page(f"{line}{STORY}"))] == names


BIO = (
    "<div class='zk'><p>Anna Holm is a freelance reporter in London who has covered the "
    "harbour, its ferries and its people for a decade.</p><a href='/search?a=1'>View author "
    "publications</a></div>"
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a byline word alone opening its box, the names in the box after it (a list of
        # linked names with affiliation marks and a "show more" item; the box runs on
        # into a button and the writers' bios, too long for a line)
        ("<div class='zq'><span>By</span> <ul class='zj'><li><a href='#author-0'>Anna Holm"
         "</a><sup><a href='#aff1'>1</a></sup>,</li><li><a href='#author-1'>Jonas Berg</a>"
         f" &amp;</li><li>…</li><li><a href='#author-2'>Mara Lind</a></li></ul><button>Show "
         f"authors</button>{BIO}</div>", ["Anna Holm", "Jonas Berg", "Mara Lind"]),
        ("<p class='zq'><span>Von</span><span><a href='/x/1'>Anna Holm</a></span></p>",
         ["Anna Holm"]),
        # the box runs the writer's link into the role: the link's name
        ("<div class='zq'><span>By</span><div><a href='/authors/anna-holm/'>Anna Holm</a>"
         "<span>Reporter</span></div></div>", ["Anna Holm"]),
        # must not fire: "by" in a sentence, a sentence, a date or topics after the word
        ("<p>The photo was taken <em>by</em> <a href='/x'>Anna Holm</a> on the quay.</p>", []),
        ("<div><span>By</span> <ul><li>Anna Holm said the quay reopens</li></ul></div>", []),
        ("<div><span>By</span> <span>14 March 2024</span></div>", []),
        ("<div><span>By</span> <ul><li><a href='/t/1'>Harbour</a></li><li><a href='/t/2'>"
         "Ferries</a></li></ul></div>", []),
    ],
)  # fmt: skip
def test_a_byline_word_alone_before_the_box_of_names(line: str, names: list[str]) -> None:
    assert [a["name"] for a in authors(page(f"{line}{STORY}"))] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a marked byline whose text runs its parts together, the writer's name again at
        # its end after a capitalised word ("…9:27PMComments Dan Holm"): one writer
        ("<div class='byline'><a href='/profile/dan-holm'>Dan Holm</a><span>Harbour Post"
         "</span><span>Tue, 26 November 2024 9:27PM</span><a href='#c'>Comments</a> "
         "<a href='mailto:d@x.org'>Dan Holm</a></div>", ["Dan Holm"]),
        # a marked line naming whom an interview is with: the writer's byline after it
        ("<p class='byline'>Interview with Anna Holm</p><p class='byline'>By Jonas Berg</p>",
         ["Jonas Berg"]),
        # a marked label holding the byline word alone, the writer in the next marked box
        ("<div class='author-info'><span class='author-label'>By</span><div class='author'>"
         "<a href='/authors/anna-holm/'>Anna Holm</a><span class='job-title'>Travel News "
         "Reporter</span></div></div>", ["Anna Holm"]),
    ],
)  # fmt: skip
def test_marked_bylines_word_alone_and_capitalised_and(line: str, names: list[str]) -> None:
    assert [a["name"] for a in authors(page(f"{line}{STORY}"))] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a photo's credit marked as its author in the caption (in the figure, or beside
        # it in their box) is no writer: the story's byline after it is
        ("<figure><img src='/p.jpg' alt='The quay at dawn'><figcaption>The quay at dawn "
         "<span class='author'>Pella News</span></figcaption></figure>"
         "<p class='byline'>By Jonas Berg</p>", ["Jonas Berg"]),
        ("<div><figure><img src='/p.jpg'></figure><figcaption><strong class='author'>Anna "
         "Holm / Europa Press</strong></figcaption></div>", []),
        # must not fire: a writer's portrait captioned by the byline (the picture's file
        # or alt, a link to the writer's page)
        ("<figure><img src='/byline/anna-holm.jpg'><figcaption class='byline'>Anna Holm"
         "</figcaption></figure>", ["Anna Holm"]),
        ("<figure><img src='/w.jpg' alt='Anna Holm'><figcaption class='byline'>Anna Holm"
         "</figcaption></figure>", ["Anna Holm"]),
        ("<figure><a href='/author/x'><img src='/w.jpg'></a><figcaption class='byline'>"
         "Anna Holm</figcaption></figure>", ["Anna Holm"]),
    ],
)  # fmt: skip
def test_a_pictures_credit_marked_as_its_author(line: str, names: list[str]) -> None:
    assert [a["name"] for a in authors(page(f"{line}{STORY}"))] == names


def test_a_control_marked_for_the_writer_is_no_byline() -> None:
    """Must not fire: a follow button marked for the writer ("followAuthorBtn") holds its
    label ("Folgen", "Abbruch"), no name; the byline beside it is read."""
    follow = (
        "<div><button class='followAuthorBtn'>Folgen</button><div>Zum Folgen bitte "
        "anmelden.<button class='followAuthorBtn'>Abbruch</button></div></div>"
    )
    assert authors(page(f"{follow}{STORY}")) == []
    byline = "<p class='byline'>Von Jonas Berg</p>"
    assert [a["name"] for a in authors(page(f"{follow}{byline}{STORY}"))] == ["Jonas Berg"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # an unmarked byline word crediting an agency's initials, alone or beside writers
        ("<div class='zq'>Von DPA</div>", ["DPA"]),
        ("<div class='zq'><div>Von DPA</div><span>5. Januar 2026</span></div>", ["DPA"]),
        ("<p class='zq'>By Anna Holm, AFP</p>", ["Anna Holm", "AFP"]),
        ("<p class='zq'>Par Anne Martin et AFP</p>", ["Anne Martin", "AFP"]),
        # must not fire: initials before a sentence, one capital letter, a lone
        # capitalised word, initials with no byline word (a badge)
        ("<p class='zq'>Par SMS, la mairie a prévenu les habitants du quartier.</p>", []),
        ("<p class='zq'>By NASA standards the mission was a small one.</p>", []),
        ("<div class='zq'>By A</div>", []),
        ("<div class='zq'>Von Abbruch</div>", []),
        ("<div class='zq'>LIVE</div>", []),
        # (review s29) a line all in capitals tells no initials from words: a travel
        # guide's "BY CAR", a kicker's "VON OBEN", "POR FAVOR"
        ("<p class='zq'>BY CAR</p>", []),
        ("<div class='zq'>VON OBEN</div>", []),
        ("<span class='zq'>POR FAVOR</span>", []),
    ],
)  # fmt: skip
def test_a_byline_word_crediting_an_agencys_initials(line: str, names: list[str]) -> None:
    head = "<meta property='og:site_name' content='Harbour Post'>"
    assert [a["name"] for a in authors(page(f"{line}{STORY}", head=head))] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # links to writers' pages showing the name, the reporter's title, the e-mail
        ("<div><dl><a href='/author/554'><dt>배윤경 기자</dt> <dd>bykj@news.example</dd></a>"
         "</dl><dl><a href='/author/377'><dt>이상현 기자</dt><dd>lee.sh@news.example</dd></a>"
         "</dl><dl><dt>입력 : 2025-06-04 02:37:08</dt></dl></div>", ["배윤경", "이상현"]),
        # an agency's initials linking to its page in a writers' folder that spells them
        ("<div><div><a href='/autoren/74149726-sid/'>SID</a></div>"
         "<span>Nachrichtenagentur</span></div>", ["SID"]),
        # must not fire: initials linking to another slug or to a topic's page; a word of
        # a script without case with no reporter's title (a section's label), with an
        # e-mail address or not; a person linked in a sentence closed by an address
        ("<div><a href='/autoren/12-redaktion/'>SID</a></div>", []),
        ("<div><a href='/thema/nato/'>NATO</a></div>", []),
        ("<div><a href='/author/554'>정치</a></div>", []),
        ("<div><a href='/author/554'>정치 desk@news.example</a></div>", []),
        ("<p>Mayor <a href='/person/anna-holm'>Anna Holm</a> said no, tips@news.example.</p>",
         []),
    ],
)  # fmt: skip
def test_writers_links_with_a_title_and_mail_or_an_agencys_initials(
    line: str, names: list[str]
) -> None:
    head = "<meta property='og:site_name' content='Harbour Post'>"
    assert [a["name"] for a in authors(page(f"{line}{STORY}", head=head))] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a byline a script framework's test id or component name marks (hashed classes)
        ("<div data-testid='author-section'><div class='qxz'>AFP</div></div>", ["AFP"]),
        ("<div><a data-testid='author-name' href='/p/1'>Anna Holm</a>"
         "<span data-testid='author-function'>Korrespondentin</span></div>", ["Anna Holm"]),
        ("<div data-component='Byline'><span class='qxz'>By Anna Holm</span></div>",
         ["Anna Holm"]),
        # must not fire: one holding only the day, a portrait, another story's card
        ("<div data-testid='byline-publishedDate'>4. März 2025</div>", []),
        ("<div data-testid='author-image'><img src='/p/1.jpg' alt=''></div>", []),
        ("<article><a href='/news/other-story.html'>Harbour board meets again on the ferry "
         "pier plan</a><div data-testid='byline'>Anna Holm</div></article>", []),
    ],
)  # fmt: skip
def test_a_byline_marked_by_a_test_id_or_component_name(line: str, names: list[str]) -> None:
    head = "<meta property='og:site_name' content='Harbour Post'>"
    assert [a["name"] for a in authors(page(f"{line}{STORY}", head=head))] == names


@pytest.mark.parametrize(
    ("after", "names"),
    [
        # no byline: the story closes with a desk's credit, agencies then the editor
        ("<p><span>SDA/sep</span></p>", ["SDA"]),
        ("<p>AFP/DPA/jm</p>", ["AFP", "DPA"]),
        # must not fire: no editor's initials, a file's kinds, a sentence
        ("<p>USA/EU</p>", []),
        ("<p>PDF/docx</p>", []),
        ("<p>Die SDA/sep meldete es zuerst.</p>", []),
    ],
)
def test_a_closing_desk_credit_names_its_agencies(after: str, names: list[str]) -> None:
    head = "<meta property='og:site_name' content='Harbour Post'>"
    html = page(f"{STORY}{after}", head=head).replace(
        "<p class='author'>By Site Owner</p>", "<p>Harbour Post</p>"
    )
    assert [a["name"] for a in authors(html)] == names


def test_a_desk_credit_above_the_story_or_beside_a_byline_names_no_agency() -> None:
    head = "<meta property='og:site_name' content='Harbour Post'>"
    above = page(f"<p>SDA/sep</p>{STORY}", head=head)
    assert authors(above.replace("<p class='author'>By Site Owner</p>", "")) == []
    beside = page(f"<p>By Anna Holm</p>{STORY}<p>SDA/sep</p>", head=head)
    assert [a["name"] for a in authors(beside)] == ["Anna Holm"]


def test_a_travel_guides_subheading_in_capitals_names_no_agency() -> None:
    """A travel guide's "BY CAR", "BY TRAIN" over its parts (the ways there) are no
    byline crediting initials: the line is all in capitals."""
    head = "<meta property='og:site_name' content='Harbour Post'>"
    guide = (
        f"{STORY}<p><strong>BY TRAIN</strong></p><p>Trains run hourly.</p>"
        "<p><strong>BY CAR</strong></p><p>Take the A1 north, then the coast road.</p>"
    )
    assert authors(page(guide, head=head)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a generational suffix after a comma belongs to the name before it; a degree or
        # an office's initials after a comma names no one
        ("By John Smith, Jr.", ["John Smith Jr"]),
        ("By Jane Doe, MD", ["Jane Doe"]),
        ("By Ann Lee, PhD", ["Ann Lee"]),
        ("By John Smith, CEO", ["John Smith"]),
        ("By Ann Lee and Bo Chan, MD", ["Ann Lee", "Bo Chan"]),
        # must not fire: an agency's initials, a suffix inside the name, a name that
        # opens with such letters
        ("By Anna Holm, AFP", ["Anna Holm", "AFP"]),
        ("By Sammy Davis Jr.", ["Sammy Davis Jr"]),
        ("By Iv Chen, Ann Lee", ["Iv Chen", "Ann Lee"]),
    ],
)  # fmt: skip
def test_a_bylines_closing_suffix_or_degree_is_no_writer(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("John Smith, Jr.", ["John Smith Jr"]),
        ("Jane Doe, MD", ["Jane Doe"]),
        ("Jane Doe, MD, Ann Lee", ["Jane Doe", "Ann Lee"]),
        # must not fire: surname first, an agency in lower case, one name
        ("Holm, Anna", ["Holm, Anna"]),
        ("Anna Holm, dpa", ["Anna Holm", "dpa"]),
        ("Anna Holm", ["Anna Holm"]),
    ],
)  # fmt: skip
def test_a_structured_authors_closing_suffix_or_degree(name: str, names: list[str]) -> None:
    assert split_names(name) == names


def test_an_unmarked_byline_closed_by_a_degree_names_its_writer() -> None:
    """The unmarked byline line ("By X, AFP" names an agency) reads an office's or a
    degree's initials as no one: "By John Smith, CEO" gave "CEO" as a second writer."""
    head = "<meta property='og:site_name' content='Harbour Post'>"
    for line, names in (
        ("<p class='zq'>By John Smith, CEO</p>", ["John Smith"]),
        ("<p class='byline'>By Jane Doe, MD</p>", ["Jane Doe"]),
        ("<p class='zq'>By Anna Holm, AFP</p>", ["Anna Holm", "AFP"]),
    ):
        assert [a["name"] for a in authors(page(f"{line}{STORY}", head=head))] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the serial comma before the last "and" of a list of writers
        ("By Ann Lee, Bo Chan, and Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
        ("BY ANN LEE, BO CHAN, AND CY DEE", ["ANN LEE", "BO CHAN", "CY DEE"]),
        ("By Ann Lee, Bo Chan, & Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
        # must not fire: a name opening with the letters of "and", a role after a comma
        ("By Ann Lee, Andrew Chan", ["Ann Lee", "Andrew Chan"]),
        ("By Ann Lee, a freelance writer", ["Ann Lee"]),
        ("By Ann Lee, Bo Chan and Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
    ],
)  # fmt: skip
def test_a_serial_comma_before_the_last_writer(text: str, names: list[str]) -> None:
    assert byline_names(text) == names


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("Ann Lee, Bo Chan, and Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
        ("Ann Lee, Bo Chan, & Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
        # must not fire: surname first; one person's "y"
        ("Holm, Anna", ["Holm, Anna"]),
        ("José Ortega y Gasset", ["José Ortega y Gasset"]),
    ],
)  # fmt: skip
def test_a_serial_comma_in_a_structured_author(name: str, names: list[str]) -> None:
    assert split_names(name) == names
