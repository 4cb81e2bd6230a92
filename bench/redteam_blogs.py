# ruff: noqa: E501  (page markup and sentences read better unbroken)
"""Red team of blog pages for the record gate: a single post must give a record, a page of
posts must not, whatever widgets the blog engine puts around them.

    python bench/redteam_blogs.py [-v]

Blogs are built by a few engines, each with its own chrome around a post: a widget sidebar
(recent posts, popular posts with snippets, an archive of months or of post titles, a tag
or label cloud, recent comments, other blogs' latest posts), related posts, previous/next
links and the readers' comments, each with its time stamp. Much of it is a run of linked
titles and of dates, which is what a page of other pages shows too. Classes:

- ``blog-post``: one post of WordPress (a classic theme, a magazine theme whose widgets
  list posts under linked headings), Blogger (the classic layout with microdata, the
  Contempo layout with JSON-LD, an old layout with neither), Ghost (Casper) and Hugo or
  Jekyll, and an undated short post of a hand-made theme beside a magazine theme's
  widgets, in de/en/fr, with a light or a heavy chrome (many widgets, many comments), with
  or without ``og:type`` (article or a site-wide ``website``), at URLs of the engine's
  shapes (a day and a slug, a short slug, ``?p=123``, ``/YYYY/MM/word.html``). Must give a
  record with the post's headline, its story lines and its publication day.
- ``blog-listing`` (must not fire): pages of posts built by the same engines with the
  same widgets: the blog's front page showing its posts in full or as excerpts, a month's
  archive, a category, tag or label page, search results and a numbered page of the
  front. Must give no record.
- ``blog-keep`` (must not fire): a record all the same for a short post over related
  posts with long excerpts, a forum thread whose posts link their permalinks into the
  page (``#p101``), and a dated list article whose wrapped items link their headings.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.redteam_cms import STORY, L
from newscrawl.extraction.generic import generic_article
from newscrawl.extraction.html import selector
from newscrawl.extraction.metadata import page_normaliser
from newscrawl.extraction.page import NotArticleError, article_records

#: name, url, html, what the record must hold (headline, story lines, day) or None for none
Case = tuple[str, str, str, tuple[str, list[str], str] | None]

LANGS = ("de", "en", "fr")
HOST = "https://blog.example.org"
DAY = "2024-03-12"
#: The post's visible date as each language's blog shows it.
SHOWN = {"de": "12. März 2024", "en": "March 12, 2024", "fr": "12 mars 2024"}
MONTHS = {
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}
#: Other posts' titles for the widgets and for the pages of posts.
TITLES = {
    "de": [
        "Neue Radwege entlang des Kanals freigegeben",
        "Bibliothek verlängert ihre Öffnungszeiten am Wochenende",
        "Zwei Schulen erhalten neue Sporthallen bis zum Sommer",
        "Wochenmarkt zieht auf den Kirchplatz um",
        "Stadtwerke senken den Strompreis zum Jahresbeginn",
        "Lesung im Gemeindehaus war schnell ausverkauft",
        "Spielplatz am Hafen wird im Frühjahr erneuert",
        "Ehrenamtliche pflanzen hundert Bäume im Stadtpark",
    ],
    "en": [
        "New cycle lanes open along the canal",
        "Library extends its weekend opening hours",
        "Two schools get new sports halls by summer",
        "Farmers' market moves to the church square",
        "Utility cuts electricity prices in the new year",
        "Reading at the parish hall sold out within days",
        "Harbour playground to be renewed in spring",
        "Volunteers plant a hundred trees in the city park",
    ],
    "fr": [
        "De nouvelles pistes cyclables ouvrent le long du canal",
        "La bibliothèque prolonge ses horaires du week-end",
        "Deux écoles auront de nouveaux gymnases cet été",
        "Le marché s'installe sur la place de l'église",
        "La régie baisse le prix de l'électricité en janvier",
        "La lecture à la salle paroissiale affichait complet",
        "L'aire de jeux du port sera rénovée au printemps",
        "Des bénévoles plantent cent arbres au parc municipal",
    ],
}
#: Readers' comments.
COMMENTS = {
    "de": [
        "Endlich passiert hier etwas, wir warten in unserer Straße seit Jahren darauf.",
        "Und wer zahlt am Ende die Baustellen, wenn die Kosten wieder steigen?",
        "Danke für den ausführlichen Bericht, das hat mir sehr geholfen.",
        "Ich war bei der Versammlung, es war deutlich voller als erwartet.",
        "Weiß jemand, ob auch die Altbauten am Markt angeschlossen werden?",
        "Schöner Beitrag, ich freue mich schon auf den nächsten.",
    ],
    "en": [
        "Finally something is happening, our street has waited for years.",
        "And who pays for the roadworks when the costs go up again?",
        "Thanks for the detailed write-up, it helped me a lot.",
        "I was at the meeting, it was much busier than expected.",
        "Does anyone know whether the old houses by the market get connected too?",
        "Lovely post, looking forward to the next one.",
    ],
    "fr": [
        "Enfin quelque chose bouge, notre rue attend depuis des années.",
        "Et qui paiera les travaux quand les coûts augmenteront encore ?",
        "Merci pour ce compte rendu détaillé, il m'a beaucoup aidé.",
        "J'étais à la réunion, il y avait bien plus de monde que prévu.",
        "Quelqu'un sait-il si les vieilles maisons du marché seront raccordées ?",
        "Bel article, vivement le prochain.",
    ],
}
WHO = ["Peter", "Marta K.", "jens_b", "Claire", "Anonym", "Tom"]
TAGS = [
    "Energie",
    "Stadt",
    "Verkehr",
    "Schule",
    "Kultur",
    "Umwelt",
    "Politik",
    "Markt",
    "Sport",
    "Bücher",
    "Rezension",
    "Termine",
]


def shown(lang: str, month: int, day: int) -> str:
    name = MONTHS[lang][month - 1]
    if lang == "de":
        return f"{day}. {name} 2024"
    if lang == "en":
        return f"{name} {day}, 2024"
    return f"{day} {name} 2024"


def paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def page(lang: str, title: str, body: str, head: str = "", bodyclass: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta name='viewport' content='width=device-width'>{head}</head><body class='{bodyclass}'>{body}</body></html>"
    )


def og(kind: str | None, title: str, url: str) -> str:
    if kind is None:
        return ""
    return f"<meta property='og:type' content='{kind}'><meta property='og:title' content='{title}'><meta property='og:url' content='{url}'><meta property='og:site_name' content='Quartiersblog'>"


# -- widgets ------------------------------------------------------------------------------


def comments(lang: str, count: int, engine: str) -> str:
    if not count:
        return ""
    rows = []
    for i in range(count):
        who, text = WHO[i % len(WHO)], COMMENTS[lang][i % len(COMMENTS[lang])]
        stamp = shown(lang, 3, 12 + i // 2)
        if engine == "blogger":
            rows.append(
                f"<dt class='comment-author' id='c{i}'><a href='https://www.blogger.com/profile/{i}' rel='nofollow'>{who}</a> said...</dt>"
                f"<dd class='comment-body'><p>{text}</p></dd><dd class='comment-footer'><span class='comment-timestamp'><a href='#c{i}'>{stamp} um 1{i}:0{i}</a></span></dd>"
            )
        else:
            rows.append(
                f"<li id='comment-{i}' class='comment depth-1'><article class='comment-body'><footer class='comment-meta'><div class='comment-author vcard'><b class='fn'>{who}</b> <span class='says'>says:</span></div>"
                f"<div class='comment-metadata'><a href='#comment-{i}'><time datetime='2024-03-{12 + i // 2}T1{i}:00:00+00:00'>{stamp} at 1{i}:0{i}</time></a></div></footer>"
                f"<div class='comment-content'><p>{text}</p></div><div class='reply'><a class='comment-reply-link' href='?replytocom={i}'>Reply</a></div></article></li>"
            )
    if engine == "blogger":
        return f"<div class='comments' id='comments'><h4>{count} comments:</h4><dl id='comments-block'>{''.join(rows)}</dl></div>"
    return f"<div id='comments' class='comments-area'><h2 class='comments-title'>{count} comments</h2><ol class='comment-list'>{''.join(rows)}</ol><div id='respond'><h3 class='comment-reply-title'>{L[lang]['reply']}</h3><form id='commentform'><textarea name='comment'></textarea></form></div></div>"


def wp_widgets(lang: str, heavy: bool, magazine: bool) -> str:
    c, titles = L[lang], TITLES[lang]
    count = 8 if heavy else 5
    if magazine:  # recent posts under linked headings, each with its date
        recent = "".join(
            f"<div class='widget-post'><a href='/2024/0{1 + i % 3}/{10 + i}/post-{i}/'><img src='/t{i}.jpg' alt=''></a><h3 class='widget-post-title'><a href='/2024/0{1 + i % 3}/{10 + i}/post-{i}/'>{t}</a></h3><span class='widget-post-date'>{shown(lang, 1 + i % 3, 10 + i)}</span></div>"
            for i, t in enumerate(titles[:count])
        )
    else:
        recent = (
            "<ul>"
            + "".join(
                f"<li><a href='/2024/03/post-{i}/'>{t}</a></li>"
                for i, t in enumerate(titles[:count])
            )
            + "</ul>"
        )
    widgets = [
        f"<section class='widget widget_recent_entries'><h2 class='widget-title'>{c['recent']}</h2>{recent}</section>",
        f"<section class='widget widget_archive'><h2 class='widget-title'>{c['archives']}</h2><ul>"
        + "".join(
            f"<li><a href='/2024/{m:02d}/'>{MONTHS[lang][m - 1]} 2024</a></li>"
            for m in range(3, 0, -1)
        )
        + (
            "".join(
                f"<li><a href='/2023/{m:02d}/'>{MONTHS[lang][m - 1]} 2023</a></li>"
                for m in range(12, 0, -1)
            )
            if heavy
            else ""
        )
        + "</ul></section>",
        f"<section class='widget widget_categories'><h2 class='widget-title'>{c['categories']}</h2><ul>"
        + "".join(
            f"<li class='cat-item'><a href='/category/{t.lower()}/'>{t}</a></li>" for t in TAGS[:5]
        )
        + "</ul></section>",
    ]
    if heavy:
        widgets.append(
            "<section class='widget widget_tag_cloud'><h2 class='widget-title'>Tags</h2><div class='tagcloud'>"
            + "".join(
                f"<a href='/tag/{t.lower()}/' class='tag-cloud-link' style='font-size: {8 + i}pt;'>{t}</a> "
                for i, t in enumerate(TAGS)
            )
            + "</div></section>"
        )
        widgets.append(
            "<section class='widget widget_recent_comments'><h2 class='widget-title'>Recent Comments</h2><ul id='recentcomments'>"
            + "".join(
                f"<li class='recentcomments'><span class='comment-author-link'>{WHO[i]}</span> on <a href='/2024/03/post-{i}/#comment-{i}'>{t}</a></li>"
                for i, t in enumerate(titles[:5])
            )
            + "</ul></section>"
        )
    return "<aside id='secondary' class='widget-area'>" + "".join(widgets) + "</aside>"


def wp_related(lang: str) -> str:
    return (
        "<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'><em>Related</em></h3>"
        + "".join(
            f"<div class='jp-relatedposts-post'><h4 class='jp-relatedposts-post-title'><a href='/2024/02/post-{i}/'>{t}</a></h4><p class='jp-relatedposts-post-date'>{shown(lang, 2, 3 + i)}</p></div>"
            for i, t in enumerate(TITLES[lang][5:8])
        )
        + "</div>"
    )


def wp_header(lang: str) -> str:
    items = "".join(
        f"<li class='menu-item'><a href='/{i}/'>{w}</a></li>" for i, w in enumerate(L[lang]["nav"])
    )
    return f"<header id='masthead' class='site-header'><p class='site-title'><a href='/' rel='home'>Quartiersblog</a></p><nav class='main-navigation'><ul class='menu'>{items}</ul></nav></header>"


WP_FOOTER = "<footer class='site-footer'><div class='site-info'><a href='https://wordpress.org/'>Proudly powered by WordPress</a></div></footer>"


def wp_entry(
    lang: str, title: str, lines: list[str], link: str | None, *, month: int = 3, day: int = 12
) -> str:
    """One post as WordPress themes build it: the single post's title unlinked, a listed
    post's title linking it."""
    heading = (
        f"<h1 class='entry-title'>{title}</h1>"
        if link is None
        else f"<h2 class='entry-title'><a href='{link}' rel='bookmark'>{title}</a></h2>"
    )
    return (
        f"<article class='post type-post hentry'><header class='entry-header'>{heading}<div class='entry-meta'><span class='posted-on'><a href='{link or '#'}' rel='bookmark'>"
        f"<time class='entry-date published' datetime='2024-{month:02d}-{day:02d}T09:00:00+00:00'>{shown(lang, month, day)}</time></a></span> <span class='byline'>by <span class='author vcard'><a class='url fn n' href='/author/anna/'>Anna Berg</a></span></span></div></header>"
        f"<div class='entry-content'>{paras(lines)}</div><footer class='entry-footer'><span class='cat-links'><a href='/category/stadt/' rel='category tag'>Stadt</a></span></footer></article>"
    )


def wordpress_post(lang: str, heavy: bool, magazine: bool, head: str, lines: list[str]) -> str:
    title = STORY[lang][0]
    c = L[lang]
    nav = f"<nav class='navigation post-navigation'><div class='nav-links'><div class='nav-previous'><a href='/2024/03/post-0/' rel='prev'>{c['prev']}: {TITLES[lang][0]}</a></div><div class='nav-next'><a href='/2024/03/post-1/' rel='next'>{c['next']}: {TITLES[lang][1]}</a></div></div></nav>"
    main = (
        wp_entry(lang, title, lines, None)
        + (wp_related(lang) if heavy else "")
        + nav
        + comments(lang, 6 if heavy else 2, "wp")
    )
    body = f"<div id='page' class='site'>{wp_header(lang)}<div id='content' class='site-content'><div id='primary' class='content-area'><main id='main' class='site-main'>{main}</main></div>{wp_widgets(lang, heavy, magazine)}</div>{WP_FOOTER}</div>"
    return page(lang, f"{title} – Quartiersblog", body, head, "single single-post")


def wordpress_list(
    lang: str, heavy: bool, magazine: bool, head: str, *, full: bool, heading: str
) -> str:
    entries = []
    for i, t in enumerate(TITLES[lang][:6]):
        lines = STORY[lang][1][:4] if full else [STORY[lang][1][i % 6][:150] + " […]"]
        entries.append(
            wp_entry(lang, t, lines, f"/2024/03/{12 - i}/post-{i}/", month=3, day=12 - i)
        )
    title = (
        f"<header class='page-header'><h1 class='page-title'>{heading}</h1></header>"
        if heading
        else ""
    )
    pager = "<nav class='navigation pagination'><div class='nav-links'><span class='page-numbers current'>1</span><a class='page-numbers' href='/page/2/'>2</a><a class='next page-numbers' href='/page/2/'>Next</a></div></nav>"
    main = title + "".join(entries) + pager
    body = f"<div id='page' class='site'>{wp_header(lang)}<div id='content' class='site-content'><div id='primary' class='content-area'><main id='main' class='site-main'>{main}</main></div>{wp_widgets(lang, heavy, magazine)}</div>{WP_FOOTER}</div>"
    return page(
        lang,
        f"{heading + ' – ' if heading else ''}Quartiersblog",
        body,
        head,
        "home blog" if not heading else "archive",
    )


# -- Blogger ------------------------------------------------------------------------------


def blogger_sidebar(lang: str, heavy: bool) -> str:
    titles = TITLES[lang]
    popular = "".join(
        f"<li><div class='item-content'><div class='item-thumbnail'><a href='/2024/0{1 + i % 3}/p{i}.html'><img src='/t{i}.jpg' width='72' height='72'></a></div>"
        f"<div class='item-title'><a href='/2024/0{1 + i % 3}/p{i}.html'>{t}</a></div><div class='item-snippet'>{STORY[lang][1][i % 6][:120]}…</div></div></li>"
        for i, t in enumerate(titles[: 6 if heavy else 3])
    )
    archive = "".join(
        f"<li><a href='/2024/03/p{i}.html'>{t}</a></li>" for i, t in enumerate(titles)
    )
    months = "".join(
        f"<li class='archivedate collapsed'><a class='post-count-link' href='/2024/{m:02d}/'>{MONTHS[lang][m - 1]}</a> <span class='post-count'>({m + 2})</span></li>"
        for m in (2, 1)
    )
    widgets = [
        f"<div class='widget PopularPosts' id='PopularPosts1'><h2>Beliebte Posts</h2><div class='widget-content popular-posts'><ul>{popular}</ul></div></div>",
        f"<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog-Archiv</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='/2024/'>2024</a> <span class='post-count'>(14)</span>"
        f"<ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='/2024/03/'>{MONTHS[lang][2]}</a> <span class='post-count'>(8)</span><ul class='posts'>{archive}</ul></li>{months}</ul></li></ul></div></div></div>",
    ]
    if heavy:
        widgets.append(
            "<div class='widget Label' id='Label1'><h2>Labels</h2><div class='widget-content cloud-label-widget-content'>"
            + "".join(
                f"<span class='label-size label-size-{1 + i % 5}'><a dir='ltr' href='/search/label/{t}'>{t}</a></span> "
                for i, t in enumerate(TAGS)
            )
            + "</div></div>"
        )
        widgets.append(
            "<div class='widget BlogList' id='BlogList1'><h2 class='title'>Meine Blogliste</h2><div class='widget-content'><div class='blog-list-container'><ul id='blogItemList'>"
            + "".join(
                f"<li><div class='blog-icon'><img src='/i{i}.png'></div><div class='blog-content'><div class='blog-title'><a href='https://other{i}.blogspot.com/' target='_blank'>Blog {i}</a></div><div class='item-content'><span class='item-title'><a href='https://other{i}.blogspot.com/2024/03/x.html'>{t}</a></span><div class='item-time'>vor {i + 2} Tagen</div></div></div></li>"
                for i, t in enumerate(titles[2:7])
            )
            + "</ul></div></div></div>"
        )
        widgets.append(
            "<div class='widget Followers' id='Followers1'><h2 class='title'>Follower</h2><div class='widget-content'><div id='Followers1-wrapper'></div></div></div>"
        )
    return "<div class='sidebar section' id='sidebar'>" + "".join(widgets) + "</div>"


def blogger_post(
    lang: str,
    title: str,
    lines: list[str],
    link: str | None,
    *,
    layout: str,
    month: int = 3,
    day: int = 12,
) -> str:
    iso = f"2024-{month:02d}-{day:02d}T09:00:00+01:00"
    heading = (
        f"<h3 class='post-title entry-title'>{title}</h3>"
        if link is None
        else f"<h3 class='post-title entry-title'><a href='{link}'>{title}</a></h3>"
    )
    if layout == "contempo":
        ld = json.dumps(
            {
                "@context": "http://schema.org",
                "@type": "BlogPosting",
                "headline": title,
                "datePublished": iso,
                "author": {"@type": "Person", "name": "Anna Berg"},
            }
        )
        return (
            f"<article class='post-outer-container'><div class='post-outer'><div class='post'><script type='application/ld+json'>{ld}</script>"
            f"{heading}<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'><a class='timestamp-link' href='{link or '#'}' rel='bookmark'><time class='published' datetime='{iso}' title='{iso}'>{shown(lang, month, day)}</time></a></span></div></div>"
            f"<div class='post-body-container'><div class='post-body entry-content float-container'>{paras(lines)}</div></div>"
            "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='byline post-labels'><span class='byline-label'>Labels:</span><a href='/search/label/Stadt' rel='tag'>Stadt</a></span></div></div></div></div></article>"
        )
    micro = layout == "classic"
    item = (
        " itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'"
        if micro
        else ""
    )
    stamp = (
        f"<abbr class='published' itemprop='datePublished' title='{iso}'>09:00</abbr>"
        if micro
        else f"<abbr class='published' title='{iso}'>09:00</abbr>"
    )
    return (
        f"<div class='date-outer'><h2 class='date-header'><span>{shown(lang, month, day)}</span></h2><div class='date-posts'><div class='post-outer'><div class='post hentry'{item}>"
        f"{heading}<div class='post-header'></div><div class='post-body entry-content'>{paras(lines)}<div style='clear: both;'></div></div>"
        f"<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>Anna Berg</span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='{link or '#'}' rel='bookmark'>{stamp}</a></span>"
        "<span class='post-labels'>Labels: <a href='/search/label/Stadt' rel='tag'>Stadt</a></span></div></div></div></div></div>"
    )


def blogger_page(
    lang: str, title: str, posts: str, heavy: bool, *, head: str, count: int, single: bool
) -> str:
    pager = "<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='/2024/03/newer.html'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='/2024/03/older.html'>Older Post</a></span><a class='home-link' href='/'>Home</a></div>"
    main = posts + (comments(lang, count, "blogger") if single else "") + pager
    body = (
        "<div class='content'><header><div class='Header widget' id='Header1'><h1 class='title'><a href='/'>Quartiersblog</a></h1><p class='description'><span>Neues aus dem Viertel</span></p></div></header>"
        f"<div class='main-inner'><div class='column-center-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>{main}</div></div></div></div>"
        f"<div class='column-right-outer'><aside>{blogger_sidebar(lang, heavy)}</aside></div></div>"
        "<footer><div class='widget Attribution'>Powered by <a href='https://www.blogger.com'>Blogger</a>.</div></footer></div>"
    )
    return page(lang, title, body, "<meta name='generator' content='blogger'>" + head)


# -- Ghost ----------------------------------------------------------------------------


def ghost_cards(lang: str, count: int, full_titles: list[str] | None = None) -> str:
    titles = full_titles or TITLES[lang]
    return "".join(
        f"<article class='post-card post'><a class='post-card-image-link' href='/post-{i}/'><img class='post-card-image' src='/p{i}.jpg' alt=''></a><div class='post-card-content'><a class='post-card-content-link' href='/post-{i}/'>"
        f"<header class='post-card-header'><h2 class='post-card-title'>{t}</h2></header><div class='post-card-excerpt'>{STORY[lang][1][i % 6][:140]}</div></a>"
        f"<footer class='post-card-meta'><time class='post-card-meta-date' datetime='2024-03-{12 - i:02d}'>{shown(lang, 3, 12 - i)}</time></footer></div></article>"
        for i, t in enumerate(titles[:count])
    )


def ghost_shell(lang: str, main: str) -> str:
    items = "".join(
        f"<li class='nav-{i}'><a href='/{i}/'>{w}</a></li>" for i, w in enumerate(L[lang]["nav"])
    )
    return (
        f"<div class='viewport'><header id='gh-head' class='gh-head outer'><div class='gh-head-brand'><a class='gh-head-logo' href='/'>Quartiersblog</a></div><nav class='gh-head-menu'><ul class='nav'>{items}</ul></nav></header>"
        f"<div class='site-content'>{main}</div><footer class='site-footer outer'><section class='copyright'><a href='/'>Quartiersblog</a> &copy; 2024</section><div class='gh-powered-by'><a href='https://ghost.org/'>Powered by Ghost</a></div></footer></div>"
    )


# -- Hugo / Jekyll ---------------------------------------------------------------------------


def static_shell(lang: str, main: str, heavy: bool) -> str:
    header = "<header class='site-header'><a class='site-title' href='/'>Anna Berg</a><nav class='site-nav'><a class='page-link' href='/about/'>About</a><a class='page-link' href='/posts/'>Posts</a><a class='page-link' href='/tags/'>Tags</a></nav></header>"
    side = ""
    if heavy:  # a theme's sidebar: recent posts under linked headings, tags, archive years
        side = (
            "<aside class='sidebar'><section class='recent-posts'><h2>Recent posts</h2>"
            + "".join(
                f"<article class='recent'><h3><a href='/posts/p{i}/'>{t}</a></h3><time datetime='2024-0{1 + i % 3}-1{i}'>{shown(lang, 1 + i % 3, 10 + i)}</time></article>"
                for i, t in enumerate(TITLES[lang][:6])
            )
            + "</section><section class='tags'><h2>Tags</h2>"
            + "".join(f"<a class='tag' href='/tags/{t.lower()}/'>{t}</a> " for t in TAGS)
            + "</section><section class='archive'><h2>Archive</h2><ul><li><a href='/2024/'>2024</a></li><li><a href='/2023/'>2023</a></li><li><a href='/2022/'>2022</a></li></ul></section></aside>"
        )
    footer = "<footer class='footer'><span>&copy; 2024 Anna Berg</span> · <span>Powered by <a href='https://gohugo.io/'>Hugo</a></span></footer>"
    return f"{header}<div class='container'>{main}{side}</div>{footer}"


# -- cases ---------------------------------------------------------------------------------

#: URL shapes of one post: a day and a slug, a short slug, WordPress's ``?p=``, Blogger's month.
POST_URLS = {
    "wordpress": ["/2024/03/12/fernwaerme-fuer-drei-viertel/", "/fernwaerme/", "/?p=123"],
    "blogger": [
        "/2024/03/fernwaerme-fuer-drei-viertel.html",
        "/2024/03/fernwaerme.html",
        "/2024/03/blog-post_12.html",
    ],
    "ghost": ["/fernwaerme-fuer-drei-viertel/", "/fernwaerme/"],
    "static": ["/posts/fernwaerme/", "/2024/03/12/fernwaerme.html"],
}
#: The ``og:type`` a post's page may carry: none, article, or a theme's site-wide website.
OG_KINDS = (None, "article", "website")


def post_cases() -> Iterator[Case]:
    for lang, heavy in product(LANGS, (False, True)):
        title, lines = STORY[lang][0], STORY[lang][1][:4]
        expected = (title, lines[:2], DAY)
        for path, kind in product(POST_URLS["wordpress"], OG_KINDS):
            for magazine in (False, True):
                url = HOST + path
                html = wordpress_post(lang, heavy, magazine, og(kind, title, url), lines)
                yield (
                    f"wp{'-mag' if magazine else ''}-{lang}-{'heavy' if heavy else 'light'}-{kind}-{path}",
                    url,
                    html,
                    expected,
                )
        for path, layout in product(POST_URLS["blogger"], ("classic", "contempo", "old")):
            url = HOST + path
            posts = blogger_post(lang, title, lines, None, layout=layout)
            html = blogger_page(
                lang,
                f"Quartiersblog: {title}",
                posts,
                heavy,
                head=og("article" if layout == "contempo" else None, title, url),
                count=6 if heavy else 2,
                single=True,
            )
            yield (
                f"blogger-{layout}-{lang}-{'heavy' if heavy else 'light'}-{path}",
                url,
                html,
                expected,
            )
        for path in POST_URLS["ghost"]:
            url = HOST + path
            ld = json.dumps(
                {
                    "@context": "https://schema.org",
                    "@type": "Article",
                    "headline": title,
                    "datePublished": f"{DAY}T09:00:00.000Z",
                    "url": url,
                }
            )
            head = (
                og("article", title, url)
                + f"<meta property='article:published_time' content='{DAY}T09:00:00.000Z'><script type='application/ld+json'>{ld}</script>"
            )
            main = (
                f"<main id='site-main' class='site-main'><article class='article post'><header class='article-header gh-canvas'><h1 class='article-title'>{title}</h1>"
                f"<div class='article-byline'><h4 class='author-name'><a href='/author/anna/'>Anna Berg</a></h4><time class='byline-meta-date' datetime='{DAY}'>{SHOWN[lang]}</time></div></header>"
                f"<section class='gh-content gh-canvas'>{paras(lines)}</section></article></main>"
                f"<aside class='read-more-wrap outer'><div class='read-more inner'>{ghost_cards(lang, 6 if heavy else 3)}</div></aside>"
            )
            yield (
                f"ghost-{lang}-{'heavy' if heavy else 'light'}-{path}",
                url,
                page(lang, f"{title}", ghost_shell(lang, main), head, "post-template"),
                expected,
            )
        for path, kind, size in product(("/?p=123", "/fernwaerme/"), (None, "website"), (1, 4)):
            url = HOST + path
            short = [line[:250] for line in lines[:size]]
            html = plain_post(lang, short, 6 if heavy else 0, heavy, og(kind, title, url))
            yield (
                f"plain-undated-{lang}-{'heavy' if heavy else 'light'}-{kind}-{size}-{path}",
                url,
                html,
                (title, short[:1], ""),
            )
        for path, kind in product(POST_URLS["static"], (None, "article")):
            url = HOST + path
            main = (
                f"<main class='main'><article class='post-single'><header class='post-header'><h1 class='post-title'>{title}</h1>"
                f"<div class='post-meta'><time datetime='{DAY}T09:00:00+01:00'>{SHOWN[lang]}</time> · Anna Berg</div></header>"
                f"<div class='post-content'>{paras(lines)}</div><footer class='post-footer'><ul class='post-tags'><li><a href='/tags/energie/'>Energie</a></li></ul>"
                f"<nav class='paginav'><a class='prev' href='/posts/p0/'><span class='title'>« Prev</span><br><span>{TITLES[lang][0]}</span></a><a class='next' href='/posts/p2/'><span class='title'>Next »</span><br><span>{TITLES[lang][2]}</span></a></nav></footer></article></main>"
            )
            yield (
                f"static-{lang}-{'heavy' if heavy else 'light'}-{kind}-{path}",
                url,
                page(
                    lang,
                    f"{title} | Anna Berg",
                    static_shell(lang, main, heavy),
                    og(kind, title, url),
                ),
                expected,
            )


def plain_post(lang: str, lines: list[str], count: int, heavy: bool, head: str) -> str:
    """An undated post of a hand-made or old theme (no post markup, no time stamp) beside
    a magazine theme's widgets: recent posts under linked headings, archives, tags."""
    title = STORY[lang][0]
    rows = "".join(
        f"<div class='comment'><p class='meta'><b>{WHO[i % 6]}</b></p><p>{COMMENTS[lang][i % 6]}</p></div>"
        for i in range(count)
    )
    said = f"<div class='comments'><h3>{count} Kommentare</h3>{rows}</div>" if count else ""
    main = f"<div class='post'><h1 class='title'>{title}</h1><div class='text'>{paras(lines)}</div></div>{said}"
    body = f"<div id='page'>{wp_header(lang)}<div id='content'><div id='main'>{main}</div>{wp_widgets(lang, heavy, True)}</div>{WP_FOOTER}</div>"
    return page(lang, f"{title} | Quartiersblog", body, head)


#: Pages of posts: (name, path, heading over the posts).
LISTINGS = {
    "front": ("/", ""),
    "paged": ("/page/2/", ""),
    "month": ("/2024/03/", "März 2024"),
    "category": ("/category/stadt/", "Stadt"),
    "tag": ("/tag/energie/", "Energie"),
    "search": ("/?s=fernwaerme", "Fernwärme"),
}


def listing_cases() -> Iterator[Case]:
    for lang, heavy in product(LANGS, (False, True)):
        for (name, (path, heading)), kind in product(LISTINGS.items(), (None, "website")):
            url = HOST + path
            for full, magazine in product((False, True), (False, True)):
                html = wordpress_list(
                    lang,
                    heavy,
                    magazine,
                    og(kind, "Quartiersblog", url),
                    full=full,
                    heading=heading,
                )
                yield (
                    f"wp-{name}-{'full' if full else 'excerpts'}{'-mag' if magazine else ''}-{lang}-{'heavy' if heavy else 'light'}-{kind}",
                    url,
                    html,
                    None,
                )
        for (name, path), layout in product(
            (
                ("front", "/"),
                ("label", "/search/label/Stadt"),
                ("month", "/2024/03/"),
                ("search", "/search?q=fernwaerme"),
            ),
            ("classic", "contempo", "old"),
        ):
            url = HOST + path
            posts = "".join(
                blogger_post(
                    lang,
                    t,
                    STORY[lang][1][:4],
                    f"/2024/03/p{i}.html",
                    layout=layout,
                    month=3,
                    day=12 - i,
                )
                for i, t in enumerate(TITLES[lang][:4])
            )
            yield (
                f"blogger-{name}-{layout}-{lang}-{'heavy' if heavy else 'light'}",
                url,
                blogger_page(lang, "Quartiersblog", posts, heavy, head="", count=0, single=False),
                None,
            )
        for name, path in (("front", "/"), ("tag", "/tag/energie/"), ("author", "/author/anna/")):
            url = HOST + path
            main = f"<main id='site-main' class='site-main outer'><div class='inner posts'><div class='post-feed'>{ghost_cards(lang, 8 if heavy else 5)}</div></div></main>"
            yield (
                f"ghost-{name}-{lang}-{'heavy' if heavy else 'light'}",
                url,
                page(
                    lang,
                    "Quartiersblog",
                    ghost_shell(lang, main),
                    og("website", "Quartiersblog", url),
                    "home-template",
                ),
                None,
            )
        for name, path in (("front", "/"), ("posts", "/posts/"), ("tag", "/tags/energie/")):
            url = HOST + path
            entries = "".join(
                f"<article class='post-entry'><header class='entry-header'><h2><a href='/posts/p{i}/'>{t}</a></h2></header><div class='entry-content'><p>{STORY[lang][1][i % 6][:150]}…</p></div>"
                f"<footer class='entry-footer'><time datetime='2024-03-{12 - i:02d}'>{shown(lang, 3, 12 - i)}</time></footer></article>"
                for i, t in enumerate(TITLES[lang][:6])
            )
            main = (
                f"<main class='main'>{'<h1>Posts</h1>' if name != 'front' else ''}{entries}</main>"
            )
            yield (
                f"static-{name}-{lang}-{'heavy' if heavy else 'light'}",
                url,
                page(
                    lang,
                    "Anna Berg",
                    static_shell(lang, main, heavy),
                    og("website", "Anna Berg", url),
                ),
                None,
            )


def keep_cases() -> Iterator[Case]:
    """Must give a record, though their story lies beside or in runs of entries under
    linked headings: a short post over related posts with long excerpts (inside its
    content or after it), a forum thread whose posts link their permalinks into the page,
    and a dated list article whose items are wrapped and link their headings."""
    for lang, inside, dated, kind in product(
        LANGS, (True, False), (True, False), (None, "website")
    ):
        title, lines = STORY[lang][0], STORY[lang][1][:1]
        rel = (
            "<div class='related-posts'><h3>Related</h3>"
            + "".join(
                f"<div class='related-post'><h3 class='related-title'><a href='/2024/02/post-{i}/'>{t}</a></h3><p class='related-excerpt'>{STORY[lang][1][5 - i][:220]}…</p></div>"
                for i, t in enumerate(TITLES[lang][:4])
            )
            + "</div>"
        )
        date = (
            f"<div class='entry-meta'><time datetime='{DAY}'>{SHOWN[lang]}</time></div>"
            if dated
            else ""
        )
        content = paras(lines) + (rel if inside else "")
        main = (
            f"<article class='post'><h1 class='entry-title'>{title}</h1>{date}<div class='entry-content'>{content}</div></article>"
            + ("" if inside else rel)
        )
        body = f"<div id='page'>{wp_header(lang)}<div id='content'><main id='main'>{main}</main>{wp_widgets(lang, True, False)}</div>{WP_FOOTER}</div>"
        url = f"{HOST}/?p=123"
        html = page(lang, f"{title} – Quartiersblog", body, og(kind, title, url))
        name = f"related-{'inside' if inside else 'after'}-{lang}-{'dated' if dated else 'undated'}-{kind}"
        yield name, url, html, (title, lines, DAY if dated else "")
    for lang in LANGS:
        title, lines = STORY[lang]
        posts = "".join(
            f"<div id='p{100 + i}' class='post'><div class='postbody'><h3><a href='./viewtopic.php?p={100 + i}#p{100 + i}'>Re: {title}</a></h3>"
            f"<p class='author'>{WHO[i]} » {shown(lang, 3, 12 + i)}</p><div class='content'>{paras(lines[:3]) if i == 0 else paras([COMMENTS[lang][i], COMMENTS[lang][i - 1]])}</div></div></div>"
            for i in range(5)
        )
        html = page(
            lang,
            f"{title} - Forum",
            f"<div id='wrap'><h2 class='topic-title'><a href='./viewtopic.php?t=45'>{title}</a></h2><div id='page-body'>{posts}</div></div>",
        )
        yield (
            f"forum-thread-{lang}",
            "https://forum.example.org/viewtopic.php?t=45",
            html,
            (title, lines[:2], DAY),
        )
        items = "".join(
            f"<div class='wp-block-group'><h2 class='wp-block-heading'><a href='https://place{i}.example/'>{t}</a></h2><p>{STORY[lang][1][i]}</p></div>"
            for i, t in enumerate(TITLES[lang][:5])
        )
        main = f"<article class='post'><h1 class='entry-title'>{title}</h1><p class='entry-meta'>{SHOWN[lang]}</p><div class='entry-content'>{items}</div></article>"
        body = f"<div id='page'>{wp_header(lang)}<div id='content'><main id='main'>{main}</main>{wp_widgets(lang, False, False)}</div>{WP_FOOTER}</div>"
        yield (
            f"list-article-{lang}",
            f"{HOST}/fuenf-orte/",
            page(lang, f"{title} – Quartiersblog", body),
            (title, STORY[lang][1][:2], DAY),
        )


FETCHED = datetime(2024, 11, 1, tzinfo=UTC)


def check(url: str, html: str, expected: tuple[str, list[str], str] | None) -> str | None:
    """What is wrong with the page's record (None: nothing)."""
    root = selector(html.encode()).root
    found = generic_article(root, url, fetched_at=FETCHED)
    try:
        article, _ = article_records(found, root, url=url, site="redteam", fetched_at=FETCHED)
    except NotArticleError as exc:
        return None if expected is None else f"no record ({exc})"
    if expected is None:
        return f"a record ({article.headline!r})"
    headline, keep, day = expected
    problems = []
    if article.headline != headline:
        problems.append(f"headline {article.headline!r}")
    lost = [k for k in keep if k not in (article.articleBody or "")]
    if lost:
        problems.append(f"lost {len(lost)}/{len(keep)} lines")
    raw = article.datePublishedRaw
    value = page_normaliser(found.language).normalise(raw, FETCHED).value if raw else None
    if (value or "")[:10] != day:  # ("" for an undated post)
        problems.append(f"day {value!r}")
    return "; ".join(problems) or None


CLASSES: dict[str, Callable[[], Iterator[Case]]] = {
    "blog-post": post_cases,
    "blog-listing": listing_cases,
    "blog-keep": keep_cases,
}


def run(names: list[str], verbose: bool) -> int:
    failures = 0
    for cls in names:
        total = failed = 0
        for name, url, html, expected in CLASSES[cls]():
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
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    run(args or list(CLASSES), "-v" in sys.argv)
