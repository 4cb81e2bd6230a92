"""Distributed crawls of the demo site: real redis-server, PostgreSQL and worker
processes (``newscrawl cluster``), the site served on loopback."""

from __future__ import annotations

from pathlib import Path

import redis

from newscrawl.demo.server import DemoSite

from .clustering import (
    SITE,
    article_key,
    committed,
    edition,
    once,
    run_cluster,
    run_log,
    staging_left,
    story_id,
    teaser_key,
)
from .services import PostgresServer


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
