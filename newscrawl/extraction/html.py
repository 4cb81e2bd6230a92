"""HTML decoding and text helpers shared by every HTML extractor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml.html import HtmlElement
from parsel import Selector
from w3lib.encoding import html_to_unicode

from newscrawl.extraction.body import Paragraph


class NotHTMLError(ValueError):
    """The input cannot be an HTML page (empty, binary, undecodable)."""


#: Elements whose text is never story text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "button"})
#: Block elements whose text forms a paragraph of the body.
BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre"})

_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _decode(data: bytes, content_type: str | None) -> tuple[str, str]:
    if not data.strip():
        raise NotHTMLError("empty page")
    head = data[:4096]
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04")) or (
        len(_BINARY.findall(head)) > 8
    ):
        raise NotHTMLError("binary content, not HTML")
    encoding, text = html_to_unicode(content_type, data)
    if "<" not in text[:65536]:
        raise NotHTMLError("no markup: not an HTML page")
    return encoding, text


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes to text: HTTP header, then BOM / ``<meta charset>``, then
    detection (w3lib's order, the one browsers follow).

    Raises :class:`NotHTMLError` for empty, binary or markup-less input.
    """
    return _decode(data, content_type)[1]


def selector(html: str | bytes, *, content_type: str | None = None) -> Selector:
    """A parsel selector over a page given as text or bytes (checked as
    :func:`decode_html` checks it)."""
    if isinstance(html, bytes):
        encoding, text = _decode(html, content_type)
        if encoding in _LXML_SAFE:
            # Parse the bytes with the encoding found: no decode/re-encode round trip.
            return Selector(body=html, encoding=encoding, type="html")
        return Selector(text=text, type="html")
    if not html.strip():
        raise NotHTMLError("empty page")
    return Selector(text=html, type="html")


#: Encodings libxml2 reads under w3lib's names; others go through Python's codecs.
_LXML_SAFE = frozenset({"utf-8", "utf8", "ascii", "cp1252", "latin-1", "iso8859-1", "iso8859-15"})


#: Stands for ``<br>`` while text is gathered; source newlines are only whitespace.
_BR = "\ue000"


def _text_parts(element: HtmlElement, out: list[str]) -> None:
    if element.text:
        out.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            out.append(_BR)
        elif tag and tag not in SKIP_TAGS:
            _text_parts(child, out)
        if child.tail:
            out.append(child.tail)


def element_text(element: HtmlElement) -> str:
    """Visible text of an element: whitespace collapsed, ``<br>`` as a line break."""
    out: list[str] = []
    _text_parts(element, out)
    text = "".join(out)
    if _BR not in text:
        return " ".join(text.split())
    lines = (" ".join(line.split()) for line in text.split(_BR))
    return "\n".join(line for line in lines if line)


def has_class(element: HtmlElement, tokens: frozenset[str]) -> bool:
    """True when any class token of *element* is in *tokens* (tokens, not strings)."""
    value = element.get("class")
    return bool(value) and not tokens.isdisjoint(value.split())


def iter_paragraphs(
    container: HtmlElement, skip_classes: frozenset[str] = frozenset()
) -> Iterator[Paragraph]:
    """Block-level paragraphs of a story container in document order, skipping
    embedded media, ads and any element carrying a class in *skip_classes*."""
    for element in container.iter(*BLOCK_TAGS):
        if element is container:
            continue
        if any(
            anc.tag in SKIP_TAGS
            or anc.tag in ("figure", "aside", "figcaption")
            or has_class(anc, skip_classes)
            for anc in _ancestors(element, container)
        ):
            continue
        # Only leaf blocks: a quote or list item holding paragraphs is those paragraphs.
        if next(islice(element.iter(*BLOCK_TAGS), 1, None), None) is not None:
            continue
        text = element_text(element)
        if text:
            links = tuple(
                (element_text(a), str(a.get("href") or ""))
                for a in element.iter("a")
                if a.get("href")
            )
            yield Paragraph(text, links)


def _ancestors(element: HtmlElement, stop: HtmlElement) -> Iterator[HtmlElement]:
    node: HtmlElement | None = element
    while node is not None and node is not stop:
        yield node
        node = node.getparent()
