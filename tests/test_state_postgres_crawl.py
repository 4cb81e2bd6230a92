"""Crawls with the PostgreSQL state (``-s NEWSCRAWL_STATE=postgresql://…``), against the
demo site and a real PostgreSQL: the same records as with SQLite, one line and nothing
published when the server is unreachable or lost mid-run, one run of a site at a time."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from newscrawl.demo.server import DemoSite
from newscrawl.state.postgres import shown

from .conftest import FIXTURES, ROOT
from .crawling import crawl_command, records, run_crawl
from .killing import committed, leftovers, small_site
from .killing import crawl as killing_crawl
from .services import PostgresServer, free_port
from .test_state_faults import (
    EDITION1,
    EDITION2,
    _assert_exactly,
    _error_lines,
    _export_files,
    _last_run,
    _reference,
    _wait_for_hits,
)

SITE = FIXTURES / "site"
ENV = {**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"}


def _state(url: str) -> list[str]:
    return ["-s", f"NEWSCRAWL_STATE={url}"]


def _runs(out: Path) -> list[dict[str, Any]]:
    """Per committed run (in order): its articles and sidebar items, without fetch times."""
    found = []
    for kind in ("articles", "sidebar"):
        for name, recs in records(out / "dawn", kind).items():
            rows = []
            for record in recs:
                meta = record.get("metadata") or {}
                rows.append((record.get("url"), meta.get("version"), meta.get("contentHash"),
                             record.get("headline") or record.get("title")))  # fmt: skip
            found.append((kind, name.split("-")[-1], sorted(rows, key=repr)))
    found.sort(key=lambda f: (f[1], f[0]))
    return [{"kind": kind, "records": rows} for kind, _, rows in found]


def _tables(url: str) -> dict[str, int]:
    with psycopg.connect(url, autocommit=True) as db:
        return {
            table: int(db.execute(f"SELECT count(*) FROM newscrawl_{table}").fetchone()[0])  # type: ignore[index]
            for table in ("articles", "teasers", "pending", "workers")
        }


def test_editions_with_postgres_state_equal_sqlite(tmp_path: Path, postgres_url: str) -> None:
    sqlite_out, pg_out = tmp_path / "sqlite", tmp_path / "pg"
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        run_crawl("dawn", base, sqlite_out)
        run_crawl("dawn", base, pg_out, *_state(postgres_url))
        site.swap(SITE / "edition2")
        run_crawl("dawn", base, sqlite_out)
        second = run_crawl("dawn", base, pg_out, *_state(postgres_url))
    assert "Traceback" not in second.stderr
    assert _runs(pg_out) == _runs(sqlite_out)
    assert len(_export_files(pg_out)) == 4
    _assert_exactly(pg_out, _reference(EDITION1, EDITION2))
    assert not (pg_out / "dawn" / "state.sqlite").exists()
    runs = [json.loads(line) for line in (pg_out / "runs.jsonl").read_text("utf-8").splitlines()]
    assert [r["status"] for r in runs] == ["ok", "ok"]
    counts = _tables(postgres_url)
    assert counts["pending"] == counts["workers"] == 0
    assert counts["articles"] == len({story for story, _ in _reference(EDITION1, EDITION2)})


def test_unreachable_postgres_state_is_one_line_and_exit_1(tmp_path: Path) -> None:
    url = f"postgresql://newscrawl:secret@127.0.0.1:{free_port()}/news"
    out = tmp_path / "out"
    with DemoSite(SITE / "edition1") as site:
        proc = subprocess.run(crawl_command("dawn", site.start(), out, *_state(url)), cwd=ROOT,
                              capture_output=True, text=True, timeout=300, check=False,
                              env=ENV)  # fmt: skip
        assert sum(site.snapshot().values()) == 0
    assert proc.returncode == 1, proc.stderr[-3000:]
    (line,) = _error_lines(proc.stderr)
    assert line.startswith(f"newscrawl: state store {shown(url)} cannot be reached ("), line
    assert "secret" not in proc.stderr
    run = _last_run(out)
    assert run["status"] == "failed" and run["finishReason"] == "state_unavailable"
    assert _export_files(out) == []
    # newscrawl crawl says the same, and exits 1 too (no summary of a crawl not run).
    cli = subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", "crawl", "dawn", "-a", "base_url=http://127.0.0.1:1",
         "-s", f"NEWSCRAWL_OUTPUT_DIR={out}", *_state(url)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False, env=ENV,
    )  # fmt: skip
    assert cli.returncode == 1, cli.stderr[-3000:]
    assert cli.stdout == ""
    (again,) = _error_lines(cli.stderr)
    assert again.startswith(f"newscrawl: state store {shown(url)} cannot be reached ("), again


def test_second_run_on_a_shared_postgres_state_is_refused(
    tmp_path: Path, postgres_url: str
) -> None:
    """Two outputs (two machines) sharing one PostgreSQL state: one run of a site at once."""
    with DemoSite(SITE / "edition1") as first, DemoSite(SITE / "edition1") as second:
        command = crawl_command("dawn", first.start(), tmp_path / "one", *_state(postgres_url))
        running = subprocess.Popen(
            command, cwd=ROOT, text=True, env=ENV, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            _wait_for_hits(first, 20, running)
            running.send_signal(signal.SIGSTOP)
            try:
                proc = subprocess.run(
                    crawl_command("dawn", second.start(), tmp_path / "two", *_state(postgres_url)),
                    cwd=ROOT, capture_output=True, text=True, timeout=300, check=False, env=ENV,
                )  # fmt: skip
            finally:
                running.send_signal(signal.SIGCONT)
            assert running.wait(timeout=300) == 0
        finally:
            if running.poll() is None:
                running.kill()
                running.wait()
        assert sum(second.snapshot().values()) == 0
    assert proc.returncode == 1, proc.stderr[-3000:]
    (line,) = _error_lines(proc.stderr)
    assert line == (
        f"newscrawl: state store {shown(postgres_url)} is held by another run of dawn (its"
        " run lock); nothing was crawled; run again once that process has let go of it"
    )
    assert _last_run(tmp_path / "two")["finishReason"] == "state_locked"
    assert _export_files(tmp_path / "two") == []
    _assert_exactly(tmp_path / "one", _reference(EDITION1))


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test's own, to kill or restart."""
    folder = Path(tempfile.mkdtemp(prefix="newscrawl-postgres-"))
    folder.chmod(0o755)
    server = PostgresServer(folder).start()
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("fault", ["kill", "restart"])
def test_postgres_lost_mid_run_fails_loudly_and_commits_nothing(
    tmp_path: Path, own_server: PostgresServer, fault: str
) -> None:
    url, out = own_server.create_database(), tmp_path / "out"
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        crawl = subprocess.Popen(crawl_command("dawn", base, out, *_state(url)), cwd=ROOT,
                                 text=True, env=ENV, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)  # fmt: skip
        try:
            _wait_for_hits(site, 40, crawl)
            crawl.send_signal(signal.SIGSTOP)  # the server goes while the crawl is mid-run
            if fault == "kill":
                own_server.kill()
                own_server.start()
            else:
                own_server.restart()
            crawl.send_signal(signal.SIGCONT)
            _, stderr = crawl.communicate(timeout=300)
        finally:
            if crawl.poll() is None:
                crawl.kill()
                crawl.wait()
        assert crawl.returncode == 2, stderr[-3000:]
        lines = [e for e in _error_lines(stderr) if e.startswith("newscrawl:")]
        assert lines and lines[0].startswith(f"newscrawl: state store {url} failed mid-run ("), (
            lines
        )
        assert lines[0].endswith("; the run is not committed: nothing of it is published, the"
                                 " next run exports its records")  # fmt: skip
        assert _export_files(out) == []  # nothing published
        run = _last_run(out)
        assert run["status"] == "failed" and run["finishReason"] == "state_unavailable"
        assert run["committed"] is False
        again = run_crawl("dawn", base, out, *_state(url))
    assert "Traceback" not in again.stderr
    _assert_exactly(out, _reference(EDITION1))  # the next run exports what it missed
    assert _tables(url)["pending"] == 0


#: Steps of a run's commit (newscrawl.commit) to kill a crawl at, with a PostgreSQL state,
#: and what the next run must make of it; ``promote_articles`` is inside PostgreSQL's
#: promote transaction (half of the run's state written, not committed).
KILL_STEPS = {
    "item:20": "discarded",
    "state_staged": "discarded",
    "record": "discarded",
    "committed": "committed",
    "published:2": "committed",
    "promote_articles": "committed",
    "promoted": "committed",
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """A small demo site, and the records of one uninterrupted run of it (SQLite state)."""
    folder = small_site(tmp_path_factory.mktemp("site") / "edition1")
    with DemoSite(folder) as server:
        base = server.start()
        out = tmp_path_factory.mktemp("reference")
        done = killing_crawl(base, out)
        assert done.returncode == 0, done.stderr[-3000:]
        yield base, committed(out)


@pytest.mark.parametrize("step", list(KILL_STEPS))
def test_kill_at_a_commit_step_with_postgres_state(
    step: str, small: tuple[str, Any], tmp_path: Path, postgres_url: str
) -> None:
    base, reference = small
    out = tmp_path / "out"
    killed = killing_crawl(base, out, *_state(postgres_url), kill_at=step)
    assert killed.returncode == -9, killed.stderr[-3000:]  # the step was reached
    if step == "promote_articles":
        assert _tables(postgres_url)["articles"] == 0  # the transaction died with it
    again = killing_crawl(base, out, *_state(postgres_url))
    assert again.returncode == 0, again.stderr[-3000:]
    assert committed(out) == reference
    assert leftovers(out) == []
    assert [r["outcome"] for r in _last_run(out)["settled"]] == [KILL_STEPS[step]]
    counts = _tables(postgres_url)
    assert counts["pending"] == 0 and counts["articles"] == len(reference[0])
