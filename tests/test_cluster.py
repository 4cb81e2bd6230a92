"""Distributed crawls of the demo site: real redis-server, PostgreSQL and worker
processes (``newscrawl cluster``), the site served on loopback."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import redis

from newscrawl.demo.server import DemoSite

from .clustering import (
    SITE,
    article_key,
    committed,
    edition,
    environment,
    once,
    run_cluster,
    run_log,
    staging_left,
    start_cluster,
    story_id,
    teaser_key,
)
from .conftest import ROOT
from .crawling import FAST
from .services import PostgresServer, wait_until


def _keys_left(url: str) -> list[bytes]:
    client = redis.Redis.from_url(url)
    try:
        return list(client.scan_iter(match="newscrawl:dawn:*"))
    finally:
        client.close()


def test_one_and_three_workers_export_the_same_records(
    tmp_path: Path, redis_url: str, postgres_service: PostgresServer
) -> None:
    results = {}
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        for workers in (1, 3):
            out = tmp_path / f"w{workers}"
            run_cluster(base, out, redis_url, postgres_service.create_database(), workers)
            (run,) = committed(out).values()
            results[workers] = run
            assert not staging_left(out) and not _keys_left(redis_url)
            (line,) = run_log(out)
            assert line["status"] == "ok" and line["committed"]
            assert line["articles"]["exported"] == len(run["articles"])
            assert line["pages"]["fetched"] > len(run["articles"])  # the workers' summed
            metrics = (out / "dawn" / "newscrawl.prom").read_text("utf-8")
            assert 'newscrawl_last_run_success{site="dawn"} 1.0' in metrics
            files = sorted(p.name for p in (out / "dawn").glob("articles-*.jsonl"))
            assert len(files) == workers  # one file per worker, all of them published
    one, three = results[1], results[3]
    # Every story of the site once, version 1; the same records from 1 and 3 workers.
    assert sorted(story_id(r) for r in three["articles"]) == sorted(edition(1))
    assert once([article_key(r) for r in one["articles"]]) == once(
        [article_key(r) for r in three["articles"]]
    )
    assert {r["metadata"]["version"] for r in three["articles"]} == {1}
    assert once([teaser_key(t) for t in one["sidebar"]]) == once(
        [teaser_key(t) for t in three["sidebar"]]
    )
    assert three["sidebar"]


def test_edition2_with_three_workers_exports_only_new_stories_and_versions(
    tmp_path: Path, redis_url: str, postgres_url: str
) -> None:
    out = tmp_path / "out"
    first, second = edition(1), edition(2)
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        run_cluster(base, out, redis_url, postgres_url, 3)
        site.swap(SITE / "edition2")
        run_cluster(base, out, redis_url, postgres_url, 3)
    (_, got1), (_, got2) = sorted(committed(out).items())
    assert sorted(story_id(r) for r in got1["articles"]) == sorted(first)
    new = set(second) - set(first)
    changed = {k for k in first if second[k]["updated"] != first[k]["updated"]}
    assert len(new) == 24 and len(changed) == 12
    assert sorted(story_id(r) for r in got2["articles"]) == sorted(new | changed)
    versions = {story_id(r): r["metadata"]["version"] for r in got2["articles"]}
    assert all(versions[k] == 2 for k in changed) and all(versions[k] == 1 for k in new)
    # Teasers once across runs and workers.
    keys1 = once([teaser_key(t) for t in got1["sidebar"]])
    assert not keys1 & once([teaser_key(t) for t in got2["sidebar"]])
    lines = run_log(out)
    assert [line["articles"]["new"] for line in lines] == [len(first), 24]
    assert lines[1]["articles"]["updated"] == 12


def test_workers_started_elsewhere_join_a_run(
    tmp_path: Path, redis_url: str, postgres_url: str
) -> None:
    out = tmp_path / "out"
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        coordinator = start_cluster(base, out, redis_url, postgres_url, 0)
        assert coordinator.stderr is not None
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(coordinator.stderr or ()))
        reader.start()
        wait_until(lambda: any("workers join with" in line for line in lines), 120, "run")
        stamp = re.search(r"--run (\d{8}T\d{9}Z)", "".join(lines))
        assert stamp is not None
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "newscrawl.cli",
                    "worker",
                    "--site",
                    "dawn",
                    "--run",
                    stamp[1],
                    "--redis",
                    redis_url,
                    "--state",
                    postgres_url,
                    "--output",
                    str(out),
                    "--id",
                    f"host{n}",
                    "--lease",
                    "4",
                    "-a",
                    f"base_url={base}",
                    *FAST,
                ],
                cwd=ROOT,
                env=environment(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in (1, 2)
        ]
        for worker in workers:
            _, err = worker.communicate(timeout=600)
            assert worker.returncode == 0, err[-4000:]
        status = coordinator.wait(timeout=120)
        reader.join()
        for pipe in (coordinator.stdout, coordinator.stderr):
            if pipe is not None:
                pipe.close()
        assert status == 0, "".join(lines)[-4000:]
    (run,) = committed(out).values()
    assert sorted(story_id(r) for r in run["articles"]) == sorted(edition(1))
    once([teaser_key(t) for t in run["sidebar"]])
    names = sorted(p.name.rsplit("-", 1)[1] for p in (out / "dawn").glob("articles-*.jsonl"))
    assert names == ["host1.jsonl", "host2.jsonl"]


def test_two_deployments_of_one_site_share_a_redis(
    tmp_path: Path, redis_url: str, postgres_service: PostgresServer
) -> None:
    """Two runs of a site of the same name, each with its own output and state (two
    deployments), on one Redis at once: neither takes the other's live keys for an
    earlier run's leftovers (it used to delete them, and the first run failed with "Redis
    lost the keys of run …"); both commit every story once."""
    with DemoSite(SITE / "edition1") as site:
        base = site.start()
        outs = [tmp_path / "a", tmp_path / "b"]
        procs = [
            start_cluster(base, out, redis_url, postgres_service.create_database(), 2)
            for out in outs
        ]
        for proc in procs:
            _, stderr = proc.communicate(timeout=600)
            assert proc.returncode == 0, stderr[-6000:]
    for out in outs:
        (run,) = committed(out).values()
        assert sorted(story_id(r) for r in run["articles"]) == sorted(edition(1))
    assert not _keys_left(redis_url)
