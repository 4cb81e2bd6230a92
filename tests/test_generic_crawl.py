"""``scrapy crawl generic`` end to end on a small blog-shaped site without a profile.

``fixtures/generic-site`` is written for the origin ``http://blog.example`` and links an
off-site host ``http://elsewhere.example``; the test serves both on 127.0.0.1 (the blog
as ``127.0.0.1``, the other host as ``localhost``, so the two are different domains) and
counts every request each gets.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .conftest import FIXTURES, ROOT
from .crawling import FAST, records, stats_of

SITE = FIXTURES / "generic-site"
ORIGIN = "http://blog.example"
OFFSITE = "http://elsewhere.example"

#: Path → (headline, day published, text the body must hold).
ARTICLES = {
    "/2025/03/01/harbour-bridge-reopens/": (
        "Harbour bridge reopens after two years of repairs", "2025-03-01",
        "cracks were found in three of its steel supports"),
    "/2025/02/20/library-extends-opening-hours/": (
        "Town library extends its opening hours", "2025-02-20",
        "a new section of books in Polish, Arabic and Ukrainian"),
    "/2025/02/14/farmers-market-moves/": (
        "Farmers' market moves to the old railway yard", "2025-02-14",
        "a symbolic rent of one euro a year"),
    "/2025/01/30/new-bus-timetable/": (
        "New bus timetable brings Sunday services back", "2025-01-30",
        "the night bus to the university will return"),
    "/2025/03/03/swimming-pool-vote/": (
        "Residents vote to keep the open-air swimming pool", "2025-03-03",
        "the highest turnout for a local ballot"),
}  # fmt: skip
#: Page chrome no article body may hold.
NEVER_IN_BODY = ("Related posts", "Popular", "Riverside Notes", "Posted in", "Town",
                 "Proudly written", "Older posts")  # fmt: skip


def _file(path: str) -> Path | None:
    target = SITE / path.lstrip("/")
    if path.endswith("/"):
        target = target / ("index.xml" if path == "/feed/" else "index.html")
    return target if target.is_file() and SITE in target.resolve().parents else None


_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml",
          ".txt": "text/plain; charset=utf-8"}  # fmt: skip


@contextmanager
def serve_site(replace: dict[str, str]) -> Iterator[tuple[str, Counter[str]]]:
    """Serve the fixture site on 127.0.0.1 with *replace* applied to every file; yields
    the base URL and the request count per path."""
    hits: Counter[str] = Counter()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits[self.path] += 1
            found = _file(self.path.split("?")[0])
            if found is None:
                body, ctype, status = b"not found", "text/plain", 404
            else:
                text = found.read_text("utf-8")
                for old, new in {**replace, ORIGIN: base}.items():
                    text = text.replace(old, new)
                body, ctype, status = text.encode(), _TYPES[found.suffix], 200
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, hits
    finally:
        server.shutdown()
        server.server_close()


def crawl(start: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", f"start={start}",
               "-s", f"NEWSCRAWL_OUTPUT_DIR={out}", *FAST, *extra]  # fmt: skip
    proc = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc


def _exported(out: Path, kind: str) -> list[dict[str, Any]]:
    files = records(out / "127.0.0.1", kind)
    assert len(files) == 1, files
    return next(iter(files.values()))


def test_generic_crawl_of_a_blog(tmp_path: Path) -> None:
    with serve_site({}) as (offsite, offsite_hits):
        other = offsite.replace("127.0.0.1", "localhost")
        with serve_site({OFFSITE: other}) as (base, hits):
            proc = crawl(f"{base}/", tmp_path / "out")
            requested = set(hits)
        assert not offsite_hits  # the off-site host is never contacted

    articles = {
        str(a["url"]).removeprefix(base): a for a in _exported(tmp_path / "out", "articles")
    }
    assert sorted(articles) == sorted(ARTICLES)
    for path, (headline, day, text) in ARTICLES.items():
        article = articles[path]
        assert article["headline"] == headline
        assert article["site"] == "127.0.0.1"
        assert date.fromisoformat(str(article["datePublished"])[:10]) == date.fromisoformat(day)
        body = str(article["articleBody"])
        assert text in body
        for chrome in NEVER_IN_BODY:
            assert chrome not in body, (path, chrome)

    teasers = _exported(tmp_path / "out", "sidebar")
    blocks = Counter(str(t["block"]) for t in teasers)
    assert set(blocks) == {"Related posts", "Popular"}
    assert {str(t["url"]).removeprefix(base) for t in teasers} <= set(ARTICLES)

    # Every discovery path was taken; the About page was read but is no article.
    assert {"/robots.txt", "/sitemap.xml", "/post-sitemap.xml", "/feed/", "/about/"} <= requested
    assert "/about/" not in articles
    stats = stats_of(proc.stderr)
    assert stats["newscrawl/pages/article"] == 5
    assert stats.get("newscrawl/discovered/sitemap", 0) >= 5
    assert stats.get("newscrawl/discovered/feed", 0) == 3
    assert not any(k.startswith("newscrawl/errors/") for k in stats), stats


def test_newscrawl_crawl_url_uses_the_generic_spider(tmp_path: Path) -> None:
    with serve_site({}) as (base, _hits):
        proc = subprocess.run(
            [sys.executable, "-m", "newscrawl.cli", "crawl", f"{base}/",
             "-s", f"NEWSCRAWL_OUTPUT_DIR={tmp_path / 'out'}", "-s", "AUTOTHROTTLE_ENABLED=0"],
            cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "articles exported                  5" in proc.stdout
    assert {a["metadata"]["extractor"] for a in _exported(tmp_path / "out", "articles")} == {
        "generic"
    }
