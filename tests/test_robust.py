"""Pages that crashed extraction (issue 10), control characters, and a failing page in
``newscrawl extract``: one line and a stat, the batch goes on."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

import pytest

from newscrawl import offline
from newscrawl.cli import main
from newscrawl.extraction.controls import clean_text
from newscrawl.extraction.dates import DateNormaliser
from newscrawl.extraction.html import ShortTexts, absolute_url, element_text, selector
from newscrawl.extraction.jsonld import MAX_JSONLD_DEPTH, load_json
from newscrawl.extraction.metadata import extract_metadata
from newscrawl.offline import OfflineRun, PageError, extract_html

from .conftest import FIXTURES

FETCHED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
P = "<p>The council met on Monday, and the vote on the harbour plan was put off again.</p>"
SEED_HTML = FIXTURES / "dawn" / "v2-seed-mqm-altaf" / "page.html"


def _page(body: str, head: str = "") -> bytes:
    return f"<html><head><title>Title</title>{head}</head><body>{body}</body></html>".encode()


def _records(tmp_path: Path, data: bytes, site: str = "generic") -> list[dict[str, object]]:
    """The page's records after the crawl's pipelines, as exported."""
    article, teasers = extract_html(data, "https://example.com/story", FETCHED, site)
    with OfflineRun(tmp_path) as run:
        run.export([article, *teasers])
    return [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text().splitlines()]


# --- crashing pages -----------------------------------------------------------------------


@pytest.mark.parametrize("depth", [1000, 10_000, 100_000])
@pytest.mark.parametrize("site", ["generic", "dawn", "auto"])
def test_deeply_nested_pages_do_not_crash(depth: int, site: str) -> None:
    # RecursionError in html._text_parts at ~1000 levels (metadata stamps read every level).
    bodies = [
        "<article><h1>Title</h1>" + "<div>" * depth + P * 10 + "</div>" * depth + "</article>",
        '<div class="story__content">' + "<div>" * depth + P * 10 + "</div>" * depth + "</div>",
        '<div class="post-meta">' * depth + "Published 5 hours ago +0500" + P * 10,
    ]
    for body in bodies:
        try:
            article, _ = extract_html(_page(body), "https://example.com/x", FETCHED, site)
        except PageError as exc:  # a declared refusal ("no story found") is an answer
            assert "no story" in str(exc)
        else:
            assert "The council met" in (article.articleBody or "")


def test_what_the_parser_keeps_of_deep_pages() -> None:
    # libxml2 (huge_tree, as parsel parses) keeps 1,000 levels; from 2,047 levels down it
    # drops the content: a page nested deeper loses it (no story), nothing is invented.
    for depth, kept in ((1000, True), (10_000, False), (100_000, False)):
        root = selector(_page("<div>" * depth + "<p>deep text</p>" + "</div>" * depth)).root
        assert ("deep text" in element_text(root)) is kept


def test_deep_text_is_read_at_1000_levels() -> None:
    body = '<div class="story__content">' + "<div>" * 1000 + P * 3 + "</div>" * 1001
    article, _ = extract_html(_page(body), "https://www.dawn.com/news/1", FETCHED, "dawn")
    assert article.articleBody == "\n\n".join([P[3:-4]] * 3)


@pytest.mark.parametrize(
    "script",
    [
        "[" * 2000 + "]" * 2000,
        '{"a": ' * 3000 + "1" + "}" * 3000,
        '{"@type": "NewsArticle", "mainEntity": ' * 2000 + "{}" + "}" * 2000,
        "[" * 100_000,  # unterminated as well
    ],
)
def test_deep_json_ld_is_refused_not_a_crash(tmp_path: Path, script: str) -> None:
    head = f'<script type="application/ld+json">{script}</script>'
    head += '<meta property="article:published_time" content="2024-04-30T08:00:00+05:00">'
    [record] = _records(tmp_path, _page("<article><h1>Title</h1>" + P * 8 + "</article>", head))
    assert record["datePublished"] == "2024-04-30T08:00:00+05:00"


def test_json_ld_bounds() -> None:
    ok = "[" * MAX_JSONLD_DEPTH + "]" * MAX_JSONLD_DEPTH
    assert load_json(ok) != []
    assert load_json("[" + ok + "]") == []
    # Brackets inside strings are not nesting.
    assert load_json(json.dumps({"headline": "[" * 500})) == [{"headline": "[" * 500}]
    big = json.dumps({"@type": "NewsArticle", "articleBody": "x" * 1_000_001})
    assert load_json(big) == []
    # Within the bounds a deep @graph is read as before.
    root = selector(
        _page(
            "<h1>Title</h1>",
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", '
            '"mainEntity": {"@type": "NewsArticle", "headline": "From JSON-LD", '
            '"datePublished": "2024-04-30"}}]}</script>',
        )
    ).root
    assert extract_metadata(root, "https://example.com/x").headline == "From JSON-LD"


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("5 hours ago +0500", "2024-05-01T12:00:00+05:00", "hour"),  # 07:00 UTC
        ("5 hours ago", "2024-05-01T12:00:00+05:00", "hour"),  # the site zone
        ("3 hours ago UTC", "2024-05-01T09:00:00+00:00", "hour"),
        ("5 minutes ago GMT+1", "2024-05-01T12:55:00+01:00", "minute"),
        ("yesterday at 5pm +0500", "2024-04-30T17:00:00+05:00", "hour"),
        ("yesterday at 5pm -0800", "2024-04-30T17:00:00-08:00", "hour"),
        ("today at 2am +1400", "2024-05-02T02:00:00+14:00", "hour"),  # 2 May there
        ("yesterday +0500", "2024-04-30", "day"),
        ("2 days ago -1100", "2024-04-29", "day"),  # 1 May 01:00 there
    ],
)
def test_relative_dates_with_an_explicit_zone(raw: str, value: str, precision: str) -> None:
    # "TypeError: can't subtract offset-naive and offset-aware datetimes" before.
    result = DateNormaliser(timezone="Asia/Karachi").normalise(raw, FETCHED)
    assert (result.value, result.precision, result.error) == (value, precision, None)
    assert result.timezone == ("relative" if precision != "day" else None)


def test_zoned_relative_date_through_split_and_the_pipelines(tmp_path: Path) -> None:
    # The text splitter hands the stamp to the date pipeline as written.
    text = (FIXTURES / "text" / "published-updated-byline" / "page.txt").read_text("utf-8")
    text = text.replace(
        "Published October 24, 2024 Updated October 24, 2024 09:24am",
        "Published 5 hours ago +0500 Updated 2 minutes ago (UTC)",
    )
    (tmp_path / "page.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    assert main(["split", "--site", "dawn", "--fetched-at", "2024-05-01T12:00:00Z",
                 "--out", str(out), str(tmp_path / "page.txt")]) == 0  # fmt: skip
    [record] = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    assert record["datePublishedRaw"] == "5 hours ago +0500"
    assert record["datePublished"] == "2024-05-01T12:00:00+05:00"  # 07:00 UTC, as written
    assert record["dateModifiedRaw"] == "2 minutes ago (UTC)"
    assert record["dateModified"] == "2024-05-01T11:58:00+00:00"


# --- control characters -------------------------------------------------------------------

CONTROLS = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                             *range(0x7F, 0xA0)]))  # fmt: skip


def test_control_characters_never_reach_a_record(tmp_path: Path) -> None:
    # Every C0 and C1 control, in words: as character references in the head (the binary
    # check reads the first 4 kB's raw bytes), raw further down, escaped in JSON-LD.
    dirty = "".join(f"{c}x" for c in CONTROLS)
    refs = "".join(f"&#{ord(c)};x" for c in CONTROLS)
    head = (
        f'<meta name="description" content="Desc{refs}">'
        '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "headline": f"Head{dirty}",
                      "author": {"name": "Ann\x00 Writer\x1b"}, "datePublished": "2024-04-30"})
        + "</script>" + "<!--" + "padding " * 600 + "-->"
    )  # fmt: skip
    paragraphs = "".join(f"<p>{P[3:-4]} {dirty} {refs} end.</p>" for _ in range(8))
    teasers = "".join(
        f'<li><a href="/2024/05/0{i}/t">Teaser {dirty} headline number {i}</a></li>'
        for i in range(1, 6)
    )
    body = f"<article><h1>Head{dirty}</h1>{paragraphs}</article><aside><h2>More</h2><ul>"
    data = _page(body + teasers + "</ul></aside>", head)
    article, teasers_found = extract_html(data, "https://example.com/s", FETCHED, "generic")
    texts = json.dumps(
        [article.__dict__, *[t.__dict__ for t in teasers_found]], ensure_ascii=False
    )
    found = {c for c in texts if c in CONTROLS}
    assert not found, sorted(map(hex, map(ord, found)))
    assert article.headline and article.headline.startswith("Headx")
    assert article.description and article.description.startswith("Desc")  # &#0; is U+FFFD
    assert [a["name"] for a in article.authors] == ["Ann Writer"]
    assert article.articleBody and article.articleBody.count("\n\n") == 7  # paragraphs kept
    # The same records come out of the pipelines and the exporter.
    [record] = _records(tmp_path, data)
    assert not {c for c in json.dumps(record, ensure_ascii=False) if c in CONTROLS}


def test_lone_surrogates_never_reach_a_record(tmp_path: Path) -> None:
    # JSON-LD may escape half a surrogate pair ("\ud800"): json reads it into a string no
    # UTF-8 writer takes, and the record's fingerprint or its line failed to be written
    # (bench/fuzz.py, lone-surrogates). Each becomes U+FFFD; a whole pair is its emoji.
    # As bytes (ED A0 80) or a character reference, the decoder and the parser replace it.
    ld = (
        '{"@type": "NewsArticle", "headline": "Harbour \\ud800plan \\ud83d\\ude00 vote",'
        ' "author": {"name": "Ann \\udfffWriter"}, "datePublished": "2024-04-30\\udc00",'
        ' "description": "\\ud800\\ud800"}'
    )
    head = f'<script type="application/ld+json">{ld}</script>'
    body = f"<article><h1>Harbour plan vote</h1>{P * 6}<p>Odd &#xD800; RAW end.</p></article>"
    data = _page(body, head).replace(b"RAW", b"\xed\xbf\xbf")
    [record] = _records(tmp_path, data)
    texts = json.dumps(record, ensure_ascii=False)
    assert not [c for c in texts if "\ud800" <= c <= "\udfff"]
    assert record["headline"] == "Harbour \ufffdplan \U0001f600 vote"
    assert [a["name"] for a in record["authors"]] == ["Ann \ufffdWriter"]  # type: ignore[union-attr]
    assert clean_text("a\ud800b\udfff") == "a\ufffdb\ufffd"
    assert clean_text("pair \U0001f600 kept") == "pair \U0001f600 kept"


def test_control_character_cleaning_keeps_text() -> None:
    keep = "tab\there\nnew line, no\u00a0break, ZWJ 👩\u200d💻, RTL \u200fمرحبا\u200e"
    keep += ", soft\u00adhyphen, BOM-less \ufeff, line\u2028separator"
    assert clean_text(keep) == keep
    assert clean_text("a\r\nb\rc\u0085d\u009fe\x00f\x7fg") == "a\nb\ncdefg"


def test_printable_texts_pass_and_every_control_character_goes() -> None:
    # A printable text is passed without a search: no Cc character is printable, and each
    # is cleaned whether or not the text around it is printable.
    assert clean_text("Plain text, no\u00a0break") == "Plain text, no\u00a0break"
    for code in (*range(0x20), *range(0x7F, 0xA0)):
        char = chr(code)
        assert not char.isprintable()
        expected = {"\t": "\t", "\n": "\n", "\r": "\n"}.get(char, "")
        assert clean_text(f"a{char}b") == f"a{expected}b"


def test_short_texts_are_element_text() -> None:
    root = selector(SEED_HTML.read_bytes()).root
    short = ShortTexts(10**9)
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    for element in reversed(elements):  # children first, then parents from the memo
        assert short.text(element) == element_text(element)
    capped = ShortTexts(40)
    for element in elements:
        text = element_text(element)
        assert capped.text(element) == (text if len(text.replace(" ", "")) <= 40 else None)


@pytest.mark.parametrize(
    "base", ["https://example.org/a/b.html?x=1#top", "HTTP://User@Example.org:8080/", "ftp://x/"]
)
def test_a_path_from_the_root_resolves_as_urljoin_does(base: str) -> None:
    # A plain path takes the page's origin; what urljoin would rewrite goes through it.
    paths = ["/", "/a/b-c_d.html", "/a//b", "/é", "/a?", "/a?q#f", "/a#", "/a;p", "/a\tb"]
    paths += ["/a/./b", "/a/../b", "/.", "/a/.", "/.well-known", " /a ", "//cdn.example/x"]
    for href in paths:
        assert absolute_url(base, href) == urljoin(base, href.strip()), href


# --- newscrawl extract: a failing page ---------------------------------------------------


def test_a_page_that_breaks_extraction_costs_that_page_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # No page breaks the extractors any more (the fuzz corpus says so): a bug is put in,
    # the way a future one would show, on the pages that carry a marker.
    real = offline.generic_article

    def broken(root: object, url: str, **kwargs: object) -> object:
        if "BREAK-ME" in url:
            raise RecursionError("maximum recursion depth exceeded while calling a Python object")
        return real(root, url, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(offline, "generic_article", broken)
    good = _page("<article><h1>Title</h1>" + P * 8 + "</article>")
    lines = []
    for n in range(4):
        (tmp_path / f"p{n}.html").write_bytes(good)
        url = f"https://example.com/{'BREAK-ME' if n == 1 else 'ok'}/{n}"
        lines.append(json.dumps({"path": f"p{n}.html", "url": url}))
    (tmp_path / "manifest.jsonl").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    code = main(["extract", "--site", "generic", "--manifest", str(tmp_path / "manifest.jsonl"),
                 "--out", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0
    assert (
        f"newscrawl: {tmp_path / 'manifest.jsonl'}:2 ({tmp_path / 'p1.html'}): extraction "
        "failed: RecursionError: maximum recursion depth exceeded while calling a Python object"
    ) in err.splitlines()
    assert "Traceback" not in err
    assert "3/4 pages" in err
    urls = [json.loads(x)["url"] for x in (out / "articles.jsonl").read_text().splitlines()]
    assert urls == ["https://example.com/ok/0", "https://example.com/ok/2",
                    "https://example.com/ok/3"]  # fmt: skip

    # Nothing processed at all: a non-zero exit.
    (tmp_path / "one.jsonl").write_text(lines[1] + "\n")
    assert main(["extract", "--site", "generic", "--manifest", str(tmp_path / "one.jsonl"),
                 "--out", str(tmp_path / "none")]) == 1  # fmt: skip
