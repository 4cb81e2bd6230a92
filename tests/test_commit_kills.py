"""Kill a crawl at every step of its commit, then run once more: exactly the records of one
uninterrupted run, none twice, none missing, nothing left behind (newscrawl.commit)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newscrawl.demo.server import DemoSite

from .crawling import stats_of
from .killing import (
    SMALL_SITE_ARTICLES,
    committed,
    crawl,
    leftovers,
    small_site,
    start_crawl,
    wait_stopped,
)

Records = tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]]]

#: Each step a run meets, in order, and what the next run must make of the killed run.
STEPS = {
    "item:20": "discarded",  # mid-crawl
    "state_staged": "discarded",  # the pipelines wrote the last pending state
    "stored:1": "discarded",  # the articles file complete under its staging name
    "stored:2": "discarded",  # the sidebar file too
    "prepared": "discarded",  # every file stored, the state durable
    "record": "discarded",  # the commit record written, not yet renamed
    "committed": "committed",  # the commit point passed, nothing published yet
    "published:1": "committed",  # the articles file in place, the sidebar file not
    "published:2": "committed",  # both in place, the state not promoted
    "promoted": "committed",  # the state promoted, the marker not written
    "finished": None,  # done, the run-log line not written
    "runlog": None,  # done, the run-log line written
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_site(tmp_path_factory.mktemp("site") / "edition1")


@pytest.fixture(scope="module")
def reference(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Records:
    """The records of one uninterrupted run."""
    out = tmp_path_factory.mktemp("reference")
    with DemoSite(site) as server:
        done = crawl(server.start(), out)
    assert done.returncode == 0, done.stderr[-3000:]
    articles, teasers = committed(out)
    assert len(articles) == SMALL_SITE_ARTICLES and set(articles.values()) == {1}
    assert teasers and set(teasers.values()) == {1}
    return articles, teasers


def _killed(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == -9, proc.stderr[-3000:]  # the hook fired: the step was reached


def _last_run(out: Path) -> dict[str, Any]:
    lines = (out / "runs.jsonl").read_text("utf-8").splitlines()
    return dict(json.loads(lines[-1]))


def _published_runs(out: Path) -> dict[str, set[str]]:
    """Per run stamp, the kinds of export file under a final name."""
    runs: dict[str, set[str]] = {}
    for path in (out / "dawn").glob("*-dawn-*.jsonl"):
        kind, _, stamp = path.stem.partition("-dawn-")
        runs.setdefault(stamp, set()).add(kind)
    return runs


@pytest.mark.parametrize("step", list(STEPS))
def test_kill_at_each_commit_step_then_one_run(
    step: str, site: Path, reference: Records, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with DemoSite(site) as server:
        base = server.start()
        _killed(crawl(base, out, kill_at=step))
        published = _published_runs(out)
        if STEPS[step] == "discarded":
            assert published == {}  # before the commit point nothing of the run is visible
        again = crawl(base, out)
    assert again.returncode == 0, again.stderr[-3000:]
    assert committed(out) == reference
    assert leftovers(out) == []
    line = _last_run(out)
    assert line["committed"] is True and line["status"] == "ok"
    expected = STEPS[step]
    settled = [run["outcome"] for run in line["settled"]]
    assert settled == ([expected] if expected else [])
    stats = stats_of(again.stderr)
    assert stats.get("newscrawl/state/settled_runs", 0) == len(settled)
    if expected:
        assert stats.get(f"newscrawl/commit/settled_{expected}") == 1
    # A committed run's files are all in place; a discarded one left none.
    assert all(kinds == {"articles", "sidebar"} for kinds in _published_runs(out).values())
    assert len(_published_runs(out)) == (1 if expected == "discarded" else 2)


def test_kills_in_a_row_including_one_while_settling(
    site: Path, reference: Records, tmp_path: Path
) -> None:
    """Five runs killed one after the other, one of them while settling the one before;
    then one normal run settles what is left, as a whole."""
    out = tmp_path / "out"
    with DemoSite(site) as server:
        base = server.start()
        for step in ("item:30", "published:1", "settle_published:2", "record", "state_staged"):
            _killed(crawl(base, out, kill_at=step))
        again = crawl(base, out)
    assert again.returncode == 0, again.stderr[-3000:]
    assert committed(out) == reference
    assert leftovers(out) == []
    assert not list((out / "dawn").glob(".*"))  # no hidden file or folder left


def test_a_run_whose_file_vanished_is_not_committed(
    site: Path, reference: Records, tmp_path: Path
) -> None:
    """A staged file removed under the crawl (a clean-up job, a full disk): the run is not
    committed, says so, exits 2, publishes nothing; the next run exports everything."""
    out = tmp_path / "out"
    with DemoSite(site) as server:
        base = server.start()
        result: list[subprocess.CompletedProcess[str]] = []
        runner = threading.Thread(target=lambda: result.append(crawl(base, out)))
        runner.start()
        tick = threading.Event()
        staged: list[Path] = []
        while runner.is_alive() and not staged:
            staged = list((out / "dawn").glob(".staging/*/sidebar-*.jsonl"))
            tick.wait(0.005)
        assert staged, "the run ended before its sidebar file was staged"
        staged[0].unlink()
        runner.join()
        failed = result[0]
        assert failed.returncode == 2, failed.stderr[-3000:]
        assert "NOT committed: export(s) missing or not stored: sidebar-dawn-" in failed.stderr
        assert _published_runs(out) == {}
        line = _last_run(out)
        assert line["committed"] is False and line["status"] == "failed"
        again = crawl(base, out)
    assert again.returncode == 0, again.stderr[-3000:]
    assert committed(out) == reference
    assert leftovers(out) == []


def test_without_a_state_store_files_are_still_committed_as_a_whole(
    site: Path, reference: Records, tmp_path: Path
) -> None:
    """``NEWSCRAWL_STATE_ENABLED=0``: the files alone are settled; a staging file of the
    earlier ``.<name>.part`` protocol is cleaned up."""
    out = tmp_path / "out"
    legacy = out / "dawn" / ".articles-dawn-20250101T000000000Z.jsonl.part"
    legacy.parent.mkdir(parents=True)
    legacy.write_text('{"headline": "half a rec', "utf-8")
    off = ("-s", "NEWSCRAWL_STATE_ENABLED=0")
    with DemoSite(site) as server:
        base = server.start()
        _killed(crawl(base, out, *off, kill_at="published:1"))
        assert not legacy.exists()
        killed_run = _published_runs(out)
        assert list(killed_run.values()) == [{"articles"}]
        again = crawl(base, out, *off)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "newscrawl/commit/settled_committed': 1" in again.stderr
    assert leftovers(out) == []
    runs = _published_runs(out)
    assert len(runs) == 2 and all(kinds == {"articles", "sidebar"} for kinds in runs.values())
    # The killed run's files, completed by the settlement, hold a whole run's records.
    (stamp,) = killed_run
    assert committed(out, stamp) == reference


def test_no_other_process_can_lock_the_state_store_mid_run(
    site: Path, reference: Records, tmp_path: Path
) -> None:
    """Another process trying to take the state store's write lock while the run is alive
    (it would make the run's state impossible to commit after its files are staged) is
    refused: the run holds the store's lock from its start to its end, and commits."""
    out = tmp_path / "out"
    with DemoSite(site) as server:
        base = server.start()
        result: list[subprocess.CompletedProcess[str]] = []
        runner = threading.Thread(target=lambda: result.append(crawl(base, out)))
        runner.start()
        tick = threading.Event()
        while runner.is_alive() and sum(server.hits.values()) < 5:  # the store is open
            tick.wait(0.005)
        assert runner.is_alive()
        holder = sqlite3.connect(out / "dawn" / "state.sqlite", isolation_level=None,
                                 timeout=0)  # fmt: skip
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            holder.execute("BEGIN EXCLUSIVE")
        holder.close()
        runner.join()
    done = result[0]
    assert done.returncode == 0, done.stderr[-3000:]
    assert committed(out) == reference
    assert leftovers(out) == []


def test_a_run_that_cannot_settle_its_predecessor_stops_before_fetching(
    site: Path, reference: Records, tmp_path: Path
) -> None:
    """A committed run awaits settlement but the store is locked: the next run must not
    crawl on the stale state (it would export that run's records again)."""
    out = tmp_path / "out"
    with DemoSite(site) as server:
        base = server.start()
        _killed(crawl(base, out, kill_at="committed"))
        (killed_run,) = (p.name for p in (out / "dawn" / ".staging").iterdir())
        hits = sum(server.hits.values())
        holder = sqlite3.connect(out / "dawn" / "state.sqlite", isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            stopped = crawl(base, out)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        # The store is checked for its write lock as it opens, before any settlement.
        assert stopped.returncode == 1, stopped.stderr[-3000:]
        assert "is locked by another process" in stopped.stderr
        assert sum(server.hits.values()) == hits  # it fetched nothing
        # The killed run passed its commit point: its files may be out; this run's not.
        assert set(_published_runs(out)) <= {killed_run}
        again = crawl(base, out)
    assert again.returncode == 0, again.stderr[-3000:]
    assert committed(out) == reference
    assert leftovers(out) == []


def test_extra_feeds_elsewhere_commit_with_the_run(site: Path, tmp_path: Path) -> None:
    """Any number of files, anywhere, any format: a user's extra feeds (``-o``) are more
    files of the run's commit record, published with the others, or by the settlement."""
    out, lines, table = (tmp_path / "out", tmp_path / "elsewhere" / "items.jsonl",
                         tmp_path / "elsewhere" / "items.csv")  # fmt: skip
    feeds = ("-o", f"{lines}:jsonlines", "-o", f"{table}:csv")
    with DemoSite(site) as server:
        base = server.start()
        _killed(crawl(base, out, *feeds, kill_at="published:1"))
        record = json.loads(next((out / "dawn").glob(".staging/*/COMMIT.json")).read_text())
        finals = [out / "dawn" / f["final"] for f in record["files"]]
        assert {str(lines), str(table)} < {f["final"] for f in record["files"]}
        assert len(finals) == 4
        assert sum(path.exists() for path in finals) == 1  # killed after the first rename
        counts = {f["final"]: f["records"] for f in record["files"]}
        again = crawl(base, out)
    assert again.returncode == 0, again.stderr[-3000:]
    assert all(path.exists() for path in finals)
    items = counts[str(lines)]
    assert items == counts[str(table)] == sum(counts.values()) - 2 * items  # every item
    assert len(lines.read_text("utf-8").splitlines()) == items
    assert leftovers(out) == []


def test_a_state_store_that_does_not_open_publishes_nothing(site: Path, tmp_path: Path) -> None:
    """Files without their state would be exported again by the next run: not published."""
    out, folder = tmp_path / "out", tmp_path / "not-a-database"
    folder.mkdir()
    with DemoSite(site) as server:
        done = crawl(server.start(), out, "-s", f"NEWSCRAWL_STATE_PATH={folder}")
    assert done.returncode == 1, done.stderr[-3000:]  # refused before the engine started
    assert "is a directory, not a database file" in done.stderr
    assert _published_runs(out) == {}
    assert leftovers(out) == []


def test_two_crawls_of_one_site_at_once_never_export_twice(
    site: Path, reference: Records, tmp_path: Path
) -> None:
    """A second crawl of the site into the same folder while the first is alive (frozen
    mid-crawl): it must not settle (break) the live run, nor crawl beside it; afterwards
    nothing twice, and nothing missing once one more run has run."""
    out = tmp_path / "out"
    with DemoSite(site) as server:
        base = server.start()
        first = start_crawl(base, out, kill_at="item:10", signal="STOP")
        wait_stopped(first)
        assert first.poll() is None
        hits = sum(server.hits.values())
        second = crawl(base, out)
        first.send_signal(signal.SIGCONT)
        assert first.wait(timeout=300) == 0
        assert second.returncode == 1, second.stderr[-3000:]
        assert "another crawl of dawn is running on" in second.stderr
        assert sum(server.hits.values()) - hits > 0  # the first one went on, alone
        articles, teasers = committed(out)
        assert set(articles.values()) == set(teasers.values()) == {1}
        again = crawl(base, out)
    assert again.returncode == 0, again.stderr[-3000:]
    assert committed(out) == reference
    assert leftovers(out) == []
