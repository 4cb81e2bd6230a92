"""The headline choice among its statements (newscrawl.extraction.headlines): where the
JSON-LD headline and og:title disagree, the page's displayed heading decides."""

from __future__ import annotations

import json

import pytest
from lxml.html import HtmlElement

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.headlines import (
    TITLE_MAX_SEGMENTS,
    _host_parts,
    _host_words,
    choose_headline,
    cut_short,
    names_site,
    names_site_wholly,
    shared_core,
    shown_source,
    slug_states,
    spells_host,
    title_headline,
    unescaped,
    visible,
    without_site_prefix,
    without_site_suffix,
    without_title_suffix,
)
from newscrawl.extraction.html import selector
from newscrawl.extraction.meta_page import cut_at_quote
from newscrawl.extraction.stamp_names import heading_text

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


def test_a_suffix_every_statement_carries_goes_when_it_names_the_site() -> None:
    """JSON-LD and og:title both append the site's name and no ``<h1>`` shows where the
    headline ends: a last segment that is the site's name (``site_names``, the host's
    name) set off by a mark goes, spaced or glued on, section and all."""
    core = "Council passes the budget"
    url = "https://www.harbourtimes.example/2025/budget/"
    for mark in (" | ", " - ", " – ", " — ", " · ", " :: ", "|", "｜", "ㅣ", "："):
        named = f"{core}{mark}Harbour Times"
        assert choose_headline(named, named, None, None, site_names=["Harbour Times"]) == core
    sectioned = f"{core} | Politics | Harbour Times"
    assert without_site_suffix(sectioned, ["Harbour Times", "Politics"], url) == core
    assert without_site_suffix(f"{core} - Harbourtimes.example", [], url) == core
    assert without_site_suffix(f"{core}-정치ㅣ한국일보", ["한국일보", "정치"], url) == (
        f"{core}-정치"  # a hyphen glued on joins words: the section stays
    )
    assert without_site_suffix("港の橋が再開へ：東京新聞デジタル", ["東京新聞デジタル"], url) == (
        "港の橋が再開へ"
    )


def test_a_suffix_that_names_no_site_or_stands_in_the_display_stays() -> None:
    """Must not fire: a segment that is not the site's name ("what you need to know", a
    name the segment only holds, the host's zone alone), a name without a mark, a cut
    leaving a lone word, and a headline the ``<h1>`` shows whole, site's name and all."""
    url = "https://www.harbourtimes.example/2025/budget/"
    names = ["Harbour Times"]
    for kept in (
        "Covid - what you need to know",
        "Budget passed | Harbour Times readers react",
        "Why I left Harbour Times",
        "Interview | Harbour Times",
        "Budget passed - Example",  # the host's zone names no site
        "Prices rise 1990–2000",
    ):
        assert without_site_suffix(kept, names, url) == kept
    shown = "Ten years of Harbour Times | Harbour Times"
    assert choose_headline(shown, shown, None, shown, site_names=names, url=url) == shown


def test_a_shorter_h1_cuts_a_site_name_glued_on_with_any_mark() -> None:
    """No separator list holds "-…ㅣ" or "_": the ``<h1>`` opening the statements with a
    mark at the seam shows where the headline ends, when what follows names the site."""
    h1 = "Council passes the budget"
    url = "https://www.harbourtimes.example/2025/budget/"
    for glued in ("-Politicsㅣ한국일보", "_한국일보", "-Politics|한국일보"):
        stated = f"{h1}{glued}"
        assert choose_headline(None, stated, stated, h1, site_names=["한국일보"], url=url) == h1
    hosted = f"{h1}-Harbourtimes.example"
    assert choose_headline(hosted, hosted, None, h1, url=url) == h1


def test_a_shorter_h1_keeps_a_glued_clause_or_stands_for_the_site() -> None:
    """Must not fire: a clause glued on that names no site stays where JSON-LD and
    og:title state it word for word, and an ``<h1>`` that is
    the site's name (a logo) closing the statements does not become the headline even
    where the section's name is words of the headline ("Open thread")."""
    h1 = "Council passes the budget"
    url = "https://blog.harbour.example/2025/budget/"
    clause = f"{h1}-four hours of debate end in a vote"
    assert choose_headline(clause, clause, None, h1, site_names=["Harbour"], url=url) == clause
    # (og:title alone: the <h1> shows where it ends, as it does before a spaced separator)
    assert choose_headline(None, clause, None, h1, site_names=["Harbour"], url=url) == h1
    named = "September open thread - The Harbour Blog"
    names = ["The Harbour Blog", "Open thread"]
    assert (
        choose_headline(None, named, None, "The Harbour Blog", site_names=names, url=url)
        == "September open thread"
    )


def test_a_site_name_before_every_statement_goes() -> None:
    """Every statement opens with the site's name set off by a mark ("Harbour Times |
    Budget passed", "Harbourtimes.example – …", "한국일보ㅣ…"): it goes, whether an ``<h1>``
    shows the headline or nothing does."""
    core = "Council passes the budget"
    url = "https://www.harbourtimes.example/2025/budget/"
    names = ["Harbour Times"]
    for mark in (" | ", " - ", " – ", " :: ", "｜", " » "):
        named = f"Harbour Times{mark}{core}"
        assert choose_headline(named, named, None, None, site_names=names, url=url) == core
        assert choose_headline(None, named, named, core, site_names=names, url=url) == core
    assert without_site_prefix(f"Harbourtimes.example – {core}", [], url) == core
    assert without_site_prefix(f"한국일보ㅣ{core}", ["한국일보"], url) == core


def test_a_leading_segment_that_is_more_than_the_site_name_stays() -> None:
    """Must not fire: more words than the name, a colon (a kicker: the site as the
    story's subject), a lone word after the name, and the whole shown in the ``<h1>``."""
    url = "https://www.harbourtimes.example/2025/budget/"
    names = ["Harbour Times"]
    for kept in (
        "Harbour Times readers | what you told us",
        "Harbour Times: 150 years of local news",
        "Harbour Times | Sport",
    ):
        assert without_site_prefix(kept, names, url) == kept
    shown = "Harbour Times | Council passes the budget"
    assert choose_headline(shown, shown, None, shown, site_names=names, url=url) == shown


def test_a_statement_cut_short_loses_to_the_one_it_opens() -> None:
    """JSON-LD's headline truncated to a length limit ("…", "...", inside a word), og:title
    whole, no heading showing either: the whole statement is the headline."""
    whole = "Council passes the budget after four hours of debate in the town hall"
    for cut in (
        "Council passes the budget after four hours of…",
        "Council passes the budget after four hours of ...",
        "Council passes the budget after four ho...",
    ):
        assert cut_short(cut, whole)
        assert choose_headline(cut, whole, None, None, []) == whole
        assert choose_headline(whole, cut, cut, None, []) == whole


def test_an_ellipsis_that_ends_a_headline_is_no_cut() -> None:
    """Must not fire: a statement no other goes on from, one without an ellipsis (no
    sign of a cut), and the one ending in "…" that the ``<h1>`` shows."""
    whole = "Council passes the budget after four hours of debate in the town hall"
    teaser = "Wait for it…"
    assert not cut_short(teaser, whole)
    assert not cut_short("Council passes the budget after four hours", whole)
    longer = "Wait for it… the council passes the budget"
    assert choose_headline(teaser, longer, None, teaser, [teaser]) == teaser
    assert choose_headline(teaser, teaser, None, None, []) == teaser


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


def test_a_site_name_quoted_in_guillemets_is_no_suffix_or_prefix() -> None:
    """Must not fire: "»" opens a German quote (»Harbour Times«) and closes a French or
    Swiss one («Harbour Times»): a headline quoting the site's name at its end or start
    keeps it; a spaced "»" (a breadcrumb) still sets the site's name off."""
    url = "https://www.harbourtimes.example/2025/budget/"
    names = ["Harbour Times"]
    for kept in (
        "Council criticises the »Harbour Times«",
        "»Harbour Times« wins the press award",
        "«Harbour Times» celebrates 150 years",
        "The council thanks «Harbour Times»",
    ):
        assert choose_headline(kept, kept, None, None, site_names=names, url=url) == kept
    named = "Council passes the budget » Harbour Times"
    assert without_site_suffix(named, names, url) == "Council passes the budget"


def test_a_title_opening_with_a_compound_of_the_site_name_keeps_it() -> None:
    """Must not fire: a hyphen or slash glued on after the site's name joins a word
    ("Harbour-Times-Affäre", "Time-lapse"), it sets off no name: only a mark a space
    follows does ("Allotment diary: Leeks", "Allotment diary - Leeks")."""
    url = "https://gardennotes.example/2024/03/leeks.html"
    assert title_headline("Spiegel-Affäre: Wie alles begann", url, ["Spiegel"]) == (
        "Spiegel-Affäre: Wie alles begann"
    )
    assert title_headline("Time-lapse video shows the storm", url, ["Time"]) == (
        "Time-lapse video shows the storm"
    )
    assert title_headline("Allotment diary - Leeks in frost", url, ["Allotment diary"]) == (
        "Leeks in frost"
    )


def test_a_title_loses_the_site_name_any_mark_sets_off_before_or_after() -> None:
    """A page that states its headline only in its ``<title>``: the site's name goes
    whatever mark sets it off, glued on ("｜", "_", "ㅣ", "：") or before the headline.
    Must not fire: another clause after such a mark, more words than the name before it."""
    url = "https://www.hbt.example/news/2024/03/05/story-1234"
    names = ["Harbour Times"]
    core = "Bridge reopens after two years"
    for title in (f"{core}｜Harbour Times", f"{core}_Harbour Times", f"Harbour Times | {core}"):
        assert title_headline(title, url, names) == core
    for kept in (f"{core}｜Traffic returns", f"Harbour Times readers | {core}"):
        assert title_headline(kept, url, names) == kept


def test_a_run_of_site_names_is_cut_a_few_segments_at_most() -> None:
    """Each cut reads the text again: a crafted run of many segments naming the site loses
    at most :data:`TITLE_MAX_SEGMENTS` of them."""
    url = "https://www.harbourtimes.example/2025/budget/"
    names = ["Harbour Times"]
    assert without_site_suffix("Budget passed" + " | Harbour Times" * 3, names, url) == (
        "Budget passed"
    )
    many = "Budget passed" + " | Harbour Times" * (TITLE_MAX_SEGMENTS + 5)
    assert without_site_suffix(many, names, url).count("Harbour Times") == 5


def test_a_logo_h1_opening_the_statement_is_not_its_headline() -> None:
    """Must not fire: an ``<h1>`` that is the site's name (a logo not linking home) opens
    ``og:title`` ("Harbour Times: Budget passed …"); it shows no end of the headline, so
    the headline is not cut down to the site's name. A leading site name after a
    separator goes as every statement's prefix does; before a colon it stays."""
    url = "https://www.harbourtimes.example/2025/budget/"
    names = ["Harbour Times"]
    core = "Budget passed after long debate"
    colon = f"Harbour Times: {core}"
    assert choose_headline(None, colon, None, "Harbour Times", site_names=names, url=url) == colon
    for mark in (" | ", " — "):
        named = f"Harbour Times{mark}{core}"
        assert choose_headline(None, named, None, "Harbour Times", site_names=names, url=url) == (
            core
        )


def test_a_shorter_h1_cuts_only_what_is_glued_on() -> None:
    """Must not fire: an ``<h1>`` opening ``og:title`` before a spaced mark (a kicker or
    a section's heading as the ``<h1>``: "Local Politics: Budget passed …") shows no
    addition glued on: the statement stays whole, as before a separator no list holds.
    Glued on ("Headline_keyword", "Headline-clause") the addition goes."""
    url = "https://www.harbourtimes.example/2025/budget/"
    for stated in (
        "Local Politics: Budget passed after long debate",
        "Local Politics, where the budget passed after long debate",
    ):
        assert choose_headline(None, stated, None, "Local Politics", url=url) == stated
    for glued in ("Local Politics_budget_council", "Local Politics|Harbour weekly news"):
        assert choose_headline(None, glued, None, "Local Politics", url=url) == "Local Politics"


def test_a_site_name_before_a_fullwidth_colon_stays() -> None:
    """Must not fire: a fullwidth colon is a colon: "東京新聞：創刊150年の歩み" is a kicker
    naming the site as the story's subject, as "Harbour Times: 150 years" is."""
    url = "https://www.tokyo-np.example/article/1"
    kept = "港湾新聞：創刊150年の歩みを振り返る"
    assert without_site_prefix(kept, ["港湾新聞"], url) == kept
    assert choose_headline(kept, kept, None, None, site_names=["港湾新聞"], url=url) == kept


def test_a_kicker_in_its_own_element_glued_on_still_names_the_source() -> None:
    # <h1><span>Town hall</span><span>Four hours …</span></h1>: no space in the text.
    assert shown_source([SEO, SOCIAL], [f"Town hall{SOCIAL}"]) == SOCIAL
    assert choose_headline(SEO, SOCIAL, None, f"Town hall{SOCIAL}", [f"Town hall{SOCIAL}"]) == (
        SOCIAL
    )


def test_a_glued_heading_stating_both_sources_names_none() -> None:
    kicked = f"Town hall / {SEO}"
    # "Town hallCouncil budget …" ends with both statements: it tells them apart by nothing.
    assert shown_source([SEO, kicked], [f"Town hall{SEO}"]) is None
    # A heading stating neither names none: the JSON-LD headline stays.
    assert shown_source([SEO, SOCIAL], ["Roads and schools: the council's new plan"]) is None
    assert choose_headline(SEO, SOCIAL, None, "Roads and schools: the council's new plan") == SEO


def test_the_host_is_read_into_words_once_for_every_site_name_test() -> None:
    """``_host_parts`` reads the host for all three tests: the words that can name the
    site (not the zone, not "www"), and every word (a title may spell the host whole).
    ``names_site`` asks for any shared word of three letters or more; ``names_site_wholly``
    for a segment all of host words, short ones too ("BZ" on bz-berlin.de)."""
    url = "https://www.bz-berlin.de:8443/a"
    assert _host_parts(url) == ({"bz", "berlin"}, {"www", "bz", "berlin", "de"})
    assert _host_words(url) == {"berlin"}
    assert names_site("Berlin", [], url) and not names_site("BZ", [], url)
    assert names_site_wholly("BZ", [], url) and names_site_wholly("www.bz-berlin.de", [], url)
    assert not names_site_wholly("de", [], url)  # the zone alone names no site
    assert not names_site_wholly("BZ Sport", [], url)
    assert title_headline("www.bz-berlin.de", url, []) is None  # the title is the host
    # a closing root dot is no label; a malformed address has no words and raises nothing
    assert _host_parts("https://golem.de./a") == ({"golem"}, {"golem", "de"})
    assert _host_parts("http://[::1") == (frozenset(), frozenset())
    assert not names_site_wholly("Golem", [], "http://[::1")
    # nor does a headline chosen or a slug read on such a page
    assert not slug_states("Budget passed", "http://[::1")
    assert (
        choose_headline(
            "Budget passed", "Budget passed", None, None, site_names=[], url="http://[::1"
        )
        == "Budget passed"
    )


def _story_page(crumbs_attributes: str) -> tuple[str, bytes]:
    """A story whose JSON-LD headline (SEO) and og:title (SOCIAL) disagree: an ``<h1>``
    echoing SEO in a wrapper carrying *crumbs_attributes* above the displayed ``<h2>``."""
    ld = json.dumps({"@type": "NewsArticle", "headline": SEO})
    doc = (
        f"<html><head><meta property='og:title' content='{SOCIAL}'>"
        f"<script type='application/ld+json'>{ld}</script></head><body>"
        f"<div {crumbs_attributes}><div class='grid text-10 font-bold'><h1>{SEO}</h1></div></div>"
        f"<main><article><h2 class='text-28'>{SOCIAL}</h2>"
        + "<p>The council met for four hours on Tuesday and passed the budget at last.</p>" * 4
        + "</article></main></body></html>"
    )
    return "https://news.example/2025/03/council-budget.html", doc.encode()


def test_a_breadcrumb_named_by_a_test_id_aria_label_or_microdata_type_is_navigation() -> None:
    """A script framework's markup names the trail in ``data-testid`` among utility
    classes; ARIA and microdata name it too: its ``<h1>`` echoing the SEO headline does
    not decide which statement the page displays."""
    for attributes in (
        "data-testid='BreadcrumbArea'",
        "aria-label='Breadcrumb'",
        "itemscope itemtype='https://schema.org/BreadcrumbList'",
    ):
        url, doc = _story_page(attributes)
        assert generic_article(selector(doc).root, url).headline == SOCIAL, attributes


def test_a_wrapper_named_otherwise_leaves_its_h1_deciding() -> None:
    """Must not fire: a test id or label that names no trail ("ArticleHeader") leaves the
    first heading, the ``<h1>``, stating the JSON-LD headline."""
    for attributes in ("data-testid='ArticleHeader'", "aria-label='Story'"):
        url, doc = _story_page(attributes)
        assert generic_article(selector(doc).root, url).headline == SEO, attributes


def _h1(markup: str) -> HtmlElement:
    h1 = selector(f"<html><body>{markup}</body></html>".encode()).root.find(".//h1")
    assert h1 is not None
    return h1


def test_a_small_subtitle_or_kicker_beside_the_heading_is_not_its_text() -> None:
    """``<h1>Title <small>Subtitle</small></h1>``: the smaller type after the headline
    (spaced or glued on) or before it is a subtitle or a kicker."""
    for markup in (
        "<h1>Budget passed <small>What changes for schools</small></h1>",
        "<h1>Budget passed<small>What changes for schools</small></h1>",
        "<h1><small>Town hall</small> Budget passed</h1>",
    ):
        assert heading_text(_h1(markup)) == "Budget passed", markup


def test_a_small_inside_the_line_or_all_of_it_stays() -> None:
    """Must not fire: a word set smaller with the heading's text on both sides, a
    ``<small>`` that is the whole heading, a heading without one."""
    assert heading_text(_h1("<h1>Prices up <small>by</small> 5%</h1>")) == "Prices up by 5%"
    assert heading_text(_h1("<h1><small>Budget passed</small></h1>")) == "Budget passed"
    assert heading_text(_h1("<h1>Budget <b>passed</b></h1>")) == "Budget passed"


def test_the_displayed_heading_with_a_small_subtitle_names_its_source() -> None:
    """JSON-LD and og:title disagree; the ``<h1>`` shows og:title with a subtitle in a
    ``<small>``: og:title wins. With no statement the ``<h1>`` without it is the headline."""
    ld = json.dumps({"@type": "NewsArticle", "headline": SEO})
    story = "<p>The council met for four hours on Tuesday and passed the budget.</p>" * 4
    h1 = f"<h1>{SOCIAL} <small>What changes for roads</small></h1>"
    url = "https://news.example/2025/03/council-budget.html"
    doc = (
        f"<html><head><meta property='og:title' content='{SOCIAL}'>"
        f"<script type='application/ld+json'>{ld}</script></head>"
        f"<body><main><article>{h1}{story}</article></main></body></html>"
    )
    assert generic_article(selector(doc.encode()).root, url).headline == SOCIAL
    bare = f"<html><body><main><article>{h1}{story}</article></main></body></html>"
    assert generic_article(selector(bare.encode()).root, url).headline == SOCIAL


def test_a_site_name_the_host_runs_together_is_the_site_name() -> None:
    """ "Harbour Times" on harbourtimes.example: no word of the segment is a label of the
    host, the words run together are; after the headline or before it, it goes."""
    url = "https://www.harbourtimes.example/2025/03/budget.html"
    core = "Budget passed at last"
    for stated in (
        f"{core} – Harbour Times",
        f"{core} | Harbour Times",
        f"Harbour Times | {core}",
    ):
        assert choose_headline(None, stated, None, None, [], url=url) == core, stated
    assert names_site_wholly("Harbour Times", [], url)
    assert names_site(" - Harbour Times", [], url)
    assert spells_host(["the", "harbour", "times"], url)
    assert title_headline(f"{core} – Harbour Times", url, []) == core


def test_a_word_of_a_run_together_host_or_a_longer_run_is_no_site_name() -> None:
    """Must not fire: one word of the name ("Harbour"), the name with more words in the
    segment, a host label of fewer than four letters spelled by two words."""
    url = "https://www.harbourtimes.example/2025/03/budget.html"
    core = "Budget passed at last"
    assert (
        choose_headline(None, f"{core} – Harbour", None, None, [], url=url) == f"{core} – Harbour"
    )
    kept = f"{core} – Harbour Times readers"
    assert choose_headline(None, kept, None, None, [], url=url) == kept
    assert not names_site_wholly("Harbour", [], url)
    assert not spells_host(["a", "bc"], "https://abc.example/")


def test_a_statement_that_is_only_the_site_name_states_no_headline() -> None:
    """og:title left at the site's name (a CMS's default on every page), as og:site_name
    or the host states it: the <h1> is the headline; with no <h1>, none is stated."""
    url = "https://www.harbourtimes.example/2025/03/budget.html"
    names = ["Harbour Times"]
    h1 = "Budget passed at last"
    assert choose_headline(None, "Harbour Times", None, h1, [h1], site_names=names) == h1
    assert choose_headline(None, "Harbourtimes.example", "Harbour Times", h1, url=url) == h1
    assert choose_headline(h1, "Harbour Times", None, None, site_names=names) == h1
    assert choose_headline(None, "Harbour Times", None, None, site_names=names, url=url) is None


def test_a_headline_holding_the_site_name_and_more_stays() -> None:
    """Must not fire: "Harbour Times turns 150" is a headline about the site."""
    stated = "Harbour Times turns 150"
    names = ["Harbour Times"]
    assert choose_headline(None, stated, None, None, site_names=names) == stated
    assert choose_headline(stated, stated, None, stated, [stated], site_names=names) == stated


def test_inline_markup_left_in_a_statement_is_not_its_text() -> None:
    """A title field holding HTML ("Review: <em>Dune</em>"), escaped once more in an
    attribute too: the headline is the text a reader sees; a line break reads as a space."""
    assert unescaped("Review: <em>Dune</em> at last") == "Review: Dune at last"
    assert unescaped("Review: &lt;i&gt;Dune&lt;/i&gt; at last") == "Review: Dune at last"
    assert unescaped("Budget <span class='hl'>passed</span>") == "Budget passed"
    assert unescaped("Budget passed<br/>at last") == "Budget passed at last"
    stated = "Council <em>passes</em> the budget"
    assert choose_headline(stated, stated, None, None) == "Council passes the budget"


def test_a_less_than_sign_or_angle_brackets_that_open_no_tag_stay() -> None:
    """Must not fire: "2 < 3", a word in angle brackets, a bare ampersand."""
    for text in ("Why 2 < 3 and 4 > 1", "Ein <Grund> mehr", "AT&T <wins>"):
        assert unescaped(text) == text


def _ld_page(article: dict[str, object], head: str = "") -> tuple[str, bytes]:
    story = "<p>The council met for four hours on Tuesday and passed the budget.</p>" * 4
    doc = (
        f"<html><head><title>Harbour Times</title>{head}<script type='application/ld+json'>"
        f"{json.dumps({'@type': 'NewsArticle', **article})}</script></head>"
        f"<body><main><article>{story}</article></main></body></html>"
    )
    return "https://www.harbourtimes.example/2025/03/budget.html", doc.encode()


def test_a_json_ld_name_or_a_one_item_headline_list_states_the_headline() -> None:
    """No JSON-LD ``headline`` string, no other statement: the article's ``name`` or the
    first text of a ``headline`` list is the headline."""
    for article in ({"name": SEO}, {"headline": [SEO]}, {"headline": ["", SEO]}):
        url, doc = _ld_page(article)
        assert generic_article(selector(doc).root, url).headline == SEO, article


def test_a_json_ld_name_beside_a_headline_decides_nothing() -> None:
    """Must not fire: a ``name`` of another wording beside the JSON-LD ``headline`` or
    the head's ``<meta name="headline">``."""
    url, doc = _ld_page({"headline": SEO, "name": SOCIAL})
    assert generic_article(selector(doc).root, url).headline == SEO
    url, doc = _ld_page({"name": SOCIAL}, f"<meta name='headline' content='{SEO}'>")
    assert generic_article(selector(doc).root, url).headline == SEO


def test_screen_reader_only_text_in_a_heading_is_not_shown() -> None:
    """ "<span class='sr-only'>Article:</span>" before the headline, a
    ``screen-reader-text`` note after it: no reader sees them."""
    for markup in (
        "<h1><span class='sr-only'>Article:</span> Budget passed</h1>",
        "<h1>Budget passed<span class='screen-reader-text'> (updated)</span></h1>",
        "<h1><span class='visually-hidden'>Story</span>Budget <b>passed</b></h1>",
    ):
        assert heading_text(_h1(markup)) == "Budget passed", markup


def test_text_hidden_on_small_screens_or_a_wholly_hidden_heading_stays() -> None:
    """Must not fire: ``hidden-xs`` hides on small screens only; a heading that is all
    screen-reader text keeps it (there is nothing else to read)."""
    assert heading_text(_h1("<h1>Budget <span class='hidden-xs'>passed</span></h1>")) == (
        "Budget passed"
    )
    assert heading_text(_h1("<h1><span class='sr-only'>Budget passed</span></h1>")) == (
        "Budget passed"
    )


def test_a_statement_in_capitals_is_written_as_the_display_writes_it() -> None:
    """og:title "BUDGET PASSED AT LAST" (a social card's styling), the <h1> or another
    statement writing the same words in their own case: that writing is the headline."""
    loud, plain = "BUDGET PASSED AT LAST", "Budget passed at last"
    assert choose_headline(None, loud, loud, plain, [plain]) == plain
    assert choose_headline(loud, plain, None, None, []) == plain


def test_capitals_nothing_writes_otherwise_or_an_h1_in_capitals_stay() -> None:
    """Must not fire: capitals alone stay; an <h1> in capitals leaves the statement's
    case; acronyms in a headline are no headline in capitals."""
    loud, plain = "BUDGET PASSED AT LAST", "Budget passed at last"
    assert choose_headline(None, loud, None, None, []) == loud
    assert choose_headline(None, plain, None, loud, [loud]) == plain
    acronyms = "NASA and ESA sign deal"
    assert choose_headline(None, acronyms, None, "Nasa and Esa sign deal", []) == acronyms


@pytest.mark.parametrize(
    ("loud", "plain"),
    [
        ("ΕΚΛΟΓΕΣ ΣΤΗΝ ΑΘΗΝΑ ΣΗΜΕΡΑ", "Εκλογές στην Αθήνα σήμερα"),
        ("İSTANBUL SEÇİMİ BUGÜN YAPILDI", "İstanbul seçimi bugün yapıldı"),
        ("ELECTION A PARIS CE DIMANCHE", "Élection à Paris ce dimanche"),
    ],
    ids=["greek", "turkish", "french"],
)
def test_a_statement_in_capitals_without_accents_is_written_as_the_display(
    loud: str, plain: str
) -> None:
    """Capitals drop accents (Greek writes them so, French often) and casefolding turns
    Turkish "İ" into "i" and a dot: the <h1> writing the same words in its own case is
    the headline (before, the words compared unequal and the capitals stayed). Must not
    fire: an <h1> of other words leaves the capitals."""
    assert choose_headline(None, loud, None, plain, [plain]) == plain
    other = "Εκλογές στη Θεσσαλονίκη αύριο"
    assert choose_headline(None, loud, None, other, [other]) == loud


def _trail_page(items: str) -> tuple[str, bytes]:
    """A story whose JSON-LD headline (SEO) and og:title (SOCIAL) disagree: a list of
    *items*, its last an ``<h1>`` echoing SEO, in plain divs of unfamiliar classes (no
    ``<nav>``, nothing naming a trail), above the displayed ``<h2>``."""
    ld = json.dumps({"@type": "NewsArticle", "headline": SEO})
    doc = (
        f"<html><head><meta property='og:title' content='{SOCIAL}'>"
        f"<script type='application/ld+json'>{ld}</script></head><body>"
        f"<div class='kqxz'><div class='zjqk'><ul class='qqjx'>{items}<li><h1>{SEO}</h1></li>"
        f"</ul></div></div><div class='jxzk'><div class='xkqj'><h2>{SOCIAL}</h2>"
        + "<p>The council met for four hours on Tuesday and passed the budget at last.</p>" * 4
        + "</div></div></body></html>"
    )
    return "https://news.example/2025/03/council-budget.html", doc.encode()


def test_an_unnamed_breadcrumb_trail_ending_in_the_h1_is_navigation() -> None:
    """bench/meta_bare.py ``divsoup``: the trail's ``<nav>`` made a div and its class words
    unfamiliar, its shape still tells it (items of one link each from the home page, the
    home one maybe an icon, the ``<h1>`` last): the SEO echo there does not decide."""
    for items in (
        "<li><a href='/'>Home</a></li><li><a href='/politik/'>Politik</a></li>",
        "<li><a href='https://news.example/'>Home</a> ›</li><li><a href='/p/'>Politik</a> ›</li>",
        # (the home item an icon: a link with no text)
        "<li><a href='/'><svg><path d='M0 0'/></svg></a></li><li><a href='/p/'>Politik</a></li>",
    ):
        url, doc = _trail_page(items)
        assert generic_article(selector(doc).root, url).headline == SOCIAL, items


def test_a_list_that_is_no_trail_leaves_its_h1_deciding() -> None:
    """Must not fire: the first item leads elsewhere than home (an icon too), an item
    holds text beside its link, one after the first holds no text, or the list holds
    nothing before the ``<h1>``."""
    for items in (
        "<li><a href='/politik/'>Politik</a></li><li><a href='/stadt/'>Stadt</a></li>",
        "<li><a href='/'>Home</a></li><li><a href='/p/'>Politik</a> and more words</li>",
        "",
        # an icon leading elsewhere than home; an item after the first with no text
        "<li><a href='/p/'><svg></svg></a></li><li><a href='/p/s/'>Stadt</a></li>",
        "<li><a href='/'>Home</a></li><li><a href='/p/'><svg></svg></a></li>",
    ):
        url, doc = _trail_page(items)
        assert generic_article(selector(doc).root, url).headline == SEO, items


def _span_trail_page(trail: str) -> tuple[str, bytes]:
    """A story whose JSON-LD headline (SEO) and og:title (SOCIAL) disagree: the markup
    *trail* (``{}`` standing for an ``<h1>`` echoing SEO) in plain divs of unfamiliar
    classes (no ``<nav>``, no list, nothing naming a trail), above the displayed ``<h2>``."""
    ld = json.dumps({"@type": "NewsArticle", "headline": SEO})
    doc = (
        f"<html><head><meta property='og:title' content='{SOCIAL}'>"
        f"<script type='application/ld+json'>{ld}</script></head><body>"
        f"<div class='kqxz'>{trail.format(f'<h1>{SEO}</h1>')}</div>"
        f"<div class='jxzk'><div class='xkqj'><h2>{SOCIAL}</h2>"
        + "<p>The council met for four hours on Tuesday and passed the budget at last.</p>" * 4
        + "</div></div></body></html>"
    )
    return "https://news.example/2025/03/council-budget.html", doc.encode()


def test_a_trail_of_no_list_ending_in_the_h1_is_navigation() -> None:
    """bench/meta_bare.py ``divsoup``: a trail whose items are spans (or bare links) in a
    ``<nav>`` made a div, the ``<h1>`` its last child (or in a wrapper holding it alone):
    two items or more of one link each, the first leading home; the SEO echo there does
    not decide."""
    for trail in (
        "<div><span><a href='/'>Start</a></span> <span><a href='/sport/'>Sport</a></span>"
        "<span><a href='/sport/o/'>Olympia</a></span>{}</div>",
        "<div><a href='https://news.example/'>Home</a> › <a href='/p/'>Politik</a> › {}</div>",
        "<div><a href='/'>Home</a><a href='/p/'>Politik</a><div class='q'>{}</div></div>",
    ):
        url, doc = _span_trail_page(trail)
        assert generic_article(selector(doc).root, url).headline == SOCIAL, trail


def test_links_before_an_h1_that_make_no_trail_leave_it_deciding() -> None:
    """Must not fire: a lone link before the ``<h1>`` (a logo, a section's kicker link),
    items of two tags, a first item leading elsewhere than home, an item holding text
    beside its link, a heading followed by more of its box (a standfirst), a wrapper
    holding more than the heading."""
    for trail in (
        "<div><a href='/'>City Herald</a>{}</div>",
        "<div><span><a href='/'>Home</a></span><em><a href='/p/'>Politik</a></em>{}</div>",
        "<div><a href='/politik/'>Politik</a><a href='/stadt/'>Stadt</a>{}</div>",
        "<div><span><a href='/'>Home</a></span>"
        "<span><a href='/p/'>Politik</a> today</span>{}</div>",
        "<div><a href='/'>Home</a><a href='/p/'>Politik</a>{}<p>What the vote means.</p></div>",
        "<div><a href='/'>Home</a><a href='/p/'>Politik</a><div>{}<span>Live</span></div></div>",
    ):
        url, doc = _span_trail_page(trail)
        assert generic_article(selector(doc).root, url).headline == SEO, trail


def _quoted_page(head: str) -> tuple[str, bytes]:
    """A story page with *head*'s metas, an ``<h1>`` of ``SOCIAL`` and no JSON-LD."""
    url = "https://news.example/2024/03/14/budget.html"
    doc = (
        f"<html><head><meta charset='utf-8'>{head}</head><body><main><article>"
        f"<h1>{SOCIAL}</h1><p>The council met for four hours.</p></article></main></body></html>"
    )
    return url, doc.encode()


def test_a_meta_cut_at_an_unescaped_quote_states_no_headline() -> None:
    """A CMS writing og:title/twitter:title with a quote mark left unescaped inside the
    attribute (``content="Sieger und "royaler Besuch""``): the parser ends the value at
    that mark ("Sieger und") and reads the rest as attributes named with the closing
    mark. The cut value states no headline; the ``<h1>`` does."""
    for title in (
        'Hamburg marathon: winner and "royal visit"',
        'Hamburg marathon: winner and "royal visit" on the course',
    ):
        head = (
            f'<meta property="og:title" content="{title}">'
            f'<meta name="twitter:title" content="{title}">'
        )
        url, doc = _quoted_page(head)
        root = selector(doc).root
        meta = root.find(".//meta[@property='og:title']")
        assert meta is not None and cut_at_quote(meta)
        assert generic_article(root, url).headline == SOCIAL, title
    head = "<meta property='og:title' content='Don't miss the budget'>"
    url, doc = _quoted_page(head)
    assert generic_article(selector(doc).root, url).headline == SOCIAL


def test_a_named_headline_meta_cut_at_an_unescaped_quote_states_none() -> None:
    """``<meta name="headline">``, read on its own (as the JSON-LD headline is), cut at
    an unescaped quote states no headline either; the ``<h1>`` does. Whole, it is the
    headline (must not fire)."""
    title = 'Hamburg marathon: winner and "royal visit" on the course'
    url, doc = _quoted_page(f'<meta name="headline" content="{title}">')
    assert generic_article(selector(doc).root, url).headline == SOCIAL
    url, doc = _quoted_page(f'<meta name="headline" content="{SEO}">')
    assert generic_article(selector(doc).root, url).headline == SEO


def test_a_meta_with_its_quotes_escaped_states_its_headline() -> None:
    """Must not fire: quote marks escaped in the attribute (``&quot;``), typographic
    quotes, a single quote inside a double-quoted value, a stray mark after the value
    (an attribute of the mark alone) and the usual attributes beside ``content`` (a
    framework's ``data-next-head``) leave og:title whole: it is the
    headline, the ``<h1>`` showing another wording."""
    for meta in (
        f'<meta property="og:title" content="{SEO} &quot;now&quot;" data-next-head="">',
        f'<meta property="og:title" content="{SEO} “now”">',
        f'<meta property="og:title" content="{SEO} \'now\'">',
        f'<meta property="og:title" content="{SEO} now" ">',
    ):
        url, doc = _quoted_page(meta)
        root = selector(doc).root
        element = root.find(".//meta[@property='og:title']")
        assert element is not None and not cut_at_quote(element), meta
        headline = generic_article(root, url).headline
        assert headline is not None and headline.startswith(SEO), meta
