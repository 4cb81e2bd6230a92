# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red-team pages in old-school or hand-made markup (issue 9), for ``redteam.py``.

Older and hand-made sites do not wrap a story's paragraphs in ``<p>``: the text sits in
one ``<div>`` or table cell with ``<br><br>`` between paragraphs, directly in
``<body>``, in ``<div>``s or ``<span>``s with inline styles, or comes out of a word
processor or an AMP template. Their chrome is built the same way: link lists in a table
cell, a ``<center>`` footer with the copyright. Each class here builds such pages in
three languages and four to ten paragraphs, and says which story lines must stay and
which boilerplate lines must go:

- br-paras: paragraphs separated by ``<br><br>`` in one ``<div>`` or ``<td>``, no ``<p>``;
- br-tail: the same, then in the same box a run of other stories' linked headlines with
  one-line blurbs, or a signature, a "back to top" link and a visitor counter;
- table-layout: the story in a ``<td>`` of a nested ``<table>``, a nav cell beside it,
  ``<font>``, ``<center>`` and ``<b>`` tags;
- table-teasers (must not fire): a table layout whose other cell lists other stories'
  headlines with one-line blurbs; the blurbs stay out;
- bare-text: text directly in ``<body>``, or in a ``<div>`` between inline elements;
- div-paras: each paragraph a ``<div>`` with an inline style;
- span-paras: each paragraph a ``<span>`` followed by ``<br>``s;
- verse: a poem, one ``<br>`` per line and ``<br><br>`` between stanzas, no ``<pre>``;
- word-export: a page saved from a word processor (``<p class="MsoNormal">``,
  ``<o:p>``, ``<span style="mso-…">``);
- amp: an AMP page (``<amp-img>``, ``amp-`` wrappers, a sidebar menu);
- sections: the story in ``<section>``s with no ``<article>`` or ``<main>``;
- title-line: no ``<h1>``: the headline is a line of its own at the top of the story's
  box (``<font size="5"><b>…</b></font><br>``, a ``<b>``, ``<strong>``, ``<div>``,
  ``<p>`` or ``<span>``), a date line under it, then the story cut by ``<br><br>``; the
  headline and the date line must stay out of the body, and the date is the page's
  (``datePublished:`` in the must-keep list);
- title-line-not (must not fire): the same box opening with a bold line that is not the
  page's title and a date under it (the line stays in the body), or a first paragraph
  that starts with the title's words (it stays whole).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bench.redteam_layouts import ABOUT, COPYRIGHT, EXCERPTS, LANGS, NAV, OTHERS, STORY

Case = tuple[str, str, list[str], list[str]]  # name, html, must keep, must drop

LENGTHS = (4, 6, 10)

#: Short poems (stanzas of lines) for the verse class.
POEMS = {
    "de": (
        "Herbst am Fluss",
        [
            [
                "Die Nebel ziehen übers Wasser hin,",
                "die Weiden stehen grau und still,",
                "und wer am Ufer wartet, weiß,",
                "dass bald der erste Frost kommen will.",
            ],
            [
                "Die Fähre knarrt im kalten Wind,",
                "der Fährmann zählt die Münzen nach,",
                "die Kinder laufen heim zum Licht",
                "und lassen ihre Drachen liegen am Bach.",
            ],
            [
                "Noch einmal glüht das Laub im Hang,",
                "noch einmal singt ein später Star,",
                "dann schließt der Abend seine Tür",
                "so leise, wie er immer war.",
            ],
        ],
    ),
    "en": (
        "Autumn by the river",
        [
            [
                "The mist moves slowly on the stream,",
                "the willows stand in grey and stay,",
                "and those who wait along the bank",
                "can feel the frost is on its way.",
            ],
            [
                "The ferry creaks in the cold wind,",
                "the ferryman counts his coins again,",
                "the children run home to the light",
                "and leave their kites out in the rain.",
            ],
            [
                "Once more the leaves burn on the hill,",
                "once more a late bird sings its tune,",
                "then evening gently shuts its door",
                "beneath a pale and quiet moon.",
            ],
        ],
    ),
    "fr": (
        "L'automne au bord du fleuve",
        [
            [
                "La brume glisse sur les eaux,",
                "les saules dorment, gris et las,",
                "et ceux qui guettent sur la rive",
                "savent que le givre vient tout bas.",
            ],
            [
                "Le bac grince dans le vent froid,",
                "le passeur recompte ses sous,",
                "les enfants courent vers la lumière",
                "et laissent leurs cerfs-volants au bout.",
            ],
            [
                "Encore une fois brûle le coteau,",
                "encore un merle chante au soir,",
                "puis la nuit referme sa porte",
                "doucement, sans se faire voir.",
            ],
        ],
    ),
}
LINKS_HEAD = {"de": "Weitere Artikel", "en": "More articles", "fr": "Autres articles"}
VISITORS = {
    "de": "Sie sind Besucher Nr. 004711 seit dem 1. Januar 1999. Letzte Änderung dieser Seite: 12.03.2024.",
    "en": "You are visitor no. 004711 since January 1st, 1999. This page was last changed on 12 March 2024.",
    "fr": "Vous êtes le visiteur n° 004711 depuis le 1er janvier 1999. Dernière mise à jour : 12 mars 2024.",
}


def shell(body: str, title: str, lang: str, attrs: str = "") -> str:
    return (
        f"<!DOCTYPE HTML PUBLIC '-//W3C//DTD HTML 4.01 Transitional//EN'><html lang='{lang}'{attrs}><head>"
        f"<meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>{title}</title></head>"
        f"<body bgcolor='#FFFFFF'>{body}</body></html>"
    )


def nav_cell(lang: str) -> str:
    """A table cell of links, one a line, as old sites build their menu."""
    links = "<br>\n".join(
        f"<a href='/{i}.html'><font size='2'>{w}</font></a>" for i, w in enumerate(NAV[lang])
    )
    return f"<td width='160' valign='top' bgcolor='#EEEEEE'>{links}<br><br><font size='1'>{ABOUT[lang]}</font></td>"


def links_cell(lang: str) -> str:
    """A cell of other articles' headlines, one a line."""
    links = "<br>\n".join(f"<a href='/a{i}.html'>{t}</a>" for i, t in enumerate(OTHERS[lang][:5]))
    return f"<td width='180' valign='top'><b>{LINKS_HEAD[lang]}</b><br>{links}</td>"


def footer(lang: str) -> str:
    return (
        f"<center><hr><font size='1' face='Arial'>{COPYRIGHT[lang]}<br>{VISITORS[lang]}"
        f"<br><a href='/impressum.html'>Impressum</a> | <a href='/kontakt.html'>{NAV[lang][5]}</a></font></center>"
    )


def boiler(lang: str) -> list[str]:
    """Lines of the page's chrome that must stay out of every body."""
    return [ABOUT[lang], COPYRIGHT[lang], VISITORS[lang], OTHERS[lang][1]]


def top_nav(lang: str) -> str:
    return (
        "<center>"
        + " | ".join(f"<a href='/{i}.html'>{w}</a>" for i, w in enumerate(NAV[lang]))
        + "</center>"
    )


def headline_html(headline: str, v: int) -> str:
    return (
        f"<h1>{headline}</h1>",
        f"<font size='5'><b>{headline}</b></font><br><br>",
        f"<center><h2>{headline}</h2></center>",
    )[v % 3]


def table_page(lang: str, story_cell: str) -> str:
    """The classic layout: a nav cell, a story cell, a cell of other articles."""
    return (
        f"<table width='100%' border='0' cellpadding='0' cellspacing='0'><tr><td colspan='3'>"
        f"<img src='/logo.gif' width='600' height='80' alt='Logo'></td></tr><tr>"
        f"{nav_cell(lang)}{story_cell}{links_cell(lang)}</tr></table>{footer(lang)}"
    )


def each_story() -> Iterator[tuple[str, str, list[str], int]]:
    for lang in LANGS:
        headline, lines = STORY[lang]
        for v, n in enumerate(LENGTHS):
            yield lang, headline, lines[:n], v


# -- paragraphs separated by <br><br> -------------------------------------------------


BREAKS = ("<br><br>", "<br />\n<br />\n", "\n<br>\n<br>\n", "<BR><BR>")


def br_cases() -> Iterator[Case]:
    for lang, headline, story, v in each_story():
        for b, brk in enumerate(BREAKS):
            text = brk.join(story)
            for box in ("div", "td"):
                if box == "div":
                    body = f"{top_nav(lang)}<div class='text'>{headline_html(headline, v + b)}{text}</div>{links_div(lang)}{footer(lang)}"
                else:
                    body = table_page(
                        lang, f"<td valign='top'>{headline_html(headline, v + b)}{text}</td>"
                    )
                yield (
                    f"br-{lang}-{len(story)}p-b{b}-{box}",
                    shell(body, headline, lang),
                    story,
                    boiler(lang),
                )


def links_div(lang: str) -> str:
    links = "<br>".join(f"<a href='/a{i}.html'>{t}</a>" for i, t in enumerate(OTHERS[lang][:5]))
    return f"<div class='links'><b>{LINKS_HEAD[lang]}</b><br>{links}<br><br><small>{ABOUT[lang]}</small></div>"


def br_tail_cases() -> Iterator[Case]:
    """The story cut by blank lines, then in the same box what old sites put under it: a
    "more articles" run of linked headlines with one-line blurbs, or a signature, a
    "back to top" link and the page's visitor counter."""
    for lang, headline, story, v in each_story():
        teasers = "<br><br>".join(
            f"<a href='/a{i}.html'><b>{OTHERS[lang][i]}</b></a><br>{EXCERPTS[lang][i]}"
            for i in range(3)
        )
        tails = {
            "teasers": (
                f"<br><br><hr><b>{LINKS_HEAD[lang]}</b><br><br>{teasers}",
                [EXCERPTS[lang][0], EXCERPTS[lang][2]],
            ),
            "signature": (
                f"<br><br><i>Redaktion / 12.03.2024</i><br><a href='#top'>^</a><br><br><font size='1'>{VISITORS[lang]}</font>",
                [],
            ),
        }
        for tail, (html, drop) in tails.items():
            text = "<br><br>".join(story) + html
            for box in ("div", "td"):
                if box == "div":
                    body = f"{top_nav(lang)}<div>{headline_html(headline, v)}{text}</div>{links_div(lang)}{footer(lang)}"
                else:
                    body = table_page(
                        lang, f"<td valign='top'>{headline_html(headline, v)}{text}</td>"
                    )
                yield (
                    f"brtail-{lang}-{len(story)}p-{tail}-{box}",
                    shell(body, headline, lang),
                    story,
                    drop + boiler(lang),
                )


# -- table layouts --------------------------------------------------------------------


def table_cases() -> Iterator[Case]:
    for lang, headline, story, v in each_story():
        shapes = {
            "p": "".join(f"<p>{line}</p>" for line in story),
            "font-p": "".join(
                f"<p><font face='Verdana' size='2'>{line}</font></p>" for line in story
            ),
            "font-br": "<font face='Arial' size='2'>" + "<br><br>".join(story) + "</font>",
            "p-open": "".join(f"<p>{line}\n" for line in story),
        }
        for shape, text in shapes.items():
            for depth in (0, 1, 2):
                cell = f"<td valign='top'>{headline_html(headline, v)}<b>12.03.2024</b><br>{text}</td>"
                for _ in range(depth):
                    cell = f"<td valign='top'><table width='100%' cellpadding='4'><tr>{cell}</tr></table></td>"
                yield (
                    f"table-{lang}-{len(story)}p-{shape}-d{depth}",
                    shell(table_page(lang, cell), headline, lang),
                    story,
                    boiler(lang),
                )


def table_teaser_cases() -> Iterator[Case]:
    """Must not fire: the other cell holds other stories' headlines, each with a blurb."""
    for lang, headline, story, v in each_story():
        for shape in ("br", "p", "table"):
            if shape == "br":
                teasers = "<br><br>".join(
                    f"<a href='/a{i}.html'><b>{OTHERS[lang][i]}</b></a><br>{EXCERPTS[lang][i]}"
                    for i in range(3)
                )
            elif shape == "p":
                teasers = "".join(
                    f"<p><a href='/a{i}.html'><b>{OTHERS[lang][i]}</b></a><br><font size='2'>{EXCERPTS[lang][i]}</font></p>"
                    for i in range(3)
                )
            else:
                teasers = (
                    "<table>"
                    + "".join(
                        f"<tr><td><a href='/a{i}.html'>{OTHERS[lang][i]}</a><br>{EXCERPTS[lang][i]}</td></tr>"
                        for i in range(3)
                    )
                    + "</table>"
                )
            for text in ("<br><br>".join(story), "".join(f"<p>{line}</p>" for line in story)):
                kind = "br" if "<br>" in text[:2000] and "<p>" not in text else "p"
                cell = f"<td valign='top'>{headline_html(headline, v)}{text}</td>"
                page = f"<table width='100%'><tr>{nav_cell(lang)}{cell}<td width='200' valign='top'>{teasers}</td></tr></table>{footer(lang)}"
                drop = [
                    EXCERPTS[lang][0],
                    EXCERPTS[lang][2],
                    OTHERS[lang][1],
                    ABOUT[lang],
                    COPYRIGHT[lang],
                ]
                yield (
                    f"tteasers-{lang}-{len(story)}p-{shape}-{kind}",
                    shell(page, headline, lang),
                    story,
                    drop,
                )


# -- text directly in <body> or between inline elements -------------------------------


def bare_cases() -> Iterator[Case]:
    for lang, headline, story, v in each_story():
        text = "<br><br>\n".join(story)
        pages = {
            "body": f"{top_nav(lang)}<hr>{headline_html(headline, v)}\n{text}\n<hr>{links_div(lang)}{footer(lang)}",
            "body-img": f"{top_nav(lang)}<h1>{headline}</h1><img src='/bild.jpg' align='right'>{story[0]}<br><br>{'<br><br>'.join(story[1:])}<br><br><a href='/index.html'>{NAV[lang][0]}</a>{links_div(lang)}{footer(lang)}",
            "div-inline": f"{top_nav(lang)}<div id='content'><b>{headline}</b><br><i>12.03.2024</i><br><br>{story[0]}<br><br><img src='/b.jpg'><br><br>{'<br><br>'.join(story[1:])}<br><br><a href='/index.html'>{NAV[lang][0]}</a></div>{links_div(lang)}{footer(lang)}",
            "body-bold": f"{top_nav(lang)}<b>{headline}</b><br><br>"
            + "<br><br>".join(
                f"{line} <a href='/m{i}.html'>mehr</a>" if i == 1 else line
                for i, line in enumerate(story)
            )
            + f"<br><br>{links_div(lang)}{footer(lang)}",
        }
        for kind, body in pages.items():
            yield (
                f"bare-{lang}-{len(story)}p-{kind}",
                shell(body, headline, lang),
                story,
                boiler(lang),
            )


# -- paragraphs as styled <div>s, as <span>s ------------------------------------------


def div_cases() -> Iterator[Case]:
    styles = ("margin-bottom:12px", "font-family:Verdana;font-size:13px;padding:4px 0", "")
    for lang, headline, story, v in each_story():
        for s, style in enumerate(styles):
            attr = f" style='{style}'" if style else ""
            text = "".join(f"<div{attr}>{line}</div>" for line in story)
            for shape in ("div", "table"):
                if shape == "div":
                    body = f"{top_nav(lang)}<div style='width:600px;float:left'>{headline_html(headline, v)}{text}</div><div style='width:200px;float:right'>{links_div(lang)}</div>{footer(lang)}"
                else:
                    body = table_page(
                        lang, f"<td valign='top'>{headline_html(headline, v)}{text}</td>"
                    )
                yield (
                    f"divs-{lang}-{len(story)}p-s{s}-{shape}",
                    shell(body, headline, lang),
                    story,
                    boiler(lang),
                )


def span_cases() -> Iterator[Case]:
    for lang, headline, story, v in each_story():
        shapes = {
            "span-brbr": "".join(f"<span class='text'>{line}</span><br><br>" for line in story),
            "span-br": "".join(
                f"<span style='font-size:12pt'>{line}</span><br>" for line in story
            ),
            "font-br": "".join(f"<font face='Times'>{line}</font><br><br>" for line in story),
        }
        for shape, text in shapes.items():
            for box in ("div", "td"):
                if box == "div":
                    body = f"{top_nav(lang)}<div>{headline_html(headline, v)}{text}</div>{links_div(lang)}{footer(lang)}"
                else:
                    body = table_page(
                        lang, f"<td valign='top'>{headline_html(headline, v)}{text}</td>"
                    )
                yield (
                    f"spans-{lang}-{len(story)}p-{shape}-{box}",
                    shell(body, headline, lang),
                    story,
                    boiler(lang),
                )


# -- verse ---------------------------------------------------------------------------


def verse_cases() -> Iterator[Case]:
    for lang in LANGS:
        title, stanzas = POEMS[lang]
        intro = STORY[lang][1][0]
        for n in (2, 3):
            poem = stanzas[:n]
            lines = [line for stanza in poem for line in stanza]
            shapes = {
                "div": "<div class='gedicht'>"
                + "<br><br>".join("<br>".join(s) for s in poem)
                + "</div>",
                "p-br": "".join("<p>" + "<br>".join(s) + "</p>" for s in poem),
                "p-br-nl": "".join("<p>" + "<br>\n".join(s) + "</p>" for s in poem),
                "center": "<center><i>"
                + "<br><br>".join("<br>".join(s) for s in poem)
                + "</i></center>",
            }
            for shape, text in shapes.items():
                for with_intro in (False, True):
                    lead = f"<p>{intro}</p>" if with_intro else ""
                    keep = lines + ([intro] if with_intro else [])
                    for box in ("div", "td"):
                        inner = f"<h1>{title}</h1>{lead}{text}<p><i>12.03.2024</i></p>"
                        if box == "div":
                            body = f"{top_nav(lang)}<div id='inhalt'>{inner}</div>{links_div(lang)}{footer(lang)}"
                        else:
                            body = table_page(lang, f"<td valign='top'>{inner}</td>")
                        name = (
                            f"verse-{lang}-{n}st-{shape}-{'intro' if with_intro else 'bare'}-{box}"
                        )
                        yield name, shell(body, title, lang), keep, boiler(lang)


# -- Word export ---------------------------------------------------------------------


#: How a word processor saves one paragraph, in three shapes ({lang}: the language).
WORD_PARAS = {
    "plain": "<p class=MsoNormal>{line}<o:p></o:p></p>",
    "span": "<p class=MsoNormal style='text-align:justify'><span style='font-size:12.0pt;font-family:\"Arial\",sans-serif;mso-fareast-font-family:\"Times New Roman\"'>{line}<o:p></o:p></span></p>",
    "empty-between": "<p class=MsoNormal><span lang={lang} style='mso-ansi-language:{lang}'>{line}</span></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>",
}


def word_cases() -> Iterator[Case]:
    ns = " xmlns:v='urn:schemas-microsoft-com:vml' xmlns:o='urn:schemas-microsoft-com:office:office' xmlns:w='urn:schemas-microsoft-com:office:word'"
    for lang, headline, story, _v in each_story():
        for shape, para in WORD_PARAS.items():
            text = "".join(para.format(line=line, lang=lang.upper()) for line in story)
            head = f"<p class=MsoTitle><b><span style='font-size:16.0pt'>{headline}<o:p></o:p></span></b></p>"
            for box in ("section", "table"):
                if box == "section":
                    body = f"{top_nav(lang)}<div class=WordSection1>{head}{text}</div>{links_div(lang)}{footer(lang)}"
                else:
                    body = table_page(
                        lang, f"<td valign='top'><div class=WordSection1>{head}{text}</div></td>"
                    )
                yield (
                    f"word-{lang}-{len(story)}p-{shape}-{box}",
                    shell(body, headline, lang, ns),
                    story,
                    boiler(lang),
                )


# -- AMP -----------------------------------------------------------------------------


def amp_cases() -> Iterator[Case]:
    for lang, headline, story, _v in each_story():
        menu = "".join(f"<li><a href='/{i}/'>{w}</a></li>" for i, w in enumerate(NAV[lang]))
        related = "".join(
            f"<li><a href='/a{i}/'>{t}</a></li>" for i, t in enumerate(OTHERS[lang][:4])
        )
        for shape in ("article", "div", "carousel"):
            paras = "".join(f"<p>{line}</p>" for line in story)
            if shape == "carousel":
                half = len(story) // 2
                paras = (
                    "".join(f"<p>{line}</p>" for line in story[:half])
                    + "<amp-carousel width='400' height='300' layout='responsive' type='slides'><amp-img src='/1.jpg' width='400' height='300'></amp-img><amp-img src='/2.jpg' width='400' height='300'></amp-img></amp-carousel>"
                    + "<amp-ad width='300' height='250' type='doubleclick'></amp-ad>"
                    + "".join(f"<p>{line}</p>" for line in story[half:])
                )
            img = "<amp-img src='/lead.jpg' width='1200' height='675' layout='responsive' alt=''></amp-img>"
            content = f"<h1 class='amp-title'>{headline}</h1><div class='amp-meta'>12.03.2024</div>{img}<div class='amp-content'>{paras}</div>"
            wrapped = (
                f"<article class='amp-wp-article'>{content}</article>"
                if shape == "article"
                else f"<div class='amp-container'>{content}</div>"
            )
            body = (
                f"<amp-sidebar id='sidebar' layout='nodisplay' side='left'><ul>{menu}</ul><p>{ABOUT[lang]}</p></amp-sidebar>"
                f"<header class='amp-header'><button on='tap:sidebar.toggle'>☰</button><a href='/'>Logo</a></header>"
                f"<main>{wrapped}<amp-social-share type='facebook'></amp-social-share>"
                f"<div class='amp-related'><h3>{LINKS_HEAD[lang]}</h3><ul>{related}</ul></div></main>"
                f"<footer class='amp-footer'><p>{COPYRIGHT[lang]}</p><p>{VISITORS[lang]}</p></footer>"
            )
            html = shell(body, headline, lang, " amp").replace(
                "<body bgcolor='#FFFFFF'>", "<body>"
            )
            yield f"amp-{lang}-{len(story)}p-{shape}", html, story, boiler(lang)


# -- sections without <article> -------------------------------------------------------


def section_cases() -> Iterator[Case]:
    for lang, headline, story, _v in each_story():
        for per in (1, 2, len(story)):
            parts = "".join(
                "<section>"
                + "".join(f"<p>{line}</p>" for line in story[i : i + per])
                + "</section>"
                for i in range(0, len(story), per)
            )
            for shape in ("body", "div"):
                content = f"<section class='head'><h1>{headline}</h1><time>12.03.2024</time></section>{parts}"
                if shape == "div":
                    content = f"<div class='content'>{content}</div>"
                side = (
                    f"<section class='sidebar'><h3>{LINKS_HEAD[lang]}</h3><ul>"
                    + "".join(
                        f"<li><a href='/a{i}'>{t}</a></li>" for i, t in enumerate(OTHERS[lang][:4])
                    )
                    + f"</ul><p>{ABOUT[lang]}</p></section>"
                )
                nav = (
                    "<section class='nav'><ul>"
                    + "".join(f"<li><a href='/{i}'>{w}</a></li>" for i, w in enumerate(NAV[lang]))
                    + "</ul></section>"
                )
                foot = f"<section class='footer'><p>{COPYRIGHT[lang]}</p><p>{VISITORS[lang]}</p></section>"
                body = f"{nav}{content}{side}{foot}"
                yield (
                    f"sections-{lang}-{len(story)}p-{per}per-{shape}",
                    shell(body, headline, lang),
                    story,
                    boiler(lang),
                )


# -- a headline set as a line, no <h1> ------------------------------------------------

#: How old-school pages set the headline as a line of its own ({h}: the headline).
TITLE_LINES = (
    "<font size='5'><b>{h}</b></font><br>",
    "<b>{h}</b><br>",
    "<strong style='font-size:20px'>{h}</strong><br>",
    "<div style='font-size:20px;font-weight:bold'>{h}</div>",
    "<p><font size='4'><b>{h}</b></font></p>",
    "<span class='titel'>{h}</span><br>",
)
#: The date line under it, one ``<br>`` apart, as such pages write it.
DATE_LINES = (
    "<i>12.03.2024</i><br><br>",
    "<span class='datum'>12.03.2024</span><br><br>",
    "<font size='1'>12.03.2024</font><br><br>",
)
#: A line under the headline that is no title: the box's section label.
LABELS = {
    "de": "Aus dem Vereinsleben",
    "en": "News from our club",
    "fr": "La vie de l'association",
}
DAY = "datePublished:2024-03-12"


def title_line_box(lang: str, inner: str, box: str) -> str:
    if box == "div":
        return f"{top_nav(lang)}<div class='text'>{inner}</div>{links_div(lang)}{footer(lang)}"
    return table_page(lang, f"<td valign='top'>{inner}</td>")


def title_line_cases() -> Iterator[Case]:
    for lang, headline, story, v in each_story():
        for t, line in enumerate(TITLE_LINES):
            date = DATE_LINES[(v + t) % len(DATE_LINES)]
            inner = line.format(h=headline) + date + "<br><br>".join(story)
            for box in ("div", "td"):
                yield (
                    f"titleline-{lang}-{len(story)}p-t{t}-{box}",
                    shell(title_line_box(lang, inner, box), f"{headline} - Gartenverein", lang),
                    [*story, DAY],
                    [headline, "12.03.2024", *boiler(lang)],
                )


def title_line_not_cases() -> Iterator[Case]:
    """Must not fire: a bold line that is not the title, or prose opening with its words."""
    for lang, headline, story, _v in each_story():
        lead = f"{headline}, so the members say, began with a single evening meeting in the old music pavilion."
        shapes = {
            "other-line": (
                f"<b>{LABELS[lang]}</b><br><i>12.03.2024</i><br><br>" + "<br><br>".join(story),
                [*story],
            ),
            "lead-words": (lead + "<br><br>" + "<br><br>".join(story), [lead, *story]),
        }
        for shape, (inner, keep) in shapes.items():
            for box in ("div", "td"):
                yield (
                    f"titlenot-{lang}-{len(story)}p-{shape}-{box}",
                    shell(title_line_box(lang, inner, box), headline, lang),
                    keep,
                    boiler(lang),
                )


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "br-paras": br_cases,
    "br-tail": br_tail_cases,
    "table-layout": table_cases,
    "table-teasers": table_teaser_cases,
    "bare-text": bare_cases,
    "div-paras": div_cases,
    "span-paras": span_cases,
    "verse": verse_cases,
    "word-export": word_cases,
    "amp": amp_cases,
    "sections": section_cases,
    "title-line": title_line_cases,
    "title-line-not": title_line_not_cases,
}
