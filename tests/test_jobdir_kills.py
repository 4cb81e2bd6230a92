"""SIGKILL a ``-s JOBDIR=…`` crawl early, midway and near its end, resume with the same
JOBDIR: exactly the records of one uninterrupted run (newscrawl.jobdir)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newscrawl.demo.server import DemoSite

from .conftest import FIXTURES
from .crawling import stats_of
from .killing import committed, crawl, leftovers

# The full edition: a crawl long enough for Scrapy to have flushed part of requests.seen
# to disk when it is killed (the file is buffered), which is what a resume trips over.
SITE = FIXTURES / "site" / "edition1"
Records = tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Records:
    out = tmp_path_factory.mktemp("reference")
    with DemoSite(SITE) as server:
        done = crawl(server.start(), out)
    assert done.returncode == 0, done.stderr[-3000:]
    articles, teasers = committed(out)
    assert len(articles) == 320 and len(teasers) == 103
    return articles, teasers


@pytest.mark.parametrize("kill_at", ["item:20", "item:200", "item:400"])
def test_sigkill_under_jobdir_then_resume(
    kill_at: str, reference: Records, tmp_path: Path
) -> None:
    out, job = tmp_path / "out", tmp_path / "job"
    with DemoSite(SITE) as server:
        base = server.start()
        killed = crawl(base, out, "-s", f"JOBDIR={job}", kill_at=kill_at)
        assert killed.returncode == -9, killed.stderr[-3000:]
        before = sum(server.hits.values())
        resumed = crawl(base, out, "-s", f"JOBDIR={job}")
        made = sum(server.hits.values()) - before
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert committed(out) == reference
    assert leftovers(out) == []
    assert made > 300  # the killed run's pages were asked for again, not filtered as seen
    assert stats_of(resumed.stderr)["newscrawl/jobdir/reset"] == 1
    assert "which did not commit (killed?)" in resumed.stderr


def test_pause_then_kill_the_resumed_run_then_resume(reference: Records, tmp_path: Path) -> None:
    """A graceful pause keeps its frontier (the paused run committed); the run resumed
    from it is killed, so its frontier is dropped; the next resume completes the job."""
    out, job = tmp_path / "out", tmp_path / "job"
    with DemoSite(SITE) as server:
        base = server.start()
        paused = crawl(base, out, "-s", f"JOBDIR={job}", kill_at="item:150", signal="INT")
        assert paused.returncode == 0, paused.stderr[-3000:]
        assert "shutdown" in paused.stderr  # Scrapy's finish reason for a pause
        killed = crawl(base, out, "-s", f"JOBDIR={job}", kill_at="item:50")
        assert killed.returncode == -9, killed.stderr[-3000:]
        assert "Resuming crawl" in killed.stderr  # the paused frontier was kept
        assert "did not commit" not in killed.stderr
        resumed = crawl(base, out, "-s", f"JOBDIR={job}")
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert stats_of(resumed.stderr)["newscrawl/jobdir/reset"] == 1
    assert committed(out) == reference
    assert leftovers(out) == []
