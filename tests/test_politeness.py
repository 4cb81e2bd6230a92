"""Cluster-wide politeness (newscrawl.cluster.politeness), measured where a site sees it:
three real ``scrapy crawl dawn`` processes against one recording server on 127.0.0.1, one
private redis-server between them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path

import pytest
import redis
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newscrawl.cluster.politeness import (
    ACQUIRE,
    RENEW,
    SEND,
    ClusterPolitenessAddon,
    ClusterPolitenessMiddleware,
    host_keys,
)
from tests.services import RedisServer, free_port

from .conftest import FIXTURES, ROOT
from .crawling import stats_of
from .recording import Traffic, recording

PAGE = (FIXTURES / "dawn" / "v2-editorial" / "page.html").read_bytes()
ENV = {**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"}


def url_file(folder: Path, base: str, worker: int, count: int, kind: str = "story") -> Path:
    path = folder / f"urls-{worker}.txt"
    path.write_text("".join(f"{base}/news/{1000000 + worker * 1000 + i}/{kind}-{i}\n"
                            for i in range(count)), "utf-8")  # fmt: skip
    return path


def command(folder: Path, base: str, worker: int, urls: Path, *settings: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "dawn", "-a", f"base_url={base}",
            "-a", f"urls={urls}", "-s", f"NEWSCRAWL_OUTPUT_DIR={folder / f'out-{worker}'}",
            "-s", "LOG_LEVEL=INFO", "-s", "NEWSCRAWL_PROGRESS=0",
            *[arg for s in settings for arg in ("-s", s)]]  # fmt: skip


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env=ENV,
                          timeout=300, check=False)  # fmt: skip


@contextmanager
def started(args: list[str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with open(log, "wb") as out:
        proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=out, env=ENV)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(60)


def crawl_all(folder: Path, base: str, per_worker: int, *settings: str) -> list[str]:
    """Three processes at once, each its own list of *per_worker* URLs; their logs."""
    logs = [folder / f"worker-{w}.log" for w in range(3)]
    args = [command(folder, base, w, url_file(folder, base, w, per_worker), *settings)
            for w in range(3)]  # fmt: skip
    with (
        started(args[0], logs[0]) as a,
        started(args[1], logs[1]) as b,
        started(args[2], logs[2]) as c,
    ):
        for proc, log in zip((a, b, c), logs, strict=True):
            assert proc.wait(300) == 0, log.read_text(errors="replace")[-4000:]
    return [log.read_text(errors="replace") for log in logs]


def test_three_workers_hold_one_rate_and_concurrency_per_host(
    tmp_path: Path, redis_url: str
) -> None:
    # 4 requests/s and 2 in flight for the whole cluster; each response takes 0.15 s.
    traffic = Traffic(latency=0.15, page=PAGE)
    with recording(traffic) as base:
        logs = crawl_all(tmp_path, base, 15, f"NEWSCRAWL_CLUSTER_REDIS={redis_url}",
                         "DOWNLOAD_DELAY=0.25", "CONCURRENT_REQUESTS_PER_DOMAIN=2")  # fmt: skip
    (host,) = traffic.arrivals
    arrivals = len(traffic.arrivals[host])
    assert arrivals == 3 * 16  # 15 pages and robots.txt per worker
    # The three runs crawled the host at the same time: its budget was shared.
    spans: dict[int, list[float]] = {}
    for path, moment in zip(traffic.paths, traffic.arrivals[host], strict=True):
        if path.startswith("/news/"):
            spans.setdefault((int(path.split("/")[2]) - 1000000) // 1000, []).append(moment)
    assert max(min(t) for t in spans.values()) < min(max(t) for t in spans.values())
    # Every request the server saw went through the cluster's budget.
    assert sum(stats_of(log)["newscrawl/polite/requests"] for log in logs) == arrivals
    # In any window of W s at most W / 0.25 requests, + 1 for the window's edges and + 1
    # for the server's own timing: the arrival is stamped when the server's thread reads
    # the request, which on a loaded machine can lag the send by a few hundred ms and
    # bring two paced sends closer (seen: 6 in one 1 s window, the sends 0.25 s apart).
    # Unpaced, three processes send 3 × 4 a second: 12 in 1 s, 48 in 4 s.
    for window in (1.0, 2.0, 4.0):
        times = sorted(traffic.arrivals[host])
        gaps = [round(b - a, 3) for a, b in pairwise(times)]
        assert traffic.busiest_window(host, window) <= window / 0.25 + 2, (window, gaps)
    assert traffic.peak[host] <= 2
    for log in logs:  # no second, local delay
        assert "AutoThrottle" not in log.split("Enabled extensions:")[1].split("]")[0]
    # The budget is the host's, not the run's, and nothing is left held.
    leases, *_ = host_keys("127.0.0.1")
    client = redis.Redis.from_url(redis_url)
    assert client.zcard(leases) == 0
    client.close()


def test_three_workers_hold_the_concurrency_without_a_rate(tmp_path: Path, redis_url: str) -> None:
    traffic = Traffic(latency=0.3, page=PAGE)
    with recording(traffic) as base:
        crawl_all(tmp_path, base, 12, f"NEWSCRAWL_CLUSTER_REDIS={redis_url}",
                  "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=3")  # fmt: skip
    (host,) = traffic.arrivals
    assert len(traffic.arrivals[host]) == 3 * 13
    assert traffic.peak[host] <= 3  # each process alone would allow 3: 9 together


def test_a_killed_workers_slots_come_back(tmp_path: Path, redis_url: str) -> None:
    """A worker SIGKILLed with its two slots taken: they expire, another worker crawls."""
    traffic = Traffic(latency=0.05, page=PAGE)
    settings = (f"NEWSCRAWL_CLUSTER_REDIS={redis_url}", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
                "NEWSCRAWL_CLUSTER_LEASE_TTL=2", "DOWNLOAD_DELAY=0")  # fmt: skip
    leases, *_ = host_keys("127.0.0.1")
    client = redis.Redis.from_url(redis_url)
    with recording(traffic) as base:
        hanging = url_file(tmp_path, base, 0, 4, kind="hang")
        with started(command(tmp_path, base, 0, hanging, *settings), tmp_path / "a.log") as a:
            traffic.wait_for(lambda t: max(t.in_flight.values(), default=0) == 2)
            a.send_signal(signal.SIGKILL)
            a.wait(60)
        assert client.zcard(leases) == 2  # still held by the dead worker
        traffic.hang.set()
        urls = url_file(tmp_path, base, 1, 4)
        proc = run(command(tmp_path, base, 1, urls, *settings))
    assert proc.returncode == 0, proc.stderr[-4000:]
    stats = stats_of(proc.stderr)
    assert stats["newscrawl/polite/leases_expired"] == 2
    assert stats["newscrawl/polite/requests"] == 5  # robots.txt and 4 pages
    assert sum(1 for p in traffic.paths if "/story-" in p) == 4
    assert client.zcard(leases) == 0
    client.close()


def test_without_a_cluster_nothing_changes(tmp_path: Path, redis_url: str) -> None:
    """Must not fire: no NEWSCRAWL_CLUSTER_REDIS, no middleware, Scrapy's own pacing."""
    traffic = Traffic(page=PAGE)
    with recording(traffic) as base:
        urls = url_file(tmp_path, base, 0, 3)
        proc = run(command(tmp_path, base, 0, urls, "DOWNLOAD_DELAY=0.1"))
    assert proc.returncode == 0, proc.stderr[-4000:]
    enabled = proc.stderr.split("Enabled downloader middlewares:")[1].split("]")[0]
    assert "RobotsTxtMiddleware" in enabled
    assert "ClusterPolitenessMiddleware" not in enabled
    assert "scrapy.extensions.throttle.AutoThrottle" in proc.stderr
    assert "newscrawl/polite" not in proc.stderr
    assert "Disabled newscrawl.cluster" not in proc.stderr  # off without a warning
    assert traffic.hits() == 4
    client = redis.Redis.from_url(redis_url)
    assert client.dbsize() == 0
    client.close()


def test_the_addon_hands_the_delay_to_the_cluster_only_in_cluster_mode() -> None:
    def applied(**values: object) -> Settings:
        settings = Settings(
            {
                "DOWNLOAD_DELAY": 0.5,
                "AUTOTHROTTLE_ENABLED": True,
                "DOWNLOAD_SLOTS": {"a.example": {"delay": 2, "concurrency": 1}},
            }
        )
        settings.setdict(values, priority="cmdline")  # fmt: skip
        ClusterPolitenessAddon().update_settings(settings)
        return settings

    local = applied()
    assert local.getfloat("DOWNLOAD_DELAY") == 0.5
    assert local.getbool("AUTOTHROTTLE_ENABLED")
    assert local.getdict("DOWNLOAD_SLOTS")["a.example"]["delay"] == 2
    cluster = applied(NEWSCRAWL_CLUSTER_REDIS="redis://127.0.0.1:1/0", DOWNLOAD_DELAY=0.3)
    assert cluster.getfloat("DOWNLOAD_DELAY") == 0
    assert not cluster.getbool("AUTOTHROTTLE_ENABLED")
    assert cluster.getfloat("NEWSCRAWL_CLUSTER_DOWNLOAD_DELAY") == 0.3
    assert cluster.getdict("DOWNLOAD_SLOTS")["a.example"] == {"delay": 0.0, "concurrency": 1}
    assert cluster.getdict("NEWSCRAWL_CLUSTER_DOWNLOAD_SLOTS")["a.example"]["delay"] == 2


def assert_failed_in_run_log(output: Path) -> None:
    (line,) = (output / "runs.jsonl").read_text("utf-8").splitlines()
    record = json.loads(line)
    assert record["status"] == "failed", record
    assert record["finishReason"] == "cluster_unavailable"
    assert record["committed"] is False


def test_redis_unreachable_fails_the_crawl_in_one_line(tmp_path: Path) -> None:
    traffic = Traffic(page=PAGE)
    port = free_port()
    with recording(traffic) as base:
        urls = url_file(tmp_path, base, 0, 3)
        redis_at = f"NEWSCRAWL_CLUSTER_REDIS=redis://:secret@127.0.0.1:{port}/0"
        proc = run(command(tmp_path, base, 0, urls, redis_at))
    assert proc.returncode == 1, proc.stderr[-4000:]
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith(
        f"newscrawl: cannot reach the cluster's Redis redis://127.0.0.1:{port}/0 ("
    ), last
    assert last.endswith("; run failed")
    assert "Traceback" not in proc.stderr
    assert "secret" not in proc.stderr
    assert traffic.hits() == 0  # not one request unpaced
    assert not list((tmp_path / "out-0").glob("dawn/articles-*.jsonl"))
    assert_failed_in_run_log(tmp_path / "out-0")


def test_a_redis_setting_that_is_no_url_fails_in_one_line(tmp_path: Path) -> None:
    traffic = Traffic(page=PAGE)
    with recording(traffic) as base:
        urls = url_file(tmp_path, base, 0, 3)
        proc = run(command(tmp_path, base, 0, urls, "NEWSCRAWL_CLUSTER_REDIS=127.0.0.1:6379"))
    assert proc.returncode == 1, proc.stderr[-4000:]
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("newscrawl: NEWSCRAWL_CLUSTER_REDIS is not a Redis URL (Redis URL "
                           "must specify one of the following schemes"), last  # fmt: skip
    assert "Traceback" not in proc.stderr
    assert traffic.hits() == 0


def test_redis_lost_mid_run_fails_loudly_and_commits_nothing(tmp_path: Path) -> None:
    server = RedisServer(tmp_path / "redis").start()
    traffic = Traffic(latency=0.05, page=PAGE)
    try:
        with recording(traffic) as base:
            urls = url_file(tmp_path, base, 0, 40)
            args = command(tmp_path, base, 0, urls, f"NEWSCRAWL_CLUSTER_REDIS={server.url}",
                           "DOWNLOAD_DELAY=0.2", "NEWSCRAWL_CLUSTER_REDIS_TIMEOUT=1")  # fmt: skip
            with started(args, tmp_path / "crawl.log") as proc:
                traffic.wait_for(lambda t: len(t.paths) >= 4)
                server.kill()
                assert proc.wait(300) == 1
    finally:
        server.stop()
    log = (tmp_path / "crawl.log").read_text(errors="replace")
    last = log.strip().splitlines()[-1]
    assert last.startswith(f"newscrawl: lost the cluster's Redis {server.url} ("), last
    assert "Traceback" not in log
    assert "finish_reason': 'cluster_unavailable'" in log
    assert "NOT committed" in log
    assert not list((tmp_path / "out-0").glob("dawn/articles-*.jsonl"))
    assert traffic.hits() < 41
    assert_failed_in_run_log(tmp_path / "out-0")


def test_redis_restarted_mid_run_is_waited_for(tmp_path: Path) -> None:
    """Redis back within NEWSCRAWL_CLUSTER_REDIS_TIMEOUT: the crawl goes on and commits."""
    server = RedisServer(tmp_path / "redis").start()
    traffic = Traffic(latency=0.05, page=PAGE)
    try:
        with recording(traffic) as base:
            urls = url_file(tmp_path, base, 0, 12)
            args = command(tmp_path, base, 0, urls, f"NEWSCRAWL_CLUSTER_REDIS={server.url}",
                           "DOWNLOAD_DELAY=0.2", "NEWSCRAWL_CLUSTER_REDIS_TIMEOUT=60")  # fmt: skip
            with started(args, tmp_path / "crawl.log") as proc:
                traffic.wait_for(lambda t: len(t.paths) >= 3)
                server.kill()
                server.start()
                assert proc.wait(300) == 0, (tmp_path / "crawl.log").read_text()[-4000:]
    finally:
        server.stop()
    assert traffic.hits() == 13
    assert list((tmp_path / "out-0").glob("dawn/articles-*.jsonl"))


def test_no_path_keeps_a_lease(tmp_path: Path, redis_url: str) -> None:
    """Responses, 404s, redirects and download errors (retried, then given up) all give
    their lease back as they happen, not only when the spider closes."""
    traffic = Traffic(page=PAGE)
    with recording(traffic) as base:
        urls = tmp_path / "urls.txt"
        kinds = ["story", "gone", "moved", "reset", "story"]
        urls.write_text("".join(f"{base}/news/{2000000 + i}/{kind}-{i}\n"
                                for i, kind in enumerate(kinds)))  # fmt: skip
        proc = run(command(tmp_path, base, 0, urls, f"NEWSCRAWL_CLUSTER_REDIS={redis_url}",
                           "CONCURRENT_REQUESTS_PER_DOMAIN=1", "DOWNLOAD_DELAY=0",
                           "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05",
                           "NEWSCRAWL_MONITOR_MAX_ERROR_RATE=1"))  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-4000:]
    stats = stats_of(proc.stderr)
    # robots.txt, 5 pages, the redirect's target, 3 retries of the reset one (Twisted's
    # client tries an unanswered request twice on a kept-alive connection: one download)
    assert stats["newscrawl/polite/requests"] == stats["downloader/request_count"] == 10
    assert traffic.paths.count("/news/2000002/story-2") == 1
    assert stats["newscrawl/errors/connection_lost"] == 1, stats
    assert "newscrawl/polite/leases_held_at_close" not in stats
    client = redis.Redis.from_url(redis_url)
    assert client.zcard(host_keys("127.0.0.1")[0]) == 0
    client.close()


def test_the_scripts_lease_pace_and_renew(redis_url: str) -> None:
    """The Lua scripts on a real Redis: the limit, the schedule, a released lease that a
    renewal must not bring back, and one that expired in flight that it reports."""
    client = redis.Redis.from_url(redis_url)
    acquire, send, renew = (client.register_script(s) for s in (ACQUIRE, SEND, RENEW))
    leases, nxt, sent = host_keys("a.example")
    grants = [acquire(keys=[leases, nxt], args=[t, 2, 1000, 60000]) for t in "abc"]
    assert [g[0] for g in grants] == [1, 1, 0]  # two in flight at most
    assert grants[0][1] == 0 and 990 <= grants[1][1] <= 1000  # the next send 1 s later
    assert send(keys=[nxt, sent], args=[1000]) == 0  # a's send, now
    assert 0 < send(keys=[nxt, sent], args=[1000]) <= 1000  # b must wait
    client.zrem(leases, "a")
    assert renew(keys=[leases], args=[60000, "a", "b"]) == [b"a"]  # a is gone: not renewed
    assert client.zrange(leases, 0, -1) == [b"b"]
    assert acquire(keys=[leases, nxt], args=["c", 2, 1000, 60000])[0] == 1
    # Another host's budget is its own.
    other = host_keys("b.example")
    assert acquire(keys=[other[0], other[1]], args=["d", 1, 1000, 60000])[:2] == [1, 0]
    # Expired leases (a dead worker's) are taken back and counted.
    client.zadd(leases, {"b": 1, "c": 1})
    assert acquire(keys=[leases, nxt], args=["e", 2, 0, 60000])[::2] == [1, 2]
    client.close()


def built(**settings: object) -> ClusterPolitenessMiddleware:
    crawler = get_crawler(settings_dict={"ADDONS": {ClusterPolitenessAddon: 0}, **settings})
    return ClusterPolitenessMiddleware.from_crawler(crawler)


def test_the_limits_are_the_sites_for_the_whole_cluster() -> None:
    cluster = {"NEWSCRAWL_CLUSTER_REDIS": "redis://127.0.0.1:1/0"}
    plain = built(**cluster, DOWNLOAD_DELAY=0.5, CONCURRENT_REQUESTS_PER_DOMAIN=3)
    assert plain.limits("a.example") == (0.5, 3)
    slots = {"a.example": {"delay": 2.0, "concurrency": 1}}
    per_host = built(**cluster, DOWNLOAD_DELAY=0.5, DOWNLOAD_SLOTS=slots)
    assert per_host.limits("a.example") == (2.0, 1)
    assert per_host.limits("b.example") == (0.5, 8)
    rate = built(**cluster, DOWNLOAD_DELAY=0.5, NEWSCRAWL_CLUSTER_RATE=4,
                 DOWNLOAD_SLOTS=slots, CONCURRENT_REQUESTS_PER_DOMAIN=2)  # fmt: skip
    assert rate.limits("a.example") == (0.25, 1)
    assert rate.limits("b.example") == (0.25, 2)
    with pytest.raises(NotConfigured):
        built(DOWNLOAD_DELAY=0.5)
