"""``newscrawl extract``: many files, gz, manifests, bad inputs, encodings."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from newscrawl.cli import main

from .conftest import FIXTURES

SEED_HTML = FIXTURES / "dawn" / "v2-seed-mqm-altaf" / "page.html"
URL = "https://www.dawn.com/news/1137956/mqm-calls-upon-british-govt-to-provide-maximum-security-to-altaf"


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_extract_gz_with_url_and_fetch_time(tmp_path: Path) -> None:
    page = tmp_path / "seed.html.gz"
    page.write_bytes(gzip.compress(SEED_HTML.read_bytes()))
    out = tmp_path / "out"
    code = main(
        [
            "extract",
            "--url",
            URL,
            "--fetched-at",
            "2024-11-22T12:00:00Z",
            "--out",
            str(out),
            str(page),
        ]
    )
    assert code == 0
    [article] = _lines(out / "articles.jsonl")
    assert article["url"] == URL
    assert article["metadata"]["extractor"] == "dawn/v2"  # type: ignore[index]
    assert len(_lines(out / "sidebar.jsonl")) == 10
    assert not list(out.glob(".*"))  # no temporary file left behind


def test_extract_file_uri_by_default(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["extract", "--site", "dawn", "--out", str(out), str(SEED_HTML)]) == 0
    [article] = _lines(out / "articles.jsonl")
    assert article["url"] == SEED_HTML.resolve().as_uri()


def test_bad_inputs_are_reported_and_the_rest_comes_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {
        "empty.html": b"",
        "binary.html": bytes(range(256)) * 4,
        "plain.html": b"just some words, no markup at all",
        "broken.html.gz": b"\x1f\x8b\x08 not really gzip",
        "pdf.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "nav.html": b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    files = [str(tmp_path / n) for n in bad] + [str(SEED_HTML), str(tmp_path / "missing.html")]
    code = main(["extract", "--site", "dawn", "--out", str(tmp_path / "out"), *files])
    assert code == 0  # one page could be processed
    err = capsys.readouterr().err
    for name in [*bad, "missing.html"]:
        assert f"{name}: " in err, name
    assert "empty page" in err and "binary" in err and "not an article" in err
    assert len(_lines(tmp_path / "out" / "articles.jsonl")) == 1


def test_exit_status_when_nothing_could_be_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    assert main(["extract", "--out", str(tmp_path / "o"), str(tmp_path / "empty.html")]) == 1
    assert _lines(tmp_path / "o" / "articles.jsonl") == []  # complete, empty files


def test_manifest_of_1000_pages_in_order(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    cases = sorted((FIXTURES / "dawn").glob("*/page.html"))
    entries = []
    for n in range(1000):
        case = cases[n % len(cases)]
        name = f"p{n:04d}.html"
        shutil.copyfile(case, pages / name)
        url = f"https://www.dawn.com/news/{100000 + n}/p"
        entries.append({"path": f"pages/{name}", "url": url, "fetchedAt": "2025-07-01T00:00:00Z"})
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(e) + "\n" for e in entries), "utf-8")
    out = tmp_path / "out"
    assert main(["extract", "--manifest", str(manifest), "--out", str(out)]) == 0
    articles = _lines(out / "articles.jsonl")
    assert [a["url"] for a in articles] == [e["url"] for e in entries]
    # The same boxes recur on many pages: each teaser is exported once.
    teasers = _lines(out / "sidebar.jsonl")
    keys = [(t["block"], t["url"] or t["headline"]) for t in teasers]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("encoding", "declare"),
    [
        ("cp1252", "windows-1252"),
        ("utf-8", None),
        ("iso-8859-1", "iso-8859-1"),
        ("cp1252", "utf-8"),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, declare: str | None) -> None:
    html = SEED_HTML.read_text("utf-8").replace("’", "'")
    html = html.replace('<meta charset="utf-8">', "")
    html = html.replace("<head>", f'<head><meta charset="{declare}">' if declare else "<head>")
    html = html.replace("KARACHI: The Muttahida", "KARACHI: The café Muttahida")
    page = tmp_path / "page.html"
    page.write_bytes(html.encode(encoding, errors="replace"))
    assert main(["extract", "--url", URL, "--out", str(tmp_path / "o"), str(page)]) == 0
    [article] = _lines(tmp_path / "o" / "articles.jsonl")
    body = str(article["articleBody"])
    # A wrong declaration (cp1252 bytes labelled utf-8) is overridden: still "café".
    assert "KARACHI: The café Muttahida" in body
    assert "\ufffd" not in body


def test_truncated_page_keeps_what_arrived(tmp_path: Path) -> None:
    data = SEED_HTML.read_bytes()
    cut = data.index(b"Pakistan\xe2\x80\x99s commercial hub")
    page = tmp_path / "cut.html"
    page.write_bytes(data[:cut])
    assert main(["extract", "--url", URL, "--out", str(tmp_path / "o"), str(page)]) == 0
    [article] = _lines(tmp_path / "o" / "articles.jsonl")
    body = str(article["articleBody"])
    assert body.startswith("KARACHI: The Muttahida") and "commercial hub" not in body


def test_auto_falls_back_to_the_generic_extractor(tmp_path: Path) -> None:
    story = " ".join(["The council approved the budget after a long debate."] * 6)
    html = f"""<!DOCTYPE html><html lang="en"><head><title>Budget passed</title>
      <meta property="article:published_time" content="2025-03-02T09:00:00+01:00">
      <script type="application/ld+json">{{"@type": "NewsArticle", "headline":
        "Council passes budget", "author": {{"@type": "Person", "name": "Ana Ruiz"}}}}</script>
      </head><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
      <main><article><h1>Council passes budget</h1><p>{story}</p><p>{story}</p></article>
      <aside><h3>Most read</h3><ul>
        <li><a href="/2025/03/01/one">First other story about the town</a></li>
        <li><a href="/2025/03/01/two">Second other story about the town</a></li>
        <li><a href="/2025/03/01/three">Third other story about the town</a></li>
      </ul></aside></main></body></html>"""
    page = tmp_path / "page.html"
    page.write_text(html, "utf-8")
    url = "https://www.example-news.test/2025/03/02/budget"
    assert main(["extract", "--url", url, "--out", str(tmp_path / "o"), str(page)]) == 0
    [article] = _lines(tmp_path / "o" / "articles.jsonl")
    assert article["metadata"]["extractor"] == "generic"  # type: ignore[index]
    assert article["site"] == "example-news.test"
    assert article["headline"] == "Council passes budget"
    assert article["datePublished"] == "2025-03-02T09:00:00+01:00"
    assert "Most read" not in str(article["articleBody"])
    teasers = _lines(tmp_path / "o" / "sidebar.jsonl")
    assert [t["block"] for t in teasers] == ["Most read"] * 3
