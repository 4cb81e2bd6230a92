"""HTML decoding and text helpers shared by every HTML extractor."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain, islice
from math import exp, lgamma, log, log1p
from typing import Any, AnyStr, NamedTuple
from urllib.parse import SplitResult, urljoin, urlsplit

from charset_normalizer import from_bytes
from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
)
from parsel import Selector
from parsel.selector import create_root_node
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    to_unicode,
)

from newscrawl.extraction.body import Paragraph


class NotHTMLError(ValueError):
    """The input cannot be an HTML page (empty, binary, undecodable)."""


#: Elements whose text is never story text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "button"})
#: Block elements whose text forms a paragraph of the body.
BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre"})

#: Bytes that text never holds (controls other than tab, newlines, form feed and ESC).
_CONTROL = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
#: Every other byte: deleting these from a chunk leaves only its control bytes.
_NOT_CONTROL = bytes(sorted(set(range(256)) - set(_CONTROL)))


class DecodedPage(NamedTuple):
    """Page bytes decoded by :func:`decode_page`.

    Encodings are Python codec names as :func:`w3lib.encoding.resolve_encoding` gives them
    (WHATWG labels: ``iso-8859-1`` is read as ``cp1252``).
    """

    #: The encoding that decoded the page.
    encoding: str
    #: The encoding the page declared (HTTP header, else ``<meta>``), or None.
    declared: str | None
    #: The page as text.
    text: str
    #: U+FFFD characters put in for bytes no encoding read (0 when the decoding was clean).
    replaced: int = 0

    @property
    def overridden(self) -> bool:
        """True when the page declared an encoding and another one decoded it."""
        return self.declared is not None and not _same_encoding(self.declared, self.encoding)


def _same_encoding(declared: str, used: str) -> bool:
    # A declared "utf-16" names no byte order: a BOM gives it, else big-endian is read.
    return used == declared or (declared in ("utf-16", "utf-32") and used.startswith(declared))


def decode_page(data: bytes, content_type: str | None = None) -> DecodedPage:
    """Decode page bytes: a BOM, else strict UTF-8 or the declared encoding (HTTP
    *content_type*, then ``<meta charset>``), else detection (see :func:`_best_decoding`:
    a wrong declaration is overridden, not trusted into U+FFFD).

    The usual page, declared UTF-8 and valid UTF-8, costs one strict decode.

    Raises :class:`NotHTMLError` for empty, binary or markup-less input.
    """
    if not data or data.isspace():
        raise NotHTMLError("empty page")
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(data)
    bom_encoding, bom = read_bom(data)
    if bom_encoding is not None and bom is not None:
        # A BOM names the encoding outright (UTF-16 pages are full of NUL bytes).
        encoding, text = bom_encoding, to_unicode(data[len(bom) :], bom_encoding)
        replaced = text.count("\ufffd")
    else:
        head = data[:4096]
        if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04")) or (
            # UTF-16 and UTF-32 text is full of NUL bytes: only a declaration tells.
            len(head.translate(None, _NOT_CONTROL)) > 8
            and not (declared or "").startswith(("utf-16", "utf-32"))
        ):
            raise NotHTMLError("binary content, not HTML")
        encoding, text, replaced = _best_decoding(data, declared)
    if text.find("<", 0, 65536) < 0:
        raise NotHTMLError("no markup: not an HTML page")
    return DecodedPage(encoding, declared, text, replaced)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _best_decoding(data: bytes, declared: str | None) -> tuple[str, str, int]:
    """The encoding that reads *data*, the text, and how many U+FFFD it put in.

    Bytes valid as UTF-8 (with non-ASCII in them) are UTF-8 whatever a single-byte
    declaration says: legacy text is practically never valid UTF-8, while UTF-8 pages
    labelled ``iso-8859-1`` are common. So are UTF-8 bytes with a few strays in them
    (see :func:`_utf8_with_strays`): the strays become U+FFFD, whatever the page
    declares. Then a declaration (HTTP header or ``<meta>``) that decodes the bytes
    strictly is kept; else detection; when nothing reads the bytes cleanly, the declared
    (else detected) encoding decodes them with U+FFFD for the bad bytes. A page that
    UTF-8 or its declaration reads costs one or two strict decodes, nothing more.
    """
    if declared in ("utf-16", "utf-32"):
        declared += "-be"  # no BOM: big-endian, as w3lib reads it
    if declared and declared.startswith(("utf-16", "utf-32")):
        wide = to_unicode(data, declared)
        return declared, wide, wide.count("\ufffd")
    if data.isascii():
        encoding = declared or "utf-8"
        return encoding, to_unicode(data, encoding), 0
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return "utf-8", utf8, 0
    if _utf8_with_strays(data):
        text = data.decode("utf-8", "replace")
        return "utf-8", text, text.count("\ufffd")
    if declared and declared != "utf-8":
        as_declared = _strict(data, declared)
        if as_declared is not None:
            return declared, as_declared, 0
    detected = _detect(data)
    if detected is not None:
        return *detected, 0
    encoding = declared or "cp1252"
    lossy = to_unicode(data, encoding)
    return encoding, lossy, lossy.count("\ufffd")


#: Runs of two or more non-ASCII bytes: the units that tell UTF-8 from legacy text.
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")
#: At most this share of a legacy page's non-ASCII runs is valid UTF-8 by chance. A
#: generous bound: legacy runs (CJK sentences, Cyrillic or Greek words, Latin letter
#: pairs) decode as UTF-8 practically never (none of ~500 runs in twelve code pages;
#: 3 of 72 in a cp1251 text packed with "Пётр", "«ТАСС»", "Ці").
_CHANCE_CLEAN = 0.05
#: The page is UTF-8 when legacy text would give that many valid runs with less than
#: this probability.
_SIGNIFICANCE = 0.01


def _utf8_with_strays(data: bytes) -> bool:
    """True when *data* is UTF-8 text with stray bytes in it rather than legacy text.

    The evidence is in the runs of consecutive non-ASCII bytes: a UTF-8 character is
    such a run and is valid UTF-8; a legacy text's runs (its words, or its CJK
    sentences) almost never are. A lone non-ASCII byte between ASCII says nothing
    either way (a Latin-1 letter, or a stray: never valid UTF-8), so it is left out.
    The bytes are UTF-8 when more of their runs are valid UTF-8 than legacy text gives
    by chance (a one-sided binomial test against :data:`_CHANCE_CLEAN`): a UTF-8 page
    with two curly quotes and any number of stray bytes between words stays UTF-8; a
    cp1251 or Shift_JIS page with a few chance UTF-8 sequences does not, nor does a
    page whose only evidence is one valid character (one run proves nothing: 5 %).
    """
    clean = runs = 0
    for run in _HIGH_RUN.finditer(data):
        runs += 1
        clean += _strict(run.group(), "utf-8") is not None
    if clean <= runs * _CHANCE_CLEAN:
        return False  # no more valid runs than chance gives (none at all, often)
    # P(at least *clean* valid runs of *runs*) if each were valid at the chance rate:
    # summed from *clean* up, where the terms only shrink (past the mean).
    log_p, log_q = log(_CHANCE_CLEAN), log1p(-_CHANCE_CLEAN)
    tail = 0.0
    for k in range(clean, runs + 1):
        term = exp(
            lgamma(runs + 1) - lgamma(k + 1) - lgamma(runs - k + 1)
            + k * log_p + (runs - k) * log_q
        )  # fmt: skip
        tail += term
        if tail >= _SIGNIFICANCE or term < _SIGNIFICANCE * 1e-9:
            break
    return tail < _SIGNIFICANCE


#: Single-byte Latin encodings a detector may name for Western or Central European text.
_LATIN = frozenset({"cp1250", "cp1252", "cp1254", "cp1257", "cp775", "cp850", "cp852",
                    "cp858", "latin_1", "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish",
                    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10",
                    "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16"})  # fmt: skip
#: Latin encodings tried in order when a detector names any of them (the web's usual ones).
_LATIN_CHOICES = ("cp1252", "iso8859-15", "cp1250")
#: Characters that real Latin text almost never has and mis-decoded bytes often give.
_ODD = frozenset(
    "\xa4\xa6\xa8\xb4\xb8\xb9\xb2\xb3\xbc\xbd\xbe\u02c6\u02dc\u2030\u2039\u203a"
    "\x80\x81\x8d\x8f\x90\x9d\u0192\u0152\u0153\u0178\u0160\u0161\u017d\u017e"
)
_TAGS = re.compile(rb"<(?:script|style)\b.*?</(?:script|style)\s*>|<[^>]*>", re.DOTALL | re.I)


def _detect(data: bytes) -> tuple[str, str] | None:
    """The encoding :mod:`charset_normalizer` finds for the page's text (markup left out,
    so the letters decide), and the whole page decoded strictly with it."""
    sample = _TAGS.sub(b" ", data[:262144])
    best = from_bytes(sample if not sample.isascii() else data).best()
    if best is None:
        return None
    if best.encoding in _LATIN:
        # Short samples leave the detector torn between Latin code pages: take the usual
        # one unless it reads as symbol soup (``\xa4`` for ``€`` in Latin-9, ``\xb9``/``\xb3``
        # for ``ą``/``ł`` in cp1250) and another is plainer.
        choices = [(e, t) for e in _LATIN_CHOICES if (t := _strict(data, e)) is not None]
        if choices:
            plainest = min(choices, key=lambda c: sum(ch in _ODD for ch in c[1]))
            return codecs.lookup(plainest[0]).name, plainest[1]
    text = _strict(data, best.encoding)
    return (codecs.lookup(best.encoding).name, text) if text is not None else None


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes to text as :func:`decode_page` does.

    Raises :class:`NotHTMLError` for empty, binary or markup-less input.
    """
    return decode_page(data, content_type).text


#: lxml.html's element classes, chosen by lxml's C code. lxml.html's own lookup is a
#: Python method called each time an element is first handed to Python (a twentieth of
#: generic extraction's time); what it adds, classes for form controls, nothing here reads.
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
)


class _PageParser(HTMLParser):  # type: ignore[misc]
    """lxml.html's parser with the elements of :data:`_HTML_CLASSES`, and without
    libxml2's table of the page's ``id`` values (kept for XPath's ``id()``, which nothing
    here calls; lxml.html finds an element by id with a search): a page parses faster."""

    def __init__(self, **options: Any) -> None:
        super().__init__(collect_ids=False, **options)
        self.set_element_class_lookup(_HTML_CLASSES)


#: Comments and processing instructions (libxml2's bogus comments too: ``<!x>``, ``<?x>``,
#: ``</3>``) a page's tree keeps; past them, all go (their text around them stays,
#: joined). lxml's tree walker, which the text readers and the block walk use, queues a
#: run of them and takes each from the front of a list: its work grows with the square
#: of a run (300,000 comments, 7 s a walk; an 8 MB page of them, minutes). The dev pages
#: hold 2,021 at most.
MAX_COMMENTS = 10_000


def _html_selector(markup: AnyStr) -> Selector:
    """A selector over *markup* (bytes: UTF-8) as parsel builds it for an HTML page, by
    :class:`_PageParser`, without comments when it holds over :data:`MAX_COMMENTS`."""
    if isinstance(markup, bytes):
        root = create_root_node("", _PageParser, body=markup, encoding="utf-8")
    else:
        root = create_root_node(markup, _PageParser)
    if _holds_over(root, MAX_COMMENTS):
        etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    return Selector(root=root, type="html")


#: The nodes :data:`MAX_COMMENTS` counts.
_NOT_ELEMENTS = (etree.Comment, etree.ProcessingInstruction)


def _holds_over(root: HtmlElement, limit: int) -> bool:
    """True when the document of *root* (its top element) holds over *limit* comments and
    processing instructions, those beside the top element too (XPath's ``count(//comment()
    | //processing-instruction())``). Counted by libxml2's walk, up to one past *limit*:
    XPath's union of two searches builds and merges two node sets first."""
    found = chain(
        root.itersiblings(*_NOT_ELEMENTS, preceding=True),
        root.iter(*_NOT_ELEMENTS),
        root.itersiblings(*_NOT_ELEMENTS),
    )
    return sum(1 for _ in islice(found, limit + 1)) > limit


#: The document's end tag. libxml2 (2.14) drops all that follows it, where a browser
#: reads it into the body (the HTML standard's "after after body" mode): a stray
#: ``</html>`` before the story (a template's, an embed's) would lose the page.
_HTML_END = re.compile(rb"</html\s*>", re.IGNORECASE)
_HTML_END_TEXT = re.compile(r"</html\s*>", re.IGNORECASE)
#: :data:`_HTML_END` with the letters' cases spelled out (see :func:`_first_end`).
_HTML_END_CASED = re.compile(rb"</[hH][tT][mM][lL]\s*>")
_HTML_END_TEXT_CASED = re.compile(r"</[hH][tT][mM][lL]\s*>")


def _first_end(markup: AnyStr) -> re.Match[AnyStr] | None:
    """The first ``</html>`` end tag in *markup* (bytes or text): the first match of
    :data:`_HTML_END` (:data:`_HTML_END_TEXT`), found by the same pattern with its letters'
    cases spelled out. A pattern of no fixed case is tried at every character by a search,
    one that starts with ``</`` only where ``</`` stands; no character but the ASCII
    letters of "html" matches them in another case (in Unicode text neither), so the two
    agree."""
    if isinstance(markup, str):
        return _HTML_END_TEXT_CASED.search(markup)
    return _HTML_END_CASED.search(markup)


def _read_on(markup: AnyStr, end: re.Pattern[AnyStr]) -> AnyStr:
    """*markup* (bytes or text, *end* the ``</html>`` pattern of its kind) without its
    ``</html>`` end tags when anything but blanks follows the first: the parser then reads
    on, as a browser does, and closes the document at its end."""
    found = _first_end(markup)
    if found is None or not markup[found.end() :].strip():
        return markup
    return end.sub(markup[:0], markup)


def _one_body(sel: Selector) -> Selector:
    """*sel* with one ``<body>``, as a browser builds it: what the parser left after the
    body (elements after a stray ``</body>``) and the content of a second ``<body>``
    move to the end of the first; the walks start at the body and would miss them."""
    html = sel.root
    if not isinstance(html.tag, str) or len(html) < 2:
        return sel
    body = None
    for child in list(html):
        if body is None:
            if child.tag == "body":
                body = child
            continue
        if child.tag == "body":
            _append_text(body, child.text)
            for grandchild in list(child):
                body.append(grandchild)
            _append_text(body, child.tail)
            html.remove(child)
        else:
            body.append(child)  # its tail comes along
    return sel


def _append_text(element: HtmlElement, text: str | None) -> None:
    """*text* added after the last child of *element* (or as its text when it has none)."""
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def page_selector(data: bytes, page: DecodedPage) -> Selector:
    """A parsel selector over page bytes that :func:`decode_page` turned into *page*: the
    tree a browser builds, one ``<body>`` holding what follows a stray ``</html>`` or
    ``</body>`` (:func:`_read_on`, :func:`_one_body`)."""
    if page.encoding == "utf-8":
        # libxml2 reads UTF-8 bytes itself: no encode/decode round trip through text.
        return _one_body(_html_selector(_read_on(data, _HTML_END)))
    return _one_body(_html_selector(_read_on(page.text, _HTML_END_TEXT)))


def selector(html: str | bytes, *, content_type: str | None = None) -> Selector:
    """A parsel selector over a page given as text or bytes (bytes are decoded and
    checked by :func:`decode_page`)."""
    if isinstance(html, bytes):
        return page_selector(html, decode_page(html, content_type))
    if not html.strip():
        raise NotHTMLError("empty page")
    return _one_body(_html_selector(_read_on(html, _HTML_END_TEXT)))


#: Stands for ``<br>`` while text is gathered; source newlines are only whitespace.
BR = "\ue000"


def all_text(element: HtmlElement) -> str:
    """Every text node below *element*, as ``"".join(element.itertext())`` reads them (its
    own text, its descendants' texts and tails, scripts' and styles' too; no comment's,
    no processing instruction's, not its own tail): libxml2's text serialization, one
    call instead of a Python step per text node (checked equal on every link of the dev
    sets that holds child nodes)."""
    text: str = etree.tostring(element, method="text", encoding=str, with_tail=False)
    return text


def _text_parts(element: HtmlElement, out: list[str]) -> None:
    """The pieces of :func:`iter_text` appended to *out*, read by recursion: most elements
    read whole (a link, a heading, a paragraph) nest a few levels, and the walk's set-up
    and a generator's resumption for each piece cost more than a loop over the children
    (half as much on the dev pages' small elements; as much on a whole page)."""
    if text := element.text:
        out.append(text)
    if len(element) and isinstance(element.tag, str):
        _nested_parts(element, out, 0)


#: How deep below the element :func:`_nested_parts` reads by recursion (deeper, a walk).
_PARTS_MAX_DEPTH = 24


def _nested_parts(element: HtmlElement, out: list[str], depth: int) -> None:
    """The pieces of :func:`iter_text` below *element* (texts of the elements that show
    text, a ``<br>`` as :data:`BR`, tails of every child node) appended to *out*; below
    :data:`_PARTS_MAX_DEPTH` levels an element's are read by :func:`iter_text`'s walk."""
    for node in element:
        tag = node.tag
        if isinstance(tag, str):
            if tag != "br" and tag not in SKIP_TAGS and not is_bare_reading(node, tag):
                text = node.text
                if text:
                    out.append(text)
                if len(node):
                    if depth < _PARTS_MAX_DEPTH:
                        _nested_parts(node, out, depth + 1)
                    else:
                        walked = iter_text(node)
                        if text:
                            next(walked)  # its own text, appended above
                        out.extend(walked)
            elif tag == "br":
                out.append(BR)
        if tail := node.tail:
            out.append(tail)


def iter_text(element: HtmlElement) -> Iterator[str]:
    """The pieces of an element's visible text in order (``<br>`` as a private-use mark;
    script, style, ruby annotations … left out), lazily: a caller with a length limit
    stops early."""
    text = element.text
    if text:
        yield text
    if not len(element) or not isinstance(element.tag, str):
        return  # no child nodes (most links and spans; a comment has none): no walk
    # libxml2 walks the tree (lxml's iterwalk), not recursion: a page may nest thousands
    # of elements. What shows no text is not entered; its close event brings its tail.
    events = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, node in events:
        if node is element:
            continue
        if event == "start":
            tag = node.tag
            if tag != "br" and tag not in SKIP_TAGS and not is_bare_reading(node, tag):
                if node.text:
                    yield node.text
                continue
            events.skip_subtree()
            if tag == "br":
                yield BR
        elif node.tail:
            yield node.tail


def is_bare_reading(element: HtmlElement, tag: str) -> bool:
    """True for a ruby reading (``<rt>``) that its ruby gives no fallback parentheses
    (``<rp>``): printed above the base text, inline it would glue onto it ("子こども").
    With ``<rp>`` the publisher wrote the plain-text form itself, "子（こども）", and the
    reading stays in it."""
    if tag != "rt":
        return False
    parent = element.getparent()
    return parent is None or parent.find("rp") is None


#: Tags that set their text in bold.
BOLD_TAGS = frozenset({"strong", "b"})


def all_bold(element: HtmlElement) -> bool:
    """True when all of *element*'s text is set in one bold child (:data:`BOLD_TAGS`):
    ``<p><strong>Sponsored stories</strong></p>``, a box's heading or a lead written
    without a heading tag. Not when *element* has text of its own or after a child
    ("<strong>Note:</strong> the …", a bold lead-in) or another child element; a comment
    or processing instruction beside the bold child shows nothing and does not count."""
    if (element.text or "").strip():
        return False
    inner = [child for child in element if isinstance(child.tag, str)]
    return (
        len(inner) == 1
        and inner[0].tag in BOLD_TAGS
        and not any((child.tail or "").strip() for child in element)
    )


def inline_text(element: HtmlElement) -> str:
    """Visible text of an element on one line (a link's or a heading's text)."""
    if not len(element):  # no child nodes (most links): its own text, no walk
        return collapse((element.text or "").replace(BR, " "))
    parts: list[str] = []
    _text_parts(element, parts)
    return collapse("".join(parts).replace(BR, " "))


#: What ``urljoin`` rewrites in a path from the host's root: a query, fragment or
#: parameters (empty ones dropped), tabs and line breaks, dot segments.
_NOT_PLAIN_PATH = re.compile(r"[?#;\t\r\n]|/\.")


#: The parts of a malformed address: none (no scheme, host, path or query).
NO_URL_PARTS = SplitResult("", "", "", "", "")


@lru_cache(maxsize=4096)
def split_url(url: str) -> SplitResult:
    """``urlsplit(url)``, or :data:`NO_URL_PARTS` for a malformed address it refuses (a
    broken IPv6 host, "http://[::1"; a host that Unicode normalisation turns into
    another, a full-width slash in it): such an address is no address, it has no
    host, names no site and no day, and nothing raises. Every rule splitting an address
    read from a page (its own, a canonical, a link, an image source) splits it here.
    Cached: the page's own address is split again for every link."""
    try:
        return urlsplit(url)
    except ValueError:
        return NO_URL_PARTS


def join_url(base: str, href: str) -> str | None:
    """``urljoin(base, href)``, or None when either address is malformed (urljoin splits
    both: :func:`split_url`)."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """``scheme://host`` of a web page's address *base*, None for another (or a
    malformed) one."""
    parts = split_url(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def site_of(host: str) -> str:
    """The site a host name belongs to, its last two labels: ``www.example.org``,
    ``blog.example.org`` and ``example.org`` are one site (a country's second level,
    ``co.uk``, makes the sites under it one: a rule asking "another site?" then answers
    no, the cautious answer for the rules that ask it)."""
    return ".".join(host.lower().rstrip(".").split(".")[-2:])


@lru_cache(maxsize=4096)
def host_of(url: str) -> str:
    """The host of the absolute address *url* as rules compare sites by it: lower-cased,
    without a leading "www." (``www.example.org`` and ``example.org`` are one site's
    pages), without the port and the user information (``http://user@example.org:8080/``
    is on ``example.org``) and without a closing root dot (``example.org.``); a
    scheme-relative address ("//example.org/a") has its host too. An IPv6
    host comes without its brackets; a host in Unicode stays so (its punycode spelling,
    ``xn--…``, is another string). "" for an address with no host (a relative one, a
    mail address, "#top") and for a malformed one that ``urlsplit`` refuses (a broken
    IPv6 host, "http://[::1"): it names no site, and nothing raises. Cached: the page's
    own address is asked again for every link."""
    host = split_url(url).hostname or ""
    return host.rstrip(".").removeprefix("www.")


def absolute_url(base: str, href: str) -> str:
    """``href`` resolved against ``base`` (most links on news pages already are absolute,
    most others a plain path from the host's root: the page's origin before it is
    ``urljoin``'s answer); a malformed one that ``urljoin`` refuses (a broken IPv6 host)
    comes back as written."""
    href = href.strip()
    if href.startswith(("https://", "http://")) and " " not in href:
        return href
    if (
        href[:1] == "/"
        and href[1:2] != "/"
        and (origin := _origin(base)) is not None
        and _NOT_PLAIN_PATH.search(href) is None
    ):
        return origin + href
    joined = join_url(base, href)
    return href if joined is None else joined


def page_address(base: str, href: str | None) -> str | None:
    """*href* resolved against the page at *base* (:func:`absolute_url`) when it names a
    web page, an http(s) address with a host and a port that :func:`split_url` reads (or a
    ``file:`` one, as a saved page's own address is); else None: a malformed address
    ("http://[::1", "http://:80/", "http://host:99999/"), a script's
    ("javascript:void(0)") or a mail address names no page."""
    href = (href or "").strip()
    if not href:
        return None
    url = absolute_url(base, href)
    parts = split_url(url)
    if parts.scheme == "file":
        return url
    try:
        parts.port  # noqa: B018 - reading the port is the check
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.hostname else None


def element_text(element: HtmlElement) -> str:
    """Visible text of an element: whitespace collapsed, ``<br>`` as a line break."""
    if not len(element):  # no child nodes: its own text, no walk
        return text_lines(element.text or "")
    out: list[str] = []
    _text_parts(element, out)
    return text_lines("".join(out))


def text_reaches(element: HtmlElement, chars: int) -> bool:
    """``len(element_text(element)) >= chars``, the text read only as far as it takes:
    the shown length of a text's start is never more than the whole text's (white space
    collapsed at most to one character per run, a line never taken away by what comes
    after it), and never more than its gathered length."""
    pieces: list[str] = []
    gathered = 0
    check = chars
    for piece in iter_text(element):
        pieces.append(piece)
        gathered += len(piece)
        if gathered >= check:
            if len(text_lines("".join(pieces))) >= chars:
                return True
            check = 2 * gathered  # (read on: at most twice the text's joins)
    return len(text_lines("".join(pieces))) >= chars


def collapse(text: str) -> str:
    """``" ".join(text.split())``: *text*'s words one space apart. A text whose only
    whitespace is single spaces (:func:`_single_spaced`) is that already, but for a space
    at either end: it is not cut into words and joined again."""
    if _single_spaced(text):
        return text.strip(" ")
    return " ".join(text.split())


def _single_spaced(text: str) -> bool:
    """True when *text*'s only whitespace is single spaces (``str.isprintable`` is false
    for every other character ``str.split`` splits at): collapsed but for its ends."""
    return "  " not in text and text.isprintable()


def text_lines(text: str) -> str:
    """Gathered text as shown: whitespace runs collapsed, :data:`BR` as a line break, no
    empty lines."""
    if BR not in text:
        return " ".join(text.split())
    lines = (" ".join(line.split()) for line in text.split(BR))
    return "\n".join(line for line in lines if line)


class ShortTexts:
    """:func:`element_text` of the small elements of one page, each element's text built
    once from its children's: asking for every element of a deep tree costs the size of
    the tree, not its size times its depth (a walk per element).

    :meth:`text` gives None for an element holding more than *cap* visible characters
    (``<br>`` counted as one), so callers with a length limit up to *cap* lose nothing.
    """

    def __init__(self, cap: int) -> None:
        self.cap = cap
        #: Element → its gathered text with whitespace runs collapsed (which commutes with
        #: concatenation and leaves :func:`text_lines` unchanged); None when over the cap.
        self._raw: dict[HtmlElement, str | None] = {}

    def text(self, element: HtmlElement) -> str | None:
        """The element's :func:`element_text`, or None when it is over the cap."""
        raw = self._raw.get(element, _UNKNOWN)
        if raw is _UNKNOWN:
            raw = self._gather(element)
        if raw is None:
            return None
        # The raw text has single spaces for whitespace: text_lines's collapse is a strip.
        return raw.strip() if BR not in raw else text_lines(raw)

    def _gather(self, element: HtmlElement) -> str | None:
        if not isinstance(element.tag, str):  # a comment asked for: its own text
            self._raw[element] = raw = self._join([element.text or ""])
            return raw
        return self._nested(element, 0)

    def _nested(self, element: HtmlElement, depth: int) -> str | None:
        """:meth:`_gather` of an element, its children not known yet read by recursion
        (most elements asked nest a few levels: a walk costs more to set up), and below
        :data:`_NESTED_MAX_DEPTH` levels by :meth:`_walked`. A child's text is its
        parent's unless it is a comment, ``<br>``, script, style … or a bare reading; a
        child over the cap makes its parent's parts None, while its siblings' texts are
        still built (they may be asked next)."""
        memo = self._raw
        # The parts collapsed one by one (a child's known text is already): joined, only
        # where they meet can spaces run (see :func:`_collapsed`).
        text = element.text
        own: list[str] | None = [" " if text.isspace() else _collapsed(text)] if text else []
        for child in element:
            tag = child.tag
            if isinstance(tag, str):
                if tag not in _NOT_TEXT_TAGS or (tag == "rt" and not is_bare_reading(child, tag)):
                    inner = memo.get(child, _UNKNOWN)
                    if inner is _UNKNOWN:
                        inner = (
                            self._nested(child, depth + 1)
                            if depth < _NESTED_MAX_DEPTH
                            else self._walked(child)
                        )
                    if inner is None:
                        own = None
                    elif own is not None:
                        own.append(inner)
                elif tag == "br" and own is not None:
                    own.append(BR)
            if own is not None and (tail := child.tail):
                own.append(" " if tail.isspace() else _collapsed(tail))
        if own is None:
            memo[element] = None
            return None
        raw = "".join(own)
        while "  " in raw:
            raw = raw.replace("  ", " ")
        cap = self.cap  # (as :meth:`_capped`)
        if len(raw) > cap and len(raw) - raw.count(" ") > cap:
            memo[element] = None
            return None
        memo[element] = raw
        return raw

    def _walked(self, element: HtmlElement) -> str | None:
        """:meth:`_gather` of an element (not a comment) by one walk of libxml2's, as deep
        as it nests."""
        memo = self._raw
        # One walk by libxml2 (lxml's iterwalk) over what is not known yet: a child's text
        # joins its parent's parts as it closes. A known or hidden child is not entered; a
        # child over the cap makes its parent's parts None, while its siblings' texts are
        # still built (they may be asked next). A child is judged visible once, as it
        # opens: every element of a stamp's area passes.
        events = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
        next(events)  # the element's own start
        open_parts: list[list[str] | None] = [[element.text or ""]]
        #: Whether the child just passed over (not entered) is visible; None: entered.
        passed: bool | None = None
        for event, node in events:
            if event == "start":
                tag = node.tag
                visible = isinstance(tag, str) and (
                    tag not in _NOT_TEXT_TAGS or (tag == "rt" and not is_bare_reading(node, tag))
                )
                if visible and node not in memo:
                    open_parts.append([node.text or ""])
                else:
                    events.skip_subtree()
                    passed = visible
                continue
            if event == "end" and passed is None:
                # A child entered is visible: its text joins its parent's.
                memo[node] = inner = self._join(open_parts.pop())
                if node is element:
                    break
                parts = open_parts[-1]
                if parts is None:
                    continue
                if inner is None:
                    open_parts[-1] = None
                    continue
                parts.append(inner)
                if tail := node.tail:
                    parts.append(tail)
                continue
            parts = open_parts[-1]
            if event == "end":  # the close of a child passed over
                visible, passed = bool(passed), None
                if parts is None:
                    continue
                if visible:
                    inner = memo[node]
                    if inner is None:
                        open_parts[-1] = None
                        continue
                    parts.append(inner)
                elif node.tag == "br":
                    parts.append(BR)
            elif parts is None:  # a comment or processing instruction
                continue
            if tail := node.tail:
                parts.append(tail)
        return memo[element]

    def _join(self, parts: list[str] | None) -> str | None:
        if parts is None:
            return None
        if len(parts) == 1:
            text = parts[0]
            if not text:
                return ""  # no text (most wrappers' own parts)
        else:
            text = "".join(parts)
        return self._capped(_collapsed(text))

    def _capped(self, raw: str) -> str | None:
        """*raw* (whitespace collapsed), None when it holds more characters than the cap
        besides its spaces."""
        # (a text no longer than the cap is not over it: its spaces need no count)
        cap = self.cap
        return raw if len(raw) <= cap or len(raw) - raw.count(" ") <= cap else None


def _collapsed(text: str) -> str:
    """*text* as :meth:`ShortTexts._join` collapses it: its words one space apart, and a
    space before and after them where whitespace is (one space for whitespace alone).
    The collapse of joined texts is their collapses joined, each run of spaces where two
    meet made one (a word running on from one text into the next stays one word: neither
    collapse puts a space where the texts meet without whitespace)."""
    if _single_spaced(text):
        return text  # (no whitespace but single spaces: collapsed as it stands)
    # Whitespace runs as one space each, as ``re.sub(r"\s+", " ", text)`` (``str.split``
    # and ``\s`` know the same whitespace), at a fraction of its cost.
    raw = " ".join(text.split())
    if not raw:
        return " " if text else ""
    if text[0].isspace():
        raw = " " + raw
    if text[-1].isspace():
        raw += " "
    return raw


def site_names(root: HtmlElement) -> list[str]:
    """The page's names for its publication (``og:site_name``, ``application-name``), in
    page order, each stripped, none empty."""
    return [
        str(value).strip()
        for value in root.xpath(
            "//meta[@property='og:site_name' or @name='application-name']/@content"
        )
        if str(value).strip()
    ]


def lies_in(element: HtmlElement, container: HtmlElement) -> bool:
    """True when *element* lies inside *container* (is one of its descendants)."""
    return any(a is container for a in element.iterancestors())


def containers_of(elements: Iterable[HtmlElement]) -> set[HtmlElement]:
    """The elements holding any of *elements* (their ancestors), each climbed to once: a
    climb stops at a container already taken, so the set is built in time linear in the
    page however many of *elements* share their containers."""
    found: set[HtmlElement] = set()
    for element in elements:
        for ancestor in element.iterancestors():
            if ancestor in found:
                break
            found.add(ancestor)
    return found


def in_link(element: HtmlElement) -> bool:
    """True when *element* is a link, holds one or lies in one: its text is a link's, or
    a link's part (a teaser's headline, a tab, a menu entry)."""
    return next(element.iter("a"), None) is not None or any(
        a.tag == "a" for a in element.iterancestors()
    )


def shows_all_text(element: HtmlElement) -> bool:
    """True when the text of every element inside *element* is a part of *element*'s
    (:func:`element_text`): none is hidden (script, svg, button …), a line break or a
    ruby reading."""
    # (a childless element, most of a header's, shows its own text: no search)
    if not len(element):
        return True
    # The first few nodes are read here (most elements asked hold a few): a search by
    # tag first sets up a matcher of every name, which costs more than reading them.
    for count, node in enumerate(element.iterdescendants()):
        if node.tag in _NOT_TEXT_TAGS:
            return False
        if count >= _FEW_NODES:
            return next(element.iterdescendants(*_NOT_TEXT_TAGS), None) is None
    return True


#: How many nodes inside an element :func:`shows_all_text` reads one by one.
_FEW_NODES = 15


#: Tags whose text is not their parent's, and ``<rt>`` (whose is unless it is a bare
#: reading): one set test for most children.
_NOT_TEXT_TAGS = SKIP_TAGS | {"br", "rt"}
#: What :meth:`ShortTexts.text` finds for an element not gathered yet.
_UNKNOWN: Any = object()
#: How deep :meth:`ShortTexts._nested` reads by recursion.
_NESTED_MAX_DEPTH = 40


def has_class(element: HtmlElement, tokens: frozenset[str]) -> bool:
    """True when any class token of *element* is in *tokens* (tokens, not strings)."""
    value = element.get("class")
    return bool(value) and not tokens.isdisjoint(value.split())


def iter_paragraphs(
    container: HtmlElement, skip_classes: frozenset[str] = frozenset()
) -> Iterator[Paragraph]:
    """Block-level paragraphs of a story container in document order, skipping
    embedded media, ads and any element carrying a class in *skip_classes*.

    Linear in the container's size whatever its nesting: each element's "inside a
    skipped element" verdict and "holds a block" mark are settled once, not per block.
    """
    blocks = [b for b in container.iter(*BLOCK_TAGS) if b is not container]
    # Only leaf blocks: a quote or list item holding paragraphs is those paragraphs.
    holders: set[HtmlElement] = set()
    for block in blocks:
        node = block.getparent()
        while node is not None and node is not container and node not in holders:
            holders.add(node)  # its ancestors get marked now or were already
            node = node.getparent()
    skipped: dict[HtmlElement, HtmlElement | None] = {container: None}
    for element in blocks:
        # "is not None": an element's truth is its having children (an empty <figure>).
        if element in holders or (
            nearest(element, skipped, lambda n: _skip(n, skip_classes)) is not None
        ):
            continue
        text = element_text(element)
        if text:
            links = tuple(
                (element_text(a), str(a.get("href") or ""))
                for a in element.iter("a")
                if a.get("href")
            )
            yield Paragraph(text, links)


def _skip(element: HtmlElement, skip_classes: frozenset[str]) -> bool:
    return (
        element.tag in SKIP_TAGS
        or element.tag in ("figure", "aside", "figcaption")
        or has_class(element, skip_classes)
    )


def nearest(
    element: HtmlElement,
    memo: dict[HtmlElement, HtmlElement | None],
    test: Callable[[HtmlElement], bool],
) -> HtmlElement | None:
    """The nearest of *element* and its ancestors that passes *test*, or None.

    *memo* keeps the answer for every element on the way up (seed it with an element
    mapped to None to stop there): asking for every element of a page costs the page's
    size, not its size times its depth. Use one memo per *test*.
    """
    path = []
    node: HtmlElement | None = element
    while node is not None and node not in memo:
        path.append(node)
        node = node.getparent()
    found = memo[node] if node is not None else None
    for step in reversed(path):
        if found is None and test(step):
            found = step
        memo[step] = found
    return found


def outermost(elements: list[HtmlElement]) -> list[HtmlElement]:
    """*elements* without those inside another of them (a container matched at several
    nesting levels is read once, from the top)."""
    chosen = set(elements)
    memo: dict[HtmlElement, HtmlElement | None] = {}
    return [
        e
        for e in elements
        if (parent := e.getparent()) is None or nearest(parent, memo, chosen.__contains__) is None
    ]
