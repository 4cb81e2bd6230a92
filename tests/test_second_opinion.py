"""The second opinion on a story's body (trafilatura's) where the block model is unsure:
asked only then, and taken only when the page's other signals back it, never for being
longer (``newscrawl.extraction.second``)."""

from __future__ import annotations

import json
import logging
import os
import random
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newscrawl.cli import main
from newscrawl.extraction import generic, second
from newscrawl.extraction.edges import is_quotation, text_header_end
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.page import SECOND_OPINION_BODY, article_records, body_second_opinion
from newscrawl.extraction.second import (
    Signals,
    may_prefer,
    prefer_second,
    second_body,
    unsure_reason,
)

from .conftest import ROOT
from .crawling import FAST, stats_of
from .server import serve

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "structures"
URL = "https://news.example.de/lokal/hallenbad-100.html"

STORY = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, das alte Hallenbad am Stadtpark bis "
    "zum Sommer zu sanieren, statt es abzureißen.",
    "Die Sanierung soll rund vier Millionen Euro kosten. Ein Neubau am Stadtrand wäre nach "
    "Berechnungen der Verwaltung fast doppelt so teuer gewesen.",
    "Schwimmvereine und Schulen hatten sich seit Monaten für den Erhalt des Bades eingesetzt.",
]
OTHER_HEAD = "Im Hafen der Nachbarstadt haben Taucher am Wochenende ein gesunkenes Fischerboot"


def page_of(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_next_story_below_the_story_gives_way_to_the_second_opinion() -> None:
    """Must fire: the block model takes the longer story loaded below the page's own (its
    body holds none of the headline's and description's words); trafilatura's body is the
    page's story, and the record says whose it is."""
    html = page_of("story-then-next-story.html")
    root = selector(html).root
    page = generic_article(root, URL)
    assert page.body.paragraphs == STORY  # the headline line trafilatura repeats left out
    assert page.body_source is not None and page.body_source.startswith("trafilatura")
    article, _ = article_records(page, root, url=URL, site="t", fetched_at=datetime.now(UTC))
    assert body_second_opinion(article)
    assert any(m.startswith(SECOND_OPINION_BODY) for m in article.metadata["validationMessages"])


def test_block_model_right_keeps_its_body_and_asks_no_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Must not fire: the same layout where the block model's story is the page's own (the
    one under the ``h1``; trafilatura would take the short story above it): its body is
    kept and trafilatura never runs."""

    def refuse(*_: object) -> list[str]:
        raise AssertionError("no second opinion on a body the page's signals back")

    monkeypatch.setattr(generic, "second_body", refuse)
    root = selector(page_of("story-after-other-story.html")).root
    page = generic_article(root, URL)
    assert page.body.paragraphs[0].startswith(OTHER_HEAD)
    assert page.body_source is None


def test_unsure_body_kept_when_the_second_opinion_is_backed_no_better(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Must not fire: the block model is unsure, but trafilatura's text agrees with the
    headline and description no better than ours: ours stays, unflagged."""
    monkeypatch.setattr(generic, "second_body", lambda *_: ["Impressum", "Kontakt und Anfahrt"])
    root = selector(page_of("story-then-next-story.html")).root
    page = generic_article(root, URL)
    assert OTHER_HEAD in page.body.body
    assert page.body_source is None


def test_second_opinion_that_fails_keeps_our_body_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """trafilatura raising on a page leaves the block model's body, unflagged, and one
    warning line without a traceback: the extraction goes on."""
    import trafilatura  # noqa: PLC0415 - the part made to fail

    def broken(*_: object, **__: object) -> None:
        raise ValueError("tree too deep")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    root = selector(page_of("story-then-next-story.html")).root
    with caplog.at_level(logging.WARNING, logger="newscrawl"):
        page = generic_article(root, URL)
    assert OTHER_HEAD in page.body.body
    assert page.body_source is None
    [warning] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert warning.getMessage() == (
        f"No second opinion on {URL}: trafilatura failed (ValueError: tree too deep)"
    )
    assert warning.exc_info is None


@pytest.mark.parametrize(("spans", "asked"), [(25_000, False), (2_000, True)])
def test_second_opinion_not_asked_of_a_page_of_too_many_elements(
    monkeypatch: pytest.MonkeyPatch, spans: int, asked: bool
) -> None:
    """trafilatura's work grows faster than a page of tens of thousands of elements
    (50,000 tiny paragraphs: seconds), so such a page gets no second opinion, and the
    block model's body stays; the same page of a few thousand is still asked."""
    import trafilatura  # noqa: PLC0415 - the part watched

    calls: list[object] = []
    real = trafilatura.bare_extraction

    def watched(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(trafilatura, "bare_extraction", watched)
    filler = "<footer>" + "<i></i>" * spans + "</footer></body>"
    html = page_of("story-then-next-story.html").replace("</body>", filler)
    assert second.MAX_SECOND_ELEMENTS < 25_000
    page = generic_article(selector(html).root, URL)
    assert bool(calls) is asked
    if asked:
        assert page.body.paragraphs == STORY
    else:
        assert OTHER_HEAD in page.body.body
        assert page.body_source is None


MODULES_URL = "https://news.example.de/sachsen/schlachthof-100.html"


def test_story_cut_into_named_modules_is_told_whole_by_the_block_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A story cut into three modules of one build by boxes of links, each module's text
    in an element named as a story's ("mod text"): the modules built alike beside the
    longest continue it (a story cut into sections), and trafilatura is not asked."""

    def refuse(*_: object) -> list[str]:
        raise AssertionError("the block model reads the named modules whole")

    monkeypatch.setattr(generic, "second_body", refuse)
    page = generic_article(selector(page_of("story-cut-into-modules.html")).root, MODULES_URL)
    assert page.body_source is None
    assert page.body.paragraphs[0].startswith("Nach achtzig Jahren schließt")
    assert page.body.paragraphs[-1].startswith("Die Innung der Fleischer")
    assert len(page.body.paragraphs) == 12
    assert not any("Mehr zum Thema" in p or "Zu Besuch" in p for p in page.body.paragraphs)


def test_story_cut_into_unnamed_modules_of_one_build_is_told_whole_by_the_block_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A story cut into three modules of one build by boxes of links, no module named as a
    story's text: the modules beside the longest built as it (tag, class) continue it
    whatever their class says, and trafilatura is not asked."""

    def refuse(*_: object) -> list[str]:
        raise AssertionError("the block model reads the modules of one build whole")

    monkeypatch.setattr(generic, "second_body", refuse)
    html = page_of("story-cut-into-modules.html").replace('class="mod text"', 'class="mod"')
    page = generic_article(selector(html).root, MODULES_URL)
    assert page.body_source is None
    assert page.body.paragraphs[0].startswith("Nach achtzig Jahren schließt")
    assert page.body.paragraphs[-1].startswith("Die Innung der Fleischer")
    assert len(page.body.paragraphs) == 12
    assert not any("Mehr zum Thema" in p or "Zu Besuch" in p for p in page.body.paragraphs)


def test_story_cut_into_modules_is_told_whole_by_the_second_opinion() -> None:
    """Must fire: a story cut into three modules by boxes of links, no module named as a
    story's text and each module's box classed its own way; the block model takes the
    longest module, the prose built like it outside says it is a part, and trafilatura's
    body (ours and the rest, telling more of the headline) is taken."""
    html = page_of("story-cut-into-modules.html").replace('class="mod text"', 'class="mod"')
    for own in ("first", "second", "third"):
        html = html.replace('<div class="con ">', f'<div class="con {own}">', 1)
    page = generic_article(selector(html).root, MODULES_URL)
    assert page.body_source is not None
    assert "prose built like the body's stands outside it" in page.body_source
    assert page.body.paragraphs[0].startswith("Nach achtzig Jahren schließt")
    assert page.body.paragraphs[-1].startswith("Die Innung der Fleischer")
    assert len(page.body.paragraphs) == 12
    assert not any("Mehr zum Thema" in p or "Zu Besuch" in p for p in page.body.paragraphs)


def test_story_beside_prose_built_otherwise_asks_no_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Must not fire: the same page where the prose outside the longest module is built
    otherwise (reader comments in their own class): the module is the story, and
    trafilatura never runs."""

    def refuse(*_: object) -> list[str]:
        raise AssertionError("no second opinion without prose built like the body's beside it")

    monkeypatch.setattr(generic, "second_body", refuse)
    html = page_of("story-cut-into-modules.html")
    first, rest = html.split('<div class="con teaser">', 1)
    last, tail = rest.rsplit('<div class="con teaser">', 1)
    first = first.replace('class="text"', 'class="comment-text"')
    tail = tail.replace('class="text"', 'class="comment-text"')
    root = selector(f'{first}<div class="con teaser">{last}<div class="con teaser">{tail}').root
    page = generic_article(root, MODULES_URL)
    assert page.body_source is None
    assert page.body.paragraphs[0].startswith("Früher arbeiteten")


HEADLINE = "Hallenbad am Stadtpark wird saniert"
DESCRIPTION = "Der Gemeinderat entscheidet sich gegen den Abriss des Hallenbads am Stadtpark."
FILLER = [
    f"Weitere Meldung Nummer {i}: Im Landkreis eröffnet am Wochenende ein neuer Markt mit "
    f"regionalen Händlern, Musik und Angeboten für Familien aus der Umgebung ({i})."
    for i in range(6)
]


#: The story told at length (a body of a few short paragraphs is unsure for that alone).
LONG_STORY = STORY * 4


def test_body_holding_the_headline_and_description_words_is_sure() -> None:
    signals = Signals(None, HEADLINE, DESCRIPTION)
    assert unsure_reason(LONG_STORY, signals, uncertain=False) is None
    assert unsure_reason(FILLER, signals, uncertain=False) is not None
    assert unsure_reason(LONG_STORY, signals, uncertain=True) == "no story container found"


def test_short_body_beside_more_prose_is_unsure() -> None:
    """Must fire: a body of a few short paragraphs on a page holding as much prose again
    outside it may be a part of the story (its intro, one entry of a list), whatever
    words it holds. Must not fire: a short story with little prose beside it (nothing
    another reading could add), or a long one."""
    signals = Signals(None, HEADLINE, DESCRIPTION)
    length = sum(map(len, STORY))
    reason = unsure_reason(STORY, signals, uncertain=False, outside=length)
    assert reason == "the body is short, the page holds more prose"
    assert unsure_reason(STORY, signals, uncertain=False, outside=length // 2) is None
    assert unsure_reason(LONG_STORY, signals, uncertain=False, outside=length * 8) is None


def test_prose_built_like_the_body_outside_it_makes_it_unsure() -> None:
    """Must fire: prose paragraphs built like the body's stand outside it, as long as half
    the body (the rest of a story cut into several containers). Must not fire: less of it
    (a teaser's description built like the story's paragraphs)."""
    signals = Signals(None, HEADLINE, DESCRIPTION)
    length = sum(map(len, LONG_STORY))
    reason = unsure_reason(LONG_STORY, signals, uncertain=False, beside=length)
    assert reason == "prose built like the body's stands outside it"
    assert unsure_reason(LONG_STORY, signals, uncertain=False, beside=length // 3) is None


def test_body_holding_little_of_the_stated_story_is_unsure() -> None:
    stated = " ".join(STORY + FILLER)
    signals = Signals(stated, None, None)
    assert unsure_reason(STORY[:1], signals, uncertain=False) is not None
    assert unsure_reason(STORY + FILLER, signals, uncertain=False) is None


def test_longer_second_opinion_never_wins_by_length() -> None:
    """Must not fire: trafilatura's body is ours and more (a box of other stories after
    it); nothing but its length speaks for it."""
    signals = Signals(None, HEADLINE, DESCRIPTION)
    assert prefer_second(STORY, STORY + FILLER, signals) is None
    # The same with a stated story that is ours: it does not hold the rest.
    signals = Signals(" ".join(STORY), HEADLINE, DESCRIPTION)
    assert prefer_second(STORY[:2], STORY + FILLER, signals) is None


def test_second_opinion_telling_ours_and_the_headlines_rest_wins() -> None:
    """Must fire: the block model credited a part of the story (no stated story on the
    page); trafilatura's body holds ours and twice as much again, and the rest tells more
    of what the headline and the description say. Must not fire: the rest says nothing of
    them (a box of other stories), or is not much more than ours."""
    signals = Signals(None, HEADLINE, DESCRIPTION)
    rest = [
        "Der Abriss des Hallenbads am Stadtpark war lange im Gespräch: Das Dach ist undicht, "
        "die Technik veraltet, und im Winter blieb das Bad zwei Monate geschlossen.",
        "Nach der Entscheidung des Gemeinderats soll die Sanierung des Hallenbads im Frühjahr "
        "beginnen; während der Arbeiten weichen die Schulen in das Bad der Nachbarstadt aus.",
        "Die Verwaltung rechnet damit, dass das sanierte Hallenbad am Stadtpark im Herbst "
        "wieder öffnet, mit neuer Lüftung, einem Lehrschwimmbecken und einer Sauna.",
        "Auch der Förderverein will sich beteiligen und sammelt Spenden für eine Rutsche im "
        "Hallenbad, die der Gemeinderat aus Kostengründen gestrichen hatte.",
    ]
    why = prefer_second(STORY[:1], STORY[:1] + rest, signals)
    assert why is not None and "more of its headline and description" in why
    assert prefer_second(STORY[:1], STORY[:1] + FILLER, signals) is None
    assert prefer_second(STORY[:1] + rest[:2], STORY[:1] + rest[:3], signals) is None


def test_second_opinion_holding_the_whole_stated_story_wins() -> None:
    """Must fire: the block model kept the story's first paragraph only; the stated story
    (JSON-LD ``articleBody``) and trafilatura both tell the whole of it."""
    stated = " ".join(STORY + FILLER)
    signals = Signals(stated, HEADLINE, DESCRIPTION)
    assert prefer_second(STORY[:1], STORY + FILLER, signals) is not None


def test_another_text_wins_only_with_the_signals_behind_it() -> None:
    signals = Signals(None, HEADLINE, DESCRIPTION)
    assert prefer_second(FILLER, STORY, signals) is not None  # it tells the headline's story
    assert prefer_second(STORY, FILLER, signals) is None  # ours does
    stated = Signals(" ".join(FILLER), None, None)
    assert prefer_second(STORY, FILLER, stated) is not None  # the stated story is theirs
    assert prefer_second(FILLER, STORY, stated) is None
    assert prefer_second(STORY, [], signals) is None


def test_extract_command_says_whose_body(tmp_path: Path) -> None:
    """``newscrawl extract`` exports the second opinion's body with its message."""
    out = tmp_path / "out"
    page = PAGES / "story-then-next-story.html"
    assert main(["extract", "--site", "generic", "--url", URL, "--out", str(out), str(page)]) == 0
    [line] = (out / "articles.jsonl").read_text("utf-8").splitlines()
    article = json.loads(line)
    assert article["articleBody"].split("\n\n") == STORY
    [message] = article["metadata"]["validationMessages"]
    assert message.startswith(f"{SECOND_OPINION_BODY}: trafilatura (")


def test_second_opinion_that_finds_nothing_leaves_no_warning_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    root = selector("<html><body><nav><a href='/'>Home</a></nav></body></html>").root
    with caplog.at_level(logging.DEBUG):
        assert second_body(root, URL) == []
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_crawl_counts_second_opinion_bodies(tmp_path: Path) -> None:
    """A crawl exports the second opinion's body and counts it in its stats
    (``newscrawl/articles/body_second_opinion``), where a dashboard sees a site whose
    stories the block model stopped finding."""
    page = PAGES / "story-then-next-story.html"
    empty = (b"<html><body></body></html>", "text/html; charset=utf-8")
    links = re.findall(r'href="(/[^"]*)"', page.read_text("utf-8"))
    routes: dict[str, Path | tuple[bytes, str]] = dict.fromkeys(links, empty)
    routes["/lokal/hallenbad-100.html"] = page
    out = tmp_path / "out"
    with serve(routes) as base:
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "generic", "-a",
             f"start={base}/lokal/hallenbad-100.html", "-s", f"NEWSCRAWL_OUTPUT_DIR={out}",
             "-s", "DEPTH_LIMIT=1", *FAST],
            cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
            env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
        )  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr[-4000:]
    stats = stats_of(proc.stderr)
    assert stats["newscrawl/articles/body_second_opinion"] == 1, stats
    assert "Body from the second opinion (trafilatura)" in proc.stderr
    (export,) = (out / "127.0.0.1").glob("articles-*.jsonl")
    [article] = [json.loads(line) for line in export.read_text("utf-8").splitlines()]
    assert article["articleBody"].split("\n\n") == STORY


def test_layout_table_read_whole_never_wins() -> None:
    """Must not fire: on an old-school page trafilatura reads the layout table whole,
    one row (``| menu | story | other stories |``) holding our body and the columns
    beside it, telling more of the headline's words; it is the page's chrome with the
    story, not more of it. Must fire still: the same rest in lines of its own, and a
    table row beside our body that does not hold it (a table in the story)."""
    signals = Signals(None, HEADLINE, DESCRIPTION)
    rest = [
        "Der Abriss des Hallenbads am Stadtpark war lange im Gespräch: Das Dach ist undicht, "
        "die Technik veraltet, und im Winter blieb das Bad zwei Monate geschlossen.",
        "Nach der Entscheidung des Gemeinderats soll die Sanierung des Hallenbads im Frühjahr "
        "beginnen; während der Arbeiten weichen die Schulen in das Bad der Nachbarstadt aus.",
        "Die Verwaltung rechnet damit, dass das sanierte Hallenbad am Stadtpark im Herbst "
        "wieder öffnet, mit neuer Lüftung, einem Lehrschwimmbecken und einer Sauna.",
        "Auch der Förderverein will sich beteiligen und sammelt Spenden für eine Rutsche im "
        "Hallenbad, die der Gemeinderat aus Kostengründen gestrichen hatte.",
    ]
    row = f"| Startseite Lokales Sport | {' '.join(STORY[:1] + rest)} | {' '.join(FILLER)} |"
    assert prefer_second(STORY[:1], [row], signals) is None
    assert prefer_second(STORY[:1], STORY[:1] + rest, signals) is not None
    table = "| Hallenbad | 4 Mio. Euro | Sommer |"
    assert prefer_second(STORY[:1], [*STORY[:1], *rest, table], signals) is not None


def test_second_opinions_header_lines_are_not_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's text opening with the article's header (a kicker glued to the
    headline, a byline, a dateline: short lines, no sentence) before the story's first
    line of prose: the taken body starts with the story."""
    header = ["Lokales Hallenbad wird saniert", "Von Anna Berger", "STADTHAUSEN"]
    real = generic.second_body

    def with_header(root: object, url: str) -> list[str]:
        return [*header, *real(root, url)]  # type: ignore[arg-type]

    monkeypatch.setattr(generic, "second_body", with_header)
    page = generic_article(selector(page_of("story-then-next-story.html")).root, URL)
    assert page.body_source is not None and page.body_source.startswith("trafilatura")
    assert page.body.paragraphs == STORY


def test_text_header_end_reads_only_short_lines_before_the_prose() -> None:
    """Must not fire: a line before the first prose line that is a sentence, a list's
    item or long keeps them all, and so does a text of one prose line; the prose line
    itself stays, whatever the description says."""
    header = ["Lokales Hallenbad wird saniert", "Von Anna Berger"]
    assert text_header_end([*header, *STORY]) == 2
    assert text_header_end(STORY) == 0
    assert text_header_end([*header, "Das Bad bleibt offen.", *STORY]) == 0
    assert text_header_end([*header, "- Kosten: vier Millionen Euro", *STORY]) == 0
    assert text_header_end([*header, "Lokales " * 20, *STORY]) == 0
    assert text_header_end([*header, STORY[0]]) == 0
    assert text_header_end([]) == 0


QUOTES = ["„Wir haben es geschafft“", '"We did it."', "«On a gagné»", "»Endlich«", "„Geschafft.“"]


@pytest.mark.parametrize("quote", QUOTES)
def test_text_header_end_keeps_a_story_opening_on_a_quotation(quote: str) -> None:
    """A story opening on a short quote standing on its line: the quotation is the
    story's, not a header line; the header lines before it go, the quote and all after
    it stay."""
    header = ["Lokales Hallenbad wird saniert", "Von Anna Berger"]
    assert is_quotation(quote)
    assert text_header_end([quote, *STORY]) == 0
    assert text_header_end([*header, quote, *STORY]) == 2
    assert text_header_end([*header, quote, "STADTHAUSEN", *STORY]) == 2


def test_text_header_end_reads_a_kicker_opening_on_a_quote_as_header() -> None:
    """Must not fire: a kicker that only opens with a quote (the quote, then what the
    story is about), a lone quote mark and a line closing on a quote it did not open are
    header lines still."""
    kicker = "„Wir haben es geschafft“: Bürgermeister jubelt"
    for line in (kicker, '"', "Von Anna Berger »dpa«"):
        assert not is_quotation(line)
    assert text_header_end([kicker, "Von Anna Berger", *STORY]) == 2


DECK = (
    "Der Gemeinderat entscheidet sich gegen den Abriss: Das Hallenbad am Stadtpark wird bis "
    "zum Sommer saniert."
)


@pytest.mark.parametrize(("tag", "kept"), [("h2", False), ("p", True)])
def test_second_opinions_deck_is_not_body(
    monkeypatch: pytest.MonkeyPatch, tag: str, kept: bool
) -> None:
    """trafilatura's first line the whole text of a heading under the headline (an ``h2``
    deck) saying the page's description: the article's deck, not body. Must not fire:
    the same line set as a paragraph (a lead the description merely doubles) stays."""
    html = page_of("story-then-next-story.html").replace(
        "saniert</h1>", f"saniert</h1><{tag} class='subtitle'>{DECK}</{tag}>", 1
    )
    real = generic.second_body

    def with_deck(root: object, url: str) -> list[str]:
        return [DECK, *(line for line in real(root, url) if line != DECK)]  # type: ignore[arg-type]

    monkeypatch.setattr(generic, "second_body", with_deck)
    page = generic_article(selector(html).root, URL)
    assert page.body_source is not None and page.body_source.startswith("trafilatura")
    assert page.body.paragraphs == ([DECK, *STORY] if kept else STORY)


def test_second_opinion_not_asked_where_none_could_win() -> None:
    """Must fire (trafilatura not asked): no stated story, and our body holds so many of
    the headline's and the description's long words that no other body can hold
    ``WORDS_MORE`` more of them. Must not fire (asked): a stated story (it may back
    theirs), a body holding fewer of the words, a page with a headline only and a body
    holding part of it."""
    signals = Signals(None, HEADLINE, DESCRIPTION)
    whole = [HEADLINE, DESCRIPTION, *STORY]
    assert not may_prefer(whole, signals)
    assert not may_prefer(STORY, Signals(None, None, None))  # no words to hold more of
    assert may_prefer(whole, Signals(" ".join(STORY), HEADLINE, DESCRIPTION))
    assert may_prefer(FILLER, signals)
    assert may_prefer(STORY[:1], signals)
    assert may_prefer(["Hallenbad am Stadtrand"], Signals(None, HEADLINE, None))


def test_second_opinion_skipped_only_where_it_could_not_win() -> None:
    """Equivalence: wherever :func:`may_prefer` says no, :func:`prefer_second` gives no
    reason for any other body, built from every mix of the headline's, the description's,
    the story's and other words around ours (the other body's best chances: ours and more,
    the signals' words all in it)."""
    rng = random.Random(7)
    head_words = HEADLINE.split()
    desc_words = DESCRIPTION.split()
    story_words = " ".join(STORY).split()
    other_words = " ".join(FILLER).split()
    pools = [head_words, desc_words, story_words, other_words]
    skipped = 0
    for _ in range(400):
        ours = [
            " ".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(4, 30)))
            for _ in range(rng.randint(1, 4))
        ]
        headline = rng.choice([HEADLINE, None, " ".join(rng.sample(story_words, 5))])
        description = rng.choice([DESCRIPTION, None, " ".join(rng.sample(other_words, 6))])
        signals = Signals(None, headline, description)
        if may_prefer(ours, signals):
            continue
        skipped += 1
        extra = [HEADLINE, DESCRIPTION, headline or "", description or "", *STORY, *FILLER]
        for theirs in (
            ours + extra,
            extra,
            [*ours, *ours, *ours, *extra],
            [" ".join(rng.choice(rng.choice(pools)) for _ in range(60))],
        ):
            assert prefer_second(ours, theirs, signals) is None
    assert skipped > 20  # the property was tested on many skipped bodies
