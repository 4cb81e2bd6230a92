"""Every kind of bad response is survived, counted by kind and never exported; a page in
another charset than it declares comes out right, and the override is counted and noted."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from newscrawl.offline import OfflineRun, extract_html, parse_time

from .conftest import FIXTURES, ROOT
from .crawling import stats_of
from .faults import RUSSIAN, SEED_CANONICAL, charset_page, fault_server

GOOD = FIXTURES / "dawn" / "v2-seed-mqm-altaf" / "page.html"
FAULTS = ["good", "flaky", "error", "reset", "truncated", "hang", "redirect", "pdf", "huge",
          "nocharset", "wrongcharset", "challenge", "forbidden", "toomany", "gone",
          "binaryhtml"]  # fmt: skip


def _stats(log: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"'(newscrawl/[^']+|retry/count)': (\d+)", log)}


def _crawl(spider: str, arg: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", spider, "-a", arg,
         "-s", f"NEWSCRAWL_OUTPUT_DIR={out}", "-s", "AUTOTHROTTLE_ENABLED=0",
         "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_MAXSIZE=200000",
         "-s", "DOWNLOAD_WARNSIZE=0", "-s", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
    )  # fmt: skip


def test_faults_are_survived_counted_and_not_exported(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with fault_server(GOOD) as (base, hits):
        urls = ",".join(f"{base}/news/{1000001 + i}/{fault}" for i, fault in enumerate(FAULTS))
        proc = _crawl("dawn", f"start_urls={urls}", out)
    # So many faults fail the run's checks: it finishes, exports, and exits red.
    assert proc.returncode == 2, proc.stderr[-3000:]
    [run] = [json.loads(line) for line in (out / "runs.jsonl").read_text("utf-8").splitlines()]
    assert {c["name"] for c in run["failedChecks"]} == {"error rate", "blocked rate"}, run
    stats = _stats(proc.stderr)
    [articles] = list((out / "dawn").glob("articles-*.jsonl"))
    urls = [json.loads(line)["url"] for line in articles.read_text("utf-8").splitlines()]
    # Exported: the good page, the flaky one after its retry, the redirect at its final
    # URL, and the pages whose charset had to be found or was declared wrong.
    assert sorted(u.rsplit("/", 1)[1] for u in urls) == ["canonical", "flaky", "good",
                                                         "nocharset", "wrongcharset"]  # fmt: skip
    records = [json.loads(line) for line in articles.read_text("utf-8").splitlines()]
    nocharset = next(r for r in records if r["url"].endswith("nocharset"))
    assert "Pakistan's commercial hub" in nocharset["articleBody"]
    assert hits["/news/1000002/flaky"] == 2 and stats["retry/count"] >= 1
    assert stats["newscrawl/retry/backoff_ms"] > 0  # retries waited
    expected = {
        "newscrawl/errors/http_500": 1,
        "newscrawl/errors/http_404": 1,
        "newscrawl/errors/http_403": 1,
        "newscrawl/errors/http_429": 1,
        "newscrawl/errors/timeout": 1,
        "newscrawl/errors/too_large": 1,
        "newscrawl/pages/not_html": 2,  # the PDF and binary bytes served as text/html
        "newscrawl/blocked/challenge": 2,  # the 200 page and the 403 page
        "newscrawl/blocked/429": 1,
    }
    for key, count in expected.items():
        assert stats.get(key) == count, (key, stats)
    # A reset and a truncated body: connection-level failures, counted, not exported.
    lost = sum(v for k, v in stats.items() if k.startswith("newscrawl/errors/")
               and k.rsplit("/", 1)[1] in ("connection_lost", "truncated"))  # fmt: skip
    assert lost == 2, stats
    # A wrong declaration is overridden, so the text is right, and the override is
    # counted and noted; the page without a declaration is detected, not "corrected".
    assert stats["newscrawl/pages/charset_corrected"] == 1
    assert "newscrawl/pages/charset_replaced" not in stats
    wrong = next(r for r in records if r["url"].endswith("wrongcharset"))
    assert "Muttahidá Qaumi Movement" in wrong["articleBody"]
    assert "\ufffd" not in json.dumps(wrong, ensure_ascii=False)
    assert wrong["metadata"]["validationMessages"] == [
        "charset: declared utf-8, decoded as cp1252"
    ]
    assert nocharset["metadata"]["validationMessages"] == []


#: Charset faults (see ``tests/faults.py``) → the note on the article, if any.
CHARSET_NOTES = {
    "latin1label": ["charset: declared cp1252, decoded as utf-8"],
    "utf8as1251": ["charset: declared cp1251, decoded as utf-8"],
    "cp1251story": ["charset: declared utf-8, decoded as cp1251"],
    "koi8story": ["charset: declared utf-8, decoded as koi8-r"],
    "cp1251declared": [],
    "straybyte": ["charset: 1 character(s) undecodable as utf-8"],
    "straybytes": [
        "charset: declared cp1252, decoded as utf-8",
        "charset: 3 character(s) undecodable as utf-8",
    ],
}
FETCHED = parse_time("2025-06-20T12:00:00Z")


def _expected(url: str, text: str, tmp: Path, site: str) -> dict[str, Any]:
    """The article the page's text gives through the pipelines when it is served as the
    UTF-8 it is meant to be."""
    with OfflineRun(tmp) as run:
        article, teasers = extract_html(text.encode("utf-8"), url, FETCHED, site)
        [exported, *_] = run.export([article, *teasers])
    return dict(vars(exported))


def test_wrong_charset_declarations_are_corrected_in_a_crawl(tmp_path: Path) -> None:
    """Pages whose bytes are not in the charset they declare come out exactly as if they
    had been served right; each override is counted and noted, and bytes that no
    encoding reads stay flagged."""
    out = tmp_path / "out"
    good = GOOD.read_bytes()
    with fault_server(GOOD) as (base, _):
        paths = {fault: f"/news/{1000101 + i}/{fault}" for i, fault in enumerate(CHARSET_NOTES)}
        urls = ",".join(base + path for path in paths.values())
        proc = _crawl("dawn", f"start_urls={urls}", out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    stats = _stats(proc.stderr)
    assert stats["newscrawl/pages/charset_corrected"] == 5, stats
    assert stats["newscrawl/pages/charset_replaced"] == 2, stats
    [articles] = list((out / "dawn").glob("articles-*.jsonl"))
    records = {r["url"].rsplit("/", 1)[1]: r
               for r in map(json.loads, articles.read_text("utf-8").splitlines())}  # fmt: skip
    assert sorted(records) == sorted(CHARSET_NOTES)
    for fault, notes in CHARSET_NOTES.items():
        text = charset_page(fault, good.replace(SEED_CANONICAL, paths[fault].encode()))[0]
        expected = _expected(records[fault]["url"], text, tmp_path / fault, "dawn")
        record = records[fault]
        for field in ("headline", "description", "articleBody", "authors", "datePublished"):
            assert record[field] == expected[field], (fault, field)
        messages = [*expected["metadata"]["validationMessages"], *notes]
        assert record["metadata"]["validationMessages"] == messages, fault
    assert RUSSIAN[0] in records["cp1251story"]["articleBody"]
    assert RUSSIAN[0] in records["koi8story"]["articleBody"]
    assert "Muttahidá Qaumi Movement" in records["latin1label"]["articleBody"]
    assert "Pakistan’s commercial hub" in records["latin1label"]["articleBody"]
    assert "Muttahid\ufffd Qaumi" in records["straybyte"]["articleBody"]
    assert "Pakistan’s commercial hub" in records["straybyte"]["articleBody"]
    assert "Muttahid\ufffd Qaumi" in records["straybytes"]["articleBody"]
    assert "Pakistan’s commercial hub" in records["straybytes"]["articleBody"]


def test_the_generic_spider_decodes_as_offline(tmp_path: Path) -> None:
    """A site without a profile: the page read to tell an article from a listing is
    decoded by the same decoder, wrong declaration overridden, override noted."""
    out = tmp_path / "out"
    with fault_server(GOOD) as (base, _):
        url = f"{base}/news/1000201/cp1251story"
        proc = _crawl("generic", f"start={url}", out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    stats = _stats(proc.stderr)
    assert stats["newscrawl/pages/charset_corrected"] == 1, stats
    [articles] = list(out.glob("*/articles-*.jsonl"))
    [record] = [json.loads(line) for line in articles.read_text("utf-8").splitlines()]
    page = GOOD.read_bytes().replace(SEED_CANONICAL, b"/news/1000201/cp1251story")
    expected = _expected(url, charset_page("cp1251story", page)[0], tmp_path / "x", "generic")
    assert record["articleBody"] == expected["articleBody"]
    assert RUSSIAN[0] in record["articleBody"]
    messages = [*expected["metadata"]["validationMessages"],
                "charset: declared utf-8, decoded as cp1251"]  # fmt: skip
    assert record["metadata"]["validationMessages"] == messages


def test_gzip_bombs_and_redirect_loops_are_errors(tmp_path: Path) -> None:
    """A body that decompresses past DOWNLOAD_MAXSIZE, a redirect loop and an endless
    redirect chain are counted as errors (not as robots.txt skips, not only as Scrapy's
    dupefilter stat), so the run log and the error-rate check see them; a connection
    dropped once on a host that answered is still retried."""
    out = tmp_path / "out"
    faults = ["good", "gzipbomb", "loop", "selfloop", "chain-0", "flakyreset", "refreshloop"]
    with fault_server(GOOD) as (base, hits):
        urls = ",".join(f"{base}/news/{1000301 + i}/{fault}" for i, fault in enumerate(faults))
        # The project's own DOWNLOAD_MAXSIZE (8 MiB) and REDIRECT_MAX_TIMES (20).
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "dawn", "-a", f"start_urls={urls}",
             "-s", f"NEWSCRAWL_OUTPUT_DIR={out}", "-s", "AUTOTHROTTLE_ENABLED=0",
             "-s", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05"],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-3000:]
    stats = _stats(proc.stderr)
    errors = {
        k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newscrawl/errors/")
    }
    assert errors == {"decompression": 1, "redirect_loop": 3, "too_many_redirects": 1}, stats
    assert "newscrawl/skipped/ignored" not in stats
    assert "exceeded DOWNLOAD_MAXSIZE (8388608 B) during decompression" in proc.stderr
    assert hits["/news/1000302/gzipbomb"] == 1  # refused, not retried
    # loop -> loopback -> loop: two downloads, then refused before the dupefilter drops it.
    assert hits["/news/1000303/loop"] == 1 and hits["/news/1000303/loopback"] == 1
    assert hits["/news/1000304/selfloop"] == 1
    loop = f"{base}/news/1000303/loop"
    assert f"Request failed (redirect_loop): {loop} -> {loop}back -> {loop}\n" in proc.stderr
    assert hits["/news/1000307/refreshloop"] == 1  # <meta http-equiv="refresh"> to itself
    # chain-0 … chain-20: the start and REDIRECT_MAX_TIMES redirects, then given up.
    assert sum(n for p, n in hits.items() if "/chain-" in p) == 21
    assert hits["/news/1000306/flakyreset"] == 2 and stats["retry/count"] == 1
    assert "Traceback" not in proc.stderr
    [run] = [json.loads(line) for line in (out / "runs.jsonl").read_text("utf-8").splitlines()]
    assert run["errors"] == errors
    assert [c["name"] for c in run["failedChecks"]] == ["error rate"], run
    requests = stats_of(proc.stderr)["downloader/request_count"]
    assert run["failedChecks"][0]["message"].startswith(f"5 errors in {requests} requests")
    [articles] = list((out / "dawn").glob("articles-*.jsonl"))
    exported = [json.loads(line)["url"] for line in articles.read_text("utf-8").splitlines()]
    assert sorted(u.rsplit("/", 1)[1] for u in exported) == ["flakyreset", "good"]
