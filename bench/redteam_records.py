# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red team of synthetic pages for records the block model cannot find (issue 9).

Builds article pages whose story container the block model does not find, or that lack a
headline ``<h1>``, in variants (de/en/fr, tags and class names in several languages), and
pages that are not articles, and runs the generic extractor and the page normaliser.

    python bench/redteam_records.py [-v]

Must give an Article with the right headline, its story lines in the body and
``metadata.validationMessages`` flagging the body uncertain: a story rendered only in its
JSON-LD ``articleBody`` (``jsonld``), a story of lines too short to score with article
signals (``short``) or on a plain page whose ``<title>`` states its headline (``plain``), a
headline only in ``<title>``/``og:title`` under a logo ``<h1>`` linking home (``logo``), an
``<h1>``-less page with the headline in a heading outside the chrome (``noh1``). Must give
no record (``notfire``): a home page with a lead teaser, a section front, search results, a
tag page, og:type website with linked headings, a ``<title>`` of the site's name only, a
short undated page of links. A page fails when its record, headline, flag or lines differ.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from redteam import NAV, STORY, foot, nav, paras

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.page import NotArticleError, article_records, body_uncertain

#: name, url, html, expected (headline, lines the body keeps) or None for no record
Case = tuple[str, str, str, tuple[str, list[str]] | None]

SITE = {"de": "Stadtanzeiger", "en": "City Herald", "fr": "Le Courrier"}
DAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"],
}
SHORT = {  # a timetable story: lines too short for the block model
    "de": (
        "Baustellen auf der Ringstraße in dieser Woche",
        [
            "Sperrung ab 06:00",
            "Umleitung Hafenstraße",
            "Bus hält am Markt",
            "Freigabe 18:00",
            "Radweg offen",
            "Parken am Hafen",
        ],
    ),
    "en": (
        "Roadworks on the ring road this week",
        [
            "Closed from 06:00",
            "Detour: Harbour St",
            "Bus stops at market",
            "Open at 18:00",
            "Cycle lane open",
            "Parking at harbour",
        ],
    ),
    "fr": (
        "Travaux sur le boulevard circulaire cette semaine",
        [
            "Fermé dès 06:00",
            "Déviation rue du Port",
            "Bus au marché",
            "Réouverture 18:00",
            "Piste cyclable ouverte",
            "Parking au port",
        ],
    ),
}
WRAPS = [("div", "inhalt"), ("section", "contenu"), ("div", "k9"), ("article", "")]
HEADS = [("h2", "titel"), ("div", "headline"), ("p", "titre"), ("h3", "")]
TEASE = {
    "de": [
        "Neue Brücke über den Fluss eröffnet",
        "Schwimmbad bleibt im Sommer länger offen",
        "Marktplatz wird neu gestaltet",
        "Polizei sucht Zeugen nach Unfall",
        "Stadtfest lockt tausende Besucher",
        "Neue Buslinie zum Bahnhof",
    ],
    "en": [
        "New bridge over the river opens",
        "Pool stays open longer this summer",
        "Market square to be redesigned",
        "Police seek witnesses after crash",
        "City festival draws thousands",
        "New bus line to the station",
    ],
    "fr": [
        "Un nouveau pont sur le fleuve ouvre",
        "La piscine reste ouverte plus longtemps",
        "La place du marché sera réaménagée",
        "La police cherche des témoins",
        "La fête de la ville attire des milliers",
        "Nouvelle ligne de bus vers la gare",
    ],
}
LD_ART = '<script type="application/ld+json">{}</script>'


def short_lines(lang: str) -> list[str]:
    _, rows = SHORT[lang]
    return [line for day in DAYS[lang] for line in (day, *rows)]


def page(lang: str, body: str, title: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><header><a href='/' class='logo'>{SITE[lang]}</a>{nav(lang)}</header>{body}{foot(lang)}</body></html>"
    )


def teasers(lang: str, tag: str = "h3", count: int = 6, lead: bool = False) -> str:
    out = []
    for n, text in enumerate(TEASE[lang][:count]):
        slug = "-".join(text.lower().split()[:4])
        dek = f"<p>{STORY[lang][1][n % 5][:110]}</p>" if lead and n == 0 else ""
        out.append(
            f"<div class='teaser'><{tag}><a href='/lokales/{slug}-{n}.html'>{text}</a></{tag}>{dek}</div>"
        )
    return "".join(out)


def positive_cases() -> Iterator[Case]:
    for i, lang in enumerate(STORY):
        headline, lines = STORY[lang]
        site = SITE[lang]
        tag, cls = WRAPS[i]
        slug = f"https://www.example.org/{lang}/2024/03/14/stadt-{i}.html"
        # 1. the story only in JSON-LD articleBody (a script renders it)
        ld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": headline,
                "datePublished": "2024-03-14T08:00:00+01:00",
                "articleBody": " ".join(lines),
            }
        )
        head = f"<meta property='og:type' content='article'><meta property='og:title' content='{headline}'>{LD_ART.format(ld)}"
        body = f"<main><h1>{headline}</h1><{tag} class='{cls}' id='app'></{tag}></main>"
        yield (
            f"jsonld-{lang}",
            slug,
            page(lang, body, f"{headline} | {site}", head),
            (headline, lines[:2]),
        )
        # 2. a story of short lines, with article signals (og:type article, a published meta)
        sh, _ = SHORT[lang]
        rows = short_lines(lang)
        head = "<meta property='og:type' content='article'><meta property='article:published_time' content='2024-03-14T08:00:00+01:00'>"
        body = f"<main><h1>{sh}</h1><{tag} class='{cls}'>{paras(rows)}</{tag}></main>"
        yield f"short-{lang}", slug, page(lang, body, f"{sh} – {site}", head), (sh, rows[:3])
        # 3. the same on a plain page: only its <title> agrees with its <h1>
        body = f"<div class='{cls or 'page'}'><h1>{sh}</h1>{paras(rows)}</div>"
        yield (
            f"plain-{lang}",
            f"https://www.example.org/{lang}/baustellen",
            page(lang, body, f"{sh} – {site}"),
            (sh, rows[:3]),
        )
        # 4. a logo <h1> linking home; the headline only in <title> and og:title
        for shape in ("a-outside", "a-inside"):
            logo = (
                f"<a href='/'><h1>{site}</h1></a>"
                if shape == "a-outside"
                else f"<h1 class='logo'><a href='https://www.example.org/'>{site}</a></h1>"
            )
            body = f"{logo}<main><{tag} class='{cls}'>{paras(rows)}</{tag}></main>"
            head = f"<meta property='og:title' content='{sh}'>"
            yield (
                f"logo-{shape}-{lang}",
                f"https://www.example.org/{lang}/news/view.php?idx=8576",
                page(lang, body, f"{sh} - {site}", head),
                (sh, rows[:3]),
            )
        # 5. no <h1>: the headline in a heading of the story column
        for htag, hcls in HEADS:
            body = f"<main><{htag} class='{hcls}'>{sh}</{htag}><{tag} class='{cls}'>{paras(rows)}</{tag}></main>"
            yield (
                f"noh1-{htag}-{lang}",
                f"https://www.example.org/{lang}/baustellen",
                page(lang, body, f"{sh} | {site}"),
                (sh, rows[:3]),
            )


def notfire_cases() -> Iterator[Case]:
    for lang in STORY:
        site = SITE[lang]
        root = "https://www.example.org/"
        # a home page with a lead teaser
        body = f"<main><h1>{site}</h1>{teasers(lang, 'h2', lead=True)}</main>"
        yield f"notfire-home-{lang}", root, page(lang, body, site), None
        body = f"<main><h2><a href='/lokales/a.html'>{TEASE[lang][0]}</a></h2>{paras(STORY[lang][1][:2])}{teasers(lang)}</main>"
        yield f"notfire-home-lead-{lang}", root, page(lang, body, f"{site} – {NAV[lang][0]}"), None
        # a section front
        section = NAV[lang][5]
        body = f"<main><h1>{section}</h1>{teasers(lang)}</main>"
        yield (
            f"notfire-section-{lang}",
            f"{root}{section.lower()}/",
            page(lang, body, f"{section} – {site}"),
            None,
        )
        # search results
        body = f"<main><h1>{TEASE[lang][0].split()[1]}</h1>{teasers(lang, 'h2')}</main>"
        yield (
            f"notfire-search-{lang}",
            f"{root}search?q=bruecke",
            page(lang, body, f"{TEASE[lang][0].split()[1]} – {site}"),
            None,
        )
        # a tag page
        body = f"<main><h1>Hafen Stadt Fluss</h1>{teasers(lang, 'h3', lead=True)}</main>"
        yield (
            f"notfire-tag-{lang}",
            f"{root}tag/hafen-stadt-fluss",
            page(lang, body, f"Hafen Stadt Fluss – {site}"),
            None,
        )
        # og:type website with linked headings, a title agreeing with its h1
        head = "<meta property='og:type' content='website'>"
        body = f"<main><h1>{SHORT[lang][0]}</h1>{teasers(lang, 'h2', 4)}{paras(short_lines(lang)[:8])}</main>"
        yield (
            f"notfire-website-{lang}",
            f"{root}{lang}/baustellen",
            page(lang, body, f"{SHORT[lang][0]} – {site}", head),
            None,
        )
        # a <title> of only the site's name over short lines
        body = f"<main><h1>{SHORT[lang][0]}</h1>{paras(short_lines(lang))}</main>"
        yield f"notfire-sitename-{lang}", f"{root}{lang}/baustellen", page(lang, body, site), None
        # a short undated page of links
        links = "".join(f"<li><a href='/l{n}'>{t}</a></li>" for n, t in enumerate(TEASE[lang]))
        body = f"<main><h1>Links</h1><ul>{links}</ul></main>"
        yield (
            f"notfire-links-{lang}",
            f"{root}{lang}/links",
            page(lang, body, f"Links – {site}"),
            None,
        )


def check(url: str, html: str, expected: tuple[str, list[str]] | None) -> str | None:
    """What is wrong with the page's record (None: nothing)."""
    root = selector(html.encode()).root
    try:
        fetched_at = datetime(2024, 11, 1, tzinfo=UTC)
        found = generic_article(root, url, fetched_at=fetched_at)
        article, _ = article_records(found, root, url=url, site="redteam", fetched_at=fetched_at)
    except NotArticleError:
        return None if expected is None else "no record"
    if expected is None:
        return f"a record ({article.headline!r})"
    headline, keep = expected
    problems = []
    if article.headline != headline:
        problems.append(f"headline {article.headline!r}")
    if not body_uncertain(article):
        problems.append("not flagged")
    lost = [k for k in keep if k not in (article.articleBody or "")]
    if lost:
        problems.append(f"lost {len(lost)}/{len(keep)} lines")
    return "; ".join(problems) or None


def run(verbose: bool) -> int:
    failures = 0
    for cls, cases in (("norecord", positive_cases), ("norecord-notfire", notfire_cases)):
        total = failed = 0
        for name, url, html, expected in cases():
            total += 1
            wrong = check(url, html, expected)
            if wrong:
                failed += 1
                if verbose:
                    print(f"  FAIL {name}: {wrong}")
        print(f"{cls}: {failed} of {total} pages fail")
        failures += failed
    return failures


if __name__ == "__main__":
    run("-v" in sys.argv)
