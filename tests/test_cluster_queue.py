"""The run's Redis queue and its protocol (real redis-server), and the cluster commands'
refusals."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from scrapy import Request
from scrapy.settings import Settings

from newscrawl.cluster.keys import RunKeys
from newscrawl.cluster.queue import RedisLost, RunControl, RunQueue, mark
from newscrawl.cluster.worker import ClusterAddon, parse_stamp
from newscrawl.feeds import FeedsAddon
from newscrawl.offline import project_settings
from newscrawl.spiders.dawn import DawnSpider

from .conftest import ROOT

RUN = "20250620T120000123Z"


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    server = redis.Redis.from_url(redis_url)
    yield server
    server.close()


def _queue(client: redis.Redis, worker: str) -> RunQueue:
    return RunQueue(client, DawnSpider(), RunKeys("dawn", RUN), worker)


def test_a_pop_moves_the_request_into_the_takers_list(client: redis.Redis) -> None:
    keys = RunKeys("dawn", RUN)
    spider = DawnSpider()
    control = RunControl(client, keys)
    control.begin()
    assert control.seed(spider, [Request("https://www.dawn.com/", callback=spider.parse)]) == 1
    one, two = _queue(client, "w1"), _queue(client, "w2")
    assert one.add(Request("https://www.dawn.com/a")) and not two.add(
        Request("https://www.dawn.com/a")
    )  # seen once, across workers
    assert two.add(Request("https://www.dawn.com/a", dont_filter=True))  # unless told
    popped = [one.pop(), two.pop(), two.pop(), one.pop()]
    assert [r.url if r else None for r in popped].count(None) == 1
    assert client.llen(keys.taken("w1")) + client.llen(keys.taken("w2")) == 3
    assert client.zcard(keys.requests) == 0
    (home,) = [r for r in popped if r is not None and r.url == "https://www.dawn.com/"]
    assert getattr(home.callback, "__name__", "") == "parse"  # pickled, read back by name


def test_a_fenced_worker_gets_nothing_and_its_share_comes_back(client: redis.Redis) -> None:
    keys = RunKeys("dawn", RUN)
    control = RunControl(client, keys)
    control.begin()
    one = _queue(client, "w1")
    for n in range(5):
        one.add(Request(f"https://www.dawn.com/{n}"))
    assert all(one.pop() for _ in range(3))
    assert control.requeue("w1") == 3
    assert client.zcard(keys.requests) == 5 and not client.exists(keys.taken("w1"))
    assert one.pop() is None  # fenced: refused, in the same step as the pop
    assert not mark(client, keys, "w1", "idle")  # a fenced worker waking up: not back
    assert mark(client, keys, "w2", "idle") and control.registered() == ["w2"]
    assert _queue(client, "w2").pop() is not None


def test_done_only_when_queue_empty_and_every_worker_idle(client: redis.Redis) -> None:
    keys = RunKeys("dawn", RUN)
    control = RunControl(client, keys)
    control.begin()
    one = _queue(client, "w1")
    one.add(Request("https://www.dawn.com/x"))
    client.hset(keys.workers, mapping={"w1": "idle", "w2": "idle"})
    assert not control.finish_if_done(["w1", "w2"])  # queued work
    assert one.pop() is not None  # w1 busy again, in the pop's own step
    assert client.hget(keys.workers, "w1") == b"busy"
    assert not control.finish_if_done(["w1", "w2"])
    client.hset(keys.workers, "w1", "idle")
    assert not control.finish_if_done(["w1", "w2", "w3"])  # w3 never said it is idle
    assert control.finish_if_done(["w1", "w2"]) and client.get(keys.close) == b"1"
    control.reopen()
    assert not client.exists(keys.close)
    assert control.delete() > 0 and not list(client.scan_iter(match=keys.all_pattern))
    with pytest.raises(RedisLost):  # the run's keys gone (Redis restarted empty)
        control.finish_if_done(["w1"])


def test_worker_mode_settings() -> None:
    settings = project_settings(
        {
            "NEWSCRAWL_CLUSTER_WORKER": "w2",
            "NEWSCRAWL_CLUSTER_RUN": RUN,
            "NEWSCRAWL_CLUSTER_REDIS": "redis://127.0.0.1:1/0",
        }
    )
    FeedsAddon().update_settings(settings)  # the add-ons in their order (settings.ADDONS)
    ClusterAddon().update_settings(settings)
    assert settings["SCHEDULER"] == "newscrawl.cluster.queue.ClusterScheduler"
    assert not settings.getbool("SPIDERMON_ENABLED")
    names = list(settings.getdict("FEEDS"))
    assert names and all(str(n).endswith("-%(run)s-w2.jsonl") for n in names)
    plain = Settings({"FEEDS": {"x-%(run)s.jsonl": {}}})
    ClusterAddon().update_settings(plain)
    assert list(plain.getdict("FEEDS")) == ["x-%(run)s.jsonl"]  # not a worker: untouched
    assert parse_stamp(RUN).microsecond == 123000
    with pytest.raises(ValueError, match="not a run stamp"):
        parse_stamp("2025-06-20")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "status", "line"),
    [
        (
            ["cluster", "--site", "dawn", "--state", "x.sqlite"],
            2,
            "newscrawl cluster: --state must be a postgresql:// URL",
        ),
        (
            ["cluster", "--site", "nope", "--state", "postgresql://x/y"],
            2,
            "newscrawl cluster: unknown spider 'nope'",
        ),
        (
            ["cluster", "--site", "dawn", "--state", "postgresql://x/y", "-a", "sinse=1"],
            2,
            "newscrawl cluster: -a sinse: unknown argument",
        ),
        (
            ["cluster", "--site", "dawn", "--state", "postgresql://x/y", "--workers", "-1"],
            2,
            "newscrawl cluster: --workers and --max-restarts take a number >= 0",
        ),
        (
            ["worker", "--site", "dawn", "--run", "x", "--state", "postgresql://x/y"],
            2,
            "newscrawl worker: --run 'x' is not a run stamp",
        ),
        (
            [
                "worker",
                "--site",
                "dawn",
                "--run",
                RUN,
                "--id",
                "a/b",
                "--state",
                "postgresql://x/y",
            ],
            2,
            "newscrawl worker: worker id 'a/b'",
        ),
    ],
)
def test_bad_options_are_one_line(args: list[str], status: int, line: str) -> None:
    proc = _cli(*args)
    assert proc.returncode == status
    assert proc.stderr.startswith(line) and proc.stderr.count("\n") == 1, proc.stderr


def test_unreachable_redis_or_state_is_one_line_and_exit_1(
    tmp_path: Path, postgres_url: str
) -> None:
    closed = "redis://127.0.0.1:1/0"
    proc = _cli(
        "cluster",
        "--site",
        "dawn",
        "--workers",
        "1",
        "--redis",
        closed,
        "--state",
        postgres_url,
        "--output",
        str(tmp_path),
    )
    assert proc.returncode == 1
    assert "newscrawl cluster: Redis redis://127.0.0.1:1/0 is not reachable" in proc.stderr
    assert "Traceback" not in proc.stderr
    # No second complaint about Redis: a run that never reached it has no keys to delete.
    assert "cleanup step failed" not in proc.stderr, proc.stderr
    proc = _cli(
        "cluster",
        "--site",
        "dawn",
        "--workers",
        "1",
        "--redis",
        closed,
        "--state",
        "postgresql://nobody@127.0.0.1:1/none",
        "--output",
        str(tmp_path),
    )
    assert proc.returncode == 1 and "cannot be reached" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "cleanup step failed" not in proc.stderr, proc.stderr
    lines = (tmp_path / "runs.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 2 and all('"status": "failed"' in line for line in lines)
