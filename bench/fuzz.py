"""Hostile variants of the dev pages through the generic extractor: crashes and slow-downs.

    python bench/fuzz.py [--seed N] [--pages N] [--classes C ...] [--cpu-limit S] [--jobs N]
                         [--no-records] [--show N]

Each variant class below (30) rewrites a page of ``bench/data/{aeb,dates,publishers}`` (both
halves: this is about robustness, not quality figures) into a hostile one by program:
truncated mid-tag, mid-comment, mid-script or mid-JSON-LD, its body 20 times over, a
paragraph 5,000 levels deep, 20,000 links in one list, 50,000 tiny paragraphs, a 5 MB
text node without spaces, NUL bytes, lone surrogates, mis-declared charsets, hostile
JSON-LD (huge, deep, ``@id`` webs, every value of the wrong type, 5,000 scripts),
impossible dates, a 1 MB ``<title>``, 1 MB attribute values, thousands of ``<h1>``, 20,000
dated lines (alike, or each of its own class), 20,000 ``<meta>``, a byline of 20,000
names, 50,000 ``<br>`` or comments, words 5,000 inline elements deep, and bodies that
are not HTML at all. ``--pages`` pages per set (seeded choice among those the class applies to)
are rewritten per class.

Every page, unmodified and rewritten, goes through ``bench/quality.py``'s ``newscrawl()``
(``selector`` + ``generic_article`` + ``article_records``, as ``newscrawl extract --site
generic`` reads a page) in a worker process, timed in CPU seconds; the unmodified page is
read twice and the faster read kept, so a language's first load does not count as the
variant's gain. Then (``--no-records`` skips it) the variant also goes through
``newscrawl extract``'s page function and the crawl's pipelines into an ``OfflineRun``'s
JSON lines, which catches what only writing a record shows. A project refusal
(``NotHTMLError``, ``NotArticleError``, ``PageError``) is an answer; any other exception is
a failure. A variant over ``--cpu-limit`` CPU seconds is stopped as a hang (a hang in C
code, which no signal interrupts, by the wall clock: its worker is killed and replaced).

Printed: per class, pages, exceptions, hangs, the worst slowdown (variant CPU over the
unmodified page's, pages under :data:`FLOOR` seconds counted at it) with that variant's
size growth beside it, the worst slowdown over size growth (a linear extractor slows
about as much as the page grows: this is about 1), the slowest variant in seconds; then
every flagged variant (an exception, a hang, over 20x slower, or over 5 s) with what rebuilds it:
``--seed``, class, set and page id (:func:`variant`).
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import quality  # noqa: E402

#: Flag a variant this many times slower than its page, or over this many CPU seconds.
SLOWER = 20.0
SECONDS = 5.0
#: Pages read faster than this count as this fast: the dev pages take 2-50 ms, and a ratio
#: to 2 ms is mostly noise.
FLOOR = 0.01

_TAG_OPEN = re.compile(rb"<[a-zA-Z!/]")
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_SCRIPT = re.compile(rb"<script\b[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_LD = re.compile(
    rb"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE
)
_BODY = re.compile(rb"<body\b[^>]*>(.*)</body>", re.DOTALL | re.IGNORECASE)
_HEAD_END = re.compile(rb"</head>", re.IGNORECASE)
_CHARSET = re.compile(rb"<meta[^>]*charset[^>]*>", re.IGNORECASE)
_ISO_DATE = re.compile(rb"\d{4}-\d\d-\d\d(?:[T ][\d:.]+)?(?:Z|[+-]\d\d:?\d\d)?")
_TITLE = re.compile(rb"<title\b[^>]*>.*?</title>", re.DOTALL | re.IGNORECASE)

#: Dates no calendar has.
BAD_DATES = ["0000-00-00", "9999-12-31T99:99", "10000-01-01", "-1", "-62135596800",
             "1e308", "2024-02-30", "0000-00-00T00:00:00Z", "99999999999999",
             "2024-13-45T25:61:61+99:99", "", "NaN", "Infinity", "-0001-01-01"]  # fmt: skip

Variant = Callable[[random.Random, bytes], bytes | None]


def _in_body(rng: random.Random, data: bytes, piece: bytes) -> bytes:
    """*piece* put between two tags in the middle half of the body (else of the page)."""
    body = _BODY.search(data)
    lo, hi = (body.start(1), body.end(1)) if body else (0, len(data))
    quarter = (hi - lo) // 4
    at = data.rfind(b"<", lo, rng.randint(lo + quarter, max(lo + quarter, hi - quarter)))
    at = at if at >= lo else lo
    return data[:at] + piece + data[at:]


def _cut_inside(rng: random.Random, data: bytes, spans: list[tuple[int, int]]) -> bytes | None:
    spans = [(a, b) for a, b in spans if b - a > 2]
    if not spans:
        return None
    a, b = rng.choice(spans)
    return data[: rng.randint(a + 1, b - 1)]


def truncate_tag(rng: random.Random, data: bytes) -> bytes | None:
    starts = [m.start() for m in _TAG_OPEN.finditer(data)]
    if not starts:
        return None
    at = rng.choice(starts[len(starts) // 4 :])
    return data[: at + rng.randint(1, 12)]


def truncate_comment(rng: random.Random, data: bytes) -> bytes | None:
    return _cut_inside(rng, data, [m.span() for m in _COMMENT.finditer(data)])


def truncate_script(rng: random.Random, data: bytes) -> bytes | None:
    return _cut_inside(rng, data, [m.span(1) for m in _SCRIPT.finditer(data)])


def truncate_jsonld(rng: random.Random, data: bytes) -> bytes | None:
    return _cut_inside(rng, data, [m.span(1) for m in _LD.finditer(data)])


def body_20x(rng: random.Random, data: bytes) -> bytes | None:
    body = _BODY.search(data)
    if not body:
        return None
    return data[: body.start(1)] + body.group(1) * 20 + data[body.end(1) :]


def nest_5000(rng: random.Random, data: bytes) -> bytes | None:
    pairs = [(b"<div>", b"</div>"), (b"<blockquote>", b"</blockquote>"), (b"<span>", b"</span>"),
             (b"<section>", b"</section>"), (b"<ul><li>", b"</li></ul>")]  # fmt: skip
    opening, closing = rng.choice(pairs)
    paragraph = b"<p>A paragraph nested deep in the page, with a few words in it.</p>"
    closed = rng.random() < 0.7
    return _in_body(rng, data, opening * 5000 + paragraph + (closing * 5000 if closed else b""))


def links_20000(rng: random.Random, data: bytes) -> bytes | None:
    items = b"".join(
        b'<li><a href="/section/story-%d">Story number %d of the list</a></li>' % (i, i)
        for i in range(20000)
    )
    return _in_body(rng, data, b"<ul>" + items + b"</ul>")


def paragraphs_50000(rng: random.Random, data: bytes) -> bytes | None:
    word = rng.choice([b"Hi.", b"x", b"Ok, go.", b"\xe5\xa5\xbd\xe3\x80\x82"])
    return _in_body(rng, data, b"".join(b"<p>" + word + b"</p>" for _ in range(50000)))


def text_5mb(rng: random.Random, data: bytes) -> bytes | None:
    unit = rng.choice([b"abcdefghij", b"a", "\u65e5\u672c\u8a9e\u306e\u6587".encode(), b"1"])
    return _in_body(rng, data, b"<p>" + unit * (5_000_000 // len(unit)) + b"</p>")


def nul_bytes(rng: random.Random, data: bytes) -> bytes | None:
    out = bytearray(data)
    start = 4096 if rng.random() < 0.7 else 0  # past the binary-content sniff, or in it
    for _ in range(200):
        at = rng.randint(min(start, len(out)), len(out))
        out[at:at] = b"\x00" * rng.choice([1, 1, 1, 1000])
    return bytes(out)


def lone_surrogates(rng: random.Random, data: bytes) -> bytes | None:
    """Surrogates as UTF-8 bytes (invalid), as character references, and as JSON escapes
    in JSON-LD string values (valid JSON, a lone surrogate in Python's string)."""
    out = data
    for _ in range(20):
        piece = rng.choice([b"\xed\xa0\x80", b"&#xD800;", b"&#56320;", b"\xed\xbf\xbf"])
        out = _in_body(rng, out, piece)
    ld = (
        b'<script type="application/ld+json">{"@context": "https://schema.org", '
        b'"@type": "NewsArticle", "headline": "Lone \\ud800 surrogate \\udfff", '
        b'"author": {"@type": "Person", "name": "Ann \\ud83d Lee"}, '
        b'"datePublished": "2024-03-14T10:00:00\\udc00Z", '
        b'"description": "\\ud800\\ud800", "articleBody": "Body \\udbff text."}</script>'
    )
    head = _HEAD_END.search(out)
    at = head.start() if head else 0
    out = out[:at] + ld + out[at:]
    if rng.random() < 0.5:  # the page's own JSON-LD strings too
        out = _LD.sub(lambda m: m.group().replace(b'": "', b'": "\\ud800'), out)
    return out


def _declared(data: bytes, charset: bytes) -> bytes:
    meta = b'<meta charset="' + charset + b'">'
    if _CHARSET.search(data):
        return _CHARSET.sub(meta, data, count=1)
    head = _HEAD_END.search(data)
    at = head.start() if head else 0
    return data[:at] + meta + data[at:]


def charset_utf16_bom(rng: random.Random, data: bytes) -> bytes | None:
    text = data.decode("utf-8", "replace")
    kind = rng.randrange(3)
    if kind == 0:  # a UTF-16 BOM and text, a <meta> saying UTF-8
        return b"\xff\xfe" + _declared(text.encode("utf-8"), b"utf-8").decode().encode("utf-16-le")
    if kind == 1:  # a UTF-16 BOM before UTF-8 bytes
        return b"\xff\xfe" + _declared(data, b"utf-8")
    return _declared(data, b"utf-16")  # UTF-8 bytes declared UTF-16, no BOM


def charset_latin1(rng: random.Random, data: bytes) -> bytes | None:
    text = data.decode("utf-8", "replace")
    if rng.random() < 0.5:  # all Latin-1 (what it cannot say replaced), declared UTF-8
        return _declared(text.encode("cp1252", "replace"), b"utf-8")
    half = len(data) // 2  # half UTF-8, half Latin-1, declared UTF-8
    return _declared(data[:half] + data[half:].decode("utf-8", "replace").encode(
        "latin-1", "replace"), b"utf-8")  # fmt: skip


def _ld_script(value: object) -> bytes:
    return b'<script type="application/ld+json">' + json.dumps(value).encode() + b"</script>"


def _with_ld(data: bytes, script: bytes, rng: random.Random) -> bytes:
    if _LD.search(data) and rng.random() < 0.5:
        return _LD.sub(lambda m: script, data, count=1)
    head = _HEAD_END.search(data)
    at = head.start() if head else 0
    return data[:at] + script + data[at:]


def _article(n: int) -> dict[str, object]:
    return {
        "@type": "NewsArticle",
        "@id": f"https://example.com/#a{n}",
        "headline": f"Headline number {n} of the graph",
        "datePublished": "2024-03-14T10:00:00Z",
        "author": [{"@type": "Person", "name": f"Writer {n}"}],
    }


def jsonld_huge(rng: random.Random, data: bytes) -> bytes | None:
    """Just under the 1 MB a script may hold: one article body, or 5,000 graph nodes."""
    if rng.random() < 0.5:
        body = " ".join(f"word{i}" for i in range(120000))[:990_000]
        value: object = {"@context": "https://schema.org", **_article(0), "articleBody": body}
    else:
        value = {"@context": "https://schema.org", "@graph": [_article(n) for n in range(5000)]}
    return _with_ld(data, _ld_script(value), rng)


def jsonld_deep(rng: random.Random, data: bytes) -> bytes | None:
    """60 levels (under the 64 refused), the top 12 of them two branches each (4,096
    leaves, some 300 KB), or 100,000 levels of lists."""
    if rng.random() < 0.3:
        deep = b'{"a":[' * 100000 + b"1" + b"]}" * 100000
        return _with_ld(data, b'<script type="application/ld+json">' + deep + b"</script>", rng)
    node: object = {"@type": "NewsArticle", "headline": "Deep", "datePublished": "2024-03-14"}
    for level in range(60):
        if level < 48:
            node = {"@type": "WebPage", "mainEntity": node}
        else:
            node = {"@type": "NewsArticle", "author": node, "isPartOf": [node]}
    return _with_ld(data, _ld_script(node), rng)


def jsonld_idrefs(rng: random.Random, data: bytes) -> bytes | None:
    """A graph of nodes that name each other by ``@id``: cycles and a 5,000-long chain."""
    n = 5000
    graph: list[dict[str, object]] = []
    for i in range(n):
        node: dict[str, object] = (
            _article(i) if i % 2 == 0 else {"@type": "WebPage", "@id": f"#p{i}"}
        )
        node["isPartOf"] = {"@id": f"#p{(i + 1) % n}" if i % 2 == 0 else f"#p{i + 2}"}
        node["mainEntityOfPage"] = {"@id": f"https://example.com/#a{(i - 1) % n}"}
        node["author"] = [{"@id": f"#p{i}"}, {"@id": f"https://example.com/#a{i}"}]
        node["publisher"] = {"@id": f"#p{(i * 7) % n}"}
        graph.append(node)
    return _with_ld(data, _ld_script({"@context": "https://schema.org", "@graph": graph}), rng)


def _wrong(rng: random.Random, value: object, depth: int = 0) -> object:
    if isinstance(value, dict):
        return {k: (v if k in ("@context", "@type") else _wrong(rng, v, depth + 1))
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [_wrong(rng, v, depth + 1) for v in value]
    return rng.choice([7, -1, 1e308, [], {}, [value, value], {"@value": value}, True, None,
                       [[value]], {"name": {"name": value}}, "", 0])  # fmt: skip


def jsonld_wrong_types(rng: random.Random, data: bytes) -> bytes | None:
    """The page's own JSON-LD (else a full article's) with every value of the wrong type."""
    scripts = []
    for m in _LD.finditer(data):
        try:
            scripts.append(json.loads(m.group(1)))
        except ValueError:
            continue
    if not scripts:
        scripts = [{"@context": "https://schema.org", **_article(0), "image": "x.jpg",
                    "dateModified": "2024-03-15", "publisher": {"name": "P"}}]  # fmt: skip
    out = _LD.sub(b"", data)
    script = b"".join(_ld_script(_wrong(rng, s)) for s in scripts)
    head = _HEAD_END.search(out)
    at = head.start() if head else 0
    return out[:at] + script + out[at:]


def bad_dates(rng: random.Random, data: bytes) -> bytes | None:
    """Every ISO date of the page replaced by an impossible one, plus stamps of them in
    ``<meta>``, ``<time>`` and JSON-LD."""

    def bad(_: re.Match[bytes]) -> bytes:
        return rng.choice(BAD_DATES).encode()

    out = _ISO_DATE.sub(bad, data)
    metas = b"".join(
        b'<meta property="article:published_time" content="%s">' % bad(None)  # type: ignore[arg-type]
        for _ in range(5)
    )
    out = _with_ld(out, _ld_script({"@type": "NewsArticle", "datePublished":
                                    rng.choice(BAD_DATES), "dateModified": rng.choice(BAD_DATES)}),
                   rng)  # fmt: skip
    head = _HEAD_END.search(out)
    at = head.start() if head else 0
    out = out[:at] + metas + out[at:]
    stamps = b"".join(b'<time datetime="%s">%s</time>' % (d, d)
                      for d in (rng.choice(BAD_DATES).encode() for _ in range(20)))  # fmt: skip
    return _in_body(rng, out, b'<p class="date">Published ' + stamps + b"</p>")


def title_1mb(rng: random.Random, data: bytes) -> bytes | None:
    words = b" ".join(b"Title%d" % i for i in range(130000))[:1_000_000]
    if rng.random() < 0.5:
        words = b"T" * 1_000_000
    title = b"<title>" + words + b"</title>"
    out = _TITLE.sub(lambda m: title, data, count=1) if _TITLE.search(data) else title + data
    if rng.random() < 0.5:
        out = _in_body(rng, out, b'<meta property="og:title" content="' + words + b'">')
    return out


def attribute_1mb(rng: random.Random, data: bytes) -> bytes | None:
    out = data
    for _ in range(5):
        name = rng.choice([b"class", b"id", b"href", b"datetime", b"content", b"style",
                           b"title", b"alt", b"src", b"itemprop", b"rel"])  # fmt: skip
        unit = rng.choice([b"x", b"date ", b"author byline ", b"2024-01-01 ", b"a/"])
        tags = [m.end() - 1 for m in re.finditer(rb"<(?:a|div|p|span|time|meta|img)\b[^<>]*>",
                                                  out)]  # fmt: skip
        if not tags:
            return None
        at = rng.choice(tags)
        value = unit * (1_000_000 // len(unit))
        out = out[:at] + b" " + name + b'="' + value + b'"' + out[at:]
    return out


def h1_thousands(rng: random.Random, data: bytes) -> bytes | None:
    n = rng.choice([3000, 10000])
    same = rng.random() < 0.5
    heads = b"".join(b"<h1>%s</h1>" % (b"The same headline" if same else b"Headline %d" % i)
                     for i in range(n))  # fmt: skip
    return _in_body(rng, data, heads)


def many_stamps(rng: random.Random, data: bytes) -> bytes | None:
    """20,000 dated elements (``<time>`` and stamp-classed lines), none alike."""
    lines = b"".join(
        b'<div class="date"><time datetime="2023-%02d-%02dT10:00">%d March 2023</time> '
        b"By Writer %d</div>" % (i % 12 + 1, i % 28 + 1, i % 28 + 1, i)
        for i in range(20000)
    )
    return _in_body(rng, data, lines)


def unique_classes(rng: random.Random, data: bytes) -> bytes | None:
    """20,000 dated lines, each of a class of its own (no twin among its siblings)."""
    lines = b"".join(
        b'<div class="meta-%d"><span class="date-%d">%d March 2023</span> by Writer %d</div>'
        % (i, i, i % 28 + 1, i)
        for i in range(20000)
    )
    return _in_body(rng, data, lines)


def many_scripts(rng: random.Random, data: bytes) -> bytes | None:
    """5,000 JSON-LD scripts, each a small article of its own."""
    scripts = b"".join(_ld_script({"@context": "https://schema.org", **_article(n)})
                       for n in range(5000))  # fmt: skip
    return _with_ld(data, scripts, rng)


def many_metas(rng: random.Random, data: bytes) -> bytes | None:
    """20,000 ``<meta>`` stamps and authors in the head."""
    metas = b"".join(
        b'<meta property="article:published_time" content="2023-03-%02dT10:00:00Z">'
        b'<meta name="author" content="Writer %d">' % (i % 28 + 1, i)
        for i in range(10000)
    )
    head = _HEAD_END.search(data)
    at = head.start() if head else 0
    return data[:at] + metas + data[at:]


def authors_20000(rng: random.Random, data: bytes) -> bytes | None:
    """A byline naming 20,000 people, and a JSON-LD author list as long."""
    names = [f"Writer{i} Name{i}" for i in range(20000)]
    byline = ('<p class="byline">By ' + ", ".join(names) + "</p>").encode()
    value = {"@context": "https://schema.org", **_article(0),
             "author": [{"@type": "Person", "name": n} for n in names]}  # fmt: skip
    return _in_body(rng, _with_ld(data, _ld_script(value), rng), byline)


def br_50000(rng: random.Random, data: bytes) -> bytes | None:
    """One paragraph of 50,000 short lines apart by ``<br>``."""
    line = rng.choice([b"A line.", b"x", b"14 March 2024", b"By Ann Lee"])
    return _in_body(rng, data, b"<p>" + (line + b"<br>") * 50000 + b"</p>")


def inline_nest(rng: random.Random, data: bytes) -> bytes | None:
    """A paragraph whose words lie 5,000 inline elements deep (closed, or not)."""
    tag = rng.choice([b"b", b"i", b"a", b"em", b"font"])
    closing = b"</" + tag + b">" if rng.random() < 0.7 else b""
    inner = (b"<" + tag + b">w ") * 5000 + b"deep words." + closing * 5000
    return _in_body(rng, data, b"<p>Start " + inner + b"</p>")


def comments_50000(rng: random.Random, data: bytes) -> bytes | None:
    """50,000 comments between words of a paragraph, and as many between blocks."""
    inside = b"<p>" + b"word <!-- c --> " * 50000 + b"</p>"
    return _in_body(rng, data, inside + b"<!-- block -->" * 50000)


#: Runs of what the extractor's patterns look for (numbers, separators, labels, names),
#: repeated to 100 kB: bait for a pattern that backtracks.
BAIT = ["1 ", "12.", "2024-", "12/", "1,", ":", "| ", ", ", ". ", "By ", "Published: ",
        "Updated ", "((", "\u00a0 ", "3 hours ago ", "March ", "14. ", "Mr. Ann ", "— ",
        "a-b ", "2024", "\u5e74", "T10:", "+05:00", "am pm "]  # fmt: skip


def regex_bait(rng: random.Random, data: bytes) -> bytes | None:
    """A 100 kB run of one bait in a stamp-classed line, a paragraph, the ``<title>``,
    a ``<meta>`` date, JSON-LD's dates and author, and an ``<h1>``."""
    bait = rng.choice(BAIT)
    run = (bait * (100_000 // len(bait))).encode()
    text = run.decode().replace("<", " ")
    ld = _ld_script({"@type": "NewsArticle", "datePublished": text, "author": {"name": text},
                     "headline": text[:5000]})  # fmt: skip
    head = b'<meta property="article:published_time" content="' + run + b'">'
    out = _with_ld(data, ld + head, rng)
    out = _TITLE.sub(lambda m: b"<title>" + run + b"</title>", out, count=1)
    return _in_body(rng, out, b"<h1>" + run[:20000] + b'</h1><p class="date byline">' + run
                    + b"</p><p>" + run + b"</p>")  # fmt: skip


def not_html(rng: random.Random, data: bytes) -> bytes | None:
    return rng.choice([
        b"", b"   \n\t ", b"%PDF-1.7\n" + bytes(range(256)) * 100,
        b'{"headline": "json body", "articleBody": "' + b"x " * 50000 + b'"}',
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 1000, b"\x1f\x8b\x08\x00" + rng.randbytes(5000),
        b"plain text without any markup at all. " * 20000, b"<", b"<html>", b"<!--",
        b"<?xml version='1.0'?><rss><channel><item><title>x</title></item></channel></rss>",
        rng.randbytes(100000), b"\xff\xfe" + b"\x00" * 10000, b"\xef\xbb\xbf",
    ])  # fmt: skip


CLASSES: dict[str, Variant] = {
    "truncate-tag": truncate_tag, "truncate-comment": truncate_comment,
    "truncate-script": truncate_script, "truncate-jsonld": truncate_jsonld,
    "body-20x": body_20x, "nest-5000": nest_5000, "links-20000": links_20000,
    "paragraphs-50000": paragraphs_50000, "text-5mb": text_5mb, "nul-bytes": nul_bytes,
    "lone-surrogates": lone_surrogates, "charset-utf16-bom": charset_utf16_bom,
    "charset-latin1": charset_latin1, "jsonld-huge": jsonld_huge, "jsonld-deep": jsonld_deep,
    "jsonld-idrefs": jsonld_idrefs, "jsonld-wrong-types": jsonld_wrong_types,
    "bad-dates": bad_dates, "title-1mb": title_1mb, "attribute-1mb": attribute_1mb,
    "h1-thousands": h1_thousands, "many-stamps": many_stamps,
    "unique-classes": unique_classes, "many-scripts": many_scripts, "many-metas": many_metas,
    "authors-20000": authors_20000, "br-50000": br_50000, "inline-nest": inline_nest,
    "comments-50000": comments_50000, "regex-bait": regex_bait, "not-html": not_html,
}  # fmt: skip


def _rng(seed: int, cls: str, set_name: str, pid: str) -> random.Random:
    return random.Random(f"{seed}:{cls}:{set_name}:{pid}")


def variant(seed: int, cls: str, page: quality.Page, set_name: str) -> bytes | None:
    """The page rewritten by class *cls* (None: the class does not apply to it)."""
    return CLASSES[cls](_rng(seed, cls, set_name, page.id), page.data)


# --- the worker ---------------------------------------------------------------------------


class _Hang(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Hang("over the CPU limit")


def _failure(exc: BaseException) -> str:
    last = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {str(exc)[:160]} at {Path(last.filename).name}:{last.lineno}"


def _timed(call: Callable[[], object], limit: float) -> tuple[float, str | None]:
    begin = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, limit)
    error = None
    try:
        call()
    except _Hang:
        error = "hang"
    except Exception as exc:
        error = _failure(exc)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return time.process_time() - begin, error


def _worker(conn: Connection, limit: float, records: bool) -> None:
    from newscrawl.offline import OfflineRun, PageError, Source, extract_page  # noqa: PLC0415

    logging.disable(logging.CRITICAL)
    signal.signal(signal.SIGPROF, _on_alarm)
    sets = {name: {p.id: p for p in quality.load(name)[0]} for name in quality.SETS}
    base: dict[tuple[str, str], float] = {}
    folder = Path(tempfile.mkdtemp(prefix="newscrawl-fuzz-"))
    with OfflineRun(folder / "out") as run:
        while True:
            task = conn.recv()
            if task is None:
                return
            seed, cls, set_name, pid = task
            page = sets[set_name][pid]
            if (set_name, pid) not in base:
                runs = [_timed(partial(quality.newscrawl, page), limit) for _ in range(2)]
                base[(set_name, pid)] = min(spent for spent, _ in runs)
            data = variant(seed, cls, page, set_name) or b""
            hostile = quality.Page(page.id, page.url, page.fetched_at, data)
            spent, error = _timed(partial(quality.newscrawl, hostile), limit)
            stage = "extract"
            if error is None and records:
                path = folder / "page.html"
                path.write_bytes(data)
                source = Source(path, page.url, page.fetched_at)

                def export(source: Source = source) -> None:
                    try:
                        article, teasers = extract_page(source, "generic")
                    except PageError:
                        return
                    run.export([article, *teasers])

                _, error = _timed(export, limit)
                stage = "records"
            conn.send((base[(set_name, pid)], spent, len(page.data), len(data), error, stage))


@dataclass
class Result:
    cls: str
    set_name: str
    pid: str
    base: float
    spent: float
    size: int
    hostile_size: int
    error: str | None

    @property
    def slowdown(self) -> float:
        return self.spent / max(self.base, FLOOR)

    @property
    def growth(self) -> float:
        return self.hostile_size / max(self.size, 1)

    @property
    def flagged(self) -> bool:
        return bool(self.error) or self.slowdown > SLOWER or self.spent > SECONDS


class _Pool:
    """Workers fed one task at a time; one that stops answering is killed and replaced."""

    def __init__(self, jobs: int, limit: float, records: bool) -> None:
        self.ctx = multiprocessing.get_context("spawn")
        self.limit, self.records = limit, records
        self.workers: list[tuple[Any, Connection] | None] = [None] * jobs

    def _start(self, slot: int) -> tuple[Any, Connection]:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(child, self.limit, self.records))
        proc.start()
        self.workers[slot] = (proc, parent)
        return proc, parent

    def run(self, tasks: list[tuple[int, str, str, str]]) -> list[Result]:
        results: list[Result] = []
        pending = list(reversed(tasks))
        busy: dict[int, tuple[tuple[int, str, str, str], float]] = {}
        # Loading the sets and the first page's imports take a while: the wall-clock
        # allowance is generous, C code that never returns is what it is for.
        wall = 4 * self.limit + 60
        while pending or busy:
            for slot in range(len(self.workers)):
                if slot not in busy and pending:
                    proc, conn = self.workers[slot] or self._start(slot)
                    task = pending.pop()
                    conn.send(task)
                    busy[slot] = (task, time.monotonic())
            for slot, (task, since) in list(busy.items()):
                proc, conn = self.workers[slot]  # type: ignore[misc]
                if conn.poll(0.05):
                    base, spent, size, hostile, error, stage = conn.recv()
                    if error and stage == "records":
                        error = f"records: {error}"
                    results.append(Result(task[1], task[2], task[3], base, spent, size,
                                          hostile, error))  # fmt: skip
                    del busy[slot]
                    print(f"  {task[1]:<20} {task[2]}/{task[3]}: {spent:.2f} s "
                          f"(page {base:.2f} s){' ' + error if error else ''}",
                          file=sys.stderr, flush=True)  # fmt: skip
                elif time.monotonic() - since > wall or not proc.is_alive():
                    proc.kill()
                    proc.join()
                    why = "hang (killed by the wall clock)" if proc.exitcode == -9 else (
                        f"worker died (exit {proc.exitcode})")  # fmt: skip
                    results.append(Result(task[1], task[2], task[3], 0.0, wall, 0, 0, why))
                    self.workers[slot] = None
                    del busy[slot]
        for worker in self.workers:
            if worker:
                worker[1].send(None)
                worker[0].join()
        return results


def tasks_of(seed: int, classes: list[str], per_set: int) -> list[tuple[int, str, str, str]]:
    """``(seed, class, set, page id)`` of every variant: per class and set, the first
    *per_set* pages of a seeded shuffle that the class applies to."""
    tasks = []
    for set_name in quality.SETS:
        pages, _ = quality.load(set_name)
        for cls in classes:
            order = sorted(pages, key=lambda p: p.id)
            random.Random(f"{seed}:{cls}:{set_name}").shuffle(order)
            chosen = [p for p in order[: per_set * 5] if variant(seed, cls, p, set_name)]
            tasks += [(seed, cls, set_name, p.id) for p in chosen[:per_set]]
    return tasks


def table(results: list[Result], classes: list[str]) -> str:
    head = f"{'class':<20} {'pages':>5} {'exc':>4} {'hang':>4} {'worst x':>8} {'growth':>7} " \
           f"{'x/growth':>8} {'slowest s':>9}"  # fmt: skip
    lines = [head, "-" * len(head)]
    for cls in classes:
        rows = [r for r in results if r.cls == cls]
        if not rows:
            continue
        hangs = sum(1 for r in rows if r.error and r.error.startswith("hang"))
        errors = sum(1 for r in rows if r.error) - hangs
        worst = max(rows, key=lambda r: r.slowdown)
        slowest = max(r.spent for r in rows)
        per = max(r.slowdown / max(r.growth, 1.0) for r in rows)
        lines.append(f"{cls:<20} {len(rows):>5} {errors:>4} {hangs:>4} {worst.slowdown:>8.1f} "
                     f"{worst.growth:>7.1f} {per:>8.1f} {slowest:>9.2f}")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=26)
    parser.add_argument("--pages", type=int, default=2, help="pages per set and class")
    parser.add_argument("--classes", nargs="*", default=list(CLASSES), choices=list(CLASSES))
    parser.add_argument("--cpu-limit", type=float, default=60.0)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-records", action="store_true")
    parser.add_argument("--json", type=Path, help="write every result here")
    args = parser.parse_args(argv)
    tasks = tasks_of(args.seed, args.classes, args.pages)
    print(f"{len(tasks)} variants, seed {args.seed}", file=sys.stderr)
    results = _Pool(args.jobs, args.cpu_limit, not args.no_records).run(tasks)
    print(table(results, args.classes))
    flagged = sorted((r for r in results if r.flagged), key=lambda r: (r.cls, r.set_name, r.pid))
    if flagged:
        print(f"\nflagged (over {SLOWER:g}x or {SECONDS:g} s, or failed); rebuild with --seed "
              f"{args.seed} and bench.fuzz.variant:")  # fmt: skip
    for r in flagged:
        print(f"  {r.cls:<20} {r.set_name}/{r.pid}: {r.spent:.2f} s = {r.slowdown:.1f}x "
              f"(size {r.growth:.1f}x){'  ' + r.error if r.error else ''}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in results], indent=1))
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
