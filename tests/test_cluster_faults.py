"""Distributed runs under faults: a worker SIGKILLed at random points, the coordinator
killed, Redis and PostgreSQL restarted mid-run. Every record is committed exactly once;
a run that cannot finish commits nothing."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from newscrawl.demo.server import DemoSite

from .clustering import (
    LEASE,
    SITE,
    article_key,
    committed,
    environment,
    once,
    run_cluster,
    run_log,
    staging_left,
    start_cluster,
    teaser_key,
)
from .conftest import ROOT
from .crawling import FAST
from .services import PostgresServer, RedisServer, wait_until

#: Seeds of the worker-kill runs (each: which worker, where it dies).
SEEDS = (5, 7, 11, 23)  # w3 at stored; w2 after 51 taken; w2 handed in; w2 after 3


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with DemoSite(SITE / "edition1") as demo:
        yield demo.start()


@pytest.fixture(scope="module")
def reference(
    site: str,
    redis_service: RedisServer,
    postgres_service: PostgresServer,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, set[Any]]:
    """The records of a clean run of edition 1 (one worker)."""
    out = tmp_path_factory.mktemp("reference")
    run_cluster(site, out, redis_service.url, postgres_service.create_database(), 1)
    (run,) = committed(out).values()
    return {
        "articles": once([article_key(r) for r in run["articles"]]),
        "sidebar": once([teaser_key(t) for t in run["sidebar"]]),
    }


def _taken(client: redis.Redis, worker: str | None = None) -> int:
    pattern = f"newscrawl:dawn:*:taken:{worker or '*'}"
    return sum(int(client.llen(key)) for key in client.scan_iter(match=pattern))


def _holder_pid(client: redis.Redis, worker: str) -> int | None:
    for key in client.scan_iter(match=f"newscrawl:dawn:*:alive:{worker}"):
        value = client.get(key)
        if value:
            return int(value.decode().split("@")[0])
    return None


def _wait_taken(
    client: redis.Redis, proc: subprocess.Popen[str], count: int, worker: str | None = None
) -> None:
    def reached() -> bool:
        assert proc.poll() is None, "the run ended before the fault was injected"
        return _taken(client, worker) >= count

    wait_until(reached, 300, f"{count} requests taken")


def _all_once(out: Path, reference: dict[str, set[Any]]) -> int:
    """Every record of the reference in the committed runs, once; returns how many."""
    runs = committed(out)
    articles = [article_key(r) for run in runs.values() for r in run["articles"]]
    teasers = [teaser_key(t) for run in runs.values() for t in run["sidebar"]]
    assert once(articles) == reference["articles"]
    assert once(teasers) == reference["sidebar"]
    assert not staging_left(out)
    return len(articles) + len(teasers)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_worker_killed_at_a_random_point_loses_nothing(  # noqa: PLR0917 - fixtures
    seed: int,
    site: str,
    redis_url: str,
    postgres_url: str,
    tmp_path: Path,
    reference: dict[str, set[Any]],
) -> None:
    rng = random.Random(seed)
    victim = f"w{rng.randint(1, 3)}"
    how = rng.choice(["taken", "taken", "stored", "handed_in"])
    out = tmp_path / "out"
    env = environment()
    if how != "taken":  # at an exact step of its hand-in, by its own hand
        env |= {"NEWSCRAWL_TEST_KILL_WORKER": victim, "NEWSCRAWL_TEST_KILL_WORKER_AT": how}
    proc = start_cluster(site, out, redis_url, postgres_url, 3, env=env)
    client = redis.Redis.from_url(redis_url)
    try:
        if how == "taken":  # SIGKILL from outside, after a random number of its requests
            _wait_taken(client, proc, rng.randint(1, 80), victim)
            pid = _holder_pid(client, victim)
            assert pid is not None
            os.kill(pid, signal.SIGKILL)
        _, stderr = proc.communicate(timeout=600)
    finally:
        client.close()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr[-6000:]
    if how != "handed_in":
        assert f"Worker {victim} lost" in stderr
        assert not list((out / "dawn").glob(f"*-{victim}.jsonl"))  # its files: void
    assert len(committed(out)) == 1
    checked = _all_once(out, reference)
    print(f"seed {seed}: killed {victim} at {how}; {checked} records checked")


@pytest.mark.parametrize("point", ["crawling", "record", "published:1"])
def test_a_killed_coordinator_is_settled_by_the_next_run(  # noqa: PLR0917 - fixtures
    point: str,
    site: str,
    redis_url: str,
    postgres_url: str,
    tmp_path: Path,
    reference: dict[str, set[Any]],
) -> None:
    out = tmp_path / "out"
    env = environment() if point == "crawling" else environment(NEWSCRAWL_TEST_KILL_AT=point)
    proc = start_cluster(site, out, redis_url, postgres_url, 3, env=env)
    client = redis.Redis.from_url(redis_url)
    try:
        if point == "crawling":
            _wait_taken(client, proc, 60)
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=600)
    finally:
        client.close()
    assert proc.returncode == -signal.SIGKILL
    published = committed(out)
    if point == "published:1":
        assert len(published) == 1  # past the commit point: one of its files is out
    else:
        assert not published
    second = run_cluster(site, out, redis_url, postgres_url, 3)
    assert "Settled interrupted run" in second.stderr
    _all_once(out, reference)
    assert not list(redis.Redis.from_url(redis_url).scan_iter(match="newscrawl:dawn:*"))


def _fails_or_resumes(proc: subprocess.Popen[str], out: Path) -> str:
    """A run hit by a lost server: committed whole, or failed loudly having published
    nothing. Returns its stderr."""
    _, stderr = proc.communicate(timeout=600)
    lines = run_log(out)
    if proc.returncode == 0:
        assert lines[-1]["status"] == "ok" and lines[-1]["committed"]
        return stderr
    assert proc.returncode == 2, stderr[-4000:]
    assert "NOT committed" in stderr
    assert lines[-1]["status"] == "failed" and not lines[-1]["committed"]
    assert not committed(out) and not staging_left(out)
    return stderr


def test_redis_restarted_mid_run(
    site: str, postgres_url: str, tmp_path: Path, reference: dict[str, set[Any]]
) -> None:
    server = RedisServer(tmp_path / "redis").start()
    out = tmp_path / "out"
    try:
        proc = start_cluster(site, out, server.url, postgres_url, 2)
        client = redis.Redis.from_url(server.url)
        _wait_taken(client, proc, 40)
        client.close()
        server.restart()  # no persistence: the queue, seen-set and taken lists are gone
        _fails_or_resumes(proc, out)
        assert proc.returncode == 2  # lost keys cannot be resumed from
        run_cluster(site, out, server.url, postgres_url, 2)
        _all_once(out, reference)
    finally:
        server.stop()


def test_postgres_restarted_mid_run(
    site: str, redis_url: str, tmp_path: Path, reference: dict[str, set[Any]]
) -> None:
    """The coordinator's connection is cut by the restart: the run fails (exit 2, one line
    naming the state store, run log failed, workers stopped, nothing published); the next
    run discards its pending rows and exports everything once."""
    folder = Path(tempfile.mkdtemp(prefix="newscrawl-pg-restart-"))
    folder.chmod(0o755)
    server = PostgresServer(folder).start()
    out = tmp_path / "out"
    try:
        url = server.create_database()
        proc = start_cluster(site, out, redis_url, url, 2)
        client = redis.Redis.from_url(redis_url)
        _wait_taken(client, proc, 40)
        pids = [_holder_pid(client, f"w{n}") for n in (1, 2)]
        client.close()
        server.restart()
        _, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 2, stderr[-4000:]
        assert "newscrawl cluster: run failed (StateUnavailable: " in stderr
        assert "failed mid-run" in stderr and "NOT committed" in stderr
        (line,) = run_log(out)
        assert line["status"] == "failed" and not line["committed"]
        assert "failed mid-run" in json.dumps(line["failedChecks"])
        assert not committed(out) and not staging_left(out)
        for pid in pids:
            if pid is not None:  # a worker not yet up had no lease
                with pytest.raises(ProcessLookupError):
                    os.kill(pid, 0)
        run_cluster(site, out, redis_url, url, 2)
        assert len(committed(out)) == 1
        _all_once(out, reference)
    finally:
        server.stop()


def test_a_frozen_worker_is_fenced_and_stops_loudly_when_it_wakes(
    site: str,
    redis_url: str,
    postgres_url: str,
    tmp_path: Path,
    reference: dict[str, set[Any]],
) -> None:
    """A worker started elsewhere stops answering (SIGSTOP) past its lease: the run goes
    on without it; woken up, it finds itself fenced and exits 2, its files unused."""
    out = tmp_path / "out"
    coordinator = start_cluster(site, out, redis_url, postgres_url, 1)
    client = redis.Redis.from_url(redis_url)
    try:
        wait_until(
            lambda: bool(list(client.scan_iter(match="newscrawl:dawn:*:epoch"))), 120, "run"
        )
        (epoch,) = client.scan_iter(match="newscrawl:dawn:*:epoch")
        stamp = epoch.decode().split(":")[2]
        frozen = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "newscrawl.cli",
                "worker",
                "--site",
                "dawn",
                "--run",
                stamp,
                "--redis",
                redis_url,
                "--state",
                postgres_url,
                "--output",
                str(out),
                "--id",
                "sleepy",
                "--lease",
                LEASE,
                "-a",
                f"base_url={site}",
                *FAST,
            ],
            cwd=ROOT,
            env=environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        _wait_taken(client, coordinator, 5, "sleepy")
        frozen.send_signal(signal.SIGSTOP)
        fenced = f"newscrawl:dawn:{stamp}:fenced"
        wait_until(lambda: bool(client.sismember(fenced, "sleepy")), 120, "fenced")
        frozen.send_signal(signal.SIGCONT)
        _, err = frozen.communicate(timeout=300)
        _, stderr = coordinator.communicate(timeout=600)
    finally:
        client.close()
        for proc in (coordinator,):
            if proc.poll() is None:
                proc.kill()
    assert frozen.returncode == 2 and "sleepy did not hand its files in" in err
    assert coordinator.returncode == 0, stderr[-4000:]
    assert "Worker sleepy lost (its lease ran out)" in stderr
    assert not list((out / "dawn").glob("*-sleepy.jsonl"))
    _all_once(out, reference)


def test_sigterm_ends_the_run_like_ctrl_c(
    site: str,
    redis_url: str,
    postgres_url: str,
    tmp_path: Path,
    reference: dict[str, set[Any]],
) -> None:
    """systemd's stop (SIGTERM) mid-crawl: workers stopped, nothing published, run log
    "interrupted", locks and Redis keys released, exit 143; the next run (no lock wait)
    exports everything once."""
    out = tmp_path / "out"
    proc = start_cluster(site, out, redis_url, postgres_url, 3)
    client = redis.Redis.from_url(redis_url)
    try:
        _wait_taken(client, proc, 40)
        wait_until(lambda: all(_holder_pid(client, f"w{n}") for n in (1, 2, 3)), 300, "3 up")
        pids = [_holder_pid(client, f"w{n}") for n in (1, 2, 3)]
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143, stderr[-4000:]
    assert "newscrawl cluster: terminated (SIGTERM)" in stderr
    assert "NOT committed, nothing of it was published" in stderr
    for pid in pids:
        assert pid is not None
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # reaped by the coordinator
    lines = run_log(out)
    assert lines[-1]["status"] == "interrupted" and not lines[-1]["committed"]
    assert not committed(out) and not staging_left(out)
    assert not list(client.scan_iter(match="newscrawl:dawn:*"))
    client.close()
    second = run_cluster(site, out, redis_url, postgres_url, 3)
    assert "Settled interrupted run" not in second.stderr  # discarded already
    assert len(committed(out)) == 1
    _all_once(out, reference)


def test_a_worker_hung_before_its_first_heartbeat_is_replaced(
    site: str,
    redis_url: str,
    postgres_url: str,
    tmp_path: Path,
    reference: dict[str, set[Any]],
) -> None:
    """w1 stops itself (SIGSTOP) as its spider opens, before its first heartbeat: after
    --startup-timeout it is fenced, killed, counted and replaced; the run commits."""
    out = tmp_path / "out"
    env = environment(
        NEWSCRAWL_TEST_KILL_WORKER="w1",
        NEWSCRAWL_TEST_KILL_WORKER_AT="opened",
        NEWSCRAWL_TEST_KILL_SIGNAL="STOP",
    )
    proc = start_cluster(site, out, redis_url, postgres_url, 2, "--startup-timeout", "45", env=env)
    stdout, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr[-6000:]
    assert "Worker w1 lost (no heartbeat within 45 s of its start)" in stderr
    assert "Worker w3 started" in stderr
    # w1 is replaced; on a machine loaded enough to starve a worker past the tests' 8 s
    # lease, another may be taken for dead and replaced too, as designed (seen once in CI
    # with a benchmark running beside it): the count is at least one, not exactly one.
    replaced = re.search(r"workers \(lost and replaced\)  2 \((\d+)\)", stdout)
    assert replaced is not None and int(replaced[1]) >= 1, stdout
    assert not list((out / "dawn").glob("*-w1.jsonl"))
    assert len(committed(out)) == 1
    _all_once(out, reference)


def test_sigterm_ends_a_wait_for_the_sites_lock(
    redis_url: str, postgres_url: str, tmp_path: Path
) -> None:
    """Another run holds the site's lock in PostgreSQL; a run waiting for it (--lock-wait)
    stops at once on SIGTERM: exit 1 (it never started), one line, nothing created."""
    from newscrawl.state.postgres import PostgresStore  # noqa: PLC0415 - psycopg lazily

    holder = PostgresStore(postgres_url, busy_timeout=5)
    holder.lock_site("dawn", 0)
    out = tmp_path / "out"
    proc = start_cluster(
        "http://127.0.0.1:9/", out, redis_url, postgres_url, 1, "--lock-wait", "600"
    )
    try:
        assert proc.stderr is not None
        seen = []
        for line in proc.stderr:  # blocks until the coordinator says it waits
            seen.append(line)
            if "Waiting up to 600 s for another run of dawn" in line:
                break
        else:
            raise AssertionError("".join(seen)[-3000:])
        proc.send_signal(signal.SIGTERM)
        rest = proc.communicate(timeout=120)[1]
    finally:
        holder.close()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 1, rest
    assert "newscrawl: stopped while waiting for the other crawl of dawn on" in rest
    assert "(its lock in the state store); exiting" in rest
    assert "Traceback" not in rest
    assert not committed(out)
    assert run_log(out)[-1]["status"] == "failed"  # the line of a run that never started
