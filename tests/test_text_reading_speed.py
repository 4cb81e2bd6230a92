"""Reading the text of small elements fast: :func:`short_text` and :class:`ShortTexts`
read an element's children by recursion (a walk costs more to set up than most elements
asked hold), :class:`ShortTexts` collapses each part once, and :func:`shows_all_text`
reads a few nodes before it searches by tag. Each agrees with the walk it replaced (the
oracles below) on random trees: deep ones (past the recursion's depth), hidden
elements, line breaks, ruby readings, comments, every kind of whitespace, many pieces
and texts over the cap."""

from __future__ import annotations

import random
from typing import Any

import pytest
from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extraction.html import (
    _NOT_TEXT_TAGS,
    BR,
    ShortTexts,
    is_bare_reading,
    selector,
    shows_all_text,
    text_lines,
)
from newscrawl.extraction.html import SKIP_TAGS as NO_TEXT_TAGS
from newscrawl.extraction.teaser_boxes import short_text

_UNKNOWN: Any = object()


def _walked_short_text(element: HtmlElement, limit: int) -> str | None:
    """:func:`short_text` as one walk of libxml2's read it (the oracle)."""
    if not len(element):
        raw = element.text or ""
        if len(raw) > limit * 4:
            return None
        text = " ".join(raw.replace(BR, " ").split())
        return text if len(text) <= limit else None
    cap = limit * 4
    own = element.text
    parts = [own] if own else []
    total = len(own) if own else 0
    if total > cap:
        return None
    if isinstance(element.tag, str):
        events = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
        for event, node in events:
            if node is element:
                continue
            if event == "start":
                tag = node.tag
                if tag != "br" and tag not in NO_TEXT_TAGS and not is_bare_reading(node, tag):
                    piece = node.text
                    if not piece:
                        continue
                else:
                    events.skip_subtree()
                    if tag != "br":
                        continue
                    piece = BR
            else:
                piece = node.tail
                if not piece:
                    continue
            if len(parts) > 200:
                return None
            parts.append(piece)
            total += len(piece)
            if total > cap:
                return None
    text = " ".join("".join(parts).replace(BR, " ").split())
    return text if len(text) <= limit else None


def _searched_shows_all_text(element: HtmlElement) -> bool:
    """:func:`shows_all_text` as one search by tag (the oracle)."""
    return not len(element) or next(element.iterdescendants(*_NOT_TEXT_TAGS), None) is None


class _WalkedShortTexts:
    """:class:`ShortTexts` as one walk of libxml2's gathered each element not known yet,
    its whitespace collapsed as a whole (the oracle)."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.raw: dict[HtmlElement, str | None] = {}

    def text(self, element: HtmlElement) -> str | None:
        raw = self.raw.get(element, _UNKNOWN)
        if raw is _UNKNOWN:
            raw = self._gather(element)
        if raw is None:
            return None
        return raw.strip() if BR not in raw else text_lines(raw)

    def _gather(self, element: HtmlElement) -> str | None:
        memo = self.raw
        if not isinstance(element.tag, str):
            memo[element] = self._join([element.text or ""])
            return memo[element]
        events = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
        next(events)
        open_parts: list[list[str] | None] = [[element.text or ""]]
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
            if event == "end":
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
            elif parts is None:
                continue
            if tail := node.tail:
                parts.append(tail)
        return memo[element]

    def _join(self, parts: list[str] | None) -> str | None:
        if parts is None:
            return None
        text = "".join(parts)
        raw = " ".join(text.split())
        if not raw:
            raw = " " if text else ""
        else:
            raw = (" " if text[0].isspace() else "") + raw + (" " if text[-1].isspace() else "")
        cap = self.cap
        return raw if len(raw) <= cap or len(raw) - raw.count(" ") <= cap else None


#: Texts and tails the random trees hold: words, every kind of whitespace (a no-break
#: space, an ideographic one, a form feed …), the mark that stands for ``<br>``, nothing.
_TEXTS = [
    "", "", "a", "word", " two words ", "\n  ", "\t", "\xa0", "\u3000x\u3000", " \x0c ",
    f"x{BR}y", "long " * 30, "é", "  ", "\r\nline\r\n", "end.",
]  # fmt: skip
_TAGS = ["div", "span", "p", "a", "b", "li", "ul", "section"]
_ODD = ["br", "script", "style", "svg", "button", "noscript", "template", "iframe", "rt"]


def _markup(rnd: random.Random, depth: int, budget: list[int]) -> str:
    """Random markup: a few children per element, some deep chains, odd elements and
    comments among them."""
    out = [rnd.choice(_TEXTS)]
    for _ in range(rnd.choice([0, 1, 1, 2, 3, 5, 12])):
        if budget[0] <= 0:
            break
        budget[0] -= 1
        roll = rnd.random()
        if roll < 0.1:
            out.append(f"<!--{rnd.choice(_TEXTS)}-->")
        elif roll < 0.25:
            tag = rnd.choice(_ODD)
            if tag == "br":
                out.append("<br>")
            elif tag == "rt":
                rp = "<rp>(</rp>" if rnd.random() < 0.5 else ""
                out.append(f"<ruby>漢{rp}<rt>{rnd.choice(_TEXTS)}</rt></ruby>")
            else:
                out.append(f"<{tag}>{rnd.choice(_TEXTS)}</{tag}>")
        else:
            tag = rnd.choice(_TAGS)
            inner = _markup(rnd, depth + 1, budget) if depth < 70 else ""
            out.append(f"<{tag}>{inner}</{tag}>")
        out.append(rnd.choice(_TEXTS))
    return "".join(out)


def _deep(rnd: random.Random, levels: int) -> str:
    """A chain of *levels* nested elements, text and tails at every level."""
    opening = "".join(f"<span>{rnd.choice(_TEXTS)}" for _ in range(levels))
    return opening + "".join(f"</span>{rnd.choice(_TEXTS)}" for _ in range(levels))


def _trees(count: int) -> list[HtmlElement]:
    rnd = random.Random(20261204)
    roots = []
    for index in range(count):
        body = _markup(rnd, 0, [rnd.choice([5, 40, 300])])
        if index % 5 == 0:
            body += _deep(rnd, rnd.choice([20, 30, 45, 80]))
        roots.append(selector(f"<html><body><div>{body}</div></body></html>").root)
    return roots


@pytest.fixture(scope="module")
def trees() -> list[HtmlElement]:
    return _trees(150)


def test_short_text_reads_as_the_walk(trees: list[HtmlElement]) -> None:
    for root in trees:
        for element in root.iter():
            for limit in (5, 20, 80, 600):
                assert short_text(element, limit) == _walked_short_text(element, limit)


def test_short_text_past_the_recursion_and_the_pieces() -> None:
    deep = selector(f"<html><body><div>{_deep(random.Random(1), 60)}</div></body></html>")
    pieces = "<b>w</b> " * 150
    many = selector(f"<html><body><p>{pieces}</p></body></html>")
    # Many pieces below a deep chain: the walk that reads past the recursion counts them.
    deep_many = selector(f"<html><body><div>{'<i>' * 40}{pieces}{'</i>' * 40}</div></body></html>")
    for root in (deep.root, many.root, deep_many.root):
        for element in root.iter():
            for limit in (50, 600, 10**6):
                assert short_text(element, limit) == _walked_short_text(element, limit)


def test_shows_all_text_as_the_search(trees: list[HtmlElement]) -> None:
    for root in trees:
        for element in root.iter():
            assert shows_all_text(element) == _searched_shows_all_text(element)


@pytest.mark.parametrize("cap", [3, 30, 400])
@pytest.mark.parametrize("order", ["page", "reversed", "random"])
def test_short_texts_read_as_the_walk(trees: list[HtmlElement], cap: int, order: str) -> None:
    rnd = random.Random(cap)
    for root in trees:
        elements = list(root.iter())
        if order == "reversed":
            elements.reverse()  # the leaves first: parents read off known children
        elif order == "random":
            rnd.shuffle(elements)
        mine, walked = ShortTexts(cap), _WalkedShortTexts(cap)
        for element in elements:
            assert mine.text(element) == walked.text(element)
