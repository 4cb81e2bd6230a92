"""SIGKILL a crawl anywhere; run again: every article version is exported exactly once."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import threading
from collections import Counter
from pathlib import Path

import pytest

from newscrawl.demo.server import DemoSite

from .conftest import FIXTURES, ROOT
from .crawling import crawl_command, records, run_crawl
from .killing import committed, leftovers

SITE = FIXTURES / "site" / "edition1"
ARTICLES = json.loads((SITE / "site.json").read_text("utf-8"))["articles"]
TEASERS = 103  # distinct sidebar teasers of edition 1


def _wait_for_hits(site: DemoSite, count: int, proc: subprocess.Popen[str]) -> None:
    """Block until the server has answered *count* requests (or the crawl ended)."""
    tick = threading.Event()
    while sum(site.hits.values()) < count and proc.poll() is None:
        tick.wait(0.005)


def _story_id(record: dict[str, object]) -> str:
    return str(record["canonicalUrl"] or record["url"]).split("/news/")[1].split("/")[0]


def _check_union(out: Path) -> None:
    """Across every completed export: each (story, version) once, every story present,
    every teaser once; no staging file left."""
    exported = [r for recs in records(out / "dawn", "articles").values() for r in recs]
    versions = Counter((_story_id(r), r["metadata"]["version"]) for r in exported)
    assert all(n == 1 for n in versions.values()), versions.most_common(3)
    assert {story for story, _ in versions} == {str(a["id"]) for a in ARTICLES}
    _, teasers = committed(out)
    assert len(teasers) == TEASERS and set(teasers.values()) == {1}, teasers.most_common(3)
    assert leftovers(out) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_then_rerun_loses_and_duplicates_nothing(tmp_path: Path, seed: int) -> None:
    out = tmp_path / "out"
    with DemoSite(SITE) as site:
        base = site.start()
        proc = subprocess.Popen(crawl_command("dawn", base, out), cwd=ROOT, text=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        _wait_for_hits(site, random.Random(seed).randint(20, 360), proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for path in (out / "dawn").glob("*.jsonl"):  # nothing half-written under a name
            assert path.read_text("utf-8").endswith("\n") or path.stat().st_size == 0
        run_crawl("dawn", base, out)
    _check_union(out)


def test_jobdir_pause_and_resume(tmp_path: Path) -> None:
    out, jobdir = tmp_path / "out", tmp_path / "job"
    with DemoSite(SITE) as site:
        base = site.start()
        cmd = crawl_command("dawn", base, out, "-s", f"JOBDIR={jobdir}")
        proc = subprocess.Popen(cmd, cwd=ROOT, text=True, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        _wait_for_hits(site, 120, proc)
        proc.send_signal(signal.SIGINT)  # Scrapy's graceful stop: finish, store, commit
        assert proc.wait(timeout=120) == 0
        first = sum(site.hits.values())
        run_crawl("dawn", base, out, "-s", f"JOBDIR={jobdir}")
        resumed = sum(site.hits.values()) - first
    files = records(out / "dawn", "articles")
    assert len(files) == 2  # the paused run's export and the resumed run's
    assert resumed < first + 400  # the resumed run did not start over from scratch
    _check_union(out)
