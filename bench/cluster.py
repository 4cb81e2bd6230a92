"""Distributed crawls: 1, 2 and 4 workers per site, several sites at once, one run.

    python bench/cluster.py [--sites 2] [--articles 1500] [--latency 0.1]
                            [--worker-concurrency 2] [--workers 1 2 4]

Each "site" is the demo site (``newscrawl.demo.sitegen``, *articles* stories) served by
:class:`newscrawl.demo.DemoSite` on its own loopback host (127.0.0.1, 127.0.0.2, …) with a
fixed latency per answer, so that a crawl is bound by waiting, as a polite crawl of a
distant site is. A private redis-server and PostgreSQL (``tests/services.py``) hold the
queues and the state. For each worker count, every site is crawled at the same time by
``newscrawl cluster --site dawn --workers N`` (its own output folder and state database;
the same per-site limits everywhere: ``CONCURRENT_REQUESTS_PER_DOMAIN`` for the whole
cluster, *worker-concurrency* requests at a time per worker), and the benchmark prints:

- pages/s over all sites (responses from the run logs / wall time of the slowest run),
  and the scaling factor against one worker per site (target >= 3.2x from 1 to 4);
- Redis memory per queued URL (the queue and the seen-set, measured apart on a private
  server with scrapy-redis's own classes);
- PostgreSQL commit time (``promote``) per 10 k stories, and for 100 k (target <= 10 s).

The workers also need the CPU (about 20 ms per page here): each line says how many cores
the crawl's processes kept busy, so that a scaling limited by the machine (2 cores busy) is
told from one limited by the crawl. ``--sites 1 --worker-concurrency 1 --latency 0.2``
keeps 4 workers within 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.demo import DemoSite, generate  # noqa: E402
from tests.services import PostgresServer, RedisServer  # noqa: E402


def crawl_site(
    base_url: str, out: Path, *, state_url: str, redis_url: str, workers: int, concurrency: int
) -> dict[str, Any]:
    """One ``newscrawl cluster`` run of one site; its wall time and run-log line."""
    out.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable, "-m", "newscrawl.cli", "cluster", "--site", "dawn",
        "--workers", str(workers), "--redis", redis_url, "--state", state_url,
        "--output", str(out), "-a", f"base_url={base_url}",
        "-s", f"CONCURRENT_REQUESTS={concurrency}", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
        "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING",
        # The demo's trap pages (500s) are retried with backoff: a chain of waits that no
        # number of workers shortens. Kept short so that the crawl itself is measured.
        "-s", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05",
    ]  # fmt: skip
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=out, capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"cluster run failed ({proc.returncode}): {proc.stderr[-3000:]}")
    runs = [json.loads(line) for line in (out / "runs.jsonl").read_text("utf-8").splitlines()]
    return {"wall": wall, "run": runs[-1]}


def _children_cpu() -> float:
    """CPU seconds of every finished child process and its descendants (the coordinators
    wait for their workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def redis_bytes_per_url(folder: Path, count: int) -> dict[str, float]:
    """Bytes per queued request and per seen-set entry, scrapy-redis's own classes."""
    import redis  # noqa: PLC0415
    import scrapy  # noqa: PLC0415
    from scrapy.utils.test import get_crawler  # noqa: PLC0415
    from scrapy_redis.dupefilter import RFPDupeFilter  # noqa: PLC0415
    from scrapy_redis.queue import PriorityQueue  # noqa: PLC0415

    server = RedisServer(folder).start()
    try:
        client = redis.Redis.from_url(server.url)
        spider = scrapy.Spider("dawn")
        spider.crawler = get_crawler(scrapy.Spider)
        queue = PriorityQueue(client, spider, "bench:requests", serializer=None)
        dupefilter = RFPDupeFilter(client, "bench:dupefilter")

        def used() -> int:
            return int(client.info("memory")["used_memory"])

        base = used()
        for n in range(count):
            url = f"https://www.dawn.com/news/{1900000 + n}/a-story-headline-of-usual-length"
            queue.push(scrapy.Request(url, meta={"kind": "article"}))
        queued = used()
        for n in range(count):
            url = f"https://www.dawn.com/news/{1900000 + n}/a-story-headline-of-usual-length"
            dupefilter.request_seen(scrapy.Request(url))
        seen = used()
        client.close()
        return {"queue": (queued - base) / count, "seen_set": (seen - queued) / count}
    finally:
        server.stop()


def commit_seconds(url: str, stories: int) -> float:
    """Time of PostgresStore.promote for a run that exported *stories* stories."""
    from newscrawl.state import UrlState  # noqa: PLC0415
    from newscrawl.state.postgres import PostgresStore  # noqa: PLC0415

    store = PostgresStore(url)
    try:
        run = f"bench:{stories}"
        rows = [UrlState(url=f"https://www.dawn.com/news/{n}", content_hash=f"{n:064x}",
                         version=1, date_published="2025-06-20", seen="2025-06-20T12:00:00Z")
                for n in range(stories)]  # fmt: skip
        store.stage_pending(run, rows, [f"teaser:{n}" for n in range(stories // 4)])
        started = time.perf_counter()
        store.promote(run)
        return time.perf_counter() - started
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=2)
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--worker-concurrency", type=int, default=2)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; {args.sites} sites x {args.articles} articles, "
          f"{args.latency * 1000:.0f} ms per answer, {args.worker_concurrency} requests at a "
          "time per worker")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="newscrawl-bench-") as tmpdir:
        tmp = Path(tmpdir)
        tmp.chmod(0o755)  # PostgreSQL runs as "postgres" when this is root
        generate(tmp / "site", edition=1, articles=args.articles)
        redis_server = RedisServer(tmp / "redis").start()
        postgres = PostgresServer(tmp / "postgres").start()
        sites = [DemoSite(tmp / "site", latency=args.latency, host=f"127.0.0.{k + 1}")
                 for k in range(args.sites)]  # fmt: skip
        rates: dict[int, float] = {}
        busy: dict[int, float] = {}  # cores the crawl's processes kept busy
        try:
            for site in sites:
                site.start()
            for workers in args.workers:
                cpu_before = _children_cpu()
                with ThreadPoolExecutor(len(sites)) as pool:
                    jobs = [
                        pool.submit(crawl_site, site.base_url, tmp / f"out-{workers}-{k}",
                                    state_url=postgres.create_database(),
                                    redis_url=redis_server.url, workers=workers,
                                    concurrency=args.worker_concurrency)
                        for k, site in enumerate(sites)
                    ]  # fmt: skip
                    results = [job.result() for job in jobs]
                pages = sum(int(r["run"]["pages"]["fetched"]) for r in results)
                wall = max(r["wall"] for r in results)
                rates[workers] = pages / wall
                busy[workers] = (_children_cpu() - cpu_before) / wall
                first = args.workers[0]
                versus = (f"; {rates[workers] / rates[first]:.2f}x {first} worker(s)"
                          if workers != first else "")  # fmt: skip
                print(f"{workers} worker(s) per site: {pages} pages in {wall:.1f} s = "
                      f"{rates[workers]:.1f} pages/s{versus}; the crawl's processes kept "
                      f"{busy[workers]:.1f} of {os.cpu_count()} cores busy")  # fmt: skip
            memory = redis_bytes_per_url(tmp / "redis-mem", 20000)
            print(
                f"Redis per queued URL: {memory['queue']:.0f} bytes in the queue, "
                f"{memory['seen_set']:.0f} bytes in the seen-set "
                f"({memory['seen_set'] * 10e6 / 2**30:.2f} GB of seen-set at 10 M URLs)"
            )
            commits = {n: commit_seconds(postgres.create_database(), n) for n in (10000, 100000)}
            print(f"PostgreSQL commit: {commits[10000]:.2f} s per 10 k stories; "
                  f"{commits[100000]:.2f} s for 100 k (target <= 10 s)")  # fmt: skip
        finally:
            for site in sites:
                site.stop()
            redis_server.stop()
            postgres.stop()
    first, last = args.workers[0], args.workers[-1]
    print(json.dumps({
        "pages_per_s": {str(k): round(v, 1) for k, v in rates.items()},
        "scaling": round(rates[last] / rates[first], 2),
        "cores_busy": {str(k): round(v, 2) for k, v in busy.items()},
        "redis_bytes_per_url": {k: round(v) for k, v in memory.items()},
        "commit_seconds": {str(k): round(v, 2) for k, v in commits.items()},
    }))  # fmt: skip


if __name__ == "__main__":
    main()
