"""Crawl throughput: the full ``dawn`` spider vs a no-op spider, same pages, one run.

    python bench/crawl.py [--articles 2000] [--concurrency 32] [--repeats 1]

Generates the demo site (``newscrawl.demo.sitegen``) with the given number of articles,
serves it with nginx from Debian on 127.0.0.1 (a ``map`` from request URI to file, the
site's origin rewritten by ``sub_filter``), prints nginx's own rate measured with wrk,
then crawls it twice per repeat, alternating, each crawl in its own process:

- ``noop``: a Scrapy spider that starts from the same sources (sitemap index, listings)
  and follows the same links (sitemap entries, article links on pages), yielding nothing;
- ``dawn``: the production spider with every pipeline, the state store and the feeds.

Both at the same concurrency. Prints pages/s of each (responses / elapsed, from Scrapy's
stats), the ratio, and each crawl's peak RSS (the child process's ``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.demo.sitegen import generate  # noqa: E402
from newscrawl.sites import get_profile  # noqa: E402

NGINX_CONF = """
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    types {{ text/html html; application/xml xml; text/plain txt; application/pdf pdf; }}
    default_type application/octet-stream;
    map_hash_bucket_size 256;
    map_hash_max_size 1048576;
    map $request_uri $site_file {{
        default "/.missing";
        include {tmp}/routes.map;
    }}
    server {{
        listen 127.0.0.1:{port};
        root {root};
        sub_filter '{origin}' 'http://127.0.0.1:{port}';
        sub_filter_once off;
        sub_filter_types *;
        location / {{ try_files $site_file =404; }}
    }}
}}
"""

NOOP_SPIDER = '''
import re, scrapy
from scrapy.utils.sitemap import Sitemap

ARTICLE = re.compile(r"/news/(?:(?:amp|print)/)?\\d{4,}(?:/[\\w-]+)?/?$")


class NoopSpider(scrapy.Spider):
    """Fetches what the dawn spider fetches, and does nothing with it."""

    name = "noop"

    def __init__(self, base_url, listings, **kw):
        super().__init__(**kw)
        self.base = base_url
        self.listings = listings.split(",")
        self.allowed_domains = ["127.0.0.1"]

    async def start(self):
        yield scrapy.Request(self.base + "/sitemap.xml", callback=self.sitemap)
        for path in self.listings:
            yield scrapy.Request(self.base + path, callback=self.page)

    def sitemap(self, response):
        for entry in Sitemap(response.body):
            callback = self.sitemap if entry["loc"].endswith(".xml") else self.page
            yield scrapy.Request(entry["loc"], callback=callback)

    def page(self, response):
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if ARTICLE.search(url.split("?")[0]):
                yield scrapy.Request(url, callback=self.page)
'''


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_nginx(site: Path, tmp: Path) -> tuple[subprocess.Popen[bytes], str]:
    table = json.loads((site / "site.json").read_text("utf-8"))
    lines = []
    for uri, route in table["routes"].items():
        if route.get("file") and route.get("status", 200) == 200:
            lines.append(f'"{uri}" "/{route["file"]}";')
    (tmp / "routes.map").write_text("\n".join(lines) + "\n", "utf-8")
    port = free_port()
    conf = NGINX_CONF.format(tmp=tmp, port=port, root=site.resolve(), origin=table["origin"])
    (tmp / "nginx.conf").write_text(conf, "utf-8")
    proc = subprocess.Popen(["nginx", "-c", str(tmp / "nginx.conf"), "-p", str(tmp)])
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):  # wait for the port to accept connections
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc, base
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"nginx did not start: {(tmp / 'error.log').read_text()}")


def nginx_rate(base: str, path: str) -> str:
    if not shutil.which("wrk"):
        return "wrk not installed (apt-get install wrk)"
    out = subprocess.run(["wrk", "-t2", "-c32", "-d3s", base + path], capture_output=True,
                         text=True, check=False).stdout  # fmt: skip
    rate = next((ln for ln in out.splitlines() if "Requests/sec" in ln), out.strip())
    return " ".join(rate.split())


def run(cmd: list[str], cwd: Path) -> tuple[dict[str, Any], float, int, float]:
    """Run a crawl: its stats (from the JSON dump), wall time, peak RSS (KB) and CPU
    seconds, the last two of that process alone (GNU time)."""
    start = time.perf_counter()
    timed = ["/usr/bin/time", "-f", "%M %U %S", "-o", str(cwd / "time.txt"), *cmd]
    proc = subprocess.run(timed, cwd=cwd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    rss, user, system = (cwd / "time.txt").read_text().split()[-3:]
    stats_file = cwd / "stats.json"
    stats = json.loads(stats_file.read_text("utf-8")) if stats_file.exists() else {}
    return stats, wall, int(rss), float(user) + float(system)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--only", choices=["noop", "dawn"], help="run one side only")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        tmp.chmod(0o755)  # nginx workers run as an unprivileged user and must read the site
        began = time.perf_counter()
        info = generate(tmp / "site", edition=1, articles=args.articles)
        took = time.perf_counter() - began
        print(f"site: {len(info.articles)} articles generated in {took:.1f} s")
        nginx, base = start_nginx(tmp / "site", tmp)
        try:
            print(
                f"server: nginx {_nginx_version()} on {base}; its own rate on one article "
                f"page, wrk 2 threads x 32 connections: {nginx_rate(base, _an_article(tmp))}"
            )
            (tmp / "noop_spider.py").write_text(NOOP_SPIDER, "utf-8")
            listings = ",".join(get_profile("dawn").listings)
            common = ["-s", f"CONCURRENT_REQUESTS={args.concurrency}",
                      "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={args.concurrency}",
                      "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING",
                      "-s", "ROBOTSTXT_OBEY=1", "-s", "TELNETCONSOLE_ENABLED=0",
                      "-s", "EXTENSIONS={\"bench_stats.DumpStats\": 900}"]  # fmt: skip
            (tmp / "bench_stats.py").write_text(DUMP_STATS, "utf-8")
            env_path = f"{tmp}{os.pathsep}{ROOT}"
            results: dict[str, list[tuple[float, int, int]]] = {"noop": [], "dawn": []}
            for repeat in range(args.repeats):
                for side in ("noop", "dawn"):
                    if args.only and side != args.only:
                        continue
                    work = tmp / f"{side}{repeat}"
                    work.mkdir()
                    if side == "noop":
                        cmd = [sys.executable, "-m", "scrapy", "runspider",
                               str(tmp / "noop_spider.py"), "-a", f"base_url={base}",
                               "-a", f"listings={listings}", *common]  # fmt: skip
                    else:
                        cmd = [sys.executable, "-m", "scrapy", "crawl", "dawn",
                               "-a", f"base_url={base}",
                               "-s", f"NEWSCRAWL_OUTPUT_DIR={work / 'out'}", *common]  # fmt: skip
                    os.environ["PYTHONPATH"] = env_path
                    os.environ["SCRAPY_SETTINGS_MODULE"] = "newscrawl.settings"
                    stats, wall, rss, cpu = run(cmd, work)
                    pages = int(stats.get("response_received_count", 0))
                    elapsed = float(stats.get("elapsed_time_seconds", wall))
                    results[side].append((pages / elapsed, pages, rss))
                    print(
                        f"{side:5s} run {repeat + 1}: {pages} responses in {elapsed:.1f} s = "
                        f"{pages / elapsed:.1f} pages/s; CPU {cpu:.1f} s "
                        f"({cpu / max(pages, 1) * 1000:.1f} ms/page); peak RSS {rss / 1024:.0f} MB"
                    )
        finally:
            nginx.terminate()
            nginx.wait()
    if results["noop"] and results["dawn"]:
        best_noop = max(r[0] for r in results["noop"])
        best_dawn = max(r[0] for r in results["dawn"])
        print(f"ratio dawn / noop: {best_dawn / best_noop:.2f}x  (target >= 0.70)")
        print(json.dumps({"articles": args.articles, "concurrency": args.concurrency,
                          "noop_pages_per_s": round(best_noop, 1),
                          "dawn_pages_per_s": round(best_dawn, 1),
                          "ratio": round(best_dawn / best_noop, 3),
                          "dawn_peak_rss_mb": round(max(r[2] for r in results["dawn"]) / 1024),
                          }))  # fmt: skip


DUMP_STATS = '''
import json
from scrapy import signals


class DumpStats:
    """Write the crawl's stats to ./stats.json when it closes (for the benchmark)."""

    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def closed(self, spider):
        stats = {k: v for k, v in self.crawler.stats.get_stats().items()
                 if isinstance(v, (int, float, str))}
        with open("stats.json", "w") as f:
            json.dump(stats, f)
'''


def _nginx_version() -> str:
    out = subprocess.run(["nginx", "-v"], capture_output=True, text=True, check=False).stderr
    return out.strip().split("/")[-1]


def _an_article(tmp: Path) -> str:
    table = json.loads((tmp / "site" / "site.json").read_text("utf-8"))
    return str(table["articles"][0]["url"]).replace(table["origin"], "")


if __name__ == "__main__":
    main()
