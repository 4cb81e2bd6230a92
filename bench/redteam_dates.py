# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red team of synthetic pages for publication dates the page shows plainly (issue 9).

Builds pages of one structure each, in variants (languages de/en/fr/es/ru, each language's
date formats, tags and class names in several languages), runs the generic extractor
(``generic_article`` and the page normaliser, as ``bench/generic_dates.py`` does) and
compares the publication day kept with the one the page shows.

    python bench/redteam_dates.py [SHAPE ...] [-v]

Shapes that must give the day (2024-03-14): ``stamp`` (a visible stamp right under the
headline: ``<time>`` without ``datetime``, a ``<span>``/``<div>``/``<p>`` with no date-ish
class, labelled or not, in a byline line), ``url`` (the URL's day on a page with no other
date), ``jsonld`` (a JSON-LD date in unusual places: ``@graph``, a WebPage whose
``mainEntity`` is the article, ``dateCreated``/``uploadDate`` only, the article's script
second, microdata ``itemprop``), ``meta`` (Open Graph and other publication metas).
Shape ``notfire`` must give no date: an undated story whose sidebar, teasers, comments or
listing carry dates, a header showing today's date, a copyright year, an event's date in
the text. Shape ``langs``: a stamp in 27 languages' own forms (month names, d.m.yyyy,
d.m.yy, yyyy/mm/dd, Thai Buddhist-era years, 年月日, 년 월 일) in a ``<p>``, a ``<span>``, a
``<time>`` without ``datetime``, closing a byline line after a comma, or after a bar with
a time of day, each with four twins that must give no date (the same date as an event's
day in the story, in an offer's "valid until" line, beside another story's teaser, in
another story's teaser card with its byline). Shape ``relative``: a relative stamp ("vor 3
Stunden", "il y a une heure", "вчера в 14:30", "3 dni temu", "3時間前", "3시간 전" …) in
de/fr/es/pt/ru/nl/it/pl/en/ja/zh/ko, and worded without a figure ("vor wenigen Minuten",
"een uur geleden", "just now"), in the same places and after a publication label, the day it gives at the fetch time; its
twins give no date (the stamp of a reader's comment below an undated story, of a teaser
card, a future phrase such as "in 3 Tagen" under the headline, a day's word in a link or a
heading, today's or now's word alone). Shape ``relone``: a relative stamp counted by the
word for "one" (nl/tr/id/vi/cs/hu/el: "een uur geleden", "egy órája") or saying "a moment
ago" (12 languages) under the headline, the fetch day's; twins (a comment's, a teaser's, a
moment's phrase in a sentence, now's word alone) give no date. Shape ``comment1``: one or two readers' replies
with an absolute date below an undated story inside its ``<article>`` (de/en/fr/es/ru
comment systems' forms, classed "comment"/"reply" or not, in a "Comments" section), a
"last reviewed" box, an author's "member since" line: no date; twins that must give the
day: the story's own closing stamp after its last paragraph, alone and with a reply
below it. Shape ``reviewed``: a review's line ("Page last reviewed: …") in 8 languages
under the headline or below the story gives no date, beside the story's own stamp its
day; a reviewer's byline and "reviewed" in the story's words cut nothing. Shape ``since``:
a profile's "member since" line (8 languages) gives no date; "Online seit" gives the day.
Shape ``modonly``: a modification stamp as the page's only date (led by its label, after
a byline in its line, in elements of its own, a review's) gives no date; beside the
publication stamp, the day. Shape ``tdloose``: a loose date line (the cell's own text) right under the headline atop
an old table layout's story cell gives the day; the same line after the first paragraph,
at the cell's foot, or under a section label gives none. A page fails when its day
is missing or wrong, or (notfire) when any date is kept (counted as invented).
Shapes ``ldodd`` (JSON-LD in rarer places and value formats; an Event's, a Comment's, a
modification's date give none), ``metaodd`` (metas in odd casing and rarer names; a
modification or expiry meta alone gives none), ``urlodd`` (day-first, unpadded, in-slug,
query URL days; a month or an id gives none), ``shown`` (further stamp forms of 11
languages; the same text as a reader's comment stamp gives none) and ``notfire3`` (event
days without a year, copyright, "updated" alone, a teaser card under the headline);
``modfirst``: a modification stamp and the publication stamp after it in one line;
``teaserup``: another story's dated teaser card above the story (a date-classed date, the
card linked whole, the date on a line above the linked headline) gives none; the page's own
stamp beside or in a link there (to the page's own address, to its day's archive, in a meta
row with a long topic link, beside a byline link of names, beside the headline linked to
itself) gives the day. ``urlmore``, ``cjk``, ``placed``: see their functions (URL days
by a month's short name or in year/month-day folders; labelled CJK stamps and their
modification, event and deadline twins; stamps above the headline or in rarer places; ``quoted``: embedded posts and quotations
in the story, whose dates are not the page's; ``quotednext``: the same in a story
whose container is the next sibling of the headline's containers; ``captioned``: a
figure's caption naming the day the picture was taken; ``gridrows``: the stamp under
the headline in a layout grid's rows of one class; ``labelled``: publication and
modification labels of 19 languages; ``script``: a framework's state naming the
publication, and states whose timestamps are other things'; ``urlquery``: a query's day in three values or dotted;
``urldmy``: a URL's dashed or dotted day first, a month's full name;
``codescript``: a JSON object a script's code assigns or pushes;
``attrstamp``: a stamp's time in a data attribute;
``linkcard``: another story's card linked whole inside the story;
``wordshort``: a short-year numeric stamp after a few words;
``version``: a product's version number that reads as a short-year date ("Firmware
4.2.20", "Firmware <b>4.2.20</b>"), and short unpadded days after words that must still
date the page;
``wrapped``: a stamp past the wrapper that holds the header alone (a picture, the byline,
the stamp, the story), beside other stories' times; twins: an update alone, a teaser, a
copyright line, an event's day there;
``markedlist``: readers' latest comments each under a ``<time pubdate>`` of its own day,
beside the page's stamp or marked time; twin: an undated story with them in an aside;
``urlagree``: the story's unmarked ``<time>`` above the headline's column after a menu of
other stories' times, the URL on its day; twin: a stamp under the headline against a URL
of another day;
``commented``: an HTML comment stating a build's, a cache's or a render's time (no date;
beside the page's stamp, its day), or holding the story's data object (its publication
day; a list's of several days: none);
``otherday``: another thing's day (a premiere's, a concert's, a deadline's, an opening's,
an offer's end, a season's, a life's days) as an undated page's only date, under the
headline, in a wrapper after the byline, opening the lead, in a box beside the story
(no date); twins: the page's own stamp under the headline beside it, and the page's
own stamp alone led by words no label list holds (the day);
``bylined``: a byline line closing on the page's own day past the header's wrapper
("Por Ana García, 14 de marzo de 2024"); twins: a byline word before no writer ("Por la
tarde, …"), a quoted person's day, a teaser list's dated bylines there (no date);
``clause``: a date a clause goes on past ("Talk on 5 May 2024 at the town hall") or a
year standing alone opens, on an undated page (no date); twins: the page's stamp with a
time, a zone, a bar, a byline or another label after its date (the day);
``badge``: a date badge (the day, the month and the year on lines of their own, a
day's name above them, the month first) under the headline, in a box of its own or
beside the byline (the day); twins: a badge without a year, an archive's month and count,
other stories' badges in a teaser list, a reader's comment's badge (no date);
``oldscript``: the same
states in an old-style script's wrapper (``/* <![CDATA[ */``) or a ``const``; ``framed``: the story's
column classed for the sidebar beside it; ``banner``: a header of plain containers with
today's date widget and the menu).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from redteam import NAV, STORY, paras, shell

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.metadata import page_normaliser

Case = tuple[str, str, str, str | None]  # name, url, html, expected day (None: no date)

DAY = "2024-03-14"
FETCHED_AT = datetime(2024, 11, 1, 9, 0, tzinfo=UTC)
LANGS = ("de", "en", "fr", "es", "ru")

STORIES: dict[str, tuple[str, list[str]]] = {
    **STORY,
    "es": (
        "El ayuntamiento aprueba un nuevo presupuesto para escuelas y carreteras",
        [
            "El ayuntamiento aprobó el martes, tras un largo debate, el nuevo presupuesto que "
            "prevé fondos para escuelas, carreteras y la renovación de las tuberías de agua.",
            "Los concejales discutieron casi cuatro horas antes de la votación, que salió "
            "adelante por siete votos a dos después de que varios vecinos hablaran en contra.",
            "El alcalde dijo que el mayor presupuesto de la historia de la ciudad se equilibrará "
            "con menores gastos administrativos y tarifas de aparcamiento más altas en el centro.",
            "La oposición advirtió que las tarifas de aparcamiento llevarán a los clientes a los "
            "centros comerciales de las afueras y pidió una revisión del plan dentro de un año.",
            "El presupuesto entra en vigor en enero y las primeras obras en las tuberías están "
            "previstas para la primavera, según el departamento de obras públicas.",
        ],
    ),
    "ru": (
        "Городской совет утвердил новый бюджет для школ и дорог",
        [
            "Городской совет во вторник после долгих обсуждений утвердил новый бюджет, который "
            "предусматривает средства для школ, дорог и ремонта водопроводных труб.",
            "Депутаты спорили почти четыре часа перед голосованием, которое завершилось со "
            "счетом семь к двум после того, как несколько жителей выступили против плана.",
            "Мэр заявил, что крупнейший бюджет в истории города будет сбалансирован за счет "
            "снижения административных расходов и повышения платы за парковку в центре.",
            "Оппозиция предупредила, что плата за парковку отпугнет покупателей в торговые "
            "центры на окраине, и потребовала пересмотреть план в течение года.",
            "Бюджет вступает в силу в январе, а первые работы на трубах запланированы на весну, "
            "сообщили в департаменте общественных работ.",
        ],
    ),
}
NAVS = {
    **NAV,
    "es": ["Inicio", "Política", "Economía", "Deportes", "Cultura", "Local"],
    "ru": ["Главная", "Политика", "Экономика", "Спорт", "Культура", "Город"],
}

#: How each language shows 14 March 2024, 10:15 under a headline.
STAMPS = {
    "de": [
        "14.03.2024 | 10:15 Uhr",
        "14. März 2024, 10:15 Uhr",
        "Veröffentlicht am 14.03.2024",
        "Do., 14.03.2024",
    ],
    "en": [
        "Published 14 March 2024, 10:15",
        "March 14, 2024 10:15 AM",
        "Thursday 14 March 2024",
        "Mar 14, 2024",
    ],
    "fr": ["Publié le 14 mars 2024 à 10h15", "14/03/2024 10:15", "jeudi 14 mars 2024"],
    "es": [
        "Publicado el 14 de marzo de 2024, 10:15",
        "14/03/2024 - 10:15",
        "jueves, 14 de marzo de 2024",
    ],
    "ru": ["14 марта 2024, 10:15", "14.03.2024 10:15", "Опубликовано: 14 марта 2024"],
}
UPDATED = {
    "de": "Aktualisiert am 15.03.2024, 08:00 Uhr", "en": "Updated 15 March 2024, 08:00", "fr": "Mis à jour le 15 mars 2024 à 8h00",
    "es": "Actualizado el 15 de marzo de 2024, 08:00", "ru": "Обновлено: 15 марта 2024, 08:00",
}  # fmt: skip
BY = {
    "de": "Von Anna Schmidt",
    "en": "By Anna Smith",
    "fr": "Par Anne Martin",
    "es": "Por Ana García",
    "ru": "Анна Смирнова",
}
#: Class names of the stamp's box that name no date (several languages, neutral).
NEUTRAL = ["", "kopf-info", "entete", "cabecera", "x7f2", "shapka"]
#: Other stories' dates (listings, sidebars, comments): never the page's.
OTHER_DAYS = ["12.03.2024", "02/02/2024", "9 January 2024", "28. Februar 2024", "5 марта 2024"]


def nav(lang: str) -> str:
    items = "".join(f"<li><a href='/{i}/'>{w}</a></li>" for i, w in enumerate(NAVS[lang]))
    return f"<header><div class='logo'><a href='/'>Zeitung</a></div><nav><ul>{items}</ul></nav></header>"


def foot(lang: str) -> str:
    links = " | ".join(f"<a href='/f{i}'>{w}</a>" for i, w in enumerate(NAVS[lang]))
    return f"<footer><p>{links}</p></footer>"


def page(
    lang: str, under: str = "", head: str = "", after: str = "", layout: str = "article"
) -> str:
    """A story page: headline, *under* it, the story, *after* it (no other date)."""
    title, lines = STORIES[lang]
    if layout == "article":
        main = f"<main><article><h1>{title}</h1>{under}{paras(lines)}{after}</article></main>"
    else:
        main = f"<div class='wrap'><div class='c1'><h1>{title}</h1>{under}<div class='txt'>{paras(lines)}</div>{after}</div></div>"
    return shell(f"{nav(lang)}{main}{foot(lang)}", title, lang, head)


def url_of(name: str) -> str:
    return f"https://www.example.org/news/{name}.html"


# -- shapes that must give the day ------------------------------------------------------


def stamp_cases() -> Iterator[Case]:
    for lang in LANGS:
        for i, text in enumerate(STAMPS[lang]):
            for tag in ("time", "span", "div", "p"):
                for j, cls in enumerate(NEUTRAL[:3] if tag != "time" else [""]):
                    attr = f" class='{cls}'" if cls else ""
                    stamp = f"<{tag}{attr}>{text}</{tag}>"
                    if tag == "span":
                        stamp = f"<div>{stamp}</div>"
                    for layout in ("article", "div"):
                        name = f"stamp-{lang}-{i}-{tag}-{j}-{layout}"
                        yield name, url_of(name), page(lang, stamp, layout=layout), DAY
            # beside an update stamp (a later day), before or after it
            for order in ("first", "last"):
                upd = f"<span>{UPDATED[lang]}</span>"
                both = (
                    f"<span>{text}</span> {upd}"
                    if order == "first"
                    else f"{upd} <span>{text}</span>"
                )
                name = f"stamp-{lang}-{i}-updated-{order}"
                yield name, url_of(name), page(lang, f"<div>{both}</div>"), DAY
            # in a byline line
            for layout in ("article", "div"):
                name = f"stamp-{lang}-{i}-byline-{layout}"
                under = f"<p><span>{BY[lang]}</span> · <span>{text}</span></p>"
                yield name, url_of(name), page(lang, under, layout=layout), DAY


#: More shapes of a stamp: other formats, and the stamp above the headline, under a
#: picture, after the lead paragraph or at the end of the story.
MORE_STAMPS = {
    "de": [
        "14.3.2024",
        "Erstellt: 14.03.24, 10:15 Uhr",
        "14.03.2024 - 10:15",
        "Donnerstag, 14. März 2024",
    ],
    "en": [
        "Thu 14 Mar 2024 10.15 GMT",
        "03/14/2024",
        "2024-03-14 10:15",
        "14th March 2024",
        "Posted on March 14th, 2024",
    ],
    "fr": ["14 mars 2024 à 10:15", "Publié le 14/03/2024 à 10h15", "14.03.2024"],
    "es": ["14 mar 2024", "14-03-2024 10:15", "Madrid, 14 de marzo de 2024"],
    "ru": ["14.03.2024", "14 марта 2024 в 10:15", "Дата публикации: 14.03.2024"],
}


#: A byline or edition line that the date closes, in each language's words.
WORDS_STAMPS = {
    "de": ["Von Anna Schmidt am 14. März 2024", "Stadtanzeiger vom 14. März 2024"],
    "en": ["By Anna Smith on 14 March 2024", "Print edition of 14 March 2024"],
    "fr": ["Par Anne Martin le 14 mars 2024", "Le Journal du 14 mars 2024"],
    "es": ["Por Ana García el 14 de marzo de 2024", "Edición del 14 de marzo de 2024"],
    "ru": ["Анна Смирнова от 14 марта 2024", "Выпуск от 14 марта 2024"],
}
#: An event's day in a short line of a box after the story (must not fire).
EVENT_LINES = {
    "de": "Premiere am 5. Mai 2024", "en": "Premiere on 5 May 2024", "fr": "Première le 5 mai 2024",
    "es": "Estreno el 5 de mayo de 2024", "ru": "Премьера 5 мая 2024",
}  # fmt: skip


def more_stamp_cases() -> Iterator[Case]:
    figure = "<figure><img src='/p.jpg' alt=''><figcaption>Foto: Archiv</figcaption></figure>"
    for lang in LANGS:
        title, lines = STORIES[lang]
        for i, text in enumerate(WORDS_STAMPS[lang]):
            for tag in ("p", "div"):
                name = f"more-{lang}-words{i}-{tag}"
                yield name, url_of(name), page(lang, f"<{tag}>{text}</{tag}>"), DAY
        for tag in ("p", "div"):
            name = f"more-{lang}-event-after-{tag}-notfire"
            box = f"<div class='box'><{tag}>{EVENT_LINES[lang]}</{tag}></div>"
            yield name, url_of(name), page(lang, after=box), None
        for i, text in enumerate(MORE_STAMPS[lang]):
            name = f"more-{lang}-{i}-under"
            yield name, url_of(name), page(lang, f"<div class='x'>{text}</div>"), DAY
            for where in ("above", "figure", "lead", "end"):
                stamp = f"<div class='x'>{text}</div>"
                body = paras(lines)
                if where == "above":
                    main = f"<main><article>{stamp}<h1>{title}</h1>{body}</article></main>"
                elif where == "figure":
                    main = f"<main><article><h1>{title}</h1>{figure}{stamp}{body}</article></main>"
                elif where == "lead":
                    main = f"<main><article><h1>{title}</h1><p><b>{lines[0]}</b></p>{stamp}{paras(lines[1:])}</article></main>"
                else:
                    main = f"<main><article><h1>{title}</h1>{body}{stamp}</article></main>"
                name = f"more-{lang}-{i}-{where}"
                yield name, url_of(name), shell(f"{nav(lang)}{main}{foot(lang)}", title, lang), DAY


JA_STORY = (
    "市議会が学校と道路の新予算を可決",
    [
        "市議会は火曜日、長い議論の末に学校や道路、水道管の改修に充てる新しい予算を賛成多数で可決した。",
        "議員らは採決の前に約四時間にわたって議論し、複数の住民が公開の場で計画に反対の意見を述べた。",
        "市長は、市の歴史で最大となる予算は管理費の削減と中心部の駐車料金の値上げで賄うと説明した。",
        "野党は駐車料金の値上げで買い物客が郊外の商業施設に流れると警告し、一年以内の見直しを求めた。",
    ],
)


def odd_cases() -> Iterator[Case]:
    """Stamps in shapes real pages show: split over elements, with other parts in the row,
    after a logo <h1>, a place before the date; Japanese dates."""
    for lang in ("de", "en", "fr", "es", "ru"):
        title, lines = STORIES[lang]
        month = {"de": "März", "en": "Mar", "fr": "mars", "es": "marzo", "ru": "марта"}[lang]
        odd = {
            "split": f"<div class='d'><span>14</span> <span>{month}</span> <span>2024</span></div>",
            "split-classes": f"<div><span class='day'>14</span><span class='month'>{month}</span><span class='year'>2024</span></div>",
            "row-parts": f"<div>{NAVS[lang][1]} | 14.03.2024 | 3 min</div>",
            "row-site": "<div>Zeitung, 14.03.2024</div>",
            "place": "<p>Berlin, 14.03.2024</p>",
            "abbr": "<abbr class='published' title='2024-03-14T10:15:00+01:00'>vor langer Zeit</abbr>",
        }
        for kind, html in odd.items():
            name = f"odd-{lang}-{kind}"
            yield name, url_of(name), page(lang, html), DAY
        # the <h1> is the site's logo; the story's headline an <h2>
        body = (
            f"<header><h1 class='logo'><a href='/'>Zeitung</a></h1>{nav(lang)}</header>"
            f"<main><article><h2>{title}</h2><div>14.03.2024, 10:15</div>{paras(lines)}</article></main>{foot(lang)}"
        )
        name = f"odd-{lang}-logo-h1"
        yield name, url_of(name), shell(body, title, lang), DAY
        # the headline in a header block, the stamp in the next block beside the share bar
        body = (
            f"{nav(lang)}<main><div class='hd'><div class='k'><h1>{title}</h1></div></div>"
            f"<div class='bar'><div class='s'><a href='#'>f</a> <a href='#'>x</a></div><div class='t'>14.03.2024 10:15</div></div>"
            f"<div class='txt'>{paras(lines)}</div></main>{foot(lang)}"
        )
        name = f"odd-{lang}-bar"
        yield name, url_of(name), shell(body, title, lang), DAY
    title, lines = JA_STORY
    for i, text in enumerate(
        [
            "2024年3月14日 10時15分",
            "2024/03/14 10:15",
            "2024.03.14",
            "公開日：2024年3月14日",
            "2024年3月14日（木）",
        ]
    ):
        for tag in ("time", "span", "p"):
            name = f"odd-ja-{i}-{tag}"
            body = f"{nav('ru')}<main><article><h1>{title}</h1><{tag}>{text}</{tag}>{paras(lines)}</article></main>{foot('ru')}"
            yield name, url_of(name), shell(body, title, "ja"), DAY
    for order in ("first", "last"):
        stamps = ["<span>公開日：2024年3月14日</span>", "<span>更新日：2024年3月15日</span>"]
        both = " ".join(stamps if order == "first" else stamps[::-1])
        name = f"odd-ja-updated-{order}"
        body = f"{nav('ru')}<main><article><h1>{title}</h1><div>{both}</div>{paras(lines)}</article></main>{foot('ru')}"
        yield name, url_of(name), shell(body, title, "ja"), DAY
    name = "odd-ja-update-only-notfire"
    body = f"{nav('ru')}<main><article><h1>{title}</h1><div><span>更新日：2024年3月15日</span></div>{paras(lines)}</article></main>{foot('ru')}"
    yield name, url_of(name), shell(body, title, "ja"), None


def url_cases() -> Iterator[Case]:
    shapes = {
        "path": "https://www.example.org/{s}/2024/03/14/{n}",
        "path-html": "https://www.example.org/2024/03/14/{n}.html",
        "compact": "https://www.example.org/{s}/20240314/{n}.html",
        "dashed": "https://www.example.org/{s}/2024-03-14/{n}/",
        "query": "https://www.example.org/{s}/article.php?id=77&date=2024-03-14",
        "compact-slug": "https://www.example.org/{s}/{n}-20240314.html",
    }
    for lang in LANGS:
        for shape, pattern in shapes.items():
            for layout in ("article", "div"):
                slug = f"stadtrat-haushalt-{lang}"
                url = pattern.format(s=NAVS[lang][1].lower().replace("í", "i"), n=slug)
                yield f"url-{lang}-{shape}-{layout}", url, page(lang, layout=layout), DAY


def ld(data: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def jsonld_cases() -> Iterator[Case]:
    iso = "2024-03-14T10:15:00+01:00"
    org = {"@type": "Organization", "name": "Zeitung", "url": "https://www.example.org/"}
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home"}],
    }
    variants: dict[str, Callable[[str], str]] = {
        "graph": lambda t: ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    org,
                    {"@type": "WebPage", "name": t},
                    {"@type": "NewsArticle", "headline": t, "datePublished": iso},
                ],
            }
        ),
        "graph-nested": lambda t: ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "WebPage",
                        "name": t,
                        "hasPart": {"@type": "NewsArticle", "headline": t, "datePublished": iso},
                    }
                ],
            }
        ),
        "webpage-date": lambda t: ld(
            {
                "@context": "https://schema.org",
                "@type": "WebPage",
                "datePublished": iso,
                "mainEntity": {"@type": "NewsArticle", "headline": t},
            }
        ),
        "webpage-main": lambda t: ld(
            {
                "@context": "https://schema.org",
                "@type": "WebPage",
                "mainEntity": {"@type": "NewsArticle", "headline": t, "datePublished": iso},
            }
        ),
        "created": lambda t: ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": t,
                "dateCreated": iso,
            }
        ),
        "upload": lambda t: ld(
            {
                "@context": "https://schema.org",
                "@type": "VideoObject",
                "name": t,
                "uploadDate": iso,
            }
        ),
        "second-script": lambda t: (
            ld({"@context": "https://schema.org", **crumbs})
            + ld(
                {
                    "@context": "https://schema.org",
                    "@type": "Article",
                    "headline": t,
                    "datePublished": iso,
                }
            )
        ),
        "list": lambda t: ld(
            [
                {"@context": "https://schema.org", **org},
                {
                    "@context": "https://schema.org",
                    "@type": "ReportageNewsArticle",
                    "headline": t,
                    "datePublished": iso,
                },
            ]
        ),
        "type-list": lambda t: ld(
            {
                "@context": "https://schema.org",
                "@type": ["NewsArticle", "Article"],
                "headline": t,
                "datePublished": iso,
            }
        ),
        "date-only": lambda t: ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": t,
                "datePublished": "2024-03-14",
            }
        ),
    }
    for lang in LANGS:
        title = STORIES[lang][0]
        for kind, script in variants.items():
            for where in ("head", "body"):
                head = script(title) if where == "head" else ""
                after = script(title) if where == "body" else ""
                name = f"jsonld-{lang}-{kind}-{where}"
                yield name, url_of(name), page(lang, head=head, after=after), DAY
        micro = {
            "meta": f"<meta itemprop='datePublished' content='{iso}'>",
            "span": "<span itemprop='datePublished'>2024-03-14</span>",
            "span-shown": f"<span itemprop='datePublished'>{STAMPS[lang][0]}</span>",
            "time": f"<time itemprop='datePublished' content='{iso}'>{STAMPS[lang][1]}</time>",
        }
        for kind, html in micro.items():
            name = f"jsonld-{lang}-micro-{kind}"
            yield name, url_of(name), page(lang, f"<div>{html}</div>"), DAY


def meta_cases() -> Iterator[Case]:
    iso = "2024-03-14T10:15:00+01:00"
    metas = {
        "article-published": f"<meta property='article:published_time' content='{iso}'>",
        "article-name": f"<meta name='article:published_time' content='{iso}'>",
        "article-published-short": f"<meta property='article:published' content='{iso}'>",
        "og-published": f"<meta property='og:published_time' content='{iso}'>",
        "og-article": f"<meta property='og:article:published_time' content='{iso}'>",
        "pubdate": "<meta name='pubdate' content='2024-03-14'>",
        "publishdate": "<meta name='publishdate' content='2024-03-14 10:15'>",
        "publish-date": "<meta name='publish-date' content='2024-03-14'>",
        "dc-issued": "<meta name='DC.date.issued' content='2024-03-14'>",
        "dcterms-created": "<meta name='dcterms.created' content='2024-03-14'>",
        "dc-date": "<meta name='DC.date' content='2024-03-14'>",
        "sailthru": "<meta name='sailthru.date' content='2024-03-14 10:15:00'>",
        "parsely": f"<meta name='parsely-pub-date' content='{iso}'>",
        "citation": "<meta name='citation_publication_date' content='2024/03/14'>",
        "date": "<meta name='date' content='2024-03-14'>",
        "itemprop-head": f"<meta itemprop='datePublished' content='{iso}'>",
        "release": "<meta name='release_date' content='20240314'>",
        "cxense": f"<meta name='cXenseParse:recs:publishtime' content='{iso}'>",
    }
    for lang in LANGS:
        for kind, meta in metas.items():
            name = f"meta-{lang}-{kind}"
            yield name, url_of(name), page(lang, head=meta), DAY


# -- must not fire ------------------------------------------------------------------------


TEASERS = {
    "de": [
        "Neue Radwege am Fluss eröffnet",
        "Bäckerei schließt nach hundert Jahren",
        "Schwimmbad bleibt im Winter offen",
        "Feuerwehr bekommt neues Löschfahrzeug",
        "Markt zieht auf den Domplatz um",
    ],
    "en": [
        "New cycle paths open by the river",
        "Bakery closes after a hundred years",
        "Pool stays open through the winter",
        "Fire brigade gets a new engine",
        "Market moves to the cathedral square",
    ],
    "fr": [
        "De nouvelles pistes cyclables au bord du fleuve",
        "La boulangerie ferme après cent ans",
        "La piscine reste ouverte cet hiver",
        "Les pompiers reçoivent un nouveau camion",
        "Le marché déménage sur le parvis",
    ],
    "es": [
        "Nuevos carriles bici junto al río",
        "La panadería cierra tras cien años",
        "La piscina seguirá abierta en invierno",
        "Los bomberos estrenan camión",
        "El mercado se muda a la plaza de la catedral",
    ],
    "ru": [
        "Открылись новые велодорожки у реки",
        "Пекарня закрылась через сто лет",
        "Бассейн будет работать зимой",
        "Пожарные получили новую машину",
        "Рынок переезжает на соборную площадь",
    ],
}
#: Other stories' dates in each language's own month names.
LOCAL_DAYS = {
    "de": [
        "12. März 2024",
        "28. Februar 2024",
        "9. Januar 2024",
        "2. Februar 2024",
        "5. März 2024",
    ],
    "en": [
        "12 March 2024",
        "28 February 2024",
        "9 January 2024",
        "2 February 2024",
        "5 March 2024",
    ],
    "fr": ["12 mars 2024", "28 février 2024", "9 janvier 2024", "2 février 2024", "5 mars 2024"],
    "es": [
        "12 de marzo de 2024",
        "28 de febrero de 2024",
        "9 de enero de 2024",
        "2 de febrero de 2024",
        "5 de marzo de 2024",
    ],
    "ru": ["12 марта 2024", "28 февраля 2024", "9 января 2024", "2 февраля 2024", "5 марта 2024"],
}


def teaser_list(
    lang: str, cls: str, count: int = 4, tag: str = "span", local: bool = False
) -> str:
    days = LOCAL_DAYS[lang] if local else OTHER_DAYS
    items = "".join(
        f"<li><a href='/story-{k}.html'>{TEASERS[lang][k]}</a> <{tag}>{days[k % len(days)]}</{tag}></li>"
        for k in range(count)
    )
    return f"<div class='{cls}'><h2>{NAVS[lang][1]}</h2><ul>{items}</ul></div>"


def notfire_cases() -> Iterator[Case]:
    comments = {
        "de": "Kommentare", "en": "Comments", "fr": "Commentaires", "es": "Comentarios", "ru": "Комментарии",
    }  # fmt: skip
    today = {
        "de": "Freitag, 1. November 2024", "en": "Friday, November 1, 2024", "fr": "vendredi 1 novembre 2024",
        "es": "viernes, 1 de noviembre de 2024", "ru": "пятница, 1 ноября 2024",
    }  # fmt: skip
    event = {
        "de": "Das Konzert am 5. Mai 2024 auf dem Marktplatz soll trotz der Sparpläne wie geplant stattfinden, sagte die Kulturdezernentin.",
        "en": "The concert on 5 May 2024 in the market square will go ahead as planned despite the savings, the head of culture said.",
        "fr": "Le concert du 5 mai 2024 sur la place du marché aura lieu comme prévu malgré les économies, a indiqué l'adjointe à la culture.",
        "es": "El concierto del 5 de mayo de 2024 en la plaza del mercado se celebrará como estaba previsto pese a los recortes, dijo la concejala.",
        "ru": "Концерт 5 мая 2024 года на рыночной площади состоится, как и планировалось, несмотря на экономию, сообщили в мэрии.",
    }
    for lang in LANGS:
        lines = STORIES[lang][1]
        for layout in ("article", "div"):
            # sidebar / teasers with dates beside an undated story
            for cls in ("sidebar", "randspalte", "x9"):
                box = teaser_list(lang, cls, local=cls == "x9")
                name = f"notfire-{lang}-sidebar-{cls}-{layout}"
                main = (
                    page(lang, layout=layout)
                    .replace("</main>", f"</main><aside>{box}</aside>")
                    .replace(
                        "<footer>",
                        f"<div class='side'>{box}</div><footer>"
                        if layout == "div"
                        else "<footer>",
                    )
                )
                yield name, url_of(name), main, None
            # listing of other stories under the story
            for tag in ("span", "time", "p"):
                for local in (False, True):
                    name = f"notfire-{lang}-listing-{tag}-{'local' if local else 'mixed'}-{layout}"
                    yield (
                        name,
                        url_of(name),
                        page(lang, after=teaser_list(lang, "more", 5, tag, local), layout=layout),
                        None,
                    )
            # comments with dates
            entries = "".join(
                f"<div class='c'><b>user{k}</b> <span>{OTHER_DAYS[k]} 18:0{k}</span><p>{lines[k][:60]}</p></div>"
                for k in range(3)
            )
            name = f"notfire-{lang}-comments-{layout}"
            yield (
                name,
                url_of(name),
                page(
                    lang,
                    after=f"<section><h3>{comments[lang]}</h3>{entries}</section>",
                    layout=layout,
                ),
                None,
            )
            # today's date in the page header
            name = f"notfire-{lang}-today-{layout}"
            html = page(lang, layout=layout).replace(
                "<header>", f"<header><div class='top'><span>{today[lang]}</span></div>"
            )
            yield name, url_of(name), html, None
            # copyright year
            name = f"notfire-{lang}-copyright-{layout}"
            html = page(lang, layout=layout).replace(
                "</footer>", "<p>© 2024 Zeitung Verlag GmbH</p></footer>"
            )
            yield name, url_of(name), html, None
            # an event's date in the story text
            name = f"notfire-{lang}-event-{layout}"
            html = page(lang, layout=layout).replace(
                f"<p>{lines[2]}</p>", f"<p>{lines[2]}</p><p>{event[lang]}</p>"
            )
            yield name, url_of(name), html, None
            # an undated URL with an id and a year only
            name = f"notfire-{lang}-urlyear-{layout}"
            yield (
                name,
                f"https://www.example.org/2024/news/{name}-123456.html",
                page(lang, layout=layout),
                None,
            )


def notfire_more_cases() -> Iterator[Case]:
    """More undated stories beside dates that are not theirs: time-stamped listings and
    comments, a lone dated teaser, a fact box with an event's date, a dated photo caption,
    today's date as a <time> in the top bar."""
    event = {
        "de": "Termin: 5. Mai 2024, 19 Uhr", "en": "When: 5 May 2024, 7pm", "fr": "Quand : 5 mai 2024, 19h",
        "es": "Cuándo: 5 de mayo de 2024, 19:00", "ru": "Когда: 5 мая 2024, 19:00",
    }  # fmt: skip
    for lang in LANGS:
        items = "".join(
            f"<li><a href='/s{k}.html'>{TEASERS[lang][k]}</a> <time datetime='2024-0{k + 1}-1{k}'>1{k}.0{k + 1}.2024</time></li>"
            for k in range(4)
        )
        name = f"notfire2-{lang}-time-listing"
        yield (
            name,
            url_of(name),
            page(lang, after=f"<div class='more'><ul>{items}</ul></div>"),
            None,
        )
        comments = "".join(
            f"<div class='c'><b>user{k}</b> <time datetime='2024-0{k + 1}-1{k}T18:00'>1{k}.0{k + 1}.2024 18:00</time><p>{TEASERS[lang][k]}</p></div>"
            for k in range(3)
        )
        name = f"notfire2-{lang}-time-comments"
        yield name, url_of(name), page(lang, after=f"<section>{comments}</section>"), None
        name = f"notfire2-{lang}-lone-teaser"
        teaser = f"<div class='rel'><a href='/s.html'>{TEASERS[lang][0]}</a> <span>12.03.2024</span></div>"
        yield name, url_of(name), page(lang, after=teaser), None
        name = f"notfire2-{lang}-event-box"
        yield (
            name,
            url_of(name),
            page(
                lang, after=f"<div class='box'><p>{event[lang]}</p><p>{TEASERS[lang][4]}</p></div>"
            ),
            None,
        )
        name = f"notfire2-{lang}-caption"
        figure = "<figure><img src='/p.jpg' alt=''><figcaption>Foto: Archiv, 12.03.2024</figcaption></figure>"
        yield name, url_of(name), page(lang, figure), None
        name = f"notfire2-{lang}-today-time"
        html = page(lang).replace(
            "<header>",
            "<header><div class='top'><time datetime='2024-11-01'>01.11.2024</time></div>",
        )
        yield name, url_of(name), html, None


def data_cases() -> Iterator[Case]:
    """Machine-readable dates in rougher shapes: broken JSON-LD, other value formats, meta
    names in other spellings, <time> values not in ISO form, app data in a script."""
    iso = "2024-03-14T10:15:00+01:00"
    heads = {
        "ld-trailing-comma": '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-03-14T10:15:00+01:00",}</script>',
        "ld-newline-in-string": '<script type="application/ld+json">{"@type": "NewsArticle", "description": "a\tb\nc", "datePublished": "2024-03-14T10:15:00+01:00"}</script>'.replace(
            "\\n", "\n"
        ),
        "ld-cdata": '<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", "datePublished": "2024-03-14T10:15:00+01:00"}\n//]]></script>',
        "ld-comment": '<script type="application/ld+json"><!-- {"@type": "NewsArticle", "datePublished": "2024-03-14T10:15:00+01:00"} --></script>',
        "ld-slashes": '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "14/03/2024 10:15"}</script>',
        "ld-words": '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "March 14, 2024"}</script>',
        "ld-compact": '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "20240314"}</script>',
        "ld-space-time": '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-14 10:15:00"}</script>',
        "ld-http-type": '<script type="application/ld+json">{"@context": "http://schema.org/", "@type": "http://schema.org/NewsArticle", "datePublished": "2024-03-14T10:15:00+01:00"}</script>',
        "meta-upper": f"<meta property='Article:Published_Time' content='{iso}'>",
        "meta-og-pubdate": f"<meta property='og:pubdate' content='{iso}'>",
        "meta-datepublished": f"<meta name='datePublished' content='{iso}'>",
        "meta-publication-date": "<meta name='publication_date' content='2024-03-14'>",
        "meta-dcterms-date": "<meta name='dcterms.date' content='2024-03-14'>",
        "meta-prism": "<meta name='prism.publicationDate' content='2024-03-14'>",
        "meta-original": "<meta name='OriginalPublicationDate' content='2024/03/14 10:15:00'>",
        "meta-article-published-dot": f"<meta name='article.published' content='{iso}'>",
        "meta-iso8601": f"<meta name='iso-8601-publish-date' content='{iso}'>",
        "meta-property-pubdate": "<meta property='pubdate' content='2024-03-14'>",
        "next-data": '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"article": {"title": "x", "publishedAt": "2024-03-14T09:15:00.000Z"}}}}</script>',
    }
    under = {
        "time-dotted": "<time datetime='14.03.2024'>14.03.2024</time>",
        "time-space": "<time datetime='2024-03-14 10:15'>vor langer Zeit</time>",
        "data-timestamp": "<span data-timestamp='1710407700'>14.03.2024</span>",
        "abbr-title": "<abbr title='2024-03-14T10:15:00+01:00'>14.03.</abbr>",
        "meta-itemprop-body": "<div itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='datePublished' content='2024-03-14'></div>",
    }
    for lang in ("de", "en"):
        for kind, head in heads.items():
            name = f"data-{lang}-{kind}"
            yield name, url_of(name), page(lang, head=head), DAY
        for kind, html in under.items():
            name = f"data-{lang}-{kind}"
            yield name, url_of(name), page(lang, html), DAY


#: A numeric stamp whose day and month may be read either way (6 March day first, 3 June
#: month first), in a few forms.
AMBIGUOUS_STAMPS = ["06/03/2024", "06-03-2024 10:15", "06/03/2024 - 10:15 AM"]
DAY_FIRST, MONTH_FIRST = "2024-03-06", "2024-06-03"


def day_first_cases() -> Iterator[Case]:
    """An ambiguous numeric stamp on an English page: day first when the page's region
    says so (en-GB, en-IN, en-PK, en-AU) or, on a page of no region, when independent
    signals agree (a date of the same form elsewhere whose first field is over 12, the
    URL's day); month first on a US page and when nothing or a month-first date says so."""
    related = "<aside><ul><li><a href='/o.html'>Other story</a> {}</li></ul></aside>"
    for i, text in enumerate(AMBIGUOUS_STAMPS):
        stamp = f"<div class='meta'>{text}</div>"
        base = page("en", stamp)
        for region in ("GB", "IN", "PK", "AU"):
            name = f"dayfirst-{i}-region-{region}"
            yield name, url_of(name), base.replace("lang='en'", f"lang='en-{region}'"), DAY_FIRST
        name = f"dayfirst-{i}-other-date"
        html = page("en", stamp, after=related.format("25/02/2024".replace("/", text[2])))
        yield name, url_of(name), html, DAY_FIRST
        name = f"dayfirst-{i}-url-day"
        yield name, f"https://www.example.org/2024/03/06/{name}.html", base, DAY_FIRST
        # must not fire
        name = f"dayfirst-{i}-us-notfire"
        html = html.replace("lang='en'", "lang='en-US'")
        yield name, url_of(name), html, MONTH_FIRST
        name = f"dayfirst-{i}-nothing-notfire"
        yield name, url_of(name), base, MONTH_FIRST
        name = f"dayfirst-{i}-month-first-date-notfire"
        other = related.format("02/25/2024".replace("/", text[2]))
        yield (
            name,
            f"https://www.example.org/2024/03/06/{name}.html",
            page("en", stamp, after=other),
            MONTH_FIRST,
        )
        name = f"dayfirst-{i}-url-month-first-notfire"
        yield name, f"https://www.example.org/2024/06/03/{name}.html", base, MONTH_FIRST


# -- languages: a stamp in each language's own shapes, and its twins that must not fire --

#: Per language: headline, a byline's words, a sentence of the story naming an event's day
#: ("{d}": the date), an offer's "valid until" line, another story's headline (a teaser).
#: Languages without a story in :data:`STORIES` (or :data:`JA_STORY`) have the English
#: story's paragraphs: the date logic reads the stamp, not the prose.
LANG_TEXTS: dict[str, tuple[str, str, str, str, str]] = {
    "en": (STORIES["en"][0], "By Anna Smith", "The concert on {d} in the market square will go ahead as planned, the city said.", "Offer valid until {d}", "Bakery closes after a hundred years"),
    "de": (STORIES["de"][0], "Von Anna Schmidt", "Das Konzert am {d} auf dem Marktplatz findet wie geplant statt, sagte die Stadt.", "Angebot gültig bis {d}", "Bäckerei schließt nach hundert Jahren"),
    "fr": (STORIES["fr"][0], "Par Anne Martin", "Le concert du {d} sur la place du marché aura lieu comme prévu, a indiqué la mairie.", "Offre valable jusqu'au {d}", "La boulangerie ferme après cent ans"),
    "es": (STORIES["es"][0], "Por Ana García", "El concierto del {d} en la plaza del mercado se celebrará según lo previsto, dijo el ayuntamiento.", "Oferta válida hasta el {d}", "La panadería cierra tras cien años"),
    "it": ("Il consiglio comunale approva il nuovo bilancio per scuole e strade", "Di Anna Rossi", "Il concerto del {d} in piazza del mercato si terrà come previsto, ha detto il comune.", "Offerta valida fino al {d}", "Il forno chiude dopo cento anni di attività"),
    "pt": ("Câmara aprova novo orçamento para escolas e estradas", "Por Ana Silva", "O concerto de {d} na praça do mercado vai realizar-se como previsto, disse a câmara.", "Oferta válida até {d}", "Padaria fecha as portas depois de cem anos"),
    "nl": ("Gemeenteraad keurt nieuwe begroting voor scholen en wegen goed", "Door Anna de Vries", "Het concert op {d} op de Markt gaat gewoon door, zei de gemeente.", "Aanbieding geldig tot {d}", "Bakkerij sluit na honderd jaar de deuren"),
    "sv": ("Kommunfullmäktige antar ny budget för skolor och vägar", "Av Anna Berg", "Konserten den {d} på torget blir av som planerat, sade kommunen.", "Erbjudandet gäller till {d}", "Bageriet stänger efter hundra år på torget"),
    "no": ("Bystyret vedtar nytt budsjett for skoler og veier", "Av Anna Hansen", "Konserten {d} på torget går som planlagt, sa kommunen.", "Tilbudet gjelder til {d}", "Bakeriet stenger etter hundre år i sentrum"),
    "da": ("Byrådet vedtager nyt budget til skoler og veje", "Af Anna Jensen", "Koncerten den {d} på torvet gennemføres som planlagt, sagde kommunen.", "Tilbuddet gælder til {d}", "Bageriet lukker efter hundrede år i byen"),
    "fi": ("Kaupunginvaltuusto hyväksyi uuden talousarvion kouluille ja teille", "Anna Virtanen", "Torilla {d} pidettävä konsertti järjestetään suunnitellusti, kaupunki kertoi.", "Tarjous voimassa {d} asti", "Leipomo sulkee ovensa sadan vuoden jälkeen"),
    "pl": ("Rada miasta przyjęła nowy budżet na szkoły i drogi", "Anna Kowalska", "Koncert {d} na rynku odbędzie się zgodnie z planem, poinformował urząd miasta.", "Oferta ważna do {d}", "Piekarnia zamyka się po stu latach działalności"),
    "cs": ("Zastupitelstvo schválilo nový rozpočet na školy a silnice", "Anna Nováková", "Koncert {d} na náměstí se uskuteční podle plánu, uvedla radnice.", "Nabídka platí do {d}", "Pekárna po sto letech zavírá své dveře"),
    "tr": ("Belediye meclisi okullar ve yollar için yeni bütçeyi onayladı", "Ayşe Yılmaz", "{d} tarihinde meydanda yapılacak konser planlandığı gibi gerçekleşecek, dedi belediye.", "Kampanya {d} tarihine kadar geçerlidir", "Fırın yüz yıl sonra kapılarını kapatıyor"),
    "ru": (STORIES["ru"][0], "Анна Смирнова", "Концерт {d} на рыночной площади состоится, как и планировалось, сообщили в мэрии.", "Предложение действует до {d}", "Пекарня закрылась через сто лет"),
    "uk": ("Міська рада ухвалила новий бюджет для шкіл і доріг", "Анна Шевченко", "Концерт {d} на ринковій площі відбудеться, як і планувалося, повідомили в мерії.", "Пропозиція діє до {d}", "Пекарня зачиняється після ста років роботи"),
    "ja": (JA_STORY[0], "山田花子", "{d}に広場で予定されているコンサートは予定通り開催されると市は説明した。", "{d}まで有効", "創業百年のパン屋が閉店へ 常連客から惜しむ声"),
    "zh": ("市议会通过学校和道路新预算", "王芳", "{d}在广场举行的音乐会将按计划进行，市政府表示。", "优惠有效期至{d}", "百年面包店即将关门 老顾客纷纷道别"),
    "ko": ("시의회, 학교와 도로 위한 새 예산 통과", "김민지 기자", "{d} 광장에서 열리는 콘서트는 예정대로 진행된다고 시는 밝혔다.", "{d}까지 유효", "백 년 된 빵집 문 닫는다 단골들 아쉬움"),
    "th": ("สภาเมืองอนุมัติงบประมาณใหม่สำหรับโรงเรียนและถนน", "โดย สมชาย ใจดี", "คอนเสิร์ตในวันที่ {d} ที่ลานตลาดจะจัดขึ้นตามกำหนดเดิม เทศบาลระบุ", "ข้อเสนอนี้มีผลถึง {d}", "ร้านเบเกอรี่เก่าแก่ร้อยปีปิดกิจการ"),
    "vi": ("Hội đồng thành phố thông qua ngân sách mới cho trường học và đường sá", "Nguyễn Lan", "Buổi hòa nhạc ngày {d} tại quảng trường vẫn diễn ra như kế hoạch, thành phố cho biết.", "Ưu đãi có hiệu lực đến {d}", "Tiệm bánh trăm năm tuổi sắp đóng cửa"),
    "id": ("Dewan kota setujui anggaran baru untuk sekolah dan jalan", "Oleh Siti Rahma", "Konser pada {d} di alun-alun tetap digelar sesuai rencana, kata pemerintah kota.", "Promo berlaku hingga {d}", "Toko roti berusia seratus tahun akan tutup"),
    "ar": ("مجلس المدينة يقر ميزانية جديدة للمدارس والطرق", "بقلم سارة أحمد", "ستقام الحفلة الموسيقية في {d} في ساحة السوق كما هو مخطط، حسبما أفادت البلدية.", "العرض ساري حتى {d}", "مخبز عمره مئة عام يغلق أبوابه"),
    "he": ("מועצת העיר אישרה תקציב חדש לבתי ספר ולכבישים", "מאת דנה כהן", "הקונצרט ב-{d} בכיכר השוק יתקיים כמתוכנן, מסרה העירייה.", "המבצע בתוקף עד {d}", "מאפייה בת מאה שנה נסגרת"),
    "hi": ("नगर परिषद ने स्कूलों और सड़कों के लिए नया बजट पास किया", "अनीता शर्मा", "{d} को बाज़ार चौक पर होने वाला संगीत कार्यक्रम तय योजना के अनुसार होगा, नगर निगम ने कहा।", "ऑफ़र {d} तक मान्य", "सौ साल पुरानी बेकरी बंद होने जा रही है"),
    "el": ("Το δημοτικό συμβούλιο ενέκρινε νέο προϋπολογισμό για σχολεία και δρόμους", "Της Μαρίας Παπαδοπούλου", "Η συναυλία της {d} στην πλατεία της αγοράς θα γίνει κανονικά, ανέφερε ο δήμος.", "Η προσφορά ισχύει έως {d}", "Κλείνει ο φούρνος μετά από εκατό χρόνια"),
    "hu": ("A képviselő-testület elfogadta az iskolák és utak új költségvetését", "Kovács Anna", "A {d} piactéri koncertet a tervek szerint megtartják, közölte a város.", "Érvényes eddig: {d}", "Száz év után bezár a belvárosi pékség"),
}  # fmt: skip
#: How each language writes 14 March 2024 with its month's name.
LANG_MONTH_DAYS = {
    "en": ["14 March 2024", "March 14, 2024"], "de": ["14. März 2024"], "fr": ["14 mars 2024"],
    "es": ["14 de marzo de 2024"], "it": ["14 marzo 2024"], "pt": ["14 de março de 2024"],
    "nl": ["14 maart 2024"], "sv": ["14 mars 2024"], "no": ["14. mars 2024"],
    "da": ["14. marts 2024"], "fi": ["14. maaliskuuta 2024"], "pl": ["14 marca 2024"],
    "cs": ["14. března 2024"], "tr": ["14 Mart 2024"], "ru": ["14 марта 2024"],
    "uk": ["14 березня 2024"], "vi": ["14 tháng 3 năm 2024"], "id": ["14 Maret 2024"],
    "ar": ["14 مارس 2024"], "he": ["14 במרץ 2024"], "hi": ["14 मार्च 2024"],
    "el": ["14 Μαρτίου 2024"], "hu": ["2024. március 14."],
}  # fmt: skip
#: The separator of a language's numeric day-month-year stamp.
_DOTTED = ("de", "no", "da", "fi", "pl", "cs", "tr", "ru", "uk", "he")
_SLASHED = ("en", "fr", "es", "it", "pt", "el", "vi", "id", "ar", "hi")


def lang_shapes() -> Iterator[tuple[str, str, str]]:
    """(language, shape, stamp text) of 14 March 2024 in each language's own forms."""
    for lang, days in LANG_MONTH_DAYS.items():
        for text in days:
            yield lang, "month", text
    for lang in (*_DOTTED, *_SLASHED, "nl"):
        sep = "." if lang in _DOTTED else "/" if lang in _SLASHED else "-"
        yield lang, "dmy", f"14{sep}03{sep}2024"
        yield lang, "dmy", f"14{sep}3{sep}2024 10:15"
        yield lang, "dmyy", f"14{sep}03{sep}24"
        yield lang, "dmyy", f"14{sep}03{sep}24 10:15"
    yield "sv", "dmy", "2024-03-14"
    for lang in LANG_TEXTS:
        yield lang, "ymd", "2024/03/14"
    yield "hu", "ymd", "2024.03.14."
    yield "ko", "ymd", "2024.03.14."
    yield "ja", "ymd", "2024.03.14 10:15"
    for text in (
        "14 มีนาคม 2567",
        "14 มี.ค. 2567",
        "14 มี.ค. 2567 10:15 น.",
        "14/03/2567",
        "วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567",
    ):
        yield "th", "be", text
    for lang in ("ja", "zh"):
        yield lang, "cjk", "2024年3月14日"
        yield lang, "cjk", "2024年03月14日 10:15"
    yield "ko", "ko", "2024년 3월 14일"
    yield "ko", "ko", "2024년 3월 14일 10:15"


def lang_page(lang: str, under: str = "", event: str = "", after: str = "") -> str:
    title = LANG_TEXTS[lang][0]
    lines = (JA_STORY if lang == "ja" else STORIES.get(lang, STORIES["en"]))[1]
    body = paras(lines[:2]) + (f"<p>{event}</p>" if event else "") + paras(lines[2:])
    main = f"<main><article><h1>{title}</h1>{under}{body}{after}</article></main>"
    navs = lang if lang in NAVS else "en"
    return shell(f"{nav(navs)}{main}{foot(navs)}", title, lang)


def lang_cases() -> Iterator[Case]:
    """A stamp of each language's shapes under the headline (in a <p>, in a <span>, in a
    <time> without ``datetime``, closing a byline line after a comma, or after a bar with
    a time of day: "Του Γιάννη Παπαδόπουλου | 14 Μαρτίου 2024, 10:15"), and its twins, the
    same date where it is not the page's (an event's day in a sentence of the story, an
    offer's "valid until" line under the headline, another story's teaser card, with a
    byline and stamp of its own): no date."""
    for i, (lang, shape, text) in enumerate(lang_shapes()):
        _, by, event, until, teaser = LANG_TEXTS[lang]
        key = f"lang-{shape}-{lang}-{i}"  # (no date in the URL)
        timed = text if ":" in text else f"{text}, 10:15"
        under = {
            "p": f"<p>{text}</p>",
            "span": f"<div><span>{text}</span></div>",
            "time": f"<time>{text}</time>",
            "byline": f"<p>{by}, {text}</p>",
            "byline-bar": f"<p>{by} | {timed}</p>",
        }
        for where, html in under.items():
            name = f"{key}-{where}"
            yield name, url_of(name), lang_page(lang, html), DAY
        card = (
            f"<div class='card'><a href='/other-story.html'>{teaser}</a> <span>{text}</span></div>"
        )
        byline_card = (
            f"<div class='card'><a href='/other-story.html'>{teaser}</a>"
            f" <p>{by} | {timed}</p></div>"
        )
        twins = {
            "event": lang_page(lang, event=event.format(d=text)),
            "until": lang_page(lang, f"<p>{until.format(d=text)}</p>"),
            "teaser": lang_page(lang, after=card),
            "teaser-byline": lang_page(lang, after=byline_card),
        }
        for where, html in twins.items():
            name = f"{key}-{where}-notfire"
            yield name, url_of(name), html, None


#: Relative stamps of each language ("3 hours ago", "an hour ago", "yesterday", "yesterday,
#: 14:30", "3 days ago"), with the day each gives at :data:`FETCHED_AT`.
RELATIVE = {
    "de": ["vor 3 Stunden", "vor einer Stunde", "gestern", "gestern, 14:30 Uhr", "vor 3 Tagen"],
    "fr": ["il y a 2 heures", "il y a une heure", "hier", "hier à 14h30", "il y a 3 jours"],
    "es": ["hace 2 horas", "hace una hora", "ayer", "ayer, 14:30", "hace 3 días"],
    "pt": ["há 3 horas", "há uma hora", "ontem", "ontem às 14:30", "há 3 dias"],
    "ru": ["3 часа назад", "час назад", "вчера", "вчера в 14:30", "3 дня назад"],
    "nl": ["3 uur geleden", "1 uur geleden", "gisteren", "gisteren 14:30", "3 dagen geleden"],
    "it": ["3 ore fa", "un'ora fa", "ieri", "ieri alle 14:30", "3 giorni fa"],
    "pl": ["3 godziny temu", "godzinę temu", "wczoraj", "wczoraj, 14:30", "3 dni temu"],
    "en": ["3 hours ago", "an hour ago", "yesterday", "yesterday, 14:30", "3 days ago"],
    # Languages written without spaces between words (a stamp is glued to its figure).
    "ja": ["3時間前", "1時間前", "昨日", "昨日 14:30", "3日前"],
    "zh": ["3小时前", "1小时前", "昨天", "昨天 14:30", "3天前"],
    "ko": ["3시간 전", "1시간 전", "어제", "어제 14:30", "3일 전"],
}
#: Relative stamps worded with no figure: a few minutes ago, an hour with an article, just
#: now (the day of the fetch).
RELATIVE_WORDED = {
    "de": ["vor wenigen Minuten", "vor einigen Minuten", "gerade eben"],
    "fr": ["il y a quelques minutes", "à l'instant"],
    "es": ["hace unos minutos", "hace pocos minutos", "hace un momento"],
    "pt": ["há alguns minutos", "há poucos minutos", "agora mesmo"],
    "ru": ["несколько минут назад", "только что"],
    "nl": ["enkele minuten geleden", "een uur geleden", "zojuist"],
    "it": ["pochi minuti fa", "qualche minuto fa", "poco fa"],
    "pl": ["kilka minut temu", "przed chwilą"],
    "en": ["a few minutes ago", "minutes ago", "just now"],
}
RELATIVE_DAYS = ["2024-11-01", "2024-11-01", "2024-10-31", "2024-10-31", "2024-10-29"]
#: A publication label before a relative stamp.
RELATIVE_LABELS = {
    "de": "Veröffentlicht", "fr": "Publié", "es": "Publicado", "pt": "Publicado", "ru": "Опубликовано",
    "nl": "Gepubliceerd", "it": "Pubblicato", "pl": "Opublikowano", "en": "Published",
    "ja": "公開日", "zh": "发布于", "ko": "입력",
}  # fmt: skip
#: A future or an event's relative phrase ("in 3 days", "tomorrow"): never a publication.
FUTURE = {
    "de": ["in 3 Tagen", "in 3 Stunden", "morgen"], "fr": ["dans 3 jours", "dans 3 heures", "demain"],
    "es": ["dentro de 3 días", "en 3 horas", "mañana"], "pt": ["em 3 dias", "daqui a 3 horas", "amanhã"],
    "ru": ["через 3 дня", "через 3 часа", "завтра"], "nl": ["over 3 dagen", "over 3 uur", "morgen"],
    "it": ["tra 3 giorni", "tra 3 ore", "domani"], "pl": ["za 3 dni", "za 3 godziny", "jutro"],
    "en": ["in 3 days", "in 3 hours", "tomorrow"],
    "ja": ["3日後", "3時間後", "明日"], "zh": ["3天后", "3小时后", "明天"], "ko": ["3일 후", "3시간 후", "내일"],
}  # fmt: skip
#: The word for today: alone under the headline (a kicker, a section, a brand) no stamp.
TODAY = {
    "de": "Heute", "fr": "Aujourd'hui", "es": "Hoy", "pt": "Hoje", "ru": "Сегодня", "nl": "Vandaag",
    "it": "Oggi", "pl": "Dzisiaj", "en": "Today", "ja": "今日", "zh": "今天", "ko": "오늘",
}  # fmt: skip
#: The word for now: alone under the headline (a badge, a button's) no stamp either.
NOW = {
    "de": "Jetzt", "fr": "Maintenant", "es": "Ahora", "pt": "Agora", "ru": "Сейчас", "nl": "Nu",
    "it": "Ora", "pl": "Teraz", "en": "Now", "ja": "今", "zh": "现在", "ko": "지금",
}  # fmt: skip
#: A reader's name and a comment of a few words, below the story.
COMMENT = ("Max Mustermann", "Das sehe ich ganz anders, die Parkgebühren sind schon hoch genug.")


def relative_cases() -> Iterator[Case]:
    """A relative stamp of each language under the headline (in a <p>, in a <span>, in a
    <time> without ``datetime``, closing a byline line "Name · vor 3 Stunden", after a
    publication label), and its twins that must give no date: the same stamp as a reader's
    comment's below an undated story (plain, and classed "comment"/"date"), as a teaser
    card's after the story, and a future phrase ("in 3 Tagen") under the headline."""
    for lang, forms in RELATIVE.items():
        by = LANG_TEXTS[lang][1]
        teaser = LANG_TEXTS[lang][4]
        worded = RELATIVE_WORDED.get(lang, [])
        days = RELATIVE_DAYS + [RELATIVE_DAYS[0]] * len(worded)
        for i, (text, day) in enumerate(zip(forms + worded, days, strict=True)):
            key = f"relative-{lang}-{i}"
            under = {
                "p": f"<p>{text}</p>",
                "span": f"<div><span>{text}</span></div>",
                "time": f"<time>{text}</time>",
                "byline": f"<p><span>{by}</span> · <span>{text}</span></p>",
                "labelled": f"<p>{RELATIVE_LABELS[lang]} {text}</p>",
            }
            for where, html in under.items():
                name = f"{key}-{where}"
                yield name, url_of(name), lang_page(lang, html), day
            who, said = COMMENT
            twins = {
                "comment": f"<section><h3>Kommentare</h3><div><b>{who}</b> <span>{text}</span><p>{said}</p></div></section>",
                "comment-classed": f"<section class='comments'><div class='comment'><span class='author'>{who}</span> <span class='date'>{text}</span><p>{said}</p></div></section>",
                "teaser": f"<div class='card'><a href='/other-story.html'>{teaser}</a> <span>{text}</span></div>",
            }
            for where, html in twins.items():
                name = f"{key}-{where}-notfire"
                yield name, url_of(name), lang_page(lang, after=html), None
        # A day's word without a figure that is no stamp of its own: a link (a kicker, a
        # tab), a heading's phrase, today's name alone.
        yesterday, today = forms[2], TODAY[lang]
        words = {
            "link": f"<p><a href='/thema/{lang}'>{yesterday.capitalize()}</a></p>",
            "heading": f"<h2>{yesterday.capitalize()} — {today.lower()}</h2>",
            "today": f"<div><span>{today}</span></div>",
            "now": f"<div><span>{NOW[lang]}</span></div>",
        }
        for where, html in words.items():
            name = f"relative-{lang}-word-{where}-notfire"
            yield name, url_of(name), lang_page(lang, html), None
        for i, text in enumerate(FUTURE[lang]):
            for where, html in {"p": f"<p>{text}</p>", "time": f"<time>{text}</time>"}.items():
                name = f"relative-{lang}-future{i}-{where}-notfire"
                yield name, url_of(name), lang_page(lang, html), None


#: Relative stamps counted with the word for "one" (an hour ago, a day ago), with the day
#: each gives at :data:`FETCHED_AT`.
RELATIVE_ONE = {
    "nl": [("een uur geleden", "2024-11-01"), ("één dag geleden", "2024-10-31")],
    "tr": [("bir saat önce", "2024-11-01"), ("bir gün önce", "2024-10-31")],
    "id": [("satu jam yang lalu", "2024-11-01"), ("satu hari yang lalu", "2024-10-31")],
    "vi": [("một giờ trước", "2024-11-01"), ("một ngày trước", "2024-10-31")],
    "cs": [("před hodinou", "2024-11-01"), ("před jednou hodinou", "2024-11-01")],
    "hu": [("egy órája", "2024-11-01"), ("egy napja", "2024-10-31")],
    "el": [("πριν από μία ώρα", "2024-11-01"), ("πριν από μία ημέρα", "2024-10-31")],
}
#: "A moment ago" in each language: the fetch's day.
MOMENTS = {
    "en": ["a moment ago"], "de": ["gerade eben", "vor einem Moment"], "fr": ["il y a un instant"],
    "es": ["hace un instante"], "pt": ["há instantes"], "it": ["un momento fa"],
    "nl": ["een moment geleden"], "pl": ["chwilę temu"], "ru": ["мгновение назад"],
    "tr": ["az önce"], "vi": ["vừa xong"], "cs": ["před chvílí"],
}  # fmt: skip
#: A sentence under the headline holding a moment's phrase (a lede, not a stamp).
MOMENT_SENTENCES = {
    "de": "Der Rat hat gerade eben den Haushalt beschlossen.", "en": "The council a moment ago approved the budget.",
    "nl": "De raad heeft zojuist de begroting goedgekeurd.", "tr": "Meclis az önce bütçeyi onayladı.",
}  # fmt: skip
#: "now" alone under the headline, in the languages above: a badge, no stamp.
NOW_MORE = {
    "tr": "Şimdi",
    "id": "Sekarang",
    "vi": "Bây giờ",
    "cs": "Nyní",
    "hu": "Most",
    "el": "Τώρα",
}


def relative_one_cases() -> Iterator[Case]:
    """A relative stamp counted by the word for "one" ("een uur geleden", "bir saat
    önce", "egy órája") and "a moment ago" ("gerade eben", "przed chwilą") under the
    headline (in a <p>, a <span>, a <time>, closing a byline line): the day it gives.
    Twins that must give no date: the same stamp as a reader's comment's below the story
    and as a teaser card's, a moment's phrase in a sentence under the headline, now's
    word alone."""
    stamps = [(lang, t, d) for lang, forms in RELATIVE_ONE.items() for t, d in forms]
    stamps += [(lang, t, "2024-11-01") for lang, forms in MOMENTS.items() for t in forms]
    for i, (lang, text, day) in enumerate(stamps):
        by, teaser = LANG_TEXTS[lang][1], LANG_TEXTS[lang][4]
        key = f"relone-{lang}-{i}"
        under = {
            "p": f"<p>{text}</p>",
            "span": f"<div><span>{text}</span></div>",
            "time": f"<time>{text}</time>",
            "byline": f"<p><span>{by}</span> · <span>{text}</span></p>",
        }
        for where, html in under.items():
            name = f"{key}-{where}"
            yield name, url_of(name), lang_page(lang, html), day
        who, said = COMMENT
        twins = {
            "comment": f"<section class='comments'><div class='comment'><span class='author'>{who}</span> <span class='date'>{text}</span><p>{said}</p></div></section>",
            "teaser": f"<div class='card'><a href='/other-story.html'>{teaser}</a> <span>{text}</span></div>",
        }
        for where, html in twins.items():
            name = f"{key}-{where}-notfire"
            yield name, url_of(name), lang_page(lang, after=html), None
    for lang, sentence in MOMENT_SENTENCES.items():
        name = f"relone-{lang}-sentence-notfire"
        yield name, url_of(name), lang_page(lang, f"<p>{sentence}</p>"), None
    for lang, now in NOW_MORE.items():
        name = f"relone-{lang}-now-notfire"
        yield name, url_of(name), lang_page(lang, f"<div><span>{now}</span></div>"), None


#: A reader's comment's own date line, as comment systems show it (name, date line, text).
COMMENT_DATES = {
    "de": [("Anna", "Anna schrieb am 12.03.2024 um 10:15"), ("Jörg K.", "12. März 2024 um 18:04 Uhr"), ("peter_m", "Antworten · 12.03.2024, 18:04")],
    "en": [("Mike", "Reply · March 12, 2024 at 10:15 am"), ("Sarah J.", "March 12, 2024 at 6:04 pm"), ("tom_b", "12/03/2024 18:04")],
    "fr": [("Marie", "Répondre · 12 mars 2024 à 18h04"), ("Luc D.", "le 12/03/2024 à 18:04")],
    "es": [("Pedro", "Responder · 12 de marzo de 2024 a las 18:04"), ("Lucía M.", "12/03/2024 a las 18:04")],
    "ru": [("Иван", "12 марта 2024 в 18:04 · Ответить"), ("Ольга П.", "12.03.2024 18:04")],
}  # fmt: skip
#: A closing line of the story's own, right after its last paragraph.
CLOSING = {
    "de": ["Veröffentlicht am 14.03.2024", "14.03.2024, 10:15 Uhr"], "en": ["Published March 14, 2024", "March 14, 2024"],
    "fr": ["Publié le 14 mars 2024"], "es": ["Publicado el 14 de marzo de 2024"], "ru": ["Опубликовано: 14 марта 2024"],
}  # fmt: skip
#: A box below the story that dates something else: a review, an author's membership.
BELOW_BOXES = {
    "de": ["Zuletzt geprüft: 12.03.2024", "Anna Schmidt ist Redakteurin im Lokalressort. Mitglied seit 14.03.2020"],
    "en": ["Last reviewed: March 12, 2024", "Anna Smith covers city hall. Member since March 14, 2020"],
    "fr": ["Dernière vérification : 12 mars 2024", "Anne Martin couvre la mairie. Membre depuis le 14 mars 2020"],
    "es": ["Última revisión: 12 de marzo de 2024", "Ana García cubre el ayuntamiento. Miembro desde el 14 de marzo de 2020"],
    "ru": ["Последняя проверка: 12 марта 2024", "Анна Смирнова пишет о мэрии. На сайте с 14 марта 2020"],
}  # fmt: skip
#: What a reader writes below a story (a sentence of the teasers' kind, not the story's).
SAID = "Das sehe ich ganz anders, die Parkgebühren sind schon hoch genug."


def one_comment(who: str, line: str, cls: str, tag: str) -> str:
    """One reader's comment: name, its date line (in *tag*), the comment's words."""
    klass = f" class='{cls}'" if cls else ""
    stamp = f"<time>{line}</time>" if tag == "time" else f"<{tag}>{line}</{tag}>"
    return f"<div{klass}><b>{who}</b> {stamp}<p>{SAID}</p></div>"


def comment_cases() -> Iterator[Case]:
    """An undated story in an <article> followed, inside the same <article>, by one or two
    readers' comments with an absolute date (several comment systems' shapes, classed
    "comment"/"reply" or not, with and without a "Comments" heading), by a "last reviewed"
    box or an author's "member since" line: none of them dates the page. Twins that must
    give the day: the story's own stamp as a closing line right after its last paragraph,
    alone and with a dated comment below it."""
    for lang in LANGS:
        for i, (who, line) in enumerate(COMMENT_DATES[lang]):
            for cls in ("comment", "", "reply"):
                for tag in ("span", "time", "div"):
                    one = one_comment(who, line, cls, tag)
                    name = f"comment1-{lang}-{i}-{cls or 'plain'}-{tag}-one-notfire"
                    yield name, url_of(name), page(lang, after=one), None
                two = one + one_comment("Gast", COMMENT_DATES[lang][i - 1][1], cls, "span")
                name = f"comment1-{lang}-{i}-{cls or 'plain'}-two-notfire"
                yield name, url_of(name), page(lang, after=two), None
                name = f"comment1-{lang}-{i}-{cls or 'plain'}-section-notfire"
                html = page(lang, after=f"<section><h2>{COMMENTS_WORD[lang]}</h2>{one}</section>")
                yield name, url_of(name), html, None
        for i, text in enumerate(BELOW_BOXES[lang]):
            for cls in ("", "box"):
                klass = f" class='{cls}'" if cls else ""
                name = f"comment1-{lang}-box{i}-{cls or 'plain'}-notfire"
                yield (
                    name,
                    url_of(name),
                    page(lang, after=f"<div{klass}><p>{text}</p></div>"),
                    None,
                )
        for i, text in enumerate(CLOSING[lang]):
            for layout in ("article", "div"):
                for wrap in ("p", "div-span"):
                    close = f"<p>{text}</p>" if wrap == "p" else f"<div><span>{text}</span></div>"
                    name = f"comment1-{lang}-closing{i}-{wrap}-{layout}"
                    yield name, url_of(name), page(lang, after=close, layout=layout), DAY
                    who, line = COMMENT_DATES[lang][0]
                    after = close + one_comment(who, line, "comment", "span")
                    name = f"comment1-{lang}-closing{i}-{wrap}-{layout}-commented"
                    yield name, url_of(name), page(lang, after=after, layout=layout), DAY


#: A review's line (the day a page was checked) and a publication stamp of each language.
REVIEWED = {
    "en": ("Page last reviewed: 12 March 2024", "Published 14 March 2024"),
    "de": ("Zuletzt geprüft am 12.03.2024", "Veröffentlicht am 14.03.2024"),
    "fr": ("Dernière vérification : 12 mars 2024", "Publié le 14 mars 2024"),
    "es": ("Última revisión: 12 de marzo de 2024", "Publicado el 14 de marzo de 2024"),
    "it": ("Ultima revisione: 12 marzo 2024", "Pubblicato il 14 marzo 2024"),
    "nl": ("Laatst gecontroleerd: 12 maart 2024", "Gepubliceerd op 14 maart 2024"),
    "pt": ("Última revisão: 12 de março de 2024", "Publicado em 14 de março de 2024"),
    "ru": ("Последняя проверка: 12 марта 2024", "Опубликовано: 14 марта 2024"),
}


def reviewed_cases() -> Iterator[Case]:
    """A review's line ("Page last reviewed: 12 March 2024", "Zuletzt geprüft am …")
    under the headline or below the story: never the publication day. With the story's
    own stamp too: its day. Twins where the review's words must not cut the stamp: a
    reviewer's byline beside the publication stamp ("Published … · Reviewed by Dr Anna
    Smith"), and "reviewed" in the story's words."""
    for lang, (review, published) in REVIEWED.items():
        for where in ("under", "after"):
            box = f"<div class='meta'><p>{review}</p></div>"
            html = lang_page(lang, box) if where == "under" else lang_page(lang, after=box)
            name = f"reviewed-{lang}-{where}-alone-notfire"
            yield name, url_of(name), html, None
            stamp = f"<p>{published}</p>"
            html = (
                lang_page(lang, stamp + box)
                if where == "under"
                else lang_page(lang, stamp, after=box)
            )
            name = f"reviewed-{lang}-{where}-stamped"
            yield name, url_of(name), html, DAY
    name = "reviewed-en-reviewer-byline"
    html = lang_page("en", "<p>Published 14 March 2024 · Reviewed by Dr Anna Smith</p>")
    yield name, url_of(name), html, DAY
    name = "reviewed-en-story-word"
    html = lang_page(
        "en",
        "<p>14 March 2024</p>",
        event="The plan was last reviewed on the council's website in 2019.",
    )
    yield name, url_of(name), html, DAY
    name = "reviewed-en-next-review-notfire"
    html = lang_page("en", after="<p>Next review due: 14 March 2027</p>")
    yield name, url_of(name), html, None


#: An author's or a reader's profile line: the day the profile was opened.
SINCE = {
    "en": "Anna Smith · Member since 14 March 2020", "de": "Anna Schmidt · Mitglied seit 14.03.2020",
    "fr": "Anne Martin · Membre depuis le 14 mars 2020", "es": "Ana García · Miembro desde el 14 de marzo de 2020",
    "it": "Anna Rossi · Iscritto dal 14 marzo 2020", "nl": "Anna de Vries · Lid sinds 14 maart 2020",
    "pl": "Anna Kowalska · Użytkownik od 14 marca 2020", "ru": "Анна Смирнова · На сайте с 14 марта 2020",
}  # fmt: skip


def since_cases() -> Iterator[Case]:
    """A profile's "member since" line (an author's box under the headline or below the
    story, "Dabei seit 14.03.2020"): no date; beside the story's own stamp, its day. Twins
    where "since" must not cut: "Online seit 14.03.2024" (German: published online since)
    under the headline gives the day."""
    for lang, line in SINCE.items():
        published = REVIEWED.get(lang, (None, STAMP_OF.get(lang, "14 March 2024")))[1]
        for where in ("under", "after"):
            box = f"<div class='author-box'><p>{line}</p></div>"
            html = lang_page(lang, box) if where == "under" else lang_page(lang, after=box)
            name = f"since-{lang}-{where}-alone-notfire"
            yield name, url_of(name), html, None
            stamp = f"<p>{published}</p>"
            html = (
                lang_page(lang, box + stamp)
                if where == "under"
                else lang_page(lang, stamp, after=box)
            )
            name = f"since-{lang}-{where}-stamped"
            yield name, url_of(name), html, DAY
    for i, line in enumerate(["Dabei seit 14.03.2020", "Registriert seit 14. März 2020"]):
        name = f"since-de-bare{i}-notfire"
        yield name, url_of(name), lang_page("de", after=f"<p>{line}</p>"), None
    for i, line in enumerate(["Online seit 14.03.2024", "Online seit: 14. März 2024, 10:15 Uhr"]):
        name = f"since-de-online{i}"
        yield name, url_of(name), lang_page("de", f"<p>{line}</p>"), DAY


#: A headline atop an old table layout's story cell, as such pages set it ({h}).
TD_TITLES = (
    "<h1>{h}</h1>",
    "<font size='5'><b>{h}</b></font><br>",
    "<b>{h}</b><br>",
    "<center><h2>{h}</h2></center>",
)
#: A loose date line (text of the cell itself, no element of its own) in each language.
TD_DATES = {
    "de": ["14.03.2024", "Donnerstag, 14. März 2024"], "en": ["14 March 2024", "March 14, 2024"],
    "fr": ["14/03/2024", "jeudi 14 mars 2024"], "es": ["14/03/2024", "14 de marzo de 2024"],
    "ru": ["14.03.2024", "14 марта 2024"],
}  # fmt: skip


def td_page(lang: str, cell: str) -> str:
    """An old table layout: a logo row, a nav cell, the story *cell*, a links cell."""
    links = "".join(f"<a href='/{i}/'>{w}</a><br>" for i, w in enumerate(NAVS[lang]))
    others = "".join(
        f"<a href='/o{i}.html'>{t}</a><br>" for i, t in enumerate(list(OTHER_TITLES[lang])[:3])
    )
    table = (
        "<table width='100%' border='0'><tr><td colspan='3'><img src='/logo.gif' alt='Logo'></td></tr>"
        f"<tr><td width='150' valign='top'>{links}</td><td valign='top'>{cell}</td>"
        f"<td width='150' valign='top'>{others}</td></tr></table>"
    )
    return shell(table, STORIES[lang][0], lang, "")


def td_loose_cases() -> Iterator[Case]:
    """A loose date line (the cell's own text between ``<br>``s) right under the headline
    atop an old table layout's story cell, the story cut by ``<br><br>``: the day. Twins
    that must give no date: the same line after the story's first paragraph, at the
    cell's foot after the story, in the nav cell beside it, and right under a line that
    is no headline (the box's section label)."""
    for lang, dates in TD_DATES.items():
        title, lines = STORIES[lang]
        story = "<br><br>".join(lines)
        for t, head in enumerate(TD_TITLES):
            for d, date in enumerate(dates):
                top = head.format(h=title)
                name = f"tdloose-{lang}-t{t}-d{d}"
                yield name, url_of(name), td_page(lang, f"{top}{date}<br><br>{story}"), DAY
                first, rest = lines[0], "<br><br>".join(lines[1:])
                twins = {
                    "after-para": f"{top}{first}<br><br>{date}<br><br>{rest}",
                    "foot": f"{top}{story}<br><br>{date}",
                    "label": f"<b>{NAVS[lang][1]}</b><br>{date}<br><br>{story}",
                }
                for where, cell in twins.items():
                    name = f"tdloose-{lang}-t{t}-d{d}-{where}-notfire"
                    yield name, url_of(name), td_page(lang, cell), None


#: A modification stamp, the page's only date (15 March 2024), in the shapes pages write
#: it: led by the label, after a byline in the same line, the label and the date in
#: elements of their own, a ``<time>``, a review's label, in a div layout's info row.
MODIFIED_ONLY = {
    "de": [
        "<p>Aktualisiert am 15.03.2024</p>",
        "<p>Von Anna Schmidt | Aktualisiert am 15.03.2024, 08:00 Uhr</p>",
        "<div class='info'>Anna Schmidt · <span>Aktualisiert</span> <span>15.03.2024</span></div>",
        "<p>Zuletzt aktualisiert: <time datetime='2024-03-15T08:00:00+01:00'>15. März 2024</time></p>",
        "<p>Zuletzt geprüft am 15.03.2024</p>",
    ],
    "en": [
        "<p>Updated 15 March 2024</p>",
        "<p>By Anna Smith · Last updated: March 15, 2024</p>",
        "<div class='info'>Anna Smith | <b>Updated</b> <span>15/03/2024</span></div>",
        "<p>Updated <time datetime='2024-03-15'>March 15, 2024</time></p>",
        "<p>Page last reviewed: 15 March 2024</p>",
    ],
    "fr": [
        "<p>Mis à jour le 15 mars 2024</p>",
        "<p>Par Anne Martin | Mis à jour le 15/03/2024 à 08h00</p>",
        "<div class='info'>Anne Martin · <span>Mis à jour</span> <span>15/03/2024</span></div>",
    ],
    "es": [
        "<p>Actualizado el 15 de marzo de 2024</p>",
        "<p>Por Ana García | Actualizado: 15/03/2024 08:00</p>",
    ],
    "ru": [
        "<p>Обновлено: 15 марта 2024</p>",
        "<p>Анна Смирнова | Обновлено 15.03.2024, 08:00</p>",
    ],
}
#: The publication stamp beside it in the twins that must give the day.
PUBLISHED_WITH = {
    "de": "14.03.2024", "en": "14 March 2024", "fr": "14/03/2024", "es": "14/03/2024", "ru": "14.03.2024",
}  # fmt: skip


def modified_only_cases() -> Iterator[Case]:
    """A page whose only date is its modification stamp, under the headline or below the
    story: no publication date (htmldate's search, not told the label, would give the
    update's day). Twins that must give the day: the same stamp after the publication
    stamp on its line ("14.03.2024 | Aktualisiert am 15.03.2024") or in a line of its
    own above it."""
    for lang, stamps in MODIFIED_ONLY.items():  # (the first of each language: a <p>)
        for i, stamp in enumerate(stamps):
            for where in ("under", "after"):
                html = page(lang, stamp) if where == "under" else page(lang, after=stamp)
                name = f"modonly-{lang}-{i}-{where}-notfire"
                yield name, url_of(name), html, None
            published = PUBLISHED_WITH[lang]
            name = f"modonly-{lang}-{i}-published"
            yield name, url_of(name), page(lang, f"<p>{published}</p>{stamp}"), DAY
        name = f"modonly-{lang}-row-published"
        row = f"<p>{PUBLISHED_WITH[lang]} | {stamps[0][3:-4]}</p>"
        yield name, url_of(name), page(lang, row), DAY


#: Other stories' headlines of a links cell.
OTHER_TITLES = {lang: [f"{t} ({i})" for i, t in enumerate(NAVS[lang])] for lang in LANGS}


#: A publication stamp of languages :data:`REVIEWED` has none for.
STAMP_OF = {"pl": "Opublikowano: 14 marca 2024"}


COMMENTS_WORD = {
    "de": "Kommentare", "en": "Comments", "fr": "Commentaires", "es": "Comentarios", "ru": "Комментарии",
}  # fmt: skip


# -- session 21: plainly shown dates in further shapes, and their must-not-fire twins -----


def raw_ld(text: str) -> str:
    return f"<script type='application/ld+json'>{text}</script>"


def ld_odd_cases() -> Iterator[Case]:
    """JSON-LD dates in shapes ``jsonld``/``data`` do not build: the date only on the
    @graph's WebPage node, the article as the WebPage's ``mainEntityOfPage`` or under
    ``@id`` references, a ``VideoObject``'s ``dateCreated``, items of an ``ItemList``-less
    array, a leading JS comment or a trailing semicolon, two objects in one script, a lower-
    case type, and value formats ("14.03.2024", "2024-03-14 09:30:00", epoch seconds and
    milliseconds, "2024-03-14T09:30:00.000+0100")."""
    iso = "2024-03-14T10:15:00+01:00"
    ctx = '"@context": "https://schema.org"'
    art = '{"@type": "NewsArticle", "headline": "T", "datePublished": "%s"}'
    variants = {
        "graph-webpage-only": ld({"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "@id": "https://www.example.org/#website", "name": "Zeitung"},
            {"@type": "WebPage", "@id": "https://www.example.org/x#webpage", "name": "T", "datePublished": iso, "dateModified": "2024-03-15T08:00:00+01:00"},
            {"@type": "Person", "name": "Anna Schmidt"}]}),
        "graph-id-ref": ld({"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": "#a", "headline": "T", "isPartOf": {"@id": "#w"}, "datePublished": iso},
            {"@type": "WebPage", "@id": "#w", "name": "T"}]}),
        "mainentityofpage": ld({"@context": "https://schema.org", "@type": "WebPage", "mainEntityOfPage": {"@type": "NewsArticle", "headline": "T", "datePublished": iso}}),
        "video-created": ld({"@context": "https://schema.org", "@type": "VideoObject", "name": "T", "dateCreated": iso}),
        "array-items": ld([{"@context": "https://schema.org", "@type": "WebSite", "name": "Zeitung"}, {"@context": "https://schema.org", "@type": ["NewsArticle", "Article"], "headline": "T", "datePublished": iso}]),
        "js-comment": raw_ld(f"/* generated */ {{{ctx}, {(art % iso)[1:]}"),
        "line-comment": raw_ld(f"// schema\n{{{ctx}, {(art % iso)[1:]}"),
        "semicolon": raw_ld(f"{{{ctx}, {(art % iso)[1:]};"),
        "two-objects": raw_ld(f'{{{ctx}, "@type": "WebSite", "name": "Zeitung"}}\n{art % iso}'),
        "lowercase-type": raw_ld(f'{{{ctx}, "@type": "newsarticle", "datePublished": "{iso}"}}'),
        "dotted": raw_ld(art % "14.03.2024"),
        "dotted-time": raw_ld(art % "14.03.2024 10:15"),
        "space-time": raw_ld(art % "2024-03-14 09:30:00"),
        "epoch-s": raw_ld('{"@type": "NewsArticle", "headline": "T", "datePublished": 1710407700}'),
        "epoch-ms": raw_ld('{"@type": "NewsArticle", "headline": "T", "datePublished": 1710407700000}'),
        "epoch-s-str": raw_ld(art % "1710407700"),
        "millis-tz": raw_ld(art % "2024-03-14T10:15:00.000+0100"),
        "slash-ymd": raw_ld(art % "2024/03/14 10:15"),
        "rfc2822": raw_ld(art % "Thu, 14 Mar 2024 10:15:00 +0100"),
        "date-array": raw_ld(f'{{"@type": "NewsArticle", "headline": "T", "datePublished": ["{iso}"]}}'),
    }  # fmt: skip
    for lang in ("de", "en", "fr"):
        for kind, script in variants.items():
            for where in ("head", "body"):
                head = script if where == "head" else ""
                after = script if where == "body" else ""
                name = f"ldodd-{lang}-{kind}-{where}"
                yield name, url_of(name), page(lang, head=head, after=after), DAY
    # must not fire: dates of other things than the story
    others = {
        "event": ld({"@context": "https://schema.org", "@type": "Event", "name": "Konzert", "startDate": iso, "endDate": iso}),
        "comment": ld({"@context": "https://schema.org", "@type": "Comment", "text": "gut", "dateCreated": iso}),
        "person": ld({"@context": "https://schema.org", "@type": "Person", "name": "Anna", "birthDate": "1984-03-14"}),
        "org": ld({"@context": "https://schema.org", "@type": "Organization", "name": "Zeitung", "foundingDate": "2024-03-14"}),
        "offer": ld({"@context": "https://schema.org", "@type": "Product", "name": "Abo", "offers": {"@type": "Offer", "priceValidUntil": "2024-03-14"}}),
        "modified-only": ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "T", "dateModified": iso}),
        "graph-modified-only": ld({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "T", "dateModified": iso}]}),
        "zero-epoch": raw_ld('{"@type": "NewsArticle", "headline": "T", "datePublished": 0}'),
        "empty": raw_ld('{"@type": "NewsArticle", "headline": "T", "datePublished": ""}'),
    }  # fmt: skip
    for lang in ("de", "en"):
        for kind, script in others.items():
            name = f"ldodd-{lang}-{kind}-notfire"
            yield name, url_of(name), page(lang, head=script), None


def meta_odd_cases() -> Iterator[Case]:
    """Publication metas in odd casing and rarer names, ``itemprop`` in the body on a
    <span>/<time> with ``content``; twins that must give no date: a modification meta
    alone (``og:updated_time``, ``article:modified_time``, ``last-modified``,
    ``dateModified``), an expiry meta."""
    iso = "2024-03-14T10:15:00+01:00"
    metas = {
        "og-upper": f"<meta property='ARTICLE:PUBLISHED_TIME' content='{iso}'>",
        "name-upper": f"<meta NAME='Article:Published_Time' CONTENT='{iso}'>",
        "dc-issued-mixed": "<meta name='dc.Date.Issued' content='2024-03-14'>",
        "dcterms-issued": "<meta name='dcterms.issued' content='2024-03-14T10:15:00'>",
        "DCTERMS-created": "<meta name='DCTERMS.created' content='2024-03-14'>",
        "dc-date-created": "<meta name='DC.date.created' content='2024-03-14'>",
        "date-upper": "<meta name='Date' content='2024-03-14'>",
        "date-dotted": "<meta name='date' content='14.03.2024'>",
        "pubdate-compact": "<meta name='pubdate' content='20240314T101500Z'>",
        "sailthru-rfc": "<meta name='sailthru.date' content='Thu, 14 Mar 2024 10:15:00 +0100'>",
        "parsely-page": "<meta name='parsely-page' content='{&quot;title&quot;: &quot;T&quot;, &quot;pub_date&quot;: &quot;2024-03-14T09:15:00Z&quot;}'>",
        "article-body": f"<meta property='article:published_time' content='{iso}'>",
    }
    for lang in ("de", "en", "fr"):
        for kind, meta in metas.items():
            name = f"metaodd-{lang}-{kind}"
            if kind == "article-body":
                yield name, url_of(name), page(lang, after=meta), DAY
            else:
                yield name, url_of(name), page(lang, head=meta), DAY
        body = {
            "span-content": f"<span itemprop='datePublished' content='{iso}'>{STAMPS[lang][0]}</span>",
            "time-datetime-odd": "<time itemprop='datePublished' datetime='2024-03-14 10:15'>vor langer Zeit</time>",
            "div-itemprop": f"<div itemprop='datePublished'>{STAMPS[lang][1]}</div>",
            "meta-after": f"<meta itemprop='datePublished' content='{iso}'>",
        }
        for kind, html in body.items():
            name = f"metaodd-{lang}-{kind}"
            where = {"after": html} if kind == "meta-after" else {"under": html}
            yield name, url_of(name), page(lang, **where), DAY
    mods = {
        "og-updated": f"<meta property='og:updated_time' content='{iso}'>",
        "article-modified": f"<meta property='article:modified_time' content='{iso}'>",
        "last-modified": "<meta name='last-modified' content='2024-03-14'>",
        "datemodified": f"<meta itemprop='dateModified' content='{iso}'>",
        "expires": "<meta name='expires' content='2024-03-14'>",
        "both-mods": f"<meta property='og:updated_time' content='{iso}'><meta property='article:modified_time' content='{iso}'>",
    }
    for lang in ("de", "en"):
        for kind, meta in mods.items():
            name = f"metaodd-{lang}-{kind}-notfire"
            yield name, url_of(name), page(lang, head=meta), None


def url_odd_cases() -> Iterator[Case]:
    """URL days in shapes ``url`` does not build (day first, unpadded, the compact day
    inside a slug, the day in other query names); twins with a month only, a year only,
    or a number that is no day (an id, a phone-like run) give no date."""
    shapes = {
        "dmy-path": "https://www.example.org/news/14/03/2024/{n}.html",
        "unpadded": "https://www.example.org/2024/3/14/{n}",
        "compact-mid": "https://www.example.org/news/{n}-20240314-a77.html",
        "compact-underscore": "https://www.example.org/news/20240314_{n}.html",
        "dashed-slug": "https://www.example.org/news/2024-03-14-{n}",
        "query-d": "https://www.example.org/article?d=20240314&id=77",
        "query-pubdate": "https://www.example.org/article?id=77&pubdate=2024-03-14",
        "ymd-dotted": "https://www.example.org/news/2024.03.14/{n}.html",
    }
    notfire = {
        "month-only": "https://www.example.org/2024/03/{n}.html",
        "month-only-deep": "https://www.example.org/news/2024/03/{n}/",
        "compact-month": "https://www.example.org/news/202403/{n}.html",
        "id-run": "https://www.example.org/news/{n}-20249314.html",
        "long-id": "https://www.example.org/news/{n}-120240314778.html",
        "dmy-ambiguous": "https://www.example.org/news/05/03/2024/{n}.html",
        "query-id": "https://www.example.org/article?id=20240314",
    }
    for lang in ("de", "en", "fr"):
        slug = f"stadtrat-haushalt-{lang}"
        for shape, pattern in shapes.items():
            name = f"urlodd-{lang}-{shape}"
            yield name, pattern.format(n=slug), page(lang), DAY
        for shape, pattern in notfire.items():
            name = f"urlodd-{lang}-{shape}-notfire"
            yield name, pattern.format(n=slug), page(lang), None


#: Stamps under the headline in shapes :data:`STAMPS` and the ``langs`` forms lack.
SHOWN = {
    "en": ["March 14, 2024 at 9:30 am", "Published 9:30 AM EDT, Thu March 14, 2024", "March 14th, 2024", "14th March 2024", "Mar. 14, 2024 9:30 a.m. ET", "14-Mar-2024 09:30", "Thu 14 Mar 2024 09.30 GMT", "2024-03-14 09:30"],
    "de": ["14. März 2024, 09:30 Uhr", "Do 14.03.24", "14.3.2024, 9.30 Uhr", "Donnerstag, 14. März 2024 – 09:30"],
    "fr": ["Publié le 14/03/2024 à 09h30", "Le 14 mars 2024 à 9 h 30", "14/03/24 à 09:30", "Publié le jeudi 14 mars 2024 à 09h30"],
    "es": ["14 de marzo de 2024 - 09:30 h", "14/03/2024 | 09:30 h", "14 mar. 2024 09:30 CET"],
    "it": ["14 marzo 2024 ore 09:30", "Pubblicato il: 14/03/2024 – 09:30", "giovedì 14 marzo 2024"],
    "pt": ["14 de março de 2024 às 09:30", "14/03/2024 09h30", "Publicado em 14/03/2024 - 09:30"],
    "nl": ["14 maart 2024, 09:30", "do 14 mrt 2024 09:30", "14-03-24, 09:30"],
    "pl": ["14 marca 2024, 09:30", "14.03.2024, 09:30", "Opublikowano: 14.03.2024 09:30", "czwartek, 14.03.2024 r."],
    "tr": ["14 Mart 2024 09:30", "14.03.2024 - 09:30", "Yayınlanma: 14 Mart 2024 Perşembe 09:30"],
    "ru": ["14 марта 2024, 09:30", "14.03.2024 | 09:30", "14 марта 2024 г., 09:30", "14.03.2024 г."],
    "zh": ["2024年3月14日 09:30", "2024-03-14 09:30 来源：本报", "发布时间：2024-03-14 09:30"],
}  # fmt: skip
#: Stamps with a local month's short form that is no English one, and the day they give.
ABBREVIATED = [
    ("de", "14. Mär. 2024, 09:30 Uhr", "2024-03-14"), ("de", "Fr 11. Okt. 2024", "2024-10-11"),
    ("de", "14. Dez. 2023", "2023-12-14"), ("nl", "11 okt 2024 09:30", "2024-10-11"),
    ("fr", "14 févr. 2024 à 9h30", "2024-02-14"), ("fr", "11 juil. 2024", "2024-07-11"),
    ("fr", "14 déc. 2023", "2023-12-14"), ("es", "14 ene. 2024 - 09:30", "2024-01-14"),
    ("es", "14 abr 2024", "2024-04-14"), ("es", "14 dic 2023", "2023-12-14"),
    ("it", "14 gen 2024 ore 09:30", "2024-01-14"), ("it", "14 giu 2024", "2024-06-14"),
    ("it", "11 ott 2024", "2024-10-11"), ("pt", "14 fev 2024 às 09:30", "2024-02-14"),
    ("pt", "11 out 2024", "2024-10-11"), ("pt", "14 dez 2023", "2023-12-14"),
]  # fmt: skip
#: Class names of a stamp's box in other languages (date, time, publication, meta line).
FOREIGN_CLASSES = ["fecha", "datum", "tarih", "data-publicacao", "riqi", "artikel-meta", "czas"]


def shown_cases() -> Iterator[Case]:
    """A visible stamp right under the headline in further forms of 11 languages, in a
    <p>/<div>/<span> with no class or a class named in another language; each with a twin
    that must give no date (the same text as a comment's stamp below the undated story)."""
    for lang, stamps in SHOWN.items():
        for i, text in enumerate(stamps):
            for k, wrap in enumerate(
                (
                    "<p>{}</p>",
                    "<div>{}</div>",
                    "<div><span>{}</span></div>",
                    f"<div class='{FOREIGN_CLASSES[i % len(FOREIGN_CLASSES)]}'>{{}}</div>",
                )
            ):
                name = f"shown-{lang}-{i}-{k}"
                yield name, url_of(name), lang_page(lang, wrap.format(text)), DAY
            name = f"shown-{lang}-{i}-comment-notfire"
            reply = f"<section class='kommentare'><h3>Kommentare (1)</h3><div><b>leser77</b> <span>{text}</span><p>Das sehe ich anders, die Gebühren treffen vor allem die kleinen Läden.</p></div></section>"
            yield name, url_of(name), lang_page(lang, after=reply), None
    for i, (lang, text, day) in enumerate(ABBREVIATED):
        for k, wrap in enumerate(("<p>{}</p>", "<div><span>{}</span></div>")):
            name = f"shown-abbr-{lang}-{i}-{k}"
            yield name, url_of(name), lang_page(lang, wrap.format(text)), day
        name = f"shown-abbr-{lang}-{i}-event-notfire"
        yield (
            name,
            url_of(name),
            lang_page(lang, event=f"Das Konzert am {text} findet statt."),
            None,
        )


#: A modification stamp and the publication stamp after it in one line, per language.
MOD_THEN_PUB = {
    "de": "Aktualisiert am 15.03.2024, 08:00 Uhr · Veröffentlicht am 14.03.2024, 10:15 Uhr",
    "en": "Updated 15 March 2024 | Published 14 March 2024",
    "fr": "Mis à jour le 15/03/2024 - Publié le 14/03/2024",
    "es": "Actualizado: 15/03/2024 - Publicado: 14/03/2024",
    "it": "Aggiornato il 15/03/2024 - Pubblicato il 14/03/2024",
    "pt": "Atualizado em 15/03/2024 | Publicado em 14/03/2024",
    "nl": "Bijgewerkt op 15 maart 2024 - Gepubliceerd op 14 maart 2024",
    "ru": "Обновлено: 15.03.2024 | Опубликовано: 14.03.2024",
}


def mod_then_pub_cases() -> Iterator[Case]:
    """A modification stamp first and the publication stamp after it in one line under the
    headline: the publication's day; the modification's part alone gives none."""
    for lang, line in MOD_THEN_PUB.items():
        for k, wrap in enumerate(("<p>{}</p>", "<div><span>{}</span></div>")):
            name = f"modfirst-{lang}-{k}"
            yield name, url_of(name), lang_page(lang, wrap.format(line)), DAY
        cut = line.split(" | ")[0].split(" - ")[0].split(" · ")[0]
        name = f"modfirst-{lang}-alone-notfire"
        yield name, url_of(name), lang_page(lang, f"<p>{cut}</p>"), None


NOTFIRE3_EVENT = {
    "en": "The festival runs from 14 March to 20 March in the market square.",
    "de": "Das Festival läuft vom 14. März bis 20. März auf dem Marktplatz.",
    "fr": "Le festival se tient du 14 mars au 20 mars sur la place du marché.",
}


def notfire3_cases() -> Iterator[Case]:
    """Undated stories with dates that are not their publication: an event's days (no
    year) in the text and as the first paragraph, a copyright line under the headline,
    a "last updated" line alone, a dated teaser card right under the headline, the fetch
    day nowhere, a month-and-year line ("March 2024") under the headline, a print issue's
    number."""
    for lang in ("en", "de", "fr"):
        _title, lines = STORIES[lang]
        ev = NOTFIRE3_EVENT[lang]
        cases = {
            "event-text": page(lang).replace(f"<p>{lines[1]}</p>", f"<p>{lines[1]}</p><p>{ev}</p>"),
            "event-first": page(lang, f"<p>{ev}</p>"),
            "copyright-under": page(lang, "<p>© 2024 Zeitung Verlag</p>"),
            "updated-alone": page(lang, f"<p>{UPDATED[lang]}</p>"),
            "teaser-under": page(lang, f"<div class='rel'><a href='/s.html'>{TEASERS[lang][1]}</a> <span>12.03.2024</span></div>"),
            "plain": page(lang),
            "month-year": page(lang, "<p>März 2024</p>" if lang == "de" else "<p>March 2024</p>" if lang == "en" else "<p>mars 2024</p>"),
            "issue": page(lang, "<p>Nr. 11/2024</p>"),
        }  # fmt: skip
        for kind, html in cases.items():
            name = f"notfire3-{lang}-{kind}-notfire"
            yield name, url_of(name), html, None


#: The day the tests' stamps show, as each language writes it.
TEASERUP_STAMP = {"en": "14 March 2024", "de": "14. März 2024", "fr": "14 mars 2024"}


def teaser_up_cases() -> Iterator[Case]:
    """Another story's teaser card above the story gives no date; the page's own stamp
    beside or in a link there gives the day (must not fire)."""
    for lang in ("en", "de", "fr"):
        title, _ = STORIES[lang]
        other = TEASERS[lang][2]
        stamp = TEASERUP_STAMP[lang]
        cards = {
            "dated-class": f"<div class='item'><a href='/city/pool.html'>{other}</a><span class='date'>12.03.2024</span></div>",
            "linked-card": f"<div class='item'><a href='/city/pool.html'><h3>{other}</h3><span>12.03.2024</span></a></div>",
            "text-date": f"<div class='x1'><p>12.03.2024</p><p><a href='/city/pool.html'>{other}</a></p></div>",
        }  # fmt: skip
        for kind, html in cards.items():
            name = f"teaserup-{lang}-{kind}-notfire"
            yield name, url_of(name), page(lang, html), None
        own = {
            "own-url": f"<p><a href='{{url}}'>{stamp}, 10:15</a></p>",
            "archive": f"<p><a href='/2024/03/14/'>{stamp}</a></p>",
            "meta-row": f"<div class='article-meta'><a href='/topics/budget'>{other}</a> <span>{stamp}</span></div>",
            "byline": f"<p><a href='/authors/smith'>Anna Smith and John Doe</a> {stamp}</p>",
        }  # fmt: skip
        for kind, html in own.items():
            name = f"teaserup-{lang}-{kind}"
            yield name, url_of(name), page(lang, html.format(url=url_of(name))), DAY
        name = f"teaserup-{lang}-headline-linked"
        head = (
            f"<div class='top'><div>{stamp}</div><h1><a href='/news/12345'>{title}</a></h1></div>"
        )
        yield name, url_of(name), page(lang).replace(f"<h1>{title}</h1>", head), DAY


def url_more_cases() -> Iterator[Case]:
    """URL days in shapes ``url``/``urlodd`` lack: the month by its English short name
    ("/2024/mar/14/"), a year's folder then the month and day's ("/2024/0314/"), the year
    and month's folder then the day's ("/2024-03/14/"), a compact day with its time of day
    ("/20240314101500-…"); twins that give no date: a month's name without a day, a
    four-figure folder that is no day ("/2024/1399/"), a compact day with a figure too
    many or too few for a time."""
    shapes = {
        "named-month": "https://www.example.org/world/2024/mar/14/{n}",
        "named-month-upper": "https://www.example.org/world/2024/Mar/14/{n}.html",
        "mmdd-folder": "https://www.example.org/n1/2024/0314/c1002-{n}.html",
        "ym-folder": "https://www.example.org/world/2024-03/14/c_{n}.htm",
        "compact-clock": "https://www.example.org/p/20240314101500-{n}",
        "compact-clock-short": "https://www.example.org/news/{n}_202403141015.html",
    }
    notfire = {
        "named-month-only": "https://www.example.org/world/2024/mar/{n}",
        "mmdd-no-day": "https://www.example.org/n1/2024/1399/c1002-{n}.html",
        "mmdd-file": "https://www.example.org/n1/2024/0314{n}.html",
        "compact-too-long": "https://www.example.org/p/202403141015001-{n}",
        "compact-odd-clock": "https://www.example.org/p/2024031410-{n}",
    }
    for lang in ("de", "en", "fr"):
        slug = f"stadtrat-haushalt-{lang}"
        for shape, pattern in shapes.items():
            yield f"urlmore-{lang}-{shape}", pattern.format(n=slug), page(lang), DAY
        for shape, pattern in notfire.items():
            yield f"urlmore-{lang}-{shape}-notfire", pattern.format(n=slug), page(lang), None


#: Stamps of Chinese, Japanese and Korean pages under the headline: labelled ("発行日：",
#: "发布日期：", "기사입력"), with a weekday or a time of day in the scripts' own marks.
CJK_STAMPS = {
    "ja": ["発行日：2024年3月14日", "公開日時：2024年3月14日 10:15", "2024年3月14日(木) 10時15分", "投稿日時 2024年3月14日"],
    "zh": ["发布日期：2024年03月14日", "日期：2024-03-14", "时间：2024年03月14日 10:15", "2024年3月14日 星期四", "發布時間：2024年3月14日"],
    "ko": ["기사입력 2024.03.14 10:15", "등록일 2024년 3월 14일", "2024년 3월 14일 목요일 10:15", "입력일: 2024-03-14"],
}  # fmt: skip
#: Dates of those pages that are not the publication's: a modification label's, an event's
#: or a deadline's (labels of words other than a publication's).
CJK_NOTFIRE = {
    "ja": ["更新日時：2024年3月14日", "最終更新日：2024年3月14日", "開催日：2024年3月14日", "締切：2024年3月14日"],
    "zh": ["更新时间：2024-03-14 08:00", "更新日期：2024年03月14日", "修改时间：2024年03月14日", "活动时间：2024年03月14日", "截止日期：2024年03月14日"],
    "ko": ["수정 2024.03.14 08:00", "수정일: 2024-03-14", "업데이트 2024.03.14"],
}  # fmt: skip


def cjk_cases() -> Iterator[Case]:
    """A labelled stamp of a Chinese, Japanese or Korean page under the headline (in a
    <p>, a <span>, a <time> without ``datetime``), on a page declaring its language and on
    one declaring English (as many templates leave it): the day; the same line led by a
    modification's, an event's or a deadline's label: no date."""
    for lang, stamps in CJK_STAMPS.items():
        for i, text in enumerate(stamps):
            for tag in ("p", "span", "time"):
                html = (
                    f"<div><span>{text}</span></div>"
                    if tag == "span"
                    else f"<{tag}>{text}</{tag}>"
                )
                name = f"cjk-{lang}-{i}-{tag}"
                yield name, url_of(name), lang_page(lang, html), DAY
            name = f"cjk-{lang}-{i}-declared-en"
            yield (
                name,
                url_of(name),
                lang_page(lang, f"<p>{text}</p>")
                .replace(f"lang='{lang}'", "lang='en'")
                .replace(f'lang="{lang}"', 'lang="en"'),
                DAY,
            )
        for i, text in enumerate(CJK_NOTFIRE[lang]):
            for tag in ("p", "span"):
                html = f"<div><span>{text}</span></div>" if tag == "span" else f"<p>{text}</p>"
                name = f"cjk-{lang}-{i}-{tag}-notfire"
                yield name, url_of(name), lang_page(lang, html), None


#: Stamps set above the headline, in a meta list under it, in a <small> or an <em>, in a
#: WordPress-like entry header's link, or split into a span per field.
PLACED = {
    "above": "<div>{s}</div><h1>{t}</h1>",
    "small": "<h1>{t}</h1><small>{s}</small>",
    "em": "<h1>{t}</h1><p><em>{s}</em></p>",
    "meta-list": "<h1>{t}</h1><ul class='meta'><li>{by}</li><li>{s}</li><li>5 min</li></ul>",
    "entry-header": "<header class='entry-header'><h1>{t}</h1><div class='entry-meta'><span class='posted-on'><a href='/x' rel='bookmark'>{s}</a></span></div></header>",
}
PLACED_STAMPS = {
    "en": ["March 14, 2024", "14 Mar 2024 | 10:15 GMT", "Thursday, March 14th 2024", "Posted on March 14, 2024 by admin", "3/14/2024"],
    "de": ["14.03.2024", "Donnerstag, 14. März 2024", "14.3.2024 | 10:15"],
    "fr": ["14 mars 2024", "jeudi 14 mars 2024 à 10h15", "14/03/2024"],
}  # fmt: skip


def placed_cases() -> Iterator[Case]:
    """A stamp placed where shapes ``stamp``/``more`` do not put it (:data:`PLACED`), and
    the day split into a span per field: the day; the same stamp in a reader's comment
    below the story, or beside another story's linked headline above it: none."""
    for lang, stamps in PLACED_STAMPS.items():
        title, _ = STORIES[lang]
        by = BY[lang]
        for i, stamp in enumerate(stamps):
            for where, shape in PLACED.items():
                head = shape.format(s=stamp, t=title, by=by)
                name = f"placed-{lang}-{i}-{where}"
                yield name, url_of(name), page(lang).replace(f"<h1>{title}</h1>", head), DAY
            if "Posted" in stamp:
                continue  # (a post's own line, no reader's stamp)
            comment = f"<section class='comments'><h2>2</h2><div class='c'><b>Max</b> {stamp}<p>{SAID}</p></div></section>"
            name = f"placed-{lang}-{i}-comment-notfire"
            yield name, url_of(name), page(lang, after=comment), None
        split = (
            "<h1>{t}</h1><div class='d'><span>14</span> <span>Mar</span> <span>2024</span></div>"
        )
        name = f"placed-{lang}-split"
        yield (
            name,
            url_of(name),
            page(lang).replace(f"<h1>{title}</h1>", split.format(t=title)),
            DAY,
        )


#: Embedded posts and quotations a story holds, each dated 12 March 2024: a tweet's, an
#: Instagram post's (a ``<time datetime>``), a TikTok's, a Facebook post's, a quoted
#: passage's source line, a quoted older article's stamp.
QUOTED = {
    "tweet": "<blockquote class='twitter-tweet'><p lang='en'>The council just voted seven to two for the budget.</p>&mdash; Anna Smith (@anna) <a href='https://twitter.com/anna/status/1'>March 12, 2024</a></blockquote>",
    "instagram": "<blockquote class='instagram-media' data-instgrm-version='14'><div><p><a href='https://www.instagram.com/p/x/'>A post shared by Anna (@anna)</a></p><p><time datetime='2024-03-12T10:00:00+00:00'>Mar 12, 2024 at 10:00am PDT</time></p></div></blockquote>",
    "tiktok": "<blockquote class='tiktok-embed' cite='https://www.tiktok.com/@anna/video/1'><section><a href='https://www.tiktok.com/@anna'>@anna</a> Budget day! <p>12.03.2024</p></section></blockquote>",
    "facebook": "<blockquote cite='https://www.facebook.com/x/posts/1' class='fb-xfbml-parse-ignore'><p>We approved the budget tonight.</p>Posted by <a href='https://www.facebook.com/x'>City Council</a> on <a href='https://www.facebook.com/x/posts/1'>Tuesday, March 12, 2024</a></blockquote>",
    "quote-source": "<blockquote><p>The budget is the largest in our history.</p><footer>— Mayor's statement, 12 March 2024</footer></blockquote>",
    "quote-older": "<blockquote><p><strong>12.03.2024</strong></p><p>The council will vote on the budget next week, the mayor said at the press conference.</p></blockquote>",
}  # fmt: skip


def quoted_cases() -> Iterator[Case]:
    """An embedded post or a quotation (:data:`QUOTED`) inside the story: on an undated
    page no date (the quoted item's day is not the page's); beside the page's own stamp
    under the headline, the page's day."""
    for lang in ("en", "de", "fr"):
        _, lines = STORIES[lang]
        own = f"<p>{TEASERUP_STAMP[lang]}</p>"
        for kind, html in QUOTED.items():
            inside = f"<p>{lines[2]}</p>{html}"
            name = f"quoted-{lang}-{kind}-notfire"
            yield name, url_of(name), page(lang).replace(f"<p>{lines[2]}</p>", inside), None
            name = f"quoted-{lang}-{kind}-dated"
            yield name, url_of(name), page(lang, own).replace(f"<p>{lines[2]}</p>", inside), DAY


def quoted_next_cases() -> Iterator[Case]:
    """:data:`QUOTED`'s embedded posts and quotations in a story whose container is the
    next sibling of the headline's containers (read as the header's siblings, as on many
    news sites): on an undated page no date; beside the page's stamp under the headline,
    the page's day; with the URL on the page's day, the URL's."""
    for lang in ("en", "de", "fr"):
        title, lines = STORIES[lang]
        for kind, quoted in QUOTED.items():
            story = f"<p>{lines[0]}</p><p>{lines[1]}</p><div class='q1'>{quoted}</div>{paras(lines[2:])}"
            for case, under in (("notfire", ""), ("dated", f"<p>{TEASERUP_STAMP[lang]}</p>")):
                main = (
                    f"<div class='c0'><div class='c1'><div class='c2'><div class='c3'><h1>{title}</h1>{under}"
                    f"</div></div></div><div class='c4'>{story}</div></div>"
                )
                html = shell(f"{nav(lang)}{main}{foot(lang)}", title, lang)
                name = f"quotednext-{lang}-{kind}-{case}"
                yield name, url_of(name), html, DAY if under else None
            name = f"quotednext-{lang}-{kind}-url"
            yield (
                name,
                f"https://www.example.org/news/2024/03/14/{name}.html",
                html.replace(under, ""),
                DAY,
            )


#: A picture's caption naming the day it was taken, per language.
CAPTIONS = {
    "en": "The satellite image shows fires detected near the town on 12 March 2024.",
    "de": "Das Satellitenbild zeigt Brände nahe der Stadt am 12. März 2024.",
    "fr": "L'image satellite montre des incendies près de la ville le 12 mars 2024.",
}


def captioned_page(lang: str, figure: str, where: str, stamp: str = "") -> str:
    """A story with *figure* under the headline (``under``, after *stamp*) or after its
    second paragraph (``story``), *stamp* under the headline."""
    if where == "under":
        return page(lang, under=f"{figure}{stamp}")
    second = f"<p>{STORIES[lang][1][1]}</p>"
    return page(lang, under=stamp).replace(second, f"{second}{figure}")


def captioned_cases() -> Iterator[Case]:
    """A figure whose caption names a day (:data:`CAPTIONS`), under the headline or in the
    story, its caption in a box a class names as the image's meta or bare: on an undated
    page no date; with the URL on the page's day, the URL's; beside the page's stamp under
    the headline, the page's day."""
    for lang, caption in CAPTIONS.items():
        for box in ("e-image__meta", "k7"):
            figure = (
                f"<figure><img src='/img/fires.jpg' alt=''><span class='{box}'><figcaption>"
                f"{caption}</figcaption><cite>Agency</cite></span></figure>"
            )
            for where in ("under", "story"):
                name = f"captioned-{lang}-{box}-{where}"
                dated_url = f"https://www.example.org/news/2024/03/14/{name}.html"
                stamp = f"<p>{TEASERUP_STAMP[lang]}</p>"
                yield f"{name}-notfire", url_of(name), captioned_page(lang, figure, where), None
                yield f"{name}-url", dated_url, captioned_page(lang, figure, where), DAY
                yield (
                    f"{name}-dated",
                    url_of(name),
                    captioned_page(lang, figure, where, stamp),
                    DAY,
                )


def grid_page(lang: str, under: str, row: str) -> str:
    """A story laid out in a grid's rows of one class (*row*): the menu's row, the
    header's (the headline and *under* it), the story's."""
    title, lines = STORIES[lang]
    main = (
        f"<div class='{row}'>{nav(lang)}</div><div class='c0'><div><div class='{row}'><div class='span12'>"
        f"<h1>{title}</h1>{under}</div></div><div class='{row}'><div class='span12'>{paras(lines)}"
        f"</div></div></div></div>"
    )
    return shell(f"{main}{foot(lang)}", title, lang)


def grid_rows_cases() -> Iterator[Case]:
    """The page's stamp under the headline (:data:`STAMPS`, a byline line closing on the
    day) in a grid's rows of one class ("row-fluid", "row", an opaque one), the URL on
    another day (the day the story was filed under, a zone away): the stamp's day. Must
    not fire: a run of like entries under the headline, each under its own stamp, on an
    undated page."""
    for lang in LANGS:
        stamps = [*STAMPS[lang][:2], f"{BY[lang]} - 2024-03-14"]
        for row in ("row-fluid", "row", "x7"):
            for i, stamp in enumerate(stamps):
                name = f"gridrows-{lang}-{row}-{i}"
                url = f"https://www.example.org/news/2024/03/13/{name}.html"
                yield name, url, grid_page(lang, f"<p class='k8'>{stamp}</p>", row), DAY
            entries = "".join(
                f"<div class='entry'><a href='/story-{k}.html'>{TEASERS[lang][k]}</a><p class='m'>{OTHER_DAYS[k]}</p></div>"
                for k in range(3)
            )
            name = f"gridrows-{lang}-{row}-entries-notfire"
            yield (
                name,
                url_of(name),
                grid_page(lang, f"<div class='list'>{entries}</div>", row),
                None,
            )


#: Stamps led by a publication label the ``langs`` shape does not write ("Data di
#: pubblicazione:", "Δημοσιεύθηκε:", "نشر في", "Yayın tarihi:").
LABELLED = {
    "pl": ["Data publikacji: 14.03.2024", "Opublikowano 14 marca 2024"], "cs": ["Datum vydání: 14. 3. 2024", "Publikováno: 14. 3. 2024 10:15"],
    "tr": ["Yayın tarihi: 14.03.2024", "Yayınlanma: 14.03.2024 10:15"], "id": ["Diterbitkan 14 Maret 2024", "Dipublikasikan: 14/03/2024"],
    "vi": ["Ngày đăng: 14/03/2024", "Đăng lúc 10:15 14/03/2024"], "ar": ["تاريخ النشر: 14/03/2024", "نشر في 14 مارس 2024"],
    "hi": ["प्रकाशित: 14 मार्च 2024", "प्रकाशित तिथि: 14/03/2024"], "el": ["Δημοσίευση: 14/03/2024", "Δημοσιεύθηκε: 14 Μαρτίου 2024"],
    "hu": ["Publikálva: 2024. március 14.", "Közzétéve: 2024.03.14."], "sv": ["Publicerad: 14 mars 2024", "Publicerad 2024-03-14 10:15"],
    "fi": ["Julkaistu: 14.3.2024", "Julkaistu 14.3.2024 klo 10.15"], "it": ["Pubblicato il 14/03/2024", "Data di pubblicazione: 14 marzo 2024"],
    "pt": ["Publicado em 14/03/2024", "Data de publicação: 14 de março de 2024"], "nl": ["Gepubliceerd op 14 maart 2024", "Publicatiedatum: 14-03-2024"],
    "uk": ["Опубліковано: 14 березня 2024", "Дата публікації: 14.03.2024"], "da": ["Publiceret 14. marts 2024", "Udgivet: 14.03.2024"],
    "no": ["Publisert 14.03.2024", "Publisert: 14. mars 2024 10:15"], "he": ["פורסם: 14.03.2024", "פורסם ב-14/03/2024"],
    "es": ["Fecha de publicación: 14/03/2024", "Publicado: 14.03.2024"],
}  # fmt: skip
#: The same languages' modification labels: a line led by one alone gives no date.
LABELLED_MODIFIED = {
    "pl": "Aktualizacja: 14.03.2024", "cs": "Aktualizováno: 14. 3. 2024", "tr": "Güncelleme: 14.03.2024", "id": "Diperbarui 14 Maret 2024",
    "vi": "Cập nhật: 14/03/2024", "ar": "آخر تحديث: 14/03/2024", "hi": "अपडेट: 14/03/2024", "el": "Ενημέρωση: 14/03/2024",
    "hu": "Frissítve: 2024.03.14.", "sv": "Uppdaterad: 14 mars 2024", "fi": "Päivitetty: 14.3.2024", "it": "Aggiornato il 14/03/2024",
    "pt": "Atualizado em 14/03/2024", "nl": "Bijgewerkt op 14 maart 2024", "uk": "Оновлено: 14.03.2024", "da": "Opdateret 14.03.2024",
    "no": "Oppdatert 14.03.2024", "he": "עודכן: 14.03.2024", "es": "Actualizado: 14/03/2024",
}  # fmt: skip


def labelled_cases() -> Iterator[Case]:
    """A stamp led by a publication label of 19 languages (:data:`LABELLED`) under the
    headline, in a <p> and in a <span>: the day; a line led by the language's modification
    label alone (:data:`LABELLED_MODIFIED`): no date."""
    for lang, stamps in LABELLED.items():
        for i, text in enumerate(stamps):
            for tag, html in (
                ("p", f"<p>{text}</p>"),
                ("span", f"<div><span>{text}</span></div>"),
            ):
                name = f"labelled-{lang}-{i}-{tag}"
                yield name, url_of(name), lang_page(lang, html), DAY
        name = f"labelled-{lang}-modified-notfire"
        yield name, url_of(name), lang_page(lang, f"<p>{LABELLED_MODIFIED[lang]}</p>"), None


def _label_and_value(text: str) -> tuple[str, str]:
    """A stamp line's label and its date ("Publicerad: 14 mars 2024" -> "Publicerad:",
    "14 mars 2024"; "Đăng lúc 10:15 14/03/2024": the label up to the first figure)."""
    at = next(i for i, c in enumerate(text) if c.isdigit())
    return text[:at].strip(), text[at:]


def label_list_cases() -> Iterator[Case]:
    """``labeldl`` (s28): the publication label of each of :data:`LABELLED`'s languages
    in a definition list's term and the date in its description ("<dt>Publicerad:</dt>
    <dd>14 mars 2024</dd>"), under the headline and in an info box after the story: the
    day; the language's modification label so (:data:`LABELLED_MODIFIED`): no date."""
    for lang, stamps in LABELLED.items():
        label, value = _label_and_value(stamps[0])
        box = f"<dl><dt>{label}</dt><dd>{value}</dd></dl>"
        for place, html in (
            ("under", lang_page(lang, box)),
            ("after", lang_page(lang, after=box)),
        ):
            name = f"labeldl-{lang}-{place}"
            yield name, url_of(name), html, DAY
        label, value = _label_and_value(LABELLED_MODIFIED[lang])
        box = f"<dl><dt>{label}</dt><dd>{value}</dd></dl>"
        name = f"labeldl-{lang}-modified-notfire"
        yield name, url_of(name), lang_page(lang, after=box), None


#: Keys of a framework's state that name the publication, each with the ISO day.
SCRIPT_KEYS = [
    "datePublished",
    "publishedAt",
    "published_at",
    "publishDate",
    "publish_date",
    "firstPublished",
    "firstPublishedDate",
    "pubDate",
    "publicationDate",
    "date_published",
    "displayDate",
]
#: States that name no publication of the page's: a related story's, a user's, a
#: comment's, a build's day, an expiry, an event's start, a modification.
SCRIPT_OTHERS: dict[str, object] = {
    "related-list": {"article": {"title": "T"}, "related": [{"title": "A", "publishedAt": "2024-03-12T10:15:00Z"}, {"title": "B", "publishedAt": "2024-03-10T08:00:00Z"}]},
    "related-one": {"article": {"title": "T"}, "related": [{"title": "A", "publishedAt": "2024-03-12T10:15:00Z"}]},
    "user-created": {"article": {"title": "T"}, "user": {"name": "anna", "createdAt": "2024-03-12T10:15:00Z"}},
    "comments": {"article": {"title": "T"}, "comments": [{"text": "x", "createdAt": "2024-03-12T10:15:00Z"}]},
    "expires": {"article": {"title": "T", "expires": "2024-03-12T10:15:00Z"}},
    "build": {"buildTime": "2024-03-12T10:15:00Z", "buildId": "abc"},
    "config-date": {"config": {"date": "2024-03-12T10:15:00Z", "env": "prod"}},
    "event": {"event": {"name": "Konzert", "startDate": "2024-03-12T10:15:00Z"}},
    "modified": {"article": {"title": "T", "updatedAt": "2024-03-12T10:15:00Z", "modifiedAt": "2024-03-12T10:15:00Z"}},
}  # fmt: skip


def script_wraps(state: object) -> dict[str, str]:
    """A state as a Next.js data script, a JSON script and a variable assigned it."""
    data = json.dumps(state)
    return {
        "next": f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps({'props': {'pageProps': state}})}</script>",
        "json": f"<script type='application/json'>{data}</script>",
        "var": f"<script>window.__INITIAL_STATE__ = {data};</script>",
    }


def script_cases() -> Iterator[Case]:
    """A framework's state (``__NEXT_DATA__``, a JSON script, a variable) naming the
    article's publication under one of :data:`SCRIPT_KEYS`: the day; states whose only
    timestamps are other things' (:data:`SCRIPT_OTHERS`: a related story's in a list, a
    user's, a comment's, a build's, an expiry, an event's, a modification's): none."""
    for lang in ("en", "de"):
        for key in SCRIPT_KEYS:
            state = {
                "article": {"id": 7, "title": STORIES[lang][0], key: "2024-03-14T10:15:00.000Z"}
            }
            for wrap, html in script_wraps(state).items():
                name = f"script-{lang}-{key}-{wrap}"
                yield name, url_of(name), page(lang, head=html), DAY
        yield from script_others_cases("script", lang, script_wraps)


def script_others_cases(
    prefix: str, lang: str, wraps: Callable[[object], dict[str, str]]
) -> Iterator[Case]:
    """The must-not-fire twins of a class of script states (*prefix*): the states of
    other things' timestamps (:data:`SCRIPT_OTHERS`) in each of *wraps*' scripts give
    no date."""
    for kind, other in SCRIPT_OTHERS.items():
        for wrap, html in wraps(other).items():
            name = f"{prefix}-{lang}-{kind}-{wrap}-notfire"
            yield name, url_of(name), page(lang, head=html), None


#: Keys of an analytics data layer naming the publication, in kebab and other cases.
LAYER_KEYS = ["first-publication", "publishedFirst", "pub-date", "publish-date", "datePublished"]


def code_script_wraps(state: object) -> dict[str, str]:
    """A state as a script of code states it: assigned to a variable after other
    statements, to a property, or pushed to a data layer."""
    data = json.dumps(state)
    code = "function ready(f){document.readyState!='loading'?f():document.addEventListener('DOMContentLoaded',f)}\n"
    return {
        "var-after-code": f"<script>{code}window.dataLayer = window.dataLayer || [];\n    var layer = {data};\n    dataLayer.push(layer);</script>",
        "property": f"<script>{code}if (window.app) {{ window.app.meta = {data}; }}</script>",
        "push": f"<script>{code}window.dataLayer = window.dataLayer || [];\ndataLayer.push({data});</script>",
    }


def code_script_cases() -> Iterator[Case]:
    """``codescript``: a script of code whose statements assign or push a JSON object
    naming the publication (:data:`LAYER_KEYS`: kebab-case data layers too): the day; the
    same statements with the states of other things' timestamps (:data:`SCRIPT_OTHERS`)
    or two publication days of two objects (after code, or the script opening with the
    first): none."""
    for lang in ("en", "de"):
        for key in LAYER_KEYS:
            state = {"page-type": "article", key: "2024-03-14 10:15", "author": BY[lang]}
            for wrap, html in code_script_wraps(state).items():
                name = f"codescript-{lang}-{key}-{wrap}"
                yield name, url_of(name), page(lang, head=html), DAY
        yield from script_others_cases("codescript", lang, code_script_wraps)
        two = '<script>window.dataLayer = window.dataLayer || [];\nvar a = {"pubDate": "2024-03-12"};\nvar b = {"pubDate": "2024-03-10"};</script>'
        name = f"codescript-{lang}-two-days-notfire"
        yield name, url_of(name), page(lang, head=two), None
        first = '<script>var a = {"pubDate": "2024-03-12"};\nvar b = {"pubDate": "2024-03-10"};</script>'
        name = f"codescript-{lang}-two-days-first-notfire"
        yield name, url_of(name), page(lang, head=first), None


def flight_wraps(state: object) -> dict[str, str]:
    """A state as a framework's streamed payload states it: a row of JSON text in a string
    a script pushes (its quotes escaped once), and as a JSON-LD string inside such a row
    (escaped twice)."""
    row = f"1a:{json.dumps(state)}\n"
    inner = ["$", "script", None, {"dangerouslySetInnerHTML": {"__html": json.dumps(state)}}]
    return {
        "row": f"<script>self.__next_f.push({json.dumps([1, row])})</script>",
        "ld-in-row": f"<script>self.__next_f.push({json.dumps([1, f'1b:{json.dumps(inner)}'])})</script>",
    }


def flight_cases() -> Iterator[Case]:
    """``flight``: a page that states its publication only in a framework's streamed
    payload, restating its head (a publication meta as a row of data: ``["$", "meta",
    "18", {"property": "article:published_time", "content": …}]``) or its JSON-LD
    (``datePublished``): the day; the payload's other timestamps (:data:`SCRIPT_OTHERS`),
    a modification meta's row, two publication days (a related story's JSON-LD beside the
    page's): none."""
    stamp = "2024-03-14T10:15:00Z"
    for lang in ("en", "de"):
        for prop in ("article:published_time", "og:published_time"):
            meta = ["$", "meta", "18", {"property": prop, "content": stamp}]
            for wrap, html in flight_wraps(meta).items():
                name = f"flight-{lang}-{prop}-{wrap}"
                yield name, url_of(name), page(lang, head=html), DAY
        ld = {"@type": "NewsArticle", "headline": STORIES[lang][0], "datePublished": stamp}
        for wrap, html in flight_wraps(ld).items():
            name = f"flight-{lang}-jsonld-{wrap}"
            yield name, url_of(name), page(lang, head=html), DAY
        yield from script_others_cases("flight", lang, flight_wraps)
        modified = ["$", "meta", "19", {"property": "article:modified_time", "content": stamp}]
        two = {"@graph": [ld, {"@type": "NewsArticle", "datePublished": "2024-03-10T08:00:00Z"}]}
        for kind, state in (("modified", modified), ("two-days", two)):
            for wrap, html in flight_wraps(state).items():
                name = f"flight-{lang}-{kind}-{wrap}-notfire"
                yield name, url_of(name), page(lang, head=html), None


def url_day_first_cases() -> Iterator[Case]:
    """``urldmy``: a URL's day of two padded fields and a four-figure year joined by
    dashes or dots (a segment or a slug's end: day first when dotted, or when the first
    field is over 12; month first when the second is), or the month's full English name
    between the year and the day: the day; an ambiguous dashed day, a thirteenth month,
    a day the calendar lacks, a short year, a month word that is no month's, more
    figures or letters joined on: none."""
    shapes = {
        "dashed-segment": "https://www.example.org/{s}/14-03-2024/{n}",
        "dashed-slug": "https://www.example.org/{s}/{n}-14-03-2024.html",
        "dotted-segment": "https://www.example.org/{s}/{n}/14.03.2024",
        "dotted-slug": "https://www.example.org/{s}/{n}_14.03.2024.html",
        "month-first": "https://www.example.org/{s}/03-14-2024/{n}",
        "month-word": "https://www.example.org/2024/march/14/{n}",
        "month-word-upper": "https://www.example.org/{s}/2024/March/14/{n}.html",
    }
    notfire = {
        "ambiguous": "https://www.example.org/{s}/05-03-2024/{n}",
        "month-13": "https://www.example.org/{s}/{n}-14-13-2024.html",
        "no-such-day": "https://www.example.org/{s}/{n}/31.04.2024",
        "short-year": "https://www.example.org/{s}/{n}-14-03-24.html",
        "not-a-month": "https://www.example.org/2024/marchx/14/{n}",
        "more-figures": "https://www.example.org/{s}/{n}-14-03-20245.html",
        "letters-joined": "https://www.example.org/{s}/x14-03-2024y/{n}",
    }
    for lang in ("de", "en", "fr"):
        slug, section = f"stadtrat-haushalt-{lang}", NAVS[lang][1].lower()
        for shape, pattern in shapes.items():
            name = f"urldmy-{lang}-{shape}"
            yield name, pattern.format(s=section, n=slug), page(lang), DAY
        for shape, pattern in notfire.items():
            name = f"urldmy-{lang}-{shape}-notfire"
            yield name, pattern.format(s=section, n=slug), page(lang), None


def url_query_cases() -> Iterator[Case]:
    """``urlquery``: a URL's query giving the day in three values (year, month, day by
    letter or English word, any order, beside other keys) or day first with dots under a
    key naming a date: the day; a query missing one of the three, a key twice, a
    two-figure year, a day the month lacks, a thirteenth month, a value with more after
    it: none."""
    base = "https://www.example.org/{s}/view.php?"
    shapes = {
        "ymd-letters": "y=2024&m=3&d=14",
        "ymd-padded": "y=2024&m=03&d=14",
        "ymd-words": "year=2024&month=3&day=14",
        "ymd-with-id": "id=77&year=2024&month=03&day=14&lang=x",
        "dmy-order": "day=14&month=3&year=2024",
        "upper-keys": "Y=2024&M=3&D=14",
        "dotted-date": "id=77&date=14.03.2024",
        "dotted-pubdate": "pubdate=14.3.2024",
    }
    notfire = {
        "year-month": "y=2024&m=3",
        "month-day": "m=3&d=14&id=2024",
        "key-twice": "y=2024&m=3&d=14&d=15",
        "short-year": "y=24&m=3&d=14",
        "no-such-day": "y=2024&m=4&d=31",
        "month-13": "y=2024&m=13&d=14",
        "day-suffix": "y=2024&m=3&d=14x",
        "dotted-no-such-day": "date=31.04.2024",
        "dotted-other-key": "id=14.03.2024",
        "page-numbers": "page=3&year=2024&p=14",
    }
    for lang in ("de", "en", "fr"):
        section = NAVS[lang][1].lower()
        for shape, query in shapes.items():
            name = f"urlquery-{lang}-{shape}"
            yield name, base.format(s=section) + query, page(lang), DAY
        for shape, query in notfire.items():
            name = f"urlquery-{lang}-{shape}-notfire"
            yield name, base.format(s=section) + query, page(lang), None


#: A modification's label alone.
UPDATED_WORD = {"en": "Updated", "de": "Aktualisiert", "fr": "Mis à jour"}
#: 14 March 2024, 10:15 UTC as a Unix time in seconds; another day's (12 March 2024).
EPOCH = 1710411300
OTHER_EPOCH = 1710238500


def attribute_stamp_cases() -> Iterator[Case]:
    """``attrstamp``: a script-rendered stamp under the headline keeping its time in a
    data attribute (``data-timestamp``, ``data-time``, ``data-date``, ``data-published``
    …: a Unix time in seconds or milliseconds, or an ISO date), its text empty, a relative
    phrase or a time of day, alone or after the byline: the day. Twins that give none:
    the same attribute in a teaser list or a teaser card after the story, on a
    modification stamp, in a reader's comment, in the site's header clock above the
    headline, an id attribute holding a Unix-time-like number under the headline, and an
    attribute on a share widget after the story's first paragraph."""
    values = {"s": str(EPOCH), "ms": str(EPOCH * 1000), "iso": "2024-03-14T10:15:00Z"}
    for lang in ("en", "de", "fr"):
        texts = {"empty": "", "relative": RELATIVE[lang][0], "clock": "10:15"}
        for attr in ("data-timestamp", "data-time", "data-date", "data-published", "data-ts"):
            for vk, value in values.items():
                for tk, text in texts.items():
                    for where in ("alone", "byline"):
                        stamp = f"<span class='x7f2' {attr}='{value}'>{text}</span>"
                        under = (
                            f"<div class='meta'>{stamp}</div>"
                            if where == "alone"
                            else f"<p><span>{BY[lang]}</span> · {stamp}</p>"
                        )
                        name = f"attrstamp-{lang}-{attr}-{vk}-{tk}-{where}"
                        yield name, url_of(name), page(lang, under), DAY
        teasers = "".join(
            f"<li><a href='/other-{i}.html'>{t}</a> <span data-timestamp='{EPOCH - i * 90000}'></span></li>"
            for i, t in enumerate(TEASERS[lang][:3])
        )
        comment = f"<section class='comments'><h2>Comments</h2><div class='comment'><b>leser77</b> <span data-time='{OTHER_EPOCH}'></span><p>Finally, the roads need it badly.</p></div></section>"
        notfire = {
            "teaser-list": ("", f"<ul class='related'>{teasers}</ul>"),
            "teaser-card": (
                "",
                f"<div class='teaser'><a href='/other.html'>{TEASERS[lang][0]}</a> <span data-timestamp='{OTHER_EPOCH}'></span></div>",
            ),
            "modified": (
                f"<div class='meta'><span class='updated' data-timestamp='{EPOCH}'></span></div>",
                "",
            ),
            "comment": ("", comment),
            "post-id": (f"<div class='meta'><span data-post-id='{EPOCH}'></span></div>", ""),
            "updated-text": (
                f"<div class='meta'><span data-timestamp='{EPOCH}'>{UPDATED_WORD[lang]} {RELATIVE[lang][0]}</span></div>",
                "",
            ),
            "share-after": ("", f"<div class='shariff' data-timestamp='{EPOCH}'></div>"),
        }
        for kind, (under, after) in notfire.items():
            name = f"attrstamp-{lang}-{kind}-notfire"
            yield name, url_of(name), page(lang, under, after=after), None
        clock = f"<div class='topbar'><span class='clock' data-time='{int(FETCHED_AT.timestamp())}'></span></div>"
        name = f"attrstamp-{lang}-header-clock-notfire"
        html = page(lang).replace("<header>", f"<header>{clock}", 1)
        yield name, url_of(name), html, None


#: Short dates of other stories as cards print them.
CARD_DAYS = {"en": "22/11/22", "de": "22.11.22", "fr": "22/11/22"}


def linked_card_cases() -> Iterator[Case]:
    """``linkcard``: another story's card linked whole, its date several levels deep in
    the link (``<a href><div><div><div><p>Headline</p><small>Name | 22.11.22</small>``),
    set between the story's paragraphs or after them, on an undated story: none; the same
    card beside the page's own stamp under the headline: the page's day. Long cards (a
    heading, the day, a lead) linked whole in a list after the story: the URL's day, or
    none without one."""
    for lang in ("en", "de", "fr"):
        title, lines = STORIES[lang]
        shown = TEASERUP_STAMP[lang]
        for depth, cls in ((2, "article-info"), (3, "card-meta"), (4, "article-info")):
            inner = f"<p class='card-title'>{TEASERS[lang][1]}</p><small class='{cls}'>{BY[lang]} | {CARD_DAYS[lang]}</small>"
            for _ in range(depth):
                inner = f"<div>{inner}</div>"
            card = f"<div class='recommendation'><a class='rec-link' href='/other/story-{depth}.html'>{inner}</a></div>"
            for where in ("between", "after"):
                story = (
                    f"{paras(lines[:2])}{card}{paras(lines[2:])}"
                    if where == "between"
                    else f"{paras(lines)}{card}"
                )
                for own in ("none", "stamp"):
                    under = (
                        f"<p><span>{BY[lang]}</span> · <span>{shown}</span></p>"
                        if own == "stamp"
                        else ""
                    )
                    main = f"<main><article><header><h1>{title}</h1>{under}</header><div class='article__body'>{story}</div></article></main>"
                    html = shell(f"{nav(lang)}{main}{foot(lang)}", title, lang)
                    name = f"linkcard-{lang}-{depth}-{where}-{own}" + (
                        "-notfire" if own == "none" else ""
                    )
                    yield name, url_of(name), html, None if own == "none" else DAY
        # Long cards (a heading, the day, a lead of their own) in a list after the story:
        # the URL's day on a page that shows none; none without it.
        cards = "".join(
            f"<li><a href='/archives/2024/03/{12 - i:02d}/{700 + i}'><div><h2 class='bf2'>{t}</h2>"
            f"<div class='date_list'>2024-03-{12 - i:02d}</div><p>{lines[0]} {lines[1]}</p></div></a></li>"
            for i, t in enumerate(TEASERS[lang][:2])
        )
        main = f"<main><article><header><h1>{title}</h1></header><div class='article__body'>{paras(lines)}</div></article><section class='more'><ul>{cards}</ul></section></main>"
        html = shell(f"{nav(lang)}{main}{foot(lang)}", title, lang)
        name = f"linkcard-{lang}-long-url"
        yield name, "https://www.example.org/archives/2024/03/14/800", html, DAY
        name = f"linkcard-{lang}-long-notfire"
        yield name, url_of(name), html, None


#: A short-year numeric stamp after a few words, as a meta row under the headline shows
#: it (14 March 2024), per language.
WORDED_SHORT = {
    "de": ["Artikel vom 14.03.24", "Beitrag vom 14.03.24", "Stand vom 14.03.24"],
    "fr": ["Article du 14/03/24", "Publié le 14/03/24"],
    "es": ["Artículo del 14/03/24", "Publicado el 14-03-24"],
    "ru": ["Статья от 14.03.24"],
}
#: The same line with an event's words after the story's first paragraph.
WORDED_SHORT_EVENT = {
    "de": "Konzert am 14.03.24",
    "fr": "Concert le 14/03/24",
    "es": "Concierto el 14/03/24",
}


#: An offer's deadline under the headline, of a short year.
WORDED_SHORT_UNTIL = {
    "de": "Angebot gültig bis 14.03.24",
    "fr": "Offre valable jusqu'au 14/03/24",
    "es": "Oferta válida hasta el 14/03/24",
    "ru": "Предложение действует до 14.03.24",
}


def worded_short_cases() -> Iterator[Case]:
    """``wordshort``: a numeric date of a short year closing a few words in a stamp
    element under the headline (``<p class='publish-date'>Artikel vom 14.03.24</p>``, or
    in the meta row without a class): the day; an event's line of that form in a box
    below the story ("Konzert am 14.03.24") and an offer's deadline under the headline:
    none."""
    for lang, lines in WORDED_SHORT.items():
        for i, text in enumerate(lines):
            for cls in ("publish-date", "article-meta"):
                name = f"wordshort-{lang}-{i}-{cls}"
                yield name, url_of(name), page(lang, f"<p class='{cls}'>{text}</p>"), DAY
            name = f"wordshort-{lang}-{i}-row"
            yield name, url_of(name), page(lang, f"<div><span>{text}</span></div>"), DAY
        if (event := WORDED_SHORT_EVENT.get(lang)) is not None:
            for cls in ("event-date", "article-meta"):
                name = f"wordshort-{lang}-event-{cls}-notfire"
                after = f"<div class='info-box'><p class='{cls}'>{event}</p></div>"
                yield name, url_of(name), page(lang, after=after), None
        name = f"wordshort-{lang}-until-notfire"
        under = f"<p class='article-meta'>{WORDED_SHORT_UNTIL[lang]}</p>"
        yield name, url_of(name), page(lang, under), None


#: A product's version under the headline, its number read as a date of a short year
#: ("4.2.20": 4 February 2020), per language.
VERSION_LINES = {
    "de": ["Firmware 4.2.20", "Firmware-Version 1.2.19 für alle Geräte", "neue firmware 4.2.20"],
    "en": ["Version 1.2.19", "Release 2.10.21 is out", "v3.1.24", "the new version 1.2.19"],
    "fr": ["Mise à jour Version 4.2.20"],
    "es": ["Versión 4.2.20 disponible"],
    "ru": ["Версия 4.2.20"],
}
#: The day written short and unpadded (14.3.24) after a joining word, a date's label or a
#: mark, which must still date the page.
SHORT_UNPADDED = {
    "de": [
        "Artikel vom 14.3.24",
        "Stand 14.3.24",
        "Datum 14.3.24",
        "Anna Holm, 14.3.24",
        "erschienen am 14.3.24",
        "vom 14.3.24",
    ],
    "en": ["Posted 14.3.24", "Anna Holm | 14.3.24", "posted 14.3.24"],
    "fr": ["publié le 14.3.24"],
    "ru": ["Статья от 14.3.24"],
}


def version_cases() -> Iterator[Case]:
    """``version``: a product's version number under the headline of a page nothing else
    dates ("Firmware 4.2.20", "v3.1.24", in a meta row, a row of spans, a plain
    paragraph; and the number alone in an inline element of its line, "Firmware
    <b>4.2.20</b>", which the stamp reader read as a stamp): no date (htmldate's
    fallback read 4 February 2020). Must not fire
    (``-notfire``): a short unpadded day after a joining word, a date's label or a mark
    ("Artikel vom 14.3.24", "Stand 14.3.24", "Anna Holm, 14.3.24"), and after a version
    on its line ("Version 4.2.20 vom 14.3.24"), each in plain text and in an inline
    element, and a padded stamp alone in one ("<b>14.03.24</b>"): the day."""
    shapes = {
        "meta": "<p class='article-meta'>{}</p>",
        "row": "<div><span>{}</span></div>",
        "plain": "<p>{}</p>",
        # The number alone in an inline element of its line ("Firmware <b>4.2.20</b>"),
        # which the stamp reader read as a stamp of its own.
        "bold": "<p>{}</p>",
        "strong": "<p class='article-meta'>{}</p>",
        "span": "<div><span>{}</span></div>",
    }
    for lang, lines in VERSION_LINES.items():
        for i, text in enumerate(lines):
            for shape, markup in shapes.items():
                name = f"version-{lang}-{i}-{shape}"
                yield name, url_of(name), page(lang, markup.format(_inline(shape, text))), None
    for lang, lines in SHORT_UNPADDED.items():
        for i, text in enumerate(lines):
            for shape, markup in shapes.items():
                name = f"version-{lang}-{i}-{shape}-notfire"
                yield name, url_of(name), page(lang, markup.format(_inline(shape, text))), DAY
    for shape, markup in shapes.items():
        name = f"version-de-after-{shape}-notfire"
        line = _inline(shape, "Version 4.2.20 vom 14.3.24")
        yield name, url_of(name), page("de", markup.format(line)), DAY
    for shape in ("bold", "strong", "span"):
        # A short-year stamp alone in an inline element: the day.
        name = f"version-de-alone-{shape}-notfire"
        line = f"<{_INLINE_TAGS[shape]}>14.03.24</{_INLINE_TAGS[shape]}>"
        yield name, url_of(name), page("de", f"<p class='article-meta'>{line}</p>"), DAY


#: The inline element :func:`version_cases`' inline shapes wrap a dotted number in.
_INLINE_TAGS = {"bold": "b", "strong": "strong", "span": "span"}
_DOTTED_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}\.\d\d")


def _inline(shape: str, text: str) -> str:
    """*text* with each dotted number in the inline element of *shape* (none: as is)."""
    tag = _INLINE_TAGS.get(shape)
    return text if tag is None else _DOTTED_NUMBER.sub(rf"<{tag}>\g<0></{tag}>", text)


def old_script_wraps(state: object) -> dict[str, str]:
    """A state as an old-style inline script assigns it: inside a ``/* <![CDATA[ */``
    comment (WordPress's localised data), after ``//<![CDATA[``, in ``<!--``, and by
    ``const``."""
    data = json.dumps(state)
    return {
        "cdata-comment": f"<script type='text/javascript'>/* <![CDATA[ */\nvar articleData = {data};\n/* ]]> */\n</script>",
        "cdata-line": f"<script>//<![CDATA[\nvar articleData = {data};\n//]]></script>",
        "html-comment": f"<script><!--\nvar articleData = {data};\n//--></script>",
        "const": f"<script>const articleData = {data};</script>",
    }


def old_script_cases() -> Iterator[Case]:
    """``oldscript``: :func:`script_cases`' states in an old-style script's wrapper or a
    ``const`` (:func:`old_script_wraps`): a publication key gives the day; the states of
    other things' timestamps (:data:`SCRIPT_OTHERS`) give none."""
    for lang in ("en", "de"):
        for key in SCRIPT_KEYS[::2]:
            state = {
                "post": {"id": 7, "title": STORIES[lang][0], key: "2024-03-14T10:15:00+01:00"}
            }
            for wrap, html in old_script_wraps(state).items():
                name = f"oldscript-{lang}-{key}-{wrap}"
                yield name, url_of(name), page(lang, head=html), DAY
        yield from script_others_cases("oldscript", lang, old_script_wraps)


#: Class names of a story's column that name the sidebar beside it (a layout's modifier).
SIDEBAR_COLUMNS = [
    "article__container article__container-sidebar",
    "content-with-sidebar",
    "layout has-sidebar",
    "main-column sidebar-right",
]


def framed_cases() -> Iterator[Case]:
    """The headline in a header of its own, then a column whose class names the sidebar
    beside it (:data:`SIDEBAR_COLUMNS`) holding the byline and its stamp, the story and
    the sidebar with a dated teaser: the byline's day (a ``<time datetime>`` or its text
    alone); the same page without the byline's stamp: none (the sidebar's teaser day is
    another story's)."""
    for lang in ("en", "de", "fr"):
        title, lines = STORIES[lang]
        stamp = TEASERUP_STAMP[lang]
        teaser = f"<div class='article__sidebar sidebar'><div class='teaser'><a href='/other.html'>{TEASERS[lang][0]}</a> <span>12.03.2024</span></div></div>"
        stamps = {
            "time": f"<time datetime='2024-03-14T10:15:00Z'>{stamp}</time>",
            "text": f"<span>{stamp}</span>",
            "none": "",
        }
        for i, cls in enumerate(SIDEBAR_COLUMNS):
            for kind, shown in stamps.items():
                byline = f"<div class='byline'>{BY[lang]} {shown}</div>"
                column = f"<div class='{cls}'>{byline}<div class='article__body'>{paras(lines)}{paras(lines[:3])}</div>{teaser}</div>"
                main = f"<main><article><header><h1>{title}</h1></header>{column}</article></main>"
                html = shell(f"{nav(lang)}{main}{foot(lang)}", title, lang)
                name = f"framed-{lang}-{i}-{kind}" + ("-notfire" if kind == "none" else "")
                yield name, url_of(name), html, None if kind == "none" else DAY


#: Today's date as a site's header widget shows it, in the header's own elements.
BANNER_TODAY = {
    "en": "Friday, November 1, 2024",
    "de": "Freitag, 1. November 2024",
    "fr": "vendredi 1 novembre 2024",
}


def banner_cases() -> Iterator[Case]:
    """A site's header built of plain containers ("td-header-wrap", "site-header"),
    holding a date widget (a date-classed element showing the day the page is shown) and
    the menu (a ``<nav>`` or a list of links), the story below it without a date: no
    date; with the story's own stamp under the headline, or a date-classed stamp in the
    article's header holding the headline: the story's day."""
    for lang in ("en", "de", "fr"):
        title, lines = STORIES[lang]
        items = "".join(f"<li><a href='/{i}/'>{w}</a></li>" for i, w in enumerate(NAVS[lang]))
        for i, (cls, menu) in enumerate(
            (
                ("td-header-template-wrap", f"<ul class='menu'>{items}</ul>"),
                ("site-header", f"<nav><ul>{items}</ul></nav>"),
                ("header_wrapper", f"<div><ul>{items}</ul></div>"),
            )
        ):
            banner = f"<div class='{cls}'><div class='row'><div class='tdb_header_date'><div class='head-date-txt'>{BANNER_TODAY[lang]}</div></div><div class='logo'><a href='/'>Zeitung</a></div>{menu}</div></div>"
            story = f"<div class='content'><h1>{title}</h1>{{under}}{paras(lines)}</div>"
            cases = {
                "undated-notfire": (story.format(under=""), None),
                "own-stamp": (story.format(under=f"<p>{TEASERUP_STAMP[lang]}</p>"), DAY),
            }
            for kind, (main, expected) in cases.items():
                html = shell(f"{banner}{main}{foot(lang)}", title, lang)
                name = f"banner-{lang}-{i}-{kind}"
                yield name, url_of(name), html, expected
            head = f"<div class='article-header'><div class='post-date'>{TEASERUP_STAMP[lang]}</div><h1>{title}</h1></div>"
            html = shell(
                f"{banner}<div class='content'>{head}{paras(lines)}</div>{foot(lang)}", title, lang
            )
            name = f"banner-{lang}-{i}-article-header"
            yield name, url_of(name), html, DAY


def ld_shape_cases() -> Iterator[Case]:
    """JSON-LD dates written in shapes of JSON-LD itself rather than schema.org's plain
    form: a value object (``{"@value": "2024-03-14", "@type": "Date"}``), keys and types
    with the ``schema:`` prefix or the full IRI (``"http://schema.org/datePublished"``),
    the script typed ``application/json+ld`` or ``text/ld+json``, a video's page (the
    WebPage's ``mainEntity`` a ``VideoObject`` with its ``uploadDate``): the day. Twins
    that must give no date: an undated article embedding a video (its ``video`` object's
    ``uploadDate`` is the clip's day, not the story's), a prefixed ``Comment``'s or
    ``Event``'s date, a prefixed ``dateModified`` alone, a value object in an ``Event``."""
    iso = "2024-03-14T10:15:00+01:00"
    other = "2024-03-12T09:00:00+01:00"
    ctx = "https://schema.org"
    variants: dict[str, tuple[str, str | None]] = {
        "value-object": (ld({"@context": ctx, "@type": "NewsArticle", "headline": "T", "datePublished": {"@value": iso, "@type": "DateTime"}}), DAY),
        "value-list": (ld({"@context": ctx, "@type": "NewsArticle", "headline": "T", "datePublished": [{"@value": "2024-03-14", "@type": "Date"}]}), DAY),
        "schema-prefix": (ld({"@context": {"schema": "http://schema.org/"}, "@type": "schema:NewsArticle", "schema:headline": "T", "schema:datePublished": iso}), DAY),
        "schema-prefix-value": (ld({"@context": {"schema": "http://schema.org/"}, "@type": "schema:NewsArticle", "schema:datePublished": {"@value": iso, "@type": "schema:DateTime"}}), DAY),
        "full-iri": (ld({"@type": "http://schema.org/NewsArticle", "http://schema.org/headline": "T", "http://schema.org/datePublished": iso}), DAY),
        "full-iri-https": (ld({"@type": "https://schema.org/BlogPosting", "https://schema.org/datePublished": [{"@value": iso}]}), DAY),
        "type-json-ld": (f"<script type='application/json+ld'>{json.dumps({'@context': ctx, '@type': 'NewsArticle', 'headline': 'T', 'datePublished': iso})}</script>", DAY),
        "type-text-ld": (f"<script type='text/ld+json'>{json.dumps({'@context': ctx, '@type': 'NewsArticle', 'headline': 'T', 'datePublished': iso})}</script>", DAY),
        "type-upper": (f"<script type='Application/LD+JSON'>{json.dumps({'@context': ctx, '@type': 'NewsArticle', 'headline': 'T', 'datePublished': iso})}</script>", DAY),
        "video-page": (ld({"@context": ctx, "@type": "WebPage", "name": "T", "mainEntity": {"@type": "VideoObject", "name": "T", "uploadDate": iso}}), DAY),
        "video-page-graph": (ld({"@context": ctx, "@graph": [{"@type": "WebSite", "name": "Zeitung"}, {"@type": "WebPage", "name": "T", "mainEntity": {"@type": "VideoObject", "name": "T", "uploadDate": iso}}]}), DAY),
        "embedded-video-notfire": (ld({"@context": ctx, "@type": "NewsArticle", "headline": "T", "video": {"@type": "VideoObject", "name": "Clip", "uploadDate": other}}), None),
        "embedded-video-list-notfire": (ld({"@context": ctx, "@type": "NewsArticle", "headline": "T", "video": [{"@type": "VideoObject", "name": "Clip", "uploadDate": other}]}), None),
        "graph-video-notfire": (ld({"@context": ctx, "@graph": [{"@type": "NewsArticle", "headline": "T"}, {"@type": "VideoObject", "name": "Clip", "uploadDate": other}]}), None),
        "webpage-video-about-notfire": (ld({"@context": ctx, "@type": "WebPage", "name": "T", "about": {"@type": "VideoObject", "uploadDate": other}}), None),
        "prefixed-comment-notfire": (ld({"@context": {"schema": "http://schema.org/"}, "@type": "schema:Comment", "schema:dateCreated": other}), None),
        "prefixed-modified-notfire": (ld({"@context": {"schema": "http://schema.org/"}, "@type": "schema:NewsArticle", "schema:dateModified": {"@value": other}}), None),
        "event-value-notfire": (ld({"@context": ctx, "@type": "Event", "name": "Konzert", "startDate": {"@value": other}}), None),
        "iri-event-notfire": (ld({"@type": "http://schema.org/Event", "http://schema.org/startDate": other}), None),
    }  # fmt: skip
    for lang in ("de", "en", "fr"):
        for kind, (script, expected) in variants.items():
            for where in ("head", "body"):
                head = script if where == "head" else ""
                after = script if where == "body" else ""
                name = f"ldshape-{lang}-{kind}-{where}"
                yield name, url_of(name), page(lang, head=head, after=after), expected


#: Dates beside an undated story that are things' days: a file's, an event's, a video's.
FALLBACK_DATES = {
    "de": ("Bericht (PDF, 12.03.2024)", "Termin: 12.03.2024, 19 Uhr", "Video vom 12.03.2024", "Stand: 14.03.2024"),
    "en": ("Report (PDF, 12 March 2024)", "When: 12 March 2024, 7pm", "Video from 12 March 2024", "14 March 2024"),
    "fr": ("Rapport (PDF, 12/03/2024)", "Quand : 12/03/2024, 19h", "Vidéo du 12/03/2024", "14/03/2024"),
}  # fmt: skip


def fallback_cases() -> Iterator[Case]:
    """An undated story with a date that is not its publication day, that only the
    htmldate fallback would read: in a link to a file after the story (a PDF's link text,
    in a paragraph or a downloads list), in an event box after the story (a label and a
    colon, the box its only line), in a video's caption beside the player (a ``<div>`` or
    ``<p>`` classed for the video, or its ``<figcaption>``): no date. Twins that must
    give the day: the page's own stamp under the headline beside each of them, and the
    story's closing date line after its last paragraph."""
    for lang in ("de", "en", "fr"):
        file, event, video, closing = FALLBACK_DATES[lang]
        places = {
            "file-p": f"<p><a href='/files/bericht-2024.pdf'>{file}</a></p>",
            "file-list": f"<div class='downloads'><ul><li><a href='/media/report.pdf'>{file}</a></li></ul></div>",
            "file-div": f"<div class='attachment'><a href='/docs/2024/bericht.pdf' class='download'>{file}</a></div>",
            "event-box": f"<div class='infobox'><p>{event}</p></div>",
            "event-p": f"<p><strong>{event}</strong></p>",
            "video-caption": f"<div class='video-player'><div class='player'></div><div class='video-caption'>{video}</div></div>",
            "video-p": f"<div class='media video'><video src='/v/clip.mp4'></video><p>{video}</p></div>",
            "video-fig": f"<figure><video src='/v/clip.mp4'></video><figcaption>{video}</figcaption></figure>",
        }
        for kind, after in places.items():
            name = f"fallback-{lang}-{kind}-notfire"
            yield name, url_of(name), page(lang, after=after), None
            stamp = f"<p class='meta'>{TEASERUP_STAMP[lang]}</p>"
            name = f"fallback-{lang}-{kind}-stamp"
            yield name, url_of(name), page(lang, under=stamp, after=after), DAY
        name = f"fallback-{lang}-closing"
        yield name, url_of(name), page(lang, after=f"<p>{closing}</p>"), DAY
        name = f"fallback-{lang}-closing-label"
        label = {
            "de": "Datum: 14.03.2024",
            "en": "Date: 14 March 2024",
            "fr": "Date : 14/03/2024",
        }[lang]
        yield name, url_of(name), page(lang, after=f"<div class='box'><p>{label}</p></div>"), DAY
        name = f"fallback-{lang}-closing-file"
        after = f"<p>{closing}</p><p><a href='/files/b.pdf'>{file}</a></p>"
        yield name, url_of(name), page(lang, after=after), DAY


# -- issue 9 (s26): stamps the bare variants lost -----------------------------------------

#: A stamp line under a header in a wrapper of its own, after a picture and a byline, per
#: language: the labelled publication line, its modification line, a plain date.
WRAPPED_STAMPS = {
    "en": ("Published 14 March 2024, 10:15", "Updated 15 March 2024, 08:00", "March 14, 2024"),
    "de": ("Veröffentlicht am 14.03.2024 um 10:15 Uhr", "Aktualisiert am 15.03.2024 um 08:00 Uhr", "14. März 2024"),
    "fr": ("Publié le 14 mars 2024 à 10:15", "Mis à jour le 15 mars 2024 à 08:00", "14 mars 2024"),
    "es": ("Publicado el 14 de marzo de 2024, 10:15", "Actualizado el 15 de marzo de 2024, 08:00", "14 de marzo de 2024"),
    "ru": ("Опубликовано: 14 марта 2024, 10:15", "Обновлено: 15 марта 2024, 08:00", "14 марта 2024"),
}  # fmt: skip
#: A picture's caption longer than a stamp's line (the credit's year is no date).
CAPTION = "The town hall on the evening of the vote, seen from the market square, where residents gathered to follow the debate on a big screen. (Photo: City 2023)"
#: Another story's teaser: a linked headline of its own and its date (never the page's).
OTHER_TEASER = "<div class='k9'><a href='/news/other-story.html'>Bakery closes after a hundred years in the old town</a> <span>{d}</span></div>"


def wrapped_page(lang: str, inside: str, after_first: str = "", url_path: str = "") -> str:
    """A story whose header (headline and lead) is the only child of a wrapper, the byline
    box and the story in the wrapper's next sibling: *inside* goes between the picture and
    the story, *after_first* after its first paragraph."""
    title, lines = STORIES[lang]
    lead = lines[0]
    story = "".join(f"<p>{line}</p>" for line in lines[1:])
    first, rest = story.split("</p>", 1)
    body = (
        f"<main><article><div class='a1'><header><h1>{title}</h1><p class='a2'>{lead}</p></header></div>"
        f"<div class='a3'><figure><img src='/img/hall.jpg' alt=''><figcaption>{CAPTION}</figcaption></figure>"
        f"<div class='a4'><p class='a5'>{BY[lang]}</p>{inside}</div>{first}</p>{after_first}{rest}</div></article></main>"
        f"{latest_times()}"
    )
    return shell(f"{nav(lang)}{body}{foot(lang)}", title, lang)


def latest_times() -> str:
    """A box of other stories after the story, each under an unmarked ``<time>`` of its
    own day: a weak source of a wrong day, which a stamp the page shows must beat."""
    items = "".join(
        f"<div class='z2'><a href='/news/latest-{i}.html'>Council story number {i} of the week in town</a>"
        f" <time datetime='{d}T08:00:00+00:00'>{d}</time></div>"
        for i, d in enumerate(["2024-03-20", "2024-03-19", "2024-03-18"])
    )
    return f"<div class='z1'>{items}</div>"


def wrapped_cases() -> Iterator[Case]:
    """A stamp in the next sibling of the wrapper holding the header alone (a picture, the
    byline, the stamp, then the story): the day, alone, beside its modification line, or
    a plain date. Twins that must give no date: the same line after the story's first
    paragraph; another story's teaser with its date there; a modification line alone; a
    copyright line; an event's day before the story."""
    for lang, (pub, upd, plain) in WRAPPED_STAMPS.items():
        shapes = {
            "labelled": (f"<div class='a6'><span>{pub}</span></div>", DAY),
            "with-update": (f"<div class='a6'><span>{pub}</span><span>{upd}</span></div>", DAY),
            "plain": (f"<div class='a6'>{plain}</div>", DAY),
            "time": (f"<time>{plain}</time>", DAY),
            "update-notfire": (f"<div class='a6'><span>{upd}</span></div>", None),
            "teaser-notfire": (OTHER_TEASER.format(d=OTHER_DAYS[0]), None),
            "copyright-notfire": ("<div class='a6'>© 2024 Zeitung</div>", None),
            "event-notfire": (f"<div class='a6'>{EVENT_LINES[lang]}</div>", None),
        }
        for shape, (inside, expected) in shapes.items():
            name = f"wrapped-{lang}-{shape}"
            yield name, url_of(name), wrapped_page(lang, inside), expected


#: Readers' latest comments beside the story, each marked as a publication time
#: (``pubdate``), each in a link to the other story's comment: their days are not the page's.
def latest_comments(days: list[str], lang: str) -> str:
    """The box of readers' latest comments, one list item of entries set apart by empty
    spans, each stamp's ``<time pubdate>`` showing its day and month (no year)."""
    month = {"en": "September", "de": "September", "fr": "septembre"}[lang]
    items = "<span></span>".join(
        f"<div class='q1'><h3><a href='/news/other-{i}.html#c{i}'>Not my opinion at all</a></h3>"
        f"<div class='q3'><a href='/news/other-{i}.html#c{i}'>I see it differently, the fees are high enough and the town knows it. "
        f"<p class='q2'>— <time datetime='{d}T07:30:29Z' pubdate>{int(d[8:])} {month}</time><span>, </span>Max {i}</p></a></div>"
        f"<a href='/news/other-{i}.html#c{i}'><span>Read</span></a></div>"
        for i, d in enumerate(days)
    )
    return f"<div class='q0'><h2>Your messages</h2><ul><li>{items}</li></ul></div>"


def marked_list_cases() -> Iterator[Case]:
    """Latest comments beside the story, each under a ``<time pubdate>`` of its own day
    (several days: a list's): the page's own stamp under the headline gives the day, its
    own ``<time pubdate>`` does too; before the story or after it. Twin: an undated story
    with the box in an ``<aside>`` gives no date."""
    days = ["2024-09-22", "2024-09-20", "2024-09-19", "2024-09-24"]
    for lang in ("en", "de", "fr"):
        title, lines = STORIES[lang]
        own_stamp = f"<p>{TEASERUP_STAMP[lang]}</p>"
        own_time = f"<p><time datetime='{DAY}T10:15:00Z' pubdate>{TEASERUP_STAMP[lang]}</time></p>"
        box = latest_comments(days, lang)
        for own_name, own in (("stamp", own_stamp), ("time", own_time)):
            for where in ("before", "after"):
                main = f"<main><article><h1>{title}</h1>{own}{paras(lines)}</article></main>"
                body = f"{box}{main}" if where == "before" else f"{main}{box}"
                name = f"markedlist-{lang}-{own_name}-{where}"
                yield name, url_of(name), shell(f"{nav(lang)}{body}{foot(lang)}", title, lang), DAY
        for where in ("before", "after"):
            main = f"<main><article><h1>{title}</h1>{paras(lines)}</article></main>"
            aside = f"<aside>{box}</aside>"
            body = f"{aside}{main}" if where == "before" else f"{main}{aside}"
            name = f"markedlist-{lang}-undated-aside-{where}-notfire"
            yield name, url_of(name), shell(f"{nav(lang)}{body}{foot(lang)}", title, lang), None


#: Other stories' teasers in a menu above the story, each under an unmarked ``<time>``.
def menu_teasers(days: list[str]) -> str:
    items = "".join(
        f"<div class='m2'><h3><a href='/2024/{d[5:7]}/{d[8:]}/story-{i}/'>Council story number {i} of the week in town</a></h3>"
        f"<span><time datetime='{d}T07:56:35+00:00'>{d}</time></span></div>"
        for i, d in enumerate(days)
    )
    return f"<div class='m1'>{items}</div>"


def url_agree_cases() -> Iterator[Case]:
    """The story's own unmarked ``<time>`` (above the headline, in a meta row) after a menu
    of other stories' teasers each under an unmarked ``<time>``, related stories under the
    story too: the ``<time>`` on the URL's day (``/2024/03/14/``). Twins: a URL of another
    day than the stamp under the headline (filed earlier) keeps the stamp's; a URL whose
    day no ``<time>`` states keeps the first (no date from the URL alone wins over it)."""
    menu = menu_teasers(["2024-03-15", "2024-03-15", "2024-03-13"])
    related = menu_teasers(["2024-03-01", "2024-02-20", "2024-02-10"]).replace("m1", "r1")
    for lang in ("en", "de", "fr"):
        title, lines = STORIES[lang]
        own = f"<div class='t0'><div class='t1'><div class='t2'><time datetime='{DAY}T15:27:17+00:00'>{TEASERUP_STAMP[lang]}</time></div><div class='t3'><span>0</span></div></div></div>"
        head = f"<div class='c2'><div class='c3'><div class='c4'><h1>{title}</h1></div></div>{paras(lines)}</div>"
        main = f"<main><article>{own}{head}{related}</article></main>"
        html = shell(f"{nav(lang)}{menu}{main}{foot(lang)}", title, lang)
        name = f"urlagree-{lang}-time"
        yield name, f"https://www.example.org/2024/03/14/{name}/", html, DAY
        under = f"<main><article><h1>{title}</h1><p>{TEASERUP_STAMP[lang]}</p>{paras(lines)}</article></main>"
        html = shell(f"{nav(lang)}{menu}{under}{foot(lang)}", title, lang)
        name = f"urlagree-{lang}-stamp-filed-earlier"
        yield name, f"https://www.example.org/2024/03/13/{name}/", html, DAY


#: HTML comments a server or a build leaves in the page, each stating a time that is no
#: publication (never shown to the reader).
BUILD_COMMENTS = {
    "build-end": ("body", "<!-- ci20150313-1000, ads20140217-1700, 2024-02-01T12:06:59+02:00, unknown, fingerprint:0b818ea7 -->"),
    "cache-end": ("body", "<!-- page cached 01.02.2024 12:06:59 by edge-7 -->"),
    "rendered-head": ("head", "<!-- rendered 2024-02-01 12:06:59 in 42 ms -->"),
    "conditional": ("body", "<!--[if lt IE 9]><p>Browser from 2024-02-01 unsupported</p><![endif]-->"),
}  # fmt: skip


def commented_cases() -> Iterator[Case]:
    """An HTML comment stating a build's, a cache's or a render's time (:data:`BUILD_COMMENTS`):
    on an undated story no date (htmldate's last-resort search read it); beside the page's
    own stamp under the headline, the page's day. A comment holding the story's data
    object: its publication day; a list's objects of several days: none."""
    for lang in ("en", "de", "fr"):
        for kind, (where, comment) in BUILD_COMMENTS.items():
            for dated in (False, True):
                under = f"<p>{TEASERUP_STAMP[lang]}</p>" if dated else ""
                html = page(lang, under)
                if where == "body":
                    html = html.replace("</body>", f"{comment}</body>")
                else:
                    html = html.replace("</head>", f"{comment}</head>")
                name = f"commented-{lang}-{kind}-{'dated' if dated else 'notfire'}"
                yield name, url_of(name), html, DAY if dated else None
        # A comment holding the story's data object (a template's copy of it) is read as a
        # data script: its publication key gives the day; a list's objects of several
        # days give none.
        data = '<!-- {"id": "1034", "type": "onlinestory", "edited": "2024-03-15T08:34:54.000Z", "published": "2024-03-14T04:41:58.000Z"} -->'
        name = f"commented-{lang}-data"
        yield name, url_of(name), page(lang).replace("</h1>", f"</h1>{data}"), DAY
        listed = '<!-- [{"id": "1", "published": "2024-03-12T04:41:58Z"}, {"id": "2", "published": "2024-02-02T09:00:00Z"}] -->'
        name = f"commented-{lang}-data-list-notfire"
        yield name, url_of(name), page(lang).replace("</body>", f"{listed}</body>"), None


# -- s26: another thing's day as the undated page's only date -----------------------------

#: Lines naming another thing's day (an event's, a premiere's, a concert's, a deadline's, an
#: opening's, an offer's end, a season's opening, a life's days), per language: on a page
#: that states no publication, none is the page's day.
OTHER_DAY_LINES = {
    "en": {
        "premiere": "Premiere on 5 May 2024",
        "concert": "Concert: 5 May 2024, 8 pm, City Hall",
        "deadline": "Application deadline: 5 May 2024",
        "opening": "Open daily from 5 May 2024, 10 am to 6 pm",
        "valid": "Offer valid until 5 May 2024",
        "season": "Season 2024 opens on 5 May 2024",
        "lifespan": "Anna Baker (12 June 1931 – 5 May 2024)",
    },
    "de": {
        "premiere": "Premiere am 5. Mai 2024",
        "concert": "Konzert: 5. Mai 2024, 20 Uhr, Stadthalle",
        "deadline": "Bewerbungsfrist: 5. Mai 2024",
        "opening": "Geöffnet ab 5. Mai 2024, täglich 10 bis 18 Uhr",
        "valid": "Angebot gültig bis 5. Mai 2024",
        "season": "Saison 2024 beginnt am 5. Mai 2024",
        "lifespan": "Anna Becker (* 12. Juni 1931; † 5. Mai 2024)",
    },
    "fr": {
        "premiere": "Première le 5 mai 2024",
        "concert": "Concert : 5 mai 2024, 20 h, salle des fêtes",
        "deadline": "Date limite d'inscription : 5 mai 2024",
        "opening": "Ouvert tous les jours dès le 5 mai 2024, de 10 h à 18 h",
        "valid": "Offre valable jusqu'au 5 mai 2024",
        "season": "La saison 2024 ouvre le 5 mai 2024",
        "lifespan": "Anne Boulanger (12 juin 1931 – 5 mai 2024)",
    },
    "es": {
        "premiere": "Estreno el 5 de mayo de 2024",
        "concert": "Concierto: 5 de mayo de 2024, 20 h, Ayuntamiento",
        "deadline": "Plazo de inscripción: 5 de mayo de 2024",
        "opening": "Abierto desde el 5 de mayo de 2024, de 10 a 18 h",
        "valid": "Oferta válida hasta el 5 de mayo de 2024",
        "season": "La temporada 2024 abre el 5 de mayo de 2024",
        "lifespan": "Ana Panadero (12 de junio de 1931 – 5 de mayo de 2024)",
    },
}  # fmt: skip
#: The page's own stamp of the twins: a labelled line under the headline, a byline's line
#: closing on the day.
OWN_STAMPS = {
    "en": ("Published 14 March 2024", "By Anna Smith, 14 March 2024"),
    "de": ("Veröffentlicht am 14. März 2024", "Von Anna Schmidt, 14. März 2024"),
    "fr": ("Publié le 14 mars 2024", "Par Anne Martin, 14 mars 2024"),
    "es": ("Publicado el 14 de marzo de 2024", "Por Ana García, 14 de marzo de 2024"),
}  # fmt: skip


def other_day_page(lang: str, where: str, line: str, stamp: str = "") -> str:
    """A story whose only date but *stamp* (the page's own, under the headline) is *line*,
    another thing's day: ``under`` the headline before the story, in a wrapper after
    the byline box (``wrapped``), opening the ``lead`` paragraph in bold, or in a box
    ``beside`` the story (the day, the place)."""
    if where == "wrapped":
        own = f"<div class='a7'><span>{stamp}</span></div>" if stamp else ""
        return wrapped_page(lang, f"{own}<div class='a6'>{line}</div>")
    title, lines = STORIES[lang]
    own = f"<p>{stamp}</p>" if stamp else ""
    if where == "under":
        return page(lang, under=f"{own}<p>{line}</p>")
    if where == "lead":
        lead = f"<p class='x3'><b>{line}.</b> {lines[0]}</p>"
        main = f"<main><article><h1>{title}</h1>{own}{lead}{paras(lines[1:])}</article></main>"
    else:
        box = f"<div class='k3'><h3>Info</h3><p>{line}</p><p>Main Street 5</p></div>"
        main = f"<main><article><h1>{title}</h1>{own}{paras(lines)}</article>{box}</main>"
    return shell(f"{nav(lang)}{main}{foot(lang)}", title, lang)


#: The page's own stamp led by words the labels lack (a participle, a noun and a joining
#: word, a name and a joining word): shaped as :data:`OTHER_DAY_LINES`' phrases, on a page
#: with no other date it is the page's day.
WORDED_OWN_STAMPS = {
    "en": ("Filed on 14 March 2024", "Anna Smith on 14 March 2024", "Story from 14 March 2024"),
    "de": ("Erstellt am 14.03.2024", "Artikel vom 14.03.2024", "Redaktion am 14.03.2024, 10:15 Uhr"),
    "fr": ("Article du 14 mars 2024", "Anne Martin le 14 mars 2024", "le jeudi 14 mars 2024"),
    "es": ("Artículo del 14 de marzo de 2024", "Ana García el 14 de marzo de 2024", "el jueves 14 de marzo de 2024"),
}  # fmt: skip


def other_day_cases() -> Iterator[Case]:
    """An undated story whose text shows another thing's day (:data:`OTHER_DAY_LINES`)
    before the story, in a wrapper after the byline box, opening the lead or in a box
    beside the story: no date. Twins (must not fire): the same pages with the page's own
    stamp under the headline (a labelled line, a byline's line closing on the day) give
    the day; so does the page's own stamp alone, led by words the labels lack
    (:data:`WORDED_OWN_STAMPS`: "Erstellt am 14.03.2024", "Anna Smith on 14 March
    2024"), shaped as an event's line is."""
    for lang, kinds in OTHER_DAY_LINES.items():
        for kind, line in kinds.items():
            for where in ("under", "wrapped", "lead", "beside"):
                name = f"otherday-{lang}-{kind}-{where}-notfire"
                yield name, url_of(name), other_day_page(lang, where, line), None
                for i, stamp in enumerate(OWN_STAMPS[lang]):
                    name = f"otherday-{lang}-{kind}-{where}-stamp{i}"
                    yield name, url_of(name), other_day_page(lang, where, line, stamp), DAY
        for i, own in enumerate(WORDED_OWN_STAMPS[lang]):
            for where in ("under", "wrapped"):
                name = f"otherday-{lang}-worded{i}-{where}"
                yield name, url_of(name), other_day_page(lang, where, own), DAY


#: The page's own stamp closing a byline line (a byline word, full names, a separator or
#: a joining word, the day), per language; and lines a byline word opens that name no
#: writer ("Por la tarde", "By the river"), with another day.
BYLINE_STAMPS = {
    "en": ("By Anna Smith, 14 March 2024", "By Anna Smith | 14 March 2024", "By Anna Smith and Tom Lee on 14 March 2024"),
    "de": ("Von Anna Schmidt, 14. März 2024", "Von Anna Schmidt | 14.03.2024", "Von Anna Schmidt am 14. März 2024"),
    "fr": ("Par Anne Martin, 14 mars 2024", "Par Anne Martin | 14 mars 2024", "Par Anne Martin et Paul Roux le 14 mars 2024"),
    "es": ("Por Ana García, 14 de marzo de 2024", "Por Ana García | 14 de marzo de 2024", "Por Ana García el 14 de marzo de 2024"),
}  # fmt: skip
NO_WRITER_LINES = {
    "en": ("By the river, 5 May 2024", "said Smith on 5 May 2024 to the crowd"),
    "de": ("Von der Bühne, 5. Mai 2024", "sagte Schmidt am 5. Mai 2024 vor Ort"),
    "fr": ("Par la ville, 5 mai 2024", "a dit Martin le 5 mai 2024 devant la foule"),
    "es": ("Por la tarde, 5 de mayo de 2024", "dijo García el 5 de mayo de 2024 ante los vecinos"),
}  # fmt: skip


def bylined_cases() -> Iterator[Case]:
    """A byline line closing on the page's own day (:data:`BYLINE_STAMPS`) past the
    header's wrapper: the day. Must not fire: a byline word before no writer's name, a
    quoted person's day in a short line (:data:`NO_WRITER_LINES`), a teaser list's dated
    bylines there (other stories' writers and days): no date."""
    for lang, stamps in BYLINE_STAMPS.items():
        for i, stamp in enumerate(stamps):
            name = f"bylined-{lang}-stamp{i}"
            yield (
                name,
                url_of(name),
                wrapped_page(lang, f"<div class='a7'><span>{stamp}</span></div>"),
                DAY,
            )
        for i, line in enumerate(NO_WRITER_LINES[lang]):
            name = f"bylined-{lang}-nowriter{i}-notfire"
            yield (
                name,
                url_of(name),
                wrapped_page(lang, f"<div class='a7'><span>{line}</span></div>"),
                None,
            )
        writer = stamps[0].split(",")[0]
        teasers = "".join(
            f"<li><a href='/news/other-{k}.html'>Bakery closes after a hundred years in the old town, part {k}</a>"
            f" <span>{writer}, {d}</span></li>"
            for k, d in enumerate(("12.03.2024", "11.03.2024"))
        )
        name = f"bylined-{lang}-teasers-notfire"
        yield name, url_of(name), wrapped_page(lang, f"<ul class='a8'>{teasers}</ul>"), None


# -- s29: a date a clause goes on past, in htmldate's last resort -------------------------

#: Lines whose date a clause goes on past (a place, a quoted person's words, an opening's
#: hours) or that a year standing alone opens, per language: another thing's day on an
#: undated page (no date).
CLAUSE_LINES = {
    "en": ("Talk on 5 May 2024 at the town hall", "Smith said on 5 May 2024 that the plan stands", "Festival 2024: first night on 5 May 2024"),
    "de": ("Vortrag am 5. Mai 2024 im Rathaus", "Schmidt sagte am 5. Mai 2024, der Plan stehe", "Festival 2024: Eröffnung am 5. Mai 2024"),
    "fr": ("Conférence le 5 mai 2024 à la mairie", "Martin a déclaré le 5 mai 2024 que le plan tient", "Festival 2024 : ouverture le 5 mai 2024"),
    "es": ("Charla el 5 de mayo de 2024 en el ayuntamiento", "García dijo el 5 de mayo de 2024 que el plan sigue", "Festival 2024: apertura el 5 de mayo de 2024"),
}  # fmt: skip
#: The page's own stamp with what a stamp's line holds after its date (a time and its
#: unit, a zone, a bar and the comments' count, a byline, another label and its colon):
#: the day, read by htmldate's search where our readers leave the line.
CLAUSE_STAMPS = {
    "en": ("Anna Smith on 14/03/2024, 10:15 | 2 comments", "Filed 14/03/2024 by Anna Smith", "Date: 14/03/2024, Section: Politics", "14/03/2024, 10:15 CET"),
    "de": ("Von Christian am 14.03.2024, 10:15 | 0 Meinungen", "Datum: 14.03.2024, Rubrik: Politik", "Redaktion am 14.03.2024 um 10:15 Uhr", "am 14.03.2024. Abgelegt unter Politik"),
    "fr": ("Anne Martin le 14/03/2024 à 10h15 | 2 commentaires", "14/03/2024, Rubrique : Politique", "14/03/2024, 10:15 CET", "Article du 14/03/2024 par Anne Martin"),
    "es": ("Ana García el 14/03/2024, 10:15 | 2 comentarios", "Fecha: 14/03/2024, Sección: Política", "14/03/2024 - 10:15 h", "Artículo del 14/03/2024 por Ana García"),
}  # fmt: skip


def clause_cases() -> Iterator[Case]:
    """A date a clause goes on past or a year standing alone opens
    (:data:`CLAUSE_LINES`) under the headline or past the header's wrapper, on a page
    stating no other date: no date. Must not fire: the page's own stamp with a time, a
    zone, a bar, a byline or another label after its date (:data:`CLAUSE_STAMPS`), in
    the same places: the day."""
    for lang, lines in CLAUSE_LINES.items():
        for i, line in enumerate(lines):
            for where in ("under", "wrapped"):
                name = f"clause-{lang}-{i}-{where}-notfire"
                yield name, url_of(name), other_day_page(lang, where, line), None
        for i, stamp in enumerate(CLAUSE_STAMPS[lang]):
            for where in ("under", "wrapped"):
                name = f"clause-{lang}-stamp{i}-{where}"
                yield name, url_of(name), other_day_page(lang, where, stamp), DAY


# -- s27: a date badge (the day, the month and the year on lines of their own) ------------

#: The month of :data:`DAY` as a badge writes it, per language (short or full).
BADGE_MONTHS = {"en": "Mar", "de": "März", "fr": "mars", "es": "mar", "ru": "марта"}
#: A day's name opening a badge, per language.
BADGE_WEEKDAYS = {"en": "Thu", "de": "Do", "fr": "jeu", "es": "jue", "ru": "чт"}


def badges(lang: str, day: int = 14) -> list[str]:
    """A badge of 14 March 2024 (of *day* March) in its shapes: the day over the month and
    year, the three on lines of their own, a day's name above them, the month first."""
    month, weekday = BADGE_MONTHS[lang], BADGE_WEEKDAYS[lang]
    return [
        f"<span>{day}</span><br><span>{month} 2024</span>",
        f"{day}<br>{month}<br>2024",
        f"{weekday}<br>{day}<br>{month}<br>2024",
        f"<b>{month}</b><br><b>{day}</b><br>2024",
    ]


def badge_cases() -> Iterator[Case]:
    """A date badge (:func:`badges`) under the headline, in a box of its own or beside the
    byline, gives the day. Must not fire: an undated story whose badge has no year, an
    archive's entry (a month's line, its count below) under the headline, other stories'
    badges in a teaser list beside the story, a reader's comment's badge below it."""
    for lang in LANGS:
        _, lines = STORIES[lang]
        month = BADGE_MONTHS[lang]
        for i, badge in enumerate(badges(lang)):
            for where, under in (
                ("box", f"<div class='k1'>{badge}</div>"),
                (
                    "byline",
                    f"<div class='k2'><p>{BY[lang]}</p><div class='k3'>{badge}</div></div>",
                ),
            ):
                name = f"badge-{lang}-{i}-{where}"
                yield name, url_of(name), page(lang, under=under), DAY
        twins = {
            "noyear": f"<div class='k1'>14<br>{month}</div>",
            "archive": f"<div class='k1'><a href='/archive/2024/05/'>{month} 2024</a><br><span>5</span></div>",
        }
        for kind, under in twins.items():
            name = f"badge-{lang}-{kind}-notfire"
            yield name, url_of(name), page(lang, under=under), None
        cards = "".join(
            f"<li><div class='k4'>{badges(lang, d)[1]}</div><a href='/story-{k}.html'>{TEASERS[lang][k]}</a></li>"
            for k, d in enumerate((11, 12, 13))
        )
        side = f"<aside><h2>{NAVS[lang][1]}</h2><ul>{cards}</ul></aside>"
        name = f"badge-{lang}-teasers-notfire"
        yield name, url_of(name), page(lang).replace("</main>", f"</main>{side}"), None
        reply = (
            f"<section><h2>Comments</h2><div class='k5'><b>Jo</b><div class='k6'>"
            f"{badges(lang, 15)[1]}</div><p>{lines[1]}</p></div></section>"
        )
        name = f"badge-{lang}-comment-notfire"
        yield name, url_of(name), page(lang, after=reply), None


SHAPES: dict[str, Callable[[], Iterator[Case]]] = {
    "stamp": stamp_cases,
    "more": more_stamp_cases,
    "odd": odd_cases,
    "data": data_cases,
    "url": url_cases,
    "jsonld": jsonld_cases,
    "meta": meta_cases,
    "notfire": notfire_cases,
    "notfire2": notfire_more_cases,
    "dayfirst": day_first_cases,
    "langs": lang_cases,
    "relative": relative_cases,
    "relone": relative_one_cases,
    "comment1": comment_cases,
    "reviewed": reviewed_cases,
    "since": since_cases,
    "tdloose": td_loose_cases,
    "modonly": modified_only_cases,
    "ldodd": ld_odd_cases,
    "metaodd": meta_odd_cases,
    "urlodd": url_odd_cases,
    "shown": shown_cases,
    "notfire3": notfire3_cases,
    "modfirst": mod_then_pub_cases,
    "teaserup": teaser_up_cases,
    "urlmore": url_more_cases,
    "cjk": cjk_cases,
    "placed": placed_cases,
    "quoted": quoted_cases,
    "quotednext": quoted_next_cases,
    "captioned": captioned_cases,
    "gridrows": grid_rows_cases,
    "labelled": labelled_cases,
    "script": script_cases,
    "framed": framed_cases,
    "banner": banner_cases,
    "ldshape": ld_shape_cases,
    "fallback": fallback_cases,
    "oldscript": old_script_cases,
    "codescript": code_script_cases,
    "urlquery": url_query_cases,
    "urldmy": url_day_first_cases,
    "attrstamp": attribute_stamp_cases,
    "linkcard": linked_card_cases,
    "wordshort": worded_short_cases,
    "version": version_cases,
    "wrapped": wrapped_cases,
    "markedlist": marked_list_cases,
    "urlagree": url_agree_cases,
    "commented": commented_cases,
    "otherday": other_day_cases,
    "bylined": bylined_cases,
    "clause": clause_cases,
    "badge": badge_cases,
    "flight": flight_cases,
    "labeldl": label_list_cases,
}


def day_of(html: str, url: str) -> str | None:
    """The publication day the generic extractor keeps (None: no date, or no story)."""
    found = generic_article(selector(html.encode()).root, url, fetched_at=FETCHED_AT)
    raw = next((d.raw for d in found.dates if d.field == "datePublished"), None)
    if raw is None:
        return None
    value = page_normaliser(found.language).normalise(raw, FETCHED_AT).value
    return value[:10] if value else None


def run(names: list[str], verbose: bool) -> int:
    failures = 0
    for shape in names:
        total = missed = wrong = invented = 0
        for name, url, html, expected in SHAPES[shape]():
            total += 1
            got = day_of(html, url)
            if got == expected:
                continue
            if expected is None:
                invented += 1
            elif got is None:
                missed += 1
            else:
                wrong += 1
            if verbose:
                print(f"  FAIL {name}: {got} (expected {expected})")
        failed = missed + wrong + invented
        print(
            f"{shape}: {failed} of {total} pages fail ({missed} missed, {wrong} wrong, {invented} invented)"
        )
        failures += failed
    return failures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    run(args or list(SHAPES), "-v" in sys.argv)
