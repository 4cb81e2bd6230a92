# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red team of synthetic story pages with boxes of other stories (SidebarItems).

    python bench/redteam_teasers.py [CLASS ...] [-v]

Each page is one story (de/en/fr) with one box beside or after it. Classes that must give
one SidebarItem per teased story, with its headline, URL and (where the card shows one)
day, and no other item:

- ``dated``: teaser cards each with a date line or a ``<time>`` (before or after the
  headline, in or out of the link, labelled or bare, with a time of day);
- ``cardlink``: the whole card is one link wrapping a kicker, the headline, a description
  (ending in a full stop or not) and perhaps a date;
- ``pair``: a headline link and a separate image link to the same story (the image link
  first or last, empty or holding a screen-reader text or a photo credit, with or without
  a tracking query);
- ``heading``: a box with a heading (a heading tag, a styled line, a heading before the
  box's wrapper, an HTML comment between heading and list, an ``aria-label``), whose
  name must be the SidebarItems' ``block``;
- ``hosts``: on a page of the site's ``sport.`` host, a box of its stories on its other
  hosts (``www.``, ``kultur.``) named by an id only, with or without a malformed link
  (``http://[…``) elsewhere on the page.

Must give no SidebarItem (``notfire``): navigation lists, tag clouds (with topic names of
four words), app-store and social links, lists of sections beside the page's own, a
section front page, a list of links in the story's prose, footers, author lists.

``headpair``: a pair of teaser cards after the story under a line of two words or more
that no class names a head (every class an opaque token): both items, named by the line;
``headpair-notfire``: the same pair under a sentence, a date line or a one-word label, or
with cards built unlike: no item. ``cardslug-notfire``: cards that are one link (kicker,
headline, description; opaque classes) whose URL's slug spells the kicker: the headline.
``glued``: cards that are one inline link each, side by side with nothing between them
(the walk reads them as one line), in the story or after it: every card;
``glued-notfire``: glued topic labels, one card's links to one story, a menu's items:
no item. ``cardpieces-notfire``: cards that are one link (opaque classes) whose first
piece the box's repetition must not make the headline (see :func:`cardpieces_cases`): the
headline. ``bare-opaque`` / ``bare-divsoup``: every case of the
classes that must fire, on its page as ``bench/body_bare.py`` perturbs it (class and id
words made opaque tokens; ``divsoup`` also renames the semantic tags ``div``), the same
items expected; ``bare-opaque-notfire`` / ``bare-divsoup-notfire``: the must-not-fire
classes so perturbed.

A page fails when an expected item is missing or has another headline, URL, day or block
(missed) or when an item is emitted that is not expected (leaked).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.body_bare import perturbed
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.metadata import page_normaliser
from newscrawl.extraction.page import NotArticleError, article_records

FETCHED = datetime(2024, 3, 15, 12, 0, tzinfo=UTC)
LANGS = ("de", "en", "fr")
HOST = {
    "de": "www.stadtanzeiger.example",
    "en": "www.cityherald.example",
    "fr": "www.lecourrier.example",
}
SECTION = {"de": "politik", "en": "politics", "fr": "politique"}

STORY = {
    "de": (
        "Stadtrat beschließt neuen Haushalt für Schulen und Straßen",
        [
            "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, der Mittel für Schulen, Straßen und die Sanierung der Wasserleitungen vorsieht.",
            "Die Ratsmitglieder diskutierten fast vier Stunden, bevor sie mit sieben zu zwei Stimmen zustimmten, nachdem Anwohner in der Sitzung gegen den Plan gesprochen hatten.",
            "Der Bürgermeister sagte, der größte Haushalt in der Geschichte der Stadt werde durch geringere Verwaltungskosten und höhere Parkgebühren in der Innenstadt ausgeglichen.",
            "Die Opposition warnte, die Parkgebühren würden Kunden in die Einkaufszentren am Stadtrand treiben, und forderte eine Überprüfung des Plans innerhalb eines Jahres.",
        ],
    ),
    "en": (
        "City council approves new budget for schools and roads",
        [
            "The city council approved the new budget on Tuesday after a long debate about schools, roads and the water pipes that have waited for repairs for decades.",
            "Councillors argued for almost four hours before the vote, which passed seven to two after several residents spoke against the plan during the public session.",
            "The mayor said the largest budget in the city's history would be balanced by lower administrative costs and higher parking fees in the centre of town.",
            "Opposition members warned that the parking fees would drive shoppers to the malls outside the city, and asked for a review of the plan within a year.",
        ],
    ),
    "fr": (
        "Le conseil municipal adopte un nouveau budget pour les écoles et les routes",
        [
            "Le conseil municipal a adopté mardi, après un long débat, le nouveau budget qui prévoit des moyens pour les écoles, les routes et la rénovation des canalisations.",
            "Les élus ont discuté près de quatre heures avant le vote, acquis par sept voix contre deux, après que plusieurs habitants se sont exprimés contre le projet en séance.",
            "Le maire a déclaré que le plus gros budget de l'histoire de la ville serait équilibré par des frais administratifs réduits et un stationnement plus cher au centre.",
            "L'opposition a averti que les tarifs de stationnement pousseraient les clients vers les centres commerciaux de la périphérie et a demandé un réexamen dans un an.",
        ],
    ),
}

#: (headline, slug, description, day) of the teased stories, per language
TEASED = {
    "de": [
        (
            "Neue Buslinie verbindet Hafen und Bahnhof ab Mai",
            "neue-buslinie-verbindet-hafen-und-bahnhof",
            "Die Verkehrsbetriebe testen ab dem Frühjahr einen Takt von zehn Minuten",
            11,
        ),
        (
            "Schwimmbad bleibt wegen Sanierung den Sommer über geschlossen",
            "schwimmbad-bleibt-wegen-sanierung-geschlossen",
            "Die Arbeiten an der Lüftung dauern länger als geplant, sagt die Stadt",
            12,
        ),
        (
            "Bürgerinitiative sammelt Unterschriften gegen Parkhaus",
            "buergerinitiative-sammelt-unterschriften-gegen-parkhaus",
            "Mehr als tausend Anwohner haben sich bereits in die Listen eingetragen",
            13,
        ),
        (
            "Stadtbibliothek verlängert Öffnungszeiten am Wochenende",
            "stadtbibliothek-verlaengert-oeffnungszeiten-am-wochenende",
            "Ab April ist die Bibliothek auch sonntags von zehn bis vier Uhr geöffnet",
            14,
        ),
    ],
    "en": [
        (
            "New bus line links harbour and station from May",
            "new-bus-line-links-harbour-and-station",
            "The transit agency will test a ten-minute service from the spring onwards",
            11,
        ),
        (
            "Swimming pool stays closed all summer for repairs",
            "swimming-pool-stays-closed-for-repairs",
            "Work on the ventilation is taking longer than planned, the city says",
            12,
        ),
        (
            "Residents collect signatures against new car park",
            "residents-collect-signatures-against-car-park",
            "More than a thousand neighbours have already signed the petition lists",
            13,
        ),
        (
            "City library extends its opening hours at weekends",
            "city-library-extends-weekend-opening-hours",
            "From April the library opens on Sundays from ten to four as well",
            14,
        ),
    ],
    "fr": [
        (
            "Une nouvelle ligne de bus reliera le port à la gare",
            "nouvelle-ligne-de-bus-port-gare",
            "Le réseau testera une fréquence de dix minutes dès le printemps prochain",
            11,
        ),
        (
            "La piscine restera fermée tout l'été pour travaux",
            "piscine-restera-fermee-pour-travaux",
            "Les travaux sur la ventilation durent plus longtemps que prévu selon la ville",
            12,
        ),
        (
            "Des habitants signent une pétition contre le parking",
            "habitants-signent-petition-contre-parking",
            "Plus de mille riverains ont déjà signé les listes de la pétition",
            13,
        ),
        (
            "La médiathèque ouvre aussi le dimanche dès avril",
            "mediatheque-ouvre-le-dimanche-des-avril",
            "À partir d'avril la médiathèque ouvre le dimanche de dix à seize heures",
            14,
        ),
    ],
}

MONTHS = {
    "de": "März",
    "en": "March",
    "fr": "mars",
}
LABEL = {"de": "Veröffentlicht am", "en": "Published", "fr": "Publié le"}
HEADINGS = {
    "de": ["Mehr zum Thema", "Meistgelesen", "Lesen Sie auch", "Weitere Artikel aus der Region"],
    "en": ["More on this story", "Most read", "Read more", "More from the region"],
    "fr": ["Sur le même sujet", "Les plus lus", "À lire aussi", "Plus d'articles de la région"],
}
NAV = {
    "de": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Lokales"],
    "en": ["Home", "Politics", "Business", "Sport", "Culture", "Local"],
    "fr": ["Accueil", "Politique", "Économie", "Sport", "Culture", "Local"],
}


def day_text(lang: str, day: int, form: int) -> str:
    """A shown date of 2024-03-*day* in one of several forms."""
    if lang == "de":
        return [f"{day:02d}.03.2024", f"{day}. März 2024", f"{day:02d}.03.2024, 09:15 Uhr"][
            form % 3
        ]
    if lang == "en":
        return [f"March {day}, 2024", f"{day} March 2024", f"March {day}, 2024 9:15 am"][form % 3]
    return [f"{day} mars 2024", f"{day:02d}/03/2024", f"{day} mars 2024 à 09h15"][form % 3]


def story_url(lang: str, index: int, form: int = 0) -> str:
    _, slug, _, day = TEASED[lang][index]
    sec = SECTION[lang]
    return [
        f"https://{HOST[lang]}/{sec}/{slug}-{4700 + index * 3}.html",
        f"https://{HOST[lang]}/{sec}/2024/03/{day:02d}/{slug}/",
        f"https://{HOST[lang]}/{sec}/{slug}-{4700 + index * 3}.html",
    ][form % 3]


def page_url(lang: str) -> str:
    return f"https://{HOST[lang]}/{SECTION[lang]}/stadtrat-haushalt-schulen-strassen-4711.html"


def rel(url: str, form: int) -> str:
    """The link's href: absolute, or a path of the host."""
    return url if form % 2 else url.split("/", 3)[3].join(["/", ""])


def shell(lang: str, box: str, *, where: str = "aside", inside: str = "") -> str:
    headline, lines = STORY[lang]
    nav = "".join(f"<li><a href='/{w.lower()}/'>{w}</a></li>" for w in NAV[lang])
    story = (
        f"<article><h1>{headline}</h1><p class='meta'><time datetime='2024-03-14T08:00:00+01:00'>"
        f"{day_text(lang, 14, 0)}</time></p>"
        + "".join(f"<p>{line}</p>" for line in lines[:2])
        + inside
        + "".join(f"<p>{line}</p>" for line in lines[2:])
        + (box if where == "article" else "")
        + "</article>"
    )
    main = f"<main>{story}{box if where == 'main' else ''}</main>"
    side = f"<aside class='sidebar'>{box}</aside>" if where == "aside" else ""
    foot = " | ".join(
        f"<a href='/info/{w.lower()}'>{w}</a>" for w in ("Impressum", "Datenschutz", "Kontakt")
    )
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title></head>"
        f"<body><header><a href='/'>Logo</a><nav><ul>{nav}</ul></nav></header>{main}{side}"
        f"<footer><p>{foot}</p><p>© 2024</p></footer></body></html>"
    )


@dataclass
class Case:
    name: str
    url: str
    html: str
    #: url → (headline, day or None); empty: no item at all
    items: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    block: str | None = None


def expected(
    lang: str, form: int, dated: bool, count: int = 4
) -> dict[str, tuple[str, int | None]]:
    return {
        story_url(lang, i, form): (TEASED[lang][i][0], TEASED[lang][i][3] if dated else None)
        for i in range(count)
    }


# -- dated -------------------------------------------------------------------------


def dated_item(lang: str, i: int, shape: str, form: int) -> str:
    head, _, desc, day = TEASED[lang][i]
    href = rel(story_url(lang, i, form), form)
    shown = day_text(lang, day, form)
    iso = f"2024-03-{day:02d}T09:15:00+01:00"
    if shape == "time-after":
        return f"<li><a href='{href}'>{head}</a> <time datetime='{iso}'>{shown}</time></li>"
    if shape == "date-before":
        return f"<li><span class='date'>{shown}</span> <a href='{href}'>{head}</a></li>"
    if shape == "meta-line":
        return f"<div class='card'><h3><a href='{href}'>{head}</a></h3><p class='meta'>{shown}</p><p>{desc}</p></div>"
    if shape == "link-kicker":
        return (
            f"<article class='teaser'><a href='{href}'><span class='kicker'>{NAV[lang][1]}</span>\n"
            f"<h3>{head}</h3></a><div class='info'><time datetime='{iso}'>{shown}</time> · 3 min</div></article>"
        )
    if shape == "date-in-link":
        return f"<li><a href='{href}'><span class='date'>{shown}</span>\n<span class='title'>{head}</span></a></li>"
    if shape == "labelled":
        return f"<div class='item'><h4><a href='{href}'>{head}</a></h4><div class='byline'>{LABEL[lang]} {shown}</div></div>"
    if shape == "time-in-link":
        return f"<li><a href='{href}'><time datetime='{iso}'>{shown}</time>\n<strong>{head}</strong></a></li>"
    # time-only: a <time> whose text is a time of day, the day in its attribute
    return f"<li><h3><a href='{href}'>{head}</a></h3><time datetime='{iso}'>09:15</time></li>"


DATED_SHAPES = (
    "time-after",
    "date-before",
    "meta-line",
    "link-kicker",
    "date-in-link",
    "labelled",
    "time-in-link",
    "time-only",
)
LIST_TAG = {"li": ("ul", "ol"), "div": ("div", "section"), "article": ("div", "section")}


def wrap(items: list[str], form: int, title: str | None) -> str:
    tag = "li" if items[0].startswith("<li") else "div"
    outer = ("ul", "ol")[form % 2] if tag == "li" else ("div", "section")[form % 2]
    heading = f"<h2>{title}</h2>" if title else ""
    return (
        f"<section class='box'>{heading}<{outer} class='list'>{''.join(items)}</{outer}></section>"
    )


def dated_cases() -> Iterator[Case]:
    for shape in DATED_SHAPES:
        for lang in LANGS:
            for form in range(2):
                for where in ("aside", "main"):
                    title = HEADINGS[lang][form]
                    items = [dated_item(lang, i, shape, form) for i in range(4)]
                    box = wrap(items, form, title)
                    yield Case(
                        f"dated/{shape}/{lang}/{form}/{where}",
                        page_url(lang),
                        shell(lang, box, where=where),
                        expected(lang, form, dated=True),
                    )


# -- cardlink ----------------------------------------------------------------------


def card_item(lang: str, i: int, shape: str, form: int) -> tuple[str, bool]:
    """A card that is one link; whether it shows a date."""
    head, _, desc, day = TEASED[lang][i]
    href = rel(story_url(lang, i, form), form)
    img = "<img src='/img/t.jpg' alt=''>"
    if shape == "heading-desc-stop":
        return f"<a class='card' href='{href}'>{img}<h3>{head}</h3><p>{desc}.</p></a>", False
    if shape == "heading-desc":
        return (
            f"<a class='card' href='{href}'>{img}<h3 class='card__title'>{head}</h3><p class='card__text'>{desc}</p></a>",
            False,
        )
    if shape == "title-class":
        return (
            f"<a class='teaser' href='{href}'><div class='teaser-kicker'>{NAV[lang][2]}</div>\n"
            f"<div class='teaser-title'>{head}</div>\n<div class='teaser-text'>{desc}</div></a>"
        ), False
    if shape == "spans":
        return (
            f"<a href='{href}'><span class='headline'>{head}</span>\n<span class='summary'>{desc}</span></a>",
            False,
        )
    if shape == "dated":
        return (
            f"<a class='card' href='{href}'>{img}<h3>{head}</h3><p>{desc}</p>"
            f"<span class='date'>{day_text(lang, day, form)}</span></a>"
        ), True
    # in-article: the card link inside an <article> with a heading and description
    return (
        f"<a href='{href}'><h2 class='title'>{head}</h2><div class='lead'>{desc}</div></a>",
        False,
    )


CARD_SHAPES = ("heading-desc-stop", "heading-desc", "title-class", "spans", "dated", "article")


def cardlink_cases() -> Iterator[Case]:
    for shape in CARD_SHAPES:
        for lang in LANGS:
            for form in range(2):
                for where in ("aside", "main"):
                    cards = [card_item(lang, i, shape, form) for i in range(4)]
                    dated = cards[0][1]
                    if shape == "article":
                        items = [f"<article class='c'>{c}</article>" for c, _ in cards]
                    else:
                        items = [
                            f"<li>{c}</li>" if form else f"<div class='col'>{c}</div>"
                            for c, _ in cards
                        ]
                    box = wrap(items, form, HEADINGS[lang][2])
                    yield Case(
                        f"cardlink/{shape}/{lang}/{form}/{where}",
                        page_url(lang),
                        shell(lang, box, where=where),
                        expected(lang, form, dated=dated),
                    )


# -- pair ----------------------------------------------------------------------------

CREDIT = {
    "de": "Foto: Max Mustermann / Stadtanzeiger Bildarchiv",
    "en": "Photo: John Smith / City Herald picture desk",
    "fr": "Photo : Jean Dupont / archives du Courrier",
}
READ = {"de": "Zum Artikel:", "en": "Read the story:", "fr": "Lire l'article :"}


def pair_item(lang: str, i: int, shape: str, form: int) -> str:
    head, _, desc, _ = TEASED[lang][i]
    href = rel(story_url(lang, i, form), form)
    img = "<img src='/img/t.jpg' alt=''>"
    if shape == "image-first":
        return f"<div class='teaser'><a class='thumb' href='{href}'>{img}</a><h3><a href='{href}'>{head}</a></h3><p>{desc}</p></div>"
    if shape == "image-last":
        return f"<div class='teaser'><h3><a href='{href}'>{head}</a></h3><a class='thumb' href='{href}'>{img}</a></div>"
    if shape == "screen-reader":
        return (
            f"<div class='teaser'><a class='thumb' href='{href}'>{img}<span class='sr-only'>{READ[lang]} {head}</span></a>"
            f"<h3><a href='{href}'>{head}</a></h3></div>"
        )
    if shape == "credit":
        return (
            f"<div class='teaser'><a class='thumb' href='{href}'><figure>{img}<figcaption>{CREDIT[lang]}</figcaption></figure></a>"
            f"<h3><a href='{href}'>{head}</a></h3></div>"
        )
    if shape == "tracking":
        return (
            f"<div class='teaser'><a class='thumb' href='{href}?utm_source=box&amp;utm_medium=image'>{img}</a>"
            f"<h4><a href='{href}?utm_source=box&amp;utm_medium=title'>{head}</a></h4></div>"
        )
    # picture with a caption repeating the description, then the headline link
    return (
        f"<li><a href='{href}'><figure>{img}<figcaption>{desc}</figcaption></figure></a>"
        f"<a href='{href}' class='title'>{head}</a></li>"
    )


PAIR_SHAPES = ("image-first", "image-last", "screen-reader", "credit", "tracking", "caption")


def pair_cases() -> Iterator[Case]:
    for shape in PAIR_SHAPES:
        for lang in LANGS:
            for form in range(2):
                for where in ("aside", "main"):
                    items = [pair_item(lang, i, shape, form) for i in range(4)]
                    box = wrap(items, form, HEADINGS[lang][3])
                    want = {
                        (u + "?utm_source=box&utm_medium=title" if shape == "tracking" else u): v
                        for u, v in expected(lang, form, dated=False).items()
                    }
                    yield Case(
                        f"pair/{shape}/{lang}/{form}/{where}",
                        page_url(lang),
                        shell(lang, box, where=where),
                        want,
                    )


# -- heading -------------------------------------------------------------------------


def heading_box(lang: str, shape: str, title: str, items: str) -> str:
    ul = f"<ul class='list'>{items}</ul>"
    if shape == "h2":
        return f"<section><h2>{title}</h2>{ul}</section>"
    if shape == "styled-line":
        return f"<div class='box'><div class='box-head'><span>{title}</span></div>{ul}</div>"
    if shape == "before-wrapper":
        return f"<h3 class='widget-title'>{title}</h3><div class='widget'><div class='inner'>{ul}</div></div>"
    if shape == "comment":
        return f"<section><h2>{title}</h2><!-- teaser list: related stories (automatic) -->{ul}</section>"
    if shape == "comment-only":
        return f"<section><!-- BEGIN box: recommendations widget v2 --><h2>{title}</h2><!-- END header -->{ul}</section>"
    if shape == "aria":
        return f'<section aria-label="{title}">{ul}</section>'
    if shape == "strong":
        return f"<div class='related'><p><strong>{title}</strong></p>{ul}</div>"
    # header with a "show all" link
    return f"<div class='related'><header><h2>{title}</h2><a href='/{SECTION[lang]}/'>Alle</a></header>{ul}</div>"


HEADING_SHAPES = (
    "h2",
    "styled-line",
    "before-wrapper",
    "comment",
    "comment-only",
    "aria",
    "strong",
    "header-link",
)


def heading_cases() -> Iterator[Case]:
    for shape in HEADING_SHAPES:
        for lang in LANGS:
            for form in range(2):
                title = HEADINGS[lang][form * 2 + 1]
                items = "".join(
                    f"<li><a href='{rel(story_url(lang, i, form), form)}'>{TEASED[lang][i][0]}</a></li>"
                    for i in range(4)
                )
                box = heading_box(lang, shape, title, items)
                yield Case(
                    f"heading/{shape}/{lang}/{form}",
                    page_url(lang),
                    shell(lang, box, where=("aside", "main")[form]),
                    expected(lang, form, dated=False),
                    block=title,
                )


# -- notfire -------------------------------------------------------------------------

SECTIONS = {
    "de": [
        ("Inland", "inland"),
        ("Ausland", "ausland"),
        ("Kommunalpolitik", "kommunalpolitik"),
        ("Wahlen 2024", "wahlen-2024"),
        ("Meinung und Debatte", "meinung-und-debatte"),
    ],
    "en": [
        ("National", "national"),
        ("World news", "world"),
        ("Local government", "local-government"),
        ("Elections 2024", "elections-2024"),
        ("Opinion and analysis", "opinion-and-analysis"),
    ],
    "fr": [
        ("France", "france"),
        ("Monde", "monde"),
        ("Vie de la cité", "vie-de-la-cite"),
        ("Élections 2024", "elections-2024"),
        ("Débats et opinions", "debats-et-opinions"),
    ],
}
TAGS = {
    "de": [
        "Haushalt der Stadt",
        "Krieg in der Ukraine",
        "Schulen und Kitas",
        "Verkehr in der Innenstadt",
        "Stadtrat",
        "Energiewende vor Ort",
    ],
    "en": [
        "City budget",
        "War in Ukraine",
        "Schools and nurseries",
        "Traffic in the city centre",
        "Council",
        "Energy transition at home",
    ],
    "fr": [
        "Budget de la ville",
        "Guerre en Ukraine",
        "Écoles et crèches",
        "Circulation au centre-ville",
        "Conseil",
        "Transition énergétique chez nous",
    ],
}
APPS = {
    "de": [
        "Laden im App Store",
        "Jetzt bei Google Play",
        "Folgen Sie uns auf Facebook",
        "Unser Kanal bei YouTube",
        "Folgen Sie uns auf Instagram",
    ],
    "en": [
        "Download on the App Store",
        "Get it on Google Play",
        "Follow us on Facebook",
        "Our channel on YouTube",
        "Follow us on Instagram",
    ],
    "fr": [
        "Télécharger dans l'App Store",
        "Disponible sur Google Play",
        "Suivez-nous sur Facebook",
        "Notre chaîne YouTube officielle",
        "Suivez-nous sur Instagram",
    ],
}
APP_HREFS = [
    "https://apps.apple.com/{cc}/app/{name}-news/id1234567890",
    "https://play.google.com/store/apps/details?id=com.{name}.android",
    "https://www.facebook.com/{name}",
    "https://www.youtube.com/channel/UC8kz2Xw91LmQp0aBc",
    "https://www.instagram.com/{name}/",
]
AUTHORS = [
    "Anna-Maria von Berg",
    "Jean-Pierre de la Fontaine",
    "Mary Jane Watson-Parker",
    "Klaus Peter Müller",
]
PROSE = {
    "de": [
        "Im Januar hatte der Kämmerer <a href='{u0}'>den ersten Entwurf des Haushalts</a> vorgestellt, der seitdem in allen Ausschüssen beraten wurde.",
        "Die Anwohner hatten schon im Herbst <a href='{u1}'>gegen die höheren Parkgebühren protestiert</a> und eine Bürgerversammlung verlangt.",
        "Die Sanierung der Leitungen war nach <a href='{u2}'>dem Rohrbruch in der Altstadt</a> dringend geworden, wie das Bauamt schrieb.",
    ],
    "en": [
        "In January the treasurer <a href='{u0}'>presented the first draft of the budget</a>, which has since been discussed in every committee.",
        "Residents had already <a href='{u1}'>protested against the higher parking fees</a> in the autumn and asked for a public meeting.",
        "Repairs to the pipes became urgent after <a href='{u2}'>the burst water main in the old town</a>, the works department wrote.",
    ],
    "fr": [
        "En janvier, l'adjoint aux finances avait <a href='{u0}'>présenté le premier projet de budget</a>, examiné depuis dans toutes les commissions.",
        "Les riverains avaient déjà <a href='{u1}'>protesté contre la hausse du stationnement</a> à l'automne et réclamé une réunion publique.",
        "La rénovation des canalisations était devenue urgente après <a href='{u2}'>la rupture d'une conduite dans la vieille ville</a>, selon les services.",
    ],
}
SLUGIFY = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "é": "e",
        "è": "e",
        "à": "a",
        "ç": "c",
        "É": "e",
        "'": "-",
        " ": "-",
    }
)


def slug(text: str) -> str:
    return text.lower().translate(SLUGIFY)


def notfire_boxes(lang: str) -> Iterator[tuple[str, str, str]]:
    """(shape, where, box or page markup) of boxes that are no list of stories."""
    sec = SECTION[lang]
    name = HOST[lang].split(".")[1]
    yield (
        "sections",
        "aside",
        "<ul class='subnav'>"
        + "".join(f"<li><a href='/{sec}/{s}/'>{t}</a></li>" for t, s in SECTIONS[lang])
        + "</ul>",
    )
    yield (
        "sections-index",
        "main",
        "<nav class='subnav'><ul>"
        + "".join(
            f"<li><a href='/{sec}/{s}/index.html'>{t} – {NAV[lang][1]}</a></li>"
            for t, s in SECTIONS[lang]
        )
        + "</ul></nav>",
    )
    yield (
        "tags",
        "article",
        "<div class='tags'>"
        + " ".join(f"<a class='tag' href='/thema/{slug(t)}'>{t}</a>" for t in TAGS[lang])
        + "</div>",
    )
    yield (
        "tags-list",
        "aside",
        "<h3>Themen</h3><ul class='topics'>"
        + "".join(f"<li><a href='/topics/{slug(t)}/'>{t}</a></li>" for t in TAGS[lang])
        + "</ul>",
    )
    yield (
        "apps",
        "aside",
        "<ul class='follow'>"
        + "".join(
            f"<li><a href='{h.format(cc=lang, name=name)}'>{t}</a></li>"
            for t, h in zip(APPS[lang], APP_HREFS, strict=True)
        )
        + "</ul>",
    )
    yield (
        "apps-footer",
        "main",
        "<div class='apps'><p>App</p>"
        + "".join(
            f"<div><a href='{h.format(cc=lang, name=name)}'><img src='/b.png' alt=''> {t}</a></div>"
            for t, h in zip(APPS[lang][:2], APP_HREFS[:2], strict=True)
        )
        + "<div><a href='https://appgallery.huawei.com/app/C102345678'>AppGallery Huawei Store</a></div></div>",
    )
    yield (
        "authors",
        "aside",
        "<ul class='authors'>"
        + "".join(f"<li><a href='/autor/{slug(a)}/'>{a}</a></li>" for a in AUTHORS)
        + "</ul>",
    )
    yield (
        "footer",
        "main",
        "<ul class='legal'>"
        + "".join(
            f"<li><a href='/service/{s}/'>{t}</a></li>"
            for t, s in (
                ("Impressum und Kontakt", "impressum"),
                ("Hinweise zum Datenschutz", "datenschutz"),
                ("Allgemeine Geschäftsbedingungen", "agb"),
                ("Abo und Service-Center", "abo"),
            )
        )
        + "</ul>",
    )
    u = [story_url(lang, i) for i in range(3)]
    prose = (
        "<ul>"
        + "".join(f"<li>{line.format(u0=u[0], u1=u[1], u2=u[2])}</li>" for line in PROSE[lang])
        + "</ul>"
    )
    yield "prose-list", "inside", prose
    yield (
        "prose-paras",
        "inside",
        "<div class='inline'>"
        + "".join(f"<p>{line.format(u0=u[0], u1=u[1], u2=u[2])}</p>" for line in PROSE[lang])
        + "</div>",
    )


def front_page(lang: str) -> str:
    """A section front: teasers only, no story."""
    cards = "".join(
        f"<article class='teaser'><h2><a href='{story_url(lang, i)}'>{h}</a></h2><p>{d}.</p></article>"
        for i, (h, _, d, _) in enumerate(TEASED[lang])
    )
    nav = "".join(f"<li><a href='/{w.lower()}/'>{w}</a></li>" for w in NAV[lang])
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{NAV[lang][1]}</title></head>"
        f"<body><header><nav><ul>{nav}</ul></nav></header><main><h1>{NAV[lang][1]}</h1>{cards}</main></body></html>"
    )


def notfire_cases() -> Iterator[Case]:
    for lang in LANGS:
        for shape, where, box in notfire_boxes(lang):
            for variant in range(2):
                if where == "inside":
                    html = shell(
                        lang,
                        "",
                        where="none",
                        inside=box if variant else box.replace("<ul>", "<ul class='links'>"),
                    )
                else:
                    wh = where if variant else ("aside" if where != "aside" else "main")
                    html = shell(lang, box, where=wh)
                yield Case(f"notfire/{shape}/{lang}/{variant}", page_url(lang), html)
        for variant in range(2):
            url = f"https://{HOST[lang]}/{SECTION[lang]}/" + ("" if variant else "index.html")
            yield Case(f"notfire/front/{lang}/{variant}", url, front_page(lang))


# -- hosts ---------------------------------------------------------------------------


def hosts_cases() -> Iterator[Case]:
    """The page on one of the site's hosts (``sport.``), a box of the site's stories on
    its other hosts (``www.``, ``kultur.``) named by an id only, perhaps with a malformed
    link elsewhere on the page (a consent link urlsplit refuses): all items stay."""
    for lang in LANGS:
        site = HOST[lang].removeprefix("www.")
        page = f"https://sport.{site}/fussball/stadion-4711.html"
        for broken in (False, True):
            urls = [
                f"https://{h}.{site}/p/{48211 + i}.html"
                for i, h in enumerate(("www", "kultur", "www", "kultur"))
            ]
            rows = "".join(
                f"<li><a href='{u}'>{TEASED[lang][i][0]}</a></li>" for i, u in enumerate(urls)
            )
            box = f"<h3>{HEADINGS[lang][3]}</h3><ul>{rows}</ul>"
            html = shell(lang, box)
            if broken:
                html = html.replace(
                    "<p>© 2024</p>",
                    "<p><a href='http://[ccpa-preferences]'>Privacy</a> © 2024</p>",
                )
            items = {u: (TEASED[lang][i][0], None) for i, u in enumerate(urls)}
            yield Case(f"hosts/{lang}/{int(broken)}", page, html, items)


# -- headpair ------------------------------------------------------------------------

#: The lines that must not name a pair of teasers: a sentence, a date line, a label.
NOT_HEADS = {
    "de": ["Die Polizei bittet Zeugen, sich zu melden.", "14.03.2024, 08:00 Uhr", "Anzeige"],
    "en": ["Police are asking witnesses to come forward.", "March 14, 2024 8:00 am", "Advert"],
    "fr": ["La police lance un appel à témoins.", "14 mars 2024 à 08h00", "Publicité"],
}
#: A class token of the markup of a site whose class words say nothing (as
#: bench/body_bare.py makes them).
OPAQUE = ("qzxkjzqx", "jxkqzjzk", "xqjzkkqz", "kzjqxxzj")


def pair_card(lang: str, i: int, form: int, cls: str) -> str:
    """A teaser card: a headline link in a heading, a description and a "more" link."""
    head, _, desc, _ = TEASED[lang][i]
    href = rel(story_url(lang, i, form), form)
    return (
        f"<div class='{cls}'><div class='{OPAQUE[3]}'><img src='/i/{i}.jpg' alt=''></div>"
        f"<h2><a href='{href}'>{head}</a></h2><div><p>{desc}. <a href='{href}'>{MORE[lang]}</a>"
        "</p></div></div>"
    )


MORE = {"de": "mehr", "en": "more", "fr": "plus"}
HEADPAIR_SHAPES = ("div", "span", "p")


def headpair_box(lang: str, line: str, shape: str, form: int, alike: bool = True) -> str:
    """A box of two teaser cards headed by a short line without a link, every class an
    opaque token (no ``head``/``title`` word names the line)."""
    head = (
        f"<{shape} class='{OPAQUE[0]}'>{line}</{shape}>"
        if shape != "span"
        else f"<div class='{OPAQUE[0]}'><span>{line}</span></div>"
    )
    cards = pair_card(lang, 0, form, OPAQUE[1]) + pair_card(
        lang, 1, form, OPAQUE[1] if alike else OPAQUE[2]
    )
    if not alike:  # the second card built otherwise: no repeated shape
        cards = cards[: cards.rindex("<h2>")] + cards[cards.rindex("<h2>") :].replace(
            "<h2>", "<h3>"
        ).replace("</h2>", "</h3>")
    return f"<div class='{OPAQUE[2]} {OPAQUE[3]}'>{head}{cards}</div>"


def headpair_cases() -> Iterator[Case]:
    """A pair of teasers after the story, headed by a line (of two words or more) that
    classes do not name a head: both items, named by the line."""
    for shape in HEADPAIR_SHAPES:
        for lang in LANGS:
            for form in range(2):
                title = HEADINGS[lang][form * 3]  # of two words or more
                box = headpair_box(lang, title, shape, form)
                yield Case(
                    f"headpair/{shape}/{lang}/{form}",
                    page_url(lang),
                    shell(lang, box, where=("article", "main")[form]),
                    expected(lang, form, dated=False, count=2),
                    block=title,
                )


def headpair_notfire_cases() -> Iterator[Case]:
    """The same pair headed by a sentence, a date line or a one-word label, or whose two
    cards are not built alike: an untitled pair, too weak for a box of stories: no item."""
    for lang in LANGS:
        for form in range(2):
            where = ("article", "main")[form]
            for k, line in enumerate(NOT_HEADS[lang]):
                box = headpair_box(lang, line, HEADPAIR_SHAPES[k], form)
                yield Case(
                    f"headpair-notfire/line{k}/{lang}/{form}",
                    page_url(lang),
                    shell(lang, box, where=where),
                )
            box = headpair_box(lang, HEADINGS[lang][1], "div", form, alike=False)
            yield Case(
                f"headpair-notfire/unlike/{lang}/{form}",
                page_url(lang),
                shell(lang, box, where=where),
            )


# -- cardslug ------------------------------------------------------------------------

#: A kicker of three words of four letters or more, per language.
KICKERS = {
    "de": "Streit ums Geld im Rathaus",
    "en": "Money fight inside city hall",
    "fr": "Querelle autour des finances municipales",
}


def cardslug_cases() -> Iterator[Case]:
    """Cards that are one link, every class an opaque token, no heading: a kicker of
    three words or more, the headline (the longest line), a description ending without a
    full stop. The URL's slug spells the kicker and the headline (``kicker-title``), the
    kicker and the first words of the headline (``kicker-cut``), or the URL is an id
    (``id``): the headline stays, the kicker is none. (A guard for any rule reading a
    card's headline off its URL's slug: one was tried in s25 and dropped, it took the
    kicker that sites' slugs spell on two tune pages.)"""
    for lang in LANGS:
        for shape in ("kicker-title", "kicker-cut", "id"):
            cards = []
            items: dict[str, tuple[str, int | None]] = {}
            for i in range(4):
                head, _, desc, _ = TEASED[lang][i]
                desc = desc[: len(head) - 5]  # shorter than the headline
                words = slug(f"{KICKERS[lang]} {head}").replace("«", "").split("-")
                if shape == "kicker-cut":
                    words = words[: len(words) - 4]
                path = "-".join(w for w in words if w)
                if shape == "id":
                    path = f"a{48211 + i}"
                url = f"https://{HOST[lang]}/{SECTION[lang]}/{path}.html"
                cards.append(
                    f"<li class='{OPAQUE[1]}'><a href='{url}'><span class='{OPAQUE[2]}'>"
                    f"{KICKERS[lang]}</span><span class='{OPAQUE[3]}'>{head}</span>"
                    f"<span class='{OPAQUE[0]}'>{desc}</span></a></li>"
                )
                items[url] = (head, None)
            box = f"<h2>{HEADINGS[lang][0]}</h2><ul>{''.join(cards)}</ul>"
            yield Case(f"cardslug-notfire/{shape}/{lang}", page_url(lang), shell(lang, box), items)


def cardpieces_cases() -> Iterator[Case]:
    """Cards that are one link, every class an opaque token, no heading, where the rule
    reading the first of a card's two pieces as its headline (``card_title_place``) must
    not take another piece: a kicker of four words or more that the cards share over the
    headline and a longer description (``shared-kicker``: the kicker is no piece), a
    kicker of one to three words over the headline alone (``kicker-only``: one piece), a
    kicker over the headline and a shorter description (``head-longer``: the longest
    line), a description ending with a full stop before the headline (``desc-first``):
    the headline in every card."""
    for lang in LANGS:
        for shape in ("shared-kicker", "kicker-only", "head-longer", "desc-first"):
            cards = []
            for i in range(4):
                head, _, desc, _ = TEASED[lang][i]
                kicker = NAV[lang][1 + i]
                pieces = {
                    "shared-kicker": [KICKERS[lang], head, f"{desc} {desc}"],
                    "kicker-only": [kicker, head],
                    "head-longer": [kicker, head, desc[: len(head) - 5]],
                    "desc-first": [f"{desc}.", head],
                }[shape]
                spans = "\n".join(
                    f"<span class='{OPAQUE[k % 4]}'>{text}</span>" for k, text in enumerate(pieces)
                )
                cards.append(
                    f"<li class='{OPAQUE[1]}'><a href='{story_url(lang, i)}'>"
                    f"<img src='/i/t.jpg' alt=''>{spans}</a></li>"
                )
            box = f"<h2>{HEADINGS[lang][0]}</h2><ul>{''.join(cards)}</ul>"
            yield Case(
                f"cardpieces-notfire/{shape}/{lang}",
                page_url(lang),
                shell(lang, box),
                expected(lang, 0, dated=False),
            )


# -- glued ---------------------------------------------------------------------------


def glued_box(lang: str, links: list[tuple[str, str]], extra: str = "") -> str:
    """A box of cards that are one inline link each (a picture and the headline in a
    ``<span>``), side by side with nothing between them, every class an opaque token."""
    cards = "".join(
        f"<a class='{OPAQUE[1]}' href='{h}'{extra}><img src='/i/t.jpg' alt=''>"
        f"<span class='{OPAQUE[2]}'>{t}</span></a>"
        for t, h in links
    )
    return f"<div class='{OPAQUE[0]}'><h2>{HEADINGS[lang][0]}</h2>{cards}</div>"


def glued_cases() -> Iterator[Case]:
    """Cards glued into one line of their box (the walk tallies none of them), inside
    the story between its paragraphs or after it: every card a teaser."""
    for lang in LANGS:
        for form in range(2):
            links = [(TEASED[lang][i][0], rel(story_url(lang, i, form), form)) for i in range(3)]
            for where in ("inside", "article"):
                box = glued_box(lang, links)
                html = (
                    shell(lang, "", where="none", inside=box)
                    if where == "inside"
                    else shell(lang, box, where="article")
                )
                yield Case(
                    f"glued/{where}/{lang}/{form}",
                    page_url(lang),
                    html,
                    expected(lang, form, dated=False, count=3),
                )


def glued_notfire_cases() -> Iterator[Case]:
    """Glued links that are no cards: a strip of topic labels of three words or fewer
    linking stories, one card's picture, headline and description links to one story,
    a menu's items (``role="menuitem"``): no item."""
    for lang in LANGS:
        urls = [story_url(lang, i) for i in range(4)]
        labels = [" ".join(TEASED[lang][i][0].split()[:3]) for i in range(4)]
        head, _, desc, _ = TEASED[lang][0]
        boxes = {
            "labels": glued_box(lang, list(zip(labels, urls, strict=True))),
            "one-card": glued_box(lang, [(head, urls[0]), (desc, urls[0]), ("", urls[0])]),
            "menu": glued_box(
                lang,
                [(TEASED[lang][i][0], urls[i]) for i in range(3)],
                extra=" role='menuitem'",
            ),
        }
        for shape, box in boxes.items():
            for where in ("inside", "article"):
                html = (
                    shell(lang, "", where="none", inside=box)
                    if where == "inside"
                    else shell(lang, box, where="article")
                )
                yield Case(f"glued-notfire/{shape}/{where}/{lang}", page_url(lang), html)


# -- bare: the classes on pages whose class words are opaque ------------------------


def bare(classes: tuple[str, ...], variant: str) -> Iterator[Case]:
    """The cases of *classes* on their pages as ``bench/body_bare.py`` perturbs them
    (*variant* ``opaque``: class and id words made opaque tokens; ``divsoup``: and the
    semantic tags made ``div``): the same items, or none, expected."""
    for name in classes:
        for case in CLASSES[name]():
            html = perturbed(case.html, variant)
            if html is not None:
                yield Case(f"{variant}/{case.name}", case.url, html, dict(case.items), case.block)


FIRE = ("dated", "hosts", "cardlink", "pair", "heading", "headpair", "glued")
NOTFIRE = ("notfire", "headpair-notfire", "glued-notfire")
#: Classes that must give their items as they are, and whose slug line must not fire.
FIRE_TOO = ("cardslug-notfire", "cardpieces-notfire")

CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "dated": dated_cases,
    "hosts": hosts_cases,
    "cardlink": cardlink_cases,
    "pair": pair_cases,
    "heading": heading_cases,
    "notfire": notfire_cases,
    "headpair": headpair_cases,
    "headpair-notfire": headpair_notfire_cases,
    "cardslug-notfire": cardslug_cases,
    "cardpieces-notfire": cardpieces_cases,
    "glued": glued_cases,
    "glued-notfire": glued_notfire_cases,
    "bare-opaque": lambda: bare(FIRE + FIRE_TOO, "opaque"),
    "bare-divsoup": lambda: bare(FIRE + FIRE_TOO, "divsoup"),
    "bare-opaque-notfire": lambda: bare(NOTFIRE, "opaque"),
    "bare-divsoup-notfire": lambda: bare(NOTFIRE, "divsoup"),
}


def run(case: Case) -> tuple[list[str], list[str]]:
    """(missed, leaked) descriptions of one page."""
    root = selector(case.html.encode()).root
    found = generic_article(root, case.url, fetched_at=FETCHED)
    try:
        _, items = article_records(found, root, url=case.url, site="redteam", fetched_at=FETCHED)
    except NotArticleError:
        items = []
    normaliser = page_normaliser(found.language)
    got: dict[str | None, tuple[str | None, int | None, str | None]] = {}
    for item in items:
        raw = item.datePublishedRaw
        value = normaliser.normalise(raw, FETCHED).value if raw else None
        got.setdefault(item.url, (item.headline, int(value[8:10]) if value else None, item.block))
    missed: list[str] = []
    leaked: list[str] = []
    for url, (headline, day) in case.items.items():
        if url not in got:
            missed.append(f"no item {url}")
            continue
        h, d, block = got[url]
        if h != headline:
            missed.append(f"headline {h!r} for {headline!r}")
        if day is not None and d != day:
            missed.append(f"day {d} for {day} ({headline})")
        if case.block is not None and block != case.block:
            missed.append(f"block {block!r} for {case.block!r}")
    dupes = len(items) - len(got)
    leaked.extend(f"leaked {u} {v[0]!r}" for u, v in got.items() if u not in case.items)
    leaked.extend(["duplicate item"] * dupes)
    return missed, leaked


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if a != "-v"] or list(CLASSES)
    for name in names:
        pages = failed = missed_n = leaked_n = 0
        for case in CLASSES[name]():
            pages += 1
            missed, leaked = run(case)
            missed_n += bool(missed)
            leaked_n += bool(leaked)
            if missed or leaked:
                failed += 1
                if verbose:
                    print(f"  {case.name}: " + "; ".join(missed + leaked)[:400])
        print(
            f"{name:10} pages {pages:4}  failed {failed:4}  (missed {missed_n}, leaked {leaked_n})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
