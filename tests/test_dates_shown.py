"""Publication dates a page states plainly in rarer shapes (bench/redteam_dates.py classes
``ldodd``, ``metaodd``, ``urlodd``, ``shown``, ``notfire3``), and their must-not-fire twins."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from newscrawl.extraction.dates import time_first
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.jsonld import epoch_date
from newscrawl.extraction.meta_record import Candidate, Metadata, htmldate_candidate
from newscrawl.extraction.metadata import _Collector, page_normaliser
from newscrawl.extraction.stamp_names import (
    _ASCII_BEFORE_WORDS,
    _MODIFICATION_BEFORE,
    _SPAN_BOUND,
    YEAR_IN_TEXT,
    _may_bound,
    _may_hold,
    before_until,
    modified_label,
)
from newscrawl.extraction.vocabulary import MODIFIED_LABELS

FETCHED_AT = datetime(2024, 11, 1, 9, 0, tzinfo=UTC)
URL = "https://www.example.org/news/story.html"
LINES = [
    "The council approved the new budget on Tuesday after a long debate, with money for "
    "schools, roads and the renewal of the water pipes across the whole town.",
    "Councillors argued for nearly four hours before the vote, which passed seven to two "
    "after several residents spoke against the plan in the public session.",
    "The mayor said the biggest budget in the town's history would be balanced by lower "
    "administrative costs and higher parking fees in the centre of town.",
    "The opposition warned that the parking fees would drive shoppers to the malls outside "
    "town and asked for a review of the plan within a year of its start.",
]


def story(head: str = "", under: str = "", after: str = "") -> str:
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        f"<html lang='en'><head><title>Council approves budget</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/politics/'>Politics</a></nav>"
        f"<main><article><h1>Council approves new budget for schools and roads</h1>{under}"
        f"{body}{after}</article></main><footer><a href='/about'>About</a></footer></body></html>"
    )


def day(html: str, url: str = URL) -> str | None:
    found = generic_article(selector(html.encode()).root, url, fetched_at=FETCHED_AT)
    raw = next((d.raw for d in found.dates if d.field == "datePublished"), None)
    if raw is None:
        return None
    value = page_normaliser(found.language).normalise(raw, FETCHED_AT).value
    return value[:10] if value else None


def source(html: str, url: str = URL) -> str | None:
    """Where the publication date the extractor keeps comes from ("stamp", "htmldate" …)."""
    found = generic_article(selector(html.encode()).root, url, fetched_at=FETCHED_AT)
    return found.date_source


ARTICLE = '{"@type": "NewsArticle", "headline": "T", "datePublished": VALUE}'


def ld(text: str) -> str:
    return f"<script type='application/ld+json'>{text}</script>"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1710407700, "2024-03-14T09:15:00+00:00"),
        (1710407700000, "2024-03-14T09:15:00+00:00"),
        ("1710407700", "2024-03-14T09:15:00+00:00"),
        (1710407700.5, "2024-03-14T09:15:00+00:00"),
        ("20240314", "20240314"),  # a compact calendar date, not a Unix time
        ("2024031412", "2024031412"),  # one to the hour: 10 figures, not a Unix time
        (["", None, "2024-03-14"], "2024-03-14"),  # the first non-empty of a list
        (True, True),
        (0, 0),
        ("2024-03-14", "2024-03-14"),
    ],
)
def test_epoch_date(value: object, expected: object) -> None:
    assert epoch_date(value) == expected


@pytest.mark.parametrize("value", ["1710407700", '"1710407700"', "1710407700000"])
def test_jsonld_unix_time_gives_the_day(value: str) -> None:
    script = ld(ARTICLE.replace("VALUE", value))
    assert day(story(head=script)) == "2024-03-14"
    assert day(story(after=script)) == "2024-03-14"


@pytest.mark.parametrize("value", ["0", '""', "12345"])
def test_jsonld_non_time_number_gives_no_date(value: str) -> None:
    script = ld(ARTICLE.replace("VALUE", value))
    assert day(story(head=script)) is None


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_jsonld_non_finite_number_gives_no_date_and_no_error(value: str) -> None:
    """Python's json reads these as floats that no integer holds."""
    script = ld(ARTICLE.replace("VALUE", value))
    assert day(story(head=script)) is None


def test_jsonld_unix_modified_alone_gives_no_publication() -> None:
    script = ld('{"@type": "NewsArticle", "headline": "T", "dateModified": 1710407700}')
    assert day(story(head=script)) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.org/news/14/03/2024/council-budget.html",
        "https://www.example.org/news/03/14/2024/council-budget.html",
        "https://www.example.org/news/2024.03.14/council-budget.html",
        "https://www.example.org/article?d=20240314&id=77",
        "https://www.example.org/article?id=77&pubDate=2024-03-14",
        "https://www.example.org/view.php?y=2024&m=3&d=14",  # three values
        "https://www.example.org/view.php?id=7&Day=14&month=03&year=2024",
        "https://www.example.org/view.php?id=7&date=14.03.2024",  # dotted, day first
        "https://www.example.org/news/council-budget-14-03-2024.html",  # dashed, 14 > 12
        "https://www.example.org/news/council-budget/14.03.2024",  # dotted: day first
        "https://www.example.org/2024/march/14/council-budget",  # the month's full name
    ],
)
def test_url_day_in_rarer_shapes(url: str) -> None:
    assert day(story(), url) == "2024-03-14"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.org/news/05/03/2024/council-budget.html",  # either way round
        "https://www.example.org/article?id=20240314",  # a key that names no day
        "https://www.example.org/article?d=2024031477",  # more figures than a day
        "https://www.example.org/news/2024/03/council-budget.html",  # a month only
        "https://www.example.org/view.php?y=2024&m=3",  # no day value
        "https://www.example.org/view.php?y=2024&m=3&d=14&d=15",  # a key twice
        "https://www.example.org/view.php?y=24&m=3&d=14",  # a two-figure year
        "https://www.example.org/view.php?y=2024&m=4&d=31",  # no such day
        "https://www.example.org/view.php?date=31.04.2024",
        "https://www.example.org/view.php?id=14.03.2024",  # a key naming no day
        "https://www.example.org/news/05-03-2024/council-budget",  # either way round
        "https://www.example.org/news/council-budget-14-03-24.html",  # a short year
        "https://www.example.org/2024/marchx/14/council-budget",  # no month's name
    ],
)
def test_url_without_a_sure_day_gives_no_date(url: str) -> None:
    assert day(story(), url) is None


GRAPH_PART = (
    '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "T", '
    '"hasPart": PART}]}'
)
PART = '{"@type": "NewsArticle", "headline": "T", "datePublished": "2024-03-14T10:15:00+01:00"}'


@pytest.mark.parametrize(
    "script",
    [
        GRAPH_PART.replace("PART", PART),
        '{"@type": "VideoObject", "name": "T", "uploadDate": "2024-03-14T10:15:00+01:00"}',
        ARTICLE.replace("VALUE", '["2024-03-14T10:15:00+01:00"]'),
    ],
)
def test_jsonld_lone_part_upload_date_and_date_list_give_the_day(script: str) -> None:
    assert day(story(head=ld(script))) == "2024-03-14"


@pytest.mark.parametrize(
    "script",
    [
        # a reader's reply, an event, a collection's list of parts: not the page's day
        '{"@type": "Comment", "text": "Good", "dateCreated": "2024-03-14T10:15:00+01:00"}',
        '{"@type": "Answer", "text": "Yes", "datePublished": "2024-03-14"}',
        '{"@type": "Event", "name": "Concert", "startDate": "2024-03-14T19:00:00+01:00"}',
        GRAPH_PART.replace("PART", f"[{PART}, {PART.replace('14T', '12T')}]"),
    ],
)
def test_jsonld_dates_of_other_things_give_no_date(script: str) -> None:
    assert day(story(head=ld(script))) is None


ISO = "2024-03-14T10:15:00+01:00"
PREFIXED = '{"@context": {"schema": "http://schema.org/"}, "@type": "schema:TYPE", KEY}'
VIDEO = '{"@type": "VideoObject", "name": "Clip", "uploadDate": "2024-03-12"}'


@pytest.mark.parametrize(
    "script",
    [
        # JSON-LD's own shapes: a value object, prefixed and IRI keys, a video's page
        ARTICLE.replace("VALUE", f'{{"@value": "{ISO}", "@type": "DateTime"}}'),
        ARTICLE.replace("VALUE", '[{"@value": "2024-03-14"}]'),
        PREFIXED.replace("TYPE", "NewsArticle").replace("KEY", f'"schema:datePublished": "{ISO}"'),
        f'{{"@type": "http://schema.org/Article", "http://schema.org/datePublished": "{ISO}"}}',
        f'{{"@type": "WebPage", "mainEntity": {{"@type": "VideoObject", "uploadDate": "{ISO}"}}}}',
    ],
)
def test_jsonld_value_objects_prefixed_keys_and_video_page_give_the_day(script: str) -> None:
    assert day(story(head=ld(script))) == "2024-03-14"


@pytest.mark.parametrize(
    "script",
    [
        # an embedded video's day is the clip's; a prefixed reply's or modification's
        f'{{"@type": "NewsArticle", "headline": "T", "video": {VIDEO}}}',
        f'{{"@type": "WebPage", "name": "T", "about": {VIDEO}}}',
        f'{{"@graph": [{{"@type": "NewsArticle", "headline": "T"}}, {VIDEO}]}}',
        PREFIXED.replace("TYPE", "Comment").replace("KEY", f'"schema:dateCreated": "{ISO}"'),
        PREFIXED.replace("TYPE", "NewsArticle").replace(
            "KEY", f'"schema:dateModified": {{"@value": "{ISO}"}}'
        ),
    ],
)
def test_jsonld_embedded_video_and_prefixed_other_dates_give_no_date(script: str) -> None:
    assert day(story(head=ld(script))) is None


@pytest.mark.parametrize(
    "meta",
    [
        "<meta name='expires' content='2024-03-14'>",
        "<meta http-equiv='expires' content='Thu, 14 Mar 2024 10:15:00 GMT'>",
        "<meta name='last-modified' content='2024-03-14'>",
        "<meta property='og:updated_time' content='2024-03-14T10:15:00+01:00'>",
        "<meta name='robots' content='max-image-preview:large, 2024-03-14'>",
    ],
)
def test_meta_naming_no_publication_gives_no_date(meta: str) -> None:
    assert day(story(head=meta)) is None


@pytest.mark.parametrize(
    "meta",
    [
        "<meta name='prism.publicationDate' content='2024-03-14'>",
        "<meta NAME='Article:Published_Time' CONTENT='2024-03-14T10:15:00+01:00'>",
        "<meta name='dcterms.issued' content='2024-03-14T10:15:00'>",
    ],
)
def test_meta_naming_a_publication_gives_the_day(meta: str) -> None:
    assert day(story(head=meta)) == "2024-03-14"


def page_in(lang: str, under: str) -> str:
    return story(under=under).replace("lang='en'", f"lang='{lang}'")


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("donderdag 14 maart 2024", None, "donderdag 14 maart 2024"),  # "do" is no word
        ("do 14 mrt 2024 09:30", "nl", "do 14 mrt 2024 09:30"),  # Dutch: Thursday
        ("do 14 mrt 2024 09:30", None, ""),  # no language: read as "until"
        ("Oferta ważna do 14 marca 2024", "pl", "Oferta ważna "),
        ("Gültig bis 14.03.2024", "de", "Gültig "),
    ],
)
def test_before_until(line: str, language: str | None, expected: str) -> None:
    assert before_until(line, language) == expected


def _ungated_before_until(line: str) -> str:
    """before_until without its cheap test of ASCII lines (no language given)."""
    for until in _SPAN_BOUND.finditer(line):
        return "" if until.group()[0].isdigit() else line[: until.start()]
    return line


@pytest.mark.parametrize(
    "line",
    [
        # every ASCII word of UNTIL_DATE and SINCE_DATE, in a line of ASCII characters
        "Offer valid until 14 March 2024",
        "Open TILL 14.03.2024",
        "Valid til 14/03/2024",
        "Video verfuegbar bis zum 14.03.2024",
        "Valable jusqu'au 14 mars 2024",
        "Oferta valida hasta el 14 de marzo de 2024",
        "Offerta valida fino al 14 marzo 2024",
        "Geldig tot en met 14 maart 2024",
        "Geldig t/m 14 maart 2024",
        "Tilbud gyldigt indtil 14. marts 2024",
        "Promo berlaku hingga 14 Maret 2024",
        "Promo sampai 14 Maret 2024",
        "Ervenyes eddig: 2024.03.14",
        "Voimassa 14.3.2024 asti",
        "Kampanya 14.03.2024 tarihine kadar",
        "Ervenyes 2024. marcius 14-ig",
        "Member since 14 March 2020",
        "Joined on 14 March 2020",
        "Mitglied seit 14.03.2020",
        "Dabei seit: 14.03.2020",
        "Membre depuis le 14/03/2020",
        "Inscrite le 14/03/2020",
        "Miembro desde el 14/03/2020",
        "Membro dal 14/03/2020",
        "Iscritto dall'14/03/2020",
        "Cadastrado desde 14/03/2020",
        "Lid sinds 14 maart 2020",
        "Na portalu od 14.03.2020",
        "Zarejestrowany od 14.03.2020",
        # lines with none (most): the cheap test passes them over
        "14.03.2024 - 09:30",
        "Published 14 March 2024, updated 15 March 2024",
        "Do 14 mrt 2024",  # (the case-sensitive "do")
        "Stand: 14.03.2024 10:00 Uhr",
    ],
)
def test_before_until_cheap_test_changes_nothing(line: str) -> None:
    """The cheap test of ASCII lines before the pattern is exact: whether or not the line
    holds a bound, before_until reads it as the pattern alone does."""
    assert before_until(line) == _ungated_before_until(line)
    assert before_until(line.upper()) == _ungated_before_until(line.upper())
    for variant in (line, line.upper(), line.lower()):  # (until_line's test too)
        assert _may_bound(variant) or _SPAN_BOUND.search(variant) is None


@pytest.mark.parametrize(
    "text",
    [
        # every ASCII label of MODIFIED_LABELS, in a text of ASCII characters
        "Aktualisiert am 14.03.2024",
        "Stand: 14.03.2024",
        "Actualizado el 14/03/2024",
        "Actualizada 14/03/2024",
        "Aggiornato il 14/03/2024",
        "Bijgewerkt op 14 maart 2024",
        "Zaktualizowano 14.03.2024",
        "Uppdaterad 14 mars 2024",
        "Uppdaterat 14 mars 2024",
        "Opdateret 14. marts 2024",
        "Oppdatert 14. mars 2024",
        "Atualizado em 14/03/2024",
        "Actualizat la 14.03.2024",
        "Posodobljeno 14. 3. 2024",
        "Page last reviewed: 14 March 2024",
        "Last reviewed 14 March 2024",
        "Reviewed on 14 March 2024",
        "Next review due: 14 March 2027",
        "Revisado el 14/03/2024",
        "Revisto em 14/03/2024",
        "Ultima revisione 14/03/2024",
        "Laatst gecontroleerd op 14 maart 2024",
        "Gecontroleerd op 14 maart 2024",
        "Ostatnia weryfikacja 14.03.2024",
        # ... and the English ones before a date element
        "Updated",
        "Last modified:",
        "Edited on",
        # texts with none (most): the cheap test passes them over
        "Published 14 March 2024",
        "By Anna Schmidt, 14.03.2024",
        "Standing 14.03.2024",  # ("stand" without its colon)
    ],
)
def test_modification_labels_cheap_test_changes_nothing(text: str) -> None:
    """The cheap test of ASCII texts before the modification labels' patterns is exact:
    a label is found where the pattern alone finds one, and nowhere else."""
    for variant in (text, text.upper(), text.lower()):
        found, expected = modified_label(variant), MODIFIED_LABELS.search(variant)
        assert (found and found.span()) == (expected and expected.span())
        # the text before a date element: the label without its date
        for before in (
            variant[-60:],
            re.sub(r"[\s\d./]+(?:march|maart|mars|marts)?[\s\d./]*$", "", variant, flags=re.I),
        ):
            assert _may_hold(before, _ASCII_BEFORE_WORDS) or (
                _MODIFICATION_BEFORE.search(before) is None
            )


@pytest.mark.parametrize("stamp", ["do 14 mrt 2024 09:30", "donderdag 14 maart 2024"])
def test_dutch_stamp_after_a_day_name_gives_the_day(stamp: str) -> None:
    assert day(page_in("nl", f"<p>{stamp}</p>")) == "2024-03-14"


def test_polish_until_line_under_the_headline_gives_no_date() -> None:
    assert day(page_in("pl", "<p>Oferta ważna do 14 marca 2024</p>")) is None


REPLY = (
    "<section><h3>Commentaires (1)</h3><div><b>lecteur77</b> <span>{}</span>"
    "<p>Je ne suis pas d'accord, ces tarifs frappent surtout les petits commerces.</p></div>"
    "</section>"
)


@pytest.mark.parametrize("stamp", ["Publié le 14/03/2024 à 09h30", "Published 14 March 2024"])
def test_labelled_stamp_of_a_readers_reply_gives_no_date(stamp: str) -> None:
    assert day(story(after=REPLY.format(stamp))) is None


def test_labelled_closing_stamp_with_a_reply_below_gives_the_day() -> None:
    closing = "<p>Published 14 March 2024</p>"
    html = story(after=closing + REPLY.format("Published 20 March 2024"))
    assert day(html) == "2024-03-14"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Mis à jour le 15/03/2024 - Publié le 14/03/2024"),
        ("es", "Actualizado: 15/03/2024 - Publicado: 14/03/2024"),
        ("ru", "Обновлено: 15.03.2024 | Опубликовано: 14.03.2024"),
    ],
)
def test_publication_stamp_after_a_modification_stamp_in_one_line(lang: str, line: str) -> None:
    assert day(page_in(lang, f"<p>{line}</p>")) == "2024-03-14"
    # must not fire: the modification's part alone
    assert day(page_in(lang, f"<p>{line[: line.index('2024') + 4]}</p>")) is None


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [("pl", "14.03.2024 r."), ("pl", "czwartek, 14.03.2024 r."), ("ru", "14.03.2024 г.")],
)
def test_slavic_year_mark_after_the_date(lang: str, stamp: str) -> None:
    assert day(page_in(lang, f"<p>{stamp}</p>")) == "2024-03-14"
    # must not fire: the same stamp of a reader's reply below the story
    assert day(story(after=REPLY.format(stamp)).replace("lang='en'", f"lang='{lang}'")) is None


#: YEAR_IN_TEXT as it was written before its branches opened with their first figure.
_YEAR_BEFORE = re.compile(
    r"(?<!\d)(?:19[7-9]\d|20\d\d"
    r"|(?:(?<=[\u0e00-\u0e7f])|(?<=[\u0e00-\u0e7f][.\s])|(?<=[\u0e00-\u0e7f]\.\s))25\d\d)(?!\d)"
)


@pytest.mark.parametrize(
    "text",
    [
        "Published 14 March 2024",
        "14.03.2024 · 1999 · 1970 · 1969 · 2100",
        "12024 20245 x2024 2024x",
        "14 มีนาคม 2567",
        "พ.ศ. 2567",
        "มีนาคม. 2567 ก.2567 ก 2567 ก.  2567 2567",
        "1 2 19 197 1975 20 202 2025 25 256 2567",
        "",
    ],
)
def test_year_in_text_finds_what_it_found(text: str) -> None:
    """YEAR_IN_TEXT, its branches opening with a figure (a cheaper search), finds the
    years it found before, at the same places."""
    assert [m.span() for m in YEAR_IN_TEXT.finditer(text)] == [
        m.span() for m in _YEAR_BEFORE.finditer(text)
    ]


_ORDER_PAGE = """<html><head><title>T</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<article><h1>Council passes the budget</h1><!-- a comment -->
<div class="meta"><span>By Anna</span> <time>14.03.2024</time></div>
<figure><img src="a.jpg"><figcaption>A picture</figcaption></figure>
<div class="body"><p>Short.</p>
<p>The council approved the budget for next year after a long debate in the hall, <b>with
a vote of</b> twelve to nine.</p><p>More of the story follows here in a second paragraph.</p>
</div><aside><p>Related</p></aside></article><footer><p>Footer</p></footer></body></html>"""


def test_before_story_reads_page_order() -> None:
    """Whether an element comes before the story's first paragraph is read from the
    paragraph's path: every element of the page answers as the run of the page's first
    elements up to the paragraph says (the paragraph and its containers count)."""
    root = selector(_ORDER_PAGE).root
    story = root.find(".//div[@class='body']")
    collector = _Collector(root, "https://example.com/a")
    collector.story = story
    first = story[1]
    run: set[object] = set()
    for node in root.iter():
        run.add(node)
        if node is first:
            break
    answers = [collector._before_story(node) for node in root.iter()]
    assert answers == [node in run for node in root.iter()]
    assert sum(answers) not in (0, len(answers))
    # An element of another tree is not before it.
    assert not collector._before_story(selector(_ORDER_PAGE).root.find(".//h1"))


#: The page's headline as the tests' pages show it (``story``).
HEADLINE = "Council approves new budget for schools and roads"


@pytest.mark.parametrize(
    "card",
    [
        "<div class='rel'><a href='/s.html'>Bakery closes after a hundred years</a>"
        " <span>12.03.2024</span></div>",
        "<div class='card'><a href='/city/bakery.html'>Bakery closes after a hundred years"
        "</a><span class='date'>12.03.2024</span></div>",
        "<div class='card'><a href='/city/bakery.html'><h3>Bakery closes after a hundred "
        "years</h3><span>12.03.2024</span></a></div>",
    ],
    ids=["card", "card-dated-class", "linked-card"],
)
def test_teaser_card_above_the_story_gives_no_date(card: str) -> None:
    """Another story's teaser card (its linked headline and its date) right under the
    headline of an undated page: no date (notfire3's teaser-under)."""
    assert day(story(under=card)) is None


@pytest.mark.parametrize(
    ("under", "read_by"),
    [
        # The page's own stamp linked to its own address, or to the archive of its day.
        (f"<p><a href='{URL}'>Published on Thursday 14 March 2024</a></p>", "stamp-labelled"),
        ("<p><a href='/2024/03/14/'>Thursday, 14 March 2024</a></p>", "stamp"),
        # A meta row (a stamp class names it) holding a long topic link beside the stamp.
        (
            "<div class='article-meta'><a href='/topics/city-budget'>The city budget in "
            "focus</a> <span>14.03.2024</span></div>",
            "stamp",
        ),
        # A byline whose link names the writers (read by htmldate's copy).
        ("<p><a href='/authors/smith-doe'>Anna Smith and John Doe</a> 14.03.2024</p>", "htmldate"),
        # A link whose words are the page's own headline (its title), to another address.
        (f"<div><a href='/news/12345'>{HEADLINE}</a> <span>14.03.2024</span></div>", "stamp"),
    ],
    ids=["own-url", "archive-day", "meta-row", "byline-names", "own-headline"],
)
def test_own_stamp_beside_a_link_above_the_story_gives_the_day(under: str, read_by: str) -> None:
    """Must not fire: the page's own stamp under its headline beside (or in) a link that is
    no other story's headline."""
    html = story(under=under).replace(
        "<title>Council approves budget</title>", f"<title>{HEADLINE}</title>"
    )
    assert day(html) == "2024-03-14"
    assert source(html) == read_by


def test_own_headline_linked_to_itself_beside_its_stamp() -> None:
    """Must not fire: a header holding a stamp and the headline linked to the page's own
    address ("Party, 30.10.23 <h1><a href=…>Headline</a></h1>"), or to another of its
    addresses (a short one by number)."""
    for href in (URL, "/news/12345"):
        html = story().replace(
            f"<h1>{HEADLINE}</h1>",
            f"<div class='text'><div>Politics, 14.03.24</div><h1><a href='{href}'>"
            f"{HEADLINE}</a></h1></div>",
        )
        assert day(html) == "2024-03-14"
        assert source(html) == "stamp"


def test_htmldate_copy_prunes_a_teaser_card_above_the_story() -> None:
    """htmldate's copy leaves out another story's card under the headline, but keeps the
    page's meta row beside a long link (must not fire)."""
    card = (
        "<div class='rel'><a href='/s.html'>Bakery closes after a hundred years</a>"
        " <span>12.03.2019</span></div>"
    )
    row = (
        "<div class='article-meta'><a href='/topics/city-budget'>The city budget in focus"
        "</a> <span>14.03.2019</span></div>"
    )
    texts = frozenset(LINES)
    root = selector(story(under=card).encode()).root
    assert htmldate_candidate(root, URL, texts, fetched_at=FETCHED_AT) is None
    root = selector(story(under=row).encode()).root
    found = htmldate_candidate(root, URL, texts, fetched_at=FETCHED_AT)
    assert found is not None
    assert found.raw == "2019-03-14"


@pytest.mark.parametrize(
    "under",
    [
        "<p><a href='/topics/local-politics/'>Local politics and council news</a>"
        " | 14.03.2024</p>",
        "<div class='topline'><a href='/city/'>News from the city hall</a>"
        "<span>14.03.2024</span></div>",
        "<p><a href='/series/budget-2024/'>Series: The Budget Year 2024</a> 14.03.2024</p>",
    ],
    ids=["topic", "section", "series"],
)
def test_own_stamp_beside_a_folder_link_gives_the_day(under: str) -> None:
    """The page's own stamp under its headline beside a long link to a folder that is not
    story-shaped (a topic, section or series front): no other story, the day stays."""
    assert day(story(under=under)) == "2024-03-14"


@pytest.mark.parametrize(
    "href",
    ["/news/2024/03/12/", "/city/bakery-closes-after-hundred-years/", "/city/123456/"],
    ids=["date-folder", "slug-folder", "id-folder"],
)
def test_teaser_card_linking_a_story_shaped_folder_gives_no_date(href: str) -> None:
    """Must not fire: another story's card whose link is a folder named like a story (a
    date, a headline slug, an id) is still a teaser: no date."""
    card = (
        f"<div class='rel'><a href='{href}'>Bakery closes after a hundred years</a>"
        " <span>12.03.2024</span></div>"
    )
    assert day(story(under=card)) is None


@pytest.mark.parametrize(
    "head", ["Bakery Closes After a Hundred Years", "Taylor Swift Announces World Tour"]
)
@pytest.mark.parametrize(
    "shape",
    [
        "<div class='rel'><a href='/s.html'>{h}</a> <span>12.03.2024</span></div>",
        "<div class='card'><a href='/city/b.html'><h3>{h}</h3><span>12.03.2024</span></a></div>",
    ],
    ids=["card", "linked-card"],
)
def test_title_case_teaser_card_gives_no_date(shape: str, head: str) -> None:
    """Another story's card whose headline is in Title Case (it reads as people's names)
    and whose link leads to a document: still a teaser, no date."""
    assert day(story(under=shape.format(h=head))) is None


@pytest.mark.parametrize(
    "href",
    ["/autor/anna-schmidt/", "/authors/smith-doe", "https://twitter.com/annasmith"],
    ids=["folder", "bare-name", "profile"],
)
def test_byline_link_of_names_beside_the_stamp_gives_the_day(href: str) -> None:
    """Must not fire: a byline whose link (to a writer's page, not a story) names the
    writers, above the page's own stamp: the day stays."""
    under = f"<p><a href='{href}'>Anna Smith and John Doe</a> 14.03.2024</p>"
    assert day(story(under=under)) == "2024-03-14"


@pytest.mark.parametrize(
    "meta",
    [
        "<meta name='expires' content='2024-03-20T10:00:00+00:00'>",
        "<meta property='article:expiration_time' content='2024-03-20T10:00:00+00:00'>",
        "<meta name='expiration_date' content='2024-03-20T10:00:00+00:00'>",
    ],
    ids=["expires", "article-expiration", "expiration-date"],
)
def test_expiry_meta_with_a_time_gives_no_date(meta: str) -> None:
    """A meta naming the page's expiry (a full timestamp, which htmldate's fast search
    takes) is no publication: no date."""
    assert day(story(head=meta)) is None


def test_publication_meta_beside_an_expiry_meta_gives_the_day() -> None:
    """Must not fire: beside an expiry meta, the publication meta still dates the page,
    and a day in the picture's address (read by htmldate) still does when no meta names
    the publication."""
    expiry = "<meta name='expires' content='2024-03-20T10:00:00+00:00'>"
    published = "<meta property='article:published_time' content='2024-03-14T10:15:00+01:00'>"
    assert day(story(head=expiry + published)) == "2024-03-14"
    image = "<meta property='og:image' content='https://img.example.org/2024/03/14/a.jpg'>"
    assert day(story(head=expiry + image)) == "2024-03-14"
    assert day(story(head=image)) == "2024-03-14"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.org/world/2024/mar/14/council-budget",
        "https://www.example.org/world/2024/Mar/14/council-budget.html",
        "https://www.example.org/n1/2024/0314/c1002-40001.html",
        "https://www.example.org/world/2024-03/14/c_1130.htm",
        "https://www.example.org/p/20240314101500-council-budget",
        "https://www.example.org/news/council-budget_202403141015.html",
    ],
)
def test_url_day_named_month_folders_and_compact_clock(url: str) -> None:
    """bench/redteam_dates.py ``urlmore``: the month's English short name, a year's folder
    then the month and day's, a year and month's folder then the day's, a compact day with
    its time of day."""
    assert day(story(), url) == "2024-03-14"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.org/world/2024/mar/council-budget",  # a month, no day
        "https://www.example.org/n1/2024/1399/c1002-40001.html",  # no month 13
        "https://www.example.org/n1/2024/0314council.html",  # a file, no folder
        "https://www.example.org/p/202403141015001-council",  # a figure too many
        "https://www.example.org/p/2024031410-council",  # an hour alone: an id
    ],
)
def test_url_without_day_of_those_shapes_gives_no_date(url: str) -> None:
    assert day(story(), url) is None


def cjk_story(lang: str, under: str) -> str:
    return story(under=under).replace("<html lang='en'>", f"<html lang='{lang}'>")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ja", "発行日：2024年3月14日"),
        ("ja", "公開日時：2024年3月14日 10:15"),
        ("zh", "发布日期：2024年03月14日"),
        ("zh", "日期：2024-03-14"),
        ("zh", "發布時間：2024年3月14日"),
        ("ko", "등록일 2024년 3월 14일"),
        ("ko", "2024년 3월 14일 목요일 10:15"),
        ("en", "2024年3月14日"),  # a CJK page that declares English
        ("en", "発行日：2024年3月14日"),
    ],
)
def test_cjk_labelled_stamp_gives_the_day(lang: str, line: str) -> None:
    """bench/redteam_dates.py ``cjk``: a publication label of those scripts before the
    date, a date of their marks read whatever language the page declares."""
    assert day(cjk_story(lang, f"<p>{line}</p>")) == "2024-03-14"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ja", "最終更新日：2024年3月14日"),
        ("ja", "開催日：2024年3月14日"),  # an event's day
        ("zh", "更新时间：2024-03-14 08:00"),
        ("zh", "修改时间：2024年03月14日"),
        ("zh", "截止日期：2024年03月14日"),  # a deadline
        ("ko", "수정 2024.03.14 08:00"),
        ("ko", "업데이트 2024.03.14"),
    ],
)
def test_cjk_modification_or_event_label_gives_no_date(lang: str, line: str) -> None:
    assert day(cjk_story(lang, f"<p>{line}</p>")) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024年3月14日", "2024-03-14"),
        ("2024年3月14日(木) 10時15分", "2024-03-14T10:15:00+00:00"),
        ("2024年3月14日 星期四", "2024-03-14"),
        ("2024년 3월 14일 목요일 10:15", "2024-03-14T10:15:00+00:00"),
        ("2024年2月30日", None),  # no such day
        ("2024年13月1日", None),
    ],
)
def test_cjk_date_reads_in_any_language(raw: str, expected: str | None) -> None:
    assert page_normaliser("en").normalise(raw, FETCHED_AT).value == expected


INSTAGRAM = (
    "<blockquote class='instagram-media'><div><p><a href='https://www.instagram.com/p/x/'>"
    "A post shared by Anna (@anna)</a></p><p><time datetime='2024-03-12T10:00:00+00:00'>"
    "Mar 12, 2024 at 10:00am PDT</time></p></div></blockquote>"
)
QUOTE = (
    "<blockquote><p><strong>12.03.2024</strong></p><p>The council will vote on the budget "
    "next week, the mayor said at the press conference.</p></blockquote>"
)


@pytest.mark.parametrize("quoted", [INSTAGRAM, QUOTE])
def test_quotation_in_story_gives_no_date(quoted: str) -> None:
    """bench/redteam_dates.py ``quoted``: an embedded post's or a quoted passage's day (a
    ``<time datetime>`` or a stamp inside a ``<blockquote>``) is not the page's."""
    html = story().replace(f"<p>{LINES[1]}</p>", f"<p>{LINES[1]}</p>{quoted}")
    assert day(html) is None


@pytest.mark.parametrize("quoted", [INSTAGRAM, QUOTE])
def test_quotation_leaves_the_page_stamp(quoted: str) -> None:
    """The page's own stamp under the headline is its day, not the embedded post's (a
    ``<time>`` of the story's article outranked it before)."""
    html = story(under="<p>March 14, 2024</p>")
    html = html.replace(f"<p>{LINES[1]}</p>", f"<p>{LINES[1]}</p>{quoted}")
    assert day(html) == "2024-03-14"


def lang_story(lang: str, under: str) -> str:
    return story(under=under).replace("<html lang='en'>", f"<html lang='{lang}'>")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Data di pubblicazione: 14 marzo 2024"),
        ("pt", "Data de publicação: 14 de março de 2024"),
        ("cs", "Datum vydání: 14. 3. 2024"),
        ("el", "Δημοσιεύθηκε: 14 Μαρτίου 2024"),
        ("hu", "Publikálva: 2024. március 14."),
        ("uk", "Опубліковано: 14 березня 2024"),
        ("ar", "نشر في 14 مارس 2024"),
        ("hi", "प्रकाशित: 14 मार्च 2024"),
    ],
)
def test_publication_label_of_more_languages_gives_the_day(lang: str, line: str) -> None:
    """bench/redteam_dates.py ``labelled``: the label goes, the date after it reads."""
    assert day(lang_story(lang, f"<p>{line}</p>")) == "2024-03-14"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("pl", "Aktualizacja: 14.03.2024"),
        ("tr", "Güncelleme: 14.03.2024"),
        ("id", "Diperbarui 14 Maret 2024"),
        ("vi", "Cập nhật: 14/03/2024"),
        ("el", "Ενημέρωση: 14/03/2024"),
        ("uk", "Оновлено: 14.03.2024"),
        ("he", "עודכן: 14.03.2024"),
        ("ar", "آخر تحديث: 14/03/2024"),
        ("hi", "अपडेट: 14/03/2024"),
    ],
)
def test_modification_label_of_more_languages_gives_no_date(lang: str, line: str) -> None:
    assert day(lang_story(lang, f"<p>{line}</p>")) is None
    assert modified_label(line) is not None


def next_data(state: object) -> str:
    data = json.dumps({"props": {"pageProps": state}})
    return f"<script id='__NEXT_DATA__' type='application/json'>{data}</script>"


@pytest.mark.parametrize("key", ["publishedAt", "published_at", "firstPublishedDate", "pubDate"])
def test_framework_state_publication_key_gives_the_day(key: str) -> None:
    """bench/redteam_dates.py ``script``: a framework's state naming the publication."""
    state = {"article": {"id": 7, key: "2024-03-14T10:15:00.000Z"}}
    assert day(story(head=next_data(state))) == "2024-03-14"
    value = '{"article": {"%s": "2024-03-14"}}' % key  # noqa: UP031 - braces of JSON
    assigned = f"<script>window.__STATE__ = {value};</script>"
    assert day(story(head=assigned)) == "2024-03-14"


@pytest.mark.parametrize(
    "state",
    [
        {"related": [{"title": "A", "publishedAt": "2024-03-12T10:15:00Z"}]},  # a list's item
        {"user": {"createdAt": "2024-03-12T10:15:00Z"}},
        {"buildTime": "2024-03-12T10:15:00Z"},
        {"article": {"updatedAt": "2024-03-12T10:15:00Z"}},
        {"a": {"publishedAt": "2024-03-12T10:15:00Z"}, "b": {"pubDate": "2024-03-10"}},
    ],
)
def test_framework_state_of_other_timestamps_gives_no_date(state: object) -> None:
    """Timestamps a state holds for other things (a related story in a list, a user, a
    build, a modification) or two different publication days: no date, neither ours nor
    htmldate's (its copy has no script but unreadable JSON-LD)."""
    assert day(story(head=next_data(state))) is None


def time_of(html: str) -> str | None:
    """The publication's day and minute as the page states them ("2024-03-14T10:15")."""
    found = generic_article(selector(html.encode()).root, URL, fetched_at=FETCHED_AT)
    raw = next((d.raw for d in found.dates if d.field == "datePublished"), None)
    value = page_normaliser(found.language).normalise(raw, FETCHED_AT).value if raw else None
    return value[:16] if value else None


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("17:41 JST, October 13, 2024", "2024-10-13T17:41"),
        ("6:30 AM PDT · April 28, 2024", "2024-04-28T06:30"),
        ("10:15 | 14 March 2024", "2024-03-14T10:15"),
        ("20.15 | 14.03.2024", "2024-03-14T20:15"),  # a dotted clock, a bar
    ],
)
def test_stamp_with_its_time_first_gives_the_time(line: str, moment: str) -> None:
    """A stamp under the headline that writes the time of day (a zone) before the date:
    the date and its time (in the zone it names)."""
    assert time_of(story(under=f"<p><i></i>{line}</p>")) == moment


@pytest.mark.parametrize(
    "line",
    [
        "10:15 Uhr: Konzert am 14. März 2024",  # a time before words
        "3:16, 14 March 2024 10:00",  # a date with a time of its own after it
        "2:1, 14 March 2024",  # a score, no time of day
        "14.03.2024",  # a dotted date alone: no time before it
        "01.02 - 15.03.2024",  # a range of days (1 February to 15 March), no time
        "01.02 – 15. März 2024",
    ],
)
def test_time_first_reads_only_a_time_and_a_date(line: str) -> None:
    assert time_first(line) is None


def test_stamp_whose_zone_is_glued_to_the_next_words_gives_the_zone() -> None:
    """A meta row whose stamp ends on its zone, beside a row of buttons: the container's
    text glues the zone to the buttons' words ("17:07 ISTShare"), whose reading, first in
    the page, has no zone; the row's own reading, in the zone, is the stamp."""
    row = (
        "<div class='byline'><div>Anna Smith / DAILY.COM / "
        "<span> Mar 14, 2024, 17:07 IST</span></div>"
    )
    html = story(under=f"{row}<div><div><i></i><span>Share</span></div></div></div>")
    found = generic_article(selector(html.encode()).root, URL, fetched_at=FETCHED_AT)
    raw = next(d.raw for d in found.dates if d.field == "datePublished")
    assert page_normaliser("en").normalise(raw, FETCHED_AT).value == "2024-03-14T17:07:00+05:30"


def test_another_zoned_time_of_the_page_leaves_the_stamp_alone() -> None:
    """Must not fire: a time in a zone at another wall time (a live event's "18:30 CET")
    is not the stamp's twin; the stamp stays in the page's zone."""
    stamp = "<p><span>Mar 14, 2024, 17:07</span></p><p><span>Kick-off 18:30 CET</span></p>"
    found = generic_article(selector(story(under=stamp).encode()).root, URL, fetched_at=FETCHED_AT)
    raw = next(d.raw for d in found.dates if d.field == "datePublished")
    assert page_normaliser("en").normalise(raw, FETCHED_AT).value == "2024-03-14T17:07:00+00:00"


def published_value(html: str) -> str | None:
    """The publication's normalised value as the record keeps it."""
    found = generic_article(selector(html.encode()).root, URL, fetched_at=FETCHED_AT)
    raw = next((d.raw for d in found.dates if d.field == "datePublished"), None)
    return page_normaliser(found.language).normalise(raw, FETCHED_AT).value if raw else None


@pytest.mark.parametrize(
    ("machine", "value"),
    [
        ("2024-03-14T11:43:46Z", "2024-03-14T12:43:46+01:00"),  # an hour east of UTC
        ("2024-03-14T17:43:00Z", "2024-03-14T12:43:00-05:00"),  # five hours west
    ],
)
def test_shown_time_takes_the_zone_a_machine_value_implies(machine: str, value: str) -> None:
    """A stamp shown without a zone on a page of no zone of its own ("12:43, 14 Mar
    2024") and the page's data stating the moment in UTC, a whole number of hours away to
    the minute: one moment, the stamp's wall time at the offset the two imply."""
    head = f'<script>window.__STATE__ = {{"article": {{"publishedAt": "{machine}"}}}};</script>'
    html = story(head=head, under="<p><span>12:43, 14 Mar 2024</span></p>")
    assert published_value(html) == value


@pytest.mark.parametrize(
    "machine",
    ["2024-03-14T11:23:46Z", "2024-03-13T00:43:00Z", "2024-03-14T12:43:00"],
    ids=["other-minute", "over-14-hours", "no-offset"],
)
def test_shown_time_keeps_its_zone_beside_another_moment(machine: str) -> None:
    """Must not fire: a machine value at another minute, more than 14 hours away, or of
    no offset: the stamp stays in the page's zone (UTC for English of no region)."""
    head = f'<script>window.__STATE__ = {{"article": {{"publishedAt": "{machine}"}}}};</script>'
    html = story(head=head, under="<p><span>12:43, 14 Mar 2024</span></p>")
    assert published_value(html) == "2024-03-14T12:43:00+00:00"


@pytest.mark.parametrize(
    ("shown", "value"),
    [
        ("14/03/2024 - 11:15", "2024-03-14T11:15:00+01:00"),  # the moment an hour away
        ("14/03/2024", "2024-03-14T10:15:00+00:00"),  # the day alone: the moment's time
        ("14/03/2024 - 11:20", "2024-03-14T11:20:00+00:00"),  # another minute: as shown
    ],
)
def test_time_elements_script_kept_moment_gives_the_zone(shown: str, value: str) -> None:
    """A <time> of the day alone whose script keeps the exact moment in a data attribute
    ('data-timestamp="1710411300"', 10:15 UTC): the shown time takes the zone the two
    imply; a shown day alone takes the moment's time; a shown time at another minute
    stays as shown (no one moment)."""
    time = f"<time datetime='2024-03-14' data-timestamp='1710411300'>{shown}</time>"
    assert published_value(story(under=f"<p>{time}</p>")) == value


def flight(*rows: object) -> str:
    """A framework's streamed payload: a script pushing a string that holds JSON rows,
    each after its id ("1a:", "1b:" …)."""
    text = "".join(f"{i + 26:x}:{json.dumps(row)}\n" for i, row in enumerate(rows))
    return f"<script>self.__next_f.push({json.dumps([1, text])})</script>"


META_ROW = ["$", "meta", "18", {"property": "article:published_time", "content": "2024-03-14T10:15:00Z"}]  # noqa: E501  # fmt: skip
LD = json.dumps({"@type": "NewsArticle", "datePublished": "2024-03-14T10:15:00+01:00"})
LD_ROW = ["$", "script", None, {"dangerouslySetInnerHTML": {"__html": LD}}]


@pytest.mark.parametrize("rows", [[META_ROW], [LD_ROW], [META_ROW, LD_ROW]])
def test_publication_restated_in_a_scripts_string_gives_the_time(rows: list[object]) -> None:
    """bench/redteam_dates.py ``flight``: a framework's payload restating the page's head
    (a publication meta as a row of data) or its JSON-LD (a string in a string, its quotes
    escaped twice), on a page that states its date nowhere else: the time with it."""
    assert time_of(story(head=flight(*rows))) == "2024-03-14T10:15"


@pytest.mark.parametrize(
    "rows",
    [
        [META_ROW, {"related": {"datePublished": "2024-03-12T08:00:00Z"}}],  # two days
        [{"user": {"createdAt": "2024-03-12T10:15:00Z"}}],  # no publication's key
        [["$", "meta", "3", {"property": "article:modified_time", "content": "2024-03-14"}]],
    ],
)
def test_other_timestamps_in_a_scripts_string_give_no_date(rows: list[object]) -> None:
    """Two publication days (a related story's beside the page's), a user's creation, a
    modification meta: no date of the payload."""
    assert day(story(head=flight(*rows))) is None


@pytest.mark.parametrize(
    "stamp",
    [
        "<span class='date' data-timestamp='1710411300'></span>",  # seconds, empty
        "<span data-time='1710411300000'>3 hours ago</span>",  # milliseconds, relative
        "<span data-date='2024-03-14T10:15:00Z'>10:15</span>",  # ISO, a time of day
    ],
)
def test_time_kept_in_a_stamps_data_attribute_gives_the_day(stamp: str) -> None:
    """bench/redteam_dates.py ``attrstamp``: a script-rendered stamp under the headline
    whose text shows no date keeps its time in a data attribute."""
    assert day(story(under=f"<p>By Anna Smith · {stamp}</p>")) == "2024-03-14"


@pytest.mark.parametrize(
    ("under", "after"),
    [
        ("", "<ul><li><a href='/a.html'>Bakery closes after a hundred years</a> "
         "<span data-timestamp='1710411300'></span></li><li><a href='/b.html'>Harbour "
         "works start in spring next year</a> <span data-timestamp='1710238500'></span>"
         "</li></ul>"),  # a teaser list after the story
        ("<p><span class='updated' data-timestamp='1710411300'></span></p>", ""),
        ("<p><span data-timestamp='1710411300'>Updated 3 hours ago</span></p>", ""),
        ("<p><span data-post-id='1710411300'></span></p>", ""),  # an id, no time
        ("", "<div class='shariff' data-timestamp='1710411300'></div>"),  # after the story
    ],
)  # fmt: skip
def test_time_attribute_of_no_stamp_of_the_page_gives_no_date(under: str, after: str) -> None:
    """The same attributes in a list after the story, on an update, on an id or on a
    widget after the story: no date."""
    assert day(story(under=under, after=after)) is None


def card_page(under: str, card: str) -> str:
    """A story whose headline stands in a header of its own with *under*, and *card*
    between its paragraphs."""
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html lang='de'><head><title>Council approves budget</title></head><body><main>"
        "<article><header><h1>Council approves new budget for schools and roads</h1>"
        f"{under}</header><div class='article__body'>{body[: body.index('</p>') + 4]}"
        f"{card}{body[body.index('</p>') + 4 :]}</div></article></main></body></html>"
    )


LINKED_CARD = (
    "<div class='recommendation'><a href='/tipps/bakery-closes-after-a-hundred-years-7006'>"
    "<div><div><div class='box'><p class='card-title'>Bakery closes after a hundred years"
    "</p><small class='article-info'>Anna Smith | 22.11.22</small></div></div></div></a></div>"
)


def test_date_deep_in_a_card_linked_whole_is_the_cards() -> None:
    """bench/redteam_dates.py ``linkcard``: another story's card, a link holding its
    headline and its date levels deep, between the story's paragraphs: no date; the
    page's own stamp under the headline beside it: the page's day."""
    assert day(card_page("", LINKED_CARD)) is None
    assert day(card_page("<p>By Anna Smith · 14 March 2024</p>", LINKED_CARD)) == "2024-03-14"


@pytest.mark.parametrize("line", ["Artikel vom 14.03.24", "Beitrag vom 14/03/24"])
def test_short_year_date_closing_a_few_words_is_the_stamp(line: str) -> None:
    """bench/redteam_dates.py ``wordshort``: the stamp reader reads the date of a meta
    row's "Artikel vom 14.03.24" itself (the whole line is no date for the normaliser:
    only htmldate's search read it, when nothing misled it)."""
    html = story(under=f"<p class='publish-date'>{line}</p>").replace("lang='en'", "lang='de'")
    assert day(html) == "2024-03-14"
    assert source(html) == "stamp"


@pytest.mark.parametrize("line", ["Firmware 4.2.20", "Version 1.2.19", "Release 2.10.21"])
def test_version_number_under_the_headline_is_no_short_year_stamp(line: str) -> None:
    """Must not fire: a version number after a word under the headline ("Firmware
    4.2.20": fields of one figure, as versions are numbered; a stamp's short-year date
    has a two-figure day and month) is no stamp's date read alone: the URL's day stays
    the page's (before, the version's 2020-02-04 beat it). "Artikel vom 14.03.24" still
    is the stamp (above)."""
    url = "https://www.example.org/news/2024/03/14/council-budget.html"
    assert day(story(under=f"<p>{line}</p>"), url) == "2024-03-14"
    assert day(story(under="<p>Artikel vom 04.02.20</p>"), url) == "2020-02-04"


@pytest.mark.parametrize(
    ("line", "lang", "found"),
    [
        pytest.param("Firmware <b>4.2.20</b>", "de", None, id="bold"),
        pytest.param("Version <strong>1.2.19</strong>", "en", None, id="strong"),
        pytest.param("<span>Firmware</span> <span>4.2.20</span>", "de", None, id="spans"),
        pytest.param("Release <span>2.10.21</span> is out", "en", None, id="span-mid-line"),
        pytest.param("<b>Update <i>4.2.20</i></b> für alle Geräte", "de", None, id="nested"),
        pytest.param("Versión <em>4.2.20</em> disponible", "es", None, id="spanish"),
        pytest.param("Wersja <b>4.2.20</b> dostępna", "pl", None, id="polish"),
        pytest.param("Версия <b>4.2.20</b>", "ru", None, id="russian"),
        pytest.param("v<b>3.1.24</b>", "en", None, id="touching"),
        pytest.param("die neue firmware <b>4.2.20</b>", "de", None, id="lower-case"),
        pytest.param("Artikel vom <b>3.4.24</b>", "de", "2024-04-03", id="vom-must-not-fire"),
        pytest.param("am <b>3.5.13</b>", "de", "2013-05-03", id="am-must-not-fire"),
        pytest.param("Stand <b>3.4.24</b>", "de", "2024-04-03", id="stand-must-not-fire"),
        pytest.param("Veröffentlicht <span>3.4.24</span>", "de", "2024-04-03",
                     id="label-must-not-fire"),
        pytest.param("Posted <b>14.3.24</b>", "en", "2024-03-14", id="posted-must-not-fire"),
        pytest.param("Anna Holm, <b>14.3.24</b>", "en", "2024-03-14", id="mark-must-not-fire"),
        pytest.param("<b>03.04.24</b>", "de", "2024-04-03", id="bare-padded-must-not-fire"),
        pytest.param("<b>3.4.24</b>", "de", "2024-04-03", id="alone-must-not-fire"),
        pytest.param("Firmware<br><b>4.2.20</b>", "de", "2020-02-04",
                     id="own-line-must-not-fire"),
        pytest.param("Firmware <b>04.02.20</b>", "de", "2020-02-04", id="padded-must-not-fire"),
    ],
)  # fmt: skip
def test_version_number_in_an_inline_element_is_read_with_its_line(
    line: str, lang: str, found: str | None
) -> None:
    """An inline element whose text is only a dotted short-year number ("Firmware
    <b>4.2.20</b>") is part of its line: a version's number by the word before it
    (:func:`~newscrawl.extraction.stamp_names.version_number`, the test htmldate's copy
    is blanked by), not a stamp of its own (before, 2020-02-04 on a page nothing else
    dates). Must not fire: a short date in an inline element after a joining word, a
    date's label or a mark, one alone or padded, and one after a line's end (``<br>``)."""
    html = story(under=f"<p>{line}</p>").replace("lang='en'", f"lang='{lang}'")
    assert day(html) == found


def test_short_year_event_line_below_the_story_gives_no_date() -> None:
    """An event's line of a short year in a box below the story ("Konzert am 14.03.24")
    is another day's, as its full-year form is: no date (htmldate's search read it)."""
    box = "<div class='info-box'><p class='event-date'>Konzert am 14.03.24</p></div>"
    html = story(after=box).replace("lang='en'", "lang='de'")
    assert day(html) is None


def test_date_in_a_long_card_linked_whole_under_its_heading_is_the_cards() -> None:
    """``linkcard``: other stories' cards linked whole, each a heading, its day and a lead
    (too long for a short box), in a list after the story: not the page's date; the
    URL's day is."""
    lead = " ".join(LINES[:2])
    cards = "".join(
        f"<li><a href='/archives/2024/03/{d}/70{d}'><div><h2>{t}</h2>"
        f"<div class='date_list'>2024-03-{d}</div><p>{lead}</p></div></a></li>"
        for d, t in (
            ("12", "Bakery closes after a hundred years"),
            ("11", "Harbour works start in spring"),
        )
    )
    html = story().replace("</main>", f"</main><section><ul>{cards}</ul></section>")
    assert day(html) is None
    assert day(html, "https://www.example.org/archives/2024/03/14/800") == "2024-03-14"


CODE = "function ready(f){f()}\nwindow.dataLayer = window.dataLayer || [];\n"


def test_object_a_scripts_code_assigns_naming_the_publication_gives_the_day() -> None:
    """bench/redteam_dates.py ``codescript``: an analytics layer assigned after other
    statements, its key in kebab case."""
    layer = '{"page-type": "article", "first-publication": "2024-03-14 10:15"}'
    script = f"<script>{CODE}var layer = {layer};\ndataLayer.push(layer);</script>"
    assert day(story(head=script)) == "2024-03-14"


def test_objects_a_scripts_code_assigns_of_two_days_give_no_date() -> None:
    """Two objects of the code naming two publication days (a list's, in effect), or a
    comparison with an object: none."""
    two = (
        f'<script>{CODE}var a = {{"pubDate": "2024-03-12"}};\n'
        'var b = {"pubDate": "2024-03-10"};</script>'
    )
    assert day(story(head=two)) is None
    compared = f'<script>{CODE}if (x == {{"pubDate": "2024-03-12"}}) {{ f(); }}</script>'
    assert day(story(head=compared)) is None
    opening = (
        '<script>var a = {"pubDate": "2024-03-12"};\nvar b = {"pubDate": "2024-03-10"};</script>'
    )
    assert day(story(head=opening)) is None


OLD_SCRIPTS = [
    "<script type='text/javascript'>/* <![CDATA[ */\nvar postData = STATE;\n/* ]]> */\n</script>",
    "<script>/*<!--*/ var postData = STATE; /*-->*/</script>",
    "<script>const postData = STATE;</script>",
]


@pytest.mark.parametrize("script", OLD_SCRIPTS)
def test_old_style_script_publication_key_gives_the_day(script: str) -> None:
    """bench/redteam_dates.py ``oldscript``: a variable in a CMS theme's wrapped script
    (``/* <![CDATA[ */ … /* ]]> */``) or a ``const`` naming the publication."""
    state = json.dumps({"post": {"id": 7, "pubDate": "2024-03-14T10:15:00+01:00"}})
    assert day(story(head=script.replace("STATE", state))) == "2024-03-14"


@pytest.mark.parametrize("script", OLD_SCRIPTS)
def test_old_style_script_of_other_timestamps_gives_no_date(script: str) -> None:
    """The same wrappers around a related story's day in a list and a modification: none."""
    state = json.dumps(
        {
            "post": {"id": 7, "updatedAt": "2024-03-12T10:15:00Z"},
            "related": [{"title": "A", "publishedAt": "2024-03-12T10:15:00Z"}],
        }
    )
    assert day(story(head=script.replace("STATE", state))) is None


def framed_page(cls: str, shown: str) -> str:
    """The headline in a header of its own; a column classed *cls* holding the byline
    with *shown*, the story and a sidebar with another story's dated teaser."""
    body = "".join(f"<p>{line}</p>" for line in LINES * 2)
    teaser = (
        "<div class='article__sidebar sidebar'><div class='teaser'><a href='/other.html'>"
        "Bakery closes after a hundred years</a> <span>12.03.2024</span></div></div>"
    )
    return (
        "<html lang='en'><head><title>Council approves budget</title></head><body>"
        "<nav><a href='/'>Home</a></nav><main><article><header><h1>Council approves new "
        f"budget for schools and roads</h1></header><div class='{cls}'><div class='byline'>"
        f"By Anna Smith {shown}</div><div class='article__body'>{body}</div>{teaser}</div>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize("cls", ["article__container article__container-sidebar", "has-sidebar"])
def test_story_column_named_for_its_sidebar_keeps_the_byline_day(cls: str) -> None:
    """bench/redteam_dates.py ``framed``: the containers of the found story are the
    page's main frame whatever their classes say."""
    shown = "<time datetime='2024-03-14T10:15:00Z'>14 March 2024</time>"
    assert day(framed_page(cls, shown)) == "2024-03-14"
    assert day(framed_page(cls, "<span>14 March 2024</span>")) == "2024-03-14"


def test_story_column_without_stamp_takes_no_sidebar_day() -> None:
    assert day(framed_page("has-sidebar", "")) is None


MENU = "".join(f"<li><a href='/s{i}/'>Section {i}</a></li>" for i in range(6))


def bannered(story_head: str, cls: str = "td-header-template-wrap") -> str:
    """A header of plain containers (class *cls*) with today's date widget and the menu,
    then the story."""
    body = "".join(f"<p>{line}</p>" for line in LINES)
    return (
        "<html lang='en'><head><title>Council approves budget</title></head><body>"
        f"<div class='{cls}'><div class='tdb_header_date'><div class='head-date-txt'>Friday, "
        f"November 1, 2024</div></div><ul class='menu'>{MENU}</ul></div>"
        f"<div class='content'>{story_head}{body}</div></body></html>"
    )


H1 = "<h1>Council approves new budget for schools and roads</h1>"


@pytest.mark.parametrize("cls", ["td-header-template-wrap", "site-header", "header_wrapper"])
def test_date_widget_of_a_header_of_divs_gives_no_date(cls: str) -> None:
    """bench/redteam_dates.py ``banner``: the day a page is shown, neither ours nor
    htmldate's."""
    assert day(bannered(H1, cls)) is None


def test_story_stamp_below_a_header_date_widget_gives_the_day() -> None:
    assert day(bannered(f"{H1}<p>March 14, 2024</p>")) == "2024-03-14"
    head = f"<div class='article-header'><div class='post-date'>March 14, 2024</div>{H1}</div>"
    assert day(bannered(head)) == "2024-03-14"


@pytest.mark.parametrize(
    "after",
    [
        # a file's date in its link, an event box's day, a video's caption: not the page's
        "<p><a href='/files/report-2024.pdf'>Report (PDF, 12 March 2024)</a></p>",
        "<div class='downloads'><ul><li><a href='/m/r.docx?v=2'>Minutes, 12.03.2024</a></li>"
        "</ul></div>",
        "<div class='infobox'><p>When: 12 March 2024, 7pm</p></div>",
        "<div class='infobox'><p>Termin: 12.03.2024, 19 Uhr</p></div>",
        "<p><strong>Termin: 12.03.2024, 19 Uhr</strong></p>",
        "<div class='video-player'><div></div><div class='video-caption'>Video from "
        "12 March 2024</div></div>",
        "<div class='media'><video src='/v/clip.mp4'></video><p>Video vom 12.03.2024</p></div>",
    ],
)
def test_file_link_event_box_and_media_caption_dates_give_no_date(after: str) -> None:
    assert day(story(after=after)) is None
    # beside the page's own stamp, the stamp's day
    assert day(story(under="<p class='meta'>14 March 2024</p>", after=after)) == "2024-03-14"


@pytest.mark.parametrize(
    "after",
    [
        "<p>14 March 2024</p>",  # the story's closing date line
        "<p class='article_date'>Last change: 14.03.2024</p>",  # a date-classed stamp
        # a link to a page (no file), a post's text around an embedded clip
        "<p><a href='/archive/2024/03/14/'>14 March 2024</a></p>",
    ],
)
def test_closing_stamps_after_the_story_give_the_day(after: str) -> None:
    assert day(story(after=after)) == "2024-03-14"


def test_embedded_clip_in_the_story_box_keeps_the_stamp_beside_it() -> None:
    # the story's box holds a player and the stamp: no caption box (too long)
    html = story(under="<p>14 March 2024</p><iframe src='https://player.example/x'></iframe>")
    assert day(html) == "2024-03-14"


def test_a_post_meta_line_a_byline_opens_beside_a_widget_frame_gives_the_day() -> None:
    """bench/meta_bare.py ``opaque``: the post's meta line below the story, in a box with
    a social plugin's frame and nothing naming it (its class words unfamiliar): a byline's
    lead opens it, so it is the post's stamp, not a clip's caption."""
    box = (
        "<div class='jqxz'><div class='kzqj'>Von Christian am 03.05.2013, 11:51 | 0 Meinungen"
        " | <a href='/klima/'>Energie sparen</a></div><br>"
        "<iframe src='//social.example/likebox.php'></iframe></div>"
    )
    assert day(story(after=box)) == "2013-05-03"
    # Must not fire: a clip's own caption in the same box is still the clip's day.
    caption = box.replace("Von Christian am", "Video vom")
    assert day(story(after=caption)) is None


def test_shown_time_takes_the_zone_of_the_best_usable_moment() -> None:
    """A machine value the page cannot have (after the fetch) is no moment of the page:
    the next one implies the zone."""
    meta = Metadata(
        language="en",
        published=[
            Candidate("2025-03-14T08:05:00Z", "jsonld", 0.9),
            Candidate("12:43, 14 Mar 2024", "stamp", 0.4),
            Candidate("2024-03-14T11:43:00Z", "script", 0.3),
        ],
    )
    chosen = meta.usable_published(fetched_at=FETCHED_AT)
    assert chosen is not None
    assert page_normaliser("en").normalise(chosen.raw, FETCHED_AT).value == (
        "2024-03-14T12:43:00+01:00"
    )


def test_shown_time_takes_no_zone_from_a_weaker_moment_the_best_one_denies() -> None:
    """Must not fire: the page's best machine value (a script's, 08:05 UTC) is no whole
    number of hours from the shown '12:43'; a weaker one (a <time>'s, 09:43 UTC) whose
    minute happens to coincide is no witness of the stamp's zone against it."""
    meta = Metadata(
        language="en",
        published=[
            Candidate("12:43, 14 Mar 2024", "stamp", 0.4),
            Candidate("2024-03-14T08:05:00Z", "script", 0.3),
            Candidate("2024-03-14T09:43:00Z", "time", 0.2),
        ],
    )
    chosen = meta.usable_published(fetched_at=FETCHED_AT)
    assert chosen is not None
    assert page_normaliser("en").normalise(chosen.raw, FETCHED_AT).value == (
        "2024-03-14T12:43:00+00:00"
    )


#: A German story's paragraph, long enough for a body.
_RAT = (
    "Der Rat hat einen neuen Haushalt beschlossen, der deutlich mehr Geld für Schulen vorsieht. "
)


@pytest.mark.parametrize(
    ("meta", "raw"),
    [
        pytest.param(
            "<p><span>Stand: </span><span>28. April 2023, </span><span>05:00 Uhr</span></p>",
            "28. April 2023, 05:00 Uhr",
            id="cut-stamp-takes-its-line's-time",
        ),
        pytest.param(
            "<p><span>28. April 2023,</span> <span>Anna Schmidt</span></p>"
            "<p>Aktualisiert: 28. April 2023, 18:00 Uhr</p>",
            "28. April 2023,",
            id="another-line's-time-must-not",
        ),
        # (review s29) the update line in spans too: its own cut reading is no sign that
        # the publication's cut stamp is in its line
        pytest.param(
            "<p><span>28. April 2023,</span> <span>Anna Schmidt</span></p>"
            "<p><span>Aktualisiert: </span><span>28. April 2023, </span>"
            "<span>18:00 Uhr</span></p>",
            "28. April 2023,",
            id="another-line's-time-in-spans-must-not",
        ),
        pytest.param(
            "<p><span>Veröffentlicht: </span><span>28. April 2023, </span></p>"
            "<p><span>Aktualisiert: </span><span>28. April 2023, </span>"
            "<span>18:00 Uhr</span></p>",
            "28. April 2023,",
            id="a-labelled-publication's-day-must-not",
        ),
        pytest.param(
            "<p><span>28. April 2023, </span></p>"
            "<p><span>Aktualisiert: </span><span>28. April 2023, </span>"
            "<span>18:00 Uhr</span></p>",
            "28. April 2023,",
            id="a-day-in-a-paragraph-of-its-own-must-not",
        ),
    ],
)
def test_a_stamp_cut_at_its_comma_takes_the_time_its_line_goes_on_with(
    meta: str, raw: str
) -> None:
    """A stamp read cut at its comma in an element of its own ("<span>28. April 2023,
    </span><span>05:00 Uhr</span>" after "Stand:"), read again under the line's label,
    takes the time the whole line's reading shows. Must not fire: a day-only stamp cut at
    a comma beside an update line of its day elsewhere: the update's time stays its own."""
    body = (
        f"<main><article><h1>Titel der Geschichte im Rat</h1><div class='m1'>{meta}</div>"
        f"<p>{_RAT * 3}</p></article></main>"
    )
    html = f"<html lang='de'><head><title>Titel</title></head><body>{body}</body></html>"
    found = generic_article(selector(html).root, URL, fetched_at=FETCHED_AT)
    assert [d.raw for d in found.dates if d.field == "datePublished"] == [raw]
