# ruff: noqa: E501  (page markup reads better unbroken)
"""Red-team pages of stories in many scripts (issue 9), for ``redteam.py``.

The publishers set has 25 languages and unseen pages have more: an extractor that
counts words by ``\\w+`` and ends sentences at ``.!?`` reads a Hindi or Thai page
wrong (Devanagari and Thai vowel signs are combining marks that ``\\w`` does not take, so
words split apart; Thai and Chinese write no spaces between words; Urdu ends sentences
with "۔"). Each class here builds pages in eleven scripts (Devanagari, Bengali, Tamil,
Thai, Arabic, Urdu, Hebrew, Greek, Cyrillic, Chinese and Japanese, Korean) and their
English and German twins of the same structure (texts in
``bench/redteam_scripts_texts.py``), and says which story lines must stay and which lines
must go:

- scripts-story: a story of three or six paragraphs in ``<article>`` or ``<div>``s,
  beside a menu, a column of other stories' headlines with blurbs (before or after it in
  the page) or a row of teaser cards under it: the body is the story, no blurb;
- scripts-sentences: a story whose first paragraph is a bold intro ``<div>``, whose
  second paragraph links its first words (three fifths of its text: a sentence that links
  much of itself), or whose paragraphs are ``<span>``s in ``<div>``s, page-builder modules
  or cut by ``<br><br>``, beside a teaser column: every paragraph stays (the sentence end of each script
  tells prose from a line of chrome);
- scripts-short: a story of one or two paragraphs beside a column of teasers with blurbs
  or above a row of teaser cards;
- scripts-short-keep (must not fire): a blurb in a box named like a story's body beside a
  story of four paragraphs in sections under plain headings or a list article whose
  items link their headings: the story stays, the blurb goes;
- scripts-listing (must not fire): a section page (``og:type`` website) of eight teaser
  cards (a headline link and a blurb each): no article, no blurb in a body.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bench.redteam_scripts_texts import LANGS, TEXTS

Case = tuple[str, str, list[str], list[str]]  # name, html, must keep, must drop

RTL = frozenset({"ar", "ur", "he"})


def shell(body: str, title: str, lang: str, head: str = "") -> str:
    direction = " dir='rtl'" if lang in RTL else ""
    return (
        f"<!DOCTYPE html><html lang='{lang}'{direction}><head><meta charset='utf-8'>{head}"
        f"<title>{title} | {TEXTS[lang]['copyright'][7:20]}</title></head><body>{body}</body></html>"
    )


def header(lang: str) -> str:
    items = "".join(f"<li><a href='/s{i}/'>{w}</a></li>" for i, w in enumerate(TEXTS[lang]["nav"]))
    return f"<header class='site-header'><a class='logo' href='/'><img src='/logo.png' alt='logo'></a><nav><ul>{items}</ul></nav></header>"


def footer(lang: str) -> str:
    t = TEXTS[lang]
    return f"<footer class='site-footer'><p>{t['about']}</p><p>{t['copyright']}</p></footer>"


def teaser_column(lang: str) -> str:
    t = TEXTS[lang]
    items = "".join(
        f"<li><a href='/news/{i}.html'><h3>{h}</h3></a><p>{e}</p></li>"
        for i, (h, e) in enumerate(zip(t["others"], t["excerpts"], strict=True))
    )
    return f"<aside class='sidebar'><h2>{t['nav'][1]}</h2><ul class='latest'>{items}</ul></aside>"


def teaser_cards(lang: str) -> str:
    t = TEXTS[lang]
    cards = "".join(
        f"<div class='card'><a href='/news/{i}.html'><img src='/i{i}.jpg' alt=''></a>"
        f"<h3 class='card-title'><a href='/news/{i}.html'>{h}</a></h3><div class='card-text'>{e}</div></div>"
        for i, (h, e) in enumerate(zip(t["others"], t["excerpts"], strict=True))
    )
    return f"<section class='more-news'><h2>{t['nav'][2]}</h2><div class='cards'>{cards}</div></section>"


def drops(lang: str) -> list[str]:
    t = TEXTS[lang]
    return [*t["excerpts"], t["about"], t["copyright"]]


def dateline(lang: str) -> str:
    return "<div class='meta'><time datetime='2024-03-12T09:30:00+01:00'>12.03.2024</time></div>"


# -- a story beside navigation and teasers ---------------------------------------------


STORY_SHAPES = ("article", "divs", "teasers-first", "cards-below")


def story_page(lang: str, story: list[str], shape: str) -> str:
    t = TEXTS[lang]
    head = f"<h1>{t['headline']}</h1>{dateline(lang)}"
    if shape == "divs":
        text = "".join(f"<div class='text'>{p}</div>" for p in story)
        main = f"<div class='content'><div class='story'>{head}<div class='body'>{text}</div></div>{teaser_column(lang)}</div>"
    else:
        text = "".join(f"<p>{p}</p>" for p in story)
        article = f"<article>{head}<div class='article-body'>{text}</div></article>"
        if shape == "article":
            main = f"<main>{article}{teaser_column(lang)}</main>"
        elif shape == "teasers-first":
            main = f"<main>{teaser_column(lang)}{article}</main>"
        else:
            main = f"<main>{article}{teaser_cards(lang)}</main>"
    return shell(header(lang) + main + footer(lang), t["headline"], lang)


def story_cases() -> Iterator[Case]:
    for lang in LANGS:
        for n in (3, 6):
            story = TEXTS[lang]["story"][:n]
            for shape in STORY_SHAPES:
                yield (
                    f"story-{lang}-{n}p-{shape}",
                    story_page(lang, story, shape),
                    story,
                    drops(lang),
                )


# -- sentence ends: an intro, paragraphs in <div>s or modules, <br><br> ------------------


SENTENCE_SHAPES = ("span-divs", "intro-div", "modules", "breaks", "linked", "deck")


def sentence_page(lang: str, shape: str) -> str:
    t = TEXTS[lang]
    story = t["story"][:5]
    h1 = f"<h1 class='title'>{t['headline']}</h1>"
    paras = "".join(f"<p>{p}</p>" for p in story[1:4])
    if shape == "span-divs":
        spans = "".join(f"<div class='paragraph'><span>{p}</span></div>" for p in story)
        inner = f"{h1}{dateline(lang)}<div class='article-body'>{spans}</div>"
    elif shape == "intro-div":
        inner = f"{h1}{dateline(lang)}<div class='article-body'><div class='intro'><strong>{story[0]}</strong></div>{paras}<p>{story[4]}</p></div>"
    elif shape == "linked":
        # The second paragraph links its first words to the council's page (more than
        # half its text is the link): a sentence of the story that links much of it.
        cut = len(story[1]) * 3 // 5
        cut = max((story[1].rfind(c, 0, cut) for c in " ，、،,"), default=-1)
        cut = cut if cut > 0 else len(story[1]) * 3 // 5
        linked = f"<p><a href='/council/budget.html'>{story[1][:cut]}</a>{story[1][cut:]}</p>"
        inner = f"{h1}{dateline(lang)}<div class='article-body'><p>{story[0]}</p>{linked}{''.join(f'<p>{p}</p>' for p in story[2:])}</div>"
    elif shape == "deck":
        # A deck set as a heading between the headline and the story's first paragraph,
        # built like no heading after it: it goes when that paragraph ends as a sentence.
        deck = f"<h2 class='deck'>{t['others'][0]}</h2>"
        inner = f"<article>{h1}{dateline(lang)}<div class='article-body'>{deck}{''.join(f'<p>{p}</p>' for p in story)}</div></article>"
    elif shape == "modules":
        modules = "".join(
            f"<div class='et_pb_module et_pb_text'><div class='et_pb_text_inner'>{p}</div></div>"
            for p in t["story"][:5]
        )
        inner = f"<div class='et_pb_module'>{h1}</div>{dateline(lang)}{modules}"
    else:
        inner = f"{h1}{dateline(lang)}<div class='entry'>{'<br><br>'.join(t['story'][:5])}</div>"
    page = f"{header(lang)}<div class='wrap'><div class='main-col'>{inner}</div>{teaser_column(lang)}</div>{footer(lang)}"
    return shell(page, t["headline"], lang)


def sentence_cases() -> Iterator[Case]:
    for lang in LANGS:
        for shape in SENTENCE_SHAPES:
            drop = drops(lang) + ([TEXTS[lang]["others"][0]] if shape == "deck" else [])
            yield (
                f"sentences-{lang}-{shape}",
                sentence_page(lang, shape),
                TEXTS[lang]["story"][:5],
                drop,
            )


# -- short stories ----------------------------------------------------------------------


def short_cases() -> Iterator[Case]:
    for lang in LANGS:
        t = TEXTS[lang]
        for n in (1, 2):
            story = t["story"][:n]
            text = "".join(f"<p>{p}</p>" for p in story)
            for beside in ("column-after", "column-before", "cards"):
                for wrap in ("article", "div"):
                    box = (
                        f"<article><h1>{t['headline']}</h1>{dateline(lang)}<div class='entry-content'>{text}</div></article>"
                        if wrap == "article"
                        else f"<div class='post'><h1>{t['headline']}</h1>{dateline(lang)}<div class='post-body'>{text}</div></div>"
                    )
                    if beside == "column-after":
                        main = f"<div class='row'>{box}{teaser_column(lang)}</div>"
                    elif beside == "column-before":
                        main = f"<div class='row'>{teaser_column(lang)}{box}</div>"
                    else:
                        main = f"<div class='row'>{box}{teaser_cards(lang)}</div>"
                    page = header(lang) + main + footer(lang)
                    yield (
                        f"short-{lang}-{n}p-{beside}-{wrap}",
                        shell(page, t["headline"], lang),
                        story,
                        drops(lang),
                    )


def short_keep_cases() -> Iterator[Case]:
    """Must not fire: a box named like a story's body ("card-body") holding a blurb beside
    a story of four paragraphs built as sections under plain headings (the blurb's box
    under the page's headline), or as a list article whose items link their headings
    (the page's headline over the list, the box in a sidebar): the story outweighs the
    named box, though its items are built like teaser cards."""
    for lang in LANGS:
        t = TEXTS[lang]
        story = t["story"][:4]
        blurb = t["excerpts"][0]
        box = f"<div class='card'><div class='card-body'><p>{blurb}</p></div></div>"
        for shape in ("sections", "list"):
            if shape == "sections":
                parts = "".join(
                    f"<section><h3>{h}</h3><p>{p}</p></section>"
                    for h, p in zip(t["others"], story, strict=True)
                )
                main = f"<div class='row'><div class='head'><h1>{t['headline']}</h1>{dateline(lang)}{box}</div><div class='col'>{parts}</div></div>"
            else:
                items = "".join(
                    f"<div class='item'><h3><a href='/ort/{i}.html'>{h}</a></h3><p>{p}</p></div>"
                    for i, (h, p) in enumerate(zip(t["others"], story, strict=True))
                )
                main = f"<div class='row'><div class='col'><h1>{t['headline']}</h1>{dateline(lang)}{items}</div><aside>{box}</aside></div>"
            yield (
                f"short-keep-{lang}-{shape}",
                shell(header(lang) + main + footer(lang), t["headline"], lang),
                story,
                [blurb, t["about"], t["copyright"]],
            )


# -- a listing page (must not fire) -------------------------------------------------------


def listing_cases() -> Iterator[Case]:
    for lang in LANGS:
        t = TEXTS[lang]
        pairs = list(zip(t["others"], t["excerpts"], strict=True))
        pairs += [
            (f"{h} ({i + 2})", p)
            for i, (h, p) in enumerate(zip(t["others"], t["story"][2:6], strict=True))
        ]
        for shape in ("articles", "list", "cards", "h1-cards"):
            if shape == "articles":
                items = "".join(
                    f"<article class='teaser'><h2><a href='/n/{i}.html'>{h}</a></h2><p>{e}</p></article>"
                    for i, (h, e) in enumerate(pairs)
                )
            elif shape == "list":
                items = (
                    "<ul class='news'>"
                    + "".join(
                        f"<li><h3><a href='/n/{i}.html'>{h}</a></h3><p>{e}</p></li>"
                        for i, (h, e) in enumerate(pairs)
                    )
                    + "</ul>"
                )
            else:
                items = "".join(
                    f"<div class='card'><h3><a href='/n/{i}.html'>{h}</a></h3><div class='summary'>{e}</div><a class='more' href='/n/{i}.html'>»</a></div>"
                    for i, (h, e) in enumerate(pairs)
                )
            title = f"<h1>{t['nav'][1]}</h1>" if shape == "h1-cards" else ""
            page = f"{header(lang)}<main class='section'>{title}{items}</main>{footer(lang)}"
            yield (
                f"listing.{lang}.{shape}",
                shell(page, t["nav"][1], lang, "<meta property='og:type' content='website'>"),
                [],
                [e for _, e in pairs],
            )


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "scripts-story": story_cases,
    "scripts-sentences": sentence_cases,
    "scripts-short": short_cases,
    "scripts-short-keep": short_keep_cases,
    "scripts-listing": listing_cases,
}
