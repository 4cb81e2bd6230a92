"""Bot challenge and block pages ("Just a moment...", "Attention Required! | Cloudflare",
"Access Denied"): pages a site serves instead of the one asked for.

Such a page is never an article, whatever an extractor finds on it: the generic extractor
reads "Checking your browser before accessing…" as a story. :func:`is_challenge` is
asked by :func:`newscrawl.extraction.page.article_records` for every extractor, in a
crawl and offline alike.
"""

from __future__ import annotations

from lxml import html as lxml_html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from newscrawl.extraction.vocabulary import (
    CHALLENGE_MARKUP,
    CHALLENGE_MAX_WORDS,
    CHALLENGE_PHRASES,
    CHALLENGE_TITLES,
)

#: Markup saying the page holds an article: challenge pages never carry it.
_ARTICLE_MARKUP = (
    "//article"
    " | //meta[@property='og:type'][contains(translate(@content, 'ARTICLE', 'article'),"
    " 'article')]"
    " | //script[@type='application/ld+json'][contains(., 'Article')]"
)


def _markup(root: HtmlElement) -> str:
    """Where a challenge page's fingerprints are: ids, classes, script text and sources,
    form actions, stylesheet links (lower case)."""
    parts = root.xpath(
        "//@id | //@class | //script/@src | //script/text() | //form/@action"
        " | //link[@rel='stylesheet']/@href"
    )
    return " ".join(str(part) for part in parts).lower()


def _words(root: HtmlElement) -> list[str]:
    body = root.find("body")
    if body is None:
        return []
    texts = body.xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
    return " ".join(str(text) for text in texts).split()


def challenge_reason(root: HtmlElement) -> str | None:
    """Why *root* is a challenge or block page (its title, or the marker found), or None.

    A page is one when its markup carries a challenge's fingerprint
    (:data:`~newscrawl.extraction.vocabulary.CHALLENGE_MARKUP`), or when it says a few
    words (no more than ``CHALLENGE_MAX_WORDS``), marks no article, and has a challenge
    title or sentence. A story that mentions "access denied" or Cloudflare, or a page
    that only loads Cloudflare's bot script, is none.
    """
    markup = _markup(root)
    for marker in CHALLENGE_MARKUP:
        if marker in markup:
            return marker
    words = _words(root)
    if len(words) > CHALLENGE_MAX_WORDS or root.xpath(_ARTICLE_MARKUP):
        return None
    title = " ".join(" ".join(root.xpath("//title//text()")).split()).lower()
    title = title.replace("…", "...")
    if title in CHALLENGE_TITLES:
        return title
    text = " ".join(words).lower().replace("’", "'")
    return next((phrase for phrase in CHALLENGE_PHRASES if phrase in text), None)


def is_challenge(root: HtmlElement) -> bool:
    """True when *root* is a bot challenge or block page (see :func:`challenge_reason`)."""
    return challenge_reason(root) is not None


def is_challenge_html(text: str) -> bool:
    """:func:`is_challenge` for a page as text (an error response's body)."""
    try:
        root = lxml_html.document_fromstring(text)
    except (ParserError, ValueError):
        return False
    return is_challenge(root)
