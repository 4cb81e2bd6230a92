# ruff: noqa: E501  (page markup reads better unbroken; full-width and script marks are meant)
"""Red team of synthetic pages for the headline a page states (issue 9).

Builds story pages in 14 languages (the texts of ``bench/redteam_scripts_texts.py``) whose
statements of the headline (JSON-LD ``headline``, ``og:title``, ``twitter:title``, the
head's ``<meta name="headline">``) carry what a title appends, shows the headline in an
``<h1>``, an ``<h2>``, a ``div`` or nowhere, runs the generic extractor
(``generic_article``) and compares its headline with the one the page means, whitespace
collapsed (as ``bench/data/publishers/score.py`` compares headlines).

    python bench/redteam_headlines.py [CLASS ...] [-v]

Classes: ``suffix`` (every statement appends the site's name after a mark, spaced or
glued on: " | ", " - ", " – ", " — ", " :: ", " · ", " » ", "|", "｜", "ㅣ", "："; the
name as ``og:site_name`` states it, after the story's section, or as the host spells it,
"Stadtanzeiger.de", or with its words as the host runs them together, "City Herald" on
cityherald.co.uk, with no ``og:site_name``; with and without JSON-LD); ``suffix-keep``
(must not fire: a second clause after the mark that names no site, the site's name with
more words in the segment, a lone word before the site's name, one word of a name the
host runs together, and the headline with the site's name shown whole in the ``<h1>``); ``meta`` (no JSON-LD headline; the head's
``<meta name="headline">`` states it and the titles glue the section and the site on
with marks no list holds: "-Localㅣ", "_", "/"); ``meta-keep`` (must not fire: a JSON-LD
headline beside a head meta stating another, a teaser's microdata ``itemprop="headline"``
meta in the body); ``glued`` (an ``<h1>`` showing the headline, statements gluing the
site's name on with "-", "_", "/", a section before it or not; og:title alone gluing a
clause on) and ``glued-keep`` (must not fire: a clause glued on that names no site in
JSON-LD and og:title alike; the site's name in a logo
``<h1>`` closing the statements, the section named by words of the headline);
``prefix`` (every statement opens with the site's name, as ``og:site_name`` or the host
states it, or as the host runs its words together, after which a mark stands: " | ",
" - ", " – ", " :: ", "ㅣ", "｜", " » ") and
``prefix-keep`` (must not fire: the name with more words, the name before a colon, a
lone word after it, the whole shown in the ``<h1>``); ``truncated`` (one statement cut
short, "…", "...", " …", after a word or inside one, the others whole, no ``<h1>``
showing it) and ``truncated-keep`` (must not fire: a headline ending in "…" stated
alike everywhere, the ``<h1>`` showing the one with the ellipsis, an ellipsis ending a
statement no other goes on from); ``title`` (no JSON-LD, og/twitter title or ``<h1>``:
the ``<title>`` states the headline and the site's name, as ``og:site_name`` or the host
states it, after or before it, glued on or spaced: "｜", "_", "ㅣ", "：", " | ", " - ")
and ``title-keep`` (must not fire: another clause after such a mark, the site's name
with more words before the headline; after it, a segment sharing a word with the host
goes, as the README says); ``disagree`` (the JSON-LD headline and ``og:title`` state two
wordings, the story heading shows one, alone in an ``<h1>``/``<h2>``, after a kicker set
off by a dash or in an element of its own spaced or glued on, broken by ``<br>``, with a
soft hyphen, in capitals; with a breadcrumb ``<h1>`` echoing the other, in a ``<nav>``
or a wrapper a test id, an ARIA label or a microdata type names a breadcrumb: the shown
one is the headline) and ``disagree-keep`` (must not fire: JSON-LD and ``og:title`` agreeing
outvote a displayed ``twitter:title``; a heading stating neither, one in a menu, one in
a header wrapper whose test id names no trail (it states ``og:title``: that wins), or one
showing a kicker glued before the JSON-LD headline that ``og:title`` states too leaves the
JSON-LD headline); ``trail`` (the two disagree and a breadcrumb trail that nothing
names and no list holds ends in an ``<h1>`` echoing the one the story's ``<h2>`` does not
show: items that are spans, bare links with marks between them, divs, the ``<h1>``
wrapped alone, a list opening with a home icon; the shown one is the headline) and ``trail-keep`` (must not fire: a lone
logo link before the ``<h1>``, items of two tags, a first link leading elsewhere than
home, an item with words beside its link, a standfirst after the ``<h1>``, a label in its
wrapper, an icon link leading elsewhere, an icon link (a logo) in no list: the ``<h1>``
is a story heading and its statement wins); ``subtitle`` (the ``<h1>`` sets a subtitle in a ``<small>`` after the
headline, spaced or glued on, or a kicker before it; no other statement, or ``og:title``
stating the headline) and ``subtitle-keep`` (must not fire: a ``<small>`` word inside the
line, a ``<small>`` holding the whole heading); ``logoh1`` (the
page's ``<h1>`` is the site's: its logo linking home, a picture, its name, a breadcrumb
trail's or a ``<nav>``'s copy of the title; the story's ``<h2>``, alone or after a
kicker, states ``og:title``) and ``logoh1-keep`` (must not fire: the story's ``<h1>`` in
its ``<article>``, linking the page itself or home, a logo ``<h1>`` the only heading or
beside an ``<h2>`` of other words); ``sitename`` (``og:title`` and
``twitter:title`` state only the site's name, as ``og:site_name`` or the host states it,
the ``<h1>`` or JSON-LD the headline) and ``sitename-keep`` (must not fire: the site's
name and more words stated everywhere); ``markup`` (the statements carry inline tags as
text, ``<em>``, ``<i>``, ``<span>``, ``<br/>``, og:title escaped once more; an ``<h1>``
showing the headline or none) and ``markup-keep`` (must not fire: "2 < 3", a headline in
angle brackets); ``ldname`` (the JSON-LD article states the headline only as ``name``
or as a one-item ``headline`` list, nothing else does) and ``ldname-keep`` (must not
fire: a ``name`` of another wording beside a JSON-LD ``headline`` or a head ``<meta
name="headline">``); ``hidden`` (the ``<h1>`` holds screen-reader-only text, before or
after the headline: ``sr-only``, ``visually-hidden``, ``screen-reader-text``; stated
nowhere else or in ``og:title`` too) and ``hidden-keep`` (must not fire: text hidden on
small screens only, ``hidden-xs``, ``d-none d-md-inline``; a heading wholly
screen-reader-only); ``caps`` (the statements write the headline in capitals, the
``<h1>`` or ``og:title`` in its own case) and ``caps-keep`` (must not fire: capitals
nothing writes otherwise, an ``<h1>`` in capitals); ``quoted`` (``og:title`` and
``twitter:title`` hold the headline's quote marks unescaped inside an attribute quoted
with the same mark, double or single, so the parser cuts the value at the first; the
``<h1>``, with or without JSON-LD, shows the whole) and ``quoted-keep`` (must not fire:
quotes escaped as ``&quot;``, typographic ones, double marks in a single-quoted value:
``og:title`` is read whole and wins over an ``<h1>`` of another wording); ``ldquoted``
(the JSON-LD article, the only statement, holds the headline's double quotes unescaped,
a description's too, one before a colon as well, as a template writes them, or is
written as JavaScript: single quotes, a ``//`` comment) and ``ldquoted-keep`` (must not
fire: JSON-LD escaping its quotes wins over an ``<h1>`` as ever; a script no repair
reads, an inner quote before a colon in a list's item, leaves the ``<h1>``). A page fails when its headline
differs.
"""

from __future__ import annotations

import html
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from redteam_scripts_texts import TEXTS

from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.headlines import key_words
from newscrawl.extraction.html import selector

#: name, url, html, the headline it means
Case = tuple[str, str, str, str]

#: Each language's site: its name and its host.
SITES = {
    "en": ("City Herald", "www.cityherald.co.uk"),
    "de": ("Stadtanzeiger", "www.stadtanzeiger.de"),
    "hi": ("नगर समाचार", "www.nagarsamachar.in"),
    "bn": ("নগর বার্তা", "www.nagarbarta.com.bd"),
    "ta": ("நகர் செய்தி", "www.nagarseithi.in"),
    "th": ("ข่าวเมือง", "www.khaomueang.co.th"),
    "ar": ("صحيفة المدينة", "www.almadina.news"),
    "ur": ("شہر نامہ", "www.shehrnama.pk"),
    "he": ("חדשות העיר", "www.hadashot-hair.co.il"),
    "el": ("Η Πόλη", "www.ipoli.gr"),
    "ru": ("Городские вести", "www.gorvesti.ru"),
    "zh": ("海港日报", "www.haigang.cn"),
    "ja": ("東京新報デジタル", "www.tokyo-shinpo.jp"),
    "ko": ("한국신문", "www.hankooksinmun.co.kr"),
}
MARKS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", "|", "｜", "ㅣ", "：")
DISPLAYS = ("h1", "h2", "div", "none")
#: Marks a section and site are glued on with that no separator list holds.
GLUED = ("-{section}ㅣ{site}", "_{site}", "/{site}")


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def page(
    lang: str,
    statements: dict[str, str],
    shown: str,
    display: str,
    *,
    site_name: bool = True,
    section: bool = False,
    section_name: str | None = None,
    extra_head: str = "",
    extra_body: str = "",
    heading: str | None = None,
    before: str = "",
) -> tuple[str, str]:
    """A story page (url, html) stating ``statements`` ("ld", "og", "tw", "meta") and
    showing ``shown`` in ``display`` (or as the markup ``heading``; ``before``: markup
    in the page's header, after its menu)."""
    texts = TEXTS[lang]
    site, host = SITES[lang]
    head = f"<meta charset='utf-8'><title>{html.escape(statements.get('og') or shown)}</title>"
    if site_name:
        head += f"<meta property='og:site_name' content='{_attr(site)}'>"
    if "og" in statements:
        head += f"<meta property='og:title' content='{_attr(statements['og'])}'>"
    if "tw" in statements:
        head += f"<meta name='twitter:title' content='{_attr(statements['tw'])}'>"
    if "meta" in statements:
        head += f"<meta name='headline' content='{_attr(statements['meta'])}'>"
    if "ld" in statements or "ld-name" in statements or "ld-list" in statements:
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "datePublished": "2024-03-14T08:00:00+01:00",
        }
        if "ld" in statements:
            ld["headline"] = statements["ld"]
        if "ld-list" in statements:
            ld["headline"] = [statements["ld-list"]]
        if "ld-name" in statements:
            ld["name"] = statements["ld-name"]
        if section or section_name:
            ld["articleSection"] = section_name or texts["nav"][1]
        head += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    head += extra_head
    heading = (
        heading
        if heading is not None
        else {
            "h1": f"<h1>{html.escape(shown)}</h1>",
            "h2": f"<h2 class='title'>{html.escape(shown)}</h2>",
            "div": f"<div class='headline'>{html.escape(shown)}</div>",
            "none": "",
        }[display]
    )
    menu = "".join(f"<li><a href='/{n}'>{word}</a></li>" for n, word in enumerate(texts["nav"]))
    story = "".join(f"<p>{line}</p>" for line in texts["story"])
    body = (
        f"<header><a href='/' class='logo'>{html.escape(site)}</a><nav><ul>{menu}</ul></nav>{before}</header>"
        f"<main><article>{heading}{story}</article>{extra_body}</main>"
        f"<footer><p>{texts['copyright']}</p></footer>"
    )
    url = f"https://{host}/{lang}/2024/03/14/story-1234.html"
    return url, f"<!DOCTYPE html><html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


def _spelled(lang: str) -> str | None:
    """The site's name where its host runs its words together ("City Herald" on
    cityherald.co.uk), no ``og:site_name`` stating it; None where the host spells it
    otherwise (another script) or it is one word (a host word already)."""
    site, host = SITES[lang]
    words = key_words(site)
    labels = {label.replace("-", "") for label in host.split(".")}
    return site if len(words) > 1 and "".join(words) in labels else None


def _sets(text: str) -> Iterator[tuple[str, dict[str, str]]]:
    yield "ld-og-tw", {"ld": text, "og": text, "tw": text}
    yield "og-tw", {"og": text, "tw": text}


def suffix_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline, (site, host) = texts["headline"], SITES[lang]
        section = texts["nav"][1]
        hosted = host.removeprefix("www.").capitalize()
        n = 0
        for mark in MARKS:
            forms = {
                "site": (f"{headline}{mark}{site}", True, False),
                "section": (f"{headline}{mark}{section}{mark}{site}", True, True),
                "host": (f"{headline}{mark}{hosted}", False, False),
            }
            if spelled := _spelled(lang):
                forms["spelled"] = (f"{headline}{mark}{spelled}", False, False)
            for form, (text, named, sectioned) in forms.items():
                for kind, statements in _sets(text):
                    display = DISPLAYS[n % len(DISPLAYS)]
                    n += 1
                    if sectioned and "ld" not in statements:
                        continue  # (the section is named in JSON-LD's articleSection)
                    url, doc = page(
                        lang, statements, headline, display, site_name=named, section=sectioned
                    )
                    yield (
                        f"{lang}-{form}-{kind}-{display}-{mark.strip() or 'space'}",
                        url,
                        doc,
                        headline,
                    )


def _one_word(words: list[str]) -> str:
    """The first of *words* that is one word as headlines are compared (``key_words``)."""
    return next(w for w in words if len(key_words(w)) == 1)


def suffix_keep_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline, (site, _) = texts["headline"], SITES[lang]
        n = 0
        for mark in MARKS:
            forms = {
                "subtitle": f"{headline}{mark}{texts['others'][0]}",
                "name-plus": f"{headline}{mark}{site} {texts['nav'][1]}",
                "lone": f"{_one_word(texts['nav'])}{mark}{site}",
                "shown-whole": f"{headline}{mark}{site}",
            }
            if spelled := _spelled(lang):
                # (a word of a name the host runs together is no name of the site)
                forms["spelled-part"] = f"{headline}{mark}{spelled.split()[0]}"
            for form, text in forms.items():
                for kind, statements in _sets(text):
                    display = "h1" if form == "shown-whole" else DISPLAYS[n % len(DISPLAYS)]
                    n += 1
                    named = not form.startswith("spelled")
                    url, doc = page(lang, statements, text, display, site_name=named)
                    yield (
                        f"{lang}-{form}-{kind}-{display}-{mark.strip() or 'space'}",
                        url,
                        doc,
                        text,
                    )


def meta_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline, (site, _) = texts["headline"], SITES[lang]
        for n, glued in enumerate(GLUED):
            text = headline + glued.format(section=texts["nav"][1], site=site)
            for display in DISPLAYS:
                statements = {"meta": headline, "og": text, "tw": text}
                url, doc = page(lang, statements, headline, display)
                yield f"{lang}-{n}-{display}", url, doc, headline


def meta_keep_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        other = texts["others"][1]
        for display in DISPLAYS:
            # A JSON-LD headline outranks a head meta stating another.
            statements = {"ld": headline, "og": headline, "meta": other}
            url, doc = page(lang, statements, headline, display)
            yield f"{lang}-ld-{display}", url, doc, headline
            # A teaser's microdata headline meta in the body is no statement of the page's.
            teaser = (
                f"<aside><div itemscope itemtype='https://schema.org/NewsArticle'>"
                f"<meta itemprop='headline' content='{_attr(other)}'>"
                f"<a href='/other-story-5678.html'>{html.escape(other)}</a></div></aside>"
            )
            url, doc = page(lang, {"og": headline}, headline, display, extra_body=teaser)
            yield f"{lang}-teaser-{display}", url, doc, headline


#: Suffixes glued on with marks that also join words ("-", "_", "/"), a section before
#: the site's name or not.
GLUED_ON = (
    "-{site}",
    "_{site}",
    "/{site}",
    "-{section}ㅣ{site}",
    "_{section}_{site}",
    "-{section}|{site}",
)


def glued_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline, (site, _) = texts["headline"], SITES[lang]
        for n, glued in enumerate(GLUED_ON):
            text = headline + glued.format(section=texts["nav"][1], site=site)
            for kind, statements in _sets(text):
                url, doc = page(lang, statements, headline, "h1")
                yield f"{lang}-{n}-{kind}", url, doc, headline
        # og:title alone adds to the <h1> what it glues on, keywords or a clause: the
        # <h1> shows where the headline ends (as it does for a spaced separator).
        for n, mark in enumerate(("-", "_", "/", "|")):
            text = f"{headline}{mark}{texts['others'][0]}"
            url, doc = page(lang, {"og": text, "tw": text}, headline, "h1")
            yield f"{lang}-clause-{n}", url, doc, headline


def glued_keep_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        for n, mark in enumerate(("-", "_", "/", "|")):
            # A shorter <h1>; JSON-LD and og:title state more, glued on, naming no site.
            text = f"{headline}{mark}{texts['others'][0]}"
            statements = {"ld": text, "og": text, "tw": text}
            url, doc = page(lang, statements, headline, "h1")
            yield f"{lang}-{n}-twice", url, doc, text
        # The site's name in the <h1> (a logo) closing the statements, the section's name
        # words of the headline: the headline stays, not the site's name.
        site = SITES[lang][0]
        for n, mark in enumerate((" - ", " | ", "ㅣ")):
            text = f"{headline}{mark}{site}"
            part = " ".join(headline.split()[-2:]) if " " in headline else headline[-4:]
            url, doc = page(lang, {"ld": text, "og": text}, site, "h1", section_name=part)
            yield f"{lang}-logo-{n}", url, doc, headline


#: Marks a site's name stands before the headline with.
PREFIX_MARKS = (" | ", " - ", " – ", " :: ", "ㅣ", "｜", " » ")


def prefix_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline, (site, host) = texts["headline"], SITES[lang]
        hosted = host.removeprefix("www.").capitalize()
        n = 0
        for mark in PREFIX_MARKS:
            spelled = _spelled(lang)
            names = [("site", site, True), ("host", hosted, False)]
            for form, name, named in names + ([("spelled", spelled, False)] if spelled else []):
                text = f"{name}{mark}{headline}"
                for kind, statements in _sets(text):
                    display = DISPLAYS[n % len(DISPLAYS)]
                    n += 1
                    url, doc = page(lang, statements, headline, display, site_name=named)
                    yield f"{lang}-{form}-{kind}-{display}-{mark.strip()}", url, doc, headline


def prefix_keep_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline, (site, _) = texts["headline"], SITES[lang]
        n = 0
        for mark in PREFIX_MARKS:
            forms = {
                "name-plus": f"{site} {texts['nav'][1]}{mark}{headline}",
                "colon": f"{site}: {headline}",
                "lone": f"{site}{mark}{_one_word(texts['nav'])}",
                "shown-whole": f"{site}{mark}{headline}",
            }
            for form, text in forms.items():
                for kind, statements in _sets(text):
                    display = "h1" if form == "shown-whole" else DISPLAYS[n % len(DISPLAYS)]
                    n += 1
                    url, doc = page(lang, statements, text, display)
                    yield f"{lang}-{form}-{kind}-{display}-{mark.strip()}", url, doc, text


def _cut(text: str, inside: bool, mark: str) -> str:
    """*text* cut short before its last few words (inside the last kept one: *inside*)."""
    words = text.split()
    if len(words) > 3:
        kept = " ".join(words[: max(2, len(words) * 2 // 3)])
    else:  # (a script without spaces: cut its characters)
        kept = text[: max(4, len(text) * 2 // 3)]
    return (kept[:-2] if inside else kept) + mark


def truncated_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        n = 0
        for mark in ("…", "...", " …"):
            for inside in (False, True):
                cut = _cut(headline, inside, mark)
                for kind, statements in (
                    ("ld-cut", {"ld": cut, "og": headline, "tw": headline}),
                    ("og-cut", {"ld": headline, "og": cut, "tw": cut}),
                    ("og-tw-cut", {"og": cut, "tw": headline}),
                ):
                    display = ("h2", "div", "none")[n % 3]
                    n += 1
                    url, doc = page(lang, statements, headline, display)
                    yield (
                        f"{lang}-{kind}-{display}-{int(inside)}{mark.strip()}",
                        url,
                        doc,
                        headline,
                    )


def truncated_keep_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        for mark in ("…", "..."):
            teaser = _cut(headline, False, mark)
            # A headline that ends in an ellipsis, stated alike everywhere.
            for display in DISPLAYS:
                statements = {"ld": teaser, "og": teaser, "tw": teaser}
                url, doc = page(lang, statements, teaser, display)
                yield f"{lang}-alike-{display}{mark}", url, doc, teaser
            # The <h1> shows the one ending in an ellipsis, another statement says more.
            statements = {"ld": teaser, "og": headline, "tw": headline}
            url, doc = page(lang, statements, teaser, "h1")
            yield f"{lang}-shown{mark}", url, doc, teaser
            # An ellipsis ending a statement whose words another does not go on from.
            other = texts["others"][2]
            statements = {"ld": teaser, "og": other, "tw": other}
            url, doc = page(lang, statements, teaser, "none")
            yield f"{lang}-other{mark}", url, doc, teaser


#: A ``<title>`` stating the headline ({h}) and the site's name ({s}) or a section ({x}).
TITLE_FORMS = (
    "{h}｜{s}",
    "{h}_{s}",
    "{h}ㅣ{s}",
    "{h}：{s}",
    "{h} | {s}",
    "{s} | {h}",
    "{s}｜{h}",
    "{s} - {h}",
)


def _titled(doc: str, shown: str, title: str) -> str:
    return doc.replace(
        f"<title>{html.escape(shown)}</title>", f"<title>{html.escape(title)}</title>"
    )


def title_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline, (site, host) = texts["headline"], SITES[lang]
        hosted = host.removeprefix("www.").capitalize()
        n = 0
        for form in TITLE_FORMS:
            for named in (True, False):
                title = form.format(h=headline, s=site if named else hosted)
                display = ("h2", "div", "none")[n % 3]
                n += 1
                url, doc = page(lang, {}, headline, display, site_name=named)
                yield f"{lang}-{n}-{display}", url, _titled(doc, headline, title), headline


def title_keep_cases() -> Iterator[Case]:
    for lang, texts in TEXTS.items():
        headline, (site, _) = texts["headline"], SITES[lang]
        for n, form in enumerate(
            (
                "{h}｜{o}",
                "{h}_{o}",
                "{s} {x} | {h}",
            )
        ):
            title = form.format(h=headline, s=site, o=texts["others"][0], x=texts["nav"][1])
            url, doc = page(lang, {}, headline, "none")
            yield f"{lang}-{n}", url, _titled(doc, headline, title), title


def _displays(shown: str, kicker: str) -> dict[str, str]:
    """The story heading showing *shown* in the markups pages use: alone in an ``<h1>``
    or ``<h2>``, after a kicker set off by a dash, after a kicker in its own element
    spaced or glued on (``<span>Kicker</span><span>Headline</span>``: no space between
    them in the text), broken over two lines, soft hyphens in a word, in capitals, with a
    subtitle in a ``<small>`` after it."""
    e, k = html.escape(shown), html.escape(kicker)
    words = shown.split(" ")
    half = len(words) // 2
    broken = (
        html.escape(" ".join(words[:half])) + "<br>" + html.escape(" ".join(words[half:]))
        if half
        else e
    )
    longest = max(words, key=len)
    hyphened = html.escape(shown).replace(
        html.escape(longest),
        html.escape(longest[: len(longest) // 2])
        + "&shy;"
        + html.escape(longest[len(longest) // 2 :]),
        1,
    )
    return {
        "h1": f"<h1>{e}</h1>",
        "h2": f"<h2 class='title'>{e}</h2>",
        "dash": f"<h1>{k} – {e}</h1>",
        "span": f"<h1><span class='kicker'>{k}</span> <span class='title'>{e}</span></h1>",
        "glued": f"<h1><span class='kicker'>{k}</span><span class='title'>{e}</span></h1>",
        "br": f"<h1>{broken}</h1>",
        "shy": f"<h1>{hyphened}</h1>",
        "caps": f"<h1>{html.escape(shown.upper())}</h1>",
        "small": f"<h1>{e} <small>{k}</small></h1>",
    }


#: A breadcrumb trail whose current item is an ``<h1>`` ({}): in a ``<nav>`` named so, in a
#: ``div`` a script framework names by its test id among utility classes, one named by
#: its ARIA label, one typed ``BreadcrumbList`` in microdata.
_CRUMBS = {
    "nav": "<nav class='breadcrumb'><h1>{}</h1></nav>",
    "testid": "<div data-testid='BreadcrumbArea'><div class='grid text-10'><h1>{}</h1></div></div>",
    "aria": "<div aria-label='Breadcrumb'><h1>{}</h1></div>",
    "microdata": "<div itemscope itemtype='https://schema.org/BreadcrumbList'><h1>{}</h1></div>",
}


def disagree_cases() -> Iterator[Case]:
    """The JSON-LD headline and ``og:title`` state two wordings (one for search, one for
    social cards); the story heading shows one of them, in any of the markups of
    :func:`_displays`: that one is the headline, whichever source states it, with or
    without ``twitter:title``, and with a breadcrumb trail's ``<h1>`` echoing the other
    above it."""
    for lang, texts in TEXTS.items():
        headline, other = texts["headline"], texts["others"][1]
        kicker = texts["nav"][1]
        for side in ("ld", "og"):
            statements = (
                {"ld": headline, "og": other} if side == "ld" else {"ld": other, "og": headline}
            )
            for twitter in (False, True):
                stated = {**statements, "tw": statements["og"]} if twitter else statements
                for form, heading in _displays(headline, kicker).items():
                    url, doc = page(lang, stated, headline, "h1", heading=heading)
                    yield f"{lang}-{side}-{int(twitter)}-{form}", url, doc, headline
            for form, wrapper in _CRUMBS.items():
                crumbs = wrapper.format(html.escape(other))
                url, doc = page(lang, statements, headline, "h2", before=crumbs)
                yield f"{lang}-{side}-crumbs-{form}", url, doc, headline


def disagree_keep_cases() -> Iterator[Case]:
    """Must not fire: where JSON-LD and ``og:title`` agree, a ``twitter:title`` of
    another wording loses even where the heading shows it; where they disagree and the
    heading shows neither (a third wording, or a heading stating one inside the other:
    a kicker glued on), the JSON-LD headline stays; a heading in the navigation (a menu's
    ``<h2>``) decides nothing."""
    for lang, texts in TEXTS.items():
        headline, other, third = texts["headline"], texts["others"][1], texts["others"][2]
        kicker = texts["nav"][1]
        stated = {"ld": headline, "og": headline, "tw": other}
        url, doc = page(lang, stated, other, "h1")
        yield f"{lang}-outvoted", url, doc, headline
        url, doc = page(lang, {"ld": headline, "og": other, "tw": other}, third, "h1")
        yield f"{lang}-third", url, doc, headline
        menu = f"<h2>{html.escape(other)}</h2>"
        url, doc = page(
            lang, {"ld": headline, "og": other}, third, "h1", before=f"<nav>{menu}</nav>"
        )
        yield f"{lang}-menu", url, doc, headline
        # og:title is the JSON-LD headline with a kicker before it; the heading shows
        # both: it tells them apart by nothing, and the kicker goes (the shared core).
        # A header heading in a wrapper whose test id names no trail: it is displayed
        # first, and states the og:title's wording.
        header = f"<div data-testid='ArticleHeader'><h1>{html.escape(other)}</h1></div>"
        url, doc = page(lang, {"ld": headline, "og": other}, third, "h2", before=header)
        yield f"{lang}-header", url, doc, other
        kicked = f"{kicker}: {headline}"
        url, doc = page(lang, {"ld": headline, "og": kicked}, kicked, "h1")
        yield f"{lang}-kicked", url, doc, headline


def _trails(lang: str, heading: str) -> tuple[dict[str, str], dict[str, str]]:
    """Breadcrumb trails that nothing names (as ``<nav class="breadcrumb">`` reads made a
    div with opaque classes, ``bench/meta_bare.py``'s divsoup) ending in *heading*: items
    that are spans, bare links with marks between them, divs, the heading wrapped alone,
    a list opening with a home icon (a link with no text); and boxes of links before a
    heading that make no trail: a lone logo link, items of two tags, a first link leading
    elsewhere than home, an item with words beside its link, a heading followed by a
    standfirst, a wrapper holding a label beside it, a list's icon link leading elsewhere
    than home, a box of no list whose first link is an icon (a logo)."""
    home, section, sub = TEXTS[lang]["nav"][:3]
    host = SITES[lang][1]
    trails = {
        "spans": f"<div><span><a href='/'>{home}</a></span><span><a href='/l/'>{section}</a></span><span><a href='/l/w/'>{sub}</a></span>{heading}</div>",
        "links": f"<div><a href='https://{host}/'>{home}</a> › <a href='/l/'>{section}</a> › {heading}</div>",
        "divs": f"<div><div><a href='/'>{home}</a></div><div><a href='/l/'>{section}</a></div>{heading}</div>",
        "wrapped": f"<div><a href='/'>{home}</a><a href='/l/'>{section}</a><div class='x'>{heading}</div></div>",
        "icon": f"<ul><li><a href='/'><svg><path d='M0 0'/></svg></a></li><li><a href='/l/'>{section}</a></li><li>{heading}</li></ul>",
    }
    others = {
        "logo": f"<div><a href='/'>{html.escape(SITES[lang][0])}</a>{heading}</div>",
        "mixed": f"<div><span><a href='/'>{home}</a></span><em><a href='/l/'>{section}</a></em>{heading}</div>",
        "elsewhere": f"<div><a href='/l/'>{section}</a><a href='/l/w/'>{sub}</a>{heading}</div>",
        "words": f"<div><span><a href='/'>{home}</a></span><span><a href='/l/'>{section}</a> {sub}</span>{heading}</div>",
        "standfirst": f"<div><a href='/'>{home}</a><a href='/l/'>{section}</a>{heading}<p>{html.escape(TEXTS[lang]['story'][0])}</p></div>",
        "label": f"<div><a href='/'>{home}</a><a href='/l/'>{section}</a><div>{heading}<span>{sub}</span></div></div>",
        "icon-elsewhere": f"<ul><li><a href='/l/'><svg><path d='M0 0'/></svg></a></li><li><a href='/l/w/'>{sub}</a></li><li>{heading}</li></ul>",
        "icon-later": f"<div><a href='/'><svg><path d='M0 0'/></svg></a><a href='/l/'>{section}</a>{heading}</div>",
    }
    return trails, others


def trail_cases() -> Iterator[Case]:
    """The JSON-LD headline and ``og:title`` disagree; a trail of no list that nothing
    names (:func:`_trails`) ends in an ``<h1>`` echoing the one the story's ``<h2>``
    does not show: the trail's echo decides nothing, the shown one is the headline."""
    for lang, texts in TEXTS.items():
        headline, other = texts["headline"], texts["others"][1]
        trails, _ = _trails(lang, f"<h1>{html.escape(other)}</h1>")
        for side in ("ld", "og"):
            statements = (
                {"ld": headline, "og": other} if side == "ld" else {"ld": other, "og": headline}
            )
            for form, trail in trails.items():
                url, doc = page(lang, statements, headline, "h2", before=trail)
                yield f"{lang}-{side}-{form}", url, doc, headline


def trail_keep_cases() -> Iterator[Case]:
    """Must not fire: links before an ``<h1>`` that make no trail (:func:`_trails`' other
    boxes) leave it the first story heading: the statement it shows wins."""
    for lang, texts in TEXTS.items():
        headline, other = texts["headline"], texts["others"][1]
        _, others = _trails(lang, f"<h1>{html.escape(other)}</h1>")
        for side in ("ld", "og"):
            statements = (
                {"ld": headline, "og": other} if side == "ld" else {"ld": other, "og": headline}
            )
            for form, box in others.items():
                url, doc = page(lang, statements, headline, "h2", before=box)
                yield f"{lang}-{side}-{form}", url, doc, other


def _logo_banners(site: str, seo: str) -> dict[str, str]:
    """The site's ``<h1>`` set in its banner (after the menu): its logo linking home (the
    name hidden beside a picture), a picture alone, its name not linking; or navigation's
    copy of the title (*seo*): a breadcrumb trail's end, an ``<h1>`` in a ``<nav>``."""
    name = html.escape(site)
    return {
        "home": f"<a href='/' class='x1'><h1 class='x2'><span class='x3'>{name}</span><svg></svg></h1></a>",
        "picture": f"<h1 class='x2'><img src='/logo.png' alt='{_attr(site)}'></h1>",
        "named": f"<h1 class='x2'>{name}</h1>",
        "trail": f"<div class='breadcrumb'><a href='/'>Home</a> <h1>{html.escape(seo)}</h1></div>",
        "nav": f"<nav class='x4'><h1>{html.escape(seo)}</h1></nav>",
    }


def logoh1_cases() -> Iterator[Case]:
    """The page's ``<h1>`` is the site's (:func:`_logo_banners`), the story's headline an
    ``<h2>`` (alone, or after a kicker in its own element) that states ``og:title``; the
    ``<title>`` adds the site's name, or states the SEO wording the trail echoes; no
    JSON-LD: the ``<h2>`` heads the story and its statement is the headline."""
    for lang, texts in TEXTS.items():
        headline, site = texts["headline"], SITES[lang][0]
        kicker = texts["nav"][1]
        seo = f"{kicker}: {headline}"
        e, k = html.escape(headline), html.escape(kicker)
        for form, banner in _logo_banners(site, seo).items():
            for shown, heading in (
                ("alone", f"<h2 class='x5'>{e}</h2>"),
                ("kicker", f"<h2 class='x5'><span>{k}</span> <span>{e}</span></h2>"),
            ):
                title = seo if form in ("trail", "nav") else f"{headline} | {site}"
                url, doc = page(
                    lang, {"og": headline}, headline, "none", heading=heading, before=banner
                )
                doc = doc.replace(
                    f"<title>{html.escape(headline)}</title>",
                    f"<title>{html.escape(title)}</title>",
                )
                yield f"{lang}-{form}-{shown}", url, doc, headline


def logoh1_keep_cases() -> Iterator[Case]:
    """Must not fire: the story's ``<h1>`` in its ``<article>`` below a banner whose logo
    is a link; the ``<h1>`` linking the page itself, or home with the headline's words;
    a logo ``<h1>`` the page's only heading (``og:title`` the headline and the site's
    name); a logo ``<h1>`` beside an ``<h2>`` of other words: the headline as stated."""
    for lang, texts in TEXTS.items():
        headline, site = texts["headline"], SITES[lang][0]
        e = html.escape(headline)
        banner = _logo_banners(site, headline)["home"]
        statements = {"og": f"{headline} | {site}"}
        url, doc = page(lang, statements, headline, "h1")
        yield f"{lang}-article", url, doc, headline
        url, doc = page(
            lang,
            statements,
            headline,
            "h1",
            heading=f"<h1><a href='/{lang}/2024/03/14/story-1234.html'>{e}</a></h1>",
        )
        yield f"{lang}-self", url, doc, headline
        url, doc = page(lang, statements, headline, "h1", heading=f"<h1><a href='/'>{e}</a></h1>")
        yield f"{lang}-home", url, doc, headline
        url, doc = page(lang, statements, headline, "none", before=banner)
        yield f"{lang}-only", url, doc, headline
        other = html.escape(texts["others"][0])
        url, doc = page(
            lang,
            statements,
            headline,
            "none",
            heading=f"<h2 class='x5'>{other}</h2>",
            before=banner,
        )
        yield f"{lang}-other", url, doc, headline


def sitename_cases() -> Iterator[Case]:
    """``og:title`` (and ``twitter:title``) state only the site's name, a CMS's default
    on every page, as ``og:site_name`` or the host states it: the ``<h1>`` (or the
    JSON-LD headline, where there is one) is the headline."""
    for lang, texts in TEXTS.items():
        headline, (site, host) = texts["headline"], SITES[lang]
        hosted = host.removeprefix("www.").capitalize()
        for form, name, named in (("site", site, True), ("host", hosted, False)):
            for kind, named_only in _sets(name):
                statements = {**named_only, "ld": headline} if "ld" in named_only else named_only
                url, doc = page(lang, statements, headline, "h1", site_name=named)
                yield f"{lang}-{form}-{kind}", url, doc, headline


def sitename_keep_cases() -> Iterator[Case]:
    """Must not fire: a headline holding the site's name and more words ("City Herald
    turns 150") stated everywhere, the ``<h1>`` showing it."""
    for lang, texts in TEXTS.items():
        site = SITES[lang][0]
        text = f"{site} {texts['nav'][1]}"
        for kind, statements in _sets(text):
            url, doc = page(lang, statements, text, "h1")
            yield f"{lang}-{kind}", url, doc, text


def markup_cases() -> Iterator[Case]:
    """The statements carry the headline's inline markup as text (a title field holding
    HTML: ``<em>``, ``<i>``, ``<span class>``, ``<br>``; in ``og:title`` escaped once more
    than its attribute needs): the headline is the text a reader sees. No ``<h1>``, or
    one showing the headline."""
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        words = headline.split(" ")
        if len(words) < 3:
            continue
        first, second, rest = words[0], words[1], " ".join(words[2:])
        forms = {
            "em": f"{first} <em>{second}</em> {rest}",
            "i": f"<i>{first}</i> {second} {rest}",
            "span": f"{first} {second} <span class='hl'>{rest}</span>",
            "br": f"{first} {second}<br/>{rest}",
        }
        for form, marked in forms.items():
            for display in ("h1", "none"):
                statements = {"ld": marked, "og": html.escape(marked)}
                url, doc = page(lang, statements, headline, display)
                yield f"{lang}-{form}-{display}", url, doc, headline


def markup_keep_cases() -> Iterator[Case]:
    """Must not fire: a "<" that opens no inline tag ("2 < 3", a word in angle brackets)
    stays, stated everywhere and shown."""
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        for form, text in (("less", f"{headline} 2 < 3"), ("angle", f"<{headline}>")):
            url, doc = page(lang, {"ld": text, "og": text}, text, "h1")
            yield f"{lang}-{form}", url, doc, text


def ldname_cases() -> Iterator[Case]:
    """The JSON-LD article states its headline as ``name`` (no ``headline``) or as a
    one-item list; no other statement, no ``<h1>``: that is the headline."""
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        for key in ("ld-name", "ld-list"):
            url, doc = page(lang, {key: headline}, headline, "none", site_name=False)
            yield f"{lang}-{key}", url, _titled(doc, headline, SITES[lang][0]), headline


def ldname_keep_cases() -> Iterator[Case]:
    """Must not fire: a JSON-LD ``name`` beside its ``headline`` (another wording) or
    beside a head ``<meta name="headline">`` leaves the headline to them."""
    for lang, texts in TEXTS.items():
        headline, other = texts["headline"], texts["others"][1]
        for key in ("ld", "meta"):
            url, doc = page(lang, {key: headline, "ld-name": other}, headline, "none")
            yield f"{lang}-{key}", url, doc, headline


#: Classes of text shown to screen readers only.
_SCREEN_READER = ("sr-only", "visually-hidden", "screen-reader-text", "u-visuallyhidden")


def hidden_cases() -> Iterator[Case]:
    """The ``<h1>`` holds text shown to screen readers only ("Article:" before the
    headline, "(updated)" after it) in an element of such a class; the page states its
    headline nowhere else, or in ``og:title`` too: the headline is what is seen."""
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        e, label = html.escape(headline), html.escape(texts["nav"][1])
        for n, cls in enumerate(_SCREEN_READER):
            forms = {
                "before": f"<h1><span class='{cls}'>{label}:</span> {e}</h1>",
                "after": f"<h1>{e}<span class='{cls}'> ({label})</span></h1>",
            }
            for form, heading in forms.items():
                statements = {"og": headline} if n % 2 else {}
                url, doc = page(lang, statements, headline, "h1", heading=heading)
                yield f"{lang}-{cls}-{form}", url, doc, headline


def hidden_keep_cases() -> Iterator[Case]:
    """Must not fire: text hidden on small screens only (``hidden-xs``, ``d-none
    d-md-inline``) is shown on others and stays; a heading wholly in a screen-reader
    element keeps its text."""
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        words = headline.split(" ")
        head, tail = html.escape(" ".join(words[:-1])), html.escape(words[-1])
        for cls in ("hidden-xs", "d-none d-md-inline"):
            heading = f"<h1>{head} <span class='{cls}'>{tail}</span></h1>"
            url, doc = page(lang, {}, headline, "h1", heading=heading)
            yield f"{lang}-{cls.split()[0]}", url, doc, headline
        whole = f"<h1><span class='sr-only'>{html.escape(headline)}</span></h1>"
        url, doc = page(lang, {}, headline, "h1", heading=whole)
        yield f"{lang}-whole", url, doc, headline


def caps_cases() -> Iterator[Case]:
    """The statements write the headline in capitals (a social card's styling), the
    ``<h1>`` or another statement in its own case: the headline is written so."""
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        if headline.upper() == headline:
            continue  # (a script without case)
        loud = headline.upper()
        for kind, statements in _sets(loud):
            url, doc = page(lang, statements, headline, "h1")
            yield f"{lang}-{kind}-h1", url, doc, headline
        url, doc = page(lang, {"ld": loud, "og": headline}, headline, "none")
        yield f"{lang}-ld-og", url, doc, headline


def caps_keep_cases() -> Iterator[Case]:
    """Must not fire: statements in capitals with nothing writing them otherwise stay;
    an ``<h1>`` in capitals leaves the statements' own case."""
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        if headline.upper() == headline:
            continue
        loud = headline.upper()
        url, doc = page(lang, {"ld": loud, "og": loud}, loud, "none")
        yield f"{lang}-alone", url, doc, loud
        url, doc = page(lang, {"ld": headline, "og": headline}, loud, "h1")
        yield f"{lang}-h1", url, doc, headline


def subtitle_cases() -> Iterator[Case]:
    """The ``<h1>`` sets a subtitle in a ``<small>`` after the headline, spaced or glued
    on (or a kicker before it): on a page stating its headline nowhere else, and on one
    whose ``og:title`` states it; the headline is the ``<h1>``'s text without it."""
    for lang, texts in TEXTS.items():
        headline, sub = html.escape(texts["headline"]), html.escape(texts["others"][2])
        forms = {
            "spaced": f"<h1>{headline} <small>{sub}</small></h1>",
            "glued": f"<h1>{headline}<small>{sub}</small></h1>",
            "kicker": f"<h1><small>{html.escape(texts['nav'][1])}</small> {headline}</h1>",
        }
        for form, heading in forms.items():
            for stated in ("none", "og"):
                statements = {"og": texts["headline"]} if stated == "og" else {}
                url, doc = page(lang, statements, texts["headline"], "h1", heading=heading)
                yield f"{lang}-{form}-{stated}", url, doc, texts["headline"]


def subtitle_keep_cases() -> Iterator[Case]:
    """Must not fire: a ``<small>`` with the heading's text on both sides (a word set
    smaller inside the line) and one that is the heading's whole text stay."""
    for lang, texts in TEXTS.items():
        headline = texts["headline"]
        words = headline.split(" ")
        if len(words) >= 3:
            inside = (
                html.escape(" ".join(words[:1]))
                + f" <small>{html.escape(words[1])}</small> "
                + html.escape(" ".join(words[2:]))
            )
            url, doc = page(lang, {}, headline, "h1", heading=f"<h1>{inside}</h1>")
            yield f"{lang}-inside", url, doc, headline
        whole = f"<h1><small>{html.escape(headline)}</small></h1>"
        url, doc = page(lang, {}, headline, "h1", heading=whole)
        yield f"{lang}-whole", url, doc, headline


def _quoted(text: str, mark: str) -> str:
    """*text* with its words after the first in quote marks *mark* (all of it where it is
    one word as spaces split it: a CJK line)."""
    first, _, rest = text.partition(" ")
    return f"{first} {mark}{rest}{mark}" if rest else f"{mark}{text}{mark}"


def quoted_cases() -> Iterator[Case]:
    """``og:title`` and ``twitter:title`` hold the headline's quote marks unescaped inside
    an attribute quoted with the same mark (``content="Council "passes the budget""``,
    ``content='… 'passes …''``): the parser ends the value at the first of them and reads
    the words after it as attributes. The ``<h1>`` (and JSON-LD, or not) shows the whole:
    that is the headline, not the cut value's opening words."""
    for lang, texts in TEXTS.items():
        for form, mark in (("double", '"'), ("single", "'")):
            headline = _quoted(texts["headline"], mark)
            metas = "".join(
                f"<meta {attr}={mark}{key}{mark} content={mark}{headline}{mark}>"
                for attr, key in (("property", "og:title"), ("name", "twitter:title"))
            )
            for ld in (False, True):
                statements = {"ld": headline} if ld else {}
                url, doc = page(lang, statements, headline, "h1", extra_head=metas)
                yield f"{lang}-{form}-{int(ld)}", url, doc, headline


def quoted_keep_cases() -> Iterator[Case]:
    """Must not fire: quote marks escaped in the attribute (``&quot;``), typographic ones,
    double marks inside a value quoted with single ones: ``og:title`` is read whole and
    is the headline, the ``<h1>`` showing another wording."""
    for lang, texts in TEXTS.items():
        other = texts["others"][1]
        for form, mark, quote in (
            ("escaped", "&quot;", '"'),
            ("curly", "“", '"'),
            ("inner", '"', "'"),
        ):
            shown = _quoted(texts["headline"], mark)
            meta = f"<meta property='og:title' content={quote}{shown}{quote}>"
            url, doc = page(lang, {}, other, "h1", extra_head=meta)
            yield f"{lang}-{form}", url, doc, html.unescape(shown)


def _ld_script(headline: str, description: str, quote: str = '"') -> str:
    """A JSON-LD article script written as a template writes it: the texts put between
    quotes (*quote*) as they are, nothing escaped; with single quotes, as JavaScript, a
    ``//`` comment too."""
    comment = ' //"BlogPosting",\n' if quote == "'" else " "
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "NewsArticle",{comment}"headline": {quote}{headline}{quote}, '
        f'"description": {quote}{description}{quote}, '
        '"datePublished": "2024-03-14T08:00:00+01:00"}</script>'
    )


def ldquoted_cases() -> Iterator[Case]:
    """The JSON-LD article, the only statement of the headline (no og/twitter title, no
    ``<h1>``, a ``<title>`` of the site's name), holds the headline's double quotes (and a
    description's: one before a comma and a word, one before a colon) unescaped, as a
    template writes them,
    or is written as JavaScript (values in single quotes, a ``//`` comment): the script
    is read, its headline is the headline."""
    for lang, texts in TEXTS.items():
        site = SITES[lang][0]
        headline = _quoted(texts["headline"], '"')
        for form, description, quote in (
            ("plain", texts["story"][0], '"'),
            ("comma", '"x", y', '"'),
            ("colon", '"x": y', '"'),
            ("single", 'It\\\'s "x", y', "'"),
        ):
            script = _ld_script(headline, description, quote)
            url, doc = page(lang, {}, site, "none", extra_head=script)
            yield f"{lang}-{form}", url, doc, headline


def ldquoted_keep_cases() -> Iterator[Case]:
    """Must not fire: JSON-LD escaping its quotes (read as ever: its headline wins over an
    ``<h1>`` of another wording); a script whose inner quote is followed by a colon in a
    list's item (where a key's string may end; no repair reads it) leaves the ``<h1>``
    the headline, nothing taken from the script."""
    for lang, texts in TEXTS.items():
        headline, other = _quoted(texts["headline"], '"'), texts["others"][1]
        escaped = json.dumps(headline, ensure_ascii=False)[1:-1]
        url, doc = page(lang, {}, other, "h1", extra_head=_ld_script(escaped, "x"))
        yield f"{lang}-escaped", url, doc, headline
        broken = _ld_script(other, "x").replace('"description": "x"', '"about": ["a "x": y"]')
        url, doc = page(lang, {}, headline, "h1", extra_head=broken)
        yield f"{lang}-colon", url, doc, headline


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "suffix": suffix_cases,
    "suffix-keep": suffix_keep_cases,
    "meta": meta_cases,
    "meta-keep": meta_keep_cases,
    "glued": glued_cases,
    "glued-keep": glued_keep_cases,
    "prefix": prefix_cases,
    "prefix-keep": prefix_keep_cases,
    "truncated": truncated_cases,
    "truncated-keep": truncated_keep_cases,
    "title": title_cases,
    "title-keep": title_keep_cases,
    "disagree": disagree_cases,
    "disagree-keep": disagree_keep_cases,
    "trail": trail_cases,
    "trail-keep": trail_keep_cases,
    "logoh1": logoh1_cases,
    "logoh1-keep": logoh1_keep_cases,
    "sitename": sitename_cases,
    "sitename-keep": sitename_keep_cases,
    "markup": markup_cases,
    "markup-keep": markup_keep_cases,
    "ldname": ldname_cases,
    "ldname-keep": ldname_keep_cases,
    "hidden": hidden_cases,
    "hidden-keep": hidden_keep_cases,
    "caps": caps_cases,
    "caps-keep": caps_keep_cases,
    "subtitle": subtitle_cases,
    "subtitle-keep": subtitle_keep_cases,
    "quoted": quoted_cases,
    "quoted-keep": quoted_keep_cases,
    "ldquoted": ldquoted_cases,
    "ldquoted-keep": ldquoted_keep_cases,
}


def headline_of(url: str, doc: str) -> str | None:
    return generic_article(selector(doc.encode()).root, url).headline


def run(names: list[str], verbose: bool) -> int:
    failures = 0
    for cls in names:
        total = failed = 0
        for name, url, doc, expected in CLASSES[cls]():
            total += 1
            got = headline_of(url, doc)
            if " ".join((got or "").split()) != " ".join(expected.split()):
                failed += 1
                if verbose:
                    print(f"  FAIL {name}: {got!r}")
        print(f"{cls}: {failed} of {total} pages fail")
        failures += failed
    return failures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    run(args or list(CLASSES), "-v" in sys.argv)
