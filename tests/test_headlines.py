"""The headline choice among its statements (newscrawl.extraction.headlines): where the
JSON-LD headline and og:title disagree, the page's displayed heading decides."""

from __future__ import annotations

from newscrawl.extraction.headlines import (
    TITLE_MAX_SEGMENTS,
    choose_headline,
    shared_core,
    shown_source,
    title_headline,
    visible,
    without_title_suffix,
)

SEO = "Council budget 2025: what changes for roads and schools"
SOCIAL = "Four hours of debate, then the council passes its budget"


def test_the_first_heading_that_states_a_source_names_it() -> None:
    shown = ["Most read", SOCIAL, SEO]
    assert shown_source([SEO, SOCIAL], shown) == SOCIAL


def test_a_kicker_glued_before_the_heading_still_names_the_source() -> None:
    assert shown_source([SEO, SOCIAL], [f"Town hall – {SOCIAL}"]) == SOCIAL


def test_soft_hyphens_and_case_do_not_hide_a_match() -> None:
    shown = ["four hours of de\u00adbate, then the council passes its BUDGET"]
    assert shown_source([SEO, SOCIAL], shown) == SOCIAL


def test_agreeing_sources_or_an_ambiguous_heading_name_none() -> None:
    assert shown_source([SEO, SEO.upper()], [SEO]) is None
    # One source is the other's end: a heading stating the longer one ends with both.
    assert (
        shown_source(
            ["Germany beats France", "Olympics: Germany beats France"],
            ["Olympics: Germany beats France"],
        )
        is None
    )
    assert shown_source([SEO, SOCIAL], ["Budget passed"]) is None


def test_choose_headline_asks_the_display_only_when_the_leading_sources_disagree() -> None:
    assert choose_headline(SEO, SOCIAL, None, SEO, [SOCIAL]) == SOCIAL
    assert choose_headline(SEO, SOCIAL, None, None, []) == SEO
    # JSON-LD and og:title agree: twitter:title's wording loses even where it is displayed.
    assert choose_headline(SEO, SEO, SOCIAL, None, [SOCIAL]) == SEO
    # Without JSON-LD the leading pair is og:title and twitter:title.
    assert choose_headline(None, SEO, SOCIAL, None, [SOCIAL]) == SOCIAL


def test_the_chosen_source_still_loses_a_kicker_another_states_without() -> None:
    kicked = f"Town hall: {SOCIAL}"
    assert choose_headline(kicked, SEO, SOCIAL, None, [f"Town hall {SOCIAL}"]) == SOCIAL


def test_the_part_two_statements_share_is_the_headline_whatever_mark_sets_it_off() -> None:
    """A kicker or a subtitle set off by a mark no separator list names ("»", "-" glued
    on): the other statement's words open or close the chosen one at the mark."""
    core = "Council passes the budget"
    assert shared_core(f"{core} » Four hours of debate", [SEO, core]) == core
    assert shared_core(f"Town hall ›› {core}", [core]) == core
    assert shared_core(f"{core}-Politics|Example News", [core]) == core


def test_a_shared_part_without_a_mark_or_cut_short_is_no_core() -> None:
    """Must not fire: words running on without a mark make another headline, and a
    statement ending in an ellipsis is a truncation, not a shorter headline."""
    assert shared_core("Trump wins Iowa caucus", ["Trump wins"]) == "Trump wins Iowa caucus"
    long = "Council passes the budget » Four hours of debate"
    assert shared_core(long, ["Council passes the budget …"]) == long
    assert shared_core(long, ["Council passes the budget..."]) == long
    assert shared_core(long, [long, ""]) == long
    assert shared_core("Brexit: what happens next", ["Brexit"]) == "Brexit: what happens next"


def test_a_slug_that_spells_the_addition_keeps_the_headline_whole() -> None:
    """Must not fire: the URL's slug states the words the shorter statement leaves out (a
    social title cut to the headline's first sentence)."""
    long = "Why is the harbour closed? Because the quay is broken"
    short = "Why is the harbour closed?"
    url = "https://news.example/2025/why-is-the-harbour-closed-because-the-quay-is-broken/"
    assert shared_core(long, [short], url) == long
    assert shared_core(long, [short], "https://news.example/2025/harbour-closed/") == short


def test_a_headline_stated_twice_loses_to_a_shorter_h1_only_its_site_name() -> None:
    """JSON-LD and og:title state one text word for word: the shorter ``<h1>`` does not
    cut its subtitle. Must not fire: a site name (of ``site_names`` or the host) still goes."""
    whole = "Council passes the budget - four hours of debate end in a vote"
    h1 = "Council passes the budget"
    url = "https://www.harbourtimes.example/2025/budget/"
    assert choose_headline(whole, whole, None, h1, url=url) == whole
    assert choose_headline(whole, "Budget passed", None, h1, url=url) == h1  # not twice
    named = f"{h1} - Harbour Times"
    assert choose_headline(named, named, None, h1, site_names=["Harbour Times"]) == h1
    hosted = f"{h1} - Harbourtimes.example"
    assert choose_headline(hosted, hosted, None, h1, url=url) == h1
    sectioned = f"{h1} | Politics"
    assert choose_headline(sectioned, sectioned, None, h1, site_names=["Politics"]) == h1


def test_a_title_of_many_segments_is_kept_whole() -> None:
    """A ``<title>`` of more segments than a headline and a site name have (a list of
    keywords) is not cut: each cut would cost the whole title."""
    url = "https://www.club.example/news/items/warm-days.html"
    title = " - ".join(["Warm days"] + [f"Club {i}" for i in range(TITLE_MAX_SEGMENTS)])
    assert title_headline(title, url, []) == title
    short = " - ".join(["Warm days"] + [f"Club {i}" for i in range(TITLE_MAX_SEGMENTS - 2)])
    assert title_headline(short, url, []) == "Warm days"  # must not fire: the slug's cut


def test_a_title_that_is_only_the_site_name_gives_no_headline() -> None:
    """The ``<title>`` states only what ``og:site_name`` states, on a host that does not
    spell it: no headline rather than the site's name. Must not fire: a headline before
    the site name."""
    url = "https://www.hbt.example/news/2024/03/05/bridge"
    assert title_headline("Harbour Times", url, ["Harbour Times"]) is None
    assert title_headline("Bridge reopens | Harbour Times", url, ["Harbour Times"]) == (
        "Bridge reopens"
    )


def test_a_title_of_many_segments_keeps_its_suffix() -> None:
    """Only a title of a few segments is cut before the site names it appends. Must not
    fire: the same headline before two segments."""
    many = " | ".join(["Budget passed"] + [f"Section {i}" for i in range(TITLE_MAX_SEGMENTS)])
    assert without_title_suffix(many, "Budget passed") == many
    assert without_title_suffix("Budget passed | Politics | News", "Budget passed") == (
        "Budget passed"
    )


def test_visible_drops_what_no_reader_sees_and_keeps_what_they_do() -> None:
    shown = visible("Helikopter\u00adlandeplatz\u00a0geplant\u200b ")
    assert shown == "Helikopterlandeplatz geplant"
    assert visible("Ballsaal-Projekt – “stockt”") == "Ballsaal-Projekt – “stockt”"
    assert visible("\u00ad\u200b") is None
    assert visible(None) is None
    # Zero-width (non-)joiners shape Persian and Indic letters and emoji: they are seen.
    assert (
        visible("\u0645\u06cc\u200c\u0631\u0648\u062f") == "\u0645\u06cc\u200c\u0631\u0648\u062f"
    )
    assert visible("\u0915\u094d\u200d\u0937") == "\u0915\u094d\u200d\u0937"


def test_a_site_name_before_the_headline_is_cut_at_its_mark() -> None:
    """A blog engine's item title names the blog first ("Garden notes: Leeks in frost"):
    the leading site name goes with its mark. Must not fire: a headline that merely
    starts with the name's words, no mark after them; a title of the name alone gives
    none, as before."""
    url = "https://gardennotes.example/2024/03/leeks.html"
    names = ["Allotment diary"]
    assert title_headline("Allotment diary: Leeks in frost", url, names) == "Leeks in frost"
    assert title_headline("Allotment diary | Leeks in frost", url, names) == "Leeks in frost"
    assert title_headline("Allotment diary entries we loved", url, names) == (
        "Allotment diary entries we loved"
    )
    assert title_headline("Allotment diary:", url, names) is None  # the name alone
