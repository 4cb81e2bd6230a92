"""A deterministic corpus of hostile pages mutated from the fixtures, and the worker that
runs each one through every extraction entry point (for ``tests/test_fuzz.py``).

Document *i* of seed *s* is rebuilt from ``random.Random(f"{s}:{i}")`` wherever it is
needed, so workers regenerate their share instead of receiving megabytes of pages, and a
failure names a document anyone can rebuild with :func:`document`.
"""

from __future__ import annotations

import json
import logging
import random
import re
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

#: CPU seconds one document may take through all entry points before it counts as a hang.
DOC_CPU_LIMIT = 30
FETCHED = datetime(2025, 5, 20, 12, 0, tzinfo=UTC)


def seeds() -> list[tuple[str, bytes]]:
    """``(url, bytes)`` of the pages mutated: every Dawn case, the generic site's pages,
    every 20th page of the demo site (articles, listings, archives) and the text cases."""
    pages: list[tuple[str, bytes]] = []
    for case in sorted((FIXTURES / "dawn").iterdir()):
        meta = json.loads((case / "meta.json").read_text("utf-8"))
        pages.append((meta["url"], (case / "page.html").read_bytes()))
    for path in sorted((FIXTURES / "generic-site").rglob("*.html")):
        rel = path.relative_to(FIXTURES / "generic-site").as_posix()
        pages.append((f"http://blog.example/{rel.removesuffix('index.html')}", path.read_bytes()))
    demo = sorted((FIXTURES / "site" / "edition1").rglob("*.html"))
    for path in demo[::20]:
        rel = path.relative_to(FIXTURES / "site" / "edition1").as_posix()
        pages.append((f"https://www.dawn.com/{rel}", path.read_bytes()))
    for case in sorted((FIXTURES / "text").iterdir()):
        pages.append(("https://www.dawn.com/news/1", (case / "page.txt").read_bytes()))
    return pages


_TAG = re.compile(rb"<[a-zA-Z][^<>]{0,200}>")
_ANY_TAG = re.compile(rb"</?[a-zA-Z][^<>]{0,200}>")
_DATE = re.compile(rb"\d{4}-\d\d-\d\d(?:T[\d:+.Z-]{0,20})?|[A-Z][a-z]+ \d{1,2}, \d{4}")
_LD = re.compile(rb"(<script[^>]*ld\+json[^>]*>)(.*?)(</script>)", re.DOTALL | re.IGNORECASE)
#: Date strings that have broken parsers: zoned relatives, impossible values, junk.
DATES = [b"5 hours ago +0500", b"yesterday at 5pm +0500", b"2 days ago -1100",
         b"3 minutes ago UTC+14", b"31 Feb 2024", b"2024-13-45T25:61:61+99:99",
         b"0000-00-00", b"99999-01-01", b"yesterday at 25pm", b"1e308", b"-1",
         b"Published: Updated: Published:", b"9" * 400, b"today at 0am PKT",
         b"1 January 10000", b"2024-02-30", b"12/31/1899 23:59 GMT+25",
         b"\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa4", b"Monday, 32nd of Smarch, 2024"]  # fmt: skip
ENTITIES = [b"&#0;", b"&#x110000;", b"&#99999999999;", b"&amp", b"&#xD800;", b"&;",
            b"&#x;", b"&nbsp" * 50, b"&" * 200, b"&#65" * 100]  # fmt: skip


def _span(rng: random.Random, data: bytes) -> tuple[int, int]:
    a, b = sorted(rng.randrange(len(data) + 1) for _ in range(2))
    return a, b


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice([1, 10, 100, 1000])):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _nest(rng: random.Random, data: bytes) -> bytes:
    """A random spot wrapped in thousands of nested elements (unclosed, or closed)."""
    depth = rng.choice([300, 1000, 3000, 20000])
    tag = rng.choice([b"div", b"span", b"li", b"section", b"a", b"table", b"b", b"p"])
    at = rng.randrange(len(data) + 1)
    opening = b"<" + tag + rng.choice([b"", b' class="post-meta date"', b" itemscope"]) + b">"
    closing = b"</" + tag + b">" if rng.random() < 0.5 else b""
    return data[:at] + opening * depth + b"x, y. " + closing * depth + data[at:]


def _duplicate(rng: random.Random, data: bytes) -> bytes:
    tags = _TAG.findall(data)
    if not tags:
        return data + b"<p>" * 5000
    tag = rng.choice(tags)
    at = data.find(tag)
    return data[:at] + tag * rng.choice([50, 500, 5000]) + data[at:]


def _remove_tags(rng: random.Random, data: bytes) -> bytes:
    share = rng.random()
    return _ANY_TAG.sub(lambda m: b"" if rng.random() < share else m.group(), data)


def _huge_attribute(rng: random.Random, data: bytes) -> bytes:
    name = rng.choice([b"class", b"id", b"href", b"datetime", b"content", b"style", b"title"])
    value = rng.choice([b"x", b"date ", b"a b ", b"\"'<>", b"2024-01-01 "]) * rng.choice(
        [1000, 100000]
    )
    tags = [m.end() - 1 for m in _TAG.finditer(data)] or [0]
    at = rng.choice(tags)
    return data[:at] + b" " + name + b'="' + value.replace(b'"', b"") + b'"' + data[at:]


def _entities(rng: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rng.randrange(1, 30)):
        at = rng.randrange(len(out) + 1)
        out = out[:at] + rng.choice(ENTITIES) + out[at:]
    return out


def _junk(rng: random.Random, data: bytes) -> bytes:
    junk = rng.randbytes(rng.choice([16, 4096, 65536]))
    if rng.random() < 0.3:  # control characters only
        junk = bytes(b % 32 for b in junk)
    a, b = _span(rng, data)
    return data[:a] + junk + data[a if rng.random() < 0.7 else b :]


def _encoding(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    codec = rng.choice(["utf-16", "utf-16-le", "utf-32", "cp1251", "latin-1", "shift_jis",
                        "koi8-r", "gb18030", "utf-7"])  # fmt: skip
    body = text.encode(codec, "replace")
    if rng.random() < 0.5:  # and a declaration that lies about it
        liar = rng.choice([b"utf-8", b"iso-8859-1", b"utf-16", b"x-unknown", b"utf-32be"])
        body = b'<meta charset="' + liar + b'">' + body
    return body


def _jsonld_text(rng: random.Random) -> bytes:
    kind = rng.randrange(8)
    depth = rng.choice([70, 2000, 100000])
    if kind == 0:
        return b"[" * depth + b"]" * depth
    if kind == 1:
        return b'{"@type": "NewsArticle", "mainEntity": ' * depth + b"{}" + b"}" * depth
    if kind == 2:  # megabytes of graph
        item = b'{"@type": "NewsArticle", "datePublished": "2024-01-01", "author": "x"},'
        return b'{"@graph": [' + item * rng.choice([1000, 30000]) + b"{}]}"
    return json.dumps(_jsonld_value(rng)).encode()


def _jsonld_value(rng: random.Random) -> object:
    date = rng.choice(DATES).decode("utf-8", "replace")
    weird: list[object] = [None, 7, 1e308, [], {}, [date], {"@value": date}, True, date]
    return {
        "@context": "https://schema.org",
        "@type": rng.choice(["NewsArticle", ["NewsArticle", 5], None, {"x": 1}, "WebPage"]),
        "headline": rng.choice(weird),
        "datePublished": rng.choice(weird),
        "dateModified": rng.choice(weird),
        "author": rng.choice([*weird, [{"name": {"name": "x"}}], [[["x"]]]]),
        "image": rng.choice(weird),
        "mainEntityOfPage": rng.choice(weird),
        "@graph": rng.choice([None, [None, 1, "x", []], weird]),
    }


def _jsonld(rng: random.Random, data: bytes) -> bytes:
    text = _jsonld_text(rng)
    if rng.random() < 0.3:
        text = text[: rng.randrange(len(text) + 1)] + rng.choice([b",", b"}", b"]]", b'"'])
    script = b'<script type="application/ld+json">' + text + b"</script>"
    if _LD.search(data) and rng.random() < 0.7:
        return _LD.sub(lambda m: script, data, count=1)
    at = data.find(b"</head>")
    at = at if at >= 0 else 0
    return data[:at] + script + data[at:]


def _dates(rng: random.Random, data: bytes) -> bytes:
    out = _DATE.sub(lambda m: rng.choice(DATES) if rng.random() < 0.7 else m.group(), data)
    stamp = b'<p class="date">Published: ' + rng.choice(DATES) + b"</p>"
    at = rng.randrange(len(out) + 1)
    return out[:at] + stamp + out[at:]


def _controls(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice([5, 50, 500])):
        out.insert(rng.randrange(len(out) + 1), rng.choice([*range(32), 0x7F]))
    if rng.random() < 0.5:
        out += "\u0085\u009f\u0080".encode() * 50
    return bytes(out)


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "flip": _flip, "truncate": _truncate, "nest": _nest, "duplicate": _duplicate,
    "remove_tags": _remove_tags, "huge_attribute": _huge_attribute, "entities": _entities,
    "junk": _junk, "encoding": _encoding, "jsonld": _jsonld, "dates": _dates,
    "controls": _controls,
}  # fmt: skip


def document(seed: int, index: int, pages: list[tuple[str, bytes]]) -> tuple[str, bytes, str]:
    """Document *index*: ``(url, bytes, mutation names)``; one to three mutations of one
    seed page, chosen and applied with a generator seeded by ``seed`` and ``index``."""
    rng = random.Random(f"{seed}:{index}")
    url, data = pages[index % len(pages)]
    names = rng.sample(sorted(MUTATIONS), rng.choice([1, 1, 2, 3]))
    for name in names:
        data = MUTATIONS[name](rng, data)
    return url, data, "+".join(names)


@dataclass
class Outcome:
    """What running one chunk of the corpus gave."""

    documents: int
    calls: dict[str, int]
    refused: int
    failures: list[str]
    slowest: tuple[float, str]


class _Hang(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Hang(f"over {DOC_CPU_LIMIT} CPU seconds")


def run_chunk(seed: int, indices: list[int], folder: str) -> Outcome:
    """Run documents *indices* through every entry point (worker side): the page function
    of ``newscrawl extract`` (profile chosen automatically, generic forced, Dawn forced),
    then the crawl's pipelines over its records, and ``newscrawl split``'s. A project
    refusal (PageError) is fine; any other exception is a failure, with its last frame."""
    from newscrawl.offline import (  # noqa: PLC0415 - imported in the worker
        OfflineRun,
        PageError,
        Records,
        Source,
        extract_page,
        split_page,
    )

    logging.disable(logging.CRITICAL)  # pipelines log every flagged record
    pages = seeds()
    signal.signal(signal.SIGPROF, _on_alarm)
    outcome = Outcome(0, {}, 0, [], (0.0, ""))
    work = Path(folder)
    with OfflineRun(work / "out") as run:
        for index in indices:
            url, data, names = document(seed, index, pages)
            path = work / f"doc{index}.html"
            path.write_bytes(data)
            source = Source(path, url, FETCHED)
            calls: list[tuple[str, Callable[[Source, str], Records], str]] = [
                ("extract-auto", extract_page, "auto"),
                ("extract-generic", extract_page, "generic"),
                ("extract-dawn", extract_page, "dawn"),
                ("split", split_page, "dawn"),
            ]
            begin = time.process_time()
            signal.setitimer(signal.ITIMER_PROF, DOC_CPU_LIMIT)
            try:
                for entry, call, site in calls:
                    outcome.calls[entry] = outcome.calls.get(entry, 0) + 1
                    try:
                        article, teasers = call(source, site)
                        run.export([article, *teasers])
                    except PageError:
                        outcome.refused += 1
                    except Exception as exc:
                        last = traceback.extract_tb(exc.__traceback__)[-1]
                        outcome.failures.append(
                            f"doc {index} ({names}) {entry}: {type(exc).__name__}: "
                            f"{str(exc)[:200]} at {Path(last.filename).name}:{last.lineno}"
                        )
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            spent = time.process_time() - begin
            if spent > outcome.slowest[0]:
                outcome.slowest = (spent, f"doc {index} ({names}, {len(data)} bytes)")
            outcome.documents += 1
            path.unlink()
    return outcome
