"""Every kind of bad response is survived, counted by kind and never exported."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURES, ROOT
from .faults import fault_server

GOOD = FIXTURES / "dawn" / "v2-seed-mqm-altaf" / "page.html"
FAULTS = ["good", "flaky", "error", "reset", "truncated", "hang", "redirect", "pdf", "huge",
          "nocharset", "wrongcharset", "challenge", "forbidden", "toomany", "gone"]  # fmt: skip


def _stats(log: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"'(newscrawl/[^']+|retry/count)': (\d+)", log)}


def test_faults_are_survived_counted_and_not_exported(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with fault_server(GOOD) as (base, hits):
        urls = ",".join(f"{base}/news/{1000001 + i}/{fault}" for i, fault in enumerate(FAULTS))
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "dawn", "-a", f"start_urls={urls}",
             "-s", f"NEWSCRAWL_OUTPUT_DIR={out}", "-s", "AUTOTHROTTLE_ENABLED=0",
             "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_MAXSIZE=200000",
             "-s", "DOWNLOAD_WARNSIZE=0", "-s", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05"],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
        )  # fmt: skip
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
        "newscrawl/pages/not_html": 1,
        "newscrawl/blocked/challenge": 2,  # the 200 page and the 403 page
        "newscrawl/blocked/429": 1,
    }
    for key, count in expected.items():
        assert stats.get(key) == count, (key, stats)
    # A reset and a truncated body: connection-level failures, counted, not exported.
    lost = sum(v for k, v in stats.items() if k.startswith("newscrawl/errors/")
               and k.rsplit("/", 1)[1] in ("connection_lost", "truncated"))  # fmt: skip
    assert lost == 2, stats
    assert stats["newscrawl/pages/charset_replaced"] == 1  # a wrong declaration is flagged
    wrong = next(r for r in records if r["url"].endswith("wrongcharset"))
    assert wrong["metadata"]["validationMessages"] == [
        "charset: 5 character(s) undecodable as utf-8"
    ]
