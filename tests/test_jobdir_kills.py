"""SIGKILL a ``-s JOBDIR=…`` crawl early, midway and near its end, resume with the same
JOBDIR: exactly the records of one uninterrupted run (newscrawl.jobdir)."""

from __future__ import annotations

import fcntl
import json
import os
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newscrawl.demo.server import DemoSite
from newscrawl.jobdir import OWNER
from newscrawl.runlock import LOCK_NAME

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


def test_a_crawl_on_a_jobdir_in_use_leaves_its_frontier_alone(tmp_path: Path) -> None:
    """A second crawl started on the JOBDIR of a live crawl (refused a moment later by the
    site's lock when it is the same site and output) neither drops that crawl's frontier
    nor claims it; once the JOBDIR is free, an uncommitted owner's frontier is dropped."""
    out, job = tmp_path / "out", tmp_path / "job"
    job.mkdir()
    owner = json.dumps({"runId": "dawn:20250101T000000000Z", "siteDir": str(out / "dawn")})
    (job / OWNER).write_text(owner, "utf-8")
    (job / "requests.seen").write_text("0" * 40 + "\n", "utf-8")
    live = os.open(job / LOCK_NAME, os.O_RDWR | os.O_CREAT)  # the live crawl's JOBDIR lock
    try:
        fcntl.flock(live, fcntl.LOCK_EX | fcntl.LOCK_NB)
        second = crawl("http://127.0.0.1:1", out, "-s", f"JOBDIR={job}")
    finally:
        os.close(live)
    assert "is in use by another crawl" in second.stderr, second.stderr[-3000:]
    assert (job / "requests.seen").read_text("utf-8") == "0" * 40 + "\n"
    assert (job / OWNER).read_text("utf-8") == owner
    free = crawl("http://127.0.0.1:1", out, "-s", f"JOBDIR={job}")
    assert "which did not commit (killed?)" in free.stderr, free.stderr[-3000:]
    assert not (job / "requests.seen").exists() or (job / "requests.seen").stat().st_size == 0


def test_with_a_lock_wait_a_crawl_waits_for_the_jobdir_then_judges_it(tmp_path: Path) -> None:
    """NEWSCRAWL_LOCK_WAIT: the second crawl waits for the JOBDIR as for the site's lock,
    then judges the frontier the other crawl left (here an uncommitted owner's: dropped)."""
    out, job = tmp_path / "out", tmp_path / "job"
    job.mkdir()
    owner = json.dumps({"runId": "dawn:20250101T000000000Z", "siteDir": str(out / "dawn")})
    (job / OWNER).write_text(owner, "utf-8")
    (job / "requests.seen").write_text("0" * 40 + "\n", "utf-8")
    live = os.open(job / LOCK_NAME, os.O_RDWR | os.O_CREAT)
    fcntl.flock(live, fcntl.LOCK_EX | fcntl.LOCK_NB)
    release = threading.Timer(2.0, os.close, [live])
    release.start()
    try:
        waited = crawl("http://127.0.0.1:1", out, "-s", f"JOBDIR={job}",
                       "-s", "NEWSCRAWL_LOCK_WAIT=60")  # fmt: skip
    finally:
        release.join()
    assert "is in use by another crawl" not in waited.stderr, waited.stderr[-3000:]
    assert "which did not commit (killed?)" in waited.stderr, waited.stderr[-3000:]
    assert (job / OWNER).read_text("utf-8") != owner
