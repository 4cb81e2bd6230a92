"""HTML decoding and text helpers shared by every HTML extractor."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement
from parsel import Selector
from w3lib.encoding import html_to_unicode

from newscrawl.extraction.body import Paragraph, normalise_space


class NotHTMLError(ValueError):
    """The input cannot be an HTML page (empty, binary, undecodable)."""


#: Elements whose text is never story text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "button"})
#: Block elements whose text forms a paragraph of the body.
BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre"})

_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes to text: HTTP header, then BOM / ``<meta charset>``, then
    detection (w3lib's order, the one browsers follow).

    Raises :class:`NotHTMLError` for empty or binary input.
    """
    if not data.strip():
        raise NotHTMLError("empty page")
    head = data[:4096]
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04")) or (
        len(_BINARY.findall(head)) > 8
    ):
        raise NotHTMLError("binary content, not HTML")
    _, text = html_to_unicode(content_type, data)
    if "<" not in text[:65536]:
        raise NotHTMLError("no markup: not an HTML page")
    return text


def selector(html: str | bytes, *, content_type: str | None = None) -> Selector:
    """A parsel selector over a page given as text or bytes."""
    text = html if isinstance(html, str) else decode_html(html, content_type)
    if not text.strip():
        raise NotHTMLError("empty page")
    return Selector(text=text, type="html")


def _text_parts(element: HtmlElement, out: list[str]) -> None:
    if element.text:
        out.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            out.append("\n")
        elif tag not in SKIP_TAGS and tag:
            _text_parts(child, out)
        if child.tail:
            out.append(child.tail)


def element_text(element: HtmlElement) -> str:
    """Visible text of an element, ``<br>`` as a line break, whitespace normalised."""
    out: list[str] = []
    _text_parts(element, out)
    return normalise_space("".join(out))


def node_text(sel: Selector | None) -> str | None:
    """Text of the first node a selector matched, or None when empty."""
    if sel is None:
        return None
    root = sel.root
    if isinstance(root, str):
        return normalise_space(root) or None
    return element_text(root) or None


def has_class(element: HtmlElement, tokens: frozenset[str]) -> bool:
    """True when any class token of *element* is in *tokens* (tokens, not strings)."""
    value = element.get("class")
    return bool(value) and not tokens.isdisjoint(value.split())


def iter_paragraphs(
    container: HtmlElement, skip_classes: frozenset[str] = frozenset()
) -> Iterator[Paragraph]:
    """Block-level paragraphs of a story container in document order, skipping
    embedded media, ads and any element carrying a class in *skip_classes*."""
    for element in container.iter(etree.Element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in BLOCK_TAGS:
            continue
        if any(
            anc.tag in SKIP_TAGS
            or anc.tag in ("figure", "aside", "figcaption")
            or has_class(anc, skip_classes)
            for anc in _ancestors(element, container)
        ):
            continue
        # Only leaf blocks: a quote or list item holding paragraphs is those paragraphs.
        if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in element.iterdescendants()):
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
