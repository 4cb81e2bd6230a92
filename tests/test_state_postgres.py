"""The PostgreSQL state store: real server, real concurrent processes (tests/pgclients.py).

What SQLite and PostgreSQL share is tested on both in tests/test_state.py; here is what
only a shared store has: claims, fencing, the site lock, concurrent writers and opens,
refusals at open, a server lost mid-run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from newscrawl.state import (
    ARTICLES,
    SIDEBAR,
    StateBusy,
    StateUnavailable,
    StateUnreadable,
    UrlState,
    WorkerFenced,
    open_store,
)
from newscrawl.state.postgres import PostgresStore, shown

from .conftest import ROOT
from .services import PostgresServer, free_port, wait_until

RUN = "dawn:20250101T000000000Z"


def _client(*args: object, **kwargs: Any) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.pgclients", *map(str, args)]
    return subprocess.Popen(command, cwd=ROOT, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)  # fmt: skip


def _finish(proc: subprocess.Popen[str], code: int = 0) -> list[dict[str, Any]]:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == code, (out[-1500:], err[-3000:])
    return [json.loads(line) for line in out.splitlines()]


def _state(url: str, version: int = 1) -> UrlState:
    return UrlState(url=url, content_hash=f"sha256:{version}", version=version)


@pytest.fixture
def store(postgres_url: str) -> Iterator[PostgresStore]:
    opened = PostgresStore(postgres_url)
    yield opened
    opened.close()


def _rows(url: str, query: str, *params: object) -> list[tuple[Any, ...]]:
    with psycopg.connect(url, autocommit=True) as db:
        return db.execute(query.encode(), params or None).fetchall()


# -- choice of backend ------------------------------------------------------------------
def test_open_store_chooses_by_url(postgres_url: str, tmp_path: Path) -> None:
    pg = open_store(postgres_url.replace("postgresql://", "postgres://"), busy_timeout=1)
    assert isinstance(pg, PostgresStore) and not pg.is_file
    pg.close()
    local = open_store(str(tmp_path / "state.sqlite"), busy_timeout=1)
    assert type(local).__name__ == "SqliteStore"
    local.close()


def test_state_package_needs_only_the_standard_library() -> None:
    code = ("import sys; import newscrawl.state\n"
            "print(sorted(m for m in ('psycopg', 'scrapy') if m in sys.modules))")  # fmt: skip
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True, timeout=60)  # fmt: skip
    assert proc.stdout.strip() == "[]"


def test_password_is_never_shown() -> None:
    assert shown("postgresql://u:secret@h:5/db?password=x&sslmode=require") == (
        "postgresql://u@h:5/db?sslmode=require"
    )


# -- claims and fencing -----------------------------------------------------------------
def test_claim_owns_a_key_once_per_run(store: PostgresStore) -> None:
    store.register_worker(RUN, "w1")
    store.register_worker(RUN, "w2")
    assert store.claim(RUN, "w1", ARTICLES, "dawn:1", _state("dawn:1"))
    assert not store.claim(RUN, "w2", ARTICLES, "dawn:1", _state("dawn:1", 2))
    assert not store.claim(RUN, "w1", ARTICLES, "dawn:1", _state("dawn:1"))  # a second URL
    assert store.claim(RUN, "w2", SIDEBAR, "dawn:1", None)  # another kind, another key
    batch = [(SIDEBAR, "t", None), (SIDEBAR, "t", None), (ARTICLES, "dawn:1", None)]
    assert store.claim_many(RUN, "w2", batch) == [True, False, False]
    store.register_worker("dawn:other", "w3")
    assert store.claim("dawn:other", "w3", SIDEBAR, "t", None)  # another run: its own keys
    store.promote(RUN)
    assert store.article("dawn:1") == _state("dawn:1") and store.teaser_exported("t")
    assert store.workers(RUN) == {} and store.pending_runs() == {"dawn:other"}


def test_unregistered_worker_cannot_claim(store: PostgresStore) -> None:
    with pytest.raises(WorkerFenced, match=r"worker w9 of run .* is unknown"):
        store.claim(RUN, "w9", SIDEBAR, "t", None)


def test_fence_releases_claims_and_refuses_more(store: PostgresStore) -> None:
    store.register_worker(RUN, "w1")
    store.register_worker(RUN, "w2")
    assert store.claim_many(RUN, "w1", [(ARTICLES, "dawn:1", _state("dawn:1")),
                                        (SIDEBAR, "t1", None)]) == [True, True]  # fmt: skip
    assert store.fence_worker(RUN, "w1")
    assert store.fence_worker(RUN, "w1")  # again: still fenced, nothing more to release
    with pytest.raises(WorkerFenced) as fenced:
        store.claim(RUN, "w1", SIDEBAR, "t2", None)
    assert str(fenced.value) == (
        f"newscrawl: worker w1 of run {RUN} was fenced (taken for dead); it stops, its"
        " files are ignored and other workers crawl its share"
    )
    with pytest.raises(WorkerFenced):
        store.register_worker(RUN, "w1")  # a fenced worker never comes back
    assert not store.finish_worker(RUN, "w1", {"files": []})
    assert store.claim_many(RUN, "w2", [(ARTICLES, "dawn:1", _state("dawn:1")),
                                        (SIDEBAR, "t1", None)]) == [True, True]  # fmt: skip
    assert store.finish_worker(RUN, "w2", {"files": ["a.jsonl"], "records": 1})
    assert not store.fence_worker(RUN, "w2")  # done: its files stand
    assert not store.fence_worker(RUN, "nobody")
    assert store.workers(RUN) == {
        "w1": ("fenced", None), "w2": ("done", {"files": ["a.jsonl"], "records": 1}),
    }  # fmt: skip
    assert _rows(store.url, "SELECT DISTINCT worker FROM newscrawl_pending") == [("w2",)]
    assert store.pending_runs() == {RUN}
    store.discard(RUN)
    assert store.pending_runs() == set() and store.counts()["workers"] == 0


def test_a_batch_claim_takes_its_keys_in_one_order(postgres_url: str) -> None:
    """A batch claim waiting for one key holds none of the keys after it: rows go in in
    key order, whatever the batch's order. Two workers claiming overlapping batches in
    their own orders failed a run with PostgreSQL's "deadlock detected" (seen in CI in
    ``test_concurrent_claims_each_key_owned_once``)."""
    store = PostgresStore(postgres_url, busy_timeout=30)
    store.register_worker(RUN, "w1")
    with psycopg.connect(postgres_url) as other:  # a transaction holding key "k1"
        other.execute(
            "INSERT INTO newscrawl_pending (run_id, kind, key, worker) VALUES (%s, %s, %s, %s)",
            (RUN, SIDEBAR, "k1", "w2"),
        )
        done: list[list[bool]] = []
        claim = threading.Thread(
            target=lambda: done.append(
                store.claim_many(RUN, "w1", [(SIDEBAR, "k2", None), (SIDEBAR, "k1", None)])
            )
        )
        claim.start()
        wait_until(lambda: _waiting(postgres_url), 30, "the claim waiting for k1")
        # "k2" comes after "k1": the waiting claim has not taken it.
        with psycopg.connect(postgres_url, autocommit=True) as third:
            third.execute("SET lock_timeout = '2s'")
            third.execute(
                "INSERT INTO newscrawl_pending (run_id, kind, key, worker)"
                " VALUES (%s, %s, %s, %s)",
                (RUN, SIDEBAR, "k2", "w3"),
            )
        other.rollback()
    claim.join(30)
    assert done == [[False, True]]  # k2 went to w3 meanwhile, k1 to w1 once released
    store.close()


def _waiting(url: str) -> bool:
    """True when a newscrawl connection waits for a lock."""
    rows = _rows(
        url,
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE application_name LIKE 'newscrawl%%' AND wait_event_type = 'Lock'",
    )
    return bool(rows[0][0])


def test_concurrent_claims_each_key_owned_once(postgres_url: str, tmp_path: Path) -> None:
    go, keys = tmp_path / "go", 1500
    PostgresStore(postgres_url).close()  # the tables exist before the race starts
    clients = [
        _client("claimer", postgres_url, RUN, f"w{n}", keys, f"seed={n}", f"go={go}")
        for n in range(4)
    ]
    # Start the race only when every claimer is ready: on a busy machine the first one
    # could otherwise win every key before the last one has started.
    ready = [Path(f"{go}.w{n}") for n in range(4)]
    wait_until(lambda: all(p.exists() for p in ready), 120, "claimers")
    go.touch()
    results = {r["worker"]: set(r["won"]) for c in clients for r in _finish(c)}
    assert len(results) == 4
    owned = [key for won in results.values() for key in won]
    assert len(owned) == len(set(owned)) == 2 * keys  # each key once, none lost
    assert all(results.values()), "one worker won nothing: the race did not happen"
    stored = _rows(postgres_url, "SELECT worker, kind || ' ' || key FROM newscrawl_pending")
    assert {(w, k) for w, k in stored} == {(w, k) for w, won in results.items() for k in won}


def test_fence_races_a_claiming_process(store: PostgresStore) -> None:
    """Claims committed before the fence are released with it; none after it lands."""
    claimer = _client("endless_claimer", store.url, RUN, "w1")
    assert claimer.stdout is not None
    won = []
    for line in claimer.stdout:
        won.append(json.loads(line)["won"])
        if len(won) == 200:
            break
    assert store.fence_worker(RUN, "w1")
    rest = [json.loads(line) for line in claimer.stdout]
    assert claimer.wait(timeout=60) == 3
    assert "fenced" in rest[-1] and all("won" in r for r in rest[:-1])
    won += [r["won"] for r in rest[:-1]]
    assert _rows(store.url, "SELECT count(*) FROM newscrawl_pending") == [(0,)]
    store.register_worker(RUN, "w2")
    assert all(store.claim_many(RUN, "w2", [(SIDEBAR, key, None) for key in won]))
    assert claimer.stderr is not None
    claimer.stderr.close()
    claimer.stdout.close()


# -- promote: concurrent writers, all or nothing ----------------------------------------
def test_four_writers_five_runs_no_lost_update(postgres_url: str) -> None:
    """4 processes run 5 runs each of one site at once, each run changing every story:
    the site lock serialises them, so every story ends at version 20 and nothing is lost."""
    PostgresStore(postgres_url).close()
    writers = [_client("writer", postgres_url, "dawn", f"p{n}", 5, 300) for n in range(4)]
    runs = [r["run"] for w in writers for r in _finish(w)]
    assert len(runs) == 20
    assert _rows(postgres_url, "SELECT min(version), max(version), count(*) FROM"
                 " newscrawl_articles") == [(20, 20, 300)]  # fmt: skip
    assert _rows(postgres_url, "SELECT count(*) FROM newscrawl_teasers") == [(200,)]
    assert _rows(postgres_url, "SELECT count(*) FROM newscrawl_pending") == [(0,)]


def test_promote_killed_inside_its_transaction_commits_nothing(store: PostgresStore) -> None:
    env = {**os.environ, "NEWSCRAWL_TEST_KILL_AT": "promote_articles"}
    lines = _finish(_client("promoter", store.url, RUN, 2000, env=env), code=-9)
    assert lines == [{"staged": 2000}]
    assert store.counts() == {"articles": 0, "teasers": 0, "pending": 4000, "workers": 0}
    store.promote(RUN)
    store.promote(RUN)  # settled again after a kill: nothing changes
    assert store.counts() == {"articles": 2000, "teasers": 2000, "pending": 0, "workers": 0}
    assert store.article("dawn:7") == UrlState("dawn:7", "sha256:7", 1)


def test_version_never_goes_back(store: PostgresStore) -> None:
    store.stage_pending("dawn:b", [_state("dawn:1", 2)], [])
    store.promote("dawn:b")
    store.stage_pending("dawn:a", [_state("dawn:1", 1)], [])  # a stale run settled late
    store.promote("dawn:a")
    assert store.article("dawn:1") == _state("dawn:1", 2)


# -- opening ----------------------------------------------------------------------------
def test_concurrent_first_opens_create_the_tables_once(postgres_url: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    openers = [_client("opener", postgres_url, go) for _ in range(4)]
    go.touch()
    counts = [r["counts"] for o in openers for r in _finish(o)]
    assert counts == [{"articles": 0, "teasers": 0, "pending": 0, "workers": 0}] * 4


def test_site_lock_is_held_until_close(postgres_url: str) -> None:
    holder = _client("holder", postgres_url, "dawn", stdin=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "held"
    second = PostgresStore(postgres_url)
    with pytest.raises(StateBusy) as busy:
        second.lock_site("dawn", 0)
    assert str(busy.value) == (
        f"newscrawl: state store {shown(postgres_url)} is held by another run of dawn (its"
        " run lock); nothing was crawled; run again once that process has let go of it"
    )
    second.lock_site("other", 0)  # another site: free
    holder.kill()  # a holder that dies lets go with its connection
    holder.wait()
    second.lock_site("dawn", 120)
    second.close()
    holder.stdin.close()
    holder.stdout.close()
    assert holder.stderr is not None
    holder.stderr.close()


def test_unreachable_server_is_one_line() -> None:
    url = f"postgresql://nobody:secret@127.0.0.1:{free_port()}/db"
    with pytest.raises(StateUnavailable) as refused:
        open_store(url, busy_timeout=1)
    line = str(refused.value)
    assert "\n" not in line and "secret" not in line
    where = url.replace(":secret", "")
    assert line.startswith(f"newscrawl: state store {where} cannot be reached (connection")
    assert line.endswith("; nothing was crawled; run again once it can be reached")
    assert refused.value.reason == "state_unavailable"


def test_refused_login_is_one_line(postgres_url: str) -> None:
    url = "postgresql://no_such_role@" + postgres_url.split("@", 1)[1]
    with pytest.raises(StateUnavailable, match='role "no_such_role" does not exist'):
        PostgresStore(url, busy_timeout=1)


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE newscrawl_meta SET value = '99'",
         "has schema version 99, newer than the 1 this newscrawl reads"),
        ("ALTER TABLE newscrawl_articles DROP COLUMN lastmod",
         "is not a newscrawl state store (schema version 1, newscrawl_ tables:"),
        ("DROP TABLE newscrawl_meta",
         "is not a newscrawl state store (schema version None, newscrawl_ tables:"
         " newscrawl_articles, newscrawl_pending, newscrawl_teasers, newscrawl_workers)"),
    ],
)  # fmt: skip
def test_tables_of_another_layout_are_refused_and_kept(
    postgres_url: str, statement: str, problem: str
) -> None:
    first = PostgresStore(postgres_url)
    first.stage_pending(RUN, [_state("dawn:1")], ["t"])
    first.close()
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute(statement.encode())
    before = _rows(postgres_url, "SELECT count(*) FROM newscrawl_pending")
    with pytest.raises(StateUnreadable) as refused:
        PostgresStore(postgres_url)
    assert str(refused.value).startswith(f"newscrawl: state store {shown(postgres_url)} {problem}")
    assert _rows(postgres_url, "SELECT count(*) FROM newscrawl_pending") == before


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    folder = Path(tempfile.mkdtemp(prefix="newscrawl-postgres-"))
    folder.chmod(0o755)
    server = PostgresServer(folder).start()
    yield server
    server.stop()
    subprocess.run(["rm", "-rf", str(folder)], check=True)


def test_server_lost_mid_run_is_one_line(own_server: PostgresServer) -> None:
    url = own_server.create_database()
    store = PostgresStore(url)
    store.stage_pending(RUN, [_state("dawn:1")], [])
    own_server.kill()
    with pytest.raises(StateUnavailable) as lost:
        store.article("dawn:1")
    line = str(lost.value)
    assert "\n" not in line and line.startswith(f"newscrawl: state store {url} failed mid-run (")
    assert line.endswith("; the run is not committed: nothing of it is published, the next"
                         " run exports its records")  # fmt: skip
    store.close()
    own_server.start()
    PostgresStore(url).close()  # the restarted server is a store again
