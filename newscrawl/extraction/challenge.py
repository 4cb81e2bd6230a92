"""Bot challenge and block pages ("Just a moment...", "Attention Required! | Cloudflare",
"Access Denied"): pages a site serves instead of the one asked for.

Such a page is never an article, whatever an extractor finds on it: the generic extractor
reads "Checking your browser before accessing…" as a story. :func:`challenge_reason`
(:func:`text_challenge_reason` for flattened text) is asked by
:func:`newscrawl.extraction.page.article_records` for every extractor, in a crawl and
offline alike; the spiders ask :func:`is_challenge_html` about error responses and meta
refreshes.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree
from lxml import html as lxml_html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from newscrawl.extraction.vocabulary import (
    CHALLENGE_MARKUP,
    CHALLENGE_MAX_WORDS,
    CHALLENGE_PHRASES,
    CHALLENGE_TITLES,
)

#: XPath's ``translate(@content, 'ARTICLE', 'article')``.
_ARTICLE_CASE = str.maketrans("ARTICLE", "article")


def _marks_article(root: HtmlElement) -> bool:
    """True when the page's markup says it holds an article (challenge pages never do): an
    ``<article>``, ``og:type`` article, or a JSON-LD script naming an Article. One pass
    over those tags, stopping at the first (the metas come early)."""
    for element in root.getroottree().getroot().iter("article", "meta", "script"):
        tag = element.tag
        if tag == "article":
            return True
        if tag == "meta":
            if element.get("property") == "og:type":
                content = (element.get("content") or "").translate(_ARTICLE_CASE)
                if "article" in content:
                    return True
        elif element.get("type") == "application/ld+json" and "Article" in (element.text or ""):
            return True
    return False


def _markup_xpath(markers: dict[str, tuple[str, ...]]) -> etree.XPath:
    """One XPath finding any of *markers* where each kind is (evaluated by libxml2: no
    page text is copied)."""

    def test(expr: str, kind: str, exact: bool = False) -> str:
        found = (f"{expr} = '{m}'" if exact else f"contains({expr}, '{m}')" for m in markers[kind])
        return " or ".join(found) or "false()"

    # One walk over the tree (each "//" is one), the element's kind tested inside.
    return etree.XPath(
        f"//*[(self::script and ({test('.', 'script')} or {test('@src', 'src')}))"
        f" or (self::iframe and ({test('@src', 'src')}))"
        f" or (self::form and ({test('@action', 'action')}))"
        f" or (self::link and ({test('@href', 'href')}))"
        f" or {test('@id', 'id', exact=True)} or {test('@class', 'class')}]"
    )


_MARKUP = _markup_xpath(CHALLENGE_MARKUP)


#: Elements whose text a page does not show as words.
_UNSHOWN_TAGS = frozenset({"script", "style", "noscript"})


def _body_texts(root: HtmlElement) -> Iterator[str]:
    """The text nodes of the page's ``<body>`` outside scripts, styles and noscripts, in
    document order (``/html/body//text()`` less those), read lazily: a walk that stops
    where its reader does, not a node set of the whole page."""
    page = root.getroottree().getroot()
    if page.tag != "html":
        return
    for body in page.iterchildren("body"):
        walk = etree.iterwalk(body, events=("start", "end", "comment", "pi"))
        for event, node in walk:
            if event == "start":
                if node.tag in _UNSHOWN_TAGS:
                    walk.skip_subtree()
                elif node.text:
                    yield node.text
            elif node is not body and node.tail:  # an element's end, a comment, a PI
                yield node.tail


def _few_words(root: HtmlElement) -> list[str] | None:
    """The page's words, or None as soon as there are more than a block page says."""
    words: list[str] = []
    for text in _body_texts(root):
        words.extend(text.split())
        if len(words) > CHALLENGE_MAX_WORDS:
            return None
    return words


def challenge_reason(root: HtmlElement) -> str | None:
    """Why *root* is a challenge or block page (the marker, title or sentence found), or
    None.

    Challenge and block pages are short provider templates that mark no article: a page
    with ``<article>``, ``og:type=article`` or a JSON-LD article, or with more than
    ``CHALLENGE_MAX_WORDS`` words, is none (a story that mentions "access denied" or
    Cloudflare, or that loads Cloudflare's bot script). Any other page is one when its
    markup carries a challenge's fingerprint
    (:data:`~newscrawl.extraction.vocabulary.CHALLENGE_MARKUP`), or when its title or
    one of its sentences is a challenge's.
    """
    if _marks_article(root):
        return None
    words = _few_words(root)
    if words is None:
        return None
    found = _MARKUP(root)
    if found:
        markup = etree.tostring(found[0], encoding="unicode", with_tail=False)[:2000]
        markers = (m for kind in CHALLENGE_MARKUP.values() for m in kind)
        return next((m for m in markers if m in markup), "challenge markup")
    title = " ".join(" ".join(root.xpath("//title//text()")).split()).lower()
    title = title.replace("…", "...")
    if title in CHALLENGE_TITLES:
        return title
    text = " ".join(words).lower().replace("’", "'")
    return next((phrase for phrase in CHALLENGE_PHRASES if phrase in text), None)


def text_challenge_reason(text: str) -> str | None:
    """:func:`challenge_reason` for a page flattened to text (``newscrawl split``): a
    short text whose first line, where a story has its headline, is a challenge's title
    or opens with one of its sentences. Text has no markup to tell a story quoting those
    sentences from a challenge, so they count only there."""
    if len(text.split()) > CHALLENGE_MAX_WORDS:
        return None
    first = next((line for line in text.splitlines() if line.strip()), "")
    title = " ".join(first.split()).lower().replace("…", "...").replace("’", "'")
    if title in CHALLENGE_TITLES:
        return title
    return next((phrase for phrase in CHALLENGE_PHRASES if title.startswith(phrase)), None)


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
