"""A broken profile turns the run red: non-zero exit, failed checks named, run log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newscrawl.demo.server import DemoSite

from .conftest import FIXTURES, ROOT
from .crawling import crawl_command

SITE = FIXTURES / "site" / "edition1"
SPIDERS = ["-s", "SPIDER_MODULES=newscrawl.spiders,tests.broken_spiders"]


def _crawl(spider: str, base: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        crawl_command(spider, base, out, *SPIDERS, *extra),
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
    )  # fmt: skip


def _runs(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "runs.jsonl").read_text("utf-8").splitlines()]


def test_good_run_passes_then_redesigns_fail(tmp_path: Path) -> None:
    with DemoSite(SITE) as site:
        base = site.start()
        good = _crawl("dawn", base, tmp_path / "good")
        assert good.returncode == 0, good.stderr[-2000:]
        [run] = _runs(tmp_path / "good")
        assert run["status"] == "ok" and run["failedChecks"] == []
        assert run["articles"]["exported"] == 320  # type: ignore[index]

        # Headlines vanish: the run exports articles, but coverage fails it.
        red = _crawl("dawn_no_headline", base, tmp_path / "headline")
        assert red.returncode == 2, red.stderr[-2000:]
        [run] = _runs(tmp_path / "headline")
        assert run["status"] == "failed"
        assert [c["name"] for c in run["failedChecks"]] == ["field coverage"]  # type: ignore[index, union-attr]
        assert "headline 0% < 90%" in run["failedChecks"][0]["message"]  # type: ignore[index]
        assert "FAILED: field coverage: coverage under threshold: headline 0% < 90%" in red.stderr

        # The story body moves: every page is "no story"; history shows the collapse.
        history = tmp_path / "good"
        dead = _crawl("dawn_no_body", base, history, "-s", "NEWSCRAWL_STATE_ENABLED=0")
        assert dead.returncode == 2, dead.stderr[-2000:]
        last = _runs(history)[-1]
        names = {c["name"] for c in last["failedChecks"]}  # type: ignore[union-attr]
        assert {"no articles", "article volume"} <= names, last["failedChecks"]


def test_thresholds_are_overridable_per_site(tmp_path: Path) -> None:
    with DemoSite(SITE) as site:
        base = site.start()
        lenient = '{"dawn": {"NEWSCRAWL_MONITOR_MIN_COVERAGE": {"headline": 0.0}}}'
        proc = _crawl("dawn_no_headline", base, tmp_path, "-s",
                      f"NEWSCRAWL_MONITOR_SITES={lenient}")  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert _runs(tmp_path)[-1]["status"] == "ok"


def test_newscrawl_crawl_exits_2_and_names_the_check(tmp_path: Path) -> None:
    with DemoSite(SITE) as site:
        base = site.start()
        proc = subprocess.run(
            [sys.executable, "-m", "newscrawl.cli", "crawl", "dawn", "-a", f"base_url={base}",
             "-s", f"NEWSCRAWL_OUTPUT_DIR={tmp_path}", "-s", "AUTOTHROTTLE_ENABLED=0",
             "-s", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05",
             "-s", "NEWSCRAWL_MONITOR_MAX_ERROR_RATE=0.001"],
            cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "articles exported                  320" in proc.stdout
    assert "FAILED CHECK error rate: 3 errors in" in proc.stderr
