# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red team of the "page of posts" rule (:func:`newscrawl.extraction.pagekind.post_run`):
articles whose story lies in a run of entries under linked headings must still give a
record, and pages of posts built otherwise than ``redteam_blogs``'s must still give none.

    python bench/redteam_postrun.py [-v] [CLASS...]

Most pages here carry none of the signals that save an article from the rule (no
``og:type`` article, no date in a meta, no day or long id in the URL, no article
markup): a small site's, an institution's, an old CMS's or a static site's page. Classes:

- ``postrun-article``: a newsletter issue or weekly roundup whose items each link one of
  the site's own stories under a heading over a summary; a "best of" list whose items link
  a shop or the site's own product pages; an FAQ whose questions are linked anchors or link
  each question's own page; a glossary whose terms link their own pages; a live blog whose
  entries link their permalinks (``#entry-123``, ``?entry=123``, ``/entry/123``); a press
  release over related releases with long summaries; a short story over readers' comments
  whose authors' names are linked headings; a short story over three "read more" cards
  longer than itself; an article shown whole whose parts' headings link each part's page;
  a forum thread whose posts' headings link each post's own address. Must give a record
  with the page's headline.
- ``postrun-listing`` (must not fire the other way): pages of posts built otherwise: a
  WordPress page of posts whose entries carry their post's id and categories in their
  class (as WordPress prints them), a page of posts as list items, a page of posts whose
  date heading opens each post above its linked title, a Tumblr-like page whose posts'
  titles link their permalinks in ``<h1>``. Must give no record.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.redteam_blogs import COMMENTS, TITLES, WHO, check, page, paras, shown
from bench.redteam_cms import STORY

Case = tuple[str, str, str, tuple[str, list[str], str | None] | None]

LANGS = ("de", "en")
HOST = "https://www.example-verein.de"
INTRO = {
    "de": "Liebe Leserinnen und Leser, in dieser Ausgabe haben wir die wichtigsten Meldungen der vergangenen Woche aus unserem Viertel für Sie zusammengestellt.",
    "en": "Dear readers, in this issue we have gathered the most important news of the past week from our neighbourhood for you, with links to each full story.",
}
OUTRO = {
    "de": "Wir wünschen Ihnen eine schöne Woche und freuen uns wie immer über Ihre Hinweise und Anregungen an die Redaktion.",
    "en": "We wish you a pleasant week and, as always, we look forward to your tips and suggestions sent to the editorial team.",
}
#: Plain chrome of a small site: a header with a menu, a footer, no widgets.
NAV = "<header class='site-header'><a class='logo' href='/'>Bürgerverein</a><nav><ul><li><a href='/'>Start</a></li><li><a href='/aktuelles/'>Aktuelles</a></li><li><a href='/verein/'>Verein</a></li><li><a href='/kontakt/'>Kontakt</a></li></ul></nav></header>"
FOOT = "<footer class='site-footer'><p>© Bürgerverein · <a href='/impressum/'>Impressum</a> · <a href='/datenschutz/'>Datenschutz</a></p></footer>"


def shell(lang: str, title: str, main: str, head: str = "") -> str:
    return page(
        lang, f"{title} | Bürgerverein", f"{NAV}<main id='content'>{main}</main>{FOOT}", head
    )


def items(
    lang: str, heading: str, href: Callable[[int], str], entry: str = "div", cls: str = "item"
) -> str:
    """Five entries, each a heading linking *href(i)* over a paragraph of summary."""
    lines = STORY[lang][1]
    return "".join(
        f"<{entry} class='{cls}'><{heading}><a href='{href(i)}'>{t}</a></{heading}><p>{lines[i]}</p></{entry}>"
        for i, t in enumerate(TITLES[lang][:5])
    )


def article_cases() -> Iterator[Case]:
    for lang, wrapped in product(LANGS, (False, True)):
        title, lines = STORY[lang]

        def art(inner: str, *, wrap: bool = wrapped, t: str = title) -> str:
            if wrap:
                return (
                    f"<article class='page'><h1>{t}</h1><div class='text'>{inner}</div></article>"
                )
            return f"<h1>{t}</h1>{inner}"

        # a weekly roundup / newsletter issue of the site's own stories
        for heading, path in product(("h2", "h3"), ("/aktuelles/", "/newsletter/ausgabe-12")):
            inner = (
                f"<p>{INTRO[lang]}</p>"
                + items(lang, heading, lambda i: f"/aktuelles/meldung-{i}/")
                + f"<p>{OUTRO[lang]}</p>"
            )
            yield (
                f"roundup-{heading}-{path.strip('/').replace('/', '_')}-{lang}-{wrapped}",
                HOST + path,
                shell(lang, title, art(inner)),
                (title, [lines[0]], ""),
            )
        # a "best of" list: items linking a shop or the site's own product pages
        for where in ("shop", "own"):

            def href(i: int, where: str = where) -> str:
                return (
                    f"https://shop{i}.example.com/product/{i}"
                    if where == "shop"
                    else f"/produkte/modell-{i}/"
                )

            inner = f"<p>{INTRO[lang]}</p>" + items(lang, "h2", href, "section", "product")
            yield (
                f"best-of-{where}-{lang}-{wrapped}",
                HOST + "/ratgeber/die-besten-fahrradschloesser",
                shell(lang, title, art(inner)),
                (title, [lines[0]], ""),
            )
        # an FAQ: linked anchors, or each question's own page
        for how in ("anchor", "own", "anchor-other-path"):
            qs = []
            for i, t in enumerate(TITLES[lang][:6]):
                q = f"{t}?"
                if how == "anchor":
                    head = f"<h3 id='q{i}'><a href='#q{i}'>{q}</a></h3>"
                elif how == "own":
                    head = f"<h3><a href='/faq/frage-{i}/'>{q}</a></h3>"
                else:  # the FAQ's printable address links the anchors of its canonical one
                    head = f"<h3 id='q{i}'><a href='/service/faq.html#q{i}'>{q}</a></h3>"
                qs.append(f"<div class='faq-entry'>{head}<p>{lines[i]}</p></div>")
            inner = "".join(qs)
            yield (
                f"faq-{how}-{lang}-{wrapped}",
                HOST + "/service/faq",
                shell(lang, title, art(inner)),
                (title, [lines[1]], ""),
            )
        # a glossary whose terms link their own pages
        terms = "".join(
            f"<div class='term'><h3><a href='/glossar/{w.lower()}/'>{w}</a></h3><p>{lines[i]}</p></div>"
            for i, w in enumerate(
                ["Fernwärme", "Netz", "Anschluss", "Wärmepumpe", "Heizwerk", "Tarif"]
            )
        )
        yield (
            f"glossary-{lang}-{wrapped}",
            HOST + "/glossar/",
            shell(lang, title, art(f"<p>{INTRO[lang]}</p>{terms}")),
            (title, [lines[1]], ""),
        )
        # a live blog whose entries link their permalinks
        for how in ("fragment", "query", "path"):
            entries = []
            for i in range(6):
                n = 120 + i
                link = {
                    "fragment": f"#entry-{n}",
                    "query": f"?entry={n}",
                    "path": f"/live/wahlabend/entry/{n}",
                }[how]
                eid = f" id='entry-{n}'" if how == "fragment" else ""
                entries.append(
                    f"<div class='live-entry'{eid}><h3 class='live-time'><a href='{link}'>{20 + i // 3}:{(i * 7) % 60:02d}</a></h3><p>{lines[i]}</p></div>"
                )
            yield (
                f"liveblog-{how}-{lang}-{wrapped}",
                HOST + "/live/wahlabend",
                shell(lang, title, art("".join(entries))),
                (title, [lines[0]], ""),
            )
        # a press release over related releases with long summaries
        rel = (
            "<div class='related'><h2>Weitere Pressemitteilungen</h2>"
            + "".join(
                f"<div class='release'><h3><a href='/presse/pm-{i}/'>{t}</a></h3><p>{STORY[lang][1][5 - i]} {COMMENTS[lang][i]}</p></div>"
                for i, t in enumerate(TITLES[lang][:4])
            )
            + "</div>"
        )
        yield (
            f"press-related-{lang}-{wrapped}",
            HOST + "/presse/pressemitteilung",
            shell(lang, title, art(paras(lines[:2])) + rel),
            (title, lines[:2], ""),
        )
        # a short story over readers' comments under linked names
        com = (
            "<section class='comments'><h2>Kommentare</h2>"
            + "".join(
                f"<div class='comment'><h4><a href='https://{WHO[i % 6].split()[0].lower()}.example.net/'>{WHO[i % 6]}</a></h4><p>{COMMENTS[lang][i % len(COMMENTS[lang])]} {STORY[lang][1][i % 6]}</p></div>"
                for i in range(8)
            )
            + "</section>"
        )
        yield (
            f"comments-{lang}-{wrapped}",
            HOST + "/aktuelles/fernwaerme",
            shell(lang, title, art(paras(lines[:2])) + com),
            (title, lines[:2], ""),
        )
        # a short story over three "read more" cards longer than itself
        cards = (
            "<div class='teasers'>"
            + "".join(
                f"<div class='card'><h3><a href='/aktuelles/meldung-{i}/'>{t}</a></h3><p>{STORY[lang][1][5 - i]} {STORY[lang][1][4 - i]}</p><a class='more' href='/aktuelles/meldung-{i}/'>Weiterlesen</a></div>"
                for i, t in enumerate(TITLES[lang][:3])
            )
            + "</div>"
        )
        yield (
            f"readmore-{lang}-{wrapped}",
            HOST + "/aktuelles/fernwaerme",
            shell(lang, title, art(paras(lines[:2])) + cards),
            (title, lines[:2], ""),
        )
        # an article shown whole whose parts' headings link each part's page
        parts = "".join(
            f"<section class='part'><h2><a href='/serie/fernwaerme/teil-{i + 1}/'>Teil {i + 1}: {t}</a></h2>{paras(lines[2 * i : 2 * i + 2])}</section>"
            for i, t in enumerate(TITLES[lang][:3])
        )
        yield (
            f"parts-{lang}-{wrapped}",
            HOST + "/serie/fernwaerme/?view=all",
            shell(lang, title, art(parts)),
            (title, lines[:2], ""),
        )
    # dated items: a roundup whose items show their story's day, a live blog over days
    for lang in LANGS:
        title, lines = STORY[lang]
        dated = "".join(
            f"<div class='item'><h3><a href='/aktuelles/meldung-{i}/'>{t}</a></h3><p class='date'>{shown(lang, 3, 12 - i)}</p><p>{lines[i]}</p></div>"
            for i, t in enumerate(TITLES[lang][:5])
        )
        inner = f"<h1>{title}</h1><p>{INTRO[lang]}</p>{dated}"
        yield (
            f"roundup-dated-items-{lang}",
            HOST + "/newsletter/ausgabe-12",
            shell(lang, title, inner),
            (title, [lines[0]], None),
        )
        timed = dated.replace("<p class='date'>", "<p class='date'><time>").replace(
            "</p><p>", "</time></p><p>"
        )
        yield (
            f"roundup-time-items-{lang}",
            HOST + "/newsletter/ausgabe-12",
            shell(lang, title, f"<h1>{title}</h1><p>{INTRO[lang]}</p>{timed}"),
            (title, [lines[0]], None),
        )
        live = "".join(
            f"<div class='live-entry'><h3><a href='/live/wahlabend?entry={120 + i}'>{shown(lang, 3, 12 + i // 3)}, {20 + i // 3}:{(i * 7) % 60:02d}</a></h3><p>{lines[i]}</p></div>"
            for i in range(6)
        )
        yield (
            f"liveblog-dated-{lang}",
            HOST + "/live/wahlabend",
            shell(lang, title, f"<h1>{title}</h1>{live}"),
            (title, [lines[0]], None),
        )
    # a Drupal node over its comments, whose subjects link their permalinks into the page
    for lang, short, kind in product(LANGS, (True, False), (None, "website")):
        title, lines = STORY[lang]
        story = lines[:2] if short else lines
        com = "".join(
            f"<a id='comment-{500 + i}'></a><div class='comment clearfix'><h3 class='comment-title'><a href='/comment/{500 + i}#comment-{500 + i}' class='permalink' rel='bookmark'>{COMMENTS[lang][i % len(COMMENTS[lang])][:40]}</a></h3>"
            f"<div class='submitted'>{WHO[i % 6]} – {shown(lang, 3, 12 + i // 4)}</div><div class='content'><p>{COMMENTS[lang][i % len(COMMENTS[lang])]}</p></div></div>"
            for i in range(10)
        )
        head = "" if kind is None else f"<meta property='og:type' content='{kind}'>"
        main = f"<div id='node-123' class='node node-article'><h1 class='title'>{title}</h1><div class='content'>{paras(story)}</div></div><div id='comments'><h2 class='title'>Kommentare</h2>{com}</div>"
        yield (
            f"drupal-comments-{'short' if short else 'long'}-{lang}-{kind}",
            HOST + "/node/123",
            shell(lang, title, main, head),
            (title, story[:1], None),
        )
    # a roundup in a Bootstrap layout: the headline in a page header, the items in a column
    for lang, landmark in product(LANGS, ("main", "div")):
        title, lines = STORY[lang]
        body = (
            f"<{landmark} class='page'><div class='page-header'><div class='container'><h1>{title}</h1></div></div>"
            f"<div class='page-content'><div class='container'><div class='row'><div class='col-md-8'><p>{INTRO[lang]}</p>"
            + items(lang, "h3", lambda i: f"/aktuelles/meldung-{i}/")
            + f"</div><div class='col-md-4'><p>{OUTRO[lang]}</p></div></div></div></div></{landmark}>"
        )
        yield (
            f"bootstrap-{landmark}-{lang}",
            HOST + "/aktuelles/rueckblick",
            page(lang, f"{title} | Verein", NAV + body + FOOT),
            (title, [lines[0]], None),
        )
    # an old theme's single page: its headline linking the page itself, or an <h2>
    for lang, how in product(LANGS, ("linked-h1", "h2")):
        title, lines = STORY[lang]
        path = "/aktuelles/wochenrueckblick/"
        head = (
            f"<h1 class='entry-title'><a href='{HOST}{path}' rel='bookmark'>{title}</a></h1>"
            if how == "linked-h1"
            else f"<h2 class='title'>{title}</h2>"
        )
        inner = (
            f"<div class='post'>{head}<div class='entry'><p>{INTRO[lang]}</p>"
            + items(lang, "h3", lambda i: f"/aktuelles/meldung-{i}/")
            + "</div></div>"
        )
        yield (
            f"oldtheme-{how}-{lang}",
            HOST + path,
            shell(lang, title, inner),
            (title, [lines[0]], None),
        )
    # an old CMS's page whose <title> is the site's name only
    for lang, path in product(LANGS, ("/index.php?id=42", "/aktuelles/rueckblick")):
        title, lines = STORY[lang]
        inner = (
            f"<div class='csc-default'><h1>{title}</h1></div><div class='csc-default'><p>{INTRO[lang]}</p></div>"
            + items(lang, "h2", lambda i: f"/index.php?id={50 + i}", "div", "csc-default news")
        )
        html = page(
            lang, "Bürgerverein Musterstadt e.V.", f"{NAV}<div id='col2'>{inner}</div>{FOOT}"
        )
        yield (
            f"oldcms-sitetitle-{path.strip('/').replace('/', '_').replace('?', '_')}-{lang}",
            HOST + path,
            html,
            (title, [lines[0]], ""),
        )
    # a forum thread whose posts' headings link each post's own address
    for lang, how in product(LANGS, ("query", "path")):
        title, lines = STORY[lang]
        posts = "".join(
            f"<div class='post'><h3 class='post-title'><a href='{f'showthread.php?p={100 + i}' if how == 'query' else f'/t/fernwaerme/45/{i + 1}'}'>Re: {title}</a></h3>"
            f"<p class='author'>{WHO[i]} » {shown(lang, 3, 12 + i)}</p><div class='content'>{paras(lines[:3]) if i == 0 else paras([COMMENTS[lang][i], COMMENTS[lang][i - 1]])}</div></div>"
            for i in range(5)
        )
        url = "https://forum.example.org/" + (
            "showthread.php?t=45" if how == "query" else "t/fernwaerme/45"
        )
        html = page(
            lang,
            f"{title} - Forum",
            f"<div id='wrap'><h2 class='topic-title'><a href='{url}'>{title}</a></h2><div id='page-body'>{posts}</div></div>",
        )
        yield (f"forum-{how}-{lang}", url, html, (title, lines[:2], None))


def listing_cases() -> Iterator[Case]:
    for lang, path in product(LANGS, ("/", "/category/stadt/", "/tag/energie/")):
        url = HOST + path
        lines = STORY[lang][1]
        # WordPress as it prints entries: each with its id, format and categories in its class
        wp = "".join(
            f"<article id='post-{300 + i}' class='post-{300 + i} post type-post status-publish format-standard {'has-post-thumbnail ' if i % 2 else ''}hentry category-{['stadt', 'kultur', 'sport'][i % 3]}'>"
            f"<header class='entry-header'><h2 class='entry-title'><a href='/2024/03/post-{i}/' rel='bookmark'>{t}</a></h2></header>"
            f"<div class='entry-content'>{paras(lines[:4])}</div></article>"
            for i, t in enumerate(TITLES[lang][:6])
        )
        yield (
            f"wp-classes-{path.strip('/').replace('/', '_') or 'front'}-{lang}",
            url,
            shell(lang, "Blog", wp),
            None,
        )
        # posts as list items
        li = (
            "<ul class='posts'>"
            + "".join(
                f"<li class='post'><h2><a href='/posts/p{i}/'>{t}</a></h2>{paras(lines[i % 6 : i % 6 + 2])}</li>"
                for i, t in enumerate(TITLES[lang][:6])
            )
            + "</ul>"
        )
        yield (
            f"list-items-{path.strip('/').replace('/', '_') or 'front'}-{lang}",
            url,
            shell(lang, "Blog", li),
            None,
        )
        # a date heading over each post's linked title
        dh = "".join(
            f"<div class='date-outer'><h2 class='date-header'><span>{shown(lang, 3, 12 - i)}</span></h2><div class='post'><h3 class='post-title'><a href='/2024/03/p{i}.html'>{t}</a></h3>{paras(lines[:3])}</div></div>"
            for i, t in enumerate(TITLES[lang][:5])
        )
        yield (
            f"date-heading-{path.strip('/').replace('/', '_') or 'front'}-{lang}",
            url,
            shell(lang, "Blog", dh),
            None,
        )
        # undated excerpts under the blog's name as an unlinked <h1> in its header, which
        # its <title> states too
        name = (
            "Notizen aus dem Quartiersgarten"
            if lang == "de"
            else "Notes from the community garden"
        )
        ex = "".join(
            f"<div class='excerpt'><h2><a href='/posts/p{i}/'>{t}</a></h2><p>{lines[i % 6]}</p><a href='/posts/p{i}/'>…</a></div>"
            for i, t in enumerate(TITLES[lang][:6])
        )
        yield (
            f"sitename-h1-{path.strip('/').replace('/', '_') or 'front'}-{lang}",
            url,
            page(
                lang,
                name,
                f"<header class='masthead'><h1 class='site-title'>{name}</h1><nav><a href='/'>Start</a> <a href='/about/'>About</a></nav></header><div id='content'><main>{ex}</main></div>{FOOT}",
            ),
            None,
        )
        # the same in an old theme: the name in a <div id='header'> inside the page's wrapper
        yield (
            f"sitename-div-{path.strip('/').replace('/', '_') or 'front'}-{lang}",
            url,
            page(
                lang,
                name,
                f"<div id='wrapper'><div id='header'><h1 id='site-title'>{name}</h1><div id='nav'><a href='/'>Start</a> <a href='/about/'>About</a></div></div><div id='content'>{ex}</div>{FOOT}</div>",
            ),
            None,
        )
        # Kubrick: an <h2> "Archive for the 'X' Category" over undated posts whose titles are <h2>s too
        kb = "".join(
            f"<div class='post' id='post-{i}'><h2><a href='/?p={i}' rel='bookmark'>{t}</a></h2><div class='entry'>{paras(lines[:2])}</div><p class='postmetadata'>Posted in <a href='/category/stadt/'>Stadt</a> | <a href='/?p={i}#respond'>No Comments »</a></p></div>"
            for i, t in enumerate(TITLES[lang][:5])
        )
        yield (
            f"kubrick-{path.strip('/').replace('/', '_') or 'front'}-{lang}",
            url,
            page(
                lang,
                "Blog » Stadt",
                f"<div id='page'><div id='header'><div id='headerimg'><h1><a href='/'>Blog</a></h1></div></div><div id='content' class='narrowcolumn'><h2 class='pagetitle'>Archive for the ‘Stadt’ Category</h2>{kb}</div>{FOOT}</div>",
            ),
            None,
        )
        # undated excerpts under a category's label of several words, which the <title> repeats
        label = (
            "Stadtentwicklung und Verkehr" if lang == "de" else "Urban development and transport"
        )
        yield (
            f"long-label-{path.strip('/').replace('/', '_') or 'front'}-{lang}",
            url,
            page(
                lang,
                f"{label} – Blog",
                f"{NAV}<main><h1 class='archive-title'>{label}</h1>{ex}</main>{FOOT}",
            ),
            None,
        )
        # Tumblr-like: posts' titles in <h1>, linking their permalinks
        tb = "".join(
            f"<article class='post text'><h1 class='title'><a href='/post/{700000 + i}/slug-{i}'>{t}</a></h1>{paras(lines[:3])}</article>"
            for i, t in enumerate(TITLES[lang][:5])
        )
        yield (
            f"tumblr-{path.strip('/').replace('/', '_') or 'front'}-{lang}",
            url,
            shell(lang, "Blog", tb),
            None,
        )


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "postrun-article": article_cases,
    "postrun-listing": listing_cases,
}


def verdict(url: str, html: str, expected: tuple[str, list[str], str | None] | None) -> str | None:
    """Only the record's presence and headline are asked (these pages are undated)."""
    if expected is None:
        return check(url, html, None)
    wrong = check(url, html, (expected[0], [], ""))
    if wrong is None:
        return None
    problems = [p for p in wrong.split("; ") if not p.startswith("day ")]
    return "; ".join(problems) or None


def run(names: list[str], verbose: bool) -> int:
    failures = 0
    for cls in names:
        total = failed = 0
        for name, url, html, expected in CLASSES[cls]():
            total += 1
            wrong = verdict(url, html, expected)
            if wrong:
                failed += 1
                if verbose:
                    print(f"  FAIL {name}: {wrong}")
        print(f"{cls}: {failed} of {total} pages fail")
        failures += failed
    return failures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    run(args or list(CLASSES), "-v" in sys.argv)
